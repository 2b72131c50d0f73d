"""A country's collective named by the next sentence ("authorities in X announced ... the ministry said")."""

from __future__ import annotations

import pytest

from attribution.article import ArticleInput
from attribution.doc import Block
from attribution.models import Extraction


def _extract(text: str) -> Extraction:
    from attribution.pipeline import extract

    try:
        return extract([ArticleInput(id="t.txt", text=text, blocks=[Block(0, len(text), "body")])], cache=False)
    except Exception as exc:  # pragma: no cover - environment without the model
        pytest.skip(f"spaCy model not available: {exc}")


def _sources(x: Extraction) -> dict[str, str]:
    names = {s.id: s.name for s in x.sources}
    return {a.source.text: names[a.source_id] for a in x.articles[0].attributions if a.source and a.source_id}


def test_authorities_are_the_body_the_next_sentence_cites_for_the_same_event() -> None:
    x = _extract(
        "Later on Monday, authorities in Paris announced that the hostage had died. "
        '"The hostage died of his wounds," the French Foreign Ministry said.'
    )
    got = _sources(x)
    assert got["authorities in Paris"] == got["the French Foreign Ministry"]
    [note] = [d for d in x.articles[0].diagnostics if d.code == "source-specified"]
    assert "authorities in Paris" in note.message
    assert all("authorities" not in s.name.lower() for s in x.sources)  # nothing names it any more


def test_authorities_stay_as_written_when_the_body_is_far_or_the_event_differs() -> None:
    far = _extract(
        "French officials said the hostage had died. The weather was fine in Paris on Monday. "
        "Tourists crowded the Louvre. The French Foreign Ministry said the hostage had died."
    )
    assert _sources(far)["French officials"] == "French officials"
    other_event = _extract(
        "French officials said the convoy was attacked near Gao. The French Foreign Ministry said the hostage had died."
    )
    assert _sources(other_event)["French officials"] == "French officials"


def test_a_named_body_written_as_a_country_collective_is_not_re_pointed() -> None:
    x = _extract(
        '"The hostage died of his wounds," the French Foreign Ministry said. The French army said the hostage died.'
    )
    got = _sources(x)
    assert got["The French army"] != got["the French Foreign Ministry"]
