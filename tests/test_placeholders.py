"""Role-pack text filled safely: only plain {name} placeholders mean anything, the article and possessive around a
value fit it, and a wrong placeholder is named when the pack is loaded."""

from __future__ import annotations

from toolkit.placeholders import fill_placeholders, fill_plain, placeholder_problem


def test_filled_pack_text_fits_its_values():
    values = {"company": "Northside Records Services", "target": "Inpatient Coder"}
    assert (
        fill_placeholders("Apply through {company}'s careers page.", values)
        == "Apply through Northside Records Services' careers page."
    )
    assert fill_placeholders("Seeking a {target} position.", values) == "Seeking an Inpatient Coder position."
    assert fill_placeholders("A {target} is needed.", values) == "An Inpatient Coder is needed."
    assert fill_placeholders("Seeking an {target} position.", {"target": "Health Data Analyst"}) == (
        "Seeking a Health Data Analyst position."
    )
    # Only a whole-word article before the placeholder is touched.
    assert fill_placeholders("data{target}", values) == "dataInpatient Coder"
    assert (
        fill_placeholders("Thank {company}'s team", {"company": "Riverside Health"}) == "Thank Riverside Health's team"
    )
    # A pack written with a curly apostrophe keeps it.
    assert fill_placeholders("{company}’s team", {"company": "Riverside Health"}) == "Riverside Health’s team"
    assert fill_placeholders("{company}’s team", values) == "Northside Records Services’ team"


def test_a_company_named_like_a_placeholder_is_printed_as_itself():
    filled = fill_placeholders("{company} hires a {target}.", {"company": "{target}", "target": "Coder"})
    assert filled == "{target} hires a Coder."


def test_translated_text_is_filled_without_english_articles():
    assert fill_plain("Trabajar a {company}", {"company": "Acme"}) == "Trabajar a Acme"
    assert fill_placeholders("Trabajar a {company}", {"company": "Acme"}) == "Trabajar an Acme"  # what plain avoids


def test_an_unknown_placeholder_is_named_with_the_ones_the_field_knows():
    assert placeholder_problem("Join {company} as {positon}", {"company", "position"}) == (
        "unknown placeholder {positon}; this field knows {company}, {position}"
    )


def test_a_format_spec_or_attribute_access_is_refused():
    problem = placeholder_problem("{company:>300000000}", {"company"})
    assert problem is not None and "is not a plain placeholder" in problem
    assert placeholder_problem("{company.__class__}", {"company"}) is not None


def test_a_field_filled_with_nothing_refuses_any_placeholder():
    assert placeholder_problem("Hello {name}", set()) == (
        "{name} would be printed as written: this field takes no placeholders"
    )
    assert placeholder_problem("A {company} and {{braces}}", {"company"}) is not None
    assert placeholder_problem("Join {company} today", {"company"}) is None
