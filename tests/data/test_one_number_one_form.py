"""Brief numbers10: one number, one form, and the emphasis on the whole figure.

1. a sentence that states a range sets the whole range in bold ('30 and 40%'), not its top alone;
2. an author's amount in a currency the locale's press writes against its number ('KSh 350
   million') prints as the tool prints it ('KSh350 million'): one amount, one form;
3. the document check names a figure printed in two forms, in a scale word and in digits ('54 mil'
   in an author's caption, '54,000' on the bar), in every language's scale words (mil, Mio., 万);
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from reportgen.data import qualifier_words
from reportgen.data.typography import typographic
from reportgen.office.repeats import Amount, repeated
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"


@pytest.fixture(scope="module")
def nairobi_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("nairobi")
    return build(REVIEWS / "nairobi-innovation-week-en-ke.yaml", Settings.simple(folder, TEMPLATES)).files


@pytest.fixture(scope="module")
def nairobi(nairobi_files: list[Path]) -> Path:
    return next(f for f in nairobi_files if f.suffix == ".docx")


# -- 1. a range's emphasis ------------------------------------------------------------------------


def test_the_briefing_bolds_the_whole_range_not_its_top_alone(nairobi: Path) -> None:
    paragraphs = [p for p in Document(str(nairobi)).paragraphs if "Between 30 and 40%" in p.text]
    assert paragraphs
    for paragraph in paragraphs:
        bold = "".join(run.text for run in paragraph.runs if run.bold).replace("\u00a0", " ")
        assert bold.strip() == "30 and 40%"


@pytest.mark.parametrize(
    ("locale", "before", "low"),
    [
        ("en_GB", "Between 30 and ", "30 and "),
        ("en_GB", "Women lead from 30 to ", "30 to "),
        ("de_DE", "Zwischen 30\u00a0% und ", "30\u00a0% und "),
        ("fr_FR", "Entre 30 et ", "30 et "),
        ("es_ES", "Entre el 30 y el ", "30 y el "),
        ("it_IT", "Tra il 30 e il ", "30 e il "),
        ("pt_BR", "Entre 30 e ", "30 e "),
        ("nl_NL", "Tussen 30 en ", "30 en "),
        ("pl_PL", "Od 30 do ", "30 do "),
        ("sv_SE", "Mellan 30 och ", "30 och "),
        ("ja_JP", "女性が率いる企業は30から", "30から"),
        ("zh_CN", "女性领导的企业占30至", "30至"),
        ("ko_KR", "여성이 이끄는 기업은 30에서 ", "30에서 "),
    ],
)
def test_a_ranges_lower_bound_is_found_in_every_language(locale: str, before: str, low: str) -> None:
    at = qualifier_words.range_low(before, locale)
    assert before[at:] == low


@pytest.mark.parametrize(("locale", "before"), [("en_GB", "In 2030 and "), ("de_DE", "Im Jahr 2026 und ")])
def test_words_that_state_no_range_have_no_lower_bound(locale: str, before: str) -> None:
    assert qualifier_words.range_low(before, locale) == -1


# -- 2. an author's currency amount in the press's form --------------------------------------------


@pytest.mark.parametrize(
    ("locale", "written", "printed"),
    [
        ("en_KE", "The county fund adds KSh 350 million.", "The county fund adds KSh350 million."),
        ("en_GB", "almost £ 250,000 raised", "almost £250,000 raised"),
        ("en_IN", "₹ 240 crore", "₹240 crore"),
        ("en_ZA", "R 2.4 billion", "R2.4 billion"),
    ],
)
def test_an_authors_amount_takes_the_form_the_tool_prints(locale: str, written: str, printed: str) -> None:
    assert typographic(written, locale).replace("\u00a0", " ") == printed


@pytest.mark.parametrize(
    ("locale", "written"),
    [
        ("en_GB", "USD 2.5 million"),  # a code stands apart
        ("en_KE", "about US$ 18 million"),  # another currency's sign: the allow-list is the locale's own
        ("fr_FR", "US$ 18 millions"),  # French writes its currency after the number
        ("de_DE", "€ 25"),
        ("en_KE", "Hall R 3"),  # not Kenya's symbol: a hall's name
    ],
)
def test_other_amounts_keep_their_space(locale: str, written: str) -> None:
    assert typographic(written, locale).replace("\u00a0", " ") == written


def test_the_kenyan_documents_print_each_amount_one_way(nairobi_files: list[Path]) -> None:
    briefing = next(f for f in nairobi_files if f.suffix == ".docx")
    texts = [p.text for p in Document(str(briefing)).paragraphs]
    deck = next(f for f in nairobi_files if f.suffix == ".pptx")
    texts += [
        sh.text_frame.text for s in Presentation(str(deck)).slides for sh in s.shapes if sh.has_text_frame
    ]
    joined = "\n".join(texts)
    assert "KSh350\u00a0million" in joined
    assert "KSh 350" not in joined.replace("\u00a0", " ")


# -- 3. one figure printed in two forms ------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "value", "digits", "scaled", "forms"),
    [
        ("es_MX", 54000, "54,000 visitantes", "alrededor de 54 mil visitantes", ("54,000", "54 mil")),
        ("de_DE", 1_200_000, "1.200.000 Besucher", "rund 1,2 Mio. Besucher", ("1.200.000", "1,2 Mio.")),
        ("en_GB", 1_200_000, "1,200,000 visitors", "some 1.2 million visitors", ("1,200,000", "1.2 million")),
        ("zh_CN", 54000, "54,000人", "约5.4万人", ("54,000", "5.4万")),
        ("ja_JP", 54000, "54,000人", "約5万4000人", ("54,000", "5万4000")),
    ],
)
def test_a_figure_printed_in_a_scale_word_and_in_digits_is_named_in_both_forms(
    locale: str, value: int, digits: str, scaled: str, forms: tuple[str, str]
) -> None:
    amount = Amount(forms[0], frozenset({float(value)}), False)
    texts = [("slide 5: title", scaled), ("slide 5: chart", digits)]
    warnings = [w for w in repeated([amount], texts, "deck.pptx", locale) if "two forms" in w]
    assert len(warnings) == 1
    assert all(f"“{form}”" in warnings[0] or f"'{form}'" in warnings[0] for form in forms)


@pytest.mark.parametrize(
    ("locale", "texts"),
    [
        ("es_MX", ["54,000 visitantes", "54,000"]),
        ("en_GB", ["1.2 million visitors", "about 1.2 million"]),
        ("pt_PT", ["«Cerca de 54 mil visitantes passaram pela feira.»", "54 000"]),  # a speaker's words
    ],
)
def test_a_figure_printed_in_one_form_is_not_named(locale: str, texts: list[str]) -> None:
    amount = Amount("x", frozenset({54000.0, 1_200_000.0}), False)
    warnings = repeated([amount], [(f"place {i}", t) for i, t in enumerate(texts)], "deck.pptx", locale)
    assert not [w for w in warnings if "two forms" in w]


def test_the_check_names_an_authors_caption_that_writes_a_bars_figure_another_way(tmp_path: Path) -> None:
    source = REVIEWS / "semana-diseno-cdmx-es-mx.yaml"
    text = source.read_text(encoding="utf-8")
    assert "alrededor de 54,000 visitantes" in text
    event = tmp_path / source.name
    event.write_text(
        text.replace("alrededor de 54,000 visitantes", "alrededor de 54 mil visitantes"), "utf-8"
    )
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    named = [w for w in result.warnings if "two forms" in w]
    # The briefing prints the caption under its chart: both forms, named. The deck's chart slide
    # leaves the number to its bars (titles22: a chart title never repeats a bar's figure), so the
    # deck prints '54,000' alone and is not named.
    deck = next(f for f in result.files if f.suffix == ".pptx")
    shown = " ".join(
        " ".join(shape.text_frame.text.split())
        for slide in Presentation(str(deck)).slides
        for shape in slide.shapes
        if shape.has_text_frame
    )
    assert "54 mil" not in shown
    assert {Path(w.split(":")[0]).suffix for w in named} == {".docx"}
    assert all("'54 mil'" in w and "'54,000'" in w for w in named)
