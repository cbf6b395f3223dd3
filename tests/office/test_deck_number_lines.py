"""A CJK number the plan ties by word joiners starts a line of the deck where a line would cut it,
so that the deck prints no joiner (a search for '8.6萬' finds it: review PP) and no renderer has the
number to break (powerpoint/url_lines.py)."""

from __future__ import annotations

from reportgen.data.typography import WORD_JOINER, bind_cjk_numbers
from reportgen.office.powerpoint.url_lines import addresses_apart, tied_runs
from reportgen.office.word_wrap import width_em

ZH = bind_cjk_numbers("本屆展覽觀影人次約8.6萬，放映412場，於2026年10月25日閉幕。", "zh_TW")
KO = bind_cjk_numbers("올해 관람객은 약 2억 1500만 명으로 오후 6시 기준 집계됐다", "ko_KR")


def _line_end_inside(text: str, run: str, size: float) -> float:
    """A line as wide as `text` up to the middle of `run` (joiners printed as nothing)."""
    plain = text.replace(WORD_JOINER, "")
    middle = plain.index(run) + len(run) // 2
    return width_em(plain[:middle]) * size


def test_a_tied_number_starts_the_line_a_line_end_would_cut_it_at() -> None:
    for text, run in ((ZH, "2026年10月25日"), (ZH, "8.6萬"), (KO, "1500만")):
        room = _line_end_inside(text, run, 18)
        start = next(a for a, b in tied_runs(text) if run in text[a:b].replace(WORD_JOINER, ""))
        assert start in addresses_apart(text, room, 18, tied="zh_TW" if text is ZH else "ko_KR"), (text, run)
        assert start not in addresses_apart(text, room, 18), (text, run)  # a Latin deck's call


def test_a_number_a_line_holds_whole_is_left_where_it_is() -> None:
    assert addresses_apart(ZH, width_em(ZH) * 18 + 1, 18, tied="zh_TW") == []  # one line
    assert addresses_apart(ZH, width_em("8.6萬") * 18 * 0.9, 18, tied="zh_TW") == []  # none fits a line


def test_the_tied_runs_are_the_numbers_with_their_counters() -> None:
    runs = [ZH[a:b].replace(WORD_JOINER, "") for a, b in tied_runs(ZH)]
    assert runs == ["約8.6萬，", "412場，", "2026年10月25日"]  # with the marks no line starts with


def test_a_number_typed_without_joiners_is_kept_whole_too() -> None:
    """A user's template text ('2026年10月25日' typed as it reads): the locale ties it as the plan
    would, and the break goes where it stands in the text as typed."""
    plain = ZH.replace(WORD_JOINER, "")
    room = _line_end_inside(plain, "2026年10月25日", 18)
    assert addresses_apart(plain, room, 18, tied="zh_TW") == [plain.index("2026")]
    assert addresses_apart(plain, room, 18) == []
