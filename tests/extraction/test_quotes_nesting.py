"""Quotes, nesting, coordination, hedges and diagnostics, on sentences written for the test."""

from __future__ import annotations

from extract_helpers import paragraphs


def test_direct_quote_content_is_the_words_between_the_marks(extract):
    x = extract("“We have restored power to every district,” the utility’s director said.")
    [r] = x.raws
    assert r.direct and r.kind == "direct-quote"
    assert x.content(r) == ["We have restored power to every district"]
    assert r.source is not None and r.source.text == "the utility’s director"


def test_straight_quotes_work_like_curly_quotes(extract):
    x = extract('"The vaccine is safe for children," the regulator said.')
    [r] = x.raws
    assert r.direct
    assert x.content(r) == ["The vaccine is safe for children"]


def test_split_quote_is_one_attribution_with_two_content_spans(extract):
    x = extract("“The harvest was poor this year,” the farmer said, “but prices have held up well.”")
    [r] = x.raws
    assert r.direct
    assert x.content(r) == ["The harvest was poor this year", "but prices have held up well."]


def test_quote_before_cue_spanning_sentences_is_one_content(extract):
    x = extract("“The roads are closed. The schools are shut. Nobody can leave the valley,” the mayor wrote.")
    [r] = x.by_cue("wrote")
    assert x.content(r) == ["The roads are closed. The schools are shut. Nobody can leave the valley"]


def test_quote_paragraph_after_an_attributed_sentence_keeps_the_speaker(extract):
    text = (
        "Anna Berg, a hydrologist at the Delta Institute, told the Herald that the levees were weak.\n"
        "“We warned the council about this for years.”"
    )
    x = extract(text, paragraphs(text))
    quote = [r for r in x.raws if r.direct]
    assert len(quote) == 1
    assert quote[0].source is not None and quote[0].source.text == "Anna Berg"
    assert [v.text for v in quote[0].via] == ["the Herald"]
    assert x.content(quote[0]) == ["We warned the council about this for years."]


def test_quote_reopening_at_each_paragraph_is_one_quote(extract):
    text = "The captain said:\n“We lost the engine at dawn.\n“Then the radio failed too.”"
    x = extract(text, paragraphs(text))
    assert x.notes == []
    spans = [c for r in x.raws if r.direct for c in x.content(r)]
    assert "We lost the engine at dawn." in spans
    assert "Then the radio failed too." in spans


def test_unbalanced_quote_records_a_diagnostic_and_keeps_going(extract):
    text = "“The talks collapsed, the envoy said.\nThe ministry said the border would stay open."
    x = extract(text, paragraphs(text))
    assert [n.code for n in x.notes] == ["unbalanced-quote"]
    assert x.notes[0].start == 0
    said = [r for r in x.raws if r.source is not None and r.source.text == "The ministry"]
    assert said and x.content(said[0]) == ["the border would stay open"]


def test_stray_closing_mark_records_a_diagnostic(extract):
    x = extract("The mayor said the park” would reopen.")
    assert [n.code for n in x.notes] == ["unbalanced-quote"]
    assert x.raws  # the article still yields its attribution


def test_pronoun_source_stays_a_pronoun_mention(extract):
    text = "The minister visited the port.\n“The cranes are too old,” he complained."
    x = extract(text, paragraphs(text))
    [r] = [r for r in x.raws if r.direct]
    assert r.source is not None and r.source.text == "he"


def test_according_to_with_an_embedded_cue_gives_a_child(extract):
    x = extract(
        "According to reports from the Nordic Press Agency, the customs office confirmed that the cargo was seized."
    )
    outer = x.by_cue("According to")[0]
    inner = x.by_cue("confirmed")[0]
    assert inner.parent == x.raws.index(outer)
    assert outer.parent is None
    assert x.content(inner) == ["the cargo was seized"]


def test_citing_under_according_to_is_a_child_with_the_same_content(extract):
    x = extract("The ship sank near the coast, according to the Nordic Press Agency, citing the coast guard (NCG).")
    outer = x.by_cue("according to")[0]
    citing = x.by_cue("citing")[0]
    assert citing.parent == x.raws.index(outer)
    assert citing.content == outer.content
    assert citing.source is not None and citing.source.text == "the coast guard (NCG)"


def test_passive_confirmation_through_an_agency_is_a_child_of_the_speaker(extract):
    x = extract("“It has been confirmed through a partner agency that the hostages were released,” the ministry said.")
    speaker = x.by_cue("said")[0]
    through = [r for r in x.raws if r.kind == "through"]
    assert len(through) == 1
    assert through[0].source is not None and through[0].source.text == "a partner agency"
    assert through[0].parent == x.raws.index(speaker)
    assert x.content(through[0]) == ["the hostages were released"]


def test_confirmed_through_object_gives_a_child_source(extract):
    x = extract("The ministry confirmed the arrest through police intelligence.")
    confirmed = x.by_cue("confirmed")[0]
    [through] = [r for r in x.raws if r.kind == "through"]
    assert through.source is not None and through.source.text == "police intelligence"
    assert through.parent == x.raws.index(confirmed)


def test_embedded_it_said_in_a_relative_clause_is_a_nested_attribution(extract):
    x = extract("The agency said the driver, who it said was travelling too fast, had been charged.")
    outer = [r for r in x.raws if r.source is not None and r.source.text == "The agency"][0]
    inner = [r for r in x.raws if r.source is not None and r.source.text == "it"][0]
    assert inner.parent == x.raws.index(outer)


def test_coordinated_sources_give_parallel_attributions(extract):
    x = extract("About 500 workers were laid off, according to German and French union officials.")
    names = [(r.source.text, r.source.name) for r in x.raws if r.source]
    assert names == [("German", "German union officials"), ("French", "French union officials")]
    assert x.raws[0].content == x.raws[1].content and x.raws[0].cue == x.raws[1].cue


def test_coordinated_subjects_give_parallel_attributions(extract):
    x = extract("Norway and Denmark estimate that the pipeline will cost two billion euros.")
    assert [r.source.text for r in x.raws if r.source] == ["Norway", "Denmark"]
    assert all(r.source is not None and r.source.name is None for r in x.raws)


def test_hedges_inside_the_content_are_recorded(extract):
    x = extract("The suspect has reportedly fled the country, according to the police.")
    [r] = x.raws
    assert r.hedges == ["reportedly"]


def test_hedge_on_the_cue_is_recorded(extract):
    x = extract("The opposition claims that the vote was rigged.")
    [r] = x.raws
    assert r.hedges == ["claims"]


def test_unhedged_attribution_has_no_hedges(extract):
    x = extract("The bank said that profits rose by 8 percent.")
    assert x.raws[0].hedges == []


def test_results_are_sorted_by_position_and_deterministic(extract):
    text = "The mayor said the bridge was safe. Engineers said it was not. According to the council, repairs begin."
    first = extract(text)
    second = extract(text)
    keys = [(r.sentence, r.cue[0]) for r in first.raws]
    assert keys == sorted(keys)
    assert first.raws == second.raws
