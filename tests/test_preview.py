"""jobkit preview: the resume's HTML on 127.0.0.1 under a random path, a new version on each save, errors shown."""

from __future__ import annotations

import re
import socket
import struct
import time
import urllib.error
import urllib.request

import pytest
from support.served import get

from toolkit.errors import JobkitError, Location
from toolkit.preview import PreviewPage, PreviewServer


@pytest.fixture
def server():
    page = PreviewPage()
    page.show("<!DOCTYPE html><html><body><h1>Maya Robinson</h1></body></html>")
    running = PreviewServer(page, port=0)
    yield running
    running.close()


def test_the_page_is_served_only_at_its_random_address_with_a_reload_script_the_policy_allows(server):
    status, headers, body = get(server.url)
    assert status == 200 and "<h1>Maya Robinson</h1>" in body
    nonce = re.search(r'<script nonce="([^"]+)">', body).group(1)
    assert f"script-src 'nonce-{nonce}'" in headers["Content-Security-Policy"]
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert body.index("<script") < body.index("</body>")
    assert get(server.url + "version")[2] == "1"
    base = server.url.rsplit("/", 2)[0]
    assert base.startswith("http://127.0.0.1:")
    for path in ("/", "/version", "/" + "x" * 22 + "/", server.url.split("/")[-2] + "/../etc/passwd"):
        assert get(base + (path if path.startswith("/") else "/" + path))[0] == 404


def test_a_page_that_points_another_name_at_this_computer_gets_nothing(server):
    status, _, body = get(server.url, host=f"attacker.example:{server.port}")
    assert status == 403 and "Maya" not in body


def test_an_error_page_shows_the_located_problems_as_text(server):
    error = JobkitError("month must be 1-12 (got 2020-13)", Location("p.yaml", 3, 5, "work[0].startDate"))
    server.page.show_error(error, [])
    body = get(server.url)[2]
    assert "p.yaml:3:5: work[0].startDate: month must be 1-12 (got 2020-13)" in body
    server.page.show_error(JobkitError("<script>alert(1)</script>"), [])
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in get(server.url)[2]
    assert get(server.url + "version")[2] == "3"


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
    assert get(server.url + "version")[2] == "2"
    error = capfd.readouterr().err
    assert "Traceback" not in error and "Error" not in error, error


def test_a_fault_in_the_server_itself_is_still_printed(server, capfd, monkeypatch):
    def broken_snapshot():
        raise ValueError("page state lost")

    monkeypatch.setattr(server.page, "snapshot", broken_snapshot)
    with pytest.raises((urllib.error.URLError, ConnectionError)):
        get(server.url)
    seen, deadline = "", time.monotonic() + 10
    while "page state lost" not in seen and time.monotonic() < deadline:
        time.sleep(0.05)
        seen += capfd.readouterr().err
    assert "ValueError: page state lost" in seen
