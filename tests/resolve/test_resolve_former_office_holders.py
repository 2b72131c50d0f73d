"""A former office holder speaks for no body: "the former head of the water board" is a person (themselves, or
the one the article names), never the board, and no affiliation ties them to it; a current holder still
speaks for their body."""

from __future__ import annotations

import pytest
from resolve_helpers import resolve, source_of

from attribution.resolve import resolve_corpus

FORMER = [
    ("The former chief executive of the Tarlow Regional Water Board", "The former chief executive of the Tarlow "
     "Regional Water Board said the dam was weak."),
    ("The ex-chair of the Corran Rail Company", "The ex-chair of the Corran Rail Company said the line was unsafe."),
    ("the onetime head of the Mirel Ports Authority", "The quay was old, the onetime head of the Mirel Ports "
     "Authority said."),
]  # fmt: skip


@pytest.mark.parametrize(("phrase", "text"), FORMER)
def test_a_former_leader_is_a_person_with_no_affiliation(phrase: str, text: str) -> None:
    _, res = resolve(text, [(phrase, 1, "said")])
    src = source_of(res, 0)
    assert src.person or src.kind == "person"
    assert src.affiliation is None
    assert not src.name.lower().startswith(("tarlow", "corran", "mirel", "water", "rail", "ports"))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Lena Ortiz, former head of the Tarlow Regional Water Board, said the dam was weak.", "Lena Ortiz"),
        ("Omar Haddad, a former director of the Corran Rail Company, said the line was unsafe.", "Omar Haddad"),
    ],
)
def test_a_named_person_in_a_past_role_keeps_it_as_description_only(text: str, phrase: str) -> None:
    _, res = resolve(text, [(phrase, 1, "said")])
    src = source_of(res, 0)
    assert src.name == phrase and src.affiliation is None


def test_a_former_holder_has_no_affiliation_path_where_the_body_speaks_too() -> None:
    _, a = resolve(
        "The Tarlow Regional Water Board said the dam was sound.", [("The Tarlow Regional Water Board", 1, "said")], "a"
    )
    _, b = resolve(
        "Lena Ortiz, former chief executive of the Tarlow Regional Water Board, said the dam was weak.",
        [("Lena Ortiz", 1, "said")],
        "b",
    )
    resolution = resolve_corpus([a, b])
    ortiz = resolution.source(resolution.source_id(1, b.attribution_sources[0] or 0))
    assert ortiz is not None and ortiz.name == "Lena Ortiz"
    assert ortiz.affiliation_path == []


def test_a_current_leader_still_speaks_for_the_body() -> None:
    _, res = resolve(
        "The chief executive of the Tarlow Regional Water Board said the dam was weak.",
        [("The chief executive of the Tarlow Regional Water Board", 1, "said")],
    )
    assert source_of(res, 0).affiliation == "Tarlow Regional Water Board"
