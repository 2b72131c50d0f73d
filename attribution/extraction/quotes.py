"""Direct quotes, scanned over the raw text, and their attachment to cues.

Scanning (``scan_quotes``) works per paragraph on the raw characters:

- curly (“ ”), guillemet (« ») and straight (") marks; a straight mark opens
  when no quote is open and closes otherwise;
- single marks (‘ ’ ') too, British style ('It's chaos,' he said), when they
  stand where a quote opens (before a word, after a space) or closes (after a
  word, before a space or punctuation): a mark between letters ("it's",
  "Korea’s"), an elision ("'90s", "rock 'n' roll") or a plural possessive
  inside a quote ("the nurses' union") is an apostrophe. A quote of one kind
  nested in a quote of the other kind is part of its words;
- a quote may span several sentences;
- a quote still open at a paragraph end continues when the next paragraph
  opens with a quote mark (the newspaper convention for long quotes); the
  segments are linked and become one content list;
- any other unbalanced mark gives a Note "unbalanced-quote" and is skipped:
  the article is never dropped.

Attachment (``attach_quotes``): when a cue's reported clause lies inside a
quote (and the cue outside it) the content becomes the quote's words, with
``direct=True``. CONTENT CONVENTION: direct-quote content spans the words
between the marks, without the marks themselves, trimmed of a trailing comma
("“We will win,” he said" -> "We will win"). A quote split by its attribution
("“A,” he said, “B.”") gives one attribution with two content spans. A quote
paragraph with no cue of its own, right after an attributed sentence or an
"X said:" paragraph, is attributed to the same source (``orphan_quotes``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..article import Note
from ..kinds import AttributionKind
from ..lang.en import marks
from ..lang.en.cues import COGNITION_VERBS, DISCOVERY_VERBS, SPEAKER_PRONOUNS
from ..rules import Rule, RuleSet
from .context import Cand, DocContext, trim_span

#: Every mark the scanner reads. Compiled once at import.
QUOTE_MARKS = re.compile(f"[{re.escape(marks.QUOTE_MARKS)}]")
OPENING = frozenset(marks.OPENING_DOUBLES)
#: The step an attribution records when its quote runs across a line break with no mark (``Cand.steps``).
LINE_BREAK_STEP = "quote-across-line-break"
#: The step of a quotation that runs on over a paragraph break the page lost (_QuoteScanner._reopens).
REOPENED_STEP = "quote-reopened"
CLOSING = frozenset(marks.CLOSING_DOUBLES)
#: Single marks: quote marks in British style ('It's chaos,' he said), but also apostrophes.
SINGLE_MARKS = frozenset(marks.SINGLE_MARKS)
#: Words an apostrophe opens by elision: "'90s", "rock 'n' roll", "'em", "'til", "'cause", "'tis".
ELISION = re.compile(marks.ELISION_PATTERN, re.IGNORECASE)
#: What may trail a quote paragraph after its closing mark: sentence punctuation and closing marks.
QUOTE_TAIL = " .,!?;:" + marks.RIGHT_DOUBLE + marks.STRAIGHT_DOUBLE + marks.RIGHT_SINGLE + marks.STRAIGHT_SINGLE
#: What may separate a quote from its attribution frame.
FRAME_GAP = re.compile(r"[\s,:;—–-]*")
#: The last mark inside a quote that hands over to its attribution ("“...,” she said").
QUOTE_FINAL = frozenset(",?!")
#: What ends the sentence before a quote that opens a sentence of its own.
SENTENCE_END = frozenset(".!?")
#: Kinds that can take a quote as their content.
QUOTE_KINDS = frozenset(
    {
        AttributionKind.REPORTED_SPEECH,
        AttributionKind.TOLD,
        AttributionKind.COLLECTIVE,
        AttributionKind.PASSIVE_AGENT,
        AttributionKind.DIRECT_QUOTE,
        AttributionKind.REPORTED_BY,
    }
)
#: Kinds whose speaker continues into a following quote paragraph.
SPEAKER_KINDS = frozenset(
    {AttributionKind.REPORTED_SPEECH, AttributionKind.TOLD, AttributionKind.DIRECT_QUOTE, AttributionKind.COLON_LIST}
)


@dataclass(slots=True)
class Quote:
    open: int  # index of the opening mark
    close: int  # index of the closing mark, or the paragraph end for an open segment
    para: int
    closed: bool = True
    prev: int | None = None  # the segment this one continues (previous paragraph)
    next: int | None = None

    def inner(self, text: str) -> tuple[int, int] | None:
        return trim_span(text, self.open + 1, self.close)


def _note(pos: int, end: int, why: str, used: bool = False) -> Note:
    kept = "read as closed at its paragraph's end" if used else "the text is kept, the quote is not used as content"
    return Note(
        code="unbalanced-quote",
        message=f"unbalanced quote mark at character {pos}: {why}; {kept}",
        start=pos,
        end=end,
    )


def _single_opens(text: str, pos: int, before: str, after: str) -> bool:
    """A single mark that may open: not "’", after a non-word, before a non-space, no elision ("'90s")."""
    elided = ELISION.match(text, pos + 1) is not None
    return text[pos] != marks.RIGHT_SINGLE and not before.isalnum() and not after.isspace() and not elided


def _single_closes(text: str, pos: int, start: int, before: str, after: str) -> bool:
    """A single mark that may close: not "‘", after a word, before a space or punctuation."""
    return text[pos] != marks.LEFT_SINGLE and not before.isspace() and pos > start and not after.isalnum()


def _single_role(text: str, pos: int, start: int, end: int) -> str | None:
    """ "open", "close", "either" or None (an apostrophe) for a single mark at ``pos`` in [start, end).

    A single mark between two letters or digits is an apostrophe ("it's", "Dommelland's"); one that
    opens an elision ("'90s", "'n'", "'em") is too. "‘" only opens, "’" never opens ("’90s" is an
    elision typed with the wrong mark). A mark after a word and before a space or punctuation closes.
    """
    before = text[pos - 1] if pos > start else " "
    after = text[pos + 1] if pos + 1 < end else " "
    if before.isalnum() and after.isalnum():
        return None
    opens = _single_opens(text, pos, before, after)
    closes = _single_closes(text, pos, start, before, after)
    if opens and closes:
        return "either"
    return "open" if opens else "close" if closes else None


def _possessive(text: str, pos: int, end: int) -> bool:
    """ "the patients' records": a plural possessive mark, followed by a lower-case word."""
    if pos == 0 or text[pos - 1] not in "sS" or pos + 2 >= end or text[pos + 1] != " ":
        return False
    return text[pos + 2].islower() or text[pos + 2].isdigit()


def _marks(text: str, start: int, end: int) -> list[tuple[int, str, str]]:
    """(position, role, level) of every quote mark in a paragraph; level "double" or "single"."""
    out: list[tuple[int, str, str]] = []
    for m in QUOTE_MARKS.finditer(text, start, end):
        pos, ch = m.start(), m.group()
        if ch in SINGLE_MARKS:
            role = _single_role(text, pos, start, end)
            if role is not None:
                out.append((pos, role, "single"))
        else:
            out.append((pos, "open" if ch in OPENING else "close" if ch in CLOSING else "either", "double"))
    return out


class _QuoteScanner:
    """Quote segments paragraph by paragraph; an open quote may carry on into the next paragraph
    when that paragraph opens with a mark of the same level (the news convention for long quotes)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.quotes: list[Quote] = []
        self.notes: list[Note] = []
        self.carry: int | None = None  # index of an open segment waiting for the next paragraph
        self.carry_level = "double"
        self.carry_closes = False  # the open segment is the second half of a split quote (_second_half)
        self.reopened: int | None = None  # an open segment a lost paragraph break ended (_reopens)

    def _drop_carry(self, why: str) -> None:
        assert self.carry is not None
        seg = self.quotes[self.carry]
        if self.carry_closes and seg.prev is None:
            # rule ``quote-closed-by-paragraph-end``: see _second_half
            self.notes.append(_note(seg.open, seg.close, why, used=True))
            seg.close = seg.open + len(self.text[seg.open : seg.close].rstrip())
            seg.closed = True
            self.carry = None
            return
        if self.carry_level == "double":
            self.notes.append(_note(seg.open, seg.close, why))
        _unlink(self.quotes, self.carry)
        self.carry = None

    def _second_half(self, p: int, start: int, open_pos: int, end: int) -> bool:
        """A double quote left open at its paragraph's end that opens a sentence after a closed quote of the
        same paragraph and ends on a sentence mark ('"We restored service," the company said. "We apologize.')
        is the second half of a quote split by its frame whose closing mark was lost: the paragraph's end
        closes it (when the next paragraph does not carry it on)."""
        before = self.text[start:open_pos].rstrip()
        words = self.text[open_pos:end].rstrip()
        return (
            any(q.para == p and q.closed and q.close < open_pos for q in self.quotes)
            and before[-1:] in SENTENCE_END
            and words[-1:] in SENTENCE_END
        )

    def _close_across_line_break(self, p: int, start: int, pos: int) -> None:
        """The quote carried from the paragraph before runs on into this one, which opens with no mark of its
        own, up to this paragraph's first mark, a closing one (rule ``quote-across-line-break``): a page broke
        the line inside the quotation ("“The main winner is a rival firm.\nIt met officials 60 times,” it
        said") or pushed the closing mark to the head of the next line ("... money.\n” He said")."""
        assert self.carry is not None
        if pos > start:
            seg = Quote(start - 1, pos, p, prev=self.carry)  # no opening mark: the words start the paragraph
            self.quotes[self.carry].next = len(self.quotes)
            self.quotes.append(seg)
        else:
            self.quotes[self.carry].closed = True
        self.carry = None

    def _closes_carried(self, marks: list[tuple[int, str, str]], start: int) -> bool:
        """The paragraph's first mark closes the quote carried from the paragraph before: a closing mark of
        its level, or a straight double mark that can only close here (part of rule ``quote-across-line-break``):
        it ends a word or a sentence (no space before it) and the paragraph's double marks are odd in number, so
        it pairs with none of them ("... published shortly.\"" after a paragraph that opened a quote with a
        straight mark and never closed it)."""
        pos, role, level = marks[0]
        if level != self.carry_level:
            return False
        if role == "close":
            return True
        if role != "either" or level != "double" or pos == start or self.text[pos - 1].isspace():
            return False
        return sum(1 for _, _, lv in marks if lv == "double") % 2 == 1

    def _append(self, q: Quote, start: int) -> None:
        """Add a segment, linked to the carried one when it opens the paragraph, or to the segment a lost
        paragraph break left open before it (``_reopens``)."""
        prev = self.carry if self.carry is not None and q.open == start else self.reopened
        if prev is not None:
            q.prev = prev
            self.quotes[prev].next = len(self.quotes)
        self.reopened = None
        self.quotes.append(q)

    def _reopens(self, open_pos: int, pos: int, level: str) -> bool:
        """A double opening mark while a double quote is open, right after the end of a sentence (“A. “B.) opens
        the next paragraph of the same quotation, whose line break the page lost (rule ``quote-reopened``): the
        open segment ends there and the new one continues it."""
        before = self.text[open_pos + 1 : pos].rstrip()
        return level == "double" and before[-1:] in SENTENCE_END and self.text[pos] in OPENING

    def paragraph(self, p: int, start: int, end: int) -> None:
        marks = _marks(self.text, start, end)
        if self.carry is not None and marks and self._closes_carried(marks, start):
            self._close_across_line_break(p, start, marks[0][0])
            marks = marks[1:]
        continues = (
            bool(marks) and marks[0][0] == start and marks[0][1] != "close" and marks[0][2] == self.carry_level
        )
        if self.carry is not None and not continues:
            self._drop_carry("the quote is not closed before the paragraph ends")
        open_pos, level = self._pair_marks(p, marks, start, end)
        # a carried quote the paragraph did not close is dropped with it (it never closed)
        self.carry = None
        if open_pos is not None:
            self._append(Quote(open_pos, end, p, closed=False), start)
            self.carry = len(self.quotes) - 1
            self.carry_level = level
            self.carry_closes = level == "double" and self._second_half(p, start, open_pos, end)

    def _pair_marks(self, p: int, marks: list[tuple[int, str, str]], start: int, end: int) -> tuple[int | None, str]:
        """Pair the paragraph's opening and closing marks into segments; (open position, level) of a
        quote still open at the paragraph's end."""
        open_pos: int | None = None
        level = "double"
        for k, (pos, role, mark_level) in enumerate(marks):
            if open_pos is not None and mark_level != level:
                continue  # a quote nested in a quote of the other kind is part of its words
            if role == "open" or (role == "either" and open_pos is None):
                if open_pos is not None and mark_level == "double" and self._reopens(open_pos, pos, level):
                    self._append(Quote(open_pos, pos, p, closed=False), start)
                    self.reopened = len(self.quotes) - 1
                elif open_pos is not None and level == "double":
                    self.notes.append(_note(open_pos, pos, "a new quote opens before it is closed"))
                open_pos, level = pos, mark_level
                continue
            if open_pos is None:
                if mark_level == "double":
                    self.notes.append(_note(pos, pos + 1, "a closing mark with no opening mark"))
                continue  # a lone single closing mark is an apostrophe ("the patients' records")
            if mark_level == "single" and self._possessive_before_close(pos, end, marks[k + 1 :]):
                continue  # "'The nurses' union is right,' he said": the first mark is a possessive
            self._append(Quote(open_pos, pos, p), start)
            self.carry = None
            open_pos = None
        return open_pos, level

    def _possessive_before_close(self, pos: int, end: int, rest: list[tuple[int, str, str]]) -> bool:
        return _possessive(self.text, pos, end) and any(r != "open" and lv == "single" for _, r, lv in rest)

    def finish(self) -> tuple[list[Quote], list[Note]]:
        if self.carry is not None:
            self._drop_carry("the quote is not closed before the text ends")
        quotes = self.quotes
        valid = [q for q in quotes if q.open >= 0]
        # re-index links after dropping invalid segments
        index = {id(q): n for n, q in enumerate(valid)}
        for q in valid:
            q.prev = index.get(id(quotes[q.prev])) if q.prev is not None and quotes[q.prev].open >= 0 else None
            q.next = index.get(id(quotes[q.next])) if q.next is not None and quotes[q.next].open >= 0 else None
        return valid, self.notes


def scan_quotes(text: str, paragraphs: list[tuple[int, int, str]]) -> tuple[list[Quote], list[Note]]:
    """Every quote segment of the article (a quote run over paragraphs is linked by prev/next), plus
    notes on marks that do not pair."""
    scanner = _QuoteScanner(text)
    for p, (start, end, _kind) in enumerate(paragraphs):
        scanner.paragraph(p, start, end)
    return scanner.finish()


def _unlink(quotes: list[Quote], n: int) -> None:
    """Drop an unbalanced segment (and the open segments it continues)."""
    while n is not None:
        q = quotes[n]
        q.open = -1
        prev = q.prev
        if prev is None or quotes[prev].closed:
            break
        n = prev


def _reopened(quotes: list[Quote], n: int) -> bool:
    """Segment ``n`` continues a segment of its own paragraph (a lost paragraph break, ``quote-reopened``)."""
    prev = quotes[n].prev
    return prev is not None and quotes[prev].para == quotes[n].para


def _chain(quotes: list[Quote], n: int) -> list[int]:
    """All segments of the multi-paragraph quote that segment ``n`` belongs to."""
    while quotes[n].prev is not None:
        n = quotes[n].prev  # type: ignore[assignment]
    out = [n]
    while quotes[n].next is not None:
        n = quotes[n].next  # type: ignore[assignment]
        out.append(n)
    return out


class QuoteIndex:
    def __init__(self, ctx: DocContext, quotes: list[Quote]) -> None:
        self.ctx = ctx
        self.quotes = quotes
        self.opens = [q.open for q in quotes]

    def containing(self, char: int) -> int | None:
        k = bisect_right(self.opens, char) - 1
        if k >= 0 and self.quotes[k].open < char < self.quotes[k].close + (1 if self.quotes[k].closed else 0):
            return k
        return None

    def inners(self, ns: list[int]) -> list[tuple[int, int]]:
        out = []
        for n in ns:
            span = self.quotes[n].inner(self.ctx.text)
            if span:
                out.append(span)
        return out

    def gap_ok(self, a: int, b: int) -> bool:
        return a <= b and FRAME_GAP.fullmatch(self.ctx.text, a, b) is not None


def _split_partner(qi: QuoteIndex, cand: Cand, n: int) -> int | None:
    """The other half of a quote split by this cue: “A,” he said, “B.”"""
    ctx, quotes = qi.ctx, qi.quotes
    q = quotes[n]
    if q.close < cand.cue[0] and n + 1 < len(quotes):
        q2 = quotes[n + 1]
        if q2.para == q.para and ctx.sentence_at(q2.open) == cand.sentence and qi.gap_ok(cand.frame[1], q2.open):
            return n + 1
    if q.open > cand.cue[1] and n > 0:
        q0 = quotes[n - 1]
        if (
            q0.para == q.para
            and q0.closed
            and ctx.sentence_at(q0.close) == cand.sentence
            and qi.gap_ok(q0.close + 1, cand.frame[0])
        ):
            return n - 1
    return None


def _adjacent(qi: QuoteIndex, cand: Cand) -> int | None:
    """A quote right before the frame ("“...,” he said") or right after it ("He said: “...”"). A quote before
    the frame that closes a sentence of its own ("“... as is his right.” The defendant said nothing during the
    hearing") is no content of the next sentence's frame: it runs on the quotation before it."""
    quotes = qi.quotes
    k = bisect_right(qi.opens, cand.frame[0]) - 1
    if (
        k >= 0
        and quotes[k].closed
        and quotes[k].close < cand.frame[0]
        and qi.gap_ok(quotes[k].close + 1, cand.frame[0])
        and _frame_continues(qi, quotes[k], cand)
    ):
        return k
    if k + 1 < len(quotes) and quotes[k + 1].open >= cand.frame[1] and qi.gap_ok(cand.frame[1], quotes[k + 1].open):
        return k + 1
    return None


def _frame_continues(qi: QuoteIndex, q: Quote, cand: Cand) -> bool:
    """The frame after quote ``q`` continues the quote's sentence: the quote closes on a comma, "?" or "!", the
    parser kept both in one sentence, or the frame opens in lower case ("“The bridge is closed.” the mayor said")."""
    text = qi.ctx.text
    return (
        text[q.close - 1] in QUOTE_FINAL
        or qi.ctx.sentence_at(q.close) == cand.sentence
        or text[cand.frame[0]].islower()
    )


def _quote_closed_before_frame(qi: QuoteIndex, cand: Cand) -> int | None:
    """The quote next to the frame when it closes before the frame on a comma, "?" or "!" (``QUOTE_FINAL``):
    "“...,” she wrote"."""
    n = _adjacent(qi, cand)
    if n is None:
        return None
    q = qi.quotes[n]
    if not q.closed or q.close >= cand.frame[0] or qi.ctx.text[q.close - 1] not in QUOTE_FINAL:
        return None
    return n


def _leading_quote(qi: QuoteIndex, cand: Cand) -> int | None:
    """ "“...,” she wrote": a quote closed by a comma (or "?"/"!") right before the frame is what the
    frame reports, even when a bad sentence split made the parser hang an earlier clause on the cue
    ("X called it 'vile' in a post on X. 'Criminals ...,' she wrote" read as one sentence)."""
    n = _quote_closed_before_frame(qi, cand)
    if n is None:
        return None
    q = qi.quotes[n]
    before = qi.ctx.text[: q.open].rstrip()
    if before and before[-1] not in SENTENCE_END:
        return None  # a partial quote ending the clause ("were being "used as cover," he said") stays partial
    return n if any(s < q.open and e > q.open for s, e in cand.content) else None


def _inner_leading_quote(qi: QuoteIndex, cand: Cand, cue_q: int | None) -> int | None:
    """ "“Ana was poisoned. She died at noon, according to the doctor,” Tom Bell said": a quote of several
    sentences closed by a comma right before the frame, whose content the parser took from the quote's last
    sentence alone (the cue hung as a conjunct of that sentence's verb, with no head inside the quote): the
    whole quote is what the frame reports (rule ``inner-leading-quote``)."""
    if not cand.content or cue_q is not None:
        return None
    n = _quote_closed_before_frame(qi, cand)
    if n is None:
        return None
    q = qi.quotes[n]
    para_start = qi.ctx.paragraphs[q.para][0] if q.para < len(qi.ctx.paragraphs) else 0
    before = qi.ctx.text[para_start : q.open].rstrip()
    if before and before[-1] not in SENTENCE_END:
        return None  # a partial quote ending the clause stays partial, as for ``leading-quote``
    return n if all(q.open < s and e <= q.close + 1 for s, e in cand.content) else None


def _whole_quote(qi: QuoteIndex, span: tuple[int, int], cue_q: int | None) -> int | None:
    """The quote that ``span`` is exactly, marks included: content taken around a parenthetical
    frame the parser did not link to the quote ("“...,” Interior Secretary X said on Monday")."""
    s, e = span
    n = qi.containing(s + 1)
    if n is None or n == cue_q:
        return None
    q = qi.quotes[n]
    return n if q.closed and q.open == s and q.close + 1 == e else None


def _head_quote(qi: QuoteIndex, cand: Cand, cue_q: int | None) -> int | None:
    """The quote a content head lies in, when the quote (with its continuations) holds the content."""
    quotes = qi.quotes
    toks = qi.ctx.doc.tokens
    for h in cand.heads:
        n = qi.containing(toks[h].start)
        if n is None or n == cue_q:
            continue
        q = quotes[n]
        lo = min((s for s, _ in cand.content), default=q.open)
        hi = max((e for _, e in cand.content), default=q.close)
        chain = _chain(quotes, n)
        c_lo, c_hi = quotes[chain[0]].open, quotes[chain[-1]].close + 1
        if c_lo <= lo and hi <= c_hi:
            return n
    return None


def _whole_content_quote(qi: QuoteIndex, cand: Cand, cue_q: int | None) -> int | None:
    return _whole_quote(qi, cand.content[0], cue_q) if len(cand.content) == 1 else None


def _adjacent_quote(qi: QuoteIndex, cand: Cand, cue_q: int | None) -> int | None:
    return _adjacent(qi, cand) if not cand.content else None


def _leading_content_quote(qi: QuoteIndex, cand: Cand, cue_q: int | None) -> int | None:
    return _leading_quote(qi, cand) if cand.content else None


def _colon_quote(qi: QuoteIndex, cand: Cand, cue_q: int | None) -> int | None:
    """ "Asked whether X, Ms Lane said: “Yes. ...”": a quote the colon after the frame opens is what the cue
    reports, whatever clause the parser hung on the cue before it (the question it answers)."""
    if cue_q is not None:
        return None
    k = bisect_right(qi.opens, cand.frame[1] - 1)
    if k >= len(qi.quotes):
        return None
    gap = qi.ctx.text[cand.frame[1] : qi.quotes[k].open]
    return k if gap.strip() == marks.COLON else None


#: Which quote an attribution reports, the first that answers: the quote a colon after the frame opens, the
#: quote its content head lies in, the quote that is its whole content, the quote next to a cue with no
#: content, the quote its content opens, the quote its content lies in, right before the frame.
QUOTE_CHOICE = RuleSet(
    "extraction.quotes.choice",
    [
        Rule("colon-quote", _colon_quote),
        Rule("head-in-quote", _head_quote),
        Rule("whole-quote", _whole_content_quote),
        Rule("adjacent-quote", _adjacent_quote),
        Rule("leading-quote", _leading_content_quote),
        Rule("inner-leading-quote", _inner_leading_quote),
    ],
)


def _take_quote(qi: QuoteIndex, cand: Cand, chosen: int) -> None:
    """The quote (with its continuations and the other half of a split quote) becomes the content."""
    quotes = qi.quotes
    ns = _chain(quotes, chosen)
    partner = _split_partner(qi, cand, chosen)
    if partner is not None:
        ns = sorted(set(ns) | set(_chain(quotes, partner)))
    spans = qi.inners(ns)
    if spans:
        cand.content = spans
        cand.direct = True
        if cand.kind == AttributionKind.REPORTED_SPEECH:
            cand.kind = "direct-quote"


#: The step of a listener ("to X") the parser took from inside the quotation the attribution reports.
QUOTED_LISTENER_STEP = "listener-inside-quote"


def _drop_quoted_listeners(cand: Cand) -> None:
    """ "“... and remain committed to our partners, and to Ana and the team,” Lee wrote": a listener or partner
    phrase ("to X", "with X") that lies inside the quoted words the attribution reports is part of what was said,
    never an intermediary who passed the words on (step ``listener-inside-quote``)."""
    kept = [m for m in cand.via if not any(s <= m.start and m.end <= e for s, e in cand.content)]
    if len(kept) < len(cand.via):
        cand.via = kept
        cand.steps.append(QUOTED_LISTENER_STEP)


def _close_partial_quotes(qi: QuoteIndex, cand: Cand) -> None:
    """A partial quote inside the clause: keep the clause, include the closing mark."""
    quotes = qi.quotes
    fixed = []
    for s, e in cand.content:
        n = qi.containing(e - 1)
        if n is not None and quotes[n].closed and s <= quotes[n].open and e <= quotes[n].close:
            e = quotes[n].close + 1
        fixed.append((s, e))
    cand.content = fixed


def attach_quotes(ctx: DocContext, cands: list[Cand], quotes: list[Quote]) -> None:
    """Turn clause content into quote content where the clause is a direct quote."""
    if not quotes:
        return
    qi = QuoteIndex(ctx, quotes)
    for cand in cands:
        if cand.kind == AttributionKind.ACCORDING_TO:
            _source_phrase_in_quote(qi, cand)
        if cand.kind not in QUOTE_KINDS:
            continue
        cue_q = qi.containing(cand.cue[0])
        chosen = QUOTE_CHOICE.first(qi, cand, cue_q)
        if chosen is not None:
            _take_quote(qi, cand, chosen.value)
            cand.steps.append(chosen.rule)
            if any(qi.ctx.text[qi.quotes[n].open] not in marks.QUOTE_MARKS for n in _chain(qi.quotes, chosen.value)):
                cand.steps.append(LINE_BREAK_STEP)  # a segment a page's line break opened, with no mark
            if any(_reopened(qi.quotes, n) for n in _chain(qi.quotes, chosen.value)):
                cand.steps.append(REOPENED_STEP)  # a segment opened where the page lost a paragraph break
            _drop_quoted_listeners(cand)
        elif cue_q is not None:
            # a cue inside a quote reports words inside that quote, never the frame after it
            # ("“... the minister said the police warned him,” the mayor said")
            cand.content = _clip(ctx, cand.content, quotes, _chain(quotes, cue_q))
        else:
            _close_partial_quotes(qi, cand)


#: The step of an "according to X" inside a quotation whose clause the parser took from the frame after it.
SOURCE_IN_QUOTE_STEP = "source-phrase-in-quote"


def _source_phrase_in_quote(qi: QuoteIndex, cand: Cand) -> None:
    """ "“She died at noon, according to the prison doctor,” Tom Bell said": an "according to X" inside a
    quotation reports the quoted words of its own sentence before it, never the frame after the closing mark,
    where the parser may hang the phrase (step ``source-phrase-in-quote``): the content becomes the quoted part
    of the cue's sentence up to the cue."""
    n = qi.containing(cand.cue[0])
    if n is None or not cand.content:
        return
    q = qi.quotes[n]
    if not q.closed or any(s < q.close for s, _ in cand.content):
        return  # the content lies (partly) inside the quotation: the parser read it
    ctx = qi.ctx
    sent = ctx.doc.sentences[ctx.sentence_at(cand.cue[0])]
    span = trim_span(ctx.text, max(sent.start, q.open + 1), cand.cue[0])
    if span is not None:
        cand.content = [span]
        cand.steps.append(SOURCE_IN_QUOTE_STEP)


def _clip(ctx: DocContext, spans: list[tuple[int, int]], quotes: list[Quote], ns: list[int]) -> list[tuple[int, int]]:
    """``spans`` cut to the inside of the quote made of segments ``ns``."""
    lo, hi = quotes[ns[0]].open + 1, quotes[ns[-1]].close
    out = []
    for s, e in spans:
        span = trim_span(ctx.text, max(s, lo), min(e, hi)) if max(s, lo) < min(e, hi) else None
        if span:
            out.append(span)
    return out


def _speaker_thinking(ctx: DocContext, qi: QuoteIndex, c: Cand) -> bool:
    """A cognition cue inside a quote whose subject is the quoted speaker ("I", "we", "you"), or a
    discovery verb with any pronoun subject."""
    toks = ctx.doc.tokens
    if c.direct or c.kind != AttributionKind.REPORTED_SPEECH or len(c.sources) != 1 or qi.containing(c.cue[0]) is None:
        return False
    lem = toks[c.cue_tok].lemma.lower()
    if lem not in COGNITION_VERBS:
        return False
    subject = toks[c.sources[0].head]
    return subject.text.lower() in SPEAKER_PRONOUNS or (lem in DISCOVERY_VERBS and subject.upos == "PRON")


def drop_speaker_thoughts(ctx: DocContext, cands: list[Cand], quotes: list[Quote]) -> list[Cand]:
    """Cands without the quoted speaker's own thoughts: “We expect the toll to rise,” she said.

    A cognition cue inside a direct quote whose subject is "I", "we" or "you" is the
    speaker thinking aloud: the quote already attributes those words to the speaker; so is
    a discovery verb with any pronoun subject (“and now they find out the fund is empty”).
    Speech cues stay ("“I told them the wall was cracked”") and so do third parties
    ("“The minister believes the police ...”"): they name a source the quote relays.
    """
    if not quotes:
        return cands
    qi = QuoteIndex(ctx, quotes)
    dropped = {id(c) for c in cands if _speaker_thinking(ctx, qi, c)}
    for c in cands:
        if c.parent is not None and id(c.parent) in dropped:
            c.parent, c.explicit_parent = None, False  # nest it again under what holds the quote
    return [c for c in cands if id(c) not in dropped]


def _covered_index(cands: list[Cand]) -> tuple[list[int], list[int]]:
    """(starts, reach) of every content span in order: reach[k] is the furthest end among the first k+1."""
    covered = sorted(span for c in cands for span in c.content)
    starts = [s for s, _ in covered]
    reach: list[int] = []
    for _, e in covered:
        reach.append(max(e, reach[-1]) if reach else e)
    return starts, reach


def _by_last_sentence(ctx: DocContext, cands: list[Cand]) -> dict[int, list[Cand]]:
    """Attributions by the last sentence their content covers."""
    ends: dict[int, list[Cand]] = {}
    for c in cands:
        last = max([c.sentence, *(ctx.sentence_at(e - 1) for _, e in c.content if e > 0)])
        ends.setdefault(last, []).append(c)
    return ends


def _is_quote_paragraph(ctx: DocContext, first: Quote, last: Quote) -> bool:
    """The quote opens its sentence and nothing but punctuation follows it in its last sentence."""
    text = ctx.text
    sents = ctx.doc.sentences
    s0 = ctx.sentence_at(first.open)
    if not text[sents[s0].start : first.open].strip() == "":
        return False  # the quote does not open its sentence
    s_last = ctx.sentence_at(last.close)
    tail = text[last.close + 1 : sents[s_last].end]
    return tail.strip(QUOTE_TAIL) == ""  # else text follows the quote: no quote paragraph


def _in_side_clause(ctx: DocContext, c: Cand, others: list[Cand]) -> bool:
    """``c``'s cue hangs below another attribution's cue of its sentence without being part of what that one
    reports: an adverbial or relative clause of the other's frame ("X said ..., shortly after officials
    announced ..."), not a coordinate ("X said ..., but Y said ...": conj is no subordination) and not a
    report inside the other's content ("X said the minister told staff ...")."""
    toks = ctx.doc.tokens
    cues = {o.cue_tok: o for o in others if o is not c and o.cue_tok != c.cue_tok}
    i, hops, subordinate = c.cue_tok, 0, False
    while toks[i].head != i and hops < 64:
        subordinate = subordinate or toks[i].deprel != "conj"
        i, hops = toks[i].head, hops + 1
        above = cues.get(i)
        if above is not None and subordinate and not any(s <= toks[c.cue_tok].start < e for s, e in above.content):
            return True
    return False


def _main_clause_cue(ctx: DocContext, prev: list[Cand]) -> Cand | None:
    main = [c for c in prev if not _in_side_clause(ctx, c, prev)]
    if not main or len(main) == len(prev):
        return None  # no side clause to set aside: the last cue decides
    return max(main, key=lambda c: c.cue[0])


def _last_cue(ctx: DocContext, prev: list[Cand]) -> Cand:
    return max(prev, key=lambda c: c.cue[0])


#: Whose words a cue-less quote paragraph continues, the first that answers: the last cue of the sentence
#: before that is no side clause of another cue there ("“...,” Garcia said, speaking shortly after officials
#: announced the count. “...”" continues Garcia; when that cue quoted its speaker the paragraph joins that
#: quotation's content), else the last cue of that sentence (a new attribution with its speaker).
ORPHAN_SPEAKER = RuleSet(
    "extraction.quotes.orphan-speaker",
    [
        Rule(
            "main-clause-cue",
            _main_clause_cue,
            example="“We will open the port,” Garcia said, speaking shortly after officials announced the count.\n"
            "“It will be large.”",
        ),
        Rule("last-cue", _last_cue, example="The mayor said the bridge was closed.\n“We are working to open it.”"),
    ],
)


def orphan_quotes(ctx: DocContext, cands: list[Cand], quotes: list[Quote]) -> list[Cand]:
    """Quote sentences with no cue, right after an attributed sentence: same speaker."""
    if not quotes:
        return []
    starts, reach = _covered_index(cands)
    qi = QuoteIndex(ctx, quotes)
    ends = _by_last_sentence(ctx, cands)
    out: list[Cand] = []
    seen: set[int] = set()
    for n, q in enumerate(quotes):
        if n in seen or q.prev is not None:
            continue
        chain = _chain(quotes, n)
        seen.update(chain)
        last = quotes[chain[-1]]
        k = bisect_right(starts, last.close) - 1
        if k >= 0 and reach[k] > q.open:
            continue  # already content of an attribution
        if not _is_quote_paragraph(ctx, q, last):
            continue
        s0 = ctx.sentence_at(q.open)
        prev = [c for c in ends.get(s0 - 1, []) if c.kind in SPEAKER_KINDS and c.sources]
        spans = qi.inners(chain) if prev else []
        if not spans:
            continue
        chosen = ORPHAN_SPEAKER.first(ctx, prev)
        assert chosen is not None  # "last-cue" always answers
        base = chosen.value
        if chosen.rule == "main-clause-cue" and base.direct:
            # the main clause quoted its speaker: the quote paragraph runs on in that quotation (one
            # attribution, its content in several spans, as a quote split by its frame)
            base.content = [*base.content, *spans]
            continue
        cand = Cand(
            "direct-quote",
            list(base.sources),
            base.cue,
            base.cue_tok,
            spans,
            s0,
            via=list(base.via),
            direct=True,
            frame=base.frame,
        )
        out.append(cand)
        ends.setdefault(ctx.sentence_at(last.close), []).append(cand)
    return out
