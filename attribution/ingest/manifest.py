"""The manifest: per-file metadata (outlet, url, published, title) the user knows.

CSV (header row with a ``path`` or ``file`` column) or JSON (a list of objects,
or an object with an ``articles``/``files`` list). Paths are relative to the
manifest's folder. Every row is validated; an error names the row (CSV line
number, JSON item index) and the field, because a wrong manifest silently
mislabelling outlets would corrupt every attribution chain.
"""

from __future__ import annotations

import csv
import errno
import io
import json
import os
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..errors import ManifestError

MANIFEST_FIELDS = ("path", "outlet", "url", "published", "title")
#: Column/key names accepted for the file path.
PATH_ALIASES = ("path", "file", "filename")
#: Keys of a JSON manifest object that hold the rows.
ROW_LIST_KEYS = ("articles", "files", "items", "rows")


class ManifestRow(BaseModel):
    """One manifest row. Empty strings mean "not given"."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    path: str = Field(min_length=1, validation_alias=AliasChoices(*PATH_ALIASES))
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    title: str | None = None

    @field_validator("outlet", "url", "published", "title", mode="before")
    @classmethod
    def _empty_is_none(cls, v: Any) -> Any:
        if isinstance(v, str) and not v.strip():
            return None
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return str(v)
        return v

    @field_validator("url")
    @classmethod
    def _url(cls, v: str | None) -> str | None:
        if v is not None and not v.lower().startswith(("http://", "https://")):
            raise ValueError("expected an http(s) URL")
        return v

    @field_validator("published")
    @classmethod
    def _published(cls, v: str | None) -> str | None:
        if v is None:
            return v
        try:
            (datetime if "T" in v or " " in v.strip() else date).fromisoformat(v.replace("Z", "+00:00"))
        except ValueError:
            raise ValueError("expected an ISO date like 2024-12-27 or 2024-12-27T10:00:00Z") from None
        return v


@dataclass(slots=True)
class Manifest:
    path: str
    folder: str
    #: rows keyed by the real path of the file they describe
    rows: dict[str, ManifestRow] = field(default_factory=dict)
    #: the file paths in manifest order, joined onto the manifest's folder
    files: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: where each of ``files`` is listed ("line 3", "item 2"), so a problem with the file can name its row
    rows_of: dict[str, str] = field(default_factory=dict)


def real(path: str) -> str:
    return os.path.normcase(os.path.realpath(path))


def _inside(key: str, folder: str) -> bool:
    try:
        return os.path.commonpath([key, folder]) == folder
    except ValueError:  # different drives
        return False


def _row_error(where: str, err: ValidationError) -> str:
    first = err.errors()[0]
    loc = ".".join(str(x) for x in first.get("loc", ())) or "row"
    if first.get("type") == "missing" and loc in PATH_ALIASES:
        return f"{where}: field 'path' is missing: give each row the article file's path"
    msg = str(first.get("msg", "invalid")).removeprefix("Value error, ")
    return f"{where}: field '{loc}': {msg}: fix that row"


def load_manifest(path: str | os.PathLike[str], *, allow_outside: bool = False) -> Manifest:
    """Parse and validate a manifest; raise ``ManifestError`` naming the row and field.

    Rows must name files inside the manifest's folder (after following links): a row
    ``../../secret/notes`` would otherwise put any readable file into a published report.
    ``allow_outside`` (``--manifest-outside``) lifts that.
    """
    spath = os.fspath(path)
    try:
        with open(spath, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        raise ManifestError("no such manifest file: check the --manifest path", path=spath) from None
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise ManifestError(
                "the manifest is a symbolic link loop (its links lead back to themselves): fix or remove the link",
                path=spath,
            ) from None
        if err.errno == errno.EISDIR:
            raise ManifestError(
                "the manifest path is a folder: give the manifest file (.csv or .json)", path=spath
            ) from None
        raise ManifestError(f"cannot read the manifest ({err.strerror}): check its permissions", path=spath) from None
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ManifestError(f"manifest is not UTF-8 (byte {err.start}): re-save it as UTF-8", path=spath) from None
    if not raw.strip():
        raise ManifestError("manifest is empty: add a header row and one row per article", path=spath)
    manifest = Manifest(path=spath, folder=os.path.dirname(os.path.abspath(spath)))
    is_json = spath.lower().endswith(".json") or (not spath.lower().endswith(".csv") and raw.lstrip()[:1] in ("[", "{"))
    rows = _json_rows(raw, spath) if is_json else _csv_rows(raw, spath, manifest)
    if is_json:
        known = set(MANIFEST_FIELDS) | set(PATH_ALIASES)
        unknown = sorted({str(k) for _, obj in rows for k in obj if str(k).lower() not in known})
        if unknown:
            manifest.warnings.append(f"{spath}: ignored manifest field(s) {', '.join(unknown)}")
    seen: dict[str, str] = {}
    for where, obj in rows:
        try:
            row = ManifestRow.model_validate(obj)
        except ValidationError as err:
            raise ManifestError(_row_error(where, err), path=spath) from None
        full = os.path.join(manifest.folder, row.path)
        key = real(full)
        if not allow_outside and not _inside(key, real(manifest.folder)):
            raise ManifestError(
                f"{where}: path '{row.path}' is outside the manifest's folder: move the file under "
                f"{manifest.folder}, or pass --manifest-outside to allow it",
                path=spath,
            )
        if key in seen:
            raise ManifestError(
                f"{where}: path '{row.path}' is already listed at {seen[key]}: keep one row per file", path=spath
            )
        seen[key] = where
        manifest.rows[key] = row
        manifest.files.append(os.path.normpath(os.path.join(os.path.dirname(spath), row.path)))
        manifest.rows_of[manifest.files[-1]] = where
    if not manifest.files:
        raise ManifestError("manifest lists no files: add one row per article", path=spath)
    return manifest


def _csv_rows(raw: str, spath: str, manifest: Manifest) -> list[tuple[str, dict[str, Any]]]:
    reader = csv.DictReader(io.StringIO(raw, newline=""))
    try:
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
    except csv.Error as err:
        raise ManifestError(f"line 1: not valid CSV ({err}): fix the header row", path=spath) from None
    if not any(h in PATH_ALIASES for h in header):
        raise ManifestError(
            "line 1: no 'path' column in the header: name the file column 'path' (with outlet, url, published, title)",
            path=spath,
        )
    unknown = sorted({h for h in header if h and h not in MANIFEST_FIELDS and h not in PATH_ALIASES})
    if unknown:
        manifest.warnings.append(f"{spath}: ignored manifest column(s) {', '.join(unknown)}")
    reader.fieldnames = header
    rows: list[tuple[str, dict[str, Any]]] = []
    while True:
        first = reader.line_num + 1
        try:
            rec = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            raise ManifestError(f"line {reader.line_num}: not valid CSV ({err}): fix that row", path=spath) from None
        where = f"line {reader.line_num}"
        if None in rec:
            raise ManifestError(f"{where}: more cells than header columns: quote cells that contain commas", path=spath)
        broken = sorted(k for k, v in rec.items() if k and isinstance(v, str) and ("\n" in v or "\r" in v))
        if broken:
            # every manifest field is one line: a cell over several lines is a quote left open, which would
            # swallow the rows after it (their files unread, their outlets given to this one)
            raise ManifestError(
                f"line {first}: field '{broken[0]}' holds a line break (a quote left open?): "
                "close the quote or remove it",
                path=spath,
            )
        if all(v is None or not str(v).strip() for v in rec.values()):
            continue
        rows.append((where, {k: v for k, v in rec.items() if k}))
    return rows


def _json_rows(raw: str, spath: str) -> list[tuple[str, dict[str, Any]]]:
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as err:
        raise ManifestError(
            f"line {err.lineno} column {err.colno}: not valid JSON ({err.msg}): fix that line", path=spath
        ) from None
    if isinstance(value, dict):
        for key in ROW_LIST_KEYS:
            if isinstance(value.get(key), list):
                value = value[key]
                break
    if not isinstance(value, list):
        raise ManifestError(
            'expected a JSON list of objects (or {"articles": [...]}) with "path", "outlet", ...: fix the top level',
            path=spath,
        )
    rows: list[tuple[str, dict[str, Any]]] = []
    for i, obj in enumerate(value, start=1):
        # counted from 1, as a reader counts the objects (CSV rows are named by their line)
        where = f"item {i}"
        if not isinstance(obj, dict):
            raise ManifestError(f'{where}: expected an object with a "path", got {type(obj).__name__}', path=spath)
        rows.append((where, obj))
    return rows
