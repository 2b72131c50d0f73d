"""English words, by topic.

- ``cues``: what signals an attribution (speech, cognition and report verbs; report,
  document, media and collective nouns; the small function words the forms turn on) and
  the UD label sets the extraction rules read;
- ``hedges``: words that mark a claim as unconfirmed;
- ``calendar``: weekdays and months, and the date, label and time patterns of headers and datelines;
- ``events``: predicate classes and synonyms that make two wordings one proposition;
- ``numbers``: figure qualifiers, scale and number words, currencies;
- ``places``: place prepositions and nouns, place-name particles, social platforms;
- ``clauses``: clause joins, causes, negation, time prepositions, the outlet's own voice, the copula and
  the placeholder subjects the spaCy-to-UD conversion reads;
- ``sources``, ``resolve_words``, ``pronouns``: what names a source and how the resolver reads a name;
- ``identity``: the words the corpus-wide identity sieves read (filler, document nouns, roles);
- ``collectives``: a country's collective heads that do not say which body spoke;
- ``furniture``: page furniture ingest reads (appeals, prompts, chrome, credit lines, masthead words),
  and the reference cues extraction reads in credit lines;
- ``independence``: the words the independence test reads.

Words inside regular expressions live here too, as pattern strings the code compiles.
Every list says why it exists; none names a source or an event of any corpus.
"""
