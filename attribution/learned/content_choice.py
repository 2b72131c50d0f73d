"""Whose content edges to show where the model and a rule agree on an attribution: a learned choice.

Where a model proposal agrees with a rule attribution (``extraction/combine.py``), the rule keeps its
spans for resolution and tracing. Their content edges often differ: the model, trained on PolNeAR,
draws them as PolNeAR's annotators do (a split quote's second fragment, "that", the rest of the
clause), the rules as tracing reads them. After resolution, the ``content-model`` boundary step
(``extraction/boundaries.py``) shows the model's content instead of the rule's when a logistic
regression over the features below says the model's edges are the likelier right ones.

The weights (``attribution/data/content_choice.json``) are fitted by ``scripts/fit_content_choice.py``
on the train folds of PolNeAR's train split (never the dev fold; docs/evaluation.md, "Round ten:
extraction"): one example per agreed pair whose two contents differ and exactly one of which is
PolNeAR's (after the other boundary steps), labelled by which.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..doc import Document
from ..errors import REINSTALL
from ..packaged import check_shipped
from .claims import quoted, token_range
from .model import ModelError

Span = tuple[int, int]

WEIGHTS_PATH = Path(__file__).resolve().parent.parent / "data" / "content_choice.json"

#: The rules whose kind is a feature of its own (the others share ``rule:other``).
RULE_FEATURES = ("verbal", "orphan-quote", "according-to")

FEATURES = (
    "bias",
    *(f"rule:{r}" for r in RULE_FEATURES),
    "rule:other",
    "direct",
    "model adds a quoted fragment",
    "model adds an unquoted fragment",
    "model adds a fragment hanging from a word outside the attribution",
    "model fewer fragments",
    "model leaves out the head of the rule's content",
    "model leaves out the subject of the rule's content",
    "model holds rule",
    "rule holds model",
    "log length ratio",
    "model starts earlier",
    "model starts later",
    "model ends later",
    "model ends earlier",
    "model crosses a sentence",
    "rule crosses a sentence",
    "model takes the cue's sentence only",
)


def _chars(spans: list[Span]) -> set[int]:
    out: set[int] = set()
    for s, e in spans:
        out.update(range(s, e))
    return out


def _sentence_of(doc: Document, pos: int) -> int:
    """The sentence holding character ``pos`` (-1 when none)."""
    for n, s in enumerate(doc.sentences):
        if s.start <= pos < s.end:
            return n
    return -1


def _sentences(doc: Document, spans: list[Span]) -> set[int]:
    return {_sentence_of(doc, s) for s, _e in spans} | {_sentence_of(doc, max(s, e - 1)) for s, e in spans}


def features(
    doc: Document, rule: str, direct: bool, cue: Span, rule_content: list[Span], model: list[Span]
) -> list[float]:
    """The feature vector (``FEATURES``, in order) of one agreed pair's two contents."""
    rc, mc = _chars(rule_content), _chars(model)
    lr, lm = max(1, len(rc)), max(1, len(mc))
    rs, re_ = min(s for s, _ in rule_content), max(e for _, e in rule_content)
    ms, me = min(s for s, _ in model), max(e for _, e in model)
    cue_sent = _sentence_of(doc, cue[0])
    m_sents, r_sents = _sentences(doc, model), _sentences(doc, rule_content)
    named = rule if rule in RULE_FEATURES else "other"
    extra = [f for f in model if not any(s < f[1] and f[0] < e for s, e in rule_content)]
    return [
        1.0,
        *(1.0 if named == r else 0.0 for r in RULE_FEATURES),
        1.0 if named == "other" else 0.0,
        1.0 if direct else 0.0,
        1.0 if any(quoted(doc.text, [f]) for f in extra) else 0.0,
        1.0 if any(not quoted(doc.text, [f]) for f in extra) else 0.0,
        1.0 if any(_hangs_outside(doc, f, [cue, *model]) for f in extra) else 0.0,
        1.0 if len(model) < len(rule_content) else 0.0,
        1.0 if any(not _holds_head(doc, f, model) for f in rule_content) else 0.0,
        1.0 if any(not _holds_subject(doc, f, model) for f in rule_content) else 0.0,
        1.0 if rc <= mc else 0.0,
        1.0 if mc <= rc else 0.0,
        math.log(lm / lr),
        1.0 if ms < rs else 0.0,
        1.0 if ms > rs else 0.0,
        1.0 if me > re_ else 0.0,
        1.0 if me < re_ else 0.0,
        1.0 if len(m_sents) > 1 else 0.0,
        1.0 if len(r_sents) > 1 else 0.0,
        1.0 if m_sents == {cue_sent} else 0.0,
    ]


def _hangs_outside(doc: Document, frag: Span, inside: list[Span]) -> bool:
    """The fragment's head depends on a word outside the cue and the contents ("a post [that purports to
    show ...]": a relative clause of a noun outside the attribution, not more of what was said)."""
    head = _head_token(doc, frag)
    if head is None:
        return False
    toks = doc.tokens
    gov = toks[head].head
    if gov == head:
        return False
    return not any(s <= toks[gov].start < e for s, e in inside)


def _holds_head(doc: Document, frag: Span, spans: list[Span]) -> bool:
    """The head token of ``frag`` (its first token whose head lies outside it) lies in ``spans``."""
    head = _head_token(doc, frag)
    if head is None:
        return True
    return any(s <= doc.tokens[head].start < e for s, e in spans)


def _head_token(doc: Document, frag: Span) -> int | None:
    """The index of ``frag``'s head token (its first token whose head lies outside it, or the root), or None
    where the fragment covers no token."""
    rng = token_range(doc, frag)
    if rng is None:
        return None
    lo, hi = rng
    toks = doc.tokens
    return next((i for i in range(lo, hi) if not lo <= toks[i].head < hi or toks[i].head == i), lo)


#: Relations of a clause's subject.
SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl"})


def _holds_subject(doc: Document, frag: Span, spans: list[Span]) -> bool:
    """Every subject of the head of ``frag`` that lies in ``frag`` lies in ``spans`` too ("More than 3,000
    troops have reportedly [been killed]" leaves its subject out)."""
    rng = token_range(doc, frag)
    if rng is None:
        return True
    lo, hi = rng
    toks = doc.tokens
    head = next((i for i in range(lo, hi) if not lo <= toks[i].head < hi or toks[i].head == i), lo)
    subjects = [i for i in range(lo, hi) if toks[i].head == head and i != head and toks[i].deprel in SUBJECTS]
    return all(any(s <= toks[i].start < e for s, e in spans) for i in subjects)


@lru_cache(maxsize=1)
def weights(path: Path = WEIGHTS_PATH) -> tuple[float, ...]:
    """The fitted weights, one per feature; ``ModelError`` naming the file and the fix when unusable."""
    fix = f"reinstall the package ({REINSTALL}) or refit: python scripts/fit_content_choice.py --write"
    try:
        raw = path.read_bytes()
        data: Any = json.loads(raw.decode("utf-8"))
        w = data["weights"]
        out = tuple(float(w[name]) for name in FEATURES)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"{path}: missing or damaged content-choice weights ({exc}); {fix}") from exc
    if path == WEIGHTS_PATH:  # the shipped weights: a hand edit that still parses is refused too
        check_shipped(f"{path.parent.name}/{path.name}", raw, root=path.parent.parent)
    return out


def score(x: list[float], w: tuple[float, ...] | None = None) -> float:
    """The log-odds that the model's content is PolNeAR's rather than the rule's."""
    return sum(a * b for a, b in zip(x, w if w is not None else weights(), strict=True))
