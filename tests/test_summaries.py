"""The summary tables written with the file agree with the claims they summarize,
also after reviews reject, correct and move claims (they are rewritten per review)."""
from __future__ import annotations

import shutil

import duckdb
import pandas as pd
import pytest
from store_fixtures import FANSHI, PROV, SHUOZHOU, ingest_fixture

from pipeline import store

SUMMARIES = ("claim_cells", "claim_medians", "claim_pairs", "pair_picks", "zone_docs", "rule_cells")

#: Questions answered from the summaries, asked straight of the claims.
REFERENCE = {
    "ranking": ("""
        SELECT zone_id, unit, median(value) AS value, min(value) AS min_value, max(value) AS max_value,
               count(*) AS claims, count(DISTINCT doc_id) AS documents,
               string_agg(DISTINCT period, ',' ORDER BY period) AS periods
        FROM claims_v WHERE indicator = $indicator AND zone_id IS NOT NULL
          AND ($period IS NULL OR period = $period) AND ($unit IS NULL OR unit = $unit)
        GROUP BY zone_id, unit""",
        ["zone_id", "unit", "value", "min_value", "max_value", "claims", "documents", "periods"]),
    "zone_medians": ("""
        SELECT zone_id, indicator, unit, median(value) AS value, count(*) AS claims
        FROM claims_v WHERE zone_id IS NOT NULL AND value IS NOT NULL
          AND ($period IS NULL OR period = $period)
        GROUP BY zone_id, indicator, unit""",
        ["zone_id", "indicator", "unit", "value", "claims"]),
    "zones": ("""
        SELECT zone_id, count(*) AS claims, count(DISTINCT doc_id) AS documents,
               count(DISTINCT indicator) AS indicators
        FROM claims_v WHERE zone_id IS NOT NULL
          AND ($family IS NULL OR family = $family) AND ($period IS NULL OR period = $period)
        GROUP BY zone_id""",
        ["zone_id", "claims", "documents", "indicators"]),
    "coverage_indicator": ("""
        SELECT zone_id, indicator, count(*) AS claims FROM claims_v
        WHERE zone_id IS NOT NULL AND ($family IS NULL OR family = $family)
          AND ($period IS NULL OR period = $period)
        GROUP BY zone_id, indicator""",
        ["zone_id", "indicator", "claims"]),
    "coverage_families": ("""
        SELECT zone_id, family, count(*) AS claims FROM claims_v
        WHERE zone_id IS NOT NULL AND ($zone IS NULL OR zone_id = $zone)
          AND ($family IS NULL OR family = $family) AND ($indicator IS NULL OR indicator = $indicator)
          AND ($period IS NULL OR period = $period) AND ($doc IS NULL OR doc_id = $doc OR doc = $doc)
        GROUP BY zone_id, family""",
        ["zone_id", "family", "claims"]),
    "before_after": ("""
        SELECT claim_id, value, CASE WHEN unit_before = unit AND value_before > 0
               THEN round(100.0 * (value_before - value) / value_before, 2) END AS cut_pct
        FROM claims_v WHERE value_before IS NOT NULL
          AND ($zone IS NULL OR zone_id = $zone) AND ($indicator IS NULL OR indicator = $indicator)""",
        ["claim_id", "value", "cut_pct"]),
    "rule_counts": ("""
        SELECT coalesce(rule, '') AS rule, count(*) AS claims,
               count(*) FILTER (WHERE review = 'confirm') AS confirmed,
               count(*) FILTER (WHERE review = 'reject') AS rejected,
               count(*) FILTER (WHERE review = 'correct') AS corrected
        FROM claims_all GROUP BY coalesce(rule, '')""",
        ["rule", "claims", "confirmed", "rejected", "corrected"]),
}

PARAMS = [
    ("ranking", {"indicator": "approval_time"}),
    ("ranking", {"indicator": "approval_time", "period": "2024"}),
    ("ranking", {"indicator": "high_tech_firms", "unit": "firm"}),
    ("ranking", {"indicator": "growth_other"}),
    ("ranking", {"indicator": "industrial_value_added_growth", "period": "2024"}),
    ("zone_medians", {}),
    ("zone_medians", {"period": "2024"}),
    ("zones", {}),
    ("zones", {"family": "duration"}),
    ("zones", {"period": "2024"}),
    ("coverage_indicator", {}),
    ("coverage_indicator", {"family": "duration", "period": "2024"}),
    ("coverage_families", {}),
    ("coverage_families", {"doc": "a.txt"}),
    ("coverage_families", {"zone": SHUOZHOU, "period": "2024"}),
    ("rule_counts", {}),
    ("before_after", {}),
    ("before_after", {"zone": FANSHI}),
    ("before_after", {"indicator": "approval_time"}),
]


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    """The fixture database after a reject, a value correction and a zone + indicator move."""
    db = ingest_fixture(tmp_path_factory.mktemp("s"))
    c = store.run_query("claims", db=db, zone=FANSHI).set_index("indicator")
    store.add_review(c.loc["high_tech_firms", "claim_id"], "reject", db=db)
    store.add_review(c.loc["approval_time", "claim_id"], "correct", value=15, db=db)
    store.add_review(c.loc["industrial_value_added_growth", "claim_id"], "correct",
                     indicator="growth_other", zone_id=SHUOZHOU, db=db)
    prov = store.run_query("claims", db=db, zone=PROV)
    store.add_review(prov["claim_id"].iloc[0], "correct", zone_id=FANSHI, db=db)
    return db


def _norm(df, cols):
    """Rows as sorted tuples, NaN as None."""
    return sorted((tuple(None if pd.isna(v) else v for v in r)
                   for r in df[cols].itertuples(index=False)), key=repr)


def _rows(con, sql, params=None):
    return sorted(con.execute(sql, params or {}).fetchall(), key=repr)


def test_summaries_after_reviews_equal_a_fresh_summary(reviewed, tmp_path):
    """Rewritten per review, each summary holds what one written from scratch would."""
    fresh = tmp_path / "fresh.duckdb"
    shutil.copyfile(reviewed, fresh)
    con = duckdb.connect(str(fresh))
    before = {t: _rows(con, f"SELECT * FROM {t}") for t in SUMMARIES}
    store._summarize(con)
    for t in SUMMARIES:
        assert before[t] == _rows(con, f"SELECT * FROM {t}"), t
    # the reviews are in there: the rejected claim is not counted, the moved one counts in its new zone
    assert con.execute("SELECT sum(claims) FROM claim_cells").fetchone()[0] == \
        con.execute("SELECT count(*) FROM claims_v").fetchone()[0]
    assert con.execute("SELECT count(*) FROM claim_cells WHERE zone_id = $z AND indicator = 'growth_other'",
                       {"z": SHUOZHOU}).fetchone()[0] == 1
    con.close()


def test_document_counts_after_reviews_equal_the_claims(reviewed):
    """documents.claims and .zones (read from zone_docs) count non-rejected claims, of no zone too."""
    s = store.get_store(reviewed)
    got = s.sql("SELECT doc_id, claims, zones FROM documents")
    want = s.sql("SELECT d.doc_id, count(c.doc_id) AS claims, count(DISTINCT c.zone_id) AS zones "
                 "FROM documents d LEFT JOIN claims_v c USING (doc_id) GROUP BY d.doc_id")
    assert _norm(got, ["doc_id", "claims", "zones"]) == _norm(want, ["doc_id", "claims", "zones"])
    assert s.sql("SELECT count(*) n FROM claims_v WHERE zone_id IS NULL")["n"][0] > 0


@pytest.mark.parametrize("name,params", PARAMS)
def test_summary_answers_equal_the_claims(reviewed, name, params):
    sql, cols = REFERENCE[name]
    q = store.load_query(name)
    got = store.run_query(name, db=reviewed, **params)
    if "claims" in got:
        got = got[got["claims"] > 0]  # zones lists registry zones without claims too
    s = store.get_store(reviewed)
    want = s.cursor().execute(sql, {k: params.get(k) for k in store.load_query(name).params
                                    if f"${k}" in sql}).df()
    assert set(cols) <= set(got.columns), q.name
    assert _norm(got, cols) == _norm(want, cols)


def test_overview_and_facets_count_reviewed_claims(reviewed):
    s = store.get_store(reviewed)
    o = store.run_query("overview", db=reviewed).iloc[0]
    assert o["claims"] == s.sql("SELECT count(*) n FROM claims_v")["n"][0]
    assert o["zones"] == s.sql("SELECT count(DISTINCT zone_id) n FROM claims_v")["n"][0]
    assert o["reviewed"] == 4 and o["rejected"] == 1
    assert o["reviewed_share"] == pytest.approx(4 / s.sql("SELECT count(*) n FROM claims")["n"][0])
    f = store.run_query("facets", db=reviewed)
    zones = f[f["facet"] == "zone"].set_index("key")["claims"].to_dict()
    want = s.sql("SELECT zone_id, count(*) n FROM claims_v WHERE zone_id IS NOT NULL GROUP BY 1")
    assert zones == dict(zip(want["zone_id"], want["n"]))
    docs = f[f["facet"] == "doc"].set_index("key")["claims"].to_dict()
    want = s.sql("SELECT doc_id, count(*) n FROM claims_v GROUP BY 1")
    assert docs == dict(zip(want["doc_id"], want["n"]))


@pytest.mark.parametrize("include_rejected", [False, True])
def test_document_lists_its_claims_reviews_applied(reviewed, include_rejected):
    """Every claim of the document, in every zone and in none, rejected ones when asked."""
    s = store.get_store(reviewed)
    for doc in s.sql("SELECT doc_id FROM documents")["doc_id"]:
        got = store.run_query("document", db=reviewed, doc=doc, include_rejected=include_rejected)
        want = s.sql("SELECT claim_id FROM claims_all WHERE doc_id = $d AND (NOT rejected OR $r) "
                     "ORDER BY start, \"end\"", {"d": doc, "r": include_rejected})
        assert [c["claim_id"] for c in got["claims"][0]] == list(want["claim_id"])
    rejected = s.sql("SELECT doc_id FROM claims WHERE rejected")["doc_id"][0]
    claims = store.run_query("document", db=reviewed, doc=rejected, include_rejected=include_rejected)
    assert any(c["rejected"] for c in claims["claims"][0]) == include_rejected


def test_ranking_counts_the_documents_a_review_moves_in(reviewed):
    """A claim moved into a zone brings its document into the zone's ranking row (from the summary)."""
    r = store.run_query("ranking", db=reviewed, indicator="approval_time", unit="working_day")
    fanshi = r.set_index("zone_id").loc[FANSHI]
    live = store.get_store(reviewed).sql(
        "SELECT count(DISTINCT doc_id) n FROM claims_v WHERE zone_id = $z AND indicator = 'approval_time' "
        "AND unit = 'working_day'", {"z": FANSHI})["n"][0]
    assert fanshi["documents"] == live == 2   # a.txt, and c.txt's claim moved from the provisional zone


# ------------------------------------------------------------------ the Compare page's queries

@pytest.fixture(scope="module")
def compared(reviewed, tmp_path_factory):
    """The reviewed database, and more: equal values in one group, of claims and of pairs, and a group
    of two families (two claims of one zone corrected to an indicator of no known family keep theirs)."""
    db = tmp_path_factory.mktemp("c") / "c.duckdb"
    shutil.copyfile(reviewed, db)
    c = store.run_query("claims", db=db, zone=SHUOZHOU).set_index("indicator")
    store.add_review(c.loc["high_tech_firms", "claim_id"], "correct", indicator="made_up", unit="item", db=db)
    store.add_review(c.loc["items", "claim_id"], "correct", indicator="made_up", db=db)
    moved = store.run_query("claims", db=db, zone=FANSHI, indicator="approval_time")
    # a claim's latest review is the one applied: the move is said again
    store.add_review(moved[moved["doc"] == "c.txt"]["claim_id"].iloc[0], "correct", value=15,
                     zone_id=FANSHI, db=db)
    # Shuozhou's pair (30 -> 15 working days) moved too: two pairs of equal after-values
    pair = c[(c["unit"] == "working_day")].loc["approval_time", "claim_id"]
    store.add_review(pair, "correct", zone_id=FANSHI, db=db)
    return db


def _live(s, query: str, indicator=None, family=None, zone=None, period=None, doc=None):
    """compare_ranking's or compare_pairs' rows worked out in Python from every claim: per zone,
    indicator and unit the claim of the best value (ties: the first stored), the median and count."""
    claims = s.sql("SELECT c.*, coalesce(i.direction, 'higher') = 'lower' AS lower "
                   "FROM claims_v c LEFT JOIN indicators i USING (indicator) "
                   "WHERE c.zone_id IS NOT NULL ORDER BY seq").to_dict("records")
    groups = {}
    for r in claims:
        r = {k: None if not isinstance(v, str) and pd.isna(v) else v for k, v in r.items()}
        if query == "compare_pairs":
            family = "duration"
            if not (r["value_before"] is not None and r["value_before"] > 0
                    and (r["unit_before"] or r["unit"]) == r["unit"]):
                continue
        if all(want is None or r[k] == want for k, want in (
                ("indicator", indicator), ("family", family), ("zone_id", zone), ("period", period))) \
                and doc in (None, r["doc_id"], r["doc"]):
            groups.setdefault((r["zone_id"], r["indicator"], r["unit"]), []).append(r)
    out = set()
    for key, rs in groups.items():
        valued = [r for r in rs if r["value"] is not None]
        sign = 1 if query == "compare_pairs" or rs[0]["lower"] else -1
        best = min(valued, key=lambda r: (sign * r["value"], r["seq"]), default=None)
        median = float(pd.Series([r["value"] for r in valued]).median()) if valued else None
        out.add(key + (best and best["claim_id"], best and best["value"], best and best["value_before"],
                       median if query == "compare_ranking" else None, len(rs)))
    return out


def _answer(s, query: str, **params):
    got = s.query(query, **params)
    if query == "compare_pairs":
        got = got.assign(median=None)
    return set(_norm(got, ["zone_id", "indicator", "unit", "claim_id", "value", "value_before",
                           "median", "claims"]))


def test_compare_queries_equal_the_claims_for_every_filter(compared):
    """From the summaries (or, for a document or a family a row's claims do not share, from the
    claims), the Compare page's answers are those worked out claim by claim, reviews applied."""
    s = store.get_store(compared)
    docs = [None, "a.txt", s.sql("SELECT doc_id FROM documents WHERE name = 'b.txt'")["doc_id"][0]]
    asked = 0
    for zone in (None, FANSHI, SHUOZHOU):
        for period in (None, "2024", "2025H1"):
            for doc in docs:
                for indicator in (None, "approval_time", "made_up", "growth_other", "high_tech_firms"):
                    p = dict(zone=zone, period=period, doc=doc, indicator=indicator)
                    assert _answer(s, "compare_pairs", **p) == _live(s, "compare_pairs", **p), p
                    for family in (None, "duration", "growth_rate", "firm_count", "other"):
                        assert _answer(s, "compare_ranking", family=family, **p) == \
                            _live(s, "compare_ranking", family=family, **p), (family, p)
                        asked += 1
    assert asked == 3 * 3 * 3 * 5 * 5


def test_compare_summaries_hold_reviews_ties_and_mixed_families(compared):
    s = store.get_store(compared)
    rank = s.query("compare_ranking", indicator="approval_time").set_index(["zone_id", "unit"])
    fanshi = rank.loc[(FANSHI, "working_day")]
    # a.txt's claim corrected to 15, b.txt's and c.txt's of 15 moved in: the first stored wins
    assert (fanshi["value"], fanshi["doc"], fanshi["claims"]) == (15, "a.txt", 3)
    pairs = s.query("compare_pairs", indicator="approval_time").set_index("zone_id")
    assert (pairs.loc[FANSHI, "value"], pairs.loc[FANSHI, "doc"], pairs.loc[FANSHI, "claims"]) == (15, "a.txt", 2)
    # rejected: gone from the ranking
    assert rank.index.get_level_values(0).tolist().count(FANSHI) == 1
    assert FANSHI not in set(s.query("compare_ranking", indicator="high_tech_firms")["zone_id"])
    # two families under one indicator: each family filter keeps its own claim of the row
    mixed = s.sql("SELECT count(*) n FROM claim_medians WHERE NOT one_family")["n"][0]
    assert mixed == 1  # all periods; each period's row holds one family
    for family, value in (("firm_count", 25), ("other", 2)):
        r = s.query("compare_ranking", family=family, zone=SHUOZHOU).set_index("indicator")
        assert (r.loc["made_up", "value"], r.loc["made_up", "claims"]) == (value, 1)
    assert s.query("compare_ranking", indicator="made_up")["claims"].tolist() == [2]
