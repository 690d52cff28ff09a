"""Undoing the layout a posting lost on its way to a text file: sentences and blocks a scraped page ran together
are parted again, and nothing that only looks like a seam (an address, an abbreviation, a product's name) is cut."""

from __future__ import annotations

import pytest

from toolkit.postings.layout import plain_line


@pytest.mark.parametrize(
    ("glued", "parted"),
    [
        # a short word ends a sentence with no space before the next: "... take charge of it.Be ready ..."
        ("You will take charge of it.Be ready to lift 40 lbs", "You will take charge of it. Be ready to lift 40 lbs"),
        ("A CDL is required.Must pass a drug screen", "A CDL is required. Must pass a drug screen"),
        ("Mop, sweep, etc.Training is paid", "Mop, sweep, etc. Training is paid"),
        # fields of a scraped page run together: a lower-case word into the capitalised word that opens the next
        ("Years in managementThe Board hires", "Years in management. The Board hires"),
        ("1.Demonstrates good judgement", "1. Demonstrates good judgement"),
    ],
)
def test_glued_sentences_and_fields_are_parted(glued, parted):
    assert plain_line(glued) == parted


@pytest.mark.parametrize(
    "whole",
    [
        "Ph.D. in chemistry preferred",
        "U.S. citizenship required",
        "Office tools, e.g. Excel and Word",
        "Tools, i.e. Jira",
        "A 2.5 GPA or higher",
        "Apply at www.example.Com today",
        "Questions to jane.Doe@example.org",
        "Apply at careers.example.Com",
        "Lift approx.Two hundred pounds",
        "Build pages in JavaScript and TypeScript",
        "Slides in PowerPoint, books in QuickBooks",
        "Repair iPhone and iPad screens",
        "Prior McDonald or FedEx experience",
        "Use SharePoint, PeopleSoft and ServiceNow",
        "Vue.Js front ends",
    ],
)
def test_what_only_looks_like_a_seam_stays_whole(whole):
    assert plain_line(whole) == whole
