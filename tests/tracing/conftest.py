"""A parser for the candidate tests (spaCy engine, loaded once)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from attribution.doc import Block, Document


@pytest.fixture(scope="session")
def parse() -> Callable[[str], Document]:
    try:
        from attribution.nlp.spacy_engine import SpacyEngine

        engine = SpacyEngine()
    except Exception as exc:  # pragma: no cover - environment without the model
        pytest.skip(f"spaCy model not available: {exc}")

    def _parse(text: str) -> Document:
        return next(iter(engine.annotate([(text, [Block(0, len(text), "body")])])))

    return _parse
