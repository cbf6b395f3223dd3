"""A quotation on a slide is credited there, a bare count titles no slide, a launch's words reach
its slide (review Q): a quote set as a slide's title had no speaker on the slide (the fun run's
'“Every runner today has given a family somewhere in York a night of rest”', Setouchi's 「…」);
'Environ 480 investisseurs présents' titled a slide over the section's own sentence; the words
said of the Taichung fair's launch were only in the speaker notes."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pptx import Presentation

from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"
EVENTS = ROOT / "tests" / "events"
#: Marks that open a quotation set as a title, in the languages we write.
OPENERS = ("“", "„", "«", "「", "『", "»", "‘")
#: Characters a slide sets in a name that its file writes otherwise (no-break space, word joiner).
_SET = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2060": None, "\u2011": "-", "\x0b": ""})


def _slides(event: Path, out: Path) -> list[dict[str, str]]:
    result = build(event, Settings.simple(out, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    return [
        {s.name: s.text_frame.text.translate(_SET) for s in slide.shapes if s.has_text_frame}
        for slide in Presentation(str(deck)).slides
    ]


def _speakers(event: Path) -> dict[str, str]:
    """Each quotation of the event file, by its text, and who said it: the person it is under, or
    the publisher (else title) of the source it names."""
    data = yaml.safe_load(event.read_text(encoding="utf-8"))
    sources = data.get("sources", {})

    def of(quote: dict) -> str:
        source = sources.get(quote.get("source"), {})
        return str(source.get("publisher") or source.get("title") or "")

    out = {}
    for section in data.get("sections", {}).values():
        for person in section.get("people", []):
            if person.get("quote"):
                out[person["quote"]["text"]] = person["name"]
        for figure in section.get("figures", {}).values():
            if figure.get("quote"):
                out[figure["quote"]["text"]] = of(figure["quote"])
        for launch in section.get("launches", []):
            if launch.get("quote"):
                out[launch["quote"]["text"]] = of(launch["quote"])
    return out


def _words(title: str) -> str:
    return title.strip().lstrip("".join(OPENERS)).rstrip('”“»«」』’"').strip()


@pytest.mark.parametrize(
    "event",
    [
        REVIEWS / "fun-run-en-gb.yaml",
        REVIEWS / "setouchi-tennis-ja-jp.yaml",
        REVIEWS / "sommet-startups-bordeaux-fr.yaml",
        EVENTS / "languages" / "invest-gipfel-de.yaml",
    ],
    ids=lambda p: p.stem,
)
def test_a_quotation_set_as_a_title_is_credited_on_its_slide(event: Path, tmp_path: Path) -> None:
    speakers = _speakers(event)
    titled = 0
    for number, slide in enumerate(_slides(event, tmp_path), start=1):
        title = slide.get("Title 1", "")
        if not title.startswith(OPENERS):
            continue
        said = [who for text, who in speakers.items() if text.translate(_SET).startswith(_words(title))]
        assert said, f"slide {number}: a quotation title of no quote of the file: {title!r}"
        body = " ".join(t for name, t in slide.items() if name not in ("Title 1", "Section name"))
        # the credit's dash, then the speaker: '— Priya Raman', '――佐藤 蓮', '— Bordeaux …'
        credited = [who for who in said if any(f"{dash}{who}" in body for dash in ("— ", "――", "——"))]
        assert credited, f"slide {number}: {title!r} credits none of {said} on its slide: {body!r}"
        titled += 1
    if event.stem in ("fun-run-en-gb", "setouchi-tennis-ja-jp"):
        assert titled, "the reviewer's slide of a quotation title is no longer one: the test is moot"


def test_a_bare_count_titles_no_slide_where_the_section_has_a_sentence(tmp_path: Path) -> None:
    slides = _slides(REVIEWS / "sommet-startups-bordeaux-fr.yaml", tmp_path)
    titles = [s.get("Title 1", "") for s in slides]
    assert "Environ 480 investisseurs présents" not in titles
    participation = next(s for s in slides if s.get("Section name") == "Participation")
    # the section's own sentence, its main clause (the rest only continues it)
    assert participation["Title 1"] == "Le sommet a accueilli des délégations de quatre continents"
    # the count is still printed, as a bullet
    assert "Environ 480 investisseurs présents" in " ".join(participation.values())


def test_a_launchs_quotation_is_printed_on_its_slide(tmp_path: Path) -> None:
    event = REVIEWS / "zhihui-jixie-zhan-zh-tw.yaml"
    slides = _slides(event, tmp_path)
    quote = "鷹眼X1讓臺灣工具機終於有了自己的大腦"
    bodies = [" ".join(t for name, t in s.items() if name != "Title 1") for s in slides]
    on = [b for b in bodies if quote in b]
    assert on, "the launch's quotation is only in the speaker notes"
    assert "——經濟日報" in on[0]  # credited to its source, as a person's words are to them


def test_a_quotation_with_no_credit_titles_no_slide(tmp_path: Path) -> None:
    """An event of one source credits none of its quotes (data/derive.py, `_credited`): the news's
    quotation is then no slide's title, as it would be words with no speaker (review Q)."""
    data = yaml.safe_load((REVIEWS / "ontwerpweek-zwolle-2026.yaml").read_text(encoding="utf-8"))
    data["sources"] = {"slotbericht": data["sources"]["slotbericht"]}

    def one_source(node: object) -> None:
        if isinstance(node, dict):
            if "source" in node:
                node["source"] = "slotbericht"
            for value in node.values():
                one_source(value)
        elif isinstance(node, list):
            for value in node:
                one_source(value)

    one_source(data["sections"])
    event = tmp_path / "ontwerpweek.yaml"
    event.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for number, slide in enumerate(_slides(event, tmp_path / "out"), start=1):
        title = slide.get("Title 1", "")
        if title.startswith(OPENERS):  # a person's words only, credited to them
            body = " ".join(t for name, t in slide.items() if name not in ("Title 1", "Section name"))
            assert "— " in body, f"slide {number}: {title!r} with no credit"
