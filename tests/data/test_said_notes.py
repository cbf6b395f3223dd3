"""A figure's note that its own sentence says already prints once, in the sentence: never "Båten
koster 6,9 millioner kroner eksklusiv merverdiavgift (eksklusiv merverdiavgift)." (review YY2 #9);
`validate` tells the author."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from reportgen.cli import main
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, docx_paragraphs, pptx_notes, pptx_slide_texts, seen

LANGUAGES = ROOT / "tests" / "events" / "languages"


def _event(tmp_path: Path, source: str, old: str, new: str) -> Path:
    text = (LANGUAGES / source).read_text(encoding="utf-8")
    assert old in text
    event = tmp_path / source
    event.write_text(text.replace(old, new, 1), encoding="utf-8")
    return event


def test_validate_says_the_sentence_has_the_note(tmp_path: Path) -> None:
    event = _event(
        tmp_path,
        "festival-nb.yaml",
        "        value: 62000\n",
        "        value: 62000\n        note: Inkludert frivillige.\n"
        "        sentence: Festivalen hadde {value} inkludert frivillige.\n",
    )
    result = CliRunner().invoke(main, ["validate", str(event)])
    assert result.exit_code == 0, result.output
    assert (
        "festival-nb.yaml:28:15: sections.festivalen.figures.besokende.note: the figure's sentence says it "
        "already ('Inkludert frivillige.'); the sentence prints it once, without the note's brackets: keep "
        "the note only where a tile or a table should show it"
    ) in " ".join(result.output.split())


def test_the_sentence_prints_its_note_once(tmp_path: Path) -> None:
    event = _event(
        tmp_path,
        "fiera-it.yaml",
        "        unit: m²\n",
        "        unit: m²\n        note: Esclusi gli spazi esterni.\n"
        "        sentence: La superficie espositiva ha raggiunto {value}, esclusi gli spazi esterni.\n",
    )
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    docx = next(f for f in result.files if f.suffix == ".docx")
    pptx = next(f for f in result.files if f.suffix == ".pptx")
    texts = [seen(p) for p in docx_paragraphs(docx)] + [seen(t) for t in pptx_slide_texts(pptx)]
    texts += [seen(t) for t in pptx_notes(pptx)]
    said = [t for t in texts if "superficie espositiva ha raggiunto" in t]
    assert said, texts
    for text in said:
        assert text.casefold().count("esclusi gli spazi esterni") == 1, text
