"""A starter file's example text is refused until the user writes their own, each example named at its line."""

from __future__ import annotations

from support.paths import ROLE

from toolkit.cli import cli
from toolkit.inputs.companies import load_company


def test_init_company_writes_a_starter_that_is_refused_until_filled_in(runner, tmp_path):
    """The trial's postings said "Your Company" and "City, ST": the starter's examples are refused, each line named."""
    target = tmp_path / "company.yaml"
    result = runner.invoke(cli, ["init", "--company", str(target)])
    assert result.exit_code == 0, result.output
    made = runner.invoke(cli, ["job-description", "--role", ROLE, "--level", "mid", "--company-file", str(target)])
    assert made.exit_code == 1
    assert "company.yaml:5:1: name: 'Your Company' is `jobkit init --company`'s example text" in made.output
    assert "locations[0]: 'City, ST' is `jobkit init --company`'s example text" in made.output
    text = target.read_text().replace("Your Company", "Birch Co").replace("City, ST", "Jackson, MS")
    text = text.replace("https://www.example.com/careers", "https://birch.example/jobs")
    text = text.replace("Two or three sentences", "Birch Co runs two clinics. Three sentences")
    target.write_text(text.replace("Apply through our careers page", "Apply on our site"))
    assert load_company(target).company.name == "Birch Co"
    assert runner.invoke(cli, ["init", "--company", str(target)]).exit_code == 1
