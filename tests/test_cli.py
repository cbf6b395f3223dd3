"""The command line end to end: output lines, exit codes, one-screen errors, atomic outputs."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen import cli
from reportgen.cli import main
from reportgen.data.derive import slugify
from reportgen.data.model import Event

from .conftest import ROOT, TEMPLATES, WAIC, digests


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real command in a fresh process, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "reportgen", *args],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        timeout=300,
    )


def test_build_writes_documents_and_reports_each_file(tmp_path: Path) -> None:
    result = run("build", str(WAIC), "-o", str(tmp_path / "out"))  # -o: what users type first
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(re.fullmatch(r"wrote .*waic-2022-briefing\.docx \([\d,]+ bytes\)", line) for line in lines)
    assert any(re.fullmatch(r"wrote .*waic-2022-deck\.pptx \([\d,]+ bytes\)", line) for line in lines)
    built = r"built WAIC 2022 in \d+\.\d\d s \(\d chart pictures? drawn, \d from cache\)"
    assert re.fullmatch(built, lines[-1])
    assert (tmp_path / "out" / "waic-2022-deck.pptx").stat().st_size > 10_000


def test_bad_data_gives_one_screen_error_and_exit_3(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        WAIC.read_text(encoding="utf-8").replace("value: 638000000", "value: lots"), encoding="utf-8"
    )
    result = run("build", str(bad), "--out", str(tmp_path / "out"))
    assert result.returncode == 3
    line = next(n for n, text in enumerate(bad.read_text().splitlines(), 1) if "value: lots" in text)
    assert result.stderr.strip() == (
        f"error: {bad}:{line}:16: sections.reach.figures.online_viewers.value: expected a number, got 'lots'"
    )
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_validate_reports_ok_and_errors() -> None:
    result = run("validate", str(WAIC))
    assert result.returncode == 0
    assert result.stdout.strip() == "ok data/waic2022.yaml: WAIC 2022, 6 sections, 22 figures, 5 charts"


def test_failed_build_leaves_earlier_outputs_byte_identical(tmp_path: Path) -> None:
    out = tmp_path / "out"
    runner = CliRunner()
    assert (
        runner.invoke(main, ["build", str(WAIC), "--out", str(out), "--templates", str(TEMPLATES)]).exit_code
        == 0
    )
    before = digests(out)
    broken = tmp_path / "broken"
    broken.mkdir()
    shutil.copy(TEMPLATES / "briefing.docx", broken / "briefing.docx")
    from pptx import Presentation

    prs = Presentation(str(TEMPLATES / "deck.pptx"))
    prs.slides[11].shapes.title.text_frame.text = "{{ sections.nowhere.title }}"  # the first section slide
    prs.save(str(broken / "deck.pptx"))
    result = runner.invoke(main, ["build", str(WAIC), "--out", str(out), "--templates", str(broken)])
    assert result.exit_code == 4
    assert "deck.pptx: slide 12, shape 'Title 1' ({{ sections.nowhere.title }})" in result.output
    assert "'dict object' has no attribute 'nowhere'" in result.output
    assert digests(out) == before  # no file changed, none added (no temporary files left)


def test_output_path_that_is_a_file_is_an_environment_error(tmp_path: Path) -> None:
    blocker = tmp_path / "output"
    blocker.write_text("not a folder")
    result = CliRunner().invoke(main, ["build", str(WAIC), "--out", str(blocker)])
    assert result.exit_code == 5
    assert "is a file, not a folder" in result.output


@pytest.mark.slow  # a whole build in a subprocess
def test_bundled_event_builds_outside_the_repository(tmp_path: Path) -> None:
    result = run("build", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "using the bundled example event" in result.stderr
    assert (tmp_path / "output" / "waic-2022-briefing.docx").is_file()


def test_help_shows_an_example_and_exit_codes() -> None:
    for command in ("build", "validate"):
        result = CliRunner().invoke(main, [command, "--help"])
        assert result.exit_code == 0
        assert re.search(rf"Example:\n\s+reportgen {command} data/waic2022\.yaml", result.output)
        assert re.search(r"\n\s+3  invalid event data or project file \(YAML\)\n", result.output)


def test_slug_cannot_leave_the_output_folder() -> None:
    def event(short_name: str) -> Event:
        return Event(name="x", short_name=short_name, year=2024, city="c", closing_date="2024-01-01")

    assert slugify(event("../../etc/passwd")) == "etc-passwd"
    assert slugify(event("上海 2024")) == "event-2024"
    # a name without Latin letters: the event file's name, where it has some, and safe
    assert slugify(event("上海 2024"), "shanghai-expo") == "shanghai-expo"
    assert slugify(event("ロボ展 2024"), "../../ロボ展") == "event-2024"
    assert slugify(event("전시회 2024"), "../../etc/x") == "etc-x"
    assert slugify(event("Expo 2024"), "other") == "expo-2024"  # Latin letters of its own: its name
    assert slugify(event("Expo/../../x")) == "expo-x"
    for name in ("..", "/", "\\..\\", "C:\\x"):
        slug = slugify(event(name))
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", slug) and os.sep not in slug


def test_two_events_named_in_other_scripts_build_into_one_folder(tmp_path: Path) -> None:
    """A Japanese and a Korean event of the same year were both 'event-2024': the build refused
    the pair. Each now takes its file's name."""
    folder = ROOT / "tests" / "events" / "languages"
    events = [str(folder / "tenjikai-ja.yaml"), str(folder / "jeonsihoe-ko.yaml")]
    result = CliRunner().invoke(main, ["build", *events, "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in tmp_path.iterdir() if p.suffix in {".docx", ".pptx"})
    assert names == [
        "jeonsihoe-ko-briefing.docx",
        "jeonsihoe-ko-deck.pptx",
        "tenjikai-ja-briefing.docx",
        "tenjikai-ja-deck.pptx",
    ]


@pytest.mark.parametrize("made", [False, True], ids=["plain", "through-rich"])
def test_messages_print_names_as_they_are(made: bool, capsys: pytest.CaptureFixture[str]) -> None:
    """Lines go out as plain text before any progress bar exists, and through Rich once one may:
    the same text either way (Rich would turn ':fire:' into an emoji, '[b]' into bold)."""
    stream = cli._Stream(stderr=True)
    if made:
        assert stream.console is not None
    cli.say(stream, "error: data/:fire:[b].yaml: 1 problem found")
    assert capsys.readouterr().err == "error: data/:fire:[b].yaml: 1 problem found\n"
    assert stream.made == made


@pytest.mark.parametrize("made", [False, True], ids=["plain", "through-rich"])
def test_no_message_carries_control_characters_to_the_terminal(
    made: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    """Messages quote files (data, templates, an output folder's stamp and cache): escape sequences,
    carriage returns, C1 controls and bidirectional overrides are removed in `say`, the one place
    that prints; newlines and tabs, which are layout, stay."""
    stream = cli._Stream(stderr=True)
    if made:
        assert stream.console is not None
    cli.say(stream, "warning: a\x1b]0;title\x07b\x1b[2Jc\rd\x9b31me\u202egnp.exe\x00\x7f\n    hint:\tx")
    expected = "warning: a]0;titleb[2Jcd31megnp.exe\n    hint:\tx\n"
    assert capsys.readouterr().err == (expected.expandtabs() if made else expected)  # Rich expands tabs


@pytest.mark.parametrize("command", ["build", "validate", "init new", "inspect deck.pptx", "build e.yaml"])
def test_a_removed_current_folder_is_said_in_words(tmp_path: Path, command: str) -> None:
    """`mkdir d; cd d; rmdir ../d; reportgen build`: exit 5 and one sentence, never a traceback."""
    (tmp_path / "d").mkdir()
    script = f"cd d && rmdir ../d && exec {sys.executable} -m reportgen {command}"
    done = subprocess.run(["sh", "-c", script], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 5, done.stderr
    assert done.stderr == (
        "error: the current folder no longer exists (it was removed or renamed after you went into it)\n"
        "hint: cd into a folder that exists and run the command again\n"
    )
    assert done.stdout == ""


def test_the_command_exits_quickly_but_as_python_would(tmp_path: Path) -> None:
    """entry.main skips the interpreter's teardown, not what a normal exit does: other threads are
    joined, atexit handlers run, unflushed output is written, and the exit code is the command's."""
    script = tmp_path / "command.py"
    script.write_text(
        "import atexit, sys, threading, time\n"
        "from reportgen import entry\n"
        "atexit.register(lambda: print('atexit handler ran'))\n"
        "def late():\n"
        "    time.sleep(0.3)\n"
        "    sys.stdout.write('a thread finished its work\\n')  # left in the buffer\n"
        "threading.Thread(target=late).start()\n"
        "sys.argv = ['reportgen', 'validate', 'no-such-event.yaml']\n"
        "entry.main()\n",
        encoding="utf-8",
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=ROOT)
    usual = run("validate", "no-such-event.yaml")
    assert done.returncode == usual.returncode != 0
    assert done.stdout.splitlines() == ["a thread finished its work", "atexit handler ran"]
    assert done.stderr == usual.stderr


def test_a_dash_between_two_words_keeps_a_hyphen_in_the_slug() -> None:
    """Review OO2: 'Congrès SFHST–AIEH 2026' made 'congres-sfhstaieh-2026': the en dash was dropped
    and the acronyms ran together. A dash of any kind parts words as a hyphen does; a Latin letter
    with no ASCII decomposition is spelt, not dropped ('Tromsø' was 'troms')."""

    def event(short_name: str) -> Event:
        return Event(name="x", short_name=short_name, year=2026, city="c", closing_date="2026-01-01")

    assert slugify(event("Congrès SFHST–AIEH 2026")) == "congres-sfhst-aieh-2026"
    assert slugify(event("Rift—Invitational 2026")) == "rift-invitational-2026"
    assert slugify(event("Paris\u2011Saclay\u00a0Forum")) == "paris-saclay-forum"
    assert slugify(event("Polarlys Tromsø 2026")) == "polarlys-tromso-2026"
    assert slugify(event("Łódź Design Festival")) == "lodz-design-festival"
    assert slugify(event("Straßenfest Køge")) == "strassenfest-koge"
    assert slugify(event("Salon du livre d’Aquitaine")) == "salon-du-livre-daquitaine"  # as it was
