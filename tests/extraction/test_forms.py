"""One behaviour per attribution form, on sentences written for the test."""

from __future__ import annotations

from extract_helpers import paragraphs


def test_said_with_that_clause_makes_the_subject_the_source(extract):
    x = extract("The finance ministry said on Monday that inflation had slowed to 3 percent.")
    [r] = x.raws
    assert r.kind == "reported-speech"
    assert r.source is not None and r.source.text == "The finance ministry"
    assert x.content(r) == ["inflation had slowed to 3 percent"]
    assert x.cue(r) == "said"
    assert r.parent is None and not r.direct


def test_sentence_final_attribution_excludes_the_frame_from_content(extract):
    x = extract("The bridge will reopen next month, city officials said Tuesday.")
    [r] = x.by_cue("said")
    assert r.source is not None and r.source.text == "city officials"
    assert x.content(r) == ["The bridge will reopen next month"]


def test_any_speech_or_cognition_cue_counts(extract):
    for verb in ("warned", "announced", "estimated", "revealed", "believed", "mentioned"):
        x = extract(f"The water authority {verb} that reservoir levels would fall below 40 percent.")
        assert [x.cue(r) for r in x.raws] == [verb], verb
        assert x.content(x.raws[0]) == ["reservoir levels would fall below 40 percent"]


def test_according_to_makes_the_object_the_source(extract):
    x = extract("Three ferries were cancelled because of the storm, according to the port authority.")
    [r] = x.raws
    assert r.kind == "according-to"
    assert r.source is not None and r.source.text == "the port authority"
    assert x.cue(r) == "according to"
    assert x.content(r) == ["Three ferries were cancelled because of the storm"]


def test_according_to_reports_from_x_takes_x_as_the_source(extract):
    x = extract("According to reports from the Nordic Press Agency, the mayor resigned on Sunday.")
    [r] = x.by_cue("According to")
    assert r.source is not None and r.source.text == "the Nordic Press Agency"
    assert x.content(r) == ["the mayor resigned on Sunday"]


def test_told_object_becomes_an_intermediary(extract):
    x = extract("A senior police officer told Reuters that two suspects had been arrested.")
    [r] = x.raws
    assert r.kind == "told"
    assert r.source is not None and r.source.text == "A senior police officer"
    assert [v.text for v in r.via] == ["Reuters"]
    assert x.content(r) == ["two suspects had been arrested"]


def test_told_reporters_is_an_audience_not_an_intermediary(extract):
    x = extract("The coach told reporters that the striker would miss the final.")
    [r] = x.raws
    assert r.via == []
    assert r.kind == "reported-speech"


def test_parenthetical_told_between_commas_takes_the_clause_before_it(extract):
    x = extract(
        "The dam was damaged by the flood, a regional engineer told Reuters, adding that repairs would take weeks."
    )
    told = x.by_cue("told")[0]
    assert x.content(told) == ["The dam was damaged by the flood"]
    adding = x.by_cue("adding")[0]
    assert adding.source is not None and adding.source.text == told.source.text  # type: ignore[union-attr]
    assert x.content(adding) == ["repairs would take weeks"]


def test_participle_saying_has_the_speaker_of_its_clause(extract):
    x = extract("The health agency said cases had doubled, saying the new variant spread faster.")
    saying = x.by_cue("saying")[0]
    assert saying.source is not None and saying.source.text == "The health agency"
    assert x.content(saying) == ["the new variant spread faster"]


def test_citing_x_names_the_source_of_the_clause(extract):
    x = extract("The airline cancelled 40 flights, the newspaper reported, citing airport officials.")
    citing = x.by_cue("citing")[0]
    assert citing.kind == "citing"
    assert citing.source is not None and citing.source.text == "airport officials"


def test_citing_something_that_is_not_a_source_is_not_an_attribution(extract):
    x = extract("The senator opposed the bill, citing its cost to taxpayers.")
    assert x.by_cue("citing") == []


def test_reported_by_participle_makes_the_agent_the_source(extract):
    x = extract("Reported by the local radio station on Friday, the fire destroyed two warehouses.")
    [r] = x.by_cue("Reported")
    assert r.kind == "reported-by"
    assert r.source is not None and r.source.text == "the local radio station"
    assert x.content(r) == ["the fire destroyed two warehouses"]


def test_passive_with_agent_is_attributed_to_the_agent(extract):
    x = extract("It was reported by the coast guard that the tanker had run aground.")
    [r] = x.raws
    assert r.kind == "passive-agent"
    assert r.source is not None and r.source.text == "the coast guard"
    assert x.content(r) == ["the tanker had run aground"]


def test_it_is_reported_that_is_a_vague_report_with_no_source(extract):
    x = extract("It is reported that the factory will close next year.")
    [r] = x.raws
    assert r.kind == "vague-report" and r.source is None
    assert x.content(r) == ["the factory will close next year"]


def test_there_are_reports_suggesting_is_a_vague_report(extract):
    x = extract("There are reports suggesting that the merger could be delayed.")
    [r] = x.raws
    assert r.kind == "vague-report" and r.source is None
    assert x.content(r) == ["the merger could be delayed"]


def test_images_make_a_collective_attribution_that_names_no_source(extract):
    # what pictures show is the writer's reading of them (the seeds' and the real stories' gold: no origin)
    x = extract("Satellite images suggest that the runway has been repaired.")
    [r] = x.raws
    assert r.kind == "collective"
    assert r.source is None
    assert x.content(r) == ["the runway has been repaired"]


def test_local_media_reports_are_a_collective_source(extract):
    x = extract("The river burst its banks overnight, according to local media reports.")
    [r] = x.raws
    assert r.kind == "collective"
    assert r.source is not None and r.source.text == "local media reports"


def test_pronoun_that_indicates_is_not_an_attribution(extract):
    x = extract("This indicates that the economy is slowing.")
    assert x.raws == []


def test_non_speech_verbs_are_not_attributions(extract):
    x = extract("Engineers launched the satellite from the area where the old base stood.")
    assert x.raws == []


def test_light_verb_with_a_number_is_an_estimate_attribution(extract):
    x = extract("The regional governor put the number of damaged homes at more than 1,200.")
    [r] = x.raws
    assert r.source is not None and r.source.text == "The regional governor"
    assert x.content(r) == ["the number of damaged homes at more than 1,200"]


def test_in_a_statement_is_part_of_the_frame_not_the_content(extract):
    x = extract("The company said in a statement that its chief executive would step down.")
    [r] = x.raws
    assert x.content(r) == ["its chief executive would step down"]


def test_relative_clause_speech_is_attributed_to_the_antecedent(extract):
    x = extract("The Daily Ledger, which first reported the deal was signed, said it would publish the contract.")
    sources = sorted((x.cue(r), r.source.text) for r in x.raws if r.source)
    assert ("reported", "The Daily Ledger") in sources
    assert ("said", "The Daily Ledger") in sources


def test_colon_list_gives_one_attribution_per_bullet(extract):
    text = "Maria Lind, an economist at the Baltic Institute, notes:\n- Prices rise in spring.\n- Wages lag behind."
    x = extract(text, paragraphs(text))
    assert len(x.raws) == 2
    for r in x.raws:
        assert r.kind == "colon-list"
        assert x.cue(r) == "notes"
        assert r.source is not None and r.source.text == "Maria Lind"
        assert r.source.description == "an economist at the Baltic Institute"
        assert r.parent is None
    assert [x.content(r) for r in x.raws] == [["Prices rise in spring."], ["Wages lag behind."]]


def test_colon_list_bullets_keep_their_own_nested_sources(extract):
    text = (
        "Omar Haddad, a lecturer at Delta College, argues:\n"
        "- Harvests will shrink this year.\n"
        "- The ministry said grain stocks are low."
    )
    x = extract(text, paragraphs(text))
    bullets = [r for r in x.raws if r.kind == "colon-list"]
    assert [x.content(r) for r in bullets] == [
        ["Harvests will shrink this year."],
        ["The ministry said grain stocks are low."],
    ]
    [inner] = x.by_source("ministry")
    assert inner.parent is not None and x.raws[inner.parent] is bullets[1]


def test_article_reference_gives_one_attribution_per_named_source(extract):
    text = "The mayor resigned.\n(This article drew references from The Herald and Nordic Press Agency)"
    x = extract(text, paragraphs(text))
    refs = [r for r in x.raws if r.kind == "article-reference"]
    assert [r.source.text for r in refs if r.source] == ["The Herald", "Nordic Press Agency"]
    assert all(r.content == [] for r in refs)


def test_with_reporting_by_is_an_article_reference(extract):
    text = "The mayor resigned.\n(With reporting by Nordic Press Agency)"
    x = extract(text, paragraphs(text))
    refs = [r for r in x.raws if r.kind == "article-reference"]
    assert [r.source.text for r in refs if r.source] == ["Nordic Press Agency"]


def test_trailing_speaker_lost_by_the_parser_is_recovered_from_the_surface(extract):
    x = extract("Rebels shelled a depot near Varno, the Harbour Defence Agency (HDA) told Reuters.")
    [r] = x.by_cue("told")
    assert r.source is not None and r.source.text == "the Harbour Defence Agency (HDA)"
    assert x.content(r) == ["Rebels shelled a depot near Varno"]
    assert [v.text for v in r.via] == ["Reuters"]


def test_statement_with_no_author_is_a_collective_source(extract):
    x = extract("Five hundred homes lost power, a statement said.")
    [r] = x.raws
    assert r.kind == "collective"
    assert r.source is not None and r.source.text == "a statement"


def test_statement_from_a_named_author_takes_the_author_as_source(extract):
    x = extract("Exports fell sharply, a statement from the trade ministry said.")
    [r] = x.raws
    assert r.source is not None and r.source.text == "the trade ministry"
    assert x.content(r) == ["Exports fell sharply"]


def test_expected_to_is_not_a_vague_report(extract):
    x = extract("The river is expected to peak on Friday.")
    assert x.raws == []


def test_adding_participle_keeps_the_intermediary_of_its_clause(extract):
    x = extract("The bridge was closed, a city engineer told Reuters, adding that repairs would take a month.")
    [r] = x.by_cue("adding")
    assert [v.text for v in r.via] == ["Reuters"]
    assert r.source is not None and "engineer" in r.source.text


def test_sentence_opening_frame_runs_on_over_a_pronoun_sentence(extract):
    text = (
        "According to the Harbor Gazette, the park rangers found the missing hikers near the lake. "
        "They carried the hikers down to the village before dark."
    )
    x = extract(text, paragraphs(text))
    runs = x.by_source("Harbor Gazette")
    assert [x.content(r) for r in runs] == [
        ["the park rangers found the missing hikers near the lake"],
        ["They carried the hikers down to the village before dark."],
    ]
    assert {(r.kind, x.cue(r)) for r in runs} == {("according-to", "According to")}


def test_frame_does_not_run_on_over_a_sentence_with_its_own_cue_or_paragraph(extract):
    own_cue = (
        "According to the Harbor Gazette, the park rangers found the missing hikers near the lake. "
        "They said the hikers were cold but unhurt."
    )
    x = extract(own_cue, paragraphs(own_cue))
    assert [x.content(r) for r in x.by_source("Harbor Gazette")] == [
        ["the park rangers found the missing hikers near the lake"]
    ]
    new_paragraph = (
        "According to the Harbor Gazette, the park rangers found the missing hikers near the lake.\n"
        "They carried the hikers down to the village before dark."
    )
    x = extract(new_paragraph, paragraphs(new_paragraph))
    assert len(x.by_source("Harbor Gazette")) == 1
    number = (
        "According to the Harbor Gazette, the ranger found the missing hikers near the lake. "
        "They carried the hikers down to the village before dark."
    )
    x = extract(number, paragraphs(number))
    assert len(x.by_source("Harbor Gazette")) == 1


def test_accused_of_makes_the_accusation_the_content(extract):
    x = extract("The mayor accused the utility of hiding the true cost of the dam repairs.")
    [r] = x.by_cue("accused")
    assert r.source is not None and r.source.text == "The mayor"
    assert " ".join(x.content(r)) in (
        "the utility of hiding the true cost of the dam repairs",
        "the utility hiding the true cost of the dam repairs",
    )


def test_accused_with_no_charge_is_not_an_attribution(extract):
    x = extract("The mayor accused the utility.")
    assert x.by_cue("accused") == [] or all(x.content(r) == [] for r in x.by_cue("accused"))


def test_a_wire_credit_line_names_its_outlet_references_but_not_its_other_credits():
    from attribution.article import ArticleInput
    from attribution.ingest.blocks import classify_blocks
    from attribution.pipeline import extract as run_extract

    text = (
        "Floods killed 12 people in the north of the province, police said on Monday.\n\n"
        "(Reporting by Jane Doe; Additional reporting by Reuters; Editing by John Roe)\n"
    )
    x = run_extract([ArticleInput(id="t.txt", text=text, blocks=classify_blocks(text))], cache=False)
    refs = [a for a in x.articles[0].attributions if a.kind == "article-reference"]
    assert [a.source.text for a in refs if a.source] == ["Reuters"]


def test_a_credit_line_is_never_a_claim():
    from attribution.article import ArticleInput
    from attribution.ingest.blocks import classify_blocks
    from attribution.pipeline import trace

    text = (
        "Floods killed 12 people in the north, police said.\n\n"
        "(Reporting by Jane Doe in Tarvik; Editing by John Roe)\n"
    )
    report = trace([ArticleInput(id="t.txt", text=text, blocks=classify_blocks(text))], cache=False)
    assert all("Jane Doe" not in m.text for c in report.claims for m in c.mentions)


def test_a_description_then_a_name_parsed_as_two_subjects_is_one_source(extract):
    x = extract("The state weather bureau MARSA said winds were carrying the smoke north.")
    [att] = x.by_cue("said")
    assert att.source is not None and att.source.text == "The state weather bureau MARSA"


def test_a_lowercase_body_name_with_and_before_its_acronym_is_one_source(extract):
    x = extract("The regional flood control and drainage office (RFCDO) said the river had crested overnight.")
    [att] = x.by_cue("said")
    assert att.source is not None
    assert att.source.text == "The regional flood control and drainage office (RFCDO)"


def test_two_coordinated_bodies_without_an_acronym_stay_two_sources(extract):
    x = extract("The fire brigade and the coast guard said the river had crested overnight.")
    assert sorted(r.source.text for r in x.by_cue("said") if r.source) == ["The fire brigade", "the coast guard"]
