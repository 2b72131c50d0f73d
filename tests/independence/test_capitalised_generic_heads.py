"""A lone common noun for officials that opens a sentence ("Authorities say 75 people were in the area") is no
name: its capital is the sentence's, so it stays an unnamed origin that may be any named body of the claim. The
plural is read to its singular by its ending ("authorities" -> "authority"). Names written for these tests."""

from __future__ import annotations

import pytest

from attribution.models import Source
from attribution.tracing.independence import _singular, _unnamed


@pytest.mark.parametrize(
    ("word", "singular"), [("authorities", "authority"), ("officials", "official"), ("press", "press")]
)
def test_a_plural_is_read_to_its_singular_by_its_ending(word: str, singular: str) -> None:
    assert _singular(word) == singular


@pytest.mark.parametrize(
    ("name", "unnamed"),
    [("Authorities", True), ("Officials", True), ("Northland Harbour Authority", False)],
)
def test_a_generic_head_opening_a_sentence_is_no_name(name: str, unnamed: bool) -> None:
    src = Source(id="x", name=name, kind="government")
    assert _unnamed(src) is unnamed
