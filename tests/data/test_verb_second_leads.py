"""A German or Dutch summary cut into a title and a lead: where its second clause keeps the
verb first (its first clause opened with an adverbial: 'In de Jaarbeurs spraken …, en
ondertekenden veertien partners …'), the lead alone would be no sentence ('Ondertekenden
veertien partners een gezamenlijke verklaring.': sectitle25's nl summit); an adverb that says
what the joining word said puts the verb second again."""

from __future__ import annotations

import pytest

from reportgen.data.titles import joined_clauses


@pytest.mark.parametrize(
    ("summary", "lead"),
    [
        (
            "In de Jaarbeurs spraken vijf hoofdsprekers over stroomnetten, glasvezel en open "
            "software, en ondertekenden veertien partners een gezamenlijke verklaring.",
            "Daarnaast ondertekenden veertien partners een gezamenlijke verklaring",
        ),
        (
            "Im Kongresshaus sprachen fünf Rednerinnen über Stromnetze und Software, und "
            "unterzeichneten vierzehn Partner eine gemeinsame Erklärung.",
            "Außerdem unterzeichneten vierzehn Partner eine gemeinsame Erklärung",
        ),
        # a clause that opens with its subject stands alone as it is
        (
            "In de Jaarbeurs spraken vijf hoofdsprekers over de stroomnetten, en de partners "
            "ondertekenden een gezamenlijke verklaring.",
            "De partners ondertekenden een gezamenlijke verklaring",
        ),
        (
            "Im Kongresshaus sprachen fünf Rednerinnen über die Stromnetze, und 14 Partner "
            "unterzeichneten eine gemeinsame Erklärung.",
            "14 Partner unterzeichneten eine gemeinsame Erklärung",
        ),
    ],
)
def test_a_lead_cut_from_a_verb_second_clause_is_a_sentence(summary: str, lead: str) -> None:
    joined = joined_clauses(summary)
    assert joined is not None and joined[1] == lead
