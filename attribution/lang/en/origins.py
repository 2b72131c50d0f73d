"""Words the origin step reads (tracing/origins.py): the press as a collective, a body's people, and the
words of an unnamed source's description that say who the person is rather than which body they speak from."""

from __future__ import annotations

#: Words naming the press as a collective ("Ukrainian media", "local reports").
MEDIA_WORDS = ("media", "press", "outlet", "outlets", "report", "reports", "newspaper", "newspapers")


#: Nouns for a body's people ("fire officials", "health authorities"): the words before them name the body.
STAFF_NOUNS = frozenset({"officials", "official", "authorities", "officers", "spokespeople"})


#: Words of an unnamed source's description that say who the person is, not which body they speak
#: from ("a senior official at the interior ministry" -> interior, ministry).
PERSON_WORDS = frozenset(
    {
        "a", "an", "the", "at", "of", "in", "from", "for", "with", "and", "s", "senior", "junior", "official",
        "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson", "person", "people",
        "unnamed", "anonymous", "unidentified", "statement", "document", "documents", "report", "reports",
        "memo", "letter", "figures", "data", "staff", "member", "members", "employee", "worker", "workers",
        "officer", "officers", "aide", "aides", "(anonymous)", "(unnamed)",
    }
)  # fmt: skip
