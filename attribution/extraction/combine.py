"""One extractor, two kinds of evidence: the merge of the model's proposals with the rules' attributions.

The rules (this package) find nested chains ("citing", "told AFP", "according to X, citing Y"),
hedges, direct vs indirect speech, article-level references, documents and collectives; the
trained model (``attribution.learned``) finds the long tail of cues no word list finishes
("polls show", "denied", "called for", "tweeted"). The policy, measured on the PolNeAR dev fold
and on the seed and probe corpora (docs/evaluation.md, "Learned extraction"):

1. A rule attribution that a model proposal agrees with (their cues overlap, or both sit in the
   same sentence and their contents overlap by half the shorter) keeps the rule's spans, nesting,
   hedges and kind, and is marked ``by = "model+rule:<rule>"``.
2. A model proposal no rule attribution agrees with is added (``by = "model"``, ``rule = None``)
   unless its cue lies inside a rule attribution's cue or source, its content is mostly another
   attribution's source or cue (the model's span is then a fragment of an attribution the rules
   already read better), or (policy "disjoint") its content overlaps a rule attribution's. Policy
   "holding" (shipped, round seven): where every rule attribution its content overlaps is an
   outermost one whose cue lies inside that content ("asked whether voters *believe* X"), the
   proposal is added and those rule attributions are nested under it (PolNeAR marks the outer one),
   and such a nested one is no agreement. A proposal whose cue lies inside a rule attribution's
   content is nested under it, as the rules nest theirs. A cue the model tagged with no content
   takes the clause or object its verb governs in the parse (``_governed_content``), where no rule
   attribution already reads it. Every act is kept (PolNeAR marks plans, refusals and evaluations as attributions);
   which of them make claims is tracing's decision (``attribution.learned.claims``: an attribution
   that makes none is shown with ``claim = false`` and neither resolved nor traced).
   A model attribution whose tagged source the parse reads as the one its act is done to or seen in ("she
   is widely expected to", "a developer known as", "the court seemed") is added with no source (step
   ``model-source-undergoer`` in its ``steps``), as PolNeAR marks it.
   The cue classifier (``attribution.learned.cue_classifier``) adds bare cues of the model where a word
   of the parse no proposal or rule attribution marks scores above its threshold; they merge as the
   tagger's bare cues do, and make no claim.
3. A rule attribution the model does not propose stays (``by = "rule:<rule>"``): the rules' forms
   (nested chains, references, credits) are mostly ones PolNeAR does not mark or the model misses.

Every attribution gets ``act`` (speech, writing, document, belief, intention, evaluation) from its
cue and source (``attribution.learned.link.act_of``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..doc import STORY_BLOCK_KINDS, Document
from ..kinds import AttributionKind
from ..learned.claims import quoted, states_proposition, token_range
from .types import RawAttribution, SourceMention

Span = tuple[int, int]


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _inside(pos: int, spans: list[Span]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _content_overlap(a: list[Span], b: list[Span]) -> bool:
    la, lb = sum(e - s for s, e in a), sum(e - s for s, e in b)
    if not la or not lb:
        return False
    inter = sum(_overlap(x, y) for x in a for y in b)
    return inter >= 0.5 * min(la, lb)


def regions(doc: Document) -> list[Span]:
    """The story blocks of the article (paragraphs), where the model reads."""
    blocks = [(b.start, b.end) for b in doc.blocks if b.kind in STORY_BLOCK_KINDS and b.end > b.start]
    if blocks or doc.blocks:
        return blocks
    out, pos = [], 0
    for line in doc.text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _mention(doc: Document, span: Span) -> SourceMention | None:
    rng = token_range(doc, span)
    if rng is None:
        return None
    lo, hi = rng
    head = next((i for i in range(lo, hi) if not lo <= doc.tokens[i].head < hi or doc.tokens[i].head == i), lo)
    start, end = doc.tokens[lo].start, doc.tokens[hi - 1].end
    return SourceMention(lo, hi, head, doc.text[start:end], start, end)


def _claim_like(doc: Document, p: Any) -> bool:
    """A model-only proposal the "clause" policy adds: one that makes a claim (``learned.claims``)."""
    return p.source is not None and states_proposition(doc, p)


def _agrees(raw: RawAttribution, cue: Span, content: list[Span], sentence: int) -> bool:
    if _overlap(raw.cue, cue):
        return True
    return raw.sentence == sentence and _content_overlap(raw.content, content)


def _parts_of_rules(raws: list[RawAttribution], cue: Span, content: list[Span]) -> bool:
    """The proposal is a fragment of what the rules read: its cue in a rule's cue or source, or its
    content mostly a rule's source or cue."""
    for r in raws:
        if r.source and r.source.start <= cue[0] < r.source.end:
            return True
        frame = [r.cue] + ([(r.source.start, r.source.end)] if r.source else [])
        if _content_overlap(content, frame) and sum(_overlap(c, f) for c in content for f in frame) * 2 >= sum(
            e - s for s, e in content
        ):
            return True
    return False


def _label_rules(text: str, raws: list[RawAttribution]) -> None:
    """Give every rule attribution its ``rule``, ``by`` and ``act``."""
    from ..learned.link import act_of

    for r in raws:
        r.rule = r.rule or r.kind  # the rule set names every rule attribution; a hand-made raw keeps its kind
        r.by = f"rule:{r.rule}"
        r.act = act_of(text[r.cue[0] : r.cue[1]], r.source.text if r.source else None)


def _content_taker(agreeing: list[RawAttribution], p: Any) -> RawAttribution | None:
    """The one agreeing rule attribution whose content the proposal's may replace on display (the
    ``content-model`` boundary step): an outermost one with content, its cue on the proposal's cue
    first, then the one whose content shares the proposal's first fragment ('"A," she said. "B."': the
    attribution of "A", not the rules' second one of "B"), then the one sharing most with it."""
    fit = [r for r in agreeing if r.parent is None and r.content and r.kind != AttributionKind.ARTICLE_REFERENCE]
    if not fit:
        return None
    first = min(p.content)
    return max(
        fit,
        key=lambda r: (
            _overlap(r.cue, p.cue) > 0,
            any(_overlap(c, first) for c in r.content),
            sum(_overlap(c, q) for c in r.content for q in p.content),
            -r.cue[0],
        ),
    )


def _confirm(doc: Document, agreeing: list[RawAttribution], p: Any, policy: str) -> None:
    """Mark the rule attributions the proposal ``p`` agrees with; under "union-spans" an outermost one
    takes the model's content and, when it has none, its source."""
    for r in agreeing:
        r.by = f"model+rule:{r.rule}"
    taker = _content_taker(agreeing, p)
    if taker is not None and not taker.model_content:
        taker.model_content = list(p.content)
    for r in agreeing:
        if policy == "union-spans" and r.parent is None and r.kind != AttributionKind.ARTICLE_REFERENCE:
            r.content = list(p.content)
            if r.source is None and p.source is not None:
                r.source = _mention(doc, p.source)


def _left_to_rules(doc: Document, raws: list[RawAttribution], p: Any, policy: str) -> bool:
    """A proposal no rule agrees with that the policy still does not add."""
    if policy == "rules" or _parts_of_rules(raws, p.cue, p.content):
        return True
    if policy == "clause" and not _claim_like(doc, p):
        return True
    crossed = [r for r in raws if any(_overlap(c, q) for c in r.content for q in p.content)]
    if policy == "holding" and crossed and all(_holds(p.content, r) for r in crossed):
        return False
    return not policy.startswith("union") and bool(crossed)


def _holds(content: list[Span], r: RawAttribution) -> bool:
    """The rule attribution ``r`` is an outermost one whose cue lies inside ``content``: an attribution
    reported inside the proposal's ("X said that Y told him ..."), to be nested under it."""
    return r.parent is None and any(s <= r.cue[0] and r.cue[1] <= e for s, e in content)


#: The step that takes the tagger's source off a model attribution when the parse reads it as the one the
#: act is done to or seen in, not its speaker (``_undergoer``).
UNDERGOER_SOURCE = "model-source-undergoer"


def _undergoer(doc: Document, source: SourceMention, cue: Span) -> bool:
    """The tagger's source of a model proposal is no speaker: the passive subject of the cue's verb
    ("Lazio was regarded as ...", "she is widely expected to ..."; not when a verb of the cue hangs from
    it: "the crowd was heard chanting" chants), the noun the cue's past participle
    modifies ("a developer known as ...", "the mayor, described as ..."), or the subject of a seeming verb
    ("Carson appears to ...", ``SEEMING_VERBS``). PolNeAR marks these with no source: the writer reports
    what is said or thought of the subject, by no one named."""
    from ..lang.en.cues import PASSIVE_SUBJECT_DEPS, SEEMING_VERBS, SUBJECT_DEPS

    rng = token_range(doc, cue)
    if rng is None or not 0 <= source.head < len(doc.tokens):
        return False
    toks = doc.tokens
    lo, hi = rng
    head = next((i for i in range(lo, hi) if not lo <= toks[i].head < hi or toks[i].head == i), lo)
    subj = toks[source.head]
    if lo <= subj.head < hi and subj.head != subj.i:
        if subj.deprel in PASSIVE_SUBJECT_DEPS:
            # "the protesters were heard saying": a second verb of the cue is the subject's own act
            return not any(
                i != subj.head and toks[i].upos == "VERB" and toks[i].head == subj.head for i in range(lo, hi)
            )
        if subj.deprel in SUBJECT_DEPS and toks[subj.head].lemma.lower() in SEEMING_VERBS:
            return True
    cue_head = toks[head]
    return cue_head.head == source.head and cue_head.deprel == "acl" and cue_head.xpos == "VBN"


def _model_attribution(doc: Document, p: Any, sentence: int) -> RawAttribution:
    """The attribution a model-only proposal adds."""
    text = doc.text
    cue_text = text[p.cue[0] : p.cue[1]].lower()
    direct = quoted(text, p.content)
    kind = "according-to" if cue_text.startswith("according") else "direct-quote" if direct else "reported-speech"
    source = _mention(doc, p.source) if p.source else None
    steps: list[str] = []
    if source is not None and _undergoer(doc, source, p.cue):
        source, steps = None, [UNDERGOER_SOURCE]
    return RawAttribution(
        kind=kind,
        source=source,
        steps=steps,
        cue=p.cue,
        content=list(p.content),
        sentence=sentence,
        direct=direct,
        by="model",
        rule="",
        act=p.act,
        classifier_cue=p.classifier_cue,
    )


def _governed_content(doc: Document, rng: tuple[int, int]) -> list[Span]:
    """The content the parse gives a cue (token range ``rng``) the model tagged with no content: the
    subtree of the first of its head's dependents in ``BARE_CUE_CONTENT_DEPS`` that lies outside the cue
    ("backing [former Florida Gov. Jeb Bush]", "denied [that he knew]"); none when it has no such one."""
    from ..lang.en.cues import BARE_CUE_CONTENT_DEPS

    toks = doc.tokens
    lo, hi = rng
    head = next((i for i in range(lo, hi) if not lo <= toks[i].head < hi or toks[i].head == i), lo)
    sent = toks[head].sent
    near = [t for t in toks[max(0, lo - 200) : hi + 200] if t.sent == sent]
    kids = {
        dep: [t.i for t in near if t.head == head and t.i != head and not lo <= t.i < hi and t.deprel == dep]
        for dep in BARE_CUE_CONTENT_DEPS
    }
    for dep in BARE_CUE_CONTENT_DEPS:
        if not kids[dep]:
            continue
        top = kids[dep][0]
        inside = {top}
        for t in near:  # the subtree of ``top``: tokens whose head chain reaches it within the sentence
            chain: list[int] = []
            j = t.i
            while j not in inside and toks[j].head != j and toks[j].sent == sent and len(chain) < 60:
                chain.append(j)
                j = toks[j].head
            if j in inside:
                inside.update(chain)
        first, last = min(inside), max(inside)
        if first < lo <= last:  # a subtree around the cue itself is no content of it
            continue
        while first < last and toks[first].upos == "PUNCT":
            first += 1
        while last > first and toks[last].upos == "PUNCT":
            last -= 1
        return [(toks[first].start, toks[last].end)]
    return []


def _merge_proposal(doc: Document, raws: list[RawAttribution], p: Any, policy: str) -> RawAttribution | None:
    """Merge one proposal: confirm the rule attributions it agrees with, else the attribution it adds (if any)."""
    rng = token_range(doc, p.cue)
    if rng is None:
        return None
    sentence = doc.tokens[rng[0]].sent
    if not p.content:  # a bare cue: the parse's content, and only where no rule read the cue
        p = replace(p, content=_governed_content(doc, rng))
        if not p.content or any(_agrees(r, p.cue, p.content, sentence) for r in raws):
            return None
    agreeing = [r for r in raws if _agrees(r, p.cue, p.content, sentence)]
    if policy == "holding":  # a rule attribution reported inside the proposal's content is no agreement
        agreeing = [r for r in agreeing if _overlap(r.cue, p.cue) or not _holds(p.content, r)]
    if agreeing:
        _confirm(doc, agreeing, p, policy)
        return None
    if _left_to_rules(doc, raws, p, policy):
        return None
    return _model_attribution(doc, p, sentence)


def _nest(added: list[RawAttribution], raws: list[RawAttribution]) -> dict[int, int]:
    """Nest a model attribution under the rule attribution whose content holds its cue (smallest first);
    an outermost rule attribution whose cue lies in an outermost added one's content goes under that
    one (the smallest): the returned map, rule index -> index in ``added``."""
    for a in added:
        holders = [(sum(e - s for s, e in r.content), n) for n, r in enumerate(raws) if _inside(a.cue[0], r.content)]
        a.parent = min(holders)[1] if holders else None
    under: dict[int, int] = {}
    for n, r in enumerate(raws):
        outer = [
            (sum(e - s for s, e in a.content), k)
            for k, a in enumerate(added)
            if a.parent is None and _holds(a.content, r)
        ]
        if outer:
            under[n] = min(outer)[1]
    return under


def _in_order(
    raws: list[RawAttribution], added: list[RawAttribution], under: dict[int, int] | None = None
) -> list[RawAttribution]:
    """Rule and model attributions sorted by position, parents re-indexed (``under``: rule index -> the
    added attribution it is now nested under)."""
    merged = list(enumerate(raws)) + [(-1 - k, a) for k, a in enumerate(added)]
    order = sorted(range(len(merged)), key=lambda k: (merged[k][1].sentence, merged[k][1].cue[0], merged[k][1].cue[1]))
    new_index = {merged[k][0]: pos for pos, k in enumerate(order)}
    for n, k in (under or {}).items():
        raws[n].parent = -1 - k  # an added one's key in ``new_index``
    out = []
    for k in order:
        r = merged[k][1]
        if r.parent is not None:
            r.parent = new_index.get(r.parent)
        out.append(r)
    return out


def _same_act(a: RawAttribution, b: RawAttribution) -> bool:
    """Two outermost attributions of one act: the same cue and the same source (or both none)."""
    if a.parent is not None or b.parent is not None or a.cue != b.cue or not a.content or not b.content:
        return False
    sa = (a.source.start, a.source.end) if a.source else None
    sb = (b.source.start, b.source.end) if b.source else None
    return sa == sb


def join_same_cue(raws: list[RawAttribution]) -> list[RawAttribution]:
    """One attribution per act: outermost attributions with the same cue and source (a quote split
    across sentences, "X said A. 'B.'" read by two rules) become one whose content lists every
    fragment, as PolNeAR marks them (one cue, several content spans); the first keeps its kind, rule
    and hedges; a child of a joined one points at the one kept. Attributions with coordinated sources
    (one per source, the same cue and content) differ in source and stay apart."""
    keep: dict[int, int] = {}
    for n, r in enumerate(raws):
        first = next((k for k in sorted(set(keep.values())) if _same_act(raws[k], r)), None)
        if first is None:
            keep[n] = n
            continue
        kept = raws[first]
        kept.content = sorted(set(kept.content) | set(r.content))
        kept.hedges = kept.hedges + [h for h in r.hedges if h not in kept.hedges]
        kept.direct = kept.direct or r.direct
        keep[n] = first
    if len(set(keep.values())) == len(raws):
        return raws
    new_index = {old: pos for pos, old in enumerate(sorted(set(keep.values())))}
    out = []
    for n, r in enumerate(raws):
        if keep[n] != n:
            continue
        if r.parent is not None:
            r.parent = new_index[keep[r.parent]]
        out.append(r)
    return out


def combine(
    doc: Document,
    raws: list[RawAttribution],
    proposals: list,
    policy: str = "holding",  # type: ignore[type-arg]
) -> list[RawAttribution]:
    """The article's attributions: the rules' ``raws`` merged with the model's ``proposals``
    (``attribution.learned.link.Proposal``), sorted by position, parents re-indexed.

    ``policy`` (measured alternatives, docs/evaluation.md): "holding" (shipped, above), "disjoint"
    (shipped before round seven: no nesting under a proposal), "union" (a
    proposal is added even where its content overlaps a rule attribution's), "union-spans" (union, and
    an agreed outermost attribution takes the model's content and, when the rule has none, source),
    "clause" (disjoint, adding only proposals that make claims), "rules" (no proposal added); a
    "+join" suffix ("holding+join", measured, not shipped) joins outermost attributions of one cue and
    source into one with several content spans (``join_same_cue``).
    """
    _label_rules(doc.text, raws)
    added: list[RawAttribution] = []
    for p in proposals:
        a = _merge_proposal(doc, raws, p, policy.partition("+")[0])
        if a is not None:
            added.append(a)
    base, _, join = policy.partition("+")
    if added:
        under = _nest(added, raws)
        raws = _in_order(raws, added, under if base == "holding" else None)
    return join_same_cue(raws) if join == "join" else raws


def model_ready() -> None:
    """Check the shipped model's files against its manifest, and the content choice's weights, now (no spaCy
    load: the parent of a process pool stays light and forkable): raises ``ModelError`` naming the file and
    the fix."""
    from ..learned.content_choice import weights
    from ..learned.cue_classifier import weights as cue_weights
    from ..learned.model import identity

    identity()
    weights()  # the content choice's weights (the ``content-model`` boundary step) likewise
    cue_weights()  # and the cue classifier's


def model_input(doc: Document) -> tuple[str, list[Span], list[Span]]:
    """What the model reads of an article: its text, its story blocks and the parse's token spans (so the
    model does not tokenize again); the one place both the per-article and the per-chunk calls build it."""
    return doc.text, regions(doc), [(t.start, t.end) for t in doc.tokens]


def with_model(doc: Document, raws: list[RawAttribution]) -> list[RawAttribution]:
    """``combine`` with the shipped model's proposals over the article's story blocks, and the cue
    classifier's bare cues where neither the tagger nor a rule marks a word (``learned.cue_classifier``)."""
    from ..learned.cue_classifier import cue_proposals
    from ..learned.model import propose

    text, blocks, tokens = model_input(doc)
    props = propose(text, blocks, tokens=tokens)
    props = sorted([*props, *cue_proposals(doc, blocks, taken(raws, props))], key=lambda p: (p.cue, p.content))
    return combine(doc, raws, props)


def taken(raws: list[RawAttribution], props: list[Any]) -> list[Span]:
    """What the tagger's proposals and the rules' attributions already mark: their cues and sources, and
    their contents (a cue inside another attribution's content is one it reports, which PolNeAR leaves
    unmarked and the rules nest)."""
    spans = [p.cue for p in props] + [p.source for p in props if p.source] + [c for p in props for c in p.content]
    spans += [r.cue for r in raws] + [(r.source.start, r.source.end) for r in raws if r.source]
    return spans + [c for r in raws for c in r.content]
