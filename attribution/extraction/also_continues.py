"""A sentence that adds to the one before it with "also" goes on with that sentence's source.

"Two fishermen died off the cape, the coast guard said. A third man also died in the harbour." The second
sentence has no cue of its own, but "also" on its main verb says it adds to the account just given, and
news writing leaves the source of that account standing. The same holds for an agentless passive report:
"... according to the fire service. Forty homes were also reported damaged." reads "also reported" by the
fire service, not by unnamed reports.

The rule is kept narrow on purpose, because an "also" sentence after a cue is often the writer's own
narration ("Lee said she would run. She also raised $2 million."):

* the sentence before has one named source, and its attribution takes most of it (the account is the
  sentence, not a clause inside it);
* the additive adverb (``ADDITIVE_ADVERBS``) hangs on the main verb of the next sentence, and with no cue of
  its own that verb is a word of the account's content (its lemma: "two died ... A third man also died"):
  "also" presupposes that something else did the same, and the account just given is where that was said.
  "Lee said the museum opened its doors. The museum also waived its fee." adds a new deed, and is left;
* that sentence's subject is no pronoun and not the speaker (a sentence about what the speaker did is
  narration), and it holds no quotation;
* it has no cue of its own (step ``also_continues``), or its only cue is a passive report verb with no agent
  (step ``also_reported``), whose vague source becomes the speaker's;
* it follows in the same paragraph, or the sentence before stands as a paragraph of its own (a page that
  sets each sentence apart).

Without "also", one more form goes on with the account (step ``same_clause_repeated``): the next sentence says
the account's own report again of the same thing, its main verb an agentless passive report verb and it and
its subject's head being (by lemma) a verb of the account's content and that verb's subject ("More than 70,000
outages were reported after 8 a.m., according to X. The first outages were reported just before 4 a.m.").
Words in apposition to the account's source ("according to X, a website that detects outages") count as the
account's when its share is measured.
"""

from __future__ import annotations

from ..kinds import AttributionKind
from ..lang.en.cues import ADDITIVE_ADVERBS
from ..lang.en.resolve_words import REPORT_LEMMAS
from .between_cues import continued, paragraph_of, quoted
from .context import Cand, DocContext, SentTree, trim_span
from .quotes import Quote

SUBJECT_DEPRELS = frozenset({"nsubj", "nsubj:pass"})
#: Parts of speech of the content words an additive sentence's main verb is matched with.
PREDICATE_POS = frozenset({"VERB", "NOUN", "ADJ"})
#: The share of its sentence's letters and digits an account (content, source and cue) must cover to
#: speak for the whole sentence.
MIN_ACCOUNT_SHARE = 0.8


def _adjacent(ctx: DocContext, first: int) -> bool:
    """Sentence ``first + 1`` follows ``first`` in its paragraph, or ``first`` is a paragraph of its own."""
    sentences = ctx.doc.sentences
    para = paragraph_of(ctx, sentences[first].start)
    if paragraph_of(ctx, sentences[first + 1].start) == para:
        return True
    alone_before = first == 0 or paragraph_of(ctx, sentences[first - 1].start) != para
    return alone_before and paragraph_of(ctx, sentences[first + 1].start) == para + 1


def _root(ctx: DocContext, s: int) -> int | None:
    sent = ctx.doc.sentences[s]
    for t in ctx.doc.tokens[sent.start_token : sent.end_token]:
        if t.deprel == "root":
            return t.i
    return None


def _additive_subject(ctx: DocContext, s: int) -> int | None:
    """The subject of sentence ``s``'s main verb when an additive adverb hangs on that verb, else None."""
    root = _root(ctx, s)
    if root is None:
        return None
    sent = ctx.doc.sentences[s]
    kids = [t for t in ctx.doc.tokens[sent.start_token : sent.end_token] if t.head == root and t.i != root]
    if not any(t.deprel == "advmod" and t.text.lower() in ADDITIVE_ADVERBS for t in kids):
        return None
    subjects = [t.i for t in kids if t.deprel in SUBJECT_DEPRELS]
    return subjects[0] if subjects else None


def _account(ctx: DocContext, cands: list[Cand]) -> Cand | None:
    """The one named account a sentence gives: a single source whose content takes most of the sentence."""
    named = [c for c in cands if c.sources and c.content and ctx.doc.tokens[c.sources[0].head].upos != "PRON"]
    heads = {ctx.doc.tokens[c.sources[0].head].text.lower() for c in named}
    if len(named) != 1 or len(named[0].sources) != 1 or len(heads) != 1:
        return None
    cand = named[0]
    sent = ctx.doc.sentences[cand.sentence]
    spans = [*cand.content, cand.cue, *((m.start, m.end) for m in cand.sources), *_appositions(ctx, cand)]
    inside = [any(a <= i < b for a, b in spans) for i in range(sent.start, sent.end) if ctx.text[i].isalnum()]
    return cand if inside and sum(inside) >= MIN_ACCOUNT_SHARE * len(inside) else None


def _appositions(ctx: DocContext, cand: Cand) -> list[tuple[int, int]]:
    """Character spans of the appositions on the account's source ("according to X, a website that detects
    outages"): words that describe the source belong to the account, not to the sentence's own news."""
    tree = SentTree(ctx.doc, cand.sentence)
    toks = ctx.doc.tokens
    out = []
    for m in cand.sources:
        if not tree.lo <= m.head < tree.hi:
            continue
        for k in tree.kids(m.head, ("appos",)):
            lo, hi = tree.bounds(k)
            out.append((toks[lo].start, toks[hi - 1].end))
    return out


def _same_predicate(ctx: DocContext, account: Cand, s: int) -> bool:
    """The main verb of sentence ``s`` is, by its lemma, a content word of ``account``'s content."""
    root = _root(ctx, s)
    if root is None:
        return False
    lemma = ctx.doc.tokens[root].lemma.lower()
    words = set()
    for a, b in account.content:
        lo, hi = ctx.tokens_in(a, b)
        words |= {t.lemma.lower() for t in ctx.doc.tokens[lo:hi] if t.upos in PREDICATE_POS}
    return lemma in words


def _main_subject(ctx: DocContext, s: int) -> int | None:
    """The subject of sentence ``s``'s main verb (None when it has none)."""
    root = _root(ctx, s)
    if root is None:
        return None
    sent = ctx.doc.sentences[s]
    toks = ctx.doc.tokens[sent.start_token : sent.end_token]
    return next((t.i for t in toks if t.head == root and t.i != root and t.deprel in SUBJECT_DEPRELS), None)


def _sentence_tokens(ctx: DocContext, s: int) -> slice:
    """The token slice of sentence ``s``."""
    sent = ctx.doc.sentences[s]
    return slice(sent.start_token, sent.end_token)


def _repeats_account(ctx: DocContext, account: Cand, s: int, subject: int) -> bool:
    """Sentence ``s`` says the account's own report again of the same thing (step ``same_clause_repeated``):
    its main verb is an agentless passive report verb ("were reported", ``REPORT_LEMMAS``) and it and its
    subject's head are, by their lemmas, a verb of the account's content and that verb's subject ("More than
    70,000 outages were reported after 8 a.m., according to X. The first outages were reported just before 4
    a.m."). An event verb said again ("Almost 650 courses have closed, the group says. In 2013, 158 courses
    closed") is left: the writer may be narrating, and PolNeAR does not mark it."""
    root = _root(ctx, s)
    if root is None:
        return False
    toks = ctx.doc.tokens
    verb, noun = toks[root].lemma.lower(), toks[subject].lemma.lower()
    if toks[root].upos != "VERB" or toks[subject].upos != "NOUN" or verb not in REPORT_LEMMAS:
        return False  # only a report said again: an event verb repeated may be the writer's own narration
    if toks[subject].deprel != "nsubj:pass" or any(
        t.head == root and t.deprel.startswith("obl:agent") for t in toks[_sentence_tokens(ctx, s)]
    ):
        return False  # "were reported" with no one named reporting: the account's source reported it
    for a, b in account.content:
        lo, hi = ctx.tokens_in(a, b)
        for t in toks[lo:hi]:
            if t.upos != "VERB" or t.lemma.lower() != verb:
                continue
            kids = (k for k in toks[lo:hi] if k.head == t.i and k.deprel in SUBJECT_DEPRELS)
            if any(k.lemma.lower() == noun for k in kids):
                return True
    return False


def also_continues(ctx: DocContext, cands: list[Cand], quotes: list[Quote]) -> list[Cand]:
    """One attribution per cue-less "also" sentence that adds to a named account just before it with
    the same predicate; an agentless "also reported" takes that account's source."""
    sentences = ctx.doc.sentences
    by_sentence: dict[int, list[Cand]] = {}
    for c in cands:
        by_sentence.setdefault(c.sentence, []).append(c)
    extra: list[Cand] = []
    for first in sorted(by_sentence):
        nxt = first + 1
        if nxt >= len(sentences) or not _adjacent(ctx, first):
            continue
        account = _account(ctx, by_sentence[first])
        if account is None:
            continue
        subject = _additive_subject(ctx, nxt)
        if subject is None:
            repeated = _repeated(ctx, account, nxt, by_sentence.get(nxt, []), quotes)
            if repeated is not None:
                extra.append(repeated)
            continue
        subj = ctx.doc.tokens[subject]
        speaker = ctx.doc.tokens[account.sources[0].head]
        if subj.upos == "PRON" or subj.text.lower() == speaker.text.lower():
            continue  # a sentence about what the speaker (or someone named by a pronoun) did: narration
        span = trim_span(ctx.text, sentences[nxt].start, sentences[nxt].end)
        if span is None or quoted(quotes, *span):
            continue
        own = by_sentence.get(nxt, [])
        if not own and _same_predicate(ctx, account, nxt):
            extra.append(continued(account, span, nxt, "also_continues"))
        elif len(own) == 1 and own[0].kind == AttributionKind.VAGUE_REPORT and not own[0].sources:
            vague = own[0]
            vague.kind = AttributionKind.REPORTED_SPEECH
            vague.sources = list(account.sources)
            vague.via = list(account.via)
            vague.steps = [*vague.steps, "also_reported"]
    return cands + extra


def _repeated(ctx: DocContext, account: Cand, nxt: int, own: list[Cand], quotes: list[Quote]) -> Cand | None:
    """The account's clause said again of the same thing in the cue-less sentence after it (no "also"):
    that sentence goes on with the account's source (step ``same_clause_repeated``)."""
    subject = _main_subject(ctx, nxt)
    if subject is None or not _repeats_account(ctx, account, nxt, subject):
        return None
    if own:
        if len(own) == 1 and not own[0].sources:  # its one cue is the repeated verb, with no agent ("were reported")
            own[0].kind = AttributionKind.REPORTED_SPEECH
            own[0].sources = list(account.sources)
            own[0].via = list(account.via)
            own[0].steps = [*own[0].steps, "same_clause_repeated"]
        return None
    span = trim_span(ctx.text, ctx.doc.sentences[nxt].start, ctx.doc.sentences[nxt].end)
    if span is None or quoted(quotes, *span):
        return None
    return continued(account, span, nxt, "same_clause_repeated")
