"""initial schema: users, owner keys, files, shares, audit chain

Revision ID: 0001_initial
Revises:
Create Date: 2026-01-20 14:03:11
"""
import sqlalchemy as sa
from alembic import op

revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'users',
        sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('username', sa.String(64), nullable=False),
        sa.Column('password_hash', sa.String(255), nullable=False),
        sa.Column('role', sa.String(16), nullable=False),
        sa.Column('must_change_password', sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column('created_at', sa.DateTime(timezone=True)),
    )
    op.create_index('ix_users_username', 'users', ['username'], unique=True)
    op.create_table(
        'owner_keys',
        sa.Column('user_id', sa.Integer, sa.ForeignKey('users.id', ondelete='CASCADE'), primary_key=True),
        sa.Column('wrapped_secret', sa.LargeBinary, nullable=False),
    )
    op.create_table(
        'files',
        sa.Column('id', sa.String(32), primary_key=True),
        sa.Column('owner_id', sa.Integer, sa.ForeignKey('users.id', ondelete='CASCADE'), nullable=False),
        sa.Column('name', sa.String(255), nullable=False),
        sa.Column('size', sa.BigInteger, nullable=False),
        sa.Column('sha256', sa.String(64), nullable=False),
        sa.Column('storage_key', sa.String(255), nullable=False),
        sa.Column('uploaded_at', sa.DateTime(timezone=True)),
    )
    op.create_index('ix_files_owner_id', 'files', ['owner_id'])
    op.create_table(
        'shares',
        sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('file_id', sa.String(32), sa.ForeignKey('files.id', ondelete='CASCADE'), nullable=False),
        sa.Column('user_id', sa.Integer, sa.ForeignKey('users.id', ondelete='CASCADE'), nullable=False),
        sa.UniqueConstraint('file_id', 'user_id', name='uq_share_file_user'),
    )
    op.create_index('ix_shares_file_id', 'shares', ['file_id'])
    op.create_index('ix_shares_user_id', 'shares', ['user_id'])
    op.create_table(
        'audit_blocks',
        sa.Column('index', sa.Integer, primary_key=True, autoincrement=False),
        sa.Column('timestamp', sa.Float, nullable=False),
        sa.Column('event', sa.JSON, nullable=False),
        sa.Column('previous_hash', sa.String(64), nullable=False),
        sa.Column('hash', sa.String(64), nullable=False, unique=True),
        sa.Column('file_id', sa.String(32)),
    )
    op.create_index('ix_audit_blocks_file_id', 'audit_blocks', ['file_id'])


def downgrade():
    for table in ('audit_blocks', 'shares', 'files', 'owner_keys', 'users'):
        op.drop_table(table)
