"""The alias database: known sources and countries, from DATA files only.

Names of real sources never appear in code: the shipped ``attribution/data/aliases.json``
(sources) and ``countries.json`` (demonyms, capitals) hold them, and a user extends
them with ``$ATTRIBUTION_ALIASES`` (one or more paths separated by ``os.pathsep``)
or a path given to :func:`load_aliases`. A user file has the shipped layout
(``{"sources": [...], "countries": [...]}``) or is a bare list of source entries;
an entry whose name matches a shipped one is merged into it (aliases added, kind
and country replaced when given).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import REINSTALL, InputError, PackageDataError
from ..models import SOURCE_KINDS
from ..packaged import check_shipped
from .normalize import norm_key

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
SHIPPED_ALIASES = DATA_DIR / "aliases.json"
SHIPPED_COUNTRIES = DATA_DIR / "countries.json"
ENV_VAR = "ATTRIBUTION_ALIASES"


@dataclass(slots=True)
class AliasEntry:
    name: str
    kind: str
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    #: forms that name this source only together with its country ("intelligence" + South Korea)
    generic: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Country:
    name: str
    adjective: str  # used to name collectives: "South Korean officials"
    demonyms: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)


class AliasDB:
    """Lookups by normalised key; every list kept sorted so results never depend on load order."""

    def __init__(self) -> None:
        self.entries: dict[str, AliasEntry] = {}  # by norm_key(name)
        self.countries: dict[str, Country] = {}  # by norm_key(name)
        self._by_key: dict[str, list[str]] = {}
        self._generic: dict[tuple[str, str], list[str]] = {}
        self._country_forms: dict[str, str] = {}  # name, alias or demonym key -> country name
        self._capitals: dict[str, str] = {}  # capital / metonym key -> country name
        self._country_names: dict[str, str] = {}  # name or alias key (no adjective, no demonym) -> country name
        self.max_country_words = 1

    # -- building ---------------------------------------------------------------
    def add_entry(self, entry: AliasEntry, reindex: bool = True) -> None:
        if entry.kind not in SOURCE_KINDS:
            raise ValueError(f"kind {entry.kind!r} is not one of {', '.join(SOURCE_KINDS)}")
        key = norm_key(entry.name)
        old = self.entries.get(key)
        if old is not None:
            old.aliases = sorted(set(old.aliases) | set(entry.aliases))
            old.generic = sorted(set(old.generic) | set(entry.generic))
            old.kind = entry.kind or old.kind
            old.country = entry.country or old.country
        else:
            self.entries[key] = AliasEntry(
                entry.name, entry.kind, entry.country, sorted(set(entry.aliases)), sorted(set(entry.generic))
            )
        if reindex:
            self._reindex_entries()

    def add_country(self, country: Country, reindex: bool = True) -> None:
        key = norm_key(country.name)
        old = self.countries.get(key)
        if old is not None:
            old.demonyms = sorted(set(old.demonyms) | set(country.demonyms))
            old.aliases = sorted(set(old.aliases) | set(country.aliases))
            old.capitals = sorted(set(old.capitals) | set(country.capitals))
            old.adjective = country.adjective or old.adjective
        else:
            self.countries[key] = country
        if reindex:
            self._reindex_countries()

    def _reindex_entries(self) -> None:
        by_key: dict[str, set[str]] = {}
        generic: dict[tuple[str, str], set[str]] = {}
        for key, e in self.entries.items():
            for form in [e.name, *e.aliases]:
                k = norm_key(form)
                if k:
                    by_key.setdefault(k, set()).add(key)
            if e.country:
                ck = norm_key(e.country)
                for form in e.generic:
                    generic.setdefault((ck, norm_key(form)), set()).add(key)
        self._by_key = {k: sorted(v) for k, v in by_key.items()}
        self._generic = {k: sorted(v) for k, v in generic.items()}

    def _reindex_countries(self) -> None:
        forms: dict[str, str] = {}
        capitals: dict[str, str] = {}
        names: dict[str, str] = {}
        for c in sorted(self.countries.values(), key=lambda c: c.name):
            for form in [c.name, c.adjective, *c.demonyms, *c.aliases]:
                k = norm_key(form)
                if k and k not in forms:
                    forms[k] = c.name
            adjectives = {norm_key(f) for f in [c.adjective, *c.demonyms]}
            for form in [c.name, *c.aliases]:
                k = norm_key(form)
                if k and k not in names and k not in adjectives:
                    names[k] = c.name
            for cap in c.capitals:
                k = norm_key(cap)
                if k and k not in capitals:
                    capitals[k] = c.name
        self._country_forms = forms
        self._capitals = capitals
        self._country_names = names
        self.max_country_words = max((len(k.split()) for k in [*forms, *capitals]), default=1)

    # -- lookups ----------------------------------------------------------------
    def lookup(self, text: str, country: str | None = None) -> AliasEntry | None:
        """The entry a name stands for; with several, the one of ``country`` (else none: ambiguous)."""
        found = self._by_key.get(norm_key(text))
        return self._pick(found, country)

    def lookup_generic(self, country: str, phrase: str) -> AliasEntry | None:
        """The entry named by a country plus a generic form: ("South Korea", "intelligence service")."""
        found = self._generic.get((norm_key(country), norm_key(phrase)))
        return self._pick(found, country)

    def _pick(self, found: list[str] | None, country: str | None) -> AliasEntry | None:
        if not found:
            return None
        entries = [self.entries[k] for k in found]
        if country:
            same = [e for e in entries if e.country and norm_key(e.country) == norm_key(country)]
            if same:
                entries = same
            else:
                entries = [e for e in entries if not e.country]
        if len(entries) == 1:
            return entries[0]
        return None

    def entry(self, name: str) -> AliasEntry | None:
        return self.entries.get(norm_key(name))

    def country_of(self, text: str) -> str | None:
        """Country named by a country name, alias or demonym ("South Korean" -> "South Korea")."""
        return self._country_forms.get(norm_key(text))

    def country_name_of(self, text: str) -> str | None:
        """Country named by its name or an alias, not by an adjective ("Kenya" -> "Kenya"; "Kenyan" -> None)."""
        return self._country_names.get(norm_key(text))

    def capital_of(self, text: str) -> str | None:
        """Country a capital or seat of power stands for ("Seoul" -> "South Korea")."""
        return self._capitals.get(norm_key(text))

    def adjective(self, country: str) -> str:
        c = self.countries.get(norm_key(country))
        return c.adjective if c and c.adjective else country


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read alias file ({exc.strerror}): check the path", path=str(path)) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"alias file is not valid UTF-8 JSON ({exc}): fix the file", path=str(path)) from exc


def _merge_file(db: AliasDB, path: Path) -> None:
    data = _read_json(path)
    sources = data if isinstance(data, list) else data.get("sources", []) if isinstance(data, dict) else None
    countries = data.get("countries", []) if isinstance(data, dict) else []
    if not isinstance(sources, list) or not isinstance(countries, list):
        raise InputError('alias file must be a list of entries or {"sources": [...]}: fix the file', path=str(path))
    for n, raw in enumerate(sources):
        try:
            db.add_entry(
                AliasEntry(
                    name=str(raw["name"]),
                    kind=str(raw.get("kind", "organization")),
                    country=raw.get("country") or None,
                    aliases=[str(a) for a in raw.get("aliases", [])],
                    generic=[str(a) for a in raw.get("generic", [])],
                ),
                reindex=False,
            )
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            msg = f"alias entry {n + 1} is malformed ({exc}): give name, kind, aliases"
            raise InputError(msg, path=str(path)) from exc
    for n, raw in enumerate(countries):
        try:
            db.add_country(
                Country(
                    name=str(raw["name"]),
                    adjective=str(raw.get("adjective") or raw["name"]),
                    demonyms=[str(a) for a in raw.get("demonyms", [])],
                    aliases=[str(a) for a in raw.get("aliases", [])],
                    capitals=[str(a) for a in raw.get("capitals", [])],
                ),
                reindex=False,
            )
        except (KeyError, TypeError, AttributeError) as exc:
            msg = f"country entry {n + 1} is malformed ({exc}): give name, adjective"
            raise InputError(msg, path=str(path)) from exc
    db._reindex_entries()
    db._reindex_countries()


def load_aliases(*paths: str | os.PathLike[str], use_env: bool = True) -> AliasDB:
    """The shipped alias and country data, then ``$ATTRIBUTION_ALIASES``, then ``paths``, merged in that order."""
    db = AliasDB()
    for f in (SHIPPED_COUNTRIES, SHIPPED_ALIASES):
        _merge_shipped(db, f)
    if use_env and os.environ.get(ENV_VAR):
        for f in [Path(p) for p in os.environ[ENV_VAR].split(os.pathsep) if p]:
            try:
                _merge_file(db, f)
            except InputError as err:  # the user may not know where the path came from: say it
                named = InputError(f"{err} (the file is named by ${ENV_VAR})")
                named.path = err.path
                raise named from None
    for f in [Path(p) for p in paths]:
        _merge_file(db, f)
    return db


def _merge_shipped(db: AliasDB, path: Path) -> None:
    """A file shipped with the package: missing or damaged means a broken install, restored by reinstalling."""
    before = len(db.entries) + len(db.countries)
    try:
        _merge_file(db, path)
        if len(db.entries) + len(db.countries) == before:  # valid JSON of the wrong shape reads as nothing
            raise InputError("holds no source or country entries", path=str(path))
    except InputError as err:
        detail = str(err).removeprefix(f"{path}: ").split(": fix the file")[0].split(": check the path")[0]
        raise PackageDataError(
            f"shipped data file: {detail}: reinstall the package: {REINSTALL}", path=str(path)
        ) from None
    # valid entries of the right shape can still be a hand edit: the file must be the one recorded
    check_shipped(f"{path.parent.name}/{path.name}", path.read_bytes(), root=path.parent.parent)


@lru_cache(maxsize=4)
def _cached(env_value: str) -> AliasDB:
    return load_aliases()


def default_aliases() -> AliasDB:
    """The shipped data merged with ``$ATTRIBUTION_ALIASES`` (cached per value of the variable)."""
    return _cached(os.environ.get(ENV_VAR, ""))
