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


def _kind(arts: list[ArticleSources], article: int, attribution: int) -> str:
    resolution = resolve_corpus(arts)
    local = arts[article].attribution_sources[attribution]
    assert local is not None
    src = resolution.source(resolution.source_id(article, local))
    assert src is not None
    return src.kind


def test_a_body_cited_as_reporting_is_an_outlet_though_its_name_sounds_official() -> None:
    _, own = resolve(
        "The Keston Bureau said the mayor had resigned.", [("The Keston Bureau", 1, "said")], "a", "The Keston Bureau"
    )
    _, b = resolve(
        "The mayor resigned on Monday, the Keston Bureau reported.", [("the Keston Bureau", 1, "reported")], "b"
    )
    _, c = resolve(
        "The mayor quit after a vote, the Keston Bureau reported on Tuesday.",
        [("the Keston Bureau", 1, "reported")],
        "c",
    )
    assert _kind([own, b, c], 1, 0) == "media outlet"


def test_a_body_reporting_figures_stays_the_kind_its_name_says_when_no_article_calls_it_an_outlet() -> None:
    _, a = resolve("The Keston Water Bureau reported 40 leaks.", [("The Keston Water Bureau", 1, "reported")], "a")
    _, b = resolve("The Keston Water Bureau reported 12 bursts.", [("The Keston Water Bureau", 1, "reported")], "b")
    assert _kind([a, b], 0, 0) != "media outlet"


def test_a_company_speaking_through_a_spokesperson_is_an_organisation() -> None:
    _, a = resolve(
        "A Torvex spokesperson told Nordpress that the firm would appeal.", [("A Torvex spokesperson", 1, "told")], "a"
    )
    assert _kind([a], 0, 0) == "organization"


def test_a_titled_surname_joins_the_one_person_of_that_surname_in_the_corpus() -> None:
    _, a = resolve("Tomas Rendle said the depot would close.", [("Tomas Rendle", 1, "said")], "a")
    _, b = resolve("Mr Rendle said he had done nothing wrong.", [("Mr Rendle", 1, "said")], "b")
    first, second = _ids([a, b], [(0, 0), (1, 0)])
    assert first == second


def test_a_surname_two_people_share_joins_neither() -> None:
    _, a = resolve("Tomas Rendle said the depot would close.", [("Tomas Rendle", 1, "said")], "a")
    _, b = resolve("Irene Rendle said the depot would stay open.", [("Irene Rendle", 1, "said")], "b")
    _, c = resolve("Mr Rendle said he had done nothing wrong.", [("Mr Rendle", 1, "said")], "c")
    ids = _ids([a, b, c], [(0, 0), (1, 0), (2, 0)])
    assert ids[2] not in ids[:2]
