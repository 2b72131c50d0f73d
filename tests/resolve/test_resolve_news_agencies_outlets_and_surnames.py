"""Across articles: a news agency's generic words, bodies cited as outlets, lone surnames."""

from __future__ import annotations

from resolve_helpers import resolve

from attribution.resolve import ArticleSources, resolve_corpus


def _ids(arts: list[ArticleSources], picks: list[tuple[int, int]]) -> list[str]:
    resolution = resolve_corpus(arts)
    out = []
    for a, n in picks:
        local = arts[a].attribution_sources[n]
        assert local is not None
        out.append(resolution.source_id(a, local))
    return out


def test_an_agency_named_with_its_generic_words_is_the_agency_named_alone() -> None:
    _, a = resolve(
        "The bridge will close in May, the Agencia Norpresa news agency reported.",
        [("Agencia Norpresa news agency", 1, "reported")],
        "a",
    )
    _, b = resolve("Norpresa said the bridge would reopen in June.", [("Norpresa", 1, "said")], "b")
    first, second = _ids([a, b], [(0, 0), (1, 0)])
    assert first == second


def test_an_agency_name_keeps_its_distinctive_words() -> None:
    _, a = resolve(
        "The bridge will close in May, the Agencia Norpresa news agency reported.",
        [("Agencia Norpresa news agency", 1, "reported")],
        "a",
    )
    _, b = resolve("Sudpresa said the bridge would reopen in June.", [("Sudpresa", 1, "said")], "b")
    first, second = _ids([a, b], [(0, 0), (1, 0)])
    assert first != second
