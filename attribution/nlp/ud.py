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


def to_ud(heads: list[int], deps: list[str], upos: list[str], lemmas: list[str]) -> tuple[list[int], list[str]]:
    """Return UD (heads, labels) for one sentence.

    ``heads`` are sentence-local indices (a root is its own head); ``deps`` are
    ClearNLP labels. The input lists are not modified.
    """
    n = len(heads)
    new_heads = list(heads)
    labels = [LABEL_MAP.get(d, "dep") for d in deps]
    children: list[list[int]] = [[] for _ in range(n)]
    for i, h in enumerate(heads):
        if h != i:
            children[h].append(i)

    # -- pass 1: find what each preposition marks --------------------------------
    # promoted[p] = the token that takes preposition p's place in the tree.
    promoted: dict[int, int] = {}
    fixed: dict[int, int] = {}  # inner word of a multiword preposition -> its first word
    clausal: set[int] = set()  # prepositions that become ``mark`` of a clause
    conj_preps: set[int] = set()  # "by police and by soldiers": the second "by" is a conj
    for p in range(n):
        if (
            deps[p] == "conj"
            and upos[p] in PREP_UPOS
            and deps[heads[p]] in _PREP
            and (cobj := _pobj_of(p, children, deps)) is not None
        ):
            promoted[p] = cobj
            conj_preps.add(p)
            continue
        if deps[p] not in _PREP or p in fixed or heads[p] == p:
            continue
        if deps[p] == "dative" and _pobj_of(p, children, deps) is None:
            continue  # a plain nominal dative ("told him"): iobj, nothing to move
        obj = _pobj_of(p, children, deps)
        inner = [c for c in children[p] if deps[c] in ("prep", "pcomp") and upos[c] in PREP_UPOS]
        if obj is None and len(inner) == 1:
            # "according to X" (prep chain), "due to X" (pcomp carrying the object)
            q = inner[0]
            qobj = _pobj_of(q, children, deps)
            if qobj is not None and deps[heads[p]] not in _PREP:
                promoted[p] = qobj
                fixed[q] = p
                continue
        if obj is not None:
            # "because of X": "of" is an empty pcomp of "because", X its pobj
            for c in children[p]:
                if deps[c] == "pcomp" and upos[c] in PREP_UPOS and not children[c]:
                    fixed[c] = p
            promoted[p] = obj
            continue
        comps = [c for c in children[p] if deps[c] == "pcomp"]
        if comps:
            promoted[p] = comps[0]
            clausal.add(p)

    def resolve(x: int) -> int:
        # a governor that is itself a restructured preposition is replaced by its object
        seen = 0
        while x in promoted and seen < n:
            x = promoted[x]
            seen += 1
        return x

    # -- pass 2: re-attach ------------------------------------------------------
    for p in range(n):
        if p in conj_preps:
            # the objects are conjuncts; each preposition is its own object's case
            obj = promoted[p]
            new_heads[obj] = resolve(heads[p])
            labels[obj] = "conj"
            new_heads[p] = obj
            labels[p] = "case"
            for c in children[p]:
                if c != obj:
                    new_heads[c] = obj
            continue
        if deps[p] not in _PREP or p in fixed:
            if p in fixed:
                new_heads[p] = fixed[p]
                labels[p] = "fixed"
            continue
        if p not in promoted:
            if heads[p] == p:
                labels[p] = "root"
            elif deps[p] != "dative":
                # stranded preposition: promoted to the oblique it stands for
                labels[p] = "obl" if upos[p] in PREP_UPOS else "advmod"
            continue
        obj = promoted[p]
        gov = resolve(heads[p])
        new_heads[obj] = gov
        if p in clausal:
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
        for c in children[p]:
            if c != obj and c not in fixed:
                new_heads[c] = obj
        for q, first in fixed.items():
            if first == p:
                for c in children[q]:
                    if c != obj:
                        new_heads[c] = obj

    # -- a lone nominal dative is the verb's only object: UD ``obj`` ("told him that X");
    # next to a direct object it stays ``iobj`` ("told him the news")
    for c in range(n):
        if deps[c] == "dative" and c not in promoted and heads[c] != c:
            if not any(deps[k] == "dobj" for k in children[heads[c]]):
                labels[c] = "obj"

    # -- copulas ------------------------------------------------------------------
    for v in range(n):
        if lemmas[v] != "be" or deps[v] in ("aux", "auxpass"):
            continue
        kids = [c for c in range(n) if c != v and new_heads[c] == v]
        preds = [c for c in kids if deps[c] in _PRED]
        if len(preds) != 1:
            continue
        pred = preds[0]
        expl_there = [c for c in kids if deps[c] == "expl" and lemmas[c].lower() == "there"]
        if expl_there:
            # existential "there is X": be stays the head, X is its subject
            labels[pred] = "nsubj"
            continue
        comps = [c for c in kids if deps[c] == "ccomp"]
        subj_it = [c for c in kids if deps[c] == "nsubj" and lemmas[c].lower() == "it"]
        if comps and not subj_it:
            continue  # "X is Y that ...": the clause's role is unclear; leave the copula its clause
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

    # -- coordination: ClearNLP hangs "and" on the first conjunct, UD on the next one
    for c in range(n):
        if labels[c] != "cc":
            continue
        h = new_heads[c]
        for k in range(c + 1, n):
            if labels[k] == "conj" and new_heads[k] == h:
                new_heads[c] = k
                break
    return new_heads, labels
