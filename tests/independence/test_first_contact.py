"""How ``scripts/first_contact.py`` measures confirmations at first contact, on small reports written for these
tests: features read from the report alone, dependence groups, a rule chosen on the other batches and scored on the
one left out, and the held-out folder refused."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import first_contact as fc  # noqa: E402

IC = fc.IC


def _report() -> dict[str, Any]:
    def mention(article: str, chain: list[str]) -> dict[str, Any]:
        return {"article": article, "start": 0, "end": 5, "text": "x", "chains": [chain]}

    claim = {
        "statement": "Nine people died, the ministry said.",
        "origins": ["maria-lopez", "officials"],
        "independent_origins": 2,
        "outlets": ["a", "b", "c"],
        "mentions": [
            mention("a.txt", ["a", "maria-lopez"]),
            mention("b.txt", ["b", "officials"]),
            mention("c.txt", ["c", "officials"]),
            mention("c.txt", ["c"]),
        ],
        "independence": {"evidence": ["2 distinct bodies"], "doubts": ["officials is not named"]},
    }
    sources = [
        {"id": "maria-lopez", "name": "Maria Lopez", "kind": "person"},
        {"id": "officials", "name": "officials", "kind": "government"},
    ]
    return {"claims": [claim], "sources": sources, "dependencies": {"b.txt": ["c.txt"], "c.txt": ["b.txt"]}}


def test_features_are_read_from_the_report_alone() -> None:
    rep = _report()
    f = fc.features(rep["claims"][0], rep)
    assert (f["doubts"], f["origins"], f["named"], f["vague"], f["all_named"]) == (1, 2, 1, 1, 0)
    assert (f["articles"], f["mentions"], f["attributed"], f["figure"], f["paper"]) == (3, 4, 3, 0, 0)


def test_articles_that_depend_on_each_other_are_one_group() -> None:
    rep = _report()
    assert fc.features(rep["claims"][0], rep)["dep_groups"] == 2
    rep["dependencies"] = {}
    assert fc.features(rep["claims"][0], rep)["dep_groups"] == 3


def _row(batch: str, gold: str, vague: int) -> dict[str, Any]:
    row = {f: 0 for f in fc.FEATURES}
    return {**row, "batch": batch, "story": batch, "claim": f"{batch}{gold}{vague}", "gold": gold, "vague": vague}


def test_a_rule_is_chosen_on_the_other_batches_and_scored_on_the_one_left_out() -> None:
    rows = [_row(b, IC, 0) for b in "abc"] + [_row(b, "single-origin", 2) for b in "abc" for _ in range(2)]
    rows.append(_row("c", IC, 2))  # the left-out batch holds a true confirmation the rule turns away
    folds = {f["left_out"]: f for f in fc.lobo(rows, depth=1)}
    assert folds["c"]["rule"] == "vague <= 0"
    assert (folds["c"]["true_kept"], folds["c"]["true_lost"], folds["c"]["false_stopped"]) == (1, 1, 2)


def test_the_held_out_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="held-out"):
        fc.refuse_heldout(tmp_path / "fixtures" / "real-heldout")


def test_precision_interval_holds_the_observed_share() -> None:
    lo, hi = fc.wilson(4, 28)
    assert lo < 4 / 28 < hi and round(lo, 2) == 0.06 and round(hi, 2) == 0.31
