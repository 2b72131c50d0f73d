"""Words of readings that exclude each other across claims: where someone went ("landed in X" / "flew
to Y"), a rank ("making it the second drug" / "is now the third of its kind") and a comparison ("costs more
than X" / "is cheaper than X")."""

from __future__ import annotations

from .calendar import CALENDAR_WORDS
from .places import PLACE_WINDOW_CONTINUE

#: Verbs of going somewhere; the place follows one of DESTINATION_PREPOSITIONS, at most
#: DESTINATION_GAP words later ("took a military plane to", "is heading for").
TRAVEL_VERBS = frozenset(
    {
        "landed",
        "arrived",
        "flew",
        "fled",
        "headed",
        "heading",
        "travelled",
        "traveled",
        "travelling",
        "traveling",
        "went",
        "gone",
        "going",
        "took",
        "flown",
        "moved",
        "escaped",
        "relocated",
        "sailed",
        "drove",
    }
)
DESTINATION_PREPOSITIONS = frozenset({"to", "for", "in", "at", "into"})
DESTINATION_GAP = 3

#: Capitalised words in a destination phrase that name no place.
NOT_PLACE_NAMES = CALENDAR_WORDS | frozenset({"the", "a", "an", "i", "he", "she", "they", "we", "it"})

#: Lower-case words a place phrase runs on through ("the capital of Greece's central region of Thessaly",
#: "Thessaly capital in Larissa in Greece"); any other lower-case word ends it ("... in June aboard").
DESTINATION_CONTINUE = PLACE_WINDOW_CONTINUE | frozenset({
    ",", "in", "capital", "island", "islands", "north", "south", "east", "west", "northern", "southern",
    "eastern", "western",
    "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
    "south-eastern", "south-western", "central",
})  # fmt: skip

#: Ordinal words: a rank.
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}

#: Words that put a rank on the claim's subject: "making it the second", "is now the third", "it's only the
#: second". The rank follows one of these, then at most RANK_GAP words of RANK_FILLERS and "the".
RANK_LINKS = frozenset({"is", "was", "becomes", "became", "be", "it's", "it’s", "making", "make", "makes"})
RANK_FILLERS = frozenset({"it", "now", "only", "just", "the", "also", "thus"})
RANK_GAP = 3
#: The article before a rank's ordinal ("the second"; "a second" is another, no rank).
RANK_ARTICLE = "the"
#: The word after an ordinal that ranks the subject among its kind ("the third of its kind").
RANK_OF_KIND = "of"
#: A superlative after an ordinal ranks something else than a noun does ("the second largest" / "the third drug").
SUPERLATIVE_PATTERN = r"(?:est|most|least)$"

#: Nouns after an ordinal that make it no rank of the subject: a time, an occasion, a part of a sequence.
RANK_NOT_NOUNS = frozenset(
    {
        "time",
        "times",
        "day",
        "week",
        "month",
        "year",
        "quarter",
        "half",
        "round",
        "term",
        "stage",
        "phase",
        "step",
        "part",
        "wave",
        "anniversary",
        "attempt",
        "visit",
        "trip",
        "session",
        "game",
        "match",
        "leg",
    }
)

#: Comparatives: word(s) -> (dimension or None when the comparative names none, sign). The compared thing
#: follows "than". A comparative without a dimension takes one from DIMENSION_NOUNS in its sentence.
COMPARATIVES: dict[tuple[str, ...], tuple[str | None, int]] = {
    ("more", "expensive"): ("cost", 1),
    ("less", "expensive"): ("cost", -1),
    ("costlier",): ("cost", 1),
    ("pricier",): ("cost", 1),
    ("cheaper",): ("cost", -1),
    ("higher",): (None, 1),
    ("lower",): (None, -1),
    ("greater",): (None, 1),
    ("smaller",): (None, -1),
    ("larger",): (None, 1),
    ("bigger",): (None, 1),
    ("more",): (None, 1),
    ("less",): (None, -1),
    ("fewer",): (None, -1),
    ("faster",): ("speed", 1),
    ("slower",): ("speed", -1),
    ("older",): ("age", 1),
    ("younger",): ("age", -1),
}
COMPARISON_WORD = "than"
#: Words between "than" and the compared name that do not change what is compared ("than for a year of X").
COMPARED_GAP = 6

#: Nouns that give a bare comparative its dimension ("higher than X, which costs $26,500").
DIMENSION_NOUNS: dict[str, str] = {
    "cost": "cost",
    "costs": "cost",
    "price": "cost",
    "priced": "cost",
    "prices": "cost",
    "pricing": "cost",
    "expensive": "cost",
    "fee": "cost",
    "fees": "cost",
}

#: Where-statements: "the attack occurred in X", "the strike did not take place in X". Verb forms that say an
#: event happened; the place follows one of OCCURRENCE_PREPOSITIONS at most OCCURRENCE_GAP words later.
OCCURRENCE_VERBS = frozenset({"happened", "happen", "happens", "occurred", "occur", "occurs"})
#: Verb forms that say it together with OCCURRENCE_PLACE_NOUN ("took place", "taking place").
OCCURRENCE_TAKE_VERBS = frozenset({"took", "take", "takes", "taken", "taking"})
OCCURRENCE_PLACE_NOUN = "place"
OCCURRENCE_PREPOSITIONS = frozenset({"in", "at", "on", "inside"})
OCCURRENCE_GAP = 2
#: Words between an event noun and its occurrence verb that leave the noun its subject ("the attack had
#: occurred", "the strike did not happen", "the raid “did not happen"). Negations among them deny the place.
OCCURRENCE_AUXILIARIES = frozenset({"did", "does", "do", "had", "has", "have", "was", "is", "actually",
                                    "not", "never", "n't", "indeed", "reportedly"})  # fmt: skip
#: Nouns of a single event a where-statement locates ("the attack occurred in X"): a mention of another claim
#: naming the same event noun and a place of its own is compared with it.
OCCURRENCE_EVENT_NOUNS = frozenset(
    {"attack", "strike", "raid", "explosion", "blast", "bombing", "shooting", "crash", "collision", "collapse",
     "earthquake", "quake", "ambush", "incident", "assault", "fire"}
)  # fmt: skip
#: Compass words a place phrase runs on through ("in northeast Jordan").
COMPASS_WORDS = frozenset({"northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
                           "south-east", "south-west"})  # fmt: skip

#: A place on a graded scale of warning (``opposed.level``): "the third highest of four alert levels", "raised
#: the alert to the second-highest level", "the second alert level of the four-step warning scale", "alert
#: level 3". The noun of the place on the scale:
LEVEL_NOUNS = frozenset({"level", "levels"})
#: What the scale grades; a level is read only beside one of these (the block two levels are compared in).
LEVEL_SCALES = frozenset({"alert", "warning", "threat", "alarm", "danger"})
#: The end of the scale an ordinal counts from: "the second-highest" counts from the top.
LEVEL_TOP_WORDS = frozenset({"highest", "top"})
LEVEL_BOTTOM_WORDS = frozenset({"lowest", "bottom"})
#: Words between an ordinal and the level noun that keep the reading ("the third highest of four alert
#: levels": "of" and the size; "the second alert level").
LEVEL_GAP = 4
#: How the size of a scale is written: "of four (alert) levels", "a four-step scale", "four-tier system".
LEVEL_SIZE_WORDS = frozenset({"step", "tier", "level", "stage", "point"})
#: Roman numerals a level may be written in ("alert level III").
ROMAN_LEVELS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
#: How a level conflict's description names what differs.
LEVEL_WHAT = "the level"

#: A lead over a named rival (``opposed.lead``): "30 percentage points ahead of Ortiz", "a 12-point lead over
#: Ruiz". The words that put the figure before the rival:
LEAD_AHEAD = (("ahead", "of"), ("in", "front", "of"), ("clear", "of"))
LEAD_OVER = (("lead", "over"),)
#: The unit of a lead, and the words that may stand between the figure and it ("percentage points").
LEAD_POINTS = frozenset({"point", "points"})
LEAD_POINT_FILLERS = frozenset({"percentage", "-"})
#: How far after the words (in tokens) the rival's name may start ("ahead of her main rival, Ana Ruiz").
LEAD_NAME_GAP = 8
LEAD_WHAT = "the lead"

#: Event nouns that name one event in two words ("the earthquake" / "the quake"): read as the second.
OCCURRENCE_EVENT_SAME = {"earthquake": "quake"}
