"""A template's tile places, and the plan's pages of tiles cut to them.

The plan puts up to eight short key figures on one page of tiles (data/plan/tile_grid.py), which
the default deck sets in two rows of four. A template of its own may have fewer tile places on its
glance slides (`page[0]` to `page[3]`, or variants for one to six tiles): a page of more tiles than
it has places would lose the tiles past them, or match no variant and lose the page. Here such a
page is cut into the fewest even pages the template holds (8 by 4: 4 + 4), each keeping its page's
group; its title's finding, lead line and notes stay with its first part: a finding said on both
parts put two slides in a row under one title (the deck check names it), and the parts after the
first take the title the template gives a page without one (its group, or the glance's own title).
"""

from __future__ import annotations

import re
from typing import Any

from reportgen.office.ooxml import qn

#: A tile's place in a template: `page[3]`, `page[3].label`.
_PLACE = re.compile(r"\bpage\[(\d+)\]")
#: The context's names that hold one entry per page of tiles.
_PER_PAGE = ("glance_headlines", "glance_leads", "glance_notes", "glance_groups")
#: What a part after a page's first does not keep of it: its title's finding, lead line and notes
#: are said once.
_FIRST_ONLY = frozenset({"glance_headlines", "glance_leads", "glance_notes"})


def tile_places(slides: list[Any]) -> int | None:
    """The most tiles any slide of the template places (`page[N]`: N + 1), or None where none does."""
    most = None
    for slide in slides:
        text = "".join(t.text or "" for t in slide._element.iter(qn("a:t")))
        for found in _PLACE.finditer(text):
            most = max(most or 0, int(found.group(1)) + 1)
    return most


def cut_to_places(context: dict[str, Any], places: int | None) -> dict[str, Any]:
    """`context` with each page of `glance_pages` longer than `places` cut into the fewest even
    parts of at most `places` (7 by 6: 4 + 3), the per-page names cut alike; as it is where every
    page fits."""
    pages = tuple(context.get("glance_pages") or ())
    if not places or all(len(page) <= places for page in pages):
        return context
    cut: list[tuple[Any, ...]] = []
    per_page: dict[str, list[Any]] = {name: [] for name in _PER_PAGE if name in context}
    for at, page in enumerate(pages):
        parts = _even(tuple(page), places)
        cut.extend(parts)
        for name, out in per_page.items():
            values = tuple(context[name])
            value = values[at] if at < len(values) else ""
            empty: Any = () if isinstance(value, tuple) else ""
            out.extend(value if i == 0 or name not in _FIRST_ONLY else empty for i in range(len(parts)))
    return {**context, "glance_pages": tuple(cut), **{k: tuple(v) for k, v in per_page.items()}}


def _even(items: tuple[Any, ...], size: int) -> list[tuple[Any, ...]]:
    """`items` in the fewest runs of at most `size`, as even as can be, the longer first."""
    count = -(-len(items) // size)
    base, extra = divmod(len(items), count)
    out, start = [], 0
    for index in range(count):
        end = start + base + (index < extra)
        out.append(items[start:end])
        start = end
    return out
