"""The title and employer a document may write: the user's, else the posting's; when neither is known the user is
asked for both at once, and told what the posting's first lines said."""

from __future__ import annotations

import pytest

from toolkit.errors import JobkitError
from toolkit.models.posting import Posting
from toolkit.posting_facts import as_read, corrected, require, require_company, require_title

BARE = Posting(file="posting.txt", header_lines=["Posted 16 hours ago", "Job Posting"])


def test_what_the_user_gives_replaces_what_was_read():
    read = Posting(file="posting.txt", title="Coder", company="Acme")
    assert corrected(read, company="Riverside Health").model_dump(include={"title", "company"}) == {
        "title": "Coder",
        "company": "Riverside Health",
    }
    assert corrected(read) is read


def test_a_known_title_and_employer_are_given_back():
    read = Posting(file="posting.txt", title="Coder", company="Acme")
    assert (require_title(read, "the letter"), require_company(read, "the letter")) == ("Coder", "Acme")


def test_both_missing_facts_are_asked_for_at_once_with_what_was_read():
    with pytest.raises(JobkitError) as caught:
        require(BARE, "the cover letter", title=True, company=True)
    assert str(caught.value) == (
        "the cover letter names the position and the employer, and the posting posting.txt gives no position and "
        "employer jobkit can trust (its first lines read: 'Posted 16 hours ago' | 'Job Posting'); "
        "pass --position TITLE and --company NAME"
    )


def test_only_what_the_document_needs_is_asked_for():
    with pytest.raises(JobkitError, match="pass --company NAME$"):
        require_company(Posting(file="p.txt", title="Coder"), "the letter")
    require(Posting(file="p.txt", title="Coder"), "the resume", title=True)  # nothing missing: no error


def test_what_a_document_takes_from_the_posting_is_named_so_a_misread_is_seen():
    read = Posting(file="posting.txt", title="Coder", company="Acme")
    (note,) = as_read(read, "the letter", company=None, position=None)
    assert "the employer 'Acme' and the position 'Coder'" in note and "--company or --position" in note
    (note,) = as_read(read, "the letter", company="Riverside Health", position=None)
    assert "Acme" not in note and "'Coder'" in note and "--company" not in note
    assert as_read(read, "the letter", company="Riverside Health", position="Coder II") == []
    assert as_read(BARE, "the letter", company=None, position=None) == []


def test_a_letter_says_on_stderr_which_employer_and_position_it_took_from_the_posting(tmp_path, example_profile):
    from click.testing import CliRunner

    from toolkit.cli import cli

    posting = tmp_path / "posting.txt"
    posting.write_text(
        "Medical Records Clerk\nLakeside Clinic\n\nRequirements\n- 2 years of medical records experience\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["cover-letter", str(example_profile), "--job", str(posting), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "names the employer 'Lakeside Clinic' and the position 'Medical Records Clerk' as the posting was read" in (
        result.stderr
    )
