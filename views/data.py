"""The dashboard's only door to the data: the store's query runner, cached on the file's version.

Every read goes through `q(name, **params)`, which runs queries/<name>.sql with
the store's `run_query` on the database named by $BIZENV_DB (or the store's
default). Results are cached on the database file's identity (device, inode,
mtime, size): an ingest swaps in a new file, the identity changes, and the next
rerun reads the new state without a restart, while a rerun that began on the old
file finishes on it. No SQL and no regex live in the dashboard.
"""
from __future__ import annotations

import os
import sys
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import streamlit as st

from pipeline import store
from pipeline.text import TEXT_SUFFIXES

#: Rows a table page asks for; the count query says how many match in all.
PAGE_ROWS = 1000

#: The store's reader in this long-running server: one DuckDB thread and a small buffer cache,
#: so the server stays near 400 MiB on a 10M-claim store (issue 4); past the bound DuckDB spills
#: to disk. Set BIZENV_READER_MEMORY / BIZENV_READER_THREADS to override.
READER = {"BIZENV_READER_MEMORY": "128MB", "BIZENV_READER_THREADS": "1"}
for _k, _v in READER.items():
    os.environ.setdefault(_k, _v)

def db_file() -> Path:
    """The database the app reads: $BIZENV_DB, else the store's default path."""
    return store.db_path()


def data_version() -> tuple | None:
    """Identity of the database file right now, or None when there is no file."""
    try:
        s = os.stat(db_file())
    except FileNotFoundError:
        return None
    return (s.st_dev, s.st_ino, s.st_mtime_ns, s.st_size)


@st.cache_data(max_entries=512, show_spinner=False)
def _run(db: str, version: tuple, name: str, params: tuple) -> pd.DataFrame:
    # `version` is only part of the cache key: a swapped-in file gets fresh results.
    return store.run_query(name, db=db, **dict(params))


# --------------------------------------------------------------------------- warming

#: The reads every first view makes, whatever the filters: computed ahead on a new database version.
WARM_FIRST = (
    ("shared", "facets", ()),
    ("q", "overview", ()),
    ("q", "coverage_families", tuple((k, None) for k in sorted(("zone", "family", "indicator", "period", "doc")))),
    ("q", "latest_documents", (("limit", 10),)),
    ("q", "rule_counts", ()),
    ("q", "provisional_zones", ()),
    ("shared", "zone_medians", (("period", None),)),
)
_recent: "OrderedDict[tuple, None]" = OrderedDict()   # reads sessions made lately, newest last
_warmed: set = set()
_warm_lock = threading.Lock()


def _remember(kind: str, name: str, params: tuple) -> None:
    with _warm_lock:
        _recent.pop((kind, name, params), None)
        _recent[(kind, name, params)] = None
        while len(_recent) > 64:
            _recent.popitem(last=False)


def warm_up(wait: bool = False) -> None:
    """On a database version not seen before, compute in the background what sessions will ask.

    The first views' reads, then the reads sessions made lately on the previous
    version (newest first), go into the same caches the pages read, so the next
    rerun after an ingest, and pages not opened yet, answer from memory. With
    `wait` (the server's startup, app.py) they are computed here, before returning.
    """
    version = data_version()
    if version is None:
        return
    key = (str(db_file()), version)
    with _warm_lock:
        if key in _warmed:
            return
        _warmed.add(key)
        todo = list(dict.fromkeys([*WARM_FIRST, *reversed(_recent)]))
    if wait:
        _warm(key, todo, background=False)
    else:
        threading.Thread(target=_warm, args=(key, todo), name="bizenv-warm", daemon=True).start()


def _warm(key: tuple, todo: list, background: bool = True) -> None:
    db, version = key
    # Background work yields the CPU to sessions: on Linux a thread has its own nice value, and
    # with one DuckDB thread a query runs on the thread that asks for it.
    if background and sys.platform.startswith("linux"):  # elsewhere the id would name a process
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        except OSError:                    # not allowed: run at normal priority
            pass
    for kind, name, params in todo:
        if data_version() != version:      # an even newer file arrived: its own warm-up runs
            return
        try:
            (_run_shared if kind == "shared" else _run)(db, version, name, params)
        except Exception:                  # a page will meet the same error and show it
            pass


def q(name: str, **params) -> pd.DataFrame:
    """queries/<name>.sql with named parameters -> DataFrame (a copy: safe to modify).

    None-valued parameters are passed as NULL, which every query reads as "no filter".
    With no database file it answers an empty frame instead of creating one.
    """
    version = data_version()
    if version is None:
        return pd.DataFrame()
    key = tuple(sorted(params.items()))
    _remember("q", name, key)
    return _run(str(db_file()), version, name, key)


@st.cache_resource(max_entries=16, show_spinner=False)
def _run_shared(db: str, version: tuple, name: str, params: tuple) -> pd.DataFrame:
    return store.run_query(name, db=db, **dict(params))


#: Threads that run a page's independent reads beside the page's own (`prefetch`).
_readers = ThreadPoolExecutor(max_workers=2, thread_name_prefix="bizenv-read")


def prefetch(*reads: tuple[str, dict]) -> None:
    """Compute a page's independent reads side by side, into the cache its `q` calls read.

    DuckDB runs each query on the thread that asks for it (the server's reader has one
    thread of its own), so reads started together share the machine's cores; the first
    runs here, the others on `_readers`. An error is left for the page's own `q` to meet
    and show.
    """
    version = data_version()
    if version is None or not reads:
        return
    db = str(db_file())
    keys = [(name, tuple(sorted(params.items()))) for name, params in reads]
    for key in keys:
        _remember("q", *key)
    later = [_readers.submit(_run, db, version, *key) for key in keys[1:]]
    for job in [lambda: _run(db, version, *keys[0])] + [f.result for f in later]:
        try:
            job()
        except Exception:
            pass


def shared(name: str, **params) -> pd.DataFrame:
    """Like `q`, but one frame shared by every session and rerun: read it, never modify it.

    For the big lookups every rerun needs (filter options with their labels),
    where copying the cached frame on each rerun would cost more than the query.
    """
    version = data_version()
    if version is None:
        return pd.DataFrame()
    key = tuple(sorted(params.items()))
    _remember("shared", name, key)
    return _run_shared(str(db_file()), version, name, key)


def has_data() -> bool:
    ov = q("overview")
    return not ov.empty and int(ov["documents"].iloc[0]) > 0


# --------------------------------------------------------------------------- filters

#: Sidebar filters: URL parameter -> the parameter name the query files take.
FILTERS = ("zone", "family", "indicator", "period", "doc")


@dataclass(frozen=True)
class Filters:
    """What the sidebar selected; None means "all". Values are ids, never labels."""
    zone: str | None = None
    family: str | None = None
    indicator: str | None = None
    period: str | None = None
    doc: str | None = None
    labels: dict = field(default_factory=dict, compare=False, hash=False)

    def params(self, *names: str) -> dict:
        """The filters as query parameters, limited to `names` when given."""
        return {k: getattr(self, k) for k in (names or FILTERS)}

    def active(self) -> dict:
        return {k: getattr(self, k) for k in FILTERS if getattr(self, k) is not None}

    def slug(self) -> str:
        """What was filtered, for a download's file name: zone-繁峙…_family-duration."""
        parts = [f"{k}-{self.labels.get(k, getattr(self, k))}" for k in self.active()]
        return "_".join(parts) or "all"


def current_filters() -> Filters:
    return st.session_state.get("_filters") or Filters()


# --------------------------------------------------------------------------- writes

#: Add texts accepts what a folder gives (saved web pages and subtitles too), up to this size
#: each (the server's limit is in .streamlit/config.toml).
UPLOAD_TYPES = tuple(s.lstrip(".") for s in TEXT_SUFFIXES)
UPLOAD_MAX_MB = 20


def check_upload(name: str, content: bytes) -> str:
    """'' when an uploaded file may be ingested, else its one-line reason (type, size, text)."""
    from pipeline.text import InputError, decode
    if Path(name).suffix.lower().lstrip(".") not in UPLOAD_TYPES or Path(name).name != name:
        return "add_bad_type"
    if len(content) > UPLOAD_MAX_MB * 1024 * 1024:
        return "add_too_big"
    try:
        decode(content, name)
    except InputError as e:
        return e.reason
    return ""


def uploads_dir() -> Path:
    """Uploaded texts are kept beside the database, so a document's source path stays real."""
    return db_file().resolve().parent / "uploads"


def ingest_uploads(files: list[tuple[str, bytes]]):
    """Check each (name, bytes); ingest the good ones through the store's ingest API.

    Returns (run result or None, {name: error key or message}). A bad file is
    never written and never reaches the database; with no good file the
    database is not touched at all.
    """
    from pipeline.ingest import ingest
    bad, good = {}, []
    folder = uploads_dir()
    for name, content in files:
        reason = check_upload(name, content)
        if reason:
            bad[name] = reason
            continue
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{name}.part"
        tmp.write_bytes(content)
        os.replace(tmp, folder / name)
        good.append(str(folder / name))
    if not good:
        return None, bad
    result = ingest(good, db=str(db_file()), workers=1, progress=False)
    for line in result.errors:
        name, _, reason = line.partition(": ")
        bad[name] = reason or line
    return result, bad


def review(claim_id: str, action: str, **fields) -> dict:
    """Record an analyst review through the store's review API."""
    return store.add_review(claim_id, action, db=str(db_file()), **fields)


# --------------------------------------------------------------------------- CSV

def csv_bytes(df: pd.DataFrame) -> bytes:
    """The store's CSV writer: UTF-8 with BOM, cells starting with = + - @ escaped."""
    from pipeline.export import to_csv_bytes
    return to_csv_bytes(df)


def file_name(what: str, filters: Filters | None = None, ext: str = "csv") -> str:
    """bizenv_claims_zone-繁峙经济技术开发区_family-duration.csv: says what was filtered."""
    slug = (filters or current_filters()).slug()
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in f"{what}_{slug}")
    return f"bizenv_{safe}.{ext}"
