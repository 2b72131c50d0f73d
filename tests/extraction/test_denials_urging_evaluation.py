"""Denied report nouns, displaced reported clauses, interrupted and inverted frames, urging and
evaluative speech, and cue verbs used for acts, on sentences written for the test."""

from __future__ import annotations

from extract_helpers import paragraphs


def test_no_indication_that_is_a_denial_not_a_report(extract):
    x = extract('A water board spokeswoman said there was "no indication" that the reservoir had been poisoned.')
    [said] = x.raws
    assert said.source is not None and said.source.text == "A water board spokeswoman"
    assert x.content(said) == ['there was "no indication" that the reservoir had been poisoned']


def test_found_no_evidence_that_reports_no_nested_clause(extract):
    x = extract("The auditors said they had found no evidence that the accounts were altered.")
    assert [x.cue(r) for r in x.raws] == ["said"]
    assert x.content(x.raws[0]) == ["they had found no evidence that the accounts were altered"]


def test_a_report_noun_without_negation_still_reports(extract):
    x = extract("There were reports that the ferry had capsized.")
    [report] = x.raws
    assert report.kind == "vague-report" and x.content(report) == ["the ferry had capsized"]


def test_said_in_a_statement_keeps_the_subject_as_source(extract):
    x = extract("Brightwell Foods, a bakery chain based in Leeds, said in a statement that its ovens were safe.")
    [said] = x.raws
    assert said.source is not None and said.source.text == "Brightwell Foods"
    assert x.content(said) == ["its ovens were safe"]


def test_citing_people_counted_by_a_number_is_a_source(extract):
    x = extract("The Herald reported, citing three engineers, that the tunnel had flooded overnight.")
    [reported] = x.by_cue("reported")
    [citing] = x.by_cue("citing")
    assert citing.source is not None and citing.source.text == "three engineers"
    assert x.content(reported) == x.content(citing) == ["the tunnel had flooded overnight"]
    assert citing.parent == x.raws.index(reported)


def test_a_frame_between_commas_reports_the_clause_around_it(extract):
    x = extract("The bridge, Okafor said, was closed for repairs on Tuesday.")
    [said] = x.raws
    assert said.source is not None and said.source.text == "Okafor"
    assert x.content(said) == ["The bridge", "was closed for repairs on Tuesday"]


def test_an_inverted_interrupting_frame_speaks_for_the_noun_after_the_cue(extract):
    x = extract("The leak, said the engineer, began in the basement.")
    [said] = x.raws
    assert said.source is not None and said.source.text == "the engineer"
    assert x.content(said) == ["The leak", "began in the basement"]


def test_calling_something_an_adjective_is_evaluative_speech(extract):
    x = extract('The senator called the ruling "shameful" in an interview.')
    [called] = x.raws
    assert called.source is not None and called.source.text == "The senator"
    assert x.content(called) == ['the ruling "shameful"']


def test_slamming_something_as_a_noun_is_evaluative_speech(extract):
    x = extract("The teachers' union slammed the reform as a betrayal of pupils.")
    [slammed] = x.raws
    assert x.content(slammed) == ["the reform as a betrayal of pupils"]


def test_calling_someone_on_the_phone_is_not_speech(extract):
    x = extract("The mayor called the fire brigade at midnight.")
    assert x.raws == []


def test_urging_a_listener_to_act_is_an_attribution(extract):
    x = extract("The health agency urged pharmacies to check their stock and called on patients to stay calm.")
    [urged] = x.by_cue("urged")
    assert urged.source is not None and urged.source.text == "The health agency"
    assert x.content(urged) == ["pharmacies to check their stock"]
    [called] = x.by_cue("called")
    assert called.source is not None and called.source.text == "The health agency"
    assert x.content(called) == ["patients to stay calm"]


def test_asking_someone_to_do_a_task_is_a_request_not_an_attribution(extract):
    x = extract("The minister has asked inspectors to recount the ballots in two districts.")
    assert x.raws == []


def test_weather_encouraging_farmers_is_not_an_attribution(extract):
    x = extract("Mild weather encouraged farmers to plant early.")
    assert x.raws == []


def test_following_advice_announces_the_bullets_and_is_not_content_itself(extract):
    text = "The water company has published the following advice on its website:\n- Boil tap water.\n- Keep receipts."
    x = extract(text, paragraphs(text))
    assert [x.content(r) for r in x.raws] == [["Boil tap water."], ["Keep receipts."]]
    assert all(r.source is not None and r.source.text == "The water company" for r in x.raws)


def test_reporting_a_thing_to_an_authority_is_a_filing_not_speech(extract):
    x = extract("The school said it had reported a suspected leak of exam papers to the inspectorate.")
    assert [x.cue(r) for r in x.raws] == ["said"]


def test_publishing_files_is_an_act_not_a_report(extract):
    x = extract("The hackers will publish the stolen contracts next week.")
    assert x.raws == []


def test_claiming_lives_is_a_toll_not_a_claim(extract):
    x = extract("The epidemic has claimed more than 300 lives this year.")
    assert x.raws == []


def test_confirming_a_fact_still_takes_the_object_as_content(extract):
    x = extract("The coroner confirmed the cause of death.")
    [confirmed] = x.raws
    assert x.content(confirmed) == ["the cause of death"]


def test_said_in_a_post_that_drops_the_complementiser_and_makes_no_collective_source(extract):
    x = extract("Harlow Rail, which runs the branch line, said in a post on Facebook that the trains would run again.")
    [said] = x.raws
    assert said.source is not None and said.source.text == "Harlow Rail"
    assert x.content(said) == ["the trains would run again"]
