"""the log of changes made to a review after it was first finalised

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 15:30:00

``reviews.first_finalised_at`` says when a review was final the first time; from then on every
change is recorded in ``review_changes``. For reviews finalised before this revision it is
taken from their log (the earliest "finalised" event), else from when they were finalised.
"""

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('reviews', sa.Column('first_finalised_at', sa.DateTime(timezone=True),
                                       nullable=True))
    op.execute(
        "UPDATE reviews SET first_finalised_at = COALESCE("
        "(SELECT min(e.at) FROM review_events e "
        " WHERE e.review_id = reviews.id AND e.kind = 'finalised'), "
        "CASE WHEN status = 'final' THEN finalised_at END)")
    op.create_table(
        'review_changes',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uuid', sa.String(length=36), nullable=False),
        sa.Column('review_id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('actor', sa.String(length=200), nullable=False),
        sa.Column('part', sa.String(length=64), nullable=False),
        sa.Column('what', sa.String(length=64), nullable=False),
        sa.Column('item_id', sa.String(length=64), nullable=False),
        sa.Column('detail', sa.String(length=200), nullable=False),
        sa.Column('old', sa.Text(), nullable=False),
        sa.Column('new', sa.Text(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['review_id'], ['reviews.id'],
                                name=op.f('fk_review_changes_review_id_reviews'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_review_changes')),
        sa.UniqueConstraint('uuid', name=op.f('uq_review_changes_uuid')),
    )
    op.create_index(op.f('ix_review_changes_review_id'), 'review_changes', ['review_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_review_changes_review_id'), table_name='review_changes')
    op.drop_table('review_changes')
    with op.batch_alter_table('reviews') as batch:
        batch.drop_column('first_finalised_at')
