"""Data files shipped inside the package (``attribution/data/``), read with one clear error.

A file the package ships can only be missing or damaged by a broken install (or a hand edit): that is
a ``PackageDataError`` naming the file and the command that restores it, never a Python traceback or
one "internal error" per article. JSON only: nothing read here can run code.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from .errors import REINSTALL, PackageDataError


def package_path(rel: str) -> str:
    """Where a shipped data file lives (``rel`` is relative to the package, e.g. ``data/aliases.json``)."""
    return str(resources.files("attribution").joinpath(rel))


def damaged(rel: str, what: str) -> PackageDataError:
    """The error for a shipped file whose content is unusable (``what``: in what way)."""
    return PackageDataError(
        f"shipped data file is damaged ({what}): reinstall the package: {REINSTALL}", path=package_path(rel)
    )


def read_json(rel: str) -> Any:
    """The parsed JSON of a shipped data file; ``PackageDataError`` when it is missing or not JSON."""
    try:
        data = resources.files("attribution").joinpath(rel).read_bytes()
    except OSError as err:
        raise PackageDataError(
            f"shipped data file cannot be read ({err.strerror or type(err).__name__}): "
            f"reinstall the package: {REINSTALL}",
            path=package_path(rel),
        ) from None
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as err:
        raise damaged(rel, f"not UTF-8 JSON: {' '.join(str(err).split())}") from None
