"""The sentence for each kind of fact (issue 19 item 4): figures, people, launches and lists as an
editor writes them in English, German, French, Chinese and Japanese, never "Label: value" where
the data gives enough for a sentence, every qualifier kept; and `validate` naming the field that
would make a sentence of a bare number."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import main
from reportgen.data.prepare import prepare
from reportgen.data.punctuation import punctuation
from reportgen.data.sentences import bare_figures, figure, figure_kind, headline, is_title, launch, person
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, WAIC, WAIC_ZH, docx_paragraphs, pptx_notes, pptx_slide_texts, seen

EVENTS = ROOT / "tests" / "events"
CORPUS = [*sorted(EVENTS.glob("*.yaml")), WAIC, *sorted((ROOT / "data" / "examples").glob("*.yaml"))]
ZH_WAIC = WAIC_ZH
NBSP = "\u00a0"


def _figures(path: Path) -> dict[str, str]:
    return {ref: f.sentence for ref, f in prepare(path).derived.figures.items()}


def test_english_figures_lead_with_their_number_where_the_label_names_what_is_counted() -> None:
    said = _figures(WAIC)
    assert said["participants.guests"] == "More than 500 renowned guests"  # the qualifier kept
    assert said["programme.activities"] == "121 activities"
    assert said["programme.opening_ceremonies"] == "An opening ceremony"  # exactly one
    assert said["programme.closing_ceremonies"] == "A closing ceremony"
    assert said["participants.nobel_laureates"] == "A Nobel laureate"  # a name keeps its capital
    assert said["participants.turing_winners"] == "4 Turing Prize winners"
    assert said["signing.projects"] == "25 representative AI industrial projects signed"
    assert said["reach.media_outlets"] == "More than 700 radio, television and online media outlets"
    # money is what its label names, as the subject of 'was', the qualifier as the figure has it
    assert said["signing.investment"] == (
        f"The total investment of the signed projects was nearly RMB{NBSP}15 billion."
    )
    assert (
        said["reach.metaverse_visits"]
        == "370,000 visits to the WAIC metaverse, as of\u00a02\u00a0pm on 3 September 2022"
    )
    # a note is printed with its figure
    assert said["reach.internet_media"] == (
        "More than 2,000 Internet and self-media (We media) outlets. "
        "The source counts these among the radio, television and online media outlets."
    )
    marathon = _figures(EVENTS / "city-marathon.yaml")
    assert marathon["race.starters"] == "Starters: 41,250 runners"  # the label is not the unit's noun
    assert marathon["race.spectators"] == "About 1.2 million spectators along the course"
    assert marathon["races.kids"] == "Kids' mile: 2,600"  # no unit, no noun: validate asks for one


def test_german_figures() -> None:
    said = _figures(EVENTS / "buchmesse-de.yaml")
    assert said["messe.besucher"] == "104.000 Besucher"
    assert said["messe.aussteller"] == "1.580 Aussteller"
    assert said["messe.flaeche"] == "Die Ausstellungsfläche betrug 86.000 m²."  # no-break spaces: printed
    assert said["messe.umsatz"] == "Die Geschäftsabschlüsse beliefen sich auf rund 1,2 Milliarden Euro."
    assert said["laender.de"] == "Deutschland: 820"


def test_chinese_figures_people_and_lists() -> None:
    derived = prepare(ZH_WAIC).derived
    said = {ref: f.sentence for ref, f in derived.figures.items()}
    assert said["participants.guests"] == "知名嘉宾超过500位。"
    assert said["programme.activities"] == "各类活动121场。"
    assert said["signing.investment"] == "签约项目总投资近150亿元。"
    assert said["reach.online_viewers"] == "线上观看超过6.38亿人次。"
    assert said["reach.internet_media"] == "互联网及自媒体超过2,000家。来源将其计入广播、电视和网络媒体之中。"
    closing = derived.sections["closing_ceremony"]
    assert closing.people[0].sentence == "上海市委常委、上海市副市长张为宣布大会闭幕。"
    assert (
        closing.points[0] == "上海市委常委、上海市副市长张为宣布大会闭幕。"
    )  # the deck: titles that fit a line
    assert (
        derived.sections["programme"].lists["sections"].sentence == "五大板块：会议、展览、赛事、应用和人才。"
    )
    expo = _figures(EVENTS / "expo-zh.yaml")
    assert expo["expo.visitors"] == "观众人次达38万。"  # the label names 人次: not printed twice
    assert expo["expo.exhibitors"] == "参展企业超过1,260家。"
    assert expo["expo.deals"] == "签约金额达560亿元。"  # the mainland's yuan: 元 alone


@dataclass(frozen=True)
class Fact:
    label: str
    text: str
    value_text: str
    unit: str | None = None
    currency: str | None = None
    qualifier: str = "exactly"
    as_of_text: str = ""
    note: str | None = None
    label_names_unit: bool = True


def test_a_unit_that_says_more_than_its_label_leads_with_the_number() -> None:
    guests = Fact(
        "Guests",
        "more than 1,400",
        "more than 1,400 guests and speakers",
        "guests and speakers",
        label_names_unit=False,
    )
    assert figure(guests, "en_GB").text == "More than 1,400 guests and speakers"
    renowned = Fact(
        "Renowned guests",
        "more than 1,400",
        "more than 1,400 guests and speakers",
        unit="guests and speakers",
        label_names_unit=False,
    )  # the label adds 'renowned': it stays
    assert figure(renowned, "en_GB").text == "Renowned guests: more than 1,400 guests and speakers"


def test_french_and_japanese_figures() -> None:
    guests = Fact("Invités de renom", "plus de 500", "plus de 500", unit="invités")
    assert figure(guests, "fr_FR").text == "Plus de 500 invités de renom"
    area = Fact(
        "Surface d’exposition", "36\u202f500", "36\u202f500\u00a0m²", unit="m²", label_names_unit=False
    )
    assert figure(area, "fr_FR").text == "La surface d’exposition était de 36\u202f500\u00a0m²."
    visitors = Fact(
        "来場者数", "38万人以上", "38万人以上", unit="人", qualifier="more_than", label_names_unit=False
    )
    assert figure(visitors, "ja_JP").text == "来場者数は38万人以上"
    record = Fact("来場者数", "38万", "38万人", unit="人", note="過去最多", label_names_unit=False)
    assert figure(record, "ja_JP").text == "来場者数は38万人（過去最多）"  # a short note: an aside


def test_people_are_sentences_in_each_language() -> None:
    assert (
        person("Zhang Wei", ["Vice Mayor of Shanghai"], "declared the conference closed", "en_GB")
        == "Zhang Wei, Vice Mayor of Shanghai, declared the conference closed."
    )
    assert person("Amara Okafor", [], "won the women’s race", "en_US") == "Amara Okafor won the women’s race."
    # a role that says what the person is, not what they did, is set off by a comma
    assert person("Miriam Holt", [], "president of the jury", "en_GB") == "Miriam Holt, president of the jury"
    assert person("Priya Raman", [], "chaired the plenary", "en_GB") == "Priya Raman chaired the plenary."
    assert person("Lena Marsh", [], "won the Golden Heron", "en_GB") == "Lena Marsh won the Golden Heron."
    # a role in sentence case is a description, small in running text (review OO2)
    assert person("Ana Sample", ["Chair"], "Keynote speaker", "en_GB") == "Ana Sample, Chair, keynote speaker"
    assert (
        person("Eva Berg", ["Bürgermeisterin"], "eröffnete die Messe", "de_DE")
        == "Eva Berg, Bürgermeisterin, eröffnete die Messe."
    )
    assert person("张为", ["上海市副市长"], "宣布大会闭幕", "zh_CN") == "上海市副市长张为宣布大会闭幕。"
    assert (
        person("山田太郎", ["東京都知事"], "開会を宣言した", "ja_JP")
        == "山田太郎（東京都知事）は開会を宣言した。"
    )


def test_a_launch_never_repeats_its_name_nor_quotes_it() -> None:
    term = Fact(
        "Term of the 5G-A agreement with China Mobile",
        "3",
        "3\u00a0years",
        unit="years",
        label_names_unit=False,
    )
    name = "5G-A agreement with China Mobile"
    assert launch(name, None, None, [], [term], "en_GB") == "5G-A agreement with China Mobile: 3\u00a0years"
    assert (
        launch("Porto Declaration", None, "Commitments", ["map wetlands", "share data"], [], "en_GB")
        == "Porto Declaration – Commitments: map wetlands and share data"
    )
    assert (
        launch("金融生态", "新赛道子基金启动募集。", None, [], [], "zh_CN")
        == "金融生态：新赛道子基金启动募集。"
    )


def test_a_headline_never_describes_the_chart() -> None:
    assert headline("Exhibitors and visitors (logarithmic scale).") == "Exhibitors and visitors."
    assert headline("观众与展商（对数刻度）") == "观众与展商"
    assert is_title("121 activities in five sections, covering more than 30 specialized directions.")
    assert not is_title("Three days of talks. A shared declaration.")  # two sentences stay in the body
    assert not is_title("x" * 91)


def test_validate_names_the_field_a_bare_number_needs() -> None:
    result = CliRunner().invoke(main, ["validate", str(EVENTS / "peace-summit.yaml")])
    assert result.exit_code == 0, result.output
    assert (
        "sections.delegations.figures.europe: no `unit`, and its label 'Europe' does not say what the "
        "number counts, so it prints as 'Europe: 24'; add `unit:` with the noun it counts (for example "
        "`unit: visitors`) and it reads as a sentence" in result.output
    )
    # 'Americas' looks like a plural noun, but it is one of the chart's categories: it reads as they do
    assert "figures.americas" in result.output
    assert "sections.summit" not in result.output  # units given: nothing to ask


def _machine_lines(path: Path) -> tuple[set[str], set[str], tuple[str, ...]]:
    """The old shapes of an event's facts: 'Label: number' for a figure whose label names what it
    counts ('Activities: 121', 'Renowned guests: more than 500'); 'Name: role' for a person; a
    launch's name in quotation marks followed by a full stop or a colon."""
    prepared = prepare(path)
    locale = prepared.formatter.locale
    pair = punctuation(locale).pair
    bare = bare_figures(prepared.summary)
    lines = {
        f"{f.label}{pair}{f.value_text}"
        for f in prepared.derived.figures.values()
        if f.ref not in bare and figure_kind(f, locale) in ("count", "noun")
    }
    sections = prepared.derived.sections.values()
    people = {f"{p.name}{pair}{p.role}" for s in sections for p in s.people if p.role}
    launches = tuple(
        prepared.formatter.quoted(x.name) + mark for s in sections for x in s.launches for mark in (".", pair)
    )
    return lines, people, launches


@pytest.mark.parametrize("event", CORPUS, ids=lambda path: path.stem)
def test_the_plan_writes_no_label_value_line(event: Path) -> None:
    """The deck's points and the briefing's figure bullets of every corpus event: no 'Label: 1'."""
    derived = prepare(event).derived
    pairs, people, _ = _machine_lines(event)
    for section in derived.sections.values():
        lines = [*section.points, *(f.sentence for f in section.briefing_figures)]
        assert not [x for x in lines if x in pairs or x in people], (event.stem, lines)


@pytest.mark.slow
@pytest.mark.parametrize("event", CORPUS, ids=lambda path: path.stem)
def test_no_built_document_prints_a_label_value_line(event: Path, tmp_path: Path) -> None:
    """Both documents of every corpus event, reopened: no line is a figure's 'Label: value' (unless
    its data gives too little, which `validate` reports), a person's 'Name: role', or a quoted
    proper name followed by a full stop."""
    pairs, people, launches = _machine_lines(event)
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    files = {f.suffix: f for f in result.files}
    lines = [
        line.strip()
        for text in (
            *docx_paragraphs(files[".docx"]),
            *pptx_slide_texts(files[".pptx"]),
            *pptx_notes(files[".pptx"]),
        )
        for line in text.split("\n")
    ]
    assert not [x for x in lines if x in pairs or x.startswith(tuple(people))], event.stem
    assert not [x for x in lines if launches and x.startswith(launches)], event.stem


RECORD = """\
event:
  name: World AI Conference 2024
  short_name: WAIC 2024
  year: 2024
  city: Shanghai
  closing_date: 2024-07-06
  summary: A record online audience followed the conference.
sources:
  release: {title: Closing release}
sections:
  reach:
    title: Reach
    figures:
      online: {label: Online viewers, value: 1950000000, qualifier: more than, unit: viewers, key: true,
               note: A record since 2018}
      outlets: {label: Media outlets, value: 800, unit: outlets, note: Counted by the organisers}
    people:
      - name: Li Qiang
        titles: [Premier]
        role: opened the conference
        quote: {text: "AI must serve everyone.", source: release}
"""


def test_the_news_and_its_notes_reach_the_slides_and_quotes_are_printed(tmp_path: Path) -> None:
    """Issue 19 items 11 and 12: the event's summary on the title slide, a key figure's note on
    its tile, another figure's note in its bullet (no appendix of notes), a person's own words
    quoted under them in the briefing and in the deck's speaker notes."""
    event = tmp_path / "waic2024.yaml"
    event.write_text(RECORD, encoding="utf-8")
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    files = {f.suffix: f for f in result.files}
    slides = pptx_slide_texts(files[".pptx"])
    assert "A record online audience followed the conference." in seen(slides[0])
    # its one key figure is no glance slide of one tile (round 16): its line on its section's slide
    assert "More than 1.95 billion online viewers (a record since 2018)" in seen("\n".join(slides))
    assert "800 media outlets (counted by the organisers)" in seen(
        "\n".join(slides)
    )  # a short note: an aside
    briefing = docx_paragraphs(files[".docx"])
    assert "Notes on the figures" not in briefing
    # the person's line and their words: one paragraph, kept whole on a page (round 15), with no
    # credit under the line that names him (round 16, review GG)
    assert "Li Qiang, Premier, opened the conference.“AI must serve everyone.”" in briefing
    assert "“AI must serve everyone.”" in "\n".join(pptx_notes(files[".pptx"]))


def test_a_persons_titles_follow_one_another_as_a_byline_sets_them() -> None:
    """Reviewers read 'Gareth Howells, Head of Sixth Form and Calderbrook Academy' (an organisation
    as a second title) and three titles with commas of their own run together with 'and'."""
    from reportgen.data import sentences

    assert sentences.person(
        "Gareth Howells", ["Head of Sixth Form", "Calderbrook Academy"], "spoke", "en_GB"
    ) == ("Gareth Howells, Head of Sixth Form, Calderbrook Academy, spoke.")
    titles = [
        "Principal Secretary, Department of Electronics, Government of Karnataka",
        "Chair of the Organising Committee",
        "Visiting Professor, Indian Institute of Science",
    ]
    assert sentences.person("Dr. K. Raghunathan", titles, "closed the summit", "en_IN") == (
        "Dr. K. Raghunathan, Principal Secretary, Department of Electronics, Government of Karnataka; "
        "Chair of the Organising Committee; Visiting Professor, Indian Institute of Science, "
        "closed the summit."
    )


def test_a_closing_sentence_names_no_city_the_events_name_says(tmp_path) -> None:
    """'Wattle Grove Spring Fair 2026 ended in Wattle Grove on 18 October 2026.'"""
    from docx import Document

    from reportgen.pipeline.pipeline import build
    from reportgen.project.settings import Settings

    from ..conftest import ROOT, TEMPLATES

    for event, story in (
        # under the title that prints the name, the short name (review MM); no city either way
        ("spring-fair-en-au.yaml", "Spring Fair 2026 ended on 18\u00a0October\u00a02026."),
        ("craft-fair-lists.yaml", "ended in Newcastle on 10\u00a0May\u00a02026."),  # dates tied
    ):
        result = build(ROOT / "tests" / "events" / event, Settings.simple(tmp_path / event, TEMPLATES))
        briefing = next(p for p in result.files if p.suffix == ".docx")
        text = "\n".join(p.text for p in Document(str(briefing)).paragraphs)
        assert story in text


@pytest.mark.parametrize(
    ("name", "city", "said"),
    [
        ("Wattle Grove Spring Fair 2026", "Wattle Grove", True),
        ("Wiener Kongress für Pflege 2027", "Wien", False),  # 'Wiener' is not the city's name (review N)
        ("Bathurst Writers' Festival", "Bath", False),
        ("Salon du livre de Paris", "Paris", True),
        ("2022世界人工智能大会上海", "上海", True),
        ("上海国际电影节", "上海", True),
        ("서울국제도서전 2026", "서울", True),  # Korean compounds: no space after the city
    ],
)
def test_the_events_name_says_its_city_as_a_word_of_its_own(name: str, city: str, said: bool) -> None:
    import datetime as dt

    from reportgen.data.views import EventView

    event = EventView(name, "", "", 2026, None, None, city, None, None, dt.date(2026, 1, 1), None)
    assert event.city_in_name is said


def test_a_city_in_a_language_without_words_reads_in_english_as_its_sentence_does() -> None:
    """Review H, a Polish congress: '… (EKEP 2026) ended Katowice on 23 kwietnia 2026.' A language
    with no words here has no catalogue either, so the closing sentence is English: 'in Helsinki'.
    Chinese, Japanese and Korean messages hold the particle, so the city stays alone there."""
    from reportgen.data.places import in_city

    assert in_city("Helsinki", "fi") == "in Helsinki" and in_city("Malmö", "sv") == "i Malmö"
    assert in_city("Tampere", "fi", "Tampereella") == "Tampereella"  # the event file's own
    assert (in_city("上海", "zh"), in_city("大阪", "ja"), in_city("부산", "ko")) == ("上海", "大阪", "부산")


def test_brazil_quotes_as_brazil_does_and_korean_legends_take_a_plain_colon() -> None:
    """Review I: a pt_BR fair printed «…» (Portugal's marks) for its theme and quotes, and a Korean
    donut's legend read 'PC 온라인：820', the Chinese colon."""
    from reportgen.data.chart_lines import legend_entry
    from reportgen.data.typography import marks

    assert marks("pt_BR")[:2] == ("\u201c", "\u201d") and marks("pt_PT")[:2] == ("\u00ab", "\u00bb")
    assert legend_entry("PC 온라인", "820") == "PC 온라인: 820"
    assert legend_entry("餐饮", "14.2亿元", "：") == "餐饮：14.2亿元"  # the language's colon (review BB)


def test_an_italian_city_opening_with_a_takes_the_euphonic_d() -> None:
    """Review U read 'ha chiuso i battenti a Alba': Italian writes 'ad Alba', as 'ad Ancona'."""
    from reportgen.data.places import in_city

    assert (in_city("Alba", "it"), in_city("Ancona", "it")) == ("ad Alba", "ad Ancona")
    assert (in_city("Torino", "it"), in_city("Il Cairo", "it"), in_city("Alba", "es")) == (
        "a Torino",
        "al Cairo",
        "en Alba",
    )


@pytest.mark.parametrize(
    ("name", "titles", "role", "locale", "expected"),
    [
        # review X: the body's name read as a second post and joined with 'and'
        (
            "Thabo Mokoena",
            ["Deputy Director-General for Curriculum Delivery", "Gauteng Department of Education"],
            "pledged to extend the pilot",
            "en_ZA",
            "Thabo Mokoena, Deputy Director-General for Curriculum Delivery, Gauteng Department of Education,"
            " pledged to extend the pilot.",
        ),
        (  # two posts are still joined as two
            "Zhang Wei",
            ["Member of the Standing Committee", "Vice Mayor of Shanghai"],
            "declared the Conference closed",
            "en_GB",
            "Zhang Wei, Member of the Standing Committee and Vice Mayor of Shanghai,"
            " declared the Conference closed.",
        ),
        (  # and a body's name keeps its capital where titles take small letters
            "Ana Rojas",
            ["Ministra de Cultura", "Gobierno de Chile"],
            "inauguró la feria",
            "es_CL",
            "Ana Rojas, ministra de Cultura, Gobierno de Chile, inauguró la feria.",
        ),
    ],
)
def test_a_bodys_name_is_no_second_post(
    name: str, titles: list[str], role: str, locale: str, expected: str
) -> None:
    assert person(name, titles, role, locale) == expected
