"""Text a reader needs is printed on its slide where the slide has room for it, not left to the
speaker notes (review KK): a person's quotation, the section's summary with its news under a title
taken from a chart's caption. The documented exception stays: a quotation whose number the deck
prints twice already stays in the notes (docs/data.md)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.plan.printings import _slide_quote
from reportgen.data.views import QuoteView
from reportgen.office.quality import check_deck
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT, pptx_notes, pptx_slide_texts

ANDONG = ROOT / "tests" / "data" / "review_events" / "andong-talchum-ko-kr.yaml"
CHAIRMAN = "탈은 얼굴을 가리지만 마음을 드러냅니다."
TROUPE = "안동 관객들의 환호는"


@pytest.fixture(scope="module")
def andong(built_event: Callable[[Path], BuildResult]) -> Path:
    result = built_event(ANDONG)
    assert result.warnings == []
    return next(f for f in result.files if f.suffix == ".pptx")


def _flat(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\n", " ")


@pytest.mark.parametrize(
    ("said", "shown"),
    [
        # the data's 'exactly': its number alone says it, and the tile is its one other printing
        (frozenset({(17.0, "exactly", 1)}), True),
        (frozenset({(17.0, "", 1)}), True),
        (frozenset({(17.0, "exactly", 2)}), False),  # a tile and a bar already: a third printing
        (frozenset({(17.0, "nearly", 1)}), False),  # not as the data says it
    ],
)
def test_a_quotation_of_an_exact_figure_printed_once_is_its_second_printing(
    said: frozenset[tuple[float, str, int]], shown: bool
) -> None:
    quote = QuoteView("올해는 세계 17개국의 탈이 안동에서 하나가 됐습니다.", None)
    assert _slide_quote(quote, said) is shown


def test_both_speakers_quotations_print_on_their_slide(andong: Path) -> None:
    """The chairman's words name the 17 countries a tile prints once: they print under his line,
    as the troupe leader's do under hers, not in the speaker notes alone (review KK, slide 6)."""
    texts = [_flat(t) for t in pptx_slide_texts(andong)]
    notes = pptx_notes(andong)
    at = next(i for i, n in enumerate(notes) if CHAIRMAN in _flat(n))
    assert CHAIRMAN in texts[at]
    assert TROUPE in texts[at]


def test_a_chart_slide_titled_by_its_caption_leads_with_the_summarys_other_news(andong: Path) -> None:
    """The programme's slide is titled by its chart's caption (the most-attended programme); its
    section's summary also says the first-ever night parade drew crowds: that sentence is its
    lead, not the speaker notes alone, and the title's claim is not said again under it (review KK,
    slide 5). The caption's number is its bar's: the title leaves it (round 22, review PP)."""
    texts = [_flat(t) for t in pptx_slide_texts(andong)]
    at = next(i for i, t in enumerate(texts) if "하회별신굿탈놀이 상설 공연이 가장 많은 관람객을 모았다" in t)
    assert "올해 처음 선보인 야간 탈 퍼레이드도 큰 호응을 얻었다." in texts[at]
    assert "세계탈춤경연대회에 가장 많은 관람객이 모였" not in texts[at]


PROGRAMME = (
    "하회별신굿탈놀이 상설 공연과 세계탈춤경연대회에 가장 많은 관람객이 모였고, "
    "올해 처음 선보인 야간 탈 퍼레이드도 큰 호응을 얻었다."
)
CHAIRMAN_QUOTE = "탈은 얼굴을 가리지만 마음을 드러냅니다. 올해는 세계 17개국의 탈이 안동에서 하나가 됐습니다."


def _unsaid(prs: object, **kwargs: object) -> list[str]:
    found = check_deck(prs, "deck", locale="ko_KR", **kwargs)  # type: ignore[arg-type]
    return [w for w in found if "only the speaker notes" in w]


def _blank(prs: object, words: str) -> None:
    """Every paragraph of the slides that prints `words`, emptied: what the deck printed before."""
    for shape in (sh for s in prs.slides for sh in s.shapes):  # type: ignore[attr-defined]
        for paragraph in shape.text_frame.paragraphs if shape.has_text_frame else ():
            if words in _flat("".join(r.text for r in paragraph.runs)).replace("\u2060", ""):
                for run in paragraph.runs:
                    run.text = ""


def test_the_check_names_a_quotation_left_in_the_notes_of_a_slide_with_room(andong: Path) -> None:
    prs = Presentation(str(andong))
    assert not _unsaid(prs, quotes=(CHAIRMAN_QUOTE,))
    _blank(prs, "탈은 얼굴을 가리지만")  # the slide as it was: his words in the notes only
    at = next(n for n, s in enumerate(prs.slides, 1) if "탈은 얼굴을" in s.notes_slide.notes_text_frame.text)
    assert _unsaid(prs, quotes=(CHAIRMAN_QUOTE,)) == [
        f"deck: slide {at}: its speaker notes quote '{CHAIRMAN_QUOTE}', which no slide prints though "
        "this one has room for it (only the speaker notes do)"
    ]


def test_the_check_names_a_summarys_news_left_under_a_title_of_its_other_claim(andong: Path) -> None:
    prs = Presentation(str(andong))
    assert not _unsaid(prs, summaries=(PROGRAMME,))
    _blank(prs, "올해 처음 선보인")  # the slide as it was: the caption's claim over the chart alone
    at = next(
        n for n, s in enumerate(prs.slides, 1) if "야간 탈 퍼레이드도" in s.notes_slide.notes_text_frame.text
    )
    warned = _unsaid(prs, summaries=(PROGRAMME,))
    assert warned and all(w.startswith(f"deck: slide {at}: ") for w in warned), warned
