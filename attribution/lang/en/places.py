"""Place words: prepositions and nouns that place an event, words that leave a place unknown, and
social platforms (a chain through one started as a post)."""

from __future__ import annotations

#: Prepositions that place an event ("captured in X"); "to"/"from" give direction, not place.
PLACE_PREPOSITIONS = frozenset({"in", "near", "at", "inside", "within", "outside"})

#: Words that stop a place phrase window (a new clause or a non-place modifier begins).
PLACE_WINDOW_CONTINUE = frozenset({"of", "'s", "’s", "the", "a", "an", "region", "oblast", "province", "area", "city",
                                   "town", "village", "district", "border", "territory", "county", "state"})

#: Prepositions of a phrase or clause that dates the statement by another event before or after it ("since January,
#: when he returned after recuperating in Germany", "after it left port in Italy"): a place named inside it is that
#: event's, not the statement's. "During" is left out: "captured during a mission in Kursk" happened in Kursk.
OTHER_EVENT_PREPOSITIONS = frozenset({"after", "before", "since", "until", "following"})

#: Nouns naming an operation: a place attached to one locates the event ("an operation in X").
OPERATION_NOUNS = frozenset({"operation", "mission", "raid", "battle", "fighting", "fight", "clash", "assault",
                             "offensive", "counteroffensive", "attack", "strike", "ambush", "incident", "combat"})

#: Nouns that make a sentence about a location ("the location where he was taken was not known").
LOCATION_NOUNS = frozenset({"location", "whereabouts", "place", "site"})

#: Words that say a fact is not known.
UNKNOWN_WORDS = frozenset({"unknown", "unclear", "unconfirmed", "undisclosed", "uncertain"})

KNOW_VERBS = frozenset({"know", "clear", "confirm", "disclose", "reveal", "specify"})

#: Social platforms: a claim whose chain passes through one started as a post.
PLATFORMS = (
    "x", "twitter", "telegram", "facebook", "instagram", "tiktok", "youtube", "weibo", "vk", "vkontakte",
    "whatsapp", "truth social", "threads", "bluesky", "reddit", "social media",
)

#: Lowercase particles inside place names ("Rio de Janeiro", "Stratford upon Avon", "Frankfurt am Main"),
#: as a regular-expression alternation (ingest reads it in the place of a wire dateline).
PLACE_NAME_PARTICLE_PATTERN = r"(?:de|da|do|dos|del|des|du|la|le|el|al|of|upon|sur|am|an)"

#: The report's note on a mention that only says where the claim's event happened (``Mention.where_only``).
WHERE_ONLY_NOTE = "says only where it happened: shown in the place conflict, not counted in the verdict"
