"""Single-quoted (British style) direct quotes, apostrophes that are not quote marks, a quote handed
over with a comma to the frame after it, and the scope of "claimed responsibility for", on sentences
written for the test."""

from __future__ import annotations

from extract_helpers import paragraphs


def test_a_single_quoted_quote_after_a_colon_is_direct_and_whole(extract):
    text = "A porter told the Gazette: 'It's bedlam. We've sent 200 patients home and nobody knows why.'"
    x = extract(text, paragraphs(text))
    [told] = x.raws
    assert told.direct and told.source is not None and told.source.text == "A porter"
    assert x.content(told) == ["It's bedlam. We've sent 200 patients home and nobody knows why."]


def test_a_single_quote_left_open_continues_into_the_next_quote_paragraph(extract):
    text = (
        "A porter told the Gazette: 'It's bedlam. We've sent 200 patients home.\n"
        "\n"
        "'Some of us haven't slept since Friday.'"
    )
    x = extract(text, paragraphs(text))
    [told] = x.raws
    assert told.direct
    assert x.content(told) == ["It's bedlam. We've sent 200 patients home.", "Some of us haven't slept since Friday."]


def test_single_curly_quotes_split_by_the_frame_are_one_quote(extract):
    x = extract("‘We are ready,’ the coach said. ‘The players’ spirits are high.’")
    quotes = [r for r in x.raws if r.direct]
    assert [x.content(r) for r in quotes] == [["We are ready"], ["The players’ spirits are high."]]
    assert all(r.source is not None and r.source.text == "the coach" for r in quotes)


def test_apostrophes_elisions_and_plural_possessives_are_not_quote_marks(extract):
    x = extract("The band's fans, who grew up on rock 'n' roll in the '70s, cheered, the organisers' spokesman said.")
    assert x.notes == []
    [said] = x.raws
    assert not said.direct
    assert x.content(said) == ["The band's fans, who grew up on rock 'n' roll in the '70s, cheered"]


def test_a_plural_possessive_inside_a_single_quote_does_not_close_it(extract):
    x = extract("'The nurses' pay is far too low,' the union leader said.")
    [said] = x.raws
    assert said.direct and x.content(said) == ["The nurses' pay is far too low"]


def test_a_quote_handed_over_by_a_comma_is_the_content_of_the_frame_after_it(extract):
    x = extract('The mayor called the vandalism "reckless" in a post on X. "Those who did this hurt us all," she said.')
    [wrote] = x.by_cue("said")
    assert wrote.direct and x.content(wrote) == ["Those who did this hurt us all"]
    [called] = x.by_cue("called")
    assert called.parent is None


def test_claimed_responsibility_for_an_event_leaves_its_description_to_the_outer_source(extract):
    x = extract(
        "A militant group claimed responsibility for a bombing that damaged the pipeline and is threatening"
        " more attacks, according to Redline Analytics."
    )
    [claimed] = x.by_cue("claimed")
    assert x.content(claimed) == ["responsibility for a bombing"]
    [according] = x.by_cue("according to")
    assert according.source is not None and according.source.text == "Redline Analytics"
    assert claimed.parent == x.raws.index(according)
    assert x.content(according)[0].endswith("is threatening more attacks")


def test_a_partial_quote_closing_the_clause_before_the_frame_stays_partial(extract):
    x = extract('The rebels were "using the villages as shields," a spokesman for the army said.')
    [said] = x.raws
    assert not said.direct
    assert x.content(said) == ['The rebels were "using the villages as shields,"']
