"""Whether a mention passes on what an unnamed paper found ("A preliminary investigation indicated the train left
the main line, said a board member"): the paper's head noun, read from the parse (rule
``relayed_paper_is_no_second_body`` in ``tracing/independence/press.py``)."""

from __future__ import annotations

from ...doc import Document, Token
from ...lang.en.cues import CUE_VERBS
from ...lang.en.independence import OWN_PAPER_WORDS, PAPER_HEADS, UNNAMED_PAPER_DEPRELS


def relayed_paper(doc: Document, toks: list[Token]) -> str:
    """The head noun (singular lemma) of the paper whose finding the mention's main clause reports, when no one is
    named as its maker: the subject of a main-clause cue verb ("indicated", "found", "showed") is a paper noun whose
    only dependents are determiners, adjectives and punctuation ("A preliminary investigation", "an initial
    inspection"; not "the agency's investigation", "a police inquiry", "an inquiry by the regulator"). "" otherwise."""
    idx = {t.i for t in toks}
    for t in toks:
        if t.upos != "VERB" or t.lemma.lower() not in CUE_VERBS or (t.head in idx and t.head != t.i):
            continue
        for s in toks:
            if s.head != t.i or s.i == t.i or not s.deprel.startswith("nsubj") or s.upos != "NOUN":
                continue
            if s.lemma.lower() in PAPER_HEADS and _nobody_named(doc, s):
                return s.lemma.lower()
    return ""


def _nobody_named(doc: Document, head: Token) -> bool:
    """The paper's phrase names no maker: its head's dependents are only determiners, adjectives and punctuation,
    and no adjective makes it the speaker's own ("an internal review")."""
    return all(
        c.deprel.split(":")[0] in UNNAMED_PAPER_DEPRELS and c.upos != "PROPN" and c.text.lower() not in OWN_PAPER_WORDS
        for c in doc.tokens
        if c.head == head.i and c.i != head.i
    )
