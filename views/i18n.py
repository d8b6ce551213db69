"""Every label the dashboard shows, in 中文 and English.

One table, one lookup: `t("key")` answers in the session's language, and
`t("key", n=3)` fills `{n}` placeholders. Zone and indicator names come from
the store with both languages; only the app's own words live here. A test
checks that every key has both languages and the same placeholders.
"""
from __future__ import annotations

import streamlit as st

LANGS = ("zh", "en")
LANG_NAMES = {"zh": "中文", "en": "English"}

LABELS: dict[str, tuple[str, str]] = {
    # app frame
    "app_title": ("开发区营商环境数据", "Development-zone business environment"),
    "app_caption": ("从开发区报道中抽取的量化陈述：每个数字都可追溯到原文。",
                    "Quantitative claims extracted from development-zone reports; every number traces back to its text."),
    "language": ("语言", "Language"),
    "database": ("数据库", "Database"),
    "db_version": ("数据版本", "Data version"),
    # pages
    "page_overview": ("总览", "Overview"),
    "page_compare": ("开发区比较", "Compare zones"),
    "page_zone": ("开发区概况", "Zone profile"),
    "page_claims": ("数据浏览", "Claims explorer"),
    "page_documents": ("原文", "Documents"),
    "page_quality": ("数据质量", "Data quality"),
    "page_add": ("添加文本", "Add texts"),
    "section_explore": ("浏览", "Explore"),
    "section_maintain": ("维护", "Maintain"),
    # filters
    "filters": ("筛选", "Filters"),
    "f_zone": ("开发区（{n}）", "Zone ({n})"),
    "f_family": ("指标类别（{n}）", "Indicator family ({n})"),
    "f_indicator": ("指标（{n}）", "Indicator ({n})"),
    "f_period": ("时期（{n}）", "Period ({n})"),
    "f_doc": ("文档（{n}）", "Document ({n})"),
    "f_all": ("全部", "All"),
    "f_clear": ("清除筛选", "Clear filters"),
    "f_active": ("已筛选：{what}", "Filtered: {what}"),
    "f_none": ("未筛选，显示全部数据。", "No filter: showing everything."),
    "f_share": ("复制浏览器地址即可分享当前视图。", "Copy the browser address to share this exact view."),
    "no_zone": ("（无具体开发区）", "(no single zone)"),
    "no_period": ("（未注明）", "(not stated)"),
    # empty states
    "empty_db_title": ("还没有数据", "No data yet"),
    "empty_db_body": (
        "数据库 `{path}` 中还没有文档。在终端运行 `bizenv ingest seeds/` 导入示例文本，"
        "或在“添加文本”页面上传 .txt / .md 文件，然后刷新本页。",
        "The database `{path}` holds no documents yet. Run `bizenv ingest seeds/` in a terminal "
        "to load the sample texts, or upload .txt / .md files on the Add texts page, then reload.",
    ),
    "empty_filter": ("当前筛选条件下没有数据。请在左侧放宽筛选条件。",
                     "Nothing matches the current filters. Widen them in the sidebar."),
    "go_add": ("去添加文本", "Go to Add texts"),
    # tiles
    "t_documents": ("文档", "Documents"),
    "t_zones": ("开发区", "Zones"),
    "t_claims": ("数据点", "Claims"),
    "t_indicators": ("指标", "Indicators"),
    "t_reviewed": ("已审核", "Reviewed"),
    # columns
    "c_zone": ("开发区", "Zone"),
    "c_family": ("类别", "Family"),
    "c_indicator": ("指标", "Indicator"),
    "c_value": ("数值", "Value"),
    "c_unit": ("单位", "Unit"),
    "c_before": ("原值", "Before"),
    "c_unit_before": ("原单位", "Unit before"),
    "c_qualifier": ("限定", "Qualifier"),
    "c_period": ("时期", "Period"),
    "c_doc": ("文档", "Document"),
    "c_evidence": ("原文", "Evidence"),
    "c_claims": ("数据点", "Claims"),
    "c_title": ("标题", "Title"),
    "c_outlet": ("来源", "Outlet"),
    "c_date": ("日期", "Date"),
    "c_chars": ("字数", "Characters"),
    "c_ingested": ("导入时间", "Ingested"),
    "c_cut": ("压缩", "Cut"),
    "c_median": ("各区中位数", "Median of zones"),
    "c_rule": ("规则", "Rule"),
    "c_review": ("审核", "Review"),
    "c_status": ("状态", "Status"),
    "c_number": ("数字", "Number"),
    "c_context": ("上下文", "Context"),
    "c_rank": ("排名", "Rank"),
    "c_zones_n": ("开发区数", "Zones"),
    "c_offset": ("位置", "Offset"),
    # overview
    "ov_coverage": ("覆盖情况：开发区 × 指标类别", "Coverage: zone × indicator family"),
    "ov_coverage_help": ("每格为数据点数量：哪些开发区有哪类数据。",
                         "Each cell counts claims: where do we know what?"),
    "ov_latest": ("最新文档", "Latest documents"),
    # compare
    "cmp_indicator": ("比较指标", "Indicator to compare"),
    "cmp_ranked": ("按{direction}排序", "Ranked, {direction}"),
    "dir_lower": ("越低越好", "lower is better"),
    "dir_higher": ("越高越好", "higher is better"),
    "dir_none": ("数值从高到低", "highest first"),
    "cmp_units_split": ("单位不同的数值分图显示，不共用坐标轴。",
                        "Values in different units get separate charts; they never share an axis."),
    "cmp_dumbbell": ("前后对比：各开发区各事项的时限", "Before → after: time limits per zone and procedure"),
    "cmp_growth": ("增速并列", "Growth rates side by side"),
    "cmp_select_hint": ("点选柱条或点，查看其原文。", "Select a bar or point to read its claims."),
    "cmp_selected": ("所选数据点", "Selected claims"),
    "cmp_no_indicator": ("当前筛选下没有可比较的指标。", "No indicator to compare under the current filters."),
    "before": ("原", "before"),
    "after": ("现", "after"),
    # zone profile
    "zp_pick": ("选择开发区", "Choose a zone"),
    "zp_vs_median": ("与各区中位数比较", "Against the median of all zones"),
    "zp_docs": ("相关文档", "Its documents"),
    "zp_by_family": ("按类别分组的数据点", "Claims by family"),
    # claims explorer
    "ce_rows": ("共 {n} 条，显示前 {shown} 条", "{n} claims, showing the first {shown}"),
    "ce_search": ("在原文中搜索，例如 工作日、亿元", "Search the evidence, e.g. 工作日, 亿元"),
    "ce_select_hint": ("点选一行，查看原句与审核操作。", "Select a row to read its sentence and review it."),
    "ce_dialog": ("数据点原文", "Claim in its source"),
    "ce_sentence": ("原句", "Sentence"),
    "ce_paragraph": ("所在段落", "Paragraph"),
    "ce_original": ("原始抽取值", "As extracted"),
    "rv_confirm": ("确认", "Confirm"),
    "rv_reject": ("驳回", "Reject"),
    "rv_correct": ("更正", "Correct"),
    "rv_note": ("备注", "Note"),
    "rv_saved": ("审核已保存。", "Review saved."),
    "rv_failed": ("审核未保存：{err}", "Review not saved: {err}"),
    "rv_status_confirmed": ("已确认", "confirmed"),
    "rv_status_rejected": ("已驳回", "rejected"),
    "rv_status_corrected": ("已更正", "corrected"),
    "rv_status_none": ("未审核", "not reviewed"),
    "show_rejected": ("显示已驳回与原始值", "Show rejected claims and originals"),
    # documents
    "doc_pick": ("选择文档", "Choose a document"),
    "doc_meta": ("文档信息", "Document metadata"),
    "doc_text": ("全文（数据点已高亮）", "Full text, claims highlighted"),
    "doc_claims": ("本文数据点", "Claims in this text"),
    "doc_missing": ("原文未存入数据库。", "The text itself is not in the database."),
    # data quality
    "dq_unclaimed": ("未被任何规则认领的数字", "Numbers no rule claimed"),
    "dq_unclaimed_help": ("这些数字出现在原文中但没有成为数据点，抽取也说不出原因；据此改进抽取规则。",
                          "Numbers in the texts that became no claim for no reason extraction "
                          "can give: material for better rules."),
    "dq_explained": ("也显示判定为非数据点的数字（日期、序号、编号、时刻、重复陈述）",
                     "Also show numbers judged not to be claims (dates, ordinals, codes, times, "
                     "figures said again)"),
    "dq_reason_date": ("日期", "date"),
    "dq_reason_ordinal": ("序号", "ordinal"),
    "dq_reason_code": ("编号/名称", "code or name"),
    "dq_reason_time": ("时刻", "time of day"),
    "dq_reason_restated": ("重复陈述", "said again"),
    "c_reason": ("判定", "Judged"),
    "dq_rules": ("各规则产生的数据点", "Claims per rule"),
    "dq_provisional": ("待登记的开发区", "Provisional zones awaiting a registry entry"),
    "dq_none": ("没有需要处理的项目。", "Nothing to act on."),
    # add texts
    "add_intro": ("上传文本（{types}；UTF-8、GB18030 或 UTF-16，每个不超过 {mb} MB）。"
                  "导入后即可在各页面看到新数据点。",
                  "Upload texts ({types}; UTF-8, GB18030 or UTF-16, up to {mb} MB each). "
                  "Their claims appear on every page once ingested."),
    "add_files": ("选择文件", "Choose files"),
    "add_go": ("导入", "Ingest"),
    "add_done": ("已导入 {files} 个文件，新增 {claims} 个数据点。", "Ingested {files} file(s), {claims} claim(s)."),
    "add_bad": ("{name}：{err}", "{name}: {err}"),
    "add_new_claims": ("新导入文本的数据点", "Claims of the texts just ingested"),
    "add_too_big": ("文件超过 {mb} MB", "file larger than {mb} MB"),
    "add_bad_type": ("仅接受 {types} 文件", "only {types} files are accepted"),
    "add_unchanged": ("内容已存在，未改变任何数据", "already stored; nothing changed"),
    # downloads
    "download_csv": ("下载 CSV", "Download CSV"),
    # money as the texts state it
    "u_yi_yuan": ("亿元", "× 100M yuan"),
    "u_wan_yuan": ("万元", "× 10k yuan"),
    # qualifiers
    "q_approx": ("约", "approx."),
    "q_min": ("超过", "at least"),
    "q_max": ("以内", "at most"),
}

FAMILY_LABELS: dict[str, tuple[str, str]] = {
    "duration": ("办理时限", "Duration"),
    "pct_reduction": ("压缩比例", "% reduction"),
    "growth_rate": ("增长率", "Growth rate"),
    "share_pct": ("占比", "Share"),
    "firm_count": ("企业数", "Firms"),
    "project_count": ("项目数", "Projects"),
    "money": ("金额", "Money"),
    "area": ("面积", "Area"),
    "other": ("其他", "Other"),
}

UNIT_LABELS: dict[str, tuple[str, str]] = {
    "working_day": ("工作日", "working days"),
    "day": ("自然日", "calendar days"),
    "hour": ("小时", "hours"),
    "month": ("个月", "months"),
    "year": ("年", "years"),
    "pct": ("%", "%"),
    "firm": ("家", "firms"),
    "project": ("个项目", "projects"),
    "yuan": ("元", "yuan"),
    "hkd": ("港元", "HKD"),
    "usd": ("美元", "USD"),
    "m2": ("平方米", "m²"),
    "mw": ("兆瓦", "MW"),
    "mwh": ("兆瓦时", "MWh"),
    "tonne": ("吨", "tonnes"),
    "job": ("个岗位", "jobs"),
    "person": ("人", "people"),
    "item": ("项", "items"),
    "eur": ("欧元", "EUR"), "gbp": ("英镑", "GBP"), "jpy": ("日元", "JPY"),
    "mop": ("澳门元", "MOP"), "aud": ("澳元", "AUD"),
    "rub": ("卢布", "RUB"), "krw": ("韩元", "KRW"), "twd": ("新台币", "TWD"), "thb": ("泰铢", "THB"),
    "vnd": ("越南盾", "VND"), "kzt": ("坚戈", "KZT"), "sgd": ("新加坡元", "SGD"), "myr": ("林吉特", "MYR"),
    "kwh": ("千瓦时", "kWh"), "kv": ("千伏", "kV"), "m3": ("立方米", "m³"),
    "m3_per_day": ("立方米/日", "m³ per day"), "tonne_per_day": ("吨/日", "tonnes per day"),
    "kwh_per_tonne": ("千瓦时/吨", "kWh per tonne"), "m_per_s": ("米/秒", "m/s"),
    "w_per_m2": ("瓦/平方米", "W/m²"), "pct_point": ("个百分点", "percentage points"), "km": ("公里", "km"),
    "person_time": ("人次", "person-times"), "time": ("次", "times"), "ratio": ("倍", "times (ratio)"),
    "point": ("分", "points"), "container": ("标箱", "TEU"), "order": ("单", "orders"),
    "copy": ("份", "copies"), "document": ("份文件", "documents"), "parcel": ("宗", "land parcels"),
    "building": ("栋", "buildings"), "fund": ("支基金", "funds"), "tree": ("棵", "trees"),
    "piece": ("枚", "pieces"), "set": ("套", "sets"), "institution": ("所", "institutions"),
    "facility": ("座", "facilities"), "machine": ("台", "machines"), "vehicle": ("辆", "vehicles"),
    "household": ("户", "households"), "org": ("个机构", "organisations"), "branch": ("个网点", "branches"),
    "center": ("个中心", "centres"), "park": ("个园区", "parks"), "permit": ("张证照", "permits"),
    "platform": ("个平台", "platforms"), "rack": ("个机架", "racks"), "seat": ("个学位", "school places"),
    "station": ("座站点", "stations"), "step": ("个环节", "steps"), "window": ("个窗口", "windows"),
    "apartment": ("套", "apartments"), "school": ("所学校", "schools"), "server": ("台服务器", "servers"),
    "robot": ("台机器人", "robots"),
}
#: What a price is per (yuan_per_mu -> 元/亩).
PER_LABELS: dict[str, tuple[str, str]] = {
    "mu": ("亩", "mu"), "kwh": ("千瓦时", "kWh"), "m2_month": ("平方米·月", "m² a month"),
    "m2": ("平方米", "m²"), "m3": ("立方米", "m³"), "tonne": ("吨", "tonne"), "year": ("年", "year"),
    "month": ("月", "month"), "day": ("天", "day"), "person": ("人", "person"),
    "person_time": ("人次", "visit"), "mu_year": ("亩·年", "mu a year"), "m2_year": ("平方米·年", "m² a year"),
    "teu": ("标准箱", "TEU"), "person_month": ("人·月", "person a month"), "person_year": ("人·年", "person a year"),
    "kg": ("公斤", "kg"), "kw": ("千瓦", "kW"), "w": ("瓦", "W"), "wh": ("瓦时", "Wh"), "share": ("股", "share"),
    "person_day": ("人·天", "person a day"),
}


def lang() -> str:
    """The session's language; 中文 unless the user (or the URL) chose English."""
    v = st.session_state.get("u_lang", "zh")
    return v if v in LANGS else "zh"


def _pick(pair: tuple[str, str]) -> str:
    return pair[0] if lang() == "zh" else pair[1]


def t(key: str, **fmt) -> str:
    """The label `key` in the session's language, with `{name}` placeholders filled."""
    text = _pick(LABELS[key])
    return text.format(**fmt) if fmt else text


def family_label(code: str | None) -> str:
    return _pick(FAMILY_LABELS[code]) if code in FAMILY_LABELS else (code or "")


def unit_label(code: str | None) -> str:
    """A unit code in the session's language: working_day -> 工作日, yuan_per_mu -> 元/亩."""
    if code in UNIT_LABELS:
        return _pick(UNIT_LABELS[code])
    money, _, per = (code or "").partition("_per_")
    if per in PER_LABELS and money in UNIT_LABELS:
        return f"{_pick(UNIT_LABELS[money])}/{_pick(PER_LABELS[per])}"
    return code or ""


def qualifier_label(code: str | None) -> str:
    return t(f"q_{code}") if code in ("approx", "min", "max") else ""


def per_code(label, codes) -> list[str]:
    """`label(code)` for a column of codes, computed once per distinct code, not once per row.

    >>> seen = []
    >>> per_code(lambda c: seen.append(c) or str(c).upper(), ["day", "pct", "day", None, "day"])
    ['DAY', 'PCT', 'DAY', 'NONE', 'DAY']
    >>> seen
    ['day', 'pct', None]
    """
    memo: dict = {}
    return [memo[c] if c in memo else memo.setdefault(c, label(c)) for c in codes]


def bilingual(zh: str | None, en: str | None) -> str:
    """One of a name's two spellings, falling back to the other when one is missing."""
    return bilingual_all([zh], [en])[0]


def bilingual_all(zhs, ens) -> list[str]:
    """`bilingual` for many names at once (the session's language is looked up once)."""
    zh_first = lang() == "zh"
    return [((zh if zh_first else en) or (en if zh_first else zh) or "") for zh, en in zip(zhs, ens)]
