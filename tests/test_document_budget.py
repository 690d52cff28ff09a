"""A document's render runs in a child under the budget: the user gets the same bytes, and a renderer's error
reaches them with its message."""

from __future__ import annotations

import pytest

from toolkit.document_budget import BudgetedRenderer


def test_renderer_errors_cross_the_process_boundary_with_their_message():
    with BudgetedRenderer("pdf") as renderer, pytest.raises(Exception) as caught:
        renderer.convert("<html></html>", "rtf")
    assert "unknown format 'rtf'" in str(caught.value)


def test_budgeted_renderer_returns_the_same_bytes_as_in_process():
    from toolkit.render import convert_html

    html = "<html><body><h1>Title</h1><ul><li>one</li></ul></body></html>"
    with BudgetedRenderer("md") as renderer:
        assert renderer.convert(html, "md") == convert_html(html, "md")
