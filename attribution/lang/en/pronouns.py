"""English pronouns, by what they may point back at. The one home of every pronoun list of resolve."""

from __future__ import annotations

#: Pronouns that point at a person source.
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "himself", "herself"})
#: Pronouns that point at an organisation, document or any non-person source.
THING_PRONOUNS = frozenset({"it", "itself"})
#: Plural pronouns: a collective, an organisation (British usage) or a group of people.
PLURAL_PRONOUNS = frozenset({"they", "them", "themselves"})
#: First-person pronouns: the speaker of the quote they stand in.
SPEAKER_PRONOUNS = frozenset({"i", "we", "me", "us", "myself", "ourselves"})
#: Words a quotation uses for its speaker or the people spoken to ("I am shocked", "Our thoughts are with",
#: "Your messages touched me"): a statement opening with one reads whole when the sentence names the speaker
#: after the quotation ("'I am shocked,' the president said").
QUOTATION_PRONOUNS = SPEAKER_PRONOUNS | frozenset({"my", "our", "you", "your"})
#: The first person of a quotation, its speaker alone ("I", "my") or with others ("we", "our"): a statement
#: opening with one reads whole once the speaker is named after it (rule ``bracketed_speaker``).
FIRST_PERSON_SINGULAR = frozenset({"i", "me", "my", "myself"})
FIRST_PERSON_WORDS = SPEAKER_PRONOUNS | frozenset({"my", "our"})
ALL_PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS | SPEAKER_PRONOUNS
#: Gendered person pronouns: once one is resolved to a person, "he" never points back at a "she" (and vice versa).
FEMALE_PRONOUNS = frozenset({"she", "her", "herself", "hers"})
MALE_PRONOUNS = frozenset({"he", "him", "himself", "his"})
#: Relative pronouns that stand for the noun their clause modifies ("police, who said ...").
RELATIVE_PRONOUNS = frozenset({"who", "which", "whom"})
#: Every word that opens a relative clause after a noun ("police, who ...", "a report that ...", "the town where").
RELATIVE_WORDS = RELATIVE_PRONOUNS | frozenset({"whose", "that", "where", "when"})
#: Possessive pronouns of a person whose office, aides or team speak for them ("his office said") -> the pronoun.
PERSON_POSSESSIVES = {"his": "he", "her": "she"}
#: Possessive pronouns of a group or a body whose work speaks for it ("their forecasts suggest") -> the pronoun.
GROUP_POSSESSIVES = {"their": "they", "its": "it"}

#: Words of a body speaking of itself in the first person ("we have restored service", "some of our customers"):
#: a statement whose subject holds one is about the speaker (``candidates/self_statements.py``).
SELF_WORDS = frozenset({"we", "us", "our", "ours", "ourselves"})
#: Possessives that, in reported speech, give the subject to the speaker ("the company said its network was down").
REPORTED_SELF_POSSESSIVES = frozenset({"its", "their"})

#: The pronoun that can stand for nothing, as the dummy subject of a clause put after its verb ("It is not
#: clear whether ...", "It was learnt that ...", "It took six hours to ...").
DUMMY_PRONOUNS = frozenset({"it"})
#: Words that open a clause put after its verb with a dummy "it" ("It is clear that ...", "whether", "if").
EXTRAPOSED_CLAUSE_MARKS = frozenset({"that", "whether", "if"})
#: Verbs whose active "it" is a dummy when an infinitive follows ("It took six hours to reach the summit"),
#: and that infinitive's mark. ("It was never safe to fly" may be about a plane: an adjective's infinitive
#: does not make "it" a dummy.)
DUMMY_SUBJECT_VERBS = frozenset({"take"})
INFINITIVE_MARKS = frozenset({"to"})
