"""English words live in ``attribution/lang/``: nowhere else defines a list of them or compares a token to one.

An AST walk over the package: a module outside ``attribution/lang/`` fails when it

* writes a set, list or tuple literal holding three or more lowercase English words, or
* compares a token's text or lemma (``.text``, ``.lemma``, ``.lower()``) with a word literal
  (``== "said"``, ``in ("of", "for")``),

where a "word" is not a UD label ("nsubj", "acl:relcl", "punct") nor one of the project's
kinds ("reported-speech", "body", "wire agency"). Put the word in the topic file of
``attribution/lang/en/`` and import it by name. ``EXEMPT`` lists the modules this round of
renovation did not reach, each with why; shrink it, never grow it without a reason.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from attribution.extraction import POST_RULES, SENTENCE_RULES
from attribution.models import SOURCE_KINDS

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
        *"direct-quote reported-speech according-to citing reported-by told passive-agent through colon-list "
        "collective vague-report article-reference".split(),
        *"body bullet credit heading boilerplate byline title furniture".split(),
        # rule names (a rule's ``reads``)
        *SENTENCE_RULES.names(),
        *POST_RULES.names(),
    }
)

#: Modules not moved this round, relative to attribution/ (a folder ends in "/"). Each says why.
EXEMPT: dict[str, str] = {
    # other engineers' rooms this round: resolve words move with the resolve sieves (resolve/lexicon.py and
    # the name tables), ingest furniture patterns with the ingest hardening, and the report's labels with the users'
    # change
    "resolve/": "resolve words: the resolve renovation moves them (its own names under lang/)",
    "ingest/": "ingest furniture patterns: owned by the hardening change this round",
    "report/": "report labels and formats: owned by the users' change this round",
    "tracing/conflicts.py": "not reached this round",
    "tracing/cluster.py": "not reached this round",
    "tracing/signals.py": "not reached this round",
    "tracing/specify.py": "not reached this round",
    "tracing/data.py": "not reached this round",
    "evaluation/": "evaluation readers of gold files: not reached this round",
    "learned/": "the learned extractor: owned by its own change this round",
    "nlp/": "engine adapters (tag maps): not reached this round",
    "cli.py": "option names and help: not English content words",
    "analysis_cache.py": "the stage folder names the cache keys on: file names, not English",
    "models.py": "the public contract's kind names",
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
        if isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__slots__" for t in n.targets)
    }
    for node in ast.walk(tree):
        if id(node) in slots:
            continue  # attribute names
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
