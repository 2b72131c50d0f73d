"""Clause words for tracing: what joins or subordinates a clause, what opens a cause, what negates,
what dates by another event, and the pronouns of the outlet's own voice."""

from __future__ import annotations

#: Dependency relations that hang a side clause on the proposition: a reduced relative or
#: participle ("soldiers operating as mixed units"), an adverbial or relative clause, a clausal
#: subject ("whoever approved it will answer for the deaths": the approval is presupposed).
SIDE_CLAUSE_DEPRELS = ("acl", "advcl", "csubj")

#: Conjunctions that join two independent clauses, each its own proposition ("X recalled 338,000
#: cars, and more than a dozen people were hurt"); "or" offers alternatives, not two reports.
CLAUSE_COORDINATORS = frozenset({"and", "but"})

#: Pronouns of a free relative clause ("whoever approved it"): its verb names who is meant, it does
#: not report that the event happened (parsers often make such a verb the root).
FREE_RELATIVE_PRONOUNS = frozenset({"whoever", "whatever", "whichever", "whomever"})

#: Words that open a cause phrase ("due to attacks", "owing to", "because of", "thanks to"):
#: the cause is said about the proposition, it is not the proposition.
CAUSE_HEADS = frozenset({"due", "owing", "thanks", "because"})

#: Predicates that explain a state of affairs by a cause ("the casualty rate could be down to poor
#: training", "the delay was due to a software fault", "the outage stemmed from a faulty update"): the
#: statement is the cause; the thing explained is known already (see candidates._explanation).
EXPLAINING_ADJECTIVES = frozenset({"due", "attributable", "owing"})

#: "be down to X" (British English for "be due to X"): the particle that makes "be" explain.
EXPLAINING_PARTICLES = frozenset({"down"})

#: Verbs whose "from" phrase is the cause ("stemmed from", "resulted from", "arose from").
EXPLAINING_FROM_VERBS = frozenset({"stem", "result", "arise"})

#: Verbs whose passive agent is the cause ("was caused by", "was triggered by").
EXPLAINING_PASSIVE_VERBS = frozenset({"cause", "trigger"})

NEGATIONS = frozenset({"not", "n't", "never", "no"})

#: Subjects and prepositions that deny an event ("nobody signed off", "built without approval").
NEGATING_SUBJECTS = frozenset({"nobody", "none", "noone"})

NEGATING_PREPOSITIONS = frozenset({"without"})

#: Suffix of the content key of a denied main event ("~permit!no"): two denials of one event share
#: it, a denial and an assertion do not.
DENIED_SUFFIX = "!no"

#: Person pronouns of the outlet's own voice: a sentence with them is commentary or an appeal.
OUTLET_VOICE = frozenset({"we", "our", "us", "ours", "i", "my", "me", "you", "your", "yours"})

#: Subject pronouns that carry an account on into the next sentence ("it" is too often expletive).
CONTINUING_PRONOUNS = frozenset({"they", "he", "she"})

#: Subordinators of an open question: an event under them is asked about, not reported.
OPEN_QUESTION_MARKS = frozenset({"whether"})

#: Prepositions that make a phrase a time adjunct: a rank word inside one dates the event ("after
#: first combats") rather than framing the proposition ("the first soldier captured").
TEMPORAL_PREPOSITIONS = frozenset({"after", "before", "since", "during", "until", "following", "from"})

#: Prepositions whose phrase dates the statement by another event ("weeks before the blast", "since
#: the attack"); "from" is left out: "losses stemmed from an attack" names a cause.
DATING_PREPOSITIONS = TEMPORAL_PREPOSITIONS - {"from"}

#: The copula: "the delay was due to X", "the rate could be down to Y" explain by a cause.
COPULA = "be"
#: The subject of an existential copula ("there is X": X is the subject, ``be`` stays the head).
EXISTENTIAL_SUBJECT = "there"
#: The placeholder subject of an extraposed clause ("it is clear that X": X is the clausal subject).
EXTRAPOSED_SUBJECT = "it"
#: The case of a cause after an explaining verb ("stemmed from", "resulted from").
CAUSE_FROM_CASE = "from"
#: The marker of an infinitive with its own subject ("no reason for them to fight").
FOR_TO_MARK = "for"
#: The determiner that denies its noun ("no record of it", "no approval").
NEGATIVE_DETERMINER = "no"

#: First words of a content that states no proposition of its own: an infinitive or a negated
#: infinitive ("asked not to be named", "declined to comment", "wants to build a wall").
NON_PROPOSITION_OPENERS = frozenset({"to", "not"})

#: A leading definite article, any case ("The Example Bureau" -> "Example Bureau").
LEADING_THE_PATTERN = r"^(?i:the)\s+"
#: A leading article of a lowercased phrase ("the drone attack" -> "drone attack").
LEADING_ARTICLE_PATTERN = r"^(the|a|an)\s+"

#: Words that open a subordinate clause or an adjunct: a statement too long to print whole and with no
#: comma or dash to stop at is cut before the last of them ("... went on strike, stopping half of the
#: shipping after talks broke down during ..." stops before "after"), never in the middle of a phrase.
#: Not "that", which may open the claim itself ("the judge ruled that ...").
STATEMENT_CUT_SUBORDINATORS = frozenset(
    {"after", "as", "while", "because", "who", "which", "when", "where", "before", "since", "until",
     "following", "amid", "despite", "though", "although", "whereas", "including", "due"}
)  # fmt: skip
#: Words that only tie a sentence to the one before it: a claim printed on its own drops them when they open it
#: ("But Pelicot waived her right to anonymity" -> "Pelicot waived ..."; rule ``lead_in_trimmed``). Conjunctions
#: go whatever follows; connective adverbs only when a comma sets them off ("However, the court ...": "Also
#: included in the swap are ..." keeps its "Also").
LEAD_IN_CONJUNCTIONS = frozenset({"and", "but", "yet", "or"})
LEAD_IN_ADVERBS = frozenset(
    {"however", "meanwhile", "instead", "also", "moreover", "furthermore", "nevertheless", "nonetheless", "still",
     "besides", "additionally", "separately", "indeed"}
)  # fmt: skip
#: Prepositions that also stand alone as adverbs of place, ending their phrase ("the waters below", "the coast
#: and beyond", "the story follows below"): a statement may end on one (rule ``adverbial_preposition``).
STANDALONE_PREPOSITIONS = frozenset(
    {"below", "above", "beyond", "behind", "inside", "outside", "nearby", "aboard", "ahead", "underneath",
     "overhead", "abroad", "downstairs", "upstairs"}
)  # fmt: skip
#: Failing those, before the last of these prepositions ("... and its vicinity along the coast").
STATEMENT_CUT_PREPOSITIONS = frozenset(
    {"in", "on", "at", "for", "from", "by", "during", "over", "into", "with", "without", "about", "along", "to", "of",
     "near", "under", "across", "through", "against", "between", "toward", "towards"}
)  # fmt: skip
