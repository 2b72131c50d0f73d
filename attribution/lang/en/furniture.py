"""English words and patterns of page furniture that ingest reads: appeals, login and newsletter prompts,
share widgets, page chrome, menus, credit lines, reference lists, mastheads, title case, and the words that
do or do not make an outlet's name, and the patterns in which a page names itself (sign-offs, copyright
lines, appeals, newsletters, apps, staff bylines, photo credits, interviews, site furniture, mastheads).
General English web furniture, never one site's wording; one home per word (``lang/en``). The code that
applies them lives in ``attribution/ingest/`` (blocks.py, outlet.py); extraction/references.py reads the
credit lines' patterns too (an article's references to the reporting it drew on). Patterns are
regular-expression strings, compiled by the code that reads them."""

from __future__ import annotations

import re

from .marks import BREADCRUMB_SEPARATORS

#: Headers that open a donation / membership appeal. Everything after one is the
#: appeal until the text ends or clearly story text resumes (see APPEAL_VOICE_RE).
APPEAL_HEADER_PATTERNS: tuple[tuple[str, str], ...] = (
    # "A Message from The Example Times:", "A note from the editor"
    ("appeal_message", r"^(?:an?\s+)?(?:message|note|letter|word|appeal)\s+from\s+\S.{0,60}$"),
    # "Dear readers," / "Dear friends,"
    ("appeal_dear", r"^dear\s+(?:readers?|friends|subscribers|members|supporters|listeners|viewers)\b"),
    # "Support our journalism", "Support independent journalism"
    ("appeal_support", r"^(?:please\s+)?support\s+(?:our|independent|quality|local|free|this|us|the)\b.{0,80}$"),
    # classic appeal openers
    (
        "appeal_opener",
        r"^(?:we\s+have\s+a\s+small\s+favou?r\s+to\s+ask|before\s+you\s+go[.!…,:]*$|become\s+a\s+(?:member|supporter|subscriber|patron)"
        r"|donate\s+(?:now|today)|make\s+a\s+(?:donation|contribution)|this\s+is\s+your\s+last\s+free\s+article"
        r"|you(?:'ve|’ve|\s+have)\s+read\s+\d+\s+(?:free\s+)?articles?)\b",
    ),
)

#: Inside an appeal, paragraphs speak to the reader ("we", "your support", "donate").
#: A long paragraph with none of these means the story resumed.
APPEAL_VOICE_RE = re.compile(
    r"\b(?:we|we're|we’re|we've|we’ve|our|ours|us|you|your|you're|you’re|donat\w*|support\w*|contribut\w*"
    r"|subscri\w*|members?(?:hip)?|thank\w*|journalism)\b",
    re.IGNORECASE,
)

#: Capitalised calls to action that end a promo line ("LEARN MORE", "SUBSCRIBE NOW"). Case matters:
#: in capitals they are a button's label, in a sentence ("learn more about it") they are story text.
PROMO_CALL_TO_ACTION = (
    r"(?-i:LEARN\s+MORE|FIND\s+OUT\s+(?:MORE|HOW)|READ\s+MORE|SEE\s+MORE|SUBSCRIBE(?:\s+(?:NOW|TODAY))?"
    r"|SIGN\s+UP(?:\s+(?:NOW|TODAY|FREE))?|TRY\s+IT(?:\s+(?:FREE|NOW))?|GET\s+STARTED|SHOP\s+NOW|WATCH\s+NOW"
    r"|LISTEN\s+NOW|START\s+(?:YOUR\s+)?FREE\s+TRIAL|BOOK\s+A\s+DEMO)"
)

#: Platforms a share widget lists ("Share this article: Facebook | X | WhatsApp | Email").
SHARE_PLATFORM = (
    r"(?:facebook|x|twitter|whatsapp|e-?mail|linkedin|reddit|telegram|pinterest|messenger|bluesky|threads"
    r"|copy\s+link|print)"
)

#: Lowercase words that join the capitalised words of an outlet's or a section's name ("Voice of America",
#: "Example Bureau for the East"), as a bare alternation (the words of SITE_NAME_JOINERS).
OUTLET_NAME_JOINERS_PATTERN = r"of|and|&|for|the|on"

#: Page furniture, as (rule name, pattern, max words of the line). A rule only fires
#: on lines of at most that many words: furniture is short, and the limit keeps a
#: story sentence that starts the same way ("Sign-up for the vaccine opened ...",
#: "Read more than 200 pages ...") in the body. Patterns are case-insensitive;
#: ``(?-i:...)`` marks parts where capitalisation matters.
FURNITURE_PATTERNS: tuple[tuple[str, str, int], ...] = (
    # imperative login prompts: "Log in to ... account", "Sign in to continue" (needs an account-ish word
    # unless the line is tiny: "Sign in")
    (
        "login_prompt",
        r"^(?:please\s+)?(?:log|sign)[ -]?(?:in|on|up)\b"
        r"(?:.*\b(?:accounts?|comments?|subscri\w*|continue|register\w*|profile|connect|newsletters?|password"
        r"|facebook|twitter|google|apple|e-?mail)\b|\W*\S*\W*$)",
        25,
    ),
    # "To write comments, please log in to one of the accounts."
    (
        "login_prompt",
        r"\b(?:please|must|need\s+to)\s+(?:log|sign)[ -]?(?:in|on)\b"
        r"(?=.*\b(?:accounts?|comments?|subscri\w*|continue|register\w*|profile)\b)",
        25,
    ),
    # comment widgets: "Leave a comment", "View all comments", "Comments (12)"
    ("comment_prompt", r"\b(?:write|post|leave|view|show|hide|load|read)\s+(?:a\s+|all\s+|the\s+)?comments?\b", 12),
    ("comment_prompt", r"^comments?\s*(?:\(\d+\)|\d+)?\s*:?$", 3),
    # copyright lines (also an outlet sign-off, see outlet.py): need ©, a year or "all rights reserved",
    # so "Copyright lawyers said ..." stays a sentence
    ("copyright", r"^(?:©|\(c\)\s)|^copyright\s*(?:©|\(c\)|\d{4})|\ball\s+rights\s+reserved\b", 25),
    # cookie / legal banners and footer links
    ("legal_banner", r"\bwe\s+use\s+cookies\b", 40),
    # "This website uses cookies to ...", "We value your privacy", "Manage cookie preferences", "Accept all cookies"
    (
        "legal_banner",
        r"^(?:this\s+(?:web)?site|our\s+(?:web)?site|we)\s+(?:uses?|places?|stores?)\s+cookies\b"
        r"|^we\s+(?:value|care\s+about|respect)\s+your\s+privacy\b"
        r"|^(?:manage|set|change)\s+(?:your\s+)?(?:cookie|privacy|consent)\s+(?:settings|preferences|choices|options)\b"
        r"|^(?:accept|reject|allow)\s+(?:all\s+|optional\s+)?cookies\b"
        r"|\bby\s+continuing\s+to\s+(?:use|browse|visit)\b.{0,60}\bcookies\b",
        40,
    ),
    (
        "legal_banner",
        r"^(?:privacy\s+policy|terms\s+(?:of|and)\s+(?:use|service|conditions)|cookie\s+(?:policy|settings))\b",
        12,
    ),
    # consent small print under sign-up forms: "By signing up, you agree to our Privacy Policy"
    (
        "legal_banner",
        r"^by\s+(?:signing\s+up|subscribing|registering|clicking|continuing|submitting)\b.{0,80}?"
        r"\byou\s+(?:agree|accept|consent)\b",
        30,
    ),
    # newsletter / subscription prompts
    (
        "subscribe_prompt",
        r"^(?:subscribe|sign\s+up)\b.{0,80}\b(?:newsletters?|free|today|now|updates|inbox|briefing|alerts?)\b"
        r"|^(?:register|join)\b.{0,40}\b(?:newsletters?|inbox|briefing|alerts)\b|\bsubscribe\s+(?:now|today|here)\b",
        25,
    ),
    ("subscribe_prompt", r"^subscribe\b", 8),
    # a pitch whose own sentence asks the reader to sign up: "... every evening. Subscribe to the Example
    # newsletter.", "While you're here: our editors send out a briefing. You can sign up here."
    (
        "subscribe_prompt",
        r"(?:^|[.!?:]\s+)(?:subscribe|sign\s+up)\s+(?:to|for)\b[^.!?]{0,80}\b(?:newsletters?|briefing)\b"
        r"|(?:^|[.!?:]\s+)(?:you\s+can\s+)?(?:subscribe|sign\s+up)\s+(?:here|now|today|below)\s*[.!]?$"
        r"|^while\s+you(?:'re|’re|\s+are)\s+here\b",
        60,
    ),
    # appeals in one paragraph: "Support independent local journalism. Become a member of the Example Courier
    # from $4 a month." (an appeal header opens a multi-paragraph appeal, see APPEAL_HEADER_PATTERNS)
    (
        "appeal_line",
        r"^(?:please\s+)?support\s+(?:our|independent|quality|local|free|public[- ]interest)\b[^.!?]{0,40}"
        r"\bjournalism\b|(?:^|[.!?]\s+)become\s+an?\s+(?:member|supporter|subscriber|patron)\s+"
        r"(?:of|today|now|from|for)\b[^.!?]{0,80}[.!]?$"
        r"|(?:^|[.!?]\s+)(?:please\s+)?support\s+[^.!?]{1,60}\bfrom\s+as\s+little\s+as\b",
        40,
    ),
    # newsletter pitches: "Get the latest news from the region, straight to your inbox."
    (
        "subscribe_prompt",
        r"^(?:get|receive|have)\b.{0,100}?\b(?:(?:straight|direct(?:ly)?|delivered)\s+(?:in)?to|in)\s+your\s+inbox\b",
        25,
    ),
    # "Sign up for The Example Post" (a longer line needs a newsletter word, see above)
    ("subscribe_prompt", r"^sign\s+up\s+(?:for|to)\b", 6),
    # "Click here to ..." / "Tap here"
    ("click_prompt", r"^(?:click|tap|press)\s+(?:here|the\s+link|below)\b", 25),
    # dismiss buttons of overlays: "Remind me later.", "No thanks", "Close"
    (
        "dismiss_button",
        r"^(?:remind\s+me\s+later|maybe\s+later|no,?\s+thanks|not\s+now|close|dismiss|skip(?:\s+ad)?|got\s+it"
        r"|accept(?:\s+all)?(?:\s+cookies)?|continue\s+reading)[.!]?$",
        4,
    ),
    # accessibility skip links: "Skip next section", "Skip to main content"
    ("skip_link", r"^skip\s+(?:next|this|previous|to)\s+(?:section|content|main|navigation|article)\b", 8),
    # link lines: "External Link: ...", "Internal Link: ...", "Related links:"
    ("link_line", r"^(?:external|internal|related|useful|source|more)\s+links?\s*:", 30),
    # related-content lists: "Related Article", "Recommended stories", "Most read", "More on this story"
    (
        "related_content",
        r"^(?:related|recommended|more|most|latest|trending|popular|top|editor'?s?|also|further|explore)"
        r"(?:\s+more)?\s*"
        r"(?:articles?|stories|story|posts?|content|links?|news|coverage|reads?|reading|picks?|videos?|topics?"
        r"|on\s+(?:this|these)(?:\s+(?:story|stories|topics?|subjects?))?)?"
        r"(?:\s+(?:now|today|this\s+week|right\s+now))?\s*:?$",  # "Trending now:", "Most read today"
        5,
    ),
    # "Read more: ...", "See also", "Also read", "Watch: ..."
    (
        "read_more",
        r"^(?:read|see)\s+(?:more|also|next|the\s+full\s+(?:story|article))\b(?!\s+than)|^also\s+read\b"
        r"|^(?:watch|listen|video|audio|read|related|more)\s*:",
        15,
    ),
    # sharing widgets: "Share this article", "Share on Facebook", "Follow us on X"
    (
        "share_prompt",
        r"^(?:share|tweet|e-?mail|print|pin|save)(?:\s+or\s+comment(?:\s+on)?)?\s+(?:this|on|via|the\s+(?:article|story|page))\b"
        r"|^follow\s+(?:us|@\w+|\S+\s+on\s+\w+)\b|^(?:reuse|republish)\s+this\s+(?:content|article|story)\b",
        7,
    ),
    # timestamps: "Published: 27 Dec 2024", "Updated Dec. 27, 2024 10:00"
    (
        "timestamp",
        r"^(?:published|updated|posted|last\s+(?:updated|modified)|first\s+published)\b\s*(?:on|at)?\s*:?\s*"
        r"(?:\d|[a-z]{3,9}\.?\s+\d|\w+day\b)",
        10,
    ),
    # reading-time and audio widgets
    (
        "reading_time",
        r"^\d+\s*(?:min(?:ute)?s?)\s+read\b|^(?:listen\s+to\s+(?:this|the)\s+(?:article|story)|reading\s+time)\b",
        8,
    ),
    # tag and topic lists
    ("tag_list", r"^(?:tags?|topics?|filed\s+under|categories|keywords)\s*:", 30),
    # advertising slots
    (
        "advertisement",
        r"^(?:advertisement|advertising|sponsored(?:\s+content)?|ad|promoted|paid\s+content|story\s+continues\s+below"
        r"(?:\s+advertisement)?|scroll\s+to\s+continue(?:\s+with\s+content)?)\.?$",
        6,
    ),
    # wire desk sign-offs at the end of a story: staff initials joined by "/" and "-" ("ab-cde/fg")
    ("desk_signoff", r"^(?-i:[a-z]{2,5}(?:-[a-z]{2,5})*(?:/[a-z]{2,5}(?:-[a-z]{2,5})*){1,5})$", 1),
    # editors' notes in brackets about changes to the article: "(This story has been updated to add ...)",
    # wire advisories "(Updates with toll in paragraph 2)". A note on what the article drew on
    # ("(This article drew references from X)") stays in the body: extraction reads it as a reference.
    (
        "editor_note",
        r"^[(\[]\s*this\s+(?:article|story|report|piece|version)\s+(?:has\s+been|had\s+been|was|is)\s+"
        r"(?:updated|corrected|amended|refiled|changed|edited|revised|clarified)\b[^()\[\]]*[)\]]\.?$"
        r"|^[(\[]\s*(?:updates|corrects|adds|recasts|refiles|repeats)\b[^()\[\]]*[)\]]\.?$",
        40,
    ),
    # notes about the article itself, unbracketed: where and in what language it first ran, who translated
    # it, what changed since an earlier version, who funded or helped produce it ("This article was
    # originally published in Spanish.", "This story was first published by Example Weekly.", "Translated by
    # Jane Doe", "An earlier version of this article misstated the date."). Only the article's own nouns
    # (article, story, piece, post, column): "This report was published by the ministry" is about a
    # document and stays in the body. (A note on what the article drew on stays too: see editor_note.)
    (
        "edition_note",
        r"^[(\[*_]?\s*(?:this|the\s+following)\s+(?:article|story|piece|post|interview|feature|column"
        r"|op-ed|essay|translation)\s+(?:was|has\s+been|had\s+been|is|first|originally)\s+"
        r"(?:(?:originally|first|initially|also|partly|partially|jointly|since)\s+)*"
        r"(?:published|appeared|ran|translated|adapted|produced|republished|syndicated|written|made\s+possible"
        r"|updated|corrected|amended|edited|revised|supported|funded|co-published|machine[- ]translated)\b"
        r"|^[(\[*_]?\s*(?:an?\s+)?(?:earlier|previous|original|shorter|longer|different)\s+version\s+of\s+"
        r"(?:this|the)\s+(?:article|story|piece|post)\b"
        r"|^[(\[*_]?\s*a\s+version\s+of\s+this\s+(?:article|story|piece|post)\s+(?:first\s+|originally\s+)?"
        r"(?:appeared|ran|was\s+published)\b"
        r"|^[(\[*_]?\s*(?:translated|translation)(?:\s+from\s+(?:the\s+)?[A-Z][a-z]+)?(?:\s+(?:by|from))\s+\S"
        r"|^[(\[*_]?\s*(?:correction|clarification|editor['’]?s\s+note)\s*:",
        40,
    ),
    # the outlet's standards statement under a wire story: "Our Standards: The Example Trust Principles.",
    # "Read our editorial standards", "About our corrections policy"
    (
        "standards_line",
        r"^(?:our|editorial)\s+(?:editorial\s+)?(?:standards|principles|ethics(?:\s+policy)?|values)\s*:"
        r"|^(?:read\s+|see\s+|about\s+)?our\s+(?:editorial\s+)?(?:standards|ethics\s+policy"
        r"|corrections?\s+policy|code\s+of\s+(?:ethics|conduct))\s*[.:]?$",
        15,
    ),
    # a broadcaster's own programme promoted under the story: "Watch Example Evening News weeknights at
    # 6 PM on Channel 9.", "Tune in to Morning Drive every weekday on 98.1 FM". Needs a schedule or a channel
    # ("Watch the video of the flood" has neither).
    (
        "programme_promo",
        r"^(?:watch|listen\s+to|catch|tune\s+in(?:\s+to)?|don['’]t\s+miss|stream)\b[^.!?]{0,80}?"
        r"\b(?:weeknights|weekdays|weekends|nightly|every\s+(?:day|night|morning|evening|week|weekday"
        r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:mon|tues|wednes|thurs|fri|satur|sun)days"
        r"|on\s+(?:channel|ch\.?)\s*\d+|\d{2,3}(?:\.\d)?\s*fm|live\s+on\s+(?-i:[A-Z])"
        r"|at\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\b))",
        25,
    ),
    # social promos: "Like Example Daily on Facebook for more stories!", "Follow us on Instagram for updates"
    (
        "share_prompt",
        r"^(?:like|follow|join)\s+(?:us|(?-i:[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,5}))\s+on\s+"
        r"(?:facebook|instagram|x|twitter|tiktok|youtube|linkedin|threads|telegram|whatsapp|bluesky)\b",
        20,
    ),
    # tip lines: "Have a story tip? Email news@example.com", "Got a news tip? Contact us", "Send us your tips"
    (
        "tip_prompt",
        r"^(?:have|got)\s+a\s+(?:news\s+|story\s+)?tip\b|^(?:send|e-?mail)\s+(?:us\s+)?(?:your\s+)?"
        r"(?:news\s+|story\s+)?tips?\b|^(?:do\s+you\s+)?know\s+something\s+we\s+should\b",
        25,
    ),
    # tip lines that ask a question, then give a contact: "Got a story? Email news@example.com or call
    # 0123 456 789", "Do you know more about this? Contact our team at tips@example.org". The contact
    # detail (an e-mail address or a phone number) is required, so a story's own question and answer
    # ("Why the delay? Email records show ...") stays in the body.
    (
        "tip_prompt",
        r"^[^.!?]{3,100}\?\s+(?:please\s+)?(?:e-?mail|contact|call|phone|ring|text|message|whatsapp|send|write\s+to"
        r"|get\s+in\s+touch|reach)\b(?=.*(?:(?<![\w.+-])[\w.+-]+@[\w-]+\.[a-z]"
        r"|\+?\(?\d{2,5}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b))",
        30,
    ),
    # an outlet describing itself to its readers at the end of a story: "Example Bureau is a non-profit
    # newsroom funded by its readers. If you value our work, please become a member." The reader's voice
    # ("our", "you", "support", "donate", "member") is required in the same paragraph and attribution
    # verbs are not allowed, so a story sentence about a newspaper ("The Example Post is a weekly newspaper
    # founded in 1901.", "... is a news site, the council said") stays in the body.
    (
        "self_blurb",
        r"^(?-i:(?:The\s+)?[A-Z][\w'’.&-]*"
        r"(?:\s+(?:(?:" + OUTLET_NAME_JOINERS_PATTERN + r")\s+)?[A-Z0-9][\w'’.&-]*){0,5})\s+is\s+"
        r"(?:an?|the)\s+(?:[\w-]+,?\s+){0,5}?(?:newsroom|newspaper|magazine|publication"
        r"|(?:news|media|journalism)\s+(?:organi[sz]ation|site|website|outlet|publication|service|agency|platform"
        r"|company|non-?profit|charity|cooperative|co-operative))\b"
        r"(?=.*\b(?:our|us|you|your|support\w*|donat\w*|members?(?:hip)?|subscri\w*)\b)"
        r"(?!.*\b(?:said|says|told|tells|according)\b)",
        60,
    ),
    # share widgets written as a list of platforms: "Share this article: Facebook | X | WhatsApp | Email"
    (
        "share_prompt",
        r"^share\b[^.!?:]{0,30}:\s*" + SHARE_PLATFORM + r"(?:\s*[|,·•/]\s*" + SHARE_PLATFORM + r")*\s*$",
        20,
    ),
    # the site's own navigation promo: "More news on Example Daily English: business, sport and the world."
    # (a capitalised name after the preposition, then a colon and a list of sections)
    (
        "site_promo",
        r"^(?:more|latest|all\s+the\s+latest)\s+(?:news|stories|coverage|updates|headlines)\s+(?:on|from|at)\s+"
        r"(?-i:(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,5})\s*:",
        20,
    ),
    # character counters of empty comment boxes: "(0/250)", "(0/250자)"
    ("widget_counter", r"\(\s*0\s*/\s*\d{2,5}\s*\S{0,3}\s*\)\s*$", 8),
    # app prompts: "Download the Example 7 News app for breaking news alerts", "Get our free app"
    # (the page advertising its own app; outlet.py reads the name as a self-reference)
    (
        "app_prompt",
        r"^(?:download|get|install)\s+(?:the\s+|our\s+)?(?:free\s+|official\s+)?[^.!?]{0,60}?\bapps?\b",
        25,
    ),
    # promo lines that end in a capitalised call to action: "Before it's news, it's on the Example
    # Terminal. LEARN MORE", "Try our data service free for 30 days. START FREE TRIAL" (or the button alone)
    ("promo_line", r"(?:^|[.!?][\"”’]?\s+)" + PROMO_CALL_TO_ACTION + r"\s*[.!>»›→]*$", 30),
    # "About us:" / "About Example News:" blurbs (a capitalised name, so "About 200 people:" is a sentence)
    (
        "about_blurb",
        r"^about\s+(?:us|the\s+authors?|this\s+(?:site|newsletter)|(?-i:[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}))\s*:",
        40,
    ),
)

#: Words of page chrome: icons, buttons and menus. A short line made ONLY of these
#: ("print dictionary print", "lock icon", "help-image Social comment?") is furniture.
UI_WORDS = frozenset(
    """
    a a+ a- aa advertisement audio back bookmark button close collapse comment comments copy dictionary download
    e-mail email expand facebook font gallery help home icon image images img increase decrease instagram kakao
    kakaotalk like line link linkedin listen lock login logout menu more next pinterest play prev previous print
    reddit reply report save search share size social subscribe telegram text toggle top translate tweet twitter
    up view video whatsapp x zoom logo thumbnail avatar badge sns url
    """.split()
)

#: Section names of a site's navigation menu. A line of at least NAV_MIN_ITEMS of these, each
#: capitalised ("Home News World Business Sport Opinion"), is the menu, not a headline.
NAV_SECTION_WORDS = frozenset(
    """
    home news world local national nation region regional metro politics business economy money markets
    finance sport sports opinion opinions lifestyle life entertainment culture arts style travel food health
    science tech technology weather video videos photos podcasts live latest trending features investigations
    education environment climate cars motoring property jobs classifieds obituaries games puzzles shop
    """.split()
)

#: Wire-service credit lines: "(Reporting by A and B in Nairobi; Editing by C)", "Writing by D;
#: Editing by E", "Additional reporting by F". A credit line is made only of credits: role words,
#: "by", names (capitalised words) and the few lowercase words that join them, so a sentence
#: that starts the same way ("Reporting by the council found delays.") stays in the story.
CREDIT_ROLE_WORDS = frozenset(
    """
    reporting writing editing edited written compiled produced research researched graphics photography
    fact-checking translation translated additional
    """.split()
)

#: Lowercase words a credit line may contain besides the roles: joiners, name particles
#: ("Ana de la Cruz"), and generic credited bodies ("staff", "wire reports").
CREDIT_JOIN_WORDS = frozenset(
    """
    by and & in for from at with of the our de da do dos del der den des di du la le el al bin van von
    staff wire wires reports agencies agency news correspondents correspondent reporters reporter bureau
    """.split()
)

#: Lowercase pieces a reference list may hold besides names: the kinds of material a story draws
#: on ("company filings", "court records", "wire reports"). The last word of the piece decides.
REFERENCE_LIST_GENERIC_NOUNS = frozenset(
    """
    filings filing records documents data reports reporting statements statement releases release
    agencies agency wires interviews interview archives staff figures websites website
    """.split()
)

#: Last words of a newsroom section in a masthead line ("Example Post | East Africa Desk").
SECTION_NOUNS = frozenset("desk bureau section edition newsroom".split())

#: Words that stay lowercase in title case.
SMALL_WORDS = frozenset(
    "a an the and or nor but of in on at to for with by from as vs via into onto over per up out off is are be "
    "amid after before than about".split()
)

SITE_NAME_JOINERS = frozenset({"the", "of", "and", "&", "on", "for"})

#: The beat or rank in a reporter's title, never part of the outlet's name ("Political", "Chief Health",
#: "Senior Business", "Home Affairs"): cut from the end of the words before the role noun.
BEAT_WORDS = frozenset(
    """
    political politics parliamentary lobby health medical science scientific business economics economic economy
    finance financial money markets city consumer industry industrial energy environment environmental climate
    transport education crime courts legal home affairs foreign diplomatic defence defense security
    technology tech digital media arts culture entertainment royal sport sports social community local
    government chief senior deputy associate assistant managing executive contributing special investigations
    investigative data world international national regional general
    """.split()
)

#: Names that furniture mentions but never publish the article (login providers, platforms).
NOT_OUTLETS = frozenset(
    """
    facebook twitter x instagram linkedin whatsapp telegram youtube tiktok google apple kakao kakaotalk line
    naver daum us our the home email all rights copyright
    """.split()
)

#: Words that make a name generic furniture, not a publisher, when the name has no
#: other word ("Subscribe to Newsletter", "Support Independent Journalism").
GENERIC_WORDS = frozenset(
    """
    newsletter newsletters updates alerts premium plus digital news breaking daily weekly podcast podcasts
    notifications channel print edition magazine access membership journalism independent today now here
    free local reporting our team editors editor staff readers
    """.split()
)

#: Words that end (or make) a publication's name: a standalone name line above the story that holds
#: one is a masthead even when the name appears nowhere else ("Example Bureau", "Diario de Example").
PUBLICATION_WORDS = frozenset(
    """
    news post times herald bureau report journal gazette tribune daily diario courier observer chronicle
    mail telegraph express star sun mirror standard record review weekly monitor dispatch ledger inquirer
    examiner press guardian independent register bulletin digest wire tv radio television broadcasting
    zeitung presse nation today insider leader echo argus voice globe sentinel advertiser citizen
    """.split()
)

#: Lowercase words that join the capitalised words of a name, English and Romance ("Bank of England",
#: "Diario de la Example"), as a bare alternation: inside a name they join, at its end they are cut off.
NAME_JOINERS_PATTERN = r"of|and|&|for|the|de|del|la|le|on"

#: Numbers and joining words left at the end of a matched name ("Example Post 24", "Example Bureau of"):
#: cut off before the name is used.
NAME_TRAILING_JUNK_PATTERN = r"(?:\s+(?:\d+|" + NAME_JOINERS_PATTERN + r"))+$"

#: A proper name: capitalised words, optionally joined by "of"/"and"/"&"/"for"/"the" (NAME_JOINERS_PATTERN).
#: A leading lowercase "the" is matched but dropped ("connect with the Korea Herald"
#: -> "Korea Herald"), a capitalised "The" is part of the name ("The Moscow Times").
NAME_PATTERN = (
    r"(?P<name>(?:[Tt]he\s+)?[A-Z][\w'’&-]*(?:\.[\w'’&-]+)*"
    r"(?:\s+(?:(?:" + NAME_JOINERS_PATTERN + r")\s+)?[A-Z0-9][\w'’&-]*(?:\.[\w'’&-]+)*){0,6})"
)

#: Sign-off patterns (read in boilerplate and byline blocks). Each names the publisher.
SIGNOFF_PATTERNS: tuple[tuple[str, str], ...] = (
    # donation appeal headers: "A Message from The Example Times:"
    ("appeal_from", r"\b(?:[Aa]n?\s+)?(?:[Mm]essage|[Nn]ote|[Ll]etter|[Ww]ord)\s+from\s+" + NAME_PATTERN),
    # social-login furniture: "Log in ... to connect with the Example Daily"
    ("connect_with", r"\bconnect\s+with\s+" + NAME_PATTERN),
    # appeal body: "By supporting The Example Times, you ..."
    ("supporting", r"\b[Ss]upport(?:ing)?\s+" + NAME_PATTERN + r"\s*(?:[,.!]|\s+(?:today|now|by|with|and)\b)"),
    # "Thank you for reading The Example Post"
    ("thanks_for_reading", r"\b[Tt]hanks?(?:\s+you)?\s+for\s+(?:reading|choosing|trusting)\s+" + NAME_PATTERN),
    # "Subscribe to The Example Post" (own subscription furniture)
    ("subscribe_to", r"\b[Ss]ubscribe\s+to\s+" + NAME_PATTERN),
)

#: Copyright lines: "© 2024 Example News", "Copyright (c) 2020-2024 Example Media Inc." (the holder,
#: often a parent company: weaker evidence than the page's own self-references).
COPYRIGHT_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "copyright",
        r"(?:©|\([cC]\)|\b[Cc]opyright\b|\bCOPYRIGHT\b)(?:\s*(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT))*\s*"
        r"(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?" + NAME_PATTERN,
    ),
)

#: Corporate suffixes dropped from a copyright holder's name ("Example L.P.", "Example Media, Inc.",
#: "Example News LLC"): the legal form is not part of the name the story and other outlets use.
CORPORATE_SUFFIX_RE = re.compile(
    r"(?:\s*,)?\s+(?:L\.?P|Inc|LLC|L\.L\.C|Ltd|Limited|Co|Corp|Corporation|PLC|plc|GmbH|AG|S\.?A|N\.?V|B\.?V)\.?$"
)

#: The same kind of name without apostrophes inside its words, for patterns where the name is
#: followed by a possessive ("Sign up to the Example Post's newsletter" -> "Example Post").
PLAIN_NAME_PATTERN = NAME_PATTERN.replace("[\\w'’&-]", "[\\w&-]")

POSSESSIVE_PATTERN = r"['’]s?\b"

#: Appeals to the reader that name the page's owner (read in furniture blocks).
APPEAL_PATTERNS: tuple[tuple[str, str], ...] = (
    # "Millions of readers around the world rely on the Example Post's independent journalism"
    (
        "rely_on",
        r"\b(?:rely|relies|depend|depends|count|counts)\s+on\s+"
        + PLAIN_NAME_PATTERN
        + POSSESSIVE_PATTERN
        + r"\s+(?:[\w-]+\s+){0,3}?(?:journalism|reporting|coverage|work)\b",
    ),
    # "Support the Example Post from as little as £1", "Support the Example Post for $5 a month"
    (
        "support_from",
        r"\b[Ss]upport\s+" + NAME_PATTERN + r"\s+(?:from|for)\s+(?:as\s+little\s+as\s+|just\s+|only\s+)?\W?\d",
    ),
    ("support_from", r"\b[Ss]upport\s+" + NAME_PATTERN + r"\s+from\s+as\s+little\b"),
    # "Become a member of the Example Courier from €4 a month"
    ("member_of", r"\b[Bb]ecome\s+an?\s+(?:member|supporter|subscriber|patron|friend)\s+of\s+" + NAME_PATTERN),
)

#: The page's own newsletter offers (read in furniture blocks).
NEWSLETTER_PATTERNS: tuple[tuple[str, str], ...] = (
    # "Sign up to the Example Post's World News newsletter"
    (
        "newsletter_of",
        r"\b(?:[Ss]ign\s+up|[Ss]ubscribe|[Rr]egister)\s+(?:to|for)\s+"
        + PLAIN_NAME_PATTERN
        + POSSESSIVE_PATTERN
        + r"(?:\s+[\w&-]+){0,4}?\s+(?:newsletters?|briefings?|alerts?|digest)\b",
    ),
    # "Subscribe to The Example Report newsletter"
    (
        "named_newsletter",
        r"\b(?:[Ss]ign\s+up|[Ss]ubscribe|[Rr]egister)\s+(?:to|for)\s+"
        + PLAIN_NAME_PATTERN
        + r"\s+(?:daily\s+|weekly\s+|morning\s+|evening\s+)?(?:newsletters?|briefings?|alerts?|digest)\b",
    ),
    # "Every weekday evening, Example News's editors send out a selection of the day's news"
    (
        "editors_send",
        PLAIN_NAME_PATTERN + POSSESSIVE_PATTERN + r"\s+(?:editors?|newsroom|journalists|reporters|team)\s+"
        r"(?:send|sends|pick|picks|select|selects|curate|curates|bring|brings|deliver|delivers|round|rounds)\b",
    ),
)

#: The page's own app ("Download the Example 7 News app for breaking news alerts", "Get the free
#: Example Post app").
APP_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "own_app",
        r"\b(?:[Dd]ownload|[Gg]et|[Ii]nstall)\s+(?:the\s+|our\s+)?(?:free\s+|official\s+)?"
        + PLAIN_NAME_PATTERN
        + r"(?:['’]s)?\s+(?:mobile\s+)?apps?\b",
    ),
)

#: Bylines that credit a publication's staff: "By: Example 7 Staff", "Posted by Example Pulse Staff |
#: May 2", "By Jane Doe, Example Post staff writer". Straight after "by" only a bare "Staff" counts
#: ("By Jane Doe Staff Writer" names a person); after a comma or "|" the role may follow.
STAFF_BYLINE_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "by_staff",
        r"^(?:(?:[Pp]osted|[Ww]ritten|[Pp]ublished|[Ss]ubmitted)\s+)?(?:[Bb]y|BY):?\s+"
        + PLAIN_NAME_PATTERN
        + r"\s+(?:[Ss]taff|STAFF)\s*(?:$|[|•·,;]|\s[-–—]\s)",
    ),
    (
        "staff_role",
        r"[,|•·]\s*(?:an?\s+|the\s+)?"
        + PLAIN_NAME_PATTERN
        + r"\s+(?:[Ss]taff|STAFF)(?:\s+(?:[Ww]riters?|[Rr]eporters?|[Pp]hotographers?|[Cc]orrespondents?))?"
        r"\s*(?:$|[|•·,;])",
    ),
)

#: Role nouns of a reporter's byline title ("By Jane Doe, Example News Health Correspondent").
ROLE_NOUN_PATTERN = r"(?:[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Ww]riter|[Jj]ournalist|[Cc]olumnist|[Pp]roducer)s?"

#: A byline crediting the reporter's outlet in the title after the name: "By Jane Doe, Example News Health
#: Correspondent", "By Jane Doe, PA Political Correspondent". The words before the role noun are the
#: outlet followed by the beat; the beat words (BEAT_WORDS) are cut off, and a title made only of
#: them ("By Jane Doe, Political Correspondent") names no outlet.
BYLINE_OUTLET_RE = re.compile(
    r"^(?:[Bb]y|BY):?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}\s*,\s*(?:an?\s+|the\s+)?"
    r"(?P<title>[A-Z][\w'’.&-]*(?:\s+(?:(?:" + OUTLET_NAME_JOINERS_PATTERN + r")\s+)?[A-Z0-9][\w'’.&-]*){0,6})\s+"
    + ROLE_NOUN_PATTERN
    + r"\s*$"
)

#: A photo credit in a caption: the part after "Photo:" / "Image:" / "Photograph:" ("Photo: Jane
#: Doe / Example Courier"), or the agency before "Photo/" ("(XY Photo/Jane Doe)").
PHOTO_CREDIT_RE = re.compile(
    r"\b(?:[Pp]hoto(?:graph)?s?|[Ii]mages?|[Pp]icture|[Cc]redit)\s*(?::|\b[Bb]y\b)\s*(?P<credit>[^.!?()\[\]]{2,120}?)"
    r"\s*[)\]]?\s*$"
    r"|\((?P<agency>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})\s+[Pp]hoto\s*/"
)

#: Separators between the person and the organisations of a photo credit.
CREDIT_SEP_RE = re.compile(r"\s*(?:/|,|\bvia\b|\bfor\b)\s*")

#: A whole credit part that is a name.
NAME_RE = re.compile(NAME_PATTERN)

#: The listener of an interview in the story: "a nurse told the Courier", "speaking to The Example
#: Report", "in an interview with the Example Post".
LISTENER_PATTERNS: tuple[tuple[str, str], ...] = (
    ("told", r"\b(?:told|tells|telling)\s+" + PLAIN_NAME_PATTERN),
    ("spoke_to", r"\b(?:spoke|speaking|talked|talking)\s+(?:to|with)\s+" + PLAIN_NAME_PATTERN),
    ("interview_with", r"\b(?:in\s+)?an?\s+(?:exclusive\s+)?interview\s+with\s+" + PLAIN_NAME_PATTERN),
)

#: Self-references in site furniture (read in boilerplate blocks that are not
#: external-link lines): "Internal Link: Explore related analyses at Example Land."
SITE_NAME_PATTERNS: tuple[tuple[str, str], ...] = (
    # internal-link lines name the site itself at their end
    ("internal_link", r"^[Ii]nternal\s+[Ll]inks?\s*:.*?\b(?:at|on|from|with)\s+" + NAME_PATTERN + r"\s*[.!]?\s*$"),
    # "Explore / Discover / Find more ... at X." in furniture
    (
        "explore_at",
        r"\b(?:[Ee]xplore|[Dd]iscover|[Ff]ind|[Rr]ead)\s+(?:more|related|other|our|all)\b[^.:]{0,80}?\s+(?:at|on)\s+"
        + NAME_PATTERN
        + r"\s*[.!]?\s*$",
    ),
    # "About Example News: Example News is an independent news site ...", "Example Bureau is a non-profit
    # newsroom funded by its readers" (read in furniture only: blocks.py keeps such blurbs out of the story)
    (
        "self_description",
        r"(?:^|:\s*)" + NAME_PATTERN + r"\s+is\s+(?:an?|the)\s+(?:[\w-]+,?\s+){0,5}?"
        r"(?:(?:news|media)\s+(?:site|website|outlet|organi[sz]ation|platform|publication|portal|agency|company)"
        r"|newsroom)\b",
    ),
)

#: The end of a page's credit line: the agencies its publisher drew on (" and news agencies", ", agencies",
#: " with wire services", " + other agencies"), and the closing stop or bracket.
AND_AGENCIES_PATTERN = (
    r"\s*(?:,|\band\b|\bwith\b|&|\+)\s*"
    r"(?i:(?:other\s+)?(?:news\s+|wire\s+)?(?:agencies|wires|wire\s+services))\s*[.)\]]*$"
)

#: The page's credit line: the publisher and the agencies it drew on ("Source: Example News and
#: news agencies", "Sources: Example News, agencies"): the agencies make it the page's own credit.
SOURCE_LINE_RE = re.compile(r"^[(\[]?\s*[Ss]ources?\s*:\s*" + NAME_PATTERN + AND_AGENCIES_PATTERN)

#: A standalone masthead line near the byline: the publication's name alone, optionally with its edition
#: in brackets or the date after a separator ("Example Bureau", "Diario Example (English edition)",
#: "Example Report | 10 June 2025", "Example Report | Updated 10 June 2025, 09:15 GMT"): the date may say
#: the page was published or updated, and carry the time of day.
MASTHEAD_LINE_RE = re.compile(
    r"^" + PLAIN_NAME_PATTERN + r"(?:\s*\((?:[\w-]+\s+){0,2}(?i:edition)\))?"
    r"(?P<date>\s*[|•·,–—-]\s*(?i:(?:last\s+)?(?:updated|published|posted)(?:\s+on)?:?\s+)?(?:\w+day,?\s+)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)\s+\d{4}"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?i:[ap]\.?m\.?))?(?:\s+[A-Z]{2,4})?)?)?\s*$"
)

EXTERNAL_LINK_RE = re.compile(r"^(?:external|outside|source)\s+links?\s*:", re.IGNORECASE)

#: Wire and picture agencies whose name in brackets closes a photo caption ("... on Monday (AP)"): see
#: ``paren_agency_credit``.
PICTURE_AGENCIES = ("AP", "AFP", "PA", "EPA", "EPA-EFE", "Reuters", "ANI", "PTI", "AAP", "Xinhua", "Bloomberg")

CAPTION_PATTERNS: tuple[tuple[str, str], ...] = (
    # agency credit in brackets at the end: "... the military. [YONHAP]"
    ("bracket_credit", r"\[[A-Z][A-Z0-9 .&/'’-]{1,40}\]\s*$"),
    # "... File photo by Jane Doe/AGENCY", "Photo courtesy of ..." at the end of a line
    (
        "photo_credit",
        r"(?:^|[.!?\"”’)]\s+)(?i:file\s+)?(?i:photo(?:graph)?s?|image|picture|video)\s+(?i:by|courtesy\s+of|credit)\s*:?\s+"
        # the credit itself: capitalised names joined by "/", "," "via", "for" ... ("Jane Doe/AGENCY")
        # (separators and word characters are disjoint sets: no catastrophic backtracking)
        r"[A-Z][\w'’.-]*(?:[\s/,&]+(?:[A-Z][\w'’.-]*|via|for|and|of|the)){0,12}\s*$",
    ),
    # a caption sentence, then its credit: "The clinic on Monday. Image: Jane Doe/Agency/picture desk"
    (
        "trailing_photo_label",
        r"[.!?\"”’)]\s+(?i:photo(?:graph)?s?|image|picture|credit)\s*:\s*[A-Z][^.!?:]{1,100}$",
    ),
    # "Photo: Reuters", "Image: ..." at the start
    ("photo_label", r"^(?i:photo(?:graph)?s?|image|picture|credit|caption|pictured|file\s+photo)\s*:"),
    # "(Photo: ...)", "(AP Photo/Name)" anywhere
    ("photo_paren", r"\((?:[A-Z]{2,}\s+)?(?i:photo|image|picture)s?\s*[:/]"),
    # "Name/AFP", "Name/EPA-EFE", "... via Getty Images" at the end of a line
    (
        "agency_slash_credit",
        r"\b[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,5}\s*/\s*[A-Z]{2,}[A-Z-]*(?:\s+via\s+Getty\s+Images)?\s*\)?$",
    ),
    ("stock_credit", r"\b(?:Getty\s+Images|Shutterstock|Alamy(?:\s+Stock\s+Photo)?)\s*\)?$"),
    # a line with no sentence end, closed by a wire or picture agency's name in brackets: the photo's caption and
    # credit ("Rescuers search the river bank on Monday (AP)", "The harbour at dawn (EPA)", "The minister (AP photo)")
    (
        "paren_agency_credit",
        r"[^\s.!?:;,]\s*\((?:" + "|".join(PICTURE_AGENCIES) + r")(?:\s+(?i:photo))?\)\s*$",
    ),
)

BYLINE_PATTERNS: tuple[tuple[str, str], ...] = (
    # "By Jane Doe", "BY KIM MIN-YOUNG [email]", "By Jane Doe and John Roe, Agency"
    ("by_name", r"^(?:BY|By|by):?\s+[A-Z][\w'’.-]*(?:[\s,]+(?:and\s+|&\s+)?[A-Z\[(][^\s,]*){0,8}\s*$"),
    # "By Jane Doe, Example Post staff writer" (the role after the name is lowercase, so by_name misses it)
    (
        "staff_byline",
        r"^(?:BY|By|by):?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}\s*,\s*(?:an?\s+|the\s+)?"
        r"[A-Z][\w'’.&-]*(?:\s+[A-Z0-9][\w'’.&-]*){0,5}\s+(?i:staff)"
        r"(?:\s+(?i:writer|reporter|photographer|correspondent)s?)?\s*$",
    ),
    # "Reporting by ...; Editing by ..." (wire-service credits) are recognised by _is_credit_line
    # "Jane Doe in Nairobi contributed to this report." (AP-style credit)
    ("credit_line", r"\bcontributed\s+(?:reporting\s+)?to\s+this\s+(?i:report|story|article)\.?$"),
    # "Author: ...", "Reporter: ..."
    ("author_label", r"^(?i:authors?|reporters?|correspondents?|writers?)\s*:"),
    # an e-mail address (or a scraper's "[email protected]") on a short line that is not a sentence
    # (the look-behind makes the address start at a word boundary: linear time on long lines)
    ("email", r"(?:(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|\bemail\s+protected\b)(?!.*[.!?]$)"),
)

# --------------------------------------------------------------------------
# Breadcrumbs, post bylines and mastheads (read by ingest/blocks.py)
# --------------------------------------------------------------------------

#: Breadcrumb trails: "Home > World > Asia", "News » Politics". Three or more short segments, or two
#: when the first is "Home" (read case-insensitively).
BREADCRUMB_PATTERN = (
    r"^(?:[^" + BREADCRUMB_SEPARATORS + r"|\n.!?]{1,40}\s+[" + BREADCRUMB_SEPARATORS + r"]\s+){2,}"
    r"[^" + BREADCRUMB_SEPARATORS + r"|\n.!?]{1,40}$"
    r"|^home\s+[" + BREADCRUMB_SEPARATORS + r"/|]\s+[^\n.!?]{1,60}$"
)

#: Blog and CMS post bylines: "Posted by Example Pulse Staff | May 2, 2025 | Recalls, News | 3 comments",
#: "Written by Jane Doe · 4 min read". A capitalised name right after "by", then only "|"/"·"-separated
#: metadata (a date, categories, a comment count), so "Posted by the ministry on Monday, the video ..."
#: stays a sentence.
POST_BYLINE_PATTERN = (
    r"^(?:[Pp]osted|[Ww]ritten|[Pp]ublished|[Ss]ubmitted|POSTED|WRITTEN)\s+(?:[Bb]y|BY):?\s+"
    r"[A-Z][\w'’.-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’.-]*){0,5}"
    r"(?:\s*[|•·]\s*[^|•·]{1,40}){0,6}$"
)

#: One part of a masthead line: a capitalised name of at most six words ("Horn Dispatch", "World News
#: Desk", "Bureau of the East").
MASTHEAD_PART_PATTERN = (
    r"[A-Z][\w'’.&-]*(?:\s+(?:(?:" + OUTLET_NAME_JOINERS_PATTERN + r")\s+)?[A-Z0-9][\w'’.&-]*){0,5}"
)

# --------------------------------------------------------------------------
# Credit lines and reference lists (read by ingest/blocks.py, which keeps them out of the story, and by
# extraction/references.py, which reads the names in them as the article's references)
# --------------------------------------------------------------------------

#: The start of a wire credit line, read case-insensitively: "(Reporting by A in Nairobi; Editing by B)",
#: "Additional reporting by F" (a role of CREDIT_ROLE_WORDS, then "by").
CREDIT_START_PATTERN = (
    r"^[(\[]?\s*(?:additional\s+)?(?:" + "|".join(sorted(CREDIT_ROLE_WORDS - {"additional"})) + r")\s+by\s+"
)

#: Newspaper credits of wire copy or colleagues' reporting that open with "with", read
#: case-insensitively: "With a report from Reuters", "(With reporting by Jane Doe in Oslo)", "- With
#: reports from AFP and AP", "With wire reports". The ``names`` group must hold names only (the code
#: checks), so "With reports from the ministry showing a decline, the council ..." stays a sentence.
WITH_CREDIT_PATTERN = (
    r"^[(\[]?\s*with\s+(?:(?:additional|further|contributing)\s+)?(?:an?\s+)?"
    r"(?:reports?|reporting|wire\s+reports?|inputs?|files|contributions?)\s+(?:from|by)\s+"
    r"(?P<names>(?:the\s+)?(?-i:[A-Z]).{0,80}?)\s*[.)\]]*$"
    r"|^[(\[]?\s*with\s+(?:(?:wire|agency|news\s+agency)\s+reports|agencies|wires)\s*[.)\]]*$"
)

#: The page's own credit line, with the publisher in the ``names`` group: "Source: Example News and news
#: agencies", "Sources: Example News, agencies". (A bare "Source: X" may credit a chart: see
#: REFERENCE_LIST_PATTERN.)
SOURCE_CREDIT_LINE_PATTERN = r"^[(\[]?\s*(?i:sources?)\s*:\s*(?P<names>[A-Z].{0,80}?)" + AND_AGENCIES_PATTERN

#: The article's list of references at its end, the list in the ``names`` group: "Sources: AP,
#: Bloomberg", "Source: Reuters", "References: company filings".
REFERENCE_LIST_PATTERN = r"^[(\[]?\s*(?i:sources?|references?)\s*:\s*(?P<names>[A-Z][^:]*?)[.)\]]*$"

#: Separators between the names of a credit or reference list: "AP, Bloomberg and Reuters",
#: "A; B", "A & B", "A, and B".
NAME_LIST_SEPARATOR_PATTERN = r"\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+|\s*&\s*)"

#: Desk initials with the agencies the story drew on, at its end: "ab/cde (AP, dpa, Reuters)",
#: "xy (AFP and Reuters)". Lowercase initials, then a bracketed list of short names (the ``names`` group).
DESK_CREDIT_PATTERN = (
    r"^[a-z]{2,5}(?:-[a-z]{2,5})*(?:/[a-z]{2,5}(?:-[a-z]{2,5})*){0,5}\s*"
    r"\((?P<names>[A-Za-z][\w.&'’-]*(?:\s+[\w.&'’-]+){0,3}(?:\s*(?:,|\band\b|&)\s*[A-Za-z][\w.&'’-]*"
    r"(?:\s+[\w.&'’-]+){0,3}){0,7})\)\.?$"
)

#: Phrases inside a sentence that credit other outlets for the whole article, read case-insensitively;
#: each ends where the list of names begins: "(This article drew references from A and B)", "With
#: additional reporting by A", "Compiled from wire reports by A".
REFERENCE_CUE_PATTERN = (
    r"(?:\b(?:this|the)\s+(?:article|story|report)\s+(?:drew|draws|draw|is\s+based|was\s+based|relies|relied)"
    r"(?:\s+(?:on|upon))?\s+(?:(?:references?|reporting|information|material|content|reports)\s+)?(?:from|by|on)\s+"
    r"|\b(?:with|additional|contributing|further)\s+reporting\s+(?:by|from)\s+"
    r"|\bcompiled\s+from\s+(?:reports|reporting|wire\s+reports)\s+(?:by|from|of)\s+)"
)

#: The label of a list of references opening its own sentence, read case-insensitively: "Sources: AP,
#: Bloomberg", "(Source: Reuters)".
REFERENCE_LIST_CUE_PATTERN = r"\(?\s*(?:sources?|references?)\s*:\s*"

#: A piece of a credit list that is the next credit, not a name ("...; Editing by John Roe"), read
#: case-insensitively.
CREDIT_PIECE_PATTERN = r"\bby\b"

# --------------------------------------------------------------------------
# Service boxes (read by ingest/blocks.py)
# --------------------------------------------------------------------------

#: Who a service box speaks to in its opening question ("What should residents do?").
SERVICE_AUDIENCE_PATTERN = (
    r"(?:you|i|we|residents|people|readers|viewers|listeners|parents|drivers|motorists|commuters|travell?ers"
    r"|passengers|customers|patients|consumers|owners|locals|families|everyone|anyone|the\s+public)"
)
#: The question or label that opens a service box, a block of generic advice to the reader that the
#: outlet adds to a story, read case-insensitively: "What to do", "What should residents do?", "How to
#: protect yourself", "Where to get help". Advice to anyone is no claim about the event.
SERVICE_QUESTION_PATTERN = (
    r"(?:what\s+(?:should|can|must)\s+" + SERVICE_AUDIENCE_PATTERN + r"\s+do"
    r"|what\s+to\s+do(?:\s+(?:if|when|now|next)\b[^.!?:]{0,60})?"
    r"|how\s+(?:to|can\s+you|do\s+you|should\s+you)\s+(?:protect|stay|keep|get|find|avoid|prepare|check|help"
    r"|report|spot|reduce)\b[^.!?:]{0,60}"
    r"|where\s+to\s+(?:get|find|go|seek|call|turn)\b[^.!?:]{0,60}"
    r"|what\s+you\s+(?:need\s+to|should)\s+know\b[^.!?:]{0,60}"
    r"|(?:safety|health)\s+(?:tips|advice))"
)
#: Paragraphs of a service box speak to the reader or to anyone at all, or open with an imperative,
#: read case-insensitively: "Stay indoors and keep windows closed.", "Anyone with symptoms should call
#: 111."
SERVICE_ADVICE_PATTERN = (
    r"\b(?:you|your|yourself|anyone|everyone|those\s+(?:who|with)|people\s+(?:who|with))\b"
    r"|^(?:call|avoid|stay|keep|seek|move|wear|close|contact|do\s+not|don['’]t|never|go|check|follow|use|wash"
    r"|visit|dial|text|cover|leave|turn|tune|report|make\s+sure)\b"
)

#: Forms of speech verbs that, next to a colon line's head word elsewhere in the article ("Zelensky
#: said", "said Zelensky"), show the head is a speaker, so "Zelensky: <long quote>" is no place dateline.
COLON_SPEAKER_VERB_FORMS = (
    "said", "says", "told", "tells", "added", "adds", "wrote", "writes", "warned", "warns", "insisted",
    "insists", "stated", "states", "declared", "declares", "stressed", "stresses", "tweeted", "posted",
    "explained", "explains", "argued", "argues", "asked", "asks",
)  # fmt: skip
#: Words of the first person (with the possessives): a lead after "Name:" spoken in the first person is
#: the named speaker's, not a story's lead after a place.
COLON_FIRST_PERSON_WORDS = frozenset({"i", "we", "me", "us", "my", "our", "myself", "ourselves"})
#: Prepositions that put the head word of a colon line in a place elsewhere in the article ("in Padang",
#: "near Bahanaga"): evidence that the head is a place.
COLON_PLACE_PREPOSITIONS = ("in", "near", "at", "from", "outside", "to")
