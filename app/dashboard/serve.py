"""`python -m app serve [--data DIR] [--port N] [--address HOST] [--allowed-host NAME]...`:
copy the map assets, then run Streamlit.

Streamlit runs in a child process from the repository root (so it reads
.streamlit/config.toml); the data folder reaches the page through MXMAP_DATA_DIR and the
served address through MXMAP_SERVE_ADDRESS (the pages that write are read-only on a
non-local address unless a reviewer is configured, see app/reviewers.py).

Safety flags: the WebSocket is refused unless the request's Host is an allowed name
(``server.allowedHosts``: a page on another domain resolved to 127.0.0.1 -- DNS
rebinding -- cannot drive the dashboard), XSRF protection stays on, uploads are capped at
the articles' 5 MB, and Streamlit's start-up banner, which asks an outside service for the
machine's IP when listening on 0.0.0.0, is off: nothing leaves the machine at start.
"""
from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from app.articles import MAX_BYTES
from app.dashboard import assets, data
from app.dashboard.data import DB_NAME  # not app.store's: this process stays without pandas

ENV_ADDRESS = "MXMAP_SERVE_ADDRESS"
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
UPLOAD_LIMIT_MB = MAX_BYTES // (1024 * 1024)  # Streamlit's server.maxUploadSize is in MB

APP_SCRIPT = Path(__file__).resolve().parent / "server_app.py"  # st.App over streamlit_app.py


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", type=Path, default=data.DEFAULT_DATA_DIR,
                        help=f"folder holding {DB_NAME} (default: data/)")
    parser.add_argument("--port", type=int, default=8501, help="port to listen on (default 8501)")
    parser.add_argument("--address", default="localhost",
                        help="address to listen on (default localhost; 0.0.0.0 to share on the network)")
    parser.add_argument("--allowed-host", action="append", default=[], metavar="NAME",
                        help="a host name people use to reach the dashboard, besides localhost, the "
                             "address and this machine's name (repeatable)")


def is_local(address: str) -> bool:
    return address in LOCAL_HOSTS or address.startswith("127.")


def allowed_hosts(address: str, extra: list[str] | tuple[str, ...] = ()) -> list[str]:
    """The Host names the server accepts: localhost, the served address, and when shared on
    the network this machine's name and the names given (no DNS lookup)."""
    hosts = [*LOCAL_HOSTS]
    if address not in ("0.0.0.0", "::"):
        hosts.append(address)
    if not is_local(address):
        hosts.append(socket.gethostname())
    hosts.extend(extra)
    return list(dict.fromkeys(h.strip().lower() for h in hosts if h.strip()))


def streamlit_command(port: int, address: str, extra_hosts: list[str] | tuple[str, ...] = ()) -> list[str]:
    command = [sys.executable, "-m", "streamlit", "run", str(APP_SCRIPT),
               "--server.port", str(port), "--server.address", address,
               "--server.headless", "true", "--server.enableStaticServing", "true",
               "--server.enableWebsocketCompression", "true", "--server.fileWatcherType", "none",
               "--server.enableXsrfProtection", "true", "--server.enableCORS", "true",
               "--server.maxUploadSize", str(UPLOAD_LIMIT_MB),
               "--logger.hideWelcomeMessage", "true", "--browser.gatherUsageStats", "false"]
    for host in allowed_hosts(address, extra_hosts):
        command += ["--server.allowedHosts", host]
    return command


def run(args: argparse.Namespace) -> int:
    data_dir = Path(args.data).resolve()
    if not (data_dir / DB_NAME).is_file():
        print(f"No incident store at {data_dir / DB_NAME}: run `python -m app build` first "
              "(or pass --data DIR).", file=sys.stderr)
        return 1
    try:
        assets.copy_assets()
    except assets.AssetsError as exc:
        print(f"Cannot serve the map offline: {exc}", file=sys.stderr)
        return 1
    env = dict(os.environ)
    env[data.ENV_DATA_DIR] = str(data_dir)
    env[ENV_ADDRESS] = args.address
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(data.REPO_ROOT), env.get("PYTHONPATH")]))
    print(f"Dashboard on http://{args.address}:{args.port}/ (data: {data_dir}); Ctrl+C stops it.")
    process = subprocess.Popen(streamlit_command(args.port, args.address, getattr(args, "allowed_host", [])),
                               cwd=data.REPO_ROOT, env=env)
    return _supervise(process)


def _supervise(process: subprocess.Popen, grace: float = 5) -> int:
    """Wait for Streamlit; stopping `serve` (SIGTERM, Ctrl+C) stops it too, or the port
    would stay taken by an orphan. Streamlit may ignore SIGTERM while a browser session is
    open, so it is killed after ``grace`` seconds."""
    deadline: list[float] = []

    def stop(_signum: int, _frame: object) -> None:
        # Only signal here: waiting inside a handler can deadlock with the wait below.
        process.terminate()
        deadline.append(time.monotonic() + grace)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        while True:
            try:
                return process.wait(timeout=0.5)
            except subprocess.TimeoutExpired:
                if deadline and time.monotonic() > deadline[0]:
                    process.kill()
            except KeyboardInterrupt:  # Ctrl+C reached Streamlit as well; give it a moment
                if not deadline:
                    deadline.append(time.monotonic() + grace)
    finally:
        signal.signal(signal.SIGTERM, previous)
