"""Span boundaries as PolNeAR's annotation guidelines draw them: small named steps after the merge.

The rules cut spans for tracing (a content without its "that", a source without its apposition);
PolNeAR's annotators, whose spans the product is scored against, draw some edges elsewhere. Each step
below fixes one systematic kind of boundary difference measured on our PolNeAR dev fold
(docs/evaluation.md, "Round seven: span boundaries"), reads the parse only, and records its name on
the attribution it changed (``RawAttribution.bounds``, ``"bounds"`` in the extract JSON) so a reader
sees why an edge sits where it does. The steps run after resolution (``pipeline.analyse``): they
move the edges the extract shows, not what resolution read.

- ``content-model``: where a model proposal agreed with a rule attribution (``combine.py`` keeps the
  proposal's content on it), the model's content edges are shown instead of the rule's when a logistic
  regression fitted on PolNeAR's train part (``learned/content_choice.py``) prefers them ('"We will
  rebuild," she said. "It will take years."' as one content of two fragments); never where they would drop
  a fragment the rules read, touch the attribution's cue or source, or take in another attribution's cue.
- ``content-that``: "Most Americans believe that the bailouts are unjust": the complementiser opens
  the content (guidelines, "'That' is not a preposition!"); the rules drop it.
- ``cue-verb-group``: "They have repeatedly called for a cease fire": the cue keeps its verb group,
  the auxiliaries, modals, negation and adverbs before the verb and its particle, adverbs and a
  preposition that opens the content after it (guidelines, "Keep the verb group together").
- ``source-parse``: "The governor accused the council of ...", where the tagger proposed the attribution
  but linked no source: the speaker the parse gives the cue word (its active subject, a passive's agent, a
  noun's possessor, else the speaker of the verb an infinitive, participle or conjoined verb hangs from, or
  the noun a present participle modifies; never a seeming verb's subject, "the court seemed ...", nor the noun a
  past participle modifies, "a developer known as ...", nor the one asked, "Asked about the polls, the mayor
  said": what the act is seen in or done to), as PolNeAR marks one
  wherever the sentence names it; model attributions only, the tagger's and the cue classifier's (the rules chose
  theirs), so nothing resolution or tracing read changes.
- ``content-subject``: "The ballot fight is expected to be costly", "Clinton seemed to gain": a sourceless
  attribution's content opens with the subject its act is done to or seen in (a passive's or a seeming verb's,
  whose complement the content is), as PolNeAR marks what is said of it: "The ballot fight" and "to be costly",
  two fragments around the cue; never an expletive "it", the one asked or told ("was asked whether"), nor the
  subject of a second verb of the cue ("seemed to mock": its speaker).
- ``content-own-sentence``: "The mayor said the pier would reopen. Whether it does or not, the ferry is late.": a
  model attribution with content in its cue's sentence drops the unquoted clauses linking joined from other
  sentences (the writer's words); a quote there continues the speaker's and stays, and so does a noun phrase.
- ``source-apposition``: "Mason Harrison, a campaign spokesman, said": a comma-set apposition that
  identifies the source is part of the source (guidelines, "Include modifiers and subordinate clauses
  that identify the source"); the rules cut it off as the mention's description.
- ``source-subtree``: "Tom Arden, who runs the harbour cafe, said": the source keeps the rest of its
  head's phrase (ages, "of Harwick", conjuncts: "Google and Yahoo", relative clauses), but never a
  time, a preposition, an aside, nor a relative clause that holds another attribution's cue ("Jeremy,
  who supports Sanders, says": two attributions, guidelines, "Include modifiers ...").
- ``source-relative``: "The council met Ada Brenner, who said the pier was unsafe": PolNeAR marks the relative
  pronoun as the source of its clause's cue; the source shows it after the name it stands for ("Ada Brenner, who").
- ``content-continuation``: '"We will rebuild," she said. "It will take years."': a quote that opens
  right after the attribution's sentence, in its paragraph, that no attribution reads and no later
  verb governs, is one more fragment of its content (guidelines, "Content continuations should be
  included in the attribution"); an attribution reported wholly inside that quote ('"We lost," she said. "My
  neighbour told me the council never listened."') does not stop it: it nests under the one quoting it and is
  marked ``content-holds`` (PolNeAR marks the outermost attribution only).
- ``content-quotes``: '"We will rebuild," the mayor said.' and the cue-less quote paragraph after it, which
  the "orphan-quote" rule reads as the same speaker's with the same cue: the quote is shown on the act it
  continues too (the same guideline), and the orphan-quote attribution nests under it as the same act.

After the steps, an attribution that repeats a part of the act another now shows whole (the rules'
"orphan-quote" attribution of a quote the ``content-model`` step joined; one speaker of "X and Y said"
after ``source-subtree``) nests under it as the same speech act (``extraction/speech_acts.py``), whose
chain tracing reads past that parent. Measured and not kept: a cue's adjunct ("said on Friday that"):
annotators split (docs/evaluation.md, "Round seven: span boundaries").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..doc import Document
from ..lang.en.cues import (
    CONTENT_THAT,
    EXPLETIVES,
    PASSIVE_SUBJECT_DEPS,
    QUESTIONED_PARTICIPLE_VERBS,
    SEEMING_VERBS,
    SUBJECT_DEPS,
)
from ..lang.en.marks import CONTINUATION_PAIRS
from .types import RawAttribution, SourceMention

Span = tuple[int, int]

#: Labels a complementiser carries (a parser may call "that" an object; its SCONJ tag still tells).
MARK_DEPRELS = frozenset({"mark"})


def _first_token(doc: Document, pos: int) -> int | None:
    """The first token that starts at or after character ``pos`` (binary search over starts)."""
    toks = doc.tokens
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(toks) else None


def _last_token(doc: Document, pos: int) -> int | None:
    """The last token that ends at or before character ``pos``."""
    toks = doc.tokens
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].end <= pos:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1 if lo > 0 else None


def _blank(text: str, a: int, b: int) -> bool:
    return a <= b and not text[a:b].strip()


def _frame(raw: RawAttribution) -> list[Span]:
    return [raw.cue] + ([(raw.source.start, raw.source.end)] if raw.source else [])


def content_that(doc: Document, raw: RawAttribution, raws: list[RawAttribution]) -> bool:
    """Open the content with the complementiser "that" right before it, when that "that" marks a
    clause inside the content and belongs to no cue or source."""
    if not raw.content:
        return False
    n = min(range(len(raw.content)), key=lambda k: raw.content[k])
    s, e = raw.content[n]
    first = _first_token(doc, s)
    if first is None or first == 0:
        return False
    toks = doc.tokens
    that = toks[first - 1]
    if that.text.lower() != CONTENT_THAT or that.sent != toks[first].sent or not _blank(doc.text, that.end, s):
        return False
    if that.deprel not in MARK_DEPRELS and that.upos != "SCONJ":
        return False
    last = _last_token(doc, e)
    if last is None or not first <= that.head <= last:
        return False
    if any(a <= that.start < b for a, b in _frame(raw)):
        return False
    raw.content[n] = (that.start, e)
    return True


#: Dependents of a cue verb that belong to its verb group before it ("has not yet said") and after it
#: ("pointed out", "said repeatedly").
GROUP_BEFORE = frozenset({"aux", "aux:pass", "advmod", "neg"})
GROUP_AFTER = frozenset({"compound:prt", "advmod"})
GROUP_UPOS = frozenset({"AUX", "PART", "ADV", "ADP"})
#: The relation of an apposition, the punctuation that sets it off.
APPOSITION = "appos"
APPOSITION_OPENERS = frozenset({",", "—", "–"})


def _head(doc: Document, lo: int, hi: int) -> int:
    """The token of [lo, hi) whose head lies outside it (the first such; ``lo`` when none)."""
    toks = doc.tokens
    return next((i for i in range(lo, hi) if not lo <= toks[i].head < hi or toks[i].head == i), lo)


def _free(raw: RawAttribution, a: int, b: int) -> bool:
    """Characters [a, b) touch neither the attribution's source nor its content."""
    taken = [(raw.source.start, raw.source.end)] if raw.source else []
    return not any(s < b and a < e for s, e in [*taken, *raw.content])


def cue_verb_group(doc: Document, raw: RawAttribution, raws: list[RawAttribution]) -> bool:
    """Widen a verbal cue over the adjacent members of its verb group."""
    first, last = _first_token(doc, raw.cue[0]), _last_token(doc, raw.cue[1])
    if first is None or last is None or last < first:
        return False
    toks, text = doc.tokens, doc.text
    h = _head(doc, first, last + 1)
    if toks[h].upos not in ("VERB", "AUX"):
        return False
    lo, hi = first, last
    while lo > 0:
        k = toks[lo - 1]
        if k.sent != toks[h].sent or not _blank(text, k.end, toks[lo].start) or not _free(raw, k.start, k.end):
            break
        if not (k.head == h and k.deprel in GROUP_BEFORE and k.upos in GROUP_UPOS):
            break
        lo -= 1
    starts = sorted(s for s, _ in raw.content)
    while hi + 1 < len(toks):
        k = toks[hi + 1]
        if k.sent != toks[h].sent or not _blank(text, toks[hi].end, k.start) or not _free(raw, k.start, k.end):
            break
        after = toks[hi + 2] if hi + 2 < len(toks) else None
        opens_content = after is not None and after.start in starts and _blank(text, k.end, after.start)
        if k.head == h and k.deprel in GROUP_AFTER and k.upos in GROUP_UPOS:
            hi += 1
        elif k.upos == "ADP" and opens_content:
            hi += 1
        else:
            break
    if (lo, hi) == (first, last):
        return False
    raw.cue = (toks[lo].start, toks[hi].end)
    return True


def _subtree(doc: Document, h: int) -> tuple[int, int]:
    """Token bounds (first, last + 1) of the dependency subtree of ``h`` within its sentence."""
    toks = doc.tokens
    sent = doc.sentences[toks[h].sent]
    lo = hi = h
    for i in range(sent.start_token, sent.end_token):
        j, seen = i, 0
        while j != h and toks[j].head != j and seen < 64:
            j, seen = toks[j].head, seen + 1
        if j == h:
            lo, hi = min(lo, i), max(hi, i)
    return lo, hi + 1


def source_apposition(doc: Document, raw: RawAttribution, raws: list[RawAttribution]) -> bool:
    """Extend the source over a comma-set apposition of its head that follows it (an article-level
    reference, with no content, names each outlet of a list apart: "Sources: A, B")."""
    src = raw.source
    if src is None or not raw.content or not 0 <= src.head < len(doc.tokens):
        return False
    toks = doc.tokens
    sent = doc.sentences[toks[src.head].sent]
    appos = [
        i
        for i in range(sent.start_token, sent.end_token)
        if toks[i].head == src.head and toks[i].deprel == APPOSITION and i != src.head
    ]
    for c in appos:
        lo, hi = _subtree(doc, c)
        if lo < 1 or toks[lo - 1].text not in APPOSITION_OPENERS or toks[lo - 1].start < src.end:
            continue
        if not _blank(doc.text, src.end, toks[lo - 1].start):
            continue
        end = toks[hi - 1].end
        if not _free(raw, src.end, end) or raw.cue[0] < end <= raw.cue[1] or src.end <= raw.cue[0] < end:
            continue
        raw.source = replace(src, text=doc.text[src.start : end], end=end)
        return True
    return False


#: Dependents of a source's head that are no part of the source: its preposition ("by X"), a time
#: ("X on Thursday"), an aside ("X, clearly frustrated", "X, who ...").
SOURCE_OUTSIDE = frozenset(
    {
        "case",
        "obl",
        "obl:tmod",
        "obl:npmod",
        "nmod:tmod",
        "advcl",
        "acl",
        "parataxis",
        "dep",
        "punct",
        "cc",
    }
)


#: The relation of a relative clause ("X, who ...").
RELATIVE_CLAUSE = "acl:relcl"
#: Entity labels of a time ("X on Thursday" is no part of the source X).
TIME_ENTITIES = frozenset({"DATE", "TIME"})


def _members(doc: Document, h: int, outside: frozenset[str]) -> set[int]:
    """``h`` and its descendants in its sentence, less the subtrees of its own children whose relation
    is ``outside`` or who name a time (deeper down, everything stays: "a lawyer in Orlando who ...")."""
    toks = doc.tokens
    sent = doc.sentences[toks[h].sent]
    kids: dict[int, list[int]] = {}
    for i in range(sent.start_token, sent.end_token):
        if toks[i].head != i:
            kids.setdefault(toks[i].head, []).append(i)
    out = {h}
    stack = [c for c in kids.get(h, []) if toks[c].deprel not in outside and toks[c].ent not in TIME_ENTITIES]
    while stack:
        c = stack.pop()
        if c not in out:
            out.add(c)
            stack.extend(kids.get(c, []))
    return out


def _phrase_end(doc: Document, src: SourceMention, outside: frozenset[str]) -> tuple[int, int]:
    """Character bounds of the source's head phrase (less the ``outside`` children), joined to the
    mention's own span."""
    toks = doc.tokens
    members = _members(doc, src.head, outside)
    members |= set(range(_first_token(doc, src.start) or 0, (_last_token(doc, src.end) or 0) + 1))
    lo = hi = src.head
    while lo - 1 in members:
        lo -= 1
    while True:
        k = hi + 1
        while k < len(toks) and toks[k].upos == "PUNCT" and k not in members:
            k += 1
        if k not in members:
            break
        hi = k
    return min(toks[lo].start, src.start), max(toks[hi].end, src.end)


def source_subtree(doc: Document, raw: RawAttribution, raws: list[RawAttribution]) -> bool:
    """Extend the source over the phrase of its head (appositions, ages, conjuncts, relative clauses,
    "those surveyed"), when that phrase touches neither cue nor content; a relative clause that holds
    another attribution's cue is its own attribution ("X, who said ..., added"), not the source's.
    Article-level references (no content) keep their names apart."""
    src = raw.source
    if src is None or not raw.content or not 0 <= src.head < len(doc.tokens):
        return False
    start, end = _phrase_end(doc, src, SOURCE_OUTSIDE)
    if any(start <= r.cue[0] < end for r in raws if r is not raw):
        start, end = _phrase_end(doc, src, SOURCE_OUTSIDE | {RELATIVE_CLAUSE})
    if (start, end) == (src.start, src.end):
        return False
    c0, c1 = raw.cue
    if start < c1 and c0 < end or not _free(raw, start, src.start) or not _free(raw, src.end, end):
        return False
    raw.source = replace(src, text=doc.text[start:end], start=start, end=end)
    return True


#: The tags of a relative pronoun ("who", "which", "that" opening a relative clause).
RELATIVE_PRONOUN_TAGS = frozenset({"WP", "WDT"})


def source_relative(doc: Document, raw: RawAttribution, raws: list[RawAttribution]) -> bool:
    """Extend the source over the relative pronoun that speaks for it when the cue is the verb of that relative
    clause ("the council met Podesta, who said ...": "Podesta, who"): PolNeAR marks the pronoun as the
    cue's source, the reader needs the name it stands for; the source then shows both."""
    src = raw.source
    if src is None or not raw.content or not 0 <= src.head < len(doc.tokens):
        return False
    first, last = _first_token(doc, raw.cue[0]), _last_token(doc, raw.cue[1])
    if first is None or last is None or last < first:
        return False
    toks = doc.tokens
    h = _head(doc, first, last + 1)
    if toks[h].deprel != RELATIVE_CLAUSE or toks[h].head != src.head:
        return False
    who = next(
        (k for k in _kids(doc, h) if toks[k].deprel in SUBJECT_DEPS and toks[k].xpos in RELATIVE_PRONOUN_TAGS), None
    )
    if who is None or toks[who].start < src.end or toks[who].end > raw.cue[0]:
        return False
    if doc.text[src.end : toks[who].start].strip() not in APPOSITION_OPENERS | {""}:
        return False
    end = toks[who].end
    raw.source = replace(src, text=doc.text[src.start : end], end=end)
    return True


#: Relations of a cue word that take their speaker from the word they hang from: an infinitive or
#: participle ("Trump, telling reporters ..."), a conjoined verb ("said ... and added"), an adverbial clause.
SPEAKER_FROM_HEAD = frozenset({"xcomp", "advcl", "conj"})
#: Relations of a participle that modifies its speaker ("the governor, vouching for ..."; a past participle's
#: noun is no speaker: "a developer known as ...").
SPEAKER_MODIFIED = frozenset({"acl"})


def _kids(doc: Document, h: int) -> list[int]:
    sent = doc.sentences[doc.tokens[h].sent]
    return [i for i in range(sent.start_token, sent.end_token) if doc.tokens[i].head == h and i != h]


def _speaker_of(doc: Document, h: int, depth: int = 0) -> int | None:
    """The word the parse gives as the speaker of cue word ``h``: its active subject, the agent of a passive,
    the possessor of a noun ("his insistence"), else the speaker of the word an infinitive, participle,
    conjoined verb or adverbial clause hangs from, or the noun a present participle modifies; None for a
    seeming verb ("the court seemed divided", ``SEEMING_VERBS``), a past participle ("a developer known
    as ..."), whose subject or noun is what the act is seen in or done to, and the past participle of a verb of
    questioning opening an adverbial clause ("Asked about the polls, the mayor said", ``_questioned``)."""
    toks = doc.tokens
    kids = _kids(doc, h)
    rel = {toks[k].deprel: k for k in reversed(kids)}
    if "nsubj" in rel:
        return None if toks[h].lemma.lower() in SEEMING_VERBS else rel["nsubj"]
    if "obl:agent" in rel:
        return rel["obl:agent"]
    if "nmod:poss" in rel and toks[h].upos in ("NOUN", "PROPN"):
        return rel["nmod:poss"]
    if "nsubj:pass" in rel or "csubj" in rel or depth >= 2:
        return None
    up = toks[h].head
    if up == h or _questioned(doc, h):
        return None
    if toks[h].deprel in SPEAKER_FROM_HEAD:
        return _speaker_of(doc, up, depth + 1)
    if toks[h].deprel in SPEAKER_MODIFIED and toks[h].xpos != "VBN" and toks[up].upos in ("NOUN", "PROPN", "PRON"):
        return up  # "the governor, vouching for ...", not "a developer known as ..." (the one it is said of)
    return None


#: The relation of an adverbial clause ("Asked about the polls, the mayor said ...").
ADVERBIAL_CLAUSE = "advcl"


def _questioned(doc: Document, h: int) -> bool:
    """Cue word ``h`` is the past participle of a verb of questioning opening an adverbial clause ("Asked about
    the polls, the mayor said ..."): the speaker of the clause it hangs from is the one asked, not the asker."""
    t = doc.tokens[h]
    return t.xpos == "VBN" and t.deprel == ADVERBIAL_CLAUSE and t.lemma.lower() in QUESTIONED_PARTICIPLE_VERBS


def source_parse(doc: Document, raw: RawAttribution, raws: list[RawAttribution]) -> bool:
    """A model attribution the tagger gave no source takes the speaker the parse gives its cue word
    (``_speaker_of``), as PolNeAR marks one wherever the sentence names it; the later source steps draw
    its edges; a cue classifier's too, whose own choice (a pronoun or a named person, body, group or place) left it
    none ("most economists applaud", "the advertisement contrasts"). Never a phrase that touches a cue or content."""
    if raw.source is not None or raw.by != "model" or not raw.content:
        return False
    first, last = _first_token(doc, raw.cue[0]), _last_token(doc, raw.cue[1])
    if first is None or last is None or last < first:
        return False
    who = _speaker_of(doc, _head(doc, first, last + 1))
    if who is None:
        return False
    t = doc.tokens[who]
    if any(s < t.end and t.start < e for r in raws for s, e in [r.cue, *r.content]):
        return False
    raw.source = SourceMention(who, who + 1, who, t.text, t.start, t.end)
    return True


#: The relation of the complement a raised subject is the subject of ("expected [to win]", "seemed [likely]").
RAISING_COMPLEMENTS = frozenset({"xcomp"})


def _inside(pos: int, spans: list[Span]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _raised_subject(doc: Document, h: int) -> int | None:
    """The subject of cue word ``h`` that its act is done to or seen in: a passive's subject ("the fight is
    expected to ...", "Rubio was asked to ...") or a seeming verb's ("Clinton seemed to ...", ``SEEMING_VERBS``)."""
    toks = doc.tokens
    for k in _kids(doc, h):
        if toks[k].deprel in PASSIVE_SUBJECT_DEPS:
            return k
        if toks[k].deprel in SUBJECT_DEPS and toks[h].lemma.lower() in SEEMING_VERBS:
            return k
    return None


def content_subject(doc: Document, raw: RawAttribution, raws: list[RawAttribution]) -> bool:
    """Open the content with the subject the cue's act is done to or seen in ("The fight is expected to be
    costly": "The fight" and "to be costly"; "Clinton seemed to gain"): PolNeAR marks what is said or thought
    of the subject, the subject with it, as one content of two fragments around the cue. Only a subject that
    stands before the cue, is no source, and touches no attribution's cue, source or content."""
    if raw.parent is not None or not raw.content or raw.source is not None:
        return False
    first, last = _first_token(doc, raw.cue[0]), _last_token(doc, raw.cue[1])
    if first is None or last is None or last < first:
        return False
    h = _head(doc, first, last + 1)
    subj = _raised_subject(doc, h)
    toks = doc.tokens
    if subj is None or toks[subj].text.lower() in EXPLETIVES:
        return False
    if any(toks[i].upos == "VERB" for i in range(first, last + 1) if i != h):
        return False  # "Cruz seemed to mock ...": the subject does the second verb's act (its source)
    if not any(toks[k].deprel in RAISING_COMPLEMENTS and _inside(toks[k].start, raw.content) for k in _kids(doc, h)):
        return False  # "he was asked whether ...": the subject of a passive with a clause or object is its addressee
    lo, hi = _subtree(doc, subj)
    while hi - 1 > lo and toks[hi - 1].upos == "PUNCT":
        hi -= 1
    start, end = toks[lo].start, toks[hi - 1].end
    if end > raw.cue[0] or end > min(s for s, _ in raw.content):
        return False
    for r in raws:
        spans = [r.cue, *r.content] + ([(r.source.start, r.source.end)] if r.source else [])
        if any(s < end and start < e for s, e in spans):
            return False
    raw.content = sorted([(start, end), *raw.content])
    return True


def _paragraph_end(doc: Document, pos: int) -> int:
    """The end of the block (else the line) holding character ``pos``."""
    for b in doc.blocks:
        if b.start <= pos < b.end:
            return b.end
    nl = doc.text.find("\n", pos)
    return len(doc.text) if nl < 0 else nl


#: Characters that may stand between a quote's words and its marks ('"It is over," she said').
QUOTE_EDGE = " ,.!?;:"


def _quoted(text: str, span: Span) -> bool:
    """A quote mark of ``CONTINUATION_PAIRS`` opens or closes the span (past its edge punctuation)."""
    s, e = span
    while s > 0 and text[s - 1] in QUOTE_EDGE:
        s -= 1
    while e < len(text) and text[e] in QUOTE_EDGE:
        e += 1
    marks = {m for pair in CONTINUATION_PAIRS for m in pair}
    return any(text.startswith(m, e) or text[max(0, s - len(m)) : s] == m for m in marks) or any(
        text.startswith(m, span[0]) or text[: span[1]].endswith(m) for m in marks
    )


def _next_opening(text: str, pos: int, end: int) -> int | None:
    """Where the next quote opens after ``pos``, past edge punctuation and one closing mark, when only
    those stand between (a mark followed by a word opens); None otherwise or past ``end``."""
    marks = sorted({m for pair in CONTINUATION_PAIRS for m in pair}, key=len, reverse=True)
    for _ in range(3):
        while pos < end and (text[pos] in QUOTE_EDGE or text[pos].isspace()):
            if text[pos] == "\n":
                return None
            pos += 1
        mark = next((m for m in marks if text.startswith(m, pos)), None)
        if mark is None or pos >= end:
            return None
        if pos + len(mark) < end and text[pos + len(mark)].isalnum():
            return pos
        pos += len(mark)
    return None


def _sentences_of(doc: Document, span: Span) -> tuple[int, int] | None:
    """The sentence indexes of the first and last tokens of ``span``."""
    first, last = _first_token(doc, span[0]), _last_token(doc, span[1])
    if first is None or last is None or last < first:
        return None
    return doc.tokens[first].sent, doc.tokens[last].sent


def _clause(doc: Document, span: Span) -> bool:
    """``span`` holds a clause: a subject and the word it is the subject of (not a noun phrase, which the
    sentence split may have cut off its sentence: "Mr. | Trump", nor a participle's phrase)."""
    first, last = _first_token(doc, span[0]), _last_token(doc, span[1])
    if first is None or last is None:
        return False
    toks = doc.tokens
    return any(
        toks[i].deprel in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS and first <= toks[i].head <= last
        for i in range(first, last + 1)
    )


def content_own_sentence(doc: Document, raw: RawAttribution, raws: list[RawAttribution]) -> bool:
    """A model attribution whose content has a fragment in its cue's sentence drops the unquoted clauses the
    tagger's linking joined from other sentences ("Trump said the plan would fail. Whether it passes or not, the
    vote is close."): an unquoted clause of another sentence is the writer's, not the speaker's (a quote there is
    a continuation, guidelines "Content continuations should be included", and stays)."""
    if raw.by != "model" or raw.parent is not None or len(raw.content) < 2:
        return False
    cue = _sentences_of(doc, raw.cue)
    if cue is None:
        return False
    own: list[Span] = []
    other: list[Span] = []
    for frag in raw.content:
        sents = _sentences_of(doc, frag)
        (own if sents is not None and sents[0] <= cue[0] <= sents[1] else other).append(frag)
    keep = own + [f for f in other if _quoted(doc.text, f) or not _clause(doc, f)]
    if not own or len(keep) == len(raw.content):
        return False
    raw.content = sorted(keep)
    return True


def content_continuation(doc: Document, raw: RawAttribution, raws: list[RawAttribution]) -> bool:
    """Join to a quoted attribution the quote that opens the next sentence of its paragraph and that no
    attribution reads ('"We will rebuild," she said. "It will take years."'), as one more fragment."""
    if raw.parent is not None or not raw.content or not doc.sentences:
        return False
    if not (raw.direct or any(_quoted(doc.text, c) for c in raw.content)):
        return False
    text = doc.text
    last = max([raw.cue[1], *(e for _, e in raw.content), raw.source.end if raw.source else 0])
    para_end = _paragraph_end(doc, last - 1)
    joined = False
    while (frag := _quote_after(text, last, para_end)) is not None and not _governed(doc, frag):
        held = _held(raws, frag)
        if _read([r for n, r in enumerate(raws) if n not in held], frag):
            break
        raw.content = sorted([*raw.content, frag])
        joined, last = True, frag[1]
        me = next(n for n, r in enumerate(raws) if r is raw)
        _nest_held(raws, held, me)
    return joined


#: The name an attribution reported inside a quote carries once ``content-continuation`` joined that quote to another
#: attribution's content and it nests under that one ('"It is over," she said. "My neighbour told me we lost."'):
#: PolNeAR marks the outermost attribution only.
CONTENT_HOLDS = "content-holds"


def _nest_held(raws: list[RawAttribution], held: set[int], me: int) -> None:
    for n in sorted(held):
        if raws[n].parent is None:
            raws[n].parent = me
            raws[n].bounds.append(CONTENT_HOLDS)


def _held(raws: list[RawAttribution], frag: Span) -> set[int]:
    """The attributions reported inside the quote ``frag``: every span of theirs (cue, content, source) lies in it,
    and they are outermost or nested under one another there ('"I think we lost," he said' inside the quote)."""
    s, e = frag
    inside = {n for n, r in enumerate(raws) if all(s <= a and b <= e for a, b in [*_frame(r), *r.content])}
    return {n for n in inside if raws[n].parent is None or raws[n].parent in inside}


#: Marks that end a quoted sentence.
SENTENCE_FINAL = frozenset(".?!")


def _sentence_end(text: str, pos: int, para_end: int) -> int:
    """Past the rest of the sentence after ``pos`` when it holds no quote mark ("said on Monday."):
    the position of its final mark; ``pos`` itself otherwise."""
    marks = {m[0] for pair in CONTINUATION_PAIRS for m in pair}
    for i in range(pos, para_end):
        if text[i] in SENTENCE_FINAL:
            return i
        if text[i] in marks:
            return pos
    return pos


def _quote_after(text: str, pos: int, para_end: int) -> Span | None:
    """The quote that opens right after the sentence that ends after ``pos`` (``_next_opening``), to its
    closing mark, else to the end of the paragraph (a quote that runs on into the next paragraph closes
    nowhere in this one)."""
    start = _next_opening(text, _sentence_end(text, pos, para_end), para_end)
    if start is None:
        return None
    for opener, closer in CONTINUATION_PAIRS:
        if text.startswith(opener, start):
            close = text.find(closer, start + len(opener), para_end)
            end = close + len(closer) if close >= 0 else para_end
            while end > start and text[end - 1].isspace():
                end -= 1
            return (start, end)
    return None


def _governed(doc: Document, frag: Span) -> bool:
    """A verb after the quote governs it ('"It is too short," her neighbour replied'): another's quote,
    whether or not an attribution reads it."""
    toks = doc.tokens
    lo, hi = _first_token(doc, frag[0]), _last_token(doc, frag[1])
    if lo is None or hi is None:
        return False
    return any(
        toks[t].head > hi and toks[toks[t].head].upos in ("VERB", "AUX") for t in range(lo, hi + 1) if toks[t].head != t
    )


def _read(raws: list[RawAttribution], frag: Span) -> bool:
    """Some attribution's cue, content or source touches ``frag``."""
    for r in raws:
        spans = [r.cue, *r.content] + ([(r.source.start, r.source.end)] if r.source else [])
        if any(s < frag[1] and frag[0] < e for s, e in spans):
            return True
    return False


def model_content_fits(raw: RawAttribution, raws: list[RawAttribution]) -> bool:
    """The model's content may stand in for an outermost rule attribution's: it differs, touches neither
    the attribution's cue nor its source, keeps a part of every fragment of the rule's content, still holds
    the cue of every attribution nested under it, and
    takes in no other attribution's cue that the rule's content left out."""
    new, old = raw.model_content, raw.content
    if raw.parent is None and new and old and sorted(new) != sorted(old) and _free_of_frame(raw, new):
        if not all(_spans_cross([f], new) for f in old):  # a quote the rules read stays shown
            return False
        me = next((n for n, r in enumerate(raws) if r is raw), None)
        for r in raws:
            if r is raw:
                continue
            inside_new = any(s <= r.cue[0] < e for s, e in new)
            if r.parent is not None and r.parent == me and not inside_new:
                return False
            if inside_new and not any(s <= r.cue[0] < e for s, e in old):
                return False
        return True
    return False


def _spans_cross(a: list[Span], b: list[Span]) -> bool:
    return any(s < f and e0 < e for s, e in a for e0, f in b)


def _free_of_frame(raw: RawAttribution, spans: list[Span]) -> bool:
    return not any(s < b and a < e for s, e in spans for a, b in _frame(raw))


def content_model(doc: Document, raw: RawAttribution, raws: list[RawAttribution]) -> bool:
    """Show the content of the model proposal that agreed with a rule attribution instead of the rule's,
    where the learned choice (``learned/content_choice.py``) says the model's edges are the likelier
    PolNeAR's ('"We will rebuild," she said. "It will take years."' as one content of two fragments)."""
    from ..learned.content_choice import features, score

    if not model_content_fits(raw, raws):
        return False
    x = features(doc, raw.rule, raw.direct, raw.cue, raw.content, raw.model_content)
    if score(x) <= 0:
        return False
    raw.content = sorted(raw.model_content)
    return True


#: The rule that reads a cue-less quote paragraph as its previous sentence's speaker's (``extraction/quotes.py``).
ORPHAN_QUOTE_RULE = "orphan-quote"


def _speaker_span(raw: RawAttribution) -> tuple[Span | None, list[Span]]:
    return ((raw.source.start, raw.source.end) if raw.source else None), [(v.start, v.end) for v in raw.via]


def content_quotes(doc: Document, raw: RawAttribution, raws: list[RawAttribution]) -> bool:
    """Show on an outermost attribution the quotes the rules read as its own act's next quotes: the
    "orphan-quote" attributions of its cue and speaker ('"We will rebuild," she said.' and the quote
    paragraph after it), whose content it does not show yet (guidelines, "Content continuations should be
    included in the attribution"); they then nest under it as the same act (``extraction/speech_acts.py``)."""
    if raw.parent is not None or not raw.content or raw.rule == ORPHAN_QUOTE_RULE:
        return False
    mine = _speaker_span(raw)
    shown = {i for s, e in raw.content for i in range(s, e)}
    added = [
        c
        for r in raws
        if r is not raw and r.parent is None and r.rule == ORPHAN_QUOTE_RULE and r.cue == raw.cue
        if _speaker_span(r) == mine
        for c in r.content
        if not all(i in shown for i in range(*c))
    ]
    if not added:
        return False
    raw.content = sorted({*raw.content, *added})
    return True


#: The steps in the order they run; each reads the attribution and the article's others and says
#: whether it changed the attribution.
STEPS: dict[str, Callable[[Document, RawAttribution, list[RawAttribution]], bool]] = {
    "content-model": content_model,
    "content-that": content_that,
    "cue-verb-group": cue_verb_group,
    "source-parse": source_parse,
    "content-subject": content_subject,
    "content-own-sentence": content_own_sentence,
    "source-apposition": source_apposition,
    "source-subtree": source_subtree,
    "source-relative": source_relative,
    "content-continuation": content_continuation,
    "content-quotes": content_quotes,
}


def conform(doc: Document, raws: list[RawAttribution], steps: tuple[str, ...] | None = None) -> None:
    """Run the boundary steps (all, or the named ones) over the article's attributions, in place."""
    for name, step in STEPS.items():
        if steps is not None and name not in steps:
            continue
        for raw in raws:
            if step(doc, raw, raws):
                raw.bounds.append(name)
