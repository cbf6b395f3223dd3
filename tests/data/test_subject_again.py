"""The event named a second time, under the title that prints its name (views.subject_again,
definite.kind_subject): its short name where its article is sure, else its kind with its article,
else '' (the template names the short name after a generic noun)."""

from __future__ import annotations

import pytest

from reportgen.data.definite import kind_subject
from reportgen.data.views import subject_again


@pytest.mark.parametrize(
    ("name", "short", "kind", "summary", "lang", "expected"),
    [
        (
            "Tasman University Marine and Antarctic Research Symposium 2026",
            "TASMARS 2026",
            "",
            "",
            "en",
            "TASMARS 2026",
        ),
        ("2026臺中國際動畫影展", "2026臺中動畫影展", "影展", "", "zh", "2026臺中動畫影展"),
        # Korean: the short name less its year, with its particle, not '전주국제영화제 2026 행사가'
        # (review YY3 #9); 이 after a final consonant; a Latin acronym's reading is not sure
        ("제27회 전주국제영화제", "전주국제영화제 2026", "영화제", "", "ko", "전주국제영화제가"),
        ("국제로봇산업전 2024", "로봇전 2024", "전시회", "", "ko", "로봇전이"),
        ("부산 글로벌 게임쇼 2026", "BGGS 2026", "게임쇼", "", "ko", "BGGS 2026"),
        (
            "Schweizerische Baumesse Zürich 2026",
            "Baumesse Zürich 2026",
            "Messe",
            "",
            "de",
            "Die Baumesse Zürich 2026",
        ),
        ("Deutscher Logistik-Fachkongress 2026", "DLFK 2026", "Fachkongress", "", "de", "Der Fachkongress"),
        # the summary names it by the same noun: the kind before the short name, not the kind
        # alone twice in a row, nor a generic 'Die Veranstaltung IIN 2026' (review YY1 #7)
        (
            "Industriemesse Niedersachsen 2026",
            "IIN 2026",
            "Fachmesse",
            "Die Industriemesse schloss.",
            "de",
            "Die Fachmesse IIN 2026",
        ),
        (
            "Festival Marés do Atlântico 2026",
            "Marés 2026",
            "festival",
            "O festival voltou ao Parque da Cidade.",
            "pt",
            "O festival Marés 2026",
        ),
        # a short name that stands for other words than the name's head noun ('BD' for 'bande
        # dessinée', feminine) has not its gender: the kind (review YY3 #4: 'Le BD Namur 2026')
        (
            "Festival de la bande dessinée de Namur 2026",
            "BD Namur 2026",
            "festival",
            "Pendant trois jours, la citadelle a accueilli des expositions.",
            "fr",
            "Le festival",
        ),
        # a kind of sports event is a noun the language knows (review YY2 #11: 'La manifestazione
        # Rallye Sanremo 2026')
        (
            "Rallye Sanremo Riviera dei Fiori 2026",
            "Rallye Sanremo 2026",
            "rally",
            "Due giorni.",
            "it",
            "Il Rallye Sanremo 2026",
        ),
        (
            "Festival Pensare il Sud 2026",
            "Pensare il Sud 2026",
            "festival",
            "Cinque giorni.",
            "it",
            "Il festival",
        ),
        # an acronym after the name's head noun's article, where its letters do not elide it
        ("12e Colloque international 2026", "CICT 2026", "colloque", "", "fr", "Le CICT 2026"),
        (
            "Feria Internacional del Libro de Bogotá 2026",
            "FILBo 2026",
            "feria del libro",
            "",
            "es",
            "La FILBo 2026",
        ),
        # 'SMD' read letter by letter is "l'SMD", read as a word 'lo SMD': the kind instead
        ("Salone internazionale del mobile 2024", "SMD 2024", "fiera", "", "it", "La fiera"),
        ("Siljan Skidmaraton 2026", "Siljan Skidmaraton 2026", "skidlopp", "", "sv", ""),  # no rule fits
        ("Riverside Fair 2026", "Riverside Fair 2026", "charity fair", "", "en", "The charity fair"),
    ],
)
def test_the_event_named_a_second_time(
    name: str, short: str, kind: str, summary: str, lang: str, expected: str
) -> None:
    assert subject_again(name, short, kind, summary, lang) == expected


@pytest.mark.parametrize(
    ("kind", "lang", "expected"),
    [
        ("research symposium", "en", "The research symposium"),
        ("Festival", "fr", "Le festival"),
        ("exposition", "fr", "L\u2019exposition"),
        ("feria del libro", "es", "La feria del libro"),
        ("ontwerpweek", "nl", "De ontwerpweek"),
        ("congres", "nl", "Het congres"),
        ("Fachkongress", "de", "Der Fachkongress"),
        ("messe", "de", None),  # a German noun without its capital: not sure it is one
        ("internationale Fachmesse", "de", None),  # an adjective's ending
        ("IFA", "de", None),
        ("día de demostración", "es", None),  # 'día' is not listed
        ("skidlopp", "sv", None),  # 'skidloppet': a suffix, not an article
        ("展覽", "zh", None),
    ],
)
def test_a_kind_as_a_subject(kind: str, lang: str, expected: str | None) -> None:
    assert kind_subject(kind, lang) == expected
