"""達/达 ('reached') stands before an exact Chinese amount only (review YY1 #1): a catalogue sentence
that writes '達%(amount)s' (the record lede, the noted lede: plan/record_lede.py) drops it where the
amount opens with its qualifier, as the figure's own sentence does (data/sentences.py): the Hong
Kong art fair's briefing opened '總成交額達約港幣32億元', which no editor writes; '總成交額約港幣32億元'
and '總成交額達港幣32億元' are both Chinese."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document

from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.data.plan.record_lede import noted_lede, record_lede
from reportgen.data.plan.views import Derived
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT, seen

ART_FAIR = ROOT / "tests" / "data" / "review_events" / "art-fair-hk-zh-hk.yaml"
REACHED = ("達", "达")
#: What a qualified amount opens with, in each Chinese script (data/phrases.py's words).
QUALIFIERS = ("約", "约", "近", "超過", "超过", "至少", "最多", "逾")


#: The news's own quote ('約32億港元'): since quotes26 (reviews YY4 #5, YY2 #4: plan/news_lede.py
#: `credited_words`) a credited quote that says the figure opens the briefing in place of the
#: record's sentence, so the editions that vary the qualifier quote the record without its number
#: (`RECORD_ONLY`): they test the catalogue's record sentence, and a quote saying '約' beside a
#: figure made 'more than' would be data at odds with itself. The real art fair's briefing (last
#: test) keeps its quote.
NEWS_QUOTE = "text: 今屆博覽會總成交額約32億港元，創歷屆新高。"
RECORD_ONLY = "text: 今屆博覽會總成交額創歷屆新高。"


def _edition(folder: Path, locale: str, qualifier: str) -> Derived:
    """The art fair in `locale`, its news ('總成交額', a record) with `qualifier`, its quote
    claiming the record without writing the amount."""
    text = ART_FAIR.read_text(encoding="utf-8")
    assert NEWS_QUOTE in text  # the edition tests the record's sentence, not the quote's
    text = text.replace(NEWS_QUOTE, RECORD_ONLY)
    text = text.replace("  locale: zh_HK", f"  locale: {locale}")
    text = text.replace("qualifier: about", f"qualifier: {qualifier}")
    path = folder / f"{locale}-{qualifier.replace(' ', '-')}.yaml"
    path.write_text(text, encoding="utf-8")
    summary = load_event(path)
    return derive(summary, Formatter(summary.formatting.locale, dict(summary.formatting.currency_labels)))


def _reached_before_qualifier(text: str) -> bool:
    return any(f"{r}{q}" in text for r in REACHED for q in QUALIFIERS)


@pytest.mark.parametrize("locale", ["zh_HK", "zh_TW", "zh_CN"])
@pytest.mark.parametrize("qualifier", ["about", "more than", "nearly", "at least"])
def test_a_qualified_record_lede_has_no_reached(tmp_path: Path, locale: str, qualifier: str) -> None:
    derived = _edition(tmp_path, locale, qualifier)
    news = derived.figures["chengjiao.zong"]
    lede = derived.news_lede
    assert lede == record_lede(news, locale), lede  # the catalogue's sentence opens the briefing
    assert lede.startswith(f"總成交額{news.text_with_unit}"), lede
    assert not _reached_before_qualifier(lede), lede


@pytest.mark.parametrize(("locale", "reached"), [("zh_HK", "達"), ("zh_TW", "達"), ("zh_CN", "达")])
def test_an_exact_record_lede_keeps_reached(tmp_path: Path, locale: str, reached: str) -> None:
    derived = _edition(tmp_path, locale, "exactly")
    news = derived.figures["chengjiao.zong"]
    assert derived.news_lede.startswith(f"總成交額{reached}{news.text_with_unit}，"), derived.news_lede


@pytest.mark.parametrize(("locale", "reached"), [("zh_HK", "達"), ("zh_CN", "达")])
def test_the_noted_lede_words_a_qualified_amount_the_same(tmp_path: Path, locale: str, reached: str) -> None:
    """The band's line under the news (a trend's change) in the catalogue's other sentence."""
    for qualifier, link in (("about", ""), ("exactly", reached)):
        news = _edition(tmp_path, locale, qualifier).figures["chengjiao.zong"]
        noted = noted_lede(replace(news, record_note="", trend_note="較2025年上升12%"), locale)
        assert noted.startswith(f"總成交額{link}{news.text_with_unit}，"), noted
        assert not _reached_before_qualifier(noted), noted


def test_the_art_fairs_briefing_opens_without_reached_before_about(
    built_event: Callable[[Path], BuildResult],
) -> None:
    briefing = next(f for f in built_event(ART_FAIR).files if f.suffix == ".docx")
    paragraphs = [p.text for p in Document(str(briefing)).paragraphs if p.text.strip()]
    texts = [seen(t).replace("\u2060", "").replace("\u200b", "") for t in paragraphs]
    lede = next(t for t in texts if "港藝博2026" in t and "閉幕" in t)
    # its news's credited quote opens it (quotes26: plan/news_lede.py `credited_words`), in the
    # source's own form ('約32億港元'), where the record's sentence had written '總成交額約港幣32億元'
    assert lede.startswith("「今屆博覽會總成交額約32億港元，創歷屆新高。」"), lede
    assert not _reached_before_qualifier(" ".join(texts)), lede
