"""What the candidates stage hands on: a claim mention with its features, an article's mentions, a figure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ...kinds import AttributionKind

#: Attribution kinds that cover the whole article (a declared dependence), never a mention.
ARTICLE_LEVEL_KINDS = frozenset({AttributionKind.ARTICLE_REFERENCE})


@dataclass(slots=True)
class NumberFact:
    value: float
    qualifier: str  # normalised ("more than", "nearly", "about", ...) or "" when exact
    noun: str | None  # counted noun class ("troop", "casualty") when known
    text: str  # as written ("more than 3,000")
    #: the word (lower case, as written) the counted noun is the subject or object of, from the parse:
    #: "injured" in "17 people evacuated from the plane were injured" (not "evacuated", which modifies
    #: "people"); None when the noun is neither or the figure was not read from a parse
    said: str | None = None
    #: the figure is one a count moved away from ("revised down from 40", "up from 40"): the mention does not
    #: state it (rule ``figure_left_behind``)
    left_behind: bool = False


#: How much text before a source phrase a mention candidate keeps (``MentionCandidate.before_source``).
BEFORE_SOURCE_CHARS = 60


@dataclass(slots=True)
class MentionCandidate:
    start: int
    end: int
    text: str
    attributions: list[int]  # raw attribution indexes (parallel sources); empty = unattributed
    sentence: int
    lemmas: list[str]  # content keys: lemmas, "~class" for predicates, "@country"/"#entity"
    predicates: list[str]  # predicate classes anywhere in the content
    main_predicates: list[str]  # predicate classes of the main clause
    numbers: list[NumberFact] = field(default_factory=list)
    entities: list[tuple[str, str]] = field(default_factory=list)  # (normalised key, label)
    places: list[tuple[str, bool]] = field(default_factory=list)  # (place key or "?", asserted)
    hedges: list[str] = field(default_factory=list)
    direct: bool = False
    social: str | None = None  # platform named with the claim ("X", "Telegram")
    markers: list[str] = field(default_factory=list)  # framing and modal words ("first", "could", "if")
    position: int = 0  # order of the mention in its article
    #: the clause a reader should see as the claim: the content's sentence with the main event
    #: (multi-sentence quotes), and whether it reads as a full statement (named subject, finite verb)
    lead: str = ""
    fluent: bool = False
    #: the words a claim's statement prints for this mention, drawn from the article: the lead, else the
    #: lead carried to its phrase's end, else the lead with its attribution (see ``statements._lead``);
    #: where they come from ("content", "clause", "attribution"), and whether they read as a complete
    #: sentence (``statements.sentence_faults`` finds nothing)
    statement: str = ""
    statement_from: str = ""
    statement_complete: bool = False
    #: the length of a "He"/"She" in ``statement`` that is the mention's own attribution source, leading ("He
    #: said the toll had risen", its only fault) or after a first-person quotation ('"We are doing everything we
    #: can," he said', whose "We" it names): a claim may print the source's resolved name in its place,
    #: in an editor's brackets ("[Sánchez] said ..."; rule ``bracketed_speaker``, ``statement.claim_statement_from``)
    statement_speaker: int = 0
    #: where that pronoun starts in ``statement``: 0 when it leads, else after a quotation ('"We are doing
    #: everything we can," he said' -> '"...," [Ana Ruiz] said')
    statement_speaker_at: int = 0
    #: the cue, as written ("said", "wrote"), of a first-person quotation whose only fault is its leading "We"/"I"
    #: and whose speaker is named in another sentence: a claim may print the quotation with the speaker's
    #: resolved name and this cue in an editor's brackets ('"We are being very cautious," [Ana Ruiz wrote]';
    #: rule ``quoted_speaker``, ``statement.claim_statement_from``)
    statement_cue: str = ""
    #: for a place statement: index (in its article's ``mentions``) of the mention it qualifies,
    #: the one whose event it locates ("..., adding that the location where he was taken was not known")
    parent: int | None = None
    #: the day the main event is said to have happened, as comparable keys ("weekday:sunday",
    #: "date:3-9"), from date phrases of the content outside its side clauses
    dates: list[str] = field(default_factory=list)
    #: content keys found only in side clauses and cause phrases ("soldiers operating as mixed
    #: units", "due to attacks"): they describe the proposition's participants or cause and weigh
    #: less when mentions are compared
    side: list[str] = field(default_factory=list)
    #: the text just before each source phrase of its attributions, in ``attributions`` order (at most
    #: ``BEFORE_SOURCE_CHARS`` characters; "" for an attribution without a source): "after rejecting " before
    #: "Bankman-Fried's claim that ..." (read by the verdict's rule ``denial_is_no_confirmation``)
    before_source: list[str] = field(default_factory=list)
    #: hedge words of ``hedges`` the content has only inside a side clause ("footage apparently shot by a
    #: passenger showed flames": the hedge is about who shot it, not about the flames), read by the
    #: hedge-dropped conflict only; the verdict's doubts read ``hedges``
    side_hedges: list[str] = field(default_factory=list)
    #: places of ``places`` the content names only inside a phrase or clause dating it by another event ("behind
    #: bars since 2021, when he returned after recuperating in Germany": Germany is where he recuperated, not where
    #: he is held), read by the place conflict inside a claim only; grouping and signals read ``places``
    side_places: list[tuple[str, bool]] = field(default_factory=list)
    #: the head noun of the paper whose finding the content's main clause reports when no one is named as its maker
    #: ("A preliminary investigation indicated ..." -> "investigation"; ``papers.relayed_paper``), else ""
    relayed_paper: str = ""
    #: the subject of the content's main clause is its speaker ("we", "our customers"; in reported speech "its
    #: network"): a statement about the speaker itself (``self_statements.about_speaker``)
    about_speaker: bool = False

    @property
    def attribution(self) -> int | None:
        return self.attributions[0] if self.attributions else None


@dataclass(slots=True)
class ArticleCandidates:
    article_id: str
    mentions: list[MentionCandidate]
    #: sorted unique 64-bit hashes of word 5-grams (quotes excluded); a list as built, an ``array('Q')``
    #: once the parent has compacted the analysis for the cross-article stage (``analysis.compact``)
    shingles: Sequence[int]
    signature: Sequence[int]  # MinHash of ``shingles`` (a list, or an ``array('Q')`` likewise)
    published: str | None = None
    outlet: str | None = None


#: Marker of a statement that names an event only as a possibility or a goal (see _is_generic).
GENERIC_MARKER = "<generic>"


#: Marker of a rank word that opens a series ("the first of many"): see _series.
SERIES_MARKER = "<series>"


#: Markers of what a speaker does with the content besides asserting it: judging it ("called the
#: attack despicable") or urging it ("urged hospitals to check their systems"). Either is a claim
#: of its own: "X called the attack despicable" is not a report that an attack happened.
EVALUATION_MARKER = "<evaluation>"


DIRECTIVE_MARKER = "<directive>"
