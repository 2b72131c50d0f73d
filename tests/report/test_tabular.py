"""JSON Lines and CSV: one claim per line or row, safe to open in a spreadsheet, deterministic."""

from __future__ import annotations

import csv
import io
import json

from attribution.report import render

from .sample import sample_extraction, sample_report


def test_csv_cells_never_start_a_spreadsheet_formula() -> None:
    report = sample_report().model_copy(deep=True)
    report.claims[0].statement = '=HYPERLINK("http://evil.example","x")'
    report.claims[1].statement = "+1 more"
    report.claims[2].statement = "@SUM(A1)"
    rows = list(csv.reader(io.StringIO(render(report, "csv"), newline="")))
    statements = [r[1] for r in rows[1:4]]
    assert statements == ["'=HYPERLINK(\"http://evil.example\",\"x\")", "'+1 more", "'@SUM(A1)"]


def test_csv_has_a_header_and_one_row_per_claim() -> None:
    report = sample_report().model_copy(deep=True)
    rows = list(csv.DictReader(io.StringIO(render(report, "csv"), newline="")))
    assert [r["id"] for r in rows] == [c.id for c in report.claims]
    unattributed = next(r for r in rows if r["verdict"] == "unattributed")
    assert unattributed["independent_origins"] == "" and unattributed["origins"] == ""
    dated = next(r for r in rows if r["id"] == "c1")
    assert dated["first_reported"] == "2024-12-27"


def test_jsonl_lines_are_the_claims_contract_plus_names() -> None:
    report = sample_report().model_copy(deep=True)
    lines = render(report, "jsonl").splitlines()
    assert len(lines) == len(report.claims)
    for line, claim in zip(lines, report.claims, strict=True):
        row = json.loads(line)
        assert {k: row[k] for k in claim.model_dump(mode="json")} == claim.model_dump(mode="json")
        assert row["outlet_names"]


def test_extraction_jsonl_gives_one_attribution_per_line() -> None:
    extraction = sample_extraction()
    lines = render(extraction, "jsonl").splitlines()
    assert len(lines) == sum(len(a.attributions) for a in extraction.articles)
    assert all("article" in json.loads(line) and "source_name" in json.loads(line) for line in lines)
