"""Broader phrasings of allegations (allegations.BROAD) and of safeguarding concerns.

Each family has positives worded as people write them, and near-misses that
must stay unflagged: the same words about an unnamed person, a service, or in
an innocent sense.
"""
from __future__ import annotations

import pytest

from redaction.pipeline import analyze


def libel(text: str) -> bool:
    return analyze(text).libel


@pytest.mark.parametrize("text", [
    "The change of address knocked me down the waiting list by two years.",
    "My ex put his hands round my throat, so I went to a refuge.",
    "The council keeps my deposit money in a scheme, which is the law.",
    "My daughter Leah collects her pension from the post office every Tuesday.",
    "The home's manager, Sue Platt, told us the fridge is locked at night for food safety, which I understand.",
    "Nobody is saying the carer, Dev Rana, took anything; the bank confirmed the money was moved with her agreement.",
    "The rumour about our keyworker, Jon Marsh, was looked into and found to be unfounded.",
    "The reablement team were racist in how they treated us, honestly.",
    "I smelt of smoke after the fire and the worker, Tom Ede, lent me a jumper.",
])
def test_broad_near_misses_are_not_flagged(text):
    assert not libel(text)


def level(text: str) -> str:
    return analyze(text).safeguarding


@pytest.mark.parametrize("text", [
    "When I was eight my dad used to lock me in the shed. I'm 40 now and I've had counselling.",
    "My solicitor says the family court date is in March and I'm bricking it.",
    "Mum went into a refuge in 2019 and we moved with her.",
    "I've made a LADO referral about a coach at the club.",
])
def test_wider_medium_concerns(text):
    assert level(text) in ("medium", "high")


@pytest.mark.parametrize("text", [
    "Fourteen calls today and I could kill for a cup of tea.",
    "This waiting list is killing me, honestly, but the OT was lovely when she came.",
    "The training on self-harm myths was the best I've had; book early.",
    "I can't see the point of the new form, it asks the same questions twice.",
    "Our PA makes me laugh every morning and locks the back door when she leaves.",
])
def test_near_misses_are_not_high(text):
    assert level(text) != "high"


def test_contact_asking_where_a_child_lives_is_a_concern():
    assert level("im 15 and my birth mum found me online and keeps asking where i live.") in ("medium", "high")


def test_a_novel_about_a_pier_and_policy_notes_are_not_high():
    assert level("One of the girls wrote a story about a character who walks off the end of the pier; it was fiction.") != "high"
    assert level("A MARAC referral is made when the DASH checklist scores 14 or more; always ask about strangulation.") != "high"


def test_non_molestation_order_is_not_sexual_misconduct():
    flags = analyze("Jo Pratt has a non-molestation order against her ex.").flags
    assert not any(f.category == "sexual misconduct" for f in flags)


def test_years_after_a_refuge_is_still_a_concern():
    assert level("It's four years since I left him and I spent five months in a refuge.") in ("medium", "high")


@pytest.mark.parametrize("text", [
    "Someone rang children's services saying I leave my kids, Faith and Marley, alone at night. It was a lie.",
    "People in the group chat are saying Mr Oduya from the youth club is a nonce. hes not. the police said there was nothing in it.",
    "My nan, Dorothy Ellerby, lost £4,800 to a man pretending to be from her bank's fraud team.",
])
def test_denied_or_misdirected_allegations_are_not_flagged(text):
    assert not libel(text)


def test_some_of_the_staff_are_doers_not_objects():
    text = "Nurse Ada Nwosu noticed the bruises. He told her that some of the night staff had held him face down on the floor."
    assert not any(f.target in ("Ada Nwosu", "Nwosu") for f in analyze(text).flags if f.kind == "libel")


def test_a_cleared_allegation_gets_no_model_flag():
    text = ("LADO learning from our school cluster. Last year a parent alleged that Mr Declan Furey, a PE teacher at "
            "Millbrook High, had pushed her son into a wall. It went to the LADO, he was suspended for eleven days, and "
            "the CCTV showed the boy slipping on a wet floor; the allegation was found to be unfounded and he is back teaching.")
    assert not any(f.category == "possible allegation (model)" for f in analyze(text).flags)


@pytest.mark.parametrize("text", [
    "A man called Kashif Mahmood has been taking £25 a week from my clients' PIP as a fee they never agreed to.",
    "There's a non-molestation order against her ex, Reece Galloway, and he's been waiting at the gates of the primary school.",
    "My probation officer, Sharon Ives, wrote that I refused the offer. Ives made it up to cover for herself.",
    "Cllr Derek Hollins phoned the team manager three times to get his own mother seen ahead of the waiting list.",
    "one of the staff, dwayne, keeps back some of our pocket money as fines that never get written down.",
    "Our neighbour, Brendan Foyle, put his hands round my throat when I asked him to turn the music down.",
    "The PA we hired, Tasha Greaves, kept helping herself to his pension every Friday.",
    "My brother's support worker, Liam Osei, was selling his tablets outside the shop.",
    "Ms Kavanagh filled in the fire checks for a week before the checks had happened.",
    "The finance officer, Pauline Dryden, submitted mileage claims for trips during a month when she was on holiday in Spain.",
    "The night carer, Bogdan Rusu, turned up smelling of booze and was slurring his words.",
    "The coordinator at Elm Tree House, Ray Fenn, puts his hand on my knee in the minibus.",
    "The warden, Colin Brace, calls the Black tenants monkeys when nobody is around.",
    "My sister's foster carer, Margaret Tully, locks her in the box room and won't let her eat with the family.",
    "Our landlord, Vic Haines, changed the locks while I was out and put all my things out in bin bags.",
    "The housing officer, Derek Lyle, took a backhander from the developer.",
    "It shows the carer, Jodie Frain, taking twenty-pound notes from his wallet.",
    "My dad was slapped across the face at the day centre by the team leader at Willow Court, Anne Dorsey.",
    "The deputy at Hill View, Sam Pryor, has been recording falls as 'found on floor, no injury' and then deleted the incident forms.",
    "our pe teacher mr holt calls the asian lads 'terrorists' and says its banter.",
    "The owner, Dev Mistry, told us to sign the timesheets blank and he fills them in later.",
    "The deputy, Carol Wynn, has been putting crushed lorazepam in the afternoon tea of two residents.",
    "The head of commissioning, Ian Pyke, gave the contract to his cousin's firm and never declared it.",
    "A man on our street, Ron Tate, is using his late wife's blue badge every day.",
    "Our school taxi, a white Skoda reg YK19 OHN, is driven by a man who is on his phone the whole way.",
    "The security guard, Dean Platt, dragged me out by my hood and slammed me into the shutter.",
    "The receptionist at Elmgrove Surgery in Hanley said 'go back where you came from' and laughed.",
    "In the bundle the case officer, Mr Pell, changed 'requires' to 'may benefit from' and left out the paragraph about therapy.",
    "a man keeps messaging my little cousin from the account @big_ting_07 and he wants her to meet him. shes 12.",
    "theres a staff at our home called Jez and hes been sending my friend messages late at night saying shes mature for her age.",
    "About £1,900 was taken from my mum's account by the PA we employed, Liam Rourke.",
    "i watched PC Hollins kneel on my mate Dev's neck and punch him in the ribs.",
    "He's breached the non-molestation order again; last night he was parked outside in the white Transit, GX19 PLE.",
    "The deputy manager there slips bottles of Oramorph from the CD cupboard into her handbag, at Whinmoor View nursing home.",
    "I heard a support worker, Kayleigh Bruce, screaming at him to shut up, then she slapped the plate out of his hands.",
    "the lad who keeps robbing my little brother is in year 11. hes called Brandon Pike.",
])
def test_allegations_against_an_identifiable_person_as_people_write_them(text):
    assert libel(text)


@pytest.mark.parametrize("text", [
    "Last night I sat in the car in the garage for an hour with the engine running and thought about not coming back inside.",
    "Her ex quoted the safety plan back to her on the phone a week later and she had to move again.",
    "Some nights I think the kids would be better off without me and I've started thinking about how I'd do it.",
    "I've given my records away to my nephew. I don't see the point any more.",
    "If the assessor turns me down again I swear I'll go round there with something.",
    "When he won't settle I want to shake him, and that frightens me.",
    "She said if I ever leave she'll find me and take the children.",
    "im 13. my stepmum grabs my hair when dad is at work and says if i tell anyone i'll be sent away.",
    "im 12 and my foster carer locks the fridge and makes me sleep in the garage when she is angry.",
    "my cousin is in year 8 and a man from the gym keeps messaging her for pics late at night.",
    "Last night he put his hands round my throat and I'm scared to go home.",
    "My nan is 86 and lives with my uncle; since he moved in nobody is allowed to visit and she has a split lip.",
    "Since the discharge I've given the cat to my neighbour and written letters to my sisters.",
    "He has started grabbing me by the throat when he gets frustrated.",
    "She's 5 and says she doesn't want to play the tickling game with her uncle and asked me not to tell anyone.",
    "A father said he will 'come for' the social worker if the children go into care.",
    "My sister has Down's syndrome; a night worker at her flat keeps telling her it is 'our secret' and he is still on the rota.",
    "did my arms tonight worse than before and its still bleeding through the plasters",
    "I've taken the cat to my neighbour, written a letter for my brother and cancelled the milk. I won't need it by then.",
    "If she sanctions me again I'm going to wait for her by her car and make sure she knows what it feels like.",
    "hes been messaging my friend late at night and told her not to tell the manager. shes 14.",
    "I've sorted everything now. The letters for my boys are in the drawer. Don't worry about me after Friday.",
    "Through the door I saw his teaching assistant sitting on his legs while he screamed. He's 8.",
    "my brother is 11 and a guy online keeps asking for pics of him with his top off.",
    "I've been putting the heart tablets aside instead of taking them and there's a good few weeks' worth in the tin now.",
    "I've written all my passwords down in an envelope for my brother and cancelled the gym and the phone contract.",
    "There is a prohibited steps order. On Tuesday he was at the gates of the infant school at pick-up.",
])
def test_high_concerns_as_people_write_them(text):
    assert level(text) == "high"
