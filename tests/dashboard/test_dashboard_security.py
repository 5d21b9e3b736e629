"""The served dashboard: only allowed Host names open the WebSocket (DNS rebinding), XSRF
protection on, uploads capped at 5 MB, and nothing leaves the machine at start even on
0.0.0.0. Starts the real server (`python -m app serve`) once."""
from __future__ import annotations

import base64
import os
import socket
import subprocess
import sys
import threading
import tomllib
import urllib.request
from pathlib import Path

import pytest

from app.dashboard import serve
from app.demo import synthetic_incidents
from app.store import import_records

REPO = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RecordingProxy:
    """A listener standing in for the outside world: every connection is an attempt to leave."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.port = self.sock.getsockname()[1]
        self.attempts: list[bytes] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            conn.settimeout(2)
            try:
                self.attempts.append(conn.recv(200))
            except OSError:
                self.attempts.append(b"?")
            conn.close()


def _handshake(port: int, host: str) -> str:
    """The status line of a WebSocket handshake to Streamlit's stream with this Host header."""
    key = base64.b64encode(os.urandom(16)).decode()
    request = (f"GET /_stcore/stream HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
               f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
               f"Origin: http://{host}:{port}\r\nSec-WebSocket-Protocol: streamlit\r\n\r\n")
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(request.encode())
        return sock.recv(4096).decode("latin-1").split("\r\n", 1)[0]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory):
    data = tmp_path_factory.mktemp("served")
    import_records(data, synthetic_incidents(5))
    proxy, port = RecordingProxy(), _free_port()
    env = {**os.environ, "HTTP_PROXY": f"http://127.0.0.1:{proxy.port}", "HTTPS_PROXY": f"http://127.0.0.1:{proxy.port}",
           "http_proxy": f"http://127.0.0.1:{proxy.port}", "https_proxy": f"http://127.0.0.1:{proxy.port}",
           "NO_PROXY": "", "no_proxy": ""}
    process = subprocess.Popen([sys.executable, "-m", "app", "serve", "--data", str(data), "--port", str(port),
                                "--address", "0.0.0.0"], cwd=REPO, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # our own requests go direct
    for _ in range(600):
        try:
            if opener.open(f"http://127.0.0.1:{port}/_stcore/health", timeout=1).read() == b"ok":
                break
        except OSError:
            if process.poll() is not None:
                pytest.fail(process.stdout.read())
            threading.Event().wait(0.1)
    else:
        process.kill()
        pytest.fail("the server did not start")
    yield port, proxy
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


def test_a_foreign_host_header_is_refused(served) -> None:
    port, _ = served
    assert " 101 " in _handshake(port, "localhost") + " "
    assert " 101 " in _handshake(port, "127.0.0.1") + " "
    refused = _handshake(port, "evil.example")
    assert " 101 " not in refused + " " and refused.startswith("HTTP/1.1 4"), refused


def test_nothing_leaves_the_machine_at_start_on_0_0_0_0(served) -> None:
    port, proxy = served
    _handshake(port, "localhost")  # the app has started and served a session
    assert proxy.attempts == []


def test_the_server_keeps_xsrf_on_and_caps_uploads_at_the_articles_limit() -> None:
    command = " ".join(serve.streamlit_command(8501, "0.0.0.0", ["maps.example.org"]))
    assert "--server.enableXsrfProtection true" in command and "--server.maxUploadSize 5" in command
    assert "--logger.hideWelcomeMessage true" in command
    assert "--server.allowedHosts maps.example.org" in command and "--server.allowedHosts localhost" in command
    assert "evil" not in command
    config = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["maxUploadSize"] == 5 and config["server"]["enableXsrfProtection"] is True
    assert "localhost" in config["server"]["allowedHosts"]


@pytest.mark.browser
def test_a_browser_page_under_a_foreign_host_shows_no_dashboard(served) -> None:
    """DNS rebinding as a browser sees it: evil.example resolved to 127.0.0.1."""
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("needs /usr/bin/chromium")
    port, _ = served
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                    args=["--host-resolver-rules=MAP evil.example 127.0.0.1"])
        try:
            page = browser.new_page()
            page.goto(f"http://localhost:{port}/review")
            page.get_by_text("Review incidents").first.wait_for(timeout=60_000)  # the real name works
            page.goto(f"http://evil.example:{port}/review")
            page.wait_for_timeout(5_000)
            assert page.get_by_text("Review incidents").count() == 0
            assert page.get_by_text("Undo last change").count() == 0
        finally:
            browser.close()
