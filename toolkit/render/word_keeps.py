"""Where a Word document may break between pages: the keeps a container's ``Block`` asks for.

The same numbers give the PDF its ``break-inside`` and ``break-after`` rules (``Stylesheet.css``);
here they become Word's keep-with-next and keep-lines-together on the container's paragraphs, which
Word and LibreOffice both honour. A heading's own keep-with-next comes from its style.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .stylesheet import Block


def keep_on_page(paragraphs: Sequence[Any], blocks: Sequence[Block]) -> None:
    """Set the keeps ``blocks`` ask for on ``paragraphs``, the paragraphs written inside their container.

    A block kept together keeps every paragraph with the next and unsplit; ``keep_first`` and
    ``keep_last`` chain only the first and last few, so a long list may still break between
    its middle items while the heading above it keeps its first items on its page.
    """
    if not paragraphs:
        return
    if any(block.keep_together for block in blocks):
        for paragraph in paragraphs:
            paragraph.paragraph_format.keep_together = True
        _chain(paragraphs)
        return
    first = max((block.keep_first for block in blocks), default=0)
    last = max((block.keep_last for block in blocks), default=0)
    if first > 1:
        _chain(paragraphs[:first])
    if last > 1:
        _chain(paragraphs[-last:])


def keep_with_previous(previous: Any, blocks: Sequence[Block]) -> None:
    """A container that asks to stay with what comes before it (a list after its lead-in line): Word has
    no keep-with-previous, so the paragraph before it, ``previous``, keeps with next."""
    if previous is not None and any(block.keep_with_previous for block in blocks):
        previous.paragraph_format.keep_with_next = True


def _chain(paragraphs: Sequence[Any]) -> None:
    """Each of ``paragraphs`` but the last stays on the page of the one after it."""
    for paragraph in paragraphs[:-1]:
        paragraph.paragraph_format.keep_with_next = True
