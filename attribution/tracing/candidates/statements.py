"""What kind of statement a sentence is: checkable, commentary, the outlet's own voice, no comment,
hypothetical, quoted; its hedges, speech act and lead fluency."""

from __future__ import annotations

import re

from ...article import ArticleInput
from ...doc import Document, Token
from ...extraction.types import RawAttribution, lineage
from ...lang.en import marks
from ...lang.en.clauses import (
    COPULA,
    LEAD_IN_ADVERBS,
    LEAD_IN_CONJUNCTIONS,
    LEADING_THE_PATTERN,
    NEGATIONS,
    OPEN_QUESTION_MARKS,
    OUTLET_VOICE,
    STANDALONE_PREPOSITIONS,
    STATEMENT_CUT_PREPOSITIONS,
    STATEMENT_CUT_SUBORDINATORS,
)
from ...lang.en.cues import (
    DIRECTIVE_VERBS,
    EVALUATIVE_VERBS,
    PARENTHETICAL_VERBS,
    PLATFORM_PATTERN,
    REACTION_VERBS,
    TELL_VERBS,
)
from ...lang.en.events import (
    CHECKABLE_ENTITY_LABELS,
    ENQUIRY_NOUNS,
    EVENT_CLASSES,
    NO_COMMENT_VERBS,
    predicate_class,
)
from ...lang.en.hedges import MENTION_HEDGE_WORDS
from ...lang.en.identity import ARTICLES
from ...lang.en.pronouns import (
    DUMMY_PRONOUNS,
    DUMMY_SUBJECT_VERBS,
    EXTRAPOSED_CLAUSE_MARKS,
    FIRST_PERSON_WORDS,
    INFINITIVE_MARKS,
    PERSON_PRONOUNS,
    QUOTATION_PRONOUNS,
)
from .clauses import _AUX_DEPRELS, _FINITE_XPOS, _finite, _side_tokens, _under
from .types import DIRECTIVE_MARKER, EVALUATION_MARKER, MentionCandidate

_QUOTES = marks.DOUBLE_MARKS


_PLATFORM_RE = re.compile(PLATFORM_PATTERN, re.IGNORECASE)
#: A sentence mark followed by a space: the parser's sentence runs on into another one.
_SENTENCE_BREAK_RE = re.compile(r"[.!?]\s")


def _only_hypothetical(doc: Document, toks: list[Token]) -> bool:
    """Every event of the sentence sits in a "whether"/"if" clause: the outlet asks, it does not
    report ("There is widespread interest in whether X will be questioned")."""
    events = [t for t in toks if predicate_class(t.lemma, t.upos) in EVENT_CLASSES]
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
        if any(predicate_class(t.lemma, t.upos) in wanted for t in by_sent[s]):
            return by_sent[s]
    return by_sent[min(by_sent)]


#: Longest statement (characters, before the final full stop): a longer one is cut (``statement._cut``), so the
#: words added to make a fragment a sentence must fit within it.
STATEMENT_CHARS = 200
#: A cut keeps at least this share of the limit: shorter remains read as fragments.
MIN_CUT_SHARE = 0.4
#: A clause boundary a long statement may be cut at: a comma, a semicolon or a dash.
_CLAUSE_BREAK = re.compile(r"\s*(?:,|;|—|–| - )\s+|(?<=\w)[—–](?=\w)")
_WORD_START = re.compile(r"(?<=\s)([A-Za-z]+)\b")


#: Parts of speech of a verb.
_VERB_UPOS = frozenset({"VERB", "AUX"})


def cut_points(text: str) -> list[list[int]]:
    """Where a text longer than ``STATEMENT_CHARS`` may be cut, in tiers of preference, each latest first: at
    a clause boundary (a comma, semicolon or dash); else before a word opening a clause
    (``STATEMENT_CUT_SUBORDINATORS``); else before a preposition opening an adjunct
    (``STATEMENT_CUT_PREPOSITIONS``). Every point keeps at least ``MIN_CUT_SHARE`` of the limit and stops
    within it, never mid-word."""
    head = text[: STATEMENT_CHARS + 1]
    floor = MIN_CUT_SHARE * STATEMENT_CHARS
    tiers = [[m.start() for m in _CLAUSE_BREAK.finditer(head) if m.start() >= floor]]
    whole = head.rsplit(" ", 1)[0]
    for opening in (STATEMENT_CUT_SUBORDINATORS, STATEMENT_CUT_PREPOSITIONS):
        words = _WORD_START.finditer(whole)
        tiers.append([m.start() for m in words if m.group(1).lower() in opening and m.start() >= floor])
    return [sorted(points, reverse=True) for points in tiers]


def _without_lead_in(toks: list[Token]) -> list[Token]:
    """Rule ``lead_in_trimmed``: the words to print without what only sets them in the article around them,
    which no reader of the claim alone wants: a dateline ("MANILA - "), an editor's
    ellipsis ("[...]", "…"), a conjunction opening the sentence ("But", "And": ``LEAD_IN_CONJUNCTIONS``) or a
    connective adverb a comma sets off ("However,", "Meanwhile,": ``LEAD_IN_ADVERBS``). Nothing else is
    dropped, and at least three words stay; an opening quotation mark stays before them ('"But we will
    rebuild," she said' -> '"we will rebuild," she said')."""
    opening = [t for k, t in enumerate(toks) if t.text in _QUOTES and all(x.text in _QUOTES for x in toks[:k])]
    out = list(toks[len(opening) :])
    for _ in range(3):
        words = _words(out)
        if len(words) < 4:
            break
        first, second = out[0], out[1]
        dash = next((k for k, t in enumerate(out[:6]) if t.text in marks.DATELINE_DASHES), None)
        if first.text == marks.EDITORIAL_BRACKETS[0] and second.text in marks.ELLIPSES:
            drop = out[: next((k + 1 for k, t in enumerate(out) if t.text == marks.EDITORIAL_BRACKETS[1]), 0)]
        elif first.text in marks.ELLIPSES:
            drop = out[:1]
        elif dash and _spaced(out, dash) and all(t.text.isupper() or t.text == "," for t in out[:dash]):
            drop = out[: dash + 1]  # "MANILA - Malacañang said": capitals, then a spaced dash
        elif first.text.lower() in LEAD_IN_CONJUNCTIONS and first.upos == "CCONJ":
            drop = out[: 2 if second.text == "," else 1]
        elif first.text.lower() in LEAD_IN_ADVERBS and second.text == ",":
            drop = out[:2]
        else:
            break
        if not drop or len(_words(out[len(drop) :])) < 3:
            break
        out = out[len(drop) :]
    return [*opening, *out]


def _cut_keeping(doc: Document, span: list[Token], content: list[Token]) -> list[Token]:
    """Rule ``cut_to_a_sentence`` on an attribution too long to print whole ('A spokesman for the office said:
    "We are in contact with the local authorities following an incident ..."'): cut as a long content is
    (:func:`_complete_cut`), but only where the head keeps the word heading the content ("are"): the
    attribution alone ("A spokesman for the office said") is not the claim. Empty otherwise."""
    inside = {t.i for t in content}
    heads = {t.i for t in _words(content) if t.head not in inside or t.head == t.i}
    head = _complete_cut(doc, span)
    return head if heads and heads <= {t.i for t in head} else []


def _governed_within(head: list[Token]) -> bool:
    """Every word of a cut head hangs on a word of the head, but one, its root: no word waits for a governor
    the cut left out ("..., while upper ocean heat content — the heat stored in the upper ocean" lost the verb
    of "content")."""
    words = _words(head)
    inside = {t.i for t in words}
    return sum(t.head == t.i or t.head not in inside for t in words) == 1


def _spaced(toks: list[Token], k: int) -> bool:
    """The dash at ``toks[k]`` has a space on both sides ("MANILA - The", not "T-Mobile")."""
    return 0 < k < len(toks) - 1 and toks[k - 1].end < toks[k].start and toks[k].end < toks[k + 1].start


def _complete_cut(doc: Document, chosen: list[Token]) -> list[Token]:
    """Rule ``cut_to_a_sentence``: the longest head of an over-long content, cut where
    :func:`cut_points` allows (a clause boundary first), whose words still read as a complete sentence by
    the parse of the whole ("The tremor, which hit 19 km from the city — home to 90,000 people — sent
    residents rushing out" is not cut after "the city": the subject would lose its verb), and whose every
    word hangs on a word of the head (:func:`_governed_within`). A cut before a word (no comma or dash there)
    does not leave a verb last: what follows may be the verb's own ("worked | as a guard", "killed | at least
    48 people"). Empty when no cut point leaves a sentence."""
    words = _words(chosen)
    text = doc.text[words[0].start : words[-1].end]
    for tier, points in enumerate(cut_points(text)):
        for point in points:
            end = words[0].start + len(text[:point].rstrip(" ,;:"))
            head = [t for t in chosen if t.end <= end]
            kept = _words(head)
            if not kept or (tier > 0 and kept[-1].upos in _VERB_UPOS):
                continue
            if not sentence_faults(head) and _governed_within(head):
                return head
    return []


#: Parts of speech that cannot end a sentence: the phrase they open or join goes on ("has launched a",
#: "killed in", "said it was", "rose to").
_DANGLING_UPOS = frozenset({"DET", "CCONJ", "SCONJ", "AUX", "PART"})
#: Tags of a word standing for something named elsewhere: a personal or possessive pronoun; a determiner
#: standing alone as the subject ("This is ...") likewise. Existential "there" ("There were no survivors")
#: stands for nothing (rule ``existential_there``).
_STANDING_IN_XPOS = frozenset({"PRP", "PRP$"})
#: Relations of a clause a dummy "it" stands in for, put after the verb ("It is clear that ...").
_EXTRAPOSED_DEPRELS = ("ccomp", "csubj", "xcomp", "advcl")
#: Tags of a word that names what a quantifier counts ("All of the climbers", "Some of the 40 fires").
_NAMED_XPOS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD"})
#: Relations of a preposition that ends its phrase: coordinated ("and beyond"), a verb's particle ("gave up").
_PHRASE_ENDING_DEPRELS = ("conj", "compound:prt", "prt")
#: Relations of a clause modifying a noun ("the fraud prosecutors called ...", "what they called ...").
_RELATIVE_DEPRELS = ("acl", "relcl")
#: Tags of a relative or interrogative word ("what", "which", "who").
_WH_XPOS = frozenset({"WDT", "WP", "WP$"})
#: Relations of a clause's subject.
_SUBJECT_DEPRELS = ("nsubj", "csubj", "expl")
#: Parts of speech of a subject that names its speaker ("the president", "Ana Ruiz").
_NAMING_UPOS = frozenset({"NOUN", "PROPN"})


def _words(toks: list[Token]) -> list[Token]:
    return [t for t in toks if t.upos not in {"PUNCT", "SPACE"}]


def _dangles(tok: Token) -> bool:
    """``tok`` opens or joins a phrase that should follow it: a determiner, a conjunction, an auxiliary, a
    particle, a possessive, a preposition ("rose to", "has launched a", "said it was"); a preposition
    coordinated with a phrase ("and beyond"), a verb's particle ("gave up") or one that stands alone as an
    adverb of place ("the waters below": ``STANDALONE_PREPOSITIONS``) ends one."""
    if tok.text.lower() in ARTICLES:
        return True  # "has launched a": read as a pronoun when nothing follows it
    if tok.upos == "ADP":  # rule adverbial_preposition: "the waters below" ends its phrase
        return not tok.deprel.startswith(_PHRASE_ENDING_DEPRELS) and tok.text.lower() not in STANDALONE_PREPOSITIONS
    return tok.upos in _DANGLING_UPOS or tok.xpos == "PRP$"


def _finite_head(head: Token, words: list[Token]) -> bool:
    """``head`` is a finite verb, or heads a finite auxiliary or copula ("was closed", "is shut")."""
    if head.xpos in _FINITE_XPOS or head.xpos == "MD":
        return True
    return any(
        t.head == head.i and t.deprel.startswith(_AUX_DEPRELS) and (t.xpos in _FINITE_XPOS or t.xpos == "MD")
        for t in words
    )


def sentence_faults(toks: list[Token]) -> list[str]:
    """Why the words of ``toks`` do not read as a complete sentence on their own, in a fixed order (empty
    when they do): "verb" no finite verb heads them (one inside a relative clause does not); "subject" the
    finite verb heading them has no subject (an imperative, opening with a bare verb, needs none);
    "dangling" the last word opens or joins a phrase that does not follow; "pronoun" the first word stands
    for someone named elsewhere. (A capital and a final stop are the statement's own:
    ``statement.statement_faults`` checks those on the printed text.)"""
    words = _words(toks)
    if not words:
        return ["verb"]
    faults = []
    inside = {t.i for t in words}
    roots = [t for t in words if t.head == t.i or t.head not in inside]
    finite = [r for r in roots if _finite_head(r, words)]
    imperative = words[0] in roots and words[0].xpos == "VB"
    if not finite and not imperative and _misread_main_verb(words, roots):
        pass  # "A wave of outages swept across the globe": the tagger's participle is the main verb
    elif not finite and not imperative:
        faults.append("verb")  # "A policy meeting that confirmed ...": the finite verb is not the main one
    elif not imperative and not any(
        t.head == r.i and t.deprel.startswith(_SUBJECT_DEPRELS) for r in finite for t in words
    ):
        faults.append("subject")  # "welcomed the decision": the attribution's verb and object, not a sentence
    if _dangles(words[-1]):
        faults.append("dangling")
    first = _words(_without_lead_in(toks))[0]  # "And it has acted as one": the pronoun behind the "And"
    leading = first.xpos in _STANDING_IN_XPOS or (first.xpos == "DT" and first.deprel.startswith("nsubj"))
    if leading and not (
        _speaker_named_after(toks, first, finite) or _dummy_it(words, first) or _quantifier_names(words, first)
    ):
        faults.append("pronoun")
    return faults


def _speaker_named_after(toks: list[Token], first: Token, finite: list[Token]) -> bool:
    """The leading word is a quotation's word for its speaker or audience ("I", "our", "you") and the
    sentence names the speaker, a noun, as the subject of its main verb after the quotation closes ('"I am
    shocked," the president said', or, in a text that prints no quotation marks, after a comma: "I am shocked,
    the president said", rule ``speaker_after_comma``): the pronoun stands for someone named right there."""
    if first.text.lower() not in QUOTATION_PRONOUNS:
        return False
    closes = [t.i for t in toks if t.i > first.i and t.text in _QUOTES]
    unmarked = not any(t.text in marks.QUOTE_MARKS for t in toks)
    if unmarked:  # rule speaker_after_comma: a quotation printed without marks ("I want to thank ..., Sheinbaum said")
        closes = [t.i for t in toks if t.i > first.i and t.text == ","]
    return bool(closes) and any(
        t.head == r.i and t.deprel.startswith("nsubj") and t.upos in _NAMING_UPOS and t.i > closes[0]
        for r in finite
        if not unmarked or r.lemma.lower() in PARENTHETICAL_VERBS  # "..., my arms stretched" names no speaker
        for t in toks
    )


def _misread_main_verb(words: list[Token], roots: list[Token]) -> bool:
    """Rule ``misread_main_verb``: the parse misses a main verb the words have, with its subject. A past
    participle heading the words with an active subject and no auxiliary is a past tense the tagger misread
    ("A wave of outages swept across the globe": "swept" as VBN); a verb in a finite tense hanging on the
    heading noun as a bare modifier (not a relative clause) is that noun's predicate ("The plane either
    collided with a truck": "collided" as a modifier of "plane"), for a reduced modifier is never in a
    finite tense. "A relief convoy that reached the town" (a relative clause), "Hope that the verdicts bring
    peace" (the noun's own clause, with its subject), "More than 900 injured" (a count whose "were" is left
    out) and "The man arrested on Monday" (a participle with no subject) stay without a verb."""
    for r in roots:
        kids = [t for t in words if t.head == r.i and t.i != r.i]
        named_subject = any(t.deprel == "nsubj" and t.upos in _NAMING_UPOS for t in kids)
        if r.xpos == "VBN" and named_subject and not any(t.deprel.startswith("aux") for t in kids):
            return True
        if r.upos in _NAMING_UPOS and any(
            t.deprel == "acl" and t.xpos in _FINITE_XPOS and _bare(words, t) for t in kids
        ):
            return True
    return False


def _bare(words: list[Token], verb: Token) -> bool:
    """``verb`` has neither a subject nor a word marking its clause ("that", "who") of its own."""
    return not any(t.head == verb.i and t.deprel.startswith(("nsubj", "mark", "expl")) for t in words)


def _dummy_it(words: list[Token], first: Token) -> bool:
    """Rule ``dummy_it``: the leading "it" stands for nothing, only holding the place of a clause put after the
    verb ("It is not clear whether the outage was linked", "It was learnt that the leader had fled", "It took
    six hours to evacuate the body"): a dummy subject ("expl"), or the subject of a copula, adjective or
    passive verb on which a clause opened by "that", "whether" or "if" hangs, directly or under its
    complement, or of "take" with an infinitive. "It was never safe to fly" (may be about a plane), "It said
    it would appeal" (an active verb of speech) and "It is banned by the agency" (no clause) keep their
    pronoun fault."""
    if first.text.lower() not in DUMMY_PRONOUNS:
        return False
    if first.deprel == "expl":
        return True
    if not first.deprel.startswith("nsubj"):
        return False
    by_i = {t.i: t for t in words}
    head = by_i.get(first.head)
    if head is None:
        return False
    passive = first.deprel.startswith("nsubj:pass")
    if passive or head.upos == "ADJ" or head.lemma.lower() in DUMMY_SUBJECT_VERBS:
        tops = [head]
    elif head.lemma.lower() == COPULA:  # "It's evident that ...": the adjective under "'s" takes the clause
        tops = [t for t in words if t.head == head.i and t.deprel.startswith(("xcomp", "ccomp")) and t.upos == "ADJ"]
    else:
        return False  # "It's also for them that I led this fight": a cleft, "it" leads to "them"
    clauses = [
        t
        for t in words
        for top in tops
        if t.head == top.i and t.i != top.i and t.deprel.startswith(_EXTRAPOSED_DEPRELS)
    ]
    marks = EXTRAPOSED_CLAUSE_MARKS | (INFINITIVE_MARKS if head.lemma.lower() in DUMMY_SUBJECT_VERBS else frozenset())
    return any(
        t.head == c.i and t.deprel in {"mark", "aux"} and t.text.lower() in marks for c in clauses for t in words
    )


def _quantifier_names(words: list[Token], first: Token) -> bool:
    """Rule ``quantifier_of_noun``: a leading quantifier counts a noun its "of" phrase names ("All of the
    climbers had registered", "Each of these crimes is worthy of a long sentence"): the subject is named in
    the sentence. "Some of them managed to call" (a pronoun) and "All have endured" (nothing) keep their
    fault."""
    return first.xpos == "DT" and any(
        t.head == first.i and t.i != first.i and t.deprel.startswith("nmod") and t.xpos in _NAMED_XPOS for t in words
    )


def _governed_by(doc: Document, tok: Token, head: int) -> bool:
    """``tok`` is ``head`` or depends on it, directly or through other words."""
    cur = tok
    for _ in range(32):
        if cur.i == head:
            return True
        if cur.head == cur.i:
            return False
        cur = doc.tokens[cur.head]
    return False


def _clause_end(doc: Document, toks: list[Token]) -> list[Token]:
    """``toks`` carried on to the end of the phrase its last word opens, within its sentence: the content
    span stopped mid-phrase ("has launched a" -> "has launched a new appeal for donors")."""
    words = _words(toks)
    if not words:
        return toks
    last = words[-1]
    sent = doc.sentences[last.sent]
    end = last.i
    for _ in range(4):  # a determiner's phrase, then the preposition holding it, ...
        tok = doc.tokens[end]
        if not _dangles(tok):
            break
        # the word the function word belongs to (after it), and everything that word governs
        head = tok.head
        if head <= tok.i:
            break
        far = max(t.i for t in doc.tokens[sent.start_token : sent.end_token] if _governed_by(doc, t, head))
        end = far
        while end > last.i and doc.tokens[end].upos in {"PUNCT", "SPACE"}:
            end -= 1
    return [t for t in toks if t.i < last.i] + doc.tokens[last.i : end + 1]


def _attributed_sentence(doc: Document, chosen: list[Token], raw: RawAttribution | None) -> list[Token]:
    """The sentence's words from its source (or cue) to the end of the content: the content with the
    attribution that frames it ("The agency welcomed the decision"), when both lie in one sentence, the
    attribution comes first and is no relative clause."""
    words = _words(chosen)
    if raw is None or not words:
        return []
    spans = [raw.cue] + ([(raw.source.start, raw.source.end)] if raw.source is not None else [])
    sent = doc.sentences[words[0].sent]
    if any(not (sent.start <= a and b <= sent.end) for a, b in spans) or words[-1].sent != words[0].sent:
        return []
    lo = min(a for a, _ in spans)
    if lo >= words[0].start:
        return []  # '"..., " the minister said': the content still opens the sentence, fragment and all
    here = doc.tokens[sent.start_token : sent.end_token]
    framing = [t for t in here if raw.cue[0] <= t.start < raw.cue[1]]
    before = [t for t in here if t.end <= lo]
    if any(t.deprel.startswith(_RELATIVE_DEPRELS) for t in framing) or (before and before[-1].xpos in _WH_XPOS):
        return []  # "in what prosecutors have called one of the biggest frauds": the cue is in a relative clause
    hi = max([b for _, b in spans] + [words[-1].end])
    return [t for t in doc.tokens[sent.start_token : sent.end_token] if lo <= t.start and t.end <= hi]


def _speaker_after(doc: Document, chosen: list[Token], raw: RawAttribution | None) -> list[Token]:
    """The quotation with its speaker after it, as the sentence has them ('"I am shocked," the president
    said'): the content opens its sentence (after an opening quotation mark at most), the attribution
    follows it in the same sentence with nothing but punctuation between, and its source is named, not a
    pronoun ('"...," he said' says nothing more than the content), or is "he"/"she", the cue's own subject
    (:func:`_source_pronoun`), for a claim to name in brackets (rule ``bracketed_speaker``: '"We are doing
    everything we can," [Ana Ruiz] said'). The whole sentence when it fits the
    limit ('"...," Hansen told reporters': "told" alone would leave its phrase open), else up to the
    source and cue. Nothing is reordered or invented."""
    words = _words(chosen)
    if raw is None or raw.source is None or not words or words[-1].sent != words[0].sent:
        return []
    sent = doc.sentences[words[0].sent]
    spans = [raw.cue, (raw.source.start, raw.source.end)]
    if any(not (sent.start <= a and b <= sent.end) for a, b in spans):
        return []
    lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
    if lo < words[-1].end:
        return []
    here = doc.tokens[sent.start_token : sent.end_token]
    before = [t for t in here if t.end <= words[0].start]
    between = [t for t in here if words[-1].end <= t.start and t.end <= lo]
    if any(t.upos not in {"PUNCT", "SPACE"} for t in [*before, *between]):
        return []
    source = _words([t for t in here if raw.source.start <= t.start and t.end <= raw.source.end])
    named = source and not (source[0].upos == "PRON" or source[0].xpos in _STANDING_IN_XPOS)
    if not named and not (len(source) == 1 and _source_pronoun(doc, source[0], raw)):
        return []
    whole = _words(here)
    if (
        whole
        and whole[-1].end - here[0].start <= STATEMENT_CHARS
        and not _SENTENCE_BREAK_RE.search(doc.text[hi : whole[-1].end])
    ):
        return list(here)  # the whole sentence: '"...," Hansen told reporters on Friday'
    return [t for t in here if t.end <= hi]


def _whole_sentence(doc: Document, chosen: list[Token]) -> list[Token]:
    """The article's sentence the content lies in, whole: the last resort for a content that is no
    sentence and that neither its phrase's end nor its attribution completes ("sending airports, airlines
    and banks into a halt" -> "A wave of IT outages swept across the globe on Friday, sending airports,
    airlines and banks into a halt"), when the content heads the sentence or hangs right under its main
    verb; a content deeper down ("in a statement announcing the decision, the bank said ...") is not what
    the sentence says."""
    words = _words(chosen)
    if not words or words[-1].sent != words[0].sent:
        return []
    sent = doc.sentences[words[0].sent]
    here = list(doc.tokens[sent.start_token : sent.end_token])
    roots = {t.i for t in here if t.head == t.i}
    inside = {t.i for t in words}
    heads = [t for t in words if t.head == t.i or t.head not in inside]
    if not any(t.i in roots or t.head in roots for t in heads):
        return []  # "in a statement announcing the decision, the BOJ said ...": the sentence says another thing
    return here


def _lead(doc: Document, toks: list[Token], m: MentionCandidate, raw: RawAttribution | None = None) -> None:
    """The statement to show for the mention: the sentence of its content that holds the main
    event (a quote of several sentences shows one), and whether it reads as a full statement.

    ``statement`` is the words a claim's statement prints for this mention, all drawn from the article:
    the content (``statement_from`` "content") when it reads as a complete sentence; else the content
    carried to the end of the phrase it stops in ("clause"); else the content with the attribution that
    frames it, as the article's sentence has it ("The agency welcomed the decision"), or a quotation with
    its named speaker after it ('"I am shocked," the mayor said'): "attribution"; else the content's whole
    sentence ("sentence"). A fact-checker publishes the claim, so the attribution is kept only where the
    content alone is no sentence. When none reads as complete, the content as written
    (``statement_complete`` False)."""
    chosen = _lead_sentence(toks, m)
    words = _words(chosen)
    if not words:
        return
    m.lead = doc.text[words[0].start : words[-1].end]
    if len(chosen) < len(toks):
        m.lead += " …"
    first = words[0]
    has_finite = any(t.xpos in _FINITE_XPOS or t.xpos == "MD" for t in chosen)
    subjects = [t for t in chosen if t.deprel.startswith("nsubj")]
    m.fluent = has_finite and bool(subjects) and subjects[0].upos != "PRON" and first.upos != "PRON"
    spoken = _without_lead_in(chosen)
    said = _words(spoken)
    m.statement = m.lead[said[0].start - words[0].start :]
    m.statement_from, m.statement_complete = "content", not sentence_faults(spoken)
    if m.statement_complete and said[-1].end - said[0].start > STATEMENT_CHARS:
        # too long: cut where the words still read as a sentence, else complete no more (another mention may)
        head = _words(_complete_cut(doc, spoken))
        m.statement_complete = bool(head)
        if head:
            m.statement = doc.text[said[0].start : head[-1].end]
    if m.statement_complete:
        return
    clause = _clause_end(doc, chosen)
    speaker, at = "", 0  # rule bracketed_speaker: "He said they suffered burns", its pronoun the attribution's source
    for kind, whole in (
        ("clause", clause),
        ("attribution", _attributed_sentence(doc, clause, raw)),
        ("attribution", _speaker_after(doc, chosen, raw)),
        ("sentence", _whole_sentence(doc, chosen)),
    ):
        span = _without_lead_in(whole) if whole else whole
        got = _words(span)
        if kind == "attribution" and got and got[-1].end - got[0].start > STATEMENT_CHARS:
            span = _cut_keeping(doc, span, chosen)  # 'The hospital said: "This is having an impact ...'
            got = _words(span)
        fits = bool(got) and got[-1].end - span[0].start <= STATEMENT_CHARS
        # an opening quotation mark is kept with its quotation ('"I am shocked," the president said'), also
        # when a lead-in after it was dropped ('"But we will rebuild," ...' -> '"we will rebuild," ...')
        mark = span[0].text if got and span[0].text in _QUOTES else ""
        pronoun = next((t for t in got if _source_pronoun(doc, t, raw)), None) if kind == "attribution" else None
        if pronoun is not None and not mark:  # the last sentence of a quotation: its opening mark is before it
            mark = _opening_of(doc.text[words[-1].end : pronoun.start])
        printed = mark + doc.text[got[0].start : got[-1].end] if got else ""
        if fits and pronoun is not None and not speaker and _quotations_closed(printed):
            if sentence_faults(span) == ["pronoun"] and (pronoun is got[0] or _first_person(got[0])):
                speaker, at = printed, len(mark) + pronoun.start - got[0].start
        if pronoun is not None and pronoun.start >= words[-1].end:
            continue  # '"...," he said' says nothing more than the content unless a claim names him
        if fits and not sentence_faults(span):
            m.statement = printed
            m.statement_from, m.statement_complete = kind, True
            return
    if speaker:  # complete once a claim names the pronoun's source (``statement.claim_statement_from``)
        m.statement, m.statement_from = speaker, "attribution"
        m.statement_speaker_at = at
        m.statement_speaker = len(speaker[at:].split(" ", 1)[0])
    elif sentence_faults(spoken) == ["pronoun"] and _first_person(said[0]) and _quotations_closed(m.statement):
        m.statement_cue = _quoted_cue(doc, raw)  # rule quoted_speaker


def _quoted_cue(doc: Document, raw: RawAttribution | None) -> str:
    """Rule ``quoted_speaker``: the cue of a direct quotation, when it is one verb of saying in a finite tense
    that needs no object ("said", "wrote", "says"; not "told", "adding", "according to"), to print after a
    first-person quotation with the speaker's name; "" otherwise."""
    if raw is None or not raw.direct or raw.source is None:
        return ""
    cue = [t for t in doc.tokens_within(raw.cue[0], raw.cue[1]) if t.upos not in {"PUNCT", "SPACE"}]
    if len(cue) != 1 or cue[0].xpos not in _FINITE_XPOS or cue[0].upos != "VERB":
        return ""
    lemma = cue[0].lemma.lower()
    return cue[0].text if lemma in PARENTHETICAL_VERBS and lemma not in TELL_VERBS else ""


def _opening_of(between: str) -> str:
    """The opening quotation mark of the closing mark in ``between`` (the words between a quotation's last
    sentence and its speaker: '... the whole world knows it,” she declared'), or "": a quotation of several
    sentences printed from its last opens with its mark ('“We won and the whole world knows it,” ...')."""
    for opening, closing in marks.DOUBLE_PAIRS:
        if closing in between:
            return opening
    return ""


def _first_person(tok: Token) -> bool:
    """``tok`` is a quotation's word for its speaker ("I", "We", "Our"): naming the speaker after the
    quotation says who it is ('"We are doing everything we can," [Ana Ruiz] said')."""
    return tok.text.lower() in FIRST_PERSON_WORDS


def _quotations_closed(text: str) -> bool:
    """Every curly quotation the words open closes in them: 'She expressed “prof' is a stored text cut off
    mid-quotation, no statement to name a speaker for."""
    return text.count(marks.LEFT_DOUBLE) <= text.count(marks.RIGHT_DOUBLE)


def _source_pronoun(doc: Document, first: Token, raw: RawAttribution | None) -> bool:
    """``first`` is the whole source of the attribution, "he" or "she" as the subject of its cue ("He said
    ..."; not of another verb: in "he said, adding that ..." the cue "adding" has no subject of its own)."""
    if raw is None or raw.source is None or (first.start, first.end) != (raw.source.start, raw.source.end):
        return False
    if not (first.xpos == "PRP" and first.deprel.startswith("nsubj") and first.text.lower() in PERSON_PRONOUNS):
        return False
    return raw.cue[0] <= doc.tokens[first.head].start < raw.cue[1]


def _hedges_in(doc: Document, sents: set[int]) -> set[str]:
    out = set()
    for s in sents:
        for t in doc.sentence_tokens(s):
            if t.text.lower() in MENTION_HEDGE_WORDS:
                out.add(t.text.lower())
    return out


def _side_hedges(doc: Document, toks: list[Token], sents: set[int], kept: set[str]) -> list[str]:
    """The hedge words of the mention's sentences (``_hedges_in``) found only inside side clauses of its
    content ``toks`` (``clauses._side_tokens``: below an ``acl``/``advcl`` that is not the content's root):
    "Footage apparently shot by a passenger showed flames" hedges who shot it, "rescuers searched for 12
    apparently still missing" hedges the missing, not the claim. A hedge word anywhere else in the
    sentences, or in ``kept`` (the attribution's own hedges), is the claim's."""
    side = _side_tokens(doc, toks)
    inside: set[str] = set()
    outside = set(kept)
    for s in sents:
        for t in doc.sentence_tokens(s):
            word = t.text.lower()
            if word in MENTION_HEDGE_WORDS:
                (inside if t.i in side else outside).add(word)
    return sorted(inside - outside)


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
    content = sum(t.upos in _CONTENT_UPOS and t.deprel not in ("aux", "cop") for t in toks)
    if content < 3:
        return False  # "Of course he does.", "They deserve better.": too little to check
    return _has_finite_main_clause(toks) or (content >= ACT_CONTENT_WORDS and _copula_of_a_named_thing(toks))


def _copula_of_a_named_thing(toks: list[Token]) -> bool:
    """A copular main clause whose subject is a noun, not a pronoun ("The rate rise is the first since
    2007", "Cellphones are a lifeline for people in rural areas"): it states what something is."""
    idx = {t.i: t for t in toks}
    roots = [t for t in toks if t.head == t.i or t.head not in idx]
    for r in roots:
        kids = [t for t in toks if t.head == r.i and t.i != r.i]
        if any(k.deprel == "cop" for k in kids) and any(
            k.deprel.startswith("nsubj") and k.upos in ("NOUN", "PROPN") for k in kids
        ):
            return True
    return False


#: Content words a quote sentence needs to stand alone as a mention of an act (``_states_an_act``): fewer
#: ("Brennan sat on this for months", "The wheel just spun in my hands") share too few words to be told
#: from other people's statements, and join the wrong claim.
ACT_CONTENT_WORDS = 4


def _states_an_act(toks: list[Token]) -> bool:
    """A sentence of a quote states something done or the case when a verb with a subject of its own heads
    it and it has words enough to check ("Mac and Linux hosts are not impacted", "We have restored service
    to all customers"); a copular judgement ("This is a disgrace to everyone in Tarvik") does not."""
    if sum(t.upos in _CONTENT_UPOS and t.deprel not in ("aux", "cop") for t in toks) < ACT_CONTENT_WORDS:
        return False
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
    """ "X declined to comment", "did not respond to a request for comment": nobody said anything."""
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
