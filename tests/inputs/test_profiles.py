"""Profile validation: JSON Resume conformance, stricter dates, unknown keys, cleaning."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from toolkit.errors import ValidationError
from toolkit.inputs.loading import LoadedData
from toolkit.inputs.profiles import load_profile, validate_profile

FIXTURES = Path(__file__).parent.parent / "fixtures" / "jsonresume"


def _cases():
    for path in sorted(FIXTURES.glob("*.json")):
        if path.name == "dates.json":
            continue
        for name, document in json.loads(path.read_text()).items():
            if name.endswith(("invalid", "Invalid")):
                yield pytest.param(document, False, id=f"{path.stem}-{name}")
            elif name.endswith(("valid", "Valid", "Valid2", "Valid3")):
                yield pytest.param(document, True, id=f"{path.stem}-{name}")


def _accepts(document) -> bool:
    try:
        validate_profile(LoadedData(document, "fixture.json"))
    except ValidationError:
        return False
    return True


def test_fixture_cases_were_found():
    assert len(list(_cases())) > 200


@pytest.mark.parametrize("document, valid", list(_cases()))
def test_json_resume_conformance_fixtures(document, valid):
    assert _accepts(document) is valid


def test_fixture_dates():
    dates = json.loads((FIXTURES / "dates.json").read_text())
    for name in ("yearMonthDay", "yearMonth", "year"):
        assert _accepts({"work": [{"startDate": dates[name]}]}), name
    assert not _accepts({"work": [{"startDate": dates["invalid"]}]})


def test_examples_validate_without_warnings():
    root = Path(__file__).parent.parent.parent / "examples"
    yaml_profile = load_profile(root / "profile.yaml")
    json_profile = load_profile(root / "resume.json")
    assert yaml_profile.warnings == [] and json_profile.warnings == []
    assert yaml_profile.profile.work == json_profile.profile.work
    assert yaml_profile.profile.basics == json_profile.profile.basics


def test_every_problem_is_reported_with_line_and_field(write_profile):
    path = write_profile(
        "basics:\n  name: Ann\nwork:\n  - name: Acme\n    startDate: 2020-13-45\n"
        "  - name: Beta\n    startDate: 2021-05\n    endDate: 2020-01\n  - name: Gamma\n    highlights: five\n"
    )
    with pytest.raises(ValidationError) as caught:
        load_profile(path)
    lines = str(caught.value).splitlines()
    assert lines == [
        f"{path}:5:5: work[0].startDate: month must be 1-12 (got 2020-13-45)",
        f"{path}:8:5: work[1].endDate: ends (2020-01) before it starts (2021-05)",
        f"{path}:10:5: work[2].highlights: expected a list, got text ('five')",
    ]


def test_impossible_day_is_an_error(write_profile):
    path = write_profile({"work": [{"name": "A", "startDate": "2021-02-30"}]})
    with pytest.raises(ValidationError, match="day must be 1-28 for February 2021"):
        load_profile(path)


def test_unknown_keys_warn_with_did_you_mean(write_profile):
    path = write_profile("basics:\n  name: Ann\n  emial: a@b.c\nwork:\n  - compnay: Acme\n")
    loaded = load_profile(path)
    messages = [str(warning) for warning in loaded.warnings]
    assert f"{path}:3:3: basics.emial: unknown field 'emial' (did you mean 'email'?)" in messages[0]
    assert f"{path}:5:5: work[0].compnay: unknown field 'compnay' (did you mean 'company'?)" in messages[1]


def test_older_company_and_website_spellings_are_read(write_profile):
    path = write_profile({"work": [{"company": "Acme Clinic", "website": "https://acme.example", "position": "Clerk"}]})
    loaded = load_profile(path)
    assert loaded.warnings == []
    assert loaded.profile.work[0].name == "Acme Clinic"
    assert loaded.profile.work[0].url == "https://acme.example"


def test_control_characters_are_removed_with_a_warning(write_profile):
    path = write_profile('basics:\n  name: "Ann\\x00 Lee\\x1b"\n')
    loaded = load_profile(path)
    assert loaded.profile.basics.name == "Ann Lee"
    assert "basics.name: removed 2 control or invalid characters" in str(loaded.warnings[0])


def test_a_list_at_the_top_is_refused(write_profile):
    with pytest.raises(ValidationError, match="must be a mapping of sections"):
        load_profile(write_profile("- a\n- b\n"))


def test_dates_take_ascii_digits_only(write_profile):
    # Python's int() reads other scripts' digits; JSON Resume dates do not.
    with pytest.raises(ValidationError, match="expected a date as YYYY, YYYY-MM or YYYY-MM-DD"):
        load_profile(write_profile({"work": [{"name": "A", "startDate": "20\u0968\u0966-01"}]}))


STARTER = Path(__file__).parent.parent.parent / "templates" / "starters" / "profile.yaml"


def test_the_untouched_starter_is_refused_with_every_example_located(tmp_path):
    path = tmp_path / "profile.yaml"
    path.write_text(STARTER.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        load_profile(path)
    problems = {problem.location.field: problem for problem in caught.value.problems}
    for field in (
        "basics.name",
        "basics.email",
        "work[0].name",
        "work[0].position",
        "work[0].highlights[0]",
        "work[0].highlights[1]",
        "education[0].institution",
        "basics.label",
        "education[0].area",
        "certificates[0].name",
        "skills[0].keywords[0]",
    ):
        assert field in problems, field
        assert problems[field].location.line, field  # FILE:LINE:COL, like every other error
    assert (
        str(problems["basics.name"])
        == f"{path}:9:3: basics.name: 'Your Name' is the starter's example text: write your own, or delete the line"
    )
    # The realistic defaults a person may keep are not flagged.
    assert not any(field.startswith(("languages", "education[0].studyType")) for field in problems)


def test_the_starter_is_for_any_job():
    """`jobkit init` serves a line cook as well as a coder: no trade's words a person would have to delete."""
    text = STARTER.read_text(encoding="utf-8")
    for word in ("Medical", "Health", "Epic", "ICD-10", "Coding and classification", "--role"):
        assert word not in text, word


def test_a_filled_in_starter_is_valid_even_with_its_realistic_defaults(tmp_path):
    text = STARTER.read_text(encoding="utf-8")
    for example, own in (
        ("Your Name", "Rosa Diaz"),
        ("you@example.com", "rosa@example.org"),
        ('"(555) 555-0100"', '"(312) 555-0199"'),
        ("https://www.linkedin.com/in/your-name", "https://www.linkedin.com/in/rosa-diaz"),
        ("Your City", "Chicago"),
        ("region: ST", "region: IL"),
        ("Employer Name", "Harbor Table Bistro"),
        ("Your Job Title", "Line Cook"),
        ("City, ST", "Portland, OR"),
        ("School Name", "Portland Community College"),
        ("Your Field of Study", "Culinary Arts"),
        ("Certification Name", "ServSafe Food Protection Manager"),
        ("Issuing Organization", "National Restaurant Association"),
        ("Skill Group", "Kitchen"),
        ("First Skill, Second Skill", "sauté, knife skills"),
    ):
        assert example in text, example
        text = text.replace(example, own)
    starter_bullets = [line for line in text.splitlines() if line.startswith("      - ")]
    assert len(starter_bullets) == 2
    text = text.replace(starter_bullets[0], "      - Ran the sauté station, 180 covers a night.")
    text = text.replace(starter_bullets[1], "      - Prepped sauces and stocks each morning.")
    path = tmp_path / "profile.yaml"
    path.write_text(text, encoding="utf-8")
    loaded = load_profile(path)
    assert loaded.profile.basics.name == "Rosa Diaz" and loaded.profile.basics.label == "Line Cook"
    assert loaded.profile.certificates[0].name == "ServSafe Food Protection Manager"
    assert loaded.warnings == []


def test_document_commands_refuse_the_starter_and_write_nothing(runner, tmp_path):
    from toolkit.cli import cli

    path = tmp_path / "profile.yaml"
    assert runner.invoke(cli, ["init", str(path)]).exit_code == 0
    for command in (
        ["resume", str(path)],
        ["cover-letter", str(path), "--company", "X", "--position", "Clerk"],
        ["interview", "--profile", str(path)],
    ):
        result = runner.invoke(cli, [*command, "-o", str(tmp_path / "out.pdf")])
        assert result.exit_code == 1, command
        assert f"{path}:9:3: basics.name: 'Your Name' is the starter's example text" in result.output
        assert "Traceback" not in result.output
    assert sorted(item.name for item in tmp_path.iterdir()) == ["profile.yaml"]


def test_a_misspelt_field_makes_validate_say_valid_with_warnings(runner, write_profile):
    from toolkit.cli import cli

    path = write_profile("basics:\n  name: Ann Lee\n  emial: ann@example.org\n")
    result = runner.invoke(cli, ["validate", str(path)])
    assert result.exit_code == 0
    assert "unknown field 'emial' (did you mean 'email'?)" in result.output
    assert f"{path}: valid with warnings (1 above)" in result.output
    clean = runner.invoke(cli, ["validate", str(write_profile("basics:\n  name: Ann Lee\n", "clean.yaml"))])
    assert clean.output.strip().endswith("clean.yaml: valid JSON Resume profile")
