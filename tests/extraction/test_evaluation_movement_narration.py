"""Evaluative speech with a quoted or bare "as" predicate, movement verbs whose "through" phrase is a
way in (not a source), and lists the outlet introduces in its own voice, on sentences written for the test."""

from __future__ import annotations

from extract_helpers import paragraphs


def test_slamming_something_as_a_single_quoted_adjective_is_evaluative_speech(extract):
    x = extract("Transport Secretary Ruth Abel slammed the strike as 'reckless'.")
    [slammed] = x.raws
    assert slammed.source is not None and slammed.source.text == "Transport Secretary Ruth Abel"
    assert x.content(slammed) == ["the strike as 'reckless'"]


def test_branding_something_as_a_double_quoted_adjective_is_evaluative_speech(extract):
    x = extract('The opposition branded the budget as "cruel".')
    [branded] = x.raws
    assert x.content(branded) == ['the budget as "cruel"']


def test_describing_something_as_a_bare_adjective_is_evaluative_speech(extract):
    x = extract("The coastguard described the swell as dangerous.")
    [described] = x.raws
    assert described.source is not None and described.source.text == "The coastguard"
    assert x.content(described) == ["the swell as dangerous"]


def test_getting_in_through_an_account_names_no_source(extract):
    x = extract("The club said the fans had got in through an account shared by two stewards.")
    assert [x.cue(r) for r in x.raws] == ["said"]
    assert x.content(x.raws[0]) == ["the fans had got in through an account shared by two stewards"]


def test_getting_into_a_building_through_an_account_names_no_source(extract):
    x = extract("The council said the squatters had got into the library through a caretaker's account.")
    assert [x.cue(r) for r in x.raws] == ["said"]


def test_confirmed_through_an_embassy_still_names_the_embassy(extract):
    x = extract("It has been confirmed through the embassy that the sailor was freed.")
    [through] = x.raws
    assert through.kind == "through" and through.source is not None and through.source.text == "the embassy"
    assert x.content(through) == ["the sailor was freed"]


def test_confirmed_in_a_statement_through_a_lawyer_is_not_movement(extract):
    x = extract("The club confirmed in a statement through its lawyer that the coach had resigned.")
    [through] = x.by_cue("through")
    assert through.source is not None and through.source.text == "its lawyer"


NARRATED_LIST = (
    "Here is what we know:\n"
    "- The bridge closed at noon, according to the highways agency.\n"
    "- Three lorries are stuck on the slip road.\n"
    "- A haulage firm has said its drivers are safe.\n"
)


def test_a_list_the_outlet_introduces_gives_its_bullets_no_attribution(extract):
    x = extract(NARRATED_LIST, paragraphs(NARRATED_LIST))
    assert all(r.kind != "colon-list" for r in x.raws)
    assert not any("lorries" in c for r in x.raws for c in x.content(r))


def test_a_bullet_under_the_outlets_list_keeps_its_own_attribution(extract):
    x = extract(NARRATED_LIST, paragraphs(NARRATED_LIST))
    [agency] = x.by_source("highways agency")
    assert agency.kind == "according-to" and agency.parent is None
    assert x.content(agency) == ["The bridge closed at noon"]
    [firm] = x.by_source("haulage firm")
    assert firm.parent is None and x.content(firm) == ["its drivers are safe"]
    assert len(x.raws) == 2


def test_a_list_a_named_source_introduces_is_still_attributed(extract):
    text = "The harbour master said:\n- Two ferries are cancelled.\n- The quay is closed.\n"
    x = extract(text, paragraphs(text))
    assert [r.kind for r in x.raws] == ["colon-list", "colon-list"]
    assert [x.content(r) for r in x.raws] == [["Two ferries are cancelled."], ["The quay is closed."]]
