"""The internal, engine-independent parse of one article.

Every NLP engine (spaCy, stanza) produces this model, labelled with Universal
Dependencies relations, so every extraction rule is written once against UD.

Offsets (``start``/``end``) are Python string indices into the ORIGINAL article
text (``Document.text``), so ``doc.text[tok.start:tok.end] == tok.text`` always.
Token ``head`` and entity/sentence token bounds are document-level token indices.
A root token is its own head and has deprel ``root``.

Plain dataclasses with ``__slots__``: extraction walks these in hot loops.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from .kinds import BlockKind

#: Version of the serialised layout; bump when fields change so caches rebuild.
DOC_SCHEMA_VERSION = 1

#: Block kinds of the story itself: their sentences can be claims.
STORY_BLOCK_KINDS = frozenset({BlockKind.BODY, BlockKind.BULLET})
#: Block kinds that the NLP engines parse: the story, and credit lines ("With reporting by
#: Reuters", "Source: X and news agencies"), which declare what the article draws on but are
#: never claims. Everything else (boilerplate, captions, titles, bylines) is kept as a marked
#: block and never parsed.
PARSED_BLOCK_KINDS = STORY_BLOCK_KINDS | {BlockKind.CREDIT}


@dataclass(slots=True)
class Block:
    """A paragraph-like region of the article text, classified by ingest.

    kind: "body" (story paragraph), "bullet" (list item of the story; ``start``
    is after the bullet marker), "title", "heading", "caption", "byline", "credit" (credit lines,
    parsed for references, never claims),
    "dateline", "boilerplate" (page furniture, appeals, link lines).
    """

    start: int
    end: int
    kind: str = "body"
    reason: str | None = None


@dataclass(slots=True)
class Token:
    i: int
    text: str
    lemma: str
    upos: str
    xpos: str
    head: int
    deprel: str
    start: int
    end: int
    sent: int
    ent: str = ""  # OntoNotes label of the entity the token is in, "" if none
    space_after: bool = True


@dataclass(slots=True)
class Sentence:
    start_token: int  # first token index
    end_token: int  # one past the last token index
    start: int  # character offsets
    end: int
    block: int = -1  # index into Document.blocks, -1 when not known


@dataclass(slots=True)
class Entity:
    start_token: int
    end_token: int  # exclusive
    label: str  # OntoNotes: PERSON, ORG, GPE, NORP, ...
    start: int
    end: int
    text: str


@dataclass(slots=True)
class CorefChain:
    """Mentions as (start_token, end_token) pairs; ``representative`` indexes ``mentions``."""

    mentions: list[tuple[int, int]]
    representative: int = 0


@dataclass(slots=True)
class Document:
    text: str
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    coref: list[CorefChain] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    engine: str = ""
    model: str = ""
    version: str = ""

    # -- navigation helpers -------------------------------------------------
    def sentence_tokens(self, s: int) -> list[Token]:
        sent = self.sentences[s]
        return self.tokens[sent.start_token : sent.end_token]

    def tokens_within(self, start: int, end: int) -> list[Token]:
        """The tokens lying wholly inside characters ``start``..``end`` (a cue's span), in order; found by bisection
        over the tokens' starts, not by a scan of the whole document."""
        out = []
        for t in self.tokens[bisect_left(self.tokens, start, key=lambda t: t.start) :]:
            if t.start > end:
                break
            if t.end <= end:
                out.append(t)
        return out

    def children(self, i: int) -> Iterator[Token]:
        """Dependents of token ``i`` in order (scans the token's sentence only)."""
        sent = self.sentences[self.tokens[i].sent]
        for t in self.tokens[sent.start_token : sent.end_token]:
            if t.head == i and t.i != i:
                yield t

    def subtree(self, i: int) -> tuple[int, int]:
        """Token bounds (start, end-exclusive) of the projective subtree of ``i``."""
        sent = self.sentences[self.tokens[i].sent]
        lo = hi = i
        changed = True
        inside = {i}
        toks = self.tokens[sent.start_token : sent.end_token]
        while changed:
            changed = False
            for t in toks:
                if t.i not in inside and t.head in inside and t.i != t.head:
                    inside.add(t.i)
                    changed = True
        lo, hi = min(inside), max(inside)
        return lo, hi + 1

    def span_text(self, start_token: int, end_token: int) -> str:
        if start_token >= end_token:
            return ""
        return self.text[self.tokens[start_token].start : self.tokens[end_token - 1].end]

    def char_span(self, start_token: int, end_token: int) -> tuple[int, int]:
        return self.tokens[start_token].start, self.tokens[end_token - 1].end

    # -- serialisation (for the annotation cache) ---------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": DOC_SCHEMA_VERSION,
            "text": self.text,
            "engine": self.engine,
            "model": self.model,
            "version": self.version,
            # tokens as compact rows: the cache is read back thousands of times
            "tokens": [
                [t.text, t.lemma, t.upos, t.xpos, t.head, t.deprel, t.start, t.end, t.sent, t.ent, t.space_after]
                for t in self.tokens
            ],
            "sentences": [[s.start_token, s.end_token, s.start, s.end, s.block] for s in self.sentences],
            "entities": [[e.start_token, e.end_token, e.label, e.start, e.end, e.text] for e in self.entities],
            "coref": [
                {"mentions": [list(m) for m in c.mentions], "representative": c.representative} for c in self.coref
            ],
            "blocks": [asdict(b) for b in self.blocks],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        if data.get("schema") != DOC_SCHEMA_VERSION:
            raise ValueError(f"document schema {data.get('schema')!r} is not {DOC_SCHEMA_VERSION}")
        tokens = [
            Token(i, r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10])
            for i, r in enumerate(data["tokens"])
        ]
        return cls(
            text=data["text"],
            tokens=tokens,
            sentences=[Sentence(*r) for r in data["sentences"]],
            entities=[Entity(*r) for r in data["entities"]],
            coref=[CorefChain([tuple(m) for m in c["mentions"]], c["representative"]) for c in data["coref"]],  # type: ignore[misc]
            blocks=[Block(**b) for b in data["blocks"]],
            engine=data["engine"],
            model=data["model"],
            version=data["version"],
        )
