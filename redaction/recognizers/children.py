"""Details that find a child: dates of birth, a child's age, their school.

Dates: a full date (day, month and year) is a date of birth when the same
sentence says so just before it ("born", "DOB", "date of birth"), or when its
year is long enough ago that it is very unlikely to be a deadline or an
appointment. Recent dates without those words stay: "apply before 5 April
2025" is advice. Presidio's DateRecognizer is not used: it takes every
weekday and month, which are rarely personal on their own.

Ages: only children's ages count ("im 15", "she's 8", "the eldest is 11",
"a 12-year-old", "14 months old"). Adults' ages ("I'm 79"), policy ages
("care leavers up to 25", "at 16 the DLA stops", "16 and 17 year olds") and
durations ("is 12 weeks") stay.

Schools: one to three capitalised words ending in a school word ("Greenfield
Academy", "St Bede's RC Primary", "Northgate Sixth Form College"), the same with the school word first, as in
Welsh, Gaelic and Irish ("Ysgol Gynradd Pen-y-Bryn"), or
lower-case after "go to"/"at" ("i go to hillside high"). "The school", "a
special school" and "the Royal College of Nursing" are not schools' names.
"""
from __future__ import annotations

import datetime
import re

from redaction.recognizers.base import CueRecognizer, before

MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
FULL_DATE = re.compile(
    rf"(?<![\w/.-])(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:19|20)\d{{2}}|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS}\.?,?\s+"
    rf"(?:19|20)\d{{2}}|{MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}})(?![\w/-])", re.IGNORECASE)
SHORT_DATE = re.compile(r"(?<![\w/.-])\d{1,2}[/.-]\d{1,2}[/.-]\d{2}(?![\w/-]|\.\d)")  # "DOB 17.9.98"
MONTH_YEAR = re.compile(rf"(?<![\w/-]){MONTHS}\s+(?:19|20)\d{{2}}(?![\w/-])", re.IGNORECASE)
BIRTH_CUE = re.compile(r"\b(?:born|dob|d\.o\.b\.?|date of birth|birthday|birth date|b\.)\b[^.!?\n]*$", re.IGNORECASE)
OLD_DATE_YEARS = 12


class DateOfBirthRecognizer(CueRecognizer):
    ENTITY = "DATE_OF_BIRTH"

    def find(self, text: str):
        this_year = datetime.date.today().year
        for m in FULL_DATE.finditer(text):
            cue = BIRTH_CUE.search(before(text, m.start(), 80))
            if cue:
                yield (m.start(), m.end(), 0.9, "full date after a birth word (strong)",
                       f"a full date in the same sentence as '{cue.group().split()[0]}'")
            elif int(re.search(r"(?:19|20)\d{2}", m.group()).group()) <= this_year - OLD_DATE_YEARS:
                yield (m.start(), m.end(), 0.5, "old full date (weak)",
                       f"a full date more than {OLD_DATE_YEARS} years ago, most likely a birth date")
        for m in SHORT_DATE.finditer(text):
            cue = BIRTH_CUE.search(before(text, m.start(), 30))
            if cue:
                yield (m.start(), m.end(), 0.85, "short date after a birth word (strong)",
                       f"a day, month and two-digit year right after '{cue.group().split()[0]}'")
        for m in MONTH_YEAR.finditer(text):
            cue = re.search(r"\bborn\s+(?:in\s+)?$", before(text, m.start(), 20))
            if cue:
                yield m.start(), m.end(), 0.8, "month and year after 'born' (medium)", "a month and year after 'born'"


NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "sixteen": 16, "seventeen": 17}
N = r"(\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"
AGE_PHRASE = re.compile(rf"(?<![\w-]){N}[- ](?:years?|yrs?|months?|weeks?|days?)[- ]old(?!s)\b", re.IGNORECASE)
CHILD = (r"eldest|oldest|youngest|middle one|son|daughter|brother|sister|boy|girl|child|kid|baby|nephew|niece|"
         r"grandson|granddaughter|grandchild|twins|lad|lass|stepson|stepdaughter|cousin|mate|friend|pupil")
SELF_AGE = re.compile(
    rf"(?<![\w'’])(?:i'?m|i’m|i am|i was|i turned|i'?ve just turned|i’ve just turned|(?:s?he|they)(?:'s|’s|s| is| was| "
    rf"turned|'re|’re| are)|who(?:'s|’s| is| was| turned)|(?:is|was) now|(?:{CHILD})s? (?:is|was|turned|just turned|are|were)|(?:{CHILD})s?,? (?:then|now)|(?:{CHILD}) [\w'’-]+ (?:is|was)|(?:our|my) (?-i:[A-Z][a-z]+) (?:is|was)|(?-i:[A-Z][a-z]+),? (?:is|was|turned)|i only turned|only turned|being|(?:{CHILD}),|(?:{CHILD}) of|aged?|is only|was only)\s+(?:only\s+|just\s+|nearly\s+|almost\s+|about\s+)?"
    rf"{N}(?!\d|[\w.,]\d|\s*(?:-|to)\s*\d)", re.IGNORECASE)
NOT_AN_AGE_AFTER = re.compile(r"\s*(?:%|per ?cent|am\b|pm\b|(?:and|or)\s+(?:over|above|under|older|younger|up)\b|\+|:|[-/]\d|weeks?|wks?|days?|months?|hours?|hrs?|minutes?|"
                              r"mins?|miles?|pounds?|quid|times?|points?|nights?|stone|kg|cases?|people|of\b|"
                              r"in the\b|out of|hours?|o'?clock|mg|ml|on the|x\b|year olds|yr olds|foot|feet|ft\b|inches|stone)", re.IGNORECASE)


PET_BEFORE = re.compile(r"\b(?:cat|dog|pet|puppy|kitten|rabbit|horse|pony|budgie|hamster|parrot|tortoise|guinea\s+pig)\b[^.!?]{0,60}$",
                        re.IGNORECASE)
ONE_AS_PRONOUN = re.compile(r"\s+(?:the|of|that|which|who|a|an|more|thing|way|person|time|they|we|you|i|he|she|it)\b", re.IGNORECASE)
GENERIC_CHILD_BEFORE = re.compile(r"\b(?:any|every|no|like\s+an?|than\s+an?|as\s+an?|explain(?:ed|ing)?\s+(?:it\s+|this\s+|that\s+)?to\s+an?)\s+$",
                                  re.IGNORECASE)
POLICY_AGE_BEFORE = re.compile(r"\b(?:from|over|under|until|till|up\s+to|before|after|at|by|minimum|of)\s+age\b", re.IGNORECASE)


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


class AgeOfChildRecognizer(CueRecognizer):
    ENTITY = "AGE_OF_CHILD"

    def find(self, text: str):
        for m in AGE_PHRASE.finditer(text):
            if GENERIC_CHILD_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                continue  # "a rule you can't explain to a fifteen-year-old": any child, not one
            if _number(m.group(1)) < 18 or re.search(r"month|week|day", m.group(), re.IGNORECASE):
                yield m.start(), m.end(), 0.8, "age in years or months (strong)", "a child's age: under 18"
        for m in SELF_AGE.finditer(text):
            if _number(m.group(1)) >= 18 or NOT_AN_AGE_AFTER.match(text, m.end()):
                continue
            if m.group(1).lower() == "one" and ONE_AS_PRONOUN.match(text, m.end()):
                continue  # "an assessment the child recognises is one the family trusts"
            if PET_BEFORE.search(text, max(0, m.start() - 80), m.start()):
                continue  # "my cat is the only reason I'm still here and she's nearly 17"
            if POLICY_AGE_BEFORE.search(text[max(0, m.start() - 12):m.start() + 4]):
                continue  # "free from age 14", "under age 16": a rule, not a child
            if re.match(r"\s*[- ](?:years?|yrs?|months?)[- ]old", text[m.end():], re.IGNORECASE):
                continue  # the phrase above already covers "she is 9 years old"
            end = m.end(1)
            second = re.match(r"\s+and\s+(\d{1,2})\b", text[end:])
            if second and int(second.group(1)) < 18:
                end += second.end()  # "two children, aged 4 and 7"
            yield (m.start(1), end, 0.7, "someone is N (medium)",
                   f"'{m.group().strip()}': a person's age under 18")


SCHOOL_WORDS = (r"(?:(?:RC |CE |C of E |Catholic |Church of England |Community |C\.E\. |Methodist |Jewish |Islamic )?"
                r"(?:Primary(?: School| Academy)?|Junior(?: School)?s?|Infants?(?: School)?|Nursery(?: School)?|"
                r"Academy|High(?: School)?|Grammar(?: School)?|Secondary(?: School)?|School|Sixth Form(?: College)?|"
                r"College|Pupil Referral Unit|PRU))")
SCHOOL = re.compile(rf"(?<![\w'’-])((?:St\.? )?(?:[A-Z][a-z'’]*(?:-[A-Z]?[a-z'’]+)+|[A-Z][a-z'’-]+|[A-Z]{{1,3}}) (?:(?:[A-Z][a-z'’-]+|of|and|the) ){{0,2}}?"
                    rf"{SCHOOL_WORDS})(?![\w-])(?! of (?:the|[A-Z]))")  # not "the Royal College of Nursing"
GENERIC = {"the", "a", "an", "my", "his", "her", "their", "our", "your", "new", "old", "local", "special",
           "secondary", "primary", "high", "junior", "infant", "grammar", "boarding", "mainstream", "private", "state",
           "free", "faith", "catholic", "nursery", "sixth", "form", "same", "different", "another", "this", "that",
           "every", "any", "big", "little", "previous", "current", "next", "first", "last", "at", "to", "in",
           "from", "senior", "residential", "independent", "summer", "night", "sunday", "forest", "after", "royal",
           "national", "open", "community", "further", "art", "music", "medical", "nursing", "staff", "each",
           "which", "what", "village", "city", "county", "their", "whole", "his", "secure", "training"}
LOWER_SCHOOL = re.compile(r"\b(?:go(?:es)? to|went to|going to|attends?|attended|at|moved to|started at|from|outside|near|"
                          r"excluded from)\s+((?:(?!(?:me|him|her|us|them|you|it|outside|near|at)\b)[a-z][a-z'’-]+ ){1,2}(?:high|primary|academy|juniors?|infants|college|"
                          r"school|grammar|girls|boys)|st\.? [a-z][a-z'’]+)\b(?! (?:hospital|church|ward|hospice|house|road|street)\b)")
# "i go to St Aldhelm's": a saint's name after a school verb, with no school word.
SAINT_SCHOOL = re.compile(r"\b(?:go(?:es)? to|went to|attends?|attended|started at|moved to|excluded from|counsellor at|nurse at|teacher at)\s+(St\.? [A-Z][a-z'’]+)"
                          r"(?! (?:[A-Z]|hospital|church|ward|hospice|house|road|street)\b)")


# Welsh, Gaelic and Irish schools put the school word first: "Ysgol Gynradd Pen-y-Bryn", "Sgoil Lìonacleit".
SCHOOL_WORD_FIRST = re.compile(r"(?<![\w'’-])(?:Ysgol|Sgoil|Scoil|Bunscoil|Gaelscoil|Meánscoil|Coleg)"
                               r"(?: (?:[A-Z][\w'’]*(?:-[\w'’]+)*|y|yr|an|na|nan|a|de|Sant))*(?: [A-Z][\w'’]*(?:-[\w'’]+)*)")


class SchoolRecognizer(CueRecognizer):
    ENTITY = "SCHOOL"

    def find(self, text: str):
        for m in SCHOOL.finditer(text):
            first = m.group(1).split()[0].lower()
            if first in GENERIC or first in ("the", "st") and len(m.group(1).split()) < 3:
                continue
            yield m.start(1), m.end(1), 0.8, "named school (strong)", f"'{m.group(1)}' ends in a school word"
        for m in SCHOOL_WORD_FIRST.finditer(text):
            yield m.start(), m.end(), 0.8, "named school, school word first (strong)", f"'{m.group()}' starts with a school word"
        for m in LOWER_SCHOOL.finditer(text):
            words = m.group(1).split()
            if any(w in GENERIC for w in words[:-1]):
                continue
            yield (m.start(1), m.end(1), 0.6, "lower-case school name after 'go to' (medium)",
                   f"'{m.group(1)}' after '{m.group().split()[0]}', ending in a school word or a saint's name")
        for m in SAINT_SCHOOL.finditer(text):
            yield (m.start(1), m.end(1), 0.6, "saint's name after 'go to' (medium)",
                   f"'{m.group(1)}' after '{m.group().split()[0]}': a school named after a saint")
