"""Every check reads a document's text as its reader sees it (data/seen_text.py): review SS2's
Chinese book fair printed '截至2026年8月24日16:00' in its briefing, its date's parts parted by zero
width spaces (office/cjk_dates.py), and the as-of check said the as-of was printed nowhere."""

from __future__ import annotations

import pytest

from reportgen.data.seen_text import as_seen
from reportgen.office.asof_check import unprinted_as_of
from reportgen.office.seen import quoted


def test_a_date_parted_by_zero_width_spaces_is_the_date_the_event_file_gives() -> None:
    printed = "入场读者52.6万人次，截至\u200b2026\u2060年\u200b8\u2060月\u200b24\u2060日\u200b16:00。"
    assert unprinted_as_of([("入场读者", "截至2026年8月24日16:00")], [("p1", printed)], "briefing") == []


def test_the_as_of_check_still_names_an_as_of_printed_nowhere() -> None:
    warnings = unprinted_as_of(
        [("入场读者", "截至2026年8月24日16:00")], [("p1", "入场读者52.6万人次。")], "briefing"
    )
    assert warnings == [
        "briefing: '入场读者' is dated '截至2026年8月24日16:00' in the event file, which is printed "
        "nowhere in it (the notes and alt texts are not read); print it with the figure: on its tile, "
        "in its line or under its chart"
    ]


@pytest.mark.parametrize("unseen", ["\u2060", "\u200b", "\u00ad", "\ufeff"])
def test_no_reader_sees_a_joiner_a_zero_width_space_a_soft_hyphen_or_a_bom(unseen: str) -> None:
    assert as_seen(f"1{unseen}8亿元") == "18亿元"
    assert quoted(f"近1.8{unseen}亿元") == "'近1.8亿元'"


def test_no_break_spaces_and_line_breaks_read_as_spaces() -> None:
    assert as_seen("4.12\u202flakh\u00a0visitors\x0bin\nthree days") == "4.12 lakh visitors in three days"
