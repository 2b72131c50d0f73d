"""One speech act, shown once: an attribution that repeats a part of another's nests under it.

'"We will rebuild," she said. "It will take years."' is one speech act: one cue, one speaker, two quoted
fragments. PolNeAR marks it as one attribution whose content holds both fragments; the rules keep one
attribution per quote (the "orphan-quote" rule reads the second), because tracing makes each quote its own
claim. "The mayor and the fire chief said ..." is one speech act too, which the rules emit once per speaker
(tracing follows each speaker's chain). Once the boundary steps have shown the whole act on one attribution
(``content-model`` and ``content-continuation`` both fragments, ``source-subtree`` both speakers), the others
repeat a part of it. After those steps (so after resolution and claim candidates read the attributions), each
such attribution nests under the one that shows the act whole (``parent``) and is marked ``same_act``: the
extract shows one outermost attribution per speech act, as PolNeAR does, while each quote and each speaker
stays its own claim. Every chain reads a ``same_act`` attribution past its parent (``chain_links.chain_parent``):
the parent adds no link, the speaker and intermediaries are its own.

Nested: an outermost attribution with content whose cue is another outermost attribution's cue, whose speaker
is that one's or a part of it (the same span or inside it; both none) with the same intermediaries, and every
letter and digit of whose content lies inside that one's content. Of two with the same speaker and content, the
later nests under the earlier. No attribution nests under one that itself nests under a third.
"""

from __future__ import annotations

from ..kinds import AttributionKind
from .types import RawAttribution

Span = tuple[int, int]


def _chars(text: str, spans: list[Span]) -> set[int]:
    """The positions of ``spans`` that hold a letter or a digit (spaces, quote marks and punctuation aside)."""
    return {i for s, e in spans for i in range(s, e) if text[i].isalnum()}


def _within(inner: RawAttribution, outer: RawAttribution) -> bool:
    """``inner``'s speaker is ``outer``'s or a part of it (a conjunct of "X and Y"), with the same intermediaries."""
    if [(v.start, v.end) for v in inner.via] != [(v.start, v.end) for v in outer.via]:
        return False
    if inner.source is None or outer.source is None:
        return inner.source is None and outer.source is None
    return outer.source.start <= inner.source.start and inner.source.end <= outer.source.end


def _same(a: RawAttribution, b: RawAttribution) -> bool:
    return (
        a.source == b.source
        if a.source is None or b.source is None
        else ((a.source.start, a.source.end) == (b.source.start, b.source.end))
    )


def _candidate(raw: RawAttribution) -> bool:
    return raw.parent is None and bool(raw.content) and raw.kind != AttributionKind.ARTICLE_REFERENCE


def nest_same_acts(text: str, raws: list[RawAttribution]) -> int:
    """Nest every attribution that repeats a part of another's speech act under it (in place); how many nested."""
    outer = [n for n, r in enumerate(raws) if _candidate(r)]
    chars = {n: _chars(text, raws[n].content) for n in outer}
    hosts: dict[int, int] = {}
    for b in outer:
        mine = chars[b]
        if not mine:
            continue
        for a in outer:
            if a == b or a in hosts or raws[a].cue != raws[b].cue or not _within(raws[b], raws[a]):
                continue
            theirs = chars[a]
            if not mine <= theirs or (mine == theirs and _same(raws[a], raws[b]) and a > b):
                continue
            hosts[b] = a
            break
    nested = 0
    for b, a in sorted(hosts.items()):
        if a in hosts:  # its host nests under a third: it stays outermost (one step deep)
            continue
        raws[b].parent = a
        raws[b].same_act = True
        nested += 1
    return nested
