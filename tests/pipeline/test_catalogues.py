"""The documents' own words from message catalogues (issue 20, item 1).

The default templates write each fixed word as `_("Key figures")`; the code marks its own (alt
text, 'Amounts in …'). Babel's tools keep reportgen/locale/reportgen.pot and one catalogue per
language (scripts/update_catalogues.py). These tests check the catalogues are complete and compiled,
that a build of the default templates in any language with a catalogue keeps no English template
word, that English documents read exactly as they did before the words became messages, and that a
template of one's own needs no catalogue.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from docx import Document
from pptx import Presentation

from reportgen.data.formatting import Formatter
from reportgen.data.messages import LOCALE_DIR, catalogue_name
from reportgen.data.punctuation import quoted
from reportgen.data.typography import marks, typographic
from reportgen.office.sandbox import make_environment
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, WAIC, docx_paragraphs, pptx_notes, pptx_slide_texts, seen
from .test_languages import SAMPLE, event_in

LANGUAGES = (
    "zh_CN",
    "zh_TW",
    "zh_HK",
    "de_DE",
    "fr_FR",
    "ja_JP",
    "es_ES",
    "it_IT",
    "pt_BR",
    "ko_KR",
    "nl_NL",
    "pl_PL",
    "sv_SE",
    "da_DK",
    "nb_NO",
    "tr_TR",
)
NAMED = re.compile(r"%\((\w+)\)s")


def catalogue(path: Path) -> dict[str, str]:
    with path.open("rb") as handle:
        read = read_mo(handle) if path.suffix == ".mo" else read_po(handle)
    assert not [m.id for m in read if m.id and m.fuzzy], f"{path}: fuzzy entries are guesses"
    return {m.id: m.string for m in read if m.id}


def po(language: str) -> Path:
    return LOCALE_DIR / catalogue_name(language) / "LC_MESSAGES" / "reportgen.po"


def texts(briefing: Path, deck: Path) -> list[str]:
    """Every text a reader meets: paragraphs, slides, notes, alt texts and document titles."""
    alts = re.findall(r'descr="([^"]*)"', zipfile.ZipFile(briefing).read("word/document.xml").decode())
    titles = [Document(str(briefing)).core_properties.title, Presentation(str(deck)).core_properties.title]
    return [*alts, *titles, *docx_paragraphs(briefing), *pptx_slide_texts(deck), *pptx_notes(deck)]


def built(source: Path, out: Path) -> tuple[Path, Path]:
    result = build(source, Settings.simple(out, TEMPLATES))
    return (
        next(f for f in result.files if f.name.endswith("-briefing.docx")),
        next(f for f in result.files if f.name.endswith("-deck.pptx")),
    )


# -- the catalogues ---------------------------------------------------------------------------------


def test_the_template_of_messages_holds_every_word_of_the_templates_and_the_code() -> None:
    with (ROOT / "babel.cfg").open(encoding="utf-8") as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    found = {message for *_, message, _, _ in extract_from_dir(str(ROOT), method_map, options_map)}
    with (LOCALE_DIR / "reportgen.pot").open("rb") as handle:
        pot = {m.id for m in read_po(handle) if m.id}
    assert found == pot, "run `python scripts/update_catalogues.py` and translate what it adds"
    assert {"Key figures", "Sources", "Closing briefing", "%(event)s at a glance", "Bar chart"} <= pot


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_catalogue_translates_every_word_and_is_compiled(language: str) -> None:
    with (LOCALE_DIR / "reportgen.pot").open("rb") as handle:
        pot = {m.id for m in read_po(handle) if m.id}
    words = catalogue(po(language))
    assert set(words) == pot
    assert not [k for k, v in words.items() if not v.strip()], "untranslated"
    for message, translated in words.items():  # the same named values, none lost or invented
        assert sorted(NAMED.findall(message)) == sorted(NAMED.findall(translated)), (language, message)
    assert catalogue(po(language).with_suffix(".mo")) == words, "run `python scripts/update_catalogues.py`"


# -- the documents --------------------------------------------------------------------------------

#: Each language's headings and fixed words, written by hand, found in its documents (the theme
#: has no label: it is a quoted line, as the deck sets it).
HEADINGS = {
    "zh_CN": [
        "闭幕简报",
        "Harbourside Expo 2025要点速览",
        "关键数据",
        "资料来源",
        "指标",
        "数值",
    ],
    # Taiwan's and Hong Kong's editors: traditional characters and Taiwan's words (數據, 簡報, 直條圖)
    "zh_TW": [
        "閉幕簡報",
        "Harbourside Expo 2025重點一覽",
        "關鍵數據",
        "資料來源",
        "項目",
        "數值",
    ],
    "zh_HK": ["閉幕簡報", "關鍵數據", "資料來源"],
    "de_DE": [
        "Abschlussbericht",
        "Harbourside Expo 2025 auf einen Blick",
        "Kennzahlen",
        "Quellen",
    ],
    "fr_FR": [
        "Bilan de clôture",
        "Harbourside Expo 2025 en un coup d’œil",
        "Chiffres clés",
        "Sources",
    ],
    "ja_JP": ["閉幕報告", "Harbourside Expo 2025 概要", "主要データ", "出典"],
    "es_ES": [
        "Informe de clausura",
        "Harbourside Expo 2025 de un vistazo",
        "Cifras clave",
        "Fuentes",
    ],
    "it_IT": ["Rapporto di chiusura", "Harbourside Expo 2025 in sintesi", "Numeri chiave", "Fonti"],
    "pt_BR": [
        "Balanço de encerramento",
        "Harbourside Expo 2025 em resumo",
        "Números-chave",
        "Fontes",
    ],
    "ko_KR": ["폐막 보고서", "한눈에 보는 Harbourside Expo 2025", "주요 수치", "출처"],
    "nl_NL": ["Slotrapport", "Harbourside Expo 2025 in het kort", "Kerncijfers", "Bronnen"],
    "pl_PL": ["Raport końcowy", "Harbourside Expo 2025 w skrócie", "Najważniejsze liczby", "Źródła"],
    "sv_SE": ["Slutrapport", "Harbourside Expo 2025 i korthet", "Nyckeltal", "Källor"],
    "da_DK": ["Slutrapport", "Harbourside Expo 2025 kort fortalt", "Nøgletal", "Kilder"],
    "nb_NO": ["Sluttrapport", "Harbourside Expo 2025 i korte trekk", "Nøkkeltall", "Kilder"],
    "tr_TR": ["Kapanış raporu", "Rakamlarla Harbourside Expo 2025", "Öne çıkan rakamlar", "Kaynaklar"],
}


def data_strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in data_strings(k) + data_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in data_strings(v)]
    return []


def without_data(text: str, source: Path, locale: str) -> str:
    """The text less every string of the event file (as typed, and as typography sets it, and as a
    title without its full stop)."""
    strings = data_strings(yaml.safe_load(source.read_text(encoding="utf-8")))
    forms = {t for s in strings for t in (s, typographic(s, locale))}
    # as a quotation prints it: its own quotations in the language's inner marks
    opening, closing, _, _ = marks(locale)
    forms |= {quoted(s, locale).removeprefix(opening).removesuffix(closing) for s in strings}
    forms |= {t[:-1] for t in forms if t.endswith((".", "。"))}
    forms |= {t[:1].lower() + t[1:] for t in forms}  # a label after its number: '1 closing ceremony'
    forms = {seen(t) for t in forms}  # as a reader sees them: a no-break space is a space
    text = seen(text)
    # a summary's rest after the clause a title takes, as the lead under it ('Among them more than …')
    forms |= {
        t[m.end() :][:1].upper() + t[m.end() + 1 :] for t in strings for m in re.finditer(r"[,;]\s*", t)
    }
    for string in sorted(forms, key=len, reverse=True):
        if len(string) > 2:
            text = text.replace(string, "\u2400")
    return text


def english_words(language: str) -> set[str]:
    """The English words of each message its catalogue words differently ('ended in', 'Key figures')."""
    words = set()
    for message, translated in catalogue(po(language)).items():
        if translated == message:
            continue  # 'Sources' is French too
        for piece in NAMED.split(message)[::2]:
            piece = re.sub(r"^\W+|\W+$", "", piece)
            if re.search(r"[A-Za-z]", piece):
                words.add(piece)
    return words


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("event", ["harbourside", "waic"])
def test_no_english_template_word_is_left_in_another_language(
    language: str, event: str, tmp_path: Path
) -> None:
    if event == "waic":
        source = tmp_path / "waic.yaml"
        text = WAIC.read_text(encoding="utf-8")
        assert "  locale: en_GB\n" in text
        source.write_text(text.replace("  locale: en_GB\n", f"  locale: {language}\n", 1), encoding="utf-8")
    else:
        source = event_in(language, tmp_path)
    document = "\n".join(texts(*built(source, tmp_path / "out")))
    if event == "harbourside":
        for heading in HEADINGS[language]:
            assert heading in document, (language, heading)
    left = without_data(document, source, language)
    english = english_words(language)
    assert {"Key figures", "ended in", "at a glance", "Amounts in", "continued"} <= english | {"Sources"}
    found = {w for w in english if re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", left)}
    assert not found, (language, event, found)


def test_english_documents_read_exactly_as_before(tmp_path: Path) -> None:
    """en_GB has no catalogue: every message prints as written, so each text is as it was before
    the words became messages (tests/golden/en_gb_text.json, made from the documents then)."""
    golden = json.loads((ROOT / "tests" / "golden" / "en_gb_text.json").read_text(encoding="utf-8"))
    for name, source in (("waic", WAIC), ("harbourside", SAMPLE)):
        briefing, deck = built(source, tmp_path / name)
        alts = re.findall(r'descr="([^"]*)"', zipfile.ZipFile(briefing).read("word/document.xml").decode())
        titles = [
            Document(str(briefing)).core_properties.title,
            Presentation(str(deck)).core_properties.title,
        ]
        assert alts == golden[name]["alts"]
        assert titles == golden[name]["props"]
        assert docx_paragraphs(briefing) == golden[name]["briefing"]
        assert pptx_slide_texts(deck) == golden[name]["deck"]
        assert pptx_notes(deck) == golden[name]["notes"]


# -- the template function --------------------------------------------------------------------


def render(source: str, locale: str, **context: Any) -> str:
    return make_environment(Formatter(locale)).from_string(source).render(**context)


def test_a_message_is_looked_up_as_each_build_renders_never_once_at_compile_time() -> None:
    source = '{{ _("Key figures") }} | {{ _("%(event)s at a glance", event=name) }}'
    assert render(source, "en_GB", name="WAIC") == "Key figures | WAIC at a glance"
    assert render(source, "zh_CN", name="WAIC") == "关键数据 | WAIC要点速览"  # the same compiled code
    assert render(source, "de_AT", name="WAIC") == "Kennzahlen | WAIC auf einen Blick"
    assert render(source, "fi_FI", name="WAIC") == "Key figures | WAIC at a glance"  # no catalogue
    assert render(source, "es_ES", name="WAIC") == "Cifras clave | WAIC de un vistazo"


def test_a_template_in_its_own_language_needs_no_catalogue() -> None:
    assert render("Chiffres clés : {{ _('Résumé') }}", "fr_FR") == "Chiffres clés : Résumé"
    assert render("要点：{{ _('我们的标题') }}", "zh_CN") == "要点：我们的标题"


def test_message_values_are_text_escaped_and_never_formatting_directives() -> None:
    assert render('{{ _("%(a)s & %%", a=v) }}', "en_GB", v="<b>") == "&lt;b&gt; &amp; %"
    assert render('{{ _("%(a)999999999s", a=1) }}', "en_GB") == "%(a)999999999s"
    with pytest.raises(KeyError, match=r"names %\(b\)s, which is not given"):
        render('{{ _("%(b)s") }}', "en_GB")
    with pytest.raises(TypeError, match="_\\(\\) translates text, not int"):
        render("{{ _(5) }}", "en_GB")


def test_the_office_extractor_reads_messages_in_tags_only(tmp_path: Path) -> None:
    from reportgen.office.catalogue import extract, messages

    assert messages('Key figures {{ _("Key figures") }} {{ _(\'%(a)s at\', a=x) }} _("not in a tag")') == [
        "Key figures",
        "%(a)s at",
    ]
    assert messages('{{ _("\\N{no such name}") }} {{ _("ok") }}') == ["ok"]  # a broken literal is skipped
    with (TEMPLATES / "deck.pptx").open("rb") as handle:
        found = {message for _, _, message, _ in extract(handle, (), (), {})}
    assert {"Sources", "%(event)s at a glance", "Where the key figures come from:"} <= found
