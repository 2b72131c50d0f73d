"""The escapers as they were before the speed-up (commit 3bc9b85): the oracle for byte-identical output.

Article text is hostile input: a quote, a source name or a statement may hold
``|`` (breaks a Markdown table), ``<script>``, link syntax, raw URLs, Mermaid or
DOT syntax, terminal escape sequences, or bidi controls that reorder what a
reader sees. Every renderer passes text through exactly one function here, so a
reviewer can check one file.

Policy, common to all targets (:func:`clean`):

* bidi controls (U+202A-U+202E, U+2066-U+2069, LRM/RLM/ALM) and every other
  control or format character are made VISIBLE as ``⟨U+202E⟩``: a fact-checker
  must see that the article carried them, and they can no longer reorder text;
* zero-width characters and the soft hyphen are STRIPPED: they are invisible by
  design, carry no meaning in a report, and could hide a word from a search;
* C0 controls become Unicode "control pictures" (ESC -> ␛) so a terminal never
  receives an escape sequence;
* lone surrogates (from undecodable bytes) become ``⟨U+DCxx⟩`` so writing the
  report as UTF-8 cannot fail.

Inline targets (table cells, labels) also fold every newline and whitespace run
into one space (:func:`inline`). Escaping is otherwise minimal: names and quotes
stay readable once rendered.
"""

from __future__ import annotations

import html
import re
import unicodedata

__all__ = [
    "clean",
    "inline",
    "md_text",
    "md_cell",
    "md_heading",
    "html_text",
    "mermaid_label",
    "dot_string",
    "dot_html",
    "terminal",
    "truncate",
]

#: Invisible by design and meaningless in a report: removed.
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")

#: Explicit bidi controls: shown as ⟨U+XXXX⟩ (listed for documentation and tests;
#: :func:`clean` catches them as format characters, category Cf).
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")

#: Characters that break a line in some renderer (NEL, LINE/PARAGRAPH SEPARATOR too).
_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"

_WS_RUN = re.compile(r"\s+")


def _visible(ch: str) -> str:
    return f"⟨U+{ord(ch):04X}⟩"


def _clean_char(ch: str) -> str:
    if ch in ZERO_WIDTH:
        return ""
    if ch == "\t" or ch in _LINE_BREAKS:
        return ch  # whitespace: kept here, folded by inline()
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # control pictures: ESC -> ␛
    if code == 0x7F:
        return "\u2421"  # ␡
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Cf", "Cs"):  # C1 controls, bidi and other format chars, lone surrogates
        return _visible(ch)
    return ch


def _needs_cleaning(text: str) -> bool:
    for ch in text:
        code = ord(ch)
        if code < 0x20 or 0x7F <= code <= 0x9F or code == 0xAD:
            if ch not in "\t\n\r":
                return True
        elif code >= 0x0600 and unicodedata.category(ch) in ("Cf", "Cs", "Zl", "Zp"):
            return True
    return False


def clean(text: str) -> str:
    """Strip zero-width characters; make controls, bidi and format characters visible.

    Newlines and tabs are kept (multi-line targets decide what to do with them).
    """
    if not _needs_cleaning(text):
        return text
    return "".join(_clean_char(ch) for ch in text)


def inline(text: str) -> str:
    """:func:`clean`, then fold every whitespace run (newlines included) into one space."""
    text = clean(text)
    for ch in _LINE_BREAKS:
        if ch in text:
            text = text.replace(ch, " ")
    return _WS_RUN.sub(" ", text).strip()


def truncate(text: str, width: int) -> str:
    """Cut to at most ``width`` characters, ending with an ellipsis when cut."""
    if width < 1:
        return ""
    if len(text) <= width:
        return text
    return text[: width - 1].rstrip() + "…"


# -- Markdown (GitHub flavoured) ----------------------------------------------------
#: Backslash-escaped anywhere in Markdown text: emphasis, code, links/images,
#: strikethrough, math (GitHub renders $...$), and the escape character itself.
_MD_ALWAYS = {
    "\\": "\\\\",
    "`": "\\`",
    "*": "\\*",
    "[": "\\[",
    "]": "\\]",
    "~": "\\~",
    "$": "\\$",
    "|": "\\|",
    "<": "&lt;",
    ">": "&gt;",
}
_MD_TABLE = str.maketrans(_MD_ALWAYS)
_MD_CELL_TABLE = str.maketrans({**_MD_ALWAYS, "|": "&#124;"})
_MD_HEADING_TABLE = str.maketrans({**_MD_ALWAYS, "#": "\\#"})
#: "&lt;" in an article must show as the five characters, not as "<".
_ENTITY_LIKE = re.compile(r"&(?=#[0-9]{1,8};|#[xX][0-9a-fA-F]{1,8};|[A-Za-z][A-Za-z0-9]{0,31};)")
#: "](" is how links and images continue; with "[" and "]" escaped it is inert,
#: but escaping the "(" too keeps the text free of the sequence altogether.
_LINK_TAIL = re.compile(r"(\\\])\(")
#: Raw URLs and www. hosts are autolinked by GitHub: a backslash before ":" or "."
#: keeps them plain text (the backslash does not show once rendered).
_SCHEME = re.compile(r"(?i)\b([a-z][a-z0-9+.-]{1,31}):(?=//)")
_WWW = re.compile(r"(?i)\b(www)\.(?=\w)")
#: Block syntax that only matters at the start of a line: ATX headings, list
#: bullets, ordered-list numbers ("1. "), setext underlines and thematic breaks.
_LINE_START = re.compile(r"^(#{1,6}(?=\s|$)|[-+=](?=\s|$)|-{2,}|={2,}|\d{1,9}(?=[.)](?:\s|$)))")
#: "_" only emphasises at a word edge: snake_case and file_names stay unescaped.
_UNDERSCORE = re.compile(r"_(?![^\W_])|(?<![^\W_])_")


_EMAIL_AT = re.compile(r"(?<=\w)@(?=\w)")


def _md(text: str, table: dict[int, str]) -> str:
    text = inline(text)
    text = _ENTITY_LIKE.sub("&amp;", text)
    text = text.translate(table)
    text = _UNDERSCORE.sub(r"\\_", text)
    text = _LINK_TAIL.sub(r"\1\\(", text)
    text = _SCHEME.sub(r"\1\\:", text)
    text = _WWW.sub(r"\1\\.", text)
    text = _EMAIL_AT.sub(r"\\@", text)
    m = _LINE_START.match(text)
    if m and not text.startswith("\\"):
        head = m.group(1)
        text = head + "\\" + text[m.end() :] if head[0].isdigit() else "\\" + text
    return text


def md_text(text: str) -> str:
    """Article text as an inline Markdown run (a paragraph, a list item).

    Renders as the original characters: no links, images, HTML, autolinks,
    emphasis, code spans, math, headings or line breaks can come from the text.
    """
    return _md(text, _MD_TABLE)


def md_cell(text: str) -> str:
    """Article text inside a Markdown table cell: :func:`md_text` with ``|`` as ``&#124;``.

    (GitHub splits a row on ``|`` before reading escapes; the entity is never a separator.)
    """
    return _md(text, _MD_CELL_TABLE)


def md_heading(text: str) -> str:
    """Article text inside an ATX heading: every ``#`` escaped (a trailing run would close it)."""
    return _md(text, _MD_HEADING_TABLE)


# -- HTML -------------------------------------------------------------------------------
def html_text(text: str) -> str:
    """Article text inside HTML (element content or a quoted attribute)."""
    return html.escape(clean(text), quote=True)


# -- Mermaid ----------------------------------------------------------------------------
#: Mermaid entity codes (``#quot;``, ``#35;``) for everything that is syntax in a
#: flowchart (node shapes, edge text, comments ``%%``, statement ends ``;``) or
#: HTML in a label. Applied in one pass, so "#" in the output is never re-escaped.
_MERMAID = str.maketrans(
    {
        '"': "#quot;",
        "#": "#35;",
        "&": "#amp;",
        "<": "#lt;",
        ">": "#gt;",
        "[": "#91;",
        "]": "#93;",
        "(": "#40;",
        ")": "#41;",
        "{": "#123;",
        "}": "#125;",
        "|": "#124;",
        ";": "#59;",
        ":": "#58;",
        "%": "#37;",
        "`": "#96;",
        "\\": "#92;",
    }
)


def mermaid_label(text: str) -> str:
    """Text for a double-quoted Mermaid label: ``n1["<this>"]``."""
    return inline(text).translate(_MERMAID)


# -- Graphviz DOT ----------------------------------------------------------------------
def dot_string(text: str) -> str:
    """Text for a double-quoted DOT string (an id or a label): ``"<this>"``.

    Backslash first (DOT label escapes like ``\\N`` or ``\\l`` must not fire), then
    the quote. Braces and angle brackets are plain characters inside quotes.
    """
    return inline(text).replace("\\", "\\\\").replace('"', '\\"')


def dot_html(text: str) -> str:
    """Text inside a DOT HTML-like label ``<...>``: XML entities for ``& < > " '``."""
    return html.escape(inline(text), quote=True)


# -- terminal -----------------------------------------------------------------------------
def terminal(text: str, width: int | None = None) -> str:
    """Text for a terminal table: one line, no escape sequences, optionally truncated."""
    text = inline(text)
    return truncate(text, width) if width else text
