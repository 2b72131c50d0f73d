"""Per-article mention candidates on parsed sentences written for these tests."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable

import pytest

from attribution.article import ArticleInput
from attribution.doc import Block, Document
from attribution.extraction.types import RawAttribution, SourceMention
from attribution.tracing import mention_candidates

Parse = Callable[[str], Document]


def _art(text: str) -> ArticleInput:
    return ArticleInput(id="t.txt", text=text, blocks=[Block(0, len(text), "body")])


def _span(text: str, part: str) -> tuple[int, int]:
    k = text.index(part)
    return k, k + len(part)


def _src(text: str, part: str) -> SourceMention:
    s, e = _span(text, part)
    return SourceMention(start_token=0, end_token=1, head=0, text=part, start=s, end=e)


def test_over_and_more_than_are_one_qualifier(parse: Parse) -> None:
    text = "Over 3000 soldiers were killed near the river. More than 3,000 troops died there."
    cands = mention_candidates(parse(text), [], _art(text))
    figs = [(n.value, n.qualifier, n.noun) for m in cands.mentions for n in m.numbers]
    assert figs == [(3000.0, "more than", "troop"), (3000.0, "more than", "troop")]


def test_dates_and_years_are_not_figures(parse: Parse) -> None:
    text = "On Dec. 23, 2024, the army said 40 tanks crossed the border."
    cands = mention_candidates(parse(text), [], _art(text))
    assert [n.value for m in cands.mentions for n in m.numbers] == [40.0]


def test_reduced_relative_is_not_the_main_event(parse: Parse) -> None:
    text = "The fighter captured on Monday died of his wounds in hospital."
    (m,) = mention_candidates(parse(text), [], _art(text)).mentions
    assert m.main_predicates == ["die"]
    assert "capture" in m.predicates


def test_not_in_gives_a_denied_place(parse: Parse) -> None:
    text = "The spokesman said the pilot was captured in Georgia and not in Armenia."
    (m,) = mention_candidates(parse(text), [], _art(text)).mentions
    assert ("georgia", True) in m.places
    assert ("armenia", False) in m.places


def test_unknown_location_is_a_place_value(parse: Parse) -> None:
    text = "The army captured the pilot, adding that the location where he was taken was not known."
    (m,) = mention_candidates(parse(text), [], _art(text)).mentions
    assert ("?", True) in m.places


def test_coordinated_sources_become_one_mention(parse: Parse) -> None:
    text = "About 500 engineers were sent to the port, according to French and German officials."
    cue = _span(text, "according to")
    content = [_span(text, "About 500 engineers were sent to the port")]
    raws = [
        RawAttribution("according-to", _src(text, "French"), cue, content, 0),
        RawAttribution("according-to", _src(text, "German officials"), cue, content, 0),
    ]
    (m,) = mention_candidates(parse(text), raws, _art(text)).mentions
    assert m.attributions == [0, 1]
    assert m.main_predicates == ["deploy"]
    assert m.text == "About 500 engineers were sent to the port"


def test_outer_relation_carrying_only_an_inner_one_is_not_a_mention(parse: Parse) -> None:
    text = "According to Reuters, the ministry said that the bridge was bombed overnight."
    raws = [
        RawAttribution(
            "according-to",
            _src(text, "Reuters"),
            _span(text, "According to"),
            [_span(text, "the ministry said that the bridge was bombed overnight")],
            0,
        ),
        RawAttribution(
            "reported-speech",
            _src(text, "the ministry"),
            _span(text, "said"),
            [_span(text, "the bridge was bombed overnight")],
            0,
            parent=0,
        ),
    ]
    (m,) = mention_candidates(parse(text), raws, _art(text)).mentions
    assert m.attributions == [1]


def test_article_reference_is_not_a_mention(parse: Parse) -> None:
    text = "(This article drew references from Reuters and the BBC)"
    raws = [RawAttribution("article-reference", _src(text, "Reuters"), _span(text, "drew references from"), [], 0)]
    assert mention_candidates(parse(text), raws, _art(text)).mentions == []


def test_questions_appeals_and_empty_sentences_are_not_mentions(parse: Parse) -> None:
    text = (
        "Will the talks in Geneva resume next month? Please support our reporting today. It was a long day. "
        "The Swiss government hosted 12 delegations in Geneva."
    )
    ms = mention_candidates(parse(text), [], _art(text)).mentions
    assert [m.text for m in ms] == ["The Swiss government hosted 12 delegations in Geneva."]


def test_hedges_and_platforms_are_recorded(parse: Parse) -> None:
    text = "The governor reportedly resigned, according to a post on X by his deputy."
    raws = [
        RawAttribution(
            "according-to",
            _src(text, "a post on X by his deputy"),
            _span(text, "according to"),
            [_span(text, "The governor reportedly resigned")],
            0,
        ),
    ]
    (m,) = mention_candidates(parse(text), raws, _art(text)).mentions
    assert m.hedges == ["reportedly"]
    assert m.social == "X"


def test_boilerplate_blocks_give_no_mentions(parse: Parse) -> None:
    text = "The navy seized 3 ships in the strait."
    art = ArticleInput(id="t.txt", text=text, blocks=[Block(0, len(text), "boilerplate")])
    doc = parse(text)
    doc.blocks = [Block(0, len(text), "boilerplate")]
    for s in doc.sentences:
        s.block = 0
    assert mention_candidates(doc, [], art).mentions == []


def test_fingerprint_does_not_depend_on_the_hash_seed() -> None:
    code = (
        "from attribution.tracing.fingerprint import minhash, shingle_hashes, words;"
        "print(minhash(shingle_hashes(words('one two three four five six seven eight nine ten'))))"
    )
    outs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        outs.add(
            subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
        )
    assert len(outs) == 1


def test_infinitive_or_gerund_subject_event_is_generic(parse: Parse) -> None:
    text = (
        "It is wiser to capture enemy pilots alive. Capturing pilots could help the army. The army captured two pilots."
    )
    ms = mention_candidates(parse(text), [], _art(text)).mentions
    generic = [m.text for m in ms if "<generic>" in m.markers]
    assert "The army captured two pilots." not in generic
    assert generic and all("captured" not in g for g in generic)


def test_rank_word_in_the_subject_does_not_frame_the_claim(parse: Parse) -> None:
    text = "The first pilot captured by the rebels has died of his wounds. He would be the first to be captured."
    ms = mention_candidates(parse(text), [], _art(text)).mentions
    died = next(m for m in ms if "died" in m.text)
    framed = next(m for m in ms if "would be" in m.text)
    assert "first" not in died.markers
    assert "first" in framed.markers


def test_rank_word_of_a_clause_date_does_not_frame_the_claim(parse: Parse) -> None:
    text = (
        "The ferry company carried more passengers than any rival last year. "
        "Harbour officials said the ferry sank last night near the pier. "
        "Harbour officials said the Aurora was the last ship to leave the harbour. "
        "It follows a string of ferry accidents, including a sinking near Oslo last year that closed the port."
    )
    ms = mention_candidates(parse(text), [], _art(text)).mentions
    year = next(m for m in ms if "rival last year" in m.text)
    night = next(m for m in ms if "last night" in m.text)
    framed = next(m for m in ms if "last ship" in m.text)
    other_time = next(m for m in ms if "Oslo last year" in m.text)
    assert "last" not in year.markers
    assert "last" not in night.markers
    assert "last" in framed.markers
    assert "last" in other_time.markers  # the date sets that sinking apart from the story's event


def test_focus_only_is_not_a_framing_marker(parse: Parse) -> None:
    text = "The army put the losses at 1,100, of which only 100 were confirmed kills."
    (m,) = mention_candidates(parse(text), [], _art(text)).mentions
    assert "only" not in m.markers


def test_contact_relative_clause_takes_the_figure_before_the_source(parse: Parse) -> None:
    text = "The ministry never mentions the 2,000 engineers diplomats say it has sent to assist the army."
    src = _src(text, "diplomats")
    raw = RawAttribution(
        kind="reported-speech",
        source=src,
        cue=_span(text, "say"),
        content=[_span(text, "it has sent to assist the army")],
        sentence=0,
    )
    doc = parse(text)
    k = next(t.i for t in doc.tokens if t.text == "diplomats")
    raw.source = SourceMention(start_token=k, end_token=k + 1, head=k, text="diplomats", start=src.start, end=src.end)
    (m,) = [m for m in mention_candidates(doc, [raw], _art(text)).mentions if m.attributions]
    assert [n.value for n in m.numbers] == [2000.0]
    assert m.text.startswith("the 2,000 engineers diplomats say")


def test_a_confirmation_frame_takes_the_proposition_it_confirms(parse: Parse) -> None:
    text = (
        "Confirming reports that a pilot had been captured, the ministry said it had obtained the "
        "confirmation from allies."
    )
    doc = parse(text)
    k = next(t.i for t in doc.tokens if t.text == "ministry")
    s0, e0 = _span(text, "the ministry")
    src = SourceMention(start_token=k - 1, end_token=k + 1, head=k, text="the ministry", start=s0, end=e0)
    raws = [
        RawAttribution(
            kind="reported-speech",
            source=src,
            cue=_span(text, "Confirming"),
            content=[_span(text, "a pilot had been captured")],
            sentence=0,
        ),
        RawAttribution(
            kind="reported-speech",
            source=src,
            cue=_span(text, "said"),
            content=[_span(text, "it had obtained the confirmation from allies")],
            sentence=0,
        ),
    ]
    ms = mention_candidates(doc, raws, _art(text)).mentions
    frame = next(m for m in ms if "confirmation" in m.text)
    assert frame.main_predicates == ["capture"]


def test_an_open_question_is_not_a_claim(parse: Parse) -> None:
    text = "There is great interest in whether the captured pilot will be questioned by Georgia."
    assert mention_candidates(parse(text), [], _art(text)).mentions == []


def test_pronoun_subject_is_not_a_fluent_statement(parse: Parse) -> None:
    text = "They have been issued with fake identity papers. Rebel fighters carry fake identity papers."
    ms = mention_candidates(parse(text), [], _art(text)).mentions
    assert [m.fluent for m in ms] == [False, True]


def test_pronoun_subject_sentence_continues_the_previous_account(parse: Parse) -> None:
    text = "The rebels captured a pilot near the border, the ministry said. They released photos of the captured pilot."
    doc = parse(text)
    k = next(t.i for t in doc.tokens if t.text == "ministry")
    s0, e0 = _span(text, "the ministry")
    raw = RawAttribution(
        kind="reported-speech",
        source=SourceMention(start_token=k - 1, end_token=k + 1, head=k, text="the ministry", start=s0, end=e0),
        cue=_span(text, "said"),
        content=[_span(text, "The rebels captured a pilot near the border")],
        sentence=0,
    )
    ms = mention_candidates(doc, [raw], _art(text)).mentions
    photos = next(m for m in ms if "photos" in m.text)
    assert photos.attributions == [0]


def test_each_sentence_of_a_long_quote_is_its_own_mention(parse: Parse) -> None:
    text = (
        "“They hid the convoy at night. Now the rebels are shelling the dam near Tarvik,” "
        "the governor said in a post on X."
    )
    content = [_span(text, "“They hid the convoy at night. Now the rebels are shelling the dam near Tarvik,”")]
    raws = [RawAttribution("direct-quote", _src(text, "the governor"), _span(text, "said"), content, 1, direct=True)]
    ms = mention_candidates(parse(text), raws, _art(text)).mentions
    assert [m.text for m in ms] == [
        "“They hid the convoy at night.",
        "Now the rebels are shelling the dam near Tarvik,”",
    ]
    assert all(m.attributions == [0] and m.direct and m.social == "X" for m in ms)
    assert ms[1].main_predicates == ["attack"]


def test_a_finite_attempt_reports_the_event_but_a_reason_for_it_does_not(parse: Parse) -> None:
    text = (
        "The rebels are trying to destroy the bridge near Tarvik. "
        "There is no reason for the rebels to attack and destroy the bridge near Tarvik."
    )
    ms = mention_candidates(parse(text), [], _art(text)).mentions
    trying = next(m for m in ms if "trying" in m.text)
    reason = next(m for m in ms if "reason" in m.text)
    assert "<generic>" not in trying.markers
    assert "<generic>" in reason.markers


def test_a_rank_word_in_a_time_phrase_does_not_frame_the_claim(parse: Parse) -> None:
    text = "After the first clashes near Tarvik, the rebels shelled the dam."
    (m,) = mention_candidates(parse(text), [], _art(text)).mentions
    assert "first" not in m.markers


def test_side_clauses_and_causes_are_marked_and_degree_words_are_one_key(parse: Parse) -> None:
    text = "Rebel fighters operating in mountain units have suffered severe losses due to drone strikes."
    (m,) = mention_candidates(parse(text), [], _art(text)).mentions
    assert "heavy" in m.lemmas and "severe" not in m.lemmas
    assert {"operate", "mountain", "drone"} <= set(m.side)
    assert "heavy" not in m.side and "~casualty" not in m.side


def test_the_first_of_many_is_a_series_not_a_rank(parse: Parse) -> None:
    text = "He said the capture of the pilot was the first of many. The army captured the first pilot."
    ms = mention_candidates(parse(text), [], _art(text)).mentions
    series = next(m for m in ms if "many" in m.text)
    assert "<series>" in series.markers and "first" not in series.markers


def test_a_quote_sentence_with_no_event_or_figure_is_comment_not_a_mention(parse: Parse) -> None:
    text = "“This is a disgrace to everyone in Tarvik. The rebels shelled the dam,” the governor said."
    content = [_span(text, "“This is a disgrace to everyone in Tarvik. The rebels shelled the dam,”")]
    raws = [RawAttribution("direct-quote", _src(text, "the governor"), _span(text, "said"), content, 1, direct=True)]
    (m,) = mention_candidates(parse(text), raws, _art(text)).mentions
    assert m.text == "The rebels shelled the dam,”"


def test_recovered_bodies_count_people_and_missing_is_its_own_event(parse: Parse) -> None:
    text = "Rescuers recovered 31 bodies from the river. About 60 people were still missing near Tarvik."
    bodies, missing = mention_candidates(parse(text), [], _art(text)).mentions
    assert [(x.value, x.noun) for x in bodies.numbers] == [(31.0, "person")]
    assert missing.main_predicates == ["missing"]


def test_a_relation_nested_in_a_direct_quote_quotes_its_source(parse: Parse) -> None:
    text = '"It has been confirmed through a partner agency that the bridge was bombed," the ministry said.'
    inner = [_span(text, "the bridge was bombed")]
    outer = [_span(text, '"It has been confirmed through a partner agency that the bridge was bombed,"')]
    raws = [
        RawAttribution("direct-quote", _src(text, "the ministry"), _span(text, "said"), outer, 0, direct=True),
        RawAttribution("through", _src(text, "a partner agency"), _span(text, "through"), inner, 0, parent=0),
    ]
    ms = mention_candidates(parse(text), raws, _art(text)).mentions
    bombed = next(m for m in ms if m.attributions == [1])
    assert bombed.direct


def test_contact_relative_clause_without_a_subject_takes_the_figure_before_the_source(parse: Parse) -> None:
    text = "Divers searched for about 60 people the coastguard says are still missing after the ferry sank."
    doc = parse(text)
    s, e = _span(text, "the coastguard")
    first = next(t.i for t in doc.tokens if t.start == s)
    source = SourceMention(
        start_token=first, end_token=first + 2, head=first + 1, text="the coastguard", start=s, end=e
    )
    content = [_span(text, "are still missing after the ferry sank")]
    raws = [RawAttribution("reported-speech", source, _span(text, "says"), content, 0)]
    ms = mention_candidates(doc, raws, _art(text)).mentions
    m = next(x for x in ms if x.attributions == [0])
    assert m.text.startswith("about 60 people") and [x.value for x in m.numbers] == [60.0]


def test_whoever_clause_is_not_the_main_event(parse: Parse) -> None:
    text = "Whoever approved the permit and whoever built the bridge will answer for these deaths."
    (m,) = mention_candidates(parse(text), [], _art(text)).mentions
    assert "permit" not in m.main_predicates
    assert "~permit" in m.side


def test_a_figure_in_a_non_restrictive_relative_clause_is_background(parse: Parse) -> None:
    text = "The mayor said the bridge, which collapsed on Monday killing 12 people, had never been approved."
    raws = [
        RawAttribution(
            "reported-speech",
            _src(text, "The mayor"),
            _span(text, "said"),
            [_span(text, "the bridge, which collapsed on Monday killing 12 people, had never been approved")],
            0,
        )
    ]
    (m,) = mention_candidates(parse(text), raws, _art(text)).mentions
    assert m.numbers == []


def test_denied_events_share_a_key_that_assertions_do_not_have(parse: Parse) -> None:
    text = (
        "The bridge was built without approval. Nobody ever signed off on the bridge. "
        "The agency had no record of the bridge ever being licensed. The council approved the bridge."
    )
    without, nobody, no_record, approved = mention_candidates(parse(text), [], _art(text)).mentions
    for m in (without, nobody, no_record):
        assert "~permit!no" in m.lemmas, m.text
    assert "~permit" in approved.lemmas and "~permit!no" not in approved.lemmas


def test_a_record_as_a_register_does_not_frame_the_claim(parse: Parse) -> None:
    text = "The agency had no record of the bridge being licensed. A record 40 people died in the floods."
    register, rank = mention_candidates(parse(text), [], _art(text)).mentions
    assert "record" not in register.markers
    assert "record" in rank.markers


def test_declining_to_comment_is_not_a_claim(parse: Parse) -> None:
    text = (
        "The port authority spokesman declined to comment on the ransom demand. "
        "The company did not respond to a request for comment. The ferry sank near Tarvik on Monday."
    )
    ms = mention_candidates(parse(text), [], _art(text)).mentions
    assert [m.text for m in ms] == ["The ferry sank near Tarvik on Monday."]


def test_found_no_indication_and_found_no_evidence_share_their_words(parse: Parse) -> None:
    text = "The firm found no indication that its servers were breached. The firm found no evidence of a hack."
    a, b = mention_candidates(parse(text), [], _art(text)).mentions
    assert {"evidence", "~breach"} <= set(a.lemmas) & set(b.lemmas)


def test_an_event_only_in_a_time_clause_is_not_the_main_event(parse: Parse) -> None:
    text = "The intruders had been inside the network for weeks before they struck."
    (m,) = mention_candidates(parse(text), [], _art(text)).mentions
    assert "attack" not in m.main_predicates


def test_the_day_of_the_main_event_is_recorded_but_not_a_side_clause_day(parse: Parse) -> None:
    text = "The bridge, which opened on Friday, was bombed near Tarvik on Sunday, March 9."
    (m,) = mention_candidates(parse(text), [], _art(text)).mentions
    assert m.dates == ["date:3-9", "weekday:sunday"]  # not the Friday of the relative clause


def test_judging_or_urging_something_is_not_reporting_it(parse: Parse) -> None:
    text = 'The mayor called the attack "cowardly". The agency urged hospitals to check their systems.'
    judged = [_span(text, 'the attack "cowardly"')]
    urged = [_span(text, "hospitals to check their systems")]
    raws = [
        RawAttribution("reported-speech", _src(text, "The mayor"), _span(text, "called"), judged, 0),
        RawAttribution("reported-speech", _src(text, "The agency"), _span(text, "urged"), urged, 1),
    ]
    a, b = mention_candidates(parse(text), raws, _art(text)).mentions
    assert "<evaluation>" in a.markers
    assert "<directive>" in b.markers


def test_investigating_and_an_investigation_are_one_event_and_hackers_are_attackers(parse: Parse) -> None:
    text = "Police are investigating the hack at the port. Detectives are leading the investigation into the attackers."
    a, b = mention_candidates(parse(text), [], _art(text)).mentions
    assert "~investigate" in a.lemmas and "~investigate" in b.lemmas


def test_a_cause_that_explains_something_is_the_statement_and_the_explained_is_a_side_part(parse: Parse) -> None:
    text = (
        "The high death toll could be down to repeated attacks on the shelters. "
        "The blackout was caused by a breach of the grid operator's network. "
        "The losses stemmed from an attack on the depot."
    )
    down_to, caused_by, stemmed = mention_candidates(parse(text), [], _art(text)).mentions
    assert down_to.main_predicates == ["attack"]
    assert {"~casualty", "high"} <= set(down_to.side)
    assert caused_by.main_predicates == ["breach"] and "blackout" in caused_by.side
    assert stemmed.main_predicates == ["attack"] and "~casualty" in stemmed.side


def test_not_familiar_states_inexperience_rather_than_denying_it(parse: Parse) -> None:
    text = "The conscripts were not familiar with the mountain terrain."
    (m,) = mention_candidates(parse(text), [], _art(text)).mentions
    assert "~inexperience" in m.lemmas and "~inexperience!no" not in m.lemmas


def test_coordinated_independent_clauses_are_two_mentions(parse: Parse) -> None:
    text = "The carmaker recalled 52,000 vans last week, and at least nine drivers were injured in crashes."
    recall, injured = mention_candidates(parse(text), [], _art(text)).mentions
    assert recall.text == "The carmaker recalled 52,000 vans last week"
    assert injured.text == "at least nine drivers were injured in crashes"
    assert injured.main_predicates == ["casualty"] and [x.value for x in recall.numbers] == [52000.0]


def test_an_attributed_sentence_with_two_clauses_gives_two_mentions_of_one_attribution(parse: Parse) -> None:
    text = "Police said 30 homes were flooded and two residents were killed."
    doc = parse(text)
    raw = RawAttribution(
        kind="verb",
        sentence=0,
        source=_src(text, "Police"),
        cue=_span(text, "said"),
        content=[_span(text, "30 homes were flooded and two residents were killed")],
    )
    flooded, killed = mention_candidates(doc, [raw], _art(text)).mentions
    assert flooded.attributions == killed.attributions == [0]
    assert killed.text == "two residents were killed" and "~casualty" not in flooded.lemmas


def test_a_conjunct_sharing_the_subject_stays_in_one_mention(parse: Parse) -> None:
    text = "The recruits were not familiar with the terrain and kept using outdated maps near Tarvik."
    (m,) = mention_candidates(parse(text), [], _art(text)).mentions
    assert m.text == text


def test_injuries_and_people_hurt_count_people_and_deadly_is_fatal(parse: Parse) -> None:
    text = "The company knows of 12 injuries. At least 14 people were hurt in a deadly crash near Tarvik."
    injuries, hurt = mention_candidates(parse(text), [], _art(text)).mentions
    assert [x.noun for x in injuries.numbers] == ["person"] and [x.noun for x in hurt.numbers] == ["person"]
    assert "~casualty" in injuries.lemmas and "~casualty" in hurt.lemmas and "fatal" in hurt.lemmas


def test_examining_a_crash_is_investigating_it(parse: Parse) -> None:
    text = "Federal regulators are examining a fatal crash near Tarvik."
    (m,) = mention_candidates(parse(text), [], _art(text)).mentions
    assert m.main_predicates == ["investigate"]


def test_result_participles_after_a_comma_are_mentions_of_their_own(parse: Parse) -> None:
    text = "A fuel depot exploded near Tarvik on Monday, killing four guards and forcing 900 people to flee."
    fire, killed, forced = mention_candidates(parse(text), [], _art(text)).mentions
    assert fire.text == "A fuel depot exploded near Tarvik on Monday"
    assert killed.text == "killing four guards" and killed.main_predicates == ["casualty"]
    assert forced.text == "forcing 900 people to flee" and [x.value for x in forced.numbers] == [900.0]


def test_a_plain_factual_sentence_of_the_story_is_a_mention(parse: Parse) -> None:
    text = "The plant failed a safety inspection in March. Classes were suspended until Thursday."
    inspection, classes = mention_candidates(parse(text), [], _art(text)).mentions
    assert inspection.text.startswith("The plant failed") and classes.text.startswith("Classes were suspended")


def test_figures_glued_to_their_scale_or_after_a_currency_sign_are_read_with_their_currency(parse: Parse) -> None:
    text = "The gang demanded a €3.7million ransom and $4m in bitcoin. The wall near Tarvik was 5m high."
    ransom, wall = mention_candidates(parse(text), [], _art(text)).mentions
    assert sorted((x.value, x.noun) for x in ransom.numbers) == [(3_700_000.0, "eur"), (4_000_000.0, "usd")]
    assert [x.value for x in wall.numbers] == [5.0]  # metres, not millions


@pytest.mark.parametrize("sign", ["Rs", "₹"])
def test_a_sum_in_rupees_counts_its_currency_not_the_people_it_is_paid_to(parse: Parse, sign: str) -> None:
    text = f"The state will pay {sign} 50,000 each to the 120 injured."
    (paid,) = mention_candidates(parse(text), [], _art(text)).mentions
    assert sorted((x.value, x.noun) for x in paid.numbers)[-1] == (50_000.0, "inr")


def test_a_figure_of_the_core_makes_side_clause_figures_background(parse: Parse) -> None:
    text = "The gang demanded a ransom of 400 bitcoins after forcing the clinic to cancel 1,000 operations."
    (m,) = mention_candidates(parse(text), [], _art(text)).mentions
    assert [x.value for x in m.numbers] == [400.0]


def test_a_clause_with_its_own_subject_after_comma_and_is_cut_even_when_parsed_low(parse: Parse) -> None:
    # the small model hangs "hurt" under "stop" (the reason clause), not under the main verb
    text = (
        "Tarvik Rail is withdrawing nearly 400 of its carriages because the doors can suddenly stop closing, "
        "and more than a dozen passengers have been hurt."
    )
    withdrawing, hurt = mention_candidates(parse(text), [], _art(text)).mentions
    assert withdrawing.text.endswith("stop closing") and hurt.text.startswith("more than a dozen passengers")


def test_an_event_that_only_dates_the_statement_is_neither_its_event_nor_its_core(parse: Parse) -> None:
    text = "Plant workers had flagged a faulty valve on the tank weeks before the blast."
    (m,) = mention_candidates(parse(text), [], _art(text)).mentions
    assert m.main_predicates == [] and "~explode" in m.side


def test_the_blast_the_deaths_and_the_flight_are_three_events(parse: Parse) -> None:
    text = (
        "A tank exploded at the depot near Tarvik on Monday. Nine workers were killed when the tank blew apart. "
        "About 3,000 residents were evacuated."
    )
    blast, deaths, evacuated = mention_candidates(parse(text), [], _art(text)).mentions
    assert (blast.main_predicates, deaths.main_predicates) == (["explode"], ["casualty"])
    assert evacuated.main_predicates == ["evacuate"]


def test_being_forced_to_flee_reports_the_flight(parse: Parse) -> None:
    text = "The fire spread through the district near Tarvik, forcing about 3,000 residents to flee the smoke."
    _fire, forced = mention_candidates(parse(text), [], _art(text)).mentions
    assert forced.main_predicates == ["evacuate"] and "<generic>" not in forced.markers


def test_the_day_of_a_main_verb_no_event_class_names_is_recorded(parse: Parse) -> None:
    text = "The council awarded the bridge contract on 3 March."
    (m,) = mention_candidates(parse(text), [], _art(text)).mentions
    assert m.main_predicates == [] and m.dates == ["date:3-3"]


def test_an_unanswered_call_and_a_bare_retort_are_not_claims(parse: Parse) -> None:
    text = (
        "The contractor's owner did not respond to emails and phone calls. Of course he does. "
        "The council awarded the contract in March."
    )
    (m,) = mention_candidates(parse(text), [], _art(text)).mentions
    assert m.text.startswith("The council awarded")


def test_having_done_nothing_wrong_denies_wrongdoing(parse: Parse) -> None:
    text = "The mayor has done nothing wrong in Tarvik. The mayor denied any wrongdoing in Tarvik."
    innocent, denied = mention_candidates(parse(text), [], _art(text)).mentions
    assert innocent.main_predicates == ["deny"] and "~deny" in denied.lemmas and "wrong" in denied.lemmas


def test_the_outlet_speaking_of_itself_is_not_a_claim(parse: Parse) -> None:
    text = "The Harbour Ledger will continue to investigate the contract. Police will investigate the contract."
    art = ArticleInput(id="t.txt", text=text, blocks=[Block(0, len(text), "body")], outlet="The Harbour Ledger")
    (m,) = mention_candidates(parse(text), [], art).mentions
    assert m.text.startswith("Police")


def test_stepping_down_is_resigning(parse: Parse) -> None:
    text = "The port chief in Tarvik has no intention of stepping down. The port chief in Tarvik will not resign."
    down, resign = mention_candidates(parse(text), [], _art(text)).mentions
    assert "~resign" in down.lemmas and "~resign" in resign.lemmas


def test_an_action_noun_and_its_verb_share_a_key(parse: Parse) -> None:
    text = "The vaccination campaign in Tarvik starts on Monday. Nurses will begin vaccinating residents of Tarvik."
    campaign, begin = mention_candidates(parse(text), [], _art(text)).mentions
    assert "vaccinate" in campaign.lemmas and "vaccinate" in begin.lemmas


def test_beside_a_reported_event_a_quote_sentence_stating_an_act_is_a_mention_but_a_judgement_or_a_short_one_is_not(
    parse: Parse,
) -> None:
    text = (
        "“The rebels shelled the dam near Tarvik. Villages below the dam were not flooded by the water. "
        "This is a disgrace. The army sat on this for days,” the governor said."
    )
    content = [_span(text, text[: text.index(" the governor")])]
    raws = [RawAttribution("direct-quote", _src(text, "the governor"), _span(text, "said"), content, 1, direct=True)]
    ms = mention_candidates(parse(text), raws, _art(text)).mentions
    assert [m.text for m in ms] == [
        "“The rebels shelled the dam near Tarvik.",
        "Villages below the dam were not flooded by the water.",
    ]
    assert all(m.attributions == [0] for m in ms)


def test_a_quote_of_sentences_none_of_which_reports_an_event_stays_one_mention(parse: Parse) -> None:
    text = (
        "“Doctors managed to stabilise his condition overnight. They will decide on further steps today,” "
        "the minister said."
    )
    content = [_span(text, text[: text.index(" the minister")])]
    raws = [RawAttribution("direct-quote", _src(text, "the minister"), _span(text, "said"), content, 1, direct=True)]
    (m,) = mention_candidates(parse(text), raws, _art(text)).mentions
    assert m.text.startswith("“Doctors managed") and m.text.rstrip().endswith("today,”")


@pytest.mark.parametrize(
    ("text", "inexperience"),
    [
        ("Thousands of customers experienced outages across the region on Tuesday.", False),
        ("The operator said its network did not experience an outage on Tuesday.", False),
        ("The pilots had little experience of landing in fog at the airport.", True),
        ("The pilots were not familiar with the airport's approach.", True),
    ],
)
def test_the_verb_experience_undergoes_something_and_states_no_inexperience(
    parse: Parse, text: str, inexperience: bool
) -> None:
    ms = mention_candidates(parse(text), [], _art(text)).mentions
    assert any("inexperience" in m.predicates for m in ms) is inexperience


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The council's rate rise is the largest since the spring of 2009.", True),
        ("For farmers in the valley, the new canal is a lifeline.", True),
        ("It is also the largest rise since the spring of 2009.", False),  # a pronoun subject: no named thing
        ("This is a disgrace.", False),  # too few words to check
    ],
)
def test_a_copular_sentence_about_a_named_thing_is_a_story_mention(parse: Parse, text: str, mention: bool) -> None:
    ms = mention_candidates(parse(text), [], _art(text)).mentions
    assert bool(ms) is mention
