"""The table-driven cases of tests/cases_extract.py against `extract_claims`.

Each expected dict must be matched by a distinct claim; a case with no
expected claims must yield none; an `only` case must yield exactly its
expected claims. Every claim must point at its evidence in the input text.
"""
from __future__ import annotations

import math
from pathlib import Path

import pytest

from pipeline import extract_claims
from pipeline.extract import extract_text
try:                                   # tests/ on sys.path (pytest's default)
    from cases_extract import CASES, FIELDS, Case
    from cases_extract_more import CASES_MORE
    from cases_extract_round2 import CASES_ROUND2
    from cases_extract_round3 import CASES_ROUND3
except ImportError:                    # tests/ imported as a package
    from tests.cases_extract import CASES, FIELDS, Case
    from tests.cases_extract_more import CASES_MORE
    from tests.cases_extract_round2 import CASES_ROUND2
    from tests.cases_extract_round3 import CASES_ROUND3

#: Every table: the first one, the one phrased the way other provinces say it,
#: and the second red-team round (whole pages, overviews, periods, traps).
ALL_CASES: list[Case] = CASES + CASES_MORE + CASES_ROUND2 + CASES_ROUND3
#: Expect fields any table may use: the round-2 table also asserts `zone`
#: exactly ("" = a claim that names no zone), which `zone_prefix` cannot; `sentence`
#: is the provenance a reader is shown.
ALL_FIELDS = FIELDS | {"zone", "indicator", "sentence"}

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
REL_TOL = 0.005          # values compare within 0.5%
#: A case may share at most this many consecutive characters with a seed text;
#: longer means it copies a seed sentence rather than saying the thing anew.
MAX_SEED_OVERLAP = 12


def _close(got, want) -> bool:
    if got is None or want is None:
        return got is None and want is None
    return math.isclose(float(got), float(want), rel_tol=REL_TOL, abs_tol=1e-9)


def _fits(claim, want: dict) -> bool:
    """Does `claim` satisfy every field of `want` (except the cross-claim ones)?"""
    for name, value in want.items():
        if name in ("key", "indicator_differs_from"):
            continue
        if name in ("value", "value_before"):
            if not _close(getattr(claim, name), value):
                return False
        elif name == "zone_prefix":
            if not (claim.zone or "").startswith(value):
                return False
        elif (getattr(claim, name) or "") != value:
            return False
    return True


def _match(claims, expect):
    """Distinct claims for the expected dicts, or None. Small inputs: backtrack."""
    candidates = [[i for i, c in enumerate(claims) if _fits(c, w)] for w in expect]
    keyed = {w["key"]: n for n, w in enumerate(expect) if "key" in w}

    def consistent(assigned):
        for n, w in enumerate(expect):
            other = w.get("indicator_differs_from")
            if other is None or n not in assigned or keyed[other] not in assigned:
                continue
            if claims[assigned[n]].indicator == claims[assigned[keyed[other]]].indicator:
                return False
        return True

    def walk(n, assigned):
        if n == len(expect):
            return dict(assigned)
        for i in candidates[n]:
            if i in assigned.values():
                continue
            assigned[n] = i
            if consistent(assigned):
                found = walk(n + 1, assigned)
                if found is not None:
                    return found
            del assigned[n]
        return None

    return walk(0, {})


def _show(claims) -> str:
    if not claims:
        return "  (no claims)"
    return "\n".join(
        f"  {c.family} {c.indicator} {c.value:g} {c.unit}"
        f"{f' before={c.value_before:g} {c.unit_before}' if c.value_before is not None else ''}"
        f" q={c.qualifier!r} period={c.period!r} zone={c.zone!r} evidence={c.evidence!r}"
        for c in claims)


PARAMS = [pytest.param(c, id=c.id,
                       marks=[pytest.mark.xfail(reason=c.miss, strict=True)] if c.miss else [])
          for c in ALL_CASES]


@pytest.mark.parametrize("case", PARAMS)
def test_case(case: Case):
    claims = extract_claims(case.text, default_zone=case.default_zone or None)
    for c in claims:
        assert 0 <= c.start < c.end <= len(case.text), (c.start, c.end)
        assert case.text[c.start:c.end] == c.evidence, (case.text[c.start:c.end], c.evidence)
    shown = f"{case.text!r} gave\n{_show(claims)}"
    if not case.expect:
        assert claims == [], f"expected no claim; {shown}"
        return
    assert _match(claims, case.expect) is not None, f"expected {case.expect}; {shown}"
    if case.only:
        assert len(claims) == len(case.expect), f"expected only {case.expect}; {shown}"


# ---- the table itself --------------------------------------------------------

def test_table_is_large_enough():
    with_claims = [c for c in CASES if c.expect]
    without = [c for c in CASES if not c.expect]
    assert len(with_claims) >= 65 and len(without) >= 25
    assert len(CASES_MORE) >= 80 and len([c for c in CASES_MORE if not c.expect]) >= 25
    assert len(CASES_ROUND2) >= 80 and len([c for c in CASES_ROUND2 if not c.expect]) >= 15


def test_table_is_well_formed():
    ids = [c.id for c in ALL_CASES]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    for case in ALL_CASES:
        assert case.id and case.text
        keys = {w["key"] for w in case.expect if "key" in w}
        for want in case.expect:
            assert set(want) <= ALL_FIELDS, (case.id, set(want) - ALL_FIELDS)
            if "indicator_differs_from" in want:
                assert want["indicator_differs_from"] in keys, case.id


def _longest_common_run(a: str, b: str) -> int:
    """Length of the longest common substring of a and b (a is short)."""
    best = 0
    for i in range(len(a)):
        n = best + 1
        while i + n <= len(a) and a[i:i + n] in b:
            best = n
            n += 1
    return best


def test_cases_are_not_seed_sentences():
    seeds = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    copied = {c.id: n for c in ALL_CASES
              if (n := _longest_common_run(c.text, seeds)) > MAX_SEED_OVERLAP}
    assert not copied, f"cases sharing long runs with the seeds: {copied}"


@pytest.mark.parametrize("text, surface", [
    ("上半年，常州经开区新签约项目64个。记者：刚才您提到，上半年新签约项目64个，下一步有何打算？", "64"),
    ("园区新签约项目12个，协议总投资56亿元。\n\n┌──────────────┐\n│　协议总投资56亿元。　│\n"
     "└──────────────┘\n\n园区持续优化营商环境。", "56"),
], ids=["a-reporter-repeats", "a-boxed-pull-quote"])
def test_a_figure_said_again_is_explained_not_unclaimed(text, surface):
    """The data-quality page lists unclaimed numbers as material for new rules; a
    restatement (a reporter's 刚才您提到…, a boxed pull quote) is explained instead."""
    numbers = [n for n in extract_text(text).numbers if n.surface == surface]
    assert [n.claimed for n in numbers] == [True, False]
    assert numbers[1].reason == "restated"
