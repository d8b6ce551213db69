"""Claims explorer: the filtered table; a selected row opens its sentence, its paragraph and the review."""
import pandas as pd
import streamlit as st

from views import data, sidebar, ui
from views.i18n import UNIT_LABELS, t, unit_label
from views.style import highlight

filters = data.current_filters()


def paragraph_of(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the paragraph (blank-line or line-break bounded) that holds [start, end)."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return a, (len(text) if b < 0 else b)


def _close_dialog() -> None:
    """Dismissed or reviewed: forget the open claim and clear the table's selection."""
    st.session_state.pop("_open_claim", None)
    st.session_state["_tbl_gen"] = st.session_state.get("_tbl_gen", 0) + 1


@st.dialog(t("ce_dialog"), width="large", on_dismiss=_close_dialog)
def claim_dialog(claim: dict) -> None:
    names_z, names_i = ui.names("zone"), ui.names("indicator")
    zone = names_z.get(claim["zone_id"], claim["zone"]) if isinstance(claim["zone_id"], str) else t("no_zone")
    st.markdown(f"**{zone}** · {names_i.get(claim['indicator'], claim['indicator'])} · "
                f"**{ui.fmt_value(claim['value'], claim['unit'], claim['qualifier'])}**"
                + (f" ({t('before')} {ui.fmt_value(claim['value_before'], claim['unit_before'])})"
                   if pd.notna(claim["value_before"]) else "")
                + (f" · {claim['period']}" if isinstance(claim["period"], str) and claim["period"] else ""))
    sentence = claim["sentence"] or claim["evidence"]
    marks = [(int(claim["mark_start"]), int(claim["mark_end"]))] if claim["sentence"] else [(0, len(sentence))]
    st.caption(t("ce_sentence"))
    st.html(f'<div class="bz-sentence" style="font-size:1.1rem;line-height:1.9">'
            f'{highlight(sentence, marks)}</div>')
    doc = data.q("document", doc=claim["doc_id"])
    if not doc.empty and isinstance(doc["text"].iloc[0], str):
        # (a saved web page's paragraph as a reader sees it, not its tags)
        text, ((start, end),) = ui.readable(doc["text"].iloc[0], [(int(claim["start"]), int(claim["end"]))])
        a, b = paragraph_of(text, start, end)
        st.caption(f"{t('ce_paragraph')} · {claim['doc']} [{claim['start']}:{claim['end']}]")
        st.html(f'<div class="bz-paragraph" style="line-height:1.9;color:#3e4c59;max-height:16rem;'
                f'overflow:auto">{highlight(text[a:b], [(start - a, end - a)])}</div>')
    if claim.get("review"):
        st.caption(f"{t('c_review')}: {t(ui.REVIEW_LABELS[claim['review']])}"
                   + (f" — {claim['review_note']}" if claim.get("review_note") else "")
                   + (f" · {t('ce_original')}: {ui.fmt_value(claim['orig_value'], claim['orig_unit'])}"
                      if claim["review"] == "correct" else ""))
    st.divider()
    note = st.text_input(t("rv_note"), key="rv_note")
    c1, c2, _ = st.columns([1, 1, 3])
    action = None
    if c1.button(t("rv_confirm"), icon=":material/check:", key="rv_confirm", type="primary"):
        action = ("confirm", {})
    if c2.button(t("rv_reject"), icon=":material/close:", key="rv_reject"):
        action = ("reject", {})
    with st.expander(t("rv_correct")):
        with st.form("rv_correct_form", border=False):
            value = st.number_input(t("c_value"), value=float(claim["value"]), format="%g")
            units = list(UNIT_LABELS)
            unit = st.selectbox(t("c_unit"), units, index=units.index(claim["unit"]) if claim["unit"] in units else 0,
                                format_func=lambda u: f"{unit_label(u)} ({u})")
            zone_ids = list(names_z)
            zone_id = st.selectbox(t("c_zone"), zone_ids, format_func=names_z.get,
                                   index=zone_ids.index(claim["zone_id"]) if claim["zone_id"] in zone_ids else None)
            inds = list(names_i)
            indicator = st.selectbox(t("c_indicator"), inds, format_func=names_i.get,
                                     index=inds.index(claim["indicator"]) if claim["indicator"] in inds else None)
            if st.form_submit_button(t("rv_correct"), icon=":material/edit:"):
                changes = {"value": value if value != claim["value"] else None,
                           "unit": unit if unit != claim["unit"] else None,
                           "zone_id": zone_id if zone_id != claim["zone_id"] else None,
                           "indicator": indicator if indicator != claim["indicator"] else None}
                action = ("correct", {k: v for k, v in changes.items() if v is not None})
    if action:
        try:
            data.review(claim["claim_id"], action[0], note=note or None, **action[1])
        except (ValueError, KeyError) as e:
            st.error(t("rv_failed", err=e))
        else:
            st.session_state["_toast"] = t("rv_saved")
            _close_dialog()
            st.rerun()


def _table_key() -> str:
    return f"tbl_claims_{st.session_state.get('_tbl_gen', 0)}"


ui.page_header("page_claims", "ce_select_hint")
if ui.require_data():
    if "_toast" in st.session_state:
        st.toast(st.session_state.pop("_toast"), icon=":material/task_alt:")
    c1, c2 = st.columns([3, 1], vertical_alignment="bottom")
    text_q = c1.text_input(t("c_evidence"), key=sidebar.bind("q", ""), placeholder=t("ce_search"),
                           label_visibility="collapsed")
    show_rejected = c2.toggle(t("show_rejected"), key="show_rejected")
    params = dict(filters.params(), q=text_q or None, include_rejected=show_rejected)
    total = int(data.q("claims_count", **params)["claims"].iloc[0])
    if total == 0:
        ui.nothing_matches()
    else:
        pages = (total - 1) // data.PAGE_ROWS + 1
        page = st.number_input("page", 1, pages, 1, key="claims_page") if pages > 1 else 1
        rows = data.q("claims", **params, limit=data.PAGE_ROWS, offset=(page - 1) * data.PAGE_ROWS)
        st.caption(t("ce_rows", n=f"{total:,}", shown=f"{len(rows):,}"))
        view = ui.claims_view(rows, ui.names("zone"), ui.names("indicator"))
        event = st.dataframe(
            view, hide_index=True, key=_table_key(), on_select="rerun", selection_mode="single-row",
            placeholder="",
            column_config={t("c_evidence"): st.column_config.TextColumn(width="medium"),
                           t("c_value"): st.column_config.NumberColumn(format="%g")})
        ui.download(view, "claims", "claims")
        # Open the dialog when the selection changes, not on every rerun while it stays selected.
        picked = event.selection.rows
        picked = rows["claim_id"].iloc[picked[0]] if picked and picked[0] < len(rows) else None
        if picked != st.session_state.get("_picked"):
            st.session_state["_picked"] = picked
            st.session_state["_open_claim"] = picked
        opened = st.session_state.get("_open_claim")
        if opened is not None:
            hit = rows[rows["claim_id"] == opened]
            if not hit.empty:
                claim_dialog(hit.iloc[0].to_dict())
