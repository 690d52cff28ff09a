"""A theme's tokens: colours in one spelling, only shipped fonts, type in Word's half points, 'none' for no line,
every token documented, and what is dumped validates again."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError as PydanticValidationError
from support.paths import EXAMPLES

from toolkit.models.theme import ThemeTokens


def test_every_token_is_documented():
    text = (EXAMPLES.parent / "docs" / "themes.md").read_text(encoding="utf-8")
    for name, field in ThemeTokens.model_fields.items():
        group = field.annotation
        if isinstance(group, type) and hasattr(group, "model_fields"):
            for leaf in group.model_fields:
                assert f"`{name}.{leaf}`" in text, f"{name}.{leaf} is missing from docs/themes.md"
        else:
            assert f"`{name}`" in text, f"{name} is missing from docs/themes.md"


def test_colours_and_fonts_are_kept_in_one_spelling():
    tokens = ThemeTokens.model_validate({"font": " lato ", "text": {"colour": "#abc", "muted": "#1d1d1f"}})
    assert (tokens.font, tokens.text.colour, tokens.text.muted) == ("Lato", "#AABBCC", "#1D1D1F")


@pytest.mark.parametrize(
    "tokens, message",
    [
        ({"text": {"colour": "red"}}, "expected a colour as #rrggbb"),
        ({"header": {"band": None}}, 'expected a colour such as "#1d1d1f" in quotes, or none'),
        ({"text": {"size": 9.6}}, "Word sets type in half points: use 9.5"),
        ({"font": "Arial"}, "font 'Arial' is not one jobkit ships; choose from: Lato"),
    ],
)
def test_a_token_jobkit_cannot_honour_is_refused_with_the_fix(tokens, message):
    with pytest.raises(PydanticValidationError, match=re.escape(message)):
        ThemeTokens.model_validate(tokens)


def test_none_draws_no_line_and_dumped_tokens_validate_again():
    tokens = ThemeTokens.model_validate({"header": {"rule": "none", "band": "none"}, "section_title": {"rule": None}})
    assert tokens.header.rule is None and tokens.header.band is None and tokens.section_title.rule is None
    dumped = tokens.model_dump()
    assert dumped["header"]["rule"] == "none"
    assert ThemeTokens.model_validate(dumped) == tokens
