"""Where someone lives: street addresses and postcodes.

A street address is a house number (with an optional "Flat 9," or "Room 14,"
in front) and one to three words ending in a street word ("118 Fennimore
Road", "22b Wragby Street", "101 Kingsway"), or a flat or room in a named
building ("Room 14, Calder House"). A street named without a number is not
taken: "the Greggs on Commercial Street" locates a shop, which is the
workplace recognizer's business. Postcodes are Presidio's
`UkPostcodeRecognizer`, whose position rules are strict enough that a
well-formed postcode counts without context words.
"""
from __future__ import annotations

import re

from presidio_analyzer import Pattern
from presidio_analyzer.predefined_recognizers import UkPostcodeRecognizer

from redaction.recognizers.base import CueRecognizer

STREET_WORDS = (r"road|rd|street|st|avenue|ave|lane|close|crescent|walk|drive|way|place|gardens|grove|terrace|"
                r"court|row|mews|square|hill|rise|view|green|parade|vale|wharf|yard|park|gate|croft|fold|"
                r"bank|side|meadows?|brow|chase|glade|wynd|loan|brae|vennel|boulevard|embankment|approach|cottages|"
                r"mead|heath|fields?|orchard|paddock|quay|circus|passage|hollow|dene|garth|nook")
BUILDING_WORDS = r"house|court|lodge|tower|towers|mansions|building|hall|block|heights|point|apartments|site|park|marina"
NOT_STREET_NAME = {"the", "a", "an", "my", "our", "his", "her", "their", "your", "this", "that", "of", "in", "on",
                   "at", "to", "for", "and", "or", "from", "weeks", "days", "months", "years", "hours", "times",
                   "miles", "minutes", "people", "kids", "children", "more", "other", "new", "same", "different",
                   # "he's 17 when hes obvs way older": ordinary words between a number and "way"
                   "when", "where", "while", "if", "but", "so", "he", "she", "hes", "shes", "they", "we", "i", "im",
                   "was", "is", "are", "be", "been", "obvs", "just", "still", "all", "by", "with", "about", "year",
                   "yrs", "ago", "till", "until", "every", "each", "no", "not", "very", "really", "any", "then"}
WORD = r"[A-Za-z][A-Za-z'’-]*"
UNIT = rf"(?:(?:flat|apartment|apt|room|unit|no\.?)\s*\d+[a-z]?,?\s+)"
STREET = re.compile(rf"(?<![\w/-]){UNIT}?(\d{{1,4}}[a-zA-Z]?),?\s+((?:{WORD}\s+){{0,2}}(?:{WORD}\s+(?:{STREET_WORDS})\b|"
                    rf"(?-i:[A-Z][a-z]+)(?:way|gate|side)\b))", re.IGNORECASE)  # "Kingsway", never "20 takeaway"
BUILDING = re.compile(rf"(?<![\w-])(?:flat|apartment|room|unit|pitch|plot|berth|caravan)\s*\d+[a-z]?,?\s+(?:[A-Z][a-z'-]+\s+){{1,2}}"
                      rf"(?:{BUILDING_WORDS.title()}|{BUILDING_WORDS})\b", re.IGNORECASE)


# "We live on Hatherley Close": a street without a number, when the words say
# someone lives there. "The hostel on Marlowe Street" locates a service, not a home.
_CAPS = r"(?-i:[A-Z][a-z'’-]+)"
SERVICE_NOUNS = {"offices", "office", "hostel", "hub", "centre", "center", "surgery", "school", "station", "depot",
                 "clinic", "library", "branch", "site", "campus", "unit", "jobcentre", "hospital", "practice",
                 "church", "mosque", "temple", "shop", "shops", "store", "cafe", "café", "pub", "team", "project",
                 # "lived at Ashgrove Court nursing home": a care home, which stays
                 "nursing", "care", "residential", "respite", "home", "supported", "hospice", "children's", "childrens"}
HOME_STREET = re.compile(
    rf"\b(?:live|lives|lived|living|moved|move|moving|stay|stays|staying|house|flat|home)\s+(?:is\s+)?(?:on|in|to|at|off)\s+"
    rf"((?:{_CAPS}\s+){{1,2}}(?-i:(?=[A-Z]))(?:{STREET_WORDS})\b)", re.IGNORECASE)


class StreetAddressRecognizer(CueRecognizer):
    ENTITY = "STREET_ADDRESS"

    def find(self, text: str):
        for m in STREET.finditer(text):
            words = m.group(2).split()
            if any(w.lower() in NOT_STREET_NAME for w in words):
                continue
            lone = len(words) == 1
            yield (m.start(), m.end(), 0.6 if lone else 0.85, "house number and street (strong)",
                   f"a house number then '{m.group(2)}', which ends like a street name")
        for m in HOME_STREET.finditer(text):
            if re.search(r"\b(?:care|nursing|children'?s|residential|group|respite)\s+$", text[max(0, m.start() - 20):m.start()], re.I):
                continue  # "the Oakwood Care Home on Park Road": where a service is, not someone's home
            following = re.match(r"\s+(\w+)", text[m.end():])
            if following and following.group(1).lower() in SERVICE_NOUNS:
                continue  # "Station Road offices", "the Marlowe Street hostel"
            if not any(w.lower() in NOT_STREET_NAME for w in m.group(1).split()):
                yield (m.start(1), m.end(1), 0.6, "street where someone lives (medium)",
                       f"'{m.group(1)}' after '{m.group().split()[0]}': a street named as someone's home")
        for m in BUILDING.finditer(text):
            if m.group()[0].isupper() or re.search(r"\s[A-Z]", m.group()):
                yield (m.start(), m.end(), 0.8, "flat or room in a named building (strong)",
                       "a flat or room number in a named building")


class CandourPostcodeRecognizer(UkPostcodeRecognizer):
    """Presidio's UK postcode rules, scored as the specific shape they are."""

    def __init__(self) -> None:
        stock = UkPostcodeRecognizer.PATTERNS[0]
        super().__init__(patterns=[Pattern("UK postcode (medium)", stock.regex, 0.6)],
                         name="UkPostcodeRecognizer")
