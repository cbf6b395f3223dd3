"""One "reportgen changed" fingerprint, covering the libraries that shape the output, used by the
stamp, the chart cache and the compiled-template cache alike; one list of the environment that
changes output."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen import fingerprint
from reportgen.charts import cache_key
from reportgen.charts.theme import DEFAULT_THEME
from reportgen.cluster import remote
from reportgen.data.derive import ChartBar, ChartData
from reportgen.office.compiled import key_for
from reportgen.session import stamp

DATA = ChartData("plain", "Plain", "bar", (ChartBar("Plain", 5.0, "5", "exact"),), False, "", "")


def _keys() -> tuple[str, str, str]:
    return (
        stamp.invocation_key({"files": "x"}, Path("/somewhere")),
        cache_key(DATA, DEFAULT_THEME),
        key_for("{{ x }}", False),
    )


def test_an_upgraded_library_changes_every_cache_key(monkeypatch: pytest.MonkeyPatch) -> None:
    before = _keys()
    fingerprint.reportgen_changed.cache_clear()
    upgraded = fingerprint.library_versions().replace("matplotlib ", "matplotlib 99.")
    monkeypatch.setattr(fingerprint, "library_versions", lambda: upgraded)
    try:
        after = _keys()
    finally:
        fingerprint.reportgen_changed.cache_clear()
    assert [a != b for a, b in zip(before, after, strict=True)] == [True, True, True]


def test_the_versions_are_the_installed_ones() -> None:
    from importlib.metadata import version

    versions = dict(entry.rsplit(" ", 1) for entry in fingerprint.library_versions().split("|"))
    assert versions["matplotlib"] == version("matplotlib")
    assert versions["python_docx"] == version("python-docx")
    assert versions["python_pptx"] == version("python-pptx")
    assert set(versions) == {"babel", "docxtpl", "jinja2", "lxml", "matplotlib", "pillow"} | {
        "python_docx",
        "python_pptx",
    }


def test_one_list_of_the_environment_that_changes_output(monkeypatch: pytest.MonkeyPatch) -> None:
    assert set(remote.ENVIRONMENT) <= set(fingerprint.OUTPUT_ENVIRONMENT)
    before = stamp.invocation_key({}, Path("/somewhere"))
    for name in fingerprint.OUTPUT_ENVIRONMENT:
        monkeypatch.setenv(name, "changed")
        assert stamp.invocation_key({}, Path("/somewhere")) != before, name
        monkeypatch.delenv(name)


def test_an_edited_catalogue_changes_the_code_fingerprint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build said 'up to date' after a catalogue (.mo) changed: only code files were counted."""
    package = tmp_path / "reportgen"
    (package / "locale" / "de" / "LC_MESSAGES").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    catalogue = package / "locale" / "de" / "LC_MESSAGES" / "reportgen.mo"
    catalogue.write_bytes(b"old words")
    monkeypatch.setattr(fingerprint, "_PACKAGE", package)
    before = fingerprint.code_files()
    catalogue.write_bytes(b"new words, longer")
    changed = fingerprint.code_files()
    assert changed != before
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"compiled")
    assert fingerprint.code_files() == changed  # compiled caches follow the code: not counted
