"""Read jobkit's compact extract of BLS OEWS wages (``templates/data/oews``, built by tools/build_oews_extract.py).

``wages.bin`` layout (little-endian): ``JKOEWS1\\n``, the occupation and area counts (u32
each), then for each occupation in ``occupations.tsv`` order its block's offset and length
(u32 each), then the blocks. A block is raw LZMA2 holding a u32 row count and 15 columns of
that many u32 values, each column split into four byte planes: area index steps, employment,
flags, hourly mean and 10th/25th/50th/75th/90th percentiles in cents, then the annual ones as
what they add to the hourly wage times 2,080. A wage of 0 is one BLS did not release, -1 one
at BLS's top code (at least $115.00 an hour or $239,200 a year). Reading one occupation
decompresses one block (a few kilobytes), so a lookup takes well under a millisecond.
"""

from __future__ import annotations

import array
import lzma
import struct
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..resources import templates_dir

MAGIC = b"JKOEWS1\n"
NOT_RELEASED = 0
TOP_CODED = -1
NO_EMPLOYMENT = 0xFFFFFFFF
ANNUAL_ONLY = 1
HOURLY_ONLY = 2
FILTERS = [{"id": lzma.FILTER_LZMA2, "preset": 9 | lzma.PRESET_EXTREME}]
TOP_HOURLY = 115.00  # BLS's top code: wages at or above it are published only as "at least"
TOP_ANNUAL = 239_200
STATISTICS = ("mean", "p10", "p25", "median", "p75", "p90")


@dataclass(frozen=True)
class Occupation:
    """One OEWS occupation: its SOC code (``29-2072``), title, and SOC level (3 = detailed occupation)."""

    code: str
    title: str
    level: int

    @property
    def detailed(self) -> bool:
        return self.level == 3


@dataclass(frozen=True)
class Area:
    """One OEWS area: the nation (``N``), a state or territory (``S``), or a metropolitan or
    nonmetropolitan area (``M``)."""

    code: str
    kind: str
    state_code: str
    name: str


@dataclass(frozen=True)
class Wages:
    """One occupation's wages in one area, as BLS publishes them; ``None`` where BLS released none.

    ``hourly`` and ``annual`` map mean, p10, p25, median, p75 and p90 to dollars; a value at
    BLS's top code is the top code itself, with its statistic in ``top_coded``.
    """

    occupation: Occupation
    area: Area
    employment: int | None
    hourly: dict[str, float | None]
    annual: dict[str, float | None]
    annual_only: bool
    hourly_only: bool
    top_coded: frozenset[str]


def data_folder() -> Path:
    return templates_dir() / "data" / "oews"


@cache
def manifest() -> dict:
    import json

    return json.loads((data_folder() / "manifest.json").read_text(encoding="utf-8"))


def release() -> str:
    """``May 2025``: the OEWS release the extract holds."""
    return str(manifest()["release"])


@cache
def occupations() -> tuple[Occupation, ...]:
    rows = (line.split("\t") for line in _lines("occupations.tsv"))
    return tuple(Occupation(code, title, int(level)) for code, title, level in rows)


@cache
def occupation_by_code() -> dict[str, Occupation]:
    return {item.code: item for item in occupations()}


@cache
def areas() -> tuple[Area, ...]:
    return tuple(Area(*line.split("\t")) for line in _lines("areas.tsv"))


@cache
def area_by_code() -> dict[str, Area]:
    return {item.code: item for item in areas()}


NATION = "0000000"


def wages_by_area(code: str) -> dict[str, Wages]:
    """Every area's wages for the occupation with SOC ``code`` (``29-2072``); empty for an unknown code."""
    occupation = occupation_by_code().get(code)
    if occupation is None:
        return {}
    return _decode(occupation)


@cache
def _decode(occupation: Occupation) -> dict[str, Wages]:
    index = occupations().index(occupation)
    with (data_folder() / "wages.bin").open("rb") as file:
        header = file.read(len(MAGIC) + 8)
        if header[: len(MAGIC)] != MAGIC:
            raise RuntimeError("jobkit's OEWS extract is damaged (wrong header); reinstall jobkit")
        file.seek(len(header) + 8 * index)
        offset, length = struct.unpack("<II", file.read(8))
        file.seek(offset)
        block = lzma.decompress(file.read(length), format=lzma.FORMAT_RAW, filters=FILTERS)
    (count,) = struct.unpack_from("<I", block)
    columns = []
    position = 4
    for number in range(15):
        planes = [block[position + plane * count : position + (plane + 1) * count] for plane in range(4)]
        position += 4 * count
        raw = bytearray(4 * count)
        for plane, data in enumerate(planes):
            raw[plane::4] = data
        column = array.array("I" if number < 3 else "i")
        column.frombytes(bytes(raw))
        if sys.byteorder != "little":
            column.byteswap()
        columns.append(column)
    all_areas = areas()
    result: dict[str, Wages] = {}
    area_index = 0
    for row in range(count):
        area_index += columns[0][row]
        flags = columns[2][row]
        hourly_raw = [columns[3 + column][row] for column in range(6)]
        annual_raw = [columns[9 + column][row] + _annual_from_hourly(hourly_raw[column], flags) for column in range(6)]
        employment = columns[1][row]
        area = all_areas[area_index]
        result[area.code] = Wages(
            occupation=occupation,
            area=area,
            employment=None if employment == NO_EMPLOYMENT else employment,
            hourly={name: _dollars(value, hourly=True) for name, value in zip(STATISTICS, hourly_raw, strict=True)},
            annual={name: _dollars(value, hourly=False) for name, value in zip(STATISTICS, annual_raw, strict=True)},
            annual_only=bool(flags & ANNUAL_ONLY),
            hourly_only=bool(flags & HOURLY_ONLY),
            top_coded=frozenset(name for name, value in zip(STATISTICS, hourly_raw, strict=True) if value == TOP_CODED)
            | frozenset(name for name, value in zip(STATISTICS, annual_raw, strict=True) if value == TOP_CODED),
        )
    return result


def _annual_from_hourly(hourly: int, flags: int) -> int:
    """What the build took off each annual wage: the hourly wage (cents) times 2,080 hours, in dollars."""
    if hourly in (NOT_RELEASED, TOP_CODED) or flags & HOURLY_ONLY:
        return 0
    return round(hourly * 20.8)


def _dollars(value: int, *, hourly: bool) -> float | None:
    if value == NOT_RELEASED:
        return None
    if value == TOP_CODED:
        return TOP_HOURLY if hourly else TOP_ANNUAL
    return value / 100 if hourly else float(value)


def _lines(name: str) -> list[str]:
    return (data_folder() / name).read_text(encoding="utf-8").splitlines()
