"""YAML -> EventSummary, with every error pointing at a line and column.

We compose the YAML node tree ourselves instead of letting a loader construct objects, for three
reasons: only the plain YAML types can come out (no `!!python/...` tag is ever constructed), every
value keeps its position so that validation errors can name `file:line:column`, and aliases are
refused outright (they are never needed in an event summary and are the door to "billion laughs").
"""

from __future__ import annotations

import contextlib
import difflib
import hashlib
import math
import pickle
import re
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import Enum
from pathlib import Path
from types import UnionType
from typing import Annotated, Any, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from reportgen.data import (
    currency_signs,
    fastyaml,
    language_names,
    number_hints,
    pattern_messages,
    translations,
    yaml_quotes,
)
from reportgen.data.model import EventSummary, reference_problems
from reportgen.errors import DataError, Problem, ProblemList, ReportgenError, display_path
from reportgen.inputs import read_input
from reportgen.memo import Memo

MAX_FILE_BYTES = 5 * 1024 * 1024
_PLAIN_TAGS = {
    "tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
}

PathKey = tuple[str | int, ...]
M = TypeVar("M", bound=BaseModel)


@dataclass
class Positions:
    """Line and column (1-based) of every key and value in a document, by path."""

    values: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    keys: dict[PathKey, tuple[int, int]] = field(default_factory=dict)

    def nearest(self, path: PathKey) -> tuple[int, int] | None:
        """The position of `path`, or of its closest ancestor that exists in the file."""
        for end in range(len(path), -1, -1):
            if path[:end] in self.values:
                return self.values[path[:end]]
        return None


def load_event(path: Path) -> EventSummary:
    """Read and validate one event file; raise DataError listing every problem found.

    Field checks come from the model; checks that need the whole event (quotes' sources, what
    each chart can draw) come from `reference_problems`. Both `validate` and `build` run this, so
    they agree by construction.
    """
    name = display_path(path)
    raw = _read(path, "an event summary")
    key = (str(path), hashlib.sha256(raw).digest())
    known = _VALIDATED.get(key)
    if known is not None:
        return pickle.loads(zlib.decompress(known))  # this process made it
    data, positions = parse_yaml(raw, name)
    problems = ProblemList(name)
    data, table = translations.split(data, positions, problems)
    problems.raise_if_any()
    summary = _checked(data, positions, name, EventSummary)
    summary._translations = table if table.entries or table.plain else None
    summary._stem = path.stem
    for place, message in reference_problems(summary):
        line, column = positions.nearest(place) or (None, None)
        problems.items.append(Problem(name, message, line=line, column=column, path=_dotted(place)))
    problems.raise_if_any()
    _VALIDATED.remember(key, zlib.compress(pickle.dumps(summary), 1))
    return summary


#: Events this process read and found valid, by path and content (a pickle, compressed: about
#: 3 KB an event). A batch validates every event before it builds any, to refuse two events that
#: would write one file; its workers, forked after that, find their event here instead of
#: reading the YAML again (about 6 ms, most of it building positioned values in Python).
_VALIDATED: Memo[tuple[str, bytes], bytes] = Memo(4096)


def load_model(path: Path, cls: type[M], what: str = "an event summary") -> M:
    """Read a YAML file into `cls`; every problem is reported with its file, line and column."""
    return _validated(_read(path, what), display_path(path), cls)[0]


def _validated(raw: bytes, name: str, cls: type[M]) -> tuple[M, Positions]:
    data, positions = parse_yaml(raw, name)
    return _checked(data, positions, name, cls), positions


def _checked(data: Any, positions: Positions, name: str, cls: type[M]) -> M:
    try:
        return cls.model_validate(data)
    except ValidationError as exc:
        problems = ProblemList(name)
        for error in _merge_union_errors(exc.errors(), data):
            problems.items.append(_problem_from_pydantic(name, error, data, positions, cls))
        problems.raise_if_any()
        raise  # unreachable: a ValidationError always carries at least one error


def read_yaml(path: Path, what: str = "an event summary") -> tuple[Any, Positions]:
    return parse_yaml(_read(path, what), display_path(path))


def _read(path: Path, what: str) -> bytes:
    return read_input(
        path,
        MAX_FILE_BYTES,
        DataError,
        what,
        hint="check the path, or run `reportgen build` in the folder that holds data/",
    )


def parse_yaml(raw: bytes, name: str) -> tuple[Any, Positions]:
    """The YAML in `raw` (read from the file shown as `name`), with the position of each value."""
    text = _decode(name, raw)
    yaml = YAML(typ="safe", pure=True)
    try:
        root = fastyaml.compose(text) or yaml.compose(text)
    except RecursionError:
        raise DataError(
            problems=[
                Problem(
                    name,
                    "the YAML is nested too deeply to be an event summary",
                    hint="an event file needs a few levels of indentation, not thousands",
                )
            ]
        ) from None
    except MarkedYAMLError as exc:
        quote = yaml_quotes.open_quote(text, exc)
        if quote is not None:  # the slip is where the quote opened, not where YAML stopped
            what, hint = yaml_quotes.message(quote)
            raise DataError(
                problems=[
                    Problem(name, f"YAML syntax: {what}", line=quote.line, column=quote.column, hint=hint)
                ]
            ) from None
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise DataError(
            problems=[
                Problem(
                    name,
                    f"YAML syntax: {exc.problem or exc.context}",
                    line=line,
                    column=col,
                    hint=_syntax_hint(text, line),
                )
            ]
        ) from None
    except YAMLError as exc:
        raise DataError(problems=[Problem(name, f"YAML syntax: {exc}")]) from None
    if root is None:
        raise DataError(
            problems=[
                Problem(
                    name,
                    "the file is empty",
                    line=1,
                    column=1,
                    hint="start from data/waic2022.yaml or `reportgen init`",
                )
            ]
        )
    builder = _Builder(name, yaml)
    try:
        data = builder.build(root, ())
    except RecursionError:
        raise DataError(
            problems=[Problem(name, "the YAML is nested too deeply to be an event summary")]
        ) from None
    builder.problems.raise_if_any()
    if not isinstance(data, dict):
        raise DataError(
            problems=[
                Problem(
                    name,
                    "the top level must be a mapping (key: value lines)",
                    line=root.start_mark.line + 1,
                    column=root.start_mark.column + 1,
                )
            ]
        )
    return data, builder.positions


#: Characters YAML 1.1 (and libyaml) took as line breaks and YAML 1.2 (ruamel, our reader) does not.
_OLD_BREAKS = {"\x85": "U+0085", "\u2028": "U+2028", "\u2029": "U+2029"}


def _syntax_hint(text: str, line: int | None) -> str:
    """What to look for at a YAML syntax error: a tab, a line break YAML 1.2 does not read as one."""
    lines = re.split(r"\r\n|\r|\n", text)  # YAML's line breaks (str.splitlines knows more)
    here = lines[line - 1] if line and line <= len(lines) else ""
    odd = [code for char, code in _OLD_BREAKS.items() if char in here]
    if odd:
        return f"the line holds {odd[0]}, which YAML does not read as a line break; put a newline there"
    if "\t" in here:
        return "the line holds a tab: YAML separates and indents with spaces; replace the tab with spaces"
    if "\ufeff" in text:  # a leading one is stripped before this
        at = next(number for number, words in enumerate(lines, 1) if "\ufeff" in words)
        return f"line {at} holds a byte order mark (U+FEFF), which belongs only at a file's start; remove it"
    return "check indentation (spaces only) and quoting around this place"


def _decode(name: str, raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DataError(f"{name}: the file is UTF-16; save it as UTF-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError(
            problems=[
                Problem(
                    name,
                    f"not valid UTF-8 (byte 0x{raw[exc.start]:02x})",
                    line=line,
                    hint="save the file as UTF-8",
                )
            ]
        ) from None


class _Builder:
    """Turns composed nodes into plain Python values, recording positions and refusing the unsafe."""

    def __init__(self, name: str, yaml: YAML) -> None:
        self.problems = ProblemList(name)
        self.positions = Positions()
        self._constructor = yaml.constructor

    def _at(self, node: Node) -> dict[str, int]:
        return {"line": node.start_mark.line + 1, "column": node.start_mark.column + 1}

    def build(self, node: Node, path: PathKey) -> Any:
        self.positions.values[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if node.tag not in _PLAIN_TAGS:
            self.problems.add(
                f"the tag {node.tag!r} is not allowed; event files hold plain values only",
                path=_dotted(path),
                **self._at(node),
            )
            return None
        if getattr(node, "anchor", None):
            self.problems.add(
                "anchors and aliases (&name, *name) are not allowed; write the value out",
                path=_dotted(path),
                **self._at(node),
            )
            return None
        if isinstance(node, MappingNode):
            return self._mapping(node, path)
        if isinstance(node, SequenceNode):
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        assert isinstance(node, ScalarNode)
        try:
            value = self._constructor.construct_object(node, deep=True)
        except (YAMLError, ValueError, ArithmeticError, LookupError, TypeError) as exc:
            # ruamel's constructors fail on tagged odd values in many ways (`!!int ''`: IndexError)
            reason = (
                exc if isinstance(exc, YAMLError | ValueError) else f"not a valid {node.tag.split(':')[-1]}"
            )
            self.problems.add(
                f"cannot read the value {node.value!r}: {reason}", path=_dotted(path), **self._at(node)
            )
            return None
        if isinstance(value, float) and math.isfinite(value):
            # exact, as written: 0.1 stays 0.1 (the binary float would be 0.1000000000000000055...)
            with contextlib.suppress(InvalidOperation):
                value = Decimal(node.value.replace("_", ""))
        return value

    def _mapping(self, node: MappingNode, path: PathKey) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.problems.add(
                    "merge keys (<<) are not allowed; write the values out",
                    path=_dotted(path),
                    **self._at(key_node),
                )
                continue
            if not isinstance(key_node, ScalarNode):
                self.problems.add("a key must be a plain word", path=_dotted(path), **self._at(key_node))
                continue
            key = str(key_node.value)
            if key in result:
                first = self.positions.keys[(*path, key)]
                self.problems.add(
                    f"duplicate key {key!r} (first at line {first[0]})",
                    path=_dotted(path),
                    **self._at(key_node),
                    hint="each key may appear once in a mapping; remove or rename one",
                )
                continue
            self.positions.keys[(*path, key)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            result[key] = self.build(value_node, (*path, key))
        return result


def _dotted(path: PathKey) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _merge_union_errors(errors: list[Any], data: Any) -> list[Any]:
    """One error per place: a value that fits no member of `int | float` is one mistake, not two."""
    merged: dict[PathKey, Any] = {}
    for error in errors:
        path = _data_path(error["loc"], data)
        if path in merged:
            kinds = {merged[path]["type"], error["type"]}
            numeric = {"int_parsing", "int_type", "float_parsing", "float_type", "int_from_float"}
            if kinds <= numeric | {"decimal_parsing", "decimal_type"}:
                merged[path] = {**merged[path], "type": "float_parsing"}
            continue
        merged[path] = error
    return list(merged.values())


def _problem_from_pydantic(
    name: str, error: Any, data: Any, positions: Positions, root: type[BaseModel]
) -> Problem:
    loc = _data_path(error["loc"], data)
    kind, given = error["type"], error.get("input")
    line_col = None
    if kind == "extra_forbidden":
        line_col = positions.keys.get(loc)
    elif loc[-1:] == ("[key]",):  # a key the model refuses ('daprà:'): the key, not its first child
        line_col = positions.keys.get(loc[:-1])
    elif kind == "missing":
        line_col = positions.keys.get(loc[:-1]) or (1, 1)  # the key of the mapping that lacks it
    line, column = line_col or positions.nearest(loc) or (None, None)
    locale = _written_locale(data)
    message, hint = _message(kind, error, given, loc, locale), _hint(root, kind, loc, given)
    if kind == "string_pattern_mismatch" and isinstance(given, str) and _names_currency(loc):
        message, hint = currency_signs.refusal(given, locale)  # 'kr': "did you mean 'NOK'?"
    said, _, advice = message.partition("; ")
    if advice and not hint and (len(message) > MAX_MESSAGE or _expected(kind) in _NUMBERS):
        message, hint = said, advice  # the digits to write, or a long advice, on a line of their own
    shown = tuple(part for part in loc if part != "[key]")  # the key itself: the path names it
    return Problem(name, message, line=line, column=column, path=_dotted(shown), hint=hint)


#: The longest message on one line with its file's and field's paths (errors.MAX_LINE clips a line
#: at 300 characters): a longer one gives its advice, after its '; ', on the hint's line.
MAX_MESSAGE = 200
_NUMBERS = ("a number", "a whole number")


def _names_currency(loc: PathKey) -> bool:
    """Whether the place holds a currency's code: a `currency`, or a key of `conversions` or
    `currency_labels` ('kr' was 'not a valid kr (it must match ^[A-Z]{3}$)')."""
    return bool(loc) and (
        loc[-1] == "currency" or (len(loc) > 1 and loc[-2] in ("conversions", "currency_labels"))
    )


def _written_locale(data: Any) -> str:
    """The locale the file writes (`formatting.locale`, else its first language), which reads a
    hint's scale words, signs and marks ('kr' is NOK in nb_NO); '' where it writes none."""
    formatting = data.get("formatting") if isinstance(data, dict) else None
    if not isinstance(formatting, dict):
        return ""
    locale = formatting.get("locale")
    languages = formatting.get("languages")
    if not isinstance(locale, str) and isinstance(languages, list) and languages:
        locale = languages[0]
    return locale if isinstance(locale, str) and len(locale) < 40 else ""


def _data_path(loc: tuple[Any, ...], data: Any) -> PathKey:
    """Pydantic's error location, less the entries (union members, validators) absent from the data."""
    path: list[str | int] = []
    node = data
    for part in loc:
        if (isinstance(node, dict) and part in node) or (
            isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        ):
            node = node[part]
            path.append(part)
        elif (
            isinstance(node, dict)
            and isinstance(part, str)
            and not part.startswith(("function-", "union["))
            and part not in {"int", "float", "str", "bool", "date", "datetime", "list", "dict"}
        ):
            path.append(part)  # a missing or unknown key: name it, point at its parent
            node = None
    return tuple(path)


_EXPECTED = {
    "float": "a number",
    "decimal": "a number",
    "int": "a whole number",
    "string": "text",
    "bool": "true or false",
    "date": "a date (YYYY-MM-DD)",
    "datetime": "a date and time (YYYY-MM-DD HH:MM)",
    "list": "a list (- item lines)",
    "dict": "a mapping (key: value lines)",
    "model": "a mapping (key: value lines)",
    "model_attributes": "a mapping (key: value lines)",
}


def _expected(kind: str) -> str | None:
    """'float_parsing' -> 'a number': the words for what a type error expected."""
    for suffix in ("_parsing", "_type", "_from_datetime_inexact", "_from_datetime_parsing", "_from_float"):
        if kind.endswith(suffix) and kind.removesuffix(suffix) in _EXPECTED:
            return _EXPECTED[kind.removesuffix(suffix)]
    return None


def _message(kind: str, error: Any, given: Any, loc: PathKey, locale: str = "") -> str:
    field_name = loc[-1] if loc else "value"
    shown = _shown(given)
    expected = _expected(kind)
    if expected:
        said = f"expected {expected}, got {shown}"
        if expected in ("a number", "a whole number") and isinstance(given, str) and re.search(r"\d", given):
            return f"{said}; {number_hints.hint(given, locale)}"  # '48’750', '18500 crore', '385億'
        return said
    if kind == "missing":
        return f"missing required field {field_name!r}"
    if kind == "string_unicode":
        return "contains a lone surrogate (an invalid character, often from a bad copy and paste); remove it"
    if kind == "extra_forbidden" and given is None and " " in str(field_name).strip():
        # '{label: Kayaks, paddles et glisse, value: 3}': the comma ended the label (review SS2)
        return (
            f"unknown field {field_name!r}: inside {{…}} a comma ends a value; if these words belong to "
            f'the text before them, put that text in quotes (label: "…, {field_name}")'
        )
    if kind == "extra_forbidden":
        return f"unknown field {field_name!r}"
    if kind == "finite_number":
        return f"expected a finite number, got {shown}"
    if kind == "enum":
        return f"expected one of {error.get('ctx', {}).get('expected', '')}, got {shown}"
    if kind == "literal_error" and loc[:1] == ("charts",) and field_name == "order":
        return (
            f"expected {error['ctx']['expected']}, got {shown} (auto: by value unless the categories are "
            "dates, times, ranges or numbered; as_given: the data's order)"
        )
    if kind == "string_pattern_mismatch" and field_name == "language" and isinstance(given, str):
        return language_names.refusal(given)  # 'english': the codes, and 'did you mean en?'
    if kind == "string_pattern_mismatch" and isinstance(given, str):
        return pattern_messages.refusal(error["ctx"]["pattern"], given)  # never the pattern itself
    if kind == "literal_error":
        return f"expected {error['ctx']['expected']}, got {shown}"  # not pydantic's 'Input should be'
    if kind == "greater_than_equal":
        return f"must be at least {error['ctx']['ge']}, got {shown}"
    if kind == "less_than_equal":
        return f"must be at most {error['ctx']['le']}, got {shown}"
    if kind in {"too_short", "dict_too_short", "list_too_short"}:
        return "must not be empty"
    if kind in {"string_too_long", "too_long"}:
        limit = error.get("ctx", {}).get("max_length")
        size = f"{len(given):,} " if hasattr(given, "__len__") else ""
        return (
            f"too long: {size}{'characters' if kind == 'string_too_long' else 'entries'}; at most {limit:,}"
        )
    return str(error["msg"]).removeprefix("Value error, ")


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


#: The words users write for a qualifier, and ours for each ('almost' is refused with this hint,
#: never taken silently: the documents print our word, and the user should see which).
_QUALIFIER_WORDS = {
    "almost": "nearly",
    "just under": "nearly",
    "around": "about",
    "approximately": "about",
    "approx.": "about",
    "roughly": "about",
    "circa": "about",
    "some": "about",
    "over": "more than",
    "above": "more than",
    "exceeding": "more than",
    "more": "more than",
    "under": "less than",
    "below": "less than",
    "fewer than": "less than",
    "at most": "up to",
    "maximum": "up to",
    "minimum": "at least",
    "exact": "exactly",
}


def _hint(root: type[BaseModel], kind: str, loc: PathKey, given: Any = None) -> str:
    if kind == "enum" and isinstance(given, str):
        word = given.strip().lower().replace("_", " ")
        ours = _QUALIFIER_WORDS.get(word) if loc and loc[-1] == "qualifier" else None
        close = [ours] if ours else difflib.get_close_matches(word, _enum_values(root, loc), n=1)
        return f"did you mean {close[0]!r}?" if close else ""
    if kind == "extra_forbidden" and loc:
        known = _known_fields(root, loc[:-1])
        close = difflib.get_close_matches(str(loc[-1]), known, n=1)
        if close:
            return f"did you mean {close[0]!r}?"
        if known:
            return f"known fields here: {', '.join(known)}"
    return ""


def _enum_values(root: type[BaseModel], loc: PathKey) -> list[str]:
    """The values the enum field at `loc` accepts ('bar', 'hbar', …), for a 'did you mean' hint."""
    values: list[str] = []
    for kind in _field_types(root, loc):
        for alternative in _alternatives(kind):
            if isinstance(alternative, type) and issubclass(alternative, Enum):
                values.extend(str(member.value) for member in alternative)
    return values


def _known_fields(root: type[BaseModel], parent: PathKey) -> list[str]:
    """The field names the model `root` accepts at `parent` (for 'did you mean' hints)."""
    kinds = _field_types(root, parent)
    models = {k for t in kinds for k in _alternatives(t) if isinstance(k, type) and issubclass(k, BaseModel)}
    return sorted({name for model in models for name in model.model_fields})


def _field_types(root: type[BaseModel], parent: PathKey) -> list[Any]:
    """The types the model `root` declares at `parent`, found by walking the model's own
    annotations: through its fields, dicts (a key), lists (an index), optional values and unions,
    so a new field or nesting needs no second description here."""
    kinds: list[Any] = [root]
    for part in parent:
        inner: list[Any] = []
        for kind in (k for t in kinds for k in _alternatives(t)):
            origin, args = get_origin(kind), get_args(kind)
            if isinstance(kind, type) and issubclass(kind, BaseModel):
                field = kind.model_fields.get(part) if isinstance(part, str) else None
                if field is not None:
                    inner.append(field.annotation)
            elif origin in (dict, Mapping) and len(args) == 2 and isinstance(part, str):
                inner.append(args[1])
            elif origin in (list, tuple, Sequence) and args and isinstance(part, int):
                inner.append(args[0])
        kinds = inner
    return kinds


def _alternatives(kind: Any) -> list[Any]:
    """`kind` without Annotated, and each member of a union (Optional included)."""
    origin = get_origin(kind)
    if origin is Annotated:
        return _alternatives(get_args(kind)[0])
    if origin is Union or origin is UnionType:
        return [alt for arg in get_args(kind) for alt in _alternatives(arg)]
    return [kind]


#: A warning that opens with the place in the file it is about ('charts.evolucao.caption: …').
_PLACED = re.compile(r"^([A-Za-z_][\w-]*(?:\.[\w-]+|\[\d+\])*): ")


def located(path: Path, warning: str) -> str:
    """`warning` with its file, and the line and column of the place it opens with where the
    file has it ('data/x.yaml:41:16: charts.evolucao.caption: …'), as errors are given."""
    name = display_path(path)
    found = _PLACED.match(warning)
    place = _place(path, found.group(1)) if found else None
    return f"{name}:{place[0]}:{place[1]}: {warning}" if place else f"{name}: {warning}"


def _place(path: Path, dotted: str) -> tuple[int, int] | None:
    """Where `dotted` ('sections.a.people[0].titles[0]') is written in the event file, if it is."""
    key: list[str | int] = []
    for name, index in re.findall(r"([\w-]+)|\[(\d+)\]", dotted):
        key.append(int(index) if index else name)
    try:
        raw = _read(path, "an event summary")
        positions = _PLACES.get(raw)
        if positions is None:
            positions = parse_yaml(raw, display_path(path))[1]
            _PLACES.remember(raw, positions)
    except ReportgenError:
        return None
    return positions.values.get(tuple(key)) or positions.keys.get(tuple(key))


#: The positions of the event files warnings were placed in, by content (parsed again only for
#: a warning: a file's values and keys are not kept with the validated event).
_PLACES: Memo[bytes, Positions] = Memo(64)
