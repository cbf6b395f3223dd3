"""The role nouns that open a person's title, in languages that write titles in small letters
after a name (Dutch, French, Spanish, Italian, Portuguese, Polish, Swedish): 'Esther Wolters,
directeur Stichting Noordelijke Ontwerpweek, sloot …', 'Claire Dubois, directeur général, a ouvert
…', 'Anna Kowalska, dyrektor targów, otworzyła …'.

`sentences._lower_first` keeps the capital of a title whose next word has one ('Directeur
Stichting …' could open a name, as 'Rijksmuseum Twenthe' does); a role noun from these lists is
no name, so it takes its small letter whatever follows. An allow-list: a title it does not know
keeps the rule it had. German writes nouns with a capital and is not here; nor is English, whose
house styles differ.
"""

from __future__ import annotations

#: Nouns that open a title and are written in small letters after a name, even before a name of
#: their own ('Esther Wolters, directeur Stichting Noordelijke Ontwerpweek', 'wethouder Economie en
#: Cultuur'): an allow-list, so a title that opens with a name ('Rijksmuseum', 'Gemeente Zwolle')
#: keeps its capital where `_lower_first` cannot tell.
_ROLE_NOUNS: dict[str, frozenset[str]] = {
    "nl": frozenset((
        "directeur", "directrice", "voorzitter", "wethouder", "burgemeester", "minister",
        "staatssecretaris", "gedeputeerde", "commissaris", "hoogleraar", "oprichter", "oprichtster",
        "medeoprichter", "curator", "conservator", "secretaris", "penningmeester", "woordvoerder",
        "woordvoerster", "hoofd", "projectleider", "coördinator", "organisator", "bestuurder",
        "bestuurslid", "juryvoorzitter", "algemeen", "artistiek", "zakelijk", "adjunct-directeur",
        "programmadirecteur",
    )),
    "fr": frozenset((
        "directeur", "directrice", "président", "présidente", "vice-président", "vice-présidente",
        "ministre", "maire", "adjoint", "adjointe", "fondateur", "fondatrice", "cofondateur",
        "cofondatrice", "commissaire", "délégué", "déléguée", "secrétaire", "responsable", "chef",
        "conseiller", "conseillère", "préfet", "préfète", "professeur", "professeure",
        "conservateur", "conservatrice", "administrateur", "administratrice", "gérant", "gérante",
        "coordinateur", "coordinatrice", "porte-parole", "trésorier", "trésorière", "rédacteur",
        "rédactrice",
    )),
    "es": frozenset((
        "director", "directora", "presidente", "presidenta", "vicepresidente", "vicepresidenta",
        "ministro", "ministra", "alcalde", "alcaldesa", "consejero", "consejera", "fundador",
        "fundadora", "cofundador", "cofundadora", "secretario", "secretaria", "responsable", "jefe",
        "jefa", "gerente", "coordinador", "coordinadora", "comisario", "comisaria", "portavoz",
        "delegado", "delegada", "concejal", "concejala", "rector", "rectora", "profesor",
        "profesora", "tesorero", "tesorera",
    )),
    "it": frozenset((
        "direttore", "direttrice", "presidente", "presidentessa", "vicepresidente", "ministro",
        "ministra", "sindaco", "sindaca", "assessore", "assessora", "fondatore", "fondatrice",
        "cofondatore", "cofondatrice", "segretario", "segretaria", "responsabile", "capo",
        "amministratore", "amministratrice", "coordinatore", "coordinatrice", "commissario",
        "commissaria", "portavoce", "delegato", "delegata", "rettore", "rettrice", "professore",
        "professoressa", "curatore", "curatrice", "consigliere", "consigliera",
    )),
    "pt": frozenset((
        "diretor", "diretora", "director", "directora", "presidente", "presidenta",
        "vice-presidente", "ministro", "ministra", "prefeito", "prefeita", "secretário",
        "secretária", "fundador", "fundadora", "cofundador", "cofundadora", "responsável", "chefe",
        "gerente", "coordenador", "coordenadora", "comissário", "comissária", "porta-voz",
        "delegado", "delegada", "vereador", "vereadora", "reitor", "reitora", "professor",
        "professora", "curador", "curadora", "conselheiro", "conselheira", "tesoureiro",
        "tesoureira",
    )),
    "pl": frozenset((
        "dyrektor", "dyrektorka", "prezes", "prezeska", "wiceprezes", "prezydent", "prezydentka",
        "wiceprezydent", "burmistrz", "wójt", "starosta", "marszałek", "wojewoda", "minister",
        "wiceminister", "przewodniczący", "przewodnicząca", "założyciel", "założycielka",
        "współzałożyciel", "współzałożycielka", "kurator", "kuratorka", "komisarz", "sekretarz",
        "rzecznik", "rzeczniczka", "kierownik", "kierowniczka", "koordynator", "koordynatorka",
        "profesor", "profesorka", "rektor", "członek", "członkini", "pełnomocnik", "szef", "szefowa",
        "organizator", "organizatorka", "radny", "radna", "zastępca", "zastępczyni", "redaktor",
        "redaktorka", "juror", "jurorka", "skarbnik", "dziekan",
    )),
    "sv": frozenset((
        "vd", "direktör", "chef", "ordförande", "vice", "generalsekreterare", "festivalgeneral",
        "tävlingsledare", "minister", "statsråd", "landshövding", "borgmästare", "kommunalråd",
        "grundare", "medgrundare", "intendent", "curator", "sekreterare", "talesperson",
        "pressansvarig", "projektledare", "samordnare", "koordinator", "professor", "rektor",
        "styrelseledamot", "ledamot", "verksamhetschef", "konstnärlig", "programchef", "vice",
        "arrangör", "förbundskapten", "generaldirektör", "kassör", "redaktör", "jurymedlem",
    )),
    "da": frozenset((
        "direktør", "adm.", "administrerende", "chef", "formand", "forkvinde", "næstformand",
        "vice", "generalsekretær", "festivalchef", "festivalleder", "minister", "borgmester",
        "rådmand", "stifter", "medstifter", "grundlægger", "kurator", "sekretær", "talsperson",
        "pressechef", "projektleder", "koordinator", "professor", "rektor", "bestyrelsesmedlem",
        "medlem", "kunstnerisk", "programchef", "arrangør", "landstræner", "generaldirektør",
        "kasserer", "redaktør", "jurymedlem", "leder",
    )),
    "nb": frozenset((
        "direktør", "adm.", "administrerende", "daglig", "sjef", "leder", "styreleder", "nestleder",
        "visepresident", "generalsekretær", "festivalsjef", "festivalleder", "minister", "statsråd",
        "ordfører", "varaordfører", "byråd", "grunnlegger", "medgrunnlegger", "kurator", "sekretær",
        "talsperson", "pressesjef", "prosjektleder", "koordinator", "professor", "rektor",
        "styremedlem", "medlem", "kunstnerisk", "programsjef", "arrangør", "landslagssjef",
        "kasserer", "redaktør", "jurymedlem",
    )),
}  # fmt: skip
#: Words after a role noun that belong to the title and take its small letter: 'directeur général'
#: (Dutch: 'algemeen directeur').
_ROLE_ADJECTIVES: dict[str, frozenset[str]] = {
    "fr": frozenset((
        "général", "générale", "délégué", "déléguée", "adjoint", "adjointe", "exécutif",
        "exécutive", "artistique",
    )),
    "es": frozenset((
        "general", "ejecutivo", "ejecutiva", "adjunto", "adjunta", "delegado", "delegada",
        "artístico", "artística",
    )),
    "it": frozenset((
        "generale", "esecutivo", "esecutiva", "delegato", "delegata", "artistico", "artistica",
    )),
    "pt": frozenset(("geral", "executivo", "executiva", "adjunto", "adjunta", "artístico", "artística")),
    "nl": frozenset(("directeur", "voorzitter")),
    "pl": frozenset(("generalny", "generalna", "zarządu", "wykonawczy", "wykonawcza", "artystyczny",
                     "artystyczna", "naczelny", "naczelna", "honorowy", "honorowa")),
    "sv": frozenset(("ledare", "chef", "direktör", "ordförande")),
    "da": frozenset(("direktør", "leder", "chef", "formand")),
    "nb": frozenset(("direktør", "leder", "sjef")),
}  # fmt: skip


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word[1:] == word[1:].lower()


def small_role(title: str, lang: str) -> str | None:
    """`title` with its role noun (and the adjective that belongs to it: 'directeur général') in
    small letters, or None where it opens with no role noun the language's list knows."""
    first, _, rest = title.partition(" ")
    if not (_capitalised(first) and first.lower() in _ROLE_NOUNS.get(lang, ())):
        return None
    second, _, tail = rest.partition(" ")
    if _capitalised(second) and second.lower() in _ROLE_ADJECTIVES.get(lang, ()):
        rest = second.lower() + (" " + tail if tail else "")
    return first.lower() + (" " + rest if rest else "")
