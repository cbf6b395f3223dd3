"""A slide's lead never says again what its title says (review Y: havencongres's sixth slide,
'De havenbedrijven van Antwerpen-Brugge, Gent en Luik ondertekenden een gezamenlijke verklaring'
over a lead that began with those same words). Where the title is the headline's cut and the
lead the whole headline (the rest is no sentence: 'waarin ze zich engageren …'), the cut gives
way: the section's name titles the slide, and the whole summary, which loses nothing (review W),
is its lead."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.plan.views import repeats_title
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"


@pytest.mark.parametrize(
    ("title", "lead", "repeats"),
    [
        (
            "De havenbedrijven van Antwerpen-Brugge, Gent en Luik ondertekenden een gezamenlijke verklaring",
            "De havenbedrijven van Antwerpen-Brugge, Gent en Luik ondertekenden een gezamenlijke verklaring "
            "waarin ze zich engageren om tegen 2030 één digitaal aanmeldplatform te gebruiken.",
            True,
        ),
        (
            "Les autorités portuaires d’Anvers-Bruges, de Gand et de Liège ont signé une déclaration commune",
            "Elles s’engagent à utiliser, d’ici 2030, une plateforme numérique unique d’annonce.",
            False,
        ),
        ("签约项目总投资近150亿元人民币", "签约项目总投资近150亿元人民币，创历届新高。", True),
        (  # the same day and visitors, not the same numbers: the lead says more (anime-expo-ja)
            "最終日の7月26日には7万2300人が来場しました",  # as the plan has it, before its joiners
            "最終日の日曜日に来場者が最も多く、3\u2060日間の合計は過去最多となりました。",
            False,
        ),
        ("Record attendance at the fair", "The fair welcomed visitors from 40 countries.", False),
    ],
)
def test_a_lead_repeats_its_title_where_it_says_all_the_titles_words(
    title: str, lead: str, repeats: bool
) -> None:
    assert repeats_title(title, lead) is repeats


def test_havencongres_slotverklaring_slide_does_not_say_its_title_twice(tmp_path: Path) -> None:
    result = build(REVIEWS / "havencongres-nl-be.yaml", Settings.simple(tmp_path / "out", TEMPLATES))
    deck = next(f for f in result.files if f.name.endswith("-deck.nl_BE.pptx"))  # the Dutch deck
    for slide in Presentation(str(deck)).slides:
        shape = slide.shapes.title
        texts = [
            p.text.replace("\u00a0", " ")
            for s in slide.shapes
            if s.has_text_frame and s.shape_id != shape.shape_id
            for p in s.text_frame.paragraphs
        ]
        if not any("Pierre Lambotte" in t for t in texts):
            continue
        title = shape.text_frame.text.replace("\u00a0", " ")
        summary = [t for t in texts if t.startswith("De havenbedrijven")]
        assert summary and "tegen 2030" in summary[0], texts  # the whole summary: nothing lost
        assert not repeats_title(title, summary[0]), title
        break
    else:
        pytest.fail("no slide of the closing declaration")
