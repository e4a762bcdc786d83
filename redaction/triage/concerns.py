"""The safeguarding lexicon: what raises a concern, at which level. Data only.

Levels follow the moderation guidance in DOMAIN.md:
high   - suicide or self-harm, a child disclosing abuse, child protection,
         domestic abuse with current danger, abuse of an adult at risk that is
         still going on, a threat to harm someone, breach of a court order;
medium - past abuse, feeling unsafe, legal matters, exploitation approaches,
         a carer at breaking point, neglect;
low    - swearing and mild wellbeing or housing concerns.

Each entry: (level, category, why, pattern, needs, past_level). `pattern` is
matched case-insensitively in one sentence; every regex in `needs` must match
somewhere in the note (context such as "the writer is a child"); if the
sentence speaks of the past ("years ago", "last term") the level drops to
`past_level` when one is given.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

HIGH_CATEGORIES = (
    "suicidal intent",
    "suicide plan",
    "self-harm",
    "child disclosing abuse",
    "child protection concern",
    "abuse of an adult at risk, ongoing",
    "domestic abuse, current danger",
    "abuse disclosed, ongoing",
    "threat to harm someone",
    "breach of a court order",
)

# Context: the writer is a child ("im 15", "my form tutor", "in year 9").
CHILD_WRITER = (
    r"\b(?:i'?m|im|i\s+am)\s+(?:only\s+)?(?:[5-9]|1[0-7])\b(?!\s*(?:weeks|months|%|:|am|pm))|\b(?:i'?m|im|i\s+am)\s+in\s+year\s+(?:[3-9]|1[0-3])\b"
    r"|\bmy\s+(?:form\s+tutor|head\s+of\s+year|teacher|foster\s+(?:carer|mum|dad)|stepdad|step\s+dad|stepmum)\b|\bat\s+school\b|\bin\s+care\b"
    r"|\bchildren'?s\s+home\b|\bsixth\s+form\b"
)
# Context: a child is involved somewhere in the note.
CHILD_IN_NOTE = (
    r"\b(?:baby|babies|toddler|child|children|kids?|boys?|girls?|year\s+\d+s?|my\s+mate|teen(?:ager)?s?|school|care\s+home|"
    r"\d+\s*(?:-|\s)?(?:month|year)s?(?:-|\s)old|son|daughter|grandson|granddaughter|nephew|niece|(?:little|younger|baby|big)\s+(?:brother|sister)|"
    r"(?:he|she)'?s\s+(?:only\s+)?(?:[5-9]|1[0-7])(?!\s*(?:weeks|months|%|:|am|pm))"
    r"|(?:is|was|aged)\s+(?:only\s+)?(?:[5-9]|1[0-7])(?!\s*(?:weeks|months|days|hours|%|:|am|pm|years?\s+ago|miles|times|pounds)))\b"
)
ADULT_AT_RISK = (
    r"\b(?:dementia|alzheimer'?s?|residents?|care\s+home|nursing\s+home|respite|elderly|frail|learning\s+disabilit\w*|cerebral\s+palsy|"
    r"extra\s+care|supported\s+living|shared\s+house|older\s+(?:relative|person|people|man|woman|lady|gentleman)|born\s+(?:in\s+)?(?:\d{1,2}\s+\w+\s+)?19[0-4]\d|[7-9]\d\s+years?\s+old|(?:nan|gran|grandma|grandad|mum|dad|mother|father|uncle|aunt|he|she)\s+is\s+(?:now\s+)?(?:[7-9]\d|1[01]\d)|aged\s+[7-9]\d|learning\s+disabled|disabled\s+(?:man|woman|adult|brother|sister|son|daughter)|down'?s\s+syndrome|autis\w+|brain\s+injury|mnd|parkinson'?s|stroke|bed-?bound|housebound|(?:my|our)\s+(?:mother|father|mum|dad)\s+lives\s+there|(?:my|our|one\s+of\s+my)\s+(?:ladies|gents|clients|service\s+users)|[6-9]\d-year-old|home\s+carer|(?:i'?m|i\s+am|i’m)\s+(?:[7-9]\d|1[01]\d)\b(?!\s*(?:%|minutes|mins|hours|days|weeks|miles))|registered\s+blind|sight\s+impaired|partially\s+sighted)\b"
)
ONGOING = (
    r"\bstill\s+(?:working|there|living|lives|around|in\s+the|visiting|coming|on\s+the\s+rota|employed|in\s+post|at\s+work)\b|\bmoved\s+in\b|\bnext\s+room\b|\blives\s+with\b"
    r"|\b(?:hasn'?t|haven'?t|has\s+not|have\s+not|won'?t|will\s+not)\s+(?:acted|act|done\s+anything|raised?\s+it|do\s+anything)\b"
    r"|\bnothing\s+(?:has\s+been|is\s+being)\s+done\b|'monitor'|\bwaiting\s+to\s+hear\b"
)
DOMESTIC = (
    r"\b(?:domestic\s+(?:abuse|violence)|fleeing|refuge|controlling|coercive|non-molestation|clare'?s\s+law|"
    r"(?:my|her|his)\s+(?:ex|partner|husband|wife|boyfriend|girlfriend|ex-partner)|strangl\w*|idva|marac|sanctuary\s+scheme|"
    r"bail\s+conditions|released\s+(?:from\s+prison|on\s+licence))\b"
)
PAST = (
    r"\b(?:used\s+to|years\s+ago|months\s+ago|when\s+i\s+was\s+(?:little|younger|a\s+kid|a\s+child|small|\d+)|as\s+a\s+child|"
    r"in\s+the\s+past|last\s+(?:year|term|month)|back\s+then|growing\s+up|"
    r"(?:i'?m|im|i\s+am)\s+(?:doing|feeling)\s+(?:much\s+|a\s+lot\s+|loads\s+)?better\s+now|i\s+was\s+\w+ing\s+in\s+year\s+\d+)\b"
)
_MEDS = r"\b(?:pills|tablets|meds|medication|paracetamol|overdose|quetiapine|sertraline|insulin)\b"
_HARM_VERBS = r"(?:hits|beats|punches|kicks|slaps|smacks|chokes|strangles|rapes|burns|shakes)"
_HARMING = r"(?:hitting|beating|punching|kicking|slapping|smacking|choking|strangling|touching|hurting)"

ENTRIES: tuple[tuple[str, str, str, str, tuple[str, ...], str | None], ...] = (
    ("high", "suicidal intent", "Talks about wanting to die or end their life",
     r"\b(?:want(?:ed)?|wanna|going|gonna|plan(?:ning)?|ready|about)\s+to\s+(?:die|kill\s+myself|end\s+(?:it|it\s+all|my\s+life|things|everything))\b"
     r"|\b(?:kill(?:ing)?\s+myself|end(?:ing)?\s+my\s+(?:own\s+)?life|take\s+my\s+(?:own\s+)?life|end\s+it\s+all)\b"
     r"|\b(?:i'?m|im|i\s+am|feeling|felt|been|feel|getting)\s+(?:so\s+|really\s+|very\s+|quite\s+)?suicidal\b|\b(?:i\s+(?:have|get|keep\s+having)|i'?ve\s+been\s+having|i'?m\s+having|been\s+having)\s+suicidal\s+(?:thoughts|feelings)\b"
     r"|\bthoughts\s+of\s+(?:suicide|ending\s+it|killing\s+myself)\b", (), "medium"),
    ("high", "suicidal intent", "Says, indirectly, that they do not want to go on living",
     r"\b(?:do\s*n[o']?t|dont|can'?t|cant|no\s+longer)\s+see\s+(?:the|any)\s+point\s+(?:of|in)\s+(?:being\s+here|living|life|going\s+on|carrying\s+on|anything|waking\s+up|it\s+all)\b"
     r"|\bno\s+(?:point|reason)\s+(?:in\s+|to\s+)?(?:living|being\s+here|going\s+on|carrying\s+on|be(?:ing)?\s+alive|stay(?:ing)?\s+alive)\b"
     r"|\bbetter\s+off\s+without\s+me\b|\bwish\s+(?:i|id|i'd)\s+(?:was\s+|were\s+|had\s+)?(?:dead|never\s+been\s+born|not\s+here|wasn'?t\s+here|never\s+woken\s+up)\b"
     r"|\b(?:don'?t|dont|do\s+not)\s+want\s+to\s+(?:be\s+here\s+any\s?more|be\s+alive|live\s+any\s?more|wake\s+up|exist)\b"
     r"|\b(?:hope|wish)\s+i\s+(?:don'?t|dont|never)\s+wake\s+up\b|\bsleep\s+and\s+(?:not|never)\s+wake\s+up\b|\bnot\s+(?:be|being)\s+(?:here|around)\s+(?:much\s+longer|for\s+long)\b"
     r"|\b(?:say(?:ing)?|said)\s+(?:my\s+)?goodbyes\b|\bdisappear\s+for\s+good\b", (), "medium"),
    ("high", "suicidal intent", "Says, indirectly, that they will not be alive for long or is saying goodbye",
     r"\b(?:won'?t|wont|will\s+not|not\s+going\s+to|not\s+gonna)\s+be\s+(?:around|here|alive)\s+(?:by|for|much|after|at|next|this|to\s+see|long|any\s?more)\b"
     r"|\blast\s+(?:thing|post|message)\s+(?:i'?ll|i\s+will|i)\s+(?:ever\s+)?(?:post|write|say|send)\b"
     r"|\b(?:after|when|once)\s+i'?m\s+gone\b|\bso\s+(?:nobody|no\s+one|no-one)\s+has\s+to\s+(?:do|sort|deal\s+with|clear)\s+(?:it|anything|things)\s+after\b"
     r"|\b(?:nobody|no\s+one|no-one)\s+(?:would|will|'?d)\s+(?:even\s+)?(?:notice|miss\s+me|care)\s+if\s+i\b|\btired\s+of\s+(?:living|being\s+alive|life)\b"
     r"|\b(?:had|have\s+had|i'?ve\s+had)\s+enough\s+of\s+(?:life|living|being\s+alive)\b", (), "medium"),
    ("high", "final arrangements", "Is giving things away or putting affairs in order, a warning sign of suicide",
     r"\b(?:given|giving|gave|taken|took|taking)\s+(?:away\s+)?(?:the|my|all\s+my)\s+(?:dog|cat|pets?|things|stuff|belongings|savings|books|records)\s+(?:away\b|to\b)|\b(?:sorted|sorting|put|putting)\s+(?:out\s+)?my\s+affairs\b"
     r"|\bcleared\s+(?:out\s+)?(?:my|the)\s+(?:flat|room|house)\b|\b(?:written|wrote|writing)\s+(?:a\s+)?(?:letters?|notes?)\s+(?:to|for)\s+(?:my|each|all)\b|\bcancell?ed\s+the\s+(?:milk|papers?)\b|\b(?:written|wrote|writing|left)\s+(?:all\s+)?my\s+passwords\b|\bcancell?ed\s+(?:the|my)\s+(?:gym|phone\s+contract|contracts?|direct\s+debits?|subscriptions?)\b|\bletters?\s+for\s+(?:my|the)\s+(?:boys|girls|kids|children|family|son|daughter|sisters?|brothers?)\b"
     r"|\bso\s+(?:nobody|no\s+one|no-one)\s+is\s+out\s+of\s+pocket\b|\b(?:don'?t|do\s+not|dont)\s+worry\s+about\s+me\s+(?:after|from|when)\b|\bsorted\s+(?:everything|it\s+all)\s+(?:now|out)\b"
     r"|\b(?:won'?t|will\s+not|wont)\s+need\s+(?:it|them|anything|any\s+of\s+it)\s+(?:by\s+then|after|much\s+longer|any\s?more)\b"
     r"|\bso\s+(?:nobody|no\s+one|no-one)\s+(?:else\s+)?(?:has|have|will\s+have)\s+to\s+(?:do|sort|deal\s+with|clear)\b", (), "medium"),
    ("high", "suicide plan", "Describes a plan or the means to end their life",
     r"\b(?:putting|put|set(?:ting)?|keeping|kept|squirrell?(?:ing|ed))\s+(?:\w+\s+){0,3}?(?:pills|tablets|meds|medication|paracetamol)\s+(?:aside|away|by|to\s+one\s+side)\b"
     r"|\bstockpil\w*|\b(?:saved|saving|hoarding|hoarded|collect(?:ed|ing)|hiding|hidden|keeping)\s+(?:up\s+)?(?:(?:all\s+)?(?:my|his|her|their|\w+'?s)\s+){0,2}(?:pills|tablets|meds|medication|paracetamol)\b"
     r"|\b(?:going|gonna|plan(?:ning)?)\s+to\s+(?:take\s+(?:an?\s+)?(?:overdose|od)|jump\s+(?:off|in\s+front)|hang\s+myself)\b"
     r"|\b(?:written|wrote|writing)\s+(?:my\s+|a\s+|the\s+)?(?:goodbye|suicide)\s+(?:note|letters?)\b", (), "medium"),
    ("high", "suicide plan", "Says when or how they will take the tablets they have",
     r"\b(?:take|swallow|down)\s+(?:them|the\s+lot|it)\s+all\b|\btake\s+all\s+of\s+them\b", (_MEDS,), "medium"),
    ("high", "suicide plan", "Says they have weeks of medication put by",
     r"\b(?:weeks?|months?)'?\s+worth\b", (_MEDS,), "medium"),
    ("high", "breach of a court order", "Someone a court order keeps away has come to the child or the home",
     r"\b(?:was|is|were|turned\s+up|came|been|waiting)\s+(?:at|outside|to)\s+(?:the\s+)?(?:gates?|school|door|house|flat|nursery|home)\b",
     (r"\b(?:prohibited\s+steps|non-molestation|restraining|occupation)\s+order\b|\binjunction\b|\bnot\s+to\s+have\s+any\s+contact\b",), None),
    ("high", "suicide plan", "Says they now have enough medication",
     r"\b(?:got|have)\s+enough\s+(?:now|to\s+do\s+it)\b", (_MEDS,), None),
    ("high", "self-harm", "Describes harming themselves now",
     r"\b(?:i'?ve\s+been|i\s+have\s+been|i'?m|im|i\s+am|i\s+still|still|i\s+keep|keep|started|i)\s+(?:\w+\s+)?(?:cutting|burning|hurting|harming|scratching|hitting|starving|punching)\s+myself\b"
     r"|\b(?:i'?ve\s+been|i\s+have\s+been|i'?m|im|i\s+am|i\s+still|started|i)\s+(?:\w+\s+)?self[-\s]?harm(?:ing)?\b|\bi\s+cut\s+myself\b"
     r"|(?:^\W*|\b(?:i'?m|im|i\s+am|been|i'?ve\s+been|started|i\s+started)\s+)(?:cutting|burning|self[-\s]?harming|harming\s+myself)\s+(?:myself\s+)?again\b|\b(?:cut|cuts)\s+(?:\w+\s+)?(?:needs?|need(?:ed)?)\s+stitches\b|\bdeeper\s+than\s+(?:before|last\s+time)\b", (), "medium"),
    ("high", "self-harm", "Describes an injury from self-harm that is bleeding or serious now",
     r"\b(?:won'?t|wont|will\s+not|can'?t|cant)\s+stop\s+(?:the\s+)?bleeding\b|\bbleeding\s+(?:a\s+lot|loads|badly|everywhere|through)\b|\bstill\s+bleeding\b"
     r"|\b(?:did|done|doing|cut|cutting)\s+my\s+(?:arms?|wrists?|legs?|thighs?)\s+(?:again|tonight|last\s+night|today|worse|deeper)\b", (), "medium"),
    ("high", "self-harm", "Says they have harmed themselves again",
     r"\b(?:i'?ve|ive|i\s+have|i)\s+(?:just\s+)?(?:done|did)\s+it\s+again\b",
     (r"\b(?:bleed\w*|cut\w*|blade|razor|self[-\s]?harm\w*|burn(?:t|ed|ing)?|scars?|arms?|wrists?|legs?|plasters?)\b",), "medium"),
    ("high", "self-harm", "Describes eating-disorder behaviour that is putting them at risk",
     r"\b(?:skipping|skip|not\s+eating|stopped\s+eating|refusing|hiding)\s+(?:meals|food|my\s+food)\b|\bstarving\s+(?:myself|herself|himself)\b|\bmak(?:ing|e)\s+(?:myself|herself|himself)\s+sick\b",
     (r"\b(?:eating\s+disorder|anorexi\w*|bulimi\w*|lost\s+(?:loads\s+of\s+|a\s+lot\s+of\s+|so\s+much\s+)?weight|faint\w*|purg\w*|calories|binge\w*)\b",), "medium"),
    ("high", "self-harm", "Describes someone else harming themselves now",
     r"\b(?:is|has\s+been|keeps|been|started|still)\s+(?:\w+\s+)?(?:cutting|burning|hurting|harming|starving)\s+(?:herself|himself|themselves|themself)\b"
     r"|\b(?:talking|talks)\s+about\s+(?:killing\s+(?:herself|himself|themselves)|suicide|ending\s+it|wanting\s+to\s+die)\b", (), "medium"),
    ("high", "child disclosing abuse", "A child describes being harmed by someone",
     rf"\b(?:{_HARM_VERBS}|hit|beat|punched|kicked|slapped|smacked|choked|strangled|burnt|touches|touched|hurts|locks|locked)\s+me\b(?!\s+out)"
     r"|\bcom(?:ing|es|e)\s+(?:in|into)\s+my\s+(?:room|bed|bedroom)\s+at\s+night\b|\bscared\s+to\s+go\s+home\b"
     r"|\bmakes?\s+me\s+(?:touch|watch|send|do\s+stuff|do\s+things|keep\s+secrets?)\b|\bthr(?:ew|ows)\s+(?:a|an|the|his|her)?\s*\w+\s+at\s+me\b",
     (CHILD_WRITER,), "medium"),
    ("high", "child protection concern", "A child is at home without safety: thrown out or with nowhere to stay",
     r"\b(?:kicked|chucked|thrown|threw|put)\s+me\s+out\b|\b(?:i'?ve|ive|i\s+have)\s+got\s+nowhere\b|\bnowhere\s+to\s+(?:go|stay|sleep|live)\b"
     r"|\bsleeping\s+(?:rough|on\s+the\s+streets?|in\s+a\s+park)\b|\bsofa\s+surfing\b", (CHILD_WRITER,), None),
    ("high", "child protection concern", "Signs that a child is being abused or exploited",
     rf"\b(?:has\s+been|keeps|is|been)\s+{_HARMING}\s+(?:him|her|them|the\s+(?:baby|kids?|children))\b|\bhand\s?print\b|\bflinch(?:es|ing)?\b"
     r"|\b(?:he|she|they|i|we|(?:my|our|his|her)\s+(?:(?:little|big|younger|older|baby|eldest|youngest|oldest|foster|step)\s+)?(?:son|daughter|brother|sister|kid|child|boy|girl|mate|friend|cousin)|(?-i:[A-Z][a-z]+))\s+(?:has\s+|had\s+|have\s+|keeps\s+|kept\s+)?(?:going|gone|goes|went)\s+missing\b|\bmissing\s+from\s+(?:home|care)\b|\b(?:say(?:ing|s)?|said)\s+(?:they|he|she)\s+owe\b|\bowe\s+(?:them|him)\b|\bcounty\s+lines\b"
     r"|\b(?:gives?|giving|gave)\s+(?:them|him|her|year\s+\d+s|kids|girls|boys)\s+(?:free\s+)?(?:food|vapes|alcohol|vodka|drink|drugs|weed|money|phones?|trainers|lifts)\b"
     r"|\btakes?\s+(?:them|girls|kids)\s+to\s+(?:parties|flats?|a\s+flat|hotels?)\b|\bpicks?\s+up\s+(?:girls|boys|kids)\b"
     r"|\b(?:gets?|getting|got)\s+into\s+(?:a\s+|the\s+)?cars?\s+with\s+(?:older|adult|grown)\b|\bolder\s+(?:boyfriend|men|man)\b|\bboyfriend\s+who\s+is\s+(?:1[89]|[2-9]\d)\b"
     r"|\bnew\s+(?:stuff|things|clothes|phones?|trainers)\s+all\s+the\s+time\b|\b(?:he|she)\s+(?:has|had|comes\s+back\s+with|came\s+back\s+with)\s+(?:\w+\s+)?bruis\w*"
     r"|\bknows?\s+where\s+(?:his|her|their|my)\s+(?:mum|family|mam|mom|dad|parents)\s+lives?\b|\bgroom(?:ed|ing)\s+(?:him|her|them|kids|girls|boys)\b",
     (CHILD_IN_NOTE,), "medium"),
    ("high", "abuse of an adult at risk, ongoing", "An adult at risk is being harmed and the danger has not been removed",
     r"\b(?:slapped|hit|hitting|punched|kicked|pinched|held)\s+(?:her|him)(?:\s+down)?\b|\bblack\s+eye\b|\bbruis(?:es|ed|ing)\b"
     r"|\b(?:frightened|scared|terrified)\s+of\s+(?:him|her|them)\b|\b(?:pension|money|benefits)\s+goes\s+straight\s+to\b"
     r"|\b(?:our|a)\s+(?:little\s+)?secret\b|\btaking\s+(?:her|him)\s+(?:back\s+)?to\s+his\s+(?:own\s+)?(?:house|flat|place|home)\b|\bsexual\w*\b"
     r"|\bsplit\s+lip\b|\bbruis\w*|\b(?:nobody|no\s+one|no-one)\s+(?:has\s+been|is)\s+allowed\s+to\s+(?:visit|see)\b|\bcollects?\s+(?:the\s+)?whole\s+pension\b",
     (ADULT_AT_RISK, ONGOING), "medium"),
    ("medium", "abuse of an adult at risk", "An adult at risk is said to have been harmed",
     r"\b(?:slapped|hit|punched|kicked|pinched|pushed|shoved|grabbed|held)\s+(?:her|him)(?:\s+(?:down|hand|arm|away))?\b|\bblack\s+eye\b|\bbruis(?:es|ed|ing)\b"
     r"|\b(?:frightened|scared|terrified)\s+of\s+(?:him|her|them)\b", (ADULT_AT_RISK,), None),
    ("high", "domestic abuse, current danger", "Domestic abuse where the abuser can still reach them",
     r"\bfound\s+(?:me|my|where\s+i|out\s+where\s+(?:i|she|we|they))\b|\b(?:quoted|read|repeated)\s+(?:it|them|the\s+(?:\w+\s+){0,2}?\w+)\s+back\s+to\s+(?:her|me|us)\b|\btrack(?:er|ing)\s+(?:me|her|him|us|my|our|where)\b|\b(?:put|found|fitted|hid|had)\s+(?:a\s+)?trackers?\b|\btrack(?:er|ing)\s+(?:app|device)\s+on\b|\b(?:he|she|they|ex|partner)\s+(?:is|was|has\s+been|had\s+been|keeps|'?s)\s+tracking\b|\b(?:sitting|sat|parked|waiting|hanging\s+around|turns?\s+up|turned\s+up|keeps\s+turning\s+up)\s+outside\b"
     r"|\bfollow(?:s|ed|ing)\s+me\b|\bknows?\s+where\s+(?:i|we)\s+(?:live|am|are|stay)\b|\bthreaten(?:s|ed|ing)\s+to\s+(?:kill|hurt|take|find)\b"
     r"|\b(?:will|'ll|gonna|going\s+to)\s+kill\s+me\b|\bscared\s+(?:he|she)(?:'ll|\s+will|\s+is\s+going\s+to)\b|\bnot\s+safe\s+(?:at\s+home|in\s+my\s+(?:own\s+)?home)\b"
     r"|\b(?:been|driven|drove|walked|came|comes|coming)\s+(?:past|by|round\s+to)\s+(?:my|our)\s+(?:house|flat|home|door|road)\b",
     (DOMESTIC,), "medium"),
    ("high", "abuse disclosed, ongoing", "Describes being harmed by someone, still happening",
     rf"\b{_HARM_VERBS}\s+me\b|\b(?:keeps|has\s+been|is|been)\s+{_HARMING}\s+me\b", (), "medium"),
    ("high", "threat to harm someone", "A threat to hurt or kill someone",
     r"\b(?:i'?ll|i\s+will|i'?m\s+(?:going|gonna)\s+to|i'?m\s+gonna|im\s+gonna|i\s+want\s+to|i\s+could|i'?d\s+like\s+to)\s+(?:kill|hurt|stab|batter|smash|punch|deck|strangle|burn|shoot|glass)\s+(?!myself\b|me\b|for\b)\w+"
     r"|\b(?:he|she|they|hes|shes)(?:'s|\s+is|\s+are)?\s+(?:going\s+to|gonna|will|'ll)\s+(?:kill|hurt|stab)\s+(?:me|us|my|the\s+kids)\b"
     r"|\b(?:threaten(?:ed|s|ing)?|said\s+(?:he|she|they)(?:'d|\s+would|'ll|\s+will))\s+(?:to\s+)?(?:kill|stab|hurt|burn|shoot|batter)\b"
     r"|\b(?:scared|frightened|afraid|terrified|worried)\s+(?:of\s+)?what\s+i\s+(?:might|could|will|would|am\s+going\s+to)\s+do\b"
     r"|\bstood\s+over\s+(?:him|her|them)\s+with\b", (), None),
    ("high", "threat to harm someone", "Says they will go and hurt someone",
     r"\b(?:i'?ll|i\s+will|i'?m\s+(?:going|gonna)\s+to|i'?m\s+gonna|im\s+gonna|im\s+going\s+to)\b[^.!?]{0,40}?\band\s+(?:kill|hurt|stab|batter|punch|deck|strangle|burn|shoot|glass|smash)\s+(?!myself\b|me\b)(?:him|her|them|that|the|his|every|some)\b", (), None),
    ("high", "breach of a court order", "A court order is being broken",
     r"\b(?:breach(?:ed|es|ing)?|broke|broken|breaking|ignor(?:ed|es|ing))\s+(?:of\s+)?(?:the\s+|his\s+|her\s+|their\s+|a\s+|an\s+|my\s+)?"
     r"(?:(?:non-molestation|restraining|occupation|protection|court|contact|bail|injunction)\s+(?:order|conditions)|injunction)\b", (), None),
    ("medium", "past abuse", "Mentions abuse, violence or a safeguarding concern",
     r"\b(?:abused|hit|beat|beaten|raped|assaulted|hurt|slapped|punched|kicked|strangled|groomed|molested|pushed|shoved|grabbed)\s+(?:me|us)\b(?!\s+out)"
     r"|\b(?:domestic|sexual|physical|emotional|financial)\s+(?:abuse|violence|exploitation)\b", (), None),
    ("medium", "past abuse", "Says someone was abused or assaulted",
     r"\b(?:was|were|been|got|being)\s+(?:sexually\s+|physically\s+|emotionally\s+|badly\s+)?(?:abused|assaulted|raped|molested|groomed|trafficked|exploited)\b", (), None),
    ("medium", "child left without care", "A child seems to be left alone or without care",
     r"\b(?:on\s+(?:his|her|their)\s+own|alone|by\s+(?:himself|herself|themselves))\s+(?:\w+\s+){0,3}?(?:after\s+dark|at\s+night|all\s+night|overnight|all\s+day|till\s+late|until\s+late)\b"
     r"|\bleft\s+(?:home\s+)?alone\b|\b(?:no|without)\s+(?:a\s+)?coat\s+in\b|\bin\s+a\s+t-?shirt\s+in\s+the\s+(?:cold|snow|rain)\b", (CHILD_IN_NOTE,), None),
    ("medium", "exploitation approach", "Older people are approaching a young person with lifts, gifts or drugs",
     r"\boffer(?:ed|s|ing)?\s+(?:me|her|him|them|us|girls|boys)\s+(?:a\s+lift|lifts|free\s+\w+|drugs|weed|money|alcohol|vodka|a\s+phone|cigarettes|vapes)\b"
     r"|\bolder\s+(?:guys|men|lads|blokes|boys)\s+(?:that|who)\s+(?:wait|hang|sit|park)\b", (CHILD_IN_NOTE + "|" + CHILD_WRITER,), None),
    ("medium", "safeguarding matter in progress", "A safeguarding concern or enquiry has been raised",
     r"\bsafeguarding\s+(?:concern|referral|alert|enquiry)\b|\bsection\s+42\b", (), None),
    ("medium", "feeling unsafe", "Says they or someone else feels unsafe or afraid",
     r"\b(?:i|we)\s+(?:don'?t|dont|do\s+not|didn'?t|never)\s+feel\s+safe\b|\b(?:feel|felt|feeling)\s+(?:so\s+|really\s+|very\s+)?(?:unsafe|scared|frightened|terrified|threatened|in\s+danger)\b"
     r"|\b(?:i'?m|im|i\s+am|he'?s|she'?s|hes|shes)\s+(?:so\s+|really\s+)?(?:scared|frightened|terrified|afraid)\b|\bnot\s+safe\b", (), None),
    ("high", "suicidal intent", "Putting affairs in order: rehoming pets or giving things away, and sorting papers so others won't have to",
     r"\b(?:found|find|finding)\s+(?:\w+\s+)?homes?\s+for\s+(?:the|my|our)\s+(?:dogs?|cats?|pets?|birds?|animals|horses?)\b"
     r"|\bgiv(?:en|ing|e)\s+(?:away\s+)?(?:all\s+)?(?:my|his|her)\s+(?:things|stuff|belongings|ps\d|xbox|games|clothes)\s+(?:away\s+)?(?:to|away)\b",
     (r"\b(?:sorted|sorting|put\s+in\s+order|got\s+in\s+order)\s+(?:out\s+)?(?:all\s+)?(?:the|my)\s+(?:paperwork|affairs|will|finances|papers)\b"
      r"|\bwon'?t\s+have\s+to\s+(?:deal\s+with|sort\s+out|worry\s+about)\b|\bsaid\s+(?:bye|goodbye)\b|\bleft\s+a\s+letter\b",
      # not a household moving home: "we had to find a home for the dog when we moved"
      r"^(?![\s\S]*\b(?:(?:we|i)\s+moved|moving\s+(?:house|home|flat)|the\s+move\b|new\s+(?:flat|house|home)|not\s+allowed\s+pets|no\s+pets))"), "medium"),
    ("high", "abuse happening now", "Someone is making the writer hand over their money or things now",
     r"\b(?:makes|keeps\s+making|is\s+making|forces|is\s+forcing)\s+me\s+(?:give|hand\s+over|hand)\s+(?:him|her|them)\s+(?:(?:my|all\s+my)\s+)?(?:\w+\s+)?"
     r"(?:money|cash|benefits|pension|wages|bank\s+card)\b", (), "medium"),
    ("medium", "criminal exploitation", "Young people are being offered 'easy money', a common way into county lines",
     r"\beasy\s+(?:money|cash)\b", (CHILD_IN_NOTE + r"|\byoung\s+(?:people|person)\b",), None),
    ("medium", "feeling unsafe", "Describes living in fear at home: a prisoner there, checking the locks, afraid to go out",
     r"\b(?:felt|feel|feeling|like)\s+(?:like\s+)?a\s+prisoner\b|\b(?:still\s+)?(?:check|checks|checking)\s+(?:the\s+)?(?:door|doors|locks?|windows?)\s+(?:\w+\s+){0,2}?times\b"
     r"|\b(?:scared|afraid|frightened|terrified)\s+to\s+(?:go\s+out|leave\s+the\s+(?:house|flat)|open\s+the\s+door|answer\s+the\s+door|go\s+home)\b"
     r"|\bsleep(?:s|ing)?\s+with\s+(?:a\s+knife|a\s+chair\s+against|the\s+lights?\s+on|my\s+shoes\s+on)\b", (), None),
    ("medium", "legal matter or fear", "A police or regulator investigation, whistleblowing, or fear of legal consequences",
     r"\bpolice\s+(?:are|were|is)\s+(?:now\s+)?involved\b|\b(?:is|are)\s+now\s+investigating\b|\bunder\s+investigation\b|\b(?:police|cqc|ofsted|lado|iopc)\s+(?:are\s+|is\s+)?investigat\w*"
     r"|\breported\s+(?:it|this|him|her|them)\s+to\s+(?:the\s+)?(?:police|cqc|ofsted|lado|safeguarding|local\s+authority)\b|\bwhistleblow\w*"
     r"|\b(?:scared|afraid|worried|frightened|terrified)\s+(?:of|about)\s+(?:being\s+)?(?:sued|prosecuted|arrested|deported|going\s+to\s+court|court|prison|losing\s+(?:my|the)\s+(?:kids|children|baby))\b"
     r"|\b(?:take|taking)\s+(?:my|the)\s+(?:kids|children|baby)\s+(?:off|away)\b|\blegal\s+action\s+against\b", (), None),
    ("medium", "criminal exploitation", "Someone is drawing a young or vulnerable person into crime or drugs",
     r"\b(?:ask(?:ed|ing|s)?|started\s+asking|get(?:s|ting)?|tells?|told)\s+(?:me|him|her|them|kids)\s+to\s+(?:hold|carry|deliver|run|sell|stash|drop\s+off)\b"
     r"|\bsell(?:s|ing)?\s+(?:weed|drugs)\s+to\b|\bcounty\s+lines\b", (), None),
    ("medium", "intimidation", "Someone is said to know where the writer or their family can be found",
     r"\bknows?\s+where\s+(?:i|we|my\s+\w+|our\s+\w+)\s+(?:live|lives|goes\s+to\s+school|go\s+to\s+school|works?|stay|stays)\b", (), None),
    ("medium", "criminal exploitation", "Exploitation of a young or vulnerable person is named",
     r"\b(?:its|it'?s|is|was|being|criminal|child|sexual)\s+exploit(?:ation|ed|ing)\b|\bcuckoo(?:ed|ing)\b", (), None),
    ("medium", "carer at breaking point", "A carer says they cannot go on coping",
     r"\b(?:don'?t|dont|do\s+not)\s+know\s+how\s+(?:much\s+)?long(?:er)?\s+i\s+can\s+(?:do\s+this|cope|carry\s+on|go\s+on|keep\s+going)\b"
     r"|\bcan'?t\s+(?:cope|do\s+this)\s+any\s?more\b|\bat\s+(?:my\s+)?breaking\s+point\b|\bcarer\s+breakdown\b|\bi'?m\s+not\s+coping\b", (), None),
    ("medium", "past self-harm or suicide attempt", "Mentions self-harm, an overdose or suicide",
     r"\b(?:took|taken)\s+an\s+overdose\b|\boverdosed\b|\battempted\s+suicide\b|\btried\s+to\s+(?:kill|end|take)\s+(?:myself|herself|himself|themselves|my\s+life|her\s+life|his\s+life)\b"
     r"|\bself[-\s]?harm\w*|\bdisclosed\s+cutting\b|\bsuicid\w+(?!\s+(?:prevention|awareness|training|line|helpline|risk))|\bcutting\s+(?:herself|himself|myself)\b", (), None),
    ("medium", "neglect", "Signs that someone is not being cared for",
     r"\bno\s+food\s+in\s+the\s+(?:flat|house|fridge)\b|\bfridge\s+(?:is|was)\s+empty\b|\bfound\s+(?:on\s+the\s+floor|by\s+a\s+neighbour)\b|\bpressure\s+sores?\b"
     r"|\b(?:not|never)\s+(?:been\s+)?(?:fed|washed|repositioned)\b|\bleft\s+in\s+(?:soiled|wet|dirty)\b|\b(?:is|was|it'?s)\s+neglect\b|\bleft\s+(?:alone|on\s+(?:her|his)\s+own)\s+for\b", (), None),
    # Wider phrasings, as people write them.
    ("high", "suicidal intent", "Describes sitting with a car engine running, or thinking of not coming back",
     r"\b(?:car|garage|van)\b[^.!?]{0,80}\bengine\s+running\b|\b(?:thought|thinking|think)\s+(?:about|of)\s+not\s+(?:coming|going)\s+back\b"
     r"|\b(?:thought|thinking|think)\s+(?:about|of)\s+not\s+(?:being\s+here|waking\s+up)\b", (), "medium"),
    ("high", "suicidal intent", "Says, indirectly, that they or others would be better off if they were gone",
     r"\b(?:(?:we|i|they|everyone|everybody|the\s+kids|my\s+family)(?:'?d|\s+would|\s+will|'ll)\s+(?:all\s+|both\s+)?be\s+better\s+off\s+(?:gone|dead|without\s+me|if\s+i\s+(?:was|were)n'?t|if\s+i\s+(?:was|were)\s+not)"
     r"|(?:easier|better)\s+for\s+(?:everyone|everybody|them|all\s+of\s+them|my\s+family|the\s+kids|(?:my|the)\s+\w+)\s+if\s+i\s+(?:just\s+)?(?:didn'?t|did\s+not|wasn'?t|was\s+not|weren'?t|were\s+not)\s+(?:come\s+back|here|around|alive|there|wake\s+up)"
     r"|better\s+off\s+(?:gone|dead)|(?:do\s*n[o']?t|dont|can'?t|cant)\s+see\s+(?:the|any)\s+point(?:\s+(?:any\s?more|now|these\s+days))?(?=\s*(?:[.,;!?]|$))"
     r"|what'?s\s+the\s+point\s+(?:of|in)\s+(?:anything|living|going\s+on|carrying\s+on|me|being\s+here)|want\s+(?:it\s+all|everything)\s+to\s+(?:stop|end)"
     r"|(?:can'?t|cannot)\s+(?:go\s+on|keep\s+going)\s+(?:like\s+this|any\s?more)|(?:started|been|keep)\s+thinking\s+about\s+how\s+(?:i'?d|i\s+would|to)\s+(?:do\s+it|end\s+it))\b", (), "medium"),
    ("high", "threat to harm someone", "Says they will hurt someone, in their own words",
     r"\b(?:i'?ll|i\s+will|i'?m\s+gonna|im\s+gonna|i'?m\s+going\s+to|im\s+going\s+to)\s+(?:put|send)\s+(?:him|her|them|that\s+\w+)\s+in\s+(?:hospital|a\s+box|the\s+ground|a\s+wheelchair)"
     r"|\b(?:will|'ll|gonna|going\s+to)\s+['‘’\"]?come\s+(?:for|after)\b|\bmake\s+sure\s+(?:she|he|they)\s+knows?\s+what\s+it\s+feels\s+like\b"
     r"|\b(?:going\s+to|gonna|i'?ll|will)\s+wait\s+for\s+(?:her|him|them)\s+(?:by|outside|at|near)\s+(?:her|his|their)\s+(?:car|house|flat|work|door|office)\b|\bi\s+swear\s+(?:to\s+god\s+)?i'?ll\b|\bmake\s+sure\s+(?:she|he|they)\s+(?:never|can'?t|won'?t)\s+(?:does?|do|hurts?|touch(?:es)?|comes?)\b"
     r"|\b(?:go|come|turn\s+up)\s+(?:down\s+|round\s+|up\s+)?(?:there|to\s+(?:the|their|his|her)\s+\w+)\s+with\s+(?:something|a\s+knife|a\s+blade|a\s+hammer|a\s+bat|petrol)\b"
     r"|\b(?:i\s+)?(?:want|wanted|feel\s+like\s+i\s+want)\s+to\s+(?:hurt|shake|harm|smother|hit)\s+(?:her|him|the\s+baby|my\s+baby|them)\b|\bi'?ll\s+make\s+(?:him|her|them)\s+pay\b", (), None),
    ("high", "domestic abuse, current danger", "Someone threatens what they will do if the writer leaves or tells",
     r"\bif\s+(?:i|you|she|we)\s+(?:ever\s+)?(?:leave|left|go|went|tell|told|report|reported|try\s+to\s+leave)\b[^.!?]{0,60}?\b(?:he|she|they)(?:'ll|\s+will|'d|\s+would|\s+is\s+going\s+to|'s\s+gonna)\s+(?:find|kill|hurt|take|come\s+after|make|get|finish|ruin|batter|track)\b"
     r"|\b(?:nobody|no\s+one|no-one)\s+would\s+(?:ever\s+)?find\s+(?:me|my\s+body|her|us)\b|\b(?:scared|afraid|frightened|terrified)\s+(?:to\s+go|of\s+going)\s+(?:back\s+)?home\b"
     r"|\bhands?\s+(?:round|around|on)\s+my\s+(?:throat|neck)\b|\b(?:strangl|chok|throttl)(?:ed|es|ing)\s+me\b"
     r"|\b(?:grab\w*|hold(?:s|ing)?|held|pinn?(?:ed|ing|s)?)\s+me\s+by\s+the\s+(?:throat|neck)\b", (), "medium"),
    ("high", "child disclosing abuse", "A child describes being hurt, frightened or deprived by an adult at home",
     r"\b(?:grabs?|grabbed|shov(?:es|ed)|push(?:es|ed)|pinch(?:es|ed)|drags?|dragged|throws?|threw|chucks?|chucked|twists?|twisted|bites|bit|burns|burnt|squeezes|squeezed)\s+(?:me|my\s+(?:arm|wrist|hair|neck|face|ear))\b"
     r"|\bleaves?\s+(?:marks|bruises)\b|\bif\s+i\s+tell\s+(?:anyone|anybody|someone|a\s+teacher|school|social\s+services)\b"
     r"|\b(?:makes?|made)\s+me\s+(?:sleep|stand|stay|sit)\s+(?:in|on|outside|out)\b|\block(?:s|ed)\s+(?:me\s+in|me\s+out|the\s+(?:fridge|food|cupboards|kitchen))\b"
     r"|\b(?:won'?t|doesn'?t|dont|don'?t)\s+let\s+me\s+(?:eat|have\s+(?:food|tea|dinner))\b|\bonly\s+(?:gives?|lets?)\s+me\s+(?:\w+\s+)?(?:food|tea|dinner|eat)\s+if\b",
     (CHILD_WRITER,), "medium"),
    ("high", "child protection concern", "An adult is seeking sexual contact or images from a child",
     r"\b(?:ask(?:s|ed|ing)?|messag(?:es|ed|ing)|text(?:s|ed|ing)|dm(?:s|ed|ing)?)\s+(?:\w+\s+){0,10}?(?:for\s+)?(?:pics|nudes|naked\s+(?:pics|photos|pictures)|sexy\s+(?:pics|photos)|photos\s+of\s+(?:her|him|them)sel(?:f|ves))\b"
     r"|\b(?:messag(?:es|ed|ing)|text(?:s|ed|ing)|dm(?:s|ed|ing)?)\s+(?:girls|boys|kids|pupils|students|children|me|her|him)\b[^.;]{0,60}?\blate\s+at\s+night\b"
     r"|\b(?:kneel\w*|knelt|sit(?:s|ting)?|sat)\s+on\s+(?:his|her|their)\s+(?:legs|chest|back|neck)\b|\bpics?\s+of\s+(?:him|her|them)(?:self|selves)?\s+with\s+(?:his|her|their)\s+(?:top|clothes|shirt)\s+off\b"
     r"|\b(?:asked|told|tells|asks|made|makes)\s+(?:me|her|him|them)\s+not\s+to\s+tell\s+(?:anyone|anybody|mum|dad|you|her\s+mum|his\s+mum|the\s+\w+|my\s+\w+)\b"
     r"|\bto\s+delete\s+(?:them|the\s+messages|it)\b|\bwants?\s+(?:her|him|me)\s+to\s+meet\s+(?:him|her|up)\b|\bsaying\s+(?:he'?s|hes|she'?s|shes)\s+1[0-7]\s+when\b"
     r"|\bmature\s+for\s+(?:her|his|my|their|your)\s+age\b|\b(?:tickling|secret|special)\s+game\b"
     r"|\b(?:puts?|put|has|had)\s+his\s+hands?\s+(?:on|up|down)\s+(?:my|her)\s+(?:knee|thigh|leg|skirt|top|bum|chest)\b|\b(?:our|a)\s+(?:little\s+)?secret\b(?=[^.]{0,40}\b(?:he|she)\b)",
     (CHILD_IN_NOTE,), "medium"),
    ("medium", "past abuse", "Describes abuse, violence or cruelty someone suffered",
     r"\babus(?:ed|es|ing)\s+(?:her|him|them|me|us)\b|\b(?:used\s+to|would)\s+(?:lock|hit|beat|slap|kick|punch|knock|hurt|touch|batter|burn|starve)\b|\block(?:ed|s)?\s+me\s+in\b"
     r"|\bknock(?:s|ed|ing)?\s+(?:her|him|me|them)\s+about\b|\b(?:was|were|got|been)\s+(?:slapped|punched|hit|kicked|beaten|battered|strangled|shoved|thrown|bitten|restrained)\b"
     r"|\bsurvivors?\s+of\b|\badult\s+survivors?\b|\bhistoric(?:al)?\s+(?:abuse|reports?|allegations?|sexual)\b|\bcom(?:e|es|ing)\s+in(?:to)?\s+(?:the|our|my)\s+(?:\w+\s+)?(?:dormitory|dorm|bedroom)\b"
     r"|\bhands?\s+(?:on|up)\s+(?:my|her)\s+(?:knee|thigh|leg|skirt|top)\b|\bour\s+(?:little\s+)?secret\b|\bprone\s+restraint\b|\bcarpet\s+burns?\b|\bhands?\s+(?:round|around)\s+(?:my|her|his)\s+(?:throat|neck)\b", (), None),
    ("medium", "domestic abuse", "Mentions domestic abuse, a refuge or coercive control",
     r"\b(?:in|to|into|at|from)\s+(?:a|the)\s+refuge\b|\b(?:since|after|when|before)\s+i\s+left\s+(?:him|her)\b|\b(?:goes|went|going|checks?|checked|reads?)\s+through\s+my\s+(?:phone|messages|bank)\b|\b(?:took|takes|taken|kept|keeps|hid|hides)\s+my\s+(?:passport|bank\s+card|phone|money|benefits|keys)\b"
     r"|\b(?:won'?t|doesn'?t|never)\s+let\s+me\s+(?:go\s+out|see\s+(?:my|anyone)|have\s+(?:my\s+own\s+)?money|work|leave)\b", (), None),
    ("medium", "legal matter or fear", "A court case, arrest, care proceedings or immigration fear",
     r"\b(?:court\s+date|youth\s+court|crown\s+court|magistrates'?\s+court|family\s+court|care\s+proceedings|pre-proceedings|public\s+law\s+outline|plead(?:ing)?\s+(?:not\s+)?guilty|been\s+(?:arrested|charged(?!\s+(?:for\s+(?:their|his|her|my|the|our)\s+care|£|\d)))|got\s+(?:arrested|charged(?!\s+(?:for\s+(?:their|his|her|my|the|our)\s+care|£|\d)))"
     r"|police\s+(?:interview|station|caution)|immigration\s+(?:status|tribunal|detention|bail)|deport(?:ed|ation)?|no\s+recourse\s+to\s+public\s+funds|bricking\s+it)\b", (), None),
    ("medium", "safeguarding matter in progress", "A referral to the LADO, police or a regulator, or a safeguarding issue named",
     r"\blado\b|\bsafeguarding\s+(?:issue|matter|investigation|enquiry|concern)s?\b|\b(?:rang|called|phoned|told|contacted|reported\s+(?:it\s+|this\s+|him\s+|her\s+)?to|referred\s+(?:\w+\s+)?to)\s+(?:the\s+|our\s+)?safeguarding\s+(?:team|lead)\b|\bmade\s+a\s+(?:safeguarding\s+|police\s+|lado\s+)?referral\b|\breferral\s+under\b|\bpolice\s+intelligence\b", (), None),
    ("medium", "contact from someone who may harm", "Someone is asking a child or adult at risk where they live or go",
     r"\bask(?:ed|ing|s)?\s+(?:me\s+|her\s+|him\s+)?(?:where\s+(?:i|she|he|we)\s+(?:live|lives|stay|stays)|what\s+school|which\s+school|for\s+(?:my|her|his)\s+address)\b"
     r"|\bknows?\s+where\s+(?:she|he|they)\s+(?:parks?|lives?|works?|goes)\b", (), None),
    ("medium", "risk from someone who has offended", "Someone released from prison, or kept away by an order, is near",
     r"\b(?:came|come|got|been|was|is)\s+(?:out\s+of|released\s+from)\s+(?:prison|jail)\b|\b(?:non-molestation|restraining|prohibited\s+steps|protection|occupation)\s+order\b", (), None),
    ("medium", "hopelessness", "Sounds hopeless or desperate",
     r"\bnothing\s+(?:left\s+)?to\s+lose\b|\b(?:can'?t|cannot)\s+take\s+(?:it|this|much\s+more)\s*(?:any\s?more)?\b|\bend\s+of\s+my\s+tether\b|\b(?:giving|given|gave)\s+(?:all\s+)?my\s+(?:things|stuff|books|belongings)\s+away\b", (), None),
    ("low", "swearing", "Contains swearing",
     r"\b(?:fuck\w*|f\*+k\w*|shit\w*|shite|bastard\w*|bollocks|arsehole|dickhead|twat|wanker|crap|wtf|ffs|cunt|prick)\b", (), None),
    ("low", "wellbeing concern", "Mentions distress or a housing crisis worth a gentle check",
     r"\b(?:panic\s+attacks?|depress(?:ion|ed)|anxiety|lonely|isolated|exhausted|street\s+homeless|sleeping\s+in\s+(?:my|a|the)\s+car|sleeping\s+rough|sofa\s+surfing)\b", (), None),
)


@dataclass(frozen=True)
class Concern:
    level: str
    category: str
    why: str
    pattern: re.Pattern[str]
    needs: tuple[re.Pattern[str], ...]
    past_level: str | None


CONCERNS: tuple[Concern, ...] = tuple(
    Concern(level, category, why, re.compile(pattern, re.I), tuple(re.compile(n, re.I) for n in needs), past)
    for level, category, why, pattern, needs, past in ENTRIES
)
PAST_RE = re.compile(PAST, re.I)
# Where people are cared for: a wrong done there puts them at risk.
CARE_SETTING_RE = re.compile(ADULT_AT_RISK + r"|\bchildren'?s\s+home\b|\bchildrens\s+home\b|\bfoster\w*|\bresidential\b|\bsupported\s+(?:exempt\s+)?(?:accommodation|living)\b|\bexempt\s+accommodation\b"
                             r"|\bday\s+(?:centre|service)\b|\bresidents?\b|\bhome\s+care\b|\bward\b|\bdirect\s+payments?\b|\bpersonal\s+budget\b"
                             r"|\bcare\s+agency\b|\bhostel\b|\b(?:a|my|our|her|his|the)\s+carers?\s+from\s+the\s+agency\b|\bagency\s+carers?\b", re.I)
