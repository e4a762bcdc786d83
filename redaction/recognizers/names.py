"""People's names without a language model: name lists, capitals, context cues and shape.

Data (redaction/data/, built by scripts/build_name_data.py): first names and
surnames from faker's locales; names that are also common words ("Grace",
"Patience", "Rain"); common English words; UK places.

A word is taken as a name when:
- a title comes before it, in any case ("Mrs Adeyemi", "mr adebayo");
- it is on the name lists and capitalised mid-sentence, or at the start of a
  sentence when it is not also an ordinary word;
- it follows a cue: a relation or role noun ("my daughter Grace", "mum
  Chidinma", "the refuge worker jas"), "called"/"named"/"calls himself", or
  stands between commas after one ("a boy, Abdirahman, was...");
- it is capitalised, unknown to the word list, and followed by a surname, or
  followed by a verb people do ("Tyrese said");
- it is explained as a person: "Dawn is my support worker", "Dawn, my
  daughter-in-law,", "Sunny, who came most nights", "everyone calls him
  Smudge", "me and Will";
- it is an unknown capitalised word mid-sentence that does not follow a place
  word ("in", "from", "near") and is not an acronym or a company-like word;
- it is listed next to a name ("Gethin and Cerys", "me, tariq, ellie-mae and
  conor"), which is repeated until no new name appears.
Lower-case words count only after a cue ("my mate tash's", "uncle darren",
"thanks to shaz", "a woman called morven", "tyler my social worker"), and then
only if they are on the name lists or are followed by a verb, "who", "and" or
a comma ("my PA rain who sat with me").
A following capitalised word, a particle ("ap", "Ní", "bin") or a hyphenated
part extends the name into a full name; initials count with a surname
("D Kowalczyk") or as dotted initials ("R.S."). Not names: ALL-CAPS words
(acronyms), places, months and days, eponymous conditions ("Parkinson's"),
laws and other eponyms anywhere in the note ("Clare's Law", "Gillick
competence"), peoples, languages, cars and brands, kinship words ("Papaji"),
places before a postcode or after "King's", "Port" or "St", and a name followed
by an institution word ("Grace House", "Hackney Council") or inside a title of
capitalised words ("Community Care Grant"). Once a word is a name in a note, its other capitalised
occurrences are names too.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from redaction.recognizers.base import CueRecognizer

DATA = Path(__file__).resolve().parent.parent / "data"
# "mr adebayo" in casual text: the common titles count in any case; the rest only as written.
TITLE_BEFORE = re.compile(r"(?<![\w.])(?:(?:[Mm]rs|[Mm]r|[Mm]s|[Mm]iss|[Mm]x|[Dd]r)\.?|Prof\.?|Professor|Nurse|Cllr|Councillor|Sir|Colonel|Col\.?|Major|Captain|Capt\.?|"
                          r"General|Lieutenant|Lt\.?|Sergeant|"
                          r"Dame|PC|DC|DS|Sgt|Sister|Father|Rev\.?|Imam|Rabbi)\s+$")
INSTITUTION_WORDS = {
    "council", "team", "service", "services", "hospital", "centre", "center", "trust", "court", "street", "road",
    "lane", "avenue", "ward", "house", "unit", "home", "school", "academy", "college", "university", "surgery",
    "practice", "group", "partnership", "foundation", "charity", "society", "project", "clinic", "close",
    "way", "drive", "place", "park", "gardens", "crescent", "square", "primary", "nursery", "law", "act", "fund",
    "grange", "lodge", "manor", "hall", "care", "health", "housing", "centre", "road", "walk", "high", "junior",
    "infants", "syndrome", "disease", "hub", "network", "association", "board", "bank", "uk", "england",
    "scotland", "wales", "ireland", "office", "department", "ministry", "authority", "commission", "tribunal",
    "library", "station", "church", "mosque", "temple", "gurdwara", "synagogue", "museum", "market", "leisure",
    "ombudsman", "insurance", "benefit", "benefits", "allowance", "credit", "payment", "payments", "pension", "premium",
    "family", "families", "household", "homes",
}
# "in wales its called When I'm Ready": the name of a thing, not a person
THING_CALLED = re.compile(r"\b(?:it'?s|its|it\s+is|it\s+was|this\s+is|that'?s|thats|which\s+is|scheme|policy|programme|project|service|group|grant|fund|law|rule)\s+called\s+['‘\"“]?$", re.IGNORECASE)
# "My son is Deaf.", "My social worker is Brilliant.": what someone is, not who.
DESCRIBING_WORDS = {"deaf", "blind", "disabled", "autistic", "dyslexic", "epileptic", "diabetic", "nonverbal", "verbal", "fine",
                    "ok", "okay", "great", "lovely", "amazing", "rubbish", "useless", "new", "off", "away", "ill", "sick",
                    "poorly", "gay", "trans", "muslim", "christian", "jewish", "sikh", "hindu", "brilliant", "fab", "gone",
                    "back", "home", "here", "there", "late", "young", "old", "kind", "nice", "good", "bad", "deafblind"}
ADJECTIVE_ENDINGS = ("ic", "ful", "ive", "ant", "ent", "ous", "al", "ble", "ed", "ing", "ish", "less", "ary")
SELF_NAMED = re.compile(r"\b(?:ring|call|phone|text|message|contact|email|ask\s+for|find)\s+me,\s+$", re.IGNORECASE)
FAMILY_AFTER = re.compile(r"\s+(?:children|kids|family|twins|boys|girls|brothers|sisters|siblings|household)\b")
# Services that open a sentence the way a person would: "Foodbank at the church saved us".
ORGANISATION_WORDS = {"jobcentre", "foodbank", "foodbanks", "barnardos", "healthwatch", "advocacy", "citizens", "carers",
                      "refuge", "homestart", "camhs", "social", "housing", "police", "probation", "nhs", "council", "school"}
FROM_SOMEWHERE_AFTER = re.compile(r"\s+(?:from|at)\s+(?:the|my|our|your|his|her|their)\s+")
SELF_INTRO_AFTER = re.compile(r"\s+here\s*(?:[,.!:;–—-]|$)")
# "KAZLAUSKAS Tomas", "Tomas KAZLAUSKAS": a surname in capitals, as case files write it, next to a name.
CAPITAL_SURNAME_BEFORE = re.compile(r"(?<![\w-])(?<!\w['’])([A-Z]{3,}(?:[-'’][A-Z]{2,})?)\s$")
CAPITAL_SURNAME_AFTER = re.compile(r"\s([A-Z]{3,}(?:[-'’][A-Z]{2,})?)(?![\w'’-])")
# "Northfield council", "hillside academy": institution words typed in lower case still make the word before a place.
LOWER_INSTITUTION_WORDS = {"council", "hospital", "school", "academy", "college", "university", "surgery", "police",
                           "nursery", "prison", "infirmary", "hospice"}
# Welsh, Scottish Gaelic and Irish put the institution word first: "Ysbyty Cwm Tawel", "Sgoil Lìonacleit".
INSTITUTION_FIRST = {"ysbyty", "ysgol", "canolfan", "cyngor", "meddygfa", "cartref", "coleg", "prifysgol", "llyfrgell",
                     "ospadal", "sgoil", "comhairle", "ionad", "ospidéal", "ospideal", "scoil", "comhairle", "lárionad"}
# Words after a surname that make it an eponym, in any case: "Gillick competent", "the Fraser guidelines".
EPONYM_WORDS = {"competent", "competence", "guidelines", "principle", "principles", "criteria", "scale", "inquiry",
                "ruling", "syndrome", "disease", "law", "act", "test", "protocol", "rule", "rules"}
INSTITUTION_WORDS |= EPONYM_WORDS
NOT_NAMES = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "christmas", "easter", "eid", "diwali", "ramadan", "god", "allah", "jesus", "english", "british", "mum", "dad",
    "nan", "gran", "i", "im", "ive", "id", "ill", "ok", "okay", "lol", "tbh", "idk", "omg", "pls", "thanks",
    "parkinson", "alzheimer", "down", "crohn", "asperger", "huntington", "tourette", "addison", "cushing",
    "hodgkin", "raynaud", "meniere", "motability", "ofsted", "kooth", "mencap", "barnardo", "shelter", "mind",
    "scope", "samaritans", "childline", "whatsapp", "facebook", "instagram", "insta", "tiktok", "snapchat",
    "snap", "twitter", "youtube", "google", "amazon", "tesco", "asda", "aldi", "lidl", "greggs", "boots", "costa",
    "halal", "kosher", "muslim", "christian", "jewish", "sikh", "hindu", "polish", "romanian", "somali",
    "universal", "credit", "pip", "dla", "esa", "dols", "ehcp", "sgo", "brp", "aspen", "merton", "section",
    "band", "year", "form", "ward", "tier", "level", "stage", "mash", "yot", "nhs", "gp", "hmrc", "dwp",
    "uc", "ni", "ta", "pa", "ot", "uk", "usa", "eu", "bnb", "ps", "pe", "re", "reg", "ref", "dob", "mr", "mrs",
    "ms", "dr", "miss", "sir", "madam", "dear", "hi", "hello", "bye", "yes", "no", "nope", "yeah",
    "i'm", "i've", "i'd", "i'll", "it's", "that's", "don't", "didn't", "can't", "won't", "we're", "they're",
}
NOT_NAMES |= {"abba", "abbu", "ammi", "ammu", "amma", "appa", "baba", "nani", "dadi", "chacha", "chachi", "khala",
              "khalu", "bhai", "bhaiya", "didi", "baji", "mamu", "mami"}
NOT_NAMES |= {"roma", "romani", "sinti", "gypsy", "gypsies", "traveller", "travellers", "kurdish", "kurd", "eritrean", "sudanese",
              "afghan", "syrian", "nigerian", "ghanaian", "pakistani", "bangladeshi", "indian", "chinese", "vietnamese",
              "caribbean", "jamaican", "turkish", "albanian", "ukrainian", "lithuanian", "latvian", "bulgarian", "czech",
              "slovak", "hungarian", "portuguese", "spanish", "italian", "french", "german", "arab", "arabic", "urdu",
              "punjabi", "bengali", "sylheti", "tigrinya", "amharic", "pashto", "dari", "farsi", "mandarin", "cantonese",
              "hindi", "gujarati", "tamil", "welsh", "scottish", "irish", "asian", "african", "european", "orthodox",
              "catholic", "protestant", "anglican", "methodist", "quaker", "buddhist", "rastafarian", "bsl", "makaton"}
# Languages and dialects, capitalised mid-sentence: "her first language is Kurmanji". Not the ones that are
# also common first names or surnames (Shona, Cornish).
NOT_NAMES |= {"kurmanji", "sorani", "badini", "lingala", "twi", "yoruba", "igbo", "hausa", "swahili", "oromo", "wolof",
              "zulu", "xhosa", "tagalog", "ilocano", "malayalam", "telugu", "kannada", "marathi", "nepali",
              "sinhala", "sinhalese", "mirpuri", "pahari", "potwari", "pothwari", "hindko", "kashmiri", "konkani", "romanes",
              "shelta", "gaelic", "manx", "russian", "estonian", "romanian", "moldovan", "serbian", "croatian",
              "bosnian", "greek", "persian", "hebrew", "yiddish", "berber", "amazigh", "dutch", "japanese", "korean",
              "thai", "burmese", "khmer", "hakka", "hokkien", "teochew", "krio", "patois", "creole", "fula", "fulani",
              "mandinka", "somali", "tigre", "bilen", "saho", "dinka", "nuer", "luganda", "kinyarwanda", "kirundi"}
# Cars, brands and family words that are capitalised mid-sentence but name nobody.
NOT_NAMES |= {"corsa", "astra", "audi", "berlingo", "aygo", "fiesta", "golf", "polo", "focus", "micra", "yaris", "qashqai",
              "juke", "clio", "punto", "picanto", "zafira", "transit", "sprinter", "vauxhall", "ford", "nissan", "toyota",
              "honda", "kia", "hyundai", "bmw", "mercedes", "skoda", "seat", "peugeot", "citroen", "renault", "fiat",
              "volkswagen", "vw", "mini", "jaguar", "tesla", "mazda", "suzuki", "volvo", "octavia", "fabia", "passat",
              "insignia", "mondeo", "kuga", "sportage", "tucson", "prius", "civic", "jazz", "land", "rover", "range",
              "gmail", "hotmail", "outlook", "yahoo", "zoom", "skype", "netflix", "uber", "deliveroo", "paypal", "ebay",
              "primark", "sainsburys", "sainsbury", "morrisons", "waitrose", "iceland", "poundland", "argos", "ikea",
              "cafcass", "ofsted", "cqc", "lado", "iopc", "healthwatch", "cymru", "alba", "sw", "ot", "mam", "mammy", "mummy", "daddy", "nanna", "nana", "grandma", "grandad", "granda", "papa", "mama", "bro", "sis"}
# Kinship words and contractions typed without an apostrophe ("my aunt cant read").
NOT_NAMES |= {"papaji", "biji", "dadaji", "naniji", "mataji", "pitaji", "beji", "bebe", "dada", "chachu", "phupho",
              "tayi", "taya", "bapu", "mummyji", "nanima", "dadima", "cant", "dont", "wont", "didnt", "doesnt", "isnt",
              "wasnt", "havent", "hasnt", "couldnt", "wouldnt", "shouldnt", "aint", "youre", "theyre", "thats",
              "whats", "hes", "shes", "lets", "theres", "wheres"}
NOT_NAMES |= {day + "s" for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")}

PARTICLES = {"ap", "ab", "ní", "ni", "nic", "mac", "mc", "bin", "bint", "ibn", "al", "el", "van", "von", "der",
             "de", "da", "di", "du", "le", "la", "o", "ó", "ua", "binti", "abu", "umm", "dos", "das", "del"}
RELATIONS = (
    r"son|daughter|boy|girl|child|kid|baby|brother|sister|husband|wife|partner|mum|dad|mother|father|mam|ma|"
    r"grandson|granddaughter|grandchild|grandma|grandad|granddad|grandmother|grandfather|nan|nanna|gran|grandpa|"
    r"nephew|niece|cousin|aunt|auntie|aunty|uncle|friend|mate|pal|bestie|neighbour|neighbor|boyfriend|"
    r"girlfriend|fella|fiance|fiancee|ex|stepdad|stepmum|stepson|stepdaughter|stepbrother|stepsister|"
    r"lodger|flatmate|housemate|client|resident|patient|service user|young person|lad|lads|girls|boys|"
    r"colleague|manager|boss|landlord|landlady|tenant|sibling|twin|carer|lady|man|woman|guy|bloke|person|"
    # kinship words from the UK's other languages ("my Abba", "her khala")
    r"abba|abbu|ammi|ammu|amma|appa|baba|nani|dadi|chacha|chachi|khala|khalu|bhai|bhaiya|didi|baji|mamu|mami"
)
ROLES = (
    r"social worker|key worker|keyworker|support worker|youth worker|care worker|outreach worker|family worker|"
    r"worker|work coach|caseworker|case worker|nurse|health visitor|midwife|doctor|gp|consultant|psychiatrist|"
    r"psychologist|therapist|counsellor|physio|paediatrician|senco|teacher|tutor|form tutor|head teacher|"
    r"headteacher|head of year|teaching assistant|dsl|manager|coordinator|co-ordinator|advocate|assessor|amhp|"
    r"solicitor|barrister|guardian|iro|pa|personal adviser|adviser|advisor|personal assistant|officer|pc|"
    r"sergeant|volunteer|group leader|leader|coach|mentor|chair|supervisor|receptionist|pharmacist|lawyer|"
    r"interpreter|paramedic|matron|practitioner|director|commissioner|councillor|mp|foster carer|childminder|"
    r"grandmother|grandfather|chaplain|imam|vicar|priest|rabbi|host|staff|staff member|cpn|care coordinator|"
    r"care co-ordinator|dietitian|speech therapist|ot|carer's assessor|pa's|pas|sw|peer worker|peer supporter"
)
CUE_BEFORE = re.compile(
    rf"(?:\b(?:called|named|name is|name was|names are|name's|calls (?:him|her|them)self|goes by|known as|"
    rf"aka|(?:said|told|asked|thanks|thank|shout ?out to|shoutout to|love|with|and|met|meet|"
    rf"thanks? (?:you )?to|and to|grateful to|props to|(?-i:Text|Ring|Call|Email|Contact|Message|Phone)))|(?:\b(?:{RELATIONS}|{ROLES})s?(?:\s+(?:was|is|named|called))?))\s+$", re.IGNORECASE)
# Lower-case names need a determiner before the cue noun: "my stepdad lee", "the refuge worker jas".
GENERIC_PEOPLE = {"person", "people", "man", "woman", "lady", "guy", "bloke", "staff", "resident", "patient",
                  "client", "young person", "service user", "staff member", "host", "leader", "lead", "chair", "head"}
LOWER_NOUNS = "|".join(n for n in (RELATIONS + "|" + ROLES).split("|") if n not in GENERIC_PEOPLE)
LOWER_CUE = re.compile(
    rf"\b(?:(?:my|our|his|her|their|your|the|a|mum's|dad's)\s+(?:[\w'-]+\s+){{0,2}}?(?:{LOWER_NOUNS})|"
    rf"(?:my|our)\s+(?:[\w'-]+\s+){{0,2}}?(?:{LOWER_NOUNS})s|"
    rf"called|named|name is|name was|calls (?:him|her|them)self|goes by|known as)\s+$", re.IGNORECASE)
# The words CUE_BEFORE can end with: it is only tried after one of them.
_CUE_NOUNS = [n for n in (RELATIONS + "|" + ROLES).split("|")]
CUE_BEFORE_LAST_WORDS = frozenset({n.split()[-1] for n in _CUE_NOUNS} | {n.split()[-1] + "s" for n in _CUE_NOUNS}
                                  | {"called", "named", "is", "was", "are", "name's", "himself", "herself", "themselves",
                                     "themself", "by", "as", "aka", "said", "told", "asked", "thanks", "thank", "to",
                                     "love", "with", "and", "met", "meet", "text", "ring", "call", "email", "contact",
                                     "message", "phone"})


def _cue_before(left: str):
    if left[-1:] in ("'", "‘", '"', "“") and left[-2:-1].isspace():
        left = left[:-1]  # "known as 'Smokey'": an opening quote between the cue and the name
    words = left.split()
    return CUE_BEFORE.search(left) if words and words[-1].lower() in CUE_BEFORE_LAST_WORDS else None


CUE_NOUN_WORDS = frozenset(n for n in _CUE_NOUNS if " " not in n) | frozenset(n.split()[-1] for n in _CUE_NOUNS)  # "assistant"
# The words LOWER_CUE can end with: it is only tried after one of them (the name finder's hot path).
LOWER_CUE_LAST_WORDS = frozenset({n.split()[-1] for n in LOWER_NOUNS.split("|")} | {n.split()[-1] + "s" for n in LOWER_NOUNS.split("|")}
                                 | {"called", "named", "is", "was", "by", "as", "himself", "herself", "themselves", "themself"})
# "my CPN, bev, said": a lower-case word between commas right after a cue noun.
LOWER_APPOSITION = re.compile(rf"\b(?:my|our|his|her|their|the|a|an)\s+(?:[\w'-]+\s+){{0,2}}?(?:{LOWER_NOUNS}|staff|staff\s+member|resident|client|patient|woman|man|lady|guy|bloke|fella|girl|lad)s?"
                              rf"(?:\s+(?:there|here)|\s+(?:in|at|from|on)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){{0,2}}?)?,\s+$",
                              re.IGNORECASE)
# "Dawn, my daughter-in-law, found out": a name explained by a relation or role between commas.
RELATION_AFTER = re.compile(rf",\s+(?:my|our|his|her|their|the)\s+(?:[\w'-]+\s+){{0,2}}?(?:{RELATIONS}|{ROLES})(?:-in-law)?s?"
                            r"(?:\s+(?:at|from|in|on)\s+[^,.;!?]{1,40})?\s*[,)—–]",
                            re.IGNORECASE)
# Kinship words used as titles, with no "my": "stay at uncle shane's", "auntie bisi said".
KIN_TITLE = re.compile(r"\b(?:uncle|auntie|aunty|aunt|nan|nanna|nana|grandad|grandpa|grandma|cousin)\s+$", re.IGNORECASE)
# "my brother Will and ...": a relation noun right before a capitalised word makes even "Will" a name.
RELATION_BEFORE = re.compile(rf"\b(?:my|our|his|her|their)\s+(?:[\w-]+\s+)?(?:{RELATIONS}|{ROLES})\s+$", re.IGNORECASE)
# "me and reed went", "me and Will from my old unit": casual text names a friend this way.
ME_AND = re.compile(r"\b(?:me|myself)\s+(?:and|an|n|&)\s+$|\bme,\s+$", re.IGNORECASE)
# "thanks to shaz from the kinship group": a lower-case word after thanks
THANKS_CUE = re.compile(r"\b(?:thanks|thank\s+you|thank|shout\s*out|big\s+up|grateful)\s+(?:to\s+)?$", re.IGNORECASE)
# "a woman on the panel called morven": a person noun earlier in the clause makes "called" a naming
NAMING_CLAUSE = re.compile(r"\b(?:woman|man|lady|guy|lad|girl|boy|bloke|fella|worker|nurse|staff|someone|somebody|person|"
                           r"one|teacher|carer|officer|driver|volunteer)\b[^.!?,]{0,40}\b(?:called|named)\s+$", re.IGNORECASE)
# "Dawn is my support worker", "tyler my social worker is leaving": a name explained by a role after it
ROLE_AFTER = re.compile(rf"\s+\(?(?:is\s+|was\s+)?(?:my|our)\s+(?:[\w'-]+\s+){{0,2}}?(?:{RELATIONS}|{ROLES})\b(?:\s+(?:is|was|has|had|said|and)\b|\s*[.,)])",
                        re.IGNORECASE)
# Adverbs that sit where a name might ("my gran sometimes said"), never names.
NOT_LOWER_NAMES = {"come", "put", "go", "get", "make", "take", "give", "see", "say", "tell", "ring", "call", "help", "sit",
                   "stand", "stay", "leave", "let", "keep", "bring", "send", "pay", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                   "early", "late", "home", "back", "today", "tomorrow", "yesterday", "tonight", "sometimes", "usually", "often", "recently", "later", "once", "soon", "already", "suddenly",
                   "rarely", "mostly", "mainly", "ever", "rather", "quite", "first", "then", "who", "which", "that",
                   "and", "but", "or", "so", "because", "also", "even", "yet", "again", "together", "there", "here"}
STRONG_CUE = re.compile(r"\b(?:called|named|name is|name was|name's|calls (?:him|her|them)self|goes by|known as|aka|"
                        r"(?:we|they|everyone|everybody|people|i|she|he) call(?:ed|s)?(?: (?:him|her|them))?|calling (?:him|her|them)self)"
                        r"\s+['‘\"“]?$",
                        re.IGNORECASE)
APPOSITION = re.compile(rf"\b(?:{RELATIONS}|{ROLES})s?\b[^,.;:!?\n]{{0,40}},\s+$", re.IGNORECASE)
PERSON_VERB = re.compile(
    r"^(?:'s?)?\s+(?:said|says|told|tells|rang|rings|phoned|texted|emailed|called me|came|comes|helped|helps|"
    r"listened|explained|asked|wrote|sat|gave|took|kept|keeps|stopped|turned up|made|sorted|visited|promised|"
    r"refused|agreed|shouted|screamed|grabbed|pushed|hit|slapped|smiled|cried|laughed|lied|lies|never|always|"
    r"who|whos|who's|was|is|has|had|does|did|got|gets|goes|went|knows|knew|thinks|thought|wants|wanted|"
    r"needs|needed|lives|lived|works|worked|stays|stayed|takes|brings|brought|picks|picked|drives|drove|sits|listens|"
    r"visits|checks|checked|calls|texts|phones)\b", re.IGNORECASE)
STRONG_VERB = re.compile(
    r"^\s+(?:said|says|told|tells|rang|rings|phoned|texted|emailed|helped|listened|explained|promised|refused|"
    r"shouted|screamed|grabbed|pushed|hit|slapped|smiled|cried|laughed|lied|visited|sat with|came round|"
    r"turned up|kept saying|never|always|who|goes to|loves|likes|gave|took|came|went|brought|bought|sent)\b", re.IGNORECASE)
# What follows a verb rather than a name: "my ex put his ...", "my mum said the ...".
VERB_OBJECT_AFTER = re.compile(r"\s+(?:his|her|their|my|me|him|them|us|it|the|a|an|that|this|some|all|out|up|down|off|"
                               r"on|in|back|away|over)\b", re.IGNORECASE)
FUNCTION_WORDS = {
    "the", "a", "an", "and", "or", "but", "so", "is", "was", "were", "are", "be", "been", "has", "had", "have",
    "who", "which", "that", "this", "these", "those", "it", "its", "he", "she", "they", "them", "him", "her",
    "his", "their", "my", "our", "your", "me", "us", "we", "you", "i", "im", "ive", "in", "on", "at", "to",
    "of", "for", "from", "with", "by", "about", "as", "if", "then", "than", "now", "just", "really", "never",
    "always", "also", "actually", "still", "only", "even", "finally", "eventually", "apparently", "basically",
    "literally", "again", "too", "very", "not", "no", "yes", "all", "some", "any", "every", "each", "both",
    "said", "told", "says", "did", "does", "do", "got", "get", "went", "came", "can", "could", "would",
    "should", "will", "shall", "may", "might", "must", "here", "there", "when", "where", "why", "how", "what",
    "keeps", "kept", "used", "has", "been", "being", "here", "went", "gone", "saying", "telling",
}
TOKEN = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W\d_])?|[^\W\d_]")
INITIALS = re.compile(r"(?<![\w.])[A-Z]\.(?:[A-Z][.-]){0,2}[A-Z]\.(?![\w])")  # "R.S.", "J.K-M." (a double-barrelled surname)
NOT_INITIALS = {"U.K.", "U.S.", "A.M.", "P.M.", "E.G.", "I.E.", "N.B.", "P.S.", "R.I.P.", "B.A.", "M.A."}
SENTENCE_END = re.compile(r"(?:^|[.!?\n:;\"“(]|\s[-–—]|(?:^|\s)['‘])\s*$")


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    word = word.replace("’", "'")
    word = word[:-2] if word.lower().endswith("'s") else word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    def load(name: str) -> frozenset[str]:
        return frozenset(w.strip() for w in (DATA / name).read_text(encoding="utf-8").splitlines() if w.strip())

    first, last = load("first_names.txt"), load("surnames.txt")
    amb_first, amb_last = load("ambiguous_first_names.txt"), load("ambiguous_surnames.txt")
    return {"plain": first | last, "ambiguous": (amb_first | amb_last) - first - last, "surnames": last | amb_last,
            "common": load("common_words.txt"), "places": load("places.txt")}


def _parts(word: str) -> list[str]:
    return [p for p in re.split(r"[-']", fold(word)) if p]


@lru_cache(maxsize=65536)
def _kind(word: str) -> str:
    """'plain' (a name that is not a word), 'ambiguous' (a name and a word), 'word', 'place' or 'unknown'."""
    lex = lexicon()
    base = fold(word)
    if base in NOT_NAMES:
        return "word"
    if base in lex["places"]:
        return "place"
    if base in INSTITUTION_WORDS:
        return "word"
    if base in lex["plain"]:
        return "plain"
    if base in lex["ambiguous"]:
        return "ambiguous"
    if base in lex["common"]:
        return "word"
    parts = _parts(word)
    if len(parts) > 1 and parts[0] in NOT_NAMES:
        return "word"  # "English-only"
    if len(parts) > 1:
        names = [p in lex["plain"] or p in lex["ambiguous"] or len(p) == 1 for p in parts]
        if all(names):
            every_part_capitalised = re.fullmatch(r"(?:[A-Z][^\W\d_]*['-])+[A-Z][^\W\d_]*", word.replace("’", "'").removesuffix("'s"))
            return "plain" if every_part_capitalised or any(p in lex["plain"] for p in parts) else "ambiguous"  # "kelly-ann", "Amelia-Rose"
        if re.fullmatch(r"(?:[A-Z][\w]*['-])+[A-Z][\w]*", word.replace("’", "'").removesuffix("'s")):
            # "Anne-Marie", "O'Sullivan-Byrne": every part capitalised
            return "plain" if any(names) else "unknown"
        if not any(names):
            return "word"
    return "unknown"


@lru_cache(maxsize=65536)
def _capitalised(word: str) -> bool:
    bare = word[:-2] if word.endswith(("'s", "’s")) else word  # "IPSEA's" is in capitals
    return word[0].isupper() and not (len(bare) > 1 and bare.replace("'", "").replace("’", "").isupper())


def _name_extends(text: str, tokens: list[re.Match], j: int) -> int:
    """Index of the last token of a full name that starts at token j."""
    start_index = j
    while j + 1 < len(tokens):
        gap = text[tokens[j].end():tokens[j + 1].start()]
        nxt = tokens[j + 1].group()
        if gap not in (" ", "-") or fold(tokens[j].group()) != tokens[j].group().lower().replace("’", "'") and \
                tokens[j].group().endswith(("'s", "’s")):
            break
        k = j + 1
        while k < len(tokens) and fold(tokens[k].group()) in PARTICLES and k + 1 < len(tokens) \
                and text[tokens[k].end():tokens[k + 1].start()] == " ":
            k += 1
        if k > j + 1 and _capitalised(tokens[k].group()):
            j = k  # "Dafydd ap Rhys", "Siobhán Ní Bhriain", "Noor van der Linden"
            continue
        if not _capitalised(nxt) or fold(nxt) in INSTITUTION_WORDS or fold(nxt) in NOT_NAMES:
            break
        first_name_then_word = j == start_index and _kind(tokens[j].group()) in ("plain", "unknown") and fold(nxt) not in FUNCTION_WORDS \
            and not re.match(r"\s+[A-Z]", text[tokens[j + 1].end():tokens[j + 1].end() + 2])
        if _kind(nxt) == "word" and fold(nxt) not in lexicon()["surnames"] and not first_name_then_word:
            # "Wei Ling Chen", "Wong Mei Ling": a short word inside a run of names
            after_next = tokens[j + 2].group() if j + 2 < len(tokens) and \
                text[tokens[j + 1].end():tokens[j + 2].start()] == " " else ""
            inside = after_next and _capitalised(after_next) and _kind(after_next) in ("plain", "unknown")
            long_run = j >= 1 and j - 1 >= start_index and text[tokens[j - 1].end():tokens[j].start()] == " " \
                and _kind(tokens[j - 1].group()) != "word"
            if not (len(nxt) <= 5 and (inside or long_run)):
                break
        j += 1
    return j


FROM_A_PERSON = re.compile(r"\b(?:text|message|call|letter|email|note|card|visit|help|word|lift|present|gift)s?\s+from\s+$", re.I)
UNKNOWN_NAME_THEN = re.compile(r"\s*(?:[,.;!?)]|$)|\s+(?:in|at|on|from|for|with|and|to|who|is|was|has|had|said|says)\b")
# "My support worker is Pat.": a word-name right after a relation or role and 'is'
ROLE_IS_BEFORE = re.compile(rf"\b(?:my|our|his|her|their)\s+(?:[\w'-]+\s+){{0,2}}?(?:{RELATIONS}|{ROLES})\s+(?:is|was)\s+(?:called\s+)?$", re.IGNORECASE)
KIN_TITLE_WORDS = ("uncle", "auntie", "aunty", "aunt", "nan", "nanna", "nana", "grandad", "grandpa", "grandma", "cousin")


def _lower_cue_may_precede(text: str, start: int) -> bool:
    """Whether the word before `start` could end a cue for a lower-case name (LOWER_CUE or KIN_TITLE)."""
    left = text[max(0, start - 60):start]
    words = left.split()
    if not words or not left[-1:].isspace():
        return False
    last = words[-1].lower()
    return last in LOWER_CUE_LAST_WORDS or last.endswith(KIN_TITLE_WORDS)


def find_names(text: str) -> list[tuple[int, int, float, str]]:
    """(start, end, score, reason) for each name found."""
    tokens = list(TOKEN.finditer(text))
    found: list[tuple[int, int, float, str]] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        word = tok.group()
        base = fold(word)
        kind = _kind(word)
        if word.islower() and (base in FUNCTION_WORDS or kind == "word" and not _lower_cue_may_precede(text, tok.start())):
            i += 1  # most words: lower-case, and only a cue just before could make them a name
            continue
        if base in INSTITUTION_FIRST and _capitalised(word):
            i = _name_extends(text, tokens, i) + 1  # "Ysbyty Cwm Tawel": a hospital, not a person
            continue
        left = text[max(0, tok.start() - 60):tok.start()]
        after = text[tok.end():tok.end() + 70]
        sentence_start = bool(SENTENCE_END.search(left)) or tok.start() == 0
        titled = TITLE_BEFORE.search(left) is not None
        why = ""
        if len(base) < 2 and not titled or PLACE_PREFIX.search(left) or POSTCODE_AFTER.match(after) \
                or base == "hong" and after.startswith(" Kong"):
            i += 1  # "King's Lynn", "Port Talbot", "Whitehaven CA28 7LB": places
            continue
        if titled and base not in FUNCTION_WORDS and (_capitalised(word) or kind != "word"):
            why = "a title comes before it"
        elif _capitalised(word) and kind in ("word", "ambiguous") and base not in NOT_NAMES and base not in FUNCTION_WORDS \
                and base not in INSTITUTION_WORDS and base not in DESCRIBING_WORDS and not base.endswith(ADJECTIVE_ENDINGS) \
                and ROLE_IS_BEFORE.search(left) and re.match(r"(?:['’]s)?\s*(?:[,.;!?)]|and\b|who\b|$)", after):
            why = "a capitalised word after 'my <role or relation> is'"
        elif _capitalised(word) and kind in ("word", "ambiguous") and base not in NOT_NAMES and not sentence_start \
                and base not in INSTITUTION_WORDS and left.rstrip().endswith(",") and APPOSITION.search(left) \
                and after.startswith(",") and PERSON_VERB.match(after[1:]):
            why = "a capitalised word between commas after a role or relation, then what a person does"
        elif _capitalised(word) and kind in ("unknown", "plain", "ambiguous") and FAMILY_AFTER.match(after) \
                and re.search(r"\bthe\s+$", left, re.I):
            why = "a family name ('the Zebari children')"
        elif _capitalised(word) and kind in ("unknown", "plain") and sentence_start and base not in NOT_NAMES \
                and base not in ORGANISATION_WORDS and FROM_SOMEWHERE_AFTER.match(after) and not _organisation_like(word):
            why = "a name at the start of a sentence, then where the person is from ('Gethin at the men's shed')"
        elif _capitalised(word) and kind in ("unknown", "plain", "ambiguous") and sentence_start and SELF_INTRO_AFTER.match(after):
            why = "a name the writer introduces themselves with ('Feven here, ...')"
        elif _capitalised(word) and kind in ("word", "ambiguous") and base not in NOT_NAMES \
                and base not in INSTITUTION_WORDS and not sentence_start and ME_AND.search(left):
            why = "a capitalised word after 'me and'"
        elif _capitalised(word) and kind in ("word", "ambiguous", "unknown", "plain") and base not in INSTITUTION_WORDS \
                and re.search(r"\b(?:mum|mam|dad|nan|gran|grandma|grandad|son|daughter|wife|husband|partner|brother|sister)\s*\(\s*$", left, re.I) \
                and re.match(r"\s*\)", after):
            why = "a name in brackets after a relation ('Mum (Hyacinth)')"
        elif _capitalised(word) and kind in ("word", "ambiguous") and base not in FUNCTION_WORDS and base not in INSTITUTION_WORDS \
                and base not in NOT_NAMES and re.match(r"\s*\(\s*(?:dob|d\.o\.b|born|aged?\s+\d)", after, re.I):
            why = "a capitalised word followed by '(born ...)' or '(DOB ...)'"
        elif _capitalised(word) and kind in ("word", "ambiguous", "unknown") \
                and (base not in FUNCTION_WORDS or RELATION_AFTER.match(after)) \
                and base not in NOT_NAMES and base not in INSTITUTION_WORDS and (
                    re.search(r"\b(?:ours|mine|theirs|hers)\s*,\s+$", left, re.I) and re.match(r"\s*,", after) or
                    RELATION_AFTER.match(after) or word.endswith(("'s", "’s")) and re.match(
                        r"\s+(?:mum|mam|mother|dad|father|sister|brother|nan|gran|carer|foster|teacher|auntie|aunt|uncle|grandma|grandad)\b", after, re.I)):
            why = "a capitalised word followed by ', my <relation or role>,'"
        elif _capitalised(word) and kind in ("word", "ambiguous") and base not in FUNCTION_WORDS and base not in NOT_NAMES \
                and base not in INSTITUTION_WORDS and re.search(r"\b(?:my|our)\s+$", left, re.I) \
                and re.match(r"\s+(?:is|was|has|had|turned|turns|loves|started|starts)\b", after):
            why = "a capitalised word after 'my' or 'our' that acts like a person"
        elif _capitalised(word) and kind == "word" and (base not in FUNCTION_WORDS or _cue_before(left)) \
                and base not in NOT_NAMES and base not in INSTITUTION_WORDS and base not in PLACE_WORDS \
                and not re.search(r"(?:^|[.!?\n])\s*$", left) and _surname_follows(text, tokens, i):
            why = "a capitalised word followed by a surname"
            _add(found, text, tok.start(), tokens[i + 1].end(), 0.7, why)
            i += 2
            continue
        elif _capitalised(word) and kind in ("word", "ambiguous") and base not in NOT_NAMES and base not in INSTITUTION_WORDS \
                and base not in FUNCTION_WORDS and base not in CONJUNCTIONS \
                and (ROLE_AFTER.match(after) and (kind == "ambiguous" or re.match(r"\s+(?:is|was)\b", after)) and not re.match(r"\s+(?:is|was)\s+(?:my|our)\s+(?:[\w'-]+\s+){0,2}?(?:mum|dad|nan)\b", after)
                     or not sentence_start and re.match(r",\s+who\b", after) and base not in FUNCTION_WORDS):
            why = "a capitalised word explained as a person ('who', or 'my <role>' after it)"
        elif _capitalised(word) and kind == "word" and (base not in FUNCTION_WORDS or STRONG_CUE.search(left)
                                                        or not sentence_start and _listed_with_name(text, tok.start(), found)) \
                and base not in NOT_NAMES and (STRONG_CUE.search(left) or _listed_with_name(text, tok.start(), found)) \
                and not THING_CALLED.search(left):
            why = "a capitalised word after " + ("'" + STRONG_CUE.search(left).group().strip() + "'"
                                                   if STRONG_CUE.search(left) else "another name, in a list of names")
        elif _capitalised(word) and kind in ("word", "ambiguous") and (base not in NOT_NAMES or MONTH_NAME.fullmatch(base) and RELATION_BEFORE.search(left)) \
                and (base not in FUNCTION_WORDS or RELATION_BEFORE.search(left)) \
                and base not in INSTITUTION_WORDS and not sentence_start and LOWER_CUE.search(left) \
                and (STRONG_VERB.match(after) or PERSON_VERB.match(after) or re.match(r"\s+(?:actually|really|just|even|finally|then|also|always|never|very|so)\b", after) or re.match(r"(?:['’]s)?\s*(?:[,.;!?)]|and\b|$)|\s+[—–-]\s", after)):
            # "my friend Sunny helped loads", "our PA, Faith."
            why = "a capitalised word straight after '" + LOWER_CUE.search(left).group().strip() + "'"
        elif _capitalised(word) and kind not in ("word", "place"):
            if i > 1 and fold(tokens[i - 1].group()) in ("and", "or", "with") and _kind(tokens[i - 2].group()) == "place" \
                    and kind == "unknown" and text[tokens[i - 2].end():tok.start()] == f" {tokens[i - 1].group()} ":
                i += 1  # "Derry and Strabane": an unknown word listed with a place is a place
                continue
            self_named = SELF_NAMED.search(left)
            cue = _cue_before(left) or self_named
            if self_named and i + 1 < len(tokens) and _capitalised(tokens[i + 1].group()) \
                    and text[tok.end():tokens[i + 1].start()] == " " and text[tokens[i + 1].end():tokens[i + 1].end() + 1] == ",":
                j_self = i + 1  # "ring me, Wai Ling, on ...": both words
            else:
                j_self = None
            appos = left.rstrip().endswith(",") and APPOSITION.search(left) and re.match(r"^(?:['’]s)?\s*(?:[,(]|\s+[A-Z])", after)
            prev = tokens[i - 1].group() if i else ""
            prev_starts = i and bool(SENTENCE_END.search(text[max(0, tokens[i - 1].start() - 60):tokens[i - 1].start()]))
            in_title_run = i and not (prev_starts and fold(prev) in CONJUNCTIONS) and text[tokens[i - 1].end():tok.start()] == " " and _capitalised(prev) \
                and not sentence_start and _kind(prev) in ("word", "place") and fold(prev) not in NOT_NAMES \
                and fold(prev) not in FUNCTION_WORDS
            j = _name_extends(text, tokens, i) if j_self is None else j_self
            next_word = re.match(r"\s+(\w+)", text[tokens[j].end():tokens[j].end() + 30])
            institution = next_word and (next_word.group(1)[0].isupper() and fold(next_word.group(1)) in INSTITUTION_WORDS
                                         or fold(next_word.group(1)) in EPONYM_WORDS or next_word.group(1) in LOWER_INSTITUTION_WORDS)
            if institution or (in_title_run and not cue) or any(_organisation_like(t.group()) for t in tokens[i + 1:j + 1]):
                i = j + 1
                continue
            full = j > i
            if kind == "plain" and not full and not cue and not word.endswith(("'s", "’s")) and (
                    re.search(r"\b(?:in|near|outside|around|past|beyond|live\s+in|lives\s+in|moved\s+to|from|the)\s+$", left, re.I)
                    and not re.search(r"\b(?:text|message|call|letter|email|note|card|visit|help)s?\s+from\s+$", left, re.I)
                    or re.search(r"\bfrom\s+[A-Z][a-z]+\s+to\s+$", left)):
                pass  # "I live in Shirley", "from Beverley to Morley": a town
            elif kind == "plain":
                why = "on the name list" + (", with a surname" if full else "")
            elif kind == "ambiguous":
                if cue or appos:
                    why = "a name that is also a word, after a cue"
                elif full and re.search(r"\b(?:in|near|around|past|beyond)\s+$", left, re.I) and not cue:
                    i = j + 1  # "supported accommodation in Small Heath": a district
                    continue
                elif full and base not in PLACE_WORDS:
                    why = "a name that is also a word, followed by a surname"
                elif not sentence_start and base not in FUNCTION_WORDS and not re.search(r"\b(?:at|in|on|near|outside|of|the|a)\s+$", left, re.I) \
                        and not (left.lower().endswith("from ") and not FROM_A_PERSON.search(left)):  # "from Lewis": a place
                    why = "a name that is also a word, capitalised mid-sentence"
                elif STRONG_VERB.match(after) or re.match(r"\s+on the (?:night|day|late|early)\b", after):
                    why = "a name that is also a word, followed by what a person does"
            elif kind == "unknown" and "-" not in base and base.endswith(ABSTRACT_ENDINGS):
                pass  # "Adults with Incapacity", "Safeguarding": not a name
            elif _organisation_like(word) and (not (cue or appos) or re.search(r"[A-Z]{2}", word)):
                pass  # "IROs never see it", "Swiftcare's owner": acronyms and company names
            else:  # unknown capitalised word
                if cue or appos:
                    why = "an unknown capitalised word in a name position (after a cue)"
                elif full and _kind(tokens[j].group()) in ("plain", "unknown") and not sentence_start:
                    why = "two capitalised unknown words, shaped like a full name"
                elif full and (fold(tokens[j].group()) in lexicon()["surnames"] or _kind(tokens[j].group()) == "plain"):
                    why = "an unknown capitalised word followed by a surname"
                elif (STRONG_VERB.match(after) and not (sentence_start and base.endswith("s"))) or re.match(r"\s+(?:lives|lived|works|worked|runs|ran|helps|helped|teaches|taught|manages|managed|drives|drove|cooks|visits|rings)\b|\s*[(,]\s*(?:dob|d\.o\.b|born|aged?\s+\d)|\s+(?:did|does)\s*[,;]", after, re.I):
                    why = "an unknown capitalised word followed by what a person does"
                elif _listed_with_name(text, tok.start(), found):
                    why = "an unknown capitalised word listed with another name"
                elif not sentence_start and not full and not PLACE_BEFORE.search(left) and not re.match(r"\s+[A-Z0-9]", after) \
                        and not _organisation_like(word) and not re.match(r"['’]s\s+(?:owner|manager|staff|director|office|website|policy)", after):
                    why = "an unknown capitalised word mid-sentence, not after a place word"
            if why:
                town_after = re.match(r"\s+in\s+([A-Z][\w'’-]+)", text[tokens[j].end():tokens[j].end() + 40])
                if town_after and _kind(town_after.group(1)) == "place" and re.search(r"\b(?:at|in)\s+$", left, re.I) and not cue:
                    i = j + 1  # "At Hollins Brook in Wrexham": a place in a town, not a person
                    continue
                _add(found, text, tok.start(), tokens[j].end(), 0.85 if (cue or appos or full) else 0.6, why)
                i = j + 1
                continue
        elif not _capitalised(word) and word.islower() and base not in FUNCTION_WORDS and len(base) >= 2:
            prev_word = left.rstrip().rsplit(None, 1)[-1].lower() if left.strip() else ""
            cue = (LOWER_CUE.search(left) if prev_word in LOWER_CUE_LAST_WORDS else None) or KIN_TITLE.search(left)
            naming = r"\b(?:was|is|were|are|be|been|guy|lady|man|woman|girl|boy|lad|bloke|fella|person|someone|" \
                     r"somebody|one|worker|coach|friend|mate)\s+(?:called|named)\s+$"
            if cue and re.search(r"\b(?:called|named)\s+$", cue.group(), re.I) and kind != "plain" and not (
                    kind in ("ambiguous", "unknown") and re.search(naming, left, re.I)):
                cue = None  # "never called back": after a bare verb only a clear name counts
            verb_like = base.endswith(("ed", "ing", "ly", "ises", "izes")) or base in NOT_LOWER_NAMES or re.search(r"n['’]t$|['’](?:ve|ll|re|d|m)$", word) or PERSON_VERB.match(" " + base) \
                or base.endswith("s") and (base[:-1] in lexicon()["common"] or base.endswith("es") and base[:-2] in lexicon()["common"])
            appositive = cue is None and left.rstrip().endswith(",") and LOWER_APPOSITION.search(left) and re.match(r"\s*,", after) \
                and kind != "word" and not verb_like
            if appositive:
                cue = LOWER_APPOSITION.search(left)
            acts = PERSON_VERB.match(after) and not re.match(r"\s+(?:is|was|has|had|does|did)\b", after) \
                or re.match(r"\s+did\s+(?:my|our|the|all|everything|it)\b", after)  # "my PA sunny did my UC claim"
            if cue is None and kind != "word" and not verb_like and ME_AND.search(left) \
                    and re.match(r"\s*(?:[,.]|and\b|from\b|went\b|were\b|got\b|had\b|have\b|did\b|used\b|both\b|are\b|go\b|used\b)", after):
                cue = ME_AND.search(left)
            if cue is None and kind in ("plain", "unknown") and not verb_like and (THANKS_CUE.search(left) or NAMING_CLAUSE.search(left)):
                cue = THANKS_CUE.search(left) or NAMING_CLAUSE.search(left)
            if cue is None and kind in ("plain", "ambiguous", "unknown") and not verb_like and ROLE_AFTER.match(after):
                cue = ROLE_AFTER.match(after)  # "tyler my social worker is leaving"
            if kind != "plain" and re.search(r"\b(?:sent|send|gave|give|bought|buy|got|get|showed|show|lent|lend|offered|offer|owe|owes|owed)\s+"
                                             r"(?:my|our|his|her)\s+[\w'-]+\s+$", left, re.I):
                cue = None  # "he sent my brother vbucks": the thing given, not a name
            if kind == "ambiguous" and VERB_OBJECT_AFTER.match(after) or base in CUE_NOUN_WORDS:
                cue = None  # "my ex put his hands", "my cousins mate asked": a verb or a noun, not a name
            joins = word.endswith(("'s", "’s")) or LOWER_NAME_JOINS.match(after)
            named = cue is not None and re.search(r"\b(?:called|named)\s+$", cue.group(), re.I) and kind == "unknown" and not verb_like
            # "a letter for my PA efua in the drawer": a word no dictionary knows, right after "my <role>", then a small word
            # "we left kev (our little brother) with a lady": explained by a relation right after it
            named = named or cue is not None and cue.re is ROLE_AFTER and kind == "unknown" and not verb_like
            named = named or cue is not None and kind == "unknown" and not verb_like and "-" not in base \
                and re.match(r"(?:my|our|his|her|their)\s", cue.group(), re.I) and UNKNOWN_NAME_THEN.match(after)
            if cue and (named or kind == "plain" or kind == "ambiguous" and base not in NOT_LOWER_NAMES or appositive or kind == "unknown" and (PERSON_VERB.match(after) or joins)
                        and not verb_like or kind == "word" and re.match(r"\s+who\b", after)
                        or kind == "word" and not verb_like and acts and not STRONG_CUE.search(left)
                        and re.match(r"(?:my|our|his|her|their)\b", cue.group(), re.I)):
                why = "a lower-case word after a cue, " + ("on the name list" if kind in ("plain", "ambiguous")
                                                          else "between commas" if appositive
                                                          else "not an English word" if named and not PERSON_VERB.match(after)
                                                          else "followed by what a person does")
        if not why and word.islower() and kind == "plain" and base not in FUNCTION_WORDS and i + 2 < len(tokens) \
                and re.fullmatch(r"\s+(?:and|&|n)\s+", text[tok.end():tokens[i + 2].start()]) \
                and tokens[i + 2].group().islower() and _kind(tokens[i + 2].group()) == "plain":
            why = "a lower-case name on the list, paired with another by 'and'"  # "jodie and marty who run it"
            _add(found, text, tokens[i + 2].start(), tokens[i + 2].end(), 0.7, why)
        if why:
            titled = titled and why.startswith("a title")
            j = _name_extends(text, tokens, i) if titled else i
            if why.startswith("a lower-case word after a cue") and j + 1 < len(tokens) \
                    and text[tokens[j].end():tokens[j + 1].start()] == " " and _lower_surname(tokens[j + 1].group()):
                j += 1  # "a fella called gerard mcilroy"
            _add(found, text, tok.start(), tokens[j].end(), 0.85 if titled else 0.7, why)
            i = j + 1
            continue
        i += 1
    for _ in range(6):
        more = _list_neighbours(text, tokens, found)
        if not more:
            break
        found += more
    found = [_with_first_name_before(text, _with_capital_surname(text, f)) for f in found]
    found += _initials(text)
    found += _repeats(text, tokens, found)
    found = [f for f in found if not NAMED_ORGANISATION.match(text, f[0])]
    eponyms = {fold(m.group(1)) for m in EPONYM_USE.finditer(text)}
    return [f for f in found if fold(text[f[0]:f[1]].split()[0]) not in eponyms] if eponyms else found


# Charities, hospitals and shops named after people: criticising or praising them names nobody.
NAMED_ORGANISATION = re.compile(r"(?:Marie\s+Curie|Sue\s+Ryder|Macmillan|John\s+Lewis|Ronald\s+McDonald|Leonard\s+Cheshire|"
                                r"Florence\s+Nightingale|Joseph\s+Rowntree|Great\s+Ormond\s+Street|Alder\s+Hey|Winston's\s+Wish|"
                                r"Marks\s+(?:and|&)\s+Spencer|Tommy's|Barnardo's|Guy's|St\s+John\s+Ambulance|"
                                r"Young\s+Carers?\s+Grant|Best\s+Start\s+(?:Grant|Foods)|Job\s+Start\s+Payment|Carer\s+Support\s+Payment)\b")
# "Gillick competence", "Martha's Rule": the word is an eponym everywhere in this note.
EPONYM_USE = re.compile(r"\b([A-Z][a-z]+)(?:['’]s)?\s+(?i:competen\w*|guidelines|principles?|criteria|protocol|rule|law|scheme|test|syndrome|disease)\b")


LIST_JOIN_AFTER = re.compile(r",\s*|\s+(?:and|&|n)\s+")
LIST_JOIN_BEFORE = re.compile(r"(?:,\s*|\s+(?:and|&|n)\s+|\s+\(\s*)$")


def _list_neighbours(text: str, tokens: list[re.Match], found: list) -> list[tuple[int, int, float, str]]:
    """ "me, tariq, ellie-mae and conor", "Gethin and Cerys": a name-shaped word listed next to a name."""
    extra: list[tuple[int, int, float, str]] = []
    starts = {s for s, _, _, _ in found}
    ends = {e for _, e, _, _ in found}
    for tok in tokens:
        if tok.start() in starts or any(s <= tok.start() < e for s, e, _, _ in found):
            continue
        word, base = tok.group(), fold(tok.group())
        if _kind(word) not in ("unknown", "plain", "ambiguous") or _kind(word) == "ambiguous" and not word.islower() or base in FUNCTION_WORDS or base in NOT_NAMES or len(base) < 3 \
                or base.endswith(("ed", "ing", "ly")) or _organisation_like(word) or not (word.islower() or _capitalised(word)):
            continue
        if POSTCODE_AFTER.match(text[tok.end():tok.end() + 12]) or PLACE_BEFORE.search(text[max(0, tok.start() - 12):tok.start()]):
            continue  # "7 Heol y Felin, Llandeilo SA19 6DN", "near Redruth, Tamsin": a town
        after = LIST_JOIN_AFTER.match(text, tok.end())
        before_join = LIST_JOIN_BEFORE.search(text[max(0, tok.start() - 8):tok.start()])
        neighbour = None
        if after and after.end() in starts:
            neighbour = text[after.end()]
        elif before_join:
            end = tok.start() - len(before_join.group())
            if end in ends:
                neighbour = next(text[s] for s, e, _, _ in found if e == end)
        if neighbour is not None and word[0].isupper() == neighbour.isupper():
            extra.append((tok.start(), tok.end(), 0.6, "a name-shaped word listed next to a name"))
    return extra


MONTH_NAME = re.compile(r"january|february|april|may|june|july|august")  # also given names: "my wife June"
# Words that open a sentence before a name without making a title of it ("Since Maureen passed").
CONJUNCTIONS = {"since", "when", "after", "before", "because", "although", "though", "while", "until", "unless", "once",
                "if", "and", "but", "so", "then", "as", "thanks", "dear", "hi", "hello", "sadly", "luckily", "yesterday",
                "today", "recently", "now", "also", "only", "even", "just", "like", "with", "without", "for", "tell", "ask"}
ABSTRACT_ENDINGS = ("tion", "sion", "ship", "ment", "ness", "ity", "ance", "ence", "ism", "ogy", "ics")
PLACE_WORDS = {"st", "saint", "port", "fort", "mount", "lake", "loch", "glen", "upper", "lower", "great", "little",
               "north", "south", "east", "west", "new", "old", "royal", "king", "queen", "ward", "bishop"}
# Words that make the next capitalised word part of a place name, and a postcode after a town.
PLACE_PREFIX = re.compile(r"(?<![\w'’])(?-i:the\s+(?:Queen|King|Prince|Princess|Duke|Duchess)|King['’]s|Queen['’]s|Bishop['’]s|Port|Fort|Mount|Loch|Glen|Lake|Saint|St\.?|HMP|HMYOI|YOI|HMPYOI|"
                          r"Upper|Lower|Great|Little|North|South|East|West|New)\s+$")
POSTCODE_AFTER = re.compile(r",?\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
# Words after which an unknown capitalised word is more likely a place than a person.
PLACE_BEFORE = re.compile(r"\b(?:at|in|on|near|outside|of|from|to|into|via|the|a|an|round|around|across|towards|past|beyond|"
                          r"north|south|east|west|central|upper|lower|greater|personal|"
                          r"silver|black|white|red|blue|grey|gray|green|yellow|orange|purple|gold|brown|dark|old|new)\s+$", re.IGNORECASE)


# Past tenses that may follow a lower-case name ("kez ate the cake"); with a few more, none ends a surname.
JOIN_PAST = ("ate", "got", "went", "came", "said", "took", "made", "gave", "ran", "saw", "told", "left", "kept", "put",
             "sent", "broke", "bought", "brought", "drove", "fell", "found", "hit", "lost", "met", "paid", "rang",
             "sat", "stole", "threw", "wrote")
IRREGULAR_PAST = frozenset(JOIN_PAST) | {"felt", "heard", "knew", "thought", "became", "began", "spoke"}
# What may follow an unknown lower-case word after a cue for it to count as a name.
LOWER_NAME_JOINS = re.compile(r"\s*(?:[,.(]|and\b|are\b|were\b|n\b|['’]s\b|from\b|who\b|(?!is\b|was\b|has\b|does\b)[a-z]+s\b|"
                              rf"[a-z]{{3,}}ed\b|(?:{'|'.join(JOIN_PAST)})\b)")


def _lower_surname(word: str) -> bool:
    """A lower-case word that can end a lower-case full name: a surname that is not a word, or unknown."""
    base = fold(word)
    if not word.islower() or base in FUNCTION_WORDS or base in NOT_NAMES or base.endswith(("ed", "ing", "ly")) \
            or base in IRREGULAR_PAST:
        return False
    if base.endswith("s") and (base[:-1] in lexicon()["common"] or base[:-2] in lexicon()["common"]):
        return False  # "kai loves", "jo watches"
    return _kind(word) == "unknown" or _kind(word) == "plain" and base in lexicon()["surnames"]


def _organisation_like(word: str) -> bool:
    """ "PAs", "IROs", "MP's" (acronyms), "Swiftcare", "Homecare" (company names)."""
    bare = word.replace("’", "'").removesuffix("'s")
    if re.search(r"[A-Z]{2}", bare) or re.search(r"[a-z][A-Z]", bare) and not re.match(
            r"(?:Mc|Mac|Nic|Mhic|Fitz|De|Di|Da|La|Le|Van|Von)[A-Z]", bare):
        return True  # an acronym ("IROs", "CoA"), never "McLeod", "NicLeòid", "LaToya" or "Adebanjo-Clarke"
    return fold(bare).endswith(("care", "health", "housing", "link", "line", "net", "works", "tech", "ltd", "plc", "ware"))


def _surname_follows(text: str, tokens: list[re.Match], i: int) -> bool:
    """ "Sky Marriner": a capitalised word, then a surname that is not a word, then no institution word."""
    if i + 1 >= len(tokens) or text[tokens[i].end():tokens[i + 1].start()] != " ":
        return False
    nxt = tokens[i + 1].group()
    surname_like = _kind(nxt) == "plain" and (fold(nxt) in lexicon()["surnames"] or "-" in nxt) or _kind(nxt) == "unknown" \
        and not fold(nxt).endswith(("tion", "sion", "ship", "ment", "ness", "ity", "ance", "ence", "ism", "ogy", "ics",
                                    "ing", "mme", "line", "ary", "ory", "ive", "ful", "less", "able"))
    if not _capitalised(nxt) or not surname_like or _organisation_like(nxt):
        return False
    if i and text[tokens[i - 1].end():tokens[i].start()] == " " and (
            _capitalised(tokens[i - 1].group()) and fold(tokens[i - 1].group()) not in FUNCTION_WORDS | NOT_NAMES
            or fold(tokens[i - 1].group()) in ("the", "a", "an")):
        return False  # "the Freedom Programme", "National Domestic Abuse Helpline": a title, not a person
    following = re.match(r"\s+(\w+)", text[tokens[i + 1].end():tokens[i + 1].end() + 30])
    return not (following and (fold(following.group(1)) in INSTITUTION_WORDS or following.group(1)[0].isupper()))


def _listed_with_name(text: str, start: int, found: list) -> bool:
    """True after "<name> and " or "<name>, ": "Blessing and Precious"."""
    return any(re.fullmatch(r"(?:['’]s)?(?:,\s*|\s+and\s+|\s*&\s*)", text[e:start]) for _, e, _, _ in found)


def _add(found: list, text: str, start: int, end: int, score: float, why: str) -> None:
    if text[end - 2:end].lower().replace("’", "'") == "'s":
        end -= 2
    found.append((start, end, score, why))


FIRST_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z'’-]+) $")


def _with_first_name_before(text: str, finding: tuple[int, int, float, str]) -> tuple[int, int, float, str]:
    """ "...reads this: Tamsin Pascoe, 3 Chapel Row": a sentence's first word, not an English word, before a name found."""
    start, end, score, why = finding
    first = FIRST_WORD_BEFORE.search(text, max(0, start - 30), start)
    if first and _kind(first.group(1)) in ("plain", "unknown") and fold(first.group(1)) not in NOT_NAMES \
            and not TITLE_BEFORE.search(first.group(1) + " ") \
            and SENTENCE_END.search(text[max(0, first.start() - 60):first.start()]) and text[start:start + 1].isupper():
        return first.start(1), end, score, why + ", with the first name before it"
    return finding


def _with_capital_surname(text: str, finding: tuple[int, int, float, str]) -> tuple[int, int, float, str]:
    """Widen a name over a surname written in capitals just before or after it."""
    start, end, score, why = finding
    before_match = CAPITAL_SURNAME_BEFORE.search(text, max(0, start - 40), start)
    if before_match and _kind(before_match.group(1)) == "plain":  # on the name lists: not "AMHP" or "IDVA"
        start, why = before_match.start(1), why + ", with a surname in capitals"
    after_match = CAPITAL_SURNAME_AFTER.match(text, end)
    if after_match and _kind(after_match.group(1)) == "plain":
        end, why = after_match.end(1), why + ", with a surname in capitals"
    return start, end, score, why


def _initials(text: str) -> list[tuple[int, int, float, str]]:
    out = []
    for m in INITIALS.finditer(text):
        if m.group().upper() not in NOT_INITIALS:
            out.append((m.start(), m.end(), 0.6, "dotted initials"))
    for m in re.finditer(r"(?<![\w.])[A-Z]\.? ([A-Z][a-z'’-]+)", text):
        if fold(m.group(1)) in lexicon()["surnames"] or _kind(m.group(1)) == "unknown":
            if not SENTENCE_END.search(text[max(0, m.start() - 5):m.start()]) or m.group()[0] not in "AI":
                out.append((m.start(), m.end(), 0.6, "an initial and a surname"))
    return out


def _repeats(text: str, tokens: list[re.Match], found: list) -> list[tuple[int, int, float, str]]:
    """Once a word is a name in this note, its other occurrences are too ("Jade helped. Later Jade rang.")."""
    names = {}
    for start, end, _, _ in found:
        for w in TOKEN.findall(text[start:end]):
            if fold(w) not in PARTICLES and len(fold(w)) >= 2:
                names[fold(w)] = w[0].isupper()
    extra = []
    for tok in tokens:
        word = re.sub(r"['’]s$", "", tok.group())  # "kai-jordan's" is kai-jordan
        base = fold(word)
        parts = base.split("-")
        if base not in names and not (len(parts) > 1 and all(p in names for p in parts)):
            continue
        if any(s <= tok.start() < e for s, e, _, _ in found):
            continue
        base = base if base in names else parts[0]
        # "robin says" again after "my worker robin": a lower-case name repeats in lower case, acting as a person
        lower_again = not tok.group()[0].isupper() and not names[base] and PERSON_VERB.match(text[tok.end():tok.end() + 20])
        if "-" not in word and _kind(word) in ("word", "ambiguous") and not (tok.group()[0].isupper() and names[base]) \
                and not lower_again:
            continue  # "Grace" the name does not make "grace" a name
        if not tok.group()[0].isupper() and names[base]:
            continue
        end = tok.end() - 2 if tok.group().lower().replace("’", "'").endswith("'s") else tok.end()
        extra.append((tok.start(), end, 0.7, "the same word is a name elsewhere in this note"))
    return extra


class PersonNameRecognizer(CueRecognizer):
    """People's names from name lists, capitals, context cues and shape (see the module docstring)."""

    ENTITY = "PERSON"

    def find(self, text: str):
        for start, end, score, why in find_names(text):
            yield start, end, score, "name finder", why[0].upper() + why[1:]
