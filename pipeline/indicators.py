"""Indicators as data (pipeline/data/indicators.csv) and the choice of one for a claim.

Each row: a stable id, its family, canonical unit, direction (lower or higher is
better), zh/en labels, the business-environment framework item it corresponds to
where one exists, and the cue words that recognise it, separated by |.
The row with no cue words in a family is that family's fallback.
"""
from __future__ import annotations

import csv
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex as re

DATA = Path(__file__).parent / "data"
FAMILIES = ("duration", "pct_reduction", "growth_rate", "share_pct", "firm_count",
            "project_count", "money", "area", "other")


_NEW = re.compile(r"新增|净增|新引进|新认定|新签约|新开工|新入驻|新注册|新落户|新培育|新备案|年内新|当年新")
_CUMULATIVE = re.compile(r"累计|总计|共有|现有|总数")
_CLAUSE_SEP = re.compile(r"[，,；;。！？!?]")


@dataclass(frozen=True, slots=True)
class Indicator:
    id: str
    family: str
    unit: str
    direction: str       # "lower" or "higher" is better
    zh: str
    en: str
    framework: str
    cues: tuple[str, ...]


@lru_cache(maxsize=1)
def load_indicators() -> tuple[Indicator, ...]:
    with open(DATA / "indicators.csv", encoding="utf-8", newline="") as f:
        rows = tuple(
            Indicator(r["id"], r["family"], r["unit"], r["direction"], r["zh"], r["en"],
                      r["framework"], tuple(c for c in r["cues"].split("|") if c))
            for r in csv.DictReader(f))
    bad = [r.id for r in rows if r.family not in FAMILIES or r.direction not in ("lower", "higher")]
    if bad:
        raise ValueError(f"indicators.csv: bad family or direction for {bad}")
    return rows + derived_new(rows)


def derived_new(rows) -> tuple[Indicator, ...]:
    """A "new this period" twin for every count indicator the data gives none:
    新增规上工业企业23家 and 规上工业企业总数198家 must not share an indicator."""
    ids = {r.id for r in rows}
    return tuple(
        Indicator(f"{r.id}_new", r.family, r.unit, r.direction, f"新增{r.zh}", f"New: {r.en}",
                  r.framework, ())
        for r in rows
        if r.family in ("firm_count", "project_count") and r.cues and "new" not in r.id
        and f"{r.id}_new" not in ids)


#: Indicators of figures a mu of land (亩均税收38.2万元): read as amounts of money, then stored as
#: family other, unit yuan_per_mu, as their rows say — never summed or ranked with amounts.
PER_MU_MONEY = frozenset(("tax_per_mu", "output_per_mu", "investment_per_mu"))


class IndicatorIndex:
    """Picks the indicator whose cue stands nearest a number, family by family."""

    def __init__(self, indicators=None):
        self.all = tuple(indicators or load_indicators())
        self.by_id = {i.id: i for i in self.all}
        self.fallback = {}
        self.cue_re = {}
        self.cue_map = {}
        for fam in FAMILIES:
            # (figures a mu are read among money's, not among other's, where 投资强度 would outbid a land
            # price's 挂牌价)
            if fam == "money":
                rows = [i for i in self.all if i.family == fam or i.id in PER_MU_MONEY]
            else:
                rows = [i for i in self.all if i.family == fam and i.id not in PER_MU_MONEY]
            for i in rows:
                if not i.cues:
                    self.fallback.setdefault(fam, i)
            cues: dict[str, list[Indicator]] = {}
            for i in rows:
                for c in i.cues:
                    cues.setdefault(c, []).append(i)
            self.cue_map[fam] = cues
            if cues:
                alt = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
                self.cue_re[fam] = re.compile(alt)

    def cues_in(self, family: str, text: str, unit: str | None = None):
        """(cue, start, end, indicator) for each cue of the family found in text."""
        rx = self.cue_re.get(family)
        if rx is None:
            return []
        found = []
        for m in rx.finditer(text, overlapped=True):
            for ind in self.cue_map[family][m[0]]:
                if unit is None or ind.unit == unit:
                    found.append((m[0], m.start(), m.end(), ind))
                    break  # the first row listing a cue owns it
        return found

    def choose(self, family: str, left_clause: str, right_clause: str, left_sentence: str,
               unit: str | None = None) -> tuple[Indicator | None, str]:
        """The indicator for a number standing between left_clause and right_clause.

        A cue in the number's own clause wins over one earlier in the sentence;
        among those, the longest cue wins (新认定高新技术企业 over 高新技术企业),
        then the one nearest the number. Returns (indicator, cue) or (fallback, "").
        """
        best, best_key = None, None
        n = len(left_clause)
        for text, near, offset in ((left_clause, True, 0), (right_clause, True, n),
                                   (left_sentence, False, None)):
            found = self.cues_in(family, text, unit)
            if offset is None and found:
                # Earlier in the sentence, the subject carries over from the nearest
                # clause that names one: 固定资产投资完成215.4亿元，同比增长7.5% is the
                # investment's growth, not that of a longer cue two clauses back.
                breaks = [m.start() for m in _CLAUSE_SEP.finditer(text)]
                last = bisect_right(breaks, max(f[1] for f in found))
                found = [f for f in found if bisect_right(breaks, f[1]) == last]
            for cue, a, b, ind in found:
                if offset == 0:
                    dist = n - b
                elif offset is None:
                    dist = len(left_sentence) - b + n
                else:
                    dist = a
                key = (len(cue) + (1 if near else 0), -dist)
                if best_key is None or key > best_key:
                    best, best_key = (ind, cue), key
            if near and best is not None and offset is not None and text is right_clause:
                break  # a cue in the clause itself: the sentence is not consulted
        if best is None:
            return self.fallback.get(family), ""
        # 新增入驻企业15户 vs 累计入驻企业180户: a "new" word in the clause picks the
        # indicator's *_new sibling where the data has one.
        ind, cue = best
        sibling = self.by_id.get(ind.id + "_new")
        if sibling is not None and _NEW.search(left_clause) and not _CUMULATIVE.search(left_clause):
            return sibling, cue
        # 新增高新技术企业87家，总数达到1043家: a total borrows the noun, not the "new"
        stock = self.by_id.get(ind.id[:-4]) if ind.id.endswith("_new") else None
        if stock is not None and _CUMULATIVE.search(left_clause) and not _NEW.search(left_clause):
            return stock, cue
        return best
