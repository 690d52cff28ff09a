"""Small images made for a test (a company logo)."""

from __future__ import annotations

import io


def png(width: int, height: int) -> bytes:
    """A solid PNG of ``width`` x ``height`` pixels."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (15, 76, 92)).save(buffer, "PNG")
    return buffer.getvalue()
