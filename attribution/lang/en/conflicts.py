"""Words of the conflicts between two claims (tracing/rivals.py, opposed.py, phases.py, tenures.py,
place_counts.py): each says which other claim disagrees, and how."""

#: A figure of one count that another claim gives differently ("... for the dead: 69 (A) here / 53 (B) there.").
ACROSS_FIGURE = "Another claim ({other}) gives a different figure for {what}: {mine} here / {theirs} there."
#: Someone's time in a post given differently by another claim.
ACROSS_TENURE = "Another claim ({other}) gives a different time in office: {mine} here / {theirs} there."
#: Another claim that differs on one reading ("when", "whether the vessel sank", ...).
ACROSS_DIFFERS = "Another claim ({other}) differs on {what}: {mine} here / {theirs} there."
#: What the date readings of two claims differ on.
WHEN = "when"

# -- conflicts inside one claim (tracing/conflicts.py) --------------------------------------------------------------

#: Outlets giving one count different figures ("... for the dead: 69 (A) / 53 (B).").
FIGURES_DIFFER = "The outlets give different figures{what}: {shown}."
#: What the figures count, when they all count one thing.
FIGURES_FOR = " for {kind}"
#: One origin's figure reaching readers in two forms.
CHANGED_ALONG_CHAIN = (
    "{origin} is one origin, yet its figure reaches readers as {forms}: an outlet or intermediary changed it."
)
#: Sources that disagree about where or when it happened.
DISAGREE_WHERE = "The sources disagree about where: {shown}."
DISAGREE_WHEN = "The sources disagree about when: {shown}."
#: Outlets that hedge what others state as established; the verb takes an "s" after one outlet.
HEDGE_DROPPED = "{hedgers} hedge{s1} {what} ({words}); {stating} state{s2} it as established."
HEDGED_WHAT_SAID = "what {origin} said"
HEDGED_UNSOURCED = "it without naming a source"
#: Outlets saying it is not confirmed while others cite a source for it.
UNCONFIRMED_BESIDE_CITED = "{doubters} say{s} it is not confirmed or not commented on, while {cited} {be} cited for it."
BE_ONE, BE_MANY = "is", "are"
#: The third-person "s" of a verb after one subject.
VERB_S = "s"
#: One origin quoted in different words.
QUOTED_DIFFERENTLY = "{origin} is quoted in different words: {shown}."

# -- words read by the conflicts (tracing/conflicts.py) -----------------------------------------------------------

#: Contracted endings and what they stand for: "we're going" and "we are going" are one wording of a quotation
#: (``conflicts.spelled_out``). Endings that stand for two words ("'s": is, has or a possessive; "'d": would or
#: had) are left as written.
CONTRACTED_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("n't", ("not",)),
    ("'re", ("are",)),
    ("'ve", ("have",)),
    ("'ll", ("will",)),
    ("'m", ("am",)),
)
#: Contractions whose first word changes ("won't": will not).
CONTRACTED_WORDS: dict[str, tuple[str, ...]] = {"won't": ("will", "not"), "can't": ("can", "not"),
                                                 "shan't": ("shall", "not")}  # fmt: skip
#: Words whose loss changes what a quotation says, so a wording that leaves them out without an editor's mark is a
#: changed quotation, not an excerpt (rule ``unmarked_omission``, with ``clauses.NEGATIONS``, ``hedges.HEDGE_WORDS``,
#: ``numbers.NUMBER_WORDS`` and any figure): modals and degree words ("we may have to ...", "only 12").
QUALIFYING_WORDS = frozenset(
    {
        "may", "might", "could", "would", "should", "probably", "likely", "perhaps", "maybe", "possible",
        "only", "almost", "nearly", "about", "around", "approximately", "roughly", "least", "most", "more", "less",
        "fewer", "all", "every", "some", "partly", "partially", "if", "unless",
    }
)  # fmt: skip
