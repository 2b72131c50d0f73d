"""Cues that report nothing, intermediaries of "quoted by", nesting of "citing", content scope and
new warning forms, on sentences written for the test."""

from __future__ import annotations


def test_first_person_cognition_inside_a_quote_is_the_speakers_own_thought(extract):
    x = extract("“The pumps are running day and night,” the harbour master said. “We expect the water to recede.”")
    assert x.by_cue("expect") == []
    [quote] = [r for r in x.raws if "We expect the water to recede." in x.content(r)]
    assert quote.direct and quote.source is not None and quote.source.text == "the harbour master"


def test_i_thought_inside_a_quote_gives_no_source_i(extract):
    x = extract("“I thought the roof would hold. Then it caved in,” said a shopkeeper who lost his stock.")
    assert [r.source.text for r in x.raws if r.source] == ["a shopkeeper"]


def test_third_person_cognition_inside_a_quote_stays_a_nested_attribution(extract):
    x = extract("“The inspectors believe the pipe was corroded,” the plant manager said.")
    [inner] = x.by_cue("believe")
    assert inner.source is not None and inner.source.text == "The inspectors"
    [outer] = x.by_cue("said")
    assert inner.parent == x.raws.index(outer)


def test_speech_inside_a_quote_nests_under_the_quote_and_stays_inside_it(extract):
    x = extract("“I believe the governor said the army had sealed the road,” the farmer told the radio station.")
    assert x.by_cue("believe") == []
    [inner] = x.by_cue("said")
    assert inner.source is not None and inner.source.text == "the governor"
    assert x.content(inner) == ["the army had sealed the road"]
    [outer] = x.by_cue("told")
    assert inner.parent == x.raws.index(outer)


def test_first_person_cognition_outside_a_quote_is_left_alone(extract):
    x = extract("We expect the bridge to reopen in May, the transport minister said.")
    assert [r.source.text for r in x.by_cue("said") if r.source] == ["the transport minister"]


def test_knowing_where_is_an_embedded_question_not_a_report(extract):
    x = extract("The rescuers said they would keep digging until every parent knows where the children are.")
    assert x.by_cue("knows") == []
    [said] = x.by_cue("said")
    assert x.content(said) == ["they would keep digging until every parent knows where the children are"]


def test_not_saying_how_many_reports_no_content(extract):
    x = extract("The railway did not say how many trains were cancelled.")
    assert x.raws == []


def test_it_was_not_reported_whether_is_not_a_vague_report(extract):
    x = extract("It was not reported whether the tunnel was inspected.")
    assert x.raws == []


def test_a_wh_word_opening_a_side_clause_of_the_content_keeps_the_report(extract):
    x = extract("The pilot said when the engine failed, the crew followed the checklist.")
    [r] = x.by_cue("said")
    assert x.content(r) == ["when the engine failed, the crew followed the checklist"]


def test_a_question_cue_still_lends_its_speaker_to_a_coordinated_cue(extract):
    x = extract("The railway did not say how many trains were cancelled, but added that two lines were closed.")
    [r] = x.by_cue("added")
    assert r.source is not None and r.source.text == "The railway"
    assert x.content(r) == ["two lines were closed"]


def test_according_to_someone_quoted_by_a_news_agency_makes_the_agency_an_intermediary(extract):
    x = extract("The levee had been leaking for weeks, according to a county engineer quoted by Reuters.")
    [r] = x.by_cue("according to")
    assert r.source is not None and r.source.text == "a county engineer"
    assert [v.text for v in r.via] == ["Reuters"]
    assert x.content(r) == ["The levee had been leaking for weeks"]


def test_subject_quoted_by_a_news_agency_is_told_through_it(extract):
    x = extract("A county engineer quoted by the Nordic Press Agency said the levee had been leaking.")
    [r] = x.by_cue("said")
    assert r.kind == "told"
    assert [v.text for v in r.via] == ["the Nordic Press Agency"]


def test_quoted_by_reporters_is_an_audience_not_an_intermediary(extract):
    x = extract("The levee had been leaking for weeks, according to a county engineer quoted by reporters.")
    [r] = x.by_cue("according to")
    assert r.via == []


def test_was_quoted_as_saying_makes_the_passive_subject_the_speaker(extract):
    x = extract("“The levee is leaking,” a county engineer was quoted by Reuters as saying.")
    [r] = x.by_cue("saying")
    assert r.source is not None and r.source.text == "a county engineer"
    assert [v.text for v in r.via] == ["Reuters"]
    assert r.direct and x.content(r) == ["The levee is leaking"]


def test_citing_between_the_cue_and_its_clause_names_the_cues_source(extract):
    x = extract(
        "The newspaper also reported, citing the ministry, that an inspector at the plant had said "
        "the valve was broken."
    )
    [reported] = x.by_cue("reported")
    [citing] = x.by_cue("citing")
    [inner] = x.by_cue("said")
    assert x.content(reported) == ["an inspector at the plant had said the valve was broken"]
    assert citing.parent == x.raws.index(reported)
    assert inner.parent == x.raws.index(citing)
    assert inner.source is not None and inner.source.text == "an inspector at the plant"


def test_fronted_citing_sits_between_its_citer_and_the_nested_speaker(extract):
    x = extract("Citing the ministry, the newspaper reported that an inspector had said the valve was broken.")
    [citing] = x.by_cue("Citing")
    [inner] = x.by_cue("said")
    assert inner.parent == x.raws.index(citing)
    assert citing.parent == x.raws.index(x.by_cue("reported")[0])


def test_final_according_to_scopes_over_every_coordinated_predicate(extract):
    x = extract(
        "The mill's manager, an engineer, has been suspended and will face disciplinary charges, according to police."
    )
    [r] = x.by_cue("according to")
    assert x.content(r) == ["The mill's manager, an engineer, has been suspended and will face disciplinary charges"]


def test_who_said_after_an_according_to_source_speaks_for_that_source(extract):
    x = extract("The ferry lay on its side near the cape, according to police, who said it had carried too many cars.")
    [said] = x.by_cue("said")
    assert said.source is not None and said.source.text == "police"
    assert x.content(said) == ["it had carried too many cars"]
    [according] = x.by_cue("according to")
    assert x.content(according) == ["The ferry lay on its side near the cape"]


def test_who_after_any_person_noun_takes_that_noun_as_the_speaker(extract):
    x = extract(
        "The barn, near the village of Hollin, burned in Lanark County, according to firefighters, "
        "who said it had been struck by lightning."
    )
    [r] = x.by_cue("said")
    assert r.source is not None and r.source.text == "firefighters"


def test_which_said_after_a_bracketed_name_takes_the_whole_name(extract):
    x = extract("The tanker ran aground, according to the Port Safety Agency (PSA), which said it carried fuel.")
    [r] = x.by_cue("said")
    assert r.source is not None and r.source.text == "the Port Safety Agency (PSA)"


def test_warned_of_makes_the_noun_phrase_the_content(extract):
    x = extract("The weather office has warned of strong winds along the coast this weekend.")
    [r] = x.by_cue("warned")
    assert r.source is not None and r.source.text == "The weather office"
    assert x.content(r) == ["strong winds along the coast this weekend"]


def test_warned_someone_to_do_something_makes_the_warning_the_content(extract):
    x = extract("The council has warned residents living near the canal to leave their homes.")
    [r] = x.by_cue("warned")
    assert r.source is not None and r.source.text == "The council"
    assert x.content(r) == ["residents living near the canal to leave their homes"]


def test_warned_of_by_people_who_are_no_source_is_a_narrated_event(extract):
    x = extract("Divers had warned of rust on the hull, according to a navy spokesman.")
    assert x.by_cue("warned") == []
    [r] = x.by_cue("according to")
    assert x.content(r) == ["Divers had warned of rust on the hull"]


def test_quote_taken_around_a_parenthetical_frame_is_a_direct_quote(extract):
    x = extract(
        "“Whoever sold the permits and whoever signed them will face trial,” Justice Minister Tom Reed said on Friday."
    )
    [r] = x.by_cue("said")
    assert r.direct and r.kind == "direct-quote"
    assert x.content(r) == ["Whoever sold the permits and whoever signed them will face trial"]


def test_reporting_an_object_as_faulty_files_it_and_reports_no_content(extract):
    x = extract(
        "Crew members had reported a cracked hinge on the cargo door as unsafe days before the crash, "
        "an airline employee said."
    )
    assert x.by_cue("reported") == []
    [outer] = x.by_cue("said")
    assert outer.source is not None and outer.source.text == "an airline employee"
    assert "Crew members had reported a cracked hinge" in x.content(outer)[0]


def test_reporting_that_an_object_is_faulty_still_reports_content(extract):
    x = extract("Crew members reported that the cargo door was unsafe.")
    [inner] = x.by_cue("reported")
    assert x.content(inner) == ["the cargo door was unsafe"]
