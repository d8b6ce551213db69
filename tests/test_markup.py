"""Saved web pages: extraction reads what a reader sees and points back into the page."""
from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path

from pipeline import extract
from pipeline.markup import Markup, is_html
from pipeline.text import iter_paths

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>政务动态</title>
<style>.num { color: #c00 } /* 压缩至5个工作日 */</style>
<script>var note = "审批时限压缩至3个工作日，新增企业99家";</script></head>
<body>
  <div class="nav"><a href="/">首页</a> &gt; <a href="/news">园区动态</a></div>
  <!-- 旧稿：高新技术企业88家 -->
  <div class="article">
    <h1>成都高新区企业开办再提速</h1>
    <p>今年以来，成都高新区将企业开办时间由<b>3</b>个工作日压缩至<strong>0.5</strong>个工作日，
    新增市场主体&nbsp;1.2万户，同比增长12.5%&#xff0c;实际利用外资2.3亿美元。</p>
    <table>
      <tr><th>指标</th><th>数值</th><th>同比</th></tr>
      <tr><td>规上工业增加值（亿元）</td><td>1236.8</td><td>8.2%</td></tr>
      <tr><td>高新技术企业（家）</td><td>1120</td><td>15.1%</td></tr>
    </table>
  </div>
</body></html>
"""


def facts(claims):
    return Counter((c.zone, c.family, c.value, c.unit, c.value_before, c.period) for c in claims)


def test_a_page_is_read_as_a_reader_sees_it():
    result = extract(PAGE)
    got = {(c.family, c.value, c.unit, c.value_before) for c in result.claims}
    assert ("duration", 0.5, "working_day", 3.0) in got          # 由<b>3</b>个工作日压缩至…0.5个工作日
    assert ("firm_count", 12000.0, "firm", None) in got         # 市场主体&nbsp;1.2万户
    assert ("growth_rate", 12.5, "pct", None) in got            # 12.5%&#xff0c; (a full-width comma)
    assert ("money", 230_000_000.0, "usd", None) in got
    assert ("money", 123_680_000_000.0, "yuan", None) in got    # a <td> cell under its (亿元) label
    assert ("firm_count", 1120.0, "firm", None) in got
    # a script, a style sheet and a comment are no text: their figures are no claims
    assert not {c.value for c in result.claims} & {5.0, 99.0, 88.0}
    assert {c.zone for c in result.claims} == {"成都高新技术产业开发区"}
    for c in result.claims:
        assert PAGE[c.start:c.end] == c.evidence
        assert "<" not in c.sentence and "&nbsp;" not in c.sentence
    # the number mentions and zone mentions point into the page too
    for n in result.numbers:
        assert PAGE[n.start:n.end] == n.surface
    assert all(PAGE[z.start:z.end] == z.surface for z in result.zones)


def _as_page(text: str) -> str:
    """A text as a web page: each paragraph a <p>, its lines joined by <br>, its figures in <span>s."""
    paras = re.split(r"\n[ \t]*\n", text)
    body = "\n".join("  <p>" + html.escape(p, quote=False).replace("\n", "<br>\n") + "</p>" for p in paras)
    body = re.sub(r"(\d+(?:\.\d+)?)", r'<span class="num">\1</span>', body)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><style>p { margin: 0 }</style></head>\n"
            f"<body>\n{body}\n</body></html>\n")


def test_a_text_saved_as_a_page_gives_the_same_claims():
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        page = _as_page(text)
        plain, marked = extract(text).claims, extract(page).claims
        assert plain and facts(marked) == facts(plain), path.name
        assert all(page[c.start:c.end] == c.evidence for c in marked)


def test_what_is_a_page():
    assert is_html(PAGE)
    assert is_html("<div>一</div><div>二</div><p>三</p><br><p>四</p>")
    # a text that quotes a tag or uses angle brackets is no page, and is read unchanged
    for text in ("高新技术企业<11家>，增长<5%", "公式 a<b 且 c>d", (ROOT / "seeds").joinpath(SEEDS[0].name).read_text()):
        assert not is_html(text)


def test_the_map_back_to_the_page():
    page = "<p>企业&amp;项目<b>12</b>个</p>\n\n\n<p>下一段</p>"
    m = Markup.of(page)
    assert m.text == "企业&项目12个\n\n下一段\n\n"       # never more than one blank line
    s = m.text.index("12")
    assert page[slice(*m.span(s, s + 3))] == "12</b>个"
    assert m.index(page.index("下一段")) == m.text.index("下一段")


def test_a_folder_gives_its_pages(tmp_path):
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.htm").write_text(PAGE, encoding="utf-8")
    (tmp_path / "c.css").write_text("p {}", encoding="utf-8")
    assert [p.name for p in iter_paths([tmp_path])] == ["a.html", "b.htm"]


def test_a_spanning_cell_keeps_the_columns_after_it():
    page = ("<p>表1 园区营收</p><table><tr><th>序号</th><th>园区</th><th>营业收入（亿元）</th><th>同比增长（%）</th></tr>"
            "<tr><td>1</td><td>乐山高新技术产业开发区</td><td>512.6</td><td>8.1</td></tr>"
            "<tr><td>2</td><td>眉山经济开发区</td><td>310.2</td><td>6.3</td></tr>"
            "<tr><td colspan=\"2\">全市园区合计</td><td>1480.3</td><td>7.0</td></tr></table>")
    assert Markup.of(page).text.strip().splitlines()[-2:] == ["2\t眉山经济开发区\t310.2\t6.3", "\t全市园区合计\t1480.3\t7.0"]
    got = {(c.zone, c.value) for c in extract(page).claims}
    assert ("", 148_030_000_000.0) in got and ("", 7.0) in got       # the total row: its name, no zone
    assert any(v == 51_260_000_000.0 and z.startswith("乐山") for z, v in got)


def test_a_two_row_header_with_merged_cells():
    page = ("<table><thead><tr><th rowspan=\"2\">开发区</th><th colspan=\"2\">新签约亿元以上项目</th>"
            "<th rowspan=\"2\">协议投资额<br>（亿元）</th></tr><tr><th>个数</th><th>同比增长（%）</th></tr></thead>"
            "<tbody><tr><td>芜湖经济技术开发区</td><td>96</td><td>18.5</td><td>682.3</td></tr>"
            "<tr><td>繁昌经济开发区</td><td>58</td><td>11.5</td><td>246.7</td></tr>"
            "<tr><td>无为经济开发区</td><td>67</td><td>24.1</td><td>301.5</td></tr></tbody></table>")
    lines = Markup.of(page).text.strip().splitlines()
    assert lines[:2] == ["开发区\t新签约亿元以上项目\t〃\t协议投资额 （亿元）", "〃\t个数\t同比增长（%）\t〃"]
    got = {(c.zone[:2], c.family, c.value, c.unit) for c in extract(page).claims}
    assert ("芜湖", "project_count", 96.0, "project") in got and ("繁昌", "growth_rate", 11.5, "pct") in got
    assert ("无为", "money", 30_150_000_000.0, "yuan") in got and ("无为", "project_count", 67.0, "project") in got


def test_a_header_in_td_cells_spans_rows_as_th_would():
    # a header written in <td> (开发区 over the units' row), and a data row's rowspan as written
    page = ("<table><tr><td rowspan=\"2\">开发区</td><td>规上工业增加值</td><td>固定资产投资</td></tr>"
            "<tr><td>增速（%）</td><td>（亿元）</td></tr>"
            "<tr><td>兰州新区</td><td>13.6</td><td>96.4</td></tr><tr><td>天水经济技术开发区</td><td>9.8</td><td>18.2</td></tr>"
            "</table><table><tr><td rowspan=\"2\">海宁经济开发区</td><td>主区</td><td>24.1</td></tr>"
            "<tr><td>扩展区</td><td>11.8</td></tr></table>")
    lines = Markup.of(page).text.strip().splitlines()
    assert lines[:2] == ["开发区\t规上工业增加值\t固定资产投资", "〃\t增速（%）\t（亿元）"]
    assert lines[-1] == "扩展区\t11.8"
    got = {(c.zone[:2], c.family, c.value) for c in extract(page).claims}
    assert ("兰州", "growth_rate", 13.6) in got and ("天水", "money", 1_820_000_000.0) in got


def test_a_first_row_with_figures_in_words_is_data():
    # 五十亿元 in the first row: a data row whose rowspan stays as written, no header
    page = ("<table><tr><td rowspan=\"2\">智能制造</td><td>三一智联重卡项目</td><td>五十亿元</td></tr>"
            "<tr><td>蓝思科技园项目</td><td>三十亿元</td></tr></table>")
    assert Markup.of(page).text.strip().splitlines() == ["智能制造\t三一智联重卡项目\t五十亿元", "蓝思科技园项目\t三十亿元"]


def test_a_no_break_space_between_a_number_and_its_unit():
    page = "<html><body><p>红河综合保税区进出口额76.3&nbsp;亿元，增长24.6%。</p></body></html>"
    assert {c.value for c in extract(page).claims} >= {7_630_000_000.0, 24.6}


def test_a_table_pasted_into_markdown_is_read_as_a_table():
    text = ("# 湖南省综合保税区2024年度发展报告\n\n全省综合保税区实现进出口总值1,146.3亿元。\n\n"
            "<table>\n<tr><th>综合保税区</th><th>进出口总值<br>（亿元）</th><th>入区企业（家）</th></tr>\n"
            "<tr><td>长沙黄花综合保税区</td><td>486.72</td><td>214</td></tr>\n"
            "<tr><td>郴州综合保税区</td><td>198.46</td><td>96</td></tr>\n</table>\n\n注：数据来源于海关。\n")
    assert not is_html(text)
    claims = extract(text, doc="report.md").claims
    for c in claims:
        assert text[c.start:c.end] == c.evidence
    got = {(c.zone, c.value) for c in claims}
    assert {("", 114_630_000_000.0), ("长沙黄花综合保税区", 48_672_000_000.0), ("长沙黄花综合保税区", 214.0),
            ("郴州综合保税区", 19_846_000_000.0), ("郴州综合保税区", 96.0)} <= got
    assert not any(c.zone for c in claims if c.value == 114_630_000_000.0)


def test_a_pre_block_keeps_its_columns():
    page = ("<!DOCTYPE html><html><body><h1>公报</h1><pre>\n表2  部分开发区主要指标\n\n"
            "序号  开发区名称              地区生产总值  同比增长\n"
            "                                （亿元）     （%）\n"
            "----------------------------------------------------\n"
            " 1  永济经开区                    76.1        10.4\n"
            " 2  侯马经开区                    58.2         7.7\n</pre></body></html>")
    got = {(c.zone[:2], c.value, c.unit) for c in extract(page).claims}
    assert {("永济", 7_610_000_000.0, "yuan"), ("永济", 10.4, "pct"), ("侯马", 5_820_000_000.0, "yuan")} <= got


def test_markdown_with_a_few_tags_is_no_page():
    text = ("# 园区指标\n\n| 园区 | 企业开办时间<br>（工作日） | 新增企业<br>（家） |\n|---|---|---|\n"
            "| 永济经开区 | 0.5 | 96 |\n| 侯马经开区 | 1 | 71 |\n| 曲沃经开区 | 1 | 40 |\n\n注：数据<br>各园区<br>上报。\n")
    assert not is_html(text)
    assert {c.value for c in extract(text).claims} >= {0.5, 96.0, 71.0, 40.0}
