"""Hostile article text: every construct that could break a table, inject markup or hide text."""

from __future__ import annotations

from typing import Any

from attribution.models import Report

from .sample import sample_report

#: One payload per construct; each test renders a report whose every string carries it.
PAYLOADS = {
    "pipes": "a | b || c |",
    "backticks": "`code` and ``` fence ```",
    "script": "<script>alert(1)</script>",
    "html-tag": '<img src=x onerror="alert(1)"><b>bold</b>',
    "entities": "&lt;b&gt; &amp; &#124; &#x3C;script&#x3E;",
    "link": "[click here](http://evil.example/x)",
    "image": "![pixel](http://evil.example/p.png)",
    "reference-link": "[x][1]\n[1]: http://evil.example",
    "autolink": "<http://evil.example> <mailto:a@b.example>",
    "raw-url": "see http://evil.example/path and www.evil.example or me@evil.example",
    "heading": "# Heading\n## Sub",
    "list-and-quote": "1. one\n- two\n> quoted",
    "emphasis": "*bold* _em_ __strong__ ~~gone~~ $x^2$",
    "newlines-in-cell": "line one\n\n| x | y |\n|---|---|\r\nafter",
    "mermaid-syntax": 'x"] --> n1["pwned"] %% c\n;a:b#c{d}(e)[f] end click n1 call alert()',
    "dot-syntax": 'x"]; "n1" -> "n2" [label="y"]; } // \\ back\\slash\\',
    "dot-html": "<<b>html</b>> { } < >",
    "bidi": "abc\u202egnp.exe\u202c \u2066iso\u2069 \u200e\u200f\u061c",
    "zero-width": "N\u200bI\u200dS\ufeff\u2060 soft\u00adhyphen",
    "terminal": "\x1b[31mred\x1b[0m \x00\x07\x08 \x9b2J",
    "separators": "a\u2028b\u2029c\x85d\x0be\x0cf",
}


def _poison(value: Any, payload: str, key: str | None = None) -> Any:
    # The same function of each string keeps ids consistent: "s-nis" becomes the
    # same hostile id in Source.id and in every chain that points at it.
    if isinstance(value, str):
        return value if key == "verdict" else f"{payload} {value} {payload}"
    if isinstance(value, list):
        return [_poison(v, payload, key) for v in value]
    if isinstance(value, dict):
        return {(_poison(k, payload) if key in ("dependencies", "values") else k): _poison(v, payload, k)
                for k, v in value.items()}
    return value


def hostile_report(payload: str) -> Report:
    return Report.model_validate(_poison(sample_report().model_dump(mode="json"), payload))
