"""A briefing prints a quotation and a source's title as they were written: no zero width space
inside their words (review RR3 Z1: Taichung's quote and source title carried them), whatever
Chinese or Japanese numbers they hold. Their word joiners stay: without them Writer set its gap
between Asian text and digits inside the words ('6 만 8400 명' in a Korean lede quoted from the
news, review UU3). The date the build writes after a source's title keeps its ties, for Writer's
lines. The document check names a quotation that carries a zero width space, in any template."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from reportgen.data import quote_languages
from reportgen.data.prepare import prepare
from reportgen.office.ooxml import qn
from reportgen.office.quality import check_briefing
from reportgen.pipeline.pipeline import BuildResult, not_printings

from ..conftest import ROOT

REVIEWS = ROOT / "tests" / "data" / "review_events"
EVENTS = [
    REVIEWS / "taichung-animation-festival-zh-tw.yaml",
    REVIEWS / "robocon-ja-jp.yaml",
    REVIEWS / "marathon-quanzhou-zh-cn.yaml",
]
INVISIBLE = ("\u2060", "\u200b")


def _paragraphs(docx: Path) -> list[str]:
    body = Document(str(docx)).element.body
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]


def _read(text: str) -> str:
    """`text` as compared: spaces as one space, typographic marks as straight ones; its invisible
    characters kept."""
    text = text.translate(str.maketrans("’‘“”«»「」", '\'\'""""""'))
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def _plain(text: str) -> str:
    return _read(text.replace("\u2060", "").replace("\u200b", ""))


def _quotations(prepared: Any) -> tuple[str, ...]:
    return tuple(str(q.text) for _, q in quote_languages.quotes(prepared.summary) if q is not None)


def _briefing(result: BuildResult) -> Path:
    return next(f for f in result.files if f.name.endswith("-briefing.docx"))


@pytest.mark.parametrize("event", EVENTS, ids=lambda p: p.stem)
def test_quotations_and_titles_print_no_invisible_character(
    event: Path, built_event: Callable[[Path], BuildResult]
) -> None:
    prepared = prepare(event)
    said = [_plain(q) for q in _quotations(prepared)]
    said += [_plain(str(s.title)) for s in prepared.summary.sources.values()]
    paragraphs = _paragraphs(_briefing(built_event(event)))
    printed = [(words, text) for words in said for text in paragraphs if words in _plain(text)]
    assert printed, "no quotation or source's title printed whole in the briefing"
    assert any(any(c.isdigit() for c in words) for words, _ in printed)  # a number among them
    for words, text in printed:  # whole as written: no zero width space between two letters
        assert words in _read(text.replace("\u2060", "")), (words, text)


def test_a_quotation_with_joiners_is_named(built_event: Callable[[Path], BuildResult]) -> None:
    event = EVENTS[0]
    prepared = prepare(event)
    quotes = _quotations(prepared)
    document = Document(str(_briefing(built_event(event))))
    quote = next(q for q in quotes if any(c.isdigit() for c in q))
    for t in document.element.body.iter(qn("w:t")):  # a template's own text run, as the plan tied it
        if t.text and _plain(quote)[:8] in _plain(t.text):
            t.text = t.text.replace("萬", "\u200b萬").replace("日", "\u200b日")
    cited = not_printings(prepared.summary, prepared.derived)
    found = [
        w
        for w in check_briefing(document, "b.docx", locale="zh_TW", cited=cited, quotations=quotes)
        if "zero width space" in w
    ]
    assert found and found[0].startswith("b.docx: paragraph"), found
    clean = check_briefing(
        _briefing(built_event(event)), "b.docx", locale="zh_TW", cited=cited, quotations=quotes
    )
    assert not [w for w in clean if "zero width space" in w]
