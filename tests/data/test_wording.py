"""Issue 19, machine wording as a class: a figure's own `sentence`, English money and measures as
'The X was …', a year-only label as 'N visitors in 2026', names listed with the language's 'and',
the city after the word for 'in' as each language joins them, and `validate` naming the field that
would help where the documents can only print 'Label: value' or a bare year."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import main
from reportgen.data.places import in_city
from reportgen.data.prepare import prepare
from reportgen.data.sentences import item_list
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, docx_paragraphs, pptx_notes, pptx_slide_texts

EVENTS = ROOT / "tests" / "events"
NBSP = "\u00a0"

EVENT = """\
event:
  name: Ronde van het Noorden 2026
  short_name: RvhN 2026
  year: 2026
  city: {city}
  closing_date: 2026-06-14
formatting:
  locale: {locale}
sources:
  release: {{title: Persbericht}}
sections:
  geld:
    title: Geld
    figures:
      winnaar:
        label: {label}
        value: 20000
        currency: EUR
        deck: bullet
{extra}"""


def _event(tmp_path: Path, locale: str = "nl_NL", label: str = "Prijzengeld voor de eindwinnaar",
           extra: str = "", city: str = "Groningen") -> Path:  # fmt: skip
    path = tmp_path / "event.yaml"
    path.write_text(EVENT.format(locale=locale, label=label, extra=extra, city=city), encoding="utf-8")
    return path


def _said(path: Path) -> dict[str, str]:
    return {ref: f.sentence for ref, f in prepare(path).derived.figures.items()}


@pytest.mark.parametrize(
    ("locale", "sentence", "said"),
    [
        (
            "nl_NL",
            "De eindwinnaar kreeg {value} prijzengeld.",
            f"De eindwinnaar kreeg 20.000{NBSP}euro prijzengeld.",
        ),
        ("en_GB", "The overall winner took home {value}.", f"The overall winner took home EUR{NBSP}20,000."),
        ("de_DE", "Der Gesamtsieger erhielt {value}.", f"Der Gesamtsieger erhielt 20.000{NBSP}Euro."),
        ("zh_CN", "总冠军获得奖金{value}。", "总冠军获得奖金2万欧元。"),
        ("ja_JP", "総合優勝者の賞金は{value}だった。", "総合優勝者の賞金は2万ユーロだった。"),
    ],
)
def test_a_figure_prints_its_own_sentence(tmp_path: Path, locale: str, sentence: str, said: str) -> None:
    path = _event(tmp_path, locale, extra=f"        sentence: '{sentence}'\n")
    assert _said(path)["geld.winnaar"] == said


def test_an_own_sentence_keeps_the_figures_qualifier_and_note(tmp_path: Path) -> None:
    extra = "        qualifier: nearly\n        note: een record\n"
    extra += "        sentence: '{value} ging naar de winnaar.'\n"
    path = _event(tmp_path, extra=extra)
    # the value leads, with its capital; a short note goes in brackets before the full stop
    assert _said(path)["geld.winnaar"] == f"Bijna 20.000{NBSP}euro ging naar de winnaar (een record)."


@pytest.mark.parametrize(
    ("locale", "qualifier", "sentence", "said"),
    [
        ("en_GB", "more than", "More than {value} went to the winner.", f"More than EUR{NBSP}20,000 went"),
        ("nl_NL", "nearly", "Bijna {value} ging naar de winnaar.", f"Bijna 20.000{NBSP}euro ging"),
        ("de_DE", "more than", "Der Sieger erhielt mehr als {value}.", "Der Sieger erhielt mehr als 20.000"),
        (
            "fr_FR",
            "nearly",
            "Le vainqueur a reçu près de {value}.",
            "Le vainqueur a reçu près de 20\u202f000",
        ),
    ],
)
def test_an_own_sentence_that_writes_the_qualifier_prints_it_once(
    tmp_path: Path, locale: str, qualifier: str, sentence: str, said: str
) -> None:
    """'More than {value} …' with `qualifier: more than` printed 'More than more than 1,150' (review N)."""
    path = _event(tmp_path, locale, extra=f"        qualifier: {qualifier}\n        sentence: '{sentence}'\n")
    printed = _said(path)["geld.winnaar"]
    assert printed.replace("\u2060", "").replace(NBSP, " ").startswith(said.replace(NBSP, " ")), printed
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert "qualifier prints" not in result.output


def test_validate_names_a_sentence_that_writes_another_qualifier(tmp_path: Path) -> None:
    extra = "        qualifier: more than\n        sentence: 'Over {value} went to the winner.'\n"
    result = CliRunner().invoke(main, ["validate", str(_event(tmp_path, "en_GB", extra=extra))])
    assert result.exit_code == 0, result.output
    assert (
        "sections.geld.figures.winnaar: its sentence writes 'over' before {value}, and the figure's "
        "qualifier prints 'more than' before the number too ('over more than EUR 20,000'); take the word "
        "out of the sentence, or set `qualifier:` to what the sentence says"
    ) in " ".join(result.output.split())


def test_a_translated_sentence_is_printed_in_each_edition(tmp_path: Path) -> None:
    extra = "        sentence: {en: 'The winner took home {value}.', nl: 'De winnaar kreeg {value}.'}\n"
    path = _event(tmp_path, "nl_NL", extra=extra)
    text = path.read_text(encoding="utf-8").replace("  locale: nl_NL\n", "  languages: [en_GB, nl_NL]\n")
    path.write_text(text, encoding="utf-8")
    from reportgen.data.prepare import prepare_editions

    said = [p.derived.figures["geld.winnaar"].sentence for p in prepare_editions(path)]
    assert said == [f"The winner took home EUR{NBSP}20,000.", f"De winnaar kreeg 20.000{NBSP}euro."]


@pytest.mark.parametrize(
    ("label", "said"),
    [
        ("Developer kit price", f"The developer kit price was EUR{NBSP}20,000."),
        (
            "Prize money for the overall winner",
            f"The prize money for the overall winner was EUR{NBSP}20,000.",
        ),
        ("Total raised", f"The total raised was EUR{NBSP}20,000."),
        # not sure of 'was': a plural, two nouns, a name, a participle with no noun, a number
        ("Ticket sales", f"Ticket sales: EUR{NBSP}20,000"),
        ("Equipment and machinery", f"Equipment and machinery: EUR{NBSP}20,000"),
        ("Just Transition Window", f"Just Transition Window: EUR{NBSP}20,000"),
        ("Raised for charity", f"Raised for charity: EUR{NBSP}20,000"),
        ("Budget 2026", f"Budget 2026: EUR{NBSP}20,000"),
        ("Women among speakers", f"Women among speakers: EUR{NBSP}20,000"),
    ],
)
def test_english_money_is_the_subject_of_was_where_that_is_sure(
    tmp_path: Path, label: str, said: str
) -> None:
    assert _said(_event(tmp_path, "en_GB", label=label))["geld.winnaar"] == said


YEARS = """\
      v2025: {{label: '2025', value: 84300, unit: {unit}}}
      v2026: {{label: '2026', value: 98000, unit: {unit}, qualifier: nearly}}
"""


@pytest.mark.parametrize(
    ("locale", "unit", "said"),
    [
        ("it_IT", "presenze", "Quasi 98.000 presenze nel 2026"),
        ("pt_PT", "visitantes", "Quase 98 000 visitantes em 2026"),
        ("es_ES", "visitantes", "Casi 98.000 visitantes en 2026"),
        ("de_DE", "Besucher", "Knapp 98.000 Besucher im Jahr 2026"),
        ("en_GB", "visitors", "Nearly 98,000 visitors in 2026"),
        ("zh_CN", "人次", "2026年近9.8万人次"),
    ],
)
def test_a_year_label_reads_as_the_figure_in_that_year(
    tmp_path: Path, locale: str, unit: str, said: str
) -> None:
    path = _event(tmp_path, locale, extra=YEARS.format(unit=unit))
    assert _said(path)["geld.v2026"].replace(NBSP, " ") == said


DAY = "      dag1: {{label: '{label}', value: 52000, unit: {unit}}}\n"


@pytest.mark.parametrize(
    ("locale", "label", "unit", "said"),
    [
        ("en_GB", "Tuesday 14 October", "visitors", "52,000 visitors on Tuesday 14 October"),
        ("de_DE", "Dienstag, 14. Oktober", "Besucher", "52.000 Besucher am Dienstag, 14. Oktober"),
        ("fr_FR", "Mardi 14 octobre", "visiteurs", "52 000 visiteurs le mardi 14 octobre"),
        ("es_ES", "Martes 14 de octubre", "visitantes", "52.000 visitantes el martes 14 de octubre"),
        ("nl_NL", "Dinsdag 14 oktober", "bezoekers", "52.000 bezoekers op dinsdag 14 oktober"),
        ("en_GB", "Tuesday session", "visitors", "Tuesday session: 52,000 visitors"),  # not only a date
    ],
)
def test_a_date_label_reads_as_the_figure_on_that_day(
    tmp_path: Path, locale: str, label: str, unit: str, said: str
) -> None:
    path = _event(tmp_path, locale, extra=DAY.format(label=label, unit=unit))
    assert _said(path)["geld.dag1"].replace(NBSP, " ").replace("\u202f", " ") == said


@pytest.mark.parametrize(
    ("items", "locale", "said"),
    [
        (  # names, however long, are listed with the language's 'and'
            [
                "Waddenbank",
                "Provincie Groningen",
                "Energiecoöperatie Grunneger Power",
                "Bakkerij Van der Meulen",
            ],
            "nl_NL",
            "Hoofdsponsors: Waddenbank, Provincie Groningen, Energiecoöperatie Grunneger Power en "
            "Bakkerij Van der Meulen",
        ),
        (
            ["Ministry of Culture and Tourism of the Republic", "City of Lyon", "Acme Foundation"],
            "en_GB",
            "Hoofdsponsors: Ministry of Culture and Tourism of the Republic, City of Lyon and "
            "Acme Foundation",
        ),
        (
            ["Câmara Municipal do Porto", "Turismo de Portugal", "Metro do Porto"],
            "pt_PT",
            "Hoofdsponsors: Câmara Municipal do Porto, Turismo de Portugal e Metro do Porto",
        ),
        (  # clauses of their own are set apart
            ["Share river-flow data daily through a common platform", "Hold a joint drought exercise"],
            "en_GB",
            "Hoofdsponsors: Share river-flow data daily through a common platform; "
            "Hold a joint drought exercise",
        ),
        (  # an item with a comma of its own would run into its neighbours
            ["Actes Sud, département littérature", "Gallimard"],
            "fr_FR",
            "Hoofdsponsors\u00a0: Actes Sud, département littérature\u202f; Gallimard",
        ),
    ],
)
def test_a_list_of_names_is_joined_as_the_language_lists_them(
    items: list[str], locale: str, said: str
) -> None:
    # a sentence, as the figures' and people's lines beside it are (review BB)
    assert item_list("Hoofdsponsors", items, locale) == said + "."


@pytest.mark.parametrize(
    ("city", "language", "said"),
    [
        ("Porto", "pt", "no Porto"),
        ("Rio de Janeiro", "pt", "no Rio de Janeiro"),
        ("O Porto", "pt", "no Porto"),
        ("Porto Alegre", "pt", "em Porto Alegre"),  # the table knows whole names only
        ("Lisboa", "pt", "em Lisboa"),
        ("Le Havre", "fr", "au Havre"),
        ("Le Caire", "fr", "au Caire"),
        ("Les Sables-d’Olonne", "fr", "aux Sables-d’Olonne"),
        ("La Rochelle", "fr", "à La Rochelle"),
        ("Il Cairo", "it", "al Cairo"),
        ("Cairo", "it", "al Cairo"),
        ("La Spezia", "it", "alla Spezia"),
        ("Le Havre", "it", "a Le Havre"),  # a French article: no Italian contraction
        ("El Cairo", "es", "en El Cairo"),
        ("Den Haag", "nl", "in Den Haag"),
        ("Shanghai", "en", "in Shanghai"),
        ("東京", "ja", "東京"),  # the sentence holds its particle: '東京で'
    ],
)
def test_the_city_after_the_word_for_in(city: str, language: str, said: str) -> None:
    assert in_city(city, language) == said


def test_the_event_file_says_the_city_where_the_table_does_not(tmp_path: Path) -> None:
    assert in_city("Fundão", "pt", "no Fundão") == "no Fundão"  # 'o Fundão', which the table lacks
    assert in_city("Fundão", "pt") == "em Fundão"


@pytest.mark.parametrize(
    ("label", "said"),
    [
        ("Prijzengeld voor de eindwinnaar", f"Het prijzengeld voor de eindwinnaar bedroeg 20.000{NBSP}euro."),
        ("Begroting van de organisatie", f"De begroting van de organisatie bedroeg 20.000{NBSP}euro."),
        ("Zakelijke omzet", f"De zakelijke omzet bedroeg 20.000{NBSP}euro."),
        # not sure: the article would change the adjective ('het totale'); a noun not known as an amount
        ("Totaal prijzengeld", f"Totaal prijzengeld: 20.000{NBSP}euro"),
        ("Beursvloer", f"Beursvloer: 20.000{NBSP}euro"),
    ],
)
def test_dutch_money_is_the_subject_of_bedroeg_where_its_article_is_sure(
    tmp_path: Path, label: str, said: str
) -> None:
    assert _said(_event(tmp_path, "nl_NL", label=label))["geld.winnaar"] == said


def test_validate_names_the_field_for_label_value_lines_and_bare_years(tmp_path: Path) -> None:
    years = YEARS.format(unit="bezoekers").replace("qualifier: nearly", "key: true")
    path = _event(tmp_path, label="Totaal prijzengeld", extra=years)
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())
    assert (
        "sections.geld.figures.winnaar: prints as the line 'Totaal prijzengeld: 20.000 euro', "
        "a label and a value with no verb; add `sentence:` with the figure's words around {value} "
        '(for example `sentence: "Het prijzengeld bedroeg {value}."`)'
    ) in output
    assert (
        "sections.geld.figures.v2026: its label '2026' is only a year, and the figure is printed outside "
        "its chart (among the key figures or as a tile), where the year does not say what it counts; "
        "write the label as what it counts in that year (for example `label: Bezoekers in 2026`), or "
        "set `key: false` and `deck: bullet` so it is printed as a sentence"
    ) in output
    assert "figures.v2025" not in output  # not printed outside its chart; its sentence has its year
    fixed = path.read_text(encoding="utf-8").replace(
        "        deck: bullet\n", "        deck: bullet\n        sentence: 'De winnaar kreeg {value}.'\n"
    )
    path.write_text(fixed.replace("label: '2026'", "label: Bezoekers in 2026"), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert "winnaar" not in result.output and "only a year" not in result.output, result.output


@pytest.mark.slow
def test_built_documents_print_the_sentences_and_the_city(tmp_path: Path) -> None:
    """A real build of the Dutch cycling tour moved to Porto in Portuguese: the briefing and the
    deck print a figure's own sentence, the sponsors as a list with 'e', and 'no Porto'."""
    source = (EVENTS / "languages" / "cycling-tour-nl.yaml").read_text(encoding="utf-8")
    assert "label: Prijzengeld voor de eindwinnaar\n" in source and "  locale: nl_NL\n" in source
    source = source.replace(
        "label: Prijzengeld voor de eindwinnaar\n",
        "label: Prijzengeld voor de eindwinnaar\n"
        "        sentence: De eindwinnaar kreeg {value} prijzengeld.\n",
    )
    path = tmp_path / "tour.yaml"
    path.write_text(source, encoding="utf-8")
    files = {f.suffix: f for f in build(path, Settings.simple(tmp_path / "out", TEMPLATES)).files}
    briefing = "\n".join(docx_paragraphs(files[".docx"])).replace(NBSP, " ")
    deck = "\n".join(pptx_slide_texts(files[".pptx"]) + pptx_notes(files[".pptx"])).replace(NBSP, " ")
    assert "De eindwinnaar kreeg 20.000 euro prijzengeld." in briefing
    assert "De eindwinnaar kreeg 20.000 euro prijzengeld" in deck  # a slide's title: no full stop
    for text in (briefing, deck):
        assert "Prijzengeld voor de eindwinnaar: 20.000 euro" not in text
    assert "Noordzee-Vastgoed, Waddenbank" in briefing + deck and "Bakkerij Van der Meulen" in briefing
    assert "; Bakkerij" not in briefing + deck

    portuguese = source.replace("  locale: nl_NL\n", "  locale: pt_PT\n")
    portuguese = portuguese.replace("\n  city: ", "\n  city: Porto\n  old_city: ", 1)
    assert "old_city" in portuguese
    path.write_text(portuguese.replace("  old_city: ", "  # "), encoding="utf-8")
    files = {f.suffix: f for f in build(path, Settings.simple(tmp_path / "pt", TEMPLATES)).files}
    briefing = "\n".join(docx_paragraphs(files[".docx"]))
    assert " no Porto " in briefing and "em Porto" not in briefing


@pytest.mark.parametrize(
    ("locale", "qualifier", "sentence", "said"),
    [
        ("en_GB", "nearly", "Sponsorship exceeded {value}.", "exceeded"),
        ("en_GB", "up to", "The prize topped {value}.", "topped"),
        ("es_ES", "more than", "La ocupación rozó {value}.", "rozó"),
        ("de_DE", "nearly", "Der Umsatz überstieg {value}.", "überstieg"),
    ],
)
def test_a_sentence_that_says_another_bound_than_the_qualifier_is_named_by_build_and_validate(
    tmp_path: Path, locale: str, qualifier: str, sentence: str, said: str
) -> None:
    """'Sponsorship exceeded {value}' with `qualifier: nearly` printed 'exceeded nearly $7.8
    million', two facts at once, and nothing warned (review P)."""
    path = _event(tmp_path, locale, extra=f"        qualifier: {qualifier}\n        sentence: '{sentence}'\n")
    result = CliRunner().invoke(main, ["validate", str(path)])
    expected = f"sections.geld.figures.winnaar.sentence: says '{said}' beside {{value}}, which prints"
    assert expected in " ".join(result.output.split()), result.output
    assert "the sentence and the qualifier say different things" in " ".join(result.output.split())
    built = build(path, Settings.simple(tmp_path / "out", TEMPLATES))
    assert any(expected in w for w in built.warnings), built.warnings


@pytest.mark.parametrize(
    ("qualifier", "sentence"),
    [
        ("more than", "Sponsorship exceeded {value}."),
        ("at least", "It topped {value}."),
        ("about", "It hit {value}."),
    ],
)
def test_a_sentence_whose_words_agree_with_the_qualifier_is_not_named(
    tmp_path: Path, qualifier: str, sentence: str
) -> None:
    path = _event(
        tmp_path, "en_GB", extra=f"        qualifier: {qualifier}\n        sentence: '{sentence}'\n"
    )
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert "different things" not in result.output


_TOTALS = """\
event: {name: Lakes Cup 2026, short_name: LC 2026, year: 2026, city: Chicago, closing_date: 2026-08-01}
formatting: {locale: en_US}
sources: {release: {title: Release}}
sections:
  crowd:
    title: Attendance
    figures:
      average: {label: Average attendance per match, value: 14287, unit: spectators}
      radio: {label: Spanish-language radio listeners, value: 85000, unit: listeners, qualifier: about}
      prize: {label: Prize money for the winning club, value: 500000, currency: USD}
"""


def test_english_totals_and_names_read_as_an_editor_writes_them(tmp_path: Path) -> None:
    """Review P: 'Average attendance per match: 14,287 spectators' set large as a statement,
    'About 85,000 spanish-language radio listeners', and 'The prize money … was $500,000' with
    no full stop under a sentence that had one."""
    path = tmp_path / "cup.yaml"
    path.write_text(_TOTALS, encoding="utf-8")
    said = {ref: f.sentence.replace(NBSP, " ") for ref, f in prepare(path).derived.figures.items()}
    assert said["crowd.average"] == "The average attendance per match was 14,287 spectators."
    assert said["crowd.radio"] == "About 85,000 Spanish-language radio listeners"
    assert said["crowd.prize"] == "The prize money for the winning club was $500,000."
