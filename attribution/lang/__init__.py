"""Language data: every word list the stages read, one home per word (as spaCy's ``lang/``).

``lang/en/`` holds English: one module per topic (cues, hedges, calendar, events, numbers,
places, clauses). Code outside ``lang/`` names these lists and never spells a word itself
(``tests/rules/test_words_live_in_lang.py`` checks that).
"""
