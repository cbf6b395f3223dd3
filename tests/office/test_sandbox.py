"""Templates see data, not objects: the allow-list sandbox, walked and attacked.

The walk starts from the real context of both renderers and follows every attribute the sandbox
admits, calling every function a template is handed. It fails on any value of a type that is not
plain data or one of our views, and on any callable that is not a pure method of a plain type or
one of our template functions. Either check would have caught the two escapes this suite guards
against: pydantic's `parse_raw(..., proto='pickle')` (a model in the context) and docxtpl's
`InlineImage.tpl` (a library object returned by `chart()`).
"""

from __future__ import annotations

import datetime as dt
import re
import types
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from jinja2 import TemplateError

from reportgen.data.context import template_context
from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.data.views import TemplateFunction, View, template_names
from reportgen.office.pictures import FixedPictures
from reportgen.office.powerpoint import _Slots
from reportgen.office.sandbox import SAFE_MEMBERS, make_environment
from reportgen.office.word import ChartSlot, _chart_function

from ..conftest import ROOT, WAIC

PLAIN = (str, int, float, bool, type(None), Decimal, dt.date, dt.datetime, tuple, list, dict)


def waic_context() -> dict[str, Any]:
    summary = load_event(WAIC)
    fmt = Formatter(summary.formatting.locale)
    return template_context(summary, derive(summary, fmt))


def renderer_contexts() -> dict[str, dict[str, Any]]:
    context = waic_context()
    images = {cid: (Path("unused.png"), "alt") for cid in context["charts"]}
    word_chart = TemplateFunction("chart", _chart_function([], images))
    return {
        "briefing": {**context, "chart": word_chart},
        "deck": {**context, "chart": _Slots(FixedPictures(images)).function()},
    }


def _is_listed_callable(value: Any) -> bool:
    """The list, written independently of the sandbox: our functions, or a plain type's method."""
    if isinstance(value, TemplateFunction):
        return True
    if isinstance(value, types.BuiltinMethodType | types.MethodType):
        owner = value.__self__
        return type(owner) in SAFE_MEMBERS and value.__name__ in SAFE_MEMBERS[type(owner)]
    return False


def walk(root: Any, env: Any) -> tuple[int, list[str]]:
    """Visit everything reachable from `root` through the sandbox; return (count, problems)."""
    seen: set[int] = set()
    problems: list[str] = []
    queue: list[tuple[str, Any]] = [("context", root)]
    while queue:
        path, obj = queue.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if not isinstance(obj, (*PLAIN, View)) and not _is_listed_callable(obj):
            problems.append(f"{path}: a {type(obj).__module__}.{type(obj).__qualname__} is reachable")
            continue
        if isinstance(obj, dict):
            queue += [(f"{path}[{k!r}]", v) for k, v in obj.items()]
            queue += [(f"{path} key", k) for k in obj]
        elif isinstance(obj, list | tuple):
            queue += [(f"{path}[{i}]", v) for i, v in enumerate(obj)]
        if isinstance(obj, TemplateFunction):
            continue
        for name in dir(obj):
            try:
                value = getattr(obj, name)
            except Exception:
                continue
            if not env.is_safe_attribute(obj, name, value):
                continue
            if callable(value):
                if not _is_listed_callable(value) or not env.is_safe_callable(value):
                    problems.append(f"{path}.{name}: {value!r} is callable and not on the list")
                continue
            queue.append((f"{path}.{name}", value))
    return len(seen), problems


@pytest.mark.parametrize("renderer", ["briefing", "deck"])
def test_everything_a_template_reaches_is_data_or_a_view(renderer: str) -> None:
    context = renderer_contexts()[renderer]
    env = make_environment(Formatter())
    reached = {name: value for name, value in context.items()}
    # what the functions return is reachable too
    reached["figure(...)"] = [context["figure"](ref) for ref in context["figures"]]
    reached["chart(...)"] = [context["chart"](cid) for cid in context["charts"]]
    count, problems = walk(reached, env)
    assert count > 300, count  # the walk really went through the event
    assert problems == []


def test_the_walk_fails_on_a_model_or_a_library_object() -> None:
    """The walk itself can fail: a pydantic model or a python-docx object is caught."""
    env = make_environment(Formatter())
    summary = load_event(WAIC)
    _, problems = walk({"event": summary.event, "doc": Document()}, env)
    assert any("pydantic" in p or "reportgen.data.model.Event" in p for p in problems), problems
    assert any("docx" in p for p in problems), problems


def test_chart_returns_an_opaque_slot_in_word() -> None:
    slot = renderer_contexts()["briefing"]["chart"]("media")
    assert isinstance(slot, ChartSlot)
    assert template_names(type(slot)) == frozenset()


ESCAPES = [
    "{{ event.parse_raw }}",
    "{{ figures['reach.online_viewers'].model.parse_raw('x', proto='pickle', allow_pickle=True) }}",
    "{{ figures['reach.online_viewers'].model.model_validate_json('{}') }}",
    "{{ figures['reach.online_viewers'].model.copy() }}",
    "{{ event.model_construct() }}",
    "{{ chart('media').tpl }}",
    "{{ chart('media').tpl.save('/tmp/x') }}",
    "{{ figure.__globals__ }}",
    "{{ figure._function.__globals__ }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ lipsum.__globals__ }}",
    "{{ namespace.__init__.__globals__ }}",
    "{{ range.__self__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ ''.encode('utf-8') }}",
    "{{ (1).to_bytes(2, 'big') }}",
    "{{ event.closing_date.fromtimestamp(0) }}",
    "{{ event.closing_date.today() }}",
    "{{ dict.fromkeys('ab') }}",
    "{{ section_list[0].figure_list[0]._figure }}",
    "{{ sections['reach'].figure_list[0].quote.model_dump() }}",
    "{{ (event|attr('model_dump'))() }}",
    "{{ '{0.__class__}'.format(event) }}",
    "{{ '{0.parse_raw}'.format(event) }}",
    "{{ (section_list|map(attribute='model_dump')|first)() }}",
    "{% for x in section_list|map(attribute='__class__') %}{{ x }}{% endfor %}",
    "{{ self.__init__ }}",
    "{% macro m() %}{% endmacro %}{{ m.__call__.__globals__ }}",
    "{% for s in section_list %}{{ loop.__class__ }}{% endfor %}",
    "{{ value|safe }}",
    "{% autoescape false %}{{ value }}{% endautoescape %}",
]


@pytest.mark.parametrize("renderer", ["briefing", "deck"])
@pytest.mark.parametrize("tag", ESCAPES)
def test_escapes_are_refused(renderer: str, tag: str) -> None:
    context = renderer_contexts()[renderer]
    env = make_environment(Formatter())
    with pytest.raises(TemplateError):
        env.from_string(tag).render({**context, "value": "<x/>"})


def test_plain_methods_and_helpers_still_work() -> None:
    env = make_environment(Formatter())
    context = renderer_contexts()["deck"]
    source = (
        "{{ event.name.upper() }}|{{ event.name.split()[0] }}|{{ sections.keys()|list|length }}|"
        "{{ event.closing_date.year }}|{% set ns = namespace(n=0) %}{% for s in section_list %}"
        "{% set ns.n = ns.n + 1 %}{{ loop.cycle('a', 'b') }}{% endfor %}{{ ns.n }}|"
        "{{ figure('reach.online_viewers').text }}|{{ figures['reach.online_viewers'].model|figure }}|"
        "{{ '{0:,}'.format(1000) }}|{{ key_figures|map(attribute='label')|first }}|"
        "{% macro m(x) %}<{{ x }}>{% endmacro %}{{ m(1) }}"
    )
    out = env.from_string(source).render(context)
    assert out == (
        "WORLD ARTIFICIAL INTELLIGENCE CONFERENCE 2022|World|6|2022|ababab6|"
        "more\u00a0than\u00a0638\u00a0million|more\u00a0than\u00a0638\u00a0million|"
        "1,000|Total investment of the signed projects|<1>"  # the news first
    )


DOCS = ROOT / "docs" / "templates.md"


def documented_names() -> dict[str, set[str]]:
    """The 'What templates can reach' table: view type -> the names it documents."""
    text = DOCS.read_text(encoding="utf-8")
    section = text.split("## What templates can reach", 1)[1].split("\n## ", 1)[0]
    table: dict[str, set[str]] = {}
    for row in re.findall(r"^\| `(\w+)` \| (.+?) \|$", section, re.M):
        table[row[0]] = set(re.findall(r"`(\w+)`", row[1]))
    return table


def test_the_guide_lists_exactly_what_each_view_admits() -> None:
    import reportgen.data.derive as derive_module
    import reportgen.data.views as views_module
    import reportgen.office.powerpoint.slides as slides_module

    documented = documented_names()
    assert len(documented) >= 10, documented
    for type_name, names in documented.items():
        cls = next(
            getattr(m, type_name)
            for m in (views_module, derive_module, slides_module)
            if hasattr(m, type_name)
        )
        assert names == set(template_names(cls)), type_name


def test_every_documented_name_renders() -> None:
    """Each documented name, read from a real value of its type, renders without error."""
    env = make_environment(Formatter())
    context = renderer_contexts()["deck"]
    samples: dict[str, Any] = {
        "EventView": context["event"],
        "SectionView": context["section_list"][0],
        "FigureView": context["figures"]["reach.online_viewers"],
        "PartView": next(f.parts[0] for f in context["figures"].values() if f.parts),
        "QuoteView": next(f.quote for f in context["figures"].values() if f.quote),
        "PersonView": next(p for s in context["section_list"] for p in s.people),
        "ListView": next(lst for s in context["section_list"] for lst in s.lists.values()),
        "LaunchView": next(launch for s in context["section_list"] for launch in s.launches),
        "ChartInfo": next(iter(context["charts"].values())),
        "SourceInfo": context["sources"][0],
    }
    from reportgen.office.powerpoint.slides import SlideLoop

    samples["SlideLoop"] = SlideLoop.at(0, 2)
    rendered = 0
    for type_name, names in documented_names().items():
        if type_name not in samples:
            continue
        for name in sorted(names):
            env.from_string("{{ x." + name + " }}").render(x=samples[type_name])
            rendered += 1
    assert rendered >= 60, rendered
