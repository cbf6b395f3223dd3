"""Chinese and Japanese marks: Taiwan's and Hong Kong's quotes, each language's heading joiner and
colon, its place line, and its catalogue (a reviewer's zh_TW expo printed “…”, 'Closing briefing',
'臺北, 臺灣' and '臺灣: 820（約55%）'; a Japanese fair '閉幕報告 · 商談会')."""

from __future__ import annotations

import pytest

from reportgen.data import definite
from reportgen.data.formatting import Formatter
from reportgen.data.messages import catalogue_name, gettext
from reportgen.data.model import Qualifier
from reportgen.data.phrases import phrases
from reportgen.data.punctuation import punctuation, quoted
from reportgen.data.sentences import figure, language, listing, person
from reportgen.data.typography import bind_cjk_numbers, typographic

from .test_sentences import Fact


@pytest.mark.parametrize(
    ("locale", "theme", "inner"),
    [
        ("zh_TW", "「AI串聯，共創未來」", "「他說『好』」"),  # CLDR's zh_Hant: corner brackets
        ("zh_HK", "「AI串聯，共創未來」", "「他說『好』」"),
        ("zh_MO", "「AI串聯，共創未來」", "「他說『好』」"),
        ("zh_Hant_TW", "「AI串聯，共創未來」", "「他說『好』」"),
        ("zh_CN", "\u201cAI串聯，共創未來\u201d", "\u201c他說「好」\u201d"),  # zh_Hans: “ ”
        ("zh_SG", "\u201cAI串聯，共創未來\u201d", "\u201c他說「好」\u201d"),
        ("ja_JP", "「AI串聯，共創未來」", "「他說『好』」"),
    ],
)
def test_chinese_quotes_follow_the_script(locale: str, theme: str, inner: str) -> None:
    assert quoted("AI串聯，共創未來", locale) == theme
    assert quoted("他說「好」", locale) == inner
    assert typographic('"AI串聯"', locale) == theme.replace("，共創未來", "")


@pytest.mark.parametrize(
    ("locale", "separator", "pair"),
    [
        ("ja_JP", "・", "："),  # 中黒: '閉幕報告・商談会'
        ("zh_TW", "·", "："),  # 間隔號, no spaces: '閉幕簡報·展覽'
        ("zh_CN", "·", "："),
        ("en_GB", "\u00a0· ", ": "),
        ("fr_FR", "\u00a0· ", "\u00a0: "),
    ],
)
def test_each_language_joins_a_heading_and_a_label_with_its_own_marks(
    locale: str, separator: str, pair: str
) -> None:
    assert (punctuation(locale).separator, punctuation(locale).pair) == (separator, pair)


@pytest.mark.parametrize(
    ("locale", "place"),
    [
        ("zh_TW", "臺灣臺北"),  # as Taiwan's press writes it: country, then city, no mark
        ("zh_HK", "臺灣臺北"),
        ("zh_CN", "臺灣臺北"),
        ("ja_JP", "臺北（臺灣）"),  # no 中黒 here: the heading's parts are already joined by ・
        ("en_GB", "臺北, 臺灣"),
    ],
)
def test_a_place_is_joined_as_its_language_writes_city_and_country(locale: str, place: str) -> None:
    assert gettext(locale, "%(city)s, %(country)s", city="臺北", country="臺灣") == place


@pytest.mark.parametrize("locale", ["zh_TW", "zh_HK", "zh_MO", "zh_Hant", "zh_Hant_HK"])
def test_traditional_chinese_reads_its_own_catalogue(locale: str) -> None:
    assert catalogue_name(locale) == "zh_Hant"
    fmt = Formatter(locale)
    assert [fmt.gettext(w) for w in ("Key figures", "Sources", "Closing briefing")] == [
        "關鍵數據",
        "資料來源",
        "閉幕簡報",
    ]
    ended = fmt.gettext(
        "%(name)s (%(short_name)s) ended in %(city)s on %(date)s.",
        name="2026台北國際電腦展",
        short_name="台北電腦展2026",
        city="臺北",
        date="2026年6月5日",
    )
    assert ended == "2026台北國際電腦展（台北電腦展2026）於2026年6月5日在臺北閉幕。"


def test_a_traditional_chinese_figure_sentence_is_written_in_traditional_characters() -> None:
    """The link '达' ('reached') is Simplified: Taiwan and Hong Kong write 達."""
    deals = Fact("簽約金額", "560億元人民幣", "560億元人民幣", currency="CNY", label_names_unit=False)
    assert figure(deals, "zh_TW").text == "簽約金額達560億元人民幣"
    assert figure(deals, "zh_HK").text == "簽約金額達560億元人民幣"
    assert figure(deals, "zh_CN").text == "簽約金額达560億元人民幣"


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("4.2萬人次", "4.2\u2060萬\u2060人\u2060次"),  # 萬 is the traditional 万: never '4.2萬人|次'
        ("近5300億新臺幣", "近\u20605300\u2060億\u2060新\u2060臺\u2060幣"),
        ("12.8億美元", "12.8\u2060億\u2060美\u2060元"),
    ],
)
def test_a_traditional_chinese_number_keeps_its_scale_and_unit(text: str, bound: str) -> None:
    assert bind_cjk_numbers(text, "zh_TW") == bound


@pytest.mark.parametrize(
    ("locale", "listed"),
    [
        ("zh_TW", "AI伺服器、液冷散熱和量子運算"),
        ("zh_Hant_TW", "AI伺服器、液冷散熱和量子運算"),
        ("zh_HK", "AI伺服器、液冷散熱及量子運算"),  # CLDR's Hong Kong list: 及
        ("zh_MO", "AI伺服器、液冷散熱及量子運算"),
    ],
)
def test_every_sentence_generator_writes_traditional_chinese_as_chinese(locale: str, listed: str) -> None:
    lang = language(locale)
    assert lang == "zh"
    said = person("黃志芳", ["外貿協會董事長"], "主持開幕典禮", locale)
    assert said == "外貿協會董事長黃志芳主持開幕典禮。"  # titles before the name, no comma
    assert listing(["AI伺服器", "液冷散熱", "量子運算"], locale) == listed
    assert definite.subject("2026台北國際電腦展", lang) == "2026台北國際電腦展"  # no article
    assert phrases(locale).qualifiers[Qualifier.more_than].format("1,500家") == "超過1,500家"
    deals = Fact("簽約金額", "560億元人民幣", "560億元人民幣", currency="CNY", label_names_unit=False)
    assert figure(deals, locale).text == "簽約金額達560億元人民幣"  # was the Simplified 达


@pytest.mark.parametrize(
    "locale", ["en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "nl_NL", "pl_PL", "sv_SE", "ko_KR"]
)
def test_a_separator_never_opens_a_line(locale: str) -> None:
    """'Balanço de encerramento · 27 de abril – 1º de maio de 2026 / · Ribeirão Preto' (review
    FF): the mark is tied to the word before it by a no-break space, a line may break after it."""
    separator = punctuation(locale).separator
    mark = separator.strip(" \u00a0\u202f")
    assert separator == "\u00a0" + mark + " "
