"""Contact details: UK phone numbers, personal web addresses, social media handles.

Public lines stay. A number is kept when it is a non-geographic number that
organisations use for public lines (03…, 0800, 0808, 0845, 116 xxx, 111, 999,
101), or when the same sentence names a public body or helpline just before it
and nothing personal ("me", "her", "my mate") sits in between: "ring the
council's duty team on 0113 496 0000" stays; "text me on 07700 900417" goes.
Public web pages stay too (www.gov.uk/…, nhs.uk, well-known charities);
personal pages and fundraisers go.
"""
from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.predefined_recognizers import EmailRecognizer, UrlRecognizer

from redaction.recognizers.base import CueRecognizer, WhitespaceFreeMatches, before

PUBLIC_BODY_WORDS = re.compile(
    r"\b(?:council's|council|helpline|help line|advice ?line|line|switchboard|duty team|contact cent(?:re|er)|"
    r"hotline|jobcentre|dwp|hmrc|nhs|police|samaritans|childline|shelter|citizens advice|office|"
    r"service|services|team|hub|charity|department|reception|unit)\b[^.!?\n]*$")
PERSONAL_WORDS = re.compile(r"\b(?:me|my|mine|her|his|him|she|he|mum|dad|mate|pal|friend|sister|brother|chat|happy\s+to|anyone|"
                            r"nan|worker|personal|mobile|whatsapp|text)\b", re.IGNORECASE)
# A number in the sentence after the public body is that body's only if this sentence points back to it.
POINTS_BACK = re.compile(r"\b(?:them|they|their|(?:that|this|the|their) (?:line|team|service))\b", re.IGNORECASE)


def is_public_line(text: str, start: int, digits: str) -> bool:
    """True for a public service number that may stay in a published note."""
    national = "0" + digits[2:] if digits.startswith("44") else digits
    if national.startswith(("03", "0800", "0808", "0845", "0844", "116")):
        return True
    # The public body may be named in this sentence or the one before ("The council's line was helpful.
    # Ring them on ..."); nothing personal may stand between it and the number in this sentence.
    context = before(text, start, 160)
    sentences = re.split(r"(?<=[.!?])\s+", context)
    this, previous = sentences[-1], " ".join(sentences[-2:-1])
    public = PUBLIC_BODY_WORDS.search(this)
    if public:
        # "she gave me her direct line 0113 ...": a personal word just before the "line" counts too
        return not PERSONAL_WORDS.search(this[max(0, public.start() - 12):])
    return (bool(PUBLIC_BODY_WORDS.search(previous.rstrip(".!? "))) and bool(POINTS_BACK.search(this))
            and not PERSONAL_WORDS.search(this))


class UkPhoneRecognizer(PatternRecognizer):
    """UK phone numbers in the ways people type them: spaces, dashes, brackets, +44."""

    PATTERNS = [
        Pattern("UK phone, international (strong)",
                r"(?<![\w+])\+44\s?(?:\(0\)\s?)?\d{2,5}[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)", 0.75),
        Pattern("UK phone, national (medium)",
                r"(?<![\w+])\(?0\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\d-])", 0.6),
    ]
    CONTEXT = ["phone", "number", "ring", "call", "text", "mobile", "tel", "whatsapp", "contact", "on"]

    def __init__(self) -> None:
        super().__init__(supported_entity="PHONE_NUMBER", name="UkPhoneRecognizer", patterns=self.PATTERNS,
                         context=self.CONTEXT)

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = re.sub(r"\D", "", pattern_text)
        if digits.startswith("44"):
            return len(digits) == 12 or None
        return (len(digits) in (10, 11) and digits[1] in "12378") or False

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if not is_public_line(text, r.start, re.sub(r"\D", "", text[r.start:r.end]))]


class FastEmailRecognizer(WhitespaceFreeMatches, EmailRecognizer):
    """Presidio's email recognizer, tried only on the chunks of a note that hold an @."""

    NEEDS = re.compile("@")

    def __init__(self) -> None:
        super().__init__(name="EmailRecognizer")


PUBLIC_DOMAINS = (
    "gov.uk", "nhs.uk", "gov.scot", "gov.wales", "llyw.cymru", "police.uk", "parliament.uk", "nidirect.gov.uk",
    "citizensadvice.org.uk", "shelter.org.uk", "ageuk.org.uk", "mind.org.uk", "carersuk.org", "kooth.com",
    "samaritans.org", "childline.org.uk", "nspcc.org.uk", "turn2us.org.uk", "scope.org.uk", "mencap.org.uk",
    "barnardos.org.uk", "carerstrust.org", "youngminds.org.uk", "womensaid.org.uk", "refuge.org.uk",
    "coram.org.uk", "frg.org.uk", "ipsea.org.uk", "contact.org.uk", "cqc.org.uk", "ofsted.gov.uk",
)


class PersonalUrlRecognizer(WhitespaceFreeMatches, UrlRecognizer):
    """Presidio's URL recognizer, except public pages: a gov.uk guide is advice, not personal data."""

    NEEDS = re.compile(r"\.[^\W\d_]")  # every pattern needs a dot before the top-level domain

    def __init__(self) -> None:
        # Presidio's two "Quoted" patterns find the same addresses as these two, with the quotes: left out,
        # they save a tenth of a second of start-up compiling and leave the quotes around the placeholder.
        super().__init__(name="PersonalUrlRecognizer", patterns=[p for p in UrlRecognizer.PATTERNS if not p.name.startswith("Quoted")])
        # The patterns carry their own (?i); with no extra flags, Presidio's compile finds the copy it
        # already compiled (in the regex package's cache) when it checked the patterns at import.
        self.global_regex_flags = 0

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:  # "see www.example.com/page." : the full stop ends the sentence, not the address
            while result.end - result.start > 1 and text[result.end - 1] in ".,;:!?":
                result.end -= 1
        return results

    def invalidate_result(self, pattern_text: str) -> bool:
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", pattern_text.lower()).split("/")[0]
        return host.endswith(PUBLIC_DOMAINS) or "." not in host


PLATFORMS = re.compile(
    r"\b(?:snap(?:chat)?|insta(?:gram)?|tiktok|twitter|x|facebook|fb|youtube|twitch|discord|telegram|threads|"
    r"bluesky|reddit|xbox|psn|playstation|roblox|fortnite|minecraft|discord|kik|steam|"
    r"username|user name|handle|account|gamertag|added me as|calls? (?:him|her)self|"
    r"goes by|online as|on it as|on there as|on (?:snap|insta|tiktok|discord) as)\b(?:\s+\(?(?:is|was|as|hes|shes|he's|she's|its|it's|it\s+is|called|name|handle|account))*\s*:?\s*$")


PLATFORM_AFTER = re.compile(r"\s+(?:on|from|via)\s+(?:snap(?:chat)?|insta(?:gram)?|tiktok|twitter|x|facebook|fb|"
                            r"youtube|twitch|discord|telegram|threads|bluesky|reddit|xbox|psn|roblox|fortnite)\b",
                            re.IGNORECASE)


SENTENCE_PLATFORM = re.compile(r"\b(?:snap(?:chat)?|insta(?:gram)?|tiktok|twitter|facebook|fb|youtube|twitch|discord|"
                               r"telegram|bluesky|reddit|xbox|psn|roblox|fortnite|kik|steam)\b", re.IGNORECASE)
SELF_INTRO = re.compile(r"\b(?:i'?m|i’m|i am|im|me|my name'?s|add|follow|find|message)\s*:?\s*$", re.IGNORECASE)
ABBREVIATIONS = {"e.g", "i.e", "a.m", "p.m", "n.b", "p.s", "etc.", "u.k", "u.s"}


class SocialHandleRecognizer(CueRecognizer):
    """@handles, and bare usernames ("zee_vip_2k") right after a platform word."""

    ENTITY = "SOCIAL_HANDLE"
    AT_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?")
    BARE = re.compile(r"(?<![\w@.])[A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)+|(?<![\w@.])[A-Za-z]+\d+[A-Za-z0-9]*")

    def find(self, text: str):
        for m in self.AT_HANDLE.finditer(text):
            yield m.start(), m.end(), 0.85, "@handle (strong)", "an @ followed by a username"
        for m in self.BARE.finditer(text):
            if m.group().count(".") and "_" not in m.group() and re.search(r"\.(?:com|org|net|uk|co|io)\b",
                                                                          m.group(), re.I):
                continue  # a web address
            if text[m.end():m.end() + 1] == "@":
                continue  # the local part of an email address
            cue = PLATFORMS.search(before(text, m.start(), 50)) or PLATFORM_AFTER.match(text, m.end())
            if cue:
                yield m.start(), m.end(), 0.7, "username after a platform word (medium)", \
                    f"a username shape right after '{cue.group().strip()}'"
                continue
            # "add me on snap if ur stressed, im kaylo.wrld": a dotted or underscored name after "I'm" or "me",
            # with a platform named earlier in the same sentence
            sentence = re.split(r"[.!?\n]\s", before(text, m.start(), 120))[-1]
            platform = SENTENCE_PLATFORM.search(sentence)
            if platform and re.search(r"[._]", m.group()) and m.group().lower() not in ABBREVIATIONS \
                    and SELF_INTRO.search(sentence):
                yield m.start(), m.end(), 0.6, "username in a sentence about a platform (medium)", \
                    f"a username shape after '{SELF_INTRO.search(sentence).group().strip()}', with '{platform.group()}' earlier in the sentence"
