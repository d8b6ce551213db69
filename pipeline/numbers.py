"""Number text -> value: Arabic, Chinese and mixed numerals, with doctests.

The grammar is small and explicit on purpose. Off-the-shelf converters fail on
the forms these texts use most (千万, 百亿, 十余, 四十几, 两) or rewrite words
that merely contain a numeral character (统一, 一体化); here a numeral is
only ever read where the extraction patterns have already decided it is one.
"""
from __future__ import annotations

import regex as re

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4,
          "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}

#: Full-width digits and marks -> ASCII, for str.translate (length preserving).
FULLWIDTH = {**{0xFF10 + i: 0x30 + i for i in range(10)},
             0xFF0E: ord("."), 0xFF05: ord("%")}
#: Traditional characters of the words extraction reads (numerals, units, verbs of change,
#: zone types) -> simplified, one for one, so 38.5億港元 and 按年增長 read as 38.5亿港元
#: and 按年增长 while every offset stays where it was.
TRADITIONAL = str.maketrans(
    "億萬兩個項戶門幣點約為與於環漲長實際資達較減壓縮經濟開發區園業產貿進額總計間時務體營稅圍設們這對從後來"
    "過還將當並無廠機構關領導國級縣鎮廣東龍灣橫滬蘇華電網價費標場積農礦鐵運輸貨車輛辦證規劃審許驗報裝勞動崗"
    "員職歲條張臺樓層遠專餘內粵協議簽訂態築參檢創優勢擴擬預續認獲選雙數據統險銀銷戰鏈質準頭陸島臨線韓陽變轉"
    "綜試團佔貼獎勵補撥歐鎊噸畝頃幾雲週節術鐘寧財師貸擔單碼隊鄉學醫藥氣熱處聯絡養濱橋鄭瀋遼蘭陝貴廈漢贛閩隴齊魯豐順"
    "現註冊號倉儲歸聲響應興義廳組織紡綠終結給繼納紀細維緊編績聞問閣陣隨雜靈頁頻顯風飛館駐釋鋼錄鍵賣買賬購負貢責賦躍軟輕載遞邊鄰適遺郵嚴傳圖圓執塊壇夠奮婦孫寬寫屆屬岡"
    "嶺帶庫廢彈徑恆惡愛慮憑懷擁擇擊換揮損搶攜攝敗敵斷晉書會極樣樂權歷殘決沒溝滿漁災煙煉燈爭牆獨獻畫異療盤盡監確礎禮種稱穩窮競筆範簡糧紅純紙練罰習聽脅腦舉舊艱藝虧蟲複"
    "視覽觀訊託記訪評詳誌誠語說調談論諮識護讓貧貫賀賓賽趨跡踐軍輔輪轄連邁錢錯閉閒階隱雖離難靜頂須頒題願類顧飯驅魚鳥麥黃齡"
    "則徵滄製佈備銜該況詢強讀話蓋遊夢別僅紹請兌偉啟啓講陳慶測亞輯滾採狀畢匯彙檻鳳繫鋒覺攤麼勝欄嘗見縱詞溫詠謀淨衞衛裏裡"
    "堅復訓籤診曉賢輝閱瀏樞紐訴緻嵐嶼峽麗諾鈔疊籌寶藍遷潛莊鬆爲衆眾綫湧",
    "亿万两个项户门币点约为与于环涨长实际资达较减压缩经济开发区园业产贸进额总计间时务体营税围设们这对从后来"
    "过还将当并无厂机构关领导国级县镇广东龙湾横沪苏华电网价费标场积农矿铁运输货车辆办证规划审许验报装劳动岗"
    "员职岁条张台楼层远专余内粤协议签订态筑参检创优势扩拟预续认获选双数据统险银销战链质准头陆岛临线韩阳变转"
    "综试团占贴奖励补拨欧镑吨亩顷几云周节术钟宁财师贷担单码队乡学医药气热处联络养滨桥郑沈辽兰陕贵厦汉赣闽陇齐鲁丰顺"
    "现注册号仓储归声响应兴义厅组织纺绿终结给继纳纪细维紧编绩闻问阁阵随杂灵页频显风飞馆驻释钢录键卖买账购负贡责赋跃软轻载递边邻适遗邮严传图圆执块坛够奋妇孙宽写届属冈"
    "岭带库废弹径恒恶爱虑凭怀拥择击换挥损抢携摄败敌断晋书会极样乐权历残决没沟满渔灾烟炼灯争墙独献画异疗盘尽监确础礼种称稳穷竞笔范简粮红纯纸练罚习听胁脑举旧艰艺亏虫复"
    "视览观讯托记访评详志诚语说调谈论咨识护让贫贯贺宾赛趋迹践军辅轮辖连迈钱错闭闲阶隐虽离难静顶须颁题愿类顾饭驱鱼鸟麦黄龄"
    "则征沧制布备衔该况询强读话盖游梦别仅绍请兑伟启启讲陈庆测亚辑滚采状毕汇汇槛凤系锋觉摊么胜栏尝见纵词温咏谋净卫卫里里"
    "坚复训签诊晓贤辉阅浏枢纽诉致岚屿峡丽诺钞叠筹宝蓝迁潜庄松为众众线涌")
#: Both folds, as extraction applies them to a text before reading it.
FOLD = {**FULLWIDTH, **TRADITIONAL, 0xA0: ord(" "), 0xFF5C: ord("|")}  # (a no-break space, a web page's &nbsp;, is a space;
# a full-width bar, as a table's cells cut by ｜ are, is a bar)

# Regex fragments shared with the extraction patterns (see extract.py).
CN_DIGIT = "零〇一二两三四五六七八九"
CN_CHARS = CN_DIGIT + "十百千万亿"
ARABIC = r"[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?"


def _half(s: str) -> str:
    return s.translate(FULLWIDTH)


def parse_arabic(s: str) -> float:
    """'3,500' -> 3500.0; full-width digits allowed.

    >>> parse_arabic("3,500.5")
    3500.5
    >>> parse_arabic("１２")
    12.0
    """
    return float(_half(s).replace(",", "").replace("，", ""))


def parse_chinese(s: str) -> float | None:
    """A Chinese numeral -> value, or None when it is not one.

    >>> [parse_chinese(x) for x in ("两", "十", "十五", "四十", "一百二十", "三千零五")]
    [2.0, 10.0, 15.0, 40.0, 120.0, 3005.0]
    >>> [parse_chinese(x) for x in ("千万", "百亿", "十万", "一万二千", "三亿五千万")]
    [10000000.0, 10000000000.0, 100000.0, 12000.0, 350000000.0]
    >>> [parse_chinese(x) for x in ("二〇二五", "一二", "万", "")]
    [2025.0, 12.0, 10000.0, None]

    A last digit right after 百, 千 or 万 counts in the next place down, as people say it:

    >>> [parse_chinese(x) for x in ("一千二", "三百五", "一万五", "两千三百", "一百零二", "一千零二")]
    [1200.0, 350.0, 15000.0, 2300.0, 102.0, 1002.0]
    """
    if not s:
        return None
    if all(c in DIGITS for c in s):  # digit-by-digit: 二〇二五
        return float(int("".join(str(DIGITS[c]) for c in s)))
    total, section, digit = 0, 0, None
    for c in s:
        if c in DIGITS:
            digit = DIGITS[c]
        elif c in SMALL_UNITS:
            section += (1 if digit is None else digit) * SMALL_UNITS[c]
            digit = None
        elif c in BIG_UNITS:
            section += digit or 0
            digit = None
            if section == 0:
                section = 1
            if BIG_UNITS[c] == 100_000_000:
                total = (total + section) * BIG_UNITS[c]
            else:
                total += section * BIG_UNITS[c]
            section = 0
        else:
            return None
    if digit and len(s) >= 3 and s[-2] in "百佰千仟万" and s[-3] in DIGITS and DIGITS[s[-3]]:
        digit *= _MULTIPLIER[s[-2]] // 10  # 一千二 = 1200, 三百五 = 350, 一万五 = 15000
    return float(total + section + (digit or 0))


_FRACTION = re.compile(r"(百|[%s十百]+)分之([%s十百点.0-9]+(?:(?<=点)[多几])?)" % (CN_DIGIT, CN_DIGIT))


_SPACE = re.compile(r"\s+")
_SLASH = re.compile(r"(\d+)/(\d+)")
_APPROX = re.compile(r"个?[余多几来]|个(?=[万亿])")
_POINT_ODD = re.compile(r"点[多几]$")
_ARABIC_MULT = re.compile(r"([0-9,]+(?:\.[0-9]+)?)([十百千万亿]*)")
_MULTIPLIER = {**SMALL_UNITS, **BIG_UNITS}


def _vague_pair(s: str) -> bool:
    """一两, 两三, 三五, 七八十: two numerals in a row that name a range (not 二〇二五, a year
    read digit by digit)."""
    if len(s) >= 3 and all(c in DIGITS for c in s):
        return False
    return any(a in DIGITS and b in DIGITS and DIGITS[a] > 0 and (
        DIGITS[b] == DIGITS[a] + 1 or (DIGITS[a], DIGITS[b]) == (3, 5)) for a, b in zip(s, s[1:]))


_POST_WAN = re.compile(r"(?<=\d)[wW](?=[余多]?$)")


def parse_number(s: str) -> float | None:
    """Any number text the patterns capture -> value (multipliers applied).

    >>> [parse_number(x) for x in ("1.2亿", "4.9万", "3,500万", "276万", "9个多亿")]
    [120000000.0, 49000.0, 35000000.0, 2760000.0, 900000000.0]
    >>> [parse_number(x) for x in ("百分之十五", "三分之一", "百分之2.5", "十余", "四十几", "80余万")]
    [15.0, 0.3333333333333333, 2.5, 10.0, 40.0, 800000.0]
    >>> [parse_number(x) for x in ("千万", "１．５", "0.5", "20余万", "一百二十", "１，０２８亿")]
    [10000000.0, 1.5, 0.5, 200000.0, 120.0, 102800000000.0]
    >>> [parse_number(x) for x in ("半", "万余", "十二点五", "百分之十二点五", "1/4", "3个亿")]
    [0.5, 10000.0, 12.5, 12.5, 0.25, 300000000.0]
    >>> [parse_number(x) for x in ("一百六十三点八亿", "三点六亿", "二点五万", "1.9w", "3W余")]
    [16380000000.0, 360000000.0, 25000.0, 19000.0, 30000.0]
    >>> [parse_number(x) for x in ("百分之九点多", "七点几")]
    [9.0, 7.0]
    >>> parse_number("abc") is None
    True

    Two neighbouring numerals say "one or two", "three or four": a vague range, no value.

    >>> [parse_number(x) for x in ("一两", "两三", "三五", "七八十", "三四百", "十七八", "二〇二三")]
    [None, None, None, None, None, None, 2023.0]
    """
    s = _SPACE.sub("", _half(s))
    s = _POST_WAN.sub("万", s)  # 1.9w, 1.2w余: 万 as posts write it
    if "，" in s:  # 1，246: OCR's full-width thousands separator
        s = s.replace("，", ",")
    if not s[:1].isascii() and _vague_pair(s):
        return None
    if s == "半":
        return 0.5
    m = _SLASH.fullmatch(s)
    if m:
        return int(m[1]) / int(m[2]) if int(m[2]) else None
    m = _FRACTION.fullmatch(s)
    if m:
        den = 100.0 if m[1] == "百" else parse_chinese(m[1])
        num = parse_number(m[2])
        return None if not den or num is None else (num if den == 100 else num / den)
    # Approximation marks inside a number (十余, 20余万, 9个多亿) carry no value; nor does 点多 (九点多: 9-odd)
    s = _APPROX.sub("", _POINT_ODD.sub("", s))
    m = _ARABIC_MULT.fullmatch(s)
    if m:
        value = float(m[1].replace(",", ""))
        for c in m[2]:
            value *= _MULTIPLIER[c]
        return value
    whole, dot, frac = s.partition("点")
    mult = 1.0
    while frac and frac[-1] in BIG_UNITS:  # 一百六十三点八亿: the decimal, then its scale
        mult *= BIG_UNITS[frac[-1]]
        frac = frac[:-1]
    if dot and frac and all(c in DIGITS for c in frac):  # 十二点五
        head = parse_chinese(whole) if whole else 0.0
        if head is None:
            return None
        digits = "".join(str(DIGITS[c]) for c in frac)  # scaled before the division: exact
        return (int(head) * 10 ** len(digits) + int(digits)) * mult / 10 ** len(digits)
    return parse_chinese(s)
