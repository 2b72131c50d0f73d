"""Article-level references: "(This article drew references from A and B)",
"(With reporting by A)", "Additional reporting by A and B", desk initials with
agencies "ab/cd (A, B, C)", a list of sources opening a line "Sources: A, B".

One attribution per named source, kind "article-reference", empty content
(the reference covers the whole article). Matched on the sentence text with
patterns compiled once; names are split at commas, "and", "&" and ";".
"""

from __future__ import annotations

import re

from .context import Cand, DocContext

#: Phrases that credit other outlets for the whole article. Each ends where
#: the list of names begins.
REFERENCE_CUES = re.compile(
    r"(?:\b(?:this|the)\s+(?:article|story|report)\s+(?:drew|draws|draw|is\s+based|was\s+based|relies|relied)"
    r"(?:\s+(?:on|upon))?\s+(?:(?:references?|reporting|information|material|content|reports)\s+)?(?:from|by|on)\s+"
    r"|\b(?:with|additional|contributing|further)\s+reporting\s+(?:by|from)\s+"
    r"|\bcompiled\s+from\s+(?:reports|reporting|wire\s+reports)\s+(?:by|from|of)\s+)",
    re.IGNORECASE,
)
#: A list of references opening its own line: "Sources: AP, Bloomberg", "(Source: Reuters)".
#: Matched at the sentence's start only (as a label, not "the source: a memo" inside a sentence).
#: Only its named pieces are references: "company filings" names no source to depend on.
REFERENCE_LIST_CUE = re.compile(r"\(?\s*(?:sources?|references?)\s*:\s*", re.IGNORECASE)
#: Desk initials followed by the agencies the story drew on, as a whole sentence at the end of an
#: article: "ab/cde (AP, dpa, Reuters)", "xy (AFP)". The initials are the cue, the bracketed list
#: the names. (Lowercase initials joined by "/" or "-", as on wire and broadcaster desks.)
DESK_CREDIT = re.compile(
    r"(?P<cue>[a-z]{2,5}(?:-[a-z]{2,5})*(?:/[a-z]{2,5}(?:-[a-z]{2,5})*){0,5})\s*\((?=[^()\d]*[A-Z][^()\d]*\)\s*\.?\s*$)"
)
#: Separators between the names of a reference list.
NAME_SEPARATORS = re.compile(r"\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+|\s*&\s*)")
#: A piece of the list that is another credit of a wire credit line ("Editing by B").
CREDIT_PIECE = re.compile(r"\bby\b", re.IGNORECASE)
#: Characters that end the list of names.
LIST_END = re.compile(r"[).\]]\s*$|[).\]]")


def references(ctx: DocContext, s: int) -> list[Cand]:
    sent = ctx.doc.sentences[s]
    text = ctx.text
    m = REFERENCE_CUES.search(text, sent.start, sent.end)
    named_only = False
    if m is None:
        m = REFERENCE_LIST_CUE.match(text, sent.start, sent.end)
        named_only = m is not None
    if m is not None:
        begin = m.end()
        cue = (m.start() + (len(m.group()) - len(m.group().lstrip(" (\t"))), m.end())
    else:
        dm = DESK_CREDIT.match(text, sent.start, sent.end)
        if dm is None:
            return []
        begin = dm.end()
        cue = dm.span("cue")
    end_m = LIST_END.search(text, begin, sent.end)
    end = end_m.start() if end_m else sent.end
    out: list[Cand] = []
    pos = begin
    pieces: list[tuple[int, int]] = []
    for sep in NAME_SEPARATORS.finditer(text, begin, end):
        pieces.append((pos, sep.start()))
        pos = sep.end()
    pieces.append((pos, end))
    toks = ctx.doc.tokens
    for a, b in pieces:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1] in " \t\n.,":
            b -= 1
        if a >= b or CREDIT_PIECE.search(text, a, b):
            continue  # "...; Editing by John Roe": the next credit, not a name of the list
        if named_only and not any(w[:1].isupper() for w in text[a:b].split()):
            continue  # "Sources: Reuters, company filings": a kind of document, not a source
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
