"""A compiled template never carries one build's locale into another's (issue 16, item 7).

Jinja evaluates a filter whose arguments are constants while it compiles (`Filter.as_const`),
and office/compiled.py keeps compiled code in memory and on disk: `{{ 180000000|number }}` once
printed "180 million" in every later build, German and Chinese alike. These tests build the same
templates in en_GB, then de_DE and zh_CN, with both caches warm, and read the documents.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from jinja2 import nodes
from jinja2.utils import _PassArg
from pptx import Presentation

from reportgen.data.formatting import Formatter
from reportgen.memo import Memo
from reportgen.office import compiled
from reportgen.office.sandbox import make_environment
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, WAIC, docx_text, pptx_slide_texts, seen

#: Tags whose arguments are all constants: exactly what Jinja folds.
LITERALS = "{{ 180000000|number }} | {{ 1500000000|money('EUR') }} | {{ 12500|number }} | {{ '\"q\"' }}"
#: What each locale must print for LITERALS (the straight quotes become the locale's own).
EXPECTED = {
    "en_GB": "180\u00a0million | EUR\u00a01.5\u00a0billion | 12,500 | \u201cq\u201d",
    "de_DE": "180\u00a0Millionen | 1,5\u00a0Milliarden\u00a0Euro | 12.500 | \u201eq\u201c",
    "zh_CN": "1.8亿 | 15亿欧元 | 1.25万 | \u201cq\u201d",
}


def literal_templates(folder: Path) -> Path:
    """The default templates with LITERALS in the deck's title and the briefing's first paragraph."""
    folder.mkdir(parents=True, exist_ok=True)
    prs = Presentation(str(TEMPLATES / "deck.pptx"))
    name = next(shape for shape in prs.slides[0].shapes if shape.name == "Event name")
    name.text_frame.text = LITERALS
    prs.save(str(folder / "deck.pptx"))
    doc = Document(str(TEMPLATES / "briefing.docx"))
    doc.paragraphs[0].text = LITERALS
    doc.save(str(folder / "briefing.docx"))
    return folder


def event_in(locale: str, folder: Path) -> Path:
    path = folder / f"waic-{locale}.yaml"
    text = WAIC.read_text(encoding="utf-8")
    assert "  locale: en_GB\n" in text
    path.write_text(text.replace("  locale: en_GB\n", f"  locale: {locale}\n", 1), encoding="utf-8")
    return path


def assert_printed_in(out: Path, locale: str) -> None:
    expected = EXPECTED[locale]
    briefing = next(out.glob("*-briefing.docx"))
    deck = next(out.glob("*-deck.pptx"))
    assert seen(expected) in seen(docx_text(briefing)), locale  # as read: a title ties its last words
    assert seen(expected) in seen(pptx_slide_texts(deck)[0]), locale


def test_every_filter_and_test_is_left_to_run_time() -> None:
    """The class: no filter or test the sandbox registers (ours or Jinja's) can be folded, nor the
    finalize that sets quotes; globals are called, and calls are never folded."""
    env = make_environment(Formatter("en_GB"))
    for kind, functions in (("filter", env.filters), ("test", env.tests)):
        for name, function in functions.items():
            assert _PassArg.from_obj(function) is _PassArg.context, f"the {kind} {name!r} can be folded"
            node_type = nodes.Filter if kind == "filter" else nodes.Test
            args = [nodes.Const(1)] if not name.isidentifier() else []  # '==', '<': one argument
            node = node_type(nodes.Const(1), name, args, [], None, None)
            with pytest.raises(nodes.Impossible):
                node.set_environment(env).as_const(nodes.EvalContext(env))
            if name.isidentifier():  # and the compiled code calls it when it runs
                tag = f"{{{{ 1|{name} }}}}" if kind == "filter" else f"{{{{ 1 is {name} }}}}"
                code = env.compile(tag, raw=True)
                assert f"environment.{kind}s[{name!r}]" in code, f"the {kind} {name!r} was folded: {tag}"
    assert _PassArg.from_obj(env.finalize) is _PassArg.context
    context = nodes.EvalContext(env)
    for name in env.globals:
        call = nodes.Call(nodes.Name(name, "load"), [], [], None, None)
        with pytest.raises(nodes.Impossible):
            call.as_const(context)


def test_literal_filters_follow_each_locale_in_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(compiled, "_memory", Memo(compiled.MEMORY_ENTRIES))
    templates = literal_templates(tmp_path / "templates")
    for locale in ("en_GB", "de_DE", "zh_CN"):
        out = tmp_path / locale
        build(event_in(locale, tmp_path), Settings.simple(out, templates))
        assert_printed_in(out, locale)
    assert list((tmp_path / "cache" / "reportgen" / "compiled").glob("*.bin")), "the disk cache was not used"
    monkeypatch.setattr(compiled, "_memory", Memo(compiled.MEMORY_ENTRIES))  # the disk cache alone, warm
    out = tmp_path / "de_DE-again"
    build(event_in("de_DE", tmp_path), Settings.simple(out, templates))
    assert_printed_in(out, "de_DE")


@pytest.mark.slow
def test_literal_filters_follow_each_locale_across_processes(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    templates = literal_templates(tmp_path / "templates")
    for locale in ("en_GB", "de_DE", "zh_CN"):
        out = tmp_path / locale
        command = [sys.executable, "-m", "reportgen", "build", str(event_in(locale, tmp_path))]
        command += ["--templates", str(templates), "--out", str(out), "--no-cache"]
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stderr
        assert_printed_in(out, locale)
