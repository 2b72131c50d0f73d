"""The source graph drawn by the DOT and Mermaid renderers: outlets -> intermediaries -> origins.

Built from every chain of every claim mention (a Report), or from every
attribution's parent chain (an Extraction). Edges carry the number of claims
(or attributions) that pass along them. Node ids are generated (``n1``, ``n2``,
...) in a fixed order, so the same report always gives the same diagram and no
article text ever becomes an identifier.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..kinds import ChainRole
from ..models import Extraction, Report
from .view import Node, ReportView, sort_key

ROLES: tuple[ChainRole, ...] = tuple(ChainRole)


@dataclass(slots=True)
class GraphNode:
    id: str
    name: str
    role: str  # one of ROLES
    kind: str | None


@dataclass(slots=True)
class GraphEdge:
    source: str  # GraphNode.id
    target: str
    count: int
    unit: str  # "claim" | "attribution"

    @property
    def label(self) -> str:
        return f"{self.count} {self.unit}{'' if self.count == 1 else 's'}"


@dataclass(slots=True)
class SourceGraph:
    nodes: list[GraphNode] = field(default_factory=list)
    edges: list[GraphEdge] = field(default_factory=list)


#: Characters of a node label in the corpus graph (longer names are cut with an ellipsis).
LABEL_WIDTH = 60
#: Outlet names listed in a group node's label before "and N more".
GROUP_NAMES = 3


@dataclass(slots=True)
class RawGraph:
    """Every node and edge before collapsing (node keys, roles, labels, kinds; edge -> claim ids)."""

    roles: dict[str, str]
    labels: dict[str, str]
    kinds: dict[str, str | None]
    edges: dict[tuple[str, str], set[str]]
    unit: str

    @property
    def source_count(self) -> int:
        return sum(1 for r in self.roles.values() if r != "outlet")


def build_graph(report: Extraction, *, max_sources: int | None = None) -> SourceGraph:
    """See :func:`collapse`: the corpus graph of ``report``, collapsed."""
    return collapse(raw_graph(report), max_sources=max_sources)


def raw_graph(report: Extraction) -> RawGraph:
    """The corpus graph, collapsed so it stays readable at 1,000 articles.

    Outlets whose edges lead to exactly the same next nodes are one group node ("3 outlets: A, B, C");
    labels are cut to :data:`LABEL_WIDTH`. With ``max_sources`` only that many intermediaries and
    origins (those carrying the most claims) are drawn; the rest become one "other sources" node per
    role, and outlets are regrouped over what remains.
    """
    view = ReportView(report)
    names: dict[str, Node] = {}
    outlets: set[str] = set()
    ends: set[str] = set()
    edges: dict[tuple[str, str], set[str]] = {}

    def add_path(path: list[Node], tag: str) -> None:
        for n in path:
            names.setdefault(n.key, n)
        if path:
            outlets.add(path[0].key)
        if len(path) >= 2:
            ends.add(path[-1].key)
        for a, b in zip(path, path[1:], strict=False):
            if a.key != b.key:
                edges.setdefault((a.key, b.key), set()).add(tag)

    for art in report.articles:
        node = view.outlet_node(art.id)
        names.setdefault(node.key, node)
        outlets.add(node.key)

    if isinstance(report, Report):
        unit = "claim"
        for claim in report.claims:
            for mention in claim.mentions:
                if mention.where_only:  # not how the claim reached an outlet (see ``claim_graph``)
                    continue
                for path in view.mention_chains(mention):
                    add_path(path, claim.id)
    else:
        unit = "attribution"
        for art in report.articles:
            for att in art.attributions:
                add_path(view.attribution_chain(art, att), att.id)

    def role(key: str) -> str:
        if key in outlets:
            return "outlet"
        if key in ends:
            return "origin"
        return "intermediary"

    return RawGraph(
        roles={k: role(k) for k in names},
        labels={k: n.name for k, n in names.items()},
        kinds={k: n.kind for k, n in names.items()},
        edges=edges,
        unit=unit,
    )


def collapse(raw: RawGraph, *, max_sources: int | None = None) -> SourceGraph:
    """The graph to draw (the raw graph is left as it is)."""
    roles, labels, kinds, unit = dict(raw.roles), dict(raw.labels), dict(raw.kinds), raw.unit
    edges = raw.edges
    if max_sources is not None:
        edges = _keep_top_sources(edges, roles, labels, kinds, max_sources, unit)
    edges = _group_outlets(edges, roles, labels, kinds)
    keys = sorted(roles, key=lambda k: (ROLES.index(roles[k]), *sort_key(labels[k]), k))
    pos = {k: i for i, k in enumerate(keys)}
    ids = {k: f"n{i + 1}" for k, i in pos.items()}
    graph = SourceGraph()
    for k in keys:
        label = labels[k] if k.startswith("group:") else cut_label(labels[k])
        graph.nodes.append(GraphNode(ids[k], label, roles[k], kinds[k]))
    for (a, b), tags in sorted(edges.items(), key=lambda e: (pos[e[0][0]], pos[e[0][1]])):
        graph.edges.append(GraphEdge(ids[a], ids[b], len(tags), unit))
    return graph


def cut_label(label: str) -> str:
    """A node label of at most LABEL_WIDTH characters (cut with an ellipsis)."""
    label = " ".join(label.split())
    return label if len(label) <= LABEL_WIDTH else label[: LABEL_WIDTH - 1].rstrip() + "…"


def _keep_top_sources(
    edges: dict[tuple[str, str], set[str]],
    roles: dict[str, str],
    labels: dict[str, str],
    kinds: dict[str, str | None],
    keep: int,
    unit: str,
) -> dict[tuple[str, str], set[str]]:
    """Keep the ``keep`` non-outlet nodes carrying the most items; fold the others into one per role."""
    weight: dict[str, set[str]] = {}
    for (a, b), tags in edges.items():
        for k in (a, b):
            if roles[k] != "outlet":
                weight.setdefault(k, set()).update(tags)
    ranked = sorted(weight, key=lambda k: (-len(weight[k]), *sort_key(labels[k]), k))
    dropped = set(ranked[keep:])
    if not dropped:
        return edges
    counts: dict[str, int] = {}
    was = {k: roles.pop(k) for k in sorted(dropped)}
    for r in was.values():
        counts[r] = counts.get(r, 0) + 1
    other: dict[str, str] = {}
    for r, n in counts.items():
        key = f"other:{r}"
        other[r] = key
        roles[key] = r
        labels[key] = f"{n} other {'origin' if r == 'origin' else 'intermediary'}{'' if n == 1 else 's'}"
        kinds[key] = None
    out: dict[tuple[str, str], set[str]] = {}
    for (a, b), tags in edges.items():
        a2 = other[was[a]] if a in dropped else a
        b2 = other[was[b]] if b in dropped else b
        if a2 != b2:
            out.setdefault((a2, b2), set()).update(tags)
    return out


def _group_outlets(
    edges: dict[tuple[str, str], set[str]],
    roles: dict[str, str],
    labels: dict[str, str],
    kinds: dict[str, str | None],
) -> dict[tuple[str, str], set[str]]:
    """Outlets with the same set of next nodes become one node ("4 outlets: A, B, C and 1 more")."""
    targets: dict[str, set[str]] = {k: set() for k, r in roles.items() if r == "outlet"}
    for a, b in edges:
        if a in targets:
            targets[a].add(b)
    groups: dict[tuple[str, ...], list[str]] = {}
    for k, t in targets.items():
        groups.setdefault(tuple(sorted(t)), []).append(k)
    merged: dict[str, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda k: (*sort_key(labels[k]), k))
        key = "group:" + "\x1f".join(members)
        shown = [labels[k] for k in members[:GROUP_NAMES]]
        more = len(members) - len(shown)
        label = f"{len(members)} outlets: {', '.join(cut_label(x) for x in shown)}"
        label += f" and {more} more" if more else ""
        roles[key], labels[key], kinds[key] = "outlet", label, "media outlet"
        for k in members:
            merged[k] = key
            del roles[k]
    if not merged:
        return edges
    out: dict[tuple[str, str], set[str]] = {}
    for (a, b), tags in edges.items():
        out.setdefault((merged.get(a, a), merged.get(b, b)), set()).update(tags)
    return out
