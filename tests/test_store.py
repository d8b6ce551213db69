"""Ingest: idempotent, changed files replace their claims, encodings agree, bad
files give one-line errors without losing anything, reviews survive reindex."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipeline import ingest as ingest_mod
from pipeline import store
from pipeline.extract import extract_document
from pipeline.ingest import ingest, reindex
from pipeline.text import read_document
from store_fixtures import FANSHI, TEXTS, crash_on, use_fake_extraction, write_texts

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def counts(db) -> tuple:
    con = duckdb.connect(":memory:")
    con.execute(f"ATTACH '{db}' AS d (READ_ONLY)")
    out = tuple(con.execute(f"SELECT count(*) FROM d.{t}").fetchone()[0]
                for t in ("documents", "claims", "numbers", "zone_mentions"))
    con.close()
    return out


def claim_rows(db, with_doc=True):
    df = store.Store(db).sql('SELECT doc, zone_id, family, indicator, value, unit, value_before, '
                             'unit_before, qualifier, period, start, "end", evidence, rule '
                             'FROM claims ORDER BY doc, start, "end", indicator')
    if not with_doc:
        df = df.drop(columns=["doc"])
    return [tuple(r) for r in df.astype(object).where(df.notna(), None).itertuples(index=False)]


def expected_claims(paths) -> int:
    """What the current extraction returns for these files (not a hard-coded count)."""
    return sum(len(extract_document(read_document(p)).claims) for p in paths)


def test_ingest_seeds_is_idempotent(tmp_path):
    db = tmp_path / "s.duckdb"
    files = sorted(SEEDS.glob("*.txt"))
    r1 = ingest([SEEDS], db=db, progress=False)
    assert (r1.files, r1.new_docs, r1.errors) == (len(files), len(files), [])
    assert r1.claims == expected_claims(files)
    first, rows = counts(db), claim_rows(db)
    assert first[0] == len(files) and first[1] == r1.claims
    r2 = ingest([SEEDS], db=db, progress=False)
    assert (r2.new_docs, r2.changed_docs, r2.unchanged_docs, r2.claims) == (0, 0, len(files), 0)
    assert counts(db) == first and claim_rows(db) == rows
    runs = store.run_query("ingest_runs", db=db)
    assert list(runs["unchanged_docs"]) == [len(files), 0]


def test_claims_are_stored_sorted_by_zone_indicator_period(tmp_path):
    src = write_texts(tmp_path / "t")
    db = tmp_path / "s.duckdb"
    with pytest.MonkeyPatch.context() as mp:
        use_fake_extraction(mp)
        ingest([src], db=db, progress=False)
    con = duckdb.connect(":memory:")
    con.execute(f"ATTACH '{db}' AS d (READ_ONLY)")
    rows = con.execute("SELECT zone_id, indicator, period, seq FROM d.claims ORDER BY rowid").fetchall()
    assert [r[3] for r in rows] == list(range(1, len(rows) + 1))  # seq is the stored order
    key = [(z is None, z or "", i, p is None, p or "") for z, i, p, _ in rows]
    n_claim_lines = sum(l.count("|") == 12 for t in TEXTS.values() for l in t.split("\n"))
    assert key == sorted(key) and len(rows) == n_claim_lines


def test_changed_file_replaces_its_claims(tmp_path):
    db, f = tmp_path / "s.duckdb", tmp_path / "in" / "zone.txt"
    f.parent.mkdir()
    other = tmp_path / "in" / "other.txt"
    other.write_text("繁峙经开区有企业7家。", encoding="utf-8")
    f.write_text("繁峙经开区有企业12家。", encoding="utf-8")
    ingest([f.parent], db=db, progress=False)
    old_id = read_document(f).sha256
    f.write_text("繁峙经开区有企业30家，其中高新技术企业5家。", encoding="utf-8")
    r = ingest([f.parent], db=db, progress=False)
    assert (r.changed_docs, r.new_docs, r.unchanged_docs) == (1, 0, 1)
    docs = store.run_query("documents", db=db)
    assert old_id not in set(docs["doc_id"]) and len(docs) == 2
    new_doc = read_document(f)
    got = store.run_query("claims", db=db, doc=new_doc.sha256)
    want = extract_document(new_doc).claims
    assert sorted(zip(got["start"], got["end"], got["value"])) == \
        sorted((c.start, c.end, c.value) for c in want)
    assert store.run_query("claims", db=db, doc=old_id).empty
    # the other file's claims are untouched
    assert len(store.run_query("claims", db=db, doc="other.txt")) == \
        len(extract_document(read_document(other)).claims)
    # the rebuilt file numbers documents afresh; each claim carries its document's number
    s = store.Store(db)
    assert s.sql("SELECT count(*) n FROM claims c JOIN documents d USING (doc_id) "
                  "WHERE c.doc_no IS DISTINCT FROM d.doc_no")["n"][0] == 0
    assert s.sql("SELECT count(DISTINCT doc_no) n FROM documents")["n"][0] == 2
    for name in ("zone.txt", "other.txt"):
        assert len(store.run_query("document", db=db, doc=name)["claims"][0]) == \
            len(store.run_query("claims", db=db, doc=name))


@pytest.mark.parametrize("workers", [1, 2])
def test_same_text_in_three_encodings_gives_same_claims(tmp_path, workers):
    text = (SEEDS / "000_82617e95e4fc1d67.txt").read_text(encoding="utf-8")
    rows = {}
    for enc in ("gb18030", "utf-16", "utf-8-sig"):
        d = tmp_path / enc
        d.mkdir()
        (d / "same.txt").write_bytes(text.encode(enc))
        db = tmp_path / f"{enc}.duckdb"
        r = ingest([d], db=db, workers=workers, progress=False)
        assert r.errors == [] and r.new_docs == 1
        rows[enc] = claim_rows(db)
        assert store.run_query("documents", db=db)["encoding"][0].startswith(enc.split("-sig")[0][:5])
    assert rows["gb18030"] == rows["utf-16"] == rows["utf-8-sig"]
    assert len(rows["gb18030"]) == len(extract_document(read_document(tmp_path / "gb18030" / "same.txt")).claims)
    # all three in one call are one document
    both = tmp_path / "all.duckdb"
    r = ingest([tmp_path / e for e in ("gb18030", "utf-16", "utf-8-sig")], db=both,
               workers=workers, progress=False)
    assert (r.new_docs, r.duplicates) == (1, 2)
    assert counts(both)[0] == 1 and claim_rows(both) == rows["gb18030"]


def test_bad_files_give_one_line_errors_and_good_files_land(tmp_path):
    db = tmp_path / "s.duckdb"
    keep = tmp_path / "keep"
    keep.mkdir()
    (keep / "old.txt").write_text("朔州市经开区有企业9家。", encoding="utf-8")
    ingest([keep], db=db, progress=False)
    before = claim_rows(db)
    d = tmp_path / "mixed"
    d.mkdir()
    (d / "good1.txt").write_text("繁峙经开区有企业12家。", encoding="utf-8")
    (d / "good2.txt").write_bytes("山西综改区有企业3家。".encode("gb18030"))
    (d / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (d / "empty.txt").write_bytes(b"")
    (d / "undecodable.txt").write_bytes(b"\x81\x30\xff\xfe\x80" * 50 + b"\xff\xff\xff")
    env = {**os.environ, "BIZENV_DB": str(db)}
    p = subprocess.run([sys.executable, "-m", "pipeline.cli", "ingest", str(d), str(d / "missing.txt")],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert p.returncode != 0
    errors = [l for l in p.stderr.splitlines() if l.startswith("bizenv: ")]
    named = {l.split(":")[1].strip() for l in errors}
    assert named == {"binary.txt", "empty.txt", "undecodable.txt", "missing.txt"}, p.stderr
    assert len(errors) == 4
    summary = p.stderr.strip().splitlines()[-1]
    assert "2 new" in summary and "4 errors" in summary and "6 files" in summary
    docs = set(store.run_query("documents", db=db)["name"])
    assert docs == {"old.txt", "good1.txt", "good2.txt"}
    assert set(before) <= set(claim_rows(db))  # nothing stored was lost


def test_extraction_crash_is_one_file_error(tmp_path, monkeypatch):
    crash_on(monkeypatch, "炸")
    d = tmp_path / "in"
    d.mkdir()
    (d / "ok.txt").write_text("繁峙经开区有企业12家。", encoding="utf-8")
    (d / "bad.txt").write_text("炸", encoding="utf-8")
    r = ingest([d], db=tmp_path / "s.duckdb", progress=False)
    assert r.new_docs == 1 and len(r.errors) == 1
    assert r.errors[0].startswith("bad.txt: extraction failed") and "\n" not in r.errors[0]


def test_review_survives_reingest_and_reindex(tmp_path, monkeypatch):
    use_fake_extraction(monkeypatch)
    src = write_texts(tmp_path / "t")
    db = tmp_path / "s.duckdb"
    ingest([src], db=db, progress=False)
    c = store.run_query("claims", db=db, zone=FANSHI).set_index("indicator")
    rej, cor, conf = (c.loc[i, "claim_id"] for i in
                      ("high_tech_firms", "approval_time", "industrial_value_added_growth"))
    store.add_review(rej, "reject", note="a title, not a claim", db=db)
    store.add_review(cor, "correct", value=15, unit="working_day", note="text says 15", db=db)
    store.add_review(conf, "confirm", db=db)

    def check():
        cl = store.run_query("claims", db=db, zone=FANSHI).set_index("claim_id")
        assert rej not in cl.index
        assert cl.loc[cor, "value"] == 15 and cl.loc[cor, "orig_value"] == 20
        assert cl.loc[cor, "review"] == "correct" and cl.loc[conf, "review"] == "confirm"
        allc = store.run_query("claims", db=db, zone=FANSHI, include_rejected=True).set_index("claim_id")
        assert allc.loc[rej, "rejected"] and allc.loc[rej, "orig_value"] == 11
        r = store.run_query("ranking", db=db, indicator="approval_time", unit="working_day")
        assert r.set_index("zone_id").loc[FANSHI, "value"] == 15
        assert store.run_query("overview", db=db)["reviewed"][0] == 3
        # per-document counts leave the rejected claim out
        docs = store.run_query("documents", db=db).set_index("name")
        assert docs.loc["a.txt", "claims"] == 2
        assert not store.run_query("reviews", db=db)["orphaned"].any()

    check()
    ingest([src], db=db, progress=False)
    check()
    r = reindex(db=db, progress=False)
    assert r.changed_docs == len(TEXTS) and r.errors == []
    check()
    # a correction of zone and indicator moves the claim
    store.add_review(conf, "correct", indicator="growth_other", zone_id="shuozhou", db=db)
    moved = store.run_query("claims", db=db, indicator="growth_other")
    assert list(moved["claim_id"]) == [conf] and moved["zone_id"][0] == "shuozhou"
    assert moved["orig_indicator"][0] == "industrial_value_added_growth"


def test_review_of_unknown_claim_and_bad_action(tmp_path):
    db = store.init_db(tmp_path / "s.duckdb")
    with pytest.raises(KeyError):
        store.add_review("nope", "reject", db=db)
    with pytest.raises(ValueError):
        store.add_review("nope", "delete", db=db)
    with pytest.raises(ValueError):
        store.add_review("nope", "correct", db=db)


def test_reader_sees_new_file_after_swap(tmp_path, monkeypatch):
    db = tmp_path / "s.duckdb"
    s = store.Store(db)
    assert s.query("overview")["documents"][0] == 0
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("繁峙经开区有企业12家。", encoding="utf-8")
    ingest([d], db=db, progress=False)
    assert s.query("overview")["documents"][0] == 1
    monkeypatch.setenv("BIZENV_DB", str(db))
    assert store.db_path() == db
    assert store.run_query("overview")["documents"][0] == 1


def test_kill_leftovers_are_swept(tmp_path):
    db = store.init_db(tmp_path / "s.duckdb")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    junk = [Path(f"{db}.tmp-db-{dead}-0123abcd"), Path(f"{db}.tmp-db-{dead}-0123abcd.wal")]
    for j in junk:
        j.write_bytes(b"half written")
    stage = Path(f"{db}.tmp-stage-{dead}-4567cdef")
    stage.mkdir()
    # a live writer's stage (one that extracts without the lock) is left alone
    live = Path(f"{db}.tmp-stage-{os.getppid()}-89abcdef")
    live.mkdir()
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("繁峙经开区有企业12家。", encoding="utf-8")
    ingest([d], db=db, progress=False)
    assert not any(j.exists() for j in junk) and not stage.exists()
    assert live.exists()
    live.rmdir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "s.duckdb", "s.duckdb.lock"]


def test_long_text_is_extracted_in_pieces_with_true_offsets(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest_mod, "CHUNK_CHARS", 300)
    monkeypatch.setattr(ingest_mod.Sink, "FLUSH_ROWS", 7)  # rows go to disk in parts
    # every claim distinct, so the whole-text extraction's de-duplication plays no part
    paras = [f"第{i}段：繁峙经开区新增企业{i + 3}家，高新技术企业{i + 1000}家。" for i in range(200)]
    text = "---\ntitle: 长文\nzone: 繁峙经开区\n---\n" + "\n".join(paras)
    f = tmp_path / "long.txt"
    f.write_text(text, encoding="utf-8")
    doc = read_document(f)
    whole = extract_document(doc).claims
    db = tmp_path / "s.duckdb"
    ingest([f], db=db, progress=False)
    got = store.run_query("claims", db=db)
    assert len(got) == len(whole)
    assert sorted(zip(got["start"], got["value"], got["indicator"])) == \
        sorted((c.start, c.value, c.indicator) for c in whole)
    for s, e, ev in zip(got["start"], got["end"], got["evidence"]):
        assert text[s:e] == ev
    meta = store.run_query("documents", db=db).iloc[0]
    assert meta["title"] == "长文" and meta["default_zone"] == "繁峙经开区"
    assert meta["claims"] == len(whole)
    nums = store.Store(db).sql("SELECT count(*) AS n, count(*) FILTER (WHERE covered) AS c FROM numbers")
    assert nums["n"][0] > nums["c"][0] > 0


def test_pieces_do_not_repeat_a_claim_stated_twice(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest_mod, "CHUNK_CHARS", 300)
    text = "\n".join(["繁峙经开区高新技术企业11家。" + "，" * 40] * 40)
    f = tmp_path / "rep.txt"
    f.write_text(text, encoding="utf-8")
    whole = extract_document(read_document(f)).claims
    db = tmp_path / "s.duckdb"
    ingest([f], db=db, progress=False)
    got = store.run_query("claims", db=db)
    key = ["zone_id", "indicator", "value", "unit", "period"]
    assert not got.duplicated(subset=key).any()
    assert len(got) == len({(c.zone_id, c.indicator, c.value, c.unit, c.period) for c in whole})


def test_older_file_is_rebuilt_on_open_and_keeps_its_data(tmp_path, monkeypatch):
    use_fake_extraction(monkeypatch)
    db = tmp_path / "s.duckdb"
    ingest([write_texts(tmp_path / "t")], db=db, progress=False)
    before = claim_rows(db)
    con = duckdb.connect(str(db))  # pretend an older layout wrote this file
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.execute("UPDATE documents SET claims = NULL")
    con.close()
    assert store.schema_version(db) == 1
    s = store.Store(db)
    assert store.schema_version(db) == store.SCHEMA_VERSION
    assert claim_rows(db) == before
    assert (s.query("documents")["claims"] > 0).all()


def test_file_without_marks_is_rebuilt_with_them(tmp_path, monkeypatch):
    """Schema 9 stored no mark: the rebuild reads the evidence's place as the offset from its sentence."""
    use_fake_extraction(monkeypatch)
    db = tmp_path / "s.duckdb"
    ingest([write_texts(tmp_path / "t")], db=db, progress=False)
    con = duckdb.connect(str(db))
    marks = con.sql("SELECT claim_id, mark_start, mark_end FROM claims_all").df()
    con.execute("ALTER TABLE claims DROP COLUMN mark_start")
    con.execute("ALTER TABLE claims DROP COLUMN mark_end")
    con.execute("UPDATE meta SET value = '9' WHERE key = 'schema_version'")
    con.close()
    got = store.Store(db).query("claims", limit=None)[["claim_id", "mark_start", "mark_end"]]
    assert len(got) == len(marks) > 0 and (got["mark_end"] > got["mark_start"]).all()
    assert got.sort_values("claim_id").values.tolist() == marks.sort_values("claim_id").values.tolist()


def test_cli_query_review_and_reindex_with_two_workers(tmp_path, capsysbinary):
    from pipeline.cli import main
    db = tmp_path / "s.duckdb"
    assert main(["ingest", str(SEEDS), "--db", str(db), "--no-progress", "--workers", "2"]) == 0
    rows = claim_rows(db)
    assert main(["query", "claims", "limit=2", "--db", str(db), "--format", "jsonl"]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8").splitlines()
    import json
    first = json.loads(out[0])
    assert len(out) == 2 and set(first) >= {"claim_id", "evidence", "value"}
    assert main(["review", first["claim_id"], "--reject", "--note", "not a claim", "--db", str(db)]) == 0
    assert main(["reindex", "--db", str(db), "--workers", "2", "--no-progress"]) == 0
    assert claim_rows(db) == rows  # same pipeline, same claims
    ids = set(store.run_query("claims", db=db, limit=None)["claim_id"])
    assert first["claim_id"] not in ids
    assert main(["query", "reviews", "--db", str(db), "--format", "csv"]) == 0
    assert b"not a claim" in capsysbinary.readouterr().out
    assert main(["query", "no_such_query", "--db", str(db)]) == 2
    assert main(["query", "claims", "zoen=x", "--db", str(db)]) == 2
    assert main(["query", "--list"]) == 0
    assert b"ranking" in capsysbinary.readouterr().out


def test_progress_bar_draws_only_on_a_terminal():
    import io
    buf = io.StringIO()
    bar = ingest_mod.Progress(100, "ingest", stream=buf, enabled=True)
    bar.update(50, "1/2 batches")
    bar.update(50, "2/2 batches")
    bar.close()
    text = buf.getvalue()
    assert "100%" in text and "#" * 30 in text and text.endswith("\r\033[K")
    quiet = io.StringIO()  # not a terminal: nothing drawn
    bar = ingest_mod.Progress(100, "ingest", stream=quiet)
    bar.update(100)
    bar.close()
    assert quiet.getvalue() == ""


def test_ingest_extracts_without_the_writer_lock(tmp_path, monkeypatch):
    """A review lands while an ingest is still extracting; the ingest then builds on it."""
    import importlib
    import threading
    extract_mod = importlib.import_module("pipeline.extract")
    real = extract_mod.extract_document
    db = tmp_path / "s.duckdb"
    first = tmp_path / "first"
    first.mkdir()
    (first / "a.txt").write_text("繁峙经开区有企业12家。", encoding="utf-8")
    ingest([first], db=db, progress=False)
    claim = store.run_query("claims", db=db)["claim_id"][0]
    started, release = threading.Event(), threading.Event()

    def slow(doc):
        started.set()
        assert release.wait(30)
        return real(doc)

    monkeypatch.setattr(extract_mod, "extract_document", slow)
    second = tmp_path / "second"
    second.mkdir()
    (second / "b.txt").write_text("朔州经开区有企业30家。", encoding="utf-8")
    out = {}
    t = threading.Thread(target=lambda: out.update(r=ingest([second], db=db, progress=False)))
    t.start()
    assert started.wait(30)
    store.add_review(claim, "reject", note="while the ingest extracts", db=db)  # not blocked
    release.set()
    t.join(60)
    assert out["r"].new_docs == 1
    assert set(store.run_query("documents", db=db)["name"]) == {"a.txt", "b.txt"}
    assert claim not in set(store.run_query("claims", db=db)["claim_id"])  # the review survived
    runs = store.run_query("ingest_runs", db=db)
    docs = store.Store(db).sql("SELECT name, run_id FROM documents ORDER BY name")
    assert list(docs["run_id"]) == sorted(runs["run_id"])


def test_reviews_follow_their_claims_when_reextraction_moves_them(tmp_path, monkeypatch):
    """A pipeline change that moves a claim's span or changes its indicator changes its key;
    the review follows it to the claim of the same document over the same characters, and a
    review whose claim is gone altogether is listed as orphaned."""
    import importlib
    from dataclasses import replace

    import store_fixtures
    use_fake_extraction(monkeypatch)
    src = write_texts(tmp_path / "t")
    db = tmp_path / "s.duckdb"
    ingest([src], db=db, progress=False)
    c = store.run_query("claims", db=db, zone=FANSHI).set_index("indicator")
    rej, cor = c.loc["high_tech_firms", "claim_id"], c.loc["approval_time", "claim_id"]
    gone = c.loc["industrial_value_added_growth", "claim_id"]
    store.add_review(rej, "reject", note="a title", db=db)
    store.add_review(cor, "correct", value=15, unit="working_day", db=db)
    store.add_review(gone, "confirm", db=db)

    def moved(document):
        out = store_fixtures.fake_extract(document)
        claims = []
        for cl in out.claims:
            if cl.indicator == "high_tech_firms":    # the count alone: 11家, not 高新技术企业11家
                cl = replace(cl, start=cl.end - 3, evidence=cl.evidence[-3:])
            elif cl.indicator == "approval_time" and cl.zone_id == FANSHI:
                cl = replace(cl, indicator="construction_permit_time")
            elif cl.indicator == "industrial_value_added_growth":
                continue                              # no longer read at all
            claims.append(cl)
        out.claims = claims
        return out

    monkeypatch.setattr(importlib.import_module("pipeline.extract"), "extract_document", moved)
    assert reindex(db=db, progress=False).errors == []

    cl = store.run_query("claims", db=db, zone=FANSHI).set_index("indicator")
    assert "high_tech_firms" not in cl.index                     # still rejected
    assert cl.loc["construction_permit_time", "value"] == 15     # still corrected
    assert cl.loc["construction_permit_time", "orig_value"] == 20
    allc = store.run_query("claims", db=db, zone=FANSHI, include_rejected=True).set_index("indicator")
    assert allc.loc["high_tech_firms", "evidence"] == "11家" and allc.loc["high_tech_firms", "rejected"]
    reviews = store.run_query("reviews", db=db).set_index("action")
    assert reviews.loc["confirm", "orphaned"] and not reviews.loc["reject", "orphaned"]
    assert not reviews.loc["correct", "orphaned"]
