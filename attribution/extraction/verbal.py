"""Reported speech with a verb cue: "X said/told/stated/confirmed ... that CLAUSE".

Forms handled here (all from the UD tree of one sentence):

- subject + cue verb + ccomp/parataxis content, in any order (sentence-initial,
  sentence-final "..., X said Friday", or a quote before/after the cue);
- relative clauses: "Militarnyi, which initially reported the soldier was
  captured" (source = the antecedent); "who it said was taken" (source "it");
- coordinated and participial cues share the speaker: "said X but warned Y",
  "..., saying ...", "..., adding that ...", "Confirming reports ..., the NIS said";
- a participle on a document noun: "a video alleging that", "reports suggesting";
- parenthetical attributions with no clausal complement ("X, a source told AFP,");
- "told AFP / the BBC": a news organisation as listener is an intermediary (via);
- light verb + estimate noun + "at NUMBER": "put the number killed at 3,000".

Passive cues ("it is reported", "reported by X") belong to ``passive.py`` and
``prepositional.py``. Who speaks through a cue is found in ``speakers.py``, what it reports in
``verb_content.py``; this module puts a cue's attribution together (``verbal``).
"""

from __future__ import annotations

from ..doc import Token
from ..kinds import AttributionKind
from ..lang.en import marks
from ..lang.en.cues import (
    ACCORDING,
    AS_COMPLEMENT_MARK,
    CITE_LEMMAS,
    CONTENT_DEPS,
    CUE_VERBS,
    DENIAL_VERBS,
    DIRECTIVE_LISTENER_CASES,
    DIRECTIVE_VERBS,
    DISMISSAL_VERBS,
    EMERGENCE_SUBJECT,
    EMERGENCE_VERBS,
    EMPHASIS_VERBS,
    ESTIMATE_AT_CASE,
    ESTIMATE_NOUNS,
    EVALUATIVE_VERBS,
    EVIDENCE_VERBS,
    FRAME_ONLY_VERBS,
    FREE_RELATIVE_WHAT,
    INTERVIEW_NOUNS,
    INTERVIEW_PARTNER_CASES,
    LIGHT_ESTIMATE_VERBS,
    LISTENER_RELATIVE_VERBS,
    LISTENER_TO_CASE,
    NAMING_VERBS,
    NEGATING_WORDS,
    NOMINAL_UPOS,
    OBJECT_CONTENT_VERBS,
    PARENTHETICAL_VERBS,
    REACTION_VERBS,
    RELATIVE_PRONOUNS,
    RESPONSIBILITY_NOUNS,
    RULING_VERBS,
    SEPARATE_CLAUSE_DEPS,
    TELL_VERBS,
    VISUAL_NOUNS,
    WARNING_VERBS,
)
from ..lang.en.resolve_words import (
    ONE_REPORT_DETERMINERS,
    REPORT_LEMMAS,
    UNNAMED_REPORT_QUANTIFIERS,
    UNNAMED_REPORTS_NAME,
)
from .collective import classify
from .content import (
    clause_around,
    clause_content,
    fronted_citings,
    has_predicate,
    is_embedded_question,
    is_told_account,
    opens_with_that,
)
from .context import OPEN_QUOTES, Cand, DocContext, SentTree
from .mentions import (
    is_intermediary,
    is_listener,
    is_source_like,
    mention_of,
    published_by,
    quoted_by,
    source_mentions,
    spoken_to,
    unwrap_owner,
)
from .prepositional import closing_per_phrase
from .speakers import (
    _fronted_subject,
    _Speaker,
    _speaker,
    _subject,
    active_quoted_as,
    inverted_clause_subject,
    inverted_object_speaker,
    outside_quote_subject,
    speaking_subject,
    stranded_subject,
    surface_subject,
)
from .types import SourceMention
from .verb_content import (
    content_heads,
    content_heads_and_form,
    emphasis,
    has_dismissal_particle,
    reaction,
    shows_measured,
    warning_mark,
)

#: The step names a verb attribution records in ``steps`` besides its content form.
STRANDED_SUBJECT_STEP = "stranded_conjunct_subject"
COLON_QUOTE_STEP = "colon-opens-quote"

#: Relations marking a passive verb (handled by passive.py).
PASSIVE_MARKS = frozenset({"aux:pass", "nsubj:pass", "csubj:pass", "obl:agent"})


#: Relations of a listener ("told AFP", "told the BBC").
LISTENER_DEPS = frozenset({"obj", "iobj"})


#: Tokens that may end a quote right before its frame ("“...,” she said", "..." — he said).
FRAME_OPENERS = frozenset({",", "—", "–", marks.RIGHT_DOUBLE, marks.STRAIGHT_DOUBLE, marks.RIGHT_SINGLE})


def cue_tokens(ctx: DocContext, tree: SentTree) -> set[int]:
    """Every token that may open an attribution in this sentence (for cutting content)."""
    toks = ctx.doc.tokens
    out = set()
    for i in range(tree.lo, tree.hi):
        t = toks[i]
        lem = t.lemma.lower()
        if (t.upos == "VERB" and (lem in CUE_VERBS or lem in CITE_LEMMAS or lem in LIGHT_ESTIMATE_VERBS)) or (
            t.text.lower() == ACCORDING
        ):
            out.add(i)
    return out


def is_passive(ctx: DocContext, tree: SentTree, v: int) -> bool:
    toks = ctx.doc.tokens
    if any(toks[c].deprel in PASSIVE_MARKS for c in tree.children(v)):
        return True
    # a reduced passive participle: "Reported by X, ..." / "the man cited for bravery"
    t = toks[v]
    return t.xpos == "VBN" and not any(toks[c].deprel in ("aux", "nsubj") for c in tree.children(v))


def _frame_modifier(ctx: DocContext, tree: SentTree, cue: int, c: int, src_tok: int | None, heads: list[int]) -> bool:
    """Dependent ``c`` of the cue belongs to its frame: not content, not a separate clause or
    punctuation, not a fronted adverbial before the source ("Later on Friday, X announced")."""
    toks = ctx.doc.tokens
    if c in heads or toks[c].deprel in SEPARATE_CLAUSE_DEPS or toks[c].deprel == "punct" or c == src_tok:
        return False
    if toks[c].deprel in ("mark", "cc") and c < cue:
        return False
    ca, cb = tree.bounds(c)
    if any(h is not None and ca <= h < cb for h in heads):
        return False
    if c > cue and _colon_opens_quote(ctx, cue, ca):
        return False  # "Ms Lane said: “Yes. We ...”": the words after the colon are the quote, not the frame
    return not (c < cue and src_tok is not None and c < tree.bounds(src_tok)[0])


def _colon_opens_quote(ctx: DocContext, cue: int, end: int) -> bool:
    """Between the cue and token ``end`` a colon opens a quotation (rule ``colon-opens-quote``): "said: “Yes.
    We believe ...”" hangs "Yes" on the cue, but it is the first word of the quote the colon announces."""
    toks = ctx.doc.tokens
    return any(
        toks[j].text == marks.COLON and toks[j + 1].text in OPEN_QUOTES for j in range(cue + 1, min(end, len(toks) - 1))
    )


def frame_of(ctx: DocContext, tree: SentTree, cue: int, src_tok: int | None, heads: list[int]) -> tuple[int, int]:
    """Token bounds of the attribution frame: source + cue + the cue's non-content modifiers."""
    a, b = cue, cue + 1
    if src_tok is not None:
        sa, sb = tree.bounds(src_tok)
        a, b = min(a, sa), max(b, sb)
    for c in tree.children(cue):
        if _frame_modifier(ctx, tree, cue, c, src_tok, heads):
            ca, cb = tree.bounds(c)
            a, b = min(a, ca), max(b, cb)
    return a, b


def _interview_partners(ctx: DocContext, tree: SentTree, c: int) -> list[SourceMention]:
    """The partner of "in an interview with/to/on X" when it is an intermediary."""
    toks = ctx.doc.tokens
    out: list[SourceMention] = []
    for n in tree.kids(c, ("nmod",)):
        ncase = tree.kid(n, ("case",))
        if ncase is not None and toks[ncase].lemma.lower() in INTERVIEW_PARTNER_CASES and is_intermediary(ctx, tree, n):
            out.extend(source_mentions(ctx, tree, n, unwrap=False))
    return out


def _oblique_via(ctx: DocContext, tree: SentTree, c: int) -> list[SourceMention]:
    """ "said to Reuters", "in an interview with the BBC"."""
    toks = ctx.doc.tokens
    case = tree.kid(c, ("case",))
    case_lem = toks[case].lemma.lower() if case is not None else ""
    if case_lem == LISTENER_TO_CASE and is_intermediary(ctx, tree, c):
        return source_mentions(ctx, tree, c, unwrap=False)  # "said to Reuters"
    if toks[c].lemma.lower() in INTERVIEW_NOUNS:
        return _interview_partners(ctx, tree, c)
    return []


def _clause_via(ctx: DocContext, tree: SentTree, c: int) -> list[SourceMention]:
    """The medium an adverbial clause of the cue names (rule ``medium-in-a-side-clause``): "Speaking to BBC radio,
    X said ..." (a speech participle's "to X", X a medium), "..., said X as quoted by the AP" (a citing participle's
    agent): the words reached us through it, as through "told AFP"."""
    toks = ctx.doc.tokens
    lem = toks[c].lemma.lower()
    if lem in LISTENER_RELATIVE_VERBS and toks[c].xpos == "VBG":
        heard = [k for k in tree.kids(c, ("obl",)) if is_listener(ctx, tree, k)]
        return [m for k in heard for m in source_mentions(ctx, tree, k, unwrap=False)]
    if lem in CITE_LEMMAS and toks[c].xpos == "VBN":
        agents = [a for a in tree.kids(c, ("obl:agent",)) if is_intermediary(ctx, tree, a)]
        return [m for a in agents for m in source_mentions(ctx, tree, a, unwrap=False)]
    return []


def via_of(ctx: DocContext, tree: SentTree, cue: int) -> list[SourceMention]:
    """Intermediaries named with the cue: the listener of "told", the partner of "in an interview with", the
    medium of a side clause ("Speaking to BBC radio, X said")."""
    toks = ctx.doc.tokens
    out: list[SourceMention] = []
    lem = toks[cue].lemma.lower()
    for c in tree.children(cue):
        dep = toks[c].deprel
        if lem in TELL_VERBS and dep in LISTENER_DEPS and is_intermediary(ctx, tree, c):
            out.extend(source_mentions(ctx, tree, c, unwrap=False))
        elif dep == "obl":  # one inside the quoted words is dropped later (``quotes._drop_quoted_listeners``)
            out.extend(_oblique_via(ctx, tree, c))
        elif dep == "advcl":
            out.extend(_clause_via(ctx, tree, c))
    return out


def _noun_object_only(ctx: DocContext, tree: SentTree, v: int, heads: list[int]) -> bool:
    """The content is the cue's noun-phrase object alone, after it ("denied any wrongdoing"), with no
    clause and no infinitive ("denied that ...", "denied having ..." keep their own content)."""
    toks = ctx.doc.tokens
    obj = tree.kid(v, ("obj",))
    return heads == [obj] and obj is not None and obj > v and toks[obj].upos in ("NOUN", "PROPN")


def _participle_in_phrase(ctx: DocContext, tree: SentTree, v: int, subj: int) -> bool:
    """ "..., he said in a video posted to the union's account": a participle on the noun of a prepositional
    phrase describes that thing; it is no frame of the words before it."""
    return ctx.doc.tokens[v].deprel == "acl" and tree.kid(subj, ("case",)) is not None


def _relative_or_transitive(ctx: DocContext, tree: SentTree, v: int, subj: int) -> bool:
    """A cue that cannot be a parenthetical frame: one in a relative clause ("the site, which first
    reported the story,") or one with an object it did not take as content ("reported the story");
    the object of "told AFP" is its listener, so "X, a source told AFP." stays a frame."""
    toks = ctx.doc.tokens
    if toks[subj].text.lower() in RELATIVE_PRONOUNS:
        return True
    return toks[v].lemma.lower() not in TELL_VERBS and any(c > v and c != subj for c in tree.kids(v, ("obj",)))


def _ends_with_colon(ctx: DocContext, tree: SentTree, cue: int) -> bool:
    sent = ctx.doc.sentences[tree.index]
    tail = ctx.text[ctx.doc.tokens[cue].end : sent.end].rstrip()
    return tail.endswith(":")


def parenthetical_content(
    ctx: DocContext, tree: SentTree, frame: tuple[int, int], cues: set[int]
) -> list[tuple[int, int]]:
    """Content around a parenthetical frame: "X, a source told AFP, Y" -> X (and Y when it is a clause)."""
    toks = ctx.doc.tokens
    a, b = frame
    spans: list[tuple[int, int]] = []
    if a > tree.lo and toks[a - 1].text in FRAME_OPENERS:
        span = ctx.char_span(tree.lo, a)
        if span and has_predicate(ctx, tree.lo, a):
            spans.append(span)
    if not spans:
        return []
    end = tree.hi
    for j in range(b, tree.hi):
        if j in cues:
            end = j
            break
    if b < end and toks[b].text == "," and has_predicate(ctx, b, end):
        span = ctx.char_span(b, end)
        if span:
            spans.append(span)
    return spans


def _is_frame_cue(ctx: DocContext, tree: SentTree, c: int) -> bool:
    t = ctx.doc.tokens[c]
    return t.upos == "VERB" and t.lemma.lower() in FRAME_ONLY_VERBS and bool(content_heads(ctx, tree, c))


def _interrupted_clause(
    ctx: DocContext, tree: SentTree, v: int, frame: tuple[int, int], cues: set[int]
) -> list[tuple[int, int]]:
    """ "The attack, Verhagen said, was detected at 3 a.m.": a frame set off by commas inside the clause
    it reports; the content is that clause around the frame (two spans)."""
    toks = ctx.doc.tokens
    gov = tree.head(v)
    while gov is not None and toks[gov].deprel in ("aux", "aux:pass", "cop"):
        gov = tree.head(gov)  # parsers may hang the frame on the auxiliary ("was" in "was closed")
    a, b = frame
    if gov is None or gov < b or toks[v].deprel not in ("parataxis", "advcl", "dep", "ccomp"):
        return []
    if a - 1 <= tree.lo or toks[a - 1].text != "," or b >= tree.hi or toks[b].text != ",":
        return []
    spans = clause_around(ctx, tree, gov, (a, b), cues - {gov})
    if (pre := _fronted_subject(ctx, tree, v)) is not None:
        spans = clause_content(ctx, tree, [pre]) + spans  # "The leak, said the engineer, began ..."
    return sorted(spans) if len(spans) >= 2 else []


def _estimate_end(ctx: DocContext, tree: SentTree, v: int, obj: int) -> int | None:
    """Token end of the figure of "put the number at NUMBER" (None when there is no "at" + figure)."""
    toks = ctx.doc.tokens
    _lo, hi = tree.bounds(v)
    for j in range(obj, hi):
        if toks[j].text.lower() == ESTIMATE_AT_CASE and toks[j].deprel == "case":
            h = toks[j].head
            if toks[h].upos == "NUM" or any(toks[k].upos == "NUM" for k in tree.children(h)):
                return tree.bounds(h)[1]
    return None


def _light_verb_estimate(ctx: DocContext, tree: SentTree, v: int) -> Cand | None:
    toks = ctx.doc.tokens
    t = toks[v]
    if t.upos != "VERB" or t.lemma.lower() not in LIGHT_ESTIMATE_VERBS:
        return None
    obj = tree.kid(v, ("obj",))
    if obj is None or toks[obj].lemma.lower() not in ESTIMATE_NOUNS:
        return None
    at_end = _estimate_end(ctx, tree, v, obj)
    subj = _subject(ctx, tree, v) if at_end is not None else None
    if at_end is None or subj is None:
        return None
    span = ctx.char_span(tree.bounds(obj)[0], max(at_end, tree.bounds(obj)[1]))
    if span is None:
        return None
    frame = frame_of(ctx, tree, v, subj, [obj])
    return Cand(
        "reported-speech",
        source_mentions(ctx, tree, subj),
        (t.start, t.end),
        v,
        [span],
        tree.index,
        heads=[obj],
        frame=(toks[frame[0]].start, toks[frame[1] - 1].end),
    )


def light_verb_estimates(ctx: DocContext, tree: SentTree) -> list[Cand]:
    """ "X put the number (killed) at NUMBER": a figure attributed to X."""
    return [c for v in range(tree.lo, tree.hi) if (c := _light_verb_estimate(ctx, tree, v)) is not None]


def emergences(ctx: DocContext, tree: SentTree) -> list[Cand]:
    """ "after it emerged that X": X reported as come to light, with no source named (a vague report)."""
    toks = ctx.doc.tokens
    out: list[Cand] = []
    for v in range(tree.lo, tree.hi):
        t = toks[v]
        if t.upos != "VERB" or t.lemma.lower() not in EMERGENCE_VERBS:
            continue
        subj = tree.kid(v, ("nsubj", "expl"))
        if subj is None or toks[subj].text.lower() != EMERGENCE_SUBJECT:
            continue
        heads = [c for c in tree.kids(v, ("ccomp",)) if c > v and opens_with_that(ctx, tree, c)]
        content = clause_content(ctx, tree, heads) if heads else []
        if not content:
            continue
        frame = (toks[subj].start, t.end)
        out.append(Cand("vague-report", [], (t.start, t.end), v, content, tree.index, heads=heads, frame=frame))
    return out


def _named_as(ctx: DocContext, tree: SentTree, v: int) -> int | None:
    """The name a naming verb gives: "called | one of the biggest frauds" (its complement) or "described as |
    the worst flooding" (the "as" phrase); None when it has neither."""
    toks = ctx.doc.tokens
    for c in tree.kids(v, ("xcomp", "obl", "advcl")):
        if c < v:
            continue
        if toks[c].deprel == "xcomp" or any(
            toks[k].text.lower() == AS_COMPLEMENT_MARK for k in tree.kids(c, ("case", "mark"))
        ):
            return c
    return None


def free_relative_names(ctx: DocContext, tree: SentTree, earlier: list[Cand]) -> list[Cand]:
    """ "in what prosecutors have called one of the biggest frauds": the subject calls the thing so; the name
    is its claim. The naming verb's object is the free relative's "what", before it; a denied cue names nothing."""
    toks = ctx.doc.tokens
    taken = {c.cue_tok for c in earlier}
    out: list[Cand] = []
    for v in range(tree.lo, tree.hi):
        t = toks[v]
        if t.upos != "VERB" or t.lemma.lower() not in NAMING_VERBS or v in taken:
            continue
        obj = tree.kid(v, ("obj",))
        subj = tree.kid(v, ("nsubj",))
        if obj is None or subj is None or not obj < subj < v or toks[obj].text.lower() != FREE_RELATIVE_WHAT:
            continue
        if any(toks[k].text.lower() in NEGATING_WORDS for k in tree.kids(v, ("advmod", "neg"))):
            continue
        named = _named_as(ctx, tree, v)
        if named is None:
            continue
        marks_as = {k for k in tree.kids(named, ("case", "mark")) if k < named}
        content = clause_content(ctx, tree, [named], marks_as)
        sources = source_mentions(ctx, tree, subj) if toks[subj].upos in NOMINAL_UPOS else []
        if not content or not sources:
            continue
        frame = (toks[subj].start, t.end)
        cand = Cand("reported-speech", sources, (t.start, t.end), v, content, tree.index, heads=[named], frame=frame)
        # the writer's aside: never something a cue holding the clause reported ("a jury found him guilty, in
        # what prosecutors called ..." is no claim of the jury's)
        cand.explicit_parent = True
        out.append(cand)
    return out


def _is_cue_verb(ctx: DocContext, v: int, taken: dict[int, Cand]) -> bool:
    t = ctx.doc.tokens[v]
    lem = t.lemma.lower()
    return t.upos == "VERB" and (lem in CUE_VERBS or lem in FRAME_ONLY_VERBS) and v not in taken


def _heads_or_skip(ctx: DocContext, tree: SentTree, v: int, asks: set[int]) -> list[int] | None:
    """The cue's content heads without embedded questions (None: a frame-only verb with no content).
    A cue whose only complements are embedded questions joins ``asks``: it reports nothing."""
    lem = ctx.doc.tokens[v].lemma.lower()
    if lem in DISMISSAL_VERBS and not has_dismissal_particle(ctx, tree, v) and not _ruled_that(ctx, tree, v):
        return None  # "the court ruled on Monday": only "ruled out" and "ruled that" are read here
    heads = content_heads(ctx, tree, v)
    if lem in FRAME_ONLY_VERBS and not heads:
        return None  # "urged calm", "called the police": no proposition without the form's parts
    asked = [h for h in heads if is_embedded_question(ctx, tree, h) and not is_told_account(ctx, tree, v, h)]
    if heads and len(asked) == len(heads):
        asks.add(v)  # "until every family knows where ...": a question, no reported content
    return [h for h in heads if h not in asked]


def _ruled_that(ctx: DocContext, tree: SentTree, v: int) -> bool:
    """ "Judge Ana Ruiz ruled that the city had broken the law", "The city broke the law, a judge ruled on Monday":
    a verb of ruling with a clause opened by "that", or with the clause before its frame, reports the clause (rule
    ``ruled-that``)."""
    if ctx.doc.tokens[v].lemma.lower() not in RULING_VERBS:
        return False
    return any(c < v or opens_with_that(ctx, tree, c) for c in tree.kids(v, ("ccomp",)))


def _not_a_speaker(ctx: DocContext, tree: SentTree, v: int, heads: list[int], src_head: int) -> bool:
    """Verbs that need a speaking source and have none: "This indicates that ...", "Engineers had warned
    of cracks" (a narrated event), "Heavy rain encouraged farmers to plant early"."""
    toks = ctx.doc.tokens
    lem = toks[v].lemma.lower()
    if lem in EVIDENCE_VERBS and not (
        (is_source_like(ctx, tree, src_head) or shows_measured(ctx, src_head)) and toks[src_head].upos != "PRON"
    ):
        return True  # "polls show" speak (``MEASURE_NOUNS``); "this shows" needs a source
    if (
        lem in WARNING_VERBS
        and heads
        and not tree.kids(v, CONTENT_DEPS)
        and not is_source_like(ctx, tree, src_head, pronouns=True)
    ):
        return True
    if lem in EMPHASIS_VERBS and heads == emphasis(ctx, tree, v):
        # a noun put forward needs a subject that can speak ("the storm stressed the power grid")
        return not is_source_like(ctx, tree, src_head, pronouns=True)
    if lem in FRAME_ONLY_VERBS - EVALUATIVE_VERBS or (lem in REACTION_VERBS and heads == reaction(ctx, tree, v)):
        # an urging or a reaction needs a subject that can speak ("the storm slammed the coast")
        return not is_source_like(ctx, tree, src_head, pronouns=True)
    return False


def _sources(
    ctx: DocContext, tree: SentTree, v: int, heads: list[int], src_head: int | None
) -> tuple[list[SourceMention], str] | None:
    """(sources, kind) named by ``src_head`` (None: the verb needs a speaker it does not have)."""
    if src_head is None:
        return [], "reported-speech"
    if _not_a_speaker(ctx, tree, v, heads, src_head):
        return None
    kind = classify(ctx, tree, src_head, "reported-speech")
    if _pictures_show(ctx, v, src_head):
        return [], kind  # "Video showed the plane burst into flames": the writer's account of the pictures
    sources = source_mentions(ctx, tree, src_head)
    if kind == AttributionKind.VAGUE_REPORT:
        return unnamed_reports(ctx, tree, v, src_head), kind
    return sources, kind


def _pictures_show(ctx: DocContext, v: int, src_head: int) -> bool:
    """ "Video showed X", "Images on state television showed X": pictures as the subject of an evidence verb.
    The attribution stays (the pictures are why the writer says X) but names no source: what a picture shows
    is what the writer saw in it, no one's statement."""
    toks = ctx.doc.tokens
    return toks[v].lemma.lower() in EVIDENCE_VERBS and toks[src_head].lemma.lower() in VISUAL_NOUNS


def unnamed_reports(ctx: DocContext, tree: SentTree, v: int, head: int) -> list[SourceMention]:
    """ "Reports said that ...": a bare "reports" subject of the cue names unnamed reports as the source (as
    "reportedly" and "according to reports" do, ``resolve/reports.py``, which finds the report word only in
    the cue or the noun the cue hangs on: "reports suggesting that" stays sourceless here); a rumour or a
    claim names none."""
    toks = ctx.doc.tokens
    if toks[head].lemma.lower() not in REPORT_LEMMAS:
        return []
    if toks[head].head != v and stranded_subject(ctx, tree, v) != head:
        return []
    if toks[head].xpos == "NN" and is_the_report(ctx, tree, head):
        return [mention_of(ctx, tree, head, name=UNNAMED_REPORTS_NAME)]  # rule ``the-report``
    if toks[head].xpos != "NNS":
        return []
    if any(toks[c].upos not in ("PUNCT", "CCONJ") and not _unnaming_quantifier(toks[c]) for c in tree.children(head)):
        return []  # "a report published by the ministry", "the reports": a report someone can be named for
    return [mention_of(ctx, tree, head, name=UNNAMED_REPORTS_NAME)]


#: The step of a cue whose subject is one report the article mentioned, with nothing else to name it.
THE_REPORT_STEP = "the-report"
RULED_THAT_STEP = "ruled-that"


def is_the_report(ctx: DocContext, tree: SentTree, head: int) -> bool:
    """ "The report also notes that X": a singular report noun with only the definite article (no owner, no
    modifier) points back at a report the article mentioned and names nothing more; it is still where X comes
    from, read as "according to the report" is (unnamed reports, ``resolve/reports.py``), never a body that
    could confirm another (step ``the-report``). Before, such a cue had no source and its claim was the outlet's."""
    toks = ctx.doc.tokens
    kids = [c for c in tree.children(head) if toks[c].upos not in ("PUNCT",)]
    return len(kids) == 1 and toks[kids[0]].deprel == "det" and toks[kids[0]].text.lower() in ONE_REPORT_DETERMINERS


def _unnaming_quantifier(t: Token) -> bool:
    """ "some" in "some reports said": a determiner that names no reports (rule ``unnamed_reports``)."""
    return t.deprel in ("det", "amod") and t.text.lower() in UNNAMED_REPORT_QUANTIFIERS


def _via(ctx: DocContext, tree: SentTree, v: int, speaker: _Speaker) -> list[SourceMention]:
    """Intermediaries of the cue and of its source phrase ("an official quoted by Reuters said")."""
    via = via_of(ctx, tree, v)
    if speaker.src_head is not None:
        via += quoted_by(ctx, tree, speaker.src_head)  # "an official quoted by Reuters said ..."
        via += published_by(ctx, tree, speaker.src_head)  # "documents published by the Acme Bureau show ..."
        via += spoken_to(ctx, tree, speaker.src_head)  # "..., said X, the mayor, to the Daily Courier"
    if speaker.quoted_as is not None:
        cite = speaker.quoted_as[1]
        via += [
            m
            for a in tree.kids(cite, ("obl:agent",))
            if is_intermediary(ctx, tree, a)
            for m in source_mentions(ctx, tree, a, unwrap=False)
        ]
        # "NHK quoted police as saying" / "a report by NHK quoted police as saying": who quoted passed it on
        via += [
            m
            for a in tree.kids(cite, ("nsubj",))
            if is_source_like(ctx, tree, (o := unwrap_owner(ctx, tree, a))) or is_intermediary(ctx, tree, o)
            for m in source_mentions(ctx, tree, a)
        ]
    return via


def _form_stops(ctx: DocContext, tree: SentTree, v: int, heads: list[int]) -> set[int]:
    """Words of the verb's form inside its content: "called on drivers to ...", "warned of floods",
    "claimed responsibility for an attack that ..."."""
    toks = ctx.doc.tokens
    lem = toks[v].lemma.lower()
    stop: set[int] = set()
    if lem in DIRECTIVE_VERBS and heads:  # "called on drivers to ...": the preposition is frame
        stop.update(k for k in tree.kids(heads[0], ("case",)) if toks[k].lemma.lower() in DIRECTIVE_LISTENER_CASES)
    if lem in WARNING_VERBS:  # "warned of floods": the preposition is frame
        stop.update(m for h in heads if (m := warning_mark(ctx, tree, h)) is not None)
    if lem in OBJECT_CONTENT_VERBS and heads and toks[heads[0]].lemma.lower() in RESPONSIBILITY_NOUNS:
        lo, hi = tree.bounds(heads[0])
        stop.update(c for c in range(lo, hi) if toks[c].deprel == "acl:relcl")  # "... for an attack that ..."
    return stop


def _content_stops(
    ctx: DocContext, tree: SentTree, v: int, heads: list[int], speaker: _Speaker, cues: set[int]
) -> set[int]:
    """Tokens under the content heads that belong to the frame, not to what is reported."""
    surface = speaker.surface
    stop = set(range(surface[0], surface[1])) if surface is not None else set()
    stop.update(c for h in heads for c in fronted_citings(ctx, tree, h))  # ", citing X," is frame
    stop |= _form_stops(ctx, tree, v, heads)
    stop |= closing_per_phrase(ctx, tree)  # "..., per CNN.": the sentence's relay, no part of the content
    # "urged X to stay indoors and called on Y to ...": a coordinated cue is an attribution of its own
    stop.update(c for h in heads for c in tree.kids(h, ("conj",)) if c in cues or _is_frame_cue(ctx, tree, c))
    return stop


def _verb_content(
    ctx: DocContext,
    tree: SentTree,
    v: int,
    heads: list[int],
    speaker: _Speaker,
    frame: tuple[int, int],
    cues: set[int],
) -> list[tuple[int, int]]:
    """What cue ``v`` reports: its clause, the denial itself, or the words around a parenthetical frame."""
    toks = ctx.doc.tokens
    lem = toks[v].lemma.lower()
    stop = _content_stops(ctx, tree, v, heads, speaker, cues)
    content = clause_content(ctx, tree, heads, stop) if heads else []
    if lem in DENIAL_VERBS and content and _noun_object_only(ctx, tree, v, heads):
        content = [(toks[v].start, max(e for _s, e in content))]  # "denied any wrongdoing": the denial is the claim
    subj = speaker.subj
    if (
        not content
        and not _ends_with_colon(ctx, tree, v)
        and lem in PARENTHETICAL_VERBS
        and subj is not None
        and not _relative_or_transitive(ctx, tree, v, subj)
        and not _participle_in_phrase(ctx, tree, v, subj)
    ):
        content = parenthetical_content(ctx, tree, frame, cues)
        if not content:
            content = _interrupted_clause(ctx, tree, v, frame, cues)
    return content


def _verb_cand(
    ctx: DocContext, tree: SentTree, v: int, cues: set[int], asks: set[int]
) -> tuple[Cand, int | None] | None:
    """The attribution of cue verb ``v`` and the token it inherits its speaker from (None: no attribution)."""
    toks = ctx.doc.tokens
    t = toks[v]
    if _subject(ctx, tree, v) is None:
        surface = surface_subject(ctx, tree, v)
    else:
        surface = outside_quote_subject(ctx, tree, v) or inverted_clause_subject(ctx, tree, v)
    if surface is None and is_passive(ctx, tree, v):
        return None
    heads = _heads_or_skip(ctx, tree, v, asks)
    if heads is None:
        return None
    if (inverted := inverted_object_speaker(ctx, tree, v)) is not None:
        heads = [h for h in heads if h != inverted]  # "..., reported Radio Sava.": the name speaks, it is not said
    speaker = _speaker(ctx, tree, v, surface)
    if speaker is None:
        return None
    named = _sources(ctx, tree, v, heads, speaker.src_head)
    if named is None:
        return None
    sources, kind = named
    via = _via(ctx, tree, v, speaker)
    if via and kind == AttributionKind.REPORTED_SPEECH:
        kind = "told"
    fa, fb = frame_of(ctx, tree, v, speaker.subj, heads)
    content = _verb_content(ctx, tree, v, heads, speaker, (fa, fb), cues)
    frame = (toks[fa].start, toks[fb - 1].end)
    cand = Cand(kind, sources, (t.start, t.end), v, content, tree.index, via=via, heads=heads, frame=frame)
    cand.steps = _steps(ctx, tree, v, speaker, fb)
    return cand, speaker.inherit_from


#: The step of a closing cue whose object the parser took is its speaker (``speakers.inverted_object_speaker``).
INVERTED_OBJECT_STEP = "inverted-object-speaker"


def _steps(ctx: DocContext, tree: SentTree, v: int, speaker: _Speaker, frame_end: int) -> list[str]:
    """The named steps that decided parts of cue ``v``'s attribution (``Cand.steps``): its content form, a
    stranded subject, a colon that opens the quotation after the frame."""
    steps = []
    form = content_heads_and_form(ctx, tree, v)[1]
    if inverted_object_speaker(ctx, tree, v) is not None:
        steps.append(INVERTED_OBJECT_STEP)  # "..., reported Radio Sava.": the object speaks, no object form
    elif form is not None:
        steps.append(form)
    if speaker.subj is not None and speaker.subj == stranded_subject(ctx, tree, v):
        steps.append(STRANDED_SUBJECT_STEP)
    src = speaker.src_head
    if src is not None and ctx.doc.tokens[src].xpos == "NN" and unnamed_reports(ctx, tree, v, src):
        steps.append(THE_REPORT_STEP)
    if _ruled_that(ctx, tree, v):
        steps.append(RULED_THAT_STEP)
    if any(_colon_opens_quote(ctx, v, tree.bounds(c)[1]) for c in tree.children(v) if c >= frame_end):
        steps.append(COLON_QUOTE_STEP)
    return steps


def _base_speaker(
    tree: SentTree, toks: list[Token], cand: Cand, h: int, by_cue: dict[int, Cand], earlier: list[Cand]
) -> tuple[Cand | None, int]:
    """The attribution whose speaker a participle or coordinated cue takes: the one of the cue it hangs
    from (climbing conjuncts), else the nearest earlier one with a source; and the token climbed to."""
    base = by_cue.get(h)
    up = tree.head(h)
    while base is None and toks[h].deprel == "conj" and up is not None:
        h, up = up, tree.head(up)
        base = by_cue.get(h)
    if base is None:
        before = [c for c in earlier if c.cue_tok < cand.cue_tok and c is not cand and c.sources]
        base = max(before, key=lambda c: c.cue_tok) if before else None
    return base, h


def _inherit_speaker(
    ctx: DocContext, tree: SentTree, cand: Cand, h: int, by_cue: dict[int, Cand], earlier: list[Cand]
) -> None:
    """Give a participle or coordinated cue the speaker of the clause it hangs from ("drop" when none)."""
    toks = ctx.doc.tokens
    base, h = _base_speaker(tree, toks, cand, h, by_cue, earlier)
    if base is not None and base.sources:
        cand.sources = list(base.sources)
        if not cand.via and base.via:
            # "X told AFP, adding that ...": the added words reached us the same way
            cand.via = list(base.via)
            if cand.kind == AttributionKind.REPORTED_SPEECH:
                cand.kind = "told"
        return
    subj, h = speaking_subject(ctx, tree, h)
    up = tree.head(h)
    if subj is None and toks[h].deprel in ("conj", "xcomp") and up is not None:
        subj = _subject(ctx, tree, up)
    if subj is not None and toks[subj].text.lower() not in RELATIVE_PRONOUNS:
        cand.sources = source_mentions(ctx, tree, subj)
        cand.kind = classify(ctx, tree, subj, cand.kind)
        if cand.kind == AttributionKind.VAGUE_REPORT:
            cand.sources = []
    else:
        cand.sources = []
        cand.kind = "drop"


def quoted_as_relays(ctx: DocContext, tree: SentTree, cues: set[int]) -> list[Cand]:
    """ "Reuters quoted police as saying CLAUSE", "the agency cited the coast guard as saying CLAUSE": the
    object (police) speaks, the subject of the cite verb (Reuters) passed the words on (an intermediary)."""
    out: list[Cand] = []
    for v in range(tree.lo, tree.hi):
        if not _is_cue_verb(ctx, v, {}) or active_quoted_as(ctx, tree, v) is None:
            continue
        found = _verb_cand(ctx, tree, v, cues, set())
        if found is None or not found[0].sources:
            continue
        cand = found[0]
        if not cand.content and (opening := _quote_after(ctx, tree, v)) is not None:
            # "as saying, “Five officials ...”" parsed as objects of the cue: the frame ends before the quote,
            # which the quote rules then take as the content
            cand.frame = (cand.frame[0], ctx.doc.tokens[opening - 1].end)
        out.append(cand)
    return out


def _quote_after(ctx: DocContext, tree: SentTree, v: int) -> int | None:
    """The opening quote mark that follows cue ``v`` with only punctuation between (None: none)."""
    toks = ctx.doc.tokens
    for k in range(v + 1, tree.hi):
        if toks[k].text in OPEN_QUOTES:
            return k
        if toks[k].upos != "PUNCT":
            return None
    return None


def verbal(ctx: DocContext, tree: SentTree, known: list[Cand], cues: set[int] | None = None) -> list[Cand]:
    """Verb-cue attributions of one sentence; ``known`` are cues already found (light verbs);
    ``cues`` is ``cue_tokens`` of the sentence when the caller has it already."""
    if cues is None:
        cues = cue_tokens(ctx, tree)
    by_cue: dict[int, Cand] = {c.cue_tok: c for c in known}
    out: list[Cand] = []
    pending: list[tuple[Cand, int]] = []  # (cand, token to inherit the speaker from)
    asks: set[int] = set()  # cues whose only complement is an embedded question: kept to lend their speaker
    for v in range(tree.lo, tree.hi):
        if not _is_cue_verb(ctx, v, by_cue):
            continue
        found = _verb_cand(ctx, tree, v, cues, asks)
        if found is None:
            continue
        cand, inherit_from = found
        by_cue[v] = cand
        if inherit_from is not None:
            pending.append((cand, inherit_from))
        out.append(cand)
    # participles and coordinated cues take the speaker of the clause they hang from
    for cand, h in pending:
        _inherit_speaker(ctx, tree, cand, h, by_cue, [*known, *out])
    return [c for c in out if c.kind != "drop" and c.cue_tok not in asks]
