"""English words inside regular expressions live in ``attribution/lang/``, like every other word.

``test_words_live_in_lang.py`` catches word lists and token comparisons; a word spelled inside a
pattern (``r"\\bsaid\\s+by\\b"``) slips past it. This walk reads every string constant of the package
outside ``attribution/lang/`` that looks like a regular expression (it holds ``\\s``, ``(?:``,
``\\b``, ``\\w``, ``\\d`` or ``[^``), removes what is no word (escapes, character classes, group
names ``(?P<name>`` / ``(?P=name)``, inline flags ``(?i:`` / ``(?-i:``) and fails on any
alphabetic run of two letters or more that is left. Put the pattern (or the fragment that holds the
words) in the topic file of ``attribution/lang/en/`` as a pattern string, with a comment and an
example, and compile it where it is used. Docstrings are prose and pass.

``EXEMPT`` lists modules whose pattern letters are not English (a file suffix, another program's
keys), each with why; ``NOT_YET`` the modules still to move, each with why. Shrink both, never grow
them without a reason.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ast_scan import docstrings  # noqa: E402

PACKAGE = Path(__file__).resolve().parents[2] / "attribution"

#: Modules whose regular expressions spell letters that are no English words, relative to
#: attribution/ (a folder ends in "/"). Each says why.
EXEMPT: dict[str, str] = {
    "cachefs.py": 'the suffixes of the cache\'s temporary files ("tmp", "part"): file names, not English',
    "nlp/stanza_engine.py": "the keys of stanza's resources.json (resources, version): another program's format",
    "report/escape.py": 'the "www" of a web address: a URL\'s form, not English',
}
#: Modules not moved yet, each with why (shrink, never grow without a reason).
NOT_YET: dict[str, str] = {}

#: A string that holds one of these is read as a regular expression.
_LOOKS_LIKE_A_PATTERN = re.compile(r"\\s|\(\?:|\\b|\\w|\\d|\[\^")
#: What is no word in a pattern, removed in this order: character classes (escapes inside them
#: honoured), escapes (\uXXXX, \xXX, \N{...} whole), group names and back references, inline flags.
_CHARACTER_CLASS = re.compile(r"\[\^?\]?(?:\\.|[^\]\\])*\]")
_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|N\{[^}]*\}|.)", re.DOTALL)
_GROUP_NAME = re.compile(r"\(\?P(?:<\w+>|=\w+\))")
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux]*(?:-[imsx]+)?[:)]")
_LETTERS = re.compile(r"[^\W\d_]{2,}")


def pattern_words(value: str) -> list[str]:
    """The alphabetic runs of two letters or more in ``value`` when it looks like a regular expression."""
    if not _LOOKS_LIKE_A_PATTERN.search(value):
        return []
    for furniture in (_CHARACTER_CLASS, _ESCAPE, _GROUP_NAME, _INLINE_FLAGS):
        value = furniture.sub(" ", value)
    return _LETTERS.findall(value)


def offences(source: str) -> list[str]:
    """One line per string constant of ``source`` (not a docstring) whose pattern holds words."""
    tree = ast.parse(source)
    docs = docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            words = pattern_words(node.value)
            if words:
                found.append(f"line {node.lineno}: {words[:6]}")
    return sorted(found, key=lambda line: int(line.split()[1].rstrip(":")))


def _listed(rel: str, table: dict[str, str]) -> bool:
    return any(rel == e or (e.endswith("/") and rel.startswith(e)) for e in table)


def _modules() -> list[Path]:
    return [
        path
        for path in sorted(PACKAGE.rglob("*.py"))
        if not (rel := path.relative_to(PACKAGE).as_posix()).startswith("lang/")
        and not _listed(rel, EXEMPT)
        and not _listed(rel, NOT_YET)
    ]


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_module_spells_no_english_word_in_a_regular_expression(path: Path) -> None:
    found = offences(path.read_text(encoding="utf-8"))
    assert not found, (
        f"{path.relative_to(PACKAGE)}: move these patterns (or their word-bearing fragments) to "
        "attribution/lang/en/ as pattern strings:\n" + "\n".join(found)
    )


@pytest.mark.parametrize("entry", sorted(EXEMPT | NOT_YET))
def test_every_listed_module_still_needs_its_entry(entry: str) -> None:
    paths = sorted((PACKAGE / entry).rglob("*.py")) if entry.endswith("/") else [PACKAGE / entry]
    assert all(p.is_file() for p in paths) and paths, f"{entry} is listed but does not exist"
    assert any(offences(p.read_text(encoding="utf-8")) for p in paths), f"{entry} holds no word pattern: unlist it"


@pytest.mark.parametrize(
    ("source", "words"),
    [
        ('SAID = re.compile(r"\\bsaid\\s+by\\b")\n', ["said", "by"]),
        ('CUE = r"(?:reported|told)\\s+"\n', ["reported", "told"]),
        ('TIME = r"\\d{1,2}\\s*(?:GMT|UTC)"\n', ["GMT", "UTC"]),
        ('LABEL = r"^(?i:sources?)\\s*:"\n', ["sources"]),
        ('NAMED = f"(?:{JOINERS}|according)\\\\s+to"\n', ["according", "to"]),
    ],
)
def test_the_walk_catches_a_word_in_a_pattern(source: str, words: list[str]) -> None:
    found = offences(source)
    assert len(found) == 1 and all(repr(w) in found[0] for w in words), found


@pytest.mark.parametrize(
    "source",
    [
        'NAME = r"[A-Z][\\w\'.-]*(?:\\s+[A-Z][\\w\'.-]*){0,3}"\n',  # letters only inside classes
        'GROUPED = r"(?P<names>[^:]*?)(?P=names)\\s*"\n',  # group names and back references
        'FLAGGED = r"(?i:\\d+)(?-i:\\w)\\u00a0\\x41"\n',  # inline flags and escapes
        'MESSAGE = "no pattern here, only words"\n',  # prose, not a pattern
        'def f():\n    r"""Splits at \\s+and\\s+ (a docstring is prose)."""\n',
    ],
)
def test_the_walk_passes_a_pattern_without_words(source: str) -> None:
    assert offences(source) == []
