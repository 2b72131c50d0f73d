"""A learned cue classifier over the parse: cues the span tagger and the rules both miss.

Round ten measured where PolNeAR attribution recall is lost: about four misses in five are gold cues
that neither the tagger nor the rules mark, a long tail of words that are cues in some contexts only
("vote for", "seem", "seek", "fire", "ask", "cheer", a colon after a name). A list of words cannot
separate them; the context can. This classifier scores each content word of the parse (verbs, nouns,
adjectives) from the parse around it: its lemma, part of speech and relation, which dependents it has
(a clause, an infinitive, an object, a subject) and their kinds, whether its subject is a person, an
organisation or a pronoun, quotation marks near it. A logistic regression over hashed binary features
(``FEATURES`` buckets; the weights in ``attribution/data/cue_classifier.json``, fitted by
``scripts/fit_cue_classifier.py`` on the *train* part of PolNeAR's train split, its threshold chosen on
the *tune* part; never the dev fold).

At run time (``extraction.combine.with_model``), a word it scores above the threshold whose token no
proposal's or rule attribution's cue, source or content touches becomes a bare-cue proposal of the model
(its subject as the source when that is a pronoun or names a person, organisation, group or place): the
merge gives it the clause or object its word governs, or drops it, exactly as it does for a cue the tagger
marked with no content. Its attributions are the
model's (``by = "model"``); none of them makes a claim (``learned.claims.makes_claim``: they are shown in
the extract, as PolNeAR marks them, and never traced; measured in docs/evaluation.md, "Round eleven").
"""

from __future__ import annotations

import hashlib
import json
import math
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..doc import Document, Token
from ..errors import REINSTALL
from ..packaged import check_shipped
from .model import ModelError

Span = tuple[int, int]

WEIGHTS_PATH = Path(__file__).resolve().parent.parent / "data" / "cue_classifier.json"

#: The version the fitting script writes into the weights file (``attribution models list`` shows it).
VERSION = "1.0.0"

#: Number of hashed feature buckets (a power of two).
FEATURES = 1 << 16

#: Parts of speech of a candidate cue word.
CANDIDATE_POS = frozenset({"VERB", "NOUN", "ADJ"})

#: Relations of a word's subject.
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj"})

#: Dependents whose own word is a feature with the candidate's lemma (which frame the word takes).
_FRAME_DEPS = frozenset({"ccomp", "xcomp", "obj", "obl", "advcl", "acl", "nmod", "parataxis", "csubj"})

#: Quotation marks, by the parser's part of speech for them (Penn tags: no words of English here).
_QUOTE_TAGS = frozenset({"``", "''"})


def _bucket(name: str) -> int:
    return zlib.crc32(name.encode("utf-8")) & (FEATURES - 1)


def _children(doc: Document) -> list[list[int]]:
    kids: list[list[int]] = [[] for _ in doc.tokens]
    for t in doc.tokens:
        if t.head != t.i and 0 <= t.head < len(kids):
            kids[t.head].append(t.i)
    return kids


def candidates(doc: Document, regions: list[Span] | None = None, kids: list[list[int]] | None = None) -> list[int]:
    """Token indices the classifier scores: content words (``CANDIDATE_POS``) inside ``regions`` that govern
    a content the merge can give a bare cue (a dependent of ``BARE_CUE_CONTENT_DEPS``)."""
    from ..lang.en.cues import BARE_CUE_CONTENT_DEPS

    kids = kids if kids is not None else _children(doc)
    toks = doc.tokens
    out = []
    for t in toks:
        if t.upos not in CANDIDATE_POS:
            continue
        if regions is not None and not any(s <= t.start and t.end <= e for s, e in regions):
            continue
        if not any(toks[k].deprel in BARE_CUE_CONTENT_DEPS for k in kids[t.i]):
            continue
        out.append(t.i)
    return out


def governed(doc: Document, kids: list[list[int]], i: int) -> Span | None:
    """The content the merge gives word ``i`` as a bare cue (``extraction.combine._governed_content``, read
    from the dependents): the subtree of its first dependent in ``BARE_CUE_CONTENT_DEPS`` order."""
    from ..lang.en.cues import BARE_CUE_CONTENT_DEPS

    toks = doc.tokens
    for dep in BARE_CUE_CONTENT_DEPS:
        top = next((k for k in kids[i] if toks[k].deprel == dep), None)
        if top is not None:
            return _subtree_span(doc, kids, top)
    return None


def _subject(doc: Document, kids: list[list[int]], i: int) -> int | None:
    return next((k for k in kids[i] if doc.tokens[k].deprel in _SUBJECTS), None)


def _ent_of(doc: Document, kids: list[list[int]], i: int) -> str:
    """The entity label of a phrase headed by ``i`` (its head's, else a compound's or a modifier's)."""
    toks = doc.tokens
    if toks[i].ent:
        return toks[i].ent
    for k in kids[i]:
        if toks[k].ent and toks[k].deprel in ("compound", "flat", "appos", "nmod:poss"):
            return toks[k].ent
    return "none"


def features(doc: Document, i: int, kids: list[list[int]] | None = None) -> list[str]:
    """The named binary features of token ``i`` as a cue candidate (hashed by ``indices``)."""
    kids = kids if kids is not None else _children(doc)
    toks = doc.tokens
    t: Token = toks[i]
    lem = t.lemma.lower()
    out = [
        "bias",
        f"lemma={lem}",
        f"lemma={lem}&pos={t.upos}",
        f"xpos={t.xpos}",
        f"dep={t.deprel}",
        f"lemma={lem}&dep={t.deprel}",
        f"pos={t.upos}&dep={t.deprel}",
    ]
    head = toks[t.head] if t.head != t.i else None
    out.append(f"head_pos={head.upos if head else 'root'}")
    if head is not None:
        out.append(f"head_lemma={head.lemma.lower()}&dep={t.deprel}")
    deps = sorted({toks[k].deprel for k in kids[i]})
    for d in deps:
        out.append(f"kid={d}")
        out.append(f"pos={t.upos}&kid={d}")
    for k in kids[i]:
        kt = toks[k]
        if kt.deprel in _FRAME_DEPS:
            out.append(f"lemma={lem}&kid={kt.deprel}")
            marks = [toks[m] for m in kids[k] if toks[m].deprel in ("mark", "case")]
            for m in marks:
                out.append(f"lemma={lem}&kid={kt.deprel}&mark={m.lemma.lower()}")
                out.append(f"kid={kt.deprel}&mark={m.lemma.lower()}")
        elif kt.deprel in ("aux", "aux:pass", "advmod", "compound:prt", "mark", "cop"):
            out.append(f"{kt.deprel}={kt.lemma.lower()}")
            if kt.deprel == "compound:prt":
                out.append(f"lemma={lem}&prt={kt.lemma.lower()}")
    subj = _subject(doc, kids, i)
    if subj is None:
        out.append("subject=none")
    else:
        s = toks[subj]
        out.append(f"subject_pos={s.upos}")
        out.append(f"subject_ent={_ent_of(doc, kids, subj)}")
        out.append(f"lemma={lem}&subject_ent={_ent_of(doc, kids, subj)}")
        if s.upos == "PRON":
            out.append(f"subject_pron={s.lemma.lower()}")
    sent = doc.sentences[t.sent] if 0 <= t.sent < len(doc.sentences) else None
    if sent is not None:
        near = toks[max(sent.start_token, i - 3) : min(sent.end_token, i + 4)]
        if any(n.xpos in _QUOTE_TAGS for n in near):
            out.append("quote_near")
        if any(toks[j].xpos in _QUOTE_TAGS for j in range(sent.start_token, sent.end_token)):
            out.append("quote_in_sentence")
        if t.sent == 0:
            out.append("first_sentence")
        n = sent.end_token - sent.start_token
        out.append(f"sentence_len={min(n // 8, 6)}")
        prev = toks[i - 1] if i > sent.start_token else None
        nxt = toks[i + 1] if i + 1 < sent.end_token else None
        out.append(f"prev={prev.lemma.lower() if prev else '<s>'}")
        out.append(f"next={nxt.lemma.lower() if nxt else '</s>'}")
        out.append(f"lemma={lem}&next={nxt.lemma.lower() if nxt else '</s>'}")
    return out


def indices(names: list[str]) -> list[int]:
    """The hashed buckets of named features (duplicates kept once, sorted)."""
    return sorted({_bucket(n) for n in names})


@lru_cache(maxsize=1)
def weights(path: Path = WEIGHTS_PATH) -> tuple[tuple[float, ...], float]:
    """The fitted weights (one per bucket) and the decision threshold (log-odds); ``ModelError`` naming
    the file and the fix when unusable."""
    fix = f"reinstall the package ({REINSTALL}) or refit: python scripts/fit_cue_classifier.py --write"
    try:
        raw = path.read_bytes()
        data: Any = json.loads(raw.decode("utf-8"))
        if int(data["buckets"]) != FEATURES:
            raise ValueError(f"{data['buckets']} buckets, expected {FEATURES}")
        w = [0.0] * FEATURES
        for k, v in data["weights"].items():
            w[int(k)] = float(v)
        threshold = float(data["threshold"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"{path}: missing or damaged cue-classifier weights ({exc}); {fix}") from exc
    if path == WEIGHTS_PATH:  # the shipped weights: a hand edit that still parses is refused too
        check_shipped(f"{path.parent.name}/{path.name}", raw, root=path.parent.parent)
    return tuple(w), threshold


def info(path: Path = WEIGHTS_PATH) -> dict[str, str]:
    """What ``attribution models list`` shows of the classifier: its version, what it was fitted on, its
    threshold and the sha256 of its weights file (``ModelError`` when the file is unusable)."""
    weights(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        "name": "attribution_cue_classifier",
        "version": str(data.get("version", "")),
        "fit": str(data.get("fit", "")),
        "threshold": f"{float(data['threshold']):g}",
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "size": f"{path.stat().st_size / 1e6:.1f} MB",
    }


def score(idx: list[int], w: tuple[float, ...]) -> float:
    """The log-odds that the word is a cue."""
    return sum(w[k] for k in idx)


def _subtree_span(doc: Document, kids: list[list[int]], top: int) -> Span:
    """Characters of the subtree of ``top`` (within its sentence), punctuation trimmed at the edges."""
    toks = doc.tokens
    seen, stack = {top}, [top]
    while stack:
        j = stack.pop()
        for k in kids[j]:
            if k not in seen and toks[k].sent == toks[top].sent:
                seen.add(k)
                stack.append(k)
    lo, hi = min(seen), max(seen)
    while lo < hi and toks[lo].upos == "PUNCT":
        lo += 1
    while hi > lo and toks[hi].upos == "PUNCT":
        hi -= 1
    return toks[lo].start, toks[hi].end


#: Entity labels (OntoNotes) of a subject that is a source: people, organisations, groups and places
#: (governments); chosen on the tune part against "every subject" and "no source" (docs/evaluation.md).
SOURCE_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _agent(doc: Document, kids: list[list[int]], subj: int) -> bool:
    """The subject names a speaker: a pronoun, or a phrase of a person, an organisation, a group or a place
    (not "the tensions" of "the tensions seem to ...", nor "48 percent" of "48 percent chose ...")."""
    return doc.tokens[subj].upos == "PRON" or _ent_of(doc, kids, subj) in SOURCE_ENTITIES


def _touches(t: Token, spans: list[Span]) -> bool:
    return any(t.start < e and s < t.end for s, e in spans)


def cue_proposals(
    doc: Document,
    regions: list[Span],
    taken: list[Span],
    *,
    threshold: float | None = None,
    w: tuple[float, ...] | None = None,
) -> list[Any]:
    """Bare-cue proposals (``learned.link.Proposal``, no content) for the words of ``regions`` the
    classifier scores above ``threshold`` (the fitted one by default) that touch no span of ``taken``
    (the cues and sources the tagger and the rules already mark)."""
    from .link import Proposal, act_of

    if w is None or threshold is None:
        fitted, cut = weights()
        w = w if w is not None else fitted
        threshold = cut if threshold is None else threshold
    kids = _children(doc)
    toks = doc.tokens
    out = []
    for i in candidates(doc, regions, kids):
        t = toks[i]
        if _touches(t, taken):
            continue
        if score(indices(features(doc, i, kids)), w) <= threshold:
            continue
        subj = _subject(doc, kids, i)
        source = _subtree_span(doc, kids, subj) if subj is not None and _agent(doc, kids, subj) else None
        cue = (t.start, t.end)
        act = act_of(doc.text[cue[0] : cue[1]], doc.text[source[0] : source[1]] if source else None)
        out.append(Proposal(source, cue, [], act, classifier_cue=True))
    return out


def probability(log_odds: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, log_odds))))
