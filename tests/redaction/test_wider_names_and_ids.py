"""Names and identifiers in the shapes fresh notes used: unknown names mid-sentence, a first name
with a surname that is also a word, "me and X", lower-case repeats; each with near-misses that stay."""
from __future__ import annotations

import pytest

from redaction.pipeline import analyze
from redaction.replace import redact


def published(text: str) -> str:
    return redact(text, analyze(text).findings)


@pytest.mark.parametrize("text,secret", [
    ("Since the stroke I've looked after Gwilym on my own.", "Gwilym"),
    ("We asked for an assessment for my 6 year old, Abdirizak, in May.", "Abdirizak"),
    ("The tender was run by our contracts officer, Alistair Vane, last year.", "Vane"),
    ("The footage shows one of the carers, Sky Tamblyn, at the door.", "Sky"),
    ("me and Will from my old unit both applied.", "Will"),
    ("Our Sunny is 3 and loves the bus.", "Sunny"),
    ("my carers auntie bisi and her husband kept me.", "bisi"),
    ("my mums boyfriend darnell drinks on fridays.", "darnell"),
    ("a lad we call Smudge was there too.", "Smudge"),
    ("my yot worker robin got me a place. robin says you can self refer.", "robin"),
    ("theres a girl there, amber, who keeps posting our location.", "amber"),
    ("My daughter, who is 9, starts in September.", "who is 9"),
    ("My son is 7 weeks old and cries all evening.", "7 weeks old"),
    ("Mr Hale (DOB 1941-05-02) was discharged at night.", "1941-05-02"),
    ("My Home Office reference is H2204517/3 and nobody answers.", "H2204517/3"),
    ("His plan is EHCP 5521/SEN/22 and it is out of date.", "5521/SEN/22"),
    ("i go to St Ethelberts and my head of year is nice.", "St Ethelberts"),
    ("the counsellor at st aidans left in february.", "st aidans"),
    ("She still lives at 4 Glebe Cottages with her sister.", "4 Glebe Cottages"),
    ("He was let go from the car wash on Coventry Road last month.", "car wash on Coventry Road"),
    ("Mum — Joy Okonkwo-Reid — had kept the letter.", "Okonkwo-Reid"),
    ("My colleague Will Mensah rewrote the letters.", "Mensah"),
    ("It's Trevor Pugh from our road, and he laughs about it.", "Pugh"),
    ("Dawn, my daughter-in-law, found the form for me.", "Dawn"),
    ("me kayden and tyler have lived with our nan for years.", "kayden"),
    ("jodie and marty who run it got me doing my bronze.", "marty"),
    ("the night staff, a fella called gerard mcilroy, is drunk every saturday.", "mcilroy"),
    ("my mum works lates at the spar on strand road.", "spar on strand road"),
    ("Her account number, 61728843, was keyed wrong.", "61728843"),
    ("It quoted my National Insurance number, VK 27 90 41 A, at last.", "VK 27 90 41 A"),
    ("The tribunal reference was EH855/24/01742 on the bundle.", "EH855/24/01742"),
    ("Our daughter came to us as a toddler and is now 7.", "is now 7"),
    ("my key worker at the home is called mozza (his real name) and he is sound.", "mozza"),
    ("I left a letter for my brother Will and the bank stuff.", "Will"),
    ("Our Chaim is 6 and goes to the cheder.", "is 6"),
    ("me, tariq, ellie-mae and conor go every wednesday.", "tariq"),
    ("Gethin and Cerys from the agency always have time for a chat.", "Gethin"),
    ("my PA Sunny was proper good.", "Sunny"),
    ("Thank you to everyone who gave, and to Femi at the food bank.", "Femi"),
    ("a guy on fortnite called kieran_xd09 says hes a kid too.", "kieran_xd09"),
    ("the nurse was lovely, she gave me her direct line 0113 496 0418 for my results.", "0113 496 0418"),
    ("we stay at uncle darren's every weekend.", "darren"),
    ("then my brother kez ate the cake before i got home.", "kez"),
    ("Errol lives across the landing from me.", "Errol"),
    ("My son Rhys-Owain is 17 and autistic.", "is 17"),
    ("She told us her RiO number, 4471093, on the phone.", "4471093"),
    ("been sleeping at my mate tash's since.", "tash"),
    ("everyone calls him Smudge but his real name is Carl.", "Smudge"),
    ("I met a man calling himself Colonel James Harrington-Shaw on Facebook.", "Harrington-Shaw"),
    ("Marie Curie sent a night nurse, and Sunny, who came most nights, sat with her.", "Sunny"),
    ("there was a woman on the panel called morven who asked me what i wanted.", "morven"),
    ("tyler my social worker is leaving and im gutted.", "tyler"),
    ("Dawn is my support worker. She is kind.", "Dawn"),
    ("She calls him 'Sunny', his badge says Sunil Varghese.", "Sunny"),
    ("big up the club. me, ollie, priya, tomasz and jade started a group.", "tomasz"),
    ("thanks to shaz from the kinship group who told us.", "shaz"),
    ("my yot worker in middlesbrough, gaz, turned up late.", "gaz"),
    ("I'm Ikechukwu Nwachukwu-Bello (Chuks to everyone), from Lagos.", "Chuks"),
    ("Ask for a needs assessment. Amelia-Rose goes to the academy now.", "Amelia-Rose"),
    ("My prison number was A4829DK if anyone from resettlement wants it.", "A4829DK"),
    ("The boy I review (LAC ref 55-20931) moved on Friday.", "55-20931"),
    ("im on it as yc.tiptonlad so add me.", "yc.tiptonlad"),
    ("She lives at Pitch 9, Saltney Drove Site with her husband.", "Pitch 9, Saltney Drove Site"),
    ("My daughter, 12, has been my carer since my MS got worse.", "12"),
    ("Kasia, who does mornings at the Lidl on Winsover Road, helps.", "Lidl on Winsover Road"),
    ("my son ezra is 7 and autistic.", "is 7"),
    ("She is at the refuge with her two children, aged 4 and 7.", "aged 4 and 7"),
    ("It was named in his plan! Olamide (DOB 22/01/2014) goes to a school nine miles away.", "Olamide"),
    ("shoutout to my foster carer Will who taught me to drive.", "Will"),
    ("ref on the letter is 13/41177/24 and they got my dob wrong.", "13/41177/24"),
    ("She's based at the Hollins Road children's centre and happy to share.", "Hollins Road children's centre"),
])
def test_found(text, secret):
    assert secret not in published(text)


@pytest.mark.parametrize("text", [
    "GPs now charge £35 for the letter and IROs never see it.",
    "He parked his silver Corsa outside again.",
    "The surgery turned away every Roma family we referred.",
    "Get the Special Guardianship support plan in writing.",
    "I rang the National Domestic Abuse Helpline on 0808 2000 247.",
    "Learning disability health checks are free from age 14.",
    "Most Section 47 enquiries end with no further action.",
    "The Freedom Programme is free and worth doing.",
    "We only did the finance one for Mam.",
    "when a child discloses, listen first.",
    "My ex put his hands on the table and shouted.",
    "Tell employers the CoA counts.",
    "She grew up near King's Lynn and moved to Port Talbot.",
    "Ask whether the young person is Gillick competent.",
    "my aunt cant read english well.",
    "We stayed five nights at the crisis house in Sheffield.",
    "Fill in a Herbert Protocol form with your local police now.",
    "We went to Leeds and Bradford on the train.",
    "Discharge from Ward 23 at St Aldhelm's has become unsafe.",
    "Martha's Rule is real and it works.",
    "Gillick competence and the Fraser guidelines differ. Gillick is about consent.",
    "'My tummy hurts when he comes round' is what she said.",
    "Read IPSEA's guide before the tribunal.",
    "Scotland has the Adults with Incapacity (Scotland) Act instead.",
    "We contacted the Forced Marriage Unit on 020 7008 0151 straight away.",
])
def test_left_alone(text):
    assert published(text) == text
