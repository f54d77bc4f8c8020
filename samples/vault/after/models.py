"""Database tables: users, files, shares, owner keys and the audit chain."""
from datetime import datetime, timezone

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


def utc_now():
    return datetime.now(timezone.utc)


class User(db.Model):
    __tablename__ = 'users'

    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String(64), unique=True, nullable=False, index=True)
    password_hash = db.Column(db.String(255), nullable=False)
    role = db.Column(db.String(16), nullable=False, default='user')
    must_change_password = db.Column(db.Boolean, nullable=False, default=False)
    created_at = db.Column(db.DateTime(timezone=True), default=utc_now)


class OwnerKey(db.Model):
    """Each owner's file-key secret, wrapped (encrypted) with the server master key."""
    __tablename__ = 'owner_keys'

    user_id = db.Column(db.Integer, db.ForeignKey('users.id', ondelete='CASCADE'), primary_key=True)
    wrapped_secret = db.Column(db.LargeBinary, nullable=False)


class FileRecord(db.Model):
    __tablename__ = 'files'

    id = db.Column(db.String(32), primary_key=True)
    owner_id = db.Column(db.Integer, db.ForeignKey('users.id', ondelete='CASCADE'), nullable=False, index=True)
    name = db.Column(db.String(255), nullable=False)
    size = db.Column(db.BigInteger, nullable=False)
    sha256 = db.Column(db.String(64), nullable=False)
    storage_key = db.Column(db.String(255), nullable=False)
    uploaded_at = db.Column(db.DateTime(timezone=True), default=utc_now)

    owner = db.relationship('User')
    shares = db.relationship('Share', cascade='all, delete-orphan', lazy='selectin')


class Share(db.Model):
    __tablename__ = 'shares'
    __table_args__ = (db.UniqueConstraint('file_id', 'user_id', name='uq_share_file_user'),)

    id = db.Column(db.Integer, primary_key=True)
    file_id = db.Column(db.String(32), db.ForeignKey('files.id', ondelete='CASCADE'), nullable=False, index=True)
    user_id = db.Column(db.Integer, db.ForeignKey('users.id', ondelete='CASCADE'), nullable=False, index=True)


class AuditBlock(db.Model):
    __tablename__ = 'audit_blocks'

    index = db.Column(db.Integer, primary_key=True, autoincrement=False)
    timestamp = db.Column(db.Float, nullable=False)
    event = db.Column(db.JSON, nullable=False)
    previous_hash = db.Column(db.String(64), nullable=False)
    hash = db.Column(db.String(64), nullable=False, unique=True)
    file_id = db.Column(db.String(32), index=True)
