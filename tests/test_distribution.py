"""The package is its own: every install instruction names our distribution (`reportgen` on the
package index is another project's), the guides a hint points to travel in the package, the long
description has no link that breaks on an index page, and shell completion works."""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest
from click.testing import CliRunner

from reportgen import DISTRIBUTION, __version__
from reportgen.cli import main
from reportgen.project.resources import DOC_TOPICS

from .conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))

# `pip install ARGS` up to the end of the command (a backtick closing an inline snippet, a shell
# operator or comment, a bracket or the end of the line).
_PIP = re.compile(r"pip3? install ([^`\n;&|)#]*)")
# What an install instruction may name: our distribution (with extras and a version), written out
# or through the DISTRIBUTION constant, or the checkout itself (`.`, `-e ".[test]"`); pip itself.
_OURS = re.compile(r"""^["']*(?:reportgen-events|\{DISTRIBUTION\}|\.)(?:\[[a-z,]+\])?(?:==[0-9.]+)?["']*$""")


def _instruction_files() -> list[Path]:
    files = [ROOT / "README.md", ROOT / ".ci" / "run", ROOT / "hatch_build.py"]
    files += sorted((ROOT / "docs").glob("*.md"))
    files += sorted((ROOT / "reportgen").rglob("*.py"))
    files += sorted((ROOT / "scripts").glob("*.py"))
    return files


def _install_targets() -> list[tuple[str, str]]:
    """(file, target) for each package that a `pip install` in the instructions names."""
    found = []
    for path in _instruction_files():
        for args in _PIP.findall(path.read_text(encoding="utf-8")):
            words = args.split()
            for i, word in enumerate(words):
                if word.startswith("-") or (i and words[i - 1] in ("-r", "-c")):
                    continue  # options (-q, -e, --no-cache-dir, --upgrade ...)
                found.append((str(path.relative_to(ROOT)), word))
    return found


def test_pyproject_names_our_distribution_and_keeps_the_command() -> None:
    project = PYPROJECT["project"]
    assert project["name"] == DISTRIBUTION == "reportgen-events"
    assert project["scripts"] == {"reportgen": "reportgen.entry:main"}
    assert PYPROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"] == ["reportgen"]
    # one version, in the package: the metadata reads it from there
    assert "version" in project["dynamic"] and "version" not in project
    assert PYPROJECT["tool"]["hatch"]["version"]["path"] == "reportgen/__init__.py"


def test_every_install_instruction_names_our_distribution() -> None:
    targets = _install_targets()
    strangers = [(where, target) for where, target in targets if target != "pip" and not _OURS.match(target)]
    assert strangers == [], f"install instructions that do not name {DISTRIBUTION}: {strangers}"
    # the scan sees the instructions that name a package from the index
    named = {where for where, target in targets if DISTRIBUTION in target or "DISTRIBUTION" in target}
    assert {"README.md", "docs/scale.md", "reportgen/cli.py", "reportgen/cluster/cluster.py"} <= named


def test_instructions_name_extras_that_exist_and_this_version() -> None:
    extras = set(PYPROJECT["project"]["optional-dependencies"])
    for where, target in _install_targets():
        for named in re.findall(r"\[([a-z,]+)\]", target):
            assert set(named.split(",")) <= extras, (where, target)
        for version in re.findall(r"==([0-9.]+)", target):
            assert version == __version__, (where, target)


def test_the_cli_tells_users_to_install_our_distribution() -> None:
    text = CliRunner().invoke(main, ["build", "--help"], terminal_width=200).output
    assert 'needs pip install "reportgen-events[dask]"; see `reportgen docs scale`' in " ".join(text.split())


def test_test_extra_holds_what_the_tests_run_and_dev_the_linters() -> None:
    extras = PYPROJECT["project"]["optional-dependencies"]
    names = {key: {re.split(r"[<>=\[; ]", r)[0].lower() for r in value} for key, value in extras.items()}
    # tests/test_architecture.py runs lint-imports; tests/project/test_packaging.py builds with hatchling
    assert {"pytest", "import-linter", "hatchling", "distributed", "hypothesis", "pypdf"} <= names["test"]
    assert "ruff" in names["dev"] and "ruff" not in names["test"]
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert 'pip install -q -e ".[test,dev]"\nruff check' in run


def _strings_in_calls(tree: ast.AST) -> list[str]:
    """Every string written as an argument of a call (messages, hints, help texts) and every
    docstring of a function (click turns those into --help)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            values = [*node.args, *(keyword.value for keyword in node.keywords)]
            for value in values:
                found += [
                    n.value
                    for n in ast.walk(value)
                    if isinstance(n, ast.Constant) and isinstance(n.value, str)
                ]
        elif isinstance(node, ast.FunctionDef) and ast.get_docstring(node):
            found.append(ast.get_docstring(node) or "")
    return found


def test_messages_and_help_point_to_text_the_package_carries() -> None:
    """A pip-installed user has no docs/ folder: hints say `reportgen docs TOPIC` instead."""
    offenders = []
    for path in sorted((ROOT / "reportgen").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for text in _strings_in_calls(tree):
            if re.search(r"docs/[a-z]+\.md", text):
                offenders.append((str(path.relative_to(ROOT)), text[:80]))
    assert offenders == []


def test_every_guide_is_a_topic_and_is_packaged() -> None:
    assert sorted(DOC_TOPICS) == sorted(path.stem for path in (ROOT / "docs").glob("*.md"))
    include = PYPROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    for topic in DOC_TOPICS:
        assert include[f"docs/{topic}.md"] == f"reportgen/_bundled/docs/{topic}.md"


def test_docs_prints_a_guide_and_lists_them() -> None:
    shown = CliRunner().invoke(main, ["docs", "templates"])
    assert shown.exit_code == 0
    assert shown.output == (ROOT / "docs" / "templates.md").read_text(encoding="utf-8")
    listed = CliRunner().invoke(main, ["docs"])
    assert listed.exit_code == 0
    assert listed.output.splitlines()[1:] == [f"  reportgen docs {topic}" for topic in DOC_TOPICS]
    unknown = CliRunner().invoke(main, ["docs", "nowhere"])
    assert unknown.exit_code == 2
    assert (
        "'nowhere' is not one of 'architecture', 'data', 'performance', 'platforms', 'scale', 'templates'"
        in unknown.output
    )


def _readme_hook() -> ModuleType:
    pytest.importorskip("hatchling", reason="hatchling (in the test extra) runs the readme hook")
    spec = importlib.util.spec_from_file_location("hatch_build", ROOT / "hatch_build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_LINK_TARGET = re.compile(r"\]\(([^)\s]+)\)|<img [^>]*src=\"([^\"]+)\"|^\[[^\]]+\]:\s*(\S+)", re.M)


def relative_links(markdown: str) -> list[str]:
    """Link and picture targets that are neither absolute (scheme:) nor a heading on the page."""
    targets = [next(t for t in groups if t) for groups in _LINK_TARGET.findall(markdown)]
    return [t for t in targets if not re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*:|#)", t)]


def test_the_long_description_has_no_relative_link() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/templates.md" in relative_links(readme)  # the README itself does have them
    described = _readme_hook().index_readme(readme)
    assert relative_links(described) == []
    assert "- `reportgen docs templates`: the guide for template authors" in described
    assert "| *Title slide* | *At a glance* |" in described
    assert "`docs/images/` (in the source distribution)" in described
    assert described.count("```") == readme.count("```")  # code is left alone


def test_the_long_description_links_are_absolute_once_there_is_a_url() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    described = _readme_hook().index_readme(readme, "https://example.org/reportgen/")
    assert relative_links(described) == []
    assert (
        "[docs/templates.md](https://example.org/reportgen/docs/templates.md#what-templates-can-reach)"
        in described
    )
    assert "![Title slide](https://example.org/reportgen/docs/images/waic-2022-deck-1.png)" in described


def _reportgen_program() -> Path:
    program = Path(sys.executable).with_name("reportgen")
    if not program.exists():
        pytest.skip("the reportgen command is not installed beside this Python (pip install -e .)")
    return program


def test_shell_completion_produces_a_script_and_completes_topics() -> None:
    program = _reportgen_program()
    env = {**os.environ, "_REPORTGEN_COMPLETE": "bash_source"}
    script = subprocess.run([str(program)], env=env, capture_output=True, text=True, timeout=60)
    assert script.returncode == 0, script.stderr
    assert "_reportgen_completion() {" in script.stdout
    assert "complete -o nosort -F _reportgen_completion reportgen" in script.stdout
    asked = {
        **os.environ,
        "_REPORTGEN_COMPLETE": "bash_complete",
        "COMP_WORDS": "reportgen docs te",
        "COMP_CWORD": "2",
    }
    topics = subprocess.run([str(program)], env=asked, capture_output=True, text=True, timeout=60)
    assert topics.stdout.split() == ["plain,templates"]


def test_benchmark_without_the_shared_peer_says_so_and_skips(tmp_path: Path) -> None:
    """scripts/benchmark.py compares against ../shared/bench/peer/: a checkout without it skips."""
    scripts = tmp_path / "checkout" / "scripts"
    scripts.mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "benchmark.py", scripts)
    done = subprocess.run(
        [sys.executable, str(scripts / "benchmark.py"), "--runs", "1"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    peer = tmp_path / "shared" / "bench" / "peer"
    assert (
        done.stdout
        == f"skipped: the benchmark needs the hand-written peer in {peer} (../shared/bench/peer/)\n"
    )


def test_main_help_says_where_the_guides_are() -> None:
    text = " ".join(CliRunner().invoke(main, ["--help"]).output.split())
    assert (
        "The guides come with reportgen: `reportgen docs TOPIC` prints one (`reportgen docs` lists them)."
        in text
    )
    assert "docs Print a guide (markdown) that comes with reportgen" in text
