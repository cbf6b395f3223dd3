"""Round 21: which words of a tile's own sentence, one no slide prints, the tile says (plan/
tile_details.py), by rule, in any language. Where the sentence has words before its number, what
follows the number reads on from the number: a line under the label ('for 15 early-stage
companies'), never ending on a German or Dutch verb's separable part ('… ab'). A Chinese or
Japanese clause after the number's comma is such a line; a word tied to the number ('に上りました')
is none. Where the sentence opens with its number, its words read on from what it counts, one
text with the label ('Delegates attended, from 21 countries')."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportgen.data.prepare import prepare

from ..conftest import ROOT

AGRIFOOD = ROOT / "tests" / "data" / "review_events" / "agrifood-noord-nl.yaml"


def _export_tile(folder: Path, locale: str, label: str, sentence: str, unit: str = "%", qualifier: str = ""):
    """The nl fair's export share in `locale`, its label, own sentence, unit and qualifier as
    given: its tile."""
    data = yaml.safe_load(AGRIFOOD.read_text("utf-8"))
    data["formatting"]["locale"] = locale
    figure = data["sections"]["handel"]["figures"]["export"]
    figure.update(label=label, sentence=sentence, unit=unit)
    if qualifier:
        figure["qualifier"] = qualifier
    folder.mkdir(parents=True, exist_ok=True)
    event = folder / f"agrifood-{locale}.yaml"
    event.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    pages = prepare(event).context["glance_pages"]
    return next(f for page in pages for f in page if f.ref == "handel.export")


@pytest.mark.parametrize(
    ("locale", "label", "sentence", "detail"),
    [
        (
            "en_GB",
            "Share of contracts for export",
            "Buyers from abroad signed {value} of the contracts, most of them dairy firms from Denmark.",
            "of the contracts, most of them dairy firms from Denmark",
        ),
        (
            "de_DE",
            "Anteil der Verträge für den Export",
            "Ausländische Einkäufer schlossen {value} der Verträge mit Molkereien aus Friesland ab, "
            "vor allem für Käse.",
            "der Verträge mit Molkereien aus Friesland, vor allem für Käse",
        ),
        (
            "ja_JP",
            "輸出向け契約の割合",
            "輸出向け契約の割合は{value}、その半数はドイツの小売チェーン向けでした。",
            "その半数はドイツの小売チェーン向けでした",
        ),
        (
            "zh_CN",
            "出口合同所占比例",
            "出口合同占{value}，其中一半销往德国连锁超市。",
            "其中一半销往德国连锁超市",
        ),
        (
            "ja_JP",
            "輸出向け契約の割合",
            "ドイツや北欧の小売チェーン向けの輸出契約は{value}に上りました。",
            "",
        ),
    ],
    ids=["en", "de", "ja", "zh", "ja-tied"],
)
def test_words_after_a_number_with_words_before_it(
    locale: str, label: str, sentence: str, detail: str, tmp_path: Path
) -> None:
    tile = _export_tile(tmp_path, locale, label, sentence)
    assert tile.tile_detail == detail
    assert tile.label == label


def test_words_after_a_number_that_opens_its_sentence_read_on_from_what_it_counts(tmp_path: Path) -> None:
    tile = _export_tile(
        tmp_path,
        "de_DE",
        "Einkäufer",
        "Mehr als {value} kamen aus Skandinavien.",
        "Einkäufer",
        "more than",
    )
    assert tile.label == "Einkäufer kamen aus Skandinavien"
    assert not tile.tile_detail


def test_a_sentence_longer_than_two_lines_of_its_tile_leaves_it_its_label(tmp_path: Path) -> None:
    """Review RR4 (round 22): a label of its sentence's words in three or four lines of a tile
    among labels of a word or two read machine-made (this sentence was one label until then)."""
    tile = _export_tile(
        tmp_path,
        "de_DE",
        "Einkäufer",
        "Mehr als {value} kamen aus Skandinavien, die meisten aus Dänemark.",
        "Einkäufer",
        "more than",
    )
    assert tile.label == "Einkäufer"
    assert not tile.tile_detail
