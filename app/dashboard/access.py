"""Who is writing: the pages that change the store call ``writer()`` before they show
their write controls (the rule is app/reviewers.py)."""
from __future__ import annotations

import os

import streamlit as st

from app import reviewers
from app.dashboard import data

ENV_ADDRESS = "MXMAP_SERVE_ADDRESS"  # set by `python -m app serve`
K_REVIEWER = "mxmap_reviewer"


def writer() -> str | None:
    """The name the audit log records this session's changes under, or None: then the page
    has shown why it is read-only or the sign-in form, and shows no write control."""
    configured = reviewers.load_reviewers(data.data_dir())
    policy = reviewers.write_policy(os.environ.get(ENV_ADDRESS, "localhost"), configured)
    if not policy.writable:
        st.info(policy.reason)
        return None
    if not policy.needs_sign_in:
        return reviewers.LOCAL_ACTOR
    name = st.session_state.get(K_REVIEWER)
    if name:
        st.caption(f"Signed in as {name}.")
        return name
    with st.form("reviewer_sign_in"):
        st.caption(policy.reason)
        given = st.text_input("Reviewer", key="reviewer_name")
        password = st.text_input("Password", type="password", key="reviewer_password")
        if st.form_submit_button("Sign in"):
            signed = reviewers.sign_in(configured, given, password)
            if signed:
                st.session_state[K_REVIEWER] = signed
                st.rerun()
            st.error("Unknown reviewer or wrong password.")
    return None
