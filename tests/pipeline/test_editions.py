"""One event file, five editions (issue 20 items 5 and 6): the Harbourside sample written once, its
printed words translated in place (`{en: …, zh: …}`), built with `formatting.languages` into a
briefing and a deck per language. Every qualifier, date, 'as of' time and currency reads as each
language writes it (the hand-written phrases of test_languages.py), the translated headings and
labels are each language's, no English template word is left in the other four, and each edition's
amounts read back to the one value the file states.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from reportgen.pipeline.pipeline import BuildResult, build
from reportgen.project.settings import Settings

from ..conftest import TEMPLATES, docx_reading, on_a_tile, pptx_notes, pptx_slide_texts, seen
from ..data.test_exact_numbers import read_back
from .test_catalogues import HEADINGS, english_words, texts, without_data
from .test_languages import BOTH, DEALS, DECK, NBSP, SAMPLE, UNITS

LANGUAGES = ["en_GB", "zh_CN", "de_DE", "fr_FR", "ja_JP"]
#: The Exhibition section's title and its first figure's label, as each language's editor wrote them.
TITLES = {
    "en_GB": ("Exhibition", "Exhibitors"),
    "zh_CN": ("展览", "参展商"),
    "de_DE": ("Ausstellung", "Ausstellende Firmen"),
    "fr_FR": ("Exposition", "Entreprises exposantes"),
    "ja_JP": ("展示", "出展者"),
}


def _mapping(texts: dict[str, str]) -> str:
    return "{" + ", ".join(f"{lang.split('_')[0]}: {text}" for lang, text in texts.items()) + "}"


def one_file(folder: Path) -> Path:
    """The Harbourside sample as one file of five languages."""
    text = SAMPLE.read_text(encoding="utf-8")
    labels = "  locale: en_GB\n  currency_labels:\n    USD: US$\n    CNY: RMB\n"
    assert labels in text  # each language names the currencies itself
    text = text.replace(labels, f"  languages: [{', '.join(LANGUAGES)}]\n", 1)
    for index, unit in enumerate(("exhibitors", "visits")):
        units = {lang: UNITS[lang][index] for lang in LANGUAGES}
        assert f"unit: {unit}" in text
        text = text.replace(f"unit: {unit}", f"unit: {_mapping(units)}")
    for index, english in enumerate(TITLES["en_GB"]):
        words = {lang: TITLES[lang][index] for lang in LANGUAGES}
        field = "title" if index == 0 else "label"
        assert f"    {field}: {english}\n" in text
        text = text.replace(f"    {field}: {english}\n", f"    {field}: {_mapping(words)}\n", 1)
    path = folder / "harbourside.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def editions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildResult]:
    folder = tmp_path_factory.mktemp("five")
    source = one_file(folder)
    return source, build(source, Settings.simple(folder / "out", TEMPLATES))


def documents(result: BuildResult, language: str) -> tuple[Path, Path]:
    named = {f.name: f for f in result.files}
    return (
        named[f"harbourside-expo-2025-briefing.{language}.docx"],
        named[f"harbourside-expo-2025-deck.{language}.pptx"],
    )


def test_one_file_builds_one_briefing_and_one_deck_per_language(editions: tuple[Path, BuildResult]) -> None:
    _, result = editions
    names = sorted(f.name for f in result.files if not f.name.endswith(".png"))
    assert names == sorted(
        f"harbourside-expo-2025-{what}.{lang}.{ext}"
        for lang in LANGUAGES
        for what, ext in (("briefing", "docx"), ("deck", "pptx"))
    )
    charts = [f.name for f in result.files if f.name.endswith(".png")]
    # two charts drawn a language ('exhibitors', of two parts, is printed as a sentence: no picture)
    assert len(charts) == 2 * len(LANGUAGES) and "harbourside-expo-2025-chart-deals.de_DE.png" in charts
    assert not [c for c in charts if "chart-exhibitors" in c]
    assert not [w for w in result.warnings if "translation" in w]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_edition_states_every_fact_in_its_language(
    language: str, editions: tuple[Path, BuildResult]
) -> None:
    _, result = editions
    briefing_file, deck_file = documents(result, language)
    briefing = docx_reading(briefing_file)
    deck = "\n".join(pptx_slide_texts(deck_file))
    # a figure that is a tile is printed there only (no bullet repeats it on its section's slide),
    # its qualifier, amount and label on lines of their own: read as one line
    tiles_flat = seen(deck.replace("\n", " "))  # ties are tests/data/test_no_break.py's
    expected = BOTH[language]
    if language == "en_GB":  # no currency labels in this file: English names the currencies itself
        expected = [p.replace("US$", "USD\u00a0").replace("RMB", "CNY") for p in expected]  # a code: spaced
    # the exhibitors' amount is the band's (a breakdown bullet gives the parts alone), where
    # no-break spaces join qualifier, number and unit
    band = briefing.replace(NBSP, " ")
    noted = seen("\n".join(pptx_notes(deck_file))).replace(NBSP, " ")
    for phrase in map(seen, expected):  # as written, or leading a sentence ('More than 1,200 exhibitors')
        said = (phrase, phrase[:1].upper() + phrase[1:])
        assert any(p in band for p in said), (language, phrase)
        # or, with its conversion, in the notes where its tile had no room for that (tile_room.py)
        on_deck = (p in seen(deck) or on_a_tile(p, tiles_flat) or p in noted for p in said)
        assert any(on_deck), (language, phrase)
    section, label = TITLES[language]
    assert section in briefing and label in briefing, language
    tiles = [t.replace("Exhibitors", label) for t in DECK[language]]
    for phrase in tiles:
        assert phrase in deck, (language, phrase)
    assert DEALS[language] in briefing and DEALS[language] in deck
    assert read_back(DEALS[language].replace(NBSP, " "), language) == Decimal(2_350_000_000)
    for other in LANGUAGES[1:]:  # no other language's label crept in (English is in the summaries)
        if other != language:
            assert not re.search(rf"(?<!\w){re.escape(TITLES[other][1])}(?!\w)", briefing), (language, other)


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en_GB"])
def test_no_english_template_word_is_left_in_another_edition(
    language: str, editions: tuple[Path, BuildResult]
) -> None:
    source, result = editions
    document = "\n".join(texts(*documents(result, language)))
    for heading in HEADINGS[language]:
        assert heading in document, (language, heading)
    left = without_data(document, source, language)
    found = {w for w in english_words(language) if re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", left)}
    assert not found, (language, found)


def test_validate_lists_each_missing_translation_and_strict_fails_on_them(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from reportgen.cli import main

    source = one_file(tmp_path)
    text = source.read_text(encoding="utf-8").replace(", ja: 展示}", "}", 1)
    source.write_text(text.replace("ja_JP]", "ja_JP, it_IT]"), encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "title: {en: Exhibition" in row)
    result = CliRunner().invoke(main, ["validate", str(source)])
    assert result.exit_code == 0, result.output
    warned = [
        row.removeprefix("warning: ") for row in result.output.splitlines() if row.startswith("warning:")
    ]
    said = [w for w in warned if " translation " in w]  # not the wording warnings (data/wording.py)
    assert said[0] == (
        f"{source}:{line}:12: sections.exhibition.title: no ja_JP translation (it has en, zh, de, fr); "
        "the ja_JP documents print the en text"
    )
    assert len([w for w in said if "no it_IT translation" in w]) == 6  # every translated field
    assert len(said) == 7
    strict = CliRunner().invoke(main, ["validate", "--strict", str(source)])
    assert strict.exit_code == 6 and f"--strict: {len(warned)} warnings" in strict.output


def test_the_project_files_languages_choose_the_editions(tmp_path: Path) -> None:
    from reportgen.data.prepare import planned_outputs
    from reportgen.data.project import Project, ProjectConfig

    source = one_file(tmp_path)
    only_german = Project(ProjectConfig(languages=["de_DE"]), tmp_path)
    assert {n for n in planned_outputs(source, only_german) if not n.endswith(".png")} == {
        "harbourside-expo-2025-briefing.docx",  # one language: the names of one edition
        "harbourside-expo-2025-deck.pptx",
    }
    two = Project(ProjectConfig(languages=["fr_FR", "zh_CN"]), tmp_path)
    assert {n for n in planned_outputs(source, two, pdf=True) if n.endswith(".pdf")} == {
        "harbourside-expo-2025-briefing.fr_FR.pdf",
        "harbourside-expo-2025-deck.fr_FR.pdf",
        "harbourside-expo-2025-briefing.zh_CN.pdf",
        "harbourside-expo-2025-deck.zh_CN.pdf",
    }
