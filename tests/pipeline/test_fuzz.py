"""Mutation fuzz of the default templates: every damaged template ends in success or a clean error.

Each case mutates the bytes of templates/briefing.docx or templates/deck.pptx (bit flips, cuts,
dropped entries, damage inside an XML part, stray tag syntax) and builds a small event with it.
A case may succeed or raise a ReportgenError; any other exception is a crash. Rendering runs under
reportgen's own time and memory limits; an alarm here guards against a hang elsewhere, and the
process's peak memory is checked at the end. Cases are seeded: a failure names its seed.
"""

from __future__ import annotations

import io
import random
import signal
import zipfile
from pathlib import Path

import pytest

from reportgen.errors import ReportgenError
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import TEMPLATES
from .hostile_cases import MINIMAL

# measures peak memory with resource: POSIX only (skipped under the Windows shim, tests/shims/)
resource = pytest.importorskip("resource")

pytestmark = pytest.mark.slow  # subprocesses, signals, wheels or hundreds of builds

CASES_PER_TEMPLATE = 120
HANG_GUARD_SECONDS = 30


def _rezip(data: bytes, change) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        infos = src.infolist()
        for info in change(infos, {i.filename: src.read(i.filename) for i in infos}):
            dst.writestr(*info)
    return out.getvalue()


def mutate(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    kind = rng.choice(
        ["bitflip", "truncate", "drop-entry", "xml-bitflip", "xml-cut", "xml-duplicate", "tag-noise"]
    )
    if kind == "bitflip":
        mutated = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            mutated[rng.randrange(len(mutated))] ^= 1 << rng.randrange(8)
        return kind, bytes(mutated)
    if kind == "truncate":
        return kind, data[: rng.randrange(len(data))]

    def change(infos, contents):
        names = [i.filename for i in infos]
        if kind == "drop-entry":
            victim = rng.choice(names)
            return [(n, contents[n]) for n in names if n != victim]
        xml_parts = [n for n in names if n.endswith((".xml", ".rels"))]
        victim = rng.choice(xml_parts)
        part = bytearray(contents[victim])
        if kind == "xml-bitflip":
            for _ in range(rng.randint(1, 6)):
                part[rng.randrange(len(part))] ^= 1 << rng.randrange(8)
        elif kind == "xml-cut":
            start = rng.randrange(len(part))
            del part[start : start + rng.randint(1, 200)]
        elif kind == "xml-duplicate":
            start = rng.randrange(len(part))
            part[start:start] = part[start : start + rng.randint(1, 400)]
        else:
            at = rng.randrange(len(part))
            part[at:at] = rng.choice(
                [
                    b"{{",
                    b"}}",
                    b"{%",
                    b"%}",
                    b"{%p for x in y %}",
                    b"{{ chart('x') }}",
                    b"{%slide for s in section_list %}",
                    b"{{ 'x' * 10**8 }}",
                ]
            )
        contents[victim] = bytes(part)
        return [(n, contents[n]) for n in names]

    return kind, _rezip(data, change)


def _on_hang(signum: int, frame: object) -> None:
    raise AssertionError(f"a fuzz case ran for over {HANG_GUARD_SECONDS} s")


@pytest.mark.parametrize("template", ["briefing.docx", "deck.pptx"])
def test_damaged_templates_end_in_success_or_a_clean_error(template: str, tmp_path: Path) -> None:
    event = tmp_path / "event.yaml"
    event.write_text(MINIMAL, encoding="utf-8")
    original = (TEMPLATES / template).read_bytes()
    folder = tmp_path / "templates"
    folder.mkdir()
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    outcomes: dict[str, int] = {}
    previous = signal.signal(signal.SIGALRM, _on_hang)
    try:
        for seed in range(CASES_PER_TEMPLATE):
            kind, damaged = mutate(original, random.Random(f"{template}-{seed}"))
            (folder / template).write_bytes(damaged)
            signal.alarm(HANG_GUARD_SECONDS)
            try:
                build(event, Settings.simple(tmp_path / "out", folder))
                outcome = "built"
            except ReportgenError as exc:
                assert exc.render(), seed
                outcome = f"error {exc.exit_code}"
            except Exception as exc:  # anything else is a crash
                raise AssertionError(
                    f"seed {template}-{seed} ({kind}) crashed: {type(exc).__name__}: {exc}"
                ) from exc
            finally:
                signal.alarm(0)
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
    finally:
        signal.signal(signal.SIGALRM, previous)
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before
    assert grown_kib < 1024 * 1024, f"peak memory grew by {grown_kib // 1024} MiB"
    # the mutations must reach both outcomes, and every error is a user error (3, 4, 5), never a bug
    assert outcomes.get("built", 0) > 0, outcomes
    assert {k for k in outcomes if k != "built"} <= {"error 3", "error 4", "error 5"}, outcomes
    assert sum(v for k, v in outcomes.items() if k != "built") > 0, outcomes
    print(f"\n{template}: {outcomes}")
