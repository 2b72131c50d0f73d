"""False confirmations of the kinds the three stories that joined in round thirteen showed, each on sentences written
for its test: the newspaper an unnamed speaker told, read as a person and taken for the origin (rule
``listener_is_no_origin``); a private person's nationality read as the state they speak for (rule
``nationality_is_no_affiliation``). One prison service under two English renderings of its name and a minister of no
stated country beside a head of a stated one are in test_newcomer_false_confirmations.py's tables (pass
``translated-name``, rule ``one_administration_of_no_country``)."""

from __future__ import annotations

import pytest
from whole_runs import Run, claim_with, run_articles


@pytest.fixture(scope="module")
def trace() -> Run:
    return run_articles


@pytest.mark.parametrize(
    "told",
    [
        "A survivor told El Diario she swam to the shore with her son on her back.",
        "A survivor told la Gazzetta she swam to the shore with her son on her back.",
        "One of the survivors told Marta Lindqvist she swam to the shore with her son on her back.",
    ],
)
def test_the_one_an_unnamed_speaker_told_is_not_the_origin(trace: Run, told: str) -> None:
    report = trace(("Valley Herald", f"A ferry sank near Norvik on Tuesday. {told}\n\nRescuers searched the bay."))
    claim = claim_with(report, "swam to the shore")
    names = {s.id: s.name for s in report.sources}
    origins = [names.get(o, o) for o in claim.origins]
    assert len(origins) == 1, origins
    assert "survivor" in origins[0].lower(), origins


def test_a_named_speaker_citing_an_unnamed_one_still_stands_for_it(trace: Run) -> None:
    # "citing": the agency vouches for its unnamed source (an enclosing speaker, no listener)
    report = trace(
        ("Valley Herald", "The Norvik Maritime Agency said, citing a survivor, that she swam to the shore with her son "
         "on her back.\n\nRescuers searched the bay."),
    )  # fmt: skip
    claim = claim_with(report, "swam to the shore")
    names = {s.id: s.name for s in report.sources}
    assert [names.get(o, o) for o in claim.origins] == ["Norvik Maritime Agency"], claim.origins


def test_a_passenger_and_a_survivor_an_unnamed_one_told_are_no_confirmation(trace: Run) -> None:
    report = trace(
        ("Lakeside Courier", "A ferry sank near the island of Norvik on Tuesday. One Canadian passenger told reporters "
         "she swam to the shore with her son on her back.\n\nThe ferry carried 40 people."),
        ("Valley Herald", "A ferry sank near Norvik on Tuesday. A survivor told El Diario she swam to the shore with "
         "her son on her back.\n\nRescuers searched the bay."),
    )  # fmt: skip
    claim = claim_with(report, "swam to the shore")
    assert len(claim.outlets) == 2
    assert claim.verdict == "single-origin", claim.independence


@pytest.mark.parametrize(
    ("speaker", "state"),
    [
        ("One British passenger", False),
        ("Two American tourists", False),
        ("A Canadian witness", False),
        ("An Italian resident", False),
        ("A British official", True),
        ("A U.S. diplomat", True),
    ],
)
def test_a_private_persons_nationality_is_no_state_they_speak_for(trace: Run, speaker: str, state: bool) -> None:
    text = f"{speaker} said the ferry listed sharply before it sank near Norvik.\n\nNo more."
    report = trace(("Valley Herald", text))
    claim = claim_with(report, "listed sharply")
    src = next(s for s in report.sources if s.id == claim.origins[0])
    assert speaker.lower().split()[-1].rstrip("s") in src.name.lower(), src.name
    speaks_for_a_state = any(x.startswith("government-of") for x in src.affiliation_path)
    assert speaks_for_a_state is state, src.affiliation_path
