"""Claims across articles, independence of their origins, conflicts and credibility signals.

Map stage (per article, picklable output): :func:`mention_candidates`, then
:func:`specify_generic_sources` (a collective named by the next sentence).
Reduce stage (whole corpus): :func:`build_claims`.
"""

from __future__ import annotations

from .candidates import ArticleCandidates, MentionCandidate, NumberFact, mention_candidates
from .claims import build_claims
from .specify import specify_generic_sources

__all__ = [
    "ArticleCandidates",
    "MentionCandidate",
    "NumberFact",
    "build_claims",
    "mention_candidates",
    "specify_generic_sources",
]
