"""English words, by topic.

- ``cues``: what signals an attribution (speech, cognition and report verbs; report,
  document, media and collective nouns; the small function words the forms turn on) and
  the UD label sets the extraction rules read;
- ``hedges``: words that mark a claim as unconfirmed;
- ``calendar``: weekdays and months;
- ``events``: predicate classes and synonyms that make two wordings one proposition;
- ``numbers``: figure qualifiers, scale and number words, currencies;
- ``places``: place prepositions and nouns, social platforms;
- ``clauses``: clause joins, causes, negation, time prepositions, the outlet's own voice.

Every list says why it exists; none names a source or an event of any corpus.
"""
