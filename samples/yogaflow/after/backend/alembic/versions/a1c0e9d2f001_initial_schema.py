"""initial schema

Revision ID: a1c0e9d2f001
Revises:
Create Date: 2025-11-02 10:14:09
"""
import sqlalchemy as sa
from alembic import op

revision = 'a1c0e9d2f001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'users',
        sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('email', sa.String(255), nullable=False),
        sa.Column('full_name', sa.String(120)),
        sa.Column('hashed_password', sa.String(255), nullable=False),
        sa.Column('is_active', sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column('is_verified', sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column('created_at', sa.DateTime),
        sa.Column('last_login_at', sa.DateTime),
    )
    op.create_index('ix_users_email', 'users', ['email'], unique=True)
    op.create_table(
        'poses',
        sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('sanskrit_name', sa.String(120), nullable=False),
        sa.Column('english_name', sa.String(120), nullable=False),
        sa.Column('difficulty', sa.String(20), nullable=False),
        sa.Column('category', sa.String(40), nullable=False),
        sa.Column('instructions', sa.Text),
        sa.Column('image_url', sa.String(500)),
        sa.Column('created_at', sa.DateTime),
    )
    op.create_table(
        'sequences',
        sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('owner_id', sa.Integer, sa.ForeignKey('users.id', ondelete='CASCADE'), nullable=False),
        sa.Column('title', sa.String(160), nullable=False),
        sa.Column('is_public', sa.Boolean),
        sa.Column('created_at', sa.DateTime),
        sa.Column('updated_at', sa.DateTime),
    )
    op.create_table(
        'sequence_poses',
        sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('sequence_id', sa.Integer, sa.ForeignKey('sequences.id', ondelete='CASCADE'), nullable=False),
        sa.Column('pose_id', sa.Integer, sa.ForeignKey('poses.id'), nullable=False),
        sa.Column('position', sa.Integer, nullable=False),
        sa.Column('hold_seconds', sa.Integer),
    )
    op.create_table(
        'favorites',
        sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('user_id', sa.Integer, sa.ForeignKey('users.id', ondelete='CASCADE'), nullable=False),
        sa.Column('pose_id', sa.Integer, sa.ForeignKey('poses.id', ondelete='CASCADE'), nullable=False),
        sa.Column('created_at', sa.DateTime),
        sa.UniqueConstraint('user_id', 'pose_id', name='uq_favorite_user_pose'),
    )
    op.create_table(
        'achievements',
        sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('code', sa.String(60), nullable=False, unique=True),
        sa.Column('title', sa.String(120), nullable=False),
        sa.Column('sessions_required', sa.Integer),
    )
    op.create_table(
        'user_achievements',
        sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('user_id', sa.Integer, sa.ForeignKey('users.id', ondelete='CASCADE'), nullable=False),
        sa.Column('achievement_id', sa.Integer, sa.ForeignKey('achievements.id'), nullable=False),
        sa.Column('earned_at', sa.DateTime),
    )


def downgrade():
    for table in ('user_achievements', 'achievements', 'favorites', 'sequence_poses', 'sequences', 'poses'):
        op.drop_table(table)
    op.drop_index('ix_users_email', table_name='users')
    op.drop_table('users')
