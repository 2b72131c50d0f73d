"""Parses and character spans for the learned-extraction tests (one spaCy engine per test process)."""

from __future__ import annotations

from functools import lru_cache

from attribution.doc import Block, Document


@lru_cache(maxsize=1)
def engine():  # type: ignore[no-untyped-def]
    from attribution.nlp.spacy_engine import SpacyEngine

    return SpacyEngine()


def parse_body(text: str) -> Document:
    """``text`` parsed as one story block."""
    return next(engine().annotate([(text, [Block(0, len(text), "body")])]))


def parse_bare(text: str) -> Document:
    """``text`` parsed with no blocks marked (as a caller that gives none)."""
    return next(engine().annotate([(text, [])]))


def at(text: str, part: str) -> tuple[int, int]:
    """The characters of the first ``part`` in ``text``."""
    return text.index(part), text.index(part) + len(part)
