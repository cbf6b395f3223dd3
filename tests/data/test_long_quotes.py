"""A person's quotation prints on their slide where a slide has room for it, whatever its length
in characters: a fixed cut of 170 characters kept the rally winner's words (179) and the
minister's speech (184) in the speaker notes while their slides were half empty (review YY2 #2).
Only a quotation no slide holds under its speaker's line stays in the notes; the document check
names one left there on a slide with room."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from reportgen.data.plan import deck_pages
from reportgen.data.plan.printings import fits_slide
from reportgen.pipeline.pipeline import BuildResult, build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, pptx_notes, pptx_slide_texts

RALLY = ROOT / "tests" / "data" / "review_events" / "rally-sanremo-it-it.yaml"
SEAFOOD = ROOT / "tests" / "data" / "quote_events" / "sjomatmessen-bergen-nb-no.yaml"
MESSE = ROOT / "tests" / "events" / "languages" / "messe-de.yaml"
GIPFEL = ROOT / "tests" / "events" / "languages" / "gipfel-zh.yaml"

WINNER = "Sabato sotto la pioggia ho pensato di aver perso tutto."
MINISTER = "Norsk sjømat er verdens beste, men vi må ikke ta det for gitt."
#: Quotations longer than the old cut, in German and Chinese, set in place of the events' short ones.
LONGER = {
    "Dr. Katrin Albers": (
        "Die Branche hat in Leipzig ein starkes Zeichen gesetzt. Wir haben in diesen Tagen gesehen, "
        "wie viel Mut die Betriebe haben, und nehmen diese Energie in die kommenden Jahre mit."
    ),
    "王建华": (
        "数字贸易正在成为开放合作的新引擎。我们看到越来越多的中小企业通过数字平台走向世界，"
        "也看到各地的合作伙伴愿意在规则、标准和人才方面携手前行，这正是本届峰会最重要的收获，"
        "我们期待明年在这里再次相聚。"
    ),
}


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u2060", "").split())


def _lengthened(event: Path, folder: Path) -> Path:
    """The event with each person of LONGER quoted at length."""
    data = yaml.safe_load(event.read_text(encoding="utf-8"))
    for section in data["sections"].values():
        for person in section.get("people", ()):
            if person["name"] in LONGER:
                person["quote"] = {**person["quote"], "text": LONGER[person["name"]]}
    out = folder / event.name
    out.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return out


def _deck(result: BuildResult) -> Path:
    return next(f for f in result.files if f.suffix == ".pptx")


@pytest.fixture(scope="module")
def decks(
    built_event: Callable[[Path], BuildResult], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("long-quotes")
    return {
        "rally": _deck(built_event(RALLY)),
        "seafood": _deck(built_event(SEAFOOD)),
        "messe": _deck(built_event(_lengthened(MESSE, folder))),
        "gipfel": _deck(built_event(_lengthened(GIPFEL, folder))),
    }


@pytest.mark.parametrize(
    ("event", "quote"),
    [
        ("rally", WINNER),
        ("seafood", MINISTER),
        ("messe", LONGER["Dr. Katrin Albers"][:60]),
        ("gipfel", LONGER["王建华"][:30]),
    ],
)
def test_a_long_quotation_prints_on_its_speakers_slide(
    decks: dict[str, Path], event: str, quote: str
) -> None:
    """The quotation prints on the slide whose notes hold it, under its speaker's line."""
    deck = decks[event]
    texts = [_flat(t) for t in pptx_slide_texts(deck)]
    notes = [_flat(n) for n in pptx_notes(deck)]
    at = next(i for i, n in enumerate(notes) if quote in n)
    assert quote in texts[at], texts[at]


def test_a_quotation_no_slide_holds_stays_in_the_notes() -> None:
    """A quotation of up to three rows fits under its speaker's line; a speech of more takes a
    slide of its own and leaves a continuation or crowds a folded section: the notes keep it."""
    assert fits_slide(WINNER * 3)
    assert not fits_slide(WINNER * 4)
    assert not fits_slide(LONGER["王建华"] * 5)


def test_the_check_names_a_long_quotation_left_in_the_notes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The deck as it was (the winner's words in the notes, slide 3 half empty): the build's
    check names them; the 170-character cut had kept them from the check as from the slide."""
    monkeypatch.setattr(deck_pages, "_slide_quote", lambda quote, said=frozenset(): False)
    result = build(RALLY, Settings.simple(tmp_path, TEMPLATES))
    warned = [w for w in result.warnings if "only the speaker notes" in w]
    assert any(WINNER in w and "slide 3:" in w for w in warned), result.warnings
