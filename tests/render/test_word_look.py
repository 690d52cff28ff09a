"""A reference document's look put into the output's styles (toolkit/render/word_look.py)."""

from __future__ import annotations

from docx import Document

from toolkit.inputs.word_look import DirectLook, TextLook
from toolkit.render.word_look import apply_direct_look, jobkit_looks


def test_the_look_goes_into_named_styles_so_the_document_stays_restylable():
    document = Document()
    look = DirectLook(
        body=TextLook(font="Arial", size=12.0),
        unused_styles=frozenset(),
        heading=TextLook(font="Georgia", size=15.0, bold=True),
    )
    apply_direct_look(document.styles.element, look, set(), jobkit_looks(document))
    normal, heading = document.styles["Normal"], document.styles["Heading 1"]
    assert (normal.font.name, normal.font.size.pt) == ("Arial", 12.0)
    assert (heading.font.name, heading.font.size.pt, heading.font.bold) == ("Georgia", 15.0, True)
