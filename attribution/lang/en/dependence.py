"""How the tracing stage says why one article depends on another (tracing/dependence.py): each line
completes "{a} draws on {b}" with the evidence found, in plain words."""

from __future__ import annotations

#: "{a} draws on {b} ({why})"
DRAWS_ON_BECAUSE = "{a} draws on {b} ({why})"
#: declared: the article attributes something to the other's outlet
CITES = "it cites {b}"
#: most of the two texts are the same
MOSTLY_THE_SAME = "most of their text is the same"
#: copied passages
COPIED_PASSAGES = "{n} word-for-word five-word sequences in common, outside quotations"
#: rule reworded_copy
REWORDED_SENTENCES = "{n} of the same sentences reworded"
#: rule shared_rare_passages
REWORDED_AND_RARE = (
    "{n} of the same sentences reworded, and word sequences that no other article of the batch carries"
)
