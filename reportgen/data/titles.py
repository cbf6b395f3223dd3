"""A slide's headline as a title and a lead: the finding a title can carry, and the rest.

A headline too long for a title (`sentences.is_title`) used to leave the slide with its section's
name as the title and the whole finding beneath it. Where the headline's first sentence can be a
title, it is the title and the rest the lead; where its main clause before a semicolon, or before a
comma and a second whole clause ('…, and first-time directors won three of the five awards'), can
be one, that clause is; else its main clause before a relative clause ('… ont signé une déclaration
commune par laquelle elles s'engagent …', `_RELATIVE_CUTS`, review U). The lead is always a
sentence of its own: a comma followed by words that only continue the clause before it ('…, with a
new Sunday pass', '…, from a 40,000-capacity main stage', '…, da 41.500 nel 2022 a …', a gapped
clause '…, il premio del pubblico a …') is no cut, as its rest printed as a lead would be a
fragment (review O); a connective is dropped from the rest only where an allow-list says the clause
after it is a sentence without it (`_CLAUSE_OPENERS`). Never a fragment as a title either: 'In
2025, visitors …' or 'Visitors from 40 countries, a record, …' are not cut.

A slide whose headline yields no title takes one from its section's content (`content_title`): the
shortest complete sentence of it that fits a title, never a topic where the data has a finding.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from reportgen.data import number_words, sentences

#: Words after a comma that continue a complete clause ('…, with a new Sunday pass', '…, da 41.500
#: nel 2022 a …'): the clause before them is a slide's title of last resort (`main_clause`), and
#: what follows them no lead, being no sentence (review O). Lower case, matched whole.
_CONTINUING = (
    # English
    "with", "led by", "including", "up from", "down from", "ahead of", "compared with",
    "compared to", "against", "while", "whereas", "more than", "twice", "making",
    "from",  # '…, from the start-line arch to the finish-line flapjacks'
    "among them",  # "More than 500 renowned guests, among them more than 80 academicians"
    # Spanish, Portuguese
    "con", "com", "frente a", "sobre todo", "tras", "mientras", "enquanto", "sobretudo", "face a",
    "unos", "unas", "alrededor de", "cerca de",
    "desde", "incluidos", "incluidas", "incluindo",
    # Italian
    "da", "rispetto a", "contro", "mentre", "soprattutto", "tra cui", "con un", "con una",
    # French
    "avec", "contre", "soit", "face à", "tandis que", "notamment", "dont un", "y compris",
    # German
    "mit", "gegenüber", "während", "vor allem", "darunter", "davon",
    # Dutch
    "met", "tegenover", "terwijl", "vooral", "waaronder",
    # an amount in apposition to the whole clause ('…, gut ein Drittel der Gesamtsumme')
    "about", "nearly", "almost", "roughly", "gut", "knapp", "rund", "fast", "etwa", "près de",
    "environ", "casi", "cerca de", "quasi", "circa", "quase", "bijna", "ruim", "ongeveer",
)  # fmt: skip
#: Connectives after a comma whose clause is a sentence of its own once they go, in languages
#: that set a subordinate clause in a main clause's order (not German or Dutch, where its verb
#: comes last: 'während die Zahl gestiegen ist'), and only where a subject follows them (a
#: determiner, a number or a capitalised name), not a gerund ('while keeping …'). Lower case.
_CLAUSE_OPENERS = (
    "while", "whereas",  # English
    "mientras que", "en tanto que",  # Spanish
    "tandis que", "alors que",  # French
    "mentre",  # Italian
    "enquanto",  # Portuguese
)  # fmt: skip
#: Words after a comma that open an amount in apposition to the whole clause before it ('…, fast
#: die Hälfte aller Kongressgäste'), by the words that make it a sentence of its own in that
#: language ('Das ist fast die Hälfte aller Kongressgäste.'). Only words of one language each: a
#: word two languages share ('circa', 'cerca de') would take the wrong one. Lower case.
_APPOSED = {
    "That is ": ("about", "nearly", "almost", "roughly", "more than", "twice"),
    "Das ist ": ("gut", "knapp", "rund", "fast", "etwa", "mehr als"),
    "C'est ": ("près de", "environ", "plus de", "soit"),
    "Supone ": ("casi", "más de"),
    "È ": ("quasi", "oltre", "più di"),
    "É ": ("quase", "mais de"),
    "Dat is ": ("bijna", "ruim", "ongeveer", "meer dan"),
}
#: Words that open a subject: after a connective ('…, while the gala sold out'), or a gapped
#: clause's ('…, il premio del pubblico a …').
_DETERMINERS = (
    "the", "a", "an",  # English
    "der", "die", "das", "den", "dem", "ein", "eine",  # German
    "le", "la", "les", "l'", "l’", "un", "une",  # French
    "el", "los", "las", "una",  # Spanish
    "il", "lo", "i", "gli", "uno", "un'", "un’",  # Italian
    "o", "os", "as", "um", "uma",  # Portuguese
    "de", "het", "een",  # Dutch
)  # fmt: skip
#: Words after a comma that begin a relative clause on the whole clause before it: no cut there,
#: the rest would be a lead that is no sentence ('…de los que más de 215 millones…').
_RELATIVE = (
    "of which", "of whom", "which", "che", "qui", "que",
    "de los que", "de las que", "de los cuales", "de las cuales",
    "di cui", "dei quali", "delle quali",
    "dont",
    "dos quais", "das quais",
)  # fmt: skip
#: Words that open a relative clause on the noun before them ('… a joint declaration by which they
#: commit to …'): a summary too long for a title is cut before them (review U), the clause before
#: them its title, by what the clause after them is without them, in its language: 'subject' where
#: it is a sentence of its own once they go and its subject follows them ('Elles s’engagent à …'),
#: 'free' where the language drops its subject ('Se comprometen a …', 'Zobowiązują się …'), 'end'
#: where it sets its verb last (German, Dutch: 'sie sich verpflichten' is no sentence) and the
#: whole summary is the lead under its cut title (review W: the 2030 commitment was on no slide).
#: German and Polish set them after a comma only (', mit der …'): without one they are no relative
#: clause ('… mit der Bahn'). Lower case.
_RELATIVE_CUTS = {
    **dict.fromkeys(
        ("by which", "in which", "through which", "under which", "with which", "whereby"), "subject"
    ),  # English
    **dict.fromkeys((
        "par laquelle", "par lequel", "par lesquelles", "par lesquels", "dans laquelle", "dans lequel",
        "avec laquelle", "avec lequel", "grâce à laquelle", "grâce auquel", "aux termes de laquelle",
    ), "subject"),  # French
    **dict.fromkeys((
        "genom vilken", "genom vilket", "i vilken", "i vilket", "med vilken", "med vilket",
    ), "subject"),  # Swedish
    **dict.fromkeys((
        "pela qual", "pelo qual", "na qual", "no qual", "com a qual", "com o qual",
    ), "subject"),  # Portuguese: 'Se comprometem' opens no sentence in Portugal
    # a subject's own: the verb after it opens a sentence in both countries ('…, os quais
    # conversaram …': 'Conversaram …'), as a clitic pronoun does not in Portugal
    **dict.fromkeys((", os quais", ", as quais"), "free"),  # Portuguese
    **dict.fromkeys((
        "por la cual", "por el cual", "mediante la cual", "mediante el cual", "en la cual", "en el cual",
        "con la cual", "con el cual", "por la que", "por el que", "mediante la que", "mediante el que",
        ", quienes",  # a subject's own ('…, quienes conversaron …': 'Conversaron …')
    ), "free"),  # Spanish
    **dict.fromkeys((
        "con cui", "in cui", "mediante cui", "con la quale", "con il quale", "nella quale", "nel quale",
        ", i quali", ", le quali",  # a subject's own ('…, i quali hanno dialogato …': 'Hanno …')
    ), "free"),  # Italian
    **dict.fromkeys((
        ", w której", ", w którym", ", dzięki której", ", dzięki któremu", ", na mocy której",
        ", na mocy którego", ", w ramach której", ", w ramach którego",
        # a subject's own, in the nominative only ('…, którzy rozmawiali …': 'Rozmawiali …', review
        # YY4 #9); 'który', 'które' may be objects, and the rest then says something else
        ", którzy", ", która",
    ), "free"),  # Polish
    **dict.fromkeys((
        ", mit der", ", mit dem", ", mit denen", ", durch die", ", durch den", ", durch das", ", in der",
        ", in dem", ", in denen",
    ), "end"),  # German
    **dict.fromkeys(("waarin", "waarmee", "waardoor", "waarbij"), "end"),  # Dutch
}  # fmt: skip
#: Subjects that open a clause of its own ('they', 'elles'), beside `_DETERMINERS`, a capital or a
#: digit, in the languages whose relative clause needs one to be a sentence ('subject' above).
_SUBJECTS = (
    "they", "it", "he", "she", "we",  # English
    "elles", "ils", "elle", "il", "on", "nous",  # French
    "de", "den", "det", "han", "hon", "vi",  # Swedish
    "eles", "elas", "ele", "ela", "nós",  # Portuguese
)  # fmt: skip
#: Words after a comma that join a second complete clause to the first ('…, and first-time directors
#: won three of the five awards'): cut there, the title is the first clause and the lead the second,
#: without the word. Not after a clause with a comma of its own: that one ends a list ('Spain,
#: France, and Italy').
_JOINING = ("and", "und", "et", "y", "e", "en")
#: A main clause cut before a relative clause is the whole sentence's finding, the rest an aside on
#: its last noun: its title may be as wide as two full lines of title type (the 28 pt title holds
#: about 50 characters a line), a little more than the TITLE_WIDTH other titles keep to.
RELATIVE_TITLE_WIDTH = 96
_MIN_WORDS = 4  # a clause of fewer words is no finding ('In 2025', 'Visitors from Spain')
_MIN_WIDE_CHARS = 6  # the same for text without spaces (Chinese, Japanese)
#: A sentence end: '.', '!' or '?' then a space and a capital or digit, or a CJK full stop.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“«„‘'(]?[^\W\d_a-z]|\d)|(?<=[。！？])")
#: A word before a full stop that makes it an abbreviation, not a sentence end ('Dr.', 'U.S.', 'p.').
_ABBREVIATION = re.compile(
    r"(?:^|\s)(?:[A-Z][a-z]{0,2}|[A-Za-z]|(?:[A-Za-z]\.)+[A-Za-z]|ca|vs|etc|approx)\.$"
)

#: An abbreviation's full stop inside a clause: 'Dr. ', 'St. ', 'J. ' (an initial), 'U.S. '.
_ABBREVIATED = re.compile(r"(?<![\w.])((?:[A-Z][a-z]{0,2}|[A-Za-z]|(?:[A-Za-z]\.)+[A-Za-z]|ca|vs))\.(?=\s)")


@lru_cache(maxsize=1024)
def title_and_lead(headline: str) -> tuple[str, str]:
    """(the finding a slide's title states, the lead beneath it): the whole headline and '' where it
    fits a title; its first sentence or main clause and the rest where that fits; else ('', the
    whole headline): the section's name is then the title."""
    text = headline.strip()
    if not text:
        return "", ""
    if sentences.is_title(text):
        return unstopped(unrepeated(text)), ""
    for cut in (_first_sentence, _first_clause, _relative_clause):
        found = cut(text)
        if found:
            return unstopped(found[0]), found[1]
    return "", text


@lru_cache(maxsize=1024)
def main_clause(headline: str, width: int = sentences.TITLE_WIDTH) -> str:
    """The complete clause before a comma and words that only continue it ('Le presenze sono più
    che raddoppiate in cinque anni', of '…, da 41.500 nel 2022 a quasi 98.000 nel 2026'), or before
    a gapped clause, where it fits a title (or `width` narrow characters: a lead's); else ''. A
    title of last resort, where neither the headline (`title_and_lead`) nor the slide's content
    gives one: the rest is then printed nowhere on the slide, being no sentence (it stays in the
    speaker notes and the briefing)."""
    text = headline.strip()
    found = ""
    for match in re.finditer(r",\s*", text):
        first, rest = text[: match.start()].strip(), text[match.end() :].strip()
        continues = _starts(rest.casefold(), _CONTINUING) or _PARTICIPLE.match(rest.casefold())
        if rest and _full(first, width) and (continues or _gapped(first, rest)):
            found = first
    return unstopped(found) if found else ""


#: A past participle and its agent after a comma ('…, judged by a panel of investors', '…, jugée
#: par un jury'): a phrase on the clause before it, which is then whole (`main_clause`), not a
#: sentence of its own. Lower case, by language.
_PARTICIPLE = re.compile(
    r"\w+(?:ed|en|wn) by\b"  # English
    r"|\w+(?:é|ée|és|ées|is|ise|ises|u|ue|us|ues) par\b"  # French
    r"|\w+(?:ad|id)[oa]s? (?:por|pelo|pela|pelos|pelas)\b"  # Spanish, Portuguese
    r"|\w+(?:at|ut|it)[oaie] (?:da|dal|dallo|dalla|dai|dagli|dalle)\b"  # Italian
    r"|(?:ge\w+(?:t|en)|\w+iert) (?:von|vom)\b"  # German
    r"|\w+(?:d|t) door\b"  # Dutch
    r"|\w+(?:ad|d)e? av\b"  # Swedish
    r"|\w+(?:an|on|t)[yae] przez\b"  # Polish
)


#: English absolute clauses after a comma ('…, with climate and agriculture startups attracting the
#: largest share'): a clause of its own, with its subject and verb, which a lead states as a sentence
#: ('Climate and agriculture startups attracted the largest share.', review AA) by these verbs' past
#: tense. Not a preposition ending in -ing ('including', 'following'): the words after 'with' are
#: then a phrase on the clause before it. Lower case.
_ABSOLUTE_PAST = {
    "attracting": "attracted", "accounting": "accounted", "bringing": "brought", "coming": "came",
    "contributing": "contributed", "drawing": "drew", "generating": "generated", "growing": "grew",
    "leading": "led", "making": "made", "raising": "raised", "reaching": "reached",
    "receiving": "received", "representing": "represented", "rising": "rose", "securing": "secured",
    "selling": "sold", "taking": "took", "winning": "won",
}  # fmt: skip
#: A gerund in Spanish, Italian or Portuguese ('atrayendo', 'attirando', 'atraindo'): after 'con' or
#: 'com' and a subject, an absolute clause (`_absolute`).
_GERUND = re.compile(r"[^\W\d_]{3,}(?:ando|iendo|yendo|endo|indo)")
_NOT_VERBS = ("including", "following", "during", "regarding", "concerning", "excluding", "according")


def _absolute(phrase: str) -> str | None:
    """An English absolute clause ('with X attracting Y') as a sentence of its own ('X attracted
    Y.'); '' where `phrase` is one whose verb `_ABSOLUTE_PAST` does not know (no sentence we can
    write); None where it is no absolute clause (a phrase that only continues the clause before
    it: 'with strong participation from …')."""
    words = phrase.rstrip(".!?").split()
    if len(words) >= 3 and words[0].casefold() in ("con", "com"):  # Spanish, Italian, Portuguese:
        gerund = any(_GERUND.fullmatch(w.casefold()) for w in words[2:])  # 'con X atrayendo Y'
        return "" if gerund else None  # a clause no list of ours writes as a sentence
    if len(words) < 3 or words[0].casefold() != "with":
        return None
    for at, word in enumerate(words[2:], start=2):  # a subject of a word or more, then its verb
        lower = word.casefold()
        if lower.endswith("ing") and lower not in _NOT_VERBS and word.isalpha():
            past = _ABSOLUTE_PAST.get(lower)
            if past is None or "," in " ".join(words[1:at]):
                return ""
            return _capitalised(" ".join((*words[1:at], past, *words[at + 1 :]))) + "."
    return None


@lru_cache(maxsize=1024)
def clause_rest(headline: str) -> str | None:
    """What the sentence a main clause is cut from (`main_clause`) says beyond it, as sentences of
    their own, and the headline's sentences after it: a clause after a semicolon ('…; zwei Hallen
    blieben geschlossen'), an absolute clause written as a sentence (`_absolute`), never a phrase
    that only continues the title ('…, led by a pragmatic trial …', which stays in the notes and
    the briefing). None where a clause of it cannot stand alone: the title is then not cut there
    (review AA: half of a summary printed only in the speaker notes). '' where nothing follows."""
    text = headline.strip()
    clause = main_clause(text)
    first = first_sentence(text)
    if not clause or not first.startswith(clause):
        return None
    pieces = re.split(r"\s*[;；]\s*", first[len(clause) :].lstrip(" ,"))
    said = _absolute(pieces[0])
    if said == "":
        return None
    stops = tuple(".!?。！？")
    clauses = [_capitalised(p) for p in pieces[1:] if p.strip()]
    clauses = [c if c.endswith(stops) else f"{c}." for c in clauses]
    return " ".join(t for t in (said or "", *clauses, following(text)) if t)


@lru_cache(maxsize=1024)
def summary_clauses(summary: str) -> tuple[str, ...]:
    """The clauses of a summary, each of which a slide says (the document check's unit): its
    sentences, split at semicolons and before an absolute clause ('…, with X attracting Y'); a
    clause's words, not a phrase's that only continues it (`main_clause`: its detail, which the
    slide may leave to the notes)."""
    out = []
    for sentence in _sentences(summary.strip()):
        for piece in re.split(r"\s*[;；]\s*", sentence):
            clause = main_clause(piece)  # less a phrase that only continues it ('…, judged by …')
            if clause and clause_rest(piece) == "":
                out.append(clause)
                continue
            parts = re.split(r"(,\s+)(?=(?:with|con|com)\s)", piece)
            clauses = [parts[0]]
            for comma, part in zip(parts[1::2], parts[2::2], strict=True):
                if _absolute(part) is None:  # a phrase on the clause before it
                    clauses[-1] += comma + part
                else:
                    clauses.append(part)
            out += clauses
    return tuple(c.strip() for c in out if c.strip())


def sentences_of(text: str) -> list[str]:
    """`text`'s sentences (`first_sentence`, one after the other)."""
    return _sentences(text)


def _sentences(text: str) -> list[str]:
    """`text`'s sentences (`first_sentence`, one after the other)."""
    out = []
    while text:
        first = first_sentence(text)
        out.append(first)
        text = text[len(first) :].strip()
    return out


def following(headline: str) -> str:
    """The sentences of `headline` after its first, whole; '' where it is one sentence. Under a
    title cut from the first sentence (`main_clause`), they are the lead: the rest of that sentence
    only continues the title (no sentence of its own), and saying the whole of it again would print
    the title twice (review Z: '… than at any previous edition' under itself)."""
    text = headline.strip()
    first = first_sentence(text)
    return text[len(first) :].strip() if first != text else ""


def unrepeated(sentence: str) -> str:
    """`sentence` less a last clause after a comma that says again only numbers it has said
    ('Siete empresas cerraron su ronda semilla el mismo día, con 7 rondas en total': 'Siete
    empresas cerraron su ronda semilla el mismo día', review O), where what is left is a finding;
    else `sentence` as it is. A title states its number once."""
    text = sentence.strip()
    for match in reversed(list(re.finditer(r"[,，、]\s*", text))):
        first, rest = text[: match.start()].strip(), text[match.end() :].strip()
        # not one: 'un', 'ein', 'one' are articles too ('…, un record' says no number again)
        said, again = number_words.numbers(first) - {1.0}, number_words.numbers(rest) - {1.0}
        if again and again <= said and _full(first):
            return first + text[len(text.rstrip(".!?。！？")) :]
        break  # only the last clause: one before it is the sentence's own
    return sentence


def unstopped(title: str) -> str:
    """A title without the full stop a sentence ends with ('Cattle entries were the highest since
    the fair began'), as titles are set; an ellipsis, an abbreviation ('… in the U.S.'), '!' and
    '?' stay."""
    if title.endswith("。"):
        return title[:-1]
    if title.endswith(".") and not title.endswith("..") and not _ABBREVIATION.search(title):
        return title[:-1]
    return title


def _full(clause: str, width: int = sentences.TITLE_WIDTH) -> bool:
    """Whether a clause is long enough to be a finding, and fits a title (`width` wide)."""
    words = clause.split()
    wide = len(words) == 1 and len(clause) >= _MIN_WIDE_CHARS and not clause.isascii()
    # Korean marks subject and object on the word: three words are a clause ('김민준은 개막을 선언했다')
    least = _MIN_WORDS - 1 if any("\uac00" <= c <= "\ud7a3" for c in clause) else _MIN_WORDS
    # an abbreviation's full stop ends no sentence ('Dr. Hiroshi Tanaka-Reyes received …')
    plain = _ABBREVIATED.sub(r"\1", clause)
    fits = sentences.is_title(plain) or (width > sentences.TITLE_WIDTH and _fits(plain, width))
    return (len(words) >= least or wide) and fits


def _fits(text: str, width: int) -> bool:
    """Whether `text` is one sentence at most `width` narrow characters wide (`sentences.is_title`'s
    measure, for a wider title)."""
    body = text.strip().rstrip(".!?。！？")
    wide = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in body)
    return bool(body) and wide <= width and not re.search(r"[.!?](?:\s|$)|[。！？]", body)


def first_sentence(text: str) -> str:
    """The first sentence of `text` (a quotation's, for a title), or the whole text."""
    for match in _SENTENCE_END.finditer(text):
        first = text[: match.start()].strip()
        if not _ABBREVIATION.search(first):
            return first
    return text.strip()


def _first_sentence(text: str) -> tuple[str, str] | None:
    for match in _SENTENCE_END.finditer(text):
        first, rest = text[: match.start()].strip(), text[match.end() :].strip()
        if _ABBREVIATION.search(first):
            continue  # 'Dr. Smith': not a sentence end; look for the next one
        return (first, rest) if rest and _full(first) else None
    return None


def _first_clause(text: str) -> tuple[str, str] | None:
    """The longest main clause before a semicolon, or before a comma and continuing words."""
    best = None
    for match in re.finditer(r"[;；,]\s*", text):
        first, rest = text[: match.start()].strip(), text[match.end() :].strip()
        if not rest or not _full(first):
            continue
        if match.group().strip() in ";；":
            if len(rest.split()) >= 2 or not rest.isascii():
                best = (first, _capitalised(rest))
            continue
        ended = _korean_ended(first, text)
        if ended:  # '…가장 컸고, 그중 …': the clause before the comma, ended as a sentence
            if _full(ended) and _full(rest):
                best = (ended, rest)
            continue
        lower = rest.casefold()
        if _starts(lower, _RELATIVE):
            continue  # its rest is no sentence of its own ('…de los que …' read as a fragment)
        joined = rest.split(maxsplit=1)
        if joined[0].casefold() in _JOINING and len(joined) == 2 and "," not in first and _full(joined[1]):
            best = (first, _capitalised(joined[1]))
            continue
        opened = _opened_clause(rest) or _apposed(rest)
        if opened:  # '…, while the gala sold out' : 'The gala sold out.'
            best = (first, _capitalised(opened))
    return best


#: German's and Dutch joining words: their languages put the verb second, so a clause joined to a
#: first one that opens with anything but its subject ('In de Jaarbeurs spraken …, en
#: ondertekenden veertien partners een verklaring') keeps the verb first, and read alone as a lead
#: is no sentence ('Ondertekenden veertien partners …': self-review r25, the nl summit). Such a
#: clause opening with its verb is cut off with an adverb that puts that verb second again and says
#: what the joining word said ('Daarnaast ondertekenden veertien partners …', 'Außerdem …').
_VERB_SECOND = {"und": "außerdem", "en": "daarnaast"}
_V2_SUBJECTS = (
    "der", "die", "das", "den", "dem", "ein", "eine", "er", "sie", "es", "wir", "man", "ich", "ihr",
    "de", "het", "een", "ze", "zij", "hij", "we", "wij", "men", "ik", "jullie", "twee", "drie",
    "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "veertien", "twintig",
)  # fmt: skip


def _subject_first(clause: str) -> bool:
    """Whether a German or Dutch `clause` opens with its subject (`_V2_SUBJECTS`, a capital: a German
    noun or a name; a digit), not its verb."""
    word = clause.split(maxsplit=1)[0] if clause.split() else ""
    return word[:1].isupper() or word[:1].isdigit() or word.casefold() in _V2_SUBJECTS


def joined_clauses(text: str, bare: bool = False, lead: bool = False) -> tuple[str, str] | None:
    """The two complete clauses a one-sentence `text` joins with a comma and a joining word ('Cool,
    still weather brought fast times, and the women's course record fell for the first time since
    the race began'), each a finding that fits a title, its stop gone; None where it joins none.
    Unlike `title_and_lead`'s cut, the first clause may hold a comma of its own, where its last
    part is a clause's worth of words ('still weather brought fast times'), not a list's last
    item ('Spain, France, and Italy sent …'); `bare`: the joining word may follow no comma ('En
    tres ediciones el público profesional casi se ha duplicado y el negocio ha crecido …'); `lead`:
    the second clause, a lead line under the first, need not fit a title (a continuation slide's
    summary, continued_titles.py)."""
    body = unstopped(text.strip())
    if not body or first_sentence(body) != body:
        return None
    for match in re.finditer(r",\s+|\s+(?=\S+\s)" if bare else r",\s+", body):
        first, rest = body[: match.start()].strip(), body[match.end() :].strip()
        joined = rest.split(maxsplit=1)
        if len(joined) < 2 or joined[0].casefold() not in _JOINING:
            continue
        last = first.rsplit(",", 1)[-1]
        # with no comma, the second clause opens with its subject's article ('y el negocio ha
        # crecido'), not a noun the first clause's verb may govern ('announce data-center and
        # power investments')
        subject = "," in body[match.start() : match.end()] or _starts(joined[1].casefold(), _DETERMINERS)
        second = joined[1]
        if joined[0].casefold() in _VERB_SECOND and not _subject_first(second):
            # '…, en ondertekenden veertien partners …' alone reads verb first: 'Daarnaast …' is
            # a sentence with the verb second again, and says what 'en' said
            second, subject = f"{_VERB_SECOND[joined[0].casefold()]} {second}", True
        if subject and len(last.split()) >= _MIN_WORDS and _full(first) and (lead or _full(second)):
            return first, _capitalised(second)
    return None


def _relative_clause(text: str) -> tuple[str, str] | None:
    """(the main clause before the first relative clause of `_RELATIVE_CUTS`, the rest as a sentence,
    or the whole text where the rest is none without its relative words and the clause states no
    number), where that clause is a
    finding that fits a title and is whole: no quotation or parenthesis open at the cut. None where
    there is no such cut."""
    for match in re.finditer(r"(,?)\s+", text):
        after = text[match.end() :].casefold()
        comma = bool(match.group(1))
        cuts = (w for w in _RELATIVE_CUTS if comma or not w.startswith(","))
        words = next((w for w in cuts if _starts(after, (w.removeprefix(", "),))), "")
        first = text[: match.start()].strip()
        if not words or not _full(first, RELATIVE_TITLE_WIDTH) or not _whole_clause(first):
            continue
        rest = text[match.end() + len(words.removeprefix(", ")) :].lstrip(" ,")
        # a clause that is no sentence without its relative words ('waarin ze zich engageren …'):
        # the whole summary is the lead, so what it commits to reaches the slide (review W), unless
        # the title states a number, which the lead would print again; never the rest alone, a
        # fragment ('… waarin de deelnemende landen …' under the Watertop's cut: review RR4 #6)
        lead = _relative_lead(rest, _RELATIVE_CUTS[words])
        return first, lead or ("" if any(c.isdigit() for c in first) else text)
    return None


def _whole_clause(first: str) -> bool:
    """Whether no quotation nor parenthesis is open at the end of `first` (no cut inside them)."""
    marks = sum(first.count(c) for c in '«»“”„"')
    return marks % 2 == 0 and first.count("「") == first.count("」") and first.count("(") == first.count(")")


def _relative_lead(rest: str, kind: str) -> str:
    """The clause after a relative clause's words as a lead (`_RELATIVE_CUTS`), or '' where it is no
    sentence of its own."""
    if kind == "end" or len(rest.split()) < _MIN_WORDS:
        return ""
    head = rest[:1]
    subject = _starts(rest.casefold(), _SUBJECTS + _DETERMINERS) or head.isdigit() or head.isupper()
    if kind == "subject" and not subject:
        return ""
    return _capitalised(rest)


def _apposed(rest: str) -> str:
    """`rest` as a sentence where it is an amount in apposition ('fast die Hälfte aller
    Kongressgäste.': 'Das ist fast die Hälfte aller Kongressgäste.'), or ''. 'soit' says 'that is'
    itself: it gives way to 'C'est'."""
    lower = rest.casefold()
    if any(c in rest.rstrip(".!?") for c in ",;:()"):
        return ""  # one amount, not a clause of its own with asides
    if not (number_words.numbers(rest) or _starts_share(lower)):
        return ""  # no amount ('…, about the future of farming'): no apposition of one
    for opening, words in _APPOSED.items():
        for word in words:
            if _starts(lower, (word,)):
                body = rest[len(word) :].lstrip() if word == "soit" else rest
                return opening + body[:1].lower() + body[1:]
    return ""


#: Words of a share, an amount without a number ('fast die Hälfte', 'more than two thirds').
_SHARES = (
    "half", "third", "quarter", "fifth", "hälfte", "drittel", "viertel", "fünftel", "moitié", "tiers",
    "quart", "cinquième", "mitad", "tercio", "cuarta", "quinta", "metà", "terzo", "quarto", "quinto",
    "metade", "terço", "helft", "derde", "kwart", "vijfde",
)  # fmt: skip


def _starts_share(text: str) -> bool:
    """Whether `text` names a share ('fast die hälfte aller …')."""
    return any(re.search(rf"(?<!\w){word}", text) for word in _SHARES)


def _opened_clause(rest: str) -> str:
    """`rest` less its connective where it is one of `_CLAUSE_OPENERS` followed by a subject and a
    whole clause, to be a sentence of its own; '' for anything else (a continuation is no lead)."""
    lower = rest.casefold()
    for opener in sorted(_CLAUSE_OPENERS, key=len, reverse=True):
        if not _starts(lower, (opener,)):
            continue
        clause = rest[len(opener) :].lstrip(" ,")
        head = clause[:1]
        subject = _starts(clause.casefold(), _DETERMINERS) or head.isdigit() or head.isupper()
        return clause if subject and _full(clause.rstrip(".!?")) else ""
    return ""


#: A Hangul syllable's final consonant ㅆ: the past tense ('컸', '채웠', '몰렸', '했').
_PAST_FINAL = 20


def _korean_ended(clause: str, text: str) -> str:
    """A Korean clause joined to the next by '-고' after a verb in the past tense ('… 가장 컸고'),
    ended as a sentence in the register the whole text ends in: '… 가장 컸습니다' after a polite
    '…였습니다.', '… 가장 컸다' after a plain '…였다.'; '' for any other clause (a connective we do
    not know how to end is never cut: no fragment as a title)."""
    if not clause.endswith("고") or len(clause) < 2:
        return ""
    verb = clause[-2]
    if not ("\uac00" <= verb <= "\ud7a3") or (ord(verb) - 0xAC00) % 28 != _PAST_FINAL:
        return ""
    polite = text.rstrip().rstrip(".!?。").endswith(("니다", "요"))
    return clause[:-1] + ("습니다" if polite else "다")


def _gapped(first: str, rest: str) -> bool:
    """Whether `rest`, after a comma, is a gapped clause: a new subject (it opens with a determiner)
    then a word of `first` that follows its verb there, with the verb left out ('La Vela d'Oro è
    andata a …, il premio del pubblico a …'); one clause to the sentence's end, no comma in it. Its
    `first` is then a complete clause: the gapped one borrows its verb from it."""
    body = rest.rstrip(".!?")
    if any(c in body for c in ",;:()") or not _starts(body.casefold(), _DETERMINERS):
        return False
    said = first.casefold().split()
    if said and said[0] in ("in", "on", "at", "im", "am", "en", "nel", "no", "op", "à", "dans"):
        return False  # 'In 2025, …': no clause of its own before the comma
    words = body.casefold().split()
    for at, word in enumerate(words[2:-1], start=2):  # a subject of a word or more, then the word
        if word.isalpha() and word in said and said.index(word) > at:
            return True  # 'first' has a word (its verb) more before it: the gap
    return False


#: Verbs of a person's line that say what was decided or made public, not a courtesy: the line
#: is then a finding a slide's title can state (`tells`). Lower case; the start of a word.
_DECIDING = (
    "announced", "unveiled", "launched", "signed", "pledged", "presented",  # English
    "kündigte", "präsentierte", "unterzeichnete", "gewann",  # German
    "a annoncé", "a dévoilé", "a lancé", "a signé", "a présenté", "a remporté",  # French
    "anunció", "presentó", "lanzó", "firmó", "ganó",  # Spanish
    "ha annunciato", "ha presentato", "ha lanciato", "ha firmato", "ha vinto",  # Italian
    "anunciou", "apresentou", "lançou", "assinou", "venceu",  # Portuguese
    "kondigde", "presenteerde", "lanceerde", "tekende",  # Dutch
    "発表", "表明", "宣布", "发布", "签署", "발표", "밝혔",  # Japanese, Chinese, Korean
)  # fmt: skip


def tells(role: str) -> bool:
    """Whether a person's line (`role`: what they did) is a finding a slide's title can state: one
    that states a number ('won het eindklassement met 38 seconden voorsprong'; a digit, in every
    script we write) or says what was decided or made public (`_DECIDING`: 'anunció la nueva línea
    de ayudas'). A courtesy does neither ('thanked the runners and the hospice's partners',
    'eröffnete den Kongress', 'a reçu le prix des mains de la présidente du jury', review O): what
    was said (a quotation) or the figures title that slide, else its section's name."""
    if any(c.isdigit() for c in role):
        return True
    lower = role.casefold()
    return any(_says_word(lower, word) for word in _DECIDING)


def _says_word(text: str, word: str) -> bool:
    """Whether `text` holds `word`: a whole word (or its start, in scripts without spaces: '밝혔습니다')."""
    if any(c > "\u3000" for c in word):
        return word in text
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def wide_title(sentence: str) -> str:
    """A complete sentence as a title of up to two full lines (RELATIVE_TITLE_WIDTH), without its
    full stop: a person's line that is a whole finding ('Daniel Brook won the Non-fiction prize
    for his history of Bradford's last working wool mill'); '' where it is none or wider."""
    text = sentence.strip()
    return unstopped(unrepeated(text)) if text and _full(text, RELATIVE_TITLE_WIDTH) else ""


def content_title(sentences_: tuple[str, ...]) -> str:
    """The title a slide takes from its section's content when its headline yields none: the
    shortest of `sentences_` (complete sentences: people's lines, quotations) that is a finding and
    fits a title, without its full stop; '' where none does (the section's name is the title)."""
    fitting = [unstopped(unrepeated(t.strip())) for t in sentences_ if t.strip() and _full(t.strip())]
    return min(fitting, key=len, default="")


def _starts(text: str, words: tuple[str, ...]) -> bool:
    return any(text.startswith(w) and (len(text) == len(w) or not text[len(w)].isalnum()) for w in words)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
