"""English heads of a country's collective that do not say which body spoke ("authorities in Seoul", "South
Korean officials", "the government"): tracing/specify.py names the body from the sentence next to them. One
home per word (``lang/en``)."""

from __future__ import annotations

#: Heads of a country's collective that do not say which body spoke ("authorities in Seoul",
#: "South Korean officials", "the government"): only these are specified. "The French army" is
#: a body already, even though it is written as a country's collective.
COLLECTIVE_HEADS = frozenset(
    {"official", "officials", "authority", "authorities", "government", "administration", "senior"}
)
