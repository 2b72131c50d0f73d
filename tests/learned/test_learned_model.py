"""The trained attribution model: training end to end, loading, offsets, provenance, and a missing or
damaged model."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from attribution.cli import main
from attribution.learned.link import act_of, link
from attribution.learned.model import DEFAULT_DIR, MANIFEST, ModelError, info, load, propose, verify
from attribution.learned.polnear import fold_of, in_gate, part_of, read_split

ROOT = Path(__file__).resolve().parents[2]

ARTICLE = (
    "Officials weigh new rules.\n\n"
    "Senator Jane Roe said on Tuesday that the bill would pass before the summer recess.\n\n"
    "“We have the votes,” Roe told reporters, adding that two holdouts had agreed to back it.\n\n"
    "A new poll shows most voters support the measure, while critics denied that it would lower costs.\n"
)


def _brat_split(root: Path, names: list[str]) -> Path:
    """A tiny PolNeAR-shaped split (text/ + attributions/) written here, one attribution per article."""
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    text = "Intro line.\n\nThe mayor said the bridge will reopen in May.\n"
    s = text.index("The mayor")
    cue = text.index("said")
    content = cue + len("said ")
    end = text.index(".", content)
    for name in names:
        (root / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
        ann = (
            f"T1\tSource {s} {s + 9}\t{text[s : s + 9]}\n"
            f"T2\tCue {cue} {cue + 4}\tsaid\n"
            f"T3\tContent {content} {end}\t{text[content:end]}\n"
            "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
        )
        (root / "attributions" / f"{name}_1.ann").write_text(ann, encoding="utf-8")
    return root


def _names(part: str, n: int) -> list[str]:
    return [c for c in (f"article-{k}" for k in range(400)) if part_of(c) == part][:n]


def test_split_is_a_deterministic_rule_by_article_name():
    names = [f"x{k}" for k in range(2000)]
    dev = [n for n in names if part_of(n) == "dev"]
    assert 0.17 < len(dev) / len(names) < 0.23
    assert all(fold_of(n) == 0 for n in dev)
    assert all(part_of(n) == "dev" for n in names if in_gate(n))
    assert [part_of(n) for n in names] == [part_of(n) for n in names]


def test_training_runs_end_to_end_on_a_tiny_slice(tmp_path):
    from attribution.learned.train import train

    split = _brat_split(tmp_path / "split", _names("train", 3) + _names("tune", 1))
    assert len(read_split(split, "train")) == 3
    out = tmp_path / "model"
    meta = train(split, out, design="scratch", max_epochs=1, seed=0, log=lambda *_: None)
    assert meta["version"] and "3 articles" in meta["training_data"]
    verify(out)
    nlp = load(out)
    assert {"SOURCE", "CUE", "CONTENT"} <= set(nlp.get_pipe("ner").labels)
    assert info(out).design == "scratch"


def test_training_is_reproducible_with_the_same_seed(tmp_path):
    from attribution.learned.model import identity
    from attribution.learned.train import train

    split = _brat_split(tmp_path / "split", _names("train", 2) + _names("tune", 1))
    ids = []
    for n in range(2):
        out = tmp_path / f"model{n}"
        train(split, out, design="scratch", max_epochs=1, seed=3, log=lambda *_: None)
        (out / "meta.json").unlink()  # holds the training time; the weights must match
        (out / "config.cfg").unlink()  # holds the temporary data paths
        from attribution.learned.model import write_manifest

        write_manifest(out)
        ids.append(identity(out))
    assert ids[0] == ids[1]


def test_continued_training_starts_from_the_given_model_reproducibly_and_names_both_stages(tmp_path):
    from attribution.learned.train import train

    split = _brat_split(tmp_path / "split", _names("train", 3) + _names("tune", 1))
    first = tmp_path / "first"
    train(split, first, design="scratch", max_epochs=1, seed=0, log=lambda *_: None)
    out = tmp_path / "second"
    meta = train(split, out, init_from=first, max_steps=4, seed=0, log=lambda *_: None)
    verify(out)
    assert meta["design"] == "scratch" and "continued" in meta["recipe"] and "4 steps" in meta["recipe"]
    assert info(out).recipe == meta["recipe"]
    assert {"SOURCE", "CUE", "CONTENT"} <= set(load(out).get_pipe("ner").labels)
    again = tmp_path / "again"
    train(split, again, init_from=first, max_steps=4, seed=0, log=lambda *_: None)
    assert all((again / f).read_bytes() == (out / f).read_bytes() for f in ("tok2vec/model", "ner/model"))
    assert (out / "ner/model").read_bytes() != (first / "ner/model").read_bytes()  # it trained, not copied


def test_continued_training_without_a_step_count_is_refused(tmp_path):
    from attribution.learned.train import train

    split = _brat_split(tmp_path / "split", _names("train", 2) + _names("tune", 1))
    with pytest.raises(ValueError, match="max_steps"):
        train(split, tmp_path / "out", init_from=DEFAULT_DIR, max_steps=0, log=lambda *_: None)


def test_shipped_model_loads_and_names_its_training_data():
    m = info()
    assert m.name == "attribution_extractor" and m.version
    assert "PolNeAR" in m.training_data
    assert m.size_bytes <= 30_000_000


def test_model_spans_index_the_text_they_came_from():
    pos, regions = 0, []
    for para in ARTICLE.split("\n"):
        if para:
            regions.append((pos, pos + len(para)))
        pos += len(para) + 1
    props = propose(ARTICLE, regions)
    assert props, "the model proposes no attribution in a plain reported-speech paragraph"
    for p in props:
        for s, e in [p.cue, *p.content] + ([p.source] if p.source else []):
            assert 0 <= s < e <= len(ARTICLE)
            assert not ARTICLE[s].isspace() and not ARTICLE[e - 1].isspace(), ARTICLE[s:e]
            assert any(rs <= s and e <= re for rs, re in regions), "a span runs across paragraphs"
        assert p.act in {"speech", "writing", "document", "belief", "intention", "evaluation"}


def test_extract_output_says_what_produced_each_attribution(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.json"
    assert main(["extract", "-q", "--no-cache", "--format", "json", str(path), "-o", str(out)]) == 0
    atts = json.loads(out.read_text(encoding="utf-8"))["articles"][0]["attributions"]
    assert atts
    for a in atts:
        assert a["by"] == "model" or a["by"].startswith(("rule:", "model+rule:")), a["by"]
        assert (a["rule"] is None) == (a["by"] == "model")
        if a["rule"]:
            assert a["by"].endswith(f"rule:{a['rule']}")
        assert a["act"] in {"speech", "writing", "document", "belief", "intention", "evaluation"}
        assert ARTICLE[a["cue"]["start"] : a["cue"]["end"]] == a["cue"]["text"]
        for c in a["content"] + ([a["source"]] if a["source"] else []):
            assert ARTICLE[c["start"] : c["end"]] == c["text"]
    assert any(a["by"].startswith("model") for a in atts)


def _damage(tmp_path: Path, how: str) -> Path:
    bad = tmp_path / "extractor"
    shutil.copytree(DEFAULT_DIR, bad)
    if how == "missing-weights":
        (bad / "ner" / "model").unlink()
    elif how == "truncated-weights":
        data = (bad / "ner" / "model").read_bytes()
        (bad / "ner" / "model").write_bytes(data[: len(data) // 2])
    elif how == "missing-manifest":
        (bad / MANIFEST).unlink()
    elif how == "missing-folder":
        shutil.rmtree(bad)
    return bad


@pytest.mark.parametrize("how", ["missing-weights", "truncated-weights", "missing-manifest", "missing-folder"])
def test_missing_or_damaged_model_is_one_line_naming_the_file_and_the_fix(tmp_path, how):
    bad = _damage(tmp_path, how)
    with pytest.raises(ModelError) as err:
        load(bad)
    assert str(bad) in str(err.value) and "train_extractor.py" in str(err.value)
    story = tmp_path / "story.txt"
    story.write_text(ARTICLE, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "attribution", "extract", "-q", "--no-cache", str(story)],
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "ATTRIBUTION_EXTRACTOR": str(bad)},
        timeout=300,
    )
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and "Traceback" not in proc.stderr
    assert proc.stdout == ""


@pytest.mark.parametrize(
    ("cue", "source", "act"),
    [
        ("said", "the senator", "speech"),
        ("tweeted", "Trump", "writing"),
        ("shows", "a new poll", "document"),
        ("believes", "she", "belief"),
        ("wants", "the campaign", "intention"),
        ("mocked", "Clinton", "evaluation"),
        ("according to", "the report", "document"),
        ("according to", "officials", "speech"),
    ],
)
def test_act_of_a_cue(cue, source, act):
    assert act_of(cue, source) == act


def test_linking_joins_each_cue_to_the_content_and_source_of_its_sentence():
    #            0         1         2         3         4         5
    #            0123456789012345678901234567890123456789012345678901234567
    text = "Smith said taxes rise. Jones denied that costs fall."
    spans = [
        (0, 5, "SOURCE"),
        (6, 10, "CUE"),
        (11, 21, "CONTENT"),
        (23, 28, "SOURCE"),
        (29, 35, "CUE"),
        (36, 51, "CONTENT"),
    ]
    sents = [(0, 22), (23, len(text))]
    assert link(spans, sents) == [((0, 5), (6, 10), [(11, 21)]), ((23, 28), (29, 35), [(36, 51)])]
    assert link([(6, 10, "CUE")], sents) == []  # a cue with no content is no attribution
