"""`python -m app serve [--data DIR] [--port N]`: copy the map assets, then run Streamlit.

Streamlit runs in a child process from the repository root (so it reads
.streamlit/config.toml); the data folder reaches the page through MXMAP_DATA_DIR.
"""
from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from app.dashboard import assets, data
from app.store import DB_NAME

APP_SCRIPT = Path(__file__).resolve().parent / "streamlit_app.py"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", type=Path, default=data.DEFAULT_DATA_DIR,
                        help=f"folder holding {DB_NAME} (default: data/)")
    parser.add_argument("--port", type=int, default=8501, help="port to listen on (default 8501)")
    parser.add_argument("--address", default="localhost",
                        help="address to listen on (default localhost; 0.0.0.0 to share on the network)")


def streamlit_command(port: int, address: str) -> list[str]:
    return [sys.executable, "-m", "streamlit", "run", str(APP_SCRIPT),
            "--server.port", str(port), "--server.address", address,
            "--server.headless", "true", "--server.enableStaticServing", "true",
            "--server.enableWebsocketCompression", "true", "--server.fileWatcherType", "none",
            "--browser.gatherUsageStats", "false"]


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
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(data.REPO_ROOT), env.get("PYTHONPATH")]))
    print(f"Dashboard on http://{args.address}:{args.port}/ (data: {data_dir}); Ctrl+C stops it.")
    process = subprocess.Popen(streamlit_command(args.port, args.address), cwd=data.REPO_ROOT, env=env)
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
