"""who made each entry of the review log; database-wide settings

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-07 12:00:00

``review_events`` is the review's log (created, finalised, reopened, imported, and now
personal notes removed or replaced); ``actor`` records who did it. A later log of changes made
after finalising extends the same table. ``app_settings`` holds settings of the whole database,
such as how long personal notes are kept after a review is final.
"""

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('review_events') as batch:
        batch.add_column(sa.Column('actor', sa.String(length=200), nullable=False,
                                   server_default=''))
    op.create_table(
        'app_settings',
        sa.Column('key', sa.String(length=64), nullable=False),
        sa.Column('value', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_app_settings')),
    )


def downgrade() -> None:
    op.drop_table('app_settings')
    with op.batch_alter_table('review_events') as batch:
        batch.drop_column('actor')
