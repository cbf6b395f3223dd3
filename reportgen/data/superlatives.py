"""Whether two sentences state the same superlative claim about the same subject: 'San Ildefonso
recibió alrededor de 54 mil visitantes, la sede más concurrida.' and 'San Ildefonso fue la sede más
visitada, seguida de Los Pinos.' (review BB), a chart's caption and its section's summary, which a
slide printed as its title and the lead under it. Different words say it, so the share of words
two texts hold in common (plan/quotes.py `_echoes`) does not find it.

The superlative's words, per language, are an allow-list: 'más', 'più', 'plus', 'mais' before an
adjective, not before 'de' or 'que', where they only compare ('más de 500 empresas').
"""

from __future__ import annotations

import re

from reportgen.data.phrases import is_cjk
from reportgen.lazy_pattern import lazy

#: A superlative in any of the languages: the document's language is the one both texts are in.
_SUPERLATIVE = re.compile(
    r"\b(?:most|largest|biggest|busiest|highest|best-attended)\b"  # en
    r"|\b(?:meisten|meistbesucht\w*|größte\w*|stärkste\w*|beliebteste\w*)\b"  # de
    r"|\b(?:plus|la plus|le plus)\s(?!de\b|d['’]|que\b|qu['’])[^\W\d_]"  # fr
    r"|\bmás\s(?!de\b|del\b|que\b)[^\W\d_]"  # es
    r"|\bpiù\s(?!di\b|del\w*\b|che\b)[^\W\d_]"  # it
    r"|\bmais\s(?!de\b|do\b|da\b|dos\b|das\b|que\b)[^\W\d_]"  # pt
    r"|\b(?:meest\w*|grootste|drukste)\b"  # nl
    r"|\b(?:mest|största|flest)\b"  # sv
    r"|\bnaj[^\W\d_]{3,}"  # pl: 'największy', 'najchętniej'
    # zh, ja, ko: '最多', '最も', not '最終日' (the last day) nor '最新' (the newest)
    r"|最(?:も|多|大|高|受|热|熱|长|長|佳|盛)|가장",
    re.IGNORECASE,
)


def _subject(text: str) -> str:
    """The words (of a Chinese, Japanese or Korean text: the characters) a sentence opens with that
    name its subject: its first two, where the first has a capital; '' where it has none."""
    text = text.strip()
    if any(is_cjk(c) for c in text[:4]):
        return text[:2]
    words = text.split()
    if len(words) >= 2 and not words[0][:1].isupper():
        return ""
    return " ".join(words[:2]).casefold()


#: A record, in any of the languages: 'a record', 'Rekord', 'récord', '创历届新高', '史上最多'.
_RECORD = re.compile(
    r"\b(?:record\w*|rekord\w*|récord\w*|recorde\w*|all-time)\b|纪录|紀錄|記録|新高|史上|역대|기록",
    re.IGNORECASE,
)


#: A superlative a record is written with, in each language the catalogues hold: 'the most', 'het
#: hoogste', 'der höchste', 'det høyeste', 'la cifra más alta', 'il più alto', '最高', '최대'.
_TOP = re.compile(
    r"\b(?:most|highest|largest|biggest|best|hoogste|grootste|meeste|beste\w*|höchste\w*"  # en, nl, de
    r"|größte\w*|meisten|stärkste\w*"  # de
    r"|plus\s+(?:haut|élevé|grand|fort|important|nombreu)\w*|meilleur\w*"  # fr
    r"|mayor|mejor|más\s+(?:alt|elevad|grand|numeros)\w*|máxim\w*"  # es
    r"|maggiore|migliore|più\s+(?:alt|elevat|grand|numeros)\w*|massim\w*"  # it
    r"|maior|melhor|mais\s+(?:alt|elevad|numeros)\w*"  # pt
    r"|högsta|största|flest|bästa|mest|højeste|største|bedste|høyeste|beste"  # sv, da, nb
    r"|naj\w{3,}|en\s+(?:yüksek|büyük|çok|fazla|iyi))\b"  # pl, tr
    r"|最|가장|최(?:대|고|다)",  # zh, ja, ko
    re.IGNORECASE,
)

#: Of all time: 'in the race's history', 'in de geschiedenis', 'ever', 'aller Zeiten', 'di sempre',
#: 'de todos los tiempos', 'tüm zamanların', '历届以来', 'これまで', '역대'.
_EVER = re.compile(
    r"\b(?:history|ever|all[- ]time|geschiedenis|ooit|aller tijden|Geschichte|jemals|aller Zeiten"
    r"|histoire|jamais|de tous les temps|historia|nunca|de todos los tiempos|storia|mai|di sempre"
    r"|história|de todos os tempos|historik|någonsin|genom tiderna|nogensinde|nogen sinde|historie"
    r"|noensinne|noen gang|gjennom tidene|alle tiders|historii|kiedykolwiek|tarih\w*"
    r"|tüm zamanların|şimdiye kadar\w*)\b"
    r"|过去|過去|历史|歷史|歴史|历届|歷屆|历年|歷年|历代|歷代|歴代|以来|以來|これまで|역대|사상|이래"
    # the event's own years, all of them (review QQ2: 'il dato più alto nei quarant'anni del
    # salone'): 'in its 40 years', 'in the fair's forty years', 'en sus 40 años de', 'nos 40 anos
    # do', 'en 40 ans d'existence'; never 'in the last ten years' nor 'in recent years'
    r"|\bin (?:its|their|the [^\W\d_]+['’]s) (?:\d+|[^\W\d_]+(?:-[^\W\d_]+)?) years\b"
    r"|\bne(?:i|gli) (?:\d+ |[^\W\d_]+['’])anni (?:del|della|dello|dell['’]|di)\b"
    r"|\ben sus (?:\d+|[^\W\d_]+) años\b|\bn(?:os seus|os) (?:\d+|[^\W\d_]+) anos d[eoa]s?\b"
    r"|\ben (?:\d+|[^\W\d_]+) ans d['’](?:existence|histoire)",
    re.IGNORECASE,
)

#: More than ever: 'more contracts than ever', 'dan ooit', 'que jamais', 'als je zuvor', 'enn noen
#: gang', 'niż kiedykolwiek', 'hiç olmadığı kadar', '前所未有', 'かつてない', '그 어느 때보다'.
_THAN_EVER = re.compile(
    r"\b(?:than ever|dan ooit|que jamais|als je|wie nie zuvor|que nunca|che mai|come mai prima"
    r"|do que nunca|än någonsin|än någon gång|end nogensinde|end nogen sinde|enn noen gang"
    r"|enn noensinne|niż kiedykolwiek|jak nigdy (?:dotąd|wcześniej)|hiç olmadığı kadar|hiç bu kadar)\b"
    r"|前所未有|かつてない|어느 때보다",
    re.IGNORECASE,
)

#: Never so many, a few words apart: 'Aldri før har så mange besøkt festivalen', 'Nog nooit waren er
#: zoveel bezoekers', 'Noch nie kamen so viele', 'jamais autant de', 'nunca habían venido tantos';
#: not 'never before seen', 'noch nie gezeigt' (a first showing is no record).
_NEVER_SO_MANY = re.compile(
    r"\b(?:never|nog nooit|nooit|noch nie|aldri|aldrig|jamais|nunca|mai|nigdy)\b(?:\s+\S+){0,4}?\s+"
    r"(?:so many|so much|zoveel|zo veel|so viele|so viel|så mange|så mye|så många|så mycket|så meget"
    r"|autant|tantos|tantas|tanti|tante|tylu|tyle)\b",
    re.IGNORECASE,
)

#: The record words, less those that only say a number was counted ('recorded 40,000 visitors',
#: '10万人を記録', '기록했다'): a record is 'a record', 'Rekordumsatz', '新記録', '신기록'.
_RECORD_ITSELF = re.compile(
    r"\b(?:records?|record-\w+|record(?:omzet|aantal|jaar)\w*|rekord\w*|récords?|recordes?|rekor\w*)\b"
    r"|(?:máxim[oa]s?|massim[oi]|plus haut)\s+hist[oó]ri\w*|all-time high|Allzeithoch"
    # a compound's record, its first part what of: 'Teilnehmerrekord', 'besøksrekord', 'bezoekersrecord'
    r"|(?<=[^\W\d_]{3})(?:rekord|record)(?:e|en|s|er|et|ene)?\b"
    r"|新記録|新纪录|新紀錄|最高纪录|最高紀錄|最高記録|新高|史上最|过去最|過去最|创纪录|創紀錄|破纪录|破紀錄"
    r"|記録的|신기록|기록적|역대\s?최",
    re.IGNORECASE,
)


def claims_record(text: str) -> bool:
    """Whether `text` says its number is a record: a record's word ('a record for the symposium',
    '创历届新高'), a superlative of all time ('the most in the race's history', 'het hoogste bedrag
    in de geschiedenis van de beurs', 'det høyeste tallet i festivalens historie'), more than ever
    ('meer contracten dan ooit') or never so many ('Aldri før har så mange besøkt festivalen')."""
    return bool(
        _RECORD_ITSELF.search(text)
        or _THAN_EVER.search(text)
        or _NEVER_SO_MANY.search(text)
        or (_TOP.search(text) and _EVER.search(text))
    )


#: Where a text's clauses part: a comma, a semicolon or a sentence's end, in any script.
_CLAUSES = re.compile(r"[,;、，；。！？]\s*|[.!?](?:\s+|$)")


def record_of_another(text: str, own: str, others: tuple[str, ...]) -> bool:
    """Whether every clause of `text` that claims a record names another figure (a label of
    `others`) and not its own (`own`): '完走者は1万1000人を超え、完走率は過去最高となった' says the
    finishers' number and the rate's record, and made the finishers a record in both documents
    (review ZZ3 #2). False where no clause claims one, or one claims it of no other figure."""
    said = [c for c in _CLAUSES.split(text) if c.strip() and claims_record(c)]
    mine = own.casefold().strip()
    names = [o.casefold().strip() for o in others if o.strip() and o.casefold().strip() != mine]
    return bool(said) and all(
        (not mine or mine not in c.casefold()) and any(n in c.casefold() for n in names if len(n) >= 2)
        for c in said
    )


def claims(text: str) -> bool:
    """Whether `text` claims more than its numbers: a superlative or a record ('the highest in the
    event's history', 'un récord'), which a reader reads as the news, not as a number again."""
    return bool(_SUPERLATIVE.search(text) or _RECORD.search(text))


def same_claim(one: str, other: str) -> bool:
    """Whether `one` and `other` open with the same subject and both state a superlative of it."""
    if not one or not other:
        return False
    subject = _subject(one)
    return bool(
        subject and subject == _subject(other) and _SUPERLATIVE.search(one) and _SUPERLATIVE.search(other)
    )


def without_claims(text: str) -> str:
    """`text` with the words that claim a record or a superlative blanked out ('Record submissions'
    → ' submissions', '商談件数は過去最多に' → '商談件数は  多に'): what it says the record is of."""
    for pattern in (_RECORD_ITSELF, _RECORD, _THAN_EVER, _EVER, _TOP, _SUPERLATIVE):
        text = pattern.sub(" ", text)
    return text


#: A record the whole event set, in each language the catalogues hold: 'broke all records', 'a
#: record year', 'an edition of records', 'Rekordjahr', 'slo alle rekorder', 'tous les records',
#: 'edizione da record', '创下多项纪录', '역대 최대 규모'. Not a record of one thing ('record
#: attendance', 'les records de fréquentation', 'rekor katılım'): a plural of records with no
#: complement after it, or a record of the year, the edition or the event's scale.
_EVENT_WIDE = lazy(
    # records, with no complement that names what of ('les records de fréquentation' is one's)
    r"(?:"
    r"\b(?:broke|breaks|breaking|smashed|smashes|shattered|shatters|sets?|setting)\s+"
    r"(?:all\s+|every\s+|many\s+|several\s+|multiple\s+|new\s+)?(?:the\s+)?records"  # en
    r"|\balle\s+Rekorde|\bRekorde"  # de
    r"|\btous\s+les\s+records|\b(?:des|de)\s+records"  # fr
    r"|\btodos\s+los\s+récords|\b(?:bate|batió|baten|rompe|rompió|rompen)\s+récords"  # es
    r"|\btutti\s+i\s+record"  # it
    r"|\btodos\s+os\s+recordes|\b(?:bate|bateu|quebra|quebrou)\s+recordes"  # pt
    r"|\balle\s+records|\b(?:breekt|brak|verbreekt|verbrak)\s+records"  # nl
    r"|\balla\s+rekord|\b(?:slog|slår|krossade)\s+rekord"  # sv
    r"|\balle\s+rekord(?:er|ene)|\b(?:slo|slår|knuste|knuser|slog)\s+rekord(?:er|ene)"  # da, nb
    r"|\bwszystkie\s+rekordy|\b(?:pobił\w*|bije|pobija)\s+rekordy"  # pl
    r"|\btüm\s+rekorları|\brekorlar\w*"  # tr
    r")\b(?!\s+(?:of|for|in|de|des|du|d['’]|di|del|della|dei|do|da|dos|das|van|voor|für|an|bei|på|av"
    r"|til|i|för|w|dla)\b)"
    # a record year, edition or weekend; record-breaking (what is left once the event's names are
    # taken out: 'A record-breaking Polarlys 2026')
    r"|\brecord[- ](?:breaking\s+)?(?:year|edition|week|weekend|season|night|evening|day)\b"  # en
    r"|\bRekord(?:jahr|ausgabe|auflage|edition|wochenende|woche|nacht|abend|tag)\w*"  # de
    r"|\b(?:édition|année|cru|saison|semaine)s?\s+(?:de\s+tous\s+les\s+)?records?\b"  # fr
    r"|\b(?:edición|año|temporada)\s+(?:de\s+)?récords?\b"  # es
    r"|\b(?:edizione|anno|annata|stagione)\s+(?:da\s+|dei\s+)?record\b"  # it
    r"|\b(?:edição|ano|temporada)\s+(?:de\s+)?recordes?\b"  # pt
    r"|\brecord(?:editie|jaar|jaargang|weekend)\w*"  # nl
    r"|\brekord(?:år|upplaga|helg|udgave|utgave|weekend)\w*"  # sv, da, nb
    r"|\b(?:record-breaking|rekord(?:bryt|bryd)\w*)(?=\s*(?:[,:;!?–—]|$))"
    r"|\brekordow\w+\s+(?:edycj|rok)\w*|\brekor\s+(?:yıl|edisyon)\w*"  # pl, tr
    # zh, ja, ko: records of several things, of the event's scale
    r"|(?:多项|多項|各项|各項)(?:纪录|紀錄|記録)|屡创|屢創|記録(?:ずくめ|尽くめ)"
    r"|(?:规模|規模)(?:创|創|为|為|は|が)|最大(?:规模|規模)|역대\s?최대\s?규모|신?기록\s?행진",
    re.IGNORECASE,
)


def claims_event_record(text: str) -> bool:
    """Whether `text` says the event as a whole set records ('Polarlys 2026 slo alle rekorder', 'A
    record year for the fair', '本届展会规模创历届新高') and claims no record of one figure besides
    ('Record year as deal announcements hit a record' claims the deals' too)."""
    if not _EVENT_WIDE.search(text):
        return False
    rest = _EVENT_WIDE.sub(" ", text)
    return not (_RECORD_ITSELF.search(rest) or _THAN_EVER.search(rest) or _NEVER_SO_MANY.search(rest))


#: What a clause that claims its record opens with: more, never, or the record's own word ('more
#: visitors than ever', 'flere besøkende enn noen gang', 'record footfall', 'Rekordbesuch').
_OPENS_CLAIM = re.compile(
    r"(?:more|flere|fler|meer|mehr|plus|más|più|mais|więcej|daha|never|aldri|aldrig|jamais|nunca"
    r"|nooit|nog nooit|noch nie|nigdy|record\w*|rekor\w*|récord\w*|recorde\w*)\b",
    re.IGNORECASE,
)


def opens_claim(clause: str) -> bool:
    """Whether `clause` opens with the words that claim its record: a title of its own ('More
    visitors than ever'), not a tail that leans on its sentence ('the most in the gala's history')."""
    return bool(_OPENS_CLAIM.match(clause.strip()))


#: Where a label's last clause begins: a comma, a dash, a parenthesis ('Visitatori professionali,
#: record del salone', 'Besucher (Rekord)', '来场观众（创历届新高）').
_CLAUSE_START = re.compile(r"\s*(?:,|，|、|\s[-–—]\s|\(|（)\s*")


def label_without_claim(label: str) -> str | None:
    """`label` without its last clause where that clause claims a record and the words before it
    claim none ('Visitatori professionali, record del salone' → 'Visitatori professionali',
    'Investimenti annunciati, record' → 'Investimenti annunciati'): the record is then said once,
    by the figure's badge (review RR2: 'record del salone' over 'RECORD'); None for any other label,
    one with no such clause or one that is its record's words ('Record attendance')."""
    starts = list(_CLAUSE_START.finditer(label))
    if not starts:
        return None
    last = starts[-1]
    head, clause = label[: last.start()].rstrip(), label[last.end() :].rstrip(" )）")
    if not head or not clause or claims_record(head) or not claims_record(clause):
        return None
    return head
