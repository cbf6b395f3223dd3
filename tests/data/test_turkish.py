"""Turkish (review LL): a tr_TR event printed 'toplam değeri nearly USD 38 milyon oldu', tiles
'more than / 9.000', 'Closing briefing', 'page 1' and an English first sentence, and `validate
--strict` passed a file whose `build --strict` failed on the language.

Turkish puts 'more than' after the number with a case ending that follows the number as it is
SPOKEN ('9.000'den fazla': bin; '4'ten fazla': dört); each test reads the words a reader gets."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from reportgen.cli import main
from reportgen.data.formatting import Formatter
from reportgen.data.model import Figure
from reportgen.data.places import in_city
from reportgen.data.turkish_suffixes import ABLATIVE, DATIVE, LOCATIVE, spoken_last_word, suffix
from reportgen.pipeline.pipeline import BuildResult, build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, docx_text, pptx_notes, pptx_slide_texts, seen

EVENT = ROOT / "tests" / "data" / "review_events" / "oyun-gelistiricileri-istanbul-tr-tr.yaml"


@pytest.mark.parametrize(
    ("amount", "ending", "written"),
    [
        ("9.000", ABLATIVE, "’den"),  # dokuz bin
        ("320", ABLATIVE, "’den"),  # üç yüz yirmi
        ("%41", ABLATIVE, "’den"),  # yüzde kırk bir
        ("4", ABLATIVE, "’ten"),  # dört
        ("60", ABLATIVE, "’tan"),  # altmış
        ("2,5", ABLATIVE, "’ten"),  # iki virgül beş
        ("2.400", ABLATIVE, "’den"),  # iki bin dört yüz
        ("1.000.000", ABLATIVE, "’dan"),  # bir milyon
        ("9 bin", ABLATIVE, "den"),  # a word of the language: no apostrophe
        ("38 milyon", ABLATIVE, "dan"),
        ("38 milyon dolar", ABLATIVE, "dan"),
        ("2,5 milyon TL", ABLATIVE, "’den"),  # te-le
        ("320", DATIVE, "’ye"),  # yirmi: a vowel joins a vowel with y
        ("4", DATIVE, "’e"),
        ("60", DATIVE, "’a"),
        ("İstanbul", LOCATIVE, "’da"),
        ("İzmir", LOCATIVE, "’de"),
        ("Paris", LOCATIVE, "’te"),
    ],
)
def test_a_case_ending_follows_the_number_as_it_is_spoken(amount: str, ending: str, written: str) -> None:
    assert suffix(amount, ending) == written


def test_the_last_spoken_word_of_a_number() -> None:
    cases = {"9000": "bin", "320": "yirmi", "41": "bir", "2400": "yüz", "38000000": "milyon", "0": "sıfır"}
    assert {n: spoken_last_word(n) for n in cases} == cases


def test_turkish_figures_read_as_the_turkish_press_writes_them() -> None:
    fmt = Formatter("tr_TR")
    more = Figure(label="Katılımcı", value=9000, qualifier="more than", unit="katılımcı")
    assert fmt.figure(more) == "9.000’den fazla"
    assert fmt.figure(more, unit=True) == "9.000’den fazla katılımcı"  # the ending on the number
    assert fmt.figure(Figure(label="x", value=38_000_000, currency="USD", qualifier="nearly")) == (
        "neredeyse 38 milyon dolar"
    )
    assert fmt.figure(Figure(label="x", value=38_000_000, currency="USD", qualifier="more than")) == (
        "38 milyon dolardan fazla"
    )
    assert fmt.figure(Figure(label="x", value=2_500_000, currency="TRY")) == "2,5 milyon TL"
    assert fmt.figure(Figure(label="x", value=320, qualifier="about")) == "yaklaşık 320"
    assert fmt.figure(Figure(label="x", value=60, qualifier="up to")) == "60’a kadar"
    assert fmt.figure(Figure(label="x", value=41, qualifier="more than", unit="%"), unit=True) == (
        "%41’den fazla"  # the sign before the number, as CLDR's Turkish pattern writes it
    )
    stamped = Figure(label="x", value=1, as_of=dt.datetime(2026, 10, 16, 19, 30))
    assert fmt.as_of(stamped) == "16 Ekim 2026 saat\u00a019.30\u00a0itibarıyla"
    assert in_city("İstanbul", "tr") == "İstanbul’da"


@pytest.fixture(scope="module")
def built(built_event: Callable[[Path], BuildResult]) -> tuple[str, list[str], list[str], list[str]]:
    result = built_event(EVENT)
    docx = next(f for f in result.files if f.name.endswith("-briefing.docx"))
    pptx = next(f for f in result.files if f.name.endswith("-deck.pptx"))
    slides = [seen(t) for t in pptx_slide_texts(pptx)]
    return seen(docx_text(docx)), slides, [seen(n) for n in pptx_notes(pptx)], result.warnings


ENGLISH = re.compile(
    r"\b(nearly|about|more than|at a glance|Closing briefing|Key figures|Sources?|page \d|ended|USD|"
    r"Where the)\b"
)


def test_the_turkish_event_prints_no_english_word(built: tuple[str, list[str], list[str], list[str]]) -> None:
    briefing, slides, notes, warnings = built
    assert warnings == []
    for text in (briefing, *slides, *notes):
        assert not ENGLISH.search(text), ENGLISH.search(text)
    deck = "\n".join(slides)
    # the unit on its number's line (tile_units.py): the row's tiles have the same lines (review LL)
    assert "9.000’den fazla" in deck and "neredeyse\n38 milyon dolar\n" in deck
    assert "Rakamlarla İOGK 2026" in deck and "Kapanış raporu" in deck
    # the deals in Turkish words, in the band: their sentence says nothing more (review PP)
    assert "neredeyse\n38 milyon dolar" in briefing and "toplam değeri" not in briefing + deck
    assert "2,5 milyon TL ödül dağıtıldı" in briefing + deck
    assert "İOGK 2026, 16 Ekim 2026 tarihinde sona erdi." in briefing  # its short name (round 21)
    assert "Kaynaklar" in briefing and "sayfa 1" in briefing


def test_a_tile_prints_no_unit_its_label_says_in_a_compound(
    built: tuple[str, list[str], list[str], list[str]],
) -> None:
    """'2.400 / görüşme / İkili iş görüşmesi': the label's compound is the unit with its ending."""
    _, slides, _, _ = built
    glance = next(s for s in slides if "İkili iş görüşmesi" in s)
    assert not re.search(r"2\.400\s*\n\s*görüşme\s*\n", glance), glance


def _finnish(tmp_path: Path) -> Path:
    data = yaml.safe_load(EVENT.read_text(encoding="utf-8"))
    data["formatting"]["locale"] = "fi_FI"
    path = tmp_path / "fi.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


FINNISH = (
    "formatting.locale fi_FI: reportgen has no 'fi' words for qualifiers, currencies and 'as of' "
    "times, nor for the templates' headings: a Finnish document prints them in English ('more "
    "than', 'as of', 'Key figures', 'page 1'); build it in a language that has them, or add "
    "Finnish's: a table in reportgen/data/phrases.py and a catalogue (see `reportgen docs data`)"
)


def test_validate_says_what_build_says_of_a_language_without_words(tmp_path: Path) -> None:
    source = _finnish(tmp_path)
    result = CliRunner().invoke(main, ["validate", str(source)])
    assert result.exit_code == 0, result.output
    said = [line for line in result.output.splitlines() if line.startswith("warning: formatting.locale")]
    assert said == [f"warning: {FINNISH}"]
    strict = CliRunner().invoke(main, ["validate", "--strict", str(source)])
    assert strict.exit_code == 6, strict.output
    built = build(source, Settings.simple(tmp_path / "out", TEMPLATES))
    assert [w for w in built.warnings if "formatting.locale" in w] == [FINNISH]  # one, the same


def test_validate_of_the_turkish_event_says_nothing_of_its_language() -> None:
    result = CliRunner().invoke(main, ["validate", "--strict", str(EVENT)])
    assert result.exit_code == 0, result.output
    assert "formatting.locale" not in result.output


def test_a_case_ending_the_file_writes_on_its_value_is_bold_with_it(tmp_path: Path) -> None:
    """'Katılımcılar {value}den geldi.': the bold value is '41 ülkeden', not '41 ülke' + 'den'."""
    from docx import Document

    result = build(EVENT, Settings.simple(tmp_path, TEMPLATES))
    docx = next(f for f in result.files if f.name.endswith("-briefing.docx"))
    line = next(p for p in Document(str(docx)).paragraphs if p.text.startswith("Katılımcılar"))
    assert [seen(r.text) for r in line.runs if r.bold] == ["41 ülkeden"], [r.text for r in line.runs]
    assert seen(line.text) == "Katılımcılar 41 ülkeden geldi."


def test_turkish_days_and_months_are_read_as_a_sequence() -> None:
    """A chart of 'Salı', 'Çarşamba', 'Perşembe' keeps its order (scripts/make_calendar_names.py
    reads every language with a catalogue): sorted by size, the days read out of order."""
    from reportgen.data.chart_order import ordering

    assert ordering(["Salı", "Çarşamba", "Perşembe", "Cuma"]).kind == "weekdays"
    assert ordering(["14 Ekim", "15 Ekim", "16 Ekim"]).kind == "dates"
    assert ordering(["Eylül 2026", "Ekim 2026", "Kasım 2026"]).kind == "dates"


def test_a_turkish_summary_count_is_read_in_its_words() -> None:
    from reportgen.data.summary_counts import _counts

    found = list(_counts("Fuarda üç yeni ürün ve dört konuşmacı vardı; on stüdyo ödül aldı.", "tr"))
    assert [(n, w) for n, w, _ in found] == [(3, "üç"), (4, "dört"), (10, "on")]


def test_a_turkish_percentage_tile_sets_its_sign_before_the_number(tmp_path: Path) -> None:
    """A key figure 'more than 41 %' is '%41’den fazla' on the tile and in the band, never
    '41’den fazla%' (the tile set the sign after the amount, as English does)."""
    data = yaml.safe_load(EVENT.read_text(encoding="utf-8"))
    data["sections"]["katilim"]["figures"]["yabanci"] = {
        "label": "Yurt dışından gelen katılımcıların payı",
        "value": 41,
        "unit": "%",
        "qualifier": "more than",
        "key": True,
    }
    source = tmp_path / "pay.yaml"
    source.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = build(source, Settings.simple(tmp_path / "out", TEMPLATES))
    docx = next(f for f in result.files if f.name.endswith("-briefing.docx"))
    pptx = next(f for f in result.files if f.name.endswith("-deck.pptx"))
    deck, briefing = "\n".join(seen(t) for t in pptx_slide_texts(pptx)), seen(docx_text(docx))
    for text in (deck, briefing):
        assert "%41’den fazla\nYurt dışından gelen katılımcıların payı" in text
        assert "41’den fazla%" not in text and "41%" not in text
    assert result.warnings == []


def test_a_turkish_sum_or_measure_without_a_sentence_reads_as_one(tmp_path: Path) -> None:
    """The label is the subject, its head noun last ('Sergi alanı', '… ödül fonu'), the verb after
    the value: never 'Sergi alanı: yaklaşık 12.000 m²'."""
    data = yaml.safe_load(EVENT.read_text(encoding="utf-8"))
    del data["sections"]["is_birligi"]["figures"]["odul"]["sentence"]
    data["sections"]["katilim"]["figures"]["alan"] = {
        "label": "Sergi alanı",
        "value": 12000,
        "unit": "m²",
        "qualifier": "about",
    }
    source = tmp_path / "alan.yaml"
    source.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = build(source, Settings.simple(tmp_path / "out", TEMPLATES))
    docx = next(f for f in result.files if f.name.endswith("-briefing.docx"))
    briefing = seen(docx_text(docx))
    assert "Sergi alanı yaklaşık 12.000 m² oldu." in briefing
    assert "Oyun Hızlandırma Programı ödül fonu 2,5 milyon TL oldu." in briefing
    assert result.warnings == []
