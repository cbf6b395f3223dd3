"""A figure whose amount its section's summary writes, and whose line would say nothing more, is
not printed again as a bullet under that summary (self-review r25: 'Das Ticket kostete wie im
Vorjahr 19 Euro …' then '• Der Preis des Kombitickets belief sich auf 19 Euro.'), in the briefing
and in the deck; a figure whose line says more (a note, a quote, its own sentence) keeps it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.data.prepare import prepare_editions

EVENT = """
event:
  name: Lange Nacht der Kultur Graz 2027
  short_name: Kulturnacht 2027
  year: 2027
  city: Graz
  country: Österreich
  closing_date: 2027-06-12
formatting:
  locale: {locale}
sources:
  apa:
    title: Kulturnacht Graz zieht Bilanz
    publisher: APA
    published: 2027-06-13
sections:
  besuch:
    title: Besuch
    figures:
      besucher: {{label: Besucher, value: 31000, unit: Besucher, key: true}}
      orte: {{label: Spielorte, value: 112, unit: Spielorte, key: true}}
  geld:
    title: Tickets
    summary: {summary}
    figures:
      ticket: {{label: {label}, value: 19, currency: EUR{extra}}}
      budget: {{label: {budget}, value: 640000, currency: EUR}}
"""
CASES = {
    "de_AT": (
        "Das Ticket kostete wie im Vorjahr 19 Euro und galt auch für die Shuttlebusse.",
        "Preis des Kombitickets",
        "Budget der Stadt",
    ),
    "en_GB": ("A ticket cost €19, as last year, with the buses.", "Ticket price", "City budget"),
    "fr_FR": ("Le billet coûtait 19 euros, comme l'an dernier.", "Prix du billet", "Budget de la ville"),
}


def _geld(tmp_path: Path, locale: str, extra: str = ""):
    summary, label, budget = CASES[locale]
    path = tmp_path / "event.yaml"
    text = EVENT.format(locale=locale, summary=summary, label=label, budget=budget, extra=extra)
    path.write_text(text, encoding="utf-8")
    return prepare_editions(path, None)[0].derived.sections["geld"]


@pytest.mark.parametrize("locale", sorted(CASES))
def test_a_figure_the_summary_states_is_no_bullet(tmp_path: Path, locale: str) -> None:
    geld = _geld(tmp_path, locale)
    assert [f.id for f in geld.briefing_figures] == ["budget"]
    points = [p for page in geld.deck_pages for p in page.points]
    assert not any("19" in p for p in points), points
    assert any("640" in p for p in points), points


def test_a_figure_whose_line_says_more_keeps_it(tmp_path: Path) -> None:
    geld = _geld(tmp_path, "de_AT", ", note: ermäßigt 12 Euro")
    assert [f.id for f in geld.briefing_figures] == ["ticket", "budget"]
