"""jobkit preview: the resume's HTML on 127.0.0.1 under a random path, a new version on each save, errors shown."""

from __future__ import annotations

import re
import socket
import struct
import time
import urllib.error
import urllib.request

import pytest
from support.editing import EditingSleep, save

import toolkit.preview
import toolkit.watch
from toolkit.cli import cli
from toolkit.errors import JobkitError, Location
from toolkit.preview import PreviewPage, PreviewServer


def _get(url: str, host: str | None = None) -> tuple[int, dict[str, str], str]:
    request = urllib.request.Request(url, headers={"Host": host} if host else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, dict(answer.headers), answer.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode("utf-8")


@pytest.fixture
def server():
    page = PreviewPage()
    page.show("<!DOCTYPE html><html><body><h1>Maya Robinson</h1></body></html>")
    running = PreviewServer(page, port=0)
    yield running
    running.close()


def test_the_page_is_served_only_at_its_random_address_with_a_reload_script_the_policy_allows(server):
    status, headers, body = _get(server.url)
    assert status == 200 and "<h1>Maya Robinson</h1>" in body
    nonce = re.search(r'<script nonce="([^"]+)">', body).group(1)
    assert f"script-src 'nonce-{nonce}'" in headers["Content-Security-Policy"]
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert body.index("<script") < body.index("</body>")
    assert _get(server.url + "version")[2] == "1"
    base = server.url.rsplit("/", 2)[0]
    assert base.startswith("http://127.0.0.1:")
    for path in ("/", "/version", "/" + "x" * 22 + "/", server.url.split("/")[-2] + "/../etc/passwd"):
        assert _get(base + (path if path.startswith("/") else "/" + path))[0] == 404


def test_a_page_that_points_another_name_at_this_computer_gets_nothing(server):
    status, _, body = _get(server.url, host=f"attacker.example:{server.port}")
    assert status == 403 and "Maya" not in body


def test_an_error_page_shows_the_located_problems_as_text(server):
    error = JobkitError("month must be 1-12 (got 2020-13)", Location("p.yaml", 3, 5, "work[0].startDate"))
    server.page.show_error(error, [])
    body = _get(server.url)[2]
    assert "p.yaml:3:5: work[0].startDate: month must be 1-12 (got 2020-13)" in body
    server.page.show_error(JobkitError("<script>alert(1)</script>"), [])
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in _get(server.url)[2]
    assert _get(server.url + "version")[2] == "3"


@pytest.mark.slow
def test_preview_shows_each_save_and_a_broken_save_located_on_the_page(runner, example_profile, monkeypatch):
    servers: list[PreviewServer] = []

    class RecordedServer(PreviewServer):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            servers.append(self)

    monkeypatch.setattr(toolkit.preview, "PreviewServer", RecordedServer)
    text = example_profile.read_text(encoding="utf-8")
    seen: list[tuple[str, str]] = []

    def look():
        seen.append((_get(servers[0].url + "version")[2], _get(servers[0].url)[2]))

    sleep = EditingSleep(
        {
            1: lambda: (look(), save(example_profile, text.replace("2022-03", "2022-13"))),
            2: lambda: (look(), save(example_profile, text.replace("Maya Robinson", "Maya Q. Robinson"))),
            3: look,
        }
    )
    real_loop = toolkit.watch.watch_and_render
    monkeypatch.setattr(
        toolkit.watch, "watch_and_render", lambda *args, **kwargs: real_loop(*args, **kwargs, sleep=sleep, max_polls=3)
    )
    result = runner.invoke(cli, ["preview", str(example_profile), "--port", "0"])

    assert result.exit_code == 0, result.output
    assert re.search(r"preview at http://127\.0\.0\.1:\d+/[\w-]{22}/", result.output)
    assert [version for version, _ in seen] == ["1", "2", "3"]
    assert "<title>Maya Robinson – Resume</title>" in seen[0][1]
    assert "work[0].startDate: month must be 1-12 (got 2022-13)" in seen[1][1]
    assert "Maya Q. Robinson" in seen[2][1]
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(servers[0].url, timeout=2)  # closed when the command ends


def _hang_up_mid_answer(url: str) -> None:
    """Ask for the page and reset the connection at once, as a browser does when its tab closes."""
    host, port = url.split("/")[2].split(":")
    path = "/" + url.split("/", 3)[3]
    connection = socket.create_connection((host, int(port)), timeout=10)
    connection.sendall(f"GET {path} HTTP/1.0\r\nHost: {host}\r\n\r\n".encode("ascii"))
    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close with a reset
    connection.close()


def test_a_browser_that_hangs_up_mid_answer_leaves_no_traceback_and_the_page_still_serves(server, capfd):
    server.page.show("<!DOCTYPE html><html><body>" + "<p>Maya Robinson</p>" * 400_000 + "</body></html>")
    for _ in range(3):
        _hang_up_mid_answer(server.url)
    deadline = time.monotonic() + 10
    while server.server._open and time.monotonic() < deadline:  # each hung-up connection is finished with
        time.sleep(0.05)
    assert not server.server._open
    assert _get(server.url + "version")[2] == "2"
    error = capfd.readouterr().err
    assert "Traceback" not in error and "Error" not in error, error


def test_a_fault_in_the_server_itself_is_still_printed(server, capfd, monkeypatch):
    def broken_snapshot():
        raise ValueError("page state lost")

    monkeypatch.setattr(server.page, "snapshot", broken_snapshot)
    with pytest.raises((urllib.error.URLError, ConnectionError)):
        _get(server.url)
    seen, deadline = "", time.monotonic() + 10
    while "page state lost" not in seen and time.monotonic() < deadline:
        time.sleep(0.05)
        seen += capfd.readouterr().err
    assert "ValueError: page state lost" in seen
