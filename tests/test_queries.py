"""Every file in queries/ runs against a fixture database; the store's own files
return their expected columns and answer their question correctly."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from pipeline import store
from pipeline.ingest import ingest
from store_fixtures import EXPECTED_COLUMNS, FANSHI, PROV, SHUOZHOU, TEXTS, use_fake_extraction, write_texts

QUERY_FILES = sorted(p.stem for p in store.QUERIES_DIR.glob("*.sql"))


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    root = tmp_path_factory.mktemp("q")
    texts = write_texts(root / "texts")
    path = root / "fixture.duckdb"
    with pytest.MonkeyPatch.context() as mp:
        use_fake_extraction(mp)
        res = ingest([texts], db=path, progress=False)
    assert not res.errors and res.new_docs == len(TEXTS)
    return path


@pytest.fixture(scope="module")
def some(db):
    """Real values from the fixture to feed parameters."""
    c = store.run_query("claims", db=db)
    return {"zone": FANSHI, "indicator": "approval_time", "doc": "a.txt",
            "claim": c["claim_id"].iloc[0]}


def _params_for(q: store.QueryFile, some: dict) -> dict:
    return {p: some[p] for p in q.params if p in some and q.defaults.get(p) is None
            and p in ("zone", "indicator", "doc")}


def test_every_query_has_a_title_and_known_columns():
    assert len(QUERY_FILES) >= 15
    for name in QUERY_FILES:
        q = store.load_query(name)
        assert q.title, f"{name}.sql: first line must be a -- comment saying what it answers"
        # parameters are bound by DuckDB, never formatted: no {…} or %s placeholders
        assert "{" not in q.sql.replace("{'", "").replace("{\"", "") or "list(" in q.sql, name
        assert "%s" not in q.sql and "%(" not in q.sql, name


@pytest.mark.parametrize("name", QUERY_FILES)
def test_query_runs_unfiltered_and_filtered(db, some, name):
    q = store.load_query(name)
    df = store.run_query(name, db=db)
    assert isinstance(df, pd.DataFrame)
    df2 = store.run_query(name, db=db, **_params_for(q, some))
    if name in EXPECTED_COLUMNS:
        assert list(df.columns) == EXPECTED_COLUMNS[name]
        assert list(df2.columns) == EXPECTED_COLUMNS[name]
    for p in ("zone", "indicator", "doc"):
        if p in q.params and name not in ("document", "ranking", "zone_profile"):
            # a filter that matches nothing narrows to nothing or to zero counts
            none = store.run_query(name, db=db, **{p: "no-such-" + p})
            assert len(none) <= len(df)


@pytest.mark.parametrize("name", sorted(EXPECTED_COLUMNS))
def test_store_query_files_exist(name):
    assert name in QUERY_FILES


def test_unknown_parameter_is_refused(db):
    with pytest.raises(TypeError, match="zoen"):
        store.run_query("claims", db=db, zoen=FANSHI)
    # shared sidebar filters may be passed to every query with strict=False
    assert len(store.run_query("overview", db=db, strict=False, zone=FANSHI)) == 1


def test_parameters_are_bound_not_formatted(db):
    evil = "x' OR '1'='1"
    assert store.run_query("claims", db=db, zone=evil).empty
    assert store.run_query("claims_count", db=db, zone=evil)["claims"][0] == 0


def test_claims_filters_and_paging(db):
    allc = store.run_query("claims", db=db)
    n_expected = sum(t.count("\n") for t in TEXTS.values())  # upper bound only
    assert 0 < len(allc) <= n_expected
    assert len(allc) == store.run_query("claims_count", db=db)["claims"][0]
    fan = store.run_query("claims", db=db, zone=FANSHI)
    assert set(fan["zone_id"]) == {FANSHI} and len(fan) == 3
    assert set(store.run_query("claims", db=db, family="duration")["family"]) == {"duration"}
    assert set(store.run_query("claims", db=db, period="2025H1")["period"]) == {"2025H1"}
    assert set(store.run_query("claims", db=db, doc="b.txt")["doc"]) == {"b.txt"}
    pages = [store.run_query("claims", db=db, limit=3, offset=o) for o in range(0, len(allc), 3)]
    ids = [i for p in pages for i in p["claim_id"]]
    assert ids == list(allc["claim_id"]) and len(set(ids)) == len(ids)
    # evidence sits at its offsets in the stored text
    for _, d in store.run_query("documents", db=db).iterrows():
        text = store.run_query("document", db=db, doc=d["doc_id"])["text"][0]
        for _, c in allc[allc["doc_id"] == d["doc_id"]].iterrows():
            assert text[c["start"]:c["end"]] == c["evidence"]
    assert len(store.run_query("claims", db=db, q="承诺制")) == 1


def test_ranking_follows_direction_and_never_mixes_units(db):
    r = store.run_query("ranking", db=db, indicator="approval_time")
    assert set(r["unit"]) == {"working_day", "day"}
    wd = r[r["unit"] == "working_day"].sort_values("rank")
    # lower is better for a duration: 10 (provisional zone) < 15 (shuozhou) < 20 (fanshi)
    assert list(wd["zone_id"]) == [PROV, SHUOZHOU, FANSHI]
    assert list(wd["rank"]) == [1, 2, 3]
    assert list(wd["value"]) == [10, 15, 20]
    day = r[r["unit"] == "day"]
    assert list(day["zone_id"]) == [SHUOZHOU] and day["rank"].iloc[0] == 1
    assert store.run_query("ranking", db=db, indicator="approval_time", unit="day")["unit"].tolist() == ["day"]
    # higher is better for counts
    h = store.run_query("ranking", db=db, indicator="high_tech_firms").sort_values("rank")
    assert list(h["value"]) == [25, 11]


def test_before_after_cut(db):
    ba = store.run_query("before_after", db=db)
    assert len(ba) == 2
    cut = dict(zip(ba["zone_id"], ba["cut_pct"]))
    assert math.isclose(cut[FANSHI], 100 * (60 - 20) / 60, abs_tol=0.01)
    assert math.isclose(cut[SHUOZHOU], 50.0)
    assert ba["cut_pct"].is_monotonic_decreasing


def test_zone_profile_against_median(db):
    p = store.run_query("zone_profile", db=db, zone=FANSHI)
    assert set(p["zone_id"]) == {FANSHI} and len(p) == 3
    row = p[p["indicator"] == "approval_time"].iloc[0]
    assert row["all_median"] == 15 and row["zones"] == 3
    assert row["better_than_median"] == False  # noqa: E712  20 working days is worse than 15
    firms = p[p["indicator"] == "high_tech_firms"].iloc[0]
    assert firms["all_median"] == 18 and firms["better_than_median"] == False  # noqa: E712


def test_coverage_and_counts(db):
    cov = store.run_query("coverage_indicator", db=db)
    got = {(r.zone_id, r.indicator): r.claims for r in cov.itertuples()}
    assert got[(SHUOZHOU, "approval_time")] == 2
    assert got[(FANSHI, "approval_time")] == 1
    assert all(z is not None for z in cov["zone_id"])  # the national claim is no zone's
    z = store.run_query("zones", db=db).set_index("zone_id")
    assert z.loc[SHUOZHOU, "claims"] == 4 and z.loc[FANSHI, "claims"] == 3
    ov = store.run_query("overview", db=db).iloc[0]
    assert ov["documents"] == 3 and ov["zones"] == 3
    assert ov["claims"] == len(store.run_query("claims", db=db))
    fam = store.run_query("families", db=db).set_index("family")
    assert fam.loc["duration", "claims"] == 4
    per = store.run_query("periods", db=db).set_index("period")
    assert per.loc["2025H1", "claims"] == 2
    rules = store.run_query("claims_per_rule", db=db).set_index("rule")
    assert rules.loc["before_after", "claims"] == 2
    ind = store.run_query("indicators", db=db).set_index("indicator")
    assert ind.loc["approval_time", "claims"] == 4
    assert set(ind.loc["approval_time", "units"].split(",")) == {"day", "working_day"}


def test_unclaimed_numbers_and_provisional_zones(db):
    u = store.run_query("unclaimed_numbers", db=db)
    surfaces = set(u["surface"])
    assert {"0350", "5555", "12", "7788"} <= surfaces
    assert not surfaces & {"60", "20", "11", "61.2", "15", "100"}
    one = u[u["surface"] == "7788"].iloc[0]
    assert one["before"].endswith("编号 ") and one["doc"] == "b.txt"
    assert set(store.run_query("unclaimed_numbers", db=db, doc="a.txt")["doc"]) == {"a.txt"}
    prov = store.run_query("provisional_zones", db=db)
    assert list(prov["zone_id"]) == [PROV]
    assert prov["claims"].iloc[0] == 2 and prov["mentions"].iloc[0] == 2


def test_document_holds_text_and_claims(db):
    d = store.run_query("document", db=db, doc="a.txt").iloc[0]
    assert d["text"] == TEXTS["a.txt"]
    claims = list(d["claims"])
    assert len(claims) == 3
    assert [c["start"] for c in claims] == sorted(c["start"] for c in claims)
    assert store.run_query("document", db=db, doc="missing.txt").empty


def test_unclaimed_numbers_put_unexplained_ones_first(tmp_path):
    """Dates, ordinals and codes are listed only on request: what is left is what may
    want a new rule. Uses the real extraction."""
    (tmp_path / "t.txt").write_text(
        "2025年6月，第十二届大会召开。繁峙经开区新增企业12家，另有神秘指标37。", encoding="utf-8")
    path = tmp_path / "t.duckdb"
    assert ingest([tmp_path / "t.txt"], db=path, progress=False).errors == []
    default = store.run_query("unclaimed_numbers", db=path)
    assert list(default["surface"]) == ["37"]
    everything = store.run_query("unclaimed_numbers", db=path, explained=True)
    reasons = dict(zip(everything["surface"], everything["reason"]))
    assert reasons["2025"] == "date" and reasons["6"] == "date" and reasons["37"] == ""
    assert "12" not in reasons  # claimed

