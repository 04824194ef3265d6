"""each review's total kept with the review; indexes for lists and comparisons

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 17:40:00

``reviews.scored_total`` (the sum of the agreed item scores) and ``reviews.scored_items`` (how
many items have an agreed score) are kept by the database itself: triggers on
``item_assessments`` count a review again whenever one of its scores is added, changed, moved
or removed, whatever writes it (the services, imports, a pull or push, a restore, plain SQL).
On a server, where accounts with different rights write, a review stored or changed with other
figures than its scores give is counted again (a trigger on ``reviews``).
So sorting by total, the summary and comparisons read one row per review instead of summing
millions of scores. Existing reviews are counted here.

Two indexes: ``(start_date, id)`` for lists in date order, and ``(status, scale_id, kind,
service_id, start_date, id)`` for each service's latest final review of a kind.

On SQLite a later migration that copies ``item_assessments`` (``batch_alter_table``) drops
its triggers and must create them again (``SQLITE_TRIGGERS``); the migration tests check that
the stored totals follow every write at the newest revision. (Copying ``reviews`` is fine:
the migrations run with SQLite's legacy rename rule, see ``env.py``.)
"""

import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

COUNTED = (
    "scored_total = coalesce((SELECT sum(a.score) FROM item_assessments a"
    " WHERE a.review_id = {id}), 0),"
    " scored_items = (SELECT count(a.score) FROM item_assessments a WHERE a.review_id = {id})"
)

SQLITE_TRIGGERS = (
    "CREATE TRIGGER review_totals_on_insert AFTER INSERT ON item_assessments"
    " WHEN NEW.score IS NOT NULL BEGIN"
    f" UPDATE reviews SET {COUNTED.format(id='NEW.review_id')} WHERE id = NEW.review_id;"
    " END",
    "CREATE TRIGGER review_totals_on_update AFTER UPDATE OF score, review_id"
    " ON item_assessments"
    " WHEN OLD.score IS NOT NEW.score OR OLD.review_id IS NOT NEW.review_id BEGIN"
    f" UPDATE reviews SET {COUNTED.format(id='OLD.review_id')} WHERE id = OLD.review_id;"
    f" UPDATE reviews SET {COUNTED.format(id='NEW.review_id')} WHERE id = NEW.review_id;"
    " END",
    "CREATE TRIGGER review_totals_on_delete AFTER DELETE ON item_assessments"
    " WHEN OLD.score IS NOT NULL BEGIN"
    f" UPDATE reviews SET {COUNTED.format(id='OLD.review_id')} WHERE id = OLD.review_id;"
    " END",
)

# security definer: the count covers every score of the review whatever the row-level security
# lets the writer see (a user reaches it only by writing a score the policies allow)
POSTGRESQL_TRIGGERS = (
    """
CREATE FUNCTION fidelity_review_totals() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  ids integer[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    ids := ARRAY[NEW.review_id];
  ELSIF TG_OP = 'DELETE' THEN
    ids := ARRAY[OLD.review_id];
  ELSE
    ids := ARRAY[OLD.review_id, NEW.review_id];
  END IF;
  UPDATE reviews r SET scored_total = t.total, scored_items = t.items
  FROM (SELECT i.id, coalesce(sum(a.score), 0) AS total, count(a.score) AS items
        FROM unnest(ids) AS i(id) LEFT JOIN item_assessments a ON a.review_id = i.id
        GROUP BY i.id) t
  WHERE r.id = t.id AND (r.scored_total, r.scored_items) IS DISTINCT FROM (t.total, t.items);
  RETURN NULL;
END
$$
""",
    "CREATE TRIGGER review_totals AFTER INSERT OR DELETE OR UPDATE OF score, review_id"
    " ON item_assessments FOR EACH ROW EXECUTE FUNCTION fidelity_review_totals()",
    # whatever figures an account writes into a review, it keeps those its scores give
    """
CREATE FUNCTION fidelity_review_totals_kept() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  SELECT coalesce(sum(a.score), 0), count(a.score) INTO NEW.scored_total, NEW.scored_items
  FROM item_assessments a WHERE a.review_id = NEW.id;
  RETURN NEW;
END
$$
""",
    "CREATE TRIGGER review_totals_kept BEFORE INSERT OR UPDATE OF scored_total, scored_items"
    " ON reviews FOR EACH ROW EXECUTE FUNCTION fidelity_review_totals_kept()",
)


def create_triggers() -> None:
    """The triggers that keep each review's stored total (for this engine)."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in SQLITE_TRIGGERS if sqlite else POSTGRESQL_TRIGGERS:
        op.execute(statement)


def upgrade() -> None:
    op.add_column('reviews', sa.Column('scored_total', sa.Integer(), nullable=False,
                                       server_default='0'))
    op.add_column('reviews', sa.Column('scored_items', sa.Integer(), nullable=False,
                                       server_default='0'))
    op.execute(f"UPDATE reviews SET {COUNTED.format(id='reviews.id')}")
    create_triggers()
    op.create_index('ix_reviews_start_date_id', 'reviews', ['start_date', 'id'])
    op.create_index('ix_reviews_latest', 'reviews',
                    ['status', 'scale_id', 'kind', 'service_id', 'start_date', 'id'])


def downgrade() -> None:
    op.drop_index('ix_reviews_latest', table_name='reviews')
    op.drop_index('ix_reviews_start_date_id', table_name='reviews')
    if op.get_bind().dialect.name == "sqlite":
        for name in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER review_totals_on_{name}")
    else:
        op.execute("DROP TRIGGER review_totals_kept ON reviews")
        op.execute("DROP TRIGGER review_totals ON item_assessments")
        op.execute("DROP FUNCTION fidelity_review_totals_kept()")
        op.execute("DROP FUNCTION fidelity_review_totals()")
    with op.batch_alter_table('reviews') as batch:
        batch.drop_column('scored_items')
        batch.drop_column('scored_total')
