"""Gather the documents' fixed words and refresh every language's catalogue, with Babel's tools.

    python scripts/update_catalogues.py            # extract, update each .po, compile each .mo
    python scripts/update_catalogues.py --init xx  # start a catalogue for language xx

Run it after changing a `_("…")` in scripts/make_templates.py (and regenerating the templates) or a
`gettext`/`N_` in reportgen/, then translate the new entries in reportgen/locale/<lang>/LC_MESSAGES/
reportgen.po (an entry marked `fuzzy` is a guess Babel made: check it, then remove the mark) and run
it again to compile. Commit the .pot, the .po files and the .mo files: reportgen reads the .mo files
as it builds (tests/data/test_catalogues.py checks they are up to date).
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.frontend import CommandLineInterface

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "reportgen" / "locale"
POT = LOCALE / "reportgen.pot"


def pybabel(*args: str) -> None:
    CommandLineInterface().run(["pybabel", "-q", *args])


def main(argv: list[str]) -> None:
    sys.path.insert(0, str(ROOT))  # babel.cfg's extractor is reportgen.office.catalogue
    pybabel(
        "extract", "-F", str(ROOT / "babel.cfg"), "--no-location", "--sort-output",
        "-k", "NC_:1c,2",  # messages.NC_: a message with its context (a subject's gender and number)
        "--project", "reportgen", "--copyright-holder", "the reportgen authors",
        "-o", str(POT), str(ROOT),
    )  # fmt: skip
    if argv[:1] == ["--init"] and len(argv) == 2:
        pybabel("init", "-D", "reportgen", "-i", str(POT), "-d", str(LOCALE), "-l", argv[1])
    pybabel("update", "-D", "reportgen", "-i", str(POT), "-d", str(LOCALE), "--no-wrap", "--ignore-obsolete")
    pybabel("compile", "-D", "reportgen", "-d", str(LOCALE), "--statistics")


if __name__ == "__main__":
    main(sys.argv[1:])
