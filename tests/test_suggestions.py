"""Did-you-mean hints: the close name suggested whatever its case, nothing suggested when nothing is close."""

from __future__ import annotations

from toolkit.suggestions import did_you_mean, unknown_name_message


def test_a_close_name_is_suggested_as_the_choice_is_spelt():
    assert did_you_mean("Compnay", ["company", "position"]) == " (did you mean 'company'?)"
    assert did_you_mean("MODRN", ["classic", "Modern"]) == " (did you mean 'Modern'?)"


def test_nothing_is_suggested_when_no_choice_is_close():
    assert did_you_mean("zzz", ["company", "position"]) == ""
    assert did_you_mean("company", []) == ""


def test_the_message_names_the_kind_and_lists_the_choices_in_their_order():
    assert unknown_name_message("theme", "modrn", ["modern", "classic"]) == (
        "unknown theme 'modrn' (did you mean 'modern'?); choose from: modern, classic"
    )
