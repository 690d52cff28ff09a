"""Every command through click's CliRunner, as a user would type it."""

from __future__ import annotations

import io
import subprocess
import sys

import docx
import pytest
from pypdf import PdfReader
from support.paths import EXAMPLES, ROLE

from toolkit.cli import cli


def test_init_writes_a_starter_that_validates_and_refuses_to_overwrite(runner, tmp_path):
    target = tmp_path / "profile.yaml"
    result = runner.invoke(cli, ["init", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text().startswith("# Your profile")
    # Until it is filled in, the starter is refused: its only problems are its example texts.
    checked = runner.invoke(cli, ["validate", str(target)])
    assert checked.exit_code == 1
    errors = [line for line in checked.output.splitlines() if line.startswith("error: ")]
    assert errors and all("the starter's example" in line for line in errors)

    target.write_text("basics:\n  name: Mine\n")
    result = runner.invoke(cli, ["init", str(target)])
    assert result.exit_code == 1
    assert "already exists" in result.output
    assert target.read_text() == "basics:\n  name: Mine\n"
    assert [path.name for path in tmp_path.iterdir()] == ["profile.yaml"]


def test_validate_reports_every_problem_located(runner, write_profile):
    path = write_profile("basics:\n  name: Ann\n  emial: x\nwork:\n  - name: A\n    startDate: 2020-13-45\n")
    result = runner.invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    assert f"warning: {path}:3:3: basics.emial: unknown field 'emial' (did you mean 'email'?)" in result.output
    assert f"error: {path}:6:5: work[0].startDate: month must be 1-12 (got 2020-13-45)" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("name", ["profile.yaml", "resume.json"])
def test_validate_accepts_the_examples(runner, name):
    result = runner.invoke(cli, ["validate", str(EXAMPLES / name)])
    assert result.exit_code == 0
    assert "valid JSON Resume profile" in result.output


def test_roles_list_and_show(runner):
    listing = runner.invoke(cli, ["roles", "list"])
    assert listing.exit_code == 0
    assert "medical-records-specialist" in listing.output and "junior" in listing.output
    shown = runner.invoke(cli, ["roles", "show", ROLE])
    assert shown.exit_code == 0
    for expected in (
        "Director of Medical Records",
        "Registered Health Information Technician",
        "AHIMA",
        "ICD-10-CM",
        "electronic health records",
        "$92,000",
    ):
        assert expected in shown.output
    unknown = runner.invoke(cli, ["roles", "show", "nurse"])
    assert unknown.exit_code == 1 and "unknown role 'nurse'" in unknown.output


def test_roles_show_states_each_pay_figure_once_with_its_unit(runner):
    # A figure read "$44,090 a year a year"; the unit belongs once, after the amount.
    shown = runner.invoke(cli, ["roles", "show", "medical-coder"], env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    assert "$44,090 a year " in shown.output and "$21.20 an hour " in shown.output
    assert "a year a year" not in shown.output and "an hour an hour" not in shown.output


def test_resume_pdf_with_default_name(runner, example_profile, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["resume", str(example_profile), "--role", ROLE])
    assert result.exit_code == 0, result.output
    assert "inferred from" in result.output
    output = tmp_path / "maya-robinson-resume.pdf"
    assert "Maya Robinson" in PdfReader(output).pages[0].extract_text()


def test_resume_docx_with_level_theme_and_paper(runner, example_profile, tmp_path):
    target = tmp_path / "cv.docx"
    result = runner.invoke(
        cli,
        [
            "resume",
            str(example_profile),
            "--role",
            ROLE,
            "--level",
            "senior",
            "--theme",
            "modern",
            "--paper",
            "a4",
            "-o",
            str(target),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "level: senior" in result.output and "as asked" in result.output
    assert docx.Document(target).paragraphs[0].text == "Maya Robinson"


def test_resume_markdown_to_stdout_from_json(runner):
    result = runner.invoke(cli, ["resume", str(EXAMPLES / "resume.json"), "--role", ROLE, "-f", "md", "-o", "-"])
    assert result.exit_code == 0
    assert result.stdout.startswith("# Maya Robinson\n")
    assert "level:" not in result.stdout  # notes go to stderr, never into the document


@pytest.mark.parametrize(
    "suffix, check",
    [
        ("html", lambda data: data.startswith(b"<!DOCTYPE html>")),
        ("txt", lambda data: data.startswith(b"MAYA ROBINSON")),
        ("docx", lambda data: data[:2] == b"PK"),
        ("pdf", lambda data: data[:4] == b"%PDF"),
    ],
)
def test_format_comes_from_the_output_extension(runner, example_profile, tmp_path, suffix, check):
    target = tmp_path / f"out.{suffix}"
    assert runner.invoke(cli, ["resume", str(example_profile), "--role", ROLE, "-o", str(target)]).exit_code == 0
    assert check(target.read_bytes())


def test_pdf_to_stdout(runner, example_profile):
    result = runner.invoke(cli, ["resume", str(example_profile), "--role", ROLE, "-f", "pdf", "-o", "-"])
    assert result.exit_code == 0
    assert PdfReader(io.BytesIO(result.stdout_bytes)).pages


@pytest.mark.parametrize(
    "content, expected",
    [
        ("basics:\n  name: [broken\n", "while parsing a flow sequence that starts on line 2"),
        ("basics:\n  name: Ann\nwork: text\n", "work: expected a list"),
        ("work:\n  - name: A\n    startDate: 2020-13-45\n", "work[0].startDate: month must be 1-12"),
    ],
)
def test_bad_profiles_exit_1_with_located_message_and_no_output(runner, write_profile, tmp_path, content, expected):
    path = write_profile(content)
    target = tmp_path / "out.pdf"
    result = runner.invoke(cli, ["resume", str(path), "--role", ROLE, "-o", str(target)])
    assert result.exit_code == 1
    assert expected in result.output and str(path) in result.output
    assert "Traceback" not in result.output
    assert not target.exists()


@pytest.mark.parametrize(
    "options, expected",
    [
        (["--role", "nurse"], "unknown role 'nurse'"),
        (["--role", ROLE, "--level", "expert"], "unknown level 'expert'"),
        (["--role", ROLE, "--theme", "modren"], "unknown theme 'modren' (did you mean 'modern'?)"),
    ],
)
def test_unknown_names_exit_1(runner, example_profile, options, expected):
    result = runner.invoke(cli, ["resume", str(example_profile), *options, "-o", "-"])
    assert result.exit_code == 1
    assert expected in result.output


def test_usage_errors_exit_2(runner, example_profile):
    assert runner.invoke(cli, ["job-description", "--level", "mid", "--company", "X"]).exit_code == 2  # no --role
    assert runner.invoke(cli, ["resume", str(example_profile), "--role", ROLE, "-f", "rtf"]).exit_code == 2


def test_output_may_not_overwrite_the_input(runner, example_profile):
    before = example_profile.read_bytes()
    result = runner.invoke(
        cli, ["resume", str(example_profile), "--role", ROLE, "-f", "md", "-o", str(example_profile)]
    )
    assert result.exit_code == 1 and "is the input file" in result.output
    assert example_profile.read_bytes() == before


def test_debug_shows_the_traceback(runner, write_profile):
    path = write_profile("work: text\n")
    result = runner.invoke(cli, ["resume", str(path), "--role", ROLE, "--debug"])
    assert result.exit_code != 0
    assert result.exc_info is not None and type(result.exc_info[1]).__name__ == "ValidationError"


def test_every_command_help_ends_with_an_example(runner):
    for command in (["init"], ["validate"], ["roles"], ["roles", "list"], ["roles", "show"], ["resume"]):
        result = runner.invoke(cli, [*command, "--help"])
        assert result.exit_code == 0
        assert "Example:" in result.output, command


def test_python_dash_m_toolkit(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "toolkit", "--help"], capture_output=True, text=True, cwd=tmp_path, timeout=60
    )
    assert result.returncode == 0 and "resume" in result.stdout


# Runs the command line as the console script does, with an exit handler and (given "thread") a thread that is
# still working when the command ends.
EXIT_PROBE = """
import atexit, sys, threading, time
atexit.register(lambda: print("exit handler ran", file=sys.stderr))
if sys.argv.pop(1) == "thread":
    threading.Thread(target=lambda: (time.sleep(0.5), print("thread finished", file=sys.stderr))).start()
from toolkit.cli import main
sys.argv[0] = "jobkit"
main()
"""


@pytest.mark.parametrize("thread", ["no-thread", "thread"])
def test_the_command_exits_with_its_output_flushed_and_skips_the_teardown_only_alone(example_profile, thread):
    """A finished command exits without tearing down its modules (about 0.015 s of a cold resume), but only after
    its output (here a pipe, which Python buffers) is flushed and its exit handlers have run; with another thread
    still working it exits as usual, once the thread is done."""
    result = subprocess.run(
        [sys.executable, "-c", EXIT_PROBE, thread, "resume", str(example_profile), "-f", "txt", "-o", "-"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("MAYA ROBINSON") and result.stdout.rstrip().endswith("working proficiency)")
    assert "exit handler ran" in result.stderr
    assert ("thread finished" in result.stderr) == (thread == "thread")


def test_help_does_not_import_the_renderers(tmp_path):
    code = (
        "import sys; from toolkit.cli import cli\n"
        "try:\n    cli(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('weasyprint', 'docx', 'pydantic', 'jsonschema') if m in sys.modules]\n"
        "print('HEAVY', heavy)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert "HEAVY []" in result.stdout


def test_validate_and_docx_never_import_weasyprint(example_profile, tmp_path):
    # With the budget off, rendering happens in this very process, so the import would show.
    code = (
        "import os, sys; os.environ['JOBKIT_TIME_LIMIT'] = os.environ['JOBKIT_MEMORY_LIMIT_MB'] = '0'\n"
        "from toolkit.cli import cli\n"
        f"for args in (['validate', {str(example_profile)!r}], ['resume', {str(example_profile)!r}, '--role', "
        f"{ROLE!r}, '-o', {str(tmp_path / 'x.docx')!r}]):\n"
        "    try:\n        cli(args)\n    except SystemExit:\n        pass\n"
        "print('WEASY', 'weasyprint' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert "WEASY False" in result.stdout, result.stderr
    assert (tmp_path / "x.docx").stat().st_size > 0


def test_a_resume_without_a_posting_never_loads_the_posting_reader(example_profile, tmp_path):
    """Reading postings is a quarter of a DOCX resume's cold start; a resume with no posting and no role has no use
    for it (issue 26)."""
    code = (
        "import os, sys; os.environ['JOBKIT_TIME_LIMIT'] = os.environ['JOBKIT_MEMORY_LIMIT_MB'] = '0'\n"
        "from toolkit.cli import cli\n"
        f"try:\n    cli(['resume', {str(example_profile)!r}, '-o', {str(tmp_path / 'x.docx')!r}])\n"
        "except SystemExit:\n    pass\n"
        "print('POSTINGS', sorted(m for m in sys.modules if m.startswith('toolkit.postings')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert "POSTINGS []" in result.stdout, result.stdout + result.stderr
    assert (tmp_path / "x.docx").stat().st_size > 0


@pytest.mark.parametrize(
    "command", ["resume", "cover-letter", "job-description", "interview", "apply", "batch", "preview"]
)
def test_every_theme_option_says_it_takes_a_theme_folder(runner, command):
    """`--theme examples/themes/slate` works everywhere; the help of each command says so."""
    shown = runner.invoke(cli, [command, "--help"], env={"COLUMNS": "200"}).output
    assert " ".join(shown.split()).count("theme folder") >= 1, shown


@pytest.mark.parametrize("role", ["medical-records-specialist", "medical-coder", "him-supervisor"])
def test_roles_show_speaks_to_the_user_not_of_how_the_pack_was_made(runner, role):
    """A source was shown as "(publisher not named in the seed)": the pack authors' word, not the reader's."""
    shown = runner.invoke(cli, ["roles", "show", role], env={"COLUMNS": "250"})
    assert shown.exit_code == 0, shown.output
    text = " ".join(shown.output.split())
    assert "not named in the seed" not in text
    assert "career-training guide" in text and "((" not in text.replace(" ", "")


def test_a_posting_whose_title_cannot_be_trusted_makes_the_resume_ask(runner, tmp_path):
    """A page's first line is a date: no resume says 'Seeking the Posted 16 hours ago position'."""
    posting = tmp_path / "posting.txt"
    posting.write_text(
        "Posted 16 hours ago\n\nRequirements\n- Knife skills\n- ServSafe Food Handler\n", encoding="utf-8"
    )
    profile = tmp_path / "profile.yaml"  # no summary of its own: the resume writes one, naming the position
    profile.write_text(
        "basics:\n  name: Ana Ruiz\n  label: Line Cook\nwork:\n  - name: Harbor Grill\n    position: Line Cook\n"
        "    startDate: 2021-03\nskills:\n  - name: Kitchen\n    keywords: [Knife skills]\n",
        encoding="utf-8",
    )
    out = tmp_path / "resume.md"
    arguments = ["resume", str(profile), "--job", str(posting), "-o", str(out)]
    result = runner.invoke(cli, arguments)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "'Posted 16 hours ago'" in result.output and "--position TITLE" in result.output
    assert not out.exists()
    # A letter needs both, and asks for both at once.
    letter = runner.invoke(cli, ["cover-letter", str(profile), "--job", str(posting), "-o", str(tmp_path / "l.md")])
    assert letter.exit_code == 1 and "pass --position TITLE and --company NAME" in letter.output
    result = runner.invoke(cli, [*arguments, "--position", "Line Cook", "--company", "Alder & Ash"])
    assert result.exit_code == 0, result.output
    assert "Seeking the Line Cook position at Alder & Ash." in out.read_text(encoding="utf-8")
