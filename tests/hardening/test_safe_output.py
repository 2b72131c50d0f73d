"""Hostile ARTICLES, end to end: the full pipeline into every format stays safe to publish.

tests/report/ checks the renderers on hand-built reports; here the hostile strings come
from real input (article text, and a JSONL record's outlet and title, which reach graph
labels and headings unchanged) and go through ingest, parse, extraction, resolution and
tracing before rendering.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from .conftest import CliResult

markdown_it = pytest.importorskip("markdown_it")

HOSTILE_OUTLET = (
    'Evil"]-->x["pwned"] %% c | `tick` <script>alert(1)</script> [link](http://evil.example) '
    '![img](x) "}; evil [ # Heading \u202egnp.exe\u202c\u200b'
)
OTHER_OUTLET = "Second | Wire ``` %% <b>bold</b> ]]> -->"

HOSTILE_TEXT = (
    "# Breaking | `News` <script>alert(1)</script>\n\n"
    "The mayor of Northtown said that the `bridge` | would open [link](http://evil.example) in May.\n\n"
    'Officials at the transport agency said the "]-->x[ toll | would be ![img](x) 3 dollars %% per car.\n\n'
    'According to the port authority, the "}; evil [ budget rose by 12% in March <img src=x onerror=alert(1)>.\n\n'
    "The harbour police said that the \u202egnp.exe\u202c river flooded twice.\n\n"
    '"The ![img](x) road is closed | for now," a spokesperson for the council told reporters.\n'
)
SECOND_TEXT = (
    "The mayor of Northtown said the bridge would open in May, <script>alert(2)</script> officials added.\n\n"
    "## Not a heading | col\n\nThe port authority said the budget rose by 12% in March.\n"
)

BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200e\u200f")


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("hostile")
    feed = folder / "feed.jsonl"
    records = [
        {"id": "evil-1", "text": HOSTILE_TEXT, "outlet": HOSTILE_OUTLET, "title": "# Title | <script>x</script>"},
        {"id": "evil-2", "text": SECOND_TEXT, "outlet": OTHER_OUTLET, "title": "[t](http://evil.example)"},
    ]
    feed.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    good = folder / "good.txt"
    good.write_text("The lighthouse keeper said the lamp was repaired on Sunday.\n", encoding="utf-8")
    return [feed, good]


@pytest.fixture(scope="module")
def outputs(batch: list[Path]) -> dict[str, str]:
    from attribution.cli import main

    out: dict[str, str] = {}
    folder = batch[0].parent / "out"
    folder.mkdir()
    for command, formats in (("report", ("markdown", "table", "json", "dot", "mermaid")),
                             ("extract", ("json", "table", "markdown"))):
        for fmt in formats:
            target = folder / f"{command}.{fmt}"
            assert main([command, *map(str, batch), "--engine", "spacy", "-q", "--format", fmt, "-o", str(target)]) == 0
            out[f"{command}-{fmt}"] = target.read_text(encoding="utf-8")
    return out


def test_the_hostile_strings_reach_the_output(outputs: dict[str, str]) -> None:
    # the safety assertions below mean nothing unless the payloads actually got through
    data = json.loads(outputs["report-json"])
    assert HOSTILE_OUTLET in [a["outlet"] for a in data["articles"]]
    assert "alert(1)" in outputs["report-markdown"]
    assert "pwned" in outputs["report-mermaid"] and "pwned" in outputs["report-dot"]
    assert any("|" in c["statement"] for c in data["claims"])


@pytest.mark.parametrize("key", ["report-markdown", "extract-markdown"])
def test_markdown_has_no_raw_html_or_live_link(key: str, outputs: dict[str, str]) -> None:
    md = outputs[key]
    prose = re.sub(r"```mermaid\n.*?```", "", md, flags=re.S)
    assert "<" not in prose
    assert "](" not in md and "][" not in md
    assert not re.search(r"(?<!\\)://", prose)
    html = markdown_it.MarkdownIt("commonmark").enable("table").render(md)
    assert "<script" not in html and "<img" not in html and "<a " not in html and "<b>" not in html


@pytest.mark.parametrize("key", ["report-markdown", "extract-markdown"])
def test_article_text_makes_no_heading_and_tables_keep_their_columns(key: str, outputs: dict[str, str]) -> None:
    md = outputs[key]
    tokens = markdown_it.MarkdownIt("commonmark").enable("table").parse(md)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    # the article's "# Breaking" / "## Not a heading" lines and the record title "# Title" stay text; an
    # extract section heading may carry the (escaped) outlet name, "# Heading" included, as its text
    assert not [h for h in headings if h.startswith(("Breaking", "Not a heading", "Title", "Heading"))], headings
    tables: list[list[str]] = []
    previous = ""
    for line in md.split("\n"):
        if line.startswith("|"):
            if not previous.startswith("|"):
                tables.append([])
            tables[-1].append(line)
        previous = line
    for rows in tables:
        counts = {len(re.findall(r"(?<!\\)\|", row)) for row in rows}
        assert len(counts) == 1, rows
    # the parser agrees: every body row has as many cells as the header
    for i, t in enumerate(tokens):
        if t.type == "table_open":
            widths: list[int] = []
            cells = 0
            for u in tokens[i:]:
                if u.type in ("th_open", "td_open"):
                    cells += 1
                elif u.type == "tr_close":
                    widths.append(cells)
                    cells = 0
                elif u.type == "table_close":
                    break
            assert len(set(widths)) == 1, widths


_MERMAID_NODE = re.compile(r'^  n\d+(\["[^"]*"\]|\("[^"]*"\)|\{\{"[^"]*"\}\})$')
_MERMAID_EDGE = re.compile(r"^  n\d+ -->(\|[^|\"\[\]]*\|)? n\d+$")
_MERMAID_STYLE = re.compile(r"^  (classDef \w+ [\w:#,-]+|class n\d+(,n\d+)* \w+)$")
_MERMAID_ENTITY = re.compile(r"#(?:[a-z]+|\d+);")


def _mermaid_lines(text: str) -> list[str]:
    return text.rstrip("\n").split("\n")


@pytest.mark.parametrize("key", ["report-mermaid", "report-markdown"])
def test_mermaid_structure_is_intact(key: str, outputs: dict[str, str]) -> None:
    text = outputs[key]
    # the Markdown report draws one small diagram per claim; the corpus graph is --format mermaid
    blocks = re.findall(r"```mermaid\n(.*?)```", text, flags=re.S) if key == "report-markdown" else [text]
    assert blocks
    nodes = 0
    for block in blocks:
        lines = _mermaid_lines(block)
        assert lines[0] == "flowchart LR"
        for line in lines[1:]:
            node = _MERMAID_NODE.match(line)
            assert node or _MERMAID_EDGE.match(line) or _MERMAID_STYLE.match(line), line
            if node:
                nodes += 1
                label = node.group(1).lstrip("[({").rstrip("])}")[1:-1]
                assert not set(_MERMAID_ENTITY.sub("", label)) & set('"[](){}<>;:%#`|\\'), label
    assert nodes >= 3


_DOT_STRING = r'"(?:[^"\\\n]|\\.)*"'
_DOT_LINE = re.compile(
    rf"^  (?:{_DOT_STRING}(?: -> {_DOT_STRING})? \[(?:\w+=(?:{_DOT_STRING}|[\w.]+)(?:, )?)+\];"
    rf"|(?:graph|node|edge) \[(?:\w+=(?:{_DOT_STRING}|[\w.]+)(?:, )?)+\];)$"
)


def test_dot_structure_is_intact(outputs: dict[str, str]) -> None:
    lines = outputs["report-dot"].rstrip("\n").split("\n")
    assert re.fullmatch(rf"digraph {_DOT_STRING} {{", lines[0]), lines[0]
    assert lines[-1] == "}"
    for line in lines[1:-1]:
        assert _DOT_LINE.match(line), line
    assert sum(" -> " in line for line in lines) >= 2


def test_table_keeps_one_line_per_claim(outputs: dict[str, str]) -> None:
    data = json.loads(outputs["report-json"])
    lines = outputs["report-table"].rstrip("\n").split("\n")
    claim_rows = [line for line in lines if re.match(r"c[0-9a-f]+ ", line)]
    assert len(claim_rows) == len(data["claims"])


@pytest.mark.parametrize("key", ["report-markdown", "report-table", "report-dot", "report-mermaid", "report-json",
                                 "extract-json", "extract-table", "extract-markdown"])
def test_no_bidi_or_zero_width_character_reaches_any_output(key: str, outputs: dict[str, str]) -> None:
    assert not BIDI & set(outputs[key])
    assert not [c for c in outputs[key] if (ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) <= 0x9F]


def test_json_keeps_the_hostile_data_exactly(outputs: dict[str, str]) -> None:
    data = json.loads(outputs["report-json"])
    evil = next(a for a in data["articles"] if a["id"] == "evil-1")
    assert evil["outlet"] == HOSTILE_OUTLET  # escaped on output, not altered
    assert evil["title"] == "# Title | <script>x</script>"
    for att in evil["attributions"]:
        for span in [att["cue"], *att["content"], *([att["source"]] if att["source"] else [])]:
            assert HOSTILE_TEXT[span["start"] : span["end"]] == span["text"]


def test_hostile_batch_keeps_the_good_article(outputs: dict[str, str], cli: Callable[..., CliResult]) -> None:
    assert "good.txt" in [a["id"] for a in json.loads(outputs["report-json"])["articles"]]
