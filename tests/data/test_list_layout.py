"""A long list laid out by measure (issue 19 class 3). Reviewers saw 30 Italian exhibitors printed
five or six a slide over six slides, 12 partners split 2 / 5 / 5 over three slides (two of them
13-15 % full), and the heading 'Partners' followed by the list's own label 'Partners:'."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from reportgen.data.list_layout import columns_of, lay_out
from reportgen.data.prepare import prepare
from reportgen.data.typography import typographic
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import TEMPLATES, docx_text

#: Review J's exhibitors: several longer than a third of a slide ('Autorità di Sistema Portuale
#: del Mar Ligure Orientale' would take three lines of a column of three).
EXHIBITORS = [
    "Fincantieri", "Leonardo", "Baglietto", "Sanlorenzo", "Riva", "Perini Navi", "Contship Italia",
    "La Spezia Container Terminal", "Autorità di Sistema Portuale del Mar Ligure Orientale",
    "Intermarine", "Cantiere Navale Ferrari", "Fincantieri Infrastructure", "Ansaldo Energia",
    "Hitachi Rail", "Enel", "Iren", "ASL 5 Spezzino", "Ospedale Sant'Andrea", "Coop Liguria",
    "Esselunga", "Carispezia Crédit Agricole", "Banca Carige", "Università di Genova – Polo Marconi",
    "ITS Accademia del Mare", "Camera di Commercio Riviere di Liguria", "Confartigianato La Spezia",
    "Adecco", "Randstad", "Gi Group", "Manpower",
]  # fmt: skip
#: Review K's partners: two of them wider than a column of three.
PARTNERS = [
    "Aviva", "Nestlé UK & Ireland", "Bettys & Taylors of Harrogate", "York Building Society",
    "Network Rail", "Persimmon Homes Yorkshire", "Harrison & Gray Solicitors LLP", "Minster FM",
    "The Press York", "Hiscox", "Yorkshire Water", "Ouse Valley Running Club",
]  # fmt: skip
COUNTRIES = [
    "Ireland", "France", "Spain", "Portugal", "Italy", "Germany", "Belgium", "Denmark", "Sweden",
    "Norway", "Finland", "Japan",
]  # fmt: skip
SESSIONS = [  # the craft fair's workshops: too long for a column of two
    "Restoring a rush-seated chair with traditional hand tools",
    "Throwing and turning a lidded jar on the wheel",
    "Natural dyes from plants that grow in northern hedgerows",
    "Setting type and printing a poster on a proof press",
    "Forging a fire steel and striking a spark from flint",
    "Weaving a small tapestry on a frame loom",
    "Making a lampwork glass bead over an open flame",
    "Carving a green-wood spoon with an axe and a hook knife",
]


def test_twelve_short_items_are_one_slide_of_three_even_columns() -> None:
    laid = lay_out(COUNTRIES)
    assert laid.columns == 3 and laid.pages == (tuple(COUNTRIES),)
    # even columns: a box's own columns were filled one after the other (11 + 1 + 0)
    assert [len(c) for c in columns_of(laid.pages[0], 3)] == [4, 4, 4]


def test_twelve_partners_some_long_are_one_slide_of_two_columns() -> None:
    laid = lay_out(PARTNERS)
    assert laid.columns == 2 and len(laid.pages) == 1  # not 2 / 5 / 5 over three slides
    assert [len(c) for c in columns_of(laid.pages[0], 2)] == [6, 6]


def test_thirty_medium_items_are_two_balanced_slides_of_two_columns() -> None:
    laid = lay_out(EXHIBITORS)
    assert laid.columns == 2 and [len(p) for p in laid.pages] == [15, 15]  # not six slides of five
    assert sum(laid.pages, ()) == tuple(EXHIBITORS)
    assert "'Autorità di Sistema Portuale del Mar Ligure Orientale' would break" in laid.why


def test_eight_long_items_are_one_column_on_one_slide() -> None:
    laid = lay_out(SESSIONS)
    assert laid.columns == 1 and laid.pages == (tuple(SESSIONS),)


def test_the_event_file_may_set_the_columns() -> None:
    laid = lay_out(COUNTRIES, forced=2)
    assert laid.columns == 2 and "as the event file sets (columns: 2)" in laid.why


def _event(tmp_path: Path, items: list[str], label: str, title: str, columns: str = "") -> Path:
    listed = "".join(f'          - "{item}"\n' for item in items)
    event = tmp_path / "fair.yaml"
    event.write_text(
        "event:\n  name: Fiera 2026\n  short_name: Fiera 2026\n  year: 2026\n  city: La Spezia\n"
        "  closing_date: 2026-03-12\nsources:\n  release:\n    title: Comunicato\n"
        "sections:\n  visitors:\n    title: Visitors\n    figures:\n"
        "      visitors: {label: Visitors, value: 8500, unit: visitors, key: true}\n"
        f"  exhibitors:\n    title: {title}\n    summary: Thirty firms came, from yachts to hospitals.\n"
        f"    lists:\n      firms:\n        label: {label}\n{columns}        items:\n{listed}",
        encoding="utf-8",
    )
    return event


def _slides_with(deck: Path, items: list[str]) -> tuple[list[int], list[str]]:
    """The numbers of the slides that print one of `items`, and every paragraph of the deck."""
    prs = Presentation(str(deck))
    slides, paragraphs = [], []
    for number, slide in enumerate(prs.slides, start=1):
        texts = [
            p.text.replace("\u00a0", " ")
            for sh in slide.shapes
            if sh.has_text_frame
            for p in sh.text_frame.paragraphs
        ]
        paragraphs += texts
        if any(t in items for t in texts):
            slides.append(number)
    return slides, paragraphs


def test_thirty_exhibitors_print_on_two_slides_each_once_and_the_label_once(tmp_path: Path) -> None:
    event = _event(tmp_path, EXHIBITORS, "Exhibitors", "Exhibitors")
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    deck = next(p for p in result.files if p.suffix == ".pptx")
    printed = [typographic(item).replace("\u00a0", " ") for item in EXHIBITORS]  # 'Sant’Andrea'
    slides, paragraphs = _slides_with(deck, printed)
    paragraphs = [p.replace("\u00a0", " ") for p in paragraphs]
    assert len(slides) == 2
    assert sorted(p for p in paragraphs if p in printed) == sorted(printed)  # each once
    # the heading 'Exhibitors' is on the slide; its label 'Exhibitors:' is not printed under it,
    # nor in the briefing, whose items stay one a bullet under the heading
    assert not any(p.casefold().startswith("exhibitors:") for p in paragraphs)
    briefing = docx_text(next(p for p in result.files if p.suffix == ".docx")).split("\n")
    assert "Exhibitors:" not in briefing and "Fincantieri" in briefing


def test_a_label_that_repeats_the_title_is_printed_once_among_bullets() -> None:
    """A list too short for a slide of its own stays among its section's bullets: under the heading
    'Partners', its items without a 'Partners:' line over them."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        event = _event(Path(folder), PARTNERS[:8], "Partners", "Partners")
        section = prepare(event).derived.sections["exhibitors"]
    points = [p for page in section.deck_pages for p in page.points]
    assert "Partners:" not in points and points[: len(PARTNERS[:8])] == PARTNERS[:8]
    assert not any(p in page.under for page in section.deck_pages for p in page.points)


def test_the_plan_says_the_columns_and_why(tmp_path: Path) -> None:
    from reportgen.data.plan_view import plan_data, plan_text

    event = _event(tmp_path, PARTNERS, "Sponsors", "Partners", columns="        columns: 3\n")
    prepared = prepare(event)
    (page,) = prepared.derived.sections["exhibitors"].deck_pages
    assert page.columns == 3
    text = plan_text(plan_data(prepared.summary, prepared.derived))
    assert "a list in columns, 12 items: 3 column(s), as the event file sets (columns: 3)" in text


def test_items_that_are_pairs_of_their_own_are_printed_one_a_line(tmp_path: Path) -> None:
    """'Ganadores: Gran premio: Cosecha Viva; Impacto social: Aula Abierta' (review N): items that
    hold a pair are never run into one sentence after the list's label; a short list of names is."""
    winners = ["Grand prize: Cosecha Viva", "Social impact: Aula Abierta", "Audience award: Pagalo"]
    section = prepare(_event(tmp_path, winners, "Winners", "Awards")).derived.sections["exhibitors"]
    points = [p for page in section.deck_pages for p in page.points]
    assert "Winners:" in points and all(w in points for w in winners)
    assert not [p for p in points if "Winners: Grand" in p]
    names = ["Cosecha Viva", "Aula Abierta", "Pagalo"]
    section = prepare(_event(tmp_path, names, "Winners", "Awards")).derived.sections["exhibitors"]
    assert [p for page in section.deck_pages for p in page.points] == [
        "Winners: Cosecha Viva, Aula Abierta and Pagalo"
    ]
