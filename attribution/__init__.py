"""attribution: who said what, through whom, and how many independent origins.

Library use::

    import attribution
    report = attribution.trace(["articles/"])      # paths, folders, globs or ArticleInput
    print(report.to_markdown())

``trace`` returns a :class:`attribution.models.Report` (pydantic); ``extract``
returns the attributions and sources only. Every error a user can cause is an
:class:`attribution.errors.AttributionError`.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "trace",
    "extract",
    "Options",
    "ArticleInput",
    "AttributionError",
    "Report",
    "Extraction",
    "Claim",
    "Mention",
    "Attribution",
    "Source",
    "Span",
]

_LAZY = {
    "trace": "pipeline",
    "extract": "pipeline",
    "Options": "pipeline",
    "ArticleInput": "article",
    "AttributionError": "errors",
    "Report": "models",
    "Extraction": "models",
    "Claim": "models",
    "Mention": "models",
    "Attribution": "models",
    "Source": "models",
    "Span": "models",
}


def __getattr__(name: str) -> Any:
    # Lazy: importing the package stays cheap (no spaCy) until a stage is used.
    if name in _LAZY:
        import importlib

        module = importlib.import_module(f".{_LAZY[name]}", __name__)
        return getattr(module, name)
    raise AttributeError(f"module 'attribution' has no attribute {name!r}")
