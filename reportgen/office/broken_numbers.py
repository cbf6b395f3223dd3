"""The document check's reading of a printed text (office/quality.py calls it for each slide's and
chart's texts and each paragraph of a briefing): a number that may break across lines between it
and its unit, scale word, currency, qualifier or date; text that addresses the file's author;
invisible characters inside a number or beside a space; a part given its share again; a Chinese,
Japanese or Korean counter set on the line under its number ('1,150' / '명 가까이', review JJ)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from reportgen.data.author_text import addresses_author
from reportgen.data.typography import (
    bind_cjk_numbers,
    bind_numbers,
    freed_in_quotations,
    freed_space,
    honoured_joiners,
    qualified_counter,
)
from reportgen.memo import Memo
from reportgen.office.chart_check import share_problems
from reportgen.office.invisible import invisible_in_number, stray_break
from reportgen.office.seen import quoted


def _text_problems(texts: Iterable[str], where: str, locale: str, joiners: bool = True) -> list[str]:
    """What a reader would see wrong in each text; `joiners`: whether its Chinese or Japanese
    numbers need word joiners (a native chart's labels are set on one line each, as its pictures
    are drawn, and take none)."""
    texts = list(texts)
    warnings = share_problems(texts, where)  # '34（34%）': parts in percent given a share again
    warnings += [
        f"{where}: {quoted(number)} is set on a line of its own over its counter {quoted(counter)}; "
        "a counter of up to three letters, and the qualifier after it, stays on its number's line"
        for number, counter in counters_apart(texts)
    ]
    for text in texts:
        phrase = addresses_author(text)
        if phrase:
            warnings.append(
                f"{where}: {phrase!r} addresses the file's author, not its readers ({_excerpt(text)}); "
                "move it to a comment, which is never printed, or remove it"
            )
        invisible = invisible_in_number(text)
        if invisible:
            warnings.append(
                f"{where}: {quoted(invisible[0])} carries an invisible character ({invisible[1]}) inside the "
                "number, which a reader copies with it; a number keeps only a word joiner beside a digit "
                "(office/invisible.py)"
            )
        stray = None if invisible else stray_break(text)
        if stray:
            warnings.append(
                f"{where}: {quoted(stray)} carries an invisible character (U+200B) beside a space, which "
                "breaks nothing the space does not and a reader copies with the text (office/invisible.py)"
            )
        broken = _breakable_number(text, locale, joiners)
        if broken:
            warnings.append(
                f"{where}: {quoted(broken)} may break across lines between the number and its unit, scale "
                "word, currency, qualifier or date; join them with a no-break space (in Chinese and "
                "Japanese a word joiner, U+2060)"
            )
    return warnings


def _breakable_number(text: str, locale: str, joiners: bool = True) -> str | None:
    """The first number-and-unit pair of `text` held together by a plain, breakable space, or
    (`joiners`) a Chinese or Japanese one without its word joiners (found once a process for each
    text: a rebuild checks mostly the same texts)."""
    key = (text, locale, joiners)
    if key in _BROKEN_NUMBERS:
        return _BROKEN_NUMBERS.get(key)
    found = _first_breakable(text, locale, joiners)
    _BROKEN_NUMBERS.remember(key, found)
    return found


_BROKEN_NUMBERS: Memo[tuple[str, str, bool], str | None] = Memo(4096)


def _first_breakable(text: str, locale: str, joiners: bool) -> str | None:
    freed = freed_space(text, locale)  # a tie the fit freed on purpose (FREED_SPACE): read as tied
    text = text if freed == -1 else f"{text[:freed]}\u00a0{text[freed + 1 :]}"
    bound = freed_in_quotations(bind_numbers(text, locale), locale)  # a quote's qualifier may part
    if bound == text:
        return _first_unjoined(text, locale) if joiners else None
    at = next(i for i, (a, b) in enumerate(zip(text, bound, strict=True)) if a != b)
    # the whole run the ties make one, between the spaces a line may still break at ('mehr als
    # 3,8 Milliarden Euro', where the first missing tie is after 'mehr')
    start = bound.rfind(" ", 0, at) + 1
    end = bound.find(" ", at + 1)
    run = text[start : end if end != -1 else len(text)].rstrip(",;:!?)")
    return run[:-1] if run.endswith(".") and run[-2:-1].isdigit() else run  # not the sentence's stop


def _first_unjoined(text: str, locale: str) -> str | None:
    """In Chinese and Japanese, the first number, date or qualifier after a number ('以上') that
    lacks the word joiners `typography.bind_cjk_numbers` sets, with a few characters either side."""
    text = honoured_joiners(text)  # the document prints only these (office/joiners.py)
    bound = honoured_joiners(bind_cjk_numbers(text, locale))
    if bound == text:
        return None
    at = next((i for i, (a, b) in enumerate(zip(text, bound, strict=False)) if a != b), len(text))
    start, end = max(at - 6, 0), min(at + 6, len(text))
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] in ",.\u2060"):
        start -= 1  # never from the middle of a number
    while end < len(text) and (text[end].isdigit() or text[end] in ",.\u2060"):
        end += 1
    return text[start:end].replace("\u2060", "")


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return f"'{text[:60]}…'" if len(text) > 60 else f"'{text}'"


#: A paragraph that is a number alone: digits, and the scale words and ties inside it ('131만 2000').
_NUMBER_ALONE = re.compile(r"[\d.,]+(?:[\u2060\u00a0 ]*[만억조万萬亿億兆][\u2060\u00a0 ]*[\d.,]*)*")


def counters_apart(texts: Iterable[str]) -> list[tuple[str, str]]:
    """Each number printed as a paragraph of its own whose next paragraph is the counter it is read
    with and its qualifier (typography.qualified_counter: '명 가까이', '件以上'): a tile's '1,150' /
    '명 가까이'. A paragraph of three letters alone may be a label ('950' / '主论坛'): not read."""
    found = []
    for first, second in itertools.pairwise(texts):
        number, counter = first.strip().replace("\u2060", ""), second.strip().replace("\u2060", "")
        if _NUMBER_ALONE.fullmatch(number) and any(map(str.isdigit, number)) and qualified_counter(counter):
            found.append((number, counter))
    return found
