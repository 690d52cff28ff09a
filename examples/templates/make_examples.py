"""Make the example Word templates in this folder, so the binaries can be rebuilt and reviewed as code.

    python examples/templates/make_examples.py [FOLDER]

writes into FOLDER (default: this script's folder):

- ``letterhead.docx``: a reference document for ``--docx-template``: A4 pages, its own
  Normal, Title and Heading styles (Georgia, navy headings), a header with a logo and
  the company's name, a footer with the address and a page number. Its body says it is
  never used, and it is not: jobkit takes only the styles, page setup, header and footer.
- ``job-description.docx``: a docxtpl template for ``--word-template`` with
  ``jobkit job-description``: ``{{ job.title }}``, loops over the duties and
  qualifications, the same header and footer.

The files are the same on every run (fixed dates and ZIP timestamps), so a change to this
script shows up as a change to the files. Needs python-docx and Pillow (jobkit depends on both).
"""

from __future__ import annotations

import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

NAVY = RGBColor(0x1F, 0x3A, 0x5F)
TEAL = (0x2A, 0x9D, 0x8F)
INK = RGBColor(0x22, 0x22, 0x22)
COMPANY = "Riverside Health"
ADDRESS = "1200 Lake Shore Drive · Chicago, IL 60611 · careers@riverside.example"
MOMENT = datetime(2024, 1, 1, 12, 0, 0)


def logo_png() -> bytes:
    """A small square logo: a navy tile with a teal wave, drawn with Pillow (no font needed)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (240, 240), (0x1F, 0x3A, 0x5F))
    draw = ImageDraw.Draw(image)
    draw.ellipse((40, 40, 200, 200), fill=TEAL)
    draw.rectangle((40, 112, 200, 128), fill=(255, 255, 255))
    draw.rectangle((112, 40, 128, 200), fill=(255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()


def house_styles(document) -> None:
    """The letterhead's own look: Georgia text, navy headings, tighter spacing than Word's defaults."""
    normal = document.styles["Normal"]
    normal.font.name = "Georgia"
    normal.font.size = Pt(10.5)
    normal.font.color.rgb = INK
    normal.paragraph_format.space_after = Pt(4)
    for name, size in (("Title", 20), ("Heading 1", 13), ("Heading 2", 11)):
        style = document.styles[name]
        style.font.name = "Georgia"
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = NAVY
    document.styles["Heading 1"].paragraph_format.space_before = Pt(12)


def a4_page(document) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin, section.bottom_margin = Cm(3.2), Cm(2.4)
    section.header_distance = section.footer_distance = Cm(1.0)


def letterhead_header_and_footer(document, company: str) -> None:
    """Logo and company name on the right of the header; address and page number in the footer."""
    section = document.sections[0]
    header = section.header.paragraphs[0]
    width = section.page_width - section.left_margin - section.right_margin
    header.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    header.add_run().add_picture(io.BytesIO(logo_png()), height=Cm(1.4))
    name = header.add_run(f"\t{company}")
    name.font.size, name.font.bold, name.font.color.rgb = Pt(14), True, NAVY

    footer = section.footer.paragraphs[0]
    footer.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    run = footer.add_run(f"{COMPANY} · {ADDRESS}\tPage ")
    run.font.size = Pt(8)
    page = OxmlElement("w:fldSimple")  # Word fills in the page number: a field that only shows a value
    page.set(qn("w:instr"), "PAGE")
    footer._p.append(page)


def fixed_properties(document, title: str) -> None:
    properties = document.core_properties
    properties.title = title
    properties.author = properties.last_modified_by = "jobkit examples"
    properties.comments = "Made by examples/templates/make_examples.py"
    properties.created = properties.modified = MOMENT
    properties.revision = 1


def make_letterhead():
    document = Document()
    a4_page(document)
    house_styles(document)
    letterhead_header_and_footer(document, COMPANY)
    document.add_paragraph(
        "This is the body of the letterhead. jobkit never uses it: with --docx-template it takes only the "
        "styles, the page setup, the header and the footer, and writes its own document in between."
    )
    fixed_properties(document, f"{COMPANY} letterhead")
    return document


# The docxtpl template: (style, text). "{%p ... %}" paragraphs hold only a tag and vanish when filled.
JOB_DESCRIPTION = [
    ("Title", "{{ job.title }}"),
    ("Normal", "{{ job.company.name }}{% for fact in job.facts %} · {{ fact }}{% endfor %}"),
    ("Heading 1", "About the role"),
    ("Normal", "{{ job.summary }}"),
    ("Normal", "{%p if job.company.about %}"),
    ("Heading 1", "About {{ job.company.name }}"),
    ("Normal", "{{ job.company.about }}"),
    ("Normal", "{%p endif %}"),
    ("Heading 1", "What you will do"),
    ("Normal", "{%p for duty in job.responsibilities %}"),
    ("List Bullet", "{{ duty }}"),
    ("Normal", "{%p endfor %}"),
    ("Heading 1", "What you bring"),
    ("Normal", "{%p for item in job.required %}"),
    ("List Bullet", "{{ item }}"),
    ("Normal", "{%p endfor %}"),
    ("Normal", "{%p if job.preferred %}"),
    ("Heading 2", "Nice to have"),
    ("Normal", "{%p for item in job.preferred %}"),
    ("List Bullet", "{{ item }}"),
    ("Normal", "{%p endfor %}"),
    ("Normal", "{%p endif %}"),
    ("Normal", "{%p if job.benefits %}"),
    ("Heading 1", "Benefits"),
    ("Normal", "{%p for benefit in job.benefits %}"),
    ("List Bullet", "{{ benefit }}"),
    ("Normal", "{%p endfor %}"),
    ("Normal", "{%p endif %}"),
    ("Heading 1", "How to apply"),
    ("Normal", "{{ job.how_to_apply }}"),
    ("Normal", "{{ job.eeo }}"),
]


def make_job_description_template():
    document = Document()
    a4_page(document)
    house_styles(document)
    letterhead_header_and_footer(document, "{{ job.company.name }}")
    for style, text in JOB_DESCRIPTION:
        document.add_paragraph(text, style=style)
    fixed_properties(document, "{{ meta.title }}")
    return document


def fixed_bytes(document) -> bytes:
    """The saved document with every ZIP entry dated MOMENT, so equal input gives equal bytes."""
    saved = io.BytesIO()
    document.save(saved)
    output = io.BytesIO()
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=MOMENT.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(entry.filename))
    return output.getvalue()


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, document in (
        ("letterhead.docx", make_letterhead()),
        ("job-description.docx", make_job_description_template()),
    ):
        (folder / name).write_bytes(fixed_bytes(document))
        print(f"wrote {folder / name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent)
