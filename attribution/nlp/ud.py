"""Convert spaCy's ClearNLP-style dependency labels to Universal Dependencies.

Rules are written once, against UD, so every engine must hand the extractor UD
trees. Stanza already speaks UD; spaCy's English pipelines use ClearNLP labels
and attach prepositions differently (the preposition heads its object). This
module relabels and re-attaches, on plain lists so it stays cheap:

- prep + pobj: the object takes the preposition's place under the governor
  (``obl`` under a verb or adjective, ``nmod`` under a nominal) and the
  preposition becomes its ``case``. A chain of prepositions ("according to",
  "because of", "out of") becomes ``case`` + ``fixed``.
- agent ("by X" in a passive): X becomes ``obl:agent``.
- copulas: "X is a doctor" puts the predicate at the head and ``be`` as ``cop``.
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
    "dative": "iobj",
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

#: Labels that mark a prepositional object in ClearNLP.
_POBJ = frozenset({"pobj"})
_PREP = frozenset({"prep", "agent"})


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

    def governor_label(gov: int) -> str:
        return "nmod" if upos[gov] in NOMINAL_UPOS else "obl"

    # Prepositions: make the object the head, the preposition its case marker.
    fixed: set[int] = set()  # inner halves of multiword prepositions, already placed
    for p in range(n):
        if deps[p] not in _PREP or p in fixed:
            continue
        gov = heads[p]
        if gov == p:  # a preposition at the root: leave it as it is
            labels[p] = "root"
            continue
        objs = [c for c in children[p] if deps[c] in _POBJ]
        inner = [c for c in children[p] if deps[c] == "prep"]
        if not objs and len(inner) == 1 and deps[gov] not in _PREP:
            # multiword preposition ("according to X", "because of X"): the inner
            # preposition carries the object; it becomes ``fixed`` on the outer one.
            q = inner[0]
            qobjs = [c for c in children[q] if deps[c] in _POBJ]
            if qobjs:
                obj = qobjs[0]
                new_heads[obj] = gov
                labels[obj] = "obl:agent" if deps[p] == "agent" else governor_label(gov)
                new_heads[p] = obj
                labels[p] = "case"
                new_heads[q] = p
                labels[q] = "fixed"
                fixed.add(q)
                # other dependents of the inner preposition stay with the object
                for c in children[q]:
                    if c != obj:
                        new_heads[c] = obj
                continue
        if objs:
            obj = objs[0]
            new_heads[obj] = gov
            labels[obj] = "obl:agent" if deps[p] == "agent" else governor_label(gov)
            new_heads[p] = obj
            labels[p] = "case"
            # coordinated objects / modifiers of the preposition move to the object
            for c in children[p]:
                if c != obj and deps[c] not in ("prep",):
                    new_heads[c] = obj
            continue
        pcomps = [c for c in children[p] if deps[c] == "pcomp"]
        if pcomps:
            # "after saying X": the clause is the dependent, the preposition its marker
            comp = pcomps[0]
            new_heads[comp] = gov
            labels[comp] = "acl" if upos[gov] in NOMINAL_UPOS else "advcl"
            new_heads[p] = comp
            labels[p] = "mark"
            continue
        # a stranded preposition ("the man he spoke to"): UD keeps it as ``case``/``obl``
        labels[p] = "case" if upos[p] == "ADP" else "advmod"

    # Copulas: "X is a doctor" -> doctor is the head, "is" the cop.
    for v in range(n):
        if lemmas[v] != "be" or deps[v] in ("aux", "auxpass"):
            continue
        preds = [c for c in children[v] if deps[c] in ("attr", "acomp")]
        if len(preds) != 1:
            continue
        pred = preds[0]
        if any(deps[c] in ("ccomp", "xcomp", "csubj") for c in children[v]):
            continue  # clausal structures are left alone: the copula keeps its clause
        new_heads[pred] = pred if new_heads[v] == v else new_heads[v]
        labels[pred] = labels[v]
        for c in range(n):
            if c != pred and c != v and new_heads[c] == v:
                new_heads[c] = pred
        new_heads[v] = pred
        labels[v] = "cop"
    return new_heads, labels
