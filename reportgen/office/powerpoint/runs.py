"""Tags that PowerPoint split across runs, put back together.

PowerPoint breaks text into runs wherever formatting, spell-checking or editing history changes,
so `{{ event.name }}` can arrive as `{{ ev` + `ent.na` + `me }}`. We move each tag's characters into
the run where the tag starts (so the result keeps that run's formatting) and drop runs left empty.
"""

from __future__ import annotations

from lxml import etree

from reportgen.office.ooxml import qn
from reportgen.office.sandbox import TAG

_SMART_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


def merge_split_tags(p: etree._Element) -> None:
    """Make every tag in paragraph `p` lie inside one run, the run where it starts."""
    runs = [r for r in p if r.tag == qn("a:r") and r.find(qn("a:t")) is not None]
    texts = [r.find(qn("a:t")).text or "" for r in runs]
    full = "".join(texts)
    if "{" not in full:
        return
    owner: list[int] = []
    for index, text in enumerate(texts):
        owner.extend([index] * len(text))
    spans = list(TAG.finditer(full))
    for match in spans:
        for k in range(match.start(), match.end()):
            owner[k] = owner[match.start()]
    new_texts = [""] * len(runs)
    for char, index in zip(full, owner, strict=True):
        new_texts[index] += char
    # Typographic quotes typed by PowerPoint's autocorrect inside a tag are Jinja's plain quotes.
    for i, text in enumerate(new_texts):
        new_texts[i] = TAG.sub(lambda m: m.group().translate(_SMART_QUOTES), text)
    for run, old, new in zip(runs, texts, new_texts, strict=True):
        if new == old:
            continue
        if not new:
            p.remove(run)
        else:
            run.find(qn("a:t")).text = new
