"""Review AA (round 14): every clause of a section's summary reaches its slides, and a slide of
voices is titled by what is said.

A title cut from a summary at a comma left the rest in the speaker notes only ('… zwei Hallen
blieben geschlossen', '…, with climate and agriculture startups attracting the largest share'); a
person's role ('Mag. Christine Oberhauser zog Bilanz …') titled the trade fair's slide of voices.
The document check names a slide whose section's summary says a clause none of its slides print."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.plan.views import DeckPage
from reportgen.office.quality import check_deck
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, seen

REVIEWS = ROOT / "tests" / "data" / "review_events"
SALZBURG = REVIEWS / "gebaeudetechnik-salzburg-de-at.yaml"
NAIROBI = REVIEWS / "nairobi-innovation-week-en-ke.yaml"
HALLS = (
    "Die Messe fiel kleiner aus als im Vorjahr, mit weniger Ausstellern und weniger Fachbesuchern; "
    "zwei Hallen blieben geschlossen."
)

SHARE_ES = (
    "Los inversores comprometieron más capital que en ninguna edición anterior, con las startups "
    "agrícolas atrayendo la mayor parte."
)
PASSES = "Ticket sales rose on every day of the festival, with families buying most of the weekend passes."


@pytest.mark.parametrize(
    ("headline", "title", "lead"),
    [
        # a clause after a semicolon: a sentence of its own under the title
        (HALLS, "Die Messe fiel kleiner aus als im Vorjahr", "Zwei Hallen blieben geschlossen."),
        # an absolute clause, written as a sentence by an allow-listed verb
        (
            "Investors committed more capital than at any previous edition, with climate and "
            "agriculture startups attracting the largest share.",
            "Investors committed more capital than at any previous edition",
            "Climate and agriculture startups attracted the largest share.",
        ),
        # one whose verb no list knows: no cut there; the section's name titles the whole summary
        (PASSES, "", PASSES),
        (SHARE_ES, "", SHARE_ES),  # a gerund after 'con': the same, in Spanish
    ],
)
def test_a_title_cut_at_a_comma_leaves_no_clause_unsaid(headline: str, title: str, lead: str) -> None:
    page = DeckPage("points", "", ("A bullet.",), headline, True, False)
    assert (page.title_finding, page.lead) == (title, lead)


def _deck(event: Path, out: Path) -> Path:
    result = build(event, Settings.simple(out, TEMPLATES))
    return next(f for f in result.files if f.suffix == ".pptx")


def _slides(deck: Path) -> list[dict[str, str]]:
    return [
        {shape.name: seen(shape.text_frame.text) for shape in slide.shapes if shape.has_text_frame}
        for slide in Presentation(str(deck)).slides
    ]


def test_the_trade_fairs_closed_halls_and_its_voices(tmp_path: Path) -> None:
    slides = _slides(_deck(SALZBURG, tmp_path))
    bilanz = next(s for s in slides if s.get("Title 1") == "Die Messe fiel kleiner aus als im Vorjahr")
    assert "Zwei Hallen blieben geschlossen." in bilanz["Section text"]
    voices = next(s for s in slides if "Stimmen zur Messe" in s.values())
    # titled by its section's name, the summary under it; no person's role as the title
    assert voices["Title 1"] == "Stimmen zur Messe" and not voices.get("Section name")
    assert "Oberhauser" not in voices["Title 1"]
    assert voices["Section text"].startswith("Veranstalter, Aussteller und Innung sahen im Rückgang")


def test_the_investors_largest_share_is_on_the_slide(tmp_path: Path) -> None:
    slides = _slides(_deck(NAIROBI, tmp_path))
    deals = next(s for s in slides if s.get("Title 1", "").startswith("Investors committed"))
    assert deals["Title 1"] == "Investors committed more capital than at any previous edition"
    assert "Climate and agriculture startups attracted the largest share." in deals["Section text"]


def test_the_check_names_a_slide_whose_summary_is_said_only_in_its_notes(tmp_path: Path) -> None:
    deck = _deck(SALZBURG, tmp_path)
    assert not [w for w in check_deck(deck, "gts", summaries=(HALLS,)) if "summary says" in w]
    prs = Presentation(str(deck))
    at, slide = next((n, s) for n, s in enumerate(prs.slides, 1) if "Zwei Hallen" in "".join(_texts_of(s)))
    for shape in slide.shapes:  # the lead gone: the halls said in the notes only, as before
        for paragraph in shape.text_frame.paragraphs if shape.has_text_frame else ():
            if "Zwei Hallen" in "".join(r.text for r in paragraph.runs):
                for run in paragraph.runs:
                    run.text = ""
    warnings = [w for w in check_deck(prs, "gts", summaries=(HALLS,)) if "summary says" in w]
    assert warnings == [
        f"gts: slide {at}: its section's summary says 'zwei Hallen blieben geschlossen.', which no "
        "slide of the section prints (only the speaker notes do)"
    ]


def _texts_of(slide: object) -> list[str]:
    return [s.text_frame.text for s in slide.shapes if s.has_text_frame]  # type: ignore[attr-defined]


def test_the_film_markets_voices_are_titled_by_none_of_them(tmp_path: Path) -> None:
    """Karim Benjelloun's line ('… a signé deux coproductions …') titled the slide of voices, and
    his words were left a bullet of their own beside Isabelle Gagnon-Roy's under her line."""
    slides = _slides(_deck(REVIEWS / "marche-film-montreal-fr-ca.yaml", tmp_path))
    voices = next(s for s in slides if "We came for one co-producer" in s.get("Section text", ""))
    assert "Benjelloun" not in voices["Title 1"]
    assert "Karim Benjelloun" in voices["Section text"].split("« We came")[0]


FILM = REVIEWS / "marche-film-montreal-fr-ca.yaml"
MARATHON = REVIEWS / "marathon-quanzhou-zh-cn.yaml"


def _printing(slides: list[dict[str, str]], words: str) -> list[dict[str, str]]:
    return [s for s in slides if any(words in t for t in s.values())]


@pytest.mark.parametrize(
    ("event", "section", "said"),
    [
        # titled by its chart's caption: the summary its lead (review CC, fr slide 4)
        (FILM, "Coproductions", "le Sénégal et le Maroc entrent pour la première fois dans le palmarès"),
    ],
)
def test_a_slide_titled_by_its_chart_prints_its_sections_summary(
    tmp_path: Path, event: Path, section: str, said: str
) -> None:
    slides = _slides(_deck(event, tmp_path))
    charted = [s for s in slides if s.get("Section name") == section]
    # on its chart's slide, or leading the page of its tiles where its own sentence leads the
    # chart's (review HH: the fund's sentence, which review CC had praised there)
    assert charted and any(said in seen(t) for s in slides for t in s.values()), slides


def test_a_chart_of_more_than_ten_categories_keeps_its_height_and_its_summary_titles_it(
    tmp_path: Path,
) -> None:
    """The marathon's 12 countries: the chart takes the lead's height (charts9), and its summary,
    no longer in the notes only (round 16), titles the slide in two lines; no lead under it."""
    deck = _deck(MARATHON, tmp_path)
    charted = [s for s in _slides(deck) if s.get("Section name") == "国际选手"]
    title = seen(charted[0]["Title 1"]).replace("\u2060", "").replace("\v", "")
    assert charted and "其中埃塞俄比亚和肯尼亚选手占据了男子" in title
    assert not charted[0].get("Headline")
    assert not [w for w in check_deck(deck, "deck", locale="zh_CN") if "only the speaker notes" in w]


def test_the_check_names_a_chart_slide_whose_summary_is_said_only_in_its_notes(tmp_path: Path) -> None:
    """A slide titled by its chart's finding, not by its summary, is checked as well (titles9 looked
    only at a title cut from the summary), whatever the case of the summary's first letter in the
    notes ('Coproductions : les ententes …')."""
    summary = next(
        line.split("summary: ", 1)[1]
        for line in FILM.read_text("utf-8").splitlines()
        if "Sénégal et le" in line
    )
    prs = Presentation(str(_deck(FILM, tmp_path)))
    slide = next(s for s in prs.slides if any(sh.has_chart for sh in s.shapes))
    assert "Sénégal" in slide.notes_slide.notes_text_frame.text
    # the first slide whose notes hold it: the page of tiles it leads, whose notes keep its lead
    # line for a template without a Lead box (round 19), else the chart's
    at = next(n for n, s in enumerate(prs.slides, 1) if "Sénégal" in s.notes_slide.notes_text_frame.text)
    for shape in (sh for s in prs.slides for sh in s.shapes):  # the summary gone from the slides
        for paragraph in shape.text_frame.paragraphs if shape.has_text_frame else ():
            if "Sénégal" in "".join(r.text for r in paragraph.runs):
                for run in paragraph.runs:
                    run.text = ""
    warnings = [w for w in check_deck(prs, "mifm", summaries=(summary,)) if "summary says" in w]
    assert warnings and all(w.startswith(f"mifm: slide {at}: ") for w in warnings), warnings
