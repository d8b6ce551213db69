"""Dashboard benchmark on a 10M-claim database: first render, interaction time, server memory.

    .venv/bin/python benchmarks/bench_dashboard.py               # 10M claims (builds the DB once)
    .venv/bin/python benchmarks/bench_dashboard.py --claims 1e6  # a quicker run

1. The database: the store benchmark's synthetic claims (benchmarks/bench_store.py:
   400 zones, 60 indicators, 100 claims per document) loaded by `store.build`,
   kept in benchmarks/out/dashboard/ for the next run.
2. `streamlit run app.py` on 127.0.0.1 with BIZENV_DB pointing at it (app.py serves
   dashboard.py; its startup hook warms the imports and first reads, and sets TCP_NODELAY), and
   Debian's Chromium (Playwright) as the user:
   - first render: a new browser session opens the app until the Overview's
     coverage chart is drawn and the script run is over (cold: the first session
     after the server started; warm: a later one);
   - interactions in the browser, end to end: filter to a zone, open each page.
   - server memory: the server process's peak RSS (VmHWM) after the walk;
   - the floor: a one-line Streamlit app (one st.metric, `streamlit run` as it comes) in the
     same run, first renders measured the same way.
3. Server time per interaction without the browser: the same script runs under
   streamlit.testing.v1.AppTest in this process, each rerun timed (first time
   with those parameters, and again from the cache).

Targets (issue 4): first render <= 1.5 s, an interaction <= 300 ms, server <= 400 MiB.
Not a test: figures depend on the machine. Writes benchmarks/out/dashboard/report.json.

Last runs (2026-12-04, end of day, 10M claims, schema 9, load average 1.2-1.7): server peak
346-355 MiB (ok); server time per interaction 41-161 ms (ok), the Compare page 292 ms first
after its labels were computed per table (317 ms before), a session's first run 296-326 ms;
first render 1.16-1.56 s with the app's files cached, 1.85-2.23 s in a new browser and
2.3-2.8 s for the first session after the server started (over); the floor, a one-line
Streamlit app in the same runs: 0.52-0.69 s cached, 1.05-1.25 s new. Earlier that day at
load 3.3-4.4: new browser 1.76-1.86 s with `app.py` against 1.81-2.01 s for plain
`streamlit run dashboard.py`. A new browser fetches 124 files, 4.5 MiB (the bare app 75
files, 2.6 MiB); the rest of the gap is Streamlit's frontend drawing these elements. The README keeps the current figures.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
OUT = ROOT / "benchmarks" / "out" / "dashboard"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
TARGET_FIRST, TARGET_STEP, TARGET_MIB = 1500, 300, 400

LOAD = r"""
import json, sys
sys.path.insert(0, "benchmarks")
from pathlib import Path
from bench_store import load
print(json.dumps(load(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))))
"""


def build_db(n: int) -> Path:
    """The synthetic n-claim database, built once (the store benchmark's generator and loader)."""
    from bench_store import generate
    db = OUT / f"claims-{n}.duckdb"
    if db.exists() and (OUT / f"claims-{n}.ok").exists():
        return db
    OUT.mkdir(parents=True, exist_ok=True)
    stage = OUT / f"stage-{n}"
    shutil.rmtree(stage, ignore_errors=True)
    t = time.perf_counter()
    ndocs = generate(n, stage)
    r = subprocess.run([sys.executable, "-c", LOAD, str(stage), str(db), str(ndocs)], cwd=ROOT,
                       capture_output=True, text=True, check=True)
    shutil.rmtree(stage, ignore_errors=True)
    (OUT / f"claims-{n}.ok").write_text(r.stdout)
    print(f"built {db.name}: {n:,} claims in {time.perf_counter() - t:.0f} s "
          f"({db.stat().st_size / 2**20:.0f} MiB)")
    return db


# ------------------------------------------------------------------------- server

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


BARE = 'import streamlit as st\nst.metric("bare", 1)\n'


def start_server(db: Path, script: str = "app.py", cwd: Path = ROOT, log_name: str = "streamlit.log"):
    """`streamlit run script` on a free port: (process, base URL, ms until it answers its health check)."""
    port = free_port()
    log = open(OUT / log_name, "w")
    t = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", script, "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port),
         "--browser.gatherUsageStats", "false"],
        cwd=cwd, env={**os.environ, "BIZENV_DB": str(db)}, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    for _ in range(2400):
        try:
            if urllib.request.urlopen(base + "/_stcore/health", timeout=1).read() == b"ok":
                return proc, base, (time.perf_counter() - t) * 1000
        except OSError:
            time.sleep(0.025)
    proc.kill()
    raise SystemExit("streamlit did not start; see " + str(OUT / log_name))


def memory_mib(pid: int) -> dict:
    """Current and peak resident memory of a process, from /proc."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        k, _, v = line.partition(":")
        if k in ("VmRSS", "VmHWM"):
            fields[k] = int(v.split()[0]) / 1024
    return {"rss_mib": fields["VmRSS"], "peak_mib": fields["VmHWM"]}


# ------------------------------------------------------------------------ browser

def idle(pg) -> None:
    pg.wait_for_function(
        "() => document.querySelector('[data-testid=stApp]') &&"
        " (!document.querySelector('[data-testid=stStatusWidget]')"
        "  || !document.querySelector('[data-testid=stStatusWidget]').innerText.trim())",
        polling=20)


def timed(pg, action, ready_selector: str) -> float:
    t = time.perf_counter()
    action()
    pg.wait_for_selector(ready_selector, state="visible")
    idle(pg)
    return (time.perf_counter() - t) * 1000


TILES = "[data-testid=stMetric]"
CHART = "[data-testid=stDataFrame] canvas"     # the coverage table (bars per family)


def first_render(pg, url: str, chart: str | None = CHART) -> dict:
    """Open `url` in a new session: ms until the tiles show, and until the heatmap is drawn
    (for the bare app, until its one tile shows and the run is over)."""
    t = time.perf_counter()
    pg.goto(url)
    pg.wait_for_selector(TILES, state="visible")
    tiles = (time.perf_counter() - t) * 1000
    if chart:
        pg.wait_for_selector(chart)
    idle(pg)
    return {"tiles_ms": tiles, "chart_ms": (time.perf_counter() - t) * 1000}


def bare_figures(base: str, sessions: int = 4) -> dict:
    """The floor: a one-line Streamlit app (one st.metric), first renders measured the same way."""
    from playwright.sync_api import sync_playwright
    out = {"new_browser": [], "returning_browser": []}
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(sessions):
            ctx = b.new_context(viewport={"width": 1440, "height": 1000})
            out["new_browser"].append(first_render(ctx.new_page(), base, chart=None))
            ctx.close()
        ctx = b.new_context(viewport={"width": 1440, "height": 1000})
        first_render(ctx.new_page(), base, chart=None)
        for _ in range(sessions):
            pg = ctx.new_page()
            out["returning_browser"].append(first_render(pg, base, chart=None))
            pg.close()
        ctx.close()
        b.close()
    return out


def browser_figures(base: str, zone_name: str, sessions: int = 4) -> dict:
    """First renders (a new browser, and a new session in a browser that has the app's files
    cached), then a walk through the pages, end to end."""
    from playwright.sync_api import sync_playwright
    out = {"new_browser": [], "returning_browser": [], "steps_ms": {}}
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(sessions):
            ctx = b.new_context(viewport={"width": 1440, "height": 1000})
            out["new_browser"].append(first_render(ctx.new_page(), base))
            ctx.close()
        ctx = b.new_context(viewport={"width": 1440, "height": 1000})
        first_render(ctx.new_page(), base)
        for _ in range(sessions):
            pg = ctx.new_page()                      # a new session; static files from cache
            out["returning_browser"].append(first_render(pg, base))
            pg.close()
        pg = ctx.new_page()
        first_render(pg, base)

        def filter_zone():
            box = pg.locator("[data-testid=stSidebar] [data-testid=stSelectbox]").first
            box.locator("input").click()
            box.locator("input").fill(zone_name)
            pg.locator("[role=option]").filter(has_text=zone_name).first.click()
            pg.wait_for_url(lambda u: "zone=" in u)

        out["steps_ms"]["filter to a zone (overview)"] = timed(pg, filter_zone, CHART)
        for title, ready in (("数据浏览", "[data-testid=stDataFrame]"), ("开发区比较", ".js-plotly-plot"),
                             ("开发区概况", ".js-plotly-plot"), ("原文", ".bz-doc"),
                             ("数据质量", "[data-testid=stDataFrame]"), ("总览", CHART)):
            out["steps_ms"][f"open {title}"] = timed(
                pg, lambda: pg.locator("[data-testid=stSidebarNav] a", has_text=title).first.click(), ready)
        ctx.close()
        b.close()
    return out


# ------------------------------------------------------------------- server time

def server_times(db: Path, zone_id: str, family: str) -> tuple[list[dict], dict]:
    """Each interaction's script run under AppTest: first with its parameters, then cached.

    This process is first made what a running server is: app.py's startup hook (imports, the
    first views' reads) has run; the components are discovered once, as the server's runtime
    does at start (AppTest would otherwise scan every installed package's metadata on its
    first run); and compiled page scripts are kept across runs, as the runtime's one script
    cache keeps them (AppTest makes a new cache for every run, so every run compiled
    dashboard.py and its page again, 30-40 ms). The first two are timed and returned beside
    the steps.
    """
    os.environ["BIZENV_DB"] = str(db)
    from streamlit.components.v2.component_manager import BidiComponentManager
    from streamlit.runtime.scriptrunner.script_cache import ScriptCache
    from streamlit.testing.v1 import AppTest
    from streamlit.testing.v1 import app_test as app_test_module

    scripts = ScriptCache()
    app_test_module.ScriptCache = lambda: scripts  # the server's one cache of compiled scripts

    import app
    setup = {}
    t = time.perf_counter()
    app.warm_start()
    setup["server_startup_ms"] = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    components = BidiComponentManager()
    components.discover_and_register_components(start_file_watching=False)
    setup["component_scan_ms"] = (time.perf_counter() - t) * 1000

    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=600)
    at._bidi_component_manager = components      # the runtime's registry, as in the server
    steps = [
        ("first run (overview)", lambda: None),
        ("filter zone", lambda: at.sidebar.selectbox(key="u_zone").set_value(zone_id)),
        ("filter family", lambda: at.sidebar.selectbox(key="u_family").set_value(family)),
        ("clear family", lambda: at.sidebar.selectbox(key="u_family").set_value(None)),
        ("page claims", lambda: at.switch_page("views/claims.py")),
        ("select a claim", lambda: at.session_state.__setitem__(
            "tbl_claims_0", {"selection": {"rows": [0], "columns": [], "cells": []}})),
        ("page compare", lambda: at.switch_page("views/compare.py")),
        ("page zone profile", lambda: at.switch_page("views/zone_profile.py")),
        ("page documents", lambda: at.switch_page("views/documents.py")),
        ("page quality", lambda: at.switch_page("views/quality.py")),
        ("clear zone (claims)", lambda: (at.switch_page("views/claims.py"),
                                         at.sidebar.selectbox(key="u_zone").set_value(None))),
        ("page overview", lambda: at.switch_page("views/overview.py")),
    ]
    out = []
    for name, act in steps:
        act()
        t = time.perf_counter()
        at.run()
        first = (time.perf_counter() - t) * 1000
        assert not at.exception, (name, [e.value for e in at.exception])
        t = time.perf_counter()
        at.run()
        again = (time.perf_counter() - t) * 1000
        out.append({"step": name, "first_ms": first, "cached_ms": again})
    return out, setup


def mark(ok: bool) -> str:
    return "ok" if ok else "OVER"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=float, default=1e7, help="synthetic claims (default 1e7)")
    ap.add_argument("--script", default="app.py",
                    help="what `streamlit run` serves (dashboard.py: the pages without app.py's startup)")
    ap.add_argument("--server-only", action="store_true",
                    help="only the server time per interaction (no browser, no bare app)")
    a = ap.parse_args(argv)
    n = int(a.claims)
    db = build_db(n)
    from pipeline import store
    zones = store.run_query("zones", db=db)
    zone = zones[zones["claims"] > 0].iloc[len(zones) // 2]
    family = store.run_query("families", db=db)["family"].iloc[0]
    report = {"claims": n, "db_mib": db.stat().st_size / 2**20, "cpus": os.cpu_count(),
              "script": a.script, "load_average": os.getloadavg()}
    print(f"bizenv dashboard benchmark — {n:,} claims, {report['db_mib']:.0f} MiB file, "
          f"{os.cpu_count()} CPUs, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    if not a.server_only:
        proc, base, ready = start_server(db, a.script)
        try:
            report["server_ready_ms"] = ready
            report["server_start_mib"] = memory_mib(proc.pid)["rss_mib"]
            b = browser_figures(base, zone["zone"])
            report["browser"] = b
            report["server_memory"] = memory_mib(proc.pid)
        finally:
            proc.terminate()
            proc.wait(10)
        bare_dir = OUT / "bare"
        bare_dir.mkdir(exist_ok=True)
        (bare_dir / "bare.py").write_text(BARE)
        proc, base, bare_ready = start_server(db, "bare.py", bare_dir, "streamlit-bare.log")
        try:
            report["bare"] = bare = bare_figures(base)
            report["bare"]["server_ready_ms"] = bare_ready
        finally:
            proc.terminate()
            proc.wait(10)
        print(f"\nserver answers its health check {ready:.0f} ms after `streamlit run {a.script}` "
              + ("(imports and first reads done)" if a.script == "app.py" else "")
              + f"; a bare app's server {bare_ready:.0f} ms")
        print(f"first render in the browser (target <= {TARGET_FIRST} ms), tiles / heatmap drawn:")
        for kind, label in (("new_browser", "new browser (downloads the app)"),
                            ("returning_browser", "returning browser (files cached)")):
            runs = b[kind]
            for i, r in enumerate(runs):
                note = "  <- first session after server start" if kind == "new_browser" and i == 0 else ""
                print(f"  {label:34} {r['tiles_ms']:6.0f} / {r['chart_ms']:6.0f} ms  "
                      f"{mark(r['chart_ms'] <= TARGET_FIRST)}{note}")
        print("the floor, a one-line Streamlit app (`st.metric`) measured the same way, tile / run over:")
        for kind, label in (("new_browser", "bare app, new browser"),
                            ("returning_browser", "bare app, returning browser")):
            print(f"  {label:34} " + "  ".join(f"{r['tiles_ms']:.0f} / {r['chart_ms']:.0f}"
                                                for r in bare[kind]) + " ms")
        print("interactions in the browser, end to end:")
        for k, v in b["steps_ms"].items():
            print(f"  {k:32} {v:7.0f} ms")
        mem = report["server_memory"]
        print(f"server memory: {mem['rss_mib']:.0f} MiB now, peak {mem['peak_mib']:.0f} MiB "
              f"(target <= {TARGET_MIB})  {mark(mem['peak_mib'] <= TARGET_MIB)}")

    times, setup = server_times(db, zone["zone_id"], family)
    report["server_times"] = times
    report["server_times_setup"] = setup
    print(f"\nserver time per interaction, AppTest (target <= {TARGET_STEP} ms), in a process warmed "
          f"as the server is: app.py's startup {setup['server_startup_ms']:.0f} ms, components "
          f"found once {setup['component_scan_ms']:.0f} ms (neither counted below):")
    print(f"  {'step':24} {'first':>9} {'cached':>9}")
    for r in times:
        print(f"  {r['step']:24} {r['first_ms']:7.0f} ms {r['cached_ms']:7.0f} ms  "
              f"{mark(max(r['first_ms'], r['cached_ms']) <= TARGET_STEP)}")
    report["load_average_end"] = os.getloadavg()
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    (OUT / ("report-server.json" if a.server_only else "report.json")).write_text(
        json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
