"""A small, fully known database for store, query and export tests.

The real extraction is being built elsewhere; these tests need claims whose
zones, units and before/after values are known in advance. `fake_extract`
reads texts written in a one-claim-per-line format and returns an
`Extraction`, so the real ingest path (workers, stage, build, swap) runs on
exactly known rows:

    zone_id|zone|zone_status|family|indicator|value|unit|before|unit_before|qualifier|period|rule|EVIDENCE

The evidence is the last field; its offsets are its place in the text.
Digit runs outside evidence become unclaimed number mentions.
"""
from __future__ import annotations

import re

from pipeline.model import Claim, Extraction, NumberMention, ZoneMention

FANSHI = "fanshi"
SHUOZHOU = "shuozhou"
PROV = "prov:某某园区"

TEXTS = {
    "a.txt": "\n".join([
        "繁峙经开区的报道。",
        f"{FANSHI}|繁峙经济技术开发区|registered|duration|approval_time|20|working_day|60|working_day|max|2024|before_after|从60个工作日压缩至20个工作日内",
        f"{FANSHI}|繁峙经济技术开发区|registered|firm_count|high_tech_firms|11|firm||||2024|count|高新技术企业11家",
        f"{FANSHI}|繁峙经济技术开发区|registered|growth_rate|industrial_value_added_growth|61.2|pct||||2024|pct|增速61.2%",
        "电话0350-5555 不是数字声明。",
    ]),
    "b.txt": "\n".join([
        "朔州市的报道。",
        f"{SHUOZHOU}|朔州市行政审批服务管理局|registered|duration|approval_time|15|working_day|30|working_day||2024|before_after|由30个工作日缩短至15个工作日",
        f"{SHUOZHOU}|朔州市行政审批服务管理局|registered|duration|approval_time|3|day||||2024|duration|3天办结",
        f"{SHUOZHOU}|朔州市行政审批服务管理局|registered|firm_count|high_tech_firms|25|firm||||2025H1|count|高新技术企业25家",
        f"{SHUOZHOU}|朔州市行政审批服务管理局|registered|other|items|2|item||||2024|other|=1+1项",
        "第12届大会 编号 7788",
    ]),
    "c.txt": "\n".join([
        "某某园区和全国的报道。",
        f"{PROV}|某某园区|provisional|duration|approval_time|10|working_day||||2024|duration|10个工作日",
        "|||growth_rate|industrial_value_added_growth|5.2|pct||||2025H1|pct|增长5.2%",
        f"{PROV}|某某园区|provisional|share_pct|commitment_rate|100|pct||||2024|share|@承诺制率100%",
    ]),
}

#: Columns of each query file written by the store, in order.
EXPECTED_COLUMNS = {
    "zones": ["zone_id", "zone", "place", "type", "city", "province", "en", "provisional",
              "source", "claims", "documents", "indicators"],
    "claims": ["claim_id", "doc_id", "doc", "zone", "zone_id", "zone_status", "family",
               "indicator", "value", "unit", "value_before", "unit_before", "qualifier",
               "period", "start", "end", "evidence", "sentence", "sentence_start", "mark_start",
               "mark_end", "rule", "review", "review_note", "reviewed_at", "rejected", "orig_value", "orig_unit",
               "orig_zone_id", "orig_zone", "orig_indicator"],
    "claims_count": ["claims"],
    "documents": ["doc_id", "name", "path", "title", "outlet", "pub_date", "url",
                  "default_zone", "default_period", "encoding", "chars", "bytes", "claims",
                  "zones", "ingested_at", "pipeline_version"],
    "document": ["doc_id", "name", "path", "title", "outlet", "pub_date", "url",
                 "default_zone", "default_period", "encoding", "chars", "body_start", "text",
                 "ingested_at", "pipeline_version", "claims"],
    "overview": ["documents", "zones", "claims", "indicators", "reviewed", "rejected",
                 "reviewed_share", "last_ingest"],
    "export_claims": ["doc", "zone", "family", "indicator", "value", "unit", "value_before",
                      "unit_before", "qualifier", "period", "start", "end", "evidence",
                      "zone_id", "zone_status", "sentence", "sentence_start", "mark_start",
                      "mark_end", "rule",
                      "claim_id", "doc_id", "review", "review_note", "reviewed_at", "rejected",
                      "orig_value", "orig_unit", "orig_zone_id", "orig_zone", "orig_indicator"],
    "indicators": ["indicator", "family", "zh", "en", "unit", "direction", "framework", "source",
                   "claims", "zones", "documents", "units"],
    "families": ["family", "claims", "indicators", "zones", "documents"],
    "ranking": ["unit", "rank", "zone_id", "zone", "place", "value", "best", "min_value",
                "max_value", "claims", "documents", "periods", "indicator", "zh", "en",
                "direction", "zones_in_unit"],
    "before_after": ["claim_id", "zone_id", "zone", "family", "indicator", "value_before",
                     "unit_before", "value", "unit", "cut_pct", "qualifier", "period", "doc",
                     "doc_id", "start", "end", "evidence", "review"],
    "coverage_indicator": ["zone_id", "zone", "indicator", "family", "claims"],
    "zone_profile": ["claim_id", "zone_id", "zone", "family", "indicator", "zh", "en", "value",
                     "unit", "value_before", "unit_before", "qualifier", "period", "all_median",
                     "zones", "direction", "better_than_median", "doc", "doc_id", "start", "end",
                     "evidence", "review"],
    "unclaimed_numbers": ["doc_id", "doc", "start", "end", "surface", "before", "after",
                          "reason",
                          "default_zone"],
    "claims_per_rule": ["rule", "family", "claims", "confirmed", "rejected", "corrected",
                        "reject_share"],
    "provisional_zones": ["zone_id", "zone", "source", "claims", "documents", "mentions",
                          "surfaces", "example_evidence", "example_doc"],
    "periods": ["period", "claims", "zones", "indicators", "documents"],
    "reviews": ["reviewed_at", "action", "claim_id", "value", "unit", "zone_id", "zone",
                "new_indicator", "note", "reviewer", "evidence", "indicator", "doc",
                "orphaned", "current"],
    "ingest_runs": ["run_id", "command", "started_at", "seconds", "files", "new_docs",
                    "changed_docs", "unchanged_docs", "claims_added", "errors", "error_lines",
                    "workers", "pipeline_version", "paths"],
}

_DIGITS = re.compile(r"\d+(?:\.\d+)?")


def _f(v: str):
    return float(v) if v else None


def fake_extract(document) -> Extraction:
    text, out = document.text, Extraction()
    pos = document.body_start
    for line in text[pos:].split("\n"):
        parts = line.split("|")
        if len(parts) == 13:
            zid, zone, status, fam, ind, val, unit, bef, ubef, qual, period, rule, ev = parts
            start = pos + len(line) - len(ev)
            assert text[start:start + len(ev)] == ev
            out.claims.append(Claim(document.name, zone, fam, ind, float(val), unit, _f(bef),
                                    ubef, qual, period, start, start + len(ev), ev, zid,
                                    status, line, pos, rule, start - pos, start - pos + len(ev)))
            if status == "provisional":
                out.zones.append(ZoneMention(zid, zone, pos, pos + len(zone), zone, True))
        pos += len(line) + 1
    spans = [(c.start, c.end) for c in out.claims]
    fields = [(c.sentence_start, c.start) for c in out.claims]  # the claim line's own fields
    for m in _DIGITS.finditer(text, document.body_start):
        if any(s <= m.start() < e for s, e in fields):
            continue
        claimed = any(s <= m.start() and m.end() <= e for s, e in spans)
        out.numbers.append(NumberMention(m.start(), m.end(), m[0], claimed))
    return out


def write_texts(folder, texts=TEXTS):
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def use_fake_extraction(monkeypatch):
    import importlib
    # the module, not the package's `extract` function of the same name
    monkeypatch.setattr(importlib.import_module("pipeline.extract"), "extract_document", fake_extract)


def crash_on(monkeypatch, marker: str = "炸"):
    """Make extraction raise (a two-line message) on any text holding `marker`, as a bug would."""
    import importlib
    module = importlib.import_module("pipeline.extract")
    real = module.extract_document

    def flaky(doc):
        if marker in doc.text:
            raise ValueError("boom\nsecond line")
        return real(doc)

    monkeypatch.setattr(module, "extract_document", flaky)


def ingest_fixture(root, name: str = "x.duckdb"):
    """The fixture texts written under `root` and ingested into root/name; returns its path."""
    import pytest

    from pipeline.ingest import ingest
    path = root / name
    with pytest.MonkeyPatch.context() as mp:
        use_fake_extraction(mp)
        ingest([write_texts(root / "t")], db=path, progress=False)
    return path


def digits_extract(document) -> Extraction:
    """A fixed stand-in for extraction: every digit run is a claim.

    Fault and concurrency tests compare states across runs; the real
    extraction may change while they run (it is developed in the same checkout).
    """
    out = Extraction()
    for m in _DIGITS.finditer(document.text, document.body_start):
        out.claims.append(Claim(document.name, "", "other", "number", float(m[0]), "item", None,
                                "", "", "", m.start(), m.end(), m[0], rule="digits"))
        out.numbers.append(NumberMention(m.start(), m.end(), m[0], True))
    return out


#: `python -c RUN_CLI ingest ...`: the CLI with `digits_extract` in place of extraction.
RUN_CLI = (
    "import sys, importlib; sys.path.insert(0, 'tests'); import store_fixtures as f; "
    "importlib.import_module('pipeline.extract').extract_document = f.digits_extract; "
    "from pipeline.cli import main; sys.exit(main(sys.argv[1:]))"
)


def make_corpus(folder, n: int, seed: int = 0, seeds_dir=None):
    """n texts made from the seed texts with their numbers changed (same digit count)."""
    import random
    from pathlib import Path

    rng = random.Random(seed)
    seeds_dir = Path(seeds_dir or Path(__file__).resolve().parent.parent / "seeds")
    sources = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        text = sources[i % len(sources)]
        text = re.sub(r"\d+", lambda m: str(rng.randint(10 ** (len(m[0]) - 1) if len(m[0]) > 1 else 0,
                                                        10 ** len(m[0]) - 1)), text)
        (folder / f"gen_{seed}_{i:04d}.txt").write_text(f"{text}\n（{seed}-{i}）", encoding="utf-8")
    return folder


def fingerprint(db) -> tuple:
    """What a reader sees, from one snapshot: documents, claims, their values and ids."""
    import duckdb
    con = duckdb.connect(":memory:")
    try:
        con.execute(f"ATTACH '{db}' AS d (READ_ONLY)")
        return con.execute(
            "SELECT (SELECT count(*) FROM d.documents), (SELECT count(*) FROM d.claims),"
            " (SELECT round(coalesce(sum(value), 0), 3) FROM d.claims),"
            " (SELECT md5(coalesce(string_agg(claim_id, ',' ORDER BY claim_id), '')) FROM d.claims),"
            " (SELECT count(*) FROM d.numbers)").fetchone()
    finally:
        con.close()
