"""One body under several names across articles: a shorter name inside a longer one with the same head noun,
company forms, "X of the Y", a body named in apposition to a description."""

from __future__ import annotations

from resolve_helpers import resolve, source_of

from attribution.resolve import ArticleSources, resolve_corpus


def _ids(articles: list[ArticleSources]) -> list[str]:
    res = resolve_corpus(articles)
    out = []
    for a, art in enumerate(articles):
        local = art.attribution_sources[0]
        assert local is not None
        out.append(res.source_id(a, local))
    return out


def test_a_shorter_body_name_joins_the_one_longer_name_holding_its_words() -> None:
    _, a = resolve(
        "The Bureau of Coastal Protection said the ferry sank.", [("The Bureau of Coastal Protection", 1, "said")], "a"
    )
    _, b = resolve("The coastal bureau said the ferry sank.", [("The coastal bureau", 1, "said")], "b")
    ids = _ids([a, b])
    assert ids[0] == ids[1]


def test_a_shorter_body_name_fitting_two_bodies_joins_neither() -> None:
    _, a = resolve("The Coastal Survey Bureau said the ferry sank.", [("The Coastal Survey Bureau", 1, "said")], "a")
    _, b = resolve("The Coastal Rescue Bureau said the ferry sank.", [("The Coastal Rescue Bureau", 1, "said")], "b")
    _, c = resolve("The coastal bureau said the ferry sank.", [("The coastal bureau", 1, "said")], "c")
    ids = _ids([a, b, c])
    assert ids[2] not in {ids[0], ids[1]} and ids[0] != ids[1]


def test_a_body_of_a_ministry_is_the_body() -> None:
    _, a = resolve(
        "The Water Quality Bureau of the Ministry of Public Works said the river was safe.",
        [("The Water Quality Bureau of the Ministry of Public Works", 1, "said")],
        "a",
    )
    _, b = resolve("The Water Quality Bureau said the river was safe.", [("The Water Quality Bureau", 1, "said")], "b")
    ids = _ids([a, b])
    assert ids[0] == ids[1]


def test_a_company_form_does_not_keep_two_names_of_one_company_apart() -> None:
    _, a = resolve(
        "Marlowe Chemical Industries Co said output had stopped.", [("Marlowe Chemical Industries Co", 1, "said")], "a"
    )
    _, b = resolve(
        "Marlowe Chemical Industries said output had stopped.", [("Marlowe Chemical Industries", 1, "said")], "b"
    )
    ids = _ids([a, b])
    assert ids[0] == ids[1]


def test_a_description_with_the_name_in_apposition_is_the_named_body() -> None:
    text = "The mill stayed shut. Its Swedish owner, Norrland Paper Holdings, said it would pay the workers."
    _, res = resolve(text, [("Its Swedish owner", 1, "said")])
    assert source_of(res, 0).name == "Norrland Paper Holdings"


def test_an_outlet_name_keeps_its_country_word() -> None:
    text = "The governor ordered an inquiry, citing the state-run Moldovan News Agency."
    _, res = resolve(text, [("the state-run Moldovan News Agency", 1, "citing")])
    src = source_of(res, 0)
    assert src.name == "Moldovan News Agency"


def test_the_outlet_keeps_its_masthead_name() -> None:
    text = "The mayor told the Courier that the bridge would reopen."
    _, res = resolve(text, [("The mayor", 1, "told")], outlet="Latvian Courier")
    assert res.outlet is not None
    assert res.sources[res.outlet].name == "Latvian Courier"


def test_one_topic_under_synonymous_body_heads_is_one_body() -> None:
    _, a = resolve(
        "The state seismology bureau VOLCAN said the tremors had eased.",
        [("The state seismology bureau VOLCAN", 1, "said")],
        "a",
    )
    _, b = resolve(
        "The Chilean seismology agency said the tremors had eased.", [("The Chilean seismology agency", 1, "said")], "b"
    )
    ids = _ids([a, b])
    assert ids[0] == ids[1]


def test_a_topic_shared_by_three_bodies_joins_none() -> None:
    _, a = resolve("The seismology bureau said the tremors had eased.", [("The seismology bureau", 1, "said")], "a")
    _, b = resolve("The seismology office said the tremors had eased.", [("The seismology office", 1, "said")], "b")
    _, c = resolve("The seismology agency said the tremors had eased.", [("The seismology agency", 1, "said")], "c")
    _, d = resolve("The health agency said the clinics were open.", [("The health agency", 1, "said")], "d")
    ids = _ids([a, b, c, d])
    assert len(set(ids)) == 4
