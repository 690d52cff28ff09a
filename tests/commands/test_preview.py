"""The preview command: the resume on 127.0.0.1 at an address only this run prints, a new version on each save, a
broken save or a misspelt field shown located on the page, the server closed when the command ends."""

from __future__ import annotations

import re
import urllib.error
import urllib.request

import pytest
from support.editing import EditingSleep, save
from support.served import get

import toolkit.preview
import toolkit.watch
from toolkit.cli import cli
from toolkit.preview import PreviewServer


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
        seen.append((get(servers[0].url + "version")[2], get(servers[0].url)[2]))

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


def test_the_preview_command_shows_a_misspelt_field_on_the_page(runner, example_profile, monkeypatch):
    import urllib.request

    text = example_profile.read_text(encoding="utf-8")
    example_profile.write_text(text.replace("    highlights:", "    hightlights:", 1), encoding="utf-8")
    servers: list[PreviewServer] = []
    pages: list[str] = []

    class RecordedServer(PreviewServer):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            servers.append(self)

    def look(_seconds: float) -> None:
        with urllib.request.urlopen(servers[0].url, timeout=10) as answer:
            pages.append(answer.read().decode("utf-8"))

    monkeypatch.setattr(toolkit.preview, "PreviewServer", RecordedServer)
    real_loop = toolkit.watch.watch_and_render
    monkeypatch.setattr(
        toolkit.watch, "watch_and_render", lambda *args, **kwargs: real_loop(*args, **kwargs, sleep=look, max_polls=1)
    )
    result = runner.invoke(cli, ["preview", str(example_profile), "--port", "0"])
    assert result.exit_code == 0, result.output
    assert "1 warning" in pages[0] and "work[0].hightlights: unknown field" in pages[0]
    assert pages[0].index("hightlights") < pages[0].index("Maya Robinson</h1>")
