"""A qualified figure's number written bare in the event file's own text warns: 'nearly R$ 4.7
billion' is not 'R$ 4.7 billion', and a caption prints as written (review I read a slide title,
taken from such a caption, with the qualifier lost and no warning)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from reportgen.cli import main
from reportgen.data.kept_qualifiers import lost_qualifier_warnings
from reportgen.data.prepare import prepare

from ..conftest import ROOT

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
        "qualifier ('quase') with it, or the amount the figure qualifies will print as exact"
    ) in result.output


def test_the_qualifier_or_its_synonym_near_the_number_keeps_it_quiet(tmp_path: Path) -> None:
    prepared = prepare(EVENT)  # 'mais da metade dos quase R$ 4,7 bilhões'
    assert lost_qualifier_warnings(prepared.summary, prepared.formatter) == []
    for path in (ROOT / "data" / "waic2022.yaml", *sorted((ROOT / "tests" / "events").rglob("*.yaml"))):
        if path.parent.name == "numbers":
            continue
        prepared = prepare(path)
        assert lost_qualifier_warnings(prepared.summary, prepared.formatter) == [], path.name
