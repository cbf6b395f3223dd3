"""Numbers, money, dates and qualifiers as words, through Babel (CLDR), for one locale.

These are the Jinja filters of both templates. They print a figure faithfully: the qualifier the
source used, the currency or unit, and the value in the locale's own digits and words. They return
plain strings (never Markup) so that the renderers' autoescaping applies to them like to any value.

The rule for precision: a printed number reads back to exactly its value, or says it is rounded.
`number` (and so `money`, `figure`, `conversions` and chart labels) never rounds: it uses the
locale's words only when the count before the word is exact with at most two decimals, counted in
the locale's own grouping (thousands in English; 万 and 亿 (10⁴, 10⁸) in Chinese and Japanese, 만
and 억 in Korean; lakh and crore (10⁵, 10⁷) in Indian English), and prints every digit otherwise.
A share or percentage that cannot be printed exactly in a few decimals is rounded and carries the
qualifier "about" (the words of `qualifier`, so a translation of the qualifiers covers it too).
The count before a word is grouped as the locale groups numbers ('₹18,500 crore'; not in Chinese
and Japanese: '1200亿'). Lakh and crore count only India's own rupees and counts; another currency
in en_IN is written in the language's common words ('USD 2.2 billion': `money_locale`). A
negative measure prints the locale's minus sign, U+2212 where CLDR gives a hyphen ('−31').
"""

from __future__ import annotations

import copy
import datetime as dt
import decimal
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime, format_time
from babel.numbers import (
    format_compact_decimal,
    get_currency_name,
    get_currency_precision,
    get_currency_symbol,
    get_group_symbol,
    get_minus_sign_symbol,
    get_territory_currencies,
    parse_pattern,
)
from babel.numbers import format_decimal as _babel_decimal

from reportgen.data import messages, register, sentences, turkish_suffixes
from reportgen.data import phrases as language
from reportgen.data.grouping import ungroup_short
from reportgen.data.model import Figure, Qualifier
from reportgen.data.punctuation import Punctuation, punctuation, quoted
from reportgen.data.typography import WORD_JOINER, bind_cjk_numbers, tile_counter, typographic
from reportgen.memo import Memo

#: The group mark Swiss editors set (1’284’500’000), where CLDR's data gives an ASCII apostrophe.
_APOSTROPHE_GROUP = "\u2019"


#: Where the press writes a decimal comma in prose but a point in an amount with cents, against
#: CLDR's one decimal point: Swiss German, Italian and Liechtenstein ('1,2 Millionen Franken',
#: '2,35 milioni di franchi', '18,7 %', but '12.50 Franken'), as the Swiss Federal Chancellery's
#: Schreibweisungen and its Italian guide (Istruzioni della Cancelleria federale) have it.
#: (fr_CH's CLDR data has the comma already.)
_DECIMAL_COMMA_IN_PROSE = frozenset({"de_CH", "de_LI", "it_CH"})

#: Where the press writes a decimal point in every number against CLDR's comma: South Africa's
#: English press and Treasury ('R14.6 million', '5.2%'); CLDR's en_ZA has the SI comma, which
#: clashed with the point of every quotation printed beside it. The group mark stays CLDR's space.
_DECIMAL_POINT_IN_PRESS = frozenset({"en_ZA"})


def prose_decimal(text: str, locale: str) -> str:
    """`text`, a number Babel printed for `locale`, with the decimal mark its prose takes."""
    if locale in _DECIMAL_COMMA_IN_PROSE:
        return text.replace(".", ",")
    return press_decimal(text, locale)


def press_decimal(text: str, locale: str) -> str:
    """`text`, a number Babel printed for `locale`, with the decimal mark its press sets in every
    number, an amount with cents too."""
    return text.replace(",", ".") if locale in _DECIMAL_POINT_IN_PRESS else text


def format_decimal(number: Any, locale: str, *, cents: bool = False, **options: Any) -> str:
    """Babel's `format_decimal`, less two faults. In a locale whose group mark is an apostrophe
    (de_CH, fr_CH, it_CH, de_LI) Babel unquotes the pattern's literal text after it has put the
    number in, so the marks vanish in pairs: 1234567 printed '1234567' and 1284500000
    '1284500'000'. There the number is grouped here, by the locale's own group sizes. And a
    four-digit number keeps no group mark where CLDR's minimumGroupingDigits says so ('5200' in
    es_ES, pl_PL, pt_PT: data/grouping.py), a value Babel does not read. The decimal mark is
    prose's (`prose_decimal`) but for an amount with `cents` ('12.50 Franken')."""
    if options.get("group_separator") is False:
        text = _babel_decimal(number, locale=locale, **options)
    elif not _apostrophe_groups(locale):
        text = ungroup_short(_babel_decimal(number, locale=locale, **options), locale)
    else:
        plain = _babel_decimal(number, locale=locale, group_separator=False, **options)
        text = ungroup_short(_grouped(plain, locale), locale)
    return press_decimal(text, locale) if cents else prose_decimal(text, locale)


@cache
def _apostrophe_groups(locale: str) -> bool:
    return get_group_symbol(locale) == "'"


@cache
def _group_sizes(locale: str) -> tuple[int, int]:
    grouping = Locale.parse(locale).decimal_formats[None].grouping
    return int(grouping[0]), int(grouping[1])


def _grouped(plain: str, locale: str) -> str:
    """`plain`'s first run of digits (its whole part) grouped as `locale` groups them."""
    match = re.search(r"\d+", plain)
    if match is None:
        return plain
    digits, (first, then) = match.group(), _group_sizes(locale)
    groups: list[str] = []
    size = first
    while len(digits) > size:
        groups.insert(0, digits[-size:])
        digits, size = digits[:-size], then
    whole = _APOSTROPHE_GROUP.join([digits, *groups])
    return plain[: match.start()] + whole + plain[match.end() :]


def _cents(value: Any, currency: str) -> int:
    """The decimals an amount with cents prints: all of its currency's, so a price of 89.5 euros
    is '89,50 euros' (review T). None (0) for a whole amount, an amount with more decimals than its
    currency has (12.5 yen, 0.125 euro: as written). An amount printed with a scale word
    ('1,5 millions') takes none: `money` asks only for one printed in digits ('£1,234,567.50')."""
    exact = _exact(value)
    if exact == exact.to_integral_value():
        return 0
    try:
        digits = get_currency_precision(currency)
    except (KeyError, ValueError):  # a currency CLDR does not know
        return 0
    with _room_for(exact):  # normalize would round a value of more than 28 digits
        return digits if _decimals(exact) < digits else 0


def _exact(value: Any) -> Decimal:
    """A number as an exact Decimal; an error for anything that is not a finite number."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if not exact.is_finite():
        raise ValueError(f"cannot print {value!r} as a number")
    return exact


#: Numbers from a million up may print with the locale's words ('638 million', '6.38亿').
WORDS_FROM = 1_000_000
#: The count before such a word has at most this many decimals ('1.25 billion'); a percentage,
#: this many more than asked for ('12.5%' for a share asked with none).
MAX_WORD_DECIMALS = 2
#: The most decimals a list of shares prints (Formatter.shares): '12.5%', not '18.75%'.
SHARE_DECIMALS = 1


def _room_for(exact: Decimal) -> decimal.localcontext:
    """A decimal context in which `exact` and every step of printing it stay exact.

    The default context keeps 28 digits: an event's value may have 31 (10¹⁸ with 12 decimals),
    and a template's integer more, which scaleb and normalize would round and Babel's quantize
    refuse (InvalidOperation).
    """
    _, digits, exponent = exact.as_tuple()
    assert isinstance(exponent, int)  # a finite number (see _exact)
    return decimal.localcontext(prec=max(28, len(digits) + abs(exponent) + 40))


def _decimals(exact: Decimal) -> int:
    """How many decimals `exact` needs to be printed exactly (0 for 1E+3)."""
    exponent = exact.normalize().as_tuple().exponent
    assert isinstance(exponent, int)  # a finite number (see _exact)
    return max(0, -exponent)


def share_precision(
    values: Sequence[float | int | Decimal], approximate: bool = False
) -> tuple[list[Decimal], int]:
    """(the shares as printed, their decimals) of one list (Formatter.shares): each exact at the
    decimals the most precise needs where every one is exact with SHARE_DECIMALS at most; else
    each rounded half up to a whole percent, as an editor rounds (12.5 is 13; Babel would round
    it to even)."""
    exact = [_exact(v) for v in values]
    needed = []
    for share in exact:
        with _room_for(share.scaleb(2 + MAX_WORD_DECIMALS)):
            needed.append(_decimals(share.scaleb(2)))
    if not approximate and all(n <= SHARE_DECIMALS for n in needed):
        return exact, max(needed, default=0)
    shown = []
    for share in exact:
        with _room_for(share.scaleb(2 + MAX_WORD_DECIMALS)):
            shown.append(share.scaleb(2).quantize(Decimal(1), ROUND_HALF_UP).scaleb(-2))
    return shown, 0


def shares_rounded(values: Sequence[float | int | Decimal]) -> bool:
    """Whether the shares of exact counts print rounded to whole percent (Formatter.shares, without
    "about" on each) and so make, printed, another sum than they do (26 + 15 + … = 102 % of a
    whole they make): the chart says once that they are rounded (data/plan/charts.py)."""
    shown, _ = share_precision(values)
    exact = [_exact(v) for v in values]
    with decimal.localcontext(prec=100):
        return shown != exact and sum(shown) != sum(exact)


@cache
def _compact_units(locale: str) -> tuple[tuple[int, int, int], ...]:
    """(magnitude, power, places) per long compact pattern of `locale`, largest first.

    CLDR's compact patterns say how a locale groups large numbers: a pattern for numbers from
    `magnitude` up shows the count with as many digits as it has zeros ('00 million' from 10⁷,
    '0亿' from 10⁸, '00\u202flakh' from 10⁶), so the count is the number divided by
    10**power, power = log10(magnitude) - zeros + 1: 10⁶ for million, 10⁸ for 亿, 10⁵ for lakh.
    A pattern without words ('0': Chinese thousands) groups nothing: power 0.
    """
    patterns = _compact_patterns(locale)
    units = []
    for magnitude_text, pattern in patterns.items():
        magnitude = int(magnitude_text)
        zeros = parse_pattern(pattern).pattern.count("0")
        grouped = parse_pattern(pattern).pattern != "0"
        power = len(magnitude_text) - zeros if grouped else 0
        units.append((magnitude, power, zeros if grouped else len(magnitude_text)))
    return tuple(sorted(units, reverse=True))


@cache
def _words_from(locale: str) -> int:
    """Where a count starts to print with a word: from a million ('638 million'), from 10⁴ in
    a language that groups by 万 (10⁴), whose press writes '62万人次' and '12万平方米', never
    '620,000人次', and from a lakh (10⁵) where the locale counts in lakh and crore, whose press
    writes '₹7.5 lakh', never '₹7,50,000'. Japanese prints no decimal count of 万 at all (see
    _MYRIADS_FROM): the words start beyond any count, and `_myriads` writes its whole numbers."""
    if Locale.parse(locale).language in _MYRIADS_FROM:
        return _NO_WORDS
    units = _compact_units(locale)
    if any(magnitude == 10_000 and power == 4 for magnitude, power, _ in units):
        return 10_000
    if any(magnitude == 100_000 and power == 5 for magnitude, power, _ in units):
        return 100_000
    return WORDS_FROM


#: The powers of ten of India's own scale words (lakh, crore) in CLDR's compact patterns.
_INDIAN_POWERS = frozenset({5, 7})


def _powers(locale: str) -> frozenset[int]:
    return frozenset(power for _, power, _ in _compact_units(locale))


@cache
def money_locale(locale: str, currency: str) -> str:
    """The locale whose numbers print an amount of `currency` in `locale`: `locale` itself, except
    where it counts in India's own scale words (lakh, crore: en_IN) and its language does not.
    There lakh and crore print counts and the country's own currency ('₹18,500 crore') and any
    other currency is written as its own press writes it, in the language's common words and
    grouping ('USD 2.2 billion', never 'USD 220 crore')."""
    parsed = Locale.parse(locale)
    if not _powers(locale) & _INDIAN_POWERS or home_currency(locale) == currency:
        return locale
    language = parsed.language
    try:
        Locale.parse(language)
    except (ValueError, UnknownLocaleError):  # pragma: no cover - every CLDR language has a root
        return locale
    return locale if _powers(language) & _INDIAN_POWERS else language


#: The languages whose press writes every whole number from 万 up with its words and the digits
#: between them, never a decimal count of 万: Japanese newspapers and NHK write '1万2396人',
#: '3万8600人', '1億2000万円' (Kyodo's 記者ハンドブック: 万以上の数には万・億・兆を付ける), and a
#: round '3万人' the same way; '1.24万件' is a Chinese habit. Korean likewise: its press writes
#: '25만1000명', '1조2000억원', never '25.1만 명', and the National Institute of Korean Language's
#: orthography (한글 맞춤법 제44항: '12억 3456만 7898') spaces each 만 group, as this code does
#: (`_MYRIAD_JOIN`). Language → where its words start.
_MYRIADS_FROM = {"ja": 10**4, "ko": 10**4}

#: Babel's option for a count printed without group marks ('1200亿').
_UNGROUPED: dict[str, Any] = {"group_separator": False}
#: The number in a number's words ('1,38\u00a0mln', 'US$1.5 million').
_NUMBER_IN_TEXT = re.compile(r"\d(?:[\d\u00a0\u202f\u2009 .,’']*\d)?")

#: Beyond every compact pattern: a language in _MYRIADS_FROM never prints a decimal count of a word.
_NO_WORDS = 10**40

#: The languages whose press writes an inexact count of 万 and 億 as the words with their counts,
#: '1億2850万円', '1亿2850万元', '1억 2850만 원', rather than 128,500,000.
_MYRIAD_LANGUAGES = ("ja", "zh", "ko")

#: What stands between the groups of 10⁴ of one number: nothing in Chinese and Japanese
#: ('1億2850万'), a space in Korean ('1억 2850만': 한글 맞춤법 제44항), a no-break one, so that a
#: line never ends inside a number (a tile sets '25만 1000명' smaller rather than break it).
_MYRIAD_JOIN = {"ko": "\u00a0"}


@cache
def compact_locale(locale: str) -> str:
    """The locale whose CLDR compact patterns print `locale`'s large numbers: itself; for a
    Chinese, Japanese or Korean locale whose data has none in its own words (zh_Hant_HK's '00K',
    '0B'), its language in its script ('0萬', '0億'), as Hong Kong's press writes ('530億',
    never '53B')."""
    parsed = Locale.parse(locale)
    pattern = str(parsed.compact_decimal_formats["long"]["other"]["10000"].pattern)
    if parsed.language not in _MYRIAD_LANGUAGES or re.search(r"[^\x00-\x7f]", pattern):
        return locale
    script = parsed.script or ("Hant" if parsed.territory in {"TW", "HK", "MO"} else None)
    return f"{parsed.language}_{script}" if script else parsed.language


def _compact_patterns(locale: str) -> Any:
    return Locale.parse(compact_locale(locale)).compact_decimal_formats["long"]["other"]


@cache
def _myriad_words(locale: str) -> tuple[tuple[int, str], ...]:
    """(power, word) of `locale`'s words for powers of 10⁴, largest first: ((12, '兆'), (8, '億'),
    (4, '万')) in Japanese, from CLDR's long compact patterns ('0億' from 10⁸)."""
    if Locale.parse(locale).language not in _MYRIAD_LANGUAGES:
        return ()
    patterns = _compact_patterns(locale)
    words: dict[int, str] = {}
    for magnitude, power, _ in _compact_units(locale):
        word = re.sub(r"[0#.,\s]+", "", str(patterns[str(magnitude)].pattern))
        if power and power % 4 == 0 and word and power not in words:
            words[power] = local_words(word, locale)
    return tuple(sorted(words.items(), reverse=True))


def myriad_words(locale: str) -> tuple[str, ...]:
    """`locale`'s words for powers of 10⁴ ('兆', '億', '万'); () outside Chinese, Japanese and Korean."""
    return tuple(word for _, word in _myriad_words(locale))


#: Hong Kong's and Macao's press write a million millions 萬億 ('1.2萬億港元', as the Hong Kong
#: government's budget does), where Taiwan's writes 兆, CLDR's zh_Hant word; CLDR's zh_Hant_HK
#: data has no Chinese words to tell them apart (`compact_locale`). (language, territory) → words.
_TERRITORY_WORDS = {("zh", "HK"): {"兆": "萬億"}, ("zh", "MO"): {"兆": "萬億"}}


def local_words(text: str, locale: str) -> str:
    """`text`, a number with its CJK scale words, in the words of `locale`'s own territory."""
    parsed = Locale.parse(locale)
    for word, local in _TERRITORY_WORDS.get((parsed.language, parsed.territory or ""), {}).items():
        text = text.replace(word, local)
    return text


#: The scale words a language puts in the plural after any decimal count, where CLDR's plural rule
#: takes '1,2' as one (Danish: 'n = 1 or t != 0 and i = 0,1'), so that Babel printed 'knap 1,2
#: million kroner' (review SS1). The Scandinavian norm is the plural after a decimal expression
#: ('1,2 millioner'; Norwegian and Swedish, whose CLDR rules say so, already print it).
_DECIMAL_PLURALS: dict[str, dict[str, str]] = {
    "da": {
        "million": "millioner",
        "milliard": "milliarder",
        "billion": "billioner",
        "billiard": "billiarder",
    },
}


def decimal_plural(text: str, locale: str) -> str:
    """`text`, a decimal count and its scale word, with the word in the plural where `locale`'s
    language puts it there after any decimal: '1,2 million' → '1,2 millioner' in Danish."""
    plurals = _DECIMAL_PLURALS.get(Locale.parse(locale).language)
    if not plurals:
        return text
    return re.sub(r"\b(" + "|".join(plurals) + r")\b", lambda m: plurals[m.group(1)], text)


def _myriads(whole: int, locale: str) -> str:
    """An exact whole number from 10⁸ (億, 亿) up in Chinese and Japanese as its press writes one
    that no single word counts in two decimals: '1億2850万', '1亿2850万', '3億5万1200'; '' elsewhere
    and below 10⁸, where the digits are short enough to read ('90,512,345'); in Japanese and Korean
    from 10⁴ ('1万2400', '125万', '25만 1000': _MYRIADS_FROM). Each count is grouped where the
    locale's press groups it ('1億2,850萬' in Taiwan and Hong Kong: phrases.grouped_count)."""
    words = _myriad_words(locale)
    tongue = Locale.parse(locale).language
    if not words or abs(whole) < _MYRIADS_FROM.get(tongue, 10**8):
        return ""
    grouped = language.phrases(locale).grouped_count
    rest, counts = abs(whole), []
    for power, word in words:
        count, rest = divmod(rest, 10**power)
        if count:
            counts.append((count, word))
    if rest:
        counts.append((rest, ""))
    if not counts or not counts[0][1] or counts[0][0] >= 10**4:
        return ""  # beyond the largest word ('10000京'): every digit
    parts = [format_decimal(count, locale=locale, group_separator=grouped) + word for count, word in counts]
    return ("-" if whole < 0 else "") + _MYRIAD_JOIN.get(tongue, "").join(parts)


def compact_unit(locale: str, exact: Decimal) -> tuple[int, int] | None:
    """(power, places): the power of ten `locale`'s words divide `exact` by, and how many digits
    their count may have before the point (None when no word applies, or the locale's words
    stop below it, as CLDR's do at a thousand trillion in English)."""
    for magnitude, power, places in _compact_units(locale):
        if abs(exact) >= magnitude:
            return (power, places) if power else None
    return None


def _as_figure(value: Any, filter_name: str) -> Figure:
    """The model behind a figure as templates see it (a view of ours), or the model itself."""
    figure = value if isinstance(value, Figure) else getattr(value, "_figure", None)
    if not isinstance(figure, Figure):
        raise TypeError(f"the {filter_name} filter needs a figure, got {type(value).__name__}")
    return figure


@dataclass(frozen=True)
class Formatter:
    """All formatting for one document: one locale, one set of currency labels."""

    locale: str = "en_GB"
    currency_labels: dict[str, str] = field(default_factory=dict)
    polite: bool = True  # Japanese and Korean: our sentences in the event's register (data/register.py)
    # every currency the event's amounts are in (figures, parts, conversions): a country's own
    # currency is named in its short home word only where no other is around (`_HOME_WORDS`)
    currencies: frozenset[str] = frozenset()
    #: The power of ten every number prints at, where a chart's labels take one scale
    #: (data/chart_scale.py): 6 ('0,38 mln' beside '2,43 mln'), 4 ('0.8万' beside '1.2万'), 0
    #: (every digit); None: each number at its own (`number`).
    scale: int | None = None
    #: The decimals every number printed in digits alone takes at least, where a chart's labels
    #: keep their series' common decimals ('51,0 s' beside '8,7 s': data/chart_scale.py); 0: as
    #: each number needs.
    places: int = 0

    def __post_init__(self) -> None:
        try:
            Locale.parse(self.locale)
        except (ValueError, UnknownLocaleError) as exc:
            raise ValueError(f"unknown locale {self.locale!r}: {exc}") from None

    # -- numbers ---------------------------------------------------------------------------------

    def number(self, value: float | int | Decimal) -> str:
        """'370,000', '638 million', '1.5 billion', '6.38亿', '63.8 crore': words from a million up,
        when they are exact.

        Exact throughout: the value is a Decimal (a float becomes the Decimal of its shortest
        repr), so 999,999,999,999,999,999 prints as itself, never rounded to "1000000 trillion".
        The count before the word is taken in the locale's own grouping (`compact_unit`) and must
        be exact with at most two decimals and no more digits than the locale's pattern has (so
        CLDR's largest word never needs a four-digit count); otherwise every digit is printed.
        """
        exact = _exact(value)
        key = (self.locale, exact.as_tuple(), self.scale, self.places)  # 1.5 and 1.50 print differently
        known = _NUMBERS.get(key)
        if known is None and self._padded(exact):
            known = self._with_cents(exact, self.places)
            _NUMBERS.remember(key, known)
        if known is None:
            with _room_for(exact):
                scaled = None if self.scale is None else self._at_scale(abs(exact), self.scale)
                text = self._number(exact) if scaled is None else scaled
            known = _with_minus(text, self.locale) if exact < 0 else text
            _NUMBERS.remember(key, known)
        return known

    def _padded(self, exact: Decimal) -> bool:
        """Whether `exact` prints in digits alone with the `places` decimals of its chart."""
        if not self.places or self.scale:
            return False
        with _room_for(exact):
            return _decimals(exact) < self.places and self.scale_of(exact) == 0

    def _number(self, exact: Decimal) -> str:
        millions = self.words.thousand_millions
        if millions and 10**9 <= abs(exact) < 10**12 and _decimals(exact.scaleb(-6)) <= MAX_WORD_DECIMALS:
            count = exact.scaleb(-6)  # '2400 millones', '15.000 millones', '2,35 millones' stays CLDR's
            return f"{format_decimal(count, locale=self.locale, decimal_quantization=False)} {millions}"
        if abs(exact) >= _words_from(self.locale):
            unit = compact_unit(self.locale, exact)
            if unit is not None:
                power, places = unit
                count = exact.scaleb(-power)
                digits = _decimals(count)
                if digits <= MAX_WORD_DECIMALS and abs(count) < 10**places:
                    text = local_words(
                        prose_decimal(
                            format_compact_decimal(
                                exact,
                                format_type="short" if self.words.short_scale else "long",
                                locale=compact_locale(self.locale),
                                fraction_digits=digits,
                            ),
                            self.locale,
                        ),
                        self.locale,
                    )
                    if digits:
                        text = decimal_plural(text, self.locale)
                    return self._grouped(text) if self._groups_count else text
        if exact == exact.to_integral_value():
            return _myriads(int(exact), self.locale) or format_decimal(int(exact), locale=self.locale)
        return format_decimal(exact, locale=self.locale, decimal_quantization=False)

    def scale_of(self, value: float | int | Decimal) -> int:
        """The power of ten of the word `number` prints `value` with: 6 of '2,43 mln zł', 4 of
        '1.2万' and '6만 8400', 8 of '1億2850万' (its largest word); 0 of digits alone."""
        exact = abs(_exact(value))
        with _room_for(exact):
            millions = exact.scaleb(-6)  # '2400 millones'
            thousands_of_millions = self.words.thousand_millions and 10**3 <= millions < 10**6
            if thousands_of_millions and _decimals(millions) <= MAX_WORD_DECIMALS:
                return 6
            unit = compact_unit(self.locale, exact) if exact >= _words_from(self.locale) else None
            if unit is not None and unit[0]:
                count = exact.scaleb(-unit[0])
                if _decimals(count) <= MAX_WORD_DECIMALS and count < 10 ** unit[1]:
                    return unit[0]
            if exact == exact.to_integral_value() and _myriads(int(exact), self.locale):
                return next(power for power, _ in _myriad_words(self.locale) if exact >= 10**power)
        return 0

    def scales(self) -> tuple[int, ...]:
        """The powers of ten the locale's words count in, largest first ((9, 6) in Polish: 'mld',
        'mln'; (12, 8, 4) in Chinese)."""
        return tuple(sorted(_powers(self.locale) - {0}, reverse=True))

    def number_at(self, value: float | int | Decimal, power: int) -> str | None:
        """`value` printed exactly at 10**power, as a chart of one scale prints it ('0,38 mln'
        beside '2,43 mln', '0.8万', '1万2850' as '12850万'), every digit at 0; None where its count
        would need more decimals than a word's count takes (any, in Japanese and Korean)."""
        exact = _exact(value)
        if exact < 0:
            return None
        with _room_for(exact):
            return self._at_scale(exact, power)

    def _at_scale(self, exact: Decimal, power: int) -> str | None:
        if power == 0:
            if exact == exact.to_integral_value():
                return format_decimal(int(exact), locale=self.locale)
            return format_decimal(exact, locale=self.locale, decimal_quantization=False)
        count = exact.scaleb(-power)
        myriad = Locale.parse(self.locale).language in _MYRIADS_FROM
        # a count under 1 takes a decimal more ('0,075 mld'); Japanese and Korean write none
        most = 0 if myriad else MAX_WORD_DECIMALS + (count < 1)
        if _decimals(count) > most:
            return None
        words = dict(_myriad_words(self.locale))
        ungrouped = {} if self._groups_count else _UNGROUPED
        counted = format_decimal(count, locale=self.locale, decimal_quantization=False, **ungrouped)
        if power in words:  # '0.8万', '12850万', '12,850만'
            return counted + words[power]
        natural = Formatter(self.locale, self.currency_labels, self.polite, self.currencies)
        if natural.scale_of(exact) == power:
            return natural._number(exact)
        # a count under 1 ('0,38 mln') or past the word's ('2150 Millionen'): the words of a
        # count the word takes in the same plural form (1.5 of one under 1, whose whole part is
        # 0 or 1 as 1.5's is; 150 of 2150: its last two digits), its number made this one's
        shown = Decimal("1.5") if count < 1 else 100 + count % 100
        if natural.scale_of(shown.scaleb(power)) != power:
            return None
        text = natural._number(shown.scaleb(power))
        return _NUMBER_IN_TEXT.sub(counted, text, count=1)

    def _with_cents(self, value: Any, digits: int) -> str:
        """An amount with exactly `digits` decimals, in the locale's grouping ('89,50')."""
        exact = _exact(value)
        pattern = copy.copy(parse_pattern(Locale.parse(self.locale).decimal_formats[None].pattern))
        pattern.frac_prec = (digits, digits)
        with _room_for(exact):  # Babel's quantize refuses a value of more than 28 digits
            text = format_decimal(exact, locale=self.locale, format=pattern, cents=True)
        return _with_minus(text, self.locale) if exact < 0 else text

    @property
    def _groups_count(self) -> bool:
        """Whether the digits before a scale word are grouped as the locale groups any number
        ('18,500 crore', '1,200억', '2,400 millones' in Mexico, '2400 millones' in Spain, whose
        CLDR data groups no four-digit number): everywhere but in Chinese and Japanese, whose
        press writes '1200亿' and '1200億' (Babel's compact formats group none)."""
        return self.words.grouped_count or not self.words.tight

    def _grouped(self, text: str) -> str:
        """The whole digits before a scale word grouped as the locale groups digits: '1,200억'."""
        return re.sub(r"\d{4,}", lambda m: format_decimal(int(m.group()), locale=self.locale), text, count=1)

    @property
    def words(self) -> language.Phrases:
        """The locale's own words for qualifiers, currencies and times (data/phrases.py)."""
        return language.phrases(self.locale)

    def money(self, value: float, currency: str) -> str:
        """'RMB 15 billion' (the label, or ISO code, first in English); '15 Milliarden Euro',
        '15 milliards d’euros', '784.1亿美元', '784.1億ドル': the language's word after the number.
        A label in `currency_labels` replaces the word, in the language's place. Where the locale
        counts in lakh and crore, another currency than its own prints in the language's common
        words (`money_locale`: 'USD 2.2 billion' in en_IN)."""
        numbers = money_locale(self.locale, currency)
        printer = self if numbers == self.locale else Formatter(numbers)  # its own scales
        amount = printer.number(value)
        if not any(map(str.isalpha, amount)) and (cents := _cents(value, currency)):
            amount = printer._with_cents(value, cents)  # digits alone, and cents: all of them
        words = self.words
        if words.currency_first:
            if currency not in self.currency_labels and (symbol := home_symbol(self.locale, currency)):
                return f"{symbol}{amount}"  # '£1.26 million', '$31.4 million', as a reader there writes it
            label = self.currency_label(currency)
            gap = "" if is_symbol(label) else "\u00a0"  # 'US$18 million', 'RMB 15 billion'
            return f"{label}{gap}{amount}"
        # A currency word never starts a line after digits ('500\u00a0Euro'); after a scale word
        # the line may break ('2,35 Milliarden US-Dollar'), or a tile could not wrap it at all.
        space = "\u00a0" if amount[-1:].isdigit() else " "
        if "{}" in (named := words.currency_names.get(currency, "")):  # '新臺幣5,300億元', '港幣530億元'
            return self._named_before(named, amount, self.currency_labels.get(currency))
        if currency in self.currency_labels:
            return language.join(words, amount, self.currency_labels[currency], space)
        exact = _exact(value)
        singular, plural = self._currency_names(currency, exact)
        if amount[-1:].isalpha() and words.scale_of:
            # '15 milliards d’euros', '1 million de dollars', '3 millones de quetzales guatemaltecos'
            return self._after_scale(amount, plural or singular)
        if plural and abs(exact) >= 2:
            singular = plural
        return language.join(words, amount, singular, space)

    @staticmethod
    def _named_before(pattern: str, amount: str, label: str | None) -> str:
        """An amount in a currency the language names before it and counts in 元 after it:
        '新臺幣5,300億元'; a label takes the name's place ('新臺幣', or 'NT$\u00a05,300億元')."""
        if not label:
            return pattern.format(amount)
        after = pattern.partition("{}")[2]
        gap = "" if language.is_cjk(label[-1]) or not label[-1].isalnum() else "\u00a0"
        return f"{label}{gap}{amount}{after}"

    def _after_scale(self, amount: str, noun: str) -> str:
        """A noun after a scale word, joined by the language's 'de' or 'di' ('1,12 million de
        visites', '58,7 millions de dollars canadiens', '2 milioni di visitatori', 'd’euros')."""
        consonant, _, vowel = self.words.scale_of.partition("|")
        link = vowel if vowel and noun[:1].lower() in language.VOWELS else consonant
        return f"{amount} {link}{noun}"  # the currency's or the unit's name

    def with_unit(self, amount: str, unit: str) -> str:
        """An amount and its unit: '500 guests', '3,400社', '38 ha'; after a scale word, the noun
        with the language's 'de' or 'di' where it needs one ('1,12 million de visites', '2,5
        millones de visitantes'); a unit symbol takes none ('1,2 million km²')."""
        if self.unit_link(amount, unit):
            return self._after_scale(amount, unit)
        return language.join(self.words, amount, unit)

    def unit_link(self, amount: str, unit: str) -> str:
        """The word that joins `amount` to its noun `unit` after a scale word: 'de ', 'd’', 'di '
        ('1,12 million de visites'); '' where none does (no scale word, a unit symbol, a language
        that needs none: '1.12 million visits')."""
        return language.scale_link(self.words, amount, unit)

    def _currency_names(self, currency: str, count: Decimal) -> tuple[str, str]:
        """(the name for `count`, the plural ('' where the language has one form)) of `currency`:
        the language's own word (phrases.py), unless the locale's country has a currency of the
        same name ('dollar' in Canada for USD: `_ambiguous`), then its full name; CLDR's plural
        display names for every other currency, in small letters where the language writes them
        so ('pesos argentinos', never 'Pesos argentinos' in Portuguese)."""
        words = self.words
        name = words.currency_names.get(currency, "")
        if name and _ambiguous(self.locale, currency, name):
            name = words.full_currency_names.get(currency, "")
            if not name:
                return self._cldr_names(currency, count)
        if name and home_currency(self.locale) == currency and self.currencies <= {currency}:
            name = _HOME_WORDS.get((Locale.parse(self.locale).language, currency), name)  # '120万元'
        if name:
            singular, _, plural = name.partition("|")
            if home_currency(self.locale) == currency:
                singular, plural = _home_name(singular, self.locale), _home_name(plural, self.locale)
            return singular, plural
        return self._cldr_names(currency, count)

    def _cldr_names(self, currency: str, count: Decimal) -> tuple[str, str]:
        one = get_currency_name(currency, count=count, locale=self.locale)
        many = get_currency_name(currency, count=2, locale=self.locale)
        if self.words.lower_currency_names:
            one, many = _lower_first(one), _lower_first(many)
        if home_currency(self.locale) == currency:
            one, many = _home_name(one, self.locale), _home_name(many, self.locale)
        return one, many if many != one else ""

    def currency_label(self, currency: str) -> str:
        """The currency as it is named before an amount in English: its label; else the locale's
        own symbol for the locale's own currency ('£' in en_GB, '$' in en_US, '₹' in en_IN); else
        its ISO code (a '$' abroad would not say whose dollar)."""
        if currency in self.currency_labels:
            return self.currency_labels[currency]
        return home_symbol(self.locale, currency) or currency

    def currency_word(self, currency: str) -> str:
        """The currency as a note names it ('Amounts in RMB', '金额单位：美元', 'Beträge in
        US-Dollar', 'Montants en dollars'): the label, or code, where the language writes it
        before the amount; else the language's word for it (its plural where it has one)."""
        if currency in self.currency_labels or self.words.currency_first:
            return self.currency_label(currency)
        singular, plural = self._currency_names(currency, Decimal(2))
        return (plural or singular).replace("{}", "")  # '金額單位：新臺幣元', as Taiwan's tables write

    def percent(self, value: float | int | Decimal, digits: int = 0) -> str:
        """'25%', '12.5%' (exact, with up to two decimals more than `digits`), else 'about 33%'.

        A share such as 1/3 has no exact short form: it is rounded to `digits` decimals and says
        so with the qualifier "about", so no printed percentage claims a precision it lacks.
        """
        exact = _exact(value)
        if not isinstance(digits, int) or isinstance(digits, bool) or not 0 <= digits <= 6:
            raise ValueError(f"percent takes 0 to 6 decimals, got {digits!r}")
        with _room_for(exact.scaleb(2 + digits + MAX_WORD_DECIMALS)):
            needed = _decimals(exact.scaleb(2))
            if needed <= digits + MAX_WORD_DECIMALS:
                return self._percent(exact, max(digits, needed))
            return self.qualified(Qualifier.about, self._percent(exact, digits))

    def shares(self, values: Sequence[float | int | Decimal], approximate: bool = False) -> list[str]:
        """The shares of one list (a breakdown's parts) at one precision, so that none reads more
        exact than its neighbour ('6 (18.75%)' beside '9 (about 28%)' did): each exact at the
        decimals the most precise needs where every one is exact with SHARE_DECIMALS at most
        ('50.0%', '12.5%', '68.4%'); else every one in whole percent ('25%', '19%', '13%'): a
        reader compares shares, and '18.75%' beside '25.00%' is precision no one needs. A share
        of exact counts rounded to a whole percent is a rounding, printed as the press prints it,
        without "about" on each (review CC: 'environ 26 %' on every bar); where the rounded shares
        do not make 100 %, `shares_rounded` says so once. The shares of `approximate` amounts (a
        part or its whole 'about', 'nearly') are each 'about', in whole percent: '(68.4%)' of
        'about £171,000' read as exact (review U)."""
        shown, digits = share_precision(values, approximate)
        out = []
        for share in shown:
            with _room_for(share.scaleb(2 + digits + MAX_WORD_DECIMALS)):
                text = self._percent(share, digits)
            out.append(self.qualified(Qualifier.about, text) if approximate else text)
        return out

    def _percent(self, exact: Decimal, digits: int) -> str:
        """In the locale's own percent pattern ('12,5\u00a0%' in German), `digits` decimals."""
        pattern = copy.copy(parse_pattern(Locale.parse(self.locale).percent_formats[None]))
        pattern.frac_prec = (digits, digits)
        return prose_decimal(pattern.apply(exact, self.locale), self.locale)

    def typographic(self, text: str) -> str:
        """Straight quotes and apostrophes as the locale's typographic marks."""
        return typographic(text, self.locale)

    def typeset(self, text: str) -> str:
        """`typographic`, and in Chinese and Japanese each number tied to its unit by word joiners
        (what the documents print; chart pictures, drawn without line breaks, take `typographic`).
        Every text a template prints passes here: a short one is typeset once a process."""
        if len(text) > _TYPESET_LONGEST:
            return bind_cjk_numbers(typographic(text, self.locale), self.locale)
        key = (text, self.locale)
        known = _TYPESET.get(key)
        if known is None:
            known = bind_cjk_numbers(typographic(text, self.locale), self.locale)
            _TYPESET.remember(key, known)
        return known

    def amount(self, figure: Any) -> str:
        """'RMB 15 billion', '638 million': the figure's number (with its currency), no qualifier."""
        figure = _as_figure(figure, "amount")
        return self.money(figure.value, figure.currency) if figure.currency else self.number(figure.value)

    def qualifier(self, qualifier: Qualifier | str) -> str:
        """The qualifier's words alone ('more than', '超过', '以上'); '' for an exact figure.
        Where they go depends on the language: `figure` and `qualified` put them in place."""
        before, after = self.words.qualifiers[Qualifier(qualifier)].split("{}")
        return f"{before}{turkish_suffixes.bare(after)}".strip()  # Turkish 'fazla' of '-DAn fazla'

    def qualifier_around(self, qualifier: Qualifier | str, amount: str = "") -> tuple[str, str]:
        """The words before and after the amount: ('more than ', ''), ('', '以上'); a case ending
        after it written for `amount` (Turkish ("", "’den fazla") after '9.000')."""
        before, after = self.words.qualifiers[Qualifier(qualifier)].split("{}")
        return before, turkish_suffixes.attach(after, amount) if amount else after

    def qualified(self, qualifier: Qualifier | str, amount: str) -> str:
        """'more than 3,400', '超过3,400家', '3,400社以上', '9.000’den fazla': the qualifier where the
        language puts it, with the case ending the amount takes as it is spoken."""
        before, after = self.qualifier_around(qualifier, amount)
        return f"{before}{amount}{after}"

    def qualifies_number(self, qualifier: Qualifier | str) -> bool:
        """Whether the qualifier's words follow the number itself, before its unit, with a case
        ending: Turkish '9.000’den fazla katılımcı', never '9.000 katılımcıdan fazla'."""
        return turkish_suffixes.has_ending(self.words.qualifiers[Qualifier(qualifier)].split("{}")[1])

    # -- figures ---------------------------------------------------------------------------------

    def figure(self, figure: Any, unit: bool = False) -> str:
        """'nearly RMB 15 billion', 'more than 638 million', 'more than 500 guests' (unit=True)."""
        figure = _as_figure(figure, "figure")
        amount = self.amount(figure)
        if (
            unit
            and figure.unit not in (None, "", *language.PERCENT_SIGNS)
            and self.qualifies_number(figure.qualifier)
        ):
            return self.with_unit(self.qualified(figure.qualifier, amount), figure.unit)
        if unit and figure.unit:
            amount = self.with_unit(amount, figure.unit)
        return self.qualified(figure.qualifier, amount)

    def conversions(self, figure: Any) -> str:
        """'nearly USD 2.1 billion' for each other currency the source gives, joined; '' when none.
        Each carries its own qualifier where the source gives one ('about USD 74 million' beside
        'more than MXN 1,350 million'), else the figure's."""
        figure = _as_figure(figure, "conversions")
        parts = []
        for currency in figure.conversions:
            value, qualifier = figure.conversion(currency)
            parts.append(self.qualified(qualifier, self.money(value, currency)))
        return "; ".join(parts)

    def as_of(self, figure: Any) -> str:
        """'as of 2 pm on 3 September 2022', 'Stand: 22. Oktober 2023, 12:00 Uhr', 'au 22 octobre
        2023 à 12 h', '截至2023年10月22日12:00', '2023年10月22日12:00時点'; '' when the source
        gives no time."""
        figure = _as_figure(figure, "as_of")
        when = figure.as_of
        if when is None:
            return ""
        if isinstance(when, dt.datetime):
            one = self.words.as_of_one if when.hour == 1 else ""  # 'a la 1:30', 'a las 14:30'
            pattern = _TIME_WORD.sub("\u00a0{time}", one or self.words.as_of_time)
            return _CLOSING_WORD.sub("}\u00a0\\1", pattern).format(date=self.date(when), time=self.time(when))
        return _CLOSING_WORD.sub("}\u00a0\\1", self.words.as_of_date).format(date=self.date(when))

    # -- dates -----------------------------------------------------------------------------------

    def date(self, value: dt.date | dt.datetime, style: str = "long") -> str:
        if isinstance(value, dt.datetime):
            value = value.date()
        text = format_date(value, format=style, locale=self.locale)
        first = self.words.first_of_month
        if first and value.day == 1:  # '1er octobre 2023'; '01/10/2023' stays as it is
            text = re.sub(r"(?<!\d)1(?= )", first, text, count=1)
        return _tie_day(text)

    def time(self, value: dt.datetime | dt.time) -> str:
        """'2 pm', '12:00 Uhr', '12 h', '12:00': the clock time as the language writes it (noon
        in Chinese is 12:00, never '12 下午')."""
        moment = value.time() if isinstance(value, dt.datetime) else value
        whole, minutes = self.words.time_patterns
        text = format_time(moment, format=whole if moment.minute == 0 else minutes, locale=self.locale)
        # a clock time is one unit on a line ('16 h 30', '2 pm', '12:00 Uhr'): a band's cell had
        # set '16' at a line's end and 'h' under it (review AA)
        return text.replace(" ", "\u00a0")

    def date_range(self, start: dt.date | None, end: dt.date) -> str:
        """'14–17 October 2025', '18.–22. Oktober 2023', '2023年10月18日 – 22日': a range in the
        locale's long date form, or the one date when there is no start.

        English puts the first day before the last day of the long form ('14–17 October 2025'),
        and across months follows CLDR's interval ('29 September – 17 October 2025').
        Other languages use CLDR's interval format, whose abbreviated month ('18.–22. Okt. 2023')
        becomes the long date's full one, as an edited text writes it.
        """
        if start is None or start == end:
            return self.date(end)
        if Locale.parse(self.locale).language != "en":
            text = _cldr_range(start, end, self.locale, self.words.range_join)
            first = self.words.first_of_month
            if first and start.day == 1:  # '1er–5 octobre 2024', as the long date writes the 1st
                text = re.sub(r"^1(?!\d)", first, text)
            if first and end.day == 1:  # '30 septembre – 1er octobre 2024'
                text = re.sub(r"(?<=\s)1(?= )", first, text)
            if (start.year, start.month) == (end.year, end.month):  # days of one month closed up,
                text = re.sub(r"^(\d+º?)[\u2009 ]–[\u2009 ](?=\d)", r"\1–", text)  # '21–23 de agosto'
            return _tie_day(text)
        last = self.date(end)
        day = format_decimal(end.day, locale=self.locale)
        if (start.year, start.month) == (end.year, end.month) and re.search(rf"\b{day}\b", last):
            first = format_decimal(start.day, locale=self.locale)
            return re.sub(rf"\b{day}\b", f"{first}\u2013{day}", last, count=1)
        # CLDR's interval: the year once when both dates share it ('29 September – 17 October 2025')
        return _cldr_range(start, end, self.locale)

    def datetime(self, value: dt.datetime, style: str = "long") -> str:
        return format_datetime(value, format=style, locale=self.locale)

    # -- words and marks -------------------------------------------------------------------------

    def gettext(self, message: Any, **values: Any) -> str:
        """A fixed word of the documents in the locale's language (data/messages.py), its sentence
        endings in the event's register (data/register.py)."""
        text = messages.gettext(self.locale, message, **values)
        return register.in_register(text, self.locale, self.polite)

    #: The word a footer printed before its page's number until round 14: kept in the catalogues,
    #: so a user's template written then ('{{ _("page") }} ' and the field) still prints its language.
    _OLD_PAGE = messages.N_("page")

    def page_words(self) -> tuple[str, str]:
        """The words before and after a page's number, which a footer's field prints between
        them, as the language counts pages: ('page ', ''), ('Seite ', ''), ('第', '页'),
        ('', 'ページ'); a footer of 'page' and the number read '页码 1' in Chinese (review Z)."""
        text = messages.gettext(self.locale, messages.N_("page %(number)s"), number="\x00")
        before, _, after = text.partition("\x00")
        return before, after

    @property
    def punct(self) -> Punctuation:
        """The marks that join lists, labels and values, and end sentences (data/punctuation.py)."""
        return punctuation(self.locale)

    def listing(self, items: Any) -> str:
        """The items as the language lists them, with its 'and' ('a, b and c', 'a、b和c'): the
        wording the deck's lines use too (`sentences.listing`; review V: the briefing's launch
        partners had lost the 'et' the deck printed)."""
        if isinstance(items, str) or not hasattr(items, "__iter__"):
            raise TypeError("listing joins a list of texts")
        return sentences.listing([str(item) for item in items], self.locale)

    def quoted(self, text: Any, kind: str = "name") -> str:
        return quoted(text, self.locale, kind)

    def whole(self, text: Any) -> str:
        """`text` that no line may break: its spaces become no-break spaces, so a headline figure
        ('casi 480 millones de euros', 'quasi 98.000 presenze') is set smaller to fit its cell,
        never split over two lines (office/word_fit.py). In Chinese and Japanese, which set no space
        between the parts a template prints one after the other (the band's '超过', '1,260' and
        '家'), a word joiner ties it to the next part too, as `bind_cjk_numbers` ties a number."""
        whole = str(text).replace(" ", "\u00a0")
        if whole and self.locale.split("_")[0].lower() in {"zh", "ja"}:
            return whole + WORD_JOINER
        return whole

    def counter(self, unit: Any) -> str:
        """A Chinese, Japanese or Korean counter ('支', '人次', '명') as it follows its number on the
        number's line ('612支'), tied to it; '' for a unit that is a word of its own
        (typography.tile_counter). In Chinese and Japanese the number printed `whole` before it
        ends with the word joiner that ties them, so the counter does not bring a second one."""
        counter = tile_counter(str(unit or ""))
        if self.locale.split("_")[0].lower() in {"zh", "ja"}:
            return counter.removeprefix(WORD_JOINER)  # `whole` ended the number with one: once a pair
        return counter

    def filters(self) -> dict[str, Callable[..., Any]]:
        """The Jinja filters, by name, bound to this locale."""
        return {
            "figure": self.figure,
            "number": self.number,
            "money": self.money,
            "percent": self.percent,
            "qualifier": self.qualifier,
            "as_of": self.as_of,
            "conversions": self.conversions,
            "date": self.date,
            "time": self.time,
            "datetime": self.datetime,
            "date_range": self.date_range,
            "listing": self.listing,
            "quoted": self.quoted,
            "after_pair": self.punct.after_pair,
            "capitalize": self.capitalize,
            "whole": self.whole,
            "counter": self.counter,
        }

    def capitalize(self, text: object) -> str:
        """The first letter in capitals and the rest as written: 'AI summit', where Jinja's own
        filter lowers the rest ('Ai summit'); unchanged in Korean, Chinese and Japanese, which have
        no capitals ('e스포츠 대회', not 'E스포츠 대회')."""
        words = str(text)
        if self.locale.split("_")[0] in {"ko", "zh", "ja"} or not words[:1].islower():
            return words
        return words[:1].upper() + words[1:]


_SHORT_MONTH = re.compile(r"(?<!M)MMM(?!M)")

#: Texts typeset by this process, by text and locale: a deck and a briefing print a few hundred,
#: and a rebuild under `reportgen watch` prints mostly the same ones again. Texts longer than
#: `_TYPESET_LONGEST` characters are typeset each time, so the memo stays small (at most about 4 MB).
_TYPESET: Memo[tuple[str, str], str] = Memo(2048)
#: Numbers as `Formatter.number` printed them, by locale and exact digits: a function of those
#: alone (Babel's patterns and the locale's words), asked about 100 times a build of WAIC, mostly
#: for the same figures again after each save under `reportgen watch`.
_NUMBERS: Memo[tuple[str, decimal.DecimalTuple, int | None, int], str] = Memo(4096)
_TYPESET_LONGEST = 1000


def _cldr_range(start: dt.date, end: dt.date, locale: str, join: str = "") -> str:
    """CLDR's 'yMMMd' interval, with the full month name where the long date spells it out, and
    `join` for CLDR's dash where the language's editors write another word ('至')."""
    parsed = Locale.parse(locale)
    greatest = "y" if start.year != end.year else "M" if start.month != end.month else "d"
    long = parsed.date_formats["long"].pattern
    # The full month's own interval where CLDR has one (Spanish: '18–22 de octubre de 2023')
    full = parsed.interval_formats.get("yMMMMd") if "MMMM" in long else None
    intervals = full or parsed.interval_formats.get("yMMMd") or {}
    patterns = intervals.get(greatest) if hasattr(intervals, "get") else None
    if not patterns or len(patterns) != 2:
        fallback = parsed.interval_formats.get(None) or "{0} \u2013 {1}"
        if join:
            fallback = "{0}" + join + "{1}"
        return fallback.format(format_date(start, "long", locale), format_date(end, "long", locale))
    if join:
        patterns = [re.sub(r"\s*[\u2013~\uff5e-]\s*$", join, patterns[0]), patterns[1]]
    if "MMMM" in long:
        patterns = [_SHORT_MONTH.sub("MMMM", p) for p in patterns]
    if "dd" not in long:  # Italian: '30 settembre – 2 ottobre', as its long date writes the day
        patterns = [re.sub(r"(?<![d'])dd(?!d)", "d", p) for p in patterns]
    return format_date(start, patterns[0], locale=locale) + format_date(end, patterns[1], locale=locale)


#: The space between the word that introduces an as-of time and the time ('kl. 18.00', 'à 12 h',
#: 'godz. 14:00'): a line never ends on 'kl.' over '18.00' (the Danish band, review KK). Not after a
#: date or a comma: a date and its time may part there.
_TIME_WORD = re.compile(r"(?<=[^\s,}]) \{time\}")
#: The space before the word that closes an as-of label ('… 오후 2시 기준', '… saat 18.00 itibarıyla'):
#: a line never starts with '기준' under its time (jeonsihoe's band).
_CLOSING_WORD = re.compile(r"\} (\S+)$")


def _tie_day(text: str) -> str:
    """A German day ('22.') keeps its month on its line: '22.\u00a0Oktober 2023', never a line
    that ends with '22.' and a next line that starts with 'Oktober'."""
    return re.sub(r"(?<=\d\.) (?=[^\W\d_])", "\u00a0", text)


def _with_minus(text: str, locale: str) -> str:
    """A negative number with the locale's minus sign (CLDR's), its ASCII hyphen-minus set as the
    true minus sign U+2212 a typesetter uses ('−31 °C'): a hyphen is another mark, narrower, after
    which a line may break."""
    ascii_sign = get_minus_sign_symbol(locale)
    sign = ascii_sign.replace("-", "\u2212")
    for written in (ascii_sign, "-"):
        if text.startswith(written):
            return sign + text[len(written) :]
    return text


#: The letters before which French elides 'de' ('d’euros', 'd’habitants'; but 'de yuans').


def _lower_first(name: str) -> str:
    """'Pesos argentinos' → 'pesos argentinos'; an initialism stays ('US-Dollar', 'CFA')."""
    return name[:1].lower() + name[1:] if name[1:2].islower() else name


@cache
def home_currency(locale: str) -> str | None:
    """The one currency of `locale`'s country (CAD in fr_CA, INR in en_IN); None without a
    country or where it has several."""
    territory = Locale.parse(locale).territory
    currencies = get_territory_currencies(territory) if territory else []
    return currencies[0] if len(currencies) == 1 else None


def _home_name(name: str, locale: str) -> str:
    """A country's own currency as its press names it: the noun without the country's adjective
    ('480 millones de pesos' in Mexico, where CLDR's 'pesos mexicanos' broke a tile over three
    lines, review N; 'reais' in Brazil, 'francs' and 'Franken' in Switzerland)."""
    words = name.split()
    if len(words) < 2:
        return name
    language = Locale.parse(locale).language
    if language in ("es", "pt", "fr", "it", "ca"):  # the adjective follows: 'pesos mexicanos'
        return words[0]
    if language == "de":  # it goes before: 'Schweizer Franken'
        return words[-1]
    return name


#: A country's own currency as its press names it where no other currency is around: the
#: mainland's papers and Xinhua write '总奖金120万元', '投资150亿元', and add 人民币 ('150亿元人民币')
#: only beside another currency ('约合2.1亿美元') or abroad; a mainland document of an event whose
#: amounts are all in yuan writes 元 alone (the phrases' '元人民币' otherwise). (language, currency)
#: → the word, for `home_currency`'s locale.
_HOME_WORDS = {("zh", "CNY"): "元"}


@cache
def _ambiguous(locale: str, currency: str, name: str) -> bool:
    """Whether the language's plain word for `currency` (`name`, 'dollar|dollars') also names the
    currency of the locale's own country in CLDR ('dollar canadien' in fr_CA, 'peso argentino' in
    es_AR, 'franc suisse' in fr_CH, 'svenska kronor'), so that a reader there would take 'dollars'
    for their own: then the amount says whose ('dollars américains')."""
    home = home_currency(locale)
    if home is None or home == currency:
        return False
    home_words = set(re.findall(r"\w+", get_currency_name(home, locale=locale).lower()))
    home_words |= set(re.findall(r"\w+", get_currency_name(home, count=2, locale=locale).lower()))
    head = re.search(r"\w+", name.lower())  # the noun: 'dollar', 'peso', 'franc', 'couronne'
    return bool(head) and head.group() in home_words


#: Where the press of a locale writes its own currency's symbol otherwise than CLDR: Kenya's
#: papers and the Central Bank of Kenya write 'KSh2.4 billion' (CLDR's en_KE: 'Ksh'), as review Z's
#: own quote and caption did beside the tiles' 'Ksh'. (locale, currency) → the press's symbol.
_PRESS_SYMBOLS = {("en_KE", "KES"): "KSh"}


@cache
def home_symbol(locale: str, currency: str) -> str | None:
    """The symbol a reader in `locale`'s country writes for its own (one) currency: '£' for GBP in
    en_GB, '$' for USD in en_US, 'KSh' for KES in en_KE (the press's: `_PRESS_SYMBOLS`); None for
    any other pair (USD in en_GB prints as 'USD')."""
    parsed = Locale.parse(locale)
    if not parsed.territory or get_territory_currencies(parsed.territory) != [currency]:
        return None
    symbol = _PRESS_SYMBOLS.get((str(parsed), currency)) or get_currency_symbol(currency, locale=locale)
    return symbol if symbol != currency else None


def is_symbol(label: str) -> bool:
    """Whether a currency's label is a symbol, which ends with a currency sign ('US$', 'HK$', '€',
    'R$', 'GH₵'): written against its number as the press writes one ('US$18 million'), where a
    code or a label of letters ('RMB', 'USD', 'Rs.') stands apart ('RMB 15 billion')."""
    return bool(label) and unicodedata.category(label[-1]) == "Sc"
