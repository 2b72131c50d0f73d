"""Stable ids: derived from what a claim or source is, never from its position in the corpus.

A tool that attaches notes to ``c3f9a1b2c7d`` or to ``national-intelligence-service`` must find the
same claim or source after one more article was added to the folder (or an unrelated one removed).
Numbering in output order (``c1``, ``c2``, ...) renumbers nearly everything when one article joins;
these ids change only when the claim's key mention or the source's own name changes.

- A claim's id is ``c`` + 10 hex digits of a SHA-256 over its key mention (the earliest mention:
  smallest article id, then offset) as "article id + normalised mention text".
- A source's id is the slug of its canonical name; sources that share a slug (kept apart per
  article, such as an anonymous "senior official" in two articles) each get a short hash of their
  key member (the article and phrase that first named them), so the id of one does not depend on
  how many namesakes the corpus holds before it.

On the rare hash collision the later item (in the caller's deterministic order) gets a hash that
also covers its statement or name, then a counter: ids stay unique and the output deterministic.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

#: Hex digits of a claim id (40 bits: a collision is unlikely below ~10^5 claims, and handled anyway).
CLAIM_HASH_DIGITS = 10
#: Hex digits distinguishing sources that share a slug.
SOURCE_HASH_DIGITS = 6

_SPACE = re.compile(r"\s+")
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$", re.UNICODE)


def normalise_text(text: str) -> str:
    """NFKC, case-folded, whitespace collapsed, punctuation trimmed at both ends (quotes, final stop)."""
    t = unicodedata.normalize("NFKC", text).casefold()
    t = _SPACE.sub(" ", t).strip()
    return _EDGE_PUNCT.sub("", t)


def _digest(*parts: str, digits: int) -> str:
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return h[:digits]


def claim_id(article: str, text: str) -> str:
    """``c`` + hash of the key mention's article id and normalised text."""
    return "c" + _digest(article, normalise_text(text), digits=CLAIM_HASH_DIGITS)


def unique_claim_id(article: str, text: str, statement: str, used: set[str]) -> str:
    """:func:`claim_id`, made unique against ``used`` (and added to it)."""
    cid = claim_id(article, text)
    if cid in used:
        cid = "c" + _digest(article, normalise_text(text), normalise_text(statement), digits=CLAIM_HASH_DIGITS)
    base, n = cid, 1
    while cid in used:
        n += 1
        cid = f"{base}-{n}"
    used.add(cid)
    return cid


def key_mention(mentions: Iterable[tuple[str, int, int, str]]) -> tuple[str, int, int, str]:
    """The earliest of (article id, start, end, text): the mention a claim's id is derived from."""
    return min(mentions, key=lambda m: (m[0], m[1], m[2]))


def source_id(slug: str, key_article: str, key_phrase: str, *, shared: bool) -> str:
    """The slug alone, or (when several sources share it) the slug + a hash of the key member."""
    if not shared:
        return slug
    return f"{slug}-{_digest(key_article, normalise_text(key_phrase), digits=SOURCE_HASH_DIGITS)}"


def unique_source_ids(items: list[tuple[str, str, str]]) -> list[str]:
    """Ids for sources given as (slug, key article, key phrase), in the caller's deterministic order."""
    counts: dict[str, int] = {}
    for slug, _a, _p in items:
        counts[slug] = counts.get(slug, 0) + 1
    used: set[str] = set()
    out: list[str] = []
    for slug, article, phrase in items:
        sid = source_id(slug, article, phrase, shared=counts[slug] > 1)
        base, n = sid, 1
        while sid in used or (sid != slug and sid in counts):
            n += 1
            sid = f"{base}-{n}"
        used.add(sid)
        out.append(sid)
    return out
