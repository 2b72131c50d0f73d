"""Quotation marks and apostrophes: the one home of every mark the stages read.

English news text arrives with curly (“ ” ‘ ’), straight (" '), low (the German „) and guillemet
(« ») marks, depending on the outlet's house style and on what a wire copy passed through. Each stage
names the set it needs from here; no module spells a mark itself.
"""

from __future__ import annotations

LEFT_DOUBLE = "“"
RIGHT_DOUBLE = "”"
LOW_DOUBLE = "„"
LEFT_GUILLEMET = "«"
RIGHT_GUILLEMET = "»"
STRAIGHT_DOUBLE = '"'
LEFT_SINGLE = "‘"
RIGHT_SINGLE = "’"
STRAIGHT_SINGLE = "'"
#: The colon that announces a quotation ("said: “Yes. ...”").
COLON = ":"

#: Double marks that only open a quote.
OPENING_DOUBLES = LEFT_DOUBLE + LEFT_GUILLEMET + LOW_DOUBLE
#: Double marks that only close a quote.
CLOSING_DOUBLES = RIGHT_DOUBLE + RIGHT_GUILLEMET
#: Single marks: quote marks in British style ('It's chaos,' he said), but also apostrophes.
SINGLE_MARKS = LEFT_SINGLE + RIGHT_SINGLE + STRAIGHT_SINGLE
#: Every double mark.
DOUBLE_MARKS = STRAIGHT_DOUBLE + OPENING_DOUBLES + CLOSING_DOUBLES
#: Every mark the quote scanner reads.
QUOTE_MARKS = OPENING_DOUBLES + CLOSING_DOUBLES + STRAIGHT_DOUBLE + SINGLE_MARKS
#: Apostrophes (the curly one is also the closing single mark).
APOSTROPHES = STRAIGHT_SINGLE + RIGHT_SINGLE
#: Pairs of marks that enclose a quoted passage, opening -> closing.
DOUBLE_PAIRS = ((LEFT_DOUBLE, RIGHT_DOUBLE), (STRAIGHT_DOUBLE, STRAIGHT_DOUBLE), (LEFT_GUILLEMET, RIGHT_GUILLEMET))
#: Words an apostrophe opens by elision: "'90s", "rock 'n' roll", "'em", "'til", "'cause", "'tis"
#: (a regular expression matched right after the apostrophe).
ELISION_PATTERN = r"(?:\d0s|\d\ds|n'|n’|em\b|til\b|cause\b|tis\b|twas\b)"
#: Characters that stand for an apostrophe in names as typed or transliterated ("O’Brien", "Sana`a",
#: "Mu´ammar", the modifier-letter apostrophe): folded to the straight one.
APOSTROPHE_LOOKALIKES = RIGHT_SINGLE + LEFT_SINGLE + "\u02bc" + "`" + "\u00b4"
#: Marks that may open or close a quoted name ("the news site “Militarnyi”", 'the app ‘Tea’').
NAME_OPENERS = LEFT_DOUBLE + STRAIGHT_DOUBLE + LEFT_GUILLEMET + LEFT_SINGLE + STRAIGHT_SINGLE
NAME_CLOSERS = RIGHT_DOUBLE + STRAIGHT_DOUBLE + RIGHT_GUILLEMET + RIGHT_SINGLE + STRAIGHT_SINGLE
#: Marks that may follow a sentence's final stop: 'He said: "It is over."' and ‘It is over.’ end
#: like a sentence (page furniture and headings end without a stop).
SENTENCE_CLOSERS = STRAIGHT_DOUBLE + STRAIGHT_SINGLE + RIGHT_DOUBLE + RIGHT_SINGLE
#: Marks that may open a story's first sentence, right after a dateline: 'KYIV (AP) — “We will
#: rebuild,” the mayor said.'
STORY_OPENERS = STRAIGHT_DOUBLE + LEFT_DOUBLE + LEFT_SINGLE + STRAIGHT_SINGLE
#: Curly and straight marks stripped from the edges of a word read alone (a menu item “Share”, a
#: credit's 'Reuters'); the guillemets and the low mark of other house styles are not among them.
WORD_EDGE_MARKS = STRAIGHT_SINGLE + STRAIGHT_DOUBLE + LEFT_DOUBLE + RIGHT_DOUBLE + LEFT_SINGLE + RIGHT_SINGLE
#: Separators of a breadcrumb trail ("Home > World > Asia", "News » Politics", "News › Asia"): the
#: guillemet here is no quote mark.
BREADCRUMB_SEPARATORS = ">" + RIGHT_GUILLEMET + "\u203a"

#: Two apostrophes standing for a double quote mark, both opening and closing (''It's done,'' she
#: said): the house style of some archives.
DOUBLED_APOSTROPHES = "''"
#: Opening marks of a quoted passage and the mark that closes each (the span-boundary step that joins
#: a quote continuing after its cue, extraction/boundaries.py).
CONTINUATION_PAIRS = (
    (LEFT_DOUBLE, RIGHT_DOUBLE),
    (DOUBLED_APOSTROPHES, DOUBLED_APOSTROPHES),
    (STRAIGHT_DOUBLE, STRAIGHT_DOUBLE),
)

#: A hyphen or a dash the tokenizer splits off between two parts of one word ("ex - chair").
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
#: Marks after which a capital opens a sentence or a quotation rather than marking a name: a stop, a colon,
#: a quote mark, an opening bracket or a dash ('... the mayor said. "Said" is ...', 'He added: Said ...').
BEFORE_A_SENTENCE = ".!?:;(" + QUOTE_MARKS + "\u2014\u2013-"

#: Dashes that set a dateline off from its story when spaced ("MANILA - The palace said ..."); joined to
#: words on both sides they make one word ("T-Mobile").
DATELINE_DASHES = "-\u2013\u2014"
#: An editor's mark for words left out of a quotation ("[...] I want to thank", "… we won't abandon you").
ELLIPSES = ("\u2026", "...")
#: Brackets an editor puts around words left out or put in ("[...]", "[This is]").
EDITORIAL_BRACKETS = ("[", "]")
