"""How ``scripts/gate_features.py`` rebuilds the confirmation gate's evidence from a saved report: which origins were
counted (the "distinct bodies" line), which origin a join line counted as another, the dependence groups (declared
dependencies and shared wire credits), and the separation figure. Small reports written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import gate_features as gf  # noqa: E402

from attribution.lang.en import independence as lx  # noqa: E402


@pytest.mark.parametrize(
    ("line", "joined"),
    [
        (
            lx.COUNTED_AS_ONE.format(member="Dana Vell", verb=lx.SPEAKS_FOR_VERB, body="Port Authority of Norrin"),
            ("Dana Vell", "Port Authority of Norrin"),
        ),
        (lx.PRESS_RELAY.format(press="Harbour Daily", party="Ilse Marr"), ("Harbour Daily", "Ilse Marr")),
        (
            lx.MAY_SPEAK_FOR.format(person="Ola Brandt", role="spokeswoman", bodies=lx.OR.join(["Velmar", "Ostrin"])),
            ("Ola Brandt", "Velmar"),
        ),
        (lx.ONE_PASSAGE.format(outlet="The Courier", a="Brio Group", b="Brio"), ("Brio Group", "Brio")),
        (lx.REPORTS_ACCOUNT.format(reporter="Radio Tesk", party="Tesk Mining"), ("Radio Tesk", "Tesk Mining")),
    ],
)
def test_a_join_line_says_which_origin_was_counted_as_which(line: str, joined: tuple[str, str]) -> None:
    assert gf.joins_of([line]) == [joined]


def test_a_doubt_that_joins_nothing_is_no_join() -> None:
    assert gf.joins_of(["officials is not named: it may be Velmar or Ostrin", "a line of its own"]) == []


def _report() -> dict[str, Any]:
    def mention(article: str, chain: list[str]) -> dict[str, Any]:
        return {"article": article, "start": 0, "end": 5, "text": "x", "chains": [chain]}

    claim = {
        "id": "c1",
        "verdict": "independently-confirmed",
        "statement": "The harbour closed.",
        "origins": ["dana-vell", "harbour-daily", "ilse-marr"],
        "mentions": [
            mention("a.txt", ["a", "dana-vell"]),
            mention("b.txt", ["b", "harbour-daily"]),
            mention("b.txt", ["b", "ilse-marr"]),
            mention("c.txt", ["c"]),
        ],
        "independence": {
            "evidence": [
                lx.COUNTED_AS_ONE.format(member="Dana Vell", verb=lx.SPEAKS_FOR_VERB, body="Port Authority"),
                "2 distinct bodies: Port Authority (in A (Norrin)); Ilse Marr (in B)",
            ],
            "doubts": [lx.PRESS_RELAY.format(press="Harbour Daily", party="Ilse Marr")],
            "institution": None,
        },
    }
    sources = [
        {"id": "dana-vell", "name": "Dana Vell", "kind": "person", "affiliation_path": ["port-authority"]},
        {"id": "port-authority", "name": "Port Authority", "kind": "government", "affiliation_path": []},
        {"id": "harbour-daily", "name": "Harbour Daily", "kind": "media outlet", "affiliation_path": []},
        {"id": "ilse-marr", "name": "Ilse Marr", "kind": "person", "affiliation_path": []},
        {"id": "wire", "name": "Wire", "kind": "wire agency", "affiliation_path": []},
    ]
    articles = [
        {"id": "a.txt", "attributions": []},
        {"id": "b.txt", "attributions": [{"kind": "article_reference", "source_id": "wire"}]},
        {"id": "c.txt", "attributions": [{"kind": "article_reference", "source_id": "wire"}]},
        {"id": "d.txt", "attributions": []},
    ]
    return {"claims": [claim], "sources": sources, "articles": articles, "dependencies": {"d.txt": ["a.txt"]}}


def test_counted_origins_are_the_listed_bodies_and_joined_origins_count_as_them() -> None:
    rep = _report()
    counted, unit = gf.counted_units(rep["claims"][0], rep)
    assert counted == ["port-authority", "ilse-marr"]  # an outlet name with brackets does not cut the list
    assert unit == {"dana-vell": "port-authority", "harbour-daily": "ilse-marr", "ilse-marr": "ilse-marr"}


def test_articles_sharing_a_wire_credit_or_a_dependency_are_one_group() -> None:
    groups = gf.dependence_groups(_report())
    assert groups["b.txt"] == groups["c.txt"]
    assert groups["a.txt"] == groups["d.txt"]
    assert groups["a.txt"] != groups["b.txt"]


def test_separation_is_one_half_when_the_feature_tells_nothing_and_one_when_it_tells_all() -> None:
    ic, so = gf.IC, "single-origin"
    rows = [{"gold": ic, "pairs": 4}, {"gold": so, "pairs": 1}, {"gold": so, "pairs": 2}]
    assert gf.separation(rows, ("pairs",)) == {"pairs": 1.0}
    rows = [{"gold": ic, "pairs": 2}, {"gold": so, "pairs": 2}]
    assert gf.separation(rows, ("pairs",)) == {"pairs": 0.5}
    rows = [{"gold": ic, "doubts": 0}, {"gold": so, "doubts": 3}]  # fewer doubts is the credible direction
    assert gf.separation(rows, ("doubts",)) == {"doubts": 1.0}
