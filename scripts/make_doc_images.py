"""Pictures for docs/: rendered pages and slides, made with LibreOffice and pdftoppm.

    python scripts/make_doc_images.py

Builds the bundled event and the sample expo, converts the documents (and the deck template itself,
tags showing) to PDF with LibreOffice, and keeps a few pages as PNG in docs/images/.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reportgen.build.pipeline import build  # noqa: E402
from reportgen.build.settings import Settings  # noqa: E402

# (document stem, page number, picture name)
PAGES = [
    ("deck", 4, "template-deck-section-slide"),
    ("waic-2022-briefing", 1, "waic-briefing-page-1"),
    ("waic-2022-deck", 2, "waic-deck-at-a-glance"),
    ("waic-2022-deck", 4, "waic-deck-section-one-chart"),
    ("waic-2022-deck", 8, "waic-deck-section-two-charts"),
    ("harbourside-expo-2025-deck", 4, "expo-deck-stacked-chart"),
]


def main() -> None:
    soffice = shutil.which("soffice")
    if not soffice or not shutil.which("pdftoppm"):
        sys.exit("needs LibreOffice (soffice) and pdftoppm (poppler-utils)")
    out = ROOT / "docs" / "images"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        files = [ROOT / "templates" / "deck.pptx"]
        for event in (
            ROOT / "data" / "waic2022.yaml",
            ROOT / "data" / "examples" / "harbourside-expo-2025.yaml",
        ):
            files += [
                f
                for f in build(event, Settings.simple(work / "out", ROOT / "templates")).files
                if f.suffix != ".png"
            ]
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{work}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work),
                *map(str, files),
            ],
            check=True,
            capture_output=True,
        )
        for stem, page, name in PAGES:
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "48",
                    "-f",
                    str(page),
                    "-l",
                    str(page),
                    "-singlefile",
                    str(work / f"{stem}.pdf"),
                    str(out / name),
                ],
                check=True,
            )
            print(f"wrote docs/images/{name}.png")


if __name__ == "__main__":
    main()
