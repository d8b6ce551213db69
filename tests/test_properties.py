"""Property tests: extraction never raises, and every claim points at its evidence.

Inputs are random unicode, random mixes of seed fragments with digits, Chinese
numerals, units, whitespace, line breaks, full-width characters and markdown
marks, seed text mangled by cuts, inserted breaks and deleted characters, and
such text saved as a web page with tags and entities inserted anywhere.
"""
from __future__ import annotations

import math
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import extract
from pipeline.markup import Markup, is_html

SEEDS = [p.read_text(encoding="utf-8")
         for p in sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))]
#: The families of the claims spec.
FAMILIES = {"duration", "pct_reduction", "growth_rate", "share_pct", "firm_count",
            "project_count", "money", "area", "other"}

SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def check(text: str) -> None:
    """Extract from `text` and check every claim's span, family and value."""
    result = extract(text)
    page = is_html(text)
    for c in result.claims:
        assert 0 <= c.start < c.end <= len(text), (c.start, c.end, len(text))
        assert text[c.start:c.end] == c.evidence, (text[c.start:c.end], c.evidence)
        assert c.family in FAMILIES, c.family
        assert isinstance(c.value, (int, float)) and math.isfinite(c.value), c.value
        if c.value_before is not None:
            assert math.isfinite(c.value_before), c.value_before
        # the evidence's place in its sentence: what cleaning kept of the evidence (of a web
        # page: of what a reader sees of it), in order
        assert 0 <= c.mark_start <= c.mark_end <= len(c.sentence), (c.mark_start, c.mark_end, c.sentence)
        marked = iter(Markup.of(c.evidence).text if page else c.evidence)
        assert all(ch in marked for ch in c.sentence[c.mark_start:c.mark_end]), (c.sentence, c.evidence)


# ---- building blocks ---------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[。；;！？!?\n，,])")
FRAGMENTS = sorted({f for seed in SEEDS for f in _SENTENCE_END.split(seed) if f.strip()})

DIGITS = st.from_regex(r"\A[0-9]{1,12}([.,][0-9]{1,4})?\Z", fullmatch=True)
CHINESE_NUMERALS = st.text(alphabet="零〇一二两三四五六七八九十百千万亿几余多半分之", min_size=1, max_size=8)
UNITS = st.sampled_from([
    "家", "户", "个", "项", "亿元", "万元", "元", "美元", "港元", "亿美元", "万", "亿",
    "个工作日", "工作日", "天", "日", "小时", "个月", "月", "年", "%", "％", "度", "亩",
    "公顷", "平方米", "万平方米", "平方公里", "MW", "MWh", "千瓦", "万千瓦", "吨", "万吨",
    "人", "名", "宗", "栋", "倍", "千伏", "kV"])
CUES = st.sampled_from([
    "超", "逾", "近", "约", "余", "多", "以上", "以内", "内", "不低于", "不超过", "最快",
    "左右", "从", "由", "至", "到", "压缩至", "缩短为", "增长", "同比增长", "占比", "分别",
    "累计", "新增", "新认定", "截至", "2024年", "2025年上半年", "截至2025年5月", "第",
    "排名第", "繁峙经开区", "平遥经开区", "太谷经济技术开发区", "山西综改区", "X经开区",
    "示范区", "高新区", "与", "等", "、", "和", "年", "月"])
WHITESPACE = st.sampled_from([" ", "  ", "\u3000", "\t", "\n", "\n\n", "\r\n", "\n\n\n", "\u00a0"])
MARKS = st.sampled_from(["#", "## ", "**", "*", "> ", "- ", "■ ", "——", "“", "”", "《", "》",
                         "（", "）", "(", ")", "〔", "〕", "·", "/", "+", "-", "x", "×"])
FULL_WIDTH = st.text(alphabet="０１２３４５６７８９．，％：；（）", min_size=1, max_size=6)

PIECES = st.one_of(st.sampled_from(FRAGMENTS), DIGITS, CHINESE_NUMERALS, UNITS, CUES,
                   WHITESPACE, MARKS, FULL_WIDTH, st.text(max_size=5))


@st.composite
def mangled_seed(draw):
    """A window of a seed text with breaks and spaces inserted and characters deleted."""
    seed = draw(st.sampled_from(SEEDS))
    start = draw(st.integers(0, len(seed) - 1))
    text = seed[start:start + draw(st.integers(1, 3000))]
    for _ in range(draw(st.integers(0, 25))):
        if not text:
            break
        at = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(["newline", "blank", "space", "delete", "cut", "fullwidth"]))
        if op == "newline":
            text = text[:at] + "\n" + text[at:]
        elif op == "blank":
            text = text[:at] + "\n\n" + text[at:]
        elif op == "space":
            text = text[:at] + draw(st.sampled_from([" ", "\u3000", "  "])) + text[at:]
        elif op == "delete":
            text = text[:at] + text[at + 1:]
        elif op == "cut":
            text = text[:at] if draw(st.booleans()) else text[at:]
        else:                                    # one ASCII digit -> full width
            digits = [i for i, ch in enumerate(text) if ch.isascii() and ch.isdigit()]
            if digits:
                i = draw(st.sampled_from(digits))
                text = text[:i] + chr(ord(text[i]) + 0xFEE0) + text[i + 1:]
    return text


TAGS = st.sampled_from(["<p>", "</p>", "<br>", "<br/>", "<b>", "</b>", "<span class=\"n\">", "</span>",
                        "<tr>", "<td>", "</td>", "</tr>", "<h2>", "</h2>", "&nbsp;", "&amp;", "&#20004;",
                        "&#x4e07;", "&lt;", "<!-- 3个工作日 -->", "<script>x='5家'</script>", "<", ">", "&"])


@st.composite
def web_page(draw):
    """A mangled seed saved as a web page, with tags and entities inserted anywhere."""
    text = draw(mangled_seed())
    for _ in range(draw(st.integers(0, 30))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(TAGS) + text[at:]
    return "<!DOCTYPE html><html><body>" + text + "</body></html>"


# ---- the properties ----------------------------------------------------------

@SETTINGS
@given(st.text(max_size=400))
def test_random_unicode(text):
    check(text)


@SETTINGS
@given(st.lists(PIECES, max_size=40).map("".join))
def test_random_mixes(text):
    check(text)


@SETTINGS
@given(mangled_seed())
def test_mangled_seeds(text):
    check(text)


@SETTINGS
@given(web_page())
def test_web_pages(text):
    check(text)


@settings(max_examples=50, deadline=None)
@given(mangled_seed())
def test_deterministic(text):
    """The same text gives the same claims, run after run."""
    rows = lambda: [c.row() for c in extract(text).claims]  # noqa: E731
    assert rows() == rows()


def test_whole_seeds():
    for seed in SEEDS:
        check(seed)
