"""`reportgen watch --preview` in a real headless browser (Debian's chromium, driven by selenium
through /usr/bin/chromedriver: nothing is downloaded). Nothing is timed: each step waits for what
must come, with a generous guard against a hang."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

from reportgen.session.preview import Picture, place_warnings

from .conftest import GUARD, NAME, WAIC, interrupt, libreoffice_pdfs, wait_for

CHROMEDRIVER = Path("/usr/bin/chromedriver")


def status_of(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=60) as answer:
            return int(answer.status)
    except urllib.error.HTTPError as refused:
        return int(refused.code)


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=60) as answer:
        return bytes(answer.read())


@pytest.fixture
def browser():  # type: ignore[no-untyped-def]
    if not CHROMEDRIVER.exists() or shutil.which("chromium") is None:
        pytest.skip("chromium and chromium-driver (Debian packages) are not installed; .ci/run installs them")
    webdriver = pytest.importorskip("selenium.webdriver")
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    options.binary_location = shutil.which("chromium") or ""
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(str(CHROMEDRIVER)))
    driver.set_page_load_timeout(GUARD)
    yield driver
    driver.quit()


@pytest.mark.slow
@pytest.mark.libreoffice
def test_the_preview_shows_every_page_to_the_token_only_and_follows_an_edit(
    tmp_path: Path, soffice: str, browser
) -> None:  # type: ignore[no-untyped-def]
    project, logs = tmp_path / "project", tmp_path / "logs"
    (project / "data").mkdir(parents=True)
    logs.mkdir()
    waic = project / "data" / "waic2022.yaml"
    original = WAIC.read_text(encoding="utf-8")
    waic.write_text(original, encoding="utf-8")
    with (logs / "out").open("wb") as out, (logs / "err").open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "reportgen", "watch", "--preview", "--no-open"],
            cwd=project,
            stdout=out,
            stderr=err,
        )
    try:
        stderr = lambda: (logs / "err").read_text(encoding="utf-8")  # noqa: E731
        found = wait_for(
            "the preview's address", lambda: re.search(r"^preview: (http://\S+)$", stderr(), re.M), proc, logs
        )
        url = found.group(1)  # type: ignore[union-attr]
        match = re.fullmatch(r"(http://127\.0\.0\.1:\d+/)([A-Za-z0-9_-]{20,})/", url)
        assert match, url
        root, token = match.groups()
        assert status_of(root) == 403
        assert status_of(root + "events") == 403
        wrong = token[:-1] + ("y" if token[-1] != "y" else "z")  # one character off, never the same
        assert status_of(f"{root}{wrong}/") == 403
        assert status_of(f"{root}picture/1/0.png") == 403

        briefing, deck = (
            project / "output" / "waic-2022-briefing.docx",
            project / "output" / "waic-2022-deck.pptx",
        )
        wait_for("the documents", lambda: briefing.exists() and deck.exists(), proc, logs)
        slides = len(Presentation(str(deck)).slides)
        (tmp_path / "pdf").mkdir()
        [pdf] = libreoffice_pdfs(soffice, [briefing], tmp_path / "pdf")
        pages = len(PdfReader(str(pdf)).pages)
        expected = pages + slides

        browser.get(url)
        loaded = "return [...document.images].filter(i => i.complete && i.naturalWidth > 0).length"
        wait_for(f"{expected} pictures", lambda: browser.execute_script(loaded) == expected, proc, logs)
        assert len(browser.find_elements("css selector", "img")) == expected
        fetched = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
        assert fetched
        assert [name for name in fetched if not name.startswith(url)] == []  # nothing from outside
        version = int(browser.execute_script("return document.body.dataset.version"))
        first_slide = browser.execute_script(
            "return [...document.images].find(i => i.alt === 'waic-2022-deck.pptx 1').src"
        )
        before = fetch(first_slide)

        assert f"name: {{en: {NAME}," in original  # the edit below must change the event
        edited = original.replace(f"name: {{en: {NAME},", "name: {en: Previewed After An Edit,")
        waic.write_text(edited, encoding="utf-8")
        newer = "return Number(document.body.dataset.version)"
        wait_for("the page to follow the edit", lambda: browser.execute_script(newer) > version, proc, logs)
        wait_for(f"{expected} pictures again", lambda: browser.execute_script(loaded) == expected, proc, logs)
        after_src = browser.execute_script(
            "return [...document.images].find(i => i.alt === 'waic-2022-deck.pptx 1').src"
        )
        assert fetch(after_src) != before  # the title slide shows the new name
    finally:
        code = interrupt(proc)
    assert code == 130, stderr()


@pytest.mark.slow
def test_without_pdftoppm_the_preview_says_what_to_install(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "reportgen", "watch", "--preview", "--no-open"],
        cwd=tmp_path,
        env={**os.environ, "PATH": str(tmp_path / "nothing-here")},
        capture_output=True,
        text=True,
        timeout=GUARD,
    )
    assert done.returncode == 5
    assert done.stderr == (
        "error: the preview needs pdftoppm (from poppler) to turn pages into pictures, "
        "and it is not installed\n"
        "hint: install poppler (Debian, Ubuntu: apt install poppler-utils; macOS: brew install poppler; "
        "Windows: a poppler build on the PATH), or watch without --preview\n"
    )
    assert not (tmp_path / "output").exists()  # refused before anything was built


def test_each_warning_goes_beside_the_slide_or_page_it_names() -> None:
    shown = [
        Picture("waic-2022-briefing.docx", 1, b""),
        Picture("waic-2022-briefing.docx", 2, b""),
        Picture("waic-2022-deck.pptx", 1, b""),
        Picture("waic-2022-deck.pptx", 3, b""),
    ]
    warnings = [
        "templates/deck.pptx: slide 3, shape 'Body': the text does not fit",
        "the chart 'projects' was left out: it needs 2 figures",
        "page 2 of the briefing: a glyph is missing",
        "slide 9: no such slide shown",
    ]
    loose = place_warnings(shown, warnings)
    assert shown[3].warnings == [warnings[0]]
    assert shown[1].warnings == [warnings[2]]
    assert shown[0].warnings == shown[2].warnings == []
    assert loose == [warnings[1], warnings[3]]
