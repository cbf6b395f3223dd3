"""A list of the event file on slides: one sentence, an item a bullet under a lead line, or slides
of its own in columns."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from reportgen.data import list_layout, sentences
from reportgen.data.formatting import Formatter
from reportgen.data.phrases import is_cjk as phrases_cjk
from reportgen.data.plan.measure import ROW_CHARS, _width
from reportgen.data.plan.text_groups import _one_listed_slide, _one_slide
from reportgen.data.plan.views import FigureView, SectionView
from reportgen.data.views import Listed, ListView, PersonView, Under

#: A list of more items than this, or longer than LIST_ROWS rows as one sentence, is printed one
#: item a bullet under a lead line (`_lead`): a sentence of 7 sponsors or 3 session titles of 9
#: rows read as a block.
LIST_ITEMS = 6
LIST_ROWS = 3
#: A list of at least COLUMN_ITEMS items (more than a column holds) is set on slides of its own
#: (layout 'columns'), in 1 to 3 columns chosen by measure (`list_layout.lay_out`): 30 exhibitors
#: one a bullet took six slides; a shorter list stays among its section's bullets.
COLUMN_ITEMS = 10


def _lead(label: str, items: Iterable[str], fmt: Formatter) -> str:
    """The line a list's items are printed under, one a bullet ('Late-breaking sessions:'), where
    one sentence of them would be too long to read (more than LIST_ITEMS items, or LIST_ROWS rows);
    '' for a short list, which stays one sentence ('Tracks: adaptation finance and blue carbon').
    A list whose items are all clauses of their own ('Share river-flow data daily …', 'Notify
    neighbours before …') is printed one a bullet however short: run together after its label they
    read as one sentence of capitals after semicolons, set large on a slide of its own."""
    items = tuple(items)
    if (
        len(items) <= LIST_ITEMS
        and _width(sentences.item_list(label, items, fmt.locale)) <= LIST_ROWS * ROW_CHARS
        and not any(PAIR_COLON.search(item) for item in items)
        and not (len(items) > 1 and all(sentences.is_clause(item) for item in items))
    ):
        return ""
    return f"{label}{fmt.punct.pair}".rstrip()


#: A name longer than this (characters) is no short name: a list of them is not run on in a line.
NAME_CHARS = 40


def names_run_on(items: Iterable[str]) -> bool:
    """Whether a long list (more than LIST_ITEMS items) is of short names only (no pair 'Poetry:
    …', no clause, none over NAME_CHARS): the briefing runs them on after their bold label, one
    paragraph, not a column of one-line bullets down its page (the gala's 16 sponsors, review
    UU2 F2)."""
    items = tuple(items)
    return len(items) > LIST_ITEMS and all(
        len(item) <= NAME_CHARS and not PAIR_COLON.search(item) and not sentences.is_clause(item)
        for item in items
    )


def _phrases(views: Mapping[str, FigureView], people: Iterable[PersonView] = ()) -> bool:
    """Whether any of a section's figure lines and people's lines is a phrase ('45 laboratoires
    ouverts', '62 conférences'), or it has none: its list's line is printed as a phrase too, not
    the one line among them with a stop. Among lines that are all sentences it ends as they do
    (review BB: 'Sedes: … Rejas de Chapultepec.' under two people's sentences); among a sentence
    and a phrase it stays a phrase, as the phrase does (Harbourside's 'Halls: …' under 'About 310
    new products launched' had taken a stop the line above it lacked)."""
    lines = [view.sentence for view in views.values()] + [p.sentence for p in people]
    return not lines or not all(sentences.ends_sentence(line) for line in lines)


#: An item that is a pair of its own ('Gran premio: Cosecha Viva'): in one sentence after the
#: list's label it read 'Ganadores: Gran premio: Cosecha Viva; …' (review N), so such items are
#: printed one a line under the label. Not an address's colon ('https://'), nor one between two
#: digits: a time's ('1位 ジョセフ・キプロノ（ケニア）2:08:41' was split into '…2' and '08:41', a
#: wrong finish time in every row of the briefing's table: review ZZ3 #1) or a score's ('3:1').
PAIR_COLON = re.compile(r"(?:(?<!\d)[:：]|[:：](?!\d))(?!//)")


def _columned(
    section: SectionView, points: tuple[str, ...], headline: str = ""
) -> tuple[tuple[str, ...], list[tuple[str, list_layout.ListLayout]]]:
    """`points` less the section's long lists, and those lists as (lead, layout): slides of their
    own set them in the columns `list_layout` measures. A list of COLUMN_ITEMS or more items
    (countries, sponsors, exhibitors) always: one an item a bullet, 25 countries took five slides
    of five names each. A shorter list printed one item a bullet too, where the section's text
    would not fit one slide with it: split among its bullets, 9 sponsors and 7 workshops took three
    slides, each list cut in two. The lead is '' where it only says the section's name again
    ('Países con expositores' under 'Países expositores')."""
    found = []
    for item_list in section.lists.values():
        run = tuple(_list_points(item_list, section.title))
        at = next((i for i in range(len(points)) if points[i : i + len(run)] == run), None)
        if item_list.lead and len(item_list.items) > LIST_ITEMS and at is not None:
            found.append((item_list, run))
    taken = [(item_list, run) for item_list, run in found if len(item_list.items) >= COLUMN_ITEMS]
    rest = _without(points, [run for _, run in taken])
    if not (_one_slide(headline, rest) or _one_listed_slide(headline, rest)):
        taken = found  # a list of a line an item beside the rest: one block (review P: 7 partners)
    columned = []
    first = not _without(points, [run for _, run in taken])  # the lists are all its text: alone
    for item_list, _ in taken:
        lead = item_list.lead.rstrip().rstrip(":：").rstrip()
        lead = lead if _adds_to(lead, section.title) else ""
        headed = bool(lead or (headline and first))  # a headline over its first slide's columns
        columned.append((lead, list_layout.lay_out(item_list.items, item_list.columns, headed)))
        first = False
    return _without(points, [run for _, run in taken]), columned


def pairs(items: Iterable[str]) -> bool:
    """Whether a list's items are all pairs of a label and its value ('Poetry: Late Light over
    Swaledale, by Margaret Healey'): a table of results, the section's own content (an award's
    winners by category), which its slides set before the people who comment on it (review QQ1:
    the winners came last, after two slides of people titled '… (continued)')."""
    items = tuple(items)
    return len(items) > 1 and all(PAIR_COLON.search(item) for item in items)


def pair_rows(items: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """A list's items as (label, value) where they are all pairs (`pairs`), split at each one's
    first colon ('Poetry', 'Late Light over Swaledale, by Margaret Healey'); () otherwise."""
    items = tuple(items)
    if not pairs(items):
        return ()
    split = (PAIR_COLON.split(item, maxsplit=1) for item in items)
    return tuple((label.strip(), value.strip()) for label, value in split)


def _adds_to(lead: str, title: str) -> bool:
    """Whether a list's lead says more than its section's name: a word of its own ('Nuovi
    espositori di quest'anno' under 'Gli espositori'), not the name's words again ('Countries of
    exhibitors' under 'Exhibitors' countries'); a Chinese or Japanese lead, unless the name holds it."""
    if phrases_cjk(lead[:1]):
        return lead not in title

    def stems(text: str) -> set[str]:
        return {w.removesuffix("s") for w in re.findall(r"[^\W\d_]{4,}", text.casefold())}

    return bool(stems(lead) - stems(title))


def _without(points: tuple[str, ...], runs: list[tuple[str, ...]]) -> tuple[str, ...]:
    """`points` less each of `runs` (consecutive bullets), where found."""
    for run in runs:
        at = next((i for i in range(len(points)) if points[i : i + len(run)] == run), None)
        if at is not None:
            points = points[:at] + points[at + len(run) :]
    return points


def _list_points(item_list: ListView, title: str) -> list[str]:
    """A list's bullets: a long one's lead line, then an item a bullet a level down under it; its
    items level with the other bullets where the lead only says the section's name again (review
    K: 'Partners', then 'Partners:'); a short one as one sentence."""
    if not item_list.lead:
        return [Listed(item_list.sentence)]
    if item_list.echoes_title or label_is(item_list.label, title):
        return list(item_list.items)
    return [item_list.lead, *map(Under, item_list.items)]


def label_is(label: str, title: str) -> bool:
    """Whether a list's label says its section's name (or a slide's title) again: letter for
    letter, less case and a closing colon, or each word of the title a word of the label by its
    stem ('Award winners:' under 'Awards', 'Hauptsponsoren:' under 'Sponsoren' is not: a word of
    its own; review NN: 'Award winners:' printed under 'Awards' and its summary); in Chinese,
    Japanese and Korean, the title within the label ('獲獎名單' under '獲獎')."""

    def plain(text: str) -> str:
        return " ".join(text.rstrip().rstrip(":：").split()).casefold()

    label, title = plain(label), plain(title)
    if not label or not title:
        return False
    if label == title:
        return True
    if any(phrases_cjk(c) for c in title):
        return len(title) >= 2 and title in label
    words = re.findall(r"[^\W\d_]{3,}", label)
    wanted = re.findall(r"[^\W\d_]{3,}", title)
    return bool(wanted) and all(any(_same_stem(w, v) for v in words) for w in wanted)


def _same_stem(one: str, other: str) -> bool:
    """Whether two words are one word in another number ('award', 'awards'; 'preis', 'preise'):
    they share all but their last two letters, and at least four."""
    stem = max(4, min(len(one), len(other)) - 2)
    return len(one) >= 4 and len(other) >= 4 and one[:stem] == other[:stem]


def heading_is_label(heading: str, label: str) -> bool:
    """Whether a heading (a section's name, a slide's title) is a list's label, the whole phrase:
    letter for letter less case and a closing colon, or word for word by their stems ('Partnerzy'
    over 'Partnerzy:', 'Sponsors' over 'Sponsor'); not a heading that only holds the label's word
    ('Partner investment' over 'Partners': the six partners read as more people, review UU1 B)."""
    plain_heading, plain_label = _plain(heading), _plain(label)
    if not plain_heading or not plain_label:
        return False
    if plain_heading == plain_label or any(phrases_cjk(c) for c in plain_heading + plain_label):
        return plain_heading == plain_label
    words = re.findall(r"[^\W\d_]+", plain_heading)
    wanted = re.findall(r"[^\W\d_]+", plain_label)
    return len(words) == len(wanted) and all(
        w == v or _same_stem(w, v) for w, v in zip(words, wanted, strict=True)
    )


def _plain(text: str) -> str:
    return " ".join(text.rstrip().rstrip(":：").split()).casefold()
