"""Turn one article's text (+ whatever metadata is known) into an ``ArticleInput``."""

from __future__ import annotations

import re

from ..article import ArticleInput, Note
from ..doc import Block
from ..errors import InputError
from ..kinds import BlockKind
from .blocks import block_text, classify_blocks
from .dates import published_date
from .outlet import infer_outlet

#: Zero-width and bidirectional control characters. They are KEPT (removing them
#: would shift offsets) but reported: they can hide or reorder text for readers.
#: U+FEFF at offset 0 is a BOM and reported separately.
CONTROL_CHARS_RE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff]")


#: Lone surrogates: code points no encoder accepts (from ``\ud800`` escapes in JSON or undecodable
#: file names). Replaced at ingest, one for one (offsets stay valid), so nothing downstream
#: (the parser, the cache, the JSON report) can fail on them.
_SURROGATES_RE = re.compile("[\ud800-\udfff]")


def scrub(value: str | None) -> tuple[str | None, int]:
    """``value`` with lone surrogates replaced by U+FFFD, and how many there were."""
    if not value or not _SURROGATES_RE.search(value):
        return value, 0
    return _SURROGATES_RE.subn("\ufffd", value)


def control_character_notes(text: str) -> list[Note]:
    hits = [m.start() for m in CONTROL_CHARS_RE.finditer(text) if not (m.start() == 0 and text[0] == "\ufeff")]
    if not hits:
        return []
    first = hits[0]
    return [
        Note(
            "control-characters",
            f"{len(hits)} zero-width/bidi control character(s) kept in the text (first U+{ord(text[first]):04X} "
            f"at offset {first}); they can hide or reorder text",
            first,
            first + 1,
        )
    ]


#: Blocks that may stand above the title without being it: cookie and consent banners, login
#: prompts, mastheads, breadcrumbs (page furniture, never the headline).
ABOVE_TITLE_KINDS = frozenset({BlockKind.BOILERPLATE})


def _title(text: str, blocks: list[Block]) -> str | None:
    """The title block's text, when only page furniture stands above it."""
    for b in blocks:
        if b.kind == BlockKind.TITLE:
            return block_text(text, b)
        if b.kind not in ABOVE_TITLE_KINDS:
            return None
    return None


def build_article(
    text: str,
    *,
    id: str,
    path: str | None = None,
    outlet: str | None = None,
    outlet_evidence: str | None = None,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    notes: list[Note] | None = None,
) -> ArticleInput:
    clean, replaced = scrub(text)
    text = clean if clean is not None else text
    fields = [scrub(v) for v in (id, path, outlet, title, url, published)]
    id = fields[0][0] or id
    path, outlet, title, url, published = (v for v, _n in fields[1:])
    replaced += sum(n for _v, n in fields)
    blocks = classify_blocks(text)
    if outlet:
        outlet = outlet.strip()
    if not outlet:
        outlet, outlet_evidence = infer_outlet(text, blocks)
    if not title:
        title = _title(text, blocks)
    if not published:
        published = published_date(text, blocks)
    all_notes = list(notes or [])
    if replaced:
        all_notes.append(
            Note(
                "replaced-characters",
                f"{replaced} unencodable code point(s) (lone surrogates such as \\ud800) replaced with U+FFFD",
            )
        )
    all_notes.extend(control_character_notes(text))
    return ArticleInput(
        id=id,
        text=text,
        path=path,
        outlet=outlet or None,
        outlet_evidence=outlet_evidence if outlet else None,
        title=title or None,
        url=url or None,
        published=published or None,
        blocks=blocks,
        notes=all_notes,
    )


def article_from_text(
    text: str,
    *,
    id: str,
    path: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
) -> ArticleInput:
    """An ``ArticleInput`` for a caller holding raw text: blocks classified, outlet inferred.

    ``outlet`` given by the caller wins (evidence "record"); otherwise the outlet is
    inferred from the text or left None. Raises ``InputError`` for empty text.
    """
    if not isinstance(text, str):
        raise InputError(f"article text must be a str, not {type(text).__name__}: decode it first", path=path or id)
    if not text.strip():
        raise InputError("article text is empty: pass the article's text", path=path or id)
    if not isinstance(id, str) or not id.strip():
        raise InputError("article id is empty: pass an id that names the article in the report", path=path)
    return build_article(
        text,
        id=id,
        path=path,
        outlet=outlet,
        outlet_evidence="record" if outlet else None,
        title=title,
        url=url,
        published=published,
    )
