"""A phrase naming the person at the top of a body ("the head of X", "X's chief executive") is that person,
never the body: the one the article names with that office at that body, else an unnamed person of it."""

from __future__ import annotations

from resolve_helpers import resolve, source_of


def test_the_head_of_a_body_is_the_person_the_article_names_as_its_chief_executive() -> None:
    text = (
        "The head of Tarlow's water board has denied any wrongdoing over the pipe contract.\n\n"
        "Nadia Ferrant, chief executive of the Tarlow Regional Water Board, said she had done nothing wrong."
    )
    _, res = resolve(
        text,
        [("The head of Tarlow's water board", 1, "has denied"), ("Nadia Ferrant", 1, "said")],
    )
    src = source_of(res, 0)
    assert (src.name, src.person) == ("Nadia Ferrant", True)
    assert res.attribution_sources[0] == res.attribution_sources[1]


def test_a_bodys_chief_executive_is_the_person_named_so_before() -> None:
    text = (
        "Paolo Renzi, the TRWB's chief executive, visited the plant on Monday. The Tarlow Regional Water Board "
        "(TRWB) runs it.\n\nThe chief executive of the water board said repairs would take a month."
    )
    _, res = resolve(text, [("The chief executive of the water board", 1, "said")])
    assert source_of(res, 0).name == "Paolo Renzi"


def test_a_leader_with_no_name_in_the_article_is_an_unnamed_person_not_the_body() -> None:
    text = (
        "The Tarlow Regional Water Board said the pipe had burst. "
        "The chair of the Tarlow Regional Water Board said repairs would take a month."
    )
    _, res = resolve(
        text,
        [("The Tarlow Regional Water Board", 1, "said"), ("The chair of the Tarlow Regional Water Board", 1, "said")],
    )
    src = source_of(res, 1)
    assert res.attribution_sources[1] != res.attribution_sources[0]
    assert src.kind == "person" and not src.name.startswith("Tarlow")


def test_a_leader_of_another_body_is_not_taken() -> None:
    text = (
        "Paolo Renzi, chief executive of the Tarlow Regional Water Board, spoke first. "
        "The chief executive of the Corran Rail Company said the line would reopen."
    )
    _, res = resolve(text, [("The chief executive of the Corran Rail Company", 1, "said")])
    assert source_of(res, 0).name != "Paolo Renzi"


def test_a_leader_named_in_apposition_is_that_person_and_she_points_back_at_her() -> None:
    text = (
        "Later on Monday, the chair of the Harbour Safety Panel, Ines Volkova, announced an inquiry. "
        "She said the panel would call witnesses. \"We want answers,\" Ms Volkova said."
    )
    _, res = resolve(
        text,
        [("the chair of the Harbour Safety Panel", 1, "announced"), ("She", 1, "said"), ("Ms Volkova", 1, "said")],
    )
    assert source_of(res, 0).name == "Ines Volkova"
    assert res.attribution_sources[0] == res.attribution_sources[1] == res.attribution_sources[2]


def test_a_spokesperson_of_a_body_still_speaks_for_the_body() -> None:
    text = "A spokesperson for the Tarlow Regional Water Board said the pipe had burst."
    _, res = resolve(text, [("A spokesperson for the Tarlow Regional Water Board", 1, "said")])
    assert source_of(res, 0).name == "Tarlow Regional Water Board"
