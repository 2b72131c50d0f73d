"""Shared fixtures for the NLP tests: one real spaCy engine per session (loading costs seconds)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from attribution.doc import Block, Document


@pytest.fixture(scope="session")
def spacy_engine():  # type: ignore[no-untyped-def]
    from attribution.nlp.spacy_engine import SpacyEngine

    return SpacyEngine()


@pytest.fixture(scope="session")
def parse(spacy_engine) -> Callable[..., Document]:  # type: ignore[no-untyped-def]
    def _parse(text: str, blocks: list[Block] | None = None) -> Document:
        return next(iter(spacy_engine.annotate([(text, blocks or [])])))

    return _parse
