"""Cue lexicons and UD label sets used by every extraction rule.

Everything here is data: which lemmas signal speech or cognition, which nouns
name reports, documents, media or vague collectives (hedges: ``hedges.py``). Rules
in the sibling modules read these sets; they never test a literal word
themselves, so extending coverage means editing this file only.

All lemmas are lower-case (spaCy and stanza lemmas are compared lower-cased).
"""

from __future__ import annotations

# -- verbs ---------------------------------------------------------------------

#: Verbs of saying: a subject + one of these + a reported clause (or a quote) is
#: an attribution (PARC "cue"). Includes writing/posting verbs because news
#: attributes posts on social media the same way as speech.
SPEECH_VERBS = frozenset(
    {
        "say", "tell", "state", "announce", "claim", "allege", "reveal", "note", "warn", "mention",
        "report", "write", "add", "explain", "insist", "argue", "assert", "declare", "deny", "acknowledge",
        "admit", "stress", "emphasize", "emphasise", "reiterate", "disclose", "contend", "comment",
        "remark", "observe", "testify", "recount", "recall", "tweet", "post", "confirm", "inform",
        "brief", "caution", "predict", "concede", "affirm", "maintain", "indicate", "suggest", "show",
        "signal", "hint", "accuse", "complain", "boast", "publish", "underline", "highlight", "specify",
        "clarify", "vow", "pledge", "promise", "speculate", "charge", "recommend",
    }
)  # fmt: skip

#: Verbs of thinking / estimating: attributions of belief rather than speech,
#: still an origin for a claim ("Ukraine and South Korea estimate that ...").
COGNITION_VERBS = frozenset(
    {
        "believe", "estimate", "think", "assess", "suspect", "conclude", "expect", "fear", "understand",
        "judge", "calculate", "reckon", "find", "determine", "learn", "know", "doubt", "hope",
    }
)  # fmt: skip

CUE_VERBS = SPEECH_VERBS | COGNITION_VERBS

#: A verdict delivered with a cognition cue: "A jury found the mayor guilty", "the panel found her not liable".
#: The court's act is reported as a fact of the story, no one's statement (``learned/claims.py``, rule
#: ``verdict-no-claim``): the cue and the predicate words of a verdict.
VERDICT_CUES = frozenset({"find"})
VERDICT_WORDS = frozenset({"guilty", "innocent", "liable", "culpable"})
#: A court's decision as the object of a cue ("before announcing a sentence of 25 years", "delivered its verdict"):
#: the act is reported, not a statement of the court's (rule ``verdict-no-claim``).
VERDICT_NOUNS = frozenset({"sentence", "verdict"})
#: Cues of a wish: "Boeing had hoped its test mission would redeem the program" tells what someone wanted to be
#: true, no proposition they state (``learned/claims.py``, rule ``wish-no-claim``). Inflected forms too: the
#: tagger may lemmatize "hoped" as "hop".
WISH_CUES = frozenset({"hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished", "wishing"})

#: Cue verbs whose direct object can itself be the reported content
#: ("The NIS confirmed the soldier's death"). For "say"/"tell" the object is
#: never the content ("told AFP" names the listener), so they are not here.
OBJECT_CONTENT_VERBS = frozenset(
    {
        "confirm", "announce", "report", "reveal", "deny", "acknowledge", "claim", "allege", "estimate",
        "disclose", "predict", "admit", "post", "publish",
    }
)  # fmt: skip

#: Verbs of denying whose noun-phrase object is no proposition by itself ("denied any wrongdoing",
#: "denied the allegations"): the content keeps the cue so that it states the denial ("denied any
#: wrongdoing"), never the denied thing as if it were asserted ("any wrongdoing").
DENIAL_VERBS = frozenset({"deny", "refute"})

#: Verbs of a fact coming out with an empty "it" subject: "it emerged that X", "it transpired that
#: X" report X as having become known, from no named source (like "it was reported that X").
EMERGENCE_VERBS = frozenset({"emerge", "transpire"})

#: Verbs of accusing: "X accused Y of Z" / "blamed Y for Z" / "charged Y with Z" reports X's
#: claim that Y did Z, so the object and the "of/for/with" clause together are the content.
ACCUSATION_VERBS = frozenset({"accuse", "blame", "charge", "criticize", "criticise", "condemn", "fault"})
#: The words that introduce the charge of an accusation verb.
ACCUSATION_MARKS = frozenset({"of", "for", "with"})

#: Verbs of warning: with no clause, what is warned of is still a claim about the world:
#: "warned of more heavy rain this week" (the "of/about" phrase), "warned against
#: travelling" (the "against" clause), "warned residents to move to higher ground"
#: (the listener and the infinitive together: the warning given). These phrase forms need
#: a subject that can be a source: "Engineers had warned of cracks" narrates an event.
WARNING_VERBS = frozenset({"warn", "caution"})
#: The words that introduce what a warning is about.
WARNING_MARKS = frozenset({"of", "about", "against"})
#: Modifiers of the cue right after the warned-of phrase that belong to it ("warned of
#: floods in the north this week": "this week" dates the floods, not the warning).
WARNING_TAIL_DEPS = frozenset({"obl", "obl:npmod", "obl:tmod", "advmod"})

#: Verbs of urging and advising: "urged hospitals to check their systems", "advised residents to boil
#: water", "called on drivers to avoid the area". The listener and the infinitive together are the
#: content (the advice given), as with "warned residents to leave". With no listener + infinitive
#: ("appealed for help", "urged calm") they report no proposition and are not cues.
#: ("tell" is left out: "they tell me to wait" inside quotes is narration far more often than advice.
#: "ask" too: "asked auditors to review the deal" commissions a task; it states no claim of the asker's.)
DIRECTIVE_VERBS = frozenset({"urge", "advise", "call", "appeal", "implore", "exhort", "encourage"})
#: The preposition of a directive's listener when it is not a bare object ("called on X to", "appealed to X to").
DIRECTIVE_LISTENER_CASES = frozenset({"on", "upon", "to"})

#: Verbs of evaluating aloud: "called the attack 'despicable'", "slammed the plan as a betrayal",
#: "described the damage as severe". The object and the predicate given to it ("X is Y") are the
#: speaker's claim. Only with both an object and a predicate ("called the police" is an act).
EVALUATIVE_VERBS = frozenset(
    {"call", "describe", "slam", "brand", "label", "denounce", "dub", "term", "hail", "characterize",
     "characterise", "portray", "dismiss", "condemn", "praise", "blast"}
)  # fmt: skip
#: Verbs that give a thing a part in an account with "as": "police cited speeding as the main cause", "experts
#: have cited it as a main reason" (the evaluation forms read them; unlike ``EVALUATIVE_VERBS`` their
#: statement is no evaluation, and "citing X" alone stays a chain's citation).
CITE_AS_VERBS = frozenset({"cite"})
#: The word introducing the predicate of "slammed X as Y" / "described X as Y".
EVALUATIVE_MARKS = frozenset({"as"})
#: Verbs of reacting aloud to a thing: "lambasted the ruling", "welcomed the tribunal's decision", "thanked
#: allies for the swap", "congratulated the winner on her victory". With a noun object and a subject that can
#: speak (a person, a body, a role) the reaction is the speaker's public stance on the thing, a claim of theirs
#: (``verb_content``, form "reaction"); with no object ("the ship slammed into the pier") or a subject that
#: cannot speak ("the storm lashed the coast") nothing is said. Verbs that as often name a body's act
#: ("rejected the application", "dismissed the case") are left out.
REACTION_VERBS = frozenset(
    {"lambast", "lambaste", "slam", "hail", "welcome", "praise", "criticize", "criticise", "condemn", "denounce",
     "blast", "applaud", "commend", "decry", "thank", "congratulate", "deplore"}
)  # fmt: skip
#: The words introducing a reaction's reason after its object ("thanked allies for the swap", "congratulated
#: her on the win"): the phrase belongs to what is said.
REACTION_MARKS = frozenset({"for", "on"})
#: Verbs that put a stance into words when their object names one: "expressed relief after the ruling",
#: "voiced doubts that the plan would work", "shared his frustration", "cast doubt on the figures" (form
#: "stance"). The object must be a noun of ``STANCE_NOUNS``: "expressed the parcel", "cast a vote", "shared
#: a flat" name no stance and attribute nothing.
STANCE_VERBS = frozenset({"express", "voice", "share", "cast"})
#: Nouns of a stance a speaker can express: feelings about a state of affairs, wishes, doubts. Courtesies
#: ("expressed condolences to X", "gratitude to X for Y", "sympathy", "solidarity") say nothing of the world and
#: are left out: they would join claims as if they stated something ("expressed gratitude to X for brokering the
#: swap" is no second source of the swap).
STANCE_NOUNS = frozenset(
    {"concern", "desire", "relief", "respect", "frustration", "anxiety", "doubt", "hope", "confidence", "support",
     "opposition", "regret", "anger", "outrage", "disappointment", "dismay", "optimism", "skepticism",
     "scepticism", "fear", "worry", "satisfaction", "shock", "sadness", "sorrow", "alarm", "wish", "aspersion",
     "reservation", "misgiving", "displeasure", "unease"}
)  # fmt: skip
#: Verbs that deliver a warning when their object is one: "issued a warning about the rising toll", "sounded
#: the alarm over the dam" (form "warning-noun"). Only with a noun of ``WARNING_NOUNS``: "issued a statement",
#: "issued passports", "sounded the horn" attribute nothing of themselves.
WARNING_NOUN_VERBS = frozenset({"issue", "sound"})
#: Nouns of a warning a speaker delivers (singular lemmas).
WARNING_NOUNS = frozenset({"warning", "alarm", "alert"})
#: Verbs of likening aloud: "likened the storm to a bomb", "compared to" is left out (it is mostly a
#: preposition of figures: "prices rose 3% compared to last year").
LIKENING_VERBS = frozenset({"liken"})
#: The word introducing what a thing is likened to.
LIKENING_MARKS = frozenset({"to"})
#: Verbs that set a possibility aside only with their particle: "ruled out foul play", "ruled out a
#: bailout" (form "dismissal": the speaker says the thing will not happen or is not so). Without the
#: particle they are no cue here ("the court ruled on Monday").
DISMISSAL_VERBS = frozenset({"rule"})
#: Verbs of a court's or an official's decision that report their "that"-clause: "the judge ruled that the firm broke
#: the law" states the ruling, whose author is the judge (rule ``ruled-that``; PolNeAR's annotators mark it). With no
#: "that"-clause ("ruled on Monday", "ruled against the city") they are no cue here.
RULING_VERBS = frozenset({"rule"})
#: The particle that makes a dismissal verb set something aside.
DISMISSAL_PARTICLES = frozenset({"out"})
#: Speech verbs of emphasis whose noun-phrase object is what is put forward: "emphasized her full cooperation
#: with the inquiry", "stressed the need for calm", "reiterated his support for the plan" (form "emphasis";
#: in PolNeAR's train folds a cue in 15 of 18 uses with a determiner or possessive after it). The claim is read with
#: the cue: "her full cooperation" alone states nothing.
EMPHASIS_VERBS = frozenset({"emphasize", "emphasise", "stress", "reiterate"})
#: Verbs whose claim is read with the cue (``learned/claims.py``): "welcomed the decision", "ruled out foul
#: play" say something of the thing, which alone ("foul play") would read as asserted.
CLAIM_WITH_CUE_VERBS = REACTION_VERBS | DISMISSAL_VERBS | EMPHASIS_VERBS
#: Non-cue verbs that still attribute in one form: urging ("urged X to V"), evaluating ("called X Y"),
#: reacting ("welcomed the decision"), a stance put into words ("expressed relief"), a likening and a
#: dismissal ("ruled out X").
FRAME_ONLY_VERBS = (
    DIRECTIVE_VERBS
    | EVALUATIVE_VERBS
    | REACTION_VERBS
    | STANCE_VERBS
    | LIKENING_VERBS
    | DISMISSAL_VERBS
    | WARNING_NOUN_VERBS
    | CITE_AS_VERBS
) - CUE_VERBS
#: Evaluative verbs that give the predicate without "as" ("called X Y", "dubbed X Y", "labelled X Y").
BARE_PREDICATE_VERBS = frozenset({"call", "dub", "term", "label", "brand"})

#: Modifiers of an object that point forward to what follows the sentence ("published the following
#: advice:", "issued these guidelines:"): the object announces content, it is not content itself.
CATAPHORIC_MODIFIERS = frozenset({"following", "these", "below"})

#: Verbs that file or hand over a thing when they have an object and a "to" recipient: "reported
#: the breach to the regulator", "reported the theft to police" is an act of notification, not
#: speech whose object is a claim.
FILING_VERBS = frozenset({"report", "disclose", "confirm", "announce"})
FILING_CASES = frozenset({"to"})
#: Head nouns of a public body's name written in lowercase words: with an acronym in parentheses after it
#: ("the disaster risk reduction and management office (DRRMO)") the words, "and" included, name one body.
BODY_NAME_NOUNS = frozenset({"office", "bureau", "agency", "department", "council", "ministry", "commission",
                             "authority", "service", "board", "directorate", "administration"})  # fmt: skip
#: Verbs that, with an object and an "as" complement ("reported the valve as faulty", "reported the
#: car as stolen"), file a thing under a description: the object is no proposition, so no content.
AS_COMPLEMENT_FILING_VERBS = frozenset({"report", "list", "flag", "log", "record"})
#: Object-content verbs of putting something out: the object is content only when it carries a
#: proposition (a report noun with a clause). "will publish stolen files", "posted photos" are acts.
PUBLICATION_VERBS = frozenset({"publish", "post", "release"})
#: Objects of an object-content verb that name a piece of journalism, not what it says: "first
#: reported the story", "broke the news", "published the article" are acts of publishing; only a
#: clause on the noun ("the news that X") carries a proposition.
STORY_NOUNS = frozenset({"story", "news", "scoop", "article", "piece", "investigation", "exclusive"})
#: Objects that make "claim" mean "cause the death of": "the storm claimed 40 lives", "the gang has
#: claimed at least 40 victims" (victims taken, not a statement).
CLAIMED_TOLL_NOUNS = frozenset({"life", "victim", "death", "casualty", "fatality"})

#: Objects of "claimed responsibility/credit for N": what is claimed is the responsibility for N; a
#: relative clause on N ("an attack that knocked the systems offline and is demanding ...") is the
#: writer's description (parsers also hang later coordinated predicates on it), not the claim.
RESPONSIBILITY_NOUNS = frozenset({"responsibility", "credit"})

#: Cue verbs whose "to"-infinitive complement is the content ("He claimed to
#: have seen ...", "reports appear to show").
XCOMP_CONTENT_VERBS = frozenset({"claim", "allege", "deny", "appear", "seem", "promise", "vow", "pledge"})

#: Verbs whose subject is how something looks to the writer, not a speaker ("Carson appears to be
#: fading", "the court seemed divided"): PolNeAR's annotators mark such an attribution with no source
#: (its train part: "seem" 77 of 101 with none, "appear" 73 of 90), so a model attribution drops it.
SEEMING_VERBS = frozenset({"seem", "appear"})

#: Verbs of questioning whose past participle opens an adverbial clause of the one questioned ("Asked about the
#: polls, the mayor said ...", "Pressed on the budget, she ..."): the sentence's subject is the one asked, and the
#: asker goes unnamed; PolNeAR's train part marks no source there (24 of the 24 the parse gave one).
QUESTIONED_PARTICIPLE_VERBS = frozenset({"ask", "press", "question", "quiz"})

#: Verbs that only count as cues when their subject is a document, image, media
#: or report ("Images suggest", "Data show"): with a person subject they are
#: too often not attributions ("the army showed restraint").
EVIDENCE_VERBS = frozenset({"suggest", "show", "indicate", "signal", "hint", "highlight"})
#: Nouns of a count of opinions or votes that shows what it found: "exit polls showed a decisive victory for the
#: challenger", "a survey shows the senator leading", "quick counts indicate a narrow lead". As the subject of an
#: evidence verb they are its source (PolNeAR marks "polls show" an attribution, the polls its source), and the
#: verb's noun-phrase object is what they show (rule ``measure-shows``). Data, results, findings and analyses are
#: left out: they are most often a body's or a speaker's own ("the data suggested", said the CEO), and as a source
#: of their own they would stand beside that body as a second origin.
MEASURE_NOUNS = frozenset({"poll", "survey", "count", "tally"})
#: Pictures as the subject of an evidence verb: "Video showed the plane burst into flames", "Images on state
#: television showed crowds in the residence". What a picture shows is what the writer saw in it, no one's
#: statement: the sentence names no source (a document or a report still speaks: "data show", "the report
#: suggests"; and a picture someone put out keeps its publisher: "a video he shared alleging that ...").
VISUAL_NOUNS = frozenset(
    {"image", "imagery", "photo", "photograph", "picture", "footage", "video", "visual", "clip", "still", "snapshot"}
)

#: Verbs whose non-finite or parenthetical use is a second attribution to the
#: same speaker ("..., adding that", "..., saying the rate could be ...").
PARTICIPLE_SPEECH_VERBS = (CUE_VERBS - {"know", "find", "learn", "hope"}) | STANCE_VERBS

#: "Tell"-type verbs: the object is the listener. When the listener is a news
#: organisation it is an intermediary of the chain ("told AFP", "told the BBC").
TELL_VERBS = frozenset({"tell", "inform", "brief"})

#: Verbs that may be used parenthetically after the content ("X, a source told
#: AFP." / "X, officials said.") with no clausal complement in the parse.
PARENTHETICAL_VERBS = frozenset(
    {
        "say", "tell", "state", "add", "claim", "allege", "write", "report", "confirm", "announce", "note",
        "warn", "explain", "insist", "argue", "estimate", "believe", "stress", "reveal", "mention", "post", "tweet",
    }
)  # fmt: skip

#: Verbs of the press reporting (rule ``report-relays-its-closing-source``): "Reuters reported X, according to
#: officials" -- the report relays the source the sentence closes on ("The ministry confirmed X, according to
#: Reuters" is the other way round: Reuters relays the ministry).
PRESS_REPORT_VERBS = frozenset({"report"})

#: Passive cognition/speech verbs that, with no agent, make a vague report
#: ("It is believed that", "It is reported that", "It has been confirmed that").
VAGUE_PASSIVE_VERBS = frozenset(
    {"say", "report", "believe", "think", "understand", "rumor", "rumour", "claim", "allege", "estimate",
     "suspect", "fear", "confirm", "suggest"}
)  # fmt: skip
#: The subset that makes a vague report in the raising form "X is said to be Y".
#: ("expected to", "known to", "confirmed to" are too often plain statements.)
RAISING_VAGUE_VERBS = frozenset(
    {"say", "report", "believe", "think", "rumor", "rumour", "claim", "allege", "suspect", "understand", "estimate"}
)

#: Verbs whose "through"/"via"/"from" phrase names where the information came
#: from ("confirmed ... through allied intelligence", "obtained the
#: confirmation through ...", "learned from officials").
KNOWLEDGE_VERBS = frozenset(
    {"confirm", "verify", "learn", "obtain", "receive", "establish", "know", "get", "gather", "hear",
     "ascertain", "corroborate", "acquire", "identify"}
)  # fmt: skip

#: Particles and prepositions of direction that make a knowledge verb a movement: "the hackers got in
#: through an account", "got into the network via a supplier", "got out through a window". The
#: "through"/"via" phrase is then the way in, not the origin of any information.
MOVEMENT_PARTICLES = frozenset(
    {"in", "into", "inside", "onto", "out", "away", "past", "around", "round", "aboard", "back", "off"}
)  # fmt: skip
#: The prepositions among them that mark a movement on their own ("got into the building"); plain
#: "in" does not ("confirmed in a statement through its lawyer" is still a source).
MOVEMENT_CASES = frozenset({"into", "onto", "inside", "aboard"})

#: Prepositions that introduce the origin of information under KNOWLEDGE_VERBS.
THROUGH_CASES = frozenset({"through", "via"})
#: "from" only counts under verbs of receiving ("learned from", "obtained from").
FROM_KNOWLEDGE_VERBS = frozenset({"learn", "obtain", "receive", "hear", "get", "gather", "acquire"})

#: Light verbs that, with an estimate noun object and "at NUMBER", report a
#: figure ("put the number killed at more than 3,000", "placed the toll at").
LIGHT_ESTIMATE_VERBS = frozenset({"put", "place", "set", "peg", "estimate", "fix"})
ESTIMATE_NOUNS = frozenset(
    {"number", "figure", "toll", "total", "tally", "count", "estimate", "casualty", "death", "loss"}
)

#: Participles that introduce the origin in front of or after a clause:
#: "Reported by X, ...", "as reported by X", "Citing X, ...".
REPORTED_BY_VERBS = frozenset({"report", "announce", "publish", "confirm", "reveal", "claim", "broadcast", "post"})
CITE_LEMMAS = frozenset({"cite", "quote"})
#: Participles that name where something comes from ("..., citing its potential to destabilize",
#: "..., saying that ...", "..., adding ..."): a source or a reason, not a consequence of an event.
SOURCE_PARTICIPLES = CUE_VERBS | CITE_LEMMAS | frozenset({"refer"})

# -- nouns ---------------------------------------------------------------------

#: Nouns naming a report or utterance. With a content clause ("reports that
#: ...", "reports in local media that ...") they are attributions; as the object
#: of "according to" with a "from"/"by" phrase the phrase is the real source.
REPORT_NOUNS = frozenset(
    {
        "report", "statement", "announcement", "claim", "allegation", "rumor", "rumour", "assessment",
        "estimate", "finding", "briefing", "release", "post", "tweet", "message", "comment", "remark",
        "speculation", "account", "indication", "testimony", "analysis", "data", "figure", "word",
        "reporting", "study", "survey", "document", "record", "intelligence",
    }
)  # fmt: skip

#: Estimate/report nouns that carry a source in a "from/by" phrase and are the
#: subject of the claim ("The estimate from South Korean military brass is much
#: lower — 1,100").
NOUN_CUES = frozenset(
    {"estimate", "assessment", "figure", "tally", "count", "report", "statement", "finding", "analysis",
     "calculation", "projection", "forecast", "account", "version", "data"}
)  # fmt: skip

#: Nouns for papers that can speak for themselves in news ("leaked files show", "the minutes record"),
#: as opposed to a report, whose publisher is its author.
DOCUMENT_NOUNS = frozenset(
    {"document", "record", "file", "paper", "sheet", "email", "e-mail", "minute", "memo", "letter",
     "spreadsheet", "transcript", "invoice", "correspondence", "filing"}
)  # fmt: skip
#: Participles of passing a document on: in "documents published by the Acme Bureau show that X" /
#: "files obtained by the Herald suggest X" the documents say X and the outlet that published, obtained
#: or saw them stands between them and whoever cites it (an intermediary, as "told AFP" makes AFP).
DOCUMENT_PASSING_VERBS = frozenset({"publish", "release", "post", "leak", "obtain", "see"})
#: Participles by which a body gives out what a report noun holds: "figures released by the health ministry",
#: "information received from the police", "data provided by the coast guard" name the body the figures come
#: from (rule ``given-by``); a document passed on is another form ("documents released by X show": X stands between,
#: ``DOCUMENT_PASSING_VERBS``).
GIVING_PARTICIPLES = frozenset({"release", "issue", "provide", "receive", "give", "share", "compile"})
#: Nouns of what is given that are no report noun of their own: "the information received from X".
GIVEN_NOUNS = frozenset({"information", "detail", "number"})
#: Nouns of correspondence a person writes and sends: its sender is its author ("a memo she sent to staff", "a
#: letter written by the minister", "a memo shared by the chief executive": rule ``written-by``).
CORRESPONDENCE_NOUNS = frozenset({"memo", "letter", "email", "e-mail", "note"})
#: Verbs by which a person writes or sends a piece of correspondence (rule ``written-by``).
AUTHORING_VERBS = frozenset({"send", "write", "sign", "share", "pen", "address"})

#: Nouns of a copy or a part of a document: "a copy of the email seen by the BBC" is sourced to
#: the email (the outlet only saw it), so the phrase's source is its "of" noun.
COPY_NOUNS = frozenset({"copy", "excerpt", "extract", "page", "section"})

#: Nouns for documents, images and media: a source that is not a person or an
#: organisation ("Images and footage suggest", "local media reports").
COLLECTIVE_NOUNS = frozenset(
    {
        "report", "image", "imagery", "photo", "photograph", "picture", "footage", "video", "document",
        "record", "media", "medium", "outlet", "press", "news", "rumor", "rumour", "account", "data",
        "evidence", "post", "recording", "satellite", "leak", "channel", "blog",
        "site", "website", "newspaper", "broadcaster", "tabloid", "observer", "statement", "release",
        "communique", "letter", "memo", "filing", "notice", "bulletin",
    }
)  # fmt: skip

#: Nouns that only say "somebody reported", naming nobody: bare "reports",
#: "rumors" give a vague report with no source.
VAGUE_NOUNS = frozenset({"report", "rumor", "rumour", "claim", "allegation", "speculation", "word", "indication"})

#: Heads that make a noun phrase "source-like" when it is not a proper name:
#: institutions and roles that speak for themselves ("citing officials",
#: "the estimate from South Korean military brass").
SOURCE_NOUNS = frozenset(
    {
        "official", "source", "agency", "ministry", "minister", "government", "authority", "spokesperson",
        "spokesman", "spokeswoman", "intelligence", "service", "military", "army", "navy",
        "command", "brass", "officer", "commander", "police", "report", "media", "outlet", "newspaper",
        "diplomat", "lawmaker", "expert", "analyst", "researcher", "witness", "resident", "office",
        "department", "president", "leader", "embassy", "council", "committee", "institute", "group",
        "organization", "organisation", "observatory", "monitor", "statement", "document",
        "data", "study", "survey", "team", "investigator", "prosecutor", "court", "general", "spy",
        "staff", "chief", "representative", "aide", "adviser", "advisor", "person", "people",
        # people who speak from inside an organisation or an event ("citing two engineers", "an insider")
        "insider", "employee", "worker", "engineer", "doctor", "nurse", "member", "executive", "manager",
        "negotiator", "contractor", "colleague", "eyewitness", "survivor", "relative", "neighbour",
        "neighbor", "participant", "professor", "scientist", "economist", "lawyer", "attorney",
        # holders of an office who speak for their body ("citing the committee's chair", "the firm's owner")
        "chair", "chairman", "chairwoman", "chairperson", "director", "owner", "founder", "secretary",
        "governor", "boss", "judge",
        # people hired for what they know ("citing prison consultants", "a security specialist")
        "consultant", "specialist", "strategist",
    }
)  # fmt: skip

#: Speech verbs of a relative clause on a source whose "to X" names who passed the words on ("officials who
#: spoke to the news agency"), and the entity labels such an X never has (a person heard it, not a medium).
LISTENER_RELATIVE_VERBS = frozenset({"speak", "talk", "say", "tell", "confirm"})
LISTENER_NOT_ENTS = frozenset({"PERSON", "GPE", "NORP"})

#: Listener nouns that are an audience, not an intermediary ("told reporters").
AUDIENCE_NOUNS = frozenset(
    {"reporter", "journalist", "lawmaker", "parliament", "audience", "crowd", "supporter", "student", "press",
     "conference", "us", "me", "him", "her", "them", "committee", "assembly", "congress", "senator",
     "mediaperson"}
)  # fmt: skip
#: Listener nouns that are an audience when bare ("told media", "told the media"); with a modifier they name a
#: medium that passes the words on ("told state media", "told Lithuanian media") (rule ``bare-media-is-audience``).
BARE_AUDIENCE_NOUNS = frozenset({"media", "medium"})

#: Head nouns of a news medium as a listener: "told state television", "told French radio", and the
#: common noun heading a broadcaster's or paper's name ("told Mercia TV", "told the Valley News"). The
#: medium passes the words on to its audience, so it is an intermediary of the chain, as "told AFP" is.
MEDIA_CHANNEL_NOUNS = frozenset(
    {"tv", "television", "radio", "broadcaster", "newspaper", "paper", "magazine", "channel",
     "news", "post", "times", "website", "outlet", "station",
     # a broadcaster's programme: "in an interview on Acme TV's “Morning” show"
     "show", "programme", "program"}
)  # fmt: skip

#: Nouns in "through X" that name a channel rather than a source: the source is
#: then the "with Y" inside ("through information sharing with Y").
CHANNEL_NOUNS = frozenset(
    {"sharing", "share", "cooperation", "exchange", "channel", "contact", "communication", "coordination",
     "consultation", "talk", "information", "liaison", "dialogue", "source"}
)  # fmt: skip

#: Nouns that name an interview: "said in an interview with X"
#: makes X an intermediary.
#: ("in a broadcast to the nation on state television" is the speaker's own address: the channel carries it live,
#: no interview passes it on, so "broadcast" is not here.)
INTERVIEW_NOUNS = frozenset({"interview", "conversation", "podcast", "appearance", "call"})

#: Entity labels that make a noun phrase a possible source by itself.
SOURCE_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})

# -- UD label sets ---------------------------------------------------------------

SUBJECT_DEPS = frozenset({"nsubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubj:pass", "csubj:pass"})
#: Clausal complements that carry reported content.
CONTENT_DEPS = frozenset({"ccomp", "parataxis"})
#: Relations by which a participle or second verb hangs off another predicate.
PARTICIPLE_DEPS = frozenset({"advcl", "acl", "conj", "xcomp", "dep"})
#: Relations that link a clause to a predicate as a separate clause: cues
#: attached this way are separate attributions and are cut out of content.
SEPARATE_CLAUSE_DEPS = frozenset({"advcl", "conj", "parataxis", "dep"})
#: Modifiers removed from a source phrase (they describe, they do not name).
SOURCE_STRIP_DEPS = frozenset({"acl:relcl", "acl", "cc", "conj", "case", "mark"})
#: Entity labels of modifiers cut from a source phrase ("agency on Friday").
SOURCE_STRIP_ENTS = frozenset({"DATE", "TIME"})
#: Coordination-distributing modifier relations ("U.S. and South Korean officials").
DISTRIBUTIVE_DEPS = frozenset({"amod", "compound", "nmod", "nmod:poss"})
NOMINAL_UPOS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X", "SYM"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom", "whose"})
#: Relative pronouns of a comma-set (non-restrictive) relative clause: ", who said ..."
#: speaks for the noun before the comma even when the parser did not attach the clause
#: to it. ("that" is left out: after a comma it is more often a demonstrative.)
NONRESTRICTIVE_RELATIVES = frozenset({"who", "which"})

# -- non-reports -------------------------------------------------------------------

#: Determiners/adverbs that negate a report noun: "no indication that X", "little evidence that X",
#: "not any sign that X" deny X, they do not report it, so the noun opens no attribution of its own
#: (the denial stays inside the speaker's content as one proposition).
NEGATING_WORDS = frozenset({"no", "little", "scant", "not", "never", "n't", "without"})
#: Determiners that are negating only when the verb above them is negated ("did not find any sign").
NEGATION_POLARITY_DETERMINERS = frozenset({"any"})

#: Nouns of evidence that, negated and with a "that"-clause, deny the clause ("found no sign that ...").
#: A cue verb whose object is one of these (negated) does not report the clause after the object.
EVIDENCE_NOUNS = frozenset(
    {"indication", "evidence", "sign", "suggestion", "proof", "trace", "hint", "reason", "record", "report"}
)  # fmt: skip


#: Words opening an embedded question ("knows where they are", "did not say how
#: many died", "asked whether"): such a clause asks, it asserts nothing, so a cue
#: whose only complement is one reports no content.
EMBEDDED_QUESTION_WORDS = frozenset(
    {"where", "whether", "if", "how", "what", "why", "when", "who", "whom", "whose", "which", "whatever",
     "wherever", "however", "whoever"}
)  # fmt: skip
#: Narration verbs whose "how" clause recounts what happened rather than asking ("told how she was pulled
#: from the rubble", "recounted how the wall fell"): the speaker asserts the clause.
ACCOUNT_VERBS = frozenset({"tell", "recount", "describe", "recall", "relate"})
#: The wh-word of such an account ("how", hanging on the clause's verb itself: never "how many").
ACCOUNT_WORD = "how"
#: Verbs that name what something is, used in a free relative: "in what prosecutors have called one of the
#: biggest frauds", "in what officials described as the worst flooding in a decade": the subject calls the
#: thing so, and the name is the subject's claim.
NAMING_VERBS = frozenset({"call", "describe", "term", "dub", "label", "characterize", "characterise"})
#: The free relative's object word ("in what X called Y").
FREE_RELATIVE_WHAT = "what"
#: Relations that leave the clause: a wh-word reaching the content head through one of
#: them opens a side clause ("said when the water rose, the wall cracked"), not a question.
CLAUSE_BOUNDARY_DEPS = frozenset({"advcl", "csubj", "csubj:pass", "ccomp", "acl", "acl:relcl", "parataxis", "conj"})
#: Subjects that are the speaker or the listener of a quote: inside a direct quote
#: "we expect", "I thought", "you know" are the quoted speaker's own thoughts, already
#: attributed by the quote, not a new source.
SPEAKER_PRONOUNS = frozenset({"i", "we", "you"})
#: Cognition verbs of coming to know (factive): inside a direct quote, "now they find out the money
#: is gone" states the clause as the quoted speaker's own fact, whoever the pronoun stands for, so
#: it opens no nested attribution (a named subject still does: "the auditors found that ...").
DISCOVERY_VERBS = frozenset({"find", "learn", "discover", "realise", "realize", "know"})

# -- function words the forms turn on ------------------------------------------------

#: The complementiser of a reported clause ("said that ..."; "it emerged that ...").
CONTENT_THAT = "that"
#: Complementisers dropped at the start of a reported clause.
COMPLEMENTISERS = frozenset({CONTENT_THAT, "whether", "if"})
#: The word of "according to X" and the preposition after it.
ACCORDING = "according"
#: "per" closing a sentence before a name: "The plant lost $25 million, per the AP" reads as "according to".
ACCORDING_PER = "per"
#: "as per X, CLAUSE" / "CLAUSE, as per X": the word before "per" ("as per reports" reads as "according to").
ACCORDING_AS_PER = "as"
ACCORDING_TO_TAIL = "to"
#: "In a Des Moines Register poll, Mr. Cruz had a 10-point lead" / "in Forbes' words, ...": the preposition
#: and the nouns (lemmas) of a finding or a wording it attributes a clause to, as "according to" does.
IN_FINDING = "in"
IN_FINDING_NOUNS = frozenset("poll survey study ranking word".split())
#: The infinitive marker of "urged X to V", "warned X to V", "are believed to be".
INFINITIVE_TO = "to"
#: Subordinators of a clause that dates the main event by another one ("a week after X told the board
#: that ..."): such a clause belongs to the sentence's account, it is no second attribution frame.
TEMPORAL_MARKS = frozenset({"after", "before", "since", "until", "once", "when"})
#: Pronouns that can stand for a source ("he alleged", "it said").
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "which", "that"})
#: The relative pronoun that speaks for people ("police, who said ...") and the one for things and bodies.
PERSON_RELATIVE = "who"
THING_RELATIVE = "which"
#: Expletive subjects of "It is reported that ...".
EXPLETIVES = frozenset({"it", "there"})
#: The empty subject of "it emerged that ...".
EMERGENCE_SUBJECT = "it"
#: Pronoun objects that point back at something said before ("called it despicable"): no evaluation
#: of a named thing.
DEICTIC_PRONOUNS = frozenset({"it", "this", "that"})
#: First-person plural pronouns: outside a quote, the outlet narrating ("What we know so far:").
NARRATOR_PRONOUNS = frozenset({"we", "us"})
#: Subject pronouns by grammatical number.
PLURAL_SUBJECT_PRONOUNS = frozenset({"they"})
#: ("it" is left out: "It was not clear whether ..." is far more often an empty subject.)
SINGULAR_SUBJECT_PRONOUNS = frozenset({"he", "she"})

#: Cases of a report noun's venue and of its owner: "said in a statement"; "reports in/from/by X".
REPORT_VENUE_CASE = "in"
REPORT_OWNER_CASES = frozenset({"in", "from", "by"})
#: Cases of the source of a noun cue ("the estimate from/by X").
NOUN_CUE_SOURCE_CASES = frozenset({"from", "by"})
#: Cases under which a report noun names its source ("a statement from/by/of the ministry").
REPORT_SOURCE_CASES = frozenset({"from", "by", "of"})
#: The case of a copy noun's original ("a copy of the email").
COPY_OF_CASE = "of"
#: Cases of the partner of a channel noun ("through talks with X", "via an exchange from X").
CHANNEL_PARTNER_CASES = frozenset({"with", "from", "of"})
#: Cases of the partner of an interview noun ("in an interview with/to/on X").
INTERVIEW_PARTNER_CASES = frozenset({"with", "to", "on"})
#: "as" after an object of a filing verb ("reported a valve as faulty") and in "quoted as saying".
AS_COMPLEMENT_MARK = "as"
QUOTED_AS_MARK = "as"
#: The case of the figure of a light-verb estimate ("put the number at 3,000").
ESTIMATE_AT_CASE = "at"
#: The case of knowledge obtained from someone ("learned from X").
KNOWLEDGE_FROM_CASE = "from"
#: The case of a listener after a speech verb ("said to Reuters").
LISTENER_TO_CASE = "to"
#: Verbs whose object may be a toll caused ("has claimed 40 lives"), not a claim made.
TOLL_CLAIM_VERBS = frozenset({"claim"})

#: Where a statement was posted: after "on", "via", "through", "platform", "app", "posted on" or "channel on",
#: the platform X (group 1; never the letter inside a word: "X-ray"), optionally after "the social media
#: platform", "the messaging app" ...; or a platform named outright (group 2: "on Telegram", "social media").
PLATFORM_PATTERN = (
    r"(?:\b(?:on|via|through|platform|app|post(?:ed)? on|channel on)\s+(?:the\s+)?(?:social media\s+platform\s+|"
    r"instant messaging app\s+|messaging app\s+|platform\s+)?(X)(?![\w-]))"
    r"|\b(twitter|telegram|facebook|instagram|tiktok|youtube|weibo|vkontakte|whatsapp|truth social|bluesky|reddit"
    r"|social media)\b"
)

#: The dependency relations (UD), in order of preference, whose subtree is the content of a cue verb the
#: model tagged with no content: a clause ("denied that ..."), a control clause ("vowed to ..."), an
#: object ("backing Jeb Bush"), a passive subject ("the move was first reported by MSNBC").
BARE_CUE_CONTENT_DEPS = ("ccomp", "xcomp", "obj", "nsubj:pass")

#: Determiners one of which may stand before two coordinated singular nouns that describe one person ("the
#: climate scientist and former mayor"); a second determiner ("the minister and the mayor") makes two.
SHARED_DETERMINERS = frozenset({"the", "a", "an"})
#: Penn tag of a singular common noun (the coordinated descriptions of one person are both).
SINGULAR_COMMON_NOUN_TAGS = frozenset({"NN"})

#: Additive adverbs on a sentence's main verb ("An older man also died there"): the sentence adds to
#: an account given just before it. Read with `also_continues` (extraction/also_continues.py).
ADDITIVE_ADVERBS = frozenset({"also", "too"})
