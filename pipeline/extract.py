"""One text in, claims with spans out. Pure: no I/O. (Being built.)"""
from __future__ import annotations

import regex as re

from .model import Claim, Extraction, NumberMention
from .text import Document

_FIRMS = re.compile(r"(\d+)\s*家")


def extract_text(text: str, doc: str = "", default_zone: str | None = None,
                 body_start: int = 0) -> Extraction:
    out = Extraction()
    for m in _FIRMS.finditer(text, body_start):
        out.claims.append(Claim(doc, default_zone or "", "firm_count", "firms", float(m[1]),
                                "firm", None, "", "", "", m.start(), m.end(), m[0],
                                rule="placeholder"))
        out.numbers.append(NumberMention(m.start(1), m.end(1), m[1], True))
    return out


def extract_document(document: Document) -> Extraction:
    return extract_text(document.text, doc=document.name,
                        default_zone=document.meta.get("zone"), body_start=document.body_start)
