"""Review Q (issue 19): equal parts of a breakdown said once, a tile that prints its unit and a
label repeating it, and 'Label: value' lines that `validate` warned of and `build` did not.

Each test builds an event and reads the documents a reader gets."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from reportgen.data import wording
from reportgen.data.prepare import prepare
from reportgen.data.wording import wording_warnings
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, docx_text, pptx_slide_texts, seen

REVIEWS = ROOT / "tests" / "data" / "review_events"


def _built(source: Path, out: Path) -> tuple[str, list[str], list[str]]:
    result = build(source, Settings.simple(out, TEMPLATES))
    docx = next(f for f in result.files if f.name.endswith("-briefing.docx"))
    pptx = next(f for f in result.files if f.name.endswith("-deck.pptx"))
    return seen(docx_text(docx)), [seen(t) for t in pptx_slide_texts(pptx)], result.warnings


def _with(source: Path, folder: Path, change) -> Path:  # type: ignore[no-untyped-def]
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    change(data)
    path = folder / source.name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


# -- 1. equal parts ----------------------------------------------------------------------------------


def test_four_equal_prizes_print_their_amount_once_in_spanish(tmp_path: Path) -> None:
    briefing, _, warnings = _built(REVIEWS / "demo-day-es-mx.yaml", tmp_path)
    line = next(p for p in briefing.splitlines() if p.startswith("La bolsa total de premios"))
    assert line.count("375,000") == 1, line
    assert "375,000 pesos cada uno (Impacto social, Mejor empresa fundada por mujeres, " in line
    assert "Innovación tecnológica y Premio del público)" in line
    assert "1 millón de pesos (Gran premio)" in line  # the unequal part as before
    assert warnings == []


def _prizes(data: dict, lang_words: dict[str, str]) -> None:
    figures = data["sections"]["premios"]["figures"]["bolsa"]["breakdown"]
    for key, label in lang_words.items():
        figures[key]["label"] = label


def test_equal_parts_are_said_once_in_other_languages(tmp_path: Path) -> None:
    """The same event in English, German and Japanese words: 'each', 'je', 'それぞれ'."""
    cases = {
        "en_US": "375,000 each (",
        "de_DE": "und je ",
        "ja_JP": "がそれぞれ",
    }
    for locale, said in cases.items():
        folder = tmp_path / locale
        folder.mkdir()

        def change(data: dict, locale: str = locale) -> None:
            data["formatting"]["locale"] = locale

        briefing, _, _ = _built(_with(REVIEWS / "demo-day-es-mx.yaml", folder, change), folder / "out")
        amounts = re.findall(r"375[.,]000|37万5000|37\.5万", briefing)
        assert len(amounts) == 1, (locale, amounts)
        assert said in briefing, (locale, briefing)


# -- 2. a tile's unit and label ----------------------------------------------------------------------


def test_a_polish_tile_prints_the_unit_or_the_label_not_both(tmp_path: Path) -> None:
    _, slides, warnings = _built(REVIEWS / "targi-meblowe-nadarzyn-pl.yaml", tmp_path)
    glance = next(s for s in slides if "w skrócie" in s)
    assert "wystawców" not in glance.split("Wystawcy")[0].split("\n")[-3:], glance
    assert not re.search(r"1240\s*\n\s*wystawców", glance), glance
    assert not re.search(r"3800\s*\n\s*kupców zagranicznych", glance), glance
    assert "Wystawcy" in glance and "Kupcy zagraniczni" in glance
    text = "\n".join(slides)
    assert "Odwiedzający branżowi:" not in text  # a sentence: 'Prawie 27 500 odwiedzających branżowych'
    assert "Prawie 27 500 odwiedzających branżowych" in text
    assert warnings == []


def test_a_spanish_tile_whose_label_is_its_unit_in_another_gender_prints_one(tmp_path: Path) -> None:
    _, slides, _ = _built(ROOT / "tests" / "events" / "languages" / "feria-agro-es.yaml", tmp_path)
    glance = "\n".join(slides)
    assert not re.search(r"1450\s*\n\s*expositores\s*\n\s*Empresas expositoras", glance), glance


# -- 3. 'Label: value', one rule for validate and build ----------------------------------------------


def test_validate_warns_only_of_label_value_lines_the_documents_print(tmp_path: Path) -> None:
    """city-marathon's 'Starters: 41,250 runners' is a tile, never a line: validate warned of it."""
    prepared = prepare(ROOT / "tests" / "events" / "city-marathon.yaml")
    assert not [w for w in wording_warnings(prepared) if "a label and a value" in w]
    briefing, slides, _ = _built(ROOT / "tests" / "events" / "city-marathon.yaml", tmp_path)
    assert "Starters: 41,250" not in briefing + "\n".join(slides)


def test_build_warns_of_a_label_value_line_as_validate_does(tmp_path: Path) -> None:
    source = ROOT / "tests" / "events" / "languages" / "beurs-nl.yaml"

    def change(data: dict) -> None:
        data["sections"]["beurs"]["figures"]["oppervlakte"].pop("sentence", None)  # 'Beursvloer: …'

    path = _with(source, tmp_path, change)
    briefing, slides, warnings = _built(path, tmp_path / "out")
    assert "Beursvloer: 42.000 m²" in briefing + "\n".join(slides)
    said = [w for w in warnings if "a label and a value" in w]
    assert len(said) == 2, warnings  # the briefing's line and the deck's, each named where it stands
    prepared = prepare(path)
    validated = [w for w in wording_warnings(prepared) if "a label and a value" in w]
    assert len(validated) == 1 and all(w.endswith(validated[0]) for w in said)  # the same words
    lines = wording.label_value_lines(prepared.derived, prepared.formatter.punct.pair)
    assert list(lines) == ["beurs.oppervlakte"]


def test_forms_of_one_word_are_found_conservatively() -> None:
    """The table's endings find a word's forms, and not a word that only starts alike."""
    from reportgen.data.inflection import names_unit

    assert names_unit("Wystawcy", "wystawców", "pl_PL")
    assert names_unit("Uczestnicy", "uczestników", "pl_PL")  # k and c alternate
    assert names_unit("Goście", "gości", "pl_PL")
    assert names_unit("Empresas expositoras", "expositores", "es_ES")
    assert not names_unit("Wystawa", "wystawców", "pl_PL")  # an exhibition is no exhibitor
    assert not names_unit("Powierzchnia", "m²", "pl_PL")
    assert not names_unit("Maisons d’édition exposantes", "éditeurs", "fr_FR")  # not in the table
    assert not names_unit("Visitantes", "visitas", "es_ES")
