"""DOCX output reopened with python-docx, and opened by LibreOffice as a real client would."""

from __future__ import annotations

import io

import docx
import pytest
from support.example_docx import W, example_resume_docx
from support.paths import EXAMPLES
from support.programs import convert_with_libreoffice, requires_program

from toolkit.api import render_cover_letter, render_resume

ROLE = "medical-records-specialist"


def test_docx_says_what_the_text_output_says():
    document = example_resume_docx()
    docx_lines = [" ".join(p.text.replace("\t", " ").split()) for p in document.paragraphs if p.text.strip()]
    text = render_resume(EXAMPLES / "profile.yaml", role=ROLE, fmt="txt").content.decode()
    text_lines = [" ".join(line.split()) for line in text.splitlines() if line.strip() and set(line) != {"="}]
    # Plain text upper-cases headings and writes "Title (dates)"; compare words, case-folded.
    assert len(docx_lines) == len(text_lines)
    for docx_line, text_line in zip(docx_lines, text_lines, strict=True):
        assert docx_line.casefold().split()[0] == text_line.casefold().lstrip("- ").split()[0]


def test_docx_core_properties_name_the_person():
    properties = example_resume_docx().core_properties
    assert properties.author == "Maya Robinson"
    assert properties.title == "Maya Robinson – Resume"
    assert "python-docx" not in (properties.author + properties.last_modified_by + properties.comments)


@pytest.mark.slow
@requires_program("soffice")
@pytest.mark.parametrize("theme", ["classic", "modern"])
def test_libreoffice_opens_the_docx(tmp_path, theme):
    from pypdf import PdfReader

    source = tmp_path / "resume.docx"
    source.write_bytes(render_resume(EXAMPLES / "profile.yaml", role=ROLE, fmt="docx", theme=theme).content)
    convert_with_libreoffice(source, tmp_path)
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "resume.pdf").pages)
    assert "Maya Robinson" in text and "Lakeshore Community Hospital" in text
    assert "Registered Health Information Technician (RHIT)" in " ".join(text.split())


R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _interview_docx(**options) -> docx.document.Document:
    from toolkit.api import render_interview

    return docx.Document(io.BytesIO(render_interview(role=ROLE, fmt="docx", **options).content))


def test_docx_embeds_every_face_of_the_font_as_word_and_libreoffice_read_it():
    import uuid

    from toolkit.render.fonts import font_dir

    document = example_resume_docx()
    table_part = next(rel.target_part for rel in document.part.rels.values() if rel.reltype.endswith("/fontTable"))
    from lxml import etree

    entry = etree.fromstring(table_part.blob).find(f"{W}font[@{W}name='Lato']")
    embedded = {child.tag.removeprefix(f"{W}embed"): child for child in entry if child.tag.startswith(f"{W}embed")}
    assert set(embedded) == {"Regular", "Bold", "Italic", "BoldItalic"}
    files = {"Regular": "Lato-Regular.ttf", "Bold": "Lato-Bold.ttf", "Italic": "Lato-Italic.ttf"}
    files["BoldItalic"] = "Lato-BoldItalic.ttf"
    for face, element in embedded.items():
        part = table_part.rels[element.get(f"{R}id")].target_part
        assert part.content_type == "application/vnd.openxmlformats-officedocument.obfuscatedFont"
        key = element.get(f"{W}fontKey")
        assert key == key.upper() and key.startswith("{")  # LibreOffice reads upper-case hex only
        # Undo the obfuscation as a reader does (ECMA-376 17.8.1): the font file comes back whole.
        reversed_key = uuid.UUID(key).bytes[::-1]
        data = part.blob
        plain = bytes(byte ^ reversed_key[index % 16] for index, byte in enumerate(data[:32])) + data[32:]
        assert plain == (font_dir() / files[face]).read_bytes()
        assert data[:32] != plain[:32]
    assert document.settings.element.find(f"{W}embedTrueTypeFonts") is not None


def test_docx_pages_after_the_first_are_numbered_in_a_page_number_block():
    section = _interview_docx(level="mid").sections[0]
    assert section.different_first_page_header_footer
    assert not any(paragraph.text.strip() for paragraph in section.first_page_footer.paragraphs)
    footer = section.footer._element
    fields = [field.get(f"{W}instr").strip() for field in footer.iter(f"{W}fldSimple")]
    assert fields == ["PAGE", "NUMPAGES"]
    gallery = footer.find(f".//{W}docPartGallery")
    assert gallery is not None and gallery.get(f"{W}val") == "Page Numbers (Bottom of Page)"


def test_docx_kit_tables_have_room_to_write_and_do_not_split():
    document = _interview_docx(level="supervisor", kit=True)
    form = document.tables[0]
    assert [cell.text for cell in form.rows[0].cells][::2] == ["Candidate", "Interviewer", "Date"]
    assert form.rows[0].height.pt >= 26, "a candidate or date box is taller than one line"
    widths = [cell.width for cell in form.rows[0].cells]
    assert widths[1] > 1.5 * widths[0], "the boxes to write in are wider than their labels"
    scale = document.tables[1]
    assert scale.rows[0].cells[0].text == "Score" and len(scale.rows) == 6
    assert scale.rows[0]._tr.trPr.find(f"{W}tblHeader") is not None
    for table in document.tables:
        for row in table.rows:
            assert row._tr.trPr.find(f"{W}cantSplit") is not None
        for row in table.rows[:-1]:
            assert all(cell.paragraphs[0].paragraph_format.keep_with_next for cell in row.cells)


def test_docx_has_no_blank_page_thumbnail():
    import zipfile

    content = render_resume(EXAMPLES / "profile.yaml", role=ROLE, fmt="docx").content
    assert not [name for name in zipfile.ZipFile(io.BytesIO(content)).namelist() if "thumbnail" in name]


@pytest.mark.slow
@requires_program("soffice")
def test_libreoffice_sets_the_docx_in_the_embedded_font(tmp_path):
    """No Lato is installed on this machine's system (checked): LibreOffice can only have it from the DOCX."""
    import shutil
    import subprocess

    from pypdf import PdfReader

    if shutil.which("fc-list"):
        installed = subprocess.run(["fc-list", ":family=Lato"], capture_output=True, text=True).stdout
        if installed.strip():
            pytest.skip("Lato is installed system-wide here, so LibreOffice could use it without the embedded copy")
    source = tmp_path / "resume.docx"
    source.write_bytes(render_resume(EXAMPLES / "profile.yaml", role=ROLE, fmt="docx").content)
    reader = PdfReader(convert_with_libreoffice(source, tmp_path))
    fonts = {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert {"Lato-Regular", "Lato-Bold", "Lato-Italic"} <= fonts, fonts


@pytest.mark.parametrize("theme", ["classic", "modern"])
@pytest.mark.parametrize("kind", ["resume", "cover letter"])
def test_a_profile_with_only_a_name_has_no_empty_contact_line_under_it(write_profile, theme, kind):
    profile = write_profile({"basics": {"name": "A B"}})

    def render(fmt: str) -> bytes:
        if kind == "resume":
            return render_resume(profile, fmt=fmt, theme=theme).content
        return render_cover_letter(profile, company="Acme", position="Clerk", fmt=fmt, theme=theme).content

    paragraphs = docx.Document(io.BytesIO(render("docx"))).paragraphs
    at = next(index for index, paragraph in enumerate(paragraphs) if paragraph.text == "A B")
    after = paragraphs[at + 1 : at + 2]
    assert not after or after[0].text.strip(), [(p.style.name, p.text) for p in paragraphs[: at + 3]]
    assert not any(p.style.name == "Contact" for p in paragraphs)
    # The PDF is set from this HTML: no contact paragraph there, no blank band under the name.
    assert 'class="contact"' not in render("html").decode("utf-8")


@pytest.mark.parametrize(("theme", "warmed_up"), [("classic", False), ("a-theme-folder", True)])
def test_a_docx_renderer_loads_by_making_the_blank_document_its_render_starts_from(monkeypatch, theme, warmed_up):
    """Its child makes the styled blank document ahead, which loads what a render needs; the small warm-up document
    is made only when there is no blank to make (a theme folder), since making both cost 0.05 s of a cold DOCX."""
    import toolkit.render
    from toolkit.render import docx as docx_renderer

    made = []
    monkeypatch.setattr(toolkit.render, "convert_html", lambda html, fmt, template=None: made.append(fmt))
    monkeypatch.setattr(docx_renderer, "_PREPARED", {})
    toolkit.render.load_renderer("docx", theme, "a4")
    assert made == (["docx"] if warmed_up else [])
    assert len(docx_renderer._PREPARED) == (0 if warmed_up else 1)
    prepared_page = next(iter(docx_renderer._PREPARED.values()), None)
    if prepared_page is not None:
        assert round(prepared_page.sections[0].page_width.mm) == 210  # A4, as asked
