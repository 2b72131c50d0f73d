"""A claim's statement reads as a complete sentence drawn from the article (issue 16, item 4): on sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from trace_helpers import Art, mention, run

from attribution.article import ArticleInput
from attribution.doc import Block, Document
from attribution.extraction.types import RawAttribution, SourceMention
from attribution.tracing import mention_candidates
from attribution.tracing.statement import CLOSERS, SENTENCE_ENDS, STATEMENT_CHARS, sentence_of, statement_faults

Parse = Callable[[str], Document]


def _faults(parse: Parse, statement: str) -> list[str]:
    words = statement.rstrip(CLOSERS).rstrip(SENTENCE_ENDS)
    return statement_faults(statement, parse(words).tokens)


@pytest.mark.parametrize(
    ("statement", "faults"),
    [
        ("The ministry said the death toll had risen to 72.", []),
        ("The bridge was reopened on Friday.", []),
        ("Floods swept the coast and beyond.", []),  # a preposition coordinated ends its phrase
        ("Stay away from the coast.", []),  # an imperative needs no subject
        ("the toll rose to 40.", ["start"]),
        ("The toll rose to 40", ["end"]),
        ("The toll rose to 40 …", ["end", "ellipsis"]),
        ("A magnitude 7.0 quake.", ["verb"]),
        ("A relief convoy that reached the town on Monday.", ["verb"]),  # the finite verb is a relative's
        ("Welcomed the decision.", ["subject"]),
        # a main verb the tagger misread (rule misread_main_verb)
        ("A wave of IT failures swept across the country on Monday.", []),  # "swept" tagged a participle
        # "collided" read as a modifier of "ferry"
        ("The passenger ferry either collided with the other vessel in the channel or at the pier"
         " after it set off.", []),
        ("The man arrested on Monday.", ["verb"]),  # a participle with no subject: no main verb
        ("The hope that the verdicts bring the family peace.", ["verb"]),  # the noun's own clause
        ("More than 900 injured when the trains collided.", ["verb"]),  # a count whose "were" is left out
        ("The health board has launched a.", ["dangling"]),
        # a preposition standing alone as an adverb of place ends its phrase (rule adverbial_preposition)
        ("Burning debris fell into the waters below.", []),
        ("The full story follows below.", []),
        ("Officials said the toll rose to 40 … and then to 52.", []),  # the article's own ellipsis (inner_ellipsis)
        ("[This is] almost as much rain as the town sees in a year.", []),  # an editor's bracket opens it
        ("Officials said the toll rose to.", ["dangling"]),
        ("He said the plant was closed.", ["pronoun"]),
        # existential "there" stands for nothing (rule existential_there)
        ("There were no survivors at the site.", []),
        ("There was no immediate word on arrests.", []),
        ("Its engineers had warned of cracks.", ["pronoun"]),
        # a quotation's "I" / "our" stands for the speaker the sentence names after it
        ("“I am shocked by the attack,” the harbour master said.", []),
        ("“Our thoughts are with the families,” the company said.", []),
        ("“I am shocked,” he said.", ["pronoun"]),  # the speaker is named elsewhere
        ("“He knew it was wrong,” the judge said.", ["pronoun"]),  # "he" is someone else, named elsewhere
        ("Our business is in a difficult position.", ["pronoun"]),  # no quotation, no speaker
        # a dummy "it" holding the place of a clause after the verb stands for nothing (rule dummy_it)
        ("It is not clear whether the fire was set on purpose.", []),
        ("It was learnt that the mayor had left the city.", []),
        ("It took four hours to carry the injured down the hill.", []),
        ("It was possible some hikers took closed paths.", []),
        ("It said it would appeal the ruling.", ["pronoun"]),  # an active verb of speech: "it" is someone
        ("It is banned by the league.", ["pronoun"]),  # no clause after the verb: "it" is something
        ("It was moved after the storm damaged the roof.", ["pronoun"]),  # a clause, but no "that"/"to"
        ("It's evident that the fire was set on purpose.", []),
        ("It's also for them that I led this campaign.", ["pronoun"]),  # a cleft: "it" leads to "them"
        # a quantifier counting a noun its "of" phrase names (rule quantifier_of_noun)
        ("All of the hikers had signed in at the gate.", []),
        ("Each of these charges carries a long sentence.", []),
        ("Some of them managed to call for help.", ["pronoun"]),  # "them" is someone named elsewhere
        ("All have endured great hardship.", ["pronoun"]),
        # the leading pronoun behind a conjunction or connective that opens the sentence (rule lead_in_trimmed)
        ("And it has acted as one.", ["pronoun"]),
        ("However, they reopened the port on Monday.", ["pronoun"]),
        ("But the port was reopened on Monday.", []),
    ],
)  # fmt: skip
def test_a_statement_is_complete_only_when_no_fault_is_found(parse: Parse, statement: str, faults: list[str]) -> None:
    assert _faults(parse, statement) == faults


def _art(text: str) -> ArticleInput:
    return ArticleInput(id="t.txt", text=text, blocks=[Block(0, len(text), "body")])


def _span(text: str, part: str) -> tuple[int, int]:
    k = text.index(part)
    return k, k + len(part)


def _src(text: str, part: str) -> SourceMention:
    s, e = _span(text, part)
    return SourceMention(start_token=0, end_token=1, head=0, text=part, start=s, end=e)


@pytest.mark.parametrize(
    ("text", "source", "cue", "content", "statement", "drawn"),
    [
        # complete content: printed alone, the attribution left to the report's sources
        ("The ministry said the river burst its banks near the dam.", "The ministry", "said",
         "the river burst its banks near the dam", "the river burst its banks near the dam", "content"),
        # the content span stops mid-phrase: carried to the end of the phrase it stops in
        ("The ministry said the health board has launched a new appeal for blood donors.", "The ministry", "said",
         "the health board has launched a", "the health board has launched a new appeal for blood donors", "clause"),
        # no subject of its own: shown with the attribution that frames it, as the sentence has it
        ("The union welcomed the decision of the court.", "The union", "welcomed", "the decision of the court",
         "The union welcomed the decision of the court", "attribution"),
        # a pronoun the pipeline cannot name: the sentence that names the speaker
        ("The airline said it had grounded every plane of the type.", "The airline", "said",
         "it had grounded every plane of the type", "The airline said it had grounded every plane of the type",
         "attribution"),
        # a quotation that opens its sentence with the speaker's "we": the sentence, speaker and all
        ("“We will rebuild every school,” said Mayor Ana Ruiz.", "Mayor Ana Ruiz", "said",
         "We will rebuild every school", "“We will rebuild every school,” said Mayor Ana Ruiz", "attribution"),
        ("“I am shocked by this attack,” the harbour master told reporters on Friday.", "the harbour master", "told",
         "I am shocked by this attack",
         "“I am shocked by this attack,” the harbour master told reporters on Friday", "attribution"),
        ("“I am shocked,” the mayor said on Friday. “Nobody expected it.”", "the mayor", "said", "I am shocked",
         "“I am shocked,” the mayor said on Friday", "attribution"),  # its own sentence, not the next one
        # the attribution is too long to print whole: cut where it still reads as a sentence, the claim kept
        ("A spokesman for the regional office for emergencies and civil protection said: “We are in contact with "
         "the harbour authorities following the sinking of a yacht off the northern coast, and stand ready to help.”",
         "A spokesman for the regional office for emergencies and civil protection", "said",
         "We are in contact with the harbour authorities following the sinking of a yacht off the northern coast, "
         "and stand ready to help",
         "A spokesman for the regional office for emergencies and civil protection said: “We are in contact with "
         "the harbour authorities following the sinking of a yacht off the northern coast", "attribution"),
    ],
)  # fmt: skip
def test_a_mention_prints_a_complete_sentence_drawn_from_its_article(
    parse: Parse, text: str, source: str, cue: str, content: str, statement: str, drawn: str
) -> None:
    raws = [RawAttribution("reported-speech", _src(text, source), _span(text, cue), [_span(text, content)], 0)]
    (m,) = mention_candidates(parse(text), raws, _art(text)).mentions
    assert (m.statement, m.statement_from, m.statement_complete) == (statement, drawn, True)
    assert m.statement in text  # drawn from the article: no word invented


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        # the quotation opens the sentence: adding its speaker after it leaves the pronoun leading
        ("“It was never safe to fly,” the inspector said.", "the inspector", "said", "It was never safe to fly"),
        # deep inside the sentence: the sentence says something else ("the bank said it would keep buying")
        ("In a statement announcing the decision, the bank said it would keep buying bonds.", "a statement",
         "announcing", "the decision"),
        # the speaker after the quotation is a pronoun: the sentence names nobody the content does not (a first-
        # person quotation keeps the sentence for a claim to name the speaker: test_statement_quoted_speaker.py)
        ("“It was a shock to everyone,” he said.", "he", "said", "It was a shock to everyone"),
        # the attribution sits in a relative clause: "prosecutors have called one of ..." would misquote it
        ("He was convicted in what prosecutors have called one of the largest frauds in history.", "prosecutors",
         "have called", "one of the largest frauds in history"),
    ],
)  # fmt: skip
def test_a_fragment_keeps_its_own_words_when_no_sentence_of_the_article_completes_it(
    parse: Parse, text: str, source: str, cue: str, content: str
) -> None:
    raws = [RawAttribution("reported-speech", _src(text, source), _span(text, cue), [_span(text, content)], 0)]
    (m,) = mention_candidates(parse(text), raws, _art(text)).mentions
    assert (m.statement, m.statement_from, m.statement_complete) == (content, "content", False)


def test_a_claim_prints_the_mention_that_reads_as_a_complete_sentence() -> None:
    shared = ["~ground", "airline", "plane", "#skyways"]
    a = Art("a", "Outlet A")
    pronoun = mention("it had grounded every plane of the type", [*shared, "type"], main=["ground"])
    pronoun.fluent, pronoun.statement, pronoun.statement_from = True, pronoun.text, "content"
    a.mentions.append(pronoun)
    b = Art("b", "Outlet B")
    named = mention("Skyways grounded its planes", shared, main=["ground"], start=40)
    named.statement, named.statement_from, named.statement_complete = named.text, "content", True
    b.mentions.append(named)
    (claim,) = run([a, b])[0]
    assert claim.statement == "Skyways grounded its planes."
    drawn = claim.statement_from
    assert (drawn.article, drawn.start, drawn.end, drawn.words, drawn.complete) == ("b", 40, 67, "content", True)


def test_a_claim_without_a_complete_mention_keeps_its_central_mention() -> None:
    shared = ["~ground", "airline", "plane"]
    a = Art("a", "Outlet A")
    first = mention("it had grounded every plane", shared, main=["ground"])
    first.fluent = True
    a.mentions.append(first)
    b = Art("b", "Outlet B")
    b.mentions.append(mention("they grounded planes", shared, main=["ground"]))
    (claim,) = run([a, b])[0]
    assert claim.statement == "It had grounded every plane."
    assert claim.statement_from.complete is False


@pytest.mark.parametrize(
    ("text", "piece", "statement"),
    [
        # a clause piece under the sentence's main verb that nothing else completes: the sentence, whole
        ("A section of the old bridge crumpled into the icy water, sending cars and people into the river.",
         "sending cars and people into the river",
         "A section of the old bridge crumpled into the icy water, sending cars and people into the river"),
        ("An elderly woman also died in the hill district, marking the first confirmed death in the province.",
         "marking the first confirmed death in the province",
         "An elderly woman also died in the hill district, marking the first confirmed death in the province"),
    ],
)  # fmt: skip
def test_a_piece_no_phrase_or_attribution_completes_prints_its_whole_sentence(
    parse: Parse, text: str, piece: str, statement: str
) -> None:
    (m,) = [m for m in mention_candidates(parse(text), [], _art(text)).mentions if m.text == piece]
    assert (m.statement, m.statement_from, m.statement_complete) == (statement, "sentence", True)


#: Over-long sentences (more than ``STATEMENT_CHARS``) whose last clause boundary within the limit falls inside
#: the subject, before the main verb (written for the test).
SUBJECT_THEN_VERB = (
    "The cargo ship, which had left the harbour shortly before midnight with twenty-two sailors on board — most "
    "of them from the same island — struck a pier of the old river bridge at about half past one in the morning."
)
CLAUSE_WAITS_FOR_VERB = (
    "Sea ice around the southern continent hit a record low for the second year in a row in February, reaching a "
    "new minimum, while the heat content of the upper ocean — the heat stored in its top two kilometres — also "
    "rose to a record."
)
APPOSITION_THEN_VERB = (
    "The regional health agency, which runs the laboratories of six hospitals in the south of the city, a "
    "service used by some two million patients, cancelled more than eight hundred operations on Monday night."
)


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        # the dash before "struck" would leave the subject alone: cut before "at", after the verb's object
        (SUBJECT_THEN_VERB,
         "The cargo ship, which had left the harbour shortly before midnight with twenty-two sailors on board — "
         "most of them from the same island — struck a pier of the old river bridge"),
        # every comma within the limit sits in the subject: cut before "on", the verb kept
        (APPOSITION_THEN_VERB,
         "The regional health agency, which runs the laboratories of six hospitals in the south of the city, a "
         "service used by some two million patients, cancelled more than eight hundred operations"),
        # the dashes would leave the subject of "while ... rose" waiting for its verb: cut at the comma before it
        (CLAUSE_WAITS_FOR_VERB,
         "Sea ice around the southern continent hit a record low for the second year in a row in February, "
         "reaching a new minimum"),
    ],
)  # fmt: skip
def test_a_long_sentence_is_cut_where_its_words_still_read_as_a_sentence(
    parse: Parse, text: str, statement: str
) -> None:
    (m,) = [m for m in mention_candidates(parse(text), [], _art(text)).mentions if m.text.startswith(text[:8])]
    assert len(text) > STATEMENT_CHARS
    assert (m.statement, m.statement_from, m.statement_complete) == (statement, "content", True)
    assert sentence_of(m.statement) == statement + "."  # the printed words: no second cut
    assert not _faults(parse, sentence_of(m.statement))


@pytest.mark.parametrize(
    "text",
    [
        # every cut within the limit leaves "After weighing ..." without its main verb
        ("After weighing three weeks of testimony from the engineers, the pilots, the airline's safety officers "
         "and the manufacturer's own inspectors at the hearing in the capital, the board ruled that the crash "
         "could have been avoided."),
        # the only cut leaves "worked" last, its "as a night guard" cut off
        ("The retired miner who opened fire on the crowd outside the town hall on Wednesday afternoon and who had "
         "once founded a movement against violence in his home town in the north worked as a night guard at the "
         "shopping centre."),
    ],
)  # fmt: skip
def test_a_long_sentence_no_cut_leaves_whole_is_no_complete_statement(parse: Parse, text: str) -> None:
    (m,) = [m for m in mention_candidates(parse(text), [], _art(text)).mentions if m.text.startswith(text[:8])]
    assert len(text) > STATEMENT_CHARS
    assert m.statement_complete is False  # the claim prefers another mention that reads whole


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("But the bridge will stay closed until the inspection ends.",
         "the bridge will stay closed until the inspection ends"),
        ("However, the court reduced the sentences of four defendants.",
         "the court reduced the sentences of four defendants"),
        ("Meanwhile, schools in the district stayed shut on Monday.", "schools in the district stayed shut on Monday"),
        # a dateline: capitals, then a spaced dash
        ("MANILA - The palace said the president was recovering well.",
         "The palace said the president was recovering well"),
        # an editor's ellipsis
        ("[...] The schools in the valley will be rebuilt by the spring.",
         "The schools in the valley will be rebuilt by the spring"),
        # kept: a connective no comma sets off, a hyphen inside a name
        ("Also included in the exchange were two journalists.", "Also included in the exchange were two journalists"),
        ("T-Mobile said its network was working normally.", "T-Mobile said its network was working normally"),
    ],
)  # fmt: skip
def test_a_statement_drops_what_only_ties_it_to_the_article_around_it(parse: Parse, text: str, statement: str) -> None:
    (m,) = mention_candidates(parse(text), [], _art(text)).mentions
    assert m.statement == statement
    assert m.statement in text  # drawn from the article: a stretch of its words


def test_a_lead_in_after_an_opening_quotation_mark_is_dropped_and_the_mark_kept(parse: Parse) -> None:
    text = "“But we will rebuild every school in the valley,” said Mayor Ana Ruiz."
    raws = [
        RawAttribution(
            "direct-quote", _src(text, "Mayor Ana Ruiz"), _span(text, "said"),
            [_span(text, "But we will rebuild every school in the valley")], 0, direct=True,
        )
    ]  # fmt: skip
    (m,) = mention_candidates(parse(text), raws, _art(text)).mentions
    assert (m.statement, m.statement_complete) == (
        "“we will rebuild every school in the valley,” said Mayor Ana Ruiz",
        True,
    )
    assert sentence_of(m.statement) == "“We will rebuild every school in the valley,” said Mayor Ana Ruiz."
