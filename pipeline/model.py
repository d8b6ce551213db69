"""The records that flow out of extraction: claims, zone mentions, documents.

`Claim` is the unit every other part of bizenv (store, queries, dashboard,
CSV export) works with. Its first fields are the interchange columns of the
claims spec, in order; the rest is provenance.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields

#: The interchange columns of `bizenv extract --format csv`, in spec order.
CSV_COLUMNS = (
    "doc", "zone", "family", "indicator", "value", "unit", "value_before",
    "unit_before", "qualifier", "period", "start", "end", "evidence",
)
#: Provenance columns written after the interchange columns.
EXTRA_COLUMNS = ("zone_id", "zone_status", "sentence", "sentence_start", "rule", "mark_start", "mark_end")


@dataclass(slots=True)
class Claim:
    doc: str              # source file name, no folder
    zone: str             # canonical zone name, "" when about no one zone
    family: str           # duration, pct_reduction, growth_rate, share_pct, firm_count, ...
    indicator: str        # stable indicator id from pipeline/data/indicators.csv
    value: float          # canonical units; for before/after, the AFTER value
    unit: str             # canonical unit code
    value_before: float | None
    unit_before: str
    qualifier: str        # approx | min | max | ""
    period: str           # 2024, 2025H1, 2025-05 or ""
    start: int            # offsets into the ORIGINAL decoded text
    end: int
    evidence: str         # == text[start:end]
    zone_id: str = ""     # registry id ("" for none); provisional zones get "prov:<name>"
    zone_status: str = "" # registered | provisional | default | ""
    sentence: str = ""    # the sentence of the original text that holds the evidence
    sentence_start: int = 0
    rule: str = ""        # id of the rule that fired
    # Where the evidence stands in `sentence`: sentence[mark_start:mark_end]. The sentence is
    # cleaned (line breaks, spaces, captions and markdown marks dropped), so these are not
    # start - sentence_start whenever something was dropped before or inside the evidence.
    mark_start: int = 0
    mark_end: int = 0

    def row(self) -> dict:
        """The claim as a flat dict, spec columns first."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(slots=True)
class ZoneMention:
    zone_id: str          # registry id or "prov:<name>"
    name: str             # canonical name
    start: int
    end: int
    surface: str          # the text as written
    provisional: bool = False
    passing: bool = False # named in passing (与…、…等), must not take claims


@dataclass(slots=True)
class NumberMention:
    """A number token found in the original text, claimed or not."""
    start: int
    end: int
    surface: str
    claimed: bool = False
    reason: str = ""      # why an unclaimed number is no claim: date, ordinal, code, time,
    #                       restated (a claim said again); "" unknown


@dataclass(slots=True)
class Extraction:
    claims: list[Claim] = field(default_factory=list)
    zones: list[ZoneMention] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)
