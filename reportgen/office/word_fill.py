"""A briefing's first page filled: a chart whose kept block (its lead-in, the chart, its caption)
would not fit below the first page's text is drawn less tall, down to MIN_HEIGHT_SHARE of its
height, so that the block ends page 1 rather than moving whole to page 2 and leaving page 1 a third
empty (the wine fair's page 1 was 45 % white). Any page a chart leaves more than MOST_EMPTY
empty is filled: the chart drawn shorter, or, where it would be too short to read, the text after
it moved up to fill the page, the chart opening the next one as a figure does in print (review U:
the wine salon's 12-bar chart left page 1 a quarter empty).

Where the pages break is the word processor's to decide; here it is estimated from the styles
(type sizes, spacing, line spacing, read by office/word_styles.py), the body's width and the
pictures' heights, each character at its width and each line at its script's height as measured
through LibreOffice (office/word_wrap.py, word_styles.py); SLACK_PT is left free, so that a shrunk
chart fits: where the estimate is wrong, the chart is a little smaller than it needed to be, or
moves to page 2 as it did before.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from lxml import etree

from reportgen.office.ooxml import qn
from reportgen.office.word_styles import Styles, extent, style_name, styles_of

#: A chart is drawn at least this share of the height its slot gave it.
MIN_HEIGHT_SHARE = 0.55
#: The room left free below the estimate, in pt (about a line: the estimate, word by word at
#: measured widths and heights, took 1,673 lines of the test events' paragraphs for their PDFs'
#: 1,666; it was two lines while it took a CJK line at a Latin one's height).
SLACK_PT = 15.0
_EMU_PER_PT = 12700

#: The least height (pt) a chart's picture (its `wp:inline`) may be drawn at: a bar chart's is its
#: bars' (office/word_chart_floor.py), ACROSS_SHARE of its height and BAR_CM a bar at least.
Least = Callable[[etree._Element], float]


#: Whether a chart's picture (its `wp:inline`) has a least height of its own content's (a bar chart
#: drawn across: its rows', office/word_chart_floor.py), which may take the room the page's text
#: estimate leaves where it errs tall.
Floored = Callable[[etree._Element], bool]


def no_floor(inline: etree._Element) -> bool:
    """No chart's least height is its content's: each is MIN_HEIGHT_SHARE of its height."""
    return False


def share_least(inline: etree._Element) -> float:
    """MIN_HEIGHT_SHARE of the picture's height: the least any chart is drawn at."""
    return MIN_HEIGHT_SHARE * extent(inline)


def first_page_chart(document: Any, least: Least = share_least) -> tuple[etree._Element, float] | None:
    """The picture (its `wp:inline`) whose kept block would be the first thing to leave page 1, and
    the height (pt) that lets the block end page 1; None where nothing needs to shrink (the block
    fits as it is, cannot fit even at MIN_HEIGHT_SHARE, or the document breaks its pages itself)."""
    width, height, styles, blocks = _measured(document)
    used, index = 0.0, 0
    while index < len(blocks):
        end = index
        while end + 1 < len(blocks) and styles.keeps_with_next(blocks[end]):
            end += 1  # a chain: each paragraph kept with the next
        chain = blocks[index : end + 1]
        if any(_breaks_page(b) for b in chain):
            return None
        tall = sum(styles.height(b, width) for b in chain)
        if used + tall <= height - SLACK_PT:
            used, index = used + tall, end + 1
            continue
        pictures = [i for b in chain for i in _pictures(b)]
        if used == 0 or len(pictures) != 1:
            return None  # a chain that starts the page, or no one chart to shrink
        drawn = extent(pictures[0])
        wanted = drawn - (used + tall - (height - SLACK_PT))
        return (pictures[0], wanted) if wanted >= least(pictures[0]) else None
    return None


#: A last page holding at most this share of a page (its Sources and a line or two) is a leftover
#: the page before it takes, where a chart on that page can be drawn less tall to make the room.
LAST_PAGE_SHARE = 0.25
#: The last pages' text is taken at this share of its estimate: the estimate errs tall (about
#: 13 % on the summit's page 2), which here would draw the chart smaller than it needs to be.
LAST_TEXT_SHARE = 0.9
#: The room left free below the estimate on the page before the last, in pt (about a line).
LAST_SLACK_PT = 15.0


def last_page_chart(document: Any, least: Least = share_least) -> tuple[etree._Element, float] | None:
    """The picture (its `wp:inline`) on the page before the last whose being drawn less tall lets
    that page take the last page's few lines (the summit's page 3 held only its Sources, its
    10-bar chart having moved whole to page 2), and the height (pt) that does; None where the
    last page is fuller than LAST_PAGE_SHARE, the page before has not one chart (at its top or
    under its text), or the chart would be drawn less than its least height."""
    width, height, styles, blocks = _measured(document)
    if any(_breaks_page(b) for b in blocks):
        return None
    chains = _chains(blocks, styles)
    starts, used = _page_starts(chains, styles, width, height)
    if len(starts) < 2 or used > LAST_PAGE_SHARE * height:
        return None
    before = [b for chain in chains[starts[-2] :] for b in chain]
    shown = [b for b in before if _pictures(b)]
    if len(shown) != 1 or len(_pictures(shown[0])) != 1:
        return None  # the page before the last holds one chart, or none is shrunk
    picture = _pictures(shown[0])[0]
    # the chart anywhere on its page: under its heading and summary (the boat show's 9 bars, under
    # 'Exposants et bateaux', left page 3 its winners' line and its Sources, 20 % of it)
    text = sum(styles.height(b, width) for b in before if b is not shown[0])
    drawn = extent(picture)
    wanted = height - LAST_SLACK_PT - styles.height(shown[0], width) + drawn - text * LAST_TEXT_SHARE
    return (picture, wanted) if least(picture) <= wanted < drawn else None


def pages_estimated(document: Any) -> tuple[int, float]:
    """How many pages the body takes, by the estimate, and the share of the last that it fills;
    (0, 0.0) where the document breaks its pages itself."""
    width, height, styles, blocks = _measured(document)
    if any(_breaks_page(b) for b in blocks):
        return 0, 0.0
    starts, used = _page_starts(_chains(blocks, styles), styles, width, height)
    return len(starts), used / height


def _page_starts(
    chains: list[list[etree._Element]], styles: Styles, width: float, height: float
) -> tuple[list[int], float]:
    """The first chain of each page, and how much of the last page (pt) the chains fill."""
    used, starts = 0.0, [0]
    for number, chain in enumerate(chains):
        tall = sum(styles.height(b, width) for b in chain)
        if used + tall <= height:
            used += tall
        elif used and (len(chain) > 1 or _unbreakable(chain[0], styles)):
            used, starts = tall, [*starts, number]  # moved whole to the next page
        else:
            used = (used + tall) % height  # it breaks where the page ends: the next starts in it
            starts.append(number)
    return starts, used


#: A page before a chart that moved whole to the next page is left at most this share empty: more,
#: and the chart is drawn shorter or the text after it fills the page (`chart_filling_page`).
MOST_EMPTY = 0.15
#: The text moved up above such a chart is this many times the room its estimate leaves: the
#: estimate errs tall, and a line too many only precedes the chart on the next page, where a line
#: too few leaves a gap (the Sichuan fair's last bullet, 4 % of page 1, under its 18-bar chart).
FLOW_SHARE = 1.25
#: A page's text is taken at this share of its estimate to tell whether a chart left it too empty:
#: the film festival's page 1, estimated 88 % full, was 78 %; the tech summit's, estimated 92 %,
#: was 89 %, and filling it pushed its Sources' last line onto a page of its own.
EMPTY_TEXT_SHARE = 0.95
#: A page's text is taken at this share of its estimate where a bar chart drawn at its least
#: height may fit below it (`_filling`): the nl fair's page 1, estimated 78 % full above its 9-bar
#: chart, was 71 % in the PDF, its 7 cm left room for the bars at 0.55 cm each (review RR3).
FLOOR_TEXT_SHARE = 0.9
#: A chart's heading, summary and one bullet move with it to the next page where the page they
#: leave is at least this full (its text at EMPTY_TEXT_SHARE of the estimate); else they end that
#: page, the chart opening the next with its caption. At 0.6, the nl fair's page 1 (estimated 65 %
#: full) was left 35 % white under 'Handel en contracten', its next heading, summary and sponsors
#: line moved with their chart though they fitted (review MM): a page never ends more than a third
#: empty before a chart for them (pdf_check.LEAST_FILLED_BEFORE_WORDS, its bound in the PDF).
#: A bullet that gives a figure leads into the chart, as a summary does ('境外选手612人。' before
#: the marathon's chart of its international runners, review GG): it goes with its chart where
#: the page stays HEADED_FULL_FIGURE full (pdf_check.LEAST_FILLED_BEFORE_FIGURE).
HEADED_FULL = 2 / 3
HEADED_FULL_FIGURE = 0.6


def kept_chain_break(document: Any) -> etree._Element | None:
    """For the first chain kept together that moves whole to the next page, leaving its page more
    than MOST_EMPTY empty (and that `chart_filling_page` did not fill): the paragraph whose keep
    with the next is to go, the last of the chain's places to part above which the chain fits the
    page. It parts before a heading (a heading starts a new block and keeps with its own text:
    WAIC's page 1 was 80 % filled, a launch's line and its quotation kept with the next section's
    heading and first paragraph moved whole to page 2), or before a chart, its lead-in ending the
    page and the chart opening the next with its caption (the Hangzhou expo's page 1 was 83 %
    filled); never between a heading's summary and its chart, which would leave the heading and
    its summary at the page's foot (review CC: the sv festival's 'Publik 2022–2026'). The page's
    text is taken at EMPTY_TEXT_SHARE of its estimate; the part kept on it at its estimate, with
    LAST_SLACK_PT to spare. None where no such chain is, or none parts there."""
    width, height, styles, blocks = _measured(document)
    if any(_breaks_page(b) for b in blocks):
        return None
    used = 0.0
    for chain in _chains(blocks, styles):
        heights = [styles.height(b, width) for b in chain]
        tall = sum(heights)
        if used + tall <= height:
            used += tall
            continue
        moves = bool(used) and (len(chain) > 1 or _unbreakable(chain[0], styles))
        if moves and used * EMPTY_TEXT_SHARE <= height * (1 - MOST_EMPTY):
            above, found = 0.0, None
            for k in range(1, len(chain)):
                above += heights[k - 1]
                if used + above > height - LAST_SLACK_PT:
                    break
                opens = _is_heading(chain[k], styles) or bool(_pictures(chain[k]))
                summary = k > 1 and _is_heading(chain[k - 2], styles) and bool(_pictures(chain[k]))
                # a heading, its summary and one bullet go with their chart where the page they
                # leave stays HEADED_FULL full, HEADED_FULL_FIGURE where the bullet gives a figure
                # (review GG: '国际选手' ended the marathon's page 1; review MM: the nl fair's
                # page 1 was left 35 % white)
                stays = (
                    used >= HEADED_FULL_FIGURE * height
                    if _has_digit(chain[k - 1])
                    else used * EMPTY_TEXT_SHARE >= HEADED_FULL * height
                )
                summary = summary or (
                    k > 2 and _is_heading(chain[k - 3], styles) and bool(_pictures(chain[k])) and stays
                )
                if (
                    opens
                    and not summary
                    and not _is_heading(chain[k - 1], styles)
                    and not _pictures(chain[k - 1])
                ):
                    found = chain[k - 1]
            if found is not None:
                return found
        used = tall % height if moves else (used + tall) % height
    return None


def _has_digit(paragraph: etree._Element) -> bool:
    """Whether the paragraph's text gives a figure (a digit in it)."""
    return any(c.isdigit() for t in paragraph.iter(qn("w:t")) for c in t.text or "")


@dataclass(frozen=True)
class Filling:
    """How a page left too empty by a chart is filled: the chart's picture (`inline`) drawn
    `height` pt tall, or its paragraphs (`chart`) moved after the block `after`; the paragraphs
    that were kept with a chart (`unkept`: not headings) then keep with nothing."""

    inline: etree._Element | None = None
    height: float = 0.0
    chart: tuple[etree._Element, ...] = ()
    after: etree._Element | None = None
    unkept: tuple[etree._Element, ...] = ()


def chart_filling_page(
    document: Any, least: Least = share_least, floored: Floored = no_floor
) -> Filling | None:
    """For the first chart that moves whole to the next page, leaving its page more than MOST_EMPTY
    empty (the wine salon's 12 bars left page 1 a quarter empty, review U): the chart drawn short
    enough to end the page, down to MIN_HEIGHT_SHARE of its height; else its paragraphs (the
    picture's, its caption and what is kept with them) moved after the text that follows them,
    so that this text fills the page and the chart opens the next one, as a figure does in print.
    The text is taken in the blocks kept together (a heading with its first paragraph), until
    FLOW_SHARE times the room is (the page is filled, a few lines precede the chart on the
    next); never the document's last section (its Sources stay last) nor another chart. The
    page's text is taken at EMPTY_TEXT_SHARE of its estimate, which errs tall. None where no chart
    leaves such a page, or it can be neither drawn short enough nor followed by text. `floored`:
    whether a picture's least height is its content's (a bar chart's rows, office/word_chart_floor.py)."""
    width, height, styles, blocks = _measured(document)
    if any(_breaks_page(b) for b in blocks):
        return None
    chains = _chains(blocks, styles)
    headings = [n for n, chain in enumerate(chains) if any(_is_heading(b, styles) for b in chain)]
    last_section = headings[-1] if headings else len(chains)
    used = 0.0
    for number, chain in enumerate(chains):
        heights = [styles.height(b, width) for b in chain]
        tall = sum(heights)
        if used + tall <= height:
            used += tall
            continue
        at = next((k for k, b in enumerate(chain) if _pictures(b)), None)
        if (
            at is not None
            and used
            and used * EMPTY_TEXT_SHARE + sum(heights[:at]) <= height * (1 - MOST_EMPTY)
        ):
            # only the chart's own section's text flows up above it: another section's would set
            # the chart under that section's heading, read as its (review RR3: the nl fair's
            # exposanten per land after the whole 'Stemmen van de beurs')
            rest = _before_last(chains, number, last_section, styles)
            following = _own_section(rest, styles)
            # a chart followed only by the Sources is drawn short enough for both, or left to open
            # the last page with them: drawn to end its page, it left them a page of their own
            end = sum(styles.height(b, width) for c in chains[number + 1 :] for b in c)
            end = 0.0 if any(rest) else end
            # a chart that fits below its page's text only under its floor: set right after its own
            # section's summary, the section's other lines after it (`_set_before`), rather than its
            # block moving whole and leaving the page a quarter white (review WW1 #7: the es
            # marathon's 10 age bars); never after another section (the data's order, YY3 #3)
            pictures = [i for b in chain for i in _pictures(b)]
            fits = not pictures or extent(pictures[0]) - (tall - height + used) - SLACK_PT >= least(
                pictures[0]
            )
            found = None if fits else _set_before(chains, number, (used, height), styles, width)
            if found is not None:
                return found
            found = _filling(
                chain,
                [*heights[:-1], heights[-1] + end],
                at,
                following,
                (height - used, used * (1 - FLOOR_TEXT_SHARE)),
                styles,
                width,
                (least, floored),
            )
            if found is not None:
                return found
        if used and (len(chain) > 1 or _unbreakable(chain[0], styles)):
            used = tall % height  # moved whole to the next page
        else:
            used = (used + tall) % height  # it breaks where the page ends: the next starts in it
    return None


def _set_before(
    chains: list[list[etree._Element]],
    number: int,
    page: tuple[float, float],
    styles: Styles,
    width: float,
) -> Filling | None:
    """Text that fits set before the chart of the chain `number`, which moves whole to the next
    page (`page`: the pt its page's text fills, and the page's height): where the chain is the
    chart with its lead-in and captions, its own section's heading and summary on this page, the
    chain goes right after that summary, its section's other lines (a people list) flowing on
    below it to the next page (review WW1 #7: the es marathon's 10 age bars moved whole to page 2,
    away from 'La carrera', page 1 left 71 % filled). None where the chain opens its section (its
    heading, summary and chart), or it does not fit below the summary with SLACK_PT to spare.
    No other section is ever set before the chart's: the briefing's sections stay in the data's
    order, as the deck's do (review YY3 #3: the en_AU show's 'Prize money', set before
    'Livestock entries' to fill page 1 above its chart)."""
    used, height = page
    chain = chains[number]
    if any(_is_heading(b, styles) for b in chain):
        return None
    # the section's text before the chain, back to its heading, on this page
    earlier = [b for c in chains[:number] for b in c]
    heading = next((k for k in range(len(earlier) - 1, -1, -1) if _is_heading(earlier[k], styles)), None)
    if heading is None or heading + 2 >= len(earlier):
        return None  # no text between the summary and the chart to set after it
    between = earlier[heading + 2 :]
    lower = sum(styles.height(b, width) for b in between)
    if any(_pictures(b) for b in between) or lower >= used:
        return None  # the section began on an earlier page, or holds another chart
    if lower < sum(styles.height(b, width) for b in chain) - (height - used - SLACK_PT):
        return None  # the chain does not fit below the summary either
    return Filling(chart=tuple(chain), after=earlier[heading + 1], unkept=(chain[-1],))


def _filling(
    chain: list[etree._Element],
    heights: list[float],
    at: int,
    following: list[list[etree._Element]],
    room: tuple[float, float],
    styles: Styles,
    width: float,
    floors: tuple[Least, Floored] = (share_least, no_floor),
) -> Filling | None:
    """The chart in `chain` (its blocks' `heights`; its picture in the block `at`) drawn short
    enough for the chain to fit the `free` pt left on the page, with SLACK_PT to spare, where it
    may be; else moved after as much of the `following` text as fills the room above it. `room`:
    the `free` pt, and the `spare` pt the page's text leaves more where its estimate errs tall
    (FLOOR_TEXT_SHARE), which a bar chart drawn at its least height (its rows'; `floors`: each
    picture's least height, and whether it is its content's) may take, without SLACK_PT: should
    it not fit after all, it opens the next page under its own section, as it would have at its
    full height."""
    free, spare = room
    least, floored = floors
    pictures = [i for b in chain for i in _pictures(b)]
    if len(pictures) != 1:
        return None
    drawn = extent(pictures[0])
    wanted = drawn - (sum(heights) - free) - SLACK_PT
    if wanted >= least(pictures[0]):
        return Filling(inline=pictures[0], height=wanted)
    text = sum(heights) - heights[at]  # the chain's text, as the page's, taken at FLOOR_TEXT_SHARE
    spare += text * (1 - FLOOR_TEXT_SHARE)
    own = floored(pictures[0]) or least(pictures[0]) < MIN_HEIGHT_SHARE * drawn
    if wanted + SLACK_PT + spare >= least(pictures[0]) and own:
        return Filling(inline=pictures[0], height=least(pictures[0]))
    # the picture's paragraph and the captions under it (its notes too: 'Lakefront Outdoor
    # Screen: …'); the text the chain keeps with them stays, and flows up with what follows
    # never past a heading kept in the chain (the Ningbo summit's chart, kept with its Sources,
    # was moved after them)
    stop = next((k for k in range(at + 1, len(chain)) if _is_heading(chain[k], styles)), len(chain))
    moved, rest = [chain[at]], [list(chain[at + 1 : stop]), *(following if stop == len(chain) else [])]
    while rest and (not rest[0] or _is_caption(rest[0][0], styles)):
        if rest[0]:
            moved.append(rest[0].pop(0))
        else:
            rest.pop(0)
    unkept = [chain[at - 1]] if at else []
    room, taken, after = free - sum(heights[:at]), 0.0, None
    for number, blocks in enumerate(rest):
        if taken >= room * FLOW_SHARE:
            after = _section_end(rest, number, styles, width, SECTION_REACH)
            break
        if taken >= room and blocks and _is_heading(blocks[0], styles):
            # the page is filled where a section ends: the chart opens the next page, above the
            # next section, not after it (the nl fair's chart went after 'Programma', far from
            # its own section, its caption ending page 2)
            break
        shown = next((k for k, b in enumerate(blocks) if _pictures(b)), None)
        if shown is not None:  # the text kept with another chart: taken without that chart
            if shown:
                after = blocks[shown - 1]
                unkept.append(after)
            break
        taken += sum(styles.height(b, width) for b in blocks)
        after = blocks[-1]
    if after is None:
        return None
    unkept += [moved[-1], after]  # the last caption, and the text before the chart, keep with nothing
    kept = tuple(b for b in unkept if not _is_heading(b, styles))
    return Filling(chart=tuple(moved), after=after, unkept=kept)


#: No text of another section moves above a chart that does not fit its page: the chart would
#: stand under that section's heading, read as its (review AA: the showcase's trend after
#: '発表タイトル'; review RR3: the nl fair's exposanten per land after 'Stemmen van de beurs',
#: moved there while the page was estimated under 0.8 full). The chart is drawn shorter (a bar
#: chart to its bars' least height, office/word_chart_floor.py), or its own section's text fills
#: the page, or it opens the next page under its own section.


def _own_section(following: list[list[etree._Element]], styles: Styles) -> list[list[etree._Element]]:
    """The chains of `following` before the next section's heading: the chart's own section's."""
    heading = next((n for n, c in enumerate(following) if c and _is_heading(c[0], styles)), len(following))
    return following[:heading]


#: The text above a moved chart is taken on to its section's end where that is at most this many
#: pt further (a few bullets), so that the chart does not part a section's lines.
SECTION_REACH = 160.0


def _section_end(
    rest: list[list[etree._Element]], stop: int, styles: Styles, width: float, reach: float
) -> etree._Element | None:
    """The block after which a chart goes where the text above it was taken up to the chain
    `stop` of `rest`: there if a section (or another chart) starts there; else at its section's
    end, if that is within `reach` pt and no chart comes first (the trade fair's chart stood
    between one bullet of 'Investitionen und Abschlüsse' and the next); else before that
    section's heading (the summit's 'Voices from the summit' alone above the chart); else
    (the section started before the chart) at `stop`."""

    def opens(blocks: list[etree._Element]) -> bool:
        return bool(blocks) and (_is_heading(blocks[0], styles) or any(_pictures(b) for b in blocks))

    def last(index: int) -> etree._Element | None:
        return next((rest[k][-1] for k in range(index - 1, -1, -1) if rest[k]), None)

    if stop >= len(rest) or opens(rest[stop]):
        return last(stop)
    extra, index = 0.0, stop
    while index < len(rest) and not opens(rest[index]):
        extra += sum(styles.height(b, width) for b in rest[index])
        index += 1
    if extra <= reach and (index == len(rest) or not any(_pictures(b) for b in rest[index])):
        return last(index)
    start = next((k for k in range(stop - 1, -1, -1) if rest[k] and _is_heading(rest[k][0], styles)), None)
    return last(start) if start is not None and last(start) is not None else last(stop)


def _before_last(
    chains: list[list[etree._Element]], number: int, last_section: int, styles: Styles
) -> list[list[etree._Element]]:
    """The chains after the `number`th up to the last section's heading: with the text before
    that heading in its chain (a section's last line, kept with the Sources lest they stand alone;
    or a whole section, its summary and launch kept with its last line: the Korean robot expo's
    visitors, whose chain with the Sources left no text to fill the page before its last chart)."""
    following = [list(c) for c in chains[number + 1 : last_section]]
    if last_section < len(chains):
        last = chains[last_section]
        heading = max((k for k, b in enumerate(last) if _is_heading(b, styles)), default=0)
        if heading:
            following.append(list(last[:heading]))
    return following


def _is_caption(block: etree._Element, styles: Styles) -> bool:
    """A paragraph in the caption style (Word's built-in 'caption'), without a picture."""
    tag = block.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    style = styles.by_id.get(tag.get(qn("w:val"), "")) if tag is not None else None
    return (
        style is not None
        and (style_name(style) or "").lower() == "caption"
        and block.find(f".//{qn('w:drawing')}") is None
    )


def _measured(document: Any) -> tuple[float, float, Styles, list[etree._Element]]:
    """The last section's text width and height (pt), the styles, and the body's blocks."""
    section = document.sections[-1]
    width = _pt(section.page_width) - _pt(section.left_margin) - _pt(section.right_margin)
    height = _pt(section.page_height) - _pt(section.top_margin) - _pt(section.bottom_margin)
    blocks = [el for el in document.element.body if el.tag in (qn("w:p"), qn("w:tbl"))]
    return width, height, styles_of(document), blocks


def _chains(blocks: list[etree._Element], styles: Styles) -> list[list[etree._Element]]:
    """The blocks in runs a page never parts: each paragraph kept with the next (keep-with-next)."""
    chains, index = [], 0
    while index < len(blocks):
        end = index
        while end + 1 < len(blocks) and styles.keeps_with_next(blocks[end]):
            end += 1
        chains.append(blocks[index : end + 1])
        index = end + 1
    return chains


def _pictures(block: etree._Element) -> list[etree._Element]:
    return [i for i in block.iter(qn("wp:inline")) if extent(i) > 0]


def _is_heading(block: etree._Element, styles: Styles) -> bool:
    """A paragraph whose style is a heading's (or has an outline level: Word's own headings)."""
    if block.tag != qn("w:p"):
        return False
    level = styles.found(block, f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
    return level is not None and level.get(qn("w:val"), "9") not in ("9",)


def _unbreakable(block: etree._Element, styles: Styles) -> bool:
    """A table, a picture or a paragraph kept on one page: moved whole where it does not fit."""
    if block.tag != qn("w:p") or block.find(f".//{qn('w:drawing')}") is not None:
        return True
    found = styles.found(block, f"{qn('w:pPr')}/{qn('w:keepLines')}")
    return found is not None and found.get(qn("w:val"), "1") not in ("0", "false", "off")


def _pt(length: Any) -> float:
    return (length or 0) / _EMU_PER_PT


def _breaks_page(block: etree._Element) -> bool:
    return any(
        el.tag != qn("w:br") or el.get(qn("w:type")) == "page"
        for el in block.iter(qn("w:br"), qn("w:pageBreakBefore"), qn("w:sectPr"))
    )
