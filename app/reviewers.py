"""Who may change the store from the dashboard (no Streamlit here; the pages ask
``app.dashboard.access``).

The rule:

- reviewers configured (``MXMAP_REVIEWER_PASSWORD``, or lines in ``data/reviewers.txt``
  written by ``python -m app reviewer NAME``): the Add article and Review pages write only
  after signing in, and the audit log names the reviewer;
- none configured and served on localhost: writes allowed, logged as "dashboard" (one
  person on their own machine);
- none configured and served on another address: read-only.

Passwords are never stored: ``reviewers.txt`` holds ``name:pbkdf2_sha256$iterations$salt$hash``
lines, the environment's password is hashed when read, and a sign-in compares hashes in
constant time (an unknown name costs the same hashing as a known one).
"""
from __future__ import annotations

import argparse
import getpass
import hashlib
import hmac
import os
import secrets
import sys
from dataclasses import dataclass
from pathlib import Path

REVIEWERS_FILE = "reviewers.txt"
ENV_PASSWORD = "MXMAP_REVIEWER_PASSWORD"
ENV_NAME = "MXMAP_REVIEWER_NAME"          # the name for the environment's password (default "reviewer")
ITERATIONS = 200_000
LOCAL_ACTOR = "dashboard"


@dataclass(frozen=True)
class Reviewer:
    name: str
    salt: bytes
    iterations: int
    digest: bytes


@dataclass(frozen=True)
class WritePolicy:
    """Whether the pages may write, and whether they must ask who is writing first."""

    writable: bool
    needs_sign_in: bool
    reason: str


def _digest(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def hashed_line(name: str, password: str) -> str:
    salt = secrets.token_bytes(16)
    return f"{name}:pbkdf2_sha256${ITERATIONS}${salt.hex()}${_digest(password, salt, ITERATIONS).hex()}"


def _parse(line: str) -> Reviewer | None:
    name, sep, rest = line.strip().partition(":")
    parts = rest.split("$")
    if not sep or not name or len(parts) != 4 or parts[0] != "pbkdf2_sha256":
        return None
    try:
        return Reviewer(name, bytes.fromhex(parts[2]), int(parts[1]), bytes.fromhex(parts[3]))
    except ValueError:
        return None


def load_reviewers(data_dir: Path) -> list[Reviewer]:
    """The reviewers of the environment and of data_dir/reviewers.txt (bad lines skipped)."""
    reviewers: list[Reviewer] = []
    password = os.environ.get(ENV_PASSWORD, "")
    if password:
        salt = secrets.token_bytes(16)
        reviewers.append(Reviewer(os.environ.get(ENV_NAME) or "reviewer", salt, ITERATIONS,
                                  _digest(password, salt, ITERATIONS)))
    try:
        lines = (Path(data_dir) / REVIEWERS_FILE).read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    reviewers.extend(r for r in map(_parse, lines) if r is not None)
    return reviewers


def sign_in(reviewers: list[Reviewer], name: str, password: str) -> str | None:
    """The reviewer's name when ``password`` is theirs, else None (constant time per try)."""
    found: str | None = None
    for reviewer in reviewers:
        same_name = hmac.compare_digest(reviewer.name.encode(), name.strip().encode())
        same_password = hmac.compare_digest(reviewer.digest, _digest(password, reviewer.salt, reviewer.iterations))
        if same_name and same_password:
            found = reviewer.name
    if not reviewers:
        _digest(password, b"0" * 16, ITERATIONS)  # same cost whether or not anyone is configured
    return found


def is_local_address(address: str) -> bool:
    return address in ("", "localhost", "::1") or address.startswith("127.")


def write_policy(address: str, reviewers: list[Reviewer]) -> WritePolicy:
    if reviewers:
        return WritePolicy(True, True, "Sign in as a reviewer to change the store.")
    if is_local_address(address):
        return WritePolicy(True, False, "")
    return WritePolicy(False, False, f"Read-only: the dashboard is shared on {address} and no reviewer is "
                                     "configured (python -m app reviewer NAME, or MXMAP_REVIEWER_PASSWORD).")


# ---------------------------------------------------------------- `python -m app reviewer NAME`

def add_arguments(parser: argparse.ArgumentParser) -> None:
    from app.build import ROOT
    parser.add_argument("name", help="the reviewer's name, as the audit log will show it")
    parser.add_argument("--data", type=Path, default=ROOT / "data", help="the store's folder (default: data/)")


def run(args: argparse.Namespace) -> int:
    name = args.name.strip()
    if not name or ":" in name or any(ch.isspace() and ch != " " for ch in name):
        print("error: a reviewer's name cannot be empty or hold ':' or line breaks", file=sys.stderr)
        return 2
    password = getpass.getpass(f"Password for {name}: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
    if len(password) < 8:
        print("error: use a password of at least 8 characters", file=sys.stderr)
        return 2
    path = Path(args.data) / REVIEWERS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    kept = [line for line in (path.read_text(encoding="utf-8").splitlines() if path.exists() else [])
            if not line.startswith(name + ":")]
    from app.store import atomic_write_text
    atomic_write_text(path, "\n".join([*kept, hashed_line(name, password)]) + "\n")
    os.chmod(path, 0o600)  # hashes only, but nobody else's business
    print(f"reviewer {name!r} saved in {path} (the password itself is not stored)")
    return 0
