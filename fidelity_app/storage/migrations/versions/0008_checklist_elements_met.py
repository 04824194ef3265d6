"""the elements of a checklist item seen in place

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 12:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('item_assessments') as batch:
        batch.add_column(sa.Column('checklist_met', sa.Text(), server_default='',
                                   nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('item_assessments') as batch:
        batch.drop_column('checklist_met')
