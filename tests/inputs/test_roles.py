"""Role packs: the shipped library, packs that extend packs, the user's own packs, and located errors."""

from __future__ import annotations

import pytest
from support.role_packs import child_pack, write_pack

from toolkit.cli import cli
from toolkit.errors import UnknownNameError, ValidationError
from toolkit.inputs.roles import available_packs, builtin_role_ids, load_role, resolve_role
from toolkit.matching import TextIndex, find_keyword
from toolkit.resources import templates_dir

ROLE = "medical-records-specialist"
FAMILY = [
    "cancer-registrar",
    "cdi-specialist",
    "health-data-analyst",
    "health-information-technician",
    "him-director",
    "him-supervisor",
    "medical-billing-specialist",
    "medical-coder",
    "medical-records-specialist",
    "patient-access-representative",
    "release-of-information-specialist",
]


def test_the_shipped_library_is_the_general_pack_and_the_health_information_family():
    assert builtin_role_ids() == sorted(["general", *FAMILY])
    assert "health-information-base" not in builtin_role_ids()  # a family base, not a role


@pytest.mark.parametrize("role", FAMILY)
def test_every_family_role_is_deep_and_sourced(role):
    pack = load_role(role)
    assert pack.extends == "health-information-base" or load_role(pack.extends).extends == "health-information-base"
    own_questions = [q for q in pack.interview.questions if pack.depth("questions", q.id) == 0]
    assert len(own_questions) >= 30, role
    for level in pack.level_ids():
        assert any(level in question.levels for question in own_questions), (role, level)
    assert len([keyword for keyword in pack.keywords if pack.keywords]) >= 15
    assert pack.certifications and all(item.issuer for item in pack.certifications)
    assert pack.sources and all(source.url or source.seed_file for source in pack.sources)
    for figure in pack.reference.pay:  # every pay figure carries its source and when it applies
        assert figure.source in {source.id for source in pack.sources}
        assert figure.period or pack.source(figure.source).year, (role, figure)


def test_the_general_pack_says_nothing_about_any_occupation():
    text = (templates_dir() / "roles" / "general.yaml").read_text(encoding="utf-8").lower()
    for word in ("health", "patient", "medical", "hipaa", "ehr", "clinic", "hospital", "coding"):
        assert word not in text, word


def test_the_medical_records_pack_keeps_the_seeds_facts_with_their_sources():
    pack = load_role(ROLE)
    medians = {
        figure.level: figure.amount for figure in pack.reference.pay if figure.level and figure.statistic == "median"
    }
    assert medians == {
        "junior": 38000,
        "mid": 46000,
        "senior": 55000,
        "supervisor": 63000,
        "manager": 75000,
        "director": 92000,
    }
    assert [(level.id, level.years_min, level.years_max) for level in pack.levels] == [
        ("junior", 0, 2),
        ("mid", 2, 4),
        ("senior", 4, 7),
        ("supervisor", 7, 10),
        ("manager", 10, 15),
        ("director", 15, None),
    ]
    growth = {figure.value for figure in pack.reference.outlook if figure.label == "Employment growth"}
    assert growth == {"8% (faster than average)", "7% (as fast as average)"}  # the seeds disagree: both kept
    assert {source.seed_file for source in pack.sources if source.seed_file} >= {
        "000_9be730936e6a43da.txt",
        "001_93deef08fed2b27e.txt",
        "002_39db51beb17fb288.txt",
    }
    issuers = {item.abbreviation: item.issuer_abbreviation for item in pack.certifications}
    assert issuers["RHIT"] == "AHIMA" and issuers["CPC"] == "AAPC" and issuers["CBCS"] == "NHA"


def test_keywords_match_their_synonyms_and_whole_words_only():
    by_term = {keyword.term: keyword for keyword in load_role(ROLE).all_keywords()}
    assert find_keyword(TextIndex.of("Coded in ICD-10 daily"), by_term["ICD-10-CM"]) == "ICD-10"
    assert find_keyword(TextIndex.of("Maintained Electronic Health Records"), by_term["EHR"]) == (
        "Electronic Health Records"
    )
    assert find_keyword(TextIndex.of("Passed the CCAT aptitude test"), by_term["CCA"]) is None
    assert find_keyword(TextIndex.of("Certified Coding Associate since 2020"), by_term["CCA"]) == (
        "Certified Coding Associate"
    )


# --- extends: merging and where problems point -------------------------------------------------------


def test_a_child_pack_must_name_its_own_occupation(tmp_path):
    # A pack without a title would otherwise be called its parent's ("General") in `roles list`,
    # interview kits and tailored resumes: a name the user never wrote.
    data = child_pack(extends="general")
    del data["title"]
    path = write_pack(tmp_path, "test-role", data)
    with pytest.raises(ValidationError) as caught:
        load_role(str(path))
    messages = [str(problem) for problem in caught.value.problems]
    assert messages == [f"{path}:1:1: title: required field is missing"]
    # A pack that adjusts a shipped one (its id, extending it) still goes by its name.
    data = {"format": 2, "id": ROLE, "extends": ROLE, "keywords": [{"term": "new term", "category": "records"}]}
    assert load_role(str(write_pack(tmp_path, ROLE, data))).title == load_role(ROLE).title


def test_packs_that_extend_each_other_in_a_loop_are_refused(tmp_path):
    write_pack(tmp_path, "one", {"format": 2, "id": "one", "extends": "two", "title": "One", "summary": "x"})
    two = write_pack(tmp_path, "two", {"format": 2, "id": "two", "extends": "one", "title": "Two", "summary": "x"})
    with pytest.raises(ValidationError, match="extend each other in a loop"):
        load_role(str(two))


def test_an_unknown_parent_is_located_with_a_did_you_mean(tmp_path):
    path = write_pack(tmp_path, "test-role", child_pack(extends="medical-record-specialist"))
    with pytest.raises(ValidationError) as caught:
        load_role(str(path))
    assert f"{path}:3:" in str(caught.value) and "did you mean 'medical-records-specialist'" in str(caught.value)


def test_a_family_base_cannot_be_used_as_a_role_but_validates():
    with pytest.raises(ValidationError, match="family base pack"):
        load_role("health-information-base")
    assert resolve_role("health-information-base", allow_abstract=True).pack.id == "health-information-base"


def test_unknown_role_suggests_the_close_one():
    with pytest.raises(UnknownNameError, match="did you mean 'medical-records-specialist'"):
        load_role("medical-record-specialist")


# --- the user's own packs -------------------------------------------------------------------------------


def test_user_packs_are_found_in_roles_dir_environment_and_user_folder(tmp_path, monkeypatch):
    mine, env, config = tmp_path / "mine", tmp_path / "env", tmp_path / "config"
    for folder in (mine, env, config / "jobkit" / "roles"):
        folder.mkdir(parents=True)
    write_pack(mine, "from-dir", child_pack(id="from-dir"))
    write_pack(env, "from-env", child_pack(id="from-env"))
    write_pack(config / "jobkit" / "roles", "from-config", child_pack(id="from-config"))
    monkeypatch.setenv("JOBKIT_ROLES_PATH", str(env))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    origins = {entry.id: entry.origin for entry in available_packs([mine])}
    assert origins["from-dir"] == "--roles-dir"
    assert origins["from-env"] == "JOBKIT_ROLES_PATH"
    assert origins["from-config"] == "user folder"
    assert origins[ROLE] == "built-in"
    assert load_role("from-env").title == "Test Role"


def test_a_user_pack_with_a_shipped_id_wins_with_a_note(tmp_path):
    write_pack(tmp_path, ROLE, {**child_pack(id=ROLE), "title": "My Own Records Specialist"})
    resolved = resolve_role(ROLE, [tmp_path])
    assert resolved.pack.title == "My Own Records Specialist"
    assert resolved.notes and "instead of the shipped pack" in resolved.notes[0]


def test_roles_list_shows_where_each_pack_comes_from(runner, tmp_path):
    write_pack(tmp_path, "my-role", child_pack(id="my-role"))
    result = runner.invoke(cli, ["roles", "list", "--roles-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    line = next(line for line in result.output.splitlines() if "my-role" in line)
    assert "--roles-dir" in line


def test_a_pack_whose_id_is_not_its_file_name_is_listed_as_found_and_warned_of(runner, tmp_path):
    # dental.yaml holding `id: dental-assistant` was listed as dental-assistant, which --role then refused.
    path = write_pack(tmp_path, "dental", child_pack(id="dental-assistant"))
    listed = runner.invoke(cli, ["roles", "list", "--roles-dir", str(tmp_path)], env={"COLUMNS": "250"})
    line = next(line for line in listed.output.splitlines() if "--roles-dir" in line)
    assert line.split()[1] == "dental"
    checked = runner.invoke(cli, ["roles", "validate", str(path)])
    assert checked.exit_code == 0
    assert f"warning: {path}: id 'dental-assistant' is not this file's name (dental.yaml)" in checked.output
    assert "name the file dental-assistant.yaml" in checked.output
    named_right = write_pack(tmp_path, "my-role", child_pack(id="my-role"))
    assert runner.invoke(cli, ["roles", "validate", str(named_right)]).output.count("warning") == 0


def test_roles_validate_reports_every_problem_located(runner, tmp_path):
    path = write_pack(tmp_path, "bad", "format: 2\nid: bad\nextends: general\ntitle: Bad\nsummary: x\nlevels: five\n")
    result = runner.invoke(cli, ["roles", "validate", str(path)])
    assert result.exit_code == 1
    assert f"error: {path}:6:1: levels: expected a list, got text ('five')" in result.output
    good = runner.invoke(cli, ["roles", "validate", str(templates_dir() / "roles" / f"{ROLE}.yaml")])
    assert good.exit_code == 0 and "valid role pack medical-records-specialist" in good.output
