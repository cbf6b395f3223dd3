"""The rest of a section that keeps a slide of its own stays beside it, in the file's order, never
on 'Other highlights' behind later sections (review SS1 #4: the Japanese linguistics congress's
研究発表, its chart's slide 4, its bullets on slide 7 'その他のハイライト' after 基調講演 and 表彰 under
its name again). Small sections with no slide of their own still share that slide."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pptx import Presentation

from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT

#: Review SS1's congress (ja_JP): research papers by field (a chart), then oral and poster papers,
#: sessions and workshops, then keynotes, awards and the next congress.
CONGRESS = ROOT / "tests" / "data" / "folding" / "keisan-gengo-gakkai-ja-jp.yaml"


def _texts(deck: Path) -> list[str]:
    """Each slide's text, its shapes' joined, without joiners, spaces or line breaks."""
    out = []
    for slide in Presentation(str(deck)).slides:
        said = "".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
        out.append("".join(said.replace("\u2060", "").split()))
    return out


def test_a_sections_rest_after_its_chart_stays_before_the_next_section(
    built_event: Callable[[Path], BuildResult],
) -> None:
    result = built_event(CONGRESS)
    slides = _texts(next(f for f in result.files if f.suffix == ".pptx"))
    chart = next(i for i, t in enumerate(slides) if "大規模言語モデルに関する発表が最も多く" in t)
    rest = [i for i, t in enumerate(slides) if "ポスター発表は398件" in t or "9件の併設ワークショップ" in t]
    keynotes = next(i for i, t in enumerate(slides) if t.startswith("基調講演") or "基調講演国内外" in t)
    assert rest and all(chart <= i < keynotes for i in rest), (chart, rest, keynotes, slides)
    assert not [t for t in slides if "その他のハイライト" in t and "研究発表" in t]
