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

import statistics
import unicodedata
from dataclasses import dataclass

import regex as re

from .markup import BODY_MERGED, MERGED
from .zones import SUFFIX as ZONE_KIND

_ROW = re.compile(r"^[ \t]*\|(.+)\|[ \t]*$", re.M)
_RULE = re.compile(r"^[\s|:\-]+$")
_PHASE_WORD = re.compile(r"[一二三四五六七八九十\d]+期(?:工程|项目)?")
_UNIT_IN_HEADER = re.compile(r"(?:[（(]\s*([^（）()]{1,6}?)\s*[)）]|[\[［【]\s*([^\[\]［］【】\d注]{0,3}?(?:元|%|％|家|户|个|项|人|吨|亩|米|"
                             r"公里|公顷|瓦|时|天|日|月|件|套|台|辆|次|箱)[^\[\]［］【】\d]{0,5}?)\s*[\]］】])\s*$")
# (（亿元）, or [亿元] as a CSV's header writes it; not a note's mark, [注], [1])
#: a cell's number and its unit, a price's per-what too (5.6万元/亩)
_NUMBER = re.compile(r"[-－−]?(?:\d(?:[ ]\d){1,5}(?:[ ]\.[ ]\d(?:[ ]\d){0,3})?(?![ ]?[\d.])|\d(?:[ ]\d){0,5}[ ]\.[ ]\d(?:[ ]\d){0,3}(?!\d)"
                     r"|\d{1,3}(?:[ ]\d{3})+(?:\.\d+)?(?!\d)|[0-9０-９][0-9０-９,.．]*)\s*"  # (1 1 2 . 7 亿元: every digit spaced)
                     r"(?:%|％|[\p{Han}]{1,4}(?:[/／][\p{Han}㎡·]{1,5})?)?")
# A table whose rows are indicators: its first header names them, or a column is a
# year or a plain value; its unit may be in the caption (单位：亿元).
_INDICATOR_COLUMN = re.compile(r"^(?:主要)?(?:指标|项目|指标名称)$")
_VALUE_COLUMN = re.compile(r"^(?:(?:(?:19|20)\d\d\s*年)?(?:[上下]半年|[1-4一二三四]季度|前三季度|全年"
                           r"|\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月|\d{1,2}月)"
                           r"|(?:19|20)\d\d(?:\s*年(?:度?(?:实际)?完成(?:值|数)?|目标(?:值)?|计划|预计|预期|实际|预算数?|决算数?|执行数"
                           r"|[（(](?:目标|预计|计划)[）)])?)?"  # (2024年完成 | 2025年目标, a bare 2024: a year's figure)
                           r"|数值|绝对值|完成值|本期|本年|总量|年末数|年底数|期末数|实有数)$")
#: a column of each row's rise in number (比上年增加 | 新增): the row's new ones
_MORE_COLUMN = re.compile(r"^(?:比上年|较上年|同比)?(?:增加|新增|净增)(?:数|量)?$")
_ROW_YEAR = re.compile(r"((?:19|20)\d\d)\s*年?(?:目标|预计|计划|预期|[（(]预计[）)])?")
_CELL_UNIT = re.compile(r"[^\d.,０-９．\s]*$")  # 5家 -> 家
_WHOLE_COLUMN = re.compile(r"全国|全省|全市|全县|全区|全州|平均")  # 增速（%） | … | 全市: the whole's
#: the header over a column of zones' names
_ZONES_HEAD = re.compile(r"(?:开发区|经开区|高新区|园区|新区|片区|综保区|合作区)(?:名称)?|名称|单位")
_ZONE_WORD = re.compile(r"开发区|经开区|高新区|园区|新区|示范区|保税区|综保区|合作区|试验区|产业园|工业园|科技城|科学城|片区")
_YEAR_START = re.compile(r"(?:19|20)\d\d")
_DESIGNATION = re.compile(r"[0-9０-９]+\s*[#＃号]")  # 1#厂房, 3号楼: a building's number
_PLUS = re.compile(r"[+＋]" + _NUMBER.pattern[len("[-－−]?"):])
_OF_WHICH = re.compile(r"^其中\s*[:：]\s*(?=\S)")
_COUNTED = re.compile(r"(?:项目|企业|主体|园区)$")


def _of_which(label: str, before: str) -> str:
    """其中:新开工 under 在建亿元以上项目: 新开工项目, the part with the noun of the whole it is of."""
    part = _OF_WHICH.sub("", label)
    noun = _COUNTED.search(before)
    return part + noun[0] if noun and noun[0] not in part else part


_BARE_YEAR = re.compile(r"\s*(?:19|20)\d\d\s*")
_COUNT_UNIT = re.compile(r"家|户|个|项|件|所|座|名|人|家企业|个项目")
_PERIOD_COLUMN = re.compile(r"^(?:(?:19|20)\d\d|[上下]半年|[1-4一二三四]季度|前三季度|全年|\d{1,2}\s*[-—–~至月])")
# A line of a table set in columns: cells (which may hold single spaces) cut by runs of
# two or more spaces, tabs, or bars without a bar at either end (排名 | 开发区名称 | 得分),
# at least three cells.
#: what joins the words of one cell: a space, or a full-width space padding a two-character
#: label (事　项, 合　计)
_IN_CELL = r"(?:[ ]|(?<=(?:^|[ \t\u3000])\p{Han})\u3000(?=\p{Han}(?:[ \t\u3000]|$)))"
_ALIGNED_CELL = re.compile(r"[^ \t\u3000\n|]+(?:" + _IN_CELL + r"[^ \t\u3000\n|]+)*")
_ALIGNED_LINE = re.compile(r"^[ \t\u3000]*[^ \t\u3000\n|]+(?:" + _IN_CELL + r"[^ \t\u3000\n|]+)*"
                           r"(?:(?:[ \t\u3000]{2,}|\t|[ \t\u3000]*\|[ \t\u3000]*"
                           # one ideographic space between cells: after a rank's head (序号　事项名称), before a figure
                           # (嘉兴经开区　７８．３６), after a unit's bracket (产值本月(亿元)　产值累计(亿元))
                           r"|(?<=^[ \t\u3000]*(?:序号|编号|排名|排序|名次|位次))\u3000"
                           r"|\u3000(?=[-－—]?[\d０-９][\d０-９.．,，]*[%％]?(?:[ \t\u3000]|$))"  # (a whole cell's figure,
                           # not 北京经开区　１２个项目集中开工, a headline's)
                           r"|(?<=[)）])\u3000)[^ \t\u3000\n|]+"
                           r"(?:" + _IN_CELL + r"[^ \t\u3000\n|]+)*){2,}[ \t\u3000]*$", re.M)
_WIDE_GAP = re.compile(r"[ \t\u3000]{2}|[\t|]")
_GAP_BUT_TAB = re.compile(r"[ \u3000]{2}|\|")  # (a line cut by tabs alone has no other wide gap or bar)
# A run of eight or more short lines with no sentence in them: cells of a table that a PDF
# gave one column after another.
#: (a comma inside a header's brackets, 研发投入强度（%，2024年）, is no sentence's)
#: (nor a figure's thousands, 2,156.3亿元)
_CELL_LINES = re.compile(r"(?:^[ \t\u3000]*(?=[^\n]{1,24}?[ \t\u3000]*\n)(?:[^\n，,。；;！？!?（(]|(?<=\d),(?=\d)|[（(][^\n（）()。；;]{0,14}(?:[）)]|$))+"
                         r"[ \t\u3000]*\n){8,}", re.M)
_LINE = re.compile(r"[^\n]+")
#: a line under a table that names its source or adds a note (数据来源：…, 注：…)
_SOURCE_LINE = re.compile(r"(?:数据|资料)?来源\s*[：:]|注\s*[：:]|说明\s*[：:]")
_ENGLISH_GLOSS = re.compile(r"[^\p{Han}\n]*[A-Za-z]{2}[^\p{Han}\n]*|\([%A-Za-z ]*\)")  # (and a gloss's own unit, (%))
#: an acronym alone (GDP, FDI, R&D): a gloss in a glossed table, a header's own cell in another
_ACRONYM = re.compile(r"[A-Z][A-Z\d&]{1,5}")
_EMPTY = frozenset("—－-–/")
_HEADER_LIKE = re.compile(r"^(?:计量)?单位$|[（(]%[)）]$|^(?:(?:19|20)\d\d\s*年)?\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月$|^数值$")
#: a pair of columns before and after a reform: the row's figure and its before value
_BEFORE_COLUMN = re.compile(r"^(?:(?:改革前|改革之前|压缩前|优化前|原来|以前|原)(?:承诺|法定|办理)?(?:时限|时间|用时|时长)?"
                            r"|法定(?:办结|办理)?(?:时限|期限))$")  # (法定时限 | 承诺时限: the law's limit, then the promise)
_AFTER_COLUMN = re.compile(r"^(?:(?:改革后|改革之后|压缩后|优化后|现在|目前|现)(?:承诺|法定|办理)?(?:时限|时间|用时|时长)?"
                           r"|承诺(?:办结|办理)?(?:时限|期限))$")
# A first column that only numbers the rows: the row's name is in the next one.
_RANK_COLUMN = re.compile(r"^(?:排名|排序|序号|名次|位次|编号|No\.?|科目编码|科目代码|编码|代码)$")  # (201 ⇥ 一般公共服务支出: a code)
_RATE = re.compile(r"增长|增速|增幅|同比|环比|按年|比重|占比|比例|率")  # (按年变动: year on year, as Hong Kong writes)
_CAPTION_UNIT = re.compile(r"单位\s*[：:]\s*([^\s）)，,；;|]{1,6})(?=[^\n]*\n(?:[ \t\u3000]*[-—─━=_]{5,}[ \t\u3000]*\n)?\s*$)")
_COLUMN_UNIT_SAID = re.compile(r"(?:^|[，,（(；;、：:])\s*(\p{Han}{2,12}?)(?:时间|时长|用时|时限)?的?(?:计量)?单位为"
                               r"(\p{Han}{1,4}|%)")
_RATE_LABEL = re.compile(_RATE.pattern + r"|数$")  # a rate's column, or a count's (件数, 企业开办数)
_TIME_WORD = re.compile(r"(?:时间|时长|用时|时限)$")
_UNITS_ROW = re.compile(r"^(?:计量)?单\s*位$")
_SPACED_LABEL = re.compile(r"合计|小计|总计|其中|全市|全省|全区|全县|平均|单位")
#: Rows that sum the others are about no one zone.
TOTAL_ROW = re.compile(r"^(?:合\s*计|总\s*计|小\s*计|全\s*市|全\s*省|全\s*区|全\s*县|总\s*体|平\s*均"
                       r"|(?:以上|上述)[\d一二三四五六七八九十两]+[家个]\p{Han}{0,4}?[合小总]计)")  # (合　计)


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
    before: tuple | None = None  # (start, end) of the same row's 改革前 cell, in a 改革前 | 改革后 table
    before_unit: str = ""   # …and the unit its column gives (原时限（工作日） | 现时限（小时）), "" for the same
    row_head: str = ""      # the header of the rows' names (开发区, 合作区, 指标)
    table_start: int = -1   # where its table's header starts
    loose: bool = False     # a row of a table in fixed columns: the words of its other cells read as prose


def _cells(text: str, m) -> list[tuple[int, int, str]]:
    """(start, end, stripped text) of each cell of a table row match."""
    out, pos = [], m.start(1)
    for part in m[1].split("|"):
        lead = len(part) - len(part.lstrip())
        cell = part.strip()
        bold = _BOLD_CELL.fullmatch(cell)  # | **合计** | **12.6** |: the cell is what the marks hold
        if bold:
            lead += 2
            cell = bold[1]
        out.append((pos + lead, pos + lead + len(cell), cell))
        pos += len(part) + 1
    return out


_BOLD_CELL = re.compile(r"\*\*([^*]+)\*\*")


def table_cells(text: str):
    """Every data cell of every table in text (Markdown, or columns aligned with
    spaces), with its column's meaning."""
    taken = []
    for tables in (_markdown_tables(text) if "|" in text else (), _aligned_tables(text), _serialized_tables(text),
                   _csv_tables(text) if _TWO_COMMAS.search(text) else ()):
        for head_cells, rows, at in tables:
            taken.append((at, max((b for row in rows for _, b, _ in row), default=at)))
            yield from _table(text, head_cells, rows, at)
    for head_cells, rows, at in _layout_tables(text, taken):
        for cell in _table(text, head_cells, rows, at):
            cell.loose = True
            yield cell


_TWO_COMMAS = re.compile(r",[^,\n，。]*,")  # (a cheap look for a line of comma-separated cells first)
#: a line of comma-separated cells pasted from a spreadsheet: three or more, no prose punctuation;
#: a quoted cell may hold commas ("1,286.5", as a spreadsheet writes it)
_CSV_CELL = r'(?:"[^"\n]*"|其中：|[^,"\n，。；：])'  # (a column 其中：规上工业企业（家）: part of the one before)
_CSV_LINE = re.compile(r"^" + _CSV_CELL + r"+(?:," + _CSV_CELL + r"*){2,}\r?$", re.M)
_CSV_PART = re.compile(r'[ \t]*"([^"\n]*)"[ \t\r]*|([^,\n]*)')


def _csv_tables(text: str):
    """The same for rows pasted from a spreadsheet, cut by commas (指标,单位,2023年,2024年,增长%):
    three or more lines in a row with as many cells as the first, read as aligned columns are."""
    def lines():
        for m in _CSV_LINE.finditer(text):
            cells, pos, end = [], m.start(), m.end()
            while pos <= end:
                part = _CSV_PART.match(text, pos, end)
                g = 1 if part[1] is not None else 2
                raw = part[g]
                lead = len(raw) - len(raw.lstrip())
                a = part.start(g) + lead
                cells.append((a, a + len(raw.strip()), raw.strip()))
                pos = part.end() + 1  # past the comma
            if sum(1 for c in cells if c[2]) <= 1:
                cells = cells[:1]  # 表2　…进展情况,,,,,: a title in a spreadsheet's first column, no row
            yield m.start(), m.end(), cells
    yield from _blocks(lines())


def _markdown_tables(text: str):
    """(header cells, data rows' cells, header start) of each Markdown table: a header
    row, a rule row (|---|---|), then data rows on the next lines."""
    rows = list(_ROW.finditer(text))
    i = 0
    while i < len(rows):
        if i + 1 < len(rows) and _RULE.match(rows[i + 1][1]) and _adjacent(text, rows[i], rows[i + 1]):
            j = i + 2
            prev = rows[i + 1]
            data = []
            while j < len(rows) and _adjacent(text, prev, rows[j]):
                data.append(_cells(text, rows[j]))
                prev = rows[j]
                j += 1
            head = _cells(text, rows[i])
            if data and len(data[0]) == len(head) and _sub_header(head, data[0]):
                head, data = _merged_header(head, data[0]), data[1:]
            yield head, data, rows[i].start()
            i = j
        else:
            i += 1


def _figures_fall_alike(cells, above, blank_any: bool = False) -> bool:
    """Whether each cell holds a figure where the row above holds one, and words where it holds
    words; with `blank_any`, an empty cell or an empty mark (—) on either side agrees with anything."""
    return all((_FIGURE.fullmatch(c) is None) == (_FIGURE.fullmatch(p) is None)
               for (_, _, c), (_, _, p) in zip(cells, above)
               if not blank_any or c and p and c not in _EMPTY and p not in _EMPTY)


def _tab_cells(text: str, m) -> list[tuple[int, int, str]]:
    """(start, end, text) of each cell of a line cut at every tab, empty cells included."""
    cells, pos = [], m.start()
    for part in m[0].rstrip("\r").split("\t"):
        lead = len(part) - len(part.lstrip(" \u3000"))
        cell = part.strip(" \u3000")
        cells.append((pos + lead, pos + lead + len(cell), cell))
        pos += len(part) + 1
    return cells


def _tab_group_headers(text: str, matches) -> dict:
    """{line start: cells} for the two header rows of a table a spreadsheet saved cut at every tab
    whose first row names groups over several columns, empty cells to their right, and whose
    second names each column, its first cell empty (开发区⇥实际使用外资⇥⇥⇥进出口总额 ⏎
    ⇥本月（万美元）⇥1—7月累计（万美元）⇥同比（%）⇥…), a row of as many cells under them: the group's
    empty cells are the merged cell's (〃), as a web page's two-row header is read."""
    out = {}
    for i in range(len(matches) - 2):
        rows = []
        for m in matches[i:i + 3]:
            if "\t" not in m[0] or _GAP_BUT_TAB.search(m[0].strip(" \t\u3000\r")):
                break
            cells = _tab_cells(text, m)
            while cells and not cells[-1][2]:
                cells.pop()
            rows.append(cells)
        if len(rows) < 3 or not all(matches[i + k + 1].start() == matches[i + k].end() + 1 for k in range(2)):
            continue
        top, sub, first = rows
        if len(top) < 3 or not len(top) <= len(sub) == len(first) or not top[0][2] or sub[0][2] \
                or not any(not c[2] for c in top[1:]) or any(_NUMBER.fullmatch(c[2]) for c in top + sub if c[2]) \
                or not _NUMBER.match(first[-1][2]):
            continue
        top = top + [(matches[i].end(), matches[i].end(), "")] * (len(sub) - len(top))
        out[matches[i].start()] = [(a, b, c or MERGED) for a, b, c in top]
        out[matches[i + 1].start()] = sub
    return out


def _aligned_tables(text: str):
    """The same for a table set in columns with runs of spaces (a PDF's or a report's
    plain text): three or more lines in a row, each cut by two or more spaces into as
    many cells as its header, the header holding no figure of its own.

        指标名称            单位      1-6月     同比增长(%)
        地区生产总值        亿元      1486.3    5.8
    """
    def lines():
        width = head = prev = head_cols = None
        matches = list(_aligned_lines(text))
        grouped = _tab_group_headers(text, matches)
        for m in matches:
            if m.start() in grouped:  # (a spreadsheet's two-row header cut at every tab: see below)
                cells = grouped[m.start()]
                head, head_cols, prev, width = cells[0][2], [c[0] - m.start() for c in cells], cells, len(cells)
                yield m.start(), m.end(), cells
                continue
            cells = [(c.start(), c.end(), c[0]) for c in _ALIGNED_CELL.finditer(text, m.start(), m.end())]
            lead = len(m[0]) - len(m[0].lstrip("\t"))
            spaced = False
            if not lead and width is not None and len(cells) + 1 == width and m[0].startswith(("  ", "\u3000")) \
                    and "\t" not in m[0] and head_cols and len(head_cols) == width and not _units_only(cells):
                # (       全区合计   162   339.01: a row set in spaces whose first cell is empty — its first
                # text stands nearer the header's second column than its first; not a line of units under
                # the header, which completes the header's cells)
                col = cells[0][0] - m.start()
                spaced = abs(col - head_cols[1]) < abs(col - head_cols[0])
                lead = 1 if spaced else 0
            if lead and width is not None and len(cells) + lead == width and (
                    spaced or "\t" in m[0] and (
                        head and _NUMBER_COLUMN.fullmatch(head)
                        or prev and _figures_fall_alike(cells, prev[lead:]))):
                # 序号⇥新区⇥… ⏎ ⇥合计⇥5323.9, 经济运行⇥营业收入⇥亿元⇥120 ⏎ ⇥新增企业⇥家⇥56: a row whose
                # first cells are empty (a number column, a merged category); not when its figures would
                # land in a column of labels (a leading tab that only indents a row short of a cell)
                cells[:0] = [(m.start() + k, m.start() + k, "") for k in range(lead)]
            if width is not None and len(cells) != width and "\t" in m[0] \
                    and not _GAP_BUT_TAB.search(m[0].strip(" \t\u3000\r")):
                # 省级⇥明光经济开发区⇥37⇥⇥351.9⇥-6.4⇥ (a spreadsheet's export): cut at every tab, an empty
                # cell being one, when that and only that gives the header's count (tabs that only
                # line columns up, ⇥⇥⇥, already do as runs)
                strict = _tab_cells(text, m)
                if len(strict) == width + 1 and not strict[-1][2]:
                    strict = strict[:-1]
                if len(strict) == width and not (not strict[0][2] and prev and len(prev) == width
                                                 and not _figures_fall_alike(strict[1:], prev[1:], blank_any=True)):
                    cells = strict  # (not ⇥合计⇥260: a tab that indents a row short of a cell, its figures
                    # falling where the row above has words)
            if not lead and width is not None and len(cells) + 1 == width and prev and len(prev) == width \
                    and len(cells) >= 2 and _FIGURE.fullmatch(cells[1][2]) and not _FIGURE.fullmatch(cells[0][2]) \
                    and not _FIGURE.fullmatch(prev[0][2]) and not _FIGURE.fullmatch(prev[1][2]) \
                    and not _ZONE_WORD.search(cells[0][2]) and not TOTAL_ROW.match(cells[0][2]):
                # 海宁经济开发区⇥主区⇥24.1 ⏎ 扩展区⇥11.8: the first cell merged over two rows (a rowspan), the
                # second row without it — its first cell is the second column's, a label as the row above has
                # (not 其他园区⇥12.6⇥85, a row of its own with an empty cell: a zone's word, or a total)
                cells[:0] = [(m.start(), m.start(), "")]
            if width is None or len(cells) != width:
                head = cells[0][2] if cells else None
                head_cols = [c[0] - m.start() for c in cells]
            prev = cells
            if width is not None and len(cells) == width + 1 and len(cells[0][2]) == len(cells[1][2]) == 1 \
                    and _SPACED_LABEL.match(cells[0][2] + cells[1][2]):
                # 合  计 / 小  计: a label spaced out to the column's width is one cell
                cells[:2] = [(cells[0][0], cells[1][1], cells[0][2] + cells[1][2])]
            width = len(cells)
            yield m.start(), m.end(), cells
    yield from _blocks(lines(), text)


_FIGURE = re.compile(r"[-+−]?\d[\d,.]*%?")
#: a table's first column that numbers its rows
_NUMBER_COLUMN = re.compile(r"序号|编号|序|No\.?|NO\.?|#")


def _blocks(lines, text: str = ""):
    """Tables of consecutive lines (start, end, cells) with as many cells as the first. A rule
    line (-----) between two lines of a table does not end it; a line of units under the
    header (（亿元）  （%）  增速（%）) completes the header cells above it."""
    block: list[list[tuple[int, int, str]]] = []
    last_end = -2
    for start, end, cells in lines:
        adjacent = start == last_end + 1
        if len(block) == 1 and not adjacent and text and last_end >= 0:
            adjacent = _under_header_gap(text, block, last_end + 1, start - 1)
        if block and not adjacent and text and last_end >= 0 and len(cells) == len(block[0]) >= 3:
            adjacent = _section_gap(text, last_end + 1, start - 1)
        if len(block) == 1 and adjacent and 0 < len(cells) < len(block[0]) and _units_only(cells):
            block[0] = _under_header(text, block[0], cells)
            last_end = end
            continue
        if block and adjacent and len(cells) == len(block[0]):
            block.append(cells)
        else:
            yield from _aligned_block(block)
            block = [cells]
        last_end = end
    yield from _aligned_block(block)


_RULE_LINE = re.compile(r"[ \t\u3000]*[-—─━=_]{5,}[ \t\u3000]*")


def _display_col(text: str, pos: int) -> int:
    """pos's column on its line as a fixed-width font shows it (a Chinese character is two wide)."""
    return _width(text[text.rfind("\n", 0, pos) + 1:pos])


#: a line naming a section of a table's rows (一、工业生产, （二）外资外贸, 【工业】): a label alone, no figure
_SECTION_LINE = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[、.．])?"
                           r"[ \t\u3000]*(?:\p{Han}[\p{Han}、和与及]{1,15}[:：]?|[【\[［]\p{Han}[\p{Han}、和与及]{1,15}[】\]］])[ \t\u3000]*")


def _section_gap(text: str, a: int, b: int) -> bool:
    """Whether the lines in [a, b) between two rows of a table only name a section of its rows
    (一、工业生产 ⏎ 规模以上工业总产值   亿元   412.36 …), a rule line at most beside it."""
    lines = text[a:b].split("\n")
    return 1 <= len(lines) <= 3 and all(_RULE_LINE.fullmatch(x) or _SECTION_LINE.fullmatch(x) for x in lines) \
        and any(_SECTION_LINE.fullmatch(x) for x in lines) and not any(ZONE_KIND.search(x) for x in lines)
    # (【昆山开发区】 between two rows: a zone's name, whose rows the table does not say are its own)


def _under_header_gap(text: str, block, a: int, b: int) -> bool:
    """Whether the lines in [a, b) between a table's header and its next row belong to the
    header: a rule (-----) and at most one line of units, no blank line. The units, if any,
    join the header cells (block[0]) they stand under."""
    gap = text[a:b]
    lines = gap.split("\n")
    if not 1 <= len(lines) <= 2 or not all(line.strip() for line in lines):
        return False
    cells, pos, unit_lines = [], a, 0
    for line in lines:
        if not _RULE_LINE.fullmatch(line):
            unit_lines += 1
            cells += [(pos + c.start(), pos + c.end(), c[0]) for c in _ALIGNED_CELL.finditer(line)]
        pos += len(line) + 1
    if unit_lines > 1 or not _units_only(cells):
        return False
    if cells:
        block[0] = _under_header(text, block[0], cells)
    return True


def _sub_header(head, cells) -> bool:
    """A second header row under a Markdown table's first (| | 1—9月（万元） | 同比±% |, | | 亿元 | % |):
    no cell a figure (512.3（+8.5%） is one), a unit or a rate in some. Not under a header of years
    or of indicators (| 指标 | 2024年 | | 2023年 |), whose rows are read as they stand."""
    tops = [c.strip() for _, _, c in head]
    if _INDICATOR_COLUMN.match(tops[0]) or any(_VALUE_COLUMN.match(c) for c in tops[1:]):
        return False
    texts = [c.strip() for _, _, c in cells]
    return not any(_FIGURE_CELL.fullmatch(c) or _NUMBER.fullmatch(c) for c in texts if c) \
        and any(_UNIT_IN_HEADER.search(c) or _RATE.search(c) or c.endswith(("%", "％")) or _BARE_UNIT.fullmatch(c)
                for c in texts[1:])


def _merged_header(head, sub):
    """A two-row header as one: each column's group (a merged cell spans the empty ones to its
    right) and its own sub-header, the unit at the end (营业收入 | ⏎ 1—9月（万元） | 同比±% ->
    营业收入1—9月（万元）, 营业收入同比（%）; 营业收入（亿元） | ⏎ 1—9月 -> 营业收入1—9月（亿元）;
    营业收入 ⏎ 亿元 -> 营业收入（亿元）).

    >>> h = lambda *cells: [(0, 0, c) for c in cells]
    >>> [c for _, _, c in _merged_header(h("开发区", "营业收入", " ", "户数"), h("", "1—9月（万元）", "同比±%", ""))]
    ['开发区', '营业收入1—9月（万元）', '营业收入同比（%）', '户数']
    >>> [c for _, _, c in _merged_header(h("开发区", "税收（亿元）", ""), h("", "1—9月", "同比%"))]
    ['开发区', '税收1—9月（亿元）', '税收同比（%）']
    >>> [c for _, _, c in _merged_header(h("开发区", "营业收入", "新开工项目"), h("", "亿元", "个"))]
    ['开发区', '营业收入（亿元）', '新开工项目（个）']
    """
    out, group = [], ""
    for (a, b, top), (sa, sb, low) in zip(head, sub):
        top, low = top.strip(), low.strip().replace("±", "").replace("+/-", "")
        low = "" if low == MERGED else low  # (〃: the cell above reaches down over it)
        group = top if top and top != MERGED else group  # (…or the group's name reaches right)
        if not low:
            out.append((a, b, top))
            continue
        name, group_unit = _split_unit(group)
        if low in _COUNT_HEAD:  # 新签约项目 ⏎ 个数: the projects' count
            label, unit = name, _COUNT_HEAD[low]
        elif _BARE_UNIT.fullmatch(low):
            label, unit = name, low
        else:
            own, unit = _split_unit(low)
            label, unit = name + own, unit or ("" if _RATE.search(own) else group_unit)
        out.append((sa, sb, f"{label}（{unit}）" if unit else label))
    return out


#: a sub-header that counts its group (新签约亿元以上项目 ⏎ 个数) and the count's unit
_COUNT_HEAD = {"个数": "个", "家数": "家", "户数": "户", "项数": "项", "件数": "件", "人数": "人", "数量": "个"}
#: a cell that is a figure, with a note in brackets (512.3（+8.5%）, 8.5（5）): data, not a header
_FIGURE_CELL = re.compile(r"[-+−]?\d[\d,.]*\s*[%％]?\s*(?:[（(][^（）()]*[)）])?")
#: a unit standing alone in a header cell (| | 亿元 | % | 个 |)
_BARE_UNIT = re.compile(r"(?:万|亿)?(?:元|美元)|[%％]|(?:万)?(?:个|家|户|项|亩|人|人次|件|吨|标箱|千瓦时|千瓦)"
                        r"|(?:万)?平方(?:米|公里)|个?工作日|天|小时")


def _units_only(cells) -> bool:
    """Cells that are each a unit in brackets, no figure: （亿元）  （%）  增速（%）."""
    return all(_UNIT_IN_HEADER.search(c) and not _FIGURE.search(c) for _, _, c in cells)


def _under_header(text: str, head, units):
    """Header cells with the units set under them added: each unit goes to the header cell its
    columns overlap most (规上工业增加值 over 增速（%） -> 规上工业增加值增速（%））."""
    spans = [(_display_col(text, a), _display_col(text, b)) for a, b, _ in head]
    out = [list(c) for c in head]
    for a, b, unit in units:
        ua, ub = _display_col(text, a), _display_col(text, b)
        k = max(range(len(spans)), key=lambda i: (min(ub, spans[i][1]) - max(ua, spans[i][0]),
                                                  -abs((ua + ub) - sum(spans[i]))))
        out[k][2] += unit
    return [tuple(c) for c in out]


def _aligned_lines(text: str):
    """_ALIGNED_LINE's matches, tried only on lines that hold a wide gap, a tab or a bar
    (prose has few such lines, and trying every line start is most of the cost)."""
    pos = 0
    while True:
        gap = _WIDE_GAP.search(text, pos)
        if gap is None:
            return
        a = text.rfind("\n", 0, gap.start()) + 1
        b = text.find("\n", gap.end())
        b = len(text) if b < 0 else b
        m = _ALIGNED_LINE.match(text, a, b)
        if m is not None:
            yield m
        pos = b + 1


def _aligned_block(block):
    if len(block) < 3 or any(_NUMBER.fullmatch(c) and not _VALUE_COLUMN.match(c) for _, _, c in block[0][1:]):
        return  # (a header holds no figure; 2024年 heads a column)
    if not any(_NUMBER.match(c) for row in block[1:] for _, _, c in row[1:]):
        return
    head, rows = block[0], block[1:]
    if rows and len(rows[0]) == len(head) and any(c == MERGED for _, _, c in head + rows[0]) \
            and _sub_header(head, rows[0]):
        # 开发区 | 新签约项目 | 〃 | 协议投资额（亿元） ⏎ 〃 | 个数 | 同比增长（%） | 〃: a web page's two-row header
        head, rows = _merged_header(head, rows[0]), rows[1:]
    for k in range(1, len(rows)):  # 〃 under 海宁经济开发区 (written, or a rowspan's): the cell above's
        if len(rows[k]) == len(rows[k - 1]) and any(c in (MERGED, BODY_MERGED) for _, _, c in rows[k]):
            rows[k] = [rows[k - 1][j] if c == MERGED or c == BODY_MERGED and not _FIGURE.search(rows[k - 1][j][2])
                       else (a, a, "") if c == BODY_MERGED  # (<td rowspan="2">86</td>: one figure of two rows,
                       else (a, b, c) for j, (a, b, c) in enumerate(rows[k])]  # the upper's only)
    if rows and _UNITS_ROW.match(rows[0][0][2]) and len(rows[0]) == len(head):
        # 单  位 | 亿元 | % | 万美元 | 家: a row of units under the header, not figures
        head = [(a, b, f"{cell}（{unit}）" if unit and not _UNIT_IN_HEADER.search(cell) else cell)
                for (a, b, cell), (_, _, unit) in zip(head, [(0, 0, "")] + rows[0][1:])]
        rows = rows[1:]
    yield head, rows, block[0][0][0]


def _serialized_tables(text: str):
    """A table a PDF gave one column after another, every cell on a line of its own:
    k header lines, then k columns of n lines each (labels, units, values …).

        指标名称⏎计量单位⏎1—6月⏎营业总收入⏎工业总产值⏎亿元⏎亿元⏎2386.4⏎1012.7
    """
    for m in _CELL_LINES.finditer(text):
        lines = [(c.start(), c.end(), c[0].strip()) for c in _LINE.finditer(text, m.start(), m.end())]
        # (a bilingual table's English under each cell, Nanning ETDZ ⏎ Gross industrial ⏎ output (100 million: a gloss)
        lines = [x for x in lines if x[2]]
        while lines and _SOURCE_LINE.match(lines[-1][2]):
            lines.pop()  # (数据来源：…经贸局 under the table: its source, no cell)
        if len(lines) < 8:
            continue
        head = next((k for k, x in enumerate(lines) if _LINE_FIGURE.fullmatch(x[2])), len(lines))
        # (an acronym with its unit under it, GDP ⏎ （亿元）, is a header's own cell, no gloss)
        # (nor GDP ⏎ 增长（%）, a cell whose growth the next heads)
        gloss = {k for k, x in enumerate(lines) if _ENGLISH_GLOSS.fullmatch(x[2]) and not (
            _ACRONYM.fullmatch(x[2]) and k + 1 < len(lines) and (
                _UNIT_ONLY.fullmatch(lines[k + 1][2]) or _RATE.match(lines[k + 1][2])))}
        if sum(k < head for k in gloss) >= 2:
            lines = [x for k, x in enumerate(lines) if k not in gloss]  # (its header glossed: 开发区 ⏎ Zone …)
        for head, cols in _column_splits(lines):
            if any(_NUMBER.fullmatch(c) and not _VALUE_COLUMN.match(c) for _, _, c in head) or any(
                    _NUMBER.fullmatch(c) or _HEADER_LIKE.search(c) or _UNIT_ONLY.fullmatch(c) for _, _, c in cols[0]):
                continue  # (a label that reads like a header, or a header's unit alone: the split is wrong)
            if _ZONES_HEAD.fullmatch(head[0][2]) and sum(bool(_ZONE_WORD.search(c)) for _, _, c in head[1:]) >= 2:
                continue  # (园区 over the first column, zones heading the others: the rows are the zones,
                # given one after another — 园区 ⏎ 高新技术企业总数（家）⏎ … ⏎ 绵阳高新区 ⏎ 412 ⏎ …)
            numeric = [all(_NUMBER.fullmatch(c) or c in _EMPTY for _, _, c in col) for col in cols[1:]]
            if not any(numeric) or not all(
                    num or not any(_NUMBER.fullmatch(c) for _, _, c in col)
                    for num, col in zip(numeric, cols[1:])):
                continue  # every column holds figures only, or none
            yield head, [list(row) for row in zip(*cols)], head[0][0]
            break
        else:
            by_rows = _row_major(lines)
            if by_rows is not None:  # (one row after another, the other way a PDF gives its cells)
                yield by_rows[0], by_rows[1], by_rows[0][0][0]


#: a header line that is only its cell's unit (营业收入 ⏎ （亿元）): part of the cell above
_UNIT_WORD = (r"[万亿千百十]?(?:元|美元|港元|户|家|个|项|人|吨|亩|平方米|平方公里|公顷|千瓦时|千瓦|小时|工作日|天|年|月|件|套|"
              r"台|辆|次|份|宗|标箱)")
_UNIT_ONLY = re.compile(r"[（(](?:" + _UNIT_WORD + r"(?:[/／·]" + _UNIT_WORD + r")?|%|％)[）)]")  # (（亿元）, （元/标箱）)
#: a cell that holds a figure, however an OCR spaced it (9 0.46, 1,0 62), or marks none
_LINE_FIGURE = re.compile(r"[-+−－＋]?[0-9０-９][0-9０-９ ,.．]*[%％]?|[—－\-–/]{1,2}")


def _row_major(lines):
    """(header cells, rows) of a table a PDF gave one cell per line, row after row: its header's
    cells first (a unit on a line of its own joins the cell above: 营业收入 ⏎ （亿元）), then each
    row's cells in order, every row as long as the header. Rows must agree column by column (each
    column all figures, or none) with at least one column of figures; a header cell written over
    two lines (2024年企业开办 ⏎ 平均用时（小时）) joins when the rows' width asks for it. None when
    no split fits.

        开发区⏎营业收入⏎（亿元）⏎同比增长⏎（%）⏎运城经开区⏎412.6⏎8.7⏎河津经开区⏎683.2⏎5.9
    """
    n = len(lines)
    # (a caption line above the header: 2025年重点项目进展情况表, …开发区主要经济指标, 单位：亿元)
    lead = 1 if _BARE_LABEL.fullmatch(lines[0][2]) else 0  # (附表 ⏎ 2024年…主要指标 ⏎ 开发区 ⏎ …)
    first = lines[lead][2]
    for skip in (lead + 1,) if len(first) >= 8 and _CAPTION_LINE.search(first) or _UNIT_NAMED.match(first) else (lead,):
        head: list[tuple[int, int, str]] = []
        for h in range(skip, min(skip + 16, n - 4)):
            a, b, c = lines[h]
            if _LINE_FIGURE.fullmatch(c) and not _VALUE_COLUMN.match(c):
                break  # (the header holds no figure: the rows have begun)
            if head and _UNIT_ONLY.fullmatch(c):
                head[-1] = (head[-1][0], b, head[-1][2] + c)
            else:
                head.append((a, b, c))
            for data, k in _row_splits(lines[h + 1:], len(head)):
                rows = [data[i:i + k] for i in range(0, len(data), k)]
                if not _rows_agree(rows):
                    continue
                fitted = _fit_header(head, k)
                if fitted is None or _RANK_COLUMN.match(fitted[0][2]) and any(
                        r[0][2] != str(i + 1) for i, r in enumerate(rows)):
                    continue  # (a rank column must count 1, 2, 3…)
                labels = [c for _, _, c in fitted]
                name_col = 1 if _RANK_COLUMN.match(labels[0]) else 0
                named = [c for c in labels if not _RATE.search(c)]  # (同比增长 after each measure: its rate)
                if len(set(named)) < len(named) or any(_LIST_HEAD.fullmatch(c) for c in labels) \
                        or any(_LINE_FIGURE.fullmatch(r[name_col][2]) or _HEADLINE_FIGURE.search(r[name_col][2])
                               and not _SUM_NAME.search(r[name_col][2]) for r in rows) \
                        or any(_DATE_CELL.fullmatch(c) or j != name_col and _UNIT_PIECE.search(c)
                               for r in rows for j, (_, _, c) in enumerate(r)):
                    return None  # (指标 | 数值 | 指标 | 数值: two pairs a row; 标题 | 发布时间 | 浏览次数, or rows
                    # of a headline, a date and a count: a list of news; rows with no names: a chart's
                    # legend, then its data labels; a label with its unit in a row's middle: label, value, …)
                return fitted, rows
    return None


def _row_splits(data, width: int):
    """(cells, k) for each row length k the cells could have, 3 to the header's pieces: the lines
    as they are, then with each zone's name that ran over two lines (张家港扬子江国际化学 ⏎ 工业园,
    …沿海工 ⏎ 业园) joined into one cell (never the first row's: a header's last piece is no
    name's start)."""
    joined, glued = [], False
    for cell in data:
        if len(joined) > 1 and not glued and len(cell[2]) <= 8 and not _LINE_FIGURE.fullmatch(joined[-1][2]) \
                and any(k.end() > len(joined[-1][2]) for k in ZONE_KIND.finditer(joined[-1][2] + cell[2])) \
                or joined and _CUT_DECIMAL.fullmatch(joined[-1][2]) and cell[2].isdigit():
            # (…and a figure an OCR cut after its point, 4135. ⏎ 7)
            joined[-1] = (joined[-1][0], cell[1], joined[-1][2] + cell[2])
            glued = True
        else:
            joined.append(cell)
            glued = False
    for cells in (data, joined) if len(joined) < len(data) else (data,):
        for k in range(3, min(10, width + 1)):
            if not len(cells) % k and len(cells) // k >= 2:
                yield cells, k
    wrapped = _wrapped_labels(data)
    if wrapped is not None and 3 <= wrapped[1] <= width:
        yield wrapped


def _wrapped_labels(data):
    """(cells, k) when every row is its words (a name, a unit) then its figures, and a few
    names ran over two or three lines (其中：高新技术产业 ⏎ 产值 ⏎ 亿元 ⏎ 2395.6 ⏎ 7.1): the
    lines a row has more words than most rows are joined into its first cell. None when rows
    differ in their figures' count, or a row has fewer words than most, or the first row more
    (a header's last pieces are no name's start)."""
    runs, i = [], 0
    while i < len(data):
        j = i
        while j < len(data) and not _LINE_FIGURE.fullmatch(data[j][2]):
            j += 1
        f = j
        while f < len(data) and _LINE_FIGURE.fullmatch(data[f][2]):
            f += 1
        if j == i or f == j:
            return None  # (a row that starts with a figure, or ends with a name)
        runs.append((data[i:j], data[j:f]))
        i = f
    if len(runs) < 2:
        return None
    words = statistics.mode(len(w) for w, _ in runs)
    # (every row's name over the same lines: 营业收入 ⏎ （亿元）, R&D经费投入 ⏎ 强度（%）, 工业 ⏎ 投资: each
    # row's words are its name — a unit's own column, 营业收入 ⏎ 亿元 ⏎ 8632.4, fits the plain split first)
    united = words > 1 and all(len(w) == words for w, _ in runs)
    if len({len(v) for _, v in runs}) > 1 or len(runs[0][0]) != words or (
            words == 1 and all(len(w) == 1 for w, _ in runs)) \
            or any(not words <= len(w) <= words + 2 for w, _ in runs):
        return None
    if united:
        words = 1
    cells = []
    for w, v in runs:
        extra = len(w) - words
        cells.append((w[0][0], w[extra][1], "".join(c for _, _, c in w[:extra + 1])))
        cells += w[extra + 1:] + v
    return cells, words + len(runs[0][1])


def _rows_agree(rows) -> bool:
    """Each column of the rows all figures (or empty marks) or no figure, one column at least
    of figures and each row with a figure."""
    # (an empty mark, —, stands in a column of figures or of words alike: 规上工业增加值 ⏎ — ⏎ — ⏎ 18.1)
    kind = [["" if c.strip() in _EMPTY else "F" if _LINE_FIGURE.fullmatch(c) else "W" for _, _, c in row] for row in rows]
    columns = [set(col) - {""} for col in zip(*kind)]
    if any(len(col) > 1 for col in columns) or "F" not in set().union(*columns):
        return False
    return all(any(_NUMBER.match(c) for _, _, c in row) for row in rows)


def _fit_header(head, k: int):
    """The header's pieces as k cells: as they are, or each piece with no unit joined to the next
    that has one (2024年企业开办 ⏎ 平均用时（小时）), when that makes exactly k; never the first,
    which heads the rows' names (合作区 ⏎ 新增市场主体（户）)."""
    if len(head) == k:
        return head
    if len(head) == 2 * k - 1 and k >= 3 and not any(_UNIT_PIECE.search(c) or _RANK_COLUMN.match(c) for _, _, c in head):
        # 开发区 ⏎ 规上工业 ⏎ 总产值 ⏎ 同比 ⏎ 增长 ⏎ 税收 ⏎ 收入 …: every column's header over two lines
        # (the units said once above, 单位:亿元、%)
        return [head[0]] + [(head[i][0], head[i + 1][1], head[i][2] + head[i + 1][2]) for i in range(1, len(head), 2)]
    joins = [i for i in range(1, len(head) - 1) if "（" not in head[i][2] and "(" not in head[i][2]
             and _UNIT_PIECE.search(head[i + 1][2]) and not _RANK_COLUMN.match(head[i][2])]
    if len(head) - len(joins) != k or any(j + 1 in joins for j in joins):
        return None
    out = []
    for i, cell in enumerate(head):
        if out and i - 1 in joins:
            out[-1] = (out[-1][0], cell[1], out[-1][2] + cell[2])
        else:
            out.append(cell)
    return out


_UNIT_PIECE = re.compile(r"[（(][^（）()]{1,12}[）)]$")
#: a cell that is a month or a day (2025-06, 2025/06/30, 2025年6月; not 2015.3, an amount)
_MONTH_CELL = re.compile(r"(?:19|20)\d\d\s*(?:[-/]\s*\d{1,2}(?:\s*[-/]\s*\d{1,2})?|年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)")
#: a cell that is a year or a span of years (2024-2026, 2025—, 2023至2025年): a project's term, no amount
_YEARS_CELL = re.compile(r"(?:19|20)\d\d\s*年?\s*[-—–~～至]\s*(?:(?:19|20)\d\d\s*年?)?")
_CUT_DECIMAL = re.compile(r"\d+[.．]")
_BARE_LABEL = re.compile(r"附表|附件|表格|续表|表\s*[\d０-９一二三四五六七八九十]+")  # a table's label alone on its line, over its title
_CAPTION_LINE = re.compile(r"表$|指标|情况|统计|一览|汇总|^\s*附?表\s*[\d０-９一二三四五六七八九十]")
_SUM_NAME = re.compile(r"合计|小计|总计")  # (以上6家合计: a total row's name, no headline)
#: a row's name that states a figure of its own (临沂经开区新增市场主体1200户): a headline, no table's row
_HEADLINE_FIGURE = re.compile(r"\d(?:\.\d+)?\s*(?:户|家|亿元|亿美元|万元|万美元|%|％|个工作日|工作日|小时)")
_DATE_CELL = re.compile(r"(?:19|20)\d\d\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?")
#: a header of a list of items, not of a table of figures (a news list: 标题 | 发布时间 | 浏览次数)
_LIST_HEAD = re.compile(r"(?:新闻|文章|信息)?(?:标题|发布(?:时间|日期|单位|机构)?|浏览(?:次数|量)?|点击(?:量|数|次数)?|阅读(?:量|数)?"
                        r"|来源)")  # (a cell that is only that: not 新落户北京来源企业（家）; not 时间, 日期 over rows of years)


def _column_splits(lines):
    """Ways k columns of n cells can lie in the lines: all k headers first, then each
    column's cells (指标名称⏎单位⏎1—6月⏎labels…⏎units…⏎values…); or each column with its
    header on top (产业⏎labels…⏎营业收入（亿元）⏎values…)."""
    for k in range(2, 7):
        n, extra = divmod(len(lines) - k, k)
        if not extra and n >= 2:
            yield lines[:k], [lines[k + j * n:k + (j + 1) * n] for j in range(k)]
        n, extra = divmod(len(lines), k)
        if not extra and n >= 3:
            cols = [lines[j * n:(j + 1) * n] for j in range(k)]
            yield [c[0] for c in cols], [c[1:] for c in cols]


def _table(text: str, head_cells, rows, at: int):
    """Cells of one table: each read as its column says (see the module's doc)."""
    if len(head_cells) > 2 and _RANK_COLUMN.match(head_cells[0][2]):
        head_cells, rows = head_cells[1:], [r[1:] for r in rows]
    header = [_split_unit(_gloss_free(cell)) for _, _, cell in head_cells]
    # | 指标 | 2023 | 2024 |: a bare year heads that year's column, as 2023年 does; 其中:新开工(个): the
    # column is of its own words
    header = [(label + "年" if _BARE_YEAR.fullmatch(label) else label, unit) for label, unit in header]
    header = [(_of_which(label, header[k - 1][0]) if k > 1 and _OF_WHICH.match(label) else label, unit)
              for k, (label, unit) in enumerate(header)]  # (在建项目(个) | 其中:新开工(个): the projects' new ones)
    # (项目 over rows of projects, 占地(亩) | 已签约企业(家) beside: measures of each, not a table turned)
    # (not | 项目 | 本年累计（亿元） | 上年同期（亿元） |, nor | 项目 | 天津经开区（亿元） | …: one unit, the same
    # figures of indicators in several periods or zones)
    measures = header[0][0] == "项目" and len({unit for label, unit in header[1:] if unit and not _RATE.search(label)}) >= 2
    turned = _INDICATOR_COLUMN.match(header[0][0]) is not None and not measures or any(
        _VALUE_COLUMN.match(label) for label, _ in header[1:])
    caption = _CAPTION_UNIT.search(text, max(0, at - 120), at)
    # 开发区 | 2022年 | 2023年 under 表1　…开发区营业收入: each column that year's 营业收入
    measure, title_unit = _title_measure(text, at) if _ZONES_HEAD.fullmatch(re.sub(r"\s", "", header[0][0])) else ("", "")
    # (not a table whose rows are indicators or years: 指标 | 2024年 reads each row's own measure)
    # 单位:亿元,%: every unit the caption names, for a table of zones whose header gives none
    # (单位：亿元，同比增速单位：%）: each piece's unit, what a second 单位： names too
    caption_units = [u for u in (_UNIT_NAMED.sub("", p).strip("（）()") for p in _UNIT_LIST.split(
        text[caption.start(1):text.find("\n", caption.start(1))])) if u] if caption else []
    if not caption_units and title_unit:
        caption_units = [title_unit]  # (表5　…实际使用外资（万美元） over | 开发区 | 2023年 |)
    caption_unit = caption[1] if caption else title_unit
    amounts = [u for u in caption_units if u not in ("%", "％")]
    # （企业开办时间单位为小时，工程建设项目审批时间单位为工作日）: a unit for each column
    said = {m[1]: m[2] for m in _COLUMN_UNIT_SAID.finditer(text, max(0, at - 240), at)}
    if said:  # a column named as the sentence names it (企业开办 / 企业开办时间), never a rate's
        header = [(label, unit or ("" if _RATE_LABEL.search(label) else
                                   said.get(label) or said.get(_TIME_WORD.sub("", label), "")))
                  for label, unit in header]
    unit_col = next((k for k, (label, _) in enumerate(header) if label in ("单位", "计量单位")), None)
    # 1-6月 | 同比增长(%): a growth column is of the period columns just before it, the latest of
    # them (2023年 | 2024年 | 增长%, 2024年1-6月 | 2023年1-6月 | 同比; 2023年 | 增长% | 2024年 | 增长%)
    rate_period, run = {}, []
    for k, (label, _) in enumerate(header[1:], start=1):
        if _VALUE_COLUMN.match(label) and _PERIOD_COLUMN.match(label):
            run.append(label)
        elif _RATE.search(label):
            rate_period[k] = max(run, key=_latest, default="") if run else (
                rate_period[max(rate_period)] if rate_period else "")
            run = []
    year_rows = re.sub(r"\s", "", header[0][0]) in _YEAR_HEADS
    labels = [re.sub(r"\s", "", label) for label, _ in header]
    before_k = next((k for k, x in enumerate(labels) if k and _BEFORE_COLUMN.match(x)), None)
    after_k = next((k for k, x in enumerate(labels) if k and _AFTER_COLUMN.match(x)), None)
    if before_k is None or after_k != before_k + 1:  # (改革前 | 全国平均 | 改革后: not read as a pair)
        before_k = after_k = None
    # 企业开办环节改革前 | 企业开办环节改革后 | 施工许可环节改革前 | …: a group's pair of columns under its
    # name (a header over two lines), each pair its group's measure before and after, the rows zones
    groups = {k + 1: g[1] for k in range(1, len(labels) - 1) if before_k is None
              and (g := _GROUP_BEFORE.fullmatch(labels[k])) and (h := _GROUP_AFTER.fullmatch(labels[k + 1]))
              and h[1] == g[1]}
    whole_said = set()
    for cells in rows:
        row_start, _, row_label = cells[0]
        given = _gloss_free(cells[unit_col][2]) if unit_col is not None and unit_col < len(cells) else ""
        row_label = _gloss_free(row_label)
        # 年份 | …: a row per year (2023年, 2023, 2025年目标), its cells of that year
        row_year = _ROW_YEAR.fullmatch(row_label.strip()) if year_rows else None
        for k, ((cs, ce, cell), (label, unit), head) in enumerate(zip(cells[1:], header[1:], head_cells[1:]),
                                                                  start=1):
            n = _NUMBER.match(cell) or (_PLUS.match(cell) if _RATE.search(label) else None)  # (+4.1% under 按年变动)
            if not n or not label or k == unit_col or k == before_k and _paired(cells, k, after_k) \
                    or label.startswith(("折合", "合计折", "约合")) \
                    or k + 1 in groups and _paired(cells, k, k + 1) \
                    or _PRICE_COLUMN.search(label) or _MONTH_CELL.fullmatch(cell.strip()) or _RANK_LABEL.search(label) \
                    or _YEARS_CELL.fullmatch(cell.strip()) or _DESIGNATION.match(cell):
                continue  # (| 2025-06 | under 发行月份: a date, no amount; | 6 | under 一季度位次: a rank;
                # | 1#、2#厂房主体完工 | under 形象进度: a building's number, no amount)
            period, column = "", ""
            if k == after_k and _paired(cells, before_k, k):
                # 办理时间 | 3个工作日 | 2小时: the row's time now, and before (each cell one figure alone)
                bs, _, was = cells[before_k]
                name, row_unit = _split_unit(row_label)
                yield Cell(cs, ce if n.end() == len(cell) else cs + n.end(), name, row_unit or given or unit or caption_unit,
                           row_start, row_label, "", "", -1, (bs, bs + len(was)),
                           "" if row_unit or given else header[before_k][1], header[0][0], at)
                continue
            if k in groups and _paired(cells, k - 1, k):
                bs, _, was = cells[k - 1]
                yield Cell(cs, ce if n.end() == len(cell) else cs + n.end(), groups[k], unit or caption_unit,
                           row_start, row_label, "", "", -1, (bs, bs + len(was)), header[k - 1][1], header[0][0], at)
                continue
            if k == 1:
                value_unit = unit  # 年末数（户） | 比上年增加: the rise is in the stock's unit
            if turned:
                name, row_unit = _split_unit(row_label)
                row_unit = row_unit or given
                if _VALUE_COLUMN.match(label):   # 2024年 / 1-6月 / 数值: the row's own figure
                    period = label if _PERIOD_COLUMN.match(label) else ""
                    label, unit = (measure or name), row_unit or unit or caption_unit
                    # (a zone's row under 表1　…开发区营业收入: the title's measure, the zone's figure)
                elif _MORE_COLUMN.match(label):
                    # 孵化器 | 34家 | 5家: the row's new ones — for counts only, and no fall (-3)
                    unit = row_unit or unit or value_unit or caption_unit
                    if cell.lstrip().startswith(("-", "−", "－")) or not _COUNT_UNIT.fullmatch(
                            unit or _CELL_UNIT.search(n[0])[0]):
                        continue
                    label = "新增" + name
                elif _RATE.search(label) or _RATE.search(name) and not _ZONE_WORD.search(label) \
                        and not _WHOLE_COLUMN.search(label):
                    # 同比增长（%）: a rate of the row's figure (but 增速（%） | 蒙自经开区: that zone's)
                    if _WHOLE_RATE.match(label):  # (全市同比（%） beside the zone's own: the city's rate)
                        column, label = label, _WHOLE_RATE.sub("", label)
                    label = name + label
                    unit = unit or "%"
                    period = rate_period.get(k, "")
                else:                            # 合肥高新区 | 全省平均: whose figure it is
                    column = label                # (a rate's row, 同比增长 | 8.3, in %, not the caption's 亿元)
                    # (but a column in % of its own, 完成进度(%), is not in the row's 家 or 亿元)
                    label, unit = name, unit if unit in ("%", "％") else (
                        row_unit or unit or ("%" if _RATE.search(name) else caption_unit))
            elif not unit and caption_units and not _CHANGE_COLUMN.search(label):
                # 单位:亿元,% over | 进出口 | 同比 | 出口 |: a rate in %, the rest in the caption's one unit
                # (not a count, a rank, a year or a change: 规上企业, 全省位次, 设立年份, 同比增减)
                if _RATE.search(label):
                    unit = "%" if len(amounts) < len(caption_units) else ""
                elif len(amounts) == 1 and not _NOT_AMOUNT.search(label):
                    unit = amounts[0]
                elif len(amounts) > 1:
                    # 单位：亿元，%，个，家: a count's unit for the column that names what it counts, the one
                    # amount's for the others (本月 | 累计 under 固定资产投资)
                    counted = [u for u, what in _COUNTED_BY if u in amounts and what.search(label)]
                    money = [u for u in amounts if not _COUNT_UNIT.fullmatch(u)]
                    unit = counted[0] if counted else (
                        money[0] if len(money) == 1 and not _NOT_AMOUNT.search(label) else "")
            if not turned and _WHOLE_RATE.match(label) and _RATE.search(label):
                # 开发区 | 总产值 | 同比增长（%） | 全市同比（%）: the city's one rate, written down every row
                if (k, cell.strip()) in whole_said:
                    continue
                whole_said.add((k, cell.strip()))
                column = label
                measure_k = max((j for j in range(1, k) if not _RATE.search(header[j][0])), default=0)
                label = (header[measure_k][0] if measure_k else "") + _WHOLE_RATE.sub("", label)
            if row_year is not None:  # | 2023年 | 5.1% | under 1—6月: 2023年1—6月
                period = row_year[1] + "年" + ("" if _YEAR_START.match(period) else period)
            if after_k is not None and _SPEED_UP.match(label):
                label = "时限压缩比例"  # 法定时限 | 承诺时限 | 提速(%): the speed-up of a time limit is its cut
            yield Cell(cs, ce if n.end() == len(cell) else cs + n.end(), label, unit, row_start, row_label, period, column,
                       head[0] if column else -1, row_head=header[0][0], table_start=at)


_WHOLE_RATE = re.compile(r"全(?:国|省|市|县|州|盟)")
_GROUP_BEFORE = re.compile(r"(\p{Han}{2,12}?)(?:改革前|压缩前|优化前|原)")
_GROUP_AFTER = re.compile(r"(\p{Han}{2,12}?)(?:改革后|压缩后|优化后|现)")
_SPEED_UP = re.compile(r"提速(?:比例|幅度|率)?$")
_YEAR_HEADS = ("年份", "年度", "年", "时间", "期间")  # a first column of years: a row per year
#: a column of ranks (一季度位次, 全省排名): no figure of a zone's
_RANK_LABEL = re.compile(r"(?:位次|排名|名次|排序|排位)$")
#: a table's title line (表1　2022—2025年一季度河北省重点开发区营业收入): its number, then what it shows
_TABLE_TITLE = re.compile(r"[ \t\u3000#*]*附?表\s*[\dA-Za-z一二三四五六七八九十]{1,3}(?:[-－.]\d{1,2})?[ \t\u3000：:.．、]*"
                          r"(?P<title>[^\n。；;，,|]{2,40}?)[ \t\u3000*]*$")
#: what stands before a title's measure: its periods, and the places or zones it is of
_TITLE_LEAD = re.compile(r"^.*(?:(?:19|20)\d\d\s*年?(?:[上下]半年|[一二三四1-4]季度|前三季度|\d{1,2}\s*[-—～~]\s*\d{1,2}月)?"
                         r"|开发区|园区|高新区|经开区|新区|片区|合作区|保税区|各区|[省市县州盟旗])(?:的|各|主要)*")
_TITLE_TAIL = re.compile(r"(?:情况|统计|一览|对比|比较|汇总|排名|排行)?表?(?:[（(][^）)]*[）)])?$")


def _title_measure(text: str, at: int) -> tuple[str, str]:
    """What a table of zones by period measures, and the unit its title gives in brackets, from its
    numbered title above the header (表1　2022—2025年一季度河北省重点开发区营业收入 -> 营业收入; 表2　…营业
    收入增速 -> 营业收入增速; 表5　重点开发区实际使用外资（万美元） -> 实际使用外资, 万美元); "" for none."""
    lines = text[max(0, at - 160):at].split("\n")[:-1]
    for line in reversed(lines[-3:]):
        if not line.strip() or _UNIT_NAMED.match(line.strip()):
            continue  # (单位：亿元 between the title and the header)
        m = _TABLE_TITLE.fullmatch(line)
        if m is None:
            return "", ""
        _, unit = _split_unit(m["title"])
        measure = _TITLE_TAIL.sub("", _TITLE_LEAD.sub("", m["title"]))
        return (measure, unit) if len(measure) >= 2 and not _VALUE_COLUMN.match(measure) else ("", "")
    return "", ""
#: a column of prices or a listed firm's market ratios (收盘价(元) | EPS | PE): no zone's figure
_PRICE_COLUMN = re.compile(r"收盘价|开盘价|股价|目标价|单价|市盈率|市净率|每股|^EPS|^PE\b|^PB\b")
_UNIT_LIST = re.compile(r"[,，、/;；\s]+")
_UNIT_NAMED = re.compile(r"^.*单位\s*[：:]")
_CHANGE_COLUMN = re.compile(r"增减|提高|降低|增加(?!值)|减少|百分点|变动|变化")  # (not 增加值, value added)
#: what a column counts, for the caption's count units (单位：亿元，%，个，家 over 新签约项目 | 新增规上工业企业)
_COUNTED_BY = (("个", re.compile(r"项目")), ("项", re.compile(r"项目")), ("家", re.compile(r"企业|主体|机构")),
               ("户", re.compile(r"企业|主体|户")))
_NOT_AMOUNT = re.compile(r"企业|项目|位次|排名|排位|名次|年份|年度(?!计划|目标|投资|完成)|年限|起止|期限|日期|个数|户数|家数|人数|强度|亩均|人均|单位")


def _paired(cells, before_k: int, after_k: int | None) -> bool:
    """Whether a row's 改革前 cell and the 改革后 cell after it each hold one figure alone."""
    if after_k is None or after_k >= len(cells):
        return False
    return all(_NUMBER.fullmatch(cells[k][2]) for k in (before_k, after_k))


def _latest(label: str) -> int:
    """A period column's year, for the latest of several (2024年1-6月 over 2023年1-6月, 本期 over
    上年同期); 0 for none."""
    m = _YEAR_START.search(label)
    return int(m[0]) if m else (9999 if label.startswith(("本期", "本年")) else 0)


#: an English gloss after a bilingual cell's Chinese (数值 Value, 亿元 RMB 100 million, 营业收入 Operating revenue, 2024)
_GLOSS = re.compile(r"(?:(?<=[）)])[ \t\u3000]*(?:[A-Z][a-z]|[A-Z]{2,5}\b(?![ \t]*$)|RMB|USD|HKD|EUR|CNY)"
                    r"|(?<=[\p{Han}%％])[ \t\u3000]+(?:[A-Z][a-z]|RMB|USD|HKD|EUR|CNY))"
                    r"[A-Za-z0-9 .,&()'’\-+/%$]*$")  # (…（亿元）GDP (RMB 100 mn): right after the unit's bracket too)


def _gloss_free(cell: str) -> str:
    """A bilingual cell's Chinese: 单位 Unit -> 单位; a cell with no gloss stays as it is.

    >>> _gloss_free("亿元 RMB 100 million"), _gloss_free("2024年营业收入 Operating revenue, 2024"), _gloss_free("营业收入")
    ('亿元', '2024年营业收入', '营业收入')
    >>> _gloss_free("万 kWh"), _gloss_free("万 MW")   # a unit written in Latin letters is no gloss
    ('万 kWh', '万 MW')
    >>> _gloss_free("地区生产总值（亿元）GDP (RMB 100 mn)"), _gloss_free("指标 Indicator")
    ('地区生产总值（亿元）', '指标')
    """
    return _GLOSS.sub("", cell)


def _split_unit(cell: str) -> tuple[str, str]:
    """规上工业产值（亿元） -> ("规上工业产值", "亿元"); a cell with no unit -> (cell, ""); a
    project's phase is no unit (知识城智造湾(一期))."""
    unit = _UNIT_IN_HEADER.search(cell)
    if unit is not None and unit[1] and _PHASE_WORD.fullmatch(unit[1]):
        unit = None
    if unit is None and len(cell) > 1 and cell.endswith(("%", "％")):
        return cell[:-1].strip(), "%"  # 增长% (a spreadsheet's header)
    return (cell[: unit.start()].strip(), unit[1] or unit[2]) if unit else (cell, "")


def _adjacent(text: str, a, b) -> bool:
    return b.start() > a.end() and not text[a.end():b.start()].strip()


# ------------------------------------------------------------ tables laid out in fixed columns
#: a line with two wide gaps: a candidate row of a table a PDF's text keeps in its columns
_TWO_GAPS = re.compile(r"\S(?:[ ]{2,}|\u3000+)\S[^\n]*?(?:[ ]{2,}|\u3000+)\S")
_TOKEN = re.compile(r"[^ \u3000\n]+")
_NOTE_LINE = re.compile(r"[ \t\u3000]*(?:注|说明|备注|附注|资料来源|数据来源|来源)\s*[：:0-9１-９]")
_PAGE_MARK = re.compile(r"[ \t\u3000]*[—\-－–]*[ \t\u3000]*\d{1,4}[ \t\u3000]*[—\-－–]*[ \t\u3000]*")
_CELL_FIGURE = re.compile(r"[-+−－＋]?\d[\d,.]*[%％]?|[—－\-–/]{1,2}")
#: where a PDF's header cells run into each other (服务企业（家）（个）): two units, two columns
_UNIT_SEAM = re.compile(r"(?<=[）)])(?=[（(])")


def _layout_tables(text: str, taken):
    """(header, rows, header start) of each table a PDF's text keeps in fixed columns, its cells
    wrapped over several lines (pdftotext -layout): the columns are where the body's lines have
    text, the gaps where at most a fifth of them do (a 合计 or a section's label may run across);
    a header over two to four lines is joined column by column (出让标准 ⏎ 地面积 ⏎ （亩）); a row
    begins on a line with a figure in a column of figures (or a number under 序号), and the lines
    after it without one continue its cells (晋城光机电产 ⏎ 业园二期, 城镇居民人均可支配 ⏎ 收入).
    Tables another reader already took (`taken`: their spans) are left to it.

        序 项目名称      总投资   2025年
        号                        计划投资
        ─────────────────────────────────
        1  晋城光机电产   12.60     4.20
           业园二期
    """
    for block in _line_blocks(text):
        if any(block[0][0] < tb and ta < block[-1][1] for ta, tb in taken):
            continue
        # (a text is set in columns of display width, a Chinese character two wide, as a PDF's text is;
        # or of characters, as an editor's is: the reading whose figures line up better is the table)
        tables = [t for t in (_layout_table(text, block, wide) for wide in (2, 1)) if t is not None]
        if tables:
            yield min(tables, key=lambda t: t[3])[:3]


def _line_blocks(text: str):
    """Runs of consecutive non-blank lines (start, end) holding three lines or more with two wide gaps."""
    pos, n = 0, len(text)
    while True:
        m = _TWO_GAPS.search(text, pos)
        if m is None:
            return
        a = text.rfind("\n\n", 0, m.start())
        a = 0 if a < 0 else a + 2
        b = text.find("\n\n", m.end())
        b = n if b < 0 else b
        spans, s = [], a
        while s < b:
            e = text.find("\n", s, b)
            e = b if e < 0 else e
            if text[s:e].strip():
                spans.append((s, e))
            s = e + 1
        if sum(1 for s, e in spans if _TWO_GAPS.search(text, s, e)) >= 3:
            yield spans
        pos = b


def _tokens(text: str, a: int, b: int, wide: int = 2):
    """(column start, column end, start, end, token) of each run of non-spaces of a line, a wide
    character `wide` columns wide."""
    out, col, pos = [], 0, a
    for m in _TOKEN.finditer(text, a, b):
        col += _width(text[pos:m.start()], wide)
        pieces = [m.start()] + [m.start() + s.start() for s in _UNIT_SEAM.finditer(m[0])] + [m.end()]
        for s, e in zip(pieces, pieces[1:]):
            w = _width(text[s:e], wide)
            out.append((col, col + w, s, e, text[s:e]))
            col += w
        pos = m.end()
    return out


def _width(s: str, wide: int = 2) -> int:
    return sum(wide if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _layout_table(text: str, block, wide: int = 2):
    """(header, rows, header start, misalignment) of the block read as a table in columns, a wide
    character `wide` columns wide; misalignment counts the distinct edges its figures stand at
    beyond one a column (0: every column's figures end, or start, at one place). None for no table."""
    lines = []  # (tokens, rule below it)
    for a, b in block:
        if _RULE_LINE.fullmatch(text, a, b):
            if lines:
                lines[-1] = (lines[-1][0], True)
            continue
        if _NOTE_LINE.match(text, a, b) and lines:
            break  # (注：… under the table, and the lines after it)
        lines.append((_tokens(text, a, b, wide), False))
    while lines and (_PAGE_MARK.fullmatch(" ".join(t[4] for t in lines[-1][0])) or not lines[-1][0]):
        lines.pop()
    first = next((i for i, (toks, _) in enumerate(lines) if len(toks) >= 3), None)
    if first is None:
        return None
    lines = lines[first:]  # (a title, 单位：亿元 above the header)

    def figures(toks):
        return [t for t in toks if _CELL_FIGURE.fullmatch(t[4]) and not (
            _YEAR_START.fullmatch(t[4]) and not any(_CELL_FIGURE.fullmatch(u[4]) and not _YEAR_START.fullmatch(u[4])
                                                    for u in toks))]
    rule = next((i for i, (_, below) in enumerate(lines[:5]) if below), None)
    data = next((i for i, (toks, _) in enumerate(lines) if figures(toks)), None)
    if data is None or data == 0:
        return None
    head_n = rule + 1 if rule is not None and rule < data else data
    if head_n > 4 or len(lines) - head_n < 2:
        return None
    head, body = [t for t, _ in lines[:head_n]], [t for t, _ in lines[head_n:]]
    width = max(t[1] for toks in body for t in toks)
    occupied = [0] * (width + 1)
    for toks in body:
        for t in toks:
            for x in range(t[0], t[1]):
                occupied[x] += 1
    limit = len(body) // 5
    columns, x = [], 0
    while x < width:
        if occupied[x] > limit:
            y = x
            while y < width and occupied[y] > limit:
                y += 1
            columns.append((x, y))
            x = y
        else:
            x += 1
    if len(columns) < 3:
        return None

    def column_of(t, spanning: bool = False) -> int:
        for k, (x, y) in enumerate(columns):
            if x <= t[0] < y and not spanning:
                return k
        overlap = [min(t[1], y) - max(t[0], x) for x, y in columns]
        best = max(range(len(columns)), key=lambda k: (overlap[k], -abs(t[0] + t[1] - sum(columns[k]))))
        return best

    def cut(toks):
        cells = [[] for _ in columns]
        for t in toks:
            cells[column_of(t)].append(t)
        return cells

    header = [[] for _ in columns]
    for i, toks in enumerate(head):
        for t in toks:
            over = [k for k, (x, y) in enumerate(columns) if min(t[1], y) > max(t[0], x)]
            under = [u for lower in head[i + 1:] for u in lower if t[0] - 2 <= u[0] and u[1] <= t[1] + 2]
            if len(over) >= 2 and len(under) >= len(over):
                for k in over:  # (企业开办环节 over 改革前 | 改革后: a group's name heads each of its columns)
                    header[k].append(t)
            else:
                header[column_of(t, spanning=True)].append(t)
    if any(not h for h in header[1:]):
        return None
    cut_body = [cut(toks) for toks in body]
    numeric = []
    for k in range(len(columns)):
        cells = [c[k] for c in cut_body if c[k]]
        figs = sum(1 for c in cells if len(c) == 1 and _CELL_FIGURE.fullmatch(c[0][4]))
        numeric.append(k > 0 and cells and figs >= 0.75 * len(cells) and any(_NUMBER.match(c[0][4]) for c in cells))
    if not any(numeric):
        return None
    number_col = _NUMBER_COLUMN.fullmatch("".join(t[4] for t in header[0])) is not None
    rows = []
    for cells in cut_body:
        starts = any(cells[k] for k in range(len(columns)) if numeric[k]) or (
            number_col and cells[0] and cells[0][0][4].isdigit())
        if starts or not rows:
            rows.append([list(c) for c in cells])
        else:
            for k, c in enumerate(cells):
                rows[-1][k] += c
    at = min(t[2] for h in header for t in h)
    head_cells = [(h[0][2], h[-1][3], "".join(t[4] for t in h)) if h else (at, at, "") for h in header]
    out = []
    for row in rows:
        first = min(t[2] for c in row for t in c)
        out.append([(c[0][2], c[-1][3], "".join(t[4] for t in c)) if c else (first, first, "") for c in row])
    edges = 0
    for k in range(len(columns)):
        figs = [c[k][0] for c in cut_body if len(c[k]) == 1 and _CELL_FIGURE.fullmatch(c[k][0][4])]
        if figs:
            edges += min(len({f[0] for f in figs}), len({f[1] for f in figs})) - 1
    return head_cells, out, at, edges
