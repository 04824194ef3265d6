"""how many reviews gave each item each score, per scale, status and month, kept by the database

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 20:30:00

``item_score_counts`` holds, for each scale, review status, month of the review's start date,
item and score, how many reviews gave that score. Triggers keep it whatever writes: a score
added, changed, cleared, moved or removed (``item_assessments``), a review made final, reopened,
moved to another date or scale, or removed (``reviews``). The summary's item statistics then
add up a few thousand counts instead of millions of scores; only a period that starts or ends
inside a month reads the scores of those edge months. A count that falls to zero is removed,
so undoing a change leaves the table as it was. Existing scores are counted here.

A review being removed takes its scores off in a trigger before it goes (its scores are then
removed by the cascade, and find no review left to take them from): both engines remove the
review row before cascading, so the scores' own trigger cannot see it.

On a server the triggers run with the owner's rights (``SECURITY DEFINER``): the counts cover
every review whatever the row-level security lets the writer see, and only the support role is
granted to read them (``server init``). A score's trigger first locks its review, so a change of
the review's status, date or scale made at the same time is counted in the right place. The
program's own writes on a server queue one after another (an advisory lock); writes made outside
it at the same time may wait for each other on the same counts, and should two wait for each
other, PostgreSQL refuses one of them whole (a deadlock error) and nothing is half written.

As with 0015: on SQLite a later migration that copies ``item_assessments`` or ``reviews``
(``batch_alter_table``) drops their triggers and must create them again (``create_triggers``).
Unlike the totals, the counts are added to and taken from, never counted again: SQLite's
``INSERT OR REPLACE`` on ``item_assessments`` (which the program never uses) removes the old
row without its delete trigger and so counts its score twice.
"""

import sqlalchemy as sa
from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

MONTH = {"sqlite": "substr({date}, 1, 7) || '-01'",
         "postgresql": "date_trunc('month', {date})::date"}
COLUMNS = "(scale_id, status, month, item_id, score, reviews)"
ADDED = (" ON CONFLICT (scale_id, status, month, item_id, score)"
         " DO UPDATE SET reviews = item_score_counts.reviews + excluded.reviews")

# one score ({row}: OLD or NEW of item_assessments), in its review's count
_OF_REVIEW = ("item_id = {row}.item_id AND score = {row}.score AND (scale_id, status, month)"
              " IN (SELECT scale_id, status, {month} FROM reviews WHERE id = {row}.review_id)")
TAKE_SCORE = (f"UPDATE item_score_counts SET reviews = reviews - 1 WHERE {_OF_REVIEW};"
              f" DELETE FROM item_score_counts WHERE reviews <= 0 AND {_OF_REVIEW};")
ADD_SCORE = (f"INSERT INTO item_score_counts {COLUMNS}"
             " SELECT scale_id, status, {month}, {row}.item_id, {row}.score, 1 FROM reviews"
             " WHERE id = {row}.review_id AND {row}.score IS NOT NULL" + ADDED + ";")

# every score of a review ({row}: OLD or NEW of reviews)
_BUCKET = "scale_id = {row}.scale_id AND status = {row}.status AND month = {row_month}"
TAKE_REVIEW = ("UPDATE item_score_counts SET reviews = reviews - 1 WHERE " + _BUCKET +
               " AND (item_id, score) IN (SELECT item_id, score FROM item_assessments"
               " WHERE review_id = {row}.id AND score IS NOT NULL);"
               " DELETE FROM item_score_counts WHERE reviews <= 0 AND " + _BUCKET + ";")
ADD_REVIEW = (f"INSERT INTO item_score_counts {COLUMNS}"
              " SELECT {row}.scale_id, {row}.status, {row_month}, item_id, score, 1"
              " FROM item_assessments WHERE review_id = {row}.id AND score IS NOT NULL"
              + ADDED + ";")


def _sql(template: str, engine: str, row: str) -> str:
    """A statement for one engine: ``{row}`` is OLD or NEW, ``{month}`` the month of a
    ``reviews`` row's start, ``{row_month}`` that of ``{row}`` (a review)."""
    month = MONTH[engine]
    return template.format(row=row, month=month.format(date="start_date"),
                           row_month=month.format(date=f"{row}.start_date"))


def _sqlite_triggers() -> tuple[str, ...]:
    def body(*parts: tuple[str, str]) -> str:
        return " ".join(_sql(template, "sqlite", row) for template, row in parts)

    moved = ("OLD.scale_id IS NOT NEW.scale_id OR OLD.status IS NOT NEW.status"
             " OR substr(OLD.start_date, 1, 7) IS NOT substr(NEW.start_date, 1, 7)")
    return (
        "CREATE TRIGGER item_score_counts_on_insert AFTER INSERT ON item_assessments"
        f" WHEN NEW.score IS NOT NULL BEGIN {body((ADD_SCORE, 'NEW'))} END",
        "CREATE TRIGGER item_score_counts_on_update"
        " AFTER UPDATE OF score, review_id, item_id ON item_assessments"
        " WHEN OLD.score IS NOT NEW.score OR OLD.review_id IS NOT NEW.review_id"
        " OR OLD.item_id IS NOT NEW.item_id"
        f" BEGIN {body((TAKE_SCORE, 'OLD'), (ADD_SCORE, 'NEW'))} END",
        "CREATE TRIGGER item_score_counts_on_delete AFTER DELETE ON item_assessments"
        f" WHEN OLD.score IS NOT NULL BEGIN {body((TAKE_SCORE, 'OLD'))} END",
        "CREATE TRIGGER item_score_counts_on_review_update"
        f" AFTER UPDATE OF scale_id, status, start_date ON reviews WHEN {moved}"
        f" BEGIN {body((TAKE_REVIEW, 'OLD'), (ADD_REVIEW, 'NEW'))} END",
        "CREATE TRIGGER item_score_counts_on_review_delete BEFORE DELETE ON reviews"
        f" BEGIN {body((TAKE_REVIEW, 'OLD'))} END",
    )


def _postgresql_triggers() -> tuple[str, ...]:
    def sql(template: str, row: str) -> str:
        return _sql(template, "postgresql", row)

    header = ("LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$\n"
              "BEGIN\n")
    moved = ("OLD.scale_id IS DISTINCT FROM NEW.scale_id OR OLD.status IS DISTINCT FROM"
             " NEW.status OR date_trunc('month', OLD.start_date)"
             " IS DISTINCT FROM date_trunc('month', NEW.start_date)")
    return (
        "CREATE FUNCTION fidelity_item_score_counts() RETURNS trigger " + header +
        # the review's status, scale and month as committed: a change of them made at the
        # same time waits for this write, and this write for it (then reads it)
        "  PERFORM 1 FROM reviews WHERE id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.review_id"
        " END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.review_id END)"
        " ORDER BY id FOR NO KEY UPDATE;\n"
        "  IF TG_OP <> 'INSERT' AND OLD.score IS NOT NULL THEN\n"
        f"    {sql(TAKE_SCORE, 'OLD')}\n"
        "  END IF;\n"
        "  IF TG_OP <> 'DELETE' AND NEW.score IS NOT NULL THEN\n"
        f"    {sql(ADD_SCORE, 'NEW')}\n"
        "  END IF;\n"
        "  RETURN NULL;\nEND\n$$",
        "CREATE TRIGGER item_score_counts_kept AFTER INSERT OR DELETE ON item_assessments"
        " FOR EACH ROW EXECUTE FUNCTION fidelity_item_score_counts()",
        "CREATE TRIGGER item_score_counts_changed"
        " AFTER UPDATE OF score, review_id, item_id ON item_assessments FOR EACH ROW"
        " WHEN (OLD.score IS DISTINCT FROM NEW.score OR OLD.review_id <> NEW.review_id"
        " OR OLD.item_id <> NEW.item_id) EXECUTE FUNCTION fidelity_item_score_counts()",
        "CREATE FUNCTION fidelity_item_score_counts_of_review() RETURNS trigger " + header +
        f"  {sql(TAKE_REVIEW, 'OLD')}\n"
        "  IF TG_OP = 'DELETE' THEN\n"
        "    RETURN OLD;\n"
        "  END IF;\n"
        f"  {sql(ADD_REVIEW, 'NEW')}\n"
        "  RETURN NULL;\nEND\n$$",
        "CREATE TRIGGER item_score_counts_moved"
        " AFTER UPDATE OF scale_id, status, start_date ON reviews FOR EACH ROW"
        f" WHEN ({moved}) EXECUTE FUNCTION fidelity_item_score_counts_of_review()",
        "CREATE TRIGGER item_score_counts_dropped BEFORE DELETE ON reviews FOR EACH ROW"
        " EXECUTE FUNCTION fidelity_item_score_counts_of_review()",
    )


def create_triggers() -> None:
    """The triggers that keep ``item_score_counts`` (for this engine)."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in _sqlite_triggers() if sqlite else _postgresql_triggers():
        op.execute(statement)


def count_scores() -> None:
    """Fill ``item_score_counts`` from the scores stored (it must be empty)."""
    month = MONTH[op.get_bind().dialect.name].format(date="r.start_date")
    op.execute(
        f"INSERT INTO item_score_counts {COLUMNS}"
        f" SELECT r.scale_id, r.status, {month}, a.item_id, a.score, count(*)"
        " FROM item_assessments a JOIN reviews r ON r.id = a.review_id"
        f" WHERE a.score IS NOT NULL GROUP BY r.scale_id, r.status, {month}, a.item_id, a.score")


def upgrade() -> None:
    op.create_table(
        'item_score_counts',
        sa.Column('scale_id', sa.String(length=64), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('month', sa.Date(), nullable=False),
        sa.Column('item_id', sa.String(length=64), nullable=False),
        sa.Column('score', sa.Integer(), nullable=False),
        sa.Column('reviews', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('scale_id', 'status', 'month', 'item_id', 'score',
                                name=op.f('pk_item_score_counts')),
    )
    count_scores()
    create_triggers()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("insert", "update", "delete", "review_update", "review_delete"):
            op.execute(f"DROP TRIGGER item_score_counts_on_{name}")
    else:
        op.execute("DROP TRIGGER item_score_counts_dropped ON reviews")
        op.execute("DROP TRIGGER item_score_counts_moved ON reviews")
        op.execute("DROP TRIGGER item_score_counts_changed ON item_assessments")
        op.execute("DROP TRIGGER item_score_counts_kept ON item_assessments")
        op.execute("DROP FUNCTION fidelity_item_score_counts_of_review()")
        op.execute("DROP FUNCTION fidelity_item_score_counts()")
    op.drop_table('item_score_counts')
