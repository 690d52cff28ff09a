"""Load and check company files (YAML or JSON), with line-numbered errors and a safe logo."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputFileError, Problem, ValidationError
from ..models.company import Company
from .cleaning import clean_loaded_strings
from .links import safe_link
from .loading import load_data_file, read_bytes
from .pydantic_errors import problems_from_pydantic
from .starter_text import company_starter_problems

MAX_LOGO_BYTES = 2 * 1024 * 1024
MAX_LOGO_PIXELS = 25_000_000
LOGO_TYPES = {".png", ".jpg", ".jpeg", ".gif", ".svg"}


@dataclass
class LoadedCompany:
    """A validated company file and its logo read once (path and bytes), if it has one."""

    company: Company
    logo_path: Path | None
    warnings: list[Problem]
    logo_data: bytes | None = None


def load_company(path: str | Path) -> LoadedCompany:
    """A validated company file; the logo, if any, must be a small image file inside the file's folder."""
    from pydantic import ValidationError as PydanticValidationError

    loaded = load_data_file(path, what="company file")
    if not isinstance(loaded.data, dict):
        raise ValidationError("a company file must be a mapping (name, about, benefits, ...)", loaded.locate(()))
    warnings = clean_loaded_strings(loaded)
    problems = company_starter_problems(loaded)
    try:
        company = Company.model_validate(loaded.data)
    except PydanticValidationError as error:
        problems += problems_from_pydantic(error, loaded, Company)
    if problems:
        raise ValidationError(f"{len(problems)} problem(s) in {path}", problems=problems) from None
    if company.website and not safe_link(company.website):
        warnings.append(Problem("not an http(s) link; it is shown as text", loaded.location_of(("website",))))
    folder = Path(path).resolve().parent
    logo_path, logo_data = None, None
    if company.logo:
        logo_path, logo_data = _read_logo(company.logo, folder, loaded.location_of(("logo",)))
    return LoadedCompany(company, logo_path, warnings, logo_data)


def _read_logo(logo: str, folder: Path, location) -> tuple[Path, bytes]:
    """The logo's path and bytes, read once: what was checked is what gets embedded."""
    candidate = (folder / logo).resolve()
    if not candidate.is_relative_to(folder):
        raise ValidationError(f"the logo must be a file in the company file's folder ({folder})", location)
    if not candidate.is_file() or candidate.is_symlink() or (folder / logo).is_symlink():
        raise ValidationError(f"logo {logo!r} is not a regular file next to the company file", location)
    if candidate.suffix.lower() not in LOGO_TYPES:
        raise ValidationError(f"logo must be one of {', '.join(sorted(LOGO_TYPES))}", location)
    try:
        data = read_bytes(candidate, what="logo", max_bytes=MAX_LOGO_BYTES)
    except InputFileError as error:
        raise ValidationError(error.problems[0].message, location) from None
    if candidate.suffix.lower() != ".svg":
        _check_raster(data, location)
    return candidate, data


def _check_raster(data: bytes, location) -> None:
    """Open the image header only; a decompression bomb (Pillow's warning) is an error, not a render."""
    import warnings

    from PIL import Image

    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
        except (Image.DecompressionBombWarning, Image.DecompressionBombError):
            raise ValidationError(
                "logo image is too large to decode safely (a decompression bomb?)", location
            ) from None
        except Exception as error:  # Pillow raises several kinds on broken files
            raise ValidationError(f"logo is not a readable image: {error}", location) from None
    if width * height > MAX_LOGO_PIXELS:
        raise ValidationError(f"logo is {width}×{height} pixels; the limit is {MAX_LOGO_PIXELS:,} pixels", location)
