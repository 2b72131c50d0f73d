"""A claim's statement: one short, readable, complete sentence drawn from one of its mentions.

A fact-checker publishes the claim itself, with its sources beside it: so a statement is the content of a
mention, and keeps the attribution only where the content alone is no sentence. Each mention carries the
words it would print (``MentionCandidate.statement``, built per article from the parse in
``candidates.statements._lead``): its content's lead sentence when that reads as a complete sentence; else
the content carried to the end of the phrase it stops in ("NHS London has launched a" -> "... a new
appeal"); else the content with the attribution that frames it, as the article's sentence has it ("welcomed
the decision" -> "The agency welcomed the decision"; only when the attribution comes first); else the
content as written. Complete means: a finite main verb with its subject, no last word that opens a phrase,
no leading pronoun ("He", "It", "This" standing for something named elsewhere; a dummy "It is clear that",
an existential "There were" stand for nothing), see ``candidates.statements.sentence_faults``.

The mention chosen is one whose words read as complete, then the most central one (sharing most content
keys with the others), preferring a full statement (a named subject and a finite verb:
``MentionCandidate.fluent``), then one that fits ``STATEMENT_CHARS``. Its words are kept as written: only
the first letter is capitalised, a final full stop added, and an over-long content cut back at a clause
boundary (a comma, semicolon or dash; else before a word opening a clause or an adjunct) so the sentence
ends on a whole clause rather than mid-phrase, never with an ellipsis; per mention, from the parse, the cut
is made where the head still reads as a sentence (rule ``cut_to_a_sentence``: "The tremor, which hit ... —
home to 90,000 residents" lost its verb), and a dateline, an editor's ellipsis or a conjunction or connective
that only ties the sentence to the one before ("But", "However,") is dropped (rule ``lead_in_trimmed``).
No word is invented: a pronoun the pipeline cannot name stays, and the claim's other mentions are
preferred to it. The statement only picks the words printed: grouping, the verdict and the central
mention the confirmation gate reads (:func:`statement_record`) do not depend on it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..doc import Token
from ..kinds import SourceKind
from ..lang.en import marks
from ..lang.en.pronouns import FIRST_PERSON_SINGULAR
from ..models import StatementFrom
from .candidates import MentionCandidate
from .candidates.statements import STATEMENT_CHARS, cut_points, sentence_faults
from .conflicts import MentionRecord

#: Marks that end a sentence.
SENTENCE_ENDS = ".!?"
#: Marks that may close a sentence after its final stop (a quotation, a bracket).
CLOSERS = marks.STRAIGHT_DOUBLE + marks.RIGHT_DOUBLE + marks.RIGHT_SINGLE + marks.STRAIGHT_SINGLE + ")"
#: Marks that may open a sentence (a quotation, a bracket).
_OPENERS = marks.STRAIGHT_DOUBLE + marks.LEFT_DOUBLE + marks.LEFT_SINGLE + marks.STRAIGHT_SINGLE + "("
#: ... and an editor's bracket ("[This is] as much rain as ...").
_START_OPENERS = _OPENERS + marks.EDITORIAL_BRACKETS[0]
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
    """The text up to the last clause boundary before ``STATEMENT_CHARS`` (else the last whole word): the
    first point of :func:`~.candidates.statements.cut_points`. (A mention whose content is too long was cut
    already where its words still read as a sentence, from the parse: ``candidates.statements._lead``.)"""
    if len(text) <= STATEMENT_CHARS:
        return text
    for tier, points in enumerate(cut_points(text)):
        if points:
            return text[: points[0]].rstrip() if tier == 0 else text[: points[0]].rstrip(" ,;:")
    return text[: STATEMENT_CHARS + 1].rsplit(" ", 1)[0].rstrip(" ,;:")


def _balance(text: str) -> str:
    """Close a quotation the cut left open (or drop a stray mark: one opening the words, or a straight mark
    closing a quotation that opened before them, glued to the word before it and followed by a space)."""
    straight = marks.STRAIGHT_DOUBLE
    if text.count(straight) % 2:
        at = text.rfind(straight)
        closing = at > 0 and not text[at - 1].isspace() and text[at + 1 : at + 2] in ("", " ")
        if at <= 0 or closing:  # '... our country," the president said': the quotation opened before the words
            text = text[:at] + text[at + 1 :]
        else:
            text += straight
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
    k = len(text) - len(text.lstrip(_OPENERS))  # the first letter, after an opening quotation mark
    text = text[:k] + text[k : k + 1].upper() + text[k + 1 :]
    tail = text.rstrip(CLOSERS)
    if not tail or tail[-1] not in SENTENCE_ENDS:
        closers = text[len(tail) :]
        text = tail.rstrip(" ,;:") + "." + closers
    return text


def _body(cand: MentionCandidate) -> str:
    return _clean(cand.lead or cand.text)


def _words_of(cand: MentionCandidate) -> str:
    return cand.statement or cand.lead or cand.text


def claim_statement(records: Sequence[MentionRecord]) -> str:
    """The statement of a claim from its mention records (see the module doc)."""
    return claim_statement_from(records)[0]


#: What rule ``bracketed_speaker``/``quoted_speaker`` may be given for a mention: its attribution's resolved
#: source, (name, kind), or None.
Speaker = Callable[[MentionRecord], "tuple[str, str] | None"]
#: Kinds of a source that speaks as "we" for itself (a person, or a named body: "Our network is operating
#: normally," [T-Mobile said]); an "I", "he" or "she" is a person's alone.
_WE_KINDS = frozenset(
    {
        SourceKind.PERSON, SourceKind.GOVERNMENT, SourceKind.MILITARY, SourceKind.INTELLIGENCE_AGENCY,
        SourceKind.LEGISLATOR, SourceKind.EXPERT_OR_THINK_TANK, SourceKind.ORGANIZATION,
    }
)  # fmt: skip


def claim_statement_from(records: Sequence[MentionRecord], speaker: Speaker | None = None) -> tuple[str, StatementFrom]:
    """The statement of a claim and where it was drawn from: the mention whose words read as a complete
    sentence (``MentionCandidate.statement_complete``) before one whose do not ("He said it was" gives way
    to another mention's "The agency said the plant was closed"), then one printed as written before one
    whose pronoun is named, then as :func:`statement_record` orders them. Rule ``bracketed_speaker``: a
    mention whose only fault is a leading "He"/"She" that is its own attribution's source
    (``MentionCandidate.statement_speaker``) is complete when ``speaker`` gives that source's resolved name,
    printed in an editor's brackets in the pronoun's place, as newsrooms do ("He said they suffered burns" ->
    "[Harry Augustian] said they suffered burns"; also a "he"/"she" after a first-person quotation, '"We are
    doing everything we can," he said' -> '"...," [Ana Ruiz] said'); no other word changes. Rule
    ``quoted_speaker``: a first-person quotation whose only fault is its "We"/"I" and whose speaker is named
    in another sentence (``MentionCandidate.statement_cue``) is printed with the speaker's name and the cue
    in an editor's brackets ('"We are just being very cautious," [Elon Musk wrote]'), when the source is a
    person (or, for "we"/"our", a named body). The choice only picks the words printed: the claim's grouping,
    verdict and central mention do not read it."""
    score = _scorer(records)
    named = {id(r): _bracketed(r, speaker) for r in records}
    best = min(records, key=lambda r: (not (r.cand.statement_complete or named[id(r)]), bool(named[id(r)]), score(r)))
    text = sentence_of(named[id(best)] or _words_of(best.cand))
    drawn = best.cand.statement_from if best.cand.statement else ""
    if named[id(best)] and best.cand.statement_cue:
        drawn = "attribution"  # rule quoted_speaker: the quotation with its speaker and cue
    return text, StatementFrom(
        article=best.article,
        start=best.cand.start,
        end=best.cand.end,
        words=drawn,
        complete=(best.cand.statement_complete or bool(named[id(best)])) and not statement_faults(text, []),
    )


def _bracketed(r: MentionRecord, speaker: Speaker | None) -> str:
    """The mention's words with its source pronoun replaced by the source's name in brackets (rule
    ``bracketed_speaker``), or its first-person quotation followed by the name and cue in brackets (rule
    ``quoted_speaker``), or "" (see :func:`claim_statement_from`)."""
    cand = r.cand
    wanted = cand.statement_speaker or cand.statement_cue
    source = speaker(r) if speaker is not None and wanted and not cand.statement_complete else None
    if source is None:
        return ""
    name, kind = source
    opening, closing = marks.EDITORIAL_BRACKETS
    if cand.statement_speaker:
        at, cut = cand.statement_speaker_at, cand.statement_speaker
        rest = cand.statement[:at] + cand.statement[at + cut :]
        out = cand.statement[:at] + opening + name + closing + cand.statement[at + cut :]
        singular = True  # a "he" or "she"
    else:
        words = _clean(cand.statement)
        rest = words.rstrip(SENTENCE_ENDS + ",;:")
        stop = words[-1] if words[-1] in "?!" else ","
        quote = marks.STRAIGHT_DOUBLE
        out = quote + rest + stop + quote + " " + opening + name + " " + cand.statement_cue + closing
        singular = words.split(" ", 1)[0].lower() in FIRST_PERSON_SINGULAR
    if kind != SourceKind.PERSON and (singular or kind not in _WE_KINDS):
        return ""  # an "I", "he" or "she" is a person; a "we" a person or a named body
    if any(w in rest for w in name.split() if w[:1].isupper() and len(w) > 2):
        return ""  # "He described Bankman-Fried as smart": a subject pronoun is never a name its sentence repeats
    return out if len(out) <= STATEMENT_CHARS else ""


def statement_faults(statement: str, toks: Sequence[Token] | None) -> list[str]:
    """Why a printed statement is not a complete sentence (empty when it is): "start" it opens with
    neither a capital nor a quotation mark or an editor's bracket ("[This is] as much rain as ..."); "end" it
    ends without a sentence mark (a closing quotation mark or bracket may follow); "ellipsis" it trails off
    (an ellipsis inside, the article's own mark for words left out of a quotation, is none: rule
    ``inner_ellipsis``); then, given its words parsed (``toks``, best
    without the final mark: the tokenizer reads "a." as a word), the faults that
    :func:`~.candidates.statements.sentence_faults` finds (no finite main verb, no subject, a dangling last
    word, a leading pronoun)."""
    faults = []
    first = statement.lstrip(_START_OPENERS)[:1]
    if not statement[:1] or not (first.isupper() or first.isdigit() or statement[:1] in _START_OPENERS):
        faults.append("start")
    if statement.rstrip(CLOSERS)[-1:] not in SENTENCE_ENDS:
        faults.append("end")
    if statement.rstrip(CLOSERS).rstrip(SENTENCE_ENDS).rstrip().endswith(marks.ELLIPSES):
        faults.append("ellipsis")
    if toks is not None and toks:
        faults.extend(sentence_faults(list(toks)))
    return faults


def statement_record(records: Sequence[MentionRecord]) -> MentionRecord:
    """The mention a claim's statement is drawn from (see the module doc)."""
    return min(records, key=_scorer(records))


def _scorer(records: Sequence[MentionRecord]) -> Callable[[MentionRecord], tuple[bool, bool, float, int, str, int]]:
    """The order of :func:`statement_record`: full statements, then within the limit, then most central
    (sharing most content keys with the others), shortest, first."""
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

    return score
