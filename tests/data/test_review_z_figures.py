"""Review Z's figures (tests/data/review_events: nairobi, festiwal, marathon), each fixed as a class:
a sentence that states a range prints its bare upper bound, never 'Between 30 and up to 40%'; a
range or a time given as a value gets an error that says what to write; a currency prints with
the symbol its locale's press writes ('KSh', not CLDR's 'Ksh'), a symbol never spaced like an ISO
code ('US$18 million'); a mainland Chinese document writes its own currency '120万元'; the page
footer reads as the language counts pages ('第1页'); a key figure's own sentence that adds only a
verb is not printed again under the band; a sentence that starts with a name whose title is
written small ('prof.', 'dr hab.') starts with a capital."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document

from reportgen.data import number_hints, qualifier_words
from reportgen.data.formatting import Formatter
from reportgen.data.sentences import person
from reportgen.office import pdf_check
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, docx_paragraphs, pptx_slide_texts, seen
from .test_load import MINIMAL, errors_of, write

REVIEWS = ROOT / "tests" / "data" / "review_events"
EVENTS = ("nairobi-innovation-week-en-ke", "festiwal-nauki-wroclaw-pl", "marathon-quanzhou-zh-cn")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[list[str], list[str]]]:
    """Each event's deck slide texts and briefing paragraphs, as a reader sees them."""
    out = {}
    for name in EVENTS:
        folder = tmp_path_factory.mktemp(name)
        result = build(REVIEWS / f"{name}.yaml", Settings.simple(folder, TEMPLATES))
        deck = next(f for f in result.files if f.suffix == ".pptx")
        briefing = next(f for f in result.files if f.suffix == ".docx")
        out[name] = ([seen(t) for t in pptx_slide_texts(deck)], [seen(p) for p in docx_paragraphs(briefing)])
        BRIEFINGS[name] = briefing
    return out


BRIEFINGS: dict[str, Path] = {}


# -- 1. a range in a sentence ---------------------------------------------------------------------


def test_a_sentence_that_states_a_range_prints_its_bare_upper_bound(built) -> None:
    deck, briefing = built["nairobi-innovation-week-en-ke"]
    for text in ("\n".join(deck), "\n".join(briefing)):
        assert "Between 30 and 40% of the startups" in text
        assert "and up to" not in text


@pytest.mark.parametrize(
    ("locale", "before"),
    [
        ("en_GB", "Between 30 and "),
        ("en_GB", "Women lead from 30 to "),
        ("de_DE", "Zwischen 30 und "),
        ("fr_FR", "Entre 30 et "),
        ("es_ES", "Entre el 30 y el "),
        ("it_IT", "Tra il 30 e il "),
        ("pt_BR", "Entre 30 e "),
        ("nl_NL", "Tussen 30 en "),
        ("pl_PL", "Od 30 do "),
        ("sv_SE", "Mellan 30 och "),
        ("ja_JP", "女性が率いる企業は30から"),
        ("zh_CN", "女性领导的企业占30至"),
        ("ko_KR", "여성이 이끄는 기업은 30에서 "),
    ],
)
def test_the_words_of_a_range_before_the_value_are_read_in_every_language(locale: str, before: str) -> None:
    assert qualifier_words.ranged(before, locale)


@pytest.mark.parametrize(
    ("locale", "before"),
    [("en_GB", "In 2030 and "), ("en_GB", "The share of "), ("de_DE", "Im Jahr 2026 und "), ("pl_PL", "Do ")],
)
def test_words_that_state_no_range_are_not_read_as_one(locale: str, before: str) -> None:
    assert not qualifier_words.ranged(before, locale)


def test_a_range_and_a_lower_bound_qualifier_contradict() -> None:
    said = qualifier_words.contrary_words("Between 30 and ", " of the startups", "more than", "en_GB")
    assert said == "between 30 and"
    assert not qualifier_words.contrary_words("Between 30 and ", " of the startups", "up to", "en_GB")


@pytest.mark.parametrize("written", ["30–40", "30-40", "30 to 40"])
def test_a_range_as_a_value_gets_an_error_that_says_where_a_range_goes(tmp_path: Path, written: str) -> None:
    path = write(tmp_path, MINIMAL.replace("value: 1000", f"value: {written}"))
    (error,) = errors_of(path)
    assert "value: 40" in error and "{value}" in error and "sentence" in error


def test_a_time_as_a_value_gets_an_error_that_says_how_to_write_a_time(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL.replace("value: 1000", "value: 2:06:18"))
    (error,) = errors_of(path)
    assert "time" in error and "2:06:18" in error and "seconds" not in error
    assert number_hints.hint("2:06:18") != number_hints.hint("lots 1")


# -- 2. the press's currency symbols --------------------------------------------------------------


def test_a_currency_prints_with_the_symbol_its_locales_press_writes() -> None:
    assert Formatter("en_KE").money(2_400_000_000, "KES") == "KSh2.4 billion"


@pytest.mark.parametrize("label", ["US$", "HK$", "S$", "A$"])
def test_a_symbol_label_is_never_spaced_like_an_iso_code(label: str) -> None:
    assert Formatter("en_KE", {"USD": label}).money(18_000_000, "USD") == f"{label}18 million"


def test_a_label_of_letters_keeps_its_space() -> None:
    assert Formatter("en_GB", {"PKR": "Rs."}).money(2_500_000, "PKR") == "Rs.\u00a02.5 million"
    assert Formatter("en_GB", {"CNY": "RMB"}).money(15_000_000_000, "CNY") == "RMB\u00a015 billion"
    assert Formatter("en_GB").money(2_500_000, "USD") == "USD\u00a02.5 million"


@pytest.mark.parametrize(
    ("locale", "currency", "printed"),
    [
        ("en_IN", "INR", "₹240 crore"),
        ("en_ZA", "ZAR", "R2.4 billion"),
        ("en_SG", "SGD", "$2.4 billion"),
        ("en_AU", "AUD", "$2.4 billion"),
        ("en_CA", "CAD", "$2.4 billion"),
        ("es_CO", "COP", "2.400 millones de pesos"),
        ("pt_BR", "BRL", "2,4 bilhões de reais"),
    ],
)
def test_other_locales_own_currencies_print_as_before(locale: str, currency: str, printed: str) -> None:
    assert (
        Formatter(locale).money(2_400_000_000, currency).replace("\u00a0", " ").replace("\u202f", " ")
        == printed
    )


def test_the_kenyan_deck_and_briefing_write_the_press_symbols(built) -> None:
    deck, briefing = built["nairobi-innovation-week-en-ke"]
    for text in ("\n".join(deck), "\n".join(briefing)):
        assert "Ksh" not in text
        assert "KSh2.4billion" in re.sub(r"\s", "", text)
        assert "US$ " not in text
    assert "US$18 million" in "\n".join(briefing)


# -- 3. the mainland's yuan, and page footers -----------------------------------------------------


def test_a_mainland_document_writes_its_own_currency_as_its_press_does() -> None:
    assert Formatter("zh_CN").money(1_200_000, "CNY") == "120万元"
    assert Formatter("zh_CN").money(15_000_000_000, "CNY") == "150亿元"
    # where another currency is around, the yuan says whose it is
    assert Formatter("zh_CN", currencies=frozenset({"CNY", "USD"})).money(1_200_000, "CNY") == "120万元人民币"
    # outside the mainland the yuan is another's currency: named
    assert Formatter("zh_SG").money(1_200_000, "CNY") == "120万元人民币"


def test_the_marathon_prints_its_prize_money_in_yuan_alone(built) -> None:
    deck, briefing = built["marathon-quanzhou-zh-cn"]
    for text in ("\n".join(deck), "\n".join(briefing)):
        assert "人民币" not in text
        assert "120万元" in re.sub(r"\s", "", text)
    tile_lines = [line for slide in deck for line in slide.split("\n")]
    assert "人民币" not in tile_lines


@pytest.mark.parametrize(
    ("name", "footer"),
    [
        ("marathon-quanzhou-zh-cn", "第1页"),
        ("festiwal-nauki-wroclaw-pl", "strona 1"),
        ("nairobi-innovation-week-en-ke", "page 1"),
    ],
)
def test_the_briefings_footer_counts_its_page_as_the_language_does(built, name: str, footer: str) -> None:
    _, briefing = built[name]
    assert any(p.endswith(footer) for p in briefing), briefing[-3:]


@pytest.mark.parametrize(
    ("locale", "footer"),
    [("zh_CN", "第1页"), ("zh_TW", "第1頁"), ("ja_JP", "1ページ"), ("ko_KR", "1쪽"), ("de_DE", "Seite 1")],
)
def test_a_page_number_is_placed_where_the_language_puts_it(locale: str, footer: str) -> None:
    before, after = Formatter(locale).page_words()
    assert f"{before}1{after}" == footer


def test_the_pdf_check_knows_a_footer_with_words_after_its_page_number(built) -> None:
    margins = pdf_check._margin_texts(Document(str(BRIEFINGS["marathon-quanzhou-zh-cn"])))
    assert pdf_check._in_margin("2026泉州国际马拉松·第2页", margins)
    assert pdf_check._in_margin("2026泉州国际马拉松 · 第 12 页", margins)
    assert not pdf_check._in_margin("2026泉州国际马拉松·第2页的赛事", margins)


# -- 4. a key figure's sentence that adds nothing -------------------------------------------------


@pytest.mark.parametrize(
    ("name", "repeated"),
    [
        ("festiwal-nauki-wroclaw-pl", "Budżet festiwalu wyniósł"),
        ("marathon-quanzhou-zh-cn", "本届赛事总奖金为"),
    ],
)
def test_a_key_figures_sentence_that_adds_only_a_verb_is_not_printed_again(
    built, name: str, repeated: str
) -> None:
    _, briefing = built[name]
    assert not [p for p in briefing if repeated in p]


def test_a_key_figures_sentence_that_says_who_is_still_printed(built) -> None:
    _, briefing = built["nairobi-innovation-week-en-ke"]
    assert any("Development partners pledged a grant pool" in p for p in briefing)


# -- 5. a sentence that starts with a small title -------------------------------------------------


def test_a_sentence_that_starts_with_a_small_title_starts_with_a_capital(built) -> None:
    deck, briefing = built["festiwal-nauki-wroclaw-pl"]
    for text in ("\n".join(deck), "\n".join(briefing)):
        assert not re.search(r"(?m)^(?:prof\.|dr )", text)
        assert "Prof. Anna Zielińska-Mróz" in text


@pytest.mark.parametrize(
    ("name", "locale", "start"),
    [
        ("dr. Jan de Vries", "nl_NL", "Dr. Jan de Vries"),
        ("ing. Marco Rossi", "it_IT", "Ing. Marco Rossi"),
        ("prof. Anna Nowak", "pl_PL", "Prof. Anna Nowak"),
    ],
)
def test_a_persons_sentence_starts_with_a_capital_in_every_language(
    name: str, locale: str, start: str
) -> None:
    assert person(name, (), "opened the fair", locale).startswith(start)
