"""Shared fixtures: the bundled event built once per session, and readers that reopen documents."""

from __future__ import annotations

import atexit
import html
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from docx import Document
from pptx import Presentation

from reportgen.office.ooxml import paragraph_text, word_paragraphs
from reportgen.pipeline.pipeline import BuildResult, build
from reportgen.project.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
WAIC = ROOT / "data" / "waic2022.yaml"
TEMPLATES = ROOT / "templates"


def one_language(event: Path, language: str, folder: Path) -> Path:
    """A copy of `event` in `folder` built in `language` alone (its translations for it): the
    Chinese edition of WAIC is `one_language(WAIC, "zh_CN", ...)`, named waic2022.zh.yaml."""
    text = event.read_text(encoding="utf-8")
    text, count = re.subn(r"(?m)^  locale: \S+$", f"  locale: {language}", text)
    assert count == 1, event
    copy = folder / f"{event.stem}.{language.split('_')[0]}.yaml"
    copy.write_text(text, encoding="utf-8")
    return copy


def without_quote(event: Path, folder: Path, said: str) -> Path:
    """A copy of `event` in `folder` without the quote whose text starts with `said`. The news's
    quote takes its section's slide (tests/data/test_key_quotes.py); a test of how the rest of a
    slide's text is laid out uses the event without it."""
    text = event.read_text(encoding="utf-8")
    block = re.search(rf"\n( +)quote:\n\1  source: \w+\n\1  text: {re.escape(said)}[^\n]*", text)
    assert block is not None, said
    copy = folder / event.name
    copy.write_text(text.replace(block.group(0), ""), encoding="utf-8")
    return copy


_EDITIONS = Path(tempfile.mkdtemp(prefix="reportgen-editions-"))
atexit.register(shutil.rmtree, _EDITIONS, True)
#: The bundled event's Chinese edition: data/waic2022.yaml with `locale: zh_CN`.
WAIC_ZH = one_language(WAIC, "zh_CN", _EDITIONS)


def seed_article() -> Path | None:
    """The source article, kept outside the repository in shared/ (beside the clone in CI)."""
    for candidate in (ROOT.parent / "shared" / "seed", ROOT / ".." / "shared" / "seed"):
        found = sorted(candidate.glob("*.txt")) if candidate.is_dir() else []
        if found:
            return found[0]
    env = os.environ.get("REPORTGEN_SEED")
    return Path(env) if env else None


@pytest.fixture(scope="session")
def waic_build(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    out = tmp_path_factory.mktemp("waic-output")
    return build(WAIC, Settings.simple(out, TEMPLATES))


@pytest.fixture(scope="session")
def built_event(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Path], BuildResult]:
    """`built_event(event)`: the event built with the default templates, once per test process for
    every test that asks (the corpus test builds each reviewers' event; a test of one of them reads
    the same build). For tests that only read what a build made: a test that edits the documents,
    the event or the settings, or patches the pipeline, builds its own."""
    builds: dict[tuple[Path, bytes], BuildResult] = {}
    shared = _shared_builds(tmp_path_factory)

    def built(event: Path) -> BuildResult:
        key = (event.resolve(), event.read_bytes())  # a file written again is built again
        if key not in builds:
            builds[key] = _built_once(event, key, shared)
        return builds[key]

    return built


def _shared_builds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder every test process of this run shares (pytest-xdist's workers each have their
    own base folder under one root): a build made by one worker is read by the others."""
    base = tmp_path_factory.getbasetemp()
    root = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    folder = root / "shared-builds"
    folder.mkdir(exist_ok=True)
    return folder


def _built_once(event: Path, key: tuple[Path, bytes], shared: Path) -> BuildResult:
    """`event` built once in the whole run: the first process to ask builds it, under a lock on
    its folder, and leaves the result beside the documents; a process that asks later (or waited
    on the lock) reads it. The corpus's builds were made once per worker that asked (review
    events built by the corpus test in one worker and by another module's test in the other)."""
    import hashlib
    import pickle

    from reportgen.commit.output import folder_lock

    digest = hashlib.sha256(str(key[0]).encode() + b"\0" + key[1]).hexdigest()[:24]
    folder = shared / f"{event.stem}-{digest}"
    folder.mkdir(exist_ok=True)
    saved = folder / "result.pickle"
    with folder_lock(folder, wait=900):
        if saved.is_file():
            return pickle.loads(saved.read_bytes())
        result = build(event, Settings.simple(folder / "out", TEMPLATES))
        saved.write_bytes(pickle.dumps(result))
        return result


@pytest.fixture(scope="session")
def briefing_path(waic_build: BuildResult) -> Path:
    return next(f for f in waic_build.files if f.name.endswith("-briefing.docx"))


@pytest.fixture(scope="session")
def deck_path(waic_build: BuildResult) -> Path:
    return next(f for f in waic_build.files if f.name.endswith("-deck.pptx"))


#: Word joiners (U+2060) tie a Chinese or Japanese number to its unit at line ends, zero width
#: spaces (U+200B) mark a break the fit allows on purpose (typography.FREED_SPACE), and a Chinese or
#: Japanese deck ends its lines between words with line breaks (python-pptx reads `<a:br/>` as
#: '\x0b'; office/powerpoint/cjk_words.py); a reader sees none, so the texts below leave them out
#: (tests/data/test_typography.py and tests/office/test_cjk_words.py check they are there).
INVISIBLE = str.maketrans("", "", "\u2060\u200b\x0b")
#: No-break spaces keep a number with its qualifier, scale word, unit or currency and a date's parts
#: on one line (data/ties.py); a reader sees a space. A test that is not about line breaks compares
#: a text as `seen`; the tests of the ties themselves (tests/data/test_no_break.py) assert them.
SEEN = str.maketrans({"\u00a0": " "})  # a narrow one (U+202F) groups French digits: kept


def seen(text: str) -> str:
    """`text` as a reader sees it: its no-break spaces as spaces."""
    return text.translate(SEEN)


def news_words(event: Path) -> set[str]:
    """The event file's words for its news (a `headline: true` figure's quote or sentence), which
    may open the briefing's lede before its closing sentence (plan/news_lede.py)."""
    data = yaml.safe_load(event.read_text(encoding="utf-8"))
    words: set[str] = set()
    for section in (data.get("sections") or {}).values():
        for figure in (section.get("figures") or {}).values():
            if isinstance(figure, dict) and figure.get("headline"):
                quote = figure.get("quote") or {}
                words |= {str(t).strip() for t in (quote.get("text"), figure.get("sentence")) if t}
    return words


def docx_paragraphs(path: Path) -> list[str]:
    """Every paragraph's text in the body (tables included), headers and footers, as a reader sees it."""
    doc = Document(str(path))
    parts = [doc.element.body] + [h._element for s in doc.sections for h in (s.header, s.footer)]
    return [paragraph_text(p).translate(INVISIBLE) for part in parts for p in word_paragraphs(part)]


def docx_text(path: Path) -> str:
    return "\n".join(docx_paragraphs(path))


def docx_reading(path: Path) -> str:
    """What a reader of the briefing reads: its paragraphs, and each chart picture's amounts as its
    alt text gives them (a chart's labelled bars are no bullets too: plan/stated.py, _labelled_bars)."""
    pictures = re.findall(r'descr="([^"]*)"', zipfile.ZipFile(path).read("word/document.xml").decode())
    return "\n".join([*docx_paragraphs(path), *(html.unescape(p) for p in pictures)])


def pptx_slide_texts(path: Path) -> list[str]:
    """The visible text of each slide (shapes, table cells, native charts' titles, categories and
    value labels), one string per slide."""
    texts = []
    for slide in Presentation(str(path)).slides:
        parts = []
        for shape in slide.shapes:
            if shape.has_text_frame:
                parts.append(shape.text_frame.text)
            if getattr(shape, "has_chart", False) and shape.has_chart:
                parts.append(chart_text(shape.chart))
                parts.append(shape._element.nvGraphicFramePr.cNvPr.get("descr", ""))  # its alt text
            if getattr(shape, "has_table", False) and shape.has_table:
                parts += [cell.text for row in shape.table.rows for cell in row.cells]
        texts.append("\n".join(parts).translate(INVISIBLE))
    return texts


def chart_text(chart) -> str:
    """A native chart's words: its title, categories, series names and value labels."""
    a_t = "{http://schemas.openxmlformats.org/drawingml/2006/main}t"
    words = [t.text or "" for t in chart._chartSpace.iter(a_t)]
    plot = chart.plots[0]
    words += [str(c) for c in plot.categories] + [s.name for s in plot.series]
    return "\n".join(words)


def pptx_notes(path: Path) -> list[str]:
    prs = Presentation(str(path))
    notes = [s.notes_slide.notes_text_frame.text if s.has_notes_slide else "" for s in prs.slides]
    return [text.translate(INVISIBLE) for text in notes]


@pytest.fixture(scope="session")
def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        pytest.skip("LibreOffice (soffice) is not installed here; CI installs it so this test runs there")
    return found


def digests(folder: Path) -> dict[str, str]:
    """Every file's hash, less the lock file (there while a build holds it: reportgen.commit.output)."""
    import hashlib

    from reportgen.commit.output import LOCK_NAME

    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != LOCK_NAME
    }


def libreoffice_pdfs(soffice: str, documents: list[Path], folder: Path) -> list[Path]:
    """PDFs of `documents` in `folder`, through the product's own conversion (reportgen.office_pdf.pdf),
    which also checks that each PDF is sound; `soffice` is the fixture that skips without it."""
    from reportgen.office_pdf.pdf import convert

    return convert(documents, folder, 240)


def live_processes(text: str) -> list[int]:
    """Processes (zombies aside) whose command line holds `text`, read from /proc (no pgrep needed)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (
                    text.encode() in (entry / "cmdline").read_bytes()
                    and "State:\tZ" not in (entry / "status").read_text()
                ):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


_SESSION_PID = os.getpid()


def pytest_runtest_setup(item: pytest.Item) -> None:
    """A process forked by a test that came back out of the fork instead of exiting would run the
    rest of the session a second time, beside this one: stop it at once, saying where it came from."""
    if os.getpid() != _SESSION_PID:
        os.write(2, f"a forked copy of the test session reached {item.nodeid}; it stops here\n".encode())
        os._exit(70)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """LibreOffice tests are slow tests too: `pytest -m "not slow"` skips them for the edit loop."""
    for item in items:
        if item.get_closest_marker("libreoffice"):
            item.add_marker(pytest.mark.slow)


#: How long a test waits for a command running in its own process (watch, preview) to say or do
#: what must come: only a hang takes this long. Nothing is timed.
GUARD = 240.0
NAME = "World Artificial Intelligence Conference 2022"


def wait_for(what: str, check: Callable[[], object], proc: subprocess.Popen[bytes], logs: Path) -> object:
    """check()'s first true answer; fails (with the command's messages) if it never comes or the
    command ends first."""
    deadline = time.monotonic() + GUARD
    while time.monotonic() < deadline:
        answer = check()
        if answer:
            return answer
        if proc.poll() is not None:
            break
        time.sleep(0.1)
    pytest.fail(
        f"never saw {what}; stdout: {(logs / 'out').read_text()!r} stderr: {(logs / 'err').read_text()!r}"
    )


def interrupt(proc: subprocess.Popen[bytes]) -> int:
    """Stop a watching command as its user does, with Ctrl-C (killed if it does not end within
    GUARD), and return its exit code."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
    try:
        return proc.wait(timeout=GUARD)
    finally:
        if proc.poll() is None:
            proc.kill()


def briefing_paragraph(tag: str) -> int:
    """The number (from 1, tables' paragraphs included, as build and inspect count them) of the
    default briefing template's first body paragraph holding `tag`: tests that plant a fault in a
    paragraph find it by its tag, not by a number the template's next paragraph would move."""
    from reportgen.office.ooxml import qn, word_paragraphs

    body = Document(str(TEMPLATES / "briefing.docx")).element.body
    for number, paragraph in enumerate(word_paragraphs(body), start=1):
        if tag in "".join(t.text or "" for t in paragraph.iter(qn("w:t"))):
            return number
    raise LookupError(f"{tag} is in no paragraph of the default briefing")


def on_a_tile(phrase: str, flat: str) -> bool:
    """Whether a tile prints `phrase`, the way a tile sets it: its qualifier, amount, unit and label
    on lines of their own ('超过\n1,200\n家'), a conversion after the label ('… (nearly RMB …)'),
    the 'as of' time after the label ('235.000\nBesuche\nVisits …, Stand: …')."""

    def printed(text: str) -> bool:
        return re.sub(r"\s", "", text) in re.sub(r"\s", "", flat)

    if printed(phrase):
        return True
    bracketed = re.split(r" \(|（", phrase, maxsplit=1)
    if len(bracketed) == 2:
        return printed(bracketed[0]) and printed(bracketed[1].rstrip(")）"))
    parts = re.split(r", |，|、", phrase, maxsplit=1)  # the 'as of' clause, as each language sets it off
    return len(parts) == 2 and printed(parts[0]) and printed(parts[1])
