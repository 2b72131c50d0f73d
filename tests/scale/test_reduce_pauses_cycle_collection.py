"""The reduce pauses Python's cycle collector while it runs (``pipeline._no_cycle_collection``) and leaves it
as it found it: on after, when it was on; off, when the caller had turned it off."""

from __future__ import annotations

import gc

import pytest

from attribution import pipeline


@pytest.mark.parametrize("enabled", [True, False])
def test_the_reduce_leaves_the_cycle_collector_as_it_found_it(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        pipeline.reduce([])
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_the_cycle_collector_is_paused_during_the_reduce_and_restored_after_an_error() -> None:
    seen: list[bool] = []

    def fails() -> None:
        seen.append(gc.isenabled())
        raise RuntimeError("stop")

    assert gc.isenabled()
    with pytest.raises(RuntimeError), pipeline._no_cycle_collection():
        fails()
    assert seen == [False] and gc.isenabled()
