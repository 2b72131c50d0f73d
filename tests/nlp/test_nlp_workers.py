"""A process pool gives exactly the documents one process gives, in the same order."""

from __future__ import annotations

import pytest

from attribution.article import ArticleInput
from attribution.doc import Block
from attribution.nlp.annotate import EngineSpec, annotate_articles


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
    one = [d.to_dict() for d in annotate_articles(articles, engine="spacy", use_cache=False, workers=1)]
    two = [
        d.to_dict()
        for d in annotate_articles(articles, engine="spacy", cache_dir=str(tmp_path), workers=2, batch_size=2)
    ]
    assert two == one
    assert [d["text"] for d in two] == texts
    # the workers filled the cache, which a single process reads back unchanged (without an engine)
    assert len(list(tmp_path.rglob("*.json.z"))) == len(texts)
    monkeypatch.setattr(EngineSpec, "create", lambda self: pytest.fail("a warm run must not load the engine"))
    warm = [d.to_dict() for d in annotate_articles(articles, engine="spacy", cache_dir=str(tmp_path), workers=1)]
    assert warm == one
