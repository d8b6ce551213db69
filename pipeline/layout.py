"""The layout of a newspaper page: lines, captions, headers, bylines, articles.

OCR'd pages interleave several articles. A zone's name often stands in a
header line before its article, or after it; a photo caption (■ …供图) or a
column break can cut a sentence in two ("今年上⏎⏎[caption]⏎⏎半年"). This module
classifies each line, groups lines into articles, joins the fragments of a
sentence cut by a column break, and gives back clean text for any span,
always keeping offsets into the original text.
"""
from __future__ import annotations

from bisect import bisect_right

import regex as re

from .periods import DATE_DAY, FOUNDED, FOUNDED_LABEL, PERIOD, period_of, usual_year

BODY, HEADER, CAPTION, BYLINE = 0, 1, 2, 3

# One pass classifies every non-blank line; the first branch that fits wins.
_CLASSIFY = re.compile(r"""^(?=[^\n]*\S)(?:
    (?P<caption>[ \t]*[▲△][^\n]{0,118}                              # ▲图为…
      | [ \t]*[┌└├│┃║╔╚╠═─━][^\n]*                                      # a boxed pull quote
      | [^\n]{0,118}(?:供图|供稿|资料图片?|摄影?)[)）]?[ \t]*)           # ■ 繁峙经开区供图
  | (?P<byline>[ \t]*(?:■[ \t]*)?\p{Han}{2,4}[ \t]*)                  # 侯晓玲 / ■ 王波
  | (?P<header>(?![ \t#*]*科学导报)
        (?:[ \t]*(?:\#|\*\*|>)[^\n。！？!?]*|[^\n。！？!?]{1,48}))        # titles, zone names
  | (?P<body>[^\n]*\S[^\n]*)
)$""", re.M | re.X)
_KIND = {"caption": 2, "byline": 3, "header": 1, "body": 0}
_NOT_NAMES = frozenset("其中 目前 同时 此外 另外 下一步 据悉 近日 今年 全年 首先 其次 最后 总之 "
                       "一是 二是 三是 四是 五是 为此 对此 对比 数据 来源 图片 编辑 责编".split())


#: a box's label inside a story, standing alone like a reporter's name (数读, 记者手记, 名词解释, 链接):
#: what follows it is still the story's
_BOX_LABEL = re.compile(r"数读|数说|数据|手记|观察|短评|解释|链接|编后|背景|贴士")


def _standalone(text: str, a: int, b: int) -> bool:
    """A byline stands as a paragraph of its own and is no common word."""
    if text[a:b].strip(" \t■") in _NOT_NAMES or _BOX_LABEL.search(text, a, b):
        return False
    before = text[max(0, a - 2):a]
    after = text[b:b + 2]
    return (a == 0 or before.endswith("\n\n") or before == "\n" and a < 2) and (
        b >= len(text.rstrip()) or after.startswith("\n\n") or after.strip() == "")
# A dateline opens an article: 科学导报讯, 本报讯, 新华日报讯, 人民网讯, 新华社太原6月3日电.
_START = re.compile(r"[ \t\u3000#*]*(?:科学导报讯?|本报讯|\p{Han}{1,6}[报网台]讯|新华社[^\n]{0,16}?电|本报[^\n]{0,16}?(?:电|讯)"
                    r"|[（(]上接第?[\d一二三四五六七八九十A-Z]{1,3}版[）)])[ \t*]*")
# (（上接第1版）: a story continued from another page goes on here, no part of the story above it)
_CLAUSE_INSIDE = re.compile(r"[，,；;]")
#: a zone's type word alone, opening a clause (试验区政务服务中心…, 该开发区…): its article's zone of that type
_BARE_KIND = re.compile(r"(?:^|(?<=[，,。；;！？\n“]))[ \t\u3000]*(?:该|本)?(试验区|开发区|经开区|高新区|综保区|合作区|示范区)"
                        r"(?!\p{Han}{0,2}(?:之间|之外|以外|各|们))", re.M)
_KIND_NAMES = {"经开区": ("经济技术开发区", "经济开发区", "经开区"), "高新区": ("高新技术产业开发区", "高新区"),
               "综保区": ("综合保税区", "综保区"), "开发区": ("开发区",)}
_UNIT_FIRST = re.compile(r"[个家户项件名人元%％亿万千百十倍天日年月成]")  # a line that opens with a unit
#: what may follow a zone's name on a line that is the name alone (天津经济技术开发区（TEDA）)
_NAME_TAIL = re.compile(r"[ \t\u3000]*(?:[（(][^（）()\n]{1,16}[)）])?[ \t\u3000]*(?:\n|$)")
#: a line that is a city's or a county's name alone (天津市, 元氏县, 阿拉善盟)
_PLACE_LINE = re.compile(r"^[ \t\u3000]*(\p{Han}{1,5}(?:市|县|州|盟|旗))[ \t\u3000]*$", re.M)


def _name_lines(text: str, mentions) -> frozenset:
    """Starts of the lines that are a zone's or a place's name and nothing else (a cell of a ranking
    set one per line, 4 ⏎ 天水经济技术开发区, 7 ⏎ 天水市): no unit opens them, whatever their first
    character."""
    return frozenset([mn.start for mn in mentions
                      if (mn.start == 0 or text[mn.start - 1] == "\n") and _NAME_TAIL.match(text, mn.end)]
                     + [m.start(1) for m in _PLACE_LINE.finditer(text)])


def _opens_with_unit(text: str, pos: int, names: frozenset) -> bool:
    return pos not in names and _UNIT_FIRST.match(text, pos) is not None


_CUT_NUMBER = frozenset("0123456789.零〇一二两三四五六七八九十百千万亿个工自平公")
_TAIL_BYLINE = re.compile(r"■[ \t]*\p{Han}{1,4}[ \t]*$")
#: a line's end that ends its sentence (an English one too: …than last year.)
_TERMINAL = re.compile(r"(?:[。！？!?；;：:…]|[。！？!?][”」』）)]|(?<=[a-z]{2}|[%)])"
                       r"(?<!\b(?:Corp|Ltd|Inc|Co|No|etc|Jr|Sr|St|Mr|Ms|Dr|Bros|Dept|Univ|Vol|approx))\.)[ \t*]*$")
_DROP = re.compile(r"[\s*#…⋯]+")  # whitespace, markdown marks, dotted leaders (在建项目 ……… 97个)
_SENTENCE_MARKS = re.compile(r"[，,；;、]")
_DIGIT = re.compile(r"\d")
_EXCLAIM = re.compile(r"[！？!?]")
_NUMBERING = re.compile(r"[ \t\u3000]*(?:(?P<cn>[一二三四五六七八九十]+、)|(?P<paren>[（(][一二三四五六七八九十]+[）)])"
                        r"|(?P<num>\d{1,2}[.．、](?![\d．.])))")
_SYMBOLS = r"[·•▪▶►◆◇□●○✅✔☑⏩➤](?!\d)|[-*+][ \t]"  # an item of a list marked by a symbol
_SYMBOL_BULLET = re.compile(rf"[ \t\u3000]*(?:{_SYMBOLS})[ \t\u3000]*\S")
_BULLET = re.compile(rf"[ \t\u3000]*(?:{_SYMBOLS}|\d{{1,2}}[.．、](?![\d．.])|[（(]\d{{1,2}}[）)]|[①②③④⑤⑥⑦⑧⑨⑩])")
#: a numbered item that states a figure (01 新型显示玻璃基板项目，总投资45亿元): a list's item, however
#: short its line, no heading of the lines below it
_FIGURED_ITEM = re.compile(r"[ \t\u3000]*(?:\d{1,2}[.．、]?|[（(]\d{1,2}[）)]|[①②③④⑤⑥⑦⑧⑨⑩])[ \t\u3000]+\S.*?"
                           r"\d(?:[\d.,]*\d)?\s*(?:[亿万千百]?(?:元|美元)|个|家|户|项|%|％|亩|平方米|吨)")
#: a line that opens with a figure and its unit (3.2小时　洋山特殊综合保税区进口货物平均通关时间): a box's
#: item, no heading that opens an article
_FIGURE_FIRST = re.compile(r"[ \t\u3000*]*\d[\d.,]*[ \t]*(?:[亿万千百]?(?:元|美元)|个|家|户|项|%|％|亩|平方米|平方公里|吨"
                           r"|小时|天|个?工作日|倍|名|人|件)")
_NARROW_CUT = re.compile(r"\p{Han}(?<!步骤|环节|方案|地块|附件|阶段|批次|序号|编号|第|表|图|条|款|项|期|号|组|类|级|栋|层|区|轮)"
                         r"\d{1,3}$")  # a short line cut after a few digits, right after a word (not a label's
# number: 步骤2, 附件2, 地块1)
_NUMBER_GOES_ON = re.compile(r"\d[\d.,]*\s?(?:[\p{Han}%％])")  # …and the next line's digits go on to a unit or a word
#: a social-media post's head: its platform and account (▍抖音 @郑州航空港区 ｜ 07/30 18:00, 微博 @青岛发布：)
_POST_HEAD = re.compile(r"[ \t\u3000]*[▍▌|｜■●◆#【\[]?[ \t\u3000]*(?:抖音|微博|微信|视频号|朋友圈|快手|小红书|公众号|头条号?|B站|哔哩哔哩)"
                        r"[ \t\u3000]*[】\]]?[ \t\u3000]*[@＠]")
_TIMECODE = re.compile(r"[ \t]*\d{1,2}:\d\d:\d\d[,.]\d{1,3}[ \t]*-->[ \t]*\d{1,2}:\d\d:\d\d[,.]\d{1,3}[ \t\r]*")
#: a footnote's first line: ① 统计范围为…, 注：②研发经费投入强度为… (its mark also stands earlier, after a figure)
_FOOTNOTE = re.compile(r"[ \t\u3000]*(?:注[：:][ \t\u3000]*)?([①-⑳])")
#: a footnote's mark in the text: right after a word or figure (a space between, in text from a PDF),
#: before punctuation or the line's end (…2 816.4 亿元①，…; 列示③。) — not an item of a list (：①抓项目；)
_FOOTNOTE_AFTER = r"(?<=[\p{Han}\dA-Za-z%％）)”』」][ ]?)"
_FOOTNOTE_REF = re.compile(_FOOTNOTE_AFTER + r"[①-⑳](?=[，,。；;：:、）)\s]|$)")
_FULL_STOP = re.compile(r"[。！？!?]")
_CUE_NUMBER = re.compile(r"[ \t]*\d{1,5}[ \t\r]*")
_PAGE_NUMBER = re.compile(r"[-—–―\s]*(?:第\s*)?\d{1,4}\s*(?:页)?[-—–―\s]*|-\s*\d{1,4}\s*-")
#: a running header with its page number on the same line, set off by a wide gap (天津经济技术开发区
#: 年鉴 2025　　　· 16 ·; — 3 —　　某某区2024年工作报告; …报告　第5页)
_HEAD_WITH_PAGE = re.compile(
    r"(?:\S.*?(?:[ \t]{2,}|\u3000)[ \t\u3000]*(?P<end>{p})|(?P<start>{p})(?:[ \t]{2,}|\u3000)[ \t\u3000]*\S.*)"
    .replace("{p}", r"[·•\-—–―]{1,2}[ \t]*(?!(?:19|20)\d\d)\d{1,4}[ \t]*[·•\-—–―]{1,2}"
                    r"|第[ \t]*\d{1,4}[ \t]*页(?:[ \t]*[/／][ \t]*共?\d{1,4}[ \t]*页?)?"))  # (— 2024 —: a year, no page)
_INDENT = re.compile(r"(?:[ \t]{2,}|\u3000{1,2})(?=\S)")  # (\u3000\u3000今年以来: two full-width spaces, too;
# four or more centre a title)
_BASE_YEAR = re.compile(r"(?:比|较|相比|对比|与|由|从)[ \t]*$")  # 较2023年: a base, not the subject
# 力争到2027年, 计划2026年: a target year says nothing of when the text was written
#: the year a text says it is in: 进入2025年, 迈入2025年, 2025年伊始, 今年（2025年）
_NOW_YEAR = re.compile(r"(?<!力争|争取|确保|目标|有望|计划|冲刺|跻身)(?:进入|迈入|步入)\s*(?P<y>(?:19|20)\d\d)\s*年"
                       r"(?:以来)?(?=[，,。；;：:\s])"
                       r"|(?P<y>(?:19|20)\d\d)\s*年\s*(?:伊始|开年|开春|初以来)|今年\s*[（(]\s*(?P<y>(?:19|20)\d\d)")
_TARGET_YEAR = re.compile(r"(?:(?:力争|预计|计划|争取|确保)(?:到|在|于|进入|迈入|跻身)?|将在|将于|到)[ \t]*$")
#: a transcript's speaker line (应询人：…, 主持人：…): said again each time the speaker answers, no
#: running header; its answers are the zone it names (extract.py). 嘉宾 lines list guests, no speakers.
SPEAKER_LABEL = re.compile(r"(?:询问人|应询人|提问人|答问人|主持人|发言人|发布人|受访人|受访者)[ \t\u3000]*"
                           r"(?P<who>[（(](?:[^（）()\n]|[（(][^（）()\n]{1,10}[)）]){2,40}[)）][ \t\u3000]*)?[：:]")  # 发布人（南宁经开区管委会副主任　李晓琳）：
#: a line that is only a date (2026年1月, 二〇二六年一月十五日)
_DATE_LINE = re.compile(r"[ \t\u3000]*(?:(?:19|20)\d\d|[二〇一两三四五六七八九零]{4})[ \t]*年[ \t]*[\d一二三四五六七八九十]{1,3}[ \t]*月"
                        r"(?:[ \t]*[\d一二三四五六七八九十]{1,3}[ \t]*日)?[ \t\u3000]*")
# The title of a whole report (not of one article on a page): its period covers every section.
_DOC_TITLE = re.compile(r"报告|总结|回顾|回眸|盘点|综述|通报|公报|情况|速览|年报|统计|简报|专报|纪实|巡礼|述评")
# A page's masthead or a post's date line: 新华日报 2025年6月18日 星期三 第7版;
# 发布时间：2025-07-16; 2025-07-18 09:30 山东 — the date the text came out.
_MASTHEAD = re.compile(
    r"(?P<y>(?:19|20)\d\d)[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日"
    r"[^\n]*?(?:星期|周[一二三四五六日天]|第[ \t]*\d+[ \t]*版)"
    r"|(?:发布时间|发布日期|发表时间|发稿时间|日期)[：:\s]*(?P<y>(?:19|20)\d\d)[-/.年]\d{1,2}[-/.月]\d{1,2}"
    r"|^[ \t]*(?P<y>(?:19|20)\d\d)-\d{1,2}-\d{1,2}[ \t]+\d{1,2}:\d\d", re.M)


#: a page's labelled date at a line's start (发布时间：2025-09-26), wherever the line's kind
_PUBLISHED = re.compile(r"(?m)(?:^[ \t\u3000>*]*|[ \t\u3000|｜]+)(?:发布时间|发表时间|发稿时间|发布日期|更新时间)[：:\s]*"
                        r"(?P<y>(?:19|20)\d\d)[-/.年]\d{1,2}[-/.月]\d{1,2}"
                        # 2025-05-20　来源：…: a page's date opening the line its source is on
                        r"|^[ \t\u3000>*]*(?P<y>(?:19|20)\d\d)[-/.年]\d{1,2}[-/.月]\d{1,2}日?[ \t\u3000]+"
                        r"(?:\d{1,2}:\d{2}(?::\d{2})?[ \t\u3000]+)?(?:来源|作者|编辑|责任编辑)[：:]"
                        # 2025年第27期　　九江市商务局　　2025年7月8日: a bulletin's head line ending in its date
                        # (an issue's number or its issuer on the line; not 申报截止日期　　2025年1月15日)
                        r"|^(?:(?=[^\n]*(?:第[\d一二三四五六七八九十]+期|局|委员会|办公室|厅|中心|报社|编印|秘书处|处|会|院|所))"
                        r"(?![^\n]*(?:截止|截至|竣工|开工|期限|有效期|到期|报名|申报))"
                        r"[^\n]{0,60}?[ \t\u3000]{2,})"
                        r"(?P<y>(?:19|20)\d\d)年\d{1,2}月\d{1,2}日[ \t\u3000]*$")


#: a story's dateline: …讯（记者 …）2025年3月15日 or 本报讯 2025年3月15日
_DATELINE = re.compile(r"讯[ \t]*(?:[（(][^）)\n]{0,40}[）)])?[ \t]*(?P<y>(?:19|20)\d\d)[ \t]*年[ \t]*\d{1,2}[ \t]*月"
                       r"[ \t]*\d{1,2}[ \t]*日")


#: a running header is a document's title (…工作情况报告, …工作报告, …年鉴), not a zone's name or a table's caption
_REPORT_TITLE = re.compile(r"(?:报告|总结|年鉴|公报|通报|汇编|材料|白皮书|纪要)[）)]?\s*$")
_TABLE_CAPTION = re.compile(r"\s*(?:附?表|图表|附?图)\s*[\d一二三四五六七八九十]")  # (图1：…营业总收入: a chart's caption too)
_MD_HEADING = re.compile(r"[ \t]*#{1,6}[ \t]")
#: the title of a document that follows (a notice's attached plan): …实施方案, …管理办法, …工作报告
_PLAN_TITLE = re.compile(r"(?:方案|办法|细则|意见|规划|计划|报告|指南|清单|规定|措施|条例|总结)[》」”]?[ \t]*$")
_NUMBERED_HEAD = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])")


def _second_look(text: str, starts: list[int], ends: list[int], kinds: list[int],
                 names: frozenset = frozenset()) -> list[int]:
    """Lines the one-pass classification takes for headers that are not: OCR'd body
    text cut into short lines, and a PDF's page furniture. Returns the subtitle timecodes'
    lines (none unless three or more)."""
    for i in range(len(kinds)):
        if kinds[i] != HEADER or not _SENTENCE_MARKS.search(text, starts[i], ends[i]):
            continue
        # An indented line with clauses opens a paragraph (    今年以来,该区…); a short
        # line right under an unfinished body line (…的项目⏎5个;实际使用外资…) goes on
        # with its sentence. Both are OCR'd body text, not titles.
        # A long line of several clauses with a figure in it (…，为企业兑现奖补资金2.3亿元，
        # 推动…项目) is a paragraph cut by a column break, not a title.
        if _INDENT.match(text, starts[i]) and not (_NUMBERED_HEAD.match(text, starts[i]) and "。" not in text[
                starts[i]:ends[i]]) or (  # (　　二、华鑫电瓷技改项目开工: an indented heading)
                i > 0 and kinds[i - 1] == BODY and starts[i] - ends[i - 1] == 1
                and not _TERMINAL.search(text, starts[i - 1], ends[i - 1])) or (
                ends[i] - starts[i] >= 28 and _DIGIT.search(text, starts[i], ends[i])
                and len(_SENTENCE_MARKS.findall(text, starts[i], ends[i])) >= 2):
            kinds[i] = BODY
    # A text's first line, short and with no full stop, is its title even with ！ or ？
    # in it (…再升级！在重庆经开区办事，最快15分钟搞定).
    first = text[starts[0]:ends[0]] if kinds else ""
    if kinds and kinds[0] == BODY and len(first) <= 60 and "。" not in first \
            and _EXCLAIM.search(first) and not _INDENT.match(first):
        kinds[0] = HEADER
    # A footnote (…2 816.4 亿元①，… ⏎ ① 统计范围为…) is an aside, furniture like a caption: a zone it
    # names (③ 海沧台商投资区相关数据见…) speaks for none of the text after it. Its mark must stand
    # earlier in the text, right after a word or figure; ① at the head of list items is no footnote.
    i = 0
    while i < len(kinds):
        m = _FOOTNOTE.match(text, starts[i])
        if m and any(_FOOTNOTE_REF.match(text, r.start()) for r in re.finditer(re.escape(m[1]), text[:starts[i]])):
            kinds[i] = CAPTION
            # its wrapped lines: a long line cut short, going on below (not into a heading)
            while ends[i] - starts[i] >= 24 and not _TERMINAL.search(text, starts[i], ends[i]) \
                    and i + 1 < len(kinds) and starts[i + 1] == ends[i] + 1 \
                    and not _FOOTNOTE.match(text, starts[i + 1]) and not _NUMBERED_HEAD.match(text, starts[i + 1]):
                i += 1
                kinds[i] = CAPTION
        i += 1
    cues = [i for i in range(len(kinds)) if _TIMECODE.fullmatch(text, starts[i], ends[i])]
    for i in cues:  # a subtitle file's timecodes (00:01:12,480 --> 00:01:15,200): furniture
        kinds[i] = CAPTION
    if len(cues) >= 3:
        # A subtitle file is speech cut into cues: each cue's number is furniture, and its short lines
        # are running text, not titles (after the first cue, which holds the programme's name).
        for k, i in enumerate(cues):
            if i > 0 and _CUE_NUMBER.fullmatch(text, starts[i - 1], ends[i - 1]):
                kinds[i - 1] = CAPTION
            end = cues[k + 1] - 1 if k + 1 < len(cues) else len(kinds)
            for j in range(i + 1, end):
                if k and kinds[j] == HEADER:
                    kinds[j] = BODY
    seen: set[str] = set()
    for i in range(len(kinds)):
        # A PDF's running header repeated on every page (泉州经济技术开发区2024年度工作
        # 报告) and its page numbers (— 3 —) are furniture, like a caption: they neither
        # start an article nor belong to the text they interrupt.
        if kinds[i] != HEADER:
            continue
        line = text[starts[i]:ends[i]].strip()
        # (a zone's name standing as two articles' header is no running header; a figure on a
        # line of its own right above its unit's line, 1500 ⏎ 亿元, is no page number)
        if _HEAD_WITH_PAGE.fullmatch(line) or _PAGE_NUMBER.fullmatch(line) and not (i + 1 < len(kinds) and starts[i + 1] == ends[i] + 1
                                                 and _opens_with_unit(text, starts[i + 1], names)) or (
                len(line) >= 6 and line in seen
                                            and line[-1] not in "区园局委会" and not SPEAKER_LABEL.match(line)):
            kinds[i] = CAPTION
        seen.add(line)
    # The line right after a page number (— 1 —⏎⏎南宁经济技术开发区2024年度…报告) is the next page's
    # running header, furniture too, unless it is a numbered heading (三、要素保障…)
    for i in range(1, len(kinds)):
        if kinds[i] == HEADER and kinds[i - 1] == CAPTION \
                and _PAGE_NUMBER.fullmatch(text[starts[i - 1]:ends[i - 1]].strip()) \
                and not _NUMBERED_HEAD.match(text, starts[i]) and not _SENTENCE_MARKS.search(text, starts[i], ends[i]) \
                and _REPORT_TITLE.search(text, starts[i], ends[i]) and not _TABLE_CAPTION.match(text, starts[i]):
            kinds[i] = CAPTION
    # The last line of a PDF page, short and right under an unfinished body line (…规上工⏎业总产值增长⏎
    # ⏎ — 3 —): the sentence goes on, over the page's furniture, on the next page.
    for i in range(1, len(kinds) - 1):
        if kinds[i] == HEADER and kinds[i - 1] == BODY and starts[i] - ends[i - 1] == 1 \
                and not _TERMINAL.search(text, starts[i - 1], ends[i - 1]) \
                and kinds[i + 1] == CAPTION and _PAGE_NUMBER.fullmatch(text[starts[i + 1]:ends[i + 1]].strip()):
            kinds[i] = BODY
    return cues if len(cues) >= 3 else []


class Layout:
    """Lines and articles of one text; zone mentions decide each article's zone."""

    def __init__(self, text: str, mentions=(), default_zone_id: str = "", original: str | None = None,
                 year: int | None = None):
        self.text = text
        self.year = year  # the publication year, when the document's metadata gives it
        self.original = text if original is None else original  # same length, before translate
        starts, ends, kinds = [], [], []
        for m in _CLASSIFY.finditer(text):
            kind = _KIND[m.lastgroup]
            if kind == BYLINE and not _standalone(text, m.start(), m.end()):
                kind = HEADER  # 其中 on a line of its own in a list is no reporter's name
            starts.append(m.start())
            ends.append(m.end())
            kinds.append(kind)
        self.name_lines = names = _name_lines(text, mentions)
        self._cue_lines = _second_look(text, starts, ends, kinds, names)
        for i in range(1, len(kinds)):
            # 新签约项目23 ⏎ 个，协议投资额312亿元；新开工项目 ⏎ 15个: a short line that opens with
            # the unit of the number the line before ends in continues that line (a phone's column)
            if kinds[i] == HEADER and kinds[i - 1] in (BODY, HEADER) and ends[i - 1] > starts[i - 1] \
                    and text[ends[i - 1] - 1] in _CUT_NUMBER and _opens_with_unit(text, starts[i], names) \
                    and starts[i] == ends[i - 1] + 1:
                kinds[i] = BODY
                if _CLAUSE_INSIDE.search(text, starts[i - 1], ends[i - 1]):
                    kinds[i - 1] = BODY  # (…，湛江经开区新签约项目23: prose, not a title)
        self.starts, self.ends, self.kinds = starts, ends, kinds
        # A subtitle file's cues, each where its text starts. Speech set down without full stops
        # (fewer than one in four cues holds one) has a sentence no longer than its cue.
        self.cues = [ends[i] + 1 for i in self._cue_lines]
        self.cue_sentences = bool(self.cues) and 4 * len(_FULL_STOP.findall(text, self.cues[0])) < len(self.cues)
        if year is None:  # no metadata: a masthead's date says when the page came out
            for i, kind in enumerate(kinds):
                if kind == HEADER:
                    m = _MASTHEAD.search(text, starts[i], ends[i])
                    if m:
                        self.year = int(m["y"])
                        break

        self._para_cache: dict[int, int] = {}
        self._para_end_cache: dict[int, int] = {}
        self._open_cache: dict[int, bool] = {}
        self._year_cache: dict[int, int | None] = {}
        # 发布时间：2025-09-26 10:32　来源：…　浏览次数：1268: a page's labelled date on a line too long to be
        # a header, near the top — weaker than a dateline or a report's title (_year_of_article)
        m = _PUBLISHED.search(text, 0, min(len(text), 1500)) if self.year is None else None
        self.page_year = int(m["y"]) if m else None
        self._build_articles(mentions, default_zone_id)

    def _box_item(self, i: int) -> bool:
        """Whether line i is an item of a box of figures: it opens with a figure and its unit, and so
        does a line next to it (72.5%　战略性新兴产业产值占比 ⏎ 3.2小时　洋山…通关时间); a headline that
        opens with one alone (30个重大项目集中开工　成都高新区…) is none."""
        def figured(k: int) -> bool:
            return 0 <= k < len(self.starts) and _FIGURE_FIRST.match(self.text, self.starts[k], self.ends[k]) is not None
        return figured(i) and (figured(i - 1) or figured(i + 1))

    # -- lines ---------------------------------------------------------------
    def cue_bounds(self, pos: int) -> tuple[int, int]:
        """(start, end) of the subtitle cue pos is in: from its text to the next cue's timecode."""
        k = bisect_right(self.cues, pos) - 1
        a = self.cues[k] if k >= 0 else 0
        if k + 1 >= len(self.cues):
            return a, len(self.text)
        i = self._cue_lines[k + 1]  # the next cue's timecode, and its number above it
        if i > 0 and _CUE_NUMBER.fullmatch(self.text, self.starts[i - 1], self.ends[i - 1]):
            i -= 1
        return a, max(a, self.starts[i])

    def line_of(self, pos: int) -> int:
        return max(bisect_right(self.starts, pos) - 1, 0)

    def kind_at(self, pos: int) -> int:
        i = self.line_of(pos)
        if not self.starts or pos >= self.ends[i]:
            return BODY
        return self.kinds[i]

    def _open(self, i: int) -> bool:
        """A body line that stops mid-sentence (a column break)."""
        hit = self._open_cache.get(i)
        if hit is None:
            hit = self._open_cache[i] = self.kinds[i] == BODY and not _TERMINAL.search(
                self.text, self.starts[i], self.ends[i]) and not _TAIL_BYLINE.search(
                self.text, self.starts[i], self.ends[i])
        return hit

    def record_bounds(self, pos: int) -> tuple[int, int] | None:
        """The record around pos — a run of three or more short lines (≤ 48 characters)
        with no blank line between them, as a list of projects gives each one — or None."""
        if not self.starts:
            return None
        i = j = self.line_of(pos)
        short = lambda k: self.ends[k] - self.starts[k] <= 48  # noqa: E731
        if not short(i):
            return None
        while i > 0 and self.starts[i] - self.ends[i - 1] == 1 and short(i - 1):
            i -= 1
        while j + 1 < len(self.starts) and self.starts[j + 1] - self.ends[j] == 1 and short(j + 1):
            j += 1
        return (self.starts[i], self.ends[j]) if j - i >= 2 else None

    def section_start(self, pos: int) -> tuple[int, str]:
        """Where the section holding pos begins — the end of the last heading line before
        it in its article — and that heading ("" and the article's start without one)."""
        if not self.starts:
            return 0, ""
        art = self.article_of(pos)
        i = self.line_of(pos)
        # (an item of a numbered list of figures, 02 …总投资16亿元, is under the heading over the list's
        # first item; a paragraph after the list is not)
        item = _FIGURED_ITEM.match(self.text, self.starts[i], self.ends[i]) is not None
        i -= 1
        while i >= 0 and self.line_article[i] == art:
            if self.kinds[i] == HEADER and not _SYMBOL_BULLET.match(self.text, self.starts[i], self.ends[i]) \
                    and not (item and _FIGURED_ITEM.match(self.text, self.starts[i], self.ends[i])):
                return self.ends[i], self.text[self.starts[i]:self.ends[i]]
            i -= 1
        return (self.starts[i + 1] if i + 1 < len(self.starts) else 0), ""

    def bullet(self, i: int) -> bool:
        """A line that opens an item of a list (· 区位：…, - 土地：…, 1. …, （2）…): it
        starts a paragraph of its own, whatever the line above left open."""
        return _BULLET.match(self.text, self.starts[i], self.ends[i]) is not None

    def para_start_line(self, i: int) -> int:
        """First line of the sentence-joined paragraph that line i belongs to."""
        hit = self._para_cache.get(i)
        if hit is not None:
            return hit
        first = i
        j = i - 1 if self.kinds[i] == BODY and not self.bullet(i) else -1  # a title or list line stands alone
        while j >= 0 and self.line_article[j] == self.line_article[first]:
            k = self.kinds[j]
            if k in (CAPTION, HEADER):
                if k == HEADER and self.bullet(j):
                    break  # an item's own line above: the item's text starts below it
                j -= 1
                continue
            if k == BODY and (self._open(j) or self.cues):  # (a subtitle file's speech runs on)
                first = j
                if self.bullet(j):
                    break  # 7．半导体封装测试基地项目 ⏎ …: an item of a list opens its paragraph
                j -= 1
                continue
            break
        self._para_cache[i] = first
        return first

    def para_end_line(self, i: int) -> int:
        """Last line of the sentence-joined paragraph that line i belongs to."""
        hit = self._para_end_cache.get(i)
        if hit is not None:
            return hit
        last = i
        j = i
        while j < len(self.starts) and self.kinds[j] == BODY and (self._open(j) or self.cues):
            k = j + 1
            while k < len(self.starts) and self.kinds[k] in (CAPTION, HEADER):
                k += 1
            if k >= len(self.starts) or self.kinds[k] != BODY or _START.match(
                    self.text, self.starts[k], self.ends[k]) or self.bullet(k):
                break
            last = j = k
        self._para_end_cache[i] = last
        return last

    def joins(self):
        """(end of a line cut by a column break, start of the line it continues on)."""
        text, n = self.text, len(self.starts)
        for i in range(n):
            last = text[self.ends[i] - 1]
            if self.kinds[i] == BODY:
                if last in "。！？!?；;：:…" or not self._open(i):
                    continue
            elif not (self.kinds[i] == HEADER and last in _CUT_NUMBER):
                continue  # a short line cut inside a number ("…压缩至2个工") is no title
            k = i + 1
            if k < n and last in _CUT_NUMBER and _opens_with_unit(text, self.starts[k], self.name_lines):
                yield self.ends[i], self.starts[k]  # 新签约项目23 ⏎ 个，协议投资额…: the unit's line,
                continue                             # however short (a phone's narrow column)
            if k < n and not self.cues and last.isdigit() and text[self.starts[k]:self.starts[k] + 1].isdigit() and (
                    self.kinds[i] == BODY  # (not a subtitle's cue number)
                    or _NARROW_CUT.search(text, self.starts[i], self.ends[i])
                    and _NUMBER_GOES_ON.match(text, self.starts[k], self.ends[k])):
                # (a narrow column's short lines read as titles: …新技术企业4 ⏎ 36家、…; not a title's year,
                # …年鉴 2025 ⏎ 2024年…)
                yield self.ends[i], self.starts[k]  # 总投资达到2 ⏎ 86亿元，…的3 ⏎ 5%…: the number goes on on the
                continue                             # next line, however short (no caption to skip)
            while k < n and self.kinds[k] in (CAPTION, HEADER) and (
                    self.kinds[i] == BODY or self.starts[k] == self.ends[k]):
                k += 1  # (a title's own number, 天津经济技术开发区年鉴 2025, goes on past no heading below it)
            if k < n and self.kinds[k] == BODY and not _START.match(text, self.starts[k], self.ends[k]) \
                    and not self.bullet(k):
                yield self.ends[i], self.starts[k]

    def clean(self, a: int, b: int, original: bool = False, keep: tuple = ()) -> str:
        """Text of [a, b) without captions, headers, whitespace and markdown marks.
        `original=True` reads the text as given, before full-width digits were folded;
        the lines holding a position of `keep` stay whatever their kind (a claim's own
        number, 12⏎⏎家, on a line too short to read as a body's)."""
        src = self.original if original else self.text
        chunk = src[a:b]
        if "\n" not in chunk:  # the common case: a window inside one line
            return _DROP.sub("", chunk) if _DROP.search(chunk) else chunk
        out = []
        i = self.line_of(a)
        while i < len(self.starts) and self.starts[i] < b:
            if self.kinds[i] in (BODY, BYLINE) or any(self.starts[i] <= p <= self.ends[i] for p in keep):
                s, e = max(a, self.starts[i]), min(b, self.ends[i])
                if s < e:
                    out.append(src[s:e])
            i += 1
        return _DROP.sub("", "".join(out))

    # -- articles ------------------------------------------------------------
    def _build_articles(self, mentions, default_zone_id):
        """Group lines into articles. An article's body ends at a byline or where the
        next one starts (科学导报讯 …). Header lines standing between two bodies with no
        byline between are shared out afterwards: a zone header goes to the body that
        names its zone; failing that, the first goes to the earlier body when that body
        has no zone of its own, the rest to the later one."""
        n = len(self.starts)
        by_line: dict[int, list] = {}
        for mn in mentions:
            if mn.passing:
                continue
            i = self.line_of(mn.start)
            if n and self.kinds[i] != CAPTION:
                by_line.setdefault(i, []).append(mn)
        # Pass 1: bodies ("cores") and the header/caption lines between them.
        art = [0] * n
        cur, has_body, last_body_closed = 0, False, True
        gaps: list[tuple[int, list[int]]] = []   # (core before the gap, lines in it)
        pending: list[int] = []
        core_zones: dict[int, set] = {}
        cur_zones: set = set()   # the zones the current article has named so far
        for i in range(n):
            k = self.kinds[i]
            if i and _POST_HEAD.match(self.text, self.starts[i], self.ends[i]):
                # ▍抖音 @郑州航空港区 ｜ 07/30 18:00 ｜ …: a post's head opens a post of its own
                for j in pending:
                    art[j] = cur
                pending = []
                if has_body or art[i - 1] == cur:  # (every line before is placed; the last, in the latest)
                    cur += 1
                has_body, last_body_closed = False, True
                cur_zones = {m.zone_id for m in by_line.get(i, ())}
                art[i] = cur
                continue
            if k == BYLINE:
                for j in pending:
                    art[j] = cur
                pending = []
                art[i] = cur
                cur, has_body = cur + 1, False
                continue
            if k in (HEADER, CAPTION):
                if has_body:
                    pending.append(i)
                else:
                    art[i] = cur
                    cur_zones.update(m.zone_id for m in by_line.get(i, ()))
                continue
            # A new article starts at 科学导报讯 …, or where a zone's name stands as a
            # header between a finished sentence and more text (no dateline needed).
            # (a table's caption that names only the zones this article already has —
            # 表1 2025年上半年金普新区主要经济指标 in that zone's own report — starts nothing;
            # nor does an item of a list)
            if has_body and (_START.match(self.text, self.starts[i], self.ends[i]) or (
                    last_body_closed and any(
                        j in by_line
                        and not _SYMBOL_BULLET.match(self.text, self.starts[j], self.ends[j])
                        and not self._box_item(j)
                        and ({m.zone_id for m in by_line[j]} - cur_zones
                             or not _TABLE_CAPTION.match(self.text, self.starts[j], self.ends[j]))
                        for j in pending))):
                gaps.append((cur, pending))
                cur += 1
                cur_zones = {m.zone_id for j in pending for m in by_line.get(j, ())}
            else:
                for j in pending:  # headers inside one body (a column layout): same article
                    art[j] = cur
                    cur_zones.update(m.zone_id for m in by_line.get(j, ()))
            pending = []
            art[i] = cur
            has_body = True
            last_body_closed = not self._open(i)
            core_zones.setdefault(cur, set()).update(m.zone_id for m in by_line.get(i, ()))
            cur_zones.update(m.zone_id for m in by_line.get(i, ()))
            if _TAIL_BYLINE.search(self.text, self.starts[i], self.ends[i]):
                cur, has_body = cur + 1, False
        for j in pending:
            art[j] = cur
        # Pass 2: share out each gap between the core before it and the one after.
        in_gap = {j for _, lines in gaps for j in lines}
        head_zones: dict[int, set] = {}
        for j, ms in by_line.items():
            if self.kinds[j] == HEADER and j not in in_gap:
                head_zones.setdefault(art[j], set()).update(m.zone_id for m in ms)
        for k, lines in gaps:
            own_before = core_zones.get(k, set()) | head_zones.get(k, set())
            after = core_zones.get(k + 1, set())
            side = k
            last_named = max((j for j in lines if j in by_line), default=-1)
            nxt = lines[-1] + 1 if lines else n
            next_dated = nxt < n and _START.match(self.text, self.starts[nxt], self.ends[nxt]) is not None
            for j in lines:
                zs = {m.zone_id for m in by_line.get(j, ())}
                if zs and j == last_named and not after and _PLAN_TITLE.search(self.text, self.starts[j], self.ends[j]) \
                        and not next_dated:  # (a story's headline after it, 科学导报讯 next: it trails)
                    side = k + 1  # …签发 ⏎ 平湖经济技术开发区…实施方案 ⏎ 为贯彻…: a document's title over its text
                elif _MD_HEADING.match(self.text, self.starts[j]) or zs and _NUMBERED_HEAD.match(
                        self.text, self.starts[j]) and self.ends[j] - self.starts[j] <= 30 and not next_dated:
                    side = k + 1  # ### （一）苏州工业园区, 二、繁峙经开区: a heading opens what follows, never trails
                elif zs and j == lines[-1] and nxt < n and self.starts[nxt] == self.ends[j] + 1 \
                        and j > 0 and self.starts[j] > self.ends[j - 1] + 1 and not zs & own_before:
                    side = k + 1  # — 2 — ⏎⏎ 繁峙经济技术开发区 ⏎ 2024年该区…: a zone's name set apart above the next
                    # body, right over its first line, heads it (a trailer follows the body it closes)
                elif zs:
                    if zs & own_before and not zs & after:
                        side = k
                    elif zs & after and not zs & own_before:
                        side = k + 1
                    elif side == k and own_before:
                        side = k + 1
                    elif side == k:
                        own_before = zs  # the earlier body had no zone: this is its trailer
                    else:
                        side = k + 1
                art[j] = side
                if zs and self.kinds[j] == HEADER:
                    head_zones.setdefault(side, set()).update(zs)
        self.line_article = art
        count = (art[-1] + 1) if n else 1
        weights: list[dict[str, float]] = [{} for _ in range(count)]
        for i, ms in by_line.items():
            w = 2.0 if self.kinds[i] == HEADER and not _SYMBOL_BULLET.match(
                self.text, self.starts[i], self.ends[i]) else 1.0  # (a list item counts once)
            for m in ms:
                if not m.provisional or m.zone_id:
                    d = weights[art[i]]
                    d[m.zone_id] = d.get(m.zone_id, 0.0) + w
        # A zone's type word standing alone (。试验区联合海关…, 试验区管委会负责人说) speaks of the one zone
        # of that type its article names: each counts as a mention of that zone, when the article does so
        # twice or more (not 。开发区坚持… once in a county's bulletin naming its zone and its park alike)
        names = {m.zone_id: m.name for ms in by_line.values() for m in ms}
        spans = sorted((m.start, m.end) for ms in by_line.values() for m in ms)
        said: dict[tuple[int, str], int] = {}
        for b in _BARE_KIND.finditer(self.text):
            k = bisect_right(spans, (b.start(1), len(self.text))) - 1
            if k >= 0 and spans[k][1] > b.start(1):
                continue  # (a named zone's own type word)
            a = art[self.line_of(b.start(1))]
            kinds = _KIND_NAMES.get(b[1], (b[1],))
            of_kind = [z for z in weights[a] if names.get(z, "").endswith(kinds)]
            if len(of_kind) == 1:
                said[a, of_kind[0]] = said.get((a, of_kind[0]), 0) + 1
        for (a, z), times in said.items():
            if times >= 2:
                weights[a][z] += times
        self.article_zone = []
        for d in weights:
            ranked = sorted(d.items(), key=lambda kv: -kv[1])
            total = sum(d.values())
            zone = default_zone_id
            if ranked:
                top = ranked[0][1]
                second = ranked[1][1] if len(ranked) > 1 else 0.0
                if top > second and (top >= 0.5 * total or top >= 2 * second):
                    zone = ranked[0][0]
            self.article_zone.append(zone)
        # The years each article names, for 今年; and a period its lead sentence opens with.
        self.article_years: list[list[int]] = [[] for _ in range(count)]
        self.target_years: list[list[int]] = [[] for _ in range(count)]  # 力争到2027年
        # 进入2025年，…今年上半年: a year the text says it is in decides 今年 over the year it names most;
        # so does a story's dateline (南通日报讯（记者 顾晓春）2025年3月15日，…), for its own story
        self.now_years: list[list[int]] = [[] for _ in range(count)]
        for m in _NOW_YEAR.finditer(self.text):
            self.now_years[art[self.line_of(m.start())]].append(int(m["y"]))
        self.dateline_year: dict[int, int] = {}
        for m in _DATELINE.finditer(self.text):
            self.dateline_year.setdefault(art[self.line_of(m.start())], int(m["y"]))
        for m in re.finditer(r"((?:19|20)\d\d)\s*年", self.text):
            if _BASE_YEAR.search(self.text, max(0, m.start() - 3), m.start()) \
                    or FOUNDED.match(self.text, m.end()):
                continue
            target = _TARGET_YEAR.search(self.text, max(0, m.start() - 4), m.start())
            (self.target_years if target else self.article_years)[art[self.line_of(m.start())]].append(
                int(m[1]))
        # Periods that headers state (2024年工作回顾, 上半年跑出"加速度", 关于2025年上半年…的
        #报告): the text under them inherits them. A masthead's date is no period.
        # numbered headings (一、 （一） 1.), for where a heading's period ends
        numbered = [(self.starts[i], self._numbering(self.starts[i])) for i in range(n)
                    if self.kinds[i] == HEADER]
        self.head_starts = [p for p, level in numbered if level]
        self.head_levels = [level for _, level in numbered if level]
        self.header_pos: list[int] = []
        self.header_periods: list = []
        self.doc_period = None
        self.doc_title_period = False  # the doc_period is the text's own title's (its first line)
        for i in range(n):
            if self.kinds[i] != HEADER or _MASTHEAD.search(self.text, self.starts[i], self.ends[i]):
                continue
            if i > 0 and self.kinds[i - 1] == HEADER and self.text[self.starts[i]] in "和及与暨":
                continue  # …关于2024年工作情况⏎和2025年工作计划的报告: one title on two lines
            if _SYMBOL_BULLET.match(self.text, self.starts[i], self.ends[i]) or (
                    self.bullet(i) and any(0 <= k < n and self.kinds[k] == HEADER and self.bullet(k)
                                           for k in (i - 1, i + 1))):
                continue  # · 设立：1991年5月…, a table of contents' 1. …第三季度…: items of a
                # list are no headings over what follows
            pm = PERIOD.search(self.text, self.starts[i], self.ends[i])
            if pm and _DATE_LINE.fullmatch(self.text, self.starts[i], self.ends[i]):
                continue  # 2026年1月 under a report's title: when it was signed, not what it covers
            if pm and not DATE_DAY.match(self.text, pm.end()) and not FOUNDED.match(self.text, pm.end()) \
                    and not FOUNDED_LABEL.search(self.text, max(self.starts[i], pm.start() - 8), pm.start()):
                self.header_pos.append(self.starts[i])
                self.header_periods.append(pm)
                if i < 4 and self.doc_period is None and _DOC_TITLE.search(
                        self.text, self.starts[i], self.ends[i]):
                    self.doc_period = pm  # 关于2025年上半年…工作情况的报告: the whole text
                    self.doc_title_period = i == 0 and not _NUMBERED_HEAD.match(self.text, self.starts[i])
        self.article_lead_period = [""] * count
        seen = set()
        for i in range(n):
            a = art[i]
            if self.kinds[i] != BODY or a in seen:
                continue
            seen.add(a)
            s = self.starts[i]
            st = _START.match(self.text, s, self.ends[i])
            lead = self.text[st.end() if st else s: self.ends[i]].lstrip(" \t*#")
            pm = PERIOD.match(lead)
            if pm and lead[pm.end():pm.end() + 3].lstrip(" 以来")[:1] in ("，", ",", "") :
                self.article_lead_period[a] = period_of(pm, self.year_of_article(a))

    def header_period(self, pos: int):
        """The PERIOD match of the nearest header before pos in pos's article, else
        the report title's (关于2025年上半年…的报告), or None."""
        i = bisect_right(self.header_pos, pos) - 1
        if i < 0 or self.article_of(self.header_pos[i]) != self.article_of(pos):
            return self.doc_period  # a report's title covers its sections
        # 一、…第三季度…调度会 ⏎ … ⏎ 二、…对接会: a heading's period ends at the next heading
        # numbered the same way (its sibling), not at a subsection under it
        level = self._numbering(self.header_pos[i])
        if level:
            k = bisect_right(self.head_starts, self.header_pos[i])
            while k < len(self.head_starts) and self.head_starts[k] < pos:
                if self.head_levels[k] == level:
                    return self.doc_period
                k += 1
        return self.header_periods[i]

    def _numbering(self, start: int) -> str:
        m = _NUMBERING.match(self.text, start)
        return m.lastgroup if m else ""

    def article_of(self, pos: int) -> int:
        return self.line_article[self.line_of(pos)] if self.starts else 0

    def year_of_article(self, a: int) -> int | None:
        """What 今年 means: the publication year if known, else the year the article
        names most (ties: the latest), else the year the whole page names most; a
        target's year (力争到2027年) only when no other year is named."""
        if self.year is not None:
            return self.year
        if a not in self._year_cache:
            if a < len(self.now_years) and self.now_years[a]:
                self._year_cache[a] = max(self.now_years[a])
                return self._year_cache[a]
            if a in self.dateline_year:
                self._year_cache[a] = self.dateline_year[a]
                return self._year_cache[a]
            if self.doc_title_period and (self.doc_period["year"] or self.doc_period["cnyear"]):
                # 宁波化工区2025年度安全生产工作报告 ⏎ 2026年1月: a report's 今年 is the year it reports on
                self._year_cache[a] = int(period_of(self.doc_period, None)[:4])
                return self._year_cache[a]
            if self.page_year is not None:
                self._year_cache[a] = self.page_year
                return self._year_cache[a]
            years = self.article_years[a] if a < len(self.article_years) else []
            targets = self.target_years[a] if a < len(self.target_years) else []
            self._year_cache[a] = usual_year(years) or usual_year(
                [y for ys in self.article_years for y in ys]) or usual_year(targets) or usual_year(
                [y for ys in self.target_years for y in ys])
        return self._year_cache[a]
