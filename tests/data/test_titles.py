"""A slide's headline as a title and a lead (data/titles.py): the finding a title can carry, never
a fragment (reviewers saw section names as titles, the finding beneath them)."""

from __future__ import annotations

import pytest

from reportgen.data.titles import content_title, tells, title_and_lead


@pytest.mark.parametrize(
    ("headline", "title", "lead"),
    [
        # a headline that fits a title is the title, whole, without the full stop titles go without
        (
            "Cattle entries were the highest since the fair began.",
            "Cattle entries were the highest since the fair began",
            "",
        ),
        ("Sales rose by half in the U.S.", "Sales rose by half in the U.S.", ""),  # an abbreviation's
        ("Record crowds again?", "Record crowds again?", ""),
        # its first sentence, the rest the lead
        (
            "Zhang Wei declared the Conference closed; Wu Jincheng summarized its results. At the ceremony "
            "two launch ceremonies were held for the metaverse platform and for new financial tracks.",
            "Zhang Wei declared the Conference closed; Wu Jincheng summarized its results",
            "At the ceremony two launch ceremonies were held for the metaverse platform and for new "
            "financial tracks.",
        ),
        # no cut before a relative clause: its rest would be a lead that is no sentence
        # ('…de los que …', which reviewers read as a fragment)
        (
            "Casi 480 millones de euros de negocio, de los que más de 215 millones fueron pedidos "
            "de maquinaria.",
            "",
            "Casi 480 millones de euros de negocio, de los que más de 215 millones fueron pedidos "
            "de maquinaria.",
        ),
        # before a semicolon
        (
            "España aportó 980 de los 1.450 expositores de la feria de este año; Portugal y Francia "
            "encabezan la presencia extranjera.",
            "España aportó 980 de los 1.450 expositores de la feria de este año",
            "Portugal y Francia encabezan la presencia extranjera.",
        ),
    ],
)
def test_a_long_headline_gives_its_title_a_finding(headline: str, title: str, lead: str) -> None:
    assert title_and_lead(headline) == (title, lead)


@pytest.mark.parametrize(
    ("headline", "title", "lead"),
    [
        # a Korean clause joined by a past-tense '-고': ended as a sentence, in the text's register
        (
            "협동로봇 분야 상담액이 약 5200억 원으로 가장 컸고, 그중 3분의 2가 해외 기업과의 상담이었습니다.",
            "협동로봇 분야 상담액이 약 5200억 원으로 가장 컸습니다",
            "그중 3분의 2가 해외 기업과의 상담이었습니다.",
        ),
        (
            "협동로봇 분야 상담액이 약 5200억 원으로 가장 컸고, 그중 3분의 2가 해외 기업과 나눈 상담이었다.",
            "협동로봇 분야 상담액이 약 5200억 원으로 가장 컸다",
            "그중 3분의 2가 해외 기업과 나눈 상담이었다.",
        ),
    ],
)
def test_a_clause_the_review_saw_under_a_topic_title_is_the_title(
    headline: str, title: str, lead: str
) -> None:
    assert title_and_lead(headline) == (title, lead)


def test_a_korean_clause_we_cannot_end_is_never_cut() -> None:
    """'-고' after a verb not in the past tense ('크고'): its sentence form is not sure, so no cut."""
    headline = (
        "협동로봇 분야 상담액이 약 5200억 원으로 가장 크고, 그중 3분의 2가 해외 기업과의 상담이며 "
        "물류로봇이 그 뒤를 이었습니다."
    )
    assert title_and_lead(headline) == ("", headline)


@pytest.mark.parametrize(
    "headline",
    [
        # no clause short enough: the section's name is the title, the whole finding the lead
        "The society released its updated lipid management guideline and announced a joint statement on "
        "cardiovascular risk after pregnancy complications.",
        # fragments before a comma are never a title
        "In 2025, visitors from more than forty countries filled every hall of the fair grounds for "
        "five days.",
        "Visitors from 40 countries, a record for the fair, filled the halls of the showground on all "
        "four days.",
        "The fair sold apples, pears and plums from every orchard of the valley to buyers from eleven "
        "countries.",
        # 'Dr.' ends no sentence
        "Dr. Smith opened the show with a speech on the future of the valley's farms and their young "
        "farmers.",
        # a first sentence of three words is no finding
        "It rained hard. The organisers moved every concert of the last two days into the exhibition halls.",
    ],
)
def test_no_fragment_becomes_a_title(headline: str) -> None:
    assert title_and_lead(headline) == ("", headline)


@pytest.mark.parametrize(
    "headline",
    [
        # review O: the rest of a cut summary printed as a lead was a fragment ('With a new
        # pay-what-you-can Sunday pass for families.', 'From a 40,000-capacity main stage …'): a comma
        # before words that only continue the clause is no cut, the whole headline is the lead
        "Ticket sales covered most of the festival's budget, with a new pay-what-you-can Sunday pass "
        "for families.",
        "Acts played on stages spread along both banks of the Red and Assiniboine rivers, from a "
        "40,000-capacity main stage to a floating dock stage.",
        "Twelve local businesses sponsored the run, from the start-line arch to the finish-line flapjacks.",
        "Three late-breaking trials drew standing-room audiences, led by a pragmatic trial of polypill "
        "therapy delivered through community pharmacies.",
        "More than 500 renowned guests, among them more than 80 academicians and 4 Turing Prize winners.",
        "Le presenze sono più che raddoppiate in cinque anni, da 41.500 nel 2022 a quasi 98.000 nel 2026.",
        "Las ventas cubrieron casi todo el presupuesto de la feria, con un nuevo abono familiar para el "
        "domingo.",
        "Les ventes ont couvert l'essentiel du budget du festival, avec un nouveau pass familial le "
        "dimanche.",
        "Die Ticketverkäufe deckten den größten Teil des Festivalbudgets, mit einem neuen Familienpass "
        "für den Sonntag.",
        "De kaartverkoop dekte het grootste deel van het festivalbudget, met een nieuwe gezinspas voor de "
        "zondag.",
        "A venda de ingressos cobriu a maior parte do orçamento do festival, com um novo passe familiar "
        "para o domingo.",
        # a gapped clause, which borrows the verb of the clause before it, is no sentence either
        "La Vela d'Oro è andata a un'opera seconda bosniaca, il premio del pubblico a una commedia italiana.",
        "Der Hauptpreis ging an einen bosnischen Film einer jungen Regisseurin aus Sarajevo, der "
        "Publikumspreis an eine italienische Komödie.",
        # a connective of the allow-list before no subject: its rest would be no sentence
        "Ticket sales covered most of the festival's budget, while keeping a pay-what-you-can pass for "
        "families.",
        # no amount after 'about': no apposition of one, no 'That is about the future …'
        "The fair hosted a long debate on the valley and its farms, about the future of farming in the "
        "region.",
        # German sets the verb of a clause after 'während' last: the rest is no main clause
        "Die Ticketverkäufe deckten den größten Teil des Festivalbudgets, während die Zahl der Familien "
        "stark gestiegen ist.",
    ],
)
def test_the_rest_of_a_cut_headline_is_never_a_fragment(headline: str) -> None:
    assert title_and_lead(headline) == ("", headline)


@pytest.mark.parametrize(
    ("headline", "title", "lead"),
    [
        # an allow-listed connective before a subject: the clause after it is the lead, without it
        (
            "Ticket sales covered most of the festival's budget, while the new Sunday pass drew 4,000 "
            "families.",
            "Ticket sales covered most of the festival's budget",
            "The new Sunday pass drew 4,000 families.",
        ),
        (
            "Las entradas cubrieron casi todo el presupuesto, mientras que el abono del domingo atrajo a "
            "4.000 familias.",
            "Las entradas cubrieron casi todo el presupuesto",
            "El abono del domingo atrajo a 4.000 familias.",
        ),
        (
            "Les billets ont couvert l'essentiel du budget, tandis que le pass du dimanche a attiré 4 000 "
            "familles.",
            "Les billets ont couvert l'essentiel du budget",
            "Le pass du dimanche a attiré 4 000 familles.",
        ),
        # an amount in apposition to the whole clause: a sentence once the language's words for
        # 'that is' open it
        (
            "Die Schweiz und Deutschland sagten zusammen 455 Millionen Franken zu, gut ein Drittel der "
            "Gesamtsumme.",
            "Die Schweiz und Deutschland sagten zusammen 455 Millionen Franken zu",
            "Das ist gut ein Drittel der Gesamtsumme.",
        ),
        (
            "Online sponsorship brought in about £171,000 from the runners and their families, more than "
            "two thirds of the total.",
            "Online sponsorship brought in about £171,000 from the runners and their families",
            "That is more than two thirds of the total.",
        ),
        (
            "Le prix a attiré 4 200 lecteurs au théâtre de Saint-Nazaire, soit près de la moitié de la "
            "ville.",
            "Le prix a attiré 4 200 lecteurs au théâtre de Saint-Nazaire",
            "C'est près de la moitié de la ville.",
        ),
    ],
)
def test_a_clause_after_an_allow_listed_connective_is_the_lead(headline: str, title: str, lead: str) -> None:
    assert title_and_lead(headline) == (title, lead)


@pytest.mark.parametrize(
    "headline",
    [
        # a determiner after the comma, but an aside (a comma follows it), not a gapped clause
        "Visitors from 40 countries, the largest share from Spain, filled the halls of the fair on all "
        "four days.",
        # a determiner after the comma, but no word of the clause before it follows (no gap)
        "The organisers of the fair counted visitors from forty countries, the largest number ever recorded.",
    ],
)
def test_a_determiner_after_a_comma_is_no_cut_by_itself(headline: str) -> None:
    assert title_and_lead(headline) == ("", headline)


def test_a_slide_without_a_finding_in_its_headline_takes_the_shortest_sentence_that_fits() -> None:
    lines = (
        "Dr. Keisha L. Brown won the Young Investigator Award for her study of hypertension in rural "
        "Georgia.",  # a sentence too long for a title
        "Dr. Hiroshi Tanaka-Reyes received the Lifetime Achievement Award in Preventive Cardiology.",
        "Dr. Hiroshi Tanaka-Reyes received the Lifetime Achievement Award in Preventive Cardiology for "
        "thirty years of work.",
    )
    # 'Dr.' ends no sentence: the title is the shortest line, without its full stop
    assert content_title(lines) == (
        "Dr. Hiroshi Tanaka-Reyes received the Lifetime Achievement Award in Preventive Cardiology"
    )
    assert content_title(lines[:1]) == ""  # none fits: the section's name is the title
    assert content_title(("Opened it.",)) == ""  # a sentence of two words is no finding


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("張為は大会の閉幕を宣言した。", "張為は大会の閉幕を宣言した"),
        ("张为宣布大会闭幕。", "张为宣布大会闭幕"),
        ("김민준은 개막을 선언했다.", "김민준은 개막을 선언했다"),  # three words: a clause in Korean
        ("Claire Dubois a ouvert le salon.", "Claire Dubois a ouvert le salon"),
    ],
)
def test_a_persons_line_is_a_title_in_every_script(line: str, title: str) -> None:
    assert content_title((line,)) == title


@pytest.mark.parametrize(
    ("role", "finding"),
    [
        # a courtesy, in every language we write sentences for: no title (review O)
        ("thanked the runners and the hospice's partners", False),
        ("eröffnete den Kongress", False),
        ("a reçu le prix des mains de la présidente du jury", False),
        ("clausuró la feria", False),
        ("ha chiuso il festival", False),
        ("encerrou a feira", False),
        ("opende de week", False),
        ("開会のあいさつをしました", False),
        ("개막식에서 환영사를 했습니다", False),
        ("致开幕辞", False),
        # a number, or what was decided or made public: a finding
        ("won het eindklassement met 38 seconden voorsprong", True),
        ("unveiled the Helix-9 family", True),
        ("kündigte ein neues Werk in Hannover an", True),
        ("a annoncé la création d'un second prix", True),
        ("anunció la nueva línea de ayudas al regadío", True),
        ("ha annunciato le date del 2027", True),
        ("anunciou um novo pavilhão", True),
        ("kondigde een tweede editie aan", True),
        ("新たな支援策を発表しました", True),
        ("로봇 수출 지원 확대 계획을 밝혔습니다", True),
        ("宣布设立新基金", True),
    ],
)
def test_a_persons_courtesy_is_no_finding(role: str, finding: bool) -> None:
    assert tells(role) is finding


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # review O: the clause after the comma said the number again
        (
            "Siete empresas cerraron su ronda semilla el mismo día, con 7 rondas en total.",
            "Siete empresas cerraron su ronda semilla el mismo día",
        ),
        (
            "Twelve local businesses sponsored the run, 12 in all.",
            "Twelve local businesses sponsored the run",
        ),
        (
            "Zwölf Unternehmen stellten zum ersten Mal aus, insgesamt 12.",
            "Zwölf Unternehmen stellten zum ersten Mal aus",
        ),
        ("Sept maisons d'édition ont été primées, 7 au total.", "Sept maisons d'édition ont été primées"),
        (
            "Sette cantieri hanno presentato anteprime, 7 in tutto.",
            "Sette cantieri hanno presentato anteprime",
        ),
        (
            "Sete empresas fecharam contratos no mesmo dia, 7 no total.",
            "Sete empresas fecharam contratos no mesmo dia",
        ),
        ("Zeven ontwerpers kregen een prijs, 7 in totaal.", "Zeven ontwerpers kregen een prijs"),
        # 'un' is an article too: '…, un record' says no number again
        (
            "Un millier de visiteurs sont venus au salon, un record.",
            "Un millier de visiteurs sont venus au salon, un record",
        ),
        # a clause that says a number of its own stays
        (
            "Saturday drew 62,000 festival-goers, a third of the four-day total.",
            "Saturday drew 62,000 festival-goers, a third of the four-day total",
        ),
        (
            "四天展期湧入大批國內外專業買主，國際買主人數首度突破四萬人次",
            "四天展期湧入大批國內外專業買主，國際買主人數首度突破四萬人次",
        ),
    ],
)
def test_a_title_says_its_number_once(sentence: str, title: str) -> None:
    assert content_title((sentence,)) == title
