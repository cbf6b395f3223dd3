"""A slide's kicker (its section's name, small above a title that states the finding) that says what
its title or its chart's title says (is nearly all of it: 'The race' over a finding that mentions
the race names its section, review RR4) is dropped, in every language (review GG: the showcase's
'視聴回数の推移' over its chart '視聴回数の推移（万回）'; Fyrskeppet's 'Publik 2022–2026' over
'Besökare 2022–2026'); the document check names a kicker repeating its title."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.kicker_words import repeats_title
from reportgen.office.kicker_check import KICKER, repeated_kickers
from reportgen.office.quality import check_deck
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, seen

REVIEWS = ROOT / "tests" / "data" / "review_events"


@pytest.mark.parametrize(
    ("kicker", "titles", "repeats", "charts"),
    [
        ("視聴回数の推移", ("2021年に落ち込んだ視聴回数は回復しました",), True, ("視聴回数の推移（万回）",)),
        # a chart's longer title names what it draws, the kicker the section (WAIC)
        ("Programme", ("121 activities in five sections",), False, ("Sections of the programme",)),
        ("Publik 2022–2026", ("Besökare 2022–2026",), True, ()),  # the same years
        ("Aussteller", ("Aussteller",), True, ()),
        ("Visitors", ("Visitors by country (people)",), False, ()),  # a title of its own (RR4)
        ("Ticket sales", ("Ticket sales 2026",), True, ()),  # (nearly) all of the title
        ("Intenções de negócios", ("Intenções de negócios por edição",), True, ()),  # half its words
        # one word shared with a longer title: the section's name over its finding (review RR4)
        ("The race", ("The women's course record fell for the first time since the race began",), False, ()),
        ("Limerick Half 2026 at a glance", ("Limerick Half 2026 at a glance",), True, ()),
        ("Besökare 2022–2026", (), True, ("Besökare 2022–2026",)),
        ("Besucher", ("Besucherzahlen erreichen Rekord",), False, ()),  # a word's start is no word
        ("成交", ("成交额创新高",), False, ()),  # as a word's start: '成交额' is another word
        ("成交额", ("成交额",), True, ()),
        ("시청 기록", ("대회 사상 최고 시청 기록을 세웠습니다",), False, ()),  # its own finding
        ("시청 기록", ("시청 기록을",), True, ()),  # '기록을': the word, its particle after it
        ("관람객", ("가족 단위 관람객이 몰렸고",), False, ()),
        ("관람", ("가족 단위 관람객이 몰렸고",), False, ()),
        ("Publiken", ("Publiken har vuxit varje år",), False, ()),
        ("Publiken", ("Publiken växte",), True, ()),
        ("視聴回数の推移", ("視聴回数の推移は",), True, ()),
        ("視聴回数の推移", ("2021年に落ち込んだ視聴回数の推移は回復しました",), False, ()),
        ("Outcomes", ("Deals worth EUR 2 million signed", "Deals by sector"), False, ()),
        ("Publik 2022–2026", ("Besökare 2024–2026",), False, ()),
        ("国际选手", ("肯尼亚居首（24%）",), False, ("境外选手来源国：612人",)),
        ("Éditions 2024", ("Visiteurs 2024",), True, ()),
    ],
)
def test_a_kicker_repeats_a_title_that_says_it(
    kicker: str, titles: tuple[str, ...], repeats: bool, charts: tuple[str, ...]
) -> None:
    assert repeats_title(kicker, titles, charts) is repeats


def _kickers(deck: Path) -> list[str]:
    return [
        s.text_frame.text
        for slide in Presentation(str(deck)).slides
        for s in slide.shapes
        if s.name == KICKER and s.has_text_frame and s.text_frame.text.strip()
    ]


@pytest.mark.parametrize(
    ("event", "kicker"),
    [
        ("game-showcase-online-ja-jp.yaml", "視聴回数の推移"),
        ("fyrskeppet-karlskrona-sv-se.yaml", "Publik 2022–2026"),
    ],
)
def test_a_kicker_that_says_its_slides_title_again_is_dropped(
    tmp_path: Path, event: str, kicker: str
) -> None:
    result = build(REVIEWS / event, Settings.simple(tmp_path, TEMPLATES))
    assert result.warnings == []
    deck = next(f for f in result.files if f.suffix == ".pptx")
    kickers = _kickers(deck)
    assert kicker not in kickers
    assert kickers  # the others stay: they say what their titles do not


def test_the_check_names_a_kicker_repeating_its_title(tmp_path: Path) -> None:
    result = build(REVIEWS / "fyrskeppet-karlskrona-sv-se.yaml", Settings.simple(tmp_path, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    prs = Presentation(str(deck))
    assert not any(repeated_kickers(slide, f"deck: slide {n}") for n, slide in enumerate(prs.slides, 1))
    slide = next(s for s in prs.slides if any(x.name == KICKER and x.text_frame.text for x in s.shapes))
    kicker = next(x for x in slide.shapes if x.name == KICKER)
    kicker.text_frame.text = slide.shapes.title.text_frame.text  # its title's words
    warnings = [w for w in check_deck(prs, "deck", locale="sv_SE") if "kicker" in w]
    assert len(warnings) == 1 and "repeats" in warnings[0]


def test_a_kicker_sharing_a_word_with_its_title_stays(tmp_path: Path) -> None:
    """Review RR4: Limerick's 'The race' was dropped over 'The women's course record fell for the
    first time since the race began', one slide of its deck without the kicker the others have."""
    result = build(REVIEWS / "limerick-half-marathon-en-ie.yaml", Settings.simple(tmp_path, TEMPLATES))
    assert result.warnings == []
    deck = next(f for f in result.files if f.suffix == ".pptx")
    titled = [
        {s.name: seen(s.text_frame.text) for s in slide.shapes if s.has_text_frame}
        for slide in Presentation(str(deck)).slides
        if slide.shapes.title is not None
    ]
    race = next(s for s in titled if "since the race began" in s.get("Title 1", ""))
    assert race.get(KICKER) == "The race"
