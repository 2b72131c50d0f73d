"""Hedges: words that mark a claim as unconfirmed.

A hedge counts when it is on the cue ("claims", "alleged"), modifies the cue
("reportedly said"), or lies inside the content span ("has reportedly died",
"are believed to be", "appears to have suffered", "if confirmed"). The
surface words are returned lower-cased, once each, in text order.
"""

from __future__ import annotations

from ..lang.en.hedges import CONDITIONAL_HEDGES, CONDITIONAL_MARK, HEDGE_PASSIVES, HEDGE_VERBS, HEDGE_WORDS
from .context import Cand, DocContext


def _hedge_word(ctx: DocContext, i: int) -> str | None:
    toks = ctx.doc.tokens
    t = toks[i]
    low, lem = t.text.lower(), t.lemma.lower()
    if low in HEDGE_WORDS:
        return low
    if t.upos == "VERB" and lem in HEDGE_VERBS:
        return low
    if t.upos == "VERB" and lem in HEDGE_PASSIVES and t.xpos == "VBN":
        tree = ctx.trees[t.sent]
        if any(toks[c].deprel in ("aux:pass", "nsubj:pass") for c in tree.children(i)):
            return low
    if lem in CONDITIONAL_HEDGES:
        tree = ctx.trees[t.sent]
        if any(toks[c].text.lower() == CONDITIONAL_MARK and toks[c].deprel == "mark" for c in tree.children(i)):
            return f"if {low}"
    return None


def hedges_for(ctx: DocContext, cand: Cand) -> list[str]:
    found: list[tuple[int, str]] = []
    idx: set[int] = set()
    if cand.kind != "article-reference" and 0 <= cand.cue_tok < len(ctx.doc.tokens):
        idx.add(cand.cue_tok)
        tree = ctx.trees[ctx.doc.tokens[cand.cue_tok].sent]
        idx.update(c for c in tree.children(cand.cue_tok) if ctx.doc.tokens[c].deprel == "advmod")
    for s, e in cand.content:
        a, b = ctx.tokens_in(s, e)
        idx.update(range(a, b))
    for i in sorted(idx):
        w = _hedge_word(ctx, i)
        if w is not None:
            found.append((i, w))
    out: list[str] = []
    for _, w in found:
        if w not in out:
            out.append(w)
    return out
