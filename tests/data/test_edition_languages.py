"""A second edition prints no word of the first edition's language (review AA's probe: a fr_CA film
market with only its name translated for en_CA printed French summaries in the en_CA deck, and
`validate` said nothing). A text written once, for every language, that reads as another language
than an edition's is told by `validate` in one line (file, line, field, what to write) and by
`build`, which leaves it out of that edition where the documents can do without it; `--strict`
exits 6. Names, short labels and the corpus's own texts raise nothing."""

from __future__ import annotations

import glob
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import main
from reportgen.data import translations
from reportgen.data.load import load_event
from reportgen.data.prepare import languages
from reportgen.data.project import Project, ProjectConfig
from reportgen.data.quote_languages import text_language
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, docx_text, pptx_notes, pptx_slide_texts

SUMMARY = "Les acheteurs étaient plus nombreux qu’à toute édition précédente, portés par les plateformes."
EVENT = f"""\
event:
  name: {{fr: Marché du film de Montréal 2026, en: Montreal Film Market 2026}}
  short_name: MFM 2026
  kind: {{fr: marché du film, en: film market}}
  year: 2026
  city: Montréal
  country: Canada
  closing_date: 2026-11-21
formatting:
  languages: [fr_CA, en_CA]
sources:
  bilan:
    title: Bilan du marché 2026
sections:
  marche:
    title: {{fr: Le marché, en: The market}}
    summary: {SUMMARY}
    figures:
      acheteurs:
        label: {{fr: Acheteurs et distributeurs, en: Buyers and distributors}}
        value: 620
        unit: {{fr: acheteurs, en: buyers}}
        key: true
      films:
        label: {{fr: Films projetés, en: Films screened}}
        value: 340
        unit: films
"""


def _event(folder: Path) -> Path:
    path = folder / "mfm.yaml"
    path.write_text(EVENT, encoding="utf-8")
    return path


def _warnings(output: str) -> list[str]:
    """The warnings about languages: not the hint that the films' line ('On a compté 340 films
    projetés.') would read better in the author's `sentence:` (tests/data/test_made_up_wording.py)."""
    rows = [row.removeprefix("warning: ") for row in output.splitlines() if row.startswith("warning: ")]
    return [row for row in rows if "words the tool put" not in row]


def test_validate_names_a_text_left_in_the_first_language_and_strict_exits_6(tmp_path: Path) -> None:
    source = _event(tmp_path)
    result = CliRunner().invoke(main, ["validate", str(source)])
    assert result.exit_code == 0, result.output
    assert _warnings(result.output) == [
        f"{source}:17:14: sections.marche.summary: the en_CA documents leave out this text, which "
        "reads as 'fr', not 'en'; give it as {fr: \"…\", en: \"…\"}"
    ]
    strict = CliRunner().invoke(main, ["validate", "--strict", str(source)])
    assert strict.exit_code == 6, strict.output


def test_a_text_the_documents_need_is_printed_and_said(tmp_path: Path) -> None:
    source = _event(tmp_path)
    plain = EVENT.replace("{fr: Films projetés, en: Films screened}", "Films projetés au marché")
    source.write_text(plain.replace("unit: films", "unit: films projetés"), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(source)])
    assert _warnings(result.output)[1:] == [
        f"{source}:25:16: sections.marche.figures.films.label: the en_CA documents print this text, "
        "which reads as 'fr', not 'en'; give it as {fr: \"…\", en: \"…\"}",
        # a unit is part of its number: printed as written, not left out
        f"{source}:27:15: sections.marche.figures.films.unit: the en_CA documents print this text, "
        "which reads as 'fr', not 'en'; give it as {fr: \"…\", en: \"…\"}",
    ]


def test_the_second_edition_prints_nothing_of_the_untranslated_summary(tmp_path: Path) -> None:
    result = build(_event(tmp_path), Settings.simple(tmp_path / "out", TEMPLATES))
    named = {f.name: f for f in result.files}
    said = {}
    for language in ("fr_CA", "en_CA"):
        briefing = named[f"mfm-2026-briefing.{language}.docx"]
        deck = named[f"mfm-2026-deck.{language}.pptx"]
        said[language] = "\n".join([docx_text(briefing), *pptx_slide_texts(deck), *pptx_notes(deck)])
    words = ("acheteurs étaient plus nombreux", "toute édition précédente", "portés par les plateformes")
    assert all(w in said["fr_CA"] for w in words)  # the first edition prints it
    assert not [w for w in words if w in said["en_CA"]]
    # the market's count, its section's only text in English, is a tile and a key figure's row
    assert "340" in said["en_CA"] and "Buyers and distributors" in said["en_CA"]
    told = f"{tmp_path / 'mfm.yaml'}:17:14: sections.marche.summary: the en_CA documents leave out"
    assert any(w.startswith(told) for w in result.warnings)


@pytest.mark.parametrize(
    ("text", "edition", "found"),
    [
        (SUMMARY, "en", "fr"),
        ("Acheteurs et distributeurs", "en", "fr"),  # 'et' is French alone
        ("Films projetés au marché", "en", "fr"),  # a letter English has not
        ("Ils ont dit", "en", "fr"),
        ("Besucher nach Herkunftsland und Tag", "fr", "de"),
        ("Visitors by country of origin", "de", "en"),
        ("Bezoekers per dag van de beurs", "en", "nl"),
        ("Expositores por região", "en", "pt"),
        ("Online viewers of the ceremony", "zh", "en"),
        ("参展企业", "en", "zh"),
        # names, and texts too short or in the edition's language: nothing
        ("Universidad de la Plata", "en", ""),
        ("Jean de la Fontaine", "en", ""),
        ("Saint-Jean-sur-le-Fleuve-de-la-Montagne", "en", ""),
        ("Festival Internazionale del Cinema del Lago di Como", "fr", ""),
        ("Professionnels", "en", ""),
        ("Rekordmånga i mål i Siljan", "sv", ""),
        ("Average attendance per match", "en", ""),
        ("Meta and Baidu", "zh", ""),
        ("第三十七屆香港書展「閱讀世界・書寫香港」", "zh", ""),  # a middle dot is no kana
    ],
)
def test_a_short_texts_language_is_told_and_a_names_is_not(text: str, edition: str, found: str) -> None:
    likely = ("fr", "en") if edition in ("en", "fr") else ()
    assert text_language(text, edition, likely) == found


def _corpus() -> list[Path]:
    folders = ("tests/data/review_events/", "tests/events/**/", "data/", "data/examples/")
    return [Path(p) for f in folders for p in sorted(glob.glob(str(ROOT / f / "*.yaml"), recursive=True))]


def test_no_corpus_event_reads_as_another_language_than_its_editions() -> None:
    both = Project(ProjectConfig(languages=["en_GB", "zh_CN"]), ROOT)
    found = []
    for path in _corpus():
        summary = load_event(path)
        project = both if path.name == "waic2022.yaml" else None
        for language in languages(summary, project):
            found += translations.foreign_warnings(summary._translations, language)
    assert len(_corpus()) > 100
    assert found == []


#: A summary in each of the 13 languages, as an editor writes one.
SUMMARIES = {
    "en_GB": "Eight poets read by the harbour to a full house, and the evening sold out.",
    "fr_FR": SUMMARY,
    "de_DE": "Mehr Aussteller und mehr Fläche als im Vorjahr, die Messe war ausgebucht.",
    "es_ES": "La feria generó un volumen de negocio récord y atrajo a más visitantes que nunca.",
    "it_IT": "La fiera ha superato per la prima volta i tremila espositori, un record.",
    "pt_PT": "A feira recebeu mais visitantes do que no ano passado e bateu o recorde.",
    "nl_NL": "Met meer dan 3180 deelnemers haalde het congres een absoluut record.",
    "pl_PL": "Targi odwiedziło więcej gości niż przed rokiem, a liczba wystawców wzrosła.",
    "sv_SE": "Fler besökare och fler artister än förra året, och alla konserter var slutsålda.",
    "ja_JP": "今年の展示会には過去最多の企業が出展しました。",
    "ko_KR": "올해 전시회에는 역대 가장 많은 기업이 참가했습니다.",
    "zh_Hans_CN": "超过2300家企业参展，规模创历届之最。",
    "zh_Hant_TW": "超過2300家企業參展，規模創歷屆之最。",
}


def _told(tmp_path: Path, first: str, second: str) -> tuple[list[str], list[str]]:
    """The warnings of each edition of a two-language file whose summary is written once, in
    `first`'s language."""
    text = EVENT.replace("[fr_CA, en_CA]", f"[{first}, {second}]").replace(SUMMARY, SUMMARIES[first])
    path = tmp_path / "two.yaml"
    path.write_text(text, encoding="utf-8")
    table = load_event(path)._translations
    return translations.foreign_warnings(table, first), translations.foreign_warnings(table, second)


@pytest.mark.parametrize("language", list(SUMMARIES))
def test_every_language_is_told_in_another_edition_and_not_in_its_own(tmp_path: Path, language: str) -> None:
    other = "fr_FR" if language == "en_GB" else "en_GB"
    for first, second in ((language, other), (other, language)):
        own, told = _told(tmp_path, first, second)
        assert own == [], (first, own)
        found, edition = first.split("_")[0], second.split("_")[0]
        assert [w.split(": ", 1)[1] for w in told] == [
            f"sections.marche.summary: the {second} documents leave out this text, which reads as "
            f"'{found}', not '{edition}'; give it as {{{found}: \"…\", {edition}: \"…\"}}"
        ], (first, second)


def test_a_build_says_many_foreign_texts_in_one_line_naming_the_first(tmp_path: Path) -> None:
    """`validate` lists each text; `build` prints one line an edition: how many, and the first."""
    source = _event(tmp_path)
    plain = EVENT.replace("{fr: Films projetés, en: Films screened}", "Films projetés au marché")
    source.write_text(plain.replace("unit: films", "unit: films projetés"), encoding="utf-8")
    result = build(source, Settings.simple(tmp_path / "out", TEMPLATES))
    told = [w for w in result.warnings if "read as another language" in w]
    assert told == [
        f"{source}: 3 texts read as another language than the en_CA documents' and are left out or "
        "printed as written (the first: 17:14: sections.marche.summary); `reportgen validate` lists them all"
    ]


# -- close languages: a guess never drops a text (review JJ) ----------------------------------------

FIRST_WRITTEN = ROOT / "tests" / "data" / "review_events" / "designbiennale-kolding-da-dk-first.yaml"
DANISH = (
    "Materialer der holder",
    "Biennalen samlede designere, producenter og studerende om cirkulære materialer",
    "Ud over udstillingerne bød biennalen på en uge med åbne værksteder",
)
CAPTION = "Hovedudstillingen på Trapholt trak flest gæster"  # the deck's is caption19's (round 17)
#: Texts as a native editor writes them, in languages close to one another.
NEIGHBOURS = {
    "da": (
        "Biennalen samlede designere og producenter, og for første gang var hele havneområdet en del "
        "af udstillingen."
    ),
    "nb": (
        "Festivalen hadde flere besøkende enn noen gang før, og for første gang ble hele havna tatt i bruk."
    ),
    "sv": "Fler besökare och fler artister än förra året, och alla konserter var slutsålda.",
    "de": "Mehr Aussteller und mehr Fläche als im Vorjahr, die Messe war ausgebucht.",
    "nl": "Met meer dan 3180 deelnemers haalde het congres een absoluut record.",
    "es": "La feria generó un volumen de negocio récord y atrajo a más visitantes que nunca.",
    "pt": "A feira recebeu mais visitantes do que no ano passado e bateu o recorde.",
    "it": "La fiera ha superato per la prima volta i tremila espositori, un record.",
}
#: A text in a neighbour's language read in an edition whose language has no small words here
#: (Nynorsk, Icelandic, Luxembourgish, Afrikaans, Catalan, Galician): its words are a guess.
UNWEIGHED = [
    ("da", "nn"), ("nb", "nn"), ("sv", "nn"), ("nb", "is"), ("de", "lb"), ("nl", "af"),
    ("es", "ca"), ("it", "ca"), ("es", "gl"), ("pt", "gl"),
]  # fmt: skip


@pytest.mark.parametrize("language", list(NEIGHBOURS))
def test_a_text_is_not_told_in_its_own_languages_edition(language: str) -> None:
    assert text_language(NEIGHBOURS[language], language, (language,)) == ""


@pytest.mark.parametrize(("language", "edition"), UNWEIGHED)
def test_a_neighbours_text_is_told_only_where_the_file_names_its_language(
    language: str, edition: str
) -> None:
    """A single-language file's text is in its language, however its words look; a two-language
    file's text written once is told as the other language where it reads as that."""
    assert text_language(NEIGHBOURS[language], edition, (edition,)) == ""
    assert text_language(NEIGHBOURS[language], edition, (edition, language)) == language


def test_the_danish_file_as_first_written_is_read_as_danish() -> None:
    result = CliRunner().invoke(main, ["validate", str(FIRST_WRITTEN)])
    assert result.exit_code == 0, result.output
    assert _warnings(result.output) == []


def test_the_danish_file_as_first_written_loses_no_text(tmp_path: Path) -> None:
    result = build(FIRST_WRITTEN, Settings.simple(tmp_path / "out", TEMPLATES))
    deck = next(f for f in result.files if f.name.endswith("-deck.pptx"))
    briefing = next(f for f in result.files if f.name.endswith("-briefing.docx"))
    said = {"deck": "\n".join([*pptx_slide_texts(deck), *pptx_notes(deck)]), "briefing": docx_text(briefing)}
    assert {name: [t for t in DANISH if t not in text] for name, text in said.items()} == {
        "deck": [],
        "briefing": [],
    }
    assert CAPTION in said["briefing"]
    assert "Programmet" in "\n".join(pptx_slide_texts(deck))  # the text-only section keeps its slide
    assert not [w for w in result.warnings if "another language" in w]


def test_a_guess_naming_a_language_the_file_does_not_drops_nothing(tmp_path: Path) -> None:
    """An English file's summary that reads as French is printed, and said; only a text that
    reads as another of the file's own languages is left out of an edition."""
    source = tmp_path / "one.yaml"
    source.write_text(EVENT.replace("[fr_CA, en_CA]", "[en_CA]"), encoding="utf-8")
    result = build(source, Settings.simple(tmp_path / "out", TEMPLATES))
    deck = next(f for f in result.files if f.name.endswith("-deck.pptx"))
    briefing = next(f for f in result.files if f.name.endswith("-briefing.docx"))
    assert "acheteurs étaient plus nombreux" in docx_text(briefing)
    assert "acheteurs étaient plus nombreux" in "\n".join([*pptx_slide_texts(deck), *pptx_notes(deck)])
    told = (
        f"{source}:17:14: sections.marche.summary: the en_CA documents print this text, which reads as 'fr'"
    )
    assert any(w.startswith(told) for w in result.warnings), result.warnings


@pytest.mark.parametrize(
    "text",
    ["東京大学大学院情報理工学系研究科 教授", "国立情報学研究所 所長", "日本学術振興会特別研究員"],
)
def test_japanese_written_in_kanji_alone_is_no_chinese_in_a_japanese_edition(text: str) -> None:
    """Review SS1: validate said a keynote speaker's title, all kanji, 'reads as zh, not ja'."""
    assert text_language(text, "ja") == ""


@pytest.mark.parametrize(
    "text",
    [
        "本届博览会的成交额创新高，参展商超过两千家",  # simplified characters no Japanese writes
        "北京大学计算机学院教授兼人工智能研究院院长",
        "這是我們第一次參加展會並且收穫很多",  # traditional, told by its grammar
    ],
)
def test_a_chinese_text_in_a_japanese_edition_is_still_told(text: str) -> None:
    assert text_language(text, "ja") == "zh"
