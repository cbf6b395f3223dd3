"""The deck's text measures are worked out once a process for each text, in bounded memos, and
are the measures a first measuring gives."""

from __future__ import annotations

import pytest

from reportgen.memo import Memo
from reportgen.office import broken_numbers, wide_words
from reportgen.office.powerpoint import fit


def test_a_text_is_measured_once_and_the_memo_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fit, "_MEASURED", Memo(100))
    first = fit._words("RMB\u00a015\u00a0billion for 中文字幕 and more")
    assert fit._words("RMB\u00a015\u00a0billion for 中文字幕 and more") is first  # kept, not measured again
    assert first == tuple(
        (fit._char_em(" ") if spaced else 0.0, sum(fit._char_em(c) for c in piece))
        for spaced, piece in fit.unbreakable("RMB\u00a015\u00a0billion for 中文字幕 and more")
    )
    for n in range(500):
        fit._words(f"text number {n}")
    assert len(fit._MEASURED) == 100


def test_a_numbers_pieces_are_found_once_and_the_memo_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wide_words, "_NUMBER_WORDS", Memo(50))
    words = wide_words._number_words("about EUR\u00a015\u00a0billion in 2026 and 中文 12 万")
    assert [word for word, _ in words] == ["EUR\u00a015\u00a0billion", "2026", "12"]
    assert words[0][1] == sum(fit._char_em(c) for c in "EUR\u00a015\u00a0billion")
    for n in range(200):
        wide_words._number_words(f"{n} apples")
    assert len(wide_words._NUMBER_WORDS) == 50


def test_a_placeholders_inherited_size_is_looked_up_once_a_pass() -> None:
    from pptx import Presentation

    from ..conftest import TEMPLATES

    prs = Presentation(str(TEMPLATES / "deck.pptx"))
    shapes = [shape for slide in prs.slides for shape in slide.shapes if shape.is_placeholder]
    assert len(shapes) > 5
    known: dict[object, float] = {}
    sizes = [fit.inherited_size(shape, known) for shape in shapes]
    assert sizes == [fit.inherited_size(shape) for shape in shapes]
    assert 0 < len(known) < len(shapes)  # shapes of one layout's placeholder share one lookup
    assert max(sizes) > fit.DEFAULT_SIZE_PT  # a title's size, from its layout or master


def test_a_template_shape_is_prepared_once_a_process(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reportgen.office import powerpoint
    from reportgen.pipeline.pipeline import build
    from reportgen.project.settings import Settings

    from ..conftest import TEMPLATES, WAIC

    monkeypatch.setattr(powerpoint, "_PREPARED", Memo(512))
    prepared: list[object] = []
    original = powerpoint.prepare
    monkeypatch.setattr(powerpoint, "prepare", lambda element: prepared.append(element) or original(element))
    settings = Settings.simple(tmp_path / "out", TEMPLATES)
    build(WAIC, settings)
    first = len(prepared)
    assert first > 5
    build(WAIC, settings)
    assert len(prepared) == first  # the second build prepared nothing again


def test_a_breakable_number_is_looked_for_once_a_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(broken_numbers, "_BROKEN_NUMBERS", Memo(8))
    found = broken_numbers._breakable_number("about 15 billion visitors", "en")
    assert found == "about 15 billion"  # its whole run
    assert ("about 15 billion visitors", "en", True) in broken_numbers._BROKEN_NUMBERS
    assert broken_numbers._breakable_number("about\u00a015\u00a0billion visitors", "en") is None
    assert (
        "about\u00a015\u00a0billion visitors",
        "en",
        True,
    ) in broken_numbers._BROKEN_NUMBERS  # a None is kept too
    for n in range(20):
        broken_numbers._breakable_number(f"{n} apples", "en")
    assert len(broken_numbers._BROKEN_NUMBERS) == 8


def test_a_language_tag_is_asked_of_babel_once_a_process(monkeypatch: pytest.MonkeyPatch) -> None:
    from reportgen.data import translations

    monkeypatch.setattr(translations, "_TAGS", Memo(4))
    assert translations.language_tag("zh-CN") == "zh_CN"
    assert translations.language_tag("xx-YY") is None
    assert "xx-YY" in translations._TAGS  # an unknown tag is remembered as unknown
    assert translations.language_tag("not a tag") is None
    for tag in ("de", "fr", "ja", "en-GB", "en-US"):
        assert translations.language_tag(tag) == tag.replace("-", "_")
    assert len(translations._TAGS) == 4


def test_a_texts_width_is_measured_once_a_process_and_the_memo_stays_bounded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The document check measures every paragraph of the deck, and `reportgen watch` the same
    paragraphs again after each save: each text's width is worked out once, character by
    character, and is the width a first measuring gives."""
    monkeypatch.setattr(fit, "_WIDTHS", Memo(50), raising=False)
    looked: list[str] = []
    original = fit._char_em

    def char_em(char: str) -> float:
        looked.append(char)
        return original(char)

    monkeypatch.setattr(fit, "_char_em", char_em)
    text = "RMB\u00a015\u00a0billion 中文18万 and more"
    first = fit.text_em(text)
    assert len(looked) == len(text)
    assert fit.text_em(text) == first and len(looked) == len(text)  # kept, not measured again
    monkeypatch.setattr(fit, "_WIDTHS", Memo(50), raising=False)
    assert fit.text_em(text) == first  # a fresh measuring gives the same width
    for n in range(200):
        fit.text_em(f"paragraph {n}")
    assert len(fit._WIDTHS) == 50
    long = "x" * (fit._WIDTHS_LONGEST + 1)  # a long text is measured, not kept (20,000 may come)
    assert fit.text_em(long) == fit.text_em(long) == fit._measure_em(long)
    assert long not in fit._WIDTHS
