"""Hedges: words that mark a claim as unconfirmed ("reportedly", "alleged", "if confirmed")."""

from __future__ import annotations

#: Adverbs/adjectives that hedge a claim wherever they occur in it.
HEDGE_WORDS = frozenset(
    {
        "reportedly", "allegedly", "purportedly", "apparently", "supposedly", "reputedly", "ostensibly",
        "seemingly", "unconfirmed", "unverified", "suspected", "alleged", "purported", "rumored",
        "rumoured", "possibly", "presumably", "unsubstantiated",
    }
)  # fmt: skip

#: Verbs that hedge when they are the cue or inside the content ("claims",
#: "appears to have suffered").
HEDGE_VERBS = frozenset({"claim", "allege", "appear", "seem", "purport", "rumor", "rumour"})

#: The forms of the verbs an outlet reports a named source's words with while keeping its distance ("Bankman-Fried
#: had claimed", "alleging that"): as the mention's cue, the outlet's stance toward its source, not a hedge of the
#: source's words (``conflicts.origin_hedges``). Passive cognition cues ("is suspected to have started") are left out:
#: they hedge the statement itself.
DOUBTING_CUE_FORMS = frozenset(
    {
        "claim", "claims", "claimed", "claiming", "allege", "alleges", "alleged", "alleging",
        "purport", "purports", "purported", "purporting",
    }
)  # fmt: skip

#: Passive cognition verbs that hedge ("are believed to be").
HEDGE_PASSIVES = frozenset({"believe", "think", "suspect", "say", "understand", "rumor", "rumour"})

#: Verbs that hedge in "if confirmed / if verified / if true".
CONDITIONAL_HEDGES = frozenset({"confirm", "verify", "true", "accurate", "correct", "prove"})

#: The hedges a claim mention reads in its own sentences (beside its attributions' hedges): the
#: attribution list without the words measured only there ("reputedly", "ostensibly", "presumably",
#: "unsubstantiated", and "alleged"/"purported", which in a mention's sentence mostly qualify one noun,
#: "the alleged attacker", not the claim).
MENTION_HEDGE_WORDS = HEDGE_WORDS - {"reputedly", "ostensibly", "alleged", "purported", "presumably", "unsubstantiated"}
#: The subordinator of a conditional hedge ("if confirmed").
CONDITIONAL_MARK = "if"

#: A mention that says the claim is not confirmed, or that the party it is about has not spoken, while
#: other mentions of the claim name a source for it ("there was no official confirmation", "could not be
#: independently verified", "has not yet commented"): regular expressions over the lowercased text.
UNCONFIRMED_PATTERNS: tuple[str, ...] = (
    r"\bno (?:official |independent )?confirmation\b",
    r"\b(?:has|have|had|was|were|is|are) not (?:yet )?(?:been )?(?:officially |independently )?"
    r"(?:confirmed|verified)\b",
    r"\bcould not (?:be )?(?:immediately )?(?:independently )?(?:confirm|verify|confirmed|verified)\b",
    r"\b(?:has|have|had) not (?:yet )?commented\b",
    r"\bdid not (?:immediately )?respond to (?:a |requests? )?(?:request )?for comment\b",
    r"\b(?:was|were) not (?:immediately )?available for comment\b",
)
