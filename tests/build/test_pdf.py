"""`reportgen build --pdf`: real conversions, and LibreOffice missing, hanging, failing silently or
drawing the wrong number of pages: each is an environment error that changes no earlier output."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation
from pypdf import PdfReader

from reportgen.build.output import STAGING_PREFIX
from reportgen.build.pdf import profile_url
from reportgen.cli import main

from ..conftest import TEMPLATES, WAIC, digests, live_processes

pytestmark = pytest.mark.slow  # every test builds with --pdf, through LibreOffice or a stand-in


def fake_soffice(tmp_path: Path, body: str) -> Path:
    """A stand-in for soffice: a Python script given LibreOffice's arguments."""
    script = tmp_path / "fake-soffice"
    script.write_text(
        f"#!{sys.executable}\nimport sys, time, pathlib\nargs = sys.argv[1:]\n"
        f"outdir = pathlib.Path(args[args.index('--outdir') + 1])\n"
        f"documents = [pathlib.Path(a) for a in args if a.endswith(('.docx', '.pptx'))]\n{body}\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


@pytest.fixture
def earlier(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    out = tmp_path / "out"
    assert (
        CliRunner()
        .invoke(main, ["build", str(WAIC), "--out", str(out), "--templates", str(TEMPLATES)])
        .exit_code
        == 0
    )
    return out, digests(out)


def build_pdf(out: Path, *extra: str):
    return CliRunner().invoke(
        main, ["build", str(WAIC), "--out", str(out), "--templates", str(TEMPLATES), "--pdf", *extra]
    )


@pytest.mark.libreoffice
def test_pdf_copies_of_both_documents(soffice: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = build_pdf(out)
    assert result.exit_code == 0, result.output
    deck = PdfReader(str(out / "waic-2022-deck.pdf"))
    assert len(deck.pages) == len(Presentation(str(out / "waic-2022-deck.pptx")).slides)
    briefing = PdfReader(str(out / "waic-2022-briefing.pdf"))
    assert 2 <= len(briefing.pages) <= 4
    assert "more than 638\u00a0million" in " ".join(p.extract_text() for p in briefing.pages)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (None, "--pdf needs LibreOffice, and '/nowhere/soffice' was not found"),
        ("time.sleep(120)", "LibreOffice did not finish converting to PDF within 2 s"),
        ("sys.exit(0)", "LibreOffice made no PDF of waic-2022-briefing.docx"),
        (
            "[(outdir / (d.stem + '.pdf')).write_bytes(b'%PDF-1.4 /Type /Page') for d in documents]",
            "LibreOffice's PDF of waic-2022-deck.pptx has 1 pages for 10 slides",
        ),
        (
            # a helper that inherits LibreOffice's output and outlives it must not keep us waiting
            "import subprocess; subprocess.Popen(['sleep', '301']); sys.exit(0)",
            "LibreOffice made no PDF of waic-2022-briefing.docx",
        ),
    ],
    ids=["missing", "hanging", "silent-failure", "blank-slides", "helper-holds-the-pipes"],
)
def test_libreoffice_failures_change_nothing(
    body: str | None, message: str, earlier, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out, before = earlier
    program = "/nowhere/soffice" if body is None else str(fake_soffice(tmp_path, body))
    monkeypatch.setenv("REPORTGEN_SOFFICE", program)
    result = build_pdf(out, "--pdf-timeout", "2")
    assert result.exit_code == 5, result.output
    assert message in result.output
    assert "Traceback" not in result.output
    assert digests(out) == before
    assert not list(out.glob(f"{STAGING_PREFIX}*"))
    if body and "sleep" in body:
        assert not live_processes(program), "the hanging LibreOffice was left running"
    if body and "301" in body:
        assert not live_processes("sleep\x00301"), "a helper of LibreOffice outlived the build"


@pytest.mark.libreoffice
@pytest.mark.slow
def test_pdf_with_spaces_percent_and_accents_in_the_path(soffice: str, tmp_path: Path) -> None:
    """LibreOffice's profile is a file URL: a path with ' ', '%' and 'é' must still work."""
    out = tmp_path / "out dir 100% été"
    result = build_pdf(out)
    assert result.exit_code == 0, result.output
    assert PdfReader(str(out / "waic-2022-briefing.pdf")).pages
    assert not list(out.glob(f"{STAGING_PREFIX}*"))


def test_profile_url_quotes_what_it_must() -> None:
    assert profile_url(Path("/tmp/a b/100%/été")) == "file:///tmp/a%20b/100%25/%C3%A9t%C3%A9"
