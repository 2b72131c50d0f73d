"""What is said or thought of a subject the act is done to or seen in ("The fund is expected to grow", "The ferry
seemed to recover") is the subject and its complement together: the ``content-subject`` boundary step opens such an
attribution's content with that subject, as PolNeAR marks it (one content of two fragments around the cue). It leaves
alone an expletive "it", the one a question or news is put to ("was asked whether"), a subject that does a second
verb of the cue ("seemed to mock"), and an attribution that has a source."""

from __future__ import annotations

import pytest

from attribution.extraction.boundaries import conform
from attribution.extraction.types import RawAttribution, SourceMention


def _raw(text: str, cue: str, content: str, source: str | None = None) -> RawAttribution:
    i, j = text.index(cue), text.index(content)
    src = None
    if source is not None:
        k = text.index(source)
        src = SourceMention(0, 1, 0, source, k, k + len(source))
    raw = RawAttribution(
        kind="reported-speech", source=src, cue=(i, i + len(cue)), content=[(j, j + len(content))], sentence=0
    )
    raw.by = "model"
    return raw


@pytest.mark.parametrize(
    ("text", "cue", "content", "subject"),
    [
        (
            "The harbour fund is expected to reach its target by spring.",
            "is expected",
            "to reach its target by spring",
            "The harbour fund",
        ),
        (
            "The ferry service seemed to recover after the storm.",
            "seemed",
            "to recover after the storm",
            "The ferry service",
        ),
        (
            "Two of the councillors were ordered to repay the grant.",
            "were ordered",
            "to repay the grant",
            "Two of the councillors",
        ),
        ("The new pier appears ready for the summer crowds.", "appears", "ready for the summer crowds", "The new pier"),
    ],
)
def test_the_subject_an_act_is_done_to_opens_the_content(extract, text, cue, content, subject) -> None:
    x = extract(text)
    raw = _raw(text, cue, content)
    conform(x.doc, [raw], ("content-subject",))
    assert x.content(raw) == [subject, content]
    assert raw.bounds == ["content-subject"]


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        # an expletive subject carries nothing said of it
        ("It seems likely that the pier will reopen in May.", "seems", "likely that the pier will reopen in May", None),
        # the one a question is put to is its addressee, not part of what is asked
        ("The mayor was asked whether the pier would reopen.", "was asked", "whether the pier would reopen", None),
        ("The council was told that the grant had run out.", "was told", "that the grant had run out", None),
        # the subject does the cue's second verb: its speaker, not its content
        ("The mayor seemed to mock the ferry plan.", "seemed to mock", "the ferry plan", None),
        # an attribution with a source keeps its content as it is
        (
            "The harbour fund is expected by the treasurer to reach its target.",
            "is expected",
            "to reach its target",
            "the treasurer",
        ),
    ],
)
def test_a_subject_that_is_no_part_of_what_is_said_stays_out(extract, text, cue, content, source) -> None:
    x = extract(text)
    raw = _raw(text, cue, content, source)
    conform(x.doc, [raw], ("content-subject",))
    assert x.content(raw) == [content]
    assert raw.bounds == []


def test_a_subject_another_attribution_reads_stays_out(extract) -> None:
    text = "The harbour fund is expected to reach its target by spring."
    x = extract(text)
    raw = _raw(text, "is expected", "to reach its target by spring")
    other = _raw(text, "reach", "its target by spring", source="The harbour fund")
    conform(x.doc, [raw, other], ("content-subject",))
    assert x.content(raw) == ["to reach its target by spring"]
