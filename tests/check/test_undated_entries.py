"""Entries without dates: labelled entries ("Position: ...", "Company: ...") open where a label given comes again."""

from __future__ import annotations

from datetime import date

import pytest

from toolkit.check.entries import entries_of
from toolkit.check.positions import title_and_employer

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("lines", "named"),
    [
        # must: Word 2019 currículo, fields labelled, no dates; a value broken after "e" goes on; a place line
        # under the period belongs to its entry
        (
            [
                "Empresa: Freitas Soluções",
                "Cargo: Manutenção de computadores, notebooks, impressoras, fontes e",
                "Cabeamentos de rede de internet",
                "Período: 05 meses",
                "Iguatu – CE",
                "Empresa: Serviços Brisanet",
                "Cargo: Suporte Técnico",
                "Período: 05 meses",
                "Pau dos Ferros – RN",
            ],
            [
                (
                    "Manutenção de computadores, notebooks, impressoras, fontes e Cabeamentos de rede de internet",
                    "Freitas Soluções",
                ),
                ("Suporte Técnico", "Serviços Brisanet"),
            ],
        ),
        # must not: a value that ends its line whole keeps the next line out of it
        (
            [
                "Position: Cashier",
                "Served 200 customers a day",
                "Company: Tesco",
                "Position: Stock Clerk",
                "Company: Aldi",
            ],
            [("Cashier", "Tesco"), ("Stock Clerk", "Aldi")],
        ),
    ],
)
def test_labelled_entries_open_at_a_label_given_already(lines, named):
    entries = entries_of(lines, TODAY)
    assert [title_and_employer(entry.heading, entry.dated_line) for entry in entries] == named
