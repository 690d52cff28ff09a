"""Word files given as templates: fields that name themselves and nothing else, and a filled template's
parts held to an allow-list (no HTML chunk, embedded object or outside link comes through)."""

from __future__ import annotations

import re

import pytest
from support.paths import EXAMPLES
from support.word_files import LETTERHEAD, RELS, add_to_header, members, paragraph_template, rezip

from toolkit.cli import cli

PROFILE = EXAMPLES / "profile.yaml"


def _field(*parts: str) -> str:
    """A complex field: ``{`` and ``}`` in ``parts`` open and close fields, anything else is instruction text."""
    xml = []
    for part in parts:
        if part in ("{", "}", "|"):
            kind = {"{": "begin", "}": "end", "|": "separate"}[part]
            xml.append(f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>')
        elif part.startswith("="):
            xml.append(f"<w:r><w:t>{part[1:]}</w:t></w:r>")  # a result, shown until the field is updated
        else:
            xml.append(f'<w:r><w:instrText xml:space="preserve">{part}</w:instrText></w:r>')
    return "".join(xml)


NESTED_FIELDS = {
    "name and address from nested fields": _field(
        "{", "{", 'QUOTE "INCLUDEPICTURE"', "|", "=INCLUDEPICTURE", "}", " ",
        "{", 'QUOTE "http://127.0.0.1:9/x.png"', "|", "=http://127.0.0.1:9/x.png", "}", "|", "=cached", "}",
    ),
    "half the name from a nested field": _field(
        "{", "{", 'QUOTE "INCLUDE"', "|", "=INCLUDE", "}", 'PICTURE "http://127.0.0.1:9/x.png"', "}"
    ),
    "only a nested field": _field("{", "{", 'QUOTE "DDEAUTO"', "}", "}"),
    "no name at all": _field("{", "  ", "|", "=x", "}"),
    "a deleted name that rejecting the change restores": (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:del w:id="1" w:author="a"><w:r>'
        '<w:delInstrText xml:space="preserve">INCLUDETEXT "c:\\\\x.docx" </w:delInstrText></w:r></w:del>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    ),
    "a web link field to a file share": (
        "<w:fldSimple w:instr='HYPERLINK \"\\\\\\\\attacker.example\\\\share\\\\x.docx\"'/>"
    ),
    "a web link field to a local file": _field("{", 'HYPERLINK "file:///C:/Windows/win.ini" \\o "tip"', "}"),
}  # fmt: skip


@pytest.mark.parametrize("how", list(NESTED_FIELDS))
def test_a_field_that_does_not_name_itself_or_links_elsewhere_is_refused_in_a_reference(runner, tmp_path, how):
    reference = add_to_header(LETTERHEAD, tmp_path / "reference.docx", NESTED_FIELDS[how])
    target = tmp_path / "resume.docx"
    result = runner.invoke(cli, ["resume", str(PROFILE), "--docx-template", str(reference), "-o", str(target)])
    assert result.exit_code == 1, result.output
    assert "word/header1.xml: holds a" in result.output and "Ctrl+Shift+F9" in result.output
    assert "Traceback" not in result.output and not target.exists()


@pytest.mark.parametrize("how", list(NESTED_FIELDS))
def test_a_field_that_does_not_name_itself_or_links_elsewhere_is_refused_in_a_fill_template(runner, tmp_path, how):
    template = paragraph_template(tmp_path / "template.docx", "{{ person.name }}")
    document = members(template)["word/document.xml"].decode()
    document = document.replace("</w:body>", f"<w:p>{NESTED_FIELDS[how]}</w:p></w:body>").replace(
        "<w:sectPr", f"<w:p>{NESTED_FIELDS[how]}</w:p><w:sectPr", 1
    )
    rezip(template, tmp_path / "hostile.docx", replace={"word/document.xml": document.encode()})
    target = tmp_path / "resume.docx"
    result = runner.invoke(
        cli, ["resume", str(PROFILE), "--word-template", str(tmp_path / "hostile.docx"), "-o", str(target)]
    )
    assert result.exit_code == 1, result.output
    assert "word/document.xml: holds a" in result.output
    assert not target.exists()


def test_web_and_mail_link_fields_and_ordinary_fields_still_pass(runner, tmp_path):
    fields = (
        '<w:fldSimple w:instr=\'HYPERLINK "https://example.com/" \\o "tip"\'/>'
        "<w:fldSimple w:instr='HYPERLINK \\l \"top\"'/>"
        "<w:fldSimple w:instr='HYPERLINK \"mailto:jobs@example.com\"'/>"
        + _field("{", "PAGE", "|", "=1", "}")
        + _field("{", "IF ", "{", "PAGE", "}", ' = 1 "first" "other"', "}")
    )
    reference = add_to_header(LETTERHEAD, tmp_path / "reference.docx", fields)
    target = tmp_path / "resume.docx"
    result = runner.invoke(cli, ["resume", str(PROFILE), "--docx-template", str(reference), "-o", str(target)])
    assert result.exit_code == 0, result.output
    # Passed through, not dropped: the resume's header still holds the links and page numbers.
    headers = "".join(
        xml.decode() for name, xml in members(target).items() if re.fullmatch(r"word/header\d+\.xml", name)
    )
    assert "HYPERLINK &quot;https://example.com/&quot;" in headers and "HYPERLINK \\l &quot;top&quot;" in headers
    assert "HYPERLINK &quot;mailto:jobs@example.com&quot;" in headers
    assert headers.count(">PAGE</w:instrText>") == 2 and "Riverside Health" in headers


# --- a fill template's parts --------------------------------------------------------------------------

_HTML_CHUNK = (
    b'<html><body><img src="http://127.0.0.1:9/beacon.png"><img src="\\\\attacker.example\\share\\b.png">'
    b"<p>CHUNK-TEXT</p></body></html>"
)
_OLE_RUN = (
    '<w:r><w:object xmlns:o="urn:schemas-microsoft-com:office:office">'
    '<o:OLEObject Type="Embed" ProgID="Package" ShapeID="_x0000_i1025" DrawAspect="Icon" ObjectID="_1" '
    'r:id="rIdOle"/></w:object></w:r>'
)


def _hostile_fill_template(tmp_path):
    template = paragraph_template(tmp_path / "template.docx", "{{ person.name }}", "Shared at LINK-TEXT")
    parts = members(template)
    document = parts["word/document.xml"].decode()
    document = document.replace(
        "<w:t>Shared at LINK-TEXT</w:t></w:r>",
        '<w:t>Shared at </w:t></w:r><w:hyperlink r:id="rIdUnc"><w:r><w:t>LINK-TEXT</w:t></w:r></w:hyperlink>'
        + _OLE_RUN,
    ).replace("<w:sectPr", '<w:altChunk r:id="rIdChunk"/><w:sectPr', 1)
    rels = (
        parts["word/_rels/document.xml.rels"]
        .decode()
        .replace(
            "</Relationships>",
            f'<Relationship Id="rIdUnc" Type="{RELS}/hyperlink" Target="file://attacker.example/share/x.docx" '
            'TargetMode="External"/>'
            f'<Relationship Id="rIdChunk" Type="{RELS}/aFChunk" Target="afchunk.htm"/>'
            f'<Relationship Id="rIdOle" Type="{RELS}/oleObject" Target="embeddings/oleObject1.bin"/>'
            "</Relationships>",
        )
    )
    types = (
        parts["[Content_Types].xml"]
        .decode()
        .replace(
            "</Types>",
            '<Default Extension="htm" ContentType="text/html"/>'
            '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/></Types>',
        )
    )
    return rezip(
        template,
        tmp_path / "hostile.docx",
        replace={
            "word/document.xml": document.encode(),
            "word/_rels/document.xml.rels": rels.encode(),
            "[Content_Types].xml": types.encode(),
        },
        add={"word/afchunk.htm": _HTML_CHUNK, "word/embeddings/oleObject1.bin": b"\xd0\xcf\x11\xe0OLE-PACKAGE"},
    )


@pytest.mark.slow  # Word documents rendered through the CLI, or a fresh process
def test_a_filled_template_keeps_no_html_chunk_embedded_object_or_file_link(runner, tmp_path):
    template = _hostile_fill_template(tmp_path)
    target = tmp_path / "resume.docx"
    result = runner.invoke(cli, ["resume", str(PROFILE), "--word-template", str(template), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert "is left out" in result.output and "import, open or run" in result.output
    parts = members(target.read_bytes())
    names = " ".join(parts).lower()
    assert "afchunk" not in names and "embeddings" not in names and "oleobject" not in names
    everything = b"".join(parts.values())
    for planted in (b"altChunk", b"OLEObject", b"OLE-PACKAGE", b"CHUNK-TEXT", b"127.0.0.1", b"attacker.example"):
        assert planted not in everything, planted
    document = parts["word/document.xml"].decode()
    assert "LINK-TEXT" in document and "Maya Robinson" in document, "the link's text and the filled values stay"
    rels = "".join(text.decode() for name, text in parts.items() if name.endswith(".rels"))
    outside = re.findall(r'<Relationship [^>]*TargetMode="External"[^>]*>', rels)
    assert all(re.search(r'Target="(https?://|mailto:)', relationship) for relationship in outside), outside


_VML_LINK = (
    '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" href="file://attacker.example/share/x.docx" '
    'style="width:10pt;height:10pt"/></w:pict></w:r>'
)


@pytest.mark.slow  # Word documents rendered through the CLI, or a fresh process
def test_a_vml_shapes_link_follows_the_link_rule_in_a_reference_and_a_fill_template(runner, tmp_path):
    reference = add_to_header(LETTERHEAD, tmp_path / "reference.docx", _VML_LINK)
    target = tmp_path / "resume.docx"
    result = runner.invoke(cli, ["resume", str(PROFILE), "--docx-template", str(reference), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert all(b"attacker.example" not in data for data in members(target.read_bytes()).values())

    template = paragraph_template(tmp_path / "template.docx", "{{ person.name }}")
    document = (
        members(template)["word/document.xml"].decode().replace("<w:sectPr", f"<w:p>{_VML_LINK}</w:p><w:sectPr", 1)
    )
    rezip(template, tmp_path / "hostile.docx", replace={"word/document.xml": document.encode()})
    result = runner.invoke(
        cli, ["resume", str(PROFILE), "--word-template", str(tmp_path / "hostile.docx"), "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    assert all(b"attacker.example" not in data for data in members(target.read_bytes()).values())


def test_a_style_id_holding_a_quote_is_compared_not_read_as_a_path(runner, tmp_path):
    # A reference whose look is set on its text and whose stock heading style's id holds an apostrophe: jobkit's
    # style takes the stock one's place without building an XPath from the id (it raised SyntaxError).
    import docx
    from docx.shared import Pt

    plain = tmp_path / "plain.docx"
    document = docx.Document()
    for text, size in (("Jordan Lee", 18), ("Line Cook at Harbor House", 11), ("Kept the line stocked.", 10)):
        run = document.add_paragraph().add_run(text)
        run.font.name, run.font.size = "Georgia", Pt(size)
    document.save(plain)
    styles = members(plain)["word/styles.xml"].replace(b'w:styleId="Heading1"', b'w:styleId="Head\'ing1"')
    reference = rezip(plain, tmp_path / "quoted.docx", replace={"word/styles.xml": styles})
    out = tmp_path / "resume.docx"
    result = runner.invoke(cli, ["resume", str(PROFILE), "--docx-template", str(reference), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Maya Robinson" in " ".join(paragraph.text for paragraph in docx.Document(str(out)).paragraphs)
