"""English words live in ``attribution/lang/``: nowhere else defines a list of them or compares a token to one.

An AST walk over the package: a module outside ``attribution/lang/`` fails when it

* writes a set, list or tuple literal holding three or more lowercase English words, or
* compares a token's text or lemma (``.text``, ``.lemma``, ``.lower()``) with a word literal
  (``== "said"``, ``in ("of", "for")``),

where a "word" is not a UD label ("nsubj", "acl:relcl", "punct") nor one of the project's
kinds ("reported-speech", "body", "wire agency"). Put the word in the topic file of
``attribution/lang/en/`` and import it by name. ``EXEMPT`` lists the modules whose literals
are names (a format's keys, option values, another scheme's labels), each with why; never grow it without a reason.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from attribution.extraction import POST_RULES, SENTENCE_RULES
from attribution.kinds import ATTRIBUTION_KINDS, BLOCK_KINDS, SOURCE_KINDS

PACKAGE = Path(__file__).resolve().parents[2] / "attribution"

#: Universal Dependencies relations (the base before ":"); their subtypes pass too.
UD_RELATIONS = frozenset(
    "acl advcl advmod amod appos aux case cc ccomp clf compound conj cop csubj dep det discourse dislocated "
    "expl fixed flat goeswith iobj list mark nmod nsubj nummod obj obl orphan parataxis punct reparandum root "
    "vocative xcomp".split()
)
#: Attribution kinds, block kinds, evidence kinds and the like: names the code gives things, not English words.
KINDS = frozenset(
    {
        *SOURCE_KINDS,
        *ATTRIBUTION_KINDS,
        *BLOCK_KINDS,
        "furniture",
        # rule names (a rule's ``reads``)
        *SENTENCE_RULES.names(),
        *POST_RULES.names(),
    }
)

#: Modules whose string literals are names (format keys, labels, option values), not English words,
#: relative to attribution/ (a folder ends in "/"). Each says why.
EXEMPT: dict[str, str] = {
    # names, not English content: the walk cannot tell a format's keys from words, so these modules say so
    "cli.py": "option names and help: not English content words",
    "analysis_cache.py": "the stage folder names the cache keys on: file names, not English",
    "models.py": "the public contract's verdict names (single-origin, independently-confirmed, unattributed)",
    "nlp/ud.py": "ClearNLP dependency labels (prep, agent, dative): another scheme's labels, not English",
    "nlp/annotate.py": "engine names (auto, spacy, stanza): option values",
    "nlp/stanza_engine.py": "stanza processor names (tokenize, pos, lemma, depparse): stanza's API",
    "ingest/readers.py": "the input formats' keys: JSON record fields, HTML tags, trafilatura metadata names",
    "ingest/manifest.py": "the manifest's column names and their accepted spellings: a file format's keys",
    "report/__init__.py": "output format names (markdown, html, json ...): option values",
    "report/markdown.py": "keys of a conflict's values (figure, place, article ...): the contract's data keys",
    "report/table.py": "column names of the attributions table: the extract contract's field names",
    "report/tabular.py": "CSV column names: the claims contract's field names",
    "report/view.py": "URL schemes (http, https)",
}

_WORD = re.compile(r"^[a-z][a-z'’-]*$")


def _is_word(value: object) -> bool:
    if not isinstance(value, str) or not _WORD.match(value):
        return False
    if value in KINDS or value.split(":")[0] in UD_RELATIONS:
        return False
    return True


def _words(node: ast.AST) -> list[str]:
    if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
        return [e.value for e in node.elts if isinstance(e, ast.Constant) and _is_word(e.value)]
    if isinstance(node, ast.Constant) and _is_word(node.value):
        return [node.value]
    return []


def _reads_a_token(node: ast.AST) -> bool:
    return any(isinstance(n, ast.Attribute) and n.attr in ("text", "lemma", "lower") for n in ast.walk(node))


def _offences(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: list[str] = []
    slots = {
        id(n.value)
        for n in ast.walk(tree)
        if isinstance(n, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id in ("__slots__", "__all__") for t in n.targets)
    }
    for node in ast.walk(tree):
        if id(node) in slots:
            continue  # attribute and export names
        if isinstance(node, (ast.Set, ast.List, ast.Tuple)) and len(_words(node)) >= 3:
            out.append(f"line {node.lineno}: a list of words {_words(node)[:4]}")
        elif isinstance(node, ast.Compare) and _reads_a_token(node.left):
            words = [w for c in node.comparators for w in _words(c)]
            if words:
                out.append(f"line {node.lineno}: a token compared with {words[:4]}")
    return out


def _modules() -> list[Path]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("lang/") or any(rel == e or (e.endswith("/") and rel.startswith(e)) for e in EXEMPT):
            continue
        out.append(path)
    return out


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_the_module_holds_no_english_word_list_or_word_comparison(path: Path) -> None:
    offences = _offences(path)
    assert not offences, f"{path.relative_to(PACKAGE)}: move the words to attribution/lang/en/:\n" + "\n".join(
        offences
    )


def test_the_walk_catches_a_word_list_and_a_word_comparison(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text('VERBS = frozenset({"say", "tell", "state"})\nok = t.lemma.lower() == "say"\n', encoding="utf-8")
    assert len(_offences(bad)) == 2
    good = tmp_path / "good.py"
    good.write_text(
        'DEPS = ("nsubj", "acl:relcl", "obj")\nok = t.deprel == "nsubj" or t.text == ","\n', encoding="utf-8"
    )
    assert _offences(good) == []
