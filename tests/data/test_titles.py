"""A slide's headline as a title and a lead (data/titles.py): the finding a title can carry, never
a fragment (reviewers saw section names as titles, the finding beneath them)."""

from __future__ import annotations

import pytest

from reportgen.data.titles import content_title, title_and_lead


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
        # a main clause before a comma and words that only continue it
        (
            "Three late-breaking trials drew standing-room audiences, led by a pragmatic trial of polypill "
            "therapy delivered through community pharmacies.",
            "Three late-breaking trials drew standing-room audiences",
            "Led by a pragmatic trial of polypill therapy delivered through community pharmacies.",
        ),
        (
            "Le presenze sono più che raddoppiate in cinque anni, da 41.500 nel 2022 a quasi 98.000 "
            "nel 2026.",
            "Le presenze sono più che raddoppiate in cinque anni",
            "Da 41.500 nel 2022 a quasi 98.000 nel 2026.",
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
        # review 4b: topic titles ('Partners', 'Participants', '수출 상담과 계약') over these
        (
            "Twelve local businesses sponsored the run, from the start-line arch to the finish-line "
            "flapjacks.",
            "Twelve local businesses sponsored the run",
            "From the start-line arch to the finish-line flapjacks.",
        ),
        (
            "More than 500 renowned guests, among them more than 80 academicians and 4 Turing Prize winners.",
            "More than 500 renowned guests",
            "Among them more than 80 academicians and 4 Turing Prize winners.",
        ),
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
    ("headline", "title", "lead"),
    [
        # a comma before a gapped clause, which borrows the verb of the complete clause before it
        (
            "La Vela d'Oro è andata a un'opera seconda bosniaca, il premio del pubblico a una commedia "
            "italiana.",
            "La Vela d'Oro è andata a un'opera seconda bosniaca",
            "Il premio del pubblico a una commedia italiana.",
        ),
        (
            "Der Hauptpreis ging an einen bosnischen Film einer jungen Regisseurin aus Sarajevo, der "
            "Publikumspreis an eine italienische Komödie.",
            "Der Hauptpreis ging an einen bosnischen Film einer jungen Regisseurin aus Sarajevo",
            "Der Publikumspreis an eine italienische Komödie.",
        ),
        # an amount in apposition to the whole clause
        (
            "Die Schweiz und Deutschland sagten zusammen 455 Millionen Franken zu, gut ein Drittel der "
            "Gesamtsumme.",
            "Die Schweiz und Deutschland sagten zusammen 455 Millionen Franken zu",
            "Gut ein Drittel der Gesamtsumme.",
        ),
    ],
)
def test_a_gapped_clause_or_an_apposition_leaves_a_whole_clause_as_the_title(
    headline: str, title: str, lead: str
) -> None:
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
