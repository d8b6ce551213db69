"""Markdown tables: a header row names each column and often its unit.

    | 开发区 | 规上工业产值（亿元） | 同比增长 | 新开工项目（个） |
    |---|---|---|---|
    | 贵安新区 | 312.6 | 14.2% | 37 |

A cell holds a bare number; what it means is in the header. Each cell is read
as if the text had said "规上工业产值：312.6亿元", with the row's first cell as
its zone, and its evidence is the cell as written.

A statistical bulletin turns the table round: rows are indicators, columns a
year and its growth, and the unit may stand in the caption above the table:

    表1  2024年主要经济指标（单位：亿元）
    | 指标 | 2024年 | 同比增长（%） |
    |---|---|---|
    | 地区生产总值 | 612.4 | 5.8 |
    | 实际利用外资（亿美元） | 3.2 | 12.5 |

There a cell reads as "地区生产总值：612.4亿元" (in 2024) and "地区生产总值同比增长：
5.8%"; a unit in the row's label wins over the caption's, and the caption's unit
never applies to a growth or share column. Columns headed by a zone or a whole
(| 指标 | 合肥高新区 | 全省平均 |) say whose figure each cell is.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex as re

_ROW = re.compile(r"^[ \t]*\|(.+)\|[ \t]*$", re.M)
_RULE = re.compile(r"^[\s|:\-]+$")
_UNIT_IN_HEADER = re.compile(r"[（(]\s*([^（）()]{1,6}?)\s*[)）]\s*$")
_NUMBER = re.compile(r"[-－−]?[0-9０-９][0-9０-９,.．]*\s*(?:%|％|[\p{Han}]{1,4})?")
# A table whose rows are indicators: its first header names them, or a column is a
# year or a plain value; its unit may be in the caption (单位：亿元).
_INDICATOR_COLUMN = re.compile(r"^(?:主要)?(?:指标|项目|指标名称)$")
_VALUE_COLUMN = re.compile(r"^(?:(?:19|20)\d\d\s*年(?:[上下]半年|[1-4一二三四]季度|\d{1,2}[-—–~至]?\d{0,2}月)?"
                           r"|数值|绝对值|完成值|本期|本年|总量)$")
_YEAR = re.compile(r"^(?:19|20)\d\d")
_RATE = re.compile(r"增长|增速|增幅|比重|占比|比例|率")
_CAPTION_UNIT = re.compile(r"单位\s*[：:]\s*([^\s）)，,；;|]{1,6})(?=[^\n]*\n\s*$)")
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
    period: str = ""    # the column's header when it is a period (2024年), else ""
    column: str = ""    # in a table whose rows are indicators, a column headed by whose
    column_start: int = -1  # figures they are (合肥高新区, 全省平均), and where it is written


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
            head_cells = _cells(text, rows[i])
            header = [_split_unit(cell) for _, _, cell in head_cells]
            turned = _INDICATOR_COLUMN.match(header[0][0]) is not None or any(
                _VALUE_COLUMN.match(label) for label, _ in header[1:])
            caption = _CAPTION_UNIT.search(text, max(0, rows[i].start() - 120), rows[i].start())
            j = i + 2
            prev = rows[i + 1]
            while j < len(rows) and _adjacent(text, prev, rows[j]):
                cells = _cells(text, rows[j])
                row_start, _, row_label = cells[0]
                for (cs, ce, cell), (label, unit), head in zip(cells[1:], header[1:], head_cells[1:]):
                    n = _NUMBER.match(cell)
                    if not n or not label:
                        continue
                    period, column = "", ""
                    if turned:
                        name, row_unit = _split_unit(row_label)
                        if _VALUE_COLUMN.match(label):   # 2024年 / 数值: the row's own figure
                            period = label if _YEAR.match(label) else ""
                            label, unit = name, row_unit or unit or (caption[1] if caption else "")
                        elif _RATE.search(name + label):  # 同比增长（%）: a rate of the row's figure
                            label = name + label
                            unit = unit or "%"
                        else:                            # 合肥高新区 | 全省平均: whose figure it is
                            column = label
                            label, unit = name, row_unit or unit or (caption[1] if caption else "")
                    yield Cell(cs, cs + n.end(), label, unit, row_start, row_label, period, column,
                               head[0] if column else -1)
                prev = rows[j]
                j += 1
            i = j
        else:
            i += 1


def _split_unit(cell: str) -> tuple[str, str]:
    """规上工业产值（亿元） -> ("规上工业产值", "亿元"); a cell with no unit -> (cell, "")."""
    unit = _UNIT_IN_HEADER.search(cell)
    return (cell[: unit.start()].strip(), unit[1]) if unit else (cell, "")


def _adjacent(text: str, a, b) -> bool:
    return b.start() > a.end() and not text[a.end():b.start()].strip()


def table_rows(text: str) -> list[tuple[int, int]]:
    """Spans of every Markdown table's data rows (so that plain reading skips them)."""
    return [(m.start(), m.end()) for m in _ROW.finditer(text) if not _RULE.match(m[1])]
