"""A public body's description ("the agency said") points back at the body named just before when that
body's kind was only guessed from its name's head word ("the Harlow Research Centre" typed a research centre)
and no body of the description's kinds came before. A company stays a company, and a body of a fitting kind
named in between is the one meant."""

from __future__ import annotations

import pytest
from resolve_helpers import mention, parse, raw

from attribution.article import ArticleInput
from attribution.resolve import resolve_article


def _names(text: str, spec: list[tuple[str, str]]) -> list[str]:
    doc = parse(text)
    raws = [raw(doc, mention(doc, phrase), cue) for phrase, cue in spec]
    res = resolve_article(doc, raws, ArticleInput(id="a", text=text))
    return [res.sources[i].name if i is not None else "" for i in res.attribution_sources]


@pytest.mark.parametrize(
    ("text", "first", "meant"),
    [
        ("The Harlow Research Centre said the river was polluted. The agency said fish had died.",
         "The Harlow Research Centre", "Harlow Research Centre"),
        ("The Dorval Center for Water Safety said the wells were dry. The agency said farms would suffer.",
         "The Dorval Center for Water Safety", "Dorval Center for Water Safety"),
    ],
)  # fmt: skip
def test_the_agency_points_back_at_a_body_typed_only_by_its_head_word(text: str, first: str, meant: str) -> None:
    assert _names(text, [(first, "said"), ("The agency", "said")]) == [meant, meant]


def test_the_agency_after_a_company_stays_unresolved() -> None:
    names = _names(
        "Acme Motors said the plant would close. The agency said jobs would go.",
        [("Acme Motors", "said"), ("The agency", "said")],
    )
    assert names[1] != "Acme Motors"


def test_a_ministry_named_in_between_is_the_body_meant() -> None:
    text = (
        "The Harlow Research Centre said the river was polluted. The Water Ministry said pipes were old. "
        "The agency said fish had died."
    )
    names = _names(
        text, [("The Harlow Research Centre", "said"), ("The Water Ministry", "said"), ("The agency", "said")]
    )
    assert names[2] == "Water Ministry"
