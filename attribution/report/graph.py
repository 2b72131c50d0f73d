"""The source graph drawn by the DOT and Mermaid renderers: outlets -> intermediaries -> origins.

Built from every chain of every claim mention (a Report), or from every
attribution's parent chain (an Extraction). Edges carry the number of claims
(or attributions) that pass along them. Node ids are generated (``n1``, ``n2``,
...) in a fixed order, so the same report always gives the same diagram and no
article text ever becomes an identifier.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Extraction, Report
from .view import Node, ReportView, sort_key

ROLES = ("outlet", "intermediary", "origin")


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


def build_graph(report: Extraction) -> SourceGraph:
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

    order = sorted(names, key=lambda k: (ROLES.index(role(k)), *sort_key(names[k].name), k))
    pos = {k: i for i, k in enumerate(order)}
    ids = {k: f"n{i + 1}" for k, i in pos.items()}
    graph = SourceGraph()
    for k in order:
        graph.nodes.append(GraphNode(ids[k], names[k].name, role(k), names[k].kind))
    for (a, b), tags in sorted(edges.items(), key=lambda e: (pos[e[0][0]], pos[e[0][1]])):
        graph.edges.append(GraphEdge(ids[a], ids[b], len(tags), unit))
    return graph
