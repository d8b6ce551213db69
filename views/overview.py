"""Overview: what the database holds, where we know what, what came in last."""
import plotly.graph_objects as go
import streamlit as st

from views import data, ui
from views.i18n import bilingual, family_label, t
from views.style import FAMILIES

MAX_ZONES = 40  # rows of the heatmap; its CSV holds every zone

ui.page_header("page_overview")
if ui.require_data():
    filters = data.current_filters()

    tiles = data.q("overview").iloc[0]
    for col, (key, value) in zip(st.columns(5), (
            ("t_documents", f"{int(tiles['documents']):,}"),
            ("t_zones", f"{int(tiles['zones']):,}"),
            ("t_claims", f"{int(tiles['claims']):,}"),
            ("t_indicators", f"{int(tiles['indicators']):,}"),
            ("t_reviewed", f"{float(tiles['reviewed_share']):.1%}"))):
        col.metric(t(key), value, border=True)

    st.subheader(t("ov_coverage"), anchor=False, help=t("ov_coverage_help"))
    cov = data.q("coverage_families", **filters.params())
    if cov.empty:
        ui.nothing_matches()
    else:
        cov = cov.assign(zone_label=[bilingual(zh, en) for zh, en in zip(cov["zone"], cov["zone_en"])])
        grid = cov.pivot_table(index="zone_label", columns="family", values="claims",
                               aggfunc="sum", fill_value=0)
        families = [f for f in FAMILIES if f in grid.columns] + \
                   [f for f in grid.columns if f not in FAMILIES]
        grid = grid[families]
        order = grid.sum(axis=1).sort_values(ascending=False).index
        table = grid.loc[order]
        grid = table.head(MAX_ZONES).iloc[::-1]          # most-claimed on top
        if len(table) > MAX_ZONES:
            st.caption(t("ov_top_zones", shown=MAX_ZONES, n=f"{len(table):,}"))
        fig = go.Figure(go.Heatmap(
            z=grid.values, x=[family_label(f) for f in families], y=list(grid.index),
            colorscale=[[0, "#f4f6f9"], [0.001, "#dbe6f3"], [1, "#1d4e89"]],
            text=[[f"{v:,}" if v else "" for v in row] for row in grid.values],
            texttemplate="%{text}", xgap=2, ygap=2,
            hovertemplate="%{y}<br>%{x}: %{z} " + t("c_claims") + "<extra></extra>",
            colorbar=dict(title=dict(text=t("c_claims")), thickness=12)))
        fig.update_layout(xaxis=dict(side="top", showgrid=False),
                          yaxis=dict(showgrid=False))
        ui.chart(fig, "coverage", height=max(260, 34 * len(grid) + 90))
        table = table[families].reset_index()
        table.columns = [t("c_zone")] + [family_label(f) for f in families]
        with st.expander(t("ov_coverage") + " — CSV"):
            ui.table(table, "coverage", "coverage")

    st.subheader(t("ov_latest"), anchor=False)
    latest = data.q("latest_documents", limit=10)
    view = latest.rename(columns={
        "name": t("c_doc"), "title": t("c_title"), "outlet": t("c_outlet"),
        "pub_date": t("c_date"), "chars": t("c_chars"), "ingested_at": t("c_ingested"),
        "claims": t("c_claims")}).drop(columns=["doc_id"])
    ui.table(view, "latest_documents", "latest")
