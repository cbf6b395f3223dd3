"""The ISO 4217 code a currency's sign or word names ('kr', '€', 'kroner', 'zł', 'TL', '元'), for
validate's messages: `currency: kr` was refused with the field's regex ('it must match
^[A-Z]{3}$', review OO2), and 'nesten 14,2 millioner kroner' as a value got no hint at all.

A sign several currencies write ('kr': NOK, SEK, DKK; '$'; '¥'; '元') is the event's country's
currency where that is one of them (a Norwegian event's 'kr' is NOK, a Swedish one's SEK); else
the message names them all and asks for the one meant. An allow-list: any other word is no
currency, and the message gives the rule with examples.
"""

from __future__ import annotations

from functools import cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.numbers import get_currency_name, get_currency_symbol, get_territory_currencies, list_currencies

#: Signs and words that name one currency wherever they are written (casefolded).
_ONE = {
    "€": "EUR", "euro": "EUR", "euros": "EUR", "eur": "EUR", "d'euros": "EUR", "d’euros": "EUR",
    "de euros": "EUR", "di euro": "EUR", "£": "GBP", "₹": "INR", "₩": "KRW", "원": "KRW", "円": "JPY",
    "yen": "JPY", "zł": "PLN", "zl": "PLN", "złotych": "PLN", "złote": "PLN", "zloty": "PLN",
    "tl": "TRY", "₺": "TRY", "r$": "BRL", "reais": "BRL", "de reais": "BRL", "us$": "USD",
    "hk$": "HKD", "nt$": "TWD", "ca$": "CAD", "c$": "CAD", "a$": "AUD", "au$": "AUD",
    "mx$": "MXN", "rmb": "CNY", "yuan": "CNY", "renminbi": "CNY", "人民币": "CNY", "人民幣": "CNY",
    "美元": "USD", "欧元": "EUR", "歐元": "EUR", "日元": "JPY", "日圓": "JPY", "港元": "HKD",
    "港幣": "HKD", "新台币": "TWD", "新台幣": "TWD", "新臺幣": "TWD", "kronor": "SEK", "kč": "CZK",
    "fr.": "CHF",
    # a currency's noun as the press writes it after an amount, in the documents' languages, where
    # one currency is meant ('2,4 Mio. Franken', '2,4 milioni di franchi': review YY2)
    "franken": "CHF", "franchi": "CHF", "frank": "CHF", "franki": "CHF", "franków": "CHF",
    "frangı": "CHF", "フラン": "CHF", "프랑": "CHF", "法郎": "CHF", "sterling": "GBP",
    "sterlina": "GBP", "sterline": "GBP", "sterlini": "GBP", "funt": "GBP", "funty": "GBP",
    "funtów": "GBP", "ポンド": "GBP", "파운드": "GBP", "英镑": "GBP", "英鎊": "GBP", "yenes": "JPY",
    "yeni": "JPY", "won": "KRW", "yuanes": "CNY", "reales": "BRL", "eurów": "EUR", "zlotys": "PLN",
    "zlotych": "PLN", "kronur": "ISK",
}  # fmt: skip
#: The dollar's words and signs: the currencies that write them.
_DOLLARS = ("USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD")
_PESOS = ("MXN", "ARS", "COP", "CLP", "PHP", "UYU")
_CROWNS = ("NOK", "SEK", "DKK", "ISK", "CZK")
_RUPEES = ("INR", "PKR", "LKR", "NPR", "IDR")
#: Signs and words several currencies write: the event's country's where it is one of them.
_SEVERAL = {
    "kr": ("NOK", "SEK", "DKK", "ISK"), "kr.": ("DKK", "NOK", "SEK", "ISK"),
    "kroner": ("NOK", "DKK"), "krone": ("NOK", "DKK"), "krona": ("SEK", "ISK"),
    "$": ("USD", "CAD", "AUD", "NZD", "MXN", "SGD", "HKD", "TWD"),
    "dollar": ("USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD"),
    "dollars": ("USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD"),
    "¥": ("JPY", "CNY"), "￥": ("JPY", "CNY"), "元": ("CNY", "TWD", "HKD"),
    "pound": ("GBP", "EGP"), "pounds": ("GBP", "EGP"), "lira": ("TRY",), "lirası": ("TRY",),
    # a noun several currencies share, in the documents' languages ('412 millones de pesos')
    "franc": ("CHF", "XOF", "XAF"), "francs": ("CHF", "XOF", "XAF"), "franco": ("CHF", "XOF", "XAF"),
    "francos": ("CHF", "XOF", "XAF"), "peso": _PESOS, "pesos": _PESOS, "pesosu": _PESOS,
    "ペソ": _PESOS, "페소": _PESOS, "披索": _PESOS, "比索": _PESOS, "dólar": _DOLLARS,
    "dólares": _DOLLARS, "dollaro": _DOLLARS, "dollari": _DOLLARS, "dolar": _DOLLARS,
    "dolary": _DOLLARS, "dolarów": _DOLLARS, "doları": _DOLLARS, "ドル": _DOLLARS, "달러": _DOLLARS,
    "kronen": _CROWNS, "couronnes": _CROWNS, "coronas": _CROWNS, "corone": _CROWNS,
    "coroas": _CROWNS, "korony": _CROWNS, "koron": _CROWNS, "korun": _CROWNS, "rupees": _RUPEES,
    "rupias": _RUPEES, "rupie": _RUPEES, "rupii": _RUPEES,
}  # fmt: skip


@cache
def _parsed(locale: str) -> Locale | None:
    """The file's locale as Babel reads it ('en-US' too); None for one it cannot read."""
    try:
        return Locale.parse(locale.replace("-", "_")) if locale else None
    except (UnknownLocaleError, ValueError, TypeError):
        return None


@cache
def own_currency(locale: str) -> str:
    """The currency of the locale's country ('NOK' for nb_NO and for nb, whose likely country is
    Norway); '' where it has none."""
    parsed = _parsed(locale)
    if parsed is None:
        return ""
    territory = parsed.territory
    if not territory:
        subtags = get_global("likely_subtags")
        likely = subtags.get(f"{parsed.language}_{parsed.script}" if parsed.script else "")
        likely = likely or subtags.get(parsed.language, "")
        territory = likely.split("_")[-1] if likely else ""
    found = get_territory_currencies(territory) if territory else []
    return found[0] if found else ""


@cache
def _own_words(locale: str) -> frozenset[str]:
    """The signs and names the locale writes its country's currency with ('kr', 'norske kroner')."""
    code, parsed = own_currency(locale), _parsed(locale)
    if not code or parsed is None:
        return frozenset()
    words = {get_currency_symbol(code, parsed), *(get_currency_name(code, n, parsed) for n in (1, 2))}
    return frozenset(w.casefold() for w in words if w and w != code)


#: The languages whose currency names `_named` reads, and the currencies it names.
_NAMING_LOCALES = (
    *("en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "nb", "tr", "ja", "ko"),
    *("zh_Hans", "zh_Hant"),
)
_NAMED_CODES = (
    *("EUR", "USD", "GBP", "CHF", "JPY", "CNY", "KRW", "INR", "BRL", "MXN", "NOK", "SEK", "DKK"),
    *("PLN", "TRY", "CAD", "AUD", "HKD", "TWD", "CZK", "ARS", "COP", "CLP", "SGD", "NZD", "ZAR"),
)


@cache
def _named() -> dict[str, str]:
    """A currency's full name in each of the documents' languages, in the forms a count takes
    ('Schweizer Franken', 'pesos mexicanos', 'złotych polskich'), to its code; a name two
    currencies share is left out."""
    found: dict[str, set[str]] = {}
    for written in _names_written():
        for code in _names_written()[written]:
            found.setdefault(written.casefold(), set()).add(code)
    return {name: next(iter(named)) for name, named in found.items() if len(named) == 1}


@cache
def _names_written() -> dict[str, frozenset[str]]:
    """The full names as Babel writes them ('İsviçre frangı', whose capital no casefolded form
    matches), each with the codes it names."""
    found: dict[str, set[str]] = {}
    for name in _NAMING_LOCALES:
        locale = Locale.parse(name)
        for code in _NAMED_CODES:
            for count in (1, 2, 5):
                found.setdefault(get_currency_name(code, count, locale), set()).add(code)
    return {name: frozenset(named) for name, named in found.items()}


def codes(word: str, locale: str = "") -> tuple[str, ...]:
    """The ISO codes `word` may name, the one meant alone where it is certain ('kr' in nb_NO:
    ('NOK',)); () for no currency's sign or word."""
    key = " ".join(word.split()).casefold()
    if key.upper() in _iso_codes():
        return (key.upper(),)
    if key in _ONE:
        return (_ONE[key],)
    if key in _named():
        return (_named()[key],)
    own = own_currency(locale) if locale else ""
    if own and key in _own_words(locale):
        return (own,)
    several = _SEVERAL.get(key, ())
    return (own,) if own in several else several


@cache
def _iso_codes() -> frozenset[str]:
    return frozenset(list_currencies())


@cache
def words(locale: str = "") -> frozenset[str]:
    """Every sign and word `codes` reads, the locale's own currency's among them."""
    return (
        frozenset(_ONE)
        | frozenset(_SEVERAL)
        | frozenset(_named())
        | frozenset(w for w in _names_written() if w.casefold() in _named())
        | (_own_words(locale) if locale else frozenset())
    )


def examples(locale: str) -> str:
    """Three codes to show as examples, the event's country's first: 'NOK, EUR or USD'."""
    shown = list(
        dict.fromkeys(c for c in (own_currency(locale) if locale else "", "EUR", "USD", "GBP") if c)
    )[:3]
    return f"{', '.join(shown[:-1])} or {shown[-1]}"


def listed(found: tuple[str, ...]) -> str:
    """'NOK, SEK or DKK'."""
    return found[0] if len(found) == 1 else f"{', '.join(found[:-1])} or {found[-1]}"


def refusal(given: str, locale: str) -> tuple[str, str]:
    """validate's message for a currency that is no ISO 4217 code, and its hint: "'kr' is not a
    currency code: write its three-letter ISO 4217 code, such as NOK, EUR or USD" / "did you mean
    'NOK'?"."""
    message = (
        f"{given!r} is not a currency code: write its three-letter ISO 4217 code, such as {examples(locale)}"
    )
    found = codes(given, locale)
    if len(found) == 1:
        return message, f"did you mean {found[0]!r}?"
    if found:
        return message, f"{given!r} is the sign of {listed(found)}: write the one meant"
    return message, ""
