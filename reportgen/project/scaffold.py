"""`reportgen init`: a new event project that builds as it is.

FOLDER/reportgen.yaml            project file (templates, output, shared charts)
FOLDER/data/event.yaml           a commented sample event to overwrite with the real one
FOLDER/data/*.schema.json        JSON Schemas, so editors autocomplete and flag mistakes
FOLDER/templates/briefing.docx   copies of the default templates, to restyle in Word/PowerPoint
FOLDER/templates/deck.pptx
FOLDER/output/
"""

from __future__ import annotations

import shutil
from pathlib import Path

from reportgen.commit.output import os_error
from reportgen.data.schema import schema_json
from reportgen.errors import OutputError, display_path
from reportgen.names import CONFIG_NAME, TEMPLATE_NAMES
from reportgen.project.resources import bundled

_SKELETON = Path(__file__).resolve().parents[1] / "skeleton"


def create_project(folder: Path) -> list[Path]:
    """Create the project; refuse a folder that already has files in it. Returns the files made."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise OutputError(
            f"{display_path(folder)} already exists and is not empty",
            hint="choose a new folder name; reportgen init never overwrites files",
        )
    files = {
        folder / CONFIG_NAME: (_SKELETON / CONFIG_NAME).read_bytes(),
        folder / "data" / "event.yaml": (_SKELETON / "event.yaml").read_bytes(),
        folder / "data" / "event.schema.json": schema_json().encode(),
        folder / "data" / "project.schema.json": schema_json(project=True).encode(),
        folder / "output" / ".gitkeep": b"",
    }
    try:
        for path, content in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
        (folder / "templates").mkdir(exist_ok=True)
        for name in TEMPLATE_NAMES:
            shutil.copyfile(bundled("templates") / name, folder / "templates" / name)
            files[folder / "templates" / name] = b""
    except OSError as exc:
        raise os_error("create", folder, exc) from None
    return sorted(files)
