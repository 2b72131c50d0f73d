"""Extraction: attribution relations (source, cue, content) over one parsed article.

``extract_attributions(doc)`` is pure and deterministic. It runs one small
rule per form over each parsed sentence (see the modules), then:

1. attaches direct quotes (quotes.py), drops the quoted speaker's own
   thoughts inside them ("“We expect ...”"), attaches colon content (colon.py), runs
   sentence-opening frames on over a next sentence that continues them by a
   pronoun (continuation.py), and gives cue-less quote paragraphs the speaker
   of the sentence before them;
2. nests: an attribution whose cue lies inside another one's content is its
   child (``parent``), so "according to Yonhap, the NIS confirmed that X" gives
   Yonhap -> NIS; forms that name their parent ("citing", "through") keep it;
3. expands coordinated sources into parallel attributions (same cue/content);
4. sorts by position.

Kinds: "direct-quote", "reported-speech", "according-to", "citing",
"reported-by", "told", "passive-agent", "through", "colon-list",
"collective", "vague-report", "article-reference".
"""

from __future__ import annotations

from ..article import Note
from ..doc import Document
from ..kinds import AttributionKind
from ..lang.en.cues import CITE_LEMMAS, MEDIA_CHANNEL_NOUNS, PRESS_REPORT_VERBS
from .context import Cand, DocContext
from .hedges import hedges_for
from .quotes import scan_quotes
from .ruleset import POST_RULES, SENTENCE_RULES, article_candidates, sentence_candidates
from .types import RawAttribution, SourceMention

__all__ = ["POST_RULES", "SENTENCE_RULES", "RawAttribution", "SourceMention", "extract_attributions"]

#: How far (in sentences) a parent's cue may lie from its child's cue: content
#: can run across sentences (a multi-sentence quote attributed at its end), so
#: parents are looked up in a small window instead of the whole article.
NEST_WINDOW_BEFORE = 3
NEST_WINDOW_AFTER = 8
#: Kinds that may legitimately have no content (they cover the whole article).
CONTENTLESS_KINDS = frozenset({AttributionKind.ARTICLE_REFERENCE})


def _contains(spans: list[tuple[int, int]], pos: int) -> int | None:
    """Length of the smallest span holding ``pos`` (None when none does)."""
    best = None
    for s, e in spans:
        if s <= pos < e and (best is None or e - s < best):
            best = e - s
    return best


def _innermost_holder(c: Cand, by_sentence: dict[int, list[Cand]]) -> Cand | None:
    """The attribution nearby with the smallest content span holding ``c``'s cue (not one it holds)."""
    best: tuple[int, int] | None = None
    chosen: Cand | None = None
    window = range(c.sentence - NEST_WINDOW_BEFORE, c.sentence + NEST_WINDOW_AFTER + 1)
    for p in (p for s in window for p in by_sentence.get(s, ())):
        if p is c or p.kind == AttributionKind.ARTICLE_REFERENCE or p.cue == c.cue:
            continue
        size = _contains(p.content, c.cue[0])
        if size is None or _contains(c.content, p.cue[0]) is not None or _is_ancestor(c, p):
            continue
        if _speaks_from_outside(c, p):
            continue
        key = (size, -p.cue[0])
        if best is None or key < best:
            best, chosen = key, p
    return chosen


def _speaks_from_outside(c: Cand, p: Cand) -> bool:
    """``c``'s speaker is named before ``p``'s whole frame and content, in the clause that holds them ("Judge X
    closed the hearing after rejecting Y's claim that Z [...] and accusing him of ..."): ``p`` does not report
    who spoke through ``c``, so ``c`` is not nested under it."""
    if not c.sources or not p.content:
        return False
    first = min([s for s, _e in p.content] + ([p.frame[0]] if p.frame != (0, 0) else []) + [p.cue[0]])
    return all(m.end <= first for m in c.sources) and c.sentence == p.sentence


def _through_citers(c: Cand, chosen: Cand | None, cited: dict[int, list[Cand]]) -> Cand | None:
    """ "Reuters reported, citing the ministry, that an officer had said ...": the cited source shares
    its citer's content and sits between the citer and what that content reports."""
    while chosen is not None:
        deeper = [p for p in cited.get(id(chosen), ()) if p.content == chosen.content and p is not c]
        if not deeper or _is_ancestor(c, deeper[0]):
            break
        chosen = deeper[0]
    return chosen


#: The step a frame records when the frame right after it relays it (rule ``stacked-frames``).
STACKED_FRAMES_STEP = "stacked-frames"
#: What may stand between two stacked frames: the comma or dash that sets the second off.
_FRAME_GAP = " \t,\u2014\u2013"


def _closes_frame(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Frame ``second`` follows frame ``first`` with only a comma or dash between, or closes it (the parser may hang
    ", according to Tass" on the first frame's verb, so that the first frame's span runs over the second)."""
    if second[0] >= first[1]:
        return not text[first[1] : second[0]].strip(_FRAME_GAP)
    return first[0] < second[0] and second[1] == first[1]


def _stacked_frames(text: str, cands: list[Cand]) -> None:
    """Two frames closing one sentence, one right after the other, over the same words (rule ``stacked-frames``):
    in "The permit was temporary, the police chief said, the Daily Herald reported." the paper reported what the
    chief said; the first frame goes under the second (the chain is paper > chief), as "The chief said the permit
    was temporary, the Daily Herald reported" nests by its content. Whatever the first took of the second frame
    (a parser may hang "the Daily Herald reported" inside the chief's clause) is no part of what the chief said."""
    for c in cands:
        if c.parent is not None or c.explicit_parent or not c.content or c.frame == (0, 0):
            continue
        first = min(s for s, _e in c.content)
        if first >= c.frame[0]:
            continue  # the words come before the frame, as a closing frame's do
        for p in cands:
            if (
                p is not c
                and p.sentence == c.sentence
                and p.content
                and min(s for s, _e in p.content) == first
                and p.cue[0] > c.cue[1]
                and _closes_frame(text, c.frame, p.frame)
                and not _is_ancestor(c, p)
            ):
                c.content = [(s, e) for s, e in c.content if s < p.frame[0]]
                c.parent = p
                c.steps.append(STACKED_FRAMES_STEP)
                break


#: The step of a closing source the press report before it relays (rule ``report-relays-its-closing-source``).
REPORT_RELAYS_STEP = "report-relays-its-closing-source"


def _closing_source(doc: Document, p: Cand) -> bool:
    """``p`` names who spoke in a frame closing its sentence: "..., according to X." or "..., X was quoted as
    saying." (its cue hangs on a passive "quoted")."""
    if p.kind == AttributionKind.ACCORDING_TO:
        return True
    toks = doc.tokens
    head = toks[toks[p.cue_tok].head]
    return head.lemma.lower() in CITE_LEMMAS and head.xpos == "VBN"


def _names_a_medium(doc: Document, head: int) -> bool:
    """The reporter may be the press: a name ("Radio Sava", "The Herald") or a medium noun ("the newspaper")."""
    t = doc.tokens[head]
    return t.upos == "PROPN" or t.lemma.lower() in MEDIA_CHANNEL_NOUNS


def _report_relays_closing_source(doc: Document, cands: list[Cand]) -> None:
    """ "Radio Sava reports X, according to Tom Berg." / "The Herald reported that X, officials were quoted as
    saying.": the press report opening the sentence relays the source its closing frame names (rule
    ``report-relays-its-closing-source``): the source goes under the report, with the report's words (what the
    content nesting gives the other way round, or not at all when each holds the other's cue)."""
    text, toks = doc.text, doc.tokens
    for c in cands:
        if not c.sources or toks[c.cue_tok].lemma.lower() not in PRESS_REPORT_VERBS or not c.content:
            continue
        if not all(_names_a_medium(doc, m.head) for m in c.sources):
            continue  # "at least 14 people have reported injuries, according to X": people are no press
        for p in cands:
            if (
                p is c
                or p.sentence != c.sentence
                or not p.sources
                or p.cue[0] <= c.cue[1]
                or p.frame[0] <= min(s for s, _e in c.content)
                or not any(s <= c.cue[0] < e for s, e in p.content)
                or not _closing_source(doc, p)
                or (p.parent is not None and p.parent is not c)
            ):
                continue
            words = []
            for s, e in c.content:
                e = min(e, p.frame[0])
                while e > s and text[e - 1] in _FRAME_GAP:
                    e -= 1
                if e > s:
                    words.append((s, e))
            if not words:
                continue
            c.content, p.content = words, list(words)
            if c.parent is p:
                c.parent = None
            p.parent = c
            p.steps.append(REPORT_RELAYS_STEP)
            break


def _nest(cands: list[Cand], text: str = "", doc: Document | None = None) -> None:
    """Parent = the attribution with the smallest content span holding this cue."""
    by_sentence: dict[int, list[Cand]] = {}
    cited: dict[int, list[Cand]] = {}  # id(parent) -> the cands that name it as their parent
    for c in cands:
        by_sentence.setdefault(c.sentence, []).append(c)
        if c.explicit_parent and c.parent is not None:
            cited.setdefault(id(c.parent), []).append(c)
    for c in cands:
        if c.explicit_parent or c.kind == AttributionKind.ARTICLE_REFERENCE:
            continue
        c.parent = _through_citers(c, _innermost_holder(c, by_sentence), cited)
    _stacked_frames(text, cands)
    if doc is not None:
        _report_relays_closing_source(doc, cands)
    # content inherited from the parent ("through" with no clause of its own)
    for c in cands:
        if not c.content and c.kind == AttributionKind.THROUGH and c.parent is not None:
            c.content = list(c.parent.content)


def _is_ancestor(c: Cand, p: Cand) -> bool:
    seen = 0
    q = p.parent
    while q is not None and seen < 64:
        if q is c:
            return True
        q = q.parent
        seen += 1
    return False


def _dedupe(cands: list[Cand]) -> list[Cand]:
    out: list[Cand] = []
    seen: set[tuple[object, ...]] = set()
    for c in cands:
        key = (
            c.cue,
            c.kind == AttributionKind.THROUGH,
            tuple(c.content),
            tuple((m.start, m.end) for m in c.sources),
            c.sentence,
        )
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out


def extract_attributions(doc: Document) -> tuple[list[RawAttribution], list[Note]]:
    """All attribution relations of one parsed article, sorted by position, plus diagnostics."""
    ctx = DocContext(doc)
    quotes, notes = scan_quotes(doc.text, ctx.paragraphs)
    cands: list[Cand] = []
    for s in range(len(doc.sentences)):
        cands += sentence_candidates(ctx, s)
    cands = article_candidates(ctx, cands, quotes)
    raws = _raws(ctx, _settle(cands, doc))
    # the article's final list of attributions: a step that merges other extractors' output goes here
    notes.sort(key=lambda x: (x.start if x.start is not None else -1, x.code))
    return raws, notes


def _settle(cands: list[Cand], doc: Document) -> list[Cand]:
    """Nested, without the contentless and the duplicates, sorted by position."""
    _nest(cands, doc.text, doc)
    cands = [c for c in cands if c.content or c.kind in CONTENTLESS_KINDS]
    cands = _dedupe(cands)
    # parents dropped above (no content) cannot be referenced
    alive = {id(c) for c in cands}
    for c in cands:
        while c.parent is not None and id(c.parent) not in alive:
            c.parent = c.parent.parent
    cands.sort(key=lambda c: (c.sentence, c.cue[0], c.cue[1], c.kind, c.sources[0].start if c.sources else -1))
    return cands


def _raws(ctx: DocContext, cands: list[Cand]) -> list[RawAttribution]:
    """One relation per source of each candidate (coordinated sources share cue and content)."""
    first_index: dict[int, int] = {}
    raws: list[RawAttribution] = []
    pending_parent: list[tuple[int, Cand]] = []
    for c in cands:
        hedges = hedges_for(ctx, c)
        first_index[id(c)] = len(raws)
        mentions: list[SourceMention | None] = list(c.sources) if c.sources else [None]
        for m in mentions:
            raw = RawAttribution(
                kind=c.kind,
                source=m,
                cue=c.cue,
                content=sorted(c.content),
                sentence=c.sentence,
                via=list(c.via),
                hedges=list(hedges),
                direct=c.direct,
                rule=c.rule,
                steps=list(c.steps),
            )
            if c.parent is not None:
                pending_parent.append((len(raws), c.parent))
            raws.append(raw)
    for n, p in pending_parent:
        raws[n].parent = first_index.get(id(p))
    return raws
