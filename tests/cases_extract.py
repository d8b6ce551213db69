"""Table-driven extraction cases: sentences that are NOT from the seed texts.

Each `Case` is one input text and the claims it must yield. An expect dict
names only the fields the case is about:

    family, value, unit, value_before, unit_before, qualifier, period,
    zone_prefix    claim.zone must start with this place (平遥 -> 平遥经济技术开发区)
    key            a label for this expected claim, so another can refer to it
    indicator_differs_from
                   the key of another expected claim of the same case whose
                   indicator id must differ from this one's (new vs cumulative)

`expect=[]` means the text must yield no claim at all. `only=True` means the
text must yield exactly the expected claims and nothing else (used where a
sentence holds a decoy: a rank, a date, a category such as 亿元以上项目).
`miss="why"` marks a known miss of the extraction: the case runs as
xfail(strict=True), so it reports when it starts to pass. Mark a miss only
after deciding it is out of reach; never change an expectation to fit the code.

Values are in the canonical units of the claims spec (shared/spec/CLAIMS.md):
money in yuan/usd/hkd (1.2亿元 -> 120000000), area in m2 (亩 x 666.67,
公顷 x 10000, 万平方米 x 10000), percentages as 85 for 85%. Values compare
with a 0.5% tolerance. A case states only what a careful reader is sure of;
where the right answer is open, the case leaves the field out.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Case:
    text: str
    expect: list = field(default_factory=list)
    id: str = ""
    only: bool = False
    miss: str = ""
    default_zone: str = ""   # the document's default zone (front matter `zone:`), when the case needs one


MU = 666.67          # m2 per 亩, as the spec fixes it

# --------------------------------------------------------------------------
# Durations: time limits, before -> after, mixed units, qualifiers
# --------------------------------------------------------------------------
DURATION = [
    Case("太原经开区企业投资项目审批时间由30天缩减为5天。",
         [dict(family="duration", value=5, unit="day", value_before=30, unit_before="day")],
         id="dur-from-30-days-to-5"),
    Case("不动产登记办结时限压缩至3个工作日。",
         [dict(family="duration", value=3, unit="working_day")],
         id="dur-compress-to-3-working-days"),
    Case("园区推行帮办代办，企业变更登记压减至0.5小时。",
         [dict(family="duration", value=0.5, unit="hour")],
         id="dur-cut-to-half-hour"),
    Case("施工许可和竣工验收办理时限分别压缩至22和55个工作日。",
         [dict(family="duration", value=22, unit="working_day"),
          dict(family="duration", value=55, unit="working_day")],
         id="dur-respectively-22-and-55", only=True),
    Case("工程建设项目联合验收从6个月以上压缩到13个工作日。",
         [dict(family="duration", value=13, unit="working_day",
               value_before=6, unit_before="month")],
         id="dur-6-months-to-13-working-days"),
    Case("企业开办全流程时间压缩至1个工作日以内。",
         [dict(family="duration", value=1, unit="working_day", qualifier="max")],
         id="dur-within-1-working-day"),
    Case("工业项目从拿地到开工最快仅需30天。",
         [dict(family="duration", value=30, unit="day", qualifier="min")],
         id="dur-fastest-30-days"),
    Case("新办企业刻制公章不超过2小时。",
         [dict(family="duration", value=2, unit="hour", qualifier="max")],
         id="dur-no-more-than-2-hours"),
    Case("一般工业项目审批时限控制在15个工作日内。",
         [dict(family="duration", value=15, unit="working_day", qualifier="max")],
         id="dur-within-15-working-days"),
    Case("重点项目平均建设周期由24个月缩短至18个月。",
         [dict(family="duration", value=18, unit="month", value_before=24, unit_before="month")],
         id="dur-24-to-18-months"),
    Case("低压小微企业用电报装时间从15天压缩至7天以内。",
         [dict(family="duration", value=7, unit="day", qualifier="max",
               value_before=15, unit_before="day")],
         id="dur-15-days-to-within-7"),
    Case("环评审批由法定60个工作日缩短为20个工作日。",
         [dict(family="duration", value=20, unit="working_day",
               value_before=60, unit_before="working_day")],
         id="dur-legal-60-to-20-working-days"),
    Case("水电气报装由原来的3天缩短至4小时。",
         [dict(family="duration", value=4, unit="hour", value_before=3, unit_before="day")],
         id="dur-3-days-to-4-hours"),
    Case("规划许可审批从20个工作日压缩到5个自然日。",
         [dict(family="duration", value=5, unit="day",
               value_before=20, unit_before="working_day")],
         id="dur-working-days-to-calendar-days"),
    Case("营业执照审批时限由五个工作日压缩至两个工作日。",
         [dict(family="duration", value=2, unit="working_day",
               value_before=5, unit_before="working_day")],
         id="dur-chinese-numerals-5-to-2"),
    Case("简易低风险项目施工许可最快3天即可办结。",
         [dict(family="duration", value=3, unit="day", qualifier="min")],
         id="dur-fastest-3-days"),
    Case("企业注销一般程序办理时间不超过5个工作日。",
         [dict(family="duration", value=5, unit="working_day", qualifier="max")],
         id="dur-no-more-than-5-working-days"),
    Case("申请材料齐全的，2小时内办结。",
         [dict(family="duration", value=2, unit="hour", qualifier="max")],
         id="dur-within-2-hours"),
    Case("项目建设周期缩短至8个月左右。",
         [dict(family="duration", value=8, unit="month", qualifier="approx")],
         id="dur-about-8-months"),
    Case("社会投资项目审批时间压缩在40个工作日以内。",
         [dict(family="duration", value=40, unit="working_day", qualifier="max")],
         id="dur-compressed-within-40"),
    Case("环评审批由法定的20个工作日压缩至承诺的8个工作日。",
         [dict(family="duration", value=8, unit="working_day",
               value_before=20, unit_before="working_day")],
         id="dur-legal-to-promised"),
    Case("企业开办压缩至一个工作日。",
         [dict(family="duration", value=1, unit="working_day")],
         id="dur-chinese-one-working-day"),
]

# --------------------------------------------------------------------------
# Percentages: reduction, growth, share
# --------------------------------------------------------------------------
PERCENT = [
    Case("全年规上工业增加值同比增长12.5%。",
         [dict(family="growth_rate", value=12.5, unit="pct")],
         id="pct-yoy-growth"),
    Case("工业总产值两年平均增长14.8%。",
         [dict(family="growth_rate", value=14.8, unit="pct")],
         id="pct-two-year-average-growth"),
    Case("园区营业收入同比增长百分之十五。",
         [dict(family="growth_rate", value=15, unit="pct")],
         id="pct-chinese-percent-15"),
    Case("固定资产投资增速达到23.6%。",
         [dict(family="growth_rate", value=23.6, unit="pct")],
         id="pct-growth-speed"),
    Case("外贸进出口总额提升40%。",
         [dict(family="growth_rate", value=40, unit="pct")],
         id="pct-rise-40"),
    Case("预计全年税收增长10%左右。",
         [dict(family="growth_rate", value=10, unit="pct", qualifier="approx")],
         id="pct-growth-about-10"),
    Case("办理时限压缩85%。",
         [dict(family="pct_reduction", value=85, unit="pct")],
         id="pct-compress-85"),
    Case("企业申报材料精简60%。",
         [dict(family="pct_reduction", value=60, unit="pct")],
         id="pct-materials-cut-60"),
    Case("审批环节压缩率达90%。",
         [dict(family="pct_reduction", value=90, unit="pct")],
         id="pct-compression-rate"),
    Case("入园企业用地成本降低25%。",
         [dict(family="pct_reduction", value=25, unit="pct")],
         id="pct-cost-down-25"),
    Case("项目审批时限缩短50%以上。",
         [dict(family="pct_reduction", value=50, unit="pct", qualifier="min")],
         id="pct-shorten-over-50"),
    Case("跑动次数减少百分之八十。",
         [dict(family="pct_reduction", value=80, unit="pct")],
         id="pct-chinese-reduction-80"),
    Case("高新技术产业产值占比57%。",
         [dict(family="share_pct", value=57, unit="pct")],
         id="pct-share-57"),
    Case("一般项目承诺制审批覆盖率达到100%。",
         [dict(family="share_pct", value=100, unit="pct")],
         id="pct-coverage-100"),
    Case("新出让工业用地中标准地比例不低于60%。",
         [dict(family="share_pct", value=60, unit="pct", qualifier="min")],
         id="pct-share-not-below-60"),
    Case("研发投入占营业收入比重超过5%。",
         [dict(family="share_pct", value=5, unit="pct", qualifier="min")],
         id="pct-share-over-5"),
    Case("园区税收占全县的三分之一。",
         [dict(family="share_pct", value=100 / 3, unit="pct")],
         id="pct-one-third"),
    Case("外资持股比例为25.5%。",
         [dict(family="share_pct", value=25.5, unit="pct")],
         id="pct-foreign-share"),
]

# --------------------------------------------------------------------------
# Counts of firms and projects
# --------------------------------------------------------------------------
COUNTS = [
    Case("全年新增市场主体1200户。",
         [dict(family="firm_count", value=1200, unit="firm")],
         id="firm-new-market-entities-hu"),
    Case("累计入驻企业达到256家。",
         [dict(family="firm_count", value=256, unit="firm")],
         id="firm-cumulative-256"),
    Case("今年引进两家龙头企业。",
         [dict(family="firm_count", value=2, unit="firm")],
         id="firm-liang-jia"),
    Case("十余家企业签约入驻园区。",
         [dict(family="firm_count", value=10, unit="firm", qualifier="approx")],
         id="firm-shi-yu-jia"),
    Case("一百二十家企业参加了银企对接会。",
         [dict(family="firm_count", value=120, unit="firm")],
         id="firm-yibai-ershi-jia"),
    Case("全市经营主体总量达到4.9万户。",
         [dict(family="firm_count", value=49000, unit="firm")],
         id="firm-4.9-wan-hu"),
    Case("培育专精特新中小企业30余家。",
         [dict(family="firm_count", value=30, unit="firm", qualifier="approx")],
         id="firm-30-yu"),
    Case("近百家企业参与了“政企面对面”活动。",
         [dict(family="firm_count", value=100, unit="firm", qualifier="approx")],
         id="firm-jin-bai"),
    Case("园区帮办代办服务企业超过300家。",
         [dict(family="firm_count", value=300, unit="firm", qualifier="min")],
         id="firm-over-300"),
    Case("已有200多家企业在线申报。",
         [dict(family="firm_count", value=200, unit="firm", qualifier="approx")],
         id="firm-200-duo"),
    Case("集聚上下游配套企业四十几家。",
         [dict(family="firm_count", value=40, unit="firm", qualifier="approx")],
         id="firm-sishi-ji"),
    Case("园区已培育规上工业企业二十五家。",
         [dict(family="firm_count", value=25, unit="firm")],
         id="firm-ershiwu"),
    Case("开展政策宣讲，覆盖企业150家以上。",
         [dict(family="firm_count", value=150, unit="firm", qualifier="min")],
         id="firm-150-above"),
    Case("园区企业从32家增至78家。",
         [dict(family="firm_count", value=78, unit="firm", value_before=32, unit_before="firm")],
         id="firm-from-32-to-78"),
    Case("全年新认定高新技术企业9家，区内高新技术企业累计达到34家。",
         [dict(family="firm_count", value=9, key="new"),
          dict(family="firm_count", value=34, indicator_differs_from="new")],
         id="firm-new-vs-cumulative-high-tech"),
    Case("今年新增入驻企业15户，园区累计入驻企业达到180户。",
         [dict(family="firm_count", value=15, key="new"),
          dict(family="firm_count", value=180, indicator_differs_from="new")],
         id="firm-new-vs-cumulative-resident"),
    Case("全年签约项目45个。",
         [dict(family="project_count", value=45, unit="project")],
         id="proj-signed-45"),
    Case("集中实施重点项目二十三个。",
         [dict(family="project_count", value=23, unit="project")],
         id="proj-chinese-23"),
    Case("新开工亿元以上项目12个。",
         [dict(family="project_count", value=12, unit="project")],
         id="proj-category-not-money", only=True),
    Case("园区谋划储备项目五十余个。",
         [dict(family="project_count", value=50, unit="project", qualifier="approx")],
         id="proj-wushi-yu"),
    Case("本年度新签约项目18个，累计签约项目达到96个。",
         [dict(family="project_count", value=18, key="new"),
          dict(family="project_count", value=96, indicator_differs_from="new")],
         id="proj-new-vs-cumulative"),
]

# --------------------------------------------------------------------------
# Money
# --------------------------------------------------------------------------
MONEY = [
    Case("全年实际利用外资2.3亿美元。",
         [dict(family="money", value=230_000_000, unit="usd")],
         id="money-usd-yi"),
    Case("该项目总投资超10亿元。",
         [dict(family="money", value=1_000_000_000, unit="yuan", qualifier="min")],
         id="money-over-10-yi"),
    Case("园区企业当年完成投资1.2亿。",
         [dict(family="money", value=120_000_000, unit="yuan")],
         id="money-yi-without-yuan"),
    Case("兑现各类奖补资金3,500万元。",
         [dict(family="money", value=35_000_000, unit="yuan")],
         id="money-thousands-separator"),
    Case("银行为企业提供千万元授信额度。",
         [dict(family="money", value=10_000_000, unit="yuan")],
         id="money-qian-wan"),
    Case("着力打造百亿元级新材料产业集群。",
         [dict(family="money", value=10_000_000_000, unit="yuan")],
         id="money-bai-yi-ji"),
    Case("该企业注册资本500万港元。",
         [dict(family="money", value=5_000_000, unit="hkd")],
         id="money-hkd"),
    Case("合同利用外资1500万美元。",
         [dict(family="money", value=15_000_000, unit="usd")],
         id="money-usd-wan"),
    Case("园区实现营业收入86.5亿元。",
         [dict(family="money", value=8_650_000_000, unit="yuan")],
         id="money-yi-decimal"),
    Case("上缴税收逾2亿元。",
         [dict(family="money", value=200_000_000, unit="yuan", qualifier="min")],
         id="money-yu-2-yi"),
    Case("项目计划投资约3000万元。",
         [dict(family="money", value=30_000_000, unit="yuan", qualifier="approx")],
         id="money-approx-3000-wan"),
    Case("二期工程投资5000万元左右。",
         [dict(family="money", value=50_000_000, unit="yuan", qualifier="approx")],
         id="money-zuoyou"),
    Case("为企业减免各项费用6.8万元。",
         [dict(family="money", value=68_000, unit="yuan")],
         id="money-wan-decimal"),
    Case("该项目总投资十二亿元。",
         [dict(family="money", value=1_200_000_000, unit="yuan")],
         id="money-chinese-12-yi"),
    Case("为企业免收代办费用1600元。",
         [dict(family="money", value=1600, unit="yuan")],
         id="money-plain-yuan"),
    Case("县财政注入资本金两千万元。",
         [dict(family="money", value=20_000_000, unit="yuan")],
         id="money-liang-qian-wan"),
    Case("争取专项债券资金近3亿元。",
         [dict(family="money", value=300_000_000, unit="yuan", qualifier="approx")],
         id="money-jin-3-yi"),
    Case("帮助企业融资1.5亿余元。",
         [dict(family="money", value=150_000_000, unit="yuan", qualifier="approx")],
         id="money-yi-yu-yuan"),
    Case("通过资产打包为园区融资5个多亿。",
         [dict(family="money", value=500_000_000, unit="yuan", qualifier="approx")],
         id="money-ge-duo-yi"),
    Case("完成固定资产投资15亿元以上。",
         [dict(family="money", value=1_500_000_000, unit="yuan", qualifier="min")],
         id="money-yi-above"),
    Case("为小微企业发放贴息贷款五百万元。",
         [dict(family="money", value=5_000_000, unit="yuan")],
         id="money-chinese-500-wan"),
    Case("当年到位外资30万美元。",
         [dict(family="money", value=300_000, unit="usd")],
         id="money-wan-usd"),
    Case("企业获得研发补助0.8亿元。",
         [dict(family="money", value=80_000_000, unit="yuan")],
         id="money-zero-point-yi"),
]

# --------------------------------------------------------------------------
# Area
# --------------------------------------------------------------------------
AREA = [
    Case("园区新出让工业用地120亩。",
         [dict(family="area", value=120 * MU, unit="m2")],
         id="area-mu"),
    Case("项目占地面积15公顷。",
         [dict(family="area", value=150_000, unit="m2")],
         id="area-hectare"),
    Case("建成标准化厂房8.6万平方米。",
         [dict(family="area", value=86_000, unit="m2")],
         id="area-wan-m2"),
    Case("综合服务楼建筑面积3200平方米。",
         [dict(family="area", value=3200, unit="m2")],
         id="area-m2"),
    Case("盘活闲置土地近千亩。",
         [dict(family="area", value=1000 * MU, unit="m2", qualifier="approx")],
         id="area-jin-qian-mu"),
    Case("储备“标准地”0.85公顷。",
         [dict(family="area", value=8500, unit="m2")],
         id="area-hectare-decimal"),
]

# --------------------------------------------------------------------------
# Other quantities
# --------------------------------------------------------------------------
OTHER = [
    Case("项目投产后可新增就业岗位1500个。",
         [dict(family="other", value=1500, unit="job")],
         id="other-jobs"),
    Case("分布式光伏装机容量达到200MW。",
         [dict(family="other", value=200, unit="mw")],
         id="other-mw"),
    Case("新能源装机规模50万千瓦。",
         [dict(family="other", value=500, unit="mw")],
         id="other-wan-kw"),
    Case("项目达产后年产再生铝10万吨。",
         [dict(family="other", value=100_000, unit="tonne")],
         id="other-wan-tonne"),
    Case("柔性引进博士8人。",
         [dict(family="other", value=8, unit="person")],
         id="other-person"),
    Case("企业获得授权发明专利四十几项。",
         [dict(family="other", value=40, unit="item", qualifier="approx")],
         id="other-sishi-ji-xiang"),
]

# --------------------------------------------------------------------------
# Periods: asserted only where the sentence states them
# --------------------------------------------------------------------------
PERIOD = [
    Case("2024年，园区新增市场主体860户。",
         [dict(family="firm_count", value=860, period="2024")],
         id="period-year"),
    Case("2025年上半年，工业投资同比增长21.4%。",
         [dict(family="growth_rate", value=21.4, period="2025H1")],
         id="period-first-half"),
    Case("截至2025年5月，累计入驻企业212家。",
         [dict(family="firm_count", value=212, period="2025-05")],
         id="period-as-of-month"),
    Case("2023年全年实现营业收入45亿元。",
         [dict(family="money", value=4_500_000_000, unit="yuan", period="2023")],
         id="period-full-year"),
    Case("截至2024年10月底，共办理企业设立登记95家。",
         [dict(family="firm_count", value=95, period="2024-10")],
         id="period-as-of-month-end"),
    Case("截至2025年6月底，园区累计注册企业356家。",
         [dict(family="firm_count", value=356, period="2025-06")],
         id="period-as-of-june-end"),
]

# --------------------------------------------------------------------------
# Zones: by place prefix only
# --------------------------------------------------------------------------
ZONES = [
    Case("平遥经开区今年新引进企业18家。",
         [dict(family="firm_count", value=18, zone_prefix="平遥")],
         id="zone-pingyao-short-name"),
    Case("在繁峙经开区，入驻企业已达150家。",
         [dict(family="firm_count", value=150, zone_prefix="繁峙")],
         id="zone-fanshi-clause-before"),
    Case("太谷经济技术开发区实际利用外资3200万美元。",
         [dict(family="money", value=32_000_000, unit="usd", zone_prefix="太谷")],
         id="zone-taigu-full-name"),
    Case("祁县经开区新开工项目9个，文水经开区新开工项目6个。",
         [dict(family="project_count", value=9, zone_prefix="祁县"),
          dict(family="project_count", value=6, zone_prefix="文水")],
         id="zone-two-zones-one-sentence"),
    Case("灵石经开区学习借鉴苏州工业园区等先进经验，全年新增企业32家。",
         [dict(family="firm_count", value=32, zone_prefix="灵石")],
         id="zone-passing-mention-does-not-take-claim"),
    Case("平遥经开区推行“拿地即开工”，项目开工准备时间压缩至30天。",
         [dict(family="duration", value=30, unit="day", zone_prefix="平遥")],
         id="zone-pingyao-duration"),
    Case("山西综改示范区新增市场主体3200户。",
         [dict(family="firm_count", value=3200, zone_prefix="山西")],
         id="zone-shanxi-reform-zone"),
    Case("朔州市行政审批服务管理局把施工许可办理时间压缩至5个工作日。",
         [dict(family="duration", value=5, unit="working_day", zone_prefix="朔州")],
         id="zone-city-approval-bureau"),
    Case("阳曲经开区新引进企业8家。",
         [dict(family="firm_count", value=8, zone_prefix="阳曲")],
         id="zone-provisional-not-dropped"),
    Case("文水经开区深化“承诺制”改革。今年以来，新备案项目24个全部实行承诺制。",
         [dict(family="project_count", value=24, zone_prefix="文水")],
         id="zone-nearest-before-in-paragraph"),
    Case("繁峙经开区同苏州工业园区、天津经开区等一起交流经验，今年新增入驻企业21家。",
         [dict(family="firm_count", value=21, zone_prefix="繁峙")],
         id="zone-passing-list-with-deng"),
]

# --------------------------------------------------------------------------
# Layout: spaces, full-width characters, column breaks, markdown marks
# --------------------------------------------------------------------------
LAYOUT = [
    Case("园区入驻企业 96 家。",
         [dict(family="firm_count", value=96, unit="firm")],
         id="layout-spaces-around-number"),
    Case("全年新增企业１２３家。",
         [dict(family="firm_count", value=123, unit="firm")],
         id="layout-full-width-digits"),
    Case("营业收入同比增长１５．６％。",
         [dict(family="growth_rate", value=15.6, unit="pct")],
         id="layout-full-width-percent"),
    Case("培育专精特新企业5\n\n家，形成产业集群。",
         [dict(family="firm_count", value=5, unit="firm")],
         id="layout-column-break-before-unit"),
    Case("**全年新增市场主体2300户**",
         [dict(family="firm_count", value=2300, unit="firm")],
         id="layout-markdown-bold"),
    Case("项目总投资 1.2 亿元。",
         [dict(family="money", value=120_000_000, unit="yuan")],
         id="layout-spaced-yi"),
    Case("园区新引进企业15家。园区新引进企业15家。",
         [dict(family="firm_count", value=15)],
         id="layout-same-claim-twice-is-one", only=True),
]

# --------------------------------------------------------------------------
# Ranges: low end and high end (values only, and the qualifiers of the gold)
# --------------------------------------------------------------------------
RANGES = [
    Case("单个项目投资额在5000万元至8000万元之间。",
         [dict(family="money", value=50_000_000, qualifier="min"),
          dict(family="money", value=80_000_000, qualifier="max")],
         id="range-money"),
    Case("项目建成后年处理能力在20万吨至30万吨之间。",
         [dict(family="other", value=200_000, unit="tonne", qualifier="min"),
          dict(family="other", value=300_000, unit="tonne", qualifier="max")],
         id="range-wan-tonne"),
    Case("单宗工业用地面积50至80亩。",
         [dict(family="area", value=50 * MU, unit="m2", qualifier="min"),
          dict(family="area", value=80 * MU, unit="m2", qualifier="max")],
         id="range-unit-on-high-end-only"),
    Case("办理时间由过去的20至30个工作日缩短为3个工作日。",
         [dict(family="duration", value=3, unit="working_day")],
         id="range-before-after-value"),
]

# --------------------------------------------------------------------------
# Sentences with a decoy beside the claim: only the claim may come out
# --------------------------------------------------------------------------
DECOYS = [
    Case("园区营业收入增长12%，排名全省第三。",
         [dict(family="growth_rate", value=12, unit="pct")],
         id="decoy-rank-after-growth", only=True),
    Case("依托“13210”服务体系，园区新增入驻企业27家。",
         [dict(family="firm_count", value=27, unit="firm")],
         id="decoy-system-name-digits", only=True),
    Case("围绕“一区三园”布局，新引进项目16个。",
         [dict(family="project_count", value=16, unit="project")],
         id="decoy-one-zone-three-parks", only=True),
    Case("政务服务实行7x24小时自助办理，全年办件量增长35%。",
         [dict(family="growth_rate", value=35, unit="pct")],
         id="decoy-7x24", only=True),
    Case("在全国2000余家开发区中，该区新增企业64家。",
         [dict(family="firm_count", value=64, unit="firm")],
         id="decoy-count-of-zones", only=True),
    Case("2025年8月投入运营后，项目可实现年产值3亿元。",
         [dict(family="money", value=300_000_000, unit="yuan")],
         id="decoy-date-before-money", only=True),
    Case("“十四五”以来，园区累计引进企业88家。",
         [dict(family="firm_count", value=88, unit="firm")],
         id="decoy-fourteenth-five-year-plan", only=True),
    Case("二期厂房建成后，已有12家企业签约入驻。",
         [dict(family="firm_count", value=12, unit="firm")],
         id="decoy-phase-two", only=True),
]

# --------------------------------------------------------------------------
# Texts that must yield no claim at all
# --------------------------------------------------------------------------
NO_CLAIM = [
    Case("第十二届中国开发区营商环境论坛在太原举行。", [], id="none-edition-ordinal"),
    Case("2025年6月，园区被授予“营商环境最优园区”称号。", [], id="none-year-month"),
    Case("构建“13210”项目全周期服务体系。", [], id="none-digits-in-name"),
    Case("政务大厅提供7x24小时不打烊服务。", [], id="none-7x24"),
    Case("该区是全国2000余家开发区之一。", [], id="none-count-of-zones"),
    Case("综合排名第三。", [], id="none-rank"),
    Case("工业投资位列全市第二。", [], id="none-rank-city"),
    Case("推进产城融合一体化发展。", [], id="none-yitihua"),
    Case("窗口统一受理、统一出件。", [], id="none-tongyi"),
    Case("上半年，园区各项工作稳步推进。", [], id="none-first-half-alone"),
    Case("园区已实现5G基站全覆盖。", [], id="none-5g"),
    Case("咨询电话0351-1234567。", [], id="none-phone"),
    Case("根据晋政发〔2024〕12号文件精神。", [], id="none-document-number"),
    Case("企业1号车间已经完成设备安装。", [], id="none-workshop-number"),
    Case("形成“一区三园”发展格局。", [], id="none-one-zone-three-parks"),
    Case("这是“十四五”规划的重点任务。", [], id="none-five-year-plan"),
    Case("启动营商环境提升三年行动。", [], id="none-three-year-action"),
    Case("努力跻身全省开发区第一方阵。", [], id="none-first-echelon"),
    Case("二期工程正在加紧建设。", [], id="none-phase-two"),
    Case("一期项目已经竣工投产。", [], id="none-phase-one"),
    Case("3月份，园区组织开展安全生产大检查。", [], id="none-month"),
    Case("项目计划于2025年8月投入运营。", [], id="none-date-of-operation"),
    Case("9月7日上午，签约仪式在管委会举行。", [], id="none-day-of-month"),
    Case("全省88个开发区参加年度考核。", [], id="none-count-of-zones-province"),
    Case("千方百计为企业排忧解难。", [], id="none-idiom-qian-bai"),
    Case("推动“一件事一次办”改革落地。", [], id="none-one-thing-once"),
    Case("依托“1+1+N”帮办机制服务企业。", [], id="none-1-plus-1-plus-n"),
    Case("坚持“三化三制”改革方向。", [], id="none-three-three"),
    Case("编制《企业全周期服务指南2.0》。", [], id="none-version-number"),
    Case("畅通12345政务服务热线。", [], id="none-hotline"),
    Case("公司获得AA主体信用等级。", [], id="none-credit-rating"),
    Case("深度融入“一带一路”建设。", [], id="none-belt-and-road"),
    Case("开展“一对一”精准帮扶。", [], id="none-one-on-one"),
    Case("2024年度营商环境评价结果正式发布。", [], id="none-year-alone"),
    Case("企业通过ISO9001质量管理体系认证。", [], id="none-iso-standard"),
    Case("园区被评为首批省级示范园区。", [], id="none-first-batch"),
    Case("第三季度，园区召开项目推进会。", [], id="none-third-quarter"),
    Case("项目位于2号地块北侧。", [], id="none-plot-number"),
    Case("近年来，园区营商环境持续优化。", [], id="none-jin-nian-lai"),
    Case("多措并举推动项目建设。", [], id="none-duo-cuo"),
    Case("建立“五个一”工作机制。", [], id="none-five-ones"),
    Case("开展“百日攻坚”专项行动。", [], id="none-hundred-days-campaign"),
    Case("积极参与“万企兴万村”行动。", [], id="none-wan-qi-xing-wan-cun"),
    Case("推行一网通办、一窗受理、一次办好。", [], id="none-yi-wang-tong-ban"),
    Case("项目紧邻G208国道。", [], id="none-road-number"),
    Case("活动时间为2024年3月至6月。", [], id="none-date-range"),
    Case("发布日期：2025-05-20", [], id="none-iso-date"),
]

CASES: list[Case] = (DURATION + PERCENT + COUNTS + MONEY + AREA + OTHER + PERIOD
                     + ZONES + LAYOUT + RANGES + DECOYS + NO_CLAIM)

#: Fields an expect dict may name.
FIELDS = {"family", "value", "unit", "value_before", "unit_before", "qualifier",
          "period", "zone_prefix", "key", "indicator_differs_from"}
