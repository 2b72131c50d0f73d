"""An office written before a personal name that the tagger glued into one span with it ("Kolhapur District
Magistrate Anil Deshmukh", "Minister for Health Elena Varga"): the trailing name is a person, the office
before it is that person's role (rule ``office_then_name``), and the same person named later without the
office, or with a shorter form of it, is the same source."""

from __future__ import annotations

import pytest
from resolve_helpers import mention, parse, raw

from attribution.article import ArticleInput
from attribution.resolve import resolve_article


def _resolve(text: str, phrases: list[str]):  # type: ignore[no-untyped-def]
    doc = parse(text)
    raws = [raw(doc, mention(doc, phrase), "said") for phrase in phrases]
    return resolve_article(doc, raws, ArticleInput(id="a", text=text))


OFFICE_THEN_NAME = [
    ("Kolhapur District Magistrate Anil Deshmukh said the bridge was shut. Anil Deshmukh said repairs would start.",
     "Kolhapur District Magistrate Anil Deshmukh", "Anil Deshmukh", "Kolhapur District Magistrate"),
    ("Meerut Range IG Vikram Rathore said the suspects fled. Vikram Rathore said a search was on.",
     "Meerut Range IG Vikram Rathore", "Vikram Rathore", "Meerut Range IG"),
    ("Minister for Health Elena Varga said the clinics were full. Elena Varga said nurses were on leave.",
     "Minister for Health Elena Varga", "Elena Varga", "Minister for Health"),
    ("President of the Senate Tomas Ruzicka said the bill had passed. Tomas Ruzicka said the vote was close.",
     "President of the Senate Tomas Ruzicka", "Tomas Ruzicka", "President of the Senate"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "titled", "name", "office"), OFFICE_THEN_NAME)
def test_an_office_before_a_name_is_the_persons_role_and_one_source_with_the_bare_name(
    text: str, titled: str, name: str, office: str
) -> None:
    res = _resolve(text, [titled, name])
    first, second = res.attribution_sources
    assert first is not None and second == first
    src = res.sources[first]
    assert src.name == name
    assert src.kind == "person"
    assert office in src.descriptions
    assert name in src.joined_by


def test_two_forms_of_one_office_before_one_name_are_one_source() -> None:
    text = (
        "Kolhapur District Magistrate Anil Deshmukh said the bridge was shut. "
        "District Magistrate Anil Deshmukh said repairs would start."
    )
    res = _resolve(text, ["Kolhapur District Magistrate Anil Deshmukh", "District Magistrate Anil Deshmukh"])
    first, second = res.attribution_sources
    assert first is not None and second == first
    assert res.sources[first].name == "Anil Deshmukh"


@pytest.mark.parametrize(
    "office",
    ["Commissioner for Human Rights", "Secretary of State for Northern Ireland", "Leader of the House"],
)
def test_an_office_named_alone_is_no_person(office: str) -> None:
    res = _resolve(f"The {office} said the talks had failed.", [office])
    idx = res.attribution_sources[0]
    assert idx is not None and res.sources[idx].name == office
