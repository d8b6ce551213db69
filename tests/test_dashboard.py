"""The dashboard, headless (streamlit.testing.v1.AppTest), on the seeds and on an empty database.

Expectations come from the database the store's ingest built from seeds/, never
from hard-coded counts: a filter is checked by asking the store what it should
show and comparing with what the page shows.
"""
from __future__ import annotations

import ast
import doctest
import os
import re
import shutil
import string
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from pipeline import store
from pipeline.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "dashboard.py")
PAGES = ["overview", "compare", "zone_profile", "claims", "documents", "quality", "add_texts"]
DATA_PAGES = [p for p in PAGES if p != "add_texts"]
TIMEOUT = 60


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("dash") / "seeds.duckdb"
    res = ingest([ROOT / "seeds"], db=path, progress=False)
    assert not res.errors and res.new_docs == len(list((ROOT / "seeds").glob("*.txt")))
    return path


@pytest.fixture(scope="session")
def empty_db(tmp_path_factory) -> Path:
    return store.init_db(tmp_path_factory.mktemp("dash_empty") / "empty.duckdb")


@pytest.fixture
def scratch_db(seeds_db, tmp_path) -> Path:
    """A copy of the seeds database that a test may write to (reviews, uploads)."""
    path = tmp_path / "scratch.duckdb"
    shutil.copyfile(seeds_db, path)
    return path


def app(db: Path, page: str | None = None, **query) -> AppTest:
    """The dashboard on `db`, opened at `page` with URL parameters `query`."""
    os.environ["BIZENV_DB"] = str(db)
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params.update(query)
    at.run()
    if page:
        at.switch_page(f"views/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.fixture(autouse=True)
def _restore_env():
    old = os.environ.get("BIZENV_DB")
    yield
    if old is None:
        os.environ.pop("BIZENV_DB", None)
    else:
        os.environ["BIZENV_DB"] = old


def facet(db: Path, name: str):
    """The sidebar's options for one filter, as the store answers them."""
    f = store.run_query("facets", db=db)
    return f[f["facet"] == name].reset_index(drop=True)


def the_table(at: AppTest):
    return at.dataframe[0].value


def htmls(at: AppTest) -> list[str]:
    return [h.proto.body for h in at.get("html")]


# --------------------------------------------------------------------------- every page runs

@pytest.mark.parametrize("page", PAGES)
def test_page_runs_on_seeds(seeds_db, page):
    at = app(seeds_db, page)
    assert at.title, page
    if page in ("overview", "claims", "quality", "documents"):
        assert at.dataframe, f"{page} shows no table on the seeds"
    if page in ("overview", "claims", "documents", "quality"):
        assert at.download_button, f"{page} has no CSV download"
    # every table shown has its download button next to it
    assert len(at.download_button) >= len(at.dataframe), page


@pytest.mark.parametrize("page", PAGES)
def test_page_runs_on_empty_database_and_says_what_to_do(empty_db, page):
    at = app(empty_db, page)
    if page == "add_texts":
        assert at.file_uploader
        return
    text = " ".join(m.value for m in at.markdown)
    assert "bizenv ingest seeds/" in text, f"{page}: empty state must tell the user what to do"
    assert not at.dataframe


def test_missing_database_file_is_an_empty_state_not_an_error(tmp_path):
    at = app(tmp_path / "nowhere.duckdb", "overview")
    assert "bizenv ingest seeds/" in " ".join(m.value for m in at.markdown)
    assert not (tmp_path / "nowhere.duckdb").exists(), "reading must not create a database"


# --------------------------------------------------------------------------- filters

@pytest.mark.parametrize("name,column", [("zone", "zone_id"), ("family", "family"),
                                         ("indicator", "indicator"), ("period", "period"),
                                         ("doc", "doc_id")])
def test_each_filter_changes_the_claims_shown(seeds_db, name, column):
    options = facet(seeds_db, name)
    assert not options.empty, f"the seeds give no {name} to filter on"
    key = options.sort_values("claims")["key"].iloc[0]      # the most selective option
    at = app(seeds_db, "claims")
    everything = the_table(at)
    at.sidebar.selectbox(key=f"u_{name}").set_value(key).run()
    assert not at.exception
    shown = the_table(at)
    expected = store.run_query("claims", db=seeds_db, limit=100_000, **{name: key})
    assert len(shown) == len(expected) == int(options.set_index("key").loc[key, "claims"])
    assert (expected[column] == key).all()
    assert list(shown["原文"]) == list(expected["evidence"])   # same rows, same order
    total = int(store.run_query("claims_count", db=seeds_db)["claims"].iloc[0])
    if len(expected) < total:
        assert len(shown) < len(everything)
    assert at.query_params.get(name) in (key, [key]), "the filter must be in the URL"


def test_zone_filter_every_row_has_that_zone(seeds_db):
    zones = store.run_query("zones", db=seeds_db)
    zones = zones[zones["claims"] > 0]
    assert not zones.empty, "the seeds give no zone-attributed claims"
    zone_id, name = zones["zone_id"].iloc[0], zones["zone"].iloc[0]
    at = app(seeds_db, "claims", zone=zone_id)
    shown = the_table(at)
    assert len(shown) == int(zones["claims"].iloc[0])
    assert set(shown["开发区"]) == {name}
    # the coverage heatmap and the documents follow the same filter
    at.switch_page("views/overview.py").run()
    coverage = the_table(at)
    assert list(coverage.iloc[:, 0]) == [name]


def test_url_reopens_the_same_view(seeds_db):
    fam = facet(seeds_db, "family")["key"].iloc[0]
    at = app(seeds_db, "claims", family=fam, lang="en")
    assert at.sidebar.selectbox(key="u_family").value == fam
    assert at.title[0].value == "Claims explorer"
    assert at.query_params.get("family") in (fam, [fam])
    assert at.query_params.get("lang") in ("en", ["en"])
    # a stale id in a shared link is dropped, not an error
    at = app(seeds_db, "claims", zone="no-such-zone")
    assert at.sidebar.selectbox(key="u_zone").value is None
    assert "zone" not in at.query_params


def test_clear_filters(seeds_db):
    fam = facet(seeds_db, "family")["key"].iloc[0]
    at = app(seeds_db, "claims", family=fam)
    [clear] = [b for b in at.sidebar.button if b.label == "清除筛选"]
    clear.click().run()
    assert at.sidebar.selectbox(key="u_family").value is None
    assert "family" not in at.query_params


def test_language_switch_changes_every_label(seeds_db):
    zh = app(seeds_db, "overview")
    en = app(seeds_db, "overview", lang="en")
    assert zh.title[0].value == "总览" and en.title[0].value == "Overview"
    assert [m.label for m in en.metric] == ["Documents", "Zones", "Claims", "Indicators", "Reviewed"]
    assert all(not re.search(r"[\u4e00-\u9fff]", s.label) for s in en.sidebar.selectbox)
    zh.sidebar.segmented_control[0].set_value("en").run()
    assert zh.title[0].value == "Overview"


@pytest.mark.parametrize("page,title", [
    ("overview", "Overview"), ("compare", "Compare zones"), ("zone_profile", "Zone profile"),
    ("claims", "Claims explorer"), ("documents", "Documents"), ("quality", "Data quality"),
    ("add_texts", "Add texts")])
def test_every_page_in_english(seeds_db, page, title):
    at = app(seeds_db, page, lang="en")
    assert at.title[0].value == title
    labels = [h.value for h in at.subheader] + [b.label for b in at.download_button] + \
             [m.label for m in at.metric] + [s.label for s in at.selectbox]
    assert all(not re.search(r"[\u4e00-\u9fff]", x) for x in labels), labels


# --------------------------------------------------------------------------- pages

def test_compare_ranks_in_the_indicators_direction(seeds_db):
    inds = store.run_query("indicators", db=seeds_db)
    inds = inds[inds["zones"] > 0]
    assert not inds.empty
    ind = inds["indicator"].iloc[0]
    at = app(seeds_db, "compare", ind=ind)
    rank = store.run_query("compare_ranking", db=seeds_db, indicator=ind)
    table = the_table(at)
    assert len(table) == len(rank)
    for _, part in rank.groupby("unit"):
        values = list(part["value"])
        lower = part["direction"].iloc[0] == "lower"
        assert values == sorted(values, reverse=not lower)


def test_claim_dialog_shows_sentence_with_the_number_highlighted(seeds_db):
    at = app(seeds_db, "claims")
    rows = store.run_query("claims", db=seeds_db)
    at.session_state["tbl_claims_0"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    at.run()
    assert not at.exception
    first = rows.iloc[0]
    marked = [h for h in htmls(at) if "<mark" in h]
    assert any(f">{first['evidence']}</mark>" in h for h in marked), marked
    assert {b.label for b in at.button} >= {"确认", "驳回"}


def test_claim_dialog_marks_the_number_where_the_sentence_was_cleaned(seeds_db):
    """A sentence loses the spaces and line breaks of its page; the mark follows the number, not its offset."""
    rows = store.run_query("claims", db=seeds_db)
    moved = rows[(rows["mark_start"] != rows["start"] - rows["sentence_start"])
                 & rows["evidence"].str.contains(r"\s")]
    assert not moved.empty  # the seed with a space around every number
    i = int(moved.index[0])
    claim = rows.iloc[i]
    at = app(seeds_db, "claims")
    at.session_state["tbl_claims_0"] = {"selection": {"rows": [i], "columns": [], "cells": []}}
    at.run()
    assert not at.exception
    shown = claim["sentence"][claim["mark_start"]:claim["mark_end"]]
    assert shown == re.sub(r"\s+", "", claim["evidence"])
    sentence = [h for h in htmls(at) if "bz-sentence" in h]
    assert len(sentence) == 1 and f">{shown}</mark>" in sentence[0], sentence


def test_reject_through_the_store_removes_the_claim(scratch_db):
    before = store.run_query("claims", db=scratch_db)
    at = app(scratch_db, "claims")
    at.session_state["tbl_claims_0"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    at.run()
    at.button(key="rv_reject").click().run()
    assert not at.exception and not at.error
    after = store.run_query("claims", db=scratch_db)
    assert len(after) == len(before) - 1
    assert before["claim_id"].iloc[0] not in set(after["claim_id"])
    reviews = store.run_query("reviews", db=scratch_db)
    assert list(reviews["action"]) == ["reject"]
    assert len(the_table(at)) == len(after), "the page shows the new state without a restart"


def test_documents_highlight_every_claim(seeds_db):
    docs = store.run_query("documents", db=seeds_db)
    doc = docs.sort_values("claims")["doc_id"].iloc[-1]
    at = app(seeds_db, "documents", doc=doc)
    body = [h for h in htmls(at) if "bz-doc" in h]
    assert len(body) == 1
    assert body[0].count("<mark") == int(docs.set_index("doc_id").loc[doc, "claims"])


def test_a_saved_web_page_is_shown_as_a_reader_sees_it(scratch_db, tmp_path):
    page = ("<!DOCTYPE html><html><head><style>p{margin:0}</style></head><body>"
            "<p>繁峙经济技术开发区新增高新技术企业<b>12</b>家，审批时限由60个工作日压缩至20个工作日。</p>"
            "<table><tr><td>指标</td><td>数值</td></tr></table></body></html>")
    (tmp_path / "site.html").write_text(page, encoding="utf-8")
    ingest([tmp_path / "site.html"], db=scratch_db, progress=False)
    docs = store.run_query("documents", db=scratch_db)
    doc = docs.set_index("name").loc["site.html", "doc_id"]
    at = app(scratch_db, "documents", doc=doc)
    [body] = [h for h in htmls(at) if "bz-doc" in h]
    assert "&lt;p&gt;" not in body and "&lt;b&gt;" not in body and "margin" not in body  # no tags, no style
    assert "12</mark>家" in body or ">12家</mark>" in body   # the claim marked on the text a reader sees
    assert body.count("<mark") == int(docs.set_index("name").loc["site.html", "claims"])


def test_add_texts_ingests_good_files_and_reports_bad_ones(scratch_db):
    text = "繁峙经济技术开发区新增高新技术企业12家，审批时限由60个工作日压缩至20个工作日。\n".encode()
    at = app(scratch_db, "add_texts")
    at.file_uploader(key="add_files").set_value([
        ("new_text.txt", text, "text/plain"),
        ("binary.txt", b"\x00\x01\x02\x03 not text", "text/plain"),
        ("empty.md", b"", "text/markdown"),
    ])
    [go] = [b for b in at.button if b.label == "导入"]
    go.click().run()
    assert not at.exception
    errors = [e.value for e in at.error]
    assert len(errors) == 2 and all("\n" not in e for e in errors)
    assert any(e.startswith("binary.txt") for e in errors) and any(e.startswith("empty.md") for e in errors)
    claims = store.run_query("claims", db=scratch_db, doc="new_text.txt")
    assert len(claims) > 0
    shown = the_table(at)
    assert len(shown) == len(claims) and set(shown["文档"]) == {"new_text.txt"}
    docs = store.run_query("documents", db=scratch_db)
    assert "binary.txt" not in set(docs["name"]) and "empty.md" not in set(docs["name"])


def test_a_bad_file_alone_changes_nothing(scratch_db):
    version = os.stat(scratch_db).st_mtime_ns, os.stat(scratch_db).st_ino
    at = app(scratch_db, "add_texts")
    at.file_uploader(key="add_files").set_value(("bad.txt", b"\xff\xfe\x00\x00\x00", "text/plain"))
    [go] = [b for b in at.button if b.label == "导入"]
    go.click().run()
    assert len(at.error) == 1 and not at.success
    assert (os.stat(scratch_db).st_mtime_ns, os.stat(scratch_db).st_ino) == version


def test_new_data_appears_without_restart(scratch_db, tmp_path):
    at = app(scratch_db, "overview")
    docs = int(at.metric[0].value.replace(",", ""))
    (tmp_path / "more.txt").write_text("朔州经济开发区新增企业30家。\n", encoding="utf-8")
    ingest([tmp_path / "more.txt"], db=scratch_db, progress=False)   # as another process would
    at.run()
    assert int(at.metric[0].value.replace(",", "")) == docs + 1


def test_pages_keep_answering_while_another_process_ingests(scratch_db, tmp_path):
    """The store swaps a new file in; every rerun sees the old state or the new one."""
    import subprocess
    import sys
    folder = tmp_path / "more"
    folder.mkdir()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for i in range(40):   # changed copies of the seeds: new documents, a few seconds of work
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        (folder / f"copy_{i:02d}.txt").write_text(f"第{i}份\n{text}", encoding="utf-8")
    at = app(scratch_db, "overview")
    old = int(at.metric[0].value.replace(",", ""))
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "ingest", str(folder),
                             "--db", str(scratch_db), "--no-progress"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen, runs = set(), 0
    while proc.poll() is None or runs < 3:
        for page in ("overview", "claims", "overview"):
            at.switch_page(f"views/{page}.py").run()
            assert not at.exception, [e.value for e in at.exception]
        seen.add(int(at.metric[0].value.replace(",", "")))
        runs += 1
    assert proc.returncode == 0
    at.run()
    assert seen <= {old, old + 40} and int(at.metric[0].value.replace(",", "")) == old + 40
    assert runs >= 3


# --------------------------------------------------------------------------- labels and code rules

def test_every_label_has_both_languages_and_the_same_placeholders():
    from views.i18n import FAMILY_LABELS, LABELS, UNIT_LABELS
    fields = lambda s: {f for _, f, _, _ in string.Formatter().parse(s) if f}
    for table in (LABELS, FAMILY_LABELS, UNIT_LABELS):
        for key, (zh, en) in table.items():
            assert zh and en, key
            assert fields(zh) == fields(en), key


def test_every_label_the_views_use_exists():
    from views.i18n import LABELS
    used = set()
    for path in [ROOT / "dashboard.py", *sorted((ROOT / "views").glob("*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "t" and node.args
                    and isinstance(node.args[0], ast.Constant)):
                used.add(node.args[0].value)
    assert used and used <= set(LABELS), used - set(LABELS)


def test_the_app_has_no_sql_and_no_regex():
    for path in [ROOT / "dashboard.py", *sorted((ROOT / "views").glob("*.py"))]:
        src = path.read_text(encoding="utf-8")
        tree = ast.parse(src)
        imports = {a.name for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))
                   for a in n.names} | {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        assert not {"re", "regex", "duckdb"} & imports, path.name
        assert not re.search(r"\b(SELECT|FROM|WHERE)\s+\w", src.replace("FROM the", "")), path.name


def test_view_helpers_doctests():
    import views.i18n
    import views.style
    import views.ui
    for mod in (views.i18n, views.style, views.ui):
        res = doctest.testmod(mod)
        assert res.failed == 0 and res.attempted > 0, mod.__name__


def test_every_unit_the_pipeline_can_write_has_a_label():
    """A unit code on an axis or in a table reads as words (元/亩, TEU), never as yuan_per_mu."""
    from pipeline.extract import _PRICE_UNITS
    from pipeline.grammar import _NOUN_UNIT, _PER_UNIT, MEASURED, UNITS
    from views import i18n
    codes = {code for code, _, _ in UNITS.values()} | {code for _, code in _NOUN_UNIT.values()}
    codes |= {code for _, per in _PER_UNIT for code in per.values()}
    codes |= {code for rules in MEASURED.values() for _, code in rules}
    codes |= {f"{money}_per_{per}" for money in ("yuan", "usd") for per in _PRICE_UNITS.values()}
    codes.discard("")   # a bare 个 before its noun is known
    unlabelled = sorted(c for c in codes if i18n.unit_label(c) == c)
    assert not unlabelled


def test_server_start_loads_what_a_first_visit_would_wait_for(tmp_path):
    """app.py's startup leaves the first visitor nothing to load: Streamlit's emoji table (read
    at the first widget with a non-ASCII label, the language switch's 中文) and Plotly's classes
    for every kind of trace the pages draw; what it made is frozen out of the cyclic garbage
    collector's walks. Run apart: importing app.py makes an st.App."""
    import subprocess
    import sys
    code = (
        "import gc, sys\n"
        "from app import warm_start\n"
        "mods = ('streamlit.emojis', 'plotly.graph_objs._bar', 'plotly.graph_objs.scatter._line',"
        " 'plotly.graph_objs.layout._shape')\n"
        "print([m in sys.modules for m in mods] + [gc.get_freeze_count() > 0])\n"
        "warm_start()\n"
        "print([m in sys.modules for m in mods] + [gc.get_freeze_count() > 0])\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True, env={**os.environ, "BIZENV_DB": str(tmp_path / "none.duckdb")})
    assert out.stdout.split("\n")[:2] == ["[False, False, False, False, False]",
                                           "[True, True, True, True, True]"]


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="finds its sockets through /proc")
def test_server_start_turns_nagle_off_on_accepted_connections():
    """app.py's startup sets TCP_NODELAY on a listener bound as Streamlit binds it (protocol 0,
    which asyncio leaves alone); the connections it accepts inherit it, so kept-alive static
    requests don't wait ~40 ms each for a delayed ACK. Run apart: importing app.py makes an st.App."""
    import subprocess
    import sys
    code = (
        "import socket\n"
        "from app import no_delay\n"
        "s = socket.socket(family=socket.AF_INET)\n"
        "s.bind(('127.0.0.1', 0)); s.listen()\n"
        "port = s.getsockname()[1]\n"
        "assert s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 0\n"
        "print(no_delay(port), no_delay(port + 1 if port < 65535 else port - 1))\n"
        "c = socket.create_connection(('127.0.0.1', port)); a, _ = s.accept()\n"
        "print(a.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["1", "0", "1"]
