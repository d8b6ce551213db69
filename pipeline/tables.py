"""Markdown tables: a header row names each column and often its unit.

    | 开发区 | 规上工业产值（亿元） | 同比增长 | 新开工项目（个） |
    |---|---|---|---|
    | 贵安新区 | 312.6 | 14.2% | 37 |

A cell holds a bare number; what it means is in the header. Each cell is read
as if the text had said "规上工业产值：312.6亿元", with the row's first cell as
its zone, and its evidence is the cell as written.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex as re

_ROW = re.compile(r"^[ \t]*\|(.+)\|[ \t]*$", re.M)
_RULE = re.compile(r"^[\s|:\-]+$")
_UNIT_IN_HEADER = re.compile(r"[（(]\s*([^（）()]{1,6}?)\s*[)）]\s*$")
_NUMBER = re.compile(r"[0-9０-９][0-9０-９,.．]*\s*(?:%|％|[\p{Han}]{1,4})?")
#: Rows that sum the others are about no one zone.
TOTAL_ROW = re.compile(r"^(?:合计|总计|小计|全市|全省|全区|全县|总体|平均)")


@dataclass(slots=True)
class Cell:
    start: int          # the number as written in the cell (with % or a unit if any)
    end: int
    label: str          # the column's header without its unit: 规上工业产值
    unit: str           # the unit the header gives: 亿元, 个, % or ""
    row_start: int      # where the row's first cell starts (its zone is named there)
    row_label: str


def _cells(text: str, m) -> list[tuple[int, int, str]]:
    """(start, end, stripped text) of each cell of a table row match."""
    out, pos = [], m.start(1)
    for part in m[1].split("|"):
        lead = len(part) - len(part.lstrip())
        out.append((pos + lead, pos + len(part.rstrip()), part.strip()))
        pos += len(part) + 1
    return out


def table_cells(text: str):
    """Every data cell of every Markdown table in text, with its column's meaning."""
    rows = list(_ROW.finditer(text))
    i = 0
    while i < len(rows):
        # A table: a header row, a rule row (|---|---|), then data rows on the next lines.
        if i + 1 < len(rows) and _RULE.match(rows[i + 1][1]) and _adjacent(text, rows[i], rows[i + 1]):
            header = []
            for _, _, cell in _cells(text, rows[i]):
                unit = _UNIT_IN_HEADER.search(cell)
                header.append((cell[: unit.start()].strip() if unit else cell, unit[1] if unit else ""))
            j = i + 2
            prev = rows[i + 1]
            while j < len(rows) and _adjacent(text, prev, rows[j]):
                cells = _cells(text, rows[j])
                row_start, _, row_label = cells[0]
                for (cs, ce, cell), (label, unit) in zip(cells[1:], header[1:]):
                    n = _NUMBER.match(cell)
                    if n and label:
                        yield Cell(cs, cs + n.end(), label, unit, row_start, row_label)
                prev = rows[j]
                j += 1
            i = j
        else:
            i += 1


def _adjacent(text: str, a, b) -> bool:
    return b.start() > a.end() and not text[a.end():b.start()].strip()


def table_rows(text: str) -> list[tuple[int, int]]:
    """Spans of every Markdown table's data rows (so that plain reading skips them)."""
    return [(m.start(), m.end()) for m in _ROW.finditer(text) if not _RULE.match(m[1])]
