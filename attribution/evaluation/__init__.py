"""Scoring against gold: extraction (sources, origins) and claims (mentions, grouping, verdicts)."""
