"""libyaml composes what ruamel composes: the same values, tags and positions, or it steps aside."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML
from ruamel.yaml.nodes import MappingNode, Node, SequenceNode

from reportgen.data import fastyaml
from reportgen.data.load import parse_yaml, read_yaml
from reportgen.errors import DataError

from ..conftest import ROOT

pytestmark = pytest.mark.skipif(not fastyaml.available(), reason="PyYAML with libyaml is not installed")

FILES = [
    ROOT / "data" / "waic2022.yaml",
    *sorted((ROOT / "data" / "examples").glob("*.yaml")),
    ROOT / "reportgen.yaml",
]
SCALARS = [
    "no",
    "yes",
    "On",
    "off",
    "y",
    "NULL",
    "~",
    "",
    "true",
    "False",
    "1.0",
    ".5",
    "1e3",
    "1_000",
    "0o17",
    "0x1F",
    "017",
    "+12",
    "-0",
    ".inf",
    "-.INF",
    ".nan",
    "2022-09-03",
    "2022-09-03 10:47",
    "2022-9-3",
    "12:30",
    "1:20:30",
    "'12'",
    '"yes"',
    "Norway",
    "<<",
    "=",
    "2001-12-14t21:59:43.10-05:00",
]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_the_bundled_files_read_the_same(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert fastyaml.compose(path.read_text(encoding="utf-8")) is not None
    fast = read_yaml(path)
    monkeypatch.setattr(fastyaml, "compose", lambda text: None)
    slow = read_yaml(path)
    assert fast[0] == slow[0]
    assert (fast[1].values, fast[1].keys) == (slow[1].values, slow[1].keys)


@pytest.mark.parametrize("scalar", SCALARS)
def test_every_scalar_gets_ruamels_yaml_1_2_tag(scalar: str) -> None:
    text = f"key: {scalar}\n{scalar or 'empty'}: 1\n"
    fast, slow = fastyaml.compose(text), YAML(typ="safe", pure=True).compose(text)
    assert [(k.value, k.tag, v.value, v.tag) for k, v in fast.value] == [
        (k.value, k.tag, v.value, v.tag) for k, v in slow.value
    ]
    if scalar:  # an empty value: libyaml places it right after its key, ruamel on the next line
        assert [(v.start_mark.line, v.start_mark.column) for _, v in fast.value] == [
            (v.start_mark.line, v.start_mark.column) for _, v in slow.value
        ]


@pytest.mark.parametrize("text", ["a: &x 1\nb: *x\n", "%YAML 1.1\n---\na: yes\n", "a: [1\n", "- a\nb: 1\n"])
def test_anything_unusual_is_left_to_ruamel(text: str) -> None:
    assert fastyaml.compose(text) is None


@pytest.mark.parametrize("text", ["a: !!python/object {}\n", "a: !\n", "a: !!str 1\n", "!!map {a: 1}\n"])
def test_an_explicit_tag_is_left_to_ruamel(text: str) -> None:
    """ruamel composes it (and load.py refuses a tag that is not plain): the two differed on
    the non-specific tag, `a: !` being '' to libyaml and None to ruamel."""
    assert fastyaml.compose(text) is None


# -- the two paths agree on every text, or both refuse it (issue 16, item 14) ------------------------

#: Pieces of YAML where YAML 1.1 and 1.2, libyaml and ruamel, have been seen to differ: tabs as
#: separation and indentation, line breaks YAML 1.2 no longer counts (NEL, LS, PS), odd scalars,
#: merge keys, tags, anchors, directives, document markers, flow collections, quotes, comments.
PIECES = [
    *SCALARS,
    *(f"{s} " for s in SCALARS),
    "a",
    "b",
    "key",
    "名前",
    ":",
    ": ",
    ":\t",
    "\t",
    " ",
    "  ",
    "- ",
    "-\t",
    "? ",
    "\n",
    "\r\n",
    "\r",
    "\x85",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\u00a0",
    "\u3000",
    "\x00",
    "\x1b",
    "#",
    " # c",
    "'",
    '"',
    "\\",
    "\\t",
    "[",
    "]",
    "{",
    "}",
    ",",
    "&x ",
    "*x",
    "!!str ",
    "!!int ",
    "!!float ",
    "!!binary ",
    "!!set ",
    "!x ",
    "! ",
    "!",
    "!<tag:yaml.org,2002:str> ",
    "<<: ",
    "---",
    "--- ",
    "...",
    "%YAML 1.2\n",
    "%TAG ! tag:x,2002:\n",
    "|",
    ">",
    "|-",
    "|+",
    "@",
    "`",
]
YAMLISH = st.lists(st.sampled_from(PIECES) | st.text(max_size=2), max_size=24).map("".join)
#: Event-shaped texts with one piece put somewhere: most runs get as far as composing the nodes.
SHAPED = st.builds(
    lambda text, at, piece: text[:at] + piece + text[at:],
    st.sampled_from(["a: b\nc:\n  d: 1\n  e: [x, y]\nf:\n  - g\n  - h: 2\n", "key: value\n", "- a\n- b\n"]),
    st.integers(0, 60),
    YAMLISH,
)

#: Event-like texts built line by line, each line with its own indentation, separator, value,
#: trailing space or comment and line break: most of them compose, so values get compared.
LINE = st.tuples(
    st.sampled_from(["", "", "", "", "", "  ", "  ", "\t", " \t", "- ", "  - "]),
    st.sampled_from(["a", "b", "key", "名前", "'q k'", '"d\\tk"', "? x", "1", "no", "<<", "~", "2022-09-03"]),
    st.sampled_from([": ", ": ", ": ", ": ", ": ", ":\t", ":  ", ": \t", ":", ":\u00a0", ":\u3000"]),
    st.sampled_from(
        [
            *SCALARS,
            "[a, b]",
            "{x: 1, y: [2]}",
            "'it''s'",
            '"tab\\there"',
            '"\\u2028"',
            "x\ty",
            "a b",
            "!!str 5",
            "!!int ''",
            "!!float 1",
            "&x 1",
            "*x",
            "|",
            ">-",
            "",
        ]
    ),
    st.sampled_from(["", "", "", "", " ", "\t", " # c", "\t# c", "\u00a0"]),
    st.sampled_from(["\n", "\n", "\n", "\n", "\n", "\n", "\r\n", "\r", "\x85", "\u2028", "\u2029"]),
).map("".join)
LINES = st.lists(LINE, min_size=1, max_size=8).map("".join)


def read_both_ways(text: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """What parse_yaml makes of `text` with libyaml's composer first, and with ruamel's alone:
    ('ok', repr of the values) or ('refused', exit code)."""
    results = []
    for fast in (True, False):
        with monkeypatch.context() as patch:
            if not fast:
                patch.setattr(fastyaml, "compose", lambda text: None)
            try:
                results.append(("ok", repr(parse_yaml(text.encode("utf-8", "surrogatepass"), "x.yaml")[0])))
            except DataError as exc:
                results.append(("refused", str(int(exc.exit_code))))
    return results


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=YAMLISH | SHAPED | LINES)
def test_libyaml_and_ruamel_read_every_text_alike(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast, slow = read_both_ways(text, monkeypatch)
    assert fast == slow, text
    assert fast[0] == "ok" or fast == ("refused", "3")


@pytest.mark.parametrize(
    "text",
    [
        "a:\tb\n",
        "a: b\t\n",
        "a:\t1\n",
        "a:  \t  \n",
        "a: 1\x85b: 2\n",
        "a: 1\u2028b: 2\n",
        "a: 1\u2029b: 2\n",
        "a:\n\t- 1\n",
        "a: 0o12\nb: 1_000\nc: .inf\nd: yes\ne: ~\nf: 2022-09-03\n",
        "a: {<<: {b: 1}}\n",
        "a: !!str 1\n",
        "a: !\n",
        "a: 1\na: 2\n",
        "\ufeffa: 1\n",
        "key: value\n\ufeff",
        "a: 1\n\ufeffb: 2\n",
        "a: 1\r\nb: 2\r\n",
    ],
)
def test_the_known_disagreements(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast, slow = read_both_ways(text, monkeypatch)
    assert fast == slow


@pytest.mark.parametrize("text", ["name: R&D 5*3 wow!\n", "a: b&c\nd: [x*y, z!]\n", "q: A&B, C*D!\n"])
def test_text_with_no_room_for_an_anchor_alias_or_tag_skips_the_search_for_them(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An ampersand, asterisk or exclamation mark inside a value ("R&D") cannot start an anchor,
    an alias or a tag: libyaml composes the text with no first pass over its events."""

    def searched(text: str) -> bool:
        raise AssertionError("the events were searched")

    monkeypatch.setattr(fastyaml, "_plain", searched)
    assert _plain_values(fastyaml.compose(text)) == _plain_values(YAML(typ="safe", pure=True).compose(text))


def _plain_values(node: Node) -> object:
    if isinstance(node, MappingNode):
        return [(_plain_values(k), _plain_values(v)) for k, v in node.value]
    if isinstance(node, SequenceNode):
        return [_plain_values(item) for item in node.value]
    return (node.tag, node.value)


@pytest.mark.parametrize(
    "text",
    [
        "a: [&x 1, *x]\n",
        "{a: &x 1, b: *x}\n",
        "a:\n- &x 1\n- *x\n",
        "? &k a\n: 1\n",
        "a: &x\n  b: 1\nc: *x\n",
        "a: !!str 1\n",
        "[!!str 1]\n",
        "a: 'R&D'\nb: &x 1\n",
    ],
)
def test_an_anchor_alias_or_tag_after_any_indicator_is_left_to_ruamel(text: str) -> None:
    assert fastyaml.compose(text) is None
