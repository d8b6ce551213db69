"""kill -9 an ingest at random moments: the database always opens and holds
the old state or the new one, never something in between."""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from pipeline import store
from pipeline.ingest import ingest
from store_fixtures import RUN_CLI, digits_extract, fingerprint, make_corpus

ROOT = Path(__file__).resolve().parent.parent
KILLS = 20


def _ingest_cmd(src, db):
    return [sys.executable, "-c", RUN_CLI, "ingest", str(src), "--db", str(db), "--no-progress"]


def test_twenty_kill_9_leave_old_or_new_state(tmp_path, monkeypatch):
    import importlib
    monkeypatch.setattr(importlib.import_module("pipeline.extract"), "extract_document", digits_extract)
    db = tmp_path / "f.duckdb"
    ingest([ROOT / "seeds"], db=db, progress=False)
    old = fingerprint(db)
    saved = tmp_path / "old.copy"
    shutil.copyfile(db, saved)
    src = make_corpus(tmp_path / "b", 60, seed=1)

    # One full run tells the new state and how long a run takes.
    t0 = time.monotonic()
    subprocess.run(_ingest_cmd(src, db), cwd=ROOT, check=True, capture_output=True, timeout=300)
    full = time.monotonic() - t0
    new = fingerprint(db)
    assert new != old and new[0] > old[0]

    rng = random.Random(20)
    seen = {"old": 0, "new": 0}
    for i in range(KILLS):
        shutil.copyfile(saved, db)
        # half the kills anywhere in the run, half in its last 40% where the file is built and swapped
        at = rng.uniform(0, full * 1.05) if i % 2 == 0 else rng.uniform(full * 0.6, full * 1.05)
        p = subprocess.Popen(_ingest_cmd(src, db), cwd=ROOT, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
        time.sleep(at)
        os.kill(p.pid, signal.SIGKILL)
        p.wait(timeout=60)
        got = fingerprint(db)  # opens, or raises: either way the test says so
        assert got in (old, new), f"kill {i} at {at:.2f}s of {full:.2f}s left {got}"
        seen["old" if got == old else "new"] += 1
    assert sum(seen.values()) == KILLS
    print(f"\nkill -9 x{KILLS} over a {full:.2f}s ingest: {seen['old']} old, {seen['new']} new, 0 broken")

    # The next writer sweeps the killed runs' leftovers and completes.
    shutil.copyfile(saved, db)
    r = ingest([src], db=db, progress=False)
    assert r.errors == [] and fingerprint(db) == new
    assert not list(tmp_path.glob("f.duckdb.tmp-*"))
    assert store.run_query("overview", db=db)["documents"][0] == new[0]
