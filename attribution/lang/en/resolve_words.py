"""English words the per-article resolver reads a document with: places, company names, texts a body puts
out, offices, partitives. General English, never a story's names; one home per word (``lang/en``)."""

from __future__ import annotations

import re

from ...kinds import SourceKind
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
#: talks ... One of them said" (one of those people: the same unnamed source); a bare "One said" / "Another
#: said" is the same partitive with "of them" left out.
PARTITIVE_PRONOUN_RE = re.compile(
    r"^(?:(?:one|two|three|both|each|another|some|none|all) of (?:them|those|these)|one|another)$"
)
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
#: Heads of a group's or a body's own work that speaks for its makers after a possessive ("their forecasts
#: suggest", "its figures show"): the makers named just before are the source (rule ``possessive_work_holder``).
HOLDER_WORK_HEADS = frozenset(
    {"forecast", "forecasts", "projection", "projections", "estimate", "estimates", "figures", "data", "findings",
     "calculations", "models", "analysis", "research", "study", "studies", "survey"}
)  # fmt: skip
#: Heads of a plural collective that make it a media outlet ("news sites", "outlets").
OUTLET_KIND_HEADS = frozenset({"outlet", "site"})


# -- reading a phrase (resolve/mention.py, names.py, common.py) ------------------------------------------
#: Prepositions that end a phrase's head ("officials | of the ministry") and open a name's tail.
PHRASE_PREPS = frozenset({"of", "in", "at", "from", "for", "with", "by", "on", "within", "inside"})
#: Prepositions before a trailing country ("authorities in Seoul", "the president of Ukraine").
COUNTRY_SUFFIX_PREPS = frozenset({"in", "of", "from"})
#: A body's offices, lowercase ("the WHO country office", "the UN's office in Geneva"): the body speaks.
BODY_OFFICE_WORDS = frozenset({"office", "offices", "secretariat", "mission", "delegation"})
#: Heads too general to fix a kind when a more specific word stands before them ("National Intelligence Service").
WEAK_HEADS = frozenset(
    {"service", "services", "agency", "office", "department", "directorate", "bureau", "committee", "council", "unit",
     "body"}
)  # fmt: skip
#: Pairs whose kind differs from either word's ("security service" is a spy agency, "news agency" a wire agency).
PAIR_KINDS = {
    ("security", "service"): "intelligence agency",
    ("security", "services"): "intelligence agency",
    ("news", "agency"): "wire agency",
    ("press", "agency"): "wire agency",
    ("wire", "agency"): "wire agency",
    ("spy", "agency"): "intelligence agency",
    ("news", "service"): "wire agency",
    ("foreign", "service"): "government",
    ("think", "tank"): "expert or think tank",
}
#: Role words right before a person's name: the words before them describe the person ("Acme CEO Dana
#: Whitcomb", "Wayne State University engineering professor Priya Raman"); spokespeople are read elsewhere.
AFFILIATION_ROLE_WORDS = (lx.TITLE_WORDS | lx.PERSON_ROLE_HEADS | lx.EXPERT_ROLES | lx.LEGISLATOR_ROLES) - (
    lx.SPOKESPERSON_WORDS | {"of", "state", "national", "security", "press", "joint", "then", "first"}
)
#: Prepositions after a spokesperson's role word that name the body ("a spokesman for the police").
SPOKESPERSON_PREPS = frozenset({"for", "of", "at", "with"})
#: Prepositions between a person's name and the body they belong to ("Marcus Hale of the Center ...").
AFFILIATION_PREPS = frozenset({"of", "at", "from"})
#: Words before a body in a leader's phrase that are no part of the body's name ("the head of X").
ROLE_OF_PREPS = frozenset({"of", "at"})
#: First words of an apposition that describes its name ("the group's director", "an engineer",
#: "its founder"); a participle ("citing an official") or a clause is no description of the name.
DESCRIPTION_STARTS = lx.DEFINITE_DETS | lx.INDEFINITE_DETS | {"his", "her", "its", "their", "our"}
#: Common words that start a phrase with a capital only because they start a sentence.
COMMON_WORDS = (
    lx.DOCUMENT_HEADS
    | lx.ANONYMOUS_HEADS
    | lx.PERSON_ROLE_HEADS
    | lx.MEDIA_WORDS
    | lx.COLLECTIVE_HEADS
    | frozenset(lx.HEAD_KINDS)
    # "Allied intelligence agencies said": an unnamed body's modifier, capitalised by the sentence start
    | lx.UNNAMED_MODIFIERS
)
#: Words that make media a place's own ("local media", "domestic media"), and a state's ("state media").
LOCAL_MEDIA_WORDS = frozenset({"local", "domestic"})
STATE_MEDIA_WORDS = frozenset({"state"})

#: The definite article, skipped before and inside names ("the ministry of health").
DEFINITE_ARTICLE = "the"
#: The preposition that joins a body's head to its field ("the ministry of health").
OF = "of"
#: The relative pronoun of belonging ("Jo Lee, whose ministry ...").
POSSESSIVE_RELATIVE = "whose"
#: "known as X": the participle and mark that introduce another name.
ALIAS_PARTICIPLE = "known"
ALIAS_MARK = "as"
#: The head noun that, after a wire's word, names a wire agency ("Yonhap News Agency").
AGENCY_HEAD = "agency"

#: A member's role word -> the heads of the body the member speaks as: inside a judge's words "the Court"
#: is the judge's own court speaking through the judge ("“The court finds ...,” Judge X wrote"), one voice.
MEMBER_BODY_HEADS: dict[str, frozenset[str]] = {
    "judge": frozenset({"court", "tribunal"}),
    "justice": frozenset({"court"}),
    "magistrate": frozenset({"court"}),
}

#: The word joining two roles of one person under one determiner ("the climate scientist and former mayor").
ROLE_COORDINATORS = frozenset({"and"})


#: Unnamed reports as a source ("reportedly", "it was reported that", "according to reports"): the words that
#: say only that something was reported, and the name the source gets ("reports (unnamed)" in the gold).
REPORT_ADVERBS = frozenset({"reportedly"})
REPORT_LEMMAS = frozenset({"report"})
UNNAMED_REPORTS_NAME = "reports"
#: Determiners that leave a bare "reports" unnamed: "some reports said", "many reports say" name no more
#: than "reports said" (rule ``unnamed_reports``); "the reports", "these reports" point back at reports
#: the article named.
UNNAMED_REPORT_QUANTIFIERS = frozenset({"some", "many", "several", "numerous", "various", "multiple"})
#: The determiner of one report the article has mentioned ("The report also notes that X", rule
#: ``the-report``): a source, as "according to the report" is (``resolve/reports.py``), never a body of its own.
ONE_REPORT_DETERMINERS = frozenset({"the"})


#: Nouns for a machine or vehicle: a name the text gives one ("Odysseus, the first spacecraft to land ...", "the
#: lander dubbed Odysseus", "the Odysseus spacecraft") names no person, whatever the tagger says, so "he said" never
#: points back at it (``text.machine_names``).
MACHINE_NOUNS = frozenset(
    {"spacecraft", "lander", "rover", "probe", "satellite", "rocket", "capsule", "spaceship", "craft", "vehicle",
     "ship", "vessel", "boat", "yacht", "tanker", "freighter", "ferry", "submarine", "submersible", "aircraft",
     "airplane", "aeroplane", "plane", "jet", "airliner", "helicopter", "drone", "robot", "train", "locomotive",
     "truck", "telescope", "chatbot", "machine"}
)  # fmt: skip
#: Verbs that give a machine its name ("the lander dubbed Odysseus", "a ship named Ever Given").
MACHINE_NAMING_VERBS = frozenset({"dub", "name", "call", "christen"})
#: Relations that tie a name to the noun beside it: "the Odysseus spacecraft", "lander Odysseus", "Odysseus, the
#: first spacecraft ...".
MACHINE_NAME_DEPS = frozenset({"compound", "appos", "flat"})

#: Cues of a report line: "Tidewater News reports:" opening a paragraph, the report's own words after the colon (a
#: blog or aggregator quoting a medium): the name is a news outlet's (rule ``report_line_outlet``).
REPORT_LINE_CUES = frozenset({"reports", "reported", "writes", "wrote"})
#: The kinds a name of a report line may have been given and still be read as an outlet: a body of no known kind.
REPORT_LINE_KINDS = frozenset({SourceKind.ORGANIZATION, SourceKind.UNKNOWN})
