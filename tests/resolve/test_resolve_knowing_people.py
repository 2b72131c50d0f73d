"""Unnamed sources described by what they know ("people familiar with the matter") and the phrases
that point back at them ("the people", "one of the people")."""

from __future__ import annotations

from resolve_helpers import resolve, source_of


def test_people_familiar_with_the_matter_is_one_anonymous_source_named_in_full() -> None:
    text = (
        "The port will close in June, according to people familiar with the matter. "
        "The operator has asked for more time, said the people, who asked not to be named. "
        "No buyer has been found, one of the people said."
    )
    _, res = resolve(
        text,
        [
            ("people familiar with the matter", 1, "according"),
            ("the people", 1, "said"),
            ("one of the people", 1, "said"),
        ],
    )
    first = source_of(res, 0)
    assert first.kind == "anonymous" and first.name == "people familiar with the matter"
    assert source_of(res, 1) is first and source_of(res, 2) is first


def test_a_person_briefed_on_the_talks_is_pointed_back_at_by_the_person() -> None:
    text = (
        "The deal is close, a person briefed on the talks said. "
        "The mayor disagreed. Terms could change, the person said."
    )
    _, res = resolve(text, [("a person briefed on the talks", 1, "said"), ("the person", 1, "said")])
    assert source_of(res, 0).kind == "anonymous"
    assert source_of(res, 1) is source_of(res, 0)


def test_the_people_with_no_unnamed_group_before_is_no_such_source() -> None:
    text = "The mayor said the bridge was safe. The people of the valley said it was not."
    _, res = resolve(text, [("The mayor", 1, "said"), ("The people of the valley", 1, "said")])
    assert source_of(res, 1) is not source_of(res, 0)


def test_another_person_is_someone_else() -> None:
    text = "The deal is close, a person briefed on the talks said. Another person said terms could change."
    _, res = resolve(text, [("a person briefed on the talks", 1, "said"), ("Another person", 1, "said")])
    assert source_of(res, 1) is not source_of(res, 0)
