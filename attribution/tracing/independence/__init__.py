"""A claim's verdict on evidence.

``independently-confirmed`` needs at least two origins that are distinct bodies at the chosen level
(``"body"``: a spokesperson or an unnamed official counts as the body they speak for; ``"institution"``:
every body of one state counts as that state) **and** carried by articles that do not depend on each
other: no declared citation of the other's outlet, no shared wire credit, no copied text. Whenever the
identity of two origins or the independence of their articles is in doubt, the claim keeps the cautious
verdict (single-origin) and says why; every step leaves a plain-language line in ``evidence`` or
``doubts``.

The package, in the order of the pipeline: ``links`` (articles) and ``judging`` (one claim's state), then the
steps ``assess`` (``verdict``) runs: ``press``, ``affiliation``, ``joins`` and ``copies``, ``groups``, ``identity``,
``statements``, ``gate``; ``names`` holds the word helpers they share.
"""

from ...lang.en.independence import MEDIA_KINDS
from .affiliation import (
    _anchor_keys,
    _bare_role_at_the_one_body,
    _employer,
    _fold_state_parts,
    _may_be,
    _officers_of_bodies,
    _role_at_a_body,
    _stated_role,
)
from .copies import (
    PASSAGE_MAX_POSTINGS,
    PASSAGE_MIN_WORDS,
    QUOTED_MIN_WORDS,
    _cover,
    _kept_copy,
    _one_passage_in_two_articles,
    _one_speaker,
    _passage_copies,
    _quoted_parts,
    _quoted_runs,
    _Said,
)
from .gate import _officials_of_no_body
from .groups import PAIR_DOUBTS_SHOWN, _independent_groups, _joined, _keys_tell_lines_apart, _sharing
from .identity import (
    _anchored_description,
    _as_written,
    _description_may_be,
    _description_only,
    _identity_doubt,
    _initials_of_the_other,
    _may_be_doubt,
    _named_origins,
    _same_body_doubt,
    _surely_distinct,
)
from .joins import JOIN_STEPS, PRONOUN_PERSON_KINDS, SPEAKER_REACH, _names_another_origin, _press_relays, _speaks_in
from .judging import (
    LEVELS,
    OFFICIAL_BODY_KINDS,
    PERSON_KINDS,
    STATE_KINDS,
    Assessment,
    Judging,
    _joined_unit,
    _name,
    is_non_source,
)
from .links import ArticleLinks, article_links
from .names import _head_noun, _may_hold, _name_inside, _one_name_inside, _pronoun_only, _singular, _unnamed
from .statements import SAME_STATEMENT_OVERLAP, _agreement, _main_unit, _Stated
from .verdict import assess

__all__ = [
    "ArticleLinks",
    "Assessment",
    "JOIN_STEPS",
    "Judging",
    "LEVELS",
    "MEDIA_KINDS",
    "OFFICIAL_BODY_KINDS",
    "PAIR_DOUBTS_SHOWN",
    "PASSAGE_MAX_POSTINGS",
    "PASSAGE_MIN_WORDS",
    "PERSON_KINDS",
    "PRONOUN_PERSON_KINDS",
    "QUOTED_MIN_WORDS",
    "SAME_STATEMENT_OVERLAP",
    "SPEAKER_REACH",
    "STATE_KINDS",
    "_Said",
    "_Stated",
    "_agreement",
    "_anchor_keys",
    "_anchored_description",
    "_as_written",
    "_bare_role_at_the_one_body",
    "_cover",
    "_description_may_be",
    "_description_only",
    "_employer",
    "_fold_state_parts",
    "_head_noun",
    "_identity_doubt",
    "_independent_groups",
    "_initials_of_the_other",
    "_joined",
    "_joined_unit",
    "_kept_copy",
    "_keys_tell_lines_apart",
    "_main_unit",
    "_may_be",
    "_may_be_doubt",
    "_may_hold",
    "_name",
    "_name_inside",
    "_named_origins",
    "_names_another_origin",
    "_officers_of_bodies",
    "_officials_of_no_body",
    "_one_name_inside",
    "_one_passage_in_two_articles",
    "_one_speaker",
    "_passage_copies",
    "_press_relays",
    "_pronoun_only",
    "_quoted_parts",
    "_quoted_runs",
    "_role_at_a_body",
    "_same_body_doubt",
    "_sharing",
    "_singular",
    "_speaks_in",
    "_stated_role",
    "_surely_distinct",
    "_unnamed",
    "article_links",
    "assess",
    "is_non_source",
]
