"""The recruiter trial's batch findings: several formats a run, one manifest across runs, --roles-dir,
benefits per row and per role, a range typed in thousands warned, and a file already there kept unless --force."""

from __future__ import annotations

import csv

import docx

from toolkit.cli import cli

COMPANY = """name: Crossdock Supply
about: A regional distributor with two warehouses.
employees: 120
benefits:
  - Medical, dental and vision coverage
  - {text: Steel-toe boot allowance, roles: [records-clerk]}
"""


def _manifest(folder):
    with (folder / "manifest.csv").open(newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def test_several_formats_one_manifest_roles_dir_and_benefits_per_row(runner, tmp_path):
    (tmp_path / "company.yaml").write_text(COMPANY)
    packs = tmp_path / "packs"
    packs.mkdir()
    (packs / "records-clerk.yaml").write_text(
        "format: 2\nid: records-clerk\nextends: medical-records-specialist\ntitle: Records Clerk\n"
    )
    (tmp_path / "jobs.csv").write_text(
        "role,level,company_file,location,salary_min,salary_max,benefits,output\n"
        'records-clerk,mid,company.yaml,"Jackson, MS",,,,clerk\n'
        'medical-billing-specialist,mid,company.yaml,"Jackson, MS",52,60,,billing\n'
        'medical-coder,mid,company.yaml,"Jackson, MS",,,Health insurance; 401(k) match,coder\n'
    )
    out = tmp_path / "out"
    first = runner.invoke(
        cli,
        [
            "batch",
            str(tmp_path / "jobs.csv"),
            "--out-dir",
            str(out),
            "-f",
            "md",
            "-f",
            "txt",
            "--jobs",
            "1",
            "--roles-dir",
            str(packs),
        ],
    )
    assert first.exit_code == 0, first.output
    assert sorted(path.name for path in out.iterdir()) == [
        "billing.md",
        "billing.txt",
        "clerk.md",
        "clerk.txt",
        "coder.md",
        "coder.txt",
        "manifest.csv",
    ]
    second = runner.invoke(
        cli,
        [
            "batch",
            str(tmp_path / "jobs.csv"),
            "--out-dir",
            str(out),
            "-f",
            "html",
            "--jobs",
            "1",
            "--roles-dir",
            str(packs),
        ],
    )
    assert second.exit_code == 0, second.output
    assert len(_manifest(out)) == 9  # the second run kept the first run's lines
    clerk = (out / "clerk.md").read_text()
    billing = (out / "billing.md").read_text()
    coder = (out / "coder.md").read_text()
    # A benefit scoped to one role lands only in that role's posting; a row's own list replaces the company's.
    assert "Steel-toe boot allowance" in clerk and "Steel-toe boot allowance" not in billing
    assert "- Health insurance\n- 401(k) match" in coder and "vision coverage" not in coder
    warned = next(line for line in _manifest(out) if line["output"].endswith("billing.md"))
    assert "if you meant $52,000 – $60,000 a year, write 52k-60k" in warned["message"]


def test_a_file_already_there_is_kept_unless_force_is_given(runner, tmp_path):
    (tmp_path / "jobs.csv").write_text("role,level,company,output\nmedical-records-specialist,mid,Acme,posting\n")
    out = tmp_path / "out"
    out.mkdir()
    (out / "posting.md").write_text("mine", encoding="utf-8")
    arguments = ["batch", str(tmp_path / "jobs.csv"), "--out-dir", str(out), "-f", "md", "--jobs", "1"]
    kept = runner.invoke(cli, arguments)
    assert kept.exit_code == 1, kept.output
    assert (out / "posting.md").read_text(encoding="utf-8") == "mine"
    assert "posting.md exists already; pass --force to replace it" in _manifest(out)[0]["message"]
    forced = runner.invoke(cli, [*arguments, "--force"])
    assert forced.exit_code == 0, forced.output
    assert "# Medical Records Specialist" in (out / "posting.md").read_text(encoding="utf-8")


def test_theme_paper_and_jobs_reach_every_row(runner, tmp_path, monkeypatch):
    import toolkit.batch.running as running

    workers: list[int] = []
    real = running.run_tasks

    def counting(tasks, jobs, fmt, report):  # the worker count asked for, then made in this process
        workers.append(jobs)
        real(tasks, 1, fmt, report)

    monkeypatch.setattr(running, "run_tasks", counting)
    (tmp_path / "jobs.csv").write_text("role,level,company,output\nmedical-records-specialist,mid,Acme,posting\n")
    out = tmp_path / "out"
    arguments = ["batch", str(tmp_path / "jobs.csv"), "--out-dir", str(out), "-f", "docx"]
    result = runner.invoke(cli, [*arguments, "--theme", "modern", "--paper", "a4", "--jobs", "7"])
    assert result.exit_code == 0, result.output
    assert workers == [7]
    document = docx.Document(out / "posting.docx")
    assert round(document.sections[0].page_width.mm) == 210  # A4, not the English default of letter
    assert str(document.styles["Heading 1"].font.color.rgb) == "0F4C5C"  # modern's teal section titles
