"""A small rule engine: named rules in a declared order, and which rule answered.

A :class:`Rule` is a plain function with a stable name, the example phrase it exists
for, and the names of the rules whose output it reads. A :class:`RuleSet` keeps rules
in their declared order and checks that order when it is built (at import time, where
rule sets are module constants): names are unique, and a rule reads only rules that
come before it, as stanza's processors declare what they need.

Two ways to run a set:

* :meth:`RuleSet.first` is a sieve: the rules are asked in order and the first answer
  that is not ``None`` wins, tagged with the rule's name;
* :meth:`RuleSet.every` asks every rule and returns every answer, each tagged;
* :meth:`RuleSet.cascade` is ``every`` where each rule also receives the answers of the
  rules it reads (``earlier=``), so what one rule passes to another is declared.

No pattern language: a rule's function receives whatever its stage passes it
(a sentence, a mention, a resolve state) and returns an answer or ``None`` (for
``first``) or a list of answers (for ``every``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from .errors import AttributionError

T = TypeVar("T")


class RuleOrderError(AttributionError):
    """A rule set is declared in an order its rules cannot run in (a developer error)."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One named rule: ``fn`` answers, ``example`` is the phrase it exists for."""

    name: str
    fn: Callable[..., Any]
    example: str = ""
    reads: tuple[str, ...] = ()
    doc: str = ""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.fn(*args, **kwargs)


@dataclass(frozen=True, slots=True)
class Fired(Generic[T]):
    """An answer and the name of the rule that gave it."""

    rule: str
    value: T


@dataclass(slots=True)
class RuleSet:
    """Rules in their declared order, checked when the set is built."""

    name: str
    rules: list[Rule] = field(default_factory=list)

    def __post_init__(self) -> None:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.name in seen:
                raise RuleOrderError(f"rule set {self.name!r}: the name {rule.name!r} is used twice; rename one")
            missing = [r for r in rule.reads if r not in seen]
            if missing:
                raise RuleOrderError(
                    f"rule set {self.name!r}: {rule.name!r} reads {', '.join(missing)}, "
                    "which must come before it; move it later in the list"
                )
            seen.add(rule.name)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def names(self) -> list[str]:
        return [r.name for r in self.rules]

    def get(self, name: str) -> Rule:
        for rule in self.rules:
            if rule.name == name:
                return rule
        raise KeyError(f"rule set {self.name!r} has no rule {name!r}")

    def first(self, *args: Any, **kwargs: Any) -> Fired[Any] | None:
        """Ask the rules in order; the first answer that is not ``None`` wins."""
        for rule in self.rules:
            value = rule.fn(*args, **kwargs)
            if value is not None:
                return Fired(rule.name, value)
        return None

    def first_watched(self, watch: Callable[[Rule], None], *args: Any, **kwargs: Any) -> Fired[Any] | None:
        """As :meth:`first`, telling ``watch`` each rule before it is asked: a stage that records provenance
        learns which rule is writing (resolve's source table notes it beside every name it enters)."""
        for rule in self.rules:
            watch(rule)
            value = rule.fn(*args, **kwargs)
            if value is not None:
                return Fired(rule.name, value)
        return None

    def every(self, *args: Any, **kwargs: Any) -> list[Fired[Any]]:
        """Ask every rule; each answer (a rule may return a list of them) tagged with its rule."""
        out: list[Fired[Any]] = []
        for rule in self.rules:
            value = rule.fn(*args, **kwargs)
            if value is None:
                continue
            values: Iterable[Any] = value if isinstance(value, list) else [value]
            out.extend(Fired(rule.name, v) for v in values)
        return out

    def cascade(self, *args: Any, **kwargs: Any) -> list[Fired[Any]]:
        """Like :meth:`every`, but each rule also receives ``earlier=``: the answers of the rules it
        declares in ``reads``, in the set's order. A rule sees only what it declares it reads."""
        answers: dict[str, list[Any]] = {}
        out: list[Fired[Any]] = []
        for rule in self.rules:
            earlier = [v for r in self.rules if r.name in rule.reads for v in answers[r.name]]
            value = rule.fn(*args, earlier=earlier, **kwargs)
            values: list[Any] = [] if value is None else value if isinstance(value, list) else [value]
            answers[rule.name] = values
            out.extend(Fired(rule.name, v) for v in values)
        return out


def rule(
    name: str, example: str = "", reads: tuple[str, ...] = ()
) -> Callable[[Callable[..., Any]], Rule]:
    """Decorator: turn a function into a :class:`Rule` with its name, example and reads."""

    def wrap(fn: Callable[..., Any]) -> Rule:
        return Rule(name=name, fn=fn, example=example, reads=reads, doc=(fn.__doc__ or "").strip())

    return wrap
