"""What every NLP engine adapter provides."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Protocol

from ..doc import PARSED_BLOCK_KINDS, Block, Document

#: Blocks longer than this are parsed in chunks cut at whitespace, so one
#: 200,000-character "sentence" cannot make the parser's cost explode.
MAX_CHUNK_CHARS = 10_000


class Engine(Protocol):
    name: str  # "spacy" | "stanza"
    model: str  # model/package name
    version: str  # model version

    def annotate(self, items: Iterable[tuple[str, list[Block]]]) -> Iterator[Document]:
        """Parse each (text, blocks) pair; yield one Document per item, in order."""
        ...


_SURROGATES = re.compile("[\ud800-\udfff]")


def parser_text(region: str) -> str:
    """The region as handed to a parser: lone surrogates (left by undecodable input
    bytes) become U+FFFD, one code point for one, so every offset stays valid.
    Parsers encode to UTF-8 and would crash on them; token texts are read back
    from the original text, so the article is never altered."""
    return _SURROGATES.sub("\ufffd", region) if _SURROGATES.search(region) else region


def parse_regions(text: str, blocks: list[Block]) -> list[tuple[int, int, int]]:
    """The (start, end, block index) character regions an engine must parse.

    Only story blocks are parsed; boilerplate, captions and titles are kept as
    marked blocks but never analysed. With no blocks at all, the whole text is
    one region. Long blocks are cut at whitespace into chunks.
    """
    if not blocks:
        spans = [(0, len(text), -1)]
    else:
        spans = [(b.start, b.end, k) for k, b in enumerate(blocks) if b.kind in PARSED_BLOCK_KINDS]
    out: list[tuple[int, int, int]] = []
    for start, end, k in spans:
        while end - start > MAX_CHUNK_CHARS:
            cut = text.rfind(" ", start + MAX_CHUNK_CHARS // 2, start + MAX_CHUNK_CHARS)
            if cut <= start:
                cut = start + MAX_CHUNK_CHARS
            out.append((start, cut, k))
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if start < end and text[start:end].strip():
            out.append((start, end, k))
    return out
