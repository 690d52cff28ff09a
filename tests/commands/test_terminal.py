"""Text from someone else's file shown on a terminal: nothing in it can move the cursor, reverse the reading order
or be read as rich markup; JSON stays the same data; a terminal that only takes ASCII gets close spellings."""

from __future__ import annotations

import json

from rich.console import Console

from toolkit.commands.terminal import ASCII_FALLBACK_ERRORS, json_for_terminal, printable, terminal_text


def test_bidirectional_overrides_and_cursor_codes_are_dropped_but_tabs_lines_and_scripts_kept():
    assert printable("invoice\u202etxt.exe") == "invoicetxt.exe"
    assert printable("a\x1b[2Jb\rc\td\ne") == "a[2Jbc\td\ne"
    assert printable("Müller · سجلات") == "Müller · سجلات"


def test_rich_markup_in_a_stranger_s_text_stays_text():
    console = Console(record=True, width=80, color_system=None)
    console.print(terminal_text("[link=https://evil.example]click[/link] [bold]x[/bold]"))
    assert console.export_text().strip() == "[link=https://evil.example]click[/link] [bold]x[/bold]"


def test_json_for_the_terminal_is_the_same_data():
    data = {"text": "a\x7fb\x85c\u202ed", "name": "Zoë"}
    shown = json_for_terminal(json.dumps(data, ensure_ascii=False))
    assert "\x7f" not in shown and "\x85" not in shown and "\u202e" not in shown
    assert "Zoë" in shown and json.loads(shown) == data


def test_an_ascii_terminal_gets_close_spellings_not_question_marks():
    text = "✓ found · Résumé – 2 pages…"
    assert text.encode("ascii", ASCII_FALLBACK_ERRORS) == b"ok found - Resume - 2 pages..."
