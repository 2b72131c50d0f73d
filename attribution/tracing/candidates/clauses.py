"""Clause structure of a mention's tokens: side clauses, gapped objects, the pieces and coordinated
clauses of a sentence, finite verbs."""

from __future__ import annotations

from ...doc import Document, Token
from ...extraction.types import RawAttribution
from ...lang.en.clauses import (
    CAUSE_HEADS,
    CLAUSE_COORDINATORS,
    DATING_PREPOSITIONS,
    FREE_RELATIVE_PRONOUNS,
    SIDE_CLAUSE_DEPRELS,
)
from ...lang.en.cues import SOURCE_PARTICIPLES
from ...lang.en.events import (
    EVENT_CLASSES,
    predicate_class,
)
from .numbers import _NUM_RE

#: Dependency relations that do not carry the main event of a clause (modifiers, side clauses).
_SIDE_DEPRELS = ("advcl", "acl", "obl", "appos", "parataxis", "dislocated", "vocative", "discourse", "punct")


#: Side relations that open a clause of their own (the oblique phrase of a clause is not one).
_CLAUSE_DEPRELS = ("advcl", "acl", "appos", "parataxis", "dislocated", "vocative", "discourse", "punct")


_FINITE_XPOS = frozenset({"VBD", "VBZ", "VBP"})


_AUX_DEPRELS = ("aux", "cop")


def _depths(toks: list[Token]) -> dict[int, int]:
    idx = {t.i: t for t in toks}
    out: dict[int, int] = {}
    for t in toks:
        d, cur, seen = 0, t, set()
        while cur.head in idx and cur.head != cur.i and cur.i not in seen:
            seen.add(cur.i)
            cur = idx[cur.head]
            d += 1
        out[t.i] = d
    return out


def _finite(t: Token, has_aux: set[int]) -> bool:
    return t.xpos in _FINITE_XPOS or t.i in has_aux


def _under(toks: list[Token], deprels: tuple[str, ...], roots: set[int] | None = None) -> set[int]:
    """Tokens of ``toks`` under (or at) a token whose relation is one of ``deprels`` and whose head is
    inside ``toks`` (or under one of ``roots`` when given)."""
    idx = {t.i: t for t in toks}
    heads = roots if roots is not None else {
        t.i for t in toks if t.head in idx and t.head != t.i and t.deprel.startswith(deprels)
    }
    if not heads:
        return set()
    out: set[int] = set()
    for t in toks:
        cur, hops = t, 0
        while hops < 32:
            if cur.i in heads:
                out.add(t.i)
                break
            if cur.head not in idx or cur.head == cur.i:
                break
            cur, hops = idx[cur.head], hops + 1
    return out


def _free_relative_verbs(toks: list[Token]) -> set[int]:
    """Verbs whose subject is "whoever"/"whatever": the clause picks out a participant."""
    return {t.head for t in toks if t.deprel.startswith("nsubj") and t.lemma.lower() in FREE_RELATIVE_PRONOUNS}


def _nonrestrictive(doc: Document, toks: list[Token]) -> set[int]:
    """Tokens of relative clauses set off by a comma ("the dam, which burst on Monday, ...")."""
    idx = {t.i for t in toks}
    roots = set()
    for t in toks:
        if t.deprel.startswith("acl") and t.head in idx and t.head != t.i:
            first = min(_under(toks, (), {t.i}))
            if first - 1 in idx and doc.tokens[first - 1].text == ",":
                roots.add(t.i)
    return _under(toks, (), roots) if roots else set()


def _side_roots(toks: list[Token], idx: dict[int, Token]) -> set[int]:
    """Heads of side clauses and cause phrases under the core ("due to", "because of"), and of phrases
    that date the statement by another event ("weeks before the blast", "since the attack")."""
    roots = {
        t.i
        for t in toks
        if t.head in idx
        and t.head != t.i
        and (t.deprel.split(":")[0] in SIDE_CLAUSE_DEPRELS or t.lemma.lower() in CAUSE_HEADS)
    }
    roots |= {
        t.head
        for t in toks
        if t.deprel == "case"
        and t.lemma.lower() in DATING_PREPOSITIONS
        and t.head in idx
        and idx[t.head].deprel.startswith(("obl", "nmod"))
        and idx[t.head].head in idx
    }
    return roots


def _side_tokens(
    doc: Document, toks: list[Token], explained: tuple[set[int], set[int]] | None = None
) -> set[int]:
    """Tokens of the content that sit in a side clause or a cause phrase under its core: below an
    ``acl``/``advcl`` or a "due to"/"because of" word that is not itself the content's root."""
    idx = {t.i: t for t in toks}
    side_roots = _side_roots(toks, idx)
    # a free relative's verb and its own arguments ("whoever approved it"), however it is attached
    free = _free_relative_verbs(toks)
    extra = {t.i for t in toks if t.i in free or (t.head in free and t.deprel.startswith(("nsubj", "obj")))}
    if explained is not None:
        extra |= explained[0]  # the thing a cause explains is known already
    return extra | _under(toks, (), side_roots) if side_roots else extra


def _gapped_object(doc: Document, raw: RawAttribution, toks: list[Token]) -> list[Token]:
    """The noun phrase a contact relative clause is about: in "the 11,000 troops officials say it
    has sent", the content ("it has sent") lacks its object, which is the phrase right before the
    source; in "more than 100 people the agency says are still missing" it lacks its subject.
    Only a phrase with a figure is taken (the figure is what the claim is about); the
    parse of such clauses is often wrong, so the test is on word order and the missing object."""
    if raw.source is None or not toks or raw.source.start > toks[0].start or raw.source.start_token < 1:
        return []
    noun = doc.tokens[raw.source.start_token - 1]
    if noun.upos not in {"NOUN", "PROPN"}:
        return []
    if not _lacks_an_argument(toks):
        return []
    phrase = _phrase_ending_at(doc, noun, {t.i for t in toks})
    if not any(t.upos == "NUM" or _NUM_RE.match(t.text) for t in phrase):
        return []
    return phrase


def _object_gap(toks: list[Token]) -> bool:
    """The content's event verbs have no object ("the 11,000 troops officials say it has sent")."""
    events = [t for t in toks if t.upos == "VERB" and predicate_class(t.lemma, t.upos) in EVENT_CLASSES]
    return bool(events) and not any(c.head == e.i and c.deprel.startswith("obj") for e in events for c in toks)


def _subject_gap(toks: list[Token]) -> bool:
    """The content's roots have no subject ("more than 100 people the agency says are still missing")."""
    inside = {t.i for t in toks}
    roots = {t.i for t in toks if t.head not in inside or t.head == t.i}
    return not any(t.head in roots and t.deprel.startswith(("nsubj", "csubj", "expl")) for t in toks)


def _lacks_an_argument(toks: list[Token]) -> bool:
    """The content's event verbs have no object, or its roots no subject ("it has sent", "are still
    missing")."""
    return _object_gap(toks) or _subject_gap(toks)


def _phrase_ending_at(doc: Document, noun: Token, inside: set[int]) -> list[Token]:
    """The noun phrase that ends at ``noun`` (the tokens before it that hang from it), without its
    preposition ("of more than 11,000 troops": from "more")."""
    phrase = [noun]
    k = noun.i - 1
    while k >= 0 and k not in inside:
        t = doc.tokens[k]
        cur, hops = t, 0
        while cur.i != noun.i and cur.head != cur.i and hops < 4:
            cur, hops = doc.tokens[cur.head], hops + 1
        if cur.i != noun.i:
            break
        phrase.insert(0, t)
        k -= 1
    while phrase and (phrase[0].deprel in {"case", "mark", "cc", "punct"} or phrase[0].upos == "ADP"):
        phrase.pop(0)  # "of more than 11,000 troops": the phrase starts after its preposition
    return phrase


def _sentence_pieces(doc: Document, toks: list[Token], start: int, end: int) -> list[tuple[list[Token], int, int]]:
    """The content's tokens cut at sentence boundaries, each with its character span (the part of
    [start, end) inside that sentence, whitespace trimmed)."""
    by_sent: dict[int, list[Token]] = {}
    for t in toks:
        by_sent.setdefault(t.sent, []).append(t)
    out = []
    for s in sorted(by_sent):
        sent = doc.sentences[s]
        ps, pe = max(start, sent.start), min(end, sent.end)
        while ps < pe and doc.text[ps].isspace():
            ps += 1
        while pe > ps and doc.text[pe - 1].isspace():
            pe -= 1
        if ps < pe:
            out.append((by_sent[s], ps, pe))
    return out


def _after_comma(cc: Token, idx: dict[int, Token]) -> bool:
    """A coordinating word right after a comma (", and")."""
    return cc.deprel == "cc" and cc.i - 1 in idx and idx[cc.i - 1].text == ","


def _kids_of(toks: list[Token], idx: dict[int, Token]) -> dict[int, list[Token]]:
    kids: dict[int, list[Token]] = {}
    for t in toks:
        if t.head in idx and t.head != t.i:
            kids.setdefault(t.head, []).append(t)
    return kids


def _is_clause_conjunct(c: Token, root: Token, idx: dict[int, Token], kids: dict[int, list[Token]]) -> bool:
    """A conjunct with a subject of its own opened by "and"/"but": under the root after it, or hung
    lower by the parser after ", and"."""
    own = kids.get(c.i, [])
    if c.deprel != "conj" or c.head not in idx or not any(k.deprel.startswith(("nsubj", "expl")) for k in own):
        return False
    opened = [k for k in own if k.deprel == "cc" and k.lemma.lower() in CLAUSE_COORDINATORS]
    if c.head == root.i:
        return c.i > root.i and bool(opened)
    return any(_after_comma(k, idx) for k in opened)


def _coordinated_clause_cuts(
    toks: list[Token], root: Token, idx: dict[int, Token], kids: dict[int, list[Token]]
) -> list[int]:
    """Conjuncts with a subject of their own opened by "and"/"but": under the root, or hung lower by
    the parser after ", and" ("recalls 340,000 SUVs because the steering can fail, and a dozen
    people have been hurt")."""
    return [c.i for c in toks if _is_clause_conjunct(c, root, idx, kids)]


def _result_participle_cuts(root: Token, idx: dict[int, Token], kids: dict[int, list[Token]]) -> list[int]:
    """A result participle after a comma under the root, and its coordinated participles ("..., killing
    seven workers and forcing 12,000 residents to flee")."""
    cuts: list[int] = []
    for c in kids.get(root.i, ()):
        if c.i < root.i or c.deprel == "conj":
            continue  # coordinated clauses: _coordinated_clause_cuts
        if (
            c.deprel == "advcl"
            and c.xpos == "VBG"
            and c.i - 1 in idx
            and idx[c.i - 1].text == ","
            and c.lemma.lower() not in SOURCE_PARTICIPLES
        ):
            cuts.append(c.i)
            cuts.extend(k.i for k in kids.get(c.i, []) if k.deprel == "conj" and k.xpos == "VBG")
    return cuts


def _cut_owners(toks: list[Token], idx: dict[int, Token], cuts: list[int]) -> dict[int, int]:
    """Token -> the innermost cut above it (the root's part: -1)."""
    owner: dict[int, int] = {}
    for t in toks:
        cur, hops, found = t, 0, -1
        while hops < 32:
            if cur.i in cuts:
                found = cur.i
                break
            if cur.head not in idx or cur.head == cur.i:
                break
            cur, hops = idx[cur.head], hops + 1
        owner[t.i] = found
    return owner


def _part_of(toks: list[Token], idx: dict[int, Token], owner: dict[int, int], key: int) -> list[Token] | None:
    """The tokens of part ``key`` without edge punctuation and conjunctions (None: empty, or not one
    stretch of the content)."""
    part = [t for t in toks if owner[t.i] == key]
    while part and (part[0].upos in {"PUNCT", "CCONJ"}):
        part.pop(0)
    while part and (part[-1].upos in {"PUNCT", "CCONJ"}):
        part.pop()
    if not part:
        return None
    # one stretch: nothing of another part between its first and last token
    between = (idx[j] for j in range(part[0].i, part[-1].i) if j in idx)
    if any(owner[b.i] != key and b.upos not in {"PUNCT", "CCONJ"} for b in between):
        return None
    return part


def _clause_parts(toks: list[Token]) -> list[list[Token]] | None:
    """The content cut into the propositions it states side by side, main clause first, or None when
    it states one:
    - a coordinated independent clause: the root's conjunct with a subject of its own, opened by
      "and"/"but" ("Acme recalled 40,000 vans, and a dozen people were hurt"); a conjunct sharing
      the subject ("are not familiar with X and continue to use Y") does not count;
    - a result participle after a comma and its coordinated participles ("A tank exploded late on
      Tuesday, killing seven workers and forcing 12,000 residents to flee"): each consequence is a
      proposition a fact-checker checks on its own.
    Each part must be one stretch of the content (punctuation and "and" aside)."""
    idx = {t.i: t for t in toks}
    roots = [t for t in toks if t.head not in idx or t.head == t.i]
    if len(roots) != 1:
        return None
    root = roots[0]
    kids = _kids_of(toks, idx)
    cuts = _coordinated_clause_cuts(toks, root, idx, kids) + _result_participle_cuts(root, idx, kids)
    if not cuts:
        return None
    owner = _cut_owners(toks, idx, cuts)
    parts: list[list[Token]] = []
    for key in [-1, *sorted(cuts)]:
        part = _part_of(toks, idx, owner, key)
        if part is None:
            return None
        parts.append(part)
    return parts
