"""Readers keep answering while ingests swap the file: 8 threads and a second
process, 0 errors, each answer the old or the new state, never a mix."""
from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

from pipeline import store
from pipeline.ingest import ingest
from store_fixtures import RUN_CLI, digits_extract, fingerprint, make_corpus

ROOT = Path(__file__).resolve().parent.parent
THREADS = 8

# One statement, one snapshot: the counts and the value sum must belong to one state.
SNAPSHOT = """SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM claims),
                     (SELECT round(coalesce(sum(value), 0), 3) FROM claims),
                     (SELECT md5(coalesce(string_agg(claim_id, ',' ORDER BY claim_id), '')) FROM claims),
                     (SELECT count(*) FROM numbers)"""

READER = r"""
import json, sys, time
from pathlib import Path
from pipeline.store import Store
db, stop, sql = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
s = Store(db, create=False)
seen, errors, n = [], [], 0
while not stop.exists():
    try:
        row = list(s.sql(sql).iloc[0])
        row = [x.item() if hasattr(x, "item") else x for x in row]
        n += 1
        if not seen or seen[-1] != row:
            seen.append(row)
    except Exception as e:
        errors.append(repr(e))
print(json.dumps({"seen": seen, "errors": errors, "queries": n}))
"""


def test_readers_during_ingests(tmp_path, monkeypatch):
    import importlib
    monkeypatch.setattr(importlib.import_module("pipeline.extract"), "extract_document", digits_extract)
    db = tmp_path / "c.duckdb"
    ingest([ROOT / "seeds"], db=db, progress=False)
    states = [fingerprint(db)]
    b = make_corpus(tmp_path / "b", 40, seed=2)
    c = make_corpus(tmp_path / "c", 40, seed=3)

    stop = threading.Event()
    shared = store.Store(db)
    results = [{"seen": [], "errors": [], "queries": 0} for _ in range(THREADS)]

    def reader(k):
        # half the threads share one Store (thread-local cursors), half own one
        s = shared if k % 2 == 0 else store.Store(db, create=False)
        r = results[k]
        while not stop.is_set():
            try:
                row = tuple(x.item() if hasattr(x, "item") else x for x in s.sql(SNAPSHOT).iloc[0])
                r["queries"] += 1
                if not r["seen"] or r["seen"][-1] != row:
                    r["seen"].append(row)
                store.run_query("claims", db=db, limit=50)  # the runner path too
            except Exception as e:  # counted, and the test fails on any
                r["errors"].append(repr(e))

    stop_file = tmp_path / "stop"
    other = subprocess.Popen([sys.executable, "-c", READER, str(db), str(stop_file), SNAPSHOT],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    threads = [threading.Thread(target=reader, args=(k,)) for k in range(THREADS)]
    for t in threads:
        t.start()
    try:
        time.sleep(1.0)  # the other process is up and reading
        for src in (b, c):
            p = subprocess.run([sys.executable, "-c", RUN_CLI, "ingest", str(src),
                                "--db", str(db), "--no-progress"],
                               cwd=ROOT, capture_output=True, text=True, timeout=300)
            assert p.returncode == 0, p.stderr
            states.append(fingerprint(db))
            time.sleep(1.5)  # every reader gets to query the new file
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=60)
        stop_file.write_text("stop")
        out, err = other.communicate(timeout=60)
    assert other.returncode == 0, err
    results.append({**json.loads(out.strip().splitlines()[-1])})

    assert len(set(states)) == 3
    order = {s: i for i, s in enumerate(states)}
    for k, r in enumerate(results):
        who = f"reader {k}" if k < THREADS else "second process"
        assert r["errors"] == [], f"{who}: {r['errors'][:3]}"
        seen = [tuple(x) for x in r["seen"]]
        assert all(s in order for s in seen), f"{who} saw a state that is neither old nor new: {seen}"
        idx = [order[s] for s in seen]
        assert idx == sorted(idx), f"{who} went back to an older state"
        assert idx[-1] == 2, f"{who} never noticed the last ingest"
        assert r["queries"] > 10
    print(f"\n{THREADS} threads + 1 process, {sum(r['queries'] for r in results)} snapshot queries "
          f"across 2 ingests: 0 errors, only old/new states")
