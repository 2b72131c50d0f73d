"""Whom an office holder speaks for, and one person under a fuller name: the head of a state or government
(rule ``head_of_state``) and a minister whose ministry no article names (rule ``cabinet_member``) are each a
body of that government of their own, and the head and a member of their cabinet count once (rule
``one_administration``); a role or affiliation speaks for the most specific body whose every name word it holds
(rule ``body_named_within``); a name with a middle initial or a generational suffix is the name without them
(pass ``name-core``). Sentences and names written for these tests."""

from __future__ import annotations

import pytest
from whole_runs import Run, claim_with, run_articles

from attribution.resolve import ArticleSources, resolve_corpus
from attribution.resolve.corpus import name_core
from attribution.resolve.local import LocalSource


def _body(name: str, *, kind: str = "government", **kw: object) -> LocalSource:
    return LocalSource(name=name, kind=kind, strength=2, names=[name], **kw)  # type: ignore[arg-type]


def _person(name: str, description: str | None = None, **kw: object) -> LocalSource:
    descriptions = [description] if description else []
    return LocalSource(
        name=name,
        kind="person",
        strength=2,
        names=[name],
        person=True,
        descriptions=descriptions,
        **kw,  # type: ignore[arg-type]
    )


def _resolve(*sources: LocalSource) -> tuple[list[str], object]:
    """Each source cited by an article of its own: their corpus ids and the resolution."""
    arts = []
    for n, s in enumerate(sources):
        outlet = LocalSource(name=f"Outlet {n}", kind="media outlet", strength=2, names=[f"Outlet {n}"])
        arts.append(ArticleSources(article_id=f"a{n}", sources=[outlet, s], outlet=0, display_outlet=0))
    res = resolve_corpus(arts)
    return [res.source_id(n, 1) for n in range(len(arts))], res


def _path(res: object, sid: str) -> list[str]:
    return res.source(sid).affiliation_path  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("role", "path"),
    [
        ("Chilean President", ["ana-ruiz", "government-of-chile"]),  # "Chilean President Ana Ruiz said ..."
        ("the prime minister of Chile", ["ana-ruiz", "government-of-chile"]),
        ("Chile's Vice President", []),  # a vice president is not the head
        ("former Chilean President", []),  # nor one who once was
        ("President of the Chilean Senate", []),  # the president of anything else is not
    ],
)
def test_the_head_of_a_state_is_a_body_of_its_government(role: str, path: list[str]) -> None:
    (sid,), res = _resolve(_person("Ana Ruiz", role))
    assert _path(res, sid) == path


@pytest.mark.parametrize(
    ("role", "country"),
    [("Chilean Finance Minister", "chile"), ("U.S. Secretary of Labor", "the-united-states")],
)
def test_a_minister_whose_ministry_is_never_named_is_a_body_of_the_government(role: str, country: str) -> None:
    (sid,), res = _resolve(_person("Tomas Berg", role))
    assert _path(res, sid) == [sid, f"government-of-{country}"]


def test_a_minister_speaks_for_the_ministry_an_article_names() -> None:
    # "the Finance Ministry said ..." / "Chilean Finance Minister Tomas Berg said ..."
    (ministry, minister), res = _resolve(
        _body("Finance Ministry", country="Chile"), _person("Tomas Berg", "head of the Finance Ministry")
    )
    assert _path(res, minister)[0] == ministry


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # "Col. Ivo Marsh, Northland's superintendent of state police, said": the state police, not a "Police"
        ({"descriptions": ["Northland's superintendent of state police"]}, "northland-state-police"),
        # "Ivo Marsh, head of Eastport's search and rescue agency, said"
        ({"affiliation": "Eastport's search and rescue agency"}, "search-and-rescue-agency"),
    ],
)
def test_a_role_speaks_for_the_most_specific_body_whose_words_it_holds(said: dict[str, object], expected: str) -> None:
    ids, res = _resolve(
        _body("Police"),
        _body("Northland State Police"),
        _body("Search and Rescue Agency"),
        LocalSource(name="Ivo Marsh", kind="person", strength=2, names=["Ivo Marsh"], person=True, **said),  # type: ignore[arg-type]
    )
    assert _path(res, ids[-1])[0] == expected


def test_a_role_holding_two_bodies_names_of_one_size_speaks_for_neither() -> None:
    # "Ivo Marsh, chief of police for the harbour and the river": both "Harbour Police" and "River Police" fit
    ids, res = _resolve(
        _body("Harbour Police"),
        _body("River Police"),
        _person("Ivo Marsh", "chief of police for the harbour and the river"),
    )
    assert _path(res, ids[-1]) == []


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Oskar Lindqvist", "Oskar T. Lindqvist Jr.", True),  # "Col. Oskar T. Lindqvist Jr." / "Oskar Lindqvist said"
        ("Maren Holt", "Maren J. Holt", True),  # a middle initial
        ("Maren Holt", "Harbour Police spokesperson Maren Holt", True),  # the name read with the role before it
        ("Dario Pell Jr.", "Dario Pell Sr.", False),  # father and son
        ("Maren Holt", "Mara Holt", False),  # another given name
    ],
)
def test_name_core_joins_one_person_with_or_without_middle_initial_and_suffix(one: str, other: str, same: bool) -> None:
    (a, b), res = _resolve(_person(one), _person(other))
    assert (a == b) is same
    if same:
        # a middle initial alone may already be read as a transliteration: either pass names the join
        tag = res.source(a).joined_by.get(other, res.source(a).joined_by.get(one))  # type: ignore[attr-defined]
        assert tag in {"name-core", "transliteration"}


def test_name_core_sets_titles_initials_and_suffix_aside() -> None:
    assert name_core("Col. Roald K. Brenner Jr.") == (("roald", "brenner"), "jr")
    assert name_core("Brenner") is None
    assert name_core("Martin King") == (("martin", "king"), None)  # a title word as a surname stays


@pytest.fixture(scope="module")
def trace() -> Run:
    return run_articles


def test_a_president_and_a_minister_of_one_government_are_one_origin(trace: Run) -> None:
    report = trace(
        ("Lakeside Courier", "Chilean President Ana Ruiz said Peru had hosted the talks in good faith on Thursday."
         "\n\nThe talks lasted two days."),
        ("Valley Herald", "Peru had hosted the talks in good faith on Thursday, Chilean Foreign Minister Tomas Berg "
         "said.\n\nDelegates left on Friday."),
    )  # fmt: skip
    claim = claim_with(report, "hosted the talks")
    assert len(claim.outlets) == 2
    assert claim.verdict == "single-origin", claim.independence
    assert claim.independence.institution == "Government of Chile", claim.independence
    assert any("one administration" in line for line in claim.independence.evidence), claim.independence


def test_a_president_and_the_states_military_stay_two_origins(trace: Run) -> None:
    report = trace(
        ("Lakeside Courier", "Chilean President Ana Ruiz said three soldiers were killed in the attack on Thursday."
         "\n\nThe base was closed."),
        ("Valley Herald", "Three soldiers were killed in the attack on Thursday, the Chilean army said."
         "\n\nFlights were halted."),
    )  # fmt: skip
    claim = claim_with(report, "soldiers were killed")
    assert len(claim.outlets) == 2
    assert not any("one administration" in line for line in claim.independence.evidence), claim.independence
    assert claim.independent_origins == 2, claim.independence


def test_two_ministers_of_one_government_stay_two_origins(trace: Run) -> None:
    report = trace(
        ("Lakeside Courier", "Chilean Finance Minister Ana Ruiz said 40 people died in the floods on Thursday."
         "\n\nRoads were closed."),
        ("Valley Herald", "Forty people died in the floods on Thursday, Chilean Interior Minister Tomas Berg said."
         "\n\nSchools stayed shut."),
    )  # fmt: skip
    claim = claim_with(report, "died in the floods")
    assert len(claim.outlets) == 2
    origins = {next(s for s in report.sources if s.id == o).name for o in claim.origins}
    assert origins == {"Ana Ruiz", "Tomas Berg"}, claim.independence
    assert claim.independent_origins == 2, claim.independence
