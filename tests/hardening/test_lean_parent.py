"""The parent keeps only what the cross-article stage needs, and the leaner structures give the same answers.

At 100,000 tiny articles the parent once peaked at 2.6 GB: every analysis in full, a dict of every
article's 32 LSH band keys, a dict of every 5-gram's posting list, a "fields set" per report model and
the report's JSON twice. Each test below pins one of the replacements to the definition it replaced.
"""

from __future__ import annotations

import copy
import random
from array import array
from pathlib import Path

import pytest

from attribution.analysis import compact
from attribution.article import ArticleInput
from attribution.cachefs import read_entry, write_entry
from attribution.models import Diagnostic, Span
from attribution.pipeline import _reduce, analyse_many, reduce
from attribution.plan import Options, make_plan
from attribution.tracing import ArticleCandidates
from attribution.tracing import dependence as dep
from attribution.tracing.fingerprint import (
    _MASK64,
    BUCKET_ALL_PAIRS,
    BUCKET_WINDOW,
    NUM_PERM,
    band_keys,
    candidate_pairs,
)


def _pairs_by_dict(signatures):
    """The definition: a dict of every (band, rows) key and its members in input order."""
    buckets: dict = {}
    for idx, sig in signatures:
        if all(v == _MASK64 for v in sig):
            continue
        for key in band_keys(sig):
            buckets.setdefault(key, []).append(idx)
    pairs = set()
    for members in buckets.values():
        reach = len(members) if len(members) <= BUCKET_ALL_PAIRS else BUCKET_WINDOW + 1
        for x in range(len(members)):
            for y in range(x + 1, min(len(members), x + reach)):
                i, j = members[x], members[y]
                pairs.add((i, j) if i < j else (j, i))
    return pairs


@pytest.mark.parametrize("seed", range(12))
def test_band_pairs_are_those_of_the_dict_of_band_keys(seed):
    rng = random.Random(seed)
    values = [rng.getrandbits(64) for _ in range(rng.randint(1, 5))] + [_MASK64]
    n = rng.choice([0, 1, 2, 40, 150, 300])  # 150 and 300 over few values: bands crowded past BUCKET_ALL_PAIRS
    ids = rng.sample(range(10 * n + 1), n) if seed % 2 else list(range(n))
    signatures = [(i, [rng.choice(values) for _ in range(NUM_PERM)]) for i in ids]
    signatures.append((10 * n + 5, [_MASK64] * NUM_PERM))  # an empty article proposes nothing
    signatures.append((10 * n + 6, array("Q", signatures[0][1] if n else [1] * NUM_PERM)))  # compacted form
    found = candidate_pairs(signatures)
    assert found == _pairs_by_dict(signatures)
    assert all(type(i) is int and type(j) is int for i, j in found)


def _copied_by_dict(candidates):
    """The definition: a dict of every 5-gram's articles."""
    postings: dict = {}
    for i, c in enumerate(candidates):
        for h in c.shingles:
            postings.setdefault(h, []).append(i)
    shared: dict = {}
    for members in postings.values():
        if 2 <= len(members) <= dep.MAX_SHINGLE_ARTICLES:
            for x in range(len(members)):
                for y in range(x + 1, len(members)):
                    shared[(members[x], members[y])] = shared.get((members[x], members[y]), 0) + 1
    out = []
    for (i, j), k in sorted(shared.items()):
        smaller = min(len(candidates[i].shingles), len(candidates[j].shingles))
        if k >= dep.MIN_COPIED_SHINGLES and smaller and k / smaller >= dep.MIN_COPIED_SHARE:
            out.append((i, j, k))
    return out


@pytest.mark.parametrize("seed", range(8))
def test_copied_passages_are_those_of_the_dict_of_postings(seed):
    rng = random.Random(seed)
    dense = seed % 2 == 0  # few 5-grams among a dozen articles: pairs share 30 and more
    pool = [rng.getrandbits(64) for _ in range(60 if dense else rng.randint(40, 300))]
    candidates = [
        ArticleCandidates(article_id=f"a{k}", mentions=[], signature=[],
                          shingles=sorted(rng.sample(pool, rng.randint(35, 55) if dense else rng.randint(0, 40))))
        for k in range(rng.randint(2, 14) if dense else rng.randint(0, 40))
    ]
    expected = _copied_by_dict(candidates)
    assert dep.copied_pairs(candidates) == expected
    for c in candidates:
        c.shingles = array("Q", c.shingles)
    assert dep.copied_pairs(candidates) == expected
    if dense:
        assert expected  # the table is not vacuous


ARTICLES = [
    ArticleInput(id=f"t{k}.txt", text=text)
    for k, text in enumerate([
        "The mayor said 40 homes were flooded on Monday.",
        "According to the coast guard, two crew members were injured when 41 containers fell into the sea.",
        "The harbour authority said on Monday that 40 containers fell into the sea during the storm.",
        "\u201cWe will rebuild,\u201d the mayor told reporters, citing the city engineer.",
    ])
]


@pytest.fixture(scope="module")
def analyses():
    from attribution.ingest import article_from_text

    articles = [article_from_text(a.text, id=a.id) for a in ARTICLES]
    plan = make_plan(Options(engine="spacy", cache=False))
    return list(analyse_many(articles, plan, None))


def test_a_compacted_analysis_gives_the_same_report(analyses):
    full = reduce(copy.deepcopy(analyses))
    small = [compact(copy.deepcopy(a)) for a in analyses]
    assert all(isinstance(a.candidates.signature, array) for a in small)
    assert [list(a.candidates.shingles) for a in small] == [list(a.candidates.shingles) for a in analyses]
    assert reduce(small).model_dump_json() == full.model_dump_json()


def test_compacting_twice_changes_nothing(analyses):
    once = compact(copy.deepcopy(analyses[1]))
    twice = compact(copy.deepcopy(once))
    assert reduce([twice]).model_dump_json() == reduce([once]).model_dump_json()


def test_the_reduce_lets_go_of_each_analysis_it_owns(analyses):
    owned: list = copy.deepcopy(analyses)
    report = _reduce(owned, [], [], claims=True, independence="body")
    assert owned == [None] * len(analyses)
    assert report.model_dump_json() == reduce(analyses).model_dump_json()


def test_models_given_every_field_share_one_fields_set_that_cannot_leak():
    a, b = Span(text="x", start=0, end=1), Span(text="y", start=2, end=3)
    assert a.__pydantic_fields_set__ is b.__pydantic_fields_set__
    a.text = "z"  # assigning a field already in the set is a no-op on it
    assert b.model_fields_set == {"text", "start", "end"}
    part = Diagnostic(code="c", message="m")  # some fields left at their defaults: its own set
    other = Diagnostic(code="d", message="n")
    assert part.__pydantic_fields_set__ is not other.__pydantic_fields_set__
    part.start = 3
    assert other.model_fields_set == {"code", "message"}
    assert other.model_dump(exclude_unset=True) == {"code": "d", "message": "n"}
    assert a.model_copy(update={"end": 9}).model_fields_set == {"text", "start", "end"}


def test_an_entry_written_in_parts_reads_back_whole(tmp_path: Path):
    parts = (b'{"key":"k","report":', b'{"x":' + b"1" * 100_000 + b"}", b"}")
    write_entry(tmp_path / "one", b"M1", b"".join(parts))
    write_entry(tmp_path / "parts", b"M1", parts)
    assert read_entry(tmp_path / "parts", b"M1") == read_entry(tmp_path / "one", b"M1") == b"".join(parts)
