"""Pieces every page uses: the empty state, a table with its CSV download, a chart."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from views import data
from views.i18n import family_label, per_code, qualifier_label, t, unit_label
from views.style import TEMPLATE


def page_header(title_key: str, help_key: str | None = None, filtered: bool = True) -> None:
    """The page title and a line saying what the sidebar filters select (and how to use the page)."""
    from views.sidebar import active_summary
    st.title(t(title_key))
    parts = ([active_summary(data.current_filters())] if filtered else []) + \
            ([t(help_key)] if help_key else [])
    if parts:
        st.caption(" — ".join(parts))


def require_data() -> bool:
    """True when the database holds documents; else shows what to do and returns False."""
    if data.has_data():
        return True
    with st.container(border=True):
        st.subheader(t("empty_db_title"), anchor=False)
        st.markdown(t("empty_db_body", path=str(data.db_file())))
        st.page_link("views/add_texts.py", label=t("go_add"), icon=":material/upload_file:")
    return False


def nothing_matches() -> None:
    st.info(t("empty_filter"), icon=":material/filter_alt:")


def download(df: pd.DataFrame, what: str, key: str) -> None:
    """A CSV download of exactly the rows and columns shown (UTF-8 BOM, formulas escaped).

    The file is written when the button is pressed, not on every rerun, and the
    press does not rerun the page.
    """
    frozen = df.copy()
    st.download_button(
        t("download_csv"), data=lambda: data.csv_bytes(frozen),
        file_name=data.file_name(what), mime="text/csv", key=f"dl_{key}",
        icon=":material/download:", on_click="ignore", type="tertiary")


def table(df: pd.DataFrame, what: str, key: str, column_config: dict | None = None,
          select: bool = False, height="auto"):
    """A table with its download button; with `select`, one row can be picked."""
    kwargs = dict(hide_index=True, column_config=column_config, height=height, key=f"tbl_{key}",
                  placeholder="")
    if select:
        kwargs.update(on_select="rerun", selection_mode="single-row")
    event = st.dataframe(df, **kwargs)
    download(df, what, key)
    return event


def chart(fig: go.Figure, key: str, select: bool = False, height: int | None = None):
    """A Plotly chart in the dashboard's template (CJK font, family colours)."""
    fig.update_layout(template=TEMPLATE)
    if height:
        fig.update_layout(height=height)
    kwargs = dict(theme=None, key=f"fig_{key}", config={"displaylogo": False})
    if select:
        kwargs.update(on_select="rerun", selection_mode=("points",))
    return st.plotly_chart(fig, **kwargs)


def warm_charts() -> None:
    """Build and serialise one figure of every kind the pages draw, outside any session.

    Plotly loads each trace's and property's classes on first use (~50 ms for the Compare
    page's bars, dots and panels); the server's startup (app.py) calls this so that no
    visitor's first chart pays for it.
    """
    from plotly.subplots import make_subplots

    fig = make_subplots(rows=1, cols=2, shared_yaxes=True, subplot_titles=["a", "b"])
    fig.add_trace(go.Bar(x=[1.0], y=["a"], orientation="h", marker_color="#000000", text=["1"],
                         textposition="auto", customdata=[["a", "b", "c"]], hovertemplate="%{y}"),
                  row=1, col=1)
    fig.add_trace(go.Scatter(x=[1.0, 2.0, None], y=["a", "a", None], mode="lines+markers+text",
                             line=dict(color="#000000", width=3), marker=dict(size=11),
                             textposition="middle left"), row=1, col=2)
    fig.add_vline(x=1, line_dash="dot", line_color="#000000")
    fig.update_xaxes(title_text="%", rangemode="tozero", matches="x")
    fig.update_yaxes(categoryorder="array", categoryarray=["a"], autorange="reversed")
    fig.update_layout(template=TEMPLATE, height=200, bargap=0.35, title="a")
    fig.to_json()


# --------------------------------------------------------------------------- claims as rows

REVIEW_LABELS = {"confirm": "rv_status_confirmed", "reject": "rv_status_rejected",
                 "correct": "rv_status_corrected"}

def money_scale(values) -> tuple[float, str]:
    """(divisor, unit label) that reads money the way the texts do: 亿元 or 万元 (100M / 10k yuan).

    >>> money_scale([3.3e8, 2.2e10])[0], money_scale([5e4])[0], money_scale([900])[0]
    (100000000.0, 10000.0, 1.0)
    """
    top = max((abs(float(v)) for v in values if v is not None and not pd.isna(v)), default=0.0)
    if top >= 1e8:
        return 1e8, t("u_yi_yuan")
    if top >= 1e4:
        return 1e4, t("u_wan_yuan")
    return 1.0, unit_label("yuan")


def fmt_value(value, unit: str | None, qualifier: str | None = None) -> str:
    """A value with its unit and qualifier (≈ approx, ≥ at least, ≤ at most), in the session's language.

    Money is shown in 亿元 / 万元 as the texts state it; tables keep the canonical yuan.
    """
    if value is None or pd.isna(value):
        return ""
    if unit == "yuan":
        div, u = money_scale([value])
        value = value / div
    else:
        u = unit_label(unit)
    num = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    mark = {"approx": "≈ ", "min": "≥ ", "max": "≤ "}.get(qualifier or "", "")
    return f"{mark}{num}{'' if u == '%' else ' '}{u}"


def claims_view(df: pd.DataFrame, zones: dict | None = None, indicators: dict | None = None) -> pd.DataFrame:
    """Rows of the claims query as the explorer shows them, in the session's language."""
    zones = zones or {}
    indicators = indicators or {}
    out = pd.DataFrame({
        t("c_zone"): [zones.get(z, n) if isinstance(z, str) else (n or t("no_zone"))
                      for z, n in zip(df["zone_id"], df["zone"])],
        t("c_indicator"): [indicators.get(i, i) for i in df["indicator"]],
        t("c_family"): per_code(family_label, df["family"]),
        t("c_value"): df["value"],
        t("c_unit"): per_code(unit_label, df["unit"]),
        t("c_before"): df["value_before"],
        t("c_qualifier"): per_code(qualifier_label, df["qualifier"]),
        t("c_period"): df["period"].fillna(""),
        t("c_doc"): df["doc"],
        t("c_evidence"): df["evidence"],
    })
    if "review" in df:
        out[t("c_review")] = [t(REVIEW_LABELS[r]) if r in REVIEW_LABELS else "" for r in df["review"]]
    return out


def names(facet: str) -> dict:
    """id -> label in the session's language, for zones or indicators (from the filter options)."""
    from views.sidebar import facets, labels_for
    return labels_for(facet, facets()[facet])


def snippet(sentence, mark_start, mark_end, width: int = 28) -> str:
    """Plain-text context of a claim for a hover: …words 【evidence】 words…
    (mark_start, mark_end: the evidence's place in the sentence, as extraction found it.)

    >>> snippet("审批时限从60个工作日压缩至20个工作日内。", 14, 20, width=4)
    '…日压缩至【20个工作日】内。'
    >>> snippet("2025年实现营收12亿元。", 0, 0, width=4)   # no place known: the sentence's start
    '2025年实现营'
    """
    if not isinstance(sentence, str) or pd.isna(mark_start) or pd.isna(mark_end):
        return ""
    text, a, b = sentence, int(mark_start), int(mark_end)
    if not 0 <= a < b <= len(text):
        return text[: 2 * width]
    left = text[max(0, a - width):a]
    right = text[b:b + width]
    return (("…" if a > width else "") + left + "【" + text[a:b] + "】" + right
            + ("…" if b + width < len(text) else ""))


def readable(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """A text as a reader sees it, with spans of the stored text moved onto it: a saved web
    page (pipeline.markup) without its tags and scripts, any other text as it is.

    >>> readable("<html><body><p>企业<b>12</b>家</p></body></html>", [(20, 27)])
    ('企业12家\\n\\n', [(2, 5)])
    >>> readable("企业12家", [(2, 5)])
    ('企业12家', [(2, 5)])
    """
    from pipeline.markup import Markup, is_html
    if not is_html(text):
        return text, list(spans)
    page = Markup.of(text)
    return page.text, [(page.index(a), page.index(b)) for a, b in spans]
