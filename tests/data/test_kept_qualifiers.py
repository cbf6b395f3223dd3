"""A qualified figure's number written bare in the event file's own text warns: 'nearly R$ 4.7
billion' is not 'R$ 4.7 billion', and a caption prints as written (review I read a slide title,
taken from such a caption, with the qualifier lost and no warning)."""

from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path

from click.testing import CliRunner

from reportgen.cli import main
from reportgen.data.kept_qualifiers import lost_qualifier_warnings
from reportgen.data.prepare import prepare
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import INVISIBLE, ROOT, TEMPLATES, seen

EVENT = ROOT / "tests" / "events" / "languages" / "agronegocio-pt-br.yaml"


def _with_caption(tmp_path: Path, caption: str) -> Path:
    text = EVENT.read_text(encoding="utf-8")
    old = "mais da metade dos quase R$ 4,7 bilhões em negócios."
    assert old in text
    path = tmp_path / "agro.yaml"
    path.write_text(text.replace(old, caption), encoding="utf-8")
    return path


def test_a_caption_that_drops_a_figures_qualifier_warns(tmp_path: Path) -> None:
    path = _with_caption(tmp_path, "mais da metade dos R$ 4,7 bilhões em negócios.")
    result = CliRunner().invoke(main, ["validate", str(path)])
    # the caption's line and column, as an error gives its place
    line = next(n for n, text in enumerate(path.read_text().splitlines(), 1) if "caption: Soja" in text)
    assert (
        f"warning: {path}:{line}:14: charts.negocios_por_cadeia.caption: writes '4,7 bilhões' where the "
        "figure "
        "sections.negocios.figures.negocios_totais is 'quase 4,7 bilhões de reais'; write its "
        "qualifier ('quase') with it: until then the documents leave the text out, as it says the "
        "amount as exact"
    ) in result.output


def test_the_qualifier_or_its_synonym_near_the_number_keeps_it_quiet(tmp_path: Path) -> None:
    prepared = prepare(EVENT)  # 'mais da metade dos quase R$ 4,7 bilhões'
    assert lost_qualifier_warnings(prepared.summary, prepared.formatter) == []
    for path in (ROOT / "data" / "waic2022.yaml", *sorted((ROOT / "tests" / "events").rglob("*.yaml"))):
        if path.parent.name == "numbers":
            continue
        prepared = prepare(path)
        assert lost_qualifier_warnings(prepared.summary, prepared.formatter) == [], path.name


#: Review FF's caption as the reviewer wrote it: the figure is 'quase R$ 14,6 bilhões'.
FAIR = ROOT / "tests" / "data" / "review_events" / "agrishow-ribeirao-pt-br.yaml"
FAIR_KEPT = "para quase R$ 14,6 bilhões em 2026."
FAIR_LOST = "para R$ 14,6 bilhões em 2026."


def _package_text(path: Path) -> str:
    """Every word a file holds, wherever a reader or a presenter meets it: pages, slides, speaker
    notes, alt text, headers, charts (each XML part of the package), spaces as a reader sees them."""
    with zipfile.ZipFile(path) as package:
        parts = [package.read(n).decode("utf-8") for n in package.namelist() if n.endswith(".xml")]
    return seen(html.unescape(re.sub(r"<[^>]+>", " ", " ".join(parts)))).translate(INVISIBLE)


def test_a_text_that_drops_a_figures_qualifier_is_printed_nowhere(tmp_path: Path) -> None:
    """The build warned of the caption and left it off the pages, but the deck's notes printed it:
    the presenter said 'R$ 14,6 bilhões' as exact (review FF). Until the author writes the
    qualifier, the text is in no slide, note, page or alt text."""
    text = FAIR.read_text(encoding="utf-8")
    assert FAIR_KEPT in text
    event = tmp_path / FAIR.name
    event.write_text(text.replace(FAIR_KEPT, FAIR_LOST), encoding="utf-8")
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    assert any("charts.evolucao.caption: writes '14,6 bilhões'" in w for w in result.warnings)
    documents = [f for f in result.files if f.suffix in (".docx", ".pptx")]
    assert len(documents) == 2
    for document in documents:
        said = " ".join(_package_text(document).split())
        assert "R$ 14,6 bilhões em 2026" not in said, document.name
        assert "quase 14,6 bilhões" in said, document.name  # the figure itself, as it is
