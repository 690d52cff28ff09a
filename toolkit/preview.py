"""`jobkit preview`: the document as HTML in a browser on this computer, reloaded on every save.

A small HTTP server on 127.0.0.1 serves the latest render under a random path
(``http://127.0.0.1:8765/<token>/``), so neither another user of the computer nor a web
page that guesses the port can read it. The page polls ``<token>/version`` and reloads
when a save has made a new version; a save with a mistake shows the located errors
instead, and the next good save shows the document again. Only those two addresses
exist; nothing is read from disk to answer a request.

The page is the same HTML the ``-f html`` output is: the shipped font travels inside it and the
page is drawn at the PDF's width with its margins, so the browser shows the PDF's lines (its page
breaks aside: the screen shows one long sheet). Warnings a render gives (a misspelt field that no
template uses) are listed at the top of the sheet, since on the page they would otherwise go unseen.
"""

from __future__ import annotations

import secrets
import socket
import sys
import threading
import time
from collections.abc import Callable, Sequence
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .errors import JobkitError
from .watch import RenderEvent

POLL_MILLISECONDS = 300
_RELOAD_SCRIPT = """<script nonce="{nonce}">
(function () {{
  var version = "{version}";
  setInterval(function () {{
    fetch("version", {{cache: "no-store"}}).then(function (answer) {{ return answer.text(); }})
      .then(function (now) {{ if (now !== version) {{ location.reload(); }} }}).catch(function () {{}});
  }}, {poll});
}})();
</script>"""


class PreviewPage:
    """The page being served: the latest HTML (or error page) and its version number, safe across threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.version = 0
        self.html = "<!DOCTYPE html><html><body><p>Rendering…</p></body></html>"

    def show(self, html: str, warnings: Sequence[str] = ()) -> None:
        """Serve ``html`` from now on, with ``warnings`` (the render's, located) listed at its top."""
        html = with_warnings(html, warnings) if warnings else html
        with self._lock:
            self.version += 1
            self.html = html

    def show_error(self, error: JobkitError, changed: Sequence[Path]) -> None:
        items = "".join(f"<li><code>{escape(str(problem))}</code></li>" for problem in error.problems)
        saved = ", ".join(path.name for path in changed) or "the input"
        self.show(
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>jobkit preview: error</title>'
            "<style>body { font: 15px/1.5 system-ui, sans-serif; margin: 2em; color: #1d1d1f }"
            " code { white-space: pre-wrap } h1 { color: #a00; font-size: 1.2em }</style></head><body>"
            f"<h1>Not rendered: {escape(saved)} has a mistake</h1><ul>{items}</ul>"
            "<p>Fix it and save; this page shows the document again.</p></body></html>"
        )

    def snapshot(self) -> tuple[int, str]:
        with self._lock:
            return self.version, self.html


_WARNINGS_STYLE = (
    "font: 13px/1.45 system-ui, sans-serif; color: #3d2c00; background: #fff4cc; border: 1px solid #e0b100; "
    "border-radius: 4px; padding: 8px 12px; margin: 0 0 16px"
)


def with_warnings(html: str, warnings: Sequence[str]) -> str:
    """``html`` with a panel listing ``warnings`` as the first thing in its body (preview only, never a file)."""
    items = "".join(f"<li><code>{escape(warning)}</code></li>" for warning in warnings)
    count = f"{len(warnings)} warning{'s' if len(warnings) != 1 else ''}"
    panel = (
        f'<aside class="jobkit-preview-warnings" role="status" style="{_WARNINGS_STYLE}">'
        f"<strong>{count}</strong> (shown in the preview only; <code>jobkit validate</code> lists them too)"
        f'<ul style="margin: 4px 0 0; padding-left: 18px">{items}</ul></aside>'
    )
    body = html.find("<body")
    at = html.find(">", body) + 1 if body != -1 else 0
    return html[:at] + panel + html[at:]


def page_with_reload(html: str, version: int, nonce: str) -> str:
    """``html`` with the script that reloads it when a new version exists, just before ``</body>``."""
    from .render.html import CONTENT_POLICY

    # The page is served with its own policy, which lets this script run; the stricter one in the
    # document would stop it (a browser applies both).
    html = html.replace(CONTENT_POLICY, "", 1)
    script = _RELOAD_SCRIPT.format(nonce=nonce, version=version, poll=POLL_MILLISECONDS)
    at = html.rfind("</body>")
    return html[:at] + script + html[at:] if at != -1 else html + script


IDLE_SECONDS = 10  # a connection that sends nothing for this long is closed
MAX_CONNECTIONS = 32  # the browser needs two or three at a time


class _BoundedServer(ThreadingHTTPServer):
    """One thread per connection, at most ``MAX_CONNECTIONS`` of them: a newcomer past the cap closes the
    connection that has gone longest without asking for the page, so idle connections held by someone
    without the address cannot keep the page from its reader, nor use up threads."""

    daemon_threads = True
    block_on_close = False
    request_queue_size = 128  # the kernel's queue of connections not yet accepted (5 by default)

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], max_connections: int):
        self.max_connections = max_connections
        self._open: dict[socket.socket, tuple[bool, float]] = {}  # connection -> (asked for the page, since)
        self._lock = threading.Lock()
        super().__init__(address, handler)

    def process_request(self, request, client_address) -> None:
        with self._lock:
            if len(self._open) >= self.max_connections:
                victim = min(self._open, key=lambda connection: self._open[connection])  # strangers, oldest first
                del self._open[victim]
                _hang_up(victim)
            self._open[request] = (False, time.monotonic())
        super().process_request(request, client_address)

    def mark_reader(self, request: socket.socket) -> None:
        """``request`` asked for the page at its secret address: evicted only after every stranger."""
        with self._lock:
            if request in self._open:
                self._open[request] = (True, time.monotonic())

    def handle_error(self, request, client_address) -> None:
        """A browser that closed its tab or reloaded mid-answer is no error; anything else is still printed."""
        if isinstance(sys.exc_info()[1], ConnectionError):  # broken pipe, reset or aborted by the other end
            return
        super().handle_error(request, client_address)

    def shutdown_request(self, request) -> None:
        with self._lock:
            self._open.pop(request, None)
        super().shutdown_request(request)


def _hang_up(connection: socket.socket) -> None:
    """End a connection another thread is reading: its read returns at once, and that thread closes it."""
    try:
        connection.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


class PreviewServer:
    """The local server: ``url`` to open, ``close()`` to stop. Serves ``page`` only, under a random token.

    A connection idle for ``idle_seconds`` is closed, and at most ``max_connections`` are open at once.
    """

    def __init__(
        self,
        page: PreviewPage,
        port: int = 0,
        *,
        idle_seconds: float = IDLE_SECONDS,
        max_connections: int = MAX_CONNECTIONS,
    ):
        self.page = page
        self.token = secrets.token_urlsafe(16)
        handler = _handler_for(self, idle_seconds)
        try:
            self.server = _BoundedServer(("127.0.0.1", port), handler, max_connections)
        except OSError as error:
            raise JobkitError(
                f"cannot listen on 127.0.0.1:{port}: {error.strerror or error}; choose another --port"
            ) from None
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/{self.token}/"
        # shutdown() waits for the loop's next look at its flag: 0.1 s rather than the default 0.5 s on Ctrl-C.
        self._thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.1}, name="jobkit-preview", daemon=True
        )
        self._thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _handler_for(preview: PreviewServer, idle_seconds: float) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "jobkit-preview"
        sys_version = ""
        timeout = idle_seconds  # each read and write of the connection; HTTP/1.0: one request a connection

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            base = f"/{preview.token}/"
            host = (self.headers.get("Host") or "").rsplit(":", 1)[0]
            if host not in {"127.0.0.1", "localhost"}:  # a page elsewhere that points a name at 127.0.0.1
                self._answer(403, "text/plain", b"forbidden\n")
                return
            version, html = preview.page.snapshot()
            # Compared in constant time: how long a wrong guess takes says nothing of the address.
            page, version_path = _same(self.path, base), _same(self.path, base + "version")
            if page or version_path:
                preview.server.mark_reader(self.connection)
            if page:
                nonce = secrets.token_urlsafe(12)
                body = page_with_reload(html, version, nonce).encode("utf-8")
                policy = (
                    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
                    f"connect-src 'self'; script-src 'nonce-{nonce}'; base-uri 'none'; form-action 'none'"
                )
                self._answer(200, "text/html; charset=utf-8", body, policy)
            elif version_path:
                self._answer(200, "text/plain", str(version).encode("ascii"))
            else:
                self._answer(404, "text/plain", b"not found\n")

        def _answer(self, status: int, kind: str, body: bytes, policy: str = "default-src 'none'") -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.send_header("Content-Security-Policy", policy)
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Referrer-Policy", "no-referrer")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (http.server's name)
            pass  # requests are not news; renders are reported by the caller

    return Handler


def _same(path: str, expected: str) -> bool:
    return secrets.compare_digest(path.encode("utf-8", "surrogatepass"), expected.encode("utf-8"))


def preview_page(html: str, fmt: str, template: object = None) -> bytes:
    """The preview's ``convert``: the HTML as ``-f html`` writes it, but with the whole font faces, which cost
    nothing once a process has read them (cutting them to the page's characters costs 0.2 s a save)."""
    from .render.html import with_content_policy
    from .render.screen import with_embedded_fonts

    return with_content_policy(with_embedded_fonts(html, whole_faces=True)).encode("utf-8")


def preview_renders(
    render_html: Callable[[], tuple[str, Sequence[Path], Sequence[str]]], page: PreviewPage
) -> Callable[[], list]:
    """A ``watch_and_render`` render function that puts each new HTML, with its warnings, on ``page``;
    returns the files read."""

    def render() -> list[Path]:
        html, read, warnings = render_html()
        page.show(html, warnings)
        return list(read)

    return render


def on_preview_event(page: PreviewPage, report: Callable[[RenderEvent], None]) -> Callable[[RenderEvent], None]:
    """Show a failed render's errors on the page as well as reporting the event."""

    def handle(event: RenderEvent) -> None:
        if event.error is not None:
            page.show_error(event.error, event.changed)
        report(event)

    return handle


def browser_start_file(url: str) -> Path:
    """A page only this user can read that sends a browser on to ``url``, as notebook servers do.

    Opened as ``webbrowser.open(path.as_uri())``, the browser's command line, which every user
    of the computer can read, names this file, never the secret address. It is made in jobkit's
    own temporary folder (mode 0700), which goes when the command ends.
    """
    import os
    import tempfile

    descriptor, name = tempfile.mkstemp(prefix="jobkit-preview-", suffix=".html")  # mode 0600
    address = escape(url, quote=True)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="refresh" content="0;url={address}"><title>jobkit preview</title></head>'
            f'<body><p><a href="{address}">Open the jobkit preview</a></p></body></html>\n'
        )
    return Path(name)
