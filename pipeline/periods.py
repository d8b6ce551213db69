"""Period expressions: 2024年, 2025年上半年, 截至2025年5月, 今年一季度, 前三季度 -> 2024, 2025H1, 2025-05, 2025Q1, 2025-09 (year to date: 1—9月)."""
from __future__ import annotations

import regex as re

#: What may stand right before 前N个月 when it is a period (January to month N): a
#: clause's start, a year, an as-of word or a subject (园区前10个月) — not 改革前18个月.
FIRST_MONTHS_LEAD = r"^|[，,。；;：:\s\u3000区园司业市县省]|年|截至|截止"
#: A day after a month (2025年10月11日): a date, no period.
DATE_DAY = re.compile(r"[ \t]*\d{1,2}[ \t]*[日号]")

PERIOD = re.compile(r"""
    (?<=截至|截止|截止到|到)\s*(?P<asof>\d{1,2})\s*月(?:底|末|份)?             # 截至9月底 (year from context)
  | (?:(?P<year>(?:19|20)\d\d)\s*年(?!代)|(?P<cnyear>[一二][〇零一二三四五六七八九]{3})年
       |(?P<rel>今年|本年|去年|上年|前年))
    \s*(?:
        (?P<half>上半年|下半年)
      | 第?(?P<q>[一二三四1-4])季度
      | (?P<q3>前三季度)
      | (?P<m1>\d{1,2})\s*[-—–~至]\s*(?P<m2>\d{1,2})\s*月
      | 前(?P<fm>\d{1,2}|[一二三四五六七八九十]{1,2})个?月                      # 前8个月 = 1—8月
      | (?P<month>\d{1,2})\s*月(?:份|底|末)?
      | (?P<cnmonth>[一二三四五六七八九十]{1,2})月(?:份|底|末)?
    )?
  | (?<![年\d])(?:                                                            # no year said:
        (?P<half>上半年|下半年)                                                # the year the
      | (?<!第)(?P<q3>前三季度) | 第?(?P<q>[一二三四])季度                      # context gives
      | (?P<m1>\d{1,2})\s*[-—–~至]\s*(?P<m2>\d{1,2})\s*月(?![\d日号])
      | (?<=""" + FIRST_MONTHS_LEAD + r""")前(?P<fm>\d{1,2}|[一二三四五六七八九十]{1,2})个?月(?![内里])
      | 全年(?!目标|任务|计划|预计|无休|不打烊|365)
    )
""", re.X)

#: Words that tie a statement to the present: no period is given for it.
PRESENT = re.compile(r"截至目前|截止目前|目前|当前|至今")
_CN = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
       "十一": 11, "十二": 12}
_REL = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2}


def period_of(m, this_year: int | None, base_year: int | None = None) -> str:
    """A PERIOD match -> its code, or "" when a relative year cannot be resolved.
    `this_year` resolves 今年/去年 (the publication year); `base_year` a period said
    without a year (上半年, 1—8月, 全年) — the year its context is about, by default
    this_year.

    >>> [period_of(PERIOD.search(s), 2025) for s in ("2024年", "2025年上半年", "截至2025年5月底",
    ...     "今年一季度", "去年", "2024年1-5月", "2023年十二月")]
    ['2024', '2025H1', '2025-05', '2025Q1', '2024', '2024-05', '2023-12']
    >>> period_of(PERIOD.search("今年上半年"), None), period_of(PERIOD.search("二〇二四年"), None)
    ('', '2024')
    >>> period_of(PERIOD.search("截至9月底"), 2025)
    '2025-09'
    >>> [period_of(PERIOD.search(s), 2025, 2024) for s in ("上半年", "一季度", "1—8月", "全年", "前三季度")]
    ['2024H1', '2024Q1', '2024-08', '2024', '2024-09']
    >>> [period_of(PERIOD.search(s), 2025) for s in ("前8个月", "2024年前十个月", "今年前5月")]
    ['2025-08', '2024-10', '2025-05']
    >>> [period_of(PERIOD.search(s), 2025) for s in ("1—6月", "2024年1-3月", "前6个月", "1-12月", "截至6月底")]
    ['2025H1', '2024Q1', '2025H1', '2025', '2025-06']
    >>> PERIOD.search("提前8个月完成"), PERIOD.search("前3个月内办结")
    (None, None)
    >>> period_of(PERIOD.search("上半年"), None), PERIOD.search("确保全年目标任务完成")
    ('', None)
    """
    if m["asof"]:
        month = int(m["asof"])
        return f"{this_year}-{month:02d}" if this_year and 1 <= month <= 12 else ""
    if m["year"]:
        year = int(m["year"])
    elif m["cnyear"]:
        year = int("".join(str("〇一二三四五六七八九".index(c) if c != "零" else 0) for c in m["cnyear"]))
    elif m["rel"]:
        if this_year is None:
            return ""
        year = this_year + _REL[m["rel"]]
    elif base_year is not None or this_year is not None:  # said without a year
        year = base_year if base_year is not None else this_year
    else:
        return ""
    if m["half"]:
        return f"{year}H{1 if m['half'] == '上半年' else 2}"
    if m["q"]:
        return f"{year}Q{'一二三四'.index(m['q']) + 1 if m['q'] in '一二三四' else m['q']}"
    if m["q3"]:  # 前三季度 is January to September, as 1—9月 is
        return f"{year}-09"
    cn = m["cnmonth"] or (m["fm"] if m["fm"] and not m["fm"].isdigit() else "")
    month = m["m2"] or m["month"] or (m["fm"] if cn == "" else "") or (str(_CN.get(cn, "")) if cn else "")
    if (m["m1"] and m["m1"].strip() == "1" or m["fm"]) and month in ("3", "6", "12"):
        # 1—6月 and 前6个月 are the first half, as 上半年 is: one period, one code
        return {"3": f"{year}Q1", "6": f"{year}H1", "12": str(year)}[month]
    if month and 1 <= int(month) <= 12:
        return f"{year}-{int(month):02d}"
    return str(year)


def last_period(text: str, this_year: int | None,
                base_year: int | None = None) -> tuple[str, int, int] | None:
    """The last period expression in text: (code, start, end), or None."""
    last = None
    for m in PERIOD.finditer(text):
        if _BASE.search(text, max(0, m.start() - 2), m.start()) or (
                _FROM.search(text, max(0, m.start() - 1), m.start()) and text.startswith("的", m.end())):
            continue  # 比2023年增长15%, 由2023年的4个减少至3个: a base, not the period
        if FOUNDED.match(text, m.end()) or FOUNDED_LABEL.search(text, max(0, m.start() - 8), m.start()):
            continue  # 1992年经国务院批准设立, 设立时间：1991年3月: when the zone began, not what a figure is of
        last = m
    if last is None:
        return None
    return period_of(last, this_year, base_year), last.start(), last.end()


#: …or labelled as the founding in a fact sheet (设立时间：1991年3月)
FOUNDED_LABEL = re.compile(r"(?:设立|成立|建区|批准|获批|始建|挂牌|升级)(?:时间|日期|年份)?\s*[：:]\s*$")
#: A year followed by a zone's founding (1992年经国务院批准设立, 2010年升格为国家级…).
FOUNDED = re.compile(r"[^，,。；;\d新]{0,8}?(?<!新)(?:批准设立|设立|成立|获批|升级为|升格为|挂牌|开工建设|始建|建区|创建|组建)"
                     r"(?![^，,。；;]{0,4}?(?:企业|市场主体|经营主体|公司|项目|机构|\d))")
_BASE = re.compile(r"(?:比|较|相比|对比|同比|与)\s*$")
_FROM = re.compile(r"(?:由|从)\s*$")


AS_OF = re.compile(r"(?:截至|截止|截止到|到|至)\s*$")


def usual_year(years: list[int]) -> int | None:
    """The year a text speaks of most (ties: the latest), for 今年 when no date is known.

    >>> usual_year([2024, 2025, 2024]), usual_year([2024, 2025]), usual_year([])
    (2024, 2025, None)
    """
    if not years:
        return None
    return max(set(years), key=lambda y: (years.count(y), y))


def years_in(text: str) -> list[int]:
    return [int(y) for y in re.findall(r"((?:19|20)\d\d)\s*年", text)]
