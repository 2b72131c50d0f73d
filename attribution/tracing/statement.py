"""A claim's statement: one short, readable, complete sentence drawn from one of its mentions.

The mention chosen is the most central one (sharing most content keys with the others), preferring a
full statement (a named subject and a finite verb: ``MentionCandidate.fluent``), then one that fits
``STATEMENT_CHARS``. Its words are kept as written: only the first letter is capitalised, a final full
stop added, and an over-long content cut back at a clause boundary (a comma, semicolon or dash; else before
a word opening a clause or an adjunct) so the sentence ends on a whole clause rather than mid-phrase, never
with an ellipsis.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lang.en import marks
from ..lang.en.clauses import STATEMENT_CUT_PREPOSITIONS, STATEMENT_CUT_SUBORDINATORS
from .candidates import MentionCandidate
from .conflicts import MentionRecord

#: Longest statement (characters, before the final full stop).
STATEMENT_CHARS = 200
#: A cut keeps at least this share of the limit: shorter remains read as fragments.
MIN_CUT_SHARE = 0.4
_CLAUSE_BREAK = re.compile(r"\s*(?:,|;|—|–| - )\s+|(?<=\w)[—–](?=\w)")
_WORD_START = re.compile(r"(?<=\s)([A-Za-z]+)\b")
#: Marks that end a sentence.
SENTENCE_ENDS = ".!?"
#: Marks that may close a sentence after its final stop (a quotation, a bracket).
_CLOSERS = marks.STRAIGHT_DOUBLE + marks.RIGHT_DOUBLE + marks.RIGHT_SINGLE + marks.STRAIGHT_SINGLE + ")"
_PAIRED_QUOTES = {marks.LEFT_DOUBLE: marks.RIGHT_DOUBLE, marks.RIGHT_DOUBLE: marks.LEFT_DOUBLE}


def _clean(text: str) -> str:
    """Whitespace collapsed; dangling punctuation, an ellipsis and an unpaired quotation mark at either end
    dropped."""
    text = " ".join(text.split()).strip(" ,;:-")
    text = text.removesuffix("…").rstrip(" ,;:")
    for mark in (marks.STRAIGHT_DOUBLE, marks.LEFT_DOUBLE, marks.RIGHT_DOUBLE):
        other = _PAIRED_QUOTES.get(mark, mark)
        unpaired = text.count(mark) + (text.count(other) if other != mark else 0) == 1
        if unpaired and text.startswith(mark):
            text = text[1:].lstrip()
        if unpaired and text.endswith(mark):
            text = text[:-1].rstrip()
    return text


def _cut(text: str) -> str:
    """The text up to the last clause boundary before ``STATEMENT_CHARS`` (else the last whole word)."""
    if len(text) <= STATEMENT_CHARS:
        return text
    head = text[: STATEMENT_CHARS + 1]
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(head) if m.start() >= MIN_CUT_SHARE * STATEMENT_CHARS]
    if breaks:
        return head[: breaks[-1]].rstrip()
    # no comma or dash to stop at: before the last word opening a clause, else an adjunct, never mid-phrase
    whole = head.rsplit(" ", 1)[0]
    for opening in (STATEMENT_CUT_SUBORDINATORS, STATEMENT_CUT_PREPOSITIONS):
        at = [
            m.start()
            for m in _WORD_START.finditer(whole)
            if m.group(1).lower() in opening and m.start() >= MIN_CUT_SHARE * STATEMENT_CHARS
        ]
        if at:
            return whole[: at[-1]].rstrip(" ,;:")
    return whole.rstrip(" ,;:")


def _balance(text: str) -> str:
    """Close a quotation the cut left open (or drop a stray closing mark)."""
    straight = marks.STRAIGHT_DOUBLE
    if text.count(straight) % 2:
        text = text + straight if text.rfind(straight) > 0 else text.replace(straight, "", 1)
    opened, closed = text.count(marks.LEFT_DOUBLE), text.count(marks.RIGHT_DOUBLE)
    if opened > closed:
        text += marks.RIGHT_DOUBLE * (opened - closed)
    elif closed > opened:
        text = text.replace(marks.RIGHT_DOUBLE, "", closed - opened)
    return text


def sentence_of(text: str) -> str:
    """A mention's content as a sentence: cleaned, cut at a clause, capitalised, ending with a stop."""
    text = _balance(_cut(_clean(text)))
    if not text:
        return text
    text = text[:1].upper() + text[1:]
    tail = text.rstrip(_CLOSERS)
    if not tail or tail[-1] not in SENTENCE_ENDS:
        closers = text[len(tail) :]
        text = tail.rstrip(" ,;:") + "." + closers
    return text


def _body(cand: MentionCandidate) -> str:
    return _clean(cand.lead or cand.text)


def claim_statement(records: Sequence[MentionRecord]) -> str:
    """The statement of a claim from its mention records (see the module doc)."""
    best = statement_record(records)
    return sentence_of(best.cand.lead or best.cand.text)


def statement_record(records: Sequence[MentionRecord]) -> MentionRecord:
    """The mention a claim's statement is drawn from (see the module doc)."""
    freq: dict[str, int] = {}
    for r in records:
        for k in set(r.cand.lemmas):
            freq[k] = freq.get(k, 0) + 1

    def score(r: MentionRecord) -> tuple[bool, bool, float, int, str, int]:
        keys = set(r.cand.lemmas)
        shared = sum(freq[k] - 1 for k in keys)
        text = _body(r.cand)
        return (
            not r.cand.fluent,  # "They have been ..." does not read as a claim on its own
            len(text) > STATEMENT_CHARS,
            -shared / (1 + len(keys)) ** 0.5,
            len(text),
            r.article,
            r.cand.start,
        )

    return sorted(records, key=score)[0]
