"""Helpers for extraction tests (imported by name: tests are not a package)."""

from __future__ import annotations

from dataclasses import dataclass

from attribution.article import Note
from attribution.doc import Block, Document
from attribution.extraction.types import RawAttribution


@dataclass
class Extracted:
    text: str
    doc: Document
    raws: list[RawAttribution]
    notes: list[Note]

    def content(self, raw: RawAttribution) -> list[str]:
        return [self.text[s:e] for s, e in raw.content]

    def cue(self, raw: RawAttribution) -> str:
        return self.text[raw.cue[0] : raw.cue[1]]

    def by_source(self, needle: str) -> list[RawAttribution]:
        return [r for r in self.raws if r.source is not None and needle in r.source.text]

    def by_cue(self, cue: str) -> list[RawAttribution]:
        return [r for r in self.raws if self.cue(r) == cue]


def paragraphs(text: str) -> list[Block]:
    """One block per non-empty line; lines starting with "- " are bullets (start after the marker)."""
    out: list[Block] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        if line.startswith("- "):
            out.append(Block(start + 2, end, "bullet"))
        else:
            out.append(Block(start, end, "body"))
    return out
