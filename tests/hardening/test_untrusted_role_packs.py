"""Untrusted role packs: `extends` reaches only packs, never a file a pack names by path or links to;
merging huge packs stays linear; `roles new` writes exactly the pack asked for."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml

from toolkit.cli import cli
from toolkit.errors import JobkitError, ValidationError
from toolkit.inputs.roles import load_role, resolve_role

SECRET = "gho_SECRET_TOKEN_never_printed"


def _write(path: Path, data: dict | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data if isinstance(data, str) else yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def _secret(tmp_path: Path) -> Path:
    """A YAML file of someone's credentials, shaped to fail pack validation in a way that echoes its values."""
    return _write(tmp_path / "private" / "hosts.yml", f"levels: {SECRET}\nformat: {SECRET}\n")


def _pack(folder: Path, extends: str) -> Path:
    return _write(folder / "pack.yaml", {"format": 2, "id": "pack", "extends": extends, "title": "P", "summary": "x"})


@pytest.mark.parametrize("extends", ["../private/hosts", "{secret}", "general/../../private/hosts"])
def test_a_pack_cannot_extend_a_file_named_by_path(runner, tmp_path, extends):
    secret = _secret(tmp_path)
    pack = _pack(tmp_path / "download", extends.format(secret=secret.with_suffix("")))
    result = runner.invoke(cli, ["roles", "validate", str(pack)])
    assert result.exit_code == 1
    assert f"{pack}:3:1: extends: must name a pack id (lower-case letters, digits and hyphens), not a path" in (
        result.output
    )
    assert SECRET not in result.output and "Traceback" not in result.output


def test_a_pack_cannot_extend_a_linked_file_outside_its_folder(runner, tmp_path):
    secret = _secret(tmp_path)
    folder = tmp_path / "download"
    pack = _pack(folder, "base")
    (folder / "base.yaml").symlink_to(secret)
    result = runner.invoke(cli, ["resume", str(Path(__file__).parents[2] / "examples" / "profile.yaml")] + [
        "--role", str(pack), "-o", str(tmp_path / "resume.pdf")
    ])  # fmt: skip
    assert result.exit_code == 1
    assert "extends: " in result.output and "base.yaml is a link that leads outside its folder" in result.output
    assert SECRET not in result.output and not (tmp_path / "resume.pdf").exists()


def test_a_pack_may_extend_a_link_to_a_pack_in_its_own_folder(tmp_path):
    folder = tmp_path / "packs"
    pack = _pack(folder, "base")
    _write(folder / "shared" / "base.yaml", "format: 2\nid: base\nextends: general\nabstract: true\n")
    (folder / "base.yaml").symlink_to(folder / "shared" / "base.yaml")
    assert load_role(str(pack)).title == "P"


def test_a_pack_folder_replacing_a_shipped_parent_says_so(tmp_path):
    """A downloaded pack folder holding its own general.yaml changes what its packs inherit: say so."""
    folder = tmp_path / "collection"
    shipped = (Path(__file__).parents[2] / "templates" / "roles" / "general.yaml").read_text(encoding="utf-8")
    _write(folder / "general.yaml", shipped)
    pack = _pack(folder, "general")
    notes = resolve_role(str(pack)).notes
    assert notes == [
        f"pack.yaml extends general: using {folder / 'general.yaml'} (same folder) instead of the shipped pack"
    ]
    assert resolve_role(str(_pack(tmp_path / "alone", "general"))).notes == [], "the shipped parent needs no note"


def test_a_chain_of_more_than_eight_packs_is_refused_with_its_location(tmp_path):
    for index in range(10):
        parent = {"extends": f"p{index + 1}"} if index < 9 else {"extends": "general"}
        _write(tmp_path / f"p{index}.yaml", {"format": 2, "id": f"p{index}", **parent})
    with pytest.raises(ValidationError, match="more than 8 packs extend each other") as caught:
        load_role(str(tmp_path / "p0.yaml"))
    assert caught.value.problems[0].location.file == str(tmp_path / "p0.yaml")


def test_merging_packs_that_override_thousands_of_fields_takes_seconds(tmp_path):
    """Each replaced field once scanned every position recorded so far: 20,000 of them took 25 s."""
    count = 20_000
    base = "format: 2\nid: base\nextends: general\nabstract: true\nextra:\n"
    _write(tmp_path / "base.yaml", base + "".join(f"  k{index}: v\n" for index in range(count)))
    child = "format: 2\nid: child\nextends: base\ntitle: Child\nextra:\n"
    child += "".join(f"  k{index}: w\n" for index in range(count))
    path = _write(tmp_path / "child.yaml", child)
    started = time.monotonic()
    with pytest.raises(ValidationError) as caught:
        resolve_role(str(path))
    assert time.monotonic() - started < 10
    assert [str(problem) for problem in caught.value.problems] == [f"{path}:5:1: extra: unknown field"]


@pytest.mark.slow
def test_a_chain_of_huge_packs_is_refused_before_it_is_merged(tmp_path):
    """Eight packs of 180,000 values each took 26 s and 720 MB to merge, in jobkit's own process."""
    lines = "".join(f"  k{index}: v\n" for index in range(110_000))
    for index in range(8):
        parent = f"p{index + 1}" if index < 7 else "general"
        _write(tmp_path / f"p{index}.yaml", f"format: 2\nid: p{index}\nextends: {parent}\nextra:\n{lines}")
    started = time.monotonic()
    with pytest.raises(ValidationError, match="hold more than 200,000 values together") as caught:
        resolve_role(str(tmp_path / "p0.yaml"))
    assert time.monotonic() - started < 20
    assert f"{tmp_path / 'p0.yaml'} -> {tmp_path / 'p1.yaml'})" in str(caught.value)


def test_a_long_preview_of_a_pack_being_edited_keeps_only_the_latest_packs_in_memory(tmp_path):
    """Each save was validated and kept for ever: a day of --watch on a large pack grew without end."""
    import os

    from toolkit.inputs import roles

    path = tmp_path / "mine.yaml"
    for save in range(roles.MAX_VALIDATED + 40):
        path.write_text(f"format: 2\nid: mine\nextends: general\ntitle: Title {save}\n", encoding="utf-8")
        os.utime(path, ns=(save * 10**9, save * 10**9))
        assert resolve_role(str(path)).pack.title == f"Title {save}"
    assert len(roles._VALIDATED) <= roles.MAX_VALIDATED


# --- roles new ----------------------------------------------------------------------------------------


def test_roles_new_keeps_a_file_name_with_line_breaks_inside_its_comment(runner, tmp_path):
    for name in ("evil\nabstract: true\n#.yaml", "evil\u2028abstract: true\u2028#.yaml", "evil\x85id: x\x85#.yaml"):
        path = tmp_path / name
        result = runner.invoke(cli, ["roles", "new", "dental-assistant", "-o", str(path)])
        assert result.exit_code == 0, result.output
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert "abstract" not in data and data["id"] == "dental-assistant"
        # It loads as the pack it says it is: what stops it is only its example text, still to be written.
        with pytest.raises(JobkitError) as refused:
            load_role(str(path))
        assert all("example text" in problem.message for problem in refused.value.problems)
        path.unlink()


def test_roles_new_takes_only_a_pack_id_to_extend(tmp_path):
    from toolkit.starters import write_role_starter

    _write(tmp_path / "hosts.yaml", "format: 2\nid: hosts\n")
    with pytest.raises(JobkitError, match="name a pack by its id"):
        write_role_starter(
            tmp_path / "new.yaml", role_id="new", title=None, parent="../hosts", roles_dirs=[tmp_path / "x"]
        )
    assert not (tmp_path / "new.yaml").exists()


@pytest.mark.parametrize("title", ["Null", "null", "NULL"])
def test_roles_new_refuses_a_title_yaml_reads_as_no_value(runner, tmp_path, title):
    path = tmp_path / "new.yaml"
    result = runner.invoke(cli, ["roles", "new", "new-role", "--title", title, "-o", str(path)])
    assert result.exit_code == 1 and "reads as no value in YAML" in result.output
    assert not path.exists()
