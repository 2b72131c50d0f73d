"""``_body_named_within`` finds the bodies a text may hold through a word index (``_keys_by_word``) instead of
testing every name key of the corpus against every affiliation: the same body, or none, as the scan of every key
(main 1b89b30's code, kept here as the oracle) on generated corpora of bodies whose names share words, and on
texts holding several names whole, in part and in another order."""

from __future__ import annotations

import random

import pytest

from attribution.models import Source
from attribution.resolve.aliases import default_aliases
from attribution.resolve.corpus import _body_index, _body_named_within, _name_words
from attribution.resolve.normalize import norm_key

WORDS = ["state", "police", "search", "rescue", "agency", "national", "health", "service", "maryland", "sumatra",
         "west", "disaster", "management", "board", "railway", "eastern", "south", "ministry", "interior", "office"]
FILLER = ["the", "of", "and", "head", "secretary", "spokesperson", "for", "said", "a", "deputy"]


def _scan_every_key(text: str, index: dict[object, list[Source]]) -> Source | None:
    """The rule as it was written first: every key of the index tested in turn."""
    words = set(norm_key(text).split())
    best: dict[str, Source] = {}
    size = 0
    for key in index:
        if not isinstance(key, str):
            continue
        need = _name_words(key)
        if len(need) < 2 or len(need) < size or not need <= words:
            continue
        if len(need) > size:
            best, size = {}, len(need)
        best.update((x.id, x) for x in index[key])
    return next(iter(best.values())) if len(best) == 1 else None


def _corpus(rng: random.Random, n: int) -> list[Source]:
    sources = []
    for k in range(n):
        name = " ".join(w.title() for w in rng.sample(WORDS, rng.randint(1, 4)))
        aliases = [" ".join(w.title() for w in rng.sample(WORDS, 2))] if rng.random() < 0.3 else []
        kind = rng.choice(["government", "organization", "person", "police"])
        sources.append(Source(id=f"s{k}", name=name, kind=kind, aliases=aliases))
    return sources


def _texts(rng: random.Random, sources: list[Source], count: int) -> list[str]:
    out = []
    for _ in range(count):
        words = rng.sample(FILLER, 3)
        for s in rng.sample(sources, rng.randint(0, min(2, len(sources)))):
            name = s.name.split()
            words += rng.sample(name, rng.randint(1, len(name)))  # whole or in part, in any order
        words += rng.sample(WORDS, rng.randint(0, 2))
        rng.shuffle(words)
        out.append(" ".join(words))
    return out


@pytest.mark.parametrize("seed", range(40))
def test_the_word_index_finds_the_body_the_scan_of_every_key_finds(seed: int) -> None:
    rng = random.Random(seed)
    sources = _corpus(rng, rng.randint(1, 60))
    index = _body_index(sources, default_aliases())
    for text in _texts(rng, sources, 40):
        expected = _scan_every_key(text, index)
        found = _body_named_within(text, index)
        assert (found.id if found else None) == (expected.id if expected else None), text


def test_a_plain_dict_index_is_read_as_the_built_one() -> None:
    rng = random.Random(7)
    sources = _corpus(rng, 50)
    built = _body_index(sources, default_aliases())
    plain = dict(built)
    for text in _texts(rng, sources, 60):
        a, b = _body_named_within(text, built), _body_named_within(text, plain)
        assert (a.id if a else None) == (b.id if b else None)


def test_the_most_specific_body_a_role_holds_is_found_through_the_index() -> None:
    sources = [
        Source(id="police", name="State Police", kind="police"),
        Source(id="md", name="Maryland State Police", kind="police"),
        Source(id="sar", name="Search and Rescue Agency", kind="organization"),
    ]
    index = _body_index(sources, default_aliases())
    found = _body_named_within("Maryland's secretary of state police", index)
    assert found is not None and found.id == "md"
    found = _body_named_within("head of West Sumatra's search and rescue agency", index)
    assert found is not None and found.id == "sar"
    assert _body_named_within("a spokesperson for the agency", index) is None
