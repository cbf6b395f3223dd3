"""The document check's rules for a slide's kicker: one that says what its slide's title or its
chart's title says is named (data/kicker_words.py; the renderer drops such a kicker,
office/powerpoint/kicker.py): a reader reads the same words twice, one over the other. And one
whose text sits closer to the slide's edge than SAFE, or off it (round 21: the default template's
kicker 0.08 in from the top edge, too close for print and for a designer's eye), in any template."""

from __future__ import annotations

from typing import Any

from reportgen.data.kicker_words import repeats_title

#: The template's name for a slide's kicker: its section's name, small above its title.
KICKER = "Section name"
#: The least distance from a slide's edge to a kicker's text (its box less its insets): what a
#: printer may crop, and less than a designer leaves (0.25 in, in EMU).
SAFE = 228600


def kicker_and_titles(slide: Any) -> tuple[Any, tuple[str, ...], tuple[str, ...]]:
    """A slide's kicker shape with text (or None), the slide's title and its charts' titles."""
    kicker = next(
        (s for s in slide.shapes if s.name == KICKER and s.has_text_frame and s.text_frame.text.strip()),
        None,
    )
    if kicker is None:
        return None, (), ()
    title = slide.shapes.title
    titles = (title.text_frame.text,) if title is not None and title.has_text_frame else ()
    charts = tuple(
        shape.chart.chart_title.text_frame.text
        for shape in slide.shapes
        if getattr(shape, "has_chart", False) and shape.has_chart and shape.chart.has_title
    )
    return kicker, tuple(t for t in titles if t.strip()), tuple(t for t in charts if t.strip())


def repeated_kickers(slide: Any, where: str) -> list[str]:
    """A warning where the slide's kicker says what a title under it says."""
    kicker, titles, charts = kicker_and_titles(slide)
    if kicker is None or not repeats_title(kicker.text_frame.text, titles, charts):
        return []
    text = kicker.text_frame.text
    said = next(t for t in (*titles, *charts) if repeats_title(text, (), (t,)) or repeats_title(text, (t,)))
    return [
        f"{where}: the kicker '{kicker.text_frame.text}' above the title repeats it ('{said}'); "
        "drop it, or name the section where that adds to the title"
    ]


def unsafe_kickers(slide: Any, where: str, width: int, height: int) -> list[str]:
    """A warning where the slide's kicker's text is less than SAFE from an edge of the slide (of
    `width` by `height`), or off it."""
    kicker, _, _ = kicker_and_titles(slide)
    if kicker is None or None in (kicker.left, kicker.top, kicker.width, kicker.height):
        return []
    frame = kicker.text_frame  # its insets: python-pptx gives the defaults where it sets none
    gaps = {
        "top": kicker.top + frame.margin_top,
        "left": kicker.left + frame.margin_left,
        "bottom": height - (kicker.top + kicker.height - frame.margin_bottom),
        "right": width - (kicker.left + kicker.width - frame.margin_right),
    }
    edge, gap = min(gaps.items(), key=lambda item: item[1])
    if gap >= SAFE:
        return []
    inches = max(gap, 0) / 914400
    return [
        f"{where}: the kicker '{frame.text.strip()}' sits {inches:.2f} in from the slide's {edge} edge"
        f"{' (off the slide)' if gap < 0 else ''}, closer than {SAFE / 914400:.2f} in: printers crop "
        "there; move its box in the template further from the edge"
    ]
