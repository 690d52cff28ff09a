"""What is no content on a resume's page: wide gaps between fields on a line, page furniture (footers, page
numbers, "last updated"), icons' names an icon font stores as text, and headings jobkit cannot read."""

from __future__ import annotations

from toolkit.check.chrome import (
    chrome_lines,
    glyph_icon_names,
    icon_name_lines,
    is_page_marker,
    is_updated_line,
)
from toolkit.check.extraction import ExtractedResume
from toolkit.check.parse_back import parse_problems
from toolkit.check.sections import unknown_headings

FOOTERED = [
    "Claud Park",
    "Experience",
    "Kasa\tSeoul, S.Korea",
    "Founding Member\tJun. 2018 - Jan. 2021",
    "February 10, 2026\tClaud D. Park · Curriculum Vitae\t1",
    "Omnious. Co., Ltd.\tSeoul, S.Korea",
    "Software Architect\tJun. 2017 - May 2018",
    "• Built pipelines",
    "February 10, 2026\tClaud D. Park · Curriculum Vitae\t2",
]


def test_a_footer_repeated_on_every_page_with_its_page_number_is_furniture():
    assert chrome_lines(FOOTERED) == {4, 8}


def test_lines_that_differ_in_a_number_are_content_unless_they_count_pages():
    languages = ["Languages", "Idioma 1 nivel Comentario", "Idioma 2 nivel Comentario", "Idioma 3 nivel Comentario"]
    assert chrome_lines(languages) == set()  # one after the other: a list, not footers
    jobs = ["DevOps Engineer Level 2", "• ran builds", "• wrote docs", "• on call", "DevOps Engineer Level 1"]
    assert chrome_lines(jobs) == set()  # counting down: two jobs
    awards = ["2017 Silver Prize, KISA Final", "x", "y", "z", "2013 Silver Prize, KISA Final"]
    assert chrome_lines(awards) == set()  # years, not page numbers


def test_page_numbers_and_last_updated_lines_are_furniture():
    assert is_page_marker("Noor Haddad • Curriculum Vitae • Page 2 of 3")
    assert is_page_marker("John Doe – 1/2") and is_page_marker("Seite 1 von 2") and is_page_marker("- 2 -")
    assert not is_page_marker("Cumulative GPA: 3/4") and not is_page_marker("Reduced costs by 1/3")
    assert not is_page_marker("Page 3 of 2")
    assert is_updated_line("Last updated in Mar 2026") and is_updated_line("Updated: October 18, 2018")
    assert not is_updated_line("Updated the billing system in 2019 for 40 clinics across three states")


def test_the_rest_of_a_footer_repeated_beside_its_page_number_is_furniture():
    lines = ["Ana Ruiz", "calle y número", "ana@example.org • 1/2", "Experiencia", "a", "b", "c"]
    lines += ["calle y número", "ana@example.org • 2/2"]
    assert chrome_lines(lines) == {1, 2, 7, 8}


def test_icon_names_stored_as_text_are_noticed_and_labels_are_not():
    assert icon_name_lines(["MOBILE-ALT +49 421 5550 132", "Envelope jana@example.org", "Bremen"]) == [
        "MOBILE-ALT +49 421 5550 132",
        "Envelope jana@example.org",
    ]
    assert icon_name_lines(["Phone 555 0100 123", "Home Depot, cashier"]) == []  # labels a person types


def test_headings_in_a_language_jobkit_does_not_read_are_noticed():
    swedish = "Anna Berg\nEkonom\nanna@example.se\nERFARENHET\nRevisor, KPMG\nUTBILDNING\nExamen\nKOMPETENSER\nExcel"
    assert unknown_headings(swedish) == ["ERFARENHET", "UTBILDNING", "KOMPETENSER"]
    assert unknown_headings(swedish.replace("ERFARENHET", "EXPERIENCE").replace("UTBILDNING", "EDUCATION")) == []


def test_parse_back_says_what_is_furniture_icon_names_or_unknown_headings():
    text = "\n".join([*FOOTERED, "MOBILE-ALT +49 421 5550 132", "Envelope jana@example.org"])
    codes = {problem.code for problem in parse_problems(ExtractedResume("r.pdf", "pdf", text), None)}
    assert {"page-furniture", "icon-names"} <= codes
    swedish = "Anna Berg\nEkonom\nx\nERFARENHET\nRevisor\nUTBILDNING\nExamen\nKOMPETENSER\nExcel"
    problems = parse_problems(ExtractedResume("r.pdf", "pdf", swedish), None)
    assert any(problem.code == "unknown-headings" and "ERFARENHET" in problem.message for problem in problems)


def test_glyph_names_in_the_stored_text_are_icon_names():
    stored = "Jane Doe /map-marker Boston /github janedoe /f_ic Employee github.com/jane/repo /in/jane"
    assert glyph_icon_names(stored) == ["/map-marker", "/github"]
    extracted = ExtractedResume("r.pdf", "pdf", "Jane Doe\nBoston", stream_text=stored)
    assert any(
        problem.code == "icon-names" and "/map-marker" in problem.message for problem in parse_problems(extracted, None)
    )
