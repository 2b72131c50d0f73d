"""Which attributions make claims: what tracing follows back to an origin and groups across articles.

PolNeAR marks every act of attribution: speech, writing, documents, beliefs, but also intentions and
plans ("wants to build a wall", "declined to comment", "asked not to be named") and evaluations
("criticized the plan"). The merge keeps all of them as attributions (the extract JSON shows them,
with their ``act``), but a fact-checker confirms propositions, not plans or opinions of a person: an
attribution makes a claim when it reports one. Measured on the story corpora (docs/evaluation.md,
"Which attributions make claims"), the decision is:

* a rule attribution makes a claim (the rules read claim forms: "said that", quotes, "according to"),
  except a verdict ("a jury found X guilty": the court's act is a fact of the story, rule ``verdict-no-claim``)
  and a wish ("Boeing had hoped X": what someone wanted to be true, rule ``wish-no-claim``);
* a model-only attribution makes one when it has a source, its act is speech, writing or belief, its
  cue is not negated ("did not say what caused"), and its content states something: a quote, or a
  clause of three words or more headed by a verb that does not open with an infinitive;
* a model attribution whose cue the cue classifier found (``learned.cue_classifier``: a word the tagger
  and the rules both left unmarked) makes none: measured on the real development stories, the few of
  them that passed the test above were perception and voting verbs ("saw its shares plunge", "were seen
  beating") that turned unattributed claims single-origin (docs/evaluation.md, "Round eleven").

A model-only attribution that makes no claim is invisible to tracing: its sentence is read as the
story's own, as it was before the model proposed it ("Brennan Motors is recalling 340,000 SUVs" is a
fact the outlet reports, not a claim of Brennan Motors).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from ..doc import Document
from ..extraction.types import RawAttribution
from ..kinds import Act
from ..lang.en import marks
from ..lang.en.clauses import NEGATIONS, NON_PROPOSITION_OPENERS
from ..lang.en.cues import (
    CLAIM_WITH_CUE_VERBS,
    DISMISSAL_PARTICLES,
    EMPHASIS_VERBS,
    OBJECT_CONTENT_VERBS,
    VERDICT_CUES,
    VERDICT_NOUNS,
    VERDICT_WORDS,
    WISH_CUES,
)

QUOTES = marks.STRAIGHT_DOUBLE + marks.LEFT_DOUBLE + marks.RIGHT_DOUBLE + marks.SINGLE_MARKS

Span = tuple[int, int]

#: Acts that report a proposition of the source's own. Intentions, plans and refusals ("declined to
#: comment", "ordered officials to ...") and evaluations ("mocked", "praised") do not; documents are
#: left to the rules ("a report says", "the data show"), which read them with their publisher.
CLAIM_ACTS = frozenset({Act.SPEECH, Act.WRITING, Act.BELIEF})


class _Attribution(Protocol):
    @property
    def cue(self) -> Span: ...
    @property
    def content(self) -> list[Span]: ...
    @property
    def act(self) -> str | None: ...


def token_range(doc: Document, span: Span) -> tuple[int, int] | None:
    """The tokens (first, last + 1) a character span touches."""
    toks = [t.i for t in doc.tokens if t.end > span[0] and t.start < span[1]]
    return (toks[0], toks[-1] + 1) if toks else None


def quoted(text: str, content: list[Span]) -> bool:
    """A content part opens or closes with a quotation mark."""
    return any(text[s:e].strip()[:1] in QUOTES or text[s:e].strip()[-1:] in QUOTES for s, e in content)


#: Dependents that make their head a predicate: a subject, or a copula ("the reactor is safe").
PREDICATE_DEPENDENTS = ("nsubj", "csubj", "cop", "expl")


def is_clause(doc: Document, content: list[Span]) -> bool:
    """The content is a clause: its first head token (whose head lies outside it) is a verb, or a
    predicate with a subject or a copula inside the content ("the reactor is safe to restart")."""
    for span in content:
        rng = token_range(doc, span)
        if rng is None:
            continue
        lo, hi = rng
        for i in range(lo, hi):
            t = doc.tokens[i]
            if not lo <= t.head < hi or t.head == i:
                if t.upos in ("VERB", "AUX"):
                    return True
                deps = (doc.tokens[j].deprel.split(":")[0] for j in range(lo, hi) if doc.tokens[j].head == i and j != i)
                if any(d in PREDICATE_DEPENDENTS for d in deps):
                    return True
                break
    return False


def states_proposition(doc: Document, att: _Attribution, acts: frozenset[str] = CLAIM_ACTS) -> bool:
    """The attribution reports a proposition: an act in ``acts``, a cue that is not negated, and a
    content that is a quote or a verb-headed clause of three words or more, not an infinitive."""
    if att.act not in acts or not att.content:
        return False
    text = doc.text
    cue = text[att.cue[0] : att.cue[1]].lower().replace("n't", " n't").split()
    if any(w in NEGATIONS for w in cue):
        return False
    if quoted(text, att.content):
        return True
    main = max(att.content, key=lambda c: c[1] - c[0])
    words = text[main[0] : main[1]].lower().split()
    if len(words) < 3 or words[0] in NON_PROPOSITION_OPENERS:
        return False
    return is_clause(doc, [main])


#: The step an attribution records when it reports a verdict, which makes no claim (``is_verdict``).
VERDICT_STEP = "verdict-no-claim"


def is_verdict(doc: Document, raw: RawAttribution) -> bool:
    """ "A jury found Ana Ruiz guilty on three counts": a cognition cue with a verdict's predicate word
    (``VERDICT_WORDS``) hung on it is a court's act, which the story reports as a fact, not a proposition the
    jury states: rule ``verdict-no-claim`` ("the inquiry found that the dam was poorly built" still claims). So is a
    cue that reports its object whose object is the court's decision ("before announcing a sentence of 25 years",
    ``VERDICT_NOUNS``; "criticised the verdict" stays the critic's claim)."""
    cue = doc.tokens_within(*raw.cue)
    if not cue:
        return False
    v = cue[-1]
    kids = [t for t in doc.sentence_tokens(v.sent) if t.head == v.i and t.i != v.i]
    if v.lemma.lower() in VERDICT_CUES and any(t.lemma.lower() in VERDICT_WORDS for t in kids):
        return True
    if v.lemma.lower() not in OBJECT_CONTENT_VERBS:
        return False  # "criticised the verdict" is a reaction to it, a claim of the critic's
    return any(t.deprel == "obj" and t.lemma.lower() in VERDICT_NOUNS for t in kids)


#: The step of an attribution that reports a wish, which makes no claim (``is_wish``).
WISH_STEP = "wish-no-claim"


def is_wish(doc: Document, raw: RawAttribution) -> bool:
    """ "Boeing had hoped its test mission would redeem the program": a cue of a wish (``WISH_CUES``) reports
    what someone wanted to be true, no proposition of theirs (rule ``wish-no-claim``)."""
    cue = doc.tokens_within(*raw.cue)
    return bool(cue) and (cue[-1].lemma.lower() in WISH_CUES or cue[-1].text.lower() in WISH_CUES)


def rules_read_a_verdict(raw: RawAttribution) -> bool:
    """A rule attribution ``is_verdict`` took out of the claims (a model-only proposal never made one)."""
    return VERDICT_STEP in raw.steps and raw.by != "model"


def makes_claim(doc: Document, raw: RawAttribution) -> bool:
    """Whether tracing reads ``raw`` as a claim: see the module's docstring."""
    if is_verdict(doc, raw):
        if VERDICT_STEP not in raw.steps:
            raw.steps.append(VERDICT_STEP)
        return False
    if is_wish(doc, raw):
        if WISH_STEP not in raw.steps:
            raw.steps.append(WISH_STEP)
        return False
    if raw.by != "model":
        return True
    if raw.classifier_cue:
        return False
    return raw.source is not None and states_proposition(doc, raw)


#: The content form of an emphasis verb's noun object (``extraction/verb_content.py``).
EMPHASIS_FORM = "emphasis"


def reaction_claim(doc: Document, raw: RawAttribution) -> list[Span]:
    """The content tracing reads for a reaction ("welcomed the tribunal's decision"): the extract gives the
    thing reacted to as the content (as PolNeAR marks it), but the claim the speaker makes is the reaction
    itself, so its words start at the cue when the content follows the cue directly (as "denied any
    wrongdoing" keeps its cue); so does a dismissal ("ruled out foul play", over its particle). Any other
    attribution's content is returned as it is."""
    if not raw.content or raw.by == "model":
        return raw.content
    first = min(raw.content)
    cue = doc.tokens_within(*raw.cue)
    if not cue or cue[-1].lemma.lower() not in CLAIM_WITH_CUE_VERBS or first[0] < raw.cue[1]:
        return raw.content  # no such verb, or the content comes before the cue ("..., the CEO emphasized")
    if cue[-1].lemma.lower() in EMPHASIS_VERBS and EMPHASIS_FORM not in raw.steps:
        return raw.content  # "stressed that the plan works": a clause states its claim alone
    if any(w.lower() not in DISMISSAL_PARTICLES for w in doc.text[raw.cue[1] : first[0]].split()):
        return raw.content  # only the particle of "ruled out" may stand between the cue and the thing
    return sorted([(raw.cue[0], first[1]), *[c for c in raw.content if c != first]])


def claim_view(doc: Document, raws: list[RawAttribution]) -> list[RawAttribution]:
    """The article's attributions as resolution and tracing read them: one that makes no claim is
    replaced by an inert copy (no source, content, sentence or parent; same index, so the extract
    keeps it with its spans): no source is named from it and its sentence is read as the story's. A
    reaction is read with its cue (``reaction_claim``)."""
    for r in raws:
        r.claim = makes_claim(doc, r)
    return [
        (r if (c := reaction_claim(doc, r)) == r.content else replace(r, content=c))
        if r.claim
        else replace(r, source=None, content=[], via=[], sentence=-1, parent=None, hedges=[])
        for r in raws
    ]
