"""A pack of one's own, end to end: `roles new`, edit it, `roles validate`, then every document kind from it."""

from __future__ import annotations

import re

import yaml

from toolkit.cli import cli

LEVELS = {"junior": "Junior Accountant", "mid": "Accountant", "senior": "Senior Accountant"}


def _edit(pack: dict) -> dict:
    """What a person writes into the starter: the occupation's own words in every field it offers."""
    pack["summary"] = "Keeps an organization's books accurate and closes them on time, so its figures can be trusted."
    duties = {
        "junior": ["Reconcile bank and card accounts each month.", "Post journal entries with support attached."],
        "mid": ["Close the books each month and explain variances.", "Prepare account reconciliations for audit."],
        "senior": ["Review others' reconciliations and entries.", "Improve the month-end close checklist."],
    }
    for level in pack["levels"]:
        level["responsibilities"] = duties[level["id"]]
        level["focus_areas"] = ["Accuracy and timeliness of the close"]
    pack["keywords"] = [
        {
            "term": "account reconciliation",
            "synonyms": ["reconciled accounts", "reconciliations"],
            "weight": 3,
            "category": "core",
            "importance": "required",
        },
        {
            "term": "month-end close",
            "synonyms": ["monthly close"],
            "weight": 3,
            "category": "core",
            "importance": "required",
        },
        {"term": "QuickBooks", "weight": 2, "category": "tools", "importance": "preferred"},
    ]
    content = pack["job_description"]
    content["skills_and_tools"] = ["Microsoft Excel for reconciliations", "An accounting system such as QuickBooks"]
    for level, posting in content["levels"].items():
        posting["summary"] = posting["summary"].replace(" to ...", " to keep the books accurate and closed on time.")
        posting["duties"] = [
            f"Support the {'audit' if level == 'senior' else 'month-end close'} with clean workpapers."
        ]
        posting["required"] = ["A degree or coursework in accounting"]
        posting["skills"] = [f"{LEVELS[level]} workpapers and review notes"]
    question = pack["interview"]["questions"][0]
    question["question"] = "Walk me through how you reconcile an account that will not balance."
    question["strong_answer"] = [
        "Starts from the last balanced date",
        "Ties each difference to a source",
        "Says who signs off",
    ]
    question["follow_ups"] = ["What if the difference is in a prior period?"]
    return pack


def test_a_new_pack_is_started_edited_validated_and_renders_every_kind(runner, tmp_path, write_profile):
    pack_file = tmp_path / "accountant.yaml"
    started = runner.invoke(
        cli, ["roles", "new", "accountant", "--title", "Accountant", "--soc", "132011", "-o", str(pack_file)]
    )
    assert started.exit_code == 0, started.output
    assert 'code: "13-2011"' in pack_file.read_text()  # written the standard way, whatever way it was typed
    # The starter loads, but its example text is refused, each line named, until it is replaced.
    unedited = runner.invoke(cli, ["roles", "validate", str(pack_file)])
    assert unedited.exit_code == 1
    assert "accountant.yaml:16:1: summary: 'One or two sentences on what an Accountant" in unedited.output
    assert "is looking for an Accountant to ...' is `jobkit roles new`'s example text" in unedited.output

    pack_file.write_text(yaml.safe_dump(_edit(yaml.safe_load(pack_file.read_text())), sort_keys=False))
    checked = runner.invoke(cli, ["roles", "validate", str(pack_file)])
    assert checked.exit_code == 0, checked.output
    assert "valid role pack accountant (3 levels" in checked.stdout and "extends general" in checked.stdout

    profile = write_profile(
        {
            "basics": {"name": "Jo Quinn", "label": "Staff Accountant"},
            "work": [
                {
                    "name": "Alder & Finch",
                    "position": "Staff Accountant",
                    "startDate": "2022-01",
                    "highlights": [
                        "Reconciled 40 bank accounts each month in QuickBooks.",
                        "Cut the monthly close from 8 days to 5.",
                    ],
                }
            ],
            "skills": [{"name": "Accounting", "keywords": ["account reconciliation", "QuickBooks"]}],
        }
    )
    role = ["--role", str(pack_file)]
    for level, title in LEVELS.items():
        documents = {
            "resume": ["resume", str(profile), *role, "--level", level],
            "cover letter": [
                "cover-letter",
                str(profile),
                *role,
                "--level",
                level,
                "--company",
                "Birch Co",
                "--position",
                title,
            ],
            "job description": [
                "job-description",
                *role,
                "--level",
                level,
                "--company",
                "Birch Co",
                "--salary",
                "55000-65000",
            ],
            "practice sheet": ["interview", *role, "--level", level],
            "interviewer kit": ["interview", *role, "--level", level, "--kit"],
        }
        for kind, command in documents.items():
            result = runner.invoke(cli, [*command, "-f", "md", "-o", "-"])
            assert result.exit_code == 0, (kind, level, result.output)
            text = result.stdout
            assert title in text, (kind, level)
            assert not re.search(r"[{}]|\bNone\b|\.\.\.", text), (kind, level)
        jd = runner.invoke(cli, [*documents["job description"], "-f", "md", "-o", "-"]).stdout
        assert "is hiring" in jd or "is looking for" in jd or "seeks" in jd
        # With its SOC code the new pack has pay at once: BLS OEWS wages for the place, said so.
        auto = runner.invoke(
            cli,
            [
                "job-description",
                *role,
                "--level",
                level,
                "--company",
                "Birch Co",
                "--location",
                "Jackson, MS",
                "-f",
                "md",
                "-o",
                "-",
            ],
        )
        assert auto.exit_code == 0, auto.output
        assert "Based on BLS OEWS May 2025 wages for Accountants and Auditors in Jackson, MS." in auto.stdout
        assert "keep the books accurate and closed on time" in jd and f"{title} workpapers and review notes" in jd
    resume = runner.invoke(cli, ["resume", str(profile), *role, "-f", "md", "-o", "-"]).stdout
    # The pack's terms tailor the resume: its core competencies are the ones the profile really holds.
    competencies = next(line for line in resume.splitlines() if "account reconciliation" in line and "·" in line)
    assert "QuickBooks" in competencies
    practice = runner.invoke(cli, ["interview", *role, "--level", "mid", "-f", "md", "-o", "-", "--count", "20"]).stdout
    assert "Accountant skills" in practice  # the pack's own question category, alongside the inherited bank
