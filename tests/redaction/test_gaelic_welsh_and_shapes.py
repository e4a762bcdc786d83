"""Names, places, references and risks in shapes a newer set of notes used: Gaelic and Welsh names and
institutions, initials with a hyphen, a quoted nickname, an unknown word after "my PA", shops on named
streets, references split by spaces, withdrawals read as theft, and fear at home. Each with near-misses."""
from __future__ import annotations

import pytest

from redaction.pipeline import analyze
from redaction.replace import redact


def published(text: str) -> str:
    return redact(text, analyze(text).findings)


@pytest.mark.parametrize("text,secret", [
    ("Mum is Catrìona NicLeòid, 87, and she spent nine weeks in Raigmore.", "NicLeòid"),
    ("A 15-year-old on my caseload, J.K-M., was held overnight in the cells.", "J.K-M."),
    ("His flat was taken over by a dealer known as 'Smokey' who comes every day.", "Smokey"),
    ("My son Rocky — yes, like the film — has had direct payments since he was 1.", "Rocky"),
    ("i left a letter for my PA efua in the kitchen drawer.", "efua"),
    ("the council says lifestyle mould, complaint ref CMP 2024 11873, no reply in 6 weeks", "CMP 2024 11873"),
    ("The sibling group (LCS case 4471-209-B) stayed together.", "4471-209-B"),
    ("My friend Kasia from the Polish shop on Fratton Road helped me ring Shelter.", "Polish shop on Fratton Road"),
    ("I can't drive him because I start at 7am at the Chinese supermarket on Pershore Street.", "Pershore Street"),
    ("ngl being 16 and homeless is mad scary", "16"),
    ("add me on snap if u just started n ur stressed, im kaylo.wrld", "kaylo.wrld"),
    ("She is in year 2 at Ysgol Gynradd Pen-y-Bryn and loves it.", "Pen-y-Bryn"),
])
def test_found_and_removed(text, secret):
    assert secret not in published(text)


@pytest.mark.parametrize("text,kept", [
    ("Mam was discharged from Ysbyty Cwm Tawel at 11pm on a Sunday, in her nightie.", "Ysbyty Cwm Tawel"),
    ("Northgate Homes keep saying an engineer is booked and nobody comes.", "Northgate Homes"),
    ("She is 87, from Lewis, and spent nine weeks in hospital.", "from Lewis"),
    ("The case was heard on 12-03-2024 and the judge was kind.", "12-03-2024"),
    ("Mosaic ID 2281907 is the one to quote.", "Mosaic ID"),
    ("I got the bus from the shop on Monday.", "the shop on Monday"),
    ("being 45 with a bad back, the stairs are hard", "being 45"),
    ("I use snap a lot, e.g. to talk to my cousins.", "e.g."),
    ("my social worker ringfenced the money for respite", "ringfenced"),
])
def test_left_alone(text, kept):
    assert kept in published(text)


def test_a_web_address_loses_its_full_stop_to_the_sentence_not_the_placeholder():
    text = "My fundraiser is at www.example.com/help-jade-home. Please share."
    assert published(text).endswith(". Please share.")


def test_withdrawals_in_a_pattern_only_when_he_had_the_card_are_alleged_theft_and_financial_abuse():
    text = ("I'm 81 and registered blind. For eleven months a carer from the agency, Dean Halloran, did my shopping "
            "on a Thursday with my bank card. At Christmas my daughter went through the statements: a cash "
            "withdrawal of £60 or £80 every Thursday, and never on the fortnight he was on holiday.")
    report = analyze(text)
    theft = [f for f in report.flags if f.kind == "libel" and f.category == "crime"]
    assert theft and theft[0].target == "Dean Halloran" and "withdrawal" in theft[0].trigger
    assert report.safeguarding == "medium"


def test_a_regular_withdrawal_with_nobody_accused_is_not_libel():
    report = analyze("My PA Jo takes me to the bank and I make a cash withdrawal of £50 every Thursday for the week.")
    assert not report.libel


@pytest.mark.parametrize("text", [
    "Shouting through the letterbox for two years. I felt like a prisoner and I still check the door three times before bed.",
    "Since he found the flat I'm scared to open the door to anyone.",
])
def test_living_in_fear_at_home_is_a_medium_concern(text):
    report = analyze(text)
    assert report.safeguarding == "medium"
    assert any(f.category == "feeling unsafe" for f in report.flags)


@pytest.mark.parametrize("text", [
    "The prisoner was released on a Tuesday and the probation service was helpful.",
    "I check the door code with reception every time I visit Mum.",
])
def test_words_about_prisons_and_doors_alone_are_not_fear(text):
    assert analyze(text).safeguarding in ("none", "low")


@pytest.mark.parametrize("text,secret", [
    ("In my first conference (the Zebari children, ref ICPC-0924-117) I emailed it the night before.", "Zebari"),
    ("Feven here, im from Eritrea. the home office wrote my birthday wrong.", "Feven"),
    ("Pasted in the channel: 'KAZLAUSKAS Tomas, DOB 22/05/1989'.", "KAZLAUSKAS"),
    ("told baz's mum (baz is my foster brother) and she said tell my IRO.", "baz"),
    ("Now I can keep my mornings at the Spar on Holly Road.", "Holly Road"),
    ("I look after my mum and I run a nail bar, Lotus Nails on Fore Street, so I start at 5am.", "Lotus Nails"),
    ("I work on Ward 23 at the Royal so I can only visit at weekends.", "Ward 23"),
    ("here my key worker helps me and i go to Riverside College for ESOL and maths.", "Riverside College"),
    ("new number if anyone from the home wants to say hi, or add me on snap its leahh.k03", "leahh.k03"),
])
def test_more_shapes_found_and_removed(text, secret):
    assert secret not in published(text)


@pytest.mark.parametrize("text,kept", [
    ("I am absolutely furious with Northfield council children's services.", "Northfield council"),
    ("Her first language is Kurmanji; Kurmanji and Sorani are not interchangeable.", "Kurmanji and Sorani"),
    ("Refuge worker here, with a tip about phones.", "Refuge worker here"),
    ("The AMHP, Ngozi, was kind; the IDVA was brilliant.", "The AMHP"),
    ("I run a group, Parents Together, on Tuesdays.", "Parents Together"),
    ("The night nurse on Ward 12 at St Aidan's was rude to my nan.", "St Aidan's"),
    ("She is a patient at the Royal College of Nursing conference.", "Royal College of Nursing"),
])
def test_more_near_misses_left_alone(text, kept):
    assert kept in published(text)


def test_shona_is_still_a_name_though_it_is_also_a_language():
    assert "Shona" not in published("The morning carer, Shona Gilchrist, opened mum's handbag.")


@pytest.mark.parametrize("text,level", [
    ("Some nights I sit in the car and think it would be easier for everyone if I just didn't come back.", "high"),
    ("A man called Craig who works there makes me give him my dinner money every time.", "high"),
    ("Several young people have been contacted on Snapchat by an account called trapstar.kay, offering 'easy money' for trips.", "medium"),
])
def test_indirect_disclosures_get_their_level(text, level):
    assert analyze(text).safeguarding == level


@pytest.mark.parametrize("text", [
    "Tip: send everything recorded delivery and write the tracking number on your own copy.",
    "New residents: ask refuge staff to help you check your phone and cloud accounts for tracking in your first day.",
    "Lesson for all of us: raise concerns with the home and the safeguarding team first.",
    "It would be easier for everyone if the council just answered the phone.",
])
def test_advice_that_shares_words_with_a_risk_is_not_raised(text):
    assert analyze(text).safeguarding in ("none", "low")


def test_an_allegation_the_writer_takes_back_is_not_libel():
    text = ("An update and an apology. Last month I wrote here that a nurse at my mother's home, Agnieszka, had taken "
            "money from mum's purse. That was wrong. The bank found the payments were a subscription mum set up herself.")
    assert not analyze(text).libel


def test_an_account_offering_young_people_easy_money_is_an_allegation_against_the_account():
    report = analyze("Young people have been contacted on Snapchat by an account called trapstar.kay, offering 'easy money' for weekend trips.")
    assert report.libel and any(f.target == "trapstar.kay" for f in report.flags if f.kind == "libel")


@pytest.mark.parametrize("text,secret", [
    ("Massive thank you to Shazia at the Citizens Advice on Wellington Street who did my submission.", "Wellington Street"),
    ("last week me and ciara had to do the recovery position at the bus station.", "ciara"),
    ("we had to leave kev (our little brother) with a lady from the shop.", "kev"),
    ("For the record, in case the office reads this: Tamsin Pascoe, 3 Chapel Row, TR10 8DE.", "Tamsin"),
    ("his details, for the clerk who lost them: DOB 17.9.98, NI YL 52 60 14 D.", "17.9.98"),
    ("At a hearing last month for a 6-year-old at Craigowan Primary the mum had not been told.", "6-year-old"),
])
def test_fresh_v_shapes_found_and_removed(text, secret):
    assert secret not in published(text)


@pytest.mark.parametrize("text,kept", [
    ("There's talk on the landings at HMP Eastwold about moves.", "HMP Eastwold"),
    ("Carers of people with psychosis in Derry and Strabane: we meet monthly.", "Derry and Strabane"),
    ("Biggest thing I've learned: never make a rule you can't explain to a fifteen-year-old.", "a fifteen-year-old"),
    ("Contact was moved after he shouted at me outside school.", "me outside school"),
    ("Tip from the OT assistant who was kind to us: ask about a grant.", "OT assistant who"),
    ("Councillor Barnaby Threlfall never answered.", "Councillor"),
])
def test_fresh_v_near_misses_left_alone(text, kept):
    assert kept in published(text)


@pytest.mark.parametrize("text,target", [
    ("Our supervising social worker, Jacinta Moloney, has recorded six unannounced visits to our house in 2023. "
     "On four of those dates we were in Portugal with the children. Nobody visited.", "Jacinta Moloney"),
    ("The assessor, a paramedic called Mr Duncan Fairweather, asked me twice whether 'people like you' get help "
     "from the mosque instead.", "Duncan Fairweather"),
    ("Since the spring a lad who calls himself Tizzy (@tizzy.g.wavey on Instagram) has been living there, "
     "selling from the flat and taking Ollie's PIP as 'rent'.", "Tizzy"),
    ("At least three of my clients at Marlowe Lodge have told me that the night manager holds their bank cards "
     "'for safekeeping' and that money goes missing every time.", "the night manager"),
    ("Move-on is eighteen months unless you're mates with Craig Lomax in the housing options office. Two lads got "
     "flats within a month after 'sorting him out' with a drink.", "Craig Lomax"),
])
def test_indirect_allegations_against_an_identifiable_person(text, target):
    report = analyze(text)
    assert report.libel
    assert any(target.lower() in f.target.lower() for f in report.flags if f.kind == "libel")  # a name or their handle


@pytest.mark.parametrize("text", [
    "One tenant, Rhodri, does not like surprises. Before, he was hitting his head on the door every time the rota changed.",
    "There's a lot of talk on the landings that the unit head, Mr Sterling, takes backhanders. I was on his caseload for "
    "two years and never saw a sniff of it; I reckon it's lad talk.",
    "my cousin Vashti still gets bullied at hers and the teachers do nothing.",
    "On my caseload a man, Mr Kwabena Asante-Mensah, had been charged £96 a week for his placement for four years.",
    "The home manager at Ashgrove Court retired and the new one at Birch House is lovely; the manager rang us.",
])
def test_near_misses_that_are_not_allegations(text):
    assert not analyze(text).libel


@pytest.mark.parametrize("text", [
    "my ipad went missing there and so did my mates headphones.",
    "I still meet people who've been charged for their care home after a section 3.",
    "The assessor asked whether 'people like you' get help from the mosque. At tribunal I won.",
])
def test_not_safeguarding_concerns(text):
    assert analyze(text).safeguarding in ("none", "low")


def test_a_child_who_went_missing_is_still_high():
    assert analyze("im 14 and my little brother went missing again last night, he is with older lads").safeguarding == "high"


@pytest.mark.parametrize("text,secret", [
    ("ask for a mandatory reconsideration. a woman at the jobcentre, bev, helped me word it.", "bev"),
    ("the manager at Fernbank House, angela, makes kids sleep on the sofa in the office.", "angela"),
    ("My support worker is Pat. She helps me read my letters.", "Pat"),
    ("I help run a carers' group on Wednesday mornings, ring me, Wai Ling, on 0161 496 0352.", "Wai Ling"),
    ("Happy to chat to anyone going through it, 0113 496 0718.", "0113 496 0718"),
    ("Mr Islam does 16 hours at the Tesco Express on Albert Road and got almost nothing one month.", "Albert Road"),
])
def test_fresh_w_shapes_found_and_removed(text, secret):
    assert secret not in published(text)


@pytest.mark.parametrize("text,kept", [
    ("My uncle has lived at Ashgrove Court nursing home for two years.", "Ashgrove Court nursing home"),
    ("Mum (DOB 22/12/1936) still lives alone.", "Mum"),
    ("Annual health checks for people with a learning disability aged 14 and over are free.", "aged 14 and over"),
    ("An assessment the child recognises is one the family is far more likely to trust.", "the child recognises is one"),
    ("The council's duty team was helpful. Ring them on 0113 496 0000 if you are stuck.", "0113 496 0000"),
])
def test_fresh_w_near_misses_left_alone(text, kept):
    assert kept in published(text)


@pytest.mark.parametrize("text", [
    "My PIP report says I walk my dog twice a day. I don't have a dog. The assessor, Denise Harcourt, invented that "
    "along with half the report.",
    "The owner of our agency, Shaun Pridmore, tells us to log visits as 30 minutes when the rota only gives us 15.",
    "My probation officer, Sharon Ives, wrote that I'd refused the offer. I never refused anything. Ives made it up "
    "to cover for the fact she forgot.",
])
def test_invented_records_are_allegations(text):
    assert analyze(text).libel


def test_falsified_visits_in_home_care_are_a_safeguarding_concern_too():
    text = ("I'm a home carer. The owner of our agency, Shaun Pridmore, tells us to log visits as 30 minutes when the "
            "rota only gives us 15, and the council gets invoiced for the full 30.")
    assert analyze(text).safeguarding == "medium"


@pytest.mark.parametrize("text", [
    "Last year my autistic son came home saying his TA, Mr Sandhu, had pushed him. We reported it. The CCTV showed "
    "him steering my son away from a door. The allegation was found to be unfounded.",
    "One family I support, mum Bridget McDonagh-Ward and her three boys, left school after months of bullying.",
])
def test_cleared_or_unattributed_is_not_libel(text):
    assert not analyze(text).libel


def test_self_harm_told_as_over_is_not_high():
    text = "i asked and got a worker who gets it. i was self harming in year 10 but im doing better now."
    assert analyze(text).safeguarding == "medium"


@pytest.mark.parametrize("text,secret", [
    ("Nobody mentioned that at the review. Folasade from the borough's direct payments team walked us through it.", "Folasade"),
    ("It's Welsh Government money. Gethin at the men's shed in Troedyrhiw helped me fill the form in.", "Gethin"),
    ("my keyworker Sunny takes me to boxing every wednesday.", "Sunny"),
    ("The home set up the direct debit from my account (60-12-44, 30918827) for the wrong amount.", "30918827"),
    ("The home set up the direct debit from my account (60-12-44, 30918827) for the wrong amount.", "60-12-44"),
    ("Our solicitor, Will Okafor, was kind and patient.", "Okafor"),
])
def test_fresh_z_shapes_found_and_removed(text, secret):
    assert secret not in published(text)


@pytest.mark.parametrize("text,kept", [
    ("in wales its called When I'm Ready and it means you can stay with your foster carers till 21.", "When I'm Ready"),
    ("young carers in scotland can get the Young Carer Grant once you're 16.", "Young Carer Grant"),
    ("Shelter from the council never came. Help from the school did.", "Help from the school"),
])
def test_fresh_z_near_misses_left_alone(text, kept):
    assert kept in published(text)


def test_putting_affairs_in_order_is_high():
    text = ("Since Margaret died I keep the farm going for the sake of the dogs. I've sorted all the paperwork now so "
            "the boys won't have to deal with any of it, and I've found good homes for the dogs. That's all really.")
    report = analyze(text)
    assert report.safeguarding == "high"
    assert any(f.category == "suicidal intent" for f in report.flags)


def test_rehoming_a_pet_alone_is_not_high():
    assert analyze("We found a good home for the cat when we moved into the flat; pets aren't allowed.").safeguarding in ("none", "low")


@pytest.mark.parametrize("text,target", [
    ("mr pryce our PE teacher at kirkton high makes the free school meals kids line up last and calls us "
     "'the freebies' in front of everyone.", "pryce"),
    ("If you're at Abbeygate hostel: the night porter at the Abbeygate hostel has been drunk on shift three times.", "night porter"),
    ("The landlord, Gareth Pryce-Whitely, claims housing benefit for support that has never once happened.", "Gareth"),
])
def test_more_allegations_found(text, target):
    report = analyze(text)
    assert report.libel and any(target.lower() in f.target.lower() for f in report.flags if f.kind == "libel")


@pytest.mark.parametrize("text", [
    "Nobody told me my IDVA could come to court. Parveen did, and she sat between me and the screen under the "
    "non-molestation order hearing.",
    "A nurse on the acute unit at the General shouted at my dad for wetting the bed. I'm not naming anyone.",
])
def test_support_and_unnamed_staff_are_not_allegations(text):
    assert not analyze(text).libel


@pytest.mark.parametrize("text,secret", [
    ("Book visits online with his prison number (A4829DK) and your own ID ready.", "A4829DK"),
    ("last week i asked to ring my advocate and they said no. im nearly 16 and i should be allowed.", "16"),
    ("I'm a wheelchair user and do admin at the Tesco distribution centre in Daventry.", "Daventry"),
    ("my mentor at the boxing gym, Will, got me doing my coaching badges.", "Will"),
    ("Nobody told me my IDVA could come to court with me. Parveen did, and it helped.", "Parveen"),
    ("My husband's a porter at the Queen Elizabeth in Gateshead and works rotating shifts.", "Gateshead"),
])
def test_fresh_aa_ab_shapes_found_and_removed(text, secret):
    assert secret not in published(text)


@pytest.mark.parametrize("text,kept", [
    ("Before, my neighbour daughter come with me, but she is child.", "come with me"),
    ("For three years my son put holes in every internal door.", "son put holes"),
    ("Domiciliary care hours simply are not there west of the Bann at the moment.", "the Bann"),
    ("My wife has MND and we live up past Llandeilo.", "past Llandeilo"),
    ("My brother is in supported exempt accommodation in Small Heath.", "in Small Heath"),
    ("He drove off and left me outside the Queen Elizabeth in the dark.", "the Queen Elizabeth"),
    ("My cat is the only reason I'm still here and she's nearly 17.", "nearly 17"),
])
def test_fresh_aa_ab_near_misses_left_alone(text, kept):
    assert kept in published(text)


def test_a_care_home_named_before_its_deputy_manager_stays_and_the_manager_is_the_target():
    text = "At Hollins Brook in Wrexham the deputy manager has been stealing from the residents' comfort fund."
    report = analyze(text)
    assert "Hollins Brook" in published(text)
    assert report.libel and any("deputy manager" in f.target for f in report.flags if f.kind == "libel")
