"""--word-template: a docxtpl template filled from a document's values, escaped and sandboxed, read back."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest
from support.paths import EXAMPLES, ROLE
from support.programs import convert_with_libreoffice, requires_program
from support.word_files import JOB_TEMPLATE, all_text, paragraph_template

from toolkit.api import render_cover_letter, render_interview, render_job_description, render_resume
from toolkit.documents.job_description import build_job_description_context
from toolkit.documents.template_context import template_context
from toolkit.errors import InputFileError, JobkitError
from toolkit.inputs.roles import load_role
from toolkit.models.company import Company

TODAY = date(2026, 12, 1)  # the day these tests are run as, whatever the clock says


def job_description(template, company: str = "Riverside Health", **options) -> bytes:
    return render_job_description(
        role=ROLE, level="mid", company=company, salary="none", fmt="docx", word_template=template, **options
    ).content


def test_the_example_template_is_filled_with_the_job_and_its_duties_as_bullets():
    content = job_description(JOB_TEMPLATE)
    document = docx.Document(io.BytesIO(content))
    expected = build_job_description_context(
        load_role(ROLE), level="mid", company=Company(name="Riverside Health"), salary=None, today=TODAY
    ).document
    assert document.paragraphs[0].text == expected.title and document.paragraphs[0].style.name == "Title"
    bullets = [paragraph.text for paragraph in document.paragraphs if paragraph.style.name == "List Bullet"]
    duties = list(expected.responsibilities)
    assert bullets[: len(duties)] == duties
    assert "Riverside Health" in document.sections[0].header.paragraphs[0].text
    assert "{{" not in all_text(content) and "{%" not in all_text(content)
    assert document.core_properties.title == expected.meta.title


def test_a_section_left_empty_by_the_job_disappears_with_its_heading():
    document = docx.Document(io.BytesIO(job_description(JOB_TEMPLATE)))
    assert "Benefits" not in [paragraph.text for paragraph in document.paragraphs], "no benefits without a company file"
    # The same template with a company file that lists benefits: the heading comes back, with them under it.
    content = render_job_description(
        role=ROLE,
        level="mid",
        company_file=EXAMPLES / "company.yaml",
        salary="none",
        fmt="docx",
        word_template=JOB_TEMPLATE,
    ).content
    texts = [paragraph.text for paragraph in docx.Document(io.BytesIO(content)).paragraphs]
    assert texts[texts.index("Benefits") + 1] == "Medical, dental and vision coverage from day one"


def test_an_unknown_placeholder_names_itself_where_it_is_and_what_was_meant(tmp_path):
    template = paragraph_template(tmp_path / "t.docx", "Job: {{ job.title }}", "Pay grade: {{ job.titel }}")
    with pytest.raises(InputFileError) as caught:
        job_description(template)
    message = str(caught.value)
    assert message.startswith(f'{template}: body, paragraph "Pay grade: {{{{ job.titel }}}}": ')
    assert "unknown placeholder 'job.titel' (did you mean 'job.title'?)" in message
    assert "job has: title, company, facts, summary, responsibilities" in message


def test_an_unknown_top_level_name_lists_the_names_there_are(tmp_path):
    template = paragraph_template(tmp_path / "t.docx", "{{ jobs.title }}")
    with pytest.raises(
        InputFileError, match=r"unknown placeholder 'jobs' \(did you mean 'job'\?\); the names are: meta, job"
    ):
        job_description(template)


def test_a_field_name_without_its_document_name_is_pointed_to_it(tmp_path):
    template = paragraph_template(tmp_path / "t.docx", "{{ title }}")
    with pytest.raises(InputFileError, match=r"unknown placeholder 'title' \(did you mean 'job.title'\?\)"):
        job_description(template)


def test_an_unknown_name_inside_a_loop_says_where_the_item_came_from(tmp_path):
    template = paragraph_template(
        tmp_path / "t.docx", "{%p for place in resume.work %}", "{{ place.organisation }}", "{%p endfor %}"
    )
    with pytest.raises(InputFileError) as caught:
        render_resume(EXAMPLES / "profile.yaml", fmt="docx", word_template=template)
    assert "unknown placeholder 'resume.work[0].organisation' (did you mean 'resume.work[0].organization'?)" in str(
        caught.value
    )
    assert "resume.work[0] has: position, organization" in str(caught.value)


def test_values_are_escaped_so_markup_characters_stay_text(tmp_path):
    template = paragraph_template(
        tmp_path / "t.docx", "Employer: {{ job.company.name }}", header="{{ job.company.name }}"
    )
    content = job_description(template, company="A<B & Co <w:p/>")
    document = docx.Document(io.BytesIO(content))
    assert document.paragraphs[0].text == "Employer: A<B & Co <w:p/>"
    assert document.sections[0].header.paragraphs[0].text == "A<B & Co <w:p/>"
    assert len(document.paragraphs) == 1, "no paragraph injected"


def test_properties_the_template_fills_are_plain_text_not_escaped_markup():
    document = docx.Document(io.BytesIO(job_description(JOB_TEMPLATE, company="A<B & Co")))
    assert document.core_properties.title == "Medical Records Specialist – A<B & Co"


@pytest.mark.parametrize(
    "expression",
    [
        "{{ ''.__class__ }}",
        "{{ job.title.__class__.__mro__ }}",
        "{{ job.__init__.__globals__ }}",
        "{{ cycler.__init__.__globals__.os }}",
    ],
)
def test_the_sandbox_refuses_what_a_template_may_not_reach(tmp_path, expression):
    template = paragraph_template(tmp_path / "t.docx", f"X {expression} Y")
    with pytest.raises(JobkitError) as caught:
        job_description(template)
    message = str(caught.value)
    assert str(template) in message
    assert "the template tries something templates may not do: access to attribute" in message
    assert "is unsafe" in message and "sandbox" in message


def test_a_broken_tag_is_reported_with_the_text_near_it(tmp_path):
    template = paragraph_template(tmp_path / "t.docx", "Intro", "Title: {{ job.title }", "Outro")
    with pytest.raises(InputFileError, match=r"a tag in the template is not valid: .*near \"Title: \{\{ job.title \}"):
        job_description(template)


def test_a_field_that_fetches_a_file_is_refused_in_a_template(tmp_path):
    source = paragraph_template(tmp_path / "plain.docx", "{{ job.title }}")
    from support.word_files import edit_member

    field = "<w:p><w:fldSimple w:instr=' INCLUDETEXT \"http://127.0.0.1:9/x.docx\" '/></w:p>"
    template = edit_member(
        source,
        tmp_path / "field.docx",
        "word/document.xml",
        lambda text: text.replace("<w:sectPr", field + "<w:sectPr"),
    )
    with pytest.raises(InputFileError, match="holds a INCLUDETEXT field"):
        job_description(template)


def test_every_document_kind_can_fill_a_template(tmp_path):
    person = paragraph_template(tmp_path / "person.docx", "{{ person.name }} – {{ meta.title }}")
    assert "Maya Robinson" in all_text(
        render_resume(EXAMPLES / "profile.yaml", fmt="docx", word_template=person).content
    )
    letter = render_cover_letter(
        EXAMPLES / "profile.yaml", company="Riverside Health", position="Clerk", fmt="docx", word_template=person
    )
    assert "Maya Robinson" in all_text(letter.content)
    sheet = paragraph_template(tmp_path / "sheet.docx", "{{ interview.title }}: {{ interview.count }} questions")
    text = all_text(render_interview(role=ROLE, level="mid", count=3, fmt="docx", word_template=sheet).content)
    assert "Interview practice: Medical Records Specialist: 3 questions" in text


@pytest.mark.slow
@requires_program("soffice")
def test_libreoffice_opens_a_filled_job_description(tmp_path):
    from pypdf import PdfReader

    source = tmp_path / "job.docx"
    source.write_bytes(job_description(JOB_TEMPLATE, company="A<B & Co"))
    text = " ".join(
        " ".join(page.extract_text() for page in PdfReader(convert_with_libreoffice(source, tmp_path)).pages).split()
    )
    assert "Medical Records Specialist" in text and "A<B & Co" in text and "What you will do" in text
    assert "{{" not in text and "{%" not in text


def test_the_context_holds_only_plain_values_under_one_name_per_kind():
    document = build_job_description_context(
        load_role(ROLE), level="mid", company=Company(name="Riverside Health"), today=TODAY
    ).document
    context = template_context(document)
    assert list(context) == ["meta", "job"]
    assert "json_ld" not in context["job"] and "logo" not in context["job"]["company"]

    def plain(value) -> bool:
        if isinstance(value, dict):
            return all(isinstance(key, str) and plain(item) for key, item in value.items())
        if isinstance(value, list):
            return all(plain(item) for item in value)
        return value is None or isinstance(value, (str, int, float, bool))

    assert plain(context)


def test_a_template_with_no_placeholders_warns_and_a_reference_with_some_warns(tmp_path):
    plain = paragraph_template(tmp_path / "plain.docx", "Nothing to fill")
    filled = render_job_description(role=ROLE, level="mid", company="X", fmt="docx", word_template=plain)
    assert any("holds no {{ placeholders }}" in str(warning) for warning in filled.warnings)
    referenced = render_job_description(role=ROLE, level="mid", company="X", fmt="docx", docx_template=JOB_TEMPLATE)
    assert any("pass it as --word-template" in str(warning) for warning in referenced.warnings)


def test_same_input_same_bytes_with_a_template(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert job_description(JOB_TEMPLATE) == job_description(JOB_TEMPLATE)


def test_a_word_template_is_for_docx_only():
    with pytest.raises(JobkitError, match="--word-template makes a Word document; the format asked for is pdf"):
        render_job_description(role=ROLE, level="mid", company="X", fmt="pdf", word_template=JOB_TEMPLATE)
    with pytest.raises(JobkitError, match="not both"):
        render_job_description(
            role=ROLE, level="mid", company="X", fmt="docx", word_template=JOB_TEMPLATE, docx_template=JOB_TEMPLATE
        )


@pytest.mark.parametrize("tag", ['{% include "/etc/hostname" %}', '{% import "/etc/hostname" as x %}'])
def test_a_template_cannot_pull_in_files(tmp_path, tag):
    template = paragraph_template(tmp_path / "t.docx", f"X {tag} Y")
    with pytest.raises(InputFileError, match="the template could not be filled: no loader"):
        job_description(template)
