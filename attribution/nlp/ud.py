"""Convert spaCy's ClearNLP-style dependency labels to Universal Dependencies.

Rules are written once, against UD, so every engine must hand the extractor UD
trees. Stanza already speaks UD; spaCy's English pipelines use ClearNLP labels
and attach prepositions differently (the preposition heads its object). This
module relabels and re-attaches, on plain lists so it stays cheap:

- prep + pobj: the object takes the preposition's place under the governor
  (``obl`` under a verb or adjective, ``nmod`` under a nominal) and the
  preposition becomes its ``case``. The same holds for ``dative`` ("gave it
  to the police") and ``agent`` ("by X" in a passive: X becomes ``obl:agent``).
- multiword prepositions become ``case`` + ``fixed``, whichever way spaCy built
  them: a prep chain ("according to X", "out of X"), a pcomp preposition that
  carries the object ("due to X") or an empty pcomp preposition next to the
  object ("because of X").
- a preposition heading a clause ("after saying X") becomes the clause's ``mark``.
- a stranded preposition with no object ("the man he spoke to") is promoted to
  ``obl`` (UD's promotion rule), never left as a dangling ``case`` of a verb.
- copulas: "X is a doctor" / "That he resigned is clear" put the predicate at
  the head and ``be`` as ``cop``; "It is clear that X" makes the clause the
  ``csubj`` and "it" an ``expl``; existential "there is X" keeps ``be`` as the
  head with X as its ``nsubj``.
- ``cc`` moves from the first conjunct to the conjunct it introduces (UD).
- the rest is a label map (nsubjpass -> nsubj:pass, dobj -> obj, poss -> nmod:poss ...).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..lang.en.clauses import COPULA, EXISTENTIAL_SUBJECT, EXTRAPOSED_SUBJECT

#: ClearNLP label -> UD label for the cases that need no re-attachment.
LABEL_MAP: dict[str, str] = {
    "ROOT": "root",
    "acl": "acl",
    "acomp": "xcomp",
    "advcl": "advcl",
    "advmod": "advmod",
    "amod": "amod",
    "appos": "appos",
    "attr": "xcomp",
    "aux": "aux",
    "auxpass": "aux:pass",
    "case": "case",
    "cc": "cc",
    "ccomp": "ccomp",
    "complm": "mark",
    "compound": "compound",
    "conj": "conj",
    "csubj": "csubj",
    "csubjpass": "csubj:pass",
    "dative": "iobj",  # a nominal dative ("told him"); "to him" is re-attached below
    "dep": "dep",
    "det": "det",
    "dobj": "obj",
    "expl": "expl",
    "intj": "discourse",
    "mark": "mark",
    "meta": "dep",
    "neg": "advmod",
    "nmod": "nmod",
    "npadvmod": "obl:npmod",
    "nsubj": "nsubj",
    "nsubjpass": "nsubj:pass",
    "nummod": "nummod",
    "oprd": "xcomp",
    "parataxis": "parataxis",
    "pcomp": "dep",  # re-attached below when its preposition is restructured
    "pobj": "obl",  # re-attached below
    "poss": "nmod:poss",
    "preconj": "cc:preconj",
    "predet": "det:predet",
    "prep": "case",  # re-attached below
    "prt": "compound:prt",
    "punct": "punct",
    "quantmod": "advmod",
    "relcl": "acl:relcl",
    "xcomp": "xcomp",
    "agent": "case",  # re-attached below
    "subtok": "goeswith",
}

#: Universal POS tags of governors whose prepositional dependents are ``nmod``
#: (nominal modifiers) rather than ``obl`` (oblique arguments of predicates).
NOMINAL_UPOS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "SYM", "X"})

#: UPOS of words that can be (part of) a preposition: "because" is tagged SCONJ,
#: "due" ADJ or ADP, "according" VERB; they count when spaCy labels them prep.
PREP_UPOS = frozenset({"ADP", "SCONJ"})

#: Labels that mark a prepositional object in ClearNLP.
_POBJ = frozenset({"pobj"})
#: Labels of tokens that may be prepositions heading an object.
_PREP = frozenset({"prep", "agent", "dative"})
#: Copula predicates in ClearNLP.
_PRED = frozenset({"attr", "acomp"})


def _pobj_of(p: int, children: list[list[int]], deps: list[str]) -> int | None:
    for c in children[p]:
        if deps[c] in _POBJ:
            return c
    return None


@dataclass(slots=True)
class _Sentence:
    """One sentence being converted: the ClearNLP input, the UD output built so far, and what pass 1 found
    about each preposition."""

    heads: list[int]
    deps: list[str]
    upos: list[str]
    lemmas: list[str]
    children: list[list[int]]
    new_heads: list[int]
    labels: list[str]
    #: promoted[p] = the token that takes preposition p's place in the tree
    promoted: dict[int, int] = field(default_factory=dict)
    #: inner word of a multiword preposition -> its first word
    fixed: dict[int, int] = field(default_factory=dict)
    #: prepositions that become ``mark`` of a clause
    clausal: set[int] = field(default_factory=set)
    #: "by police and by soldiers": the second "by" is a conj
    conj_preps: set[int] = field(default_factory=set)

    @property
    def n(self) -> int:
        return len(self.heads)

    def resolve(self, x: int) -> int:
        """A governor that is itself a restructured preposition is replaced by its object."""
        seen = 0
        while x in self.promoted and seen < self.n:
            x = self.promoted[x]
            seen += 1
        return x


def to_ud(heads: list[int], deps: list[str], upos: list[str], lemmas: list[str]) -> tuple[list[int], list[str]]:
    """Return UD (heads, labels) for one sentence.

    ``heads`` are sentence-local indices (a root is its own head); ``deps`` are
    ClearNLP labels. The input lists are not modified.
    """
    n = len(heads)
    children: list[list[int]] = [[] for _ in range(n)]
    for i, h in enumerate(heads):
        if h != i:
            children[h].append(i)
    s = _Sentence(heads, deps, upos, lemmas, children, list(heads), [LABEL_MAP.get(d, "dep") for d in deps])
    for p in range(n):
        _find_preposition(s, p)
    for p in range(n):
        _reattach(s, p)
    _lone_datives(s)
    for v in range(n):
        _copula(s, v)
    _coordination(s)
    return s.new_heads, s.labels


def _find_preposition(s: _Sentence, p: int) -> None:
    """Pass 1: what preposition ``p`` marks (its object, a multiword partner, a clause, a conjunct)."""
    heads, deps, upos, children = s.heads, s.deps, s.upos, s.children
    if (
        deps[p] == "conj"
        and upos[p] in PREP_UPOS
        and deps[heads[p]] in _PREP
        and (cobj := _pobj_of(p, children, deps)) is not None
    ):
        s.promoted[p] = cobj
        s.conj_preps.add(p)
        return
    if deps[p] not in _PREP or p in s.fixed or heads[p] == p:
        return
    if deps[p] == "dative" and _pobj_of(p, children, deps) is None:
        return  # a plain nominal dative ("told him"): iobj, nothing to move
    obj = _pobj_of(p, children, deps)
    inner = [c for c in children[p] if deps[c] in ("prep", "pcomp") and upos[c] in PREP_UPOS]
    if obj is None and len(inner) == 1:
        # "according to X" (prep chain), "due to X" (pcomp carrying the object)
        q = inner[0]
        qobj = _pobj_of(q, children, deps)
        if qobj is not None and deps[heads[p]] not in _PREP:
            s.promoted[p] = qobj
            s.fixed[q] = p
            return
    if obj is not None:
        # "because of X": "of" is an empty pcomp of "because", X its pobj
        for c in children[p]:
            if deps[c] == "pcomp" and upos[c] in PREP_UPOS and not children[c]:
                s.fixed[c] = p
        s.promoted[p] = obj
        return
    comps = [c for c in children[p] if deps[c] == "pcomp"]
    if comps:
        s.promoted[p] = comps[0]
        s.clausal.add(p)


def _reattach_conj_prep(s: _Sentence, p: int) -> None:
    """The objects are conjuncts; each preposition is its own object's case."""
    obj = s.promoted[p]
    s.new_heads[obj] = s.resolve(s.heads[p])
    s.labels[obj] = "conj"
    s.new_heads[p] = obj
    s.labels[p] = "case"
    for c in s.children[p]:
        if c != obj:
            s.new_heads[c] = obj


def _reattach(s: _Sentence, p: int) -> None:
    """Pass 2: hang preposition ``p``'s object where the preposition was, and the preposition under it."""
    heads, deps, upos, labels, new_heads = s.heads, s.deps, s.upos, s.labels, s.new_heads
    if p in s.conj_preps:
        _reattach_conj_prep(s, p)
        return
    if deps[p] not in _PREP or p in s.fixed:
        if p in s.fixed:
            new_heads[p] = s.fixed[p]
            labels[p] = "fixed"
        return
    if p not in s.promoted:
        if heads[p] == p:
            labels[p] = "root"
        elif deps[p] != "dative":
            # stranded preposition: promoted to the oblique it stands for
            labels[p] = "obl" if upos[p] in PREP_UPOS else "advmod"
        return
    obj = s.promoted[p]
    gov = s.resolve(heads[p])
    new_heads[obj] = gov
    if p in s.clausal:
        labels[obj] = "acl" if upos[gov] in NOMINAL_UPOS else "advcl"
        labels[p] = "mark"
    elif deps[p] == "agent":
        labels[obj] = "obl:agent"
        labels[p] = "case"
    else:
        labels[obj] = "nmod" if upos[gov] in NOMINAL_UPOS else "obl"
        labels[p] = "case"
    new_heads[p] = obj
    # other dependents of the preposition (coordinated objects, modifiers)
    # move to the object; inner multiword parts stay on the preposition
    for c in s.children[p]:
        if c != obj and c not in s.fixed:
            new_heads[c] = obj
    for q, first in s.fixed.items():
        if first == p:
            for c in s.children[q]:
                if c != obj:
                    new_heads[c] = obj


def _lone_datives(s: _Sentence) -> None:
    """A lone nominal dative is the verb's only object: UD ``obj`` ("told him that X"); next to a direct
    object it stays ``iobj`` ("told him the news")."""
    deps, heads = s.deps, s.heads
    for c in range(s.n):
        if deps[c] == "dative" and c not in s.promoted and heads[c] != c:
            if not any(deps[k] == "dobj" for k in s.children[heads[c]]):
                s.labels[c] = "obj"


def _copula(s: _Sentence, v: int) -> None:
    """Copulas: the predicate heads the clause and ``be`` is its ``cop`` (existentials and extraposition
    handled as the module docstring says)."""
    deps, lemmas, labels, new_heads = s.deps, s.lemmas, s.labels, s.new_heads
    if lemmas[v] != COPULA or deps[v] in ("aux", "auxpass"):
        return
    kids = [c for c in range(s.n) if c != v and new_heads[c] == v]
    preds = [c for c in kids if deps[c] in _PRED]
    if len(preds) != 1:
        return
    pred = preds[0]
    expl_there = [c for c in kids if deps[c] == "expl" and lemmas[c].lower() == EXISTENTIAL_SUBJECT]
    if expl_there:
        # existential "there is X": be stays the head, X is its subject
        labels[pred] = "nsubj"
        return
    comps = [c for c in kids if deps[c] == "ccomp"]
    subj_it = [c for c in kids if deps[c] == "nsubj" and lemmas[c].lower() == EXTRAPOSED_SUBJECT]
    if comps and not subj_it:
        return  # "X is Y that ...": the clause's role is unclear; leave the copula its clause
    new_heads[pred] = pred if new_heads[v] == v else new_heads[v]
    labels[pred] = labels[v]
    for c in kids:
        if c != pred:
            new_heads[c] = pred
    new_heads[v] = pred
    labels[v] = "cop"
    if comps and subj_it:
        # extraposition: "it is clear that X" -> X is the clausal subject, "it" an expletive
        labels[comps[0]] = "csubj"
        for c in subj_it:
            labels[c] = "expl"


def _coordination(s: _Sentence) -> None:
    """ClearNLP hangs "and" on the first conjunct, UD on the next one."""
    labels, new_heads = s.labels, s.new_heads
    for c in range(s.n):
        if labels[c] != "cc":
            continue
        h = new_heads[c]
        for k in range(c + 1, s.n):
            if labels[k] == "conj" and new_heads[k] == h:
                new_heads[c] = k
                break
