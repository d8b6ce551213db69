"""Claims out as CSV (UTF-8 with BOM, formula cells escaped), Parquet or JSON lines.

The dashboard's download buttons call `to_csv_bytes` so a file saved from the
app and one written by `bizenv export` are the same.

    >>> import pandas as pd
    >>> to_csv_bytes(pd.DataFrame({"a": ["=1+1", "繁峙"], "b": [-1.5, 2.0]}))[:3] == BOM
    True
    >>> to_csv_bytes(pd.DataFrame({"a": ["=1+1", "@x", "ok"]})).decode("utf-8-sig").split()
    ['a', "'=1+1", "'@x", 'ok']
"""
from __future__ import annotations

import io

import pandas as pd

BOM = b"\xef\xbb\xbf"
#: A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FORMATS = ("csv", "parquet", "jsonl")


def escape_cell(v):
    """Prefix ' to a text cell a spreadsheet would run as a formula.

    >>> escape_cell("=HYPERLINK(1)"), escape_cell("-3"), escape_cell("三"), escape_cell(-3)
    ("'=HYPERLINK(1)", "'-3", '三', -3)
    """
    if isinstance(v, str) and v.startswith(FORMULA_START):
        return "'" + v
    return v


def escape_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy with every text cell escaped; numbers stay numbers."""
    out = df.copy()
    for col in out.columns:
        s = out[col]
        if not (pd.api.types.is_numeric_dtype(s) or pd.api.types.is_bool_dtype(s)
                or pd.api.types.is_datetime64_any_dtype(s)):
            out[col] = s.map(escape_cell, na_action="ignore")
    return out


def _csv_text(df: pd.DataFrame, header: bool) -> str:
    return escape_frame(df).to_csv(index=False, header=header, lineterminator="\r\n",
                                   float_format="%.10g")


def to_csv_bytes(df: pd.DataFrame) -> bytes:
    """CSV for Excel: UTF-8 with BOM, RFC 4180, formula cells escaped."""
    return BOM + _csv_text(df, True).encode("utf-8")


def to_jsonl_bytes(df: pd.DataFrame) -> bytes:
    if df.empty:
        return b""
    return (df.to_json(orient="records", lines=True, force_ascii=False, date_format="iso")
            .rstrip("\n") + "\n").encode("utf-8")


def to_parquet_bytes(df: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    df.to_parquet(buf, index=False)
    return buf.getvalue()


def write_batches(batches, fh, fmt: str) -> int:
    """Stream Arrow record batches to a binary file handle. Returns rows written."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}")
    rows = 0
    schema = getattr(batches, "schema", None)  # a RecordBatchReader knows it even with 0 rows
    if fmt == "parquet":
        import pyarrow.parquet as pq
        writer = pq.ParquetWriter(fh, schema) if schema is not None else None
        for b in batches:
            if writer is None:
                schema = b.schema
                writer = pq.ParquetWriter(fh, schema)
            writer.write_batch(b)
            rows += b.num_rows
        if writer is None:
            raise ValueError("no batches")
        writer.close()
        return rows
    first = True
    for b in batches:
        df = b.to_pandas()
        if fmt == "csv":
            data = (BOM if first else b"") + _csv_text(df, first).encode("utf-8")
        else:
            data = to_jsonl_bytes(df)
        fh.write(data)
        first = False
        rows += len(df)
    if first and fmt == "csv" and schema is not None:  # no rows: still a header
        fh.write(BOM + _csv_text(schema.empty_table().to_pandas(), True).encode("utf-8"))
    return rows
