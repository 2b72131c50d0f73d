"""Words of the confirmation gate (tracing/confirmation.py): the doubt a failed check leaves and the evidence
line of the checks a confirmation passed."""

from __future__ import annotations

#: Capitalised words that are never a name (a pronoun or an article opening a sentence); the heads of
#: descriptions ("Officials", "The ministry") are read from the independence words.
NOT_A_NAME = frozenset({"the", "a", "an", "he", "she", "they", "it", "we", "i", "you"})


#: The doubt of a claim whose evidence fails one check of the gate, per feature ({value}: the claim's, {bar}:
#: the gate's).
FAILED = {
    "best_pair": (
        "no two mentions from different origins, in articles that do not depend on each other, say the same "
        "thing directly (best shared wording {value}, below {bar}): the origins are joined only through other "
        "mentions, so they are not counted as confirming each other"
    ),
    "pair_words": (
        "the closest mentions of two different origins share only {value} content words (at least {bar} "
        "needed): not counted as confirming each other"
    ),
    "coherence": (
        "the mentions grouped under this claim say different things (mean shared wording {value}, below "
        "{bar}): a confirmation inside so loose a group is not shown"
    ),
    "mentions": (
        "this claim gathers {value} mentions (more than {bar}): a group that large is joined by chaining and "
        "its origins are not shown to confirm one same statement"
    ),
    "origins": "only {value} origins are counted apart (at least {bar} needed to confirm)",
    "named": (
        "only {value} of the origins is named (at least {bar} named persons or bodies needed): a description "
        "may be one of the others"
    ),
    "strict_pairs": (
        "too few pairs of mentions from different origins, in articles that do not depend on each other, would "
        "be grouped together directly ({value}, at least {bar} needed): the origins are joined through other "
        "mentions rather than saying the same thing, so they are not counted as confirming each other"
    ),
    "figure_pairs": (
        "too few pairs of mentions from different origins, in articles that do not depend on each other, give "
        "the same figure ({value}, at least {bar} needed)"
    ),
    "core": (
        "fewer than two origins say what this claim states (the second origin's closest wording to the "
        "statement shares {value}, below {bar}): the origins are joined only through other mentions of the "
        "group, so they are not counted as confirming it"
    ),
    "doubts": (
        "too many doubts about the origins of this claim ({value}, at most {bar} allowed): with the identity or "
        "the independence of so many of them in question, the others are not taken as a confirmation"
    ),
    "pairs": (
        "too few pairs of mentions from different origins come from articles that do not depend on each other "
        "({value}, at least {bar} needed): the origins are not shown to confirm each other"
    ),
    "carried_share": (
        "only {value} of the mentions are carried by the counted origins (at least {bar} needed): the claim "
        "rests mostly on other accounts"
    ),
}

#: The evidence line of a claim that passed the gate ({checks}: the checks, "; "-joined).
GATE_PASSED = "the confirmation gate passed: {checks}"
#: One passed check, per feature.
PASSED = {
    "best_pair": "two mentions from different origins in independent articles say the same thing directly "
    "(shared wording {value}, at least {bar})",
    "pair_words": "the closest mentions of two origins share {value} content words (at least {bar})",
    "coherence": "the group's mentions agree (mean shared wording {value}, at least {bar})",
    "mentions": "the group is small enough to be read directly ({value} mentions, at most {bar})",
    "origins": "origins counted apart: {value} (at least {bar})",
    "named": "named origins: {value} (at least {bar})",
    "strict_pairs": "pairs of mentions from different origins, in articles that do not depend on each other, "
    "that would be grouped together directly: {value} (at least {bar})",
    "figure_pairs": "pairs of mentions from different origins, in articles that do not depend on each other, "
    "that give the same figure: {value} (at least {bar})",
    "core": "two origins say what this claim states (the second one's closest wording shares {value}, at least {bar})",
    "doubts": "doubts about its origins: {value} (at most {bar})",
    "carried_share": "{value} of the mentions carried by the counted origins (at least {bar})",
    "pairs": "pairs of mentions from different origins, in articles that do not depend on each other: {value} "
    "(at least {bar})",
}
