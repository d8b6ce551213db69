"""Web pages saved as HTML: the text a reader sees, and the way back to the page.

A zone's own website is a common source, and a page saved from it is HTML: tags,
entities (&nbsp;, &#8220;), scripts, tables of <td> cells. Extraction reads the page
as a reader sees it: tags and scripts gone, entities decoded, a block (<p>, <div>,
<br>, <li>, <h2>, a table row) on a line of its own, a table's cells separated by
tabs (the tab-separated tables the table reader knows). `Markup` holds that text and
maps each of its characters back to the page, so every claim still points into the
original file: `text[start:end] == evidence`, where an evidence written across an
inline tag (<b>12</b>家) keeps the tag.

Source whitespace follows the text's own lines: a run with no line break stays as
written, one break stays one, two or more are a paragraph break.

>>> page = "<p>审批时限压缩至<b>20</b>个工作日</p><p>企业&nbsp;11家</p>"
>>> m = Markup.of(page)
>>> m.text
'审批时限压缩至20个工作日\\n\\n企业\\xa011家\\n\\n'
>>> s = m.text.index("20"); e = m.text.index("日") + 1
>>> a, b = m.span(s, e); a, b, page[a:b]
(13, 23, '20</b>个工作日')
"""
from __future__ import annotations

import html
from bisect import bisect_left
from dataclasses import dataclass

import regex as re

#: a page, not a text quoting a tag: a doctype, <html>/<body>, or several block tags
_PAGE = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]", re.I)
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|table|tr|td|li|h[1-6])\b[^<>]*>", re.I)
#: an HTML table in a text that is no page (Markdown with a pasted table)
_TABLE_BLOCK = re.compile(r"<table\b[^<>]*>.*?</table\s*>", re.I | re.S)
_MD_HEADING = re.compile(r"(?m)^#{1,6}[ \t]+\S")
_MD_TABLE_RULE = re.compile(r"(?m)^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|")
_TOKEN = re.compile(
    r"(?P<skip><!--.*?-->|<(?P<raw>script|style|noscript|template)\b[^>]*>.*?</(?P=raw)\s*>|<![^>]*>|<\?[^>]*>)"
    r"|(?P<tag></?(?P<name>[A-Za-z][A-Za-z0-9]*)\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>)"
    r"|(?P<entity>&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,9});)"
    r"|(?P<space>[ \t\r\n\f]+)", re.S | re.I)
#: tags that end a line; the paragraph-like ones end a paragraph
_LINE = frozenset("br li dt dd caption figcaption option".split())
_TABLE = frozenset("table thead tbody tfoot".split())
_PARAGRAPH = frozenset("p div ul ol dl h1 h2 h3 h4 h5 h6 section article header "
                       "footer nav aside main blockquote figure form address center title hr body".split())
_CELL = frozenset(("td", "th"))
#: a paragraph (<p …>…</p>), and prose in it: forty characters or more with a sentence's marks
_PROSE_P = re.compile(r"<p\b[^>]*>(?P<body>(?:(?!</?p\b|</?t[dhr]\b|</?table\b).){40,}?)</p\s*>", re.I | re.S)
_PROSE_TEXT = re.compile(r"[^<>\n]{0,}?[，,][^<>]{0,}?[。；！？]|[。；！？][^<>]{8,}")
_TAGS = re.compile(r"<[^>]*>|&[#\w]+;")
#: tags inside a line of text: a number split over them (<span>3</span><span>,</span><span>085</span>亿元) is one
_INLINE = frozenset("span b strong font em i u a small big o:p".split())  # (not sup: 1256.3<sup>1</sup>, a footnote)
_CELL_EDGE = re.compile(r"</?t[dhr]\b|</?table\b", re.I)
_COLSPAN = re.compile(r"""colspan\s*=\s*["']?(\d+)""", re.I)
_ROWSPAN = re.compile(r"""rowspan\s*=\s*["']?(\d+)""", re.I)
#: what stands in a header's cell that a merged cell covers (a ditto mark: the table reader joins
#: a two-row header through it)
MERGED = "〃"
#: a body cell under a rowspan above (<td rowspan="2">开办企业</td>): the cell above, unless it holds a figure
BODY_MERGED = MERGED + "\u200b"
#: a figure in a table's first row, in digits or words (三个工作日, 五十亿元): a data row, no header
_FIGURE_IN_ROW = re.compile(r"\d|[一二两三四五六七八九十][零一二两三四五六七八九十百千]*(?:[万亿]?元|个|家|户|项|天|亩|%)")  # (not 千万元以上项目)


def is_html(text: str) -> bool:
    """A saved web page: a doctype, <html> or <body>, or five block tags or more.

    >>> is_html("<!DOCTYPE html><html><body><p>正文</p></body></html>")
    True
    >>> is_html("高新技术企业<11家>，a<b>b")
    False
    """
    head = text[:4096]
    if _PAGE.search(head):
        return True
    if _MD_TABLE_RULE.search(text) or _MD_HEADING.search(head):
        return False  # Markdown with some tags (cells broken by <br>, centred images): its own layout counts
    n = 0
    for _ in _BLOCK_TAG.finditer(text):
        n += 1
        if n >= 5:
            return True
    return False


@dataclass(slots=True)
class Markup:
    text: str            # what a reader sees
    starts: list[int]    # per character of `text`: where its source begins in the page
    ends: list[int]      # ... and where it ends

    @classmethod
    def of(cls, page: str) -> "Markup":
        out: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        first_cell = True

        def emit(s: str, a: int, b: int) -> None:
            for ch in s:
                out.append(ch)
                starts.append(a)
                ends.append(b)

        def keep(a: int, b: int) -> None:
            """The page's characters [a, b) as written."""
            out.extend(page[a:b])
            starts.extend(range(a, b))
            ends.extend(range(a + 1, b + 1))

        def newlines(n: int, a: int, b: int) -> None:
            """End the line (n=1) or the paragraph (n=2); never more than one blank line."""
            while out and out[-1] == " ":    # spaces before a break say nothing
                out.pop(), starts.pop(), ends.pop()
            have = 0
            while have < len(out) and out[-1 - have] == "\n":
                have += 1
            if not out:
                return
            emit("\n" * max(0, n - have), a, b)

        # A page laid out in a table (<td class="col-l"><p>…</p><p>…</p></td>): a cell's paragraphs of
        # prose stay paragraphs, not one line of the row
        # (two or more in one cell: a Word table's long cell, 改革内容, is one paragraph of its row)
        paras = [m for m in _PROSE_P.finditer(page) if _PROSE_TEXT.search(_TAGS.sub("", m["body"]))] \
            if "<td" in page or "<TD" in page else []
        prose = set()
        for p, q in zip(paras, paras[1:]):
            if not _CELL_EDGE.search(page, p.end(), q.start()):
                prose.update((p.start(), p.end("body"), q.start(), q.end("body")))
        pos = 0
        row = cell = False       # inside a table row / cell: its lines are one line
        # A header's merged cells (<th rowspan="2">开发区</th><th colspan="2">新签约项目</th> over
        # <th>个数</th><th>同比增长</th>): each column they cover gets a ditto mark, so every header
        # row has a cell per column, a group's name in its first.
        col, covered, trail = 0, {}, 0      # column, {column: header rows it still covers}, marks owed
        dcov: dict[int, int] = {}           # {column: body rows a body cell's rowspan still covers}
        # (a header written in <td>: a first row of no figures whose cells span rows down — <td rowspan="2">
        # 开发区</td> over the units' row — covers the rows below it as a <th> would)
        row_no, row_at, td_head = 0, 0, False
        pre = False              # inside <pre>: whitespace as written (a plain-text table's columns)
        for m in _TOKEN.finditer(page):
            keep(pos, m.start())
            a, b = m.span()
            if m.group("tag"):
                name = m.group("name").lower()
                closing = page[a + 1] == "/"
                if name in _CELL:
                    if not closing:
                        span = _COLSPAN.search(m.group())
                        spanned = int(span[1]) - 1 if span and 1 < int(span[1]) < 50 else 0
                        head = name == "th" or td_head or row_no == 1 and _ROWSPAN.search(m.group()) is not None
                        if not head:
                            covered.clear()  # (the header is over: a data row keeps its cells as written)
                            while dcov.get(col):  # …but under a body cell's rowspan above (<td rowspan="3">开办企业)
                                emit(("" if first_cell else "\t") + BODY_MERGED, a, b)
                                dcov[col] -= 1
                                first_cell, col = False, col + 1
                        elif name == "td":
                            td_head = True
                        while head and covered.get(col):
                            emit(("" if first_cell else "\t") + MERGED, a, b)  # under a rowspan above
                            covered[col] -= 1
                            first_cell, col = False, col + 1
                        if head and spanned and not first_cell:
                            # 新签约项目 over two columns: its name in the first, a mark in the others
                            emit("\t", a, b)
                            trail = spanned
                        else:
                            # <td colspan="2">合计</td>: the columns it spans stay in place, its text in the
                            # last of them (序号 | 名称 under 合计: the row's name, whatever the first column is)
                            emit("\t" * ((0 if first_cell else 1) + spanned), a, b)
                        down = _ROWSPAN.search(m.group())
                        if down and 1 < int(down[1]) < 50:
                            for k in range(col, col + 1 + spanned):
                                (covered if head else dcov)[k] = int(down[1]) - 1
                        first_cell, col = False, col + 1 + spanned
                    elif trail:
                        emit(("\t" + MERGED) * trail, a, b)
                        trail = 0
                    cell = not closing
                elif name == "tr" or name in _TABLE:
                    if td_head and (row_no == 1 and _FIGURE_IN_ROW.search("".join(out[row_at:]))
                                    or not any(covered.values())):
                        # (the first row held a figure, or the rows it covers are done: from here on a
                        # row's rowspan is as written)
                        td_head = False
                        covered.clear()
                    if row and not first_cell:
                        while covered.get(col) or dcov.get(col):  # (the row's last columns, under a rowspan above)
                            if covered.get(col):
                                emit("\t" + MERGED, a, b)
                                covered[col] -= 1
                            else:
                                emit("\t" + BODY_MERGED, a, b)
                                dcov[col] -= 1
                            col += 1
                    if name == "table":
                        covered, dcov, row_no, td_head = {}, {}, 0, False
                    if name == "tr" and not closing:
                        row_no, row_at = row_no + 1, len(out)
                    row, cell, first_cell, col = name == "tr" and not closing, False, True, 0
                    newlines(2 if name == "table" else 1, a, b)
                elif name == "pre":
                    pre = not closing
                    newlines(1 if not closing else 2, a, b)
                elif row and a in prose:
                    newlines(2, a, b)
                elif row:                                   # 营业收入<br>（亿元） in a head cell
                    if cell and out and out[-1] not in " \t\n" and name not in _INLINE:
                        emit(" ", a, b)  # (not <span>1</span><span>,</span><span>012</span>亿元 in a layout table's cell)
                elif name in _LINE or name in _PARAGRAPH:
                    newlines(2 if name in _PARAGRAPH else 1, a, b)
            elif m.group("entity"):
                emit(html.unescape(m.group()), a, b)
            elif m.group("space"):
                breaks = m.group().count("\n")
                if pre:
                    keep(a, b)
                elif row:                                     # between a row's cells: nothing
                    if cell and out and out[-1] not in " \t\n":
                        emit(" ", a, b)
                elif breaks:
                    newlines(min(breaks, 2), a, b)
                elif out and out[-1] != "\n":              # no indentation after a break
                    keep(a, b)
            pos = b
        keep(pos, len(page))
        return cls("".join(out), starts, ends)

    @classmethod
    def islands(cls, text: str) -> "Markup | None":
        r"""A text that is no page but holds HTML tables (Markdown with a pasted <table>): each
        table read as a page's table (its rows on lines of their own, cells separated by tabs),
        the rest as written. None when it holds no table.

        >>> m = Markup.islands("## 指标\n<table><tr><td>企业</td><td>12家</td></tr></table>\n完")
        >>> m.text
        '## 指标\n企业\t12家\n完'
        >>> m.span(9, 12), m.text[m.index(32):m.index(32) + 3]
        ((32, 35), '12家')
        """
        out: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        pos = 0
        for m in _TABLE_BLOCK.finditer(text):
            a, b = m.span()
            out.extend(text[pos:a])
            starts.extend(range(pos, a))
            ends.extend(range(pos + 1, a + 1))
            table = cls.of(m.group())
            if out and out[-1] != "\n":
                out.append("\n"), starts.append(a), ends.append(a)
            n = len(table.text.rstrip("\n"))  # (the line breaks after it are the text's own)
            out.extend(table.text[:n])
            starts.extend(s + a for s in table.starts[:n])
            ends.extend(e + a for e in table.ends[:n])
            if b < len(text) and text[b] != "\n":
                out.append("\n"), starts.append(b), ends.append(b)
            pos = b
        if not pos:
            return None
        out.extend(text[pos:])
        starts.extend(range(pos, len(text)))
        ends.extend(range(pos + 1, len(text) + 1))
        return cls("".join(out), starts, ends)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets [start, end) of `text` as offsets into the page."""
        if end <= start:
            p = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return p, p
        return self.starts[start], self.ends[end - 1]

    def index(self, page_offset: int) -> int:
        """The first character of `text` whose source is at or after `page_offset`."""
        return bisect_left(self.starts, page_offset)

