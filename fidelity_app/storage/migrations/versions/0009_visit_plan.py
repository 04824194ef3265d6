"""the visit plan: a review's schedule and the documents asked for

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 15:00:00

Two tables, empty for every review made before: such a review has no plan until the user
starts one from the template.
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'visit_activities',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uuid', sa.String(length=36), nullable=False),
        sa.Column('review_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=True),
        sa.Column('start_time', sa.String(length=5), nullable=False),
        sa.Column('end_time', sa.String(length=5), nullable=False),
        sa.Column('activity', sa.Text(), nullable=False),
        sa.Column('with_whom', sa.String(length=200), nullable=False),
        sa.Column('held', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['review_id'], ['reviews.id'],
                                name=op.f('fk_visit_activities_review_id_reviews'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_visit_activities')),
        sa.UniqueConstraint('review_id', 'uuid', name=op.f('uq_visit_activities_review_id')),
    )
    op.create_index(op.f('ix_visit_activities_review_id'), 'visit_activities', ['review_id'])
    op.create_table(
        'visit_documents',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uuid', sa.String(length=36), nullable=False),
        sa.Column('review_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('name', sa.Text(), nullable=False),
        sa.Column('received', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['review_id'], ['reviews.id'],
                                name=op.f('fk_visit_documents_review_id_reviews'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_visit_documents')),
        sa.UniqueConstraint('review_id', 'uuid', name=op.f('uq_visit_documents_review_id')),
    )
    op.create_index(op.f('ix_visit_documents_review_id'), 'visit_documents', ['review_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_visit_documents_review_id'), table_name='visit_documents')
    op.drop_table('visit_documents')
    op.drop_index(op.f('ix_visit_activities_review_id'), table_name='visit_activities')
    op.drop_table('visit_activities')
