"""bizenv dashboard: compare development zones, read the source of every number.

    streamlit run dashboard.py            # reads $BIZENV_DB, else data/bizenv.duckdb

This file is the frame around every page: page config, the URL-bound sidebar
(language, filters), navigation. Each page is a script in views/ that reads top
to bottom. All data comes through views/data.py, which runs the store's query
files; there is no SQL here.
"""
from __future__ import annotations

import streamlit as st

from views import data, sidebar
from views.i18n import t

st.set_page_config(page_title="bizenv", page_icon=":material/query_stats:", layout="wide",
                   initial_sidebar_state="expanded")

sidebar.load_url_once()
sidebar.start_run()
data.warm_up()

PAGES = {
    "section_explore": [
        ("views/overview.py", "page_overview", ":material/dashboard:", "overview"),
        ("views/compare.py", "page_compare", ":material/leaderboard:", "compare"),
        ("views/zone_profile.py", "page_zone", ":material/location_city:", "zone"),
        ("views/claims.py", "page_claims", ":material/table_rows:", "claims"),
        ("views/documents.py", "page_documents", ":material/article:", "documents"),
    ],
    "section_maintain": [
        ("views/quality.py", "page_quality", ":material/rule:", "quality"),
        ("views/add_texts.py", "page_add", ":material/upload_file:", "add"),
    ],
}

page = st.navigation({
    t(section): [st.Page(path, title=t(title), icon=icon, url_path=url, default=url == "overview")
                 for path, title, icon, url in pages]
    for section, pages in PAGES.items()
})

with st.sidebar:
    sidebar.language_switch()
    if data.has_data():
        sidebar.render_filters()
    else:
        st.session_state["_filters"] = data.Filters()
    st.caption(f"{t('database')}: `{data.db_file()}`")

page.run()
sidebar.sync_url()
