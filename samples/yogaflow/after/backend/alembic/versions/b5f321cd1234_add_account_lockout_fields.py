"""add account lockout fields, timezone-aware timestamps

Revision ID: b5f321cd1234
Revises: a1c0e9d2f001
Create Date: 2025-12-11 09:02:41
"""
import sqlalchemy as sa
from alembic import op

revision = 'b5f321cd1234'
down_revision = 'a1c0e9d2f001'
branch_labels = None
depends_on = None

TIMESTAMPS = [('users', 'created_at'), ('users', 'last_login_at'), ('poses', 'created_at'),
              ('sequences', 'created_at'), ('sequences', 'updated_at'), ('favorites', 'created_at')]


def upgrade():
    op.add_column('users', sa.Column('failed_login_attempts', sa.Integer, nullable=False, server_default='0'))
    op.add_column('users', sa.Column('locked_until', sa.DateTime(timezone=True)))
    for table, column in TIMESTAMPS:
        op.alter_column(table, column, type_=sa.DateTime(timezone=True), postgresql_using=f"{column} AT TIME ZONE 'UTC'")


def downgrade():
    for table, column in TIMESTAMPS:
        op.alter_column(table, column, type_=sa.DateTime())
    op.drop_column('users', 'locked_until')
    op.drop_column('users', 'failed_login_attempts')
