"""Readers: one file's bytes -> article texts with whatever metadata the file holds.

A reader raises ``ReadFailure`` when the whole file is unusable; per-record
problems (one bad JSONL line) are returned as messages so the other records of
the file are still read. Nothing here touches the network: HTML is parsed from
the bytes given, never fetched.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..article import Note
from .decode import DecodeFailure, decode_bytes

#: Extensions read from folders (files named explicitly are read whatever their extension).
TEXT_EXTENSIONS = frozenset({".txt", ".text", ".md"})
HTML_EXTENSIONS = frozenset({".html", ".htm"})
JSON_EXTENSIONS = frozenset({".json"})
JSONL_EXTENSIONS = frozenset({".jsonl"})
ARTICLE_EXTENSIONS = TEXT_EXTENSIONS | HTML_EXTENSIONS | JSON_EXTENSIONS | JSONL_EXTENSIONS

#: Record fields understood in JSON/JSONL input ("text" is required).
RECORD_FIELDS = ("id", "text", "outlet", "url", "published", "title")
#: Keys of a JSON object that hold a list of records.
RECORD_LIST_KEYS = ("articles", "records", "items", "data")


class ReadFailure(DecodeFailure):
    """The whole file is unusable; ``str()`` is the one-line reason and the fix."""


class NotArticles(ReadFailure):
    """A JSON file that holds no article records (e.g. some other data file in a folder)."""


@dataclass(slots=True)
class RawArticle:
    text: str
    record_id: str | None = None  # explicit id of a JSON record
    record_no: int | None = None  # 1-based record number (JSONL: line number) when from a record file
    outlet: str | None = None
    outlet_evidence: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    notes: list[Note] = field(default_factory=list)


@dataclass(slots=True)
class ReadResult:
    articles: list[RawArticle] = field(default_factory=list)
    record_failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


_INVISIBLE = frozenset("\ufeff\u200b\u200c\u200d\u2060")


def _require_text(text: str, what: str = "file") -> None:
    if all(c.isspace() or c in _INVISIBLE for c in text):
        raise ReadFailure(f"{what} has only whitespace, no article text: remove it from the inputs or add the text")


def read_text(data: bytes, encoding: str | None = None) -> ReadResult:
    text, notes = decode_bytes(data, encoding)
    _require_text(text)
    return ReadResult([RawArticle(text, notes=notes)])


def read_html(data: bytes, encoding: str | None = None) -> ReadResult:
    notes: list[Note] = []
    source: str | bytes
    try:
        source, notes = decode_bytes(data, encoding)
    except DecodeFailure as err:
        if str(err).startswith("binary"):
            raise
        # let the HTML parser honour the page's <meta charset>
        source = data
        notes = [Note("encoding-warning", "not UTF-8; decoded using the page's declared charset")]
    try:
        import trafilatura
    except Exception as err:  # noqa: BLE001 - ImportError or a broken lxml install
        raise ReadFailure(
            f"HTML support is unavailable ({type(err).__name__}: {err}): "
            "install trafilatura with lxml[html_clean], or save the page's text as .txt"
        ) from None
    try:
        doc = trafilatura.bare_extraction(source, with_metadata=True, include_comments=False)
    except Exception as err:  # noqa: BLE001 - malformed HTML must never crash a run
        raise ReadFailure(
            f"could not parse the HTML ({type(err).__name__}): save the page's text as .txt instead"
        ) from None
    meta = _as_dict(doc)
    text = meta.get("text") or ""
    if not isinstance(text, str) or not text.strip():
        raise ReadFailure("no article text found in the HTML: save the page's text as .txt instead")
    notes = [n for n in notes if n.code != "bom"]  # offsets index the extracted text, not the file
    sitename = _str_or_none(meta.get("sitename"))
    return ReadResult(
        [
            RawArticle(
                text,
                outlet=sitename,
                outlet_evidence="site-name" if sitename else None,
                title=_str_or_none(meta.get("title")),
                url=_str_or_none(meta.get("url")),
                published=_str_or_none(meta.get("date")),
                notes=notes,
            )
        ]
    )


def _as_dict(doc: Any) -> dict[str, Any]:
    if doc is None:
        return {}
    if isinstance(doc, dict):
        return doc
    as_dict = getattr(doc, "as_dict", None)
    if callable(as_dict):
        result = as_dict()
        if isinstance(result, dict):
            return result
    return {k: getattr(doc, k, None) for k in ("text", "title", "url", "date", "sitename")}


def _str_or_none(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        s = str(value).strip()
        return s or None
    return None


def _record(obj: Any, number: int, where: str) -> RawArticle | str:
    """A RawArticle, or a one-line problem naming the record."""
    if not isinstance(obj, dict):
        return f'{where}: expected an object with a "text" field, got {type(obj).__name__}: fix that record'
    text = obj.get("text")
    if not isinstance(text, str):
        return f'{where}: no "text" string: add the article text under "text"'
    if not text.strip():
        return f'{where}: "text" is empty: add the article text or remove the record'
    rid = obj.get("id")
    record_id = _str_or_none(rid)
    outlet = _str_or_none(obj.get("outlet"))
    return RawArticle(
        text,
        record_id=record_id,
        record_no=number,
        outlet=outlet,
        outlet_evidence="record" if outlet else None,
        title=_str_or_none(obj.get("title")),
        url=_str_or_none(obj.get("url")),
        published=_str_or_none(obj.get("published")),
    )


def read_json(data: bytes, encoding: str | None = None) -> ReadResult:
    raw, _ = decode_bytes(data, encoding, keep_bom=False)
    if not raw.strip():
        raise ReadFailure("file has only whitespace, no records: remove it from the inputs")
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as err:
        raise ReadFailure(
            f"not valid JSON at line {err.lineno} column {err.colno} ({err.msg}): fix that line"
        ) from None
    if isinstance(value, dict) and "text" not in value:
        for key in RECORD_LIST_KEYS:
            if isinstance(value.get(key), list):
                value = value[key]
                break
    if isinstance(value, dict):
        if "text" not in value:
            raise NotArticles(
                'JSON holds no article records (no "text" field): give an object with "text" or a list of them'
            )
        records = [value]
    elif isinstance(value, list):
        records = value
    else:
        raise NotArticles('JSON holds no article records: give an object with "text" or a list of them')
    result = ReadResult()
    single = isinstance(value, dict)
    for i, obj in enumerate(records, start=1):
        got = _record(obj, i, "record" if single else f"record {i}")
        if isinstance(got, str):
            result.record_failures.append(got)
        else:
            if single:
                got.record_no = None  # a one-record file is named like a text file
            result.articles.append(got)
    if not result.articles and not result.record_failures:
        raise ReadFailure("JSON list is empty: add article records or remove the file")
    return result


def read_jsonl(data: bytes, encoding: str | None = None) -> ReadResult:
    raw, _ = decode_bytes(data, encoding, keep_bom=False)
    result = ReadResult()
    for lineno, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            result.record_failures.append(
                f"line {lineno}: not valid JSON ({err.msg} at column {err.colno}): fix or remove that line"
            )
            continue
        got = _record(obj, lineno, f"line {lineno}")
        if isinstance(got, str):
            result.record_failures.append(got)
        else:
            result.articles.append(got)
    if not result.articles and not result.record_failures:
        raise ReadFailure("file has no records, only blank lines: add one JSON object per line")
    return result


Reader = Callable[[bytes, "str | None"], ReadResult]


def reader_for(suffix: str) -> Reader:
    suffix = suffix.lower()
    if suffix in HTML_EXTENSIONS:
        return read_html
    if suffix in JSON_EXTENSIONS:
        return read_json
    if suffix in JSONL_EXTENSIONS:
        return read_jsonl
    return read_text
