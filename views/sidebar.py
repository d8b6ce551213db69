"""Sidebar filters and the URL: every view can be shared and reopened exactly.

A widget whose value belongs in the URL takes its key from `bind("zone")`
(-> "u_zone"). On a session's first run the URL's parameters seed those keys;
after the page has run, `sync_url()` writes back the bound values that differ
from their defaults. The URL therefore holds ids (zone_id, indicator id,
doc_id), never labels, so a link works in either language and after new data
arrives.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from views import data
from views.i18n import LANG_NAMES, LANGS, bilingual_all, family_label, lang, t

#: Options shown per filter: the most-claimed ones (the selected one always stays).
MAX_OPTIONS = 300


def load_url_once() -> None:
    """Seed bound widget keys from the URL on the session's first run."""
    if st.session_state.get("_url_loaded"):
        return
    for name, value in st.query_params.to_dict().items():
        if value != "":
            st.session_state[f"u_{name}"] = value
    st.session_state["_url_loaded"] = True


def start_run() -> None:
    """Forget which widgets were bound on the previous run."""
    st.session_state["_url_live"] = {}


def bind(name: str, default=None) -> str:
    """The session key of a URL-bound widget; records it as live on this run."""
    st.session_state.setdefault("_url_live", {})[name] = default
    return f"u_{name}"


def sync_url() -> None:
    """Write the live bound values that differ from their defaults into the URL."""
    want = {}
    for name, default in st.session_state.get("_url_live", {}).items():
        v = st.session_state.get(f"u_{name}")
        if v is not None and v != "" and v != default:
            want[name] = str(v)
    if want != st.query_params.to_dict():
        st.query_params.from_dict(want)


def valid_choice(key: str, options: list) -> None:
    """Drop a seeded or stale value that is not among the options (a link from older data)."""
    if st.session_state.get(key) is not None and st.session_state[key] not in options:
        st.session_state[key] = None


# --------------------------------------------------------------------------- facets

def facets() -> dict[str, pd.DataFrame]:
    """Filter options per facet (zone, family, indicator, period, doc) with claim counts.

    Shared, read-only frames (see data.shared): never modify them in place.
    """
    version = data.data_version()
    df = data.shared("facets") if version is not None else pd.DataFrame()
    if df.empty:
        return {f: pd.DataFrame(columns=["key", "zh", "en", "family", "claims"]) for f in data.FILTERS}
    return _split(str(data.db_file()), version, df)


@st.cache_resource(max_entries=4, show_spinner=False)
def _split(db: str, version: tuple, _df: pd.DataFrame) -> dict[str, pd.DataFrame]:
    # keyed on the file's version; the frame itself is not hashed (leading underscore)
    return {f: _df[_df["facet"] == f].reset_index(drop=True) for f in data.FILTERS}


def labels_for(facet: str, frame: pd.DataFrame, keys: list | None = None) -> dict:
    """key -> label in the session's language, for `keys` (default: every row of `frame`)."""
    if facet == "family":
        return {k: family_label(k) for k in (keys if keys is not None else frame["key"])}
    rows = frame if keys is None else frame[frame["key"].isin(keys)]
    return dict(zip(rows["key"], bilingual_all(rows["zh"], rows["en"])))


def label_of(facet: str, key, frame: pd.DataFrame | None = None) -> str:
    """One facet value's label in the session's language."""
    if key is None:
        return t("f_all")
    if frame is None:
        frame = facets()[facet]
    return labels_for(facet, frame, [key]).get(key, str(key))


def _rare_option(facet: str, key: str, frame: pd.DataFrame) -> tuple[str, int] | None:
    """(label, claims) of a value beyond the options listed (documents are cut to the top ones)."""
    hit = frame[frame["key"] == key]
    if not hit.empty:
        return labels_for(facet, hit)[key], int(hit["claims"].iloc[0])
    if facet == "doc":
        n = int(data.q("claims_count", doc=key)["claims"].iloc[0])
        doc = data.q("document", doc=key)
        if n and not doc.empty:
            return str(doc["name"].iloc[0]), n
    return None


def _clear() -> None:
    for name in data.FILTERS:
        st.session_state[f"u_{name}"] = None


def language_switch() -> None:
    key = bind("lang", "zh")
    if st.session_state.get(key) not in LANGS:
        st.session_state[key] = "zh"
    st.segmented_control(
        t("language"), LANGS, key=key, format_func=LANG_NAMES.get, required=True,
        label_visibility="collapsed")


def render_filters() -> data.Filters:
    """The five sidebar filters, each with its options' claim counts; returns the selection."""
    fac = facets()
    chosen, labels = {}, {}
    st.markdown(f"**{t('filters')}**")
    for name in data.FILTERS:
        frame = fac[name]
        if name == "indicator" and chosen.get("family"):
            frame = frame[frame["family"] == chosen["family"]]
        key = bind(name)
        keys = list(frame["key"].iloc[:MAX_OPTIONS])      # most-claimed first
        selected = st.session_state.get(key)
        shown = frame[frame["key"].isin(keys)]
        counts = dict(zip(shown["key"], shown["claims"]))
        names = labels_for(name, shown, keys)
        if selected is not None and selected not in keys:
            extra = _rare_option(name, selected, frame)     # a shared link to a rarer option
            if extra:
                keys.append(selected)
                names[selected], counts[selected] = extra
        valid_choice(key, keys)
        total = int(frame["options"].iloc[0]) if "options" in frame and len(frame) else len(frame)
        if name == "indicator" and chosen.get("family"):
            total = len(frame)
        chosen[name] = st.selectbox(
            t(f"f_{name}", n=f"{total:,}"), [None, *keys], key=key,
            format_func=lambda k, names=names, counts=counts: (
                t("f_all") if k is None else f"{names[k]} · {counts[k]:,}"),
        )
        if chosen[name] is not None:
            labels[name] = names[chosen[name]]
    if any(v is not None for v in chosen.values()):
        st.button(t("f_clear"), on_click=_clear, icon=":material/filter_alt_off:", type="tertiary")
    st.caption(t("f_share"))
    filters = data.Filters(**chosen, labels=labels)
    st.session_state["_filters"] = filters
    return filters


def active_summary(filters: data.Filters) -> str:
    if not filters.active():
        return t("f_none")
    return t("f_active", what=" · ".join(filters.labels.values()))


def current_lang() -> str:
    return lang()
