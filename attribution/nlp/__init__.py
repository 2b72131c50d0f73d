"""NLP engines: every engine yields the same UD-labelled ``Document``."""

from __future__ import annotations

from .base import Engine, parse_regions

__all__ = ["Engine", "get_engine", "parse_regions"]


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
