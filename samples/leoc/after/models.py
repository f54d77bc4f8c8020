"""Database models for incident records."""
import json
import logging
from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
logger = logging.getLogger(__name__)


class Record(db.Model):
    __tablename__ = 'records'

    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(200), nullable=False)
    ward = db.Column(db.String(50), nullable=False)
    incident_type = db.Column(db.String(50), nullable=False)
    description = db.Column(db.Text, default='')
    casualties = db.Column(db.Integer, default=0)
    reported_by = db.Column(db.String(100))
    status = db.Column(db.String(20), default='open')
    locked = db.Column(db.Boolean, default=False)
    tags_json = db.Column(db.Text, default='[]')
    created_at = db.Column(db.DateTime, default=datetime.now)

    attachments = db.relationship('Attachment', backref='record', lazy=True)

    def tags(self):
        try:
            return json.loads(self.tags_json or '[]')
        except ValueError:
            logger.warning('record %s has malformed tags JSON', self.id)
            return []

    def set_tags(self, tags):
        self.tags_json = json.dumps([t.strip() for t in tags if t and t.strip()])

    def to_dict(self):
        return {
            'id': self.id,
            'title': self.title,
            'ward': self.ward,
            'incident_type': self.incident_type,
            'casualties': self.casualties,
            'status': self.status,
            'locked': self.locked,
            'tags': self.tags(),
            'created_at': self.created_at.isoformat() if self.created_at else None,
        }


class Attachment(db.Model):
    __tablename__ = 'attachments'

    id = db.Column(db.Integer, primary_key=True)
    record_id = db.Column(db.Integer, db.ForeignKey('records.id'), nullable=False)
    filename = db.Column(db.String(255), nullable=False)
    uploaded_at = db.Column(db.DateTime, default=datetime.now)


class Setting(db.Model):
    __tablename__ = 'settings'

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(80), unique=True, nullable=False)
    value = db.Column(db.Text)
