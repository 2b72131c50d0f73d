"""Graphviz DOT of the source graph: outlets -> intermediaries -> origins."""

from __future__ import annotations

from ..models import Extraction
from .escape import dot_string
from .graph import build_graph

#: Shapes and fills per role (outlet, intermediary, origin), the same code as Mermaid.
_STYLE = {
    "outlet": 'shape=box, style="filled", fillcolor="#dbe9f6"',
    "intermediary": 'shape=box, style="rounded,filled", fillcolor="#f3f3f3"',
    "origin": 'shape=hexagon, style="filled", fillcolor="#fde2c8"',
}


#: Intermediaries and origins drawn at most (those carrying the most claims); the rest are folded
#: into "N other origins" so Graphviz lays out a 1,000-article corpus in seconds, readably.
DOT_MAX_SOURCES = 150


def render_dot(report: Extraction) -> str:
    """DOT text; every id and label is a quoted, escaped string (``"n1"``)."""
    graph = build_graph(report, max_sources=DOT_MAX_SOURCES)
    lines = [
        'digraph "attribution" {',
        '  graph [rankdir="LR", fontname="Helvetica"];',
        '  node [fontname="Helvetica"];',
        '  edge [fontname="Helvetica", fontsize="10"];',
    ]
    for node in graph.nodes:
        tooltip = f"{node.role}: {node.kind}" if node.kind else node.role
        lines.append(
            f'  "{node.id}" [label="{dot_string(node.name)}", tooltip="{dot_string(tooltip)}", {_STYLE[node.role]}];'
        )
    for edge in graph.edges:
        lines.append(f'  "{edge.source}" -> "{edge.target}" [label="{dot_string(edge.label)}"];')
    lines.append("}")
    return "\n".join(lines) + "\n"
