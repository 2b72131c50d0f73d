"""Per-document and per-sentence indexes that every rule reads.

Built once per article in O(tokens): children lists and subtree bounds per
sentence, the entity each token belongs to, paragraph regions, and a
character-to-token lookup. Rules never rescan the document.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..doc import PARSED_BLOCK_KINDS, Document, Token
from ..lang.en import marks
from .types import SourceMention

#: Characters trimmed from the edges of content spans: separators that belong
#: to the attribution frame, not to the reported words.
EDGE_TRIM = " \t\r\n,;:—–-"
OPEN_QUOTES = marks.OPENING_DOUBLES + marks.STRAIGHT_DOUBLE
CLOSE_QUOTES = marks.CLOSING_DOUBLES + marks.STRAIGHT_DOUBLE


@dataclass(slots=True)
class Cand:
    """An attribution under construction (one relation; sources may be coordinated)."""

    kind: str
    sources: list[SourceMention]
    cue: tuple[int, int]
    cue_tok: int
    content: list[tuple[int, int]]
    sentence: int
    via: list[SourceMention] = field(default_factory=list)
    direct: bool = False
    parent: Cand | None = None
    #: tokens heading the content clause(s): used to match quotes
    heads: list[int] = field(default_factory=list)
    #: the parent was set by the form itself ("citing" under "according to")
    explicit_parent: bool = False
    #: character span of the whole attribution frame (source + cue + modifiers)
    frame: tuple[int, int] = (0, 0)
    #: the name of the rule that produced it (set by the rule set that ran the rule)
    rule: str = ""
    #: the named steps inside the rule that decided a part of it ("stance" for the content form,
    #: "stranded_conjunct_subject" for the speaker, "colon-quote" for the quote), in the order they ran
    steps: list[str] = field(default_factory=list)


class SentTree:
    """Children lists and subtree bounds for one sentence (token indices are document-level)."""

    __slots__ = ("doc", "index", "lo", "hi", "_kids", "_bounds")

    def __init__(self, doc: Document, index: int) -> None:
        sent = doc.sentences[index]
        self.doc = doc
        self.index = index
        self.lo = sent.start_token
        self.hi = sent.end_token
        kids: list[list[int]] = [[] for _ in range(self.hi - self.lo)]
        for t in doc.tokens[self.lo : self.hi]:
            if t.head != t.i and self.lo <= t.head < self.hi:
                kids[t.head - self.lo].append(t.i)
        self._kids = kids
        self._bounds: list[tuple[int, int]] | None = None

    # -- navigation ------------------------------------------------------------
    def tok(self, i: int) -> Token:
        return self.doc.tokens[i]

    def children(self, i: int) -> list[int]:
        return self._kids[i - self.lo]

    def kids(self, i: int, deps: frozenset[str] | set[str] | tuple[str, ...]) -> list[int]:
        toks = self.doc.tokens
        return [c for c in self._kids[i - self.lo] if toks[c].deprel in deps]

    def kid(self, i: int, deps: frozenset[str] | set[str] | tuple[str, ...]) -> int | None:
        for c in self._kids[i - self.lo]:
            if self.doc.tokens[c].deprel in deps:
                return c
        return None

    def head(self, i: int) -> int | None:
        h = self.doc.tokens[i].head
        return None if h == i or not (self.lo <= h < self.hi) else h

    def ancestors(self, i: int) -> list[int]:
        out: list[int] = []
        h = self.head(i)
        while h is not None and h not in out:
            out.append(h)
            h = self.head(h)
        return out

    def bounds(self, i: int) -> tuple[int, int]:
        """Token bounds (start, end-exclusive) of the subtree of ``i``."""
        if self._bounds is None:
            self._bounds = self._all_bounds()
        return self._bounds[i - self.lo]

    def _all_bounds(self) -> list[tuple[int, int]]:
        n = self.hi - self.lo
        lo_b = list(range(self.lo, self.hi))
        hi_b = [i + 1 for i in range(self.lo, self.hi)]
        # iterative post-order over every root of the sentence
        order: list[int] = []
        roots = [i for i in range(self.lo, self.hi) if self.head(i) is None]
        seen = [False] * n
        stack = list(roots)
        while stack:
            i = stack.pop()
            if seen[i - self.lo]:
                continue
            seen[i - self.lo] = True
            order.append(i)
            stack.extend(self._kids[i - self.lo])
        for i in reversed(order):
            for c in self._kids[i - self.lo]:
                k, j = c - self.lo, i - self.lo
                lo_b[j] = min(lo_b[j], lo_b[k])
                hi_b[j] = max(hi_b[j], hi_b[k])
        return list(zip(lo_b, hi_b, strict=True))

    def members(self, heads: list[int], stop: set[int] | None = None) -> set[int]:
        """Tokens dominated by ``heads``, not descending into ``stop`` tokens."""
        out: set[int] = set()
        stack = [h for h in heads if not stop or h not in stop]
        while stack:
            i = stack.pop()
            if i in out:
                continue
            out.add(i)
            for c in self._kids[i - self.lo]:
                if not stop or c not in stop:
                    stack.append(c)
        return out


class DocContext:
    """Indexes over one Document, built once per article."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.trees = [SentTree(doc, s) for s in range(len(doc.sentences))]
        self.tok_starts = [t.start for t in doc.tokens]
        self.sent_starts = [s.start for s in doc.sentences]
        ent_of = [-1] * len(doc.tokens)
        for k, e in enumerate(doc.entities):
            for i in range(e.start_token, min(e.end_token, len(ent_of))):
                ent_of[i] = k
        self.ent_of = ent_of
        self.paragraphs = paragraphs(doc)

    # -- lookups ----------------------------------------------------------------
    def token_at(self, char: int) -> int | None:
        """Index of the token covering (or starting after) character ``char``."""
        k = bisect_right(self.tok_starts, char) - 1
        if k >= 0 and self.doc.tokens[k].end > char:
            return k
        k += 1
        return k if k < len(self.doc.tokens) else None

    def tokens_in(self, start: int, end: int) -> tuple[int, int]:
        """Token range (a, b) of tokens starting inside [start, end)."""
        a = bisect_left(self.tok_starts, start)
        b = bisect_left(self.tok_starts, end)
        return a, b

    def sentence_at(self, char: int) -> int:
        return max(0, bisect_right(self.sent_starts, char) - 1)

    def same_entity(self, a: int, b: int) -> bool:
        return self.ent_of[a] >= 0 and self.ent_of[a] == self.ent_of[b]

    # -- spans ------------------------------------------------------------------
    def runs(self, members: set[int], *, merge_punct: bool = True) -> list[tuple[int, int]]:
        """Contiguous token runs (start, end-exclusive), merged across punctuation-only gaps."""
        if not members:
            return []
        toks = self.doc.tokens
        idx = sorted(members)
        runs: list[list[int]] = [[idx[0], idx[0] + 1]]
        for i in idx[1:]:
            last = runs[-1]
            if i == last[1]:
                last[1] = i + 1
            elif merge_punct and all(toks[j].upos == "PUNCT" and toks[j].text not in "—–" for j in range(last[1], i)):
                last[1] = i + 1
            else:
                runs.append([i, i + 1])
        out = []
        for a, b in runs:
            if any(toks[j].upos not in ("PUNCT", "SYM") for j in range(a, b)):
                out.append((a, b))
        return out

    def char_span(self, a: int, b: int) -> tuple[int, int] | None:
        """Character span of tokens [a, b) trimmed of frame punctuation and unmatched quote marks."""
        if a >= b:
            return None
        toks = self.doc.tokens
        return trim_span(self.text, toks[a].start, toks[b - 1].end)

    def mention(self, a: int, b: int, head: int, name: str | None = None) -> SourceMention:
        toks = self.doc.tokens
        span = trim_span(self.text, toks[a].start, toks[b - 1].end) or (toks[a].start, toks[b - 1].end)
        # keep token bounds consistent with the trimmed characters
        while a < b - 1 and toks[a].end <= span[0]:
            a += 1
        while b - 1 > a and toks[b - 1].start >= span[1]:
            b -= 1
        return SourceMention(a, b, head, self.text[span[0] : span[1]], span[0], span[1], name)


def _strip_edges(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in EDGE_TRIM:
        start += 1
    while end > start and text[end - 1] in EDGE_TRIM:
        end -= 1
    return start, end


def _drop_unpaired_quote(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without a quote mark at an edge whose partner is not inside (at most one mark)."""
    inner = text[start:end]
    opens = sum(inner.count(q) for q in marks.OPENING_DOUBLES)
    closes = sum(inner.count(q) for q in marks.CLOSING_DOUBLES)
    if text[start] in marks.OPENING_DOUBLES and closes < opens:
        return start + 1, end
    if text[end - 1] in marks.CLOSING_DOUBLES and opens < closes:
        return start, end - 1
    if inner.count(marks.STRAIGHT_DOUBLE) % 2 == 1 and marks.STRAIGHT_DOUBLE in (text[start], text[end - 1]):
        return (start + 1, end) if text[start] == marks.STRAIGHT_DOUBLE else (start, end - 1)
    return start, end


def _drop_unpaired_parentheses(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without an opening (closing) parenthesis at its start (end) that is not closed (opened)."""
    if text[start:end].startswith("(") and text[start:end].count("(") > text[start:end].count(")"):
        start += 1
    if text[start:end].endswith(")") and text[start:end].count(")") > text[start:end].count("("):
        end -= 1
    return start, end


def trim_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim separators, then drop a quote mark at an edge when its partner is not inside."""
    while True:
        start, end = _strip_edges(text, start, end)
        if start >= end:
            return None
        trimmed = _drop_unpaired_parentheses(text, *_drop_unpaired_quote(text, start, end))
        if trimmed == (start, end):
            return (start, end) if start < end else None
        start, end = trimmed


#: Bullet markers recognised at the start of a line when ingest gave no blocks.
BULLET_MARKERS = ("- ", "* ", "• ", "– ", "· ")


def _line(text: str, a: int, b: int, kind: str) -> tuple[int, int, str] | None:
    """One line [a, b) trimmed, with its kind: the block's, else "bullet" after a bullet marker
    (which is cut off) or "body"; None for a blank line."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a >= b:
        return None
    if kind:
        return a, b, kind
    for m in BULLET_MARKERS:
        if text.startswith(m, a):
            return a + len(m), b, "bullet"
    return a, b, "body"


def paragraphs(doc: Document) -> list[tuple[int, int, str]]:
    """Parsed paragraph regions (start, end, kind) in text order.

    With blocks, every parsed block is one paragraph (split further at line
    breaks); with no blocks, every non-empty line is a paragraph, and a line
    starting with a bullet marker is a bullet.
    """
    text = doc.text
    if doc.blocks:
        regions = [(b.start, b.end, b.kind) for b in doc.blocks if b.kind in PARSED_BLOCK_KINDS]
    else:
        regions = [(0, len(text), "")]
    out: list[tuple[int, int, str]] = []
    for start, end, kind in regions:
        pos = start
        while pos < end:
            nl = text.find("\n", pos, end)
            stop = end if nl < 0 else nl
            line = _line(text, pos, stop, kind)
            if line is not None:
                out.append(line)
            pos = stop + 1
    out.sort()
    return out
