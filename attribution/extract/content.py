"""Content spans: the reported clause only, as exact character spans.

Content never includes the cue, the source or the frame around them
("said Friday", "according to X"); the complementiser "that" is dropped; edges
are trimmed of separators and of quote marks whose partner lies outside.
"""

from __future__ import annotations

import re

from .context import DocContext, SentTree
from .cues import NOMINAL_UPOS, SEPARATE_CLAUSE_DEPS

#: Complementisers dropped at the start of a reported clause.
COMPLEMENTISERS = frozenset({"that", "whether", "if"})
CLAUSE_UPOS = frozenset({"VERB", "AUX"})


def _drop_marks(ctx: DocContext, tree: SentTree, heads: list[int], members: set[int]) -> None:
    toks = ctx.doc.tokens
    for h in heads:
        for c in tree.kids(h, ("mark",)):
            if toks[c].text.lower() == "that" and tree.bounds(h)[0] == c:
                members.discard(c)


#: A dateline glued to the first clause of a story ("Dec. 27 (UPI) — ",
#: "SEOUL, Dec. 27 (Yonhap) -- "): never part of a reported clause.
DATELINE = re.compile(r"[A-Z][\w.,' ]{0,40}\([A-Za-z][\w.&/ -]{0,30}\)\s*(?:—|–|--|-)\s*")
#: Sentence-final marks dropped from the end of a reported clause.
FINAL_PUNCT = frozenset({".", "!", "?"})


def spans_of(ctx: DocContext, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    toks = ctx.doc.tokens
    out = []
    for a, b in runs:
        while b > a + 1 and toks[b - 1].upos == "PUNCT" and toks[b - 1].text in FINAL_PUNCT:
            b -= 1
        span = ctx.char_span(a, b)
        if span:
            m = DATELINE.match(ctx.text, span[0], span[1])
            if m and m.end() < span[1]:
                span = (m.end(), span[1])
            out.append(span)
    return out


def clause_content(
    ctx: DocContext, tree: SentTree, heads: list[int], stop: set[int] | None = None
) -> list[tuple[int, int]]:
    """Spans of the clauses headed by ``heads`` (runs holding a head; a lone wh-word run is dropped)."""
    if not heads:
        return []
    members = tree.members(heads, stop)
    _drop_marks(ctx, tree, heads, members)
    runs = ctx.runs(members)
    keep = [r for r in runs if any(r[0] <= h < r[1] for h in heads)] or runs
    return spans_of(ctx, keep)


def shared_conjuncts(ctx: DocContext, tree: SentTree, v: int, heads: list[int]) -> list[int]:
    """Heads plus subjectless conjuncts of ``v`` after them.

    In "It has been confirmed that the soldier captured on the 26th has just
    passed away" parsers often attach "passed" to "confirmed" as a conjunct; in
    a passive report frame such a conjunct continues the reported clause.
    """
    if not heads:
        return heads
    toks = ctx.doc.tokens
    extra = [
        d
        for d in tree.kids(v, ("conj",))
        if d > max(heads) and toks[d].upos in CLAUSE_UPOS and not tree.kids(d, ("nsubj", "nsubj:pass", "expl"))
    ]
    return sorted([*heads, *extra])


def clause_head(ctx: DocContext, tree: SentTree, i: int) -> int:
    """The predicate a nominal hangs from: climb while the token is nominal and has a head."""
    toks = ctx.doc.tokens
    while toks[i].upos in NOMINAL_UPOS and toks[i].deprel not in ("root",):
        h = tree.head(i)
        if h is None:
            break
        i = h
    return i


def clause_around(
    ctx: DocContext,
    tree: SentTree,
    governor: int,
    cut: tuple[int, int],
    cue_tokens: set[int],
) -> list[tuple[int, int]]:
    """Content of the clause ``governor`` heads, minus the attribution phrase ``cut`` (token bounds).

    Other attribution clauses hanging off the governor (", citing X", ", adding
    that ...") are cut out too; after the phrase, only runs that still hold a
    predicate are kept (a trailing apposition of the source is not content).
    """
    toks = ctx.doc.tokens
    stop = {c for c in tree.children(governor) if c in cue_tokens and toks[c].deprel in SEPARATE_CLAUSE_DEPS}
    stop |= {i for i in range(cut[0], cut[1])}
    members = tree.members([governor], stop)
    runs = ctx.runs(members)
    keep = []
    for a, b in runs:
        if a >= cut[1] and not any(toks[j].upos in CLAUSE_UPOS for j in range(a, b)):
            continue
        keep.append((a, b))
    return spans_of(ctx, keep)


def has_predicate(ctx: DocContext, a: int, b: int) -> bool:
    return any(ctx.doc.tokens[j].upos in CLAUSE_UPOS for j in range(a, b))
