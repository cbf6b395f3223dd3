"""A section's summary said in full on its slides: a clause of it that neither the title nor the
body of its section's slides (nor another slide: the page of its tiles) prints is said only in the
speaker notes (review AA: '… zwei Hallen blieben geschlossen' lost from the slide whose title was
cut from the summary at a comma). So is a figure's own sentence in a slide's notes that says more
than the tile or line the deck prints of it, where no slide prints it (`unsaid_details`: round 16's
'for 15 early-stage companies', 'uit vijf continenten' under their tiles)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from reportgen.data.echoes import says_again
from reportgen.data.plan.printings import MOST_REPEATS
from reportgen.data.plan.views import said_words
from reportgen.data.superlatives import same_claim
from reportgen.data.titles import summary_clauses, title_and_lead
from reportgen.data.written_numbers import read
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import EMU_PER_PT, MIN_FIT_PT, autofit_scale, inherited_size, text_em
from reportgen.office.shape_boxes import _content_box

#: A clause reaches a slide where at least this share of its words (`said_words`) is printed on it.
SAID = 2 / 3
#: A slide whose content (its shapes' text lines, pictures and charts, its title and footer aside)
#: covers less than this share of the area under its title has room for a quotation (review KK:
#: Andong's slide 6, at 44 %, left the chairman's words in the notes).
ROOM = 0.6
#: The share of the slide's height its foot keeps free of content (margin, page number).
_FOOT = 0.07
#: A slide's body holds a quotation left in its notes where its text and the quotation fit its box
#: at this share of the body's size (`_room_under`).
SHRINK = 0.8
#: Spacing, and the quotation marks and apostrophes the deck sets typographic ('state’s' for the
#: file's "state's"): no part of a text's words.
_INVISIBLE = re.compile(r"[\s\u00a0\u00ad\u200b\u2060\u202f\ufeff'\"\u2018\u2019\u201c\u201d]+")


def unsaid_clauses(
    slides: Sequence[Any],
    printed: Sequence[Iterable[str]],
    summaries: Sequence[str],
    shown: str,
    displaced: frozenset[int] = frozenset(),
    findings: Sequence[str] = (),
) -> list[str]:
    """Warnings naming the first slide whose speaker notes hold a section's summary (`summaries`),
    whatever titles it (a cut of the summary, its chart's finding, a figure: review CC, '肯尼亚居首'),
    where a clause of it (`summary_clauses`) is printed on none of its section's slides: that one
    and those after it up to the next summary's. `printed`, each slide's printed texts (charts'
    included). Not on a page of tiles led by the news's credited quotation (`displaced`, slides'
    indexes: office/quoted_news.py): the summary of a section without a slide that the quotation
    displaced from that page's lead (data/plan/quote_lead.py) has its notes as its place. Nor a
    summary displaced by its chart's finding on its own section's slide: a slide of the section
    that prints whole one of `findings` (the deck's chart captions that state a finding,
    data/slide_captions.py), its title and the lead under it, where summary and caption do not both
    fit (review YY1 #2: the caption, the finding, stays on the slide and the summary gives way to
    the notes, not the reverse; charts26: 'Portugal y Francia encabezan la presencia extranjera',
    the caption's clause that names its runners-up, kept under its first)."""
    notes = [_plain(s.notes_slide.notes_text_frame.text) if s.has_notes_slide else "" for s in slides]
    starts = {}
    for summary in summaries:
        plain = _plain(summary)
        at = next((i for i, n in enumerate(notes) if plain and plain in n), None)
        if at is not None:
            starts.setdefault(at, []).append(summary)
    warnings = []
    each = [said_words(" ".join(texts)) for texts in printed]
    for at, held in sorted(starts.items()):
        if _full(slides[at]) or at in displaced:
            continue  # the plan gave its room to its chart, or to the text beside it, or the news's quote
        end = min((i for i in starts if i > at), default=len(slides))
        if any(_says_whole(f, printed[i]) for f in findings for i in range(at, end)):
            continue  # its chart's finding took the room: the caption on the slide, the summary noted
        words = said_words(" ".join(t for i in range(at, end) for t in printed[i]))
        for summary in held:
            clauses = summary_clauses(summary)
            if any(same_claim(t, summary) for t in printed[at]):
                # a text of the slide states its finding, worded apart (review BB); the sentence
                # after that claim is its other news, still to be printed (review KK: Andong's
                # first-ever night parade, under a title of the most-attended programme)
                clauses = (title_and_lead(summary)[1],) if title_and_lead(summary)[1] else ()
            # a clause a text of its slides says again, the slide's title (data/echoes.py: the plan
            # drops it from the lead under that title, review NN) is said
            texts = [t for i in range(at, end) for t in printed[i]]
            for clause in clauses:
                wanted = said_words(clause)
                if any(says_again(t, clause) for t in texts):
                    continue
                if wanted and len(wanted & words) < SAID * len(wanted) and not _elsewhere(wanted, each):
                    warnings.append(
                        f"{shown}: slide {at + 1}: its section's summary says '{clause}', which no slide "
                        "of the section prints (only the speaker notes do)"
                    )
    return warnings


def unsaid_details(
    slides: Sequence[Any],
    printed: Sequence[Iterable[str]],
    details: Sequence[str | tuple[str, str]],
    shown: str,
) -> list[str]:
    """Warnings naming the first slide whose speaker notes hold a figure's own sentence (`details`,
    as the deck writes them) that no slide prints: less than SAID of its words on any one slide. A
    sentence the deck's tile or line says in full (its label's words, its number) is printed; one
    that qualifies it ('… for 15 early-stage companies', '… uit vijf continenten') only in the
    notes is what a reader of the slides never sees. A detail given as (sentence, what it says
    after its number) is read by the words after its number alone: the words before it are the
    sentence's frame, who did what ('Runners came from 38 countries.'), which the tile's label says
    in its own words ('38 countries / Countries represented'); a page of four tiles whose notes say
    its figures as sentences is no fault for them (a template with four tile places, round 23). A
    sentence a slide prints whole by SAID of its words is printed, whatever its tail (fx24c: the
    Turkish conference's '… neredeyse 38 milyon dolar oldu.', its tail the verb 'oldu')."""
    notes = [_plain(s.notes_slide.notes_text_frame.text) if s.has_notes_slide else "" for s in slides]
    each = [said_words(" ".join(texts)) for texts in printed]
    warnings = []
    for item in dict.fromkeys(details):
        detail, beyond = item if isinstance(item, tuple) else (item, item)
        plain = _plain(detail)
        at = next((i for i, n in enumerate(notes) if plain and plain in n), None)
        wanted = said_words(beyond)
        # a verb-final language's frame ends after its number ('… toplam değeri {value} oldu.'):
        # its words after the number are its verb alone, and the sentence is printed where a
        # slide says it whole, as before the reading after its number
        whole = said_words(detail)
        if at is None or not wanted or _elsewhere(wanted, each) or _elsewhere(whole, each):
            continue
        warnings.append(
            f"{shown}: slide {at + 1}: its speaker notes say '{detail}', which qualifies a figure the "
            "deck prints, and no slide prints it (only the speaker notes do)"
        )
    return warnings


def unsaid_quotes(
    slides: Sequence[Any],
    printed: Sequence[Iterable[str]],
    quotes: Sequence[str],
    shown: str,
    locale: str,
    size: tuple[int, int],
) -> list[str]:
    """Warnings naming the first slide whose speaker notes hold a quotation (`quotes`: the people's,
    launches' and lists' words a slide can print, no echo of their line) that no slide prints,
    where that slide has room for it (`_has_room`) and printing it would print none of its numbers
    more than MOST_REPEATS times in the deck (the rule that keeps a quotation in the notes, the
    data guide): the chairman's words at Andong, '… 세계 17개국의 탈 …', whose 17 countries a
    tile printed once, were in the notes only while the troupe leader's printed (review KK)."""
    notes = [_plain(s.notes_slide.notes_text_frame.text) if s.has_notes_slide else "" for s in slides]
    each = [said_words(" ".join(texts)) for texts in printed]
    deck = [value for texts in printed for text in texts for w in read(text, locale) for value in w.values]
    warnings = []
    for quote in dict.fromkeys(quotes):
        plain = _plain(quote)
        at = next((i for i, n in enumerate(notes) if plain and plain in n), None)
        wanted = said_words(quote)
        if at is None or not wanted or _elsewhere(wanted, each):
            continue
        if not _has_room(slides[at], *size) and not _room_under(slides[at], quote, *size):
            continue
        numbers = {value for w in read(quote, locale) if w.counts for value in w.values}
        if any(sum(1 for v in deck if v == n) >= MOST_REPEATS for n in numbers):
            continue  # its number printed twice already: the notes are its place
        warnings.append(
            f"{shown}: slide {at + 1}: its speaker notes quote '{quote}', which no slide prints though "
            "this one has room for it (only the speaker notes do)"
        )
    return warnings


def _has_room(slide: Any, width: float, height: float) -> bool:
    """Whether the content of `slide` under its title (its text lines where they stand, pictures,
    charts and tiles; not its kicker, which stands above the title, nor its footer's sources)
    covers less than ROOM of the area between the title and the slide's foot."""
    title = slide.shapes.title
    if title is None:
        return False
    top = float(title.top or 0) + float(title.height or 0)
    body = width * (height * (1 - _FOOT) - top)
    sizes: dict[Any, float] = {}
    used = 0.0
    for shape in slide.shapes:
        if shape.shape_id == title.shape_id or (shape.top or 0) < top or _in_foot(shape, height):
            continue
        box = _content_box(shape, sizes)
        if box is not None:
            used += (box[2] - box[0]) * max(box[3] - max(box[1], top), 0.0)
    return body > 0 and used < ROOM * body


def _room_under(slide: Any, quote: str, width: float, height: float) -> bool:
    """Whether the text box of `slide` that sets its lowest text (its body) holds `quote` after its
    text, a line to spare for its spacing, at no less than SHRINK of the body's size, nor under
    MIN_FIT_PT (the fit code's least): the rally winner's 179 characters under slide 3's three
    bullets, which filled more than ROOM of its area across its width and left a third of its
    box empty (review YY2 #2). The body's size is its smallest run's (a bullet's), else its
    placeholder's."""
    title = slide.shapes.title
    if title is None:
        return False
    top = float(title.top or 0) + float(title.height or 0)
    sizes: dict[Any, float] = {}
    lowest, body, used = top, None, 0.0
    for shape in slide.shapes:
        if shape.shape_id == title.shape_id or (shape.top or 0) < top or _in_foot(shape, height):
            continue
        box = _content_box(shape, sizes)
        if box is not None and box[3] >= lowest:
            lowest, body, used = box[3], shape, box[3] - box[1]
    if body is None or not body.has_text_frame or not body.height:
        return False
    text = body._element.find(qn("p:txBody"))
    set_sizes = [int(r.get("sz")) / 100 for r in text.iter(qn("a:rPr")) if r.get("sz")]
    size = min(set_sizes or [inherited_size(body, sizes)]) * autofit_scale(text)
    column = max(float(body.width or width) / EMU_PER_PT - 14.4, 1.0)  # its insets aside
    lines = -(-int(text_em(quote) * size) // int(column)) + 1
    shrunk = max(SHRINK, MIN_FIT_PT / size)
    return shrunk <= 1 and (used + lines * size * 1.2 * EMU_PER_PT) * shrunk <= float(body.height)


def _in_foot(shape: Any, height: float) -> bool:
    """A text box set from the slide's foot (the sources footer): no part of the body."""
    body = shape._element.find(".//{*}bodyPr")
    return body is not None and body.get("anchor") == "b" and float(shape.top or 0) > height / 2


def _elsewhere(wanted: set[str], each: list[set[str]]) -> bool:
    """Whether one slide of the deck prints the clause, though none of its section's does: the page
    of tiles its summary leads, where its section's own sentence leads its chart's slide
    (plan/glance.py `_traded`, review HH): not said only in the speaker notes."""
    return any(len(wanted & words) >= SAID * len(wanted) for words in each)


#: Where a caption may be cut into its slide's title and the lead under it: a clause's end.
_CLAUSES = re.compile(r"[.;:,!?。；：，、！？]")
_NOT_WORDS = re.compile(r"[\W_]+")


def _says_whole(finding: str, texts: Iterable[str]) -> bool:
    """Whether `texts` (a slide's) print every clause of `finding`, in one text or across its
    title and its lead."""
    face = _NOT_WORDS.sub("", " ".join(texts).casefold())
    clauses = [c for c in (_NOT_WORDS.sub("", c.casefold()) for c in _CLAUSES.split(finding)) if c]
    return bool(clauses) and all(c in face for c in clauses)


def _plain(text: str) -> str:
    """`text` without spacing, quotation marks or case: the notes write a summary after its
    section's name, its first letter in lower case ('Le marché : les acheteurs …')."""
    return _INVISIBLE.sub("", text).casefold()


def _full(slide: Any) -> bool:
    """Whether a slide's room is its chart's by the plan's design, with none for a summary under its
    title: a chart with text beside it (the panel holds the section's own lines: WAIC's programme,
    with its four bullets). A chart of many categories is no longer excused: its summary reaches
    the slide too (round 16: the marathon's '…其中埃塞俄比亚和肯尼亚选手…' under 12 countries, in
    the notes only)."""
    charts = [s for s in slide.shapes if getattr(s, "has_chart", False) and s.has_chart]
    if not charts:
        return False
    left = min(c.left or 0 for c in charts)
    beside = [
        s
        for s in slide.shapes
        if s.is_placeholder
        and s.has_text_frame
        and s.text_frame.text.strip()
        and (s.left or 0) + (s.width or 0) <= left
        and s.placeholder_format.type is not None
        and s.placeholder_format.idx != 0
    ]
    return bool(beside)
