"""The document check reads the documents the renderers just saved, not the files read back: it
finds exactly what reading the files finds, over the whole corpus and a planted case with warnings,
and a document object that does not serve falls back to the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reportgen.office.quality import check_briefing, check_deck
from reportgen.pipeline import pipeline
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, WAIC

CORPUS = sorted((ROOT / "tests" / "events").glob("*.yaml"))
ONE_FIGURE = ROOT / "tests" / "events" / "one-figure.yaml"


def _planted(folder: Path) -> Path:
    """An event whose documents draw warnings: a TODO in a printed note."""
    event = folder / "planted.yaml"
    text = ONE_FIGURE.read_text(encoding="utf-8")
    event.write_text(
        text.replace("key: true}", 'key: true, note: "TODO: confirm with the organiser"}'), "utf-8"
    )
    return event


def _checks(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Any, list[str], list[str]]]:
    """Each check the pipeline runs: (suffix, object given, its warnings, the file's warnings)."""
    seen: list[tuple[str, Any, list[str], list[str]]] = []
    original = pipeline.document_warnings

    def both(path: Path, final: Path, prepared: Any, document: Any = None) -> list[str]:
        given = original(path, final, prepared, document)
        from_file = original(path, final, prepared)
        seen.append((path.suffix, document, given, from_file))
        return given

    monkeypatch.setattr(pipeline, "document_warnings", both)
    return seen


@pytest.mark.slow
@pytest.mark.parametrize("event", [*CORPUS, WAIC, "planted"], ids=lambda e: getattr(e, "stem", e))
def test_the_check_fed_the_rendered_documents_finds_what_reading_the_files_finds(
    event: Path | str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _planted(tmp_path) if event == "planted" else Path(event)
    seen = _checks(monkeypatch)
    pipeline.build(path, Settings.simple(tmp_path / "out", TEMPLATES))
    assert sorted(suffix for suffix, *_ in seen[:2]) == [".docx", ".pptx"]
    for suffix, document, given, from_file in seen:
        assert document is not None, f"the {suffix} check was not given the rendered document"
        assert given == from_file
    if event == "planted":
        assert any("'TODO' addresses the file's author" in w for _, _, given, _ in seen for w in given)


@pytest.mark.parametrize("check", [check_deck, check_briefing])
def test_a_check_given_a_document_reads_it_and_not_the_file(check: Any, tmp_path: Path) -> None:
    class Unusable:
        def __getattr__(self, name: str) -> Any:
            raise RuntimeError(f"asked for {name}")

    with pytest.raises(RuntimeError, match="asked for"):
        check(Unusable(), "x")


def test_a_document_that_does_not_serve_falls_back_to_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = pipeline.document_warnings
    given: list[Any] = []

    def unusable(path: Path, final: Path, prepared: Any, document: Any = None) -> list[str]:
        given.append(document)
        return original(path, final, prepared, object())  # nothing a check can read

    monkeypatch.setattr(pipeline, "document_warnings", unusable)
    result = pipeline.build(_planted(tmp_path), Settings.simple(tmp_path / "out", TEMPLATES))
    assert len(given) == 2 and all(document is not None for document in given)
    assert [w for w in result.warnings if "could not read" in w] == []
    assert any("'TODO' addresses the file's author" in w for w in result.warnings)
