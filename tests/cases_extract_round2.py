"""Red-team cases, round 2: whole pages, overviews, periods, number forms, traps.

Same `Case` format as tests/cases_extract.py. One more expect field is used
here: `zone`, the claim's zone name exactly ("" = the claim names no zone —
a province-wide total, or a bare 经开区 with no name and no default zone).
Zone attribution is otherwise asserted with `zone_prefix` (the place).

What these cases probe that the first two tables did not:
  * pages of 2–4 short articles: zone headers before or after the text,
    bylines (■ 记者 张三), photo captions naming another zone, column breaks
    inside a sentence or a number, markdown quotes, bullets and tables;
  * overview paragraphs that walk through several zones, zones named in
    passing (与…、…等 / 对标… / 赴…考察), 该区 / 园区 referring back;
  * periods: 全年, 1-9月 under a stated year, 截至9月底 after a stated year,
    a year in Chinese numerals, a base year, "十四五"以来;
  * number forms (万亿, 余万, 超百亿, 近千, 数十 — not a number, 两万余, ranges);
  * before→after variants (环节, 份 of documents, 由原来的…精简为…);
  * traps: 2024.10, 9:30, phone numbers, 3·15, codes, 百亿元级 clusters,
    亿元以上项目, 10万元以下, 7天无理由, 一企一策, 三个一批, 五个一, 一站式.
"""
from __future__ import annotations

try:
    from cases_extract import Case, MU
except ImportError:
    from tests.cases_extract import Case, MU

# --------------------------------------------------------------------------
# Whole pages: several articles, headers, bylines, captions, breaks, markdown
# --------------------------------------------------------------------------
PAGES = [
    Case("# 平遥经开区：代办服务再提速\n\n"
         "科学导报讯 平遥经开区推行全程代办，企业开办时间压缩至1个工作日。\n\n"
         "■ 记者 张三\n\n"
         "# 祁县经开区：项目建设加速跑\n\n"
         "科学导报讯 2024年，园区新签约项目18个，总投资46亿元。\n\n"
         "■ 记者 李四\n",
         [dict(family="duration", value=1, unit="working_day", zone_prefix="平遥"),
          dict(family="project_count", value=18, unit="project", zone_prefix="祁县", period="2024"),
          dict(family="money", value=4_600_000_000, unit="yuan", zone_prefix="祁县", period="2024")],
         id="r2-page-two-articles-headers-before", only=True),
    Case("科学导报讯 上半年，园区新增市场主体320户，同比增长12%。\n\n"
         "太谷经开区\n\n"
         "科学导报讯 截至6月底，园区累计入驻企业156家。\n\n"
         "介休经开区\n",
         [dict(family="firm_count", value=320, unit="firm", zone_prefix="太谷"),
          dict(family="growth_rate", value=12, unit="pct", zone_prefix="太谷"),
          dict(family="firm_count", value=156, unit="firm", zone_prefix="介休")],
         id="r2-page-two-articles-headers-after", only=True),
    Case("和顺经开区持续优化营商环境。今年1-8月，区内规上工业增加值增长9.6%。\n"
         "■ 图为榆社经开区一家企业的生产车间。 榆社经开区供图\n"
         "园区新入驻企业12家，带动就业800余人。\n",
         [dict(family="growth_rate", value=9.6, unit="pct", zone_prefix="和顺"),
          dict(family="firm_count", value=12, unit="firm", zone_prefix="和顺"),
          dict(family="other", value=800, unit="person", qualifier="approx", zone_prefix="和顺")],
         id="r2-page-caption-names-other-zone"),
    Case("2025年，灵石经开区持续发力。今年\n\n上半年，园区固定资产投资同比增长18.5%。\n",
         [dict(family="growth_rate", value=18.5, unit="pct", zone_prefix="灵石", period="2025H1")],
         id="r2-page-column-break-in-period", only=True),
    Case("高平经开区今年新签约项目2\n\n6个，计划总投资超50亿元。\n",
         [dict(family="project_count", value=26, unit="project", zone_prefix="高平"),
          dict(family="money", value=5_000_000_000, unit="yuan", qualifier="min", zone_prefix="高平")],
         id="r2-page-column-break-inside-number", only=True),
    Case("## 晋城经开区半年成绩单\n\n"
         "> “审批时限由原来的30个工作日压缩到7个工作日，我们省了不少心。”企业负责人说。\n\n"
         "- 新增“四上”企业9家\n"
         "- 实际利用外资1.2亿美元\n",
         [dict(family="duration", value=7, unit="working_day", value_before=30,
               unit_before="working_day", zone_prefix="晋城"),
          dict(family="firm_count", value=9, unit="firm", zone_prefix="晋城"),
          dict(family="money", value=120_000_000, unit="usd", zone_prefix="晋城")],
         id="r2-page-markdown-quote-and-bullets", only=True),
    Case("| 园区 | 入驻企业 | 总投资 |\n"
         "| --- | --- | --- |\n"
         "| 高平经开区 | 45家 | 32亿元 |\n"
         "| 沁水经开区 | 28家 | 19.5亿元 |\n",
         [dict(family="firm_count", value=45, unit="firm", zone_prefix="高平"),
          dict(family="money", value=3_200_000_000, unit="yuan", zone_prefix="高平"),
          dict(family="firm_count", value=28, unit="firm", zone_prefix="沁水"),
          dict(family="money", value=1_950_000_000, unit="yuan", zone_prefix="沁水")],
         id="r2-page-markdown-table-two-zones", only=True),
    Case("科学导报讯 2024年，孝义经开区新认定高新技术企业11家。\n"
         "■ 记者 张三 通讯员 李四\n"
         "科学导报讯 园区全年新签约项目27个，总投资85亿元。\n"
         "文水经开区\n",
         [dict(family="firm_count", value=11, unit="firm", zone_prefix="孝义", period="2024"),
          dict(family="project_count", value=27, unit="project", zone_prefix="文水"),
          dict(family="money", value=8_500_000_000, unit="yuan", zone_prefix="文水")],
         id="r2-page-byline-with-spaces-then-trailing-header", only=True),
    Case("平定经开区\n园区上半年完成固定资产投资12.6亿元。\n\n"
         "榆社经开区\n园区上半年新增市场主体85户。\n\n"
         "沁源经开区\n园区上半年引进项目14个。\n",
         [dict(family="money", value=1_260_000_000, unit="yuan", zone_prefix="平定"),
          dict(family="firm_count", value=85, unit="firm", zone_prefix="榆社"),
          dict(family="project_count", value=14, unit="project", zone_prefix="沁源")],
         id="r2-page-three-bare-header-blocks", only=True),
    Case("广灵经开区\n\n"
         "园区坚持项目为王。今年以来，新开工项目16个，其中亿元以上项目9个。\n\n"
         "■ 沁水经开区新建的标准化厂房 记者 王五 摄\n\n"
         "园区还为企业协调贷款3.2亿元。\n",
         [dict(family="project_count", value=16, unit="project", zone_prefix="广灵"),
          dict(family="project_count", value=9, unit="project", zone_prefix="广灵"),
          dict(family="money", value=320_000_000, unit="yuan", zone_prefix="广灵")],
         id="r2-page-photo-caption-mid-article", only=True),
    Case("科学导报讯 屯留经开区今年新增专精特新企业7家。■ 王波\n"
         "科学导报讯 园区上半年税收收入2.3亿元。\n"
         "永济经开区\n",
         [dict(family="firm_count", value=7, unit="firm", zone_prefix="屯留"),
          dict(family="money", value=230_000_000, unit="yuan", zone_prefix="永济")],
         id="r2-page-inline-byline-ends-article", only=True),
    Case("**介休经开区**\n\n"
         "园区“标准地”出让实现全覆盖，今年已出让土地320亩。\n\n"
         "**交城经开区**\n\n"
         "园区建成标准化厂房5000多平方米。\n",
         [dict(family="area", value=320 * MU, unit="m2", zone_prefix="介休"),
          dict(family="area", value=5000, unit="m2", qualifier="approx", zone_prefix="交城")],
         id="r2-page-bold-markdown-headers", only=True),
    Case("# 开发区巡礼\n\n"
         "## 一、朔州经开区\n\n"
         "新签约项目22个。\n\n"
         "## 二、平鲁经开区\n\n"
         "新签约项目17个。\n",
         [dict(family="project_count", value=22, unit="project", zone_prefix="朔州"),
          dict(family="project_count", value=17, unit="project", zone_prefix="平鲁")],
         id="r2-page-numbered-markdown-sections", only=True),
    Case("太谷经开区企业开办时间压缩\n\n至0.5个工作日，\n\n"
         "■ 太谷经开区供图\n\n"
         "办理环节减少60%。\n",
         [dict(family="duration", value=0.5, unit="working_day", zone_prefix="太谷"),
          dict(family="pct_reduction", value=60, unit="pct", zone_prefix="太谷")],
         id="r2-page-break-before-zhi-and-caption", only=True),
]

# --------------------------------------------------------------------------
# Overviews: several zones in turn, zones in passing, 该区 / 园区
# --------------------------------------------------------------------------
OVERVIEW = [
    Case("全省开发区上半年新签约项目560个。其中，太谷经开区签约项目42个，总投资120亿元；"
         "介休经开区签约项目35个；和顺经开区签约项目19个。",
         [dict(family="project_count", value=560, unit="project", zone=""),
          dict(family="project_count", value=42, unit="project", zone_prefix="太谷"),
          dict(family="money", value=12_000_000_000, unit="yuan", zone_prefix="太谷"),
          dict(family="project_count", value=35, unit="project", zone_prefix="介休"),
          dict(family="project_count", value=19, unit="project", zone_prefix="和顺")],
         id="r2-overview-province-then-three-zones", only=True),
    Case("繁峙经开区与苏州工业园区、宁夏银川经开区等20家开发区一道交流经验。今年以来，"
         "园区新增就业岗位1500个。",
         [dict(family="other", value=1500, unit="job", zone_prefix="繁峙")],
         id="r2-overview-passing-list-then-yuanqu", only=True),
    Case("上党经开区全面对标江苏苏州工业园区，企业开办时间压缩至0.5个工作日。",
         [dict(family="duration", value=0.5, unit="working_day", zone_prefix="上党")],
         id="r2-overview-benchmark-with-province-prefix", only=True),
    Case("今年以来，屯留经开区主要负责人带队赴合肥高新区、苏州工业园区考察对接，"
         "新引进项目8个，计划总投资26亿元。",
         [dict(family="project_count", value=8, unit="project", zone_prefix="屯留"),
          dict(family="money", value=2_600_000_000, unit="yuan", zone_prefix="屯留")],
         id="r2-overview-study-trip-list", only=True),
    Case("介休经开区是全省首批省级开发区之一。去年，该区规上工业增加值增长11.3%。",
         [dict(family="growth_rate", value=11.3, unit="pct", zone_prefix="介休")],
         id="r2-overview-gaiqu-refers-back", only=True),
    Case("经开区今年新签约项目30个，总投资45亿元。",
         [dict(family="project_count", value=30, unit="project", zone=""),
          dict(family="money", value=4_500_000_000, unit="yuan", zone="")],
         id="r2-overview-bare-jingkaiqu-no-zone", only=True),
    Case("文水经开区上半年新签约项目12个。与之相邻的交城经开区则在审批上发力，审批时限压缩至10个工作日。"
         "该区还新增规上企业6家。",
         [dict(family="project_count", value=12, unit="project", zone_prefix="文水"),
          dict(family="duration", value=10, unit="working_day", zone_prefix="交城"),
          dict(family="firm_count", value=6, unit="firm", zone_prefix="交城")],
         id="r2-overview-neighbour-takes-over", only=True),
    Case("新增市场主体460户、同比增长21%，这是晋城经开区交出的上半年答卷。",
         [dict(family="firm_count", value=460, unit="firm", zone_prefix="晋城"),
          dict(family="growth_rate", value=21, unit="pct", zone_prefix="晋城")],
         id="r2-overview-zone-named-after-claims", only=True),
    Case("今年以来，永济经开区新增入驻企业24家，而同期邻近的临汾开发区新增入驻企业31家。",
         [dict(family="firm_count", value=24, unit="firm", zone_prefix="永济"),
          dict(family="firm_count", value=31, unit="firm", zone_prefix="临汾")],
         id="r2-overview-two-zones-contrasted", only=True),
    Case("在全省开发区考核中，平遥经开区排名第三。园区全年实现税收6.8亿元，增长9%。",
         [dict(family="money", value=680_000_000, unit="yuan", zone_prefix="平遥"),
          dict(family="growth_rate", value=9, unit="pct", zone_prefix="平遥")],
         id="r2-overview-rank-then-yuanqu", only=True),
    Case("全省开发区规上工业增加值增长8.2%，其中繁峙经开区增长15.6%，静乐示范区增长12.1%。",
         [dict(family="growth_rate", value=8.2, unit="pct", zone=""),
          dict(family="growth_rate", value=15.6, unit="pct", zone_prefix="繁峙"),
          dict(family="growth_rate", value=12.1, unit="pct", zone_prefix="静乐")],
         id="r2-overview-province-rate-then-zones", only=True),
    Case("武乡示范区借鉴宁夏银川经开区经验，推行“拿地即开工”，项目开工时间缩短至30天。",
         [dict(family="duration", value=30, unit="day", zone_prefix="武乡")],
         id="r2-overview-jiejian-passing", only=True),
    Case("截至目前，山西综改区累计入驻企业4.2万户，唐槐园区新增企业310家。",
         [dict(family="firm_count", value=42_000, unit="firm", zone_prefix="山西"),
          dict(family="firm_count", value=310, unit="firm", zone_prefix="山西")],
         id="r2-overview-park-counts-for-parent", only=True),
    Case("该县依托广灵经开区打造食品产业集群，园区已集聚食品企业40余家。",
         [dict(family="firm_count", value=40, unit="firm", qualifier="approx", zone_prefix="广灵")],
         id="r2-overview-yituo-is-not-passing", only=True),
]

# --------------------------------------------------------------------------
# Periods
# --------------------------------------------------------------------------
PERIODS = [
    Case("2024年全年，榆社经开区实现营业收入85.3亿元。",
         [dict(family="money", value=8_530_000_000, unit="yuan", period="2024")],
         id="r2-period-quannian", only=True),
    Case("今年1-9月，高平经开区工业总产值增长14%。",
         [dict(family="growth_rate", value=14, unit="pct", period="")],
         id="r2-period-jin-nian-without-year-is-empty", only=True),
    Case("2024年是园区项目建设攻坚年。今年1-9月，沁源经开区新开工项目21个。",
         [dict(family="project_count", value=21, unit="project", period="2024-09")],
         id="r2-period-jin-nian-with-year-earlier", only=True),
    Case("2025年，平遥经开区加快项目建设。截至9月底，园区累计签约项目64个。",
         [dict(family="project_count", value=64, unit="project", period="2025-09")],
         id="r2-period-as-of-month-year-earlier", only=True),
    Case("一季度，和顺经开区进出口总额同比增长31.2%。",
         [dict(family="growth_rate", value=31.2, unit="pct", period="")],
         id="r2-period-q1-without-year", only=True),
    Case("前三季度，祁县经开区实现税收4.6亿元，同比增长8%。",
         [dict(family="money", value=460_000_000, unit="yuan", period=""),
          dict(family="growth_rate", value=8, unit="pct", period="")],
         id="r2-period-q1-q3-without-year", only=True),
    Case("“十四五”以来，交城经开区累计引进项目126个。",
         [dict(family="project_count", value=126, unit="project", period="")],
         id="r2-period-shisiwu-yilai", only=True),
    Case("2024年，灵石经开区营业收入较2020年增长62%。",
         [dict(family="growth_rate", value=62, unit="pct", period="2024")],
         id="r2-period-base-year-after-period", only=True),
    Case("二〇二四年，孝义经开区新增企业56家。",
         [dict(family="firm_count", value=56, unit="firm", period="2024")],
         id="r2-period-chinese-numeral-year", only=True),
    Case("2023年第四季度，文水经开区新签约项目11个。",
         [dict(family="project_count", value=11, unit="project", period="2023Q4")],
         id="r2-period-di-si-jidu", only=True),
    Case("2024年，介休经开区新增企业80家。2025年一季度，园区又新增企业27家。",
         [dict(family="firm_count", value=80, unit="firm", period="2024"),
          dict(family="firm_count", value=27, unit="firm", period="2025Q1")],
         id="r2-period-two-periods-two-sentences", only=True),
    Case("截至2024年10月，沁水经开区累计入驻企业218家。",
         [dict(family="firm_count", value=218, unit="firm", period="2024-10")],
         id="r2-period-as-of-year-month", only=True),
]

# --------------------------------------------------------------------------
# Number forms
# --------------------------------------------------------------------------
NUMBERS = [
    Case("全省开发区营业收入突破1.2万亿元。",
         [dict(family="money", value=1.2e12, unit="yuan", qualifier="min", zone="")],
         id="r2-num-wan-yi", only=True),
    Case("太谷经开区为企业争取专项资金3500余万元。",
         [dict(family="money", value=35_000_000, unit="yuan", qualifier="approx")],
         id="r2-num-yu-wan-yuan", only=True),
    Case("园区全年产值超百亿元。",
         [dict(family="money", value=10_000_000_000, unit="yuan", qualifier="min")],
         id="r2-num-chao-bai-yi", only=True),
    Case("园区集聚各类企业近千家。",
         [dict(family="firm_count", value=1000, unit="firm", qualifier="approx")],
         id="r2-num-jin-qian-jia", only=True),
    Case("龙头企业带动数十家配套企业落户园区。",
         [],
         id="r2-num-shu-shi-jia-is-not-a-number"),
    Case("园区累计引进数百个项目。",
         [],
         id="r2-num-shu-bai-ge-is-not-a-number"),
    Case("园区新建标准厂房1万平方米以上。",
         [dict(family="area", value=10_000, unit="m2", qualifier="min")],
         id="r2-num-wan-m2-yishang", only=True),
    Case("园区60%以上的企业实现了数字化改造。",
         [dict(value=60, unit="pct", qualifier="min")],
         id="r2-num-pct-yishang", only=True),
    Case("园区规上工业增加值增长7.5%，高于全市平均水平0.8个百分点。",
         [dict(family="growth_rate", value=7.5, unit="pct")],
         id="r2-num-pp-beside-growth"),
    Case("园区项目建设吸纳就业两万余人。",
         [dict(family="other", value=20_000, unit="person", qualifier="approx")],
         id="r2-num-liang-wan-yu-ren", only=True),
    Case("在全省营商环境评价中，园区位列第1名。",
         [],
         id="r2-num-di-1-ming-is-rank"),
    Case("园区认真落实省委1号文件精神。",
         [],
         id="r2-num-no-1-document"),
    Case("园区发布营商环境改革4.0版政策清单。",
         [],
         id="r2-num-version-4-0"),
    Case("一般工业项目审批控制在15至20个工作日。",
         [dict(family="duration", value=15, unit="working_day", qualifier="min"),
          dict(family="duration", value=20, unit="working_day", qualifier="max")],
         id="r2-num-range-working-days", only=True),
    Case("企业变更登记3-5天即可办结。",
         [dict(family="duration", value=3, unit="day", qualifier="min"),
          dict(family="duration", value=5, unit="day", qualifier="max")],
         id="r2-num-range-hyphen-days", only=True),
    Case("园区带动上下游企业千余家。",
         [dict(family="firm_count", value=1000, unit="firm", qualifier="approx")],
         id="r2-num-qian-yu-jia", only=True),
    Case("项目建成后可提供约1.5万个就业岗位。",
         [dict(family="other", value=15_000, unit="job", qualifier="approx")],
         id="r2-num-yue-wan-ge-jobs", only=True),
    Case("园区逾5成企业完成了智能化改造。",
         [dict(value=50, unit="pct", qualifier="min")],
         id="r2-num-yu-wu-cheng", only=True),
    Case("对新落户的重点项目，单个项目最高奖励500万元。",
         [dict(family="money", value=5_000_000, unit="yuan", qualifier="max")],
         id="r2-num-zuigao-is-max", only=True),
    Case("园区规划面积12.5平方公里，已建成区域8平方公里。",
         [dict(family="area", value=12_500_000, unit="m2"),
          dict(family="area", value=8_000_000, unit="m2")],
         id="r2-num-sq-km-two", only=True),
    Case("园区新增市场主体1,280户，其中企业356家。",
         [dict(family="firm_count", value=1280, unit="firm"),
          dict(family="firm_count", value=356, unit="firm")],
         id="r2-num-separator-and-qizhong"),
    Case("项目总投资3.6亿元，年产值可达10亿元以上。",
         [dict(family="money", value=360_000_000, unit="yuan"),
          dict(family="money", value=1_000_000_000, unit="yuan", qualifier="min")],
         id="r2-num-investment-and-output", only=True),
]

# --------------------------------------------------------------------------
# Before -> after
# --------------------------------------------------------------------------
BEFORE_AFTER = [
    Case("园区审批由原来的20个环节精简为6个。",
         [dict(family="other", value=6, value_before=20)],
         id="r2-ba-steps-yuanlai-de", only=True),
    Case("不动产登记时间从45天压缩到15天以内。",
         [dict(family="duration", value=15, unit="day", qualifier="max",
               value_before=45, unit_before="day")],
         id="r2-ba-45-to-within-15-days", only=True),
    Case("企业投资项目申报材料从32份减少至12份。",
         [dict(family="other", value=12, value_before=32)],
         id="r2-ba-documents-32-to-12", only=True),
    Case("园区审批用时比法定时限缩短60%。",
         [dict(family="pct_reduction", value=60, unit="pct")],
         id="r2-ba-shorter-than-statutory", only=True),
    Case("项目备案从原来的3个月缩短到现在的20天。",
         [dict(family="duration", value=20, unit="day", value_before=3, unit_before="month")],
         id="r2-ba-3-months-to-20-days", only=True),
    Case("平均审批用时由12.6个工作日降至4.3个工作日，降幅达65.9%。",
         [dict(family="duration", value=4.3, unit="working_day",
               value_before=12.6, unit_before="working_day"),
          dict(family="pct_reduction", value=65.9, unit="pct")],
         id="r2-ba-decimals-and-cut-pct", only=True),
    Case("园区将施工许可办理时间压缩了三分之二。",
         [dict(family="pct_reduction", value=66.67, unit="pct")],
         id="r2-ba-cut-by-two-thirds", only=True),
    Case("竣工验收从过去的“跑多次”变为现在的5个工作日内办结。",
         [dict(family="duration", value=5, unit="working_day", qualifier="max")],
         id="r2-ba-words-before-number-after", only=True),
    Case("供电接入由原来的平均10天缩短为3天。",
         [dict(family="duration", value=3, unit="day", value_before=10, unit_before="day")],
         id="r2-ba-pingjun-between", only=True),
    Case("园区入驻企业由2020年的86家增加到2024年的213家。",
         [dict(family="firm_count", value=213, unit="firm", value_before=86)],
         id="r2-ba-years-inside-pair", only=True),
    Case("办理环节由8个减少到3个，申报材料由25份减少到9份。",
         [dict(family="other", value=3, value_before=8),
          dict(family="other", value=9, value_before=25)],
         id="r2-ba-two-pairs-steps-and-docs", only=True),
    Case("工程规划许可审批时间由法定的20个工作日压缩至5个工作日，压缩75%。",
         [dict(family="duration", value=5, unit="working_day",
               value_before=20, unit_before="working_day"),
          dict(family="pct_reduction", value=75, unit="pct")],
         id="r2-ba-pair-and-pct", only=True),
]

# --------------------------------------------------------------------------
# Traps: dates, times, phone numbers, codes, names, slogans
# --------------------------------------------------------------------------
TRAPS = [
    Case("数据统计截至2024.10，榆社经开区入驻企业达到218家。",
         [dict(family="firm_count", value=218, unit="firm", zone_prefix="榆社")],
         id="r2-trap-dotted-date", only=True),
    Case("政务大厅每天9:30开门，企业变更登记2小时内办结。",
         [dict(family="duration", value=2, unit="hour", qualifier="max")],
         id="r2-trap-clock-time", only=True),
    Case("园区着力打造3个百亿元级产业集群。",
         [],
         id="r2-trap-bai-yi-ji-cluster"),
    Case("园区新签约10亿元以上项目6个、亿元以上项目23个。",
         [dict(family="project_count", value=6, unit="project"),
          dict(family="project_count", value=23, unit="project")],
         id="r2-trap-size-classes-of-projects", only=True),
    Case("对10万元以下的小额贷款实行当日放款。",
         [],
         id="r2-trap-wan-yuan-yixia-threshold"),
    Case("咨询电话：0351-5678901，工作人员提供全程帮办。",
         [],
         id="r2-trap-phone-with-area-code"),
    Case("园区联合市场监管部门开展“3·15”消费维权宣传活动。",
         [],
         id="r2-trap-3-15"),
    Case("该企业统一社会信用代码为91140700MA0K12345X。",
         [],
         id="r2-trap-credit-code"),
    Case("企业变更登记实现24小时内办结。",
         [dict(family="duration", value=24, unit="hour", qualifier="max")],
         id="r2-trap-24-hours-within-is-a-limit", only=True),
    Case("园区商超全面推行“7天无理由退货”承诺。",
         [],
         id="r2-trap-7-days-no-reason-policy"),
    Case("园区实行“一企一策”“三个一批”工作机制，落实“五个一”要求，打造“一站式”服务。",
         [],
         id="r2-trap-slogans"),
    Case("园区启用JZ-2024-07号地块，地块位于纬三路18号。",
         [],
         id="r2-trap-plot-and-street-number"),
    Case("园区召开2025年第3次项目推进会。",
         [],
         id="r2-trap-nth-meeting"),
    Case("项目计划于2025年10月1日投产。",
         [],
         id="r2-trap-production-date"),
    Case("园区推行“1+N”帮办模式和“3个100%”承诺。",
         [],
         id="r2-trap-three-hundred-percents-slogan"),
    Case("园区严格落实“6+2”工作制度，周末也为企业办事。",
         [],
         id="r2-trap-6-plus-2"),
    Case("会议于5月20日9时在园区管委会召开。",
         [],
         id="r2-trap-clock-hour-shi"),
    Case("园区开通“2小时服务圈”，企业问题2小时内响应。",
         [dict(family="duration", value=2, unit="hour", qualifier="max")],
         id="r2-trap-named-circle-and-real-limit", only=True),
    Case("三年来，园区共引进项目42个。",
         [dict(family="project_count", value=42, unit="project")],
         id="r2-trap-san-nian-lai-not-a-duration", only=True),
    Case("园区企业平均用工规模达到120人，前10名企业贡献了园区六成税收。",
         [dict(family="other", value=120, unit="person"),
          dict(family="share_pct", value=60, unit="pct")],
         id="r2-trap-top-10-is-not-a-count", only=True),
]

#: Every case of this round.
CASES_ROUND2: list[Case] = PAGES + OVERVIEW + PERIODS + NUMBERS + BEFORE_AFTER + TRAPS
