"""`bizenv export`: CSV with BOM that round-trips through pandas, formula cells
escaped, Parquet and JSON lines, and the app's filters."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline import store
from pipeline.cli import main
from pipeline.export import BOM, escape_frame, to_csv_bytes
from pipeline.model import CSV_COLUMNS
from store_fixtures import FANSHI, ingest_fixture

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingest_fixture(tmp_path_factory.mktemp("x"))


def _export(db, *args) -> bytes:
    p = subprocess.run([sys.executable, "-m", "pipeline.cli", "export", "--db", str(db), *args],
                       cwd=ROOT, capture_output=True, timeout=120)
    assert p.returncode == 0, p.stderr.decode()
    return p.stdout


def test_csv_round_trips_through_pandas_with_bom(db):
    data = _export(db)
    assert data.startswith(BOM)
    df = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", keep_default_na=False)
    assert tuple(df.columns[:len(CSV_COLUMNS)]) == CSV_COLUMNS
    want = store.run_query("export_claims", db=db)
    assert len(df) == len(want)
    assert list(df["value"]) == list(want["value"])
    assert list(df["start"]) == list(want["start"]) and list(df["end"]) == list(want["end"])
    # the evidence comes back as written, except formula cells carry a leading '
    got = [e[1:] if e.startswith("'") else e for e in df["evidence"]]
    assert got == list(want["evidence"])
    assert "'=1+1项" in set(df["evidence"]) and "'@承诺制率100%" in set(df["evidence"])
    assert "繁峙经济技术开发区" in set(df["zone"])


def test_export_to_file_and_formats_agree(db, tmp_path):
    csv_f, pq_f, jl_f = tmp_path / "c.csv", tmp_path / "c.parquet", tmp_path / "c.jsonl"
    for fmt, f in (("csv", csv_f), ("parquet", pq_f), ("jsonl", jl_f)):
        assert main(["export", "--db", str(db), "--format", fmt, "-o", str(f), "--zone", FANSHI]) == 0
    c = pd.read_csv(csv_f, encoding="utf-8-sig")
    p = pd.read_parquet(pq_f)
    j = pd.read_json(jl_f, lines=True)
    assert len(c) == len(p) == len(j) == 3
    assert set(p["zone_id"]) == {FANSHI}
    assert list(c["claim_id"]) == list(p["claim_id"]) == list(j["claim_id"])
    assert list(p["value"]) == list(j["value"]) == list(c["value"])
    first = json.loads(jl_f.read_text(encoding="utf-8").splitlines()[0])
    assert first["zone"] == "繁峙经济技术开发区"  # not \\u escaped


def test_export_filters_and_rejected(db, tmp_path):
    allc = pd.read_parquet(io.BytesIO(_export(db, "--format", "parquet")))
    dur = pd.read_parquet(io.BytesIO(_export(db, "--format", "parquet", "--family", "duration")))
    assert set(dur["family"]) == {"duration"} and 0 < len(dur) < len(allc)
    none = _export(db, "--zone", "nowhere")
    assert none.startswith(BOM) and none.decode("utf-8-sig").strip().split(",")[0] == "doc"
    assert _export(db, "--format", "jsonl", "--zone", "nowhere") == b""


def test_escape_only_text_cells():
    df = pd.DataFrame({"t": ["=cmd", "+1", "-2", "@a", "\tx", "ok", None], "n": [-1.0] * 7})
    e = escape_frame(df)
    assert list(e["t"][:6]) == ["'=cmd", "'+1", "'-2", "'@a", "'\tx", "ok"]
    assert e["t"].isna().iloc[6] and list(e["n"]) == [-1.0] * 7
    back = pd.read_csv(io.BytesIO(to_csv_bytes(df)), encoding="utf-8-sig")
    assert list(back["n"]) == [-1.0] * 7
