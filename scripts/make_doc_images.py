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
            args, target = [], out / stem
            if stem == "template-deck":  # the section slide alone, under a name that says so
                section = str(_section_slide(document))
                args, target = ["-f", section, "-l", section, "-singlefile"], out / "template-deck-section"
            resolution = RESOLUTION[document.suffix]
            subprocess.run(["pdftoppm", "-png", "-r", resolution, *args, str(pdf), str(target)], check=True)
        for picture in sorted(out.glob("*.png")):
            print(f"wrote docs/images/{picture.name}")


def _section_slide(template: Path) -> int:
    """The number of the default deck's section slide (a chart with text beside it), found by its
    directive rather than counted, so the picture follows the template as slides are added."""
    from pptx import Presentation

    for number, slide in enumerate(Presentation(str(template)).slides, start=1):
        for shape in slide.shapes:
            if shape.name == "Slide directives" and "chart-and-points" in shape.text_frame.text:
                return number
    raise SystemExit(f"{template}: no section slide (chart-and-points) found")


if __name__ == "__main__":
    main()
