"""Plain words for the identity passes a source's ``joined_by`` names (``Source.joined_by`` keeps the
pass's own name, a public contract; the reports show these words instead). One entry per pass of the
per-article resolve sieves (``resolve.sieves.SIEVES`` and ``READINGS``), the corpus identity sieves
(``resolve.corpus.IDENTITY_SIEVES``) and the tags resolution writes itself."""

from __future__ import annotations

JOINED_BY_WORDS: dict[str, str] = {
    # tags resolution writes itself
    "article": "named so in the article",
    "article_outlet": "the outlet that published the article",
    "spokesperson": "a spokesperson who speaks for it",
    "affiliation": "the government its bodies belong to",
    "stated-alias": "an article states it is the same",
    # per-article sieves
    "source_table": "named so in the article",
    "own_outlet": "the article's own outlet (\"told the Observer\")",
    "narrator": "the article's own voice (\"we understand\")",
    "statement_issuer": "the issuer of a statement the article cites",
    "thing_not_speaker": "a thing, not a speaker (\"the need to rebuild\", \"in March\"): no source",
    "quoted_demonstrative": "the speaker's own words about a document they cite (\"this ruling says\")",
    "nested_inquiry": "an inquiry the speaker cites as its own ground (\"after a review found\"): no source of its own",
    "author_is_subject": "the person a memo is cited about, its writer (\"X was proud, according to a memo she sent\")",
    "member_speaks_as_body": "a judge speaking as their own court",
    "members_speak_for_their_body": 'its members or unnamed voices, named after it ("ISIS militants")',
    "partitive_group": "one of a group named before (\"one of them said\")",
    "whose_owner": "the one whose office or staff spoke (\"X, whose office said\")",
    "possessive_holder": "the holder of an office that spoke (\"her office said\")",
    "possessive_work_holder": "the group whose own work was cited (\"their forecasts suggest\")",
    "reporting_outlet": "an outlet named before, then described (\"the website said\")",
    "spokesperson_again": "the same spokesperson, mentioned again",
    "described_unnamed": "the same unnamed person, described again",
    "knowing_group": "one of the people familiar with the matter named before",
    "office_holder": "the office of a person named before (\"the governor's office\")",
    "antecedent": "a pronoun for a source named before (\"she said\")",
    "head_in_body_name": "a body named before whose name holds the word (\"the palace\" after \"Buckingham Palace\")",
    "untyped_name_pronoun": "a pronoun for a name said just before that the tagger took for a body (\"she said\")",
    "country_role_holder": "the person the article gives that country and office (\"the French leader\")",
    "epithet": "a description of the person who spoke before it (\"the climate scientist and former mayor said\")",
    "named_in_passing": "a body the article named earlier",
    "lede_ahead": "a body the article names just after",
    "named_before_loosely": "a body named before, matched by its kind (\"the company said\")",
    "unresolved_reference": "a reference the article does not resolve",
    "empty_phrase": "an empty source phrase",
    "surname_of_named_person": "the surname of a person named before",
    "self_named_body": "a body that names itself (\"calling itself X\")",
    "leader_of_body": "the head of a named body",
    "owned_role_with_name": "the person named beside a role (\"the firm's site manager, Jo Lee,\")",
    "place_based_company": "a company described by its home town (\"the Dearborn-based automaker\")",
    "report_line_outlet": "a news outlet whose report a line opens (\"MarketWire Group reports:\")",
    # corpus identity sieves
    "alias-table": "the shipped table of other names",
    "country-collective": "officials of one country, worded another way",
    "exact-name": "the same name in another article",
    "stated-description": "a description an article states for it",
    "acronym": "its acronym",
    "structural-variant": "the same name in another word order or form",
    "short-body-name": "a shortened name of the body",
    "synonym-body-head": "the same body under a synonym of its kind (\"agency\" / \"bureau\")",
    "translated-name": (
        "two English renderings of one foreign body's name (\"Legal Medical Service\" / \"Forensic Medicine Service\")"
    ),
    "unicode-fold": "the same name without accents or special letters",
    "spelling-variant": "another spelling of the name",
    "transliteration": "another transliteration of the name",
    "name-core": "the same person's name with or without a title, middle initial or \"Jr.\"",
    "lone-name": "the surname alone of a person named in full elsewhere",
    "relayed-anonymous": "the same anonymous source, relayed by one outlet",
    "same-relay-anonymous": "the same anonymous source of one intermediary, in two articles",
    "same-document": "the same document, cited in several articles",
    "definite-description": "the same description (\"the jury\") in several articles of one story",
    "role": "the role (\"the judge\") of a person named elsewhere",
}
