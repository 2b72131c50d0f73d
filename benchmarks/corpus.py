"""Deterministic synthetic news corpus for benchmarks.

Builds multi-article "stories" about invented events: each story is covered by 5-40 articles from
invented outlets that quote invented agencies, officials, experts, local news sites and wire agencies.
The text deliberately exercises what the product must handle on real news:

* every attribution form ("X said", "according to X", "X told WIRE", "citing X", "a statement said",
  direct quotes split by the attribution, colon + bullet lists, "(This article drew references from A
  and B)", "Reported by X on ...", hedges such as "reportedly" and "It is reported that");
* agencies whose acronym is defined in parentheses on first mention and used alone afterwards,
  including acronyms that do not match the English initials;
* people whose names are spelled differently by different outlets (transliteration variants);
* numbers with qualifiers ("more than 3,000", "nearly 3000", "around 12,000") that conflict between
  origins;
* wire passages copied verbatim between articles of a story;
* outlet-specific boilerplate (bylines, datelines, "Related Article", share prompts, donation appeals,
  link furniture) that must never become a claim.

Everything is invented from syllables and word pools; nothing refers to real people or events.
Only ``random.Random(seed)`` drives the choices, so the same arguments give byte-identical files
(independent of PYTHONHASHSEED: no set or dict iteration order is used for choices).

Usage::

    python benchmarks/corpus.py --articles 1000 --seed 0 --out /tmp/corpus1k

or ``from benchmarks.corpus import build_corpus`` (returns ``[(file_name, text), ...]``).
"""

from __future__ import annotations

import argparse
import csv
import datetime
import random
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

# --------------------------------------------------------------------------------------------------
# Word pools. Invented roots are built from syllables so no name is a real person or place.
# --------------------------------------------------------------------------------------------------

_ONSETS = ["b", "br", "d", "dr", "g", "k", "kr", "l", "m", "n", "p", "r", "s", "st", "t", "tr", "v", "z", "h", "sh"]
_VOWELS = ["a", "e", "i", "o", "u", "a", "e", "o", "ai", "ei", "ou"]
_CODAS = ["", "", "n", "r", "l", "s", "k", "m", "nd", "rk", "st", "v"]

_COUNTRY_SUFFIXES = [("ia", "ian"), ("ovia", "ovian"), ("aria", "arian"), ("enia", "enian"), ("istan", "istani"),
                     ("ora", "oran"), ("esh", "eshi")]
_CITY_SUFFIXES = ["grad", "burg", "port", "ville", "abad", "sk", "haven", "ford", "ovo", "ana"]

_GIVEN_WESTERN = ["Maren", "Tobias", "Ilse", "Anton", "Greta", "Konrad", "Liesel", "Matthias", "Sabine", "Rune",
                  "Edvard", "Helena", "Jonas", "Katrin", "Oskar", "Petra", "Ulrich", "Vera", "Wendel", "Aurel"]
_GIVEN_SLAVIC = [("Aleksei", "Alexei"), ("Oleksiy", "Oleksii"), ("Yevhen", "Evgen"), ("Dmytro", "Dmitro"),
                 ("Sergiy", "Serhiy"), ("Yuliya", "Julia"), ("Kseniya", "Xenia"), ("Mykola", "Nikolai"),
                 ("Andriy", "Andrii"), ("Vasyl", "Vasil")]
_GIVEN_ARABIC = [("Mohammed", "Mohamed"), ("Abdel", "Abdul"), ("Youssef", "Yousef"), ("Khaled", "Khalid"),
                 ("Rania", "Ranya"), ("Hussein", "Husain"), ("Leila", "Layla"), ("Omar", "Omer")]
_KOREAN_FAMILY = [("Pak", "Bak"), ("Cheong", "Jeong"), ("Ryu", "Yoo"), ("Song", "Seong"), ("Han", "Hahn")]
_KOREAN_GIVEN_SYLL = ["seong", "kweun", "min", "young", "jin", "seo", "hyun", "woo", "ji", "hoon", "eun", "tae"]

_AGENCY_ADJ = ["National", "State", "Federal", "Central", "Joint", "General"]
_AGENCY_BODY = ["Service", "Agency", "Authority", "Bureau", "Directorate", "Office", "Committee", "Command"]
_INSTITUTE_FIELDS = ["Policy Studies", "Strategic Studies", "Security Studies", "Public Health", "Earth Sciences",
                     "Maritime Affairs", "Energy Research", "International Affairs"]
_OUTLET_FORMS = ["The {city} {paper}", "{country} Daily", "{root} News", "The {root} {paper}", "{root} Online",
                 "Radio {root}", "{root} Today", "The {country} {paper}", "{root}24"]
_PAPERS = ["Herald", "Times", "Post", "Chronicle", "Observer", "Tribune", "Gazette", "Courier", "Standard"]
_WIRE_FORMS = [("{root} Press Agency", "{r}PA"), ("{root} News Agency", "{root}"), ("Agence {root}-Presse", "A{r}P"),
               ("{root} Wire", "{root} Wire"), ("United {root} Press", "U{r}P")]
_SECTIONS = ["world", "news", "politics", "national", "international", "region", "asia", "europe"]

_QUALIFIERS = ["more than", "over", "nearly", "almost", "around", "about", "some", "at least", "roughly",
               "an estimated", "up to", "", "", ""]
_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_MONTH_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
_MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

_SAY_VERBS = ["said", "said", "said", "stated", "confirmed", "announced", "claimed", "noted", "reported", "revealed",
              "added", "estimated", "insisted", "alleged", "warned"]
_PLATFORMS = ["X", "Telegram", "Facebook", "social media"]

# --------------------------------------------------------------------------------------------------
# Event kinds: fact templates (subject, predicate, number range, may conflict), headlines, background.
# Predicates are finite clauses so they read after "said that", "according to X," and on their own.
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FactTemplate:
    key: str
    subj: str
    pred: str
    num: tuple[int, int] | None = None
    conflict: bool = False


@dataclass(frozen=True)
class Kind:
    domains: list[str]
    nouns: list[str]
    facts: list[FactTemplate]


_KINDS: dict[str, Kind] = {
    "earthquake": Kind(
        domains=["Seismic", "Emergency", "Disaster Response", "Geological"],
        nouns=["earthquake", "quake"],
        facts=[
            FactTemplate("magnitude", "a magnitude {mag} earthquake", "struck near {city} early on {day}"),
            FactTemplate("deaths", "{num} people", "have been killed in the {region}", (40, 3000), True),
            FactTemplate("injured", "{num} others", "were injured, many of them seriously", (100, 8000)),
            FactTemplate("buildings", "{num} buildings", "collapsed in {city} and surrounding villages", (200, 5000)),
            FactTemplate("evacuated", "{num} residents", "were evacuated from the worst-hit districts",
                         (1000, 60000), True),
            FactTemplate("aftershocks", "{num} aftershocks", "had been recorded by {day} evening", (20, 300)),
            FactTemplate("rescue", "rescue teams", "pulled a {age}-year-old woman alive from a collapsed school"),
        ],
    ),
    "ferry": Kind(
        domains=["Maritime", "Coast Guard", "Transport Safety", "Emergency"],
        nouns=["ferry disaster", "capsizing"],
        facts=[
            FactTemplate("aboard", "{num} passengers", "were on board the {vessel} when it capsized off {city}",
                         (100, 900), True),
            FactTemplate("rescued", "{num} people", "have been rescued from the water", (40, 500)),
            FactTemplate("missing", "{num} passengers", "are still missing", (10, 300), True),
            FactTemplate("overloaded", "the {vessel}", "was carrying more than twice its licensed capacity"),
            FactTemplate("captain", "the captain of the {vessel}", "has been detained for questioning"),
            FactTemplate("deaths", "{num} bodies", "have been recovered from the sea", (5, 200), True),
        ],
    ),
    "military": Kind(
        domains=["Intelligence", "Defence Intelligence", "Military Intelligence", "Border Security"],
        nouns=["deployment", "troop deployment"],
        facts=[
            FactTemplate("deployed", "{num} {dem2} troops", "have been deployed to {country} to support its army",
                         (8000, 15000), True),
            FactTemplate("casualties", "{num} {dem2} soldiers", "have been killed or wounded in the {region}",
                         (1000, 4000), True),
            FactTemplate("captured", "{dem} forces", "captured a wounded {dem2} soldier near {city}"),
            FactTemplate("died", "the captured soldier", "died of his injuries on {day}"),
            FactTemplate("documents", "{dem2} soldiers", "have been issued with fake identity documents"),
            FactTemplate("drones", "{dem2} units", "are particularly vulnerable to drone attacks in the open terrain"),
        ],
    ),
    "explosion": Kind(
        domains=["Industrial Safety", "Emergency", "Environmental Protection", "Labour Inspection"],
        nouns=["explosion", "blast"],
        facts=[
            FactTemplate("deaths", "{num} workers", "were killed in the blast at the {facility}", (3, 120), True),
            FactTemplate("injured", "{num} people", "were taken to hospital with burns", (20, 900)),
            FactTemplate("plume", "a plume of toxic smoke", "drifted over {city} for several hours"),
            FactTemplate("evacuated", "{num} residents", "were told to leave their homes", (500, 40000), True),
            FactTemplate("violations", "the operator of the {facility}", "had been fined twice for safety violations"),
            FactTemplate("cause", "the explosion", "was caused by a leak in a storage tank"),
        ],
    ),
    "outbreak": Kind(
        domains=["Public Health", "Disease Control", "Health Protection", "Epidemiology"],
        nouns=["outbreak", "epidemic"],
        facts=[
            FactTemplate("cases", "{num} cases of {disease}", "have been confirmed in the {region}", (200, 20000),
                         True),
            FactTemplate("deaths", "{num} people", "have died of the disease since {month}", (10, 900), True),
            FactTemplate("doses", "{num} vaccine doses", "were delivered to {city} on {day}", (10000, 900000)),
            FactTemplate("schools", "{num} schools", "were closed as a precaution", (20, 600)),
            FactTemplate("source", "the outbreak", "began at a livestock market in {city}"),
        ],
    ),
    "cyber": Kind(
        domains=["Cyber Security", "Energy Regulatory", "Digital Security", "Grid Operations"],
        nouns=["cyberattack", "grid attack"],
        facts=[
            FactTemplate("households", "{num} households", "were left without electricity", (50000, 2000000), True),
            FactTemplate("group", "a hacking group known as {group}", "was behind the attack"),
            FactTemplate("ransom", "the attackers", "demanded a ransom of {num} {currency}", (1000000, 40000000)),
            FactTemplate("restored", "power", "had been restored to most of {city} by {day} evening"),
            FactTemplate("hospitals", "{num} hospitals", "switched to backup generators", (5, 80)),
        ],
    ),
    "protest": Kind(
        domains=["Interior Security", "Public Order", "Police", "Civil Protection"],
        nouns=["protest", "demonstrations"],
        facts=[
            FactTemplate("crowd", "{num} people", "joined the protest in central {city}", (5000, 200000), True),
            FactTemplate("arrests", "{num} protesters", "were detained by police", (20, 1500), True),
            FactTemplate("injured", "{num} police officers", "were injured in clashes", (5, 300)),
            FactTemplate("teargas", "police", "fired tear gas to disperse the crowd near {landmark}"),
            FactTemplate("demands", "organisers", "called for the resignation of the interior minister"),
        ],
    ),
}
_KIND_NAMES = sorted(_KINDS)

_GENERIC_FACTS = [
    FactTemplate("investigation", "an independent investigation", "will be opened into the {noun}"),
    FactTemplate("aid", "{country3}", "has offered to send emergency aid and specialist teams"),
    FactTemplate("toll_rise", "the number of victims", "is expected to rise in the coming days"),
    FactTemplate("denial", "officials in {country2}", "have neither confirmed nor denied the reports"),
    FactTemplate("compensation", "families of the victims", "will receive compensation from the state"),
    FactTemplate("monitoring", "{country3}'s foreign ministry", "is closely monitoring the situation"),
]

_QUOTES_GENERIC = [
    "We are doing everything in our power to help the people of {city}",
    "There is no reason to hide the scale of what happened",
    "The figures we have seen so far are only the beginning",
    "Our teams have been working around the clock since {day}",
    "Nobody should pretend this was simply an accident",
    "It is too early to say what caused this",
    "We will not allow anyone to exploit this tragedy",
    "Families deserve answers, and they deserve them now",
    "The situation remains extremely difficult, but it is under control",
    "We expect the numbers to rise in the coming days",
    "Thirty years in this job and I have never seen anything like it",
    "This is a demonstration of how unprepared the authorities were",
    "Every hour counts for the people still waiting for help",
    "We have asked our partners for more equipment and more people",
]

_BACKGROUND = [
    "{city} lies about {km} kilometres from the border with {country2}.",
    "The {region} has a population of roughly {pop} people, most of them living in small towns.",
    "{country} and {country2} signed a mutual assistance agreement in {year}.",
    "The {noun} is the worst of its kind in {country} in more than a decade.",
    "Rescue and aid work has been hampered by damaged roads and heavy rain.",
    "The government has faced criticism in recent months over its handling of emergencies.",
    "There has been widespread interest in how the authorities will respond.",
    "Opposition lawmakers have demanded a parliamentary hearing on the {noun}.",
    "Local hospitals were already operating at full capacity before the {noun}.",
    "Neighbouring governments have called for restraint and for accurate public information.",
    "The area around {landmark} remained closed to traffic on {day}.",
    "Schools in parts of the {region} were turned into temporary shelters.",
    "Officials have promised regular updates as more information becomes available.",
    "The full picture may take weeks to emerge, analysts say.",
]

_HEADLINE_FORMS = [
    "{Subj} {pred}, {src} says",
    "{src}: {subj} {pred}",
    "{Noun} in {city}: what we know so far",
    "{Dem} {noun}: {subj} {pred}, reports say",
    "{Subj} {pred}",
    "{Noun} latest: {subj} {pred}",
]

_ANON = ["a senior {dem} official", "{dem} officials", "a {dem} intelligence source", "authorities in {city}",
         "people familiar with the matter", "a government source in {city}", "a local official in {city}",
         "a spokesperson who asked not to be named"]
# Forms an unnamed source can take ("a statement from people familiar with the matter" reads wrong).
_ANON_FORMS = (0, 1, 2, 3, 4, 10, 11, 14)

_DISEASES = ["Kessel fever", "Marrow flu", "Tolvan encephalitis", "Drift cholera", "Varn pox"]
_CURRENCIES = ["dollars", "euros", "crowns", "dinars"]
_FACILITIES = ["fertiliser plant", "chemical works", "oil refinery", "munitions depot", "paint factory"]
_LANDMARKS = ["Freedom Square", "the central railway station", "the parliament building", "the old harbour",
              "the city hall", "the main bridge"]


# --------------------------------------------------------------------------------------------------
# Entities
# --------------------------------------------------------------------------------------------------


@dataclass
class Country:
    name: str
    dem: str


@dataclass
class Source:
    """Anyone a claim can be attributed to. ``forms`` are first-mention forms; ``later`` later ones."""

    key: str
    kind: str  # agency, ministry, person, outlet, wire, anon
    forms: list[str]
    later: list[str]
    # Other spellings of the same person (transliterations): (forms, later) per spelling. One article keeps
    # to one spelling, as an outlet's style guide would.
    spellings: list[tuple[list[str], list[str]]] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)


@dataclass
class Outlet:
    name: str
    domain: str
    section: str
    para_sep: str
    curly: bool
    byline: str | None
    header: list[str]
    footer: list[str]
    reporters: list[str]
    dateline: bool
    references_note: bool


@dataclass
class Wire:
    name: str
    short: str


@dataclass
class Fact:
    key: str
    subj: str
    pred: str
    origins: list[tuple[Source, int | None]]


@dataclass
class Story:
    kind: str
    country: Country
    country2: Country
    city: str
    region: str
    noun: str
    day: str
    date: tuple[int, int, int]
    facts: list[Fact]
    sources: list[Source]
    speakers: list[Source]
    wires: list[Wire]
    local_outlet: Source
    background: list[str]
    passages: list[tuple[Wire, list[str]]]


@dataclass
class SyntheticArticle:
    """One generated article: file name, full text and the manifest fields."""

    file_name: str
    text: str
    outlet: str
    url: str
    published: str
    title: str


def _root(rng: random.Random, syllables: int = 2) -> str:
    out = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(syllables)) + rng.choice(_CODAS)
    return out.capitalize()


def _acronym(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w[0].isupper())


def _cap(text: str) -> str:
    """Upper-case the first letter, skipping leading quote marks."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :]
        if ch not in "\"'“‘(":
            return text
    return text


def _person_variants(rng: random.Random) -> list[str]:
    """A person's name as different outlets spell it (first entry is the canonical spelling)."""
    style = rng.randrange(4)
    if style == 0:
        family = _root(rng) + rng.choice(["sen", "mann", "berg", "ek", "ter", "holm"])
        return [f"{rng.choice(_GIVEN_WESTERN)} {family}"]
    if style == 1:
        given_a, given_b = rng.choice(_GIVEN_SLAVIC)
        stem = _root(rng)
        end = rng.choice([("sky", "skyy", "skiy"), ("enko", "enko", "yenko"), ("ov", "off", "ov"), ("chuk", "czuk")])
        return [f"{given_a} {stem}{end[0]}", f"{given_a} {stem}{end[1]}", f"{given_b} {stem}{end[-1]}"]
    if style == 2:
        given_a, given_b = rng.choice(_GIVEN_ARABIC)
        stem = _root(rng)
        return [f"{given_a} al-{stem}", f"{given_b} el-{stem}", f"{given_a} al {stem}"]
    fam_a, fam_b = rng.choice(_KOREAN_FAMILY)
    s1, s2 = rng.sample(_KOREAN_GIVEN_SYLL, 2)
    return [f"{fam_a} {s1.capitalize()}-{s2}", f"{fam_a} {s1.capitalize()} {s2.capitalize()}",
            f"{fam_b} {s1.capitalize()}{s2}"]


def _surname(name: str) -> str:
    parts = name.split()
    if parts[0] in {f for pair in _KOREAN_FAMILY for f in pair}:
        return parts[0]
    if parts[-2:-1] == ["al"]:
        return "al-" + parts[-1]
    return parts[-1]


def _round2(value: float) -> int:
    """Round to two significant figures, as officials and reporters do."""
    if value < 100:
        return max(2, int(round(value)))
    digits = len(str(int(value))) - 2
    return int(round(value / 10**digits) * 10**digits)


def _number(rng: random.Random, value: int) -> str:
    if value >= 1_000_000:
        text = f"{value / 1_000_000:.1f}".removesuffix(".0") + " million"
    elif value < 10:
        text = _SMALL[value]
    elif value >= 1000 and rng.random() < 0.2:
        text = str(value)
    else:
        text = f"{value:,}"
    qualifier = rng.choice(_QUALIFIERS)
    return f"{qualifier} {text}" if qualifier else text


# --------------------------------------------------------------------------------------------------
# Corpus-level pools: outlets and wires (each with its own fixed boilerplate, as on real sites)
# --------------------------------------------------------------------------------------------------


def _make_wires(rng: random.Random, count: int) -> list[Wire]:
    wires: list[Wire] = []
    names: set[str] = set()
    while len(wires) < count:
        root = _root(rng)
        form, short = rng.choice(_WIRE_FORMS)
        name = form.format(root=root)
        if name in names:
            continue
        names.add(name)
        wires.append(Wire(name, short.format(root=root, r=root[0])))
    return wires


def _donation(name: str, rng: random.Random) -> list[str]:
    country = _root(rng) + "ia"
    return [
        f"A Message from {name}:",
        "Dear readers,",
        f"We are facing unprecedented challenges. {country}'s prosecutors have designated {name} as an "
        f"\"undesirable\" organization, criminalizing our work and putting our staff at risk of prosecution.",
        "The authorities claim our work \"undermines public order.\" We see things differently: we strive to "
        "provide accurate, unbiased reporting.",
        "Your support, no matter how small, makes a world of difference. If you can, please support us monthly "
        "starting from just $2. It's quick to set up, and every contribution makes a significant impact.",
        f"By supporting {name}, you're defending open, independent journalism. Thank you for standing with us.",
        "Remind me later.",
    ]


def _make_outlet(rng: random.Random, wires: Sequence[Wire]) -> Outlet:
    root = _root(rng)
    country = _root(rng) + rng.choice(["ia", "ora", "esh"])
    city = _root(rng) + rng.choice(_CITY_SUFFIXES)
    name = rng.choice(_OUTLET_FORMS).format(city=city, country=country, root=root, paper=rng.choice(_PAPERS))
    domain = "".join(ch for ch in name.lower().removeprefix("the ") if ch.isalnum()) + rng.choice(
        [".com", ".net", ".org", ".news", ".co"])
    reporters = [_person_variants(rng)[0] for _ in range(rng.randint(2, 5))]
    header: list[str] = []
    footer: list[str] = []
    if rng.random() < 0.4:
        header.append(f"Home > {rng.choice(['World', 'National', 'News'])} > {{country}}")
    if rng.random() < 0.2:
        header.append("print dictionary print")
    if rng.random() < 0.25:
        footer.append(f"Log in to Twitter or Facebook account to connect\nwith the {name}")
        footer.append("To write comments, please log in to one of the accounts.")
    if rng.random() < 0.35:
        footer.append(rng.choice(["Share this article", "Share on Facebook | Share on X | Email",
                                  "Share this story: Facebook Twitter WhatsApp Email", "Copy link"]))
    if rng.random() < 0.2:
        footer.extend(_donation(name, rng))
    if rng.random() < 0.2:
        other = rng.choice(wires).name
        footer.append(f"External Link: For more updates on global affairs, visit {other}.")
        footer.append(f"Internal Link: Explore related analyses at {name}.")
    if rng.random() < 0.3:
        footer.append("Sign up for our newsletter to get the latest news delivered to your inbox.")
    if rng.random() < 0.3:
        footer.append(f"Copyright © {rng.randint(2019, 2025)} {name}. All rights reserved.")
    byline = rng.choice([None, "BY {NAME} [{email}]", "By {name}", "{name} | {date}", "Reporting by {name}; "
                         "Editing by {name2}", "By {name}, {outlet}"])
    return Outlet(
        name=name, domain=domain, section=rng.choice(_SECTIONS), para_sep=rng.choice(["\n", "\n\n", "\n \n"]),
        curly=rng.random() < 0.6, byline=byline, header=header, footer=footer, reporters=reporters,
        dateline=rng.random() < 0.3, references_note=rng.random() < 0.15,
    )


# --------------------------------------------------------------------------------------------------
# Story generation
# --------------------------------------------------------------------------------------------------


def _country(rng: random.Random) -> Country:
    root = _root(rng)
    suffix, dem_suffix = rng.choice(_COUNTRY_SUFFIXES)
    return Country(root + suffix, root + dem_suffix)


def _agency(rng: random.Random, country: Country, domain: str) -> Source:
    name = f"{rng.choice(_AGENCY_ADJ)} {domain} {rng.choice(_AGENCY_BODY)}"
    acronym = _acronym(name)
    if rng.random() < 0.25:
        # Some agencies are known by an acronym of their name in the local language (like GUR/DIU).
        acronym = "".join(rng.choice("BDGKMRSTVZ") for _ in range(3))
    forms = [f"the {name} ({acronym})", f"{country.name}'s {name} ({acronym})", f"the {country.dem} {name}",
             f"{country.name}'s {name}"]
    later = [acronym, f"the {acronym}", "the agency", acronym]
    return Source(f"agency:{name}", "agency", forms, later)


def _person(rng: random.Random, key: str, roles_pre: list[str], role_post: list[str]) -> Source:
    variants = _person_variants(rng)
    spellings: list[tuple[list[str], list[str]]] = []
    for name in variants:
        forms = [f"{role} {name}" for role in roles_pre] + [f"{name}, {role.rstrip(',')}," for role in role_post]
        spellings.append((forms, [_surname(name)]))
    return Source(f"person:{key}:{variants[0]}", "person", spellings[0][0], spellings[0][1], spellings[1:])


def _fill(template: str, slots: dict[str, str]) -> str:
    return template.format(**slots)


def _make_story(rng: random.Random, wires_pool: Sequence[Wire]) -> Story:
    kind = rng.choice(_KIND_NAMES)
    spec = _KINDS[kind]
    country, country2, country3 = _country(rng), _country(rng), _country(rng)
    city = _root(rng) + rng.choice(_CITY_SUFFIXES)
    region = _root(rng) + rng.choice([" region", " province", " district", " valley"])
    noun = rng.choice(spec.nouns)
    year, month = rng.randint(2021, 2025), rng.randint(1, 12)
    dom = rng.randint(1, _MONTH_DAYS[month - 1])
    weekday = _WEEKDAYS[datetime.date(year, month, dom).weekday()]
    slots = {
        "city": city, "region": region, "country": country.name, "dem": country.dem, "country2": country2.name,
        "dem2": country2.dem, "country3": country3.name, "noun": noun, "day": weekday,
        "mag": f"{rng.uniform(5.4, 7.9):.1f}", "age": str(rng.randint(6, 90)),
        "vessel": f"MV {_root(rng)} {rng.choice(['Star', 'Queen', 'Express', 'Spirit'])}",
        "facility": f"{_root(rng)} {rng.choice(_FACILITIES)}", "disease": rng.choice(_DISEASES),
        "month": _MONTHS[(month - 2) % 12], "group": _root(rng) + rng.choice(["Bear", "Spider", "Storm", "Wolf"]),
        "currency": rng.choice(_CURRENCIES), "landmark": rng.choice(_LANDMARKS), "km": str(rng.randint(5, 200)),
        "pop": f"{rng.randint(2, 90) * 10000:,}", "year": str(rng.randint(1995, 2020)),
    }

    domains = spec.domains
    agencies = [_agency(rng, country, d) for d in rng.sample(domains, 2)]
    agencies.append(_agency(rng, country2, rng.choice(domains)))
    ministry = Source(
        f"ministry:{country.name}", "ministry",
        [f"{country.name}'s {rng.choice(['Interior', 'Defence', 'Health', 'Emergencies'])} Ministry",
         f"the {country.dem} government"], ["the ministry", "the government"])
    institute = f"{_root(rng)} Institute for {rng.choice(_INSTITUTE_FIELDS)}"
    people = [
        _person(rng, "leader", [f"{country.dem} President", "President"], [f"the {country.dem} president"]),
        _person(rng, "spokes", [f"{agencies[0].later[0]} spokesperson"],
                [f"a spokesperson for {agencies[0].forms[0]},"]),
        _person(rng, "expert", [], [f"a research fellow at the {institute} in {city}",
                                    f"an analyst at the {institute}"]),
        _person(rng, "lawmaker", [f"{country.dem} lawmaker", "opposition lawmaker"],
                [f"a member of {country.name}'s parliament"]),
        _person(rng, "mayor", [f"{city} Mayor", f"{city} governor"], [f"the mayor of {city}"]),
    ]
    local_root = _root(rng) + rng.choice(["nyi", "ka", "info", " Today", " Post"])
    local_outlet = Source(
        f"outlet:{local_root}", "outlet",
        [f"{country.name}'s {local_root}", f"the {country.dem} news site “{local_root}”",
         f"{local_root}, a {country.dem} news outlet,"], [local_root])
    anon_sources = [Source(f"anon:{a}", "anon", [_fill(a, slots)], [_fill(a, slots)])
                    for a in rng.sample(_ANON, 3)]
    sources = agencies + [ministry, local_outlet] + people + anon_sources
    speakers = [p for p in people]
    for person in speakers:
        person.quotes = [_fill(q, slots) for q in rng.sample(_QUOTES_GENERIC, 3)]

    templates = spec.facts + rng.sample(_GENERIC_FACTS, 3)
    facts: list[Fact] = []
    for tpl in templates:
        n_origins = rng.randint(2, 3) if tpl.conflict else 1
        origins_src = rng.sample(sources, n_origins)
        origins: list[tuple[Source, int | None]] = []
        if tpl.num is None:
            origins = [(s, None) for s in origins_src]
        else:
            base = rng.randint(*tpl.num)
            for i, s in enumerate(origins_src):
                value = base if i == 0 else base * rng.uniform(0.3, 1.4)
                origins.append((s, _round2(value)))
        subj = tpl.subj.replace("{num}", "\0").format(**slots).replace("\0", "{num}")
        pred = tpl.pred.replace("{num}", "\0").format(**slots).replace("\0", "{num}")
        facts.append(Fact(tpl.key, subj, pred, origins))

    wires = rng.sample(list(wires_pool), min(3, len(wires_pool)))
    background = [_fill(b, slots) for b in rng.sample(_BACKGROUND, 8)]
    story = Story(kind, country, country2, city, region, noun, weekday, (year, month, dom), facts, sources,
                  speakers, wires, local_outlet, background, [])
    # Wire passages: written once by a wire agency, copied verbatim by several outlets.
    for _ in range(rng.randint(2, 4)):
        wire = rng.choice(wires)
        ctx = _Ctx(rng, story, curly=True)
        ctx.wire_author = wire
        sentences = [ctx.fact_sentence(rng.choice(facts)) for _ in range(rng.randint(1, 2))]
        sentences.append(ctx.quote_sentence(rng.choice(speakers)))
        story.passages.append((wire, sentences))
    return story


# --------------------------------------------------------------------------------------------------
# Article context: tracks first/later mentions, quote style, and realises facts in every attribution form
# --------------------------------------------------------------------------------------------------


class _Ctx:
    def __init__(self, rng: random.Random, story: Story, curly: bool) -> None:
        self.rng = rng
        self.story = story
        self.lq, self.rq = ("“", "”") if curly else ('"', '"')
        self.apos = "’" if curly and rng.random() < 0.5 else "'"
        self.mentioned: dict[str, int] = {}
        self.variant: dict[str, int] = {}
        self.wire_author: Wire | None = None
        self.cited: list[str] = []

    def _poss(self, text: str) -> str:
        return text.replace("'", self.apos)

    def ref(self, src: Source) -> str:
        """How this article names ``src`` now: a full first mention, then a short later one.

        Appositive forms end with a comma ("Name, a research fellow at X,") so they read in subject
        position; callers that put the mention before a comma or a full stop strip it.
        """
        if src.key not in self.variant:
            self.variant[src.key] = self.rng.randrange(len(src.spellings) + 1) if src.spellings else 0
        v = self.variant[src.key]
        forms, later = (src.forms, src.later) if v == 0 else src.spellings[v - 1]
        if src.key in self.mentioned:
            self.mentioned[src.key] += 1
            return self._poss(self.rng.choice(later))
        self.mentioned[src.key] = 1
        return self._poss(self.rng.choice(forms))

    def parts(self, fact: Fact, origin: int, hedge: bool = False) -> tuple[str, str]:
        """Subject and predicate of ``fact`` as ``origin`` states it (number phrased afresh each time)."""
        value = fact.origins[origin][1]
        subj = fact.subj.replace("{num}", _number(self.rng, value) if value is not None else "")
        pred = fact.pred.replace("{num}", _number(self.rng, value) if value is not None else "")
        if hedge:
            word = self.rng.choice(["reportedly", "reportedly", "allegedly"])
            first, _, rest = pred.partition(" ")
            if first in {"have", "has", "had", "were", "was", "is", "are", "will"}:
                pred = f"{first} {word} {rest}"
            else:
                pred = f"{word} {pred}"
        return self._poss(subj), self._poss(pred)

    def clause(self, fact: Fact, origin: int, hedge: bool = False) -> str:
        subj, pred = self.parts(fact, origin, hedge)
        return f"{subj} {pred}"

    def _when(self) -> str:
        y, m, d = self.story.date
        return self.rng.choice(["", "", f" on {self.story.day}", f" on {_MONTH_ABBR[m - 1]} {d}",
                                f" on the {d}{'th' if 10 < d < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}",
                                " last week", " earlier on " + self.story.day])

    def _wire(self) -> Wire:
        return self.rng.choice(self.story.wires)

    def fact_sentence(self, fact: Fact) -> str:
        rng = self.rng
        origin = rng.randrange(len(fact.origins))
        src = fact.origins[origin][0]
        s = self.ref(src)
        verb = rng.choice(_SAY_VERBS)
        when = self._when()
        form = rng.randrange(17)
        if src.kind == "anon" and form not in _ANON_FORMS:
            form = rng.choice(_ANON_FORMS)
        c = self.clause(fact, origin, hedge=rng.random() < 0.12)
        q = self.lq, self.rq
        if form == 0:
            out = f"{s} {verb}{when} that {c}."
        elif form == 1:
            out = f"{_cap(c)}, {s} {verb}{when}."
        elif form == 2:
            out = f"According to {s.rstrip(',')}{when}, {c}."
        elif form == 3:
            out = f"{_cap(c)}, according to {s.rstrip(',')}."
        elif form == 4:
            if src.kind in {"person", "anon"}:
                out = f"{s} told {self._wire().short}{when} that {c}."
            else:
                out = f"{_cap(c)}, {s} told {self._wire().short}."
        elif form == 5:
            wire = self._wire()
            out = f"{_cap(c)}, {wire.name} reported, citing {s.rstrip(',')}."
        elif form == 6:
            wire = self._wire()
            out = f"According to reports from {wire.name}, citing {s.rstrip(',')}, {c}."
        elif form == 7:
            if src.key in self.mentioned and self.mentioned[src.key] > 1:
                out = f"{_cap(c)}, a statement said."
            else:
                out = f"{_cap(c)}, a statement from {s} said."
        elif form == 8:
            out = f"{s} said in a statement{when} that {c}."
        elif form == 9:
            out = f"{s} stated in a press release{when}: {q[0]}{_cap(c)}.{q[1]}"
        elif form == 10:
            out = f"{self.clause(fact, origin, hedge=True)}, according to {s.rstrip(',')}."
        elif form == 11:
            plain = self.clause(fact, origin)
            out = rng.choice([f"It is reported that {plain}.", f"{_cap(plain)}, reports suggest.",
                              f"{_cap(self.clause(fact, origin, hedge=True))}."])
        elif form == 12:
            local = self.story.local_outlet
            lref = self.ref(local).rstrip(",")
            out = f"Reported by {lref}{when}, {c}."
        elif form == 13:
            where = rng.choice([f" on {rng.choice(_PLATFORMS)}", " in a televised briefing", " on its website"])
            if src.kind == "person" and where == " on its website":
                where = " in a video address"
            out = f"{s} {rng.choice(['wrote', 'said', 'posted'])}{where}{when} that {c}."
        elif form == 14:
            wire = self._wire()
            out = f"{_cap(c)}, {s} told {rng.choice([wire.name, wire.short])}."
        elif form == 15:
            out = f"In a {rng.choice(['briefing', 'post', 'interview'])}{when}, {s} {verb} that {c}."
        else:
            local = self.story.local_outlet
            out = f"{_cap(c)}, {self.ref(local)} reported{when}, citing {s.rstrip(',')}."
        return _cap(" ".join(out.split()).replace(" ,", ","))

    def quote_sentence(self, speaker: Source) -> str:
        rng = self.rng
        lq, rq = self.lq, self.rq
        q1, q2 = rng.sample(speaker.quotes, 2)
        s = self.ref(speaker)
        form = rng.randrange(6)
        if form == 0:
            out = f"{lq}{q1},{rq} {s} said. {lq}{q2}.{rq}"
        elif form == 1 and not q2.startswith(("I ", "I'")):
            out = f"{lq}{q1},{rq} said {s.rstrip(',')}, {lq}{q2[0].lower()}{q2[1:]}.{rq}"
        elif form == 2:
            out = f"{lq}{q1}. {q2},{rq} {s} {rng.choice(['wrote', 'added', 'told reporters'])}."
        elif form == 3:
            out = f"{s} said: {lq}{q1}.{rq}"
        elif form == 4:
            out = f"{lq}{q1},{rq} {s} told {self._wire().short}."
        else:
            out = f"{s} {rng.choice(['told reporters', 'said'])}: {lq}{q1}. {q2}.{rq}"
        return self._poss(_cap(out))

    def bullets(self) -> str:
        rng = self.rng
        speaker = rng.choice(self.story.speakers)
        facts = rng.sample(self.story.facts, 2)
        intro = rng.choice([f"{self.ref(speaker)} notes:", "Key points:", f"{self.ref(speaker)} said:"])
        items = [f"- {_cap(self.clause(f, rng.randrange(len(f.origins))))}." for f in facts]
        return "\n".join([_cap(intro), *items])


# --------------------------------------------------------------------------------------------------
# Article assembly
# --------------------------------------------------------------------------------------------------


def _headline(rng: random.Random, story: Story, ctx: _Ctx) -> str:
    fact = rng.choice(story.facts)
    origin = rng.randrange(len(fact.origins))
    src = fact.origins[origin][0]
    short = rng.choice(src.later) if src.kind != "anon" else "officials"
    subj, pred = ctx.parts(fact, origin)
    form = rng.choice(_HEADLINE_FORMS)
    text = form.format(Subj=_cap(subj), subj=subj, pred=pred, src=short, Noun=_cap(story.noun), noun=story.noun,
                       city=story.city, Dem=story.country.dem)
    return _cap(text)


def _byline(rng: random.Random, outlet: Outlet, published: str) -> str | None:
    if outlet.byline is None:
        return None
    name, name2 = rng.sample(outlet.reporters, 2)
    email = name.lower().replace(" ", ".").replace("-", "") + "@" + outlet.domain
    return outlet.byline.format(NAME=name.upper(), name=name, name2=name2, email=email, date=published[:10],
                                outlet=outlet.name)


def _article(rng: random.Random, story: Story, outlet: Outlet, index: int, published: str) -> SyntheticArticle:
    ctx = _Ctx(rng, story, outlet.curly)
    sep = outlet.para_sep
    title = _headline(rng, story, ctx)
    target = rng.randint(300, 700)

    head: list[str] = []
    if rng.random() < 0.7:
        head.append(title)
    head.extend(h.format(country=story.country.name) for h in outlet.header)
    if outlet.header and rng.random() < 0.5:
        head.append(title)
    if rng.random() < 0.3:
        wire = rng.choice(story.wires)
        caption = (f"The photo shows the scene in {story.city} on {story.day}. "
                   f"[{wire.short.upper()}]")
        head.extend([caption] * rng.randint(1, 2))
    byline = _byline(rng, outlet, published)
    byline_at_top = byline is not None and rng.random() < 0.5
    if byline is not None and byline_at_top:
        head.append(byline)

    tail: list[str] = []
    if outlet.references_note or rng.random() < 0.05:
        a, b = rng.sample(story.wires, 2) if len(story.wires) > 1 else (story.wires[0], story.wires[0])
        tail.append(f"(This article drew references from {a.name} and {b.name})")
    if byline is not None and not byline_at_top:
        tail.append(byline)
    tail.extend(outlet.footer)

    boiler_words = sum(len(x.split()) for x in head + tail)
    body: list[str] = []
    words = boiler_words
    facts = list(story.facts)
    rng.shuffle(facts)
    lead = ctx.fact_sentence(facts[0])
    if outlet.dateline:
        y, m, d = story.date
        lead = f"{story.city.upper()}, {_MONTH_ABBR[m - 1]} {d} ({rng.choice(story.wires).short}) — {lead}"
    body.append(lead)
    words += len(lead.split())
    passages = [p for p in story.passages if rng.random() < 0.5]
    queue: list[str] = []
    for fact in facts[1:]:
        queue.append("fact:" + fact.key)
    queue.extend(f"quote:{i}" for i in range(len(story.speakers)))
    queue.extend(f"passage:{i}" for i in range(len(passages)))
    queue.extend(f"bg:{i}" for i in range(len(story.background)))
    queue.append("bullets")
    rng.shuffle(queue)
    by_key = {f.key: f for f in facts}
    related_at = rng.randrange(2, 6) if rng.random() < 0.3 else -1
    while words < target:
        if not queue:
            queue = [f"fact:{f.key}" for f in facts] + [f"quote:{i}" for i in range(len(story.speakers))]
            rng.shuffle(queue)
        item, _, arg = queue.pop().partition(":")
        para: list[str] = []
        if item == "fact":
            para.append(ctx.fact_sentence(by_key[arg]))
            if rng.random() < 0.4 and queue and queue[-1].startswith("fact:"):
                para.append(ctx.fact_sentence(by_key[queue.pop().partition(":")[2]]))
        elif item == "quote":
            para.append(ctx.quote_sentence(story.speakers[int(arg)]))
        elif item == "passage":
            wire, sentences = passages[int(arg)]
            para.extend(sentences)
            if rng.random() < 0.3:
                para[0] = f"({wire.short}) — {para[0]}"
        elif item == "bg":
            para.append(story.background[int(arg)].replace("'", ctx.apos))
        else:
            para.append(ctx.bullets())
        text = " ".join(para)
        body.append(text)
        words += len(text.split())
        if len(body) == related_at:
            body.append(rng.choice(["Related Article", "Related Articles", "READ MORE: " + title]))

    text = sep.join(head + body + tail) + rng.choice(["", "\n"])
    file_name = ""  # filled by caller
    url = f"https://www.{outlet.domain}/{outlet.section}/{published[:10].replace('-', '/')}/" + "-".join(
        "".join(ch for ch in w.lower() if ch.isalnum()) for w in title.split()[:8]) + f"-{index}"
    return SyntheticArticle(file_name, text, outlet.name, url, published, title)


def build_articles(n_articles: int, seed: int = 0) -> list[SyntheticArticle]:
    """Generate ``n_articles`` articles grouped into stories of 5-40 articles (fewer only if n < 5)."""
    if n_articles < 0:
        raise ValueError("n_articles must be >= 0")
    rng = random.Random(seed)
    wires = _make_wires(rng, 12)
    outlets = [_make_outlet(rng, wires) for _ in range(max(20, min(400, n_articles // 5)))]
    width = max(5, len(str(n_articles)))
    out: list[SyntheticArticle] = []
    remaining = n_articles
    while remaining > 0:
        if remaining <= 40:
            size = remaining
        else:
            size = rng.randint(5, min(40, remaining - 5))
        remaining -= size
        story = _make_story(random.Random(rng.getrandbits(64)), wires)
        story_rng = random.Random(rng.getrandbits(64))
        y, m, d = story.date
        for outlet in story_rng.sample(outlets, min(size, len(outlets))) + [
            story_rng.choice(outlets) for _ in range(max(0, size - len(outlets)))
        ]:
            index = len(out)
            day = datetime.date(y, m, d) + datetime.timedelta(days=story_rng.randint(0, 2))
            published = f"{day.isoformat()}T{story_rng.randint(0, 23):02d}:{story_rng.randint(0, 59):02d}:00Z"
            article = _article(story_rng, story, outlet, index, published)
            article.file_name = f"{index:0{width}d}_{story_rng.getrandbits(64):016x}.txt"
            out.append(article)
    return out


def build_corpus(n_articles: int, seed: int = 0) -> list[tuple[str, str]]:
    """``[(file_name, text), ...]`` for ``n_articles`` synthetic articles; same seed -> same texts."""
    return [(a.file_name, a.text) for a in build_articles(n_articles, seed)]


def write_corpus(out_dir: str | Path, n_articles: int, seed: int = 0) -> list[SyntheticArticle]:
    """Write the .txt files and manifest.csv (path,outlet,url,published,title) into ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    articles = build_articles(n_articles, seed)
    for article in articles:
        (out / article.file_name).write_bytes(article.text.encode("utf-8"))
    with (out / "manifest.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["path", "outlet", "url", "published", "title"])
        for article in articles:
            writer.writerow([article.file_name, article.outlet, article.url, article.published, article.title])
    return articles


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build a deterministic synthetic news corpus.")
    parser.add_argument("--articles", type=int, default=100, help="number of articles (default 100)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--out", required=True, help="output directory (created if missing)")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    articles = write_corpus(args.out, args.articles, args.seed)
    seconds = time.perf_counter() - start
    words = sum(len(a.text.split()) for a in articles)
    print(f"wrote {len(articles)} articles ({words} words) and manifest.csv to {args.out} in {seconds:.2f}s",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
