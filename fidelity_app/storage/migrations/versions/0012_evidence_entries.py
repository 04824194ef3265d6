"""an item's evidence as entries, each with its source

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 15:00:00

The free evidence text of each item becomes one entry tagged ``untagged`` (the reviewer can
tag it, or split it, later) and the old column goes: ``evidence_entries`` is the only store
of evidence. The entry's id is made from its text with the same namespace the review-file
reader uses for the evidence of older files (``fidelity_app.exchange.evidence``), so such a
file imported after the upgrade adds no second copy.
"""

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

# the value of fidelity_app.exchange.evidence.LEGACY_NAMESPACE (a migration keeps its own)
LEGACY_NAMESPACE = uuid.UUID("5f0c8f56-3f7e-4d53-9b8e-0e6a51c7a1d2")
SOURCES = "'interview', 'observation', 'records', 'figures', 'document', 'untagged'"


def upgrade() -> None:
    conn = op.get_bind()
    old = conn.execute(sa.text(
        "SELECT id, evidence, updated_at FROM item_assessments WHERE evidence != '' "
        "ORDER BY id")).fetchall()
    op.create_table(
        'evidence_entries',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uuid', sa.String(length=36), nullable=False),
        sa.Column('assessment_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('source', sa.String(length=16), nullable=False),
        sa.Column('role', sa.String(length=200), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(f'source IN ({SOURCES})', name=op.f('ck_evidence_entries_source')),
        sa.ForeignKeyConstraint(['assessment_id'], ['item_assessments.id'],
                                name=op.f('fk_evidence_entries_assessment_id_item_assessments'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence_entries')),
        sa.UniqueConstraint('assessment_id', 'uuid',
                            name=op.f('uq_evidence_entries_assessment_id')),
    )
    with op.batch_alter_table('evidence_entries') as batch:
        batch.create_index(batch.f('ix_evidence_entries_assessment_id'), ['assessment_id'],
                           unique=False)
    entries = sa.table(
        'evidence_entries', sa.column('uuid', sa.String), sa.column('assessment_id', sa.Integer),
        sa.column('position', sa.Integer), sa.column('source', sa.String),
        sa.column('role', sa.String), sa.column('text', sa.Text),
        sa.column('updated_at', sa.String),
    )
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if old:
        op.bulk_insert(entries, [
            {"uuid": str(uuid.uuid5(LEGACY_NAMESPACE, str(text))), "assessment_id": row_id,
             "position": 0, "source": "untagged", "role": "", "text": text,
             "updated_at": updated_at or now}
            for row_id, text, updated_at in old
        ])
    with op.batch_alter_table('item_assessments') as batch:
        batch.drop_column('evidence')


def downgrade() -> None:
    with op.batch_alter_table('item_assessments') as batch:
        batch.add_column(sa.Column('evidence', sa.Text(), server_default='', nullable=False))
    conn = op.get_bind()
    texts: dict[int, list[str]] = {}
    for assessment_id, text in conn.execute(sa.text(
            "SELECT assessment_id, text FROM evidence_entries ORDER BY assessment_id, position")):
        texts.setdefault(int(str(assessment_id)), []).append(str(text))
    for assessment_id, parts in texts.items():
        conn.execute(sa.text("UPDATE item_assessments SET evidence = :text WHERE id = :id"),
                     {"text": "\n\n".join(parts), "id": assessment_id})
    op.drop_table('evidence_entries')
