"""Fixtures for extraction tests: one spaCy engine per module, a helper that parses and extracts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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


@pytest.fixture
def traced() -> Callable[[str], Any]:
    """The whole pipeline over one article of ``text`` from a recorded outlet, no cache: its report."""
    from attribution.article import ArticleInput
    from attribution.pipeline import Options, run

    def trace(text: str) -> Any:
        return run(
            [ArticleInput(id="a0", text=text, outlet="Coast Gazette", outlet_evidence="record")], Options(cache=False)
        )

    return trace
