"""Which outlet published an article, from what the text itself says.

The outlet is the first link of every attribution chain, so it must never be a
guess: a name is returned only when the text names its publisher in a recognised
way, together with the kind of evidence:

- "signoff": the publisher signs the page ("A Message from X", "connect with X",
  "By supporting X"). Strongest: a page's own furniture names the page's owner,
  even when the story came from a wire service.
- "site-name": a self-reference in site furniture ("Internal Link: ... at X",
  "X is an independent news site").
- "staff-byline": the byline credits the publication's staff ("By: X Staff", "Posted by X
  Staff | May 2, 2025", "By Jane Doe, X staff writer"). A wire agency's staff byline is only
  "wire-byline" evidence (after the dateline): sites republish wire copy under its byline.
- "byline-outlet": the reporter's title in the byline names the outlet before the beat ("By Jane
  Doe, Example News Health Correspondent", "By Jane Doe, XN Political Correspondent"); a known wire
  agency there is "wire-byline" evidence, like its staff byline.
- "app": the page advertises its own app ("Download the X News app for alerts").
- "masthead": the publication's masthead above the story, a name and a newsroom
  section ("Example Post | East Africa Desk"), or the site's name alone above the headline when the
  page names itself with it again (blocks.py's "site_name": "Example TV News" over the headline, "told
  Example TV News" in the story): the name the page uses for itself beats its owner's copyright line.
- "masthead-line": the publication's name alone on a line beside the byline, above the story ("By Jane
  Doe" / "The Example Bureau" / "9 June 2025"), perhaps with its edition or the date ("Example Diario
  (English edition)", "Example Report | 10 June 2025"). It needs a publication word ("Bureau", "Post")
  or the same name in the page's furniture: a place line stands there too ("By Jane Doe" / "Nairobi").
- "source-line": the page's credit line naming the publisher together with the
  agencies it drew on ("Source: Example News and news agencies"). A bare
  "Source: X" is not enough: under a chart or a table it names the data's source.
- "appeal": the page asks its readers to support it by name ("Millions of readers
  rely on X's independent journalism", "Support X from as little as $1", "Become a
  member of X").
- "newsletter": the page offers its own newsletter ("Sign up to X's World newsletter",
  "Subscribe to X newsletter", "Every evening, X's editors send out ...").
- "interview": the article's own interview, named twice: "a nurse told the Courier"
  in the story and the same name in the page's photo credit or byline ("Photo: Jane
  Doe / Example Courier"). Either alone is no evidence: a photo credit often names an
  agency, and "told X" names whoever heard the speaker.
- "copyright": the page's copyright line ("© 2024 X", "Copyright 2025 X Media, Inc."). Weaker
  than every other line of the page: the holder is often the parent company (a broadcaster's
  group, a publishing house), not the publication the reader sees. Corporate suffixes are
  dropped ("X L.P." -> "X"), so the name matches the story's own "told X".
- "dateline": a wire dateline at the top of the story ("Dec. 27 (UPI) —",
  "WASHINGTON (AP) —", "Mau Narok, Kenya (AFP) -"). A site republishing a wire
  story keeps the wire's dateline, so any line of the site's own wins.

A name chosen from the page's own furniture takes the fuller form another of its self-references
prints ("Evening Post" in a newsletter offer, "Example Evening Post" in the masthead line).

A known outlet named only as the listener of an interview ("the minister told the
Example Times") is never taken as the publisher: other outlets cite such interviews.

Sign-offs and self-references are only read from non-body blocks (boilerplate,
bylines): in the story, "connect with X" or "X is a news site" describe a source,
not the publisher. Unknown -> (None, None).
"""

from __future__ import annotations

import re
from collections import Counter

from ..doc import Block
from ..kinds import BlockKind, EvidenceKind, SourceKind
from ..lang.en import marks
from ..lang.en.furniture import (
    APP_PATTERNS,
    APPEAL_PATTERNS,
    BEAT_WORDS,
    BYLINE_OUTLET_RE,
    COPYRIGHT_PATTERNS,
    CORPORATE_SUFFIX_RE,
    CREDIT_SEP_RE,
    EXTERNAL_LINK_RE,
    GENERIC_WORDS,
    LISTENER_PATTERNS,
    MASTHEAD_LINE_RE,
    NAME_RE,
    NAME_TRAILING_JUNK_PATTERN,
    NEWSLETTER_PATTERNS,
    NOT_OUTLETS,
    PHOTO_CREDIT_RE,
    PUBLICATION_WORDS,
    SIGNOFF_PATTERNS,
    SITE_NAME_PATTERNS,
    SOURCE_LINE_RE,
    STAFF_BYLINE_PATTERNS,
)
from ..resolve.aliases import default_aliases
from .blocks import DATELINE_AGENCY_RE, DATELINE_MAX_CHARS, masthead_name

#: Source kinds never read as the publisher from a photo credit or a listener: agencies sell
#: photos and interviews to everyone.
AGENCY_KINDS = frozenset({SourceKind.WIRE_AGENCY})


#: Block kinds whose text may carry a sign-off or self-reference.
FURNITURE_KINDS = frozenset({BlockKind.BOILERPLATE, BlockKind.BYLINE, BlockKind.CREDIT})
#: Block kinds where the story names the listener of its own interviews.
STORY_KINDS = frozenset({BlockKind.BODY, BlockKind.BULLET})

#: Evidence kinds read from the page, strongest first (the caller's "manifest" and "record" come before them).
EVIDENCE_ORDER: tuple[EvidenceKind, ...] = tuple(
    k for k in EvidenceKind if k not in (EvidenceKind.MANIFEST, EvidenceKind.RECORD)
)

#: A dated masthead line with no byline beside it ("Example Wire | 10 June 2025" under the headline) is the
#: page's header when the page names itself again in its closing blocks (an "about us" or "follow us" line),
#: this many blocks from the end ...
MASTHEAD_CLOSING_BLOCKS = 3
#: ... and the story's lead (this many first story blocks) does not name it: a place on a dated line
#: ("Greenford | 10 June 2025") is where the story happens, and its lead names it.
MASTHEAD_LEAD_BLOCKS = 1
#: A masthead line stands this close (in blocks) to the byline, before the story begins.
MASTHEAD_LINE_MAX_GAP = 2
#: Block kinds a standalone masthead line is classified as (a short line above the story).
MASTHEAD_LINE_KINDS = frozenset({BlockKind.HEADING, BlockKind.BOILERPLATE})
#: A masthead line names at most this many words.
MASTHEAD_LINE_MAX_WORDS = 6

#: Evidence kinds in which the page names itself (not a wire's dateline or byline, not an interview's
#: listener): a chosen name may take a fuller form from any of them (see _fuller_name).
OWN_NAME_KINDS = tuple(
    k for k in EVIDENCE_ORDER if k not in {EvidenceKind.INTERVIEW, EvidenceKind.DATELINE, EvidenceKind.WIRE_BYLINE}
)
#: blocks.py's reason for the site's name standing alone above the headline.
SITE_NAME_REASON = "site_name"

_SIGNOFFS = [(n, re.compile(p)) for n, p in SIGNOFF_PATTERNS]
_COPYRIGHTS = [(n, re.compile(p)) for n, p in COPYRIGHT_PATTERNS]
_APPS = [(n, re.compile(p)) for n, p in APP_PATTERNS]
_STAFF_BYLINES = [(n, re.compile(p)) for n, p in STAFF_BYLINE_PATTERNS]
_SITE_NAMES = [(n, re.compile(p)) for n, p in SITE_NAME_PATTERNS]
_APPEALS = [(n, re.compile(p)) for n, p in APPEAL_PATTERNS]
_NEWSLETTERS = [(n, re.compile(p)) for n, p in NEWSLETTER_PATTERNS]
_LISTENERS = [(n, re.compile(p)) for n, p in LISTENER_PATTERNS]
_POSSESSIVE_END_RE = re.compile(rf"[{marks.APOSTROPHES}]s?$")
_TRAILING_JUNK_RE = re.compile(NAME_TRAILING_JUNK_PATTERN)


def clean_name(raw: str) -> str | None:
    """Normalise a matched name; None when it is not a plausible outlet name."""
    name = " ".join(raw.split())
    if name.startswith("the "):
        name = name[4:]
    name = _POSSESSIVE_END_RE.sub("", name)
    name = _TRAILING_JUNK_RE.sub("", name).strip(" .,;:-" + marks.APOSTROPHES)
    if len(name) < 2 or name.lower() in NOT_OUTLETS or not any(c.isalpha() for c in name):
        return None
    words = name.lower().split()
    if all(w in GENERIC_WORDS or w == "the" for w in words):
        return None
    return name


def without_corporate_suffix(name: str) -> str:
    """The name without a trailing legal form: "Example L.P" -> "Example", "Example Media, Inc." -> "Example Media"."""
    stripped = CORPORATE_SUFFIX_RE.sub("", name).strip(" ,")
    return stripped if stripped and any(c.isalpha() for c in stripped) else name


def _matches(rules: list[tuple[str, re.Pattern[str]]], s: str) -> list[str]:
    found: list[str] = []
    for _, rx in rules:
        for m in rx.finditer(s):
            name = clean_name(m.group("name"))
            if name:
                found.append(name)
    return found


def _pick(names: list[str]) -> str:
    """Most frequent name, ties broken by first occurrence (deterministic)."""
    counts = Counter(names)
    best = max(counts.values())
    return next(n for n in names if counts[n] == best)


def _known_kind(name: str) -> str | None:
    entry = default_aliases().lookup(name)
    return entry.kind if entry is not None else None


def photo_credit_names(s: str) -> list[str]:
    """Organisations a caption's photo credit names ("Photo: Jane Doe / Example Courier" -> Example Courier).

    The first part of a "Person / Organisation" credit is the photographer and is left out;
    a one-part credit may be either and is kept (it is only ever used when corroborated).
    """
    out: list[str] = []
    for m in PHOTO_CREDIT_RE.finditer(s):
        if m.group("agency"):
            parts = [m.group("agency")]
        else:
            parts = [p for p in CREDIT_SEP_RE.split(m.group("credit")) if p.strip()]
            if len(parts) > 1:
                parts = parts[1:]
        for part in parts:
            nm = NAME_RE.fullmatch(part.strip())
            name = clean_name(nm.group("name")) if nm else None
            if name and _known_kind(name) not in AGENCY_KINDS:
                out.append(name)
    return out


def _words_key(name: str) -> list[str]:
    words = name.lower().replace(marks.RIGHT_SINGLE, marks.STRAIGHT_SINGLE).split()
    return words[1:] if words and words[0] == "the" else words


def _corroborated(listener: str, names: list[str]) -> str | None:
    """The fuller of ``names`` that ends with (or is) the listener's words: "Courier" ~ "Example Courier"."""
    key = _words_key(listener)
    best: str | None = None
    for name in names:
        words = _words_key(name)
        if key and words[-len(key) :] == key and (best is None or len(name) > len(best)):
            best = name
    return best


def _byline_outlet(s: str) -> str | None:
    """The outlet named in a byline's title: "By Jane Doe, Example News Health Correspondent" -> Example News."""
    m = BYLINE_OUTLET_RE.match(s)
    if m is None:
        return None
    words = m.group("title").split()
    while words and words[-1].lower() in BEAT_WORDS:
        words.pop()
    return clean_name(" ".join(words)) if words else None


def _masthead_lines(text: str, blocks: list[Block]) -> list[str]:
    """Publication names standing alone on a line next to the byline, above the story.

    The line is a name (with at most an edition or a date after it) within MASTHEAD_LINE_MAX_GAP blocks of
    a byline, before the first story paragraph. A place line under a byline ("Nairobi") also stands
    there, so the name must either hold a publication word ("Post", "Bureau", "Diario") or be named again
    in the page's furniture ("(c) Example Report 2025"). A dated line with no byline beside it counts when
    the page's closing names it again and the story's lead does not (MASTHEAD_CLOSING_BLOCKS).
    """
    first_story = next(
        (i for i, b in enumerate(blocks) if b.kind in STORY_KINDS or b.kind == BlockKind.DATELINE), len(blocks)
    )
    bylines = [i for i in range(first_story) if blocks[i].kind == BlockKind.BYLINE]

    def joined(bs: list[Block]) -> str:
        return " ".join(" ".join(text[b.start : b.end].split()) for b in bs)

    def names(name: str, s: str) -> bool:
        return re.search(r"(?<![\w])" + re.escape(name) + r"(?![\w])", s) is not None

    furniture = joined([b for b in blocks[first_story:] if b.kind in FURNITURE_KINDS])
    story = [i for i in range(first_story, len(blocks)) if blocks[i].kind in STORY_KINDS]
    lead_end = story[MASTHEAD_LEAD_BLOCKS - 1] + 1 if len(story) >= MASTHEAD_LEAD_BLOCKS else first_story + 1
    lead = joined([blocks[i] for i in story[:MASTHEAD_LEAD_BLOCKS]])
    closing = joined(blocks[max(lead_end, len(blocks) - MASTHEAD_CLOSING_BLOCKS) :])
    out: list[str] = []
    for i in range(first_story):
        b = blocks[i]
        if b.kind not in MASTHEAD_LINE_KINDS:
            continue
        m = MASTHEAD_LINE_RE.match(" ".join(text[b.start : b.end].split()))
        name = clean_name(m.group("name")) if m else None
        if not m or not name or len(name.split()) > MASTHEAD_LINE_MAX_WORDS:
            continue
        if not any(abs(i - j) <= MASTHEAD_LINE_MAX_GAP for j in bylines):
            # no byline: a dated header line the page's closing names again and the lead does not
            if m.group("date") and names(name, closing) and not names(name, lead):
                out.append(name)
            continue
        words = [w.lower() for w in name.split()]
        if any(w in PUBLICATION_WORDS for w in words) or names(name, furniture):
            out.append(name)
    return out


def _fuller_name(name: str, kind: str, found: dict[str, list[str]]) -> str:
    """The page's fuller form of the chosen name from its own furniture: "Evening Post" (a newsletter
    offer) -> "Example Evening Post" (the masthead line), when the fuller name ends with the same words."""
    key = _words_key(name)
    best = name
    for other_kind in OWN_NAME_KINDS:
        if other_kind == kind:
            continue
        for other in found.get(other_kind, []):
            words = _words_key(other)
            if len(words) > len(key) and words[-len(key) :] == key and len(other) > len(best):
                best = other
    return best


def _dateline_evidence(s: str, found: dict[str, list[str]]) -> None:
    # the block ends at the dash; give the lookahead the start of a sentence
    m = DATELINE_AGENCY_RE.match(s[:DATELINE_MAX_CHARS] + " X")
    if m:
        name = clean_name(m.group("agency"))
        if name:
            found["dateline"].append(name)


def _byline_evidence(s: str, found: dict[str, list[str]], credits: list[str]) -> None:
    for name in _matches(_STAFF_BYLINES, s):
        wire = _known_kind(name) in AGENCY_KINDS
        found["wire-byline" if wire else "staff-byline"].append(name)
    named = _byline_outlet(s)
    if named:
        wire = _known_kind(named) in AGENCY_KINDS
        found["wire-byline" if wire else "byline-outlet"].append(named)
    credits.extend(n for n in (clean_name(m.group("name")) for m in NAME_RE.finditer(s)) if n)


def _masthead_evidence(s: str, reason: str | None, found: dict[str, list[str]]) -> None:
    if reason == "masthead":
        name = clean_name(masthead_name(s) or "")
        if name:
            found["masthead"].append(name)
    elif reason == SITE_NAME_REASON:
        # the site's name alone above the headline, named again elsewhere on the page (blocks.py)
        name = clean_name(s)
        if name:
            found["masthead"].append(name)


def _furniture_evidence(b: Block, s: str, found: dict[str, list[str]], credits: list[str]) -> None:
    """What one furniture line (sign-off, appeal, byline, masthead, source line ...) says of the outlet."""
    found["signoff"].extend(_matches(_SIGNOFFS, s))
    found["appeal"].extend(_matches(_APPEALS, s))
    found["newsletter"].extend(_matches(_NEWSLETTERS, s))
    found["app"].extend(_matches(_APPS, s))
    found["copyright"].extend(without_corporate_suffix(n) for n in _matches(_COPYRIGHTS, s))
    if b.kind == BlockKind.BYLINE:
        _byline_evidence(s, found, credits)
    if not EXTERNAL_LINK_RE.match(s):
        found["site-name"].extend(_matches(_SITE_NAMES, s))
    _masthead_evidence(s, b.reason, found)
    sm = SOURCE_LINE_RE.match(s)
    if sm:
        name = clean_name(sm.group("name"))
        if name:
            found["source-line"].append(name)


def infer_outlet(text: str, blocks: list[Block]) -> tuple[str | None, str | None]:
    """(outlet name, evidence kind) from the text, or (None, None) when the text does not say."""
    found: dict[str, list[str]] = {k: [] for k in EVIDENCE_ORDER}
    credits: list[str] = []  # organisations of photo credits and names in bylines
    listeners: list[str] = []  # who heard the story's interviews
    for b in blocks:
        s = " ".join(text[b.start : b.end].split())
        if b.kind == BlockKind.DATELINE:
            _dateline_evidence(s, found)
        elif b.kind in FURNITURE_KINDS:
            _furniture_evidence(b, s, found, credits)
        elif b.kind == BlockKind.CAPTION:
            credits.extend(photo_credit_names(s))
        elif b.kind in STORY_KINDS:
            listeners.extend(n for n in _matches(_LISTENERS, s) if _known_kind(n) not in AGENCY_KINDS)
    for name in listeners:
        full = _corroborated(name, credits)
        if full:
            found["interview"].append(full)
    found["masthead-line"].extend(_masthead_lines(text, blocks))
    for kind in EVIDENCE_ORDER:
        if found[kind]:
            if kind in OWN_NAME_KINDS:
                return _fuller_name(_pick(found[kind]), kind, found), kind
            return _pick(found[kind]), kind
    return None, None
