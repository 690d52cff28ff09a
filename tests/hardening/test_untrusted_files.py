"""Untrusted files: no planted cache runs code, no planted link is followed, no input is overwritten,
no special file is read or replaced, and no manifest cell is a spreadsheet formula."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from support.paths import EXAMPLES, REPO, ROLE


def _jobkit(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run jobkit in a fresh interpreter, as a user would: nothing cached from earlier tests."""
    return subprocess.run(
        [sys.executable, "-m", "toolkit", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=cwd or REPO,
        timeout=120,
    )


class _OpenOnUnpickle:
    """Unpickling this creates a file: proof that a cache entry was unpickled."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


# Issue 10, item 1: template bytecode cache


def test_a_planted_template_cache_entry_is_never_loaded(tmp_path):
    from jinja2 import Environment, FileSystemLoader
    from jinja2.bccache import BytecodeCache, bc_magic

    from toolkit.resources import templates_dir

    cache = tmp_path / "cache"
    folder = cache / "jobkit" / "templates"
    folder.mkdir(parents=True)
    marker = tmp_path / "code-ran"
    environment = Environment(loader=FileSystemLoader(str(templates_dir())))
    for name in environment.list_templates(extensions=["j2"]):
        _, filename, _ = environment.loader.get_source(environment, name)
        key = BytecodeCache().get_cache_key(name, filename)
        (folder / f"__jinja2_{key}.cache").write_bytes(bc_magic + pickle.dumps(_OpenOnUnpickle(marker)))
    result = _jobkit(
        "resume", str(EXAMPLES / "profile.yaml"), "--role", ROLE, "-f", "html", "-o", str(tmp_path / "resume.html"),
        env={"XDG_CACHE_HOME": str(cache)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert not marker.exists()
    assert "<html" in (tmp_path / "resume.html").read_text(encoding="utf-8")


def test_a_missing_home_folder_is_not_created(tmp_path):
    home = tmp_path / "nonexistent" / "home"
    env = {"HOME": str(home), "XDG_CACHE_HOME": "", "XDG_CONFIG_HOME": "", "XDG_DATA_HOME": ""}
    result = _jobkit(
        "resume", str(EXAMPLES / "profile.yaml"), "--role", ROLE, "-f", "html", "-o", str(tmp_path / "r.html"), env=env
    )
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "nonexistent").exists()


# Issue 10, item 2: temporary files


def test_init_never_writes_through_a_link_planted_at_a_temporary_name(runner, tmp_path):
    from toolkit.cli import cli

    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    # The names a guessable scheme would use (the old one was .NAME.<pid>.tmp).
    for name in (f".profile.yaml.{os.getpid()}.tmp", ".profile.yaml.tmp", ".jobkit.tmp"):
        (tmp_path / name).symlink_to(victim)
    result = runner.invoke(cli, ["init", str(tmp_path / "profile.yaml")])
    assert result.exit_code == 0, result.output
    assert victim.read_text() == "keep me"
    assert "basics:" in (tmp_path / "profile.yaml").read_text(encoding="utf-8")
    assert sorted(path.name for path in tmp_path.iterdir() if not path.is_symlink()) == ["profile.yaml", "victim.txt"]


def test_init_in_a_read_only_folder_says_so_without_a_traceback(tmp_path):
    import shutil

    folder = tmp_path / "read-only"
    folder.mkdir()
    command = [sys.executable, "-m", "toolkit", "init", str(folder / "profile.yaml")]
    if os.geteuid() == 0:  # root writes through permissions: mount a read-only file system instead
        if shutil.which("unshare") is None:
            pytest.skip("running as root without unshare: no way to make a read-only folder")
        command = ["unshare", "-rm", "sh", "-c", 'mount -t tmpfs -o ro tmpfs "$0" && exec "$@"', str(folder), *command]
    else:
        folder.chmod(0o555)
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    folder.chmod(0o755)
    if result.stderr.startswith(("unshare:", "mount:")):
        pytest.skip(f"cannot mount a read-only file system here: {result.stderr.strip()}")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"error: cannot write {folder / 'profile.yaml'}:" in result.stderr
    assert list(folder.iterdir()) == []


def test_the_longest_output_name_the_folder_allows_is_written(runner, tmp_path):
    from toolkit.cli import cli
    from toolkit.output import write_atomically

    name = "r" * 247 + ".md"  # 250 bytes; NAME_MAX is 255
    result = runner.invoke(cli, ["resume", str(EXAMPLES / "profile.yaml"), "--role", ROLE, "-o", str(tmp_path / name)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / name).read_text(encoding="utf-8").startswith("# ")
    write_atomically(tmp_path / ("x" * 255), b"data")
    assert (tmp_path / ("x" * 255)).read_bytes() == b"data"
    starter = "p" * 250 + ".yaml"
    assert runner.invoke(cli, ["init", str(tmp_path / starter)]).exit_code == 0
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted([name, "x" * 255, starter])


# Issue 10, item 4: special files


class Blocked(BaseException):
    """Not an Exception (nor an OSError), so no ``except`` in the code under test can swallow it."""


@pytest.fixture
def deadline():
    """Fail, instead of hanging, if the test blocks (on a FIFO) for more than 20 seconds."""
    import signal

    def expire(*_):
        raise Blocked("blocked for 20 s: a special file was opened or read")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, 20, 1)  # and again every second, until the test ends
    yield
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, previous)


def _company_with_logo(folder: Path, logo: str) -> Path:
    company = folder / "company.yaml"
    company.write_text(f"name: Riverside Health\nlogo: {logo}\n", encoding="utf-8")
    return company


PROFILE = str(EXAMPLES / "profile.yaml")
JD = ["job-description", "--role", ROLE, "--level", "mid", "-f", "md", "-o", "-"]
# What each input is called in messages -> the command line that reads it from a FIFO at `fifo`.
READERS = {
    "profile": lambda fifo, folder: ["resume", str(fifo), "--role", ROLE, "-f", "md", "-o", "-"],
    "job posting": lambda fifo, folder: ["cover-letter", PROFILE, "--role", ROLE, "--job", str(fifo), "-o", "-"],
    "company file": lambda fifo, folder: [*JD, "--company-file", str(fifo)],
    "role pack": lambda fifo, folder: ["interview", "--role", str(fifo), "-f", "md", "-o", "-"],
    "batch file": lambda fifo, folder: ["batch", str(fifo), "--out-dir", str(folder / "out")],
    "resume": lambda fifo, folder: ["check", str(fifo), "--role", ROLE],
    "logo": lambda fifo, folder: [*JD, "--company-file", str(_company_with_logo(folder, fifo.name))],
}


@pytest.mark.parametrize("what", READERS)
def test_every_kind_of_input_refuses_a_fifo_without_blocking(runner, tmp_path, deadline, what):
    from toolkit.cli import cli

    fifo = tmp_path / ("pipe.png" if what == "logo" else "pipe.yaml")
    os.mkfifo(fifo)
    result = runner.invoke(cli, READERS[what](fifo, tmp_path))
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    if what == "logo":
        assert "logo 'pipe.png' is not a regular file" in result.output
    else:
        assert f"{fifo}: {what} is a FIFO (named pipe), not a regular file" in result.output


def test_an_endless_device_as_input_is_refused_at_once():
    import resource

    def cap_memory():  # without the fix, reading /dev/zero grows until this limit
        resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, resource.RLIM_INFINITY))

    result = subprocess.run(
        [sys.executable, "-m", "toolkit", "validate", "/dev/zero"],
        capture_output=True, text=True, timeout=60, preexec_fn=cap_memory,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == "error: /dev/zero: profile is a character device, not a regular file; " \
        "jobkit reads only regular files\n"  # fmt: skip


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs Linux /proc")
def test_the_size_cap_holds_when_a_file_claims_to_be_empty():
    from toolkit.errors import InputFileError
    from toolkit.inputs.loading import read_bytes

    assert os.stat("/proc/self/maps").st_size == 0
    with pytest.raises(InputFileError, match=r"maps: profile is over 64 bytes; the limit is 64 bytes"):
        read_bytes("/proc/self/maps", what="profile", max_bytes=64)


def test_a_special_file_at_the_output_path_is_refused_not_replaced(runner, tmp_path):
    import stat

    from toolkit.cli import cli

    fifo = tmp_path / "resume.md"
    os.mkfifo(fifo)
    result = runner.invoke(cli, ["resume", str(EXAMPLES / "profile.yaml"), "--role", ROLE, "-o", str(fifo)])
    assert result.exit_code == 1
    assert f"error: output {fifo} is a FIFO (named pipe), not a regular file" in result.output
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    device = tmp_path / "null.md"
    device.symlink_to("/dev/null")
    result = runner.invoke(cli, ["resume", str(EXAMPLES / "profile.yaml"), "--role", ROLE, "-o", str(device)])
    assert result.exit_code == 1
    assert "is a character device, not a regular file; jobkit writes only regular files ('-o -'" in result.output
    assert device.is_symlink() and os.readlink(device) == "/dev/null"


def test_batch_with_force_never_replaces_a_special_file(runner, tmp_path):
    import stat

    from toolkit.cli import cli

    (tmp_path / "jobs.csv").write_text(f"role,level,company,output\n{ROLE},mid,Riverside Health,posting\n")
    out = tmp_path / "out"
    out.mkdir()
    os.mkfifo(out / "posting.md")
    result = runner.invoke(cli, ["batch", str(tmp_path / "jobs.csv"), "--out-dir", str(out), "-f", "md", "--force"])
    assert result.exit_code == 1
    assert "posting.md is a FIFO (named pipe), not a regular file" in result.output
    assert stat.S_ISFIFO(os.lstat(out / "posting.md").st_mode)


# Issue 10, item 3: outputs never replace a file the command read

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'


def test_the_api_lists_every_file_it_read(tmp_path):
    from toolkit.api import render_cover_letter, render_job_description
    from toolkit.resources import templates_dir

    (tmp_path / "logo.svg").write_bytes(SVG)
    company = _company_with_logo(tmp_path, "logo.svg")
    document = render_job_description(role=ROLE, level="mid", company_file=company, fmt="md")
    assert [path.resolve() for path in document.sources] == [
        *(
            (templates_dir() / "roles" / f"{pack}.yaml").resolve()
            for pack in (ROLE, "health-information-base", "general")
        ),
        company.resolve(),
        (tmp_path / "logo.svg").resolve(),
    ]
    letter = render_cover_letter(PROFILE, role=ROLE, job=EXAMPLES / "posting.txt", fmt="md")
    assert {path.resolve() for path in letter.sources} >= {Path(PROFILE), EXAMPLES / "posting.txt"}


def test_a_role_pack_given_by_path_is_never_overwritten(runner, tmp_path):
    from toolkit.cli import cli
    from toolkit.resources import templates_dir

    pack = tmp_path / "mypack.yaml"
    pack.write_bytes((templates_dir() / "roles" / f"{ROLE}.yaml").read_bytes())
    before = pack.read_bytes()
    result = runner.invoke(cli, ["interview", "--role", str(pack), "-f", "md", "-o", str(pack)])
    assert result.exit_code == 1
    assert f"error: output {pack} is the input file" in result.output
    assert pack.read_bytes() == before


def test_a_company_logo_is_never_overwritten(runner, tmp_path):
    from toolkit.cli import cli

    logo = tmp_path / "logo.svg"
    logo.write_bytes(SVG)
    company = _company_with_logo(tmp_path, "logo.svg")
    result = runner.invoke(cli, [*JD[:-4], "--company-file", str(company), "-f", "md", "-o", str(logo)])
    assert result.exit_code == 1
    assert f"error: output {logo} is the input file" in result.output
    assert logo.read_bytes() == SVG


def test_batch_never_writes_its_manifest_over_an_input(runner, tmp_path):
    from toolkit.cli import cli

    listing = tmp_path / "manifest.csv"
    listing.write_text(f"role,level,company\n{ROLE},mid,Riverside Health\n")
    result = runner.invoke(cli, ["batch", str(listing), "--out-dir", str(tmp_path), "-f", "md"])
    assert result.exit_code == 1
    assert f"error: {listing} would replace the input file {listing}; choose another --out-dir" in result.output
    assert sorted(path.name for path in tmp_path.iterdir()) == ["manifest.csv"]
    # A company file that happens to be called manifest.csv (read as YAML) is an input too.
    listing.write_text("name: Riverside Health\n")
    jobs = tmp_path / "jobs.csv"
    jobs.write_text(f"role,level,company_file\n{ROLE},mid,manifest.csv\n")
    result = runner.invoke(cli, ["batch", str(jobs), "--out-dir", str(tmp_path), "-f", "md"])
    assert result.exit_code == 1
    assert "would replace the input file" in result.output
    assert listing.read_text() == "name: Riverside Health\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["jobs.csv", "manifest.csv"]


def test_batch_never_writes_a_row_over_its_csv_or_a_company_file_even_with_force(runner, tmp_path):
    import json

    from toolkit.cli import cli

    company = tmp_path / "acme.json"
    company.write_text(json.dumps({"name": "Acme Clinic"}))
    jobs = tmp_path / "jobs.md"  # the CSV's name does not decide how it is read
    jobs.write_text(
        "role,level,company,company_file,output\n"
        f"{ROLE},mid,Acme Clinic,,jobs\n"  # as -f md: jobs.md, the CSV
        f"{ROLE},mid,Acme Clinic,,acme\n"  # as -f json: acme.json, the company file the next row reads
        f"{ROLE},senior,,acme.json,senior\n"
    )
    csv_before, company_before = jobs.read_bytes(), company.read_bytes()
    for fmt, refused, replaced in (("md", "2", jobs), ("json", "3", company)):
        result = runner.invoke(
            cli, ["batch", str(jobs), "--out-dir", str(tmp_path), "-f", fmt, "--force", "--jobs", "1"]
        )
        assert result.exit_code == 1
        assert jobs.read_bytes() == csv_before and company.read_bytes() == company_before
        # The manifest keeps the earlier run's lines too: this run's are those of its format.
        manifest = _read_manifest(tmp_path / "manifest.csv")
        rows = {row["row"]: row for row in manifest if row["output"].endswith(f".{fmt}")}
        assert rows[refused]["status"] == "failed"
        assert f"is the input file {replaced}; choose another name" in rows[refused]["message"]
        assert [rows[row]["status"] for row in ("2", "3", "4") if row != refused] == ["made", "made"]
    assert json.loads((tmp_path / "senior.json").read_text())["company"] == "Acme Clinic"


def _read_manifest(path: Path) -> list[dict[str, str]]:
    import csv

    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# Issue 10, item 12: manifest cells are never spreadsheet formulas


def test_no_manifest_cell_starts_a_spreadsheet_formula(runner, tmp_path, monkeypatch):
    from toolkit.cli import cli

    monkeypatch.chdir(tmp_path)  # relative names, so the cells start with what the CSV says
    starts = ["=HYPERLINK(1)", "+1+1", "-2+3", "@SUM(1)"]  # the CSV reader strips tabs and returns
    rows = "".join(f'{ROLE},mid,"{start}.yaml"\n' for start in starts)
    Path("jobs.csv").write_text("role,level,company_file\n" + rows, newline="")
    result = runner.invoke(cli, ["batch", "jobs.csv", "--out-dir", "=out", "-f", "md"])
    assert result.exit_code == 1
    manifest = _read_manifest(tmp_path / "=out" / "manifest.csv")
    assert len(manifest) == len(starts)
    cells = [cell for row in manifest for cell in row.values()]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    messages = [row["message"] for row in manifest]
    assert messages == [f"'{start}.yaml: company file not found" for start in starts]
    assert all(row["output"].startswith("'=out/") for row in manifest)


def test_a_tab_or_return_at_the_start_of_a_cell_is_quoted_too():
    from toolkit.batch import spreadsheet_safe

    assert [spreadsheet_safe(cell) for cell in ("\tx", "\rx", "x=1", "")] == ["'\tx", "'\rx", "x=1", ""]
