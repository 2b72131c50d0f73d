"""Properties of the escapers over arbitrary text (hypothesis)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.report.escape import BIDI_CONTROLS, ZERO_WIDTH, dot_string, md_cell, mermaid_label, terminal

markdown_it = pytest.importorskip("markdown_it")

# Text weighted towards syntax characters, plus anything Unicode has.
SYNTAX = list('|`*_[]()<>!#&;:"\\{}%-~$@/.\n\r\t ') + ["://", "www.", "-->", "%%", "&lt;", "\u202e", "\u200b", "\x1b"]
texts = st.lists(st.one_of(st.sampled_from(SYNTAX), st.text(max_size=3)), max_size=25).map("".join)
HIDDEN = BIDI_CONTROLS | ZERO_WIDTH


@settings(max_examples=300, deadline=None)
@given(texts)
def test_a_markdown_cell_is_one_cell_of_plain_text(text: str) -> None:
    cell = md_cell(text)
    assert "\n" not in cell and "<" not in cell and not HIDDEN & set(cell)
    assert not re.search(r"(?<!\\)\|", cell.replace("\\\\", ""))
    md = f"| a | b |\n|---|---|\n| {cell} | x |\n"
    tokens = markdown_it.MarkdownIt("commonmark").enable("table").enable("strikethrough").parse(md)
    cells = [t for t in tokens if t.type == "td_open"]
    assert len(cells) == 2
    inline = [t for t in tokens if t.type == "inline"][2]
    kinds = {c.type for c in inline.children or []}
    assert kinds <= {"text", "text_special"}, kinds


@settings(max_examples=300, deadline=None)
@given(texts)
def test_a_mermaid_label_never_closes_its_quotes(text: str) -> None:
    label = mermaid_label(text)
    bare = re.sub(r"#(?:[a-z]+|\d+);", "", label)
    assert not set(bare) & set('"[](){}<>;:%#`|\\\n')


@settings(max_examples=300, deadline=None)
@given(texts)
def test_a_dot_string_round_trips_and_never_ends_its_quotes(text: str) -> None:
    s = dot_string(text)
    assert re.fullmatch(r'(?:[^"\\\n]|\\.)*', s)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_terminal_text_carries_no_control_characters(text: str) -> None:
    out = terminal(text, 40)
    assert len(out) <= 40
    assert not [c for c in out if ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F]
