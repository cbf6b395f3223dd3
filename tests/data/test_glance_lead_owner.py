"""Review UU2 NEW-1: the boat show's glance page, six tiles of sales and attendance, was led by the
exhibitors' summary ('Les chantiers de catamarans … ont occupé plus de place que jamais …'), a non
sequitur over them: the section's one sentence left after its chart had traded places with its
summary (plan/glance.py `_trade`), though two of the page's tiles alone were the section's. And
that summary's 'plus de place que jamais' counted as the page's lead saying the sales' record, so
the page was never titled by it (plan/news.py `stated_in`).

A section's summary leads a page of tiles only where the section owns most of them; else it stays
over its chart, its leftover sentence after it. A lead says a record only where it speaks of the
record's figure: its section's summary, a word of its label, or its number."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.plan.news import stated_in
from reportgen.data.prepare import prepare
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, seen

REVIEWS = ROOT / "tests" / "data" / "review_events"
SNIR = REVIEWS / "salon-nautique-la-rochelle-fr.yaml"
CINE = REVIEWS / "festival-cine-es-ar.yaml"
ANIME = REVIEWS / "anime-expo-ja.yaml"
EXHIBITORS = "ont occupé plus de place que jamais"
FIRSTS = "On a compté 27 premières mondiales et européennes."


def _premieres_a_sentence(folder: Path) -> Path:
    """The boat show with its world premieres a sentence after the exhibitors' chart, no tile: the
    one sentence that chart leaves (as round 23's build had it before its bare counts were tiles)."""
    text = SNIR.read_text(encoding="utf-8")
    old = "        value: 27\n        unit: premières\n"
    assert old in text
    extra = "        sentence: On a compté {value} mondiales et européennes.\n        deck: bullet\n"
    copy = folder / SNIR.name
    copy.write_text(text.replace(old, old + extra), encoding="utf-8")
    return copy


def _plain(text: str) -> str:
    return seen(str(text)).replace("\u2060", "").replace("\u202f", " ")


def test_a_summary_leads_no_page_whose_tiles_are_mostly_another_sections(tmp_path: Path) -> None:
    plan = prepare(_premieres_a_sentence(tmp_path)).derived
    assert not [lead for lead in plan.glance_leads if EXHIBITORS in lead], plan.glance_leads
    # the page's record is its title: no other section's claim of its own stands for it
    assert any("record" in head for head in plan.glance_headlines), plan.glance_headlines
    exhibitors = next(s for s in plan.deck_sections if s.id == "exposants")
    texts = [_plain(t) for p in exhibitors.deck_pages for t in (p.headline, p.lead, *p.points) if t]
    assert any(EXHIBITORS in t and FIRSTS in t for t in texts), texts  # over its chart, both


def test_the_boat_shows_deck_titles_its_glance_by_the_record(tmp_path: Path) -> None:
    event = _premieres_a_sentence(tmp_path)
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    assert result.warnings == [], result.warnings
    deck = next(f for f in result.files if f.suffix == ".pptx")
    slides = [
        [_plain(sh.text_frame.text) for sh in s.shapes if sh.has_text_frame]
        for s in Presentation(str(deck)).slides
    ]
    glance = slides[1]
    assert not [t for t in glance if EXHIBITORS in t], glance
    assert any("niveau record" in t for t in glance), glance
    # the leftover sentence is on its chart's slide, after the summary, not a slide of its own
    chart = [s for s in slides if any(EXHIBITORS in t for t in s)]
    assert len(chart) == 1 and any(FIRSTS in t for t in chart[0]), chart
    assert not [s for s in slides if any(t.strip() == FIRSTS for t in s)]


@pytest.mark.parametrize(
    ("event", "lead", "says"),
    [
        # another section's claim of its own: not the sales' record
        (SNIR, "Les chantiers de catamarans ont occupé plus de place que jamais.", False),
        (SNIR, "Le montant des ventes conclues atteint un niveau record.", True),
        # the record's own section's summary says it in its own words ('asistencia', 'Espectadores')
        (
            CINE,
            "La edición tuvo la mayor asistencia de su historia, impulsada por las funciones gratuitas "
            "en los barrios.",
            True,
        ),
        (CINE, "La sección de cortometrajes tuvo la mayor cantidad de obras de su historia.", False),
        (ANIME, "コスプレ参加者の数は過去最多となりました。", False),
        (ANIME, "3日間の総来場者数は過去最多となりました。", True),
    ],
)
def test_a_lead_says_a_record_only_where_it_speaks_of_its_figure(event: Path, lead: str, says: bool) -> None:
    summary = prepare(event)
    plan = summary.derived
    record = next(f for page in plan.glance_pages for f in page if f.record_note)
    section = plan.sections[record.ref.split(".")[0]]
    names = (summary.summary.event.name, summary.summary.event.short_name or "")
    where = stated_in(
        "", lead, record, plan.figures[record.ref]._locale, names, section.title, section.summary or ""
    )
    assert (where == "lead") is says, (record.label, where)
