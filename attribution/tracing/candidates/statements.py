"""What kind of statement a sentence is: checkable, commentary, the outlet's own voice, no comment,
hypothetical, quoted; its hedges, speech act and lead fluency."""

from __future__ import annotations

import re

from ...article import ArticleInput
from ...doc import Document, Token
from ...extraction.types import RawAttribution, lineage
from ...lang.en import marks
from ...lang.en.clauses import (
    LEADING_THE_PATTERN,
    NEGATIONS,
    OPEN_QUESTION_MARKS,
    OUTLET_VOICE,
)
from ...lang.en.cues import DIRECTIVE_VERBS, EVALUATIVE_VERBS, PLATFORM_PATTERN, REACTION_VERBS
from ...lang.en.events import (
    CHECKABLE_ENTITY_LABELS,
    ENQUIRY_NOUNS,
    EVENT_CLASSES,
    NO_COMMENT_VERBS,
    predicate_class,
)
from ...lang.en.hedges import MENTION_HEDGE_WORDS
from .clauses import _AUX_DEPRELS, _FINITE_XPOS, _finite, _under
from .types import DIRECTIVE_MARKER, EVALUATION_MARKER, MentionCandidate

_QUOTES = marks.DOUBLE_MARKS


_PLATFORM_RE = re.compile(PLATFORM_PATTERN, re.IGNORECASE)


def _only_hypothetical(doc: Document, toks: list[Token]) -> bool:
    """Every event of the sentence sits in a "whether"/"if" clause: the outlet asks, it does not
    report ("There is widespread interest in whether X will be questioned")."""
    events = [t for t in toks if predicate_class(t.lemma) in EVENT_CLASSES]
    if not events:
        return False
    marked = {t.head for t in toks if t.deprel == "mark" and t.lemma.lower() in OPEN_QUESTION_MARKS}
    for e in events:
        cur, hops, inside = e, 0, False
        while hops < 8:
            if cur.i in marked:
                inside = True
                break
            if cur.head == cur.i:
                break
            cur, hops = doc.tokens[cur.head], hops + 1
        if not inside:
            return False
    return True


def _lead_sentence(toks: list[Token], m: MentionCandidate) -> list[Token]:
    """The tokens of the content's sentence that holds the main event (the first when none does)."""
    by_sent: dict[int, list[Token]] = {}
    for t in toks:
        by_sent.setdefault(t.sent, []).append(t)
    if len(by_sent) <= 1:
        return toks
    wanted = set(m.main_predicates) or (set(m.predicates) & EVENT_CLASSES)
    for s in sorted(by_sent):
        if any(predicate_class(t.lemma) in wanted for t in by_sent[s]):
            return by_sent[s]
    return by_sent[min(by_sent)]


def _lead(doc: Document, toks: list[Token], m: MentionCandidate) -> None:
    """The statement to show for the mention: the sentence of its content that holds the main
    event (a quote of several sentences shows one), and whether it reads as a full statement."""
    chosen = _lead_sentence(toks, m)
    words = [t for t in chosen if t.upos not in {"PUNCT", "SPACE"}]
    if not words:
        return
    m.lead = doc.text[words[0].start : words[-1].end]
    if len(chosen) < len(toks):
        m.lead += " …"
    first = words[0]
    has_finite = any(t.xpos in _FINITE_XPOS or t.xpos == "MD" for t in chosen)
    subjects = [t for t in chosen if t.deprel.startswith("nsubj")]
    m.fluent = has_finite and bool(subjects) and subjects[0].upos != "PRON" and first.upos != "PRON"


def _hedges_in(doc: Document, sents: set[int]) -> set[str]:
    out = set()
    for s in sents:
        for t in doc.sentence_tokens(s):
            if t.text.lower() in MENTION_HEDGE_WORDS:
                out.add(t.text.lower())
    return out


def _social(text: str) -> str | None:
    m = _PLATFORM_RE.search(text)
    if not m:
        return None
    name = m.group(1) or m.group(2)
    return "X" if name == "X" else name.title() if name.lower() != "social media" else "social media"


#: Parts of speech that carry a sentence's content.
_CONTENT_UPOS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})


def _has_finite_main_clause(toks: list[Token]) -> bool:
    """A finite verb with a subject of its own heads the content ("Classes were suspended until Thursday")."""
    idx = {t.i for t in toks}
    has_subject = {t.head for t in toks if t.deprel.startswith("nsubj")}
    has_aux = {t.head for t in toks if t.deprel.startswith(_AUX_DEPRELS) and t.xpos != "TO"}
    return any(
        t.upos == "VERB" and t.i in has_subject and (_finite(t, has_aux) and t.head not in idx or t.head == t.i)
        for t in toks
    )


def _checkable(doc: Document, toks: list[Token], m: MentionCandidate) -> bool:
    """A sentence of the story states a checkable fact: a figure, a named entity, an event, or a
    finite clause with a subject of its own ("The plant failed a fire inspection in March",
    "Classes were suspended until Thursday")."""
    if m.numbers or any(lbl in CHECKABLE_ENTITY_LABELS for _, lbl in m.entities):
        return True
    if set(m.predicates) & EVENT_CLASSES:
        return True
    if sum(t.upos in _CONTENT_UPOS and t.deprel not in ("aux", "cop") for t in toks) < 3:
        return False  # "Of course he does.", "They deserve better.": too little to check
    return _has_finite_main_clause(toks)


def _is_imperative(toks: list[Token]) -> bool | None:
    """A verb root with no subject opening the sentence: an imperative ("Explore related analyses",
    "Remind me later"); None when the root is no subjectless verb."""
    roots = [t for t in toks if t.head == t.i]
    if not roots or roots[0].upos != "VERB":
        return None
    if any(t.head == roots[0].i and t.deprel.startswith(("nsubj", "csubj", "expl")) for t in toks):
        return None
    return roots[0].xpos in {"VB", ""} and roots[0].i == toks[0].i


def _is_commentary(toks: list[Token], text: str) -> bool:
    """The outlet's own voice: questions, appeals, first/second person, headings-like fragments."""
    stripped = text.rstrip().rstrip(_QUOTES + "'")
    if stripped.endswith("?") or stripped.endswith(":"):
        return True
    if any(t.text.lower() in OUTLET_VOICE and t.upos == "PRON" for t in toks):
        return True
    if not any(t.upos in {"VERB", "AUX"} for t in toks):
        return True  # no verb: a label or fragment, not a statement
    return bool(_is_imperative(toks))


def _outlet_speaks(doc: Document, toks: list[Token], article: ArticleInput) -> bool:
    """The article's own outlet is the subject ("The Example Bureau will continue to investigate"):
    the outlet speaking of itself, not a claim about the story."""
    if not article.outlet:
        return False
    own = re.sub(LEADING_THE_PATTERN, "", article.outlet.strip().lower())
    idx = {t.i: t for t in toks}
    for t in toks:
        if t.deprel.startswith("nsubj") and t.head in idx and idx[t.head].head == t.head:
            words = [x.text for x in toks if x.i in _under(toks, (), {t.i})]
            if re.sub(LEADING_THE_PATTERN, "", " ".join(words).lower()) == own:
                return True
    return False


def _no_comment(toks: list[Token]) -> bool:
    """"X declined to comment", "did not respond to a request for comment": nobody said anything."""
    lemmas = {t.lemma.lower() for t in toks}
    if "comment" in lemmas and bool(lemmas & NO_COMMENT_VERBS):
        return True
    # "did not respond to emails and phone calls", "has not returned calls": nobody said anything
    negated = bool(lemmas & NEGATIONS)
    return negated and bool(lemmas & NO_COMMENT_VERBS) and bool(lemmas & ENQUIRY_NOUNS)


def _quoted(raws: list[RawAttribution], n: int) -> bool:
    """The relation or one it is nested in is a direct quote."""
    return any(raws[j].direct for j in lineage(raws, n))


def _speech_act(doc: Document, raw: RawAttribution, toks: list[Token]) -> str | None:
    """EVALUATION_MARKER or DIRECTIVE_MARKER from the cue verb of ``raw``, else None."""
    if not (0 <= raw.sentence < len(doc.sentences)):
        return None
    cue = next((t for t in doc.sentence_tokens(raw.sentence) if t.start == raw.cue[0]), None)
    if cue is None or cue.upos != "VERB":
        return None
    lem = cue.lemma.lower()
    directive = lem in DIRECTIVE_VERBS and any(t.xpos == "TO" for t in toks)
    if directive:
        return DIRECTIVE_MARKER
    return EVALUATION_MARKER if lem in EVALUATIVE_VERBS or lem in REACTION_VERBS else None
