"""A DOCX file's bytes: python-docx's package written in one pass, every ZIP entry stamped one moment.

The moment is ``SOURCE_DATE_EPOCH`` when set, so equal input gives an equal file (reproducible builds)."""

from __future__ import annotations

import io
import os
import re
import zipfile
from datetime import UTC, datetime
from typing import Any

from ..errors import RenderError

# 2107-12-31 23:59:59 UTC: the last moment a ZIP entry (and so a DOCX) can record.
_LAST_EPOCH = 4_354_819_199


def creation_moment() -> datetime:
    """SOURCE_DATE_EPOCH when set (reproducible builds), else now; in UTC.

    A malformed value is an error, as the reproducible-builds specification asks,
    rather than a silent switch to a date that differs on every run.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return datetime.now(UTC)
    # ASCII digits only: str.isdigit() also accepts '²', which int() then refuses.
    if not re.fullmatch(r"[0-9]{1,11}", epoch) or int(epoch) > _LAST_EPOCH:
        shown = epoch if len(epoch) <= 40 else epoch[:40] + "…"
        raise RenderError(
            f"SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, at most {_LAST_EPOCH} "
            f"(the end of 2107, the last date a DOCX can hold); got {shown!r}"
        )
    return datetime.fromtimestamp(int(epoch), UTC)


# python-docx's PackageWriter.write, step by step (python-docx 1.x).
_WRITER_STEPS = ("_write_content_types_stream", "_write_pkg_rels", "_write_parts")


def package_bytes(document: Any, moment: datetime) -> bytes:
    """The DOCX file of a python-docx ``document``, every entry stamped ``moment``, written in one pass.

    python-docx's own ``save`` stamps each entry with the time of saving, so its file
    would have to be unpacked and compressed again (``with_fixed_timestamps``), a
    third of a resume's render. This writes what ``save`` writes (the same entries, in
    the same order) through python-docx's package writer, into a zip with fixed stamps.
    The writer's steps are not public; if they change, the two-pass way is used instead.
    """
    from docx.opc.pkgwriter import PackageWriter

    package = document.part.package
    if not all(hasattr(PackageWriter, step) for step in _WRITER_STEPS):
        buffer = io.BytesIO()
        document.save(buffer)
        return with_fixed_timestamps(buffer.getvalue(), moment)
    parts = list(package.iter_parts())
    for part in parts:
        part.before_marshal()
    output = io.BytesIO()
    with _StampedZip(output, moment) as writer:
        PackageWriter._write_content_types_stream(writer, parts)
        PackageWriter._write_pkg_rels(writer, package.rels)
        PackageWriter._write_parts(writer, parts)  # type: ignore[arg-type]  # duck-typed: write(uri, blob)
    return output.getvalue()


class _StampedZip:
    """python-docx's physical package writer, with one fixed time on every entry."""

    def __init__(self, stream: io.BytesIO, moment: datetime):
        self._archive = zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED)
        self._stamp = _zip_stamp(moment)

    def __enter__(self) -> _StampedZip:
        return self

    def __exit__(self, *exc_info) -> None:
        self._archive.close()

    def write(self, pack_uri: Any, blob: bytes) -> None:
        entry = zipfile.ZipInfo(pack_uri.membername, date_time=self._stamp)
        entry.compress_type = zipfile.ZIP_DEFLATED
        self._archive.writestr(entry, blob)


def _zip_stamp(moment: datetime) -> tuple[int, int, int, int, int, int]:
    """A ZIP entry's date and time for ``moment``; ZIP cannot record a date before 1980."""
    return max(moment.timetuple()[:6], (1980, 1, 1, 0, 0, 0))


def with_fixed_timestamps(package: bytes, moment: datetime) -> bytes:
    """Re-zip the package with every entry stamped ``moment``, so equal input gives equal bytes."""
    stamp = _zip_stamp(moment)
    output = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(entry.filename))
    return output.getvalue()
