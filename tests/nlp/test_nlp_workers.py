"""A process pool gives exactly the analyses one process gives, in the same order, and shares its cache.

(The annotate stage's own pool, which the pipeline could not reach, is gone: parallel runs map
annotate + analyse over chunks with ``executor.map_chunks``, the same loop a serial run uses.)
"""

from __future__ import annotations

import pytest

from attribution.article import ArticleInput
from attribution.doc import Block
from attribution.nlp.annotate import EngineSpec, annotate_articles
from attribution.pipeline import Options, reduce
from attribution.scale import analyse_in_pool


def test_two_workers_give_the_same_documents_as_one(tmp_path, monkeypatch, spacy_engine):
    texts = [
        "The ministry said 40 people were rescued.",
        "Headline\n\nAccording to the coast guard, the ferry was overloaded.",
        "Witnesses told reporters that the ship listed before it sank. It was carrying 300 passengers.",
        "“We will rebuild,” the governor said on Friday.",
        "Police were told by residents that the road had flooded.",
    ]
    articles = [
        ArticleInput(id=str(n), text=t, blocks=[Block(0, 8, "title"), Block(10, len(t), "body")] if n == 1 else [])
        for n, t in enumerate(texts)
    ]
    # the single-process reference reuses the session's engine (the pool's workers load their own)
    monkeypatch.setattr(EngineSpec, "create", lambda self: spacy_engine)
    one = [d.to_dict() for d in annotate_articles(articles, engine="spacy", use_cache=False)]
    pooled = analyse_in_pool(articles, Options(engine="spacy", cache_dir=str(tmp_path), force_workers=True), 2)
    assert [a.article.text for a in pooled] == texts
    assert reduce(pooled).to_json() == reduce(
        analyse_in_pool(articles, Options(engine="spacy", cache=False), 1)
    ).to_json()
    # the workers filled the cache, which a single process reads back unchanged (without an engine)
    assert len(list(tmp_path.glob("annotations-v*/*/*.json.z"))) == len(texts)
    monkeypatch.setattr(EngineSpec, "create", lambda self: pytest.fail("a warm run must not load the engine"))
    warm = [d.to_dict() for d in annotate_articles(articles, engine="spacy", cache_dir=str(tmp_path))]
    assert warm == one
