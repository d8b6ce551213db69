"""Round 3: which indicator a number is read as, and pages that change article.

Same `Case` format as tests/cases_extract.py, plus one expect field the earlier
tables never asserted: `indicator`, the indicator id exactly. A wrong indicator
puts a true number in the wrong column of every comparison, so these cases pin
the reading where a careful reader has no doubt:

  * a growth rate in a clause of its own (同比增长7.5%) measures the subject of
    the nearest clause before it, not the longest indicator word of the sentence;
  * fiscal revenue (一般公共预算收入) and foreign-trade value (进出口总额) are
    indicators of their own, not "total investment" borrowed from a neighbour;
  * in a before→after pair, what stands between the two values (…才能拿到的施工
    许可证，现在…) says what the pair is about;
  * a ▲ photo caption does not hold a page's articles together, and a masthead's
    date gives 今年 for each article on the page.
"""
from __future__ import annotations

try:
    from cases_extract import MU, Case
except ImportError:
    from tests.cases_extract import MU, Case

INDICATORS = [
    Case("全年完成地区生产总值86.2亿元，同比增长5.1%；规模以上工业增加值同比增长9.8%；"
         "固定资产投资完成41.5亿元，同比增长3.2%，其中工业投资同比增长14.6%。",
         [dict(family="growth_rate", value=5.1, indicator="gdp_growth"),
          dict(family="growth_rate", value=9.8, indicator="industrial_value_added_growth"),
          dict(family="growth_rate", value=3.2, indicator="fixed_asset_investment_growth"),
          dict(family="growth_rate", value=14.6, indicator="industrial_investment_growth")],
         id="r3-growth-takes-the-nearest-clause-subject"),
    Case("规模以上工业增加值增长7.7%；规模以上工业总产值突破900亿元，增长10.3%。",
         [dict(family="growth_rate", value=7.7, indicator="industrial_value_added_growth"),
          dict(family="growth_rate", value=10.3, indicator="output_growth")],
         id="r3-output-growth-not-value-added"),
    Case("固定资产投资增长6.4%；一般公共预算收入12.7亿元，同比增长3.9%。",
         [dict(family="money", value=1_270_000_000, indicator="tax_revenue"),
          dict(family="growth_rate", value=3.9, indicator="tax_revenue_growth"),
          dict(family="growth_rate", value=6.4, indicator="fixed_asset_investment_growth")],
         id="r3-fiscal-revenue"),
    Case("新签约项目23个，总投资88亿元；外贸进出口总额5.6亿美元，同比增长17.2%。",
         [dict(family="money", value=560_000_000, unit="usd", indicator="trade_value"),
          dict(family="growth_rate", value=17.2, indicator="trade_growth"),
          dict(family="money", value=8_800_000_000, indicator="total_investment")],
         id="r3-trade-value-is-not-investment"),
    Case("企业负责人说，原本要15个工作日才能办下来的建筑工程施工许可，现在2个工作日就拿到了。",
         [dict(family="duration", value=2, value_before=15, indicator="construction_permit_time")],
         id="r3-pair-subject-between-values"),
    Case("社会投资工业项目办理建筑许可时间压缩至25个工作日以内。",
         [dict(family="duration", value=25, qualifier="max", indicator="construction_permit_time")],
         id="r3-building-permit-wording"),
    Case("一般不动产登记压缩至2个工作日，抵押登记实现2小时办结。",
         [dict(family="duration", value=2, unit="working_day", indicator="property_registration_time"),
          dict(family="duration", value=2, unit="hour", indicator="property_registration_time")],
         id="r3-mortgage-registration-is-property-registration"),
]

PAGES = [
    Case("本报讯 今年以来，东城经开区新增市场主体410户。东城经开区企业服务中心开通热线，"
         "东城经开区已受理企业诉求95件。\n\n"
         "▲图为西岭高新区新建成的标准厂房。\n\n"
         "某省日报  2025年3月9日 星期日  第5版\n\n"
         "南湖高新区：新材料产业提速\n\n"
         "本报记者 赵六\n\n"
         "走进南湖高新区，今年前两个月，南湖高新区新材料产业实现产值18.4亿元。\n\n"
         "在日前举行的推介会上，园区现场签约项目12个。预计2028年全面投产。\n",
         [dict(family="firm_count", value=410, zone_prefix="东城"),
          dict(family="money", value=1_840_000_000, zone_prefix="南湖"),
          dict(family="project_count", value=12, zone_prefix="南湖", period="")],
         id="r3-page-triangle-caption-and-masthead"),
]

#: Every case of this round.
CASES_ROUND3: list[Case] = INDICATORS + PAGES

MORE = [
    Case("北川经开区18个重大项目集中开工\n\n"
         "本报讯 日前，北川经开区举行项目集中开工仪式，18个项目集中开工，总投资52亿元。\n",
         [dict(family="project_count", value=18, zone_prefix="北川"),
          dict(family="money", value=5_200_000_000, zone_prefix="北川")],
         id="r3-headline-restates-body-count-in-other-words", only=True),
    Case("记者：园区在行业中处于什么位置？\n\n"
         "答：我国锂电池正极材料产量约150万吨，园区产能达到20万吨，居全国前列。\n",
         [dict(family="other", value=1_500_000, unit="tonne", zone="", qualifier="approx"),
          dict(family="other", value=200_000, unit="tonne")],
         id="r3-national-figure-names-no-zone"),
    Case("截至6月底，南湖高新区企业累计取得发明专利证书超过1200张。园区坚持一张蓝图绘到底，"
         "推行“两张清单”管理。",
         [dict(family="other", value=1200, unit="item", qualifier="min", zone_prefix="南湖")],
         id="r3-zhang-counts-certificates-not-blueprints", only=True),
]

CASES_ROUND3 += MORE

# From the fifth held-out set's misses, said in other words.
FIFTH = [
    Case("今年以来，园区新引进规上工业企业1\n\n2家，总数达到230家。\n",
         [dict(family="firm_count", value=12), dict(family="firm_count", value=230)],
         id="r3-break-inside-number-leaves-no-fragment", only=True),
    Case("过去办理一次消防验收往往要花15个工作日，如今推行“联合踏勘”，3个工作日内即可办结。",
         [dict(family="duration", value=3, value_before=15, unit="working_day", qualifier="max")],
         id="r3-past-word-early-in-clause-opens-pair", only=True),
    Case("高新区为三家重点零部件企业开辟了审批“快速通道”。",
         [dict(family="firm_count", value=3)],
         id="r3-zone-acting-for-firms-is-not-a-count-of-zones", only=True),
    Case("开发区向5家新材料企业兑现奖补资金1200万元。",
         [dict(family="firm_count", value=5), dict(family="money", value=12_000_000)],
         id="r3-zone-giving-to-firms", only=True),
]

CASES_ROUND3 += FIFTH

# Periods said without a year (上半年, 全年, 1—9月) and periods that headers state.
PERIODS = [
    Case("关于2024年上半年园区营商环境工作情况的报告\n\n一、东山经开区\n\n"
         "推行承诺制，审批时限压缩至5个工作日。\n\n二、西山高新区\n\n新签约项目9个。\n",
         [dict(family="duration", value=5, zone_prefix="东山", period="2024H1"),
          dict(family="project_count", value=9, zone_prefix="西山", period="2024H1")],
         id="r3-report-title-period-covers-its-sections"),
    Case("清河高新区2026年工作报告\n\n一、2025年工作回顾\n\n"
         "全年实现地区生产总值120.5亿元，同比增长6.1%。\n\n二、2026年主要目标\n\n"
         "力争全年地区生产总值增长6%以上。\n",
         [dict(family="money", value=12_050_000_000, period="2025"),
          dict(family="growth_rate", value=6.1, period="2025"),
          dict(family="growth_rate", value=6, qualifier="min", period="2026")],
         id="r3-section-heading-year-for-quan-nian"),
    Case("2024年，园区经济运行平稳。1—9月，完成固定资产投资32.6亿元，同比增长8.2%。",
         [dict(family="money", value=3_260_000_000, period="2024-09"),
          dict(family="growth_rate", value=8.2, period="2024-09")],
         id="r3-month-range-takes-the-paragraphs-year"),
    Case("园区2024年工作回顾\n\n全年外贸进出口总额18.5亿元，同比增长12.4%（2023年增长10.8%）。"
         "实际利用外资1.2亿美元，较上年增长7.2%。\n",
         [dict(family="money", value=1_850_000_000, period="2024"),
          dict(family="money", value=120_000_000, unit="usd", period="2024")],
         id="r3-comparison-year-is-no-base-year"),
    Case("本报讯 2025年以来，园区持续优化服务。上半年，园区累计为86个项目提供全程代办服务，"
         "共有12个项目通过承诺制拿到施工许可。",
         [dict(family="project_count", value=86, period="2025H1"),
          dict(family="project_count", value=12, period="2025H1")],
         id="r3-total-over-the-period-keeps-it"),
]

CASES_ROUND3 += PERIODS

# Headline aggregates of a work report, each its own indicator.
AGGREGATES = [
    Case("全年实现地区生产总值356.8亿元，同比增长6.9%；完成固定资产投资128.5亿元，其中工业投资"
         "61.2亿元；技术合同成交额22.4亿元；为企业减税降费及退税缓税5.3亿元。",
         [dict(family="money", value=35_680_000_000, indicator="gdp_value"),
          dict(family="money", value=12_850_000_000, indicator="fixed_asset_investment"),
          dict(family="money", value=6_120_000_000, indicator="industrial_investment"),
          dict(family="money", value=2_240_000_000, indicator="technology_contract_value"),
          dict(family="money", value=530_000_000, indicator="cost_savings")],
         id="r3-report-aggregates-have-their-own-indicators"),
    Case("园区实际使用外资2.1亿美元，同比增长9.4%；完成进出口总额88亿元，出口额占进出口总额的比重达到61%。",
         [dict(family="growth_rate", value=9.4, indicator="foreign_investment_growth"),
          dict(family="share_pct", value=61, indicator="share_other")],
         id="r3-foreign-investment-used-and-a-share-not-a-completion-rate"),
    Case("上半年新认定高新技术企业64家，总数达到905家。",
         [dict(family="firm_count", value=64, indicator="high_tech_firms_new"),
          dict(family="firm_count", value=905, indicator="high_tech_firms")],
         id="r3-total-after-a-new-count-is-the-stock"),
    Case("规上工业企业286家，比上年净增19家。",
         [dict(family="firm_count", value=286, key="stock"),
          dict(family="firm_count", value=19, indicator_differs_from="stock")],
         id="r3-net-increase-is-a-new-count"),
]

CASES_ROUND3 += AGGREGATES

# A post of short lines: each figure's subject stands on the line above it.
SHORT_LINES = [
    Case("【外资外贸】\n进出口总额\n达到86.4亿元\n同比增长12.1%\n\n【创新主体】\n"
         "新增高新技术企业41家\n总数达到377家\n",
         [dict(family="money", value=8_640_000_000, indicator="trade_value"),
          dict(family="growth_rate", value=12.1, indicator="trade_growth"),
          dict(family="firm_count", value=41, indicator="high_tech_firms_new"),
          dict(family="firm_count", value=377, indicator="high_tech_firms")],
         id="r3-short-lines-take-the-subject-from-the-line-above", only=True),
    Case("园区年纳税次数由8次减少至5次，纳税时间由96小时压缩至60小时以内。",
         [dict(family="duration", value=60, value_before=96, unit="hour",
               indicator="tax_payment_time")],
         id="r3-time-to-pay-taxes"),
]

CASES_ROUND3 += SHORT_LINES

# Markdown bold around a figure, and figures that fell.
SIGNS = [
    Case("上半年，全区完成规上工业总产值**268.4亿元**，同比增长**7.9%**。",
         [dict(family="money", value=26_840_000_000), dict(family="growth_rate", value=7.9)],
         id="r3-bold-markers-around-figures", only=True),
    Case("受市场波动影响，园区外贸进出口总额同比下降6.2%，固定资产投资增长-1.8%。",
         [dict(family="growth_rate", value=-6.2, indicator="trade_growth"),
          dict(family="growth_rate", value=-1.8, indicator="fixed_asset_investment_growth")],
         id="r3-a-fall-is-negative-growth-not-a-cut", only=True),
    Case("企业申报材料减少45%，审批环节压减60%。",
         [dict(family="pct_reduction", value=45), dict(family="pct_reduction", value=60)],
         id="r3-a-cut-of-materials-stays-a-cut", only=True),
]

CASES_ROUND3 += SIGNS

# From the sixth held-out set's misses, said in other words.
SIXTH = [
    Case("表2  2024年主要指标（单位：亿元）\n\n| 指标 | 2024年 | 同比增长（%） |\n|---|---|---|\n"
         "| 规模以上工业总产值 | 2,406.3 | 6.1 |\n| 固定资产投资 | 311.8 | -2.4 |\n"
         "| 实际利用外资（亿美元） | 5.6 | 9.9 |\n",
         [dict(family="money", value=240_630_000_000, period="2024", indicator="output_value"),
          dict(family="growth_rate", value=6.1, indicator="output_growth"),
          dict(family="money", value=31_180_000_000, indicator="fixed_asset_investment"),
          dict(family="growth_rate", value=-2.4, indicator="fixed_asset_investment_growth"),
          dict(family="money", value=560_000_000, unit="usd", indicator="foreign_investment"),
          dict(family="growth_rate", value=9.9, indicator="foreign_investment_growth")],
         id="r3-turned-table-rows-are-indicators-caption-gives-unit", only=True),
    Case("宜都高新区：对标先进 加快发展\n\n记者：园区面临哪些竞争？\n\n"
         "答：兄弟园区都在发力。比如荆门高新区，去年把审批时间压缩到了25个工作日以内。"
         "今年以来，全区新增经营主体2,180户。\n",
         [dict(family="duration", value=25, zone_prefix="荆门"),
          dict(family="firm_count", value=2180, zone_prefix="宜都")],
         id="r3-an-example-zone-holds-only-its-own-sentence"),
    Case("    今年以来,该区新引进配套企业9家,其中投资超5亿元的项目\n3个;实际使用外资0.86亿美元。\n",
         [dict(family="firm_count", value=9), dict(family="project_count", value=3),
          dict(family="money", value=86_000_000, unit="usd")],
         id="r3-indented-ocr-lines-are-body-text", only=True),
    Case("统计范围为计划总投资500万元及以上项目。", [], id="r3-and-above-is-a-size-class"),
]

CASES_ROUND3 += SIXTH

# The date a text came out: a post's date line or a 发布时间 line gives 今年, no period.
DATES = [
    Case("长河经开区：上半年产值稳步增长\n\n来源：长河经开区管委会　　发布时间：2025-07-16\n\n"
         "今年上半年，长河经开区完成规上工业总产值326.1亿元，同比增长8.1%。\n",
         [dict(family="money", value=32_610_000_000, period="2025H1"),
          dict(family="growth_rate", value=8.1, period="2025H1")],
         id="r3-publication-date-line-gives-this-year"),
    Case("# 某省重点开发区2025年一季度主要指标\n\n> 发布时间：2025年4月28日\n\n"
         "| 开发区 | 规上工业产值（亿元） |\n|---|---|\n| 东湖开发区 | 88.6 |\n",
         [dict(family="money", value=8_860_000_000, period="2025Q1")],
         id="r3-publication-date-is-no-period-the-title-is"),
]

CASES_ROUND3 += DATES

# From the seventh held-out set's misses, said in other words.
SEVENTH = [
    Case("二〇二五年上半年，园区实现营业收入二十六点四亿元，招商引资到位资金三点二亿元。",
         [dict(family="money", value=2_640_000_000), dict(family="money", value=320_000_000)],
         id="r3-chinese-decimal-before-its-scale", only=True),
    Case("临江经济开发区2024年度工作报告\n\n一、工作成效\n\n全年新签约项目18个。\n\n— 2 —\n\n"
         "临江经济开发区2024年度工作报告\n\n二、2025年计划\n\n2025年，力争新签约项目不少于20个。\n",
         [dict(family="project_count", value=18, zone_prefix="临江"),
          dict(family="project_count", value=20, zone_prefix="临江", qualifier="min")],
         id="r3-running-page-header-does-not-start-an-article"),
    Case("对全省86家省级及以上开发区开展评价；实际使用外资占全省总量的七成以上。",
         [dict(family="share_pct", value=70, qualifier="min")],
         id="r3-zones-and-above-counted-and-quan-sheng-is-no-saving", only=True),
    Case("过去办齐手续要跑4个部门、花15天左右，如今1个窗口、3天就能办结。",
         [dict(family="duration", value=3, value_before=15)],
         id="r3-count-between-the-two-times-of-a-pair"),
]

CASES_ROUND3 += SEVENTH

# From the eighth held-out set's misses, said in other words.
EIGHTH = [
    Case("## 一、主要指标（1—6月）\n\n- 规上工业总产值：128.4亿元（+7.6%）\n"
         "- 固定资产投资：43.1亿元（−2.9%）\n- 进出口总额：18.8亿元（-6.4%）\n",
         [dict(family="growth_rate", value=7.6, indicator="output_growth"),
          dict(family="growth_rate", value=-2.9, indicator="fixed_asset_investment_growth"),
          dict(family="growth_rate", value=-6.4, indicator="trade_growth")],
         id="r3-signed-rate-in-brackets-is-growth"),
    Case("中国（满洲里）跨境电子商务综合试验区今年实现跨境电商进出口额8.6亿元。满洲里综试区集聚经营主体120余家。",
         [dict(family="money", value=860_000_000, zone="中国（满洲里）跨境电子商务综合试验区"),
          dict(family="firm_count", value=120, zone="中国（满洲里）跨境电子商务综合试验区")],
         id="r3-cross-border-e-commerce-zone-with-place-in-brackets"),
]

CASES_ROUND3 += EIGHTH

UNITS_MORE = [
    Case("港区集装箱吞吐量达到42.8万标箱，光伏组件年产能超8吉瓦，跨境电商订单650万单。",
         [dict(family="other", value=428_000, unit="container"),
          dict(family="other", value=8000, unit="mw", qualifier="min"),
          dict(family="other", value=6_500_000, unit="order")],
         id="r3-containers-gigawatts-orders", only=True),
]

CASES_ROUND3 += UNITS_MORE

# From the ninth held-out set's misses, said in other words.
NINTH = [
    Case("园区工业用地出让底价12.5万元/亩，标准厂房租金15元/平方米·月，一般工商业用电0.52元/千瓦时。",
         [dict(family="other", value=125_000, unit="yuan_per_mu", indicator="land_price"),
          dict(family="other", value=15, unit="yuan_per_m2_month", indicator="factory_rent"),
          dict(family="other", value=0.52, unit="yuan_per_kwh", indicator="electricity_price")],
         id="r3-prices-are-no-amounts", only=True),
    Case("记者：这两年，园区的研发投入翻了一番，全区产值达到三百二十多个亿。",
         [dict(family="growth_rate", value=100),
          dict(family="money", value=32_000_000_000, qualifier="approx")],
         id="r3-doubling-and-spoken-yi", only=True),
    Case("东岭工业园区审批时间达48个工作日，高于全市5个园区36.2个工作日的平均水平。",
         [dict(family="duration", value=48, zone_prefix="东岭"),
          dict(family="duration", value=36.2, zone="")],
         id="r3-city-average-names-no-zone"),
    Case("新开工超 10 亿元项目 6 个；企业减按15%的税率缴纳所得税。",
         [dict(family="project_count", value=6), dict(family="share_pct", value=15)],
         id="r3-spaced-size-class-and-a-reduced-rate", only=True),
    Case("到2025年规上工业总产值力争达到900亿元。……到2025年，规上工业总产值力争达到900亿元。",
         [dict(family="money", value=90_000_000_000, period="2025")],
         id="r3-a-target-said-twice-is-one-claim", only=True),
]

CASES_ROUND3 += NINTH

# Lists of figures, first-N-months periods, and page furniture inside a sentence.
TENTH = [
    Case("2024年，园区营业收入、工业投资、进出口总额分别增长9.6%、15.1%和4.3%。",
         [dict(family="growth_rate", value=9.6, period="2024"),
          dict(family="growth_rate", value=15.1, indicator="industrial_investment_growth",
               period="2024"),
          dict(family="growth_rate", value=4.3, period="2024")],
         id="r3-fenbie-list-of-rates-is-all-growth", only=True),
    Case("一季度，高新技术企业、科技型中小企业分别新增14家和37家。",
         [dict(family="firm_count", value=14, indicator="high_tech_firms_new"),
          dict(family="firm_count", value=37)],
         id="r3-fenbie-count-belongs-to-its-own-noun"),
    Case("出口、进口分别增长6.2%、-3.1%；同比增长8.4%、9.9%。",
         [dict(family="growth_rate", value=6.2), dict(family="growth_rate", value=-3.1),
          dict(family="growth_rate", value=8.4), dict(family="growth_rate", value=9.9)],
         id="r3-later-items-of-a-rate-list-keep-the-verb", only=True),
    Case("2025年前10个月，开发区新增市场主体860户，实际使用外资1.2亿美元。",
         [dict(family="firm_count", value=860, period="2025-10"),
          dict(family="money", value=120_000_000, unit="usd", period="2025-10")],
         id="r3-first-ten-months-is-a-period-not-a-duration", only=True),
    Case("2024年前三季度，园区实际使用外资增长11.3%。",
         [dict(family="growth_rate", value=11.3, period="2024-09")],
         id="r3-first-three-quarters-is-year-to-september", only=True),
    Case("今年以来，园区坚持项目为王，新开工项目24个，其中先进制造业项目\n\n"
         "▲图为园区新建的标准化厂房。\n　　　　本报记者 李明 摄\n\n"
         "15个，完成投资82亿元。",
         [dict(family="project_count", value=24), dict(family="project_count", value=15),
          dict(family="money", value=8_200_000_000)],
         id="r3-a-caption-inside-a-sentence-keeps-the-noun", only=True),
    Case("园区新签约项目12个，协议总投资56亿元；新开工项目9个。\n\n"
         "┌────────────────┐\n│　新签约项目12个，　　　　　　│\n│　协议总投资56亿元。　　　　　│\n└────────────────┘\n\n"
         "园区持续优化营商环境。",
         [dict(family="project_count", value=12), dict(family="money", value=5_600_000_000),
          dict(family="project_count", value=9)],
         id="r3-a-boxed-pull-quote-restates-no-new-claim", only=True),
]

CASES_ROUND3 += TENTH

# Whole provinces and cities named as the subject, a zone type spelt 高技术, counts of
# zones, a title on two lines, a headline that restates a before→after pair.
ELEVENTH = [
    Case("今年以来，常州经开区新登记经营主体3120户。同期，江苏省新登记经营主体超过60万户。",
         [dict(family="firm_count", value=3120, zone_prefix="常州"),
          dict(family="firm_count", value=600_000, zone="")],
         id="r3-a-named-province-as-subject-is-no-zone"),
    Case("常州经开区是江苏省首批省级开发区之一，规划面积42平方公里。",
         [dict(family="area", value=42_000_000, zone_prefix="常州")],
         id="r3-a-province-as-object-leaves-the-zone", only=True),
    Case("威海火炬高技术产业开发区高新技术企业达到612家。",
         [dict(family="firm_count", value=612, zone="威海火炬高技术产业开发区")],
         id="r3-gaojishu-chanye-kaifaqu-is-a-zone-type", only=True),
    Case("在全省15家国家级和省级经开区考核中，园区排名第二；园区新增企业40家。",
         [dict(family="firm_count", value=40)],
         id="r3-zones-counted-across-and-are-no-firms", only=True),
    Case("德州经开区管委会关于2024年工作总结\n和2025年工作打算的报告\n\n"
         "一、主要成绩\n全年新签约项目46个，总投资128亿元。",
         [dict(family="project_count", value=46, period="2024"),
          dict(family="money", value=12_800_000_000, period="2024")],
         id="r3-a-title-on-two-lines-keeps-its-first-period"),
    Case("开办企业压减至1个工作日\n\n本报讯 今年，园区将开办企业时间从3个工作日压减至1个工作日。",
         [dict(family="duration", value=1, value_before=3)],
         id="r3-a-headline-restating-a-pair-is-the-pair", only=True),
]

CASES_ROUND3 += ELEVENTH

# Statistical bulletins, label lines, tables by zone column, restatements.
TWELFTH = [
    Case("全年规模以上工业企业利润总额比上年下降6.4%，营业收入同比下降2.2%。",
         [dict(family="growth_rate", value=-6.4, indicator="profit_growth"),
          dict(family="growth_rate", value=-2.2, indicator="revenue_growth")],
         id="r3-a-year-on-year-decline-is-negative-growth", only=True),
    Case("分行业看，纺织业产值215.3亿元，下降4.2%；家具制造业产值88.1亿元，增长3.5%。",
         [dict(family="money", value=21_530_000_000), dict(family="growth_rate", value=-4.2),
          dict(family="money", value=8_810_000_000), dict(family="growth_rate", value=3.5)],
         id="r3-a-bare-decline-after-an-output-value", only=True),
    Case("张家港保税区（张家港综合保税区）全年实现进出口总额820亿元。",
         [dict(family="money", value=82_000_000_000, zone="张家港保税区")],
         id="r3-a-zone-name-in-brackets-is-an-alias", only=True),
    Case("常州经开区实现地区生产总值512亿元。同期，常州市实现地区生产总值10813亿元。",
         [dict(family="money", value=51_200_000_000, zone_prefix="常州经"),
          dict(family="money", value=1_081_300_000_000, zone="")],
         id="r3-the-city-of-the-zone-as-subject-is-no-zone", only=True),
    Case("常州经开区\n\n📌 新增外资项目\n58个\n\n📌 其中总投资超1亿美元项目\n31个\n\n"
         "📌 工业项目“拿地即开工”\n全年累计实现27个",
         [dict(family="project_count", value=58), dict(family="project_count", value=31),
          dict(family="project_count", value=27)],
         id="r3-a-label-line-names-the-figure-below-it", only=True),
    Case("| 指标 | 常州经开区 | 全市平均 |\n|---|---|---|\n| 开办企业时间 | 0.5个工作日 | 1.5个工作日 |\n",
         [dict(family="duration", value=0.5, zone_prefix="常州"),
          dict(family="duration", value=1.5, zone="")],
         id="r3-table-columns-headed-by-a-zone-and-a-whole", only=True),
    Case("上半年，常州经开区新签约项目64个。记者：刚才您提到，上半年新签约项目64个，下一步有何打算？",
         [dict(family="project_count", value=64)],
         id="r3-a-figure-restated-by-a-reporter-is-one-claim", only=True),
    Case("按年度研发费用增量的20%给予补贴；审批时间较全省平均水平快38.5%。",
         [dict(family="share_pct", value=20), dict(family="pct_reduction", value=38.5)],
         id="r3-share-of-an-increment-and-faster-than-average", only=True),
]

CASES_ROUND3 += TWELFTH

# A zone named with and without its city, a table caption naming the zone, OCR spaces
# inside numbers, parallel before/after lists, size classes against amounts.
THIRTEENTH = [
    Case("2025年上半年旅顺新区经济运行情况分析\n\n大连旅顺新区统计局\n\n"
         "上半年，全区实现地区生产总值386.2亿元，同比增长5.1%。\n\n"
         "表1  2025年上半年旅顺新区主要经济指标\n\n"
         "（一）工业稳中有升。全区规模以上工业增加值同比增长7.4%。\n\n"
         "（二）开放平台。全区新设外商投资企业31家。\n\n（三）大连湾综合保税区进出口平稳。",
         [dict(family="money", value=38_620_000_000, zone="大连旅顺新区"),
          dict(family="growth_rate", value=7.4, zone="大连旅顺新区"),
          dict(family="firm_count", value=31, zone="大连旅顺新区")],
         id="r3-a-table-caption-naming-the-same-zone-starts-no-article"),
    Case("全年实现营业收入1 236.8亿元，同比增长1 0.2%；表1 12家企业名单见附件。",
         [dict(family="money", value=123_680_000_000), dict(family="growth_rate", value=10.2)],
         id="r3-ocr-spaces-inside-a-number", only=True),
    Case("下半年将推动158个亿元以上在建项目尽早投产。",
         [dict(family="project_count", value=158, indicator="projects_under_construction")],
         id="r3-n-ge-yi-yuan-class-projects-are-a-count", only=True),
    Case("供水、供气报装时间分别由6个工作日、9个工作日压缩至2个工作日、3个工作日。",
         [dict(family="duration", value=2, value_before=6), dict(family="duration", value=3, value_before=9)],
         id="r3-parallel-before-after-lists-pair-in-order", only=True),
    Case("每年安排不少于5亿元的科技创新资金；对投资在3000万元以上的，给予补助。",
         [dict(family="money", value=500_000_000, qualifier="min")],
         id="r3-an-amount-of-funds-is-no-size-class", only=True),
    Case("比原计划提前了三个多月；申报材料精简比例达42.5%。",
         [dict(family="duration", value=3, unit="month", qualifier="approx"),
          dict(family="pct_reduction", value=42.5)],
         id="r3-months-and-more-and-a-cut-ratio", only=True),
]

CASES_ROUND3 += THIRTEENTH

# Free-trade-port totals, dotted leaders, titles with ！, reverse pairs, policy
# conditions, rewards, per-mu figures.
FOURTEENTH = [
    Case("洋浦经济开发区进出口总额增长18.2%。同期，海南自由贸易港货物进出口总额2896.4亿元。",
         [dict(family="growth_rate", value=18.2, zone_prefix="洋浦"),
          dict(family="money", value=289_640_000_000, zone="")],
         id="r3-a-provinces-free-trade-port-is-a-whole", only=True),
    Case("长寿经开区\n\n在建项目 ……………………………… 97个\n新开工项目 ………………………… 34个\n",
         [dict(family="project_count", value=97), dict(family="project_count", value=34)],
         id="r3-dotted-leaders-between-label-and-figure", only=True),
    Case("“一窗通办”再升级！在长寿经开区办事，最快20分钟搞定\n\n"
         "高频事项实行即来即办，平均40分钟办结，最快20分钟出证。大厅设置24小时“不打烊”自助区。",
         [dict(family="duration", value=2 / 3), dict(family="duration", value=1 / 3, qualifier="min")],
         id="r3-a-title-with-an-exclamation-restates-the-text", only=True),
    Case("全区软件业务收入实现翻番；两区贡献了全市超过40%的经济增长。",
         [dict(family="growth_rate", value=100), dict(family="share_pct", value=40, qualifier="min")],
         id="r3-fanfan-doubles-and-a-share-of-growth", only=True),
    Case("推行船舶登记一站式办理，最快2天即可完成，改革前则需要10个工作日。",
         [dict(family="duration", value=2, unit="day", value_before=10, unit_before="working_day")],
         id="r3-the-after-value-first-then-the-before", only=True),
    Case("对年营业收入首次突破20亿元、50亿元的工业企业，分别给予80万元、150万元奖励。",
         [dict(family="money", value=800_000, indicator="support_funds"),
          dict(family="money", value=1_500_000, indicator="support_funds")],
         id="r3-a-policy-condition-is-no-claim-its-rewards-are", only=True),
    Case("规上工业企业亩均税收达到38.2万元，全区税收收入12.6亿元。",
         [dict(family="other", unit="yuan_per_mu", value=382_000, indicator="tax_per_mu"),
          dict(family="money", value=1_260_000_000, indicator="tax_revenue")],
         id="r3-tax-per-mu-is-not-tax-revenue", only=True),
    Case("长寿经开区于1993年经省政府批准设立，规划面积68平方公里。1—10月，全区实现工业总产值412.5亿元。",
         [dict(family="area", value=68_000_000, period=""),
          dict(family="money", value=41_250_000_000, period="")],
         id="r3-a-founding-year-is-no-period-and-no-base-year", only=True),
    Case("破浪前行\n——2024年长寿经开区发展回眸\n\n2025-01-08 07:30　来源：重庆日报\n\n"
         "岁末年初，回望过去一年。全年新签约项目68个，协议总投资412亿元。",
         [dict(family="project_count", value=68, period="2024"),
          dict(family="money", value=41_200_000_000, period="2024")],
         id="r3-a-year-in-review-title-gives-its-year-to-quan-nian", only=True),
]

CASES_ROUND3 += FOURTEENTH

# A table set in columns with spaces, its unit in a column of its own.
ALIGNED = [
    Case("表1  2025年上半年长寿经开区主要指标\n\n"
         "指标名称              单位        1-6月      同比增长(%)\n"
         "地区生产总值          亿元        386.2          5.1\n"
         "  其中：税收收入      亿元        21.4           -2.6\n"
         "实际使用外资          亿美元      1.35           12.0\n\n"
         "上半年，全区实现地区生产总值386.2亿元，同比增长5.1%。",
         [dict(family="money", value=38_620_000_000, period="2025H1"),
          dict(family="growth_rate", value=5.1),
          dict(family="money", value=2_140_000_000, indicator="tax_revenue", period="2025H1"),
          dict(family="growth_rate", value=-2.6),
          dict(family="money", value=135_000_000, unit="usd"),
          dict(family="growth_rate", value=12.0)],
         id="r3-a-table-aligned-with-spaces-and-a-unit-column", only=True),
]

CASES_ROUND3 += ALIGNED

# Tables without outer bars or with every cell on a line; zones after a verb.
FIFTEENTH = [
    Case("表1　2024年度开发区考核结果\n\n"
         "排名 | 开发区名称 | 综合得分 | 规上工业增加值增速(%) | 固定资产投资(亿元)\n"
         "1 | 张掖经济技术开发区 | 95.82 | 14.3 | 48.6\n"
         "2 | 武威工业园区 | 93.47 | 12.8 | 28.6\n"
         "3 | 定西经济开发区 | 91.05 | -1.6 | 16.4\n",
         [dict(family="growth_rate", value=14.3, zone_prefix="张掖"),
          dict(family="money", value=4_860_000_000, zone_prefix="张掖"),
          dict(family="growth_rate", value=12.8, zone_prefix="武威"),
          dict(family="money", value=2_860_000_000, zone_prefix="武威"),
          dict(family="growth_rate", value=-1.6, zone_prefix="定西"),
          dict(family="money", value=1_640_000_000, zone_prefix="定西")],
         id="r3-a-bar-table-without-outer-bars-and-a-rank-column"),
    Case("张掖经济技术开发区主要指标\n\n指标名称\n计量单位\n1—9月\n同比增长（%）\n"
         "营业收入\n工业总产值\n新增注册企业\n亿元\n亿元\n家\n412.6\n186.3\n328\n8.4\n-2.1\n—\n",
         [dict(family="money", value=41_260_000_000), dict(family="growth_rate", value=8.4),
          dict(family="money", value=18_630_000_000), dict(family="growth_rate", value=-2.1),
          dict(family="firm_count", value=328)],
         id="r3-a-table-given-one-column-after-another", only=True),
    Case("支持张掖经济技术开发区创建绿色园区，推动武威高新技术产业开发区营业收入突破800亿元。"
         "办事不出经开区，截至目前以承诺制推进项目12个。",
         [dict(family="money", value=80_000_000_000, zone_prefix="武威"),
          dict(family="project_count", value=12)],
         id="r3-a-verb-before-a-named-zone-is-no-part-of-its-name"),
    Case("审批时间压缩至45个工作日以内，较2023年压缩25%。2024年，全区开发区规上工业增加值增长9.6%。",
         [dict(family="duration", value=45), dict(family="pct_reduction", value=25),
          dict(family="growth_rate", value=9.6, zone="")],
         id="r3-a-calendar-year-is-no-duration", only=True),
]

CASES_ROUND3 += FIFTEENTH

# Brochures of bulleted items, a base said after the value, averages of a whole.
SIXTEENTH = [
    Case("# 张掖经开区投资指南\n\n## 一、区位\n\n· 区位：河西走廊中部，张掖高新区重要协作区\n\n"
         "## 二、概况\n\n· 设立：1992年8月经省政府批准设立\n· 面积：规划面积42.6平方公里\n"
         "· 经济：2024年地区生产总值186亿元\n· 主体：已落户企业860余家\n",
         [dict(family="area", value=42_600_000, period="", zone_prefix="张掖经"),
          dict(family="money", value=18_600_000_000, period="2024", zone_prefix="张掖经"),
          dict(family="firm_count", value=860, period="", zone_prefix="张掖经")],
         id="r3-bulleted-items-stand-alone-and-name-no-article", only=True),
    Case("综合满意度为95.2%，较2023年的90.6%提升4.6个百分点。",
         [dict(family="share_pct", value=95.2, value_before=90.6)],
         id="r3-a-base-said-after-the-value"),
    Case("张掖经开区开办时间压缩至0.5个工作日，明显快于全国平均的1.8个工作日；"
         "审批时间较全省平均水平快40.5%。",
         [dict(family="duration", value=0.5, zone_prefix="张掖"),
          dict(family="duration", value=1.8, zone=""),
          dict(family="pct_reduction", value=40.5, zone_prefix="张掖")],
         id="r3-the-average-of-a-whole-is-no-zones-figure", only=True),
    Case("下半年还有5个多月，全年目标任务艰巨。", [], id="r3-time-left-on-the-calendar-is-no-claim"),
]

CASES_ROUND3 += SIXTEENTH

# Units that readers and annotators name alike; scoring schemes.
UNIT_NAMES = [
    Case("增速比一季度提高1.2个百分点；园区距机场15公里。",
         [dict(family="other", value=1.2, unit="pct_point"),
          dict(family="other", value=15, unit="km", indicator="distance")],
         id="r3-percentage-points-and-distances", only=True),
    Case("综合得分满分为100分，其中发展质量40分、创新驱动20分。", [],
         id="r3-a-scoring-scheme-is-no-score"),
]

CASES_ROUND3 += UNIT_NAMES

# Short names a text defines, figures stated twice on one line, exchange rates.
EIGHTEENTH = [
    Case("前海深港现代服务业合作区（以下简称“前海”）地区生产总值增长6.2%。"
         "广州南沙经济技术开发区同期增长5.1%。\n\n前海新设港资企业1286家，同比增长9.5%。",
         [dict(family="growth_rate", value=6.2, zone_prefix="前海"),
          dict(family="growth_rate", value=5.1, zone_prefix="广州南沙"),
          dict(family="firm_count", value=1286, zone_prefix="前海"),
          dict(family="growth_rate", value=9.5, zone_prefix="前海")],
         id="r3-a-short-name-the-text-defines-names-the-zone", only=True),
    Case("Trade in services | 服务贸易进出口额 | US$38.5 bn / 385亿美元 | +14.2% / 增长14.2%\n"
         "注：汇率折算按1美元约合7.16元人民币计算。",
         [dict(family="money", value=38_500_000_000, unit="usd"), dict(family="growth_rate", value=14.2)],
         id="r3-a-figure-twice-on-a-line-and-an-exchange-rate", only=True),
    Case("经会同荆州经济技术开发区管委会研究，现答复如下：荆州经济技术开发区新增企业86家。",
         [dict(family="firm_count", value=86, zone="荆州经济技术开发区")],
         id="r3-hui-tong-is-no-part-of-a-zones-name", only=True),
]

CASES_ROUND3 += EIGHTEENTH

# Pages whose headers follow their articles, target years, intensity cuts.
SEVENTEENTH = [
    Case("　　前三季度，黄冈经济技术开发区新签约项目28个，协议总投资86亿元。\n\n"
         "黄冈经开区：项目建设跑出“加速度”\n记者　李明\n\n"
         "　　截至9月底，园区共有经营主体1.2万户，今年新增1800户；规上工业企业达到126家。"
         "荆州高新区负责人介绍，力争到2027年园区产值突破500亿元。\n\n"
         "荆州高新区：产业链越拉越长\n记者　王芳\n",
         [dict(family="project_count", value=28, zone_prefix="黄冈"),
          dict(family="money", value=8_600_000_000, zone_prefix="黄冈"),
          dict(family="firm_count", value=1800, zone_prefix="荆州"),
          dict(family="firm_count", value=126, zone_prefix="荆州")],
         id="r3-headers-after-bodies-that-name-zones-already-named"),
    Case("全区万元工业产值用水量下降12%，单位地区生产总值能耗降低3.5%；工业总产值同比下降2.4%。",
         [dict(family="pct_reduction", value=12), dict(family="pct_reduction", value=3.5),
          dict(family="growth_rate", value=-2.4)],
         id="r3-an-intensity-that-fell-is-a-cut", only=True),
]

CASES_ROUND3 += SEVENTEENTH

# Place names holding 和, sections headed by a place.
TWENTIETH = [
    Case("在呼和浩特经济技术开发区，新能源企业达到86家。内蒙古和林格尔新区新增项目12个。",
         [dict(family="firm_count", value=86, zone="呼和浩特经济技术开发区"),
          dict(family="project_count", value=12, zone_prefix="和林格尔")],
         id="r3-he-inside-a-place-name-is-no-conjunction", only=True),
    Case("皖江两园：同一条赛道上的不同跑法\n\n　　芜湖：一园一策\n\n"
         "　　在芜湖经济技术开发区，新能源汽车企业集聚。该区新增规上企业46家。\n\n"
         "　　安庆：链长成林\n\n　　在安庆经济技术开发区，化工新材料是主导产业。\n\n"
         "　　产业链长了，服务也跟上。该区企业诉求办结时间由7个工作日压缩至3个工作日。\n",
         [dict(family="firm_count", value=46, zone_prefix="芜湖"),
          dict(family="duration", value=3, value_before=7, zone_prefix="安庆")],
         id="r3-a-section-headed-by-a-place-is-that-zones", only=True),
]

CASES_ROUND3 += TWENTIETH

# Lists of records, tables pasted with tabs, dates that are no periods, industry parks.
NINETEENTH = [
    Case("签约项目清单\n\n1．年产5GW光伏组件项目\n投资方：某新能源科技有限公司\n"
         "总投资18亿元，占地260亩\n落户园区：咸安经济开发区\n\n"
         "2．半导体封装测试项目\n投资方：某微电子有限公司\n总投资12亿元，占地150亩\n"
         "落户园区：通山经济开发区\n",
         [dict(family="money", value=1_800_000_000, zone_prefix="咸安"),
          dict(family="money", value=1_200_000_000, zone_prefix="通山")],
         id="r3-a-record-of-lines-names-its-zone-at-the-end"),
    Case("2025年1—9月园区招商引资情况通报\n\n市投资促进中心　　　　2025年10月11日\n\n"
         "园区\t新签约项目(个)\t协议投资(亿元)\t同比(%)\n"
         "嘉祥经济开发区\t46\t268.4\t15.2\n汶上经济开发区\t38\t196.7\t-4.6\n"
         "合计\t84\t465.1\t6.3\n",
         [dict(family="project_count", value=46, zone_prefix="嘉祥", period="2025-09"),
          dict(family="growth_rate", value=15.2, zone_prefix="嘉祥"),
          dict(family="growth_rate", value=-4.6, zone_prefix="汶上"),
          dict(family="project_count", value=84, zone="")],
         id="r3-a-tab-table-with-a-year-on-year-column"),
    Case("【信息产业园】全年实现产值58.3亿元，同比增长5.1%。",
         [dict(family="money", value=5_830_000_000, zone=""), dict(family="growth_rate", value=5.1, zone="")],
         id="r3-an-industry-park-is-no-place", only=True),
]

CASES_ROUND3 += NINETEENTH

# A review of the rules above: sentences where a rule reached too far.
REVIEW = [
    Case("孝感高新区：一季度开门红\n\n孝感高新区一季度经济运行良好。\n\n主要指标\n规上工业增加值增长9.2%\n"
         "固定资产投资增长12%\n（数据来源：武汉东湖高新区统计局）\n",
         [dict(family="growth_rate", value=9.2, zone_prefix="孝感"),
          dict(family="growth_rate", value=12, zone_prefix="孝感")],
         id="r3-review-a-zone-named-in-a-source-line-takes-no-record", only=True),
    Case("2024年，嘉兴经开区出口总额增长10.2%，进口总额增长10.2%；东片区新签约项目8个，西片区新签约项目8个。",
         [dict(family="growth_rate", value=10.2), dict(family="growth_rate", value=10.2),
          dict(family="project_count", value=8), dict(family="project_count", value=8)],
         id="r3-review-equal-figures-on-one-line-are-two-claims", only=True),
    Case("榆林高新技术产业开发区（以下简称“开发区”）今年新增市场主体860户。据统计，全省开发区新增市场主体4.2万户。",
         [dict(family="firm_count", value=860, zone_prefix="榆林"), dict(family="firm_count", value=42_000, zone="")],
         id="r3-review-a-kinds-word-is-no-short-name", only=True),
    Case("2024年新设立企业1200家，园区实现营业收入350亿元。",
         [dict(family="firm_count", value=1200, period="2024"), dict(family="money", value=35_000_000_000, period="2024")],
         id="r3-review-firms-set-up-are-no-founding", only=True),
    Case("昆明高新区外贸进出口保持了15.6%的高速增长。", [dict(family="growth_rate", value=15.6)],
         id="r3-review-a-rate-of-growth-after-de", only=True),
    Case("工程建设项目审批时间由改革前18个月压缩至6个月；园区前10个月新增企业86家。",
         [dict(family="duration", value=6, value_before=18), dict(family="firm_count", value=86)],
         id="r3-review-before-the-reform-is-no-first-n-months", only=True),
    Case("泰州医药高新区企业开办、不动产登记、施工许可分别压缩至1个工作日、3个工作日、15个工作日。",
         [dict(family="duration", value=1, indicator="business_startup_time"),
          dict(family="duration", value=3, indicator="property_registration_time"),
          dict(family="duration", value=15, indicator="construction_permit_time")],
         id="r3-review-a-fenbie-list-of-durations", only=True),
    Case("指标\t单位\t2024年\t同比增长(%)\n地区生产总值\t亿元\t1236.8\t6.1\n规上工业增加值\t亿元\t412.5\t8.3\n",
         [dict(family="money", value=123_680_000_000, period="2024"), dict(family="growth_rate", value=6.1),
          dict(family="money", value=41_250_000_000), dict(family="growth_rate", value=8.3)],
         id="r3-review-a-year-heads-a-column-of-a-tab-table", only=True),
    Case("其中咸宁高新区新增企业12家。", [dict(family="firm_count", value=12, zone="咸宁高新技术产业开发区")],
         id="r3-review-qi-zhong-before-a-zone", only=True),
]

CASES_ROUND3 += REVIEW

# Counties as subjects, asides that have closed, hotlines, firms named after a county.
TWENTY_FIRST = [
    Case("霍山经济开发区规上工业增加值增长12.3%。同期，霍山县规上工业增加值增长8.9%。",
         [dict(family="growth_rate", value=12.3, zone_prefix="霍山"), dict(family="growth_rate", value=8.9, zone="")],
         id="r3-the-county-of-a-zone-as-subject-is-no-zone", only=True),
    Case("枣强经济开发区规上工业增加值同比增长9.3%，高于全县平均水平（全县为7.8%）；完成固定资产投资62.4亿元。",
         [dict(family="growth_rate", value=9.3, zone_prefix="枣强"),
          dict(family="money", value=6_240_000_000, zone_prefix="枣强")],
         id="r3-a-closed-aside-about-the-county-ends-there"),
    Case("枣强经济开发区开通24小时企业服务热线；枣强县恒达机械有限公司投资2650万元建设的新厂房开工。",
         [dict(family="money", value=26_500_000, zone_prefix="枣强")],
         id="r3-a-hotline-and-a-firm-named-after-its-county", only=True),
]

CASES_ROUND3 += TWENTY_FIRST

# A bulletin's table of contents and its numbered items.
BULLETIN = [
    Case("工作动态\n2025年第38期\n\n【本期要目】\n1. 开发区召开第三季度项目调度会\n2. 开发区举办政银企对接会\n\n"
         "一、开发区召开第三季度项目调度会\n　　会议通报，园区新开工项目12个。\n\n"
         "二、开发区举办政银企对接会\n　　9月18日，6家银行与园区企业签约授信8.5亿元。\n",
         [dict(family="project_count", value=12, period="2025Q3"),
          dict(family="money", value=850_000_000, period="")],
         id="r3-a-headings-period-ends-at-its-sibling"),
]

CASES_ROUND3 += BULLETIN

# 前者/后者: the earlier and the later of two zones just named.
FORMER_LATTER = [
    Case("合肥经开区规上工业产值最高；而芜湖经开区和马鞍山经开区，一个强在链条，一个强在创新。"
         "前者新签约项目41个，协议总投资385亿元；后者新签约项目17个，协议总投资92亿元。",
         [dict(family="project_count", value=41, zone_prefix="芜湖"),
          dict(family="money", value=38_500_000_000, zone_prefix="芜湖"),
          dict(family="project_count", value=17, zone_prefix="马鞍山"),
          dict(family="money", value=9_200_000_000, zone_prefix="马鞍山")],
         id="r3-former-and-latter-are-the-two-zones-just-named"),
    Case("常熟高新区和张家港经开区都在招引项目。从项目类型看，先进制造、数字经济两类最多，"
         "前者占比达到60%，后者新增项目12个。",
         [dict(family="share_pct", value=60, zone=""),
          dict(family="project_count", value=12, zone="")],
         id="r3-former-and-latter-mean-the-nearer-pair"),  # (先进制造、数字经济: no zone known)
]

CASES_ROUND3 += FORMER_LATTER

# A sentence of the past, then one of now: one before→after pair.
PAST_THEN_NOW = [
    Case("“在过去，一个项目从拿地到开工，需要至少90天。现在，它只需要不到30天。”园区负责人说。",
         [dict(family="duration", value=30, unit="day", value_before=90, qualifier="max")],
         id="r3-a-sentence-of-the-past-then-one-of-now"),
    Case("以前办理施工许可需要20个工作日。如今，在开发区只需3个工作日。",
         [dict(family="duration", value=3, unit="working_day", value_before=20)],
         id="r3-before-and-now-in-two-sentences"),
    Case("园区新建厂房工期为90天。现在，园区还在建设污水处理厂，工期30天。",
         [dict(family="duration", value=90, unit="day", value_before=None),
          dict(family="duration", value=30, unit="day", value_before=None)],
         id="r3-two-sentences-with-no-past-are-no-pair"),
    Case("园区承诺，企业投资项目备案办结时间不多于3个工作日；今年新建标准厂房不小于5万平方米。",
         [dict(family="duration", value=3, unit="working_day", qualifier="max"),
          dict(family="area", qualifier="min")],
         id="r3-not-more-than-and-not-less-than"),
]

CASES_ROUND3 += PAST_THEN_NOW

# The first N of a ranking and a group named as a whole count nothing.
RANKED_GROUPS = [
    Case("马鞍山经开区产业底子最厚，规上工业总产值稳居三家之首。", [], id="r3-the-head-of-three"),
    Case("与前两家相比，宣城经开区体量不大，但高新技术企业达到138家。",
         [dict(family="firm_count", value=138)], id="r3-the-first-two-of-a-ranking", only=True),
    Case("据介绍，此前3家企业已入驻园区。",
         [dict(family="firm_count", value=3)],
         id="r3-earlier-and-now-before-a-count-still-count"),
]

CASES_ROUND3 += RANKED_GROUPS

# Zone names: a place holding a stop character, 市 and 国家 inside a name, determiners and
# verbs before a type, and a round-up of zones that does not own what the article said before.
NAMES = [
    Case("日照经开区前三季度新签约项目58个。", [dict(family="project_count", value=58, zone="日照经济技术开发区")],
         id="r3-a-place-that-starts-with-a-stop-character"),
    Case("日照经开区新增市场主体3862户。📍 地址：日照市经济技术开发区北京路88号",
         [dict(family="firm_count", value=3862, zone="日照经济技术开发区")], only=True,
         id="r3-a-zone-named-with-and-without-its-city-is-one"),
    Case("宁波国家高新技术产业开发区实施“预审批”，平均用时压缩至18个工作日。",
         [dict(family="duration", value=18, zone="宁波高新技术产业开发区")],
         id="r3-national-inside-an-official-name"),
    Case("据凭祥综合保税区管委会统计，2024年进出口贸易总额1086.3亿元。",
         [dict(family="money", value=108_630_000_000, zone="凭祥综合保税区")],
         id="r3-according-to-before-a-name"),
    Case("货车只需扫一扫电子车牌，便驶入凭祥综合保税区，通关时间压缩至2小时以内。",
         [dict(family="duration", value=2, unit="hour", zone="凭祥综合保税区")],
         id="r3-a-verb-of-motion-before-a-name"),
    Case("这意味着河津经济开发区今年新增规上企业12家。",
         [dict(family="firm_count", value=12, zone="河津经济开发区")],
         id="r3-a-verb-ending-in-zhe-before-a-name"),
    Case("全省参评开发区平均得分为78.6分，部分开发区审批用时仍超过30个工作日。",
         [dict(family="duration", value=30, zone="")], id="r3-determiners-before-a-type-name-no-zone"),
    Case("库尔勒经济技术开发区统计公报\n\n全年实现地区生产总值386.5亿元。\n\n注：生产总值数据来自开发区统计局。",
         [dict(family="money", value=38_650_000_000, zone="库尔勒经济技术开发区")],
         id="r3-data-from-the-zone-names-no-new-zone"),
    Case("我市工业项目审批时间从90个工作日压缩至45个工作日。\n\n"
         "各开发区走在前列。常州高新区试点“用地清单制”；武进高新区有17个项目实现“拿地即开工”；"
         "常州经开区组建项目管家队伍；武进高新区还推行“模拟审批”。",
         [dict(family="duration", value=45, zone=""),
          dict(family="project_count", value=17, zone_prefix="武进")],
         id="r3-a-round-up-of-zones-does-not-own-the-citys-figures"),
]

CASES_ROUND3 += NAMES

# Vague numerals, weeks, traditional characters and more currencies.
NUMERALS = [
    Case("过去企业跑审批，光是准备材料就得一两个月，现在三五天就够了。", [],
         id="r3-one-or-two-months-is-no-number"),
    Case("过去一笔补贴从申请到到账要两个多月，现在最快一周就能到账。",
         [dict(family="duration", value=7, unit="day", value_before=2, unit_before="month", qualifier="min")],
         id="r3-a-week-is-seven-days"),
    Case("園區成立一周年之際，審批時間壓縮至2周以內。",
         [dict(family="duration", value=14, unit="day", qualifier="max")], only=True,
         id="r3-an-anniversary-is-no-week"),
    Case("橫琴粵澳深度合作區實際投入資金達38.5億港元，按年增長12.6%。",
         [dict(family="money", value=3_850_000_000, unit="hkd", zone_prefix="横琴"),
          dict(family="growth_rate", value=12.6)],
         id="r3-traditional-characters-read-as-simplified"),
    Case("合作区向澳门居民发放生活津贴1.26亿澳门元。",
         [dict(family="money", value=126_000_000, unit="mop")], id="r3-macau-patacas"),
]

CASES_ROUND3 += NUMERALS

# A time that fell, then its fall in %; a sector's fall.
FALLS = [
    Case("绥芬河综合保税区推广“铁路快通”模式，货物平均通关时间缩短至6小时，较上年减少40%。",
         [dict(family="duration", value=6, unit="hour"), dict(family="pct_reduction", value=40)],
         id="r3-a-time-that-fell-then-its-fall-in-percent"),
    Case("全年规模以上工业增加值比上年增长8.1%。分行业看，纺织业下降5.6%，化学原料制造业增长12%。",
         [dict(family="growth_rate", value=8.1), dict(family="growth_rate", value=-5.6),
          dict(family="growth_rate", value=12)],
         id="r3-a-sector-that-fell"),
]

CASES_ROUND3 += FALLS

CASES_ROUND3 += [
    Case("义乌综合保税区进口货物整体通关时间压缩至18.6小时，出口货物压缩至0.9小时，"
         "均明显快于全国平均水平（进口约33小时、出口约1.2小时）。",
         [dict(family="duration", value=18.6, zone_prefix="义乌"), dict(family="duration", value=0.9, zone_prefix="义乌"),
          dict(family="duration", value=33, zone=""), dict(family="duration", value=1.2, zone="")],
         id="r3-every-item-of-a-bracketed-average-is-the-averages"),
]

CASES_ROUND3 += [
    Case("我市工业项目审批时间从90个工作日压缩至45个工作日。\n\n常州高新区试点“用地清单制”。\n\n"
         "“审批快不快，企业说了算。”一家企业负责人说，公司在武进高新区投资建设的二期厂房已投产，"
         "武进高新区的服务专员每周都来企业。",
         [dict(family="duration", value=45, zone="")],
         id="r3-a-zone-named-later-in-an-article-of-several-zones-owns-nothing-before"),
    Case("走进车间，12家配套企业的生产线正在运转。\n\n近年来，繁峙经开区持续优化营商环境。",
         [dict(family="firm_count", value=12, zone_prefix="繁峙")],
         id="r3-the-one-zone-of-an-article-owns-the-figures-before-its-name"),
]

CASES_ROUND3 += [
    Case("不动产登记从过去的五个工作日压到了两个小时。",
         [dict(family="duration", value=2, unit="hour", value_before=5, unit_before="working_day")], only=True,
         id="r3-pressed-down-to"),
    Case("今年新签约项目58个，其中过10亿元项目12个。",
         [dict(family="project_count", value=58), dict(family="project_count", value=12)], only=True,
         id="r3-projects-over-a-size-are-a-class"),
]

CASES_ROUND3 += [
    Case("“以前在口岸排队就得大半天，现在通关时间由过去的8小时压缩至2小时以内。”",
         [dict(family="duration", value=2, unit="hour", value_before=8, unit_before="hour", qualifier="max")],
         only=True, id="r3-a-from-value-belongs-to-its-own-pair"),
]

# A review of this round's rules with sentences of its own: each of these went wrong.
REVIEW_TWO = [
    Case("上半年，园区实现地区生产总值156亿元，同比增长8.2%；新签约项目42个。\n\n"
         "滁州经开区相关负责人介绍，园区还积极对接合肥高新区。滁州经开区将持续发力。",
         [dict(family="money", value=15_600_000_000, zone_prefix="滁州"),
          dict(family="project_count", value=42, zone_prefix="滁州")],
         id="r3-review2-a-lede-then-its-zone-and-one-partner"),
    Case("滁州经开区将竣工验收时间由15天压减至5天，不动产登记时间压缩至1天。",
         [dict(family="duration", value=5, unit="day", value_before=15),
          dict(family="duration", value=1, unit="day", value_before=None)],
         id="r3-review2-from-belongs-to-the-earlier-pair"),
    Case("通关时间缩短至6小时，进出口总额较上年减少40%。",
         [dict(family="growth_rate", value=-40)], id="r3-review2-a-decline-with-its-own-subject-after-a-time"),
    Case("记者从江门高新区了解到，园区新增企业30家。",
         [dict(family="firm_count", value=30, zone_prefix="江门")],
         id="r3-review2-a-stop-before-a-place-that-starts-an-excepted-name"),
    Case("滁州经开区审批用时比全省平均分别少1天、15个工作日。",
         [dict(family="duration", value=1, zone_prefix="滁州"), dict(family="duration", value=15, zone_prefix="滁州")],
         id="r3-review2-a-list-after-an-average-without-brackets-is-the-zones"),
    Case("荆州沙市经济开发区新增企业12家。", [dict(family="firm_count", value=12, zone="荆州沙市经济开发区")],
         id="r3-review2-a-place-whose-name-ends-in-shi"),
    Case("滁州经开区四周环绕着生态绿地，园区新增规上企业12家。", [dict(family="firm_count", value=12)], only=True,
         id="r3-review2-all-around-is-no-four-weeks"),
    Case("计划年底前20家企业完成数字化改造，改革前50家企业排队等待审批。",
         [dict(family="firm_count", value=20), dict(family="firm_count", value=50)],
         id="r3-review2-before-a-time-then-a-count"),
    Case("过去，一个项目从拿地到开工平均需要180天。现在，园区竣工验收时间缩短至10个工作日。",
         [dict(family="duration", value=180, value_before=None), dict(family="duration", value=10, value_before=None)],
         id="r3-review2-two-sentences-about-two-procedures-are-no-pair"),
    Case("原来办理不动产登记需要15个工作日。如今，全省平均时长为5个工作日，而滁州经开区只需1个工作日。",
         [dict(family="duration", value=5, zone="", value_before=None)],
         id="r3-review2-the-provinces-average-is-no-after-value"),
    Case("通过10亿元项目贷款支持园区基础设施建设，发放过5000万元企业补贴。",
         [dict(family="money", value=1_000_000_000), dict(family="money", value=50_000_000)],
         id="r3-review2-tongguo-is-no-size-class"),
    Case("青海高新区今年新增高新技术企业35家。", [dict(family="firm_count", value=35, zone_prefix="青海")],
         id="r3-review2-a-province-named-zone"),
    Case("中国—东盟国家经济技术开发区合作论坛签约项目30个。", [dict(family="project_count", value=30, zone="")],
         id="r3-review2-countries-are-no-national-zone"),
    Case("马鞍山经开区学习借鉴苏州工业园区的做法，推行“拿地即开工”“竣工即交付”改革。"
         "前者使开工时间缩短至30天，后者使交付时间压缩至5个工作日。",
         [dict(family="duration", value=5, zone_prefix="马鞍山")],
         id="r3-review2-former-and-latter-of-two-quoted-reforms"),
    Case("寧波國家高新技術產業開發區新認定高新技術企業150家，審批時間壓縮至30分鐘。",
         [dict(family="firm_count", value=150, zone_prefix="宁波", indicator="high_tech_firms_new"),
          dict(family="duration", value=0.5, unit="hour")],
         id="r3-review2-more-traditional-characters"),
    Case("晋城市经济技术开发区新增企业30家。", [dict(family="firm_count", value=30, zone="晋城经济技术开发区")],
         id="r3-review2-a-registered-zone-written-with-its-city"),
    Case("园区今年签约8个项目，新增投资一千二百万元，到位资金一千二万元。",
         [dict(family="project_count", value=8, qualifier=""), dict(family="money", value=12_000_000)],
         id="r3-review2-signed-is-no-approx-and-yiqianer-is-1200"),
]

CASES_ROUND3 += REVIEW_TWO

# Signing lists, evaluation tables and policy payouts (held-out set 24).
SET_24 = [
    Case("本次签约的项目分别是：\n\n4. 年产30万台驱动电机项目。总投资25亿元，落户长葛经济技术开发区，项目分两期建设。\n\n"
         "6. 中医药大健康产业园项目。总投资8.6亿元，落户禹州经济技术开发区，占地260亩。",
         [dict(family="money", value=2_500_000_000, zone="长葛经济技术开发区"),
          dict(family="money", value=860_000_000, zone="禹州经济技术开发区")],
         id="r3-the-zone-a-project-lands-in"),
    Case("部分开发区评价结果如下（企业开办时间单位为小时，工程建设项目审批时间单位为工作日）：\n\n"
         "开发区名称\t综合得分\t企业开办\t工程建设项目审批\n"
         "南昌经济技术开发区\t92.87\t3.2\t19\n赣州经济技术开发区\t91.45\t4.8\t21\n"
         "九江经济技术开发区\t90.08\t6.5\t23\n",
         [dict(family="duration", value=3.2, unit="hour", zone="南昌经济技术开发区"),
          dict(family="duration", value=19, unit="working_day", zone="南昌经济技术开发区"),
          dict(family="duration", value=23, unit="working_day", zone="九江经济技术开发区")],
         id="r3-each-columns-unit-said-above-its-table"),
    Case("（四）支持人才引进。对企业新引进的全职博士，给予每人每月3000元生活补贴；"
         "租用标准厂房的，按照每平方米每月10元的标准给予租金补贴。",
         [dict(family="other", value=3000, unit="yuan_per_person_month"),  # (a rate per head, as per m2:
          dict(family="other", value=10, unit="yuan_per_m2_month")],        # money until the eleventh session)
         id="r3-a-monthly-payout-and-a-rate-per-square-metre"),
    Case("“前5个月的成绩来之不易，有些指标出现了下滑，我们必须清醒面对。”怀远经开区主任表示，经开区将紧盯全年目标。",
         [], id="r3-the-first-months-in-a-quote-are-a-period"),
]

CASES_ROUND3 += SET_24

CASES_ROUND3 += [
    Case("关于2024年度全省开发区营商环境评价结果的通报\n\n各设区市人民政府，省直有关单位：\n\n"
         + "按照省政府部署，省营商办会同第三方机构对各开发区逐一开展了实地核查、问卷调查和数据比对。" * 9
         + "\n\n评价结果如下（企业开办时间单位为小时）：\n\n"
         "开发区名称\t综合得分\t企业开办\n南昌经济技术开发区\t92.87\t3.2\n赣州经济技术开发区\t91.45\t4.8\n"
         "九江经济技术开发区\t90.08\t6.5\n",
         [dict(family="duration", value=3.2, unit="hour", period="2024"),
          dict(family="duration", value=6.5, unit="hour", period="2024")],
         id="r3-a-tables-cells-take-the-titles-period"),
]

# Transcripts, bulletins and notices (held-out set 25).
SET_25 = [
    Case("【主持人】\n请问马主任，酒泉经开区有哪些做法？\n\n【酒泉经济技术开发区管委会副主任 马晓燕】\n\n"
         "谢谢您的提问。上半年，园区实现营业收入86.4亿元，同比增长15.7%。\n\n"
         "在政务服务方面，我们把开办时间压缩至0.5个工作日。",
         [dict(family="money", value=8_640_000_000, zone="酒泉经济技术开发区"),
          dict(family="duration", value=0.5, zone="酒泉经济技术开发区")],
         id="r3-an-answer-belongs-to-its-speakers-zone"),
    Case("表1　1—8月主导产业产值情况\n\n产业名称        产值（万元）      同比增长（%）\n"
         "新材料            1126400             9.6\n装备制造           684200            -3.2\n"
         "生物医药           412500            12.4\n合  计            2426900             5.9\n\n"
         "以上为银川经济技术开发区统计数据。",
         [dict(family="growth_rate", value=5.9)],
         id="r3-a-spaced-out-total-row-of-one-zones-industries"),
    Case("1. 宁夏三元中泰冶金有限公司。2024年完成设备投资4300万元，拟奖励资金86万元。",
         [dict(family="money", value=43_000_000), dict(family="money", value=860_000)], only=True,
         id="r3-a-numeral-and-yuan-inside-a-firms-name"),
    Case("她告诉记者，离家就十几分钟路，园区到机场也只有半小时车程。", [], id="r3-a-way-is-no-procedures-time"),
    Case("兰州经开区审批时间由30个工作日压缩至15个工作日以内。\n\n"
         "刚才张主任介绍，兰州经开区审批时间已压缩到15个工作日以内，这一点我们很受启发。",
         [dict(family="duration", value=15, value_before=30)], only=True,
         id="r3-a-restatement-without-its-before-value"),
]

CASES_ROUND3 += SET_25

# A second review of this round's rules with texts of its own: each of these went wrong.
REVIEW_THREE = [
    Case('2024年度各开发区营商环境指标情况如下（企业开办时间单位为小时，工程建设项目审批时间单位为工作日）：\n\n| 开发区 | 企业开办时间 | 工程建设项目审批时间 | 企业开办数 |\n|---|---|---|---|\n| 合肥高新区 | 4 | 35 | 1200 |\n| 苏州工业园区 | 2 | 30 | 3400 |',
         [dict(family="duration", value=4, unit="hour"), dict(family="duration", value=35, unit="working_day"),
          dict(family="duration", value=2, unit="hour"), dict(family="duration", value=30, unit="working_day")],
         id='r3-review3-a-stated-unit-only-for-its-own-column', only=True),
    Case('【合肥高新区管委会主任 张某】\n谢谢。今年上半年，我们新登记企业3200户，同比增长18%。\n\n本期要闻\n\n省政府出台稳外贸十条措施\n\n4月12日，省政府新闻办召开发布会。据介绍，一季度进出口总额达1860亿元，同比增长6.2%，其中一般贸易占比62%。下一步，将推动跨境电商企业开办时间压缩至1个工作日。',
         [dict(family="money", value=186_000_000_000, zone="")], id='r3-review3-a-speakers-tag-ends-at-a-heading'),
    Case('一季度，我省新签约先进制造业项目46个，计划总投资210亿元，分别落户合肥高新区、芜湖经济技术开发区和蚌埠高新区。',
         [dict(family="project_count", value=46, zone=""), dict(family="money", value=21_000_000_000, zone="")], id='r3-review3-landing-in-a-list-of-zones-names-none'),
    Case('苏州工业园区2024年各功能区情况\n\n序号  功能区        企业数（家）    营业收入（亿元）\n1     金鸡湖商务区    320             860\n2     独墅湖科教区    210             540\n合    计              530             1400',
         [dict(family="firm_count", value=530), dict(family="money", value=140_000_000_000)], id='r3-review3-a-total-row-under-a-number-column'),
    Case('【苏州工业园区管委会副主任 王某】\n园区企业开办时间由3个工作日压缩至1个工作日。\n\n【苏州工业园区自然资源局局长 李某】\n刚才王主任介绍了企业开办的情况，我补充一点，园区不动产登记办理时间也压缩到1个工作日。',
         [dict(family="duration", value=1, indicator="property_registration_time")], id='r3-review3-a-restatement-is-of-the-same-indicator'),
    Case('2024年，合肥高新区对新落户企业给予“前三个月”租金全免，入驻企业新增120家。',
         [dict(family="firm_count", value=120, period="2024")], id='r3-review3-a-quoted-policy-term-is-no-period'),
    Case('合肥市2024年各县区招商引资情况\n\n合肥高新区今年招商工作成效明显。各县区情况如下：\n\n县区        签约项目（个）    协议投资（亿元）\n长丰县      45               120\n肥西县      38               98\n肥东县      29               76\n合  计      112              294',
         [dict(family="project_count", value=112, zone="")], id='r3-review3-a-total-of-counties-is-no-zones'),
    Case('苏州工业园区对新引进企业按每平方米每年30元给予租金补贴，对污水处理按每吨1.2元收费，工业用电每千瓦时0.58元。',
         [dict(family="other", value=30, unit="yuan_per_m2_year")], id='r3-review3-a-rate-per-square-metre-and-year'),
    Case('苏州工业园区公交票价统一为一元，停车场首小时收费五元，园区推进城乡一元化发展，三元区域协同格局基本形成。',
         [dict(family="money", value=5, unit="yuan")], id='r3-review3-small-prices-and-words-with-yuan', only=True),
    Case('今年以来，江宁智能产业园项目建设提速，新开工项目12个，完成投资45亿元。',
         [dict(family="project_count", value=12, zone="江宁智能产业园")], id='r3-review3-a-parks-own-projects'),
    Case("总投资12亿元，入驻芜湖经济技术开发区。\n该项目总投资8亿元，项目落户长沙经济技术开发区。",
         [dict(family="money", value=1_200_000_000, zone="芜湖经济技术开发区"),
          dict(family="money", value=800_000_000, zone="长沙经济技术开发区")], id='r3-review3-entering-a-zone-is-no-part-of-its-name'),
]

CASES_ROUND3 += REVIEW_THREE

# Two zones side by side (held-out set 26).
SET_26 = [
    Case("其中，涪陵高新区实现规上工业总产值1126.3亿元；白涛化工园区实现规上工业总产值739.1亿元，"
         "分别增长12.3%、8.7%。",
         [dict(family="growth_rate", value=12.3, zone_prefix="涪陵"), dict(family="growth_rate", value=8.7, zone_prefix="白涛"),
          dict(family="money", value=73_910_000_000, zone_prefix="白涛")],
         id="r3-a-list-after-fenbie-pairs-with-the-zones-in-order"),
    Case("投资方面，涪陵高新区、白涛化工园区分别完成固定资产投资186.2亿元、143.5亿元，前者同比增长15.1%。"
         "招商引资方面，两园区新签约项目分别为28个、15个。",
         [dict(family="money", value=18_620_000_000, zone_prefix="涪陵"),
          dict(family="money", value=14_350_000_000, zone_prefix="白涛"),
          dict(family="growth_rate", value=15.1, zone_prefix="涪陵"),
          dict(family="project_count", value=28, zone_prefix="涪陵"),
          dict(family="project_count", value=15, zone_prefix="白涛")],
         id="r3-two-zones-listed-then-their-figures-respectively"),
    Case("1—9月，涪陵区实现规上工业总产值2130.6亿元，同比增长8.9%。其中，涪陵高新区实现规上工业总产值1126.3亿元。",
         [dict(family="money", value=213_060_000_000, zone=""), dict(family="money", value=112_630_000_000, zone_prefix="涪陵")],
         id="r3-the-district-of-a-zone-as-subject"),
    Case("上半年，湛江经开区新签约项目23\n个，协议投资额312亿元；新开工项目\n15个。",
         [dict(family="project_count", value=23), dict(family="money", value=31_200_000_000),
          dict(family="project_count", value=15)], only=True,
         id="r3-a-phones-narrow-column-breaks-before-a-unit"),
    Case("岳阳绿色化工高新技术产业开发区实现化工产业总产值1180亿元。精细化工产业园评审时间缩短50%以上。",
         [dict(family="money", value=118_000_000_000, zone_prefix="岳阳"),
          dict(family="pct_reduction", value=50, zone_prefix="岳阳")],
         id="r3-an-industry-word-after-a-place-is-part-of-the-name"),
]

CASES_ROUND3 += SET_26

# Yearbooks, brochures and FAQs (held-out set 27).
SET_27 = [
    Case("18-6　主要国家级开发区经济指标（2024年）\n\n"
         "开发区名称        地区生产总值    实际使用外资    高新技术企业\n"
         "单　　位              亿元            万美元            家\n"
         "南昌经开区          1012.6           36520             423\n"
         "赣州经开区           685.9           18750             305\n"
         "九江经开区           512.4           12630             186\n",
         [dict(family="money", value=101_260_000_000, zone_prefix="南昌"),
          dict(family="money", value=365_200_000, unit="usd", zone_prefix="南昌"),
          dict(family="firm_count", value=186, zone_prefix="九江")],
         id="r3-a-units-row-under-a-tables-header"),
    Case("江西统计年鉴—2025\n\n十八、开发区\n\n" + "本章资料反映全省国家级开发区的主要经济发展情况。" * 8
         + "\n\n18-6　主要国家级开发区经济指标（2024年）\n\n"
         "开发区名称        地区生产总值（亿元）    高新技术企业（家）\n"
         "南昌经开区          1012.6             423\n赣州经开区           685.9             305\n"
         "九江经开区           512.4             186\n",
         [dict(family="firm_count", value=186, period="2024")],
         id="r3-a-tables-caption-gives-its-period"),
    Case("一般诉求2个工作日内响应。企业可拨打高新区企业服务热线029-88331234反映诉求。",
         [dict(family="duration", value=2, zone="")], id="r3-calling-a-hotline-names-no-zone"),
    Case("开发区交通便捷，与南京主城区实现半小时通勤。商服用地基准地价每亩48万元；个别项目投资强度仅为每亩180万元。",
         [dict(family="other", value=480_000, unit="yuan_per_mu"), dict(family="other", value=1_800_000, unit="yuan_per_mu")],
         id="r3-a-commute-and-a-price-per-mu"),
]

CASES_ROUND3 += SET_27

# A third review, of the rules for sets 26 and 27, with texts of its own.
REVIEW_FOUR = [
    Case('在芜湖经济技术开发区召开的现场推进会上，合肥高新区介绍，园区企业开办、工程建设项目审批时间分别压缩至1个工作日、30个工作日。',
         [dict(family="duration", value=1, zone_prefix="合肥"), dict(family="duration", value=30, zone_prefix="合肥")], id='r3-review4-a-zone-that-is-only-the-setting'),
    Case('与芜湖经济技术开发区相比，合肥高新区的营业收入、工业增加值分别增长12.5%、9.8%。',
         [dict(family="growth_rate", value=12.5, zone_prefix="合肥")], id='r3-review4-a-zone-compared-with'),
    Case('对标苏州工业园区，合肥高新区今年新签约项目、新开工项目分别为28个、15个。',
         [dict(family="project_count", value=28, zone_prefix="合肥")], id='r3-review4-a-zone-learnt-from'),
    Case('合肥高新区和芜湖经济技术开发区共有规模以上工业企业1200家，当中专精特新企业、高新技术企业分别为85家、630家。',
         [dict(family="firm_count", value=630, zone=""), dict(family="firm_count", value=85, zone="")], id='r3-review4-a-breakdown-of-two-zones-total'),
    Case('合肥高新区和芜湖经济技术开发区入选全省首批营商环境标杆园区。今年前三季度，园区新签约项目、新开工项目分别为28个、15个。',
         [dict(family="project_count", value=15, zone="")], id='r3-review4-two-zones-named-before-for-another-reason'),
    Case('2024年，合肥高新区、芜湖经济技术开发区分别实现营业收入2860亿元、1750亿元，同比分别增长8.2%、6.5%。',
         [dict(family="growth_rate", value=8.2, zone_prefix="合肥"), dict(family="growth_rate", value=6.5, zone_prefix="芜湖")], id='r3-review4-two-lists-after-one-list-of-zones'),
    Case('郑州航空港经济综合实验区是全国首个上升为国家战略的航空港经济发展先行区。今年上半年，郑州航空港区完成进出口总值2100亿元，同比增长12.3%。',
         [dict(family="money", value=210_000_000_000, zone_prefix="郑州")], id='r3-review4-a-zones-short-name-ending-in-qu'),
    Case('近年来，合肥高新区加快建设世界领先科技园区。同时，合肥区域科技创新中心建设提速，园区新增高新技术企业320家。',
         [dict(family="firm_count", value=320, zone_prefix="合肥")], id='r3-review4-a-region-is-no-district'),
    Case('涪陵高新区是重庆重要的新材料基地。2024年，涪陵区实现地区生产总值2130.6亿元；高新区完成规上工业产值1230亿元。',
         [dict(family="money", value=213_060_000_000, zone=""), dict(family="money", value=123_000_000_000, zone_prefix="涪陵")], id='r3-review4-a-districts-clause-then-the-zones'),
    Case('该区新建零碳产业园，引进节能环保企业15家；同时打造新兴产业园，签约项目22个。',
         [dict(family="firm_count", value=15, zone="")], id='r3-review4-building-a-park-names-none'),
    Case('推进传统化工园区转型升级，今年完成技改投资32亿元，整治企业46家。',
         [dict(family="money", value=3_200_000_000, zone="")], id='r3-review4-traditional-chemical-parks'),
]

CASES_ROUND3 += REVIEW_FOUR

# Project lists, counties and zones in turn, spoken counts (held-out set 28).
SET_28 = [
    Case("具体项目如下：\n\n| 序号 | 项目名称 | 所在开发区 | 总投资（万元） |\n|---|---|---|---|\n"
         "| 1 | 年产10万吨锂电池电解液项目 | 新乡经济技术开发区 | 126000 |\n"
         "| 2 | 医用耗材产业园三期 | 长垣经济技术开发区 | 73200 |\n| 3 | 5G智能终端产业园项目 | 新乡高新技术产业开发区 | 85600 |\n",
         [dict(family="money", value=1_260_000_000, zone_prefix="新乡经济"),
          dict(family="money", value=732_000_000, zone_prefix="长垣"),
          dict(family="money", value=856_000_000, zone_prefix="新乡高新")],
         id="r3-a-table-row-names-its-zone-in-a-column"),
    Case("外贸方面，沂水县2024年外贸进出口总额同比下降4.2%；而开发区企业积极开拓新兴市场，外贸进出口逆势增长7.5%，"
         "达到48.3亿元。全县规上工业企业达到418家，开发区集聚规上工业企业186家。\n\n沂水经济开发区坚持“开发区事开发区办”。",
         [dict(family="growth_rate", value=-4.2, zone=""), dict(family="growth_rate", value=7.5, zone_prefix="沂水"),
          dict(family="firm_count", value=418, zone=""), dict(family="firm_count", value=186, zone_prefix="沂水")],
         id="r3-a-county-and-its-zone-in-turn"),
    Case("书记：今年我们要落地二十来个亿元以上的项目，重点是新型储能。",
         [dict(family="project_count", value=20, qualifier="approx")], id="r3-a-spoken-count-of-a-size-class"),
]

CASES_ROUND3 += SET_28

# A fourth review, of the rules for sets 27 and 28, with texts of its own.
REVIEW_FIVE = [
    Case('今年以来，繁峙经济技术开发区新签约项目3个，具体如下：\n\n| 序号 | 项目名称 | 投资方 | 总投资（亿元） |\n|---|---|---|---|\n| 1 | 年产5万吨高端铸件项目 | 北京经济技术开发区某装备公司 | 12.5 |\n| 2 | 新能源电池材料项目 | 天津经济技术开发区落户企业 | 8.3 |\n| 3 | 农产品冷链物流项目 | 忻州本地企业 | 3.2 |',
         [dict(family="money", value=1_250_000_000, zone=""), dict(family="money", value=830_000_000, zone="")], id='r3-review5-an-investors-home-zone-in-a-cell'),
    Case('上党经济技术开发区简讯\n上党区实现地区生产总值312亿元，同比增长6.1%；该区规上工业增加值增长8.3%。',
         [dict(family="growth_rate", value=8.3, zone="")], id='r3-review5-gaiqu-after-a-district-is-the-district'),
    Case('平遥经济技术开发区和介休经济技术开发区在建和新建项目分别为12个、9个。',
         [dict(family="project_count", value=12, zone_prefix="平遥"), dict(family="project_count", value=9, zone_prefix="介休")], id='r3-review5-two-modifiers-joined-by-he-are-no-list'),
    Case('平遥产业园二期完成投资3.2亿元。高平产业园一期入驻企业28家。',
         [dict(family="money", value=320_000_000, zone_prefix="平遥"), dict(family="firm_count", value=28, zone_prefix="高平")], id='r3-review5-a-phase-of-a-places-park'),
    Case('南昌新建经济开发区今年新增规上企业15家。',
         [dict(family="firm_count", value=15, zone="南昌新建经济开发区")], id='r3-review5-xinjian-inside-a-place'),
    Case('繁峙经济技术开发区入园项目固定资产投资每亩300万元以上。繁峙经济技术开发区工业用地出让价格为每亩12万元。',
         [dict(family="money", value=3_000_000), dict(family="other", value=120_000, unit="yuan_per_mu")], id='r3-review5-investment-per-mu-and-a-price-per-mu'),
    Case('繁峙经济技术开发区去年引进了投资两个亿以上的项目。',
         [], id='r3-review5-an-amounts-class-is-no-count'),
]

CASES_ROUND3 += REVIEW_FIVE

CASES_ROUND3 += [
    Case("园区今年新签约项目约为12个，占比约为35%。", [dict(family="project_count", value=12, qualifier="approx"),
                                         dict(family="share_pct", value=35, qualifier="approx")],
         id="r3-yuewei-is-approx"),
    Case("繁峙经开区新增企业12家，同时新区新增项目5个。",
         [dict(family="firm_count", value=12, zone_prefix="繁峙"), dict(family="project_count", value=5, zone_prefix="繁峙")],
         id="r3-tongshi-before-xinqu-is-no-name"),
]


# A count whose noun follows a size class: 三十多个5000万元以上项目 counts projects.
CASES_ROUND3 += [
    Case("繁峙经开区今年以来共引进三十多个5000万元以上项目。",
         [dict(family="project_count", value=30, qualifier="approx", zone_prefix="繁峙")],
         id="r3-count-before-a-size-class"),
    Case("园区谋划储备8个5亿元及以上重大项目，全区共有32个总投资5000万元以上项目。",
         [dict(family="project_count", value=8), dict(family="project_count", value=32)],
         id="r3-count-before-a-size-class-with-its-words"),
    Case("繁峙经开区对投资5000万元以上项目给予一次性奖励。", [], id="r3-a-size-class-alone-is-no-count"),
]

# A table with a row per year: each row's figures are of its year.
CASES_ROUND3 += [
    Case("繁峙经济技术开发区近三年主要指标\n\n| 年份 | 规上工业增加值增速 | 高新技术企业（家） |\n|---|---|---|\n"
         "| 2023年 | 9.2% | 15 |\n| 2024年 | 10.5% | 21 |",
         [dict(family="growth_rate", value=9.2, period="2023"), dict(family="firm_count", value=15, period="2023"),
          dict(family="growth_rate", value=10.5, period="2024"), dict(family="firm_count", value=21, period="2024")],
         id="r3-table-rows-per-year"),
    Case("繁峙经济技术开发区主要指标\n\n| 年度 | 高新技术企业（家） |\n|---|---|\n| 2023 | 15 |\n| 2024 | 21 |",
         [dict(family="firm_count", value=15, period="2023"), dict(family="firm_count", value=21, period="2024")],
         id="r3-table-rows-per-bare-year"),
]

# Set 29/30 ways of saying: a size class whose noun has 资 in it, a total named before its
# count, the two zones of a paragraph taken together, the area of a free-trade zone.
CASES_ROUND3 += [
    Case("南通经开区新设外资企业9家，其中总投资超1亿美元的重大外资项目2个。",
         [dict(family="firm_count", value=9), dict(family="project_count", value=2)],
         id="r3-size-class-of-foreign-funded-projects", only=True),
    Case("全省国家级高新区总数保持在12家，繁峙经开区高新技术企业总数达到68家。",
         [dict(family="firm_count", value=68, zone_prefix="繁峙")], id="r3-a-count-of-zones-said-as-a-total",
         only=True),
    Case("繁峙经济技术开发区（以下简称繁峙经开区）与代县经济技术开发区（以下简称代县经开区）近年来你追我赶。"
         "2024年，两区分别新增高新技术企业45家和38家。",
         [dict(family="firm_count", value=45, zone_prefix="繁峙"), dict(family="firm_count", value=38, zone_prefix="代县")],
         id="r3-two-zones-taken-together-respectively"),
    Case("记者从中国（广西）自由贸易试验区钦北片区管委会获悉，上半年钦北片区完成外贸进出口总额86.5亿美元。",
         [dict(family="money", value=8_650_000_000, unit="usd", zone_prefix="中国（广西）自由贸易试验区钦北片区")],
         id="r3-an-area-of-a-free-trade-zone"),
    Case("城东片区新增企业12家。", [dict(family="firm_count", value=12, zone="")],
         id="r3-a-town-area-is-no-zone"),
]

# Speech: a time said as what it took, a rise said as 多了.
CASES_ROUND3 += [
    Case("繁峙经开区一位企业负责人说：“以前跑审批要一个多月，现在一周就办完了。”",
         [dict(family="duration", value=7, unit="day", value_before=1, unit_before="month")],
         id="r3-spoken-month-then-week", only=True),
    Case("繁峙经开区一家企业今年的订单比去年多了三成。", [dict(family="growth_rate", value=30)],
         id="r3-duole-sancheng-is-a-rise", only=True),
    Case("繁峙经开区全年安排一周时间集中培训，一个多月后再评估。", [], id="r3-a-week-of-training-is-no-procedure"),
]

# A table whose rows are indicators and whose columns are the year-end stock and the rise.
CASES_ROUND3 += [
    Case("表2　繁峙经济技术开发区创新平台情况\n\n类别                年末数      比上年增加\n"
         "孵化器和众创空间    34家        5家\n高新技术企业        21家        6家",
         [dict(family="other", value=34, unit="park"), dict(family="other", value=5, unit="park"),
          dict(family="firm_count", value=21), dict(family="firm_count", value=6)],
         id="r3-table-of-year-end-stock-and-rise", only=True),
]

# What 今年 means: a dateline's year, or the year a text says it has entered.
CASES_ROUND3 += [
    Case("本报讯（记者 王平）2025年3月15日，记者从繁峙经开区获悉，2024年该区实际使用外资5.86亿美元。"
         "今年1—2月，繁峙经开区实际使用外资8650万美元。2024年全年新设外资企业31家。",
         [dict(family="money", value=586_000_000, period="2024"), dict(family="money", value=86_500_000, period="2025-02"),
          dict(family="firm_count", value=31, period="2024")], id="r3-a-datelines-year-is-this-year"),
    Case("2024年，繁峙经开区新签约项目41个。2024年该区规上工业增加值增长9.1%。"
         "进入2025年，势头不减。今年上半年，繁峙经开区新签约项目27个。",
         [dict(family="project_count", value=41, period="2024"), dict(family="growth_rate", value=9.1, period="2024"),
          dict(family="project_count", value=27, period="2025H1")], id="r3-entering-a-year-is-this-year"),
]

# Money said without 元 after a verb of money (speech); a bare 万 elsewhere is no amount.
CASES_ROUND3 += [
    Case("繁峙经开区一家企业负责人说：“光设备就投了两百万，电费一年还省了三十多万。”",
         [dict(family="money", value=2_000_000), dict(family="money", value=300_000, qualifier="approx")],
         id="r3-spoken-money-without-yuan", only=True),
    Case("繁峙经开区所在县常住人口三十多万，辐射周边五十万。", [], id="r3-a-bare-wan-is-no-amount"),
]

# A fifth review, of the rules for sets 29 and 30.
REVIEW_SIX = [
    Case("2025年6月，商务部公布考核评价结果，银川经开区进入2024年度全国百强。2025年以来，银川经开区加快项目建设。"
         "今年1—5月，银川经开区实际使用外资8650万美元。",
         [dict(family="money", value=86_500_000, unit="usd", period="2025-05")], id="r3-review6-entering-a-ranking-is-no-year"),
    Case("2025年3月，繁峙经开区召开项目推进会，力争进入2026年全省开发区考核前十。今年上半年，园区新签约项目30个。",
         [dict(family="project_count", value=30, period="2025H1")], id="r3-review6-a-target-to-enter-is-no-year"),
    Case("中国（山东）自由贸易试验区济南片区、青岛片区、烟台片区上半年分别新设企业3200家、4100家和2800家。",
         [dict(family="firm_count", value=3200, zone="中国（山东）自由贸易试验区济南片区"),
          dict(family="firm_count", value=4100, zone="中国（山东）自由贸易试验区青岛片区"),
          dict(family="firm_count", value=2800, zone="中国（山东）自由贸易试验区烟台片区")], id="r3-review6-a-list-of-areas"),
    Case("中国（云南）自由贸易试验区所有片区今年新设企业2.1万家。",
         [dict(family="firm_count", value=21_000, zone="中国（云南）自由贸易试验区")], id="r3-review6-all-areas-are-the-zone"),
    Case("中国（陕西）自由贸易试验区中心片区今年新设企业5600家。西安高新区中心片区城市更新项目总投资32亿元。",
         [dict(family="firm_count", value=5600, zone_prefix="中国（陕西）自由贸易试验区中心片区"),
          dict(family="money", value=3_200_000_000, zone_prefix="西安高新")], id="r3-review6-another-zones-area"),
    Case("繁峙经开区学习借鉴代县经开区经验，规划建设东园和西园。目前，两园分别入驻企业120家和85家。",
         [dict(family="firm_count", value=120, zone_prefix="繁峙"), dict(family="firm_count", value=85, zone_prefix="繁峙")],
         id="r3-review6-two-parks-of-one-zone"),
    Case("去年，代县经开区首次超过繁峙经开区。今年一季度，繁峙经开区与代县经开区开展交流互访。两区分别新签约项目8个和6个。",
         [dict(family="project_count", value=8, zone_prefix="繁峙"), dict(family="project_count", value=6, zone_prefix="代县")],
         id="r3-review6-the-pair-named-last"),
    Case("繁峙经开区积极拓宽融资渠道，撬动超50亿元的社会资本参与园区项目建设。",
         [dict(family="money", value=5_000_000_000, qualifier="min")], id="r3-review6-capital-for-projects-is-an-amount"),
    Case("繁峙经开区签约仪式现场，一天就完成了10个项目的集中签约。繁峙经开区一家企业预计还要一个多月才能竣工投产。",
         [dict(family="project_count", value=10)], id="r3-review6-a-day-of-signing-is-no-procedure", only=True),
    Case("繁峙经开区审批时间比过去少了三成。", [dict(family="pct_reduction", value=30)], id="r3-review6-shaole-is-a-cut"),
    Case("表1　繁峙经济技术开发区主要指标\n\n指标                  年末数      比上年增加\n规上工业企业（家）    48          -3\n"
         "固定资产投资（亿元）  52.3        6.1\n孵化器和众创空间      34家        5家",
         [dict(family="firm_count", value=48), dict(family="money", value=5_230_000_000),
          dict(family="other", value=34), dict(family="other", value=5)], id="r3-review6-a-fall-or-an-amounts-rise", only=True),
    Case("繁峙经济技术开发区园区一览\n\n| 设立年份 | 园区名称 | 规划面积（平方公里） |\n|---|---|---|\n| 1992 | 星沙产业基地 | 38.6 |\n| 2010 | 东山产业基地 | 12.1 |",
         [dict(family="area", value=38_600_000, period=""), dict(family="area", value=12_100_000, period="")],
         id="r3-review6-a-founding-year-column"),
    Case("繁峙经济技术开发区增速\n\n| 年份 | 1—6月 | 全年 |\n|---|---|---|\n| 2023年 | 5.1% | 6.2% |\n| 2024年 | 5.5% | 6.8% |",
         [dict(value=5.1, period="2023H1"), dict(value=6.2, period="2023"), dict(value=5.5, period="2024H1"),
          dict(value=6.8, period="2024")], id="r3-review6-a-years-half-year-column"),
]
CASES_ROUND3 += REVIEW_SIX

# Sets 31 and 32: 这次 as now, a rate row under zone columns, a prefecture's zones, a cut of
# energy intensity said in a clause of its own.
CASES_ROUND3 += [
    Case("繁峙经开区一家企业总经理说，以前从拿地到开工要三个月，这次只用了二十八天。",
         [dict(family="duration", value=28, unit="day", value_before=3, unit_before="month")],
         id="r3-zheci-is-now", only=True),
    Case("| 指标 | 繁峙经开区 | 代县经开区 |\n|---|---|---|\n| 规上工业增加值增速（%） | 9.6 | 11.2 |\n| 营业收入（亿元） | 612.4 | 488.7 |",
         [dict(family="growth_rate", value=9.6, zone_prefix="繁峙"), dict(family="growth_rate", value=11.2, zone_prefix="代县"),
          dict(family="money", value=61_240_000_000, zone_prefix="繁峙"), dict(family="money", value=48_870_000_000, zone_prefix="代县")],
         id="r3-a-rate-row-under-zone-columns", only=True),
    Case("繁峙经开区营业收入612.4亿元。同期，红河州全州开发区实现营业收入超1500亿元。",
         [dict(family="money", value=61_240_000_000, zone_prefix="繁峙"), dict(family="money", value=150_000_000_000, zone="")],
         id="r3-a-prefectures-zones-are-no-zone"),
    Case("繁峙经开区单位工业增加值能耗1.86吨标准煤/万元，同比下降6.3%。",
         [dict(family="pct_reduction", value=6.3)], id="r3-energy-intensity-cut-in-its-own-clause"),
]

# A table's caption names its zone, in a text of several zones.
CASES_ROUND3 += [
    Case("表1　繁峙经济技术开发区主要指标\n\n| 指标 | 数值 |\n|---|---|\n| 规上工业企业（家） | 48 |\n| 固定资产投资（亿元） | 52.3 |\n\n"
         "表2　代县经济技术开发区主要指标\n\n| 指标 | 数值 |\n|---|---|\n| 规上工业企业（家） | 36 |\n| 固定资产投资（亿元） | 41.7 |",
         [dict(family="firm_count", value=48, zone_prefix="繁峙"), dict(family="money", value=5_230_000_000, zone_prefix="繁峙"),
          dict(family="firm_count", value=36, zone_prefix="代县"), dict(family="money", value=4_170_000_000, zone_prefix="代县")],
         id="r3-each-tables-caption-names-its-zone", only=True),
]

# A sixth review (of the rules for sets 29-32) and sets 33 and 34.
REVIEW_SEVEN = [
    Case("繁峙经开区项目建成后惠及全省三十多万农户。繁峙经开区花卉产业园年产鲜切花3000万枝。", [],
         id="r3-review7-sheng-and-hua-are-no-money-verbs"),
    Case("神池现代农业产业示范区一位养殖户说：“今年开春又投了3万尾鱼苗。”", [], id="r3-review7-a-unit-after-the-figure"),
    Case("繁峙经开区此前已为企业办理各类证照12项，此次又集中办理8项。",
         [dict(family="other", value=12, value_before=None), dict(family="other", value=8, value_before=None)],
         id="r3-review7-so-far-and-this-time-is-no-pair", only=True),
    Case("| 指标 | 繁峙经开区 | 全市 |\n|---|---|---|\n| 规上工业增加值增速（%） | 9.6 | 6.2 |",
         [dict(family="growth_rate", value=9.6, zone_prefix="繁峙"), dict(family="growth_rate", value=6.2, zone="")],
         id="r3-review7-a-rate-row-under-a-whole-column", only=True),
    Case("2024年，繁峙经开区规上工业企业研发费用2.3亿元，同比下降4.1%。",
         [dict(family="growth_rate", value=-4.1)], id="r3-review7-rd-spending-fell-is-no-cut"),
    Case("进入2025年，繁峙经开区加快项目建设。今年一季度，园区新签约项目12个。\n\n相关阅读\n\n"
         "忻州日报讯（记者 王五）2024年4月10日，代县经开区召开项目推进会。今年一季度，代县经开区新签约项目8个。",
         [dict(family="project_count", value=12, period="2025Q1"), dict(family="project_count", value=8, period="2024Q1")],
         id="r3-review7-a-later-storys-dateline-is-its-own"),
    Case("今年，繁峙经开区与代县经开区签订协同发展协议。繁峙经开区规划建设南北两个片区。目前，南北两区分别入驻企业120家和85家。",
         [dict(family="firm_count", value=120, zone_prefix="繁峙"), dict(family="firm_count", value=85, zone_prefix="繁峙")],
         id="r3-review7-two-parts-of-one-zone"),
    Case("繁峙经开区与代县经开区签署协同发展协议。\n\n今年一季度，两区分别新签约项目8个和6个。",
         [dict(family="project_count", value=8, zone_prefix="繁峙"), dict(family="project_count", value=6, zone_prefix="代县")],
         id="r3-review7-the-pair-in-the-paragraph-before"),
    Case("繁峙经开区与代县经开区签署协同发展协议，太谷经开区、平遥经开区相关负责人出席签约仪式。两区分别设立专项资金5000万元和3000万元。",
         [dict(family="money", value=50_000_000, zone_prefix="繁峙"), dict(family="money", value=30_000_000, zone_prefix="代县")],
         id="r3-review7-the-pair-that-acts-not-the-guests"),
    Case("中国（河南）自由贸易试验区共设有三个片区，挂牌以来累计新设企业12.6万家。",
         [dict(family="firm_count", value=126_000, zone="中国（河南）自由贸易试验区")], id="r3-review7-three-areas-are-the-zone"),
    Case("中国（河南）自由贸易试验区包括郑州片区、开封片区和洛阳片区。上半年，郑州片区新设企业5200家，开封片区新设企业1100家。",
         [dict(family="firm_count", value=5200, zone="中国（河南）自由贸易试验区郑州片区"),
          dict(family="firm_count", value=1100, zone="中国（河南）自由贸易试验区开封片区")], id="r3-review7-a-zone-that-includes-areas"),
    Case("中国（广东）自由贸易试验区深圳前海蛇口片区、广州南沙新区片区、珠海横琴新区片区上半年分别实际使用外资30亿美元、12亿美元和5亿美元。",
         [dict(family="money", value=3_000_000_000, zone="中国（广东）自由贸易试验区深圳前海蛇口片区"),
          dict(family="money", value=1_200_000_000, zone="中国（广东）自由贸易试验区广州南沙新区片区"),
          dict(family="money", value=500_000_000, zone="中国（广东）自由贸易试验区珠海横琴新区片区")], id="r3-review7-areas-named-after-new-areas"),
    Case("中国（山东）自由贸易试验区济南片区与城区重点片区联动发展，今年新设企业3200家。",
         [dict(family="firm_count", value=3200, zone="中国（山东）自由贸易试验区济南片区")], id="r3-review7-a-town-area-joined-by-yu"),
]
CASES_ROUND3 += REVIEW_SEVEN

CASES_ROUND3 += [
    Case("永清经济开发区去年承接项目总投资86亿元。这家企业原先在北京经开区租用厂房，去年把生产环节迁到永清，项目总投资12.5亿元。",
         [dict(family="money", value=8_600_000_000, zone_prefix="永清"), dict(family="money", value=1_250_000_000, zone_prefix="永清")],
         id="r3-a-zone-a-firm-was-in-before"),
    Case("黑河边境经济合作区实现进出口额186.3亿元。同期，黑河市外贸进出口总额为298.6亿元。",
         [dict(family="money", value=18_630_000_000, zone_prefix="黑河"), dict(family="money", value=29_860_000_000, zone="")],
         id="r3-the-city-of-a-border-zone"),
    Case("武汉东湖新技术开发区2025年工作报告\n\n全年实现地区生产总值2,768.5亿元，同比增长8.2%；规模以上工业增加值增长10.6%，规上工\n业总产值增长\n\n\n"
         "                              — 3 —\n\n\f        武汉东湖新技术开发区2025年工作报告\n\n11.2%，战略性新兴产业产值占比达到71.3%。",
         [dict(family="growth_rate", value=10.6), dict(family="growth_rate", value=11.2), dict(family="share_pct", value=71.3)],
         id="r3-a-sentence-over-a-pdf-page-break"),
    Case("答：对年营收首次突破1亿元的企业奖励50万元，首次突破10亿元的奖励200万元。",
         [dict(family="money", value=500_000), dict(family="money", value=2_000_000)],
         id="r3-a-policys-conditions-without-a-comma", only=True),
    Case("2024年，繁峙经开区有23家企业年营收首次突破1亿元、4家企业首次突破10亿元。",
         [dict(family="firm_count", value=23), dict(family="firm_count", value=4)], id="r3-firms-that-crossed-a-class", only=True),
    Case("近三年内存在严重失信行为的企业不予支持。", [], id="r3-a-window-of-years-is-no-duration"),
]

# Set 35: a burden cut said with 同比, a rate of cut (核减率), a 特色小镇 as a zone.
CASES_ROUND3 += [
    Case("繁峙经开区推行涉企检查“综合查一次”，全年涉企检查频次同比减少45%。",
         [dict(family="pct_reduction", value=45)], id="r3-fewer-inspections-is-a-cut", only=True),
    Case("繁峙经开区对超概算的3个项目开展专项审计，核减工程造价2134万元，核减率6.8%。",
         [dict(family="money", value=21_340_000), dict(family="pct_reduction", value=6.8)], id="r3-hejianlv-is-a-cut"),
    Case("柳州螺蛳粉特色小镇2024年接待游客386.5万人次，实现旅游收入12.8亿元。",
         [dict(family="money", value=1_280_000_000, zone="柳州螺蛳粉特色小镇")], id="r3-a-tese-xiaozhen-is-a-zone"),
]

# A seventh review, of the rules for sets 33 and 34.
REVIEW_EIGHT = [
    Case("繁峙经开区一家企业负责人说，去年企业拿出五百万设立研发中心，今年又投了三百万建设新车间，光电费一年就节省了三十多万。",
         [dict(family="money", value=5_000_000), dict(family="money", value=3_000_000),
          dict(family="money", value=300_000, qualifier="approx")], id="r3-review8-spoken-money-then-what-it-bought"),
    Case("来自繁峙经开区管委会的消息显示，今年一季度，园区新签约项目12个，总投资45亿元。",
         [dict(family="project_count", value=12, zone_prefix="繁峙"), dict(family="money", value=4_500_000_000, zone_prefix="繁峙")],
         id="r3-review8-news-from-a-zone-is-of-it"),
    Case("企业负责人告诉记者，原先在繁峙经开区办一个施工许可证要60个工作日，现在压缩到了20个工作日。",
         [dict(family="duration", value=20, value_before=60, zone_prefix="繁峙")], id="r3-review8-before-in-a-zone-is-of-it"),
    Case("对此，繁峙经开区今年为投资超5亿元的12个项目开辟绿色通道，为签约总额达86亿元的项目给予全程代办服务。",
         [dict(family="project_count", value=12), dict(family="money", value=8_600_000_000)], id="r3-review8-duici-is-no-policy"),
    Case("2024年，繁峙经开区86家规上工业企业实现营业收入首次突破200亿元。",
         [dict(family="firm_count", value=86), dict(family="money", value=20_000_000_000, qualifier="min")],
         id="r3-review8-a-groups-total-crossing-a-mark"),
    Case("作为中国（河南）自由贸易试验区的开封片区，今年上半年新设企业1100家。",
         [dict(family="firm_count", value=1100, zone="中国（河南）自由贸易试验区开封片区")], id="r3-review8-an-area-after-de"),
    Case("表1　繁峙经济技术开发区分片区主要指标\n\n| 指标 | 东区 | 西区 | 合计 |\n|---|---|---|---|\n| 规上工业增加值增速（%） | 10.2 | 8.6 | 9.5 |",
         [dict(value=10.2, zone_prefix="繁峙"), dict(value=8.6, zone_prefix="繁峙"), dict(value=9.5, zone_prefix="繁峙")],
         id="r3-review8-a-total-column-of-one-zones-parts"),
    Case("2024年，代县经开区二氧化硫排放量1.2万吨，同比下降6.8%。繁峙经开区高能耗行业产值38.6亿元，同比下降3.2%。",
         [dict(family="pct_reduction", value=6.8), dict(family="growth_rate", value=-3.2)], id="r3-review8-emissions-cut-output-fell"),
    Case("2024年，瑞丽边境经济合作区新签约项目26个。瑞丽市全年地区生产总值增长5.2%，其中边合区规上工业增加值增长12.1%。",
         [dict(family="growth_rate", value=5.2, zone=""), dict(family="growth_rate", value=12.1, zone_prefix="瑞丽")],
         id="r3-review8-bianhequ-is-the-zone"),
    Case("繁峙经开区与代县经开区签署协同发展协议。\n\n繁峙经开区党工委书记表示，将加快推进项目建设。今年一季度，两区分别新签约项目8个和6个。",
         [dict(family="project_count", value=8, zone_prefix="繁峙"), dict(family="project_count", value=6, zone_prefix="代县")],
         id="r3-review8-one-of-the-pair-named-since"),
    Case("代县经开区和繁峙经开区2024年主要指标如下。\n\n表1　代县经济技术开发区主要指标\n| 指标 | 数值 |\n|---|---|\n| 规上工业企业（家） | 36 |\n\n"
         "表2　繁峙经济技术开发区主要指标\n| 指标 | 数值 |\n|---|---|\n| 规上工业企业（家） | 48 |",
         [dict(value=36, zone_prefix="代县"), dict(value=48, zone_prefix="繁峙")], id="r3-review8-a-caption-right-above-its-table"),
]
CASES_ROUND3 += REVIEW_EIGHT

# Sets 35 and 36: a pasted spreadsheet, a 合作区 said short and in full, an abbreviation and its figure.
CASES_ROUND3 += [
    Case("附表1：2024年繁峙经开区主要经济指标\n\n指标,单位,2023年,2024年,增长%\n地区生产总值,亿元,812.6,871.1,7.2\n"
         "高新技术企业,家,412,468,13.6\n新签约亿元以上项目,个,86,103,19.8",
         [dict(family="money", value=81_260_000_000, period="2023"), dict(family="money", value=87_110_000_000, period="2024"),
          dict(family="growth_rate", value=7.2, period="2024"), dict(family="firm_count", value=412, period="2023"),
          dict(family="firm_count", value=468, period="2024"), dict(family="growth_rate", value=13.6, period="2024"),
          dict(family="project_count", value=86), dict(family="project_count", value=103), dict(family="growth_rate", value=19.8)],
         id="r3-a-pasted-spreadsheet", only=True),
    Case("橫琴合作區公佈2024年經濟數據\n\n記者從橫琴粵澳深度合作區執行委員會獲悉。\n\n2024年合作區實現地區生產總值486.3億元人民幣。",
         [dict(family="money", value=48_630_000_000, zone="横琴粤澳深度合作区")], id="r3-a-hezuoqu-short-and-in-full"),
    Case("绵阳高新区FDI 2.1亿美元，同比增长15.6%；园区5G基站120个。",
         [dict(family="money", value=210_000_000, unit="usd"), dict(family="growth_rate", value=15.6)], id="r3-an-abbreviation-a-space-a-figure"),
]

# Set 37: a correction notice, a delegation's total, a department leading zones.
CASES_ROUND3 += [
    Case("更正启事\n\n本报刊发的《繁峙经开区审批提速》一文，竣工联合验收时限误写为45个工作日，应为15个工作日；规划面积误写为45平方公里，应为54平方公里。\n\n"
         "现将原文主要数据重述如下：繁峙经开区工业项目竣工联合验收时限由原来的60个工作日压缩至15个工作日。",
         [dict(family="duration", value=15, value_before=60), dict(family="area", value=54_000_000)],
         id="r3-a-correction-notice", only=True),
    Case("江西省商务厅率南昌经济技术开发区、赣州经济技术开发区等赴深圳招商。南昌经开区签约项目5个、总投资38亿元；赣州经开区签约项目3个、总投资21.6亿元。"
         "代表团此次共签约项目8个、总投资59.6亿元。",
         [dict(family="project_count", value=5, zone="南昌经济技术开发区"), dict(family="money", value=3_800_000_000, zone="南昌经济技术开发区"),
          dict(family="project_count", value=8, zone=""), dict(family="money", value=5_960_000_000, zone="")],
         id="r3-a-delegations-total"),
]

# An eighth review, of the rules for sets 35 and 36.
REVIEW_NINE = [
    Case("表1　2024年繁峙经开区主要经济指标\n\n| 指标 | 繁峙经开区 | 全县 | 全市 |\n|---|---|---|---|\n| 固定资产投资（亿元） | 65.3 | 120.6 | 860.2 |",
         [dict(value=6_530_000_000, zone_prefix="繁峙"), dict(value=12_060_000_000, zone=""), dict(value=86_020_000_000, zone="")],
         id="r3-review9-whole-columns-beside-a-zone", only=True),
    Case("繁峙经开区主要经济指标\n\n指标,单位,2024年1-6月,2023年1-6月,同比增长%\n规上工业增加值,亿元,42.6,38.1,11.8\n固定资产投资,亿元,65.3,60.2,8.5",
         [dict(family="growth_rate", value=11.8, period="2024H1"), dict(family="growth_rate", value=8.5, period="2024H1")],
         id="r3-review9-growth-of-the-latest-period"),
    Case("繁峙经开区近两年主要经济指标\n\n指标,单位,2023年,增长%,2024年,增长%\n规上工业增加值,亿元,38.1,6.2,42.6,11.8\n固定资产投资,亿元,60.2,4.5,65.3,8.5",
         [dict(family="growth_rate", value=6.2, period="2023"), dict(family="growth_rate", value=11.8, period="2024")],
         id="r3-review9-growth-after-each-year"),
    Case("代县经开区和繁峙经开区2024年主要指标如下。\n\n表1　代县经济技术开发区主要指标\n| 指标 | 数值 |\n|---|---|\n| 规上工业企业（家） | 36 |\n"
         "表2　繁峙经济技术开发区主要指标\n| 指标 | 数值 |\n|---|---|\n| 规上工业企业（家） | 48 |",
         [dict(value=36, zone_prefix="代县"), dict(value=48, zone_prefix="繁峙")], id="r3-review9-two-captioned-tables-back-to-back"),
    Case("今年以来，永清经开区新签约项目32个，其中12个项目来自北京经开区，总投资45亿元。",
         [dict(value=32, zone_prefix="永清"), dict(value=12, zone_prefix="永清"), dict(value=4_500_000_000, zone_prefix="永清")],
         id="r3-review9-projects-from-another-zone"),
    Case("代县经开区一家食品企业老板说，换了新设备以后，一年电费就省了两万多块钱；园区累计发放贷款1.2万笔。",
         [dict(family="money", value=20_000, qualifier="approx")], id="r3-review9-kuai-is-money-bi-is-a-count", only=True),
    Case("2024年，繁峙经开区有15家企业营业收入首次突破1亿元，5家企业产值首次突破10亿元。",
         [dict(family="firm_count", value=15), dict(family="firm_count", value=5)], id="r3-review9-firms-over-a-mark", only=True),
    Case("繁峙经开区出台支持政策，对年纳税额达到1000万元的企业给予每家20万元奖励。",
         [dict(family="money", value=200_000)], id="r3-review9-a-reward-each", only=True),
    Case("繁峙经开区2024年单位工业增加值能耗0.82吨标准煤/万元，同比下降4.3%。受外部需求影响，中欧班列开行频次同比减少12%。",
         [dict(family="pct_reduction", value=4.3), dict(family="growth_rate", value=-12)], id="r3-review9-a-year-in-the-intensity-clause"),
]
CASES_ROUND3 += REVIEW_NINE

# Set 38: OCR spaces inside figures, a running header after a page number, fewer inspections.
CASES_ROUND3 += [
    Case("2024年，繁峙经开区实现地区生产总值3 86.4亿元，同比增长6 .8%；用电成本降低百 分之十左右。",
         [dict(family="money", value=38_640_000_000), dict(family="growth_rate", value=6.8),
          dict(family="pct_reduction", value=10, qualifier="approx")], id="r3-ocr-spaces-inside-figures", only=True),
    Case("繁峙经济技术开发区管理委员会\n2024年度优化营商环境工作情况报告\n\n2024年，繁峙经济技术开发区全年新增市场主体4218户，"
         "其中新增企业1536家，区内累计入驻企业9286家，规模以上工业企业147家。\n\n— 1 —\n\n"
         "繁峙经济技术开发区2024年度优化营商环境工作情况报告\n\n三、要素保障精准有力\n"
         "（一）强化用地保障。全年供应工业用地1860亩，建成标准厂房42.6万平方米，“拿地即开工”项目达到19个。",
         [dict(family="project_count", value=19, zone_prefix="繁峙")], id="r3-a-running-header-after-a-page-number"),
    Case("繁峙经开区推行联合执法，入企检查总次数同比减少62%。", [dict(family="pct_reduction", value=62)],
         id="r3-fewer-checks-in-all-is-a-cut", only=True),
]

# A ninth review, of the rules for sets 37 and 38, and set 39.
REVIEW_TEN = [
    Case("更正启事\n\n本报刊发的《繁峙经开区项目审批跑出加速度》一文中，企业投资项目备案时限误写为15个工作日，应为5个工作日；项目总投资误写为120亿元，应为20亿元。",
         [dict(family="duration", value=5), dict(family="money", value=2_000_000_000)], id="r3-review10-a-figure-inside-the-wrong-one",
         only=True),
    Case("近日，繁峙经开区招商团赴深圳开展专题招商活动，共签约项目12个，总投资56.8亿元。",
         [dict(value=12, zone_prefix="繁峙"), dict(value=5_680_000_000, zone_prefix="繁峙")], id="r3-review10-a-zones-own-delegation"),
    Case("忻州市开发区2024年度发展情况通报\n\n2024年，全市开发区完成规上工业总产值1200亿元。\n\n— 2 —\n\n繁峙经济技术开发区\n"
         "2024年该区签下招商项目46个，计划投资218亿元。",
         [dict(value=120_000_000_000, zone=""), dict(value=46, zone_prefix="繁峙"), dict(value=21_800_000_000, zone_prefix="繁峙")],
         id="r3-review10-a-zone-heading-after-a-page-number"),
    Case("2024年，繁峙经开区有15家规上工业企业营业收入首次突破1亿元。", [dict(family="firm_count", value=15)],
         id="r3-review10-a-long-subject-before-a-mark", only=True),
    Case("繁峙经开区2024年单位GDP能耗降低率为3.2%，企业综合成本降低率达到15%，双随机抽查频次同比下降40%。",
         [dict(family="pct_reduction", value=3.2), dict(family="pct_reduction", value=15), dict(family="pct_reduction", value=40)],
         id="r3-review10-rates-of-a-cut", only=True),
    Case("表1  繁峙经济技术开发区主要指标\n| 指标 | 数值 |\n|---|---|\n| 规上工业企业（家） | 48 |\n"
         "表2  代县经济技术开发区主要指标\n| 指标 | 数值 |\n|---|---|\n| 规上工业企业（家） | 36 |",
         [dict(value=48, zone_prefix="繁峙"), dict(value=36, zone_prefix="代县")], id="r3-review10-captions-with-ascii-spaces"),
    Case("2024年，合肥高新区实现营业收入8760.5亿元，同比增长12. 3%。", [dict(family="growth_rate", value=12.3)],
         id="r3-review10-a-space-after-the-point"),
    Case("太康经开区连续三年入选全省十强开发区，今年前三季度新增规上工业企业12家。",
         [dict(family="firm_count", value=12, zone_prefix="太康")], id="r3-review10-a-rank-is-no-zone"),
]
CASES_ROUND3 += REVIEW_TEN

# Set 40: projects of firms counted by 个; a place named the country's leading base.
CASES_ROUND3 += [
    Case("2025年上半年，繁峙经开区区内23个企业投资项目全部实行承诺制审批。",
         [dict(family="project_count", value=23)], id="r3-projects-of-firms-by-ge", only=True),
    Case("闻喜经济技术开发区第三批标准地顺利出让。\n\n闻喜是全国重要的镁合金生产基地，园区现有镁及镁合金企业18家。",
         [dict(family="firm_count", value=18, zone_prefix="闻喜")], id="r3-the-countrys-leading-base-is-no-whole"),
]

# A tenth review (of the rules for sets 39 and 40) and set 41: kinds of zone not yet named.
CASES_ROUND3 += [
    Case("榆社经开区今年以来帮助23个企业解决项目用地难题，为15个企业争取项目资金3200万元。",
         [dict(family="firm_count", value=23), dict(family="firm_count", value=15), dict(family="money", value=32_000_000)],
         id="r3-review11-firms-helped-with-projects", only=True),
    Case("文水经开区上半年完成固定资产投资9.3亿元。全市第三产业增加值增长6.5%。",
         [dict(value=930_000_000, zone_prefix="文水"), dict(family="growth_rate", value=6.5, zone="")],
         id="r3-review11-the-tertiary-sector-of-a-city"),
    Case("2024年，屯留经开区12家重点企业上半年累计工业产值首次突破30亿元。",
         [dict(family="firm_count", value=12), dict(family="money", value=3_000_000_000, qualifier="min")],
         id="r3-review11-a-groups-cumulative-output"),
    Case("高平经开区2025年重点任务：\n1. 90%以上的政务服务事项实现“一网通办”；\n2. 30%的工业项目实现“拿地即开工”。",
         [], id="r3-review11-a-list-number-is-no-decimal"),
    Case("泉州台商投资区2024年新增台资企业46家。中国（南京）软件谷实现软件业务收入1268.5亿元。"
         "五常市国家现代农业产业园带动农户3.1万户。",
         [dict(family="firm_count", value=46, zone="泉州台商投资区"), dict(family="money", value=126_850_000_000, zone="中国（南京）软件谷"),
          dict(value=31_000, zone="五常市国家现代农业产业园")], id="r3-taishang-ruanjiangu-nongye-zones"),
]

# Set 42: an abbreviation in brackets is no closed aside; 县里 as a subject; 科技城 as a zone type.
CASES_ROUND3 += [
    Case("2024年，江西省安福县坚持工业强县。全年全县地区生产总值（GDP）完成268.4亿元。\n\n安福工业园区入园企业128家。",
         [dict(value=26_840_000_000, zone=""), dict(value=128, zone_prefix="安福")], id="r3-gdp-in-brackets-after-a-county"),
    Case("安福工业园区入园企业128家。县里还统筹乡村振兴补助资金2.3亿元，实施产业项目125个。",
         [dict(value=128, zone_prefix="安福"), dict(value=230_000_000, zone=""), dict(value=125, zone="")],
         id="r3-xianli-is-the-county"),
    Case("三亚崖州湾科技城2024年实现营业收入612亿元，同比增长21.7%。",
         [dict(family="money", value=61_200_000_000, zone="三亚崖州湾科技城"), dict(family="growth_rate", value=21.7)],
         id="r3-a-kejicheng-is-a-zone"),
]

# An eleventh review, of the rules for sets 41 and 42.
CASES_ROUND3 += [
    Case("“今年县里给我们园区下达的目标是新引进项目15个，目前已签约12个。”安福工业园区管委会主任刘明说。",
         [dict(value=15, zone_prefix="安福"), dict(value=12, zone_prefix="安福")], id="r3-review12-xianli-in-a-quote"),
    Case("孝义经开区今年积极向省里争取专项债券资金3.2亿元。宁乡经开区的企业在城市里开设体验店36家。",
         [dict(value=320_000_000, zone_prefix="孝义"), dict(value=36, zone_prefix="宁乡")], id="r3-review12-shengli-as-an-object"),
    Case("晋中经开区是一座科技城，聚集高新技术企业126家。武汉东湖高新区新引进项目86个，联想科技城项目年产值突破800亿元。",
         [dict(value=126, zone_prefix="晋中"), dict(value=86, zone_prefix="武汉东湖"), dict(value=80_000_000_000, zone_prefix="武汉东湖")],
         id="r3-review12-a-kejicheng-said-generically"),
    Case("中国（南京）软件谷是全国最大的通讯软件产业研发基地。2024年，南京软件谷新增企业520家。",
         [dict(value=520, zone="中国（南京）软件谷")], id="r3-review12-a-ruanjiangu-short-and-official"),
    Case("晋城经开区今年实施12个企业扩能项目；另有8个企业转型升级项目正在推进。",
         [dict(family="project_count", value=12), dict(family="project_count", value=8)], id="r3-review12-firms-projects-of-many-kinds",
         only=True),
    Case("高平经开区2024年规上工业增加值同比增长 12. 3%。", [dict(family="growth_rate", value=12.3)],
         id="r3-review12-a-space-before-a-split-decimal"),
    Case("太原经开区投资促进局招商团赴长三角地区开展招商活动，共签约项目12个，总投资86亿元。",
         [dict(value=12, zone_prefix="太原"), dict(value=8_600_000_000, zone_prefix="太原")], id="r3-review12-a-zone-bureaus-delegation"),
]

# A unit's Latin symbol (MWh, TEU) makes no line English: two projects of equal size on it are two claims.
CASES_ROUND3 += [
    Case("园区储能产业加快集聚，华电100MW/200MWh储能、国能100MW/200MWh储能等项目年内并网。",
         [dict(family="other", value=100, unit="mw"), dict(family="other", value=200, unit="mwh"),
          dict(family="other", value=100, unit="mw"), dict(family="other", value=200, unit="mwh")],
         id="r3-equal-capacities-of-two-projects", only=True),
]

# Zone types of the national catalogue the rules did not know, and 我市/该县 before a zone type.
CASES_ROUND3 += [
    Case("长葛市产业集聚区2024年新增入驻企业23家，南通市通州湾工业集中区新增项目15个。",
         [dict(value=23, zone="长葛市产业集聚区"), dict(value=15, zone="南通市通州湾工业集中区")],
         id="r3-chanye-jijuqu-and-gongye-jizhongqu-are-zones"),
    Case("郑州临空经济示范区实际利用外资2.3亿美元；昆山出口加工区进出口额增长12.5%；青岛前湾保税港区新增企业86家。",
         [dict(family="money", zone="郑州临空经济示范区"), dict(family="growth_rate", zone="昆山出口加工区"),
          dict(family="firm_count", zone="青岛前湾保税港区")],
         id="r3-airport-economy-export-processing-bonded-port-zones"),
    Case("全省180个产业集聚区新增企业1200家，打造特色产业集聚区。", [dict(value=1200, zone="")],
         id="r3-the-provinces-chanye-jijuqu-are-no-zone"),
    Case("我市经济开发区今年新签约项目18个。", [dict(value=18, zone="")], id="r3-wo-shi-names-no-zone-of-its-own"),
    Case("晋城经开区2024年工作综述\n\n我市经济开发区今年新签约项目18个。",
         [dict(value=18, zone_prefix="晋城")], id="r3-wo-shi-zone-is-the-articles"),
]
CASES_ROUND3 += [
    Case("成都国际铁路港经济技术开发区2024年新增外贸企业126家；昌吉国家农业科技园区新增企业18家。",
         [dict(value=126, zone="成都国际铁路港经济技术开发区"), dict(value=18, zone_prefix="昌吉")],
         id="r3-a-seven-character-place-before-a-long-type-and-an-agri-science-park"),
    Case("据悉，截至目前我省国家级经济技术开发区新增企业1200家。", [dict(value=1200, zone="")],
         id="r3-seven-characters-before-a-type-that-name-no-place"),
]

# Set 44: lists whose items share the last one's unit, 期待 before a zone, a tab row with an empty
# first cell, 百/千 inside a name or a saying, counts placed in a park, a zone as a count's subject.
CASES_ROUND3 += [
    Case("三类项目审批时限分别由20个、30个、45个工作日压减至8个、12个、20个工作日。",
         [dict(family="duration", value=8, unit="working_day", value_before=20, unit_before="working_day"),
          dict(family="duration", value=12, unit="working_day", value_before=30, unit_before="working_day"),
          dict(family="duration", value=20, unit="working_day", value_before=45, unit_before="working_day")],
         id="r3-three-items-share-the-last-ones-unit", only=True),
    Case("全年引进项目12个、16个月内全部投产。",
         [dict(family="project_count", value=12), dict(family="duration", value=16, unit="month")],
         id="r3-a-counted-noun-before-keeps-its-ge", only=True),
    Case("贵州贵安新区深化改革见闻\n\n这是贵州贵安新区持续深化改革的一个缩影。全年新增企业120家。\n\n"
         "营商环境没有最好，只有更好，期待贵安新区在改革路上继续跑出“加速度”。",
         [dict(value=120, zone="贵州贵安新区")], id="r3-qidai-is-no-part-of-a-zones-name"),
    Case("表2  各园区主要指标\n\n序号\t园区\t营业收入（亿元）\t增长（%）\n1\t甲乙经济技术开发区\t120.5\t6.1\n"
         "2\t丙丁经济技术开发区\t80.2\t4.3\n\t合计\t200.7\t5.4\n",
         [dict(family="money", value=20_070_000_000, zone=""), dict(family="growth_rate", value=5.4, zone="")],
         id="r3-a-tab-separated-total-row-with-an-empty-first-cell"),
    Case("来自小百户镇的村民在园区企业上班，千家万户从中受益。", [], id="r3-bai-qian-in-a-name-and-a-saying", only=True),
    Case("全县规上工业企业达到112家，其中83家集聚在宣威经济开发区。",
         [dict(value=112, zone=""), dict(value=83, zone="宣威经济开发区")], id="r3-a-count-placed-in-a-park"),
    Case("全省开发区新增市场主体4.2万户，其中宣威经济开发区新增1200户。",
         [dict(value=42_000, zone=""), dict(value=1200, zone="宣威经济开发区")], id="r3-a-named-zone-is-a-counts-subject"),
    Case("全省共有国家级经开区12家，省级开发区40家。", [], id="r3-gongyou-names-no-zone", only=True),
]

# Set 43: zone types of two countries' parks, 请/先进 before a type, a bare type word for the zone of
# that type, indented OCR lines, a list after a colon sharing its whole, a city between 比 and 全市.
CASES_ROUND3 += [
    Case("中德（沈阳）国际合作示范区2024年引进项目12个；沈抚改革创新示范区新增企业86家。",
         [dict(value=12, zone="中德（沈阳）国际合作示范区"), dict(value=86, zone="沈抚改革创新示范区")],
         id="r3-two-countries-park-and-a-reform-demonstration-zone"),
    Case("首先，请长春新区管委会副主任作发布。新区新签约项目58个。请问新区在营商环境方面有哪些新举措？",
         [dict(value=58, zone="长春新区")], id="r3-qing-and-qingwen-before-a-type"),
    Case("评选出先进开发区10个。", [], id="r3-xianjin-kaifaqu-is-no-zone", only=True),
    Case("甲乙新区举办推介会。丙丁改革创新示范区举办招商会。\n\n上半年，示范区实现对外贸易进出口额4.36亿美元。\n\n"
         "新区新签约项目58个。",
         [dict(value=436_000_000, zone="丙丁改革创新示范区"), dict(value=58, zone="甲乙新区")],
         id="r3-a-bare-type-word-is-the-zone-of-that-type"),
    Case("延 边 日 报　　　　2025年8月14日　星期四\n3　　经济·园区　　　　本版编辑部\n\n延吉高新区：人参产业链长出新优势\n\n"
         "本报记者\n\n　　盛夏时节，走进延吉高新技术产业开发区人参产业园，一条条生产线昼夜不停\n运转，一批批产品从这里发往全国各地。\n"
         "　　记者从园区管委会获悉，今年上半年，延吉高新区人参及保健食品产业实现\n产值 26.4 亿元，同比增长 13.7 %。",
         [dict(value=2_640_000_000, zone_prefix="延吉"), dict(value=13.7, zone_prefix="延吉")],
         id="r3-a-line-indented-with-two-full-width-spaces-opens-a-paragraph"),
    Case("营口经开区综合得分94.2分。\n\n主要指标持续改善：全省开发区开办企业平均用时压缩至0.8个工作日；"
         "办理建筑许可（社会投资项目）平均用时由56个工作日压缩至34个工作日。",
         [dict(value=0.8, zone=""), dict(value=34, zone="")], id="r3-a-list-after-a-colon-shares-its-whole"),
    Case("2025年前三季度，前海深港现代服务业合作区地区生产总值增长6.8%，比深圳全市5.2%的增速高1.6个百分点；"
         "实际使用外资约合295亿元，约占深圳全市的三成。",
         [dict(value=6.8, zone_prefix="前海"), dict(value=5.2, zone=""), dict(value=29_500_000_000, zone_prefix="前海")],
         id="r3-a-city-between-bi-and-its-whole"),
]

# A thirteenth review, of the rules for sets 43 and 44.
CASES_ROUND3 += [
    Case("园区新增12家入驻企业，建成13个分布式光伏项目；全县新开工35个产业集聚区项目。",
         [dict(family="firm_count", value=12), dict(family="project_count", value=13),
          dict(family="project_count", value=35)], id="r3-review13-a-verb-of-place-inside-the-counted-noun", only=True),
    Case("国家级经开区考核中，宜宾临港经开区等5家进入西部前十；成都高新区、绵阳高新区2家入选。", [],
         id="r3-review13-zones-named-before-a-count-of-zones", only=True),
    Case("宜宾临港经开区上半年营业收入增长12%。我市高新区同期营收增长8%。",
         [dict(value=12, zone_prefix="宜宾临港"), dict(value=8, zone="")], id="r3-review13-wo-shi-of-another-type"),
    Case("全省十大产业集聚区完成投资1200亿元。市委常委会研究经济技术开发区工作，全年新开工项目56个。",
         [dict(value=120_000_000_000, zone=""), dict(value=56, zone="")], id="r3-review13-ten-big-clusters-and-a-meeting"),
    Case("表2 园区指标\n\n园区\t企业数(家)\t营收(亿元)\t增速(%)\n甲乙经开区\t120\t2000.5\t6.1\n"
         "丙丁经开区\t140\t3323.4\t5.2\n\t合计\t260\t5323.9\n",
         [dict(value=120), dict(value=200_050_000_000), dict(value=6.1), dict(value=140),
          dict(value=332_340_000_000), dict(value=5.2)], id="r3-review13-a-leading-tab-without-a-number-column",
         only=True),
    Case("园区流转土地千亩，建成百亩村级产业园。", [dict(family="area"), dict(family="area")],
         id="r3-review13-bai-mu-before-cunji", only=True),
    Case("全省300家外资企业主要分布在成都高新区。", [dict(value=300, zone="")], id="r3-review13-a-whole-distributed-in-a-park"),
    Case("企业开办、不动产登记、工程建设项目审批时间分别由原来的3个、35个、5个工作日压缩至1个、15个、2个工作日。",
         [dict(value=1, value_before=3, unit="working_day"), dict(value=15, value_before=35, unit="working_day"),
          dict(value=2, value_before=5, unit="working_day")], id="r3-review13-yuanlai-de-before-a-shared-unit-list",
         only=True),
    Case("园区共有在建项目是15个、3个月内将新增投产项目5个。",
         [dict(family="project_count", value=15), dict(family="duration", value=3, unit="month"),
          dict(family="project_count", value=5)], id="r3-review13-shi-before-a-count-is-no-list-opener", only=True),
    Case("县内建有史河湾产业集聚区，集聚区规上工业企业86家。热烈祝贺梁园产业集聚区获评五星级，今年新增企业32家。",
         [dict(value=86, zone="史河湾产业集聚区"), dict(value=32, zone="梁园产业集聚区")],
         id="r3-review13-jianyou-and-zhuhe-before-a-name"),
    Case("我州经开区新增企业20家。", [dict(value=20, zone="")], id="r3-review13-wo-zhou"),
]

# Sets 45 and 46: 化学工业区, a conjunction before a type, round-the-clock hours, a city's event, the
# city a provisional zone is named after, a zone that is one of the province's first batch.
CASES_ROUND3 += [
    Case("上海化学工业区2025年实现工业总产值1200亿元。", [dict(value=120_000_000_000, zone="上海化学工业区")],
         id="r3-huaxue-gongyequ-is-a-zone-type"),
    Case("开展安全生产治本攻坚三年行动和化工园区安全整治提升，全年排查隐患3418项。",
         [dict(value=3418, zone="")], id="r3-a-conjunction-is-no-zones-name"),
    Case("园区开通24小时应急值班电话，实行24小时在线服务。审批时间由48小时压缩至24小时。",
         [dict(family="duration", value=24, value_before=48)], id="r3-round-the-clock-is-no-time-taken", only=True),
    Case("# 洛阳市第三季度重大项目集中签约活动举行\n\n洛阳高新区管委会承办本次活动。\n\n本次活动共集中签约项目28个，总投资312亿元。",
         [dict(value=28, zone=""), dict(value=31_200_000_000, zone="")], id="r3-a-citys-event-totals"),
    Case("1—9月，禹州市产业集聚区规模以上工业增加值同比增长8.6%。同期，禹州市规模以上工业增加值同比增长7.3%。",
         [dict(value=8.6, zone_prefix="禹州"), dict(value=7.3, zone="")], id="r3-the-city-a-cluster-is-named-after"),
    Case("淄博齐鲁化学工业区是全省首批通过认定的化工园区之一，现有化工生产企业63家。",
         [dict(value=63, zone="淄博齐鲁化学工业区")], id="r3-one-of-the-provinces-first-batch"),
]

# A review's year decides its quarters, whenever the review came out; a line that is only a date
# under a report's title is when it was signed.
CASES_ROUND3 += [
    Case("昆山开发区2025年经济运行回眸\n\n来源：开发区发布　　2026-01-09 18:30\n\n一季度｜开局稳\n\n"
         "　　一季度，开发区实现地区生产总值358.6亿元，同比增长5.4%。\n\n　　2026年，开发区将坚持稳中求进。",
         [dict(value=35_860_000_000, period="2025Q1"), dict(value=5.4, period="2025Q1")],
         id="r3-a-reviews-year-decides-its-quarters"),
    Case("宁波化工区2025年度安全生产工作报告\n\n宁波化工区管委会\n2026年1月\n\n一、基本情况\n\n"
         "　　今年以来，园区排查一般隐患2418项。",
         [dict(value=2418, period="2025")], id="r3-a-date-line-under-a-title-is-no-period"),
]
CASES_ROUND3 += [
    Case("2025年1—9月，开发区政务服务中心累计受理各类办件32.6万件，同比增长18.4%。2024年，园区新认定高新技术企业7家；累计达到21家。",
         [dict(value=326_000, period="2025-09"), dict(value=18.4, period="2025-09"), dict(value=7, period="2024"),
          dict(value=21, period="")], id="r3-a-running-total-within-a-span-of-months"),
    Case("2025年1—8月，开发区完成规上工业总产值865.3亿元；园区现有规上工业企业428家。",
         [dict(value=86_530_000_000, period="2025-08"), dict(value=428, period="")], id="r3-a-stock-after-a-span-of-months"),
]

# Sets 47 and 48: an inquiry transcript's speaker lines, 能源化工基地, a price per unit before its
# after value, a before value said after with 较, reading times, one of the whole's members,
# traditional characters of zone types.
CASES_ROUND3 += [
    Case("　　询问人：自治区人大代表　马建平\n　　请问审批方面有哪些改进？\n\n"
         "　　应询人：宁东能源化工基地管委会副主任　王立新\n　　基地现有规模以上工业企业148家。\n\n"
         "　　询问人：自治区人大常委会委员　李秀梅\n　　用能成本怎么降？\n\n"
         "　　应询人：银川经济技术开发区管委会主任　刘建国\n　　开发区今年兑现惠企资金1.42亿元。\n\n"
         "　　询问人：自治区人大常委会委员　杨志强\n　　电价呢？\n\n"
         "　　应询人：宁东能源化工基地管委会副主任　王立新\n　　上半年为企业减少用电成本约4.6亿元。",
         [dict(value=148, zone="宁东能源化工基地"), dict(value=142_000_000, zone_prefix="银川"),
          dict(value=460_000_000, zone="宁东能源化工基地")], id="r3-an-inquirys-speaker-lines"),
    Case("镜头1：展现霍尔果斯经济开发区全景。字幕：2024年新增企业320家。", [dict(value=320, zone="霍尔果斯经济开发区")],
         id="r3-zhanxian-before-a-name"),
    Case("园区企业平均用电价格由每千瓦时0.38元降至0.33元。",
         [dict(value=0.33, unit="yuan_per_kwh", value_before=0.38, unit_before="yuan_per_kwh")],
         id="r3-a-price-per-unit-and-its-after-value", only=True),
    Case("项目从拿地到开工仅用时26天，较改革前平均98天大幅缩短。",
         [dict(value=26, unit="day", value_before=98, unit_before="day")], id="r3-a-before-value-after-jiao", only=True),
    Case("本文阅读约4分钟。视频时长3分钟。", [], id="r3-reading-time-is-no-duration", only=True),
    Case("海沧台商投资区是1989年经国务院批准设立的全国首批台商投资区之一，目前区内聚集台资企业超过700家。",
         [dict(value=700, zone_prefix="海沧")], id="r3-one-of-the-countrys-first-batch"),
    Case("深圳前海深港現代服務業合作區今年上半年新設港資企業1,186家。",
         [dict(value=1186, zone="前海深港现代服务业合作区")], id="r3-traditional-characters-of-a-zone-type"),
]

# A fourteenth review, of the rules for sets 43-48.
CASES_ROUND3 += [
    Case("全省新增高新技术企业500家，其中长葛经开区85家，许昌经开区60家。",
         [dict(value=500, zone=""), dict(value=85, zone_prefix="长葛"), dict(value=60, zone_prefix="许昌")],
         id="r3-review14-a-named-zone-then-its-count"),
    Case("全国综合排名前30的国家级经开区中，我省仅有成都经开区1家。", [], id="r3-review14-only-one-zone-counted", only=True),
    Case("长葛经济技术开发区2024年主要指标\n\n类别\t指标\t单位\t数值\n经济运行\t营业收入\t亿元\t120\n\t新增企业\t家\t56\n",
         [dict(value=12_000_000_000), dict(value=56)], id="r3-review14-a-merged-category-cell", only=True),
    Case("太和经济开发区上半年新增企业20家。", [dict(value=20, zone="太和经济开发区")], id="r3-review14-taihe-is-a-place"),
    Case("芜湖经济技术开发区召开经济运行分析会。\n\n今年以来，我市经济稳中有进，特别是全市开发区规上工业增加值增长12%。",
         [dict(value=12, zone="")], id="r3-review14-tebie-shi-is-no-copula"),
    Case("商水县产业集聚区2024年工作总结\n\n2024年，商水县聚焦主导产业，集聚区新增规上企业12家；鹿邑县委县政府高度重视，"
         "鹿邑县产业集聚区完成固定资产投资45亿元。",
         [dict(value=12, zone="商水县产业集聚区"), dict(value=4_500_000_000, zone="鹿邑县产业集聚区")],
         id="r3-review14-a-county-and-its-cluster-in-one-clause"),
    Case("企业上市路演推介会举行\n\n11月5日，由长葛经济技术开发区主办的企业上市路演推介会举行。\n\n"
         "本次活动共有15家拟上市企业参加路演，融资需求30亿元。",
         [dict(value=15, zone_prefix="长葛"), dict(value=3_000_000_000, zone_prefix="长葛")],
         id="r3-review14-shangshi-is-no-city"),
    Case("芜湖经济技术开发区：企业开办0.5个工作日办结\n\n全省企业开办时间已压缩至0.5个工作日以内。",
         [dict(value=0.5, zone_prefix="芜湖"), dict(value=0.5, zone="")], id="r3-review14-a-titles-own-zone-claim"),
    Case("全省各类园区上半年运行情况\n\n上半年，湘江新区新增企业500家，株洲高新区新增企业300家。\n\n"
         "下一步，开发区要加快转型升级，力争全年新增企业3000家。",
         [dict(value=500), dict(value=300), dict(value=3000, zone="")], id="r3-review14-a-bare-kaifaqu-is-any-zone"),
    Case("　　　　抢抓机遇、加快发展——洛阳高新区一季度新增企业56家\n　　一季度，洛阳高新区新增企业56家，完成固定资产投资18亿元。",
         [dict(value=56), dict(value=1_800_000_000)], id="r3-review14-a-centred-title", only=True),
    Case("南昌高新区访谈\n\n答：比如今年全市新增高新技术企业800家，我们就占了一半。", [dict(value=800, zone="")],
         id="r3-review14-biru-is-no-comparison"),
    Case("长葛经济技术开发区审批时限压缩至30个工作日（全省为45个工作日（不含技术审查时间）），企业开办时间压缩至0.5个工作日。",
         [dict(value=30, zone_prefix="长葛"), dict(value=45, zone=""), dict(value=0.5, zone_prefix="长葛")],
         id="r3-review14-a-bracket-inside-an-aside"),
    Case("我市高新区上半年新增企业320家\n\n上半年，绵阳高新区新增企业320家，营业收入增长8%。",
         [dict(value=320, zone_prefix="绵阳"), dict(value=8)], id="r3-review14-a-title-restating-with-wo-shi", only=True),
    Case("咱们天府新区新增市场主体2.1万户。鄄城县城东工业园区新增企业12家。",
         [dict(value=21_000, zone="四川天府新区"), dict(value=12, zone="鄄城县城东工业园区")], id="r3-review14-zanmen-and-xiancheng"),
]

# Sets 49 and 50: a 起步区, a sum of two zones, a converted amount, a time of day, a province in a
# quote, a figure over its label, a list item naming its zone last, 我市 as a subject.
CASES_ROUND3 += [
    Case("济南新旧动能转换起步区简介。\n\n前三季度，起步区实现地区生产总值426.8亿元。",
         [dict(value=42_680_000_000, zone="济南新旧动能转换起步区")], id="r3-a-qibuqu-and-its-bare-name"),
    Case("甲乙新区新签约项目64个；丙丁新区新签约项目218个。两区合计新签约项目282个，计划总投资2747亿元。",
         [dict(value=64, zone="甲乙新区"), dict(value=218, zone="丙丁新区"), dict(value=282, zone=""),
          dict(value=274_700_000_000, zone="")], id="r3-a-sum-of-two-zones"),
    Case("截至9月底，雄安新区累计完成投资超过8000亿元人民币（约合1120亿美元）。",
         [dict(value=800_000_000_000, unit="yuan")], id="r3-an-amount-converted-in-brackets", only=True),
    Case("原创　滨海发布　2025年10月28日 19:06　天津\n\n滨海新区新增企业12家。", [dict(value=12)],
         id="r3-a-time-of-day-is-no-duration", only=True),
    Case("雄安新区新增企业320家。首席经济学家王立新表示：“河北省去年的地区生产总值约为4.7万亿元人民币。”",
         [dict(value=320, zone="河北雄安新区"), dict(value=4_700_000_000_000, zone="")], id="r3-a-province-in-a-quote"),
    Case("综改区这一年\n\n02 | 工业经济\n\n9.6%\n规上工业增加值增速\n\n04 | 项目\n\n142个\n新开工项目\n",
         [dict(family="growth_rate", value=9.6), dict(family="project_count", value=142)], id="r3-a-figure-over-its-label",
         only=True),
    Case("山西综改示范区三季度重点项目进展\n\n1. 储能电池项目。项目总投资8.2亿元，累计完成投资3.1亿元。（山西转型综合改革示范区）\n\n"
         "2. 氢燃料电池项目。项目总投资15.3亿元，累计完成投资11.2亿元。（落地大同经济技术开发区）",
         [dict(value=820_000_000, zone_prefix="山西"), dict(value=310_000_000, zone_prefix="山西"),
          dict(value=1_530_000_000, zone_prefix="大同"), dict(value=1_120_000_000, zone_prefix="大同")],
         id="r3-a-list-item-names-its-zone-last"),
    Case("孝义经济开发区新增企业56家。另据市统计局消息，今年1到10月，我市固定资产投资同比增长9.8%。",
         [dict(value=56, zone="孝义经济开发区"), dict(value=9.8, zone="")], id="r3-wo-shi-as-a-subject"),
]

# A fifteenth review, of the rules for sets 47-50.
CASES_ROUND3 += [
    Case("不动产登记办理时长1个工作日，企业开办时长0.5个工作日。",
         [dict(value=1, unit="working_day"), dict(value=0.5, unit="working_day")], id="r3-review15-shichang-is-a-procedures-time", only=True),
    Case("晋中经济技术开发区2024年工作总结\n\n1. 招商引资。新签约项目32个，总投资150亿元，参加了西安高新技术产业开发区举办的项目推介会。",
         [dict(value=32, zone_prefix="晋中"), dict(value=15_000_000_000, zone_prefix="晋中")], id="r3-review15-an-item-mentioning-another-zone"),
    Case("繁峙经济技术开发区由东区、西区两个园区组成，两区合计入驻企业186家。", [dict(value=186, zone_prefix="繁峙")],
         id="r3-review15-a-sum-of-one-zones-parks"),
    Case("繁峙经济技术开发区管委会主任在会上发言\n我县工业经济的主战场在开发区，今年开发区规上工业增加值增长15%。",
         [dict(value=15, zone_prefix="繁峙")], id="r3-review15-wo-xian-then-the-zones-clause"),
    Case("繁峙经济技术开发区2024年成绩单\n入驻企业\n86家\n项目审批提速\n60%",
         [dict(family="firm_count", value=86), dict(value=60)], id="r3-review15-a-label-above-wins", only=True),
    Case("繁峙经济技术开发区2024年发展综述\n全县规上工业企业数占全市的五分之一，达到120家。",
         [dict(value=20, zone=""), dict(value=120, zone="")], id="r3-review15-wufenzhiyi-is-no-zhiyi"),
    Case("石家庄高新技术产业开发区负责人说：“山西省的企业来我们这里投资的有23家。”", [dict(value=23, zone_prefix="石家庄")],
         id="r3-review15-a-provinces-firms"),
    Case("招商推介会举行\n嘉宾：苏州工业园区管委会副主任 张三\n嘉宾：昆山经济技术开发区管委会主任 李四\n活动现场共签约项目32个，总投资180亿元",
         [dict(value=32, zone=""), dict(value=18_000_000_000, zone="")], id="r3-review15-guests-are-no-speakers"),
    Case("项目总投资20亿元（约8亿元来自银行贷款）；另一项目总投资3亿美元（合人民币21亿元）。",
         [dict(value=2_000_000_000), dict(value=800_000_000), dict(value=300_000_000, unit="usd")],
         id="r3-review15-a-part-in-brackets-and-a-conversion", only=True),
    Case("园区营业收入（亿元）\n2022：85亿元\n2023：102亿元", [dict(value=8_500_000_000), dict(value=10_200_000_000)],
         id="r3-review15-a-year-and-a-colon-is-no-time"),
    Case("经开区工业用地出让价由每亩20万元降至15万元。", [dict(value=150_000, unit="yuan_per_mu", value_before=200_000)],
         id="r3-review15-a-price-per-mu-in-wan", only=True),
    Case("广州开发区以全市约6.5%的土地面积，贡献了全市超过三分之一的规上工业总产值。",
         [dict(value=6.5, zone_prefix="广州"), dict(value=33.3333333333, zone_prefix="广州")], id="r3-review15-a-share-of-the-whole"),
]
CASES_ROUND3 += [
    Case("用水价格从每吨4.5元下调至3.6元。", [dict(value=3.6, unit="yuan_per_tonne", value_before=4.5)],
         id="r3-review15-xiatiao-zhi-pairs", only=True),
]

# Set 51: a space-aligned total row whose number cell is empty, 反映 before a name.
CASES_ROUND3 += [
    Case("序号   业务类型          入区企业数（家）   进出口额（亿元）\n 1     加工贸易                    38               186.42\n"
         " 2     保税物流                    54                97.35\n       全区合计                   92               283.77\n",
         [dict(value=38), dict(value=18_642_000_000), dict(value=54), dict(value=9_735_000_000), dict(value=92),
          dict(value=28_377_000_000)], id="r3-a-space-aligned-total-row", only=True),
    Case("数据反映岳阳城陵矶综合保税区外贸持续回暖，新增企业19家。", [dict(value=19, zone="岳阳城陵矶综合保税区")],
         id="r3-fanying-before-a-name"),
]

# Sets 52 and 53: 我区 after national and provincial benchmarks, a county's subject carried to the
# next sentence, a streak of months.
CASES_ROUND3 += [
    Case("曲靖经开区新闻发布会\n\n企业开办方面，全国平均用时为4天，全省为1个工作日，我区为0.5个工作日。",
         [dict(value=4, zone=""), dict(value=1, zone=""), dict(value=0.5, zone_prefix="曲靖")], id="r3-wo-qu-after-benchmarks"),
    Case("西平经济开发区简介。\n\n1—10月，全县新签约招商引资项目47个，合同总投资186.4亿元。实际到位省外资金103.7亿元，同比增长8.9%。",
         [dict(value=47, zone=""), dict(value=18_640_000_000, zone=""), dict(value=10_370_000_000, zone=""),
          dict(value=8.9, zone="")], id="r3-a-countys-subject-goes-on"),
    Case("2024年，全县共实施重点项目156个，完成投资210亿元。其中开发区承接重点项目72个。",
         [dict(value=156, zone=""), dict(value=21_000_000_000, zone=""), dict(value=72)], id="r3-qizhong-kaifaqu-has-a-subject"),
    Case("出山镇1—10月实际到位省外资金5.6亿元，连续三个月位居乡镇组第一。", [dict(value=560_000_000)],
         id="r3-a-streak-of-months-is-no-duration", only=True),
]

# A sixteenth review, of the rules for sets 51-53.
CASES_ROUND3 += [
    Case("繁峙经济技术开发区\n\n我县开发区今年发展势头强劲。新增入驻企业15家。全县上下聚力招商。新签约项目12个，均落户繁峙经济技术开发区。",
         [dict(value=15, zone_prefix="繁峙"), dict(value=12, zone_prefix="繁峙")], id="r3-review16-a-whole-goes-on-only-after-its-figure"),
    Case("繁峙经济技术开发区\n\n年份  入驻企业（家）  总投资（亿元）  税收（亿元）\n2021  98  42.6  3.2\n2022  120  50.3  4.1\n  2023    156    61.2\n",
         [dict(value=98), dict(value=4_260_000_000), dict(value=320_000_000), dict(value=120), dict(value=5_030_000_000),
          dict(value=410_000_000)], id="r3-review16-a-row-short-of-its-last-cell-invents-nothing", only=True),
    Case("繁峙经济技术开发区\n\n目前，全市95%的政务服务事项实现全程网办。", [dict(value=95, zone="")], id="r3-review16-the-wholes-own-share"),
    Case("繁峙经济技术开发区\n\n2023年，山西省的开发区实现营业收入2.1万亿元，同比增长8%。",
         [dict(value=2_100_000_000_000, zone=""), dict(value=8, zone="")], id="r3-review16-a-provinces-own-zones"),
    Case("繁峙经济技术开发区\n\n全市实现外贸进出口总额120亿元，我区企业贡献突出，同比增长15%。",
         [dict(value=12_000_000_000, zone=""), dict(value=15, zone="")], id="r3-review16-woqu-qiye-is-no-clause-of-the-zone"),
    Case("繁峙经济技术开发区\n\n宣传片时长5分钟。12345热线平均通话时长3分钟。", [], id="r3-review16-a-films-and-a-calls-length", only=True),
    Case("开发区重点项目\n\n1.年产5万吨电池材料项目，总投资50亿元，项目位于大同经济技术开发区。\n\n2.智能装备项目，总投资8亿元，位于繁峙经济技术开发区。",
         [dict(value=50_000, zone_prefix="大同"), dict(value=5_000_000_000, zone_prefix="大同"), dict(value=800_000_000, zone_prefix="繁峙")],
         id="r3-review16-an-item-weiyu-a-zone"),
    Case("今年，合肥新型显示产业园实现产值1200亿元。", [dict(value=120_000_000_000, zone_prefix="合肥")], id="r3-review16-xinxing-xianshi-is-an-industry"),
    Case("86家\n入驻企业\n12.5亿元\n总投资\n60%\n审批时限压缩", [dict(value=86), dict(value=1_250_000_000, indicator="total_investment"), dict(value=60)],
         id="r3-review16-figures-and-labels-without-blank-lines", only=True),
]
CASES_ROUND3 += [
    Case("项目建设者连续奋战120天，厂房主体提前封顶；审批时限压缩至15个工作日。", [dict(value=15, unit="working_day")],
         id="r3-a-streak-of-work-is-no-duration", only=True),
]

# Sets 54 and 55: 提速 of a time cut, a transcript's speaker with an affiliation in brackets, a
# zone named after two places, a statistics note's size class, an office's 开发区法庭, a region's
# bare name as subject, a price in a table cell, a subsidy per container.
CASES_ROUND3 += [
    Case("竣工联合验收时间由12个工作日压减至3个工作日，提速75%；项目审批提速八成以上。",
         [dict(family="duration", value=3), dict(family="pct_reduction", value=75),
          dict(family="pct_reduction", value=80, qualifier="min")], id="r3-tisu-is-a-cut-in-time"),
    Case("发布人（凭祥综合保税区管委会副主任　农家宁）：\n　　凭祥综合保税区通关时间由8小时缩短到2小时以内。\n\n"
         "南宁日报记者：\n　　南宁经开区在解决企业诉求方面有什么新做法？\n\n发布人（南宁经开区管委会副主任　李晓琳）：\n"
         "　　谢谢提问。我们搭建了平台，目前已有3200余家企业注册使用。",
         [dict(value=2, zone_prefix="凭祥"), dict(value=3200, zone_prefix="南宁")], id="r3-speaker-with-affiliation-in-brackets"),
    Case("记者从磨憨-磨丁经济合作区获悉，上半年合作区新签约项目19个。",
         [dict(value=19, zone="磨憨—磨丁经济合作区")], id="r3-a-zone-named-after-two-places"),
    Case("固定资产投资增速：统计范围为计划总投资500万元及以上的固定资产投资项目，不含农户投资。", [],
         id="r3-size-class-of-investment-projects", only=True),
    Case("呼和浩特经济技术开发区营商环境评价报告\n\n区法院开发区法庭推行繁简分流，商事合同纠纷案件平均审理周期由98天缩短至76天。",
         [dict(value=76, value_before=98, zone_prefix="呼和浩特")], id="r3-an-offices-kaifaqu-fating-is-no-zone"),
    Case("喀什经济开发区今年新增企业500家。\n\n另据自治区商务厅消息，今年前三季度，新疆外贸进出口总额三千四百六十亿元，同比增长百分之二十一。",
         [dict(value=500, zone_prefix="喀什"), dict(value=346_000_000_000, zone=""), dict(value=21, zone="")],
         id="r3-a-regions-bare-name-opens-its-total"),
    Case("石河子经济技术开发区\n\n用地类型　　　　出让起始价　　　　　　备注\n工业用地　　　　5.6万元/亩　　　　　　首期缴纳50%\n"
         "仓储用地　　　　6.2万元/亩　　　　　　——\n",
         [dict(value=56_000, unit="yuan_per_mu"), dict(value=62_000, unit="yuan_per_mu")],
         id="r3-a-price-per-mu-in-a-table-cell"),
    Case("经口岸出口的中欧班列货物，每标准箱补贴1500元；每吨给予30元补助。",
         [dict(value=1500, unit="yuan_per_teu"), dict(value=30, unit="yuan_per_tonne")], id="r3-a-subsidy-per-unit-is-a-rate"),
]

# A seventeenth review, of the rules for sets 54 and 55, and set 56.
CASES_ROUND3 += [
    Case("贵阳高新区5G基站达到320个，网速提速50%；平均在港时间压缩至22小时，装卸作业效率提速30%。",
         [dict(value=320), dict(value=50, family="growth_rate"), dict(value=22, family="duration"),
          dict(value=30, family="growth_rate")], id="r3-review17-tisu-of-a-speed-is-a-rise"),
    Case("成都高新区审批环节减少40%，审批提速60%。", [dict(value=40, indicator="steps_cut_pct"),
                                          dict(value=60, indicator="time_cut_pct")], id="r3-review17-shenpi-tisu-is-a-times-cut"),
    Case("进口科研设备\n通关时间\n由**3天**缩短到**8小时**\n提速**88.9%**\n",
         [dict(value=8, value_before=3), dict(value=88.9, family="pct_reduction")], id="r3-review17-tisu-under-a-cut-on-short-lines"),
    Case("新会经济开发区新引进项目26个。四会高新区规上工业增加值同比增长10.2%。",
         [dict(value=26, zone_prefix="新会"), dict(value=10.2, zone_prefix="四会")], id="r3-review17-places-ending-in-hui"),
    Case("霍尔果斯经济开发区今年以来，新疆外贸企业在区内新设分支机构120家。",
         [dict(value=120, zone_prefix="霍尔果斯")], id="r3-review17-a-regions-firms-are-no-region"),
    Case("今年前8个月广西外贸进出口总额5200亿元。凭祥综合保税区同期进出口326亿元。",
         [dict(value=520_000_000_000, zone=""), dict(value=32_600_000_000, zone_prefix="凭祥")],
         id="r3-review17-a-regions-total-after-qian-ba-ge-yue"),
    Case("第三站-常州高新区：今年新增高新技术企业86家。", [dict(value=86, zone_prefix="常州")],
         id="r3-review17-a-headlines-dash-is-no-twin-place"),
    Case("磨憨-磨丁经济合作区新增市场主体2600户，磨憨—磨丁经济合作区营业收入214.7亿元。",
         [dict(value=2600, zone="磨憨—磨丁经济合作区"), dict(value=21_470_000_000, zone="磨憨—磨丁经济合作区")],
         id="r3-review17-one-twin-zone-whatever-its-dash"),
    Case("执行电价每千瓦时0.26元，每千瓦时补贴0.05元；每吨补贴5元至10元；每吨给予运费补贴50元。",
         [dict(value=0.26, indicator="electricity_price"), dict(value=0.05, indicator="subsidy_per_kwh"),
          dict(value=5, unit="yuan_per_tonne", qualifier="min"), dict(value=10, unit="yuan_per_tonne", qualifier="max"),
          dict(value=50, unit="yuan_per_tonne")], id="r3-review17-subsidies-per-unit-and-their-ranges"),
    Case("2020年以来，宁波舟山港每吨奖补累计超过3亿元。", [dict(value=300_000_000, unit="yuan", qualifier="min")],
         id="r3-review17-a-sum-of-per-tonne-rewards-is-money"),
    Case("全年新开工总投资超过300亿元的固定资产投资项目56个。",
         [dict(value=30_000_000_000, unit="yuan", qualifier="min"), dict(value=56)], id="r3-review17-chaoguo-zongtouzi-is-a-sum"),
    Case("主持人（自治区政府新闻办副主任　韦敏）：\n　　请黄志强先生发布。\n\n"
         "发布人（中国（广西）自由贸易试验区钦州港片区管委会副主任　黄志强）：\n　　今年以来，我们新增注册企业1260家。\n\n"
         "发布人（南宁经开区管委会副主任　李晓琳）：\n　　上半年，我们新签约项目46个。",
         [dict(value=1260, zone_prefix="中国（广西）"), dict(value=46, zone_prefix="南宁")], id="r3-review17-a-bracket-in-the-speakers-office"),
    Case("三、江苏扬子江国际冶金工业园\n\n　　全年实现工业总产值1580亿元，同比下降2.3%；实施技术改造项目15个。",
         [dict(value=158_000_000_000, zone="扬子江国际冶金工业园"), dict(value=-2.3), dict(value=15)],
         id="r3-a-parks-name-closes-with-what-it-makes"),
    Case("江阴农商银行“科创金融伙伴计划”精准滴灌江阴高新区\n\n今年1—10月，该行累计向园区企业新增授信86.4亿元。",
         [dict(value=8_640_000_000, zone="江阴高新技术产业开发区")], id="r3-a-headlines-verb-before-a-zone"),
]
CASES_ROUND3 += [
    Case("天长经济开发区\n\n与上年相比，由C类提升为B类的企业14家，由B类提升为A类的企业6家。",
         [dict(value=14, value_before=None), dict(value=6, value_before=None)], id="r3-two-from-tos-of-their-own"),
    Case("D类企业执行差别化电价，每千瓦时加价0.1元。", [dict(value=0.1, unit="yuan_per_kwh")],
         id="r3-a-surcharge-per-kwh-is-a-rate"),
]

# Sets 57 and 58: a city's budget report whose zones have their own later section, a place holding
# 月, 市本级, 改革前…，改革后… in prose and in a table's columns.
CASES_ROUND3 += [
    Case("关于长春市2024年预算执行情况的报告\n\n一、2024年预算执行情况\n\n（一）一般公共预算执行情况\n\n"
         "　　全市一般公共预算收入完成512.6亿元，同比增长3.8%。其中，税收收入完成368.4亿元。\n\n"
         "　　市本级一般公共预算收入完成143.7亿元，同比增长2.2%。\n\n（二）开发区财政运行情况\n\n"
         "　　长春新区。2024年，长春新区完成一般公共预算收入67.8亿元，同比增长6.2%。\n",
         [dict(value=51_260_000_000, zone=""), dict(value=3.8, zone=""), dict(value=36_840_000_000, zone=""),
          dict(value=14_370_000_000, zone=""), dict(value=2.2, zone=""),
          dict(value=6_780_000_000, zone_prefix="长春新区"), dict(value=6.2, zone_prefix="长春新区")],
         id="r3-a-zone-of-a-later-section-is-no-articles-zone"),
    Case("长春净月高新技术产业开发区。2024年，净月高新区新增数字经济企业312家。",
         [dict(value=312, zone="长春净月高新技术产业开发区")], id="r3-a-place-that-holds-yue"),
    Case("沈阳经开区改革成效\n\n　　办理时限：改革前45个工作日，改革后5个工作日，压缩88.9%；\n　　跑动次数：改革前7次，改革后1次。",
         [dict(value=5, value_before=45, unit="working_day"), dict(value=88.9, family="pct_reduction"),
          dict(value=1, value_before=7)], id="r3-gaigeqian-gaigehou-is-a-pair"),
    Case("与改革前相比，跑动次数减少90%以上，企业满意率达到99.6%。",
         [dict(value=90, family="pct_reduction", value_before=None), dict(value=99.6, value_before=None)],
         id="r3-yu-gaigeqian-xiangbi-is-no-before", only=True),
    Case("成都高新区营商环境白皮书\n\n| 指标 | 改革前 | 改革后 | 压缩比例 |\n|---|---|---|---|\n"
         "| 企业开办 | 3个工作日 | 0.5个工作日 | 83.3% |\n| 竣工联合验收 | 20个工作日 | 5个工作日 | 75% |\n",
         [dict(value=0.5, value_before=3, unit="working_day"), dict(value=83.3, family="pct_reduction"),
          dict(value=5, value_before=20, unit="working_day"), dict(value=75, family="pct_reduction")],
         id="r3-a-tables-before-and-after-columns"),
]
CASES_ROUND3 += [
    Case("2024年，长春新区完成一般公共预算收入67.8亿元。市本级一般公共预算收入完成143.7亿元，同比增长2.2%。",
         [dict(value=6_780_000_000, zone_prefix="长春新区"), dict(value=14_370_000_000, zone=""), dict(value=2.2, zone="")],
         id="r3-shi-benji-is-the-citys-own"),
]
CASES_ROUND3 += [
    Case("合计：签约项目12个；协议总投资（外资项目按签约当日汇率折算）约146亿元。汇率折算按1美元约合7.16元。",
         [dict(value=12), dict(value=14_600_000_000, qualifier="approx")], id="r3-a-closed-aside-on-the-rate"),
    Case("规模以上工业企业（年主营业务收入2000万元及以上）达到712家。", [dict(value=712)],
         id="r3-a-class-defined-in-brackets", only=True),
]
CASES_ROUND3 += [
    Case("沈阳经开区企业开办改革前后对比如下：\n　　事　项　　　改革前　　　　改革后\n　　办理环节　　6个　　　　　1个\n"
         "　　办理时间　　3个工作日　　2小时\n",
         [dict(value=6), dict(value=1), dict(value=2, unit="hour", value_before=3, unit_before="working_day")],
         id="r3-a-space-aligned-table-with-a-padded-label"),
    Case("石河子经济技术开发区招商手册\n\n园区名称　　　　　　规划面积　　　　入驻企业\n化工新材料产业园　　36.8平方公里　　46家\n"
         "纺织服装产业园　　　8500亩　　　　　128家\n北工业园区　　　　　12.5平方公里　　63家\n合　计　　　　　　　——　　　　　　　237家\n",
         [dict(value=36_800_000), dict(value=46), dict(value=5_666_695, unit="m2"), dict(value=128),
          dict(value=12_500_000), dict(value=63), dict(value=237, zone_prefix="石河子")],
         id="r3-a-total-of-one-zones-parks"),
]
CASES_ROUND3 += [
    Case("太原经开区招商周报\n\n该项目选址经济技术开发区，建设周期18个月，达产后年产值30亿元。",
         [dict(value=18, zone_prefix="太原"), dict(value=3_000_000_000, zone_prefix="太原")], id="r3-xuanzhi-and-the-type-alone"),
]
CASES_ROUND3 += [
    Case("福州高新区一页纸\n\n设立时间：1991年3月（同年经国务院批准为首批国家级高新区）\n规划面积：约142.8平方公里\n",
         [dict(value=142_800_000, period="")], id="r3-a-founding-date-labelled-is-no-period", only=True),
]

# An eighteenth review, of the rules for sets 56-58.
CASES_ROUND3 += [
    Case("据介绍，昆山开发区企业投资项目备案原需20个工作日，由于推行“承诺制+容缺办理”，现压缩至5个工作日。",
         [dict(value=5, value_before=20)], id="r3-review18-youyu-is-no-new-from"),
    Case("2024年，株洲高新区争取省本级专项资金1.2亿元，同比增长15%。",
         [dict(value=120_000_000, zone_prefix="株洲"), dict(value=15, zone_prefix="株洲")], id="r3-review18-benji-as-an-object"),
    Case("一、主要经济指标\n\n1—6月，实现地区生产总值452亿元，同比增长6.1%。\n\n"
         "二、重点工作进展\n\n（一）招商引资\n\n长沙经开区新签约项目28个。\n",
         [dict(value=45_200_000_000, zone_prefix="长沙"), dict(value=6.1, zone_prefix="长沙"), dict(value=28, zone_prefix="长沙")],
         id="r3-review18-a-zones-own-report-keeps-its-zone"),
    Case("表31 长春新区企业年均办事成本（单位：万元）\n\n| 项目 | 改革前 | 改革后 |\n|---|---|---|\n| 中介服务费用 | 12.5 | 3.2 |\n",
         [dict(value=32_000, value_before=125_000)], id="r3-review18-a-pair-table-in-its-captions-unit"),
    Case("据统计，该月长沙经开区新增市场主体860户。", [dict(value=860, zone="长沙经济技术开发区")],
         id="r3-review18-gaiyue-is-a-date"),
    Case("2024年，昆明高新区推动工业用电每千瓦时降价后节省1.2亿元，惠及企业560家。",
         [dict(value=120_000_000, unit="yuan"), dict(value=560)], id="r3-review18-a-sum-after-a-price-cut"),
    Case("2024年，南通经济技术开发区为中远海运、Maersk Corp.\n等企业提供“一站式”服务，船舶进出港手续办理时间由原来的24小时\n压缩至4小时。",
         [dict(value=4, value_before=24)], id="r3-review18-corp-dot-ends-no-sentence"),
    Case("长春新区工程建设审批改革\n\n| 项目类型 | 改革前 | 改革后 |\n|---|---|---|\n| 5000平方米以下小型项目 | 60天 | 15天 |\n",
         [dict(value=15, value_before=60)], id="r3-review18-a-rows-label-holds-a-figure"),
    Case("鞍山经开区改革前5个部门分别受理，改革后1个窗口统一受理。", [dict(value=5, value_before=None), dict(value=1, value_before=None)],
         id="r3-review18-departments-are-no-windows", only=True),
]

# Set 62: a spreadsheet saved as comma-separated text (quoted thousands, a title row), a subtitle file.
CASES_ROUND3 += [
    Case("表1　2025年1—9月部分开发区主要经济指标,,,,\r\n序号,开发区名称,营业收入（亿元）,营业收入同比增长（%）,实际使用外资（万美元）\r\n"
         "1,许昌经济技术开发区,\"1,286.5\",8.4,\"4,350\"\r\n2,长葛经济技术开发区,\"1,045.2\",6.9,\"2,180\"\r\n"
         "3,鹤壁经济技术开发区,512.4,5.3,960\r\n",
         [dict(value=128_650_000_000, zone_prefix="许昌"), dict(value=8.4, zone_prefix="许昌"),
          dict(value=43_500_000, unit="usd", zone_prefix="许昌"), dict(value=104_520_000_000, zone_prefix="长葛"),
          dict(value=6.9), dict(value=21_800_000, unit="usd"), dict(value=51_240_000_000, zone_prefix="鹤壁"),
          dict(value=5.3), dict(value=9_600_000, unit="usd")], id="r3-a-spreadsheet-with-quoted-thousands"),
    Case("1\n00:00:03,120 --> 00:00:06,480\n2025年以来，潍坊高新区聚焦主导产业\n\n2\n00:00:06,480 --> 00:00:09,560\n"
         "前三季度，规上工业营业收入\n完成1028.6亿元，\n\n3\n00:00:09,560 --> 00:00:13,080\n同比增长9.7%。\n",
         [dict(value=102_860_000_000, zone_prefix="潍坊"), dict(value=9.7, zone_prefix="潍坊")],
         id="r3-a-subtitle-files-timecodes-are-furniture", only=True),
    Case("11\n00:00:32,970 --> 00:00:36,400\n潍坊高新区这个动力总成项目4月底就开工了，\n\n12\n00:00:36,400 --> 00:00:40,080\n"
         "达产后每年能生产\n20万台新能源动力总成。\n", [dict(value=200_000)],
         id="r3-a-timecode-lends-no-digits-to-a-figure", only=True),
]
CASES_ROUND3 += [
    Case("今年前三季度，长沙经开区规上工业增加值增长8.4%，高于所在省份平均水平——同期湖北、安徽、湖南三省规上工业增加值增速分别为7.3%、8.6%和6.9%。",
         [dict(value=8.4, zone_prefix="长沙"), dict(value=7.3, zone=""), dict(value=8.6, zone=""), dict(value=6.9, zone="")],
         id="r3-a-list-of-provinces-is-no-zone"),
]
CASES_ROUND3 += [
    Case("今年前三季度，东湖高新区、合肥高新区、长沙经开区的规上工业增加值增速分别为9.6%、11.2%和8.4%。",
         [dict(value=9.6, family="growth_rate", zone_prefix="武汉东湖"), dict(value=11.2, family="growth_rate", zone_prefix="合肥"),
          dict(value=8.4, family="growth_rate", zone_prefix="长沙")], id="r3-a-lists-shared-tail-after-de"),
]
CASES_ROUND3 += [
    Case("2024年，沧州临港经济技术开发区实现营收RMB 86.3 billion，同比增长7.5%；实际使用外资USD 320 million。\n"
         "In 2024, the zone achieved operating revenue of RMB 86.3 billion, up 7.5%.\n廊坊经开区吸引港资HKD 1.2 billion。",
         [dict(value=86_300_000_000, unit="yuan", zone_prefix="沧州"), dict(value=7.5), dict(value=320_000_000, unit="usd"),
          dict(value=1_200_000_000, unit="hkd", zone_prefix="廊坊")], id="r3-currency-first-amounts-in-chinese-sentences"),
    Case("前海实现地区生产总值1986亿元（RMB 198.6 billion）；南沙实际使用外资US$1.05 billion（约合75亿元）；跨境人民币结算量RMB 1.02 trn。",
         [dict(value=198_600_000_000), dict(value=7_500_000_000), dict(value=1_020_000_000_000)],
         id="r3-currency-first-translations-and-conversions", only=True),
]

# Sets 63-65: saved web pages, sections headed by a zone's name.
CASES_ROUND3 += [
    Case("<html><body><h3>表2　前三季度重点园区指标</h3>\n<table>\n  <tr>\n    <th>园区</th>\n    <th>营业收入<br>（亿元）</th>\n"
         "    <th>同比增长<br>（%）</th>\n    <th>新设企业<br>（户）</th>\n  </tr>\n"
         "  <tr><td>泸州高新技术产业开发区</td><td>612.3</td><td>9.1</td><td>240</td></tr>\n"
         "  <tr><td colspan=\"1\">宜宾临港经济技术开发区</td><td>455.0</td><td>-1.4</td><td>97</td></tr>\n"
         "  <tr class=\"sum\"><td colspan=\"2\">以上园区合计</td><td>1067.3</td><td>4.8</td><td>337</td></tr>\n</table></body></html>",
         [dict(value=61_230_000_000, unit="yuan", zone_prefix="泸州"), dict(value=9.1, zone_prefix="泸州"),
          dict(value=240, family="firm_count", zone_prefix="泸州"), dict(value=45_500_000_000, zone_prefix="宜宾"),
          dict(value=-1.4, zone_prefix="宜宾"), dict(value=97, family="firm_count", zone_prefix="宜宾")],
         id="r3-a-web-pages-table-with-units-in-broken-head-cells"),
    Case("## 2025年上半年重点园区营商环境监测\n\n全市园区实际使用外资12.6亿美元。\n\n### （一）绵阳经济技术开发区\n\n"
         "- **政务服务**\n  - 工业项目施工许可由 **25个工作日** 压缩至 **9个工作日**\n- **经济指标**\n  - 营业收入 **386.2亿元**\n\n"
         "### （二）德阳高新技术产业开发区\n\n- 新增入驻企业 **57家**\n",
         [dict(value=1_260_000_000, unit="usd", zone=""), dict(value=9, value_before=25, zone_prefix="绵阳"),
          dict(value=38_620_000_000, zone_prefix="绵阳"), dict(value=57, family="firm_count", zone_prefix="德阳")],
         id="r3-a-section-headed-by-a-zones-name-is-that-zones", only=True),
]
CASES_ROUND3 += [
    Case("7月份绵竹经开区新签约项目12个；与相邻的什邡经开区协同发力，共建磷化工基地。（友邻什邡经开区上半年产值增长18.4%）",
         [dict(value=12, zone_prefix="绵竹"), dict(value=18.4, zone_prefix="什邡")],
         id="r3-a-month-tail-and-a-neighbour-are-no-part-of-a-name", only=True),
]
CASES_ROUND3 += [
    Case("延安高新区全年实现营业收入１，３５６亿元，新增经营主体2，418户。", [dict(value=135_600_000_000, unit="yuan", zone_prefix="延安"),
         dict(value=2418, family="firm_count")], id="r3-full-width-thousands-separators", only=True),
    Case("过去提起经济技术开发区，人们想到的是厂房。今年新增高新技术企业31家。", [dict(value=31, zone="")],
         id="r3-speaking-of-a-zone-type-names-no-zone", only=True),
]
CASES_ROUND3 += [
    Case("成都市人民政府新闻办新闻发布会实录\n\n【市经信局副局长 王平】\n\n上半年，全市开发区新引进项目620个。\n\n"
         "四川日报记者问：\n天府新区在审批提速方面有哪些做法？\n\n李明答：谢谢提问。\n\n"
         "第一，工业项目施工许可由15个工作日压减至5个工作日。\n\n第二，新增经营主体1.2万户。\n\n"
         "封面新闻记者问：\n成都高新区的企业服务有什么新变化？\n\n张华答：好的。\n\n园区企业诉求平均3个工作日内办结。\n",
         [dict(value=620, zone=""), dict(value=5, value_before=15, zone_prefix="四川天府"),
          dict(value=12_000, zone_prefix="四川天府"), dict(value=3, zone_prefix="成都高新")],
         id="r3-an-answers-figures-are-the-zone-asked-about", only=True),
]
CASES_ROUND3 += [
    Case("嘉善经济开发区管理委员会文件\n\n嘉开〔2025〕9号\n\n关于印发《嘉善经济开发区优化营商环境行动方案》的通知\n\n"
         "区各部门：\n\n　　现将《嘉善经济开发区优化营商环境行动方案》印发给你们，请认真贯彻落实。\n\n"
         "嘉善经济开发区管理委员会\n2025年4月2日\n\n嘉善经济开发区优化营商环境行动方案\n\n"
         "　　一、工作基础\n\n　　2024年，我区新设经营主体1860户，同比增长12.4%；新签约亿元以上项目27个。\n",
         [dict(value=1860, zone_prefix="嘉善"), dict(value=12.4, zone_prefix="嘉善"), dict(value=27, zone_prefix="嘉善")],
         id="r3-a-notices-attached-plan-keeps-the-issuers-zone", only=True),
]
CASES_ROUND3 += [
    Case("核心数据 Key Figures\n\n指标 Indicator\t数值 Value\t单位 Unit\n2024年营业收入 Operating revenue\t5,320\t亿元 RMB 100 million\n"
         "境内外上市企业 Listed companies\t37\t家\n",
         [dict(value=532_000_000_000, unit="yuan"), dict(value=37, family="firm_count")],
         id="r3-a-bilingual-tables-head-and-unit-column", only=True),
]
CASES_ROUND3 += [
    Case("南浔经开区“一件事”办理时限压缩情况\n\n序号\t事项名称\t牵头部门\t原承诺时限\t压缩后时限\n1\t企业开办一件事\t服务中心\t3个工作日\t4小时\n"
         "2\t竣工联合验收一件事\t建设局\t20个工作日\t6个工作日\n",
         [dict(value=4, unit="hour", value_before=3, unit_before="working_day", zone_prefix="南浔"),
          dict(value=6, unit="working_day", value_before=20, zone_prefix="南浔")],
         id="r3-promised-and-compressed-time-columns-are-a-pair", only=True),
]
CASES_ROUND3 += [
    Case("## 重点园区\n\n全市园区新增企业310家。\n\n### （一）江苏苏州工业园区\n\n- 规上工业总产值 **1,236.5**亿元，增长 **6.1%**\n\n"
         "### （二）上海张江高科技园区\n\n- 集成电路企业 **1,200余家**\n- 研发投入 **86.4**亿元\n",
         [dict(value=310, zone=""), dict(value=123_650_000_000, zone_prefix="苏州工业园区"), dict(value=6.1, zone_prefix="苏州工业园区"),
          dict(value=1200, family="firm_count", zone_prefix="上海张江"), dict(value=8_640_000_000, zone_prefix="上海张江")],
         id="r3-bold-figures-under-headings-that-name-a-province-first", only=True),
]
CASES_ROUND3 += [
    Case("目前，黔南经开区注册企业达 3 5 7 家，今年新入驻企业 2 6 家，营业收入增长 1 3.4%。",
         [dict(value=357, family="firm_count"), dict(value=26, family="firm_count"), dict(value=13.4, family="growth_rate")],
         id="r3-ocr-spaces-between-every-digit", only=True),
    Case("表 1 2 家企业名单", [], id="r3-a-table-number-before-spaced-digits-is-no-figure"),
]
CASES_ROUND3 += [
    Case("前三季度成绩单！德阳经开区数据来了👇\n\n德阳经开区发布　2025年10月12日\n\n1️⃣ 项目建设\n\n德阳经开区新开工项目18个\n\n"
         "工地现场\n\n2️⃣ 营商环境\n\n企业开办1个工作日内办结\n\n为126家企业提供“套餐式”服务\n\n阅读 3200\n",
         [dict(value=18, zone_prefix="德阳"), dict(value=1, unit="working_day", zone_prefix="德阳"),
          dict(value=126, zone_prefix="德阳")], id="r3-a-zones-own-post-keeps-its-zone-in-every-piece", only=True),
    Case("科学导报讯 平遥经开区新签约项目12个。\n\n侯晓玲\n\n科学导报讯 全省新增企业2300家。\n",
         [dict(value=12, zone_prefix="平遥"), dict(value=2300, zone="")], id="r3-a-page-of-stories-lends-no-zone"),
]
CASES_ROUND3 += [
    Case("桂平市支持广西桂平产业园区高质量发展若干措施\n\n　　一、对新引进固定资产投资额1亿元以上的工业项目，给予最高200万元奖励。\n",
         [dict(value=2_000_000, zone_prefix="桂平")],
         id="r3-a-verb-after-a-subject-is-no-part-of-a-zones-name", only=True),
]
CASES_ROUND3 += [
    Case("表2  2024年部分开发区主要指标\n\n"
         "序号  开发区名称              地区生产总值  同比增长  实际使用外资\n"
         "                                （亿元）     （%）     （万美元）\n"
         "------------------------------------------------------------------\n"
         " 1  吉林经济技术开发区            386.4       6.2          5120\n"
         " 2  四平经济开发区                124.8       4.9           830\n"
         " 3  辽源经济开发区                 98.6       5.5           412\n",
         [dict(value=38_640_000_000, unit="yuan", zone_prefix="吉林"), dict(value=6.2, zone_prefix="吉林"),
          dict(value=51_200_000, unit="usd", zone_prefix="吉林"), dict(value=12_480_000_000, zone_prefix="四平"),
          dict(value=4.9), dict(value=8_300_000, unit="usd"), dict(value=9_860_000_000, zone_prefix="辽源"),
          dict(value=5.5), dict(value=4_120_000, unit="usd")],
         id="r3-an-aligned-table-with-units-under-its-header-and-a-rule", only=True),
]
CASES_ROUND3 += [
    Case("数说长春新区上半年\n\n规上工业总产值\n突破\n860\n亿元\n\n新增市场主体\n3125\n户\n", [dict(value=86_000_000_000, unit="yuan"),
         dict(value=3125, family="firm_count")], id="r3-a-figure-above-its-units-line-is-no-page-number", only=True),
]
CASES_ROUND3 += [
    Case("08｜平潭　福建平潭综合实验区前三季度新增台资企业87家。", [dict(value=87, family="firm_count", zone_prefix="平潭")],
         id="r3-a-comprehensive-experimental-zone-is-a-zone", only=True),
]
CASES_ROUND3 += [
    Case("## 三大园区负责人答记者问\n\n**问：洋浦经济开发区上半年成绩如何？**\n\n**答**（管委会副主任 符某）：总体稳中有进。\n\n"
         "规上工业产值增长12.4%，新增市场主体3200户。\n\n**问：三亚崖州湾科技城的创新要素集聚得怎样？**\n\n**答**：\n\n"
         "目前集聚涉海企业410家。\n",
         [dict(value=12.4, zone_prefix="洋浦"), dict(value=3200, zone_prefix="洋浦"), dict(value=410, zone_prefix="三亚崖州湾")],
         id="r3-markdown-questions-give-their-answers-zone", only=True),
]

# Review 19 (an adversarial read of sets 63-67's rules): each failed on the code it reviewed.
CASES_ROUND3 += [
    Case("永济经开区秋季招聘会上午开幕，截至10:30，260家企业入场；按1:1，800万元配套。", [dict(value=260, family="firm_count"),
         dict(value=8_000_000, unit="yuan")], id="r3-review19-a-time-or-ratio-is-no-thousands-group", only=True),
    Case("表3  园区营业收入\n\n园区            营业收入（亿元）    增速（%）\n永济经开区      76.1                10.4\n"
         "侯马经开区      58.2                7.7\n----------------------------------------\n园区            新增企业（家）      项目数（个）\n"
         "永济经开区      96                  13\n侯马经开区      71                  18\n",
         [dict(value=96, family="firm_count", zone_prefix="永济"), dict(value=13, family="project_count", zone_prefix="永济"),
          dict(value=71, family="firm_count"), dict(value=18, family="project_count"), dict(value=7_610_000_000),
          dict(value=10.4), dict(value=5_820_000_000), dict(value=7.7)],
         id="r3-review19-a-rule-after-rows-ends-the-table", only=True),
    Case("科学导报讯 日前，园区召开推进会，明确开办一家企业1个工作日办结，新增经营主体380户。\n\n（记者 王五）\n\n"
         "侯马经开区印发营商环境提升行动方案\n\n科学导报讯 一季度，县税务局为企业办理退税0.8亿元。\n\n（记者 赵六）\n\n减税降费持续发力\n",
         [dict(value=1, zone_prefix="侯马"), dict(value=380, zone_prefix="侯马"), dict(value=80_000_000, zone="")],
         id="r3-review19-a-plan-headline-before-a-dated-story-trails", only=True),
    Case("太原市人民政府新闻办新闻发布会实录\n\n山西日报记者问：\n综改示范区在审批提速方面有哪些做法？\n\n李明答：谢谢。\n\n"
         "工业项目施工许可压减至6个工作日。\n\n太原日报记者问：\n清徐经开区的企业服务有什么新变化？\n\n张华答：好的。\n\n"
         "园区企业诉求平均2个工作日内办结。\n\n主持人：今天的发布会到此结束。\n\n【延伸阅读】\n\n太原市一季度经济运行平稳。\n\n"
         "一季度新设外资企业75家。\n",
         [dict(value=6, zone_prefix="山西转型"), dict(value=2, zone_prefix="清徐"), dict(value=75, zone="")],
         id="r3-review19-an-answer-ends-at-the-host", only=True),
    Case("上半年成绩单！永济经开区数据来了\n\n1️⃣ 项目建设\n\n永济经开区新开工项目21个\n\n工地现场\n\n2️⃣ 延伸阅读\n\n"
         "商务部数据显示\n\n前8个月新设外商投资企业4.1万家\n\n3️⃣ 运城市整体情况\n\n地区生产总值1620亿元\n",
         [dict(value=21, zone_prefix="永济"), dict(value=41_000, zone=""), dict(value=162_000_000_000, zone="")],
         id="r3-review19-a-post-lends-no-zone-to-figures-it-quotes", only=True),
    Case("侯马经开区今年新增企业58家，和周边的曲沃经开区新增企业41家相比，高出17家。",
         [dict(value=58, zone_prefix="侯马"), dict(value=41, zone_prefix="曲沃")], id="r3-review19-a-neighbour-compared-keeps-its-figure"),
    Case("市政府出台政策支持民营工业园区发展，今年安排奖补资金3000万元；大学科技园区孵化企业640家。",
         [dict(value=30_000_000, zone=""), dict(value=640, zone="")], id="r3-review19-generic-parks-are-no-zones"),
    Case("永济经开区“一件事”改革\n\n| 事项 | 优化前时限（工作日） | 优化后时限（小时） |\n|---|---|---|\n| 企业开办 | 2 | 3 |\n| 竣工验收 | 7 | 48 |\n",
         [dict(value=3, unit="hour", value_before=2, unit_before="working_day"),
          dict(value=48, unit="hour", value_before=7, unit_before="working_day")],
         id="r3-review19-a-before-column-keeps-its-own-unit", only=True),
    Case("2024年开发区评估报告\n\n一、总体情况\n\n全市10个开发区参评。\n\n二、永济经开区\n\n企业开办时间压缩至0.5个工作日。\n\n"
         "三、侯马经开区\n\n企业开办时间压缩至1个工作日。\n",
         [dict(value=0.5, zone_prefix="永济"), dict(value=1, zone_prefix="侯马")], id="r3-review19-a-numbered-zone-heading-opens-its-section",
         only=True),
]
CASES_ROUND3 += [
    Case("政府工作报告\n——2025年1月9日在茶陵县第十八届人民代表大会第四次会议上\n茶陵县人民政府县长　李某\n\n一、2024年工作回顾\n\n"
         "　　全年地区生产总值增长5.6%，实施重点项目126个。茶陵经开区新引进项目18个，规上工业增加值增长9.2%。\n",
         [dict(value=5.6, zone=""), dict(value=126, zone=""), dict(value=18, zone_prefix="茶陵"), dict(value=9.2, zone_prefix="茶陵")],
         id="r3-a-county-government-report-speaks-for-the-county", only=True),
]
CASES_ROUND3 += [
    Case("1\n00:00:12,000 --> 00:00:16,620\n观众朋友们晚上好\n\n2\n00:00:16,970 --> 00:00:20,960\n星期三 欢迎收看新闻\n", [],
         id="r3-a-timecodes-seconds-are-no-weeks"),
]
CASES_ROUND3 += [
    Case("新余高新区全年新增规上工业企业41家；全省二十余开发区参加评价。", [dict(value=41, zone_prefix="新余")],
         id="r3-a-city-named-with-yu-is-a-place", only=True),
]
CASES_ROUND3 += [
    Case("分区域看，凭祥、东兴、龙邦边境经济合作区分别实现进出口额86.2亿元、41.5亿元和12.3亿元；与瑞丽、河口等边境经济合作区相比仍有差距。",
         [dict(value=8_620_000_000, zone_prefix="凭祥"), dict(value=4_150_000_000, zone_prefix="东兴"),
          dict(value=1_230_000_000, zone_prefix="龙邦")], id="r3-places-listed-before-one-zone-type-are-each-a-zone", only=True),
]
CASES_ROUND3 += [
    Case('（三）开放平台持续增强。牡丹江综合保税区\n全年进出口额增长18.4%，跨境电商规模\n持续扩大，口岸功能不断完；东宁边境经济合\n作区完成对俄贸易额52.6亿元，同比增长\n9.7%，互市贸易落地加工稳步推进，口岸\n通关效率进一步提升，企业获得感不断增强。' + "\n",
         [dict(value=18.4, zone_prefix="牡丹江"), dict(value=5_260_000_000, zone_prefix="东宁"), dict(value=9.7, zone_prefix="东宁")],
         id="r3-a-zone-name-cut-by-a-hard-wrap"),
]

# Review 20 (an adversarial read of the rules after review 19): each failed on the code it reviewed.
CASES_ROUND3 += [
    Case("凝心聚力谱新篇\n　　本报讯 2024年，祁县经济开发区全面落实省政府工作报告部署，着力健全园区长效投入机制。\n"
         "　　全年完成规上工业总产值64.2亿元，同比增长10.5%；新入驻企业19家。\n",
         [dict(value=6_420_000_000, zone_prefix="祁县"), dict(value=10.5, zone_prefix="祁县"), dict(value=19, zone_prefix="祁县")],
         id="r3-review20-a-story-citing-a-work-report-is-no-report", only=True),
    Case("政府工作报告\n——2025年1月6日在阳城县第十七届人民代表大会第五次会议上\n阳城县人民政府县长　某某\n\n一、2024年工作回顾\n"
         "　　全县规上工业增加值增长6.4%。\n　　阳城经济技术开发区扩区调规获省政府批复。\n　　园区全年签约项目28个，新增高新技术企业13家。\n",
         [dict(value=6.4, zone=""), dict(value=28, zone_prefix="阳城"), dict(value=13, zone_prefix="阳城")],
         id="r3-review20-a-reports-园区-sentence-is-the-parks", only=True),
    Case("介休经济技术开发区推介会现场直播\n14:20：介休经开区管委会主任作推介。\n14:35：16个项目集中签约，总投资52亿元。\n",
         [dict(value=16, family="project_count"), dict(value=5_200_000_000)], id="r3-review20-a-live-blogs-time-label-keeps-its-figure"),
    Case("记者了解到，更多高新区将审批时限压缩至10个工作日，众多园区新增企业1200家，剩余产业园区新增企业12家。",
         [dict(value=10, zone=""), dict(value=1200, zone=""), dict(value=12, zone="")],
         id="r3-review20-more-and-remaining-parks-are-no-places", only=True),
    Case("平遥经济技术开发区新增企业12家。\n对标苏州、合肥高新区，园区今年研发投入增长25%。\n",
         [dict(value=12, zone_prefix="平遥"), dict(value=25, zone_prefix="平遥")], id="r3-review20-a-benchmark-list-is-passed-by", only=True),
    Case("太原、大同经开区和长治高新区三地联合招商，共签约项目42个，总投资280亿元。",
         [dict(value=42, zone=""), dict(value=28_000_000_000, zone="")], id="r3-review20-a-joint-figure-of-a-list-is-no-ones", only=True),
    Case("平遥经开区2024年12月主要经济指标\n平遥经济技术开发区管委会经济发展局　2025年1月12日\n\n| 指标 | 12月 | 1—12月累计 | 累计同比增长 |\n"
         "|:---|---:|---:|---:|\n| 规上工业总产值（亿元） | 12.6 | 138.5 | 9.2% |\n| 固定资产投资（亿元） | 4.1 | 52.3 | 6.5% |\n",
         [dict(value=1_260_000_000, period="2024-12"), dict(value=410_000_000, period="2024-12")],
         id="r3-review20-a-month-column-takes-its-captions-year"),
]

# Review 21 (an adversarial read of zone names joined across hard wraps): each failed on the code it reviewed.
CASES_ROUND3 += [
    Case("2023年，平遥经济技术开发区积极拓展对外开放，深化与东盟国家的经贸合作\n区域全面经济伙伴关系协定生效以来，开发区实现进出口总额12.5亿元，同比增长18.3%。",
         [dict(value=1_250_000_000, zone_prefix="平遥"), dict(value=18.3, zone_prefix="平遥")], id="r3-review21-a-word-going-on-is-no-type", only=True),
    Case("祁县经开区一季度经济运行稳中向好\n本报记者 王建国 通讯员 刘永济\n开发区一季度实现营业收入18.6亿元，同比增长9.1%。",
         [dict(value=1_860_000_000, zone_prefix="祁县"), dict(value=9.1, zone_prefix="祁县")],
         id="r3-review21-a-line-opening-with-a-bare-type-is-the-texts-own", only=True),
    Case("合肥高新区召开2024年度工作会议\n传承创新基因，接过科技自立自强的火炬\n高新区全年实现营业收入1.2万亿元，同比增长10.5%。",
         [dict(value=1_200_000_000_000, zone_prefix="合肥"), dict(value=10.5, zone_prefix="合肥")],
         id="r3-review21-a-slogan-ending-in-a-zones-word-joins-nothing", only=True),
]
CASES_ROUND3 += [
    Case("汉中市统计局\n\n2025年1—9月全市经济运行简况\n\n　　1—9月，全市规上工业增加值增长6.1%。其中：汉中经济技术开发区实现规上工业总产值236.5亿元。\n\n"
         "　　二、固定资产投资\n\n　　1—9月，全市固定资产投资增长5.2%。\n　　　　其中：工业投资增长11.4%；\n",
         [dict(value=6.1, zone=""), dict(value=23_650_000_000, zone_prefix="汉中"), dict(value=5.2, zone=""), dict(value=11.4, zone="")],
         id="r3-a-statistics-bureaus-release-speaks-for-the-city", only=True),
]
CASES_ROUND3 += [
    Case("表1  前三季度各综合保税区进出口情况\n                                              单位:亿元,%\n"
         "区域                      进出口       同比       出口       进口\n"
         "烟台综合保税区             402.6       11.5      221.3      181.3\n"
         "威海综合保税区              86.4       17.2       50.1       36.3\n"
         "日照综合保税区             112.9       -2.4        6.2      106.7\n",
         [dict(value=40_260_000_000, zone_prefix="烟台"), dict(value=11.5, family="growth_rate", zone_prefix="烟台"),
          dict(value=22_130_000_000, zone_prefix="烟台"), dict(value=18_130_000_000, zone_prefix="烟台"),
          dict(value=-2.4, zone_prefix="日照"), dict(value=10_670_000_000, zone_prefix="日照")],
         id="r3-a-captions-units-for-a-table-of-zones"),
]
CASES_ROUND3 += [
    Case("沧州临港经开区2025年工作目标：守牢化工园区安全底线，力争规上工业增加值增长8%以上，新引进项目不少于40个。",
         [dict(value=8, zone_prefix="沧州临港"), dict(value=40, zone_prefix="沧州临港")], id="r3-a-verb-then-a-type-is-no-zone", only=True),
]
CASES_ROUND3 += [
    Case("嘉兴是全国第一批经济技术开发区所在地之一。嘉兴经开区新增市场主体3200户；像平湖经济技术开发区，今年新增企业46家。",
         [dict(value=3200, zone_prefix="嘉兴"), dict(value=46, zone_prefix="平湖")], id="r3-a-batch-and-a-like-are-no-part-of-a-name", only=True),
]
CASES_ROUND3 += [
    Case("《园区会客厅》节目文字实录\n主持人:王悦\n嘉宾:李建华  盐城经济技术开发区管委会副主任\n      赵敏  盐城综合保税区管理办公室主任\n\n"
         "主持人:李主任,经开区今年发展怎么样?\n\n李建华:上半年新增市场主体两千三百多户,规上工业营收增长百分之八点六。\n\n"
         "主持人:赵主任,综保区呢?\n\n赵敏:进出口额完成六十八亿元,同比增长百分之二十一。\n",
         [dict(value=2300, zone_prefix="盐城经济"), dict(value=8.6, zone_prefix="盐城经济"),
          dict(value=6_800_000_000, zone_prefix="盐城综合"), dict(value=21, zone_prefix="盐城综合")],
         id="r3-a-guests-turn-is-the-zone-the-guest-list-gives-them"),
]

# Review 22 (an adversarial read of the rules after review 21): each failed on the code it reviewed.
CASES_ROUND3 += [
    Case("苏州工业园区统计局\n\n2025年1—6月园区经济运行情况\n\n　　上半年，实现地区生产总值1825.6亿元，同比增长5.8%。\n",
         [dict(value=182_560_000_000, zone_prefix="苏州工业"), dict(value=5.8, zone_prefix="苏州工业")],
         id="r3-review22-a-zones-own-statistics-bureau-speaks-for-the-zone", only=True),
    Case("宝鸡市统计局\n\n2024年宝鸡高新技术产业开发区经济运行情况\n\n　　2024年，规上工业总产值完成1120.5亿元，同比增长8.2%。\n",
         [dict(value=112_050_000_000, zone_prefix="宝鸡"), dict(value=8.2, zone_prefix="宝鸡")],
         id="r3-review22-a-bureaus-release-on-one-zone-is-that-zones", only=True),
    Case("表2  前三季度各园区运行情况\n                                              单位:亿元,%\n"
         "园区                    工业总产值      同比      规上企业      全省位次\n"
         "烟台综合保税区             402.6       11.5         86            2\n"
         "威海综合保税区              86.4       17.2         31            9\n"
         "日照综合保税区             112.9       -2.4         24            7\n",
         [dict(value=40_260_000_000, zone_prefix="烟台"), dict(value=11.5), dict(value=8_640_000_000), dict(value=17.2),
          dict(value=11_290_000_000), dict(value=-2.4)], id="r3-review22-counts-and-ranks-take-no-caption-unit", only=True),
    Case("表3  各开发区主要指标\n                                        单位：亿元、万美元、%\n"
         "开发区                营业收入      增长      实际利用外资\n宝鸡高新区            1120.5        8.2       3560\n"
         "蔡家坡经开区           326.4       12.1       1280\n眉县经开区              86.4       11.3        420\n",
         [dict(value=8.2), dict(value=12.1), dict(value=11.3)], id="r3-review22-a-caption-of-several-units-names-no-columns", only=True),
    Case("《港城会客厅》节目文字实录\n主持人:林悦\n嘉宾:孙立群  连云港综合保税区管理办公室主任\n\n孙立群:进出口额完成六十八亿元。\n\n相关阅读\n\n"
         "连云港市上半年外贸运行情况\n\n　　上半年新增备案外贸企业412家。\n",
         [dict(value=6_800_000_000, zone_prefix="连云港综合"), dict(value=412, zone="")],
         id="r3-review22-a-guests-turn-ends-at-a-heading", only=True),
    Case("2025年第一批乐山高新区重点项目集中开工，共开工项目36个。", [dict(value=36, zone_prefix="乐山")],
         id="r3-review22-a-batch-before-a-place-is-cut", only=True),
]
CASES_ROUND3 += [
    Case("要抓好靖边经济技术开发区建设，今年新增企业21家；建好用好蒙自经济技术开发区，新增企业420家。",
         [dict(value=21, zone_prefix="靖边"), dict(value=420, zone_prefix="蒙自")],
         id="r3-verbs-of-care-are-no-part-of-a-zones-name", only=True),
    Case("做强做优特色产业园区，新增项目30个。", [dict(value=30, zone="")], id="r3-verbs-of-care-before-a-generic-park", only=True),
]
CASES_ROUND3 += [
    Case("嘉宾:今年上半年，园区进出口额完成六十八个亿，外贸利润差不多九个亿。", [dict(value=6_800_000_000, unit="yuan"), dict(value=900_000_000, unit="yuan")],
         id="r3-trade-and-profit-said-in-yi-are-money", only=True),
]
# Sets 72-73: a period or a share word before a zone type is no part of a name; a footnote's zone
# speaks for none of the text after it; a caption's own full stop ends a sentence in it.
CASES_ROUND3 += [
    Case("两江新区经济运行平稳。\n\n前三季度新区新增经营主体1.2万户。", [dict(value=12_000, zone_prefix="重庆两江")],
         id="r3-a-period-before-a-bare-type-names-no-zone", only=True),
    Case("前三季度宜宾三江新区实现营业收入1260亿元。", [dict(value=126_000_000_000, zone="宜宾三江新区")],
         id="r3-a-quarter-before-a-zones-name-is-cut", only=True),
    Case("潍坊高新区台资企业实现产值63.2亿元，约占高新区规上工业总产值的两成。",
         [dict(value=6_320_000_000, zone_prefix="潍坊"), dict(value=20, zone_prefix="潍坊")],
         id="r3-a-share-word-before-a-bare-type-names-no-zone", only=True),
    Case("鹰潭高新区2024年度工作报告\n\n一、总体情况\n全年实现规上工业总产值812.6亿元①，同比增长7.4%。\n\n"
         "① 余江工业园区相关数据另行统计，见\n该区统计公报。\n\n二、企业培育\n全年新增高新技术企业46家。\n",
         [dict(value=81_260_000_000, zone_prefix="鹰潭"), dict(value=7.4, zone_prefix="鹰潭"),
          dict(value=46, zone_prefix="鹰潭")],
         id="r3-a-footnotes-zone-speaks-for-nothing-after-it", only=True),
    Case("铜陵经开区今年新签约项目18个。\n▲图为一家铜箔企业的生产车间。该企业今年新增订单3.6亿元。\n",
         [dict(value=18), dict(value=360_000_000, sentence="该企业今年新增订单3.6亿元。")],
         id="r3-a-captions-full-stop-ends-its-own-sentence", only=True),
]
# Set 74: a Markdown table's second header row (a period and unit under each group) joins the first;
# a bold cell is read as the figure its marks hold.
CASES_ROUND3 += [
    Case("| 园区 | 工业总产值 |  | 新设企业 |\n|---|---:|---:|---:|\n|  | 1—6月（万元） | 同比±% | 1—6月（户） |\n"
         "| 阿克苏经济技术开发区 | 1,264,300 | 9.1 | 412 |\n| 库车经济技术开发区 | 986,500 | -3.2 | 205 |\n",
         [dict(value=12_643_000_000, unit="yuan", zone_prefix="阿克苏"), dict(value=9.1, unit="pct", zone_prefix="阿克苏"),
          dict(value=412, unit="firm", zone_prefix="阿克苏"), dict(value=9_865_000_000, unit="yuan", zone_prefix="库车"),
          dict(value=-3.2, unit="pct", zone_prefix="库车"), dict(value=205, unit="firm", zone_prefix="库车")],
         id="r3-a-second-header-row-gives-each-column-its-unit", only=True),
    Case("| 开发区 | 新签约项目（个） | 协议投资（亿元） |\n|---|---|---|\n| 奎屯—独山子经开区 | 23 | 186.5 |\n"
         "| **合计** | **41** | **302.7** |\n",
         [dict(value=23), dict(value=18_650_000_000), dict(value=41, zone=""), dict(value=30_270_000_000, zone="")],
         id="r3-bold-table-cells-are-read", only=True),
]


def _srt(*cues: str) -> str:
    """A subtitle file: numbered cues with timecodes, each cue's lines as given ("⏎" cuts a line)."""
    return "\n".join(f"{k}\n00:00:{2 * k:02d},000 --> 00:00:{2 * k + 1:02d},500\n{c.replace('⏎', chr(10))}\n"
                     for k, c in enumerate(cues, start=1))


# Sets 62, 68, 73: a subtitle file is running speech, its cues' short lines no titles; the zone last
# named goes on over the cues; speech with no full stops has a sentence no longer than its cue.
CASES_ROUND3 += [
    Case(_srt("黔南新闻联播", "记者从省商务厅获悉", "前三季度 全省六十个开发区⏎实现营业收入八千二百亿元", "同比增长百分之五点六",
              "来看记者发回的报道", "在都匀经济开发区⏎新材料产业园里", "今年以来新签约项目二十八个", "总投资一百一十六亿元"),
         [dict(value=820_000_000_000, zone=""), dict(value=5.6, zone=""),
          dict(value=28, zone_prefix="都匀", sentence="今年以来新签约项目二十八个"),
          dict(value=11_600_000_000, zone_prefix="都匀", sentence="总投资一百一十六亿元")],
         id="r3-unpunctuated-subtitles-carry-the-zone-over-cues", only=True),
    Case(_srt("【六盘水新闻】", "今年以来，钟山经济开发区⏎新签约项目12个，", "协议投资86亿元。",
              "在盘州经济开发区，", "煤焦化产业正在延伸。", "前三季度，开发区⏎规上工业产值增长9.1%，", "新增企业15家。"),
         [dict(value=12, zone_prefix="钟山"), dict(value=8_600_000_000, zone_prefix="钟山"),
          dict(value=9.1, zone_prefix="盘州"), dict(value=15, zone_prefix="盘州")],
         id="r3-punctuated-subtitles-carry-the-zone-over-sentences", only=True),
]
# Set 72: a sentence of the past that opens with 原来 and lists its steps before its time, then 现在.
CASES_ROUND3 += [
    Case("答：原来企业迁移登记后，需分别办理税务迁移、社保转移、公积金转移和银行账户变更，通常需要6个工作日；"
         "现在通过一件事专区一表填报、部门共享数据，2个工作日内即可全部办结。",
         [dict(value=2, value_before=6, unit="working_day", unit_before="working_day")],
         id="r3-a-past-sentence-opening-with-yuanlai-pairs-with-now", only=True),
]
# Set 72: a chronicle of a year (…2024年发展纪实) published the January after: its periods said
# without a year are that year's, under its sections' headings too; 今年 is still the year it came out.
CASES_ROUND3 += [
    Case("【年终特稿】\n\n踔厉奋发谱新篇\n——南充经济开发区2024年发展纪实\n\n一季度：开局起步稳\n\n"
         "　　一季度，开发区规上工业增加值增长7.2%。\n\n前三季度：稳中有进\n\n　　前三季度，开发区规上工业增加值增长8.6%。\n\n"
         "2025：再启新程\n\n　　新年伊始，开发区明确今年目标：新签约项目不少于40个。\n\n（南充日报　2025年1月6日　第3版）\n",
         [dict(value=7.2, period="2024Q1"), dict(value=8.6, period="2024-09"), dict(value=40, period="2025")],
         id="r3-a-years-chronicle-gives-its-year-to-bare-periods", only=True),
]
# Review 23 (an adversarial read of the rules for sets 72-74): each failed on the code it reviewed.
CASES_ROUND3 += [
    Case("| 指标 | 2024年 | | 2023年 | |\n| --- | --- | --- | --- | --- |\n| | 绝对值 | 增长（%） | 绝对值 | 增长（%） |\n"
         "| 营业收入（亿元） | 412.6 | 7.5 | 383.8 | 5.1 |\n",
         [dict(value=41_260_000_000, period="2024"), dict(value=38_380_000_000, period="2023")],
         id="r3-review23-a-header-of-years-is-no-two-row-header"),
    Case("| 开发区 | 营业收入（亿元） | 税收收入（亿元） |\n| --- | --- | --- |\n| 泗洪经开区 | 212.3（+8.5%） | 20.2（+3.1%） |\n"
         "| 泗阳经开区 | 198.1（+9.2%） | 15.6（-2.0%） |\n",
         [dict(value=21_230_000_000, zone_prefix="泗洪"), dict(value=2_020_000_000, zone_prefix="泗洪"),
          dict(value=19_810_000_000, zone_prefix="泗阳"), dict(value=1_560_000_000, zone_prefix="泗阳")],
         id="r3-review23-figures-with-notes-in-brackets-are-no-header-row"),
    Case("| 开发区 | 营业收入（亿元） | | 新开工项目 |\n| --- | --- | --- | --- |\n| | 1—9月 | 同比% | 个 |\n"
         "| 泗洪经开区 | 212.3 | 8.5 | 31 |\n",
         [dict(value=21_230_000_000, unit="yuan"), dict(value=8.5, unit="pct"), dict(value=31, unit="project")],
         id="r3-review23-a-groups-unit-and-a-bare-unit-under-a-header", only=True),
    Case("2024年，全市省级以上开发区实现营业收入2916.4亿元①，同比增长6.1%。\n①统计范围为省级以上开发区\n二、昆山开发区\n"
         "全年实现营业收入1300亿元，同比增长5%。\n",
         [dict(value=291_640_000_000, zone=""), dict(value=6.1, zone=""), dict(value=130_000_000_000, zone_prefix="昆山"),
          dict(value=5, zone_prefix="昆山")], id="r3-review23-a-short-footnote-ends-at-its-line", only=True),
    Case("今年重点抓好三件事：①抓项目；②抓招商；③抓服务。\n①抓项目\n泗洪经济开发区全年新开工项目45个。\n全年竣工项目28个。\n",
         [dict(value=45, zone_prefix="泗洪"), dict(value=28, zone_prefix="泗洪")],
         id="r3-review23-a-list-item-is-no-footnote"),
    Case("2024年，全市开发区实现营业收入2916.4亿元 ①，同比增长6.1%。\n① 洋口港经济开发区相关数据见附表。\n全年新签约项目120个。\n",
         [dict(value=120, zone="")], id="r3-review23-a-footnote-mark-after-a-space"),
    Case("靖江市季市工业园区今年实现工业开票销售85亿元；普宁市占陇工业园区今年新引进项目12个。",
         [dict(value=8_500_000_000, zone_prefix="靖江市季市"), dict(value=12, zone_prefix="普宁市占陇")],
         id="r3-review23-places-holding-ji-and-zhan", only=True),
]
# Set 74: a ranking set one cell per line: a rank's number, then a zone's name that opens with a unit's
# character (4 ⏎ 天水…, 5 ⏎ 张掖…, 6 ⏎ 万州…) is no 4 days, no 5 sheets.
CASES_ROUND3 += [
    Case("位次\n开发区名称\n综合得分\n1\n白银经济技术开发区\n91.26\n2\n天水经济技术开发区\n88.30\n3\n张掖经济技术开发区\n86.12\n"
         "4\n万州经济技术开发区\n84.75\n", [], id="r3-a-ranks-cell-then-a-zone-named-with-a-units-character"),
]
# Set 74: a province's totals go on over the sentences after the one that names the whole, while no
# zone is named (a zone named before, as not ranked, takes none of them).
CASES_ROUND3 += [
    Case("临夏经济开发区按照有关规定另行评价，未列入本次排名。\n\n　　2024年，全省经济技术开发区实现地区生产总值1846.3亿元，"
         "同比增长6.2%。规模以上工业增加值同比增长8.4%。全年实际使用外资1.26亿美元，新签约项目318个。\n",
         [dict(value=184_630_000_000, zone=""), dict(value=6.2, zone=""), dict(value=8.4, zone=""),
          dict(value=126_000_000, zone=""), dict(value=318, zone="")],
         id="r3-a-provinces-totals-go-on-over-its-next-sentences", only=True),
]
# Set 75: a border zone named after two countries and its two places, its kind's word as the short name
# the text gives it; a province's name before a kind it has several of; a work report's title spaced
# out; a line of units under an aligned table's header.
CASES_ROUND3 += [
    Case("中国老挝磨憨—磨丁经济合作区（以下简称“合作区”）坚持以港兴城。\n\n2024年，合作区新增经营主体1860户。",
         [dict(value=1860, zone="中国老挝磨憨—磨丁经济合作区")],
         id="r3-a-border-zone-of-two-countries-and-its-kind-as-short-name", only=True),
    Case("1—8月，广西综合保税区实现进出口1186.4亿元，同比增长14.7%。",
         [dict(value=118_640_000_000, zone=""), dict(value=14.7, zone="")],
         id="r3-a-provinces-bonded-zones-are-no-one-zone", only=True),
    Case("政 府 工 作 报 告\n\n——2025年1月8日在文山市第三届人民代表大会第五次会议上\n\n"
         "2024年，地区生产总值增长6.1%，新开工项目146个。\n\n砚山综合保税区进出口增长12%。\n",
         [dict(value=6.1, zone=""), dict(value=12, zone_prefix="砚山"), dict(value=146, zone="")],
         id="r3-a-work-reports-title-spaced-out", only=True),
    Case("表1  2025年8月各综合保税区进出口情况\n\n区域名称                8月进出口      同比      1—8月进出口     同比\n"
         "                         （亿元）      （%）       （亿元）       （%）\n"
         "南宁综合保税区             27.36        18.2        198.45        21.6\n"
         "钦州综合保税区             31.08        -4.5        246.71         3.9\n"
         "梧州综合保税区             13.30         3.1        103.92         6.8\n",
         [dict(value=2_736_000_000, unit="yuan"), dict(value=18.2, unit="pct"), dict(value=19_845_000_000, unit="yuan"),
          dict(value=21.6, unit="pct"), dict(value=3_108_000_000, unit="yuan"), dict(value=-4.5, unit="pct"),
          dict(value=24_671_000_000, unit="yuan"), dict(value=3.9, unit="pct"), dict(value=1_330_000_000, unit="yuan"),
          dict(value=3.1, unit="pct"), dict(value=10_392_000_000, unit="yuan"), dict(value=6.8, unit="pct")],
         id="r3-units-under-an-aligned-header-set-in-spaces", only=True),
]
# Set 76: a national new area's official name holds its province (湖南湘江新区, 陕西西咸新区); said without
# it later, it is the same zone. A province before a city's new area is still cut (南京江北新区).
CASES_ROUND3 += [
    Case("湖南湘江新区兑现产业扶持资金3.26亿元。湘江新区今年新增规上工业企业41家。江苏南京江北新区新增企业12家。",
         [dict(value=326_000_000, zone="湖南湘江新区"), dict(value=41, zone="湖南湘江新区"),
          dict(value=12, zone="南京江北新区")], id="r3-a-national-new-areas-name-holds-its-province", only=True),
]
# Set 76: a caption naming a unit for the amounts and another for the rates (单位：亿元，同比增速单位：%).
CASES_ROUND3 += [
    Case("（按总量排序，单位：亿元，同比增速单位：%）\n\n排名  开发区                          营业收入    同比\n"
         "1     宿州经济技术开发区                256.3       12.7\n2     亳州高新技术产业开发区            142.9       -2.3\n"
         "3     阜阳经济技术开发区                136.1       3.9\n",
         [dict(value=25_630_000_000, unit="yuan"), dict(value=12.7, unit="pct"), dict(value=14_290_000_000, unit="yuan"),
          dict(value=-2.3, unit="pct"), dict(value=13_610_000_000, unit="yuan"), dict(value=3.9, unit="pct")],
         id="r3-a-caption-naming-a-unit-for-amounts-and-one-for-rates", only=True),
]
# Set 77: a digest's heading that names its zone and goes on after a colon (### 六、张江高科技园区：…) heads
# that zone's section (a heading naming two zones heads neither; 我区 under it is the writer's zone);
# 考虑 before a bare 新区 names no zone.
CASES_ROUND3 += [
    Case("# 开发区动态周报\n\n**本期要点**：嘉兴经开区、宁波经开区、张江高科技园区一周动态。\n\n"
         "### 五、宁波经开区：港口吞吐量增长\n\n- 宁波经济技术开发区1—9月集装箱吞吐量同比增长8.5%。\n\n"
         "### 六、张江高科技园区：集成电路设计业营收增长15.6%\n\n- 园区目前集聚各类集成电路企业1200余家。\n- 新增人才公寓1,800套。\n",
         [dict(value=8.5, zone_prefix="宁波"), dict(value=15.6, zone_prefix="张江"), dict(value=1200, zone_prefix="张江"),
          dict(value=1800, zone_prefix="张江")], id="r3-a-digests-heading-names-its-zone-before-a-colon", only=True),
    Case("本政策在综合考虑新区财力的基础上，将Ⅲ期临床补助上限设定为2000万元。", [dict(value=20_000_000, zone="")],
         id="r3-kaolv-before-a-bare-type", only=True),
]
# Review 24 (an adversarial read of the rules for sets 74-77): each failed on the code it reviewed.
CASES_ROUND3 += [
    Case("天水经济技术开发区（以下简称“开发区”）2024年实现营业收入120亿元。\n\n张掖经济技术开发区同样表现亮眼。2024年，开发区实现营业收入80亿元。",
         [dict(value=12_000_000_000, zone_prefix="天水"), dict(value=8_000_000_000, zone_prefix="张掖")],
         id="r3-review24-a-kinds-short-name-yields-to-the-next-zone-of-its-kind", only=True),
    Case("天水经济技术开发区（以下简称“开发区”）2024年实现营业收入120亿元。\n\n据统计，2024年全省各类开发区实现营业收入2.3万亿元。"
         "目前我国已在24个国家建设境外经贸合作区。",
         [dict(value=12_000_000_000, zone_prefix="天水"), dict(value=2_300_000_000_000, zone="")],
         id="r3-review24-a-kinds-short-name-not-after-a-scope", only=True),
    Case("天水经开区上半年经济运行情况\n\n上半年，全市地区生产总值增长5.9%。我区规上工业增加值增长9.8%，高于全市3.7个百分点。"
         "固定资产投资增长15.2%。",
         [dict(value=5.9, zone=""), dict(value=9.8, zone_prefix="天水"), dict(value=3.7, zone_prefix="天水"),
          dict(value=15.2, zone_prefix="天水")], id="r3-review24-a-whole-does-not-go-on-past-a-subject", only=True),
    Case("### 三、宁波经开区：梅山综保区外贸逆势增长\n\n上半年，综保区进出口总额完成420亿元。\n",
         [dict(value=42_000_000_000, zone_prefix="梅山")], id="r3-review24-a-heading-naming-two-zones-gives-none", only=True),
    Case("园区新签约项目15个，\n总投资达到126\n亿元的项目已落户新城", [dict(value=15), dict(value=12_600_000_000)],
         id="r3-review24-a-wrapped-line-ending-in-a-place-word-is-no-name", only=True),
    Case("2024年，湘江新区实现地区生产总值4200亿元。", [dict(value=420_000_000_000, zone="湖南湘江新区")],
         id="r3-review24-a-national-new-area-is-registered"),
    Case("2024年，中老磨憨-磨丁经济合作区新签约项目32个。", [dict(value=32, zone="中国老挝磨憨—磨丁经济合作区")],
         id="r3-review24-a-border-zones-countries-written-short"),
    Case("园区距离重庆主城仅60公里，不到一个小时就能抵达两江新区的整车工厂。今年，川渝高竹新区新增企业35家。\n"
         "企业今年产值预计突破3亿元。", [dict(value=35, zone_prefix="川渝高竹"), dict(value=300_000_000, zone_prefix="川渝高竹")],
         id="r3-review24-a-destination-is-named-in-passing"),
]
# Sets 79-80: full-width thousands with decimals (２，８６７．４亿元 is not 867.4亿元); an emoji before a
# figure over its label; 你 and 最新 are in no place's name.
CASES_ROUND3 += [
    Case("１—９月，威海经开区实现规上工业营业收入１，３６７．４亿元。", [dict(value=136_740_000_000, unit="yuan")],
         id="r3-full-width-thousands-with-decimals", only=True),
    Case("铁西新区发布\n\n上半年“成绩单”出炉，铁西新区主要指标稳中有进。\n\n📈 7.2%\n地区生产总值同比增长\n\n🏗 13.6%\n固定资产投资增速\n",
         [dict(value=7.2, family="growth_rate", zone_prefix="铁西"), dict(value=13.6, family="growth_rate", zone_prefix="铁西")],
         id="r3-an-emoji-before-a-figure-over-its-label", only=True),
    Case("铁西新区主要指标稳中有进。一组数据，带你读懂新区的半年答卷。在商务部最新一轮经济技术开发区考核中位列前列，今年新增企业36家。",
         [dict(value=36, zone_prefix="铁西")], id="r3-ni-and-zuixin-are-in-no-places-name", only=True),
]
# Set 78: a table whose columns are zones, one of them a 科技城: its rates are that column's zone's.
CASES_ROUND3 += [
    Case("| 指标 | 湛江经济技术开发区 | 南宁五象新区 | 洛阳科技城 |\n|:---|---:|---:|---:|\n| 营业收入(亿元) | 186.4 | 412.0 | 82.7 |\n"
         "| 营业收入增速(%) | 12.6 | 8.3 | 23.9 |\n",
         [dict(value=18_640_000_000, zone_prefix="湛江"), dict(value=41_200_000_000, zone_prefix="南宁五象"),
          dict(value=8_270_000_000, zone_prefix="洛阳科技城"), dict(value=12.6, zone_prefix="湛江"),
          dict(value=8.3, zone_prefix="南宁五象"), dict(value=23.9, zone_prefix="洛阳科技城")],
         id="r3-a-kejicheng-column-is-a-zones-column", only=True),
]
# Review 25 (an adversarial read of the rules after review 24): each failed on the code it reviewed.
CASES_ROUND3 += [
    Case("繁峙经济技术开发区今年新签约项目12个。\n2023年，全市实现地区生产总值1286亿元。规上工业增加值增长9.4%，高于全省2.1个百分点。",
         [dict(value=12, zone_prefix="繁峙"), dict(value=128_600_000_000, zone=""), dict(value=9.4, zone=""),
          dict(value=2.1, zone="")], id="r3-review25-a-city-measured-against-its-province-is-the-city", only=True),
    Case("宁波市开发区运行简报\n\n### 三、宁波经开区：梅山综保区进出口增长18%\n全年实现营业收入1200亿元，同比增长8.1%。",
         [dict(value=18, zone_prefix="梅山"), dict(value=120_000_000_000, zone_prefix="宁波"), dict(value=8.1, zone_prefix="宁波")],
         id="r3-review25-a-headings-zone-before-its-colon", only=True),
    Case("市领导赴天水经济技术开发区（以下简称“开发区”）调研。\n今年以来，开发区新签约项目21个，总投资86亿元。",
         [dict(value=21, zone_prefix="天水"), dict(value=8_600_000_000, zone_prefix="天水")],
         id="r3-review25-a-short-name-given-where-the-zone-is-visited", only=True),
    Case("天水经济技术开发区（以下简称“开发区”）位于天水市区东部。\n去年，兰州经济技术开发区与开发区签订对口合作协议。\n"
         "2023年，开发区实现营业收入320亿元。", [dict(value=32_000_000_000, zone_prefix="天水")],
         id="r3-review25-a-short-name-after-another-zone-in-an-earlier-paragraph", only=True),
    Case("5月10日上午，市长一行抵达繁峙经济技术开发区，实地察看重点项目建设。据介绍，今年以来新签约项目18个。",
         [dict(value=18, zone_prefix="繁峙")], id="r3-review25-a-visit-is-no-destination", only=True),
    Case("签约项目来源地排名\n排名\n城市\n1\n天津市\n2\n日照市\n3\n元氏县\n", [],
         id="r3-review25-a-ranks-cell-then-a-citys-name"),
    Case("洛阳高新区2023年分片区主要指标\n单位：亿元\n| 指标 | 东片区 | 西片区 |\n|:---|---:|---:|\n| 营业收入 | 412.0 | 174.4 |\n"
         "| 同比增长 | 8.3 | 23.9 |", [dict(value=41_200_000_000), dict(value=17_440_000_000), dict(value=8.3, unit="pct"),
                                   dict(value=23.9, unit="pct")], id="r3-review25-a-rate-row-under-zone-columns-is-in-percent", only=True),
    Case("金普新区上半年成绩单\n\n📉 -3.2%\n外贸进出口总额同比下降\n\n📈 +6.9%\n地区生产总值同比增长\n",
         [dict(value=-3.2, family="growth_rate", indicator="trade_growth"), dict(value=6.9, indicator="gdp_growth")],
         id="r3-review25-a-signed-figure-after-an-emoji", only=True),
]
# Held-out sets 81-85 and what the session found beside them.
CASES_ROUND3 += [
    Case("长春新区全年外贸进出口总额386.5亿元，同比增长15.8%，其\n中长春兴隆综合保税区完成进出口214.6亿元，增长31.2%。",
         [dict(value=38_650_000_000, zone_prefix="长春新区"), dict(value=15.8, zone_prefix="长春新区"),
          dict(value=21_460_000_000, zone="长春兴隆综合保税区"), dict(value=31.2, zone="长春兴隆综合保税区")],
         id="r3-s81-qizhong-split-by-a-line-end-is-no-part-of-the-name", only=True),
    Case("我省工程建设项目审批改革观察\n\n9月12日，邹平经济技术开发区东区，一家企业的新厂区里正在打桩。\n\n"
         "“项目总投资12.6亿元，从签约到开工用了不到两个月。”公司副总经理说。\n\n诸城经济开发区今年新签约项目57个。",
         [dict(value=1_260_000_000, zone_prefix="邹平"), dict(value=2, unit="month", zone_prefix="邹平"),
          dict(value=57, zone_prefix="诸城")],
         id="r3-s81-a-story-goes-on-into-the-next-paragraph", only=True),
    Case("各县区开发区观察\n\n邹平经济技术开发区今年新签约项目14个。\n\n全省开发区上半年新签约项目1236个。",
         [dict(value=14, zone_prefix="邹平"), dict(value=1236, zone="")],
         id="r3-s81-a-paragraph-of-the-whole-takes-no-zone-from-the-one-before", only=True),
    Case("蒙自市政府工作报告\n——在蒙自市第三届人民代表大会第五次会议上\n\n（二）支持红河综合保税区拓展保税加工业务。\n\n"
         "（三）加快发展现代产业。全年新增规上工业企业15家以上。",
         [dict(value=15, zone="")], id="r3-s81-a-reports-next-item-takes-no-zone-from-the-one-before", only=True),
    Case("项目实施地点：安徽省滁州市滁州经济技术开发区。项目总投资45亿元。",
         [dict(value=4_500_000_000, zone="滁州经济技术开发区")], id="r3-s82-a-city-then-the-zone-named-after-it", only=True),
    Case("海工装备：18亿元落子南通经开区\n项目总投资18亿元，达产后年产值30亿元。",
         [dict(value=1_800_000_000, zone="南通经济技术开发区"), dict(value=3_000_000_000, zone="南通经济技术开发区")],
         id="r3-s82-a-headlines-landing-verb-is-no-part-of-the-name", only=True),
    Case("会议审议通过了《关于调整赣州经济技术开发区投资项目的议案》，项目总投资调整为8亿元。",
         [dict(value=800_000_000, zone="赣州经济技术开发区")], id="r3-s82-a-verb-before-the-zone-is-no-part-of-its-name", only=True),
    Case("| 园区 | 地区生产总值(亿元) | 同比增速 |\n|---|---:|---:|\n| 合肥经开区 | 1402.7 | 7.1% |\n| 青岛西海岸新区 | 4935.2 | 5.3% |",
         [dict(value=140_270_000_000, zone_prefix="合肥"), dict(value=7.1, zone_prefix="合肥"),
          dict(value=493_520_000_000, zone="青岛西海岸新区"), dict(value=5.3, zone="青岛西海岸新区")],
         id="r3-s82-a-national-new-area-with-a-long-place-name", only=True),
    Case("上证指数 3766.21 +1.04%　深证成指 11834.66 -0.26%\n南通经开区海力特午后封住涨停，收涨20.01%。项目总投资18亿元。",
         [dict(value=1_800_000_000, zone_prefix="南通")], id="r3-s82-the-share-markets-figures-are-no-zones", only=True),
    Case("| 代码 | 简称 | 所在园区 | 收盘价(元) | PE 2025E | 评级 |\n|---|---|---|---:|---:|---|\n"
         "| 688315.SH | 苏研生物 | 苏州工业园区 | 86.40 | 54.7 | 买入 |\n| 603828.SH | 江淮智驱 | 合肥经开区 | 32.15 | 24.5 | 买入 |\n",
         [], id="r3-s82-a-column-of-share-prices-is-no-zones"),
    Case("泉州综合保税区今年进出口增长12%。\n过去综保区主要就是保税仓储，现在跨境电商企业三十多家。",
         [dict(value=12, zone="泉州综合保税区"), dict(value=30, zone="泉州综合保税区")],
         id="r3-s85-a-time-word-before-a-bare-type-is-no-place", only=True),
    Case("编者按：6月12日，《行风热线》节目邀请福州高新技术产业开发区管委会负责同志走进直播间。今年新增企业一千五百家。",
         [dict(value=1500, zone="福州高新技术产业开发区")], id="r3-s85-an-invitation-is-no-part-of-the-name", only=True),
    Case("长沙经开区去年营收增长8%。去年，我们选派了六十多名年轻干部到苏州工业园区跟班学习。同时，我们设立了二十个企业服务驿站。",
         [dict(value=8, zone_prefix="长沙"), dict(value=60, zone_prefix="长沙"), dict(value=20, zone_prefix="长沙")],
         id="r3-s85-a-zone-people-go-to-learn-at-is-named-in-passing", only=True),
    Case("15. 长春汽车经开区：氢能重卡示范运营项目正式投运，首批投放氢燃料电池重卡100辆。",
         [dict(value=100, zone="长春汽车经济技术开发区")], id="r3-s85-changchun-automotive-zone-is-registered", only=True),
    Case("长沙经开区今年的主要目标（见下表）。\n\n指标\t2024年完成\t2025年目标\n新认定高新技术企业(家)\t103\t120\n"
         "新增经营主体(户)\t6812\t7500以上\n企业开办平均用时(小时)\t4\t2\n",
         [dict(value=103, period="2024"), dict(value=120, period="2025"), dict(value=6812, period="2024"),
          dict(value=7500, qualifier="min", period="2025"), dict(value=4, unit="hour", period="2024"),
          dict(value=2, unit="hour", period="2025")],
         id="r3-s85-a-years-done-and-target-columns-and-a-cells-qualifier", only=True),
    Case("表1　嘉兴市县域开发区区域评估成果应用情况（截至2025年9月30日）\n"
         "开发区\t评估片区\t评估区域面积 （平方公里）\t惠及项目 （个）\n嘉善经济技术开发区\t全域\t42.3\t61\n"
         "海宁经济开发区\t主区\t24.1\t39\n扩展区\t11.8\t12\n桐乡经济开发区\t全域\t30.5\t47\n",
         [dict(value=42_300_000, zone_prefix="嘉善", period="2025-09"), dict(value=61, zone_prefix="嘉善"),
          dict(value=24_100_000, zone_prefix="海宁"), dict(value=39, zone_prefix="海宁"),
          dict(value=11_800_000, zone_prefix="海宁", period="2025-09"), dict(value=12, zone_prefix="海宁"),
          dict(value=30_500_000, zone_prefix="桐乡"), dict(value=47, zone_prefix="桐乡")],
         id="r3-s81-a-row-under-a-merged-first-cell-and-an-as-of-caption", only=True),
    Case("昆山经开区规上工业增加值增长7.2%，比花桥经济开发区高2.4个百分点。",
         [dict(value=7.2, zone_prefix="昆山"), dict(value=2.4, zone_prefix="昆山")],
         id="r3-s84-a-zone-compared-with-is-named-in-passing", only=True),
    Case("    (一)头部经开区引领作用突出。合肥经济技术开发区、芜湖经济技术开发区规上工业总产值合计占全省国家级经开区的44.6%。",
         [dict(value=44.6, zone="")],
         id="r3-s84-top-zones-are-no-place", only=True),
    Case("沭阳县统计局                    沭统月〔2025〕10号\n\n沭 阳 统 计 月 报\n(2025年1—10月)\n\n"
         "目    录\n一、全县经济运行简况…………………1\n二、沭阳经济技术开发区主要指标…………5\n\n"
         "一、全县经济运行简况\n前三季度，全县实现地区生产总值968.42亿元。分产业看，第一产业增加值80.15亿元，增长3.4%。"
         "全县经济运行总体平稳、稳中有进，主要指标保持在合理区间，工业生产加快恢复，消费市场持续回暖，"
         "固定资产投资结构不断优化，新动能加快成长，民生保障有力有效，为完成全年目标任务打下了坚实基础。"
         "下阶段，要坚持稳中求进工作总基调，抓好各项政策落实，巩固和增强经济回升向好态势。\n\n"
         "二、沭阳经济技术开发区主要指标\n1—10月，沭阳经济技术开发区实现规上工业总产值612.4亿元。",
         [dict(value=96_842_000_000, zone=""), dict(value=8_015_000_000, zone=""), dict(value=3.4, zone=""),
          dict(value=61_240_000_000, zone_prefix="沭阳")],
         id="r3-s84-a-county-bureaus-release-with-its-number-and-contents", only=True),
    Case("濮阳经开区化工产业产值增长 16 .5 %，“一件事”套餐累计办件 1 .2 万件。",
         [dict(value=16.5, unit="pct"), dict(value=12_000)], id="r3-s83-a-space-before-the-decimal-point", only=True),
    Case("唐山高新区正在建设占地300亩的机器人产业园二期，建成后可容纳企业50家以上。",
         [dict(value=200_001, zone_prefix="唐山"), dict(value=50, qualifier="min", zone_prefix="唐山")],
         id="r3-s83-an-industrys-park-is-no-place", only=True),
    Case("漯河经开区审批环节减少了一半，办理时间缩短近一半，审批材料压缩一半以上。全年进出口增长近一倍。",
         [dict(value=50, family="pct_reduction", qualifier=""), dict(value=50, family="pct_reduction", qualifier="approx"),
          dict(value=50, family="pct_reduction", qualifier="min"),
          dict(value=100, family="growth_rate", qualifier="approx")],
         id="r3-s83-half-as-a-cut-and-double-as-a-rise", only=True),
    Case("濮阳经开区前三季度产值87.4亿元。\n\n■ 数说开发区\n全省开发区前三季度主要指标\n规上工业增加值增速    7.9%\n"
         "实际使用外资          8.7 亿美元\n新签约项目            2 314 个\n",
         [dict(value=8_740_000_000, zone_prefix="濮阳"), dict(value=7.9, zone=""), dict(value=870_000_000, zone=""),
          dict(value=2314, zone="")], id="r3-s83-a-box-of-the-provinces-figures-in-a-zones-story", only=True),
    Case("绥芬河综保区出口额增长了近两倍，营收增长三倍以上。", [dict(value=200, qualifier="approx"), dict(value=300, qualifier="min")],
         id="r3-s83-twice-and-three-times-as-rises", only=True),
    Case("一半以上的企业表示满意，另一半企业还在观望。", [], id="r3-s83-half-of-the-firms-is-no-cut"),
    Case("中国（广西）自由贸易试验区2024年建设成效综述\n\n一年来，自贸试验区南宁、钦州港、崇左三个片区协同发展。\n\n| 片区 | 新设企业（家） | 外贸进出口（亿元） |\n|:---|---:|---:|\n"
         "| 南宁片区 | 9,826 | 612.3 |\n| 钦州港片区 | 3,214 | 1,086.5 |\n",
         [dict(value=9826, zone="中国（广西）自由贸易试验区南宁片区"), dict(value=61_230_000_000, zone="中国（广西）自由贸易试验区南宁片区"),
          dict(value=3214, zone="中国（广西）自由贸易试验区钦州港片区"),
          dict(value=108_650_000_000, zone="中国（广西）自由贸易试验区钦州港片区")],
         id="r3-s86-areas-named-as-places-then-their-number", only=True),
    Case("中国（河南）自由贸易试验区郑州片区上半年新设企业1.1万家。在片区经开区块，新签约项目12个。",
         [dict(value=11_000, zone="中国（河南）自由贸易试验区郑州片区"), dict(value=12, zone="中国（河南）自由贸易试验区郑州片区")],
         id="r3-s86-a-block-of-land-is-no-zone", only=True),
    Case("为什么选择长春经济技术开发区？这里工业用地挂牌起始价19.2万元/亩。",
         [dict(value=192_000, unit="yuan_per_mu", indicator="land_price", zone="长春经济技术开发区")],
         id="r3-s86-a-choice-is-no-part-of-the-name-and-a-starting-price-is-a-land-price", only=True),
    Case("横琴粤澳深度合作区主要指标\n\n| 指标 Indicator | 2023 | 2024 | 按年变动 YoY |\n|---|---:|---:|---:|\n"
         "| 地区生产总值（亿元人民币）GDP (RMB 100 mn) | 462.6 | 481.6 | +4.1% |\n"
         "| 实际使用外资（亿美元）Actual use of FDI (US$ 100 mn) | 4.35 | 5.16 | +18.6% |\n",
         [dict(value=46_260_000_000, period="2023"), dict(value=48_160_000_000, period="2024"),
          dict(value=435_000_000, unit="usd", period="2023"), dict(value=516_000_000, unit="usd", period="2024"),
          dict(value=4.1, unit="pct"), dict(value=18.6, unit="pct")],
         id="r3-s90-a-gloss-right-after-the-unit-and-bare-year-columns"),
    Case("潇河产业园区一季度新签约项目15个，总投资36.8亿元。", [dict(value=15, zone_prefix="山西转型综合改革示范区"),
         dict(value=3_680_000_000, zone_prefix="山西转型综合改革示范区")], id="r3-s87-xiaohe-park-is-part-of-the-shanxi-reform-zone", only=True),
    Case("附件\n\n2024年运城市部分开发区主要经济指标\n开发区\n营业收入\n（亿元）\n同比增长\n（%）\n实际利用外资\n（万美元）\n"
         "运城经开区\n412.6\n8.7\n3260\n河津经开区\n683.2\n5.9\n1150\n绛县经开区\n128.4\n12.3\n—\n",
         [dict(value=41_260_000_000, zone_prefix="运城"), dict(value=8.7, unit="pct", zone_prefix="运城"),
          dict(value=32_600_000, unit="usd", zone_prefix="运城"), dict(value=68_320_000_000, zone_prefix="河津"),
          dict(value=5.9, zone_prefix="河津"), dict(value=11_500_000, zone_prefix="河津"),
          dict(value=12_840_000_000, zone_prefix="绛县"), dict(value=12.3, zone_prefix="绛县")],
         id="r3-s87-a-pdfs-cells-one-per-line-row-after-row", only=True),
    Case("排名\n开发区\n综合得分\n等次\n2024年企业开办\n平均用时（小时）\n2024年工业项目\n审批平均用时\n（工作日）\n"
         "1\n潍坊高新技术产业开发区\n94.37\n优秀\n0.8\n12\n2\n潍坊滨海经济技术开发区\n93.15\n优秀\n1.5\n15\n",
         [dict(value=0.8, unit="hour", zone_prefix="潍坊高新"), dict(value=12, unit="working_day", zone_prefix="潍坊高新"),
          dict(value=1.5, unit="hour", zone_prefix="潍坊滨海"), dict(value=15, unit="working_day", zone_prefix="潍坊滨海")],
         id="r3-s88-a-header-cell-over-two-lines-in-a-cell-per-line-table", only=True),
    Case("磨憨—磨丁经济合作区上半年进出口增长15%。\n2025年上半年全省边境经济合作区主要指标\n\n合作区\n新增市场主体\n（户）\n实际利用外资\n（万美元）\n"
         "固定资产投资\n增速（%）\n瑞丽\n1826\n3443\n12.8\n畹町\n214\n193\n-4.7\n河口\n963\n1720\n9.5\n",
         [dict(value=15, zone_prefix="磨憨"), dict(value=1826, zone=""), dict(value=34_430_000, zone=""), dict(value=12.8, zone=""), dict(value=214, zone=""),
          dict(value=1_930_000, zone=""), dict(value=-4.7, zone=""), dict(value=963, zone=""), dict(value=17_200_000, zone=""),
          dict(value=9.5, zone="")], id="r3-s69-a-row-of-a-bare-place-under-a-zones-header-is-no-other-zones"),
    Case("侯马经济开发区2026年预算：收入合计壹亿贰仟万元，其中上级补助玖仟陆佰万元；支出合计壹亿零壹佰伍拾万元。",
         [dict(value=120_000_000, unit="yuan"), dict(value=96_000_000, unit="yuan"), dict(value=101_500_000, unit="yuan")],
         id="r3-s89-a-budgets-uppercase-numerals", only=True),
    Case("陆家嘴金融贸易区新增企业12家，壹号院项目开工。", [dict(value=12)], id="r3-s89-lujiazui-is-no-six", only=True),
    Case("沭阳县统计局\n\n一、全县经济运行简况\n全县实现地区生产总值968.42亿元。全县经济运行总体平稳、稳中有进，主要指标保持在合理区间，"
         "工业生产加快恢复，消费市场持续回暖，固定资产投资结构不断优化，新动能加快成长，民生保障有力有效，为完成全年目标任务打下了"
         "坚实基础。下阶段，要坚持稳中求进工作总基调，抓好各项政策落实，巩固和增强经济回升向好态势，推动经济实现质的有效提升和量的"
         "合理增长，持续优化营商环境，激发各类经营主体活力，扎实推进高质量发展，确保完成全年各项目标任务。\n\n二、工业生产\n"
         "全县规模以上工业企业生产稳步回升，重点行业支撑有力，新兴产业加快成长，传统产业转型升级步伐加快，产业链供应链韧性增强，"
         "企业经营效益持续改善，工业用电量保持增长，工业经济运行呈现稳中向好的发展态势，为全县经济平稳运行提供了有力支撑。\n\n"
         "三、沭阳经济技术开发区主要指标\n"
         "经开区现有规上工业企业386家。主导产业中，新材料产业实现产值198.7亿元，增长21.4%。",
         [dict(value=96_842_000_000, zone=""), dict(value=386, zone_prefix="沭阳"), dict(value=19_870_000_000, zone_prefix="沭阳"),
          dict(value=21.4, zone_prefix="沭阳")], id="r3-s84-a-heading-naming-a-zone-and-its-main-figures", only=True),
    Case("序号,开发区名称,所在设区市,地区生产总值[亿元],GDP增速[%],实际使用外资[万美元]\n1,杭州经济技术开发区,杭州市,\"1,312.6\",6.8,\"152,318\"\n"
         "2,宁波经济技术开发区,宁波市,\"2,087.4\",7.3,\"183,605\"\n",
         [dict(value=131_260_000_000, zone_prefix="杭州"), dict(value=6.8, unit="pct", zone_prefix="杭州"),
          dict(value=1_523_180_000, unit="usd", zone_prefix="杭州"), dict(value=208_740_000_000, zone_prefix="宁波"),
          dict(value=7.3, unit="pct", zone_prefix="宁波"), dict(value=1_836_050_000, unit="usd", zone_prefix="宁波")],
         id="r3-s95-units-in-square-brackets", only=True),
    Case("开发区重点项目建设情况调度表\n类别\t开发区\t在建亿元以上项目(个)\t其中:新开工(个)\t计划总投资(亿元)\t新增规上工业企业(家)\n"
         "国家级\t滁州经济技术开发区\t96\t21\t1286.4\t7\n\t中新苏滁高新技术产业开发区\t74\t17\t958.2\t5\n"
         "省级\t天长经济开发区\t58\t12\t612.7\t\n\t明光经济开发区\t37\t\t351.9\t3\n",
         [dict(value=96, zone_prefix="滁州"), dict(value=21, family="project_count", zone_prefix="滁州"),
          dict(value=128_640_000_000, zone_prefix="滁州"), dict(value=7, zone_prefix="滁州"),
          dict(value=74, zone_prefix="中新苏滁"), dict(value=17, zone_prefix="中新苏滁"), dict(value=95_820_000_000, zone_prefix="中新苏滁"),
          dict(value=5, zone_prefix="中新苏滁"), dict(value=58, zone_prefix="天长"), dict(value=12, zone_prefix="天长"),
          dict(value=61_270_000_000, zone_prefix="天长"), dict(value=37, zone_prefix="明光"), dict(value=35_190_000_000, zone_prefix="明光"),
          dict(value=3, zone_prefix="明光")],
         id="r3-s95-a-tab-export-with-a-merged-column-empty-cells-and-an-of-which-column", only=True),
    Case("福清元洪投资区上半年实现工业产值216.8亿元。重点投资区域的项目增长5%。鼓励在外商投资区设立研发中心。",
         [dict(value=21_680_000_000, zone="福清元洪投资区"), dict(value=5, unit="pct")],
         id="r3-s92-an-investment-zone-is-a-zone", only=True),
    Case("漳州台商投资区（以下简称“投资区”）今年新增工业项目48个。预计投资区全年新增工业项目60个以上。",
         [dict(value=48, zone_prefix="漳州"), dict(value=60, zone_prefix="漳州")], id="r3-s92-an-estimate-is-no-place"),
    Case("泉州台商投资区的宏昇精密2024年营业收入新台币346.2亿元，另有台资项目约新台币3,000万元、港币5亿元。",
         [dict(value=34_620_000_000, unit="twd"), dict(value=30_000_000, unit="twd", qualifier="approx"),
          dict(value=500_000_000, unit="hkd")], id="r3-s92-a-currency-named-before-the-amount", only=True),
    Case("【中新社北京9月16日电】今年上半年，178家国家高新区实现营业收入27.9万亿元，同比增长7.2%。"
         "国家高新区以占全国约2.5%的建设用地，贡献了约13%的国内生产总值。南宁高新区上半年新增企业1906家。",
         [dict(value=27_900_000_000_000, zone=""), dict(value=7.2, zone=""), dict(value=2.5, zone=""), dict(value=13, zone=""),
          dict(value=1906, zone_prefix="南宁")], id="r3-s94-the-countrys-zones-of-a-kind-are-no-one-zone", only=True),
    Case("鹤壁经开区亩均税收仅相当于全省开发区平均水平的76%。", [dict(value=76, zone_prefix="鹤壁")],
         id="r3-s94-a-zone-measured-against-the-provinces-zones-keeps-its-zone", only=True),
    Case("中关村示范区上半年实现总收入4. 6万亿元，同比增长9.5%。",
         [dict(value=4_600_000_000_000, zone="中关村国家自主创新示范区"), dict(value=9.5, zone="中关村国家自主创新示范区")],
         id="r3-s94-zhongguancun-and-a-space-after-the-decimal-point", only=True),
    Case("——从宏昇精密2024年年报看泉州台商投资区台资集聚\n\n泉州台商投资区今年新增台资企业19家。",
         [dict(value=19, zone="泉州台商投资区")], id="r3-s92-seen-through-a-report-is-no-part-of-the-name", only=True),
    Case("在喀什经开区的产业版图中，纺织服装已成为主力。\n\n2025年上半年喀什经开区重点产业运行情况\n产业\t企业数（家）\t产值（亿元）\n"
         "纺织服装\t96\t38.5\n电子产品组装\t41\t52.1\n\n霍尔果斯经济开发区上半年新增企业120家。",
         [dict(value=96, zone_prefix="喀什"), dict(value=3_850_000_000, zone_prefix="喀什"), dict(value=41, zone_prefix="喀什"),
          dict(value=5_210_000_000, zone_prefix="喀什"), dict(value=120, zone_prefix="霍尔果斯")],
         id="r3-s91-a-tables-unnumbered-title-names-its-zone", only=True),
    Case("合肥经开区2025年部门预算\n\n表1　2025年一般公共预算财政拨款支出预算表（按功能分类）\n\t\t\t单位：万元\n"
         "科目编码\t科目名称\t2025年预算数\t占比（%）\n201\t一般公共服务支出\t14,652.31\t23.9\n204\t公共安全支出\t2,310.00\t3.8\n"
         "\n其中，科学技术支出主要用于落实合肥经开区支持科技创新的政策。",
         [dict(value=146_523_100, unit="yuan", zone_prefix="合肥", period="2025"), dict(value=23.9, unit="pct"),
          dict(value=23_100_000, unit="yuan", zone_prefix="合肥"), dict(value=3.8, unit="pct")],
         id="r3-s93-a-budget-table-with-a-code-column", only=True),
    Case("本次评估选取东疆综合保税区、天津港保税区。\n\n表２　２０２５年１—９月主要开放平台跨境贸易指标\n平台名称\n进口整体\n通关时间\n（小时）\n"
         "进口边境\n合规成本\n（元/标箱）\n天津东疆综合保税区\n29.6\n368\n天津港保税区\n33.8\n392\n全国平均（2024年）\n44.61\n—\n",
         [dict(value=29.6, unit="hour", zone_prefix="天津东疆"), dict(value=368, zone_prefix="天津东疆"),
          dict(value=33.8, unit="hour", zone_prefix="天津港"), dict(value=392, zone_prefix="天津港"), dict(value=44.61, zone="")],
         id="r3-s96-header-cells-over-three-lines-and-a-compound-unit", only=True),
    Case("天津经济技术开发区年鉴 2025\n\n# 综　　述\n\n## 一、基本情况\n\n天津经济技术开发区1984年经国务院批准设立，全年新增企业1200家。",
         [dict(value=1200, unit="firm")], id="r3-s99-a-titles-year-joins-no-word-below-its-headings", only=True),
    Case("沧州临港经开区危化品车辆检查由四个小时缩短到一个半小时以内，审批时限由两个半月缩短至半个月，"
         "办结时间为1个半工作日，企业开办压缩至一天半以内。",
         [dict(value=1.5, unit="hour", value_before=4, qualifier="max"), dict(value=0.5, unit="month", value_before=2.5),
          dict(value=1.5, unit="working_day"), dict(value=1.5, unit="day", qualifier="max")],
         id="r3-s98-and-a-half-after-a-count-or-a-unit", only=True),
    Case("中国（广西）自由贸易试验区2024年建设成效综述\n\n一年来，自贸试验区南宁、钦州港、崇左三个片区协同发展。\n\n"
         "| 片区 | 新设企业（家） |\n|:---|---:|\n| 南宁片区 | 9,826 |\n| 钦州港片区 | 3,214 |\n| **合计** | **13,040** |\n",
         [dict(value=9826, zone="中国（广西）自由贸易试验区南宁片区"), dict(value=3214, zone="中国（广西）自由贸易试验区钦州港片区"),
          dict(value=13040, zone="中国（广西）自由贸易试验区")], id="r3-s86-a-total-of-areas-is-the-free-trade-zones", only=True),
    Case("宁波经济技术开发区2024年工作报告\n\n一、经济运行\n\n全年宁波经济技术开发区新签约项目42个。\n\n"
         "宁波经济技术开发区年鉴 2025　　　　　　· 16 ·\n\n（二）创新主体\n\n全区新增高新技术企业85家。\n\n"
         "— 17 —　　　宁波经济技术开发区2024年工作报告\n\n新增专精特新企业12家。",
         [dict(value=42, zone_prefix="宁波"), dict(value=85, zone_prefix="宁波"), dict(value=12, zone_prefix="宁波")],
         id="r3-s99-a-running-header-with-its-page-number-starts-no-article", only=True),
    Case("泰兴经济开发区2024年VOCs排放削减率为21.6%，单位产值能耗下降率为3.2%。",
         [dict(value=21.6, family="pct_reduction"), dict(value=3.2, family="pct_reduction")],
         id="r3-s98-a-rate-of-cutting-is-a-cut", only=True),
    Case("表1　2024年度部分化工园区主要指标\n\n园区名称\n污水处理能力\n（万吨/日）\n监测点位（个）\nVOCs排放削减率\n（%）\n"
         "泰兴经济开发区\n12.5\n312\n21.6\n如东洋口化学工业园\n8.5\n246\n15.9\n张家港扬子江国际化学\n工业园\n9.2\n268\n13.2\n"
         "淮安工业园区\n2.7\n84\n9.7\n",
         [dict(value=21.6, zone_prefix="泰兴", family="pct_reduction"), dict(value=15.9, zone_prefix="如东", family="pct_reduction"),
          dict(value=13.2, zone_prefix="张家港", family="pct_reduction"), dict(value=9.7, zone_prefix="淮安", family="pct_reduction")],
         id="r3-s98-a-zones-name-over-two-lines-of-a-cell-per-line-table"),
    Case("<html><body><p>2024年度全省开发区考核评价前列名单如下。</p><table>\n<tr><th>排名</th><th>开发区名称</th><th>所在市</th><th>综合得分</th></tr>\n"
         "<tr><td>13</td><td>广德经济开发区</td><td>宣城</td><td>86.31</td></tr>\n"
         "<tr><td>14</td><td>天长经济开发区</td><td>滁州</td><td>85.87</td></tr>\n</table></body></html>",
         [], id="r3-s88-a-rank-cell-then-a-zone-starting-with-a-unit", only=True),
    Case("马鞍山经济技术开发区2024年新增企业120家。下一步马鞍山经济技术开发区将新开工项目20个。",
         [dict(value=120, zone="马鞍山经济技术开发区"), dict(value=20, zone="马鞍山经济技术开发区")],
         id="r3-s107-next-step-is-a-time-no-place", only=True),
    Case("福州高新区全年签约项目62个。\n\n“土地最稀缺。”黄建平表示，下一步高新区将新开工工业项目不少于二十个。",
         [dict(value=62, zone_prefix="福州"), dict(value=20, qualifier="min", zone_prefix="福州")],
         id="r3-s107-next-step-then-the-texts-own-zone", only=True),
    Case("| 序号 | 项目 | 所在园区 | 占地(亩) | 总建筑面积(万㎡) | 已签约企业(家) |\n|:---:|---|---|---:|---:|---:|\n"
         "| 1 | 知识城智造湾(一期) | 广州开发区 | 58 | 24.6 | 23 |\n| 2 | 智能制造产业园 | 佛山高新区 | 120 | 35.2 | 36 |\n",
         [dict(value=58 * MU, unit="m2", zone_prefix="广州"), dict(value=246_000, unit="m2", zone_prefix="广州"),
          dict(value=23, unit="firm", zone_prefix="广州"), dict(value=120 * MU, unit="m2", zone_prefix="佛山"),
          dict(value=352_000, unit="m2", zone_prefix="佛山"), dict(value=36, unit="firm", zone_prefix="佛山")],
         id="r3-s107-projects-rows-and-their-measures-a-phase-is-no-unit", only=True),
    Case("全市开发区持续发力，招商引资成效明显。2024年，全市各开发区新签约项目情况如下表。\n\n| 开发区 | 所在县区 | 新签约项目（个） |\n|---|---|---|\n"
         + "".join(f"| {p}经济开发区 | 江苏省宿迁市{p}县城区街道 | {n} |\n"
                   for p, n in zip(("宿城", "宿豫", "沭阳", "泗阳", "泗洪", "涟水", "盱眙", "金湖", "洪泽", "阜宁",
                                    "射阳", "建湖", "滨海", "响水"), range(31, 45))),
         [dict(value=31, period="2024", zone_prefix="宿城"), dict(value=44, period="2024", zone_prefix="响水")],
         id="r3-s107-a-tables-rows-share-the-period-before-it"),
    Case("重庆高新区今年营业收入增长近1.8倍，技术合同成交额增长超过2倍。",
         [dict(value=180, family="growth_rate", qualifier="approx"), dict(value=200, family="growth_rate", qualifier="min")],
         id="r3-s106-a-rise-of-about-n-times", only=True),
    Case("西部（重庆）科学城重庆高新区2024年新增国家高新技术企业418家。",
         [dict(value=418, zone_prefix="重庆高新")], id="r3-s106-a-municipalitys-zone-after-another-name", only=True),
    Case("表1  1—9月科技城科技创新主要指标完成情况\n\n指标名称\t单位\t1—9月\t同比增长(%)\t全年目标\t完成进度(%)\n"
         "新增国家高新技术企业\t家\t286\t14.4\t380\t75.3\n技术合同登记成交额\t亿元\t198.6\t27.9\t260\t76.4\n",
         [dict(value=75.3, unit="pct"), dict(value=76.4, unit="pct"), dict(value=286, unit="firm"),
          dict(value=19_860_000_000, unit="yuan")], id="r3-s106-a-column-in-percent-beside-a-unit-column"),
    Case("表2  各园区科技创新主要指标（截至2025年9月）\n\n园区\n高新技术企业总数（家）\n其中1—9月新增（家）\n"
         "研发投入强度（%，2024年）\n1—9月发明专利授权（件）\n绵阳高新区\n412\n58\n6.8\n836\n绵阳经开区\n157\n21\n3.1\n214\n",
         [dict(value=412, unit="firm", zone_prefix="绵阳高新"), dict(value=157, unit="firm", zone_prefix="绵阳经")],
         id="r3-s106-zones-rows-one-cell-a-line-not-zones-columns"),
    Case("96\n00:06:02,100 --> 00:06:06,490\n南康经开区与\n\n97\n00:06:06,610 --> 00:06:10,110\n广东一家家居龙头企业\n\n"
         "98\n00:06:10,230 --> 00:06:14,880\n签订智能家居产业园项目合作协议\n\n99\n00:06:15,000 --> 00:06:18,270\n项目总投资40亿元\n",
         [dict(value=4_000_000_000, zone_prefix="南康")], id="r3-s104-a-park-signed-for-is-a-project-not-a-zone", only=True),
    Case("西安高新区今年新增企业1200家。\n\n杨凌示范区：开放型经济提质。杨凌示范区实际利用外资2860万美元，同比增长46.1%。",
         [dict(value=1200, zone_prefix="西安"), dict(value=28_600_000, zone="杨凌农业高新技术产业示范区"),
          dict(value=46.1, zone="杨凌农业高新技术产业示范区")], id="r3-s102-yangling-is-registered", only=True),
    Case("重庆西永综合保税区今年新增企业36家。西永综保区进出口总额增长8.4%。江苏苏州工业园区新增企业12家。",
         [dict(value=36, zone="重庆西永综合保税区"), dict(value=8.4, zone="重庆西永综合保税区"),
          dict(value=12, zone="苏州工业园区")], id="r3-s108-a-municipality-stays-in-its-zones-name", only=True),
    Case("从全省看，上半年河南自贸试验区郑州、开封、洛阳三个片区共新设企业1.1万家，实际使用外资1.57亿美元。",
         [dict(value=11_000, unit="firm"), dict(value=157_000_000, unit="usd")], id="r3-s86-areas-counted-are-no-firms", only=True),
    Case("今天的发布会，我们邀请到哈尔滨片区管委会副主任孙伟先生、黑河片区管委会副主任刘晓东女士，介绍中国（黑龙江）自由贸易试验区建设情况。\n\n"
         "新区内的利民经济技术开发区上半年规上工业产值增长了17.6%。\n\n"
         "【刘晓东】黑河片区与布拉戈维申斯克隔江相望。单车通关时间由原来的两个半小时压缩到1小时以内。片区引进落地加工企业十余家。",
         [dict(value=17.6, zone="利民经济技术开发区"), dict(value=1, unit="hour", zone="中国（黑龙江）自由贸易试验区黑河片区"),
          dict(value=10, unit="firm", zone="中国（黑龙江）自由贸易试验区黑河片区")],
         id="r3-s86-an-area-with-its-own-committee-is-the-free-trade-zones", only=True),
    Case("分区域看，瑞丽、畹町边境经济合作区和中国老挝磨憨—磨丁经济合作区分别实现进出口总额186.3亿元、12.7亿元和158.9亿元。",
         [dict(value=18_630_000_000, zone_prefix="瑞丽"), dict(value=1_270_000_000, zone_prefix="畹町"),
          dict(value=15_890_000_000, zone="中国老挝磨憨—磨丁经济合作区")],
         id="r3-s69-a-twin-named-zone-after-and-in-a-list", only=True),
    Case("瑞丽边境经济合作区新签约项目23个。临沧边境经济合作区新落地企业十余家。\n\n附件\n\n2025年上半年全省边（跨）境经济合作区主要指标\n\n"
         "合作区\n新增市场主体\n（户）\n实际利用外资\n（万美元）\n瑞丽\n1826\n3443\n临沧\n577\n640\n畹町\n214\n193\n",
         [dict(value=1826, zone_prefix="瑞丽"), dict(value=577, zone_prefix="临沧"),
          dict(value=1_930_000, zone="")], id="r3-s69-a-bare-place-row-is-the-zone-of-that-place-the-text-names"),
    Case("表1 2025年1—9月全省国家级经开区主要指标\n\n| 位次 | 开发区 | 规上工业增加值(亿元) | 同比(%) | 两年平均(%) |\n|:--:|:--|--:|--:|--:|\n"
         "| 1 | 宁波经开区 | 1024.6 | 8.1 | 7.3 |\n| 2 | 杭州经开区 | 612.9 | 9.4 | 8.2 |\n",
         [dict(value=7.3, family="growth_rate", zone_prefix="宁波"), dict(value=8.2, family="growth_rate", zone_prefix="杭州")],
         id="r3-s111-a-two-year-average-column-is-growth"),
    Case("表 3  2024 年部分国家级经开区规上工业总产值及税收收入\n单位:亿元、%\n开发区\n规上工业\n总产值\n同比\n增长\n税收\n收入\n同比\n增长\n"
         "宁波经开区\n3862.4\n7.1\n241.8\n4.6\n杭州经开区\n2726.5\n6.4\n186.3\n3.2\n宁波杭州湾\n经开区\n2371.6\n12.8\n143.7\n10.4\n",
         [dict(value=386_240_000_000, zone_prefix="宁波经济"), dict(value=7.1, family="growth_rate", zone_prefix="宁波经济"),
          dict(value=24_180_000_000, zone_prefix="宁波经济"), dict(value=237_160_000_000, zone_prefix="宁波杭州湾"),
          dict(value=10.4, family="growth_rate", zone_prefix="宁波杭州湾")],
         id="r3-s111-every-header-cell-over-two-lines-and-a-rate-after-each-measure"),
    Case("**杭州湾上虞经开区**:聚焦精细化工和新材料产业,1—9月完成化工园区“智改数转”项目19个,车辆平均待检时间由2小时缩短至半小时以内。",
         [dict(value=19, zone_prefix="杭州湾上虞"), dict(value=0.5, zone_prefix="杭州湾上虞")],
         id="r3-s111-wancheng-is-a-verb-not-a-place", only=True),
    Case("今天我们来到的是沈阳经济技术开发区，新增企业120家。我们知道隔壁的中德产业园也在推拿地即开工。今年以来，经开区这边落地的项目有27个。",
         [dict(value=120, zone="沈阳经济技术开发区"), dict(value=27, zone="沈阳经济技术开发区")],
         id="r3-s113-the-programmes-zone-presented-and-its-bare-type", only=True),
    Case("济南新旧动能转换起步区今年规上工业产值增长12%，青岛西海岸新区增长8%。西海岸新区产业门类更为齐全，多点支撑。"
         "起步区新能源汽车产量达到23.6万辆。",
         [dict(value=12, zone_prefix="济南"), dict(value=8, zone_prefix="青岛"), dict(value=236_000, zone_prefix="济南")],
         id="r3-s113-a-bare-type-names-its-zone-not-the-nearest-other", only=True),
    Case("竞得人应在挂牌成交之日起10个工作日内与出让人签订出让合同，并在合同签订之日起1个月内缴纳出让价款的50%。"
         "竞得人须在签订出让合同之日起6个月内开工建设、24个月内竣工投产。孝感高新区工业项目审批时间压缩至10个工作日以内。",
         [dict(value=10, unit="working_day", zone_prefix="孝感")], id="r3-s114-a-bidders-deadlines-are-no-claims", only=True),
    Case("瑞丽边合区新增市场主体4 6 1 2家，实际利用外资2 1 4 0万美元，完成投资1 8 6 0万元。",
         [dict(value=4612, unit="firm"), dict(value=21_400_000, unit="usd"), dict(value=18_600_000, unit="yuan")],
         id="r3-s112-an-ocr-space-between-every-digit-of-four", only=True),
    Case("钦州综合保税区上半年进出口增长11.2%。自治区下达钦州综合保税区专项资金1800万元，安排综合保税区发展资金1.5亿元。",
         [dict(value=11.2, zone="钦州综合保税区"), dict(value=18_000_000, zone="钦州综合保税区"),
          dict(value=150_000_000, zone="钦州综合保税区")], id="r3-s112-funds-allotted-to-a-zone", only=True),
    Case("附件\n\n郑州经开区第二批行政许可事项承诺时限调整表（节选）\n\n序号\n事项名称\n实施部门\n法定时限\n承诺时限\n压缩比例\n"
         "1\n建设工程规划许可证核发\n规划建设局\n20个工作日\n3个工作日\n85%\n2\n建筑工程施工许可证核发\n规划建设局\n7个工作日\n1个工作日\n85.7%\n",
         [dict(value=3, unit="working_day", value_before=20, unit_before="working_day"),
          dict(value=85, family="pct_reduction"), dict(value=1, unit="working_day", value_before=7),
          dict(value=85.7, family="pct_reduction")],
         id="r3-s110-a-cell-per-line-table-of-legal-and-promised-limits", only=True),
    Case("    附表\n    2024年全市重点开发区审批服务主要指标\n开发区\n新签约项目（个）\n即办件占比（%）\n南通经开区\n46\n71.3\n"
         "海安经开区\n38\n65.8\n如皋经开区\n29\n58.2\n",
         [dict(value=46, period="2024", zone_prefix="南通"), dict(value=71.3, period="2024", zone_prefix="南通"),
          dict(value=38, period="2024", zone_prefix="海安")], id="r3-s103-an-attachments-label-then-its-title"),
    # Review 30 (an adversarial read of the rules since review 29): each failed on the code it reviewed.
    Case("合肥高新区2024年主要指标完成情况\n\n| 项目 | 本年累计（亿元） | 上年同期（亿元） | 同比增长（%） |\n| --- | --- | --- | --- |\n"
         "| 营业收入 | 3200 | 2900 | 10.3 |\n| 税收收入 | 320 | 300 | 6.7 |\n",
         [dict(value=320_000_000_000, indicator="output_value"), dict(value=32_000_000_000, indicator="tax_revenue")],
         id="r3-review30-a-table-of-indicators-under-xiangmu-stays-one"),
    Case("2024年，合肥经开区新增企业100家。\n随后签约智能家居产业园项目，新增企业12家。\n此后陆续开工电子信息产业园，新增企业16家。",
         [dict(value=100, zone_prefix="合肥"), dict(value=12, zone_prefix="合肥"), dict(value=16, zone_prefix="合肥")],
         id="r3-review30-a-time-then-a-clause-is-no-zones-name", only=True),
    Case("2024年，京东重庆产业园实现营业收入120亿元。\n2024年，华为上海研发园区入驻企业35家。\n今年以来，中德天津产业园新签约项目18个。",
         [dict(value=12_000_000_000, zone="京东重庆产业园"), dict(value=35, zone=""), dict(value=18, zone="中德天津产业园")],
         id="r3-review30-a-municipality-inside-a-firms-park", only=True),
    Case('表1\u30002024年各开发区主要指标\n开发区                       \n地区生产总值（亿元）                \n增长（%）                     \n天津经开区                     \n2100                      \n5.2                       \n滨海高新区                     \n900                       \n6.1                       \n东疆综保区                     \n300                       \n4.5                       \n',
         [dict(value=210_000_000_000, zone_prefix="天津经济"), dict(value=5.2, zone_prefix="天津经济")],
         id="r3-review30-cell-lines-padded-with-spaces"),
    Case("2024年，苏州工业园区单位GDP能耗下降率完成年度目标的120%。",
         [dict(value=120, family="share_pct")], id="r3-review30-a-rate-of-fall-completed-is-no-cut", only=True),
    Case("滨海高新区发展报告　　— 2024 —\n\n全年实现营业收入3200亿元，增长8.5%。新增科技型企业1200家。",
         [dict(value=320_000_000_000, zone_prefix="滨海"), dict(value=8.5, zone_prefix="滨海"), dict(value=1200, zone_prefix="滨海")],
         id="r3-review30-a-year-between-dashes-is-no-page-number", only=True),
    Case("安徽省开发区2024年主要指标\n\n截至2024年底，全省开发区发展态势良好。2023年，全省开发区营业收入增长5%。\n\n"
         "| 开发区 | 营业收入（亿元） | 增长（%） |\n|---|---|---|\n| 合肥高新区 | 1000 | 5.0 |\n| 合肥经开区 | 1037 | 5.1 |\n",
         [dict(value=5, period="2023", zone=""), dict(value=100_000_000_000, period="2024"), dict(value=5, period="2024"),
          dict(value=103_700_000_000, period="2024"), dict(value=5.1, period="2024")],
         id="r3-review30-a-statements-period-is-its-own-not-the-tables", only=True),
    Case("2024年，安徽无为经济开发区新增企业85家。", [dict(value=85, zone_prefix="无为")], id="r3-review30-wuwei-after-its-province",
         only=True),
    Case("7月23日，天津经济技术开发区（泰达）召开新闻发布会。北京经开区一季度新增企业30家。上半年，泰达规模以上工业总产值完成2 417.6亿元，增长7.1%。"
         "宁波保税区（宁波综合保税区）进出口增长9%。合作区（中方区域）新增企业20家。",
         [dict(value=241_760_000_000, zone="天津经济技术开发区"), dict(value=7.1, zone="天津经济技术开发区"),
          dict(value=30, zone="北京经济技术开发区"), dict(value=9, zone_prefix="宁波"), dict(value=20)],
         id="r3-s119-a-short-name-in-brackets-after-the-zones"),
    Case("表1　部分重点开发区主要指标（1—9月）\nTable 1　Main Indicators of Selected Zones\n\n开发区\nZone\n规上工业总产值\n（亿元）\n"
         "Gross industrial\noutput (100 million\nyuan)\n同比增长\n（%）\nYoY\n(%)\n南宁经济技术开发区\nNanning ETDZ\n812.6\n7.4\n"
         "钦州港经济技术开发区\nQinzhou Port ETDZ\n1 045.3\n11.8\n以上2家合计\nTotal\n1 857.9\n9.9\n",
         [dict(value=81_260_000_000, zone_prefix="南宁"), dict(value=7.4, family="growth_rate", zone_prefix="南宁"),
          dict(value=104_530_000_000, zone_prefix="钦州"), dict(value=185_790_000_000, zone="")],
         id="r3-s119-a-bilingual-cell-per-line-table"),
    Case("长治市行政审批服务管理局\n\n“证照联办”跑出加速度\n\n本报讯 记者从长治市行政审批服务管理局获悉，该局推行工业项目“容缺受理”，"
         "审批时间从 120 天缩短到 45 天，上半年共服务重大项目 214 个。",
         [dict(value=45, value_before=120, zone="长治市行政审批服务管理局"), dict(value=214, zone="长治市行政审批服务管理局")],
         id="r3-s118-a-citys-approval-bureau-is-a-zone-of-its-own", only=True),
    Case("外资企业持续投资长沙经开区，今年新增外资企业46家。", [dict(value=46, zone="长沙经济技术开发区")],
         id="r3-s120-invest-in-is-no-part-of-the-name", only=True),
    Case("前三季度，全国229家国家级经开区实现地区生产总值11.86万亿元，总量占全部经济技术开发区的六成以上。"
         "典型经济技术开发区同比下降4.2%。",
         [dict(value=11_860_000_000_000, zone=""), dict(value=60, zone=""), dict(value=-4.2, zone="")],
         id="r3-s126-all-and-typical-zones-name-no-place"),
    Case("西安高新区部分事项承诺时限\n\n| 事项 | 法定时限 | 承诺时限 | 提速(%) |\n|---|---|---|---|\n"
         "| 建设工程规划许可 | 20个工作日 | 7个工作日 | 65 |\n| 施工许可 | 15日 | 3个工作日 | 80 |\n",
         [dict(value=7, value_before=20), dict(value=65, family="pct_reduction"), dict(value=80, family="pct_reduction")],
         id="r3-s124-a-speed-up-column-beside-time-limits-is-a-cut"),
    Case("十年前的今天\n中国（福建）自由贸易试验区正式挂牌\n\n福州、厦门、平潭三个片区\n从此踏上新征程\n\n【福州片区】\n\n"
         "2024年，福州片区新增企业6.4万家。\n\n【平潭片区】\n\n平潭片区引进台资企业一千三百余家。",
         [dict(value=64_000, zone="中国（福建）自由贸易试验区福州片区"), dict(value=1300, zone="中国（福建）自由贸易试验区平潭片区")],
         id="r3-s129-a-list-of-areas-apart-from-the-free-trade-zones-name", only=True),
    Case("西安高新区新增科技型企业860家。“刚来的时候只有三个人，后来高新区给了我们5000万元的天使投资。”\n\n"
         "兰州新区电价有优势。“不过新区的用电成本降了差不多15%。”",
         [dict(value=860, zone_prefix="西安"), dict(value=50_000_000, zone_prefix="西安"), dict(value=15, zone_prefix="兰州")],
         id="r3-s130-a-conjunction-before-a-bare-type-is-no-place"),
    Case("表1  2024年全市主要开发区进出口情况\n序号\n开发区名称\n进出口\n（亿元）\n同比增长\n（％）\n1\n苏州工业园区\n5846.2\n3.1\n"
         "2\n昆山经济技术开发区\n4135.\n7\n5.6\n3\n吴江经济技术开发区\n1380.5\n6.7\n",
         [dict(value=584_620_000_000, zone_prefix="苏州工业"), dict(value=413_570_000_000, zone_prefix="昆山"),
          dict(value=5.6, family="growth_rate", zone_prefix="昆山"), dict(value=138_050_000_000, zone_prefix="吴江")],
         id="r3-s123-a-figure-cut-after-its-point-in-a-cell-per-line-table"),
    Case("长三角生态绿色一体化发展示范区五年来累计实施重大建设项目108个。\n\n嘉善经开区紧邻长三角一体化示范区，1—9月新签约沪资项目27个。"
         "项目落户许昌城乡一体化示范区。",
         [dict(value=108, zone="长三角生态绿色一体化发展示范区"), dict(value=27, zone_prefix="嘉善")],
         id="r3-s137-the-yangtze-delta-demonstration-zone-and-a-zone-next-to-it", only=True),
    Case("2024年，江西省主要经济技术开发区实现营业收入3,265.4亿元，同比增长8.3%。湘潭经开区借力长沙黄花综合保税区，进出口增长21.7%。",
         [dict(value=326_540_000_000, zone=""), dict(value=8.3, zone=""), dict(value=21.7, zone_prefix="湘潭")],
         id="r3-s134-main-zones-and-a-zone-leant-on", only=True),
    # Review 39 (an adversarial read of the rules since review 38): each failed on the code it reviewed.
    Case("全国230家国家级经开区实现进出口总额9.6万亿元，开发区利用外资占全国比重达21%。昆明经济技术开发区进出口增长8%。",
         [dict(value=9_600_000_000_000, zone=""), dict(value=21, zone=""), dict(value=8, zone_prefix="昆明")],
         id="r3-review39-all-zones-counted-before-their-bare-type", only=True),
    # Ninth session: figures of a list before its last, and held-out sets 171-178.
    Case("2024年，建湖高新区、射阳经开区、阜宁经开区一般工业项目审批用时分别为38、41、46个工作日。",
         [dict(value=38, unit="working_day", zone_prefix="建湖"), dict(value=41, unit="working_day", zone_prefix="射阳"),
          dict(value=46, unit="working_day", zone_prefix="阜宁")],
         id="r3-s9-every-bare-item-of-a-list-takes-its-last-unit", only=True),
    Case("经开区新增市场主体分别为120、85、64和30户。", [dict(value=v, unit="firm") for v in (120, 85, 64, 30)],
         id="r3-s9-four-items-joined-by-he", only=True),
    Case("2023年3、5月，苏州工业园区分别新增企业12家和8家。", [dict(value=12), dict(value=8)],
         id="r3-s9-months-before-a-list-are-no-items", only=True),
    Case("1—9月，襄阳高新区锂电池产量同比增长56.1%，太阳能电池产量下降27.5%，单位产品综合能耗下降4.1%。",
         [dict(value=56.1, family="growth_rate", indicator="production_volume_growth"),
          dict(value=-27.5, family="growth_rate", indicator="production_volume_growth"),
          dict(value=4.1, family="pct_reduction", indicator="energy_saving_pct")],
         id="r3-s9-a-products-output-rises-or-falls-energy-use-is-cut", only=True),
    Case("表：合肥高新区2025年1—9月主要经济指标\n指标\n单位\n1—9月\n同比增长（%）\n营业收入\n亿元\n8632.4\n9.8\n"
         "技术合同成交额\n亿元\n187.6\n22.4\n实际使用外资\n万美元\n31820\n-6.5\n数据来源：合肥高新区经贸局\n",
         [dict(value=863_240_000_000, unit="yuan", zone_prefix="合肥高新"), dict(value=9.8, indicator="revenue_growth"),
          dict(value=18_760_000_000, indicator="technology_contract_value"), dict(value=22.4),
          dict(value=318_200_000, unit="usd"), dict(value=-6.5, indicator="foreign_investment_growth")],
         id="r3-s9-a-cell-per-line-table-over-its-source-line", only=True),
    Case("表 1  襄阳高新区2022—2024年主要指标\n指标\n2022年\n2023年\n2024年\n营业收入\n（亿元）\n2806.2\n2869.5\n3118.6\n"
         "R&D经费投入\n强度（%）\n2.71\n2.83\n2.96\n高新技术企业\n（家）\n687\n779\n846\n",
         [dict(value=280_620_000_000, period="2022"), dict(value=286_950_000_000, period="2023"),
          dict(value=311_860_000_000, period="2024"), dict(value=2.71, period="2022"), dict(value=2.83, period="2023"),
          dict(value=2.96, period="2024"), dict(value=687, unit="firm", period="2022"), dict(value=779, period="2023"),
          dict(value=846, unit="firm", period="2024")],
         id="r3-s9-cell-per-line-rows-whose-names-run-over-their-units-line", only=True),
    Case("江苏省政府新闻办新闻发布会实录\n\n发布人：\n江苏省商务厅副厅长 王 强\n苏州工业园区管委会副主任 李 明\n"
         "南京经济技术开发区管委会副主任 周 涛\n主持人：省政府新闻办副主任 张 华\n\n【王 强】\n去年全省开发区新引进10亿元以上项目386个。\n\n"
         "【新华日报记者】\n请问苏州工业园区在稳外资方面有哪些做法？\n\n【李 明】\n去年，我们实际使用外资达到九点八亿美元，外资企业一千一百多家。\n\n"
         "【周 涛】\n南京经开区新增规上工业企业八十三家。我们还引进外资项目四十六个。",
         [dict(value=386, zone=""), dict(value=980_000_000, unit="usd", zone="苏州工业园区"),
          dict(value=1100, zone="苏州工业园区"), dict(value=83, zone_prefix="南京经济"), dict(value=46, zone_prefix="南京经济")],
         id="r3-s9-a-press-conferences-speakers-speak-for-their-own-zones", only=True),
    Case("**发布人**\n\n- 安徽省商务厅副厅长 刘 睿\n- 合肥高新技术产业开发区管委会副主任 黄 磊\n\n**主持人**：章 敏\n\n"
         "**刘睿**：去年开发区新引进项目三百八十六个。\n\n**人民网记者**：请问合肥高新区有哪些亮点？\n\n"
         "**黄磊**：区内量子科技企业达到六十八家，去年量子产业营业收入增长百分之四十五。",
         [dict(value=386, zone=""), dict(value=68, zone_prefix="合肥高新"), dict(value=45, zone_prefix="合肥高新")],
         id="r3-s9-a-markdown-speakers-list-and-bold-turns", only=True),
    Case("沈阳经开区企业开办实现“一日办结”，不动产登记实现“1小时办结”；推行“7天无理由退货”，打造“两个抓手”。",
         [dict(value=1, unit="day", family="duration"), dict(value=1, unit="hour", family="duration")],
         id="r3-s9-a-quoted-promise-of-a-time-is-a-duration", only=True),
    Case("此外，无锡高新区、常州经开区各有5家企业入选；省财政对合肥经开区和芜湖经开区各奖励800万元。园区各部门共计完成任务30项。",
         [dict(value=5, zone_prefix="无锡"), dict(value=5, zone_prefix="常州"), dict(value=8_000_000, zone_prefix="合肥"),
          dict(value=8_000_000, zone_prefix="芜湖"), dict(value=30, zone="")],
         id="r3-s9-a-figure-said-of-each-zone-of-a-list", only=True),
    # Review 45 (an adversarial read of review 44's and this session's changes): each failed on the code it reviewed.
    Case("祁县经济开发区今年引进的三个项目总投资分别为3.5、2.8、1.6亿元，新增厂房6.2、3.5万平方米。",
         [dict(value=3, unit="project"), dict(value=350_000_000, unit="yuan"), dict(value=280_000_000, unit="yuan"),
          dict(value=160_000_000, unit="yuan"),
          dict(value=62_000, unit="m2"), dict(value=35_000, unit="m2")],
         id="r3-review45-a-lists-bare-items-take-its-last-multiplier", only=True),
    Case("2024年，介休经济技术开发区、孝义经济技术开发区实有市场主体分别达到1.2、1.5万户；项目投资3至5亿元。",
         [dict(value=12_000, zone_prefix="介休"), dict(value=15_000, zone_prefix="孝义"),
          dict(value=300_000_000, qualifier="min"), dict(value=500_000_000, qualifier="max")],
         id="r3-review45-a-ranges-low-end-takes-the-high-ends-multiplier", only=True),
    Case("2024年，三个园区规上工业企业从业人员分别为12,300、9,800、6,500人。",
         [dict(value=12_300), dict(value=9_800), dict(value=6_500)],
         id="r3-review45-list-items-with-thousands-are-whole", only=True),
    Case("园区上半年共为企业兑现各类扶持资金\n\n— 3 —\n\n2.17亿元，惠及企业536家次。",
         [dict(value=217_000_000), dict(value=536)], id="r3-review45-a-page-number-is-no-ranges-low-end", only=True),
    Case("榆社经济技术开发区产业扶持办法（OCR）\n3 . 2 天使投资引导\n对入驻园区的初创企业给予支持。", [],
         id="r3-review45-a-heading-before-tianshi-is-no-duration"),
    Case("晋城经济技术开发区标准化厂房建设项目中标结果公示\n中标金额：4 5 . 6 8 0 0 万元\n",
         [dict(value=456_800, unit="yuan")], id="r3-review45-a-spaced-amount-with-four-decimals-after-a-colon", only=True),
    Case("孝义经济技术开发区国有建设用地使用权挂牌出让公告\n孝义市自然资源局与竞得人于挂牌成交之日起10个工作日内签订《国有建设用地使用权出让合同》。",
         [], id="r3-review45-the-seller-and-the-bidder-sign-a-contract-term"),
    Case("高平经济技术开发区管委会与中标人于中标通知书发出之日起30日内签订书面合同。", [],
         id="r3-review45-the-committee-and-the-winner-sign-a-contract-term"),
    Case("平定经济技术开发区标准化厂房项目开工。据了解，该项目总承包人中建八局承诺主体工程10个月内完工。",
         [dict(value=10, unit="month", zone_prefix="平定")], id="r3-review45-a-named-contractor-promises-a-schedule", only=True),
    Case("晋中市着力打造辐射全市的创新平台，在毗邻太原的晋中智创产业园新签约项目15个，总投资32亿元。",
         [dict(value=15, zone="晋中智创产业园"), dict(value=3_200_000_000, zone="晋中智创产业园")],
         id="r3-review45-radiating-the-whole-city-is-no-subject", only=True),
    Case("太原经济技术开发区\n在2024年全国国家级经开区综合发展水平考核评价中，经开区实际使用外资增长25%，增速位居全国前列。",
         [dict(value=25, zone_prefix="太原")], id="r3-review45-in-the-front-row-ranks-a-zone", only=True),
    Case("天津经济技术开发区外资企业信心增强。全球跨国投资下降11%，但企业对华投资意愿增强，区内外资企业新增投资增长14%。"
         "苏州工业园区半导体产业逆势上扬。全球芯片需求增速放缓，但企业普遍在我区追加投资，投资额增长20%。",
         [dict(value=14, zone_prefix="天津"), dict(value=20, zone="苏州工业园区")],
         id="r3-review45-firms-in-our-zone-after-a-world-figure"),
    Case("一图读懂滁州经开区2025年前5月\n\n前5月，滁州经开区新增企业1136家。一起读懂南宁经开区的“上半年”：规上工业产值增长11.2%。",
         [dict(value=1136, zone="滁州经济技术开发区"), dict(value=11.2, zone="南宁经济技术开发区")],
         id="r3-s9-a-headlines-verb-is-no-part-of-a-zones-name", only=True),
    Case("临港新片区2024年：\n• 规上工业产值 2,345.6亿元，↑8.2%\n• 外贸进出口 812.6亿元，▼2.1%\n• 税收收入 ↓3.2%\n",
         [dict(value=234_560_000_000), dict(value=8.2, family="growth_rate"), dict(value=81_260_000_000),
          dict(value=-2.1, family="growth_rate"), dict(value=-3.2, family="growth_rate")],
         id="r3-s10-an-arrow-is-a-rates-sign", only=True),
    Case("漕河泾开发区营收增长6.4%。2024年，徐汇区实现地区生产总值2,915.8亿元，同比增长5.2%；而园区税收增长2.9%。"
         "广州开发区与黄埔区“一套班子、合署办公”。2024年，黄埔区实现地区生产总值4315.6亿元。"
         "赣江新区：到2025年底，直管区地区生产总值要达到七百亿元以上。",
         [dict(value=6.4, zone="上海漕河泾新兴技术开发区"), dict(value=291_580_000_000, zone=""), dict(value=5.2, zone=""),
          dict(value=2.9, zone="上海漕河泾新兴技术开发区"), dict(value=431_560_000_000, zone="广州经济技术开发区"),
          dict(value=70_000_000_000, zone="江西赣江新区")],
         id="r3-s10-a-districts-economy-wide-total-unless-the-zone-is-run-as-it", only=True),
    Case("苏州工业园区新增市场主体1.9w户，从业人员超2.3w名；另有100W快充项目落地，5W户外电源出货。",
         [dict(value=19_000, unit="firm"), dict(value=23_000, qualifier="min")],
         id="r3-s10-w-after-a-figure-before-its-unit-is-wan", only=True),
    Case("▍抖音 @郑州航空港区 ｜ 07/30 18:00 ｜ ❤️3.5w 💬2,107\n✈️郑州航空港经济综合实验区 上半年：\n1️⃣ 地区生产总值 668.2亿元，同比+9.1%\n"
         "#航空港区 #郑州\n\n▍抖音 @郑州经开区发布 ｜ 07/21 17:30 ｜ ❤️5,233\n🚗郑州经开区上半年汽车产量 28.7万辆 ↑23.1%\n"
         "👉新登记经营主体 1.1w户\n#郑州经开区\n",
         [dict(value=66_820_000_000, zone="郑州航空港经济综合实验区"), dict(value=9.1, zone="郑州航空港经济综合实验区"),
          dict(value=287_000, zone="郑州经济技术开发区"), dict(value=23.1, zone="郑州经济技术开发区"),
          dict(value=11_000, zone="郑州经济技术开发区")],
         id="r3-s10-each-social-post-is-an-article-of-its-own", only=True),
    Case("郑州航空港区一般工业项目审批时限 60个工作日→20个工作日；武汉东湖高新区拿地开工 过去平均90天 ➡️ 现在最短3天。",
         [dict(value=20, value_before=60, unit="working_day"), dict(value=3, value_before=90, unit="day")],
         id="r3-s10-an-arrow-between-two-times-is-before-and-after", only=True),
    Case("博鳌乐城国际医疗旅游先行区上半年医疗旅游人数增长31.5%，乐城先行区新开工项目12个；文昌国际航天城新增入驻企业318家；"
         "海南生态软件园入驻企业超过1.5万家；三亚中央商务区总部企业58家。济南高新区营收增长9%，齐鲁软件园新增企业20家。"
         "打造改革先行区，新增项目5个。",
         [dict(value=31.5, zone="博鳌乐城国际医疗旅游先行区"), dict(value=12, zone="博鳌乐城国际医疗旅游先行区"),
          dict(value=318, zone="文昌国际航天城"), dict(value=15_000, zone="海南生态软件园"), dict(value=58, zone="三亚中央商务区"),
          dict(value=9, zone="济南高新技术产业开发区"), dict(value=20, zone="济南高新技术产业开发区"),
          dict(value=5, zone="济南高新技术产业开发区")],
         id="r3-s10-hainans-key-parks-kinds-and-a-software-park-inside-a-zone", only=True),
    Case("<table><tr><th>指标</th><th>子指标</th><th>兰州新区</th><th>全省开发区平均</th></tr>"
         "<tr><td rowspan=\"2\">开办企业</td><td>时间</td><td>0.5天</td><td>2.3天</td></tr>"
         "<tr><td>成本</td><td>0元</td><td>216元</td></tr>"
         "<tr><td>登记财产</td><td>时间</td><td>1个工作日</td><td>3个工作日</td></tr></table>",
         [dict(value=0.5, zone="兰州新区"), dict(value=2.3, zone=""), dict(value=0, unit="yuan", zone="兰州新区"),
          dict(value=216, zone=""), dict(value=1, zone="兰州新区"), dict(value=3, zone="")],
         id="r3-s10-a-body-cells-rowspan-reaches-the-rows-below", only=True),
    Case("曲沃经济技术开发区新增项目12个。全省县域开发区营业收入增长9.2%，力争到2027年产值达到千亿。",
         [dict(value=12, zone="曲沃经济技术开发区"), dict(value=9.2, zone=""), dict(value=100_000_000_000, zone="")],
         id="r3-s10-county-zones-are-a-whole", only=True),
    # Twelfth session.
    Case("鹤壁经济技术开发区2025年重点项目计划表\n"
         "\n"
         "                                                         单位：亿元\n"
         "──────────────────────────────────────────────────────────\n"
         "序 项目名称      建设内容                        总投资   2025年   建设\n"
         "号                                                        计划     年限\n"
         "                                                          投资\n"
         "──────────────────────────────────────────────────────────\n"
         "1  镁基轻量化材  建设压铸车间及配套设施，总建筑    16.40     5.20   2024-\n"
         "   料产业园      面积9.5万平方米                                   2026\n"
         "2  冷链物流中心  新建冷库4座，库容6万吨             4.75     1.30   2025\n"
         "   一期\n"
         "──────────────────────────────────────────────────────────\n",
         [dict(family="money", value=1_640_000_000, zone="鹤壁经济技术开发区"),
          dict(family="money", value=520_000_000, zone="鹤壁经济技术开发区"),
          dict(family="money", value=475_000_000, zone="鹤壁经济技术开发区"),
          dict(family="money", value=130_000_000, zone="鹤壁经济技术开发区"),
          dict(family="area", value=95_000, zone="鹤壁经济技术开发区")],
         id="r3-s12-a-pdf-tables-fixed-columns-wrapped-cells-read-as-rows"),
    Case("表2　部分开发区改革指标完成情况\n"
         "\n"
         "────────────────────────────────────────────────────\n"
         " 开发区名称      出让标准  承诺制   新签约  签约\n"
         "                 地面积    审批项   项目    金额\n"
         "                 （亩）    目（个）（个）  （亿元）\n"
         "────────────────────────────────────────────────────\n"
         " 乌海经济技术     1380      112      42     166.5\n"
         " 开发区\n"
         " 巴彦淖尔经济     960       87       31     102.8\n"
         " 技术开发区\n"
         "────────────────────────────────────────────────────\n",
         [dict(family="area", value=1380 * MU, zone_prefix="乌海"), dict(value=42, family="project_count", zone_prefix="乌海"),
          dict(family="money", value=16_650_000_000, zone_prefix="乌海"),
          dict(family="area", value=960 * MU, zone_prefix="巴彦淖尔"), dict(value=31, family="project_count", zone_prefix="巴彦淖尔"),
          dict(family="money", value=10_280_000_000, zone_prefix="巴彦淖尔")],
         id="r3-s12-a-pdf-tables-zone-names-wrapped-under-their-row"),
    Case("安阳高新技术产业开发区2024年主要经济指标\n"
         "\n"
         "| 指标 | 单位 | 2024年 | 同比增长（%） | 全市同比（%） |\n"
         "|---|---|---|---|---|\n"
         "| 一般公共预算收入 | 亿元 | 12.6 | 8.3 | 4.1 |\n"
         "| 外贸进出口总额 | 亿元 | 58.2 | 15.7 | 6.6 |\n",
         [dict(value=1_260_000_000, zone="安阳高新技术产业开发区"), dict(value=8.3, zone="安阳高新技术产业开发区"),
          dict(value=4.1, zone=""), dict(value=5_820_000_000, zone="安阳高新技术产业开发区"),
          dict(value=15.7, zone="安阳高新技术产业开发区"), dict(value=6.6, zone="")],
         id="r3-s12-a-whole-citys-rate-column-beside-the-zones-own", only=True),
    Case("表4　企业开办与竣工验收用时变化（单位：工作日）\n"
         "\n"
         "开发区            企业开办用时        竣工验收用时\n"
         "                改革前   改革后     改革前   改革后\n"
         "营口经开区          6        2          9        4\n"
         "盘锦辽滨经开区      5        1          8        3\n",
         [dict(family="duration", unit="working_day", value=2, value_before=6, zone_prefix="营口"),
          dict(family="duration", unit="working_day", value=4, value_before=9, zone_prefix="营口"),
          dict(family="duration", unit="working_day", value=1, value_before=5, zone_prefix="盘锦"),
          dict(family="duration", unit="working_day", value=3, value_before=8, zone_prefix="盘锦")],
         id="r3-s12-a-group-header-over-before-and-after-columns", only=True),
    Case("满洲里综合保税区今年前三季度对俄贸易额52.7亿卢布，折合人民币约4.6亿元，同比增长18.4%。",
         [dict(family="money", value=5_270_000_000, unit="rub", zone_prefix="满洲里"), dict(value=18.4, zone_prefix="满洲里")],
         id="r3-s12-an-amount-in-roubles-is-no-amount-in-yuan-and-its-conversion-no-second-claim", only=True),
    Case("仁川经济自由区代表团到访青岛西海岸新区，双方签约项目总投资800亿韩元。",
         [dict(family="money", value=80_000_000_000, unit="krw")],
         id="r3-s12-won-are-won"),
    Case("记者梳理年报中与漳州厂相关的主要数据如下（金额单位：新台币亿元）：\n"
         "\n"
         "项目                2024年      同比\n"
         "漳州厂营业收入        86.4       +12.1%\n"
         "漳州厂税后净利        7.35       +20.4%\n"
         "漳州厂资本支出        3.18       -5.2%\n",
         [dict(family="money", value=8_640_000_000, unit="twd"), dict(family="money", value=735_000_000, unit="twd"),
          dict(family="money", value=318_000_000, unit="twd")],
         id="r3-s12-a-captions-unit-naming-its-currency-first"),
    Case("满洲里中俄互市贸易区全年交易额21.8亿元，同比增长16.5%，参与互市贸易的边民达1.2万人。",
         [dict(value=2_180_000_000, zone="满洲里中俄互市贸易区"), dict(value=16.5, zone="满洲里中俄互市贸易区")],
         id="r3-s12-a-border-trade-zone-is-a-zone"),
    Case("五家渠经济技术开发区上半年新签约项目15个。\n\n"
         "上半年，第六师五家渠市实现地区生产总值312.5亿元，同比增长6.1%；兵团实现地区生产总值2146.5亿元，同比增长6.3%。",
         [dict(value=15, zone="五家渠经济技术开发区"), dict(value=31_250_000_000, zone=""), dict(value=6.1, zone=""),
          dict(value=214_650_000_000, zone=""), dict(value=6.3, zone="")],
         id="r3-s12-a-corps-division-and-the-corps-are-places"),
    Case("# 上海化学工业区2024年度报告\n\n"
         "宁波绿色石化科技园（原宁波石化经济技术开发区）位于镇海区，截至2024年底，园区共有化工企业86家，规上工业总产值1380亿元。",
         [dict(value=86, zone="宁波绿色石化科技园"), dict(value=138_000_000_000, zone="宁波绿色石化科技园")],
         id="r3-s12-a-zones-name-now-before-its-former-name-in-brackets", only=True),
    Case("钦州综合保税区于2011年经国务院批准设立（原钦州保税港区），2021年整合优化为综合保税区，规划面积8.81平方公里。",
         [dict(value=8_810_000, zone="钦州综合保税区")],
         id="r3-s12-a-former-name-after-a-verb-is-the-clauses-zone-in-passing", only=True),
    Case("七台河经开区今年新签项目3个。长春九台区新增市场主体1200户。",
         [dict(value=3), dict(value=1200)],
         id="r3-s12-a-places-name-holding-a-numeral-and-a-unit-is-no-count", only=True),
    Case("【鄂湘赣开发区前三季度成绩单】#鄂湘赣开发区PK#\n"
         "\n"
         "1️⃣ 武汉经开区（车谷）\n"
         "📈 规上工业总产值 💰3860亿 ⬆️6.2%\n"
         "\n"
         "2️⃣ 南昌高新区\n"
         "📦 出口额 186亿，⬇️4.3%\n",
         [dict(family="money", value=386_000_000_000, zone_prefix="武汉"), dict(family="growth_rate", value=6.2, zone_prefix="武汉"),
          dict(family="money", value=18_600_000_000, zone_prefix="南昌"), dict(family="growth_rate", value=-4.3, zone_prefix="南昌")],
         id="r3-s12-a-posts-keycap-numbered-zones-and-emoji-arrows", only=True),
    Case("本招标项目沧州临港经济技术开发区化工大道改造工程已批准建设，计划工期300日历天。该道路建成后将打通开发区东西片区，服务沿线企业60余家。\n\n"
         "电话：0317-5568123\n\n"
         "天津市招标代理有限公司\n",
         [dict(family="duration", value=300, unit="day", zone="沧州临港经济技术开发区"), dict(value=60, zone="沧州临港经济技术开发区")],
         id="r3-s12-a-tenders-calendar-days-and-its-phone-no-duration", only=True),
    Case("沧州临港经济技术开发区管网工程中标价较最高投标限价下浮5.26%。",
         [dict(family="pct_reduction", value=5.26)],
         id="r3-s12-a-bids-discount-is-a-cut", only=True),
    Case("崖州湾科技城涉农企业突破千家\n"
         "本报三亚7月17日电（记者 李娜）截至6月底，三亚崖州湾科技城累计注册涉农企业1126家。\n"
         "\n"
         "（上接第1版）上半年，重点项目已完成投资214.5亿元，完成年度计划的55.6%。石化新材料产业实现产值786.3亿元。\n"
         "\n"
         "洋浦经济开发区管委会主要负责人表示，下半年将抓好封关运作各项压力测试。\n",
         [dict(value=1126, zone="三亚崖州湾科技城"), dict(value=21_450_000_000, zone="洋浦经济开发区"),
          dict(value=78_630_000_000, zone="洋浦经济开发区")],
         id="r3-s12-a-story-continued-from-another-page-is-no-part-of-the-story-above"),
    Case("冬访口岸：零下30℃的热通道\n"
         "\n"
         "    满洲里是我国对俄最大的陆路口岸。满洲里重点开发开放试验区2024年口岸货运量达到2163.5万吨。\n"
         "\n"
         "    试验区联合海关、边检实行错峰通关，冬季单日通关车辆超过1200车次。\n"
         "\n"
         "    试验区政务服务中心推出口岸企业服务专窗，企业开办时间压缩至0.5个工作日。\n"
         "\n"
         "    满洲里中俄互市贸易区2024年互市贸易额达到17.8亿元。中俄满洲里—后贝加尔斯克经济合作区中方园区已有23家企业签约入驻。\n"
         "\n"
         "    试验区管委会负责人说，今年将加快建设跨境经济合作区。\n",
         [dict(family="duration", value=0.5, zone="满洲里重点开发开放试验区")],
         id="r3-s12-a-zones-type-word-alone-speaks-of-its-one-zone-of-that-type"),
    Case("玉溪高新区2O24年国民经济和社会发展统计公报\n\n"
         "    初步核算，全年实现地区生产总值（GDP）3 4 2 . 5 6亿元，比上年增长1O.2%。新登记经营主体2 l38户，"
         "高新技术企业l46家，增长3l.5%。O2O模式企业12家。",
         [dict(value=34_256_000_000, period="2024"), dict(value=10.2), dict(value=2138), dict(value=146),
          dict(value=31.5), dict(value=12)],
         id="r3-s12-an-ocrs-o-for-0-and-l-for-1-in-figures", only=True),
    Case("（一）坚持工业立市。一是开发区主阵地作用凸显。新乡高新区营业收入完成1126.5亿元、增长9.8%；"
         "长垣经开区起重装备产业集群营业收入突破600亿元。二是创新能力持续增强。新增国家高新技术企业236家、"
         "总数达到1268家，技术合同成交额142.6亿元。\n\n"
         "延津经开区重点抓了三件事：一是新签约项目12个；二是新增规上工业企业30家。",
         [dict(value=112_650_000_000, zone_prefix="新乡"), dict(value=9.8, zone_prefix="新乡"),
          dict(value=60_000_000_000, zone_prefix="长垣"), dict(value=236, zone=""), dict(value=1268, zone=""),
          dict(value=14_260_000_000, zone=""), dict(value=12, zone_prefix="延津"), dict(value=30, zone_prefix="延津")],
         id="r3-s12-an-item-of-a-numbered-run-speaks-of-its-own"),
    Case("以潇河产业园某电驱动系统项目为例，项目总投资18.5亿元。",
         [dict(value=1_850_000_000, zone="潇河产业园区")],
         id="r3-s12-yi-wei-li-is-no-part-of-a-zones-name", only=True),
    Case("太原经开区2024年新增企业320家。（五）关于加大开发区专精特新企业培育力度的建议。我委建立培育库，入库企业62家。",
         [dict(value=320, zone_prefix="太原"), dict(value=62, zone_prefix="太原")],
         id="r3-s12-a-proposals-verb-before-a-bare-kind-is-no-zone", only=True),
    Case("一位昆山开发区招商局人士介绍，去年新设台资企业137家。",
         [dict(value=137, zone_prefix="昆山")],
         id="r3-s12-a-person-counted-before-a-zone-is-no-part-of-its-name", only=True),
    Case("【综述】2024年，常州市有国家级开发区4家、省级开发区9家。\n\n"
         "【全市开发区】2024年，常州市开发区实现规上工业总产值1.21万亿元，一般公共预算收入合计486亿元。"
         "常州经开区规上工业总产值增长8.2%，增速居全市开发区第1位，占全市开发区总量的18.6%。",
         [dict(value=1_210_000_000_000, zone=""), dict(value=48_600_000_000, zone=""),
          dict(value=8.2, zone_prefix="常州")],
         id="r3-s12-a-citys-zones-all-of-them-are-no-zone"),
    Case("平潭综合实验区新台币现钞兑换业务办理量达到新台币**2.3亿元**，显示面板“屏”连千万家。",
         [dict(family="money", value=230_000_000, unit="twd")],
         id="r3-s12-a-currency-before-a-bold-amount-and-a-saying-of-households", only=True),
    Case("政府工作报告\n——2025年1月8日在天津市滨海新区第四届人民代表大会第五次会议上\n\n"
         "　　——经济总量迈上新台阶。全区地区生产总值达到7,891.6亿元，增长5.6%。天津经开区规上工业总产值达到5,236.8亿元。"
         "\n\n绍兴滨海新区上半年新增企业120家。",
         [dict(value=789_160_000_000, zone="天津滨海新区"), dict(value=5.6, zone="天津滨海新区"),
          dict(value=523_680_000_000, zone_prefix="天津"), dict(value=120, zone="绍兴滨海新区")],
         id="r3-s12-a-national-new-areas-own-congress-report-is-the-zones", only=True),
    Case("兰州新区综合保税区进出口总值158.6亿元，同比增长23.4%。南京化学工业园区位于南京市江北新区，规上工业总产值2186亿元。",
         [dict(value=15_860_000_000, zone="兰州新区综合保税区"), dict(value=23.4, zone="兰州新区综合保税区"),
          dict(value=218_600_000_000, zone="南京化学工业园区")],
         id="r3-s12-a-zone-named-after-a-new-area-and-one-that-lies-in-it", only=True),
    Case("中国（绵阳）科技城新区上半年实现地区生产总值126.4亿元，同比增长9.4%。",
         [dict(value=12_640_000_000, zone="中国（绵阳）科技城新区"), dict(value=9.4, zone="中国（绵阳）科技城新区")],
         id="r3-s12-a-science-citys-new-area-is-named-whole", only=True),
    Case("## 一、挂牌出让宗地的基本情况\n\n"
         "| 宗地编号 | 宗地位置 | 出让面积(㎡) | 折合(亩) | 起始总价(万元) |\n"
         "|---|---|---|---|---|\n"
         "| WJ2025-03 | 芜湖经济技术开发区凤鸣湖路与银湖路交口东南角 | 46520.6 | 69.78 | 1884 |\n"
         "| GX2025-11 | 芜湖高新技术产业开发区峨山路与九华北路交口西北角 | 30218.4 | 45.33 | 1360 |\n",
         [dict(family="area", value=46520.6, zone_prefix="芜湖经济"), dict(family="money", value=18_840_000, zone_prefix="芜湖经济"),
          dict(family="area", value=30218.4, zone_prefix="芜湖高新"), dict(family="money", value=13_600_000, zone_prefix="芜湖高新")],
         id="r3-s12-a-parcels-location-cell-opening-with-its-zone-and-a-converted-area-column", only=True),
    Case("《开发区新闻》播出稿  时长：3分42秒\n\n孝义经济开发区今年新签约项目12个，综合评分92分。",
         [dict(value=12), dict(value=92)],
         id="r3-s12-a-length-in-minutes-and-seconds-is-no-score", only=True),
    Case("47\n00:03:32,530 --> 00:03:36,510\n电子信息产业规模突破3000亿元\n\n"
         "48\n00:03:36,590 --> 00:03:40,340\n绵阳高新区高新技术企业总数达到1520家\n\n"
         "49\n00:03:40,740 --> 00:03:49,550\n【图表】绵阳高新区 上半年GDP 612.3亿元 高新技术企业1520家\n\n"
         "50\n00:03:49,630 --> 00:03:54,300\n（解说）园区今年新增规上企业36家\n",
         [dict(family="firm_count", value=1520, zone_prefix="绵阳"), dict(family="firm_count", value=36, zone_prefix="绵阳")],
         id="r3-s12-a-subtitles-count-ends-with-its-cue-and-a-narrators-label-is-no-place"),
    # Review 59 (of this session's later changes): each failed on the code it reviewed.
    Case("安徽日报讯 芜湖江北新区今年前三季度完成固定资产投资156.3亿元。江北新区管委会负责人表示，新区正对标南京江北新区、"
         "天津滨海新区等国家级新区。据悉，江北新区今年已新签约项目32个。",
         [dict(value=15_630_000_000, zone="芜湖江北新区"), dict(value=32, zone="芜湖江北新区")],
         id="r3-review59-a-shared-short-name-alone-is-the-zone-the-text-names-with-its-place", only=True),
    # Review 58 (of this session's changes): each failed on the code it reviewed.
    Case("鄂尔多斯市开发区（园区）2024年1-9月主要经济指标\n"
         "\n"
         "                                    单位：亿元\n"
         "────────────────────────────────────────────\n"
         "序号   开发区名称       规上工业      同比增长     全市同比\n"
         "                 总产值       （%）      （%）\n"
         "────────────────────────────────────────────\n"
         " 1   鄂尔多斯高新技术产业  612.45    8.1      5.6\n"
         "     开发区\n"
         " 2   准格尔经济开发区    436.08    5.2      5.6\n"
         " 3   达拉特光伏装备园区   115.70    -2.4     5.6\n"
         "────────────────────────────────────────────\n",
         [dict(family="money", value=61_245_000_000, zone_prefix="鄂尔多斯"), dict(value=8.1, zone_prefix="鄂尔多斯"),
          dict(value=5.6, zone=""), dict(family="money", value=43_608_000_000, zone_prefix="准格尔"),
          dict(value=5.2, zone_prefix="准格尔"), dict(family="money", value=11_570_000_000, zone="达拉特光伏装备园区"),
          dict(value=-2.4, zone="达拉特光伏装备园区")],
         id="r3-review58-a-table-in-columns-of-characters-its-citys-rate-once-and-each-rows-zone", only=True),
    Case("南宁讯 自治区商务厅消息，前三季度全区边民互市贸易额完成1126.8亿元，同比增长6.5%。凭祥市互市贸易额412.3亿元。"
         "自治区将进一步规范互市贸易区管理，今年互市商品落地加工产值增长41.2%。",
         [dict(value=112_680_000_000, zone=""), dict(value=6.5, zone=""), dict(value=41_230_000_000, zone=""),
          dict(value=41.2, zone="")],
         id="r3-review58-a-border-trade-zone-without-its-countries-or-traders-is-no-zone"),
    Case("11月8日，苏浙皖开发区产业链供需对接会在宣城经开区举行。苏浙皖开发区集中签约项目62个，总投资418亿元；"
         "三省开发区前三季度实际使用外资增长6.4%。宣城经开区同步签约项目9个。\n\n"
         "放眼更大范围，全年川渝黔开发区联合招引项目140个。",
         [dict(value=62, zone=""), dict(value=41_800_000_000, zone=""), dict(value=6.4, zone=""),
          dict(value=9, zone_prefix="宣城"), dict(value=140, zone="")],
         id="r3-review58-several-provinces-zones-are-no-zone-not-the-host-zones", only=True),
    Case("许昌经济技术开发区厂房工程中标价施工费下浮3.65%。合同履行期间，主要材料市场价格上下浮动超过5%的，按合同专用条款调整。"
         "投标有效期90日历天，缺陷责任期24个月，工期540日历天。\n\n表1  天水经济技术开发区2024年主要指标",
         [dict(family="pct_reduction", value=3.65), dict(family="duration", value=540, unit="day")],
         id="r3-review58-a-price-band-a-bids-validity-and-a-tables-number-before-a-place", only=True),
    # Eleventh session.
    Case("杭州钱塘新区重大项目集中签约。其中晶圆项目落户杭州经济技术开发区，传动部件项目落户杭州经济技术开发区。\n\n"
         "钱塘招商引资成效持续显现。2024年，全区实际使用外资9.86亿美元，同比增长12.4%。\n\n"
         "主办单位：杭州钱塘新区管理委员会　地址：杭州市钱塘区福城路291号　联系电话：0571-86901234\n",
         [dict(value=986_000_000, zone="杭州钱塘新区"), dict(value=12.4, zone="杭州钱塘新区")],
         id="r3-s11-a-pages-owner-in-its-footer-is-its-default-zone", only=True),
    Case("2024年，全区实际使用外资9.86亿美元，同比增长12.4%。\n\n"
         "主办单位：绵阳市人民政府办公室　　网站标识码：5107000001\n",
         [dict(value=986_000_000, zone=""), dict(value=12.4, zone="")],
         id="r3-s11-a-citys-office-owning-a-page-is-no-zone", only=True),
    Case('中国（上海）自由贸易试验区临港新片区这一年\n'
         '\n'
         '先说结论：2024年，临港新片区实现规上工业总产值2936.4亿元，同比增长21.3%。\n'
         '\n'
         '数读\n'
         '\n'
         '72.5%\u3000战略性新兴产业产值占规上工业比重\n'
         '3.2小时\u3000洋山特殊综合保税区进口货物平均通关时间\n'
         '1050个左右\u3000全年在建项目数量\n'
         '\n'
         '投资端的韧性来自项目。新片区2024年新签约产业项目186个，协议投资额1526.3亿元。\n',
         [dict(value=293_640_000_000, zone="中国（上海）自由贸易试验区临港新片区"), dict(value=21.3, zone="中国（上海）自由贸易试验区临港新片区"),
          dict(value=72.5, zone="中国（上海）自由贸易试验区临港新片区"), dict(value=3.2, zone="洋山特殊综合保税区"),
          dict(value=1050, zone="中国（上海）自由贸易试验区临港新片区"), dict(value=186, zone="中国（上海）自由贸易试验区临港新片区"),
          dict(value=152_630_000_000, zone="中国（上海）自由贸易试验区临港新片区")],
         id="r3-s11-a-box-label-and-its-figured-items-do-not-end-the-story", only=True),
    Case('\u3000\u3000全市3个国家级开发区全年实现规模以上工业总产值2186.4亿元，比上年增长9.2%\n'
         '。广西—东盟经济技术开发区规模以上工业总产值498.3亿元，增长12.4\n'
         '%。各开发区坚持以产业为核心，加快推进重大项目建设和产业链招商。南宁经济\n'
         '技术开发区着力打造新能源汽车产业集群，新签约项目45个，总投资312亿元\n'
         '，同比增长15.1%，持续推动产业集聚发展，加快建设面向东盟的数字经济合\n'
         '作先行区，推动园区高质量发展取得新成效，各项主要指标稳中有进，总体好于预\n'
         '期。\n',
         [dict(value=218_640_000_000, zone=""), dict(value=9.2, zone=""), dict(value=49_830_000_000),
          dict(value=12.4), dict(value=45, zone="南宁经济技术开发区"), dict(value=31_200_000_000, zone="南宁经济技术开发区"),
          dict(value=15.1, zone="南宁经济技术开发区")],
         id="r3-s11-a-zones-name-cut-by-a-hard-wrap-is-read-whole", only=True),
    Case('南宁市2024年国民经济和社会发展统计公报\n'
         '\n'
         '南宁市统计局\n'
         '\n'
         '\u3000\u3000全年全市地区生产总值5650.52亿元，增长4.1%。其中，第一产业增加值642.18亿元，增长3.9%。\n'
         '\n'
         '\u3000\u3000南宁经济技术开发区全年实现地区生产总值486.32亿元，比上年增长6.8%。\n',
         [dict(value=565_052_000_000, zone=""), dict(value=4.1, zone=""), dict(value=64_218_000_000, zone=""),
          dict(value=3.9, zone=""), dict(value=48_632_000_000, zone="南宁经济技术开发区"),
          dict(value=6.8, zone="南宁经济技术开发区")],
         id="r3-s11-a-citys-statistical-communique-speaks-for-the-city", only=True),
    Case("表1\u3000河北省重点开发区营业收入\n单位：亿元\n开发区\t2023年\t2024年\n石家庄高新技术产业开发区\t2015.7\t2208.3\n"
         "廊坊经济技术开发区\t1190.2\t1266.8\n全省开发区合计\t39268.4\t42107.9\n\n"
         "表2\u3000河北省重点开发区营业收入增速\n单位：%\n开发区\t2024年\t2025年一季度\t一季度位次\n"
         "石家庄高新技术产业开发区\t8.2\t10.1\t1\n廊坊经济技术开发区\t6.4\t4.8\t6\n全省开发区合计\t7.2\t6.9\t—\n",
         [dict(value=201_570_000_000, zone="石家庄高新技术产业开发区", period="2023"),
          dict(value=220_830_000_000, zone="石家庄高新技术产业开发区", period="2024"),
          dict(value=119_020_000_000, zone="廊坊经济技术开发区"), dict(value=126_680_000_000, zone="廊坊经济技术开发区"),
          dict(value=3_926_840_000_000, zone=""), dict(value=4_210_790_000_000, zone=""),
          dict(family="growth_rate", value=8.2, zone="石家庄高新技术产业开发区", period="2024"),
          dict(family="growth_rate", value=10.1, zone="石家庄高新技术产业开发区", period="2025Q1"),
          dict(family="growth_rate", value=6.4, zone="廊坊经济技术开发区"), dict(family="growth_rate", value=4.8, zone="廊坊经济技术开发区"),
          dict(family="growth_rate", value=7.2, zone=""), dict(family="growth_rate", value=6.9, zone="")],
         id="r3-s11-a-table-of-zones-by-year-measures-what-its-title-says-and-a-rank-column-is-none", only=True),
    Case("对新引进的全职博士、硕士，分别给予每人10万元、3万元的安家补贴；对本科毕业生每名每月给予1000元租房补贴。"
         "硕士岗位平均月薪在1.2万元至1.8万元之间，热门岗位开出年薪30万元以上。园区全年发放人才补贴1.2亿元，本年收入合计58,902.61万元。",
         [dict(family="other", value=100_000, unit="yuan_per_person"), dict(family="other", value=30_000, unit="yuan_per_person"),
          dict(family="other", value=1000, unit="yuan_per_person_month"),
          dict(family="other", value=12_000, unit="yuan_per_person_month", indicator="wage_monthly"),
          dict(family="other", value=18_000, unit="yuan_per_person_month"),
          dict(family="other", value=300_000, unit="yuan_per_person_year", indicator="wage_yearly"),
          dict(family="money", value=120_000_000), dict(family="money", value=589_026_100)],
         id="r3-s11-per-person-subsidies-and-wages-are-rates-not-amounts", only=True),
    Case("企业租用光谷产业园区厂房的，三年内给予最高300万元补贴。对租用新区标准厂房的企业，给予最高3000万元补贴。",
         [dict(value=3, unit="year", zone="光谷产业园区"), dict(value=3_000_000, zone="光谷产业园区"),
          dict(value=30_000_000, zone="光谷产业园区")],
         id="r3-s11-a-tenants-verb-is-no-part-of-a-zones-name", only=True),
    Case("建设银行湖南省分行将协助长沙经济技术开发区设立产业基金，五年内提供意向性融资500亿元。",
         [dict(value=5, unit="year", zone="长沙经济技术开发区"), dict(value=50_000_000_000, zone="长沙经济技术开发区")],
         id="r3-s11-a-banks-helping-verb-is-no-part-of-a-zones-name", only=True),
    Case("西安高新区某企业在北交所上市，发行价为每股12.80元，募资3.2亿元。本报全年定价：288.00元。转让商铺一间，售价96万元。",
         [dict(family="other", value=12.8, unit="yuan_per_share"), dict(family="money", value=320_000_000)],
         id="r3-s11-a-share-price-and-a-things-price-are-no-amounts", only=True),
    Case("> 编者按：本期摘编张江科学城、临港新片区一周动态。\n\n- 临港新片区管委会发布半年报：上半年规上工业总产值2156亿元。\n"
         "\n沧州临港经济技术开发区新增企业12家。",
         [dict(value=215_600_000_000, zone="中国（上海）自由贸易试验区临港新片区"), dict(value=12, zone="沧州临港经济技术开发区")],
         id="r3-s11-lingang-named-short-is-the-registered-area", only=True),
    Case("### （五）中国（上海）自由贸易试验区临港新片区\n\n- 新签约前沿产业项目 **58个**\n",
         [dict(value=58, zone="中国（上海）自由贸易试验区临港新片区")],
         id="r3-s11-lingang-named-short-and-in-full-is-one-zone", only=True),
    Case("> 编者按：本期摘编张江科学城一周动态。\n\n上半年科学城集成电路产业实现营业收入1068亿元，同比增长15.2%。",
         [dict(value=106_800_000_000, zone="张江科学城"), dict(value=15.2, zone="张江科学城")],
         id="r3-s11-a-digests-this-issue-is-no-part-of-a-zones-name", only=True),
    Case("到2027年，园区单位工业增加值碳排放强度较2023年下降40%以上，规上工业增加值较2023年下降4%。"
         "光伏制氢成本约为每公斤18元，对分布式光伏项目按照每瓦0.1元给予补贴，氢气售价35元/公斤。",
         [dict(family="pct_reduction", value=40, qualifier="min"), dict(family="growth_rate", value=-4),
          dict(family="other", value=18, unit="yuan_per_kg"), dict(family="other", value=0.1, unit="yuan_per_w"),
          dict(family="other", value=35, unit="yuan_per_kg")],
         id="r3-s11-an-intensity-cut-against-a-base-year-and-prices-per-kg-or-watt", only=True),
    Case("郑州航空港经济综合实验区基本盘\n▶ 河南省GDP 63589.99亿元（2024年），增长5.1%\n▶ 实验区进出口 4512.3亿元\n"
         "- 洛阳市GDP 5540亿元，增长 5.0%\n",
         [dict(value=6_358_999_000_000, zone=""), dict(value=5.1, zone=""),
          dict(value=451_230_000_000, zone="郑州航空港经济综合实验区"), dict(value=554_000_000_000, zone=""),
          dict(value=5.0, zone="")],
         id="r3-s11-a-province-or-city-opening-a-list-item-is-its-subject", only=True),
    Case("建设银行与长沙经开区签署战略合作协议\n2025-05-20　来源：建设银行湖南省分行办公室\n\n"
         "长沙经开区2024年实现规模工业总产值2860亿元，2024年同比增长6.8%。截至4月末，该行对长沙经开区企业的贷款余额达到318亿元。\n\n"
         "重庆高新区基金公示\n来源：重庆高新区财政局　｜　更新时间：2025-07-15\n\n截至6月底，基金累计投资项目215个。\n",
         [dict(value=286_000_000_000, period="2024"), dict(value=6.8, period="2024"),
          dict(value=31_800_000_000, period="2025-04"), dict(value=215, period="2025-06")],
         id="r3-s11-a-pages-date-before-its-source-or-after-an-update-label-is-its-year", only=True),
    Case("口岸进口整体通关时间压缩至35.6小时，出口通关时间压缩至1.2小时，货物通关时间由原来的2天缩短至4小时。",
         [dict(indicator="import_clearance_time", value=35.6, unit="hour"),
          dict(indicator="export_clearance_time", value=1.2, unit="hour"),
          dict(indicator="clearance_time", value=4, unit="hour", value_before=2, unit_before="day")],
         id="r3-s11-customs-clearance-times-are-indicators-of-their-own", only=True),
    Case("园区进出口总额512亿元，其中出口300亿元、进口212亿元；综保区实现进出口值142.6亿元。经开区规划面积36平方公里，"
         "建成区面积18平方公里。项目带动就业3000人，新引进各类人才1.2万人，货物吞吐量1.2亿吨。",
         [dict(indicator="trade_value", value=51_200_000_000), dict(indicator="export_value", value=30_000_000_000),
          dict(indicator="import_value", value=21_200_000_000), dict(indicator="trade_value", value=14_260_000_000),
          dict(indicator="planned_area", value=36_000_000), dict(indicator="built_up_area", value=18_000_000),
          dict(indicator="employment_new", value=3000, unit="person"), dict(indicator="talent_inflow", value=12_000, unit="person"),
          dict(indicator="cargo_throughput", value=120_000_000, unit="tonne")],
         id="r3-s11-exports-imports-planned-area-employment-talent-and-throughput-indicators", only=True),
    Case("港口集装箱吞吐量320万标准箱，洋山港完成集装箱吞吐量2500万标箱，每标准箱补贴1500元。",
         [dict(indicator="container_throughput", value=3_200_000, unit="container"),
          dict(indicator="container_throughput", value=25_000_000, unit="container"),
          dict(family="other", value=1500, unit="yuan_per_teu")],
         id="r3-s11-standard-containers-spelt-out-are-counted", only=True),
    Case("四、重点园区签约排名（1—6月累计）\n\n排名｜园区｜签约项目数（个）｜签约金额（亿元）\n1｜赣州经济技术开发区｜46｜326.4\n"
         "2｜赣州高新技术产业开发区｜38｜245.7\n3｜龙南经济技术开发区｜31｜188.9\n\n粉丝 128.6万 ｜ 关注 612 ｜ 转评赞 903.4万\n",
         [dict(value=46, zone="赣州经济技术开发区"), dict(value=32_640_000_000, zone="赣州经济技术开发区"),
          dict(value=38, zone="赣州高新技术产业开发区"), dict(value=24_570_000_000, zone="赣州高新技术产业开发区"),
          dict(value=31, zone="龙南经济技术开发区"), dict(value=18_890_000_000, zone="龙南经济技术开发区")],
         id="r3-s11-a-table-cut-by-full-width-bars", only=True),
    Case("四川经济广播《成德绵发展圆桌》节目文稿\n嘉宾:绵阳高新区党工委委员、管委会副主任 蒋文彬\n      德阳经开区管委会主任 吕涛\n主持人:陈曦\n\n"
         "主持人:先请蒋主任说说,现在是个什么规模?\n蒋文彬:好。我们是全国最早的那一批国家高新区之一。去年我们实现营业收入是一千八百个亿。\n\n"
         "主持人:吕主任,您给我们介绍一下?\n吕涛:好的。去年规上工业总产值是八百七十几亿,氢能产业链企业是二十来家。\n",
         [dict(value=180_000_000_000, zone="绵阳高新技术产业开发区"), dict(value=87_000_000_000, zone="德阳经济技术开发区"),
          dict(value=20, zone="德阳经济技术开发区")],
         id="r3-s11-a-guest-list-giving-the-office-before-the-name", only=True),
    Case("# 陕西卫视《秦岭对话》\n\n> 播出:2025年9月6日 周六 20:10|时长:48分钟\n> 嘉宾:杨凌示范区管委会副主任 任晓峰;宝鸡高新区管委会主任 田宏伟\n"
         "> 主持:赵琳\n\n**赵琳**:任主任,您先跟观众讲讲?\n**任晓峰**:去年,我们全区的生产总值是一百八十几个亿。\n\n"
         "**赵琳**:田主任,宝鸡高新区呢?\n**田宏伟**:我们钛产业企业有五百多家。\n\n**赵琳**:任主任,种业呢?\n**任晓峰**:种业企业是六十多家。\n",
         [dict(value=18_000_000_000, zone="杨凌农业高新技术产业示范区"), dict(value=500, zone="宝鸡高新技术产业开发区"),
          dict(value=60, zone="杨凌农业高新技术产业示范区")],
         id="r3-s11-two-guests-on-one-line-and-turns-in-bold", only=True),
    Case('<html><body><table class="layout"><tr><td class="col-l"><p>杭州高新区（滨江）全区规模以上工业增加值<span>1</span>'
         '<span>,</span><span>012</span>亿元&#65292;同比增长<span>8</span><span>.4</span>%&#65292;新增企业<b>1</b><b>,</b>'
         '<b>024</b>家。</p></td><td class="col-r"><p>热点新闻</p></td></tr></table></body></html>',
         [dict(value=101_200_000_000), dict(value=8.4), dict(value=1024)],
         id="r3-s11-a-number-split-over-spans-in-a-layout-tables-cell", only=True),
    Case('<html><body><table class="layout"><tr><td class="col-l"><h2>福州经济技术开发区上半年经济运行稳中有进</h2>'
         '<p>开放型经济稳中提质。上半年，全区实际利用外资1.82亿美元，同比增长9.4%。马尾综合保税区“保税+”业态持续丰富，上半年实现进出口额47.5亿元。</p>'
         '<p>创新主体量质齐升。全区新认定国家高新技术企业35家，累计达到612家，创新平台和研发投入持续增加。</p></td><td class="col-r"><p>热点</p></td></tr></table>'
         '<p>福州经济技术开发区管委会主办</p></body></html>',
         [dict(value=182_000_000, zone="福州经济技术开发区"), dict(value=9.4, zone="福州经济技术开发区"),
          dict(value=4_750_000_000, zone="马尾综合保税区"), dict(value=35, zone="福州经济技术开发区"),
          dict(value=612, zone="福州经济技术开发区")],
         id="r3-s11-paragraphs-of-prose-in-a-layout-tables-cell-stay-paragraphs", only=True),
    Case("石家庄高新区首批压缩时限事项清单\n\n序号\u3000事项名称\u3000\u3000\u3000\u3000法定时限\u3000\u3000\u3000\u3000承诺时限\u3000\u3000\u3000\u3000提速比例\n"
         "1\u3000\u3000建设工程规划许可证核发\u3000\u3000\u300020个工作日\u3000\u3000\u3000\u30003个工作日\u3000\u3000\u3000\u300085%\n"
         "2\u3000\u3000建筑工程施工许可证核发\u3000\u3000\u300015个工作日\u3000\u3000\u3000\u30002个工作日\u3000\u3000\u3000\u300086.7%\n"
         "3\u3000\u3000企业投资项目核准\u3000\u3000\u3000\u3000\u3000\u300020个工作日\u3000\u3000\u3000\u30005个工作日\u3000\u3000\u3000\u300075%\n\n"
         "开发区\u3000\u3000\u3000\u3000产值本月(亿元)\u3000产值累计(亿元)\u3000累计同比(%)\n"
         "嘉兴经开区\u3000７８．３６\u3000\u3000７５２．１８\u3000\u3000６．４\n平湖经开区\u3000９２．１５\u3000\u3000８７３．６４\u3000\u3000８．７\n"
         "海宁经开区\u3000７０．８２\u3000\u3000６８１．２５\u3000\u3000５．３\n",
         [dict(family="duration", value=3, value_before=20), dict(family="pct_reduction", value=85),
          dict(family="duration", value=2, value_before=15), dict(family="pct_reduction", value=86.7),
          dict(family="duration", value=5, value_before=20), dict(family="pct_reduction", value=75),
          dict(value=7_836_000_000, zone="嘉兴经济技术开发区"), dict(value=75_218_000_000, zone="嘉兴经济技术开发区"),
          dict(value=6.4, zone="嘉兴经济技术开发区"), dict(value=9_215_000_000), dict(value=87_364_000_000), dict(value=8.7),
          dict(value=7_082_000_000), dict(value=68_125_000_000), dict(value=5.3)],
         id="r3-s11-one-ideographic-space-between-a-tables-cells", only=True),
    Case("九江市招商引资工作周报\n2025年第27期\u3000\u3000九江市商务局（市投资促进局）\u3000\u30002025年7月8日\n\n"
         "三、重点园区上半年签约排名\n\n湖口高新区锂电铜箔项目计划2027年建成投产，九江经开区新材料项目2027年达产，"
         "共青城高新区电子项目2027年投用。九江经开区上半年新签约项目41个。\n",
         [dict(value=41, period="2025H1")],
         id="r3-s11-a-bulletins-head-line-ending-in-its-date-is-its-year", only=True),
    Case("湘乡经开区工业总产值增长12%。\n\n**全市背景。** 2024年湘乡市实现地区生产总值624.3亿元，同比增长5.6%。\n\n"
         "附：2024年黄石市规模以上工业增加值增长8.9%。\n\n（四）仙桃市全年地区生产总值1128.6亿元的相关统计信息由市统计局统一发布。\n\n"
         "大冶经开区将年度报表报送大冶经济开发区管委会，园区走访企业1300余家。",
         [dict(value=12, zone="湘乡经济技术开发区"), dict(value=62_430_000_000, zone=""), dict(value=5.6, zone=""),
          dict(value=8.9, zone=""), dict(value=112_860_000_000, zone=""), dict(value=1300, zone="大冶经济开发区")],
         id="r3-s11-a-citys-totals-after-bold-or-a-numbered-item-and-its-industry", only=True),
    Case("2024年国务院批复新设高新技术产业开发区2家。样本中经济技术开发区的平均外资规模为21.3亿美元。",
         [dict(value=213_000_000 * 10, zone="")],
         id="r3-s11-an-approvals-or-a-samples-words-are-no-zones-name", only=True),
    Case("请您给我们介绍一下南昌经济技术开发区上半年的情况。答：规上工业增加值增长百分之十一点几，营收一千八百个亿出头，"
         "出口增长百分之九点多，配套企业有三四十家。",
         [dict(value=11, qualifier="approx", zone="南昌经济技术开发区"), dict(value=180_000_000_000, qualifier="min"),
          dict(value=9, qualifier="approx")],
         id="r3-s11-spoken-odd-decimals-and-chutou", only=True),  # (三四十家, a vague range, stays no value)
    Case("湘湖国家旅游度假区全年接待游客1260万人次，旅游总收入168亿元。浙江横店影视产业实验区新增影视企业320家。"
         "周口国家农业高新技术产业示范区新增农业企业36家。",
         [dict(value=12_600_000, zone="湘湖国家旅游度假区"), dict(value=16_800_000_000, zone="湘湖国家旅游度假区"),
          dict(value=320, zone="横店影视产业实验区"), dict(value=36, zone="周口国家农业高新技术产业示范区")],
         id="r3-s11-tourist-resorts-film-zones-and-agricultural-high-tech-zones", only=True),
    Case("河套深港科技创新合作区新增科研机构12家。前海深港現代服務業合作區新增企業1036家。"
         "深圳前海综保区依托前海深港现代服务业合作区的政策叠加优势，前三季度服务企业28家。",
         [dict(value=12, zone="河套深港科技创新合作区"), dict(value=1036, zone="前海深港现代服务业合作区"),
          dict(value=28, zone="深圳前海综合保税区")],
         id="r3-s11-the-shenzhen-and-zhuhai-cooperation-zones-registered", only=True),
    Case("我受县人民政府委托，向本次会议报告纳雍经济开发区建设情况。贵州纳雍经济开发区实行“一区两园”管理，即城北产业园和乐治产业园。"
         "开发区规划面积18.5平方公里，其中城北产业园11.2平方公里。2024年，开发区入驻企业累计达到126家。",
         [dict(value=18_500_000, zone="纳雍经济开发区"), dict(value=11_200_000, zone="城北产业园"),
          dict(value=126, zone="纳雍经济开发区")],
         id="r3-s11-a-zones-own-word-after-its-parks-and-a-report-to-a-meeting", only=True),
    # Review 57 (of this session's later changes): each failed on the code it reviewed.
    Case('园区动态\n北京经开区\u3000１２个项目集中开工\u3000\u300007-08\n天津经开区\u3000８个项目签约落地\u3000\u300007-06\n苏州工业园区\u3000３家企业获评“灯塔工厂”\u3000\u300007-03\n',
         [dict(value=12, zone="北京经济技术开发区", indicator="projects_started"),
          dict(value=8, zone="天津经济技术开发区", indicator="projects_signed"), dict(value=3, zone="苏州工业园区", indicator="firms_other")],
         id="r3-review57-a-list-of-headlines-is-no-table"),  # (its dates, 07-08, are still read as days)
    Case('<table border=1>\n<tr><td><p class=MsoNormal>改革事项</p></td><td><p class=MsoNormal>改革内容</p></td><td><p class=MsoNormal>原办理时限</p></td><td><p class=MsoNormal>现办理时限</p></td></tr>\n<tr><td><p class=MsoNormal>施工许可</p></td><td><p class=MsoNormal>推行“拿地即开工”，对社会投资简易低风险项目实行告知承诺制，材料齐全的当场受理并出具审查意见。</p></td><td><p class=MsoNormal>20个工作日</p></td><td><p class=MsoNormal>5个工作日</p></td></tr>\n<tr><td><p class=MsoNormal>企业开办</p></td><td><p class=MsoNormal>推行“一窗通办”，营业执照、公章刻制、发票申领和社保登记一次提交，当日可办结全部手续。</p></td><td><p class=MsoNormal>3个工作日</p></td><td><p class=MsoNormal>0.5个工作日</p></td></tr>\n</table>\n<p>（上党经开区行政审批局供稿）</p>\n',
         [dict(family="duration", value=5, value_before=20, indicator="construction_permit_time"),
          dict(family="duration", value=0.5, value_before=3, indicator="business_startup_time")],
         id="r3-review57-a-word-tables-long-cell-stays-in-its-row", only=True),
    Case("园区从业人员25万人，较上年增加1.2万人，项目带动就业3000人。人才总量超过10万人，今年新引进各类人才3600余人。"
         "研发大楼总面积3.2万平方米，园区规划面积36平方公里。规上工业出口交货值1850亿元。",
         [dict(indicator="employment", value=250_000), dict(indicator="employment", value=12_000),
          dict(indicator="employment_new", value=3000),
          dict(indicator="talent_stock", value=100_000), dict(indicator="talent_inflow", value=3600),
          dict(value=32_000), dict(indicator="planned_area", value=36_000_000),
          dict(indicator="export_delivery_value", value=185_000_000_000)],
         id="r3-review57-stocks-and-flows-of-people-a-buildings-area-export-delivery", only=True),
    Case("近日，这批嘉兴经开区企业集中签约，共15家；一批南浔经开区重点项目同步开工，总投资42亿元。",
         [dict(value=15, zone="嘉兴经济技术开发区"), dict(value=4_200_000_000, zone="南浔经济技术开发区")],
         id="r3-review57-zhe-pi-before-a-zones-name", only=True),
    # Review 56 (of this session's changes): each failed on the code it reviewed.
    Case("苏州工业园区一季度外贸增长12%\n苏州工业园区一季度实现进出口总额1520亿元，增长12%。\n（记者 陈楠）\n"
         "30个重大项目集中开工\u3000成都高新区总投资达420亿元\n本次集中开工项目涉及电子信息等领域，全区当月完成固定资产投资55亿元。\n",
         [dict(value=152_000_000_000, zone="苏州工业园区"), dict(value=12, zone="苏州工业园区"),
          dict(value=30, zone="成都高新技术产业开发区"), dict(value=42_000_000_000, zone="成都高新技术产业开发区"),
          dict(value=5_500_000_000, zone="成都高新技术产业开发区")],
         id="r3-review56-a-headline-opening-with-a-figure-still-opens-a-story", only=True),
    Case("企业月工资总额约105亿元，重点企业全年薪酬总额达380亿元；园区职工月平均工资达7800元。"
         "每人每月发放生活补贴1000元，给予每人一次性就业补贴5000元，每人最高2000元的补贴。",
         [dict(family="money", value=10_500_000_000), dict(family="money", value=38_000_000_000),
          dict(family="other", value=7800, unit="yuan_per_person_month", indicator="wage_monthly"),
          dict(family="other", value=1000, unit="yuan_per_person_month"), dict(family="other", value=5000, unit="yuan_per_person"),
          dict(family="other", value=2000, unit="yuan_per_person")],
         id="r3-review56-wage-totals-are-money-and-more-ways-of-a-subsidy-per-head", only=True),
    Case("工业投资强度较2023年下降10%，碳排放强度较2020年下降18%；储能电池售价0.45元/瓦时。",
         [dict(family="growth_rate", value=-10), dict(family="pct_reduction", value=18),
          dict(family="other", value=0.45, unit="yuan_per_wh")],
         id="r3-review56-an-investment-intensity-fell-and-a-price-per-watt-hour", only=True),
    Case("2024年，南宁经济\n技术开发区实现地区生产总值412亿元。今年以来，全市上下扎实推进各项工作。苏州工业\n"
         "园区一季度实现进出口总额1520亿元。",
         [dict(value=41_200_000_000, zone="南宁经济技术开发区"), dict(value=152_000_000_000, zone="苏州工业园区")],
         id="r3-review56-a-line-break-inside-a-zones-type-word-at-any-width", only=True),
    Case("长沙经开区：上半年主要经济指标观察\n\n\u3000\u3000长沙经开区上半年新签约项目42个，长沙经开区新增企业120家。\n\n"
         "新型显示产业集群加速成势\n\n\u3000\u3000本报浏阳 7 月 2 9 日讯 上半年，园区新引进配套企业23家。"
         "浏阳经开区负责人表示，将继续做强产业链。\n",
         [dict(value=42, zone="长沙经济技术开发区"), dict(value=120, zone="长沙经济技术开发区"),
          dict(value=23, zone="浏阳经济技术开发区")],
         id="r3-review56-a-dateline-indented-with-full-width-spaces-opens-a-story", only=True),
    Case("表5\u3000重点开发区实际使用外资（万美元）\n| 开发区 | 2023年 | 2024年 | 全省排名 |\n|---|---|---|---|\n"
         "| 天津经济技术开发区 | 186000 | 201000 | 1 |\n",
         [dict(value=1_860_000_000, unit="usd", period="2023"), dict(value=2_010_000_000, unit="usd", period="2024")],
         id="r3-review56-a-tables-title-gives-its-unit-in-brackets", only=True),
    # Review 55 (of review 54's changes): each failed on the code it reviewed.
    Case("繁峙经开区新增项目12个。各县域开发区共签约项目318个；全年县域开发区营业收入增长9.6%。"
         "浙江省综改区新增企业12家；眼下综改区新签约项目20个。",
         [dict(value=12, zone="繁峙经济技术开发区"), dict(value=318, zone=""), dict(value=9.6, zone=""),
          dict(value=12, zone="浙江省综改区"), dict(value=20, zone="山西转型综合改革示范区")],
         id="r3-review55-county-zones-after-a-time-or-each-a-provinces-reform-zone-a-time-word", only=True),
    Case("<table><tr><th>开发区</th><th>新签约项目（个）</th><th>到位资金（亿元）</th></tr>"
         "<tr><td>太谷经济技术开发区</td><td>12</td><td rowspan=\"2\">35.6</td></tr>"
         "<tr><td>祁县经济开发区</td><td>7</td></tr></table>",
         [dict(value=12, zone="太谷经济技术开发区"), dict(value=3_560_000_000, zone="太谷经济技术开发区"),
          dict(value=7, zone="祁县经济开发区")],
         id="r3-review55-a-figure-over-two-rows-is-not-copied-down", only=True),
    # Review 54 (of review 53's changes): each failed on the code it reviewed.
    Case("审批时间压缩↓60%，税收收入下降▼4.5%；3000W单模光纤激光器、700W单块组件热销，订单2.3w单左右。",
         [dict(value=60, family="pct_reduction"), dict(value=-4.5, family="growth_rate"),
          dict(value=23_000, qualifier="approx")],
         id="r3-review54-a-cut-verbs-arrow-and-watts-before-dan-are-no-wan", only=True),
    # (审批时间下降↓60%, 能耗↓5.2% stay −60 and −5.2 growth: the arrow keeps the direction, the family is
    # wrong; unsigned they read as +5.2 growth or a share — see the README's known limits)
    Case("繁峙经开区积极探索县域开发区改革路径，新签约项目32个。入驻综改区的企业已达2860家，转型综改区上半年新签约项目72个。",
         [dict(value=32, zone="繁峙经济技术开发区"), dict(value=2860, zone="山西转型综合改革示范区"),
          dict(value=72, zone="山西转型综合改革示范区")],
         id="r3-review54-county-zones-as-an-object-and-verbs-before-a-shared-alias", only=True),
    # Review 53 (of review 52's changes): each failed on the code it reviewed.
    Case("2024年，东城区地区生产总值3856.2亿元；惠城区地区生产总值1180.6亿元。北京经开区新增企业50家。"
         "其中，西区外贸进出口总额1120亿元。从化区地区生产总值412.8亿元；于洪区地区生产总值652.3亿元。",
         [dict(value=385_620_000_000, zone=""), dict(value=118_060_000_000, zone=""), dict(value=50, zone="北京经济技术开发区"),
          dict(value=112_000_000_000, zone="北京经济技术开发区"), dict(value=41_280_000_000, zone=""),
          dict(value=65_230_000_000, zone="")],
         id="r3-review53-districts-ending-in-cheng-a-zones-parts-and-places-before-gdp", only=True),
    Case("沁源经开区：审批时限由30个工作日→压减为8个工作日；审批环节11个→合并为4个。税收收入下降▼4.5%，碳排放减少▼9%。"
         "园区年处理能力达5w吨，人才公寓1.2w套。",
         [dict(value=8, value_before=30), dict(value=4, value_before=11), dict(value=-4.5, family="growth_rate"),
          dict(value=9, family="pct_reduction"), dict(value=50_000, unit="tonne"), dict(value=12_000)],
         id="r3-review53-an-arrow-before-a-cut-verb-a-fall-and-tonnes-in-wan", only=True),
    Case("孝义经开区：轴承产业园二期等3个项目集中签约，总投资12.5亿元。近日，乌鲁木齐综改区引进项目26个；温州金融综改区新增地方金融组织12家。",
         [dict(value=3, zone="孝义经济技术开发区"), dict(value=1_250_000_000, zone="孝义经济技术开发区"),
          dict(value=26, zone="乌鲁木齐综改区"), dict(value=12, zone="温州金融综改区")],
         id="r3-review53-a-one-item-list-of-projects-and-other-places-reform-zones", only=True),
    # Review 52 (of the session's later rules): each failed on the code it reviewed.
    Case("银川经开区项目审批流程\n环节1\n受理\n环节2\n5个工作日内出具意见\n附件2\n12家重点企业名单\n",
         [dict(value=5, unit="working_day"), dict(value=12, unit="firm")],
         id="r3-review52-a-labels-number-at-a-lines-end-is-no-numbers-head", only=True),
    Case("介休经济技术开发区审批流程：申请受理1个工作日→技术审查3个工作日→发证1个工作日。"
         "和顺经济技术开发区能耗同比减少↓15%，审批时间压缩↓60%。",
         [dict(value=1, unit="working_day", value_before=None), dict(value=3, unit="working_day", value_before=None),
          dict(value=15, family="pct_reduction"), dict(value=60, family="pct_reduction")],
         id="r3-review52-a-process-arrow-and-an-arrow-after-a-cut", only=False),
    Case("天津经济技术开发区企业推出60W台灯、2000W台式电磁炉等新品；合肥高新区企业研发的100W单晶光伏组件热销。",
         [], id="r3-review52-watts-are-no-wan", only=True),
    Case("昆山综合保税区前身为昆山出口加工区。2024年，加工区完成进出口总额800亿元。杏林台商投资区加快转型，投资区实现地区生产总值300亿元。"
         "达州经开区坚持工业强区。2024年，达州市实现地区生产总值2500亿元；都江堰市实现地区生产总值500亿元；代县实现地区生产总值98亿元。",
         [dict(value=80_000_000_000, zone="昆山出口加工区"), dict(value=30_000_000_000, zone="杏林台商投资区"),
          dict(value=250_000_000_000, zone=""), dict(value=50_000_000_000, zone=""), dict(value=9_800_000_000, zone="")],
         id="r3-review52-a-zones-short-name-is-no-district-and-places-are-read-whole", only=True),
    Case("黄埔区（广州开发区）坚持制造业立区。2024年，黄埔区实现地区生产总值4300亿元。"
         "宝山区市场监管局与区税务局合署办公。2024年，宝山区实现地区生产总值1300亿元。",
         [dict(value=430_000_000_000, zone="广州经济技术开发区"), dict(value=130_000_000_000, zone="")],
         id="r3-review52-a-district-run-as-a-zone-and-two-offices-run-as-one", only=True),
    Case("中韩产业园二期已签约新能源、新材料等12个项目，总投资85亿元。贵阳生态软件园新增企业120家。"
         "咨询电话：0351-8825-1234\n12家企业已完成申报。",
         [dict(value=12, unit="project", zone="中韩产业园"), dict(value=8_500_000_000, zone="中韩产业园"),
          dict(value=120, unit="firm"), dict(value=12, unit="firm")],
         id="r3-review52-a-parks-phase-as-a-subject-a-generic-alias-a-three-part-phone", only=False),
    # Review 51 (of this session's first ten rules): each failed on the code it reviewed.
    Case("北京亦庄经开区新增高新技术企业150家；天津泰达经开区实际使用外资32亿美元；湖北东湖高新区新增企业1500家；"
         "上海漕河泾开发区今年新增企业320家。",
         [dict(value=150, zone="北京经济技术开发区"), dict(value=3_200_000_000, zone="天津经济技术开发区"),
          dict(value=1500, zone="武汉东湖新技术开发区"), dict(value=320, zone="上海漕河泾新兴技术开发区")],
         id="r3-review51-a-zones-own-city-before-its-registered-short-name", only=True),
    Case("瑞丽边境经济合作区外贸进出口120亿元，约占德宏州外贸进出口的52%，增速高于广州市GDP增速1.2个百分点，"
         "拉动钦州市外贸进出口增长6个百分点；其中，欧盟进出口52亿元。",
         [dict(value=12_000_000_000, zone="瑞丽边境经济合作区"), dict(value=52, zone="瑞丽边境经济合作区"),
          dict(value=1.2, zone="瑞丽边境经济合作区"), dict(value=6, zone="瑞丽边境经济合作区"),
          dict(value=5_200_000_000, zone="瑞丽边境经济合作区")],
         id="r3-review51-a-city-as-an-object-of-a-comparison-is-no-subject", only=True),
    Case("会议宣布成立新区，首期投资50亿元；会议通报表扬开发区企业12家。",
         [dict(value=5_000_000_000, zone=""), dict(value=12, zone="")],
         id="r3-review51-a-meetings-act-before-a-kind-names-no-zone", only=True),
    Case("指标      单位      苏州     昆山\n企业数量   家      1200     800\n【昆山开发区】\n营业收入   亿元    5600     3100\n"
         "利润总额   亿元    420      260\n",
         [],  # (5600, 苏州's, and 3100 were 昆山开发区's; a table of two rows and a header is too short to read)
         id="r3-review51-a-zones-name-between-rows-ends-the-table", only=True),
    Case("银川经开区今年新增企业300家。永宁县前三季度外贸进出口总额20亿元，增长8%。我区国家级经开区合计实现地区生产总值1200亿元。"
         "瑞丽国家重点开发开放试验区新增企业560家，瑞丽重点开发开放试验区固定资产投资增长11%。",
         [dict(value=300, zone="银川经济技术开发区"), dict(value=2_000_000_000, zone=""), dict(value=8, zone=""),
          dict(value=120_000_000_000, zone=""), dict(value=560, zone="瑞丽国家重点开发开放试验区"),
          dict(value=11, zone="瑞丽国家重点开发开放试验区")],
         id="r3-review51-a-countys-total-an-autonomous-regions-zones-one-name-for-one-zone", only=True),
    Case("咨询电话：0851-88251234\n12家企业已入驻贵阳经开区。贵阳经开区实现营收2345678\n万元。\n",
         [dict(value=12, unit="firm"), dict(value=23_456_780_000, unit="yuan")],
         id="r3-review51-a-phone-number-at-a-lines-end-is-no-numbers-head", only=True),
    # Tenth session: held-out sets 183-190.
    Case("瑞丽边境经济合作区今年实施9个口岸项目。德宏傣族景颇族自治州前三季度外贸进出口438.5亿元，增长12.7%；"
         "红河州外贸进出口增长9%，昆明市2025年地区生产总值增长5.1%。",
         [dict(value=9, unit="project", zone="瑞丽边境经济合作区"), dict(value=43_850_000_000, zone=""),
          dict(value=12.7, zone=""), dict(value=9, unit="pct", zone=""), dict(value=5.1, zone="")],
         id="r3-s10-a-prefecture-or-city-and-its-economy-wide-totals", only=True),
    Case("瑞丽边境经济合作区外贸进出口438.5亿元，占德宏州外贸进出口的52%；根据德宏州地区生产总值统一核算结果，"
         "合作区生产总值增长6%，园区企业对东盟进出口增长8%。",
         [dict(value=43_850_000_000, zone="瑞丽边境经济合作区"), dict(value=52, zone="瑞丽边境经济合作区"),
          dict(value=6, zone="瑞丽边境经济合作区"), dict(value=8, zone="瑞丽边境经济合作区")],
         id="r3-s10-a-denominator-a-source-and-asean-are-no-whole", only=True),
    Case("东兴国家重点开发开放试验区上半年进出口186.7亿元；宁波国家高新技术产业开发区新增企业12家。",
         [dict(value=18_670_000_000, zone="东兴国家重点开发开放试验区"),
          dict(value=12, zone="宁波高新技术产业开发区")],
         id="r3-s10-guojia-is-part-of-a-key-development-zones-name", only=True),
    Case("磨憨片区新签约项目27个。今年前三季度，西双版纳州实现外贸进出口总额468.2亿元，同比增长18.7%；其中，对老挝进出口212.4亿元。"
         "磨憨片区所在的勐腊（磨憨）重点开发开放试验区推行“一枚印章管审批”，企业开办实现1个工作日办结。",
         [dict(value=27, unit="project"), dict(value=46_820_000_000, zone=""), dict(value=18.7, zone=""),
          dict(value=21_240_000_000, zone=""), dict(value=1, unit="working_day", zone="磨憨重点开发开放试验区")],
         id="r3-s10-a-prefecture-achieves-its-total-and-the-zone-a-park-lies-in", only=True),
    Case("1月23日，前海管理局举行新闻发布会，通报前海深港现代服务业合作区（以下简称“前海合作区”）2024年经济运行情况。"
         "2024年，前海合作区实现地区生产总值2865.4亿元；会上还发布郑州经济技术开发区承诺时限，压缩至3个工作日。",
         [dict(value=286_540_000_000, zone="前海深港现代服务业合作区"),
          dict(value=3, unit="working_day", zone="郑州经济技术开发区")],
         id="r3-s10-a-reports-verb-is-no-part-of-the-zones-name", only=True),
    Case("汽车、化工新材料、电子信息是烟台经开区的三大主导产业。今年以来，园区围绕汽车产业链精准招商，引进配套项目14个，总投资达到2\n\n"
         "86亿元，本地配套率由两年前的3\n\n5%提升到52%。",
         [dict(value=14, unit="project"), dict(value=28_600_000_000, unit="yuan"),
          dict(value=52, value_before=35, unit="pct")],
         id="r3-s10-a-number-cut-twice-on-short-lines-goes-on-on-the-next", only=True),
    Case("今年前三季度，威海火炬高新区新签约项目108个；中山火炬高新区新增企业12家。上半年，火炬高新区实现营收增长9%。",
         [dict(value=108, zone="威海火炬高新技术产业开发区"), dict(value=12, zone="中山火炬高新技术产业开发区"),
          dict(value=9, zone="厦门火炬高技术产业开发区")],
         id="r3-s10-another-places-zone-of-a-registered-short-name", only=True),
    Case("合肥经济技术开发区2025年1-9月主要经济指标\n\n"
         "指标名称                      单位             9月    1-9月累计   同比增长(%)\n"
         "-----------------------------------------------------------------------------\n"
         "一、工业生产\n"
         "规模以上工业总产值            亿元          412.36      3586.42           9.8\n"
         "新开工亿元以上项目            个                 7           68             —\n"
         "【外资外贸】\n"
         "进出口总额                    亿元          118.64      1036.52          11.4\n"
         "实际使用外资                  万美元          4218        38652           8.7\n",
         [dict(value=41_236_000_000, unit="yuan"), dict(value=358_642_000_000, unit="yuan"), dict(value=9.8, unit="pct"),
          dict(value=7, unit="project"), dict(value=68, unit="project"),
          dict(value=11_864_000_000, unit="yuan"), dict(value=103_652_000_000, unit="yuan"), dict(value=11.4, unit="pct"),
          dict(value=42_180_000, unit="usd"), dict(value=386_520_000, unit="usd"), dict(value=8.7, unit="pct")],
         id="r3-s10-an-aligned-tables-section-lines-do-not-end-it", only=True),
    Case("重点签约项目（按园区排列）：\n\n【绵阳经开区】\n01 新型显示玻璃基板深加工项目，总投资45亿元\n02 其余5个项目合计总投资14亿元\n\n"
         "【游仙经开区】\n01 航空发动机零部件精密制造项目，总投资20.8亿元\n02 高性能复合材料项目，总投资16亿元\n\n"
         "据测算，签约项目全部投产后，可新增年产值约680亿元。\n",
         [dict(value=4_500_000_000, zone="绵阳经济技术开发区"), dict(value=5, unit="project", zone="绵阳经济技术开发区"),
          dict(value=1_400_000_000, zone="绵阳经济技术开发区"), dict(value=2_080_000_000, zone="游仙经济技术开发区"),
          dict(value=1_600_000_000, zone="游仙经济技术开发区"), dict(value=68_000_000_000, zone="")],
         id="r3-s10-every-item-of-a-list-under-a-bracketed-zone-heading", only=True),
    Case("九江经开区主任：我们今年推的是“园区事园区办”。市里下放给经开区的行政许可事项有一百四十七项，企业开办现在半天就能办完。",
         [dict(value=147, zone="九江经济技术开发区"), dict(value=0.5, unit="day", zone="九江经济技术开发区")],
         id="r3-s10-a-preposition-ends-no-places-name", only=True),
    Case("廊坊经开区新增企业12家。2023年，我省国家级经开区合计实现地区生产总值5860亿元，同比增长6.5%。"
         "京津冀地区国家级经开区合计实现地区生产总值1.36万亿元；东部地区高新区营收占比为62.7%，一些中西部园区研发投入强度已达到5%以上。"
         "高新区设立产业投资基金，累计投资区内企业54家。",
         [dict(value=12, zone="廊坊经济技术开发区"), dict(value=586_000_000_000, zone=""), dict(value=6.5, zone=""),
          dict(value=1_360_000_000_000, zone=""), dict(value=62.7, zone=""), dict(value=5, unit="pct", zone=""),
          dict(value=54, unit="firm", zone="廊坊经济技术开发区")],
         id="r3-s10-a-provinces-or-a-regions-zones-of-a-kind-are-no-one-zone", only=True),
    Case("洛阳高新区全年实施亿元以上项目96个。轴承产业园二期、新能源装备产业园等19个项目建成投用。全年招商引资签约项目63个、签约金额326亿元。",
         [dict(value=96, zone="洛阳高新技术产业开发区"), dict(value=19, zone="洛阳高新技术产业开发区"),
          dict(value=63, zone="洛阳高新技术产业开发区"), dict(value=32_600_000_000, zone="洛阳高新技术产业开发区")],
         id="r3-s10-a-parks-phase-in-a-list-of-projects-is-no-zone", only=True),
    Case("（本报记者 刘思琪 通讯员 王\n蕾） 一季度，烟\n台高新区科技型\n中小企业实现营\n业收入63.8亿元，\n同比增长约20%。\n"
         "区内现有国家高\n新技术企业4\n36家、省级以上\n研发平台1\n12个。\n\n天津经济技术开发区年鉴 2025\n2024年新增企业12家。\n",
         [dict(value=6_380_000_000), dict(value=20, unit="pct"), dict(value=436, unit="firm"), dict(value=112),
          dict(value=12, unit="firm")],
         id="r3-s10-a-narrow-columns-number-cut-after-a-word-goes-on", only=True),
    # Review 50 (of the figures a mu of land and the headline's verb): each failed on the code it reviewed.
    Case("投资强度达标项目用地挂牌价12万元/亩。亩均税收排名前十的企业，去年共缴纳税金3.6亿元。园区亩均税收由2020年的18万元提高到2024年的32万元。",
         [dict(value=120_000, unit="yuan_per_mu", indicator="land_price"), dict(value=360_000_000, unit="yuan"),
          dict(value=320_000, unit="yuan_per_mu", value_before=180_000)],
         id="r3-review50-a-land-price-an-amount-and-a-pair-a-mu", only=True),
    # Review 49 (wrong numbers and lost claims in review 48's changes): each failed on the code it reviewed.
    Case("三家企业分别获得技改奖补资金1000、300、8万元；补助5000—1亿元，给予10—5万元不等的奖励；三个园区产值分别为8500、9600、1.2万亿元。",
         [dict(value=10_000_000), dict(value=3_000_000), dict(value=80_000), dict(value=100_000_000, qualifier="max"),
          dict(value=50_000, qualifier="max"), dict(value=1_200_000_000_000), dict(value=3, unit="firm")],
         id="r3-review49-tiers-of-money-share-the-last-wan-and-unclear-scales-are-not-read", only=True),
    Case("临汾经济开发区实现“企业开办一日办结”，推行“一窗受理、3日办结”；外地客商点赞园区不动产登记“1小时办结”。"
         "到2027年，力争实现“30天拿证”。",
         [dict(value=1, unit="day"), dict(value=3, unit="day"), dict(value=1, unit="hour")],
         id="r3-review49-the-zones-quoted-promises-however-worded", only=True),
    Case("园区单位产量耗煤下降4.2%，每吨产品用电量下降5.2%，单位产品取水量同比下降10%。",
         [dict(value=4.2, family="pct_reduction"), dict(value=5.2, family="pct_reduction"),
          dict(value=10, family="pct_reduction")], id="r3-review49-uses-per-unit-of-output-are-cut", only=True),
    # Review 48 (wrong numbers only, in this session's changes): each failed on the code it reviewed.
    Case("太谷经济技术开发区从业人员分别为850、960、1.2万人，对三家企业分别奖励200、100、5万元，两个项目总投资分别为8000、1.2亿元，"
         "年产能分别为500、800、1.2万吨。",
         [dict(value=850, unit="person"), dict(value=960, unit="person"), dict(value=12_000, unit="person"),
          dict(value=3, unit="firm"), dict(value=2_000_000), dict(value=1_000_000), dict(value=50_000),
          dict(value=2, unit="project"), dict(value=120_000_000), dict(value=12_000, unit="tonne")],
         id="r3-review48-whole-items-before-a-last-figure-of-wan", only=True),
    Case("对入驻企业给予5000—1万元补助，新建厂房面积5000至1万平方米。",
         [dict(value=5000, qualifier="min"), dict(value=10_000, qualifier="max"),
          dict(value=5000, unit="m2", qualifier="min"), dict(value=10_000, unit="m2", qualifier="max")],
         id="r3-review48-a-ranges-low-end-stays-below-its-high-end", only=True),
    Case("晋中经开区企业开办实现“一日办结”，不动产登记“1小时办结”。工业项目尚未实现“30天拿证”，省政府要求“5个工作日办结”，"
         "不少地方已实现“1小时办结”。",
         [dict(value=1, unit="day"), dict(value=1, unit="hour")], id="r3-review48-quoted-promises-not-met-or-anothers", only=True),
    Case("介休经济技术开发区吨产品利润下降35%，单位产品销售收入下降12.4%，单位产品能耗下降4%。",
         [dict(value=-35, family="growth_rate"), dict(value=-12.4, family="growth_rate"),
          dict(value=4, family="pct_reduction")], id="r3-review48-per-unit-earnings-fall-per-unit-use-is-cut", only=True),
    # Review 47 (an adversarial read of review 46's changes): each failed on the code it reviewed.
    Case("张家港经济技术开发区工业总产值、营业收入、利税总额分别为2860、3120、15亿元；对项目给予1-200万元奖励。",
         [dict(value=286_000_000_000), dict(value=312_000_000_000), dict(value=1_500_000_000),
          dict(value=10_000, qualifier="min"), dict(value=2_000_000, qualifier="max")],
         id="r3-review47-items-of-any-size-share-the-last-multiplier", only=True),
    Case("今年1—6月，南京经济技术开发区、江宁经济技术开发区各新增企业62家、45家。对符合条件的项目，合肥经济技术开发区、"
         "合肥高新区各有关部门须在5个工作日内完成审查。",
         [dict(value=62, zone=""), dict(value=45, zone=""), dict(value=5, zone="")],
         id="r3-review47-each-with-a-figure-a-zone-or-each-department", only=True),
    Case("园区规上工业企业用工同比下降2.3%，受暖冬影响，居民气耗同比下降9.4%。",
         [dict(value=-2.3, family="growth_rate"), dict(value=-9.4, family="growth_rate")],
         id="r3-review47-total-use-that-fell-is-no-cut", only=True),
    Case("园区形成“2个工作日办结”标准，推动企业开办与银行开户“一日办结”。",
         [dict(value=2, unit="working_day"), dict(value=1, unit="day")],
         id="r3-review47-the-zones-own-quoted-promises", only=True),
    Case("安徽省开发区数字化转型新闻发布会\n\n发布人：\n安徽省经济和信息化厅副厅长 刘 磊\n合肥高新技术产业开发区管委会副主任 黄 鹏\n"
         "主持人：省政府新闻办副主任 章 敏\n\n【刘 磊】\n合肥高新区是我省数字经济的排头兵。\n\n近年来，我们大力推动园区数字化改造，"
         "带动企业上云1.2万家。\n\n【黄 鹏】\n今年以来，我们新增数字经济企业420家。",
         [dict(value=12_000, zone=""), dict(value=420, zone_prefix="合肥高新")],
         id="r3-review47-an-official-names-one-zone-then-parks-in-general", only=True),
    Case("江苏省开发区营商环境建设新闻发布会\n\n发布人：\n江苏省商务厅开发区处处长 王 刚\n无锡高新技术产业开发区管委会副主任 钱 明\n"
         "主持人：省政府新闻办副主任 张 华\n\n【王 刚】\n去年，我们推动开发区新设外资企业1860家。\n\n【钱 明】\n去年，我们企业开办时间压缩至0.5个工作日。",
         [dict(value=1860, zone=""), dict(value=0.5, zone_prefix="无锡")],
         id="r3-review47-a-provinces-office-for-zones-is-no-zone", only=True),
    Case("泰兴经济开发区2025年工作总结\n发布时间：2026-01-07 16:20　来源：经开区党政办　浏览次数：842　字号：【大 中 小】\n\n"
         "今年以来，经开区全年新签约亿元以上项目46个。",
         [dict(value=46, period="2025")], id="r3-review47-a-reports-title-year-beats-its-pages-date", only=True),
    # Review 46 (an adversarial read of this session's changes): each failed on the code it reviewed.
    Case("2022年、2023年、2024年园区企业从业人员分别为8600、9400、1.05万人；一期、二期规划面积分别为8600、1.2万亩。",
         [dict(value=8600, unit="person"), dict(value=9400, unit="person"), dict(value=10_500, unit="person"),
          dict(value=8600 * MU, unit="m2"), dict(value=12_000 * MU, unit="m2")],
         id="r3-review46-a-multiplier-the-last-figure-keeps-to-itself", only=True),
    Case("天府新区企业开办、不动产登记办理时限分别压缩至 2 、 5 、 1 0 个工作日，其他事项办理时限为 3 至 1 5 个工作日。",
         [dict(value=2), dict(value=5), dict(value=10), dict(value=3, qualifier="min"), dict(value=15, qualifier="max")],
         id="r3-review46-a-spaced-last-figures-digits-are-one-number", only=True),
    Case("合肥高新区单位产量水耗下降9.6%，吨产量电耗下降10.2%，单位产量用工减少30%。",
         [dict(value=9.6, family="pct_reduction"), dict(value=10.2, family="pct_reduction"),
          dict(value=30, family="pct_reduction")], id="r3-review46-use-per-unit-of-output-is-cut", only=True),
    Case("沁水经济技术开发区道路工程招标公告\n承包人须按投标承诺在12个月内完成全部工程。", [],
         id="r3-review46-a-contractor-bound-by-its-bids-promise"),
    Case("赣江新区干部赴浙江学习“一日办结”经验。按照国家“30个工作日办结”的要求，湘江新区将审批压缩至15个工作日。",
         [dict(value=15, unit="working_day")], id="r3-review46-anothers-quoted-promise", only=True),
    Case("成都高新区2025年上半年经济运行情况新闻发布会\n\n发布人：\n高新区管委会副主任 王 强\n高新区经济运行局局长 李 娜\n"
         "主持人：高新区党群工作部副部长 陈 曦\n\n【王 强】\n上半年，全区实现地区生产总值1862.3亿元，同比增长7.6%。\n\n"
         "【李 娜】\n新增规上工业企业46家，实际到位内资126.5亿元。",
         [dict(value=v, zone_prefix="成都高新") for v in (186_230_000_000, 7.6, 46, 12_650_000_000)],
         id="r3-review46-a-zones-own-officers-unnamed-zone", only=True),
    Case("浙江省开发区改革发展新闻发布会\n\n发布人：\n浙江省商务厅副厅长 王建锋\n嘉兴经济技术开发区管委会副主任 沈 华\n"
         "主持人：省政府新闻办副主任 沈立明\n\n浙江日报记者问：嘉兴经开区在招引外资方面有哪些成效？\n"
         "沈华答：今年1—6月，我们新引进外资项目38个，实际使用外资4.6亿美元，同比增长21.3%。",
         [dict(value=38, zone_prefix="嘉兴"), dict(value=460_000_000, zone_prefix="嘉兴"), dict(value=21.3, zone_prefix="嘉兴")],
         id="r3-review46-an-answer-under-its-speakers-name", only=True),
    # Review 44 (an adversarial read of review 43's changes): each failed on the code it reviewed.
    Case("晋中经济技术开发区工业项目从拿地到开工时间压缩至 1 2 . 5 天，企业开办时间压缩到\n0 . 5 个工作日，一般项目审批用时\n1 8 . 5 个小时。",
         [dict(value=12.5, unit="day"), dict(value=0.5, unit="working_day"), dict(value=18.5, unit="hour")],
         id="r3-review44-spaced-times-at-a-wrapped-lines-start", only=True),
    Case("繁峙经济技术开发区今年招商引资成效明显。目前该区5家企业在毗邻太原的晋中智创产业园设立研发中心，总投资8亿元。",
         [dict(value=5, zone_prefix="繁峙"), dict(value=800_000_000, zone_prefix="繁峙")], id="r3-review44-a-referred-zone-after-a-time-word", only=True),
    Case("孝义经济开发区行政审批局与竞得人于摘牌当日签订投资监管协议，承诺3个工作日内完成施工许可审批。",
         [dict(value=3, unit="working_day", zone_prefix="孝义")], id="r3-review44-a-bureau-and-a-bidder-on-a-day", only=True),
    Case("截至2024年底，全国共有国家级经开区232家，经开区地区生产总值同比增长6.1%，排名前30位的经开区中东部地区占21席。太谷经济技术开发区地区生产总值增长9%。\n\n"
         "商务部数据显示，全国现有国家级经开区232家，经开区实际使用外资同比增长5.2%，位居各类开发区首位。",
         [dict(value=6.1, zone=""), dict(value=9, zone_prefix="太谷"), dict(value=5.2, zone="")],
         id="r3-review44-ranks-that-rank-no-one-zone", only=True),
    Case("介休经济技术开发区人才引进奖补标准：1 . 2 0 0 万元给予首次认定的高新技术企业；2 . 1 0 0 %返还新入驻企业首年租金。\n\n"
         "晋城经济技术开发区招标公告\n承包人应在接到监理人开工通知后7日内进场施工。\n\n"
         "西安高新区半导体产业逆势上扬。全球消费电子需求疲软，但企业普遍面临库存压力，行业平均毛利率下降至12%。",
         [dict(value=12, zone="")], id="r3-review44-a-list-a-contractors-duty-and-an-industrys-firms", only=True),
    # Review 43 (an adversarial read of review 42's changes): each failed on the code it reviewed.
    Case("常州高新区国有建设用地挂牌出让须知\n出让人与竞得人于挂牌成交之日起10个工作日内签订《国有建设用地使用权出让合同》。\n\n"
         "平遥经济技术开发区管委会主动与竞得人需求对接，承诺在3个工作日内完成施工许可审批。",
         [dict(value=3, unit="working_day", zone_prefix="平遥")], id="r3-review43-two-parties-from-a-day-and-a-needs-dock", only=True),
    Case("会上通报，截至2024年底，全国现有国家级经开区232家，经开区进出口总额同比增长3.1%。晋城经济技术开发区进出口增长9%。",
         [dict(value=3.1, zone=""), dict(value=9, zone_prefix="晋城")], id="r3-review43-all-zones-there-are", only=True),
    Case("西安高新区光伏产业逆势增长。全球光伏组件价格下跌30%，但企业出货量逆势增长45%。\n\n"
         "苏州工业园区纳米产业加速集聚。去年，全球首条柔性显示量产线在园区投产，带动配套企业新增32家。",
         [dict(value=30, zone=""), dict(value=45, zone_prefix="西安高新"), dict(value=32, zone_prefix="苏州工业")],
         id="r3-review43-the-zones-firms-against-the-world-and-a-worlds-first", only=True),
    Case("得益于健全市场化运营机制，山西某新材料公司在毗邻太原的晋中智创产业园投资建设生产基地，项目总投资3.5亿元。\n\n"
         "太谷经济技术开发区积极承接省会产业转移；在毗邻太原的晋中智创产业园，新落地项目15个。",
         [dict(value=350_000_000, zone="晋中智创产业园"), dict(value=15, zone="晋中智创产业园")],
         id="r3-review43-a-place-near-a-city-opening-its-clause", only=True),
    Case("晋城经济技术开发区重点项目建设情况\n项目总承包人承诺主体工程10个月内完工。\n1 . 2 亩均效益评价\n3 . 2 小时达服务\n"
         "建设周期：1 0 . 5 个月\n竞得人须在成交之日起10个工作日内签订出让合同，首期缴纳比例仅为30%。",
         [dict(value=10, unit="month", zone_prefix="晋城"), dict(value=10.5, unit="month", zone_prefix="晋城")],
         id="r3-review43-a-contractors-schedule-headings-and-a-share", only=True),
    # Review 42 (an adversarial read of review 41's changes): each failed on the code it reviewed.
    Case("朔州经济开发区2024年经济运行情况\n规上工业增加值增速：1 1 . 2 5 %\n固定资产投资：4 5 . 6 8 亿元\n\n"
         "繁峙经济技术开发区深化改革，企业开办时间：0 . 5 个工作日，工业项目审批时限：1 2 . 5 个工作日。",
         [dict(value=11.25), dict(value=4_568_000_000), dict(value=0.5, unit="working_day"), dict(value=12.5, unit="working_day")],
         id="r3-review42-spaced-decimals-after-a-labels-colon"),
    Case("建设单位和中标人应当自中标通知书发出之日起30日内订立书面合同。参与竞买人须在挂牌截止前3个工作日内提交申请。",
         [], id="r3-review42-other-first-parties-and-a-word-holding-yu", only=True),
    Case("繁峙经济技术开发区今年招商引资成效明显。该区5家企业在毗邻太原的晋中智创产业园设立研发中心，总投资8亿元。",
         [dict(value=5, zone_prefix="繁峙"), dict(value=800_000_000, zone_prefix="繁峙")], id="r3-review42-the-zones-firms-in-a-park-near-a-city", only=True),
    Case("屯留经济技术开发区半导体产业加快集聚。受国际市场影响，全球半导体销售额下降8.2%，企业资本开支平均减少15%。",
         [dict(value=-8.2, zone=""), dict(value=15, zone="")], id="r3-review42-the-industrys-firms-after-a-global-figure", only=True),
    Case("2024年，繁峙经济技术开发区新签约项目12个。\n上述项目中，与中标人签订施工合同的有8个，中标人须在合同签订后15日内进场施工。",
         [dict(value=12, zone_prefix="繁峙")], id="r3-review42-a-bidder-after-one-as-an-object", only=True),
    # Review 41 (an adversarial read of review 40's changes): each failed on the code it reviewed.
    Case("在毗邻太原的晋中智创产业园，一批新项目正加紧建设，今年以来新签约项目45个。", [dict(value=45, zone="晋中智创产业园")],
         id="r3-review41-in-the-park-near-a-city", only=True),
    Case("繁峙经济技术开发区行政审批局主动与竞得人对接，承诺在3个工作日内完成施工许可审批。\n\n"
         "繁峙经济技术开发区为竞得人和中标人提供帮办代办服务，承诺3个工作日内完成竣工验收。",
         [dict(value=3, zone_prefix="繁峙"), dict(value=3, zone_prefix="繁峙")], id="r3-review41-bidders-as-objects-of-a-bureau", only=True),
    Case("上党新材料项目\n3 2 6 . 5 亩\n平均审批用时\n1 2 0 . 5 小时\n规上工业增加值增速\n1 2 . 6 %\n",
         [dict(value=217_667.55, unit="m2"), dict(value=120.5, unit="hour"), dict(value=12.6)], id="r3-review41-spaced-decimals-at-a-lines-start"),
    Case("…奖补政策\n1 . 2 0 0 万元 给予首次认定的高新技术企业\n2 . 1 0 0 % 返还新入驻企业首年租金\n\n"
         "介休经济技术开发区“三个一”服务机制：1 . 3 个专班驻企服务；2 . 5 家银行派驻金融专员。",
         [], id="r3-review41-numbered-items-with-spaced-digits", only=True),
    Case("全国近230家国家级经开区实现地区生产总值15.6万亿元，经开区实际使用外资占全国比重达21.6%。太谷经济技术开发区进出口增长9%。",
         [dict(value=15_600_000_000_000, zone=""), dict(value=21.6, zone=""), dict(value=9, zone_prefix="太谷")],
         id="r3-review41-all-zones-counted-in-other-words", only=True),
    Case("太谷经济技术开发区龙头企业山西美锦氢能持续发力。全球氢燃料电池汽车销量同比下降21.7%，公司产品销量逆势增长35%。",
         [dict(value=-21.7, zone=""), dict(value=35, zone_prefix="太谷")], id="r3-review41-the-firms-clause-after-the-worlds", only=True),
    Case("太谷经济技术开发区推行标准地出让。该地块竞得人承诺拿地即开工，项目实际工期仅10个月。",
         [dict(value=10, unit="month", zone_prefix="太谷")], id="r3-review41-an-actual-construction-period", only=True),
    # Review 40 (an adversarial read of review 39's fixes): each failed on the code it reviewed.
    Case("长治高新区：2024年全国178家国家高新区实现营业收入58万亿元，园区营业收入首次突破千亿元，达到1036亿元。\n\n"
         "繁峙经济技术开发区持续优化营商环境。全国各地客商纷纷到园区考察洽谈，园区今年新签约项目35个。",
         [dict(value=58_000_000_000_000, zone=""), dict(value=100_000_000_000, zone_prefix="长治"),
          dict(value=103_600_000_000, zone_prefix="长治"), dict(value=35, zone_prefix="繁峙")],
         id="r3-review40-a-park-after-all-zones-is-the-texts", only=True),
    Case("平遥经济技术开发区严格落实招标投标制度。按照规定，招标人和中标人应当自中标通知书发出之日起30日内订立书面合同。",
         [], id="r3-review40-two-parties-share-a-duty", only=True),
    Case("晋城经济技术开发区2023年主要指标\n规上工业总产值\n1 2 . 5 亿元\n规上工业增加值增速\n2 0 . 3 %\n\n"
         "高平经济技术开发区每万人口高价值发明专利拥有量达 3 2 . 5 件，平均每家规上企业拥有研发人员 1 2 . 6 人。",
         [dict(value=1_250_000_000), dict(value=20.3), dict(value=32.5), dict(value=12.6)],
         id="r3-review40-spaced-decimals-of-money-and-averages"),
    Case("区内企业产品远销欧美。全球经济复苏乏力，上半年全球贸易额下降3.5%，而晋中开发区进出口总额增长12.6%。",
         [dict(value=3.5, zone=""), dict(value=12.6, zone_prefix="晋中")], id="r3-review40-a-zones-firms-before-a-global-figure", only=True),
    Case("园区龙头企业隆基绿能，今年前5个月全球组件出货量同比增长35%。西安经济技术开发区上半年规上工业产值增长12.4%。",
         [dict(value=35, zone_prefix="西安经济"), dict(value=12.4, zone_prefix="西安经济")],
         id="r3-review39-a-zones-firms-global-shipments", only=True),
    Case("宁东能源化工基地和银川经济技术开发区联合举办招商推介会。过去宁东基地审批一个项目需要60个工作日，现在只需15个工作日。",
         [dict(value=15, value_before=60, zone="宁东能源化工基地")], id="r3-review39-a-base-in-the-past", only=True),
    Case("作为全省营商环境标杆，这里每年吸引上百批次外地干部参观学习。走进蚌埠高新区，政务服务大厅人头攒动，企业开办时间已压缩至0.5个工作日。",
         [dict(value=0.5, zone_prefix="蚌埠")], id="r3-review39-others-study-trips", only=True),
    Case("天津经济技术开发区与我区签订战略合作协议，双方联合招商落地项目4个。", [dict(value=4, zone="")],
         id="r3-review39-a-partner-signs-an-agreement", only=True),
    Case("某某项目位于临近太原南站的晋中智创产业园，总投资10.5亿元。", [dict(value=1_050_000_000, zone="晋中智创产业园")],
         id="r3-review39-located-in-the-park-near-a-station", only=True),
    Case("该地块竞得人须在签订出让合同后6个月内开工，在各部门协同服务下，企业从摘牌到开工仅45天。",
         [dict(value=45, unit="day")], id="r3-review39-only-45-days-is-a-time-taken", only=True),
    Case("一、主要指标\n1 0 . 3 个专班推进重点项目\n1 2 . 5 家企业获评专精特新\n高新区管委会与中标服务商签订协议，承诺项目审批时限压缩至5个工作日。",
         [dict(value=5, unit="working_day")], id="r3-review39-numbering-and-a-bidder-as-an-object", only=True),
    Case("中卫工业园区主动对接宁东能源化工基地，承接煤化工下游项目，今年签约项目15个。平罗工业园区加快融入宁东能源化工基地产业链，今年新增规上企业8家。",
         [dict(value=15, zone="中卫工业园区"), dict(value=8, zone="平罗工业园区")], id="r3-review39-linking-up-with-a-base", only=True),
    # Review 38 (an adversarial read of the rules since review 37): each failed on the code it reviewed.
    Case("今年以来，银川经济技术开发区依托宁东能源化工基地原料优势，延链补链。3月，经开区组织企业赴宁东基地考察学习，全年新签约项目45个。",
         [dict(value=45, zone="银川经济技术开发区")], id="r3-review38-a-base-visited-by-its-short-name", only=True),
    Case("2025年第一季度全球新能源汽车销量同比增长35%。同期，长春汽车经济技术开发区整车产量增长12%。\n\n"
         "去年同期全球半导体销售额下降8.2%。\n\n据行业协会统计，2024年度全球锂电池出货量增长28%。\n\n今年前5个月全球光伏组件出货量增长18%。",
         [dict(value=35, zone=""), dict(value=12, zone_prefix="长春汽车"), dict(value=-8.2, zone=""), dict(value=28, zone=""),
          dict(value=18, zone="")], id="r3-review38-global-figures-after-other-times", only=True),
    Case("临汾经济开发区持续深化改革。全国开发区平均审批时限为35个工作日，园区已压缩至10个工作日。",
         [dict(value=35, zone=""), dict(value=10, zone_prefix="临汾")], id="r3-review38-a-park-after-all-zones", only=True),
    Case("全国首创“标准地+承诺制”，高新区企业投资项目开工前审批时间压缩至15个工作日。这是厦门火炬高技术产业开发区的一项成果。",
         [dict(value=15, zone_prefix="厦门火炬")], id="r3-review38-the-nations-first", only=True),
    Case("6月12日，记者前往湘潭经济技术开发区采访。走进湘潭经济技术开发区，厂房拔地而起。1—5月，经开区新增市场主体1260户。",
         [dict(value=1260, zone_prefix="湘潭")], id="r3-review38-a-reporters-trip", only=True),
    Case("5月中旬，县委书记带队到江苏参观学习。走进昆山经济技术开发区，考察团详细了解了改革做法。回来后，我县经开区将项目审批时间压缩至20个工作日。",
         [dict(value=20, zone="")], id="r3-review38-a-study-visit", only=True),
    Case("太谷经济技术开发区挂牌出让公告。竞得人须在签订出让合同后6个月内开工，从开工到竣工不得超过24个月。\n\n"
         "招标公告：平鲁经济技术开发区污水管网工程。中标人须按期完工，从进场到完工工期为180天。",
         [], id="r3-review38-from-to-under-a-duty", only=True),
    Case("祁县经济开发区与我县各乡镇合作共建“飞地”园区，2024年实现营业收入126亿元。\n\n"
         "榆社经济技术开发区主动对接临近太原的晋中智创产业园，今年共建项目5个。\n\n２０２４年，晋城经济技术开发区实现营业收入\n1 4 6 8 . 3 亿元。",
         [dict(value=12_600_000_000, zone_prefix="祁县"), dict(value=5, zone_prefix="榆社"),
          dict(value=146_830_000_000, zone_prefix="晋城")], id="r3-review38-our-townships-a-park-near-and-a-wrapped-figure", only=True),
    Case("平遥经济技术开发区规定，项目审批时间不得超过24个工作日，投资强度不得低于300万元。",
         [dict(value=24, qualifier="max"), dict(value=3_000_000, qualifier="min")],
         id="r3-review38-must-not-exceed-is-a-maximum", only=True),
    # Review 37 (an adversarial read of the rules since review 36): each failed on the code it reviewed.
    Case("太谷经济技术开发区近三年招商引资情况\n时间\n签约项目（个）\n投资额（亿元）\n2022年\n18\n56.3\n2023年\n24\n78.5\n",
         [dict(value=18, period="2022"), dict(value=5_630_000_000, period="2022"), dict(value=24, period="2023"),
          dict(value=7_850_000_000, period="2023")], id="r3-review37-a-time-column-over-years"),
    Case("<table><tr><td rowspan=\"2\">开发区</td><td colspan=\"2\">千万元以上项目</td></tr><tr><td>个数</td><td>投资额（亿元）</td></tr>"
         "<tr><td>繁峙经开区</td><td>12</td><td>35.6</td></tr><tr><td>灵石经开区</td><td>9</td><td>21.4</td></tr></table>",
         [dict(value=12, zone_prefix="繁峙"), dict(value=3_560_000_000, zone_prefix="繁峙"), dict(value=9, zone_prefix="灵石"),
          dict(value=2_140_000_000, zone_prefix="灵石")], id="r3-review37-a-unit-word-in-a-td-header", only=True),
    Case("天津经济技术开发区今年新增外资企业56家。今年以来全球500强企业新增投资项目5个。\n\n"
         "孝义经济技术开发区重点企业一季度全球订单量增长30%。\n\n"
         "商务部数据显示，2023年全国国家级经开区实现地区生产总值15.6万亿元，开发区进出口总额占全国的20%。",
         [dict(value=56, zone_prefix="天津"), dict(value=5, zone_prefix="天津"), dict(value=30, zone_prefix="孝义"),
          dict(value=15_600_000_000_000, zone=""), dict(value=20, zone="")],
         id="r3-review37-global-firms-a-zones-orders-and-all-zones", only=True),
    Case("为深入学习贯彻全会精神，本报推出“走基层”系列报道。\n走进洋浦经济开发区，塔吊林立。今年以来，开发区新签约项目36个。",
         [dict(value=36, zone="洋浦经济开发区")], id="r3-review37-studying-a-plenum-is-no-trip", only=True),
    Case("上党经济技术开发区一宗工业用地成功出让，竞得人须当场签订成交确认书，园区推行“拿地即开工”，从摘牌到开工仅用时3天。",
         [dict(value=3, unit="day", zone_prefix="上党")], id="r3-review37-a-time-measured-after-a-duty", only=True),
    Case("天津经济技术开发区与我区建立结对共建关系以来，双方联合招商落地项目4个。苏州工业园区与我县开展对口协作，今年共引进项目6个。",
         [dict(value=4, zone=""), dict(value=6, zone="")], id="r3-review37-a-partner-with-a-verb-between", only=True),
    Case("二、主要成效\n1 . 3 个专班推进重点项目\n2 . 5 名干部下沉一线\n朔州经济开发区今年新签约项目26个。",
         [dict(value=26, zone_prefix="朔州")], id="r3-review37-spaced-numbering-is-no-decimal", only=True),
    Case("太谷经济技术开发区今年承接京津产业转移成效明显。\n\n| 项目名称 | 转出地 | 总投资（亿元） |\n|---|---|---|\n"
         "| 年产10万吨新材料项目 | 北京经开区 | 12.5 |\n",
         [dict(value=1_250_000_000, zone_prefix="太谷")], id="r3-review37-an-origin-table-under-the-first-paragraph", only=True),
    Case("临近高速出口的晋中智创产业园今年引进企业28家。", [dict(value=28, zone="晋中智创产业园")],
         id="r3-review37-near-something-else-the-park-is-the-subject", only=True),
    # Held-out 155 (first seen this session): a month in a table's cell is no amount.
    Case("表:2025年上半年部分开发区平台发债情况(单位:亿元、%)\n\n| 发行人 | 所属园区 | 发行月份 | 规模 |\n|---|---|---|---|\n"
         "| 苏州工业园区国有资本投资运营控股有限公司 | 苏州工业园区 | 2025-06 | 15.00 |\n"
         "| 成都高新投资集团有限公司 | 成都高新技术产业开发区 | 2025-05 | 10.00 |\n\n| 开发区 | 营业收入 |\n|---|---|\n| 赣州经开区 | 2015.3 |\n",
         [dict(value=1_500_000_000, zone_prefix="苏州工业"), dict(value=1_000_000_000, zone_prefix="成都高新"),
          dict(value=201_530_000_000, zone_prefix="赣州")], id="r3-s155-a-month-in-a-cell-is-no-amount", only=True),
    # Held-out 157 (first seen this session): a base's short name.
    Case("宁东能源化工基地与银川经济技术开发区协同发展。银川经济技术开发区今年新签约项目12个，宁东基地去年工业总产值达2136.8亿元。",
         [dict(value=12, zone="银川经济技术开发区"), dict(value=213_680_000_000, zone="宁东能源化工基地")],
         id="r3-s157-a-bases-short-name", only=True),
    # Review 36 (an adversarial read of the rules since review 35): each failed on the code it reviewed.
    Case("近日，常州国家高新技术产业开发区挂牌出让一宗工业用地。按照出让公告，竞得人须6个月内开工建设，24个月内竣工投产。\n\n"
         "芜湖经开区挂牌出让公告：竞得人需3个工作日内签订成交确认书，10个工作日内签订出让合同。\n\n"
         "江阴高新区一宗工业用地挂牌出让。作为受让人，企业须在签订合同后6个月内开工，18个月内竣工。\n\n"
         "宁乡经济技术开发区一宗工业用地日前成功出让。受让人取得土地后，按照出让合同约定须在6个月内开工建设。\n\n"
         "溧阳经济开发区一宗工业用地日前挂牌。竞得人应按约定开发建设，土地交付后开工期限为6个月，竣工期限为24个月。\n\n"
         "南宁经济技术开发区标准厂房项目招标结果公示。中标人应于中标通知书发出之日起30日内签订合同，工期为360日历天。",
         [], id="r3-review36-a-bidders-terms-in-later-clauses", only=True),
    Case("太仓港经济技术开发区地处长江口，临近上海宝山工业园区，今年新引进项目28个。\n\n"
         "据国际能源署数据，2023年全球新能源汽车销量增长35%。合肥经济技术开发区新能源汽车产量增长52.6%。\n\n"
         "潍坊日报讯 今年以来，潍坊高新区与我市税务部门联动，新办企业增长21.3%。",
         [dict(value=28, zone_prefix="太仓港"), dict(value=35, zone=""), dict(value=52.6, zone_prefix="合肥"),
          dict(value=21.3, zone_prefix="潍坊")], id="r3-review36-near-a-zone-a-world-figure-a-citys-department", only=True),
    Case("昌吉高新技术产业开发区今年以来深化改革。准东经济技术开发区同期新增企业46家。今年以来，高新区辖区内新增市场主体1280户。\n\n"
         "山西转型综合改革示范区成立以来持续深化改革。太原武宿综合保税区今年进出口额增长12.6%。"
         "示范区有关负责人介绍，今年以来示范区新增市场主体1.8万户。\n\n"
         "西咸新区今年一季度新增市场主体1.2万户。西安高新区同期新引进项目31个。今年1—5月，新区新增市场主体2.3万户。",
         [dict(value=46, zone_prefix="准东"), dict(value=1280, zone_prefix="昌吉"), dict(value=12.6, zone_prefix="太原武宿"),
          dict(value=18_000, zone="山西转型综合改革示范区"), dict(value=12_000, zone="陕西西咸新区"), dict(value=31, zone_prefix="西安高新"),
          dict(value=23_000, zone="陕西西咸新区")], id="r3-review36-bare-types-as-subjects", only=True),
    Case("为学习先进经验，我区组织招商干部赴江苏考察。走进昆山经济技术开发区，大家深切感受到差距。今年以来，我区新签约项目28个。",
         [dict(value=28, zone="")], id="r3-review36-a-study-visit", only=True),
    Case("今年，昆山经济技术开发区新增贸易商品类目1200余个，引进品牌经销商36家。",
         [dict(value=36, family="firm_count", zone_prefix="昆山")], id="r3-review36-a-traders-goods", only=True),
    Case("2023年各开发区主要指标\n开发区\nGDP\n增长（%）\nFDI\n增长（%）\n南宁经济技术开发区\n356.2\n6.8\n2.36\n12.5\n"
         "钦州港经济技术开发区\n298.4\n5.1\n1.85\n8.6\n",
         [dict(value=6.8, zone_prefix="南宁"), dict(value=12.5, zone_prefix="南宁"), dict(value=5.1, zone_prefix="钦州港"),
          dict(value=8.6, zone_prefix="钦州港")], id="r3-review36-an-acronym-with-its-growth-after-it"),
    Case("广州开发区与广州科学城、广州南沙新区2023年主要指标对比如下。\n\n| 开发区 | 地区生产总值（亿元） |\n|---|---|\n"
         "| 广州 | 4156.2 |\n| 南沙 | 2252.6 |\n\n武汉东湖新技术开发区光纤光缆生产规模约占全国的25%、全球的12%。",
         [dict(value=415_620_000_000, zone_prefix="广州经济"), dict(value=225_260_000_000, zone=""),
          dict(value=25, zone_prefix="武汉东湖"), dict(value=12, zone_prefix="武汉东湖")],
         id="r3-review36-a-kaifaqu-header-and-a-list-of-wholes", only=True),
    # Held-out 151 (first seen this session): a numbered table's label alone on its line; a column of origins.
    Case("各功能区承接北京项目情况见表1。\n\n表1\n2025年上半年各功能区承接北京项目情况\n功能区\n引进项目\n（个）\n协议投资\n（亿元）\n"
         "新落户北京\n来源企业（家）\n天津经开区\n168\n352.4\n412\n滨海高新区\n203\n218.7\n538\n",
         [dict(value=168, period="2025H1", zone_prefix="天津经济"), dict(value=35_240_000_000, zone_prefix="天津经济"),
          dict(value=412, family="firm_count", zone_prefix="天津经济"), dict(value=203, zone_prefix="滨海高新"),
          dict(value=21_870_000_000, zone_prefix="滨海高新"), dict(value=538, zone_prefix="滨海高新")],
         id="r3-s151-a-tables-number-alone-over-its-title", only=True),
    Case("2024年，廊坊经济技术开发区承接北京产业转移成效明显。\n\n| 项目名称 | 转出地 | 总投资（亿元） |\n|---|---|---|\n"
         "| 中科微光半导体封测基地 | 北京经济技术开发区 | 22.5 |\n| 国药集团京南医药物流中心 | 北京市丰台区 | 12.6 |\n",
         [dict(value=2_250_000_000, zone_prefix="廊坊"), dict(value=1_260_000_000, zone_prefix="廊坊")],
         id="r3-s151-a-column-of-where-projects-came-from", only=True),
    Case("表2　2025年第三季度省重点项目进展情况\n序号,项目名称,所在开发区,总投资（万元）,投资完成率（%）\n"
         "1,许继集团柔性直流输电装备产业园,许昌经济技术开发区,\"360,000\",42.4\n2,长葛再生金属循环利用产业园项目,长葛经济技术开发区,\"185,000\",52.0\n",
         [dict(value=3_600_000_000, zone_prefix="许昌"), dict(value=42.4, zone_prefix="许昌"),
          dict(value=1_850_000_000, zone_prefix="长葛"), dict(value=52.0, zone_prefix="长葛")],
         id="r3-s62-a-csv-rows-zone-in-its-own-cell"),
    # Held-out 156 (first seen this session): a page that spaces every digit.
    Case("长沙经开区前三季度实现规模工业总产值 1 4 6 8 . 3 亿元，同比增长 9 . 7 %，集聚配套企业 4 0 0 余家，"
         "企业开办时间压缩至 0 . 5 个工作日内，新增用地约 3 0 0 亩。",
         [dict(value=146_830_000_000), dict(value=9.7), dict(value=400, qualifier="approx"),
          dict(value=0.5, unit="working_day"), dict(value=200_001, unit="m2")],
         id="r3-s156-every-digit-spaced", only=True),
    Case("　　园区主要经济指标（1 — 5 月）\n　　指  标              完成值            同比增长\n"
         "　　规上工业总产值      5 8 6 . 2 亿元       1 3 . 4 %\n　　固定资产投资        1 1 2 . 7 亿元       1 0 . 2 %\n",
         [dict(value=58_620_000_000), dict(value=13.4, family="growth_rate"), dict(value=11_270_000_000)],
         id="r3-s156-every-digit-spaced-in-an-aligned-table"),
    # Review 35 (an adversarial read of the rules since review 34): each failed on the code it reviewed.
    Case("在温州经开区，受让人从摘牌到开工，仅需45天，比改革前缩短了一半以上。\n\n"
         "常州高新区推行“拿地即开工”改革。竞得人只需一次性提交材料，最快3个工作日即可领取施工许可证。\n\n"
         "嘉兴经开区深化“标准地”改革，自竞得人签订出让合同之日起，最快1天即可拿到不动产权证书和施工许可证。",
         [dict(value=45, unit="day", zone_prefix="温州"), dict(value=50, zone_prefix="温州"),
          dict(value=3, unit="working_day", zone_prefix="常州"), dict(value=1, unit="day", zone_prefix="嘉兴")],
         id="r3-review35-what-a-bidder-only-needs-is-no-duty", only=True),
    Case("芜湖经开区推行告知承诺制审批，竞得人作出承诺后，1个工作日内即可领取施工许可证。\n\n"
         "溧阳经开区公布了地块出让结果，中标人名单公示后，区行政审批局承诺3个工作日内完成合同备案。\n\n"
         "宿迁经开区为竞得人提供全程帮办服务，需5个工作日即可完成从签约到开工的全部手续。",
         [dict(value=1, unit="working_day", zone_prefix="芜湖"), dict(value=3, unit="working_day", zone_prefix="溧阳"),
          dict(value=5, unit="working_day", zone_prefix="宿迁")],
         id="r3-review35-a-promise-made-another-actor-an-object", only=True),
    Case("广州开发区召开“湾区科学城”建设推进大会。今年以来，全区新引进项目280个。"
         "广州科学城集团有限公司承建的孵化器项目总投资8.6亿元。园区内的苏州科学城小学新校区总投资3.2亿元。",
         [dict(value=280, zone_prefix="广州经济"), dict(value=860_000_000, zone_prefix="广州经济"),
          dict(value=320_000_000, zone_prefix="广州经济")], id="r3-review35-a-science-city-in-a-firms-or-schools-name", only=True),
    Case("上海张江高科技园区与张江科学城一体推进。今年上半年主要指标如下：\n\n"
         "| 开发区 | 营业收入（亿元） |\n|---|---|\n| 张江 | 4286 |\n| 漕河泾 | 1980 |\n",
         [dict(value=428_600_000_000, zone="上海张江高科技园区"), dict(value=198_000_000_000, zone="")],
         id="r3-review35-a-bare-place-under-kaifaqu-is-the-development-zone", only=True),
    Case("四川天府新区与成都高新区签署协同发展协议。成都高新区今年以来推进“东进”战略，在简阳布局建设东部新区。"
         "今年，新区新引进项目40个。\n\n中关村示范区“一区十六园”中，北京经开区是重要一园。北京经开区今年新增高新技术企业420家。"
         "示范区企业研发费用加计扣除政策在区内全面落地，今年区内企业减税12亿元。",
         [dict(value=40, zone_prefix="成都高新"), dict(value=420, zone_prefix="北京经济"), dict(value=1_200_000_000, zone_prefix="北京经济")],
         id="r3-review35-a-bare-xinqu-and-a-shifanqu-qualifying", only=True),
    Case("中国（黑龙江）自由贸易试验区挂牌四周年。借鉴苏州工业园区经验，哈尔滨、黑河、绥芬河三个片区共推出制度创新举措。"
         "其中，黑河片区新设企业1350家，绥芬河片区进出口额增长23.5%。",
         [dict(value=1350, zone="中国（黑龙江）自由贸易试验区黑河片区"), dict(value=23.5, zone="中国（黑龙江）自由贸易试验区绥芬河片区")],
         id="r3-review35-a-zone-named-in-passing-before-the-areas-list", only=True),
    Case("2024年广西各开发区主要指标\n开发区\n地区生产总值（亿元）\nGDP\n实际利用外资（万美元）\nFDI\n南宁经开区\n286.5\n3200\n"
         "钦州港经开区\n410.3\n5100\n柳州高新区\n520.6\n2800\n",
         [dict(value=28_650_000_000, zone_prefix="南宁"), dict(value=32_000_000, unit="usd", zone_prefix="南宁"),
          dict(value=41_030_000_000, zone_prefix="钦州港"), dict(value=51_000_000, unit="usd", zone_prefix="钦州港"),
          dict(value=52_060_000_000, zone_prefix="柳州"), dict(value=28_000_000, unit="usd", zone_prefix="柳州")],
         id="r3-review35-acronyms-glossing-the-cells-above", only=True),
    Case("临近年末宁乡经开区重点项目建设如火如荼，今年新开工项目45个。", [dict(value=45, zone="宁乡经济技术开发区")],
         id="r3-review35-approaching-the-year-end", only=True),
    Case("重庆两江新区加快建设西部（重庆）科学城两江协同创新区。\n\n西部（重庆）科学城今年新增高新技术企业210家。",
         [dict(value=210, zone="西部（重庆）科学城")], id="r3-review35-a-regions-word-before-the-brackets", only=True),
    # Held-out 149, 153: a reporter enters the story's zone; thousands in a cell-per-line table.
    Case("走进洋浦经济开发区，最直观的感受就是忙。今年1—9月，洋浦港集装箱吞吐量同比增长16.2%。"
         "此前在海口综合保税区试点成熟的“保税维修”模式，今年也复制到了洋浦。",
         [dict(value=16.2, zone="洋浦经济开发区")], id="r3-s149-a-reporter-enters-the-storys-zone", only=True),
    Case("表1 2023—2024年主要经济指标\n指标\nIndicator\n2023年\n2024年\n增长\nGrowth\n地区生产总值\nGDP\n2,156.3亿元\n2,241.8亿元\n4.0%\n"
         "外贸进出口\nForeign Trade\n1,732亿元\n1,815亿元\n4.8%\n",
         [dict(value=215_630_000_000), dict(value=224_180_000_000), dict(value=4.0, family="growth_rate"),
          dict(value=173_200_000_000), dict(value=181_500_000_000), dict(value=4.8, family="growth_rate")],
         id="r3-s149-thousands-in-a-glossed-cell-per-line-table", only=True),
    # Held-out 150 (first seen this session): a customs office's and a tax bureau's figures of their zone.
    Case("2025年1—9月，重庆西永综合保税区实现进出口总值2356.8亿元。\n\n"
         "针对区内笔电企业全球维修业务需求，西永海关推出“保税维修+”监管模式，维修账册备案时间由原来的15个工作日缩短到5个工作日。",
         [dict(value=235_680_000_000, zone="重庆西永综合保税区"), dict(value=5, value_before=15, zone="重庆西永综合保税区")],
         id="r3-s150-quanqiu-as-an-attribute-is-no-whole", only=True),
    Case("今年以来，国家税务总局深圳市前海税务局立足深圳前海深港现代服务业合作区（以下简称“前海合作区”）扩区后的特点，优化服务。\n\n"
         "数据显示，上半年，前海税务局共办理出口退（免）税38.6亿元，惠及出口企业1276户。前海合作区新设企业300家。",
         [dict(value=3_860_000_000, zone="前海深港现代服务业合作区"), dict(value=1276, zone="前海深港现代服务业合作区"),
          dict(value=300, zone="前海深港现代服务业合作区")], id="r3-s150-a-short-name-that-reads-as-a-zones", only=True),
    # Held-out 141 (first seen this session): a yearbook page, a bulletin's table, a work report.
    Case("              喀 什 经 济 开 发 区\n\n【招商引资】 2024年，开发区新签约项目136个，签约总额412.7亿元。\n\n"
         "6月26日，第八届中国—南亚博览会喀什经济开发区专场推介会在昆明举办，现场签约项目11个。",
         [dict(value=136, zone="喀什经济开发区"), dict(value=41_270_000_000, zone="喀什经济开发区"),
          dict(value=11, zone="喀什经济开发区")], id="r3-s141-a-spaced-title-and-an-events-name", only=True),
    Case("一季度，全省开发区（含兰州新区）外贸进出口额96.3亿元。喀什经济开发区规划总面积50平方公里（含喀什综合保税区3.56平方公里），"
         "2024年实现地区生产总值118.3亿元，出口额占开发区的三成以上，入驻电商企业及服务商218家。",
         [dict(value=9_630_000_000, zone=""), dict(value=50_000_000, zone="喀什经济开发区"),
          dict(value=3_560_000, zone="喀什经济开发区"), dict(value=11_830_000_000, zone="喀什经济开发区"),
          dict(value=30, zone="喀什经济开发区"), dict(value=218, family="firm_count", zone="喀什经济开发区")],
         id="r3-s141-what-a-figure-includes-and-a-share-of-the-zone", only=True),
    Case("酒泉经开区上半年新签约项目12个。天津经济技术开发区与我区结对共建，上半年联合招商落地项目4个，总投资13.5亿元。",
         [dict(value=12, zone_prefix="酒泉"), dict(value=4, zone_prefix="酒泉"), dict(value=1_350_000_000, zone_prefix="酒泉")],
         id="r3-s141-a-partner-of-our-zone", only=True),
    Case("表1 酒泉经济技术开发区2025年上半年主要经济指标完成情况\n指标名称\n单位\n完成值\n同比增长（%）\n规上工业总产值\n亿元\n68.7\n16.9\n"
         "规上工业增加值\n—\n—\n18.1\n固定资产投资\n亿元\n35.2\n12.6\n",
         [dict(value=6_870_000_000), dict(value=16.9), dict(value=18.1), dict(value=3_520_000_000), dict(value=12.6)],
         id="r3-s141-an-empty-mark-in-a-column-of-units", only=True),
    # Review 34 (an adversarial read of the rules since review 33): each failed on the code it reviewed.
    Case("苏州工业园区推行“拿地即开工”，竞得人承诺6个月内开工建设。武汉东湖新技术开发区推行改革，竞得人需在签订合同后3个月内开工。"
         "合肥高新区推行“标准地”出让，竞得人自签订出让合同之日起6个月内须开工建设。",
         [], id="r3-review34-a-bidders-promise-and-need-are-duties", only=True),
    Case("宁波高新区深化改革，竞得人在相应平台签订合同后即可领证，审批时间由45个工作日压缩至3个工作日。"
         "北京经开区推行改革，中标人应用“多测合一”系统，竣工验收时间由30天压缩至7天。",
         [dict(value=3, value_before=45, zone_prefix="宁波"), dict(value=7, value_before=30, zone_prefix="北京经济")],
         id="r3-review34-ying-inside-a-word-is-no-duty", only=True),
    Case("常州高新区推行改革，受让人应当在签订出让合同后12个月内开工，常州高新区同时将施工许可办理时间压缩至5个工作日。"
         "孝感高新区推行标准地，竞得人须符合产业准入要求，并在签订出让合同之日起6个月内开工建设，余款在1年内缴清。",
         [dict(value=5, unit="working_day", zone_prefix="常州")], id="r3-review34-a-duty-holds-its-own-clauses", only=True),
    Case("东湖高新区积极对接中国（湖北）自由贸易试验区政策。\n东湖高新区规划建设光谷东、光谷南、高铁三个片区，高铁片区今年完成投资50亿元。",
         [dict(value=5_000_000_000, zone_prefix="武汉东湖")], id="r3-review34-another-zones-areas-are-no-free-trade-zones", only=True),
    Case("中国（黑龙江）自由贸易试验区挂牌以来新增企业1.8万家。在哈尔滨新区，江北、松北两个片区联动发展，松北片区新签约项目46个。",
         [dict(value=18_000, zone_prefix="中国（黑龙江）"), dict(value=46, zone="哈尔滨新区")],
         id="r3-review34-a-new-areas-parts-are-no-free-trade-zones", only=True),
    Case("表1  2024年全市主要开发区指标\n序号\n开发区名称\nGDP\n（亿元）\nFDI\n（亿美元）\n1\n苏州工业园区\n2386.4\n12.5\n"
         "2\n昆山经济技术开发区\n1012.7\n8.1\n3\n吴江经济技术开发区\n980.2\n3.3\n",
         [dict(value=238_640_000_000, zone_prefix="苏州工业"), dict(value=1_250_000_000, unit="usd", zone_prefix="苏州工业"),
          dict(value=101_270_000_000, zone_prefix="昆山"), dict(value=810_000_000, unit="usd", zone_prefix="昆山"),
          dict(value=98_020_000_000, zone_prefix="吴江"), dict(value=330_000_000, unit="usd", zone_prefix="吴江")],
         id="r3-review34-an-acronym-is-a-header-not-a-gloss", only=True),
    Case("上党经开区营商环境持续优化。据长治市行政审批服务管理局统计，今年以来新增市场主体120户，审批时间压缩50%。该局相关负责人表示，将继续优化服务。",
         [dict(value=120, zone_prefix="上党"), dict(value=50, zone_prefix="上党")],
         id="r3-review34-the-bureaus-speaker-makes-it-no-subject", only=True),
    Case("借助北京经开区这一平台，今年区内新增入驻企业120家。企业借助苏州工业园区“一网通办”平台，开办时间压缩至0.5个工作日。"
         "湘潭经开区紧邻长沙经开区，今年新增企业86家。与昆山开发区毗邻的花桥经济开发区今年新增专精特新企业42家。",
         [dict(value=120, zone_prefix="北京经济"), dict(value=0.5, zone_prefix="苏州工业"), dict(value=86, zone_prefix="湘潭"),
          dict(value=42, zone_prefix="花桥")], id="r3-review34-leaning-on-a-zone-with-no-other-subject", only=True),
    Case("2021—2024年，苏州工业园区新增企业数分别为 85 120 156 210家。苏州工业园区实际使用外资 1 183 000 000美元。",
         [dict(value=1_183_000_000, unit="usd")], id="r3-review34-four-groups-only-in-money", only=True),
    Case("杨凌示范区今年上半年引进项目35个。与此同时，咸阳高新区也在加快发展。今年以来，示范区新增市场主体1200户。"
         "北京经济技术开发区是中关村国家自主创新示范区的重要组成部分。2023年，北京经济技术开发区实现工业总产值3000亿元。"
         "示范区政策在区内全面落地，全年新增高新技术企业500家。",
         [dict(value=35, zone_prefix="杨凌"), dict(value=1200, zone_prefix="杨凌"), dict(value=300_000_000_000, zone_prefix="北京经济"),
          dict(value=500, zone_prefix="北京经济")], id="r3-review34-a-bare-shifanqu-as-a-subject", only=True),
    Case("而且东丽开发区今年新增企业120家。其实西青开发区今年新增企业86家。长三角示范区今年新签约重大项目42个。",
         [dict(value=120, zone="东丽开发区"), dict(value=86, zone="西青开发区"), dict(value=42, zone="长三角生态绿色一体化发展示范区")],
         id="r3-review34-conjunctions-and-a-short-name", only=True),
    # Held-out 137, 64, 106: a science city is a zone; a cell-per-line table's names over two lines.
    Case("张江科学城去年实现规模以上工业总产值4286亿元，同比增长12.3%。",
         [dict(value=428_600_000_000, zone="张江科学城"), dict(value=12.3, zone="张江科学城")],
         id="r3-s137-a-science-city-is-a-zone", only=True),
    Case("重庆两江新区管委会发布数据。创新方面，新区加快建设西部（重庆）科学城两江协同创新区，前三季度新增国家高新技术企业210家。",
         [dict(value=210, zone="重庆两江新区")], id="r3-s72-a-bracketed-zone-being-built-is-named-in-passing", only=True),
    Case("表1　2025年1—6月苏州工业园区主要经济指标\n指标名称\n单位\n1—6月\n同比增长\n（%）\n地区生产总值\n亿元\n1862.4\n5.9\n"
         "其中：高新技术产业\n产值\n亿元\n2395.6\n7.1\n固定资产投资\n亿元\n402.3\n-3.6\n实际使用外资\n亿美元\n11.6\n—\n",
         [dict(value=186_240_000_000), dict(value=5.9), dict(value=239_560_000_000), dict(value=7.1),
          dict(value=40_230_000_000), dict(value=-3.6), dict(value=1_160_000_000, unit="usd")],
         id="r3-s137-a-cell-per-line-tables-name-over-two-lines", only=True),
    Case("上海张江高科技园区持续优化服务。张江科学城则探索仪器共享，上半年共享大型仪器1,100余台。\n\n"
         "| 开发区 | 施工许可用时 |\n|:---|:---:|\n| 漕河泾 | 8个工作日 |\n| 张江 | 12个工作日 |\n",
         [dict(value=1100, zone="张江科学城"), dict(value=8, zone=""), dict(value=12, zone="上海张江高科技园区")],
         id="r3-s64-a-bare-place-two-zones-share-the-development-zones", only=True),
    # Review 33 (an adversarial read of the rules since review 32): each failed on the code it reviewed.
    Case("| 开发区 | 营业收入(亿元) |\n|---|---|\n| 宿迁经开区 | 1200 |\n| 沭阳经开区 | 800 |\n| 以上2家合计 | 2000 |\n",
         [dict(value=120_000_000_000), dict(value=80_000_000_000), dict(value=200_000_000_000, zone="")],
         id="r3-review33-a-total-rows-name-is-no-count", only=True),
    Case("嘉兴经开区推行“拿地即开工”，竞得人签订土地出让合同之日起即可领取4本证书，审批时间由45个工作日压缩至3个工作日。"
         "对中标人全面推行告知承诺制，施工许可办理时间压缩至5个工作日。",
         [dict(value=3, value_before=45), dict(value=5, unit="working_day")], id="r3-review33-a-bidder-named-in-a-zones-reform"),
    Case("记者从长治市行政审批服务管理局获悉，今年以来，该局推行工业项目“容缺受理”，审批时间从120天缩短到45天。",
         [dict(value=45, zone="长治市行政审批服务管理局")], id="r3-review33-the-bureau-as-the-storys-subject", only=True),
    Case("北京经济技术开发区是中关村国家自主创新示范区的重要组成部分。2023年，北京经济技术开发区实现工业总产值3000亿元。"
         "示范区政策在区内全面落地，全年新增高新技术企业500家。",
         [dict(value=300_000_000_000, zone_prefix="北京经济"), dict(value=500, zone_prefix="北京经济")],
         id="r3-review33-a-bare-shifanqu-keeps-the-nearest-zone", only=True),
    Case("2024年，合肥高新区实现税收收入 1 234 567 890 元。", [dict(value=1_234_567_890, unit="yuan")],
         id="r3-review33-four-groups-of-thousands", only=True),
    # Review 32 (an adversarial read of the rules since review 31): each failed on the code it reviewed.
    Case("晋中经济技术开发区持续优化营商环境。据晋中市行政审批服务管理局统计，2024年新增市场主体1200户，企业开办时间压缩至0.5天。",
         [dict(value=1200, zone_prefix="晋中经济"), dict(value=0.5, zone_prefix="晋中经济")],
         id="r3-review32-a-bureau-quoted-as-a-source-is-no-zone", only=True),
    Case("竞得人在签订国有建设用地使用权出让合同后，应于10个工作日内缴清出让价款。中标人承诺在90天内完成施工。"
         "晋中经开区工业项目审批压缩至15个工作日。",
         [dict(value=15, unit="working_day")], id="r3-review32-a-bidders-duty-after-a-comma", only=True),
    Case("2024年全市开发区重点项目情况\n\n序号\n开发区\n营业收入\n增速\n(%)\n1\n晋中经济技术开发区\n120亿元\n15.2\n"
         "2\n大同经济技术开发区\n80亿元\n8.1\n3\n长治高新技术产业开发区\n95亿元\n6.5\n",
         [dict(value=15.2, family="growth_rate", zone_prefix="晋中"), dict(value=8.1, family="growth_rate", zone_prefix="大同"),
          dict(value=6.5, family="growth_rate", zone_prefix="长治")], id="r3-review32-a-half-width-percent-under-a-chinese-header"),
    Case("中国（黑龙江）自由贸易试验区建设推进会召开。黑河片区管委会产业发展局局长介绍，今年以来，黑河片区新设企业1200家。",
         [dict(value=1200, zone="中国（黑龙江）自由贸易试验区黑河片区")], id="r3-review32-an-areas-committee-and-its-office",
         only=True),
    Case("天津市天津港保税区新增企业300家。重庆市重庆经济技术开发区2024年新增企业300家，同比增长10%。",
         [dict(value=300, zone_prefix="天津港"), dict(value=300, zone_prefix="重庆经济"), dict(value=10, zone_prefix="重庆经济")],
         id="r3-review32-a-municipality-said-twice", only=True),
    Case("天津经济技术开发区（牵头）召开会议。滨海新区新增企业80家。牵头单位新增企业20家。",  # (the registry knows 天津滨海新区
         [dict(value=80, zone="天津滨海新区"), dict(value=20, zone="天津滨海新区")],  # since the twelfth session)
         id="r3-review32-a-role-in-brackets-is-no-short-name"),
    Case("晋中经济技术开发区 2023 2024 增长 5 6 7 8%", [], id="r3-review32-four-single-digits-before-a-percent-are-no-number"),
    # Review 31 (an adversarial read of the rules since review 30): each failed on the code it reviewed.
    Case("竞得人应在成交之日起10个工作日内签订出让合同。" + "嘉兴经开区深化“标准地”改革，" * 12
         + "企业开办时间压缩至0.5个工作日，工业项目审批时限较上年缩短40%。",
         [dict(value=0.5, unit="working_day"), dict(value=40, family="pct_reduction")],
         id="r3-review31-a-bidders-duty-holds-its-sentence-only", only=True),
    Case("嘉兴经开区推行“拿地即开工”，竞得人签订出让合同后，审批时间由60天压缩至7天，办理环节减少50%。"
         "受让人最快1个工作日即可领取不动产权证书。",
         [dict(value=7, value_before=60), dict(value=50, family="pct_reduction"), dict(value=1, unit="working_day")],
         id="r3-review31-a-bidder-named-without-a-duty"),
    Case("芜湖高新技术产业开发区今年新增企业200家。\n\n芜湖经济技术开发区规上工业产值增长9%。与此同时，高新区、经开区联动发展，"
         "今年经开区新增企业120家。据介绍，“高新区有的政策我们都有”，今年以来经开区新签约项目42个。",
         [dict(value=200, zone_prefix="芜湖高新"), dict(value=9, zone_prefix="芜湖经济"), dict(value=120, zone_prefix="芜湖经济"),
          dict(value=42, zone_prefix="芜湖经济")], id="r3-review31-the-bare-type-nearest-the-figure", only=True),
    Case("瑞丽国家重点开发开放试验区今年进出口增长12%。\n\n合作区\t新增市场主体（户）\t实际利用外资（万美元）\n瑞丽\t1826\t3443\n"
         "河口\t963\t1720\n临沧\t577\t640\n",
         [dict(value=12, zone_prefix="瑞丽"), dict(value=1826, zone=""), dict(value=963, zone=""), dict(value=577, zone=""),
          dict(value=34_430_000, zone=""), dict(value=17_200_000, zone=""), dict(value=6_400_000, zone="")],
         id="r3-review31-a-bare-place-row-takes-a-zone-of-the-headers-kind-only", only=True),
    Case("2024年，杭州高新区培育了15个区块链企业，新增3个片区级服务中心。",
         [dict(value=15, unit="firm"), dict(value=3)], id="r3-review31-blockchain-is-no-block-of-land", only=True),
    Case("2024年，北京大兴国际机场综合保税区进出口额增长25%。2024年，上海市金桥经济技术开发区规上工业总产值增长5.2%。"
         "上海金桥经济技术开发区新引进项目36个。",
         [dict(value=25, zone="北京大兴国际机场综合保税区"), dict(value=5.2, zone="上海金桥经济技术开发区"),
          dict(value=36, zone="上海金桥经济技术开发区")], id="r3-review31-a-municipalitys-long-and-shi-named-zones", only=True),
    Case("2025年1—9月，全省15个省级以上开发区主要经济指标如下表。\n\n| 开发区 | 营业收入（亿元） |\n|---|---|\n| 宿迁经开区 | 320 |\n| 沭阳经开区 | 210 |\n",
         [dict(value=32_000_000_000, period="2025-09"), dict(value=21_000_000_000, period="2025-09")],
         id="r3-review31-a-count-of-zones-in-the-tables-introduction"),
    Case("苏州工业园区研发投入占营业收入比重三年平均5.3%。", [dict(value=5.3, family="share_pct")],
         id="r3-review31-a-shares-three-year-average-is-a-share", only=True),
    Case("中国（四川）自由贸易试验区成都天府新区片区今年新增企业5000家。据介绍，高铁片区管委会今年征地拆迁1200亩，高铁片区新开工安置房项目8个。",
         [dict(value=5000, zone_prefix="中国（四川）"), dict(value=8, zone="中国（四川）自由贸易试验区成都天府新区片区")],
         id="r3-review31-a-towns-area-with-a-committee-is-no-free-trade-zones"),
    Case("2024年，海安经开区新签约项目40个。完成海安高新区规划环评，新引进项目35个。", [dict(value=40, zone_prefix="海安经"),
         dict(value=35, zone_prefix="海安高新")], id="r3-review31-wancheng-cuts-not-kills", only=True),
    # Review 29 (an adversarial read of the rules since review 28): each failed on the code it reviewed.
    Case("宁乡经济技术开发区2024年发展综述\n\n作为全县唯一一家国家级经开区，园区2024年实现规模工业总产值1250亿元，同比增长8.5%。\n\n"
         "今年以来，园区与3家国家级经开区签订结对共建协议，共同引进项目12个，总投资68亿元。\n\n"
         "2024年，国家级经开区综合考评中位列中部第5，全年实际使用外资1.8亿美元。",
         [dict(value=125_000_000_000, zone_prefix="宁乡"), dict(value=8.5, zone_prefix="宁乡"), dict(value=12, zone_prefix="宁乡"),
          dict(value=6_800_000_000, zone_prefix="宁乡"), dict(value=180_000_000, zone_prefix="宁乡")],
         id="r3-review29-zones-of-a-kind-as-what-a-zone-is-its-partners-or-its-ranking", only=True),
    Case("| 指标 | 2024年 |\n|---|---|\n| 外贸进出口[亿元人民币] | 386.5 |\n| 标准厂房租金[元/平方米] | 12 |\n", 
         [dict(value=38_650_000_000, unit="yuan")], id="r3-review29-longer-units-in-square-brackets"),
    # Review 28 (an adversarial read of the rules since review 27): each failed on the code it reviewed.
    Case("常州经开区2024年主要指标\n指标名称\t\t\t单位\t2024年\t增长(%)\n地区生产总值\t\t\t亿元\t612.4\t5.8\n"
         "规模以上工业增加值\t\t亿元\t288.1\t7.9\n",
         [dict(value=61_240_000_000, zone_prefix="常州"), dict(value=5.8, zone_prefix="常州"),
          dict(value=28_810_000_000, zone_prefix="常州"), dict(value=7.9, zone_prefix="常州")],
         id="r3-review28-tabs-that-line-columns-up-are-no-empty-cells", only=True),
    Case("常州经开区2024年主要指标\n指标\t2024年\t增长(%)\n\t营业收入(亿元)\t520.3\t8.6\n\t工业总产值(亿元)\t410.2\t9.1\n"
         "\t固定资产投资(亿元)\t88.5\t12.0\n",
         [dict(value=52_030_000_000), dict(value=8.6), dict(value=41_020_000_000), dict(value=9.1), dict(value=8_850_000_000),
          dict(value=12.0)], id="r3-review28-a-tab-that-indents-every-row", only=True),
    Case("表1 各开发区主要指标\n开发区\t营业收入(亿元)\t增长(%)\n常州经开区\t520.3\t8.6\t\t\n武进国家高新区\t410.2\t9.1\t\t\n"
         "江阴高新区\t388.5\t12.0\t\t\n",
         [dict(value=52_030_000_000, zone_prefix="常州"), dict(value=8.6, zone_prefix="常州"),
          dict(value=41_020_000_000, zone_prefix="武进"), dict(value=9.1, zone_prefix="武进"),
          dict(value=38_850_000_000, zone_prefix="江阴"), dict(value=12.0, zone_prefix="江阴")],
         id="r3-review28-rows-with-trailing-tabs-the-header-lacks", only=True),
    Case("2024年苏州工业园区主要指标（单位：亿元）\n| 指标 | 2024年[注] | 同比增长（%） |\n|---|---|---|\n"
         "| 地区生产总值 | 3686.0 | 5.8 |\n| 一般公共预算收入 | 400.1 | 3.2 |\n",
         [dict(value=368_600_000_000), dict(value=5.8), dict(value=40_010_000_000), dict(value=3.2)],
         id="r3-review28-a-notes-mark-in-brackets-is-no-unit", only=True),
    Case("前海合作区港资企业实际使用外资同比增长15%，人民币、港币120亿元授信额度已落地。横琴粤澳深度合作区注册资本超过澳门元120亿元。",
         [dict(value=15, unit="pct"), dict(value=12_000_000_000, unit="yuan"), dict(value=12_000_000_000, unit="mop")],
         id="r3-review28-a-currency-in-a-list-is-not-the-amounts"),
    Case("滁州经济技术开发区具有独特投资区位优势，今年新签约项目56个。宜兴经济技术开发区项目平均投资区间集中在1亿元至5亿元，"
         "总投资186亿元。嘉兴经济技术开发区合资投资区内企业已达56家。",
         [dict(value=56, zone_prefix="滁州"), dict(value=18_600_000_000, zone_prefix="宜兴"), dict(value=56, zone_prefix="嘉兴")],
         id="r3-review28-investment-words-are-no-investment-zone"),
    # Review 27 (an adversarial read of the rules since review 26): each failed on the code it reviewed.
    Case("图4 2022—2024年宁乡经开区主要指标\n\n营业收入（亿元）\n税收收入（亿元）\n增速（%）\n1010.5\n1180.3\n1260.3\n40.2\n45.6\n50.1\n"
         "6.1\n16.8\n6.8\n", [], id="r3-review27-a-charts-legend-and-labels-are-no-table"),
    Case("一图读懂\n高新区\n2024年\n经济运行\n地区生产总值（亿元）\n1280.5\n同比增长（%）\n6.8\n规上工业增加值（亿元）\n560.2\n"
         "同比增长（%）\n9.1\n", [], id="r3-review27-labels-and-values-by-turns-are-no-rows"),  # (not read yet: no wrong rows)
    Case("首页\n新闻中心\n园区动态\n临沂经开区新增市场主体1200户\n2024-06-12\n356\n临沂经开区实际使用外资3.2亿美元\n2024-05-30\n412\n"
         "临沂经开区企业开办压缩至0.5个工作日\n2024-05-18\n289\n",
         [dict(value=1200, zone_prefix="临沂"), dict(value=320_000_000, unit="usd", zone_prefix="临沂"),
          dict(value=0.5, unit="working_day", zone_prefix="临沂")], id="r3-review27-a-list-of-headlines-is-no-table", only=True),
    Case("2024年，临沂经开区主要经济指标保持平稳增长。\n\n| 临沂经开区 | 单位 | 2023年 | 2024年 |\n|---|---|---|---|\n"
         "| 营业收入 | 亿元 | 1120.5 | 1260.3 |\n| 税收收入 | 亿元 | 45.2 | 50.1 |\n",
         [dict(value=112_050_000_000, zone_prefix="临沂"), dict(value=126_030_000_000, zone_prefix="临沂"),
          dict(value=4_520_000_000, zone_prefix="临沂"), dict(value=5_010_000_000, zone_prefix="临沂")],
         id="r3-review27-a-zone-in-the-tables-corner-keeps-its-rows", only=True),
    Case("2024年，萧山经济技术开发区块状产业集群实现产值1200亿元，同比增长7.2%。",
         [dict(value=120_000_000_000, zone_prefix="萧山"), dict(value=7.2, zone_prefix="萧山")],
         id="r3-review27-kuaizhuang-after-a-zone-keeps-it", only=True),
    Case("2024年，云南自贸试验区新设企业1.1万家。同期，广西自贸试验区南宁、钦州港、崇左三个片区加快发展，"
         "其中南宁片区新设企业6500家，钦州港片区新设企业3200家。",
         [dict(value=11_000, zone_prefix="云南"), dict(value=6500, zone="广西自由贸易试验区南宁片区"),
          dict(value=3200, zone="广西自由贸易试验区钦州港片区")], id="r3-review27-areas-of-the-free-trade-zone-named-with-them", only=True),
    Case("2024年宁乡经开区主要经济指标\n\n指标名称\n计量单位\n2024年\n营业总收入\n规上工业总产值\n（其中：高新技术产业）\n亿元\n亿元\n亿元\n"
         "2386.4\n1012.7\n650.2\n",
         [dict(value=238_640_000_000), dict(value=101_270_000_000), dict(value=65_020_000_000)],
         id="r3-review27-a-bracketed-row-name-is-no-unit-line", only=True),
    Case("宁乡经开区“一区三园”各园区情况如下：\n\n| 园区 | 规上工业企业（家） | 规上工业产值（亿元） |\n|---|---|---|\n"
         "| 本部 | 120 | 560.2 |\n| 金洲 | 86 | 310.5 |\n",
         [dict(value=120, zone_prefix="宁乡"), dict(value=56_020_000_000, zone_prefix="宁乡"), dict(value=86, zone_prefix="宁乡"),
          dict(value=31_050_000_000, zone_prefix="宁乡")], id="r3-review27-a-zones-own-parks-keep-its-zone", only=True),
    Case("2024年，阳曲县经济开发区新签约项目12个。太原高新区阳曲园区新增企业8家。",
         [dict(value=12, zone_prefix="阳曲"), dict(value=8, zone_prefix="太原高新")], id="r3-review27-taiyuan-hitechs-yangqu-park", only=True),
    # Review 26 (an adversarial read of this session's rules): each failed on the code it reviewed.
    Case("9月18日，苏州工业园区管委会副主任一行来访，双方签署共建合作协议。\n\n9月20日，昆山高新区管委会主任一行来访。\n\n"
         "“今年1—9月，规上工业总产值完成652亿元。”",
         [dict(value=65_200_000_000, zone="泗洪经济开发区")], default_zone="泗洪经济开发区",
         id="r3-review26-the-documents-default-zone-beats-the-paragraph-before", only=True),
    Case("宿迁市2024年优化营商环境工作总结\n\n一是项目建设提速。宿迁经济技术开发区新开工项目45个，沭阳经济技术开发区新开工项目38个。\n\n"
         "二是开放平台提质。宿迁综合保税区完成进出口总额86.5亿元。\n\n"
         "三是审批效率提升。企业开办时间压缩至0.5个工作日。",
         [dict(value=45, zone_prefix="宿迁经济"), dict(value=38, zone_prefix="沭阳"),
          dict(value=8_650_000_000, zone_prefix="宿迁综合保税区"), dict(value=0.5, zone="")],
         id="r3-review26-a-citys-next-point-takes-no-zone-from-the-one-before", only=True),
    Case("今年以来，宿迁经济技术开发区新签约项目32个。\n\n沭阳经济技术开发区新签约项目28个。\n\n"
         "2024年，230家国家级经开区实现地区生产总值15.6万亿元，同比增长5.3%。",
         [dict(value=32, zone_prefix="宿迁"), dict(value=28, zone_prefix="沭阳"), dict(value=15_600_000_000_000, zone=""),
          dict(value=5.3, zone="")], id="r3-review26-the-countrys-paragraph-takes-no-zone-from-the-one-before", only=True),
    Case("表2  各开发区基本情况\n\n开发区\t级别\t面积（平方公里）\t企业数（家）\n宿迁经济技术开发区\t国家级\t45.2\t320\n"
         "沭阳经济技术开发区\t省级\t30.1\t210\n其他园区\t12.6\t85\n",
         [dict(value=45_200_000, zone_prefix="宿迁"), dict(value=320, zone_prefix="宿迁"),
          dict(value=30_100_000, zone_prefix="沭阳"), dict(value=210, zone_prefix="沭阳")],
         id="r3-review26-a-short-row-of-its-own-is-no-merged-row", only=True),
    Case("未来科技城今年新增国家高新技术企业186家。", [dict(value=186, zone="未来科技城")],
         id="r3-review26-weilai-is-a-name-not-a-time", only=True),
    Case("全市各开发区主要指标稳中向好，尤其\n中山火炬开发区表现亮眼，规上工业增加值增长11.2%。",
         [dict(value=11.2, zone="中山火炬开发区")], id="r3-review26-youqi-then-a-place-starting-with-zhong", only=True),
    Case("宿迁经济技术开发区今年外贸进出口额增长了一倍半。", [], id="r3-review26-one-and-a-half-times-is-not-double"),
    Case("宿迁经济技术开发区有120家规上工业企业，年产值减少一半的企业不足5家。受订单减少一半影响，部分企业产值下滑。"
         "调查显示，至少一半的企业表示满意。",
         [dict(value=120), dict(value=5)], id="r3-review26-half-inside-a-noun-phrase-is-no-cut", only=True),
    Case("龙头山工业园区今年新签约项目12个。西安比亚迪工业园去年实现产值1200亿元。",
         [dict(value=12, zone="龙头山工业园区"), dict(value=120_000_000_000, zone="西安比亚迪工业园")],
         id="r3-review26-longtou-and-bi-inside-a-name", only=True),
    # Thirteenth session.
    Case("长沙经开区工程机械产业集群营收破千亿，光三一一家去年营收就接近800亿元。",
         [dict(value=100_000_000_000), dict(value=80_000_000_000)],
         id="r3-s13-numerals-read-one-by-one-are-a-firms-name-not-a-count", only=True),
    Case("本次挂牌出让地块中，5号宗地为本批次唯一一宗经过多轮竞价的地块，溢价率23.6%。",
         [dict(value=23.6)], id="r3-s13-the-only-one-is-no-eleven", only=True),
    Case("2025年上半年，全市（不含泉州台商投资区）批准建设用地155.33公顷。",
         [dict(value=1_553_300, zone="")], id="r3-s13-a-zone-a-figure-excludes-is-no-zone-of-its-own", only=True),
    Case("网友：中联重科在麓谷，不算经开区的。湖南工程机械主营业务收入去年3000多亿元。",
         [dict(value=300_000_000_000, zone="")], id="r3-s13-what-is-not-in-a-zone-names-none", only=True),
    Case("截至2024年底，海口复兴城互联网信息产业园累计入园企业4896家。",
         [dict(value=4896, zone="海口复兴城互联网信息产业园")],
         id="r3-s13-two-industry-words-close-a-parks-name", only=True),
    Case("东营港经济开发区危化品车辆入园登记时间由原来的5分钟缩短至40秒以内。",
         [dict(value=40 / 3600, unit="hour", value_before=5 / 60, zone="东营港经济开发区")],
         id="r3-s13-a-procedures-time-in-seconds", only=True),
    Case("【开场｜0-6秒】画面：航拍园区。时长：约90秒。在整车工厂，平均每30秒就有一辆新车下线。", [],
         id="r3-s13-a-films-seconds-and-a-pace-take-no-time"),
    Case("同城的威海经济技术开发区与威海火炬高技术产业开发区各有项目入选，两区今年合计到账外资1.26亿美元。",
         [dict(value=126_000_000, zone="")], id="r3-s13-two-zones-of-one-sentence-summed-are-neither", only=True),
    Case("无锡高新区将报装整合为“一张表单”，办理时间缩短至原来的三分之一。审批时间压缩到过去的40%以下。",
         [dict(value=200 / 3, family="pct_reduction"), dict(value=60, family="pct_reduction", qualifier="min")],
         id="r3-s13-cut-to-a-part-of-what-it-was-is-a-cut-of-the-rest", only=True),
    Case("该区“一业一证”改革已覆盖28个行业，行业准入办理时间平均提速80%。",
         [dict(value=80, family="pct_reduction")],
         id="r3-s13-a-procedures-time-sped-up-on-average-is-a-cut", only=True),
    Case("额济纳旗策克口岸经济开发区实现规上工业总产值41.8亿元。阿拉善右旗雅布赖工业园区实现规上工业总产值17.5亿元。",
         [dict(value=4_180_000_000, zone="额济纳旗策克口岸经济开发区"),
          dict(value=1_750_000_000, zone="阿拉善右旗雅布赖工业园区")],
         id="r3-s13-a-banners-name-then-a-towns-names-a-zone", only=True),
    Case("指标名称,本期累计（亿元）,同比增长（%）,备注\n地区生产总值,412.37,5.6,核算数\n"
         "其中：工业投资,87.15,12.6,\n社会消费品零售总额,96.43,4.1,\n",
         [dict(value=41_237_000_000), dict(value=5.6), dict(value=8_715_000_000), dict(value=12.6),
          dict(value=9_643_000_000), dict(value=4.1)],
         id="r3-s13-a-spreadsheet-row-of-qizhong-goes-on-with-its-table", default_zone="南宁经济技术开发区", only=True),
    Case("长春新区召开上半年经济运行分析会。会议指出，当前新区经济运行总体平稳。会议要求确保全年地区生产总值增长7%以上。",
         [dict(value=7, zone="长春新区")], id="r3-s13-dangqian-is-a-time-no-place", only=True),
    Case("联合验收时间由原来的“2个月”缩至“10天”。推行“7天无理由退货”。从“3个月”到“20天左右”，审批跑得多快。",
         [dict(value=10, unit="day", value_before=2, unit_before="month")],
         id="r3-s13-a-cuts-two-times-each-in-its-quotes", only=True),
    Case("1—4月，锂电池材料企业利润仍同比减少38.4%；申报材料同比减少40%。",
         [dict(value=-38.4, family="growth_rate"), dict(value=40, family="pct_reduction")],
         id="r3-s13-a-firms-material-is-no-cut-of-documents", only=True),
    Case("廈門海滄台商投資區目前約有台資企業510家，年產值人民幣1,380億元，年增5.3%。",
         [dict(value=510, zone_prefix="厦门海沧"), dict(value=138_000_000_000, zone_prefix="厦门海沧"),
          dict(value=5.3, zone_prefix="厦门海沧")],
         id="r3-s13-traditional-characters-of-a-zones-name-fold-to-the-registrys", only=True),
    Case("江宁开发区今年新增高新技术企业86家；南京江宁经济技术开发区规上工业企业达1048家。截至9月末，沈抚示范区内企业贷款余额61.2亿元。",
         [dict(value=86, zone="南京江宁经济技术开发区"), dict(value=1048, zone="南京江宁经济技术开发区"),
          dict(value=6_120_000_000, zone="沈抚改革创新示范区")],
         id="r3-s13-a-zones-short-names-are-the-one-zone", only=True),
    Case("阿澈：新区的地区生产总值八百多个亿，增速呢，百分之七点几。小满：全区去年给企业兑现的各种奖补，一个多亿，"
         "他们那家拿了三百来万。落地办下来要一个多月。",
         [dict(value=80_000_000_000), dict(value=7, family="growth_rate"), dict(value=100_000_000, family="money"),
          dict(value=3_000_000, family="money"), dict(value=1, unit="month")],
         id="r3-s13-spoken-figures-a-rate-as-topic-a-hundred-million-and-more", only=True),
    Case("【访谈实录】项目不等人\n——对话芜湖经济技术开发区管委会副主任周建平\n\n"
         "记者：今年一季度经开区的“成绩单”怎么样？\n周建平：规上工业产值五百八十多亿，同比增长百分之十一点三。",
         [dict(value=58_000_000_000, zone="芜湖经济技术开发区"), dict(value=11.3, zone="芜湖经济技术开发区")],
         id="r3-s13-an-interview-with-a-zones-official-is-that-zones", only=True),
    Case("全区空气质量优良天数132天，比上年同期增加11天；重度及以上污染天数2天。园区法庭案件平均审理天数为38天。",
         [dict(value=132, family="other"), dict(value=11, family="other"), dict(value=2, family="other"),
          dict(value=38, family="duration")],
         id="r3-s13-days-of-good-air-are-counted-not-taken", only=True),
    Case("横琴粤澳深度合作区推行“琴澳通办”。澳门投资者在澳门远程办理合作区企业登记，平均办理时间为1.5个工作日。",
         [dict(value=1.5, zone="横琴粤澳深度合作区")], id="r3-s13-a-procedure-done-for-the-zone-names-no-place", only=True),
    Case("表1　重点项目推进情况（投资单位：亿元）\n\n| 序号 | 项目名称 | 总投资 | 形象进度 |\n|---|---|---|---|\n"
         "| 1 | 储能电池产业园项目 | 45.0 | 1#、2#厂房主体完工 |\n| 2 | 医疗器械生产基地二期 | 12.6 | 3号楼封顶 |\n",
         [dict(value=4_500_000_000), dict(value=1_260_000_000)],
         id="r3-s13-a-buildings-number-in-a-cell-is-no-amount", only=True),
    Case("青冈县中和工业园区：实现工业产值22.6亿元。我们主动承接铜仁高新技术产业开发区产业转移，平均3个月内开工建设。"
         "截至6月30日，公司应收南京经开区管委会代建款项余额为23.57亿元。",
         [dict(value=2_260_000_000, zone="青冈县中和工业园区"), dict(value=3, zone_prefix="青冈"),
          dict(value=2_357_000_000, zone="南京经济技术开发区")],
         id="r3-s13-a-town-ending-in-he-a-zone-taken-from-a-firms-receivable", only=True),
    Case("盐城经济技术开发区出台新政。企业承诺5年内不迁离开发区的，可享受开发区人才政策。详情可登录株洲高新技术产业开发区门户网站。",
         [dict(value=5, zone="盐城经济技术开发区")], id="r3-s13-verbs-of-moving-enjoying-logging-in-end-no-place", only=True),
    Case("表1　2025年1—5月国家级经开区主要经济指标\n\n单位：亿元，%，个，家\n"
         "| 开发区 | 规上工业增加值同比 | 固定资产投资累计 | 新签约项目累计 | 新增规上工业企业累计 |\n"
         "|---|---|---|---|---|\n| 郑州经开区 | 9.8 | 236.8 | 38 | 21 |\n| 开封经开区 | 6.2 | 63.5 | 17 | 9 |\n",
         [dict(value=9.8, family="growth_rate"), dict(value=23_680_000_000, family="money"),
          dict(value=38, family="project_count"), dict(value=21, family="firm_count"),
          dict(value=6.2, family="growth_rate"), dict(value=6_350_000_000, family="money"),
          dict(value=17, family="project_count"), dict(value=9, family="firm_count")],
         id="r3-s13-a-captions-units-go-to-the-columns-that-count-or-measure", only=True),
    Case("同志们：目的很明确：总结去年，部署今年，动员长治高新技术产业开发区上下一开年就冲刺。去年新认定高新技术企业47家。",
         [dict(value=47, zone="长治高新技术产业开发区")], id="r3-s13-a-speech-mobilising-a-zone-names-it-whole", only=True),
    Case("合肥经开区全年实现营收RMB 12.6 Billion，实际使用外资USD 320 Million。",
         [dict(value=12_600_000_000, unit="yuan"), dict(value=320_000_000, unit="usd")],
         id="r3-s13-an-english-scale-word-capitalised", only=True),
    Case("表　2025年1—7月全市开发区利用外资和外贸进出口情况\n"
         "开发区\t实际使用外资\t\t进出口总额\t\t新设外资企业\n"
         "\t1—7月累计（万美元）\t同比（%）\t1—7月累计（亿元）\t同比（%）\t1—7月累计（家）\n"
         "青岛经济技术开发区\t48625\t8.3\t1286.4\t5.7\t96\n"
         "胶州经济技术开发区\t21086\t15.9\t302.5\t9.1\t34\n",
         [dict(value=486_250_000, unit="usd", zone="青岛经济技术开发区"), dict(value=8.3, family="growth_rate"),
          dict(value=128_640_000_000, unit="yuan"), dict(value=5.7), dict(value=96, family="firm_count"),
          dict(value=210_860_000, unit="usd", zone="胶州经济技术开发区"), dict(value=15.9), dict(value=30_250_000_000),
          dict(value=9.1), dict(value=34)],
         id="r3-s13-a-tab-tables-group-names-over-its-columns", only=True),
]
