"""A text's language, read once and carried through (review FF, the nl water summit).

1. The check and the printer read a person's title alike: "Minister of Water Resources of
   Bangladesh" in a Dutch file is English to `validate` (file, line, field, what to write) and
   printed as written, never "minister of Water Resources …".
2. A text's known language reaches the files: a quote's `language: en` and a title printed as
   written say en-GB/en-US in their runs (a:rPr lang in the deck and its notes, w:lang in the
   briefing); the rest of the document keeps nl-NL.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from docx import Document
from lxml import etree
from pptx import Presentation

from reportgen.data import translations
from reportgen.data.load import load_event
from reportgen.data.quote_languages import role_language
from reportgen.data.sentences import small_titles
from reportgen.office.text_languages import tag_word_runs
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import TEMPLATES, docx_text, pptx_notes, pptx_slide_texts

TITLE = "Minister of Water Resources of Bangladesh"
QUOTE = (
    "For Bangladesh, adaptation is not a policy choice. It is survival, and today we did not come "
    "here to ask for charity but for partnership."
)
EVENT = f"""\
event:
  name: Internationale Watertop Rotterdam 2026
  short_name: Watertop 2026
  kind: top
  year: 2026
  summary: Twee dagen lang spraken ministers en waterbeheerders in Rotterdam over kustgebieden.
  city: Rotterdam
  country: Nederland
  start_date: 2026-10-08
  closing_date: 2026-10-09
formatting:
  locale: nl_NL
sources:
  persbericht:
    title: Watertop Rotterdam sluit af met Deltapact
    publisher: Gemeente Rotterdam
    published: 2026-10-09 18:30
sections:
  deelname:
    title: Deelname
    summary: Delegaties uit alle continenten namen deel aan de top.
    figures:
      landen:
        label: Deelnemende landen
        value: 63
        unit: landen
        key: true
        headline: true
  toezeggingen:
    title: Toezeggingen
    summary: De ondertekenaars zeggen toe om binnen drie jaar een klimaatadaptatieplan op te stellen.
    people:
      - name: Nasrin Rahman Chowdhury
        titles: [{TITLE}]
        role: sprak namens de delta's van Azië
        quote:
          source: persbericht
          language: en
          text: {QUOTE}
      - name: Marieke van den Berg
        titles: [minister van Infrastructuur en Waterstaat]
        role: opende en sloot de top
        quote:
          source: persbericht
          text: Het water trekt zich niets aan van landsgrenzen. Daarom moeten wij dat ook niet doen.
"""


@pytest.fixture(scope="module")
def watertop(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    folder = tmp_path_factory.mktemp("watertop")
    event = folder / "watertop.yaml"
    event.write_text(EVENT, encoding="utf-8")
    result = build(event, Settings.simple(folder / "out", TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    briefing = next(f for f in result.files if f.suffix == ".docx")
    return event, deck, briefing


@pytest.mark.parametrize(
    ("title", "edition", "told"),
    [
        (TITLE, "nl", "en"),
        ("Head of Sales", "sv", "en"),
        ("Director of Communications", "de", "en"),
        ("minister van Infrastructuur en Waterstaat", "nl", ""),
        ("Directeur de la Communication", "nl", ""),  # 'de' is Dutch as well: no reading
        ("Dyrektor Generalny", "pl", ""),
        ("Präsident des Fachverbands Wasser", "de", ""),  # 'des' is French and German
        ("sottosegretaria al Ministero dell'Agricoltura", "it", ""),
        (TITLE, "en", ""),
    ],
)
def test_a_title_reads_as_its_connecting_words_language(title: str, edition: str, told: str) -> None:
    assert role_language(title, edition) == told


def test_the_printer_leaves_a_title_of_another_language_as_written() -> None:
    assert small_titles((TITLE,), "nl_NL", frozenset({"minister"})) == (TITLE,)
    assert small_titles(("Minister van Financiën",), "nl_NL", frozenset({"minister"})) == (
        "minister van Financiën",
    )


def test_validate_names_the_english_title_and_what_to_write(watertop: tuple[Path, Path, Path]) -> None:
    event = watertop[0]
    warnings = translations.foreign_warnings(load_event(event)._translations, "nl_NL")
    line = EVENT.splitlines().index(f"        titles: [{TITLE}]") + 1
    assert [w.removeprefix(str(event)).split(": ", 1) for w in warnings] == [
        [
            f":{line}:18",
            "sections.toezeggingen.people[0].titles[0]: the nl_NL documents print this text, which "
            "reads as 'en', not 'nl'; give it as {en: \"…\", nl: \"…\"}",
        ]
    ]


def test_the_title_is_printed_as_written_in_both_documents(watertop: tuple[Path, Path, Path]) -> None:
    _, deck, briefing = watertop
    said = "\n".join([*pptx_slide_texts(deck), *pptx_notes(deck), docx_text(briefing)])
    assert TITLE in said
    assert "minister of Water" not in said
    assert "minister van Infrastructuur en Waterstaat" in said  # a Dutch title keeps its small letter


def _tagged(root: etree._Element, run: str, text: str, lang: str) -> tuple[list[str], list[str]]:
    """The texts of runs tagged `lang` and of the others, in one XML part."""
    tagged, other = [], []
    for element in root.iter(run):
        words = "".join(t.text or "" for t in element.iter(text))
        (tagged if lang(element) else other).append(words)
    return tagged, other


def test_the_deck_says_the_quote_and_title_are_english(watertop: tuple[Path, Path, Path]) -> None:
    deck = watertop[1]
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    english: list[str] = []
    dutch: list[str] = []
    prs = Presentation(str(deck))
    trees = [s.shapes._spTree for s in prs.slides] + [s.notes_slide.shapes._spTree for s in prs.slides]

    def lang(run: etree._Element) -> bool:
        properties = run.find(f"{a}rPr")
        return properties is not None and properties.get("lang", "").startswith("en-")

    for tree in trees:
        tagged, other = _tagged(tree, f"{a}r", f"{a}t", lang)
        english += tagged
        dutch += other
    joined = "".join(english)
    assert "adaptation is not a policy choice" in joined
    assert TITLE in english
    assert not any("Deelname" in text or "sprak namens" in text for text in english)
    assert any("sprak namens" in text for text in dutch)


def test_the_briefing_says_the_quote_and_title_are_english(watertop: tuple[Path, Path, Path]) -> None:
    briefing = watertop[2]
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

    def lang(run: etree._Element) -> bool:
        found = run.find(f"{w}rPr/{w}lang")
        return found is not None and found.get(f"{w}val", "").startswith("en-")

    english, dutch = _tagged(Document(str(briefing)).element.body, f"{w}r", f"{w}t", lang)
    assert "adaptation is not a policy choice" in "".join(english)
    assert TITLE in english
    assert any("sprak namens" in text for text in dutch)
    assert 'w:val="nl-NL"' in zipfile.ZipFile(briefing).read("word/styles.xml").decode()


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _paragraph(text: str) -> etree._Element:
    return etree.fromstring(f'<w:p xmlns:w="{_W}"><w:r><w:rPr><w:b/></w:rPr><w:t>{text}</w:t></w:r></w:p>')


def test_a_run_holding_a_text_among_other_words_is_split_and_its_part_tagged() -> None:
    paragraph = _paragraph(f"Nasrin Rahman Chowdhury, {TITLE}, sprak namens de delta’s van Azië.")
    assert tag_word_runs([paragraph], [(TITLE, "en-US")]) == 1
    runs = [
        ("".join(run.itertext()), run.find(f"{{{_W}}}rPr/{{{_W}}}lang"), run.find(f"{{{_W}}}rPr/{{{_W}}}b"))
        for run in paragraph
    ]
    assert [text for text, _, _ in runs] == [
        "Nasrin Rahman Chowdhury, ",
        TITLE,
        ", sprak namens de delta’s van Azië.",
    ]
    assert [lang is not None and lang.get(f"{{{_W}}}val") for _, lang, _ in runs] == [False, "en-US", False]
    assert all(bold is not None for _, _, bold in runs)  # each part keeps the run's properties


def test_a_chinese_quote_in_a_latin_document_says_its_east_asian_language() -> None:
    quote = "杭州将继续打造全球跨境电商创新高地。"
    paragraph = _paragraph(f"“{quote}”")
    assert tag_word_runs([paragraph], [(quote, "zh-CN")]) == 1
    lang = paragraph.find(f".//{{{_W}}}lang")
    assert lang.get(f"{{{_W}}}eastAsia") == "zh-CN" and lang.get(f"{{{_W}}}val") is None


def test_a_short_run_any_language_could_write_keeps_the_documents_language() -> None:
    paragraph = _paragraph("For")
    assert tag_word_runs([paragraph], [(QUOTE, "en-US")]) == 0


def test_a_text_is_found_as_whole_words_only() -> None:
    paragraph = _paragraph("Multimedia en Media Lab")
    assert tag_word_runs([paragraph], [("Media Lab", "en-US")]) == 1
    assert ["".join(run.itertext()) for run in paragraph] == ["Multimedia en ", "Media Lab"]
    assert tag_word_runs([_paragraph("Multimedia")], [("media", "en-US")]) == 0


def test_a_quotes_closing_stop_is_tagged_with_it_and_its_marks_are_not() -> None:
    paragraph = _paragraph(f"« {QUOTE} » — Nasrin Rahman Chowdhury")
    assert tag_word_runs([paragraph], [(QUOTE, "en-US")]) == 1
    assert ["".join(run.itertext()) for run in paragraph] == ["« ", QUOTE, " » — Nasrin Rahman Chowdhury"]
