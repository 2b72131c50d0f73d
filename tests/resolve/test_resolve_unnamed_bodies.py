"""Unnamed bodies: one normalised description per article, distinct descriptions stay apart."""

from __future__ import annotations

import pytest
from resolve_helpers import resolve, source_of

from attribution.resolve import default_aliases, resolve_corpus
from attribution.resolve.mention import Reader, words_from_string


def _name(phrase: str) -> str:
    return Reader(default_aliases()).read(words_from_string(phrase)).name


@pytest.mark.parametrize(
    "phrase",
    [
        "partner intelligence",
        "partner intelligence agencies",
        "a partner intelligence agency",
        "a partner country's intelligence agency",
        "a partner nation’s intelligence agency",
        "two unnamed partner intelligence agencies",
    ],
)
def test_wordings_of_one_unnamed_body_read_as_one_name(phrase: str) -> None:
    assert _name(phrase) == "unnamed partner intelligence agency"


def test_different_modifiers_make_different_unnamed_bodies() -> None:
    assert _name("a foreign intelligence agency") == "unnamed foreign intelligence agency"
    assert _name("an allied intelligence agency") == "unnamed allied intelligence agency"
    assert _name("an allied government") == "unnamed allied government"


def test_unnamed_people_keep_their_own_wording() -> None:
    # informants and officials are people, not a body: their wording is all we know of them
    assert _name("a foreign official") == "a foreign official"
    assert _name("sources") == "sources"


def test_one_article_joins_its_wordings_of_an_unnamed_body() -> None:
    text = (
        "The coast guard said, citing allied intelligence, that the tanker had sunk. "
        "An allied country's intelligence agency told the coast guard that no crew survived. "
        "A foreign intelligence agency said the cargo was oil."
    )
    _, res = resolve(
        text,
        [
            ("allied intelligence", 1, "citing"),
            ("An allied country's intelligence agency", 1, "told"),
            ("A foreign intelligence agency", 1, "said"),
        ],
    )
    first, second, foreign = source_of(res, 0), source_of(res, 1), source_of(res, 2)
    assert res.attribution_sources[0] == res.attribution_sources[1]
    assert (first.name, first.kind) == ("unnamed allied intelligence agency", "anonymous")
    assert res.attribution_sources[2] != res.attribution_sources[0]
    assert foreign.name == "unnamed foreign intelligence agency"
    assert second is first


def test_unnamed_bodies_stay_scoped_to_their_article() -> None:
    _, a = resolve(
        "Allied intelligence agencies said the tanker had sunk.", [("Allied intelligence agencies", 1, "said")], "a"
    )
    _, b = resolve(
        "An allied intelligence agency said the crew had left.", [("An allied intelligence agency", 1, "said")], "b"
    )
    resolution = resolve_corpus([a, b])
    ida = resolution.source_id(0, a.attribution_sources[0] or 0)
    idb = resolution.source_id(1, b.attribution_sources[0] or 0)
    assert ida != idb
    names = {s.id: s.name for s in resolution.sources}
    assert names[ida] == names[idb] == "unnamed allied intelligence agency"
