"""How ``scripts/one_sentence_facts.py`` counts gold facts that share a sentence or a predicted mention, on a story
written for these tests."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import one_sentence_facts as osf  # noqa: E402
from evaluate_real import DEFAULT_TOOLS, load_scorer  # noqa: E402

FIRST = "Nine miners died and four were hurt, the mine's owner said."
SECOND = "Four miners were hurt, officials said. Nine miners died, a union said."


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (("f", 0, 10), ("f", 0, 10), "same quote"),
        (("f", 0, 10), ("f", 2, 8), "nested"),
        (("f", 0, 10), ("f", 5, 15), "partly overlapping"),
        (("f", 0, 10), ("f", 12, 20), "apart"),
    ],
)
def test_kind_tells_how_two_gold_spans_lie(a: tuple[str, int, int], b: tuple[str, int, int], expected: str) -> None:
    assert osf.kind(a, b) == expected


def _story(tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SECOND, encoding="utf-8")
    gold = {
        "claims": [
            {
                "id": "dead",
                "mentions": [
                    {"file": "a.txt", "quote": "Nine miners died"},
                    {"file": "b.txt", "quote": "Nine miners died"},
                ],
            },
            {
                "id": "hurt",
                "mentions": [
                    {"file": "a.txt", "quote": "four were hurt"},
                    {"file": "b.txt", "quote": "Four miners were hurt"},
                ],
            },
        ]
    }
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")

    def mention(article: str, text: str, quote: str) -> dict[str, Any]:
        start = text.index(quote)
        return {"article": article, "start": start, "end": start + len(quote), "text": quote}

    pred = {
        "articles": [{"id": "A", "path": "a.txt"}, {"id": "B", "path": "b.txt"}],
        "claims": [
            # one mention of the whole first sentence carries both facts
            {
                "id": "c1",
                "mentions": [
                    mention("A", FIRST, "Nine miners died and four were hurt"),
                    mention("B", SECOND, "Nine miners died"),
                ],
            },
            {"id": "c2", "mentions": [mention("B", SECOND, "Four miners were hurt")]},
        ],
    }
    return tmp_path, pred


def test_a_mention_carrying_two_facts_is_counted_and_its_split_placed_perfectly(tmp_path: Path) -> None:
    story, pred = _story(tmp_path)
    r = osf.measure(story, pred, load_scorer(DEFAULT_TOOLS), listing=False)
    c = r["counts"]
    assert (c["found"], c["carried"], c["separable"], c["shares its span"]) == (4, 2, 2, 0)
    assert c["one sentence: one predicted mention"] == 1
    assert r["main"][0] < 1.0  # the carried "hurt" mention sits in the dead claim
    assert r["split placed"] == pytest.approx((1.0, 1.0, 1.0))  # its piece joins c2, the hurt claim's home
