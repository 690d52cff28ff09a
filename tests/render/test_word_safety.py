"""Fields in a user's Word file: one that only shows a value passes; one that could fetch a file or run a program
is refused by name, however its instruction is split across runs or hidden behind a nested field."""

from __future__ import annotations

import pytest
from lxml import etree

from toolkit.errors import InputFileError, Location
from toolkit.render.word_safety import NESTED_FIELD, field_instructions, refuse_unsafe_fields

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _body(inner: str):
    return etree.fromstring(f"<w:body {NS}><w:p>{inner}</w:p></w:body>")


def _complex(*parts: str) -> str:
    """A complex field whose instruction is written in several runs."""
    runs = "".join(f"<w:r><w:instrText>{part}</w:instrText></w:r>" for part in parts)
    return f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>{runs}<w:r><w:fldChar w:fldCharType="end"/></w:r>'


def test_an_instruction_split_across_runs_is_read_whole():
    assert field_instructions(_body(_complex("INCLUDE", 'PICTURE "http://x/a.png"'))) == [
        'INCLUDEPICTURE "http://x/a.png"'
    ]


def test_a_field_nested_in_anothers_instruction_is_listed_and_marked():
    inner = '<w:fldSimple w:instr="QUOTE INCLUDEPICTURE"/>'
    body = _body(
        f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>{inner}<w:r><w:instrText> "http://x"</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    assert field_instructions(body) == ["QUOTE INCLUDEPICTURE", f'{NESTED_FIELD} "http://x"']


@pytest.mark.parametrize(
    "inner, problem",
    [
        ('<w:fldSimple w:instr=" DDEAUTO excel x"/>', "holds a DDEAUTO field (DDEAUTO excel x)"),
        (_complex("INCLUDE", 'PICTURE "http://x/a.png"'), "holds a INCLUDEPICTURE field"),
        ('<w:fldSimple w:instr="HYPERLINK &quot;file:///etc/passwd&quot;"/>', "HYPERLINK field to something other"),
        ('<w:fldSimple w:instr="   "/>', "holds a field whose name is missing"),
    ],
)
def test_a_field_that_could_act_is_refused_naming_it_and_the_fix(inner, problem):
    with pytest.raises(InputFileError) as caught:
        refuse_unsafe_fields(_body(inner), Location("letterhead.docx", field="word/header1.xml"))
    message = str(caught.value)
    assert message.startswith("letterhead.docx: word/header1.xml: ") and problem in message
    assert "Ctrl+Shift+F9" in message


@pytest.mark.parametrize(
    "instruction", ["PAGE", " NUMPAGES ", 'HYPERLINK "https://example.com"', 'HYPERLINK "mailto:a@example.com"']
)
def test_a_field_that_only_shows_a_value_or_a_web_link_passes(instruction):
    refuse_unsafe_fields(_body(f'<w:fldSimple w:instr="{instruction.replace(chr(34), "&quot;")}"/>'), Location())
