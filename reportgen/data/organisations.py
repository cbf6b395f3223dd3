"""The nouns that name a body (a ministry, a university, a bank), so that a person's title naming
where they work is not read as a second job.

`sentences._titles` joins a person's titles with the language's "and" where each is a role with
a link word ('Member of the Standing Committee … and Vice Mayor of Shanghai'). A title that names
the body itself holds a link word too ('Gauteng Department of Education', 'University of the
Witwatersrand', 'Ministerio de Cultura'): joined with "and", it read as another post ('…Reading
Support and Gauteng Department of Education, pledged…': review X). A title whose word before its
first link word is one of these nouns names a body; an allow-list per language, so a title it
does not know is read as it was.
"""

from __future__ import annotations

#: Per language: nouns that name a body, in small letters.
_BODIES: dict[str, frozenset[str]] = {
    "en": frozenset((
        "department", "ministry", "government", "university", "college", "school", "academy",
        "institute", "institution", "council", "commission", "bank", "trust", "foundation",
        "agency", "authority", "office", "bureau", "chamber", "city", "municipality", "province",
        "state", "corporation", "company", "association", "federation", "union", "society",
        "museum", "library", "hospital", "centre", "center", "embassy", "consulate", "parliament",
        "senate", "court", "service", "group", "secretariat", "directorate", "administration",
    )),
    "de": frozenset((
        "ministerium", "bundesministerium", "staatsministerium", "universität", "hochschule",
        "stadt", "gemeinde", "kammer", "verband", "stiftung", "bank", "amt", "behörde", "institut",
        "regierung", "landesregierung", "museum", "akademie", "kanton", "senat", "verwaltung",
    )),
    "fr": frozenset((
        "ministère", "université", "ville", "conseil", "chambre", "banque", "fondation",
        "institut", "agence", "office", "commission", "gouvernement", "région", "département",
        "mairie", "musée", "école", "centre", "association", "fédération", "canton", "direction",
    )),
    "es": frozenset((
        "ministerio", "universidad", "gobierno", "ayuntamiento", "cámara", "banco", "fundación",
        "instituto", "agencia", "consejo", "comisión", "secretaría", "alcaldía", "museo",
        "asociación", "federación", "departamento", "gobernación", "dirección",
    )),
    "it": frozenset((
        "ministero", "università", "comune", "regione", "provincia", "camera", "banca",
        "fondazione", "istituto", "agenzia", "consiglio", "commissione", "governo", "museo",
        "associazione", "federazione", "dipartimento", "cantone", "direzione",
    )),
    "pt": frozenset((
        "ministério", "universidade", "governo", "prefeitura", "câmara", "banco", "fundação",
        "instituto", "agência", "conselho", "comissão", "secretaria", "museu", "associação",
        "federação", "departamento", "direção",
    )),
    "nl": frozenset((
        "ministerie", "universiteit", "gemeente", "provincie", "kamer", "bank", "stichting",
        "instituut", "agentschap", "raad", "commissie", "regering", "museum", "vereniging",
        "federatie", "departement", "hogeschool",
    )),
    "sv": frozenset((
        "departement", "universitet", "kommun", "region", "stiftelse", "myndighet", "regering",
        "förbund", "förening", "museum", "högskola", "institut", "kammare", "bank",
    )),
    "da": frozenset((
        "ministerium", "universitet", "kommune", "region", "fond", "styrelse", "regering",
        "forbund", "forening", "museum", "højskole", "institut", "kammer", "bank", "råd",
        "akademi", "akademiet", "rådet", "fonden",
    )),
    "nb": frozenset((
        "departement", "universitet", "kommune", "fylke", "stiftelse", "direktorat", "regjering",
        "forbund", "forening", "museum", "høgskole", "høyskole", "institutt", "bank", "råd",
        "akademi", "rådet", "stiftelsen",
    )),
    "pl": frozenset((
        "ministerstwo", "uniwersytet", "urząd", "miasto", "fundacja", "instytut", "agencja",
        "rada", "komisja", "rząd", "muzeum", "stowarzyszenie", "związek", "izba", "bank",
        "politechnika", "akademia", "gmina", "województwo",
    )),
}  # fmt: skip


def names_a_body(words: list[str], links: tuple[str, ...], lang: str) -> bool:
    """Whether a title (its `words`) names a body: the word before its first link word
    ('Department' of 'Gauteng Department of Education') is one of the language's body nouns."""
    bodies = _BODIES.get(lang, frozenset())
    at = next((i for i, w in enumerate(words) if i and w in links), None)
    return at is not None and words[at - 1].strip(",.;:").casefold() in bodies
