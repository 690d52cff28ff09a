"""`jobkit preview`: the document as HTML in a browser on this computer, reloaded on every save.

A small HTTP server on 127.0.0.1 serves the latest render under a random path
(``http://127.0.0.1:8765/<token>/``), so neither another user of the computer nor a web
page that guesses the port can read it. The page polls ``<token>/version`` and reloads
when a save has made a new version; a save with a mistake shows the located errors
instead, and the next good save shows the document again. Only those two addresses
exist; nothing is read from disk to answer a request.

The page is the same HTML the other formats come from, so what the browser shows is what
the PDF and DOCX say (the PDF's page breaks and shipped font aside).
"""

from __future__ import annotations

import secrets
import threading
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

    def show(self, html: str) -> None:
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


def page_with_reload(html: str, version: int, nonce: str) -> str:
    """``html`` with the script that reloads it when a new version exists, just before ``</body>``."""
    from .render.html import CONTENT_POLICY

    # The page is served with its own policy, which lets this script run; the stricter one in the
    # document would stop it (a browser applies both).
    html = html.replace(CONTENT_POLICY, "", 1)
    script = _RELOAD_SCRIPT.format(nonce=nonce, version=version, poll=POLL_MILLISECONDS)
    at = html.rfind("</body>")
    return html[:at] + script + html[at:] if at != -1 else html + script


class PreviewServer:
    """The local server: ``url`` to open, ``close()`` to stop. Serves ``page`` only, under a random token."""

    def __init__(self, page: PreviewPage, port: int = 0):
        self.page = page
        self.token = secrets.token_urlsafe(16)
        handler = _handler_for(self)
        try:
            self.server = ThreadingHTTPServer(("127.0.0.1", port), handler)
        except OSError as error:
            raise JobkitError(
                f"cannot listen on 127.0.0.1:{port}: {error.strerror or error}; choose another --port"
            ) from None
        self.server.daemon_threads = True
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


def _handler_for(preview: PreviewServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "jobkit-preview"
        sys_version = ""

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            base = f"/{preview.token}/"
            host = (self.headers.get("Host") or "").rsplit(":", 1)[0]
            if host not in {"127.0.0.1", "localhost"}:  # a page elsewhere that points a name at 127.0.0.1
                self._answer(403, "text/plain", b"forbidden\n")
                return
            version, html = preview.page.snapshot()
            if self.path == base:
                nonce = secrets.token_urlsafe(12)
                body = page_with_reload(html, version, nonce).encode("utf-8")
                policy = (
                    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
                    f"connect-src 'self'; script-src 'nonce-{nonce}'; base-uri 'none'; form-action 'none'"
                )
                self._answer(200, "text/html; charset=utf-8", body, policy)
            elif self.path == base + "version":
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


def preview_renders(render_html: Callable[[], tuple[str, Sequence[Path]]], page: PreviewPage) -> Callable[[], list]:
    """A ``watch_and_render`` render function that puts each new HTML on ``page``; returns the files read."""

    def render() -> list[Path]:
        html, read = render_html()
        page.show(html)
        return list(read)

    return render


def on_preview_event(page: PreviewPage, report: Callable[[RenderEvent], None]) -> Callable[[RenderEvent], None]:
    """Show a failed render's errors on the page as well as reporting the event."""

    def handle(event: RenderEvent) -> None:
        if event.error is not None:
            page.show_error(event.error, event.changed)
        report(event)

    return handle
