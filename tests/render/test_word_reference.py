"""--docx-template: jobkit's document in a user's Word styles, page setup, headers and footers, read back."""

from __future__ import annotations

import io

import docx
import pytest
from docx.shared import Cm
from support.paths import EXAMPLES, ROLE
from support.programs import convert_with_libreoffice, requires_program
from support.word_files import (
    BODY_SECRET,
    LETTERHEAD,
    add_to_header,
    edit_member,
    make_reference,
    members,
)

from toolkit.api import render_cover_letter, render_interview, render_job_description, render_resume

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def resume_with(reference, **options) -> bytes:
    return render_resume(EXAMPLES / "profile.yaml", role=ROLE, fmt="docx", docx_template=reference, **options).content


def opened(content: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(content))


def test_the_letterhead_gives_its_page_header_logo_and_footer_and_jobkit_gives_the_body():
    content = resume_with(LETTERHEAD, paper="letter")
    document = opened(content)
    section = document.sections[0]
    assert abs(section.page_width - Cm(21)) < Cm(0.05), "A4 from the letterhead, not --paper letter"
    assert abs(section.page_height - Cm(29.7)) < Cm(0.05)
    assert abs(section.left_margin - Cm(2.2)) < Cm(0.05)
    assert "Riverside Health" in section.header.paragraphs[0].text
    assert "1200 Lake Shore Drive" in section.footer.paragraphs[0].text
    page_field = section.footer.paragraphs[0]._p.find(f"{W}fldSimple")
    assert page_field is not None and page_field.get(f"{W}instr") == "PAGE"
    logo = [rel.target_part.blob for rel in section.header.part.rels.values() if rel.reltype.endswith("/image")]
    letterhead_logo = next(data for name, data in members(LETTERHEAD).items() if name.startswith("word/media/"))
    assert logo == [letterhead_logo]
    assert document.paragraphs[0].text == "Maya Robinson" and document.paragraphs[0].style.name == "Title"


def test_text_a_reference_prints_in_its_page_header_is_named_in_a_warning(tmp_path):
    # Someone else's resume used as a reference carries their name in its header into every page: the user is
    # told what it prints, so it never goes out under their name unnoticed.
    reference = add_to_header(LETTERHEAD, tmp_path / "someone.docx", "<w:r><w:t>Jordan Example, CPA</w:t></w:r>")
    result = render_resume(EXAMPLES / "profile.yaml", role=ROLE, fmt="docx", docx_template=reference)
    warned = [str(problem) for problem in result.warnings if "Jordan Example, CPA" in str(problem)]
    assert warned and "check that it is yours" in warned[0]


def test_the_letterhead_body_and_properties_never_reach_the_output():
    content = resume_with(LETTERHEAD)
    letterhead_body = "This is the body of the letterhead"
    assert letterhead_body in docx.Document(LETTERHEAD).paragraphs[0].text
    for name, data in members(content).items():
        assert b"body of the letterhead" not in data, name
    assert opened(content).core_properties.title == "Maya Robinson – Resume"


def test_reference_styles_win_and_jobkit_styles_it_lacks_are_added_in_its_typeface():
    document = opened(resume_with(LETTERHEAD))
    styles = document.styles
    assert styles["Normal"].font.name == "Georgia"
    assert str(styles["Heading 1"].font.color.rgb) == "1F3A5F"
    # jobkit's own styles the letterhead lacks are added without jobkit's font and colour,
    # so the letterhead's look shows through.
    subtitle = styles["Entry Subtitle"]
    assert subtitle.font.name is None and subtitle.font.color.rgb is None
    used = {paragraph.style.name for paragraph in document.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "Entry Subtitle", "List Bullet"} <= used


def test_a_style_of_the_same_name_in_the_reference_is_the_one_used(tmp_path):
    reference = make_reference(
        tmp_path / "ref.docx", styles={"Heading 1": {"font": "Impact", "size": 17, "colour": "AA0000"}}
    )
    document = opened(resume_with(reference))
    style = document.styles["Heading 1"]
    assert (style.font.name, style.font.size.pt, str(style.font.color.rgb)) == ("Impact", 17, "AA0000")
    headings = [paragraph for paragraph in document.paragraphs if paragraph.style.name == "Heading 1"]
    assert len(headings) >= 5
    assert [s.name for s in document.styles].count("Heading 1") == 1


def test_styles_a_sparse_reference_lacks_are_added_with_their_real_lists(tmp_path):
    reference = make_reference(tmp_path / "sparse.docx", keep_only_styles={"normal", "default paragraph font"})
    document = opened(resume_with(reference))
    bullets = [paragraph for paragraph in document.paragraphs if paragraph.style.name == "List Bullet"]
    assert bullets, "List Bullet added from jobkit's styles"
    number_id = document.styles["List Bullet"].element.pPr.numPr.numId.val
    numbering = document.part.numbering_part.element
    numbers = {num.numId: num.abstractNumId.val for num in numbering.num_lst}
    assert number_id in numbers, "the list style points at numbering that exists"
    abstract_ids = {element.get(f"{W}abstractNumId") for element in numbering.iterfind(f"{W}abstractNum")}
    assert str(numbers[number_id]) in abstract_ids
    assert document.styles["Normal"].font.name == "Courier New"
    assert "Title" in [style.name for style in document.styles]


def test_the_dates_tab_stop_moves_to_the_reference_text_width(tmp_path):
    document = opened(resume_with(make_reference(tmp_path / "a5.docx")))
    title = next(paragraph for paragraph in document.paragraphs if paragraph.style.name == "Heading 2")
    (stop,) = title.paragraph_format.tab_stops
    assert abs(stop.position - (Cm(14.8) - 2 * Cm(1.5))) < Cm(0.02)


def test_every_document_kind_takes_the_reference(tmp_path):
    contents = [
        render_cover_letter(
            EXAMPLES / "profile.yaml",
            company="Riverside Health",
            position="Clerk",
            fmt="docx",
            docx_template=LETTERHEAD,
        ).content,
        render_job_description(
            role=ROLE, level="mid", company_file=EXAMPLES / "company.yaml", fmt="docx", docx_template=LETTERHEAD
        ).content,
        render_interview(role=ROLE, level="mid", fmt="docx", docx_template=LETTERHEAD).content,
    ]
    for content in contents:
        document = opened(content)
        assert "Riverside Health" in document.sections[0].header.paragraphs[0].text
        assert document.paragraphs and any(paragraph.text.strip() for paragraph in document.paragraphs)


def test_a_word_template_dotx_is_taken_as_a_reference(tmp_path):
    dotx = edit_member(
        LETTERHEAD,
        tmp_path / "letterhead.dotx",
        "[Content_Types].xml",
        lambda text: text.replace("wordprocessingml.document.main+xml", "wordprocessingml.template.main+xml"),
    )
    document = opened(resume_with(dotx))
    assert "Riverside Health" in document.sections[0].header.paragraphs[0].text


def test_the_reference_is_listed_among_the_sources():
    assert LETTERHEAD in render_resume(EXAMPLES / "profile.yaml", fmt="docx", docx_template=LETTERHEAD).sources


def test_same_input_same_bytes_with_a_reference(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert resume_with(LETTERHEAD) == resume_with(LETTERHEAD)


@pytest.mark.slow
@requires_program("soffice")
def test_libreoffice_opens_a_resume_on_the_letterhead(tmp_path):
    from pypdf import PdfReader

    source = tmp_path / "resume.docx"
    source.write_bytes(resume_with(LETTERHEAD))
    reader = PdfReader(convert_with_libreoffice(source, tmp_path))
    first = reader.pages[0]
    text = " ".join(first.extract_text().split())
    assert "Riverside Health" in text and "Maya Robinson" in text and "Lakeshore Community Hospital" in text
    assert round(float(first.mediabox.width)) == 595, "A4, from the letterhead"
    assert BODY_SECRET not in text


def test_the_shipped_examples_are_what_make_examples_makes(tmp_path):
    """examples/templates/*.docx are rebuilt by the script beside them; a change to one shows here."""
    import importlib.util

    from PIL import Image

    script = EXAMPLES / "templates" / "make_examples.py"
    spec = importlib.util.spec_from_file_location("make_examples", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main(tmp_path)
    for name in ("letterhead.docx", "job-description.docx"):
        shipped, rebuilt = members(EXAMPLES / "templates" / name), members(tmp_path / name)
        assert sorted(shipped) == sorted(rebuilt), name
        for part, data in shipped.items():
            if part.startswith("word/media/"):  # PNG bytes vary with the zlib build; the pixels may not
                assert Image.open(io.BytesIO(data)).tobytes() == Image.open(io.BytesIO(rebuilt[part])).tobytes()
            else:
                assert data == rebuilt[part], f"{name}: {part} differs; run {script.name} again"
