"""How an attribution's chain steps to the one enclosing it, for every reader of the extract's ``parent`` links
(tracing's chains, the report's attribution listing, the extraction scorer, the direct-quote signal)."""

from __future__ import annotations

from collections.abc import Callable

from .models import Attribution


def chain_parent(att: Attribution, get: Callable[[str], Attribution | None]) -> Attribution | None:
    """The attribution whose link comes before ``att``'s in a chain: its parent, or, for one of the same speech
    act as its parent (``same_act``), that parent's parent (the parent adds no link: its speaker and
    intermediaries are the same act's). ``get`` looks an attribution up by id."""
    up = get(att.parent) if att.parent else None
    if att.same_act and up is not None:
        up = get(up.parent) if up.parent else None
    return up
