"""A chart of amounts of one currency at one scale says its scale and currency once, in its title,
its bars their numbers alone (review YY1 #9: '145 millioner kroner … 18 millioner kroner' on five
bars), in every language; labels of several scales or forms keep their words, and a title with a
bracket of its own is the user's."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportgen.data.prepare import prepare

from ..conftest import seen

ROUNDS = {"a": 145_000_000, "b": 92_000_000, "c": 31_500_000, "d": 18_000_000}


def _chart(tmp_path: Path, locale: str, currency: str, title: str, values: dict[str, int] = ROUNDS):
    data = {
        "event": {"name": "Founders Summit 2026", "short_name": "FS 2026", "kind": "summit", "year": 2026,
                  "city": "X", "start_date": "2026-09-23", "closing_date": "2026-09-24"},
        "formatting": {"locale": locale},
        "sources": {"note": {"title": "Note", "publisher": "FS", "published": "2026-09-24"}},
        "sections": {"rounds": {"title": "Rounds", "figures": {
            k: {"label": f"Startup {k.upper()}", "value": v, "currency": currency} for k, v in values.items()
        }}},
        "charts": {"rounds": {"title": title, "kind": "hbar", "figures": [f"rounds.{k}" for k in values]}},
    }  # fmt: skip
    path = tmp_path / f"{locale}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return prepare(path).derived.charts["rounds"]


@pytest.mark.parametrize(
    ("locale", "currency", "title", "said", "labels"),
    [
        ("da_DK", "DKK", "Runder", "Runder (millioner kroner)", ["145", "92", "31,5", "18"]),
        ("pl_PL", "PLN", "Rundy", "Rundy (mln zł)", ["145", "92", "31,5", "18"]),
        ("it_IT", "EUR", "Round", "Round (milioni di euro)", ["145", "92", "31,5", "18"]),
        ("es_ES", "EUR", "Rondas", "Rondas (millones de euros)", ["145", "92", "31,5", "18"]),
        ("zh_CN", "CNY", "融资轮次", "融资轮次（万元）", ["1450", "920", "315", "180"]),
    ],
)
def test_one_scale_and_currency_said_once_in_the_title(
    tmp_path: Path, locale: str, currency: str, title: str, said: str, labels: list[str]
) -> None:
    values = {k: v // 10 for k, v in ROUNDS.items()} if locale == "zh_CN" else ROUNDS  # all in 万
    chart = _chart(tmp_path, locale, currency, title, values)
    assert seen(chart.title) == said
    assert [seen(b.text) for b in chart.bars] == labels
    assert not chart.unit_note  # the currency is said by the title


def test_a_word_the_title_says_is_not_said_again(tmp_path: Path) -> None:
    chart = _chart(tmp_path, "de_CH", "CHF", "Zusagen nach Staat, in Franken")
    assert seen(chart.title) == "Zusagen nach Staat, in Franken (Millionen)"


@pytest.mark.parametrize(
    ("locale", "currency", "values"),
    [
        ("pl_PL", "PLN", {"a": 380_000, "b": 1_150_000}),  # two scales: each label its words
        ("de_DE", "EUR", {"a": 1_000_000, "b": 2_000_000}),  # 'Million' beside 'Millionen'
        ("en_GB", "GBP", {"a": 145_000, "b": 92_000}),  # no scale word: digits and their sign
    ],
)
def test_labels_of_several_forms_keep_their_words(
    tmp_path: Path, locale: str, currency: str, values: dict[str, int]
) -> None:
    chart = _chart(tmp_path, locale, currency, "Rounds", values)
    assert chart.title == "Rounds"
    assert all(any(c.isalpha() or c in "£€$" for c in b.text) for b in chart.bars)


def test_a_titles_own_bracket_is_kept(tmp_path: Path) -> None:
    chart = _chart(tmp_path, "da_DK", "DKK", "Runder (2026)")
    assert chart.title == "Runder (2026)" and "millioner" in chart.bars[0].text


@pytest.mark.parametrize(("locale", "currency"), [("en_IN", "INR"), ("da_DK", "DKK"), ("de_DE", "EUR")])
def test_a_chart_without_a_caption_keeps_its_title_for_caption(
    tmp_path: Path, locale: str, currency: str
) -> None:
    """A chart with no caption of its own has its title for caption; the title taking its scale's
    words, the caption takes them too: a caption left at the bare title read as a finding, and the
    deck's slide ran it into the section's summary ('Funding commitments by sector Climate and
    agritech startups drew …', review ZZ4 #1)."""
    data = _chart(tmp_path, locale, currency, "Rounds by startup")
    assert data.title.startswith("Rounds by startup") and data.title != "Rounds by startup"
    assert data.caption == data.title


def test_the_summit_s_chart_slide_is_titled_by_its_summary_alone() -> None:
    """The Indian summit's chart slide (₹ crore said once in the chart's title): its summary's
    clause titles the slide, with no chart title run into it (review ZZ4 #1)."""
    derived = prepare(Path(__file__).parent / "scale_events" / "startup-summit-hyderabad-en-in.yaml").derived
    titles = [
        p.title_finding for s in derived.sections.values() for p in s.deck_pages if p.chart == "sectors"
    ]
    assert titles == ["Climate and agritech startups drew the largest commitments"], titles
