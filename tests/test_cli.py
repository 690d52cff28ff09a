"""Every command through click's CliRunner, as a user would type it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from support.paths import ROLE

from toolkit.cli import cli


def test_usage_errors_exit_2(runner, example_profile):
    assert runner.invoke(cli, ["job-description", "--level", "mid", "--company", "X"]).exit_code == 2  # no --role
    assert runner.invoke(cli, ["resume", str(example_profile), "--role", ROLE, "-f", "rtf"]).exit_code == 2


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


@pytest.mark.skipif(
    not __import__("os").path.exists("/dev/full"), reason="needs /dev/full, a device that is always full"
)
def test_a_write_the_system_refuses_is_one_clear_line_and_exit_1(example_profile):
    """`-o -` into a full device (or disk) ends with one line saying what happened, never a traceback."""
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "toolkit", "resume", str(example_profile), "-f", "md", "-o", "-"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert result.returncode == 1
    assert "No space left on device" in result.stderr and "may be incomplete" in result.stderr
    assert "Traceback" not in result.stderr


def test_commands_load_their_module_only_when_asked_for(runner, tmp_path):
    """Each command answers to its own name; running one loads only its own module (issue 26: about 10 ms of
    a cold `jobkit resume`); a misspelt command is still offered every command's spelling."""
    from toolkit.cli import COMMANDS

    context = cli.make_context("jobkit", ["--help"], resilient_parsing=True)
    assert all(cli.get_command(context, name).name == name for name in COMMANDS)  # type: ignore[union-attr]
    assert "Did you mean one of: 'resume', 'roles'?" in runner.invoke(cli, ["resum"]).output
    code = (
        "import sys; from toolkit.cli import cli\n"
        "try:\n    cli(['init', 'profile.yaml'])\nexcept SystemExit:\n    pass\n"
        "print('LOADED', sorted(m for m in sys.modules if m.startswith('toolkit.commands.')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    loaded = result.stdout.split("LOADED", 1)[1]
    assert "toolkit.commands.setup" in loaded, result.stdout + result.stderr
    assert not any(f"toolkit.commands.{name}'" in loaded for name in ("apply", "batch", "check", "interview", "pay"))


@pytest.mark.parametrize("users_value", [None, ""])
def test_pydantic_skips_its_plugin_search_unless_the_user_says(example_profile, tmp_path, users_value):
    """Looking through every installed package for pydantic plugins cost each validating command ~5 ms (issue 26);
    a user's own PYDANTIC_DISABLE_PLUGINS (here empty: plugins on) is kept."""
    code = (
        "import atexit, sys; from pydantic.plugin import _loader\n"
        "atexit.register(lambda: print('SEARCHED', _loader._plugins is not None))\n"
        f"sys.argv = ['jobkit', 'validate', {str(example_profile)!r}]\n"
        "from toolkit.cli import main; main()"
    )
    env = {key: value for key, value in os.environ.items() if key != "PYDANTIC_DISABLE_PLUGINS"}
    if users_value is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = users_value
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert f"SEARCHED {users_value is not None}" in result.stdout, result.stdout + result.stderr
