"""Claims across articles, independence of their origins, conflicts and credibility signals.

Map stage (per article, picklable output): :func:`mention_candidates`.
Reduce stage (whole corpus): :func:`build_claims`.
"""

from __future__ import annotations

from .candidates import ArticleCandidates, MentionCandidate, NumberFact, mention_candidates
from .claims import build_claims

__all__ = ["ArticleCandidates", "MentionCandidate", "NumberFact", "build_claims", "mention_candidates"]
