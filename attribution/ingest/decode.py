"""Bytes -> text, with offsets that index exactly what the user's file holds.

UTF-8 is decoded strictly and a BOM is KEPT as U+FEFF at offset 0 (stripping it
would shift every offset against the file decoded as UTF-8). UTF-16/32 with a
BOM are decoded with a note. Anything else is refused with a message naming the
likely encoding and the fix, unless the caller named an encoding. Binary files
are refused before any decoding.
"""

from __future__ import annotations

import codecs
import re

from ..article import Note


class DecodeFailure(Exception):
    """One-line reason a file's bytes are not article text (becomes a ``Failure``)."""


#: Byte-order marks of encodings we decode (with a note) without being asked.
#: UTF-32 first: its little-endian BOM starts with UTF-16's.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)

#: File signatures of common binary formats, to name them in the message.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF"),
    (b"PK\x03\x04", "a ZIP/Office document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"{\\rtf", "an RTF document"),
)

#: Share of control bytes (other than tab, newlines, form feed, escape) above which
#: bytes are binary.
BINARY_CONTROL_RATIO = 0.10
BINARY_SAMPLE = 8192
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27)) + b"\x7f"

#: Readable names of codecs for messages, and the value to pass to --encoding.
_FRIENDLY = {
    "latin-1": "Latin-1",
    "iso8859-1": "Latin-1",
    "cp1252": "Windows-1252",
    "cp1251": "Windows-1251 (Cyrillic)",
    "cp1250": "Windows-1250 (Central European)",
    "koi8-r": "KOI8-R (Cyrillic)",
    "shift_jis": "Shift-JIS",
    "cp932": "Shift-JIS",
    "euc_jp": "EUC-JP",
    "euc_kr": "EUC-KR",
    "cp949": "EUC-KR (cp949)",
    "gb2312": "GB2312",
    "gbk": "GBK",
    "gb18030": "GB18030",
    "big5": "Big5",
    "mac-roman": "Mac Roman",
}

#: Guesses charset-normalizer makes for short Western European text; such bytes are
#: reported as Latin-1 / Windows-1252, which is what people actually have.
_WESTERN_GUESSES = frozenset(
    {"cp1252", "cp1250", "cp1257", "cp775", "cp850", "cp852", "cp858", "mac-roman", "mac-latin2"}
    | {f"iso8859-{n}" for n in (1, 2, 3, 4, 9, 10, 13, 14, 15, 16)}
    | {"latin-1"}
)


def binary_kind(data: bytes) -> str | None:
    """A short description when ``data`` is binary, else None."""
    for magic, kind in MAGIC:
        if data.startswith(magic):
            return kind
    sample = data[:BINARY_SAMPLE]
    if b"\x00" in sample:
        return "NUL bytes"
    if sample:
        controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
        if controls / len(sample) > BINARY_CONTROL_RATIO:
            return "control bytes"
    return None


def guess_encoding(data: bytes) -> str | None:
    """Python codec name of the most likely encoding of non-UTF-8 ``data``."""
    high = bytes(b for b in data[:65536] if b >= 0x80)
    guess: str | None = None
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:65536]).best()
        guess = codecs.lookup(best.encoding).name if best is not None else None
    except Exception:  # noqa: BLE001 - a failed guess only loses the hint
        guess = None
    if guess is None or guess in _WESTERN_GUESSES:
        # short Western text: Latin-1 when every high byte is a Latin-1 letter/sign,
        # Windows-1252 when it uses the 0x80-0x9F range (curly quotes, dashes)
        if high and not any(0x80 <= b <= 0x9F for b in high):
            return "latin-1"
        if high:
            try:
                data.decode("cp1252")
                return "cp1252"
            except UnicodeDecodeError:
                pass
    return guess


def friendly_encoding(codec: str) -> str:
    name = codecs.lookup(codec).name
    return _FRIENDLY.get(name, _FRIENDLY.get(codec, codec))


def _cli_encoding(codec: str) -> str:
    name = codecs.lookup(codec).name
    return "latin-1" if name == "iso8859-1" else name


#: A well-formed UTF-8 multi-byte sequence; in a file that is not valid UTF-8, its presence
#: means two encodings were pasted together, so no single --encoding reads it right.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def not_utf8_message(data: bytes) -> str:
    guess = guess_encoding(data)
    # multi-byte legacy encodings (Shift-JIS, GBK...) can look like UTF-8 sequences by chance: only
    # single-byte Western guesses are checked for pasted-in UTF-8
    if (guess is None or guess in _WESTERN_GUESSES) and _UTF8_MULTIBYTE.search(data):
        return (
            "mixes UTF-8 with another encoding (invalid UTF-8 at byte "
            f"{_first_invalid(data)}): re-save the whole file as UTF-8 (no single --encoding reads it right)"
        )
    if guess:
        return (
            f"not UTF-8 text (looks like {friendly_encoding(guess)}): re-save it as UTF-8 "
            f"or pass --encoding {_cli_encoding(guess)}"
        )
    return "not UTF-8 text (encoding unknown): re-save it as UTF-8 or pass --encoding NAME"


def _first_invalid(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        return err.start
    return -1


def decode_bytes(data: bytes, encoding: str | None = None, *, keep_bom: bool = True) -> tuple[str, list[Note]]:
    """Decode a file's bytes; raise ``DecodeFailure`` with a one-line reason.

    ``keep_bom``: keep a UTF-8 BOM as U+FEFF (plain text, where offsets index the
    file). JSON readers pass False: their offsets index record strings instead.
    """
    notes: list[Note] = []
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as err:
                raise DecodeFailure(
                    f"starts with a {label} byte-order mark but is not valid {label} (byte {err.start}): "
                    "re-save it as UTF-8"
                ) from None
            notes.append(
                Note(
                    "encoding-warning",
                    f"decoded as {label} (byte-order mark); offsets index the decoded text, not the file's bytes",
                )
            )
            return text, notes
    kind = binary_kind(data)
    if kind:
        raise DecodeFailure(f"binary file ({kind}), not text: convert it to .txt, .html, .json or .jsonl first")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        if not encoding:
            raise DecodeFailure(not_utf8_message(data)) from None
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as err:
            raise DecodeFailure(
                f"not valid {encoding} either (byte {err.start}): check the file's encoding and pass it with --encoding"
            ) from None
        notes.append(Note("encoding-warning", f"not UTF-8; decoded as {encoding} as requested"))
    if text.startswith("\ufeff"):
        if keep_bom:
            notes.append(Note("bom", "file starts with a UTF-8 byte-order mark (kept as U+FEFF at offset 0)", 0, 1))
        else:
            text = text[1:]
    return text, notes
