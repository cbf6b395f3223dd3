"""An event's kind in English in a file of another language is told by `validate` with its place
and what to write: one word has no small words to be told by, and a de_AT wine fair's `kind: fair`
printed 'Abschlussbericht · Fair' on its German cover, with no word from `validate` (review ZZ2
F3). A kind other languages write alike ('festival', 'expo', 'gala') and a kind in the file's own
language are not told."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from reportgen.cli import main


def _event(tmp_path: Path, locale: str, kind: str) -> Path:
    data = {
        "event": {"name": "Weinmesse Krems 2026", "short_name": "WMK 2026", "kind": kind, "year": 2026,
                  "city": "Krems", "start_date": "2026-04-10", "closing_date": "2026-04-12"},
        "formatting": {"locale": locale},
        "sources": {"note": {"title": "Bilanz", "publisher": "Messe Krems", "published": "2026-04-12"}},
        "sections": {"besuch": {"title": "Besuch", "figures": {
            "besucher": {"label": "Fachbesucher", "value": 9800, "qualifier": "more than"}}}},
    }  # fmt: skip
    path = tmp_path / "event.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("locale", "kind"), [("de_AT", "fair"), ("fr_FR", "Conference"), ("ja_JP", "trade show")]
)
def test_an_english_kind_is_told_in_another_languages_file(tmp_path: Path, locale: str, kind: str) -> None:
    path = _event(tmp_path, locale, kind)
    result = CliRunner().invoke(main, ["validate", str(path)])
    language = locale.split("_")[0]
    line = next(
        n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "kind:" in text
    )
    assert (
        f"warning: {path}:{line}:9: event.kind: the {locale} documents print this text, which reads as 'en', "
        f'not \'{language}\'; give it as {{en: "…", {language}: "…"}}'
    ) in result.output, result.output


@pytest.mark.parametrize(("locale", "kind"), [("de_AT", "Messe"), ("fr_FR", "festival"), ("en_GB", "fair")])
def test_a_kind_in_the_files_language_or_shared_is_not_told(tmp_path: Path, locale: str, kind: str) -> None:
    result = CliRunner().invoke(main, ["validate", str(_event(tmp_path, locale, kind))])
    assert "event.kind" not in result.output, result.output
