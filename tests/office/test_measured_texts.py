"""The deck's text measures are worked out once a process for each text, in bounded memos, and
are the measures a first measuring gives."""

from __future__ import annotations

import pytest

from reportgen.memo import Memo
from reportgen.office import quality
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
    monkeypatch.setattr(quality, "_NUMBER_WORDS", Memo(50))
    words = quality._number_words("about EUR\u00a015\u00a0billion in 2026 and 中文 12 万")
    assert [word for word, _ in words] == ["EUR\u00a015\u00a0billion", "2026", "12"]
    assert words[0][1] == sum(fit._char_em(c) for c in "EUR\u00a015\u00a0billion")
    for n in range(200):
        quality._number_words(f"{n} apples")
    assert len(quality._NUMBER_WORDS) == 50
