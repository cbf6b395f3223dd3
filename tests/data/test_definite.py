"""An event's name as a sentence's subject, with the article its language needs (definite.py):
'Die Internationale Fachmesse … ging … zu Ende', not 'Internationale Fachmesse … ging … zu Ende'."""

from __future__ import annotations

import pytest

from reportgen.data.definite import subject


@pytest.mark.parametrize(
    ("name", "lang", "expected"),
    [
        (
            "Internationale Fachmesse für Holz und Handwerk 2026",
            "de",
            "Die Internationale Fachmesse für Holz und Handwerk 2026",
        ),
        ("Frankfurter Buchmesse 2024", "de", "Die Frankfurter Buchmesse 2024"),
        # a neuter noun: the adjective's strong ending becomes the weak one after 'das'
        ("Internationales Forum Berlin", "de", "Das Internationale Forum Berlin"),
        ("Deutscher Ärztetag", "de", None),  # '-er' may be a place's ('Leipziger'): not sure
        ("IFA 2024", "de", None),  # an acronym: its gender is not sure
        ("Die Messe 2024", "de", "Die Messe 2024"),  # already has its article
        ("Fête de la science de Valmont 2025", "fr", "La Fête de la science de Valmont 2025"),
        (
            "Salon international de l’agroalimentaire 2024",
            "fr",
            "Le Salon international de l’agroalimentaire 2024",
        ),
        ("Exposition universelle", "fr", "L’Exposition universelle"),  # elided before a vowel
        ("Rencontres d’Arles", "fr", "Les Rencontres d’Arles"),
        ("Grand Prix de Monaco", "fr", "Le Grand Prix de Monaco"),
        ("Viva Technology", "fr", None),
        (
            "Feria Internacional de la Energía Renovable 2024",
            "es",
            "La Feria Internacional de la Energía Renovable 2024",
        ),
        ("Juegos Mediterráneos", "es", "Los Juegos Mediterráneos"),
        (
            "Salone internazionale del mobile e del design 2024",
            "it",
            "Il Salone internazionale del mobile e del design 2024",
        ),
        ("Esposizione internazionale", "it", "L’Esposizione internazionale"),
        ("Stati generali", "it", "Gli Stati generali"),
        (
            "Feira Internacional de Tecnologia Agrícola 2024",
            "pt",
            "A Feira Internacional de Tecnologia Agrícola 2024",
        ),
        ("Salão do Automóvel", "pt", "O Salão do Automóvel"),
        (
            "Internationale Vakbeurs voor Water en Delta 2024",
            "nl",
            "De Internationale Vakbeurs voor Water en Delta 2024",
        ),
        ("Internationaal Filmfestival Rotterdam", "nl", "Het Internationaal Filmfestival Rotterdam"),
        (
            "World AI Conference",
            "en",
            "World AI Conference",
        ),  # English, Chinese, Japanese, Korean: as written
        ("国际机器人展", "zh", "国际机器人展"),
    ],
)
def test_the_name_takes_its_article_or_none_where_it_is_not_sure(
    name: str, lang: str, expected: str | None
) -> None:
    assert subject(name, lang) == expected
