"""Mermaid flowchart of the source graph, as GitHub renders it in a ```mermaid block."""

from __future__ import annotations

from ..models import Extraction
from .escape import mermaid_label
from .graph import ROLES, SourceGraph, collapse, raw_graph

#: Node shape per role: outlets boxes, intermediaries rounded, origins hexagons.
SHAPES = {"outlet": ('["', '"]'), "intermediary": ('("', '")'), "origin": ('{{"', '"}}')}
CLASS_DEF = {
    "outlet": "fill:#dbe9f6,stroke:#4a78a8,color:#000",
    "intermediary": "fill:#f3f3f3,stroke:#888,color:#000",
    "origin": "fill:#fde2c8,stroke:#c0772d,color:#000",
}


#: Mermaid refuses a diagram longer than this many characters (its default ``maxTextSize``).
MERMAID_MAX_TEXT = 50_000
#: What the renderer aims under, leaving room for a code fence and a reader's own styling.
MERMAID_BUDGET = 45_000


def render_mermaid(report: Extraction) -> str:
    """The ``flowchart LR`` text (without the surrounding code fence), under Mermaid's size limit.

    The graph is collapsed (see :func:`~attribution.report.graph.build_graph`); when the text is still
    longer than :data:`MERMAID_BUDGET`, only the sources carrying the most claims are drawn, fewer
    each round, the rest folded into "N other origins" / "N other intermediaries".
    """
    raw = raw_graph(report)
    text = _render(collapse(raw))
    if len(text) <= MERMAID_BUDGET:
        return text
    # the most sources that fit: binary search (the text grows with the number of sources kept)
    lo, hi = 1, raw.source_count
    best = _render(collapse(raw, max_sources=1))
    while lo <= hi:
        mid = (lo + hi) // 2
        candidate = _render(collapse(raw, max_sources=mid))
        if len(candidate) <= MERMAID_BUDGET:
            best, lo = candidate, mid + 1
        else:
            hi = mid - 1
    return best


def _render(graph: SourceGraph) -> str:
    lines = ["flowchart LR"]
    for node in graph.nodes:
        left, right = SHAPES[node.role]
        lines.append(f"  {node.id}{left}{mermaid_label(node.name)}{right}")
    for edge in graph.edges:
        lines.append(f"  {edge.source} -->|{mermaid_label(edge.label)}| {edge.target}")
    for role in ROLES:
        members = [n.id for n in graph.nodes if n.role == role]
        if members:
            lines.append(f"  classDef {role} {CLASS_DEF[role]}")
            lines.append(f"  class {','.join(members)} {role}")
    return "\n".join(lines) + "\n"
