"""No invisible character a reader would copy along with a number (review W).

A word joiner (U+2060) goes with a Chinese or Japanese number only where LibreOffice reads it:
beside a digit ('4\u2060万\u20601200\u2060件以上'). Between two of the characters after it it
breaks the line at a joiner as it would without one and sets no space either way (measured in its
PDFs), so that one was only a character copied with the number ('…1200\u2060件\u2060以\u2060上').
A quotation's qualifier that may part from its number is followed by a plain space, not a zero
width space ('More than 4.12 lakh'), and a band's by a line break. The document check warns of any
invisible format character inside a number, so neither comes back."""

from __future__ import annotations

import re
import zipfile
from itertools import pairwise
from pathlib import Path

import pytest

from reportgen.office.broken_numbers import _text_problems

from ..conftest import ROOT
from ..pipeline.test_catalogues import built

REVIEWS = ROOT / "tests" / "data" / "review_events"
WJ = "\u2060"
ZWSP = "\u200b"
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


def _texts(*files: Path) -> list[str]:
    """Every text run of the documents' XML parts (slides, notes, body, headers, charts)."""
    texts = []
    for file in files:
        with zipfile.ZipFile(file) as package:
            for name in package.namelist():
                if name.endswith(".xml"):
                    texts += re.findall(r"<[aw]:t(?: [^>]*)?>([^<]*)<", package.read(name).decode())
    return texts


@pytest.mark.parametrize("event", ["shokuhin-tenjikai-ja-jp", "robocon-ja-jp", "zhihui-jixie-zhan-zh-tw"])
def test_a_joiner_stands_only_beside_a_digit(event: str, tmp_path: Path) -> None:
    texts = _texts(*built(REVIEWS / f"{event}.yaml", tmp_path / "out"))
    idle = [t for t in texts if re.search(rf"[{_CJK}]{WJ}[{_CJK}]", t)]
    assert not idle, idle[:5]
    assert any(re.search(rf"\d{WJ}[{_CJK}]", t) for t in texts)  # numbers are still tied to their counters


def test_the_japanese_number_review_w_found_carries_three_joiners(tmp_path: Path) -> None:
    """In the briefing, where Writer keeps the number whole by them; the deck prints none, its lines
    ended before the number instead, so that a search finds '4万1200件以上' (review PP)."""
    briefing, deck = built(REVIEWS / "shokuhin-tenjikai-ja-jp.yaml", tmp_path / "out")
    printed = [t for t in _texts(briefing) if "4万1200件以上" in t.replace(WJ, "")]
    assert printed and all(f"4{WJ}万{WJ}1200{WJ}件以上" in t for t in printed), printed
    slides = [t for t in _texts(deck) if "4万1200件以上" in t.replace(WJ, "")]
    assert slides and all("4万1200件以上" in t for t in slides), slides


def _paragraphs(*files: Path) -> list[str]:
    """Every paragraph's text (its runs joined, a line break as a newline), in every XML part."""
    found = []
    for file in files:
        with zipfile.ZipFile(file) as package:
            for name in package.namelist():
                if name.endswith(".xml"):
                    xml = package.read(name).decode()
                    for body in re.findall(r"<[aw]:p[ >](.*?)</[aw]:p>", xml, re.DOTALL):
                        body = re.sub(r"<([aw]):br/>", r"<\1:t>\n</\1:t>", body)
                        found.append("".join(re.findall(r"<[aw]:t(?: [^>]*)?>([^<]*)<", body)))
    return found


def test_a_quotations_freed_qualifier_is_followed_by_a_plain_space(tmp_path: Path) -> None:
    texts = _texts(*built(REVIEWS / "bengaluru-techexpo-en-in.yaml", tmp_path / "out"))
    quoted = [t for t in texts if "More\u00a0than" in t and "lakh" in t]
    assert quoted
    assert not [t for t in texts if ZWSP in t], [t for t in texts if ZWSP in t][:3]
    assert any("More\u00a0than 4.12\u00a0lakh" in t for t in quoted), quoted


def test_a_bands_freed_qualifier_stands_over_its_number_with_no_invisible_mark(tmp_path: Path) -> None:
    """'quase' over '4,7 bilhões' in a band cell too narrow for the whole even at its least size:
    a paragraph of its own, once a space and a zero width space ('quase \u200b4,7')."""
    event = ROOT / "tests" / "events" / "languages" / "agronegocio-pt-br.yaml"
    paragraphs = _paragraphs(*built(event, tmp_path / "out"))
    assert not [p for p in paragraphs if re.search(rf"{ZWSP}\d|\d{ZWSP}", p)]
    over = [b for a, b in pairwise(paragraphs) if a == "quase"]
    assert over and over[0].startswith("4,7"), [p for p in paragraphs if "4,7" in p]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        (f"来場者は4{WJ}万{WJ}1200{WJ}件{WJ}以{WJ}上でした", "ja_JP"),
        (f"出展者は超过{WJ}3,400{WJ}家{WJ}以{WJ}上", "zh_CN"),
        (f"“More than {ZWSP}4.12 lakh visitors walked through the halls over three days.”", "en_IN"),
        ("The hall held 12\u00ad500 seats.", "en_GB"),
        (f"Sales of 4.{ZWSP}5\u00a0million units.", "en_GB"),
    ],
)
def test_the_check_warns_of_an_invisible_character_inside_a_number(text: str, locale: str) -> None:
    warnings = _text_problems([text], "slide 1", locale)
    assert any("invisible" in w for w in warnings), warnings


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        (f"来場者は4{WJ}万{WJ}1200{WJ}件以上でした", "ja_JP"),
        (f"出展者は超过{WJ}3,400{WJ}家", "zh_CN"),
        (f"出展者は1420{WJ}社、3150{WJ}小間に", "ja_JP"),
        ("“More\u00a0than 4.12\u00a0lakh visitors walked through the halls over three days.”", "en_IN"),
        ("Wärmepumpen-\u200bförderbeitrag von 12\u00a0Millionen\u00a0Euro", "de_DE"),
        # a tie the fit freed: a plain space after the number's scale word (or its digits)
        ("Impacto económico (alrededor\u00a0de\u00a0290\u00a0millones de\u00a0dólares)", "es_CO"),
        ("Montant (environ\u00a058,7\u00a0millions de dollars\u00a0canadiens)", "fr_FR"),
        ("Monto total de los premios (alrededor\u00a0de\u00a078.000 dólares)", "es_MX"),
        ("rund\u00a01,2\u00a0Milliarden Euro", "de_CH"),
    ],
)
def test_the_check_is_quiet_where_a_number_carries_only_the_ties_it_needs(text: str, locale: str) -> None:
    assert _text_problems([text], "slide 1", locale) == []


def test_the_briefing_check_names_the_paragraph_whose_number_carries_one(tmp_path: Path) -> None:
    """Planted in a document as a user's template might carry them: the check reads the paragraph
    whole, across its runs ('quase ' and a zero width space in one, the amount in the next)."""
    from docx import Document

    from reportgen.office.quality import check_briefing

    document = Document()
    document.add_heading("Resultados", level=1)
    paragraph = document.add_paragraph()
    paragraph.add_run("A feira gerou quase \u200b")
    paragraph.add_run("R$\u00a04,7\u00a0bilhões em negócios.")
    document.add_paragraph(f"来場者は4{WJ}万{WJ}1200{WJ}件{WJ}以{WJ}上でした。")
    document.add_paragraph(f"出展者は1420{WJ}社、来場者は約{WJ}8,300{WJ}人でした。")  # all read
    path = tmp_path / "x-briefing.docx"
    document.save(str(path))
    found = [w for w in check_briefing(path, "x-briefing.docx", locale="ja_JP") if "invisible" in w]
    assert len(found) == 2, found
    assert "paragraph 2" in found[0] and "'quase R$ 4,7" in found[0] and "U+200B" in found[0]
    assert "paragraph 3" in found[1] and "4万1200件以上" in found[1] and "U+2060" in found[1]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        (f"Impacto económico (alrededor\u00a0de\u00a0290\u00a0millones {ZWSP}de\u00a0dólares)", "es_CO"),
        (f"Ausstellungsfläche: rund\u00a01,2\u00a0Milliarden {ZWSP}Euro", "de_CH"),
        (f"Guests {ZWSP}and partners", "en_ZA"),
    ],
)
def test_the_check_warns_of_a_zero_width_space_beside_a_space(text: str, locale: str) -> None:
    """A space is a break already: a zero width space beside it breaks nothing more and is only a
    character a reader copies ('290 millones \u200bde dólares', once the fit's mark of a freed tie)."""
    warnings = _text_problems([text], "slide 1", locale)
    assert any("invisible" in w and "U+200B" in w for w in warnings), warnings


@pytest.mark.parametrize(
    ("event", "amount"),
    [
        (REVIEWS / "filbo-es-co.yaml", "290\u00a0millones de\u00a0dólares"),
        (ROOT / "tests" / "events" / "buchmesse-de.yaml", "1,2\u00a0Milliarden Euro"),
    ],
)
def test_a_freed_currency_name_parts_at_a_plain_space(event: Path, amount: str, tmp_path: Path) -> None:
    """Where the fit frees a currency's words from the number and its scale word (the whole does
    not fit its tile or cell even at the least size), the break is the space itself: no zero width
    space is printed beside it (16 in the corpus once), and the only one left in any text is a
    broken word's, after its printed hyphen (office/hyphens.py LINE_HYPHEN)."""
    texts = _texts(*built(event, tmp_path / "out"))
    # or broken there by a line break where the band measured two lines (round 16, review FF)
    joined = "\n".join(texts).replace(" \n", " ")
    assert amount in joined, [t for t in texts if amount.split()[0][:4] in t]
    stray = [t for t in texts if re.search(rf"(?<![^\W\d_]-){ZWSP}", t)]
    assert not stray, stray[:3]
