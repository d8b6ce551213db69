"""Add texts: upload text files (.txt, .md, a saved web page …), ingest them through the store, see their claims.

Each file is checked (type, size, decodable text) before anything is written; a
bad file shows its one-line reason and changes nothing. Good files go through
the store's atomic ingest, so other sessions keep reading while it runs and
pick up the new data on their next rerun.
"""
import streamlit as st

from views import data, ui
from views.i18n import t

ui.page_header("page_add", filtered=False)
types = " ".join(f".{x}" for x in data.UPLOAD_TYPES)
st.markdown(t("add_intro", mb=data.UPLOAD_MAX_MB, types=types))

with st.form("add_form", clear_on_submit=True, border=True):
    files = st.file_uploader(t("add_files"), type=list(data.UPLOAD_TYPES), accept_multiple_files=True,
                             key="add_files")
    submitted = st.form_submit_button(t("add_go"), icon=":material/upload:", type="primary")

if submitted and files:
    with st.spinner(t("add_go") + " …"):
        result, bad = data.ingest_uploads([(f.name, f.getvalue()) for f in files])
    for name, reason in bad.items():
        st.error(t("add_bad", name=name, err=t(reason, mb=data.UPLOAD_MAX_MB, types=types)
                   if reason in ("add_bad_type", "add_too_big") else reason), icon=":material/error:")
    good = [f.name for f in files if f.name not in bad]
    if result is not None:
        st.success(t("add_done", files=result.new_docs + result.changed_docs, claims=result.claims),
                   icon=":material/task_alt:")
        if result.unchanged_docs or result.duplicates:
            st.info(t("add_unchanged"), icon=":material/info:")
    st.session_state["_added"] = good

added = st.session_state.get("_added") or []
if added:
    st.subheader(t("add_new_claims"), anchor=False)
    names_z, names_i = ui.names("zone"), ui.names("indicator")
    for name in added:
        claims = data.q("claims", doc=name, limit=data.PAGE_ROWS)
        st.markdown(f"**{name}** · {len(claims):,} {t('c_claims')}")
        if not claims.empty:
            ui.table(ui.claims_view(claims, names_z, names_i), f"claims_{name}", f"added_{name}")
