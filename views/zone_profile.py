"""Zone profile: one zone's claims by family, its figures beside the median of all zones, its documents."""
import plotly.graph_objects as go
import streamlit as st

from views import data, sidebar, ui
from views.i18n import bilingual_all, family_label, lang, per_code, t, unit_label
from views.style import FAMILIES, family_color

ui.page_header("page_zone")
zones = sidebar.facets()["zone"]
if ui.require_data() and zones.empty:
    st.info(t("empty_filter"), icon=":material/location_city:")
elif not zones.empty:
    filters = data.current_filters()
    if filters.zone:
        zone_id = filters.zone
    else:
        options = list(zones["key"])
        key = sidebar.bind("zp")
        sidebar.valid_choice(key, options)
        if st.session_state.get(key) is None:
            st.session_state[key] = options[0]
        counts = dict(zip(zones["key"], zones["claims"]))
        labels = sidebar.labels_for("zone", zones)
        zone_id = st.selectbox(t("zp_pick"), options, key=key,
                               format_func=lambda z: f"{labels[z]} · {counts[z]:,}")
    # Zones carry both names: the session's language as the heading, the other beneath it.
    both = zones[zones["key"] == zone_id]
    st.header(sidebar.label_of("zone", zone_id, zones), anchor=False)
    if not both.empty and both["zh"].iloc[0] != both["en"].iloc[0]:
        other = both["en"].iloc[0] if lang() == "zh" else both["zh"].iloc[0]
        st.caption(f"{other} · `{zone_id}`")

    # Every zone's median per indicator and unit (one shared frame per data version, read
    # from the store's summary); this zone's rows beside the median of all zones' rows.
    med = data.shared("zone_medians", period=filters.period)
    across = (med.groupby(["indicator", "unit"], sort=False)
              .agg(all_median=("value", "median"), zones=("zone_id", "count")).reset_index())
    agg = med[med["zone_id"] == zone_id].merge(across, on=["indicator", "unit"], how="left")
    if filters.family:
        agg = agg[agg["family"] == filters.family]
    if filters.indicator:
        agg = agg[agg["indicator"] == filters.indicator]
    params = dict(filters.params("family", "indicator", "period", "doc"), zone=zone_id)
    claims = data.q("claims", **params, limit=data.PAGE_ROWS)
    if agg.empty or claims.empty:
        ui.nothing_matches()
    else:
        # Against the median: units cancel in zone / median, so one axis is honest.
        st.subheader(t("zp_vs_median"), anchor=False)
        comparable = agg[(agg["zones"] >= 2) & (agg["all_median"] > 0)].copy()
        if comparable.empty:
            st.caption(t("dq_none"))
        else:
            comparable["index"] = 100 * comparable["value"] / comparable["all_median"]
            comparable["label"] = [f"{name} ({unit_label(u)})" for name, u in
                                   zip(bilingual_all(comparable["zh"], comparable["en"]), comparable["unit"])]
            comparable = comparable.sort_values("index").tail(40)
            fig = go.Figure(go.Bar(
                x=comparable["index"], y=comparable["label"], orientation="h",
                marker_color=[family_color(f) for f in comparable["family"]],
                text=[f"{ui.fmt_value(v, u)} · {t('c_median')} {ui.fmt_value(m, u)}"
                      for v, u, m in zip(comparable["value"], comparable["unit"], comparable["all_median"])],
                customdata=[[t("dir_lower") if d == "lower" else t("dir_higher"), n]
                            for d, n in zip(comparable["direction"], comparable["zones"])],
                hovertemplate="%{y}<br>%{text}<br>%{customdata[0]} · n=%{customdata[1]}<extra></extra>"))
            fig.add_vline(x=100, line_dash="dot", line_color="#7a8491")
            fig.update_layout(xaxis_title=f"% {t('c_median')} (= 100)", bargap=0.35)
            ui.chart(fig, "vs_median", height=120 + 32 * len(comparable))
        view = agg.assign(indicator=bilingual_all(agg["zh"], agg["en"]),
                          unit=per_code(unit_label, agg["unit"]))[
            ["indicator", "value", "all_median", "zones", "unit", "claims"]]
        view.columns = [t("c_indicator"), t("c_value"), t("c_median"), t("c_zones_n"), t("c_unit"),
                        t("c_claims")]
        ui.table(view, f"zone_vs_median_{zone_id}", "vs_median")

        st.subheader(t("zp_by_family"), anchor=False)
        total = int(data.q("claims_count", **params)["claims"].iloc[0])
        if total > len(claims):
            st.caption(t("ce_rows", n=f"{total:,}", shown=f"{len(claims):,}"))
        claims = claims.merge(across, on=["indicator", "unit"], how="left")
        names_i = ui.names("indicator")
        present = [f for f in FAMILIES if f in set(claims["family"])] + \
                  [f for f in claims["family"].unique() if f not in FAMILIES]
        for tab, fam in zip(st.tabs([f"{family_label(f)} · {int((claims['family'] == f).sum())}"
                                     for f in present]), present):
            part = claims[claims["family"] == fam]
            with tab:
                view = part.assign(
                    indicator=[names_i.get(i, i) for i in part["indicator"]],
                    shown=[ui.fmt_value(v, u, q) for v, u, q in zip(part["value"], part["unit"], part["qualifier"])],
                    unit=per_code(unit_label, part["unit"]),
                    qualifier=per_code(ui.qualifier_label, part["qualifier"]),
                )[["indicator", "shown", "value", "unit", "qualifier", "value_before", "all_median",
                   "period", "doc", "evidence"]]
                view.columns = [t("c_indicator"), t("c_value"), "value", t("c_unit"), t("c_qualifier"),
                                t("c_before"), t("c_median"), t("c_period"), t("c_doc"), t("c_evidence")]
                ui.table(view, f"zone_claims_{zone_id}_{fam}", f"fam_{fam}",
                         column_config={"value": None})

    st.subheader(t("zp_docs"), anchor=False)
    docs = data.q("zone_documents", zone=zone_id, limit=500)
    view = docs[["name", "title", "outlet", "pub_date", "claims", "chars"]]
    view.columns = [t("c_doc"), t("c_title"), t("c_outlet"), t("c_date"), t("c_claims"), t("c_chars")]
    ui.table(view, f"zone_documents_{zone_id}", "docs")
