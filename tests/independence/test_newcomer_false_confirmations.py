"""False confirmations of the kinds the three stories that joined in round twelve showed, each on sentences
written for its test: one foreign body under two English translations of its name (pass ``translated-name``); a
head of state beside unnamed authorities or a cabinet member of no stated country (rules
``officials_may_be_the_state``, ``one_administration_of_no_country``)."""

from __future__ import annotations

import pytest
from whole_runs import Run, claim_with, run_articles

from attribution.resolve import ArticleSources, resolve_corpus
from attribution.resolve.aliases import default_aliases
from attribution.resolve.corpus import translated_key
from attribution.resolve.local import LocalSource


def _body(name: str, country: str | None = None) -> LocalSource:
    return LocalSource(name=name, kind="government", strength=2, names=[name], country=country)


def _ids(*sources: LocalSource) -> list[str]:
    """Each source cited by an article of its own: their corpus ids."""
    arts = []
    for n, s in enumerate(sources):
        outlet = LocalSource(name=f"Outlet {n}", kind="media outlet", strength=2, names=[f"Outlet {n}"])
        arts.append(ArticleSources(article_id=f"a{n}", sources=[outlet, s], outlet=0, display_outlet=0))
    res = resolve_corpus(arts)
    return [res.source_id(n, 1) for n in range(len(arts))]


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        # "Ruritania's Legal Medical Service said ..." / "Ruritania's Forensic Medicine Service confirmed ..."
        (("Legal Medical Service", "Ruritania"), ("Forensic Medicine Service", "Ruritania"), True),
        (("Medical Legal Service", "Ruritania"), ("Forensic Medical Service", None), True),
        (("Meteorological Agency", "Ruritania"), ("Weather Agency", "Ruritania"), True),
        # two countries are two bodies, whatever the words
        (("Legal Medical Service", "Ruritania"), ("Forensic Medicine Service", "Chile"), False),
        # another head is another body ("service" / "institute")
        (("Legal Medical Service", "Ruritania"), ("Forensic Medicine Laboratory", "Ruritania"), False),
        # renderings of different terms are different bodies
        (("Forensic Medicine Service", "Ruritania"), ("Weather Service", "Ruritania"), False),
        # one country's prison system under the word-for-word and the by-sense rendering (round thirteen)
        (("Federal Penitentiary Service", "Ruritania"), ("Federal Prison Service", "Ruritania"), True),
        (("Penitentiary Department", "Ruritania"), ("Department of Corrections", None), True),
        (("Correctional Service", "Ruritania"), ("Prison Service", "Ruritania"), True),
        (("Federal Penitentiary Service", "Ruritania"), ("Federal Prison Service", "Chile"), False),
        (("Prison Service", "Ruritania"), ("Penitentiary Inspectorate", "Ruritania"), False),
        (("Federal Prison Service", "Ruritania"), ("Federal Security Service", "Ruritania"), False),
    ],
)
def test_two_translations_of_one_foreign_body_are_one_source(
    one: tuple[str, str | None], other: tuple[str, str | None], same: bool
) -> None:
    a, b = _ids(_body(*one), _body(*other))
    assert (a == b) is same


def test_translated_key_reads_each_rendering_as_its_term() -> None:
    db = default_aliases()
    assert translated_key("Legal Medical Service", db) == translated_key("Forensic Medicine Service", db)
    assert translated_key("Medico-Legal Service", db) == translated_key("Forensic Medical Service", db)
    assert translated_key("Interior Ministry", db) is None  # no rendering read: the structural pass's business


@pytest.fixture(scope="module")
def trace() -> Run:
    return run_articles


def test_unnamed_authorities_beside_a_head_of_state_are_no_second_body(trace: Run) -> None:
    report = trace(
        ("Lakeside Courier", "President Ana Ruiz warned that the number of dead in the floods would rise sharply."
         "\n\nRoads were closed."),
        ("Valley Herald", "Authorities warned that the number of dead in the floods would rise sharply."
         "\n\nSchools stayed shut."),
    )  # fmt: skip
    claim = claim_with(report, "would rise sharply")
    assert len(claim.outlets) == 2
    assert claim.verdict == "single-origin", claim.independence
    assert any("may be Ana Ruiz" in line for line in claim.independence.doubts), claim.independence


# the head's country stated or not (round thirteen): nothing says the minister serves another government
@pytest.mark.parametrize("head", ["President Ana Ruiz", "Chilean President Ana Ruiz"])
def test_a_head_of_state_and_a_minister_of_no_stated_country_are_not_counted_apart(trace: Run, head: str) -> None:
    report = trace(
        ("Lakeside Courier", f"{head} said 3,000 homes were destroyed by the fires on Sunday."
         "\n\nRoads were closed."),
        ("Valley Herald", "Deputy Interior Minister Tomas Berg said 3,000 homes were destroyed by the fires on Sunday."
         "\n\nSchools stayed shut."),
    )  # fmt: skip
    claim = claim_with(report, "homes were destroyed")
    assert len(claim.outlets) == 2
    assert claim.verdict == "single-origin", claim.independence
    assert any("one administration" in line for line in claim.independence.doubts), claim.independence


def test_a_head_of_state_and_a_minister_of_another_country_stay_two_origins(trace: Run) -> None:
    report = trace(
        ("Lakeside Courier", "Chilean President Ana Ruiz said 3,000 homes were destroyed by the fires on Sunday."
         "\n\nRoads were closed."),
        ("Valley Herald", "Peruvian Interior Minister Tomas Berg said 3,000 homes were destroyed by the fires on "
         "Sunday.\n\nSchools stayed shut."),
    )  # fmt: skip
    claim = claim_with(report, "homes were destroyed")
    assert len(claim.outlets) == 2
    assert not any("one administration" in line for line in claim.independence.doubts), claim.independence
    assert claim.independent_origins == 2, claim.independence


def test_unnamed_insiders_beside_a_named_body_are_no_second_body(trace: Run) -> None:
    report = trace(
        ("Lakeside Courier", "Acme Robotics said the probe had tipped over on its side after landing in the crater."
         "\n\nThe mission continues."),
        ("Valley Herald", "The insiders have said that the probe had tipped over on its side after landing in the "
         "crater.\n\nEngineers are studying the data."),
    )  # fmt: skip
    claim = claim_with(report, "tipped over")
    assert len(claim.outlets) == 2
    assert claim.verdict == "single-origin", claim.independence
    assert any("insiders is not named" in line for line in claim.independence.doubts), claim.independence


ROVER = (
    "Hector, the first privately built rover to reach Mars, got stuck in a dune on Tuesday.\n\n"
    "Mark Lindqvist, chief engineer of the firm that built the rover, said the team expected a smooth drive. "
    "But images sent from Hector showed its wheels buried.\n\n"
    'As the rover was turning, it probably "dug a wheel into the sand and the rover has stalled," he said.'
)


def test_he_never_points_back_at_a_machine_the_text_names(trace: Run) -> None:
    report = trace(("Lakeside Courier", ROVER))
    names = {s.name for s in report.sources}
    assert "Hector" not in names, names
    claim = claim_with(report, "dug a wheel")
    assert [next(s.name for s in report.sources if s.id == o) for o in claim.origins] == ["Mark Lindqvist"]


def test_a_person_named_beside_a_machine_word_stays_a_person(trace: Run) -> None:
    # "rover driver Mark Lindqvist": the machine word describes his work, the name is his
    report = trace(
        ("Lakeside Courier", "Rover driver Mark Lindqvist said the team expected a smooth drive on Tuesday. Images "
         'sent back showed the wheels buried.\n\nAs the rover was turning, it probably "dug a wheel into the sand '
         'and the rover has stalled," he said.'),
    )  # fmt: skip
    claim = claim_with(report, "dug a wheel")
    assert [next(s.name for s in report.sources if s.id == o) for o in claim.origins] == ["Mark Lindqvist"]


def test_two_bodies_each_speaking_of_itself_do_not_confirm_each_other(trace: Run) -> None:
    report = trace(
        ("Lakeside Courier", '"Some of our customers are experiencing wireless service interruptions this morning," '
         "Northwind Telecom said in a statement.\n\nShares fell."),
        ("Valley Herald", '"Some customers experienced wireless service interruptions this morning," a Bluewave '
         "spokesperson said.\n\nThe regulator is watching."),
    )  # fmt: skip
    claim = claim_with(report, "interruptions this morning")
    assert len(claim.outlets) == 2
    assert claim.verdict == "single-origin", claim.independence
    assert any("speaks of itself" in line for line in claim.independence.doubts), claim.independence


def test_a_body_counting_in_the_first_person_still_confirms(trace: Run) -> None:
    # "we have confirmed" reports what was found, not something about the ministry itself
    report = trace(
        ("Lakeside Courier", '"We have confirmed that forty people died in the floods on Sunday," the Health Ministry '
         "said.\n\nRoads were closed."),
        ("Valley Herald", "Forty people died in the floods on Sunday, the Red Cross said.\n\nSchools stayed shut."),
    )  # fmt: skip
    claim = claim_with(report, "died in the floods")
    assert len(claim.outlets) == 2
    assert not any("speaks of itself" in line for line in claim.independence.doubts), claim.independence


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("T-Mobile said that it did not experience an outage on Thursday.", "T-Mobile"),
        ("NAKURU - Nakuru Governor Susan Kihika said the roads were closed on Thursday.", "Susan Kihika"),
    ],
)
def test_a_hyphen_inside_a_name_is_no_dateline(trace: Run, text: str, name: str) -> None:
    report = trace(("Lakeside Courier", text))
    assert name in {s.name for s in report.sources}, [s.name for s in report.sources]
