"""Whether an unnamed origin may be a named one reads the unnamed origin once (``_MayBe``: its country, levels of
government and head nouns) and tests it against each named origin: the same answers as main 8b1721f's ``_may_be``,
which read the unnamed origin again for every named one."""

from __future__ import annotations

import itertools
import random

import pytest

from attribution.lang.en.independence import GOVERNMENT_LEVELS
from attribution.models import Source
from attribution.resolve.normalize import norm_key
from attribution.tracing.independence import _may_be
from attribution.tracing.independence.affiliation import _head_may_be, _may_be_heads, _MayBe
from attribution.tracing.independence.names import _words

#: (name, kind, description, country): unnamed origins and named ones, some built to be one another
POOL = [
    ("officials", "government", None, None),
    ("U.S. officials", "government", None, "United States"),
    ("South Korean officials", "government", None, "South Korea"),
    ("the agency", "government", None, None),
    ("an agency", "government", None, None),
    ("Korea Disease Control Agency", "government", None, "South Korea"),
    ("British lawmakers", "legislator", None, "United Kingdom"),
    ("the Commons Transport Committee", "legislator", None, "united kingdom"),
    ("the French leader", "person", None, "France"),
    ("Emmanuel Macron", "person", "President of France", "France"),
    ("an unnamed criminal gang", "unknown", None, None),
    ("BlackFern", "organization", "a ransomware gang", None),
    ("the city health office", "government", None, None),
    ("Provincial Health Office", "government", None, None),
    ("the provincial health office", "government", None, None),
    ("Dr. Aguila", "person", "provincial health officer", None),
    ("an advisory panel to the agency", "organization", None, None),
    ("authorities", "government", None, None),
    ("Ana Ruiz", "person", "head of the regional rescue agency", None),
    ("Tom Lee", "person", "a spokesman for the ministry", None),
    ("the newspaper", "media outlet", None, None),
    ("Ana Berg", "person", None, None),
    ("the Interior Ministry", "government", None, "Chile"),
    ("Tomas Berg", "person", "Interior Minister", "Chile"),
]


def _main_may_be(unnamed: Source, named: Source | None, sources: dict[str, Source] | None = None) -> bool:
    """main 8b1721f's ``_may_be``: the unnamed origin read again for each named one."""
    if named is None or (unnamed.country and named.country and norm_key(unnamed.country) != norm_key(named.country)):
        return False
    a = _words(unnamed.name) & GOVERNMENT_LEVELS
    b = (_words(named.name) | _words(named.description)) & GOVERNMENT_LEVELS
    if a and b and not a & b:
        return False
    return any(_head_may_be(head, unnamed, named, sources) for head in _may_be_heads(unnamed))


def _sources(rng: random.Random | None = None) -> dict[str, Source]:
    sources = {}
    for n, (name, kind, description, country) in enumerate(POOL):
        if rng is not None and rng.random() < 0.3:
            country = rng.choice([None, "France", "South Korea", "Chile", ""])
        sources[f"s{n:02d}"] = Source(id=f"s{n:02d}", name=name, kind=kind, description=description, country=country)
    # an interior minister whose path reaches a government (``officials_may_be_the_state``)
    sources["s23"] = sources["s23"].model_copy(update={"affiliation_path": ["s23", "s22"]})
    return sources


@pytest.mark.parametrize("seed", range(40))
def test_an_unnamed_origin_read_once_may_be_the_named_ones_it_was_before(seed: int) -> None:
    sources = _sources(random.Random(seed) if seed else None)
    for u, v in itertools.product(sorted(sources), [*sorted(sources), "missing"]):
        unnamed = sources[u]
        reader = _MayBe(unnamed, sources)
        assert reader(sources.get(v)) == _main_may_be(unnamed, sources.get(v), sources), (u, v)
        assert _may_be(unnamed, sources.get(v), sources) == _main_may_be(unnamed, sources.get(v), sources)


@pytest.mark.parametrize(
    ("unnamed", "named", "may_be"),
    [
        ("U.S. officials", "South Korean officials", False),  # countries differ
        ("the city health office", "Provincial Health Office", False),  # levels of government differ
        ("the city health office", "Dr. Aguila", False),  # the level a person's role states
        ("the provincial health office", "Provincial Health Office", True),
        ("an unnamed criminal gang", "BlackFern", True),
        ("the French leader", "Emmanuel Macron", True),
        ("an advisory panel to the agency", "Korea Disease Control Agency", True),  # its last word is read too
    ],
)
def test_an_unnamed_origin_may_be_a_named_one_by_its_head_country_and_level(
    unnamed: str, named: str, may_be: bool
) -> None:
    sources = _sources()
    by_name = {s.name: s for s in sources.values()}
    assert _MayBe(by_name[unnamed], sources)(by_name[named]) is may_be


def test_the_pool_holds_pairs_that_may_be_one_another_and_pairs_that_may_not() -> None:
    sources = _sources()
    answers = {_main_may_be(sources[u], sources[v], sources) for u in sources for v in sources}
    assert answers == {True, False}
