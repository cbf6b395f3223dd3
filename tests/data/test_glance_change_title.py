"""Review UU3 #1: the river festival's news is a fall (6만 8400명, 15.8% fewer than in 2025), and its
deck's glance page said it by a tile alone, under '한눈에 보는 …', while the briefing led with it.
A page of tiles that holds the news, no record, whose trend fell or rose on the year before is
titled by the direction (plan/news.py `change_title`: the label and the catalogue's words, never
the change's number, which its tile prints), as a record's page is titled by its record."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.prepare import prepare
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT, seen

REVIEWS = ROOT / "tests" / "data" / "review_events"
SEOMJIN = REVIEWS / "seomjin-riverfest-ko-kr.yaml"
SNIR = REVIEWS / "salon-nautique-la-rochelle-fr.yaml"


def _visitors_the_news(folder: Path, visitors: int) -> Path:
    """The boat show with its 2026 visitors, an exact count after four years of its trend chart,
    the news instead of its sales, whose quote claims no record."""
    text = SNIR.read_text(encoding="utf-8")
    swaps = (
        (
            "        qualifier: more than\n        headline: true\n",
            "        qualifier: more than\n        key: true\n",
        ),
        (
            "        value: 84000\n        unit: visiteurs\n        qualifier: about\n        key: true\n",
            f"        value: {visitors}\n        unit: visiteurs\n        headline: true\n",
        ),
        ("le meilleur résultat commercial de son histoire", "un bon résultat"),
    )
    for old, new in swaps:
        assert old in text, old
        text = text.replace(old, new, 1)
    copy = folder / f"snir-{visitors}.yaml"
    copy.write_text(text, encoding="utf-8")
    return copy


@pytest.mark.parametrize(
    ("visitors", "words"), [(84000, "Visiteurs 2026 en baisse par rapport à 2025"), (90500, "en hausse")]
)
def test_the_news_page_of_a_fall_or_a_rise_is_titled_by_it(tmp_path: Path, visitors: int, words: str) -> None:
    plan = prepare(_visitors_the_news(tmp_path, visitors)).derived
    page = next(i for i, p in enumerate(plan.glance_pages) if any(f.headline for f in p))
    head = plan.glance_headlines[page]
    assert words in head, plan.glance_headlines
    assert not any(n in seen(head) for n in ("84 000", "90 500", "4,9", "2,5")), head  # its tiles' numbers


def test_the_river_festivals_glance_says_its_fall(built_event: Callable[[Path], BuildResult]) -> None:
    plan = prepare(SEOMJIN).derived
    assert any("감소" in head and "15.8" not in head for head in plan.glance_headlines), plan.glance_headlines
    result = built_event(SEOMJIN)
    deck = next(f for f in result.files if f.suffix == ".pptx")
    slide = Presentation(str(deck)).slides[1]
    title = slide.shapes.title.text_frame.text
    assert "감소" in title and "2025" in title, title
    assert not any(c.isascii() and c.isalpha() for c in title), title  # no English word in Korean
