"""Compare zones: one indicator, zones ranked in its direction; before → after; growth side by side.

Units never share an axis: each unit gets its own chart. Qualifiers (≈ 约,
≥ 超, ≤ 以内) are printed on the bars. Hovering shows the evidence; selecting
a bar lists the claims behind it.
"""
import plotly.graph_objects as go
import streamlit as st
from plotly.subplots import make_subplots

from views import data, sidebar, ui
from views.i18n import bilingual, bilingual_all, per_code, t, unit_label
from views.style import BEFORE_COLOR, family_color

HOVER = "%{y}<br><b>%{text}</b><br>%{customdata[1]}<br>%{customdata[2]}<extra></extra>"
MAX_ZONES = 40  # bars per chart; the CSV holds them all


def hover_data(df):
    return [[z, ui.snippet(s, a, b), f"{d} · n={n}"] for z, s, a, b, d, n in zip(
        df["zone_id"], df["sentence"], df["mark_start"], df["mark_end"], df["doc"], df["claims"])]


def selected_zones(event) -> list[str]:
    points = (event or {}).get("selection", {}).get("points", []) if event else []
    return [p["customdata"][0] for p in points if p.get("customdata")]


ui.page_header("page_compare", "cmp_select_hint")
if ui.require_data():
    filters = data.current_filters()
    fac = sidebar.facets()["indicator"]
    if filters.family:
        fac = fac[fac["family"] == filters.family]
    if filters.indicator:
        fac = fac[fac["key"] == filters.indicator]
    # Most comparable first: the indicators the most zones speak of; catch-all "other" last.
    fac = fac.assign(catch_all=fac["family"] == "other") \
        .sort_values(["catch_all", "zones", "claims"], ascending=[True, False, False], kind="stable")
    options = list(fac["key"])
    if not options:
        st.info(t("cmp_no_indicator"), icon=":material/leaderboard:")
    else:
        key = sidebar.bind("ind")
        sidebar.valid_choice(key, options)
        if st.session_state.get(key) is None:
            st.session_state[key] = options[0]
        labels = sidebar.labels_for("indicator", fac)
        counts = dict(zip(fac["key"], fac["claims"]))
        zones_n = dict(zip(fac["key"], fac["zones"].fillna(0).astype(int)))
        indicator = st.selectbox(t("cmp_indicator"), options, key=key,
                                 format_func=lambda k: f"{labels[k]} · {counts[k]:,} · {zones_n[k]} {t('c_zones_n')}")
        where = filters.params("zone", "period", "doc")
        # The page's three reads, started together: the ranking, the before -> after pairs of
        # a duration, and the growth rates beside it.
        data.prefetch(("compare_ranking", dict(indicator=indicator, **where)),
                      *([("compare_pairs", dict(indicator=filters.indicator, **where))]
                        if dict(zip(fac["key"], fac["family"])).get(indicator) == "duration" else []),
                      ("compare_ranking", dict(family="growth_rate", **where)))
        rank = data.q("compare_ranking", indicator=indicator, **where)
        family = rank["family"].iloc[0] if not rank.empty else None
        rank = rank.assign(zone_label=bilingual_all(rank["zone"], rank["zone_en"]))
        if rank.empty:
            ui.nothing_matches()
        else:
            direction = rank["direction"].iloc[0]
            st.caption(t("cmp_ranked", direction=t({"lower": "dir_lower", "higher": "dir_higher"}
                                                   .get(direction, "dir_none")))
                       + (" · " + t("cmp_units_split") if rank["unit"].nunique() > 1 else ""))
            chosen = []
            for unit, part in rank.groupby("unit", sort=False):
                part = part.head(MAX_ZONES)
                div, axis_unit = ui.money_scale(part["value"]) if unit == "yuan" else (1.0, unit_label(unit))
                fig = go.Figure(go.Bar(
                    x=part["value"] / div, y=list(part["zone_label"]), orientation="h",
                    marker_color=family_color(family or "other"),
                    text=[ui.fmt_value(v, unit, q) for v, q in zip(part["value"], part["qualifier"])],
                    textposition="auto", customdata=hover_data(part), hovertemplate=HOVER))
                fig.update_layout(
                    title=f"{labels[indicator]} ({axis_unit})",
                    xaxis_title=axis_unit,
                    yaxis=dict(autorange="reversed"), bargap=0.35)
                event = ui.chart(fig, f"rank_{unit}", select=True, height=110 + 30 * len(part))
                chosen += selected_zones(event)
            table = rank.assign(zone=rank["zone_label"])[
                ["zone", "value", "unit", "qualifier", "value_before", "median", "claims", "period",
                 "doc", "evidence"]]
            table = table.assign(unit=per_code(unit_label, table["unit"]),
                                 qualifier=per_code(ui.qualifier_label, table["qualifier"]))
            table.columns = [t("c_zone"), t("c_value"), t("c_unit"), t("c_qualifier"), t("c_before"),
                             t("c_median"), t("c_claims"), t("c_period"), t("c_doc"), t("c_evidence")]
            ui.table(table, f"ranking_{indicator}", "ranking")

            if chosen:
                st.subheader(t("cmp_selected"), anchor=False)
                for zone_id in dict.fromkeys(chosen):
                    claims = data.q("claims", zone=zone_id, indicator=indicator,
                                    period=filters.period, doc=filters.doc, limit=data.PAGE_ROWS)
                    ui.table(ui.claims_view(claims, ui.names("zone"), ui.names("indicator")),
                             f"claims_{indicator}_{zone_id}", f"sel_{zone_id}")

        # Before -> after, every duration procedure, one chart per unit.
        pairs = data.q("compare_pairs", indicator=filters.indicator, **where) \
            if family == "duration" else None
        if pairs is not None and not pairs.empty:
            st.subheader(t("cmp_dumbbell"), anchor=False)
            for unit, part in pairs.groupby("unit", sort=False):
                part = part.head(MAX_ZONES)
                ys = [f"{z} · {i}" for z, i in zip(bilingual_all(part["zone"], part["zone_en"]),
                                                   bilingual_all(part["indicator_zh"], part["indicator_en"]))]
                fig = go.Figure()
                xs, ls = [], []  # every pair's line in one trace, broken by None between pairs
                for y, b, a in zip(ys, part["value_before"], part["value"]):
                    xs += [b, a, None]
                    ls += [y, y, None]
                fig.add_trace(go.Scatter(x=xs, y=ls, mode="lines", showlegend=False,
                                         line=dict(color=BEFORE_COLOR, width=3), hoverinfo="skip"))
                fig.add_trace(go.Scatter(
                    x=part["value_before"], y=ys, mode="markers", name=t("before"),
                    marker=dict(color=BEFORE_COLOR, size=11), customdata=hover_data(part),
                    text=[ui.fmt_value(v, unit) for v in part["value_before"]], hovertemplate=HOVER))
                fig.add_trace(go.Scatter(
                    x=part["value"], y=ys, mode="markers+text", name=t("after"),
                    marker=dict(color=family_color("duration"), size=13),
                    text=[f"{ui.fmt_value(v, unit, q)}  −{c:g}%" for v, q, c in
                          zip(part["value"], part["qualifier"], part["cut_pct"])],
                    textposition="middle left", customdata=hover_data(part), hovertemplate=HOVER))
                fig.update_layout(xaxis=dict(title=unit_label(unit), rangemode="tozero"),
                                  yaxis=dict(autorange="reversed"),
                                  title=f"{t('cmp_dumbbell')} ({unit_label(unit)})")
                ui.chart(fig, f"pairs_{unit}", height=120 + 34 * len(part))
            view = pairs.assign(
                zone=bilingual_all(pairs["zone"], pairs["zone_en"]),
                indicator=bilingual_all(pairs["indicator_zh"], pairs["indicator_en"]),
                unit=per_code(unit_label, pairs["unit"]))[
                ["zone", "indicator", "value_before", "value", "unit", "cut_pct", "period", "doc", "evidence"]]
            view.columns = [t("c_zone"), t("c_indicator"), t("c_before"), t("c_value"), t("c_unit"),
                            t("c_cut") + " %", t("c_period"), t("c_doc"), t("c_evidence")]
            ui.table(view, "before_after", "pairs")

        # Growth rates side by side: one panel per growth indicator, one shared % axis.
        growth = data.q("compare_ranking", family="growth_rate", **where)
        growth = growth[growth["unit"] == "pct"]
        growth = growth.assign(zone_label=bilingual_all(growth["zone"], growth["zone_en"]))
        if not growth.empty:
            st.subheader(t("cmp_growth"), anchor=False)
            inds = list(growth.groupby("indicator")["claims"].sum().sort_values(ascending=False).index[:4])
            fig = make_subplots(rows=1, cols=len(inds), shared_yaxes=True, horizontal_spacing=0.03,
                                subplot_titles=[bilingual(*growth[growth["indicator"] == i][
                                    ["indicator_zh", "indicator_en"]].iloc[0]) for i in inds])
            zones_order = list(dict.fromkeys(growth["zone_label"]))[:MAX_ZONES]
            for n, ind in enumerate(inds, start=1):
                part = growth[(growth["indicator"] == ind) & growth["zone_label"].isin(zones_order)]
                fig.add_trace(go.Bar(
                    x=part["value"], y=list(part["zone_label"]), orientation="h",
                    marker_color=family_color("growth_rate"), showlegend=False,
                    text=[ui.fmt_value(v, "pct", q) for v, q in zip(part["value"], part["qualifier"])],
                    customdata=hover_data(part), hovertemplate=HOVER), row=1, col=n)
                fig.update_xaxes(title_text="%", row=1, col=n)
            fig.update_yaxes(categoryorder="array", categoryarray=zones_order[::-1])
            fig.update_xaxes(matches="x", rangemode="tozero")   # one % scale across the panels
            ui.chart(fig, "growth", height=140 + 28 * len(zones_order))
            view = growth.assign(zone=growth["zone_label"],
                                 indicator=bilingual_all(growth["indicator_zh"], growth["indicator_en"]),
                                 qualifier=per_code(ui.qualifier_label, growth["qualifier"]))[
                ["zone", "indicator", "value", "qualifier", "period", "doc", "evidence"]]
            view.columns = [t("c_zone"), t("c_indicator"), t("c_value") + " %", t("c_qualifier"),
                            t("c_period"), t("c_doc"), t("c_evidence")]
            ui.table(view, "growth_rates", "growth")
