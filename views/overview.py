"""Overview: what the database holds, where we know what, what came in last."""
import pandas as pd
import streamlit as st

from views import data, ui
from views.i18n import bilingual_all, family_label, t
from views.style import FAMILIES, family_color

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

    # The coverage heatmap is a table of bars in each family's colour: it reads like a chart,
    # holds every zone (rows scroll), and keeps Plotly off the first page a visitor opens.
    # Bars come from column settings, not from per-cell styles, so the table travels as plain
    # numbers (a per-cell styled table was 30 times the bytes and the page's slowest step).
    st.subheader(t("ov_coverage"), anchor=False, help=t("ov_coverage_help"))
    cov = data.q("coverage_families", **filters.params())
    if cov.empty:
        ui.nothing_matches()
    else:
        cov = cov.assign(zone_label=bilingual_all(cov["zone"], cov["zone_en"]))
        grid = cov.pivot_table(index="zone_label", columns="family", values="claims",
                               aggfunc="sum", fill_value=0)
        families = [f for f in FAMILIES if f in grid.columns] + \
                   [f for f in grid.columns if f not in FAMILIES]
        grid = grid[families]
        grid = grid.loc[grid.sum(axis=1).sort_values(ascending=False, kind="stable").index]
        table = grid.reset_index()
        table.columns = [t("c_zone")] + [family_label(f) for f in families]
        peak = max(int(grid.values.max()), 1)
        shown = table.astype({family_label(f): "Int64" for f in families})
        shown[shown == 0] = pd.NA                          # an empty cell where nothing is known
        config = {t("c_zone"): st.column_config.TextColumn(width="large", pinned=True)}
        config.update({family_label(f): st.column_config.ProgressColumn(
            min_value=0, max_value=peak, format="localized", color=family_color(f))
            for f in families})
        st.dataframe(shown, hide_index=True, key="tbl_coverage", column_config=config,
                     height=min(36 + 35 * len(table), 600))
        ui.download(table, "coverage", "coverage")

    st.subheader(t("ov_latest"), anchor=False)
    latest = data.q("latest_documents", limit=10)
    view = latest.rename(columns={
        "name": t("c_doc"), "title": t("c_title"), "outlet": t("c_outlet"),
        "pub_date": t("c_date"), "chars": t("c_chars"), "ingested_at": t("c_ingested"),
        "claims": t("c_claims")}).drop(columns=["doc_id"])
    ui.table(view, "latest_documents", "latest")
