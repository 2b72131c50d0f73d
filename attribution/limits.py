"""Bounds on the work one article can cause, applied where text enters the per-article stages.

Hostile or broken text (one "sentence" of 10,000 "according to X, citing Y" links, a
2-million-character line, thousands of stray quote marks) must not make a run superlinear.
The rules of extraction, resolution and tracing stay as they are; what they are given is bounded
here, by the orchestrator, and every cut is reported as a diagnostic on the article:

* ``MAX_ARTICLE_CHARS``: only the first characters of an article are parsed and analysed
  (story blocks past the bound are not parsed; one that straddles it is cut at the bound).
* ``MAX_SENTENCE_TOKENS``: a longer "sentence" is analysed in windows of that many tokens
  (a dependency that crosses a window edge is cut: the token becomes a root of its window).
* ``MAX_ATTRIBUTIONS`` per article and ``MAX_CHAIN`` links per chain (``parent`` depth):
  relations past them are dropped or unlinked.

Real news is far inside every bound (the longest sentence of the seed and evaluation corpora
has under 150 tokens), so reports on real articles never change; see docs/reliability.md.
"""

from __future__ import annotations

from dataclasses import replace

from .article import ArticleInput, Note
from .doc import PARSED_BLOCK_KINDS, Block, Document, Sentence, Token
from .extraction.types import RawAttribution

MAX_ARTICLE_CHARS = 200_000
MAX_SENTENCE_TOKENS = 250
MAX_ATTRIBUTIONS = 2_000
MAX_CHAIN = 50


def bound_article(article: ArticleInput) -> ArticleInput:
    """``article`` with its parsed blocks cut at ``MAX_ARTICLE_CHARS`` (and a note), or itself."""
    size = len(article.text)
    if size <= MAX_ARTICLE_CHARS:
        return article
    limit = MAX_ARTICLE_CHARS
    cut = article.text.rfind(" ", limit // 2, limit)
    limit = cut if cut > 0 else limit
    blocks: list[Block] = []
    for b in article.blocks or [Block(0, size, "body")]:
        if b.kind not in PARSED_BLOCK_KINDS or b.end <= limit:
            blocks.append(b)
        elif b.start >= limit:
            blocks.append(Block(b.start, b.end, "boilerplate", "over-limit"))
        else:
            blocks.append(Block(b.start, limit, b.kind, b.reason))
            blocks.append(Block(limit, b.end, "boilerplate", "over-limit"))
    note = Note(
        "article-cut",
        f"the article has {size:,} characters; only the first {limit:,} were analysed "
        f"(per-article limit {MAX_ARTICLE_CHARS:,}): split it to analyse the rest",
        limit,
        size,
    )
    return replace(article, blocks=blocks, notes=[*article.notes, note])


def bound_document(doc: Document) -> tuple[Document, list[Note]]:
    """``doc`` with over-long sentences split into windows (and notes), or ``doc`` itself untouched."""
    if all(s.end_token - s.start_token <= MAX_SENTENCE_TOKENS for s in doc.sentences):
        return doc, []
    notes: list[Note] = []
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    for sent in doc.sentences:
        n = sent.end_token - sent.start_token
        if n <= MAX_SENTENCE_TOKENS:
            windows = [(sent.start_token, sent.end_token)]
        else:
            windows = [
                (lo, min(lo + MAX_SENTENCE_TOKENS, sent.end_token))
                for lo in range(sent.start_token, sent.end_token, MAX_SENTENCE_TOKENS)
            ]
            notes.append(
                Note(
                    "sentence-split",
                    f"a sentence of {n:,} tokens (over the limit of {MAX_SENTENCE_TOKENS}) was analysed in "
                    f"windows of {MAX_SENTENCE_TOKENS} tokens: relations across a window edge may be missed",
                    sent.start,
                    sent.end,
                )
            )
        for lo, hi in windows:
            index = len(sentences)
            for t in doc.tokens[lo:hi]:
                head = t.head if lo <= t.head < hi else t.i
                deprel = t.deprel if head != t.i or t.head == t.i else "root"
                tokens.append(replace(t, sent=index, head=head, deprel=deprel))
            sentences.append(Sentence(lo, hi, doc.tokens[lo].start, doc.tokens[hi - 1].end, sent.block))
    bounded = Document(
        text=doc.text,
        tokens=tokens,
        sentences=sentences,
        entities=doc.entities,
        coref=doc.coref,
        blocks=doc.blocks,
        engine=doc.engine,
        model=doc.model,
        version=doc.version,
    )
    return bounded, notes


def bound_raws(raws: list[RawAttribution]) -> tuple[list[RawAttribution], list[Note]]:
    """At most ``MAX_ATTRIBUTIONS`` relations and chains of at most ``MAX_CHAIN`` links (with notes)."""
    notes: list[Note] = []
    if len(raws) > MAX_ATTRIBUTIONS:
        notes.append(
            Note(
                "attributions-cut",
                f"{len(raws):,} attributions found; only the first {MAX_ATTRIBUTIONS:,} are kept "
                "(per-article limit)",
            )
        )
        raws = raws[:MAX_ATTRIBUTIONS]
        for r in raws:
            if r.parent is not None and not 0 <= r.parent < len(raws):
                r.parent = None
    size = len(raws)
    depth = [0] * size
    state = [0] * size  # 0 not seen, 1 on the current path, 2 done
    cut = 0
    for n in range(size):
        path: list[int] = []
        j: int | None = n
        while j is not None and 0 <= j < size and state[j] == 0:
            state[j] = 1
            path.append(j)
            j = raws[j].parent
        if j is not None and 0 <= j < size and state[j] == 1:  # a loop: unlink its last link
            raws[path[-1]].parent = None
            cut += 1
            d = 0
        else:
            d = depth[j] if j is not None and 0 <= j < size else 0
        for i in reversed(path):
            d += 1
            if d > MAX_CHAIN:  # too deep to follow: this link starts a new chain
                raws[i].parent = None
                cut += 1
                d = 1
            depth[i] = d
            state[i] = 2
    if cut:
        notes.append(
            Note("chain-cut", f"{cut} attribution chain link(s) cut: chains are followed at most {MAX_CHAIN} deep")
        )
    return raws, notes


__all__ = [
    "MAX_ARTICLE_CHARS",
    "MAX_ATTRIBUTIONS",
    "MAX_CHAIN",
    "MAX_SENTENCE_TOKENS",
    "bound_article",
    "bound_document",
    "bound_raws",
]
