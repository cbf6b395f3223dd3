"""A key figure, and above all the news, prints on the briefing's first page (review YY4 #2): in
the band, the key-figures table or the lede, whether or not a chart draws it. The record
attendance under a trend (Oaxaca's 'más de 118,000', Recife's 'mais de 38.000') had left the
first page for the trend's last bar and its caption, counted as its printings; a chart's labels
never replace it (data/derive.py `told`). The document check names a briefing whose tables lack
the news, the headline or a key figure the data proves a record (office/band_news.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document

from reportgen.data.prepare import prepare
from reportgen.office.band_news import news_of, news_outside_tables
from reportgen.office.ooxml import qn
from reportgen.office.repeats import figure_amounts
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT, seen

HERE = ROOT / "tests" / "data" / "first_page_events"
REVIEWS = ROOT / "tests" / "data" / "review_events"

#: (event, its locale, the figures its first page prints as the data words them: the record under
#: a trend, or the headline that is a trend's last bar)
FIRST_PAGE = [
    (HERE / "festival-gastronomico-oaxaca-es-mx.yaml", "es_MX", ["más de 118,000", "412 millones de pesos"]),
    (HERE / "conecta-tech-recife-pt-br.yaml", "pt_BR", ["mais de 38.000", "2,3 bilhões de reais"]),
    (REVIEWS / "limerick-half-marathon-en-ie.yaml", "en_IE", ["more than €1.46 million"]),
    (REVIEWS / "seomjin-riverfest-ko-kr.yaml", "ko_KR", ["6만 8400명"]),
]


def _briefing(result: BuildResult) -> Path:
    return next(f for f in result.files if f.suffix == ".docx")


def _front_text(briefing: Path, event: Path) -> str:
    """The briefing's text before its first section's heading (its title, lede, band and
    key-figures table: the first page a reader skims), words only, no picture's."""
    sections = {s.title for s in prepare(event).summary.sections.values()}
    body = Document(str(briefing)).element.body
    parts: list[str] = []
    for block in body:
        text = "".join(t.text or "" for t in block.iter(qn("w:t")))
        style = block.find(f"{qn('w:pPr')}/{qn('w:pStyle')}") if block.tag == qn("w:p") else None
        if style is not None and style.get(qn("w:val"), "").startswith("Heading") and text in sections:
            break
        parts.append(text)
    return " ".join(seen(" ".join(parts)).replace("\u2060", "").split())


@pytest.mark.parametrize(
    ("event", "locale", "printed"), FIRST_PAGE, ids=lambda v: getattr(v, "stem", "")[:24]
)
def test_the_first_page_prints_the_key_figures_a_chart_draws(
    built_event: Callable[[Path], BuildResult], event: Path, locale: str, printed: list[str]
) -> None:
    front = _front_text(_briefing(built_event(event)), event)
    for words in printed:
        assert words in front, (words, front)


@pytest.mark.parametrize(
    ("event", "record"),
    [(FIRST_PAGE[0][0], "más de 118,000"), (FIRST_PAGE[1][0], "mais de 38.000")],
    ids=lambda v: getattr(v, "stem", "")[:24],
)
def test_the_check_names_a_record_missing_from_the_tables(
    built_event: Callable[[Path], BuildResult], event: Path, record: str
) -> None:
    """The trend's record is news the check looks for, as the headline is: silent on the briefing
    as built; with the table row that prints the record taken out, the rule names it."""
    prepared = prepare(event)
    locale = prepared.formatter.locale
    news = news_of(prepared.derived.figures.values())
    assert any(seen(f.text) == record for f in news), [f.text for f in news]
    amounts = figure_amounts(news, locale)
    document = Document(str(_briefing(built_event(event))))
    body = document.element.body
    assert news_outside_tables(body, amounts, "briefing", locale) == []
    for row in list(body.iter(qn("w:tr"))):
        if record in seen("".join(t.text or "" for t in row.iter(qn("w:t")))):
            row.getparent().remove(row)
    warnings = news_outside_tables(body, amounts, "briefing", locale)
    assert len(warnings) == 1 and record.split()[-1] in seen(warnings[0]), warnings
