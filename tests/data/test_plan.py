"""The editorial plan (data/derive.py), checked on its decisions and on the documents it makes:
each figure on the briefing's first page once, a tile left to the chart whose headline states its
figure, small sections folded into other slides, one source as a line, not a slide (issue 19
items 2 and 3)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN

from reportgen.data.derive import (
    OTHER_HIGHLIGHTS,
    DeckPage,
    SectionView,
    derive,
)
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.data.plan.folding import _folded
from reportgen.data.plan.news_lede import Lede, lede_figures
from reportgen.data.plan.sources import _source_line
from reportgen.data.plan.stated import _told_by_briefing_charts
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import STATEMENT_MAX_PT
from reportgen.office.quality import check_briefing, check_deck
from reportgen.pipeline.pipeline import BuildResult, build, not_printings
from reportgen.project.settings import Settings

from ..conftest import (
    ROOT,
    TEMPLATES,
    WAIC,
    WAIC_ZH,
    docx_reading,
    docx_text,
    pptx_notes,
    pptx_slide_texts,
    seen,
)

CORPUS = sorted((ROOT / "tests" / "events").glob("*.yaml"))
EXAMPLES = sorted((ROOT / "data" / "examples").glob("*.yaml"))
EVENTS = [*CORPUS, WAIC, *EXAMPLES, WAIC_ZH]

under_title = importlib.import_module(
    "reportgen.office.powerpoint.under_title"
)  # the module, not its function


def _locale(path: Path) -> str:
    return load_event(path).formatting.locale


def _derived(path: Path):
    summary = load_event(path)
    return derive(summary, Formatter(summary.formatting.locale, dict(summary.formatting.currency_labels)))


@pytest.mark.parametrize("event", EVENTS, ids=lambda path: path.stem)
def test_the_briefings_first_page_prints_each_figure_once(event: Path) -> None:
    derived = _derived(event)
    band = [f.ref for f in derived.headline_figures]
    table = [f.ref for f in derived.table_figures]
    assert not set(band) & set(table)
    # every key figure, but one a briefing chart draws and its caption states: that is the chart's
    told = _told_by_briefing_charts(derived.charts, derived.figures, _locale(event))
    assert set(table) <= {f.ref for f in derived.key_figures} - told
    assert len(derived.table_rows) != 1  # a table of one row is no table: its figure is a bullet
    shown = set(band) | set(table)
    bullets = {f.ref for s in derived.sections.values() for f in s.briefing_figures}
    for section in derived.sections.values():
        for figure in section.briefing_figures:  # a bullet prints it again only for its breakdown
            assert figure.ref not in shown or figure.parts, (section.id, figure.ref)
    # the lede's news (plan/news_lede.py) is on the first page too: its first sentence writes it
    lede = lede_figures(Lede(derived.news_lede, ""), derived.figures.values(), _locale(event)) - {""}
    for figure in derived.key_figures:  # a key figure off the first page is its section's bullet
        assert figure.ref in shown | lede or figure.ref in bullets or figure.ref in told, (
            figure.ref
        )  # or its chart's


#: WAIC's capital chart as it was captioned, with no figure marked as the news: the caption
#: states 'Nearly RMB 15 billion', which its chart labels too.
STATED_CAPTION = (
    "Nearly RMB 15 billion of project investment, with RMB 10 billion of credit support tools "
    "and RMB 1 billion of new-track sub-funds beside it."
)


def _waic_stating(folder: Path, headline: bool = False) -> Path:
    """WAIC with its capital chart's caption stating the investment (and `headline: true` on it
    only where asked)."""
    text = WAIC.read_text(encoding="utf-8")
    old = "Project investment topped RMB 10 billion of credit tools and RMB 1 billion of sub-funds."
    old = f"      en: {old}\n"
    assert old in text
    text = text.replace(old, f"      en: {STATED_CAPTION}\n")
    if not headline:
        text = text.replace("        headline: true   # the news of the closing: the deals signed\n", "")
    path = folder / "waic-stating.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_tile_is_left_to_the_chart_whose_headline_states_it(tmp_path: Path) -> None:
    derived = _derived(_waic_stating(tmp_path))
    tiles = [f.label for page in derived.glance_pages for f in page]
    assert tiles == [
        "Representative AI industrial projects signed",
        "Visits to the WAIC metaverse",
        "Online viewers",
    ]
    caption = derived.charts["capital"].caption
    assert caption.startswith("Nearly\u00a0RMB\u00a015\u00a0billion")
    assert "Total investment of the signed projects" not in tiles


def test_a_band_figure_keeps_its_place_where_a_briefing_chart_draws_and_states_it(
    tmp_path: Path, built_event: Callable[[Path], BuildResult]
) -> None:
    """WAIC's 'nearly RMB 15 billion' is a bar's label and its chart's caption. It had left the
    band for that chart, which printed it a third time; since round 25 the labels of a chart whose
    every bar is labelled are no printing (plan/stated.py `counted_labels`), and a key figure stays
    on the first page whatever charts it (review YY4 #2: the record attendance on a trend's last
    bar alone). No bullet repeats it, and the briefing's check finds no third printing."""
    event = _waic_stating(tmp_path)
    derived = _derived(event)
    first = [f.ref for f in (*derived.headline_figures, *derived.table_figures)]
    assert "signing.investment" in first, first
    assert all(f.ref != "signing.investment" for s in derived.sections.values() for f in s.briefing_figures)
    briefing = next(f for f in built_event(event).files if f.suffix == ".docx")
    summary = load_event(event)
    amounts = [f.amount_text for f in derived.figures.values()]
    cited = [str(source.title) for source in summary.sources.values()]
    warnings = check_briefing(briefing, "b", amounts, "en", cited=cited)
    assert not [w for w in warnings if "15\u00a0billion" in w or "15 billion" in w], warnings


def test_the_news_opens_the_band_and_is_printed_at_most_twice(
    tmp_path: Path, built_event: Callable[[Path], BuildResult]
) -> None:
    """Review 4b: WAIC's first page showed 25 projects, 121 activities and more than 500 guests,
    and 'nearly RMB 15 billion' (the deals signed, the news) only on page 2's chart and caption.
    The figure the data marks as the news opens the band, even where a chart draws it; WAIC's
    caption names the finding and the bar's label is its second printing, in both editions."""
    derived = _derived(WAIC)
    assert derived.headline_figures[0].ref == "signing.investment"
    assert derived.glance_pages[0][0].ref == "signing.investment"
    stating = _derived(_waic_stating(tmp_path, headline=True))
    assert stating.headline_figures[0].ref == "signing.investment"
    for event in (WAIC, WAIC_ZH):
        result = built_event(event)
        files = {f.suffix: f for f in result.files}
        band = Document(str(files[".docx"])).tables[0].rows[0].cells[0].text
        assert band.replace("\u00a0", " ").replace("\u2060", "") in (
            "nearly RMB 15 billion\nTotal investment of the signed projects",
            "近150亿元\n签约项目总投资",
        ), band
        summary = load_event(event)
        amounts = [f.amount_text for f in _derived(event).figures.values()]
        cited = [str(source.title) for source in summary.sources.values()]
        locale = summary.formatting.locale
        assert check_briefing(files[".docx"], "b", amounts, locale, cited=cited) == []
        assert check_deck(files[".pptx"], "d", amounts, locale, cited=cited) == []


def test_small_sections_fold_together_under_their_names() -> None:
    derived = _derived(ROOT / "tests" / "events" / "peace-summit.yaml")
    titles = [s.title for s in derived.deck_sections if s.deck_pages]
    assert "Speakers" not in titles and "The summit" not in titles
    other = next(s for s in derived.deck_sections if s.id == OTHER_HIGHLIGHTS)
    points = other.deck_pages[-1].points
    # its bullets under its name, set as a heading, not read as another section's (review E: a
    # folded section's name was on no slide); at the slide's own level, not sub-points (review V)
    at = points.index("Speakers")
    assert "Speakers" in other.deck_pages[-1].heads
    assert not set(points[at + 1 : at + 3]) & set(other.deck_pages[-1].under)
    assert points[at : at + 3] == (
        "Speakers",
        "Elena Marković, Minister of Water, opened the summit.",
        "Idris Haddad, Secretary-General of the Basin Council, closed the summit.",
    )
    # in the file's order, before the regions' chart, which closes the deck with the one source
    assert [s.id for s in derived.deck_sections if s.deck_pages][-2:] == [OTHER_HIGHLIGHTS, "delegations"]
    last = derived.deck_sections[-1].deck_pages[-1]
    assert last.source == "Source: “Closing communiqué (sample)”"  # one source: a footer
    assert derived.sources_slide is False


def _section(sid: str, title: str, pages: tuple[DeckPage, ...]) -> SectionView:
    return SectionView(sid, title, None, {}, (), {}, (), (), deck_pages=pages)


def test_small_sections_share_an_other_highlights_slide() -> None:
    """Two small sections after a chart slide, which cannot take bullets: one slide for both."""
    chart = DeckPage("chart", "c", (), "A finding", True, False)
    small = DeckPage(
        "points",
        "",
        ("The opening ceremony was held in the main hall of the congress centre", "Closing ceremony: 1"),
        "",
        True,
        False,
    )
    other = DeckPage(
        "points",
        "",
        ("A gala dinner for all delegations on the second evening by the lake", "Press conferences: 4"),
        "",
        True,
        False,
    )
    sections = (
        _section("a", "Chart", (chart,)),
        _section("b", "Ceremonies", (small,)),
        _section("c", "Extras", (other,)),
    )
    folded = _folded(sections, Formatter("en_GB"))
    assert [s.deck_pages for s in folded[:3]] == [(chart,), (), ()]
    assert folded[3].id == OTHER_HIGHLIGHTS and folded[3].title == "Other highlights"
    assert folded[3].deck_pages[0].points == (  # its bullets under its name, a level down
        "Ceremonies",
        small.points[0],
        small.points[1],
        "Extras",
        other.points[0],
        other.points[1],
    )
    assert _folded(sections, Formatter("de_DE"))[3].title == "Weitere Höhepunkte"


def test_a_full_slide_is_not_folded() -> None:
    points = tuple(
        f"Delegation number {n} from a river-basin state: more than {n * 10} people" for n in range(5)
    )
    page = DeckPage("points", "", points, "Three days of talks between river-basin states.", True, False)
    sections = (_section("a", "The summit", (page,)),)
    assert _folded(sections, Formatter("en_GB")) == sections


@pytest.mark.parametrize("event", EVENTS, ids=lambda path: path.stem)
def test_the_documents_keep_to_the_plan(event: Path, built_event: Callable[[Path], BuildResult]) -> None:
    """The plan's checks run on every build and find nothing on any event: no slide but the
    title slide covers less than a quarter of its area, no figure is printed more than twice."""
    result = built_event(event)
    files = {f.suffix: f for f in result.files if f.suffix in {".docx", ".pptx"}}
    derived = _derived(event)
    amounts = [f.amount_text for f in derived.figures.values()]
    summary = load_event(event)
    locale = summary.formatting.locale
    cited = not_printings(summary, derived)  # citations, as the build passes them
    found = [
        w
        for path in files.values()
        for w in (check_deck if path.suffix == ".pptx" else check_briefing)(
            path, "d", amounts, locale, cited=cited
        )
        if "% of the slide" in w or "is printed" in w
    ]
    assert found == []
    assert [w for w in result.warnings if "% of the slide" in w or "is printed" in w] == []


def test_every_build_runs_the_plans_checks(tmp_path: Path) -> None:
    """No flag turns them off: a summary that prints a figure a third time is reported."""
    event = tmp_path / "event.yaml"
    text = (ROOT / "tests" / "events" / "one-figure.yaml").read_text(encoding="utf-8")
    event.write_text(
        text.replace("to a full house.", "to a full house of 1,240 guests; 1,240 came, 1,240 stayed."),
        encoding="utf-8",
    )
    event.write_text(event.read_text(encoding="utf-8").replace("value: 240", "value: 1240"), encoding="utf-8")
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    assert any("the figure '1,240' is printed" in w for w in result.warnings), result.warnings


def test_a_two_value_charts_sentence_is_its_figures_bullet_in_the_deck() -> None:
    """WAIC's signing slide states "17 of the 25 signed projects": no bullet prints the 25 again."""
    derived = _derived(WAIC)
    signing = derived.sections["signing"]
    assert [(p.layout, p.points) for p in signing.deck_pages] == [("points", ())]
    assert "17 of the 25 signed projects" in signing.deck_pages[0].headline
    planned = {s.id: s for s in derived.deck_sections}
    # the signing is the news (its investment `headline: true`): it keeps its slide in the file's
    # order, never one of 'Other highlights' (review CC); the media's summary, the file's last
    # section, no longer folds under it across four sections (review GG): it closes the deck
    assert OTHER_HIGHLIGHTS not in planned
    (own,) = planned["signing"].deck_pages
    # its summary, two sentences wider than a lead, is set as its sentences, paragraphs at the
    # body's size (round 17: a lead of one block read as a wall): no bullet besides them
    said = " ".join(own.paras)
    assert said.startswith("Representative industrial") and "17 of the 25" in said
    assert own.folded == () and own.points == own.paras and not own.headline
    assert [s.id for s in derived.deck_sections if s.deck_pages][-1] == "reach"


def test_no_bullet_repeats_what_its_slides_headline_states() -> None:
    """WAIC's media slide printed the media chart's sentence ("More than 700 media outlets …,
    including over 2,000 …") and then both figures again as bullets, and the slogan its summary
    quotes as a bullet: a slide too full to fit. Its figures are the sentence's; the summary's."""
    derived = _derived(WAIC)
    reach = derived.sections["reach"]
    assert [p.points for p in reach.deck_pages] == [()]
    assert "More than 700 media outlets" in seen(reach.deck_pages[0].headline)
    assert not any("thousands of websites" in p for p in reach.points)  # the summary quotes it
    assert not any("700 radio" in p or "2,000 Internet" in p for p in reach.points)


def test_bullets_that_only_repeat_the_tiles_make_no_slide() -> None:
    derived = _derived(ROOT / "tests" / "events" / "eleven-figures-long-chart.yaml")
    audience = next(s for s in derived.deck_sections if s.title == "Audience")
    assert audience.figure_list and audience.deck_pages == ()
    assert [p.layout for s in derived.deck_sections for p in s.deck_pages] == ["chart"]
    assert derived.sources_slide is False
    assert derived.deck_sections[-1].deck_pages[-1].source.startswith("Source: ")


def test_a_folded_slide_leaves_the_tiles_numbers_to_the_tiles() -> None:
    """The marathon's race slide only adds its summary to the tiles: folded with the winners."""
    derived = _derived(ROOT / "tests" / "events" / "city-marathon.yaml")
    other = derived.deck_sections[-1]
    assert other.id == OTHER_HIGHLIGHTS
    points = other.deck_pages[0].points
    # under its name, a paragraph: not 'The race: A flat course …', nor a sub-point (review V)
    assert points[:2] == ("The race", "A flat course along the lake, with a record field and cool weather.")
    assert points[1] in other.deck_pages[0].paras and points[1] not in other.deck_pages[0].under
    at = points.index("Winners")  # the two winners under their section's name
    assert points[at + 1 : at + 3] == (
        "Amara Okafor won the women's race in 2:21:40.",
        "Jonas Lindqvist won the men's race in 2:07:15.",
    )
    assert not any("41,250" in p for p in points)


def test_the_last_slides_notes_carry_the_notes_on_the_figures(deck_path: Path) -> None:
    deck = deck_path  # the bundled event's deck, built once for the session
    slides = list(Presentation(str(deck)).slides)
    notes = slides[-1].notes_slide.notes_text_frame.text
    assert "Notes on the figures:" in notes
    assert "Internet and self-media (We media) outlets: The source counts these among" in notes
    assert all("Notes on the figures" not in s.notes_slide.notes_text_frame.text for s in slides[:-1])
    footer = [sh.text_frame.text for sh in slides[-1].shapes if sh.name == "Source"]
    assert footer == [
        "Source: \u201cThe World Artificial Intelligence Conference 2022 was successfully concluded on "
        "September\u00a03rd\u201d, 3\u00a0September\u00a02022. Closing press release."  # dates tied
    ]


def test_a_small_last_slide_with_nowhere_to_go_keeps_its_bullets() -> None:
    """A section's small continued slide that no other slide can take stays: folding never drops
    a fact from the deck (it dropped the last five bullets of each section of the largest event)."""
    full = DeckPage(
        "points",
        "",
        tuple(f"Delegation number {n} from a river-basin state: more than {n * 10} people" for n in range(6)),
        "Three days of talks between river-basin states.",
        True,
        False,
    )
    rest = DeckPage("points", "", ("Observers: 4", "Interpreters: 12"), "", False, True)
    sections = (_section("a", "The summit", (full, rest)),)
    assert _folded(sections, Formatter("en_GB"))[0].deck_pages == (full, rest)


_FULL = tuple(f"Team number {n} from a river-basin state took home over {n * 10} thousand" for n in range(5))


def test_the_rest_of_a_section_with_a_slide_stays_with_it_not_on_another_sections_slide() -> None:
    """Review R: a section whose chart takes its slide left one line (its key quote), which was
    printed on the next section's slide under its name. It stays the section's own: a statement
    after its chart, its line as the statement (not a title over an empty slide)."""
    chart = DeckPage("chart", "c", (), "Viewing records", True, False)
    quote = DeckPage("points", "", (), "“Peak viewers passed 2.34 million.” — Data Lab", False, True)
    other = DeckPage("points", "", _FULL, "Prize money rose by half.", True, False)
    sections = (_section("a", "Viewing", (chart, quote)), _section("b", "Prizes", (other,)))
    folded = _folded(sections, Formatter("en_GB"))
    assert folded[1].deck_pages == (other,)  # nothing of 'Viewing' on the prizes' slide
    assert folded[0].deck_pages[0] == chart
    statement = folded[0].deck_pages[1]
    assert statement.points == (quote.headline,) and not statement.headline
    assert not statement.continued  # a statement under the section's name, not '(continued)'


def test_the_rest_of_a_section_goes_beside_its_own_chart_where_the_chart_leaves_room() -> None:
    chart = DeckPage("chart", "c", (), "Viewing records", True, False)
    rest = DeckPage("points", "", ("Broadcast in 19 languages",), "", False, True)
    other = DeckPage("points", "", _FULL, "Prize money rose by half.", True, False)
    sections = (_section("a", "Viewing", (chart, rest)), _section("b", "Prizes", (other,)))
    folded = _folded(sections, Formatter("en_GB"), frozenset({"c"}))
    assert folded[0].deck_pages == (replace(chart, layout="chart-and-points", points=rest.points),)
    assert folded[1].deck_pages == (other,)


def test_a_folded_section_without_a_headline_leads_its_first_bullet_with_its_name() -> None:
    """The film festival's jury folds into 'Other highlights': not a bullet 'Jury' alone above the
    names, nor 'Jury: Miriam Holt, president of the jury' (the bullet says it: `_says_title`)."""
    derived = _derived(ROOT / "tests" / "events" / "film-festival.yaml")
    other = next(s for s in derived.deck_sections if s.id == OTHER_HIGHLIGHTS)
    points = other.deck_pages[0].points
    assert "Jury" not in points and not any(p.startswith("Jury: ") for p in points)
    assert "Miriam Holt, president of the jury" in points
    assert "Kenji Arata, member of the jury" in points


@pytest.mark.parametrize("name", ["twelve-figures", "agri-fair", "seven-figures"])
def test_a_section_whose_bullets_only_repeat_tiles_gets_no_slide_of_them(name: str) -> None:
    """Twelve tiles came back as twelve bullets on two slides; the fair's four showground tiles
    as four bullets. A figure printed as a tile is no bullet of a slide that only repeats tiles."""
    derived = _derived(ROOT / "tests" / "events" / f"{name}.yaml")
    tiles = {f.ref for page in derived.glance_pages for f in page}
    for section in derived.deck_sections:
        for page in section.deck_pages:
            figures = [f for f in section.figure_list if f.sentence in page.points]
            assert not (
                page.points and all(f.ref in tiles for f in figures) and len(figures) == len(page.points)
            )


def test_a_deck_of_tiles_alone_prints_its_one_source_under_the_last_tiles(tmp_path: Path) -> None:
    result = build(
        ROOT / "tests" / "events" / "twelve-figures.yaml", Settings.simple(tmp_path / "out", TEMPLATES)
    )
    deck = next(f for f in result.files if f.suffix == ".pptx")
    slides = list(Presentation(str(deck)).slides)
    assert [s.shapes.title.text for s in slides[1:]] == [  # no bullets, no Sources
        "Four days of exhibits and talks on mobile networks",  # the congress's summary (item 3), as a title
        "The congress",  # a second page of one section's tiles: its name, not '… (continued)'
    ]
    footers = [[sh.text_frame.text for sh in s.shapes if sh.name == "Source"] for s in slides[1:]]
    assert footers == [[""], ["Source: “Congress closes (sample release)”"]]
    assert result.warnings == []


def test_a_folded_bullet_that_names_its_section_is_not_led_by_the_name_again(tmp_path: Path) -> None:
    """Harbourside's Forums joined the Exhibition slide as 'Forums: Forum tracks: …'. (Since review
    GG it folds onto no slide across the visitors' chart: its line leads its tiles' page.)"""
    result = build(
        ROOT / "data" / "examples" / "harbourside-expo-2025.yaml", Settings.simple(tmp_path, TEMPLATES)
    )
    deck = next(p for p in result.files if p.suffix == ".pptx")
    lines = [line for slide in pptx_slide_texts(deck) for line in slide.splitlines()]
    assert not any(line.startswith("Forums: ") for line in lines)
    assert any(line.startswith("Forum tracks: Port logistics") for line in lines)


HARBOURSIDE = ROOT / "data" / "examples" / "harbourside-expo-2025.yaml"


def test_a_chart_slide_states_the_sections_finding_where_its_caption_only_describes(tmp_path: Path) -> None:
    """Harbourside's captions describe their charts ('Intended purchase deals by sector.'), so the
    section's summary is the slide's message; WAIC's captions name numbers and stay. The summary
    names nothing the chart plots (the show floor, the forums, not the sectors): the chart's title
    is the slide's title, the summary its lead (review W)."""
    derived = _derived(HARBOURSIDE)
    deals = derived.sections["deals"].deck_pages[0]
    assert deals.chart == "deals"
    assert deals.headline == "Buyers signed letters of intent on the show floor and at matchmaking forums."
    waic = _derived(WAIC)
    capital = next(p for s in waic.sections.values() for p in s.deck_pages if p.chart == "capital")
    assert capital.headline.startswith(waic.charts["capital"].caption)  # the summary may lead under it
    result = build(HARBOURSIDE, Settings.simple(tmp_path / "out", TEMPLATES))
    deck = next(p for p in result.files if p.suffix == ".pptx")
    titles = [
        seen(s.shapes.title.text_frame.text) for s in Presentation(deck).slides if s.shapes.title is not None
    ]
    assert "Intended deals by sector (US$)" in titles
    assert "Buyers signed letters of intent" not in " ".join(titles)
    assert "Intended purchase deals by sector." not in " ".join(titles)
    lead = next(
        seen(s.text_frame.text)
        for slide in Presentation(deck).slides
        for s in slide.shapes
        if s.has_text_frame and s.name == "Headline" and "letters of intent" in s.text_frame.text
    )
    assert lead == "Buyers signed letters of intent on the show floor and at matchmaking forums."


def test_a_two_value_chart_whose_caption_names_no_number_is_the_sentence_of_its_values() -> None:
    derived = _derived(HARBOURSIDE)
    assert derived.charts["exhibitors"].too_few
    # its parts after the whole's label, each with its share (review RR2: never 'Label: value and
    # Label: value'), as an editor writes a split (data/breakdowns.py)
    sentence = (
        "Exhibitors included more than 700 domestic exhibitors (about 58%) "
        "and more than 500 international exhibitors (about 42%)."
    )
    assert derived.charts["exhibitors"].caption.replace("\u00a0", " ") == sentence
    assert derived.sections["exhibition"].chart_sentences == (derived.charts["exhibitors"].caption,)
    # WAIC's two-value chart says its ratio in the source's words: kept as written
    assert _derived(WAIC).charts["projects"].caption.startswith("17 of the 25 signed projects")


def test_a_briefing_chart_that_labels_its_bars_is_not_followed_by_the_same_numbers_as_bullets(
    tmp_path: Path,
) -> None:
    """Issue 19, item 2: '12 bullets, then a chart of the same 12 numbers'. The chart labels each
    bar with its amount (and its alt text says them all); a figure's note goes under the chart."""
    event = ROOT / "tests" / "events" / "eleven-figures-long-chart.yaml"
    derived = _derived(event)
    venues = next(s for s in derived.sections.values() if "venues" in s.briefing_charts)
    assert len(derived.charts["venues"].bars) == 12
    assert venues.briefing_figures == ()
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    briefing = next(p for p in result.files if p.suffix == ".docx")
    reading = docx_reading(briefing)
    text = docx_text(briefing)
    for bar in derived.charts["venues"].bars:
        assert f"{bar.label}: {bar.text}" in reading  # in the picture's alt text ...
        assert bar.label not in text  # ... and no bullet
    noted = event.read_text(encoding="utf-8").replace(
        "label: Old town open-air square,", 'label: Old town open-air square, note: "Free entry.",', 1
    )
    assert noted != event.read_text(encoding="utf-8")
    (tmp_path / "noted.yaml").write_text(noted, encoding="utf-8")
    noted_plan = _derived(tmp_path / "noted.yaml")
    kept = next(s for s in noted_plan.sections.values() if "venues" in s.briefing_charts)
    # its note goes under the chart's caption, not into a bullet that prints the amount again
    assert kept.briefing_figures == ()
    assert noted_plan.charts["venues"].notes == ("Old town open-air square: Free entry.",)
    noted_result = build(tmp_path / "noted.yaml", Settings.simple(tmp_path / "noted", TEMPLATES))
    noted_briefing = next(p for p in noted_result.files if p.suffix == ".docx")
    captions = [p.text for p in Document(str(noted_briefing)).paragraphs if p.style.name == "Caption"]
    assert captions[-1] == "Old town open-air square: Free entry."


def test_a_small_section_no_slide_can_take_is_set_as_a_statement(tmp_path: Path) -> None:
    """The cup's final (a summary and one person) follows a full-width chart and ends the deck:
    nothing can take it, so it is a statement slide, its text large in the middle, and the check
    finds no near-empty slide (it found 24 % before)."""
    event = ROOT / "tests" / "events" / "youth-cup-us.yaml"
    final = _derived(event).sections["final"].deck_pages
    assert [(p.layout, p.statement) for p in final] == [("points", True)]
    # the deck's slides (a section page folded into another slide is no slide of its own): WAIC's
    # statement is the media's, its summary alone on its slide since review GG no longer folds the
    # media (the file's last section) under the signing; the signing's two sentences, of three
    # rows and two, are prose set at the body's size (review OO1: `views._prose`)
    statements = [s.id for s in _derived(WAIC).deck_sections for p in s.deck_pages if p.statement]
    assert statements == ["reach"]
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    assert result.warnings == []
    deck = Presentation(next(p for p in result.files if p.suffix == ".pptx"))
    last = deck.slides[len(deck.slides) - 1]
    # one sentence: set as a pull quote, large, centred and without a bullet (`page.pull`), grown
    # to the largest size its title allows (a step above it, round 16: under_title.statement_most),
    # in regular weight (review R: bold, it read as a poster)
    assert [p.pull for p in final] == [True]
    assert not any(s.name == "Section text" for s in last.shapes)
    text = next(s for s in last.shapes if s.name == "Statement")
    said = "Lucas Ferreira, Brazil captain, scored the winning goal in the 112th minute."
    # its last two words tied: never one alone on a line; its lines even (balanced_lines.py)
    assert seen(text.text_frame.text).replace("\v", "") == said
    assert text.text_frame.vertical_anchor == MSO_ANCHOR.MIDDLE
    assert [p.alignment for p in text.text_frame.paragraphs] == [PP_ALIGN.CENTER]
    most = min(STATEMENT_MAX_PT, under_title.statement_most(list(last.shapes)))
    assert {(r.font.size.pt, bool(r.font.bold)) for p in text.text_frame.paragraphs for r in p.runs} == {
        (most, False)
    }
    assert all(p._p.pPr.find(qn("a:buNone")) is not None for p in text.text_frame.paragraphs)


def test_a_section_the_first_page_prints_whole_gets_no_heading_over_nothing(tmp_path: Path) -> None:
    """The festival's Budget is one key figure: the key-figures table printed it, so the briefing
    printed a 'Budget' heading with nothing under it. That table was one row, which is no table
    (review J). Round 23 (tiles23: a bare count is a key figure, review RR2 #9): the programme's
    counts join it as rows, a table of three under the band of three; the Budget section, whose
    figures the first page prints, gets no heading."""
    event = ROOT / "tests" / "events" / "fete-science-fr.yaml"
    derived = _derived(event)
    sections = derived.sections
    assert len(derived.table_rows) != 1  # a table of one row is no table
    first_page = [f.ref for f in (*derived.band_figures, *derived.table_rows)]
    assert "budget.budget" in first_page and {"programme.labos", "programme.conferences"} <= set(first_page)
    assert not sections["budget"].briefing_figures and not sections["budget"].in_briefing
    assert sections["programme"].in_briefing and sections["public"].in_briefing
    for corpus in CORPUS:
        plan = _derived(corpus)
        shown = {f.ref for f in (*plan.headline_figures, *plan.table_figures)}
        for section in plan.sections.values():
            if (
                section.figure_list
                and {f.ref for f in section.figure_list} <= shown
                and not (
                    section.summary or section.people or section.lists or section.launches or section.charts
                )
            ):
                assert not section.in_briefing, (corpus.name, section.id)
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    briefing = Document(str(next(p for p in result.files if p.suffix == ".docx")))
    texts = [(p.style.name, p.text) for p in briefing.paragraphs if p.text.strip()]
    assert ("Heading 1", "Budget") not in texts
    cells = [c.text.replace("\u00a0", " ") for t in briefing.tables for r in t.rows for c in r.cells]
    assert "1,85 million d’euros" in cells, cells  # the amount exact, its row's value


def test_a_quote_that_only_repeats_its_sentence_is_not_printed_under_it(waic_build) -> None:
    """WAIC's people are written from the source's sentences: under 'Zhang Wei, …, declared the
    Conference closed.' the briefing printed the source's 'At the closing ceremony of WAIC 2022,
    Zhang Wei, … declared the Conference closed.' A quote that adds to its sentence stays."""
    people = _derived(WAIC).sections["closing_ceremony"].people
    assert [p.quote.echo for p in people if p.quote] == [True, True, True, True]
    lists = _derived(WAIC).sections["participants"].lists
    assert [x.quote.echo for x in lists.values() if x.quote] == [False]  # "… who passionately discussed"
    files = {f.suffix: f for f in waic_build.files}
    briefing, notes = docx_text(files[".docx"]), "\n".join(pptx_notes(files[".pptx"]))
    assert "Zhang Wei, Member of the Standing Committee" in briefing  # the sentence, once
    assert "At the closing ceremony of WAIC 2022, Zhang Wei" not in briefing
    assert "At the closing ceremony of WAIC 2022, Zhang Wei" in notes  # the speaker keeps the source's words
    assert "who passionately discussed industrial innovation trends" in briefing
    from reportgen.data.plan.quotes import _echoes

    said = "上海市副市长张为宣布大会闭幕。"
    assert _echoes("闭幕式上，上海市副市长张为宣布大会闭幕。", said)
    assert not _echoes("上海市副市长张为宣布大会闭幕，并感谢了全体志愿者的辛勤付出。", said)


def test_a_key_figure_a_deck_chart_labels_is_the_charts_unless_it_is_news(tmp_path: Path) -> None:
    """The fair's four livestock counts are key figures and the bars of a chart: tiles of them and
    then the chart read as the same slide twice. Marked `headline: true`, a count opens the tiles
    (and the briefing's band) whatever its place in the file."""
    event = ROOT / "tests" / "events" / "agri-fair.yaml"
    tiles = [f.id for page in _derived(event).glance_pages for f in page]
    assert tiles == ["area", "exhibitors", "visitors", "local"]
    marked = event.read_text(encoding="utf-8").replace(
        "unit: pigs, key: true}", "unit: pigs, key: true, headline: true}", 1
    )
    assert marked != event.read_text(encoding="utf-8")
    (tmp_path / "marked.yaml").write_text(marked, encoding="utf-8")
    derived = _derived(tmp_path / "marked.yaml")
    tiles = [f.id for page in derived.glance_pages for f in page]
    assert tiles == ["pigs", "area", "exhibitors", "visitors", "local"]
    assert [f.id for f in derived.headline_figures] == ["pigs", "area", "exhibitors"]
    result = build(tmp_path / "marked.yaml", Settings.simple(tmp_path / "out", TEMPLATES))
    deck = Presentation(str(next(p for p in result.files if p.suffix == ".pptx")))
    tile_texts = [s.text_frame.text for s in deck.slides[1].shapes if s.name.startswith("Key figure")]
    assert tile_texts[0].replace("\xa0", " ") == "380\nPigs shown"


def test_a_charts_only_key_figure_is_a_tile_too(tmp_path: Path) -> None:
    """Review Y (ko_KR summit): '약 2만 1400명', a key figure and the last year of a six-year trend
    of figures that are not, was only in the chart. The tiles then the chart of the same numbers
    read as one slide twice only where the chart draws several key figures (the fair's four
    livestock counts); a chart's only key figure is a tile, as the news is: the tile says the
    result, the chart the path. It is printed twice: the tile and its bar."""
    event = ROOT / "tests" / "data" / "review_events" / "climatetech-ko-kr.yaml"
    derived = _derived(event)
    tiles = [f.ref for page in derived.glance_pages for f in page]
    assert "chamga.chamgaja_2026" in tiles, tiles
    result = build(event, Settings.simple(tmp_path, TEMPLATES))
    assert result.warnings == []
    deck = Presentation(str(next(p for p in result.files if p.suffix == ".pptx")))
    tile_texts = [
        s.text_frame.text.replace("\xa0", " ").replace("\u2060", "")
        for s in deck.slides[1].shapes
        if s.name.startswith("Key figure")
    ]
    assert any("2만 1400" in t for t in tile_texts), tile_texts


@pytest.mark.parametrize(
    ("locale", "line"),
    [
        (
            "en_GB",
            "Source: “Poetry by the harbour”, Portsby Gazette, 19 April 2026. https://example.org/hpe",
        ),
        (
            "fr_FR",
            "Source\u00a0: «\u00a0Le prix pour “La Dernière Crue”\u00a0», Portsby Gazette, 19 avril 2026."
            " https://example.org/hpe",
        ),
    ],
)
def test_a_sources_date_and_its_address_are_parted_by_a_stop(tmp_path: Path, locale: str, line: str) -> None:
    """'12 novembre 2026 https://…' ran the date into the address on the deck's footer and its
    Sources slide, where the briefing sets a stop; a French title's own « … » came out nested."""
    title = "Poetry by the harbour" if locale == "en_GB" else "Le prix pour « La Dernière Crue »"
    text = (ROOT / "tests" / "events" / "one-figure.yaml").read_text(encoding="utf-8")
    text = text.replace("locale: en_GB", f"locale: {locale}").replace(
        "    title: Organisers' note (sample)\n",
        f"    title: {title}\n    publisher: Portsby Gazette\n    published: 2026-04-19\n"
        "    url: https://example.org/hpe\n",
    )
    event = tmp_path / "event.yaml"
    event.write_text(text, encoding="utf-8")
    summary = load_event(event)
    assert _source_line(summary, Formatter(locale, {})) == line


def test_a_summary_that_would_print_the_news_a_third_time_gives_way_to_its_chart() -> None:
    """Review U's marathon: '参赛人数从2021年的1.2万人增长到2026年的3.2万人。' over a trend whose last
    bar is the news (3.2万, in the band and on the tiles) printed it three times in each document;
    the summary gives way, as a caption does, and the chart's finding titles its slide."""
    derived = _derived(ROOT / "tests" / "data" / "review_events" / "saima-zh-cn.yaml")
    trend = derived.sections["qushi"]
    assert trend.summary is None and trend.briefing_charts == ("qushi",)
    (page,) = next(s for s in derived.deck_sections if s.id == "qushi").deck_pages
    assert page.chart == "qushi" and "3.2万" not in page.headline
    assert derived.sections["cansai"].summary  # a summary stating no drawn twin stays
