"""Where the default templates and the bundled example event are.

An installed wheel carries them inside the package (reportgen/_bundled/); a source checkout or an
editable install finds them at the top of the repository. A user's own templates folder overrides
the defaults file by file, as themes do in MkDocs: a folder with only deck.pptx keeps the default
briefing.
"""

from __future__ import annotations

from pathlib import Path

from reportgen import DISTRIBUTION
from reportgen.errors import OutputError

_PACKAGE = Path(__file__).resolve().parents[1]  # reportgen/


#: The guides in docs/, carried by the wheel (reportgen/_bundled/docs/) so that `reportgen docs TOPIC`
#: prints them wherever reportgen is installed. pyproject.toml's force-include lists each file.
DOC_TOPICS = ("architecture", "data", "performance", "platforms", "scale", "templates")


def bundled(kind: str) -> Path:
    """The bundled 'templates', 'data' or 'docs' folder."""
    for candidate in (_PACKAGE / "_bundled" / kind, _PACKAGE.parent / kind):
        if candidate.is_dir():
            return candidate
    raise OutputError(
        f"the bundled {kind} folder is missing from this installation of reportgen",
        hint=f"reinstall reportgen (pip install --force-reinstall {DISTRIBUTION})",
    )


def bundled_events() -> list[Path]:
    return sorted(bundled("data").glob("*.yaml"))


def guide(topic: str) -> Path:
    """The markdown file of one of DOC_TOPICS."""
    return bundled("docs") / f"{topic}.md"
