"""The extraction rules, in their declared order.

Two rule sets (``attribution.rules``):

* ``SENTENCE_RULES`` run on each parsed sentence (:class:`Sentence`), all of them
  (``RuleSet.cascade``): each returns the attributions it finds, tagged with its name.
  What one rule takes from the ones before it is declared in ``reads`` and passed as
  ``earlier``: "verbal" skips the cues a light-verb estimate already took; "citing" hangs
  under the "according to" / speech cue it cites; "through" shares its verb's content;
  the noun rules leave a cue any earlier rule took. Facts of the sentence that are no
  rule's output (the cue tokens, the verbs with a "through" source) are computed by the
  :class:`Sentence` once.
* ``POST_RULES`` run once over the article's attributions and its quotes, in order: each
  takes the list and returns the list it leaves. An attribution a post rule creates (a
  copy per bullet, a continued sentence, a quote paragraph) is tagged with that rule.

A new form is a new rule here, with the phrase it exists for as its ``example``:
``tests/rules/test_extraction_rules_fire.py`` parses every example and checks that the
rule fires under its name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..rules import RuleSet, rule
from .also_continues import also_continues
from .between_cues import between_one_speakers_cues
from .collective import noun_cues, report_nouns
from .colon import colon_content
from .context import Cand, DocContext, SentTree
from .continuation import continue_content
from .passive import passive_cues, through, through_source
from .prepositional import according_to, as_per, citing, in_finding, reported_by
from .quotes import Quote, attach_quotes, drop_speaker_thoughts, orphan_quotes
from .references import references
from .verbal import (
    cue_tokens,
    emergences,
    free_relative_names,
    light_verb_estimates,
    quoted_as_relays,
    verbal,
)


@dataclass(slots=True)
class Sentence:
    """One parsed sentence as the sentence rules see it, with the facts several rules share."""

    ctx: DocContext
    tree: SentTree
    #: every token that may open an attribution (for cutting content at the next cue)
    cues: set[int] = field(default_factory=set)
    _through_verbs: set[int] | None = None

    @classmethod
    def of(cls, ctx: DocContext, index: int) -> Sentence:
        tree = ctx.trees[index]
        return cls(ctx, tree, cue_tokens(ctx, tree))

    @property
    def index(self) -> int:
        return self.tree.index

    @property
    def through_verbs(self) -> set[int]:
        """Verbs with a "through X" source ("it has been confirmed through the embassy")."""
        if self._through_verbs is None:
            ctx, tree = self.ctx, self.tree
            self._through_verbs = {
                v for v in range(tree.lo, tree.hi) if ctx.doc.tokens[v].upos == "VERB" and through_source(ctx, tree, v)
            }
        return self._through_verbs


#: The sentence rules that take a cue, in the order they run: a later rule reads what those before it took
#: (``_cues_up_to``), so a cue one of them found is not found twice.
CUE_RULES = (
    "light-verb-estimate",
    "quoted-as-saying",
    "verbal",
    "emergence",
    "according-to",
    "as-per",
    "reported-by",
    "citing",
    "through",
    "passive",
    "report-noun",
)


def _cues_up_to(last: str) -> tuple[str, ...]:
    """The cue-taking rules that run before a rule, up to and including ``last``."""
    return CUE_RULES[: CUE_RULES.index(last) + 1]


def _new(found: list[Cand], earlier: list[Cand]) -> list[Cand]:
    """``found`` without the cues an earlier rule already took."""
    known = {c.cue_tok for c in earlier}
    return [c for c in found if c.cue_tok not in known]


@rule("light-verb-estimate", example="The regional governor put the number of damaged homes at more than 1,200.")
def _light_verb_estimate(s: Sentence, earlier: list[Cand]) -> list[Cand]:
    """ "X put the number (killed) at NUMBER": a figure attributed to X."""
    return light_verb_estimates(s.ctx, s.tree)


@rule("quoted-as-saying", example="The agency quoted the harbour master as saying the pier was closed.")
def _quoted_as_saying(s: Sentence, earlier: list[Cand]) -> list[Cand]:
    """ "X quoted/cited Y as saying CLAUSE": Y speaks, X passed the words on (X an intermediary)."""
    return quoted_as_relays(s.ctx, s.tree, s.cues)


@rule("verbal", example="The mayor said the bridge was closed.", reads=("light-verb-estimate", "quoted-as-saying"))
def _verbal(s: Sentence, earlier: list[Cand]) -> list[Cand]:
    """ "X said/told/confirmed ... that CLAUSE" and its relatives, participles and parentheticals."""
    return verbal(s.ctx, s.tree, earlier, s.cues)


@rule("emergence", example="The mayor resigned after it emerged that a firm owned by his son had won a contract.")
def _emergence(s: Sentence, earlier: list[Cand]) -> list[Cand]:
    """ "after it emerged that X": a vague report."""
    return emergences(s.ctx, s.tree)


@rule(
    "free-relative-name",
    example="The storm destroyed the pier in what officials described as the worst flooding in a decade.",
    reads=("verbal",),
)
def _free_relative_name(s: Sentence, earlier: list[Cand]) -> list[Cand]:
    """ "in what prosecutors have called one of the biggest frauds": the name is the subject's claim."""
    return free_relative_names(s.ctx, s.tree, earlier)


@rule("according-to", example="According to the police, the bridge was closed on Friday.")
def _according_to(s: Sentence, earlier: list[Cand]) -> list[Cand]:
    """ "according to X, CLAUSE"."""
    return according_to(s.ctx, s.tree, s.cues)


@rule("as-per", example="As per reports, the ferry sank near the harbour.")
def _as_per(s: Sentence, earlier: list[Cand]) -> list[Cand]:
    """ "as per X, CLAUSE", X a source or reports: read as "according to X"."""
    return as_per(s.ctx, s.tree, s.cues)


@rule(
    "in-finding",
    example="In a new Gallup poll, the governor had a ten-point lead.",
    reads=_cues_up_to("according-to"),
)
def _in_finding(s: Sentence, earlier: list[Cand]) -> list[Cand]:
    """ "In X's poll / survey / words, CLAUSE": the clause is the finding's (as "according to X, CLAUSE")."""
    return _new(in_finding(s.ctx, s.tree, s.cues), earlier)


@rule("reported-by", example="Reported by the local radio station on Friday, the fire destroyed two warehouses.")
def _reported_by(s: Sentence, earlier: list[Cand]) -> list[Cand]:
    """ "Reported by X, CLAUSE" and "it was reported by X that CLAUSE"."""
    return reported_by(s.ctx, s.tree, s.cues)


@rule(
    "citing",
    example="Reuters reported that the bridge was closed, citing two officials.",
    reads=_cues_up_to("reported-by"),
)
def _citing(s: Sentence, earlier: list[Cand]) -> list[Cand]:
    """ "..., citing X": X under the cue it cites (an "according to" or a speech verb) when there is one."""
    return citing(s.ctx, s.tree, s.cues, earlier)


@rule(
    "through",
    example="It has been confirmed through the embassy that the sailor was freed.",
    reads=_cues_up_to("citing"),
)
def _through(s: Sentence, earlier: list[Cand]) -> list[Cand]:
    """ "confirmed through X that CLAUSE": X under its verb's attribution when there is one."""
    return through(s.ctx, s.tree, earlier)


@rule("passive", example="It is reported that the tanker had run aground.")
def _passive(s: Sentence, earlier: list[Cand]) -> list[Cand]:
    """ "It is reported that CLAUSE", "X are believed to be Y", "it was confirmed by X that ..."."""
    return passive_cues(s.ctx, s.tree, s.through_verbs)


@rule(
    "report-noun",
    example="There were reports that the tanker had run aground.",
    reads=_cues_up_to("passive"),
)
def _report_noun(s: Sentence, earlier: list[Cand]) -> list[Cand]:
    """ "reports (in X) that CLAUSE", on a noun no earlier rule took as its cue."""
    return _new(report_nouns(s.ctx, s.tree), earlier)


@rule(
    "noun-cue",
    example="The estimate from the health ministry is much lower, at 1,100.",
    reads=_cues_up_to("report-noun"),
)
def _noun_cue(s: Sentence, earlier: list[Cand]) -> list[Cand]:
    """ "The estimate from X is much lower", on a noun no earlier rule took as its cue."""
    return _new(noun_cues(s.ctx, s.tree, s.cues), earlier)


@rule("article-reference", example="(Reporting by Jane Doe; Additional reporting by Reuters; Editing by John Roe)")
def _article_reference(s: Sentence, earlier: list[Cand]) -> list[Cand]:
    """ "Additional reporting by A and B", "Sources: A, B", desk credits "ab/cd (A, B)"."""
    return references(s.ctx, s.index)


SENTENCE_RULES = RuleSet(
    "extraction.sentence",
    [
        _light_verb_estimate,
        _quoted_as_saying,
        _verbal,
        _emergence,
        _free_relative_name,
        _according_to,
        _as_per,
        _in_finding,
        _reported_by,
        _citing,
        _through,
        _passive,
        _report_noun,
        _noun_cue,
        _article_reference,
    ],
)


def sentence_candidates(ctx: DocContext, index: int) -> list[Cand]:
    """Every attribution the sentence rules find in sentence ``index``, each tagged with its rule."""
    out: list[Cand] = []
    for fired in SENTENCE_RULES.cascade(Sentence.of(ctx, index)):
        cand: Cand = fired.value
        cand.rule = fired.rule
        out.append(cand)
    return out


# -- rules over the whole article, after the sentence rules ------------------------------------------
@dataclass(slots=True)
class Article:
    """What the post rules read besides the attributions: the article and its quotes."""

    ctx: DocContext
    quotes: list[Quote]


@rule("attach-quotes", example="“The bridge is closed,” the mayor said.")
def _attach_quotes(a: Article, cands: list[Cand]) -> list[Cand]:
    """Clause content that is a direct quote becomes the quote (kind "direct-quote")."""
    attach_quotes(a.ctx, cands, a.quotes)
    return cands


@rule("drop-speaker-thoughts", example="“We expect the toll to rise,” she said.", reads=("attach-quotes",))
def _drop_speaker_thoughts(a: Article, cands: list[Cand]) -> list[Cand]:
    """A quoted speaker's own thoughts inside the quote ("“We expect ...”") are not a new source."""
    return drop_speaker_thoughts(a.ctx, cands, a.quotes)


@rule("colon-list", example="The ministry said:\n- the bridge is closed\n- the ferry is running")
def _colon_list(a: Article, cands: list[Cand]) -> list[Cand]:
    """ "X said:" takes the next paragraph, or one attribution per bullet of the list after it."""
    return colon_content(a.ctx, cands, a.quotes)


@rule(
    "continuation",
    example="According to the police, the drivers were stopped at the border. They were carrying forged papers.",
    reads=("colon-list",),
)
def _continuation(a: Article, cands: list[Cand]) -> list[Cand]:
    """A sentence-opening frame runs on over a next sentence that continues it by a pronoun."""
    continue_content(a.ctx, cands)
    return cands


@rule(
    "between-two-cues",
    example=(
        "The bridge will reopen on Friday, said Mayor Ana Ruiz. Repairs are finished. "
        "Traffic will be limited at first, Ruiz said."
    ),
    reads=("continuation",),
)
def _between_two_cues(a: Article, cands: list[Cand]) -> list[Cand]:
    """A cue-less sentence between two cues of one named speaker in its paragraph is that speaker's."""
    return between_one_speakers_cues(a.ctx, cands, a.quotes)


@rule(
    "also-continues",
    example="Two fishermen died off the cape, the coast guard said. A third man also died in the harbour.",
    reads=("between-two-cues",),
)
def _also_continues(a: Article, cands: list[Cand]) -> list[Cand]:
    """A cue-less sentence adding to a named account with "also" on its main verb goes on with its source."""
    return also_continues(a.ctx, cands, a.quotes)


@rule(
    "orphan-quote",
    example="The mayor said the bridge was closed.\n“We are working day and night to open it again.”",
    reads=("attach-quotes", "continuation"),
)
def _orphan_quote(a: Article, cands: list[Cand]) -> list[Cand]:
    """A cue-less quote paragraph right after an attributed sentence has that sentence's speaker."""
    return cands + orphan_quotes(a.ctx, cands, a.quotes)


POST_RULES = RuleSet(
    "extraction.article",
    [
        _attach_quotes,
        _drop_speaker_thoughts,
        _colon_list,
        _continuation,
        _between_two_cues,
        _also_continues,
        _orphan_quote,
    ],
)


def article_candidates(ctx: DocContext, cands: list[Cand], quotes: list[Quote]) -> list[Cand]:
    """``cands`` after the post rules, in order; what a post rule creates is tagged with its name."""
    article = Article(ctx, quotes)
    for step in POST_RULES:
        before = {id(c) for c in cands}
        cands = step(article, cands)
        for c in cands:
            if id(c) not in before:
                c.rule = step.name
    return cands
