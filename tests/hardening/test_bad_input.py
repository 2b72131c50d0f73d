"""The bad-input matrix, through the real CLI: one clear stderr line per bad input, the
documented exit code (docs/cli.md), no traceback, and the good article of the batch still
processed and in the output."""

from __future__ import annotations

import codecs
import json
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from .conftest import GOOD_TEXT, CliResult, assert_one_clear_line, subprocess_cli

Writer = Callable[[Path], Path]

STORY = "The fire chief said the blaze at the warehouse was under control by midnight.\n"


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def _empty_folder(tmp: Path) -> Path:
    _write(tmp / "nothing" / "data.csv", "a,b\n1,2\n")  # not an article extension
    return tmp / "nothing"


def _big_sparse(tmp: Path) -> Path:
    path = tmp / "big.txt"
    with open(path, "wb") as fh:  # sparse: 50 MB of size, no 50 MB of writing
        fh.truncate(50 * 1024 * 1024)
    return path


# name -> (writer, words the one stderr line must contain)
FAILING: dict[str, tuple[Writer, str]] = {
    "missing-path": (lambda t: t / "missing.txt", "no such file or folder"),
    "folder-without-articles": (_empty_folder, "no article files"),
    "empty-file": (lambda t: _write(t / "empty.txt", b""), "file is empty"),
    "whitespace-only": (lambda t: _write(t / "blank.txt", " \n\t\r\n   \n"), "only whitespace"),
    "invisible-only": (lambda t: _write(t / "invisible.txt", "\ufeff\u200b \u200d\n"), "only whitespace"),
    "binary-nul": (lambda t: _write(t / "noise.txt", random.Random(1).randbytes(4096)), "binary file"),
    "binary-pdf": (lambda t: _write(t / "scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"), "a PDF"),
    "latin-1": (lambda t: _write(t / "latin.txt", "Le maire a d\u00e9clar\u00e9 que le caf\u00e9 fermera.\n"
                                 .encode("latin-1")), "--encoding latin-1"),
    "mixed-encodings": (lambda t: _write(t / "mixed.txt", "Caf\u00e9 owners said so. ".encode()
                                         + "Jos\u00e9 said prices rose.".encode("latin-1")), "mixes UTF-8"),
    "utf16-bad-after-bom": (lambda t: _write(t / "broken16.txt", codecs.BOM_UTF16_LE + b"a\x00\x00\xd8"),
                            "not valid UTF-16"),
    "50-MB-file": (_big_sparse, "--max-bytes"),
    "malformed-json": (lambda t: _write(t / "bad.json", '{"text": "The mayor said so.",\n "title": }\n'),
                       "line 2"),
    "json-without-text": (lambda t: _write(t / "notext.json", '[{"title": "no body"}]'), "record 1"),
    "html-without-text": (lambda t: _write(t / "empty.html", "<html><head><script>var x = 1;</script></head>"
                                           "<body></body></html>"), "no article text"),
}


@pytest.mark.parametrize("case", list(FAILING))
def test_bad_input_is_one_line_exit_1_and_the_good_article_is_still_reported(
    case: str, tmp_path: Path, good: Path, cli: Callable[..., CliResult]
) -> None:
    writer, hint = FAILING[case]
    bad = writer(tmp_path)
    result = cli("report", good, bad, "--format", "json", "--no-cache")
    assert result.code == 1, result.err
    assert_one_clear_line(result, bad.name, hint=hint)
    assert result.article_ids() == ["good.txt"]
    failures = json.loads(result.out)["failures"]
    assert [f["path"] for f in failures] == [str(bad)]


@pytest.mark.parametrize("case", ["missing-path", "folder-without-articles", "empty-file", "binary-nul"])
def test_a_bad_input_alone_is_exit_2_with_one_line(case: str, tmp_path: Path, cli: Callable[..., CliResult]) -> None:
    writer, hint = FAILING[case]
    bad = writer(tmp_path)
    out = tmp_path / "out.md"
    result = cli("report", bad, "-o", out)
    assert result.code == 2
    assert len(result.err_lines) == 1
    assert_one_clear_line(result, bad.name, hint=hint)
    assert not out.exists()


def test_malformed_jsonl_line_is_named_and_the_other_records_are_kept(
    tmp_path: Path, good: Path, cli: Callable[..., CliResult]
) -> None:
    lines = [json.dumps({"id": "rec-1", "text": STORY}), '{"id": "rec-2", "text": "unterminated', "",
             json.dumps({"id": "rec-4", "text": "A coach said the team trained in the rain on Sunday."})]
    feed = _write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    result = cli("report", good, feed, "--format", "json")
    assert result.code == 1
    line = assert_one_clear_line(result, "feed.jsonl", hint="line 2")
    assert "fix or remove that line" in line
    assert result.article_ids() == ["good.txt", "rec-1", "rec-4"]


SUCCEEDING: dict[str, Writer] = {
    "utf16-le-bom": lambda t: _write(t / "u16le.txt", STORY.encode("utf-16")),  # the codec writes LE + BOM
    "utf16-be-bom": lambda t: _write(t / "u16be.txt", codecs.BOM_UTF16_BE + STORY.encode("utf-16-be")),
    "utf32-bom": lambda t: _write(t / "u32.txt", STORY.encode("utf-32")),
    "utf8-bom": lambda t: _write(t / "bom8.txt", codecs.BOM_UTF8 + STORY.encode()),
    "crlf-and-form-feeds": lambda t: _write(t / "crlf.txt", STORY.replace("\n", "\r\n") + "\f\x0b" + STORY[::-1]),
    "nested-and-unbalanced-quotes": lambda t: _write(
        t / "quotes.txt",
        'The aide said "the envoy told him \u2018the general said \u201cthe soldier said \u00abwe are '
        'lost\u00bb\u201d\u2019 " and left.\n' * 20
        + '"""\u201c\u201c\u00ab\u2018 unbalanced \u201d " \' \u2019 \u00bb and the mayor said "so.\n' * 20
        + "\u201d\u201d\u201d\u00bb\u00bb\u2019\u2019" * 50 + "\n",
    ),
    "zero-width-and-bidi-controls": lambda t: _write(
        t / "bidi.txt",
        "The mi\u200bnister said\u202e the bridge\u202c would open\u2066 in May\u2069.\u200d\u200f "
        "Officials\u061c confirmed\u2060 it\ufeff on Tuesday.\u200e\n",
    ),
    "malformed-html": lambda t: _write(
        t / "broken.html",
        "<html><head><title>Port news</title><body><div><p>The harbour pilot said the <b>channel would "
        "<i>close</p></div></span><p>Shipping agents said delays were expected.<table><tr><td>x</p>"
        "<script>document.write('<p>'</script><!-- unclosed comment <p>more",
    ),
}


@pytest.mark.parametrize("case", list(SUCCEEDING))
def test_odd_but_readable_input_is_processed_with_exit_0(
    case: str, tmp_path: Path, good: Path, cli: Callable[..., CliResult]
) -> None:
    odd = SUCCEEDING[case](tmp_path)
    result = cli("report", good, odd, "--format", "json")
    assert result.code == 0, result.err
    assert "Traceback" not in result.err and result.err == ""
    assert result.article_ids() == sorted(["good.txt", odd.name])


def test_utf16_article_offsets_index_the_decoded_text(tmp_path: Path, cli: Callable[..., CliResult]) -> None:
    odd = SUCCEEDING["utf16-le-bom"](tmp_path)
    result = cli("extract", odd, "--format", "json")
    assert result.code == 0
    (article,) = json.loads(result.out)["articles"]
    assert any(d["code"] == "encoding-warning" for d in article["diagnostics"])
    att = article["attributions"][0]
    assert STORY[att["cue"]["start"] : att["cue"]["end"]] == att["cue"]["text"] == "said"


def test_control_characters_are_kept_and_reported_as_a_diagnostic(
    tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    odd = SUCCEEDING["zero-width-and-bidi-controls"](tmp_path)
    result = cli("extract", odd, "--format", "json")
    assert result.code == 0
    (article,) = json.loads(result.out)["articles"]
    codes = [d["code"] for d in article["diagnostics"]]
    assert "control-characters" in codes


def test_latin1_is_read_when_the_encoding_is_given(tmp_path: Path, good: Path, cli: Callable[..., CliResult]) -> None:
    bad = FAILING["latin-1"][0](tmp_path)
    result = cli("report", good, bad, "--format", "json", "--encoding", "latin-1")
    assert result.code == 0
    assert result.article_ids() == ["good.txt", "latin.txt"]


def _one_long_sentence(n_chars: int) -> str:
    """Words without a single punctuation mark or newline (no cue verbs: the parser is the cost)."""
    words = ("river town market bridge council road winter harbour green stone tower field morning old new "
             "long quiet north south east west small large village water").split()
    rng = random.Random(7)
    out: list[str] = []
    size = 0
    while size < n_chars:
        w = rng.choice(words)
        out.append(w)
        size += len(w) + 1
    return " ".join(out)[:n_chars]


def test_one_sentence_of_200000_characters_without_punctuation_finishes(
    tmp_path: Path, good: Path, cli: Callable[..., CliResult]
) -> None:
    # Bounded time is measured in docs/reliability.md (seconds, linear in the parser); here: it ends, exit 0.
    long = _write(tmp_path / "long.txt", _one_long_sentence(200_000))
    result = cli("report", good, long, "--format", "json", "--no-cache")
    assert result.code == 0, result.err
    assert result.article_ids() == ["good.txt", "long.txt"]


def test_duplicate_articles_are_kept_once_with_a_warning_naming_both(
    tmp_path: Path, good: Path, cli: Callable[..., CliResult]
) -> None:
    copy = _write(tmp_path / "copy" / "same.txt", GOOD_TEXT)
    result = cli("report", good, copy, "--format", "json", quiet=False)
    assert result.code == 0
    assert result.article_ids() == ["good.txt"]
    (line,) = [w for w in result.err_lines if "duplicate" in w]
    assert "same.txt" in line and "good.txt" in line and "Traceback" not in result.err


def test_the_same_file_named_twice_is_read_once(tmp_path: Path, good: Path, cli: Callable[..., CliResult]) -> None:
    result = cli("report", good, tmp_path, str(good), "--format", "json")
    assert result.code == 0
    assert result.article_ids() == ["good.txt"]


# -- manifests: a wrong manifest mislabels outlets, so it stops the run (exit 2), naming the row ----------
MANIFESTS: dict[str, tuple[str, str, str]] = {
    "csv-bad-url": ("manifest.csv", "path,outlet,url\ngood.txt,Port Daily,http://x.example/a\n"
                    "good.txt2,Other,ftp://nope\n", "line 3"),
    "csv-extra-cells": ("manifest.csv", "path,outlet\ngood.txt,Port Daily,extra,cells\n", "line 2"),
    "csv-no-path-column": ("manifest.csv", "file_name,outlet\ngood.txt,Port Daily\n", "line 1"),
    "csv-bad-date": ("manifest.csv", "path,published\ngood.txt,27/12/2024\n", "line 2"),
    "json-syntax": ("manifest.json", '[\n  {"path": "good.txt",\n   "outlet": }\n]\n', "line 3"),
    "json-row-not-object": ("manifest.json", '[{"path": "good.txt"}, "other.txt"]', "item 2"),
    "json-missing-path": ("manifest.json", '[{"path": "good.txt"}, {"outlet": "X"}]', "item 2"),
    "json-duplicate-row": ("manifest.json", '[{"path": "good.txt"}, {"path": "./good.txt"}]', "item 2"),
}


@pytest.mark.parametrize("case", list(MANIFESTS))
def test_malformed_manifest_is_exit_2_naming_the_row(
    case: str, tmp_path: Path, good: Path, cli: Callable[..., CliResult]
) -> None:
    name, content, where = MANIFESTS[case]
    manifest = _write(tmp_path / name, content)
    result = cli("report", good, "--manifest", manifest)
    assert result.code == 2
    assert len(result.err_lines) == 1
    assert_one_clear_line(result, name, hint=where)


# -- output paths: refused before any work (exit 2), the input never touched ----------------------------
def test_output_that_is_an_input_is_refused_and_the_input_kept(
    tmp_path: Path, good: Path, cli: Callable[..., CliResult]
) -> None:
    before = good.read_bytes()
    result = cli("report", good, "-o", good)
    assert result.code == 2
    assert_one_clear_line(result, "good.txt", hint="one of the inputs")
    assert good.read_bytes() == before


def test_output_that_is_an_input_found_in_a_folder_is_refused(
    tmp_path: Path, good: Path, cli: Callable[..., CliResult]
) -> None:
    before = good.read_bytes()
    result = cli("report", tmp_path, "-o", good)
    assert result.code == 2, result.err
    assert good.read_bytes() == before


def test_output_that_is_a_glob_match_is_refused(tmp_path: Path, good: Path, cli: Callable[..., CliResult]) -> None:
    before = good.read_bytes()
    result = cli("report", str(tmp_path / "*.txt"), "-o", good)
    assert result.code == 2
    assert_one_clear_line(result, "good.txt", hint="one of the inputs")
    assert good.read_bytes() == before


def test_output_that_is_a_manifest_file_is_refused(tmp_path: Path, good: Path, cli: Callable[..., CliResult]) -> None:
    manifest = _write(tmp_path / "m.csv", "path,outlet\ngood.txt,Port Daily\n")
    before = good.read_bytes()
    result = cli("report", "--manifest", manifest, "-o", good)
    assert result.code == 2
    assert_one_clear_line(result, "good.txt", hint="one of the inputs")
    assert good.read_bytes() == before


def test_a_new_output_file_inside_the_input_folder_is_allowed(
    tmp_path: Path, good: Path, cli: Callable[..., CliResult]
) -> None:
    out = tmp_path / "report.json"
    result = cli("report", tmp_path, "--format", "json", "-o", out)
    assert result.code == 0
    assert result.article_ids(out) == ["good.txt"]


@pytest.mark.parametrize(
    "where,hint",
    [
        ("under-a-file", "is a file, not a folder"),  # root ignores chmod: a file as folder is unwritable for all
        ("missing-folder", "does not exist"),
        ("is-a-folder", "is a folder"),
    ],
)
def test_unwritable_output_is_exit_2_with_one_line(
    where: str, hint: str, tmp_path: Path, good: Path, cli: Callable[..., CliResult]
) -> None:
    out = {
        "under-a-file": good / "report.md",
        "missing-folder": tmp_path / "no" / "such" / "report.md",
        "is-a-folder": tmp_path,
    }[where]
    result = cli("report", good, "-o", out)
    assert result.code == 2
    assert len(result.err_lines) == 1
    assert_one_clear_line(result, "report.md" if where != "is-a-folder" else str(tmp_path), hint=hint)


def test_unknown_encoding_is_a_usage_error(tmp_path: Path, good: Path, cli: Callable[..., CliResult]) -> None:
    result = cli("report", good, "--encoding", "no-such-codec")
    assert result.code == 2
    assert len(result.err_lines) == 1 and "no-such-codec" in result.err and "Traceback" not in result.err


# -- the same through a real child process: exit codes and no traceback ---------------------------------
def test_subprocess_batch_with_bad_inputs_exits_1_without_traceback(tmp_path: Path, good: Path) -> None:
    bad = FAILING["binary-nul"][0](tmp_path)
    missing = tmp_path / "missing.txt"
    out = tmp_path / "report.json"
    result = subprocess_cli(["report", good, bad, missing, "--engine", "spacy", "--format", "json", "-o", out])
    assert result.code == 1
    assert "Traceback" not in result.err
    assert_one_clear_line(result, "noise.txt", hint="binary")
    assert_one_clear_line(result, "missing.txt", hint="no such file")
    assert result.article_ids(out) == ["good.txt"]


@pytest.mark.parametrize(
    "argv_of",
    [
        lambda t, g: ["report", t / "missing.txt"],
        lambda t, g: ["report", g, "-o", g / "x.md"],
        lambda t, g: ["report", g, "--manifest", _write(t / "m.csv", "path,url\ngood.txt,javascript:x\n")],
        lambda t, g: ["report", _empty_folder(t)],
    ],
    ids=["missing", "output-under-file", "bad-manifest", "empty-folder"],
)
def test_subprocess_usage_and_input_errors_exit_2_without_traceback(
    argv_of: Callable[[Path, Path], list[str | Path]], tmp_path: Path, good: Path
) -> None:
    result = subprocess_cli([*argv_of(tmp_path, good), "--engine", "spacy"])
    assert result.code == 2
    assert "Traceback" not in result.err
    assert len(result.err_lines) == 1 and result.err_lines[0].startswith("attribution: ")
    assert result.out == ""


def test_unusable_cache_folder_is_one_warning_line_and_the_run_goes_on(
    tmp_path: Path, good: Path, cli: Callable[..., CliResult]
) -> None:
    result = cli("report", good, "--format", "json", "--cache-dir", good / "cache", quiet=False)
    assert result.code == 0
    assert result.article_ids() == ["good.txt"]
    assert len(result.err_lines) == 1, result.err
    assert result.err_lines[0].startswith("attribution: warning: ") and "--cache-dir" in result.err_lines[0]
    assert "RuntimeWarning" not in result.err
    quiet = cli("report", good, "--format", "json", "--cache-dir", good / "cache")
    assert quiet.code == 0 and quiet.err == ""
