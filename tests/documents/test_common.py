"""What every document carries: the person's header (a link that is not safe is shown as the words written, never
as a link; the same site once) and metadata that Word and PDF readers accept however long a posting's title is."""

from __future__ import annotations

from toolkit.documents.common import KEYWORDS_LIMIT, Meta, keywords_line, person_block
from toolkit.models.profile import Profile


def _profile(**basics) -> Profile:
    return Profile.model_validate({"basics": {"name": "Maya Robinson", **basics}})


def test_the_header_shows_links_plainly_and_an_unsafe_one_as_text_only():
    person = person_block(
        _profile(
            email="maya@example.com",
            url="https://maya.example/",
            location={"city": "Jackson", "region": "MS"},
            profiles=[
                {"network": "LinkedIn", "url": "https://www.linkedin.com/in/maya"},
                {"network": "Site", "url": "javascript:alert(1)"},
                {"network": "Again", "url": "http://maya.example"},  # the same site, shown once
            ],
        )
    )
    assert [(link.text, link.href) for link in person.links] == [
        ("maya.example", "https://maya.example/"),
        ("www.linkedin.com/in/maya", "https://www.linkedin.com/in/maya"),
        ("javascript:alert(1)", None),
    ]
    assert (person.email_href, person.location) == ("mailto:maya@example.com", "Jackson, MS")


def test_a_profile_without_contact_details_gives_an_empty_header_not_none():
    person = person_block(_profile())
    assert (person.email, person.email_href, person.phone, person.location, person.links) == ("", None, "", "", ())


def test_keywords_are_each_listed_once_and_only_whole_ones_that_fit():
    assert keywords_line(["RHIT", "rhit", "  ICD-10  CM ", "", "EHR"]) == "RHIT, ICD-10 CM, EHR"
    line = keywords_line([f"term {number}" for number in range(100)])
    assert len(line) <= KEYWORDS_LIMIT and line.endswith(tuple(f"term {number}" for number in range(100)))


def test_a_long_title_is_cut_to_what_word_accepts():
    meta = Meta(title="Senior " * 60, author="Maya Robinson", subject="Resume", keywords="")
    assert len(meta.title) == KEYWORDS_LIMIT and meta.title.endswith("…")
    assert meta.author == "Maya Robinson"
