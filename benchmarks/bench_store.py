"""Store benchmark: load time and memory, query latency, ingest throughput. Prints figures.

    .venv/bin/python benchmarks/bench_store.py                 # everything (several minutes)
    .venv/bin/python benchmarks/bench_store.py --sizes 1e6     # one size, no ingest runs
    .venv/bin/python benchmarks/bench_store.py --sizes --corpus-mb 100 --workers 1 2
    .venv/bin/python benchmarks/bench_store.py --sizes 1e7 --corpus-mb 0 --no-queries --trace

1. Synthetic claims (1M and 10M by default) are written as Parquet stage files,
   the way extraction workers write them, then loaded by `store.build` into a
   fresh database in a child process: wall time and the child's peak RSS.
2. Every file in queries/ against that database: warm latency (median of 15
   runs on an open connection) and cold latency (a fresh process: open the file,
   run once; the page cache is warm, the DuckDB instance is not).
3. `bizenv ingest` of a corpus of about 100 MB (benchmarks/corpus.py: seed texts
   with shuffled paragraphs and changed numbers) with 1 and 2 workers, and one
   single file of that size.

Targets (issue 3): 10M claims load <= 20 s and <= 2 GiB; warm <= 30 ms for an
aggregate, <= 20 ms for a 1,000-row page of claims with evidence; cold <= 100 ms.
Not a test: figures depend on the machine.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = Path(__file__).resolve().parent / "out" / "store"

ZONES = 400
PERIODS = ["2021", "2022", "2023", "2024", "2025", "2025H1", "2025-05", None]
#: (indicator, family, unit, evidence suffix, direction); approval_time comes in two units
INDICATORS = [
    ("approval_time", "duration", "working_day", "个工作日", "lower"),
    ("approval_time", "duration", "day", "天", "lower"),
    ("construction_permit_time", "duration", "day", "天", "lower"),
    ("acceptance_time", "duration", "working_day", "个工作日", "lower"),
    ("steps_cut", "pct_reduction", "pct", "%", "higher"),
    ("time_cut", "pct_reduction", "pct", "%", "higher"),
    ("industrial_value_added_growth", "growth_rate", "pct", "%", "higher"),
    ("revenue_growth", "growth_rate", "pct", "%", "higher"),
    ("commitment_rate", "share_pct", "pct", "%", "higher"),
    ("high_tech_firms", "firm_count", "firm", "家", "higher"),
    ("new_market_entities", "firm_count", "firm", "户", "higher"),
    ("projects_signed", "project_count", "project", "个", "higher"),
    ("investment", "money", "yuan", "亿元", "higher"),
    ("tax_revenue", "money", "yuan", "万元", "higher"),
    ("land_area", "area", "m2", "亩", "higher"),
    ("jobs", "other", "job", "个岗位", "higher"),
] + [(f"metric_{k:02d}", "other", "item", "项", "higher") for k in range(44)]


# ------------------------------------------------------------------ synthetic claims

def generate(n: int, stage: Path, batch: int = 1_000_000) -> int:
    """Write n synthetic claims (plus documents, numbers, zone mentions) as stage Parquet."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from pipeline.ingest import SCHEMAS

    stage.mkdir(parents=True, exist_ok=True)
    per_doc = 100
    ndocs = max(1, n // per_doc)
    rng = np.random.default_rng(7)
    doc_ids = [hashlib.sha256(f"doc{i}".encode()).hexdigest() for i in range(ndocs)]
    zone_ids = np.array([f"z{k:04d}" for k in range(ZONES)], dtype=object)
    zone_names = np.array([f"测试{k:04d}经济技术开发区" for k in range(ZONES)], dtype=object)
    ind = np.array([i[0] for i in INDICATORS], dtype=object)
    fam = np.array([i[1] for i in INDICATORS], dtype=object)
    unit = np.array([i[2] for i in INDICATORS], dtype=object)
    suffix = np.array([i[3] for i in INDICATORS], dtype=object)
    periods = np.array(PERIODS, dtype=object)
    doc_arr = np.array(doc_ids, dtype=object)

    # documents: short texts; the claims are what is being measured
    docs = {k: [] for k in SCHEMAS["documents"].names}
    for i, d in enumerate(doc_ids):
        z = i % ZONES
        for k, v in (("src", i), ("doc_id", d), ("name", f"doc_{i:06d}.txt"),
                     ("path", f"/bench/doc_{i:06d}.txt"), ("encoding", "utf-8"), ("chars", 400),
                     ("bytes", 1200), ("title", f"{zone_names[z]}营商环境报道{i}"),
                     ("outlet", "科学导报"), ("pub_date", "2025-09-07"), ("url", None),
                     ("default_zone", None), ("default_period", None), ("meta_json", None),
                     ("body_start", 0),
                     ("text", f"{zone_names[z]}审批时限压缩至20个工作日，高新技术企业11家。" * 12),
                     ("ingested_at", None), ("pipeline_version", "bench"), ("run_id", 1)):
            docs[k].append(v)
    pq.write_table(pa.Table.from_pydict(docs, schema=SCHEMAS["documents"]), stage / "000000.documents.parquet")
    mentions = pa.table({"src": pa.array(range(ndocs), pa.int32()), "doc_id": doc_ids,
                         "zone_id": [zone_ids[i % ZONES] for i in range(ndocs)],
                         "name": [zone_names[i % ZONES] for i in range(ndocs)],
                         "start": pa.array([0] * ndocs, pa.int32()),
                         "end": pa.array([12] * ndocs, pa.int32()),
                         "surface": [zone_names[i % ZONES] for i in range(ndocs)],
                         "provisional": [i % ZONES >= ZONES - 20 for i in range(ndocs)],
                         "passing": [False] * ndocs}, schema=SCHEMAS["zone_mentions"])
    pq.write_table(mentions, stage / "000000.zone_mentions.parquet")

    for b, lo in enumerate(range(0, n, batch)):
        m = min(batch, n - lo)
        row = np.arange(lo, lo + m)
        doc = row // per_doc
        doc = np.minimum(doc, ndocs - 1)
        within = row - doc * per_doc
        z = np.where(rng.random(m) < 0.1, -1, (doc * 7 + (within % 3)) % ZONES)
        k = rng.integers(0, len(INDICATORS), m)
        value = np.round(rng.gamma(2.0, 20.0, m), 1)
        has_before = (fam[k] == "duration") & (rng.random(m) < 0.5)
        before = np.where(has_before, np.round(value * rng.uniform(1.5, 4, m), 1), np.nan)
        start = (within * 37).astype(np.int32)
        vtxt = pa.array(value).cast(pa.string())
        evidence = pc.binary_join_element_wise(vtxt, pa.array(suffix[k]), "")
        end = start + pc.utf8_length(evidence).to_numpy().astype(np.int32)
        zname = pa.array(np.where(z >= 0, zone_names[np.maximum(z, 0)], "全国"))
        lead = pa.array(np.where(has_before, "审批时限由法定时限大幅压缩至", "本年度相关指标达到"))
        sentence = pc.binary_join_element_wise(
            zname, lead, evidence, pa.array(["，营商环境持续优化，企业获得感不断增强。"] * m), "")
        mark = (pc.utf8_length(zname).to_numpy() + pc.utf8_length(lead).to_numpy()).astype(np.int32)
        did = pa.array(doc_arr[doc])
        claim_id = pc.binary_join_element_wise(
            pc.utf8_slice_codeunits(did, 0, 16), pa.array(start).cast(pa.string()),
            pa.array(end).cast(pa.string()), pa.array(ind[k]), ":")
        zid = pa.array(np.where(z >= 0, zone_ids[np.maximum(z, 0)], None))
        cols = {
            "src": pa.array(doc, pa.int32()), "claim_id": claim_id, "doc_id": did,
            "doc": pa.array([f"doc_{d:06d}.txt" for d in doc]),
            "zone": pa.array(np.where(z >= 0, zone_names[np.maximum(z, 0)], None)),
            "zone_id": zid,
            "zone_status": pa.array(np.where(z >= ZONES - 20, "provisional",
                                             np.where(z >= 0, "registered", None))),
            "family": pa.array(fam[k]), "indicator": pa.array(ind[k]),
            "value": pa.array(value), "unit": pa.array(unit[k]),
            "value_before": pa.array(before, from_pandas=True),
            "unit_before": pa.array(np.where(has_before, unit[k], None)),
            "qualifier": pa.array(np.where(rng.random(m) < 0.2, "max", None)),
            "period": pa.array(periods[rng.integers(0, len(periods), m)]),
            "start": pa.array(start), "end": pa.array(end), "evidence": evidence,
            "sentence": sentence, "sentence_start": pa.array(np.maximum(start - 14, 0).astype(np.int32)),
            "mark_start": pa.array(mark), "mark_end": pa.array(mark + (end - start)),  # the evidence in the sentence
            "rule": pa.array(np.array(["count", "duration", "pct", "money", "before_after"],
                                      dtype=object)[k % 5]),
        }
        pq.write_table(pa.Table.from_pydict(cols, schema=SCHEMAS["claims"]),
                       stage / f"{b + 1:06d}.claims.parquet")
        # number mentions: one unclaimed and one claimed per four claims
        q = row[::4]
        qd = np.minimum(q // per_doc, ndocs - 1)
        claimed = pa.array(rng.random(len(q)) < 0.5)
        nums = pa.table({"src": pa.array(qd, pa.int32()), "doc_id": pa.array(doc_arr[qd]),
                         "start": pa.array(((q - qd * per_doc) * 37 + 30).astype(np.int32)),
                         "end": pa.array(((q - qd * per_doc) * 37 + 33).astype(np.int32)),
                         "surface": pa.array(["123"] * len(q)),
                         "claimed": claimed, "covered": claimed,
                         "reason": pa.array(np.where(rng.random(len(q)) < 0.7, "date", ""))},
                        schema=SCHEMAS["numbers"])
        pq.write_table(nums, stage / f"{b + 1:06d}.numbers.parquet")
    return ndocs


def load(stage: Path, db: Path, ndocs: int) -> dict:
    """store.build of a stage into a fresh database (run in a child: its peak RSS is ours)."""
    from pipeline import store
    if db.exists():
        db.unlink()
    t0 = time.perf_counter()
    store.init_db(db)
    with store.writer_lock(db):
        store.build(db, store.Change(stage=stage, accepted=list(range(ndocs))), work=stage)
    secs = time.perf_counter() - t0
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return {"seconds": secs, "cpu_seconds": ru.ru_utime + ru.ru_stime, "peak_rss": ru.ru_maxrss * 1024,
            "db_bytes": db.stat().st_size, "loadavg": os.getloadavg()[0]}


# ------------------------------------------------------------------------- queries

def query_params(db: Path) -> dict:
    from pipeline.store import Store
    s = Store(db, create=False)
    top = s.sql("SELECT zone_id, count(*) n FROM claims WHERE zone_id IS NOT NULL "
                "GROUP BY 1 ORDER BY 2 DESC LIMIT 1")["zone_id"][0]
    ind = s.sql("SELECT indicator FROM claims GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")["indicator"][0]
    doc = s.sql("SELECT doc_id FROM documents LIMIT 1")["doc_id"][0]
    return {"zone": top, "indicator": ind, "doc": doc}


def params_for(q, some: dict) -> dict:
    p = {k: v for k, v in some.items() if k in q.params and q.defaults.get(k) is None}
    if "limit" in q.params:
        p["limit"] = 1000
    if q.name in ("claims", "export_claims", "before_after", "unclaimed_numbers", "claims_count",
                  "coverage_families"):
        # the unfiltered page is the hard case; the zone filter is measured separately
        p = {k: v for k, v in p.items() if k not in ("zone", "indicator", "doc")}
    if q.name.startswith("compare_"):
        # the Compare page's view: one indicator across every zone (a zone and a document
        # as well would leave nothing to rank)
        p = {k: v for k, v in p.items() if k not in ("zone", "doc")}
    return p


COLD = r"""
import json, sys, time
import pandas  # a reading process (the dashboard) has it loaded already
from pipeline.store import Store
t0 = time.perf_counter()  # after imports: a new process's first open and query
s = Store(sys.argv[1], create=False)
df = s.query(sys.argv[2], **json.loads(sys.argv[3]))
print(json.dumps({"ms": (time.perf_counter() - t0) * 1000, "rows": len(df)}))
"""


def latencies(db: Path, runs: int = 15) -> list[dict]:
    from pipeline.store import Store, list_queries
    s = Store(db, create=False)
    some = query_params(db)
    cases = [(q.name, params_for(q, some)) for q in list_queries()]
    cases.append(("claims", {"zone": some["zone"], "limit": 1000}))
    cases.append(("claims", {"indicator": some["indicator"], "limit": 1000, "offset": 5000}))
    out = []
    for name, p in cases:
        cold = subprocess.run([sys.executable, "-c", COLD, str(db), name, json.dumps(p)],
                              cwd=ROOT, capture_output=True, text=True, timeout=600)
        if cold.returncode:
            out.append({"query": name, "params": p, "error": cold.stderr.strip().splitlines()[-1]})
            continue
        cold = json.loads(cold.stdout)
        s.query(name, **p)
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            df = s.query(name, **p)
            times.append((time.perf_counter() - t) * 1000)
        out.append({"query": name, "params": {k: v for k, v in p.items() if k != "doc"},
                    "rows": len(df), "warm_ms": statistics.median(times), "cold_ms": cold["ms"]})
    return out


# -------------------------------------------------------------------------- ingest

def run_ingest(paths: list[Path], db: Path, workers: int) -> dict:
    if db.exists():
        db.unlink()
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "pipeline.cli", "ingest", *map(str, paths),
                        "--db", str(db), "--workers", str(workers), "--no-progress"],
                       cwd=ROOT, capture_output=True, text=True)
    secs = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    summary = p.stderr.strip().splitlines()[-1] if p.stderr.strip() else ""
    return {"seconds": secs, "rc": p.returncode, "summary": summary, "max_child_rss": rss}


def corpus(mb: float) -> Path:
    try:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        import corpus as c  # the extraction benchmark's corpus builder
        return c.build(mb)
    except ImportError:
        raise SystemExit("benchmarks/corpus.py is needed to build the ingest corpus")


def _fmt_bytes(n: float) -> str:
    return f"{n / 2**30:.2f} GiB" if n >= 2**30 else f"{n / 2**20:.0f} MiB"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=float, nargs="*", default=[1e6, 1e7],
                    help="synthetic claim counts (default 1e6 1e7; none to skip)")
    ap.add_argument("--corpus-mb", type=float, default=100, help="ingest corpus size (0 to skip)")
    ap.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    ap.add_argument("--single-file", action=argparse.BooleanOptionalAction, default=True,
                    help="also ingest the corpus as one file")
    ap.add_argument("--queries", action=argparse.BooleanOptionalAction, default=True,
                    help="time every query file after each load")
    ap.add_argument("--trace", action="store_true",
                    help="print the load's step timings (the build's $BIZENV_TRACE output)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--json", type=Path, help="also write all figures here")
    a = ap.parse_args(argv)
    from pipeline import store
    a.out.mkdir(parents=True, exist_ok=True)
    report = {"machine": {"cpus": os.cpu_count()}, "loads": [], "queries": {}, "ingest": []}
    print(f"bizenv store benchmark — {os.cpu_count()} CPUs, DuckDB memory_limit "
          f"{os.environ.get('BIZENV_MEMORY', store.WRITER_MEMORY)}")

    for size in a.sizes:
        n = int(size)
        stage = a.out / f"stage-{n}"
        db = a.out / f"claims-{n}.duckdb"
        if not (stage / "done").exists():
            shutil.rmtree(stage, ignore_errors=True)
            t = time.perf_counter()
            ndocs = generate(n, stage)
            (stage / "done").write_text(str(ndocs))
            print(f"\n[{n:,} claims] generated stage in {time.perf_counter() - t:.1f} s")
        ndocs = int((stage / "done").read_text())
        env = dict(os.environ, BIZENV_TRACE="1") if a.trace else None
        child = subprocess.run([sys.executable, __file__, "_load", str(stage), str(db), str(ndocs)],
                               cwd=ROOT, capture_output=True, text=True, env=env)
        if child.returncode or a.trace:
            print(child.stderr, end="")
        if child.returncode:
            return 1
        r = json.loads(child.stdout)
        r["claims"] = n
        report["loads"].append(r)
        print(f"[{n:,} claims] load: {r['seconds']:.1f} s (CPU {r['cpu_seconds']:.1f} s), "
              f"peak RSS {_fmt_bytes(r['peak_rss'])}, file {_fmt_bytes(r['db_bytes'])}, "
              f"load average {r['loadavg']:.1f} (others share the machine: wall times vary)")
        if not a.queries:
            continue
        load_before = os.getloadavg()[0]
        lat = latencies(db)
        report["queries"][n] = lat
        print(f"  {'query':22} {'params':38} {'rows':>7} {'warm ms':>8} {'cold ms':>8}")
        for q in lat:
            if "error" in q:
                print(f"  {q['query']:22} ERROR {q['error']}")
                continue
            ps = ",".join(f"{k}={v}" for k, v in q["params"].items())[:38]
            print(f"  {q['query']:22} {ps:38} {q['rows']:>7} {q['warm_ms']:8.1f} {q['cold_ms']:8.1f}")
        print(f"  load average {load_before:.1f} before the queries, {os.getloadavg()[0]:.1f} after")

    if a.corpus_mb:
        folder = corpus(a.corpus_mb)
        files = sorted(folder.glob("doc_*.txt"))
        mb = sum(f.stat().st_size for f in files) / 1e6
        print(f"\n[ingest] corpus {folder.name}: {len(files)} files, {mb:.1f} MB")
        for w in a.workers:
            r = run_ingest([folder], a.out / f"ingest-w{w}.duckdb", w)
            r.update(workers=w, mb=mb)
            report["ingest"].append(r)
            print(f"  workers={w}: {r['seconds']:.1f} s, {mb / r['seconds']:.2f} MB/s, rc={r['rc']}"
                  f"  | {r['summary']}")
        if a.single_file:
            big = a.out / "single-file" / "one_big_file.txt"
            if not big.exists() or big.stat().st_size < mb * 1e6 * 0.99:
                big.parent.mkdir(parents=True, exist_ok=True)
                with open(big, "wb") as fh:
                    for f in files:
                        fh.write(f.read_bytes())
                        fh.write(b"\n\n")
            r = subprocess.run([sys.executable, __file__, "_single", str(big),
                                str(a.out / "single.duckdb")], cwd=ROOT, capture_output=True, text=True)
            if r.returncode:
                print(r.stderr)
            else:
                s = json.loads(r.stdout)
                report["single_file"] = s
                print(f"  one {big.stat().st_size / 1e6:.0f} MB file: {s['seconds']:.1f} s, "
                      f"peak RSS {_fmt_bytes(s['peak_rss'])} | {s['summary']}")
    if a.json:
        a.json.write_text(json.dumps(report, indent=1, default=str))
    return 0


def _single(path: str, db: str) -> None:
    from pipeline.ingest import ingest
    if os.path.exists(db):
        os.unlink(db)
    t = time.perf_counter()
    r = ingest([path], db=db, progress=False)
    print(json.dumps({"seconds": time.perf_counter() - t, "summary": r.summary(),
                      "peak_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_load":
        print(json.dumps(load(Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]))))
    elif len(sys.argv) > 1 and sys.argv[1] == "_single":
        _single(sys.argv[2], sys.argv[3])
    else:
        sys.exit(main())
