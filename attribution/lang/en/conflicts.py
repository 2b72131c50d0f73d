"""Words of the conflicts between two claims (tracing/rivals.py, opposed.py, phases.py, tenures.py,
place_counts.py): each says which other claim disagrees, and how."""

#: A figure of one count that another claim gives differently ("... for the dead: 69 (A) here / 53 (B) there.").
ACROSS_FIGURE = "Another claim ({other}) gives a different figure for {what}: {mine} here / {theirs} there."
#: Someone's time in a post given differently by another claim.
ACROSS_TENURE = "Another claim ({other}) gives a different time in office: {mine} here / {theirs} there."
#: Another claim that differs on one reading ("when", "whether the vessel sank", ...).
ACROSS_DIFFERS = "Another claim ({other}) differs on {what}: {mine} here / {theirs} there."
#: What the date readings of two claims differ on.
WHEN = "when"
