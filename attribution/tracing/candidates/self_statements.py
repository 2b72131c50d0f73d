"""Whether a mention's content speaks of its own speaker: the subject of its main clause is the speaker in the
first person ("We have restored service", "Some of our customers are experiencing interruptions"), or, in
reported speech, is owned by the speaker ("the company said its network was operating normally"). Read by the
verdict's rule ``about_itself`` (``tracing/independence/statements.py``): a body's statement about itself confirms
no other body's statement about that other body."""

from __future__ import annotations

from ...doc import Document, Token
from ...lang.en.cues import AS_COMPLEMENT_FILING_VERBS, CUE_VERBS, EVIDENCE_VERBS, LIGHT_ESTIMATE_VERBS
from ...lang.en.pronouns import REPORTED_SELF_POSSESSIVES, SELF_WORDS

#: Main verbs that report on the world even with the speaker as subject ("we confirmed 112 deaths", "our count
#: shows ...", "we recorded ..."): such a statement is about what was found, not about the speaker.
REPORTING_VERBS = CUE_VERBS | EVIDENCE_VERBS | LIGHT_ESTIMATE_VERBS | AS_COMPLEMENT_FILING_VERBS
SUBJECT_DEPS = ("nsubj", "csubj")


def about_speaker(doc: Document, toks: list[Token], direct: bool) -> bool:
    """Rule ``about_itself``: the subject of a main clause of the content (``toks``) is the speaker: a first-person
    plural word in its subtree ("we", "our": ``SELF_WORDS``), or, in reported speech, "its"/"their" owning it;
    unless that clause's verb reports on the world (``REPORTING_VERBS``)."""
    if not toks:
        return False
    inside = {t.i for t in toks}
    owners = SELF_WORDS if direct else SELF_WORDS | REPORTED_SELF_POSSESSIVES
    for r in toks:
        if r.head in inside and r.head != r.i:
            continue  # not a main clause of the content
        if r.lemma.lower() in REPORTING_VERBS:
            continue
        for c in doc.children(r.i):
            if not c.deprel.startswith(SUBJECT_DEPS):
                continue
            lo, hi = doc.subtree(c.i)
            if any(doc.tokens[k].text.lower() in owners for k in range(lo, hi)):
                return True
    return False
