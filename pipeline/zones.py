"""The zone registry (pipeline/data/zones.csv) and zone mentions in a text.

A mention is found suffix-first: one regex finds the zone-type words
(经济技术开发区, 经开区, 示范区, 园区, 行政审批服务管理局 …), then the few
characters before each are looked up in the registry's names and aliases.
A zone-like name the registry lacks becomes a provisional zone, unless its
prefix is generic (化工园区, 全国标杆开发区, 零碳产业示范区 are not zones).
"""
from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex as re

from .grammar import PROVINCES, REGIONS
from .model import ZoneMention

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True, slots=True)
class Zone:
    id: str
    name: str
    place: str
    type: str
    level: str
    city: str
    province: str
    en: str
    aliases: tuple[str, ...]
    provisional: bool = False
    parent: str = ""      # a park inside another zone: its claims count for the parent
    shared: tuple[str, ...] = ()  # aliases other places' zones carry too (火炬高新区: 厦门's, 中山's, 威海's)


@lru_cache(maxsize=1)
def load_registry() -> tuple[Zone, ...]:
    with open(DATA / "zones.csv", encoding="utf-8", newline="") as f:
        return tuple(
            Zone(r["id"], r["name"], r["place"], r["type"], r["level"], r["city"],
                 r["province"], r["en"], tuple(a.rstrip("*") for a in r["aliases"].split("|") if a),
                 parent=r.get("parent") or "",
                 # an alias marked * is shared: a place right before it names another zone
                 shared=tuple(a.rstrip("*") for a in r["aliases"].split("|") if a.endswith("*")))
            for r in csv.DictReader(f))


def provisional_zone(name: str) -> Zone:
    """A zone named in a text but missing from the registry."""
    suffix = SUFFIX.search(name)
    place = name[: suffix.start()] if suffix else name
    bracketed = _BRACKETED_PLACE.match(place)
    return Zone(f"prov:{name}", name, bracketed[1] if bracketed else place,
                suffix[0] if suffix else "", "", "", "", "", (), provisional=True)


#: 中国（广西）自由贸易试验区: the place stands in brackets
_BRACKETED_PLACE = re.compile(r"中\p{Han}（(\p{Han}{2,4})）$")
_REGION_WORDS = ("西部", "东部", "南部", "北部", "中部")
_CHINA_AND = re.compile(r"中[国韩日德俄新欧英法美马白以意瑞荷奥澳泰越印巴蒙哈乌阿埃]")
#: two countries that share a border zone, before its places (中国老挝磨憨—磨丁, 中哈霍尔果斯…)
_PAIR_FULL = {"中老": "中国老挝", "中越": "中国越南", "中缅": "中国缅甸", "中蒙": "中国蒙古", "中俄": "中国俄罗斯",
              "中哈": "中国哈萨克斯坦"}
_COUNTRY_PAIR = re.compile(r"中国?(?:老挝|越南|缅甸|蒙古|俄罗斯|哈萨克斯坦|老|越|缅|蒙|俄|哈)")


# Zone-type words, longest first so the leftmost match takes the whole word.
SUFFIXES = (
    "行政审批服务管理局", "现代农业产业示范区", "转型综合改革示范区", "高新技术产业开发区",
    "跨境电子商务综合试验区", "自由贸易试验区", "经济综合实验区", "合作试验区", "综合实验区", "现代服务业合作区", "边境经济合作区", "深度合作区",
    "重点开发开放试验区", "临空经济示范区", "改革创新示范区", "国际合作示范区", "化学工业区", "能源化工基地",
    "新旧动能转换起步区", "保税物流园区", "产业集聚区", "工业集中区", "出口加工区", "临空经济区",
    "保税港区",
    "经济合作区", "农业产业示范区", "经济技术开发区",
    "综合试验区", "综合保税区", "高技术产业开发区",
    "自贸试验区", "综改示范区", "农业示范区", "经济开发区", "工业园区", "产业园区", "化工园区", "示范区",
    "开发区", "经开区", "高新区", "综改区", "综试区", "保税区", "综保区", "自贸区", "产业园", "工业园",
    "园区", "新区", "合作区", "特色小镇", "边合区", "台商投资区", "投资区", "软件谷", "科技城新区", "科技城", "科学城", "国家现代农业产业园",
    "农业科技园区", "高科技园区",
    "现代农业产业园",
    "中央商务区", "航天城", "软件园",  # 三亚中央商务区, 文昌国际航天城, 海南生态软件园
    "先行区",  # 博鳌乐城国际医疗旅游先行区 (registered; a bare 先行区 names none: 改革先行区)
    "新片区",  # 临港新片区 (registered: a free-trade zone's area named short; other 片区 are read with their zone)
    "农业高新技术产业示范区", "农高区",  # 周口国家农业高新技术产业示范区 (a national agricultural high-tech zone)
    "旅游度假区", "产业实验区", "休闲园区",  # 湘湖国家旅游度假区, 浙江横店影视产业实验区, 海棠湾国家海岸休闲园区
    "科技创新合作区",  # 河套深港科技创新合作区
    "边民互市贸易区", "互市贸易区",  # 绥芬河中俄互市贸易区, 丹东国门湾中朝边民互市贸易区 (a border trade zone)
    # (软件园 and 先行区 name registered zones only: 齐鲁软件园, 光谷软件园 are parks of a zone's)
)
#: any zone-type word (a provisional zone's place holding one is no place of its own)
SUFFIX = re.compile("|".join(SUFFIXES))
#: zone types a company's project can be named with too (联想科技城项目, 温氏现代农业产业园项目)
_NAMED_LIKE_PROJECTS = frozenset({"科技城", "科学城", "软件谷", "现代农业产业园", "国家现代农业产业园", "农业科技园区"})
#: Suffixes a provisional zone may carry: bare 示范区 and 园区 are too often generic
#: ("零碳产业示范区", "推动园区") to name a zone on their own; a bare 开发区 or 新区
#: must follow a short place-like word that stands alone (昆山开发区, 广州开发区).
PROVISIONAL_OK = frozenset(SUFFIXES) - {"示范区", "园区", "综改区", "综改示范区", "先行区", "软件园", "新片区"}
#: (a city's or county's approval bureau is a zone of its own kind: 太原市行政审批服务管理局)
_BUREAU = "行政审批服务管理局"
STRICT = frozenset({"开发区", "新区", "化工园区"})
PARKS = frozenset({"工业园区", "产业园区", "化工园区", "产业园", "工业园", "园区"})
# A provisional prefix is cut after the last of these (位于孝义经开区 -> 孝义).
_STOP = "的在于与及、为是到从对由向将把让被获等了省其这那赴访年月日而但据入驻个着就率厅座"
# Prefixes that name a kind of area, not a place.
GENERIC = ("全国", "全省", "全市", "全区", "全县", "全州", "全疆", "省级", "国家级", "市级", "县级", "县域", "市域", "省域", "标杆", "改革", "农村", "大学", r"(?<!\p{Han})城市", "本市", "本县",
           "飞地", "承载", "^(?:头部|龙头)$", "数说", "图说", "^(?:外商|外资|内资|港商|侨商)$",
           "示范", "集聚", "现代", "农业", "数字", "信创", "生态", "文创", "物流", "装备",
           "制造", "多地", "其他", "跨境电商", "跨境电子商务", "所在", "周边", "一流", "高标准", "类", "专业", "重点",
           "循环", "科技", "创新", "高端", "新型", "大型", "域内", "园内", "区内", "中国", "余家",
           "多家", "各类", "各地", "多个", "随着", "能源", "通过", "按照", "根据", "针对",
           "实施", "深入", "促进", "建立", "全面", "高质量", "以上", "以下", "级", "材料",
           "以来", "今年", "全年", "目前", "去年", "上半年", "考虑",  # (综合考虑新区财力)
           "你", "最新",  # (带你读懂新区, 商务部最新一轮经济技术开发区考核: no place's name holds them)
           # determiners: 部分开发区, 个别园区, 本地区开发区 name no one zone
           "部分", "个别", "少数", "多数", "一些", "有的", "所有", "全部", "典型", "主要", "相关", "有关", "本地", "外地", "其余",
           "同类", "参评", "来自", "源自", "出自", "首批", "企业", "群众", "拨打", "咨询", "热线",
           "区里", "该区", "本区", "我市", "我县", "我区", "我省", "我镇", "该市", "该县", "该镇", "本镇", "本省",
           "我州", "该州", "本州", "我旗", "该旗", "我盟",
           "共计", "合计", "先进", "请问", "优秀", "标杆", "研究", "常委", "传统", "现有", "合规", "同时", "此外", "另外", "而且", "唯一", "晋升", "升级", "升格", "认定", "批准", "获批", "同批", "新批",
           # verbs that stand before a bare 经开区/高新区 in running text
           "夯实", "助力", "推动", "提升", "打造", "赋能", "深化", "立足", "结合", "支撑", "鼓励",
           "提高", "加强", "拓展", "探索", "承担", "引领", "服务", "建设", "发展", "优化", "加快",
           "推进", "做强", "壮大", "管理", "落户", "全力", "持续", "不断", "积极", "带动", "保障",
           "聚焦", "围绕", "依托", "实现", "成为", "形成", "构建", "完善", "创建", "申报", "设立",
           "规划", "布局", "招商", "融入", "办事", "走进", "来到", "考察", "调研", "发挥", "召开",
           "组织", "举办", "开展", "参加", "出席", "支持", "指导", "协调", "推广", "加工",
           "责令", "要求", "督促", "通报", "约谈", "会同", "联合", "协同", "配合", "牵头", "力争",
           "确保", "争取", "战略", "产业合作", "区域", "建成", "园区", "沿线", "沿江", "沿海地区",
           )
# A name that opens with an industry names a park by what it makes, not a place (信息产业园,
# 生物医药产业园); after a place the industry is part of a zone's name (泰州医药高新区).
INDUSTRY_FIRST = re.compile(r"(?:信息|电子|软件|智能|医药|生物|光电|汽车|新材料|食品|纺织|文化|旅游|航空|航天|"
                            r"精细|化工|化学|石化|钢铁|冶金|建材|环保|节能|"
                            r"大数据|人工智能|新能源|电商|总部|孵化|激光|光伏|氢能|锂电|半导体|集成电路|储能|生命健康|数字经济|"
                            r"机器人|医疗器械|装备制造|新型显示|低空经济|算力|跨境物流|互联网)")
#: …and the same words, one or two, closing a park's name after its place (扬子江国际冶金工业园,
#: 海口复兴城互联网信息产业园)
_MADE_TAIL = re.compile(r"(?:国际)?(?:" + INDUSTRY_FIRST.pattern + "){1,2}$")
#: a rank's words, no place: 十强开发区, 百强园区, 五十佳开发区
_RANK_PREFIX = re.compile(r"[一二三四五六七八九十百千\d]+(?:强|佳|优|快|大)$|^(?:县城|沿黄|沿江|新一轮|一轮)"
                          r"|^第[一二三四五六七八九十\d]+批"  # (第一批经济技术开发区: a batch, no place)
                          r"|前[一二三四五六七八九十\d]+(?:位|名)$")  # (排名前五位开发区)
# (十大产业集聚区; 县城产业集聚区, 沿黄…: no place's name, though 鄄城县城东工业园区 is one)
_STOP_REV = re.compile(f"(?r)[{_STOP}]")
#: an office's name (区法院, 市税务局, 管委会), never a place's (新会, 四会, 西洞庭)
_OFFICE_END = re.compile(r"(?:[院局厅署委办]|管委会|委员会|商会|协会|法庭|商务部|发改委|科技部)$")
# Words that introduce a name (比如襄阳高新区) and are no part of it.
_LEAD_WORD = re.compile(r"比如|例如|譬如|诸如|像是|像|特别是|尤其是|包括|其中|以及|以(?=\p{Han}{2})(?!下|上|内|外|来|后|前|及|便|免|此|往|期|致|为|其|至|北|南|东|西)|第[一二三四五六七八九十\d]+批次?|(?:一|这|那|首|几|多|两|同)?批(?=\p{Han}{2})|"
                        r"(?:一起|一图|带你|快来)?(?:读懂|看懂|速览)|数说|聚焦|解码|"  # (一起读懂南宁经开区: a headline's verb)
                        r"友邻|相邻|邻近|毗邻|周边|兄弟|"  # (友邻射洪经开区: a neighbour, named)
                        r"过去|现在|以前|原来|如今|当时|此前|之前|目前|当前|眼下|当下|时下|现阶段|今后|同时|此外|另外|预计|预期|估计|"
                        r"下一步|下步|接下来|未来[一二三五]年|随后|此后|届时|"
                        r"后来|然后|于是|所以说|所以|因此|不过|但是|可是|而是|就是|也是|还是|而且|其实|当然|最后|首先|其次")  # (过去综保区…, 不过新区…: a time or a
# conjunction, no place)
#: what a meeting does to a zone or its firms (宣布成立新区, 通报表扬开发区企业): no place follows
_ACT_VERB = re.compile(r"成立|设立|筹建|组建|创建|建设|表扬|表彰|批评|处罚|启动|推进|申报|命名|认定|批复|撤销|整合|扩区|新设|增设")
_REPORT_VERB_REV = re.compile(r"(?r)通报|发布|公布|宣布|举行|召开|(?<=会议)报告")
_LATER = re.compile(r"下一步|下步|接下来|未来[一二三五]年|随后|此后|届时")
_DATE_TAIL = {"月": ("份", "底", "末", "初"), "年": ("度", "底", "末", "初")}
#: a quarter (前三季度新区, 一季度宿迁经开区) or a share (约占高新区…的两成, ，占前湾新区…的比重) before a
#: zone's name: no part of it (but 靖江市季市工业园区, 普宁市占陇工业园区 hold 季 and 占)
_QUARTER_OR_SHARE_REV = re.compile(r"(?r)季度|(?:^|[约仅共已均额量值数入率重])占|占到|占比")  # (出口额占开发区…)
_VISIT_REV = re.compile(r"(?r)借力|借助|对接|承接|融入|对标|借鉴|学习|赴|前往|参观|考察|走访|走进|来到|(?:紧邻|毗邻|靠近|紧靠|临近(?![年岁月春节期末底尾]))(?!的)")
# (湘潭经开区紧邻长沙经开区: a neighbour named in passing; but 毗邻的浚县经济开发区…: the neighbouring zone, a subject;
# 临近 not before a time, as in "approaching": 临近年末宁乡经开区…)
#: verbs a zone's name follows, anywhere before it: greetings and "has" (热烈祝贺…, 县内建有…, 仅有…)
_CUT_AFTER_REV = re.compile(r"(?r)祝贺|祝愿|祝福|欢迎|邀请|选择|选取|选定|选中|看中|相中|观察|透视|看|期待|期盼|期望|盼望|寄望|希望|相信|看好|点赞|感谢|"
                            r"建有|拥有|设有|共有|已有|仅有|只有|还有|另有|现有|租用|租赁|租下|入驻|进驻|落户|协助|携手|授信|报送|批复|新设|代表性|典型|样本中|一下|"
                            r"展现|展示|呈现|见证|讲述|记录|打卡|介绍|此次|本次|这次|本期|摘编|摘录|我们|咱们|反映|体现|表明|对话|专访|访谈|连线|"
                            r"办理|申办|申领|公司|应收|应付|登录|访问|享受|迁离|迁出|搬离|离开|动员|号召|召集|"
                            r"滴灌|护航|加持|说起|提起|谈起|说到|提到|谈到|签约|签订|签署|签下|引进|引入|下达|下拨|拨付|安排|分配|完成|入选|当选|评选|投资|深耕|看准|"
                            r"博览会|交易会|洽谈会|投洽会|进博会|广交会|展览会|推介会|峰会|论坛|大会|招标项目|采购项目|打通|含按|加大|加强|关于|[一两这该每]位|(?<=[市县省])有|规范")  # (第八届中国—南亚博览会喀什经济开发区专场: an event's name, then the zone's)  # (镜头1：展现霍尔果斯经济开发区…; 精准滴灌江阴高新区, a headline's verb; 说起高新区)
#: a county-level place (a banner, a county; not …市, whose 市 also ends towns' names: 季市), then a town's
#: name of two to four
_COUNTY_THEN_TOWN = re.compile(r"(\p{Han}{2,4}(?:旗|县))\p{Han}{2,4}")
#: a negated "is" or "belongs to" before a zone's name: the thing spoken of is not in it
_NEGATED_REV = re.compile(r"(?r)(?:不|非|并非|并未|未)(?:算|是|属于|归属|归|在|位于|含|包括|包含)")
_PROVINCE = re.compile(f"(?:{PROVINCES})(?:省|市|自治区)?")
_GENERIC = re.compile("|".join(GENERIC))
# Kinds of industry name a generic park only where they open the name (化工园区, 特色产业园区);
# after a place they are part of it (白涛化工园区, 泰州医药高新区)
_INDUSTRY_GENERIC = re.compile(r"化工|工业|产业|新兴|特色|绿色|零碳|智慧|新建|在建")  # (南昌新建经济开发区)
# Places whose names hold 和, which is then no conjunction
_HE_PLACES = re.compile(r"呼和浩特|和林格尔|和田|和静|和硕|和县|和平|和顺|和政|和龙|和布克赛尔|共和|和美")
_MUNICIPALITIES = ("北京", "天津", "上海", "重庆")
_MUNICIPALITY_INSIDE = re.compile(r"(?<=\p{Han}{2})(?:北京|天津|上海|重庆)(?=\p{Han}{0,4}$)")
#: kinds a province has several of, each named after its city or port: the province's name and the
#: kind alone are all of them (广西综合保税区, 云南边境经济合作区), never one
_MANY_PER_PROVINCE = frozenset({"综合保税区", "综保区", "保税区", "保税港区", "边境经济合作区", "边合区"})
#: kinds whose official names keep 国家 between place and type (东兴国家重点开发开放试验区, 湘湖国家旅游度假区,
#: 周口国家农业高新技术产业示范区)
_NATIONAL_IN_NAME = ("重点开发开放试验区", "旅游度假区", "农业高新技术产业示范区", "休闲园区")
# 国家 / 国家级 between a place and the type: part of an official name, not of the place
_NATIONAL_TAIL = re.compile(r"国家级?$")
# …but 东盟国家, 阿拉伯国家, 沿线国家 are countries (中国—东盟国家经济技术开发区合作论坛)
_COUNTRIES_OF = re.compile(r"(?:东盟|阿拉伯|中东欧|欧盟|金砖|上合|非洲|拉美|沿线|发展中|周边|友好|其他|相关|中亚|南亚|东南亚)$")
# Places whose names hold a character that otherwise ends a name's prefix (_STOP)
_MONTH_BEFORE = "0123456789０１２３４５６７８９〇零一二三四五六七八九十两元正腊本上下当每个同年次前半全逐按该各数这隔"
_STOP_PLACES = re.compile(r"日照|日喀则|于都|于洪|于田|从化|从江|将乐|向阳|个旧|驻马店|无为")
_PROJECT_LIST_AFTER = re.compile(r"[（(]?[一二三四五六七八九]期[）)]?(?:项目|工程)?(?:、[^。；;！？\n]{0,40}?)?等\s*[\d一二三四五六七八九十百]+\s*个(?:重点|重大)?项目")
_PHASE = re.compile(r"[（(]?[一二三四五六七八九]期")
#: what a name ending in a zone's type can be the name of: a project, a firm, a school, a road
_NAMES_A_BODY = re.compile(r"项目|集团|公司|有限|股份|小学|中学|学校|大学|学院|医院|大道|路|站|广场|酒店")
_ITEM_START = re.compile(r"[ \t\u3000]*(?:\d{1,2}\s*[.．、]|[（(]?[一二三四五六七八九十]{1,3}[)）、])\s*")


def _han_run_start(text: str, end: int, floor: int) -> int:
    """Where the run of Han characters ending at `end` starts, no earlier than `floor`."""
    i = end
    while i > floor and "\u4e00" <= text[i - 1] <= "\u9fff":
        i -= 1
    return i


def _former_name(text: str, mention, floor: int) -> int | None:
    """Where the bracket opens when `mention` is a former name in brackets (（原X）, （原名X）, （前身为X）), else None."""
    lead = text[max(floor, mention.start - 4):mention.start]
    if mention.surface.startswith("原") and lead.endswith(("（", "(")):
        return mention.start - 1
    m = _FORMER_LEAD.search(lead)
    return mention.start - len(m[0]) if m else None


#: a script's labels in brackets, （解说）园区…: no place
_SCRIPT_LABELS = frozenset({"解说", "旁白", "画外音", "同期", "同期声", "字幕", "导语", "正文", "记者", "主持人", "出镜"})
_COUNTRY_PAIR_END = re.compile(r"中[俄蒙朝越缅哈老吉塔巴尼印]$")
_FORMER_LEAD = re.compile(r"[（(](?:原名?|前身为|曾用名)$")
#: how a name before a former name ends (…科技园, …新城, …基地; not 经国务院批准设立（原海口保税区）, a verb's)
_NAME_NOW_ENDS = ("园", "区", "城", "谷", "港", "基地", "走廊")


def _last_stop(prefix: str):
    """The last _STOP character of prefix that is no part of a place's name (日照, 于都, 无为) —
    one that begins the prefix or follows another stop (记者从江门…: 从 still stops)."""
    places = [k for p in _STOP_PLACES.finditer(prefix)
              for k in range(p.start() if p.start() == 0 or prefix[p.start() - 1] in _STOP else p.start() + 1,
                             p.end())]  # (a stop inside a place's name never cuts it: 安徽无为)
    # 月 ends a date (3月, 十月, 本月, 3个月), not a name that holds it (长春净月高新区, 月湖)
    return next((c for c in _STOP_REV.finditer(prefix) if c.start() not in places and not (
        c[0] == "月" and c.start() > 0 and prefix[c.start() - 1] not in _MONTH_BEFORE)), None)


_LIST_OR_STOP = re.compile(r"[、和与及，,。；;：:\s]")  # (涪陵高新区、白涛化工园区: two zones, not one)
_LANDING_IN = re.compile(r"(?:落户|落地|落子|扎根|入驻|选址|坐落)(?:于|在|到)?")
# Verbs that take a zone as their object (支持曹妃甸经济技术开发区, 推动石家庄高新区):
# standing before a named zone, they are no part of its name.
_GENERIC_VERB = re.compile(r"经?会同|联合|协同|配合|支持|推动|助力|推进|加快|打造|做强|壮大|鼓励|引领|带动|对接|融入|"
                           r"聚焦|依托|围绕|深化|提升|赋能|立足|指导|协调|力争|确保|落实|贯彻|"
                           r"期待|期盼|希望|祝愿|祝贺|相信|看好|欢迎|点赞|请|"  # 期待天府新区在改革路上…
                           r"调整|(?:落户|落地|落子|扎根|入驻|选址|坐落)(?:于|在|到)?")  # 落户长葛经济技术开发区
#: the same verbs after a subject (平南县支持广西平南工业园区): the last of them, two characters or more
_GENERIC_VERB_REV = re.compile(r"(?r)" + _GENERIC_VERB.pattern.replace("|请|", "|"))
#: verbs of care or build-up (守牢化工园区安全底线, 要抓好靖边经济技术开发区, 建好用好蒙自…): the last of them
#: 其 opening a clause at a line's end (，其⏎中…: 其中 split), not the end of 尤其, 及其, 与其
_QI_AT_END = re.compile(r"(?:^|[，,。；;：:、（(\n])[ \t\u3000]*其\s*$")
#: a region of several provinces (京津冀地区国家级经开区合计…): all its zones of a kind, no one zone's place
_REGION_OF_PROVINCES = re.compile(REGIONS + r"|[京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔滇藏陕甘陇青宁新]{3,4}")
# (湘鄂赣开发区, 苏浙皖园区: three or four provinces by their one-character names, all their zones — two may
# name a joint zone's place, 川渝高竹新区, or a city, 贵港)
_INVEST_NOT_PLACE = re.compile(r"资|商|民间|社会|项目|平均|主要|重点|企业|产业|政府|集中|优质|新增|累计|合计|计划|实际|完成")  # (累计投资区内企业54家)
#: a city, then the zone that bears its name (滁州市滁州经济技术开发区)
_LIST_JOIN_REV = re.compile(r"(?r)[和与及]")
_CITY_OR_COUNTY = re.compile(r"\p{Han}{2,4}[市县区旗]")
_SOURCE_BEFORE = re.compile(r"(?:据|从|经|记者从|根据)$")
_BUREAU_SPEAKS = re.compile(r"(?:有关|相关)?(?:负责人|副?局长|工作人员|统计|获悉|介绍|透露|表示|数据)")
#: the bureau as the subject of what it did (该局推行…), not who speaks for it (该局有关负责人表示)
_BUREAU_ACTS = re.compile(r"该局(?!(?:相关|有关)?(?:负责人|工作人员|副?局长|同志|人士)|表示|介绍|称)")
_CITY_AGAIN = re.compile(r"(\p{Han}{2,3}?)市(?=\1)")
_CARE_VERB_REV = re.compile(r"(?r)抓好|建好|用好|办好|管好|守好|守住|守牢|筑牢|擦亮|做好|做优|做大|做强")
PASSING_BEFORE = "与和及同跟、向比"
PASSING_AFTER = ("、", "等", "和", "及")
_SECTION_NUMERALS = "一二三四五六七八九十0123456789"   # 一、朔州经开区 is a section, not a list
# A neighbour worked with (与相邻的射洪经开区协同发力, 和周边的…) is named in passing too.
_EACH = re.compile(r"分别|各自")
_SENTENCE_STOP = re.compile(r"[。；;！？!?\n]")
_PASSING_NEIGHBOUR = re.compile(r"[与和同跟](?:相邻|邻近|毗邻|周边|友邻|兄弟)的?$")
_WORKED_WITH = re.compile(r"[^，。；;,（(]{0,4}?(?:协同|合作|联动|共建|携手|一体化|共同)")  # (…协同发力; not …相比)
# A zone travelled to or learnt from (赴杭州高新区学习考察) is named in passing too.
# 选派干部到苏州工业园区跟班学习: a zone where people go to learn, named in passing
_LEARNT_AT = re.compile(r"(?:跟班|挂职|跟岗|蹲点)?(?:学习|取经|培训|进修|跟班|挂职|跟岗)")
_PASSING_LEFT = re.compile(r"(?:借力|借助于?|紧邻|毗邻|临近|靠近|紧靠|赴|前往|对标|借鉴|学习|参观|考察|[能可]抵达|[能可]到达|运抵|运往|发往|销往|驶往|直达)$")  # (…就能抵达两江新区的整车工厂: a destination; not 一行抵达…, a visit)
# 项目来自北京经开区的有19个; 企业原先在北京经开区租厂房，去年迁到永清: a zone things came from
# (but 来自繁峙经开区管委会的消息显示 names where the news came from, and speaks of that zone)
_SOURCE_LEFT = re.compile(r"(?:来自|源自)$")
_SOURCE_NEWS = re.compile(r"(?:管委会|党工委|有关部门|相关部门)?的?(?:最新)?(?:消息|数据|统计|信息|通报|介绍|发布|负责人|工作人员)")
_FORMER_LEFT = re.compile(r"(?:原先|原来|此前|以前|过去|原)在$")
_MOVED = re.compile(r"[^。！？\n]{0,40}?(?:迁到|迁至|迁往|搬到|搬迁至|搬迁到|转移到|转移至)")


def _elsewhere(text: str, m) -> bool:
    """Whether a zone is named as where something came from: a source or a former home."""
    if _SOURCE_LEFT.search(text, max(0, m.start - 2), m.start):  # (12个项目来自北京经开区，…)
        return text[m.end:m.end + 1] in ("的", "，", ",", "。", "；") and not _SOURCE_NEWS.match(text, m.end)
    if _FORMER_LEFT.search(text, max(0, m.start - 3), m.start):
        return _MOVED.match(text, m.end) is not None
    return False


# 对标江苏苏州工业园区: the same with the zone's province between
#: a zone paired with the text's own (天津经济技术开发区与我区结对共建，…联合招商落地项目4个): a partner,
#: named in passing; the figures are the text's own zone's
_PARTNER_OF_OURS = re.compile(r"(?:与|和|同)(?:我|本)(?:区|县|园|园区|开发区)(?:(?:建立|开展|签署|签订|达成|形成|深化|加强|深度|全面|战略|友好)了?){0,3}"
                              r"(?:结对|合作|共建|协作|对口|携手|联动)")
# (与我区建立结对共建关系, 与我县开展对口协作; not 与我市税务部门联动, 与我县各乡镇合作: the county's own)
#: verbs of leaning on a zone: in passing only after another zone in the clause
_LEAN_ON = re.compile(r"(?:借力|借助|借助于)$")
#: a subject a sentence gives before 在毗邻X的Y: a zone named, or one referred to (该区, 我市)
_SUBJECT_BEFORE = re.compile(SUFFIX.pattern + r"|(?<!健)[该本我](?:区|市|县|园)(?!域|场)|(?<!\p{Han})全(?:区|市|县|园)(?!域|场)")
# (目前该区…; not 健全市场, 该区域, nor 辐射全市: an object)
_STUDY_TRIP = re.compile(r"赴\p{Han}{0,6}?(?:考察|学习|参观|取经|观摩)|考察学习|学习考察|(?:带队|组织|一行)\p{Han}{0,8}?(?:考察|参观|取经|观摩)")
# (赴江苏考察, 带队到江苏参观学习; not 学习贯彻, a leader's 调研, 记者前往…采访, 外地干部参观学习 — others, another time)
#: a line of four or more Han characters, each set apart by a space
_SPACED_LINE = re.compile(r"(?m)^[ \t\u3000]*\p{Han}(?:[ \u3000]\p{Han}){3,}[ \t\u3000]*$")
_PASSING_LEFT_PROVINCE = re.compile(f"(?:赴|前往|对标|借鉴|学习|参观|考察)(?:{PROVINCES})(?:省|市|自治区)?$")


# Abbreviated zone types and the full form a provisional zone is named by; where a
# text writes the full form of a kind itself (X经济开发区), that form wins.
_TYPE_CLASS = {
    "经开区": ("etdz", "经济技术开发区"), "经济技术开发区": ("etdz", "经济技术开发区"),
    "经济开发区": ("etdz", "经济开发区"), "高新区": ("hitech", "高新技术产业开发区"),
    "高新技术产业开发区": ("hitech", "高新技术产业开发区"), "综保区": ("bonded", "综合保税区"),
    "高技术产业开发区": ("hitech", "高技术产业开发区"),  # 威海火炬高技术产业开发区
    "综合保税区": ("bonded", "综合保税区"), "自贸区": ("ftz", "自由贸易试验区"),
    "综试区": ("cbec", "跨境电子商务综合试验区"), "综合试验区": ("cbec", "跨境电子商务综合试验区"),
    "跨境电子商务综合试验区": ("cbec", "跨境电子商务综合试验区"),
    "自贸试验区": ("ftz", "自由贸易试验区"), "自由贸易试验区": ("ftz", "自由贸易试验区"),
    "边境经济合作区": ("border", "边境经济合作区"), "边合区": ("border", "边境经济合作区"),
    "软件谷": ("swvalley", "软件谷"), "科技城": ("scicity", "科技城"), "科学城": ("scicity", "科学城"), "台商投资区": ("taiwan", "台商投资区"),
    "投资区": ("invest", "投资区"),  # 福清元洪投资区
}


_TYPE_LONGEST_FIRST = sorted(_TYPE_CLASS.items(), key=lambda kv: -len(kv[0]))


_PREP_IN_RUN = re.compile(r"(?r)[在从到对由向与和及]")
_LIES_AT = re.compile(r"(?:位于|地处|坐落于)(?:\p{Han}{2,4}?[省市])*$")
_SENTENCE_BREAK = re.compile(r"[。；;！？!?\n]")
_LIES_IN = re.compile(r"(?:所在|所属)的\p{Han}{0,4}$")  # 园区所在的勐腊（磨憨）…: the zone it lies in


_NOT_IN_A_PLACE = re.compile(r"[家们聊说看讲谈到来去是有对把被让给和与及的了着过要将把请您你我他她它这那些于比较超占]")
_TIME_WORD_END = re.compile(r"(?:日前|目前|此前|之前|近日|近期|当前|如今|今年|去年|明年|同期|届时|眼下|当下|时下|现阶段|刚刚|昨天|今天|本周|本月|同步|携手|一起)$")
_SHORT_NAME = re.compile(r"[（(]\s*(?:以下)?简称[“\"「]?(\p{Han}{2,8})[”\"」]?\s*[）)]"
                         # 天津经济技术开发区（泰达）: a name alone in brackets right after the zone's, its short name
                         r"|[（(](?!(?:国家级|省级|市级|县级|中方区域|中方|外方|筹|试行|暂行|草案|下同|原|含|不含|本部|总部|一期|二期|三期"
                         r"|企业|同比|合计|总计|单位|牵头单位|国家|中国|牵头|负责人|管委会|托管|代管|拟设|扩区|试点|主会场|已撤销"
                         r"|上年|备注|注|排名|示范|转型|待定|改革|协办|主办|承办|指导|支持|" + PROVINCES + r")[）)])"
                         r"(?![^（）()\n]*[市县区省州元家个名人长号期届年月日第\d一二三四五六七八九十][）)])"
                         r"(\p{Han}{2,4})[）)](?=[^（(]{0,2}[，,。；;召举实完新、和与以的在是于]|\s)")


#: a kind's word a text may give as a zone's short name
_KIND_SHORT = re.compile(r"(?:本|该)?(?:开发区|经开区|高新区|新区|园区|示范区|保税区|综保区|自贸区|合作区|试验区|管委会)")
_KIND_SCOPE_BEFORE = re.compile(r"(?:各类|各|其他|其它|全国|全省|全市|我国|我省|国家级|省级|市级|境外|海外|多个|等)\p{Han}{0,4}$")
_SCOPE_BEFORE = re.compile(r"(?:全省|全市|全国|各|省级|国家级|市级)$")


_FTZ = ("自由贸易试验区", "自贸试验区", "自贸区")
# an area's own name (济南, 深圳前海蛇口, 广州南沙新区), not a count or determiner (三个, 所有, 各)
_FTZ_AREA_RX = re.compile(r"(?![一二两三四五六七八九十几多其该本每])\p{Han}{2,8}?片区")
#: words no area's name holds: verbs, determiners, conjunctions (共设有三个片区, 城区重点片区)
_NOT_AREA = re.compile(r"设有|包括|包含|共|各|个|内|等|与|和|及|的|重点|城区|所有|全部")


class _FtzArea:
    """An area's name after a free-trade zone's: a run of 2-8 characters and 片区, none of
    them a verb, determiner or conjunction."""

    @staticmethod
    def match(text: str, pos: int, end: int):
        m = _FTZ_AREA_RX.match(text, pos, end)
        return m if m is not None and not _NOT_AREA.search(m[0], 0, len(m[0]) - 2) else None


_FTZ_AREA = _FtzArea()
_AREA_NEXT = re.compile(r"[、和及与]\s*")
#: the areas named as places, then their number (南宁、钦州港、崇左三个片区)
_AREA_PLACES = re.compile(r"(?:自由贸易试验区|自贸试验区|自贸区)(?:的|(?:共)?(?:包括|包含|设有|下辖|涵盖))?(?P<place>\p{Han}{2,4}?)"
                          r"(?:[、和及与](?P<place>\p{Han}{2,4}?))+(?:[一二三四五六七八九十两\d]+个)片区")
#: words of a town's or a zone's own parts (高铁片区, 老城片区, 东部片区), no free-trade zone's area
_TOWN_PART = re.compile(r"高铁|老城|新城|城区|中心|核心|起步|商务|金融|科技|产业|综合|东部|西部|南部|北部|中部")
_AREA_COMMITTEE = re.compile(r"(?<!\p{Han})(?!\p{Han}{0,2}(?:" + _TOWN_PART.pattern + r")"
                             r"\p{Han}{0,2}片区)(\p{Han}{2,4})片区(?:管委会|管理委员会|管理局)")  # (not 高铁片区, 老城片区: a town's parts)
#: the places of a list of a free-trade zone's areas, said on their own (福州、厦门、平潭三个片区)
_AREA_LIST = re.compile(r"(?<!\p{Han})(?P<place>\p{Han}{2,4}?)(?:[、和及与](?P<place>\p{Han}{2,4}?))+(?:[一二三四五六七八九十两\d]+个)片区")
_AREA_NOT_AFTER = "市城区县镇的"  # (西安市城市中心片区: a part of a town)
_AREA_LEAD = re.compile(r"(?:的|(?:共|下)?(?:包括|包含|设有|下辖|涵盖|辖)(?:[一二三四五六七八九十\d]+个片区)?[：:，,]?)\s*")


def _ftz_place(name: str) -> str:
    """The place a free-trade zone is named after: 中国（黑龙江）自由贸易试验区, 黑龙江自贸区 -> 黑龙江."""
    place = name[:-len(next(k for k in _FTZ if name.endswith(k)))]
    return place[3:-1] if place.startswith("中国（") and place.endswith("）") else place


def _ftz_areas(text: str, mentions: list[ZoneMention], start: int, end: int) -> list[ZoneMention]:
    """中国（广西）自由贸易试验区钦北片区: an area of a free-trade zone is a zone of its own
    (济南片区、青岛片区、烟台片区 after it: each one), and its short name (钦北片区) names it
    wherever the text uses it, unless another zone's name runs into it (西安高新区中心片区). A
    片区 named after no free-trade zone (城东片区) is a part of a town, no zone."""
    out, extra = list(mentions), []
    areas = []  # the areas' own names (钦北片区)
    for k, m in enumerate(out):
        if not m.name.endswith(_FTZ):
            continue
        area = _FTZ_AREA.match(text, m.end, min(end, m.end + 10))
        if area is not None:  # …自由贸易试验区钦北片区: the mention is the area's
            name = m.name + area[0]
            out[k] = ZoneMention(f"prov:{name}", name, m.start, area.end(), text[m.start:area.end()], True,
                                 m.passing)
        else:  # …试验区的开封片区, …试验区包括郑州片区、开封片区和洛阳片区: the areas, the zone as it was
            lead = _AREA_LEAD.match(text, m.end, end)
            area = _FTZ_AREA.match(text, lead.end(), min(end, lead.end() + 10)) if lead else None
            if area is None:
                continue
            extra.append(ZoneMention(f"prov:{m.name}{area[0]}", m.name + area[0], area.start(), area.end(),
                                     area[0], True))
        areas.append(area[0])
        pos = area.end()
        while (sep := _AREA_NEXT.match(text, pos, end)) and (more := _FTZ_AREA.match(text, sep.end(), end)):
            extra.append(ZoneMention(f"prov:{m.name}{more[0]}", m.name + more[0], more.start(), more.end(),
                                     more[0], True))
            areas.append(more[0])
            pos = more.end()
    wholes = [m for m in out if m.name.endswith(_FTZ)]
    listed_areas = {}  # short name -> the area's name, for areas named only in such a list
    if wholes:
        # …自贸试验区南宁、钦州港、崇左三个片区 (the zone named there or elsewhere in the text): each
        # place's 片区 that the text also names (南宁片区) is an area of it — of the free-trade zone
        # named with the list, else the nearest named before it, else the first the text names
        for listed in _AREA_PLACES.finditer(text, start, end):
            whole = next((m for m in reversed(wholes) if m.start <= listed.start() < m.end + 2), None) or next(
                (m for m in reversed(wholes) if m.end <= listed.start()), wholes[0])
            for place in listed.captures("place"):
                short = place + "片区"
                if short not in areas and text.find(short, start, end) >= 0:
                    kind = next(k for k in _FTZ if whole.name.endswith(k))
                    full = whole.name[:-len(kind)] + _TYPE_CLASS[kind][1]  # (广西自贸试验区: its type in full)
                    listed_areas[short] = full + short
                    areas.append(short)
        # 黑河片区管委会副主任…: an area with a management committee of its own, in a text about
        # one free-trade zone, is an area of that zone; so are the places of a list of its areas
        # said apart from its name (…自由贸易试验区正式挂牌 ⏎ 福州、厦门、平潭三个片区), unless another
        # zone is named before the list in its sentence, or a place is a town's part
        if len({_ftz_place(m.name) for m in wholes}) == 1:  # (中国（黑龙江）自由贸易试验区 = 黑龙江自贸试验区)
            whole = wholes[0]
            kind = next(k for k in _FTZ if whole.name.endswith(k))
            full = whole.name[:-len(kind)] + _TYPE_CLASS[kind][1]
            named = [run[1] for run in _AREA_COMMITTEE.finditer(text, start, end)]
            for listed in _AREA_LIST.finditer(text, start, end):
                places = listed.captures("place")
                sent = max(text.rfind(c, start, listed.start()) for c in "。！？!?\n") + 1
                if any(_TOWN_PART.search(p) for p in places) or any(
                        sent <= m.start < listed.start() and not m.name.endswith(_FTZ) and not m.passing for m in out):
                    continue  # (东湖高新区规划建设光谷东、光谷南、高铁三个片区: another zone's parts; 老城、新城)
                named += places
            for place in named:
                short = place + "片区"
                if short not in areas and not _GENERIC.search(place) and not SUFFIX.search(place) \
                        and text.find(short, start, end) >= 0:
                    listed_areas[short] = full + short
                    areas.append(short)
    if not areas:
        return mentions
    # a zone's name inside an area's (广州南沙新区 in …广州南沙新区片区) is the area's
    spans = [(x.start, x.end) for x in out + extra if x.name.endswith("片区")]
    out = [x for x in out if x.name.endswith("片区") or not any(a <= x.start and x.end <= b and (a, b) != (x.start, x.end)
                                                               for a, b in spans)]
    for short in dict.fromkeys(areas):
        taken = [(x.start, x.end) for x in out + extra]
        ends = {x.end for x in out}
        named = listed_areas.get(short)
        zone_id, zone_name = (f"prov:{named}", named) if named else next(
            (x.zone_id, x.name) for x in out + extra if x.name.endswith(short))
        for hit in re.finditer(re.escape(short), text[start:end]):
            a, b = hit.start() + start, hit.end() + start
            if not any(x < b and a < y for x, y in taken) and a not in ends and text[a - 1:a] not in _AREA_NOT_AFTER:
                extra.append(ZoneMention(zone_id, zone_name, a, b, short, True))
    return sorted(out + extra, key=lambda x: x.start)


def _base_short_names(text: str, mentions: list[ZoneMention], start: int, end: int) -> list[ZoneMention]:
    """宁东能源化工基地 … 宁东基地: a base's place and 基地 name it wherever the text uses them
    (a bare X基地 names no zone of its own: 生产基地, 研发基地)."""
    extra = []
    for place, m in {m.name[:-len("能源化工基地")]: m for m in mentions if m.name.endswith("能源化工基地")}.items():
        if len(place) < 2:
            continue
        for hit in re.finditer(re.escape(place) + "基地", text[start:end]):
            a, b = hit.start() + start, hit.end() + start
            if not any(x.start < b and a < x.end for x in mentions):
                passing = bool(_BASE_VISITED.search(text, max(0, a - 4), a) or _BASE_LEARNT.match(text, b))
                extra.append(ZoneMention(m.zone_id, m.name, a, b, text[a:b], m.provisional, passing))
    return sorted(mentions + extra, key=lambda x: x.start) if extra else mentions


#: a base visited, learnt from or worked with (赴宁东基地考察, 宁东基地经验值得推广): named in passing
_BASE_VISITED = re.compile(r"(?:赴|前往|借鉴|学习|对接|融入|对标|参观|考察)$")  # (not 过去宁东基地, 到宁东基地投资的企业)
_BASE_LEARNT = re.compile(r"(?:的)?(?:经验|考察成果|考察学习|学习经验)")  # (not 宁东基地考察团, 宁东基地学习贯彻…: the base's own)


def _short_names(text: str, mentions: list[ZoneMention], start: int, end: int) -> list[ZoneMention]:
    """前海深港现代服务业合作区（以下简称“前海”）: the short name, wherever the text uses
    it, names that zone — a kind's word too (中国老挝磨憨—磨丁经济合作区（以下简称“合作区”）…
    合作区实现…), but not after a scope (全省合作区, 各合作区)."""
    extra = []
    for m in mentions:
        short = _SHORT_NAME.match(text, m.end, min(end, m.end + 24))
        name = short and (short[1] or short[2])
        if short is None or name.startswith("全") or short[2] and (SUFFIX.search(name) or _STOP_REV.search(name)):
            continue  # （以下简称“全区”）: a whole, no name; （宁波综合保税区）, （共…）: no short name
        kind = _KIND_SHORT.fullmatch(name) is not None
        taken = [(x.start, x.end) for x in mentions]
        named = [x for x in mentions if not x.passing]
        if short[1] and not kind and SUFFIX.search(name):
            # （以下简称“前海合作区”）: a short name that reads as a zone's of its own is this zone wherever
            # the text uses it, in the brackets too
            mentions = [ZoneMention(m.zone_id, m.name, x.start, x.end, x.surface, m.provisional, x.passing)
                        if x.provisional and x.surface == name and x.start >= short.start() and x.zone_id != m.zone_id
                        else x for x in mentions]
        for hit in re.finditer(re.escape(name), text[:end]):
            a, b = hit.span()
            if a < start or a < short.end() or any(x < b and a < y for x, y in taken) \
                    or _SCOPE_BEFORE.search(text, max(0, a - 3), a):
                continue
            if kind:
                # a kind's word (以下简称“开发区”) is that zone's name only standing alone (not 各类开发区,
                # 国家级经济技术开发区, 境外经贸合作区), and not after another zone of that kind named in
                # its paragraph (张掖经济技术开发区同样…。开发区实现… is 张掖's; 与苏州工业园区持平 leaves 新区
                # the text's)
                line = text.rfind("\n", 0, a) + 1
                before = [x for x in named if line <= x.start and x.end <= a]  # in its paragraph
                if _KIND_SCOPE_BEFORE.search(text, max(0, a - 6), a) \
                        or before and before[-1].zone_id != m.zone_id and before[-1].name.endswith(name) \
                        or any(k.start() < a for k in SUFFIX.finditer(text, max(0, a - 8), b) if k.end() == b):
                    continue  # (边境经济合作区, 经贸合作区: the tail of a longer kind's word)
            extra.append(ZoneMention(m.zone_id, m.name, a, b, name, m.provisional))
    if not extra:
        return mentions
    return sorted(mentions + extra, key=lambda x: x.start)


def _typed(name: str):
    """(place, suffix, class, long form) of a provisional zone's name, or None."""
    for suffix, (cls, long_form) in _TYPE_LONGEST_FIRST:
        if name.endswith(suffix) and len(name) > len(suffix):
            place = name[: -len(suffix)]
            bracketed = _BRACKETED_PLACE.match(place)  # 中国（满洲里）跨境电子商务综合试验区 is 满洲里's
            return bracketed[1] if bracketed else place, suffix, cls, long_form
    return None


def _unify_provisional(mentions: list[ZoneMention]) -> list[ZoneMention]:
    """One provisional zone, one name: 长沙经开区, 长沙经济技术开发区 and 长沙市经济技术开发区
    in one text are the same zone, named in full without the 市 (长沙经济技术开发区)."""
    full: dict[tuple[str, str], str] = {}
    typed = [_typed(m.name) if m.provisional else None for m in mentions]
    places = {(ty[0], ty[2]) for ty in typed if ty}
    keyed = []
    for m, ty in zip(mentions, typed):
        key = None
        if ty:
            place, suffix, cls, long_form = ty
            # 日照市经济技术开发区 is 日照经开区 when the text names both (沙市 keeps its 市)
            city = len(place) >= 3 and place.endswith("市") and (place[:-1], cls) in places
            key = (place[:-1] if city else place, cls)
            written_full = suffix != "经开区" and suffix == long_form and not city
            if written_full and not full.get(key, "").startswith("中国（"):
                full[key] = m.name  # (the official 中国（南京）软件谷 over 南京软件谷)
            elif key not in full:
                full[key] = key[0] + long_form
        keyed.append(key)
    for m, key in zip(mentions, keyed):
        if key is not None:
            m.name = full[key]
            m.zone_id = f"prov:{m.name}"
    # 金普新区 and 大连金普新区: a provisional name the text also writes with its city
    # in front is that zone (a place of two or more characters before the whole name)
    names = sorted({m.name for m in mentions if m.provisional})
    longer = {}
    for n in names:
        if len(n) < 4:
            continue
        others = [o for o in names if o.endswith(n) and len(o) - len(n) >= 2]
        if others and [len(o) for o in others].count(max(map(len, others))) == 1:
            longer[n] = max(others, key=len)  # (two as long, 南宁经济技术开发区 and 东盟经济技术开发区 for
            # 技术开发区: no telling which)
    # 横琴合作区 and 横琴粤澳深度合作区, 前海合作区 and 前海深港现代服务业合作区: the 合作区 of a
    # place, said short, is the one whose full name the text writes
    for n in names:  # 瑞丽重点开发开放试验区 and 瑞丽国家重点开发开放试验区: one zone, its official name
        for kind in _NATIONAL_IN_NAME:
            if n.endswith(kind) and not n.endswith("国家" + kind) and n[:-len(kind)] + "国家" + kind in names:
                longer[n] = n[:-len(kind)] + "国家" + kind
    for n in names:
        if n.endswith("合作区") and 2 <= len(n) - 3 <= 3 and n not in longer:
            full_forms = [o for o in names if o != n and o.startswith(n[:-3]) and o.endswith("合作区")
                          and len(o) > len(n)]
            if len(full_forms) == 1:
                longer[n] = full_forms[0]
    for m in mentions:
        if m.provisional and m.name in longer:
            m.name = longer[m.name]
            m.zone_id = f"prov:{m.name}"
    return mentions


#: a line break between two Han characters (a wrap, if the page is wrapped at a width or it cuts a type word)
_BREAK_IN_WORDS = re.compile(r"(?<=\p{Han})\n(?=\p{Han})")


def _type_across(text: str, c: int) -> bool:
    """Whether the line break at c cuts a zone's type word in two (经济⏎技术开发区, 工业⏎园区)."""
    left = text[max(0, c - 8):c]
    return any(m.start() < len(left) < m.end() for m in SUFFIX.finditer(left + text[c + 1:c + 9]))


#: a type word's last character that goes on as an ordinary word (区域, 区块, 城市, 园林)
_WORD_ON = re.compile(r"区[域块间内外委长段]|城[市区镇乡]|园[林艺地丁]")


def _unjoin(cuts: list[int], start: int, j: int) -> int:
    """Position j of the text with the breaks at `cuts` taken out -> its position in the text."""
    i = start + j
    k = 0
    while k < len(cuts) and cuts[k] <= i:
        i += 1
        k += 1
    return i


class ZoneFinder:
    """Finds registry and provisional zone mentions in a text."""

    def __init__(self, registry=None):
        self.registry = tuple(registry or load_registry())
        self.by_id = {z.id: z for z in self.registry}
        self.alias = {}
        for z in self.registry:
            for a in (z.name, *z.aliases):
                self.alias.setdefault(a, z)
        self.by_place = {}
        for z in self.registry:
            self.by_place.setdefault(z.place.rstrip("市县"), z)
        # For each zone-type word, the lengths of the registry names that end in it,
        # longest first: the only look-backs worth a dictionary probe.
        self.lengths: dict[str, tuple[int, ...]] = {}
        for a in self.alias:
            for suffix in SUFFIXES:
                if a.endswith(suffix):
                    self.lengths.setdefault(suffix, set()).add(len(a))
        self.lengths = {k: tuple(sorted(v, reverse=True)) for k, v in self.lengths.items()}

    def zone(self, zone_id: str) -> Zone | None:
        if zone_id.startswith("prov:"):
            return provisional_zone(zone_id[5:])
        return self.by_id.get(zone_id)

    def resolve(self, name: str) -> Zone | None:
        """A zone for a name as an analyst writes it (繁峙经开区, 繁峙, an id)."""
        name = (name or "").strip()
        if not name:
            return None
        z = self.by_id.get(name) or self.alias.get(name) or self.by_place.get(name.rstrip("市县"))
        if z:
            return z
        for m in SUFFIX.finditer(name):
            if m.end() == len(name):
                return self.alias.get(name) or provisional_zone(name)
        return provisional_zone(name)

    def find(self, text: str, start: int = 0, end: int | None = None, wrapped: bool = True) -> list[ZoneMention]:
        end = len(text) if end is None else end
        out: list[ZoneMention] = []
        aliases: list[tuple[int, ZoneMention]] = []
        renames: list[ZoneMention] = []
        last_end = start
        for m in SUFFIX.finditer(text, start, end):
            a, b = m.span()
            if text.startswith("块", b) and m[0].endswith("区") and not text.startswith(("块状", "块数据", "块链"), b) \
                    or m[0] == "投资区" and text.startswith(("域", "位", "间", "块", "县", "划"), b):
                continue  # 片区经开区块: …区块, a block of land; 重点投资区域, 投资区位优势, 投资区间: no zone
            mention = self._registered(text, a, b, last_end, m) or self._provisional(text, m, last_end)
            if mention is None and out and out[-1].end == a and m[0] not in PARKS and not out[-1].provisional \
                    and out[-1].name.endswith("新区") and len(m[0]) >= 3:
                # 兰州新区综合保税区: a zone of another kind inside a new area, named after it, is a zone of its own
                prev = out.pop()
                name = prev.surface + m[0]
                mention = ZoneMention(f"prov:{name}", name, prev.start, b, text[prev.start:b], provisional=True,
                                      passing=prev.passing)
            if mention is None:
                continue
            if m[0] in PARKS and out and out[-1].end == last_end and mention.provisional and (
                    mention.start - out[-1].end <= 6) and not _LIST_OR_STOP.search(text, out[-1].end, mention.start):
                # 眉山经开区新材料产业园: a park named right after its zone is part of it
                prev = out[-1]
                mention = ZoneMention(prev.zone_id, prev.name, mention.start, mention.end,
                                      mention.surface, prev.provisional)
            elif out and mention.start == out[-1].end + 1 and text[out[-1].end] in "（(" \
                    and text[mention.end:mention.end + 1] in ("）", ")"):
                aliases.append((len(out), out[-1]))  # decided below
            elif text[mention.end:mention.end + 1] in ("）", ")") and (former := _former_name(text, mention, start)):
                # 南京江北新材料科技园（原南京化学工业园区）: a zone's former name in brackets after its name now
                # — the zone, whatever its name's last word (科技园); a registered former name (…（原大连经济技术
                # 开发区）) too
                if out and out[-1].end == former:
                    aliases.append((len(out), out[-1]))
                else:
                    i = _han_run_start(text, former, max(start, last_end, former - 16))
                    now = text[i:former]
                    cut = _last_stop(now)
                    if cut:
                        i, now = i + cut.end(), now[cut.end():]
                    if len(now) >= 4 and not _GENERIC.match(now) and now.endswith(_NAME_NOW_ENDS):
                        renamed = ZoneMention(f"prov:{now}", now, i, former, now, provisional=True)
                        out.append(renamed)
                        renames.append(renamed)
                        aliases.append((len(out), renamed))
                    else:  # (海口综合保税区于2008年…设立（原海口保税区）: the clause's zone by its old name, in passing)
                        mention.passing = True
                if mention.surface.startswith("原") and mention.provisional:
                    mention = ZoneMention(f"prov:{mention.name[1:]}", mention.name[1:], mention.start + 1, mention.end,
                                          mention.surface[1:], provisional=True, passing=mention.passing)
            before = text[mention.start - 1] if mention.start > 0 else ""
            numbered = before == "、" and mention.start > 1 and text[mention.start - 2] in _SECTION_NUMERALS
            mention.passing = mention.passing or ((before != "" and before in PASSING_BEFORE and not numbered)
                               or text.startswith(PASSING_AFTER, mention.end)
                               or bool(_PASSING_LEFT.search(text, max(0, mention.start - 3), mention.start))
                               or bool(_PASSING_NEIGHBOUR.search(text, max(0, mention.start - 6), mention.start)
                                       and _WORKED_WITH.match(text, mention.end))
                               or _elsewhere(text, mention)
                               or bool(_PARTNER_OF_OURS.match(text, mention.end))
                               or text[max(0, mention.start - 2):mention.start] in ("（含", "(含")  # (全省…（含兰州新区）: a part of a whole)
                               # (深圳前海综保区依托前海深港现代服务业合作区的政策优势: what a zone leans on, named in passing)
                               or text[max(0, mention.start - 2):mention.start] in ("依托", "依靠") and text.startswith("的", mention.end)
                               or before in ("到", "去") and bool(_LEARNT_AT.match(text, mention.end))
                               # (南京江北新材料科技园…位于南京市江北新区: where the sentence's zone lies, no subject)
                               or bool(out and _LIES_AT.search(text, max(0, mention.start - 10), mention.start)
                                       and not _SENTENCE_BREAK.search(text, out[-1].end, mention.start))
                               or bool(_PASSING_LEFT_PROVINCE.search(text, max(0, mention.start - 8),
                                                                     mention.start)))
            if mention.passing and _LEAN_ON.search(text, max(0, mention.start - 3), mention.start) and not any(
                    not x.passing and x.end > max(text.rfind(c, 0, mention.start) for c in "，,。；;！？!?\n")
                    for x in out[-3:]):
                mention.passing = False  # (借助北京经开区这一平台，…区内新增…: the zone the clause speaks of;
                # 宁乡经开区借力湘江新区…: the subject another zone, named in passing)
            out.append(mention)
            last_end = mention.end
        # 宁波保税区（宁波综合保税区）: a name in brackets right after a zone is its alias —
        # unless the text also names it on its own (天津自贸试验区（天津港保税区）in a text
        # about 天津港保税区: there it is the part, and a zone of its own).
        alone = {m.name for k, m in enumerate(out) if k not in {a for a, _ in aliases}}
        for k, prev in aliases:
            if out[k].name not in alone:
                m = out[k]
                out[k] = ZoneMention(prev.zone_id, prev.name, m.start, m.end, m.surface, prev.provisional)
        for renamed in renames:  # (the name now wherever else the text writes it: its title, its later clauses)
            p = text.find(renamed.name, start, end)
            while p >= 0:
                if not any(x.start < p + len(renamed.name) and p < x.end for x in out):
                    out.append(ZoneMention(renamed.zone_id, renamed.name, p, p + len(renamed.name), renamed.name,
                                           provisional=True))
                p = text.find(renamed.name, p + 1, end)
        if renames:
            out.sort(key=lambda x: x.start)
        out = self._whole_names(text, out)
        out = self._shared_type(text, out, start)
        out = _base_short_names(text, out, start, end)
        if wrapped:
            out = self._across_wraps(text, out, start, end)
            out = self._spaced_lines(text, out, start, end)
        return self._shared_as_named(text, _unify_provisional(_short_names(text, _ftz_areas(text, out, start, end), start, end)))

    def _shared_as_named(self, text: str, out: list[ZoneMention]) -> list[ZoneMention]:
        """A shared short name said alone (滨海新区, 江北新区) in a text that names another place's zone of
        that short name (绍兴滨海新区) and never the registered one in full: that other zone's."""
        named = {}
        for m in out:
            if m.provisional:
                named.setdefault(m.name, m)
        if not named:
            return out
        result = []
        for m in out:
            z = None if m.provisional else self.by_id.get(m.zone_id)
            own_place = z is not None and any(w and text.endswith(w, max(0, m.start - len(w)), m.start)
                                              for w in (z.city, z.city[:2], z.province[:2]))
            kind = SUFFIX.search(m.surface) if z is not None else None
            if z is not None and m.surface in z.shared and not own_place and kind is not None and kind.start() >= 2:
                # (not 天津市滨海新区: its own city's; not a bare type, 综改区, the registered zone's own nickname)
                others = {n: p for n, p in named.items() if n.endswith(m.surface) and n != m.surface}
                full = any(x.zone_id == m.zone_id and x.surface not in z.shared and not x.passing for x in out)
                if len(others) == 1 and not full:
                    p = next(iter(others.values()))
                    m = ZoneMention(p.zone_id, p.name, m.start, m.end, m.surface, True, m.passing)
            result.append(m)
        return result

    def _whole_names(self, text: str, out: list[ZoneMention]) -> list[ZoneMention]:
        """中国（上海）自由贸易试验区临港新片区: two names found side by side that are together a
        registered zone's own name are one mention of it (not the free-trade zone, then its area)."""
        merged: list[ZoneMention] = []
        for m in out:
            if merged and merged[-1].end == m.start and not m.provisional:
                whole = self.alias.get(text[merged[-1].start:m.end])
                if whole is not None and whole.id == m.zone_id:
                    prev = merged.pop()
                    m = ZoneMention(m.zone_id, m.name, prev.start, m.end, text[prev.start:m.end], False, prev.passing)
            merged.append(m)
        return merged

    def _spaced_lines(self, text: str, out: list[ZoneMention], start: int, end: int) -> list[ZoneMention]:
        """A title set spaced out, a character at a time (喀 什 经 济 开 发 区): read with its spaces
        taken out, a zone named there is named on that line."""
        extra = []
        for line in _SPACED_LINE.finditer(text, start, end):
            at = [k for k in range(line.start(), line.end()) if not text[k].isspace()]
            for m in self.find("".join(text[k] for k in at), 0, None, wrapped=False):
                a, b = at[m.start], at[m.end - 1] + 1
                extra.append(ZoneMention(m.zone_id, m.name, a, b, text[a:b], m.provisional, m.passing))
        return sorted(out + extra, key=lambda x: x.start) if extra else out

    def _across_wraps(self, text: str, out: list[ZoneMention], start: int, end: int) -> list[ZoneMention]:
        """Zone names a hard-wrapped page cuts at a line's end (绥芬河边境⏎经济合作区): the text is
        read again with each such break taken out, and a name found across one is added."""
        breaks = [m.start() for m in _BREAK_IN_WORDS.finditer(text, start, end)]
        if not breaks:
            return out
        # a page wrapped at a width: many lines of about one length; a cut only at such a line's end
        lengths = [len(line) for line in text[start:end].split("\n") if len(line) >= 16]
        width, n = Counter(lengths).most_common(1)[0] if lengths else (0, 0)
        band = range(int(width * 0.85), int(width * 1.15) + 2)
        wrapped = n >= 3 and sum(k in band for k in lengths) >= 5

        def cut_here(c: int) -> bool:  # a wrap at the page's width, or, at any width, a break inside a zone's
            width = c - text.rfind("\n", 0, c) - 1  # type word (南宁经济⏎技术开发区, 苏州工业⏎园区)
            return wrapped and width >= 16 and width in band or _type_across(text, c)

        cuts = [c for c in breaks if cut_here(c)]
        if not cuts:
            return out
        joined = "".join(text[a:b] for a, b in zip([start] + [c + 1 for c in cuts], cuts + [end]))
        extra, drop = [], set()
        for m in self.find(joined, 0, None, wrapped=False):
            a = _unjoin(cuts, start, m.start)
            b = _unjoin(cuts, start, m.end - 1) + 1
            inside = [o for o in out if o.start < b and a < o.end]
            if "\n" not in text[a:b] or any(o.start < a or o.end > b for o in inside):
                continue  # (a name that reaches out of the joined one is the text's own)
            kind = SUFFIX.search(m.surface)
            if kind is None:
                continue
            kind_at = _unjoin(cuts, start, m.start + kind.start())
            cut_in_kind = "\n" in text[kind_at + 1:b]
            if m.provisional and not cut_in_kind or not m.provisional and text[kind_at - 1:kind_at] == "\n":
                continue  # (见效⏎高新区: a place the registry lacks cut before its type; 永济⏎开发区 opening a
                # line is the text's own 开发区, whatever the line above ends with)
            if _WORD_ON.match(text, b - 1):
                continue  # (经贸合作⏎区域, 开发⏎区块, 科技⏎城市: a word that goes on, no type)
            extra.append(ZoneMention(m.zone_id, m.name, a, b, text[a:b], m.provisional, m.passing))
            # 南宁经济⏎技术开发区: the name across the break, not its second line's 技术开发区 alone
            drop.update(id(o) for o in inside)
        return sorted([o for o in out if id(o) not in drop] + extra, key=lambda z: z.start) if extra else out

    def _shared_type(self, text: str, out: list[ZoneMention], floor: int) -> list[ZoneMention]:
        """瑞丽、畹町、河口、临沧边境经济合作区分别…: places listed before one zone type that
        names them all are each a zone of that type, and the list is no passing mention —
        unless it ends in 等 (与瑞丽、河口等边境经济合作区同台)."""
        extra: list[ZoneMention] = []
        for k, m in enumerate(out):
            j = m.start - 1
            if j <= floor or text[j] != "、" or text.startswith("等", m.end):
                continue
            stop = _SENTENCE_STOP.search(text, m.end)
            if not _EACH.search(text, m.end, stop.start() if stop else len(text)):
                continue  # (only a list that 分别 shares out: 太原、大同经开区联合招商，共签约…: a joint figure)
            suffix = SUFFIX.search(m.surface)
            if suffix is None or suffix.start() < 2:
                continue
            kind = m.surface[suffix.start():]
            items = []
            while j > floor and text[j] == "、":
                i = _han_run_start(text, j, max(floor, j - 5))
                item = text[i:j]
                if not 2 <= len(item) <= 4 or _GENERIC.search(item) or SUFFIX.search(item) \
                        or _PROVINCE.fullmatch(item) or item.endswith(("区", "三角", "冀")) \
                        or _VISIT_REV.search(item) or _CUT_AFTER_REV.search(item) or _LEAD_WORD.search(item) \
                        or _GENERIC_VERB_REV.search(item) or _CARE_VERB_REV.search(item):
                    items = []  # (a province, a zone's own 东区/西区, 长三角; 对标苏州, 其中太原: no place alone)
                    break
                items.append((i, j, item))
                j = i - 1
            if not items or j >= floor and ("\u4e00" <= text[j] <= "\u9fff" or text[j] == "、") \
                    or _PASSING_LEFT.search(text, max(0, j - 3), j + 1) or text[j:j + 1] in "：:" \
                    and _VISIT_REV.search(text, max(0, j - 4), j):
                continue  # (与瑞丽、…, 走访：苏州、昆山高新区: a list of zones passed by or visited)
            m.passing = False
            for i, e, item in reversed(items):
                z = self.alias.get(item + kind)
                if z is not None:
                    z = self.by_id.get(z.parent, z)
                    extra.append(ZoneMention(z.id, z.name, i, e, item))
                else:
                    name = item + kind
                    extra.append(ZoneMention(f"prov:{name}", name, i, e, item, provisional=True))
        return sorted(out + extra, key=lambda z: z.start) if extra else out

    def _registered(self, text, a, b, floor, m=None) -> ZoneMention | None:
        for k in self.lengths.get(text[a:b], ()):
            if k > b - floor:
                continue
            z = self.alias.get(text[b - k:b])
            if z is not None:
                i = _han_run_start(text, b - k, max(floor, b - k - 6)) if text[b - k:b] in z.shared else b - k
                lead = _PREP_IN_RUN.search(text, i, b - k) if i < b - k else None
                # (…8日在天津市滨海新区: the place after a date and 在 is the zone's own city)
                own = text[lead.end() if lead is not None and lead.end() < b - k else i:b - k]
                if i < b - k and m is not None and self._other_place_before(text, i, b - k) \
                        and not any(own.startswith(w) for w in (z.city[:2], z.province[:2]) if w) \
                        and not any(al.endswith(text[i:b]) for al in z.aliases):  # (转型综改区: the zone's own name)
                    # 威海火炬高新区, 乌鲁木齐综改区: another place's zone of that short name (火炬高新区 is 厦门's),
                    # read as any provisional zone is (not 入驻综改区, 日前火炬高新区: a verb, a time)
                    other = self._provisional(text, m, floor, any_kind=True)
                    if other is None and (_PROVINCE.match(text, i, b - k) or _REGION_OF_PROVINCES.match(text, i, b - k)):
                        name = text[i:b]  # (浙江省综改区, 成渝综改区: a province's or a region's own zone of that
                        return ZoneMention(f"prov:{name}", name, i, b, name, provisional=True)  # kind, as written)
                    if other is not None and other.start < b - k:
                        return other
                z = self.by_id.get(z.parent, z)  # 甘亭工业园区 speaks for 临汾经济开发区
                return ZoneMention(z.id, z.name, b - k, b, text[b - k:b])
        return None

    @staticmethod
    def _other_place_before(text: str, i: int, a: int) -> bool:
        """Whether the run of characters [i, a) before a shared alias, alone after a clause's start,
        reads as a place's name (威海 in 。威海火炬高新区…, 乌鲁木齐, 温州金融), not a word (今年, 聊聊, 投洽会)."""
        run = text[i:a]  # (a clause's start before it: 。乌鲁木齐综改区…, 温州金融综改区…)
        if not 2 <= len(run) <= 6 or i > 0 and "\u4e00" <= text[i - 1] <= "\u9fff":
            return False
        return not (_LEAD_WORD.match(run) or run[-1] in "年月日度的了是在和与及对向从由为把被将" or _GENERIC.search(run)
                    or _NOT_IN_A_PLACE.search(run) or _TIME_WORD_END.search(run))  # (大家聊聊火炬高新区, 日前火炬…)

    def _provisional(self, text, m, floor, any_kind: bool = False) -> ZoneMention | None:
        a, b = m.span()
        if m[0] not in PROVISIONAL_OK and m[0] not in PARKS and not any_kind:
            return None
        i = _han_run_start(text, a, max(floor, a - (11 if m[0] in PARKS else 8)))
        prefix = text[i:a]
        if not prefix and a - 2 > floor and text[a - 1] in "）)":
            # 中国（黑河）跨境电子商务综合试验区: the place stands in brackets
            o = max(text.rfind("（", max(floor, a - 8), a - 1), text.rfind("(", max(floor, a - 8), a - 1))
            inner = text[o + 1:a - 1] if o >= 0 else ""
            if 2 <= len(inner) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in inner) and inner not in _SCRIPT_LABELS:
                # 中国（南京）, and a two countries' park: 中韩（长春）, 中德（沈阳）
                # (西部（重庆）科学城: a region's word before the brackets is the name's too)
                start = o - 2 if _CHINA_AND.fullmatch(text[max(floor, o - 2):o]) or text[max(floor, o - 2):o] in _REGION_WORDS else o
                # its official name as written, brackets made full-width (中国（南京）软件谷)
                name = f"{text[start:o]}（{inner}）{m[0]}" if start < o else inner + m[0]
                # (新区加快建设西部（重庆）科学城: a zone built or supported, the clause's subject another —
                # named in passing, as a verb before an unbracketed name leaves no zone)
                before = text[_han_run_start(text, start, max(floor, start - 8)):start]
                object_of = not _CHINA_AND.fullmatch(text[start:start + 2]) and not _LIES_IN.search(before) and (
                    _GENERIC_VERB.search(before) or _GENERIC.search(before)) is not None
                # (磨憨片区所在的勐腊（磨憨）重点开发开放试验区推行…: the zone a park lies in, named as the subject)
                return ZoneMention(f"prov:{name}", name, start, b, text[start:b], provisional=True,
                                   passing=object_of)
        passing = False
        verb = _VISIT_REV.search(prefix)
        if verb:  # 全面对标江苏苏州工业园区: a zone learnt from, named in passing (but 今天我们来到的是
            # 沈阳经济技术开发区: the programme's own zone, presented)
            # (but 走进洋浦经济开发区，最直观的感受…: the reporter, no subject named, enters the story's zone)
            entered = verb[0] in ("走进", "来到") and verb.start() == 0 and (i == 0 or not "\u4e00" <= text[i - 1] <= "\u9fff") \
                and not _STUDY_TRIP.search(text, max(0, i - 80), i)  # (…赴江苏考察。走进昆山经济技术开发区: a visit)
            # (临近高速出口的晋中智创产业园: what it is near is another thing, the park the subject)
            near_other = verb[0][:2] in ("紧邻", "毗邻", "靠近", "紧靠", "临近") and "的" in prefix[verb.end():] and (
                verb.start() == 0 and (i == 0 or not "\u4e00" <= text[i - 1] <= "\u9fff")
                or (text[max(0, i - 4):i] + prefix[:verb.start()]).endswith(("位于", "落户", "坐落于", "地处"))
                or (text[max(0, i - 4):i] + prefix[:verb.start()]).endswith("在")
                and (text[b:b + 1] in "，," or not _SUBJECT_BEFORE.search(text, max(text.rfind(c, 0, i) for c in "。！？\n") + 1, i)))
            # (在毗邻太原的晋中智创产业园，新落地项目15个: a place opening its own clause is its subject)
            # (not 对接临近太原的…; 在毗邻太原的晋中智创产业园 where no zone opens the sentence: the park)
            prefix, passing = prefix[verb.end():], not prefix.startswith("的是", verb.end()) and not entered and not near_other
        negated = _NEGATED_REV.search(prefix)
        if negated:  # 不算经开区的, 并不属于长沙经开区: what something is not, named in passing
            prefix, passing = prefix[negated.end():], True
        verb = _CUT_AFTER_REV.search(prefix)
        if verb:  # 热烈祝贺梁园产业集聚区, 县内建有史河湾产业集聚区: the name starts after the verb
            prefix = prefix[verb.end():]
        landing = None
        for landing in _LANDING_IN.finditer(prefix):
            pass
        if landing is not None and len(prefix) - landing.end() >= 2:
            prefix = prefix[landing.end():]  # 项目落户长沙经济技术开发区 -> 长沙
        elif landing is not None and landing.end() == len(prefix):
            return None  # 项目选址经济技术开发区: the verb, then the type alone (the text's own zone)
        if prefix.startswith("含") and len(prefix) >= 3 and text[i - 1:i] in ("（", "("):
            prefix = prefix[1:]  # （含喀什综合保税区…）: what a figure includes, named (not 含山经济开发区)
        share = _QUARTER_OR_SHARE_REV.search(prefix)
        if share:
            prefix = prefix[share.end():]
        if "其中" in prefix:
            prefix = prefix[prefix.rfind("其中") + 2:]  # 其中咸宁高新区: 其 is no stop here
        elif prefix[:1] == "中" and text[i - 1:i].isspace() and _QI_AT_END.search(text, max(0, i - 8), i):
            prefix = prefix[1:]  # 其⏎中长春兴隆综合保税区: 其中, split by the line's end (not 尤其⏎中山…)
        cut = _last_stop(prefix)
        if cut:
            prefix = prefix[cut.end():]
            if prefix[:1] and prefix[:1] in _DATE_TAIL.get(cut[0], ()) and len(prefix) >= 3:
                prefix = prefix[1:]  # 6月份遂宁经开区, 2024年度…: the date's tail is no part of the name
            elif cut[0] + prefix[:1] in ("而且", "其实") and len(prefix) >= 3:
                prefix = prefix[1:]  # 而且东丽开发区, 其实…: a conjunction's second character
        if prefix[:1] == "比" and len(prefix) >= 3 and not prefix.startswith(("比如", "比亚迪")):
            prefix, passing = prefix[1:], True  # ，比花桥经济开发区高2.4个百分点: a zone compared with
        told = _REPORT_VERB_REV.search(prefix)
        if told and len(prefix) - told.end() >= 2 and not _ACT_VERB.match(prefix, told.end()):
            prefix = prefix[told.end():]  # 通报前海深港现代服务业合作区…情况, 会上还发布郑州经开区…: a report's verb
        lead = _LEAD_WORD.match(prefix)
        if lead and _LATER.fullmatch(lead[0]) and len(prefix) - lead.end() > 4:
            return None  # 随后签约智能家居产业园: a time, then no place's name but a clause
        if lead and len(prefix) - lead.end() >= 2:
            prefix = prefix[lead.end():]  # 比如襄阳高新区 -> 襄阳
        elif lead and lead.end() == len(prefix):
            return None  # 过去综保区主要…, 比如高新区: the type alone (the text's own zone)
        conj = prefix.rfind("和")
        if conj >= 0 and len(prefix) - conj - 1 >= 2 and not any(
                p.start() <= conj < p.end() for p in _HE_PLACES.finditer(prefix)):
            prefix = prefix[conj + 1:]  # 贵阳综保区和贵阳综合保税区; 和田, 呼和浩特 stay whole
        verb = _GENERIC_VERB.match(prefix)
        if verb is None:  # 平南县支持广西平南工业园区: after a subject, only before a province's name
            verb = _GENERIC_VERB_REV.search(prefix)
            verb = verb if verb and _PROVINCE.match(prefix, verb.end()) else None
        if verb and len(prefix) - verb.end() >= 2 and not _GENERIC.search(prefix, verb.end()) \
                and prefix[verb.end()] not in "不没未非无":
            prefix = prefix[verb.end():]  # 支持曹妃甸经济技术开发区, 推动石家庄高新区, 平南县支持广西平南工业园区 -> the place
        elif _GENERIC_VERB.fullmatch(prefix):
            return None  # 守牢化工园区安全底线: a verb, then the type, no place
        care = _CARE_VERB_REV.search(prefix)
        if care is not None:  # 要抓好靖边经济技术开发区, 建好用好蒙自…: a verb of care, anywhere before the name
            if len(prefix) - care.end() < 2:
                return None
            prefix = prefix[care.end():]
        province = _PROVINCE.match(prefix)
        muni_lead = dropped = 0
        if province and prefix.startswith(_MUNICIPALITIES) and len(prefix) - province.end() >= 2 \
                and prefix.startswith(prefix[:2], province.end()):
            dropped = province.end()  # 天津市天津港保税区: the city said twice, once kept
            prefix, muni_lead = prefix[province.end():], 2
        elif province and prefix.startswith(_MUNICIPALITIES) and len(prefix) - province.end() >= 2:
            dropped = province.end() - 2
            prefix, muni_lead = prefix[:2] + prefix[province.end():], 2  # 重庆西永综合保税区 keeps its city, as
            # 苏州工业园区 does (上海市金桥… -> 上海金桥…, the 市 dropped from the name); its length is the rest's
        elif province and len(prefix) - province.end() >= 2:
            prefix = prefix[province.end():]  # 江苏苏州工业园区 -> 苏州工业园区
        elif province and province.end() == len(prefix) and (m[0] in STRICT or m[0] in PARKS or m[0] in _MANY_PER_PROVINCE) \
                and not prefix.startswith(_MUNICIPALITIES):
            return None  # 江苏开发区, 广西综合保税区: a province's zones (but 重庆开发区 is a city's, 青海高新区 one zone)
        muni = _MUNICIPALITY_INSIDE.search(prefix) if m[0] not in PARKS else None
        if muni:  # (not 京东重庆产业园, 中德天津产业园: a firm's or two countries' park)  # 西部（重庆）科学城重庆高新区: a municipality's name starts its zone's, after another name
            prefix = prefix[muni.start():]
        city = _CITY_AGAIN.match(prefix)
        if city:
            prefix = prefix[city.end(1) + 1:]  # 滁州市滁州经济技术开发区: the city, then the zone named after it
        national = _NATIONAL_TAIL.search(prefix)
        gap = 0  # what stands between the place and the type: 国家 (宁波国家高新技术产业开发区)
        if national and national.start() >= 2 and not _COUNTRIES_OF.search(prefix, 0, national.start()):
            prefix, gap = prefix[:national.start()], len(national[0])
        if len(prefix) >= 3 and prefix.endswith(("和", "与", "及", "或")) and not _HE_PLACES.search(prefix) \
                and not (prefix[-1] == "和" and _COUNTY_THEN_TOWN.fullmatch(prefix)):
            return None  # 三年行动和化工园区安全整治: a conjunction, then the type on its own (but 青冈县中和
            # 工业园区: a county, then its town 中和)
        made = _MADE_TAIL.search(prefix)  # 扬子江国际冶金工业园: what a place's park makes is part of its name
        room = len(made[0]) if made and made.start() >= 2 and m[0] in PARKS else 0
        seat = _COUNTY_THEN_TOWN.fullmatch(prefix)
        if seat and not room and not _GENERIC.search(prefix, seat.end(1)):
            room = len(seat[1]) - 2  # 额济纳旗策克口岸经济开发区, 阿拉善右旗雅布赖工业园区: a banner's or
            # county's name, then the town the zone is named after
        if not 2 <= len(prefix) <= (7 if len(m[0]) >= 5 else 6) + room + muni_lead or SUFFIX.search(prefix) or m[0] == "产业园" and _PHASE.match(text, b) \
                and (len(prefix) >= 4 or _PROJECT_LIST_AFTER.match(text, b)) and not any(self.by_place.get(prefix[:n]) for n in (2, 3)):
            return None  # 开发区事开发区办: no place; 医用耗材产业园三期: a project's phase (轴承产业园二期、
            # 新能源装备产业园等19个项目: projects listed)
        if m[0] == _BUREAU and not _CITY_OR_COUNTY.fullmatch(prefix):
            return None  # (only a city's or a county's: 太原市, 清徐县; not 省行政审批服务管理局)
        if m[0] == _BUREAU and (_SOURCE_BEFORE.search(text, max(0, i - 4), i) or _BUREAU_SPEAKS.match(text, b)) \
                and not _BUREAU_ACTS.search(text, b, b + 80):
            passing = True  # 据晋中市行政审批服务管理局统计, …管理局副局长介绍: a source, the figures another zone's
            # (but …获悉，今年以来，该局推行…: the bureau is the story's subject; not 该局有关负责人表示…, a speaker)
        if m[0] == "投资区" and _INVEST_NOT_PLACE.search(prefix):
            return None  # 合资投资区内企业, 民间投资区: an investment's kind, no place (元洪投资区 is one)
        if m[0] in _NAMED_LIKE_PROJECTS and (_NAMES_A_BODY.match(text, b) or text[i - 1:i] in "“\"「" and text[b:b + 1] in "”\"」"):
            return None  # 联想科技城项目, 温氏现代农业产业园项目: a project's name; 广州科学城集团有限公司,
            # 苏州科学城小学: a firm's, a school's; “湾区科学城”: a slogan
        if m[0] == "产业园" and text.startswith("项目", b) and _ITEM_START.fullmatch(
                text, max(0, text.rfind("\n", 0, i) + 1), i):
            return None  # (6. 中医药大健康产业园项目: a listed project's name, no zone)
        at = a - gap - len(prefix) - dropped
        for place in (prefix[:-1] if len(prefix) >= 3 and prefix.endswith("市") else "", prefix if gap else ""):
            z = self.alias.get(place + m[0]) if place else None
            if z is not None:  # 晋城市经济技术开发区, 合肥国家高新区: a registered zone, written so
                z = self.by_id.get(z.parent, z)
                return ZoneMention(z.id, z.name, at, b, text[at:b], passing=passing)
        if m[0] in STRICT and (len(prefix) > 4 or (not cut and i > floor and i == a - 8)):
            return None  # a bare 开发区 needs a short name that stands on its own
        # A park whose name starts with a registered place is part of that zone (平遥绿色园区).
        if m[0] in PARKS and not prefix.startswith(_MUNICIPALITIES):  # (天津…产业园: the city's, not its 经开区)
            for n in (3, 2):
                z = self.by_place.get(prefix[:n])
                if z is not None:
                    return ZoneMention(z.id, z.name, at, b, text[at:b])
        # (十余家开发区, 更多高新区, 剩余园区: a count or a quantity, no place; but 新余 is a city)
        if m[0] not in PROVISIONAL_OK and not any_kind or _GENERIC.search(prefix) or INDUSTRY_FIRST.match(prefix) \
                or _RANK_PREFIX.search(prefix) \
                or _INDUSTRY_GENERIC.match(prefix) \
                or prefix in ("边境", "沿边", "跨境") \
                or _REGION_OF_PROVINCES.fullmatch(prefix) \
                or prefix[-1] in "家个类级本该各此这那其全多" \
                or prefix[-1] in "给把被让向对在到从由于将" \
                or prefix[-1] == "余" and (prefix[-2:-1] in "0123456789十百千万几两一二三四五六七八九剩其多盈业结残"
                                          or len(prefix) < 2) \
                or _OFFICE_END.search(prefix) \
                or m[0] in ("开发区", "园区") and prefix[-1] in "市省" \
                or m[0] == "互市贸易区" and not _COUNTRY_PAIR_END.search(prefix):  # 区法院开发区法庭: an office's, no place
            # (进一步规范互市贸易区管理: a border trade zone is named with its two countries, 绥芬河中俄互市贸易区, or
            # its traders, 东兴边民互市贸易区)
            # (市里下放给经开区的…: a preposition ends no place's name, the kind is the text's own zone)
            # (南京市开发区实现…: a city's zones, all of them — no one zone's name)
            return None
        if at == i and text[i - 1:i] in ("-", "－", "–", "—") and i - 1 > floor and m[0].endswith("合作区"):
            # 磨憨-磨丁经济合作区: a cross-border zone named after its two places, joined by a dash
            j = i - 1
            twin = text[_han_run_start(text, j, max(floor, j - 10)):j]
            stop = _last_stop(twin)
            twin = twin[stop.end():] if stop else twin
            joined = _LIST_JOIN_REV.search(twin)  # (…临沧边境经济合作区和中国老挝磨憨—磨丁: after the 和)
            twin = twin[joined.end():] if joined else twin
            pair = _COUNTRY_PAIR.match(twin)  # 中国老挝磨憨—磨丁: the two countries lead the official name
            place = twin[pair.end():] if pair and len(twin) - pair.end() >= 2 else twin
            if 2 <= len(place) <= 4 and not _GENERIC.search(place) and not SUFFIX.search(place):
                at = j - len(twin)
                lead = _PAIR_FULL.get(twin[:len(twin) - len(place)], twin[:len(twin) - len(place)])  # 中老 -> 中国老挝
                prefix = lead + place + "—" + text[i:a - gap]  # one dash, however written: the official names' —
        name = prefix + (text[a - gap:a] if m[0] in _NATIONAL_IN_NAME else "") + m[0]
        # (东兴国家重点开发开放试验区, 湘湖国家旅游度假区: 国家 is part of its official name, as written; 勐腊（磨憨）… has none)
        return ZoneMention(f"prov:{name}", name, at, b, name, provisional=True,
                           passing=passing)
