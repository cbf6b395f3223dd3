"""A briefing's title never leaves its last word alone on a line, and sets a long name's subtitle
part on a line of its own, smaller.

The deck ties a title's last two words (powerpoint/fit.py `_tie_last_words`); the briefing set its
title with plain spaces, so a long event name ended its page's first line with the year alone on
the next ('Riverside Hospice 10K Fun Run / 2026', '…Gebäudetechnikmesse Zürich / 2026': review W).
Here the last space of a title paragraph becomes a no-break one where the two words it joins are
short enough to share a line (at most TIED_CHARS characters). Headings, a few words of a section's
name on a full line, are left as the template sets them.

A name with a subtitle part ('… 2026 in 福岡 〜越境イノベーションで次世代産業をつくる〜', 'Jahrestagung
2026 – Wege zur …': data/subtitles.py) took four lines of the title's size, its subtitle run on
from the name (review OO1, −0.5); as the deck's cover sets it (powerpoint/cover_name.py), its
subtitle part goes on a line of its own at SUBTITLE_SHARE of the title's size, not bold, its dash
or colon dropped (the line break says what they said).
"""

from __future__ import annotations

import copy
from typing import Any

from reportgen.data.subtitles import split_subtitle
from reportgen.office.ooxml import qn

#: The style ids of Word's built-in title and subtitle, which every template keeps (a restyled
#: one changes what they look like, not their ids).
TITLE_STYLES = frozenset({"Title", "Subtitle"})
#: The longest pair of last words tied ('Zürich\u00a02026', 'Messe\u00a0Zürich').
TIED_CHARS = 24
#: A subtitle part's size, as a share of the title's (the deck's cover sets it so too).
SUBTITLE_SHARE = 0.55


def set_title_subtitles(document: Any) -> None:
    """In each title paragraph of `document` (python-docx) whose text is a name and its subtitle
    part, the subtitle part on a line of its own (a line break), at SUBTITLE_SHARE of the title's
    size and not bold."""
    # here, not at the top: the deck's cover_name imports TIED_CHARS from this module, and
    # word_styles imports the deck's measures (a cycle at import)
    from reportgen.office.word_styles import Styles

    styles = Styles(document)
    for paragraph in document.element.body.iter(qn("w:p")):
        style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        if style is None or style.get(qn("w:val")) != "Title":
            continue
        runs = [r for r in paragraph.iter(qn("w:r")) if r.find(qn("w:t")) is not None]
        if not runs or paragraph.find(f".//{qn('w:br')}") is not None:
            continue  # a title the template breaks itself is the template's
        whole = "".join(t.text or "" for r in runs for t in r.iter(qn("w:t")))
        main, sub = split_subtitle(whole)
        if not sub:
            continue
        half_points = str(max(2, round(styles.size(paragraph) * SUBTITLE_SHARE * 2)))
        first = runs[0]
        texts = list(first.iter(qn("w:t")))
        texts[0].text = main
        for extra in texts[1:]:
            extra.getparent().remove(extra)
        for run in runs[1:]:
            run.getparent().remove(run)
        part = copy.deepcopy(first)
        for child in list(part):
            if child.tag != qn("w:rPr"):
                part.remove(child)
        props = part.find(qn("w:rPr"))
        if props is None:
            props = part.makeelement(qn("w:rPr"), {})
            part.insert(0, props)
        for name in ("w:b", "w:bCs", "w:sz", "w:szCs"):
            for old in props.findall(qn(name)):
                props.remove(old)
        for name, value in (("w:b", "0"), ("w:bCs", "0"), ("w:sz", half_points), ("w:szCs", half_points)):
            props.append(props.makeelement(qn(name), {qn("w:val"): value}))
        part.append(part.makeelement(qn("w:br"), {}))
        text = part.makeelement(qn("w:t"), {})
        text.text = sub
        part.append(text)
        first.addnext(part)


def tie_title_ends(body: Any) -> None:
    """Tie the last two words of each title paragraph of `body` (w:body)."""
    for paragraph in body.iter(qn("w:p")):
        style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        if style is None or style.get(qn("w:val")) not in TITLE_STYLES:
            continue
        texts = list(paragraph.iter(qn("w:t")))
        whole = "".join(t.text or "" for t in texts).rstrip()
        if whole.count(" ") < 2:  # two words, or none: nothing to keep from standing alone
            continue
        head, _, last = whole.rpartition(" ")
        if len(head.rsplit(" ", 1)[-1]) + 1 + len(last) > TIED_CHARS:
            continue
        for text in reversed(texts):  # the last plain space, in the run that holds it
            value = (text.text or "").rstrip()
            at = value.rfind(" ")
            if at != -1:
                text.text = value[:at] + "\u00a0" + (text.text or "")[at + 1 :]
                break
            if value:
                break  # the last word is a run of its own: left as it is
