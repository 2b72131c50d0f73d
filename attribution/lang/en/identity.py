"""English words the corpus-wide identity sieves read (resolve/corpus.py): filler in descriptions, nouns that
name a kind of document, a body's status and structure words, the words of a person's voice and role. General
English, never a story's names; one home per word (``lang/en``)."""

from __future__ import annotations

from .resolve_words import DEFINITE_ARTICLE as DEFINITE_ARTICLE  # re-exported for the sieves

#: Words of a description that tell nothing about which body it is ("the country's civil aviation regulator").
DESCRIPTION_FILLER = frozenset(
    {"a", "an", "the", "its", "their", "country", "countrys", "nation", "nations", "national", "state", "federal",
     "s", "official", "government", "main", "top", "chief"}
)  # fmt: skip

#: Nouns that name a kind of document, not which one: "a statement" in two articles may be two statements.
DOCUMENT_NOUNS = frozenset(
    {"statement", "statements", "report", "reports", "document", "documents", "letter", "memo", "post", "posts",
     "video", "videos", "footage", "image", "images", "photo", "photos", "data", "figures", "record", "records",
     "filing", "release", "press", "note", "message", "notice", "announcement", "update", "a", "an", "the",
     "this", "that", "its", "their", "new", "latest", "preliminary", "initial", "final", "official", "written"}
)  # fmt: skip

#: Small words an acronym leaves out of the long name it stands for ("DoD" for "Department of
#: Defense", "CFPB" for "the Consumer Financial Protection Bureau").
ACRONYM_SKIPPED_WORDS = frozenset({"of", "the", "and", "for", "&"})

#: Head nouns that all name one public body's kind in news English: "the weather agency", "the weather bureau" and
#: "the weather service" of one country are one body. "ministry" is not among them (it is the bureau's parent).
SYNONYM_BODY_HEADS = frozenset({"agency", "bureau", "service", "office", "department", "administration"})

#: English renderings of one foreign institutional term, each set one class (pass ``translated-name``): outlets
#: translate a foreign body's name word for word or by sense ("Servicio Medico Legal": "Legal Medical Service",
#: "Forensic Medicine Service", "Forensic Medical Service"; "Instituto de Medicina Legal": "Institute of Legal
#: Medicine"), so two names of one country and one head whose other words are renderings of one term name one
#: body. A rendering is a run of words (after ``norm_key``); the longest run is read first.
TRANSLATED_TERMS = (
    frozenset({("forensic",), ("forensic", "medicine"), ("forensic", "medical"), ("legal", "medical"),
               ("medical", "legal"), ("medico", "legal"), ("medicolegal",), ("legal", "medicine"),
               ("forensic", "science"), ("forensic", "sciences"), ("coroner",), ("coroners",)}),
    frozenset({("meteorological",), ("meteorology",), ("weather",)}),
    frozenset({("statistics",), ("statistical",), ("statistic",)}),
    frozenset({("seismological",), ("seismology",), ("seismic",)}),
    frozenset({("volcanological",), ("volcanology",), ("volcano",)}),
    frozenset({("hydrographic",), ("hydrography",), ("hydrological",), ("hydrology",)}),
    # a prison system's body: "Federal Penitentiary Service" / "Federal Prison Service" (one service, rendered by
    # the word or by the sense), "Penitentiary Department" / "Corrections Department" / "Department of Prisons"
    frozenset({("penitentiary",), ("penitentiaries",), ("prison",), ("prisons",), ("penal",), ("correctional",),
               ("corrections",), ("corrective",)}),
)  # fmt: skip

#: Modifiers that tell a body's status, not which body it is ("the state weather bureau" is the weather bureau).
BODY_STATUS_WORDS = frozenset({"state", "state-run", "state-owned", "government", "official", "national", "federal"})

#: Words a body's name may have or lack, or place anywhere, and still name the same body.
STRUCTURE_WORDS = frozenset({"of", "for", "the", "and", "on", "&", "affairs", "s"})

#: Words that, with a country's name or none, name its state as a whole ("the Jordanian government").
STATE_WORDS = frozenset({"government", "state", "authorities", "administration", "cabinet"})

#: Words that say a party holds power in its country ("Ruritania's ruling Unity Party", "the governing coalition"):
#: with a party word and a country, the party and its voices are of that country's government camp.
RULING_WORDS = frozenset({"ruling", "governing"})
#: Words that name a political party or grouping of parties ("party", "coalition").
PARTY_WORDS = frozenset({"party", "coalition", "bloc", "movement"})

#: Words of a person's description that say what they are, not whom they speak for.
VOICE_WORDS = frozenset({"a", "an", "the", "senior", "spokesman", "spokeswoman", "spokesperson", "official",
                         "source", "aide", "adviser", "advisor", "minister", "for", "of"})  # fmt: skip

#: Roles of people who speak for the body their title names ("CrowdStrike CEO", "chief executive of Acme").
SPEAKING_ROLES = frozenset(
    {"ceo", "chief", "executive", "spokesman", "spokeswoman", "spokesperson", "president", "chairman",
     "chairwoman", "chair", "director", "head", "minister", "secretary", "commissioner", "official", "officer",
     "founder", "leader", "governor", "mayor", "administrator", "commander", "general", "representative",
     # ranks held in a force or service ("the Coast Guard rear admiral", "superintendent of the state police")
     "superintendent", "admiral", "colonel", "sheriff"}
)  # fmt: skip

#: Generational suffixes of a person's name, set aside with middle initials by the ``name-core`` pass ("Roland L.
#: Butler Jr." / "Roland Butler"); two different ones tell father and son apart.
GENERATIONAL_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

#: A head of state's or government's title, once its country is set aside ("U.S. President", "Japan's prime
#: minister"): who holds it speaks for that government as a whole (rule ``head_of_state``).
HEAD_OF_STATE_ROLES = frozenset(
    {"president", "prime minister", "premier", "chancellor", "king", "queen", "emperor", "head of state",
     "head of government"}
)  # fmt: skip
#: Words of a cabinet member's title ("U.S. Secretary of State", "Japanese Transport Minister": rule
#: ``cabinet_member``).
CABINET_ROLES = frozenset({"minister", "secretary"})

#: The articles, dropped when asking whether a name is a proper one ("the Civil Aviation Authority").
ARTICLES = frozenset({"the", "a", "an"})
#: Endings of words whose final "s" is no plural ("press", "status", "analysis").
NON_PLURAL_S_ENDINGS = ("ss", "us", "is")
#: Words a run of a person's description never starts with when it is looked up as a body's name ("of the
#: ministry", "at Acme", "a director").
ROLE_RUN_OPENERS = frozenset({"of", "for", "at", "a", "an"})
