"""Output format names as users type them: any case, a leading dot, the common aliases; anything else refused
with the list to choose from."""

from __future__ import annotations

import pytest

from toolkit.errors import UnknownNameError
from toolkit.render.formats import FORMATS, check_format


@pytest.mark.parametrize(
    ("typed", "meant"), [("PDF", "pdf"), (".docx", "docx"), ("markdown", "md"), ("text", "txt"), ("htm", "html")]
)
def test_a_format_is_read_as_typed(typed, meant):
    assert check_format(typed) == meant


def test_every_format_names_itself():
    assert [check_format(fmt) for fmt in FORMATS] == list(FORMATS)


def test_an_unknown_format_is_refused_with_a_suggestion_and_the_choices():
    with pytest.raises(UnknownNameError) as refused:
        check_format("docs")
    assert "did you mean 'docx'?" in str(refused.value) and "pdf, docx, html, md, txt" in str(refused.value)
