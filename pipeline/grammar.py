"""The grammar of a claim: numbers with their units, qualifiers, the nouns a count
counts, and the small phrase patterns the extraction reads around each number.

Everything here is a compiled pattern or a table; `extract.py` applies them.
"""
from __future__ import annotations

import regex as re

# -- the pattern -------------------------------------------------------------
# A number: Arabic with separators/decimals and an optional 余/多 and 万/亿
# multiplier (20余万, 9个多亿, 276 万), or a Chinese numeral that holds a digit
# or 十/百/千 (bare 万/亿 are words, not numbers), or a fraction.
_NUM = r"""
(?P<num>
    (?:(?<![表图第附号期卷版条款][ ]?)(?<!\d[,，])(?<=[\p{Han}：:，,、；;（()）\n](?:[ ]?|[ \t\u3000]{2,})|^)  # OCR put a space inside
                                                               # (or a label's value set apart: 新签约项目    2 314 个):
         (?:(?:(?<!(?:^|\n)[ \t\u3000]*)(?<![：:；;][ \t]*)\d(?:[ ]\d){0,4}[ ]\.[ ]\d(?:[ ]\d){0,3}(?![ ]?\d)
             |\d(?:[ ]\d){2,4}[ ]\.[ ]\d(?:[ ]\d){0,3}(?![ ]?\d)
             |(?<=(?:^|\n)[ \t\u3000]*)\d(?:[ ]\d)?[ ]\.[ ]\d(?:(?:[ ]\d){0,2}[ ][1-9])?(?![ ]?\d)
              (?=[ \t]*(?:[%％]|[千百]?[万亿]?[美港]?元|[万亿]|个?工作日|天(?!然|府|津|使|河|水|山|下|空|门|台|堂|际|猫|鹅|坛|文)|个?小时(?!达)|亩(?!均|产)|个月|平方|公顷))
             |(?<=[：:；;][ \t]*)(?:\d[ ]\d[ ]\.[ ]\d(?:[ ]\d){0,3}|\d[ ]\.[ ]\d(?:[ ]\d)?(?:[ ][1-9])?)(?![ ]?\d)
              (?=[ \t]*(?:[%％]|[千百]?[万亿]?[美港]?元|[万亿]|个?工作日|天(?!然|府|津|使|河|水|山|下|空|门|台|堂|际|猫|鹅|坛|文)|个?小时(?!达)|亩(?!均|产)|个月|平方|公顷)))
          (?![ \t]*(?:个(?![ \t]*(?:工作日|月|百分点|小时))|家|名|户|项|辆|台|套))  # 1 4 6 8 . 3 亿元: a page that
                                                                   # spaces every digit; not a count's decimal (1 0 . 3 个专班); at a line's or a label's start with one
                                                                   # or two digits, at a line's or a label's start: only before money, %, time or area
                                                                   # (not 1 . 2 亩均…, 3 . 2 小时达…: headings), at a line's start not ending in 0 after
                                                                   # its first decimal, after a colon not in 0 after a second (1 . 2 0 0 万元 numbers a list)
          |\d{1,3}(?:[ ]\d{3}){3}(?=(?:\.\d+)?[ \t]*[美港]?元)|\d{1,3}(?:[ ]\d{1,3}){1,2}|\d(?:[ ]\d){3}(?![ \t]*[%％]))
         (?=(?:\.\d+)?[ \t]*(?:[余多][ \t]*)?(?:[%％十百千万亿]|个|家|户|项|[美港]?元|天|小时|亩|人|名|吨|件|辆|台|套|标箱))  # 1 236.8亿元, 4 6 1 2家,
         (?:\.\d+)?                                                # 达 4 6 2 家, 增长 2 1.6%; four groups only in
                                                                   # yuan (1 236 580 000元; not 分别为 85 120 156 210家)
     | (?:(?<![表图第附号期卷版条款][ ]?)(?<=[\p{Han}：:，,、；;（(\n][ ]?|^)
         \d{1,3}[ ]\.\d+(?=[ \t]*(?:[%％十百千万亿]|个|家|户|项|元)))  # 6 .8%, 增长 16 .5 %, 1 .2 万件
     | (?:(?<=[\p{Han}，,（(][ ]?)\d{1,3}\.[ ]\d+(?=[ \t]*(?:[%％]|万亿|亿|万)))  # 12. 3%, 收入4. 6万亿元 (not a list's 1. 80%)
     | (?<=\p{Han})(?<!(?:由|从)[^，。；\n]{0,12}(?:至|到|为))      # 1，246户: OCR's full-width thousands
         \d{1,3}(?:，\d{3})+(?:\.\d+)?(?![\d，])(?=[ \t]*(?:[%％十百千万亿]|个|家|户|项|元|人|名|亩|吨))  # (not 14:30，200家,
         # 由86家增至120，180家; 2，867.4亿元 with its decimals)
     | (?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)                  # 3,500  1.2  60
    (?:[ \t]*(?:[余多几]|个[余多几]?(?=[ \t]*[万亿])))?           # 10余  9个多(亿)  3个(亿)
    (?:[ \t]*(?:[十百千万亿]+|[wW](?=[ \t]*(?:[余多]?[ \t]*(?:户(?!外|型)|家(?!电|具|居|用)|人(?!工)|名|个|项|辆|亩|元|吨|套|台(?!灯|式|扇|面|阶)|单(?!晶|模|块|面|玻|管|相|口|体|位|价|品|层|独|一|元|线|路|色|机|轴|极|片|芯|节|台)))))[余多]?)?
                                                               # 1.2亿  276 万  1.2万余  1.9w户 (w: 万, as posts write it)
  | [零〇一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千万亿]*
    (?:点[零〇一二三四五六七八九]+)?(?:[余多几来]|个[余多几](?=[万亿]))?(?:个?[万亿])?  # 十余  四十几  千万  十二点五
                                                               # 四百六十多个亿  一个多亿
  | [壹贰叁肆伍陆柒捌玖拾](?=[零壹贰叁肆伍陆柒捌玖拾佰仟]*[拾佰仟万亿])[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+
                                                               # 壹亿贰仟万: a budget's uppercase numerals
  | [百千万亿]余                                               # 万余家
  | 半(?=个?(?:工作日|自然日|小时|天|月))                       # 半个工作日  半天
)"""
_PCT_WORDS = r"""
  (?P<fan>翻了?[一两二三]番|(?<!倍增|比|再)翻番(?![式])(?!目标))       # 翻了一番, 实现翻番: doubled
| (?P<half>一半(?<=(?:减少|缩短|压缩|压减|缩减|降低|下降|减|缩|降|(?<!至)少|节省|节约)了?[ ]?(?:近|约|将近|接近|超过|逾|超)?一半)(?!的|之|影响))
                                                                   # 缩短近一半: a cut of 50%
| (?P<bei>[一两二三四五六七八九]倍(?<=(?:增长|增加|提高|提升|上涨|扩大)了?[ ]?(?:近|约|将近|接近|超过|逾|超)?[一两二三四五六七八九]倍)(?![多余半]))
                                                                   # 增长近一倍: a rise of 100%, 增长两倍 of 200%
| (?P<pctw>百[ ]?分之(?:[零〇一二两三四五六七八九十百点]+(?:(?<=点)[多几])?|\d+(?:\.\d+)?))
| (?P<frac>[一二三四五六七八九十]+分之[一二三四五六七八九十]+
    | (?<=[的占约近超])\d{1,2}/\d{1,2}(?![\d/]))                 # 三分之一  占…的1/3
"""
# Units, longest first; 日 counts only as 日内 (6月11日 is a date), 项 not in 项目,
# 次 not in 十次全会, 度 only where electricity is meant (checked in code).
UNITS = {
    "个工作日": ("working_day", 1, "duration"), "工作日": ("working_day", 1, "duration"),
    "个自然日": ("day", 1, "duration"), "自然日": ("day", 1, "duration"), "个日历天": ("day", 1, "duration"),
    "日历天": ("day", 1, "duration"),  # (工期240日历天: a works contract's calendar days)
    "天": ("day", 1, "duration"), "日": ("day", 1, "duration"), "年": ("year", 1, "duration"),
    "个小时": ("hour", 1, "duration"), "小时": ("hour", 1, "duration"),
    "分钟": ("hour", 1 / 60, "duration"), "个月": ("month", 1, "duration"),
    "秒钟": ("hour", 1 / 3600, "duration"), "秒": ("hour", 1 / 3600, "duration"),  # 由5分钟缩短至40秒
    "周": ("day", 7, "duration"), "个星期": ("day", 7, "duration"), "星期": ("day", 7, "duration"),
    "个多月": ("month", 1, "duration"), "个多小时": ("hour", 1, "duration"),
    "个半月": ("month", 1, "duration"), "个半小时": ("hour", 1, "duration"),  # 一个半小时: the half is
    "个半工作日": ("working_day", 1, "duration"), "个半自然日": ("day", 1, "duration"),  # added in extract
    "%": ("pct", 1, "pct"), "成": ("pct", 10, "pct"), "个百分点": ("pct_point", 1, "other"),
    "家": ("firm", 1, "count"), "户": ("firm", 1, "count"), "个": ("", 1, "count"),
    "美元": ("usd", 1, "money"), "美金": ("usd", 1, "money"), "港元": ("hkd", 1, "money"),
    "港币": ("hkd", 1, "money"), "欧元": ("eur", 1, "money"), "日元": ("jpy", 1, "money"),
    "英镑": ("gbp", 1, "money"), "澳门元": ("mop", 1, "money"), "澳门币": ("mop", 1, "money"),
    "澳元": ("aud", 1, "money"),
    # (other neighbours' and partners' currencies: 86.4亿卢布 is no 86.4亿 yuan)
    "卢布": ("rub", 1, "money"), "韩元": ("krw", 1, "money"), "新台币": ("twd", 1, "money"),
    "泰铢": ("thb", 1, "money"), "越南盾": ("vnd", 1, "money"), "坚戈": ("kzt", 1, "money"),
    "新加坡元": ("sgd", 1, "money"), "林吉特": ("myr", 1, "money"),
    "元": ("yuan", 1, "money"),
    "平方公里": ("m2", 1e6, "area"), "平方千米": ("m2", 1e6, "area"),
    "平方米": ("m2", 1, "area"), "平米": ("m2", 1, "area"), "㎡": ("m2", 1, "area"),
    "km²": ("m2", 1e6, "area"), "km2": ("m2", 1e6, "area"), "m²": ("m2", 1, "area"),
    "公顷": ("m2", 1e4, "area"), "亩": ("m2", 666.67, "area"),
    "吨": ("tonne", 1, "other"),
    "GWh": ("mwh", 1000, "other"), "MWh": ("mwh", 1, "other"), "兆瓦时": ("mwh", 1, "other"),
    "kWh": ("kwh", 1, "other"), "千瓦时": ("kwh", 1, "other"), "度": ("kwh", 1, "other"),
    "GW": ("mw", 1000, "other"), "MW": ("mw", 1, "other"), "兆瓦": ("mw", 1, "other"),
    "吉瓦时": ("mwh", 1000, "other"), "吉瓦": ("mw", 1000, "other"),
    "标准箱": ("container", 1, "other"), "标箱": ("container", 1, "other"), "TEU": ("container", 1, "other"), "单": ("order", 1, "other"),
    "kW": ("mw", 0.001, "other"), "千瓦": ("mw", 0.001, "other"),
    "千伏": ("kv", 1, "other"), "kV": ("kv", 1, "other"),
    "立方米": ("m3", 1, "other"), "立方": ("m3", 1, "other"), "m³": ("m3", 1, "other"),
    "米/秒": ("m_per_s", 1, "other"), "瓦特/平方米": ("w_per_m2", 1, "other"),
    "名": ("person", 1, "count"), "人次": ("person_time", 1, "other"), "人": ("person", 1, "count"),
    "项": ("item", 1, "count"), "件": ("item", 1, "count"), "次": ("time", 1, "other"),
    "份": ("copy", 1, "other"), "宗": ("parcel", 1, "other"), "栋": ("building", 1, "other"),
    "支": ("fund", 1, "count"), "倍": ("ratio", 1, "other"), "棵": ("tree", 1, "other"),
    "枚": ("piece", 1, "other"), "套": ("set", 1, "other"), "所": ("institution", 1, "other"),
    "座": ("facility", 1, "other"), "台": ("machine", 1, "other"), "辆": ("vehicle", 1, "other"),
    "条": ("item", 1, "other"), "张": ("item", 1, "other"),
    "株": ("tree", 1, "other"), "分": ("point", 1, "other"),
    "公里": ("km", 1, "other"), "千米": ("km", 1, "other"),  # 距机场15公里
}
# (天 not before 津, 水 …: 表1  天水经济技术开发区 is a table's number, then a place)
_UNIT_ALT = "|".join(
    {"日": r"日(?!期|报|常|益|均)", "年": r"年(?=[ \t]*(?:压缩|缩短|缩减|减少|以内|之内|内))",
     "成": r"成(?!员|果|本|立|交|功|为|效|熟|长|品|绩|就|型|都|套|批)",
     "分": r"分(?=[^\p{Han}]|以上|左右|$)", "项": r"项(?!目)", "次": r"次(?!全会|会议|党代会)",
     "kV": r"[kK][vV]", "kW": r"[kK][wW](?![hH])", "kWh": r"[kK][wW][hH]",
     "个": r"个(?![人体])", "秒": r"秒(?![批办级杀表针])", "天": r"天(?!津|水|门|府|河|山|堂|坛|猫|鹅|然|使)", "周": r"周(?![年岁边末围期转刊报])", "名": r"名(?![单称次牌列])", "人": r"人(?![民才员们士工])"}.get(u, re.escape(u))
    for u in sorted(UNITS, key=len, reverse=True))
PATTERN = re.compile(
    r"(?:" + _PCT_WORDS + r"|" + _NUM + r"""
    (?: \s{0,4}(?P<unit>""" + _UNIT_ALT + r""")
      | (?<=[亿万])(?P<bare_yi>) ))                        # 9个多亿: money, if the sentence says so; 投了三十多万 (said)
    (?P<post>以上|以下|以内|之内|内|左右|上下|出头|多|余|级)?""", re.X)

NUMBER_TOKEN = re.compile(r"\d+(?:[.,]\d+)*")  # every Arabic number, for the unclaimed list

# -- qualifiers, verbs, nouns ---------------------------------------------------
PRE_QUAL = sorted((
    ("不低于", "min"), ("不少于", "min"), ("至少", "min"), ("超过", "min"), ("高达", "min"),
    ("多达", "min"), ("逾", "min"), ("超", "min"), ("不超过", "max"), ("不到", "max"),
    ("不得超过", "max"), ("不能超过", "max"), ("不应超过", "max"), ("不会超过", "max"), ("不宜超过", "max"),
    ("不得低于", "min"), ("不能低于", "min"), ("不得少于", "min"),
    ("不足", "max"), ("不多于", "max"), ("不高于", "max"), ("不大于", "max"), ("不小于", "min"),
    ("最多", "max"), ("最长", "max"), ("突破", "min"), ("最高", "max"), ("将近", "approx"), ("接近", "approx"),
    ("大约", "approx"), ("约", "approx"), ("近", "approx"), ("最快", "min"), ("最短", "min"),
), key=lambda wq: -len(wq[0]))  # 不超过 before 超过
# (约 in 签约, 合约, 预约, 节约 is no qualifier: 签约8个项目; 折合约 is)
_PRE_QUAL_RE = re.compile("(?:" + "|".join(w if w != "约" else "(?<![签预节制契邀践履公条])(?<![^折]合)约"
                                           for w, _ in PRE_QUAL) + ")$")
_PRE_QUAL_OF = dict(PRE_QUAL)
# Words that may stand between a qualifier and its number: 最快仅需30天.
_FILLER = re.compile(r"(?:仅需|只需|仅用|只用|即可|可获得|可获|获得|给予|奖励|补贴|补助|资助|仅|只|可|达到|达|(?<=约)为)$")
POST_QUAL = {"以上": "min", "以下": "max", "以内": "max", "之内": "max", "内": "max", "左右": "approx",
             "上下": "approx", "出头": "min", "多": "approx", "余": "approx", "级": "approx"}
_PCT_VERB = re.compile(
    r"(?P<skip>新增|新建|新签|增值|增量)"
    r"|(?P<cop2>(?:提高|提升|上升|增加|增长|降低|下降|减少|压缩|降)(?:到|至|为))"
    r"|(?P<red>(?:少了|少用了)(?=\s*$)|压缩率|核减率|审减率|节约率|(?<=能耗|成本|费用|强度|用水量|排放)降低率|压减率|(?:精简|压缩|压减|减少|降低|下降|削减|减排)(?:比例|比率|幅度)|(?:削减|减排)率|下降率(?=\s*(?:为|是|达到?了?)?\s*$)|精简率|压缩|压减|缩短|缩减|减少|降低|下降|降幅|精简|节约|节省|省电|节电|(?<!上)下浮|让利|减(?!按)|降|(?<![加尽赶])快(?=\s*$)|(?<![全本外该我])省(?![级内外市份区委政]))"
    r"|(?P<gro>同比(?=\s*[：:]?\s*$)|(?<!比重|占比|比例|率|近)[两三四五]年平均(?=\s*[：:]?\s*$)|(?:多了|多出)(?=\s*$)|增长率|增速|增幅|增长|提升|提高|回升|扩大|上升|增加|攀升|增|涨)"
    r"|(?P<tisu>提速)"  # a cut after a time's, else a rise (extract._pct_family)
    r"|(?P<sha>减按|占比|比重|比例|占股|占|率)"  # 减按15%的税率: a rate, not a cut
    r"|(?P<cop>完成|达到|实行|实现|覆盖|为)")  # copulas: a share only when nothing else is said
# What a count counts: the last of these words in the noun phrase decides.
_NOUN = re.compile(
    r"(?P<zone>开发区|经开区|园区|示范区|高新区|产业园|工业园|片区(?!级)|区块(?!链))"
    r"|(?P<park>企业园|中小企业园|孵化器|众创空间)"
    r"|(?P<center>技术中心|研发中心|中心|实验室|研究院|创新站|工作站)"
    r"|(?P<firm>企业|公司|市场主体|经营主体|个体户|工商户|商户|(?:服务商|供应商|运营商|经销商|贸易商|开发商|承包商|厂商)(?![品业务标会场铺圈])|厂家|工厂|民企|外企|高企|小巨人|主体)"
    r"|(?P<project>项目)"
    r"|(?P<permit>许可证|证书|执照)"
    r"|(?P<job>就业岗位|岗位)"
    r"|(?P<branch>支部)"
    r"|(?P<org>党委|单位|机构|部门|银行)"
    r"|(?P<fund>基金)"
    r"|(?P<item>事项|问题|措施|套餐|手续|专利|技术|产品|机制|工作法|难题|诉求|实事|服务|成果|举措)"
    r"|(?P<person>人员|员工|职工|人才|干部|党员|专家|博士|建设者|服务员|体验员|代办员)"
    r"|(?P<step>环节|步骤|程序|流程)"
    r"|(?P<station>基站|充电桩|工作站|站点)"
    r"|(?P<platform>研发平台|创新平台|平台)"
    r"|(?P<seat>学位|床位|车位|工位)"
    r"|(?P<rack>机架|机柜)"
    r"|(?P<window>窗口)"
    r"|(?P<document>申报材料|申请材料|材料|要件|证明|表格|表单)"
    r"|(?P<household>农户|居民|家庭|脱贫户)")
_JIA_NOUNS = frozenset({"firm", "center", "park", "org", "zone", "household"})  # what 家/户 can count
_NOUN_UNIT = {"firm": ("firm_count", "firm"), "project": ("project_count", "project"),
              "center": ("other", "center"), "park": ("other", "park"), "permit": ("other", "permit"),
              "job": ("other", "job"), "branch": ("other", "branch"), "org": ("other", "org"),
              "fund": ("other", "fund"), "item": ("other", "item"), "person": ("other", "person"),
              "household": ("other", "household"), "step": ("other", "step"),
              "document": ("other", "document"), "station": ("other", "station"),
              "platform": ("other", "platform"), "seat": ("other", "seat"),
              "rack": ("other", "rack"), "window": ("other", "window")}
# A measure word says little; the noun beside it says what is counted: 2800套人才公寓.
MEASURED = {
    "套": ((re.compile(r"公寓|住房|住宅|房"), "apartment"),),
    "所": ((re.compile(r"学校|幼儿园|中小学|学院|大学|医院"), "school"),),
    "台": ((re.compile(r"服务器"), "server"), (re.compile(r"机器人"), "robot")),
}
_FROM = re.compile(r"(?:从|由|自|原以为|原本|原需|原来|原先|以往|过去|此前|以前|改革(?:之)?前(?!相比|的))")
#: an arrow between a figure before and one after (60个工作日→20个工作日)
ARROW = r"→|->|⟶|➡|⇒|—>"
_BA_VERB = re.compile(r"(?:压缩|缩短|缩减|减少|压减|降低|降|减|精简|提高|提升|增加|增长|扩大|优化|缩|压|下调|上调|调低)了?(?:至|到|为|成)"
                      r"|增至|达到|提高到|" + ARROW)
_BA_NOW = re.compile(r"现在|如今|而今|目前|当前|现已|现仅|现只|，现|改革后|改革之后|(?P<spoken>这次|此次|这回)")  # (以前…要三个月，这次只用了二十八天: times only)
_MONEY_CUE = re.compile(r"投资|资金|筹资|融资|产值|贷款|收入|营收|基金|资产|销售额|税收|财政|资本|金额|规模"
                        r"|进出口|出口额|进口额|贸易额|外贸|利润|营业额|交易额|成交额|生产总值|增加值"
                        r"|奖补|补贴|补助|奖励|兑现")  # (进出口额完成六十八个亿; 兑现的各种奖补，一个多亿)
_NUMERAL_AFTER_VERB = re.compile(r"(?:至|到|为|需|用|仅|最快|最短|只要)$")
_APPROX_IN_NUM = re.compile(r"[余多几来]")
_RANGE_SEP = re.compile(r"\s*(?:至|到|~|～|-|－|—)\s*")
_RANGE_LOW = re.compile(r"(?<![\d.．\-—－][ ]?)(\d+(?:\.\d+)?)[ \t]*(?:至|到|~|～|－|—|-)[ \t]*$")  # (not a page number: — 3 —⏎)
_LIST_FIRST = re.compile(r"(?<![\d,，.．][ ]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:和|、|及|与)\s*$")
# The items of a list of figures before a number (分别增长8.1%、12.3%和), and after it.
_LIST_ITEM = (r"\d+(?:\.\d+)?\s*(?:个工作日|个百分点|个月|工作日|小时|分钟|平方公里|亿美元|万美元|亿元|万元|"
              r"万户|万人|%|％|[天日年家户个项件元亩人次])?")
_LIST_TAIL = re.compile(r"(?<![\d.])(?:" + _LIST_ITEM + r"\s*(?:以及|、|和|及|与)\s*)+$")
_LIST_MORE = re.compile(r"(?:\s*(?:以及|、|和|及|与)\s*" + _LIST_ITEM + r")+")
_LIST_SEP = re.compile(r"以及|[、和及与]")
_LIST_NUM = re.compile(r"\d+(?:\.\d+)?")
_LIST_CLAUSE_REV = re.compile(r"(?r)[，,；;。！？!?：:（）()|\n]")  # a clause, 、 kept inside
# Where the phrase after a count ends: punctuation, a conjunction, the next number.
# A Chinese numeral ends it only when a measure word follows (企业三个项目), not
# inside a word (零部件, 统一).
_PHRASE_STOP = re.compile(r"[，,。；;、：:！？!?（(|和与等\d]|及(?!以[上下])"
                          r"|[零一二两三四五六七八九十][零一二两三四五六七八九十百千万亿]*(?=[个家项件户名人次批栋座所条张])")
_CLAUSE_REV = re.compile(r"(?r)[，,；;。！？!?、：:（）()|\n]")
_CLAUSE_FWD = re.compile(r"[，,；;。！？!?、：:（）()|\n]")
_SENT_REV = re.compile(r"(?r)[。！？!?]")
_SENT_FWD = re.compile(r"[。！？!?]")
PROVINCES = ("河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|"
             "贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|北京|天津|上海|重庆")
#: a region of several provinces (京津冀, 长三角, 东部地区; not 成都东部新区's 东部)
REGIONS = (r"(?:京津冀|长三角|珠三角|泛珠三角|粤港澳(?:大湾区)?|大湾区|成渝|东北|中西部|黄河流域|长江经济带"
           r"|长江流域|东北三省|西北|西南|华北|华东|华南|华中)(?:地区|区域|三地|两地|三省|各地)?"
           r"|(?:东部|西部|中部)(?:地区|区域)")
#: words that open a clause before a place without being part of it (约占德宏州…的52%, 高于广州市GDP增速,
#: 拉动钦州市外贸…, 根据…): the place is then an object or a source, not the clause's subject. The single
#: characters that also open places' names count only before a place of two characters or more (从广州市…;
#: but 本溪市, 于都县, 全州县, 从化区, 依安县 are places)
_NOT_A_PLACE_START = (r"(?:(?:高于|低于|高出|低出|拉动|带动|贡献|约占|超过|快于|慢于|领先|相当于|根据|按照|依据|经过)"
                      r"|[占比较居列在为是对据按向与及各我该其而但并又再还也]"
                      r"|[于依经由从本全](?:(?!区)\p{Han}){2,4}?(?:州|市|县|旗|盟|区))")
#: two characters before 区 that make a zone's kind or a part, not a district's name (徐汇区 is one; nor
#: X开区, X新区, X港区, 直管区, 加工区, 启动区: a zone's short name, its core or a part of it; nor the 地区 of
#: 全年完成地区生产总值)
_NOT_A_DISTRICT = (r"(?:高新|经开|开发|综保|保税|自贸|示范|合作|试验|实验|集聚|功能|产业|工业|物流|商务|核心|起步|先行|新片"
                   r"|城区|市区|辖区|景区|社区|园区|港区|厂区|校区|片区|两区|三区|各区|该区|本区|全区|我区|城市|中心|湾区"
                   r"|主城|老城|东部|西部|南部|北部|中部|滨海|临港|保税|加工|投资|边合|启动|综试|自创|农高|双创|科创|创新"
                   r"|高教|大学|文教|生态|旅游|度假|风景|先导|承接|拓展|扩展|发展|规划|建成|托管|代管|直管)")
#: the character before 区 in a zone's kind, a whole or a part (全区, 园区, 片区, 开发区, 加工区, 地区), not a district's
_NOT_BEFORE_DISTRICT = "[全我本该园港新开保贸片地两三各辖景社厂校市管空汽矿范作验税发聚能心动步工资试创务流业]"
# What only a whole economy has (外贸进出口, 地区生产总值), after its time at most
_ECONOMY_TIME = (r"(?:(?:\d{4}|今|去)年度?|全年|上半年|下半年|前三季度|第?[一二三四1-4]季度|\d{1,2}[—\-至到~]\d{1,2}月份?"
                 r"|\d{1,2}月份?|前[\d一二三四五六七八九十]{1,2}个月)*")
_ECONOMY_WIDE = r"(?:外贸|进出口|地区生产总值|生产总值|GDP|全社会|社会消费品|一般公共预算|规模以上工业|规上工业|固定资产投资)(?!\p{Han}{0,2}(?:企业|集团|公司|商会|协会))"
# A figure of a whole province or city, or the country: 全省开发区…, 同期北京市新设经营主体…
_SCOPE_REV = re.compile(r"(?r)全省|全市|全国|我国|(?<=(?:^|[，,。；;：:\n“])[ \t\u3000]*(?:据\p{Han}{0,8}?[，,]?)?"
                        r"(?:(?:\d{4}|今|去|前|上)年度?|近几年|近[一二两三四五六七八九十\d]{1,2}年|近年来|今年以来)?(?:同期)?"
                        r"(?:第?[一二三四1-4]季度|前三季度|[上下]半年|\d{1,2}[—\-至到]\d{1,2}月|\d{1,2}月份?|前[\d一二三四五六七八九十]{1,2}个月)?)"
                        r"全球(?!500强|五百强|首|第一(?!季度)|领先|最大|唯一)|全县|全疆|全区各|各开发区|省级以上开发区"
                        # (全球 opening a clause, after a time at most: 2023年全球…; not 企业全球维修业务, 一季度全球订单量
                        # of a zone's firms, 全球500强企业)
                        r"|(?<=[、和与])\p{Han}{2,3}[两三四五六七八九]省"  # 湖北、安徽、湖南三省: provinces, not zones
                        r"|(?<=(?:^|[，,。；;：:\n])[ \t\u3000]*)[省市县]本级"  # 市本级…收入 as the subject only
                        # 我市固定资产投资同比增长9.8%: the city's own figure (not 我市高新区, a zone; not
                        # 本县户籍劳动力, the local ones)
                        r"|(?<=(?:^|[，,。；;：:\n])[ \t\u3000“]*(?:今年|去年|全年|上半年|前三季度|\d{1,2}[—\-到至]\d{1,2}月)?[，,]?)"
                        r"我(?:市|县|省)(?!\p{Han}{0,6}?(?:开发区|经开区|高新区|园区|新区|示范区|集聚区|集中区|合作区|综保区|保税区))"
                        r"|(?<=(?:^|[，,。；;\n])[ \t\u3000]*)(?:县里|市里|省里)(?=还|也|又|共|统筹|安排|投入|下达|拿出)"
                        r"|(?<!客商)(?:代表团|招商团|考察团)"
                        # 东部地区高新区营收占…, 京津冀地区国家级经开区合计…: a region's zones of a kind, all of them
                        r"|(?:(?<![\p{Han}])|(?<=一些|部分|不少|多数|许多|各))(?:" + REGIONS + r")(?:国家级|省级)?(?:以上)?(?:开发区|经开区|高新区|园区|综保区|新区"
                        r"|经济技术开发区|高新技术产业开发区|综合保税区)"
                        # 川渝黔开发区…, 全年苏浙皖开发区…, 三省开发区…: several provinces' zones, all of them
                        r"|(?:(?<![\p{Han}])|(?<=[年度月]))(?:[京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔滇藏陕甘陇青宁新]{3,4}"
                        r"(?:[三四五]省(?:市|区)?)?|[两三四五六七八九十]省(?:市|区)?)(?:国家级|省级)?(?:开发区|经开区|高新区|园区)"
                        # 我省国家级经开区合计实现…, 我区12个国家级开发区…: a province's or an autonomous region's zones of a
                        # level, all of them (not 我市高新区, one)
                        r"|(?<=(?:^|[，,。；;：:\n])[ \t\u3000]*(?:(?:19|20)\d\d年|今年|去年|上半年|前三季度)?[，,]?)"
                        r"我(?:省|区|自治区)(?:\d+|[一二三四五六七八九十]+)?(?:家|个)?(?:国家级|省级|自治区级)(?:以上)?"
                        r"|(?:全区|全州|全盟|全地区)(?:各类)?(?:开发区|园区)"
                        # 南京市开发区实现规上工业总产值…, 无锡市各开发区…: a city's zones, all of them, as a subject
                        r"|(?<=(?:^|[，,。；;：:\n】])[ \t\u3000]*(?:(?:19|20)\d\d年|今年|去年|全年|上半年|前三季度)?[，,]?)"
                        r"(?:(?![全居占位比在为和与的各本我该其分别])\p{Han}){2,4}市(?:各类?)?(?:开发区|园区)"
                        r"(?!\p{Han}{0,3}(?:管委会|管理委员会))"  # (not 增速居全市开发区第1位, 占全市园区的17.9%)
                        r"|(?<=(?:^|[，,。；;：:\n])[ \t\u3000]*(?:(?:19|20)\d\d年|今年|去年|全年|同期|上半年|前三季度)?[，,]?"
                        r"(?:全省|全市|我省|我市|各|(?:" + PROVINCES + r")省?)?)"
                        r"(?:县域|市域)(?:国家级|省级)?(?:开发区|经开区|园区|产业园区|工业园区|产业集聚区)"  # 县域开发区…: all a kind's, as a subject
                        f"|(?P<place>(?:{PROVINCES})(?:省|市|自治区|自由贸易港"
                        # 新疆外贸进出口总额…: bare before an economy-wide total
                        r"|(?=" + _ECONOMY_WIDE + r"))"  # (not 新疆外贸企业在区内…)
                        # 德宏州前三季度外贸进出口…, 昆明市地区生产总值…: a prefecture or city, its economy-wide total
                        # (not 占德宏州外贸进出口的52%: a denominator; not 园区企业对东盟进出口: ASEAN, no place;
                        # not 根据广州市地区生产总值统一核算结果: a source)
                        r"|(?<=^|[^\p{Han}]|年)(?!" + _NOT_A_PLACE_START + r")(?:第[一二三四五六七八九十]{1,3}师(?:\p{Han}{2,4}?市)?|(?:新疆生产建设)?兵团|\p{Han}{1,4}?(?:州|市|县|旗|(?<![东欧])盟)|\p{Han}{2,10}?自治州|(?!" + _NOT_A_DISTRICT + r")\p{Han}{2,3}?(?<!" + _NOT_BEFORE_DISTRICT + r")区)(?=" + _ECONOMY_TIME + r"[，,]?(?:累计)?(?:实现|完成)?" + _ECONOMY_WIDE + r"))")
# A named province or city is the whole only as its clause's subject (同期，北京市新设…),
# not inside a name or an object (山西省上市倍增基金, 是西藏自治区唯一的…).
_PLACE_SUBJECT = re.compile(r"(?:^|[，,。；;：:！？!?\n])[ \t\u3000“「\"*]*(?:[▶►•·●◆■▪➢➤✔√\-*][ \t\u3000]*)?"  # (▶ 河南省GDP…: a list's item)
                            r"(?:[（(][一二三四五六七八九十\d]{1,3}[)）][ \t\u3000]*)?"  # (（四）仙桃市全年…: a numbered item)
                            r"(?:同期|同时|此外|另外|其中|而|"
                            r"(?:(?:19|20)\d\d年|今年|去年)?(?:全年|上半年|前三季度|[一二三四]季度|\d{1,2}[—\-至]\d{1,2}月份?"
                            r"|前[\d一二三四五六七八九十]{1,2}个月)?)"
                            r"[，,]?[ \t\u3000]*$")
_SCOPE_OBJECT = re.compile(r"(?:占|比|较|居|列|在|于|为|领跑|登顶|位居|位列)$")  # 占全市的41%: a denominator
_TOTAL = re.compile(r"总数|总量|累计|共计|总计|合计|其中")
_OPENER_REV = re.compile(r"(?r)[。！？!?\n]")
_DROP_LEAD = re.compile(r"[\s*#“”\"'「」]|科学导报讯?")
_BASE_BEFORE = re.compile(r"(?:比|较|相比|对比|同比|与)\s*$")
_STOCK = re.compile(r"累计(?!为|帮|服务|办理|解决|发放|减免)|总计|拥有|现有|总数|总量")  # a running total; 累计为…提供, 累计发放 are totals over the period
_DATE_BEFORE = re.compile(r"(?<!个)月\s*(?:\d{1,2}\s*日\s*(?:至|到|-|—|－)\s*)?$")  # 6月14日至15日
_DAY_LEFT = re.compile(r"(?:从|由|至|到|为|需|用|仅|缩短|压缩|减少|不超过|超过|最长|最多)\s*$")
_DAY_RIGHT = re.compile(r"\s*(?:内|以内|之内|压缩|缩短|缩减|压减|减少|办结|完成|降至)")
_ALWAYS_OPEN = re.compile(r"\s*[“「‘]?(?:不打烊|不间断|无休|全天候|在线|值守|值班|营业|(?:企业|政务|咨询)?(?:服务)?热线|服务|自助)")
# 10亿元以上项目, 10万元以下的贷款: a class of projects, firms or loans; 不少于10亿元的产业
# 发展资金 is an amount
_SIZE_CLASS = re.compile(r"\s*(?:的(?=(?:(?<=外)资|[^，,。；;资基经]){0,10}?(?:项目|企业|工程|贷款|客户|订单|合同|单位|主体)|\s*[，,；;])"
                         r"|(?:重大|重点|产业|工业|制造业|在建|新建|续建|新开工|签约|招商)?(?:项目|企业|工程))")
_PRE_CLASS = re.compile(r"(?:超|超过|逾|(?<![通经放办跨越度错])过|不低于|不少于|以上|单体投资|单个)\s*$")
_CLASS_NOUN = re.compile(r"\s*的?(?:产业集群|集群|企业|项目|园区|基地|产业链|龙头)")
_GROWTH_BEFORE = re.compile(r"(?:增长|增加|提高|提升|扩大|翻)了?\s*(?:达到?)?\s*(?:将近|接近|近|约|超过了?|超|逾)?\s*$")
_PER_UNIT = ((re.compile(r"日供|日处理|日产|每天|每日|日均"), {"m3": "m3_per_day", "tonne": "tonne_per_day"}),
             (re.compile(r"每吨"), {"kwh": "kwh_per_tonne"}))
_ELECTRIC = re.compile(r"电|发电|用电|电量")
_CELL_HAS_UNIT = re.compile(r"[%％\p{Han}]")
_SPEAKER = re.compile(r"[，,]?[^。！？\n“”]{2,40}?(?:说|表示|介绍|指出|称)")  # …”，X负责人说
# Unclaimed numbers: dates, document and phone numbers, versions, names with digits.
_DATE_AFTER = re.compile(r"\s*(?:年|月|日|号(?!文)|[./-]\d{1,2}(?:[./-]\d{1,2})?(?!\d))")
_CODE_AROUND = re.compile(r"[A-Za-z〔\[（(×x*+\-/.]")
_CODE_AFTER = re.compile(r"(?:[A-Za-z〕\]×x*+\-]|\s*(?:版|号|届|批|期|次全会|条|强|”|\.0))")
_ALNUM_BEFORE = re.compile(r"[A-Za-z0-9.×*]$")
