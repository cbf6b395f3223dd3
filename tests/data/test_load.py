"""Loading and validation: exact error texts with line and column, and the WAIC data itself."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from reportgen.data.load import load_event
from reportgen.data.model import Qualifier
from reportgen.errors import DataError

from ..conftest import WAIC, seed_article

MINIMAL = """\
event:
  name: Test Expo 2025
  short_name: TE 2025
  year: 2025
  city: Lyon
  closing_date: 2025-05-04
sources:
  release:
    title: Closing release
sections:
  reach:
    title: Reach
    figures:
      online_viewers:
        label: Online viewers
        value: 1000
        qualifier: more than
"""


def write(tmp_path: Path, text: str, name: str = "event.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def errors_of(path: Path) -> list[str]:
    with pytest.raises(DataError) as info:
        load_event(path)
    return [str(p) for p in info.value.problems] or [info.value.message]


def test_minimal_event_loads(tmp_path: Path) -> None:
    summary = load_event(write(tmp_path, MINIMAL))
    figure = summary.figure("reach.online_viewers")
    assert figure is not None and figure.value == 1000 and figure.qualifier is Qualifier.more_than


def test_wrong_type_names_file_line_column_and_path(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL.replace("value: 1000", "value: lots"))
    assert errors_of(path) == [
        f"{path}:16:16: sections.reach.figures.online_viewers.value: expected a number, got 'lots'"
    ]


_RULE = "digits alone, with a decimal point; a currency, unit or qualifier has its own field"
_SCALED = ", the scale word left to the documents"


@pytest.mark.parametrize(
    ("written", "advice"),
    [
        ('"48\'750"', f"write it as 48750: {_RULE}"),  # Swiss grouping (review V)
        ("48’750", f"write it as 48750: {_RULE}"),
        ("18500 crore", f"write it as 185000000000{_SCALED}: {_RULE}"),  # Indian scale words
        ("4.12 lakh", f"write it as 412000{_SCALED}: {_RULE}"),
        ("385億", f"write it as 38500000000{_SCALED}: {_RULE}"),
        ("1億2650万", f"write it as 126500000{_SCALED}: {_RULE}"),
        ("3억 4150만", f"write it as 341500000{_SCALED}: {_RULE}"),
        ("2,5 Mio.", f"write it as 2500000{_SCALED}: {_RULE}"),
        ("1,234.5", f"write it as 1234.5: {_RULE}"),
        ("€500", f"write it as 500 and currency: EUR: {_RULE}"),
        ("1,234", f"write the number in {_RULE}"),  # a thousand and more, or one and a bit: not guessed
        ("12 500 m²", f"write it as 12500 and unit: m²: {_RULE}"),  # a unit is no scale word
        ("520.000 m²", f"write the number in {_RULE}"),  # 520 or 520 thousand: not guessed
        # an amount with a currency and a scale word, in every language's words (review FF)
        ('"R$ 14,6 bilhões"', f"write it as 14600000000 and currency: BRL{_SCALED}: {_RULE}"),
        ("4,8 mld zł", f"write it as 4800000000 and currency: PLN{_SCALED}: {_RULE}"),
        ("2,3 Mrd. €", f"write it as 2300000000 and currency: EUR{_SCALED}: {_RULE}"),
        ("1,2 miljard euro", f"write it as 1200000000 and currency: EUR{_SCALED}: {_RULE}"),
        ("3,5 miliardi di euro", f"write it as 3500000000 and currency: EUR{_SCALED}: {_RULE}"),
        ("4,5 milliards d’euros", f"write it as 4500000000 and currency: EUR{_SCALED}: {_RULE}"),
        ("1,5 miljarder kronor", f"write it as 1500000000 and currency: SEK{_SCALED}: {_RULE}"),
        ("2,5 millones USD", f"write it as 2500000 and currency: USD{_SCALED}: {_RULE}"),
        ("38億円", f"write it as 3800000000 and currency: JPY{_SCALED}: {_RULE}"),
        ("1860억 원", f"write it as 186000000000 and currency: KRW{_SCALED}: {_RULE}"),
        ("12亿元", f"write it as 1200000000 and currency: its ISO code (CNY, TWD or HKD){_SCALED}: {_RULE}"),
        ("2 billones", f"write it as 2000000000000{_SCALED}: {_RULE}"),  # a Spanish billón is 10**12
    ],
)
def test_a_number_written_as_the_press_writes_it_gets_the_digits_to_write(
    tmp_path: Path, written: str, advice: str
) -> None:
    path = write(tmp_path, MINIMAL.replace("value: 1000", f"value: {written}"))
    shown = repr(written.strip('"'))
    assert errors_of(path) == [
        f"{path}:16:16: sections.reach.figures.online_viewers.value: expected a number, got {shown}\n"
        f"    hint: {advice}"  # on a line of its own: with a file's and a field's paths, it ran past 300
    ]


def test_every_error_of_a_file_is_reported_at_once(tmp_path: Path) -> None:
    text = MINIMAL.replace("year: 2025", "year: soon").replace("value: 1000", "value: lots")
    text = text.replace("qualifier: more than", "qualifier: almost")
    path = write(tmp_path, text)
    found = errors_of(path)
    assert len(found) == 3
    assert found[0] == f"{path}:4:9: event.year: expected a whole number, got 'soon'"
    assert (
        found[1]
        == f"{path}:16:16: sections.reach.figures.online_viewers.value: expected a number, got 'lots'"
    )
    assert found[2].startswith(
        f"{path}:17:20: sections.reach.figures.online_viewers.qualifier: expected one of"
    )
    assert "got 'almost'" in found[2]


@pytest.mark.parametrize(
    ("field", "given", "ours"),
    [
        ("qualifier", "almost", "nearly"),  # a reviewer's 'almost' had no hint
        ("qualifier", "over", "more than"),
        ("qualifier", "approximately", "about"),
        ("qualifier", "nearli", "nearly"),  # a typing slip: the closest of ours
    ],
)
def test_a_qualifier_in_other_words_is_told_ours(tmp_path: Path, field: str, given: str, ours: str) -> None:
    path = write(tmp_path, MINIMAL.replace("qualifier: more than", f"{field}: {given}"))
    assert errors_of(path) == [
        f"{path}:17:20: sections.reach.figures.online_viewers.qualifier: expected one of 'exactly', "
        f"'nearly', 'about', 'more than', 'at least', 'up to' or 'less than', got {given!r}\n"
        f"    hint: did you mean {ours!r}?"
    ]


def test_a_chart_kind_slip_is_told_the_closest_kind(tmp_path: Path) -> None:
    text = MINIMAL + "charts:\n  reach:\n    title: Reach\n    kind: hbars\n    figures: [online_viewers]\n"
    found = errors_of(write(tmp_path, text))
    assert [line.split("\n")[1] for line in found if "charts.reach.kind" in line] == [
        "    hint: did you mean 'hbar'?"
    ]


def test_unknown_field_suggests_the_right_one(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL.replace("  city: Lyon", "  cty: Lyon"))
    found = errors_of(path)
    assert f"{path}:5:3: event.cty: unknown field 'cty'\n    hint: did you mean 'city'?" in found
    assert f"{path}:1:1: event.city: missing required field 'city'" in found


def test_a_comma_inside_braces_is_told_to_quote_the_text(tmp_path: Path) -> None:
    """Review SS2: '{label: Kayaks, paddles et glisse, value: 3}' read 'paddles et glisse' as a
    field, and the message said only 'unknown field'."""
    text = MINIMAL + "      kayaks: {label: Kayaks, paddles et glisse, value: 3}\n"
    path = write(tmp_path, text)
    (line,) = [line for line in errors_of(path) if "paddles" in line]
    assert line.split("\n")[0] == (
        f"{path}:18:31: sections.reach.figures.kayaks.paddles et glisse: unknown field 'paddles et glisse': "
        "inside {…} a comma ends a value; if these words belong to the text before them, put that text "
        'in quotes (label: "…, paddles et glisse")'
    )


def test_duplicate_keys_are_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL.replace("  city: Lyon\n", "  city: Lyon\n  city: Paris\n"))
    assert errors_of(path)[0].startswith(f"{path}:6:3: event: duplicate key 'city' (first at line 5)")


def test_python_tags_are_refused_not_constructed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    path = write(
        tmp_path, MINIMAL.replace("city: Lyon", f"city: !!python/object/apply:os.system ['touch {marker}']")
    )
    found = errors_of(path)
    assert found[0].startswith(
        f"{path}:5:9: event.city: the tag 'tag:yaml.org,2002:python/object/apply:os.system'"
    )
    assert not marker.exists()


def test_aliases_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL.replace("city: Lyon", "city: &c Lyon\n  country: *c"))
    assert any("anchors and aliases" in e for e in errors_of(path))


def test_yaml_syntax_error_has_a_position(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL.replace("  city: Lyon", "  city: [Lyon"))
    (only,) = errors_of(path)
    assert re.match(rf"{re.escape(str(path))}:\d+:\d+: YAML syntax: ", only)


def test_a_quote_left_open_is_named_where_it_opened_not_at_the_files_end(tmp_path: Path) -> None:
    # review LL: a `"` left open on line 94 read "138:1: found unexpected end of stream"
    path = write(tmp_path, MINIMAL.replace("  name: Test Expo 2025", '  name: "Test Expo 2025'))
    (only,) = errors_of(path)
    assert only.startswith(
        f'{path}:2:9: YAML syntax: the quote (") opened here is never closed: the file ends inside it'
    )
    assert 'close the text with " at the end of its line' in only


def test_a_quote_left_open_that_closes_lines_below_is_named_where_it_opened(tmp_path: Path) -> None:
    # a single quote runs on to the next apostrophe ("O'Connell"), and YAML stops there
    text = MINIMAL.replace("  city: Lyon", "  city: 'Lyon").replace(
        "    title: Closing release", "    title: Closing release of O'Connell Street"
    )
    (only,) = errors_of(write(tmp_path, text))
    assert ":5:9: YAML syntax: the quote (') opened here closes only on line 9" in only
    assert "or writes it twice ('')" in only


def test_characters_word_cannot_hold_are_refused_with_the_field(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL.replace("label: Online viewers", 'label: "Online\\x01viewers"'))
    (only,) = errors_of(path)
    assert only.startswith(f"{path}:15:16: sections.reach.figures.online_viewers.label: ")
    assert "U+0001" in only


def test_not_a_number_and_infinity_are_refused(tmp_path: Path) -> None:
    for bad in (".nan", ".inf"):
        path = write(tmp_path, MINIMAL.replace("value: 1000", f"value: {bad}"))
        assert "expected a finite number" in errors_of(path)[0]


def test_breakdown_must_add_up(tmp_path: Path) -> None:
    text = (
        MINIMAL + "        breakdown:\n          a: {label: A, value: 3}\n          b: {label: B, value: 4}\n"
    )
    path = write(tmp_path, text.replace("        qualifier: more than\n", ""))
    (only,) = errors_of(path)
    assert "the breakdown adds up to 7, not 1,000" in only


def test_chart_must_name_existing_figures(tmp_path: Path) -> None:
    text = (
        MINIMAL
        + "charts:\n  reach:\n    title: Reach\n    kind: bar\n    figures: [reach.offline_visitors]\n"
    )
    (only,) = errors_of(write(tmp_path, text))
    assert "chart 'reach' uses unknown figure 'reach.offline_visitors'" in only


def test_utf16_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL.encode())
    assert load_event(path).event.city == "Lyon"
    path.write_bytes(MINIMAL.encode("utf-16"))
    assert "UTF-16" in errors_of(path)[0]


def test_missing_file(tmp_path: Path) -> None:
    assert "no such file" in errors_of(tmp_path / "absent.yaml")[0]


# -- the bundled event ------------------------------------------------------------------------------


def test_waic_holds_every_figure_of_the_article_with_its_qualifier() -> None:
    summary = load_event(WAIC)
    expected = {
        "signing.projects": (25, "exactly", None),
        "signing.investment": (15_000_000_000, "nearly", "CNY"),
        "finance.subfunds": (1_000_000_000, "exactly", "CNY"),
        "finance.credit_tools": (10_000_000_000, "exactly", "CNY"),
        "programme.activities": (121, "exactly", None),
        "programme.opening_ceremonies": (1, "exactly", None),
        "programme.plenary_meetings": (2, "exactly", None),
        "programme.closing_ceremonies": (1, "exactly", None),
        "programme.sections": (5, "exactly", None),
        "programme.sectors": (4, "exactly", None),
        "programme.directions": (30, "more than", None),
        "participants.guests": (500, "more than", None),
        "participants.turing_winners": (4, "exactly", None),
        "participants.nobel_laureates": (1, "exactly", None),
        "participants.fields_winners": (1, "exactly", None),
        "participants.marr_winners": (1, "exactly", None),
        "participants.academicians": (80, "more than", None),
        "participants.university_presidents": (20, "more than", None),
        "reach.metaverse_visits": (370_000, "exactly", None),
        "reach.media_outlets": (700, "more than", None),
        "reach.internet_media": (2000, "more than", None),
        "reach.online_viewers": (638_000_000, "more than", None),
    }
    for ref, (value, qualifier, currency) in expected.items():
        figure = summary.figure(ref)
        assert figure is not None, ref
        assert (figure.value, figure.qualifier.value, figure.currency) == (value, qualifier, currency), ref
    projects = summary.figure("signing.projects")
    assert projects is not None
    assert {k: p.value for k, p in projects.breakdown.items()} == {"on_site": 8, "metaverse_venue": 17}
    visits = summary.figure("reach.metaverse_visits")
    assert visits is not None and str(visits.as_of) == "2022-09-03 14:00:00"


def test_waic_holds_the_people_launches_and_lists() -> None:
    summary = load_event(WAIC)
    assert summary.event.theme == "Intelligent connectivity, infinite multiverse"
    assert str(summary.event.closing_date) == "2022-09-03"
    people = {p.name: p.role for p in summary.sections["closing_ceremony"].people}
    assert people == {
        "Zhang Wei": "declared the Conference closed",
        "Hang Yingwei": "attended the closing ceremony",
        "Zhuang Mudi": "attended the closing ceremony",
        "Wu Jincheng": "summarized the results of the Conference",
    }
    (metaverse,) = summary.sections["closing_ceremony"].launches
    assert len(metaverse.items) == 3 and "Kuaishou Shanghai R&D Center" in metaverse.items
    lists = summary.sections["programme"].lists
    assert lists["sections"].items == ["meetings", "exhibitions", "competitions", "applications", "talents"]
    assert len(lists["sectors"].items) == 4
    assert "generative AI" in lists["hot_topics"].items
    assert summary.sections["participants"].lists["companies"].items == [
        "Baidu",
        "Huawei",
        "Qualcomm",
        "Meta",
    ]


def test_every_quote_is_verbatim_from_the_article() -> None:
    article = seed_article()
    if article is None:
        pytest.skip("the seed article (shared/seed) is not beside this checkout")
    from reportgen.data.model import _quotes

    def norm(text: str) -> str:
        return re.sub(r"\s+", " ", text.replace("“", '"').replace("”", '"')).strip()

    source = norm(article.read_text(encoding="utf-8"))
    quotes = _quotes(load_event(WAIC))
    assert len(quotes) >= 20
    for owner, quote in quotes:
        assert norm(quote.text) in source, owner


def test_an_event_read_again_comes_from_memory_only_while_its_bytes_are_the_same(tmp_path: Path) -> None:
    """A batch validates every event before building, and its workers find them in memory; an
    event file edited in between is read again, and a bad one is never remembered."""
    from reportgen.data import load

    event = tmp_path / "event.yaml"
    event.write_text(WAIC.read_text(encoding="utf-8"), encoding="utf-8")
    first = load_event(event)
    assert (str(event), hashlib.sha256(event.read_bytes()).digest()) in load._VALIDATED
    again = load_event(event)
    assert again == first and again is not first  # a copy: no build can change another's event
    event.write_text(
        WAIC.read_text(encoding="utf-8").replace("city: {en: Shanghai,", "city: {en: Pudong,"), "utf-8"
    )
    assert load_event(event).event.city == "Pudong"
    event.write_text(
        WAIC.read_text(encoding="utf-8").replace("city: {en: Shanghai, zh: 上海}", "city: [1, 2]"), "utf-8"
    )
    with pytest.raises(DataError):
        load_event(event)
    with pytest.raises(DataError):
        load_event(event)  # still an error: failures are not remembered


@pytest.mark.parametrize(
    ("sentence", "refused"),
    [
        ("Since 2024, {value} have come.", ""),  # a year (a reviewer's 'since 2024' was refused)
        ("Visitors under 30 were {value} of all.", ""),  # an age band
        ("The first 10K drew {value}.", ""),  # a name
        ("2024年以来、{value}が来場した。", ""),
        ("Up 3,400 on last year, {value} came.", "3,400"),
        ("{value} came, 12% more.", "12"),
        ("{value} came and spent $500 each.", "500"),
        ("{value} came, against 12000 last year.", "12000"),
        ("{value}が来場し、前年より5万人多かった。", "5"),
    ],
)
def test_a_sentence_may_name_years_and_names_but_no_amount(
    tmp_path: Path, sentence: str, refused: str
) -> None:
    text = MINIMAL + f"        sentence: {json.dumps(sentence, ensure_ascii=False)}\n"
    path = write(tmp_path, text)
    if not refused:
        assert load_event(path).sections["reach"].figures["online_viewers"].sentence == sentence
        return
    assert errors_of(path) == [
        f"{path}:18:19: sections.reach.figures.online_viewers.sentence: holds the number {refused!r} of "
        "its own; amounts belong in figures (as a figure's value, printed at {value}), so write the "
        "sentence without it"
    ]
