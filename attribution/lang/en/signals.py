"""The plain-words explanations of a claim's credibility signals (``attribution/tracing/signals.py``),
as templates filled with ``str.format``."""

from __future__ import annotations

#: Joins the last two names of a list ("A, B and C").
LIST_AND = " and "
#: Joins the other names of a list.
LIST_SEP = ", "

ANONYMOUS_SOURCE = "Rests in part on an unnamed source ({names}): readers cannot check who said it."
MANY_OUTLETS_ONE_ORIGIN = (
    "Reported by {outlets} outlets, but every attributed version leads back to {origins}: "
    "repeating it is not confirming it."
)
INTERESTED_PARTY = (
    "{name} speaks for {country}, a party to {conflict}: "
    "an interested party's account of its own conflict needs outside confirmation."
)
SOCIAL_MEDIA_ORIGIN = (
    "The statement was first made on social media ({where}), not in a checkable statement or document."
)
HEDGED = "{hedged} of {total} mentions hedge it ({words}): the outlets themselves do not vouch for it."
SECOND_HAND = "Some outlets did not hear it from the origin: it reached them through {names}."
#: ``{verb}`` is STATES_ONE for one outlet, STATES_MANY for more.
STATED_WITHOUT_SOURCE = "{outlets} {verb} it without naming a source."
STATES_ONE = "states"
STATES_MANY = "state"
UNATTRIBUTED = "No outlet names a source for it: it rests on the outlets' own word."
DIRECT_QUOTE = "{direct} of {attributed} attributed mentions quote the source's own words."
PARAPHRASE_ONLY = (
    "Every attributed mention paraphrases the source; none quotes its words, so the wording is the outlets'."
)
