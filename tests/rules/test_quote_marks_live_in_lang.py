"""Quotation marks have one home (``attribution/lang/en/marks.py``), like words: a module outside
``attribution/lang/`` that spells a typographic mark (“ ” ‘ ’ « » „) in code fails. Docstrings are prose and
pass; so do messages shown to a reader (``DISPLAY``), where the mark is typography, not a mark the code reads.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ast_scan import docstrings  # noqa: E402

from attribution.lang.en import marks

PACKAGE = Path(__file__).resolve().parents[2] / "attribution"
TYPOGRAPHIC = frozenset(marks.OPENING_DOUBLES + marks.CLOSING_DOUBLES + marks.LEFT_SINGLE + marks.RIGHT_SINGLE)
#: Modules whose typographic marks are in text shown to a reader, each with why.
DISPLAY = {
    "tracing/specify.py": "quotes the words it explains in a plain-words note to the reader",
    "report/markdown.py": "typography of the published report: quoted words shown in curly marks",
    "report/html.py": "typography of the published report: quoted words shown in curly marks",
}
#: Modules not moved yet, each with why (shrink, never grow without a reason).
NOT_YET: dict[str, str] = {}


def _examples(tree: ast.AST) -> set[int]:
    """A rule's example phrase (``example=...``) is prose the rule is tested on, not a mark the code reads."""
    return {
        id(sub)
        for node in ast.walk(tree)
        if isinstance(node, ast.keyword) and node.arg == "example"
        for sub in ast.walk(node.value)
    }


def _marks_in_code(path: Path, root: Path = PACKAGE) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = docstrings(tree) | _examples(tree)
    return [
        f"{path.relative_to(root)}:{node.lineno}: {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
        if TYPOGRAPHIC & set(node.value)
    ]


MODULES = sorted(
    p
    for p in PACKAGE.rglob("*.py")
    if "lang" not in p.relative_to(PACKAGE).parts[:1] and str(p.relative_to(PACKAGE)) not in DISPLAY | NOT_YET
)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_names_its_quote_marks_from_lang(path: Path) -> None:
    assert _marks_in_code(path) == []


def test_the_marks_test_catches_a_spelled_mark(tmp_path: Path) -> None:
    bad = tmp_path / "probe.py"
    source = '"""Docstrings may say “this”."""\nOPENERS = "“«"\nrule(example="“Hi,” she said.")\n'
    bad.write_text(source, encoding="utf-8")
    assert _marks_in_code(bad, tmp_path) == ["probe.py:2: '“«'"]
