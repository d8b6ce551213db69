"""The dashboard in a real browser: Debian's Chromium driven by Playwright against `streamlit run`.

One server on a free port of 127.0.0.1 reads a database the store's ingest built
from seeds/. The walk: open the app, filter to one zone in the sidebar, see the
chart and the table change, download the CSV (BOM, rows match the filter), reopen
the shared URL, select a claim and read its sentence with the number
highlighted, upload a text and find its claims. Each page is photographed into
tests/screenshots/ (gitignored; the best are copied to docs/screenshots/).

Needs `chromium` and `fonts-noto-cjk` from apt (scripts/test.sh installs them);
never `playwright install`.
"""
from __future__ import annotations

import csv
import io
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from pipeline import store
from pipeline.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "tests" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
VIEWPORT = {"width": 1440, "height": 1000}
# An assertion waits as long as a page action may: on a loaded 2-core machine a
# chart can take longer than Playwright's default 5 s to redraw.
expect.set_options(timeout=20_000)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("browser") / "seeds.duckdb"
    res = ingest([ROOT / "seeds"], db=path, progress=False)
    assert not res.errors
    return path


@pytest.fixture(scope="module")
def server(db, tmp_path_factory):
    port = free_port()
    log = open(tmp_path_factory.mktemp("log") / "streamlit.log", "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port),
         "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env={**os.environ, "BIZENV_DB": str(db)}, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            if urllib.request.urlopen(base + "/_stcore/health", timeout=1).read() == b"ok":
                break
        except OSError:
            time.sleep(0.25)
    else:
        proc.kill()
        pytest.fail("streamlit did not start")
    yield base
    proc.terminate()
    proc.wait(10)
    log.close()


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).exists(), "apt-get install chromium fonts-noto-cjk"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport=VIEWPORT, accept_downloads=True, locale="zh-CN")
    pg = ctx.new_page()
    pg.set_default_timeout(20_000)
    yield pg
    ctx.close()


def settle(pg) -> None:
    """Wait until the script run is over and the page stopped changing."""
    pg.wait_for_selector("[data-testid=stApp]")
    pg.wait_for_function(
        "() => !document.querySelector('[data-testid=stStatusWidget]')"
        " || !document.querySelector('[data-testid=stStatusWidget]').innerText.trim()")
    pg.wait_for_timeout(700)


def open_page(pg, url: str) -> None:
    pg.goto(url)
    settle(pg)
    expect(pg.locator("h1").first).to_be_visible()


def shot(pg, name: str) -> None:
    """Photograph the page once every chart on it is drawn."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    charts = pg.locator("[data-testid=stPlotlyChart]").count()
    if charts:
        pg.wait_for_function(
            "n => document.querySelectorAll('.js-plotly-plot').length >= n", arg=charts)
    pg.wait_for_timeout(800)
    pg.screenshot(path=str(SHOTS / f"{name}.png"))


def pick(pg, label_start: str, option_text: str, where="[data-testid=stSidebar]") -> None:
    """Choose an option of the selectbox whose label starts with `label_start`."""
    box = pg.locator(f"{where} [data-testid=stSelectbox]").filter(
        has=pg.locator("label", has_text=label_start)).first
    box.locator("input").click()
    box.locator("input").fill(option_text)
    pg.locator("[role=option]").filter(has_text=option_text).first.click()
    settle(pg)


def caption_count(pg) -> int:
    """The claims explorer's '共 N 条' caption, as a number."""
    text = pg.locator("[data-testid=stCaptionContainer]", has_text="共").first.inner_text()
    return int(text.split("共", 1)[1].split("条", 1)[0].strip().replace(",", ""))


def test_walk_through_the_app(server, db, page, tmp_path):
    pg = page
    zones = store.run_query("zones", db=db)
    zones = zones[zones["claims"] > 0]
    assert len(zones) >= 2, "the seeds should name several zones"
    total = int(store.run_query("claims_count", db=db)["claims"].iloc[0])
    # An indicator several zones speak of: its first chart (first unit) and that chart's smallest zone.
    rank = store.run_query("compare_ranking", db=db)
    first_unit = rank.groupby("indicator", sort=False)["unit"].first()
    bars = {i: rank[(rank["indicator"] == i) & (rank["unit"] == u)] for i, u in first_unit.items()}
    indicator = max(bars, key=lambda i: len(bars[i]))
    on_chart = bars[indicator]
    assert len(on_chart) >= 2
    zone = zones[zones["zone_id"].isin(on_chart["zone_id"])].iloc[-1]

    # Open the app: Overview with its tiles and coverage heatmap.
    open_page(pg, server)
    expect(pg.locator("h1").first).to_have_text("总览")
    expect(pg.locator("[data-testid=stMetric]")).to_have_count(5)
    expect(pg.locator("[data-testid=stDataFrame]").first).to_be_visible()
    shot(pg, "overview")

    # Compare zones on that indicator: one bar per zone.
    open_page(pg, f"{server}/compare?ind={indicator}")
    chart = pg.locator(".js-plotly-plot").first
    ticks = chart.locator("g.yaxislayer-above g.ytick")
    expect(ticks).to_have_count(min(len(on_chart), 40))
    shot(pg, "compare")

    # Filter to one zone in the sidebar: the chart shrinks to that zone's bar.
    pick(pg, "开发区", zone["zone"])
    pg.wait_for_url(re.compile(r"[?&]zone=" + re.escape(zone["zone_id"])))
    settle(pg)
    assert f"ind={indicator}" in pg.url
    ticks = pg.locator(".js-plotly-plot").first.locator("g.yaxislayer-above g.ytick")
    expect(ticks).to_have_count(1)
    assert zone["zone"] in ticks.first.text_content()

    # The claims table under the same filter (the filter travels with navigation).
    pg.locator("[data-testid=stSidebarNav] a", has_text="数据浏览").click()
    settle(pg)
    expect(pg.locator("h1").first).to_have_text("数据浏览")
    # (the page writes its filters into the URL as its script runs: wait for it, on a loaded machine too)
    pg.wait_for_url(re.compile(r"[?&]zone=" + re.escape(zone["zone_id"])), timeout=15_000)
    assert caption_count(pg) == int(zone["claims"]) < total
    shared = pg.url

    # Download the CSV: BOM, and exactly the filtered rows.
    with pg.expect_download() as dl:
        pg.locator("[data-testid=stDownloadButton] button").first.click()
    raw = Path(dl.value.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert zone["zone_id"] in dl.value.suggested_filename or "zone-" in dl.value.suggested_filename
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == int(zone["claims"])
    assert {r["开发区"] for r in rows} == {zone["zone"]}
    expected = store.run_query("claims", db=db, zone=zone["zone_id"])
    assert [r["原文"].lstrip("'") for r in rows] == list(expected["evidence"])

    # Select a claim: its sentence opens with the number highlighted.
    grid = pg.locator("[data-testid=stDataFrame]").first
    box = grid.bounding_box()
    pg.mouse.click(box["x"] + 16, box["y"] + 35 + 17)      # first row's selection box
    dialog = pg.locator("[role=dialog]")
    expect(dialog).to_be_visible()
    first = expected.iloc[0]
    expect(dialog.locator(".bz-sentence mark")).to_have_text(first["evidence"])
    expect(dialog.locator(".bz-paragraph mark")).to_have_text(first["evidence"])
    shot(pg, "claim_dialog")
    pg.keyboard.press("Escape")
    expect(dialog).to_have_count(0)

    # Reopen the shared URL in a fresh tab: same page, same filter, same rows.
    other = pg.context.new_page()
    open_page(other, shared)
    expect(other.locator("h1").first).to_have_text("数据浏览")
    zone_box = other.locator("[data-testid=stSidebar] [data-testid=stSelectbox]").first
    expect(zone_box.locator("input")).to_have_value(re.compile(re.escape(zone["zone"])))
    assert caption_count(other) == int(zone["claims"])
    other.close()

    # Every other page, under the same zone.
    for path, title, name in (("compare", "开发区比较", "compare_zone"), ("zone", "开发区概况", "zone_profile"),
                              ("documents", "原文", "documents"), ("quality", "数据质量", "quality")):
        open_page(pg, f"{server}/{path}?zone={zone['zone_id']}")
        expect(pg.locator("h1").first).to_have_text(title)
        assert not pg.locator("[data-testid=stException]").count(), path
        shot(pg, name)
    for path, name in (("compare", "compare_all"), ("zone", "zone_profile_top"),
                       ("documents", "documents_top"), ("quality", "quality_all")):
        open_page(pg, f"{server}/{path}")                # the whole field, for the pictures
        shot(pg, name)
    open_page(pg, f"{server}/?lang=en")
    expect(pg.locator("h1").first).to_have_text("Overview")
    shot(pg, "overview_en")

    # Hover a bar: its evidence; select it: the claims behind it, in one more table.
    open_page(pg, f"{server}/compare?ind={indicator}")
    chart = pg.locator(".js-plotly-plot").first
    box = chart.locator("g.point path").first.bounding_box()
    hover = chart.locator(".hoverlayer")
    for dx in (0.5, 0.4, 0.6, 0.3):         # the chart may still be settling: move until it answers
        pg.mouse.move(box["x"] + box["width"] * dx, box["y"] + box["height"] / 2)
        pg.wait_for_timeout(400)
        if on_chart.iloc[0]["evidence"] in (hover.text_content() or ""):
            break
    expect(hover).to_contain_text(on_chart.iloc[0]["evidence"])
    pg.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    settle(pg)
    expect(pg.locator("h3", has_text="所选数据点")).to_be_visible()
    # the selected zone's claims table comes with its own CSV button (ui.table key "sel_<zone>")
    picked = pg.locator(f".st-key-dl_sel_{on_chart.iloc[0]['zone_id']}")
    expect(picked).to_be_visible()

    # Upload a text and find its claims.
    new = tmp_path / "上传测试_开发区.txt"
    new.write_text("平遥经济技术开发区审批时限从法定60个工作日压缩至15个工作日内，"
                   "高新技术企业14家，总投资3.67亿元。\n", encoding="utf-8")
    open_page(pg, f"{server}/add")
    pg.locator("[data-testid=stFileUploader] input[type=file]").set_input_files(str(new))
    expect(pg.locator("[data-testid=stFileChip]")).to_have_count(1)
    pg.get_by_role("button", name="导入").click()
    settle(pg)
    expect(pg.locator("[data-testid=stAlertContentSuccess]")).to_be_visible()
    stored = store.run_query("claims", db=db, doc=new.name)
    assert len(stored) > 0
    expect(pg.locator("[data-testid=stMarkdownContainer]", has_text=new.name).first) \
        .to_contain_text(f"{len(stored)}")
    expect(pg.locator("[data-testid=stDataFrame]")).to_have_count(1)
    shot(pg, "add_texts")
    doc_id = store.run_query("documents", db=db, q=new.name)["doc_id"].iloc[0]
    open_page(pg, f"{server}/claims?doc={doc_id}")
    assert caption_count(pg) == len(stored)
