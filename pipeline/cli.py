"""`bizenv` command line: each sub-command is a few lines over the library."""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from . import __version__
from .model import CSV_COLUMNS, EXTRA_COLUMNS
from .text import InputError, iter_paths, read_document


def _fmt(v):
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.10g}"
    return v


def cmd_extract(args) -> int:
    """Extract claims from files or folders and write them to standard output."""
    from .extract import extract_document

    failed = 0
    cols = CSV_COLUMNS + EXTRA_COLUMNS
    out = sys.stdout
    writer = None
    if args.format == "csv":
        writer = csv.DictWriter(out, fieldnames=cols, lineterminator="\r\n")
        writer.writeheader()
    for path in iter_paths(args.paths):
        try:
            doc = read_document(path)
        except InputError as e:
            print(f"bizenv: {e}", file=sys.stderr)
            failed += 1
            continue
        try:
            claims = extract_document(doc).claims
        except Exception as e:  # an extraction bug must not sink the other files (as in ingest)
            reason = next((line for line in str(e).splitlines() if line.strip()), "")
            print(f"bizenv: {doc.name}: extraction failed ({type(e).__name__}{': ' + reason if reason else ''})",
                  file=sys.stderr)
            failed += 1
            continue
        for claim in claims:
            row = claim.row()
            if writer:
                writer.writerow({k: _fmt(row[k]) for k in cols})
            else:
                out.write(json.dumps({k: row[k] for k in cols}, ensure_ascii=False) + "\n")
    return 1 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="bizenv", description=__doc__)
    p.add_argument("--version", action="version", version=f"bizenv {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    ex = sub.add_parser(
        "extract", help="extract claims from texts to stdout",
        description="Extract claims. Example: bizenv extract seeds/ --format csv > claims.csv",
    )
    ex.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders")
    ex.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    ex.set_defaults(func=cmd_extract)

    # Store commands (ingest, reindex, export, query, review) register here.
    from .store_cli import register
    register(sub)
    return p


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # `bizenv extract ... | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
