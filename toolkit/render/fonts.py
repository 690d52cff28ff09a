"""The shipped font (Lato, SIL OFL, from the font-lato package), as @font-face rules.

A PDF must not depend on the fonts a machine happens to have, so the PDF renderer
always loads these files; Lato also subsets quickly, which keeps PDF writes fast.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_FACES = [
    ("Lato-Regular.ttf", 400, "normal"),
    ("Lato-Italic.ttf", 400, "italic"),
    ("Lato-Bold.ttf", 700, "normal"),
    ("Lato-BoldItalic.ttf", 700, "italic"),
]


@cache
def font_dir() -> Path:
    import font_lato

    return Path(font_lato.font_directory).resolve()


@cache
def font_face_css() -> str:
    rules = []
    for file_name, weight, style in _FACES:
        url = (font_dir() / file_name).as_uri()
        rules.append(
            f'@font-face {{ font-family: "Lato"; src: url("{url}"); font-weight: {weight}; font-style: {style}; }}'
        )
    return "\n".join(rules)
