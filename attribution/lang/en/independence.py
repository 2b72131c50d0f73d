"""Words the independence assessment reads (tracing/independence/): heads of phrases that are no
speaker, the heads of officials' and leaders' roles, and the heads of descriptions that point back to a
named body ("the agency", "the newspaper")."""

from __future__ import annotations

from ...kinds import SourceKind
from .cues import ACCUSATION_VERBS
from .sources import INSTITUTION_HEADS

#: Kinds that pass a statement on rather than make it (source kinds, read by the description heads below).
MEDIA_KINDS = frozenset({SourceKind.MEDIA_OUTLET, SourceKind.WIRE_AGENCY, SourceKind.SOCIAL_PLATFORM})
#: Kinds of news organisations: a newspaper, broadcaster or news agency (not a platform people post on). Resolution
#: gives a source one of them from the alias table, the batch's outlets, a describing apposition ("the Turkish
#: channel NTV", "national newspaper El País") or the head of its name ("Jiji news agency").
PRESS_KINDS = frozenset({SourceKind.MEDIA_OUTLET, SourceKind.WIRE_AGENCY})
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

#: Heads of a description of unnamed people who speak for some body without naming it, not of a kind of body ("the
#: army" is a body of its own): with no country and no body stated ("officials said", "a spokesman", "the
#: authorities"), they are unidentified whatever kind resolution gave them (rule ``officials_of_no_body``).
BODILESS_VOICES = frozenset(
    {"official", "source", "officer", "spokesman", "spokeswoman", "spokesperson", "aide", "authority",
     # people who speak from inside a body they do not name, like "sources" (rule ``insiders_name_no_body``: "the
     # insiders said", "informants told the paper"): they may be any named body of the claim, not a second one
     "insider", "informant", "staffer"}
)  # fmt: skip

#: Nouns for the rank and file of a body, who act and speak for it: after the body's name ("ISIS militants", "Hamas
#: fighters", "Hezbollah members") they are that body speaking, as its unnamed voices are ("Taliban officials"; any of
#: ``BODILESS_VOICES``), not a second origin beside it (rule ``members_speak_for_their_body``). Singular forms, and
#: the plural where it is no plain "-s".
MEMBER_NOUNS = frozenset({"militant", "fighter", "member", "gunman", "gunmen"})
#: Heads after a body's name that make the phrase that body speaking (rule ``members_speak_for_their_body``).
MEMBERS_OF_A_BODY = MEMBER_NOUNS | BODILESS_VOICES

#: Heads of a description of people who speak for an institution: such unnamed people may speak for any
#: named body of that kind ("officials", "British lawmakers", "a government source").
OFFICIAL_HEADS = BODILESS_VOICES | frozenset(
    {"lawmaker", "legislator", "mp", "senator", "deputy", "minister", "diplomat", "investigator", "regulator",
     # a country's generic body ("the U.S. military", "Jordan's government") may be any named body of it
     "military", "army", "force", "government", "administration",
     # an insider too ("insiders_name_no_body"), but one who speaks against the body, not for it
     "whistleblower"}
)  # fmt: skip


#: Heads of a description of unnamed people who speak for a government, not its forces: they may be the government
#: a named head of state heads ("authorities said" / "President Ana Ruiz said": rule ``officials_may_be_the_state``).
HEAD_OF_STATE_VOICES = frozenset(
    {"official", "authority", "government", "administration", "source", "spokesman", "spokeswoman", "spokesperson",
     "aide"}
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

#: Nouns for an officer of a body, and the head of the body's name they hold office in: "a commissioner" sits
#: on a commission, "a minister" heads a ministry. A person so described and a body so named in one claim may
#: be one voice (rule ``role_at_a_body``).
OFFICER_OF_BODY: dict[str, frozenset[str]] = {
    "commissioner": frozenset({"commission"}),
    "minister": frozenset({"ministry"}),
    "secretary": frozenset({"secretariat", "department"}),
    "director": frozenset({"directorate"}),
    "chancellor": frozenset({"chancellery"}),
    "councillor": frozenset({"council"}),
    "councilor": frozenset({"council"}),
    "senator": frozenset({"senate"}),
    "ambassador": frozenset({"embassy"}),
    "judge": frozenset({"court", "tribunal"}),
    "justice": frozenset({"court"}),
    "prosecutor": frozenset({"prosecution", "prosecutor"}),
    "inspector": frozenset({"inspectorate"}),
    "trustee": frozenset({"trust"}),
}

#: Words that end a description's noun phrase: a lower-case tail holding one is a circumstance around a name
#: ("Acme CEO George Kurtz on social media"), not a description ("the EU's competition regulator").
NOT_IN_A_DESCRIPTION = frozenset(
    {"on", "in", "at", "for", "with", "by", "from", "to", "via", "and", "or", "about", "after", "before", "during",
     "over", "under", "near", "who", "which", "that", "said", "says"}
)  # fmt: skip

#: Irregular forms of the verbs of saying and thinking (lang/en/cues.py CUE_VERBS), which adding -s, -ed or -ing to
#: the verb does not give: "Ana Ruiz said", "told", "wrote" (rule ``names_another_origin``).
SAYING_FORMS = frozenset(
    {"said", "says", "told", "wrote", "written", "thought", "found", "knew", "known", "understood"}
)  # fmt: skip

#: Verbs of accusing or alleging: a mention so reported is an accusation, which a statement or finding of the same
#: thing does not confirm (rule ``accusation_is_no_finding``).
ALLEGING_VERBS = ACCUSATION_VERBS | {"allege"}

#: Prepositions that open a modifier after a description's head noun: the head is the word before the first
#: ("an advisory panel to the agency" -> "panel", "officials of the ministry" -> "officials"; rule
#: ``head_before_modifier``; "the company behind the rover" -> "company", "residents near the plant" -> "residents").
MODIFIER_PREPOSITIONS = frozenset(
    {"of", "to", "for", "from", "at", "in", "on", "with", "by", "within", "inside", "behind", "near", "outside",
     "across", "among", "under"}
)  # fmt: skip

#: Content keys that only say an event happened ("the attack occurred", "took place"): two mentions sharing
#: nothing but these and the event's class say two different things about one event (rule
#: ``more_than_the_event``).
HAPPENING_WORDS = frozenset({"occur", "happen", "take", "place", "unfold", "come"})

#: Possessive pronouns that own a description ("his physiotherapist", "their lawyer"): the owner is a party
#: the phrase does not name (rule ``pronoun_owned_description``).
OWNER_PRONOUNS = frozenset({"his", "her", "its", "their"})

#: Nouns for what a party said of its own case ("the harbour master's explanation that ...", "the firm's account of"): a
#: mention that reports one origin's account is that origin speaking, relayed (rule ``reports_an_account``).
ACCOUNT_NOUNS = frozenset(
    {"explanation", "account", "version", "claim", "claims", "statement", "testimony", "assertion", "argument",
     "defence", "defense", "contention", "insistence", "denial", "admission", "story", "position"}
)  # fmt: skip

#: Words after a party's name that make what follows the party's own undertaking ("Brennan Motors will repair the
#: pedals", "the port would reopen", "the union plans to strike"): only the party can know it, so an origin that
#: reports it relays the party (rule ``reports_an_undertaking``). Verbs of saying ("pledged", "promised") give the
#: party as speaking, which rule ``names_another_origin`` reads.
UNDERTAKING_WORDS = frozenset({"will", "would", "plans", "intends"})
#: A party's name, at most one word more ("Brennan Motors service"), then a word of undertaking (``UNDERTAKING_WORDS``):
#: ``{party}`` and ``{undertakings}`` are filled in by rule ``reports_an_undertaking``.
UNDERTAKING_PATTERN = r"(?<!\w){party}\s+(?:\w+\s+)?({undertakings})(?!\w)"

#: Modals of obligation: a verb of saying or thinking under one ("the regime must understand that ...", "the
#: company should admit that ...") tells its subject what to think or say; it reports nothing the subject said
#: (rule ``demand_is_no_report``). ``OBLIGATION_BEFORE_TO`` are the words that say so only before "to" ("needs
#: to accept", "has to admit").
OBLIGATION_MODALS = frozenset({"must", "should", "ought"})
OBLIGATION_BEFORE_TO = frozenset({"need", "needs", "has", "have", "had"})
OBLIGATION_TO = "to"

#: Words that, written right after a party's name (a hyphen or a space between), say whose a news organisation or
#: channel is: "the Hamas-run Al-Aqsa television", "the ISIS-affiliated Amaq news agency", "the Kremlin-backed
#: broadcaster RT" (rule ``affiliated_press``).
PRESS_AFFILIATION_WORDS = frozenset(
    {"affiliated", "run", "backed", "owned", "controlled", "funded", "linked", "aligned", "operated", "sponsored",
     "allied"}
)  # fmt: skip
#: One to four capitalised words (the party's name), a hyphen or a space, then one of ``PRESS_AFFILIATION_WORDS``:
#: ``{affiliations}`` is filled in by rule ``affiliated_press``; group ``party`` holds the name as written.
PRESS_AFFILIATION_PATTERN = (
    r"(?<![\w-])(?P<party>(?:[A-Z][\w'.&]*\s+){{0,3}}[A-Z][\w'.&]*)\s*[-\u2010\u2011]?\s*(?:{affiliations})(?![\w-])"
)

#: Words that say which level of government a body belongs to: two bodies naming different levels are two
#: bodies ("the city health office" / "the provincial health office").
GOVERNMENT_LEVELS = frozenset(
    {"city", "municipal", "town", "village", "county", "district", "provincial", "province", "state", "regional",
     "federal", "national", "central"}
)  # fmt: skip

# -- the plain-language lines of a claim's ``independence.evidence`` and ``independence.doubts`` ------------
#: Dependence between articles (tracing/independence/links.py ``article_links``).
BOTH_CREDIT = "{a} and {b} both credit {source}"
DRAWS_ON = "{a} draws on {b}"
#: An article citing another outlet of the batch.
CITES_COUNTED_ONCE = "{outlet} cites {cited}, whose own article in this batch gives {origins}: counted once"
CITES_UNKNOWN = "{outlet} cites {cited}, whose article in this batch does not carry this claim: its origin is unknown"
#: One body under two origins.
COUNTED_AS_ONE = "{member} {verb} {body}: counted as one"
SPEAKS_FOR_VERB = "speaks for"
PART_OF_VERB = "is part of"
#: A voice of the party in power, counted as the government it forms ("... is of the party in power that forms
#: Turkish government: counted as one").
IN_POWER_VERB = "is of the party in power that forms"
STATED_ROLE = "{person} ({role})"
MAY_SPEAK_FOR = "{person} ({role}) may speak for {bodies}: not counted apart"
AFFILIATED_PRESS = (
    "{press} is named as an outlet of {party} (\"{words}\"): it speaks for {party}, so they are not counted apart"
    " (rule affiliated_press)"
)
PRESS_RELAY = (
    "{press} does not say where it got this and names {party}: it may only relay {party}, so they are not counted apart"
)
NAMES_ANOTHER_ORIGIN = (
    "the words given to {a} themselves give {b} as speaking: {a} may be a misread speaker or speak in the words of "
    "{b}, so they are not counted apart"
)
PRONOUN_BESIDE_NAME = (
    "{a} is only a pronoun where it says this, in an article that names {b} saying it: the pronoun may stand for "
    "{b}, so they are not counted apart"
)
ONE_ADMINISTRATION = (
    "{member} sits in the cabinet {head} heads: both speak for one administration ({government}), counted as one"
)
ONE_ADMINISTRATION_NO_COUNTRY = (
    "{member} ({role}) and {head} ({head_role}) name no country that tells them apart: a cabinet member and the head "
    "of government may speak for one administration, so they are not counted apart"
)
EVERY_ORIGIN_PART_OF = "every origin is part of {institution}"
#: "the" before an institution whose name is "... government" / "government of ..." ("the Afghan government").
GOVERNMENT_WORD = "government"
GOVERNMENT_OF = "government of"
THE = "the"
DEPENDENT_PAIR = "{a} and {b} come only through articles that depend on one another ({outlets}{why})"
DEPENDENT_WHY = ": {ties}"
MORE_DEPENDENT_PAIRS = "and {count} more pairs of origins that come only through articles that depend on one another"
#: Identity in doubt.
NOT_NAMED_MAY_BE = "{name} is not named: it may be {candidates}"
OR = " or "
ONE_NAME_HOLDS_THE_OTHER = "{a} and {b} may be one source: one name holds the other"
ONE_PERSON_TWO_SPELLINGS = "{a} and {b} may be one person spelled two ways"
ONE_BODY_TWO_NAMES = "{a} and {b} may be one body under two names"
DESCRIBED_AS_THE_OTHER = "{a} is described as {description}, words that name the field of {b}: they may be one body"
SURNAME_AFTER_A_DESCRIPTION = (
    "{a} gives a description, not a given name, before the surname of {b}: they may be one person"
)
WRITTEN_AS_ITS_DESCRIPTION = "{a} is written in the words the articles use to describe {b}: they may be one source"
NAME_BEFORE_AN_APPOSITION = "{a} is the name {b} followed by words about it: they may be one source"
LAST_WORD_OF_THE_OTHER = (
    "{a} is only the last word of {longer}: it may be {b} written short, so they are not counted apart (rule"
    " last_word_of_the_other)"
)
INITIALS_OF_THE_OTHER = (
    "{a} is written with {b}'s initials ({initials}): it may be {b} or a part of it, so they are not counted apart"
    " (rule initials_of_the_other)"
)
#: Marks that open an apposition glued to a name by extraction ("CrowdStrike -- an American firm ...").
APPOSITION_MARKS = (",", "--", "\u2013", "\u2014", "(")
PRONOUN_MAY_BE = (
    "{name} is a pronoun the tool could not tie to a name: it may be {candidates}, so it is not counted apart"
)
DESCRIPTION_MAY_BE = "{name} is a description, not a name: it may be {candidates}, so it is not counted apart"
ROLE_AT_BODY = "{person} ({role}) may hold office at {body}: one voice, not counted apart"
REPORTS_ACCOUNT = "{reporter} reports {party}'s own account: it relays {party}, so they are not counted apart"
REPORTS_UNDERTAKING = (
    "{reporter} says what {party} will do ({words}): only {party} can undertake it, so {reporter} relays {party} and"
    " they are not counted apart (rule reports_an_undertaking)"
)
ONE_PASSAGE = "{outlet} gives the same words to {a} and to {b}: one passage, so they are not counted apart"
ONE_PASSAGE_TWO_ARTICLES = (
    "the words given to {a} are, word for word, those another article gives to {b}, and {how}: one passage read "
    "with two speakers, so they are not counted apart (rule one_passage_in_two_articles)"
)
ONE_QUOTATION = (
    "the words quoted from {a} are, word for word, words another article quotes from {b}: one text quoted from two "
    "holders (a document both hold, or one passing on the other's words), so they are not counted apart (rule "
    "one_quotation_one_author)"
)
#: Why two mentions are one passage (``ONE_PASSAGE_TWO_ARTICLES``'s ``how``).
PASSAGE_WRITTEN_ALIKE = "the speaker is written alike or only as a pronoun or description"
PASSAGE_COPIES = "the two articles are copies of one text"
LISTED_ONCE = "{name} is named only once, in a list beside {head}: not counted apart"
UNNAMED_REPORTS = (
    "{name}: unnamed reports, resting on nobody the text names; they may be any other origin, so they are not "
    "counted apart"
)
PRESS_COUNTED_AS_RELAY = (
    "{name} is a news organisation reporting this on its own authority: it is counted as relaying, not as a second body"
)
TOLD_WHAT_TO_THINK = (
    "{name} is only told what to think or say (\"{cue}\"): a demand, not a report of its words, so it is not counted"
    " apart (rule demand_is_no_report)"
)
MODEL_ONLY_READING = (
    "{name} is taken for a source only by the trained model (\"{cue}\"), which no rule reads as an attribution: "
    "not counted apart"
)
FIGURE_LEFT_BEHIND = (
    "{a} and {b} give one figure only where one of them says a count moved away from it (\"revised down from\", "
    "\"up from\"): a figure left behind confirms nothing, so they are not counted apart (rule figure_left_behind)"
)
ACCUSATION_NO_FINDING = (
    "{a} and {b} speak of the same thing, but one accuses and the other states it: an accusation and a "
    "statement or finding of it do not confirm each other"
)
#: Heads of a body's name under which two names of one body are compared for the verdict's identity doubt
#: (``_same_body_doubt``): the resolve step's institution heads and the heads of bodies it does not merge by
#: structure ("National Electoral Institute" / "National Election Institute": one body, two spellings; rule
#: ``one_body_two_spellings``).
BODY_DOUBT_HEADS = INSTITUTION_HEADS | frozenset({"institute"})

#: Verbs of denying, rejecting or disputing: a source whose cue is one of them ("denied that ...") denies the
#: claim; a source written right after one ("rejecting Bankman-Fried's claim that ...", "dismissed the firm's
#: assertion that ...") is reported as rejected. Neither confirms those that state the claim (rule
#: ``denial_is_no_confirmation``).
DENYING_VERBS = frozenset({"deny", "reject", "dispute", "refute", "dismiss", "contest", "rebut", "disprove"})
#: How many words before a source phrase a denying verb may stand, within its clause ("rejecting the
#: company's claim": two); a comma, semicolon, colon or full stop ends the clause.
DENIED_SOURCE_REACH = 3
# a word (apostrophes and hyphens inside it) or one mark, as the words before a source phrase are read
DENIED_SOURCE_TOKEN = r"[\w'’-]+|[^\w\s]"
#: Marks that end the clause looked back through for a denying verb before a source phrase.
DENIED_SOURCE_STOPS = frozenset({",", ";", ":", ".", "!", "?"})
DENIES_THE_CLAIM = "{name} denies or disputes this claim ({cue}): not counted as confirming it"
REPORTED_AS_REJECTED = "{name}'s claim is reported as rejected ({verb}): not counted as confirming it"
ABOUT_ITSELF = (
    "{a} and {b} say alike things only where one speaks of itself (\"we\", \"our\") and the other does not name "
    "it: a body's statement about itself confirms no other body's, so they are not counted apart"
)
FEW_SHARED_WORDS = "{a} may not say the same thing as {b}: their mentions share few words"
ONLY_THE_EVENT = "{a} and {b} speak of one event but their mentions say different things about it: not counted apart"
#: The verdict's own lines.
DISTINCT_UNITS = "{count} distinct {units}: {listed}"
UNIT_WORDS = {"body": "bodies", "institution": "institutions"}
CARRIED_IN = "{name} (in {outlets})"
NO_TIES = "the articles carrying them neither cite one another nor share a wire credit or copied text"
ONE_ORIGIN = "one origin: {name}"
NOT_SHOWN_INDEPENDENT = "kept as single-origin: the origins are not shown to be independent"
UNIDENTIFIED_ORIGINS = (
    "kept as single-origin: the tool could not identify {names} (no name, no body it speaks for), so its reading of"
    " who says this is in doubt (rule unidentified_origin_holds_back)"
)
ONLY_THE_OUTLETS = "no article says who made this statement: only the outlets vouch for it"

#: Head nouns (singular) of papers a body issues: a ruling, a memo, an email, a count, a statement (rule
#: ``paper_is_no_second_body``). Images and footage are not among them: they record, they are not issued.
#: Head nouns (singular) of inquiries (rule ``inquiry_is_a_paper``): what an inquiry found is a paper of the body that
#: ran it, and an inquiry whose body is not named may be any origin's ("Preliminary investigations have revealed
#: ...", "the initial probe found ...").
INQUIRY_HEADS = frozenset(
    {"investigation", "inquiry", "enquiry", "probe", "inspection", "review", "audit", "autopsy", "post-mortem",
     "examination", "assessment"}
)  # fmt: skip
PAPER_HEADS = frozenset(
    {"ruling", "opinion", "judgment", "judgement", "verdict", "memo", "email", "e-mail", "letter", "document",
     "record", "file", "filing", "transcript", "minute", "count", "tally", "readout", "statement", "release",
     "notice", "message", "paper", "spreadsheet", "report", "study", "survey", "poll", "analysis", "data"}
) | INQUIRY_HEADS  # fmt: skip
#: The marks that end a sentence: a source phrase written right after one (or after a line break) opens its
#: sentence, and the capital of its first word is the sentence's, not a name's ("Preliminary investigations").
SENTENCE_END_MARKS = (".", "!", "?", ":", ";")
#: The dependents (UD relations) a paper's head noun may have and still name no maker ("A preliminary
#: investigation", "an initial inspection"): determiners, adjectives, punctuation.
UNNAMED_PAPER_DEPRELS = frozenset({"det", "amod", "punct"})
#: Adjectives by which a paper's phrase names its maker: the speaker's own ("an internal review found ..., the company
#: said" is the company's review).
OWN_PAPER_WORDS = frozenset({"internal", "own", "in-house"})
#: Rule ``relayed_paper_is_no_second_body``: someone who passes on what an unnamed paper found ("A preliminary
#: investigation indicated ..., said a board member").
RELAYED_PAPER = (
    "{name} passes on what an unnamed {paper} found, which does not show who made it apart from {others}: it may "
    "be theirs, so it is not counted apart (rule relayed_paper_is_no_second_body)"
)
PAPER_NAMED_AGAIN = "{name} is one paper named in several articles: counted once"
PAPER_NO_SECOND_BODY = (
    "{name} is a paper (a ruling, memo, count or the like) that does not show who issued it apart from {others}: "
    "it may be theirs, so it is not counted apart"
)

#: Roles held at a company (rule ``bare_role_at_the_one_body``): "CEO", "the chief executive", "chairwoman".
COMPANY_ROLES = frozenset({"ceo", "executive", "chief", "chairman", "chairwoman", "chair", "founder", "boss", "cfo",
                           "coo", "officer"})
#: How many other origins a paper's doubt names before counting the rest.
PAPER_OTHERS_SHOWN = 3
AND_MORE = "{shown} or {count} other origins"
#: Words after a paper's head noun that introduce who issued it ("a report by the Harbour Authority").
ISSUER_WORDS = frozenset({"by", "from"})
