"""Only http(s) and mailto links stay links, in every format, whatever wrote the href: a profile, a role
pack, a theme's template or a Word template. Any other link keeps its text and loses its target."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
import tinyhtml5
from markdown_it import MarkdownIt
from support.paths import EXAMPLES

from toolkit.cli import cli
from toolkit.render import convert_html

PROFILE = EXAMPLES / "profile.yaml"
UNSAFE = [
    "file:///etc/passwd",
    "FILE://server/share/x.docx",
    "\\\\attacker.example\\share\\x",
    "javascript:alert(document.cookie)",
    " JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "ms-word:ofe|u|https://attacker.example/x.docx",
    "smb://attacker.example/share",
    "notes.html",
    "//attacker.example/x",
]
SAFE = ["https://example.com/me", "mailto:me@example.com"]


def _page(hrefs: list[str]) -> str:
    links = "".join(f'<p><a href="{href}">link {number}</a></p>' for number, href in enumerate(hrefs))
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>{links}</body></html>'
    )


def _pdf_links(data: bytes) -> list[str]:
    from pypdf import PdfReader

    found = []
    for page in PdfReader(io.BytesIO(data)).pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action is not None:
                found.append(str(action.get_object().get("/URI") or action.get_object().get("/F") or action))
    return found


def _docx_links(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        rels = [name for name in package.namelist() if name.endswith(".rels")]
        text = "".join(package.read(name).decode("utf-8") for name in rels)
    import re

    return re.findall(r'Type="[^"]*/hyperlink"[^>]*Target="([^"]*)"|Target="([^"]*)"[^>]*Type="[^"]*/hyperlink"', text)


def _markdown_links(text: str) -> list[str]:
    found = []
    for token in MarkdownIt("commonmark").parse(text):
        for child in token.children or []:
            if child.type == "link_open":
                found.append(child.attrs["href"])
    return found


@pytest.mark.parametrize("fmt", ["pdf", "docx", "md"])
def test_every_renderer_keeps_only_web_and_mail_links(fmt):
    data = convert_html(_page([*UNSAFE, *SAFE]), fmt)
    if fmt == "pdf":
        links = _pdf_links(data)
    elif fmt == "docx":
        links = ["".join(pair) for pair in _docx_links(data)]
    else:
        links = _markdown_links(data.decode("utf-8"))
    assert sorted(links) == sorted(SAFE), links
    if fmt == "md":
        assert "link 0" in data.decode("utf-8"), "a link that is dropped keeps its text"


def _theme_writing_links(tmp_path: Path) -> Path:
    folder = tmp_path / "theme"
    (folder / "templates" / "resume").mkdir(parents=True)
    (folder / "theme.yaml").write_text("description: links\n", encoding="utf-8")
    links = "".join(f'<a href="{href}">link {n}</a> ' for n, href in enumerate([*UNSAFE, *SAFE]))
    links += '<svg><a xlink:href="file:///etc/passwd"><text>svg</text></a><a href="javascript:alert(1)">x</a></svg>'
    links += '<math href="file:///etc/passwd"><mi>m</mi></math><area href="file:///x">'
    (folder / "templates" / "resume" / "document.html.j2").write_text(
        f'<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><p>{links}</p>'
        "<p>{{ doc.person.name }}</p></body></html>\n",
        encoding="utf-8",
    )
    return folder


@pytest.mark.parametrize("fmt", ["html", "pdf", "docx", "md"])
def test_a_themes_links_of_other_kinds_stay_text_in_every_format(runner, tmp_path, fmt):
    folder = _theme_writing_links(tmp_path)
    target = tmp_path / f"resume.{fmt}"
    result = runner.invoke(cli, ["resume", str(PROFILE), "--theme", str(folder), "-o", str(target)])
    assert result.exit_code == 0, result.output
    data = target.read_bytes()
    if fmt == "html":
        tree = tinyhtml5.parse(data.decode("utf-8"), namespace_html_elements=False)
        links = [
            value
            for element in tree.iter()
            if isinstance(element.tag, str)
            for key, value in element.attrib.items()
            if key.endswith("href")
        ]
    elif fmt == "pdf":
        links = _pdf_links(data)
    elif fmt == "docx":
        links = ["".join(pair) for pair in _docx_links(data)]
    else:
        links = _markdown_links(data.decode("utf-8"))
    assert links and all(link in SAFE or link.startswith("https://www.linkedin.com/") for link in links), links
