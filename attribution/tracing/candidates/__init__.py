"""Per-article (map stage): claim mentions with the features clustering needs.

A claim mention is every attributed content (one mention per cue+content, with
parallel sources merged) and every unattributed factual story sentence. The
features are computed here, once per article, so the reduce step only compares
small records: content lemmas (synonym-mapped), predicate classes, figures with
their qualifier and counted noun, entities, places with polarity, hedges.

The features live by topic, each in its module: ``numbers`` (figures), ``places``,
``events`` (predicates, explanations, dates), ``clauses`` (side clauses and the clause
pieces of a sentence), ``statements`` (what kind of statement a sentence is),
``features`` (one mention's record), ``mentions`` (building one mention), ``types``
(the records). This module assembles an article's mentions.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...article import ArticleInput
from ...doc import STORY_BLOCK_KINDS, Document, Entity, Token
from ...extraction.types import RawAttribution
from ...lang.en.clauses import CONTINUING_PRONOUNS
from ...lang.en.events import EVENT_CLASSES
from ...learned.claims import rules_read_a_verdict
from ..fingerprint import minhash, shingle_hashes
from ..quoted import unquoted
from .clauses import _clause_parts, _gapped_object, _sentence_pieces
from .features import _entities_by_start
from .mentions import (
    _attributed_mention,
    _sentence_bounds,
    _sentences_overlapping,
    _story_mention,
    _token_starts,
    _tokens_in,
)
from .places import _place_parents
from .statements import _is_commentary, _no_comment, _outlet_speaks, _states_an_act
from .types import (
    ARTICLE_LEVEL_KINDS,
    DIRECTIVE_MARKER,
    EVALUATION_MARKER,
    GENERIC_MARKER,
    SERIES_MARKER,
    ArticleCandidates,
    MentionCandidate,
    NumberFact,
)

__all__ = [
    "ARTICLE_LEVEL_KINDS",
    "DIRECTIVE_MARKER",
    "EVALUATION_MARKER",
    "GENERIC_MARKER",
    "SERIES_MARKER",
    "ArticleCandidates",
    "MentionCandidate",
    "NumberFact",
    "mention_candidates",
]


def _block_kind(doc: Document, article: ArticleInput, s: int) -> str:
    sent = doc.sentences[s]
    if 0 <= sent.block < len(doc.blocks):
        return doc.blocks[sent.block].kind
    blocks = doc.blocks or article.blocks
    for b in blocks:
        if b.start <= sent.start < b.end:
            return b.kind
    return "body" if not blocks else "boilerplate"


@dataclass(slots=True)
class _Article:
    """One article's document, attributions and the lookups its mentions are built with."""

    doc: Document
    raws: list[RawAttribution]
    bounds: tuple[list[int], list[int]] | None
    starts: list[int] | None
    ents_at: dict[int, list[Entity]]

    def mention(
        self, toks: list[Token], start: int, end: int, members: list[int], minus: list[tuple[int, int]]
    ) -> MentionCandidate | None:
        return _attributed_mention(self.doc, toks, start, end, members, self.raws, minus, self.bounds, self.ents_at)


def _covered_sentences(a: _Article) -> set[int]:
    """Sentences holding an attribution's cue or content (they are no unattributed story sentence)."""
    covered: set[int] = set()
    for r in a.raws:
        if 0 <= r.sentence < len(a.doc.sentences):
            covered.add(r.sentence)
        for s, e in r.content:
            covered.update(_sentences_overlapping(a.doc, s, e, a.bounds))
    return covered


def _verdict_sentences(a: _Article) -> set[int]:
    """Sentences of a verdict ("A jury found X guilty ...", rule ``verdict-no-claim`` of ``learned/claims.py``):
    the story reports the court's act as its own fact, so the sentence is a story sentence even when a side
    attribution covers a part of it ("... in what prosecutors have called the biggest fraud"). Only a verdict the
    rules read: a model-only proposal never made a claim, and its sentence stays as it was."""
    out: set[int] = set()
    for r in a.raws:
        if rules_read_a_verdict(r):
            out.update(_sentences_overlapping(a.doc, r.cue[0], r.cue[1], a.bounds))
    return out


def _parallel_groups(raws: list[RawAttribution]) -> list[tuple[tuple[tuple[int, int], ...], list[int]]]:
    """(content, members) of each cue+content, parallel sources together, in text order."""
    groups: dict[tuple[tuple[int, int], tuple[tuple[int, int], ...]], list[int]] = {}
    for n, r in enumerate(raws):
        if r.kind in ARTICLE_LEVEL_KINDS or not r.content:
            continue
        groups.setdefault((r.cue, tuple(sorted(r.content))), []).append(n)
    return [
        (content, members)
        for (_cue, content), members in sorted(groups.items(), key=lambda kv: (kv[0][1][0], kv[0][0]))
    ]


def _nested_spans(
    raws: list[RawAttribution], members: list[int], children: dict[int, list[int]]
) -> list[tuple[int, int]]:
    """Spans of the attributions nested in ``members``: they are mentions of their own."""
    minus: list[tuple[int, int]] = []
    for n in members:
        for c in children.get(n, []):
            ch = raws[c]
            if ch.source is not None:
                minus.append((ch.source.start, ch.source.end))
            minus.append(ch.cue)
            minus.extend(ch.content)
            minus.extend((v.start, v.end) for v in ch.via)
    return minus


def _reports_something(m: MentionCandidate | None) -> bool:
    return m is not None and bool(m.numbers or set(m.predicates) & EVENT_CLASSES)


def _clause_mentions(
    a: _Article, split: list[list[Token]], first_start: int, members: list[int], minus: list[tuple[int, int]]
) -> list[MentionCandidate] | None:
    """Propositions side by side: one mention each, of one attribution, when each reports something."""
    spans = [(part, part[0].start, part[-1].end) for part in split]
    spans[0] = (split[0], first_start, split[0][-1].end)
    parts = [a.mention(part, s0, e0, members, minus) for part, s0, e0 in spans]
    if all(_reports_something(pm) for pm in parts[1:]):
        return [pm for pm in parts if pm is not None]
    return None


def _sentence_mentions(
    a: _Article, pieces: list[tuple[list[Token], int, int]], members: list[int], minus: list[tuple[int, int]]
) -> list[MentionCandidate]:
    """A quote of several sentences states several propositions: each sentence is a mention of its own
    (same attribution), so "They hid X. Now they burn Y," he said joins the other reports of the
    burning rather than standing apart as one long mention."""
    made = [(a.mention(ptoks, ps, pe, members, minus), ptoks) for ptoks, ps, pe in pieces]
    # a sentence of a quote counts when it reports an event or a figure; one that only
    # names someone ("This is a demonstration of disrespect in Russia") is comment.
    # A quote none of whose sentences does stays one mention: its short sentences alone
    # share too few words to be told from other people's ("the water was inside the house")
    if not any(_reports_something(pm) for pm, _ in made):
        return []
    kept = []
    for pm, ptoks in made:
        # beside a sentence that reports something, a sentence stating what was done or is the case
        # with a verb and subject of its own ("Mac and Linux hosts are not impacted") is a claim too
        if pm is not None and (_reports_something(pm) or _states_an_act(ptoks)):
            pm.sentence = ptoks[0].sent
            kept.append(pm)
    return kept


def _group_mentions(
    a: _Article, content: tuple[tuple[int, int], ...], members: list[int], minus: list[tuple[int, int]]
) -> list[MentionCandidate]:
    """The mentions of one attributed content: one per clause or per quoted sentence, else one."""
    doc = a.doc
    toks = _tokens_in(doc, list(content), minus, a.starts)
    if not toks:
        return []
    start, end = min(s for s, _ in content), max(e for _, e in content)
    gapped = _gapped_object(doc, a.raws[members[0]], toks)
    if gapped:
        toks = [*gapped, *toks]
        start = gapped[0].start
    pieces = _sentence_pieces(doc, toks, start, end) if not gapped else []
    split = _clause_parts(toks) if len(pieces) == 1 else None
    by_part = _part_mentions(a, pieces, split, members, minus)
    if by_part:
        return by_part
    m = a.mention(toks, start, end, members, minus)
    return [m] if m is not None else []


def _part_mentions(
    a: _Article,
    pieces: list[tuple[list[Token], int, int]],
    split: list[list[Token]] | None,
    members: list[int],
    minus: list[tuple[int, int]],
) -> list[MentionCandidate] | None:
    """One mention per clause, else one per quoted sentence, when each part reports something."""
    if split is not None and (by_clause := _clause_mentions(a, split, pieces[0][1], members, minus)) is not None:
        return by_clause
    if len(pieces) > 1 and all(ptoks[0].sent >= 0 for ptoks, _, _ in pieces):
        return _sentence_mentions(a, pieces, members, minus) or None
    return None


def _story_sentence_mentions(a: _Article, article: ArticleInput, s: int) -> list[MentionCandidate]:
    """The mentions of an unattributed story sentence (none for commentary, "no comment", the outlet's voice)."""
    doc = a.doc
    sent = doc.sentences[s]
    toks = [t for t in doc.sentence_tokens(s) if t.upos != "SPACE" and t.text.strip()]
    if len(toks) < 4:
        return []
    stext = doc.text[sent.start : sent.end]
    if _is_commentary(toks, stext) or _no_comment(toks) or _outlet_speaks(doc, toks, article):
        return []
    return _story_clause_mentions(a, toks, s, stext)


def _story_clause_mentions(a: _Article, toks: list[Token], s: int, stext: str) -> list[MentionCandidate]:
    """One mention per clause of the sentence when each reports something checkable, else one for the
    whole sentence (or none)."""
    split = _clause_parts(toks)
    found = [m for part in split or () if (m := _story_mention(a.doc, part, s, stext, a.ents_at)) is not None]
    if split is None or len(found) < len(split):
        # one proposition, or one of them reports nothing checkable: the whole sentence
        whole = _story_mention(a.doc, toks, s, stext, a.ents_at)
        found = [whole] if whole is not None else []
    return found


# -- the map-stage entry point --------------------------------------------------
def mention_candidates(doc: Document, raws: list[RawAttribution], article: ArticleInput) -> ArticleCandidates:
    """Claim mentions of one article with their features, and its text-reuse fingerprint."""
    a = _Article(doc, raws, _sentence_bounds(doc), _token_starts(doc), _entities_by_start(doc))
    covered = _covered_sentences(a) - _verdict_sentences(a)
    children: dict[int, list[int]] = {}
    for n, r in enumerate(raws):
        if r.parent is not None:
            children.setdefault(r.parent, []).append(n)
    mentions: list[MentionCandidate] = []
    for content, members in _parallel_groups(raws):
        # spans of nested attributions are their own mentions: take them out of this one
        mentions.extend(_group_mentions(a, content, members, _nested_spans(raws, members, children)))
    # unattributed factual sentences of the story
    for s in range(len(doc.sentences)):
        if s in covered or _block_kind(doc, article, s) not in STORY_BLOCK_KINDS:
            continue
        mentions.extend(_story_sentence_mentions(a, article, s))
    mentions.sort(key=lambda m: (m.start, m.end))
    for k, m in enumerate(mentions):
        m.position = k
    _frames_take_their_proposition(mentions)
    _pronoun_continuations(doc, mentions)
    _place_parents(mentions)
    shingles = shingle_hashes(_story_words(doc, article))
    return ArticleCandidates(
        article_id=article.id,
        mentions=mentions,
        shingles=shingles,
        signature=minhash(shingles),
        published=article.published,
        outlet=article.outlet,
    )


def _frames_take_their_proposition(mentions: list[MentionCandidate]) -> None:
    """A mention that only says a report was confirmed ("it had obtained the confirmation through
    information sharing") states no proposition of its own: it is about the proposition of the
    nearest mention of the same sentence that has an event ("Confirming reports that X had been
    captured, the agency said it had obtained the confirmation ..."), so it takes its content keys."""
    for k, m in enumerate(mentions):
        if not m.attributions or m.numbers or "confirm" not in m.predicates:
            continue
        if set(m.predicates) & EVENT_CLASSES:
            continue
        near = [
            (abs(j - k), j)
            for j, o in enumerate(mentions)
            if j != k and o.sentence == m.sentence and set(o.main_predicates) & EVENT_CLASSES
        ]
        if not near:
            continue
        o = mentions[min(near)[1]]
        m.lemmas = list(o.lemmas)
        m.predicates = sorted({*o.predicates, "confirm"})
        m.main_predicates = list(o.main_predicates)
        m.entities = list(o.entities)
        m.markers = list(o.markers)


def _pronoun_continuations(doc: Document, mentions: list[MentionCandidate]) -> None:
    """An unattributed sentence whose subject is a bare personal pronoun right after an attributed
    sentence goes on with that account ("X reported that forces captured a soldier. They released
    photos of him."): it keeps the previous sentence's attribution rather than becoming the
    outlet's own claim. Only an account stated with its own cue goes on this way: a sentence that itself
    went on with the account before it passes it no further ("Biden said three troops were killed. He blamed
    militias. They were the first U.S. deaths in the region": the third is the writer's, rule
    ``continuation_not_chained``)."""
    stated = [bool(m.attributions) for m in mentions]
    for k in range(1, len(mentions)):
        m, prev = mentions[k], mentions[k - 1]
        if m.attributions or not stated[k - 1] or m.sentence - prev.sentence != 1:
            continue
        toks = [t for t in doc.sentence_tokens(m.sentence) if t.upos not in {"SPACE", "PUNCT"}]
        if not toks or toks[0].text.lower() not in CONTINUING_PRONOUNS or not toks[0].deprel.startswith("nsubj"):
            continue
        m.attributions = list(prev.attributions)


def _story_words(doc: Document, article: ArticleInput) -> list[str]:
    """Words of the story blocks with quoted passages left out: outlets quoting the same
    statement verbatim is not text reuse between them."""
    from ..fingerprint import words

    out: list[str] = []
    for s, sent in enumerate(doc.sentences):
        if _block_kind(doc, article, s) not in STORY_BLOCK_KINDS:
            continue
        stext = doc.text[sent.start : sent.end]
        out.extend(words(unquoted(stext)))
    return out
