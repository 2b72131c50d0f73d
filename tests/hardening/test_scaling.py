"""Work per article grows linearly with its size: a long article with many attributions must
finish in seconds, not minutes. Never timed: these count operations at two sizes instead.

These once failed (quadratic code in trace/ and resolve/); they now pass and guard against regressions.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from attribution.extraction import extract_attributions
from attribution.ingest import article_from_text

TREES = ["Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Ginkgo", "Hazel", "Ivy", "Juniper", "Kapok", "Larch",
         "Maple", "Nutmeg", "Oak", "Pine", "Quince", "Rowan", "Spruce", "Teak", "Upas", "Vine", "Willow", "Yew",
         "Zelkova", "Acacia", "Beech", "Cypress", "Date", "Ebony", "Fig", "Gum", "Holly", "Iroko", "Jacaranda",
         "Kauri", "Lime", "Mango", "Neem", "Olive"]


@pytest.fixture(scope="module")
def engine() -> Any:
    from attribution.nlp.spacy_engine import SpacyEngine

    return SpacyEngine()


def _article(engine: Any, n: int) -> tuple[Any, Any, Any]:
    """n sentences, each with its own named source and its own claim."""
    text = " ".join(
        f"{TREES[i]} Institute director Anna {TREES[i]}son said that {i + 3} boats sank near the pier."
        for i in range(n)
    )
    article = article_from_text(text, id="many.txt")
    doc = next(iter(engine.annotate([(text, list(article.blocks))])))
    doc.blocks = list(article.blocks)
    raws, _ = extract_attributions(doc)
    assert len(raws) >= n * 3 // 4  # the sentences really are attributions
    return article, doc, raws


class _CountingList(list):  # type: ignore[type-arg]
    scans = 0

    def __iter__(self) -> Iterator[Any]:
        _CountingList.scans += 1
        return super().__iter__()


def test_claim_candidates_do_not_rescan_the_document_per_attribution(engine: Any) -> None:
    from attribution.tracing import mention_candidates

    scans = []
    for n in (10, 40):
        article, doc, raws = _article(engine, n)
        doc.tokens = _CountingList(doc.tokens)
        _CountingList.scans = 0
        mention_candidates(doc, raws, article)
        scans.append(_CountingList.scans)
    assert scans[1] <= scans[0] + 2, f"full token scans: {scans[0]} for 10 attributions, {scans[1]} for 40"


def test_local_resolution_normalises_each_name_a_bounded_number_of_times(
    engine: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import attribution.resolve.local as local
    from attribution.resolve import resolve_article

    real = local.norm_key
    calls = [0]

    def counted(*args: Any, **kwargs: Any) -> str:
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(local, "norm_key", counted)
    per_size = []
    for n in (10, 40):
        article, doc, raws = _article(engine, n)
        calls[0] = 0
        resolve_article(doc, raws, article)
        per_size.append(calls[0])
    # linear: 4x the sources may cost at most ~6x the normalisations (today: 120 -> 1680, 14x)
    assert per_size[1] <= 6 * per_size[0], f"norm_key calls: {per_size[0]} for 10 sources, {per_size[1]} for 40"


def test_extraction_scans_the_document_a_bounded_number_of_times(engine: Any) -> None:
    # the part we own: extraction stays linear (same counting as above, and it passes)
    scans = []
    for n in (10, 40):
        _article_, doc, _raws = _article(engine, n)
        doc.tokens = _CountingList(doc.tokens)
        _CountingList.scans = 0
        extract_attributions(doc)
        scans.append(_CountingList.scans)
    assert scans[1] <= scans[0] + 2, scans
