"""Who may do what in a shared database on a PostgreSQL server, enforced by the server itself.

``set_up`` (run by the database owner) creates three group roles named after a prefix (several
databases can share a cluster: ``<prefix>_support``, ``<prefix>_reviewer``,
``<prefix>_service``), grants them what they may touch, and turns on row-level security with
the policies below. ``add_login`` creates or updates a login, puts it in one group and maps it
in ``server_accounts`` (its service, or the reviewer name it signs with).

- support: reads and writes everything.
- reviewer: reads and writes the reviews that name them as a reviewer (and those created in
  the same transaction, so a new review can be stored), the services and action plans of
  those reviews, and the services they added; a final review changes only by reopening it
  with a reason (a deferred trigger checks that the only change is to draft and that a
  "reopened" entry with a reason was logged in the same transaction).
- service: reads its own service, its final reviews and their data, and its action plan;
  updates only the status and outcome of its actions. Nothing of other services, no drafts.
- everyone: the anonymous distributions across all services (views ``shared_item_scores``
  and ``shared_total_scores``: per scale and kind of review, counts per score, no names, no
  text), each shown only when at least ``MIN_GROUP_SERVICES`` services contribute to it.

Every name a user types reaches the server as a quoted identifier or a literal
(``psycopg.sql``), never as SQL text.
"""

from __future__ import annotations

import re

import psycopg
from psycopg import sql

#: What a login is (``server_accounts.role``) and the suffix of its group role.
KINDS = ("support", "reviewer", "service")

#: The setting that keeps the group roles' prefix (in ``app_settings``).
PREFIX_SETTING = "server_role_prefix"

MAX_IDENTIFIER = 63  # PostgreSQL's limit for a role name

#: The fewest services whose scores make up an anonymous distribution (an item's scores, or
#: the totals): with fewer, a service that knows its own score could work out another's, so
#: the views leave the group out.
MIN_GROUP_SERVICES = 5

# the tables with a review_id, whose rows follow their review
REVIEW_PARTS = ("reviewers", "item_assessments", "item_inputs", "visit_activities",
                "visit_documents", "service_comments", "factual_check_drafts", "review_changes")
# read by every account; written by support (and reviewers: scale texts)
SHARED_TEXTS = ("scale_editions", "edition_defaults", "edition_drafts")
DATA_TABLES = ("services", "reviews", *REVIEW_PARTS, "ratings", "evidence_entries",
               "review_events", "actions")

FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION fidelity_my_service() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT service_id FROM server_accounts WHERE login = session_user AND role = 'service'
$$;

CREATE OR REPLACE FUNCTION fidelity_i_review(review integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (
    SELECT 1 FROM reviewers r JOIN server_accounts a
      ON lower(btrim(r.name)) = lower(btrim(a.reviewer_name))
    WHERE r.review_id = review AND a.login = session_user AND a.role = 'reviewer'
      AND btrim(a.reviewer_name) <> '')
$$;

-- the reviews a reviewer sees: those naming them, and those stored in this very transaction
CREATE OR REPLACE FUNCTION fidelity_reviewer_sees(review integer) RETURNS boolean
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT fidelity_i_review(review) OR EXISTS (
    SELECT 1 FROM reviews WHERE id = review
      AND xmin = pg_current_xact_id_if_assigned()::xid)
$$;

CREATE OR REPLACE FUNCTION fidelity_reviewer_writes(review integer) RETURNS boolean
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT fidelity_reviewer_sees(review)
     AND EXISTS (SELECT 1 FROM reviews WHERE id = review AND status <> 'final')
$$;

CREATE OR REPLACE FUNCTION fidelity_reviewer_service(service integer) RETURNS boolean
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM reviews r WHERE r.service_id = service
                   AND fidelity_reviewer_sees(r.id))
      OR EXISTS (SELECT 1 FROM server_service_creators
                   WHERE service_id = service AND login = session_user)
$$;

-- who stored each service (a reviewer sees the services they added)
CREATE OR REPLACE FUNCTION fidelity_note_service_creator() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO server_service_creators (service_id, login) VALUES (NEW.id, session_user)
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS fidelity_note_service_creator ON services;
CREATE TRIGGER fidelity_note_service_creator AFTER INSERT ON services
  FOR EACH ROW EXECUTE FUNCTION fidelity_note_service_creator();

CREATE OR REPLACE FUNCTION fidelity_review_of_rater(rater integer) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT review_id FROM reviewers WHERE id = rater
$$;

CREATE OR REPLACE FUNCTION fidelity_review_of_assessment(assessment integer) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT review_id FROM item_assessments WHERE id = assessment
$$;

-- The same rules as sets, for the policies that read: a policy that asks
-- "review_id IN (SELECT fidelity_reviewer_reviews())" has the set made once per query, where
-- a function called for each row would run once for every one of a large database's rows.
-- the reviewers of every review by the name as accounts give it (case and spaces aside)
CREATE INDEX IF NOT EXISTS fidelity_reviewers_by_name ON reviewers (lower(btrim(name)));

CREATE OR REPLACE FUNCTION fidelity_reviewer_reviews() RETURNS SETOF integer
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  RETURN QUERY SELECT r.review_id FROM reviewers r JOIN server_accounts a
      ON lower(btrim(r.name)) = lower(btrim(a.reviewer_name))
    WHERE a.login = session_user AND a.role = 'reviewer' AND btrim(a.reviewer_name) <> '';
  IF pg_current_xact_id_if_assigned() IS NOT NULL THEN  -- stored in this transaction
    RETURN QUERY SELECT id FROM reviews WHERE xmin = pg_current_xact_id_if_assigned()::xid;
  END IF;
END
$$;

CREATE OR REPLACE FUNCTION fidelity_reviewer_services() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT service_id FROM reviews WHERE id IN (SELECT fidelity_reviewer_reviews())
  UNION SELECT service_id FROM server_service_creators WHERE login = session_user
$$;

CREATE OR REPLACE FUNCTION fidelity_service_reviews() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT id FROM reviews WHERE status = 'final' AND service_id = fidelity_my_service()
$$;

CREATE OR REPLACE FUNCTION fidelity_raters_of(reviews integer[]) RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT id FROM reviewers WHERE review_id = ANY (reviews)
$$;

CREATE OR REPLACE FUNCTION fidelity_assessments_of(reviews integer[]) RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT id FROM item_assessments WHERE review_id = ANY (reviews)
$$;

-- a reviewer changes a final review only by reopening it, with a reason logged
CREATE OR REPLACE FUNCTION fidelity_final_only_reopened() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF OLD.status <> 'final' OR NOT EXISTS (
      SELECT 1 FROM server_accounts WHERE login = session_user AND role = 'reviewer') THEN
    RETURN NULL;
  END IF;
  IF NEW.status = 'final'
     OR (NEW.service_id, NEW.kind, NEW.start_date, NEW.end_date, NEW.language, NEW.scale_id,
         NEW.scale_version, NEW.summary_strengths, NEW.summary_recommendations)
        IS DISTINCT FROM
        (OLD.service_id, OLD.kind, OLD.start_date, OLD.end_date, OLD.language, OLD.scale_id,
         OLD.scale_version, OLD.summary_strengths, OLD.summary_recommendations)
     OR NOT EXISTS (
      SELECT 1 FROM review_events WHERE review_id = NEW.id AND kind = 'reopened'
        AND btrim(reason) <> '' AND xmin = pg_current_xact_id()::xid) THEN
    RAISE EXCEPTION 'a final review changes only by reopening it with a reason'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS fidelity_final_only_reopened ON reviews;
CREATE CONSTRAINT TRIGGER fidelity_final_only_reopened AFTER UPDATE ON reviews
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fidelity_final_only_reopened();

-- what everyone may see across services: per item and in total, how many services' latest
-- final review of each kind has each score (no names, no text); a group (an item, or the
-- totals of reviews with as many items scored) of fewer than {min_group} services is left out.
-- One kind at a time only: a group of kinds beside its kinds alone would show, by subtraction,
-- the reviews of a kind whose own group is too small to be shown.
-- Re-made by every set-up (their columns have changed: kind, items).
DROP VIEW IF EXISTS shared_total_scores, shared_item_scores, shared_latest_final;

CREATE VIEW shared_latest_final AS
  SELECT DISTINCT ON (service_id, scale_id, kind) id, scale_id, kind, scored_items,
         scored_total
  FROM reviews WHERE status = 'final'
  ORDER BY service_id, scale_id, kind, start_date DESC, id DESC;

CREATE VIEW shared_item_scores AS
  SELECT scale_id, kind, item_id, score, services FROM (
    SELECT l.scale_id, l.kind, a.item_id, a.score, count(*)::integer AS services,
           sum(count(*)) OVER (PARTITION BY l.scale_id, l.kind, a.item_id) AS in_group
    FROM shared_latest_final l JOIN item_assessments a ON a.review_id = l.id
    WHERE a.score IS NOT NULL GROUP BY l.scale_id, l.kind, a.item_id, a.score) grouped
  WHERE in_group >= {min_group};

CREATE VIEW shared_total_scores AS
  SELECT scale_id, kind, items, total, services FROM (
    SELECT scale_id, kind, scored_items AS items, scored_total AS total,
           count(*)::integer AS services,
           sum(count(*)) OVER (PARTITION BY scale_id, kind, scored_items) AS in_group
    FROM shared_latest_final WHERE scored_items > 0
    GROUP BY scale_id, kind, scored_items, scored_total) grouped
  WHERE in_group >= {min_group};
"""

FUNCTION_NAMES = (
    "fidelity_my_service()", "fidelity_i_review(integer)", "fidelity_reviewer_sees(integer)",
    "fidelity_reviewer_writes(integer)", "fidelity_reviewer_service(integer)",
    "fidelity_review_of_rater(integer)",
    "fidelity_review_of_assessment(integer)", "fidelity_reviewer_reviews()",
    "fidelity_reviewer_services()", "fidelity_service_reviews()",
    "fidelity_raters_of(integer[])", "fidelity_assessments_of(integer[])",
)

# functions an earlier set-up made that set-up removes (a service's reads are sets now)
RETIRED_FUNCTIONS = ("fidelity_service_sees(integer)",)

# what each kind of login reads, as sets made once per query (see FUNCTIONS)
_REVIEWER_REVIEWS = "(SELECT fidelity_reviewer_reviews())"
_SERVICE_REVIEWS = "(SELECT fidelity_service_reviews())"
_REVIEWER_READS = {
    "reviews": f"id IN {_REVIEWER_REVIEWS}",
    "services": "id IN (SELECT fidelity_reviewer_services())",
    "actions": "service_id IN (SELECT fidelity_reviewer_services())",
    "ratings": "reviewer_id IN (SELECT fidelity_raters_of(ARRAY(SELECT "
               "fidelity_reviewer_reviews())))",
    "evidence_entries": "assessment_id IN (SELECT fidelity_assessments_of(ARRAY(SELECT "
                        "fidelity_reviewer_reviews())))",
    **{table: f"review_id IN {_REVIEWER_REVIEWS}" for table in (*REVIEW_PARTS, "review_events")},
}
_SERVICE_READS = {
    "reviews": "status = 'final' AND service_id = fidelity_my_service()",  # by the index
    "services": "id = fidelity_my_service()",
    "actions": "service_id = fidelity_my_service()",
    "ratings": "reviewer_id IN (SELECT fidelity_raters_of(ARRAY(SELECT "
               "fidelity_service_reviews())))",
    "evidence_entries": "assessment_id IN (SELECT fidelity_assessments_of(ARRAY(SELECT "
                        "fidelity_service_reviews())))",
    **{table: f"review_id IN {_SERVICE_REVIEWS}" for table in (*REVIEW_PARTS, "review_events")},
}

# (table, policy, command, role kind, USING, WITH CHECK); support may do anything anywhere.
# Reading goes by the sets above; writing, a row at a time, by the functions.
POLICIES: tuple[tuple[str, str, str, str, str | None, str | None], ...] = (
    *((table, "reviewer_reads", "SELECT", "reviewer", using, None)
      for table, using in _REVIEWER_READS.items()),
    *((table, "service_reads", "SELECT", "service", using, None)
      for table, using in _SERVICE_READS.items()),
    ("services", "reviewer_adds", "INSERT", "reviewer", None, "true"),
    ("services", "reviewer_changes", "UPDATE", "reviewer", "fidelity_reviewer_service(id)",
     "true"),
    ("reviews", "reviewer_adds", "INSERT", "reviewer", None, "true"),
    ("reviews", "reviewer_changes", "UPDATE", "reviewer", "fidelity_reviewer_sees(id)",
     "fidelity_reviewer_sees(id)"),
    ("reviews", "reviewer_deletes", "DELETE", "reviewer",
     "status <> 'final' AND fidelity_reviewer_sees(id)", None),
    *(
        policy
        for table in REVIEW_PARTS
        for policy in (
            (table, "reviewer_adds", "INSERT", "reviewer", None,
             "fidelity_reviewer_writes(review_id)"),
            (table, "reviewer_changes", "UPDATE", "reviewer",
             "fidelity_reviewer_writes(review_id)", "fidelity_reviewer_writes(review_id)"),
            (table, "reviewer_deletes", "DELETE", "reviewer",
             "fidelity_reviewer_writes(review_id)", None),
        )
    ),
    *(
        policy
        for table, review in (
            ("ratings", "fidelity_review_of_rater(reviewer_id)"),
            ("evidence_entries", "fidelity_review_of_assessment(assessment_id)"),
        )
        for policy in (
            (table, "reviewer_adds", "INSERT", "reviewer", None,
             f"fidelity_reviewer_writes({review})"),
            (table, "reviewer_changes", "UPDATE", "reviewer",
             f"fidelity_reviewer_writes({review})", f"fidelity_reviewer_writes({review})"),
            (table, "reviewer_deletes", "DELETE", "reviewer",
             f"fidelity_reviewer_writes({review})", None),
        )
    ),
    # the log: a reviewer adds entries to reviews they see (finalising, reopening); no one
    # but support changes or removes an entry
    ("review_events", "reviewer_adds", "INSERT", "reviewer", None,
     "fidelity_reviewer_sees(review_id)"),
    ("actions", "reviewer_adds", "INSERT", "reviewer", None,
     "fidelity_reviewer_service(service_id)"),
    ("actions", "reviewer_changes", "UPDATE", "reviewer", "fidelity_reviewer_service(service_id)",
     "fidelity_reviewer_service(service_id)"),
    ("actions", "reviewer_deletes", "DELETE", "reviewer",
     "fidelity_reviewer_service(service_id)", None),
    ("actions", "service_updates", "UPDATE", "service", "service_id = fidelity_my_service()",
     "service_id = fidelity_my_service()"),
    ("server_accounts", "own_row", "SELECT", "reviewer", "login = session_user", None),
    ("server_accounts", "own_row", "SELECT", "service", "login = session_user", None),
)

READ_BY_ALL = ("alembic_version", "app_settings", "server_accounts", *SHARED_TEXTS,
               "shared_item_scores", "shared_total_scores")
ACTION_FIELDS_OF_SERVICE = ("status", "outcome", "updated_at")


def role_names(prefix: str) -> dict[str, str]:
    """The group role of each kind of login."""
    return {kind: f"{prefix}_{kind}" for kind in KINDS}


def default_prefix(database: str) -> str:
    """A prefix made from the database name: lower-case letters, digits and underscores."""
    cleaned = re.sub(r"[^a-z0-9_]+", "_", database.lower()).strip("_") or "fidelity"
    return cleaned[: MAX_IDENTIFIER - len("_reviewer")]


def _role_exists(conn: psycopg.Connection[tuple[object, ...]], name: str) -> bool:
    row = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
    return row is not None


def set_up(conn: psycopg.Connection[tuple[object, ...]], prefix: str) -> dict[str, str]:
    """Create the group roles, grants, functions, policies and views (again: brought up to
    date) in the current transaction; the schema must be at the newest revision. Returns the
    group roles by kind."""
    roles = role_names(prefix)
    ident = {kind: sql.Identifier(name) for kind, name in roles.items()}
    everyone = sql.SQL(", ").join(ident.values())
    for name in roles.values():
        if not _role_exists(conn, name):
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name)))
    database = conn.execute("SELECT current_database()").fetchone()
    assert database is not None
    conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
        sql.Identifier(str(database[0])), everyone))
    conn.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(everyone))
    conn.execute(FUNCTIONS.replace("{min_group}", str(MIN_GROUP_SERVICES)).encode())
    for function in FUNCTION_NAMES:
        conn.execute(sql.SQL("REVOKE ALL ON FUNCTION {} FROM PUBLIC").format(sql.SQL(function)))
        conn.execute(sql.SQL("GRANT EXECUTE ON FUNCTION {} TO {}").format(
            sql.SQL(function), everyone))

    def grant(privileges: str, tables: tuple[str, ...], *kinds: str) -> None:
        conn.execute(sql.SQL("GRANT {} ON {} TO {}").format(
            sql.SQL(privileges), sql.SQL(", ").join(map(sql.Identifier, tables)),
            sql.SQL(", ").join(ident[k] for k in kinds)))

    grant("SELECT", READ_BY_ALL, *KINDS)
    grant("SELECT, INSERT, UPDATE, DELETE", (*DATA_TABLES, *SHARED_TEXTS), "support")
    grant("SELECT, INSERT, UPDATE, DELETE", ("app_settings",), "support")
    grant("SELECT", ("item_score_counts",), "support")  # counts of every service's scores
    grant("SELECT, INSERT, UPDATE, DELETE", (*DATA_TABLES, *SHARED_TEXTS), "reviewer")
    grant("SELECT", DATA_TABLES, "service")
    conn.execute(sql.SQL("GRANT UPDATE ({}) ON actions TO {}").format(
        sql.SQL(", ").join(map(sql.Identifier, ACTION_FIELDS_OF_SERVICE)), ident["service"]))
    # every account may draw numbers (a refused insert then says "may not", not "sequence")
    conn.execute(sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {}")
                 .format(everyone))

    wanted = {(table, f"{kind}_{name}") for table, name, _, kind, _, _ in POLICIES}
    for table in (*DATA_TABLES, "server_accounts"):
        table_id = sql.Identifier(table)
        conn.execute(sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(table_id))
        _policy(conn, table, "support_all", "ALL", ident["support"], "true", "true")
        for (existing,) in conn.execute("SELECT policyname FROM pg_policies WHERE schemaname"
                                        " = 'public' AND tablename = %s", (table,)).fetchall():
            if existing != "support_all" and (table, existing) not in wanted:  # an earlier one
                conn.execute(sql.SQL("DROP POLICY {} ON {}").format(
                    sql.Identifier(str(existing)), table_id))
    for table, name, command, kind, using, check in POLICIES:
        _policy(conn, table, f"{kind}_{name}", command, ident[kind], using, check)
    for function in RETIRED_FUNCTIONS:  # no policy uses them any more
        conn.execute(sql.SQL("DROP FUNCTION IF EXISTS {}").format(sql.SQL(function)))
    conn.execute(
        "INSERT INTO app_settings (key, value) VALUES (%s, %s) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (PREFIX_SETTING, prefix))
    return roles


def _policy(conn: psycopg.Connection[tuple[object, ...]], table: str, name: str, command: str,
            role: sql.Identifier, using: str | None, check: str | None) -> None:
    """(Re)create one policy; ``using`` and ``check`` are this module's own expressions."""
    table_id, name_id = sql.Identifier(table), sql.Identifier(name)
    conn.execute(sql.SQL("DROP POLICY IF EXISTS {} ON {}").format(name_id, table_id))
    parts = [sql.SQL("CREATE POLICY {} ON {} FOR {} TO {}").format(
        name_id, table_id, sql.SQL(command), role)]
    if using is not None:
        parts.append(sql.SQL("USING ({})").format(sql.SQL(using)))
    if check is not None:
        parts.append(sql.SQL("WITH CHECK ({})").format(sql.SQL(check)))
    conn.execute(sql.SQL(" ").join(parts))


def stored_prefix(conn: psycopg.Connection[tuple[object, ...]]) -> str | None:
    """The prefix ``set_up`` stored, ``None`` before the server was set up."""
    row = conn.execute("SELECT value FROM app_settings WHERE key = %s",
                       (PREFIX_SETTING,)).fetchone()
    return None if row is None else str(row[0])


def add_login(conn: psycopg.Connection[tuple[object, ...]], prefix: str, login: str, kind: str,
              *, service_id: int | None, reviewer_name: str, password: str | None) -> bool:
    """Create (or update) the login ``login`` in the group of ``kind`` only, and map it.
    The password goes to the server already hashed (SCRAM), never as plain text. Returns
    whether the login was new."""
    roles = role_names(prefix)
    login_id = sql.Identifier(login)
    new = not _role_exists(conn, login)
    conn.execute(sql.SQL("{} ROLE {} WITH LOGIN").format(
        sql.SQL("CREATE" if new else "ALTER"), login_id))
    if password is not None:
        hashed = conn.pgconn.encrypt_password(password.encode(), login.encode(),
                                              b"scram-sha-256")
        conn.execute(sql.SQL("ALTER ROLE {} WITH PASSWORD {}").format(
            login_id, sql.Literal(hashed.decode())))
    for other_kind, group in roles.items():
        if other_kind != kind:
            conn.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group), login_id))
    conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(roles[kind]), login_id))
    conn.execute(
        "INSERT INTO server_accounts (login, role, service_id, reviewer_name) "
        "VALUES (%s, %s, %s, %s) ON CONFLICT (login) DO UPDATE SET role = excluded.role, "
        "service_id = excluded.service_id, reviewer_name = excluded.reviewer_name",
        (login, kind, service_id, reviewer_name))
    return new
