"""Data files shipped inside the package (``attribution/data/``), read with one clear error.

A file the package ships can only be missing or damaged by a broken install (or a hand edit): that is
a ``PackageDataError`` naming the file and the command that restores it, never a Python traceback or
one "internal error" per article. JSON only: nothing read here can run code.

A hand edit that stays valid JSON of the right shape would change every report silently, so each file
read at run time has its sha256 recorded in ``data/CHECKSUMS.json`` and is checked when it is loaded (once
per process: every loader is cached). The scripts that produce a file (``fit_confirmation_gate.py``,
``fit_content_choice.py``, the model trainer) record its new checksum through ``write_shipped`` /
``record_checksums``; after a deliberate hand edit (an alias, a country) or after merging branches that refit
data, ``python scripts/data_checksums.py`` records every file again.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import REINSTALL, PackageDataError

#: The checksum manifest, relative to the package.
CHECKSUMS = "data/CHECKSUMS.json"
#: The command that records every shipped file's checksum again (after a deliberate edit or a merge).
RECORD_COMMAND = "python scripts/data_checksums.py"
#: Each shipped file read at run time (relative to the package), and the command that regenerates it when the
#: change was meant. The model's weights have their own manifest (``data/extractor/MANIFEST.json``, checked
#: file by file when the model loads); its checksum here ties that manifest to the package.
SHIPPED: dict[str, str] = {
    "data/aliases.json": f"after a deliberate edit, record it: {RECORD_COMMAND}",
    "data/countries.json": f"after a deliberate edit, record it: {RECORD_COMMAND}",
    "data/interested_parties.json": f"after a deliberate edit, record it: {RECORD_COMMAND}",
    "data/confirmation/gate.json": "to refit it: python scripts/fit_confirmation_gate.py --write",
    "data/content_choice.json": "to refit it: python scripts/fit_content_choice.py --write",
    "data/cue_classifier.json": "to refit it: python scripts/fit_cue_classifier.py --write",
    "data/extractor/MANIFEST.json": "to retrain it: python scripts/train_extractor.py",
}


def package_root() -> Path:
    """The installed package's folder (``attribution/``)."""
    return Path(str(resources.files("attribution")))


def package_path(rel: str) -> str:
    """Where a shipped data file lives (``rel`` is relative to the package, e.g. ``data/aliases.json``)."""
    return str(resources.files("attribution").joinpath(rel))


def damaged(rel: str, what: str) -> PackageDataError:
    """The error for a shipped file whose content is unusable (``what``: in what way)."""
    return PackageDataError(
        f"shipped data file is damaged ({what}): reinstall the package: {REINSTALL}", path=package_path(rel)
    )


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@lru_cache(maxsize=4)
def _recorded(root: str) -> dict[str, str]:
    """The checksums recorded in ``root``'s ``CHECKSUMS.json`` (read once per process)."""
    path = Path(root) / CHECKSUMS
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except OSError as err:
        raise PackageDataError(
            f"checksum list cannot be read ({err.strerror or type(err).__name__}): reinstall the package: "
            f"{REINSTALL}, or record it: {RECORD_COMMAND}",
            path=str(path),
        ) from None
    except (UnicodeDecodeError, ValueError):
        data = None
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict) or not all(isinstance(v, str) for v in files.values()):
        raise PackageDataError(
            f'checksum list is damaged (no "files" map): reinstall the package: {REINSTALL}, '
            f"or record it: {RECORD_COMMAND}",
            path=str(path),
        )
    return {str(k): v for k, v in files.items()}


def check_shipped(rel: str, data: bytes, root: Path | None = None) -> None:
    """``PackageDataError`` naming the file, the reinstall and the regenerating command when ``data`` (the bytes
    of shipped file ``rel``) is not what ``CHECKSUMS.json`` records: a hand edit, or a refit that did not
    record itself."""
    base = root or package_root()
    want = _recorded(str(base)).get(rel)
    if want is None:
        raise PackageDataError(
            f"shipped data file has no checksum in {CHECKSUMS}: reinstall the package: {REINSTALL}, "
            f"or record it: {RECORD_COMMAND}",
            path=str(base / rel),
        )
    if sha256(data) != want:
        raise PackageDataError(
            f"shipped data file differs from its checksum in {CHECKSUMS} (edited since it was recorded?): "
            f"restore it: {REINSTALL}; or, {SHIPPED.get(rel, f'record it: {RECORD_COMMAND}')}",
            path=str(base / rel),
        )


def check_all(root: Path | None = None) -> list[str]:
    """Check every shipped data file against ``CHECKSUMS.json`` (``PackageDataError`` at the first that differs
    or is missing); the files checked, relative to the package."""
    base = root or package_root()
    for rel in sorted(SHIPPED):
        try:
            data = (base / rel).read_bytes()
        except OSError as err:
            raise PackageDataError(
                f"shipped data file cannot be read ({err.strerror or type(err).__name__}): "
                f"reinstall the package: {REINSTALL}",
                path=str(base / rel),
            ) from None
        check_shipped(rel, data, base)
    return sorted(SHIPPED)


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def record_checksums(rels: list[str] | None = None, root: Path | None = None) -> Path:
    """Record the current checksums of ``rels`` (every shipped file when None) in ``CHECKSUMS.json``, keeping
    the other entries; returns the manifest's path. Deterministic: sorted keys, one format."""
    base = root or package_root()
    path = base / CHECKSUMS
    try:
        files = dict(_recorded.__wrapped__(str(base))) if path.is_file() else {}
    except PackageDataError:
        files = {}
    for rel in sorted(SHIPPED) if rels is None else rels:
        target = base / rel
        if target.is_file():
            files[rel] = sha256(target.read_bytes())
        else:
            files.pop(rel, None)
    doc = {
        "about": "sha256 of each data file the package reads at run time, checked when it loads. Written by the "
        f"scripts that produce the files; after a deliberate edit or a merge, record them all: {RECORD_COMMAND}",
        "files": dict(sorted(files.items())),
    }
    _atomic_write(path, (json.dumps(doc, indent=1, sort_keys=True) + "\n").encode("utf-8"))
    _recorded.cache_clear()
    return path


def write_shipped(rel: str, text: str, root: Path | None = None) -> Path:
    """Write shipped file ``rel`` (atomically) and record its checksum: how a refit script stores its result."""
    base = root or package_root()
    target = base / rel
    _atomic_write(target, text.encode("utf-8"))
    record_checksums([rel], base)
    return target


def _read_bytes(rel: str) -> bytes:
    """The bytes of a shipped data file; ``PackageDataError`` when it is missing or unreadable."""
    try:
        data = resources.files("attribution").joinpath(rel).read_bytes()
    except OSError as err:
        raise PackageDataError(
            f"shipped data file cannot be read ({err.strerror or type(err).__name__}): "
            f"reinstall the package: {REINSTALL}",
            path=package_path(rel),
        ) from None
    return data


def read_json(rel: str) -> Any:
    """The parsed JSON of a shipped data file; ``PackageDataError`` when it is missing, not JSON or edited since
    its checksum was recorded."""
    data = _read_bytes(rel)
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as err:
        raise damaged(rel, f"not UTF-8 JSON: {' '.join(str(err).split())}") from None
    check_shipped(rel, data)
    return value
