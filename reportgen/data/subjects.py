"""A sum or a measure as a sentence in German, French, Spanish, Italian, Portuguese, Polish,
Swedish, Danish, Norwegian and Turkish (issue 19):
"Die Ausstellungsfläche betrug 128.000 m²", "Le volume d’affaires s’est élevé à près de 15 milliards
d’euros", "La superficie de exposición fue de 95.000 m²", "La quota di visitatori esteri è stata
del 6,7%", "Os negócios gerados na feira somaram quase 4,7 bilhões de reais".

The label becomes the sentence's subject, so it needs its article, and in French and Italian the
verb agrees with it; the data gives neither gender nor number. Both come from the label's head
noun, looked up in a small lexicon per language of the nouns that name an amount, a size or a
rate ('volume', 'superficie', 'Anteil', 'negócios'): the first word in the Romance languages
('Volume d’affaires', 'Superficie expositiva'), the last part of the first word's compound in
German ('Ausstellungs|fläche'), where an adjective before it takes its ending after the article
('Zugesagte Mittel' → 'Die zugesagten Mittel'). A label whose head is not listed, or that does
not read as one noun phrase (two nouns joined by 'et'; a name: 'Elektrolysepark Bitterfeld'),
gets no sentence here: `sentences.figure` keeps "Label: value" and `validate` asks for
`sentence:`, which stays the file's way to say anything else.

The verbs are the catalogue's (`NC_` entries with the subject's gender and number as context),
past tense, as a report on a finished event writes them; the value is printed as it is, its
qualifier included ('rund', 'près de', 'casi').
"""

from __future__ import annotations

import re
from typing import Protocol

from reportgen.data.messages import NC_, pgettext
from reportgen.data.model import MEASURES

#: Each language's nouns of an amount, a size or a rate, with the article they take as a subject and
#: their gender and number ('ms', 'fs', 'mp', 'fp'; German neuter is 'ns', its verb a masculine's).
#: Romance: the label's first word. German: the last part of the first word's compound.
_LEXICON: dict[str, dict[str, tuple[str, str]]] = {
    "de": {
        **dict.fromkeys(("fläche", "summe", "quote", "höhe", "menge", "spende"), ("Die", "fs")),
        **dict.fromkeys(
            ("anteil", "umsatz", "rahmen", "wert", "preis", "betrag", "erlös", "zuwachs", "gewinn",
             "etat", "zuschuss", "ertrag", "verlust", "rückgang", "anstieg", "durchschnitt"),
            ("Der", "ms"),
        ),
        **dict.fromkeys(
            ("budget", "volumen", "geld", "kapital", "wachstum", "gewicht", "defizit", "vermögen",
             "einkommen", "honorar", "entgelt"),
            ("Das", "ns"),
        ),
        **dict.fromkeys(
            ("zusagen", "abschlüsse", "einnahmen", "ausgaben", "investitionen", "kosten", "mittel",
             "umsätze", "erlöse", "spenden", "aufträge", "gelder", "zuschüsse", "erträge", "gewinne",
             "gebühren", "bestellungen", "zahlungen", "förderungen", "buchungen"),
            ("Die", "mp"),
        ),
        **dict.fromkeys(
            ("steigerung", "zunahme", "förderung", "finanzierung", "investition", "zahlung",
             "ausschüttung", "dotierung", "auslastung"),
            ("Die", "fs"),
        ),
    },
    "fr": {
        **dict.fromkeys(("volume", "chiffre", "montant", "budget", "coût", "prix", "panier", "taux",
                         "bénéfice", "total", "solde", "tarif"), ("Le", "ms")),
        **dict.fromkeys(("investissement", "encours", "impact"), ("L’", "ms")),
        **dict.fromkeys(("surface", "superficie", "hausse", "baisse", "croissance", "progression",
                         "part", "proportion", "valeur", "dotation", "température", "distance",
                         "durée", "longueur", "puissance", "capacité", "moyenne", "somme",
                         "contribution"), ("La", "fs")),
        **dict.fromkeys(("augmentation", "enveloppe", "aide"), ("L’", "fs")),
        **dict.fromkeys(("investissements", "engagements", "dons", "revenus", "achats", "bénéfices",
                         "gains", "financements", "contrats"), ("Les", "mp")),
        **dict.fromkeys(("retombées", "recettes", "ventes", "dépenses", "commandes", "subventions",
                         "aides", "exportations", "transactions", "promesses"), ("Les", "fp")),
    },
    "es": {
        **dict.fromkeys(("volumen", "aumento", "crecimiento", "incremento", "precio", "presupuesto",
                         "importe", "monto", "valor", "coste", "costo", "porcentaje", "total",
                         "gasto", "saldo", "premio", "aporte", "impacto"), ("El", "ms")),
        "área": ("El", "fs"),  # feminine, but 'el' before a stressed a
        **dict.fromkeys(("superficie", "inversión", "facturación", "cifra", "cuota", "proporción",
                         "tasa", "participación", "distancia", "duración", "capacidad", "temperatura",
                         "recaudación", "bolsa", "dotación", "subida", "caída", "contribución"),
                        ("La", "fs")),
        **dict.fromkeys(("negocios", "pedidos", "ingresos", "compromisos", "contratos", "acuerdos",
                         "gastos", "fondos", "premios"), ("Los", "mp")),
        **dict.fromkeys(("ventas", "ayudas", "parcelas", "inversiones", "subvenciones", "donaciones",
                         "exportaciones", "ganancias", "compras", "operaciones"), ("Las", "fp")),
    },
    "it": {
        **dict.fromkeys(("volume", "fatturato", "giro", "valore", "budget", "bilancio", "prezzo",
                         "costo", "tasso", "totale", "montepremi", "premio", "contributo"), ("Il", "ms")),
        **dict.fromkeys(("investimento", "aumento", "incremento", "importo", "ammontare", "impatto"),
                        ("L’", "ms")),
        **dict.fromkeys(("superficie", "quota", "crescita", "percentuale", "spesa", "distanza",
                         "durata", "capacità", "temperatura", "raccolta", "dotazione", "somma",
                         "ricaduta"), ("La", "fs")),
        **dict.fromkeys(("area", "estensione"), ("L’", "fs")),
        **dict.fromkeys(("ricavi", "contratti", "finanziamenti", "premi"), ("I", "mp")),
        **dict.fromkeys(("ordini", "affari", "investimenti", "incassi", "acquisti"), ("Gli", "mp")),
        **dict.fromkeys(("vendite", "spese", "commesse", "esportazioni", "donazioni"), ("Le", "fp")),
    },
    "pt": {
        **dict.fromkeys(("volume", "crescimento", "aumento", "orçamento", "valor", "faturamento",
                         "investimento", "preço", "custo", "total", "saldo", "prémio", "prêmio"),
                        ("O", "ms")),
        **dict.fromkeys(("área", "participação", "percentagem", "porcentagem", "quota", "taxa",
                         "faturação", "receita", "superfície", "distância", "duração", "capacidade",
                         "temperatura", "subida", "queda"), ("A", "fs")),
        **dict.fromkeys(("negócios", "contratos", "investimentos", "pedidos", "apoios", "acordos",
                         "gastos"), ("Os", "mp")),
        **dict.fromkeys(("vendas", "encomendas", "receitas", "exportações", "compras", "doações",
                         "transações"), ("As", "fp")),
    },
    # Polish has no article: the label is the subject as written, and the verb agrees with its
    # first word ('Powierzchnia wystawiennicza wyniosła', 'Wzrost … wyniósł', 'Obroty wyniosły');
    # no neuter noun ('Dofinansowanie wyniosło'), which the catalogue's contexts do not tell apart.
    "pl": {
        **dict.fromkeys(("powierzchnia", "wartość", "kwota", "suma", "średnia", "cena", "sprzedaż",
                         "frekwencja", "pula", "stopa", "długość", "odległość", "pojemność", "moc",
                         "nadwyżka", "strata", "inwestycja", "dotacja", "nagroda", "opłata",
                         "dynamika"), ("", "fs")),
        **dict.fromkeys(("wzrost", "spadek", "obrót", "budżet", "przychód", "dochód", "zysk", "udział",
                         "koszt", "wynik", "eksport", "import", "odsetek", "fundusz", "deficyt",
                         "przyrost", "czas"), ("", "ms")),
        **dict.fromkeys(("obroty", "przychody", "wpływy", "koszty", "nakłady", "inwestycje",
                         "wydatki", "zyski", "dochody", "zamówienia"), ("", "mp")),
    },
    # Swedish writes the definite article as the noun's ending ('Omsättningen uppgick till',
    # 'Andelen besökare från utlandet var'): the first word's definite form, from this lexicon.
    "sv": {
        **{noun: (definite, "ms") for noun, definite in (
            ("omsättning", "Omsättningen"), ("budget", "Budgeten"), ("andel", "Andelen"),
            ("yta", "Ytan"), ("prissumma", "Prissumman"), ("biljettpris", "Biljettpriset"),
            ("försäljning", "Försäljningen"), ("kostnad", "Kostnaden"), ("ökning", "Ökningen"),
            ("minskning", "Minskningen"), ("tillväxt", "Tillväxten"), ("vinst", "Vinsten"),
            ("insamling", "Insamlingen"), ("investering", "Investeringen"), ("intäkt", "Intäkten"),
            ("prispott", "Prispotten"), ("sträcka", "Sträckan"), ("distans", "Distansen"),
            ("kapacitet", "Kapaciteten"), ("area", "Arean"), ("beläggning", "Beläggningen"),
        )},
        **{noun: (definite, "mp") for noun, definite in (
            ("intäkter", "Intäkterna"), ("kostnader", "Kostnaderna"), ("investeringar", "Investeringarna"),
            ("biljettintäkter", "Biljettintäkterna"), ("sponsorintäkter", "Sponsorintäkterna"),
        )},
    },
    # Danish and Norwegian, as Swedish: 'Omsætningen beløb sig til', 'Andelen var', 'Inntektene'.
    "da": {
        **{noun: (definite, "ms") for noun, definite in (
            ("omsætning", "Omsætningen"), ("budget", "Budgettet"), ("andel", "Andelen"),
            ("areal", "Arealet"), ("præmiesum", "Præmiesummen"), ("billetpris", "Billetprisen"),
            ("salg", "Salget"), ("omkostning", "Omkostningen"), ("stigning", "Stigningen"),
            ("fald", "Faldet"), ("vækst", "Væksten"), ("overskud", "Overskuddet"),
            ("indsamling", "Indsamlingen"), ("investering", "Investeringen"), ("indtægt", "Indtægten"),
            ("ordreværdi", "Ordreværdien"), ("distance", "Distancen"), ("kapacitet", "Kapaciteten"),
            ("belægning", "Belægningen"), ("eksport", "Eksporten"), ("værdi", "Værdien"),
        )},
        **{noun: (definite, "mp") for noun, definite in (
            ("indtægter", "Indtægterne"), ("omkostninger", "Omkostningerne"),
            ("investeringer", "Investeringerne"), ("billetindtægter", "Billetindtægterne"),
            ("sponsorindtægter", "Sponsorindtægterne"), ("ordrer", "Ordrerne"),
        )},
    },
    "nb": {
        **{noun: (definite, "ms") for noun, definite in (
            ("omsetning", "Omsetningen"), ("budsjett", "Budsjettet"), ("andel", "Andelen"),
            ("areal", "Arealet"), ("premiesum", "Premiesummen"), ("billettpris", "Billettprisen"),
            ("salg", "Salget"), ("kostnad", "Kostnaden"), ("økning", "Økningen"),
            ("nedgang", "Nedgangen"), ("vekst", "Veksten"), ("overskudd", "Overskuddet"),
            ("innsamling", "Innsamlingen"), ("investering", "Investeringen"), ("inntekt", "Inntekten"),
            ("ordreverdi", "Ordreverdien"), ("distanse", "Distansen"), ("kapasitet", "Kapasiteten"),
            ("belegg", "Belegget"), ("eksport", "Eksporten"), ("verdi", "Verdien"),
        )},
        **{noun: (definite, "mp") for noun, definite in (
            ("inntekter", "Inntektene"), ("kostnader", "Kostnadene"),
            ("investeringer", "Investeringene"), ("billettinntekter", "Billettinntektene"),
            ("sponsorinntekter", "Sponsorinntektene"), ("ordrer", "Ordrene"),
        )},
    },
    # Turkish: the head noun ends the label, in a compound's form ('Sergi alanı', 'Ödül fonu',
    # 'Yabancı katılımcıların payı'); the label is the subject as written, the verb after the value
    # ('Ödül fonu 2,5 milyon TL oldu')
    "tr": {
        **{noun: ("", "ms") for noun in (
            "alan", "alanı", "fon", "fonu", "değer", "değeri", "tutar", "tutarı", "hacim", "hacmi",
            "gelir", "geliri", "bütçe", "bütçesi", "pay", "payı", "oran", "oranı", "yatırım",
            "yatırımı", "ciro", "cirosu", "bedel", "bedeli", "ücret", "ücreti", "fiyat", "fiyatı",
            "mesafe", "mesafesi", "kapasite", "kapasitesi", "büyüklük", "büyüklüğü", "artış",
            "artışı", "büyüme", "kâr", "kârı", "ihracat", "ihracatı", "hasılat", "hasılatı",
        )},
        **{noun: ("", "mp") for noun in (
            "gelirler", "gelirleri", "satışlar", "satışları", "yatırımlar", "yatırımları",
            "harcamalar", "harcamaları", "siparişler", "siparişleri",
        )},
    },
}  # fmt: skip

#: The sentences, by what the figure is and its subject's gender and number.
_SUM = {
    "ms": NC_(
        "figure sentence: a sum of money; subject masculine singular", "%(subject)s amounted to %(value)s"
    ),
    "fs": NC_(
        "figure sentence: a sum of money; subject feminine singular", "%(subject)s amounted to %(value)s"
    ),
    "mp": NC_(
        "figure sentence: a sum of money; subject masculine plural", "%(subject)s amounted to %(value)s"
    ),
    "fp": NC_(
        "figure sentence: a sum of money; subject feminine plural", "%(subject)s amounted to %(value)s"
    ),
}
_MEASURE = {
    "ms": NC_("figure sentence: a measure; subject masculine singular", "%(subject)s stood at %(value)s"),
    "fs": NC_("figure sentence: a measure; subject feminine singular", "%(subject)s stood at %(value)s"),
    "mp": NC_("figure sentence: a measure; subject masculine plural", "%(subject)s stood at %(value)s"),
    "fp": NC_("figure sentence: a measure; subject feminine plural", "%(subject)s stood at %(value)s"),
}
#: A percentage: Spanish and Italian say 'del 6,7 %', with the article a qualifier would displace.
_SHARE = {
    "ms": NC_("figure sentence: a percentage; subject masculine singular", "%(subject)s stood at %(value)s"),
    "fs": NC_("figure sentence: a percentage; subject feminine singular", "%(subject)s stood at %(value)s"),
}

#: Units of measure written out in these languages (MEASURES has the symbols and English words).
_MEASURE_WORDS = frozenset((
    "hektar", "quadratmeter", "kilometer", "tonnen", "stunden", "tage", "prozent",
    "hectares", "mètres carrés", "kilomètres", "tonnes", "heures", "jours", "pour cent",
    "hectáreas", "metros cuadrados", "kilómetros", "toneladas", "horas", "días", "por ciento",
    "ettari", "metri quadrati", "chilometri", "tonnellate", "ore", "giorni", "per cento",
    "metros quadrados", "quilómetros", "quilômetros", "dias", "por cento",
    "hektarów", "metrów kwadratowych", "kilometrów", "ton", "godzin", "dni", "procent",
    "kvadratmeter", "timmar", "dagar",
))  # fmt: skip
_PERCENT = frozenset(
    ("%", "percent", "per cent", "prozent", "pour cent", "por ciento", "per cento", "por cento", "procent")
)
#: Words that join two nouns: a label with one after its head has two subjects.
_AND = frozenset(
    ("et", "ou", "y", "e", "o", "ou", "und", "oder", "sowie", "&", "i", "oraz", "lub", "och", "eller")
)
_LABEL = re.compile(r"[^\W\d_][\w’'\- ,.]*")


class Measured(Protocol):
    """What a sentence here reads of a figure (a FigureView)."""

    label: str
    unit: str | None
    currency: str | None
    qualifier: str

    @property
    def value_text(self) -> str: ...


def measured(unit: str | None, currency: str | None) -> bool:
    """Money, or a measure (m², ha, %, km/h), not a counted noun ('runners', 'éditeurs')."""
    shown = (unit or "").strip().lower()
    return (
        bool(currency)
        or shown in MEASURES
        or shown in _MEASURE_WORDS
        or bool(re.fullmatch(r"[^\W\d]+/[^\W\d]+", shown))
    )


def subject(label: str, lang: str) -> tuple[str, str] | None:
    """The label as a sentence's subject with its article ('Die Ausstellungsfläche', 'L’area
    espositiva') and its gender and number, or None where either is not sure."""
    lexicon = _LEXICON.get(lang)
    label = label.strip()
    if not lexicon or not _LABEL.fullmatch(label):
        return None
    words = label.split()
    first = words[0]
    if not (first[:1].isupper() and first[1:] == first[1:].lower() and first.replace("-", "").isalpha()):
        return None  # an initialism, a name in capitals, or an article already ('L’area')
    if len(words) > 1 and words[1].lower() in _AND:
        return None
    if lang == "de":
        return _german(words, lexicon)
    if lang == "tr":  # the head noun ends the label: the label as written
        found = lexicon.get(words[-1].casefold())
        return (label, found[1]) if found else None
    entry = lexicon.get(first.casefold())
    if entry is None:
        return None
    article, kind = entry
    if lang == "pl":  # no article: the label as written
        return label, kind
    if lang in ("sv", "da", "nb"):  # the definite form in place of the first word
        return article + label[len(first) :], kind
    words_after = first[:1].lower() + first[1:] + label[len(first) :]
    if article.endswith("’"):
        apostrophe = "'" if "'" in label and "’" not in label else "’"
        return f"{article[:-1]}{apostrophe}{words_after}", kind
    return f"{article} {words_after}", kind


#: A German adjective's endings without an article (strong), by the noun's gender and number, and
#: after 'der', 'die', 'das' (weak): 'Neuer Fonds' → 'Der neue Fonds', 'Zugesagte Mittel' → 'Die
#: zugesagten Mittel'.
_STRONG = {"ms": "er", "fs": "e", "ns": "es", "mp": "e"}
_WEAK = {"ms": "e", "fs": "e", "ns": "e", "mp": "en"}
#: How a German adjective's stem ends (a participle, '-lich', '-ig', '-isch', 'neu'), so that a
#: noun before a noun ('Messe Frankfurt') is not read as one.
_DE_ADJECTIVE = re.compile(r"(?:t|lich|ig|isch|en|neu|bar|sam|haft|los|voll)$")


def _german(words: list[str], lexicon: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """'Die Ausstellungsfläche', 'Der Anteil internationaler Besucher', 'Die zugesagten Mittel
    insgesamt': the head noun's compound ending gives the article; an adjective before it (in its
    ending without an article, which must agree) takes the ending it has after one."""
    adjective = ""
    if len(words) > 1 and words[1][:1].isupper():  # 'Neuer Wachstumsfonds', or a name
        if len(words) > 2 and not words[2][:1].islower():
            return None
        adjective, words = words[0], words[1:]
        if not words[0].replace("-", "").isalpha():
            return None
    head = words[0].casefold()
    found = [ending for ending in lexicon if head.endswith(ending)]
    if not found:
        return None
    article, kind = lexicon[max(found, key=len)]
    if adjective:
        strong = _STRONG[kind]
        stem = adjective.lower()[: -len(strong)]
        if not adjective.lower().endswith(strong) or not _DE_ADJECTIVE.search(stem):
            return None
        words = [stem + _WEAK[kind], *words]
    return f"{article} {' '.join(words)}", "ms" if kind == "ns" else kind


#: The languages whose catalogue's sentence ends with its verb after the value ('… oldu').
_VERB_LAST = ("tr",)


def sentence(fig: Measured, lang: str, locale: str) -> tuple[str, str, str] | None:
    """The sentence's lead (subject and verb), its value and what follows it for a sum or a
    measure: ('Die Ausstellungsfläche betrug ', '128.000 m²', ''), ('Ödül fonu ', '2,5 milyon TL',
    ' oldu'); None where the subject is not sure, where a
    qualified percentage would need an article after its qualifier ('casi el 6,7 %'), where the
    subject is a plural's share, or where the verb's preposition meets 'up to' ('à jusqu’à')."""
    unit, currency = (fig.unit or "").strip().lower(), fig.currency
    if not measured(unit, currency):
        return None
    found = subject(fig.label, lang)
    if found is None:
        return None
    words, kind = found
    if fig.qualifier == "up to" and lang in ("fr", "it", "pl", "sv", "da", "nb", "tr"):
        return None  # 's’est élevé à jusqu’à', 'è stato di fino a', 'wyniosła do', 'uppgick till upp till'
    if currency:
        entry = _SUM[kind]
    elif unit in _PERCENT:
        if kind not in _SHARE or (fig.qualifier != "exactly" and lang in ("es", "it")):
            return None  # a plural's share ('Las ventas sumaron 30 %'), 'fue del casi 6,7 %'
        entry = _SHARE[kind]
    else:
        entry = _MEASURE[kind]
    pattern = pgettext(locale, entry)
    lead, marker, after = pattern.partition("%(value)s")
    if not marker or (after.strip() and lang not in _VERB_LAST) or "%(subject)s" not in lead:
        return None  # a catalogue's entry that does not end with the value
    lead = lead.replace("%(subject)s", words)
    value = fig.value_text
    if lang == "fr" and lead.endswith(" de ") and re.match(r"[aeiouyàâéèêîôûh]", value, re.IGNORECASE):
        lead = lead[:-3] + "d’"  # 'était d’environ 58 %'
    return lead, value, after.rstrip()
