"""NLP engines: every engine yields the same UD-labelled ``Document``."""

from __future__ import annotations

from .annotate import annotate_articles
from .base import Engine, parse_regions
from .spacy_engine import SpacyEngine  # importing it does not import spaCy (loaded on first use)
from .ud import to_ud

__all__ = ["Engine", "SpacyEngine", "annotate_articles", "get_engine", "parse_regions", "to_ud"]


def get_engine(name: str = "auto", model: str | None = None) -> Engine:
    """Return an engine by name: "spacy", "stanza", or "auto" (stanza when its models are installed)."""
    from ..errors import UsageError

    if name == "auto":
        from .stanza_engine import stanza_models_installed

        name = "stanza" if stanza_models_installed() else "spacy"
    if name == "spacy":
        from .spacy_engine import SpacyEngine

        return SpacyEngine(model)
    if name == "stanza":
        from .stanza_engine import StanzaEngine

        return StanzaEngine(model)
    raise UsageError(f"unknown engine {name!r}: use auto, spacy or stanza")
