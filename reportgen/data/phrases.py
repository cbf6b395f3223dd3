"""The words a figure is printed with, per language, as a native editor writes them.

A qualifier, a currency and an "as of" time are placed where the language puts them: 'mehr als
3.500', '超过3,400家', '3,400社以上'; '15 milliards d’euros', '784.1亿美元'; 'Stand: 22. Oktober
2023, 12:00 Uhr', '截至2023年10月22日12:00'. Numbers and dates themselves come from CLDR (Babel,
in formatting.py); this module holds only the words CLDR does not have.

Languages without a table print English words: silently for English (en_GB, en_US, ...), with a
warning naming the locale for any other (`missing_warning`), so a Spanish event still builds and
the warning says what it reads.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from types import MappingProxyType

from babel import Locale

from reportgen.data.model import Qualifier
from reportgen.data.typography import UNITS
from reportgen.lazy_pattern import lazy

Q = Qualifier


@dataclass(frozen=True)
class Phrases:
    """One language's words. In each pattern `{}` is the amount with its unit ('3,400家')."""

    qualifiers: Mapping[Qualifier, str]
    as_of_date: str  # '{date}' is the long date
    as_of_time: str  # '{date}' and '{time}' (a clock time from `time_patterns`)
    time_patterns: tuple[str, str]  # Babel patterns for a whole hour and for hour and minutes
    # ISO code -> the word after the amount; a pattern where the name goes before it and its unit
    # after ('新臺幣{}元': Taiwan's and Hong Kong's press write '新臺幣5,300億元', '港幣530億元',
    # '人民幣150億元', and Xinhua '新台币5300亿元', a currency called …幣 before, its 元 after)
    currency_names: Mapping[str, str]
    currency_first: bool = False  # English: 'RMB 15 billion'; the others put it after
    tight: bool = False  # Chinese, Japanese: no space between a number and a CJK word
    first_of_month: str = ""  # French: '1er octobre', which CLDR writes '1 octobre'
    # before '%': set by `phrases` from the locale's own CLDR percent pattern (de_DE '6,7\u00a0%',
    # de_CH '6,7%'), never per language, so every output of one locale spaces it alike
    percent_gap: str = ""
    # the sign before the number where the locale's CLDR percent pattern puts it there (Turkish
    # '%41'); set by `phrases`, as `percent_gap` is
    percent_first: bool = False
    # `as_of_time` for a time in the hour after midnight, where the article is singular: Spanish
    # 'a la 1:30 del …' beside 'a las 14:30 del …'; '' where the language needs none
    as_of_one: str = ""
    # between a scale word and a currency's plural: 'de |d’' (before a consonant | a vowel):
    # '15 milliards d’euros', '15 mil millones de euros', '15 miliardi di euro'; '' = none
    scale_of: str = ""
    # Spanish counts amounts from a thousand million up to a billón (10¹²) in millions, as its
    # press writes them ('2400 millones de euros'), not in CLDR's 'mil millones'; '' = CLDR's words
    thousand_millions: str = ""
    # Korean: a word after a scale word stands apart ('62만 명', '1,200억 원'), as Korean spacing
    # sets a counter after a number written in 만 and 억; after digits it is written tight ('1,400곳')
    spaced_after_scale: bool = False
    # Taiwan's and Hong Kong's Chinese group the digits before a scale word ('5,300億', '1億2,850萬',
    # as their press and government write them); mainland Chinese, Japanese and Korean write
    # '1200亿', '1200億', '1200억' (Korean's groups of 만 are written whole: 한글 맞춤법 제44항)
    grouped_count: bool = False
    # what joins the two dates of a range where the language's editors replace CLDR's dash:
    # Chinese '2026年9月9日至11日' (CLDR: '2026年9月9日 – 11日'); '' = CLDR's interval as it is
    range_join: str = ""
    # the full names of currencies whose word in `currency_names` is plain ('dollar'), for a
    # locale whose own currency has that name too (formatting._ambiguous: USD in fr_CA is
    # 'dollars américains'); CLDR's display name where none is given here
    full_currency_names: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # CLDR's currency names in small letters, as the language writes them in a sentence
    # ('pesos argentinos', where CLDR's Portuguese has 'Pesos argentinos')
    lower_currency_names: bool = False
    # Polish: the short scale words its press writes ('2,4 mld zł', '1,5 mln euro'), which need no
    # agreement with the count (CLDR's long 'miliony', 'miliona', 'milionów' would, and a currency
    # or noun after them too)
    short_scale: bool = False


def _q(**words: str) -> Mapping[Qualifier, str]:
    table = {Q.exactly: "{}"} | {Q[name]: phrase for name, phrase in words.items()}
    assert set(table) == set(Q), f"a phrase for every qualifier: {set(Q) - set(table)}"
    return MappingProxyType(table)


_EN = Phrases(
    _q(
        nearly="nearly {}",
        about="about {}",
        more_than="more than {}",
        at_least="at least {}",
        up_to="up to {}",
        less_than="less than {}",
    ),
    "as of {date}",
    "as of {time} on {date}",
    ("h a", "h:mm a"),
    MappingProxyType({}),
    currency_first=True,
)

_PORTUGUESE_MONEY: Mapping[str, str] = MappingProxyType(
    {"EUR": "euro|euros", "USD": "dólar|dólares", "BRL": "real|reais", "CNY": "iuane|iuanes"}
    | {"JPY": "iene|ienes", "GBP": "libra esterlina|libras esterlinas", "CHF": "franco suíço|francos suíços"}
    | {"HKD": "dólar de Hong Kong|dólares de Hong Kong"}
)

#: Keyed by language, or language_Script where the script changes the words (zh_Hant).
PHRASES: Mapping[str, Phrases] = MappingProxyType(
    {
        "en": _EN,
        "de": Phrases(
            _q(
                nearly="knapp {}",
                about="rund {}",
                more_than="mehr als {}",
                at_least="mindestens {}",
                up_to="bis zu {}",
                less_than="weniger als {}",
            ),
            "Stand: {date}",
            "Stand: {date}, {time}",
            ("H:mm 'Uhr'", "H:mm 'Uhr'"),
            MappingProxyType(
                {"EUR": "Euro", "USD": "US-Dollar", "CNY": "Yuan", "GBP": "Pfund", "JPY": "Yen"}
                | {"CHF": "Franken", "HKD": "Hongkong-Dollar"}
            ),
        ),
        "fr": Phrases(
            _q(
                nearly="près de {}",
                about="environ {}",
                more_than="plus de {}",
                at_least="au moins {}",
                up_to="jusqu\u2019à {}",
                less_than="moins de {}",
            ),
            "au {date}",
            "au {date} à {time}",
            ("H 'h'", "H 'h' mm"),
            # singular|plural; after a scale word the plural follows 'de' ('15 milliards d’euros')
            MappingProxyType(
                {"EUR": "euro|euros", "USD": "dollar|dollars", "CNY": "yuan|yuans", "JPY": "yen|yens"}
                | {"GBP": "livre sterling|livres sterling", "CHF": "franc suisse|francs suisses"}
            ),
            first_of_month="1er",
            scale_of="de |d\u2019",
            full_currency_names=MappingProxyType({"USD": "dollar américain|dollars américains"}),
            lower_currency_names=True,
        ),
        # 超过 rather than 逾 for 'more than': one phrase per qualifier, and 逾 is the headline's
        # register; a briefing's sentences use 超过 ('超过6.38亿').
        "zh": Phrases(
            _q(
                nearly="近{}",
                about="约{}",
                more_than="超过{}",
                at_least="至少{}",
                up_to="最多{}",
                less_than="不到{}",
            ),
            "截至{date}",
            "截至{date}{time}",
            ("H:mm", "H:mm"),
            MappingProxyType(
                {"CNY": "元人民币", "USD": "美元", "EUR": "欧元", "JPY": "日元", "GBP": "英镑"}
                | {"HKD": "港元", "CHF": "瑞士法郎", "TWD": "新台币{}元", "KRW": "韩元"}
            ),
            tight=True,
            range_join="至",
        ),
        "zh_Hant": Phrases(
            _q(
                nearly="近{}",
                about="約{}",
                more_than="超過{}",
                at_least="至少{}",
                up_to="最多{}",
                less_than="不到{}",
            ),
            "截至{date}",
            "截至{date}{time}",
            ("H:mm", "H:mm"),
            MappingProxyType(
                {"CNY": "人民幣{}元", "USD": "美元", "EUR": "歐元", "JPY": "日圓", "GBP": "英鎊"}
                | {"HKD": "港幣{}元", "TWD": "新臺幣{}元", "CHF": "瑞士法郎", "KRW": "韓元"}
            ),
            tight=True,
            grouped_count=True,
            range_join="至",
        ),
        "ja": Phrases(
            _q(
                nearly="{}近く",
                about="約{}",
                more_than="{}以上",
                at_least="少なくとも{}",
                up_to="最大{}",
                less_than="{}未満",
            ),
            "{date}時点",
            "{date}{time}時点",
            ("H:mm", "H:mm"),
            MappingProxyType(
                {"JPY": "円", "USD": "ドル", "EUR": "ユーロ", "CNY": "人民元", "GBP": "ポンド"}
                | {"HKD": "香港ドル", "CHF": "スイスフラン", "KRW": "ウォン", "TWD": "台湾ドル"}
            ),
            tight=True,
        ),
        "es": Phrases(
            _q(
                nearly="casi {}",
                about="alrededor de {}",  # never "unos": it agrees with the noun ("unas 500 empresas")
                more_than="más de {}",
                at_least="al menos {}",
                up_to="hasta {}",
                less_than="menos de {}",
            ),
            "a {date}",
            # a count's cut-off, as the press words one ('al corte de las 20:00 horas del 11 de
            # octubre'): 'a las 20:00 del …' read as if the visitors were there at that hour (review BB)
            "al corte de las {time} horas del {date}",
            ("H:mm", "H:mm"),
            # after a scale word the plural follows 'de' ('15 mil millones de euros')
            MappingProxyType(
                {"EUR": "euro|euros", "USD": "dólar|dólares", "CNY": "yuan|yuanes", "JPY": "yen|yenes"}
                | {"GBP": "libra esterlina|libras esterlinas", "CHF": "franco suizo|francos suizos"}
                | {
                    "MXN": "peso mexicano|pesos mexicanos",
                    "BRL": "real|reales",
                    "HKD": "dólar de Hong Kong|dólares de Hong Kong",
                }
            ),
            as_of_one="al corte de la {time} horas del {date}",
            scale_of="de ",
            thousand_millions="millones",
            lower_currency_names=True,
        ),
        "it": Phrases(
            _q(
                nearly="quasi {}",
                about="circa {}",
                more_than="oltre {}",
                at_least="almeno {}",
                up_to="fino a {}",
                less_than="meno di {}",
            ),
            "al {date}",
            # 'dato alle ore 17:00 del 15 aprile', a count's cut-off: 'alle 17:00 del …' read as if
            # the visitors were there at that hour (review BB); 'alle ore' at one o'clock too
            "dato alle ore {time} del {date}",
            ("H:mm", "H:mm"),
            # euro, yen and yuan do not change in the plural; after a scale word 'di' ('15 miliardi
            # di euro', '2,4 milioni di dollari')
            MappingProxyType(
                {"EUR": "euro|euro", "USD": "dollaro|dollari", "CNY": "yuan|yuan", "JPY": "yen|yen"}
                | {"GBP": "sterlina|sterline", "CHF": "franco svizzero|franchi svizzeri"}
                | {"HKD": "dollaro di Hong Kong|dollari di Hong Kong"}
            ),
            first_of_month="1º",
            scale_of="di ",
            lower_currency_names=True,
        ),
        # Brazil's words; Portugal's differ only in the first of the month (pt_PT below). 'até às'
        # reads in both (the grave accent after 'até' is optional in Brazil, usual in Portugal).
        "pt": Phrases(
            _q(
                nearly="quase {}",
                about="cerca de {}",
                more_than="mais de {}",
                at_least="pelo menos {}",
                up_to="até {}",
                less_than="menos de {}",
            ),
            "até {date}",
            "até às {time} de {date}",
            ("H'h'", "H'h'mm"),
            _PORTUGUESE_MONEY,
            first_of_month="1º",
            as_of_one="até à {time} de {date}",
            scale_of="de ",
            lower_currency_names=True,
        ),
        "pt_PT": Phrases(
            _q(
                nearly="quase {}",
                about="cerca de {}",
                more_than="mais de {}",
                at_least="pelo menos {}",
                up_to="até {}",
                less_than="menos de {}",
            ),
            "até {date}",
            "até às {time} de {date}",
            ("H'h'", "H'h'mm"),
            _PORTUGUESE_MONEY,
            as_of_one="até à {time} de {date}",
            scale_of="de ",
            lower_currency_names=True,
        ),
        # Korean puts 'more than' and 'less than' after the amount, as Japanese does, writes a
        # counter or currency straight after digits ('1,400명', '25만 1000명', '500원') and a
        # space after 만, 억 and 조 ('62만 명', '1200억 원', '150억 달러').
        "ko": Phrases(
            _q(
                nearly="{} 가까이",
                about="약 {}",
                more_than="{} 이상",
                at_least="최소 {}",
                up_to="최대 {}",
                less_than="{} 미만",
            ),
            "{date} 기준",
            "{date} {time} 기준",
            ("a h시", "a h시 m분"),
            MappingProxyType(
                {"KRW": "원", "USD": "달러", "EUR": "유로", "CNY": "위안", "JPY": "엔", "GBP": "파운드"}
                | {"HKD": "홍콩달러", "CHF": "스위스프랑", "TWD": "대만달러"}
            ),
            tight=True,
            spaced_after_scale=True,
        ),
        # Dutch names a currency in the singular after any amount ('15 miljard euro', '500 dollar').
        "nl": Phrases(
            _q(
                nearly="bijna {}",
                about="circa {}",
                more_than="meer dan {}",
                at_least="minstens {}",
                up_to="tot {}",
                less_than="minder dan {}",
            ),
            "stand per {date}",
            "stand per {date}, {time}",
            ("H.mm 'uur'", "H.mm 'uur'"),
            MappingProxyType(
                {"EUR": "euro", "USD": "dollar", "CNY": "yuan", "JPY": "yen", "GBP": "pond"}
                | {"CHF": "Zwitserse frank", "HKD": "Hongkongse dollar"}
            ),
        ),
        # Polish press writes the short scale words and the złoty's short name ('2,4 mld zł',
        # '650 mln zł', '1,5 mln euro'), and a foreign currency's ISO code ('mld USD'): neither
        # changes with the number, where 'dolar', 'dolary', 'dolarów' would.
        "pl": Phrases(
            _q(
                nearly="prawie {}",
                about="około {}",
                more_than="ponad {}",
                at_least="co najmniej {}",
                up_to="do {}",
                less_than="mniej niż {}",
            ),
            "stan na {date}",
            "stan na {date}, godz. {time}",
            ("H:mm", "H:mm"),
            MappingProxyType(
                {"PLN": "zł", "EUR": "euro", "USD": "USD", "GBP": "GBP", "CHF": "CHF", "CNY": "CNY"}
                | {"JPY": "JPY", "CZK": "CZK", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "UAH": "UAH"}
                | {"HKD": "HKD", "KRW": "KRW"}
            ),
            short_scale=True,
        ),
        # Swedish: 'drygt 650 utställare', '2,4 miljarder kronor', 'kl. 14.00' (Språkrådet's time).
        "sv": Phrases(
            _q(
                nearly="nästan {}",
                about="cirka {}",
                more_than="drygt {}",
                at_least="minst {}",
                up_to="upp till {}",
                less_than="under {}",
            ),
            "per den {date}",
            "per den {date} kl. {time}",
            ("H.mm", "H.mm"),
            MappingProxyType(
                {"SEK": "krona|kronor", "EUR": "euro", "USD": "dollar", "GBP": "pund", "JPY": "yen"}
                | {"CNY": "yuan", "CHF": "schweizerfranc", "HKD": "Hongkongdollar"}
                | {"NOK": "norsk krona|norska kronor", "DKK": "dansk krona|danska kronor"}
            ),
        ),
        # Danish: 'knap 47 millioner kroner', 'mere end 84.000 gæster', 'pr. 20. september 2026
        # kl. 18.00' (Retskrivningsordbogen's clock time), the amount before its currency.
        "da": Phrases(
            _q(
                nearly="knap {}",
                about="omkring {}",
                more_than="mere end {}",
                at_least="mindst {}",
                up_to="op til {}",
                less_than="under {}",
            ),
            "pr. {date}",
            "pr. {date} kl. {time}",
            ("H.mm", "H.mm"),
            MappingProxyType(
                {"DKK": "krone|kroner", "EUR": "euro", "USD": "dollar", "GBP": "pund", "JPY": "yen"}
                | {"CNY": "yuan", "CHF": "schweizerfranc", "HKD": "Hongkongdollar"}
                | {"SEK": "svensk krone|svenske kroner", "NOK": "norsk krone|norske kroner"}
            ),
        ),
        # Norwegian Bokmål: 'nesten 185 millioner kroner', 'over 3 500 utstillere', 'per
        # 10. august 2026 kl. 23.00' (Språkrådet's clock time).
        "nb": Phrases(
            _q(
                nearly="nesten {}",
                about="omkring {}",
                more_than="over {}",
                at_least="minst {}",
                up_to="opptil {}",
                less_than="under {}",
            ),
            "per {date}",
            "per {date} kl. {time}",
            ("H.mm", "H.mm"),
            MappingProxyType(
                {"NOK": "krone|kroner", "EUR": "euro", "USD": "dollar", "GBP": "pund", "JPY": "yen"}
                | {"CNY": "yuan", "CHF": "sveitserfranc", "HKD": "Hongkong-dollar"}
                | {"SEK": "svensk krone|svenske kroner", "DKK": "dansk krone|danske kroner"}
            ),
        ),
        # Turkish: 'yaklaşık 2.400', 'neredeyse 38 milyon dolar', '9.000'den fazla', '16 Ekim 2026
        # itibarıyla', 'saat 19.30' (TDK's clock time), the amount before its currency ('2,5 milyon
        # TL'). 'More than', 'less than' and 'up to' follow the amount with a case ending that
        # follows the number as it is spoken ('-DAn fazla': turkish_suffixes.attach). 'Nearly' is
        # 'neredeyse' ('almost', as AA and the dailies write 'neredeyse 40 milyon dolar'), not a
        # second 'yaklaşık': that is 'about', and the two meanings would print alike.
        "tr": Phrases(
            _q(
                nearly="neredeyse {}",
                about="yaklaşık {}",
                more_than="{}-DAn fazla",
                at_least="en az {}",
                up_to="{}-A kadar",
                less_than="{}-DAn az",
            ),
            "{date} itibarıyla",
            "{date} saat {time} itibarıyla",
            ("HH.mm", "HH.mm"),
            MappingProxyType(
                {"TRY": "TL", "USD": "dolar", "EUR": "avro", "GBP": "sterlin", "JPY": "yen"}
                | {"CNY": "yuan", "CHF": "İsviçre frangı", "HKD": "Hong Kong doları"}
            ),
        ),
    }
)


@cache
def _key(locale: str) -> str:
    parsed = Locale.parse(locale)
    script = parsed.script or ("Hant" if parsed.territory in {"TW", "HK", "MO"} else None)
    if parsed.language == "zh" and script == "Hant":
        return "zh_Hant"
    if parsed.language == "pt" and parsed.territory not in (None, "BR"):
        return "pt_PT"  # Portugal, and the countries whose CLDR data follows Portugal's
    if parsed.language == "no":
        return "nb"  # Norwegian as CLDR's 'no' names it: Bokmål's words
    return parsed.language


@cache
def phrases(locale: str) -> Phrases:
    """The locale's words (English words where its language has no table), with the gap before
    '%' as the locale's CLDR percent pattern sets it: a language's countries differ (Germany
    '12\u00a0%', Switzerland '12%'; France '12\u00a0%', Swiss French '12%')."""
    words = PHRASES.get(_key(locale))
    if words is None:  # English words, the currency where the locale's CLDR pattern puts it
        words = replace(_EN, currency_first=currency_before(locale))
    return replace(words, percent_gap=percent_gap(locale), percent_first=percent_before(locale))


@cache
def percent_before(locale: str) -> bool:
    """Whether the locale's CLDR percent pattern sets the sign before the number ('%#,##0' in
    Turkish: '%41')."""
    try:
        pattern = Locale.parse(locale).percent_formats[None].pattern
    except (ValueError, TypeError, KeyError):
        return False
    positive = pattern.split(";")[0]
    return -1 < positive.find("%") < positive.find("0")


@cache
def currency_before(locale: str) -> bool:
    """Whether the locale's CLDR currency pattern sets the currency before the amount ('¤#,##0.00'
    in English) rather than after it ('#,##0.00 ¤' in Danish, Finnish, Czech): a language with no
    words here still places it as its readers do ('47 millioner DKK', never 'kr.47 millioner')."""
    try:
        pattern = Locale.parse(locale).currency_formats["standard"].pattern
    except (ValueError, TypeError, KeyError):
        return True
    positive = pattern.split(";")[0]
    return positive.find("\u00a4") < positive.find("0")


@cache
def percent_gap(locale: str) -> str:
    """What the locale's CLDR percent pattern sets between a number and '%': '' or a no-break
    space (a narrow one where CLDR says so). The one place every output takes it from: the
    formatter's percentages, tiles, chart labels and alt text (`join`)."""
    try:
        pattern = Locale.parse(locale).percent_formats[None].pattern
    except (ValueError, TypeError, KeyError):
        return ""
    positive = pattern.split(";")[0]
    found = re.search(r"[0#]([\s\u00a0\u202f]*)%", positive)
    gap = found.group(1) if found else ""
    return "\u202f" if "\u202f" in gap else ("\u00a0" if gap else "")


def missing_warning(locale: str) -> str | None:
    """A warning for a locale whose language has no words here (English is printed instead)."""
    key = _key(locale)
    if key in PHRASES:
        return None
    known = ", ".join(sorted(PHRASES))
    return (
        f"formatting.locale {locale}: reportgen has no {key!r} words for qualifiers, currencies and "
        f"'as of' times, so they are printed in English ('more than', 'as of'); languages with "
        f"their own words: {known} (see `reportgen docs data`)"
    )


PERCENT_SIGNS = ("%", "‰")
#: Chinese, Japanese and Korean letters and marks, as a regular expression's character ranges.
CJK_RANGES = r"\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
_CJK = lazy(f"[{CJK_RANGES}]")


def is_cjk(char: str) -> bool:
    return bool(_CJK.match(char))


#: The languages whose word for a measure's unit is also the noun for what it measures: Japanese
#: and Korean 時間/시간 are both "hours" and "time", so a label '制限時間' names the time, not its
#: hours, and 6 hours print '6時間'.
_MEASURE_NAME_LANGUAGES = ("ja", "ko", "zh", "zh_Hant")


@cache
def _cjk_measure_names() -> frozenset[str]:
    """CLDR's names of measurement units (hours, days, kilometres, tons...) in Chinese, Japanese and
    Korean, in every length: '時間', '시간', '小时', 'トン'."""
    from babel.units import get_unit_name

    names: set[str] = set()
    for language in _MEASURE_NAME_LANGUAGES:
        for unit in Locale.parse(language)._data["unit_patterns"]:
            for length in ("long", "short", "narrow"):
                name = get_unit_name(unit, length=length, locale=language)
                if name and all(is_cjk(c) for c in name.strip()):
                    names.add(name.strip())
    return frozenset(names)


def is_cjk_measure(unit: str) -> bool:
    """Whether `unit` is a Chinese, Japanese or Korean name of a measurement unit ('時間', '시간'),
    which a label ending with the same word does not stand for: '制限時間は6時間', never '制限時間は6'.
    A counter ('人次', '社', '명') is no measure: '观众人次' may count 人次 without repeating it."""
    name = unit.strip()
    # CLDR's names are read (zh, ja and ko locale data, about 4 MiB) only for a unit that could be one
    return bool(name) and all(is_cjk(c) for c in name) and name in _cjk_measure_names()


def unit_in_chart(unit: str | None, label_names_unit: bool) -> bool:
    """Whether a chart's value label carries its figure's unit: a symbol always ('61\u00a0%',
    '38\u00a0ha', '12万m²': a bare '61' would be a count), and a Chinese, Japanese or Korean unit
    the label does not name ('6時間', '3,400社'), which the language writes on the number; a word
    unit of a spaced language ('visiteurs') is said by the chart's title, not on each bar."""
    if not unit:
        return False
    return unit in UNITS or (not label_names_unit and all(is_cjk(c) for c in unit))


#: A noun after a scale word that begins with one takes the elided link ('d’euros').
VOWELS = frozenset("aeiouéèêàâîôûh")  # not y: "de yuans"


def scale_link(words: Phrases, amount: str, noun: str) -> str:
    """The word that joins `amount` to its noun after a scale word: 'de ', 'd’', 'di ' ('1,12
    million de visites', '2,4 milioni di visualizzazioni'); '' where none does (no scale word, a
    unit symbol, a language that needs none: '1.12 million visits')."""
    if not (words.scale_of and amount[-1:].isalpha() and noun[:1].isalpha() and noun not in UNITS):
        return ""
    consonant, _, vowel = words.scale_of.partition("|")
    return vowel if vowel and noun[:1].lower() in VOWELS else consonant


def join(words: Phrases, amount: str, word: str, space: str = " ") -> str:
    """An amount and the word after it: no space before a Chinese or Japanese word, nor after a
    Chinese or Japanese scale word in those languages; a space after a Korean scale word; a percent or
    per-mille sign as the language's CLDR pattern sets it ('6.7%', '6,7\u00a0%')."""
    if word in PERCENT_SIGNS:
        if words.percent_first:  # Turkish '%41', 'yaklaşık %41'
            at = next((i for i, c in enumerate(amount) if c.isdigit()), 0)
            return f"{amount[:at]}{word}{words.percent_gap}{amount[at:]}"
        return amount + words.percent_gap + word
    if words.spaced_after_scale and word and amount[-1:].isalpha():
        return f"{amount}{space}{word}"  # '62만 명', '1,200억 원'
    if words.tight and word and (is_cjk(word[0]) or (is_cjk(amount[-1:] or "0") and word in UNITS)):
        return amount + word  # '3,400社'; after 万 or 亿 a unit symbol too: '12万m²' (not 'RMB')
    return f"{amount}{space}{word}" if word else amount
