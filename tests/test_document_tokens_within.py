"""A cue's tokens are found by bisection and are exactly the tokens a scan of the document finds."""

import re

import pytest

from attribution.doc import Document, Token

TEXT = "The agency said on Monday that the minister had , reportedly , resigned ."


def _doc() -> Document:
    toks = [
        Token(i=i, text=m.group(), lemma=m.group(), upos="X", xpos="X", head=i, deprel="dep",
              start=m.start(), end=m.end(), sent=0)
        for i, m in enumerate(re.finditer(r"\S+", TEXT))
    ]  # fmt: skip
    return Document(text=TEXT, tokens=toks)


def _scan(doc: Document, start: int, end: int) -> list[Token]:
    return [t for t in doc.tokens if start <= t.start and t.end <= end]


@pytest.mark.parametrize(
    ("start", "end"),
    [(0, len(TEXT)), (11, 15), (11, 14), (12, 15), (49, 59), (0, 0), (len(TEXT), len(TEXT)), (20, 23), (19, 26)],
)
def test_tokens_within_a_span_are_those_a_scan_finds(start: int, end: int) -> None:
    doc = _doc()
    assert doc.tokens_within(start, end) == _scan(doc, start, end)


def test_the_tokens_of_one_cue_word() -> None:
    doc = _doc()
    start = TEXT.index("reportedly")
    assert [t.text for t in doc.tokens_within(start, start + len("reportedly"))] == ["reportedly"]
