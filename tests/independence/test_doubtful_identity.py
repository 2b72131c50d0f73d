"""Identity the tool cannot be sure of keeps the cautious verdict, with a doubt in plain words: a pronoun
nothing resolved, a description a proper possessive or modifier anchors, a person whose office may be at
another origin, and a party whose own account another origin reports. Sentences written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tracing"))

from trace_helpers import Art, described, fig, mention, src, trace_claims, two_origin_articles  # noqa: E402

from attribution.models import Source  # noqa: E402

PORT = ["~close", "port", "harbour", "storm"]


def trace(arts: list[Art], sources: list[Source]):  # type: ignore[no-untyped-def]
    (claim,) = trace_claims(arts, sources)
    return claim


#: Two unrelated articles' own words (each also names an origin of the port's closure).
BODIES = (
    "The harbour port was closed before the storm on Tuesday. Another line 0 on tides and wind.",
    "Ferries stayed in dock all day. Another line 1 on tides and wind.",
)


def two_articles(first: str, second: str, **how: tuple[str, str]) -> list[Art]:
    """Two unrelated articles carrying one statement, each from one origin (see ``two_origin_articles``)."""
    statement = "the port is closed as the storm nears the harbour"
    return two_origin_articles(first, second, bodies=BODIES, statement=statement, keys=PORT, **how)


# -- unresolved_pronoun ------------------------------------------------------------------------------------


@pytest.mark.parametrize("pronoun", ["she", "he", "they"])
def test_a_pronoun_nothing_resolved_is_never_a_second_origin(pronoun: str) -> None:
    # "The port will close, Harbour Master Ines Duarte said." / "She said ships must leave by noon."
    named = described(src("ines-duarte", "Ines Duarte"), "harbour master")
    unresolved = src(f"unidentified-{pronoun}", f"unidentified ({pronoun})", "unknown")
    claim = trace(two_articles(named.id, unresolved.id, written=("Ines Duarte", pronoun)), [named, unresolved])
    assert claim.verdict == "single-origin"
    assert (
        f"unidentified ({pronoun}) is a pronoun the tool could not tie to a name: it may be Ines Duarte, "
        "so it is not counted apart" in claim.independence.doubts
    )


def test_two_named_origins_still_confirm_beside_an_unresolved_pronoun() -> None:
    one, two = src("ines-duarte", "Ines Duarte"), src("coast-guard", "Coast Guard", "government")
    unresolved = src("unidentified-she", "unidentified (she)", "unknown")
    arts = two_articles("ines-duarte", "coast-guard")
    arts[1].mentions.append(
        mention(
            "she said the port is closed as the storm nears",
            PORT,
            start=200,
            attributions=[arts[1].attribute(unresolved.id)],
        )
    )
    claim = trace(arts, [one, two, unresolved])
    assert claim.verdict == "independently-confirmed"
    assert any(d.startswith("unidentified (she) is a pronoun") for d in claim.independence.doubts)


# -- anchored_description -----------------------------------------------------------------------------------


def test_a_description_anchored_by_an_institutions_possessive_may_be_a_body_of_that_institution() -> None:
    # "..., the UN's humanitarian office said." beside "the United Nations Office for Disaster Relief"
    office = src("un-relief-office", "United Nations Office for Disaster Relief", "organization")
    desc = src("the-uns-humanitarian-office", "the UN’s humanitarian office", "unknown")
    claim = trace(two_articles(office.id, desc.id, written=("", "the UN’s humanitarian office")), [office, desc])
    assert claim.verdict == "single-origin"
    assert (
        "the UN’s humanitarian office is a description, not a name: it may be United Nations Office for "
        "Disaster Relief, so it is not counted apart" in claim.independence.doubts
    )


def test_a_description_anchored_by_a_proper_modifier_may_be_the_person_its_words_describe() -> None:
    # "the Northland harbour safety inspector" beside "Ines Duarte, harbour safety chief"
    person = described(src("ines-duarte", "Ines Duarte"), "harbour safety chief")
    desc = src("northland-harbour-safety-inspector", "Northland harbour safety inspector", "organization")
    claim = trace(two_articles(person.id, desc.id), [person, desc])
    assert claim.verdict == "single-origin"
    assert any(d.startswith("Northland harbour safety inspector is a description") for d in claim.independence.doubts)


def test_an_anchored_description_that_fits_no_other_origin_still_counts() -> None:
    company = src("tidewater", "Tidewater Shipping", "organization")
    desc = src("un-weather-agency", "UN weather agency", "organization")
    claim = trace(two_articles(company.id, desc.id), [company, desc])
    assert claim.verdict == "independently-confirmed"


def test_a_name_with_a_circumstance_after_it_is_no_anchored_description() -> None:
    # "Coast Guard commander on local radio": the tail is where he spoke, not what he is
    one = src("tidewater", "Tidewater Shipping", "organization")
    other = src("coast-guard-on-radio", "Coast Guard commander on local radio", "unknown")
    claim = trace(two_articles(one.id, other.id), [one, other])
    assert not any("is a description" in d for d in claim.independence.doubts)


# -- role_at_a_body -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "body"),
    [
        # the office is one of the body's: a commissioner sits on a commission
        ("Maritime Commissioner", "Northland Maritime Commission"),
        ("transport minister", "Ministry of Transport"),
        # the role names the institution the body belongs to (through the alias table: UN = United Nations)
        ("UN relief chief", "United Nations Office for Disaster Relief"),
    ],
)
def test_a_person_whose_role_may_be_held_at_a_body_of_the_claim_is_one_voice_with_it(role: str, body: str) -> None:
    person = described(src("ines-duarte", "Ines Duarte"), role)
    org = src("the-body", body, "government")
    claim = trace(two_articles(person.id, org.id), [person, org])
    assert claim.verdict == "single-origin"
    assert f"Ines Duarte ({role}) may hold office at {body}: one voice, not counted apart" in claim.independence.doubts


def test_a_person_whose_role_fits_no_body_of_the_claim_still_confirms() -> None:
    person = described(src("ines-duarte", "Ines Duarte"), "Maritime Commissioner")
    company = src("tidewater", "Tidewater Shipping", "organization")
    claim = trace(two_articles(person.id, company.id), [person, company])
    assert claim.verdict == "independently-confirmed"


def test_a_role_named_by_a_country_does_not_make_every_body_of_that_country_one_voice() -> None:
    # "the French transport minister" and "the French weather service" are two bodies of one state
    person = described(src("ines-duarte", "Ines Duarte"), "French transport minister")
    service = src("meteo", "French weather service", "government", "France")
    claim = trace(two_articles(person.id, service.id), [person, service])
    assert not any("may hold office" in d for d in claim.independence.doubts)


# -- reports_an_account -------------------------------------------------------------------------------------


@pytest.mark.parametrize("noun", ["explanation", "account", "version"])
def test_an_origin_reporting_another_origins_own_account_only_relays_it(noun: str) -> None:
    # "The board accepted Tidewater's explanation that the port closed before the storm."
    board = src("safety-board", "Harbour Safety Board", "government")
    company = src("tidewater", "Tidewater Shipping", "organization")
    company.aliases = ["Tidewater"]
    texts = (f"Tidewater's {noun} that the port is closed as the storm nears", "")
    claim = trace(two_articles(board.id, company.id, texts=texts), [board, company])
    assert claim.verdict == "single-origin"
    assert (
        "Harbour Safety Board reports Tidewater Shipping's own account: it relays Tidewater Shipping, "
        "so they are not counted apart" in claim.independence.doubts
    )


def test_an_origin_that_names_another_without_reporting_its_account_still_confirms() -> None:
    board = src("safety-board", "Harbour Safety Board", "government")
    company = src("tidewater", "Tidewater Shipping", "organization")
    texts = ("Tidewater Shipping ships must leave as the port is closed before the storm", "")
    claim = trace(two_articles(board.id, company.id, texts=texts), [board, company])
    assert claim.verdict == "independently-confirmed"


@pytest.mark.parametrize(
    "words",
    [
        "talks between Tidewater Shipping and the United States Maritime Board stalled as the port is closed",
        "crews of Tidewater Shipping at the International Space Station saw the port is closed before the storm",
    ],
)
def test_a_capitalised_word_of_a_name_beside_another_origin_is_no_verb_of_saying(words: str) -> None:
    # "States" and "Station" are no forms of the verb "state": the board's words name the company, but not
    # as speaking (rule capital_is_a_name)
    board = src("safety-board", "Harbour Safety Board", "government")
    company = src("tidewater", "Tidewater Shipping", "organization")
    claim = trace(two_articles(board.id, company.id, texts=(words, "")), [board, company])
    assert claim.verdict == "independently-confirmed"
    assert not any("misread speaker" in d for d in claim.independence.doubts)


@pytest.mark.parametrize(
    "words",
    [
        "Tidewater Shipping states that the port is closed before the storm",
        "the port is closed before the storm. States Tidewater Shipping in its notice",
    ],
)
def test_a_verb_of_saying_beside_another_origin_still_gives_it_as_speaking(words: str) -> None:
    board = src("safety-board", "Harbour Safety Board", "government")
    company = src("tidewater", "Tidewater Shipping", "organization")
    claim = trace(two_articles(board.id, company.id, texts=(words, "")), [board, company])
    assert claim.verdict == "single-origin"
    assert any("misread speaker" in d for d in claim.independence.doubts)


# -- one_passage_two_speakers -------------------------------------------------------------------------------


def test_one_passage_read_with_two_speakers_in_one_article_is_not_two_origins() -> None:
    # 'The mayor said the port is "closed until the storm passes."' read once as the mayor's words and once,
    # on the quoted part alone, as another speaker's
    mayor, crew = src("ines-duarte", "Ines Duarte"), src("two-dockers", "two dockers", "collective")
    arts = two_articles(mayor.id, mayor.id)
    arts[0].mentions.append(
        mention("closed until the storm passes", PORT, start=10, attributions=[arts[0].attribute(crew.id)])
    )
    arts[0].mentions[0].start, arts[0].mentions[0].end = 0, 60
    arts[0].mentions[1].end = 40
    claim = trace(arts, [mayor, crew])
    assert claim.verdict == "single-origin"
    assert (
        "Outlet A gives the same words to two dockers and to Ines Duarte: one passage, so they are not counted apart"
        in claim.independence.doubts
    )


def test_two_origins_given_one_mention_together_are_a_list_not_one_passage() -> None:
    # "The coast guard and Tidewater Shipping said the port is closed": one span, two parallel sources
    one, two = src("coast-guard", "Coast Guard", "government"), src("tidewater", "Tidewater Shipping", "organization")
    arts = two_articles(one.id, two.id)
    arts[0].mentions[0].attributions.append(arts[0].attribute(two.id))
    claim = trace(arts, [one, two])
    assert not any("one passage" in d for d in claim.independence.doubts)


# -- a lone official word opening a sentence is no name -----------------------------------------------------


def test_officials_opening_a_sentence_are_unnamed_officials() -> None:
    # "Officials said the port is closed." beside a named port authority
    officials = src("officials", "Officials", "government", "Northland")
    officials.affiliation_path = ["officials", "government-of-northland"]
    government = src("government-of-northland", "Government of Northland", "government", "Northland")
    authority = src("port-authority", "Harbour Port Authority", "government")
    claim = trace(two_articles(officials.id, authority.id), [officials, government, authority])
    assert claim.verdict == "single-origin"
    assert "Officials is not named: it may be Harbour Port Authority" in claim.independence.doubts


# -- more_than_the_event ------------------------------------------------------------------------------------


def test_two_origins_that_share_only_the_event_say_different_things_about_it() -> None:
    # "The blast happened in Northtown, the police said." / "The blast happened at night, the mayor said."
    police, mayor = src("police", "Northtown Police", "government"), src("ines-duarte", "Ines Duarte")
    arts = two_articles(police.id, mayor.id)
    arts[0].mentions[0] = mention(
        "the blast happened in Northtown", ["~blast", "happen", "#northtown"], attributions=[0]
    )
    arts[1].mentions[0] = mention("the blast happened at night", ["~blast", "happen", "night"], attributions=[0])
    claim = trace(arts, [police, mayor])
    assert claim.verdict == "single-origin"
    assert any("speak of one event but their mentions say different things" in d for d in claim.independence.doubts)


def test_two_origins_sharing_a_detail_of_the_event_still_confirm() -> None:
    police, mayor = src("police", "Northtown Police", "government"), src("ines-duarte", "Ines Duarte")
    arts = two_articles(police.id, mayor.id)
    arts[0].mentions[0] = mention(
        "the blast happened in Northtown", ["~blast", "happen", "#northtown"], attributions=[0]
    )
    arts[1].mentions[0] = mention("a blast in Northtown at night", ["~blast", "#northtown", "night"], attributions=[0])
    claim = trace(arts, [police, mayor])
    assert claim.verdict == "independently-confirmed"


def test_two_estimates_of_one_toll_confirm_although_they_share_only_the_event() -> None:
    police, mayor = src("police", "Northtown Police", "government"), src("ines-duarte", "Ines Duarte")
    arts = two_articles(police.id, mayor.id)
    arts[0].mentions[0] = mention(
        "about 40 hurt", ["~casualty", "estimate"], numbers=[fig(40, "about")], attributions=[0]
    )
    arts[1].mentions[0] = mention("42 people hurt", ["~casualty", "people"], numbers=[fig(42)], attributions=[0])
    claim = trace(arts, [police, mayor])
    assert claim.verdict == "independently-confirmed"


# -- pronoun_owned_description ------------------------------------------------------------------------------


@pytest.mark.parametrize("phrase", ["his lawyer", "her spokeswoman", "their physiotherapist"])
def test_a_description_a_pronoun_owns_is_never_a_second_origin(phrase: str) -> None:
    # "Ines Duarte said the port is closed." / "The port is closed, his lawyer said."
    named = src("ines-duarte", "Ines Duarte")
    owned = src(phrase.replace(" ", "-"), phrase, "person")
    claim = trace(two_articles(named.id, owned.id), [named, owned])
    assert claim.verdict == "single-origin"
    assert any(d.startswith(f"{phrase} is a pronoun the tool could not tie") for d in claim.independence.doubts)


# -- one person under a title or a middle initial -----------------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other", "kind"),
    [
        ("Rear Adm. Ines Duarte", "Ines T. Duarte", "person"),
        # the tagger took the titled name for a body; the other's alias stands whole inside it
        ("Rear Adm. Ines Duarte", "Ines T. Duarte", "organization"),
    ],
)
def test_one_person_under_a_title_or_a_middle_initial_is_a_doubt(one: str, other: str, kind: str) -> None:
    first = src("titled", one, kind)
    second = src("initial", other)
    second.aliases = ["Ines Duarte"]
    claim = trace(two_articles(first.id, second.id), [first, second])
    assert claim.verdict == "single-origin"


def test_two_people_of_one_surname_and_one_title_stay_two() -> None:
    first, second = src("one", "Dr. Ines Duarte"), src("two", "Dr. Paulo Duarte")
    claim = trace(two_articles(first.id, second.id), [first, second])
    assert not any("spelled two ways" in d for d in claim.independence.doubts)


# -- described_as_the_other -----------------------------------------------------------------------------------


def test_a_body_described_in_words_that_name_the_other_bodys_field_may_be_that_body() -> None:
    # "Veltra, the country's maritime regulator, said ..." beside "the Directorate of Maritime Affairs said ..."
    short = described(src("veltra", "Veltra", "government"), "the country's maritime regulator")
    long_ = src("directorate-of-maritime-affairs", "Directorate of Maritime Affairs", "government")
    claim = trace(two_articles(short.id, long_.id), [short, long_])
    assert claim.verdict == "single-origin"
    assert (
        "Veltra is described as the country's maritime regulator, words that name the field of Directorate of "
        "Maritime Affairs: they may be one body" in claim.independence.doubts
    )


@pytest.mark.parametrize(
    ("description", "other", "other_description"),
    [
        ("the country's maritime regulator", "Directorate of Rail Safety", ""),  # another field
        ("the country's maritime regulator", "Directorate of Maritime Affairs", "a pilots' union"),  # described apart
        ("the regional government", "Regional Directorate of Ports", ""),  # only generic words of a body
    ],
)
def test_a_description_that_names_no_field_of_the_other_body_leaves_two_origins(
    description: str, other: str, other_description: str
) -> None:
    short = described(src("veltra", "Veltra", "government"), description)
    long_ = src("other-body", other, "government")
    if other_description:
        long_ = described(long_, other_description)
    claim = trace(two_articles(short.id, long_.id), [short, long_])
    assert claim.verdict == "independently-confirmed", claim.independence.doubts
