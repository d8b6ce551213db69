"""Store sub-commands of `bizenv`: ingest, reindex, export, query, review, init.

Each is a few lines over pipeline.store / pipeline.ingest / pipeline.export.
Every command takes --db PATH (default: $BIZENV_DB, else data/bizenv.duckdb).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

_FILTERS = ("zone", "indicator", "family", "period", "doc", "rule", "q")


def zone_id(text: str | None) -> str | None:
    """A zone as an analyst types it (繁峙, 繁峙经开区, fanshi_etdz) -> its id.

    >>> zone_id("繁峙"), zone_id("繁峙经开区"), zone_id("fanshi_etdz"), zone_id(None)
    ('fanshi_etdz', 'fanshi_etdz', 'fanshi_etdz', None)
    >>> zone_id("阳泉高新区")
    'prov:阳泉高新技术产业开发区'
    """
    if not text or text.startswith("prov:") or text.isascii():
        return text  # already an id
    from .zones import ZoneFinder, _unify_provisional
    zone = ZoneFinder().resolve(text)
    if zone is None:
        return text
    if zone.provisional:  # named as extraction names provisional zones
        from .model import ZoneMention
        (m,) = _unify_provisional([ZoneMention(zone.id, zone.name, 0, 0, text, provisional=True)])
        return m.zone_id
    return zone.id


def _err(line: str):
    print(f"bizenv: {line}", file=sys.stderr, flush=True)


def cmd_init(args) -> int:
    from .store import init_db
    print(init_db(args.db))
    return 0


def cmd_ingest(args) -> int:
    from .ingest import ingest
    res = ingest(args.paths, db=args.db, workers=args.workers,
                 progress=False if args.no_progress else None, on_error=_err)
    print(res.summary(), file=sys.stderr)
    return 1 if res.errors else 0


def cmd_reindex(args) -> int:
    from .ingest import reindex
    res = reindex(db=args.db, workers=args.workers,
                  progress=False if args.no_progress else None, on_error=_err)
    print(res.summary(), file=sys.stderr)
    return 1 if res.errors else 0


def cmd_export(args) -> int:
    from .export import write_batches
    from .store import Store
    params = {k: getattr(args, k) for k in _FILTERS if getattr(args, k) is not None}
    if "zone" in params:
        params["zone"] = zone_id(params["zone"])
    params["include_rejected"] = args.include_rejected
    reader = Store(args.db).arrow_reader("export_claims", **params)
    if args.output:
        with open(args.output, "wb") as fh:
            n = write_batches(reader, fh, args.format)
        print(f"export: {n} claims -> {args.output}", file=sys.stderr)
    else:
        if args.format == "parquet" and sys.stdout.isatty():
            _err("parquet to a terminal: give -o FILE or redirect")
            return 2
        write_batches(reader, sys.stdout.buffer, args.format)
        sys.stdout.flush()
    return 0


def _param_value(text: str):
    from .store import _literal
    return _literal(text)


def cmd_query(args) -> int:
    from .export import to_csv_bytes, to_jsonl_bytes
    from .store import Store, list_queries, load_query
    if args.list or not args.name:
        for q in list_queries():
            print(f"{q.name:22} {q.title}")
            if q.params:
                print(f"{'':22}   params: " + " ".join(
                    f"{p}={q.defaults.get(p)!r}" if p in q.defaults else p for p in q.params))
        return 0
    params = {}
    for item in list(args.params) + list(args.more_params):
        k, sep, v = item.partition("=")
        if not sep:
            _err(f"parameter {item!r} is not NAME=VALUE")
            return 2
        params[k] = zone_id(v) if k == "zone" else _param_value(v)
    try:
        load_query(args.name)
        df = Store(args.db).query(args.name, **params)
    except (KeyError, TypeError) as e:
        _err(str(e).strip("'\""))
        return 2
    out = sys.stdout.buffer
    if args.format == "csv":
        out.write(to_csv_bytes(df))
    elif args.format == "jsonl":
        out.write(to_jsonl_bytes(df))
    else:
        import pandas as pd
        with pd.option_context("display.max_rows", 200, "display.max_columns", 50,
                               "display.width", 200, "display.max_colwidth", 40):
            out.write((df.to_string(index=False) + "\n").encode("utf-8"))
    sys.stdout.flush()
    return 0


def cmd_review(args) -> int:
    from .store import add_review
    action = "confirm" if args.confirm else "reject" if args.reject else "correct"
    try:
        row = add_review(args.claim_id, action, value=args.value, unit=args.unit,
                         zone_id=zone_id(args.zone), indicator=args.indicator, note=args.note,
                         reviewer=args.reviewer, db=args.db)
    except (KeyError, ValueError) as e:
        _err(str(e).strip("'\""))
        return 2
    print(f"review {row['review_id'][:8]}: {action} {args.claim_id}", file=sys.stderr)
    return 0


def register(sub) -> None:
    """Add the store commands to the `bizenv` sub-parser."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, default=None,
                        help="database file (default: $BIZENV_DB, else data/bizenv.duckdb)")

    p = sub.add_parser("init", parents=[common], help="create an empty database")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser(
        "ingest", parents=[common], help="extract texts into the database (atomic, idempotent)",
        description="Ingest files or folders. Same content twice adds nothing; a changed file "
                    "replaces its claims; the whole run lands or nothing does. "
                    "Example: bizenv ingest seeds/ --workers 2")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--workers", type=int, default=1, metavar="N", help="extraction processes")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("reindex", parents=[common],
                       help="re-extract every stored document with the current pipeline",
                       description="Example: bizenv reindex --workers 2")
    p.add_argument("--workers", type=int, default=1, metavar="N")
    p.add_argument("--no-progress", action="store_true")
    p.set_defaults(func=cmd_reindex)

    p = sub.add_parser(
        "export", parents=[common], help="write claims as CSV, Parquet or JSON lines",
        description="Reviewed claims, spec columns first. CSV is UTF-8 with BOM for Excel. "
                    "Example: bizenv export --zone fanshi --format csv -o fanshi.csv")
    p.add_argument("--format", choices=("csv", "parquet", "jsonl"), default="csv")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="default: standard output")
    for f in _FILTERS:
        p.add_argument(f"--{f}", default=None,
                       help={"zone": "zone: name, alias, place or id", "doc": "doc id or file name",
                             "q": "text in evidence or sentence"}.get(f))
    p.add_argument("--include-rejected", action="store_true", help="also rejected claims")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("query", parents=[common], help="run a stored query from queries/",
                       description="Example: bizenv query ranking indicator=approval_time. "
                                   "Without a name (or with --list) lists the queries.")
    p.add_argument("name", nargs="?")
    p.add_argument("params", nargs="*", metavar="NAME=VALUE",
                   help="named parameters (right after the name), e.g. zone=fanshi limit=20")
    p.add_argument("-p", "--param", dest="more_params", action="append", default=[],
                   metavar="NAME=VALUE", help="a parameter given anywhere on the line")
    p.add_argument("--list", action="store_true")
    p.add_argument("--format", choices=("table", "csv", "jsonl"), default="table")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("review", parents=[common], help="confirm, reject or correct a claim",
                       description="Example: bizenv review 1a2b...:120:131:approval_time "
                                   "--correct --value 15 --note 'text says 15'")
    p.add_argument("claim_id")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--confirm", action="store_true")
    g.add_argument("--reject", action="store_true")
    g.add_argument("--correct", action="store_true")
    p.add_argument("--value", type=float)
    p.add_argument("--unit")
    p.add_argument("--zone", help="zone: name, alias, place or id (繁峙, 繁峙经开区, fanshi_etdz)")
    p.add_argument("--indicator")
    p.add_argument("--note")
    p.add_argument("--reviewer")
    p.set_defaults(func=cmd_review)
