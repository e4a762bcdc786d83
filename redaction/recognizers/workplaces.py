"""Where a particular person works: "my mum works at the Greggs on Commercial Street".

A shop, café, ward or office is personal data when the note ties a person to
it *and* says which one: a work word ("works", "job", "shifts", "pharmacist
at") and then a place with its street or town ("the co-op on Stanley Road",
"the Amazon warehouse in Doncaster"), or a person "from" a small place on a
named street ("Kasia from the Polish shop on Fratton Road"). "She works at the council" names a
public body and stays; so do services criticised in their own right.
"""
from __future__ import annotations

import re

from redaction.recognizers.base import CueRecognizer
from redaction.recognizers.names import _kind as name_kind  # the name lists the name finder loads

WORK_CUE = (r"\b(?:works?|working|worked|job|jobs|employed|shifts?|(?:on|does|doing|do|did|works?|worked)\s+(?:[\w-]+\s+)?nights|lates|earlies|tills|based|volunteers?|volunteering|placement|"
            r"let go|sacked|fired|dismissed|locker at work|at work|contract|taken on|hired|(?:does|doing|do|works?|worked)\s+(?:[\w-]+\s+)?(?:mornings|evenings|days|weekends)|youth worker|support worker|worker|"
            r"(?:start|starts|started|finish|finishes|finished)\s+(?:work\s+)?at\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?|"
            r"(?:my|her|his)\s+(?:mornings|evenings|afternoons|shifts?|hours)|"
            r"(?:does|doing|do|did|works?|worked)\s+(?:\d+|[a-z]+)\s+hours|"
            r"(?:does|doing|do|did)\s+(?:the\s+)?(?:admin|cleaning|security|deliveries|packing|picking|reception|catering|payroll)|"
            r"pharmacist|cashier|manager|assistant|cleaner|chef|nurse|receptionist|porter|driver|cook|midwife|security\s+guard|does (?:them|it|this|that)"
            r"(?: for free)?|helps? out|runs? (?:a|the) \w+|sees? (?:him|her|them|me))")
PLACE = r"(?-i:[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|upon|le|de)(?![\w'’-]))*)"
WORKPLACE = re.compile(
    rf"{WORK_CUE}\b[^.!?\n]{{0,30}}?(?:\b(?:at|in|for|from|by)\s+|(?:\s[—–-]|(?<=work),)\s+(?=the\s))((?:the\s+)?[\w'’&-]+(?:\s+[\w'’&-]+){{0,3}}?\s+"
    rf"(?:on|in|at|off|near)\s+{PLACE})", re.IGNORECASE)
# A small named place needs no street: "a job at Hobson's Garden Centre",
# "based at the Kingswood family hub". The name must be capitalised and the
# last word a kind of small workplace; chains and big hospitals need a street.
SMALL_PLACE = (r"(?:caf[eé]|coffee\s+shop|garden\s+centre|pharmacy|chemists?|salon|hairdressers?|barbers?|bakery|shop|"
               r"store|pub|restaurant|takeaway|chippy|garage|nursery|family\s+hub|hub|farm|kitchen|bar|launderette|"
               r"newsagents?|florists?|distribution\s+centre|warehouse|factory|hotel|gym|studio|depot|mill|surgery|"
               r"children'?s\s+centre|car\s+wash)")
NAMED_SMALL_PLACE = re.compile(
    rf"{WORK_CUE}\b[^.!?\n]{{0,30}}?\b(?:at|in|for)\s+((?:the\s+)?(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){{0,2}}\s+"
    rf"{SMALL_PLACE}(?:\s+(?:on|in|at|near)\s+{PLACE})?)\b", re.IGNORECASE)
# "my friend Kasia from the Polish shop on Fratton Road", "Shazia at the Citizens Advice on Wellington Street":
# a person "from" or "at" a small or named place that the street pins down.
PERSON_FROM_PLACE = re.compile(
    rf"(?:\b(?:friend|mate|pal|neighbour|lady|man|woman|bloke|guy|girl|lad|fella)\b(?:\s+(?-i:[A-Z][\w'’-]+))?|(?-i:\b[A-Z][a-z'’-]+))"
    rf"\s+(?:from|at)\s+(the\s+(?:(?:[\w'’-]+\s+){{0,2}}?{SMALL_PLACE}|(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){{0,2}})\s+(?:on|off|near)\s+{PLACE})",
    re.IGNORECASE)
# "I run a nail bar, Lotus Nails on Fore Street": a business someone runs, named after a comma.
OWN_BUSINESS = re.compile(
    rf"\b(?:i|she|he|we|they|(?:my|her|his)\s+\w+)\s+(?:run|runs|ran|own|owns|owned|manage|manages)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{SMALL_PLACE}|business|stall|firm|company|bar|salon),\s+"
    rf"((?-i:[A-Z][\w'’&-]+)(?:\s+(?-i:[A-Z][\w'’&-]+)){{0,3}}(?:\s+(?:on|in)\s+{PLACE})?)", re.IGNORECASE)
# "I work on Ward 23 at the Royal": a ward, and the hospital when it is named.
WARD = re.compile(rf"\b(?:work|works|worked|working|based|shifts?)\s+on\s+((?-i:Ward)\s+[\w-]+(?:\s+(?:at|in)\s+(?:the\s+)?{PLACE})?)",
                  re.IGNORECASE)
PERSON_NOUNS = {"friend", "mate", "pal", "neighbour", "lady", "man", "woman", "bloke", "guy", "girl", "lad", "fella", "my", "her", "his"}
CARED_FOR_PLACE = re.compile(r"\b(?:care\s+home|nursing\s+home|hospital|infirmary|hospice|surgery|ward|unit|hostel)\b", re.IGNORECASE)


# "works lates at the spar on strand road": a chain's branch, named by its street or town, in any case.
CHAINS = (r"asda|tesco|spar|lidl|aldi|co-?op|greggs|costa|boots|mcdonald'?s|morrisons|sainsbury'?s|primark|iceland|"
          r"wilko|b&m|poundland|home\s+bargains|superdrug|subway|kfc|starbucks|nando'?s|wetherspoons?|premier\s+inn|"
          r"travelodge|argos|ikea|next|currys|screwfix|b&q|amazon\s+warehouse")
CHAIN_BRANCH = re.compile(
    rf"{WORK_CUE}\b[^.!?\n]{{0,30}}?\b(?:at|in|for|from)\s+(the\s+(?:big\s+|little\s+|new\s+|old\s+)?(?:{CHAINS})\s+"
    r"(?:on|in|at|off|near)\s+[a-z][\w'’-]+(?:\s+(?:road|street|lane|avenue|way|retail\s+park|high\s+street|estate|centre))?)",
    re.IGNORECASE)
# "the dental practice on Victoria Road where I work": the work word after the place.
WORKPLACE_BEFORE_CUE = re.compile(rf"\b(the\s+[\w'’-]+(?:\s+[\w'’-]+){{0,3}}?\s+(?:on|in)\s+{PLACE})\s+where\s+(?:i|she|he|they|my\s+\w+|her\s+\w+|his\s+\w+)\s+(?:works?|worked|volunteers?)\b",
                                  re.IGNORECASE)
STARTS_WITH_CAPITAL = re.compile(r"[A-Z]")
# "for tea on Sundays": a day or month after "on" or "in" is a time, not a place.
A_TIME = re.compile(r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|january|february|march|april|may|june|july|august|"
                    r"september|october|november|december)\b", re.IGNORECASE)
ROLE_CUE = re.compile(r"(?:pharmacist|cashier|manager|assistant|cleaner|chef|nurse|receptionist)\b", re.IGNORECASE)
CARE_SERVICE = re.compile(r"^(?:the\s+)?(?:[A-Z][\w'’-]+\s+)+(?:Court|Lodge|House|Grange|Manor|Hall|Home|Ward|Hospital|"
                          r"Centre|Unit|Gardens|View)\b")
PUBLIC_BODY = re.compile(r"\b(?:council|dwp|jobcentre|job centre|police|nhs|home office|civil service|government|"
                         r"local authority|hmrc)\b", re.IGNORECASE)


class WorkplaceRecognizer(CueRecognizer):
    ENTITY = "WORKPLACE_OF_INDIVIDUAL"

    def find(self, text: str):
        for m in WORKPLACE.finditer(text):
            place = re.search(r"\s(?:on|in|at|off|near)\s+(\S.*)$", m.group(1))
            if not place or not STARTS_WITH_CAPITAL.match(place.group(1)) or A_TIME.match(place.group(1)):
                continue  # "at the shop in town": which shop is not said
            if PUBLIC_BODY.search(m.group(1)):
                continue  # a public body is not one person's small workplace
            if ROLE_CUE.match(m.group()) and (CARE_SERVICE.search(m.group(1)) or CARE_SERVICE.search(place.group(1))):
                continue  # "the deputy manager at Meadowbank Court": a care service criticised, which stays
            yield (m.start(1), m.end(1), 0.7, "workplace with its street or town (medium)",
                   f"'{m.group(1)}' after a work word ('{m.group().split()[0]}'): it says where one person works")
        for m in WORKPLACE_BEFORE_CUE.finditer(text):
            if not PUBLIC_BODY.search(m.group(1)):
                yield (m.start(1), m.end(1), 0.7, "workplace with its street, then 'where ... works' (medium)",
                       f"'{m.group(1)}' then 'where ... works': it says where one person works")
        for m in CHAIN_BRANCH.finditer(text):
            if not STARTS_WITH_CAPITAL.match(m.group(1).split()[-1]):  # capitalised ones are found above
                yield (m.start(1), m.end(1), 0.65, "a chain's branch with its street or town (medium)",
                       f"'{m.group(1)}' after a work word ('{m.group().split()[0]}'): which branch one person works at")
        for m in OWN_BUSINESS.finditer(text):
            if not PUBLIC_BODY.search(m.group(1)):
                yield (m.start(1), m.end(1), 0.7, "a business the writer or someone runs (medium)",
                       f"'{m.group(1)}' named after '{m.group().split(',')[0].strip()}': where one person works")
        for m in WARD.finditer(text):
            yield (m.start(1), m.end(1), 0.7, "the ward where someone works (medium)",
                   f"'{m.group(1)}' after '{m.group().split()[0]} on': the ward one person works on")
        for m in PERSON_FROM_PLACE.finditer(text):
            person = m.group().split()[0]
            if person[0].isupper() and person.lower() not in PERSON_NOUNS and name_kind(person) not in ("plain", "unknown", "ambiguous"):
                continue  # "Residents at the Oakwood Care Home on Park Road": people, not a person
            if CARED_FOR_PLACE.search(m.group(1)):
                continue  # a care home or hospital named as the place criticised, which stays
            if not A_TIME.match(m.group(1).split()[-1]) and not PUBLIC_BODY.search(m.group(1)):
                yield (m.start(1), m.end(1), 0.65, "a person from a small place on a named street (medium)",
                       f"'{m.group(1)}' after a person and 'from': the street says which shop, and so where they are")
        for m in NAMED_SMALL_PLACE.finditer(text):
            if PUBLIC_BODY.search(m.group(1)):
                continue
            yield (m.start(1), m.end(1), 0.65, "named small workplace (medium)",
                   f"'{m.group(1)}' after a work word ('{m.group().split()[0]}'): a small named place where one person works")
