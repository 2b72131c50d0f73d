"""Attributions introduced by a preposition or a participle phrase.

- "according to X" (UD: X is obl/nmod with case "according" + fixed "to"):
  content is the clause X hangs from, minus the phrase; "according to reports
  from Yonhap" takes Yonhap as the source; a name closing the sentence after
  "per" ("..., per the AP.") is read the same way;
- "citing X": under "according to Y" it is Y's source (parent = Y, same
  content); under a speech verb it is the speaker's source; otherwise the
  source of the clause it hangs from;
- "reported by X" / "as reported by X" / "Reported by the ... site
  “Militarnyi” on the 26th, CLAUSE": a reduced passive participle with an agent; in "X said
  in documents posted by Y" Y only published X's words and is no source.
"""

from __future__ import annotations

from ..kinds import AttributionKind
from ..lang.en.cues import (
    ACCORDING,
    ACCORDING_AS_PER,
    ACCORDING_PER,
    ACCORDING_TO_TAIL,
    CITE_LEMMAS,
    CUE_VERBS,
    IN_FINDING,
    IN_FINDING_NOUNS,
    REPORTED_BY_VERBS,
    SUBJECT_DEPS,
)
from .collective import classify, is_collective, is_vague
from .content import clause_around, clause_head, fronted_citings
from .context import Cand, DocContext, SentTree
from .mentions import (
    GIVEN_BY_STEP,
    WRITTEN_BY_STEP,
    given_by,
    is_source_like,
    passing_participle,
    quoted_by,
    source_mentions,
    spoken_to,
    unwrap_owner,
    written_by,
)

#: Cue kinds a "citing X" can hang from as the citing party.
CITING_PARENT_KINDS = frozenset(
    {
        AttributionKind.ACCORDING_TO,
        AttributionKind.REPORTED_SPEECH,
        AttributionKind.TOLD,
        AttributionKind.REPORTED_BY,
        AttributionKind.COLLECTIVE,
        AttributionKind.DIRECT_QUOTE,
    }
)


def _span(ctx: DocContext, a: int, b: int) -> tuple[int, int]:
    toks = ctx.doc.tokens
    return toks[a].start, toks[b - 1].end


def _closes_sentence(ctx: DocContext, tree: SentTree, first: int, end: int) -> bool:
    """Is the phrase of tokens [first, end) set off by a comma at the very end of its sentence?"""
    toks = ctx.doc.tokens
    if first == tree.lo or toks[first - 1].text not in (",", "—", "–"):
        return False
    return all(toks[j].upos == "PUNCT" for j in range(end, tree.hi))


def _according_to_at(ctx: DocContext, tree: SentTree, i: int) -> tuple[int, int] | None:
    """(the "to" token, the phrase head) of "according to X" at token ``i`` (None when it is not one)."""
    toks = ctx.doc.tokens
    if toks[i].text.lower() != ACCORDING:
        return None
    fixed = [c for c in tree.children(i) if c > i and toks[c].text.lower() == ACCORDING_TO_TAIL]
    if not fixed and not (i + 1 < tree.hi and toks[i + 1].text.lower() == ACCORDING_TO_TAIL):
        return None
    x = tree.head(i)
    if x is None or x < i:
        return None
    return (fixed[0] if fixed else i + 1), x


def _per_at(ctx: DocContext, tree: SentTree, i: int) -> tuple[int, int] | None:
    """(the "per" token, the name) of a closing "..., per the AP." / "..., per CNN." at token ``i``: a name set off
    by a comma at the end of its sentence ("$5 per person", "per cent" and "per the contract" in mid-sentence
    are no attribution); None when it is not one."""
    toks = ctx.doc.tokens
    if toks[i].text.lower() != ACCORDING_PER or toks[i].deprel != "case":
        return None
    x = tree.head(i)
    if x is None or x < i:
        return None
    if toks[x].upos != "PROPN" and not (toks[x].upos == "NOUN" and _determined_source(ctx, tree, x)):
        return None  # "..., per the agency." names a body as a name does; "..., per person." names none
    end = _apposition_end(ctx, tree, tree.bounds(x)[1])
    return (i, x) if _closes_sentence(ctx, tree, i, end) else None


def closing_per_phrase(ctx: DocContext, tree: SentTree) -> set[int]:
    """Tokens of a closing "..., per CNN." phrase (rule ``closing-per-is-frame``): the relay of the whole sentence,
    never part of what a speech cue inside it reports, wherever the parser hung it ("US officials said the base
    was hit, per CNN": CNN passed the officials' words on, as a closing "according to CNN" does)."""
    for i in range(tree.lo, tree.hi):
        found = _per_at(ctx, tree, i)
        if found is not None:
            return set(range(i, _apposition_end(ctx, tree, tree.bounds(found[1])[1])))
    return set()


#: The step an attribution records when its source's apposition closed the sentence (``Cand.steps``).
PER_APPOSITION_STEP = "per-apposition"
#: Entity labels that make a noun after "per" a name ("per AEMET" with the acronym tagged a noun).
PER_NAME_LABELS = frozenset({"ORG", "PERSON", "NORP", "GPE"})


def _determined_source(ctx: DocContext, tree: SentTree, x: int) -> bool:
    """A common noun that names one source: source-like, and made definite by a determiner or a possessor
    ("the agency", "its regulator") or tagged as a name ("AEMET" read as a noun); a bare "person" is a rate."""
    toks = ctx.doc.tokens
    if not is_source_like(ctx, tree, x):
        return False
    return toks[x].ent in PER_NAME_LABELS or tree.kid(x, ("det", "nmod:poss")) is not None


def _apposition_end(ctx: DocContext, tree: SentTree, end: int) -> int:
    """Where a closing "per X" phrase ends when an apposition follows X ("..., per AEMET, Spain's weather
    agency."), however the parser hung the apposition (rule ``per-apposition``): a comma and a verbless noun
    phrase up to the sentence's final punctuation. ``end`` itself when none follows."""
    toks = ctx.doc.tokens
    if end >= tree.hi or toks[end].text != ",":
        return end
    last = tree.hi
    while last > end and toks[last - 1].upos == "PUNCT":
        last -= 1
    words = range(end + 1, last)
    if not words or any(toks[j].upos in ("VERB", "AUX") for j in words):
        return end
    return last if any(toks[j].upos in ("NOUN", "PROPN") for j in words) else end


def _scoped_clause(
    ctx: DocContext, tree: SentTree, i: int, x: int, cut: tuple[int, int], cues: set[int]
) -> tuple[int | None, list[tuple[int, int]]]:
    """(clause head, content) an "according to X" phrase attributes: the clause it hangs in, or the
    whole sentence when the phrase closes it."""
    toks = ctx.doc.tokens
    gov = tree.head(x)
    if gov is None:
        return None, []
    gov = clause_head(ctx, tree, gov)
    if _closes_sentence(ctx, tree, i, cut[1]):
        # "X has been arrested and will face charges, according to police": a final
        # attribution scopes over the whole sentence (every coordinated predicate, and the
        # main clause when the parser hung the phrase on a clause inside it: "X was sent a
        # week after Y told the board that Z, according to the minutes")
        while (up := tree.head(gov)) is not None and toks[gov].deprel != "root":
            gov = up
    return gov, clause_around(ctx, tree, gov, cut, cues - {gov})


def _as_per_at(ctx: DocContext, tree: SentTree, i: int) -> tuple[int, int] | None:
    """(the "per" token, the phrase head) of "as per X" at token ``i`` when X may be a source ("as per reports",
    "as per the ministry"); "as per the rules" / "as per usual" attribute nothing (None)."""
    toks = ctx.doc.tokens
    if toks[i].text.lower() != ACCORDING_AS_PER or toks[i].deprel not in ("case", "mark"):
        return None
    if i + 1 >= tree.hi or toks[i + 1].text.lower() != ACCORDING_PER:
        return None
    x = tree.head(i)
    if x is None or x <= i + 1 or toks[x].upos not in ("NOUN", "PROPN"):
        return None
    src = unwrap_owner(ctx, tree, x)
    if not (is_source_like(ctx, tree, src) or is_vague(ctx, tree, src) or is_collective(ctx, tree, src)):
        return None
    return i + 1, x


def _prepositional_cand(ctx: DocContext, tree: SentTree, i: int, to_tok: int, x: int, cues: set[int]) -> Cand:
    """The attribution of a cue phrase ``i``..``to_tok`` ("according to", "as per") naming phrase ``x``."""
    toks = ctx.doc.tokens
    src = unwrap_owner(ctx, tree, x)
    sources = source_mentions(ctx, tree, src, unwrap=False)
    kind = classify(ctx, tree, src, "according-to")
    if kind == AttributionKind.VAGUE_REPORT:
        sources = []
    x_lo, x_hi = tree.bounds(x)
    end = _apposition_end(ctx, tree, x_hi)
    cut = (min(i, x_lo), end)
    gov, content = _scoped_clause(ctx, tree, i, x, cut, cues)
    cand = Cand(
        kind,
        sources,
        (toks[i].start, toks[to_tok].end),
        i,
        content,
        tree.index,
        # "according to an official quoted by Reuters" / "to officials who spoke to the news agency"
        via=quoted_by(ctx, tree, src) + spoken_to(ctx, tree, src),
        heads=[gov] if gov is not None else [],
        frame=_span(ctx, *cut),
    )
    if end > x_hi:
        cand.steps.append(PER_APPOSITION_STEP)  # "..., per AEMET, Spain's weather agency."
    if given_by(ctx, tree, x) is not None:
        cand.steps.append(GIVEN_BY_STEP)  # "according to figures released by the ministry"
    if written_by(ctx, tree, x) is not None:
        cand.steps.append(WRITTEN_BY_STEP)  # "according to a memo she sent to staff"
    return cand


def according_to(ctx: DocContext, tree: SentTree, cues: set[int]) -> list[Cand]:
    out: list[Cand] = []
    for i in range(tree.lo, tree.hi):
        found = _according_to_at(ctx, tree, i) or _per_at(ctx, tree, i)
        if found is not None:
            out.append(_prepositional_cand(ctx, tree, i, *found, cues))
    return out


def as_per(ctx: DocContext, tree: SentTree, cues: set[int]) -> list[Cand]:
    """ "As per reports, CLAUSE" / "CLAUSE, as per the ministry": read as "according to"."""
    out: list[Cand] = []
    for i in range(tree.lo, tree.hi):
        found = _as_per_at(ctx, tree, i)
        if found is not None:
            out.append(_prepositional_cand(ctx, tree, i, *found, cues))
    return out


def _in_finding_at(ctx: DocContext, tree: SentTree, i: int, cues: set[int]) -> int | None:
    """The noun of "in X's poll / survey / words" at the preposition ``i``, when the phrase modifies a
    clause that is no speech act of its own ("In a new poll, 40 percent said ..." is the 40 percent's
    "said"); None otherwise."""
    toks = ctx.doc.tokens
    if toks[i].text.lower() != IN_FINDING or toks[i].deprel != "case":
        return None
    x = tree.head(i)
    if x is None or x < i or toks[x].lemma.lower() not in IN_FINDING_NOUNS or toks[x].deprel not in ("obl", "nmod"):
        return None
    gov = tree.head(x)
    if gov is None or toks[x].deprel == "nmod" and toks[gov].upos in ("NOUN", "PROPN", "PRON"):
        return None  # "the lead in the poll", "the words in the letter": no clause attributed
    return None if gov in cues or clause_head(ctx, tree, gov) in cues else x


def in_finding(ctx: DocContext, tree: SentTree, cues: set[int]) -> list[Cand]:
    """ "In a Des Moines Register poll, Mr. Cruz had a 10-point lead", "in Forbes' words, they are ...":
    the clause the phrase modifies, attributed to the poll or to the owner of the words."""
    toks = ctx.doc.tokens
    out: list[Cand] = []
    for i in range(tree.lo, tree.hi):
        x = _in_finding_at(ctx, tree, i, cues)
        if x is None:
            continue
        src = unwrap_owner(ctx, tree, x)
        x_lo, x_hi = tree.bounds(x)
        cut = (min(i, x_lo), x_hi)
        gov, content = _scoped_clause(ctx, tree, i, x, cut, cues)
        if not content:
            continue
        out.append(
            Cand(
                classify(ctx, tree, src, "according-to"),
                source_mentions(ctx, tree, src, unwrap=False),
                (toks[i].start, toks[i].end),
                i,
                content,
                tree.index,
                heads=[gov] if gov is not None else [],
                frame=_span(ctx, *cut),
            )
        )
    return out


def _cited_parent(ctx: DocContext, tree: SentTree, v: int, known: list[Cand]) -> Cand | None:
    """The attribution a "citing X" hangs under: the nearest "according to", else the cue verb it
    modifies ("reported, citing the ministry, that ...": "reported" cites)."""
    accordings = [
        c for c in known if c.kind in CITING_PARENT_KINDS and ctx.doc.tokens[c.cue_tok].text.lower() == ACCORDING
    ]
    if accordings:
        return min(accordings, key=lambda c: abs(c.cue_tok - v))
    h = _citer(ctx, tree, v)
    by_cue = {c.cue_tok: c for c in known}
    if h is not None and h in by_cue and by_cue[h].kind in CITING_PARENT_KINDS:
        return by_cue[h]
    return None


def _citer(ctx: DocContext, tree: SentTree, v: int) -> int | None:
    """The verb a "citing" participle belongs to."""
    h = tree.head(v)
    if h is not None and v in fronted_citings(ctx, tree, h):
        h = tree.head(h)  # "reported, citing the ministry, that an officer had said": "reported" cites
    return h


def citing(ctx: DocContext, tree: SentTree, cues: set[int], known: list[Cand]) -> list[Cand]:
    toks = ctx.doc.tokens
    out: list[Cand] = []
    for v in range(tree.lo, tree.hi):
        t = toks[v]
        if t.upos != "VERB" or t.lemma.lower() not in CITE_LEMMAS or t.xpos != "VBG":
            continue
        obj = tree.kid(v, ("obj",))
        if obj is None or not is_source_like(ctx, tree, obj):
            continue  # "citing its potential to destabilize ..." names no source
        sources = source_mentions(ctx, tree, obj)
        parent = _cited_parent(ctx, tree, v, known)
        h = _citer(ctx, tree, v)
        lo, hi = tree.bounds(v)
        if parent is not None:
            content = list(parent.content)
        elif h is not None:
            content = clause_around(ctx, tree, clause_head(ctx, tree, h), (lo, hi), cues)
        else:
            content = []
        via = quoted_by(ctx, tree, obj)  # "citing an official quoted by the BBC"
        cand = Cand("citing", sources, (t.start, t.end), v, content, tree.index, via=via, frame=_span(ctx, lo, hi))
        if parent is not None:
            cand.parent = parent
            cand.explicit_parent = True
        out.append(cand)
    return out


def _passes_a_speaking_document(ctx: DocContext, tree: SentTree, v: int, cues: set[int]) -> bool:
    """ "documents published by X show that ...": the documents speak (X is an intermediary of that
    attribution, see ``published_by``), so X reports nothing of its own."""
    toks = ctx.doc.tokens
    noun = tree.head(v)
    if noun is None or toks[v].deprel != "acl" or toks[noun].deprel not in SUBJECT_DEPS:
        return False
    found = passing_participle(ctx, tree, noun)
    return found is not None and found[0] == v and tree.head(noun) in cues


def _publishes_a_speakers_medium(ctx: DocContext, tree: SentTree, v: int) -> bool:
    """In "the company said in documents posted by the regulator" the participle describes the
    medium a speaker spoke in; its agent only published the speaker's words and is not a speaker."""
    toks = ctx.doc.tokens
    if toks[v].deprel != "acl":
        return False
    medium = tree.head(v)
    if medium is None or toks[medium].deprel != "obl":
        return False
    verb = tree.head(medium)
    return verb is not None and toks[verb].lemma.lower() in CUE_VERBS and tree.kid(verb, SUBJECT_DEPS) is not None


def reported_by(ctx: DocContext, tree: SentTree, cues: set[int]) -> list[Cand]:
    """A reduced passive participle with an agent: "Reported by X on the 26th, CLAUSE"."""
    toks = ctx.doc.tokens
    out: list[Cand] = []
    for v in range(tree.lo, tree.hi):
        t = toks[v]
        if t.upos != "VERB" or t.xpos != "VBN" or t.lemma.lower() not in REPORTED_BY_VERBS:
            continue
        if t.deprel not in ("advcl", "acl", "conj", "dep", "parataxis"):
            continue
        kids = tree.children(v)
        if any(toks[c].deprel in ("aux:pass", "nsubj:pass", "aux", "nsubj") for c in kids):
            continue
        agent = tree.kid(v, ("obl:agent",))
        if agent is None or _publishes_a_speakers_medium(ctx, tree, v):
            continue
        if _passes_a_speaking_document(ctx, tree, v, cues):
            continue
        src = unwrap_owner(ctx, tree, agent)
        sources = source_mentions(ctx, tree, src, unwrap=False)
        kind = classify(ctx, tree, src, "reported-by")
        if kind == AttributionKind.VAGUE_REPORT:
            sources = []
        h = tree.head(v)
        lo, hi = tree.bounds(v)
        content = clause_around(ctx, tree, clause_head(ctx, tree, h), (lo, hi), cues) if h is not None else []
        out.append(Cand(kind, sources, (t.start, t.end), v, content, tree.index, frame=_span(ctx, lo, hi)))
    return out
