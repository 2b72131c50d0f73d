"""From tagged spans to attributions: the model's structural linking step, and the act of each one.

The tagger marks Source, Cue and Content spans (PolNeAR's roles) in each paragraph; linking joins
them: every content span goes to the nearest cue of its paragraph (a cue in the same sentence
first), every source to the nearest cue of its sentence that has none yet. A cue left with no
content is dropped (an attribution reports something). Linking modes are compared in
docs/evaluation.md ("sentence": same-sentence cues first; "nearest": distance alone).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lang.en.acts import ACT_WORDS, DOCUMENT_SOURCE_WORDS
from ..lang.en.cues import ACCORDING

Span = tuple[int, int]


@dataclass(slots=True)
class Proposal:
    """One attribution proposed by the model (character offsets into the article text)."""

    source: Span | None
    cue: Span
    content: list[Span] = field(default_factory=list)
    act: str = "speech"
    #: the cue classifier proposed it (``learned.cue_classifier``), not the span tagger
    classifier_cue: bool = False


def _gap(a: Span, b: Span) -> int:
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


def _sent_of(pos: int, sents: list[Span]) -> int:
    for n, (s, e) in enumerate(sents):
        if s <= pos < e:
            return n
    return -1


def link(
    spans: list[tuple[int, int, str]], sents: list[Span], mode: str = "sentence", bare: bool = False
) -> list[tuple[Span | None, Span, list[Span]]]:
    """Join one paragraph's (start, end, label) spans into (source, cue, contents) triples; ``bare``:
    a cue no content joined comes too, with no content (the parse may find it one)."""
    cues = sorted((s, e) for s, e, lab in spans if lab == "CUE")
    if not cues:
        return []
    contents: dict[Span, list[Span]] = {c: [] for c in cues}
    sources: dict[Span, tuple[int, Span] | None] = {c: None for c in cues}
    cue_sent = {c: _sent_of(c[0], sents) for c in cues}
    for s, e, lab in sorted(spans):
        if lab not in ("CONTENT", "SOURCE"):
            continue
        here = _sent_of(s, sents)
        pool = cues
        if lab == "SOURCE" or mode == "sentence":
            same = [c for c in cues if cue_sent[c] == here or _sent_of(e - 1, sents) == cue_sent[c]]
            pool = same or (cues if lab == "CONTENT" else [])
        if lab == "SOURCE":
            pool = [c for c in pool if sources[c] is None or _gap((s, e), c) < sources[c][0]]  # type: ignore[index]
        if not pool:
            continue
        best = min(pool, key=lambda c: (_gap((s, e), c), c[0]))
        if lab == "CONTENT":
            contents[best].append((s, e))
        else:
            sources[best] = (_gap((s, e), best), (s, e))
    out = []
    for c in cues:
        if contents[c] or bare:
            src = sources[c]
            out.append((src[1] if src else None, c, sorted(contents[c])))
    return out


_ACT_OF = {w: act for act, words in ACT_WORDS.items() for w in words.split()}
_WORD = re.compile(r"[a-z][a-z'-]*")


def act_of(cue: str, source: str | None = None) -> str:
    """What kind of act a cue reports: speech | writing | document | belief | intention | evaluation.

    A cue word decides (the first one that names a kind: "tweeted" writing, "believes" belief,
    "wants" intention, "mocked" evaluation); a source that is a document ("a poll shows", "the
    report said") makes it a document; anything else is speech ("said", "told", "added").
    """
    words = _WORD.findall(cue.lower())
    src = _WORD.findall((source or "").lower())
    if src and src[-1] in DOCUMENT_SOURCE_WORDS:
        return "document"
    for w in words:
        act = _ACT_OF.get(w)
        if act == "document" and w == ACCORDING:
            continue
        if act:
            return act
    return "speech"
