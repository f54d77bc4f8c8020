"""add performance indexes on foreign keys and filter columns

Revision ID: c7d432ef5678
Revises: b5f321cd1234
Create Date: 2025-12-11 11:37:05
"""
from alembic import op

revision = 'c7d432ef5678'
down_revision = 'b5f321cd1234'
branch_labels = None
depends_on = None

INDEXES = [
    ('sequences', 'owner_id'),
    ('sequences', 'is_public'),
    ('sequence_poses', 'sequence_id'),
    ('sequence_poses', 'pose_id'),
    ('favorites', 'user_id'),
    ('favorites', 'pose_id'),
    ('user_achievements', 'user_id'),
    ('user_achievements', 'achievement_id'),
    ('poses', 'difficulty'),
    ('poses', 'category'),
]


def upgrade():
    for table, column in INDEXES:
        op.create_index(f'ix_{table}_{column}', table, [column])


def downgrade():
    for table, column in INDEXES:
        op.drop_index(f'ix_{table}_{column}', table_name=table)
