"""The role nouns that open a person's title, in languages that write titles in small letters
after a name (Dutch, French, Spanish, Italian, Portuguese, Polish, Swedish): 'Esther Wolters,
directeur Stichting Noordelijke Ontwerpweek, sloot …', 'Claire Dubois, directeur général, a ouvert
…', 'Anna Kowalska, dyrektor targów, otworzyła …'.

`sentences._lower_first` keeps the capital of a title whose next word has one ('Directeur
Stichting …' could open a name, as 'Rijksmuseum Twenthe' does); a role noun from these lists is
no name, so it takes its small letter whatever follows. An allow-list: a title it does not know
keeps the rule it had. German writes nouns with a capital and is not here.

English house styles differ on a formal title after a name ('Priya Raman, Chief Executive of
Riverside Hospice' in a British release, 'chief executive' in AP and Chicago), and the file's Title
Case says which the writer keeps: it stays. A title the file writes in sentence case, its first
word's capital the field's only one ('Mid laner', "Women's winner", 'Cardiology fellow'), is a
description, which every style writes small in running text ('Park Ji-hoon, mid laner, Seoul
Tempest, was named …'; review OO2); a name keeps its capital ('Brazil captain', 'Saturday
headliner').
"""

from __future__ import annotations

from functools import cache

from babel import Locale

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
        # academic and honorary titles, members, winners, occupations ('Docteure de l’École …',
        # 'Membre de l’Académie …', 'Årets festivalkunstner': review OO2)
        "lid", "doctor", "onderzoeker", "onderzoekster", "docent", "decaan", "rector", "ambassadeur",
        "winnaar", "winnares", "kampioen", "aanvoerder", "trainer", "journalist", "schrijver",
        "schrijfster", "kunstenaar", "kunstenares", "gemeenteraadslid", "kamerlid", "eigenaar",
        "eigenares", "promovendus",
    )),
    "fr": frozenset((
        "directeur", "directrice", "président", "présidente", "vice-président", "vice-présidente",
        "ministre", "maire", "adjoint", "adjointe", "fondateur", "fondatrice", "cofondateur",
        "cofondatrice", "commissaire", "délégué", "déléguée", "secrétaire", "responsable", "chef",
        "conseiller", "conseillère", "préfet", "préfète", "professeur", "professeure",
        "conservateur", "conservatrice", "administrateur", "administratrice", "gérant", "gérante",
        "coordinateur", "coordinatrice", "porte-parole", "trésorier", "trésorière", "rédacteur",
        "rédactrice",
        # academic and honorary titles, members, winners, occupations ('Docteure de l’École …',
        # 'Membre de l’Académie …', 'Årets festivalkunstner': review OO2)
        "docteur", "docteure", "membre", "chargé", "chargée", "chercheur", "chercheuse", "ingénieur",
        "ingénieure", "maître", "lauréat", "lauréate", "doyen", "doyenne", "recteur", "rectrice",
        "ambassadeur", "ambassadrice", "journaliste", "historien", "historienne", "écrivain",
        "écrivaine", "auteur", "autrice", "artiste", "parrain", "marraine", "animateur", "animatrice",
        "vainqueur", "gagnant", "gagnante", "champion", "championne", "capitaine", "entraîneur",
        "entraîneuse", "sélectionneur", "sélectionneuse", "producteur", "productrice", "député",
        "députée", "sénateur", "sénatrice", "doctorant", "doctorante",
    )),
    "es": frozenset((
        "director", "directora", "presidente", "presidenta", "vicepresidente", "vicepresidenta",
        "ministro", "ministra", "alcalde", "alcaldesa", "consejero", "consejera", "fundador",
        "fundadora", "cofundador", "cofundadora", "secretario", "secretaria", "responsable", "jefe",
        "jefa", "gerente", "coordinador", "coordinadora", "comisario", "comisaria", "portavoz",
        "delegado", "delegada", "concejal", "concejala", "rector", "rectora", "profesor",
        "profesora", "tesorero", "tesorera",
        # academic and honorary titles, members, winners, occupations ('Docteure de l’École …',
        # 'Membre de l’Académie …', 'Årets festivalkunstner': review OO2)
        "doctor", "doctora", "miembro", "investigador", "investigadora", "catedrático",
        "catedrática", "decano", "decana", "embajador", "embajadora", "ganador", "ganadora",
        "campeón", "campeona", "capitán", "capitana", "entrenador", "entrenadora", "seleccionador",
        "seleccionadora", "periodista", "escritor", "escritora", "artista", "diputado", "diputada",
        "senador", "senadora", "vocal", "socio", "socia",
    )),
    "it": frozenset((
        "direttore", "direttrice", "presidente", "presidentessa", "vicepresidente", "ministro",
        "ministra", "sindaco", "sindaca", "assessore", "assessora", "fondatore", "fondatrice",
        "cofondatore", "cofondatrice", "segretario", "segretaria", "responsabile", "capo",
        "amministratore", "amministratrice", "coordinatore", "coordinatrice", "commissario",
        "commissaria", "portavoce", "delegato", "delegata", "rettore", "rettrice", "professore",
        "professoressa", "curatore", "curatrice", "consigliere", "consigliera",
        # academic and honorary titles, members, winners, occupations ('Docteure de l’École …',
        # 'Membre de l’Académie …', 'Årets festivalkunstner': review OO2)
        "dottore", "dottoressa", "membro", "ricercatore", "ricercatrice", "docente", "preside",
        "ambasciatore", "ambasciatrice", "vincitore", "vincitrice", "campione", "campionessa",
        "capitano", "allenatore", "allenatrice", "giornalista", "scrittore", "scrittrice", "artista",
        "deputato", "deputata", "senatore", "senatrice", "socio", "socia", "titolare",
    )),
    "pt": frozenset((
        "diretor", "diretora", "director", "directora", "presidente", "presidenta",
        "vice-presidente", "ministro", "ministra", "prefeito", "prefeita", "secretário",
        "secretária", "fundador", "fundadora", "cofundador", "cofundadora", "responsável", "chefe",
        "gerente", "coordenador", "coordenadora", "comissário", "comissária", "porta-voz",
        "delegado", "delegada", "vereador", "vereadora", "reitor", "reitora", "professor",
        "professora", "curador", "curadora", "conselheiro", "conselheira", "tesoureiro",
        "tesoureira",
        # academic and honorary titles, members, winners, occupations ('Docteure de l’École …',
        # 'Membre de l’Académie …', 'Årets festivalkunstner': review OO2)
        "doutor", "doutora", "membro", "investigador", "investigadora", "pesquisador",
        "pesquisadora", "embaixador", "embaixadora", "vencedor", "vencedora", "campeão", "campeã",
        "capitão", "treinador", "treinadora", "jornalista", "escritor", "escritora", "artista",
        "deputado", "deputada", "senador", "senadora", "sócio", "sócia", "docente",
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
        # academic and honorary titles, members, winners, occupations ('Docteure de l’École …',
        # 'Membre de l’Académie …', 'Årets festivalkunstner': review OO2)
        "doktor", "badacz", "badaczka", "laureat", "laureatka", "zwycięzca", "zwyciężczyni",
        "mistrz", "mistrzyni", "kapitan", "trener", "trenerka", "dziennikarz", "dziennikarka",
        "pisarz", "pisarka", "artysta", "artystka", "poseł", "posłanka", "senator", "senatorka",
        "ambasador", "ambasadorka", "doktorant", "doktorantka", "nauczyciel", "nauczycielka",
        "właściciel", "właścicielka",
    )),
    "sv": frozenset((
        "vd", "direktör", "chef", "ordförande", "vice", "generalsekreterare", "festivalgeneral",
        "tävlingsledare", "minister", "statsråd", "landshövding", "borgmästare", "kommunalråd",
        "grundare", "medgrundare", "intendent", "curator", "sekreterare", "talesperson",
        "pressansvarig", "projektledare", "samordnare", "koordinator", "professor", "rektor",
        "styrelseledamot", "ledamot", "verksamhetschef", "konstnärlig", "programchef", "vice",
        "arrangör", "förbundskapten", "generaldirektör", "kassör", "redaktör", "jurymedlem",
        # academic and honorary titles, members, winners, occupations ('Docteure de l’École …',
        # 'Membre de l’Académie …', 'Årets festivalkunstner': review OO2)
        "årets", "doktor", "forskare", "docent", "vinnare", "segrare", "mästare", "lagkapten",
        "kapten", "tränare", "journalist", "författare", "konstnär", "artist", "musiker",
        "kompositör", "riksdagsledamot", "ambassadör", "hedersgäst", "ägare", "medlem",
    )),
    "da": frozenset((
        "direktør", "adm.", "administrerende", "chef", "formand", "forkvinde", "næstformand",
        "vice", "generalsekretær", "festivalchef", "festivalleder", "minister", "borgmester",
        "rådmand", "stifter", "medstifter", "grundlægger", "kurator", "sekretær", "talsperson",
        "pressechef", "projektleder", "koordinator", "professor", "rektor", "bestyrelsesmedlem",
        "medlem", "kunstnerisk", "programchef", "arrangør", "landstræner", "generaldirektør",
        "kasserer", "redaktør", "jurymedlem", "leder",
        # academic and honorary titles, members, winners, occupations ('Docteure de l’École …',
        # 'Membre de l’Académie …', 'Årets festivalkunstner': review OO2)
        "årets", "doktor", "forsker", "lektor", "vinder", "mester", "anfører", "kaptajn", "træner",
        "journalist", "forfatter", "kunstner", "musiker", "komponist", "folketingsmedlem",
        "ambassadør", "æresgæst", "ejer",
    )),
    "nb": frozenset((
        "direktør", "adm.", "administrerende", "daglig", "sjef", "leder", "styreleder", "nestleder",
        "visepresident", "generalsekretær", "festivalsjef", "festivalleder", "minister", "statsråd",
        "ordfører", "varaordfører", "byråd", "grunnlegger", "medgrunnlegger", "kurator", "sekretær",
        "talsperson", "pressesjef", "prosjektleder", "koordinator", "professor", "rektor",
        "styremedlem", "medlem", "kunstnerisk", "programsjef", "arrangør", "landslagssjef",
        "kasserer", "redaktør", "jurymedlem",
        # academic and honorary titles, members, winners, occupations ('Docteure de l’École …',
        # 'Membre de l’Académie …', 'Årets festivalkunstner': review OO2)
        "årets", "doktor", "forsker", "førsteamanuensis", "vinner", "mester", "kaptein",
        "lagkaptein", "trener", "journalist", "forfatter", "kunstner", "musiker", "komponist",
        "stortingsrepresentant", "ambassadør", "æresgjest", "eier", "festivalkunstner",
        "gjesteartist",
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
    small letters, or None where it opens with no role noun the language's list knows. English:
    a title in sentence case with its first word small ('mid laner'), or None."""
    if lang == "en":
        return _english_description(title)
    first, _, rest = title.partition(" ")
    if not (_capitalised(first) and first.lower() in _ROLE_NOUNS.get(lang, ())):
        return None
    second, _, tail = rest.partition(" ")
    if _capitalised(second) and second.lower() in _ROLE_ADJECTIVES.get(lang, ()):
        rest = second.lower() + (" " + tail if tail else "")
    return first.lower() + (" " + rest if rest else "")


#: Small words an English title joins its words with ('Head of Sixth Form': Title Case all the same).
_ENGLISH_LINKS = frozenset(("of", "for", "at", "and", "the", "in", "to", "on", "with", "a", "an", "&"))


def _english_description(title: str) -> str | None:
    """An English title written in sentence case ('Mid laner', "Women's winner") with its first
    word small; None for one in Title Case ('Chief Executive', 'Head of Sixth Form'), of one word
    ('Founder': the file says nothing), or opening with a name ('Brazil captain')."""
    words = title.split()
    first = words[0].rstrip(",;:") if words else ""
    content = [w for w in words[1:] if w.casefold() not in _ENGLISH_LINKS]
    if not (
        content and _capitalised(first) and first.replace("'", "").replace("’", "").replace("-", "").isalpha()
    ):
        return None
    if not content[0][:1].islower() or first.split("'")[0].split("’")[0].split("-")[0] in _english_names():
        return None
    return first.lower() + title[len(first) :]


@cache
def _english_names() -> frozenset[str]:
    """English names of languages, places, days and months (CLDR), capitalised wherever they
    stand: 'Brazil captain', 'Saturday headliner', 'Spanish-language editor'."""
    names = Locale("en")
    words = [*names.languages.values(), *names.territories.values()]
    for kind in (names.days, names.months):
        for context in kind.values():
            words += [str(w) for width in context.values() for w in width.values()]
    return frozenset(w for w in words if w[:1].isupper() and w.isalpha())
