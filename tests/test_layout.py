"""Page layout: articles, headers before or after their text, captions, column breaks."""
from __future__ import annotations

from pipeline import extract_claims, extract_text

# Two articles on one page: the first one's zone header stands AFTER its text,
# the second's BEFORE; a caption and a column break cut the second one's sentence.
PAGE = """科学导报讯 该区持续优化服务，全年新增市场主体860户，审批时限压缩至8个工作日。

大同经济技术开发区

## 服务优化 再上台阶

吕梁经济开发区

## 项目建设提速

科学导报讯 今年以来，吕梁经开区新签约项目14个，总投资

园区一景。■ 张三摄

38.5亿元。

王五
"""


def by_value(claims):
    return {c.value: c for c in claims}


def test_header_after_article_and_before_article():
    got = by_value(extract_claims(PAGE))
    assert got[860].zone.startswith("大同")          # header after its text
    assert got[8].zone.startswith("大同")
    assert got[14].zone.startswith("吕梁")           # header before its text


def test_column_break_and_caption_do_not_split_a_claim():
    got = by_value(extract_claims(PAGE))
    money = got[3_850_000_000]
    assert money.family == "money" and money.indicator == "total_investment"
    assert money.zone.startswith("吕梁")
    assert "张三" not in money.sentence  # the caption is not part of the sentence
    # the sentence is cleaned, so the number's place in it is not its offset from the sentence's start
    assert money.sentence[money.mark_start:money.mark_end] == "38.5亿元"
    assert money.start - money.sentence_start != money.mark_start


def test_a_number_split_by_a_paragraph_break_stays_whole_in_its_sentence():
    """12⏎⏎家: the short line holding the 12 is kept in the sentence, whatever its kind."""
    text = "在侯马经开区物流园，新增市场主体12\n\n家，占地12\n\n0亩。\n"
    got = {c.evidence: c for c in extract_claims(text)}
    firms, land = got["12\n\n家"], got["12\n\n0亩"]
    assert firms.sentence[firms.mark_start:firms.mark_end] == "12家"
    assert "新增市场主体12家" in firms.sentence
    assert land.sentence[land.mark_start:land.mark_end] == "120亩"


def test_spaced_numbers_are_marked_in_their_cleaned_sentence():
    text = "繁峙经开区审批时间从 60 个工作日压缩至 20 个工作日，新增企业 141 家。"
    got = by_value(extract_claims(text))
    assert {c.sentence[c.mark_start:c.mark_end] for c in got.values()} == {
        "60个工作日压缩至20个工作日", "141家"}


def test_caption_zone_does_not_take_claims():
    text = "平遥经开区今年新增企业30家。\n\n位于介休经开区的厂区一角。■ 资料图\n\n其中规上工业企业12家。"
    got = by_value(extract_claims(text))
    assert got[12].zone.startswith("平遥")


def test_overview_paragraph_walks_through_zones():
    text = ("从各地看，孝义经开区新增入驻企业25家，沁水经开区将审批时限压缩至12个工作日；"
            "和顺经开区引进项目9个。")
    got = by_value(extract_claims(text))
    assert got[25].zone.startswith("孝义")
    assert got[12].zone.startswith("沁水")
    assert got[9].zone.startswith("和顺")


def test_park_counts_for_its_parent_zone():
    text = "甘亭工业园区今年新增入驻企业6家。"
    (claim,) = extract_claims(text)
    assert claim.zone == "临汾经济开发区"


def test_unregistered_zone_is_provisional_not_dropped():
    ex = extract_text("阳泉高新区新认定高新技术企业9家。")
    (claim,) = ex.claims
    # named in full, so that 阳泉高新区 and 阳泉高新技术产业开发区 are one zone
    assert claim.zone == "阳泉高新技术产业开发区" and claim.zone_status == "provisional"
    assert claim.zone_id == "prov:阳泉高新技术产业开发区"
    assert any(m.provisional for m in ex.zones)


def test_this_year_is_the_publication_year_when_known():
    text = "今年上半年，祁县经开区新增企业12家。"
    assert extract_text(text, year=2026).claims[0].period == "2026H1"
    # without a date or a year in the text, 今年 is left open rather than guessed
    assert extract_text(text).claims[0].period == ""
    text2 = "2024年，祁县经开区出让土地8宗。今年上半年，祁县经开区新增企业12家。"
    assert by_value(extract_text(text2).claims)[12].period == "2024H1"


def test_a_pages_labelled_date_on_a_long_line_gives_this_year():
    text = ("西海岸新区改革跑出加速度\n发布时间：2025-09-26 10:32\u3000来源：新区行政审批服务局\u3000浏览次数：1268"
            "\u3000字号：【大 中 小】\n\n今年以来，青岛西海岸新区上线集成服务42项。青岛市在2024年度营商环境评价中位列全省第一。")
    assert by_value(extract_text(text).claims)[42].period == "2025"
    # the same line deep in a text (a page quoted in another) dates no 今年
    late = ("今年以来，青岛西海岸新区上线集成服务42项。" + "。" * 1600 + "\n发布时间：2023-05-01 10:32\u3000来源："
            "新区行政审批服务局\u3000浏览次数：1268\u3000字号：【大 中 小】\n")
    assert by_value(extract_text(late).claims)[42].period == ""


def test_markdown_table_cells_take_unit_and_meaning_from_the_header():
    text = ("2024年，各开发区主要指标如下：\n\n"
            "| 开发区 | 营业收入（亿元） | 增速 | 新签约项目（个） |\n"
            "|---|---|---|---|\n"
            "| 孝义经开区 | 58.3 | 6.5% | 12 |\n"
            "| 介休经开区 | 41 | 9.1% | 7 |\n"
            "| 合计 | 99.3 | 7.6% | 19 |\n")
    claims = extract_claims(text)
    got = {(c.zone[:2], c.family, c.value) for c in claims}
    assert ("孝义", "money", 5_830_000_000) in got
    assert ("孝义", "growth_rate", 6.5) in got
    assert ("介休", "project_count", 7) in got
    assert ("", "money", 9_930_000_000) in got       # a total row is about no one zone
    assert all(text[c.start:c.end] == c.evidence for c in claims)
    assert len(claims) == 9


def test_caption_figure_belongs_to_the_caption_zone():
    text = ("科学导报讯 灵石经开区今年新增企业20家。\n\n"
            "孝义经开区一家企业新增订单1.5亿元。■ 资料图\n\n"
            "灵石经开区还将加快项目建设。")
    got = by_value(extract_claims(text))
    assert got[20].zone.startswith("灵石")
    assert got[150_000_000].zone.startswith("孝义")


def test_present_tense_has_no_period():
    text = "2024年，武乡示范区引进项目5个。目前，示范区共有企业48家。"
    got = by_value(extract_claims(text))
    assert got[5].period == "2024"
    assert got[48].period == ""


# A page whose first article names its zone often and ends with a ▲ photo caption
# naming a third zone, then a masthead, then a second article whose header names its zone and whose later
# paragraphs say only 园区.
TWO_ARTICLES = """本报讯 今年以来，甲城经开区新增市场主体3260户，其中企业1815家。甲城经开区企业服务中心开通热线，
甲城经开区今年已受理企业诉求612件。

▲图为乙县经开区今年新建成的标准厂房。（资料图片）

某某日报  2025年6月18日 星期三  第7版

丙市高新区：产业集群加速成势

本报记者 王五

走进丙市高新区，今年一季度，丙市高新区实现产值236.5亿元。

在不久前举办的博览会上，园区现场签约项目32个，协议投资额超120亿元。预计2027年建成投用。
"""


def test_triangle_caption_does_not_hold_the_page_in_one_article():
    got = by_value(extract_claims(TWO_ARTICLES))
    assert got[3260].zone.startswith("甲城")
    assert got[32].zone.startswith("丙市")            # said only 园区: the article's zone
    assert got[12_000_000_000].zone.startswith("丙市")


def test_masthead_date_gives_this_year_to_every_article_on_the_page():
    got = by_value(extract_claims(TWO_ARTICLES))
    assert got[23_650_000_000].period == "2025Q1"     # not 2027, a plan year of the article


def test_an_english_paragraph_ends_its_sentence():
    """A bilingual release: the English paragraph ends with a full stop of its own and is
    no part of the Chinese sentence after it."""
    text = ("常熟高新区新增高新技术企业58家。\nIn January–October, 58 new high-tech enterprises were "
            "certified, 0.3 percentage points higher than last year.\n\n"
            "日资企业今年获得高新区技改奖补资金860万元。\n")
    money = by_value(extract_claims(text))[8_600_000]
    assert money.sentence.startswith("日资企业"), money.sentence


def test_a_rank_or_a_verb_before_a_zone_type_names_no_zone():
    """排名前五位开发区 is a rank's group, 选址经济技术开发区 a verb before the type alone:
    neither is a provisional zone."""
    text = "排名前五位开发区主要指标稳步增长。该项目选址经济技术开发区，总投资12亿元。"
    names = {m.name for m in extract_text(text).zones}
    assert not any("前五位" in n or "选址" in n for n in names), names


def test_a_charts_caption_between_two_paragraphs_starts_no_article():
    from pipeline.layout import Layout
    from pipeline.zones import ZoneFinder
    text = ("2024年漕河泾开发区实现营业总收入5128.6亿元，同比增长6.4%。\n\n【图1】\n"
            "图1：2020—2024年漕河泾开发区营业总收入（单位：亿元）\n　　2023　　4820.3\n\n"
            "■ 一串数字看“家底”\n\n　　• 入驻企业　4800余家，其中外资企业1150家，研发投入强度6.2%。\n")
    lay = Layout(text, ZoneFinder().find(text))
    # (a chart's caption naming the story's own zone, like a table's: the box after it is the same story's)
    assert lay.article_of(text.index("5128.6")) == lay.article_of(text.index("4800余家"))


def test_the_registry_names_each_zone_once():
    from collections import Counter

    from pipeline.zones import load_registry
    zones = load_registry()
    ids = Counter(z.id for z in zones)
    assert [i for i, n in ids.items() if n > 1] == []
    assert all(z.parent in ids for z in zones if z.parent)     # a park's parent is registered
    names = Counter(a for z in zones for a in {z.name, *z.aliases})
    assert [a for a, n in names.items() if n > 1] == []          # an alias names one zone
