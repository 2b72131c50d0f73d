"""A body's capitalised words, a lowercase role title, then a name the tagger took for a body or missed
("Navy chief Ole-Kuria"): the name is a person's, holding that role (rule ``body_role_then_name``), so a
later "he" can point back at them."""

from __future__ import annotations

import pytest
from resolve_helpers import mention, parse, raw

from attribution.article import ArticleInput
from attribution.resolve import resolve_article


def _resolve(text: str, spec: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    doc = parse(text)
    raws = [raw(doc, mention(doc, phrase), cue) for phrase, cue in spec]
    return resolve_article(doc, raws, ArticleInput(id="a", text=text))


@pytest.mark.parametrize(
    ("text", "phrase", "name"),
    [
        ("Navy chief Ole-Kuria said the port was closed. He said ships would wait.", "Navy chief Ole-Kuria",
         "Ole-Kuria"),
        ("Coast Guard commander Ole-Kuria said the crossing was shut. He said boats were turned back.",
         "Coast Guard commander Ole-Kuria", "Ole-Kuria"),
    ],
)  # fmt: skip
def test_a_role_title_before_a_hyphenated_name_makes_a_person_he_points_back_at(
    text: str, phrase: str, name: str
) -> None:
    res = _resolve(text, [(phrase, "said"), ("He", "said")])
    first, second = res.attribution_sources
    assert first is not None and res.sources[first].name == name
    assert res.sources[first].kind == "person"
    assert second == first


def test_a_body_name_after_the_role_word_stays_a_body() -> None:
    res = _resolve("Navy chief of staff Coastal Command said the port was closed.", [("Coastal Command", "said")])
    idx = res.attribution_sources[0]
    assert idx is not None and res.sources[idx].kind != "person"
