"""Number words: figure qualifiers ("more than", "nearly"), scales, spelled numbers, currencies."""

from __future__ import annotations

#: Figure qualifiers, normalised: "over" and "more than" say the same thing.
QUALIFIERS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("more", "than"), "more than"),
    (("in", "excess", "of"), "more than"),
    (("at", "least"), "at least"),
    (("up", "to"), "up to"),
    (("as", "many", "as"), "up to"),
    (("fewer", "than"), "less than"),
    (("less", "than"), "less than"),
    (("close", "to"), "nearly"),
    (("just", "under"), "nearly"),
    (("an", "estimated"), "about"),
    (("over",), "more than"),
    (("above",), "more than"),
    (("exceed",), "more than"),
    (("nearly",), "nearly"),
    (("almost",), "nearly"),
    (("around",), "about"),
    (("about",), "about"),
    (("approximately",), "about"),
    (("roughly",), "about"),
    (("some",), "about"),
    (("estimated",), "about"),
    (("under",), "less than"),
)

#: Words that may stand between a qualifier and its figure: "almost a 50% increase" is nearly 50%.
QUALIFIER_GAP_WORDS = frozenset({"a", "an"})

#: Scale words after a figure: "3 million".
SCALE_WORDS = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}

#: Spelled-out small numbers that count things in news copy.
NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
    "dozen": 12, "dozens": 24, "hundreds": 200, "thousands": 2_000,
}

#: Scale suffixes glued to a figure ("3m", "1.2bn", "40k") -> their factor.
GLUED_SCALES = {"million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6, "k": 1e3}
#: Glued suffixes that stand for a scale only after a currency sign ("$3m"): "3m" alone may be metres.
SIGN_ONLY_SCALES = frozenset({"m", "k"})
#: Currency signs (and the rupee's written abbreviation) -> the currency a figure after them counts.
CURRENCY_NOUNS = {"$": "usd", "€": "eur", "£": "gbp", "¥": "jpy", "₹": "inr", "Rs": "inr"}

#: Words of a spelled-out number: a run of them ("twenty-five thousand", "two hundred and fifty") is
#: read whole by text2num (``tracing.candidates.numbers.spelled_numbers``).
NUMBER_PARTS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred".split()
) | frozenset(SCALE_WORDS)
#: Tokens that may join the words of one spelled-out number ("twenty-five", "two hundred and fifty").
NUMBER_JOINERS = frozenset({"-", "and"})
#: The language code text2num reads spelled-out numbers in.
TEXT2NUM_LANGUAGE = "en"

#: What a figure counts, by the words right after it (or before it: "a death toll of 40"): the dead, the
#: injured and the affected are different counts even when all of them are people. Kind name -> words.
COUNT_KINDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("casualties", frozenset({"casualties", "casualty"})),
    ("dead", frozenset({"killed", "dead", "died", "deaths", "death", "fatalities", "lives", "bodies", "perished"})),
    ("injured", frozenset({"injured", "wounded", "hurt", "injuries", "injury", "hospitalized", "hospitalised"})),
    ("missing", frozenset({"missing", "unaccounted"})),
    ("displaced", frozenset({"evacuated", "displaced", "homeless", "evacuees", "fled", "relocated"})),
    ("affected", frozenset({"affected", "impacted", "sickened", "ill", "infected", "cases"})),
    ("arrested", frozenset({"arrested", "detained", "captured"})),
    ("depth", frozenset({"depth", "deep"})),
)
#: Kinds that measure a thing rather than count people: only these may be what a figure with a unit noun
#: ("10 kilometres", "a 6.9-magnitude quake") measures; "the death toll from the 6.9-magnitude quake" does
#: not make 6.9 a count of the dead.
MEASURE_KINDS = frozenset({"depth"})
#: Figure nouns that are units or scales of measure, not counted things (``NumberFact.noun``).
MEASURE_NOUNS = frozenset(
    {"magnitude", "kilometer", "kilometre", "km", "mile", "meter", "metre", "foot", "feet", "percent", "degree",
     "celsius", "fahrenheit", "day", "week", "month", "year", "hour", "minute", "page"}
)  # fmt: skip
#: Units of a measured quantity, beside MEASURE_NOUNS: a bound of a measure ("more than 445 litres fell in some
#: areas") is a bound over places or times, not a count a writer rounded (read by ``conflicts.beyond_reach``).
MEASURE_UNIT_NOUNS = MEASURE_NOUNS | frozenset(
    {"litre", "liter", "millimetre", "millimeter", "centimetre", "centimeter", "inch", "tonne", "ton", "kilogram",
     "gram", "pound", "ounce", "gallon", "barrel", "acre", "hectare"}
)  # fmt: skip
#: Units of length a size is given in ("a 56-metre yacht", "the 184-foot boat", "a 10-km stretch"), and the words of a
#: dimension that may follow them in one compound ("a 56-metre-long yacht", "a 2,900-metre-high mountain"): a
#: figure in such a compound before a noun describes the thing (``conflicts.attributive_size``). "A 10-km-deep quake"
#: gives the quake's depth: "deep" is no dimension of a thing's size here.
LENGTH_UNIT_WORDS = frozenset(
    {"metre", "meter", "m", "foot", "feet", "ft", "kilometre", "kilometer", "km", "mile", "yard", "inch"}
)
DIMENSION_WORDS = frozenset({"long", "high", "tall", "wide"})
#: Nouns of an extent an event or an order sets ("within a 2-km radius", "a 5-km exclusion zone"): a length before
#: one of these is a figure of the claim, not the size of a thing.
EXTENT_NOUNS = frozenset(
    {"radius", "zone", "perimeter", "cordon", "corridor", "stretch", "area", "buffer", "exclusion"}
)
#: British and American spellings of one unit, and short forms: "five kilometres" and "10 km" measure in
#: the same unit as "10 kilometers".
UNIT_SPELLINGS = {"kilometre": "kilometer", "km": "kilometer", "metre": "meter", "litre": "liter", "feet": "foot"}
#: A toll names what it counts by the word before it ("the death toll ... rose to 26"): the count word ->
#: and the figure it reaches is the one after one of these words ("rose to", "stood at").
TOLL_NOUN = "toll"
TOLL_FIGURE_MARKERS = frozenset({"to", "at", "reached", "hit", "is", "was", "stood", "stands"})
#: A figure followed by one of these words is a part of a larger count ("30 of them", "nine of the dead"),
#: not the count itself.
PARTITIVE_WORDS = frozenset({"of"})
#: Counted nouns (as ``NumberFact.noun`` normalises them) that name no group of their own: "2 people dead" may be
#: a part of "95 people dead" (one town's), "12 climbers missing" and "22 climbers missing" count one group.
GENERIC_COUNT_NOUNS = frozenset({"person", "other"})
#: A figure followed by one of these words counts the others beside someone named ("Pelicot and 50 other
#: men", "the driver and 12 others"): the whole is one more.
OTHERS_WORDS = frozenset({"other", "others"})
#: A counted noun opening with this counts the companions of someone named ("his 50 co-defendants").
COMPANION_PREFIX = "co-"
#: Words searched after a figure for the companion noun ("all 50 of his co-defendants").
COMPANION_WINDOW = 4
#: Two kinds joined by one of these words count both ("killed or injured", "dead and wounded").
COUNT_KIND_JOINERS = frozenset({"or", "and"})
#: Kinds that, joined, make the kind on the right ("killed or injured": casualties).
JOINED_COUNT_KINDS: dict[frozenset[str], str] = {frozenset({"dead", "injured"}): "casualties"}

#: The interval of values a qualified figure allows, per normalised qualifier (see ``QUALIFIERS``):
#: (low factor, high factor or None for no upper bound, low open, high open). "more than 1,000" is
#: (1,000, inf); "about 1,200" is [1,080, 1,320]; an unqualified figure is its value alone.
QUALIFIER_INTERVALS: dict[str, tuple[float, float | None, bool, bool]] = {
    "more than": (1.0, None, True, False),
    "at least": (1.0, None, False, False),
    "less than": (0.0, 1.0, False, True),
    "up to": (0.0, 1.0, False, False),
    "nearly": (0.9, 1.0, False, True),
    "about": (0.9, 1.1, False, False),
}
#: How a figure conflict's description names what the figures count ("different figures for the injured").
COUNT_KIND_PHRASES: dict[str, str] = {
    "casualties": "casualties",
    "dead": "the dead",
    "injured": "the injured",
    "missing": "the missing",
    "displaced": "the displaced",
    "affected": "those affected",
    "arrested": "those arrested",
    "depth": "the depth",
    "percent": "the percentage",
    "temperature": "the temperature",
    "temperature change": "the temperature change",
}
#: How a conflict's description names a count known only by its counted noun ("a different figure for the port
#: count": ``rivals.thing_counted``); the noun as the parse normalises it.
COUNTED_NOUN_PHRASE = "the {noun} count"
#: Endings a counted noun is spelled two ways with, British and American ("centre" / "center", "harbour" / "harbor"):
#: the first written as the second before two counted nouns are compared (``counts.one_spelling``).
NOUN_SPELLING_ENDINGS = (("tre", "ter"), ("our", "or"))

#: Digits in three or more groups joined by a hyphen or a dot, without spaces, write an identifier (a telephone number
#: "1-877-798-3752", a code "24-33-003"), not figures: none of their groups is read as one (rule
#: ``identifier_is_no_figure``). Two groups ("3-1", "2.5", "9-11") are left to the other readings.
IDENTIFIER_PATTERN = r"\d+(?:[-.\u2010\u2011]\d+){2,}"
#: The characters such an identifier is written with (searched around a figure's token).
IDENTIFIER_CHARS = "0123456789-.\u2010\u2011"

#: A figure with its scale glued on ("3.7million", "2bn"; the scales of GLUED_SCALES, in its order).
GLUED_SCALE_PATTERN = r"^(\d+(?:\.\d+)?)(" + "|".join(GLUED_SCALES) + r")$"

#: Words (or the sign) after a figure that make it a percentage ("26.6%", "58 percent", "9 per cent"); a
#: percentage is a figure in the unit PERCENT_NOUN, compared only with percentages.
PERCENT_WORDS: tuple[str, ...] = ("%", "percent", "per cent")
PERCENT_NOUN = "percent"
#: How a percentage is shown in a conflict's description ("26.6%").
PERCENT_SIGN = "%"
#: A range of percentages: "between 26.6% and 28.6%", "58-60 percent", "from 10 to 12 percent": one figure
#: allowing its two ends and what lies between. RANGE_OPENERS before the low end make a range of two figures
#: joined by a word ("between ... and", "from ... to"); a dash makes one alone.
RANGE_OPENERS = frozenset({"between", "from"})
RANGE_JOINERS: tuple[str, ...] = ("and", "to", "-", "–")
RANGE_DASHES = frozenset({"-", "–"})
#: The qualifier of a range figure; its ends are read back from its written text.
RANGE_QUALIFIER = "between"
#: Words and signs directly before a figure that make it negative: "minus 0.1 percent", "negative 0.1%", "-0.1%",
#: "\u22120.1%" (the minus sign). A dash right after a figure, a percent sign, a slash or a plus ("58-60 percent",
#: "0%-0.1%", "+/-1.5%") joins two figures or writes a margin, never a sign (``counts.percentages``).
NEGATIVE_WORDS: tuple[str, ...] = ("minus", "negative")
NEGATIVE_SIGNS: tuple[str, ...] = ("-", "\u2212")
#: What a dash may not stand right after to be a sign: a figure or a letter, a percent sign, a slash, a plus.
NEGATIVE_SIGN_NOT_AFTER: tuple[str, ...] = ("%", "/", "+", ".")

#: A figure a count moved away from ("the toll was revised down from 40", "52, up from 40", "rose from 40 to 52"):
#: the case word before it (a determiner may come between: "down from the 77"), and the words of change, one of
#: which stands within ``LEFT_FIGURE_REACH`` words before that case word. "Ranging from 3 to 20" is a range.
LEFT_FIGURE_CASE = "from"
LEFT_FIGURE_CHANGE_WORDS = frozenset(
    {"revise", "correct", "adjust", "update", "lower", "raise", "cut", "reduce", "increase", "decrease", "rise",
     "fall", "drop", "climb", "jump", "grow", "swell", "soar", "up", "down", "upward", "downward"}
)  # fmt: skip
LEFT_FIGURE_DETERMINERS = frozenset({"the", "a", "an", "its", "their"})
LEFT_FIGURE_REACH = 2

#: Temperatures: a figure with a degree word or sign and a scale ("1.35 degrees Celsius", "2.43 °F"), or a
#: scale letter glued to it ("1.48C"). A bare "2.43 degrees" names no scale and is not compared.
DEGREE_WORDS: tuple[str, ...] = ("degrees", "degree", "°")
#: Scale words and letters -> the scale ("c" or "f").
TEMPERATURE_SCALES: dict[str, str] = {"celsius": "c", "centigrade": "c", "fahrenheit": "f", "c": "c", "f": "f"}
#: Words near a temperature that make it a difference ("1.35C above the pre-industrial average", "hotter by
#: 0.17C"): a difference converts between scales without the freezing point's offset.
TEMPERATURE_DIFFERENCE_WORDS = frozenset(
    {"above", "below", "hotter", "warmer", "colder", "cooler", "higher", "lower", "increase", "increased",
     "rise", "rose", "risen", "by", "than", "warming", "anomaly", "per", "rate"}
)  # fmt: skip
#: Words after and before a temperature searched for TEMPERATURE_DIFFERENCE_WORDS.
TEMPERATURE_CONTEXT_AFTER = 4
TEMPERATURE_CONTEXT_BEFORE = 3
#: The units compared temperatures are given in (both in degrees Celsius): a level and a difference are
#: never compared with each other.
TEMPERATURE_NOUN = "temperature"
TEMPERATURE_CHANGE_NOUN = "temperature change"
#: Figure nouns of plain degrees (``NumberFact.noun``): a temperature read with its scale takes their place.
DEGREE_NOUNS = frozenset({"degree", "celsius", "fahrenheit", "°"})
#: How a temperature is shown in a conflict's description ("1.35°C").
CELSIUS_SIGN = "°C"

#: Finite forms of "be" and "have" before a count word make it the predicate of the counted noun ("17 people
#: evacuated from the plane were injured": the injured, not the evacuated): a count word right after one of
#: these is preferred to one that only modifies the noun (a participle after it).
PREDICATE_AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "been", "being", "be", "has", "have", "had", "got", "get", "gets"}
)
#: Counted nouns that name people in general: a figure of them is a whole of which a figure of a narrower
#: group with the same count ("15 people were injured" / "17 passengers were injured") is a part.
GENERAL_COUNT_NOUNS = frozenset({"person"})
#: Words joining two counted nouns into one count ("379 passengers and crew": both), or two figures of
#: different nouns into a total ("367 passengers and 12 crew": 379 on board).
COUNT_NOUN_JOINERS = frozenset({"and"})
#: UD relations of a counted noun to the word that says what it is counted as: its subject ("17 people ... were
#: injured", "nsubj:pass" included) or its object ("killed three soldiers"). Labels, not words.
COUNTED_NOUN_ROLES: tuple[str, ...] = ("nsubj", "obj")

#: A figure given for one named place: "Colorado (27)", or after the place's name and one of these words, at most
#: PLACE_FIGURE_GAP words before the figure ("Colorado has the most cases, 26", "followed by Nebraska with nine").
PLACE_FIGURE_LINKS = frozenset({"has", "had", "have", "with", "reported", "recorded", "confirmed", "counted"})
PLACE_FIGURE_GAP = 5
#: Entity labels of named places (the parser's).
PLACE_ENTITY_LABELS = frozenset({"GPE", "LOC"})
