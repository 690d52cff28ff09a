"""Paragraphs that start in Hebrew or Arabic run right to left: dir="rtl" in the HTML (and so the PDF), w:bidi in
the DOCX; everything else is left as it was."""

from __future__ import annotations

import io
import re
import subprocess

import docx
import pytest
from support.programs import requires_program

from toolkit.api import render_resume
from toolkit.render.directions import mark_directions, right_to_left

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TITLE = "רכזת רשומות רפואיות"  # Hebrew: medical records coordinator
EMPLOYER = "מרכז רפואי שיבא"
ARABIC = "مسح وفهرسة السجلات الورقية"
ENGLISH = "Kept release-of-information logs for the Tel Aviv clinic (מרפאה)"


@pytest.fixture
def profile(write_profile):
    return write_profile(
        {
            "basics": {"name": "ليلى حداد", "label": "Medical Records Specialist", "email": "layla@example.com"},
            "work": [
                {"name": EMPLOYER, "position": TITLE, "startDate": "2021-04", "highlights": [ENGLISH, ARABIC]},
            ],
        }
    )


def test_a_paragraph_takes_the_direction_of_its_first_letter_with_one():
    assert right_to_left("  (2021) ليلى, Riyadh") and right_to_left(TITLE)
    assert not right_to_left("Riyadh: ليلى") and not right_to_left("2021 – 2023")


def test_the_html_marks_right_to_left_blocks_and_only_them(profile):
    html = render_resume(profile, fmt="html").content.decode("utf-8")
    marked = re.findall(r'<(\w+)([^>]*)dir="rtl"[^>]*>([^<]*)', html)
    tags = [(tag, text.strip()) for tag, _, text in marked]
    assert ("h1", "ليلى حداد") in tags and ("h3", TITLE) in tags and ("li", ARABIC) in tags
    assert 'class="entry-heading" dir="rtl"' in html  # the title line, dates and all, as the DOCX's paragraph
    assert re.search(r"<li>" + re.escape(ENGLISH.replace("(", "(")), html)  # starts in English: left to right
    assert 'dir="rtl"' not in html.split("<body")[0]


def test_marking_adds_the_attribute_and_changes_nothing_else():
    html = (
        "<!DOCTYPE html><html><head><title>ליאור</title></head><body>"
        '<p class="x">ליאור &quot;&lt;a href="file:"&gt;</p><p>Lior ליאור</p>'
        '<div class="entry-heading"><h3>רכזת</h3><span>2021</span></div><li>2021 – מרפאה</li></body></html>'
    )
    marked = mark_directions(html)
    assert marked.replace(' dir="rtl"', "") == html
    assert marked.count('dir="rtl"') == 4  # the first paragraph, the title line, its title, the list item


def test_a_document_without_right_to_left_text_is_left_byte_for_byte():
    html = '<!DOCTYPE html><html lang="en"><head></head><body><p>Maya &amp; co</p></body></html>'
    assert mark_directions(html) is html


def test_the_docx_makes_those_paragraphs_right_to_left(profile):
    document = docx.Document(io.BytesIO(render_resume(profile, fmt="docx").content))
    bidi = {
        paragraph.text.split("\t")[0]: paragraph._p.pPr is not None and paragraph._p.pPr.find(f"{W}bidi") is not None
        for paragraph in document.paragraphs
        if paragraph.text.strip()
    }
    assert bidi["ليلى حداد"] and bidi[TITLE] and bidi[EMPLOYER] and bidi[ARABIC]
    assert not bidi[ENGLISH] and not bidi["Medical Records Specialist"]


@requires_program("pdftotext")
def test_the_pdf_sets_hebrew_from_the_right_in_reading_order(profile, tmp_path):
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(render_resume(profile, fmt="pdf").content)
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    # pdftotext writes each word's letters in the order they stand on the page: a Hebrew word reads reversed.
    found = re.findall(r'xMin="([0-9.]+)"[^>]*>([^<]+)</word>', boxes)
    left = {(word[::-1] if right_to_left(word) else word): float(x) for x, word in found}
    first, second, third = TITLE.split()
    assert left[first] > left[second] > left[third]  # read from the right
    assert left["Apr"] < left[third]  # a right-to-left line: the title at the right, the dates at the left
