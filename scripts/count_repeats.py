"""Build every corpus event and list the document check's 'printed N times' warnings (issue 19,
class 2): tests/events, tests/events/languages, tests/events/numbers, data/waic2022.yaml and
data/examples. Usage: python scripts/count_repeats.py [REPO_ROOT]"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    events = [
        *sorted((root / "tests/events").glob("*.yaml")),
        *sorted((root / "tests/events/languages").glob("*.yaml")),
        *sorted((root / "tests/events/numbers").glob("*.yaml")),
        root / "data/waic2022.yaml",
        *sorted((root / "data/examples").glob("*.yaml")),
    ]
    total = 0
    for event in events:
        with tempfile.TemporaryDirectory() as tmp:
            result = build(event, Settings.simple(Path(tmp) / "out", root / "templates"))
            found = [w.replace(tmp + "/", "") for w in result.warnings if "is printed" in w]
        total += len(found)
        for warning in found:
            sys.stdout.write(f"{event.name} | {warning}\n")
    sys.stdout.write(f"events {len(events)} repetitions {total}\n")


if __name__ == "__main__":
    main()
