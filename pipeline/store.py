"""DuckDB store: schema, atomic and idempotent ingest, reviews, and the query runner.

One database file (``data/bizenv.duckdb`` unless ``--db`` or ``BIZENV_DB`` says
otherwise) holds documents, claims, number and zone mentions, zones,
indicators, analyst reviews and a log of ingest runs.

Why the file is never written in place: DuckDB allows one writer process *or*
many readers, and a killed writer could leave a half-written state. So every
change (ingest, reindex, review) builds the next state in a fresh file next to
the database and swaps it in with ``os.replace``, which is atomic on POSIX.
A ``kill -9`` at any moment leaves the old file untouched; readers that hold
the old file open keep reading it until they notice the new one
(`Store` compares the file's inode and mtime on every query).

    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "t.duckdb")
    >>> s = Store(db)
    >>> int(s.query("overview")["claims"][0])
    0
"""
from __future__ import annotations

import fcntl
import hashlib
import os
import re
import shutil
import sys
import threading
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import duckdb

#: Bumped when the table layout changes; old files are copied column by name.
SCHEMA_VERSION = 10
DEFAULT_DB = "data/bizenv.duckdb"
QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries"

SCHEMA = """
CREATE TABLE meta (key VARCHAR, value VARCHAR);
CREATE TABLE documents (
    doc_id VARCHAR,            -- sha256 of the decoded text: re-encodings are one document
    name VARCHAR,              -- file name, no folder
    path VARCHAR,              -- absolute source path when last ingested
    encoding VARCHAR,
    chars BIGINT,
    bytes BIGINT,
    title VARCHAR, outlet VARCHAR, pub_date VARCHAR, url VARCHAR,
    default_zone VARCHAR,      -- front matter / sidecar `zone`
    default_period VARCHAR,    -- front matter / sidecar `period`
    meta_json VARCHAR,
    body_start INTEGER,
    text VARCHAR,
    ingested_at TIMESTAMP,
    pipeline_version VARCHAR,
    run_id INTEGER,
    claims INTEGER,            -- its claims (rejected ones not counted), set when the file is built
    zones INTEGER,             -- distinct zones of those claims
    doc_no INTEGER             -- the number its claims carry (claims.doc_no), set when the file is built
);
-- Claims carry their latest review applied (zone, indicator, value, unit as the analyst
-- left them); orig_* hold what extraction said, only on reviewed rows. Applying
-- reviews when the file is built, not in every query, keeps pages and aggregates fast.
CREATE TABLE claims (
    seq BIGINT,                -- position in the stored order: zone, indicator, period, doc, start
    claim_id VARCHAR,          -- doc_id[:16]:start:end:indicator  (what reviews hold on to)
    doc_id VARCHAR,
    doc VARCHAR,
    zone VARCHAR, zone_id VARCHAR, zone_status VARCHAR,
    family VARCHAR, indicator VARCHAR,
    value DOUBLE, unit VARCHAR,
    value_before DOUBLE, unit_before VARCHAR,
    qualifier VARCHAR, period VARCHAR,
    start INTEGER, "end" INTEGER,
    evidence VARCHAR, sentence VARCHAR, sentence_start INTEGER,
    mark_start INTEGER, mark_end INTEGER,  -- the evidence in the (cleaned) sentence: sentence[mark_start:mark_end]
    rule VARCHAR,
    review VARCHAR, review_note VARCHAR, reviewed_at TIMESTAMP,
    rejected BOOLEAN DEFAULT false,
    orig_value DOUBLE, orig_unit VARCHAR, orig_zone VARCHAR, orig_zone_id VARCHAR,
    orig_zone_status VARCHAR, orig_indicator VARCHAR, orig_family VARCHAR,
    doc_no INTEGER             -- its document as a number (documents.doc_no): integer lookups of a document's claims
);
CREATE TABLE numbers (
    seq BIGINT,
    doc_id VARCHAR, start INTEGER, "end" INTEGER, surface VARCHAR,
    claimed BOOLEAN,           -- extraction's own flag
    covered BOOLEAN,           -- claimed, or inside any claim's evidence
    reason VARCHAR             -- why it is most likely no claim: date, ordinal, code, time; '' unknown
);
CREATE TABLE zone_mentions (
    doc_id VARCHAR, zone_id VARCHAR, name VARCHAR, start INTEGER, "end" INTEGER,
    surface VARCHAR, provisional BOOLEAN, passing BOOLEAN
);
CREATE TABLE zones (
    zone_id VARCHAR, name VARCHAR, place VARCHAR, type VARCHAR, city VARCHAR,
    province VARCHAR, en VARCHAR, aliases VARCHAR, provisional BOOLEAN,
    source VARCHAR             -- registry | claims
);
CREATE TABLE indicators (
    indicator VARCHAR, family VARCHAR, zh VARCHAR, en VARCHAR, unit VARCHAR,
    direction VARCHAR,         -- lower | higher: which way is better
    framework VARCHAR, cues VARCHAR,
    source VARCHAR             -- registry | claims
);
CREATE TABLE reviews (
    review_id VARCHAR,
    claim_id VARCHAR,          -- key of the reviewed claim; survives re-ingest and reindex
    doc_id VARCHAR, start INTEGER, "end" INTEGER, indicator VARCHAR, evidence VARCHAR,
    action VARCHAR,            -- confirm | reject | correct
    value DOUBLE, unit VARCHAR, zone_id VARCHAR, zone VARCHAR, new_indicator VARCHAR,
    note VARCHAR, reviewer VARCHAR,
    reviewed_at TIMESTAMP
);
-- Summaries of the claims (reviews applied, rejected claims left out unless said), written
-- when the file is built and, for the zones a review touches, when a review is added
-- (`_summarize`): aggregate questions read these instead of scanning every claim.
-- A claim as the Compare page shows it (claims_shown): the best of a ranking, the pick of the pairs.
CREATE TYPE shown_claim AS STRUCT(
    claim_id VARCHAR, value DOUBLE, qualifier VARCHAR, value_before DOUBLE, unit_before VARCHAR,
    period VARCHAR, doc VARCHAR, evidence VARCHAR, sentence VARCHAR, sentence_start INTEGER,
    start INTEGER, "end" INTEGER, mark_start INTEGER, mark_end INTEGER);
CREATE TABLE claim_cells (     -- claims per zone, family, indicator, unit and period
    zone_id VARCHAR, zone VARCHAR, family VARCHAR, indicator VARCHAR, unit VARCHAR,
    period VARCHAR, claims BIGINT
);
CREATE TABLE claim_medians (   -- per zone (not NULL), indicator and unit: each period, and all periods
    all_periods BOOLEAN,       -- true: the row covers every period (its period is NULL)
    zone_id VARCHAR, indicator VARCHAR, unit VARCHAR, period VARCHAR,
    family VARCHAR, zone VARCHAR,   -- any one of the group's
    claims BIGINT, n_values BIGINT, median DOUBLE, min DOUBLE, max DOUBLE,
    periods VARCHAR,           -- its distinct periods, comma-separated, in order
    documents BIGINT,          -- distinct documents of its claims
    one_family BOOLEAN,        -- its claims share its family (or all have none): a family filter keeps all or none
    best shown_claim           -- its lowest value where the indicator's lower is better, else its highest;
                               -- of equal values the first stored (compare_ranking)
);
CREATE TABLE zone_docs (       -- claims per zone (NULL: of no zone) and document
    zone_id VARCHAR, doc_id VARCHAR, claims BIGINT
);
CREATE TABLE claim_pairs (     -- claims with a before value (from 60 to 20 working days): what before_after shows
    seq BIGINT, claim_id VARCHAR, zone_id VARCHAR, zone VARCHAR, family VARCHAR, indicator VARCHAR,
    value_before DOUBLE, unit_before VARCHAR, value DOUBLE, unit VARCHAR,
    cut_pct DOUBLE,            -- the cut in percent, where both sides share a unit
    qualifier VARCHAR, period VARCHAR, doc VARCHAR, doc_id VARCHAR, start INTEGER, "end" INTEGER,
    evidence VARCHAR, review VARCHAR,
    rank BIGINT                -- position in before_after's order: cut_pct DESC, zone, indicator, ...
);
CREATE TABLE pair_picks (      -- per zone (not NULL), procedure and unit, each period and all periods (compare_pairs)
    all_periods BOOLEAN, zone_id VARCHAR, indicator VARCHAR, unit VARCHAR, period VARCHAR,
    claims BIGINT,             -- its duration claims with a before value > 0 in the same unit
    pick shown_claim           -- of them the lowest after-value; of equal values the first stored
);
CREATE TABLE rule_cells (      -- every claim, rejected ones too, per rule and extraction's family
    rule VARCHAR, family VARCHAR, claims BIGINT   -- rule: '' when none
);
CREATE TABLE ingest_runs (
    run_id INTEGER, command VARCHAR, started_at TIMESTAMP, seconds DOUBLE,
    files INTEGER, new_docs INTEGER, changed_docs INTEGER, unchanged_docs INTEGER,
    claims_added BIGINT, errors INTEGER, error_lines VARCHAR,
    workers INTEGER, pipeline_version VARCHAR, paths VARCHAR
);
"""

#: Columns extraction writes (the stage), in table order.
CLAIM_BASE = ("claim_id", "doc_id", "doc", "zone", "zone_id", "zone_status", "family",
              "indicator", "value", "unit", "value_before", "unit_before", "qualifier",
              "period", "start", "end", "evidence", "sentence", "sentence_start", "rule",
              "mark_start", "mark_end")
#: What a correction may change; orig_<name> keeps extraction's value.
REVIEWED = ("value", "unit", "zone", "zone_id", "zone_status", "indicator", "family")

#: Views every query reads.
VIEWS = """
CREATE VIEW latest_reviews AS
    SELECT * FROM reviews
    QUALIFY row_number() OVER (PARTITION BY claim_id ORDER BY reviewed_at DESC, review_id DESC) = 1;
-- every claim, its review applied, rejected ones flagged; orig_* = what extraction said
CREATE VIEW claims_all AS
    SELECT seq, claim_id, doc_id, doc_no, doc, zone, zone_id, zone_status, family, indicator,
        value, unit, value_before, unit_before, qualifier, period, start, "end",
        evidence, sentence, sentence_start, mark_start, mark_end, rule,
        review, review_note, reviewed_at, coalesce(rejected, false) AS rejected,
        CASE WHEN review IS NULL THEN value ELSE orig_value END AS orig_value,
        CASE WHEN review IS NULL THEN unit ELSE orig_unit END AS orig_unit,
        CASE WHEN review IS NULL THEN zone_id ELSE orig_zone_id END AS orig_zone_id,
        CASE WHEN review IS NULL THEN zone ELSE orig_zone END AS orig_zone,
        CASE WHEN review IS NULL THEN indicator ELSE orig_indicator END AS orig_indicator,
        CASE WHEN review IS NULL THEN family ELSE orig_family END AS orig_family
    FROM claims;
-- what every question reads: reviewed, rejected claims gone
CREATE VIEW claims_v AS SELECT * FROM claims_all WHERE NOT rejected;
-- the same, each with the fields the Compare page shows of a claim
CREATE VIEW claims_shown AS
    SELECT *, {'claim_id': claim_id, 'value': value, 'qualifier': qualifier, 'value_before': value_before,
               'unit_before': unit_before, 'period': period, 'doc': doc, 'evidence': evidence,
               'sentence': sentence, 'sentence_start': sentence_start, 'start': start,
               'end': "end", 'mark_start': mark_start, 'mark_end': mark_end}::shown_claim AS shown
    FROM claims_v;
-- claims per extraction rule (rejected ones too) with the analysts' verdicts: counts from
-- the summary written with the file, verdicts from the few reviewed claims
CREATE VIEW rule_verdicts AS
    WITH r AS (
        SELECT rule, arg_max(family, claims) FILTER (WHERE family IS NOT NULL) AS family,
               sum(claims)::BIGINT AS claims
        FROM rule_cells GROUP BY rule
    ),
    v AS (
        SELECT coalesce(rule, '') AS rule, count(*) AS reviewed,
               count(*) FILTER (WHERE review = 'confirm') AS confirmed,
               count(*) FILTER (WHERE review = 'reject') AS rejected,
               count(*) FILTER (WHERE review = 'correct') AS corrected
        FROM claims WHERE review IS NOT NULL GROUP BY coalesce(rule, '')
    )
    SELECT r.rule, r.family, r.claims, coalesce(v.reviewed, 0) AS reviewed,
           coalesce(v.confirmed, 0) AS confirmed, coalesce(v.rejected, 0) AS rejected,
           coalesce(v.corrected, 0) AS corrected
    FROM r LEFT JOIN v USING (rule);
"""


def _q(c: str) -> str:
    return '"end"' if c == "end" else c


def _restore_review(con, where: str = "review IS NOT NULL", params=None):
    """Put extraction's values back on reviewed rows (before re-applying reviews)."""
    sets = ", ".join(f"{c} = orig_{c}" for c in REVIEWED)
    clear = ", ".join(f"orig_{c} = NULL" for c in REVIEWED)
    con.execute(f"UPDATE claims SET {sets}, {clear}, review = NULL, review_note = NULL, "
                f"reviewed_at = NULL, rejected = false WHERE {where}", params or {})


def _count_doc_claims(con, doc_id: str | None = None):
    """Per-document claim and zone counts, kept on the documents table for fast listings.

    Read from the zone × document summary (`_summarize` writes it first), which
    has a row for a document's claims of no zone too.
    """
    con.execute("""
        UPDATE documents SET claims = coalesce(s.n, 0), zones = coalesce(s.z, 0)
        FROM (SELECT d.doc_id, c.n, c.z FROM documents d LEFT JOIN
                (SELECT doc_id, sum(claims) AS n, count(zone_id) AS z FROM zone_docs
                 WHERE $id IS NULL OR doc_id = $id
                 GROUP BY doc_id) c USING (doc_id)
              WHERE $id IS NULL OR d.doc_id = $id) s
        WHERE documents.doc_id = s.doc_id""", {"id": doc_id})


def _reanchor_reviews(con):
    """Reviews whose claim no longer has their key, because re-extraction moved its span or
    changed its indicator (12家 read as 高新技术企业12家), follow the claim of the same
    document whose span overlaps theirs most — one of the same indicator first, then the
    nearest start — and take its key. A review with no such claim stays as it was, listed
    as orphaned by queries/reviews.sql."""
    if not con.execute("SELECT count(*) FROM reviews").fetchone()[0]:
        return
    con.execute("""
        UPDATE reviews SET claim_id = m.claim_id, start = m.start, "end" = m."end",
                           evidence = m.evidence, indicator = m.indicator
        FROM (
            SELECT r.review_id, c.claim_id, c.start, c."end", c.evidence, c.indicator,
                   row_number() OVER (PARTITION BY r.review_id
                                      ORDER BY (c.indicator = r.indicator) DESC,
                                               least(c."end", r."end") - greatest(c.start, r.start) DESC,
                                               abs(c.start - r.start), c.claim_id) AS k
            FROM reviews r
            JOIN claims c ON c.doc_id = r.doc_id AND c.start < r."end" AND r.start < c."end"
            WHERE NOT EXISTS (SELECT 1 FROM claims k WHERE k.claim_id = r.claim_id)
        ) m
        WHERE reviews.review_id = m.review_id AND m.k = 1""")


def _apply_reviews(con, claim_id: str | None = None):
    """Apply each claim's latest review to its row (all rows, or one claim)."""
    con.execute("""
        CREATE OR REPLACE TEMP TABLE rv AS
        SELECT r.claim_id, r.action, r.note, r.reviewed_at, r.value, r.unit, r.zone_id,
               coalesce(r.zone, z.name, r.zone_id) AS zone, r.new_indicator,
               i.family AS new_family
        FROM latest_reviews r
        LEFT JOIN (SELECT zone_id, any_value(name) AS name FROM zones GROUP BY zone_id) z
               ON z.zone_id = r.zone_id
        LEFT JOIN (SELECT indicator, any_value(family) AS family FROM indicators GROUP BY indicator) i
               ON i.indicator = r.new_indicator
        WHERE $id IS NULL OR r.claim_id = $id""", {"id": claim_id})
    fix = "rv.action = 'correct'"
    con.execute(f"""
        UPDATE claims SET
            {", ".join(f"orig_{c} = claims.{c}" for c in REVIEWED)},
            value = CASE WHEN {fix} THEN coalesce(rv.value, claims.value) ELSE claims.value END,
            unit = CASE WHEN {fix} THEN coalesce(rv.unit, claims.unit) ELSE claims.unit END,
            zone = CASE WHEN {fix} AND rv.zone_id IS NOT NULL THEN rv.zone ELSE claims.zone END,
            zone_id = CASE WHEN {fix} AND rv.zone_id IS NOT NULL THEN rv.zone_id ELSE claims.zone_id END,
            zone_status = CASE WHEN {fix} AND rv.zone_id IS NOT NULL THEN 'reviewed' ELSE claims.zone_status END,
            indicator = CASE WHEN {fix} THEN coalesce(rv.new_indicator, claims.indicator) ELSE claims.indicator END,
            family = CASE WHEN {fix} AND rv.new_indicator IS NOT NULL THEN coalesce(rv.new_family, claims.family)
                          ELSE claims.family END,
            review = rv.action, review_note = rv.note, reviewed_at = rv.reviewed_at,
            rejected = rv.action = 'reject'
        FROM rv WHERE claims.claim_id = rv.claim_id""")
    con.execute("DROP TABLE rv")

#: Summary table -> the SELECT that fills it from claims_v, `{where}` narrowing the zones.
#: Those in `_SHOWN` select the position (seq) of the claim they show, whose fields follow.
_ZONE_SUMMARIES = {
    "claim_cells": """
        SELECT zone_id, any_value(zone) AS zone, family, indicator, unit, period, count(*) AS claims
        FROM claims_v WHERE {where}
        GROUP BY zone_id, family, indicator, unit, period""",
    "claim_medians": """
        SELECT grouping(period) = 1 AS all_periods, zone_id, indicator, unit, period,
               any_value(family) AS family, any_value(zone) AS zone,
               count(*) AS claims, count(value) AS n_values, median(value) AS median,
               min(value) AS min, max(value) AS max,
               period AS periods,   -- all periods' rows: listed by _summarize from the others
               -- a list's distinct count cost a third of count(DISTINCT) at 10M claims
               array_unique(list(doc_no)) AS documents,
               true AS one_family,  -- rows of several families: marked by _summarize
               -- the best value's claim; of equal values the first stored
               coalesce(arg_min(seq, (value, seq)) FILTER (WHERE lower AND value IS NOT NULL),
                        arg_max(seq, (value, -seq)) FILTER (WHERE NOT lower AND value IS NOT NULL)) AS seq
        FROM (SELECT *, coalesce(indicator IN (SELECT indicator FROM indicators
                                               WHERE direction = 'lower'), false) AS lower
              FROM claims_v WHERE zone_id IS NOT NULL AND {where})
        GROUP BY GROUPING SETS ((zone_id, indicator, unit, period), (zone_id, indicator, unit))""",
    "claim_pairs": """
        SELECT seq, claim_id, zone_id, zone, family, indicator, value_before, unit_before, value, unit,
               CASE WHEN unit_before = unit AND value_before > 0
                    THEN round(100.0 * (value_before - value) / value_before, 2) END AS cut_pct,
               qualifier, period, doc, doc_id, start, "end", evidence, review
        FROM claims_v WHERE value_before IS NOT NULL AND {where}""",
    "pair_picks": """
        SELECT grouping(period) = 1 AS all_periods, zone_id, indicator, unit, period, count(*) AS claims,
               arg_min(seq, (value, seq)) FILTER (WHERE value IS NOT NULL) AS seq
        FROM claim_pairs   -- written just before: the claims with a before value
        WHERE family = 'duration' AND zone_id IS NOT NULL
          AND coalesce(unit_before, unit) = unit AND value_before > 0 AND {where}
        GROUP BY GROUPING SETS ((zone_id, indicator, unit, period), (zone_id, indicator, unit))""",
    "zone_docs": """
        SELECT zone_id, doc_id, count(*) AS claims
        FROM claims_v WHERE {where}
        GROUP BY zone_id, doc_id""",
}
#: Summary table -> its column of the claim it shows (`claims_shown`).
_SHOWN = {"claim_medians": "best", "pair_picks": "pick"}


def _summarize(con, zones: list | None = None):
    """(Re)write the summary tables: all of them, or the rows of some zones (None: no zone).

    Reviews never change a claim's rule, existence or extraction's family, so
    `rule_cells` is only written when the whole file is built.
    """
    if zones is None:
        where, params = "true", {}
        con.execute("DELETE FROM rule_cells")
        con.execute("""
            INSERT INTO rule_cells BY NAME
            SELECT coalesce(rule, '') AS rule, orig_family AS family, count(*) AS claims
            FROM claims_all GROUP BY coalesce(rule, ''), orig_family""")
    else:
        where = "(zone_id IN (SELECT unnest($ids)) OR ($none AND zone_id IS NULL))"
        params = {"ids": sorted({z for z in zones if z is not None}) or [""],
                  "none": any(z is None for z in zones)}
    for table, select in _ZONE_SUMMARIES.items():
        con.execute(f"DELETE FROM {table} WHERE {where}", params)
        into = f"CREATE TEMP TABLE _{table} AS" if table in _SHOWN else f"INSERT INTO {table} BY NAME"
        con.execute(f"{into} {select.format(where=where)}", params)
    # the shown claims' fields, read in one pass over the claims for all of them (carried through
    # the aggregates, or joined in the same statement, they cost three times as much at 10M claims)
    con.execute("CREATE TEMP TABLE _shown AS SELECT seq, shown FROM claims_shown WHERE seq IN ("
                + " UNION ALL ".join(f"SELECT seq FROM _{t}" for t in _SHOWN) + ")")
    for table, column in _SHOWN.items():
        # stored in the order questions filter on: an indicator's rows are read together
        con.execute(f"""
            INSERT INTO {table} BY NAME
            SELECT t.* EXCLUDE (seq), s.shown AS {column} FROM _{table} t LEFT JOIN _shown s USING (seq)
            ORDER BY t.indicator, t.zone_id, t.unit, t.all_periods, t.period""")
        con.execute(f"DROP TABLE _{table}")
    con.execute("DROP TABLE _shown")
    # an all-periods row lists its periods: those of its group's one-period rows (a distinct,
    # ordered string_agg over every claim in the grouping sets cost more than the medians)
    con.execute(f"""
        UPDATE claim_medians SET periods = p.periods
        FROM (SELECT zone_id, indicator, unit, string_agg(period, ',' ORDER BY period) AS periods
              FROM claim_medians WHERE NOT all_periods AND {where}
              GROUP BY zone_id, indicator, unit) p
        WHERE claim_medians.all_periods AND claim_medians.zone_id = p.zone_id
          AND claim_medians.indicator IS NOT DISTINCT FROM p.indicator
          AND claim_medians.unit IS NOT DISTINCT FROM p.unit""", params)
    # rows whose claims are of several families (a correction to an indicator of no known family):
    # compare_ranking's family filter takes their claims one by one
    con.execute(f"""
        UPDATE claim_medians SET one_family = false
        FROM (SELECT zone_id, indicator, unit, period, grouping(period) = 1 AS all_periods
              FROM claim_cells WHERE zone_id IS NOT NULL AND {where}
              GROUP BY GROUPING SETS ((zone_id, indicator, unit, period), (zone_id, indicator, unit))
              -- two families, or a family and none (a tenth of the cost of a distinct count)
              HAVING min(family) <> max(family) OR count(family) NOT IN (0, count(*))) f
        WHERE claim_medians.zone_id = f.zone_id AND claim_medians.all_periods = f.all_periods
          AND claim_medians.indicator IS NOT DISTINCT FROM f.indicator
          AND claim_medians.unit IS NOT DISTINCT FROM f.unit
          AND claim_medians.period IS NOT DISTINCT FROM f.period""", params)
    # one integer to page on instead of five keys, two of them strings
    con.execute("""
        UPDATE claim_pairs SET rank = r.rank
        FROM (SELECT seq, row_number() OVER (
                  ORDER BY cut_pct DESC NULLS LAST, zone_id, indicator, doc_id, start, seq) AS rank
              FROM claim_pairs) r
        WHERE claim_pairs.seq = r.seq""")


_TABLE_ORDER = ("meta", "documents", "claims", "numbers", "zone_mentions", "zones",
                "indicators", "reviews", "ingest_runs")


def db_path(db=None) -> Path:
    """--db, else $BIZENV_DB, else data/bizenv.duckdb (relative to the working folder)."""
    return Path(db or os.environ.get("BIZENV_DB") or DEFAULT_DB)


def pipeline_version() -> str:
    """Package version plus a digest of the extraction code and its data.

    Stored with each document so `reindex` and the dashboard can tell which
    pipeline produced a claim.
    """
    from . import __version__
    here = Path(__file__).resolve().parent
    h = hashlib.sha256()
    files = [here / f for f in ("extract.py", "numbers.py", "zones.py", "indicators.py",
                                "text.py", "model.py")]
    files += sorted((here / "data").glob("*")) if (here / "data").is_dir() else []
    for f in files:
        if f.is_file():
            h.update(f.name.encode())
            h.update(f.read_bytes())
    return f"{__version__}+{h.hexdigest()[:10]}"


# --------------------------------------------------------------------------- writing

@contextmanager
def writer_lock(path: Path):
    """One writer at a time per database (flock: released by the kernel on kill -9)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(str(path) + ".lock", "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            _sweep_leftovers(path)
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


_LEFTOVER = re.compile(r"\.tmp-[a-z]+-(\d+)-[0-9a-f]{8}")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _sweep_leftovers(path: Path):
    """Remove temp files and stage folders of writers that were killed.

    Names carry the writer's pid; a live process's files (an ingest still
    extracting, which it does without the lock) are left alone.
    """
    for p in path.parent.glob(path.name + ".tmp-*"):
        m = _LEFTOVER.search(p.name[len(path.name):])
        if m and _alive(int(m.group(1))):
            continue
        if p.is_dir():
            shutil.rmtree(p, ignore_errors=True)
        else:
            p.unlink(missing_ok=True)


def _fsync_dir(folder: Path):
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _temp_name(path: Path, what: str) -> Path:
    return path.with_name(f"{path.name}.tmp-{what}-{os.getpid()}-{uuid.uuid4().hex[:8]}")


#: DuckDB's memory bound in a writer ($BIZENV_MEMORY overrides). The claims sort of a
#: build spills past it: at 1GB a 10M-claim build spent a quarter more CPU than at 1600MB,
#: whose peak RSS was 1.7 GiB.
WRITER_MEMORY = "1600MB"


def _open_writer(tmp: Path, work: Path | None = None) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(tmp))
    # Bounded memory: big sorts spill to the work folder instead of growing RSS.
    con.execute(f"SET memory_limit = '{os.environ.get('BIZENV_MEMORY', WRITER_MEMORY)}'")
    if work is not None:
        con.execute(f"SET temp_directory = '{work}'")
    con.execute("SET preserve_insertion_order = true")
    return con


def _commit_file(con, tmp: Path, path: Path):
    """Checkpoint, close, fsync, then swap the new file in."""
    con.execute("CHECKPOINT")
    con.close()
    wal = Path(str(tmp) + ".wal")
    if wal.exists():  # CHECKPOINT should have emptied it; never swap a file that needs its WAL
        raise RuntimeError(f"{wal} left after checkpoint")
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _create_schema(con):
    con.execute(SCHEMA)
    con.execute(VIEWS)
    con.execute("INSERT INTO meta VALUES ('schema_version', ?), ('created_at', ?)",
                [str(SCHEMA_VERSION), _now().isoformat()])


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def schema_version(path: Path) -> int:
    con = duckdb.connect(":memory:")
    try:
        con.execute(f"ATTACH '{_sql_str(path)}' AS db (READ_ONLY)")
        v = con.execute("SELECT max(TRY_CAST(value AS INTEGER)) FROM db.meta "
                        "WHERE key = 'schema_version'").fetchone()[0]
        return int(v or 0)
    finally:
        con.close()


def init_db(db=None) -> Path:
    """Create an empty database if there is none. Returns its path."""
    path = db_path(db)
    if path.exists() and schema_version(path) >= SCHEMA_VERSION:
        return path
    with writer_lock(path):
        if path.exists():
            if schema_version(path) < SCHEMA_VERSION:  # an older layout: rebuild it in place
                work = _temp_name(path, "work")
                work.mkdir()
                try:
                    build(path, Change(upgrade=True), work=work)
                finally:
                    shutil.rmtree(work, ignore_errors=True)
            return path
        tmp = _temp_name(path, "init")
        con = _open_writer(tmp)
        _create_schema(con)
        _load_reference(con)
        _commit_file(con, tmp, path)
    return path


@dataclass
class Change:
    """What a build adds to the current state."""
    stage: Path | None = None            # folder of *.parquet written by extraction
    accepted: list[int] = field(default_factory=list)   # src ids of staged documents to keep
    drop_docs: set[str] = field(default_factory=set)     # doc_ids whose rows are replaced/removed
    run: dict | None = None              # ingest_runs row
    reviews: list[dict] = field(default_factory=list)
    upgrade: bool = False                # rebuild even with nothing to add


_STAGE_KINDS = ("documents", "claims", "numbers", "zone_mentions")
#: Per table, string columns with few distinct values (a document's claims share its doc_id):
#: they go through the load's sort as small ENUM codes (`_load_sorted`).
_CODED = {
    "claims": ("doc_id", "doc", "zone", "zone_id", "zone_status", "family", "indicator", "unit",
               "unit_before", "qualifier", "period", "rule"),
}


def build(path: Path, change: Change, work: Path):
    """Write old state minus `drop_docs` plus staged rows into a fresh file; swap it in.

    Caller holds `writer_lock(path)`. Claims are loaded from Parquet in one
    set-based statement, sorted by zone, indicator, period.
    """
    if (path.exists() and not change.accepted and not change.drop_docs and not change.reviews
            and not change.upgrade):
        if change.run:  # nothing to re-sort: just log the run
            append_rows(path, "ingest_runs", [change.run])
        return
    tmp = _temp_name(path, "db")
    con = _open_writer(tmp, work)
    step = _Steps()
    try:
        _create_schema(con)
        con.execute("DELETE FROM meta")
        has_old = path.exists()
        if has_old:
            con.execute(f"ATTACH '{_sql_str(path)}' AS old (READ_ONLY)")
        con.execute("CREATE TEMP TABLE drop_docs (doc_id VARCHAR)")
        if change.drop_docs:
            con.execute("INSERT INTO drop_docs SELECT unnest($ids)", {"ids": sorted(change.drop_docs)})
        con.execute("CREATE TEMP TABLE accepted (src INTEGER)")
        if change.accepted:
            con.execute("INSERT INTO accepted SELECT unnest($ids)", {"ids": change.accepted})
        staged = {k: (change.stage is not None and any(change.stage.glob(f"*.{k}.parquet")))
                  for k in _STAGE_KINDS}

        old_cols = {}
        if has_old:
            for t in _STAGE_KINDS:
                old_cols[t] = [r[0] for r in con.execute(
                    "SELECT column_name FROM duckdb_columns() WHERE database_name = 'old' "
                    "AND table_name = $t ORDER BY column_index", {"t": t}).fetchall()]

        def source(table: str) -> str:
            parts = []
            if has_old:
                if table == "claims":
                    # extraction's values back on reviewed rows; reviews are re-applied below
                    cols = ", ".join(
                        f"CASE WHEN review IS NOT NULL THEN orig_{c} ELSE {c} END AS {c}"
                        if c in REVIEWED and "orig_value" in old_cols[table] else
                        _q(c) if c in old_cols[table] else
                        # schema 9 had no marks: offsets from the sentence's start, as it then read
                        f"{'start' if c == 'mark_start' else _q('end')} - sentence_start AS {c}"
                        for c in CLAIM_BASE)
                else:
                    skip = {"seq", "claims", "zones", "doc_no"}  # derived: recomputed below
                    cols = ", ".join(_q(c) for c in old_cols[table] if c not in skip)
                parts.append(f"SELECT {cols} FROM old.{table} "
                             "WHERE doc_id NOT IN (SELECT doc_id FROM drop_docs)")
            if staged.get(table):
                glob = _sql_str(change.stage / f"*.{table}.parquet")
                parts.append(f"SELECT * EXCLUDE (src) FROM read_parquet('{glob}') "
                             f"WHERE src IN (SELECT src FROM accepted)")
            return " UNION ALL BY NAME ".join(parts)

        loaded = set()
        for table, order in (("documents", "doc_id"),
                             ("claims", "zone_id, indicator, period, doc, start"),
                             ("numbers", "doc_id, start"),
                             ("zone_mentions", "doc_id, start")):
            src = source(table)
            if src:
                _load_sorted(con, table, src, order, _CODED.get(table, ()),
                             {"doc_id": "doc_no"} if table == "claims" else None)
                loaded.add(table)
            step(f"load {table}")
        con.execute("UPDATE numbers SET covered = claimed WHERE covered IS NULL")
        if "claims" in loaded:  # documents get the numbers their claims carry
            con.execute(f"UPDATE documents SET doc_no = enum_code(TRY_CAST(doc_id AS "
                        f"{_code_type('claims', 'doc_id')}))")
        _drop_codes(con)
        if has_old:
            for table in ("reviews", "ingest_runs", "meta"):
                con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM old.{table}")
            con.execute("DETACH old")
        con.execute("DELETE FROM meta WHERE key IN ('schema_version', 'built_at')")
        con.execute("INSERT INTO meta VALUES ('schema_version', ?), ('built_at', ?)",
                    [str(SCHEMA_VERSION), _now().isoformat()])
        if change.reviews:
            _insert_rows(con, "reviews", change.reviews)
        if change.run:
            _insert_rows(con, "ingest_runs", [change.run])
        if change.run:  # staged documents were extracted before the run had its number
            con.execute("UPDATE documents SET run_id = $r WHERE run_id IS NULL",
                        {"r": change.run["run_id"]})
        step("copy reviews, runs")
        _reanchor_reviews(con)
        _load_reference(con)
        step("zones, indicators")
        _apply_reviews(con)
        step("apply reviews")
        _summarize(con)
        step("summaries")
        _count_doc_claims(con)
        step("count per document")
        _commit_file(con, tmp, path)
        step("checkpoint, swap")
    except BaseException:
        _discard(con, tmp)
        raise


def _discard(con, tmp: Path) -> None:
    """A build that failed: close it and remove its half-written file."""
    try:
        con.close()
    except Exception:
        pass
    tmp.unlink(missing_ok=True)
    Path(str(tmp) + ".wal").unlink(missing_ok=True)


def _load_sorted(con, table: str, src: str, order: str, coded: tuple = (), numbered: dict | None = None):
    """Replace `table` with the rows of `src`, sorted, in the schema's columns and types.

    CREATE TABLE AS sorts and writes in parallel (an INSERT into an existing
    table keeps order on one thread), so the table is recreated with casts to
    its declared types. The sort moves every column of every row, and its cost
    grows with the width of a row: the `coded` columns (few distinct strings,
    such as zone and indicator) go through it as ENUM codes of a type made from
    their distinct values in string order, so they sort and travel as small
    integers and are strings again when written. `numbered` {coded column:
    column} also writes a column's code (its rank among the distinct values);
    the types stay, named by `_code_type`, until `_drop_codes`. Columns the
    source lacks (review and orig_*, empty at load) are NULL or false in the
    same statement; then seq = stored position, for paging.
    """
    decl = con.execute("SELECT column_name, data_type FROM duckdb_columns() "
                       "WHERE database_name = current_database() AND table_name = $t "
                       "ORDER BY column_index", {"t": table}).fetchall()
    have = {r[0]: r[1] for r in con.execute(f"DESCRIBE SELECT * FROM ({src})").fetchall()}
    coded = [n for n in coded if have.get(n) == "VARCHAR"]
    types = {n: _code_type(table, n) for n in coded}
    codes = {out: f"enum_code({_q(n)})" for n, out in (numbered or {}).items() if n in types}
    for n, typ in types.items():
        con.execute(f"CREATE TYPE {typ} AS ENUM (SELECT DISTINCT {_q(n)} FROM ({src}) "
                    f"WHERE {_q(n)} IS NOT NULL ORDER BY 1)")
    inner = ", ".join(f"{_q(n)}::{types[n]} AS {_q(n)}" if n in types else _q(n) for n in have)
    cols = []
    for n, t in decl:
        if n in have and n != "seq":
            cols.append(f"CAST({_q(n)} AS {t}) AS {_q(n)}" if have[n] != t or n in types else _q(n))
        elif n in codes:
            cols.append(f"CAST({codes[n]} AS {t}) AS {_q(n)}")
        else:
            cols.append(f"{'false' if n == 'rejected' else 'NULL'}::{t} AS {_q(n)}")
    con.execute(f"DROP TABLE {table}")
    con.execute(f"CREATE TABLE {table} AS SELECT {', '.join(cols)} "
                f"FROM (SELECT {inner} FROM ({src}) ORDER BY {order})")
    if any(n == "rejected" for n, _ in decl):
        con.execute(f"ALTER TABLE {table} ALTER COLUMN rejected SET DEFAULT false")
    if any(n == "seq" for n, _ in decl):
        con.execute(f"UPDATE {table} SET seq = rowid + 1")


def _code_type(table: str, column: str) -> str:
    return f"_code_{table}_{column}"


def _drop_codes(con):
    """Drop the ENUM types `_load_sorted` made."""
    for (name,) in con.execute("SELECT type_name FROM duckdb_types() WHERE database_name = "
                               "current_database() AND type_name LIKE '\\_code\\_%' ESCAPE '\\'").fetchall():
        con.execute(f"DROP TYPE {name}")


class _Steps:
    """Step timings (wall and CPU) of a build, printed to stderr when $BIZENV_TRACE is set."""

    def __init__(self):
        self.on = bool(os.environ.get("BIZENV_TRACE"))
        self.t, self.cpu = time.perf_counter(), time.process_time()

    def __call__(self, what: str):
        if self.on:
            now, cpu = time.perf_counter(), time.process_time()
            print(f"  build: {what:<28} {now - self.t:6.2f} s  cpu {cpu - self.cpu:6.2f} s",
                  file=sys.stderr, flush=True)
            self.t, self.cpu = now, cpu


def _sql_str(p) -> str:
    return str(p).replace("'", "''")


def _insert_rows(con, table: str, rows: list[dict]):
    import pyarrow as pa
    tbl = pa.Table.from_pylist(rows)
    con.register("_rows", tbl)
    con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _rows")
    con.unregister("_rows")


# ----------------------------------------------------------------- zones and indicators

def _registry_rows() -> tuple[list[dict], list[dict]]:
    """Zone and indicator tables from the pipeline's data files."""
    from .indicators import load_indicators
    from .zones import load_registry
    zones = [{"zone_id": z.id, "name": z.name, "place": z.place, "type": z.type, "city": z.city,
              "province": z.province, "en": z.en, "aliases": "|".join(z.aliases),
              "provisional": z.provisional, "source": "registry"} for z in load_registry()]
    inds = [{"indicator": i.id, "family": i.family, "zh": i.zh, "en": i.en, "unit": i.unit,
             "direction": i.direction, "framework": i.framework, "cues": "|".join(i.cues),
             "source": "registry"} for i in load_indicators()]
    return zones, inds


def _load_reference(con):
    """(Re)load zones and indicators: registry data, then anything claims name beyond it."""
    zones, inds = _registry_rows()
    con.execute("DELETE FROM zones")
    con.execute("DELETE FROM indicators")
    for table, rows in (("zones", zones), ("indicators", inds)):
        if rows:
            # dedupe on id: the first definition wins
            key = "zone_id" if table == "zones" else "indicator"
            seen, uniq = set(), []
            for r in rows:
                if r[key] not in seen:
                    seen.add(r[key])
                    uniq.append(r)
            _insert_rows(con, table, uniq)
    con.execute("""
        INSERT INTO zones (zone_id, name, place, provisional, source)
        SELECT zone_id, any_value(zone), any_value(zone),
               bool_or(zone_status = 'provisional' OR zone_id LIKE 'prov:%'), 'claims'
        FROM claims WHERE zone_id IS NOT NULL AND zone_id NOT IN (SELECT zone_id FROM zones)
        GROUP BY zone_id""")
    con.execute("""
        INSERT INTO zones (zone_id, name, place, provisional, source)
        SELECT zone_id, any_value(name), any_value(name), true, 'mentions'
        FROM zone_mentions WHERE provisional AND zone_id IS NOT NULL
          AND zone_id NOT IN (SELECT zone_id FROM zones)
        GROUP BY zone_id""")
    con.execute("""
        INSERT INTO indicators (indicator, family, zh, en, unit, direction, source)
        SELECT indicator, mode(family), indicator, indicator, mode(unit),
               CASE WHEN mode(family) IN ('duration', 'money_cost') THEN 'lower' ELSE 'higher' END,
               'claims'
        FROM claims WHERE indicator IS NOT NULL
          AND indicator NOT IN (SELECT indicator FROM indicators)
        GROUP BY indicator""")


# ------------------------------------------------------------------------ reviews

REVIEW_ACTIONS = ("confirm", "reject", "correct")


def add_review(claim_id: str, action: str, *, value=None, unit=None, zone_id=None, zone=None,
               indicator=None, note=None, reviewer=None, db=None) -> dict:
    """Record a review of one claim (atomically, like an ingest). Returns the review row."""
    if action not in REVIEW_ACTIONS:
        raise ValueError(f"action must be one of {REVIEW_ACTIONS}, not {action!r}")
    if action == "correct" and all(v is None for v in (value, unit, zone_id, indicator)):
        raise ValueError("a correction needs a value, unit, zone or indicator")
    path = init_db(db)
    with writer_lock(path):
        ro = duckdb.connect(":memory:")
        ro.execute(f"ATTACH '{_sql_str(path)}' AS db (READ_ONLY)")
        hit = ro.execute('SELECT doc_id, start, "end", indicator, evidence FROM db.claims '
                         'WHERE claim_id = $id', {"id": claim_id}).fetchone()
        if hit is None:
            ro.close()
            raise KeyError(f"no claim {claim_id!r}")
        if zone_id is not None and zone is None:
            z = ro.execute("SELECT name FROM db.zones WHERE zone_id = $z", {"z": zone_id}).fetchone()
            zone = z[0] if z else zone_id
        ro.close()
        row = {"review_id": uuid.uuid4().hex, "claim_id": claim_id, "doc_id": hit[0],
               "start": hit[1], "end": hit[2], "indicator": hit[3], "evidence": hit[4],
               "action": action, "value": None if value is None else float(value), "unit": unit,
               "zone_id": zone_id, "zone": zone, "new_indicator": indicator, "note": note,
               "reviewer": reviewer or os.environ.get("USER"), "reviewed_at": _now()}
        append_rows(path, "reviews", [row], reapply=claim_id)
    return row


def append_rows(path: Path, table: str, rows: list[dict], reapply: str | None = None):
    """Small appends (a review, a run that changed nothing): copy the file, append, swap.

    No re-sort of the claims, so this costs one file copy. `reapply`: a claim
    whose review changed. Caller holds the writer lock.
    """
    tmp = _temp_name(path, "append")
    shutil.copyfile(path, tmp)
    con = _open_writer(tmp)
    try:
        _insert_rows(con, table, rows)
        if reapply is not None:
            where_zone = "SELECT zone_id FROM claims WHERE claim_id = $id"
            before = [r[0] for r in con.execute(where_zone, {"id": reapply}).fetchall()]
            _restore_review(con, "claim_id = $id AND review IS NOT NULL", {"id": reapply})
            _apply_reviews(con, reapply)
            after = [r[0] for r in con.execute(where_zone, {"id": reapply}).fetchall()]
            if before or after:  # the zones the claim left and joined
                _summarize(con, before + after)
            doc = con.execute("SELECT doc_id FROM claims WHERE claim_id = $id", {"id": reapply}).fetchone()
            if doc:
                _count_doc_claims(con, doc[0])
        _commit_file(con, tmp, path)
    except BaseException:
        _discard(con, tmp)
        raise


# ------------------------------------------------------------------------ reading

_PARAM = re.compile(r"(?<![:$\w])\$([A-Za-z_]\w*)")
_PARAMS_LINE = re.compile(r"^--\s*params:\s*(.*)$", re.M)


@dataclass(frozen=True)
class QueryFile:
    name: str
    title: str              # the first comment line: what the query answers
    sql: str
    params: tuple           # names in order of first use
    defaults: dict          # from a `-- params: a=1 b=NULL` line


def _literal(text: str):
    t = text.strip()
    if t.upper() in ("NULL", "NONE", ""):
        return None
    if t.lower() in ("true", "false"):
        return t.lower() == "true"
    if len(t) >= 2 and t[0] == t[-1] and t[0] in "'\"":
        return t[1:-1]
    try:
        return int(t)
    except ValueError:
        try:
            return float(t)
        except ValueError:
            return t


_query_cache: dict[Path, tuple[int, QueryFile]] = {}


def load_query(name: str, folder: Path | None = None) -> QueryFile:
    """Read queries/<name>.sql: its title, named parameters and their defaults."""
    folder = Path(folder or os.environ.get("BIZENV_QUERIES") or QUERIES_DIR)
    if not re.fullmatch(r"[A-Za-z0-9_]+", name):
        raise ValueError(f"bad query name {name!r}")
    p = folder / f"{name}.sql"
    try:
        mtime = p.stat().st_mtime_ns
    except FileNotFoundError:
        raise KeyError(f"no query {name!r} in {folder}") from None
    cached = _query_cache.get(p)
    if cached and cached[0] == mtime:
        return cached[1]
    sql = p.read_text(encoding="utf-8")
    first = sql.lstrip().splitlines()[0] if sql.strip() else ""
    title = first[2:].strip() if first.startswith("--") else ""
    defaults = {}
    m = _PARAMS_LINE.search(sql)
    if m:
        for item in m.group(1).split():
            k, _, v = item.partition("=")
            defaults[k] = _literal(v)
    body = "\n".join(l for l in sql.splitlines() if not l.lstrip().startswith("--"))
    params = tuple(dict.fromkeys(_PARAM.findall(body)))
    q = QueryFile(name, title, sql, params, defaults)
    _query_cache[p] = (mtime, q)
    return q


def list_queries(folder: Path | None = None) -> list[QueryFile]:
    folder = Path(folder or os.environ.get("BIZENV_QUERIES") or QUERIES_DIR)
    return [load_query(p.stem, folder) for p in sorted(folder.glob("*.sql"))]


def bind(q: QueryFile, params: dict, strict: bool = True) -> dict:
    """Named parameters for DuckDB: defaults filled, unknown names refused.

    strict=False drops names the query does not take (shared sidebar filters
    passed to every query).
    """
    unknown = set(params) - set(q.params)
    if unknown and strict:
        raise TypeError(f"query {q.name!r} takes no parameter(s) {sorted(unknown)}; "
                        f"it takes {list(q.params)}")
    return {k: params.get(k, q.defaults.get(k)) for k in q.params}


class Store:
    """Read-only access to one database file, reopened when an ingest swaps it.

    Thread-safe: each thread gets its own cursor on the current snapshot. A
    query runs on one file from start to end, so it sees the old state or the
    new one, never a mix.
    """

    def __init__(self, db=None, create: bool = True):
        self.path = db_path(db)
        if create:
            init_db(self.path)
        self._lock = threading.Lock()
        self._key = None
        self._con = None
        self._local = threading.local()

    def _identity(self):
        st = os.stat(self.path)
        return (st.st_dev, st.st_ino, st.st_mtime_ns, st.st_size)

    def cursor(self) -> duckdb.DuckDBPyConnection:
        key = self._identity()
        loc = self._local
        if getattr(loc, "key", None) == key:
            return loc.cur
        with self._lock:
            if self._key != key:
                # A fresh in-memory instance that ATTACHes the file: duckdb.connect(path)
                # would hand back a cached instance of the *old* file.
                con = duckdb.connect(":memory:")
                # Readers live in long-running processes (the dashboard): bound the
                # buffer cache, which would otherwise grow towards the machine's memory.
                # Past the bound, operators spill to a temporary folder instead of failing.
                con.execute(f"SET memory_limit = '{os.environ.get('BIZENV_READER_MEMORY', '1GB')}'")
                con.execute(f"SET temp_directory = '{_sql_str(_spill_dir())}'")
                if os.environ.get("BIZENV_READER_THREADS"):    # default: one per core
                    con.execute(f"SET threads = {int(os.environ['BIZENV_READER_THREADS'])}")
                con.execute(f"ATTACH '{_sql_str(self.path)}' AS db (READ_ONLY)")
                self._con, self._key = con, key
            cur = self._con.cursor()
            key = self._key
        cur.execute("USE db")
        loc.key, loc.cur = key, cur
        return cur

    def sql(self, sql: str, params: dict | None = None):
        """Run SQL on the current snapshot -> pandas DataFrame."""
        return self.cursor().execute(sql, params or {}).df()

    def query(self, name: str, strict: bool = True, **params):
        """Run queries/<name>.sql with named parameters -> pandas DataFrame."""
        q = load_query(name)
        return self.cursor().execute(q.sql, bind(q, params, strict)).df()

    def arrow_reader(self, name: str, batch_rows: int = 100_000, **params):
        """Run a query -> pyarrow RecordBatchReader (exports of any size, bounded memory)."""
        q = load_query(name)
        return self.cursor().sql(q.sql, params=bind(q, params)).to_arrow_reader(batch_rows)


def _spill_dir() -> Path:
    import tempfile
    return Path(tempfile.gettempdir()) / f"bizenv-spill-{os.getuid()}"


_stores: dict[str, Store] = {}
_stores_lock = threading.Lock()


def get_store(db=None) -> Store:
    key = str(db_path(db).resolve())
    with _stores_lock:
        s = _stores.get(key)
        if s is None:
            s = _stores[key] = Store(key)
        return s


def run_query(name: str, db=None, strict: bool = True, **params):
    """queries/<name>.sql on the database -> pandas DataFrame.

    Parameters are bound by DuckDB ($name), never formatted into the SQL; a
    parameter left out takes the default of the file's `-- params:` line, else
    NULL (no filter). strict=False ignores parameters the query does not take.

    >>> import tempfile, os
    >>> d = os.path.join(tempfile.mkdtemp(), "x.duckdb")
    >>> list(run_query("zones", db=d).columns)[:3]
    ['zone_id', 'zone', 'place']
    """
    return get_store(db).query(name, strict=strict, **params)
