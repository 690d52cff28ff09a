"""The preview server against other users of the computer: idle connections are closed and capped, so
they cannot keep the page from its reader, and the secret address is never on a command line."""

from __future__ import annotations

import os
import socket
import stat
import threading
import time
import urllib.request

import pytest
from support.paths import EXAMPLES

from toolkit.cli import cli
from toolkit.preview import PreviewPage, PreviewServer, browser_start_file


@pytest.fixture
def server():
    page = PreviewPage()
    page.show("<!DOCTYPE html><html><body><p>the page</p></body></html>")
    running = PreviewServer(page, port=0, idle_seconds=1, max_connections=8)
    yield running
    running.close()


def _idle_connection(server: PreviewServer) -> socket.socket:
    return socket.create_connection(("127.0.0.1", server.port), timeout=10)


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as answer:
        return answer.read().decode("utf-8")


def test_an_idle_connection_is_closed(server):
    connection = _idle_connection(server)
    started = time.monotonic()
    assert connection.recv(1) == b""  # closed by the server, not by our own 10 s timeout
    assert time.monotonic() - started < 5
    connection.close()


def test_a_connection_sending_a_byte_at_a_time_is_closed_too(server):
    connection = _idle_connection(server)
    connection.sendall(b"GET /")
    assert connection.recv(1) == b""
    connection.close()


def test_idle_connections_past_the_cap_use_no_threads_and_do_not_keep_the_page_from_its_reader(server):
    before = threading.active_count()
    held = [_idle_connection(server) for _ in range(60)]
    try:
        time.sleep(0.3)
        assert threading.active_count() - before <= 8 + 2
        assert "the page" in _get(server.url)
        assert _get(server.url + "version") == "1"
    finally:
        for connection in held:
            connection.close()


def test_the_browser_is_opened_on_a_private_file_never_on_the_secret_address(runner, tmp_path, monkeypatch):
    import webbrowser

    import toolkit.watch

    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *args, **kwargs: opened.append(url) or True)
    files: list[tuple[str, int, str]] = []

    def look_then_stop(*args, **kwargs):
        path = opened[0].removeprefix("file://")
        files.append((path, stat.S_IMODE(os.stat(path).st_mode), open(path, encoding="utf-8").read()))

    monkeypatch.setattr(toolkit.watch, "watch_and_render", look_then_stop)
    result = runner.invoke(cli, ["preview", str(EXAMPLES / "profile.yaml"), "--port", "0", "--open"])
    assert result.exit_code == 0, result.output
    url = result.output.split("preview at ", 1)[1].split()[0]
    token = url.rstrip("/").rsplit("/", 1)[-1]
    assert opened and opened[0].startswith("file://") and token not in opened[0]
    path, mode, text = files[0]
    assert mode == 0o600 and url in text
    assert not os.path.exists(path), "the file goes when the command ends"


def test_the_start_file_escapes_the_address():
    path = browser_start_file('http://127.0.0.1:1/a"><script>x</script>/')
    text = path.read_text(encoding="utf-8")
    assert "<script>" not in text
    path.unlink()
