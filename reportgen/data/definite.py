"""An event's name as the subject of a sentence, with the definite article its language needs:
'Die Internationale Fachmesse für Holz und Handwerk 2026 … ging … zu Ende', 'Le Salon international
de l’agroalimentaire 2024 … a pris fin', 'La Feria Internacional …', 'Il Salone …', 'A Feira …',
'De Internationale Vakbeurs …'. Without it a native editor corrects the sentence: a German,
French, Spanish, Italian, Portuguese or Dutch event name is a noun phrase, not a proper name.

The article follows the gender and number of the name's head noun, which the data does not give:
only nouns and endings whose gender is sure are used (a Messe is feminine, a Salon masculine, '-ung'
and '-tion' feminine). For any other name (an acronym, 'IFA 2024', a noun not listed) `subject`
returns None, and the template prints a sentence that needs no article ('… : clôture à Lyon le …').
A name that already starts with its article ('Die Messe', 'La Biennale') is kept as it is.
English, Chinese, Japanese and Korean need none: the name itself is the subject.
"""

from __future__ import annotations

import re

F, M, N, P = "f", "m", "n", "p"  # feminine, masculine, neuter, plural

#: Per language: (head noun, gender); the longest that fits decides. In German and Dutch a
#: compound's last part decides ('Fachmesse' is a 'Messe'); in the others the noun itself, or an
#: ending marked '-' ('-tion').
_NOUNS: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        *((e, P) for e in ("festspiele", "spiele", "tage", "wochen", "festwochen", "meisterschaften")),
        *(
            (e, F)
            for e in (
                "messe", "ung", "heit", "keit", "schaft", "ion", "tät", "feier", "konferenz", "woche",
                "schau", "börse", "biennale", "nacht", "gala", "show", "expo", "gipfelkonferenz",
                "zeremonie", "rallye", "regatta", "olympiade", "kirmes", "dult", "kerwe", "parade",
            )
        ),
        *(
            (e, M)
            for e in (
                "gipfel", "kongress", "markt", "tag", "lauf", "marathon", "ball", "salon", "wettbewerb",
                "preis", "empfang", "abend", "zug", "umzug", "basar", "karneval", "fasching",
            )
        ),
        *(
            (e, N)
            for e in (
                "forum", "festival", "konzert", "fest", "turnier", "treffen", "symposium", "kolloquium",
                "seminar", "rennen", "derby", "sportfest", "volksfest", "oktoberfest", "musikfest",
            )
        ),
    ),
    "fr": (
        *((e, P) for e in ("journées", "rencontres", "championnats", "jeux", "assises", "entretiens")),
        *((e, P) for e in ("floralies", "olympiades", "nuits", "semaines", "fêtes", "internationaux")),
        *(
            (e, F)
            for e in (
                "fête", "foire", "biennale", "semaine", "nuit", "journée", "conférence", "exposition",
                "soirée", "cérémonie", "convention", "course", "coupe", "braderie", "quinzaine",
                "-tion", "-sion", "-ité",
            )
        ),
        *(
            (e, M)
            for e in (
                "salon", "festival", "sommet", "congrès", "forum", "marché", "carnaval", "championnat",
                "tournoi", "colloque", "symposium", "marathon", "gala", "concours", "prix", "grand prix",
                "mondial", "trophée", "rallye", "défilé", "concert",
            )
        ),
    ),
    "es": (
        *((e, P + F) for e in ("jornadas", "olimpiadas", "fiestas", "noches")),
        *((e, P + M) for e in ("juegos", "premios", "encuentros", "días", "campeonatos")),
        *(
            (e, F)
            for e in (
                "feria", "cumbre", "semana", "muestra", "bienal", "conferencia", "gala", "noche",
                "exposición", "jornada", "reunión", "asamblea", "copa", "carrera", "fiesta", "vuelta",
                "-ción", "-sión", "-dad",
            )
        ),
        *(
            (e, M)
            for e in (
                "salón", "festival", "congreso", "encuentro", "foro", "campeonato", "maratón", "mercado",
                "simposio", "certamen", "torneo", "premio", "concurso", "desfile", "rally", "concierto",
            )
        ),
    ),
    "it": (
        *((e, P + F) for e in ("giornate", "olimpiadi", "notti", "settimane")),
        *((e, P + M) for e in ("giochi", "campionati", "incontri", "stati generali")),
        *(
            (e, F)
            for e in (
                "fiera", "mostra", "biennale", "triennale", "settimana", "esposizione", "rassegna",
                "notte", "conferenza", "assemblea", "giornata", "maratona", "festa", "sagra", "coppa",
                "corsa", "regata", "gara", "-zione", "-sione", "expo",
            )
        ),
        *(
            (e, M)
            for e in (
                "salone", "festival", "congresso", "convegno", "forum", "vertice", "premio", "campionato",
                "incontro", "simposio", "concorso", "torneo", "palio", "carnevale", "mercato", "summit",
                "concerto", "gran premio", "giro", "rally", "rallye", "trofeo", "meeting", "raduno",
            )
        ),
    ),
    "pt": (
        *((e, P + F) for e in ("jornadas", "olimpíadas", "festas")),
        *((e, P + M) for e in ("jogos", "encontros", "campeonatos", "prêmios", "prémios")),
        *(
            (e, F)
            for e in (
                "feira", "bienal", "semana", "exposição", "mostra", "conferência", "cúpula", "cimeira",
                "jornada", "maratona", "festa", "noite", "corrida", "copa", "taça", "-ção", "-são",
                "-dade",
            )
        ),
        *(
            (e, M)
            for e in (
                "salão", "festival", "congresso", "encontro", "fórum", "campeonato", "simpósio", "prêmio",
                "prémio", "torneio", "concurso", "carnaval", "mercado", "seminário", "concerto",
                "rali", "rally", "show",
            )
        ),
    ),
    "nl": (
        *((e, P) for e in ("dagen", "spelen", "weken", "kampioenschappen")),
        *(
            (e, "de")
            for e in (
                "beurs", "week", "conferentie", "tentoonstelling", "ing", "heid", "top", "markt",
                "biënnale", "expo", "manifestatie", "race", "marathon", "show", "prijs", "nacht",
                "avond", "dag", "kermis", "loop", "tocht", "parade", "regatta", "triënnale",
            )
        ),
        *(
            (e, "het")
            for e in (
                "congres", "festival", "forum", "symposium", "salon", "evenement", "kampioenschap",
                "toernooi", "concert", "gala", "feest", "defilé", "seminar", "colloquium", "carnaval",
            )
        ),
    ),
}  # fmt: skip

#: The article at the start of a sentence, by language and gender; 'v' before a vowel sound.
_ARTICLES: dict[str, dict[str, str]] = {
    "de": {F: "Die", M: "Der", N: "Das", P: "Die"},
    "fr": {F: "La", M: "Le", P: "Les", "v": "L\u2019"},
    "es": {F: "La", M: "El", P + F: "Las", P + M: "Los"},
    "it": {F: "La", M: "Il", P + F: "Le", P + M: "I", "v": "L\u2019", "lo": "Lo", "gli": "Gli"},
    "pt": {F: "A", M: "O", P + F: "As", P + M: "Os"},
    "nl": {"de": "De", "het": "Het", P: "De"},
}
#: Articles a name may already start with: then it is kept as written.
_LEADING = {
    "de": ("der", "die", "das"),
    "fr": ("le", "la", "les", "l'", "l\u2019"),
    "es": ("el", "la", "los", "las"),
    "it": ("il", "lo", "la", "i", "gli", "le", "l'", "l\u2019"),
    "pt": ("o", "a", "os", "as"),
    "nl": ("de", "het"),
}
_NO_ARTICLE = ("en", "zh", "ja", "ko")
_VOWEL = "aeiouàâäéèêëíìîïóòôöúùûüœæy"
#: Capitals whose names start with a vowel in French and Italian ('effe', 'esse', 'emme', 'acca'):
#: an acronym read letter by letter after one elides its article ('l’SMD'), one read as a word
#: does not ('le SIAL'), and which it is the data does not say.
_VOWEL_LETTERS = "AEFHILMNORSUXYÀÂÉÈÊÎÔÙÛ"
#: Italian masculine nouns that take 'lo': before s + consonant, z, gn, ps, pn, x, y.
_LO = re.compile(r"^(?:s[^aeiouàèéìòù]|z|gn|ps|pn|x|y)", re.IGNORECASE)


class Subject(str):
    """A sentence's subject that knows its number, and in Polish its gender: 'Os JBJ 2026' and 'Les
    Rencontres …' are plural, and their verb agrees ('terminaram', 'ont pris fin'; review QQ2: 'Os
    JBJ 2026 terminou'); 'Bieg z Sercem 2026 zakończył się', 'Konferencja … zakończyła się' (review
    QQ1: '…: zakończenie 17 maja 2026', a form's line). `messages.gettext` reads them off a
    sentence's values (data/subject_forms.py). `gender`: 'm', 'f', 'n' or '' (not known)."""

    plural: bool
    gender: str
    particle: bool  # Korean: it ends with its subject particle ('전주국제영화제가')

    def __new__(cls, text: str, plural: bool = False, gender: str = "", particle: bool = False) -> Subject:
        made = super().__new__(cls, text)
        made.plural = plural
        made.gender = gender
        made.particle = particle
        return made

    def __reduce__(self) -> tuple[object, ...]:  # pickled as itself: a build's context crosses processes
        return (Subject, (str(self), self.plural, self.gender, self.particle))


#: A Korean name's year at its end ('전주국제영화제 2026'), which its second naming leaves out.
_KOREAN_YEAR = re.compile(r"\s*(?:19|20)\d\d\s*$")


def korean_subject(short: str) -> Subject | None:
    """A Korean short name as the subject of the sentence under the title, with its subject particle
    and without its year ('전주국제영화제가', not '전주국제영화제 2026 행사가': review YY3 #9): 가
    after a syllable with no final consonant, 이 after one; None where the name does not end in a
    Hangul syllable once its year is left out (a Latin acronym: its reading decides)."""
    core = _KOREAN_YEAR.sub("", short).strip()
    last = core[-1:]
    if not core or not "\uac00" <= last <= "\ud7a3":
        return None
    final = (ord(last) - 0xAC00) % 28
    return Subject(core + ("이" if final else "가"), particle=True)


#: Polish nouns that head an event's name, by gender (plural: 'Targi', 'Dni', 'Mistrzostwa'); the
#: name's first of them decides, after its adjectives ('Międzynarodowe Targi …', 'Dolnośląski
#: Festiwal Nauki'); a name with none keeps the sentence that needs no verb.
_POLISH = {
    M: (
        "bieg",
        "festiwal",
        "kongres",
        "maraton",
        "półmaraton",
        "turniej",
        "szczyt",
        "tydzień",
        "zjazd",
        "salon",
        "jarmark",
        "festyn",
        "kiermasz",
        "wyścig",
        "puchar",
        "rajd",
        "pokaz",
        "koncert",
        "konkurs",
        "przegląd",
        "plener",
        "zlot",
        "piknik",
        "dzień",
        "bal",
        "mecz",
        "finał",
        "marsz",
        "hackathon",
        "hakaton",
        "mityng",
        "memoriał",
        "wiec",
    ),
    F: (
        "konferencja",
        "wystawa",
        "gala",
        "noc",
        "parada",
        "olimpiada",
        "giełda",
        "sesja",
        "biesiada",
        "uroczystość",
        "ceremonia",
        "spartakiada",
        "zbiórka",
        "sztafeta",
        "liga",
        "premiera",
        "kampania",
        "debata",
        "wyprawa",
        "aukcja",
        "kwesta",
    ),
    N: (
        "forum",
        "sympozjum",
        "spotkanie",
        "biennale",
        "triennale",
        "seminarium",
        "kolokwium",
        "święto",
        "widowisko",
        "wydarzenie",
        "zgromadzenie",
    ),
    P: (
        "targi",
        "dni",
        "igrzyska",
        "mistrzostwa",
        "regaty",
        "zawody",
        "warsztaty",
        "spotkania",
        "obchody",
        "uroczystości",
        "juwenalia",
        "dożynki",
        "mityngi",
    ),
}
_POLISH_GENDER = {noun: gender for gender, nouns in _POLISH.items() for noun in nouns}


def _polish(name: str) -> Subject:
    """A Polish name as its sentence's subject, as written, with its head noun's gender and number
    where the name's first capitalised words hold a listed noun; else with neither."""
    for word in name.split()[:4]:
        if not word[:1].isupper():
            break  # 'z', 'dla', 'w': the head noun is before its first small word
        gender = _POLISH_GENDER.get(word.casefold())
        if gender:
            return Subject(name, plural=gender == P, gender="" if gender == P else gender)
    return Subject(name)


#: The articles that say their noun is plural, per language: a name that starts with one ('Les
#: Rencontres …', 'Os Jogos …') is a plural subject; German 'die' and Italian 'le' are not sure
#: ('die Messe', 'le' before a feminine plural only, but French 'le' is singular).
_PLURAL_ARTICLES = {"fr": ("les",), "es": ("los", "las"), "it": ("i", "gli"), "pt": ("os", "as")}


def _with_article(article: str, name: str, gender: str) -> Subject:
    joined = (article if article.endswith("\u2019") else article + " ") + name
    return Subject(joined, plural=gender.startswith(P))


def _initials_of(short: str, name: str) -> bool:
    """Whether `short` is the initials of `name`'s capitalised words ('DFN' of 'Dolnośląski Festiwal
    Nauki 2026', 'PŚ' of 'Puchar Świata …'): a Polish initialism takes its head noun's gender."""
    capitals = "".join(w[0] for w in name.split() if w[:1].isupper())
    return len(short) >= 2 and short.isupper() and short.isalpha() and capitals.startswith(short)


def subject(name: str, lang: str) -> str | None:
    """`name` as a sentence's subject in `lang`: with its article ('Die Internationale Fachmesse
    …'), as written where the language needs none or it already has one, or None where the article
    is not sure (the caller then prints a sentence that needs none). A `Subject`, plural where its
    head noun or article is."""
    name = name.strip()
    if lang == "pl":
        return _polish(name)
    if lang not in _NOUNS:
        return name
    words = name.split()
    if not words:
        return None
    first = re.split(r"['\u2019]", words[0].casefold(), maxsplit=1)
    if words[0].casefold() in _LEADING[lang] or (len(first) > 1 and f"{first[0]}'" in _LEADING[lang]):
        plural = words[0].casefold() in _PLURAL_ARTICLES.get(lang, ())
        if len(words) > 1 and not plural:  # 'Die Festspiele …', 'De Kampioenschappen …'
            plural = (_gender(words[1], lang) or "").startswith(P) and lang in ("de", "nl")
        return Subject(name[:1].upper() + name[1:], plural=plural)
    if lang in ("de", "nl"):
        return _germanic(words, lang)
    gender = _gender(words[0], lang) or _gender(" ".join(words[:2]), lang)
    if gender is None:
        return None
    article = _romance(words[0], gender, lang)
    return None if article is None else _with_article(article, name, gender)


#: An ordinal before a name's head noun ('12e Colloque', '3ª Feira', '27. Jahrestagung').
_ORDINAL = re.compile(r"^\d+(?:e|er|re|ère|ème|º|ª|°|o|a)?\.?$", re.IGNORECASE)


def short_subject(short: str, name: str, lang: str) -> str | None:
    """The short name ('DGKW-Jahrestagung 2026', 'CICT 2026') as a sentence's subject: as `subject`
    sets it; where that is not sure, in a Romance language, with the article of the full name's head
    noun (after an ordinal), as an acronym takes its noun's gender ('12e Colloque …' → 'Le CICT
    2026'); None where neither is sure."""
    own = subject(short, lang)
    if lang == "pl" and isinstance(own, Subject) and not (own.gender or own.plural):
        if not _initials_of(short.split()[0], name):
            return own  # a brand ('MEBLEX 2026') has a gender of its own, which is not sure
        named = _polish(name)  # 'DFN 2026' is the Festiwal its name says: 'DFN 2026 zakończył się'
        return Subject(short, plural=named.plural, gender=named.gender)
    if own is not None or lang in ("de", "nl") or lang not in _ARTICLES or not short.split():
        return own
    words = [word for word in name.split() if not _ORDINAL.match(word)]
    if not words or words[0].casefold() in _LEADING[lang]:
        return None
    if short[:1].casefold() != words[0][:1].casefold():
        # the short name stands for other words than the name's head noun ('BD Namur' of 'Festival
        # de la bande dessinée …': la BD), so it has not that noun's gender (review YY3 #4)
        return None
    if lang in ("fr", "it") and short[:1] in _VOWEL_LETTERS:
        return None  # 'SMD' read letter by letter is 'l’SMD', read as a word 'lo SMD': not sure
    gender = _gender(words[0], lang) or _gender(" ".join(words[:2]), lang)
    article = _romance(short.split()[0], gender, lang) if gender is not None else None
    return None if article is None or gender is None else _with_article(article, short, gender)


def _gender(noun: str, lang: str) -> str | None:
    noun = noun.casefold()
    if not noun[:1].isalpha():
        return None
    if lang in ("de", "nl"):  # a compound: the last part decides ('Fachmesse')
        found = [(e, g) for e, g in _NOUNS[lang] if noun.endswith(e)]
    else:  # the noun itself, or a suffix ('-tion') that decides ('manifestation', 'exposición')
        found = [(e, g) for e, g in _NOUNS[lang] if noun == e or (e[0] == "-" and noun.endswith(e[1:]))]
    return max(found, key=lambda eg: len(eg[0]))[1] if found else None


def _romance(noun: str, gender: str, lang: str) -> str | None:
    articles = _ARTICLES[lang]
    lower = noun.casefold()
    if lower[:1] == "h":  # an aspirated or a silent h: not sure which article elides
        return None if lang in ("fr", "it") else articles[gender]
    vowel = lower[:1] in _VOWEL
    if lang == "fr" and vowel and gender in (F, M):
        return articles["v"]
    if lang == "it":
        if gender == P + M:
            return articles["gli"] if vowel or _LO.match(lower) else articles[gender]
        if gender in (F, M) and vowel:
            return articles["v"]
        if gender == M and _LO.match(lower):
            return articles["lo"]
    if lang == "es" and gender == F and re.match(r"^h?[aá]", lower):
        return None  # 'el águila': a stressed a takes 'el', an unstressed one 'la'; not sure which
    return articles[gender]


def _germanic(words: list[str], lang: str) -> str | None:
    """German and Dutch: the head noun is the first capitalised word of a known gender before the
    first word in small letters or digits ('Internationale Fachmesse für …', 'Frankfurter
    Buchmesse 2024', 'Internationales Forum Berlin'); the words before it are adjectives."""
    lead: list[str] = []
    for word in words:
        if not word[:1].isupper() or not word.replace("-", "").isalpha():
            break
        lead.append(word)
    # the first noun whose gender is sure, after adjectives: 'Internationales Forum Berlin'
    at = next((i for i, w in enumerate(lead) if not w.isupper() and _gender(w, lang)), None)
    if at is None:  # an acronym ('IFA 2024') or a noun not listed: its gender is not sure
        return None
    gender = _gender(lead[at], lang)
    assert gender is not None
    adjectives = lead[:at]
    if lang == "de" and adjectives:
        # after the article an adjective ends in -e: 'Internationales Forum' → 'Das Internationale
        # Forum'; a masculine one in -er may be a place's ('Leipziger Gipfel'), which never changes
        if not all(a.endswith(("e", "er", "es", "en")) for a in adjectives):
            return None
        if gender == M and any(a.endswith("er") for a in adjectives):
            return None
        if gender == P:
            return None  # 'Internationale Tage': the adjective changes to -en after 'die'
        if gender == N:
            adjectives = [a[:-1] if a.endswith("es") else a for a in adjectives]
    return Subject(" ".join([_ARTICLES[lang][gender], *adjectives, *words[at:]]), plural=gender == P)


def _head(noun: str, lang: str) -> str | None:
    """The lexicon's entry that decides `noun`'s gender ('messe' for 'Industriemesse', '-ción' for
    'exposición'), or None."""
    noun = noun.casefold()
    if lang in ("de", "nl"):
        found = [e for e, _ in _NOUNS[lang] if noun.endswith(e)]
    else:
        found = [e for e, _ in _NOUNS[lang] if noun == e or (e[0] == "-" and noun.endswith(e[1:]))]
    return max(found, key=len) if found else None


def kind_subject(kind: str, lang: str) -> str | None:
    """The event's kind ('research symposium', 'festival', 'Fachkongress', 'ontwerpweek') as a
    sentence's subject, the way an editor names an event a second time: 'The research symposium',
    'Il festival', 'La feria del libro', 'Der Fachkongress', 'De ontwerpweek'. None where the
    article is not sure: a kind in capitals or with digits, a German or Dutch kind of more than one
    word (its adjective's ending), a head noun not listed, and every language whose definite form
    is not a word before the noun (Swedish 'festivalen') or that needs none (Chinese, Japanese)."""
    kind = " ".join(kind.split())
    words = kind.split()
    if not words or any(ch.isdigit() for ch in kind) or not all(w.replace("-", "").isalpha() for w in words):
        return None
    if lang == "en":
        return f"The {kind}" if kind[:1].islower() else None
    if lang not in _NOUNS:
        return None
    if lang in ("de", "nl"):
        if len(words) != 1 or kind.isupper() or (lang == "de" and not kind[:1].isupper()):
            return None  # a German noun is written with its capital: 'messe' is not sure to be one
        kind = kind if lang == "de" else kind[:1].lower() + kind[1:]
        gender = _gender(kind, lang)
        return None if gender is None else Subject(f"{_ARTICLES[lang][gender]} {kind}", plural=gender == P)
    head = words[0]
    if not head[1:].islower():  # an acronym or a name ('SIAL'): not a kind word
        return None
    kind = kind[:1].lower() + kind[1:]
    gender = _gender(words[0], lang) or _gender(" ".join(words[:2]), lang)
    article = _romance(words[0], gender, lang) if gender is not None else None
    return None if article is None or gender is None else _with_article(article, kind, gender)


def kind_said_in(kind: str, text: str, lang: str) -> bool:
    """Whether `text` already names the event by its kind's head noun ('La feria cerró …' for the
    kind 'feria', 'Die Industriemesse …' for 'Fachmesse'): a sentence before it that opened 'La
    feria concluyó …' would say it twice in a row."""
    words = kind.split()
    if not words or not text:
        return False
    said = [w.casefold() for w in re.findall(r"\w+", text)]
    if lang == "en":
        return words[-1].casefold() in said
    if lang not in _NOUNS:
        return False
    head = words[-1] if lang in ("de", "nl") else words[0]
    entry = _head(head, lang)
    if entry is None or entry.startswith("-"):
        return head.casefold() in said
    if lang in ("de", "nl"):  # a compound of the same noun: 'Industriemesse' after 'Fachmesse'
        return any(w.endswith(entry) for w in said)
    return entry in said or head.casefold() in said
