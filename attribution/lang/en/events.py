"""Event words for tracing: predicate classes and synonyms, so that different wordings of one
proposition share a key, and the verbs that frame an event (aspect, trying, causing)."""

from __future__ import annotations

from .calendar import WEEKDAYS

#: Predicate synonym classes: different wordings of one proposition must share a
#: key ("killed or injured" / "killed or wounded" / "casualties"). Keys are the
#: class names; values are lemmas (single words) that map to the class.
PREDICATE_CLASSES: dict[str, frozenset[str]] = {
    "casualty": frozenset(
        {"kill", "killed", "wound", "wounded", "injure", "injured", "injury", "hurt", "casualty", "casualties",
         "loss", "losses", "dead", "fatality", "fatalities", "toll", "kills", "murder", "assassinate"}
    ),
    "capture": frozenset({"capture", "captured", "captivity", "prisoner", "pow", "seize", "detain", "abduct"}),
    "die": frozenset({"die", "died", "death", "perish", "succumb", "decease", "deceased"}),
    "deploy": frozenset({"deploy", "deployment", "send", "dispatch", "station", "transfer"}),
    "attack": frozenset({"attack", "strike", "shell", "bomb", "raid", "assault", "offensive", "incursion"}),
    "release": frozenset({"release", "publish", "post", "share", "show", "circulate"}),
    "exchange": frozenset({"exchange", "swap", "trade"}),
    "confirm": frozenset({"confirm", "confirmation", "verify", "verification", "corroborate"}),
    "deny": frozenset({"deny", "reject", "refute", "dismiss"}),
    "hide": frozenset({"hide", "conceal", "erase", "obscure", "burn", "destroy", "deface"}),
    "fake-identity": frozenset({"fake", "forge", "false", "disguise"}),
    "inexperience": frozenset({"experience", "inexperience", "unfamiliar", "familiar"}),
    "arrest": frozenset({"arrest", "charge", "indict", "convict", "sentence", "jail"}),
    "elect": frozenset({"elect", "vote", "win", "defeat", "ballot"}),
    "resign": frozenset({"resign", "quit", "oust"}),
    "steal": frozenset({"steal", "stole", "stolen", "theft", "exfiltrate", "loot", "rob"}),
    # unauthorised access to systems or premises ("breached", "compromised", "hacked into")
    "breach": frozenset({"breach", "compromise", "hack", "infiltrate", "intrusion", "penetrate"}),
    "investigate": frozenset(
        {"investigate", "investigation", "probe", "inquiry", "enquiry", "examine", "scrutiny", "scrutinize",
         "scrutinise"}
    ),
    # an explosion is its own event: the blast is not the deaths it caused ("killed when a tank exploded")
    "explode": frozenset({"explode", "explosion", "blast", "detonate", "detonation"}),
    # people leaving their homes: a count of its own, never the dead or the injured
    "evacuate": frozenset({"evacuate", "evacuation", "evacuee", "flee", "fled", "displace", "displaced"}),
    # people not yet found after a disaster or an attack: a count of its own, never a death toll
    "missing": frozenset({"missing", "unaccounted", "disappear", "disappeared", "vanish"}),
    # regulatory consent ("built without a permit", "never approved", "no record of it being licensed")
    "permit": frozenset(
        {"permit", "license", "licence", "licensed", "licenced", "approve", "approval", "authorize", "authorise",
         "authorization", "authorisation"}
    ),
}

#: Main events that state one count under two wordings ("40 people were killed" / "nearly 50 people
#: have died"): compatible when both mentions give a figure (without one, "the soldier died" and
#: "heavy casualties" are different propositions).
COUNT_COMPATIBLE_EVENTS = frozenset({"casualty", "die"})

#: Multi-word expressions that mean one predicate class (matched on lemmas).
PREDICATE_PHRASES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("take", "prisoner"), "capture"),
    (("take", "captive"), "capture"),
    (("fall", "into", "enemy", "hand"), "capture"),
    (("prisoner", "of", "war"), "capture"),
    (("pass", "away"), "die"),
    (("kill", "or", "wound"), "casualty"),
    (("kill", "or", "injure"), "casualty"),
    (("sign", "off"), "permit"),
    (("break", "in"), "breach"),
    (("step", "down"), "resign"),
    (("stand", "down"), "resign"),
    # "I have done nothing wrong" denies wrongdoing as "denied any wrongdoing" does
    (("do", "nothing", "wrong"), "deny"),
    (("break", "into"), "breach"),
)

#: Reverse map lemma -> class, built once.
LEMMA_CLASS: dict[str, str] = {}

for _cls, _words in sorted(PREDICATE_CLASSES.items()):
    for _w in sorted(_words):
        LEMMA_CLASS.setdefault(_w, _cls)

#: Classes that are events worth checking (a sentence with one of them carries a
#: checkable proposition even without a number or a name).
EVENT_CLASSES = frozenset(PREDICATE_CLASSES) - {"confirm", "release"}

#: Nouns counted by a figure mean the same thing under these names.
NOUN_SYNONYMS: dict[str, str] = {
    "soldier": "troop",
    "troop": "troop",
    "fighter": "troop",
    "serviceman": "troop",
    "servicemen": "troop",
    "personnel": "troop",
    "force": "troop",
    "unit": "troop",
    "people": "person",
    "person": "person",
    "civilian": "person",
    "resident": "person",
    "individual": "person",
    # a count of casualties, deaths or injuries counts people ("12 injuries" / "14 people hurt")
    "casualty": "person",
    "death": "person",
    "kill": "person",
    "injury": "person",
    "fatality": "person",
    "victim": "person",
    "body": "person",  # "recovered 42 bodies" counts the dead, as "42 people killed" does
    "photograph": "photo",
    "picture": "photo",
    "identification": "identity",
    "indication": "evidence",  # "found no indication" / "found no evidence"
    "hacker": "attacker",
    "contractor": "supplier",  # "an IT contractor" / "an IT supplier" / "a service provider"
    "provider": "supplier",
    "vendor": "supplier",
    "id": "identity",
    "dollar": "usd",
    "euro": "eur",
    "blaze": "fire",
    "wrongdoing": "wrong",
    "$": "usd",
}

#: Degree words that say the same of a loss or a blow ("severe losses" / "heavy losses" / "heavy
#: casualties"): one content key for all of them.
DEGREE_SYNONYMS: dict[str, str] = {
    "severe": "heavy",
    "serious": "heavy",
    "significant": "heavy",
    "substantial": "heavy",
    "considerable": "heavy",
    "massive": "heavy",
    "huge": "heavy",
    "major": "heavy",
    "grave": "heavy",
}

#: Adjectives that say the same of an event ("a deadly crash" / "a fatal crash"): one content key.
ADJECTIVE_SYNONYMS: dict[str, str] = {"deadly": "fatal", "lethal": "fatal"}

#: Words of a predicate class that name the class's opposite ("familiar" in the class of
#: inexperience): denying one states the class ("not familiar with" = "unfamiliar"), so their
#: denial is no denial of the event.
OPPOSITE_FORMS = frozenset({"experience", "familiar"})

#: Entity labels that make a sentence checkable (a named participant or place).
CHECKABLE_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW"})

#: Parts of speech kept as content lemmas.
CONTENT_UPOS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})

#: Lemmas too common in news to say anything about which proposition a sentence states.
STOP_LEMMAS = frozenset(
    {"be", "have", "do", "say", "tell", "state", "report", "according", "accord", "add", "also", "new", "year", "day",
     "time", "make", "take", "get", "go", "come", "would", "could", "may", "might", "will", "can", "one",
     "other", "many", "more", "most", "such", "which", "who", "that", "this", "these", "those", "there", "it",
     *WEEKDAYS, "week", "month", "earlier",
     "later", "recently", "mention", "claim", "note", "announce", "reveal", "estimate", "believe", "suggest"}
)

#: Rank words: "the first captured" is a claim of its own, unless the word only names the subject
#: of another event ("the first soldier captured has died").
RANK_WORDS = frozenset({"first", "last", "only"})

#: Verbs of identifying clauses: their subject is the proposition ("the first to X was Y").
IDENTIFYING_VERBS = frozenset({"be", "become", "mark", "remain", "represent"})

#: Verbs whose infinitive complement still reports the event ("continued to deploy", "began to send").
ASPECTUAL_VERBS = frozenset({"continue", "begin", "start", "keep", "resume", "proceed", "go", "finish", "stop"})

#: Verbs of trying: a finite one reports the attempt as happening ("they are trying to burn the
#: faces" reports the burning under way), unlike a bare possibility ("it is better to capture them").
CONATIVE_VERBS = frozenset({"try", "attempt", "seek", "strive"})

#: Verbs that make someone do something ("forcing 12,000 residents to flee", "prompted hospitals to
#: cancel operations"): the infinitive under them happened, it is no mere possibility.
CAUSATIVE_VERBS = frozenset({"force", "compel", "cause", "prompt", "oblige", "drive"})

#: Quantifiers that turn a rank word into a series ("the first of many", "the first of several"):
#: a prediction that more will follow, not a claim of being first.
SERIES_WORDS = frozenset({"many", "several", "more", "others", "other", "few", "dozens", "hundreds", "thousands"})

#: A sentence with "comment" and one of these says someone would not speak ("declined to comment",
#: "did not respond to a request for comment", "could not be reached for comment"): not a claim.
NO_COMMENT_VERBS = frozenset({"decline", "refuse", "respond", "reach", "reply", "return"})

#: What a reporter sends that goes unanswered ("did not respond to emails and phone calls").
ENQUIRY_NOUNS = frozenset({"call", "email", "message", "request", "inquiry", "enquiry", "query", "question"})

#: Words that frame a proposition (the clustering decides what they mean).
MARKER_WORDS = frozenset({"first", "last", "only", "record", "could", "would", "might", "may", "should", "if"})

#: Words of a predicate class that belong to it only as nouns or adjectives: the verb "experience" is
#: to undergo ("customers experienced outages", "did not experience an outage"), no statement about
#: anyone's experience or lack of it.
NOT_AS_VERBS = frozenset({"experience"})


def predicate_class(lemma: str, upos: str | None = None) -> str | None:
    """The predicate class of a lemma; with the word's part of speech, none for a verb in NOT_AS_VERBS."""
    low = lemma.lower()
    if upos == "VERB" and low in NOT_AS_VERBS:
        return None
    return LEMMA_CLASS.get(low)

#: "record" before "of" is a register ("no record of it being licensed"), not a record toll.
REGISTER_NOUN = "record"
#: "only" frames as "the only ..." (a claim of uniqueness), not as a focus adverb ("only 100").
UNIQUENESS_WORD = "only"
#: The "of" of "record of", "the first of many".
OF = "of"
