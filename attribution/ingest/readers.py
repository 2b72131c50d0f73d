"""Readers: one file's bytes -> article texts with whatever metadata the file holds.

A reader raises ``ReadFailure`` when the whole file is unusable; per-record
problems (one bad JSONL line) are returned as messages so the other records of
the file are still read. Nothing here touches the network: HTML is parsed from
the bytes given, never fetched.
"""

from __future__ import annotations

import json
import re
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


#: How an HTML page begins (after a UTF-8 byte-order mark and white space), whatever the file is called.
HTML_STARTS = (b"<!doctype html", b"<html")


def looks_like_html(data: bytes) -> bool:
    """True when the bytes are an HTML page: a page saved as .txt, or piped in on standard input."""
    return data[:512].removeprefix(b"\xef\xbb\xbf").lstrip().lower().startswith(HTML_STARTS)


def read_text(data: bytes, encoding: str | None = None) -> ReadResult:
    if looks_like_html(data):
        # a page saved under a text name: its markup read as words would make "Reuters.</p></body></html"
        # a source; the page's article text is read instead, and the diagnostic says so
        result = read_html(data, encoding)
        for raw in result.articles:
            raw.notes.append(
                Note("html-in-text-file", "the file is an HTML page: its article text was read, not its markup")
            )
        return result
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
    if isinstance(source, str):
        source = _clean_references(source)
    meta = _extract(trafilatura, source)
    text = meta.get("text") or ""
    if (not isinstance(text, str) or not text.strip()) and isinstance(source, str):
        depth = _max_depth(source)
        if depth > MAX_HTML_DEPTH:
            # the HTML parser gives up below ~255 levels: keep the outer levels' tags, the text of the rest
            meta = _extract(trafilatura, _flatten(source, MAX_HTML_DEPTH))
            text = meta.get("text") or ""
            if isinstance(text, str) and text.strip():
                notes.append(Note("html-flattened", f"elements nested {depth} deep; tags below "
                                  f"level {MAX_HTML_DEPTH} were dropped (their text kept)"))
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


#: Deepest element nesting handed to the HTML parser (libxml2 stops at 256 levels).
MAX_HTML_DEPTH = 200
_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")
_RAW_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _allowed(cp: int) -> bool:
    """Can the HTML/XML tree hold this code point? (C0 controls other than tab/LF/CR, surrogates,
    U+FFFE/U+FFFF and values past U+10FFFF cannot: one of them made the whole page "empty")."""
    if cp in (0x9, 0xA, 0xD):
        return True
    return 0x20 <= cp <= 0x10FFFF and not 0xD800 <= cp <= 0xDFFF and cp not in (0xFFFE, 0xFFFF) and cp != 0x7F


def _clean_references(source: str) -> str:
    """Character references (``&#1;``, ``&#x1b;``) and raw control characters the parser rejects -> a space."""

    def fix(m: re.Match[str]) -> str:
        cp = int(m.group(1), 16) if m.group(1) else int(m.group(2))
        return m.group(0) if _allowed(cp) else " "

    if "&#" in source:
        source = _CHAR_REF.sub(fix, source)
    return _RAW_CONTROLS.sub(" ", source)


def _extract(trafilatura: Any, source: str | bytes) -> dict[str, Any]:
    try:
        doc = trafilatura.bare_extraction(source, with_metadata=True, include_comments=False)
    except Exception as err:  # noqa: BLE001 - malformed HTML must never crash a run
        raise ReadFailure(
            f"could not parse the HTML ({type(err).__name__}): save the page's text as .txt instead"
        ) from None
    return _as_dict(doc)


_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def _max_depth(source: str) -> int:
    """Deepest element nesting (stdlib parser: no depth limit, linear)."""
    from html.parser import HTMLParser

    class Depth(HTMLParser):
        depth = deepest = 0

        def handle_starttag(self, tag: str, attrs: Any) -> None:
            if tag not in _VOID:
                self.depth += 1
                self.deepest = max(self.deepest, self.depth)

        def handle_endtag(self, tag: str) -> None:
            if tag not in _VOID:
                self.depth = max(0, self.depth - 1)

    p = Depth(convert_charrefs=False)
    p.feed(source)
    p.close()
    return p.deepest


def _flatten(source: str, limit: int) -> str:
    """The page with every tag below nesting level ``limit`` dropped (text, references and comments kept)."""
    from html import escape
    from html.parser import HTMLParser

    out: list[str] = []

    class Flatten(HTMLParser):
        depth = 0

        def handle_starttag(self, tag: str, attrs: Any) -> None:
            void = tag in _VOID
            if not void:
                self.depth += 1
            if self.depth <= limit or (void and tag == "br"):
                parts = "".join(f' {k}="{escape(v or "", quote=True)}"' for k, v in attrs)
                out.append(f"<{tag}{parts}>")
            elif tag in ("p", "div", "li", "section", "article", "blockquote", "tr", "h1", "h2", "h3"):
                out.append("\n\n")

        def handle_startendtag(self, tag: str, attrs: Any) -> None:
            self.handle_starttag(tag, attrs)
            if tag not in _VOID:
                self.handle_endtag(tag)

        def handle_endtag(self, tag: str) -> None:
            if tag in _VOID:
                return
            if self.depth <= limit:
                out.append(f"</{tag}>")
            self.depth = max(0, self.depth - 1)

        def handle_data(self, data: str) -> None:
            out.append(escape(data, quote=False))

        def handle_entityref(self, name: str) -> None:
            out.append(f"&{name};")

        def handle_charref(self, name: str) -> None:
            out.append(f"&#{name};")

        def handle_decl(self, decl: str) -> None:
            out.append(f"<!{decl}>")

    p = Flatten(convert_charrefs=False)
    p.feed(source)
    p.close()
    return "".join(out)


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
