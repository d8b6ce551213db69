"""Extraction throughput, parallel speed-up and memory on a corpus built from the seeds.

    .venv/bin/python benchmarks/bench_extract.py            # 50 MB corpus
    .venv/bin/python benchmarks/bench_extract.py --mb 10    # quicker

(a) One process: for each document, `extract_text` and, over the same text in
    the same run, a bare `for m in re.finditer(r'\\d+', text): pass` (stdlib re).
    Target: extraction >= 0.15x the bare scan's MB/s. Also printed: the time
    extraction spends per digit run the scan finds, beside the time the target
    allows one.
(b) Files read and extracted in one process, then by a Pool(2) over the same
    files. Target: >= 1.6x speed-up.
(c) Peak RSS of a fresh process streaming the first N MB of the corpus, for
    growing N: flat when documents are streamed and no matches are kept.

MB are millions of bytes of UTF-8 text. A report, not a timed test.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))          # corpus.py beside us
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))   # pipeline/ from a checkout

import corpus  # noqa: E402
from pipeline.extract import extract_text  # noqa: E402

_DIGITS = re.compile(r"\d+")
TARGET_RATIO, TARGET_SPEEDUP = 0.15, 1.6
SCAN_LABEL = r"re.finditer(r'\d+') scan"


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # Linux: KiB


def _read(path: Path) -> tuple[str, int]:
    data = path.read_bytes()
    return data.decode("utf-8"), len(data)


def _warm_up() -> None:
    """Compile the extraction's patterns before anything is timed."""
    for seed in corpus.read_seeds():
        extract_text(seed)


# ---- (a) one process, beside the bare scan -------------------------------------

def bench_scan(paths: list[Path]) -> dict:
    nbytes = claims = numbers = 0
    t_extract = t_scan = 0.0
    clock = time.perf_counter
    for path in paths:
        text, size = _read(path)
        nbytes += size
        t0 = clock()
        claims += len(extract_text(text, doc=path.name).claims)
        t1 = clock()
        for _m in _DIGITS.finditer(text):
            pass
        t2 = clock()
        t_extract += t1 - t0
        t_scan += t2 - t1
        numbers += len(_DIGITS.findall(text))  # (not timed: what the scan found)
    return {"mb": nbytes / 1e6, "claims": claims, "numbers": numbers, "t_extract": t_extract, "t_scan": t_scan}


# ---- (b) one process vs two ------------------------------------------------------

def work(path: Path) -> tuple[int, int]:
    """Read and extract one file; only counts travel back."""
    text, size = _read(path)
    return size, len(extract_text(text, doc=path.name).claims)


def _init_worker() -> None:
    _warm_up()


def bench_parallel(paths: list[Path], processes: int = 2) -> dict:
    t0 = time.perf_counter()
    one = [work(p) for p in paths]
    t_one = time.perf_counter() - t0

    with mp.Pool(processes, initializer=_init_worker) as pool:
        pool.map(abs, range(processes * 4))             # workers up and warmed first
        t0 = time.perf_counter()
        many = list(pool.imap_unordered(work, paths, chunksize=4))
        t_many = time.perf_counter() - t0
    assert sum(c for _, c in one) == sum(c for _, c in many), "runs disagree on claims"
    return {"mb": sum(s for s, _ in one) / 1e6, "t_one": t_one, "t_many": t_many,
            "processes": processes}


# ---- (c) memory as the corpus grows -------------------------------------------------

def rss_run(folder: Path, mb: float) -> dict:
    """Stream the first `mb` MB of the corpus through extraction in this process."""
    _warm_up()
    before = _peak_rss_mb()
    nbytes = claims = 0
    for path in corpus.files(folder):
        if nbytes >= mb * 1e6:
            break
        text, size = _read(path)
        claims += len(extract_text(text, doc=path.name).claims)
        nbytes += size
    return {"mb": nbytes / 1e6, "claims": claims, "rss_start": before, "rss_peak": _peak_rss_mb()}


def bench_memory(folder: Path, sizes: list[float]) -> list[dict]:
    """Each size in a fresh process, so each peak is that run's own."""
    rows = []
    for mb in sizes:
        out = subprocess.run([sys.executable, __file__, "--rss-run", str(mb), "--corpus", str(folder)],
                             check=True, capture_output=True, text=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
    return rows


# ---- report --------------------------------------------------------------------------

def _mark(ok: bool) -> str:
    return "ok" if ok else "BELOW TARGET"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=50, help="corpus size in MB (default 50)")
    ap.add_argument("--seed", type=int, default=2025, help="corpus random seed (default 2025)")
    ap.add_argument("--memory-sizes", default="",
                    help="comma-separated MB for (c) (default: 1/5, 1/2 and all of --mb)")
    ap.add_argument("--rss-run", type=float, help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.rss_run is not None:                         # child of (c)
        print(json.dumps(rss_run(args.corpus, args.rss_run)))
        return 0

    folder = corpus.build(args.mb, args.seed)
    paths = corpus.files(folder)
    sizes = ([float(s) for s in args.memory_sizes.split(",") if s.strip()]
             or [round(args.mb / 5, 1), round(args.mb / 2, 1), args.mb])
    commit = subprocess.run(["git", "-C", str(corpus.ROOT), "describe", "--always"],
                            capture_output=True, text=True).stdout.strip() or "?"
    print(f"code: {commit}   corpus: {folder.relative_to(corpus.ROOT)}  ({len(paths)} files)")
    _warm_up()

    a = bench_scan(paths)
    ext_speed, scan_speed = a["mb"] / a["t_extract"], a["mb"] / a["t_scan"]
    ratio = ext_speed / scan_speed
    print(f"\n(a) one process, {a['mb']:.1f} MB, {a['claims']} claims")
    print(f"    {'':28}{'seconds':>10}{'MB/s':>10}")
    print(f"    {'extract_text':28}{a['t_extract']:>10.2f}{ext_speed:>10.1f}")
    print(f"    {SCAN_LABEL:28}{a['t_scan']:>10.2f}{scan_speed:>10.1f}")
    print(f"    ratio extract / scan: {ratio:.3f}x   (target >= {TARGET_RATIO}x: {_mark(ratio >= TARGET_RATIO)})")
    # what the target leaves for each number the scan finds, beside what extraction spends on one
    allowed = a["t_scan"] / TARGET_RATIO / a["numbers"]
    print(f"    per digit run ({a['numbers'] / a['mb']:.0f} a MB): extraction {a['t_extract'] / a['numbers'] * 1e6:.1f} µs,"
          f" the target allows {allowed * 1e6:.1f} µs")

    b = bench_parallel(paths)
    speedup = b["t_one"] / b["t_many"]
    print(f"\n(b) read + extract, {b['mb']:.1f} MB")
    print(f"    {'':28}{'seconds':>10}{'MB/s':>10}")
    print(f"    {'1 process':28}{b['t_one']:>10.2f}{b['mb'] / b['t_one']:>10.1f}")
    pool_label = "Pool(%d)" % b["processes"]
    print(f"    {pool_label:28}{b['t_many']:>10.2f}{b['mb'] / b['t_many']:>10.1f}")
    print(f"    speed-up: {speedup:.2f}x   (target >= {TARGET_SPEEDUP}x: {_mark(speedup >= TARGET_SPEEDUP)};"
          f" {mp.cpu_count()} CPUs here)")

    rows = bench_memory(folder, sizes)
    print("\n(c) peak RSS of a fresh process streaming the corpus")
    print(f"    {'MB streamed':>12}{'claims':>10}{'RSS before':>12}{'RSS peak':>10}{'growth':>10}")
    for r in rows:
        print(f"    {r['mb']:>12.1f}{r['claims']:>10}{r['rss_start']:>10.1f}MB{r['rss_peak']:>8.1f}MB"
              f"{r['rss_peak'] - r['rss_start']:>8.1f}MB")
    spread = max(r["rss_peak"] for r in rows) - min(r["rss_peak"] for r in rows)
    print(f"    peak spread across sizes: {spread:.1f} MB"
          f"   ({'flat' if spread < 0.1 * min(r['rss_peak'] for r in rows) + 5 else 'GROWS with corpus'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
