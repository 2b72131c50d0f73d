"""Hostile article text cannot break tables, inject markup, corrupt graphs or hide text."""

from __future__ import annotations

import json
import re

import pytest

from attribution.report import render, render_dot, render_json, render_markdown, render_mermaid, render_table
from attribution.report.escape import BIDI_CONTROLS, ZERO_WIDTH
from attribution.report.graph import cut_label

from .hostile import PAYLOADS, hostile_report

markdown_it = pytest.importorskip("markdown_it")

HIDDEN = BIDI_CONTROLS | ZERO_WIDTH | {"\u2028", "\u2029"}
ids = list(PAYLOADS)


def _md_parser():  # GitHub's core: CommonMark + tables + strikethrough
    return markdown_it.MarkdownIt("commonmark").enable("table").enable("strikethrough")


def _structure(md: str) -> list[tuple[str, str]]:
    """Every token but plain text: what the document *is*, not what it says."""
    out: list[tuple[str, str]] = []

    def walk(tokens) -> None:
        for t in tokens:
            if t.type not in ("text", "text_special"):
                out.append((t.type, t.tag))
            if t.children:
                walk(t.children)

    walk(_md_parser().parse(md))
    return out


@pytest.fixture(scope="module")
def benign_structure() -> list[tuple[str, str]]:
    return _structure(render_markdown(hostile_report("plain words")))


@pytest.mark.parametrize("name", ids)
def test_hostile_text_does_not_change_the_markdown_document_structure(name: str, benign_structure) -> None:
    md = render_markdown(hostile_report(PAYLOADS[name]))
    assert _structure(md) == benign_structure


@pytest.mark.parametrize("name", ids)
def test_markdown_tables_keep_their_column_count_on_every_row(name: str) -> None:
    md = render_markdown(hostile_report(PAYLOADS[name]))
    tables: list[list[str]] = []
    previous = ""
    for line in md.split("\n"):
        if line.startswith("|"):
            if not previous.startswith("|"):
                tables.append([])
            tables[-1].append(line)
        previous = line
    assert len(tables) == 4  # claims, articles, sources, failures
    for rows in tables:
        counts = {len(re.findall(r"(?<!\\)\|", row)) for row in rows}
        assert len(counts) == 1, rows


@pytest.mark.parametrize("name", ids)
def test_no_markup_survives_in_markdown(name: str) -> None:
    md = render_markdown(hostile_report(PAYLOADS[name]))
    assert "<" not in md  # no tag, script, autolink or HTML-like label can open
    assert "](" not in md and "][" not in md
    prose = re.sub(r"```mermaid\n.*?```", "", md, flags=re.S)  # Mermaid labels are not autolinked
    assert not re.search(r"(?<!\\)://", prose)  # raw URLs stay text (GitHub autolinks "://" and "www.")
    assert not re.search(r"(?i)\bwww\.", prose)
    html = _md_parser().render(md)
    assert "<script" not in html and "<img" not in html and "<a " not in html


@pytest.mark.parametrize("fmt", ["markdown", "table", "dot", "mermaid"])
@pytest.mark.parametrize("name", ["bidi", "zero-width", "terminal", "separators"])
def test_control_and_bidi_characters_never_reach_the_output(fmt: str, name: str) -> None:
    out = render(hostile_report(PAYLOADS[name]), fmt)
    assert not HIDDEN & set(out)
    assert not [c for c in out if (ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) <= 0x9F]


def test_bidi_controls_are_shown_not_dropped() -> None:
    md = render_markdown(hostile_report(PAYLOADS["bidi"]))
    assert "abc⟨U+202E⟩gnp.exe⟨U+202C⟩" in md


def test_json_keeps_the_data_but_shows_invisible_characters_as_escapes() -> None:
    report = hostile_report(PAYLOADS["bidi"] + PAYLOADS["zero-width"] + PAYLOADS["separators"])
    out = render_json(report)
    assert not HIDDEN & set(out)
    assert "\\u202e" in out
    assert json.loads(out)["claims"] == report.model_dump(mode="json")["claims"]


_MERMAID_NODE = re.compile(r'^  n\d+(\["[^"]*"\]|\("[^"]*"\)|\{\{"[^"]*"\}\})$')
_MERMAID_ENTITY = re.compile(r"#(?:[a-z]+|\d+);")
_MERMAID_EDGE = re.compile(r"^  n\d+ -->\|\d+ claims?\| n\d+$")
_MERMAID_STYLE = re.compile(r"^  (classDef \w+ [\w:#,-]+|class n\d+(,n\d+)* \w+)$")


@pytest.mark.parametrize("name", ids)
def test_mermaid_labels_hold_no_unescaped_syntax(name: str) -> None:
    lines = render_mermaid(hostile_report(PAYLOADS[name])).rstrip("\n").split("\n")
    assert lines[0] == "flowchart LR"
    for line in lines[1:]:
        node = _MERMAID_NODE.match(line)
        assert node or _MERMAID_EDGE.match(line) or _MERMAID_STYLE.match(line), line
        if node:
            label = node.group(1).lstrip("[({").rstrip("])}")[1:-1]
            assert not set(_MERMAID_ENTITY.sub("", label)) & set('"[](){}<>;:%#`|\\'), label


_DOT_STRING = r'"(?:[^"\\]|\\.)*"'
_DOT_NODE = re.compile(rf'^  "n\d+" \[label={_DOT_STRING}, tooltip={_DOT_STRING}, shape=\w+, style={_DOT_STRING}, '
                       rf"fillcolor={_DOT_STRING}\];$")
_DOT_EDGE = re.compile(rf'^  "n\d+" -> "n\d+" \[label={_DOT_STRING}\];$')


def _unescaped_quotes(line: str) -> int:
    return len(re.findall(r'(?<!\\)(?:\\\\)*"', line))


@pytest.mark.parametrize("name", ids)
def test_dot_parses_with_balanced_quotes_and_one_statement_per_line(name: str) -> None:
    out = render_dot(hostile_report(PAYLOADS[name]))
    lines = out.rstrip("\n").split("\n")
    assert lines[0] == 'digraph "attribution" {' and lines[-1] == "}"
    for line in lines:
        assert _unescaped_quotes(line) % 2 == 0, line
    body = [ln for ln in lines[4:-1]]
    assert all(_DOT_NODE.match(ln) or _DOT_EDGE.match(ln) for ln in body), body
    # Outside quoted strings, braces balance: nothing in a label opened or closed a block.
    bare = re.sub(_DOT_STRING, '""', out)
    assert bare.count("{") == bare.count("}") == 1


def test_dot_labels_read_back_as_the_original_name() -> None:
    payload = PAYLOADS["dot-syntax"]
    out = render_dot(hostile_report(payload))
    labels = [json.loads(m) for m in re.findall(rf"label=({_DOT_STRING})", out)]
    # DOT and JSON share "\\" and "\"" escapes: decoding gives the name back (cut to the label width).
    assert cut_label(f"{payload} Yonhap News Agency {payload}") in labels


@pytest.mark.parametrize("name", ids)
def test_terminal_table_has_one_line_per_claim(name: str) -> None:
    report = hostile_report(PAYLOADS[name])
    out = render_table(report)
    assert "\x1b" not in out
    lines = out.split("\n")
    assert len(lines) == 1 + len(report.claims) + 4  # header, claims, blank, failures heading + 1, final ""
