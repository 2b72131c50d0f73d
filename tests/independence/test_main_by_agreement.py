"""Origins confirm one another only where they say the same thing, each compared with the most cited origin;
among origins cited equally often, the one the most others agree with is the one compared with (rule
``main_by_agreement``), not the last name in order: a harbour patrol and a state police cited twice each saying
a search became a recovery, and a transport secretary cited twice saying who was on the bridge, are compared with
one of the first two, so the secretary alone is set aside."""

from __future__ import annotations

import pytest

from attribution.tracing import independence
from attribution.tracing.independence import statements


class _Mention:
    def __init__(self, text: str) -> None:
        self.text = text


@pytest.fixture
def same_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two mentions state the same thing when their texts are equal (the real test reads their content keys)."""
    monkeypatch.setattr(statements, "_same_keys", lambda a, b: a.text == b.text)


def _keys(**said: list[str]) -> dict[str, list[independence._Stated]]:  # stands in for each mention's keys
    return {
        u: [independence._Stated(_Mention(t), False, False, frozenset()) for t in texts]  # type: ignore[arg-type]
        for u, texts in said.items()
    }


def test_among_origins_cited_equally_the_one_others_agree_with_is_compared_with(same_text: None) -> None:
    recovery = "the search became a recovery"
    keys = _keys(
        harbour_patrol=[recovery, recovery],
        state_police=[recovery, "divers return at dawn"],
        transport_secretary=["eight were on the bridge", "the crew fixed potholes"],
    )
    assert independence._main_unit(sorted(keys), keys) in {"harbour_patrol", "state_police"}


def test_the_most_cited_origin_is_compared_with_whatever_the_others_say(same_text: None) -> None:
    keys = _keys(harbour_patrol=["a", "b", "c"], state_police=["d"], transport_secretary=["d"])
    assert independence._main_unit(sorted(keys), keys) == "harbour_patrol"
