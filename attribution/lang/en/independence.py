"""Words the independence assessment reads (tracing/independence.py): heads of phrases that are no
speaker, the heads of officials' and leaders' roles, and the heads of descriptions that point back to a
named body ("the agency", "the newspaper")."""

from __future__ import annotations

#: Kinds that pass a statement on rather than make it (source kinds, read by the description heads below).
MEDIA_KINDS = frozenset({"media outlet", "wire agency", "social platform"})
#: Determiners a phrase may open with before its head ("the", "a", "its" ...).
LEADING_DETERMINERS = frozenset({"the", "a", "an", "its", "their"})
#: The definite article: "the Guardian" names an outlet, a bare "Guardian" may not.
DEFINITE_ARTICLES = frozenset({"the"})

#: Head nouns of phrases that name a thing, a place or a measure, never a speaker ("the location of the
#: wreckage", "the scale of the damage", "the number of dead"): such a "source" is a parsing accident.
NON_SPEAKER_HEADS = frozenset(
    {"location", "site", "scene", "scale", "extent", "size", "number", "numbers", "amount", "cause", "causes",
     "condition", "conditions", "state", "nature", "timing", "time", "date", "place", "position", "direction",
     "level", "levels", "rate", "pace", "shape", "wreckage", "debris", "damage", "toll", "death", "deaths",
     "impact", "aftermath", "outcome", "result", "results", "fact", "facts", "details", "detail", "evidence",
     "situation", "course", "speed", "height", "depth", "weather", "area", "areas", "route", "path"}
)  # fmt: skip

#: Heads of a description of people who speak for an institution: such unnamed people may speak for any
#: named body of that kind ("officials", "British lawmakers", "a government source").
OFFICIAL_HEADS = frozenset(
    {"official", "source", "officer", "spokesman", "spokeswoman", "spokesperson", "aide", "authority",
     "lawmaker", "legislator", "mp", "senator", "deputy", "minister", "diplomat", "investigator", "regulator",
     # a country's generic body ("the U.S. military", "Jordan's government") may be any named body of it
     "military", "army", "force", "government", "administration"}
)  # fmt: skip

#: Heads of a role that one person holds ("the French leader", "the company's chief executive"): such an
#: unnamed role may be any named person of a compatible country.
ROLE_HEADS = frozenset(
    {"leader", "president", "premier", "chancellor", "king", "queen", "monarch", "mayor", "governor", "chief",
     "head", "ceo", "executive", "chairman", "chairwoman", "chair", "director", "commander", "general", "judge",
     "founder", "boss", "prosecutor", "attorney", "lawyer", "minister", "secretary"}
)  # fmt: skip

#: Heads of a description of one kind of body, and the kinds of named sources it may stand for:
#: "the newspaper" may be the MarketWatch of the same claim, "the agency" its CDC, "the chain" McDonald's.
DESCRIPTION_HEADS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ["newspaper", "paper", "outlet", "broadcaster", "network", "channel", "website", "site", "daily",
         "magazine", "publication", "tabloid", "wire"],
        MEDIA_KINDS,
    ),
    **dict.fromkeys(
        ["agency", "ministry", "department", "office", "regulator", "watchdog", "authority", "service",
         "bureau", "commission"],
        frozenset({"government", "military", "intelligence agency", "organization", "wire agency"}),
    ),
    **dict.fromkeys(
        ["company", "firm", "chain", "group", "retailer", "maker", "manufacturer", "carrier", "airline", "bank",
         "giant", "operator", "provider", "lender", "insurer", "startup", "business"],
        frozenset({"organization"}),
    ),
    **dict.fromkeys(
        ["tribunal", "court", "panel", "committee", "council", "board", "body", "institute", "organisation",
         "organization", "union", "federation", "association", "organiser", "organizer"],
        frozenset({"government", "organization", "legislator", "expert or think tank", "unknown"}),
    ),
}  # fmt: skip

#: Heads of a description of a body that are no name ("the tribunal", "the health agency", "the company"):
#: an origin written only so points back at a body its article names and is no body of its own.
BODY_DESCRIPTION_HEADS = frozenset(DESCRIPTION_HEADS)

#: Words that say which level of government a body belongs to: two bodies naming different levels are two
#: bodies ("the city health office" / "the provincial health office").
GOVERNMENT_LEVELS = frozenset(
    {"city", "municipal", "town", "village", "county", "district", "provincial", "province", "state", "regional",
     "federal", "national", "central"}
)  # fmt: skip
