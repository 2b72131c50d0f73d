"""Sentence-final "according to" over a whole sentence, relative clauses around a source, copies of
documents, discovery verbs inside quotes and "it emerged that", on sentences written for the test."""

from __future__ import annotations


def test_a_final_according_to_scopes_over_the_whole_sentence(extract):
    x = extract(
        "The cheque was signed a week after Lowe told the trustees that he would stay out of the sale, "
        "according to the notes of that session, which are among the papers."
    )
    [according] = x.by_cue("according to")
    [told] = x.by_cue("told")
    assert according.source is not None and according.source.text == "the notes of that session"
    assert x.content(according) == [
        "The cheque was signed a week after Lowe told the trustees that he would stay out of the sale"
    ]
    assert told.parent == x.raws.index(according)


def test_an_outlet_that_first_reported_the_story_adds_no_attribution(extract):
    x = extract(
        "The harbour master, Ada Voss, allegedly asked clerks to alter the fee tables weeks before the vote, "
        "according to the Daily Ledger, which first reported the story on Monday."
    )
    assert x.by_cue("reported") == []
    [according] = x.by_cue("according to")
    assert x.content(according)[0].startswith("The harbour master, Ada Voss, allegedly asked clerks")


def test_a_verb_after_a_whose_clause_speaks_for_the_noun_before_it(extract):
    x = extract(
        "Opposition MP Ruth Amadi, whose Hillside East constituency includes the council's offices, accused the "
        'town\'s leadership of "shameful neglect" and called on the leader to resign.'
    )
    [accused] = x.by_cue("accused")
    [called] = x.by_cue("called")
    assert accused.source is not None and accused.source.text == "Opposition MP Ruth Amadi"
    assert called.source is not None and called.source.text == "Opposition MP Ruth Amadi"


def test_a_copy_of_a_document_is_sourced_to_the_document(extract):
    x = extract("The rates were cut in May, according to a copy of the letter seen by the Courier.")
    [according] = x.raws
    assert according.source is not None and according.source.text == "the letter"
    assert x.content(according) == ["The rates were cut in May"]


def test_a_discovery_verb_in_a_quote_opens_no_nested_attribution(extract):
    x = extract(
        "Speaking at the market, Mr Lee said: 'We pay our rates every month, and now they find out the "
        "council has spent it on parties.'"
    )
    assert [x.cue(r) for r in x.raws] == ["said"]


def test_a_named_finder_in_a_quote_still_opens_a_nested_attribution(extract):
    x = extract("'The auditors found that the council had spent the money on parties,' Mr Lee said.")
    [found] = x.by_cue("found")
    assert found.source is not None and found.source.text == "The auditors"


def test_it_emerged_that_reports_the_clause_with_no_source(extract):
    x = extract("The mayor resigned after it emerged that a firm owned by his son had won a road contract.")
    [emerged] = x.by_cue("emerged")
    assert emerged.kind == "vague-report" and emerged.source is None
    assert x.content(emerged) == ["a firm owned by his son had won a road contract"]


def test_a_temporal_clause_with_a_cue_stays_inside_a_final_frame(extract):
    x = extract("The road was closed after engineers said the bridge was unsafe, according to the council.")
    [according] = x.by_cue("according to")
    assert x.content(according) == ["The road was closed after engineers said the bridge was unsafe"]
    [said] = x.by_cue("said")
    assert said.parent == x.raws.index(according)


def test_a_trailing_noun_phrase_whose_determiner_hangs_on_the_cue_is_the_speaker(extract):
    x = extract("After the levy was raised in June, the firm moved ahead, the court records show.")
    [show] = x.by_cue("show")
    assert show.source is not None and show.source.text.endswith("records")
    assert x.content(show) == ["After the levy was raised in June, the firm moved ahead"]


def test_a_denied_noun_phrase_is_reported_as_the_denial(extract):
    x = extract("In a short statement, the club chairman denied any wrongdoing.")
    [denied] = x.raws
    assert denied.source is not None and denied.source.text == "the club chairman"
    assert x.content(denied) == ["denied any wrongdoing"]


def test_a_denied_clause_stays_the_content(extract):
    x = extract("The club chairman denied that the accounts had been altered.")
    [denied] = x.raws
    assert x.content(denied) == ["the accounts had been altered"]
