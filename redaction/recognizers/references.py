"""Case references and bank details: numbers that lead straight to one person's file or account.

Case references come in these shapes: a code with slashes or dashes
("CIN/2023/04417", "UASC-24-0317", "HR-778120"), one to three capitals and a
long number ("K1184392"), and, only right after a word like "ref", "case" or
"ID", a bare number ("Mosaic ID 2281907"), digits and capitals joined by
slashes or dashes ("4471-209-B"), or capitals and digit groups split by
spaces ("CMP 2024 11873"). Short codes ("COVID-19", "UC50", "PA4") and years
("2024/25") are not references. Bank sort codes and account numbers only
count right after the words that introduce them, so dates such as 12-03-24
stay dates.
"""
from __future__ import annotations

import re

from redaction.recognizers.base import CueRecognizer, before

REF_CUE = re.compile(
    r"\b(?:ref(?:erence)?|case|claim|file|crime|incident|application|account|client|customer|tenancy|"
    r"membership|id|mosaic|liquidlogic|eclipse|number|no|num|ehcp|ehc\s+plan|home\s+office|ho|nass|uan|sen|"
    r"tribunal|appeal|complaint|audit|enquiry|s42|ref\s+on\s+the\s+\w+|reference\s+on\s+the\s+\w+|prison\s+number|prisoner\s+number|nomis|lac\s+ref|rio|systmone|emis|lcs|wcci|paris|carefirst|crn|nhs\s+trust\s+id)\b\.?\s*(?:no\.?|number|num|id|is|was|#|:)?\s*[:#,]?\s*$")
CODED = re.compile(r"(?<![\w/-])[A-Z]{1,5}\d{0,4}(?:[/-](?:[A-Z]{1,4}\d{0,8}|\d{2,8})){1,4}(?![\w/-])")
# "4402/SEN/21", "H1207736/2", "4471-209-B": digits and capitals joined by slashes or dashes, only right
# after a reference word.
SLASHED = re.compile(r"(?<![\w/-])(?=[\w/-]*\d{4})[A-Z]?\d{1,8}(?:[/-](?:[A-Z]{1,4}|\d{1,8})){1,3}(?![\w/-])")
# "ref CMP 2024 11873": capitals, then groups of digits split by spaces, only right after a reference word.
SPACED = re.compile(r"(?<![\w/-])[A-Z]{2,5}(?: \d{2,8}){1,3}(?![\w/-])")
# "crime number 47/118305/24": digits joined by slashes, only right after a reference word (dates look alike).
NUMBERED = re.compile(r"(?<![\w/-])\d{1,4}(?:[/-]\d{2,8}){1,3}(?![\w/-])")
# "NRM ref 2024-NRM-07731": digits, capitals and digits joined by dashes or slashes.
DASHED = re.compile(r"(?<![\w/-])\d{2,4}[-/][A-Z]{2,5}[-/]\d{3,8}(?![\w/-])")
# "prison number A4829DK": a letter, four digits and two letters, after a reference word.
PRISON = re.compile(r"(?<![\w/-])[A-Z]\d{4}[A-Z]{2}(?![\w/-])")
PRISON_WORDS = re.compile(r"\bprison(?:er)?\s+(?:number|no)\b[^.!?\n]*$")
LETTERED = re.compile(r"(?<![\w/-])[A-Z]{1,3}\d{6,10}(?![\w/-])")
# "FD24C00517": capitals and digits mixed, only right after a reference word.
MIXED = re.compile(r"(?<![\w/-])(?=(?:[A-Z]*\d){4})(?=(?:\d*[A-Z]){2})[A-Z\d]{7,14}(?![\w/-])")
BARE = re.compile(r"(?<![\w/-])\d{5,12}(?![\w/-])")


class CaseReferenceRecognizer(CueRecognizer):
    ENTITY = "CASE_REFERENCE"

    def find(self, text: str):
        for m in CODED.finditer(text):
            if sum(c.isdigit() for c in m.group()) >= 4:
                cue = REF_CUE.search(before(text, m.start(), 30))
                yield (m.start(), m.end(), 0.85 if cue else 0.7, "coded reference (strong)",
                       "capitals and digits joined by slashes or dashes" + (f", after '{cue.group().strip()}'"
                                                                            if cue else ""))
        for m in LETTERED.finditer(text):
            cue = REF_CUE.search(before(text, m.start(), 30))
            yield (m.start(), m.end(), 0.8 if cue else 0.6, "letter and long number (medium)",
                   "capitals then six or more digits" + (f", after '{cue.group().strip()}'" if cue else ""))
        for m in NUMBERED.finditer(text):
            cue = REF_CUE.search(before(text, m.start(), 30))
            if cue and sum(c.isdigit() for c in m.group()) >= 6:
                yield (m.start(), m.end(), 0.75, "numbers joined by slashes after a reference word (medium)",
                       f"numbers joined by slashes right after '{cue.group().strip()}'")
        for m in DASHED.finditer(text):
            yield (m.start(), m.end(), 0.8, "digits and capitals joined by dashes (strong)",
                   "a coded reference: digits, capitals and digits joined by dashes or slashes")
        for m in PRISON.finditer(text):
            # "his prison number (A4829DK)", "prison number (mine was A7741CK)": the shape is distinctive enough
            cue = REF_CUE.search(before(text, m.start(), 30)) or PRISON_WORDS.search(before(text, m.start(), 40))
            if cue:
                yield (m.start(), m.end(), 0.75, "prison number shape after a reference word (medium)",
                       f"a letter, four digits and two letters right after '{cue.group().strip()}'")
        for m in SLASHED.finditer(text):
            cue = REF_CUE.search(before(text, m.start(), 30))
            if cue and re.search(r"[A-Z]", m.group()) and not CODED.fullmatch(m.group()):
                yield (m.start(), m.end(), 0.75, "digits and letters joined by slashes or dashes after a reference word (medium)",
                       f"a coded number right after '{cue.group().strip()}'")
        for m in SPACED.finditer(text):
            cue = REF_CUE.search(before(text, m.start(), 30))
            if cue and sum(c.isdigit() for c in m.group()) >= 5 and not REF_CUE.search(m.group().split()[0].lower() + " "):
                yield (m.start(), m.end(), 0.75, "capitals and digit groups after a reference word (medium)",
                       f"capitals then numbers split by spaces, right after '{cue.group().strip()}'")
        for m in MIXED.finditer(text):
            cue = REF_CUE.search(before(text, m.start(), 30))
            if cue and not LETTERED.fullmatch(m.group()) and not NI_SHAPE.fullmatch(m.group()):
                yield (m.start(), m.end(), 0.75, "letters and digits after a reference word (medium)",
                       f"capitals and digits mixed, right after '{cue.group().strip()}'")
        for m in BARE.finditer(text):
            cue = REF_CUE.search(before(text, m.start(), 30))
            if cue and not re.search(r"\b(?:account|nhs|phone|mobile|tel)\b", before(text, m.start(), 14)):
                yield (m.start(), m.end(), 0.7, "number after a reference word (medium)",
                       f"a long number right after '{cue.group().strip()}'")


NI_CUE = re.compile(r"\b(?:national\s+insurance|nat\s+ins|n\.?i\.?|nino)\b\.?\s*(?:no\.?|number|num)?\s*(?:is|was|:|,)?\s*$", re.I)
NI_SHAPE = re.compile(r"(?<![\w-])[A-Za-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-Da-d]?(?![\w-])")


class CuedNinoRecognizer(CueRecognizer):
    """A National Insurance number right after the words that introduce it.

    Presidio's UkNinoRecognizer rejects prefixes HMRC never issues; a number
    the writer calls their NI number is still theirs (or a typo of it), so
    with the cue the shape alone is enough.
    """

    ENTITY = "UK_NINO"

    def find(self, text: str):
        for m in NI_SHAPE.finditer(text):
            cue = NI_CUE.search(before(text, m.start(), 40))
            if cue:
                yield (m.start(), m.end(), 0.8, "NI number after its name (medium)",
                       f"two letters and six digits right after '{cue.group().strip()}'")


SORT_CODE_CUE = re.compile(r"\b(?:sort[\s-]?code|s/c)\b[^\n]{0,60}$", re.I)
ACCOUNT_CUE = re.compile(r"\b(?:account|acc|a/c)\b\.?\s*(?:no\.?|number|num|ending(?:\s+in)?)?\s*[:#,]?\s*(?:is\s+)?$")
SORT_CODE = re.compile(r"(?<![\w-])\d{2}[- ]\d{2}[- ]\d{2}(?![\w-])|(?<![\w-])\d{6}(?![\w-])")
ACCOUNT = re.compile(r"(?<![\w-])\d{8}(?![\w-])")


# "(60-12-44, 30918827)": a sort code with an eight-digit account number beside it needs no words to say so.
SORT_AND_ACCOUNT = re.compile(r"(?<![\w-])(\d{2}-\d{2}-\d{2})[,;/\s]+(?:(?:acc(?:ount)?|a/c)\s*(?:no\.?|number)?\s*:?\s*)?(\d{8})(?![\w-])", re.I)


class BankDetailsRecognizer(CueRecognizer):
    """Sort codes and account numbers, when the words say that is what they are, or when they come as a pair."""

    ENTITY = "BANK_DETAILS"

    def find(self, text: str):
        for m in SORT_AND_ACCOUNT.finditer(text):
            yield m.start(1), m.end(1), 0.85, "sort code beside an account number (strong)", "six digits in pairs, then eight digits"
            yield m.start(2), m.end(2), 0.85, "account number beside a sort code (strong)", "eight digits after a sort code"
        for m in SORT_CODE.finditer(text):
            if SORT_CODE_CUE.search(before(text, m.start(), 40)):
                yield m.start(), m.end(), 0.9, "sort code (strong)", "six digits right after 'sort code'"
        for m in ACCOUNT.finditer(text):
            if ACCOUNT_CUE.search(before(text, m.start(), 30)):
                yield m.start(), m.end(), 0.9, "account number (strong)", "eight digits right after 'account'"
