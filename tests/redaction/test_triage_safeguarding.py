"""Safeguarding triage: levels, categories and the disclosures that must not be missed."""
from __future__ import annotations

import pytest

from redaction.triage import assess
from redaction.triage.concerns import HIGH_CATEGORIES


def level_and_categories(text: str) -> tuple[str, set[str]]:
    _, level, flags = assess(text, [])
    return level, {f.category for f in flags if f.kind == "safeguarding"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I want to die. Nobody would notice.", "suicidal intent"),
        ("I don't see the point of being here any more.", "suicidal intent"),
        ("Some nights I just want to go to sleep and not wake up.", "suicidal intent"),
        ("Everyone would be better off without me.", "suicidal intent"),
        ("I've been stockpiling my tablets for a month.", "suicide plan"),
        ("I've written a goodbye letter to my sister.", "suicide plan"),
        ("I've been cutting myself again and nobody knows.", "self-harm"),
        ("im 15 and still skipping meals, ive lost loads of weight", "self-harm"),
        ("im 13. my dad hits me when he's been drinking.", "child disclosing abuse"),
        ("i'm 14 and my stepdad comes into my room at night.", "child disclosing abuse"),
        ("im 16, mum kicked me out and ive got nowhere to stay.", "child protection concern"),
        ("The baby flinches when he walks in and has a handprint on his leg.", "child protection concern"),
        ("Older lads give the year 8s free vapes then say they owe them.", "child protection concern"),
        ("I'm in a refuge but my ex found my car and put a tracker on it.", "domestic abuse, current danger"),
        ("My partner hits me most weekends.", "abuse disclosed, ongoing"),
        ("If he comes near my kids again I'll kill him.", "threat to harm someone"),
        ("He breached the non-molestation order again last night.", "breach of a court order"),
        ("Mum has dementia; her grandson moved in and she has bruises she can't explain.", "abuse of an adult at risk, ongoing"),
    ],
)
def test_high_disclosures(text, category):
    level, categories = level_and_categories(text)
    assert level == "high"
    assert category in categories
    assert category in HIGH_CATEGORIES


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("When I was little my uncle abused me. I'm 40 now.", "past abuse"),
        ("I used to self-harm years ago; I'm fine now.", "past self-harm or suicide attempt"),
        ("When I was 14 I was cutting myself every week.", "self-harm"),
        ("I don't feel safe in my flat since he moved in downstairs.", "feeling unsafe"),
        ("I'm terrified of being prosecuted over the overpayment.", "legal matter or fear"),
        ("A lad started asking me to hold stuff for him. I said no.", "criminal exploitation"),
        ("I don't know how much longer I can do this. I'm his only carer.", "carer at breaking point"),
        ("She was found by a neighbour with no food in the flat.", "neglect"),
        ("The police are now involved and the home is under investigation.", "legal matter or fear"),
    ],
)
def test_medium_concerns(text, category):
    level, categories = level_and_categories(text)
    assert level == "medium"
    assert category in categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The benefits system is shit, but I won my appeal.", "swearing"),
        ("Been really lonely since the day centre closed.", "wellbeing concern"),
    ],
)
def test_low_concerns(text, category):
    assert level_and_categories(text) == ("low", {category})


@pytest.mark.parametrize(
    "text",
    [
        "The crisis team is useless at weekends.",
        "Our child protection conference was handled well and the chair let us speak first.",
        "Every practitioner should know how to ask about suicidal thoughts without fear.",
        "Suicide prevention training for our team was excellent.",
        "I had a panic attack and thought I was dying; my PA sat with me.",
        "He never hit me, he just never helped.",
        "I don't want to live in this flat any more, it's damp.",
        "My dad had a fall and the manager rang me at 11pm.",
        "The cuts hit us hard.",
        "If you're fleeing domestic abuse the council must not treat you as intentionally homeless.",
    ],
)
def test_never_high(text):
    level, categories = level_and_categories(text)
    assert level != "high", categories


def test_past_disclosure_is_downgraded_and_says_why():
    _, level, flags = assess("When I was 12 I wanted to die.", [])
    assert level == "medium"
    assert "Told as past ('When I was 12')" in flags[0].explanation


def test_high_flag_explains_and_spans_its_sentence():
    text = "Thanks for reading. I've been stockpiling my quetiapine and I've got enough now."
    _, level, flags = assess(text, [])
    flag = next(f for f in flags if f.level == "high")
    assert text[flag.start:flag.end] == "I've been stockpiling my quetiapine and I've got enough now."
    assert flag.explanation.startswith("Describes a plan or the means to end their life: 'stockpiling'.")
    assert flag.explanation.endswith("Escalate today.")


def test_libel_about_harm_also_raises_safeguarding():
    _, level, flags = assess("The home carer, Jade Winters, slapped my nan.", [])
    assert level == "medium"
    assert any(f.category == "alleged abuse by an identifiable person" and f.target == "Jade Winters" for f in flags)


def test_clean_note_has_no_flags():
    assert assess("Ask for the assessment in writing and keep a copy.", []) == (False, "none", [])
