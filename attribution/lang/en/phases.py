"""Words of the day an event began or ended, read across claims ("the rescue operation was wrapped up
Saturday" / "they concluded rescue operations on Sunday"; "went on strike on Oct. 1" / "the strike would
proceed, starting on Oct. 2")."""

from __future__ import annotations

#: Nouns of an activity that runs from a start to an end, each mapped to one key (plural and singular).
PHASE_EVENT_NOUNS = {
    "strike": "strike",
    "strikes": "strike",
    "walkout": "walkout",
    "rescue": "rescue",
    "rescues": "rescue",
    "search": "search",
    "searches": "search",
    "evacuation": "evacuation",
    "evacuations": "evacuation",
    "curfew": "curfew",
    "ceasefire": "ceasefire",
    "truce": "truce",
    "talks": "talks",
    "negotiations": "talks",
    "lockdown": "lockdown",
    "blackout": "blackout",
    "outage": "outage",
    "shutdown": "shutdown",
    "siege": "siege",
    "offensive": "offensive",
    "trial": "trial",
    "voting": "voting",
}

#: Verbs saying an activity began, and ended (not "resumed", "halted", "suspended": a pause is neither).
START_VERBS = frozenset(
    {"began", "begun", "begin", "begins", "started", "start", "starts", "starting", "launched", "initiated",
     "commenced"}
)  # fmt: skip
END_VERBS = frozenset(
    {"ended", "ends", "ending", "concluded", "concludes", "completed", "finished", "wrapped", "lifted"}
)  # fmt: skip
#: Verb phrases that carry their event noun ("dockworkers went on strike"): the words before the noun.
START_PHRASES = (("went", "on"), ("go", "on"), ("goes", "on"), ("gone", "on"))
#: The phase words a verb phrase is read as.
START = "start"
END = "end"

#: At most this many words between the event noun and its phase verb ("a port strike would proceed,
#: starting on Oct. 2": three).
PHASE_GAP = 4

#: Words before a phase verb that deny it ("the search has not ended").
PHASE_NEGATIONS = frozenset({"not", "never", "no", "yet"})

#: Units of a duration ("91 days", "three months"), each mapped to one key.
DURATION_UNITS = {
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
}
#: Words after a duration saying it is someone's time in a post ("91 days in office").
TENURE_AFTER: tuple[tuple[str, ...], ...] = (
    ("in", "office"),
    ("in", "power"),
    ("in", "the", "post"),
    ("in", "post"),
    ("in", "the", "job"),
    ("at", "the", "helm"),
)
#: Words before a duration saying it is someone's time in a post ("serving for only 90 days", "a tenure
#: of 90 days"), at most TENURE_GAP words before the figure.
TENURE_BEFORE = frozenset({"serving", "served", "serves", "tenure", "reign", "stint"})
TENURE_GAP = 3
#: Words between a tenure word and its duration that say nothing of the figure ("for only 90 days").
TENURE_FILLERS = frozenset({"for", "of", "only", "just", "a", "mere", "barely"})
