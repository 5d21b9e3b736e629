"""Who may write from the dashboard (app/reviewers.py): sign-in with a hashed password,
read-only on a non-local address without reviewers, the reviewer's name in the audit log."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from app import reviewers, store

from conftest import dashboard
from test_dashboard_pages import edit

REPO = Path(__file__).resolve().parents[2]


def review_page() -> AppTest:
    at = dashboard("review")
    assert not at.exception, at.exception
    return at


def _buttons(at: AppTest) -> set[str]:
    return {b.key for b in at.button if b.key}


def test_passwords_are_hashed_and_checked() -> None:
    line = reviewers.hashed_line("ana", "correct horse")
    assert "correct horse" not in line and line.startswith("ana:pbkdf2_sha256$")
    configured = [reviewers._parse(line)]
    assert reviewers.sign_in(configured, "ana", "correct horse") == "ana"
    assert reviewers.sign_in(configured, "ana", "wrong") is None
    assert reviewers.sign_in(configured, "ben", "correct horse") is None
    assert reviewers.sign_in([], "ana", "x") is None


def test_the_rule() -> None:
    someone = [reviewers._parse(reviewers.hashed_line("ana", "pw"))]
    assert reviewers.write_policy("localhost", []) == reviewers.WritePolicy(True, False, "")
    assert not reviewers.write_policy("0.0.0.0", []).writable
    assert reviewers.write_policy("0.0.0.0", someone).needs_sign_in
    assert reviewers.write_policy("localhost", someone).needs_sign_in


def test_the_reviewer_command_stores_a_hash_only(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "app", "reviewer", "ana", "--data", str(tmp_path)], cwd=REPO,
                          input="a long password\n", capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    saved = (tmp_path / reviewers.REVIEWERS_FILE).read_text(encoding="utf-8")
    assert "a long password" not in saved and (tmp_path / reviewers.REVIEWERS_FILE).stat().st_mode & 0o077 == 0
    assert reviewers.sign_in(reviewers.load_reviewers(tmp_path), "ana", "a long password") == "ana"


def test_shared_without_reviewers_the_pages_are_read_only(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MXMAP_SERVE_ADDRESS", "0.0.0.0")
    monkeypatch.delenv(reviewers.ENV_PASSWORD, raising=False)
    at = review_page()
    assert not {"review_approve", "review_undo"} & _buttons(at)
    assert any("Read-only" in i.value for i in at.info)


def test_a_signed_in_reviewer_is_named_in_the_audit_log(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MXMAP_SERVE_ADDRESS", "0.0.0.0")
    monkeypatch.setenv(reviewers.ENV_PASSWORD, "s3cret-pass")
    monkeypatch.setenv(reviewers.ENV_NAME, "ana")
    at = review_page()
    assert "review_undo" not in _buttons(at)  # not before signing in
    at.text_input(key="reviewer_name").input("ana")
    at.text_input(key="reviewer_password").input("wrong")
    at.get("form_submit_button")[0].click().run()
    assert "review_undo" not in _buttons(at) and any("wrong password" in e.value for e in at.error)
    at.text_input(key="reviewer_password").input("s3cret-pass")
    at.get("form_submit_button")[0].click().run()
    assert "review_undo" in _buttons(at)
    edit(at, {0: {"select": True}})
    at.run()
    at.button(key="review_approve").click().run()
    with store.open_store(data_dir) as db:
        log = db.audit(5)
    assert log.iloc[0]["actor"] == "ana" and log.iloc[0]["new_value"] == '"approved"', log
