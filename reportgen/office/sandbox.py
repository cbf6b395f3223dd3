"""The one Jinja environment both templates render in.

Templates travel between people, so they render in a sandbox that works from an allow-list:
a template reaches plain values (text, numbers, dates, lists, mappings) through their pure methods
only, our view types (`views`) through the names each one documents, and the functions we hand it
(`figure`, `chart`). Anything else, above all any method of a library object (pydantic's
`parse_raw`, docxtpl's templates, python-pptx shapes), is out of reach, because nothing admits it:
Jinja's own sandbox refuses only underscore names and mutation.

Output is escaped for XML and cannot be unescaped (no `|safe`, no `{% autoescape false %}`), so
"B&B <x>" reaches a document as text, never as markup, and any name a template uses that the data
lacks is an error rather than a silent blank. Caps bound what one operation may build.
"""

from __future__ import annotations

import datetime as dt
import re
import types
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateError, nodes, pass_context
from jinja2.exceptions import SecurityError, TemplateSyntaxError
from jinja2.filters import do_center, do_indent, do_wordwrap
from jinja2.runtime import LoopContext, Macro
from jinja2.sandbox import ImmutableSandboxedEnvironment, safe_range
from jinja2.utils import Cycler, Joiner, Namespace, _PassArg
from markupsafe import Markup

from reportgen.data.formatting import Formatter
from reportgen.data.views import Opaque, Quoted, TemplateFunction, Under, View, template_names
from reportgen.office import compiled

#: Everything a template's own expressions can raise (a missing name, 1/0, range(10**6), a macro
#: calling itself): reported at the tag like any template error, never as a damaged file.
EXPRESSION_ERRORS = (
    TemplateError,
    LookupError,
    TypeError,
    ValueError,
    AttributeError,
    ArithmeticError,
    RecursionError,
)

#: A template tag: {{ expression }}, {% statement %} or {# comment #}, in either template format.
TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
MAX_ITEMS = 1_000_000  # characters of a string, items of a list, made by one operation
MAX_OUTPUT = 50 * 1024 * 1024  # characters one template (a shape, the document body) may render to
MAX_EXPONENT = 64

# -- the allow-list ------------------------------------------------------------------------------
# Pure methods and attributes of the plain types a template meets. Padding methods (center, ljust,
# rjust, zfill, expandtabs) are left out: their bounded filter forms exist. `format` and
# `format_map` go through Jinja's sandboxed formatter, which looks attributes up through this list.
_STR = frozenset(
    [
        "capitalize",
        "casefold",
        "count",
        "endswith",
        "find",
        "format",
        "index",
        "isalnum",
        "isalpha",
        "isascii",
        "isdecimal",
        "isdigit",
        "isidentifier",
        "islower",
        "isnumeric",
        "isprintable",
        "isspace",
        "istitle",
        "isupper",
        "join",
        "lower",
        "lstrip",
        "partition",
        "removeprefix",
        "removesuffix",
        "replace",
        "rfind",
        "rindex",
        "rpartition",
        "rsplit",
        "rstrip",
        "split",
        "splitlines",
        "startswith",
        "strip",
        "swapcase",
        "title",
        "upper",
    ]
)
_INT = frozenset(["real", "imag", "numerator", "denominator", "bit_length", "conjugate", "is_integer"])
_FLOAT = frozenset(["real", "imag", "conjugate", "is_integer"])
_DATE = frozenset(["year", "month", "day", "weekday", "isoweekday", "isoformat", "strftime"])
_TIME = frozenset(["hour", "minute", "second", "microsecond", "isoformat", "strftime"])
_LOOP = frozenset(
    [
        "index",
        "index0",
        "revindex",
        "revindex0",
        "first",
        "last",
        "length",
        "depth",
        "depth0",
        "previtem",
        "nextitem",
        "cycle",
        "changed",
    ]
)
SAFE_MEMBERS: dict[type, frozenset[str]] = {
    str: _STR,
    Under: _STR,  # a deck bullet a level down: plain text
    Quoted: _STR,  # a person's quotation under their line: plain text
    Markup: _STR | {"striptags", "unescape"},
    int: _INT,
    bool: _INT,
    float: _FLOAT,
    Decimal: frozenset(),
    type(None): frozenset(),
    list: frozenset({"count", "index", "copy"}),
    tuple: frozenset({"count", "index"}),
    dict: frozenset({"get", "items", "keys", "values", "copy"}),
    type({}.items()): frozenset(),
    type({}.keys()): frozenset(),
    type({}.values()): frozenset(),
    range: frozenset({"start", "stop", "step", "count", "index"}),
    dt.date: _DATE,
    dt.datetime: _DATE | _TIME | {"date", "time"},
    dt.time: _TIME,
    LoopContext: _LOOP,
    Cycler: frozenset({"next", "reset", "current"}),
    Joiner: frozenset(),
}
#: Jinja's template helpers that stay available as globals (lipsum is dropped: nobody needs it).
SAFE_GLOBALS: dict[str, Any] = {
    "range": safe_range,
    "dict": dict,
    "cycler": Cycler,
    "joiner": Joiner,
    "namespace": Namespace,
}
_CALLABLE_GLOBALS = frozenset(id(g) for g in SAFE_GLOBALS.values())
#: Filters that would put markup rather than text into an Office file.
_REFUSED_FILTERS = {
    "safe": "text is always printed literally in Word and PowerPoint, never as markup",
    "urlize": "it makes HTML links, which Word and PowerPoint do not read",
    "xmlattr": "it makes HTML attributes, which Word and PowerPoint do not read",
}


def admitted_members(obj: Any) -> frozenset[str]:
    """The attribute names a template may use on `obj` (empty for anything unknown)."""
    if isinstance(obj, View):
        return template_names(type(obj))
    if type(obj).__name__ == "_GroupTuple":  # what groupby yields: (grouper, list)
        return frozenset({"grouper", "list"})
    return SAFE_MEMBERS.get(type(obj), frozenset())


def is_admitted_callable(obj: Any) -> bool:
    """Whether a template may call `obj`: our functions, Jinja's helpers and the allowed methods."""
    if isinstance(obj, TemplateFunction | Macro | Joiner | LoopContext):
        return True
    if id(obj) in _CALLABLE_GLOBALS:
        return True
    if isinstance(obj, types.BuiltinMethodType | types.MethodType | types.MethodWrapperType):
        owner = getattr(obj, "__self__", None)
        if owner is None or isinstance(owner, (type, types.ModuleType)):
            return False  # classmethods (fromtimestamp, fromhex) and module functions
        return obj.__name__ in admitted_members(owner) and not isinstance(owner, Opaque)
    return False


class CappedTemplate(Template):
    """Renders by streaming and stops when the output passes MAX_OUTPUT characters."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        chunks, size = [], 0
        for chunk in self.generate(*args, **kwargs):
            size += len(chunk)
            if size > MAX_OUTPUT:
                raise SecurityError(f"the template renders to more than {MAX_OUTPUT // 2**20} MiB of text")
            chunks.append(chunk)
        return "".join(chunks)


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with an allow-list of names, and bounds on what one operation builds."""

    template_class = CappedTemplate
    intercepted_binops = frozenset({"*", "**", "+"})

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if attr.startswith("_"):
            return False
        if isinstance(obj, Namespace):  # a template's own {% set ns.x = ... %} values
            return True
        return attr in admitted_members(obj)

    def is_safe_callable(self, obj: Any) -> bool:
        return is_admitted_callable(obj)

    def wrap_str_format(self, value: Any) -> Any:
        """Jinja hands `str.format` out as its own sandboxed wrapper: admit that wrapper by type."""
        wrapped = super().wrap_str_format(value)
        return None if wrapped is None else TemplateFunction(value.__name__, wrapped)

    def from_string(self, source: Any, globals: Any = None, template_class: Any = None) -> Any:
        """A template from `source`, compiled once per process and machine (office/compiled.py).
        The compiled code is bound to this environment's filters and globals as it loads."""
        if not isinstance(source, str):
            return super().from_string(source, globals, template_class)
        key = compiled.key_for(source, bool(self.autoescape))
        code = compiled.load(key)
        if code is None:
            code = self.compile(source)  # parses (refusing {% autoescape %}), generates, compiles
            compiled.store(key, code)
        cls = template_class or self.template_class
        return cls.from_code(self, code, self.make_globals(globals), None)

    def compile_expression(self, source: str, undefined_to_none: bool = True) -> Any:
        """`{%slide if cond %}` and friends: compiled once per process and machine like templates."""
        from jinja2.environment import TemplateExpression
        from jinja2.parser import Parser

        key = compiled.key_for("expression:" + source, bool(self.autoescape))
        code = compiled.load(key)
        if code is None:  # parsed and compiled as Jinja's own compile_expression does
            parser = Parser(self, source, state="variable")
            try:
                expression = parser.parse_expression()
                if not parser.stream.eos:
                    raise TemplateSyntaxError(
                        "chunk after expression", parser.stream.current.lineno, None, None
                    )
                expression.set_environment(self)
            except TemplateSyntaxError:
                self.handle_exception(source=source)
            body = [nodes.Assign(nodes.Name("result", "store"), expression, lineno=1)]
            code = self.compile(nodes.Template(body, lineno=1))
            compiled.store(key, code)
        template = self.template_class.from_code(self, code, self.make_globals(None), None)
        return TemplateExpression(template, undefined_to_none)

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        for node in tree.find_all(nodes.EvalContextModifier):
            if any(keyword.key == "autoescape" for keyword in node.options):
                raise TemplateSyntaxError(
                    "{% autoescape %} is not allowed in a template: text is always printed literally",
                    node.lineno,
                    name,
                    filename,
                )
        return tree

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int | float) and abs(right) > MAX_EXPONENT:
            raise SecurityError(f"exponents above {MAX_EXPONENT} are not allowed in a template")
        if operator == "*":
            for sequence, count in ((left, right), (right, left)):
                if (
                    isinstance(sequence, str | list | tuple)
                    and isinstance(count, int)
                    and len(sequence) * count > MAX_ITEMS
                ):
                    raise SecurityError(f"repeating {len(sequence):,} items {count:,} times is too large")
        sized = isinstance(left, str | list | tuple) and isinstance(right, str | list | tuple)
        if operator == "+" and sized and len(left) + len(right) > MAX_ITEMS:
            raise SecurityError("joining these values makes more than a million items")
        return super().call_binop(context, operator, left, right)


def _bounded(filter_function: Any, argument: str) -> Any:
    """A filter whose width argument may not be absurd (center(10**9) would allocate a gigabyte)."""

    def bounded(value: Any, *args: Any, **kwargs: Any) -> Any:
        width = kwargs.get(argument, args[0] if args else 0)
        if isinstance(width, int) and abs(width) > MAX_ITEMS:
            raise SecurityError(f"{argument} {width:,} is too large")
        return filter_function(value, *args, **kwargs)

    return bounded


def _refused(name: str, reason: str) -> Callable[..., Any]:
    def refused(*args: Any, **kwargs: Any) -> Any:
        raise SecurityError(f"the filter '{name}' is not available: {reason}")

    return refused


def never_folded(function: Callable[..., Any]) -> Callable[..., Any]:
    """`function` as a filter or test Jinja cannot evaluate while it compiles.

    Jinja folds a filter or test whose arguments are constants into the compiled code
    (`Filter.as_const`), unless it takes the context: `{{ 180000000|number }}` would be printed
    once, in the locale of the first compile, and the code kept in office/compiled.py's caches
    for every later build in any locale. Only `pass_context` stops it (`pass_eval_context` and
    `pass_environment` functions are folded too), so every filter and test is wrapped, ours and
    Jinja's alike: none can bake one build's locale, data or settings into another's.
    """
    passes = _PassArg.from_obj(function)
    if passes is _PassArg.context:
        return function

    @pass_context
    def unfoldable(context: Any, *args: Any, **kwargs: Any) -> Any:
        if passes is _PassArg.eval_context:
            return function(context.eval_ctx, *args, **kwargs)
        if passes is _PassArg.environment:
            return function(context.environment, *args, **kwargs)
        return function(*args, **kwargs)

    return unfoldable


def make_environment(fmt: Formatter) -> ImmutableSandboxedEnvironment:
    @pass_context  # a finalize without the context is applied to constants as the code compiles
    def typographic(context: Any, value: Any) -> Any:
        # Every printed text gets the locale's quotes; markup (a picture slot) is not text.
        if isinstance(value, str) and not hasattr(value, "__html__"):
            return fmt.typeset(value)
        return value

    env = BoundedSandbox(
        autoescape=True, undefined=StrictUndefined, keep_trailing_newline=True, finalize=typographic
    )
    env.globals.clear()
    env.globals.update(SAFE_GLOBALS)
    # The documents' fixed words in the event's language, and the marks that join them: looked up
    # as the template runs (a global is never folded into compiled code), in this build's locale.
    env.globals["_"] = TemplateFunction("_", fmt.gettext)
    env.globals["punct"] = fmt.punct
    env.globals["page_words"] = fmt.page_words()  # around a footer's page number: '第', '页'
    env.filters.update(fmt.filters())
    env.filters["center"] = _bounded(do_center, "width")
    env.filters["indent"] = _bounded(do_indent, "width")
    env.filters["wordwrap"] = _bounded(do_wordwrap, "width")
    for name, reason in _REFUSED_FILTERS.items():
        env.filters[name] = _refused(name, reason)
    env.filters = {name: never_folded(function) for name, function in env.filters.items()}
    env.tests = {name: never_folded(function) for name, function in env.tests.items()}
    return env


_STATEMENT = re.compile(r"\{%-?\s*(\w+)")
_BLOCKS = {"for", "if", "with", "block", "macro", "call", "filter", "raw", "autoescape", "trans"}


def _unclosed_block_line(source: str) -> int | None:
    """The line of the innermost block tag that is never closed ('{% if %}' without '{% endif %}')."""
    open_lines: list[int] = []
    for number, line in enumerate(source.split("\n"), start=1):
        for word in _STATEMENT.findall(line):
            if word in _BLOCKS:
                open_lines.append(number)
            elif word.startswith("end") and word[3:] in _BLOCKS and open_lines:
                open_lines.pop()
    return open_lines[-1] if open_lines else None


def template_line(exc: BaseException, source: str | None = None) -> int | None:
    """The template line an error belongs to. Jinja reports an unclosed block at the end of the
    template; given the source, point at the block's opening tag instead. Runtime errors carry
    their line in the traceback (Jinja rewrites tracebacks to show it)."""
    if source and "Unexpected end of template" in str(exc):
        opener = _unclosed_block_line(source)
        if opener is not None:
            return opener
    if getattr(exc, "lineno", None):
        return exc.lineno  # type: ignore[attr-defined]
    tb, line = exc.__traceback__, None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def error_message(exc: BaseException) -> str:
    """A Jinja or data error in words a template author understands."""
    message = getattr(exc, "message", None) or str(exc)
    message = re.sub(r"'reportgen\.[\w.]*?(\w+) object'", r"'\1'", message)  # no module paths for authors
    if type(exc).__name__ == "UndefinedError":
        message += " (the data has no such name)"
    if type(exc).__name__ == "SecurityError" or isinstance(exc, OverflowError | RecursionError):
        message = f"not allowed in a template: {message}"
    return message


def focus_tags(tags: list[str], exc: BaseException) -> list[str]:
    """Of the tags near an error, those that mention the name the error is about (else all of them)."""
    named = re.findall(r"'([^']+)' is undefined|has no attribute '([^']+)'", str(exc))
    names = [n for pair in named for n in pair if n]
    chosen = [t for t in tags if any(re.search(rf"\b{re.escape(n)}\b", t) for n in names)]
    return chosen or tags


_TAG_EDGE = re.compile(r"\{\{|\{%|\{#|\}\}|%\}|#\}")


def broken_tag(paragraph: str) -> str | None:
    """The fragment of a tag that starts or ends outside this paragraph, or None when all are whole."""
    rest = TAG.sub("", paragraph)
    edge = _TAG_EDGE.search(rest)
    if edge is None:
        return None
    start = max(0, edge.start() - 20) if edge.group() in {"}}", "%}", "#}"} else edge.start()
    return rest[start : start + 40].strip()
