"""A quotation's or a source title's words are found in a printed paragraph without compiling a
regular expression for each (office/verbatim.py; the performance guide, round 25), exactly where
the pattern the check used to compile would find them."""

from __future__ import annotations

import random
import re

import pytest

from reportgen.office import verbatim
from reportgen.office.verbatim import clear_verbatim, patterns, verbatim_spans, without_verbatim

_MARKS = "'\"‘’‚‛“”„‟«»‹›「」『』"
_INVISIBLE = "\u2060\u200b"


def _reference(text: str) -> re.Pattern[str] | None:
    """The pattern round 24 compiled for `text`: each character, a mark as any mark, a space as a
    run of white space, an invisible character allowed between any two."""
    words = " ".join(text.translate({ord(c): None for c in _INVISIBLE}).split())
    if len(words) < 6:
        return None
    parts = [
        r"[\s\u00a0\u202f]+" if c == " " else f"[{re.escape(_MARKS)}]" if c in _MARKS else re.escape(c)
        for c in words
    ]
    return re.compile(f"[{_INVISIBLE}]*".join(parts))


def _reference_spans(text: str, quotes: list[str]) -> list[tuple[int, int]]:
    found = []
    for quote in quotes:
        plain = " ".join(quote.translate({ord(c): None for c in _INVISIBLE}).split())
        for part in dict.fromkeys((plain, plain[:24])):
            if (pattern := _reference(part)) is not None:
                found += [m.span() for m in pattern.finditer(text)]
    return sorted(found)


QUOTES = [
    "約8.6萬人次參觀，創下新高",
    "« La fréquentation a dépassé 120 000 visiteurs »",
    "“We expect 1,200 exhibitors next year”",
    "6만 8400명이 다녀갔다",
    "Rekordbesuch: 48 000 Gäste in drei Tagen",
    "「過去最多の来場者」と主催者",
]


def _printed(quote: str, rng: random.Random) -> str:
    """`quote` as a renderer may print it: invisible characters between letters, no-break or
    doubled spaces, other quotation marks, inside other words."""
    out = []
    for char in quote:
        if char == " ":
            char = rng.choice([" ", "\u00a0", "\u202f", "  ", " \u200b "])
        elif char in _MARKS:
            char = rng.choice(_MARKS)
        out.append(char)
        if rng.random() < 0.2:
            out.append(rng.choice(_INVISIBLE))
    return f"{rng.choice(['', 'Il a dit ', '主催者は'])}{''.join(out)}{rng.choice(['', '.', ' (2022)'])}"


def test_found_where_the_pattern_would_find_them() -> None:
    rng = random.Random(25)
    for _ in range(300):
        quotes = rng.sample(QUOTES, 3)
        text = " ".join(_printed(q, rng) for q in rng.sample(QUOTES, 2))
        found = patterns(quotes)
        assert verbatim_spans(text, found) == _reference_spans(text, quotes), text


def test_no_pattern_is_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "主催者は「過去最多の\u200b来場者」と主催者"
    expected = _reference_spans(text, QUOTES)
    compiled: list[str] = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda p, *a: compiled.append(p) or real(p, *a))
    found = patterns(QUOTES)
    assert verbatim_spans(text, found) == expected == [(4, 19)]
    assert without_verbatim(text, found) == "主催者は "
    assert compiled == []


def test_a_quotation_loses_its_zero_width_spaces_only() -> None:
    """clear_verbatim on a paragraph's runs: the quotation's zero width spaces go, its word
    joiners and the text around it stay as they were."""
    from lxml import etree

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    p = etree.fromstring(
        f'<w:body xmlns:w="{w}"><w:p><w:r><w:t>2026年\u200b10月 « La fréquentation a </w:t></w:r>'
        f"<w:r><w:t>dépassé\u200b 120\u00a0000 visi\u2060teurs » fin.</w:t></w:r></w:p></w:body>"
    )
    clear_verbatim([p], ["« La fréquentation a dépassé 120 000 visiteurs »"])
    text = "".join(p.itertext())
    assert text == "2026年\u200b10月 « La fréquentation a dépassé 120\u00a0000 visi\u2060teurs » fin."
    assert verbatim.verbatim_marks([("p", text)], patterns(["dépassé 120 000 visiteurs"])) == []
