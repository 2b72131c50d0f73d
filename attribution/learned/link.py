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

Span = tuple[int, int]


@dataclass(slots=True)
class Proposal:
    """One attribution proposed by the model (character offsets into the article text)."""

    source: Span | None
    cue: Span
    content: list[Span] = field(default_factory=list)
    act: str = "speech"


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
    spans: list[tuple[int, int, str]], sents: list[Span], mode: str = "sentence"
) -> list[tuple[Span | None, Span, list[Span]]]:
    """Join one paragraph's (start, end, label) spans into (source, cue, contents) triples."""
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
        if contents[c]:
            src = sources[c]
            out.append((src[1] if src else None, c, sorted(contents[c])))
    return out


# -- acts ---------------------------------------------------------------------------------------
_ACT_WORDS = {
    "writing": "wrote write writes writing written tweet tweets tweeted tweeting posted post posts emailed email "
    "texted letter memo op-ed column essay blog wrote.",
    "document": "poll polls polling survey surveys data study studies report reports documents document records "
    "filing filings figures statistics census analysis show shows showed shown indicate indicates indicated "
    "according",
    "belief": "believe believes believed think thinks thought feel feels felt convinced suspect suspects "
    "suspected assume assumes know knows knew expect expects expected doubt doubts doubted fear fears feared "
    "worry worries worried consider considers considered view views sees saw hope hopes hoped realize "
    "realized understand understands understood concluded",
    "intention": "want wants wanted plan plans planned intend intends intended aim aims aimed seek seeks sought "
    "declined decline declines refused refuse refuses ordered order orders demanding "
    "vow vows vowed promise promises promised pledge pledges pledged threaten threatens threatened urge urges "
    "urged demand demands demanded push pushes pushed call calls called proposed propose proposes",
    "evaluation": "criticized criticize criticizes praised praise praises mocked mock mocks slammed slam slams "
    "blasted blast blasts attacked attack attacks denounced denounce condemned condemn condemns accused "
    "accuse accuses defended defend defends applauded applaud welcomed welcome lambasted ridiculed blamed "
    "blame blames dismissed dismiss dismisses hailed hail rejected reject rejects questioned disputed "
    "critique critiques criticism",
}
_ACT_OF = {w: act for act, words in _ACT_WORDS.items() for w in words.split()}
_DOC_SOURCES = frozenset(
    "poll polls survey surveys data study studies report reports document documents records filing filings "
    "figures statistics census analysis statement statements release memo letter court papers paper sheets "
    "files file emails email minutes spreadsheet spreadsheets transcript transcripts documents".split()
)
_WORD = re.compile(r"[a-z][a-z'-]*")


def act_of(cue: str, source: str | None = None) -> str:
    """What kind of act a cue reports: speech | writing | document | belief | intention | evaluation.

    A cue word decides (the first one that names a kind: "tweeted" writing, "believes" belief,
    "wants" intention, "mocked" evaluation); a source that is a document ("a poll shows", "the
    report said") makes it a document; anything else is speech ("said", "told", "added").
    """
    words = _WORD.findall(cue.lower())
    src = _WORD.findall((source or "").lower())
    if src and src[-1] in _DOC_SOURCES:
        return "document"
    for w in words:
        act = _ACT_OF.get(w)
        if act == "document" and w == "according":
            continue
        if act:
            return act
    return "speech"
