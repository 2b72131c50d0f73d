"""Passive cues and "through" sources.

- "it is believed by analysts that X" / "X was announced by the ministry":
  a passive cue with an agent -> kind "passive-agent", source = the agent;
- "It is reported that X", "It is believed that X", "X are believed to be Y":
  a passive cue with no agent -> kind "vague-report", source None;
- "it has been confirmed through an allied intelligence agency that X",
  "The NIS confirmed the death through allied intelligence", "obtained the
  confirmation through information sharing with Y": the origin of the
  information -> kind "through" (a child of the cue's own attribution when it
  has one). A channel noun ("sharing", "cooperation") hands over to its
  "with Y" partner.
"""

from __future__ import annotations

from ..lang.en.cues import (
    CHANNEL_NOUNS,
    CHANNEL_PARTNER_CASES,
    CUE_VERBS,
    EXPLETIVES,
    FROM_KNOWLEDGE_VERBS,
    KNOWLEDGE_FROM_CASE,
    KNOWLEDGE_VERBS,
    MOVEMENT_CASES,
    MOVEMENT_PARTICLES,
    RAISING_VAGUE_VERBS,
    THROUGH_CASES,
    VAGUE_PASSIVE_VERBS,
)
from .collective import content_clause
from .content import clause_content, is_embedded_question, is_infinitive, shared_conjuncts
from .context import Cand, DocContext, SentTree
from .mentions import is_source_like, source_mentions, unwrap_owner


def _span(ctx: DocContext, a: int, b: int) -> tuple[int, int]:
    toks = ctx.doc.tokens
    return toks[a].start, toks[b - 1].end


def through_source(ctx: DocContext, tree: SentTree, v: int) -> tuple[int, int] | None:
    """(case token, source head) of "through X" / "via X" / "learned from X" under a knowledge verb."""
    toks = ctx.doc.tokens
    lem = toks[v].lemma.lower()
    if lem not in KNOWLEDGE_VERBS or is_movement(ctx, tree, v):
        return None
    for c in tree.kids(v, ("obl", "advcl")):
        case = tree.kid(c, ("case", "mark"))
        if case is None:
            continue
        case_lem = toks[case].lemma.lower()
        if not (case_lem in THROUGH_CASES or (case_lem == KNOWLEDGE_FROM_CASE and lem in FROM_KNOWLEDGE_VERBS)):
            continue
        src = c
        if toks[c].lemma.lower() in CHANNEL_NOUNS or toks[c].upos == "VERB":
            partner = None
            for n in tree.kids(c, ("nmod", "obl")):
                ncase = tree.kid(n, ("case",))
                if ncase is not None and toks[ncase].lemma.lower() in CHANNEL_PARTNER_CASES:
                    partner = n
                    break
            if partner is None:
                continue
            src = partner
        if is_source_like(ctx, tree, src):
            return case, src
    return None


def is_movement(ctx: DocContext, tree: SentTree, v: int) -> bool:
    """ "got in through X", "got into the network via Y": a particle, adverb or phrase of direction
    on the verb makes it a movement, and its "through" phrase a way in, not a source."""
    toks = ctx.doc.tokens
    if any(toks[c].lemma.lower() in MOVEMENT_PARTICLES for c in tree.kids(v, ("compound:prt", "advmod"))):
        return True
    for c in tree.kids(v, ("obl",)):
        case = tree.kid(c, ("case",))
        if case is not None and toks[case].lemma.lower() in MOVEMENT_CASES:
            return True
    return False


def through(ctx: DocContext, tree: SentTree, known: list[Cand]) -> list[Cand]:
    toks = ctx.doc.tokens
    by_cue = {c.cue_tok: c for c in known}
    out: list[Cand] = []
    for v in range(tree.lo, tree.hi):
        if toks[v].upos != "VERB":
            continue
        found = through_source(ctx, tree, v)
        if found is None:
            continue
        case, src = found
        src = unwrap_owner(ctx, tree, src)
        parent = by_cue.get(v)
        heads = shared_conjuncts(ctx, tree, v, tree.kids(v, ("ccomp",)))
        if not heads:
            # "confirmed through X that CLAUSE" is often parsed with the clause on X
            clause = content_clause(ctx, tree, src)
            heads = [clause] if clause is not None else []
        content = list(parent.content) if parent is not None else clause_content(ctx, tree, heads)
        cand = Cand(
            "through",
            source_mentions(ctx, tree, src, unwrap=False),
            (toks[case].start, toks[case].end),
            case,
            content,
            tree.index,
            heads=heads,
            frame=(toks[case].start, toks[tree.bounds(src)[1] - 1].end),
        )
        if parent is not None:
            cand.parent = parent
            cand.explicit_parent = True
        out.append(cand)
    return out


def passive_cues(ctx: DocContext, tree: SentTree, through_verbs: set[int]) -> list[Cand]:
    toks = ctx.doc.tokens
    out: list[Cand] = []
    for v in range(tree.lo, tree.hi):
        t = toks[v]
        lem = t.lemma.lower()
        if t.upos != "VERB" or t.xpos != "VBN" or (lem not in CUE_VERBS and lem not in VAGUE_PASSIVE_VERBS):
            continue
        kids = tree.children(v)
        deps = {toks[c].deprel for c in kids}
        if not deps & {"aux:pass", "nsubj:pass"}:
            continue  # reduced participles belong to prepositional.reported_by
        subj = tree.kid(v, ("nsubj:pass",))
        # "it is not known whether ...": an embedded question reports nothing
        ccomps = [c for c in tree.kids(v, ("ccomp",)) if not is_embedded_question(ctx, tree, c)]
        xcomps = tree.kids(v, ("xcomp",))
        content: list[tuple[int, int]] = []
        heads: list[int] = []
        if ccomps and (subj is None or toks[subj].text.lower() in EXPLETIVES):
            heads = ccomps = shared_conjuncts(ctx, tree, v, ccomps)
            content = clause_content(ctx, tree, ccomps)
        elif (
            subj is not None
            and lem in RAISING_VAGUE_VERBS
            and toks[subj].text.lower() not in EXPLETIVES
            and (
                xcomps := [
                    x for x in xcomps if is_infinitive(ctx, tree, x)
                ]
            )
        ):
            # raising: "X are believed to be Y" (an infinitive complement only)
            heads = xcomps
            sa, sb = tree.bounds(subj)
            subj_span = ctx.char_span(sa, sb)
            content = [s for s in [subj_span, *clause_content(ctx, tree, xcomps)] if s]
        if not content:
            continue
        agent = tree.kid(v, ("obl:agent",))
        if agent is not None:
            src = unwrap_owner(ctx, tree, agent)
            kind, sources = "passive-agent", source_mentions(ctx, tree, src, unwrap=False)
        elif v in through_verbs:
            continue  # "it has been confirmed through X": the through rule names the source
        elif lem in VAGUE_PASSIVE_VERBS:
            kind, sources = "vague-report", []
        else:
            continue
        a = subj if subj is not None and subj < v else v
        out.append(
            Cand(kind, sources, (t.start, t.end), v, content, tree.index, heads=heads, frame=_span(ctx, a, v + 1))
        )
    return out
