"""Every corpus event built as `reportgen watch` builds, to compare two versions of the code.

    PYTHONPATH=<a checkout of main> python scripts/compare_builds.py build /tmp/main
    python scripts/compare_builds.py build /tmp/mine
    python scripts/compare_builds.py compare /tmp/main /tmp/mine
    python scripts/compare_builds.py build /tmp/mine data/waic2022.yaml   # only the events named

`build` builds each event of tests/events/**, tests/data/review_events/, data/waic2022.yaml and
the bundled event.yaml (or only those named) twice in one process (jobs=1, no drawing helper:
`watch._for_watching`), into OUT/1 and OUT/2, the second from what the first left in memory, with
SOURCE_DATE_EPOCH set;
the build warnings go to OUT/warnings.txt. `compare` compares every DOCX and PPTX of A with B's,
byte for byte and else part by part, and the warnings; it exits 1 on any difference. Which code
builds is whichever `reportgen` Python imports (PYTHONPATH first); the project is this checkout's.
"""

from __future__ import annotations

import os
import sys
import zipfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EPOCH = "1767225600"  # 2026-01-01: every build dates its documents alike


def events() -> list[Path]:
    found = {*ROOT.glob("tests/events/**/*.yaml"), *ROOT.glob("tests/data/review_events/*.yaml")}
    found |= {ROOT / "data" / "waic2022.yaml", ROOT / "reportgen" / "skeleton" / "event.yaml"}
    return sorted(found)


def build(out: Path, only: list[Path] | None = None) -> int:
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    import reportgen
    from reportgen.session import session, watch

    print(f"building with {Path(reportgen.__file__).parent}", file=sys.stderr)
    os.chdir(ROOT)
    out.mkdir(parents=True, exist_ok=True)
    warnings = out / "warnings.txt"
    warnings.write_text("", encoding="utf-8")
    failed = 0

    class Recorder(session.Reporter):
        def __init__(self, round_: str) -> None:
            self.round = round_

        def built(self, result: object) -> None:
            with warnings.open("a", encoding="utf-8") as file:
                file.writelines(f"{self.round}\t{w}\n" for w in getattr(result, "warnings", []))

        def error(self, exc: Exception) -> int:
            print(f"error: {exc!r}", file=sys.stderr)
            return 1

    for round_ in ("1", "2"):
        for event in [ROOT / e for e in only] if only else events():
            place = out / round_ / event.relative_to(ROOT).with_suffix("")
            options = watch._for_watching(session.Options(files=(event,), out_dir=place))
            if session.run(replace(options, force=True), Recorder(round_)):
                failed += 1
                print(f"failed: {event}", file=sys.stderr)
    return 1 if failed else 0


def compare(a: Path, b: Path) -> int:
    documents = {".docx", ".pptx"}
    mine = {p.relative_to(a): p for p in a.rglob("*") if p.suffix in documents}
    theirs = {p.relative_to(b): p for p in b.rglob("*") if p.suffix in documents}
    differing = 0
    if mine.keys() != theirs.keys():
        print(f"not in both: {sorted(map(str, mine.keys() ^ theirs.keys()))}")
        differing += 1
    same = 0
    for name in sorted(mine.keys() & theirs.keys()):
        if mine[name].read_bytes() == theirs[name].read_bytes():
            same += 1
            continue
        with zipfile.ZipFile(mine[name]) as x, zipfile.ZipFile(theirs[name]) as y:
            if x.namelist() != y.namelist():
                print(f"{name}: other parts")
            else:
                parts = [n for n in x.namelist() if x.read(n) != y.read(n)]
                print(f"{name}: parts differ: {parts[:5]}")
        differing += 1
    if (a / "warnings.txt").read_bytes() != (b / "warnings.txt").read_bytes():
        print("the builds' warnings differ")
        differing += 1
    print(f"{len(mine)} and {len(theirs)} documents; {same} byte-identical; {differing} differences")
    return 1 if differing else 0


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "build":
        return build(Path(argv[1]).resolve(), [Path(e).resolve().relative_to(ROOT) for e in argv[2:]])
    if len(argv) == 3 and argv[0] == "compare":
        return compare(Path(argv[1]), Path(argv[2]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
