"""Which outlet published an article, from what the text itself says.

The outlet is the first link of every attribution chain, so it must never be a
guess: a name is returned only when the text names its publisher in a recognised
way, together with the kind of evidence:

- "signoff": the publisher signs the page ("A Message from X", "connect with X",
  "© 2024 X", "Copyright X", "By supporting X"). Strongest: a page's own furniture
  names the page's owner, even when the story came from a wire service.
- "site-name": a self-reference in site furniture ("Internal Link: ... at X",
  "X is an independent news site").
- "masthead": the publication's masthead above the story, a name and a newsroom
  section ("Example Post | East Africa Desk").
- "source-line": the page's credit line naming the publisher together with the
  agencies it drew on ("Source: Example News and news agencies"). A bare
  "Source: X" is not enough: under a chart or a table it names the data's source.
- "dateline": a wire dateline at the top of the story ("Dec. 27 (UPI) —",
  "WASHINGTON (AP) —", "Mau Narok, Kenya (AFP) -"). Weakest: a site republishing
  a wire story keeps the wire's dateline, so any line of the site's own wins.

Sign-offs and self-references are only read from non-body blocks (boilerplate,
bylines): in the story, "connect with X" or "X is a news site" describe a source,
not the publisher. Unknown -> (None, None).
"""

from __future__ import annotations

import re
from collections import Counter

from ..doc import Block
from .blocks import DATELINE_AGENCY_RE, DATELINE_MAX_CHARS, masthead_name

#: A proper name: capitalised words, optionally joined by "of"/"and"/"&"/"for"/"the".
#: A leading lowercase "the" is matched but dropped ("connect with the Korea Herald"
#: -> "Korea Herald"), a capitalised "The" is part of the name ("The Moscow Times").
_NAME = (
    r"(?P<name>(?:[Tt]he\s+)?[A-Z][\w'’&-]*(?:\.[\w'’&-]+)*"
    r"(?:\s+(?:(?:of|and|&|for|the|de|del|la|le|on)\s+)?[A-Z0-9][\w'’&-]*(?:\.[\w'’&-]+)*){0,6})"
)

#: Sign-off patterns (read in boilerplate and byline blocks). Each names the publisher.
SIGNOFF_PATTERNS: tuple[tuple[str, str], ...] = (
    # donation appeal headers: "A Message from The Example Times:"
    ("appeal_from", r"\b(?:[Aa]n?\s+)?(?:[Mm]essage|[Nn]ote|[Ll]etter|[Ww]ord)\s+from\s+" + _NAME),
    # social-login furniture: "Log in ... to connect with the Example Daily"
    ("connect_with", r"\bconnect\s+with\s+" + _NAME),
    # copyright lines: "© 2024 Example News", "Copyright (c) 2020-2024 Example Media Inc."
    (
        "copyright",
        r"(?:©|\([cC]\)|\b[Cc]opyright\b|\bCOPYRIGHT\b)(?:\s*(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT))*\s*"
        r"(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?" + _NAME,
    ),
    # appeal body: "By supporting The Example Times, you ..."
    ("supporting", r"\b[Ss]upport(?:ing)?\s+" + _NAME + r"\s*(?:[,.!]|\s+(?:today|now|by|with|and)\b)"),
    # "Thank you for reading The Example Post"
    ("thanks_for_reading", r"\b[Tt]hanks?(?:\s+you)?\s+for\s+(?:reading|choosing|trusting)\s+" + _NAME),
    # "Subscribe to The Example Post" (own subscription furniture)
    ("subscribe_to", r"\b[Ss]ubscribe\s+to\s+" + _NAME),
)

#: Self-references in site furniture (read in boilerplate blocks that are not
#: external-link lines): "Internal Link: Explore related analyses at Example Land."
SITE_NAME_PATTERNS: tuple[tuple[str, str], ...] = (
    # internal-link lines name the site itself at their end
    ("internal_link", r"^[Ii]nternal\s+[Ll]inks?\s*:.*?\b(?:at|on|from|with)\s+" + _NAME + r"\s*[.!]?\s*$"),
    # "Explore / Discover / Find more ... at X." in furniture
    (
        "explore_at",
        r"\b(?:[Ee]xplore|[Dd]iscover|[Ff]ind|[Rr]ead)\s+(?:more|related|other|our|all)\b[^.:]{0,80}?\s+(?:at|on)\s+"
        + _NAME
        + r"\s*[.!]?\s*$",
    ),
    # "About Example News: Example News is an independent news site ..."
    (
        "self_description",
        r"(?:^|:\s*)" + _NAME + r"\s+is\s+(?:an?|the)\s+(?:[\w-]+\s+){0,5}?"
        r"(?:news|media)\s+(?:site|website|outlet|organi[sz]ation|platform|publication|portal|agency|company)\b",
    ),
)

#: The page's credit line: the publisher and the agencies it drew on ("Source: Example News and
#: news agencies", "Sources: Example News, agencies"): the agencies make it the page's own credit.
SOURCE_LINE_RE = re.compile(
    r"^[(\[]?\s*[Ss]ources?\s*:\s*" + _NAME + r"\s*(?:,|\band\b|\bwith\b|&|\+)\s*"
    r"(?i:(?:other\s+)?(?:news\s+|wire\s+)?(?:agencies|wires|wire\s+services))\s*[.)\]]*$"
)

#: Names that furniture mentions but never publish the article (login providers, platforms).
NOT_OUTLETS = frozenset(
    """
    facebook twitter x instagram linkedin whatsapp telegram youtube tiktok google apple kakao kakaotalk line
    naver daum us our the home email all rights copyright
    """.split()
)

#: Words that make a name generic furniture, not a publisher, when the name has no
#: other word ("Subscribe to Newsletter", "Support Independent Journalism").
GENERIC_WORDS = frozenset(
    """
    newsletter newsletters updates alerts premium plus digital news breaking daily weekly podcast podcasts
    notifications channel print edition magazine access membership journalism independent today now here
    free local reporting our team editors editor staff readers
    """.split()
)

#: Block kinds whose text may carry a sign-off or self-reference.
FURNITURE_KINDS = frozenset({"boilerplate", "byline", "credit"})

#: Evidence kinds, strongest first.
EVIDENCE_ORDER = ("signoff", "site-name", "masthead", "source-line", "dateline")

_SIGNOFFS = [(n, re.compile(p)) for n, p in SIGNOFF_PATTERNS]
_SITE_NAMES = [(n, re.compile(p)) for n, p in SITE_NAME_PATTERNS]
_EXTERNAL_LINK_RE = re.compile(r"^(?:external|outside|source)\s+links?\s*:", re.IGNORECASE)
_POSSESSIVE_RE = re.compile(r"['’]s?$")
_TRAILING_JUNK_RE = re.compile(r"(?:\s+(?:\d+|of|and|&|for|the|de|del|la|le|on))+$")


def clean_name(raw: str) -> str | None:
    """Normalise a matched name; None when it is not a plausible outlet name."""
    name = " ".join(raw.split())
    if name.startswith("the "):
        name = name[4:]
    name = _POSSESSIVE_RE.sub("", name)
    name = _TRAILING_JUNK_RE.sub("", name).strip(" .,;:'’-")
    if len(name) < 2 or name.lower() in NOT_OUTLETS or not any(c.isalpha() for c in name):
        return None
    words = name.lower().split()
    if all(w in GENERIC_WORDS or w == "the" for w in words):
        return None
    return name


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


def infer_outlet(text: str, blocks: list[Block]) -> tuple[str | None, str | None]:
    """(outlet name, evidence kind) from the text, or (None, None) when the text does not say."""
    found: dict[str, list[str]] = {k: [] for k in EVIDENCE_ORDER}
    for b in blocks:
        s = " ".join(text[b.start : b.end].split())
        if b.kind == "dateline":
            # the block ends at the dash; give the lookahead the start of a sentence
            m = DATELINE_AGENCY_RE.match(s[:DATELINE_MAX_CHARS] + " X")
            if m:
                name = clean_name(m.group("agency"))
                if name:
                    found["dateline"].append(name)
        elif b.kind in FURNITURE_KINDS:
            found["signoff"].extend(_matches(_SIGNOFFS, s))
            if not _EXTERNAL_LINK_RE.match(s):
                found["site-name"].extend(_matches(_SITE_NAMES, s))
            if b.reason == "masthead":
                name = clean_name(masthead_name(s) or "")
                if name:
                    found["masthead"].append(name)
            sm = SOURCE_LINE_RE.match(s)
            if sm:
                name = clean_name(sm.group("name"))
                if name:
                    found["source-line"].append(name)
    for kind in EVIDENCE_ORDER:
        if found[kind]:
            return _pick(found[kind]), kind
    return None, None
