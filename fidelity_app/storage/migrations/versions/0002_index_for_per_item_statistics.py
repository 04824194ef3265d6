"""index for per-item statistics

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 14:36:48.226766
"""

from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        'ix_item_assessments_item_score',
        'item_assessments',
        ['item_id', 'score', 'review_id'],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index('ix_item_assessments_item_score', table_name='item_assessments')
