"""Fixtures for extraction tests: one spaCy engine per module, a helper that parses and extracts."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from extract_helpers import Extracted

from attribution.doc import Block
from attribution.extraction import extract_attributions


@pytest.fixture(scope="module")
def engine():
    from attribution.nlp.spacy_engine import SpacyEngine

    return SpacyEngine()


@pytest.fixture(scope="module")
def extract(engine) -> Callable[..., Extracted]:
    def run(text: str, blocks: list[Block] | None = None) -> Extracted:
        doc = next(engine.annotate([(text, blocks or [])]))
        raws, notes = extract_attributions(doc)
        return Extracted(text, doc, raws, notes)

    return run
