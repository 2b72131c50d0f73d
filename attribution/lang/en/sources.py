"""Word lists the resolver reads phrases with. General English, never a story's names.

Every set holds lowercase lemmas / word forms. Kinds are exactly the strings of
``attribution.models.SOURCE_KINDS``.
"""

from __future__ import annotations

from ...kinds import SourceKind
from .pronouns import (  # noqa: F401  (read through this module as lx.*)
    ALL_PRONOUNS,
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    RELATIVE_PRONOUNS,
    SPEAKER_PRONOUNS,
    THING_PRONOUNS,
)

#: Titles and role nouns that tell a person's gender ("Mrs Holm", "a spokeswoman for the union").
FEMALE_TITLES = frozenset(
    {"mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "dame", "lady", "spokeswoman", "chairwoman",
     "congresswoman", "businesswoman", "councilwoman", "policewoman", "sportswoman", "stateswoman", "anchorwoman",
     "queen", "princess", "duchess", "countess", "baroness", "actress", "widow", "mother", "daughter", "sister",
     "grandmother", "wife"}
)  # fmt: skip
MALE_TITLES = frozenset(
    {"mr", "mr.", "sir", "lord", "spokesman", "chairman", "congressman", "businessman", "councilman", "policeman",
     "sportsman", "statesman", "anchorman", "king", "prince", "duke", "count", "baron", "actor", "widower",
     "father", "son", "brother", "grandfather", "husband"}
)  # fmt: skip

#: Determiners that make a phrase point back at something already named ("the agency").
DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})
#: Determiners and quantifiers of unnamed sources ("a source", "two officials", "some analysts").
INDEFINITE_DETS = frozenset(
    {"a", "an", "one", "some", "several", "two", "three", "four", "five", "many", "another", "other", "various",
     "multiple", "numerous", "few", "certain", "unnamed", "anonymous", "unidentified"}
)

#: Head nouns of phrases about an unnamed informant: always anonymous ("sources said").
ANONYMOUS_HEADS = frozenset({"source", "sources", "insider", "insiders", "informant", "informants", "whistleblower"})
#: Person-role heads that, with an indefinite determiner, make an anonymous source ("an official").
PERSON_ROLE_HEADS = frozenset(
    {"official", "officials", "person", "people", "individual", "individuals", "diplomat", "diplomats", "officer",
     "officers", "spokesperson", "spokesman", "spokeswoman", "aide", "aides", "staffer", "staffers", "member",
     "members", "resident", "residents", "witness", "witnesses", "soldier", "soldiers", "commander", "analyst",
     "analysts", "expert", "experts", "lawmaker", "lawmakers", "employee", "employees", "adviser", "advisers",
     "advisor", "advisors", "agent", "agents", "investigator", "investigators", "executive", "executives",
     # people quoted for what they saw or did, not for an office: "a rescue worker", "a nurse"
     "worker", "workers", "rescuer", "rescuers", "volunteer", "volunteers", "survivor", "survivors", "villager",
     "villagers", "farmer", "farmers", "doctor", "doctors", "nurse", "nurses", "teacher", "teachers", "student",
     "students", "engineer", "engineers", "driver", "drivers", "relative", "relatives", "neighbour", "neighbours",
     "neighbor", "neighbors", "firefighter", "firefighters", "paramedic", "paramedics", "medic", "medics",
     "journalist", "journalists", "reporter", "reporters", "eyewitness", "eyewitnesses", "passenger", "passengers",
     "trader", "traders", "shopkeeper", "shopkeepers", "businessman", "businesswoman", "manager", "managers",
     "man", "woman", "men", "women", "citizen", "citizens", "locals"}
)
#: Heads of an unnamed person quoted for what they saw, suffered or did in private life, not for an office: a
#: country's adjective before them says their nationality, not a state they speak for ("one British passenger",
#: "two American tourists", "a Canadian witness"; "a British official", "a U.S. diplomat" speak for their state).
#: Rule ``nationality_is_no_affiliation`` (resolve/common.py).
NATIONALITY_ONLY_HEADS = frozenset(
    {"passenger", "passengers", "tourist", "tourists", "traveller", "travellers", "traveler", "travelers",
     "holidaymaker", "holidaymakers", "visitor", "visitors", "guest", "guests", "survivor", "survivors",
     "witness", "witnesses", "eyewitness", "eyewitnesses", "resident", "residents", "villager", "villagers",
     "citizen", "citizens", "national", "nationals", "relative", "relatives", "neighbour", "neighbours",
     "neighbor", "neighbors", "student", "students", "fan", "fans", "man", "woman", "men", "women", "person",
     "people", "individual", "individuals", "mother", "father", "family", "families", "couple", "child",
     "children", "hostage", "hostages", "victim", "victims"}
)  # fmt: skip
#: Role words of someone who speaks for an organisation: "KRCS spokeswoman Grace Wambui" and
#: "a spokesman for the police" are the organisation speaking, the person is its voice.
SPOKESPERSON_WORDS = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen",
                                "spokeswomen", "spokespersons"})
#: Heads of a government or public body's description: with a specific modifier, "the interior ministry"
#: (lowercase by house style at many outlets) names one body, not an anaphor.
INSTITUTION_HEADS = frozenset({"ministry", "department", "service", "agency", "authority", "office", "commission",
                               "bureau", "directorate", "police", "inspectorate", "secretariat", "board"})
#: Heads of a military unit's name that name one body in the singular and the plural ("Revolutionary Guard" /
#: "Revolutionary Guards", "Rapid Support Force" / "Rapid Support Forces"): read by the structural-variant identity
#: sieve beside ``INSTITUTION_HEADS`` (and only there: they are no institution heads for extraction).
UNIT_HEADS = frozenset({"guard", "force", "corps", "army", "navy", "command"})
#: Institution heads that name their body with no modifier: "police said", "the police said" (the force of the
#: story's country), unlike "the ministry", which points back at a ministry named before.
SELF_NAMING_INSTITUTIONS = frozenset({"police"})
#: Words of a body's name that say nothing about which body it is, dropped when one name is compared with a
#: shorter form of it: "Kenya Red Cross Society" / "Red Cross", "National Police Service" / "police".
GENERIC_BODY_SUFFIXES = frozenset({"society", "department", "service", "agency",
                                   # "Acme Group" / "Acme", "Brabant Zorggroep" (care group) / "Brabant"
                                   "group", "groep", "zorggroep", "gruppe", "ltd", "inc", "plc", "ag", "gmbh",
                                   "nv", "bv", "llc", "holdings",
                                   # company forms compared without: "Acme Chemical Co" / "Acme Chemical"
                                   "co", "corp", "sa"})
GENERIC_BODY_PREFIXES = frozenset({"national", "federal"})
#: The generic words of a news agency's name in the languages agencies are named in (diacritics folded):
#: "Agencia Iberpress news agency" is the Iberpress that later sentences call by its name alone.
AGENCY_NAME_PREFIXES = frozenset({"agencia", "agence", "agenzia", "agentur", "agencja", "agentschap"})
#: Trailing words saying an agency is one: "Iberpress news agency", "Acme press agency" / "Acme".
AGENCY_NAME_SUFFIXES = (("news", "agency"), ("press", "agency"), ("news", "service"))
#: Heads of proper names that are newspapers, although the common noun means something else
#: ("observers said" are experts, "the Rift Valley Observer" is a paper).
NEWSPAPER_NAME_HEADS = frozenset({"observer", "monitor", "sentinel", "examiner", "enquirer", "standard", "star",
                                  "telegraph", "guardian", "independent"})
#: Modifiers that say a body is deliberately left unnamed: "allied intelligence", "foreign diplomats".
UNNAMED_MODIFIERS = frozenset({"allied", "foreign", "western", "partner", "friendly", "unnamed", "unidentified",
                               "overseas", "third-party", "regional", "international"})
#: Owner nouns that add nothing to an unnamed body's description: "an allied country's intelligence
#: agency" is "an allied intelligence agency" (the country is as unnamed as its agency).
UNNAMED_OWNER_NOUNS = frozenset({"country", "countries", "nation", "nations", "state", "states", "government",
                                 "governments"})
#: Mass nouns that stand for the body they name when no head follows: "allied intelligence" is an
#: allied intelligence agency. Value: the head word the normalised description appends.
UNNAMED_BODY_MASS_HEADS: dict[str, str] = {"intelligence": "agency", "counterintelligence": "agency"}
#: Words of an unnamed body's description dropped from its normalised name: they say it is unnamed
#: (the name says so itself) or grade it.
UNNAMED_BODY_FILLERS = frozenset({"unnamed", "unidentified", "anonymous", "undisclosed", "certain", "other", "some",
                                  "several", "many", "one", "two", "three", "multiple", "various", "numerous"})
#: Plural heads of collective sources named after a country or body ("South Korean officials").
COLLECTIVE_HEADS = frozenset(
    {"officials", "authorities", "government", "media", "press", "lawmakers", "diplomats", "analysts", "experts",
     "military", "army", "forces", "troops", "intelligence", "leaders", "leadership", "administration", "police",
     "prosecutors", "investigators", "officers", "commanders", "ministers", "politicians", "observers",
     "researchers", "scientists", "residents", "witnesses", "activists", "state media", "sources"}
)
#: Words dropped from a collective's name: they grade rank, not identity ("senior U.S. officials").
COLLECTIVE_FILLERS = frozenset({"senior", "top", "high-ranking", "high", "ranking", "brass", "local", "several", "some",
                                "many", "unnamed", "anonymous", "other", "outlets", "reports", "report"})
#: Heads of media collectives ("local media reports", "Ukrainian media outlets").
MEDIA_WORDS = frozenset({"media", "press", "outlets", "newspapers", "broadcasters", "tabloids", "news"})
#: Heads of documents and images used as sources ("Images and footage", "satellite imagery").
DOCUMENT_HEADS = frozenset(
    {"image", "images", "footage", "video", "videos", "photo", "photos", "photograph", "photographs", "imagery",
     "document", "documents", "data", "record", "records", "memo", "memos", "letter", "letters", "map", "maps",
     "recording", "recordings", "leak", "leaks", "file", "files", "transcript", "transcripts", "report", "reports",
     "statement", "statements", "study", "survey", "poll", "analysis", "assessment", "filing", "indictment",
     "post", "posts", "tweet", "tweets", "clip", "clips", "picture", "pictures", "evidence", "estimate", "estimates"}
)
#: Reports and posts are documents only when nothing names who published them:
#: "reports from Yonhap" is Yonhap, "local media reports" is local media.
CARRIER_HEADS = frozenset({"report", "reports", "statement", "statements", "post", "posts", "tweet", "tweets",
                           "estimate", "estimates", "assessment", "analysis", "footage", "video", "videos",
                           "data", "study", "survey", "poll"})

#: Head noun of an organisation name or description -> kind. Checked right to left over the phrase,
#: so "military news site" is a media outlet and "military intelligence" an intelligence agency.
HEAD_KINDS: dict[str, str] = {
    # intelligence
    "intelligence": "intelligence agency", "agency": "intelligence agency", "spy": "intelligence agency",
    "directorate": "intelligence agency", "bureau": "government",
    # government
    "ministry": "government", "department": "government", "government": "government", "officials": "government",
    "official": "government", "authorities": "government", "authority": "government", "administration": "government",
    "office": "government", "cabinet": "government", "presidency": "government", "embassy": "government",
    "council": "government", "commission": "government", "police": "government", "prosecutors": "government",
    "prosecutor": "government", "court": "government", "kremlin": "government", "state": "government",
    "regime": "government", "mission": "government", "service": "government", "committee": "government",
    # military
    "army": "military", "forces": "military", "force": "military", "military": "military", "navy": "military",
    "command": "military", "troops": "military", "staff": "military", "brigade": "military", "corps": "military",
    "battalion": "military", "regiment": "military", "guard": "military", "marines": "military",
    "brass": "military", "commanders": "military", "commander": "military",
    # legislators
    "parliament": "legislator", "congress": "legislator", "senate": "legislator", "assembly": "legislator",
    "lawmaker": "legislator", "lawmakers": "legislator", "senator": "legislator", "senators": "legislator",
    "mp": "legislator", "mps": "legislator", "legislator": "legislator", "legislators": "legislator",
    "congressman": "legislator", "congresswoman": "legislator", "representative": "legislator",
    "duma": "legislator",
    # experts
    "institute": "expert or think tank", "institution": "expert or think tank", "university": "expert or think tank",
    "tank": "expert or think tank", "center": "expert or think tank", "centre": "expert or think tank",
    "foundation": "expert or think tank", "academy": "expert or think tank", "fellow": "expert or think tank",
    "analyst": "expert or think tank", "analysts": "expert or think tank", "expert": "expert or think tank",
    "experts": "expert or think tank", "professor": "expert or think tank", "researcher": "expert or think tank",
    "researchers": "expert or think tank", "scholar": "expert or think tank", "observers": "expert or think tank",
    "observer": "expert or think tank", "scientist": "expert or think tank", "scientists": "expert or think tank",
    "lecturer": "expert or think tank", "economist": "expert or think tank", "economists": "expert or think tank",
    # media
    "news": "media outlet", "outlet": "media outlet", "site": "media outlet", "website": "media outlet",
    "newspaper": "media outlet", "paper": "media outlet", "daily": "media outlet", "times": "media outlet",
    "post": "media outlet", "broadcaster": "media outlet", "channel": "media outlet", "magazine": "media outlet",
    "tv": "media outlet", "television": "media outlet", "radio": "media outlet", "journal": "media outlet",
    "tribune": "media outlet", "herald": "media outlet", "gazette": "media outlet", "network": "media outlet",
    "publication": "media outlet", "blog": "media outlet", "courier": "media outlet", "chronicle": "media outlet",
    "mirror": "media outlet", "express": "media outlet", "inquirer": "media outlet", "dispatch": "media outlet",
    "bulletin": "media outlet", "weekly": "media outlet", "wire": "media outlet", "pravda": "media outlet",
    "portal": "media outlet", "tabloid": "media outlet",
    "media": "collective", "press": "collective",
    # platforms
    "platform": "social platform", "app": "social platform", "messenger": "social platform",
    # organisations
    "company": "organization", "firm": "organization", "group": "organization", "organisation": "organization",
    "organization": "organization", "association": "organization", "union": "organization",
    "party": "organization", "movement": "organization", "alliance": "organization", "bank": "organization",
    "corporation": "organization", "charity": "organization", "ngo": "organization", "coalition": "organization",
    # criminal and armed groups that claim attacks: "a ransomware gang", "the cartel"
    "gang": "organization", "cartel": "organization", "syndicate": "organization",
}
#: Head nouns that make "news agency" a wire agency rather than a spy agency.
WIRE_MODIFIERS = frozenset({"news", "press", "wire"})

#: Role and title words before a person's name ("Ukrainian President Volodymyr Zelensky"): they go to
#: the description, and some of them set the kind.
TITLE_WORDS = frozenset(
    {"president", "prime", "minister", "chancellor", "king", "queen", "prince", "princess", "leader", "chairman",
     "chairwoman", "chair", "secretary", "general", "gen", "gen.", "lt", "lt.", "col", "col.", "maj", "maj.",
     "adm", "adm.", "admiral", "rear", "colonel", "major", "captain", "capt", "capt.", "sgt", "sgt.", "sergeant",
     "lieutenant", "commander", "chief", "director", "head", "spokesperson", "spokesman", "spokeswoman",
     "ambassador", "envoy", "governor", "mayor", "senator", "sen", "sen.", "rep", "rep.", "representative",
     "lawmaker", "legislator", "mp", "deputy", "vice", "foreign", "defence", "defense", "interior", "finance",
     "dr", "dr.", "prof", "prof.", "professor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "dame", "lord",
     "lady", "pope", "former", "acting", "then", "analyst", "expert", "researcher", "journalist", "reporter",
     "correspondent", "editor", "commentator", "blogger", "official", "officer", "adviser", "advisor", "aide",
     "presidential", "military", "intelligence", "opposition", "state", "supreme", "top", "senior", "ex",
     "first", "speaker", "premier", "ceo", "founder", "activist", "fellow", "research", "scholar",
     "economist", "diplomat", "press", "national", "security", "council", "staff", "joint", "chiefs", "of"}
)
#: Forms of address: a title, but no description of the person ("Mr Guyo").
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "sir", "dame", "madam", "mister"})
#: Definite descriptions that name a whole government: they point back only at a country or a government
#: named before ("Kenya said ... the government said"), never at one of its ministries or forces.
WHOLE_GOVERNMENT_HEADS = frozenset({"government"})
#: Role words that make a person a legislator or an expert.
LEGISLATOR_ROLES = frozenset({"lawmaker", "legislator", "senator", "sen", "sen.", "mp", "congressman",
                              "congresswoman", "representative", "rep", "rep.", "parliamentarian", "deputy",
                              "assemblyman", "assemblywoman"})
EXPERT_ROLES = frozenset({"fellow", "analyst", "expert", "professor", "prof", "prof.", "researcher", "scholar",
                          "lecturer", "economist", "scientist", "academic", "specialist", "dr", "dr."})

#: Words after which a quoted or capitalised word names an outlet ("the news site “Militarnyi”").
OUTLET_INTRODUCERS = frozenset({"site", "outlet", "website", "newspaper", "paper", "channel", "broadcaster", "magazine",
                                "daily", "agency", "portal", "blog", "publication", "tabloid", "network"})

#: Kinds a person source can have; pronouns he/she resolve only to these.
PERSON_KINDS = frozenset({SourceKind.PERSON, SourceKind.LEGISLATOR, SourceKind.EXPERT_OR_THINK_TANK})
#: How much each kind evidence counts when mentions of one source disagree.
STRENGTH_ALIAS, STRENGTH_LEXICAL, STRENGTH_NER, STRENGTH_DEFAULT = 3, 2, 1, 0

#: Nouns of a definite description -> the kinds of the earlier source it can point at ("the agency").
ANAPHOR_KINDS: dict[str, frozenset[str]] = {
    "agency": frozenset({"intelligence agency", "government", "wire agency"}),
    "service": frozenset({"intelligence agency", "government"}),
    "directorate": frozenset({"intelligence agency", "government", "military"}),
    "spy": frozenset({"intelligence agency"}),
    "intelligence": frozenset({"intelligence agency"}),
    "ministry": frozenset({"government"}),
    "department": frozenset({"government"}),
    "government": frozenset({"government"}),
    "office": frozenset({"government"}),
    "administration": frozenset({"government"}),
    "kremlin": frozenset({"government"}),
    "military": frozenset({"military"}),
    "army": frozenset({"military"}),
    "forces": frozenset({"military"}),
    "command": frozenset({"military"}),
    "staff": frozenset({"military"}),
    "newspaper": frozenset({"media outlet", "wire agency"}),
    "paper": frozenset({"media outlet"}),
    "outlet": frozenset({"media outlet", "wire agency"}),
    "site": frozenset({"media outlet"}),
    "website": frozenset({"media outlet"}),
    "broadcaster": frozenset({"media outlet"}),
    "channel": frozenset({"media outlet", "social platform"}),
    "publication": frozenset({"media outlet"}),
    "daily": frozenset({"media outlet"}),
    "network": frozenset({"media outlet"}),
    "institute": frozenset({"expert or think tank"}),
    "think": frozenset({"expert or think tank"}),
    "tank": frozenset({"expert or think tank"}),
    "university": frozenset({"expert or think tank"}),
    "company": frozenset({"organization"}),
    "gang": frozenset({"organization"}),
    "cartel": frozenset({"organization"}),
    "firm": frozenset({"organization"}),
    "group": frozenset({"organization", "expert or think tank", "military"}),
    "organisation": frozenset({"organization", "expert or think tank"}),
    "organization": frozenset({"organization", "expert or think tank"}),
    "alliance": frozenset({"organization"}),
    # company nouns: "the automaker said" / "the Dearborn-based automaker said" point back at a company
    **{noun: frozenset({"organization"}) for noun in (
        "automaker", "carmaker", "manufacturer", "maker", "retailer", "lender", "insurer", "airline",
        "conglomerate", "supplier", "startup", "chipmaker", "drugmaker", "producer", "operator", "bank",
        "developer", "distributor", "utility", "chain")},
    "platform": frozenset({"social platform"}),
    "president": frozenset({"person"}),
    "minister": frozenset({"person"}),
    "spokesman": frozenset({"person"}),
    "spokeswoman": frozenset({"person"}),
    "spokesperson": frozenset({"person"}),
    "lawmaker": frozenset({"legislator", "person"}),
    "senator": frozenset({"legislator", "person"}),
    "analyst": frozenset({"expert or think tank", "person"}),
    "expert": frozenset({"expert or think tank", "person"}),
    "researcher": frozenset({"expert or think tank", "person"}),
    "professor": frozenset({"expert or think tank", "person"}),
    "official": frozenset({"person", "government", "anonymous"}),
    "source": frozenset({"anonymous"}),
    "leader": frozenset({"person"}),
    "general": frozenset({"person"}),
    "commander": frozenset({"person", "military"}),
}

#: Common nouns of a company: "the Dearborn-based automaker" / "the Toledo carmaker" describe a company, never
#: the place before them.
#: A country's missions abroad: "Embassy" alone names nothing, "the Japanese Embassy in Manila" names one.
MISSION_HEADS = frozenset({"embassy", "consulate", "consulate general", "high commission", "mission", "legation"})
#: Nouns of a company's sites: "the Acme chemical plant" is Acme's plant, so "the company" said after it is
#: Acme, never "Acme plant" (a name before a body noun names the body; before a site noun, the owner).
FACILITY_NOUNS = frozenset(
    {"plant", "plants", "factory", "factories", "refinery", "mill", "mine", "site", "warehouse", "compound",
     "facility", "facilities", "depot", "terminal", "smelter", "works", "yard"}
)  # fmt: skip
COMPANY_NOUNS = frozenset(
    {"company", "firm", "automaker", "carmaker", "manufacturer", "maker", "retailer", "lender", "bank", "insurer",
     "airline", "group", "conglomerate", "supplier", "startup", "chipmaker", "drugmaker", "producer", "operator",
     "developer", "distributor", "utility", "business", "brand", "chain"}
)  # fmt: skip

#: Lowercase particles of surnames ("Marieke van Dijk", "Ludwig von Mises", "Khalid al-Rashid"): a sentence
#: capitalises them ("Van Dijk said"), and the particle with the rest of the name is the surname that
#: points back at the full name, so they are compared lowercased and as a whole.
SURNAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "del", "della", "di", "da", "dos", "das", "du",
                               "le", "la", "les", "al", "el", "bin", "bint", "ibn", "ben", "ter", "ten", "zu",
                               "af", "av", "op", "het", "st", "mac", "degli"})
#: Words of organisation names in other languages, and English ones that never end a person's name:
#: "Zorggroep" (Dutch: care group), "Siemens AG", "Acme Ltd". A capitalised name holding one of them (or a
#: compound ending in one, as Dutch and German write them) is a body, whatever the tagger says.
ORG_NAME_WORDS = frozenset({
    # company forms
    "gmbh", "ag", "sa", "nv", "bv", "ltd", "inc", "llc", "plc", "spa", "srl", "kg", "oy", "ab", "asa",
    "corp", "pty", "sarl", "sas", "kk",
    # Dutch, German and Romance words of bodies
    "groep", "gruppe", "gruppo", "grupo", "groupe", "stichting", "vereniging", "verein", "stiftung",
    "ziekenhuis", "klinikum", "krankenhaus", "universiteit", "hogeschool", "gemeente", "ministerie",
    "ministerium", "bundesamt", "politie", "polizei", "raad", "dienst", "zentrale", "centrum", "zentrum",
    "instituut", "institut", "instituto", "istituto",
    # English heads no personal name ends in
    "centre", "center", "council", "institute", "authority", "agency", "association", "society", "foundation",
    "group", "company", "corporation", "holdings", "trust", "university", "college", "service", "services",
    "ministry", "department", "commission", "committee", "board", "bank", "airlines", "airways", "systems",
    "technologies", "security", "networks", "solutions", "partners", "hospital", "hospitals", "clinic",
})
#: Compound endings of organisation words ("Zorggroep", "Ambulancezorg", "Versicherungsgruppe",
#: "Stadtwerke"): a capitalised word ending in one (and longer than it) is part of a body's name.
ORG_COMPOUND_ENDINGS = ("groep", "gruppe", "dienst", "zentrum", "centrum", "ziekenhuis", "klinikum",
                        "werke", "politie", "polizei")
#: Heads of a body's description that say what kind of body a proper name before them is: "the BlackFern
#: ransomware gang" is BlackFern, "the Acme chemicals company" is Acme.
DESCRIBED_BODY_HEADS = frozenset({"gang", "group", "company", "firm", "outfit", "collective", "cartel", "crew",
                                  "organisation", "organization", "chain", "operator", "supplier", "provider",
                                  "network", "syndicate", "faction", "militia"})
#: Verbs and participles that give a body's own name after its description: "a gang calling itself X",
#: "a group known as X", "a firm called X", "a militia that calls itself X".
NAMING_WORDS = frozenset({"calling", "calls", "called", "call", "known", "named", "dubbed", "styling", "styles"})
#: Pages and accounts a body publishes on: "a statement on the group's website" is the group's statement.
CHANNEL_NOUNS = frozenset({"website", "site", "page", "homepage", "account", "feed", "blog", "channel", "profile",
                           "webpage"})
#: First-person plural pronouns of a narration outside any quote: the outlet speaking of itself
#: ("What we know so far", "we have asked the ministry").
NARRATOR_PRONOUNS = frozenset({"we", "us", "ourselves"})

#: Title words that also start organisation names ("National Security Council", "Joint Chiefs of Staff").
NOT_PERSON_TITLES = frozenset(
    {
        "of",
        "national",
        "state",
        "security",
        "joint",
        "chiefs",
        "staff",
        "council",
        "supreme",
        "military",
        "intelligence",
        "press",
        "foreign",
        "defence",
        "defense",
        "interior",
        "finance",
        "first",
        "top",
        "senior",
        "research",
        "presidential",
        "opposition",
    }
)
#: Heads of an unnamed source described by what it knows: "people familiar with the matter", "a person
#: briefed on the talks", "sources close to the company". The heads pair singular and plural: "the
#: people" and "one of the people" later in the story point back at the same group.
KNOWING_PEOPLE_HEADS = {"people": "person", "person": "person", "source": "source", "sources": "source",
                        "individual": "individual", "individuals": "individual", "insider": "insider",
                        "insiders": "insider"}  # fmt: skip
#: Words right after such a head that say what the unnamed source knows or how close it stands.
KNOWING_QUALIFIERS = frozenset({"familiar", "briefed", "close", "aware", "knowledgeable", "involved", "privy"})
#: Nouns of "with (direct) knowledge of", "with access to": the qualifier after "with".
KNOWING_WITH_NOUNS = frozenset({"knowledge", "access", "understanding"})
#: Words before the head of a phrase that points back at such a group ("the people", "one of those
#: people", "another of the people"): determiners and partitive quantifiers.
GROUP_ANAPHOR_DETS = frozenset({"the", "those", "these"})
GROUP_PARTITIVES = frozenset({"one", "two", "three", "another", "both", "each", "some", "all", "none"})
#: Heads of an apposition that make the name before it a person, whatever the tagger said ("Dana
#: Roe, the group's executive director, said"): one person's office or role. Left out: plurals, and
#: roles a company or a body can hold for another ("Lazard, the bank's adviser", "Poland, a member",
#: "the market leader", "the sole agent", "the fund's manager", "the group's main supplier").
APPOSITION_PERSON_HEADS = frozenset(
    {"president", "minister", "chancellor", "king", "queen", "prince", "princess", "chairman", "chairwoman",
     "secretary", "admiral", "colonel", "captain", "sergeant", "lieutenant", "commander", "chief", "director",
     "spokesperson", "spokesman", "spokeswoman", "ambassador", "envoy", "governor", "mayor", "senator",
     "lawmaker", "legislator", "congressman", "congresswoman", "professor", "lecturer", "analyst", "economist",
     "expert", "researcher", "scientist", "scholar", "journalist", "reporter", "correspondent", "editor",
     "commentator", "blogger", "official", "officer", "aide", "ceo", "founder", "activist", "diplomat",
     "executive", "employee", "staffer", "investigator", "engineer", "doctor", "nurse", "teacher", "student",
     "resident", "witness", "eyewitness", "survivor", "villager", "farmer", "firefighter", "paramedic", "worker",
     "businessman", "businesswoman", "shopkeeper", "trader", "soldier", "man", "woman"}
)  # fmt: skip
#: Role nouns that, right before a capitalised two- or three-word name the tagger did not mark as a
#: person, make that name a person and the words before them its role: "City Fire Marshal Jo Cruz",
#: "Fire Senior Inspector Ana Lim", "Acme President Ken Sato" (one person's office, never a body's).
NAME_TITLE_HEADS = (APPOSITION_PERSON_HEADS - {"man", "woman"}) | frozenset(
    {"marshal", "inspector", "superintendent", "commissioner", "prosecutor", "judge", "administrator", "sheriff",
     "constable", "warden", "attorney", "councillor", "councilor", "councilman",
     "councilwoman", "manager", "vice-president", "chairperson", "dr", "dr.",
     # offices one person holds, written before the name ("District Magistrate Jo Cruz", "County Coroner Jo Cruz")
     "magistrate", "coroner", "ombudsman", "registrar", "comptroller", "treasurer"}
)  # fmt: skip
#: Modifiers that make "the X government" one level of government, named by its description like "the
#: interior ministry" ("the city government", "the provincial government"), unlike "the new government".
GOVERNMENT_LEVEL_WORDS = frozenset({"city", "municipal", "provincial", "county", "regional", "district", "town",
                                    "village", "prefectural", "metropolitan", "state", "federal"})  # fmt: skip
#: The offices of the one person at the top of a body, as written after "the" and before "of <body>" ("the
#: chief executive of X") or after "<body>'s" ("X's chair"), each with the office it names: such a phrase is a
#: person of that body, never the body. "head", "boss", "leader" and "chief" name whoever leads the body, so
#: they fit any of its top offices ("the head of X" is the person the article calls X's chief executive).
LEADER_ROLES: dict[str, str] = {
    "head": "head", "boss": "head", "leader": "head", "chief": "head",
    "chief executive": "chief executive", "chief executive officer": "chief executive", "ceo": "chief executive",
    "managing director": "managing director", "director": "director", "executive director": "director",
    "director general": "director general", "director-general": "director general",
    "chair": "chair", "chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
    "president": "president", "secretary general": "secretary general", "secretary-general": "secretary general",
    "commissioner": "commissioner", "general manager": "general manager",
}  # fmt: skip
#: Words that put a role in the past ("the former head of X", "X's ex-chief", "the then minister"): whoever held it
#: speaks for no body now, only for themselves.
PAST_ROLE_WORDS = frozenset({"former", "ex", "ex-", "onetime", "one-time", "erstwhile", "then", "retired"})
#: The office of LEADER_ROLES that fits any other.
GENERIC_LEADER_ROLE = "head"

#: Words that, with a country's name, still do not say which body spoke.
GENERIC_SOURCE_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "in",
        "from",
        "official",
        "officials",
        "authority",
        "authorities",
        "government",
        "source",
        "sources",
        "senior",
        "unnamed",
        "anonymous",
        "people",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "intelligence",
        "service",
        "agency",
        "agencies",
        "administration",
        "side",
        "state",
        "country",
        "country's",
        "countrys",
        "allied",
        "ally",
        "allies",
        "foreign",
        "western",
        "partner",
        "partners",
        "(anonymous)",
        "(unnamed)",
    }
)

#: Head nouns of a phrase that names a thing, a quality, a need or a measure, never someone who speaks: a
#: cue whose "source" is "the need to rebuild", "the size of the firm" or "the extensive search efforts"
#: is a parse that hung the cue on the wrong noun (sieve ``thing_not_speaker``). Nouns that may name a
#: document or a body ("decision", "ruling", "report", "state", "site") are not here.
THING_HEADS = frozenset(
    {"need", "needs", "quality", "importance", "approval", "effort", "efforts", "possibility", "likelihood",
     "size", "scale", "extent", "amount", "number", "location", "timing", "level", "rate", "pace", "speed",
     "cause", "nature", "fact", "facts", "length", "duration", "cost", "price", "value", "share", "weight",
     "temperature", "severity", "magnitude", "strength", "depth", "height", "distance", "damage", "wreckage",
     "debris", "toll", "aftermath", "outcome", "impact", "remark", "remarks"}
)  # fmt: skip
#: Bare counts that are no speaker when nothing says of whom ("Thousands stormed the residence"; but
#: "thousands of residents said" names residents).
BARE_COUNT_HEADS = frozenset({"thousands", "hundreds", "dozens", "millions", "scores", "tens"})
#: Entity labels of a time or a quantity: never a speaker ("a sample taken in March, which revealed ...").
THING_ENTITY_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"})
#: Of those, the labels a proper noun may carry and still be no speaker ("in March"); a name tagged a number
#: ("3M") may be a company's.
TIME_ENTITY_LABELS = frozenset({"DATE", "TIME"})
#: Determiners that point at something the speaker has before them: inside a speaker's own quoted words,
#: "this decision says ..." is the speaker characterising the decision, not a relay of it.
DEMONSTRATIVE_DETS = frozenset({"this", "these"})
#: Descriptions of a public body ("the agency said") that may point back at a body whose name's head word
#: only guessed its kind ("the Centers for ..." typed a research centre): see ``loosely_typed_body``.
PUBLIC_BODY_ANAPHORS = frozenset({"agency", "service", "department", "ministry", "authority", "regulator",
                                  "commission", "office"})  # fmt: skip
