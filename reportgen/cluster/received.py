"""What the client of a Dask cluster accepts from a worker, and how it commits it.

A worker is another computer: what it sends is checked as if it came from a stranger. An event's
files are accepted only when their names are exactly the ones this event's build writes (worked
out here, from the event file, as a local build's clash check does) and each is what its name
says: a document that passes the build's own output check (a zip package whose main part has
the right content type, every part well-formed, no tag left unrendered), a PNG picture that
decodes, a PDF with a PDF's header, trailer and pages. Anything else fails the event, and
nothing of it is written: a worker cannot add `notes.pdf`, or another event's briefing, to the
output folder, or replace a file with something else.
"""

from __future__ import annotations

import re
from pathlib import Path

from reportgen.charts import is_png_picture
from reportgen.cluster.remote import Rendered
from reportgen.commit.output import prepare_folder, staging
from reportgen.errors import OutputError, TemplateProblem
from reportgen.office_pdf.pdf import check_pdfs
from reportgen.pipeline.pipeline import BuildResult, check_document
from reportgen.project.settings import Settings

_PLAIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$")
_HINT = "check that every worker runs the same reportgen, installed from the same place; nothing was written"


def _shown(name: str) -> str:
    return name if _PLAIN.match(name) else repr(name[:80])


def _picture(name: str) -> bool:
    """A chart's picture: the build writes none of a chart no document draws (printed as a
    sentence), which only the plan knows."""
    return name.endswith(".png") and "-chart-" in name


def check_names(rendered: Rendered, expected: set[str]) -> None:
    """The files are exactly the ones this event's build writes."""
    names = set(rendered.files)
    if not expected:
        raise OutputError(
            f"a worker ({rendered.worker or 'unknown'}) sent files for an event this computer cannot "
            "read, so none of them was accepted",
            hint=_HINT,
        )
    unexpected = sorted(names - expected)
    if unexpected:
        raise OutputError(
            f"a worker ({rendered.worker or 'unknown'}) sent {', '.join(map(_shown, unexpected[:3]))}, "
            "which this event's build does not write",
            hint=_HINT,
        )
    missing = sorted(n for n in expected - names if not _picture(n))  # a chart no document draws
    if missing:
        raise OutputError(
            f"a worker ({rendered.worker or 'unknown'}) did not send {', '.join(missing[:3])}, "
            "which this event's build writes",
            hint=_HINT,
        )


def _check_content(name: str, data: bytes, worker: str) -> None:
    """Pictures and PDFs are what their names say (documents get the build's full check)."""
    what = None
    if name.endswith(".png") and not is_png_picture(data):
        what = "a PNG picture"
    elif name.endswith(".pdf") and not (data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]):
        what = "a PDF"
    if what is not None:
        raise OutputError(f"a worker ({worker or 'unknown'}) sent {name}, which is not {what}", hint=_HINT)


def _check_document(name: str, staged: Path, template: Path, rendered: Rendered) -> None:
    """The build's own check of a document; the worker's build made it already, so a document
    that fails it here was not made by the build."""
    try:
        check_document(staged, template, rendered.literal_tags)
    except TemplateProblem as exc:
        reason = exc.message.split(" did not pass its checks: ", 1)[-1]
        raise OutputError(
            f"a worker ({rendered.worker or 'unknown'}) sent {name}, which does not pass the checks "
            f"a build makes: {reason}",
            hint=_HINT,
        ) from None


def commit(
    rendered: Rendered, settings: Settings, event: Path, expected: set[str], logo: str | None
) -> BuildResult:
    """Check what a worker sent for `event` and move it into the output folder: all, or none.
    `expected` is the names the event's build writes; `logo` the logo the client sent with it."""
    check_names(rendered, expected)
    out_dir = settings.out_dir
    prepare_folder(out_dir)
    templates = {".docx": settings.briefing_template, ".pptx": settings.deck_template}
    with staging(out_dir) as stage:
        documents = []
        for name, data in rendered.files.items():
            _check_content(name, data, rendered.worker)
            staged = stage.write_bytes(out_dir / name, data)
            if staged.suffix in templates:
                documents.append(staged)
                _check_document(name, staged, templates[staged.suffix], rendered)
        for name in sorted(n for n in expected - set(rendered.files) if _picture(n)):
            stage.remove(out_dir / name)  # an earlier build's picture of a chart now not drawn
        if settings.pdf:
            check_pdfs(documents, stage.area)
        files = stage.commit()
    used_logo = logo if logo is not None and rendered.logo == logo else None
    return BuildResult(
        event=rendered.summary,
        files=files,
        charts_drawn=rendered.charts_drawn,
        charts_cached=rendered.charts_cached,
        seconds=rendered.seconds,
        inputs=[event.parent / used_logo] if used_logo else [],
        chart_keys=rendered.chart_keys,
        warnings=rendered.warnings,
        notes=rendered.notes,
    )
