"""Hedges: words that mark a claim as unconfirmed.

A hedge counts when it is on the cue ("claims", "alleged"), modifies the cue
("reportedly said"), or lies inside the content span ("has reportedly died",
"are believed to be", "appears to have suffered", "if confirmed"). The
surface words are returned lower-cased, once each, in text order.
"""

from __future__ import annotations

from ..doc import Token
from ..kinds import AttributionKind
from ..lang.en.hedges import CONDITIONAL_HEDGES, CONDITIONAL_MARK, HEDGE_PASSIVES, HEDGE_VERBS, HEDGE_WORDS
from ..rules import Rule, RuleSet
from .context import Cand, DocContext


def _hedge_adverb(ctx: DocContext, t: Token) -> str | None:
    low = t.text.lower()
    return low if low in HEDGE_WORDS else None


def _hedge_verb(ctx: DocContext, t: Token) -> str | None:
    return t.text.lower() if t.upos == "VERB" and t.lemma.lower() in HEDGE_VERBS else None


def _hedge_passive(ctx: DocContext, t: Token) -> str | None:
    """ "are believed to be", "is thought to have": a passive cognition verb."""
    if t.upos != "VERB" or t.lemma.lower() not in HEDGE_PASSIVES or t.xpos != "VBN":
        return None
    toks = ctx.doc.tokens
    tree = ctx.trees[t.sent]
    return t.text.lower() if any(toks[c].deprel in ("aux:pass", "nsubj:pass") for c in tree.children(t.i)) else None


def _conditional_hedge(ctx: DocContext, t: Token) -> str | None:
    """ "if confirmed", "if true"."""
    if t.lemma.lower() not in CONDITIONAL_HEDGES:
        return None
    toks = ctx.doc.tokens
    tree = ctx.trees[t.sent]
    marked = any(toks[c].text.lower() == CONDITIONAL_MARK and toks[c].deprel == "mark" for c in tree.children(t.i))
    return f"if {t.text.lower()}" if marked else None


#: How a token hedges, the first form that answers: a hedge word, a hedging verb, a passive cognition
#: verb, a conditional ("if confirmed").
HEDGE_FORMS = RuleSet(
    "extraction.hedges",
    [
        Rule("hedge-word", _hedge_adverb, "The captain has reportedly died."),
        Rule("hedge-verb", _hedge_verb, "The rebels claim that the toll is higher."),
        Rule("hedge-passive", _hedge_passive, "Two sailors are believed to be missing."),
        Rule("conditional", _conditional_hedge, "The toll, if confirmed, would be the highest this year."),
    ],
)


def _hedge_word(ctx: DocContext, i: int) -> str | None:
    found = HEDGE_FORMS.first(ctx, ctx.doc.tokens[i])
    return found.value if found is not None else None


def hedges_for(ctx: DocContext, cand: Cand) -> list[str]:
    found: list[tuple[int, str]] = []
    idx: set[int] = set()
    if cand.kind != AttributionKind.ARTICLE_REFERENCE and 0 <= cand.cue_tok < len(ctx.doc.tokens):
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
