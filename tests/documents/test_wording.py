"""Shared phrasing: articles, possessives, years of experience, near-duplicate lines, filled pack text."""

from __future__ import annotations

import pytest

from toolkit.documents.wording import (
    in_running_text,
    indefinite_article,
    near_duplicates,
    organization_in_sentence,
    possessive,
    without_near_duplicates,
    years_phrase,
)


@pytest.mark.parametrize(
    "phrase, article",
    [
        ("Inpatient Coder", "an"),
        ("HIM Director", "an"),
        ("RHIT", "an"),
        ("RHIA-credentialed manager", "an"),
        ("MRI Technologist", "an"),
        ("X-ray Technician", "an"),
        ("Unit Clerk", "a"),
        ("University Registrar", "a"),
        ("European Sales Lead", "a"),
        ("One-Stop Intake Officer", "a"),
        ("Hourly Associate", "an"),
        ("Health Data Analyst", "a"),
        ("CDI Specialist", "a"),
        ("HIPAA Privacy Officer", "a"),
        ("Accountant", "an"),
        ("8-hour shift", "an"),
        ("18-month contract", "an"),
        ("12-month contract", "a"),
        ("", "a"),
    ],
)
def test_indefinite_article_follows_the_sound_of_the_first_word(phrase, article):
    assert indefinite_article(phrase) == article


def test_possessive_of_a_name_ending_in_s_takes_the_apostrophe_alone():
    assert possessive("Northside Records Services") == "Northside Records Services'"
    assert possessive("Riverside Health") == "Riverside Health's"


@pytest.mark.parametrize(
    "years, phrase",
    [
        (None, ""),
        (0.9, ""),
        (1.0, "one year"),
        (1.5, "over a year"),
        (1.8, "nearly two years"),
        (6.0, "six years"),
        (6.2, "six years"),
        (6.4, "over six years"),
        (6.9, "nearly seven years"),
        (9.8, "nearly ten years"),
        (12.3, "over 12 years"),
    ],
)
def test_years_are_never_rounded_up_into_a_bare_claim(years, phrase):
    assert years_phrase(years) == phrase


def test_near_duplicates_are_lines_that_say_the_same_thing():
    assert near_duplicates(
        "Apply minimum necessary, state law and special-category rules before release.",
        "Apply minimum necessary and special-category protections before release.",
    )
    assert near_duplicates("Document management and scanning software", "Document scanning and indexing software")
    assert not near_duplicates(
        "Enter patient data, pull requested charts, and file and scan documents.",
        "Check new entries for missing information and flag them for follow-up.",
    )
    # One shared word is never enough.
    assert not near_duplicates("Excel", "Excel for tracking audit results")


def test_without_near_duplicates_keeps_the_first_saying():
    items = [
        "Select and manage clearinghouse and billing system vendors.",
        "Train new staff.",
        "Select and manage clearinghouse and billing system vendors.",
        "train new staff.",
        "Manage clearinghouse and billing-system vendors.",
    ]
    assert without_near_duplicates(items) == items[:2]


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Oregon Health Authority", "the Oregon Health Authority"),
        ("National Restaurant Association", "the National Restaurant Association"),
        ("American Red Cross", "the American Red Cross"),
        ("Ohio Department of Education and Workforce", "the Ohio Department of Education and Workforce"),
        ("The Linux Foundation", "The Linux Foundation"),
        ("AHIMA", "AHIMA"),
        ("AAPC", "AAPC"),
        ("Microsoft", "Microsoft"),
        ("Harvard University", "Harvard University"),
        ("Miami Dade College", "Miami Dade College"),
        ("NCRA Board", "NCRA Board"),
    ],
)
def test_an_issuer_takes_the_only_where_its_name_needs_one(name, expected):
    assert organization_in_sentence(name) == expected


@pytest.mark.parametrize(
    ("term", "shown"),
    [("Forklift", "forklift"), ("Medical terminology", "medical terminology"), ("SQL", "SQL"), ("Epic", "Epic")],
)
def test_a_term_capitalised_only_to_start_a_list_item_reads_in_lower_case_mid_sentence(term, shown):
    assert in_running_text(term) == shown


@pytest.mark.parametrize(
    ("term", "plural"),
    [
        ("data structures", True),
        ("GitHub APIs", True),
        ("hand tools", True),
        ("SQL", False),
        ("Kubernetes", False),  # a name, whatever its last letter
        ("root cause analysis", False),
        ("access", False),
        ("analytics", False),
    ],
)
def test_a_term_reads_as_a_plural_only_when_its_last_word_is_one(term, plural):
    from toolkit.documents.wording import reads_plural

    assert reads_plural(term) is plural
