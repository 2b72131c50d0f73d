"""Helpers for the NLP tests (importable because pytest puts this folder on sys.path)."""

from __future__ import annotations

from attribution.doc import Document, Token


def tok(doc: Document, text: str, nth: int = 0) -> Token:
    """The ``nth`` token whose text is ``text`` (tests name words, not indices)."""
    found = [t for t in doc.tokens if t.text == text]
    assert len(found) > nth, f"{text!r} not in {[t.text for t in doc.tokens]}"
    return found[nth]


def head_of(doc: Document, t: Token) -> Token:
    return doc.tokens[t.head]
