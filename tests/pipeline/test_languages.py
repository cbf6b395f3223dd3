"""One event built in five languages: qualifiers, dates, 'as of' times and currencies in each
language's own words and order, read from the produced DOCX and PPTX (issue 20, items 2-3).

The Harbourside sample has every kind of phrase: 'more than' exhibitors in a unit, 'about' and
'nearly' amounts in dollars with a conversion to yuan, a figure dated to the hour and a four-day
range. Its locale is switched, its units are written in the language, and (but in English) its
currency labels are left out so that each language names the currency itself.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, docx_reading, on_a_tile, pptx_notes, pptx_slide_texts, seen
from ..data.test_exact_numbers import read_back

SAMPLE = ROOT / "data" / "examples" / "harbourside-expo-2025.yaml"
NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"
#: The units of exhibitors and of visits, as the language writes them.
UNITS = {
    "zh_CN": ("家", "人次"),
    "zh_TW": ("家", "人次"),
    "zh_HK": ("家", "人次"),
    "ja_JP": ("社", "人次"),
    "de_DE": ("Aussteller", "Besuche"),
    "fr_FR": ("exposants", "visites"),
    "en_GB": ("exhibitors", "visits"),
    "es_ES": ("expositores", "visitas"),
    "it_IT": ("espositori", "visite"),
    "pt_BR": ("expositores", "visitas"),
    "ko_KR": ("곳", "회"),
    "nl_NL": ("standhouders", "bezoeken"),
    "pl_PL": ("wystawców", "wizyt"),
    "sv_SE": ("utställare", "besök"),
    "da_DK": ("udstillere", "besøg"),
    "nb_NO": ("utstillere", "besøk"),
    "tr_TR": ("firma", "ziyaret"),
}
#: Phrases both documents carry, written by hand: the dates, 'more than' with its unit, 'about',
#: the dated total, and 'nearly' in dollars with its conversion.
BOTH = {
    "zh_CN": [
        "2025年10月14日至17日",  # CLDR's interval, joined by 至 as Chinese editors write a range
        "超过1,200家",
        "New products launched：约310",
        "23.5万人次，截至2025年10月17日16:00",
        "近23.5亿美元（近169亿元人民币）",
        "约11亿美元",
    ],
    "ja_JP": [
        "2025年10月14日～17日",
        "1,200社以上",
        "New products launched：約310",
        "23万5000人次、2025年10月17日16:00時点",
        "23億5000万ドル近く（169億人民元近く）",
        "約11億ドル",
    ],
    "de_DE": [
        f"14.–17.{NBSP}Oktober 2025",
        "mehr als 1.200 Aussteller",
        "Rund 310 New products launched",  # the labels stay English: the number leads, as in German
        f"235.000 Besuche, Stand: 17.{NBSP}Oktober 2025, 16:00 Uhr",
        f"knapp 2,35{NBSP}Milliarden{NBSP}US-Dollar (knapp 16,9{NBSP}Milliarden{NBSP}Yuan)",
        f"rund 1,1{NBSP}Milliarden{NBSP}US-Dollar",
    ],
    "fr_FR": [
        "14–17 octobre 2025",
        f"plus de 1{NNBSP}200 exposants",
        "Environ 310 new products launched",
        f"235{NNBSP}000 visites, au 17 octobre 2025 à 16{NBSP}h",
        f"près de 2,35{NBSP}milliards{NBSP}de{NBSP}dollars (près de 16,9{NBSP}milliards{NBSP}de{NBSP}yuans)",
        f"environ 1,1{NBSP}milliard{NBSP}de{NBSP}dollars",
    ],
    "en_GB": [
        "14–17 October 2025",
        "more than 1,200",
        "About 310 new products launched",
        "as of 4 pm on 17 October 2025",  # after '235,000' in the table, after its noun in the deck
        f"nearly US$2.35{NBSP}billion (nearly RMB{NBSP}16.9{NBSP}billion)",  # a symbol: tight
        f"about US$1.1{NBSP}billion",
    ],
}
BOTH["pl_PL"] = [
    "14–17 października 2025",
    "ponad 1200 wystawców",  # CLDR's Polish groups no four-digit number
    "około 310 new products launched",  # the file's unit after its number, as the file writes it
    "235 000 wizyt, stan na 17 października 2025, godz. 16:00",
    f"prawie 2,35{NBSP}mld{NBSP}USD (prawie 16,9{NBSP}mld{NBSP}CNY)",  # the press's words, a code
    f"około 1,1{NBSP}mld{NBSP}USD",
]
BOTH["sv_SE"] = [
    "14–17 oktober 2025",
    f"drygt 1{NBSP}200 utställare",
    "Cirka 310 new products launched",
    f"235{NBSP}000 besök, per den 17 oktober 2025 kl. 16.00",
    f"nästan 2,35{NBSP}miljarder{NBSP}dollar (nästan 16,9{NBSP}miljarder{NBSP}yuan)",
    f"cirka 1,1{NBSP}miljarder{NBSP}dollar",
]
# Danish and Norwegian: the amount before its currency ('knap 2,35 milliarder dollar', review JJ)
BOTH["da_DK"] = [
    "14.–17. oktober 2025",
    "mere end 1.200 udstillere",
    "Omkring 310 new products launched",
    "235.000 besøg, pr. 17. oktober 2025 kl. 16.00",
    "knap 2,35 milliarder dollar (knap 16,9 milliarder yuan)",
]
BOTH["nb_NO"] = [
    "14.–17. oktober 2025",
    "over 1 200 utstillere",
    "Omkring 310 new products launched",
    "235 000 besøk, per 17. oktober 2025 kl. 16.00",
    "nesten 2,35 milliarder dollar (nesten 16,9 milliarder yuan)",
]
# Turkish: 'more than' after the number with the ending it takes as spoken ('1.200’den fazla': bin),
# the amount before its currency (review LL)
BOTH["tr_TR"] = [
    "14–17 Ekim 2025",
    "1.200’den fazla firma",
    "Yaklaşık 310 new products launched",
    "235.000 ziyaret, 17 Ekim 2025 saat 16.00 itibarıyla",
    "neredeyse 2,35 milyar dolar (neredeyse 16,9 milyar yuan)",
]
#: The deck's tiles (qualifier, amount, unit: a Japanese qualifier follows the unit). (The
#: exhibitors' two-part breakdown is a sentence, not a donut: two values are never a chart.)
DECK = {
    # the currency's word closed up to the number, as the press writes it, and a qualifier after
    # it on the number's line too, as a count's is (review DD)
    "zh_CN": ["超过\n1,200家\nExhibitors", "近\n23.5亿美元\n"],
    "ja_JP": ["\n1,200社以上\nExhibitors", "\n23億5000万ドル近く\n"],
    "de_DE": ["mehr als\n1.200\nAussteller\nExhibitors"],
    "fr_FR": [f"plus de\n1{NNBSP}200\nexposants\nExhibitors"],
    "pl_PL": ["ponad\n1200\nwystawców\nExhibitors", f"prawie\n2,35{NBSP}mld{NBSP}USD\n"],
    "sv_SE": [f"drygt\n1{NBSP}200\nutställare\nExhibitors", f"nästan\n2,35{NBSP}miljarder\ndollar\n"],
    "da_DK": ["mere end\n1.200\nudstillere\nExhibitors", f"knap\n2,35{NBSP}milliarder\ndollar\n"],
    "nb_NO": [f"over\n1{NBSP}200\nutstillere\nExhibitors", f"nesten\n2,35{NBSP}milliarder\ndollar\n"],
    "tr_TR": [f"1.200’den{NBSP}fazla\nfirma\nExhibitors", f"neredeyse\n2,35{NBSP}milyar\ndolar\n"],
    "en_GB": [
        "more than\n1,200\nExhibitors",
        "235,000\nVisits over four days, as of\u00a04\u00a0pm on 17\u00a0October\u00a02025",  # tied
    ],
}
#: The intended deals' amount as printed, which must read back to the exact value.
DEALS = {
    "zh_CN": "23.5亿",
    "ja_JP": "23億5000万",
    "de_DE": f"2,35{NBSP}Milliarden",
    "fr_FR": f"2,35{NBSP}milliards",
}
DEALS["en_GB"] = f"2.35{NBSP}billion"
DEALS["pl_PL"] = f"2,35{NBSP}mld"
DEALS["sv_SE"] = f"2,35{NBSP}miljarder"
DEALS["da_DK"] = DEALS["nb_NO"] = f"2,35{NBSP}milliarder"
DEALS["tr_TR"] = f"2,35{NBSP}milyar"


def event_in(locale: str, folder: Path) -> Path:
    text = SAMPLE.read_text(encoding="utf-8")
    assert "  locale: en_GB\n" in text and "unit: exhibitors" in text and "unit: visits" in text
    text = text.replace("  locale: en_GB\n", f"  locale: {locale}\n", 1)
    if locale != "en_GB":
        labels = "  currency_labels:\n    USD: US$\n    CNY: RMB\n"
        assert labels in text
        text = text.replace(labels, "")
    exhibitors, visits = UNITS[locale]
    text = text.replace("unit: exhibitors", f"unit: {exhibitors}").replace("unit: visits", f"unit: {visits}")
    path = folder / f"harbourside-{locale}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("locale", list(BOTH))
def test_one_event_in_five_languages(locale: str, tmp_path: Path) -> None:
    result = build(event_in(locale, tmp_path), Settings.simple(tmp_path / "out", TEMPLATES))
    briefing = docx_reading(next(f for f in result.files if f.name.endswith("-briefing.docx")))
    deck = "\n".join(pptx_slide_texts(next(f for f in result.files if f.name.endswith("-deck.pptx"))))
    # a figure that is a tile is printed there only (no bullet repeats it on its section's slide),
    # its qualifier, amount and label on lines of their own: read as one line
    tiles_flat = deck.replace("\n", " ").replace(NBSP, " ")
    # the exhibitors' amount is the band's (a breakdown bullet gives the parts alone), where
    # no-break spaces join qualifier, number and unit
    band = briefing.replace(NBSP, " ")
    deck_file = next(f for f in result.files if f.name.endswith("-deck.pptx"))
    noted = seen("\n".join(pptx_notes(deck_file))).replace(NBSP, " ")
    for phrase in map(seen, BOTH[locale]):  # as written, or leading a sentence ('More than 1,200 exhibitors')
        said = (phrase, phrase[:1].upper() + phrase[1:])
        assert any(p in band for p in said), (locale, phrase)
        # or, with its conversion, in the notes where its tile had no room for that (tile_room.py)
        assert any(p in seen(deck) or on_a_tile(p, tiles_flat) or p in noted for p in said), (locale, phrase)
    for phrase in DECK[locale]:
        assert phrase in deck, (locale, phrase)
    assert DEALS[locale] in briefing and DEALS[locale] in deck
    assert read_back(DEALS[locale].replace(NBSP, " "), locale) == Decimal(2_350_000_000)
    if locale != "en_GB":  # no English qualifier or 'as of' is left in a line that holds a figure
        lines = (briefing + "\n" + deck).splitlines()
        quoted = ("took part", "Intended deals reached")  # the source's own words, kept as it wrote them
        figures = [x for x in lines if any(c.isdigit() for c in x) and not any(q in x for q in quoted)]
        for english in ("more than", "nearly", "about", "as of", " pm "):
            assert not [line for line in figures if english in line], (locale, english)
