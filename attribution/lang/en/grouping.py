"""Words of claim grouping (``attribution/tracing/cluster.py``)."""

from __future__ import annotations

#: Framing words that make a different proposition of the same event: "the first captured" is a claim
#: of its own next to "captured".
FRAMING_WORDS = frozenset({"first", "last", "only", "record"})
#: Modal auxiliaries and conditionals: the statement is about what could or would be.
MODAL_MARKERS = frozenset({"could", "would", "might", "may", "should", "if"})
