"""the service's factual check: its comments per item, and the draft reports sent

Revision ID: 0011
Revises: 0009
Create Date: 2026-12-07 15:00:00

``service_comments`` holds what the reviewed service wrote per item in the factual-check
spreadsheet (who sent it, when it was read in); ``factual_check_drafts`` keeps each draft
report (PDF) as it was sent, so that version can be saved again after the final report.
"""

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'service_comments',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('review_id', sa.Integer(), nullable=False),
        sa.Column('item_id', sa.String(length=64), nullable=False),
        sa.Column('comment', sa.Text(), nullable=False),
        sa.Column('sender', sa.String(length=200), nullable=False),
        sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['review_id'], ['reviews.id'], ondelete='CASCADE',
                                name=op.f('fk_service_comments_review_id_reviews')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_service_comments')),
    )
    op.create_index(op.f('ix_service_comments_review_id'), 'service_comments', ['review_id'])
    op.create_table(
        'factual_check_drafts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('review_id', sa.Integer(), nullable=False),
        sa.Column('sent_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('language', sa.String(length=8), nullable=False),
        sa.Column('pdf', sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(['review_id'], ['reviews.id'], ondelete='CASCADE',
                                name=op.f('fk_factual_check_drafts_review_id_reviews')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_factual_check_drafts')),
    )
    op.create_index(op.f('ix_factual_check_drafts_review_id'), 'factual_check_drafts',
                    ['review_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_factual_check_drafts_review_id'), table_name='factual_check_drafts')
    op.drop_table('factual_check_drafts')
    op.drop_index(op.f('ix_service_comments_review_id'), table_name='service_comments')
    op.drop_table('service_comments')
