"""The shipped font: its recorded metrics are the file's, and the DOCX line spacing follows them."""

from __future__ import annotations

import pytest

from toolkit.render.fonts import line_height_in_file, natural_line_height, shipped_families


@pytest.mark.parametrize("family", shipped_families())
def test_the_recorded_single_line_is_the_one_in_the_font_file(family):
    # A new release of the font package with other metrics would space every DOCX line differently from the PDF.
    assert natural_line_height(family) == pytest.approx(line_height_in_file(family), abs=1e-9)
