"""`bizenv extract`: bad input gets one line naming the file; the rest still goes through."""
from __future__ import annotations

import csv
import io
import json
from contextlib import redirect_stderr, redirect_stdout

import pytest

from pipeline.cli import main
from pipeline.text import InputError, decode, read_document
from store_fixtures import crash_on

TEXT = "繁峙经开区审批时限从法定60个工作日压缩至20个工作日内，入驻企业141家。"


def run(args):
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = main(args)
    return status, out.getvalue(), err.getvalue()


def test_bad_files_fail_alone(tmp_path):
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    status, out, err = run(["extract", str(tmp_path), "--format", "csv"])
    assert status == 1
    lines = err.strip().splitlines()
    assert len(lines) == 2
    assert any("empty.txt" in l and "empty" in l for l in lines)
    assert any("binary.txt" in l and "binary" in l for l in lines)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["doc"] for r in rows} == {"good.txt"}
    assert {r["value"] for r in rows} >= {"20", "141"}


def test_an_extraction_crash_fails_its_file_alone(tmp_path, monkeypatch):
    crash_on(monkeypatch, "炸")
    (tmp_path / "a_bad.txt").write_text("炸", encoding="utf-8")
    (tmp_path / "b_good.txt").write_text(TEXT, encoding="utf-8")
    status, out, err = run(["extract", str(tmp_path), "--format", "csv"])
    assert status == 1
    assert err.strip().splitlines() == ["bizenv: a_bad.txt: extraction failed (ValueError: boom)"]
    assert {r["doc"] for r in csv.DictReader(io.StringIO(out))} == {"b_good.txt"}


def test_a_table_column_headed_by_a_month_alone_is_that_month():
    """A table whose period columns are 8月 and 1—8月累计 (no year in the header) reads the
    month of the text's year, and raises nothing."""
    from pipeline import extract
    text = ("2025年8月霍尔果斯经开区口岸运行简报\n\n| 指标 | 8月 | 1—8月累计 | 累计同比增长 |\n|:---|---:|---:|---:|\n"
            "| 进出口货运量（万吨） | 372.6 | 2841.3 | 6.8% |\n| 中欧班列（列） | 712 | 5230 | 4.1% |\n")
    got = {(c.value, c.period) for c in extract(text).claims}
    assert (3_726_000.0, "2025-08") in got and (28_413_000.0, "2025-08") in got


def test_a_folder_gives_its_spreadsheets_saved_as_text(tmp_path):
    (tmp_path / "table.csv").write_text(
        "\ufeff序号,开发区名称,入驻企业（家）,其中：规上工业企业（家）\n"
        "1,阿拉善高新技术产业开发区,317,86\n2,额济纳旗策克口岸经济开发区,74,11\n", encoding="utf-8")
    (tmp_path / "table.tsv").write_text("开发区\t级别\t新增企业（家）\n繁峙经济技术开发区\t省级\t12\n"
                                        "应县经济技术开发区\t省级\t9\n原平经济技术开发区\t省级\t7\n", encoding="utf-8")
    (tmp_path / "notes.xlsx").write_bytes(b"PK\x03\x04")  # not a text: not picked up from a folder
    status, out, err = run(["extract", str(tmp_path), "--format", "csv"])
    assert status == 0 and not err
    got = {(r["doc"], r["zone"], r["value"]) for r in csv.DictReader(io.StringIO(out))}
    assert ("table.csv", "额济纳旗策克口岸经济开发区", "11") in got
    assert ("table.tsv", "应县经济技术开发区", "9") in got


def test_missing_file_is_one_line(tmp_path):
    status, _, err = run(["extract", str(tmp_path / "nope.txt")])
    assert status == 1
    assert err.count("\n") == 1 and "nope.txt" in err


def test_jsonl_format(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    status, out, _ = run(["extract", str(tmp_path / "a.txt"), "--format", "jsonl"])
    assert status == 0
    rows = [json.loads(l) for l in out.splitlines()]
    before_after = [r for r in rows if r["value_before"] is not None]
    assert before_after and before_after[0]["value"] == 20 and before_after[0]["value_before"] == 60
    assert before_after[0]["unit"] == before_after[0]["unit_before"] == "working_day"
    assert before_after[0]["zone"] == "繁峙经济技术开发区"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gb18030", "gbk"])
def test_encodings_give_the_same_claims(tmp_path, encoding):
    p = tmp_path / f"t-{encoding}.txt"
    p.write_bytes(TEXT.encode(encoding))
    doc = read_document(p)
    assert doc.text == TEXT
    status, out, _ = run(["extract", str(p)])
    assert status == 0
    values = sorted(r["value"] for r in csv.DictReader(io.StringIO(out)))
    assert values == ["141", "20"]


def test_undecodable_bytes_are_refused():
    with pytest.raises(InputError) as e:
        decode(b"\x81\x30" * 50 + b"\xff\xff\xff" * 50, "bad.txt")
    assert "bad.txt" in str(e.value) and "\n" not in str(e.value)


def test_front_matter_default_zone_resolves_bare_jingkaiqu(tmp_path):
    p = tmp_path / "site.txt"
    p.write_text("---\ntitle: 通报\nzone: 平遥经开区\n---\n今年以来，经开区新增入驻企业12家。", encoding="utf-8")
    status, out, _ = run(["extract", str(p)])
    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 0 and len(rows) == 1
    assert rows[0]["zone"] == "平遥经济技术开发区" and rows[0]["zone_status"] == "default"
    text = p.read_text(encoding="utf-8")
    assert text[int(rows[0]["start"]):int(rows[0]["end"])] == rows[0]["evidence"]


def test_export_takes_a_zone_as_an_analyst_writes_it(tmp_path):
    (tmp_path / "a.txt").write_text(
        "平遥经开区新增企业30家。\n\n祁县经开区新签约项目6个，总投资12亿元。", encoding="utf-8")
    db = tmp_path / "t.duckdb"
    status, _, _ = run(["ingest", str(tmp_path / "a.txt"), "--db", str(db), "--no-progress"])
    assert status == 0
    for name in ("祁县", "祁县经开区", "祁县经济开发区", "qixian_edz"):
        out = tmp_path / "out.csv"
        status, _, _ = run(["export", "--db", str(db), "--zone", name, "-o", str(out)])
        assert status == 0
        rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
        assert sorted(r["value"] for r in rows) == ["1200000000", "6"], name
