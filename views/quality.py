"""Data quality: numbers no rule claimed, claims per rule, provisional zones awaiting the registry."""
import plotly.graph_objects as go
import streamlit as st

from views import data, ui
from views.i18n import family_label, per_code, t
from views.style import family_color

ui.page_header("page_quality")
if ui.require_data():
    filters = data.current_filters()
    tab_numbers, tab_rules, tab_zones = st.tabs([t("dq_unclaimed"), t("dq_rules"), t("dq_provisional")])

    with tab_numbers:
        st.caption(t("dq_unclaimed_help"))
        explained = st.toggle(t("dq_explained"), key="dq_explained")
        nums = data.q("unclaimed_numbers", doc=filters.doc, explained=explained,
                      limit=data.PAGE_ROWS)
        if nums.empty:
            st.success(t("dq_none"), icon=":material/task_alt:")
        else:
            view = nums.assign(context=[f"{b}【{s}】{a}" for b, s, a in
                                        zip(nums["before"], nums["surface"], nums["after"])],
                               reason=[t(f"dq_reason_{r}") if r else "" for r in nums["reason"]])[
                ["doc", "start", "surface", "context", "reason"]]
            view.columns = [t("c_doc"), t("c_offset"), t("c_number"), t("c_context"), t("c_reason")]
            ui.table(view, "unclaimed_numbers", "unclaimed",
                     column_config={t("c_context"): st.column_config.TextColumn(width="large")})

    with tab_rules:
        rules = data.q("rule_counts")
        if rules.empty:
            st.success(t("dq_none"), icon=":material/task_alt:")
        else:
            top = rules.head(30).iloc[::-1]
            fig = go.Figure(go.Bar(
                x=top["claims"], y=top["rule"], orientation="h",
                marker_color=[family_color(f) for f in top["family"]],
                customdata=[[family_label(f), r] for f, r in zip(top["family"], top["rejected"])],
                hovertemplate="%{y}<br>%{customdata[0]} · %{x}<br>" + t("rv_status_rejected")
                              + ": %{customdata[1]}<extra></extra>"))
            fig.update_layout(xaxis_title=t("c_claims"), bargap=0.3)
            ui.chart(fig, "rules", height=120 + 24 * len(top))
            view = rules.assign(family=per_code(family_label, rules["family"]))
            ui.table(view, "claims_per_rule", "rules")

    with tab_zones:
        prov = data.q("provisional_zones")
        if prov.empty:
            st.success(t("dq_none"), icon=":material/task_alt:")
        else:
            ui.table(prov, "provisional_zones", "provisional")
