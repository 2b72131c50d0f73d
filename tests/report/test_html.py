"""--format html: one self-contained page, escaped as strictly as the Markdown, that no article text can script.

The rendering tests run headless Chromium (Debian package ``chromium``); they skip with a message when
it is absent, except under CI (``CI=true``), where ``.ci/run`` installs it and they must run.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import tempfile
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from attribution.report import render, render_html

from .golden import assert_golden
from .hostile import PAYLOADS, hostile_report
from .sample import sample_report

#: Every element the page is built from; article text must never add another.
OUR_TAGS = {
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "main",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "p",
    "strong",
    "span",
    "a",
    "ul",
    "ol",
    "li",
    "div",
    "br",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "section",
    "svg",
    "defs",
    "marker",
    "path",
    "line",
    "g",
    "rect",
    "text",
}
#: What a script payload would do if it ran: set this attribute on <body>.
MARK = "data-pwned"
SCRIPT_PAYLOADS = {
    "script-tag": f"<script>document.body.setAttribute('{MARK}','script')</script>",
    "img-onerror": f"<img src=x onerror=\"document.body.setAttribute('{MARK}','img')\">",
    "svg-onload": f"<svg onload=\"document.body.setAttribute('{MARK}','svg')\"></svg>",
    "attribute-break": f"\"'><script>document.body.setAttribute('{MARK}','attr')</script>",
    "style-break": f"</style><script>document.body.setAttribute('{MARK}','style')</script>",
}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def _tags(page: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    parser = _Tags()
    parser.feed(page)
    return parser.tags


def test_html_report_matches_golden_file() -> None:
    assert_golden("sample_report.html", render_html(sample_report()))


def test_html_is_one_self_contained_page_without_script() -> None:
    page = render(sample_report(), "html")
    assert page.startswith("<!DOCTYPE html>") and page.endswith("</html>\n")
    tags = _tags(page)
    assert {t for t, _ in tags} <= OUR_TAGS
    assert not any(t == "script" for t, _ in tags)
    assert not any(t == "link" or (t == "img") for t, _ in tags), "nothing is loaded from elsewhere"
    assert "script-src 'none'" in page and "default-src 'none'" in page
    for _tag, attrs in tags:
        for name, value in attrs:
            assert not name.startswith("on")
            if name == "href":
                assert value and (value.startswith("#") or value.startswith(("https://", "http://")))


@pytest.mark.parametrize("name", [*PAYLOADS, *SCRIPT_PAYLOADS])
def test_hostile_text_adds_no_element_or_attribute(name: str) -> None:
    payload = PAYLOADS.get(name) or SCRIPT_PAYLOADS[name]
    benign = _tags(render_html(hostile_report("plain words")))
    hostile = _tags(render_html(hostile_report(payload)))
    assert [t for t, _ in hostile] == [t for t, _ in benign]
    assert [sorted(k for k, _ in a) for _, a in hostile] == [sorted(k for k, _ in a) for _, a in benign]


def test_only_http_links_are_links() -> None:
    report = sample_report().model_copy(deep=True)
    for art in report.articles:
        art.url = "javascript:alert(1)"
    hrefs = [v for _t, attrs in _tags(render_html(report)) for k, v in attrs if k == "href"]
    assert hrefs and all(v and v.startswith("#") for v in hrefs)


def test_links_are_percent_encoded_so_they_cannot_end_early() -> None:
    report = sample_report().model_copy(deep=True)
    report.articles[0].url = 'https://example.org/a b"><script>x</script>'
    hrefs = [
        v for _t, attrs in _tags(render_html(report)) for k, v in attrs if k == "href" and v and "example.org" in v
    ]
    assert hrefs == ["https://example.org/a%20b%22%3E%3Cscript%3Ex%3C/script%3E"] * len(hrefs) and hrefs


def test_the_verdict_of_an_unattributed_claim_counts_no_origins() -> None:
    report = sample_report().model_copy(deep=True)
    claim = next(c for c in report.claims if c.verdict == "unattributed")
    claim.independent_origins = 2
    section = render_html(report).split(f'id="claim-{claim.id}"', 1)[1].split("</section>", 1)[0]
    assert "independent" not in section


# -- in a real browser ------------------------------------------------------------------------------
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser")


def _chromium() -> str | None:
    for name in CHROMIUM_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def chromium() -> str:
    found = _chromium()
    if found:
        return found
    if os.environ.get("CI") == "true":
        pytest.fail("headless Chromium is required under CI: .ci/run installs the Debian package chromium")
    pytest.skip("headless Chromium not installed (apt-get install chromium): HTML rendering not checked")


def _run_chromium(browser: str, page: Path, *args: str) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory(prefix="attribution-chromium-") as profile:
        return subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                "--virtual-time-budget=3000",
                *args,
                page.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=180,
            stdin=subprocess.DEVNULL,
        )


def _png_pixels(path: Path) -> tuple[int, int, bytes]:
    """Width, height and the decompressed (filtered) scanlines of a PNG: enough to tell blank from drawn."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        chunk = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", chunk[:8])
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    return width, height, zlib.decompress(idat)


def test_the_seed_like_report_renders_as_a_visible_page(chromium: str, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render_html(sample_report()), encoding="utf-8")
    shot = tmp_path / "shot.png"
    done = _run_chromium(chromium, page, "--window-size=1000,1400", f"--screenshot={shot}")
    assert shot.exists(), done.stderr[-2000:]
    width, height, raw = _png_pixels(shot)
    assert (width, height) == (1000, 1400)
    # a blank page compresses to a handful of byte values; text, tables and colours give many
    assert len(set(raw)) > 40, "the screenshot is blank"


def test_the_browser_check_would_see_a_script_run(chromium: str, tmp_path: Path) -> None:
    """Control: the detection works (a page of ours that does run a script is caught)."""
    page = tmp_path / "control.html"
    page.write_text(f"<!DOCTYPE html><body><script>document.body.setAttribute('{MARK}','control')</script>")
    dom = _run_chromium(chromium, page, "--dump-dom").stdout
    assert f'{MARK}="control"' in dom


@pytest.mark.parametrize("name", list(SCRIPT_PAYLOADS))
def test_no_script_from_the_article_text_runs_in_the_browser(chromium: str, tmp_path: Path, name: str) -> None:
    page = tmp_path / "hostile.html"
    page.write_text(render_html(hostile_report(SCRIPT_PAYLOADS[name])), encoding="utf-8")
    done = _run_chromium(chromium, page, "--dump-dom")
    assert "<body" in done.stdout, done.stderr[-2000:]
    assert f'{MARK}="' not in done.stdout
    assert "Attribution report" in done.stdout
