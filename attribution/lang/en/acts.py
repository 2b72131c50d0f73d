"""English words that say what kind of act a cue reports (writing, a document, a belief, an intention, an
evaluation; anything else is speech), read by the learned linker's ``act_of``. One home per word
(``lang/en``)."""

from __future__ import annotations

#: Cue words of each act but speech, space-separated (the first cue word that names an act decides).
ACT_WORDS = {
    "writing": "wrote write writes writing written tweet tweets tweeted tweeting posted post posts emailed email "
    "texted letter memo op-ed column essay blog",
    "document": "poll polls polling survey surveys data study studies report reports documents document records "
    "filing filings figures statistics census analysis show shows showed shown indicate indicates indicated "
    "according",
    "belief": "believe believes believed think thinks thought feel feels felt convinced suspect suspects "
    "suspected assume assumes know knows knew expect expects expected doubt doubts doubted fear fears feared "
    "worry worries worried consider considers considered view views sees saw hope hopes hoped realize "
    "realized understand understands understood concluded",
    "intention": "want wants wanted plan plans planned intend intends intended aim aims aimed seek seeks sought "
    "declined decline declines refused refuse refuses ordered order orders demanding "
    "vow vows vowed promise promises promised pledge pledges pledged threaten threatens threatened urge urges "
    "urged demand demands demanded push pushes pushed call calls called proposed propose proposes",
    "evaluation": "criticized criticize criticizes praised praise praises mocked mock mocks slammed slam slams "
    "blasted blast blasts attacked attack attacks denounced denounce condemned condemn condemns accused "
    "accuse accuses defended defend defends applauded applaud welcomed welcome lambasted ridiculed blamed "
    "blame blames dismissed dismiss dismisses hailed hail rejected reject rejects questioned disputed "
    "critique critiques criticism",
}

#: Last words of a source that make it a document ("a poll shows", "the report said").
DOCUMENT_SOURCE_WORDS = frozenset(
    "poll polls survey surveys data study studies report reports document documents records filing filings "
    "figures statistics census analysis statement statements release memo letter court papers paper sheets "
    "files file emails email minutes spreadsheet spreadsheets transcript transcripts documents".split()
)
