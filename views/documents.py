"""Documents: each source text with its claims highlighted inline, its metadata and its claims."""
import pandas as pd
import streamlit as st

from views import data, sidebar, ui
from views.i18n import family_label, per_code, t
from views.style import FAMILIES, family_color, highlight, tint

#: Characters of a text shown inline; longer texts are cut here (the claims table holds all).
MAX_CHARS = 120_000

ui.page_header("page_documents")
if ui.require_data():
    filters = data.current_filters()
    if filters.doc:
        doc_id = filters.doc
    else:
        if filters.zone:
            docs = data.q("zone_documents", zone=filters.zone, limit=500)
            options, names, counts = (list(docs["doc_id"]), dict(zip(docs["doc_id"], docs["name"])),
                                      dict(zip(docs["doc_id"], docs["claims"])))
        else:   # the documents with most claims, as the sidebar lists them
            docs = sidebar.facets()["doc"].head(500)
            options, names, counts = (list(docs["key"]), dict(zip(docs["key"], docs["zh"])),
                                      dict(zip(docs["key"], docs["claims"])))
        key = sidebar.bind("dv")
        sidebar.valid_choice(key, options)
        if st.session_state.get(key) is None and options:
            st.session_state[key] = options[0]
        doc_id = st.selectbox(t("doc_pick"), options, key=key,
                              format_func=lambda d: f"{names[d]} · {counts[d]:,}") if options else None
    doc = data.q("document", doc=doc_id) if doc_id else pd.DataFrame()
    if doc.empty:
        ui.nothing_matches()
    else:
        d = doc.iloc[0]
        claims = pd.DataFrame(list(d["claims"]) if d["claims"] is not None else [],
                              columns=["claim_id", "start", "end", "zone", "zone_id", "family", "indicator",
                                       "value", "unit", "value_before", "unit_before", "period", "evidence",
                                       "rule", "review", "rejected"])
        for k in ("zone", "family", "indicator", "period"):
            v = getattr(filters, k)
            if v is not None and k != "zone":
                claims = claims[claims[k] == v]
        if filters.zone:
            claims = claims[claims["zone_id"] == filters.zone]

        left, right = st.columns([3, 1])
        with right:
            st.subheader(t("doc_meta"), anchor=False)
            meta = {t("c_doc"): d["name"], t("c_title"): d["title"], t("c_outlet"): d["outlet"],
                    t("c_date"): d["pub_date"], "URL": d["url"], t("c_zone"): d["default_zone"],
                    t("c_chars"): f"{int(d['chars']):,}", "encoding": d["encoding"],
                    t("c_ingested"): str(d["ingested_at"])[:19], "pipeline": d["pipeline_version"],
                    t("c_claims"): f"{len(claims):,}"}
            st.markdown("\n".join(f"- **{k}**: {v}" for k, v in meta.items()
                                  if v is not None and not (isinstance(v, float) and pd.isna(v)) and v != ""))
            present = [f for f in FAMILIES if f in set(claims["family"])]
            st.html("".join(f'<span style="display:inline-block;margin:2px 6px 2px 0;padding:1px 6px;'
                            f'border-radius:3px;background:{tint(family_color(f), 0.35)}">{family_label(f)}</span>'
                            for f in present))
        with left:
            st.subheader(t("doc_text"), anchor=False)
            text = d["text"]
            if not isinstance(text, str):
                st.info(t("doc_missing"))
            else:
                # a saved web page is shown as a reader sees it, its claims moved onto that text
                text, spans = ui.readable(text, list(zip(claims["start"], claims["end"])))
                keep = [e <= MAX_CHARS for _, e in spans]
                shown, spans = claims[keep], [sp for sp, k in zip(spans, keep) if k]
                body = highlight(
                    text[:MAX_CHARS], spans,
                    colors=[tint(family_color(f), 0.35) for f in shown["family"]],
                    titles=[f"{family_label(f)} · {i} · {ui.fmt_value(v, u)}" for f, i, v, u in
                            zip(shown["family"], shown["indicator"], shown["value"], shown["unit"])])
                st.html(f'<div class="bz-doc" style="white-space:pre-wrap;line-height:1.95;max-height:70vh;'
                        f'overflow:auto;padding:0.5rem 1rem;border:1px solid #d9dee5;border-radius:6px">'
                        f'{body}{"…" if len(text) > MAX_CHARS else ""}</div>')

        st.subheader(t("doc_claims"), anchor=False)
        view = claims.assign(family=per_code(family_label, claims["family"]),
                             value=[ui.fmt_value(v, u) for v, u in zip(claims["value"], claims["unit"])])[
            ["start", "end", "zone", "family", "indicator", "value", "period", "evidence", "rule"]]
        view.columns = ["start", "end", t("c_zone"), t("c_family"), t("c_indicator"), t("c_value"),
                        t("c_period"), t("c_evidence"), t("c_rule")]
        ui.table(view, f"document_claims_{d['name']}", "doc_claims")
