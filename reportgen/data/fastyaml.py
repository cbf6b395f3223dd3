"""libyaml's composer, where PyYAML was built with it: the same nodes as ruamel's, twenty times sooner.

Event files are composed by ruamel.yaml (pure Python, YAML 1.2, the messages users see). When
PyYAML with libyaml is installed, the happy path composes with libyaml instead, resolving plain
scalars with ruamel's own YAML 1.2 table (so `no` stays a string and `2022-09-03` a date, exactly
as ruamel reads them) and handing back ruamel nodes. Anything unusual (a %YAML directive, an
anchor or alias, an explicit tag, a syntax error, a node it does not know) returns None: ruamel
then composes the file again and reports what it finds, with the messages and positions users know.

libyaml reads YAML 1.1 and ruamel YAML 1.2, and they part on whitespace: libyaml takes a tab as
separation where ruamel refuses it (`a:\tb`), and takes NEL, LS and PS (U+0085, U+2028, U+2029)
as line breaks, which YAML 1.2 no longer does. So libyaml sees only texts made of the characters
on which both agree (`_DISAGREED` matches any other: an allow-list, YAML's printable set without
those four and the byte order mark); any other text goes to ruamel alone.
tests/data/test_fastyaml.py checks that the two paths read every generated text alike, or both
refuse it.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode
from ruamel.yaml.resolver import implicit_resolvers
from ruamel.yaml.tag import Tag

try:  # PyYAML is optional, and only its libyaml build helps
    import yaml as _pyyaml
    from yaml.cyaml import CParser as _CParser
except ImportError:  # pragma: no cover - depends on the machine
    _pyyaml = None


def available() -> bool:
    return _pyyaml is not None


if _pyyaml is not None:

    class _Resolver(_pyyaml.resolver.BaseResolver):
        """YAML 1.2 implicit tags, from ruamel's table, so both composers tag every scalar alike."""

        yaml_implicit_resolvers: ClassVar[dict[Any, Any]] = {}

    for _versions, _tag, _regexp, _first in implicit_resolvers:
        if (1, 2) in _versions:
            _Resolver.add_implicit_resolver(_tag, _regexp, _first)

    class _Loader(_CParser, _pyyaml.composer.Composer, _Resolver):  # type: ignore[misc]
        def __init__(self, stream: str) -> None:
            _CParser.__init__(self, stream)
            _Resolver.__init__(self)


#: A character outside this set sends the text to ruamel: YAML's printable characters
#: (newline, carriage return, U+0020-U+007E, U+00A0-U+D7FF, U+E000-U+FFFD, U+10000 up) less tab,
#: NEL, LS and PS, which libyaml (YAML 1.1) and ruamel (YAML 1.2) read differently, and less a
#: byte order mark after the start (load.py strips a leading one), which libyaml skips anywhere.
#: Written as the characters outside it (a few thousand code points), not as a negated class of the
#: ones inside: re fills a class's ranges below U+10000 one code point at a time when it compiles,
#: about 55,000 steps for the negated form, paid on every start.
_DISAGREED = re.compile("[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")


#: Where an anchor (&), an alias (*) or a tag (!) may start a node: at a line's start, or after a
#: space or a flow or block indicator. A text with none of these holds none of them, and libyaml
#: composes it without a first pass over its events to look for them ("R&D" is text, not an anchor).
_MAYBE_PROPERTY = re.compile(r"(?:^|[\s\[\]{},:?|>-])[&*!]", re.MULTILINE)


def compose(text: str) -> Any | None:
    """The root node (ruamel's node types), or None when ruamel should compose this text itself."""
    if _pyyaml is None or "%YAML" in text or _DISAGREED.search(text):
        return None
    try:
        if _MAYBE_PROPERTY.search(text) and not _plain(text):
            return None
        loader = _Loader(text)
        try:
            root = loader.get_single_node()
        finally:
            loader.dispose()
        return None if root is None else _convert(root)
    except (_pyyaml.YAMLError, RecursionError, TypeError, ValueError):
        return None


def _plain(text: str) -> bool:
    """Whether no event of `text` has an anchor, an alias or an explicit tag (those are refused,
    with their positions, by the ruamel path; an explicit `a: !` is '' to libyaml, None to ruamel)."""
    for event in _pyyaml.parse(text, Loader=_Loader):
        if isinstance(event, _pyyaml.AliasEvent) or getattr(event, "anchor", None):
            return False
        if getattr(event, "tag", None):
            return False
    return True


def _tag(name: str) -> Tag:
    """ruamel's tag object for `name`: one shared object for each tag the resolver gives (a new one
    would decode its name again at each node's first `.tag`, a third of the composing)."""
    tag = _TAGS.get(name)
    return tag if tag is not None else Tag(suffix=name)


def _convert(node: Any) -> Any:
    start, end = node.start_mark, node.end_mark
    if isinstance(node, _pyyaml.ScalarNode):
        return ScalarNode(_tag(node.tag), node.value, start_mark=start, end_mark=end, style=node.style)
    if isinstance(node, _pyyaml.SequenceNode):
        return SequenceNode(_tag(node.tag), [_convert(item) for item in node.value], start, end)
    if isinstance(node, _pyyaml.MappingNode):
        return MappingNode(_tag(node.tag), [(_convert(k), _convert(v)) for k, v in node.value], start, end)
    raise TypeError(type(node).__name__)


#: The tags composing can give (explicit tags go to ruamel): YAML 1.2's implicit ones, and the
#: defaults for text, sequences and mappings. Bounded by this table.
_TAGS: dict[str, Tag] = {
    name: Tag(suffix=name)
    for name in {tag for versions, tag, _, _ in implicit_resolvers if (1, 2) in versions}
    | {"tag:yaml.org,2002:" + kind for kind in ("str", "seq", "map")}
}
for _known in _TAGS.values():
    _ = _known.trval  # decoded once, here
