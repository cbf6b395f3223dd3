"""Pictures for docs/: every page of the WAIC 2022 documents and of both sample events, as
LibreOffice renders them, and the default deck's section slide as a template (tags showing).

    python scripts/make_doc_images.py

Builds the events, converts the documents to PDF with LibreOffice, and writes one PNG per page to
docs/images/ (`<document>-<page>.png`). The README and docs/templates.md show some of them; the
rest are there to look at every page before a change is called done.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reportgen.pipeline.pipeline import build  # noqa: E402
from reportgen.project.settings import Settings  # noqa: E402

EVENTS = [
    ROOT / "data" / "waic2022.yaml",
    ROOT / "data" / "examples" / "harbourside-expo-2025.yaml",
    ROOT / "data" / "examples" / "coastal-climate-summit-2024.yaml",
]
RESOLUTION = {".pptx": "40", ".docx": "50"}  # pixels per inch: slides 533 wide, pages 413


def main() -> None:
    soffice = shutil.which("soffice")
    if not soffice or not shutil.which("pdftoppm"):
        sys.exit("needs LibreOffice (soffice) and pdftoppm (poppler-utils)")
    out = ROOT / "docs" / "images"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1700000000")  # pictures do not change from run to run
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        files = [ROOT / "templates" / "deck.pptx"]
        for event in EVENTS:
            built = build(event, Settings.simple(work / "out", ROOT / "templates", use_cache=False)).files
            files += [f for f in built if f.suffix in RESOLUTION]
        profile = f"-env:UserInstallation=file://{work}/profile"
        subprocess.run(
            [soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", str(work), *map(str, files)],
            check=True,
            capture_output=True,
        )
        for document in files:
            pdf = work / f"{document.stem}.pdf"
            stem = "template-deck" if document.parent.name == "templates" else document.stem
            args = ["-f", "8", "-l", "8"] if stem == "template-deck" else []  # the section slide
            subprocess.run(
                ["pdftoppm", "-png", "-r", RESOLUTION[document.suffix], *args, str(pdf), str(out / stem)],
                check=True,
            )
        for picture in sorted(out.glob("*.png")):
            print(f"wrote docs/images/{picture.name}")


if __name__ == "__main__":
    main()
