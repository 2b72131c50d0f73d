"""The names the code gives things, as string enums: attribution, source, block, conflict and evidence kinds
and the roles of a chain.

Each member *is* its string (``SourceKind.PERSON == "person"``, same hash), so the JSON, the alias file and
every cache read and write exactly the strings they always did; code compares against the members so a type
checker sees a misspelt kind. These are names, not English words: the words that *lead* to a kind (head nouns,
cue verbs) live in ``attribution/lang/en/``.
"""

from __future__ import annotations

from enum import StrEnum


class AttributionKind(StrEnum):
    """The form an attribution takes (``Attribution.kind``)."""

    DIRECT_QUOTE = "direct-quote"
    REPORTED_SPEECH = "reported-speech"
    ACCORDING_TO = "according-to"
    CITING = "citing"
    REPORTED_BY = "reported-by"
    TOLD = "told"
    PASSIVE_AGENT = "passive-agent"
    THROUGH = "through"
    COLON_LIST = "colon-list"
    COLLECTIVE = "collective"
    VAGUE_REPORT = "vague-report"
    ARTICLE_REFERENCE = "article-reference"


class SourceKind(StrEnum):
    """What a source is (``Source.kind``); the alias file and the resolver use exactly these strings."""

    PERSON = "person"
    GOVERNMENT = "government"
    MILITARY = "military"
    INTELLIGENCE_AGENCY = "intelligence agency"
    LEGISLATOR = "legislator"
    MEDIA_OUTLET = "media outlet"
    WIRE_AGENCY = "wire agency"
    SOCIAL_PLATFORM = "social platform"
    EXPERT_OR_THINK_TANK = "expert or think tank"
    ANONYMOUS = "anonymous"
    DOCUMENT = "document"
    COLLECTIVE = "collective"
    ORGANIZATION = "organization"
    UNKNOWN = "unknown"


#: Kinds that never identify a checkable origin by themselves.
VAGUE_KINDS = frozenset({SourceKind.ANONYMOUS, SourceKind.COLLECTIVE, SourceKind.UNKNOWN})


class BlockKind(StrEnum):
    """What a block of an article's text is (``doc.Block.kind``), as ingest classified it."""

    BODY = "body"
    BULLET = "bullet"
    TITLE = "title"
    HEADING = "heading"
    CAPTION = "caption"
    BYLINE = "byline"
    CREDIT = "credit"
    DATELINE = "dateline"
    BOILERPLATE = "boilerplate"


class ConflictKind(StrEnum):
    """What sources disagree about (``Conflict.kind``)."""

    NUMBER = "number"
    PLACE = "place"
    DATE = "date"
    CHANGED_ALONG_CHAIN = "changed-along-chain"
    HEDGE_DROPPED = "hedge-dropped"
    UNCONFIRMED = "unconfirmed"  # one outlet says it is not confirmed (or the party has not commented)
    QUOTE_WORDING = "quote-wording"  # one speaker's quotation reaches readers in different words
    RANK = "rank"  # "the second drug" / "the third of its kind" (between claims)
    COMPARISON = "comparison"  # "more expensive than X" / "cheaper than X" (between claims)
    LEVEL = "level"  # "the third highest of four alert levels" / "the second-highest level" (between claims)


class EvidenceKind(StrEnum):
    """How an article's outlet was found (``outlet_evidence``): given by the caller, then read from the page,
    strongest first (``ingest.outlet.EVIDENCE_ORDER`` is the page's part, in this order)."""

    MANIFEST = "manifest"
    RECORD = "record"
    SIGNOFF = "signoff"
    SITE_NAME = "site-name"
    APPEAL = "appeal"
    NEWSLETTER = "newsletter"
    STAFF_BYLINE = "staff-byline"
    BYLINE_OUTLET = "byline-outlet"
    APP = "app"
    MASTHEAD = "masthead"
    MASTHEAD_LINE = "masthead-line"
    SOURCE_LINE = "source-line"
    INTERVIEW = "interview"
    COPYRIGHT = "copyright"
    DATELINE = "dateline"
    WIRE_BYLINE = "wire-byline"


class ChainRole(StrEnum):
    """The role of a source in a claim's chain as the reports draw it: the publishing outlet, an intermediary,
    the origin."""

    OUTLET = "outlet"
    INTERMEDIARY = "intermediary"
    ORIGIN = "origin"


class Act(StrEnum):
    """What kind of act an attribution reports (``Attribution.act``; ``learned.link.act_of``)."""

    SPEECH = "speech"
    WRITING = "writing"
    DOCUMENT = "document"
    BELIEF = "belief"
    INTENTION = "intention"
    EVALUATION = "evaluation"


#: Every source kind, in declaration order (``models.SOURCE_KINDS``).
SOURCE_KINDS: tuple[SourceKind, ...] = tuple(SourceKind)
#: Every attribution kind, in declaration order.
ATTRIBUTION_KINDS: tuple[AttributionKind, ...] = tuple(AttributionKind)
#: Every block kind, in declaration order.
BLOCK_KINDS: tuple[BlockKind, ...] = tuple(BlockKind)

__all__ = [
    "Act",
    "ATTRIBUTION_KINDS",
    "BLOCK_KINDS",
    "ChainRole",
    "SOURCE_KINDS",
    "AttributionKind",
    "BlockKind",
    "ConflictKind",
    "EvidenceKind",
    "SourceKind",
]
