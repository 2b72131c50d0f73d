"""The optimised escapers return exactly what the original (straightforward) ones did."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.report import escape

from . import escape_reference as ref

SYNTAX = list('|`*_[]()<>!#&;:"\\{}%-~$@/.\n\r\t \xa0\x85\u2028\u3000') + [
    "://", "www.", "WWW.", "-->", "%%", "&lt;", "&#12;", "](", "1. ", "## ", "a_b", "x@y",
    "\u202e", "\u200b", "\x1b", "\x7f", "\x9b", "\xad", "\udc80", "\U000e0001", "\u0600",
]  # fmt: skip
texts = st.lists(st.one_of(st.sampled_from(SYNTAX), st.text(max_size=4)), max_size=30).map("".join)
NAMES = ("clean", "inline", "md_text", "md_cell", "md_heading", "html_text", "mermaid_label", "dot_string", "terminal")


@settings(max_examples=600, deadline=None)
@given(texts)
def test_every_escaper_matches_the_reference(text: str) -> None:
    for name in NAMES:
        assert getattr(escape, name)(text) == getattr(ref, name)(text), name


def test_every_code_point_cleans_like_the_reference() -> None:
    for start in range(0, 0x110000, 0x1000):
        chunk = "".join(chr(c) for c in range(start, start + 0x1000))
        assert escape.clean(chunk) == ref.clean(chunk)
        assert escape.inline(chunk) == ref.inline(chunk)
