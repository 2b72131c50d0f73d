"""One camp, one origin: the party in power and its voices count as the government it forms (rule
``ruling_camp``), a state named as a whole by its capital or its name counts as its government (rule
``state_as_a_whole``), while a party out of power, a party once in power and two agencies of one state stay
apart. Sentences written for these tests."""

from __future__ import annotations

import pytest
from whole_runs import Run, claim_with, run_articles

from attribution.resolve import ArticleSources, resolve_corpus
from attribution.resolve.local import LocalSource


def _body(name: str, *, kind: str = "government", **kw: object) -> LocalSource:
    return LocalSource(name=name, kind=kind, strength=2, names=[name], **kw)  # type: ignore[arg-type]


def _person(name: str, description: str) -> LocalSource:
    return LocalSource(name=name, kind="person", strength=2, names=[name], person=True, descriptions=[description])


def _paths(*sources: LocalSource) -> list[list[str]]:
    """The affiliation path of each source, each cited by an article of its own."""
    arts = []
    for n, s in enumerate(sources):
        outlet = LocalSource(name=f"Outlet {n}", kind="media outlet", strength=2, names=[f"Outlet {n}"])
        arts.append(ArticleSources(article_id=f"a{n}", sources=[outlet, s], outlet=0, display_outlet=0))
    res = resolve_corpus(arts)
    return [res.source(res.source_id(n, 1)).affiliation_path for n in range(len(arts))]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("voice", "path"),
    [
        # "Amina Odhiambo, a spokesperson for Kenya's ruling Unity Party, said ..."
        (_person("Amina Odhiambo", "a spokesperson for Kenya's ruling Unity Party"), ["government-of-kenya"]),
        # "Rosa Quispe, who speaks for Peru's governing coalition, said ..."
        (_person("Rosa Quispe", "spokeswoman of Peru's governing coalition"), ["government-of-peru"]),
        # "the ruling Ghanaian Progress Party said ..."
        (
            _body("Progress Party", kind="organization", descriptions=["the ruling Ghanaian party"]),
            ["government-of-ghana"],
        ),
        # "Amina Odhiambo, a spokesperson for Kenya's opposition Unity Party, said ...": no camp of the government
        (_person("Amina Odhiambo", "a spokesperson for Kenya's opposition Unity Party"), []),
        # "Rosa Quispe, of Peru's former ruling party, said ...": a party once in power is not the government
        (_person("Rosa Quispe", "a leader of Peru's former ruling party"), []),
        # "a court ruling in Kenya", read as a description: "ruling" without a party names no camp
        (_person("Amina Odhiambo", "cited in a Kenyan court ruling"), []),
    ],
)
def test_the_party_in_power_and_its_voices_speak_for_the_government(voice: LocalSource, path: list[str]) -> None:
    (found,) = _paths(voice)
    assert found == path


@pytest.mark.parametrize(
    ("whole", "sid"),
    [
        (_body("Nairobi", country="Kenya"), "government-of-kenya"),  # "Nairobi said ..."
        (_body("Ghana", country="Ghana"), "government-of-ghana"),  # "Ghana announced ..."
    ],
)
def test_a_state_named_by_its_capital_or_name_counts_as_its_government(whole: LocalSource, sid: str) -> None:
    (found,) = _paths(whole)
    assert found == [sid]


def test_a_capital_joins_the_government_an_article_names() -> None:
    # "the Kenyan government said ..." / "Nairobi said ..." / "Kenya's intelligence service said ..."
    government, capital, agency = _paths(
        _body("Kenyan government", country="Kenya"),
        _body("Nairobi", country="Kenya"),
        _body("National Intelligence Service", kind="intelligence agency", country="Kenya"),
    )
    assert government == []  # it speaks for itself
    assert capital == ["kenyan-government"]
    assert agency == ["national-intelligence-service", "kenyan-government"]


@pytest.fixture(scope="module")
def trace() -> Run:
    return run_articles


def test_the_ruling_partys_spokesperson_and_the_states_agency_are_one_origin(trace: Run) -> None:
    report = trace(
        ("Lakeside Courier", "Kenya's intelligence agency said 26 prisoners were exchanged at the airport on Thursday."
         "\n\nThe handover took two hours."),
        ("Valley Herald", "Twenty-six prisoners were exchanged at the airport on Thursday, said Amina Odhiambo, a "
         "spokesperson for Kenya's ruling Unity Party.\n\nFamilies waited outside."),
    )  # fmt: skip
    claim = claim_with(report, "prisoners were exchanged")
    assert len(claim.outlets) == 2
    assert claim.verdict == "single-origin", claim.independence
    assert any("party in power" in line for line in claim.independence.evidence), claim.independence


def test_one_camp_is_named_beside_the_verdict(trace: Run) -> None:
    report = trace(
        ("Lakeside Courier", "Kenya's intelligence agency said 26 prisoners were exchanged at the airport on Thursday."
         "\n\nThe handover took two hours."),
        ("Valley Herald", "Twenty-six prisoners were exchanged at the airport on Thursday, said Amina Odhiambo, a "
         "spokesperson for Kenya's ruling Unity Party.\n\nFamilies waited outside."),
    )  # fmt: skip
    claim = claim_with(report, "prisoners were exchanged")
    assert claim.independence.institution == "Government of Kenya", claim.independence


def test_a_capital_speaking_and_one_of_its_agencies_are_one_origin(trace: Run) -> None:
    report = trace(
        ("Lakeside Courier", "Nairobi said on Thursday that 26 prisoners were exchanged at the airport."
         "\n\nThe handover took two hours."),
        ("Valley Herald", "Kenya's intelligence agency said 26 prisoners were exchanged at the airport on Thursday."
         "\n\nFamilies waited outside."),
    )  # fmt: skip
    claim = claim_with(report, "prisoners were exchanged")
    assert len(claim.outlets) == 2
    assert claim.verdict == "single-origin" and claim.independent_origins == 1, claim.independence


def test_an_opposition_partys_spokesperson_is_not_of_the_governments_camp(trace: Run) -> None:
    report = trace(
        ("Valley Herald", "Twenty-six prisoners were exchanged at the airport on Thursday, said Amina Odhiambo, a "
         "spokesperson for Kenya's opposition Unity Party.\n\nFamilies waited outside."),
    )  # fmt: skip
    claim = claim_with(report, "prisoners were exchanged")
    (origin,) = claim.origins
    source = next(s for s in report.sources if s.id == origin)
    assert source.affiliation_path == []
    assert not any("party in power" in line for line in claim.independence.evidence)
