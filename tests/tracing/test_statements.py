"""A claim's statement is a short, readable, complete sentence drawn from one of its mentions (issue 16)."""

from __future__ import annotations

import pytest
from trace_helpers import Art, mention, run

from attribution.tracing.statement import SENTENCE_ENDS, STATEMENT_CHARS, sentence_of

LONG = (
    "These troops have been stationed in Kursk, a region occupied by Russia following a sudden offensive in "
    "Ukraine, and have recently been actively deployed to the front lines, where they have taken part in assaults "
    "on Ukrainian positions near the border"
)
QUOTED_CUT = (
    "“We have seen these soldiers move into the region in large numbers over the past weeks, and they are now "
    "fighting alongside Russian units, taking part in assaults and suffering heavy losses as they advance across "
    "open ground,” the officer said"
)


def _is_complete_sentence(statement: str, source: str) -> bool:
    """Capitalised, ends with a sentence mark (a closing quote may follow), no ellipsis, within the limit,
    and its words are a stretch of the mention's words."""
    body = statement.rstrip("\"”’')")
    words = " ".join(source.split())
    drawn = body[:-1].strip('“”"')
    return (
        statement.lstrip('“"')[:1].isupper()
        and body[-1:] in SENTENCE_ENDS
        and "…" not in statement
        and len(body) <= STATEMENT_CHARS + 1
        and (drawn in words or drawn[:1].lower() + drawn[1:] in words)
    )


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("a wounded North Korean soldier has been captured by Ukrainian forces",
         "A wounded North Korean soldier has been captured by Ukrainian forces."),
        ("The ministry said the death toll had risen to 72.", "The ministry said the death toll had risen to 72."),
        ("Was the plane shot down?", "Was the plane shot down?"),
        ("  more than 3,000 soldiers were killed or injured,  ", "More than 3,000 soldiers were killed or injured."),
        ("the outbreak had spread to 13 states …", "The outbreak had spread to 13 states."),
        # the first letter after an opening quotation mark is capitalised
        ("“we will rebuild every school,” the mayor said", "“We will rebuild every school,” the mayor said."),
        # a run-on is cut back at its last clause boundary within the limit, not mid-phrase
        (LONG, "These troops have been stationed in Kursk, a region occupied by Russia following a sudden "
               "offensive in Ukraine, and have recently been actively deployed to the front lines."),
    ],
)  # fmt: skip
def test_a_mention_becomes_a_complete_sentence(text: str, statement: str) -> None:
    assert sentence_of(text) == statement
    assert _is_complete_sentence(statement, text)


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        # a straight mark closing a quotation that opened before the words: dropped, not doubled at the end
        ('the bill is considered rejected" following the vote', "The bill is considered rejected following the vote."),
        ('our country is grateful," the president said', "Our country is grateful, the president said."),
        # a straight mark opening a quotation the words stop in: closed
        ('officials said "the talks will resume', 'Officials said "the talks will resume."'),
    ],
)  # fmt: skip
def test_an_unpaired_straight_quotation_mark_is_closed_or_dropped(text: str, statement: str) -> None:
    assert sentence_of(text) == statement


@pytest.mark.parametrize("text", [LONG, QUOTED_CUT, "forces captured a soldier, officials said", "“It is over,”"])
def test_every_statement_is_a_complete_sentence_drawn_from_its_mention(text: str) -> None:
    statement = sentence_of(text)
    assert _is_complete_sentence(statement, text), statement
    assert statement.count("“") == statement.count("”")  # a cut quotation is closed


#: Over-long sentences with no comma or dash inside the limit (written for the test).
NO_BREAK_SUBORDINATE = (
    "dock workers along the eastern seaboard walked off the job on Tuesday morning and shut down nearly half of "
    "the country's container traffic after wage talks with the shipping alliance broke down over automation and pay"
)
NO_BREAK_ADJUNCT = (
    "the relief flights carried tents and water purifiers to families living in the damaged coastal villages of "
    "the northern peninsula and the small islands lying off its eastern shore near the main fishing harbour"
)


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        # before the last word opening a clause ("after"), not after "over automation and"
        (NO_BREAK_SUBORDINATE,
         "Dock workers along the eastern seaboard walked off the job on Tuesday morning and shut down nearly half "
         "of the country's container traffic."),
        # no such word: before the last preposition, not after "near the"
        (NO_BREAK_ADJUNCT,
         "The relief flights carried tents and water purifiers to families living in the damaged coastal villages "
         "of the northern peninsula and the small islands lying off its eastern shore."),
    ],
)  # fmt: skip
def test_a_long_sentence_without_a_comma_is_cut_before_a_clause_not_mid_phrase(text: str, statement: str) -> None:
    assert sentence_of(text) == statement
    assert _is_complete_sentence(statement, text)


def test_a_claim_states_its_full_statement_rather_than_a_pronoun_fragment() -> None:
    shared = ["~capture", "@north korea", "soldier", "@ukraine"]
    a = Art("a", "Outlet A")
    pronoun = mention("they have captured a North Korean soldier", shared, main=["capture"])
    a.mentions.append(pronoun)
    b = Art("b", "Outlet B")
    full = mention("Ukrainian forces have captured a North Korean soldier in Kursk", shared, main=["capture"])
    full.fluent = True
    b.mentions.append(full)
    (claim,) = run([a, b])[0]
    assert claim.statement == "Ukrainian forces have captured a North Korean soldier in Kursk."
    assert any(_is_complete_sentence(claim.statement, m.text) for m in claim.mentions)
