"""Brief numbers10: one number, one form, and the emphasis on the whole figure.

1. a sentence that states a range sets the whole range in bold ('30 and 40%'), not its top alone;
2. an author's amount in a currency the locale's press writes against its number ('KSh 350
   million') prints as the tool prints it ('KSh350 million'): one amount, one form;
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from reportgen.data import qualifier_words
from reportgen.data.typography import typographic
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
        ("en_KE", "about US$ 18 million", "about US$18 million"),
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
