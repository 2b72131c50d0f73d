"""stanza adapter (placeholder until the stanza adapter lands)."""

from __future__ import annotations


def stanza_models_installed() -> bool:
    return False


class StanzaEngine:  # replaced by the stanza adapter work
    def __init__(self, model: str | None = None) -> None:
        from ..errors import ModelMissingError

        raise ModelMissingError("stanza engine not available yet")
