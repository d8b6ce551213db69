"""How the dashboard looks: one colour per claim family, one Plotly template, highlighting.

Colours match `chartCategoricalColors` in .streamlit/config.toml, so a family has
the same colour in every chart and every legend. Charts use Noto Sans CJK SC so
Chinese labels render the same in the browser and in exported images.
"""
from __future__ import annotations

import html

import plotly.graph_objects as go
import plotly.io as pio

FAMILIES = ("duration", "pct_reduction", "growth_rate", "share_pct", "firm_count",
            "project_count", "money", "area", "other")
FAMILY_COLORS = dict(zip(FAMILIES, (
    "#1d4e89", "#0f8b8d", "#3a9d5d", "#7b5ea7", "#e07a1f",
    "#c9a227", "#b23a48", "#6a994e", "#7a8491",
)))
BEFORE_COLOR = "#b8c2cf"
HIGHLIGHT_BG = "#ffe08a"
CJK_FONT = "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif"

pio.templates["bizenv"] = go.layout.Template(layout=go.Layout(
    font=dict(family=CJK_FONT, size=13, color="#1f2933"),
    hoverlabel=dict(font=dict(family=CJK_FONT, size=13, color="#1f2933"), bgcolor="#ffffff",
                    bordercolor="#d9dee5",
                    align="left"),
    paper_bgcolor="rgba(0,0,0,0)", plot_bgcolor="#ffffff",
    colorway=list(FAMILY_COLORS.values()),
    margin=dict(l=8, r=16, t=40, b=8),
    xaxis=dict(gridcolor="#eef2f7", zerolinecolor="#d9dee5", automargin=True),
    yaxis=dict(gridcolor="#eef2f7", zerolinecolor="#d9dee5", automargin=True),
    title=dict(font=dict(size=15), x=0, xanchor="left"),
    legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="right", x=1),
))
TEMPLATE = "bizenv"


def family_color(code: str) -> str:
    return FAMILY_COLORS.get(code, FAMILY_COLORS["other"])


def highlight(text: str, spans: list[tuple[int, int]], colors: list[str] | None = None,
              titles: list[str] | None = None) -> str:
    """HTML of `text` with each (start, end) span wrapped in <mark>; everything escaped.

    Spans are character offsets into `text`; overlapping or out-of-range spans are
    clipped so the output always holds the whole text exactly once.

    >>> highlight("压缩至20个工作日<内>", [(3, 9)])
    '压缩至<mark style="background:#ffe08a;padding:0 2px;border-radius:3px">20个工作日</mark>&lt;内&gt;'
    """
    out, pos = [], 0
    order = sorted(range(len(spans)), key=lambda i: spans[i][0])
    for i in order:
        start, end = max(spans[i][0], pos), min(spans[i][1], len(text))
        if start >= end:
            continue
        out.append(html.escape(text[pos:start]))
        bg = colors[i] if colors else HIGHLIGHT_BG
        title = f' title="{html.escape(titles[i])}"' if titles and titles[i] else ""
        out.append(f'<mark style="background:{bg};padding:0 2px;border-radius:3px"{title}>'
                   f"{html.escape(text[start:end])}</mark>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def tint(hex_color: str, alpha: float = 0.28) -> str:
    """A translucent version of a family colour, for highlighting running text.

    >>> tint("#1d4e89", 0.5)
    'rgba(29,78,137,0.5)'
    """
    h = hex_color.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha})"
