"""One text in, claims with spans out. Pure: no I/O.

Number-led: one compiled pattern finds every number that carries a unit
(60个工作日, 1.2亿元, 十余家, 2⏎⏎家, 百分之十五); everything else — the
counted noun, the indicator's cue words, qualifiers, before→after pairs, the
zone and the period — is read from a small window around each hit. Offsets
are always offsets into the original text, so `text[start:end] == evidence`.
"""
from __future__ import annotations

import math
from collections import Counter
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

import regex as re

from .grammar import (
    ARROW,
    _CODE_AFTER,
    _CODE_AROUND,
    _DATE_AFTER,
    _SPEAKER,
    MEASURED,
    _CELL_HAS_UNIT,
    NUMBER_TOKEN,
    PATTERN,
    POST_QUAL,
    PROVINCES,
    UNITS,
    _ALNUM_BEFORE,
    _ALWAYS_OPEN,
    _APPROX_IN_NUM,
    _BASE_BEFORE,
    _BA_NOW,
    _BA_VERB,
    _CLASS_NOUN,
    _CLAUSE_FWD,
    _CLAUSE_REV,
    _DATE_BEFORE,
    _DAY_LEFT,
    _DAY_RIGHT,
    _DROP_LEAD,
    _ELECTRIC,
    _FILLER,
    _FROM,
    _GROWTH_BEFORE,
    _JIA_NOUNS,
    _LIST_CLAUSE_REV,
    _LIST_FIRST,
    _LIST_MORE,
    _LIST_NUM,
    _LIST_SEP,
    _LIST_TAIL,
    _MONEY_CUE,
    _NOUN,
    _NOUN_UNIT,
    _NUMERAL_AFTER_VERB,
    _OPENER_REV,
    _PCT_VERB,
    _PER_UNIT,
    _PHRASE_STOP,
    _PLACE_SUBJECT,
    _PRE_CLASS,
    _PRE_QUAL_OF,
    _PRE_QUAL_RE,
    _RANGE_LOW,
    _RANGE_SEP,
    _SCOPE_OBJECT,
    _SCOPE_REV,
    _SENT_FWD,
    _SENT_REV,
    _SIZE_CLASS,
    _STOCK,
    _TOTAL,
)
from .indicators import PER_MU_MONEY, IndicatorIndex
from .layout import _START, BODY, CAPTION, HEADER, SPEAKER_LABEL, Layout
from .markup import Markup, is_html
from .model import Claim, Extraction, NumberMention
from .numbers import CN_DIGIT, FOLD, parse_number
from .periods import (AS_OF, DATE_DAY, FIRST_MONTHS_LEAD, FOUNDED, FOUNDED_LABEL, PERIOD, PRESENT, last_period,
                      period_of)
from .tables import TOTAL_ROW, Cell, table_cells
from .text import Document
from .zones import PARKS
from .zones import SUFFIX as _SUFFIX_ANY
from .zones import ZoneFinder

RULE_VERSION = "2"

class _Joined:
    """A match in "end of line + start of next line", seen at original offsets."""

    def __init__(self, m, a: int, cut: int, k: int):
        self.m, self.a, self.cut, self.k = m, a, cut, k

    def _pos(self, p: int) -> int:
        return self.a + p if p < self.cut else self.k + (p - self.cut)

    def span(self):
        return self._pos(self.m.start()), self._pos(self.m.end() - 1) + 1

    def end(self, group=0):
        return self._pos(self.m.end(group) - 1) + 1

    def __getitem__(self, group):
        return self.m[group]


@dataclass(slots=True)
class _Hit:
    start: int          # original offsets of the evidence
    end: int
    num_start: int
    num_end: int
    num: str
    value: float
    unit: str           # canonical unit code ("" for a bare 个)
    kind: str           # duration | pct | count | money | area | other
    qualifier: str
    unit_surface: str
    signed: bool = False  # +8.2% / −4.6%: a change, by its sign


class Extractor:
    """Holds the registry, indicators and compiled patterns; reuse it across texts."""

    def __init__(self, zones: ZoneFinder | None = None, indicators: IndicatorIndex | None = None):
        self.zones = zones or ZoneFinder()
        self.indicators = indicators or IndicatorIndex()

    def _cities(self, zone_id: str) -> tuple[str, ...]:
        """The city a zone lies in, as a text names it: 忻州市; 宁波市 for 宁波经济技术开发区."""
        z = self.zones.zone(zone_id)
        if z is None:
            return ()
        names = [z.city] if z.city.endswith("市") else []
        if z.provisional and len(z.place) >= 3 and z.place.endswith(("市", "县", "区")) \
                and not _SUFFIX_ANY.search(z.place):
            names.append(z.place)  # 长葛市产业集聚区 … 同期，长葛市规模以上工业增加值增长7.3%
        if len(z.place) >= 2 and not z.place.endswith(("市", "县", "区", "省")):
            names += [z.place + "市", z.place + "县"]  # 同期，霍邱县规上工业增加值增长8.9%
            if len(z.place) == 2:
                names.append(z.place + "区")  # 涪陵区实现… (a district; 郑州航空港区 is a zone's own name)
        return tuple(names)

    # -- public --------------------------------------------------------------
    def extract(self, text: str, doc: str = "", default_zone: str | None = None,
                body_start: int = 0, year: int | None = None) -> Extraction:
        if is_html(text):
            # A saved web page: read what a reader sees, then point every offset back into the page.
            page = Markup.of(text)
        else:
            # Markdown or plain text with a pasted HTML table: the table as a page's, the rest as written
            page = Markup.islands(text) if "<table" in text or "<TABLE" in text else None
            if page is None:
                return self._extract(text, doc, default_zone, body_start, year)
        out = self._extract(page.text, doc, default_zone, page.index(body_start), year)
        for c in out.claims:
            c.start, c.end = page.span(c.start, c.end)
            c.evidence = text[c.start:c.end]
            c.sentence_start = page.span(c.sentence_start, c.sentence_start)[0]
        for z in out.zones:
            z.start, z.end = page.span(z.start, z.end)
            z.surface = text[z.start:z.end]
        for n in out.numbers:
            n.start, n.end = page.span(n.start, n.end)
            n.surface = text[n.start:n.end]
        return out

    def _extract(self, text: str, doc: str, default_zone: str | None, body_start: int,
                 year: int | None) -> Extraction:
        out = Extraction()
        if not text:
            return out
        t = text if _FOLD_CHARS.isdisjoint(text) else text.translate(FOLD)
        if _OCR_LETTER_HINT.search(t):  # 1O.2%, 3l2.56亿元, 4 l56户: an OCR's O for 0 and l for 1
            t = _OCR_DIGITS.sub(_ocr_digits, t)
        if "**" in t:  # 工业总产值 **412.7**亿元: Markdown's bold between a number and its unit
            t = _BOLD_AFTER_NUMBER.sub("  ", t)
        default = self.zones.resolve(default_zone) if default_zone else None
        mentions = [m for m in self.zones.find(t, body_start)]
        if default is None and (owner := _site_owner(t, mentions) or _congress_owner(t, mentions)):
            default = self.zones.resolve(owner)
        layout = Layout(t, mentions, default.id if default else "", original=text, year=year)
        in_caption = [m for m in mentions if layout.kind_at(m.start) == CAPTION]
        mentions = [m for m in mentions if layout.kind_at(m.start) != CAPTION]
        out.zones = mentions
        m_starts = [m.start for m in mentions]
        ctx = _Context(self, t, text, doc, layout, mentions, m_starts, default)
        ctx.caption_mentions = in_caption
        ctx.city_scope = _city_scope(tuple(sorted({c for m in mentions for c in self._cities(m.zone_id)})), t)
        cells = list(table_cells(t))
        rows = {c.row_start for c in cells if not c.loose}
        table_read = [(cell, ctx.table_claim(cell)) for cell in cells]
        hits = []
        for m in PATTERN.finditer(t, body_start):
            hit = ctx.hit(m)
            if hit is not None:
                hits.append(hit)
        currency_first = list(_currency_first(t, body_start))
        if currency_first:  # 营收RMB 86.3 billion, 实际使用外资USD 320 million
            taken = [(h.num_start, h.end) for h in hits]
            hits += [h for h in currency_first if not any(a < h.end and h.num_start < b for a, b in taken)]
            hits.sort(key=lambda h: h.start)
        # A column break inside a number or unit ("2个工⏎⏎作日", "126.5⏎亿元"): read the
        # two sides of every break as one, and map what crosses it back.
        seen_nums = {h.num_start: i for i, h in enumerate(hits)}
        extra = False
        joined = []
        for end_i, start_k in layout.joins():
            if end_i < body_start:
                continue
            left = t[max(0, end_i - 16):end_i].rstrip()
            a = end_i - len(t[max(0, end_i - 16):end_i])
            right = t[start_k:start_k + 16]
            code = _CODE_AT_END.search(left)
            if code and (right[:1].isdigit() or _CODE_SEP.search(code[0])):
                continue  # 咨询电话：0851-88251234 ⏎ 12家企业…: a phone's or a code's digits end their line
                # (电话：022-23357190 ⏎⏎ 天津…: a phone is never a figure whose unit the next line holds)
            for m in PATTERN.finditer(left + right):
                if m.start() < len(left) < m.end():
                    hit = ctx.hit(_Joined(m, a, len(left), start_k))
                    if hit is None:
                        continue
                    joined.append(hit)
                    j = seen_nums.get(hit.num_start)
                    if j is None:
                        seen_nums[hit.num_start] = len(hits)
                        hits.append(hit)
                        extra = True
                    elif hit.end > hits[j].end:
                        hits[j] = hit  # 2个 + 工⏎⏎作日: the joined reading is the whole unit
        if extra:
            # 3⏎⏎5家 read as 35家: the fragment after the break is no number of its own
            hits = [h for h in hits if not any(j.num_start < h.num_start and h.end <= j.end
                                               for j in joined)]
            hits.sort(key=lambda h: h.start)
        if cells:  # numbers in a table's cells are read with their column (below)
            row_spans = sorted((r, t.find("\n", r) % (len(t) + 1)) for r in rows)
            # (and a figure a PDF's cell-per-line table put on a line of its own read with the next
            # line's word, 15.9 ⏎ 张家港…: no 15.9张)
            cell_end = {c.start: c.end for c in cells}
            # (and a cell a PDF's cell-per-line table put on a line of its own: read with its column
            # — 法定时限 ⏎ 20个工作日 ⏎ 承诺时限 ⏎ 3个工作日 — when its column gives a reading)
            tabled = {c.start for c, read in table_read if read} | {
                c.before[0] for c, read in table_read if read and c.before is not None}  # (and its 法定时限 cell)
            hits = [h for h in hits if not any(r <= h.num_start < e for r, e in row_spans) and h.num_start not in tabled
                    and not (h.num_start in cell_end and "\n" in t[cell_end[h.num_start]:h.end])]
        _share_list_unit(hits, t)
        seen, stated, stated_bare, restated = set(), set(), set(), []
        consumed = set()
        before_of: dict[int, int] = {}
        for i in range(1, len(hits)):
            if i in before_of:
                continue  # a later pair of two parallel lists, set below
            lists = ctx.parallel_lists(hits, i)
            if lists and not ({k for k, _ in lists} & (consumed | set(before_of.values()))):
                # 分别由7个工作日、10个工作日压缩至3个工作日、4个工作日: 7 -> 3, 10 -> 4
                for k, j in lists:
                    before_of[j] = k
                    consumed.add(k)
            elif i - 1 not in before_of and i - 1 not in before_of.values() and i - 1 not in consumed \
                    and hits[i].start - hits[i - 1].end <= 24 and (
                        hits[i - 1].kind == hits[i].kind == "duration" and _REVERSE_BEFORE.search(
                            t, hits[i - 1].end, hits[i].start)
                        or hits[i - 1].kind == hits[i].kind == "pct" and _REVERSE_BASE.fullmatch(
                            t, hits[i - 1].end, hits[i].start)):
                # 综合满意度为96.3%，较2023年的91.8%提升…: the base after the value, too
                # 最快1天即可完成，改革前则需要7个工作日: the after value first, then the before
                before_of[i - 1] = i
                consumed.add(i)
            elif i - 1 not in before_of and i - 1 not in before_of.values() and ctx.is_pair(
                    hits[i - 1], hits[i]) and not ctx.opens_pair(hits, i):
                before_of[i] = i - 1
                consumed.add(i - 1)
            elif i >= 2 and hits[i].kind == hits[i - 2].kind == "duration" != hits[i - 1].kind \
                    and i - 2 not in consumed and i - 2 not in before_of and ctx.is_pair(hits[i - 2], hits[i]):
                # 跑5个部门、花20多天，现在1个窗口、2天: a count between the two times
                before_of[i] = i - 2
                consumed.add(i - 2)
        for i in range(len(hits)):
            if i in consumed:
                continue
            for claim in ctx.claims(hits, i, consumed, before_of.get(i)):
                # The same claim stated twice: same zone, indicator, values, period and
                # the same words just before the number.
                key = (claim.zone_id, claim.indicator, round(claim.value, 6), claim.unit,
                       claim.value_before, claim.period, ctx.last_cue, ctx.last_lead)
                said = (claim.zone_id, claim.family, round(claim.value, 6), claim.unit,
                        claim.value_before)
                bare = (claim.zone_id, claim.indicator, round(claim.value, 6), claim.unit)
                if key in seen or (said in stated or claim.value_before is None and bare in stated_bare) \
                        and _RESTATING.search(claim.sentence, 0, claim.mark_start):
                    restated.append(claim)  # 刚才王主任提到，…86个: said again, not anew
                    continue
                seen.add(key)
                stated.add(said)
                stated_bare.add(bare)  # 刚才…介绍，…压缩到15个工作日: restated without its before
                out.claims.append(claim)
        # A table that restates the text's figures (地区生产总值 | 亿元 | 1486.3 beside
        # 实现地区生产总值1486.3亿元) adds only what the text does not say.
        prose = {(c.zone_id, c.family, c.indicator, round(c.value, 6), c.unit) for c in out.claims}
        for cell, read in table_read:
            for claim in read:
                if (claim.zone_id, claim.family, claim.indicator, round(claim.value, 6), claim.unit) in prose:
                    restated.append(claim)
                else:
                    out.claims.append(claim)
        for claim in out.claims:
            if claim.indicator in PER_MU_MONEY and claim.family == "money" and claim.value <= 1e8 \
                    and _PER_MU_CLAUSE.search(t, _clause_start(t, claim.start, rev=_CLAUSE_NO_COLON_REV), claim.start):
                # 亩均税收38.2万元 is yuan a mu: no amount of money, never summed or ranked with one (but
                # 亩均税收排名前十的企业…共缴纳税金3.6亿元 is an amount: its clause names no mu, or its size)
                claim.family, claim.unit = "other", f"{claim.unit}_per_mu"
                if claim.unit_before:
                    claim.unit_before = f"{claim.unit_before}_per_mu"
        out.claims.sort(key=lambda c: c.start)
        out.claims = _once_a_line(out.claims, layout, restated)
        out.claims, dropped = _drop_restated(out.claims, layout)
        covered = sorted((c.start, c.end) for c in out.claims)
        cstarts = [a for a, _ in covered]
        again = sorted((c.start, c.end) for c in restated + dropped)
        astarts = [a for a, _ in again]
        for m in NUMBER_TOKEN.finditer(t, body_start):
            i = bisect_right(cstarts, m.start()) - 1
            claimed = i >= 0 and covered[i][0] <= m.start() and m.end() <= covered[i][1]
            reason = ""
            if not claimed:
                k = bisect_right(astarts, m.start()) - 1
                reason = "restated" if k >= 0 and again[k][0] <= m.start() and m.end() <= again[k][1] \
                    else _not_a_claim(t, m.start(), m.end())
            out.numbers.append(NumberMention(m.start(), m.end(), text[m.start():m.end()], claimed,
                                             reason))
        return out


# 原来办理一个项目的竣工联合验收需要耗时20个工作日; 以前…要跑5个部门、花20多天: a
# word of the past anywhere earlier in the before value's sentence (由/从 must stand
# next to it)
_PLACE_ROW = re.compile(r"(?m)^[ \t\u3000|]*\p{Han}{1,6}(?:县|市|(?<![园新])区|镇|乡|旗)[ \t\u3000|]")  # (not 北工业园区, a park)
_TRAVEL_AFTER = re.compile(r"(?:的)?(?:路程|车程|航程|路(?![径线子])|步行|驾车|高铁|飞行|通勤|交通圈|生活圈|经济圈)")
_WORD_AROUND = re.compile(r"[一二两三四五六七八九]元(?![钱的整左以起每一人次个])\p{Han}")
_TAG_LINE = re.compile(r"[ \t\u3000]*(?:[【\[［][^】\]］\n]{2,40}[】\]］]"
                       # 应询人：宁东能源化工基地管委会副主任　王立新 — a transcript's speaker, on a line of its own
                       # …or 发布人（南宁经开区管委会副主任　李晓琳）： with nothing after the colon
                       r"|" + SPEAKER_LABEL.pattern + r"(?(who)[^\n，,。？?！!；;]{0,60}?|[^\n，,。？?！!；;]{2,60}?))[ \t\u3000]*")
_SPEAKER_LINE = re.compile(r"(?m)^" + _TAG_LINE.pattern + "$")
#: a government work report's own title line (政府工作报告, 2025年平遥县政府工作报告), no sentence
_GOV_TITLE = re.compile(r"(?m)^[ \t\u3000#*]*(?:[^\n，。；：:]{0,16})?政[ \t\u3000]*府[ \t\u3000]*工[ \t\u3000]*作"
                        r"[ \t\u3000]*报[ \t\u3000]*告[ \t\u3000*]*$")  # (政 府 工 作 报 告: a title set spaced out)
#: a city's or county's statistics bureau opening its own release
_STATS_BUREAU = re.compile(r"\s*\p{Han}{2,8}[省市县旗州盟]统计局[ \t\u3000]*"
                           r"(?:[ \t\u3000]\p{Han}{1,6}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*号[ \t\u3000]*)?(?:\n|$)")
# (not 苏州工业园区统计局; its release's number may stand on the line: 沭阳县统计局    沭统月〔2025〕10号)
#: a city's or county's statistical communiqué by its title (南宁市 2024 年国民经济和社会发展统计公报)
_STATS_COMMUNIQUE = re.compile(r"(?m)^[ \t\u3000#*]*\p{Han}{1,8}[省市县旗州盟][ \t\u3000]*\d{4}[ \t\u3000]*年[ \t\u3000]*"
                               r"国民经济和社会发展统计公报")
#: a zone's bare type word, the park a report's sentence speaks of (园区全年签约项目32个)
_BARE_PARK = re.compile(r"园区|开发区|经开区|高新区|该区|示范区|新区")
_POST_SCOPE = re.compile(r"全国|全省|全市|全区|全县|商务部|统计局|海关总署|国务院|(?:" + PROVINCES + r")省?(?!\p{Han}{0,4}(?:开发区|经开区|高新区|园区|新区))"
                         r"|\p{Han}{2,3}(?<![上超城门夜股集都])市(?![场级委政民值内])")  # (德阳市整体情况; not 上市, 办事更省)
#: a story's dateline (科学导报讯, 本报讯, 新华社…电) opening a line: the layout's, where a page's next story starts
_STORY_START = re.compile(r"(?m)^\u3000*" + _START.pattern)
#: a speaker's turn: a label and a colon opening a line (周建伟:, 主持人：, 观众来电（王先生）:)
_TURN = re.compile(r"(?m)^[ \t\u3000]*(?P<name>[^\n:：，。；！？、]{2,14}?)[ \t]*[:：]")
#: a programme's guest line (嘉宾:周建伟　连云港经济技术开发区党工委委员), and the lines indented under it
_GUEST_HEAD = re.compile(r"(?m)^[ \t\u3000>*]*(?:访谈|受访|做客)?嘉宾[ \t*]*[:：][ \t\u3000*]*")
#: one guest: a name then an office, or an office then a name (绵阳高新区党工委委员、管委会副主任 蒋文彬)
_GUEST_ENTRY = re.compile(r"(?P<name>\p{Han}{2,3})[ \t\u3000]{1,}(?P<office>[^\n;；|｜]{4,60}?)"
                          r"|(?P<office>[^\n:：;；|｜]{4,60}?(?:委员|主任|书记|局长|处长|部长|总经理|负责人|董事长|院长|所长|长))"
                          r"[ \t\u3000]+(?P<name>\p{Han}{2,3})")


def _guest_lines(head: str):
    """A programme's guests: (name, office start, office end) of each, from the line opening with
    嘉宾 (several guests cut by ；) and the lines indented right under it."""
    out = []
    for m in _GUEST_HEAD.finditer(head):
        line_end = head.find("\n", m.end())
        spans = [(m.end(), len(head) if line_end < 0 else line_end)]
        while line_end >= 0 and head[line_end + 1:line_end + 2] in (" ", "\t", "\u3000") and head[line_end + 1:].strip():
            a = line_end + 1
            line_end = head.find("\n", a)
            spans.append((a, len(head) if line_end < 0 else line_end))
        for a, b in spans:
            for part in re.finditer(r"[^;；|｜]+", head[a:b]):
                pa, pb = a + part.start(), a + part.end()
                while pa < pb and head[pa] in " \t\u3000>*":
                    pa += 1
                while pb > pa and head[pb - 1] in " \t\u3000*":
                    pb -= 1
                g = _GUEST_ENTRY.fullmatch(head, pa, pb)
                if g is not None:
                    out.append((g["name"], g.start("office"), g.end("office")))
    return out
#: a press conference's list of speakers (发布人：⏎ 浙江省商务厅副厅长 王建锋 ⏎ …开发区管委会副主任 刘 敏): each
#: line an office, then a name (its characters sometimes spaced), up to a blank line or the host's
_RELEASE_LIST = re.compile(r"(?m)^[ \t\u3000]*\**(?:发布人|出席人|发言人)\**[ \t]*(?:[:：]\**|(?<=\*))[ \t\u3000]*\n(?:[ \t\u3000]*\n)?")
_RELEASE_LINE = re.compile(r"[ \t\u3000]*(?:[-*•·][ \t]+)?(?P<office>[^\n:：]{4,60}?)[ \t\u3000]+(?P<name>\p{Han}(?:[ \u3000]?\p{Han}){1,3})[ \t\u3000]*")
#: a speaker's turn as a tag on a line of its own (【主持人 沈立明】, 【浙江日报记者】, 【刘 敏】)
_TAG_TURN = re.compile(r"(?m)^[ \t\u3000]*【(?P<name>[^】\n]{2,24})】[ \t\u3000]*$")
#: a turn that speaks for no zone of its own: the host's or a reporter's
_NO_ONES_TURN = re.compile(r"主持人|记者")
_SECONDS_AFTER = re.compile(r"[ \t]*\d{1,2}[ \t]*秒")
#: days of a kind counted (优良天数, 污染天数, 降水天数), and a bare change of the count said before (not
#: 平均审理天数 or 回收天数: the time a case or a payment takes)
_DAY_COUNT = re.compile(r"(?:优良|良好|污染|达标|超标|降水|降雨|晴|雨|雾霾|沙尘|高温|无霜|停产|开工|生产|运行)天数")
#: a growth rate named as a topic ahead of its figure (增速呢，百分之七点几; 增幅嘛，大概12%)
_RATE_TOPIC = re.compile(r"(?:增速|增幅|增长率|涨幅)(?:呢|啊|嘛|吧|的话)?[，,、\s]*$")
_FILLERS = re.compile(r"[\s呢啊嘛吧是为有大概差不多约在]*")
_TO_A_PART_OF = re.compile(r"(?:缩短|压缩|压减|缩减|减少|降低|下降|减|降)了?(?:至|到|为)(?:原来|以前|过去|改革前|之前|此前)的?\s*$")
_MINUTES_BEFORE = re.compile(r"\d[ \t]*分[ \t]*$")
_SECONDS_TAKEN = re.compile(r"用时|耗时|只需|仅需|只要|仅要|最快|缩短|压缩|压减|减少|减至|降至|提速|办结|通关|审批|响应|等待|排队|查验|放行|秒批|秒办")
#: an office of a zone's own (高新区管委会副主任): its speaker speaks for the text's zone, named or not
_ZONE_OFFICE = re.compile(r"[ \t\u3000]*(?:开发区|高新区|经开区|园区|新区|综保区|保税区|示范区|管委会|工委)")  # (its opening
# word: not 江苏省商务厅开发区处, a province's office)
#: a turn's tag that only says an answer comes (答, 答（…副主任）)
_ANSWER_TAG = re.compile(r"\p{Han}{0,4}答(?:[（(][^（）()]*[)）])?")
#: what _guest_zone gives for a known speaker whose office names no zone (a province's official)
_NOBODY = object()


def _release_speakers(head: str):
    """(name with no spaces, office span) of a press conference's listed speakers."""
    m = _RELEASE_LIST.search(head)
    if m is None:
        return []
    out, pos = [], m.end()
    while pos < len(head):
        end = head.find("\n", pos)
        end = len(head) if end < 0 else end
        line = _RELEASE_LINE.fullmatch(head, pos, end)
        if line is None or "主持人" in head[pos:pos + 8]:
            break
        out.append((re.sub(r"[ \u3000]", "", line["name"]), line.span("office")))
        pos = end + 1
    return out


#: a transcript's question (重庆日报记者问：, 记者：, 问：) and answer (刘晓东答：, 答：), each opening its line
_QUESTION = re.compile(r"(?m)^[ \t\u3000>*#]*(?:[^\n：:，。*]{0,20}记者(?:提?问)?|提?问)[ \t*]*[：:]")
#: …and an answer with its speaker's office in brackets (**答**（洋浦经济开发区管委会副主任 符国斌）：)
_ANSWER = re.compile(r"(?m)^[ \t\u3000>*#]*(?:\p{Han}{2,4}[ \t]*)?答[ \t*]*(?:[（(][^（）()\n]{2,40}[)）])?[ \t*]*[：:]")
_LANDS_IN = re.compile(r"(?:落户|落地|入驻|选址|坐落|建在|布局)(?:于|在|到)?$")
_NOW_NEXT_TAIL = re.compile(r"[^。；;！？]*$")
_SPAN_PAST = re.compile(r"过去[一二两三四五六七八九十\d]+\s*(?:年|个月)")  # 过去五年: a span of time
_WHOLE_OR_AVERAGE = re.compile(r"全省|全市|全国|平均")
_FROM_NEAR = re.compile(r"(?:由|从)[^\d，,。；;]{0,6}$")  # 由过去的8小时: the before value of a pair
_FROM_EARLIER = re.compile(r"原以为|原本|原需|原来|原先|以往|过去|此前|以前")
_OPENS_PAST = re.compile(r"\s*(?:答[：:]\s*)?(?:[^，,。；;]{0,6}[。，,]\s*)?(?:原以为|原本|原来|原先|以往|过去|此前|以前)[，,]?")
_AND_ABOVE = re.compile(r"[及或]以[上下]")  # 500万元及以上项目: a size class
#: 500万元及以上的固定资产投资项目: a size class too (but 总投资超过300亿元的…投资项目56个 is their sum)
_INVEST_CLASS = re.compile(r"\s*的?(?:固定资产)?投资项目")
_CLASS_CLOSE = re.compile(r"\s*[）)]")
#: a verb of money right before a figure said without 元: 省了三十多万, 光设备就投了两百万
_SPOKEN_MONEY = re.compile(r"(?:(?:投资?|投入|花|(?<![全本外该我])省|节省|省下|赚|挣|赔|亏|贷|借|补贴?|奖励?|罚|交|缴|拿出|砸|拿|领|收到|获得)了"
                           r"|投入|拿出|贷款|借款)(?:大概|差不多|将近|近|约)?\s*$")
#: a measure word after a figure said without 元 makes it a count (投了3万尾鱼苗, 3000万枝)
_MEASURE_AFTER = re.compile(r"(?!块钱)[尾枝株棵头只粒台件箱盒袋斤瓶双套张条根片人户名次份亩吨个家项辆方笔册本部]|工日|人次")
#: a time said as what it took: 要一个多月, 得花一年多, 拖了一个多月
_SPOKEN_NEED = re.compile(r"(?<![还再仍尚])(?:要|得|花|耗|等|拖|跑)了?$")  # (还要一个多月: time left)
#: a time, then its work done: 一周就办完了, 一天即可办结, 一个月便拿到
_DONE_AFTER = re.compile(r"\s*(?:就|便|即|即可|就能|就可以|内)?\s*(?:能|可)?(?:办完|办结|办好|办成|拿到|领到|批下来|过关|通关|放行)")
#: a label and its colon just before a count (孵化器和众创空间：34家)
_LABEL_HEAD = re.compile(r"(\p{Han}{2,16})[：:]\s*$")
_ABBREVIATION = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2,}$")  # FDI, GDP, R&D's D is no code
_SUM_COLUMN = re.compile(r"\s*(?:合\s*计|总\s*计|小\s*计)")
_PARTS_CAPTION = re.compile(r"分片区|分园区|各片区|各园区|分区域|分园|各分区")
_TABLE_ROW_LINE = re.compile(r"(?m)^\s*\||\t|\S {2,}\S")
#: a table's numbered caption on the line right above it (表1　…, 附表2：…, 表 3-1 …)
_CAPTION_LINE = re.compile(r"[ \t]*(?:附?表|图表)\s*[\d一二三四五六七八九十]+(?:[-—.]\d+)?[\s：:　.、]*[^|\t\n]{2,58}$")
#: a table's label standing alone on its line, over its title (附表, 附件)
_BARE_ATTACHMENT = re.compile(r"[ \t\u3000]*(?:附表|附件|表格|表)[ \t\u3000]*(?:[\d０-９]{1,2}|[一二三四五六七八九十]{1,2})?[ \t\u3000]*")  # (表1 alone)
#: a table's unnumbered title right above it (…重点产业运行情况, …主要经济指标)
_TITLE_CAPTION = re.compile(r"[ \t\u3000]*[^。，,；;：:|\t\n]{4,40}(?:情况|指标|统计|一览表?|汇总表?|明细表?|数据|前[十二三五\d]+[位名]|排[名行]榜?)"
                            r"[ \t\u3000]*")
_AMONG = re.compile(r"(?:范围内)?(?:最?重要|最大|最早|领先|知名|著名|闻名|首个|首家|唯一|一流|前列)")
_FIRM_PROJECTS = re.compile(r"\s*(?:\p{Han}{0,8}?)企业的?(?:(?!解决|争取|办理|参加|申报|对接|协调|推介|落实)\p{Han}){0,6}?项目")  # 23个企业投资项目
_RANKED_IN = re.compile(r"(?:入选|位居|位列|跻身|居|列|排名|进入|获评|评为|荣获|(?<![特别尤其但正就还也即或不于凡总要可像])是|成为)$")
# (是全省首批…之一; not 特别是全市开发区…, 但是全省…)
_CLASS_AFTER = re.compile(r"\s*(?:及|或)?以[上下]")  # (5亿元以上项目: a size class, no figure of its own)
_MISWRITTEN = re.compile(r"(?:误写为|误写成|误为|误作|错写为|错为|误印为|误刊为|误报为)\s*$")
_CORRECTED = re.compile(r"(?:应为|应是|更正为|改正为|应改为)\s*$")
#: what stands between a noun and its count: 总数保持在, 数量达到, 总数分别达到
_COUNT_BRIDGE = re.compile(r"\s*(?:总数|总量|数量)(?:分别)?(?:保持在|稳定在|达到|增至|增加到|增加至|突破|超过|达|为|有)?\s*")
#: a size class between a count and its noun: 个5000万元以上项目, 家亿元以上的企业, 个10亿元级项目
_SIZE_LEAD = re.compile(r"\s*(?:(?:计划)?(?:总|单体|单个)?投资(?:额|规模)?)?\s*"
                        r"(?:\d[\d.,]*|[零一二两三四五六七八九十百千]+)?\s*(?:千万|百万|十万|万|亿)?(?:美元|元)"
                        r"(?:[及或]?以[上下]|级)的?(?:重大|重点|产业|工业|制造业|在建|新建|续建|新开工|签约|招商)?")
_PUBLISHED_BEFORE = re.compile(r"(?:发布时间|发布日期|发表时间|发稿时间|日期|时间)[：:\s]*$")
_RESTATING = re.compile(r"(?:刚才|刚刚|前面|上文|此前|之前)[^，。]{0,8}(?:提到|说到|讲到|介绍|所说|提及)|如前所述")
_REVERSE_BEFORE = re.compile(r"[，,；;]\s*(?:(?:而|但|在)?(?:改革前|以前|过去|原来|原先|此前|以往)"
                             r"[^，,。；;]{0,6}?(?:需要|需|要|得|用|耗时|花)"
                             # 仅用时26天，较改革前平均98天: the before value said after, with 较
                             r"|(?:较|比|相比)(?:改革前|以前|过去|原来|原先|此前|以往)的?(?:平均|的)?)\s*$")
# 对年营收超1亿元、研发投入强度达到3%以上的企业，按…给予补助: the figures are a
# condition of the policy, not what a zone achieved
_COND_OPEN = re.compile(r"(?r)(?:^|[，,。；;：:\n])[ \t]*对[^，,。；;：:\n]*$")
_COND_CLOSE = re.compile(r"[^，,。；;\n]{0,20}?的(?:[^，,。；;\n]{0,10}?(?:企业|项目|工程|单位|主体|平台|机构|人才|团队))?"
                         r"(?:[^，,。；;\n]{0,4}[，,]|(?=\s*(?:一次性)?(?:给予|奖励|补助|补贴|资助)[^，,。；;\n\d]{0,8}?"
                         r"[\d一二三四五六七八九十两]))")  # (…的企业奖励50万元, 给予每家20万元奖励; not …给予要素保障)
#: 23家企业年营收首次突破1亿元: a class the firms crossed, said after their count
_FIRST_CROSS = re.compile(r"(?:(?<!实现)(?:年营收|年营业收入|年销售收入|年主营业务收入|年产值|年纳税额?)"
                          r"|(?:\d+|[一二两三四五六七八九十]+)家(?:\p{Han}{0,6}?企业)?的?年?"
                          r"(?:营业收入|营收|产值|销售收入|主营业务收入|纳税额?)?)"
                          r"首次(?:突破|超过|迈上|跨越|达到)$")
_COUNT_BEFORE = re.compile(r"\d+\s*家|[一二两三四五六七八九十]+家")
_COND_THEN = re.compile(r"[^。；;\n]{0,30}?(?:给予|奖励|补助|补贴|资助|支持|按照|按)")
_REVERSE_BASE = re.compile(r"\s*[，,]\s*(?:较|比|相比)(?:上年|去年|上年同期|去年同期|(?:19|20)\d\d\s*年)?的\s*")
# 优于全国平均的28.6个工作日, 全国平均水平（用水3.5个工作日…）: the figure is the
# average's own (but 较全省平均水平快55.4% is the zone's)
_AVERAGE_OF = re.compile(r"平均(?:水平|值|数)?(?:[的为是：:（(\s]*"
                         r"|[的为是：:\s]*[（(](?:[^，,；;。！？（）()快慢高低多少]{1,16}?、)+)"  # （进口约33小时、出口…）
                         r"[^\d，,；;。！？快慢高低多少优劣提降增减]{0,4}(?:约|近|超过?)?")
# 落户园区：咸宁高新区 — the line of a record that says where it lands
_ZONE_SLOT = re.compile(r"(?:落户|所在|落地|入驻|承载|建设)(?:园区|开发区|地点|区域|地)?[：:]\s*$"
                        r"|^[ \t\u3000·•\-]*(?:园区|开发区|地点|区域)[：:]\s*$")
_ABBREVIATION_SHUT = re.compile(r"[（(][A-Za-z&\s]{1,12}$")  # （GDP）: an abbreviation in brackets


def _same_kind(t: str, a: int, s: int) -> bool:
    """Whether the zones 全国 counts (全国230家国家级经开区…, at a the end of 全国) are of the kind a later
    clause's bare type word names (…，开发区利用外资占全国比重达21%: those zones together, not the text's);
    not 园区, which names the text's own park (…，园区营业收入首次突破千亿元)."""
    whole = _ZONES_OF_WHOLE.match(t, a)
    clause = _ZONE_CLAUSE.search(t, a, s)
    if whole is None or clause is None:
        return False
    word = _KIND_WORD_END.search(clause[0])
    stop = t.find("。", s)
    if _RANK_CUE.search(t, clause.start(), stop if stop >= 0 else len(t)):
        return False  # (…，经开区实际使用外资增长25%，增速居全省第一: one zone, ranked)

    def family(w: str) -> str:
        return "开发区" if w.endswith(("开发区", "经开区")) else w[-3:]
    return word is not None and word[0] != "园区" and family(word[0]) == family(whole[0])


def _own_zone_clause(t: str, a: int, b: int) -> bool:
    """Whether the claim's own clause, or the clause before it, is opened by 我区/本区 acting
    (我区推行…，平均用时仅0.5个工作日; not 我区企业贡献突出，同比增长15%, the whole's growth)."""
    k = max(t.rfind(c, a, b) for c in "，,；;")
    if k < 0:
        return False
    if _OWN_ZONE_CLAUSE.match(t, k, b):
        return True
    k2 = max(t.rfind(c, a, k) for c in "，,；;")
    return k2 >= 0 and _OWN_ZONE_CLAUSE.match(t, k2, k) is not None


def _shut_after(t: str, a: int, b: int) -> bool:
    """Whether a bracket the text at a stands in closes before b: more closing than opening
    brackets between (（全省为45个工作日（不含技术审查时间））, 但 not an aside of its own after
    the whole: （社会投资项目）, nor （GDP）)."""
    depth = 0
    for k in range(a, b):
        c = t[k]
        if c in "（(":
            depth += 1
        elif c in "）)":
            if depth:
                depth -= 1
            elif not _ABBREVIATION_SHUT.search(t, max(0, k - 14), k):
                return True
    return False
_COMPANY_AFTER = re.compile(r"[^，,。；;、：:（）()\s]{0,16}?(?:有限公司|有限责任公司|公司|集团)")
_OF_CHANGE = re.compile(r"的(?:高速|较快|快速|稳定|稳步|平稳|强劲|两位数)?(?:增长|增速|涨幅|增幅)")
_BOLD_AFTER_NUMBER = re.compile(r"(?<=\d)\*\*(?=[ \t]*[\p{Han}%％])")
#: what may stand before a zone's name that opens a heading: marks and its number (### （二）, 三、, 2.)
_RUN_AS_ONE = re.compile(r"一套班子|合署办公|两块牌子|[区政]{2}合一|合一管理|[三四五]区合一|区政一体")
_ARROW_RE = re.compile(ARROW)
#: an arrow between a figure before and after, with at most a word of now (60个工作日→20个工作日, 90天 ➡️ 现在最短3天)
_ARROW_ONLY = re.compile(r"[\s\ufe0f]*(?:" + ARROW + r")[\s\ufe0f]*(?:现在|如今|目前|现|改革后)?[\s：:]*"
                         r"(?:[≤<＜]|最短|最快|仅需?|只需|只要|(?:压缩|压减|缩短|缩减|精简|减少|降低|合并|减|降)了?(?:至|到|为|成))?[\s]*")
_CUT_BEFORE_ARROW = re.compile(r"(?:减少|压缩|压减|缩短|缩减|降低|节约|节省|精简)\s*$")  # 压缩↓60%: a cut
# (after a cost's or a time's noun, 能耗↓5.2%, the arrow stays a sign: −5.2 keeps the figure's direction where
# no sign would read it as growth of +5.2)
_DISTRICT_OFFICE = re.compile(r"\p{Han}{0,4}?(?:局|委|办|政府|法院|检察院|中心|大队|支队|分局|所)")
_CODE_SEP = re.compile(r"[-—－]")
_CONGRESS_GAP = re.compile(r"(?:第[一二三四五六七八九十]+届)?")
_BAND_BEFORE = re.compile(r"(?:上下)?浮动(?:幅度)?(?:超过|不超过|在|达到?)?[ \t]*[±+\-]?$")
_TERM_BEFORE = re.compile(r"(?:有效期|质保期|缺陷责任期|保修期)[为是：:]?[ \t]*(?:不少于|不低于|不超过|为|自开标之日起|)[ \t]*$")
_HAN_ONLY = re.compile(r"\p{Han}+")
#: an item of a numbered run in a report's paragraph (。二是…, ；三是…, 。第二，…, 。其次，…)
_ITEM_MARK = re.compile(r"(?<=^|[。；;！？!?\n])[ \t\u3000]*(?:[一二三四五六七八九十]是|第[二三四五六七八九十][，,、]|其[次三四][，,])")
_CODE_DASHES = ("-", "—", "－")
_CODE_AT_END = re.compile(r"(?:\d{3,4}(?:[-—－]\d{3,4})?[-—－]\d{3,8}|\d{7,})$")  # a phone number, a long code
_HEAD_LEAD = re.compile(r"[ \t\u3000#*>【\[［]*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]"
                        r"|\d{1,2}[.．、]|\d\ufe0f?\u20e3|\U0001F51F)?[ \t\u3000*]*(?:" + PROVINCES + r")?")
# (### （三）上海金桥经济技术开发区; 1️⃣ 长沙高新区, a post's item numbered with a keycap)
_HEAD_PLACE = re.compile(r"[ \t\u3000#*]*(\p{Han}{2,4})[：:]")  # 滁州：… — a section's place
_LIST_GAP = re.compile(r"\s*(?:、|和|及|与|，)\s*")
#: a city named between 比/较 and its whole (比深圳全市5.2%的增速高): the whole is a base
_BASE_CITY_BEFORE = re.compile(r"(?:占|比|较|高于|低于|快于)(?!如|方|较|起|例|说)(?!\p{Han}{0,1}(?:今年|去年|同期|上年))\p{Han}{2,3}$")
_FULL_STOP_REV = re.compile(r"(?r)[。！？!?\n]")
#: a colon that opens a list of clauses cut by semicolons (主要指标持续改善：A；B；C)
_LIST_COLON = re.compile(r"[：:][^；;。]+[；;]")
#: what a zone does to the firms it counts (其中X经开区新增1200家); not 等, 、 or 仅有 (X经开区等5家)
_ZONES_COUNTED_GAP = re.compile(r"\s*(?:等|共|合计|总计|、)")  # 宜宾临港经开区等5家: zones counted
#: a sentence that opens with what was done, no subject of its own (实际到位…, 新开工…)
_SUBJECTLESS = re.compile(r"\s*(?:(?:全年|今年|当年|同期|上半年|前三季度|[一二三四]季度)[，,]?\s*)?"
                          r"(?:实际|新签约|新开工|新增|新引进|完成|实现|合同|累计|到位|引进|签约|开工|投产|同比"
                          r"|规模以上|规上|地区生产总值|固定资产投资|一般公共预算|外贸|进出口|工业增加值|社会消费品|税收|财政)")  # (an indicator, no subject)
#: a sentence whose subject is a whole (1—10月，全县…; 全市…)
_WHOLE_WORD = r"(?:全县|全市|全省|全区各|我市|我县|我省)(?!上下|\p{Han}{0,2}(?:开发区|经开区|高新区|园区))"
_WHOLE_OPENS = re.compile(r"\s*(?:[^，,。；;]{0,12}[，,]\s*)?" + _WHOLE_WORD)  # (not 全县上下…, 我县开发区…)
_DIGIT_ANY = re.compile(r"\d")
#: an entry of a table of contents: dot leaders, then a page number
_CONTENTS_LINE = re.compile(r"(?:…{2,}|\.{4,}|·{4,})[ \t]*\d{1,3}[ \t]*$")
#: a heading that names a whole (全省开发区主要指标, 全市经济运行情况): its section is that whole's
_HEAD_WHOLE = re.compile(r"[ \t\u3000#*■●▲◆]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)])?"
                         r"[ \t\u3000]*(?:\d{4}年|前三季度|上半年|今年)?(?:全省|全市|全国|全县|我省|我市|我县)")
#: a table's first header when its rows are zones (开发区, 合作区, 园区名称)
_ZONE_HEAD = re.compile(r"(?:开发区|经开区|高新区|合作区|综保区|新区|示范区|试验区)(?:名称)?")  # (not 园区, 片区:
# a zone's own parks and areas, 本部 ⏎ 金洲, are the zone's; nor 临沂经开区 in the corner, the table's zone)
_INTRODUCES_TABLE = re.compile(r"(?:如|见)下表|如下|见表|详见|列表如")
_ZONE_COUNTED = re.compile(r"\p{Han}{0,6}?(?:开发区|经开区|高新区|园区|新区|综保区)")  # (全省15个省级以上开发区: what is compared)
_OWN_FIGURE = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:[%％]|[万亿]|个|家|户|项|宗|元|天|小时|个工作日|公顷|亩)"
                         r"|[一二两三四五六七八九十百千]+\s*(?:[万亿]|宗|公顷|亩)|百分之")  # (not 三个开发区: a count of what is compared)
#: a header's zone kind and the names a zone of that kind ends with
_KIND_ENDS = {"开发区": (), "经开区": ("经济技术开发区", "经济开发区"), "高新区": ("高新技术产业开发区", "高新区"),
              "合作区": ("合作区",), "综保区": ("综合保税区",), "新区": ("新区",), "示范区": ("示范区",), "试验区": ("试验区",)}
_CITIES_OF_PROVINCE_RANK = ("北京", "天津", "上海", "重庆")
#: a table's column of where things came from (转出地, 迁出地, 来源地)
_ORIGIN_HEAD = re.compile(r"转出地|迁出地|来源地|原所在地|原驻地|转出单位|迁出单位")
_CITY_KINDS = ("科学城", "科技城")  # (a town's science quarter, no development zone's kind)
_BARE_PLACE = re.compile(r"\p{Han}{2,4}(?<![园区城港镇乡村谷])")  # (瑞丽, 畹町; not 本部园区, 松江高科技园)
#: what a heading says of the zone it names (三、沭阳经济技术开发区主要指标): its section is that zone's
_HEAD_ABOUT = re.compile(r"(?:20\d\d年)?(?:主要(?:经济)?指标|(?:经济)?运行情况|基本情况|发展情况|建设情况|主要数据)"
                         r"|[（(]\p{Han}{2,6}[）)]")  # (1️⃣ 长沙高新区（麓谷）: the zone's nickname)
#: the kinds of zone a sentence about all of a kind names (高新区, 经开区, 综合保税区 …)
_KIND_OF_ZONE = (r"(?:高新区|高新技术产业开发区|经开区|经济技术开发区|开发区|综合保税区|综保区|自贸试验区|"
                 r"自由贸易试验区|新区|边境经济合作区)")
#: the zones of a kind of the whole country or a province as a sentence's subject (今年上半年，178家国家
#: 高新区实现…, 国家高新区以占全国约2.5%的建设用地…, 全国经开区…): not 作为全县唯一一家国家级经开区 (what a zone
#: is), 园区与3家国家级经开区签订… (its partners), 国家级经开区综合考评中位列… (an evaluation it is ranked in)
_ALL_ZONES_LEAD = re.compile(r"\s*(?:[^，,。；;\n]{0,60}[，,]\s*){0,2}(?:[\d,]+家|[二三四五六七八九十百千两]+家)?(?:全国|全省|各地)?"
                             r"(?:国家级|国家|省级)?" + _KIND_OF_ZONE
                             + r"(?<=(?:家|全国|全省|各地|国家级|国家|省级)\p{Han}{2,9})"
                             r"(?!\p{Han}{0,4}(?:考评|考核|评价|排名|排序|评估|榜单|名单))")
#: a figure following another in a list (62家、45家; 186亿元和152亿元)
_FIGURE_NEXT = re.compile(r"\s*(?:、|和|及|与)\s*\d")
#: 各 before a figure said of each of a list (各有5家, 各新增项目12个, 各为3.2亿元)
_EACH_BEFORE = re.compile(r"各(?![部单级类地界项种个家方族]|有关|相关|成员)(?:自)?[^，,。；;：:\d\n]{0,8}$")  # (not 各部门, 各类, 各地…)
_TEXT_END = re.compile(r"\Z")
_QUOTE_OPEN = re.compile(r"[ \t\u3000]*[“\"「『]")
#: a time alone in its quotes, cut from or to (由原来的“2个月”缩至“10天”): the two sides of a cut
_QUOTED_CUT_BEFORE = re.compile(r"(?:由(?:原来|过去|以前|此前|改革前)?的?|从(?:原来|过去|以前|此前|改革前)的?"
                                r"|(?:缩|压|减|降)\p{Han}?(?:至|到|为))$")  # (not 从“3个月”到“20天”: a range, or a slogan's)
_QUOTED_CUT_AFTER = re.compile(r"(?:缩|压|减|降|精简)")
#: a quoted promise that ends with the time and its deed (“一日办结”, “3天拿证”)…
_QUOTED_DEADLINE = re.compile(r"(?:办结|办完|办妥|办好|拿证|领证|出证|开工|完成)[”」』\"]")
#: …unless its clause makes it another's, not met or a plan (尚未实现, 不少地方, 国务院…要求, 与…相比,
#: 学习…, 力争实现 …; not 按照省委部署全面实行“一日办结”, 外地客商点赞…“一日办结”)
_OTHERS_PROMISE = re.compile(r"尚未|未能|还未|没有|不少地方|各地|别的地方|要求|规定|相比|相较|学习|借鉴|对标|对照|参照|依照"
                             r"|国务院|国家|省政府|省里|力争|争取")
_HALF_GOES_ON = frozenset("个小年月天日工周数价")  # 半 after a time's unit that opens a word of its own
_TIMES = {c: k for k, c in enumerate("一二三四五六七八九", start=1)} | {"两": 2}  # 增长两倍: 200%
_AS_OF_BEFORE = re.compile(r"(?:截至|截止|截止到)\s*$")
#: a table cell's qualifier after its figure (7500以上, 30以内, 120左右)
_CELL_QUALIFIER_TAIL = re.compile(r"(?<=[\d０-９])\s*(?:以上|以内|以下|左右|余|多)$")
#: a sentence whose subject is the writer's own zone or a zone's word (我区…, 今年，园区…)
_SHORT_LEAD = r"\s*(?:[^，,。；;]{0,8}[，,]\s*)?"  # (今年，…: a short lead before a sentence's subject)
_OWN_SUBJECT = re.compile(_SHORT_LEAD + r"(?:我区|本区|该区|我园|园区|区内|全区)")
_SELF_SUBJECT = re.compile(_SHORT_LEAD + r"(?:我区|本区|我市|我县|我园)")
_VERSUS_WHOLE = re.compile(r"(?:高于|低于|快于|慢于|领先|超出|占)(?P<whole>全省|全市|全县|全区|全国)")
#: spoken: the whole after a short lead and a pause (前三季度 全省…), a figure in words (百分之六点三, 四万一千二百亿元)
_WHOLE_SAID = re.compile(r"\s*(?:[^，,。；;\s]{0,12}(?:[，,]\s*|[ \u3000]+))?" + _WHOLE_WORD)
_FIGURE_SAID = re.compile(r"\d|百分之|[一二三四五六七八九十两][零一二三四五六七八九十百千万亿点]*(?:亿|万|个|家|项|户|人|元|成)")
#: a share of the whole said right after it (以全市约6.5%的土地面积, 全市超过三分之一的产值): a denominator
_SHARE_OF_WHOLE = re.compile(r"\s*(?:约|近|超过|不到|逾|的)?\s*(?:[\d.]+\s*[%％]|[一二三四五六七八九十两]+分之[一二三四五六七八九十]+|[一二三四五六七八九]成)的"
                             r"(?!增速|增长|增幅|速度|水平|平均)")  # (not 比深圳全市5.2%的增速: the whole's own rate)
_SHARE_LEAD = re.compile(r"(?:以|占|贡献了?|创造了?|集聚了?|吸纳了?|提供了?|实现了?)\s*$")  # (not 全市95%的事项…)
#: …的全国首批台商投资区之一: a member of the whole, named in its own clause
_ONE_OF = re.compile(r"[^，,。；;！？\n]{0,24}(?<!分)之一")  # (not 占全市的五分之一)
#: a page's reading time or a film's length before a duration
_READING_TIME = re.compile(r"(?:阅读|视频|片长|播放|节目|宣传片|直播|通话|活动|会议)(?:时间|时长)?(?:达|为)?[：:]?\s*(?:约|需|大约)?\s*$")  # (not 办理时长1个工作日)
#: a programme's line of broadcast details, up to its length (播出:2025年9月6日 周六 20:10|时长:48分钟)
_BROADCAST_LENGTH = re.compile(r"[ \t\u3000>*]*(?:首播|播出|重播|播出时间)[^\n]*时长[：:]\s*(?:约)?\s*")
_ITEM_AT = re.compile(r"(?:位于|建设地点[：:]?|选址于?|坐落于?)\s*$")
#: an item's zone said last: （落地大同经济技术开发区）
_ITEM_ZONE_TAIL = re.compile(r"[ \t\u3000]*[）)]?[ \t\u3000]*[。.]?[ \t\u3000]*(?:\n|$)")
#: a sum of several zones (两区合计…, 三区实际使用外资合计…)
_SUM_OF_ZONES = re.compile(r"(?:^|(?<=[，,。；;\n]))\s*(?:其中|而)?[两三四五六七八九十]\s*(?:区|地|园|个园区|个开发区|大园区)"
                           r"[^，,。；;]{0,12}?(?:合计|共计|总计|加起来)")  # (not 由三园合计的24.3平方公里, a base)
#: a streak, not a procedure's time (连续三个月位居第一, 连续奋战120天)
_STREAK = re.compile(r"连续(?:奋战|作战|攻坚|鏖战|施工|作业|加班)?\s*$")
#: a time of day's hours before the number (19:06)
_YEAR_SAID = re.compile(r"((?:19|20)\d\d)\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")  # (not a date: 2025年1月12日)
_SECONDS_BEFORE = re.compile(r"(?<!\d)\d{1,2}:\d\d:$")
_MILLIS = re.compile(r"\d\d[,.]\d{3}")  # (a timecode's seconds and milliseconds, not 14:35：18个项目)
#: a share market's figures: an index's move (上证指数 3766.21 +1.04%), a stock's (收涨20.01%) — no zone's
#: (but a market value may be: 区内上市企业总市值约3800亿元)
_MARKET_BEFORE = re.compile(r"(?:(?:指数|成指|板指|综指)[ \t]*\d[\d,.]*[ \t]*[+＋\-－−]"
                            r"|收涨|收跌|大涨|大跌|涨停|跌停)[ \t]*$")
#: a currency named before an amount in 元 (新台币346.2亿元; the text is folded: 新臺幣 reads 新台币)
_CURRENCY_BEFORE = re.compile(r"(?<!(?:人民币|美元|港币|港元|欧元|日元|台币|澳门元)[、和及与或/])"
                              r"(?P<c>新台币|台币|港币|澳门币|澳门元)[ \t*]*(?:约|逾|超|近)?[ \t*]*$")  # (not 人民币、港币120亿元)
# (新台币**1.8亿元**: Markdown's bold between the currency and its amount)
_CURRENCY_CODE = {"新台币": "twd", "台币": "twd", "港币": "hkd", "澳门币": "mop", "澳门元": "mop"}
_CLOCK_BEFORE = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])[:：]$")  # (not 2022：85亿元, a year's figure)
#: places whose names open with a numeral and a unit's character (七台河, 五家渠, 九台, 三台县, 五台山, 万家寨,
#: 三家店, 八步区): no count of machines or firms
_NUMERAL_PLACE = re.compile(r"七台河|五家渠|九台(?:区|市)|三台县|五台(?:县|山)|万家寨|三家店|十家子|八步区|二道(?:区|江)")
#: a unit that names its currency first (金额单位：新台币亿元, 港币万元): read as 亿新台币, 万港币
_CURRENCY_FIRST_UNIT = re.compile(r"^(新台币|台币|港币|澳门币|卢布|韩元|泰铢|越南盾|坚戈|美元|欧元|日元|英镑)(千万|百万|亿|万|千)元$")
#: a bracketed conversion of the amount just said
_CONVERTED_BEFORE = re.compile(r"(?P<cur>美元|港元|港币|澳门元|澳门币|欧元|日元|英镑|卢布|韩元|新台币|泰铢|越南盾|坚戈|新加坡元|林吉特"
                               r"|人民币|元)\s*(?:[（(]\s*(?:约合|折合|合|约)|[，,]\s*(?:约合|折合))\s*(?:人民币)?\s*约?\s*$")
# (86.4亿卢布，折合人民币约7.5亿元: unbracketed after a comma, as 约合 or 折合 says it)
# (US$4.12 billion（约合295亿元）: the only figure the rules read, kept)
#: what is open round the clock (24小时值班, 24小时在线服务)
_ROUND_THE_CLOCK = re.compile(r"\s*(?:全天候|不间断|不打烊)?(?:应急|政务|在线)?(?:值班|值守|服务|热线|在线|营业|开放|监控|运行|巡查|受理|咨询)")
_HAS_BEFORE = re.compile(r"(?:仅有|只有|共有|还有|有)$")
_OUTSIDERS_OF = re.compile(r"的(?:企业|客商|投资者|投资商|资金|项目)")  # (山西省的开发区 is the province's own)
_SYMBOL_LEAD = re.compile(r"^[^\w\p{Han}（(“\"+\-−－＋]+")
_FIGURE_LINE = re.compile(r"[ \t\u3000]*[\d０-９][\d.,０-９]*[ \t]*(?:[%％]|\p{Han}{1,3})?[ \t\u3000]*")
#: what a label line under a figure holds no: a figure of its own, a sentence's stop
_LABEL_NOT_BELOW = re.compile(r"[\d０-９。；;！？!?]")
#: a place's party committee, government or congress after its name (县委县政府, 市政府)
_ORGAN_AFTER = re.compile(r"委|政府|人大|政协|领导|党")
#: a period that spans months of one year (1—9月, 前三季度, 上半年, 一季度): a 累计 after it counts within it
_MONTHS_SPAN = re.compile(r"\d{1,2}\s*[—–\-~～至到]\s*\d{1,2}\s*月|前[一二三四五六七八九十两\d]{1,2}(?:个)?(?:季度|月)|[上下]半年|[一二三四]季度")
#: an event's totals (本次活动共签约项目32个) and a title that makes the event a city's
_EVENT_TOTAL = re.compile(r"(?:本次|此次|这次)(?:活动|签约|集中签约|推介会|洽谈会|大会|招商会)")
_CITY_EVENT = re.compile(r"[#\s]*\p{Han}{2,3}(?<![上城超都股门夜集开])市[^\n]{0,30}(?:签约|推介|洽谈|招商|大会|活动)")
#: a part of a whole said before its count (其中83家, 有35家)
_PART_BEFORE = re.compile(r"(?:其中|有|内)\s*$")
#: a zone's type said alone for the zone a text is about (新区新签约项目58个; 示范区实现…)
_TYPE_ENDS = {"新区": ("新区",), "示范区": ("示范区",), "起步区": ("起步区",), "高新区": ("高新技术产业开发区", "高新区"),
              "经开区": ("经济技术开发区", "经开区"), "综保区": ("综合保税区", "综保区"), "片区": ("片区",)}
#: the long forms a deictic phrase may use (我市经济开发区), and what they are named as
_TYPE_OF = {"高新技术产业开发区": "高新区", "经济技术开发区": "经开区", "综合保税区": "综保区"}
_TYPE_ENDS["开发区"] = ("开发区", "经开区", "高新区")
_TYPE_ENDS["经济开发区"] = ("经济开发区", "经济技术开发区", "经开区")
for _w in ("工业园区", "产业园区", "产业集聚区", "工业集中区"):
    _TYPE_ENDS[_w] = (_w,)
#: 我市高新区, 该县工业园区: a zone said by its city and type, not by its name
_DEICTIC_ZONE = re.compile(r"(?:我|该|本)(?:市|县|区|州|旗|盟|镇)(?:的)?(?P<w>" + "|".join(
    sorted(set(_TYPE_ENDS) | set(_TYPE_OF), key=len, reverse=True)) + ")")
_BARE_TYPE = re.compile(r"(?<![\p{Han}（(])(?P<w>新区|示范区|高新区|经开区|综保区|片区|起步区)")  # (a bare 开发区 is any zone)
#: a zone's bare word for itself, and the kinds of a zone's parks (城北产业园, 乐治工业园; not a bare 园区, nor a
#: chemical park, a zone of its own)
_BARE_DEV_ZONE = re.compile(r"(?<![\p{Han}（(])(?:开发区|经开区|高新区)(?![\p{Han}]{0,2}(?:管委会|管理委员会))")
_PARK_KINDS = tuple(sorted(PARKS - {"园区", "化工园区"}))
_ONE_ZONE_TYPES = frozenset(("高新区", "经开区", "综保区", "起步区", "示范区", "新区"))  # (新区 unless a part named 新区
# stands between: 成都高新区…布局建设东部新区。今年，新区新引进…)
#: what a bare type word qualifies when it is no clause's subject (…示范区政策在区内全面落地: 中关村's
#: policies, in 北京经开区 that is part of it)
_TYPE_QUALIFIES = re.compile(r"的?(?:政策|建设|改革|试点|经验|模式|品牌|平台|机制|框架|范围|规划|战略|理念|精神|各项|先行)")  # (not 示范区有关负责人: its own speaker)
#: the figure's clause says it stands in the zone the text is about (…政策在区内全面落地，今年区内企业…)
_IN_OUR_ZONE = re.compile(r"在(?:区内|园区内|本区|我区)")  # (not 辖区内, 厂区内 …)
#: a share of wholes listed (约占全国的25%、全球的12%): each whole a denominator
_SHARE_OF_LIST = re.compile(r"占[^，,。；;]*$")
_PART_NAMED_XINQU = re.compile(r"(?:[东西南北中]部|城[东西南北]|江[南北]|河[东西])新区")  # (a zone's or a town's part)
_NOT_ONE_BEFORE = re.compile(r"(?:各|全|多|个|等|省|市|县|级|类|批|家|余|[省市国境]内)\s*$")
#: a verb of place between a count and a noun: the noun is where the counted things are
_LOCATIVE = re.compile(r"(?:集聚|聚集|分布|落户|入驻|进驻|坐落|落地|设|建)(?:在|于|到)|位于")
#: …or a verb of arriving right before a zone's word (12家入驻园区; but 12家入驻企业 counts firms)
_ARRIVING = re.compile(r"(?:入驻|落户|进驻|落地)(?:到|在|于)?\p{Han}{0,8}$")
#: after a bare 百/千/万 and its measure word: a place's name goes on (小百户镇, 千家村) …
_PLACE_AFTER = re.compile(r"[镇村乡屯寨庄街巷桥坊](?=[的、，,。\s（(]|人|党委|政府|$)")  # (not 百亩村级, 千亩庄园)
#: … or a saying does (千家万户, 百家争鸣)
_IDIOM_AFTER = re.compile(r"[万千百][家户企]|争鸣|齐放")
# a label line holds no clause and ends in no figure (⏩ 其中10亿元以上项目 is one)
_LABEL_NOT = re.compile(r"[，,。；;：:！？!?]|[\d%％][^\d]{0,3}$")
_EXCHANGE = re.compile(r"汇率|折算按|按\s*1\s*美元|美元\s*(?:约合|兑|=|＝)\s*$")
_CLOSED_ASIDE = re.compile(r"[）)]")
_FULL_MARKS = re.compile(r"满分|分值|权重|计分")
_TIME_LEFT = re.compile(r"(?:还有|还剩|仅剩|只剩|剩下)$")
_CALENDAR_YEAR = re.compile(r"(?:19|20)\d\d")
_FIRST_MONTHS = re.compile(f"(?:{FIRST_MONTHS_LEAD})前$")  # 前8个月 as a period (periods.py)
_EXAMPLE_BEFORE = re.compile(r"(?:比如|例如|譬如|诸如|像是)$")
_DECLINE = re.compile(r"(?:下降|回落|减少|降低|下滑|萎缩)[了]?$")
# 万元工业产值用水量下降12%, 单位GDP能耗降低3%: an intensity or a cost that fell is a cut
_INTENSITY_CUT = re.compile(r"(?:(?:单位|吨|每)(?:产量|产品|工业增加值)\p{Han}{0,3}?(?:用工|耗\p{Han}?|用水|用电|用气|取水|排放)量?|能耗|水耗|电耗|煤耗|单耗|物耗|损耗|用水量|耗水量?|用能|排放量?|排放强度|强度|成本|(?<!研发)费用|(?:检查|抽查|核查|巡查|执法)(?:总)?(?:频次|次数))"
                            r"(?:同比|比上年|较上年)?(?:下降|降低|减少)了?$"
                            # 碳排放强度较2023年下降40%: an energy's or an emission's cut against a base year
                            # (not 投资强度较2023年下降10%, an aggregate that fell)
                            r"|(?:能耗|水耗|电耗|煤耗|单耗|用能|用水量|排放量?|排放强度|碳强度)"
                            r"(?:[较比](?:19|20)\d\d年(?:底|末)?|较基准年|较基期)(?:下降|降低|减少)了?$")
# 单位工业增加值能耗1.86吨标准煤/万元，同比下降6.3%: the clause before names what was cut
_INTENSITY_CLAUSE = re.compile(r"(?:能耗|单耗|能耗总量|用水量|耗水量?|用能|排放量|排放总量|排放强度|成本|(?<!研发)费用)(?:为|达|是|约|共)?$")
# 分行业看，纺织业下降5.6%: a sector that shrank
_SECTOR_FELL = re.compile(r"\p{Han}业(?:增加值|产值)?(?:同比)?(?:下降|回落|下滑|萎缩)了?$")
# 通关时间缩短至6小时，较上年减少40%: a time that fell, said in the clause before, is cut
_TIME_FELL_BEFORE = re.compile(r"(?:时间|时长|用时|时限|周期|耗时)[^，,。；;]{0,12}(?:缩短|压缩|压减|减少|降低|降|减)"
                               r"[^，,。；;]{0,14}[，,]\s*$")
#: what a bare change is measured against (同比, 比上年同期 …), opening its clause
_AGAINST = r"[\s，,]*(?:同比|环比|比上年|较上年|比去年|较去年|比上年同期|较上年同期)?"
_BARE_YOY_DECLINE = re.compile(_AGAINST + r"(?:下降|减少|缩短|降低|压缩)了?")
_BARE_CHANGE = re.compile(_AGAINST + r"(?:增加|减少)了?\s*")  # (优良天数132天，比上年同期增加11天: see _DAY_COUNT)
# 产值1536.9亿元，下降2.1%: a bare decline in a clause of its own speaks of the one before
_DECLINE_WORDS = frozenset(w + t for w in ("下降", "回落", "减少", "降低", "下滑", "萎缩") for t in ("", "了"))
# 比上年下降3.2%, 同比下降1.8%: a change on a year before, not a cut
_YOY = re.compile(r"(?:同比|环比|比上年|较上年|比去年|较去年|比上年同期|较上年同期|比去年同期|较去年同期)"
                  r"(?:下降|回落|减少|降低|下滑|萎缩)[了]?$")
_SECTION_MARK = re.compile(r"[【#■▲●◆]|[一二三四五六七八九十]+、")  # 【开放合作】, 一、: a block's title
# A price (9.6万元/亩, 0.3875元/千瓦时, 12元/平方米·月): the amount per one of these.
_PRICE_UNITS = {"亩": "mu", "千瓦时": "kwh", "度": "kwh", "平方米·月": "m2_month", "平方米/月": "m2_month",
                "㎡·月": "m2_month", "亩·年": "mu_year", "亩/年": "mu_year", "平方米·年": "m2_year",
                "㎡·年": "m2_year", "平方米": "m2", "㎡": "m2", "立方米": "m3", "吨": "tonne",
                "年": "year", "月": "month", "天": "day", "人次": "person_time", "人": "person",
                "标准箱": "teu", "标箱": "teu", "名": "person", "公斤": "kg", "千克": "kg", "千瓦": "kw", "瓦": "w", "瓦时": "wh", "股": "share", "日": "day"}
#: a price of a thing, said before its figure (发行价为每股12.80元 aside, 定价：每月12.00元, 全年定价：288.00元,
#: 售价35元): a price per something, no amount of money
_PRICE_BEFORE = re.compile(r"(?:定价|售价|单价|票价|零售价|标价)[：:\s]*(?:为|是)?\s*(?:每[月年期份本张])?\s*$")
#: a wage, said before its figure in its clause (平均月薪在1.2万元至1.8万元, 年薪30万元以上): a price of a
#: month's or a year's work, no amount of money
_WAGE_BEFORE = re.compile(r"(?:(?P<month>月薪|月工资|月均工资|月平均工资|平均月工资)|(?P<year>(?<![全本当今去上])年薪(?!酬)))"
                          r"(?!总额|总量)(?:(?!总额|总量|合计)[^，,。；;！？\n]){0,12}$")  # (not 本年收入合计, 月工资总额, 全年薪酬总额)
_PER_PRICE = re.compile("(" + "|".join(sorted(map(re.escape, _PRICE_UNITS), key=len, reverse=True)) + ")")
_AVERAGE_AFTER = re.compile(r"的?平均(?:水平|值|数)")
#: (每吨补贴30元, 每标准箱奖励1500元, 每吨给予运费补贴50元: a subsidy per unit is a rate too;
#: not 每吨奖补累计超过3亿元, a sum)
_GRANT_GAP = r"(?:(?!累计|共计|合计|总计|总额|共|后|节省|节约|部分|达到|达)\p{Han}){0,4}?"
_PER_WHAT = r"每(平方米|㎡|吨|千瓦时|度|立方米|亩|标准箱|标箱|人|名|公斤|千克|千瓦|瓦时|瓦|股)(?:每(月|年|天|日))?"  # (每人每月1000元: per head)
_GRANT = (r"(?P<grant>(?:(?:补贴|奖励|补助|奖补|给予)" + _GRANT_GAP
          + r"|(?:加价|降价|下调|上调|降低|优惠|减免)))")  # (每千瓦时加价0.1元: the change, said right before)
_PER_BEFORE = re.compile(_PER_WHAT + r"(?:" + _GRANT + r"(?:不超过|不高于|最高|最多)?)?$")
#: …and a few words before the grant (每人一次性就业补贴5000元, 每千克标准煤补贴0.5元, 每人每月发放生活补贴1000元)
_PER_BEFORE_WORDS = re.compile(_PER_WHAT + r"(?:(?:(?!累计|共计|合计|总计|总额|共|节省|节约|达到|达)[^\d，,。；;！？\n]){1,8}?"
                               r"(?:补贴|奖励|补助|奖补|资助|发放|给予)(?:不超过|不高于|最高|最多)?"
                               r"|(?:不超过|不高于|最高|最多))\s*$")  # (每人最高2000元的补贴)
#: …and the after value of such a rate (由每千瓦时0.38元降至0.33元: 0.33 is per kWh too), and
#: the high end of a range (每吨补贴5元至10元)
_PER_BEFORE_PAIR = re.compile(_PER_WHAT + _GRANT + r"?\s*[\d.]+\s*万?元\s*"
                              r"(?:降至|降到|下降至|下降到|降低至|降低到|减至|压降至|调至|下调至|下调到|调低至|调整为|降为"
                              r"|至|到|[-—～~]|、)$")  # (分别给予每人10万元、3万元: the list's next)
#: a time cut just said before 提速X% (由12个工作日压减至3个工作日，提速75%)…
_TIME_CUT_BEFORE = re.compile(r"(?:个工作日|工作日|天|小时|分钟|个月)(?:以内|之内|内)?[，,、*\s]*$")
#: …or the procedure whose time it speeds up named in its own clause (审批提速75%)
_PROCEDURE_TISU = re.compile(r"(?:审批|办理|办件|办结|验收|登记|开办|通关|审查|许可|放款|兑现)(?:时间|时限|用时|效率)?"
                             r"(?:平均|整体|总体|综合)?提速$")  # (行业准入办理时间平均提速80%)
#: …its clause up to a colon's label (亩均税收：27.0, as a table's row is read)
_CLAUSE_NO_COLON_REV = re.compile(r"(?r)[，,。；;\n]")
#: a figure's own clause that speaks of a mu of land (亩均税收达到38.2万元, 投资强度每亩420万元)
_PER_MU_CLAUSE = re.compile(r"亩均|每亩|亩产|投资强度|/亩|／亩")
_PER_MU_MEASURE = re.compile(r"投资|亩均|强度|产出|产值|营收|税收|地均|亩产")  # 投资强度每亩180万元: per mu
_LEAD_OPENER = re.compile(r"^[到至在于截止，,\s]+")
_SENTENCE_STOP_REV = re.compile(r"(?r)[。！？!?；;]")
_AGENT_GAP = re.compile(r"(?<!分别|均|共|合计|总计|约|达|增至|减至|分别达)为|[向给帮助对与同跟]")  # (项目分别为28个: a copula)
# 前者/后者 opening a clause: the earlier or the later of two things just named
_FORMER_LATTER = re.compile(r"(?r)(?:^|(?<=[，,。；;：:\s]))(?:对此|同时|其中|而)?[，,]?(?P<w>前者|后者)")
_NOW_NEXT = re.compile(r"[^。；;！？]*[。；;！？][”’」\"]?\s*(?:现在|如今|而今|眼下|改革后)[^。；;！？]*")
_FIRST_N = re.compile(r"(?:与|和|同|跟|比|较|排名|排|位列|位居|进入|跻身|列|居)前$")
_OF_GROUP = re.compile(r"之(?:首|冠|末|一|中|间|外)")
_RESPECTIVELY = re.compile(r"(?r)分别")
#: the two zones named before, taken together: 两区, 两园, 二者, 两个园区, 两家高新区
_BOTH_ZONES = re.compile(r"(?<![南北东西新老上下内外前后])(?:两|二|2)(?:区|(?:个|家|所)?(?:园区|开发区|高新区|经开区|示范区|新区|产业园))")
#: between two zones named as a pair: 与, 和, 、 (after a bracketed short name)
#: a from-to of its own starting between two figures, after a clause break
_NEW_FROM = re.compile(r"[，,；;]\s*(?:再|又|并)?[由从](?!于|此|而|今|根本|市级|省级|县级|区级)")
_PAIR_GAP = re.compile(r"\s*(?:[（(]?[^（）()]{0,24}[）)])?\s*[与和及、]\s*")  # (…）与: a name in brackets ends
_WORD_LIST = re.compile(r"\p{Han}、\p{Han}")  # 企业开办、工程建设项目审批 (not 2860亿元、1750亿元; 在建和新建项目 is one)
_NOT_CAPTION = re.compile(r"[。，,；;]|较|比|相比")
_SPAN_ON = re.compile(r"\s*[—\-–~至到]")
_CELL_EDGE = frozenset("| \t\u3000\n,")  # a table cell that holds a zone's name and nothing else (a CSV's too)
#: a road after a zone's name in a cell (合肥经济技术开发区紫云路与宿松路交口…): where in the zone the row lies
_LOCATION_AFTER = re.compile(r"\p{Han}{1,8}?(?:路|大道|街|大街)(?:与|和|以|[东西南北])")
_ZONE_CLAUSE = re.compile(r"[，,；;]\s*(?:而|但|同时|其中)?[，,]?\s*(?:今年|全年|去年|上半年)?\s*(?:我们|咱们)?(?:的)?"
                          r"(?:开发区|高新区|经开区|园区|综保区|新区|边合区|合作区|集聚区|集中区|示范区|片区)")
#: a clause the zone opens as 我区/本区, after any whole (全国平均…，全省…，我区为2天)
_OWN_ZONE_CLAUSE = re.compile(r"[，,；;]\s*(?:而|但)?\s*(?:我区|本区)(?!的?企业|的?项目)")
_ITEM_SEP = re.compile(r"[、和及]")
_CLAUSE_STOP = re.compile(r"[，,。；;！？!?\n]")
_PAIR_BETWEEN = re.compile(r"\p{Han}[、和与及]\p{Han}|[”」\"]\s*[“「\"]")  # (186.2亿元、143.5亿元 is no pair of words)
_FOLD_CHARS = frozenset(map(chr, FOLD))
_OCR_LETTER_HINT = re.compile(r"\d[ ]?[OolI]|(?<![A-Za-z])[OolI][ ]?[\d.]")
#: a figure an OCR wrote with letters among its digits: a run of digits, O/o/l/I, points and single spaces,
#: no letter beside it, then a unit, a percent sign or a date's 年 (2O24年, 1 O . 6 %, 2 2 4 O亿元, l96家)
_OCR_DIGITS = re.compile(r"(?<![A-Za-z\d])[\dOolI](?:[ ]?[\dOolI]|[ ]?[.．][ ]?(?=[\dOolI]))+(?![A-Za-z])"
                         r"(?=[ ]?(?:[%％]|[十百千万亿]|[美港]?元|个|家|户|项|件|人|名|亩|吨|年|月|日|天|小时|倍))")
_OCR_TO_DIGIT = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})


def _ocr_digits(m) -> str:
    """The run as digits when it holds a digit and no more letters than digits (not O2O)."""
    run = m[0]
    letters = sum(run.count(c) for c in "OolI")
    digits = sum(c.isdigit() for c in run)
    return run.translate(_OCR_TO_DIGIT) if letters and digits >= letters else run


class _Context:
    """Per-text state: layout, zone mentions, and the reading of each hit."""

    def __init__(self, ex, t, original, doc, layout, mentions, m_starts, default):
        self.ex, self.t, self.original, self.doc = ex, t, original, doc
        self.layout, self.mentions, self.m_starts, self.default = layout, mentions, m_starts, default
        self.last_cue = ""
        self.last_lead = ""
        self._bounds: dict[int, tuple[int, int]] = {}
        self._sentences: dict[tuple[int, int], str] = {}
        self._last_noun: tuple[int, str, str] = (-1, "", "")
        self.caption_mentions = []
        self.city_scope = None  # the cities of the text's zones (_city_scope)
        self._as_one: dict[str, bool] = {}  # districts the text runs as one with a zone (_run_as_one)
        self._zone_mentions: dict[tuple, list] = {}  # a zone's mentions in an article
        self._article_starts: dict[int, int] = {}  # an article's first character
        self._captions: dict[int, tuple[int, int] | None] = {}  # a table row's caption (_caption)
        self._tags = None  # speakers' tag lines (_speaker_tag_before), found once
        self._answers = None  # a transcript's answers (刘晓东答：) and the questions before them
        self._post = None     # the zone of a single text about one zone (_post_zone)
        self._guests = None   # a programme's guests and their zones, and its speakers' turns (_guest_zone)
        self._turn_at = 0     # where the last turn _guest_zone found starts
        self._turns = []
        self._authority = None  # whether the text speaks for a county or city (_speaks_for_authority)
        self._labels: dict[int, str] = {}  # a figure alone on its line -> the label line under it
        self._tag_ends: list[int] = []
        self._openers()

    # -- windows ---------------------------------------------------------------
    def para_bounds(self, pos: int) -> tuple[int, int]:
        lay = self.layout
        if not lay.starts:
            return 0, len(self.t)
        i = lay.line_of(pos)
        bounds = self._bounds.get(i)
        if bounds is None:
            bounds = self._bounds[i] = (lay.starts[lay.para_start_line(i)], lay.ends[lay.para_end_line(i)])
        return bounds

    def left(self, a: int, pos: int, limit: int = 120) -> str:
        out = self.layout.clean(max(a, pos - limit), pos)
        if len(out) < limit // 2 and pos - limit > a:
            # a caption or a pull quote between (项目⏎▲图为…摄⏎17个): read past it
            out = self.layout.clean(max(a, pos - 6 * limit), pos)[-limit:]
        return out

    def right(self, pos: int, b: int, limit: int = 60) -> str:
        out = self.layout.clean(pos, min(b, pos + limit))
        if len(out) < limit // 2 and pos + limit < b:
            out = self.layout.clean(pos, min(b, pos + 6 * limit))[:limit]
        return out

    # -- a single hit ------------------------------------------------------------
    def _mention_at(self, pos: int) -> bool:
        """Whether a zone's name starts at pos."""
        i = bisect_left(self.m_starts, pos)
        return i < len(self.m_starts) and self.m_starts[i] == pos

    def hit(self, m) -> _Hit | None:
        t = self.t
        s, e = m.span()
        if m["fan"]:  # 翻了一番 = +100%, 翻两番 = +300%, 实现翻番: a rise, said as doubling
            times = {"一": 1, "两": 2, "二": 2, "三": 3}.get(m["fan"][-2], 1)
            return _Hit(s, e, s, e, m["fan"], (2 ** times - 1) * 100.0, "pct", "pct", "", "", True)
        if m["half"] or m["bei"]:  # 减少了一半 = a cut of 50%, 增长近一倍 = a rise of about 100%
            pq = _PRE_QUAL_RE.search(t, max(0, s - 3), s)
            times = _TIMES[m["bei"][0]] if m["bei"] else 0
            return _Hit(pq.start() if pq else s, e, s, e, m[0], 50.0 if m["half"] else 100.0 * times, "pct", "pct",
                        POST_QUAL.get(m["post"] or "", "") or (_PRE_QUAL_OF[pq[0]] if pq else ""), "")
        num = m["num"] or m["pctw"] or m["frac"]
        unit_s = m["unit"]
        if len(num) >= 2 and all(c in CN_DIGIT for c in num) and parse_number(num) is not None:
            return None  # 光三一一家 (三一, a firm, then 一家), 二〇二五: numerals read one by one name, never count
        # Ordinals, parts of codes and names: 第十二届, 7x24小时, 5G, A2.
        before = t[max(0, s - 3):s].rstrip(" \t")
        if before.endswith("**"):  # markdown bold (生产总值**386.5亿元**), not 7*24
            before = before.rstrip("*")
        if before.endswith("第") or _ALNUM_BEFORE.search(before[-1:] or " ") and not (
                t[s - 1:s] in (" ", "\t") and _ABBREVIATION.search(before)):
            return None  # (FDI 2.1亿美元: an abbreviation, a space, its figure)
        if unit_s in ("%", "％") and _MARKET_BEFORE.search(t, max(0, s - 24), s):
            return None  # 上证指数 3766.21 +1.04%, 收涨20.01%: the share market's
        if before.endswith("前") and unit_s in ("名", "位"):
            return None  # 位列前三名 is a rank
        if len(num) == 2 and num.isdigit() and _CLOCK_BEFORE.search(t, max(0, s - 4), s):
            return None  # 19:06　天津: the minutes of a time of day
        if _SECONDS_BEFORE.search(t, max(0, s - 7), s) and _MILLIS.fullmatch(num):
            return None  # 00:00:20,960 ⏎ 星期三: the seconds of a subtitle's timecode, no 20,960 weeks
        if unit_s and not isinstance(m, _Joined) and (
                "\n" in t[s:m.start("unit")] and m.start("unit") in self.layout.name_lines
                or "\t" in t[s:m.start("unit")] and self._mention_at(m.start("unit"))):
            return None  # 4 ⏎ 天水经济技术开发区, 14 ⇥ 天长经济开发区: a rank's cell, then a zone's name
        if unit_s and not isinstance(m, _Joined) and "\n" in t[m.end("num"):m.start("unit")] and (
                t[s - 1:s] in _CODE_DASHES or t[m.end("num"):m.end("num") + 1] in _CODE_DASHES):
            return None  # 电话：022-23357190 ⏎⏎ 天津…: a phone's digits, the next paragraph's first word no unit
        if unit_s in ("秒", "秒钟") and (_MINUTES_BEFORE.search(t, max(0, s - 6), s) or "每" in before
                                      or not _SECONDS_TAKEN.search(t, _clause_start(t, s, max(0, s - 24)), s)):
            return None  # a time in seconds is a procedure's when the clause says so (通关最快只需30秒, 由5分钟
            # 缩短至40秒); not a length (时长：3分42秒, 【开场｜0-6秒】, 三秒钟动画) or a pace (每30秒下线一辆)
        if unit_s == "分" and _SECONDS_AFTER.match(t, e):
            return None  # 时长：3分42秒: a length in minutes and seconds, no score
        if num == "千万" and unit_s == "家":
            return None  # “屏”连千万家, 走进千万家: a saying for every household, no count
        if num in ("百", "千", "万") and (_PLACE_AFTER.match(t, e) or _IDIOM_AFTER.match(t, e)):
            return None  # 小百户镇 is a town, 千家万户 a saying: no hundred, no thousand
        if _NUMERAL_PLACE.match(t, s):
            return None  # 第六师五家渠市, 七台河市, 长春九台区: a place whose name holds a numeral and a unit
        if unit_s == "家" and (_FIRST_N.search(before) or _OF_GROUP.match(t, e)):
            return None  # 与前两家相比, 稳居三家之首: the first ones of a ranking, a group named
        if m["frac"] or m["pctw"]:
            unit, factor, kind = "pct", 100 if m["frac"] else 1, "pct"
            unit_s = ""
        elif m["bare_yi"] is not None:
            if not num.rstrip("多余几来").endswith("亿") and not (_SPOKEN_MONEY.search(t, max(0, s - 6), s)
                                                                  and not _MEASURE_AFTER.match(t, e)):
                return None  # 三十多万 alone is no amount; 电费一年省了三十多万, 投了两百万 are
            unit, factor, kind = "yuan", 1, "money"
            unit_s = ""
        else:
            key = unit_s
            if key not in UNITS:
                key = {"k": "kW"}.get(key[:1], key)
                key = next((u for u in UNITS if u.lower() == unit_s.lower()), key)
            unit, factor, kind = UNITS[key]
            unit_s = key
        value = parse_number(num)
        if value is None or not math.isfinite(value):
            return None
        conv = _CONVERTED_BEFORE.search(t, max(0, s - 16), s) if kind == "money" else None
        if conv and (UNITS[conv["cur"]][0] if conv["cur"] in UNITS else "yuan") != unit:
            return None  # 8000亿元人民币（约合1120亿美元）: the same amount in another currency (not 20亿元（约8亿元来自贷款）)
        if unit_s == "日" and (not (m["post"] or _DAY_LEFT.search(t, max(0, s - 3), s) or _DAY_RIGHT.match(t, e))
                              or _DATE_BEFORE.search(t, max(0, s - 12), s)):
            return None  # 6月30日 is a date; 由60日压缩至30日 and 30日内 are durations (每月3000元 is money)
        if kind == "pct" and _BAND_BEFORE.search(t, max(0, s - 8), s):
            return None  # 价格上下浮动超过5%的，按合同调整: a contract's band, no figure of a zone's
        if kind == "duration" and _TERM_BEFORE.search(t, max(0, s - 10), s):
            return None  # 投标有效期90日历天, 缺陷责任期24个月: a contract's term, no time a zone takes
        if kind == "duration" and (_TIME_LEFT.search(before) or _STREAK.search(t, max(0, s - 6), s)):
            return None  # 下半年还有5个多月, 连续三个月位居第一: a calendar's time or a streak, no procedure's
        if kind == "duration" and (_READING_TIME.search(t, max(0, s - 8), s)
                                   or _BROADCAST_LENGTH.fullmatch(t, t.rfind("\n", 0, s) + 1, s)):
            return None  # 阅读约4分钟, 视频时长3分钟, 播出:…|时长:48分钟: how long a page or a film takes, no procedure
        if unit == "hour" and num in ("24", "二十四") and _ROUND_THE_CLOCK.match(t, e):
            return None  # 24小时应急值班电话, 24小时在线服务: open round the clock, no time taken
        if unit == "point" and _FULL_MARKS.search(t, max(0, s - 40), s):
            return None  # 满分为100分，其中发展质量40分: a scoring scheme, not a score
        if unit_s == "年" and _CALENDAR_YEAR.fullmatch(num):
            return None  # 较2023年压缩25%: a calendar year, not a time of 2023 years
        if unit == "month" and before.endswith(("“前", '"前')) and t[e:e + 1] == "的":
            return None  # “前5个月的成绩来之不易”: the months so far, said in a quote
        if unit == "month" and _FIRST_MONTHS.search(before) and t[e:e + 1] not in ("内", "里"):
            return None  # 前8个月 is January to August, a period; 提前8个月, 前3个月内 are times
        if kind == "duration" and _ALWAYS_OPEN.match(t, e):
            return None  # 24小时不打烊, 365天在线: opening hours, not a procedure's time
        if kind == "money" and t[e:e + 1] not in ("/", "／") and _PRICE_BEFORE.search(t, max(0, s - 12), s):
            return None  # 全年定价：288.00元, 售价35元: a price, no amount (售价35元/公斤 is read per kg)
        if kind == "money" and t[e:e + 1] in ("/", "／"):
            per = _PER_PRICE.match(t, e + 1)
            if per is None:
                return None  # 元/件, 元/人次…: a price per something unknown, no amount
            unit, kind, unit_s = f"{unit}_per_{_PRICE_UNITS[per[1]]}", "other", unit_s + "/" + per[1]
            e = per.end()
        per = (_PER_BEFORE.search(t, max(0, s - 18), s) or _PER_BEFORE_PAIR.search(t, max(0, s - 32), s)
               or _PER_BEFORE_WORDS.search(t, max(0, s - 22), s)) if kind == "money" else None
        if per is not None and per[1] == "亩" and _PER_MU_MEASURE.search(
                t, max(0, s - 16, t.rfind("，", 0, s) + 1, t.rfind(",", 0, s) + 1), s):
            per = None  # (投资强度仅为每亩180万元 is the zone's per-mu figure, not a price)
        if per is not None:  # 按照每平方米每月10元的标准: a rate, as 10元/平方米·月 is
            code = _PRICE_UNITS[per[1]] + (f"_{_PRICE_UNITS[per[2]]}" if per[2] else "")  # m2_month, m2_year
            unit, kind = f"{unit}_per_{code}", "other"
        elif kind == "money" and (wage := _WAGE_BEFORE.search(t, max(0, s - 18), s)):
            unit, kind = f"{unit}_per_person_{'month' if wage['month'] else 'year'}", "other"
        above = _AND_ABOVE.match(t, e) if kind == "money" else None  # 500万元及以上项目
        if kind == "money" and (m["post"] in ("以上", "以下") or _PRE_CLASS.search(t, max(0, s - 3), s)
                                or above) and (_SIZE_CLASS.match(t, above.end() if above else e)
                                               or (above or m["post"] == "以上") and (
                                                   _INVEST_CLASS.match(t, above.end() if above else e)
                                                   # 规模以上工业企业（年主营业务收入2000万元及以上）: a class defined
                                                   or _CLASS_CLOSE.match(t, above.end() if above else e))):
            k = num.find("个")
            counted = parse_number(num[:k].rstrip()) if k > 0 and unit_s.endswith("元") and not t[
                max(0, s - 2):s].endswith("投资") else None  # (投资两个亿以上: an amount's class)
            if counted is not None:
                # 236个亿元以上在建项目, 二十来个亿元以上的项目: projects of the 亿元 class, no 236个亿
                n = num[:k].rstrip()
                return _Hit(s, s + k + 1, s, s + len(n), n, counted, "", "count",
                            "approx" if _APPROX_IN_NUM.search(n) else "", "个")
            return None  # 10亿元以上项目, 10万元以下的贷款: a size class, not an amount
        # 汇率折算按1美元约合7.16元: an exchange rate, no amount (but 协议总投资（外资项目按签约
        # 当日汇率折算）约146亿元: the aside that spoke of the rate has closed before the amount)
        rate = _EXCHANGE.search(t, max(0, s - 16), s) if kind == "money" else None
        if rate and not _CLOSED_ASIDE.search(t, rate.end(), s):
            return None
        if kind == "money" and "首次" in t[max(0, s - 6):s] and _FIRST_CROSS.search(t, max(0, s - 24), s) and _COUNT_BEFORE.search(
                t, max(0, s - 24, t.rfind("，", 0, s) + 1), s):
            return None  # 23家企业年营收首次突破1亿元: the class the firms crossed, no amount
        if unit_s == "年" and before.endswith(("近", "过去", "最近")) and (m["post"] or "").endswith("内"):
            return None  # 近三年内存在严重失信行为: a window of time, no procedure's
        lead6 = t[max(0, s - 6):s]
        if ("误" in lead6 or "错" in lead6) and _MISWRITTEN.search(t, max(0, s - 6), s):
            return None  # 更正: …误写为45个工作日，应为15个工作日 — the wrong figure is no claim
        if "为" in lead6 and _CORRECTED.search(t, max(0, s - 4), s) and _restated(t, s, e):
            return None  # (…应为15个工作日: the right one, stated again where the text restates it)
        if kind in ("duration", "pct") and _party_deadline(t, s):
            return None  # 竞得人应在挂牌成交之日起10个工作日内签订合同, …缴纳出让价款的50%: a party's terms
        if kind in ("money", "pct") and _condition(t, s, e):
            return None  # 对年营业收入首次突破10亿元、50亿元的工业企业，给予…: a policy's condition
        if m["post"] == "级" and (_CLASS_NOUN.match(t, e) or t[max(0, s - 1):s] == "个"):
            return None  # 3个百亿元级产业集群: a class of clusters; 百亿元级产值 is an amount
        if unit_s == "倍":
            if _GROWTH_BEFORE.search(t, max(0, s - 8), s):
                unit, factor, kind = "pct", 100, "pct"  # 增长1.2倍 = +120%
        if num[0] in "十百千万" and t[max(0, s - 1):s] in ("数", "几"):
            return None  # 数十家, 几百个, 上千家: "several tens", not a number
        if unit_s == "周" and num == "四" and not _NUMERAL_AFTER_VERB.search(t, max(0, s - 2), s) \
                and t[max(0, s - 1):s] not in ("需", "要", "用", "历", "花", "了", "约", "近"):
            return None  # 厂区四周, 四周环绕: all around, not four weeks
        if kind == "money" and unit_s == "元" and len(num) == 1 and num in CN_DIGIT and _WORD_AROUND.fullmatch(
                t, s, e + 1):
            return None  # 宁夏三元中泰…公司, 一元化, 二元结构: a word, not an amount (收费五元 is one)
        if kind == "duration" and _TRAVEL_AFTER.match(t, e):
            return None  # 离家就十几分钟路, 半小时车程: a distance, not a procedure's time
        if num == "半" and t[max(0, s - 1):s] in ("大", "小"):
            return None  # 大半天, 小半年: "most of a day", not half of one
        deadline = kind == "duration" and (q := _QUOTED_DEADLINE.match(t, e)) is not None \
            and not _OTHERS_PROMISE.search(t, _clause_start(t, s), (_CLAUSE_END.search(t, q.end()) or _TEXT_END).start())
        if _in_short_quote(t, s, e) and not deadline and not (
                kind == "duration" and t[s - 1:s] == "“" and t[e:e + 1] == "”" and (
                    _QUOTED_CUT_BEFORE.search(t, max(0, s - 9), s - 1) or _QUOTED_CUT_AFTER.match(t, e + 1))):
            return None  # “7天无理由退货”, “3个100%”: a slogan or a policy's name (but “一日办结”,
            # “3天拿证”: the time a procedure takes, as a promise; and 由原来的“2个月”缩至“10天”: the
            # figure alone in its quotes, set apart, no slogan)
        if unit_s == "张" and not num[0].isdigit():
            return None  # 一张蓝图, 两张清单: a figure of speech, not a count
        if unit_s == "次" and num.strip() in ("一", "二", "再"):
            return None  # 二次结构, 一次办好: adjectives, not counts
        if s > 0 and t[s - 1] in "“「《‘" and not num[0].isdigit() and not deadline:
            return None  # a Chinese numeral opening a quoted slogan: “两个抓手”, “三个一批”
        if num.strip() in ("一", "几") and not m["post"]:
            # 一家/一个/一件事/一天中: an article, not a count; but 压缩至一个工作日 is a number
            if not (kind == "duration" and (_NUMERAL_AFTER_VERB.search(t, max(0, s - 2), s)
                                            or "多" in unit_s and _SPOKEN_NEED.search(t, max(0, s - 2), s)
                                            or _DONE_AFTER.match(t, e))):
                return None  # (要一个多月, 现在一周就办完了: a time said in speech)
        if kind != "pct" and "分之" in num:
            return None
        qualifier = POST_QUAL.get(m["post"] or "", "") or ("approx" if "多" in unit_s else "")
        if m["post"] in ("级",) and kind != "money":
            return None
        if _APPROX_IN_NUM.search(num) and not qualifier:
            qualifier = "approx"
        start = s
        left = t[max(0, s - 7):s].rstrip(" \t")
        filler = _FILLER.search(left)
        if filler:
            left = left[:filler.start()]
        if num[0] in "百千万" and t[max(0, s - 1):s] == "上":
            qualifier, start = "min", s - 1  # 上千家: a thousand and more
        pq = _PRE_QUAL_RE.search(left)
        if pq is not None and not (pq[0] in ("最快", "最短") and kind != "duration"):
            word = pq[0]
            if not qualifier or word in ("超", "超过", "逾", "不超过", "不到", "不足"):
                qualifier = _PRE_QUAL_OF[word]
            start = s - (len(t[max(0, s - 7):s]) - len(left)) - len(word)
        if kind == "money" and unit == "yuan":
            cur = _CURRENCY_BEFORE.search(t, max(0, start - 8), start)
            if cur is not None:  # 新台币346.2亿元, 港币5亿元: the currency named before the amount
                unit, start = _CURRENCY_CODE[cur["c"]], cur.start("c")
                pq = _PRE_QUAL_RE.search(t, max(0, start - 4), start)
                if pq is not None and not qualifier:  # (约新台币3,000万元)
                    qualifier, start = _PRE_QUAL_OF[pq[0]], pq.start()
        # (⬆️9.1%: an emoji arrow, its variation selector between it and the figure)
        lead = 2 if s >= 2 and t[s - 1] == "\ufe0f" and t[s - 2] in "⬆⬇" else 1
        sign = t[s - lead] if s >= lead else ""
        signed = kind == "pct" and s > 0 and (sign in "+＋-－−" and lead == 1 and not _ALNUM_BEFORE.search(
            t[s - 2:s - 1] or " ") or sign in "↑▲⬆" or sign in "↓▼⬇" and not _CUT_BEFORE_ARROW.search(
            t, max(0, s - lead - 6), s - lead))  # (审批时间压缩↓60%: a cut, not a fall in growth)
        if signed:  # 增长-3.5%, 312.5亿元（+8.2%）, 工业总产值812.6亿元，▼2.1%: the sign is part of the figure
            value, start = (value if sign in "+＋↑▲⬆" else -value), min(start, s - lead)
        if unit_s.startswith("个半"):
            value += 0.5  # 一个半小时, 两个半月: one and a half hours, two and a half months
        elif kind == "duration" and t[e:e + 1] == "半" and t[e + 1:e + 2] not in _HALF_GOES_ON:
            value, e = value + 0.5, e + 1  # 一天半, 两年半: a day and a half (not 一天半个月, 两天半数)
            post = next((w for w in ("以内", "之内", "以上", "左右", "内") if t.startswith(w, e)), "")
            if post and not qualifier:  # (一天半以内)
                qualifier, e = POST_QUAL.get(post, ""), e + len(post)
        if unit == "pct" and not signed and _TO_A_PART_OF.search(t, max(0, start - 12), start):
            # 缩短至原来的三分之一, 压缩到过去的40%: what is left, so the cut is the rest (66.7%, 60%)
            value = (100 - value * factor) / factor
            qualifier = {"min": "max", "max": "min"}.get(qualifier, qualifier)
        return _Hit(start, e, s, m.end("num"), num, value * factor, unit, kind, qualifier, unit_s,
                    signed)

    # -- from hits to claims ------------------------------------------------------
    def parallel_lists(self, hits, i: int) -> list[tuple[int, int]] | None:
        """(before, after) hit indexes when hits[i - 1] ends a list and hits[i] opens one of the
        same length and unit whose items pair up in order (分别由A、B、C压缩至D、E、F)."""
        t = self.t
        if i < 2 or i + 1 >= len(hits) or not hits[i].unit or hits[i - 1].unit != hits[i].unit:
            return None

        def listed(k: int, j: int) -> bool:  # hits k and j stand next to each other in a list
            return hits[j].unit == hits[i].unit and _LIST_GAP.fullmatch(t, hits[k].end, hits[j].start) is not None

        first = [i - 1]
        while first[0] > 0 and listed(first[0] - 1, first[0]):
            first.insert(0, first[0] - 1)
        then = [i]
        while then[-1] + 1 < len(hits) and listed(then[-1], then[-1] + 1):
            then.append(then[-1] + 1)
        if not 2 <= len(first) == len(then) or "分别" not in t[max(0, hits[first[0]].start - 12):hits[first[0]].start]:
            return None
        return list(zip(first, then)) if self.is_pair(hits[i - 1], hits[i]) else None

    def opens_pair(self, hits, i: int) -> bool:
        """Whether hits[i] is the 由/从 value of a pair with the next hit (排队就得大半天，现在
        通关时间由过去的8小时压缩至2小时: 8 hours is the before of 2, not the after of 大半天)."""
        if i + 1 >= len(hits):
            return False
        h = hits[i]
        a, _ = self.para_bounds(h.num_start)
        return bool(_FROM_NEAR.search(self.layout.clean(max(a, h.start - 8), h.start))) \
            and self.is_pair(h, hits[i + 1])

    def is_pair(self, p: _Hit, h: _Hit) -> bool:
        a, _ = self.para_bounds(h.num_start)
        return bool(self._pair(p, h, a))

    def claims(self, hits, i, consumed, before_index=None):
        h = hits[i]
        a, b = self.para_bounds(h.num_start)
        self._label_below(h)
        if before_index is not None:
            return [c for c in [self._claim(h, a, b, before=hits[before_index])] if c]
        # A range: 330度至350度 -> a min and a max claim.
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if nxt is not None and nxt.unit == h.unit and h.unit and i + 1 not in consumed:
            between = self.t[h.end:nxt.start]
            if _RANGE_SEP.fullmatch(between) and self._pair(h, nxt, a) is None:
                lo = self._claim(h, a, b, qualifier="min")
                hi = self._claim(nxt, a, b, qualifier="max")
                consumed.add(i + 1)
                return [c for c in (lo, hi) if c]
        out = []
        # 50至80亩: the low end of a range takes the unit written after the high end.
        rm = _RANGE_LOW.search(self.t, max(a, h.num_start - 14), h.num_start)
        if rm and h.unit and h.kind not in ("count",) and not h.qualifier:
            s0 = rm.start(1)
            factor = _per_digit(h)  # (1-200万元: 1万; 0.5—60亿元: 0.5亿)
            if factor is not None and float(rm[1]) * factor >= h.value:
                # 5000—1万元: the low end in the unit itself (5000元), not in the high end's 万 (but
                # 5000—1亿元 may be 5000万, and 10—5万元 runs high to low: no low end read)
                digits = h.num.replace(" ", "")
                own = digits.rstrip("余多").endswith("万") and not digits.endswith("万亿") and float(rm[1]) >= 100
                factor = _unit_scale(h) if own else None
                factor = factor if factor is not None and float(rm[1]) * factor < h.value else None
            if factor is None:
                return [c for c in (self._claim(h, a, b, qualifier="max"),) if c]
            low = _Hit(s0, s0 + len(rm[1]), s0, s0 + len(rm[1]), rm[1], float(rm[1]) * factor,
                       h.unit, h.kind, "", h.unit_surface)
            return [c for c in (self._claim(low, a, b, qualifier="min"),
                                self._claim(h, a, b, qualifier="max")) if c]
        # 分别压缩至22和55个工作日, 分别为38、41、46个工作日: the bare numbers before the last
        # share its unit.
        if h.unit and "分别" in self.left(a, h.num_start, 40):
            items, pos = [], h.num_start
            while len(items) < 8:
                lm = _LIST_FIRST.search(self.t, max(a, pos - 12), pos)
                if not lm:
                    break
                s0 = pos = lm.start(1)
                item = float(lm[1].replace(",", ""))
                factor = _item_scale(h, lm[1])  # (1.6亿元 -> 1e8 yuan a digit; 1.05万人 -> 1 a digit for 8600)
                if factor is None:
                    break
                items.append(_Hit(s0, s0 + len(lm[1]), s0, s0 + len(lm[1]), lm[1],
                                  item * factor, h.unit, h.kind, "", h.unit_surface))
            out.extend(c for c in (self._claim(it, a, b) for it in reversed(items)) if c)
        c = self._claim(h, a, b)
        if c:
            each = self._each_of(h.num_start, h.end, a)
            out.extend([replace(c, zone=m.name, zone_id=m.zone_id,
                                zone_status="provisional" if m.provisional else "registered") for m in each]
                       if each else [c])
        return out

    def _each_of(self, s: int, e: int, a: int) -> list:
        """The zones of a list a figure is said of each (无锡高新区、常州经开区各有5家企业入选):
        two or more zones named one after another right before 各, in the figure's clause."""
        t = self.t
        m = _EACH_BEFORE.search(t, max(a, s - 8), s)
        if m is None or "分别" in t[m.start():s] or _FIGURE_NEXT.match(t, e) \
                or _LIST_FIRST.search(t, max(m.start(), s - 12), s):
            return []  # (各新增企业62家、45家; 各自营收分别增长12.5%和9.8%: one figure a zone)
        cs = _clause_start(t, m.start(), a)
        # (a list of zones reads as named in passing; right before 各 it is what the figure is said of)
        named = self.mentions[bisect_left(self.m_starts, cs):bisect_left(self.m_starts, m.start())]
        if len(named) < 2 or t[named[-1].end:m.start()].strip() not in ("", "都", "均"):
            return []
        if any(t[x.end:y.start] not in ("、", "和", "及", "与", "，", ",") for x, y in zip(named, named[1:])):
            return []
        return list({x.zone_id: x for x in named}.values()) if len({x.zone_id for x in named}) >= 2 else []

    def _pair(self, p: _Hit, h: _Hit, a: int) -> bool | None:
        """Is p the BEFORE value of h (从60个工作日压缩至20个, 原以为7个工作日…现在1天)?"""
        if p.end > h.start or p.start < a:
            return None
        same = (p.kind == h.kind == "duration") or (
            p.unit == h.unit and p.kind == h.kind) or (h.unit == "" and p.kind in ("duration", "count"))
        if not same:
            return None
        between = self.layout.clean(p.end, h.start)
        # 过去…需要至少90天。现在，只需要30天: a sentence of the past, then one of now
        now_next = p.kind == h.kind == "duration" and _NOW_NEXT.fullmatch(between)
        if len(between) > (60 if now_next else 30) or (any(c in between for c in "。；;！？") and not now_next) \
                or _TOTAL.search(between):
            return None  # 新认定56家，总数达到412家: a new count and a total, not before/after
        lead = self.layout.clean(max(a, p.start - 12), p.start)
        earlier = self.layout.clean(max(a, p.start - 40), p.start)
        stop = _SENTENCE_STOP_REV.search(earlier)
        anchored = bool(_FROM.search(lead)) or bool(_FROM_EARLIER.search(
            earlier, stop.end() if stop else 0))
        if now_next and not anchored:
            # 原来企业招用员工后，需分别办理就业登记、社保参保登记…，通常需要5个工作日；现在…: the
            # sentence of the past opens with 原来, however long its list of steps
            opening = self.layout.clean(max(a, p.start - 120), p.start)
            stop = _SENTENCE_STOP_REV.search(opening)
            anchored = _OPENS_PAST.match(opening, stop.end() if stop else 0) is not None
        if now_next:
            if not anchored or _SPAN_PAST.search(earlier) or _WHOLE_OR_AVERAGE.search(between):
                return None  # 过去五年 is a span, not "before"; 如今，全省平均…: another's figure
            sentence_of_p = earlier[stop.end() if stop else 0:]
            was, _ = self.ex.indicators.choose("duration", sentence_of_p, "", "")
            now, now_cue = self.ex.indicators.choose("duration", _NOW_NEXT_TAIL.search(between)[0], "", "")
            if now_cue and (was is None or now is None or was.id != now.id):
                return None  # 拿地到开工180天。现在，竣工验收缩短至10个工作日: a procedure of its own
            return True
        new_from = _NEW_FROM.search(between)
        if new_from and _BA_VERB.search(between, new_from.end()):
            return None  # 由C类提升为B类的企业14家，由B类提升为A类的企业6家: each its own from-to
        verb = _BA_VERB.search(between)
        if verb and _ARROW_RE.fullmatch(verb[0]) and not _ARROW_ONLY.fullmatch(between):
            verb = None  # 申请受理1个工作日→技术审查3个工作日: steps of a process, each its own time
        if verb and (anchored or len(between) <= 8 and not any(
                c in between for c in "，,")):  # 产量约150万吨，园区产能达到20万吨: two subjects
            return True
        now = _BA_NOW.search(between)
        if anchored and now and p.kind == h.kind and (not now["spoken"] or p.kind == "duration") \
                and (p.kind == "duration" or now[0] not in ("改革后", "改革之后") or p.unit and p.unit == h.unit):
            return True  # (此前已办理12项，此次又办理8项: a count so far and one more, no pair)
        return None

    def _noun_class(self, h: _Hit, a: int, b: int) -> str:
        if h is None:
            return ""
        """What a count counts: the noun after the unit, else the one before the number."""
        if self.layout.cues:  # (a subtitle's cue ends its words: 6890家 ⏎⏎ 49 ⏎ 00:03:40 … ⏎ 【图表】成都高新区 counts no zones)
            end = self.t.find("\n\n", h.end)  # (a cue may wrap its words over two lines: 二十个 ⏎ 基点)
            b = min(b, end) if end >= 0 else b
        right = self._labels.get(h.start) or self.right(h.end, b, 24)
        size = _SIZE_LEAD.match(right)  # 三十多个5000万元以上项目: the size class stands between
        right = right[size.end():][:16] if size and _NOUN.match(right, size.end()) else right[:16]
        stop = _PHRASE_STOP.search(right)
        phrase = right[: stop.start()] if stop else right
        # The first noun after the unit, extended over nouns that follow it directly:
        # 家企业提供服务 -> 企业; 个非公企业党委 -> 党委; 个比较棘手的问题 -> 问题.
        found, last_end = None, None
        for m in _NOUN.finditer(phrase):
            if m[0] in ("片区", "区块") and h.unit_surface != "个":
                continue  # (120家片区外资企业: 片区 a modifier; 三个片区 counts areas)
            if found is None and (_LOCATIVE.search(phrase, 0, m.start()) or m.lastgroup == "zone"
                                  and _ARRIVING.search(phrase, 0, m.start())):
                break  # 83家集聚在园区, 12家入驻园区: where they are, not what is counted
            if found is not None and (m.start() != last_end or (
                    h.unit_surface in ("家", "户") and m.lastgroup not in _JIA_NOUNS)):
                break  # 2户企业申报材料: 户 counts the 企业, not their 材料
            found, last_end = m.lastgroup, m.end()
        if found == "firm" and h.unit_surface == "个" and _FIRM_PROJECTS.match(phrase):
            return "project"  # 23个企业投资项目: projects of firms, counted by 个
        if found:
            return found
        if stop and stop[0] in "和与及":
            # 12家国家级和省级高新区: two modifiers of one noun joined by 和
            rest = right[stop.end():]
            more = _PHRASE_STOP.search(rest)
            m = _NOUN.search(rest[: more.start()] if more else rest)
            if m and m.lastgroup == "zone":
                return "zone"
        # Else the noun standing just before the number (高新技术企业11家, 项目中的8个);
        # a noun further left is the sentence's subject, not what is counted.
        label = self._lines_above(h.start, 1)
        own = self.left(a, h.num_start, 24)
        left = _own_clause(label + own)
        best, best_end = None, -1
        for m in _NOUN.finditer(left, overlapped=True):
            if m.end() >= best_end:
                best, best_end = m.lastgroup, m.end()
        if best is not None and label and not label.endswith("，") and best_end <= len(left) - len(own) \
                and not _NOUN.search(own):
            return best  # ✅ 工业项目“拿地即开工”⏎今年累计实现62个: the label names what is counted
        if best is None:  # 孵化器和众创空间：34家 (a table's cell read as its row's label): the label's noun
            head = _LABEL_HEAD.search(own)
            for m in _NOUN.finditer(head[1] if head else ""):
                if m.end() >= len(head[1]) - 1:
                    return m.lastgroup
        if best is not None and _COUNT_BRIDGE.fullmatch(left, best_end):
            return best  # 国家级高新区总数保持在12家, 高新技术企业总数分别达到682家: the noun, its total
        if best is None or len(left) - best_end > 3 or _AGENT_GAP.search(left, best_end):
            return ""  # 经开区为2家企业…: the noun before 为/向/与 acts; it is not counted
        if best == "zone" and (h.unit_surface == "户" or not _ZONES_COUNTED_GAP.match(left, best_end) and self._subject_zone_ends(
                h.num_start - (len(left) - best_end))):
            return ""  # 其中繁峙经开区新增1200户, 其中长葛经开区85家: a named zone is the subject, or counted by 户
        return best

    def _label_below(self, h: _Hit) -> None:
        """A figure alone on its line with a short label on the next (9.6% ⏎ 规上工业增加值增速, a
        year-end piece's big numbers): the label is read as the words after it."""
        lay = self.layout
        if not lay.starts:
            return
        i = lay.line_of(h.start)
        if i + 1 >= len(lay.starts) or _SYMBOL_LEAD.sub("", self.t[lay.starts[i]:lay.ends[i]].strip()) \
                != self.t[h.start:h.end].strip():
            return  # (📈 6.9% ⏎ 地区生产总值同比增长: an emoji or a bullet before the figure is no word)
        if i > 0 and lay.starts[i] == lay.ends[i - 1] + 1 and not (
                i > 1 and lay.starts[i - 1] == lay.ends[i - 2] + 1
                and _FIGURE_LINE.fullmatch(_SYMBOL_LEAD.sub("", self.t[lay.starts[i - 2]:lay.ends[i - 2]]))):
            return  # 入驻企业 ⏎ 86家 ⏎ 项目审批提速: a label above it is its own (but 86家 ⏎ 入驻企业 ⏎
            # 12.5亿元 ⏎ 总投资: the line above is the label of the figure above it)
        label = self.t[lay.starts[i + 1]:lay.ends[i + 1]]
        if lay.starts[i + 1] == lay.ends[i] + 1 and 2 <= len(label.strip()) <= 20 and not _LABEL_NOT_BELOW.search(label):
            self._labels[h.start] = label.strip()

    def _subject_zone_ends(self, at: int) -> bool:
        """Whether a zone's name ends at (or a character from) offset `at`, not as one of a list of
        zones (成都高新区、绵阳高新区2家) nor after 有 (仅有成都经开区1家): a count's subject, not counted."""
        i = bisect_left(self.m_starts, at - 40)
        for m in self.mentions[i:bisect_left(self.m_starts, at)]:
            if abs(m.end - at) <= 1:
                return not (self.t[m.start - 1:m.start] in ("、", "和", "及")
                            or _HAS_BEFORE.search(self.t, max(0, m.start - 3), m.start))
        return False

    def _claim(self, h: _Hit, a: int, b: int, before: _Hit | None = None,
               qualifier: str | None = None) -> Claim | None:
        ex = self.ex
        start = min(before.start, h.start) if before else h.start
        end = max(before.end, h.end) if before else h.end  # 最快1天，改革前需7个工作日: after first
        sent_a = self._sentence_start(a, start)
        left_sentence = self._lines_above(start) + self.layout.clean(max(sent_a, start - 300), start)
        left_clause = _own_clause(left_sentence)
        right_all = self._labels.get(h.start) or self.right(h.end, b, 60)  # (a base said after the value: its own words)
        more = _LIST_MORE.match(right_all)  # 分别给予100万元、200万元奖励: the list's last word
        rest = right_all[more.end():] if more else right_all
        m = _CLAUSE_FWD.search(rest)
        right_clause = rest[:m.start()] if m else rest
        listed, shared = _list_clause(left_sentence, right_all, h.kind) if before is None else (None, None)
        if listed is not None:
            left_clause = listed
        unit, kind, rule = h.unit, h.kind, h.kind
        decline = False
        if before is not None and h.unit == "":
            # 从60个工作日压减至20个: the after value takes the before value's unit
            unit, kind = before.unit, before.kind

        family = None
        if kind == "duration":
            family = "duration"
            if before is None and h.unit == "hour":
                # 年平均日照时数2906小时 is a quantity, not a procedure's time
                ind, cue = ex.indicators.choose("other", left_clause, right_clause, "", unit="hour")
                if cue:
                    family = "other"
            elif before is None and h.unit == "day" and (_DAY_COUNT.search(left_clause) or _BARE_CHANGE.fullmatch(
                    left_clause) and _DAY_COUNT.search(_last_clause(left_sentence[:len(left_sentence) - len(left_clause)]))):
                family, rule = "other", "other.day_count"  # 优良天数132天，比上年同期增加11天: days counted, not a time taken
        elif kind == "pct":
            family = self._pct_family(left_clause, right_clause, left_sentence)
            rule = f"pct.{family}"
            if h.signed and before is None:  # 97.3亿元（−4.6%）: a signed rate is a change
                family, rule = "growth_rate", "pct.growth_rate.signed"
            if family == "pct_reduction" and _DECLINE.search(left_clause) and not _INTENSITY_CUT.search(
                    left_clause) and not (_BARE_YOY_DECLINE.fullmatch(left_clause) and _INTENSITY_CLAUSE.search(
                    _subject_of_figure(_last_clause(left_sentence[:len(left_sentence) - len(left_clause)])))) and not (_BARE_YOY_DECLINE.fullmatch(left_clause) and _TIME_FELL_BEFORE.search(
                    left_sentence, 0, len(left_sentence) - len(left_clause))) and (
                    _YOY.search(left_clause) or _SECTOR_FELL.search(left_clause) or ex.indicators.choose(
                    "growth_rate", left_clause, "", "" if left_clause.strip() not in _DECLINE_WORDS
                    else left_sentence)[1]) and not self._cut_named_last(left_clause, right_clause):
                # 固定资产投资同比下降3.5%: an aggregate that shrank, not a cut of time or cost
                family, rule, decline = "growth_rate", "pct.growth_rate.decline", True
        elif kind == "count":
            if h.unit == "" and before is not None and before.unit:
                # 从12个增加到20个: a bare 个 counts what the before value counted
                family = {"firm": "firm_count", "project": "project_count"}.get(before.unit, "other")
                unit, rule = before.unit, "count.inherit"
            else:
                found = self._count(h, a, b, left_clause, right_clause, before, sent_a)
                if found is None:
                    return None
                family, unit, rule = found
        elif kind == "money":
            if h.unit_surface == "":
                if not _MONEY_CUE.search(left_sentence + right_clause) and not _SPOKEN_MONEY.search(
                        self.t, max(0, h.num_start - 6), h.num_start):
                    return None
                rule = "money.bare_yi"
            else:
                rule = "money"
            family = "money"
        elif kind == "area":
            family = "area"
        else:
            if h.unit_surface == "度" and not _ELECTRIC.search(left_sentence):
                return None
            family = "other"
            rule = f"other.{unit}"
        if family is None:
            return None
        if before is not None:
            rule = f"{rule}.before_after"

        for rx, code in MEASURED.get(h.unit_surface, ()):
            if rx.search(left_clause) or rx.search(right_clause):
                unit = code
                break
        if family == "other":
            # 日供水10万立方米 -> m3_per_day; 每吨垃圾发电330度 -> kwh_per_tonne
            for rx, per in _PER_UNIT:
                if unit in per and rx.search(left_clause):
                    unit = per[unit]
            if unit == "kwh":  # energy in MWh, as the spec's units have it
                unit, h.value = "mwh", h.value / 1000
        # Indicator: cue words nearest the number, this family only.
        ind_unit = unit if family == "other" else None
        own = left_clause
        if before is not None:
            # 原以为7个工作日才能拿到的施工许可证，现在1天之内: what the pair is about may
            # stand between its two values
            own += self.layout.clean(before.end, h.start)
        # an item of a 分别 list is said of its own noun, not of the sentence's others
        wider = listed if shared else left_sentence
        ind, cue = ex.indicators.choose(family, own, right_clause, wider, ind_unit)
        if shared and not cue:
            # 棕榈油精炼项目和椰子深加工项目投资额分别为…: the last noun's word is shared
            ind, cue = ex.indicators.choose(family, shared, right_clause, shared, ind_unit)
        if family == "other" and ind is not None and ind.unit != unit and not cue:
            pass
        if family == "other" and cue and ind.unit != unit:
            ind = ex.indicators.fallback.get("other")
        # Per-indicator units that refine a bare one: 日处理600吨 -> tonne_per_day.
        self.last_cue = cue
        self.last_lead = _LEAD_OPENER.sub("", PERIOD.sub("", left_clause))  # (到)2025年 said or not

        value = _tidy(-h.value if decline else h.value)
        unit_before, value_before = "", None
        if before is not None:
            value_before = _tidy(before.value)
            unit_before = before.unit
            if unit == "":
                unit = before.unit
            if h.unit == "" and before.kind == "duration":
                family = "duration"
        if unit == "":
            return None
        q = qualifier if qualifier is not None else h.qualifier
        zone = self._zone(start, end, a)
        if before is not None:
            # 由2023年的4个减少至2024年的3个: the period is the after value's, and the
            # year that introduces the before value is only its base
            span = self.layout.clean(max(sent_a, start - 300), h.num_start)
            cut = len(left_sentence)
            found = last_period(span[cut:], None)
            if found is not None:
                lay = self.layout
                art = lay.article_of(start) if lay.starts else 0
                found = last_period(span[cut:], lay.year_of_article(art) if lay.starts else None)
            period = found[0] if found else self._period(start, sent_a, a, left_sentence)
        else:
            period = self._period(start, sent_a, a, left_sentence)
        evidence = self.original[start:end]
        # evidence split over a paragraph break (12⏎⏎家) stays whole in its sentence
        sent_a, sent_b = min(sent_a, start), max(self._sentence_end(end, b), end)
        keep = (start, end - 1)  # the lines of the number's first and last characters
        sentence = self._sentence_text(sent_a, sent_b, keep) if sent_b > sent_a else evidence
        zone_name, zone_id, status = "", "", ""
        if zone is not None:
            zone_name, zone_id = zone[0], zone[1]
            status = zone[2]
        mark = self._mark(sentence, sent_a, start, end, keep) if sent_b > sent_a else (0, len(sentence))
        return Claim(self.doc, zone_name, family, ind.id if ind else "", value, unit, value_before,
                     unit_before, q, period, start, end, evidence, zone_id, status, sentence, sent_a,
                     f"{rule}@{RULE_VERSION}", *mark)

    def _mark(self, sentence: str, sent_a: int, start: int, end: int, keep: tuple) -> tuple[int, int]:
        """Where the evidence [start, end) stands in its cleaned sentence (which begins at sent_a).

        Cleaning drops characters (line breaks, spaces, captions, marks), never adds any, so
        the evidence sits no later than its offset in the original: what cleaning kept of the
        text before it, failing that its last occurrence there."""
        clean = self.layout.clean
        ev = clean(start, end, original=True, keep=keep)
        if not ev:
            return 0, 0
        at = len(clean(sent_a, start, original=True, keep=keep))
        if sentence[at:at + len(ev)] != ev:
            at = sentence.rfind(ev, 0, start - sent_a + len(ev))
            if at < 0:
                return 0, 0
        return at, at + len(ev)

    def _count(self, h: _Hit, a: int, b: int, left_clause: str, right_clause: str,
               before: _Hit | None = None, sentence: int = -1):
        """(family, unit, rule) of a count, or None when it counts nothing worth a claim."""
        surface = h.unit_surface
        if surface == "支" and "基金" not in left_clause + right_clause:
            return None  # 3支队伍 is a team; 3支基金 a fund
        # 办理环节由8个减少到3个: the after value counts what the before value counted
        noun = self._noun_class(h, a, b) or self._noun_class(before, a, b)
        if not noun and before is not None:
            # 开办企业平均环节由2023年的4个减少至3个: in a from-to statement the clause's
            # subject is what both values count
            for m in _NOUN.finditer(_own_clause(self.left(a, before.num_start, 40))):
                noun = m.lastgroup
        if noun:
            self._last_noun = (sentence, surface, noun)
        elif self._last_noun[:2] == (sentence, surface):
            # 省市县长项目41个，上半年已开工28个: the noun is said once for both counts
            noun = self._last_noun[2]
        if noun == "zone":
            return None  # 全国2000余家开发区: counts of zones are not claims
        if surface in ("家", "户"):
            family, unit = _NOUN_UNIT.get(noun, ("firm_count", "firm"))
        elif surface in ("名", "人"):
            family, unit = "other", "person"
        elif surface in ("项", "件"):
            family, unit = "other", "item"
        elif surface == "支":
            family, unit = "other", "fund"
        elif noun in _NOUN_UNIT:  # 个: only where the counted noun is known
            family, unit = _NOUN_UNIT[noun]
        else:
            return None
        return family, unit, f"count.{surface}.{noun or 'default'}"

    def _cut_named_last(self, left_clause: str, right_clause: str) -> bool:
        """Whether what a falling figure's clause names last is a thing cut (申报材料减少40%), not an
        aggregate that shrank (锂电池材料企业利润同比减少38.4%: 材料 describes the firms, 利润 fell)."""
        cut = self.ex.indicators.choose("pct_reduction", left_clause, right_clause, "")[1]
        if not cut:
            return False
        grown = self.ex.indicators.choose("growth_rate", left_clause, "", "")[1]
        return not grown or left_clause.rfind(grown) < left_clause.rfind(cut)

    def _pct_family(self, left_clause: str, right_clause: str, left_sentence: str = "") -> str:
        """压缩85% -> pct_reduction, 增速达到23.6% -> growth_rate, 占比57% -> share_pct.
        提速75% is a time's cut where the sentence has just cut a time (由12个工作日压减至3个
        工作日，提速75%; 审批提速75%), else a rise (网速提速50%, 增速较一季度提速15%)."""
        if _TO_A_PART_OF.search(left_clause):
            return "pct_reduction"  # 压缩到过去的40%: the rest, a cut of 60% (hit)
        for text in (left_clause, right_clause):
            if text is right_clause and right_clause.startswith("的"):
                if _OF_CHANGE.match(right_clause):
                    return "growth_rate"  # 保持了15.6%的高速增长
                return "share_pct"  # 贡献了全市超过35%的经济增长: a part of a whole
            kinds = [m.lastgroup for m in _PCT_VERB.finditer(text)
                     if m.lastgroup not in ("cop", "cop2", "skip")]
            if not kinds and any(m.lastgroup == "cop2" for m in _PCT_VERB.finditer(text)):
                return "share_pct"  # 比重提高到75%: a level, not a change
            if kinds and kinds[-1] == "tisu":
                head = left_clause[:left_clause.rfind("提速")]  # (由3天缩短到8小时⏎提速88.9%: the cut in its own clause)
                timed = _PROCEDURE_TISU.search(left_clause) or "效率" not in left_clause and (
                    _TIME_CUT_BEFORE.search(head) or _TIME_CUT_BEFORE.search(left_sentence[:len(left_sentence) - len(left_clause)]))
                return "pct_reduction" if timed else "growth_rate"
            if kinds:
                return {"red": "pct_reduction", "gro": "growth_rate", "sha": "share_pct"}[kinds[-1]]
        if _FILLERS.fullmatch(left_clause) and _RATE_TOPIC.search(left_sentence, 0, len(left_sentence) - len(left_clause)):
            return "growth_rate"  # 增速呢，百分之七点几: a rate named as the topic, then its figure, as speech has it
        return "share_pct"

    def _lines_above(self, pos: int, most: int = 3) -> str:
        """For a figure on a short line of its own (a post's 外贸进出口总额⏎达到412.6亿元⏎
        同比增长15.8%), the short lines just above it in the same block, as earlier
        clauses of its sentence. Empty for a figure in running text."""
        lay = self.layout
        if not lay.starts:
            return ""
        i = lay.line_of(pos)
        if lay.kinds[i] != HEADER or pos >= lay.ends[i] or lay.bullet(i):
            return ""  # (an item of a list stands on its own)
        parts = []
        j = i - 1
        while j >= 0 and len(parts) < most and lay.kinds[j] in (HEADER, BODY) \
                and lay.starts[j + 1] - lay.ends[j] == 1:  # one line break: the same block
            line = self.t[lay.starts[j]:lay.ends[j]].strip()
            if _SECTION_MARK.match(line):
                break
            parts.append(line)
            if lay.bullet(j):
                break  # ⏩ 新增外资项目⏎126个: the item's label, and no further
            j -= 1
        if not parts:
            return ""
        # a label just above (⏩ 新增外资项目⏎126个) is the figure's own clause
        label = not _LABEL_NOT.search(parts[0])
        return "".join(p + "，" for p in reversed(parts[1:])) + parts[0] + ("" if label else "，")

    def _sentence_start(self, a: int, pos: int) -> int:
        lay = self.layout
        if lay.cue_sentences:  # speech with no full stops: a sentence ends with its cue
            a = max(a, lay.cue_bounds(pos)[0])
        own = lay.line_of(pos) if lay.starts else -1
        while True:
            m = _SENT_REV.search(self.t, a, pos)
            if m is None:
                return a
            line = lay.line_of(m.start()) if lay.starts else -1
            if line != own and lay.kind_at(m.start()) in (CAPTION, HEADER):
                pos = lay.starts[line]  # another line's caption: its full stop ends nothing here
                continue
            return m.end()

    def _sentence_end(self, pos: int, b: int) -> int:
        if self.layout.cue_sentences:
            b = min(b, self.layout.cue_bounds(pos)[1])
        m = _SENT_FWD.search(self.t, pos, b)
        return m.end() if m else b

    # -- zone ------------------------------------------------------------------------
    def table_claim(self, cell: Cell) -> list[Claim]:
        """A table cell read as "规上工业产值：312.6亿元", in its row's zone."""
        t = self.t
        number = t[cell.start:cell.end]
        if "\n" in number:
            number = "".join(number.split())  # 4135. ⏎ 7: a figure an OCR cut after its point, one cell
        tail = _CELL_QUALIFIER_TAIL.search(number)
        if tail:  # 7500以上 under 新增经营主体(户): the figure, its unit, then the qualifier
            number = number[:tail.start()]
        unit = "" if _CELL_HAS_UNIT.search(number) else _CURRENCY_FIRST_UNIT.sub(r"\2\1", cell.unit)
        if tail:
            unit += tail[0]
        label = cell.label
        start = cell.start
        if cell.before is not None:  # 改革前 | 改革后: read as 由X优化为Y, the two cells its evidence
            was = t[cell.before[0]:cell.before[1]]
            was_unit = "" if _CELL_HAS_UNIT.search(was) else (cell.before_unit or cell.unit)
            synthetic = f"{label}：由{was.strip()}{was_unit}优化为{number.strip()}{unit}。"
            start = cell.before[0]
        else:
            synthetic = f"{label}：{number.strip()}{unit}。"
        # the claims of the cell's own figures, not of one the label holds (5000平方米以下小型项目 | 60天 | 15天)
        found = [c for c in self.ex.extract(synthetic).claims if c.start > len(label)]
        if len(found) != 1 or cell.before is not None and found[0].value_before is None:
            if cell.before is None:
                return []
            # no pair after all (办理环节 | 6个 | 1个): each cell on its own, as without the columns
            return [c for one in (replace(cell, start=cell.before[0], end=cell.before[1], before=None),
                                  replace(cell, before=None)) for c in self.table_claim(one)]
        c = found[0]
        row_end = t.find("\n", cell.row_start)
        row_end = len(t) if row_end < 0 else row_end
        c.doc, c.start, c.end = self.doc, start, cell.end
        c.evidence = self.original[start:cell.end]
        row = self.original[cell.row_start:row_end]
        c.sentence, c.sentence_start = row.strip(" |"), cell.row_start
        c.mark_start = c.mark_end = 0
        if cell.end <= row_end:  # a cell of a PDF's cell-per-line table is no part of its label's line
            c.mark_start = start - cell.row_start - (len(row) - len(row.lstrip(" |")))
            c.mark_end = c.mark_start + cell.end - start
        c.rule = "table." + c.rule
        zone = None
        if cell.column:  # a column headed 合肥高新区 or 全省平均
            lo = bisect_left(self.m_starts, cell.column_start)
            named = [m for m in self.mentions[lo:] if m.start < cell.column_start + len(cell.column)]
            if named:
                m = named[0]
                zone = m.name, m.zone_id, "provisional" if m.provisional else "registered"
            elif _SUM_COLUMN.match(cell.column) and (parts := self._caption_zone(cell.row_start, parts=True)):
                zone = parts  # | 东区 | 西区 | 合计 | under 表1　繁峙经开区分片区…
            elif TOTAL_ROW.match(cell.column) or _SCOPE_REV.search(cell.column):
                zone = False
        if zone is False:
            zone = None
        elif zone is None and TOTAL_ROW.match(cell.row_label) and not self._rows_name_zones(cell.row_start):
            zone = self._zone(cell.row_start, cell.row_start, cell.row_start)  # 合计 of one zone's industries
        elif zone is None and TOTAL_ROW.match(cell.row_label):
            zone = self._areas_whole(cell.row_start)  # | 南宁片区 | … | 钦州港片区 | … | 合计 |: the free-trade zone's
        elif zone is None and not TOTAL_ROW.match(cell.row_label):
            lo = bisect_left(self.m_starts, cell.row_start)
            at = t.find(cell.row_label, cell.row_start, row_end + 1) if cell.row_label else -1
            label_end = at + len(cell.row_label) if at >= 0 else cell.row_start + len(cell.row_label) + 2
            named = [m for m in self.mentions[lo:] if m.start < label_end]  # (in the row's name, not the next cell)
            in_row = [m for m in self.mentions[lo:bisect_left(self.m_starts, row_end)]
                      if not m.passing and t[m.start - 1:m.start] in _CELL_EDGE and (
                          t[m.end:m.end + 1] in _CELL_EDGE or _LOCATION_AFTER.match(t, m.end))]
            # (| 合肥经济技术开发区紫云路与宿松路交口东南角 |: a cell that opens with a zone, then a road in it — where
            # the row's parcel or project lies)
            origin = not named and cell.table_start >= 0 and _ORIGIN_HEAD.search(
                t, cell.table_start, t.find("\n", cell.table_start) % (len(t) + 1))
            if origin:  # | 项目名称 | 转出地 | 总投资 |: a zone in a row is where the project came from; the
                # rows are the zone's the text speaks of above the table
                above = t.rfind("\n\n", 0, cell.table_start)
                para = t.rfind("\n\n", 0, above) if above > 0 else -1
                zone = self._zone(cell.table_start, cell.table_start, para + 2 if para >= 0 else 0)
            elif named:
                m = named[0]
                zone = m.name, m.zone_id, "provisional" if m.provisional else "registered"
            elif len({m.zone_id for m in in_row}) == 1:  # | 年产10万吨…项目 | 新乡经济技术开发区 | 126000 |
                m = in_row[0]
                zone = m.name, m.zone_id, "provisional" if m.provisional else "registered"
            elif (at < 0 or "\n" in t[cell.row_start:cell.row_start + len(cell.row_label) + 1]) and (
                    whole := self.ex.zones.find(cell.row_label.replace("\n", ""))) and not whole[0].passing:
                m = whole[0]  # 张家港扬子江国际化学 ⏎ 工业园: a row's name a cell-per-line table ran over two lines
                # (or a table in fixed columns over two rows of its own: 山西转型综合 ⏎ 改革示范区)
                zone = m.name, m.zone_id, "provisional" if m.provisional else "registered"
            else:
                a = cell.row_start
                if not cell.row_label and cell.row_start < row_end and not TOTAL_ROW.match(
                        t[cell.row_start:row_end].strip()) and not _DIGIT_ANY.match(t, cell.row_start):
                    # 海宁经济开发区⇥主区⇥24.1 ⏎ 扩展区⇥11.8: a row under a first cell merged over it
                    # (a rowspan) is the zone of the rows above
                    a = t.rfind("\n", 0, cell.row_start - 1) + 1
                zone = self._caption_zone(cell.row_start)
                bare = zone is None and _ZONE_HEAD.fullmatch(cell.row_head.strip()) \
                    and _BARE_PLACE.fullmatch(cell.row_label.strip())
                label = cell.row_label.strip()
                kind = _SUFFIX_ANY.search(label) if zone is None and not bare and _ZONE_HEAD.fullmatch(
                    cell.row_head.strip()) and 4 <= len(label) <= 18 else None
                if kind is not None and kind.end() == len(label) and kind.start() >= 2 and _HAN_ONLY.fullmatch(label):
                    # 开发区名称 ⏎ 包头金属深加工园区: a row the header says is a zone, under a name no rule took
                    # for one, is that zone (not the zone of the row above)
                    zone = label, f"prov:{label}", "provisional"
                elif zone is None and not bare:
                    zone = self._zone(cell.row_start, cell.row_start, a)
                elif bare:
                    # (合作区 ⏎ 瑞丽 ⏎ 1826: a row of zones named by a bare place is the zone of that place the
                    # text names — 瑞丽边境经济合作区 — else no zone's, not the zone named before the table;
                    # but 园区名称 ⏎ 化工新材料产业园: a zone's own park is the zone's)
                    place = cell.row_label.strip()
                    kind = _KIND_ENDS.get(_ZONE_HEAD.fullmatch(cell.row_head.strip())[0].removesuffix("名称"), ())
                    named = {m.zone_id: m for m in self.mentions
                             if (m.name.startswith(place) or m.name[2:].startswith(place) and m.name.startswith(_CITIES_OF_PROVINCE_RANK))
                             and (not kind or m.name.endswith(kind))}  # (of the header's kind: 合作区, not 试验区)
                    if len(named) > 1:  # (张江 under 开发区, the text naming 上海张江高科技园区 and 张江科学城:
                        # the zone the registry knows, else the one of a development zone's kind, else — all of one
                        # kind, one zone named twice (闵行开发区, 上海闵行经济技术开发区) — the one named last before it
                        known = {k: m for k, m in named.items() if not m.provisional}
                        parks = {k: m for k, m in named.items() if not m.name.endswith(_CITY_KINDS)}
                        kinds = {"开发区" if m.name.endswith(("开发区", "经开区")) else m.name[-3:] for m in parks.values()}
                        last = max((m for m in self.mentions if m.zone_id in parks and m.start < cell.row_start),
                                   key=lambda m: m.start, default=None)
                        # (under a 开发区 header: the one named as a 开发区 — 广州开发区 over 广州南沙新区)
                        dz = {k: m for k, m in parks.items() if m.name.endswith(("开发区", "经开区"))} \
                            if cell.row_head.strip().startswith("开发区") else {}
                        named = known if len(known) == 1 else parks if len(parks) == 1 else dz if len(dz) == 1 else \
                            {last.zone_id: last} if last and len(kinds) == 1 else named
                    if len(named) == 1:
                        m = next(iter(named.values()))
                        zone = m.name, m.zone_id, "provisional" if m.provisional else "registered"
        c.zone, c.zone_id, c.zone_status = zone if zone else ("", "", "")
        art = self.layout.article_of(cell.row_start) if self.layout.starts else 0
        year = self.layout.year_of_article(art) if self.layout.starts else None
        # (a sentence's opening period near the table holds for all its rows, or for none)
        top = cell.table_start if cell.table_start >= 0 else cell.row_start
        i = bisect_left(self.opener_pos, top) - 1
        # a column headed 2024年 or 1—8月, a row of 年份 2023; a month alone (8月) of the text's year
        pm = PERIOD.match(cell.period) if cell.period else None
        if cell.period:  # (a month column's year is the one its caption says, not the day it came out)
            said = _YEAR_SAID.findall(t, max(0, cell.row_start - 300), cell.row_start)
            year = int(said[-1]) if said else year
            if pm is None and year:
                pm = PERIOD.match(f"{year}年{cell.period}")
        if pm is not None:
            c.period = period_of(pm, year)
        elif i >= 0 and top - self.opener_pos[i] < 400 and self.openers[i] is not None \
                and not self._states_own_figure(self.openers[i].end()):
            c.period = period_of(self.openers[i], year)
        else:
            # the table's own caption first (附表 ⏎ 2024年全市重点开发区审批服务主要指标), then the
            # article's lead, then the heading over it
            head = self._table_caption_period(top)
            c.period = "" if head is not None else (self.layout.article_lead_period[art] if self.layout.starts else "")
            if head is None and self.layout.starts and not c.period:
                head = self.layout.header_period(cell.row_start)
            if head is not None:  # 18-6 主要经济指标（2024年）; 关于2024年度…的通报 ⏎ … ⏎ its table
                c.period = period_of(head, year)
        return [c]

    def _states_own_figure(self, pos: int) -> bool:
        """Whether the sentence going on at pos states a figure of its own (2023年，全省开发区营业收入增长5%。):
        a statement, whose period is its own, not a table's introduction (2024年，各开发区情况如下表。)."""
        t = self.t
        end = min(x for x in (t.find("。", pos, pos + 300), t.find("\n\n", pos, pos + 300), min(len(t), pos + 300))
                  if x >= 0)  # (a PDF's hard-wrapped lines go on with the sentence)
        if _INTRODUCES_TABLE.search(t, pos, end):
            return False  # 1—9月，全省开发区营业收入增长6.5%，各开发区情况见下表: it introduces the table too
        return any(not _ZONE_COUNTED.match(t, m.end()) for m in _OWN_FIGURE.finditer(t, pos, end))

    def _speaker_tag_before(self, s: int):
        """The nearest speaker's tag line (【…】 alone on a line) within 3,000 characters before s."""
        if self._tags is None:
            self._tags = list(_SPEAKER_LINE.finditer(self.t))
            self._tag_ends = [m.end() for m in self._tags]
        i = bisect_right(self._tag_ends, s) - 1
        return self._tags[i] if i >= 0 and self._tags[i].start() >= s - 3000 else None

    def _guest_zone(self, s: int):
        """The zone of the guest whose turn (周建伟:…) holds s, when the text's guest list (its
        first 1,500 characters: 嘉宾:周建伟  连云港经济技术开发区党工委委员) names one zone for them;
        a turn ends at the next speaker's."""
        if self._guests is None:
            self._guests, self._turns = {}, []
            head = self.t[:1500]
            if "嘉宾" in head:
                for name, a, b in _guest_lines(head):
                    named = {m.zone_id: m for m in self.mentions[bisect_left(self.m_starts, a):
                                                                  bisect_left(self.m_starts, b)]}
                    if len(named) == 1:
                        self._guests[name] = next(iter(named.values()))
                if self._guests:  # (**任晓峰**：, a turn's name in Markdown's bold)
                    self._turns = [(m.start(), m["name"].strip("*")) for m in _TURN.finditer(self.t)]
            speakers = _release_speakers(head) if not self._guests else []
            if speakers:
                # 发布人：…⏎【刘 敏】⏎…: each listed speaker speaks for the one zone their office names,
                # or for none (a province's official); the host and the reporters for none
                for name, (a, b) in speakers:
                    named = {m.zone_id: m for m in self.mentions[bisect_left(self.m_starts, a):
                                                                  bisect_left(self.m_starts, b)]}
                    if len(named) == 1:
                        self._guests[name] = next(iter(named.values()))
                    elif not _ZONE_OFFICE.match(self.t, a, b):
                        self._guests[name] = _NOBODY  # (高新区管委会副主任: the text's own zone, unnamed)
                    else:
                        self._guests[name] = None
                longest_first = sorted(self._guests, key=len, reverse=True)  # (林华清 before 林华)
                for m in sorted([*_TAG_TURN.finditer(self.t), *_TURN.finditer(self.t)], key=lambda m: m.start()):
                    tag = re.sub(r"[ \u3000*]", "", m["name"])
                    who = next((n for n in longest_first if n and n in tag), None)  # (周涛副主任：, 沈华答：)
                    if who is None and _NO_ONES_TURN.search(tag):
                        who = ""
                    elif who is None and _ANSWER_TAG.fullmatch(tag):
                        who = "?"  # (答：, 答（…）：: someone answering, not the one before)
                    if who is not None:
                        self._turns.append((m.start(), who))
                self._guests.setdefault("", _NOBODY)
        if not self._turns:
            return None
        i = bisect_right(self._turns, (s, "\uffff")) - 1
        if i < 0 or self._heading_between(self._turns[i][0], s):
            return None  # (相关阅读, 【现场短片】: what follows a heading is no one's turn)
        self._turn_at = self._turns[i][0]
        return self._guests.get(self._turns[i][1])

    def _asked_zone(self, s: int):
        """The one zone a reporter's question names (记者问：两江新区…有哪些新举措？), for the
        answer under it (刘晓东答：…) up to the next question, within 6,000 characters."""
        if self._answers is None:
            asks = [m.start() for m in _QUESTION.finditer(self.t)] if "问：" in self.t or "问:" in self.t \
                or "记者：" in self.t else []
            self._answers = [(m.start(), m.end(), max((q for q in asks if q < m.start()), default=-1))
                             for m in _ANSWER.finditer(self.t)] if asks else []
            self._answer_starts = [a for a, _, _ in self._answers]
            self._asks = asks
        i = bisect_right(self._answer_starts, s) - 1
        if i < 0:
            return None
        a, tag_end, q = self._answers[i]
        if q < 0 or s - a > 6000 or bisect_right(self._asks, s) != bisect_right(self._asks, a) \
                or self._heading_between(tag_end, s) or SPEAKER_LABEL.search(self.t, tag_end, s):
            return None  # no question over it, too far, a new question, a heading or the host since
        # the question's zones, and those of the answer's tag (答（…管委会副主任 符国斌）：)
        named = {m.zone_id: m for m in self.mentions[bisect_left(self.m_starts, q):bisect_left(self.m_starts, tag_end)]
                 if not m.passing}
        return next(iter(named.values())) if len(named) == 1 else None

    def _heading_between(self, a: int, b: int) -> bool:
        """Whether a header line other than a speaker's tag stands between a and b (本期要闻,
        a new story's title): what a tag above it said no longer speaks for b."""
        lay = self.layout
        i, j = lay.line_of(a) + 1, lay.line_of(b)
        return any(lay.kinds[k] == HEADER and not _TAG_LINE.fullmatch(self.t, lay.starts[k], lay.ends[k])
                   for k in range(i, j))

    def _caption(self, row_start: int) -> tuple[int, int] | None:
        """The span of a table's caption: the numbered caption right above the table's rows, else
        the last line before the blank line over the table, if it is short and reads as one (not a
        paragraph's sentence, a comparison, a plan's span). Kept per row: a row's caption is the
        one of the row above it."""
        if row_start in self._captions:
            return self._captions[row_start]
        t = self.t
        line_end = t.rfind("\n", 0, row_start)  # walk up over the table's rows to the line above them
        while line_end > 0:
            line_start = t.rfind("\n", 0, line_end) + 1
            if line_start in self._captions:
                span = self._captions[row_start] = self._captions[line_start]
                return span
            if _CAPTION_LINE.match(t, line_start, line_end):
                span = self._captions[row_start] = (line_start, line_end)  # 表2　…主要指标⏎| 指标 | 数值 |
                return span
            if not _TABLE_ROW_LINE.search(t, line_start, line_end):
                break
            line_end = line_start - 1
        span = self._captions[row_start] = self._caption_over_blank(row_start)
        return span

    def _caption_over_blank(self, row_start: int) -> tuple[int, int] | None:
        """A caption over the blank line above a table (or right after that blank line)."""
        t = self.t
        top = t.rfind("\n\n", 0, row_start)
        if top < 0:
            return None
        first_end = t.find("\n", top + 2)
        if 0 <= first_end < row_start and _BARE_ATTACHMENT.fullmatch(t, top + 2, first_end):
            top, first_end = first_end - 1, t.find("\n", first_end + 1)  # 附表 ⏎ 2024年…主要指标: the title under it
        if 0 <= first_end < row_start and (_CAPTION_LINE.match(t, top + 2, first_end) or _TITLE_CAPTION.fullmatch(
                t, top + 2, first_end) and not _TABLE_ROW_LINE.search(t, top + 2, first_end)):
            return top + 2, first_end  # 表1　繁峙经济技术开发区主要指标⏎| 指标 | 数值 |: right above it
            # (or a title that reads as one: 2025年上半年喀什经开区重点产业运行情况 ⏎ 产业⇥企业数（家）…)
        line_start = t.rfind("\n", 0, max(0, top)) + 1
        if top - line_start > 60 or _NOT_CAPTION.search(t, line_start, top):
            return None
        return line_start, top

    def _caption_zone(self, row_start: int, parts: bool = False):
        """The zone a table's caption names (表1　繁峙经济技术开发区主要指标), when it names one alone;
        `parts`: only a caption of one zone's parts (…分片区主要指标), for a 合计 column."""
        span = self._caption(row_start)
        if span is None or parts and not _PARTS_CAPTION.search(self.t, *span):
            return None
        named = [m for m in self.mentions[bisect_left(self.m_starts, span[0]):bisect_left(self.m_starts, span[1])]
                 if not m.passing]
        if len({m.zone_id for m in named}) != 1:
            return None
        m = named[0]
        return m.name, m.zone_id, "provisional" if m.provisional else "registered"

    def _table_caption_period(self, row_start: int):
        """The PERIOD a table's caption states (18-6　主要国家级开发区经济指标（2024年））."""
        span = self._caption(row_start)
        m = PERIOD.search(self.t, *span) if span else None
        # (a day is no period, but 截至2025年9月30日 is the stock at that month's end)
        return m if m is not None and (not DATE_DAY.match(self.t, m.end()) or _AS_OF_BEFORE.search(
            self.t, max(0, m.start() - 3), m.start())) and not _SPAN_ON.match(self.t, m.end()) else None

    def _areas_whole(self, row_start: int):
        """A total row under rows that are all areas of one free-trade zone (…自由贸易试验区南宁片区,
        …钦州港片区): that zone, when the text names it; else None (a total of zones is no zone's)."""
        t = self.t
        top = t.rfind("\n\n", 0, row_start)
        named = {m.name for m in self.mentions[bisect_left(self.m_starts, max(0, top)):bisect_left(self.m_starts, row_start)]
                 if not m.passing}
        wholes = {n[:n.rfind("试验区") + 3] for n in named if n.endswith("片区") and "试验区" in n}
        if len(named) < 2 or len(wholes) != 1 or not all(n.endswith("片区") for n in named):
            return None
        whole = next(iter(wholes))
        m = next((m for m in self.mentions if m.name == whole), None)
        return (m.name, m.zone_id, "provisional" if m.provisional else "registered") if m is not None else None

    def _rows_name_zones(self, row_start: int) -> bool:
        """Whether the rows above a total row, up to the blank line over its table, name a
        zone (a total of zones is no one zone's; a total of one zone's industries is)."""
        t = self.t
        top = t.rfind("\n\n", 0, row_start)
        top = 0 if top < 0 else top
        return bisect_left(self.m_starts, row_start) > bisect_left(self.m_starts, top) or bool(
            _PLACE_ROW.search(t, top, row_start))  # 长丰县 | 肥西县 | … : places, a total of places

    def _quote_speaker(self, s: int, a: int):
        """The zone in the speaker's title when s stands inside a quotation that a
        "…，X负责人说" closes."""
        t = self.t
        o = t.rfind("“", a, s)
        if o >= 0 and t.rfind("”", o, s) < 0:
            c = t.find("”", s, s + 400)
        elif t.count('"', a, s) % 2 == 1:  # straight quotes: an odd count opens one
            c = t.find('"', s, s + 400)
        else:
            return None
        if c < 0:
            return None
        tail = _SPEAKER.match(t, c + 1)
        if tail is None:
            return None
        lo = bisect_left(self.m_starts, c + 1)
        hi = bisect_left(self.m_starts, tail.end())
        named = [m for m in self.mentions[lo:hi] if not m.passing]
        return named[0] if named else None

    def _zone(self, s: int, e: int, a: int):
        """(name, id, status): the zone the claim's own clause names, else the nearest
        zone named before it in its paragraph, else its article's zone, else the
        document's default zone."""
        t = self.t
        nobody = False  # the turn of a speaker who speaks for no zone (_guest_zone)
        if self.caption_mentions and self.layout.starts and self.layout.kind_at(s) == CAPTION:
            # a figure in a photo caption belongs to the zone the caption names
            i = self.layout.line_of(s)
            own = [m for m in self.caption_mentions
                   if self.layout.starts[i] <= m.start < self.layout.ends[i] and not m.passing]
            if own:
                m = ([m for m in own if m.end <= s] or own)[-1]
                return m.name, m.zone_id, "provisional" if m.provisional else "registered"
        m = _CLAUSE_REV.search(t, a, s)
        cs = m.end() if m else a
        m = _CLAUSE_FWD.search(t, e, e + 80)
        ce = m.start() if m else e
        lo = bisect_left(self.m_starts, a)
        hi = bisect_left(self.m_starts, ce)
        strong = [m for m in self.mentions[lo:hi] if not m.passing]
        in_clause = [m for m in strong if m.start >= cs]
        pick = None
        if in_clause:
            before = [m for m in in_clause if m.end <= s]
            pick = before[-1] if before else in_clause[0]
        else:
            before = [m for m in strong if m.end <= s]
            items = [x.start() for x in _ITEM_MARK.finditer(t, a, s)] if before else []
            if len(items) >= 2 or items and before[0].start >= items[0]:
                # 一是…长垣经开区…营业收入突破600亿元。二是创新能力持续增强。新增高新技术企业236家: an item of a
                # numbered run speaks of its own; a zone an earlier item named is no part of it (one named
                # before the run's first item, the paragraph's lead, still is)
                before = [m for m in before if m.start < items[0] or m.start >= items[-1]]
            if before:
                pick = before[-1]
        sent_a = self._sentence_start(a, s)
        if not in_clause and pick is not None and pick.end <= sent_a:
            # 隔壁的中德产业园也在推…。今年以来，经开区这边落地的项目有27个: the sentence's own bare type
            # (经开区) names the zone of that type, not the nearest zone of another
            typed = self._named_by_type(sent_a, s, last=True)
            if typed is not None and typed.zone_id != pick.zone_id:
                pick = typed
        if not in_clause and pick is not None and pick.end <= sent_a and pick.provisional \
                and pick.name.endswith(_PARK_KINDS):
            # 实行“一区两园”，即城北产业园和乐治产业园。…2024年，开发区入驻企业126家: the zone's word, after
            # its parks were named, is the zone's (not the park named last; a registered zone, 苏州工业园区, is
            # no zone's park)
            bare = _BARE_DEV_ZONE.search(t, sent_a, s)
            if bare and not _NOT_ONE_BEFORE.search(t, max(sent_a, bare.start() - 3), bare.start()) and not any(
                    z.start <= bare.start() < z.end for z in strong):
                whole = self._last_of_type("开发区", bare.start())
                if whole is not None and not whole.name.endswith(_PARK_KINDS):
                    pick = whole
        if not in_clause and pick is not None and pick.end <= sent_a and _EXAMPLE_BEFORE.search(
                t, max(0, pick.start - 3), pick.start):
            pick = None  # 比如襄阳高新区，…。今年，全区…: an example holds only its own sentence
        placed = _PART_BEFORE.search(t, max(cs, s - 4), s) is not None and any(
            m.start >= e and (_LOCATIVE.search(t, e, m.start) or _ARRIVING.search(t, e, m.end))
            for m in in_clause)
        if not placed and not in_clause and sent_a > a and _SUBJECTLESS.match(t, sent_a) \
                and self._goes_on_with_whole(a, lo, sent_a, s, e):
            return None  # 1—10月，全县新签约项目47个…。实际到位省外资金103.7亿元: the sentence before's whole goes on
        if not placed and self._whole_figure(sent_a, s, e, lo, hi, strong):
            return None  # (but 全县规上企业112家，其中83家集聚在X园区: those 83 are the park's)
        if pick is None and self.layout.starts:
            # 1．年产10GW光伏电池片项目 ⏎ 总投资52亿元… ⏎ 落户园区：咸宁高新区: a block of lines
            # with no blank line in it (a record) that names one zone, before or after
            record = self.layout.record_bounds(s)
            if record is not None:
                named = {m.zone_id: m for m in self.mentions[bisect_left(self.m_starts, record[0]):
                                                             bisect_left(self.m_starts, record[1])]
                         if not m.passing and _ZONE_SLOT.search(
                             t, self.layout.starts[self.layout.line_of(m.start)], m.start)}
                if len(named) == 1:
                    pick = next(iter(named.values()))
        if pick is None and self.layout.starts and self.layout.bullet(self.layout.line_of(a)):
            # 4. 氢燃料电池…项目。项目总投资15.3亿元，…（落地大同经济技术开发区）: an item of a list
            # that names one zone anywhere in it is that zone's
            _, b_item = self.para_bounds(s)
            named = {m.zone_id: m for m in self.mentions[lo:bisect_left(self.m_starts, b_item)] if not m.passing
                     and (m.start - a <= 12 or _ITEM_ZONE_TAIL.match(t, m.end)
                          or _LANDS_IN.search(t, max(a, m.start - 6), m.start)
                          or _ITEM_AT.search(t, max(a, m.start - 7), m.start))}
            if len(named) == 1:
                pick = next(iter(named.values()))
        if pick is None:
            # 4. 年产30万台驱动电机项目。总投资25亿元，落户长葛经济技术开发区: the zone a project
            # lands in, named later in the figure's sentence
            end = self._sentence_end(e, self.para_bounds(s)[1])
            landed = {m.zone_id: m for m in self.mentions[bisect_left(self.m_starts, e):
                                                          bisect_left(self.m_starts, end)]
                      if _LANDS_IN.search(t, max(0, m.start - 4), m.start)
                      and not t.startswith(("、", "和", "及", "等", "与"), m.end)}  # (no list of zones)
            if len(landed) == 1:
                pick = next(iter(landed.values()))
        if pick is None and self.layout.starts:
            # 【酒泉经济技术开发区管委会副主任 马晓燕】 ⏎ 谢谢您的提问。…营业收入86.4亿元: a
            # transcript's answer belongs to the zone its speaker's tag names
            tag = self._speaker_tag_before(s)  # (a tag line may stand as a header)
            if tag is not None and not self._heading_between(tag.end(), s):
                named = [m for m in self.mentions[bisect_left(self.m_starts, tag.start()):
                                                  bisect_left(self.m_starts, tag.end())] if not m.passing]
                if named:
                    pick = named[0]
        if pick is None and self.layout.starts:
            # 嘉宾:周建伟  连云港经济技术开发区党工委委员 … ⏎ 周建伟:我们经开区…: a guest's turn is the
            # zone the programme's guest list gives them
            pick = self._guest_zone(s)
            if pick is _NOBODY:  # (a province's official, the host, a reporter: no zone's turn)
                pick, nobody = None, True
        if pick is None and not nobody and self.layout.starts and not self.layout.article_zone[self.layout.article_of(s)]:
            # 记者问：两江新区在…有哪些新举措？⏎ 刘晓东答：… ⏎ 第一，…压减至7个工作日以内: in a
            # press conference of several zones, an answer's figures are the zone its question asks about
            pick = self._asked_zone(s)
        if pick is None and not nobody and self.layout.starts:
            # ### （二）闵行经济技术开发区 ⏎ - 开办时间压缩至1个工作日: a section whose heading is
            # one zone's name, numbered or not, in 【】 or not, is that zone's
            sec, head = self.layout.section_start(s)
            if head:
                h0 = sec - len(head)
                named = [m for m in self.mentions[bisect_left(self.m_starts, h0):bisect_left(self.m_starts, sec)]
                         if not m.passing]
                if named and _HEAD_LEAD.fullmatch(t, h0, named[0].start) and (
                        len(named) == 1 and (not t[named[0].end:sec].strip(" \t\u3000*#：:】］]")
                                             or _HEAD_ABOUT.fullmatch(t[named[0].end:sec].strip(" \t\u3000*#：:】］]")))
                        or t[named[0].end:named[0].end + 1] in ("：", ":") and not _SELF_SUBJECT.match(t, sent_a)
                        and not (len(named) > 1 and _BARE_TYPE.search(t, sent_a, s))):
                    # (not a label line: 47家 ⏎ 潇河产业园区新入驻企业; but a digest's heading may go on after
                    # its zone and a colon, ### 三、宁波经开区：梅山综保区进出口增长18%: the section is the zone
                    # before the colon, unless a sentence says 综保区 of the other; 我区… under ### 一、苏州工业
                    # 园区：差距仍然明显 is the writer's zone)
                    pick = named[0]
        if pick is None and not nobody and self.layout.starts:
            # 滁州：一条链长成一片林 ⏎ 在滁州经济技术开发区，… ⏎ 产业链条长了，该区…: a section
            # headed by a place belongs to the zone of that place it names
            sec, head = self.layout.section_start(s)
            place = _HEAD_PLACE.match(head)
            if place:
                lo2 = bisect_left(self.m_starts, sec)
                named = [m for m in self.mentions[lo2:bisect_left(self.m_starts, s)]
                         if not m.passing and m.name.startswith(place[1])] or [
                    m for m in self.mentions if m.name.startswith(place[1])]
                if named and len({m.zone_id for m in named}) == 1:
                    pick = named[-1]
        listed = self._respective_zone(a, sent_a, s, e)
        if listed is not None:
            pick, in_clause = listed, [listed]  # 涪陵高新区、白涛化工园区分别完成…186.2亿元、143.5亿元
        if not in_clause:
            named = self._former_latter(a, sent_a, s)
            if named is not None:
                pick = named  # 滁州经开区和宣城经开区…。前者新签约项目41个；后者…17个
            speaker = self._quote_speaker(s, a)
            if speaker is not None:
                pick = speaker  # "今年新认定57家，"大庆高新区科技创新局负责人刘洋说
        summed = _SUM_OF_ZONES.search(t, sent_a, s)
        said = {m.zone_id for m in self.mentions[bisect_left(self.m_starts, sent_a):
                                                 bisect_left(self.m_starts, summed.start())]} if summed else set()
        if summed and (len(said) >= 2 or not in_clause and not said and len(
                {m.zone_id for m in self.mentions[bisect_left(self.m_starts, summed.start() - 2000):
                                                  bisect_left(self.m_starts, summed.start())] if not m.passing}) >= 2):
            return None  # 起步区…；西海岸新区…。两区合计新签约项目282个: a sum of two zones, none of them
            # (威海经开区与威海火炬高新区各有项目入选，两区今年合计…: the two named in its sentence)
            # (but 繁峙经开区由东区、西区两个园区组成，两区合计入驻企业186家: the one zone's parks)
        deictic = _DEICTIC_ZONE.search(t, cs, s) if not in_clause else None
        if deictic:
            # 我市高新区新增…: the one zone of that type named before, else none (not the zone the
            # paragraph or the article is about: 宜宾临港经开区…。我市高新区同期营收增长8%)
            pick = self._last_of_type(deictic["w"], deictic.start())
            if pick is None:
                return None
        if pick is None:
            typed = self._named_by_type(sent_a, s)  # 长春新区…⏎上半年，新区新签约项目58个
            if typed is not None and (not nobody or typed.start >= self._turn_at):
                pick = typed  # (in a turn that speaks for no zone, only a zone it has named itself)
        if pick is not None:
            return pick.name, pick.zone_id, "provisional" if pick.provisional else "registered"
        if self.layout.starts and _EVENT_TOTAL.search(t, sent_a, s) and self._city_event_title(s):
            return None  # 许昌市…集中签约活动举行 ⏎ … 本次活动共集中签约项目36个: the city's event, not a zone's
        if _ALL_ZONES_LEAD.match(t, max(sent_a, t.rfind("\n", 0, s) + 1)):  # (from its line: a page's header
            # lines are no part of the sentence's lead)
            return None  # 178家国家高新区实现营业收入27.9万亿元: all the country's zones of a kind, no one zone
        zid = self.layout.article_zone[self.layout.article_of(s)] if self.layout.starts and not nobody else ""
        if zid and self._under_whole_heading(s):
            return None  # 全省开发区前三季度主要指标 ⏎ 新签约项目  2 314 个: a box of the province's, in a zone's story
        if zid and self._speaks_for_authority() and not _BARE_PARK.search(self.t, sent_a, s):
            zid = ""  # a county's or city's government work report speaks for the county, not its park
            # (unless the sentence speaks of it: 园区全年签约项目32个)
        if zid and not self._article_zone_named(zid, s):
            zid = ""  # 我市…压缩至45个工作日 … (later) 武进高新区…, 常州经开区…: the city's own
        elif not zid and self.layout.starts and self._post_zone() and not _POST_SCOPE.search(self.t, max(0, s - 80), s):
            zid = self._post_zone()  # a zone's own post, its short lines cut into pieces with no zone
            # (not a figure of the country, a province or a city the post quotes: 商务部数据显示 ⏎ …)
        if zid:
            z = self.ex.zones.zone(zid)
            status = "default" if self.default is not None and zid == self.default.id else (
                "provisional" if z.provisional else "registered")
            return z.name, z.id, status
        if self.default is not None:
            return self.default.name, self.default.id, "default"
        if self.layout.starts:
            carried = self._para_before_zone(s)
            if carried is not None:
                return carried.name, carried.zone_id, "provisional" if carried.provisional else "registered"
        return None

    def _under_whole_heading(self, s: int) -> bool:
        """Whether the heading lines right above s's line (titles, a box's short lines, up to
        the body text before them) name a whole: 全省开发区前三季度主要指标."""
        lay = self.layout
        i = lay.line_of(s) - 1
        for _ in range(8):
            if i < 0 or lay.kinds[i] == BODY and lay.starts[i] < lay.ends[i]:
                return False
            if lay.kinds[i] == HEADER and _HEAD_WHOLE.match(self.t, lay.starts[i], lay.ends[i]):
                return True
            i -= 1
        return False

    def _para_before_zone(self, s: int):
        """The one zone the paragraph before names, for a paragraph that opens with a quotation and
        names no zone and no whole (邹平经济技术开发区东区，…企业…摘得这宗工业用地。 ⏎ “项目总投资
        12.6亿元…”公司副总经理…说): the words of someone in the scene just told. Not any paragraph
        that names no zone: a city's 三是…, the country's, a county's figures follow one that does."""
        pa, pb = self.para_bounds(s)
        if not _QUOTE_OPEN.match(self.t, pa):
            return None
        lo, hi = bisect_left(self.m_starts, pa), bisect_left(self.m_starts, pb)
        lay = self.layout
        if any(not m.passing for m in self.mentions[lo:hi]) or _POST_SCOPE.search(self.t, pa, s) \
                or lay.bullet(lay.line_of(pa)) or self._speaks_for_authority():
            return None  # (（三）加快发展…: a report's next item; a county's report speaks for the county)
        i = lay.line_of(pa) - 1
        while i >= 0 and lay.starts[i] == lay.ends[i]:
            i -= 1
        if i < 0 or lay.kinds[i] != BODY or lay.article_of(lay.starts[i]) != lay.article_of(pa):
            return None
        qa, qb = self.para_bounds(lay.starts[i])
        named = [m for m in self.mentions[bisect_left(self.m_starts, qa):bisect_left(self.m_starts, qb)]
                 if not m.passing]
        if len({m.zone_id for m in named}) != 1:
            return None
        return named[-1]

    def _speaks_for_authority(self) -> bool:
        """Whether the text is a county's or city's government work report (its title line
        政府工作报告, read at the 人民代表大会) or a statistics bureau's release (its first line
        宝鸡市统计局): its figures are the county's or city's unless a sentence names the park or
        speaks of 园区. A story quoting a report is no report."""
        if self._authority is None:
            head = self.t[:600]
            # (在天津市滨海新区第四届人民代表大会…: a national new area's own congress, its report the zone's)
            self._authority = _GOV_TITLE.search(head) is not None and "人民代表大会" in head \
                and _congress_owner(self.t, self.mentions) is None \
                or (_STATS_BUREAU.match(head) or _STATS_COMMUNIQUE.search(head, 0, 300)) is not None and not any(  # (宝鸡市统计局 ⏎ …全市经济运行简况;
                    not m.passing and self.layout.kind_at(m.start) == HEADER  # not a release whose title
                    and not _CONTENTS_LINE.search(self.t, m.end, self.layout.ends[self.layout.line_of(m.start)])
                    for m in self.mentions[:bisect_left(self.m_starts, 300)])  # names one zone; its
                # table of contents may: 三、沭阳经济技术开发区主要指标……5)
        return self._authority

    def _post_zone(self) -> str:
        """The zone a single text is about, for its parts that name none: a text with no
        story's dateline after its start, whose title (first line, no speaker's tag) names one zone, named at
        least twice as often as any other (半年成绩单来了！遂宁经开区… ⏎ … ⏎ 上半年共为328家
        新办企业…). '' for a page of several stories, or of several zones."""
        if self._post is None:
            self._post = ""
            lay, t = self.layout, self.t
            first = [m for m in self.mentions[:bisect_left(self.m_starts, lay.ends[0])] if not m.passing]
            if lay.kinds[0] != HEADER or len({m.zone_id for m in first}) != 1 \
                    or _TAG_LINE.fullmatch(t, lay.starts[0], lay.ends[0]):
                return self._post
            starts = list(_STORY_START.finditer(t)) if "讯" in t or "电" in t else []
            if len(starts) <= 1 and (not starts or lay.line_of(starts[0].start()) <= 3):
                counts = Counter(m.zone_id for m in self.mentions if not m.passing)
                z = first[0].zone_id
                if all(counts[z] >= 2 * n for k, n in counts.items() if k != z):
                    self._post = z
        return self._post

    def _named_by_type(self, sent_a: int, s: int, last: bool = False):
        """The zone a bare type word before the figure in its sentence stands for (新区, 示范区,
        高新区 …, not in a name, not 各/全省…): the zone of that type named in the 3,000 characters
        before it, when only one such zone is named there. `last`: the word nearest the figure, of
        the kinds that name one zone (经开区, 高新区, 综保区, 起步区), not inside a quotation."""
        t = self.t
        found_last = None
        for m in _BARE_TYPE.finditer(t, sent_a, s):
            if last and (m["w"] not in _ONE_ZONE_TYPES or t.count("“", sent_a, m.start()) > t.count("”", sent_a, m.start())):
                continue  # (片区, 新区: often a zone's own parts; “高新区有的政策…”: words quoted)
            if any(z.start <= m.start() < z.end for z in self.mentions[
                    max(0, bisect_left(self.m_starts, m.start() - 40)):bisect_left(self.m_starts, m.end())]):
                continue  # part of a zone's name
            if _NOT_ONE_BEFORE.search(t, max(sent_a, m.start() - 3), m.start()) or t.startswith(("、", "和", "与"), m.end()):
                continue  # 各新区, 全省开发区: zones, not one; 高新区、经开区联动: a list of kinds
            if last and (_TYPE_QUALIFIES.match(t, m.end()) or _IN_OUR_ZONE.search(t, m.end(), s)):
                continue  # 示范区政策在区内全面落地: the type's word qualifies a noun, the subject another
            found = self._last_of_type(m["w"], m.start())
            if found is not None and m["w"] == "新区" and any(
                    not any(z.start <= k.start() < z.end for z in self.mentions[
                        bisect_left(self.m_starts, found.end):bisect_left(self.m_starts, m.start())])
                    for k in _PART_NAMED_XINQU.finditer(t, found.end, m.start())):
                found = None  # (…在简阳布局建设东部新区。今年，新区…: that part, no zone of the text's)
            if found is not None and not last:
                return found
            found_last = found if found is not None else found_last
        return found_last

    def _goes_on_with_whole(self, a: int, lo: int, sent_a: int, s: int, e: int) -> bool:
        """Whether a sentence with no subject of its own goes on with a whole the sentence before
        it opened with and gave a figure of (1—10月，全县新签约…。实际到位省外资金103.7亿元): no zone
        and no zone's word anywhere in it."""
        t = self.t
        sent_b = self._sentence_end(e, self.para_bounds(s)[1])
        if self.layout.cue_sentences:
            return self._cue_goes_on_with_whole(a, sent_a, sent_b)
        if any(a <= m.start < sent_b for m in self.mentions[lo:bisect_left(self.m_starts, sent_b)]) \
                or _SUFFIX_ANY.search(t, sent_a, sent_b):
            return False
        # the whole opened the sentence before, or one a little earlier with only figures (no zone's
        # word) between (2024年，全省开发区实现…。规上工业增加值增长9.4%。全年实际使用外资1.86亿美元)
        versus = [v["whole"] for v in _VERSUS_WHOLE.finditer(t, sent_a, sent_b)]
        for _ in range(3):
            prev_a = self._sentence_start(a, sent_a - 1)
            whole = _WHOLE_OPENS.match(t, prev_a)
            if whole is not None and _DIGIT_ANY.search(t, prev_a, sent_a) is not None:
                # (not 高于全市3.7个百分点 after 全市…: a part measured against that whole; but a city
                # measured against its province, 全市… ⏎ …高于全省2.1个百分点, is still the city)
                return not any(w in t[prev_a:whole.end()] for w in versus)
            if prev_a <= a or _SUFFIX_ANY.search(t, prev_a, sent_a) or not _DIGIT_ANY.search(t, prev_a, sent_a) \
                    or _OWN_SUBJECT.match(t, prev_a):
                return False  # (我区规上工业增加值增长9.8%: a subject of its own between)
            versus += [v["whole"] for v in _VERSUS_WHOLE.finditer(t, prev_a, sent_a)]
            sent_a = prev_a
        return False

    def _cue_goes_on_with_whole(self, a: int, sent_a: int, sent_b: int, depth: int = 4) -> bool:
        """The same for speech whose sentences are its cues (前三季度 全省一百零八个开发区 ⏎ 实现营业收入…
        ⏎⏎ 同比增长百分之六点三 ⏎⏎ 实际使用外资十三点二亿美元): a cue with no zone and no zone's word
        goes on with a whole that opened one of the cues just before it, with none named in between."""
        t = self.t
        while depth > 0 and sent_a > a:
            lo, hi = bisect_left(self.m_starts, sent_a), bisect_left(self.m_starts, sent_b)
            if hi > lo or _SUFFIX_ANY.search(t, sent_a, sent_b):
                return False
            prev_a = self._sentence_start(a, sent_a - 1)
            if _WHOLE_SAID.match(t, prev_a) is not None and _FIGURE_SAID.search(t, prev_a, sent_a) is not None:
                return True
            sent_a, sent_b, depth = prev_a, sent_a, depth - 1
        return False

    def _city_event_title(self, s: int) -> bool:
        """Whether the first header of s's article is a city's event (钦州市…重大项目集中签约活动举行)
        and names no zone."""
        lay = self.layout
        art = lay.article_of(s)
        for i in range(lay.line_of(s), -1, -1):
            if lay.line_article[i] != art:
                break
            first = i
        for i in range(first, lay.line_of(s)):
            if lay.kinds[i] == HEADER:
                a, b = lay.starts[i], lay.ends[i]
                named = self.mentions[bisect_left(self.m_starts, a):bisect_left(self.m_starts, b)]
                return not named and _CITY_EVENT.match(self.t, a, b) is not None
        return False

    def _last_of_type(self, word: str, pos: int):
        """The one zone whose name ends as `word` says (新区, 高新区, 经济开发区 …) named in the 3,000
        characters before pos, or None (none, or two of them)."""
        ends = _TYPE_ENDS.get(word) or _TYPE_ENDS[_TYPE_OF.get(word, "开发区")]
        named = [z for z in self.mentions[bisect_left(self.m_starts, pos - 3000):bisect_left(self.m_starts, pos)]
                 if not z.passing and z.name.endswith(ends)]
        return named[-1] if named and len({z.zone_id for z in named}) == 1 else None

    def _article_zone_named(self, zid: str, s: int) -> bool:
        """Whether an article's zone speaks for the figure at s: named in a header of the
        article or in its text before s, or named first after it — no other zone between —
        and not in a round-up of three or more zones (我市…压缩至45个工作日 … 各开发区…常州高新区…
        武进高新区…常州经开区…: the city's own figure, not 武进's)."""
        lay = self.layout
        art = lay.article_of(s)
        own = self._zone_mentions.get((zid, art))
        if own is None:
            own = self._zone_mentions[zid, art] = [m for m in self.mentions
                                                   if m.zone_id == zid and lay.article_of(m.start) == art]
        if not own or any(m.start < s or lay.kind_at(m.start) == HEADER for m in own):
            return bool(own)
        k = bisect_right(lay.head_starts, s)
        if k < len(lay.head_starts) and lay.head_starts[k] < own[0].start and self._whole_named_before(s):
            return False  # （一）全市…；…（六）开发区…⏎长春新区。…: a city's report, its zones in a later section
        if any(m.zone_id != zid and not m.passing for m in self.mentions[
                bisect_left(self.m_starts, s):bisect_left(self.m_starts, own[0].start)]):
            return False  # another zone is named first, nearer the figure
        a, b = self.para_bounds(own[0].start)
        named = {m.zone_id for m in self.mentions[bisect_left(self.m_starts, a):bisect_left(self.m_starts, b)]
                 if not m.passing}
        return len(named) < 3

    def _whole_named_before(self, s: int) -> bool:
        """Whether the article names a whole (全市, 全省, 我市 …) before s: its figures may be the whole's."""
        lay = self.layout
        art = lay.article_of(s)
        a = self._article_starts.get(art)
        if a is None:
            a = self._article_starts[art] = lay.starts[lay.line_article.index(art)] if lay.starts else 0
        return _SCOPE_REV.search(self.t, a, s) is not None

    def _last_pair(self, a: int, pos: int):
        """The two zones that 两区 stands for: the last two named as a pair before pos in the
        paragraph (A与B, A（简称A'）和B, A、B), else the only two it names that take claims."""
        t = self.t
        named = self.mentions[bisect_left(self.m_starts, a):bisect_left(self.m_starts, pos)]
        if len({m.zone_id for m in named}) < 2 and a > 0:  # A与B签署协议。⏎⏎今年，两区分别…: the paragraph before
            named = self.mentions[bisect_left(self.m_starts, self.para_bounds(a - 1)[0]):bisect_left(self.m_starts, pos)]
        pairs = [(x, y, gap[0].strip()) for x, y in zip(named[:-1], named[1:])
                 if x.zone_id != y.zone_id and (gap := _PAIR_GAP.fullmatch(t, x.end, y.start))]
        # two named as actors (A与B) before two listed (太谷经开区、平遥经开区相关负责人出席)
        joined = [p for p in pairs if not p[2].endswith("、")]
        if joined or pairs:
            return (joined or pairs)[-1][:2]
        own = list({m.zone_id: m for m in named if not m.passing}.values())
        return (own[0], own[1]) if len(own) == 2 and own[0].start < own[1].start else None

    def _respective_zone(self, a: int, sent_a: int, s: int, e: int):
        """The zone a figure of a 分别 list stands for: the k-th of the N zones its sentence (or,
        naming none, the sentence before) lists, when the list after 分别 has N figures."""
        t = self.t
        resp = _RESPECTIVELY.search(t, sent_a, s)
        if resp is None or _CLAUSE_STOP.search(t, resp.end(), s):
            return None  # (the figure must stand in the list that 分别 opens)
        k = len(_ITEM_SEP.findall(t, resp.end(), s))
        stop = _CLAUSE_STOP.search(t, e)
        n = k + 1 + len(_ITEM_SEP.findall(t, e, stop.start() if stop else len(t)))
        if n < 2:
            return None
        both = _BOTH_ZONES.search(t, sent_a, resp.start())
        if both is not None and n == 2 and not self.mentions[
                bisect_left(self.m_starts, sent_a):bisect_left(self.m_starts, resp.start())]:
            pair = self._last_pair(a, sent_a)
            if pair is not None:
                return pair[k]  # A与B…。两区分别新增45家和38家
        for lo, hi in ((sent_a, resp.start()), (self._sentence_start(a, max(a, sent_a - 1)), sent_a)):
            named = self.mentions[bisect_left(self.m_starts, lo):bisect_left(self.m_starts, hi)]
            if not named:
                continue
            # the zones must stand as one list (A、B / A和B), and what follows the list up to
            # 分别 must be no list of its own (企业开办、工程建设项目审批时间分别…: indicators)
            run = [named[-1]]
            for m in reversed(named[:-1]):
                if not _LIST_GAP.fullmatch(t, m.end, run[0].start):
                    break
                run.insert(0, m)
            if len(run) != n and all(m.start == lo or t[m.start - 1] in "，,；;：:。\n" for m in named):
                run = named  # 其中，A…1126.3亿元；B…739.1亿元，分别增长12.3%、8.7%: each opens a clause
            if len({m.zone_id for m in run}) != len(run) or len(run) != n \
                    or _WORD_LIST.search(t, run[-1].end if lo == sent_a else sent_a, resp.start()):
                return None
            return run[k]
        return None

    def _former_latter(self, a: int, sent_a: int, s: int):
        """The zone that 前者 or 后者, opening a clause of the claim's sentence, stands for:
        the earlier or the later of the last two zones named before it, when the later of
        them is named in that sentence or the one before (A经开区和B经开区…。前者…；后者…)."""
        t = self.t
        word = _FORMER_LATTER.search(t, sent_a, s)
        if word is None or bisect_left(self.m_starts, word.end()) < bisect_left(self.m_starts, s):
            return None  # (a zone named after it, nearer the figure, is the figure's own)
        lo = bisect_left(self.m_starts, a)
        last: dict[str, object] = {}
        for m in self.mentions[lo:bisect_left(self.m_starts, word.start())]:
            if m.end <= word.start():  # (A和B named together may read as in passing)
                last.pop(m.zone_id, None)
                last[m.zone_id] = m
        if len(last) < 2:
            return None
        earlier, later = list(last.values())[-2:]
        if later.start < self._sentence_start(a, max(a, sent_a - 1)) or _PAIR_BETWEEN.search(
                t, later.end, word.start()):
            return None  # named too far back, or another pair (先进制造、数字经济) is nearer
        return earlier if word["w"] == "前者" else later

    def _run_as_one(self, district: str) -> bool:
        """Whether the text says a zone and the district are run as one (广州开发区…与黄埔区“一套班子、
        合署办公”, 广州开发区（黄埔区）): the district's figures are then the zone's."""
        hit = self._as_one.get(district)
        if hit is None:
            t, bare = self.t, district[:-1]
            named = [x for x in self.mentions if not x.passing]

            def sentence(a: int, b: int) -> tuple[int, int]:  # the sentence around [a, b), in its paragraph
                pa, pb = self.para_bounds(a)
                return self._sentence_start(pa, a), self._sentence_end(b, max(b, pb))

            def near(a: int, b: int) -> bool:  # a zone named in the same stretch of text
                return any(a - 30 <= x.start and x.end <= b + 30 for x in named)

            hit = any(
                # 广州开发区与黄埔区“一套班子、合署办公”, 广州开发区、黄埔区实行…: the pair said run as one
                _RUN_AS_ONE.search(t, *sentence(m.start(), m.end()))
                and (near(m.start(), m.end()) or not _DISTRICT_OFFICE.match(t, m.end()))
                # (宝山区市场监管局与区税务局合署办公: two of the district's offices, no zone)
                # 广州开发区（黄埔区）, 杭州高新区（滨江）: the district in brackets after the zone's name
                or t[m.start() - 1:m.start()] in "（(" and any(x.end == m.start() - 1 for x in named)
                # 黄埔区（广州开发区）: the zone in brackets after the district's
                or t[m.end():m.end() + 1] in "（(" and any(x.start == m.end() + 1 for x in named)
                for m in re.finditer(re.escape(district) + "|(?<=[（(])" + re.escape(bare) + "(?=[）)])", t))
            self._as_one[district] = hit
        return hit

    def _whole_figure(self, sent_a: int, s: int, e: int, lo: int, hi: int, strong) -> bool:
        """Whether the sentence up to the claim makes it a figure of a whole: 全省开发区…,
        同期，宁波市实现地区生产总值… (a province, or the city of a zone the text names)."""
        t = self.t
        # 主要指标持续改善：全省开发区开办企业…；办理建筑许可…由56个工作日压缩至34个工作日: the items of
        # a list after a colon share the whole its first item names
        stop = _FULL_STOP_REV.search(t, max(0, sent_a - 300), sent_a)
        full_a = stop.end() if stop else max(0, sent_a - 300)
        if full_a < sent_a and _LIST_COLON.search(t, full_a, sent_a):
            sent_a = full_a
        for rx in (_SCOPE_REV, self.city_scope):
            if rx is None:
                continue
            for scope in rx.finditer(t, sent_a, s):
                if _RANKED_IN.search(t, max(0, scope.start() - 3), scope.start()) or _AMONG.match(t, scope.end()) \
                        or _ONE_OF.match(t, scope.end()) or _SHARE_OF_WHOLE.match(t, scope.end()) \
                        and _SHARE_LEAD.search(t, max(0, scope.start() - 4), scope.start()):
                    continue  # 入选全省十强开发区, 全国重要的镁合金基地: a rank or a name among the whole, not its figure
                if t[scope.start():scope.end()].endswith("团") and any(
                        scope.start() - 12 <= m.end <= scope.start() and not _CLAUSE_STOP.search(t, m.end, scope.start())
                        for m in self.mentions[lo:hi]):
                    continue  # 繁峙经开区招商团…共签约: the zone's own delegation
                if rx is not self.city_scope and scope[0] == "全球" and _FIRM_CLAUSE.search(t, scope.end(), s):
                    continue  # 全球…下降21.7%，公司产品销量逆势增长35%: the firm's clause after the world's
                if rx is not self.city_scope and scope[0] == "全球" and _FIRM_SUBJECT.search(t, sent_a, scope.start()):
                    continue  # 园区龙头企业隆基绿能，今年前5个月全球组件出货量…: the firm's worldwide figure
                if _shut_after(t, scope.end(), s):
                    continue  # （全县为7.8%）；完成固定资产投资62.4亿元: an aside that has closed
                if (rx is self.city_scope or scope[0] in ("全县", "全区", "全球") or scope[0].startswith("我") or scope["place"]
                        or scope[0] == "全国" and not _same_kind(t, scope.end(), s)) and (
                        t.startswith("域", scope.end()) or _ZONE_CLAUSE.search(t, scope.end(), s)) \
                        or _own_zone_clause(t, scope.end(), s):
                    continue  # 合肥区域…; 涪陵区实现…；高新区完成…: the zone's own clause
                if rx is not self.city_scope and scope["place"] and scope["place"].endswith("区") \
                        and self._run_as_one(scope["place"]):
                    continue  # 与黄埔区“一套班子、合署办公”: the district the zone is run as, its figures the zone's
                if (rx is self.city_scope or scope["place"]) and (
                        _COMPANY_AFTER.match(t, scope.end())  # 神池县明鑫…有限公司: a firm's name
                        or _ORGAN_AFTER.match(t, scope.end())  # 鹿邑县委县政府高度重视: the county's leaders
                        or _OUTSIDERS_OF.match(t, scope.end())  # 山西省的企业来我们这里投资: whose firms, no subject
                        or any(m.start <= scope.start() < m.end for m in self.mentions[lo:hi])
                        or not _PLACE_SUBJECT.search(t, max(0, scope.start() - 16), scope.start())):
                    continue  # 北京市经济技术开发区, 是西藏自治区唯一的…: no subject of its own
                if (_SCOPE_OBJECT.search(t, max(0, scope.start() - 2), scope.start())
                        or t[scope.start() - 1:scope.start()] == "、" and _SHARE_OF_LIST.search(t, max(sent_a, scope.start() - 16), scope.start())
                        or _BASE_CITY_BEFORE.search(t, max(0, scope.start() - 6), scope.start())
                        and s - scope.end() > 1) \
                        and not _AVERAGE_AFTER.match(t, e) and not _AVERAGE_OF.fullmatch(t, scope.end(), s):
                    continue  # 占全省的比重: the whole is a denominator here, not the subject
                    # (but 高于全市4个园区40.3个工作日的平均水平 is the whole's own figure)
                if not [m for m in strong if scope.end() <= m.start < s]:
                    return True  # 全省开发区新增市场主体4.2万户: a province-wide figure
                break
        return False

    # -- period --------------------------------------------------------------------
    def _period(self, s: int, sent_a: int, a: int, left_sentence: str) -> str:
        """The period the claim's sentence states before it; else one that opens an
        earlier sentence of its paragraph (截至2024年10月底，…); else its article's lead."""
        lay = self.layout
        art = lay.article_of(s) if lay.starts else 0
        year = lay.year_of_article(art) if lay.starts else None
        base = self._base_year(s, a, year)
        found = last_period(left_sentence, year, base)
        if found is not None:
            code, begin, end = found
            rest = left_sentence[end:]
            # 2024年，新认定7家；累计21家、拥有…6家: a running total or a stock is not
            # tied to the year the sentence opened with — unless that was an as-of date
            # (截至2025年5月，累计入驻企业212家).
            if PRESENT.search(rest):
                return ""
            stock = _STOCK.search(rest)
            if stock and stock.start() > 1 and not AS_OF.search(left_sentence, 0, begin) \
                    and not (stock[0].startswith("累计") and _MONTHS_SPAN.search(left_sentence, begin, end)):
                return ""  # but 上半年累计为127个项目…, 1—9月…累计受理32.6万件: a total over the period itself
            return code
        if PRESENT.search(left_sentence):
            return ""
        i = bisect_left(self.opener_pos, sent_a) - 1
        if i >= 0 and self.opener_pos[i] >= a:
            m = self.openers[i]
            return "" if m is None else period_of(m, year, self._base_year(self.opener_pos[i], a, year))
        if not lay.starts:
            return ""
        m = lay.header_period(s)
        if m is not None:
            return period_of(m, year, base)
        return lay.article_lead_period[art]

    def _base_year(self, s: int, a: int, year: int | None) -> int | None:
        """The year a period said without one (上半年, 全年, 1—8月) is in: the year that
        opens an earlier sentence of the paragraph, else the header above, else `year`.
        A year inside a sentence (较2023年, （2023年增长10.8%）) is a comparison."""
        i = bisect_left(self.year_pos, s) - 1
        if i >= 0 and self.year_pos[i] >= a:
            return self.year_val[i]
        m = self.layout.header_period(s) if self.layout.starts else None
        if m is not None and (m["year"] or m["cnyear"]):
            return int(period_of(m, None)[:4])
        dp = self.layout.doc_period if self.layout.starts else None
        if dp is not None and (dp["year"] or dp["cnyear"]):
            return int(period_of(dp, None)[:4])  # 苏州工业园区2025年经济运行回眸 ⏎ 一季度｜…: 2025's, whenever published
        return year

    def _sentence_text(self, a: int, b: int, keep: tuple = ()) -> str:
        key = (a, b, keep) if keep and self.original.find("\n", a, b) >= 0 else (a, b)  # one line: nothing dropped
        text = self._sentences.get(key)
        if text is None:
            text = self._sentences[key] = self.layout.clean(a, b, original=True, keep=keep)
        return text

    def _openers(self):
        """Periods (and 目前) that open a sentence: a paragraph's later sentences
        inherit them, and those that name a year give it to the periods said
        without one (2024年，…；全年…). One pass over the text, looked up by bisection."""
        t = self.t
        found, years = [], []
        for rx, is_period in ((PERIOD, True), (PRESENT, False)):
            for m in rx.finditer(t):
                p = m.start()
                if is_period and (_BASE_BEFORE.search(t, max(0, p - 2), p)
                                  or _PUBLISHED_BEFORE.search(t, max(0, p - 8), p)
                                  or FOUNDED.match(t, m.end()) or DATE_DAY.match(t, m.end())
                                  or FOUNDED_LABEL.search(t, max(0, p - 8), p)):
                    continue  # 比2023年; 发布时间：2025年4月28日 — the page's date, no period
                k = _OPENER_REV.search(t, max(0, p - 24), p)
                lead = _DROP_LEAD.sub("", t[k.end() if k else max(0, p - 24):p])
                if (k is not None or p < 24) and len(lead) <= 12:
                    found.append((p, m if is_period else None))
                    if is_period and (m["year"] or m["cnyear"]):
                        years.append((p, int(period_of(m, None)[:4])))
        found.sort(key=lambda x: x[0])
        self.opener_pos = [p for p, _ in found]
        self.openers = [m for _, m in found]
        self.year_pos = [p for p, _ in years]
        self.year_val = [y for _, y in years]

#: a word of English on a line: three Latin letters or more, other than a unit's symbol
#: (储能200MW/800MWh, 30万TEU are Chinese lines)
_LATIN_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]{3,}(?![A-Za-z])")
_LATIN_UNITS = frozenset(u for u in UNITS if u.isascii() and u.isalpha())


def _english_on(t: str, a: int, b: int) -> bool:
    return any(m[0] not in _LATIN_UNITS for m in _LATIN_WORD.finditer(t, a, b))


#: what a list's last item may carry for items written with a bare 个 before it
#: (3个、35个、5个工作日; 2个、3个月)
_LIST_UNIT_OF_GE = re.compile(r"个(?:工作日|自然日|月|多月|小时|多小时|星期)")
#: …and what stands before such a list: a from, a to or an is (由3个、5个工作日; 分别为2个、3个月)
_LIST_OPENS = re.compile(r"(?P<w>由|从|为|是|至|到|需|要|用时?)\s*(?:原来的|过去的|法定的|此前的|原)?\s*$")


_LEAD_FIGURE = re.compile(r"\d+(?:[,，]\d{3})*(?:\.\d+)?")


def _clause_start(t: str, s: int, lo: int = 0, rev=_LIST_CLAUSE_REV) -> int:
    """Where the clause holding s starts (after the last ，；。：or line break before it; a list's
    、 stays inside), no earlier than lo. `rev` another set of marks read backwards."""
    m = rev.search(t, lo, s)
    return m.end() if m else lo


def _unit_scale(h: _Hit) -> float:
    """The scale of h's unit alone, its multiplier left out: 666.67 for 1.2万亩 (m2), 1 for 1.5万元."""
    return h.value / (parse_number(h.num) or h.value or 1.0)


def _per_digit(h: _Hit) -> float | None:
    """What one unit of the figure's digits is worth in its canonical unit: 1e8 for 1.6亿元
    (yuan), 10000 for 2.1万平方米 (m2), 1 for 46个工作日 — the scale another bare figure of
    the same list or range takes (分别为3.5、2.8、1.6亿元; 3至5亿元). None when the figure is
    not written in digits (五亿元).

    >>> h = _Hit(0, 6, 0, 4, "1.6亿", 160000000.0, "yuan", "money", "", "元")
    >>> _per_digit(h)
    100000000.0
    """
    digits = h.num.replace(" ", "")  # (1 2 . 3, 1 236.8亿: an OCR's spaces)
    m = _LEAD_FIGURE.match(digits)
    base = float(m[0].replace(",", "").replace("，", "")) if m else 0.0
    return h.value / base if base else None


def _item_scale(h: _Hit, item: str) -> float | None:
    """The scale a bare item of h's list takes: h's whole scale (分别为3.5、2.8、1.6亿元, 2860、3120、
    15亿元, 分别奖励200、100、5万元: the multiplier for each), except after a last figure of a few 万
    or 亿 (under ten of them) where a whole item of hundreds or thousands may be in the unit
    itself: counts are (分别为850、960、1.2万人: 850 people, 万 came with the last figure only), and
    areas that would be too large for any zone (8600、1.2万亩);
    money keeps the multiplier (tiers of awards); other units and 亿 say no scale (None: 500、
    800、1.2万吨 may be tonnes or 万 tonnes; 8000、1.2亿元 8000万 or 8000 yuan)."""
    whole = _per_digit(h)
    if whole is None:
        return None
    digits = h.num.replace(" ", "")
    lead = _LEAD_FIGURE.match(digits)
    tail = digits[lead.end():] if lead else ""
    value = float(item.replace(",", ""))
    if tail[:1] in ("万", "亿") and float(lead[0].replace(",", "")) < 10 and "." not in item:
        if tail.startswith("万") and not tail.startswith("万亿") and 100 <= value < 10000:
            if h.kind == "count" or h.kind == "area" and value * whole > 1e9:
                return _unit_scale(h)  # (8600、1.2万亩: 8600万亩 would be 57,000 km²)
            return whole if h.kind == "money" else None
        if value >= 1000:
            return None  # (8000、1.2亿元; 8500、1.2万亿元)
    return whole


def _share_list_unit(hits: list[_Hit], t: str) -> None:
    """Items of a list written with a bare 个 take the unit of its last item, where that one
    is 个 and more and the list follows 由, 从, 为 … (分别由3个、35个、5个工作日: three times in
    working days; but 项目12个、16个月内投产 counts projects)."""
    k = 0
    while k < len(hits):
        j = k
        while j + 1 < len(hits) and hits[j].unit_surface == "个" and hits[j].kind == "count" \
                and t[hits[j].end:hits[j + 1].start].strip() in ("、", "和", "及", "与"):
            j += 1
        last = hits[j]
        opens = _LIST_OPENS.search(t, max(0, hits[k].start - 9), hits[k].start) if j > k else None
        # (由/从/至 open a side of a from-to list; 为/是/需… only after 分别: 在建项目是15个、3个月内… counts projects)
        if opens and _LIST_UNIT_OF_GE.fullmatch(last.unit_surface or "") and (
                opens["w"] in ("由", "从", "至", "到") or "分别" in t[max(0, opens.start() - 6):opens.start()]):
            for h in hits[k:j]:
                scale = _per_digit(last) or 1.0
                h.value, h.unit, h.kind, h.unit_surface = parse_number(h.num) * scale, last.unit, \
                    last.kind, last.unit_surface
        k = j + 1


def _once_a_line(claims: list[Claim], layout: Layout, restated: list[Claim]) -> list[Claim]:
    """A figure a line states twice (US$38.5 bn / 385亿美元 | +14.2% / 增长14.2%: the same
    in two languages) is one claim."""
    seen, out = set(), []
    for c in claims:
        line = layout.line_of(c.start) if layout.starts else 0
        key = (line, c.zone_id, c.indicator, round(c.value, 6), c.unit, c.value_before, c.period)
        if key in seen and layout.starts and _english_on(
                layout.text, layout.starts[line], layout.ends[line]):
            restated.append(c)
            continue
        seen.add(key)
        out.append(c)
    return out


def _drop_restated(claims: list[Claim], layout: Layout) -> tuple[list[Claim], list[Claim]]:
    """A headline, a pull quote or a caption that restates a claim of the text is the
    same claim: (claims kept, restatements dropped)."""
    def key(c):  # the family, not the indicator: a headline's words are fewer
        return (c.zone_id, c.family, c.value, c.unit, c.value_before)

    if not layout.starts:
        return claims, []
    aside = [layout.kind_at(c.start) in (HEADER, CAPTION) for c in claims]
    body = {key(c) for c, h in zip(claims, aside) if not h}
    # a title that names no zone restates a figure of the text, whatever zone the text gives it:
    # 32个项目总投资386.5亿元 over 本次活动共签约项目32个…; 我市高新区上半年新增企业320家 over 绵阳高新区…320家
    said = {(c.family, c.value, c.unit, c.value_before, c.qualifier) for c, h in zip(claims, aside) if not h}
    unnamed = [h and (c.family, c.value, c.unit, c.value_before, c.qualifier) in said
               and (not c.zone_id or not _SUFFIX_ANY.search(layout.text, layout.starts[layout.line_of(c.start)],
                                                            layout.ends[layout.line_of(c.start)]))
               for c, h in zip(claims, aside)]
    # a headline's 压减至5个工作日 restates the text's 从20个工作日压减至5个工作日
    body |= {(c.zone_id, c.family, c.value, c.unit, None) for c, h in zip(claims, aside) if not h}
    drop = [h and key(c) in body or u for c, h, u in zip(claims, aside, unnamed)]
    return [c for c, d in zip(claims, drop) if not d], [c for c, d in zip(claims, drop) if d]


class _Found:
    """A literal found in a text, with a match's span methods."""
    __slots__ = ("a", "b")

    def __init__(self, a: int, b: int):
        self.a, self.b = a, b

    def start(self) -> int:
        return self.a

    def end(self) -> int:
        return self.b


class _CityScope:
    """The cities of the zones a text names, found right to left as a reverse pattern
    of them would find them (the rightmost first; at one end, the longest name). Every
    occurrence in the text is found once; a window is then a bisection away."""

    def __init__(self, cities: tuple[str, ...], t: str):
        self.t = t
        found = []
        for k, city in enumerate(sorted(cities, key=len, reverse=True)):
            p = t.find(city)
            while p >= 0:
                found.append((-(p + len(city)), k, p))
                p = t.find(city, p + 1)
        found.sort()
        self.found = found
        self.neg_ends = [f[0] for f in found]

    def finditer(self, t: str, a: int, b: int):
        assert t is self.t
        found = self.found
        limit = b
        for i in range(bisect_left(self.neg_ends, -b), len(found)):
            neg_end, _, p = found[i]
            if -neg_end <= a:
                return
            if -neg_end <= limit and p >= a:
                limit = p
                yield _Found(p, -neg_end)


def _city_scope(cities: tuple[str, ...], t: str):
    """The cities of the zones a text names (_CityScope), or None."""
    return _CityScope(cities, t) if cities else None


def _party_deadline(t: str, s: int) -> bool:
    """Whether the time at s is a deadline a land sale's or a tender's terms set a party to it (竞得人应在…
    10个工作日内签订合同, 受让人须在…6个月内开工, 中标人…): an obligation, no time a zone achieves. (Not an
    investment agreement's 甲方/乙方: the zone's promised times and the project's schedule are claims.) The
    duty holds its own clause only (受让人应当在…12个月内开工，常州高新区…压缩至5个工作日: the zone's)."""
    sent = max(max(t.rfind(c, max(0, s - 160), s) for c in "。；;！？\n") + 1, s - 160, 0)
    clause = max(t.rfind("，", sent, s), t.rfind(",", sent, s)) + 1
    end = _CLAUSE_END.search(t, s)
    end = end.start() if end else len(t)
    # (…须符合…，并在…6个月内开工, …，余款在1年内缴清: the duty goes on, in a clause of its own that
    # names no zone, cuts no time, and does what such terms bind a party to)
    goes_on = t.startswith(("并", "且"), clause) or not (_REFORM_WORD.search(t, clause, end) or _SUFFIX_ANY.search(t, clause, end)
                                                          or _TIME_TAKEN.search(t, clause, end)) \
        and _DUTY_DEED.search(t, clause, end) is not None  # (not …，从摘牌到开工仅用时3天: a time measured;
    # but …，从开工到竣工不得超过24个月 goes on with the duty)
    return any((not _CLAUSE_MARK.search(t, m.end(), s) or goes_on)
               and not (m.start() > 0 and t[m.start() - 1] in "与和同" and (
                   not (after := _DUTY_RIGHT_AFTER.match(t, _PARTY_NAME.match(t, m.start()).end()))
                   # (局与竞得人于…签订协议，承诺3个工作日内…: the bureau's promise in a clause of its own;
                   # but 局与竞得人于…之日起10个工作日内签订合同: the contract's term, in the same clause)
                   or after[0] in ("于", "自") and _CLAUSE_MARK.search(t, m.start(), s)
                   and _AGENT_BEFORE.search(t, max(sent, m.start() - 10), m.start())))
               for m in _PARTY.finditer(t, sent, s, overlapped=True))  # (与竞得人对接, 为竞得人和中标人提供…: an object; but
    # 出让方与竞得人应当…, 项目业主与中标人须…: the contract's two parties, bound together)


#: a duty: 应当, 应于, 须, 需在, 必须, 承诺, 之日起 (not 相应, 对应, 响应, 应用, 应急, 无须, 所需, 仅需, 只需,
#: 需5个工作日 — what a step takes —, 承诺制, 承诺后)
_DUTY = (r"(?:应当|应于|应在|(?<![相对响适供反呼答])应(?![用急对答])|(?<![无毋所仅只急])须"
         r"|(?<![无毋所仅只急])需(?!求)(?![\d一二两三四五六七八九十半][^，,。；;]{0,10}?(?:即可|就能|便可|就可))"
         r"|必须|承诺(?![制书后])|之日起)")
#: a party bound by a land sale's or a tender's terms, and the duty laid on it (竞得人应…, 中标人须…): the
#: party a clause's subject (not 为竞得人提供…, 与竞得人对接, 为竞得人和中标人…: an object; but 招标人和中标人应当…,
#: the two parties of a contract), the duty in its clause or opening the next
#: (…合同后，按照约定须在…; not …公示后，区行政审批局承诺…, another's promise)
_PARTY = re.compile(r"(?<![向给对帮替])(?<!(?<!作)为)"
                    r"(?:竞得人|竞买人|受让人|中标人|投标人|成交人|成交供应商|中标供应商|中标服务商|成交服务商|承包人(?![^，,。；;须应需]{0,12}?(?<!投标|按|按照)承诺))"
                    r"(?:[^，,。；;]{0,24}?" + _DUTY + r"|[^。；;]{0,30}?[，,](?:(?!局|委|政府|部门|中心)[^，,。；;]){0,10}?"
                    + _DUTY + ")")
_CLAUSE_MARK = re.compile(r"[，,]")
_PARTY_NAME = re.compile(r"竞得人|竞买人|受让人|中标人|投标人|成交人|成交供应商|中标供应商|中标服务商|成交服务商|承包人")
#: an agent before 与 (行政审批局与竞得人于…签订…，承诺…): the bidder its object
_AGENT_BEFORE = re.compile(r"局|委|管委会|开发区|高新区|经开区|园区|政府")
_DUTY_RIGHT_AFTER = re.compile(r"(?:双方|均)?(?:应当|应于|应在|应(?![用急对答])|须|需(?!求)|必须|承诺(?![制书后])|于|自)")
_CLAUSE_END = re.compile(r"[，,。；;！？!?\n]")
#: what a land sale's or a tender's terms bind a party to do by a time (开工, 竣工投产, 缴清, 签订合同)
_TIME_TAKEN = re.compile(r"仅用|用时|只用|仅需|只需|耗时|(?<!建设)历时|(?<!(?<!实际)工期)(?<!期限)仅为?(?=[\d一二两三四五六七八九十半][\d.]*\s*(?:个?月|天|日|年|个?工作日|个?小时))")
#: 全国 then the zones it counts (全国国家级经开区…, 全国开发区平均…): after it a bare type is theirs
_KIND_WORD_END = re.compile(r"(?:开发区|高新区|经开区|园区|综保区|新区|边合区|合作区|集聚区|集中区|示范区|片区)$")
_ZONES_OF_WHOLE = re.compile(r"(?:共有|共计|现有|已有)?(?:近|约|超过|超)?(?:[\d一二两三四五六七八九十百]+(?:多|余)?[家个])?的?"
                             r"(?:(?:国家级|省级|各类|各|国家)[、和及与]?)*\p{Han}{0,2}?"
                             r"(?:经济技术开发区|开发区|经开区|高新区|新区|综保区|综合保税区)")  # (right after 全国: 全国近230家国家级
# 经开区, 全国现有国家级经开区232家, 全国国家级、省级开发区)
_AVERAGE_IN = re.compile(r"平均|均值")
_FIRM_CLAUSE = re.compile(r"[，,；;]\s*(?:(?:而|但)?(?:该?公司|该企业|园区企业|区内\p{Han}{0,4}?企业)|(?:而|但|却)?\s*企业[^，,。；;]{0,12}?(?:在我区|在本区|在园区)"
                          r"|(?:(?:而|但|却)\s*企业|企业[^，,。；;]{0,12}?(?:仍(?!需)|逆势))(?![^，,。；;]*?(?:普遍|平均|行业|对华)))")
# (…，但企业出货量逆势增长45%, 企业开办时间在我区已压缩至…: the zone's firms; not 企业资本开支平均减少15%: the industry's)
_RANK_CUE = re.compile(r"(?:居|列|排名|位居|位列)(?:全省|全市|全国)?(?:第|前(?:列|[一二三四五六七八九十\d]+(?:位|名)?(?![\d位名的之])))|(?:居|列|位居|位列)(?:全省|全市)")  # (not 位居各类开发区首位)
_FIRM_SUBJECT = re.compile(r"(?:园区|区内|开发区|经开区|高新区|新区)(?:内的?)?(?:企业|龙头)|龙头企业")  # (a zone's firm; not
# a group from elsewhere signing with it: 集团…全球员工约2.6万人, no zone's)
_DUTY_DEED = re.compile(r"开工|动工|竣工|投产|建成|缴清|缴纳|缴齐|付清|支付|签订|签署|达产|完工|工期|质保期|履约")
_REFORM_WORD = re.compile(r"压缩|缩短|压减|减少|减至|降至|提速|提升|精简|审批|办结|办理|由\d")


def _condition(t: str, s: int, e: int) -> bool:
    """Whether t[s:e] stands in a policy's condition: 对…[the number]…的企业/项目，给予…, and in
    the same sentence 首次突破10亿元的奖励200万元. (The reward itself, 200万元, is a claim: what
    the zone offers.)"""
    sent = max(t.rfind(c, max(0, s - 120), s) for c in "。；;！？\n") + 1
    policy = _COND_OPEN.search(t, max(0, s - 40), s) is not None or _POLICY_OPEN.search(t[sent:s]) is not None
    if not policy or _GIVEN.search(t[max(sent, s - 24):s]):
        return False  # (分别给予20万元、50万元的一次性奖励: the reward, no condition)
    close = _COND_CLOSE.match(t, e)
    return close is not None and _COND_THEN.match(t, close.end()) is not None


_GIVEN = re.compile(r"(?:给予|奖励|补助|补贴|资助)[^，,。；;：:]*$")
#: a sentence that states a policy: a clause opening with 对 (对首次认定的高新技术企业奖励30万元)
_POLICY_OPEN = re.compile(r"(?:^|[，,：:])[ \t]*(?:答[：:])?[ \t]*对(?!于|标|接|比|外|口|俄|岸|照|此|象|话|称)")


def _restated(t: str, s: int, e: int) -> bool:
    """Whether the figure t[s:e] (after 应为) stands again elsewhere in t as a figure of its own
    (not inside 15个工作日 or 120亿元), outside the correction's own sentence."""
    figure = re.escape(t[s:e])
    sent_a = max(t.rfind(c, 0, s) for c in "。\n") + 1
    sent_b = min((k for k in (t.find("。", e), t.find("\n", e)) if k >= 0), default=len(t))
    return any(not (sent_a <= m.start() < sent_b) and not _CORRECTED.search(t, max(0, m.start() - 4), m.start())
               and not _CLASS_AFTER.match(t, m.end())
               for m in re.finditer(rf"(?<![\d.零〇一二两三四五六七八九十百千]){figure}", t))


def _in_short_quote(t: str, s: int, e: int, width: int = 10) -> bool:
    """Does [s, e) stand inside a quotation of at most `width` characters?"""
    o = t.rfind("“", max(0, s - width), s)
    if o < 0 or t.find("”", o, s) >= 0:
        return False
    c = t.find("”", e, e + width)
    return c >= 0 and c - o <= width + (e - s) and t.find("“", e, c) < 0


def _own_clause(left: str) -> str:
    """The clause a number stands in, from the text before it; a label before a
    colon or a bracket counts as the clause when nothing else stands there
    (新签约项目：42个, 先进制造业项目（12个，…）)."""
    m = _CLAUSE_REV.search(left)
    if m is None:
        return left
    if m.end() == len(left) and m[0] in "：:（(":
        k = _CLAUSE_REV.search(left, 0, m.start())
        return left[k.end() if k else 0:m.start()]
    return left[m.end():]


def _subject_of_figure(clause: str) -> str:
    """What a clause says before its last figure (代县经开区2024年二氧化硫排放量1.2万吨 -> …排放量)."""
    m = _BEFORE_LAST_FIGURE.match(clause)
    return m[1] if m else clause


_BEFORE_LAST_FIGURE = re.compile(r"(.*?)[\d０-９][\d.,０-９]*[^\d０-９]*$", re.S)


def _last_clause(text: str) -> str:
    """The last clause of a text (what stands after its last comma or semicolon)."""
    return re.split(r"[，,；;]", text.rstrip("，, \t"))[-1]


#: an amount written currency first, in English, inside a Chinese sentence (营收RMB 86.3 billion)
_CURRENCY_FIRST = re.compile(r"(?<![A-Za-z])(?P<cur>RMB|CNY|USD|US\$|HKD|HK\$)[ \t]?"
                             r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
                             r"(?:[ \t]?(?P<scale>(?i:trillion|trn|billion|million|bn|mn)))?(?![ \t]?[A-Za-z\d])")  # (RMB 12.6 Billion)
_HAN = re.compile(r"\p{Han}")
_CONVERTED = re.compile(r"[ \t]*[（(](?:约合|折合|合)")
_CURRENCY_UNIT = {"RMB": "yuan", "CNY": "yuan", "USD": "usd", "US$": "usd", "HKD": "hkd", "HK$": "hkd"}
_SCALE = {"trillion": 1e12, "trn": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "mn": 1e6, None: 1.0}


def _currency_first(t: str, start: int):
    """Hits for amounts written currency first (RMB 86.3 billion, USD 320 million) where a
    Chinese sentence carries them: right after a Han character (营收RMB …). An English
    paragraph or table column that repeats them, or a translation in brackets after the
    Chinese amount (1986亿元（RMB 198.6 billion）), is no source of its own."""
    for m in _CURRENCY_FIRST.finditer(t, start):
        if not _HAN.match(t, max(0, m.start() - 1), m.start()) or _CONVERTED.match(t, m.end()):
            continue  # (US$1.05 billion（约合75亿元）: the amount in 元 beside it is read instead)
        value = float(m["num"].replace(",", "")) * _SCALE[m["scale"] and m["scale"].lower()]
        yield _Hit(m.start(), m.end(), m.start("num"), m.end("num"), m["num"], value,
                   _CURRENCY_UNIT[m["cur"]], "money", "", m["cur"] + (" " + m["scale"] if m["scale"] else ""))


def _list_clause(left: str, right: str, kind: str) -> tuple[str | None, str | None]:
    """The clause of a number that is one item of a list of figures, or None; and,
    for a 分别 list, the last noun's clause, whose words the nouns may share.

    规模以上工业增加值、固定资产投资、社会消费品零售总额分别增长8.1%、12.3%和6.5%: with
    分别, item i is said of the i-th noun (固定资产投资增长 for 12.3%) when as many nouns
    as figures stand before it; a later item of a list of rates (增长8.1%、12.3%) takes
    the verb the list opened with.

    >>> _list_clause("工业增加值、固定资产投资分别增长", "、12.3%。", "pct")
    ('工业增加值增长', '固定资产投资增长')
    >>> _list_clause("工业增加值、固定资产投资分别增长8.1%、", "。", "pct")
    ('固定资产投资增长', '固定资产投资增长')
    >>> _list_clause("东湖高新区、合肥高新区的增加值增速分别为", "、11.2%。", "pct")[0]
    '东湖高新区的增加值增速为'
    >>> _list_clause("同比增长8.1%、", "。", "pct"), _list_clause("引进企业12家、", "个项目", "count")
    (('同比增长', None), (None, None))
    """
    tail = left.rstrip()
    i = 0
    if tail[-1:] in ("、", "和", "及", "与"):
        m = _LIST_TAIL.search(left)
        if m is None:
            return None, None
        i = len(_LIST_NUM.findall(m[0]))
        left = left[:m.start()]
    k = _LIST_CLAUSE_REV.search(left)
    clause = left[k.end() if k else 0:]
    if "分别" in clause:
        subject, verb = clause.rsplit("分别", 1)
        nouns = [n for n in _LIST_SEP.split(subject) if n.strip()]
        if len(nouns) >= 2 and "的" in nouns[-1]:
            # 东湖高新区、合肥高新区、长沙经开区的规上工业增加值增速分别为…: what follows the last
            # noun's 的 is said of every noun
            shared_tail = nouns[-1][nouns[-1].index("的"):]
            nouns = [n + shared_tail for n in nouns[:-1]] + nouns[-1:]
        more = _LIST_MORE.match(right)
        total = i + 1 + (len(_LIST_NUM.findall(more[0])) if more else 0)
        if len(nouns) == total >= 2:
            return nouns[i] + verb, nouns[-1] + verb
        return (clause if i else None), None
    if i and kind == "pct":
        return clause, None
    return None, None


def _not_a_claim(t: str, s: int, e: int) -> str:
    """Why a number no rule claimed is, most likely, no claim (so the data-quality
    page can show the numbers worth a new rule first)."""
    if _DATE_AFTER.match(t, e) or _DATE_BEFORE.search(t, max(0, s - 12), s):
        return "date"
    if t[max(0, s - 1):s] == "第" or t[max(0, s - 2):s].rstrip() == "第":
        return "ordinal"
    if _CODE_AROUND.search(t[max(0, s - 1):s]) or _CODE_AFTER.match(t, e):
        return "code"
    if t[e:e + 1] in (":", "：") and t[e + 1:e + 2].isdigit():
        return "time"
    return ""


def _tidy(value: float) -> float:
    """3.01公顷 -> 30100.0, not 30099.999999999996."""
    return float(f"{value:.12g}")


_DEFAULT: Extractor | None = None


def default_extractor() -> Extractor:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT


#: a web page's footer naming the site's owner: 主办单位：龙南经济技术开发区管理委员会, 版权所有 © 2025 兰州经济技术
#: 开发区管理委员会 (the owner's name, then its committee)
_SITE_OWNER = re.compile(r"(?:主办单位|主\s*办|版权所有|Copyright)[\s:：©]*(?:\d{4}[\s-]*)?(?P<owner>[^\s:：，,。；;|<>&]{2,40}?)"
                         r"(?:党工委|管理委员会|管委会)(?:办公室|融媒体中心|宣传部|党政办)?(?=[\s　<|&；;，,。]|$)")


def _site_owner(t: str, mentions: list):
    """The zone whose committee a web page's footer names as the site's owner (主办单位：X开发区管理委员会):
    its page is the zone's own, as a sidecar's `zone` says; a figure no rule gives to a zone or a
    whole is then the zone's (2024年，全区实际使用外资…). None for a city's, a paper's or no owner."""
    owners: dict[str, str] = {}
    for m in _SITE_OWNER.finditer(t):
        own = [z for z in mentions if m.start("owner") <= z.start and z.end <= m.end("owner") and not z.passing]
        if len(own) == 1 and own[0].zone_id:
            owners[own[0].zone_id] = own[0].name
    return next(iter(owners.values())) if len(owners) == 1 else None


def _congress_owner(t: str, mentions: list):
    """The national new area whose own people's congress hears the report (在天津市滨海新区第四届
    人民代表大会…): its government's report speaks for the new area, the zone. None otherwise."""
    congress = t.find("人民代表大会", 0, 600)
    if congress < 0:
        return None
    own = [m for m in mentions if m.end <= congress and not m.provisional and m.name.endswith("新区")
           and congress - m.end <= 8 and _CONGRESS_GAP.fullmatch(t, m.end, congress)]
    return own[-1].name if own else None


def extract_text(text: str, doc: str = "", default_zone: str | None = None,
                 body_start: int = 0, year: int | None = None) -> Extraction:
    """Claims, zone mentions and number mentions of one text."""
    return default_extractor().extract(text, doc, default_zone, body_start, year)


def extract_document(document: Document) -> Extraction:
    """Extract one read document; its metadata gives the default zone and the year."""
    date = document.meta.get("date", "")
    year = int(date[:4]) if date[:4].isdigit() else None
    return extract_text(document.text, doc=document.name, default_zone=document.meta.get("zone"),
                        body_start=document.body_start, year=year)
