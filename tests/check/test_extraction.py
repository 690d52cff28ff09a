"""Reading a resume file as an ATS would (toolkit/check/extraction.py): a wide gap between fields on a PDF line
becomes a tab, a word space stays a space.
"""

from __future__ import annotations

from toolkit.check.extraction import extract_resume
from toolkit.check.sections import split_sections


def _pdf(lines: list[tuple[float, float, str]]) -> bytes:
    """A one-page PDF drawing each (x, y, text) in Helvetica 10 pt."""
    content = b" ".join(b"BT /F1 10 Tf %d %d Td (%s) Tj ET" % (x, y, text.encode("latin-1")) for x, y, text in lines)
    bodies = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
        b"/Contents 4 0 R >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(bodies, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    table = len(out)
    out += b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % table
    return bytes(out)


def test_a_wide_gap_on_a_pdf_line_reads_as_a_tab_and_a_word_space_as_a_space(tmp_path):
    path = tmp_path / "gaps.pdf"
    path.write_bytes(
        _pdf([(72, 700, "Dunamu Inc."), (460, 700, "Seoul, S.Korea"), (72, 686, "DevOps Engineer Sep. 2023")])
    )
    lines = extract_resume(path).text.splitlines()
    assert "Dunamu Inc.\tSeoul, S.Korea" in lines
    assert "DevOps Engineer Sep. 2023" in lines
    assert ("header", "Dunamu Inc.\tSeoul, S.Korea") in split_sections("\n".join(lines))
