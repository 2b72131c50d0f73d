"""Mermaid flowchart of the source graph, as GitHub renders it in a ```mermaid block."""

from __future__ import annotations

from ..models import Extraction
from .escape import mermaid_label
from .graph import build_graph

#: Node shape per role: outlets boxes, intermediaries rounded, origins hexagons.
SHAPES = {"outlet": ('["', '"]'), "intermediary": ('("', '")'), "origin": ('{{"', '"}}')}
_CLASS_DEF = {
    "outlet": "fill:#dbe9f6,stroke:#4a78a8,color:#000",
    "intermediary": "fill:#f3f3f3,stroke:#888,color:#000",
    "origin": "fill:#fde2c8,stroke:#c0772d,color:#000",
}


def render_mermaid(report: Extraction) -> str:
    """The ``flowchart LR`` text (without the surrounding code fence)."""
    graph = build_graph(report)
    lines = ["flowchart LR"]
    for node in graph.nodes:
        left, right = SHAPES[node.role]
        lines.append(f"  {node.id}{left}{mermaid_label(node.name)}{right}")
    for edge in graph.edges:
        lines.append(f"  {edge.source} -->|{mermaid_label(edge.label)}| {edge.target}")
    for role in ("outlet", "intermediary", "origin"):
        members = [n.id for n in graph.nodes if n.role == role]
        if members:
            lines.append(f"  classDef {role} {_CLASS_DEF[role]}")
            lines.append(f"  class {','.join(members)} {role}")
    return "\n".join(lines) + "\n"
