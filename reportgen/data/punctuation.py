"""The marks that join generated words, as the language sets them.

Where the code or a template joins list items ('AI, robotics'), a label and its value ('Exhibitors:
1,200'), a clause ('235,000, as of …') or ends a sentence, Chinese and Japanese use their own
full-width marks (、：，。) with no spaces, and French puts a no-break space before its colon. A
name already set in Chinese title marks (《中国人工智能发展报告》) is not quoted a second time.
Templates reach these as `punct.list`, `punct.pair`, `punct.clause`, `punct.stop` and the
`listing` and `quoted` filters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from babel import Locale, UnknownLocaleError

from reportgen.data.typography import marks
from reportgen.data.views import View


@dataclass(frozen=True)
class Punctuation(View):
    list: str = ", "  # between the items of a list
    pair: str = ": "  # between a label and its value
    clause: str = ", "  # before a clause that follows ('…, as of 2 pm')
    stop: str = "."  # at the end of a sentence the code or a template makes
    semicolon: str = "; "  # between facts of one line ('Deals: 1; Visits: 2')
    space: str = " "  # between two sentences (none in Chinese and Japanese)
    open: str = " ("  # an aside: ' (nearly USD 2.1 billion)', '（近21亿美元）'
    close: str = ")"
    unit: str = "\u00a0"  # between a number and its unit word set apart ('25\u00a0projects', '25个')
    credit: str = "\u2014\u00a0"  # before the one a quote is credited to: '— Zhang Wei', '——张为'
    # between the parts of a heading line ('Closing briefing · Expo'): Chinese sets its middle dot
    # (间隔号) with no spaces, Japanese its 中黒 ('閉幕報告・商談会'); elsewhere a no-break space before
    # the dot: a line may break after it, never before it ('… de 2026 / · Ribeirão Preto', review FF)
    separator: str = "\u00a0\u00b7 "
    # Words that open a sentence and take a small letter after a colon, where the language writes
    # one there (French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish): 'Le salon en chiffres : une
    # édition record'. A closed list (articles, determiners, numbers, adverbs), so a name that opens
    # the text ('Madrid acoge …') keeps its capital.
    _small_after_pair: frozenset[str] = field(default=frozenset(), repr=False)

    def listing(self, items: object) -> str:
        """The items joined as the language lists them: 'AI, robotics', 'AI、机器人'."""
        if isinstance(items, str) or not hasattr(items, "__iter__"):
            raise TypeError("listing joins a list of texts")
        return self.list.join(str(item) for item in items)  # type: ignore[attr-defined]

    def after_pair(self, text: object) -> str:
        """`text` as it reads after `pair`: its first word in a small letter where the language
        writes one after a colon and the word is not a name ('Fréquentation : le week-end …')."""
        value = str(text)
        word = _FIRST_WORD.match(value)
        if word and (word.group(1) in self._small_after_pair or word.group(0) in self._small_after_pair):
            return value[:1].lower() + value[1:]
        if self._small_after_pair and _common_list(value):  # 'Organizzatori, istituzioni e …'
            return value[:1].lower() + value[1:]
        return value

    def note_after_pair(self, text: str, proper: frozenset[str] = frozenset()) -> str:
        """A figure's note as it reads after its label's colon ('Sábado, 18 de julho: lotação
        esgotada.', review YY1 #6): its first word in a small letter where the language writes one
        after a colon, the word is capitalised only as a sentence's first word, and the event's
        texts do not write it as a name (`proper`: 'Ifema', 'Madrid'), in a note of one sentence;
        as written elsewhere."""
        word = _FIRST_WORD.match(text)
        if not self._small_after_pair or not word or re.search(r"[.!?;:]\s", text.strip()):
            return self.after_pair(text)  # several sentences ('2021: Adgangen var …. Markedet …')
        first = word.group(1)
        if first[:1].isupper() and first[1:] == first[1:].lower() and len(first) > 1 and first not in proper:
            return text[:1].lower() + text[1:]
        return text


_FIRST_WORD = re.compile(r"([^\W\d_]+)['\u2019]?")


def _common_list(text: str) -> bool:
    """Whether `text` opens with a list of common nouns: its first word capitalised, then a comma
    and a word in small letters ('Organizzatori, istituzioni e buyer …', 'Élus, chercheurs …'); a
    list of names writes the next with a capital too ('Verona, Milano e Roma')."""
    first, _, rest = text.partition(", ")
    after = rest.split(" ", 1)[0].rstrip(",")
    return bool(first.isalpha() and first[1:].islower() and after.isalpha() and after.islower())


_EAST_ASIAN = Punctuation(
    list="、",
    pair="：",
    clause="，",
    stop="。",
    semicolon="；",
    space="",
    open="（",
    close="）",
    unit="",
    credit="——",
    separator="\u00b7",
)
_JAPANESE = Punctuation(
    list="、",
    pair="：",
    clause="、",
    stop="。",
    semicolon="、",
    space="",
    open="（",
    close="）",
    unit="",
    credit="——",
    separator="\u30fb",
)


def _words(text: str) -> frozenset[str]:
    """The words, each with its apostrophe as typed and as set ("L'", 'L’')."""
    return frozenset(text.split()) | frozenset(text.replace("'", "\u2019").split())


_FRENCH = Punctuation(
    pair="\u00a0: ",
    semicolon="\u202f; ",
    _small_after_pair=_words(
        "Le La Les L' Un Une Des Du De D' Ce Cet Cette Ces Son Sa Ses Leur Leurs Plus Près Environ "
        "Moins Au Aux Tous Toutes Tout Toute Chaque Deux Trois Quatre Cinq Six Sept Huit Neuf Dix "
        "Onze Douze Quinze Vingt Trente Cent Mille Il Elle Ils Elles On Pour Avec Dans En Sur Par "
        "Après Avant Pendant Depuis Jusqu' Près Nouvelle Nouveau Record Jamais Aucun Aucune Personne Rien "
        "Grâce Malgré Selon Lors Ici Désormais Parmi Entre Presque Déjà Encore Toujours Ensuite Enfin "
        "Ainsi Outre Seul Seule Seuls Seules Certains Certaines Plusieurs Beaucoup Quelques Nombreux "
        "Nombreuses Autant Même "
        "À Côté Face Outre Aussi Mais Comme Sous Vers Sans Chez Auprès Aujourd'hui Moitié Onze "
        "Trente Quarante Cinquante Soixante"
    ),
)
_SPANISH = Punctuation(
    _small_after_pair=_words(
        "El La Los Las Un Una Unos Unas Este Esta Estos Estas Ese Esa Su Sus Más Casi Alrededor "
        "Menos Al Del Cada Todo Toda Todos Todas Dos Tres Cuatro Cinco Seis Siete Ocho Nueve Diez "
        "Veinte Cien Mil En Con Por Para Durante Desde Tras Nueva Nuevo Récord Nunca Ningún Ninguna "
        "Nadie Nada Gracias Pese Según Aquí Ya También Además Solo Sólo Varios Varias Muchos Muchas "
        "Algunos Algunas Pocos Incluso "
        "Junto Frente Entre Sobre Hasta Ante Bajo Como Pero Así Sin Hoy Mientras Cerca Tanto Mitad "
        "Once Doce Quince Treinta Cuarenta Cincuenta Sesenta Setenta Ochenta Noventa Doscientos"
    )
)
_ITALIAN = Punctuation(
    _small_after_pair=_words(
        "Il Lo La I Gli Le L' Un Uno Una Un' Questo Questa Questi Queste Suo Sua Suoi Sue Oltre "
        "Quasi Circa Meno Più Al Allo Alla Ai Agli Alle Del Dello Della Dei Degli Delle Ogni Tutto "
        "Tutta Tutti Tutte Due Tre Quattro Cinque Sei Sette Otto Nove Dieci Venti Cento Mille In Con "
        "Per Durante Dopo Nuova Nuovo Record Mai Nessun Nessuno Nessuna Niente Grazie Nonostante "
        "Secondo Qui Già Anche Inoltre Solo Soltanto Vari Varie Molti Molte Alcuni Alcune Pochi Persino "
        # prepositions, adverbs and numbers that open a summary (review BB: 'Paesi: Accanto alle …')
        "Accanto Dal Dallo Dalla Dai Dagli Dalle Nel Nello Nella Nei Negli Nelle Sul Sullo Sulla Sui "
        "Sugli Sulle Tra Fra Da Di Ad Ed Ma Come Rispetto Insieme Lungo Verso Entro Presso Fino Prima "
        "Oggi Ancora Sempre Ormai Finora Soprattutto Quest' Metà Undici Dodici Quindici Diciotto "
        "Trenta Quaranta Cinquanta Sessanta Settanta Ottanta Novanta Duecento Trecento"
    )
)
_PORTUGUESE = Punctuation(
    _small_after_pair=_words(
        "O A Os As Um Uma Uns Umas Este Esta Estes Estas Esse Essa Seu Sua Seus Suas Mais Quase "
        "Cerca Menos Ao À Aos Às Do Da Dos Das No Na Nos Nas Cada Todo Toda Todos Todas Dois Duas "
        "Três Quatro Cinco Seis Sete Oito Nove Dez Vinte Cem Mil Em Com Por Para Durante Após Nova "
        "Novo Recorde Nunca Nenhum Nenhuma Ninguém Nada Graças Apesar Segundo Aqui Já Também Além Só "
        "Apenas Vários Várias Muitos Muitas Alguns Algumas Poucos Até "
        "Desde Entre Sobre Sem Como Mas Junto Hoje Ainda Sempre Perto Metade Onze Doze Quinze Trinta "
        "Quarenta Cinquenta Sessenta"
    )
)
_DUTCH = Punctuation(
    _small_after_pair=_words(
        "De Het Een Dit Deze Dat Die Zijn Haar Hun Meer Bijna Circa Ruim Minder Ongeveer Elke Alle "
        "Twee Drie Vier Vijf Zes Zeven Acht Negen Tien Twintig Honderd Duizend In Met Op Voor "
        "Tijdens Na Sinds Er Nieuw Nieuwe Record Nooit Geen Niemand Niets Dankzij Ondanks Volgens Hier "
        "Nu Al Ook Nog Bovendien Daarnaast Verder Enkele Sommige Veel Vele Weinig Meerdere Alleen "
        "Slechts Zelfs"
    )
)
_POLISH = Punctuation(
    _small_after_pair=_words(
        "Ten Ta To Te Ci Jego Jej Ich Więcej Mniej Ponad Prawie Około Blisko Niemal Każdy Każda "
        "Każde Wszyscy Wszystkie Dwa Dwie Trzy Cztery Pięć Sześć Siedem Osiem Dziewięć Dziesięć Sto "
        "Tysiąc W We Z Ze Na Po Dla Podczas Przez Od Do Nowy Nowa Nowe Rekordowy Rekordowa "
        "Rekordowe Rekord Nigdy Żaden Żadna Żadne Nikt Nic Dzięki Mimo Według Tu Tutaj Już Także "
        "Również Ponadto Tylko Jedynie Kilka Kilku Wiele Wielu Niektóre Niektórzy Nawet"
    )
)
_SWEDISH = Punctuation(
    _small_after_pair=_words(
        "En Ett Den Det De Denna Detta Dessa Hans Hennes Deras Fler Flera Mer Mindre Drygt Nästan "
        "Cirka Omkring Varje Alla Två Tre Fyra Fem Sex Sju Åtta Nio Tio Hundra Tusen I Med På För "
        "Under Efter Sedan Ny Nytt Nya Rekord Rekordmånga Aldrig Ingen Inget Inga Ingenting Trots "
        "Enligt Här Redan Också Dessutom Bara Endast Några Många Få Även"
    )
)
_DANISH = Punctuation(
    _small_after_pair=_words(
        "En Et Den Det De Denne Dette Disse Hendes Deres Flere Mere Mindre Knap Næsten Cirka "
        "Omkring Hver Alle To Tre Fire Fem Seks Syv Otte Ni Ti Hundrede Tusind I Med På For Under "
        "Efter Siden Ny Nyt Nye Rekord Aldrig Ingen Intet Ingenting Trods Ifølge Her Allerede Også "
        "Desuden Kun Nogle Mange Få Selv"
    )
)
_NORWEGIAN = Punctuation(
    _small_after_pair=_words(
        "En Ei Et Den Det De Denne Dette Disse Hennes Deres Flere Mer Mindre Nesten Cirka "
        "Omkring Over Hver Alle To Tre Fire Fem Seks Sju Syv Åtte Ni Ti Hundre Tusen I Med På For "
        "Under Etter Siden Ny Nytt Nye Rekord Aldri Ingen Intet Ingenting Tross Ifølge Her Allerede "
        "Også Dessuten Bare Kun Noen Mange Få Selv"
    )
)
#: Korean sets ASCII marks with spaces, as English does, and a counter straight after its digits
#: ('1,400곳 이상'), as Chinese and Japanese do (after 만 and 억 a space: phrases.py, `unit_gap`).
_KOREAN = Punctuation(unit="")
_BY_LANGUAGE = {"zh": _EAST_ASIAN, "ja": _JAPANESE, "fr": _FRENCH, "ko": _KOREAN}
_BY_LANGUAGE |= {"es": _SPANISH, "it": _ITALIAN, "pt": _PORTUGUESE, "nl": _DUTCH}
_BY_LANGUAGE |= {"pl": _POLISH, "sv": _SWEDISH, "da": _DANISH, "nb": _NORWEGIAN}
#: Marks that already enclose a name: it is not quoted again.
_ENCLOSED = (("《", "》"), ("“", "”"), ("「", "」"), ("『", "』"), ("«", "»"), ("„", "“"), ("„", "”"))
_ENCLOSED += (("”", "”"), ('"', '"'))  # Polish „…”, Swedish ”…”


@cache
def punctuation(locale: str) -> Punctuation:
    try:
        language = Locale.parse(locale).language
    except (ValueError, UnknownLocaleError):
        language = "en"
    return _BY_LANGUAGE.get(language, Punctuation())


def quoted(text: object, locale: str, kind: str = "name") -> str:
    """A name in the language's quotation marks ('“Walk hand in hand”', '„…“', '「…」'), unless it
    is already enclosed in title marks or quotes ('《中国人工智能发展报告》' stays as it is). A
    `kind="work"` (a report, an article: a source's title) takes Chinese title marks 《》."""
    if kind not in ("name", "work"):
        raise ValueError("quoted takes 'name' or 'work'")
    value = str(text).strip()
    if any(len(value) > 1 and value.startswith(a) and value.endswith(b) for a, b in _ENCLOSED):
        return value
    d_open, d_close, s_open, s_close = marks(locale)
    if kind == "work" and locale.split("_")[0].lower() == "zh":
        d_open, d_close = "《", "》"
    else:
        # quotation marks inside the quotation become the language's inner ones, whichever marks
        # the text had: 「…『なぜ』…」, “… ‘why’ …”, « … “La Dernière Crue” », never
        # 「…「なぜ」…」 nor « … « La Dernière Crue » » (a French source title in a French deck)
        if d_open != d_close and d_open in value and d_close in value:
            value = value.replace(d_open, s_open).replace(d_close, s_close)
        value = _inner(value, s_open, s_close)
    return f"{d_open}{value}{d_close}"


#: Western quotation marks a text may hold, opening and closing, German's „…“ before English's
#: “…” (its closing mark is English's opening one), straight quotes last. Corner brackets are
#: turned only inside corner brackets (above): 「好」 stays as written inside Chinese “…”.
_INNER_PAIRS = (("„", "“"), ("„", "”"), ("«", "»"), ("“", "”"), ("”", "”"), ('"', '"'))
_INNER = re.compile(
    "|".join(
        f"{re.escape(a)}[\\s\u00a0\u202f]*([^{re.escape(a + b)}]+?)[\\s\u00a0\u202f]*{re.escape(b)}"
        for a, b in _INNER_PAIRS
    )
)


def _inner(value: str, s_open: str, s_close: str) -> str:
    """`value` with each quotation inside it in the inner marks `s_open`…`s_close`, without the
    spaces French guillemets keep inside ('« La Crue »' → '‘La Crue’')."""
    return _INNER.sub(lambda m: s_open + next(g for g in m.groups() if g is not None) + s_close, value)
