"""The "Review" page: incidents in an editable table; approve, reject, edit, undo.

Every change goes through app.store (one transaction, logged in the audit table, so it
can be undone). The editor's key carries a version that grows after each applied
change, so the table restarts from the stored data instead of replaying old cell edits.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st
from streamlit.navigation.page import StreamlitPage

from app import review, store
from app.dashboard import access, curation, data, loaders
from app.records import DATE_PRECISIONS, EVENT_TYPES

MAX_ROWS = 2_000
K_VERSION, K_MESSAGES = "review_version", "review_messages"
K_NEEDS, K_STATUS, K_ARTICLE = "r_needs", "r_status", "r_article"
K_CONFIRM_UNDO = "review_confirm_undo"  # the change whose undo (removing an article) awaits a yes


def editor_key() -> str:
    return f"review_editor_{st.session_state.get(K_VERSION, 0)}"


def _done(messages: list[tuple[str, str]]) -> None:
    """After a change: fresh editor, fresh data, messages shown on the next run."""
    st.session_state[K_VERSION] = st.session_state.get(K_VERSION, 0) + 1
    st.session_state[K_MESSAGES] = messages
    loaders.clear()
    st.rerun()


def _show_messages() -> None:
    for kind, text in st.session_state.pop(K_MESSAGES, []):
        getattr(st, kind)(text)


def _filters(frame: pd.DataFrame) -> pd.DataFrame:
    cols = st.columns([1, 2, 2])
    needs = cols[0].toggle("Needs review only", key=K_NEEDS,
                           help=f"Unreviewed records with confidence below {curation.NEEDS_REVIEW_CONFIDENCE} "
                                "or placed only at state or country level (precision 3 or 4).")
    statuses = cols[1].multiselect("Status", list(store.STATUSES), key=K_STATUS, placeholder="Any status")
    article = cols[2].selectbox("Article", ["(all)"] + sorted(frame["article"].unique()), key=K_ARTICLE)
    if needs:
        frame = frame[curation.needs_review(frame)]
    if statuses:
        frame = frame[frame["status"].isin(statuses)]
    if article != "(all)":
        frame = frame[frame["article"] == article]
    return frame.sort_values(["event_date", "article", "incident_id"], ascending=[False, True, True])


def _editor(table: pd.DataFrame) -> pd.DataFrame:
    disabled = [c for c in table.columns if c not in (curation.SELECT, *store.EDITABLE_FIELDS)]
    return st.data_editor(table, key=editor_key(), hide_index=True, width="stretch", height=460,
                          num_rows="fixed", disabled=disabled, column_config={
        curation.SELECT: st.column_config.CheckboxColumn("✓", help="Select for approve / reject", width="small"),
        "status": st.column_config.TextColumn(width="small"),
        "event_type": st.column_config.SelectboxColumn("type", options=list(EVENT_TYPES), required=True),
        "event_date": st.column_config.TextColumn("date", validate=r"^\d{4}-\d{2}-\d{2}$", required=True),
        "date_precision": st.column_config.SelectboxColumn("date prec.", options=list(DATE_PRECISIONS),
                                                           required=True),
        "location": st.column_config.TextColumn("place", help="A new name is looked up in the gazetteer again."),
        "admin1": st.column_config.TextColumn("state"),
        "geo_precision": st.column_config.NumberColumn("place prec.", help="1 town … 4 country only"),
        "fatalities": st.column_config.NumberColumn(min_value=0, step=1, format="%d"),
        "injured": st.column_config.NumberColumn(min_value=0, step=1, format="%d"),
        "arrested": st.column_config.NumberColumn(min_value=0, step=1, format="%d"),
        "confidence": st.column_config.NumberColumn(format="%.2f", width="small"),
        "evidence": st.column_config.TextColumn(width="large"),
    })


def _apply_edits(table: pd.DataFrame, edited: pd.DataFrame, actor: str) -> None:
    """Cell edits -> store, one change per record; a bad value is reported, not applied."""
    changes = curation.edits(table, edited)
    if not changes:
        return
    messages: list[tuple[str, str]] = []
    with store.open_store(data.data_dir()) as db:
        for incident_id, fields in changes.items():
            try:
                changed = review.edit_incident(db, incident_id, fields, actor=actor)
            except ValueError as exc:
                messages.append(("error", f"{incident_id}: {exc}"))
                continue
            if changed:
                messages.append(("success", f"{incident_id}: changed {', '.join(changed)}."))
    store.export_after_change(data.data_dir())
    _done(messages)


def _status_buttons(edited: pd.DataFrame, actor: str) -> None:
    chosen = curation.selected(edited)
    cols = st.columns(3)
    actions = (("Approve selected", "approved", "approve"), ("Reject selected", "rejected", "reject"),
               ("Back to unreviewed", "auto", "reset"))
    for col, (label, status, key) in zip(cols, actions):
        if col.button(label, key=f"review_{key}", disabled=not chosen, width="stretch"):
            with store.open_store(data.data_dir()) as db:
                count = db.set_status(chosen, status, actor=actor)
            store.export_after_change(data.data_dir())
            _done([("success", f"{label.split()[0]}: {count} record(s) now {status}.")])
    _undo_redo(actor)


def _undo_redo(actor: str) -> None:
    """Undo, with what it will take back said first (and asked, when it removes an added
    article with its incidents), and redo."""
    with store.open_store(data.data_dir()) as db:
        following = db.undoable(1)
        can_redo = db.can_redo()
    nxt = following[0] if following else None
    cols = st.columns([2, 2, 3])
    if cols[0].button("Undo last change", key="review_undo", width="stretch", disabled=nxt is None):
        if nxt and nxt["articles_added"]:
            st.session_state[K_CONFIRM_UNDO] = nxt["change_id"]  # asked below before anything goes
        else:
            _undo(actor)
    if cols[1].button("Redo", key="review_redo", width="stretch", disabled=not can_redo):
        with store.open_store(data.data_dir()) as db:
            message = db.redo(actor=actor)
        store.export_after_change(data.data_dir())
        _done([("info", message or "Nothing to redo.")])
    if nxt is not None:
        cols[2].caption(f"Undo takes back: {_change_text(nxt)}")
    if nxt is not None and st.session_state.get(K_CONFIRM_UNDO) == nxt["change_id"]:
        with st.container(border=True):
            st.warning(f"Undoing removes the added article {nxt['articles_added']} and its incidents "
                       f"({_change_text(nxt)}). Remove it?", icon=":material/warning:")
            yes, no = st.columns(2)
            if yes.button("Remove the article", key="review_undo_confirm", type="primary"):
                st.session_state.pop(K_CONFIRM_UNDO, None)
                _undo(actor)
            if no.button("Keep it", key="review_undo_cancel"):
                st.session_state.pop(K_CONFIRM_UNDO, None)
                st.rerun()


def _change_text(change: dict) -> str:
    """"approve of a1-0, a1-1 (2026-02-22T10:00:00Z)": what a change did and to what."""
    ids = [i for i in (change.get("ids") or "").split(",") if i]
    what = ", ".join(ids[:3]) + (f" and {len(ids) - 3} more" if len(ids) > 3 else "") \
        if ids else (change.get("articles") or "")
    return f"{change['action']} of {what} ({change['at']})"


def _undo(actor: str) -> None:
    with store.open_store(data.data_dir()) as db:
        message = db.undo(actor=actor)
    store.export_after_change(data.data_dir())
    _done([("info", message or "Nothing to undo.")])


def _history() -> None:
    with st.expander("Recent changes (audit log)"):
        with store.open_store(data.data_dir()) as db:
            log = db.audit(100)
        st.dataframe(log, hide_index=True, width="stretch", key="audit_table")


def main() -> None:
    st.title("Review incidents")
    st.caption("Correct type, date, place (looked up again) and counts in the table; tick rows to approve "
               "or reject them. Every change is logged and can be undone.")
    _show_messages()
    directory = data.data_dir()
    try:
        frame = loaders.load_prepared(str(directory), loaders.revision(directory))
    except store.StoreError as exc:
        st.error(str(exc))
        st.stop()
    counts = frame["status"].value_counts()
    st.caption(" · ".join(f"{counts.get(s, 0):,} {s}" for s in store.STATUSES)
               + f" · {int(curation.needs_review(frame).sum()):,} need review")
    shown = _filters(frame)
    if len(shown) > MAX_ROWS:
        st.caption(f"The {MAX_ROWS:,} most recent of {len(shown):,} records; narrow the filters for the others.")
        shown = shown.head(MAX_ROWS)
    table = curation.editor_frame(shown)
    actor = access.writer()  # None: read-only or not signed in (the reason is shown)
    try:
        edited = _editor(table)
        if actor is not None:
            _apply_edits(table, edited, actor)
            _status_buttons(edited, actor)
        _history()
    except store.StoreError as exc:
        st.error(f"Not saved. {exc}")


def nav_page() -> StreamlitPage:
    """This page in the navigation (st.Page of ``main``)."""
    return st.Page(main, title="Review", icon=":material/fact_check:", url_path="review")
