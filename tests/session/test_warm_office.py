"""`reportgen watch --pdf` keeps one LibreOffice for all its rebuilds (starting one costs about
0.8 s) and stops it when the watch ends; a plain `reportgen build` still stops its office."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reportgen.office_pdf import office_server
from reportgen.session import session, watch

from ..conftest import TEMPLATES, WAIC, live_processes

HELPER = "reportgen.office_pdf.lok"


class _Quiet(session.Reporter):
    def error(self, exc: Exception) -> int:
        raise AssertionError(f"the session failed: {exc}")


def _options(tmp_path: Path, event: Path) -> session.Options:
    return session.Options(
        files=(event,), out_dir=tmp_path / "out", templates_dir=TEMPLATES, pdf=True, pdf_timeout=120
    )


@pytest.fixture
def event(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(office_server, "_OFFICES", {})
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "waic.yaml"
    path.write_text(WAIC.read_text(encoding="utf-8"), encoding="utf-8")
    yield path
    office_server.stop_offices()


@pytest.mark.slow
@pytest.mark.libreoffice
def test_watch_pdf_starts_one_office_for_three_rebuilds_and_stops_it_at_the_end(
    soffice: str, tmp_path: Path, event: Path
) -> None:
    options = watch._for_watching(_options(tmp_path, event))
    offices = []
    for round_ in range(3):
        if round_:
            text = event.read_text(encoding="utf-8")
            event.write_text(text.replace("World Artificial", f"World {round_} Artificial", 1), "utf-8")
        assert session.run(options, _Quiet()) == 0
        assert (tmp_path / "out" / "waic-2022-briefing.pdf").read_bytes().startswith(b"%PDF")
        offices.append(office_server._OFFICES.get(os.getpid()))
    office = offices[0]
    assert office is not None and offices == [office] * 3
    assert office.starts == 1 and office.process is not None
    helper = office.process.pid
    assert helper in live_processes(HELPER)
    watch._stop_offices()
    assert helper not in live_processes(HELPER)


@pytest.mark.slow
@pytest.mark.libreoffice
def test_a_build_session_still_stops_its_office(soffice: str, tmp_path: Path, event: Path) -> None:
    assert session.run(_options(tmp_path, event), _Quiet()) == 0
    assert (tmp_path / "out" / "waic-2022-briefing.pdf").read_bytes().startswith(b"%PDF")
    assert office_server._OFFICES == {}
