"""English words the per-article resolver reads a document with: places, company names, texts a body puts
out, offices, partitives. General English, never a story's names; one home per word (``lang/en``)."""

from __future__ import annotations

import re

from . import sources as lx

#: Words before a name that make it a place ("near Mau Narok", "in Nakuru").
LOCATIVE_WORDS = frozenset({"in", "near", "outside", "inside", "across", "around", "towards", "toward", "into"})
#: Nouns before "of" that make the next name a place ("the town of Mau Narok").
PLACE_NOUNS = frozenset(
    {
        "town",
        "village",
        "city",
        "county",
        "district",
        "region",
        "province",
        "state",
        "area",
        "municipality",
        "suburb",
        "neighbourhood",
        "neighborhood",
        "island",
        "capital",
    }
)
#: Person heads of a definite description that point back at someone by role ("the governor said"), checked
#: against the roles earlier sources were given; words that also start body names are left out.
ROLE_ANAPHOR_HEADS = (lx.TITLE_WORDS | lx.PERSON_ROLE_HEADS) - lx.NOT_PERSON_TITLES - frozenset(
    # modifiers and bare person nouns: "the former", "the deputy", "the people" name no role
    {"acting", "deputy", "ex", "former", "general", "individual", "individuals", "member", "members", "people",
     "person", "then", "vice"}
)  # fmt: skip


#: Words that end a company's full name after its short name: "Brennan Motors", "Acme Co.", "Vela Holdings".
#: The short name alone ("Brennan said") is the company, although a tagger often reads it as a surname.
COMPANY_NAME_TAILS = frozenset(
    {
        "motors",
        "motor",
        "co",
        "co.",
        "company",
        "inc",
        "inc.",
        "corp",
        "corp.",
        "corporation",
        "group",
        "holdings",
        "ltd",
        "ltd.",
        "plc",
        "llc",
        "airlines",
        "industries",
        "technologies",
        "pharmaceuticals",
        "automotive",
    }
)
#: Words that end a place-based description of a company ("the Dearborn, Michigan-based automaker").
BASED_WORDS = frozenset({"based", "-based"})
#: Words between an acronym's long name and its parentheses that stay part of the name ("Ministry of Health").
ACRONYM_NAME_LINKS = frozenset({"of", "for", "the", "and"})
#: Words a long name before an acronym never starts with ("... of Health (MOH)" starts at "Health").
ACRONYM_NAME_SKIPS = frozenset({"of", "for", "and", "'s", "\u2019s"})
#: Possessive endings a tokenizer splits off a name ("Acme's").
POSSESSIVE_ENDINGS = frozenset({"'s", "\u2019s"})
#: Possessive endings and bare apostrophes ("the residents' union").
POSSESSIVE_MARKS = POSSESSIVE_ENDINGS | frozenset({"'", "\u2019"})
#: Articles that open a description after a comma (", a Ukrainian military news outlet").
INDEFINITE_ARTICLES = frozenset({"a", "an"})
#: Words that lead from a description to the name it gives itself (", which calls itself").
SELF_NAME_LEADS = frozenset({",", "which", "that", "who"})
#: Words between a description and the name it gives itself: "a gang, which calls itself X", "known as X".
SELF_NAME_FILLERS = frozenset(
    {
        ",",
        "which",
        "that",
        "who",
        "itself",
        "themselves",
        "himself",
        "herself",
        "as",
        "by",
        "simply",
        "the",
        "\u201c",
        '"',
        "\u2018",
        "'",
    }
)

#: Partitive phrases pointing back at the plural unnamed source just named: "two people familiar with the
#: talks ... One of them said" (one of those people: the same unnamed source).
PARTITIVE_PRONOUN_RE = re.compile(r"^(?:one|two|three|both|each|another|some|none|all) of (?:them|those|these)$")
#: Nouns an article calls a news outlet by ("the investigative website said", "the site reported").
OUTLET_NOUNS = lx.OUTLET_INTRODUCERS - {"agency", "network", "channel"}
#: Cue words of a publisher's report: a body cited with them ("the Acme Bureau reported") is what a later "the
#: website" points back at when no outlet was named.
REPORT_CUE_WORDS = frozenset({"reported", "reports", "revealed", "reveals", "published", "publishes"})

#: Nouns of a text a body puts out. "The statement said" (a definite one) quotes the text the article named
#: before ("X said in a statement", "X issued a news release"), so its issuer is the source, not a document.
ISSUED_TEXT_HEADS = frozenset({"statement", "release", "announcement", "notice", "communique", "communiqué"})
#: Words between "the" and such a noun that keep it the same text ("the written statement", "the press release").
ISSUED_TEXT_MODIFIERS = frozenset({"press", "news", "written", "official", "emailed", "earlier"})
#: Verbs whose subject puts such a text out ("issued a statement", "put out a release", "made the announcement").
ISSUING_VERBS = frozenset({"issue", "release", "publish", "put", "post", "send", "circulate", "distribute", "make"})
#: Prepositions naming the issuer after the noun ("a statement from the ministry", "a notice by the council").
ISSUER_PREPS = frozenset({"from", "by"})
#: The preposition of "X said in a statement".
STATEMENT_PREPS = frozenset({"in"})
#: The preposition of an act done to something ("the release of the doses").
OF_PREPS = frozenset({"of"})
#: Heads of a phrase naming the people around one office holder, who speak for that holder ("the mayor's
#: office", "the governor's aides", "the senator's campaign").
HOLDER_BODY_HEADS = frozenset({"office", "aides", "staff", "team", "camp", "campaign"})
#: Heads of a plural collective that make it a media outlet ("news sites", "outlets").
OUTLET_KIND_HEADS = frozenset({"outlet", "site"})
