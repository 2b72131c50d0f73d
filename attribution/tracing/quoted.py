"""Passages between double quotation marks: the one finder the tracing stages read quoted words with (the words
an article's text-reuse fingerprint leaves out, ``candidates``; the words the reworded-sentence step compares,
``dependence``; the quotations two articles may share word for word, ``independence.copies``).

One left-to-right scan over the text. At each character that opens one of ``marks.DOUBLE_PAIRS`` (curly, straight
or guillemet) a passage runs to the first closing mark of that same pair after it, and the scan goes on after
that closing mark:

- passages never overlap; marks of the other pairs inside a passage are part of it ('"a “b” c"' is one passage);
- a second opening mark of the same pair before the closing one is part of the passage ('“a “b” c”' reads
  '“a “b”', and ' c”' is left outside);
- an opening mark that no closing mark of its pair follows opens nothing, and the scan goes on at the next
  character ('“a "b"' reads '"b"');
- single marks are never read: they are apostrophes as often as quote marks.
"""

from __future__ import annotations

import re

from ..lang.en import marks

#: One alternative per pair: its opening mark, anything but its closing mark (captured), its closing mark.
_PASSAGE = re.compile(
    "|".join(
        f"{re.escape(opening)}([^{re.escape(closing)}]*){re.escape(closing)}" for opening, closing in marks.DOUBLE_PAIRS
    )
)


def quoted_parts(text: str) -> list[str]:
    """The text inside each passage between double quotation marks, without the marks, in text order."""
    return [m.group(m.lastindex or 0) for m in _PASSAGE.finditer(text)]


def unquoted(text: str) -> str:
    """``text`` with each passage between double quotation marks, marks included, replaced by one space."""
    return _PASSAGE.sub(" ", text)
