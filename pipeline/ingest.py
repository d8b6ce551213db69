"""`bizenv ingest` and `bizenv reindex`: files in, one atomic swap of the database out.

Extraction runs in worker processes (``--workers N``). Each worker turns a
batch of files into Parquet files in a stage folder beside the database
(documents, claims, number mentions, zone mentions); the parent never holds
claims as Python objects. `store.build` then loads the stage with one sorted
set-based statement into a fresh file and swaps it in.

Idempotent: a document is its decoded text's sha256. Content already stored is
skipped; a file whose content changed replaces the document it held before.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from . import store
from .text import Document, InputError, iter_paths, read_document

#: Texts longer than this are extracted in paragraph-aligned pieces so one
#: 100 MB file does not hold the extraction of all of it in memory at once.
CHUNK_CHARS = 2_000_000
#: Files are handed to workers in batches of about this many bytes.
TASK_BYTES = 2_000_000
TASK_FILES = 200

_S, _I, _F, _B = pa.string(), pa.int32(), pa.float64(), pa.bool_()
SCHEMAS = {
    "documents": pa.schema([
        ("src", _I), ("doc_id", _S), ("name", _S), ("path", _S), ("encoding", _S),
        ("chars", pa.int64()), ("bytes", pa.int64()), ("title", _S), ("outlet", _S),
        ("pub_date", _S), ("url", _S), ("default_zone", _S), ("default_period", _S),
        ("meta_json", _S), ("body_start", _I), ("text", pa.large_string()),
        ("ingested_at", pa.timestamp("us")), ("pipeline_version", _S), ("run_id", _I)]),
    "claims": pa.schema([
        ("src", _I), ("claim_id", _S), ("doc_id", _S), ("doc", _S), ("zone", _S),
        ("zone_id", _S), ("zone_status", _S), ("family", _S), ("indicator", _S),
        ("value", _F), ("unit", _S), ("value_before", _F), ("unit_before", _S),
        ("qualifier", _S), ("period", _S), ("start", _I), ("end", _I), ("evidence", _S),
        ("sentence", _S), ("sentence_start", _I), ("rule", _S), ("mark_start", _I),
        ("mark_end", _I)]),
    "numbers": pa.schema([
        ("src", _I), ("doc_id", _S), ("start", _I), ("end", _I), ("surface", _S),
        ("claimed", _B), ("covered", _B), ("reason", _S)]),
    "zone_mentions": pa.schema([
        ("src", _I), ("doc_id", _S), ("zone_id", _S), ("name", _S), ("start", _I),
        ("end", _I), ("surface", _S), ("provisional", _B), ("passing", _B)]),
}


def _nz(v):
    """'' -> None, so SQL sees missing as NULL."""
    return None if v == "" else v


def _chunks(text: str, start: int):
    """[a, b) pieces of text[start:] ending at a line break near CHUNK_CHARS."""
    n = len(text)
    a = start
    while a < n:
        b = min(n, a + CHUNK_CHARS)
        if b < n:
            cut = text.rfind("\n", a + CHUNK_CHARS // 2, b)
            if cut == -1:
                cut = text.rfind("。", a + CHUNK_CHARS // 2, b)
            if cut != -1:
                b = cut + 1
        yield a, b
        a = b


def extract_rows(doc: Document, src: int, out: dict[str, dict[str, list]]) -> int:
    """Extract one document and append its rows to the column lists in `out`.

    Returns the number of claims.
    """
    from .extract import extract_document, extract_text

    text = doc.text
    if len(text) - doc.body_start <= 2 * CHUNK_CHARS:
        pieces = [(0, extract_document(doc))]
    else:
        # Pieces start after the front matter, so each piece's body starts at 0.
        pieces = (
            (a, extract_text(text[a:b], doc=doc.name, default_zone=doc.meta.get("zone"), body_start=0))
            for a, b in _chunks(text, doc.body_start))
    seen: dict[str, int] = {}
    stated: set = set()  # "the same claim stated twice in one document is one claim", across pieces
    n = 0
    short = doc.sha256[:16]
    for shift, ex in pieces:
        c, nm, zm = out["claims"], out["numbers"], out["zone_mentions"]
        spans = []
        earlier = set(stated)
        for cl in ex.claims:
            same = (cl.zone_id, cl.indicator, cl.value, cl.unit, cl.value_before, cl.unit_before,
                    cl.period, cl.qualifier)
            if same in earlier:
                continue
            stated.add(same)
            s, e = cl.start + shift, cl.end + shift
            cid = f"{short}:{s}:{e}:{cl.indicator}"
            k = seen.get(cid, 0)
            seen[cid] = k + 1
            if k:
                cid = f"{cid}#{k + 1}"
            spans.append((s, e))
            for col, v in (("src", src), ("claim_id", cid), ("doc_id", doc.sha256),
                           ("doc", cl.doc or doc.name), ("zone", _nz(cl.zone)),
                           ("zone_id", _nz(cl.zone_id)), ("zone_status", _nz(cl.zone_status)),
                           ("family", cl.family), ("indicator", cl.indicator),
                           ("value", None if cl.value is None else float(cl.value)),
                           ("unit", cl.unit),
                           ("value_before", None if cl.value_before is None else float(cl.value_before)),
                           ("unit_before", _nz(cl.unit_before)), ("qualifier", _nz(cl.qualifier)),
                           ("period", _nz(cl.period)), ("start", s), ("end", e),
                           ("evidence", cl.evidence), ("sentence", cl.sentence),
                           ("sentence_start", cl.sentence_start + shift), ("rule", _nz(cl.rule)),
                           ("mark_start", cl.mark_start), ("mark_end", cl.mark_end)):
                c[col].append(v)
            n += 1
        numbers = [(m.start + shift, m.end + shift, m.surface, bool(m.claimed), m.reason)
                   for m in ex.numbers]
        # a claim's evidence lies inside its piece, so coverage is decided piece by piece
        for (s, e, surface, claimed, reason), cov in zip(numbers, _covered(spans, numbers)):
            for col, v in (("src", src), ("doc_id", doc.sha256), ("start", s), ("end", e),
                           ("surface", surface), ("claimed", claimed), ("covered", claimed or cov),
                           ("reason", reason)):
                nm[col].append(v)
        for z in ex.zones:
            for col, v in (("src", src), ("doc_id", doc.sha256), ("zone_id", _nz(z.zone_id)),
                           ("name", z.name), ("start", z.start + shift), ("end", z.end + shift),
                           ("surface", z.surface), ("provisional", bool(z.provisional)),
                           ("passing", bool(z.passing))):
                zm[col].append(v)
        del ex
        if isinstance(out, Sink):
            out.maybe_flush()
    return n


def _covered(spans, numbers) -> list[bool]:
    """For each number (start, end, ...): does some claim span contain it?

    >>> _covered([(0, 5), (10, 12)], [(1, 3, "", 0), (4, 6, "", 0), (10, 12, "", 0)])
    [True, False, True]
    """
    import bisect
    spans = sorted(spans)
    starts = [s for s, _ in spans]
    reach, best = [], -1
    for _, e in spans:  # furthest end among spans starting at or before each
        best = max(best, e)
        reach.append(best)
    out = []
    for s, e, *_ in numbers:
        i = bisect.bisect_right(starts, s) - 1
        out.append(i >= 0 and reach[i] >= e)
    return out


def _empty_cols() -> dict[str, dict[str, list]]:
    return {k: {f.name: [] for f in s} for k, s in SCHEMAS.items()}


class Sink:
    """Column lists of one task's stage files, written out in parts as they grow.

    A 100 MB text yields millions of number mentions; holding them all as
    Python objects would cost gigabytes, so parts go to disk every FLUSH_ROWS.
    """
    FLUSH_ROWS = 200_000

    def __init__(self, stage: Path, seq: int):
        self.stage, self.seq, self.part = Path(stage), seq, 0
        self.cols = _empty_cols()

    def __getitem__(self, kind: str) -> dict[str, list]:
        return self.cols[kind]

    def maybe_flush(self):
        if len(self.cols["claims"]["src"]) + len(self.cols["numbers"]["src"]) >= self.FLUSH_ROWS:
            self.flush(("claims", "numbers", "zone_mentions"))

    def flush(self, kinds=tuple(SCHEMAS)):
        for kind in kinds:
            tbl = pa.Table.from_pydict(self.cols[kind], schema=SCHEMAS[kind])
            big = kind == "documents"  # whole texts: statistics on them would copy each one
            pq.write_table(tbl, self.stage / f"{self.seq:06d}-{self.part:03d}.{kind}.parquet",
                           compression="snappy", use_dictionary=not big, write_statistics=not big)
            del tbl
            self.cols[kind] = {f.name: [] for f in SCHEMAS[kind]}
        self.part += 1


def _doc_row(doc: Document, src: int, nbytes: int, version: str, run_id: int, cols: dict):
    m = doc.meta
    row = {"src": src, "doc_id": doc.sha256, "name": doc.name,
           "path": str(Path(doc.path).resolve()) if doc.path else None,
           "encoding": doc.encoding, "chars": len(doc.text), "bytes": nbytes,
           "title": m.get("title"), "outlet": m.get("outlet"), "pub_date": m.get("date"),
           "url": m.get("url"), "default_zone": m.get("zone"), "default_period": m.get("period"),
           "meta_json": json.dumps(m, ensure_ascii=False) if m else None,
           "body_start": doc.body_start, "text": doc.text, "ingested_at": store._now(),
           "pipeline_version": version, "run_id": run_id}
    for k, v in row.items():
        cols[k].append(v)


# Worker state, set by the pool initializer (or directly when running in-process).
_W: dict = {}


def _init_worker(known: frozenset, version: str, run_id: int, db: str | None):
    _W.update(known=known, version=version, run_id=run_id, db=db, con=None)


def _ingest_task(task):
    """One batch of files -> stage Parquet files. Returns one small dict per file."""
    seq, stage, items = task
    cols = Sink(stage, seq)
    results = []
    for src, p in items:
        r = {"src": src, "path": p, "name": Path(p).name}
        try:
            nbytes = os.path.getsize(p) if os.path.isfile(p) else 0
            doc = read_document(p)
            r.update(doc_id=doc.sha256, bytes=nbytes,
                     abspath=str(Path(p).resolve()))
            if doc.sha256 in _W["known"]:
                r["status"] = "unchanged"
            else:
                r["claims"] = extract_rows(doc, src, cols)
                _doc_row(doc, src, nbytes, _W["version"], _W["run_id"], cols["documents"])
                r["status"] = "new"
            del doc
        except InputError as e:
            r.update(status="error", error=str(e))
        except MemoryError:
            r.update(status="error", error=f"{Path(p).name}: out of memory")
        except Exception as e:  # an extraction bug must not sink the other files
            r.update(status="error",
                     error=f"{Path(p).name}: extraction failed ({type(e).__name__}: {e})".splitlines()[0])
        results.append(r)
    cols.flush()
    return results


def _reindex_task(task):
    """One batch of stored documents (by doc_id) -> stage Parquet files."""
    seq, stage, items = task
    if _W.get("con") is None:
        con = duckdb.connect(":memory:")
        con.execute(f"ATTACH '{store._sql_str(_W['db'])}' AS db (READ_ONLY)")
        _W["con"] = con
    con = _W["con"]
    cols = Sink(stage, seq)
    results = []
    for src, doc_id in items:
        row = con.execute("SELECT name, path, text, encoding, meta_json, body_start, bytes "
                          "FROM db.documents WHERE doc_id = $d", {"d": doc_id}).fetchone()
        name, path, text, enc, meta_json, body_start, nbytes = row
        r = {"src": src, "path": path, "name": name, "doc_id": doc_id}
        try:
            doc = Document(name, path or name, text, enc, doc_id,
                           json.loads(meta_json) if meta_json else {}, body_start or 0)
            r["claims"] = extract_rows(doc, src, cols)
            _doc_row(doc, src, nbytes, _W["version"], _W["run_id"], cols["documents"])
            cols["documents"]["path"][-1] = path  # keep the stored path as it was
            r["status"] = "new"
        except Exception as e:
            r.update(status="error",
                     error=f"{name}: extraction failed ({type(e).__name__}: {e})".splitlines()[0])
        results.append(r)
    cols.flush()
    return results


# --------------------------------------------------------------------------- progress

class Progress:
    """A one-line bar on stderr, drawn only on a terminal."""

    def __init__(self, total: int, label: str, stream=None, enabled: bool | None = None):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total, self.label, self.done, self.t0, self.last = max(total, 1), label, 0, time.monotonic(), 0.0

    def update(self, n: int, note: str = ""):
        self.done += n
        now = time.monotonic()
        if not self.enabled or (now - self.last < 0.1 and self.done < self.total):
            return
        self.last = now
        frac = min(1.0, self.done / self.total)
        bar = "#" * int(frac * 30)
        el = now - self.t0
        eta = f" eta {el / frac - el:4.0f}s" if 0 < frac < 1 else ""
        self.stream.write(f"\r{self.label} [{bar:<30}] {frac:4.0%} {note}{eta}\033[K")
        self.stream.flush()

    def close(self):
        if self.enabled:
            self.stream.write("\r\033[K")
            self.stream.flush()


# ------------------------------------------------------------------------------ runs

@dataclass
class RunResult:
    command: str
    files: int = 0
    new_docs: int = 0
    changed_docs: int = 0
    unchanged_docs: int = 0
    duplicates: int = 0
    claims: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    db: str = ""

    def summary(self) -> str:
        parts = [f"{self.files} files", f"{self.new_docs} new", f"{self.changed_docs} changed",
                 f"{self.unchanged_docs} unchanged"]
        if self.duplicates:
            parts.append(f"{self.duplicates} duplicate")
        parts += [f"{self.claims} claims", f"{len(self.errors)} errors", f"{self.seconds:.1f} s"]
        return f"{self.command}: " + ", ".join(parts) + f" -> {self.db}"


def _batches(items: list[tuple[int, object, int]]):
    """Group (src, item, size) into task batches of about TASK_BYTES."""
    batch, size = [], 0
    for src, item, n in items:
        batch.append((src, item))
        size += n
        if size >= TASK_BYTES or len(batch) >= TASK_FILES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _run_tasks(fn, tasks, workers, initargs, progress, sizes):
    if workers <= 1 or len(tasks) <= 1:
        _init_worker(*initargs)
        for t in tasks:
            res = fn(t)
            progress.update(sum(sizes.get(r["src"], 1) for r in res), f"{t[0] + 1}/{len(tasks)} batches")
            yield res
        return
    ctx = get_context("forkserver")
    ctx.set_forkserver_preload(["pipeline.ingest", "pipeline.extract"])
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker,
                             initargs=initargs) as ex:
        for i, res in enumerate(ex.map(fn, tasks)):
            progress.update(sum(sizes.get(r["src"], 1) for r in res), f"{i + 1}/{len(tasks)} batches")
            yield res


def _old_state(path: Path):
    """(doc_id -> path, next run id) of the current database."""
    con = duckdb.connect(":memory:")
    try:
        con.execute(f"ATTACH '{store._sql_str(path)}' AS db (READ_ONLY)")
        docs = dict(con.execute("SELECT doc_id, path FROM db.documents").fetchall())
        run_id = con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM db.ingest_runs").fetchone()[0]
    finally:
        con.close()
    return docs, run_id


def _accept(results, old_docs: dict, res: RunResult):
    """Which staged documents land, which stored ones they replace; fills the counts."""
    accepted, drop, taken = [], set(), set()
    by_path = {}
    for d, p in old_docs.items():
        by_path.setdefault(p, set()).add(d)
    for r in results:
        if r["status"] == "error":
            res.errors.append(r["error"])
            continue
        stale = by_path.get(r["abspath"], set()) - {r["doc_id"]}
        if stale:  # this path held other content before: replace it
            drop |= stale
        if r["doc_id"] in taken:
            res.duplicates += 1
            continue
        if r["status"] == "unchanged" or r["doc_id"] in old_docs:
            res.unchanged_docs += 1
            continue
        taken.add(r["doc_id"])
        accepted.append(r["src"])
        res.claims += r["claims"]
        if stale:
            res.changed_docs += 1
        else:
            res.new_docs += 1
    return accepted, drop


def ingest(paths, db=None, workers: int = 1, progress: bool | None = None,
           on_error=None) -> RunResult:
    """Ingest files/folders into the database: all of it lands, or none of it.

    Extraction runs without the writer lock, so a review or another ingest is
    not kept waiting for it; the lock is held while the new file is built,
    and the stored state is read afresh under it. `on_error(line)` is called
    with each one-line file error as it happens.
    """
    t0 = time.monotonic()
    path = store.init_db(db)
    res = RunResult("ingest", db=str(path))
    files = [str(p) for p in iter_paths(paths)]
    res.files = len(files)
    snapshot, _ = _old_state(path)
    sizes, items = {}, []
    for i, f in enumerate(files):
        try:
            n = os.path.getsize(f)
        except OSError:
            n = 0
        sizes[i] = max(n, 1)
        items.append((i, f, n))
    version = store.pipeline_version()
    stage = store._temp_name(path, "stage")
    stage.mkdir()
    try:
        tasks = [(k, str(stage), b) for k, b in enumerate(_batches(items))]
        bar = Progress(sum(sizes.values()), "ingest", enabled=progress)
        results = []
        for batch in _run_tasks(_ingest_task, tasks, workers,
                                (frozenset(snapshot), version, None, None), bar, sizes):
            for r in batch:
                if r["status"] == "error" and on_error:
                    on_error(r["error"])
            results.extend(batch)
        bar.close()
        results.sort(key=lambda r: r["src"])
        with store.writer_lock(path):
            old_docs, run_id = _old_state(path)
            # Skipped as stored, but another writer removed them since: extract them now.
            gone = [(r["src"], r["path"]) for r in results
                    if r["status"] == "unchanged" and r["doc_id"] not in old_docs]
            if gone:
                _init_worker(frozenset(), version, None, None)
                redo = {r["src"]: r for r in _ingest_task((len(tasks), str(stage), gone))}
                results = [redo.get(r["src"], r) for r in results]
            accepted, drop = _accept(results, old_docs, res)
            res.seconds = time.monotonic() - t0
            run = _run_row(res, run_id, workers, paths)
            store.build(path, store.Change(stage=stage, accepted=accepted, drop_docs=drop, run=run),
                        work=stage)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    res.seconds = time.monotonic() - t0
    return res


def reindex(db=None, workers: int = 1, progress: bool | None = None, on_error=None) -> RunResult:
    """Re-extract every stored document with the current pipeline (atomically)."""
    t0 = time.monotonic()
    path = store.init_db(db)
    res = RunResult("reindex", db=str(path))
    with store.writer_lock(path):
        con = duckdb.connect(":memory:")
        con.execute(f"ATTACH '{store._sql_str(path)}' AS db (READ_ONLY)")
        docs = con.execute("SELECT doc_id, chars FROM db.documents ORDER BY doc_id").fetchall()
        run_id = con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM db.ingest_runs").fetchone()[0]
        con.close()
        res.files = len(docs)
        sizes = {i: max(int(c or 0), 1) for i, (_, c) in enumerate(docs)}
        items = [(i, d, sizes[i]) for i, (d, _) in enumerate(docs)]
        stage = store._temp_name(path, "stage")
        stage.mkdir()
        try:
            tasks = [(k, str(stage), b) for k, b in enumerate(_batches(items))]
            bar = Progress(sum(sizes.values()), "reindex", enabled=progress)
            accepted, drop = [], set()
            for batch in _run_tasks(_reindex_task, tasks, workers,
                                    (frozenset(), store.pipeline_version(), run_id, str(path)),
                                    bar, sizes):
                for r in batch:
                    if r["status"] == "error":
                        res.errors.append(r["error"])
                        if on_error:
                            on_error(r["error"])
                        continue  # its old claims stay
                    accepted.append(r["src"])
                    drop.add(r["doc_id"])
                    res.claims += r["claims"]
                    res.changed_docs += 1
            bar.close()
            c = _W.pop("con", None)
            if c is not None:
                c.close()
            res.seconds = time.monotonic() - t0
            store.build(path, store.Change(stage=stage, accepted=accepted, drop_docs=drop,
                                           run=_run_row(res, run_id, workers, [])), work=stage)
        finally:
            shutil.rmtree(stage, ignore_errors=True)
    res.seconds = time.monotonic() - t0
    return res


def _run_row(res: RunResult, run_id: int, workers: int, paths) -> dict:
    return {"run_id": run_id, "command": res.command, "started_at": store._now(),
            "seconds": res.seconds, "files": res.files, "new_docs": res.new_docs,
            "changed_docs": res.changed_docs, "unchanged_docs": res.unchanged_docs,
            "claims_added": res.claims, "errors": len(res.errors),
            "error_lines": "\n".join(res.errors) or None, "workers": workers,
            "pipeline_version": store.pipeline_version(),
            "paths": " ".join(map(str, paths)) or None}
