"""No network, no surprises: ingest never fetches anything and resolves no external entity."""

from __future__ import annotations

import json
import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from .conftest import CliResult


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way to open a connection raises, and the attempt is recorded."""
    attempts: list[str] = []

    def refuse(name: str) -> Callable[..., object]:
        def _refuse(*args: object, **kwargs: object) -> object:
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise OSError(f"network access attempted in a test: {name}")

        return _refuse

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return attempts


EXTERNAL_HTML = """<!DOCTYPE html>
<html><head>
<base href="http://evil.example/">
<meta http-equiv="refresh" content="0; url=http://evil.example/refresh">
<link rel="stylesheet" href="http://evil.example/style.css">
<link rel="canonical" href="https://news.example/story">
<meta property="og:url" content="https://news.example/og">
<script src="http://evil.example/tracker.js"></script>
<title>Harbour reopens</title>
</head><body>
<img src="http://evil.example/pixel.png">
<iframe src="http://evil.example/frame"></iframe>
<object data="http://evil.example/obj"></object>
<article><p>The harbour master said the northern pier would reopen on Friday after repairs.</p>
<p>Officials at the port authority confirmed the date, according to a statement.</p>
<p><a href="http://evil.example/more">More</a></p></article>
</body></html>
"""


def test_urls_in_records_manifests_and_html_are_never_fetched(
    tmp_path: Path, no_sockets: list[str], cli: Callable[..., CliResult]
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "r1", "url": "http://evil.example/article",
                                "text": "The coach said the match was moved to Sunday."}) + "\n", encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text(EXTERNAL_HTML, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("The ferry operator said crossings would resume on Thursday.\n", encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("path,url\nstory.txt,http://evil.example/story\nfeed.jsonl,\npage.html,\n", encoding="utf-8")
    result = cli("report", "--manifest", manifest, "--format", "json", "--no-cache")
    assert result.code == 0, result.err
    assert no_sockets == []
    articles = {a["id"]: a for a in json.loads(result.out)["articles"]}
    assert articles["r1"]["url"] == "http://evil.example/article"  # kept as data
    assert articles["story.txt"]["url"] == "http://evil.example/story"
    assert "page.html" in articles


def test_the_socket_guard_works() -> None:
    # the guard above must be able to catch a real attempt (not a tautology)
    attempts: list[str] = []
    mp = pytest.MonkeyPatch()
    try:
        mp.setattr(socket.socket, "connect", lambda self, addr: attempts.append(str(addr)))
        with socket.socket() as s:
            s.connect(("192.0.2.1", 80))
    finally:
        mp.undo()
    assert attempts == ["('192.0.2.1', 80)"]


def _passwd_markers() -> list[str]:
    try:
        lines = Path("/etc/passwd").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ["root:x:0:0"]
    return [line for line in lines[:3] if line.strip()] or ["root:x:0:0"]


XXE_HTML = """<?xml version="1.0"?>
<!DOCTYPE html [
  <!ENTITY e SYSTEM "file:///etc/passwd">
  <!ENTITY % p SYSTEM "file:///etc/passwd">
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<html><body><article>
<p>The harbour master said the pier would reopen on Friday. &e;</p>
<p>Officials confirmed the date, according to a statement. &lol4;&lol4;&lol4;</p>
</article></body></html>
"""


@pytest.mark.parametrize("name", ["xxe.html", "xxe.htm", "xxe.xml"])
def test_external_entities_are_not_resolved(
    name: str, tmp_path: Path, no_sockets: list[str], cli: Callable[..., CliResult]
) -> None:
    page = tmp_path / name
    page.write_text(XXE_HTML, encoding="utf-8")
    result = cli("extract", page, "--format", "json", "--no-cache")
    assert no_sockets == []
    assert "Traceback" not in result.err
    out = result.out + result.err
    for marker in _passwd_markers():
        assert marker not in out
    assert "lollollollol" not in out  # no entity expansion ("billion laughs") either
    if result.code == 0:
        from attribution.ingest import load_articles

        (article,) = load_articles([page]).articles
        for marker in _passwd_markers():
            assert marker not in article.text
        if name.endswith(".xml"):  # not an article extension: read as plain text, the declaration kept as characters
            assert article.text == XXE_HTML
        else:  # HTML: parsed, the entity references dropped, never resolved
            assert "ENTITY" not in article.text and "harbour master said" in article.text
