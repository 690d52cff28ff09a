"""A batch CSV's rows: the header checked, each row's values, problems, output name and document options."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from ..errors import InputFileError, JobkitError, Location
from ..inputs.loading import read_text
from ..output import safe_file_stem
from ..suggestions import did_you_mean

COLUMNS = [
    "kind",
    "role",
    "level",
    "company",
    "company_file",
    "location",
    "remote",
    "employment",
    "salary_min",
    "salary_max",
    "output",
    "docx_template",
    "word_template",
    "benefits",
    "apply_by",
]
TEMPLATE_COLUMNS = ("docx_template", "word_template")
KINDS = ["job-description"]
# Names Windows reserves for devices; a file called CON.pdf cannot be opened there.
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)), *(f"lpt{n}" for n in range(1, 10))}


def read_batch_rows(path: str | Path) -> Iterator[tuple[int, dict[str, str], str]]:
    """(row number, values, problem) for each non-empty row; the header is checked before any row is read.

    Row numbers count the header as row 1, as a spreadsheet does.
    """
    text = read_text(path, what="batch file")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_separator(text))
    try:
        # "Salary Min" and "salary-min" are salary_min: a header is written for people.
        header = ["_".join(column.strip().lower().replace("-", " ").split()) for column in next(reader)]
    except StopIteration:
        raise InputFileError("batch file is empty", Location(str(path))) from None
    except csv.Error as error:
        raise InputFileError(f"invalid CSV: {error}", Location(str(path), 1)) from None
    seen: set[str] = set()
    for index, column in enumerate(header, start=1):
        if not column:
            raise InputFileError(f"column {index} has no name", Location(str(path), 1, index))
        if column in seen:
            raise InputFileError(f"column {column!r} appears twice in the header", Location(str(path), 1, index))
        if column not in COLUMNS:
            raise InputFileError(
                f"unknown column {column!r}{did_you_mean(column, COLUMNS)}; columns are: {', '.join(COLUMNS)}",
                Location(str(path), 1, index),
            )
        seen.add(column)
    for required in ("role", "level"):
        if required not in seen:
            raise InputFileError(f"the header has no {required!r} column", Location(str(path), 1))
    if "company" not in seen and "company_file" not in seen:
        raise InputFileError("the header needs a 'company' or 'company_file' column", Location(str(path), 1))
    # Records, not lines: a cell holding a line break is still one spreadsheet row.
    number = 1
    while True:
        number += 1
        problem = ""
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            # The reader goes on at the next record, so one unreadable row fails alone.
            fields, problem = [], _unreadable(error)
        if not problem and not any(field.strip() for field in fields):
            continue
        if len(fields) > len(header):
            problem = f"row has {len(fields)} fields but the header has {len(header)}"
        values = {column: (fields[index].strip() if index < len(fields) else "") for index, column in enumerate(header)}
        yield number, values, problem


def _unreadable(error: csv.Error) -> str:
    if "field larger than field limit" in str(error):
        return (
            f"a cell is longer than {csv.field_size_limit():,} characters; no field of a job description is that long"
        )
    return f"invalid CSV: {error}"


def _separator(text: str) -> str:
    """The header's separator: a comma, else the semicolon or tab it uses (Excel saves "CSV" with
    semicolons where a comma is the decimal mark). No column name holds one of them, so the header tells."""
    header = text.lstrip("\ufeff").split("\n", 1)[0]
    if "," not in header:
        for separator in (";", "\t"):
            if separator in header:
                return separator
    return ","


def output_name(requested: str, values: dict[str, str], row: int, fmt: str) -> str:
    """A safe file name for a row: never a path, never empty or reserved, always the format's extension."""
    if requested:
        stem = safe_file_stem(Path(requested.replace("\\", "/")).stem, fallback="")
    else:
        company = values.get("company") or values.get("company_name") or Path(values.get("company_file") or "").stem
        stem = safe_file_stem(
            "-".join(part for part in (company, values.get("role", ""), values.get("level", "")) if part), fallback=""
        )
    stem = stem or f"row-{row}"
    if stem.split(".")[0].lower() in _RESERVED:
        stem += "-file"
    return f"{stem}.{fmt}"


def row_sources(values: dict[str, str], folder: Path) -> list[Path]:
    """The files a row names: its company file, Word template, and role pack when given as a path."""
    from ..inputs.roles import role_files

    sources = [folder / values[column] for column in ("company_file", *TEMPLATE_COLUMNS) if values.get(column)]
    role = values.get("role", "")
    # A built-in id names a file inside jobkit, never an output; a path out of the CSV's folder is never read.
    if is_role_path(role) and _inside(folder / role, folder):
        try:
            sources += role_files(str(folder / role))
        except JobkitError:
            pass  # a missing pack file is reported when the row is made
    return sources


PATH_COLUMNS = ("company_file", *TEMPLATE_COLUMNS, "role")


def is_role_path(role: str) -> bool:
    """A ``role`` cell names a pack file (relative to the CSV) rather than a pack id."""
    return role.lower().endswith((".yaml", ".yml")) or "/" in role or os.sep in role


def outside_problem(values: dict[str, str], folder: Path) -> str:
    """Why a row may not be made because a file it names is outside the CSV's folder ("" if none is).

    A CSV may come from someone else: a cell naming ``~/Documents/contract.docx`` as a Word
    template copied that document into --out-dir, and one naming any YAML file printed its
    values in the row's errors. Files a row names must be in the CSV's folder or below it.
    """
    for column in PATH_COLUMNS:
        value = values.get(column, "")
        if not value or (column == "role" and not is_role_path(value)):
            continue
        if not _inside(folder / value, folder):
            shown = value if len(value) <= 60 else value[:60] + "…"
            return (
                f"{column} {shown!r} is outside the CSV's folder; a batch file names only files in its own "
                "folder or below it"
            )
    return ""


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):  # RuntimeError: a loop of links (Python before 3.13)
        return False


def company_name(path: Path, cache: dict[str, str]) -> str:
    """The company's name from its file, loaded once per file (errors name the file and line)."""
    from ..inputs.companies import load_company

    key = str(path)
    if key not in cache:
        cache[key] = load_company(path).company.name
    return cache[key]


def row_templates(
    values: dict[str, str], folder: Path, defaults: dict[str, str | Path | None]
) -> dict[str, str | None]:
    """The row's Word template (its columns, paths relative to the CSV), else the batch's; as API options."""
    if any(values.get(column) for column in TEMPLATE_COLUMNS):
        return {column: str(folder / values[column]) if values.get(column) else None for column in TEMPLATE_COLUMNS}
    return {column: str(defaults[column]) if defaults.get(column) else None for column in TEMPLATE_COLUMNS}


def row_problem(values: dict[str, str], fmt: str, templates: dict[str, str | None]) -> str:
    if all(templates.values()):
        return "give a docx_template or a word_template, not both"
    if any(templates.values()) and fmt != "docx":
        return f"a Word template makes Word documents; this batch makes {fmt} (run it with -f docx)"
    kind = values.get("kind") or "job-description"
    if kind not in KINDS:
        return f"kind {kind!r} is not something batch makes; use: {', '.join(KINDS)}"
    for column in ("role", "level"):
        if not values.get(column):
            return f"the {column!r} column is empty"
    if not values.get("company") and not values.get("company_file"):
        return "give a company or a company_file"
    return _salary_problem(values.get("salary_min", ""), values.get("salary_max", "")) or _closing_problem(
        values.get("apply_by", "")
    )


def _closing_problem(cell: str) -> str:
    """What is wrong with a row's closing date (``apply_by``, YYYY-MM-DD), "" when nothing is."""
    if not cell:
        return ""
    closing = _closing_date(cell)
    if closing is None:
        return f"apply_by {cell!r}: write the closing date as YYYY-MM-DD (e.g. 2027-03-31)"
    return ""  # a date already past is refused where the description is built, with the day the run started


def _closing_date(cell: str) -> date | None:
    try:
        return date.fromisoformat(cell) if len(cell) == 10 else None
    except ValueError:
        return None


def _salary_problem(low: str, high: str) -> str:
    """What is wrong with a row's pay cells, named as the CSV names them ("" when nothing is)."""
    from ..documents.pay import SalaryError, parse_salary

    if not low and not high:
        return ""  # the role pack's sourced band
    if not (low and high):
        return (
            "give both salary_min and salary_max (a real range, as pay-transparency laws require), "
            "or leave both empty for the role pack's band"
        )
    try:
        parse_salary(f"{low}-{high}", given_as=f"salary_min {low!r} and salary_max {high!r}")
    except SalaryError as error:
        return str(error)
    return ""


def row_options(values: dict[str, str], folder: Path, theme: str, paper: str) -> dict:
    low, high = values.get("salary_min", ""), values.get("salary_max", "")
    salary = f"{low}-{high}" if low and high else (low or high or "auto")
    if (low or high) and not (low and high):
        salary = f"{low or high}+"  # one end only: parse_salary reports it as open-ended
    company_file = values.get("company_file")
    role = values["role"]
    benefits = values.get("benefits", "")
    return {
        # One cell, benefits split by semicolons, replaces the company file's list; "none" lists none.
        "benefits": None if not benefits else [] if benefits.casefold() == "none" else _split(benefits),
        "role": str(folder / role) if is_role_path(role) else role,  # a pack file, like the others: by the CSV
        "level": values["level"],
        "company": values.get("company") or None,
        "company_file": str(folder / company_file) if company_file else None,
        "location": values.get("location") or None,
        "remote": values.get("remote") or "onsite",
        "employment": values.get("employment") or "full-time",
        "salary": salary,
        "apply_by": _closing_date(values.get("apply_by", "")),
        "theme": theme,
        "paper": paper,
    }


def _split(cell: str) -> list[str]:
    return [item.strip() for item in cell.split(";") if item.strip()]
