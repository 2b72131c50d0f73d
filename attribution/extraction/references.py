"""Article-level references: "(This article drew references from A and B)",
"(With reporting by A)", "Additional reporting by A and B", desk initials with
agencies "ab/cd (A, B, C)", a list of sources opening a line "Sources: A, B".

One attribution per named source, kind "article-reference", empty content
(the reference covers the whole article). Matched on the sentence text with
patterns compiled once; names are split at commas, "and", "&" and ";".
"""

from __future__ import annotations

import re

from ..lang.en.furniture import (
    CREDIT_PIECE_PATTERN,
    NAME_LIST_SEPARATOR_PATTERN,
    REFERENCE_CUE_PATTERN,
    REFERENCE_LIST_CUE_PATTERN,
)
from .context import Cand, DocContext

#: Phrases that credit other outlets for the whole article ("This article drew references from").
#: Each ends where the list of names begins.
REFERENCE_CUES = re.compile(REFERENCE_CUE_PATTERN, re.IGNORECASE)
#: A list of references opening its own line: "Sources: AP, Bloomberg", "(Source: Reuters)".
#: Matched at the sentence's start only (as a label, not "the source: a memo" inside a sentence).
#: Only its named pieces are references: "company filings" names no source to depend on.
REFERENCE_LIST_CUE = re.compile(REFERENCE_LIST_CUE_PATTERN, re.IGNORECASE)
#: Desk initials followed by the agencies the story drew on, as a whole sentence at the end of an
#: article: "ab/cde (AP, dpa, Reuters)", "xy (AFP)". The initials are the cue, the bracketed list
#: the names. (Lowercase initials joined by "/" or "-", as on wire and broadcaster desks.)
DESK_CREDIT = re.compile(
    r"(?P<cue>[a-z]{2,5}(?:-[a-z]{2,5})*(?:/[a-z]{2,5}(?:-[a-z]{2,5})*){0,5})\s*\((?=[^()\d]*[A-Z][^()\d]*\)\s*\.?\s*$)"
)
#: Separators between the names of a reference list.
NAME_SEPARATORS = re.compile(NAME_LIST_SEPARATOR_PATTERN)
#: A piece of the list that is another credit of a wire credit line ("Editing by B").
CREDIT_PIECE = re.compile(CREDIT_PIECE_PATTERN, re.IGNORECASE)
#: Characters that end the list of names.
LIST_END = re.compile(r"[).\]]\s*$|[).\]]")


def _reference_cue(text: str, start: int, end: int) -> tuple[tuple[int, int], int, bool] | None:
    """(cue span, where the names begin, only capitalised names count) of a reference line."""
    m = REFERENCE_CUES.search(text, start, end)
    named_only = False
    if m is None:
        m = REFERENCE_LIST_CUE.match(text, start, end)
        named_only = m is not None
    if m is not None:
        cue = (m.start() + (len(m.group()) - len(m.group().lstrip(" (\t"))), m.end())
        return cue, m.end(), named_only
    dm = DESK_CREDIT.match(text, start, end)
    if dm is None:
        return None
    return dm.span("cue"), dm.end(), False


def _pieces(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """The list's pieces between separators, trimmed of spaces and end punctuation."""
    pieces: list[tuple[int, int]] = []
    pos = begin
    for sep in NAME_SEPARATORS.finditer(text, begin, end):
        pieces.append((pos, sep.start()))
        pos = sep.end()
    pieces.append((pos, end))
    out = []
    for a, b in pieces:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1] in " \t\n.,":
            b -= 1
        out.append((a, b))
    return out


def _is_a_name(text: str, a: int, b: int, named_only: bool) -> bool:
    if a >= b or CREDIT_PIECE.search(text, a, b):
        return False  # "...; Editing by John Roe": the next credit, not a name of the list
    # "Sources: Reuters, company filings": a kind of document, not a source
    return not named_only or any(w[:1].isupper() for w in text[a:b].split())


def references(ctx: DocContext, s: int) -> list[Cand]:
    sent = ctx.doc.sentences[s]
    text = ctx.text
    found = _reference_cue(text, sent.start, sent.end)
    if found is None:
        return []
    cue, begin, named_only = found
    end_m = LIST_END.search(text, begin, sent.end)
    end = end_m.start() if end_m else sent.end
    out: list[Cand] = []
    toks = ctx.doc.tokens
    for a, b in _pieces(text, begin, end):
        if not _is_a_name(text, a, b, named_only):
            continue
        ta, tb = ctx.tokens_in(a, b)
        ta, tb = max(ta, sent.start_token), min(tb, sent.end_token)
        if ta >= tb:
            continue
        head = tb - 1
        for j in range(ta, tb):  # the token whose head lies outside the name heads it
            if not (ta <= toks[j].head < tb) or toks[j].head == j:
                head = j
        mention = ctx.mention(ta, tb, head)
        out.append(Cand("article-reference", [mention], cue, ta, [], s, frame=(cue[0], end)))
    return out
