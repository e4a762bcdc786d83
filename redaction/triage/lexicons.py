"""Word lists for finding who a sentence is about. Data only; extend freely.

Used by `targets.py` to tell a person's name from an ordinary capitalised word,
a named place from a person, and an identifiable role ("the night nurse on
Ward 7") from an anonymous one ("a nurse", "staff").
"""
from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Ordinary words that start sentences or get capitalised for emphasis. A
# capitalised token in this set is never taken for a name.
COMMON_WORDS = _words("""
a about above across after again against all almost also always am among an and another any anyone
anything are aren't around as ask asked asking at away back bad be because been before being below
best better between both but by call called came can can't cannot check come comes could couldn't
day days did didn't do does doesn't doing don't done down during each early either else even ever
every everyone everything find first for found from get gets getting give given go goes going gone
good got great had has have having he he's her here hers herself him himself his how however i i'd
i'll i'm i've if in into is isn't it it's its itself just keep kept know last later least less let
like little lol long look lot lots made make many may maybe me might mine more most much must my
myself need never new next no nobody none nor not nothing now of off often oh ok okay old on once one
only or other our ours out over own people please put quite rather really right said same saw say
says see seen she she's should since so some someone something sometimes soon still such sure take
tell than thank thanks that that's the their them then there there's these they they're thing things
think this those though three through tip to today told too two under until up upon us use used very
want was wasn't way we we're we've well went were what when where whether which while who whoever why
will with without would wouldn't yes yet you you're your yours also honest honestly apparently
sadly luckily thankfully eventually finally anyway besides meanwhile instead otherwise hi hello
hey dear note update warning reminder learning advice question please nb ps edit
mum mom dad nan nana gran granny grandad grandma grandpa auntie aunt uncle cousin brother sister
son daughter husband wife partner ex boyfriend girlfriend fiance friend mate neighbour baby child
children kids kid family families parents parent carer carers staff worker workers manager nurse
doctor teacher police officer social council team service services home school court judge
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december christmas easter
english british welsh scottish irish uk nhs gp
one two three four five six seven eight nine ten eleven twelve
social work worker principal senior chief deputy head
""")

# Words that turn a capitalised run into a place or organisation
# ("Beechwood Grange", "Hackney Council"), which are not personal targets.
INSTITUTION_WORDS = _words("""
council councils team teams service services centre center trust nhs hospital hospitals ward clinic
surgery practice school schools academy primary secondary high college university nursery home homes
house grange court lodge manor hall care unit office department dwp hmrc police constabulary
authority board group partnership charity foundation society association fund scheme line helpline
road street lane avenue close crescent drive way walk place park estate square gardens terrace
hill green view city town village borough county district church mosque temple library
ltd limited plc cic act law order tribunal commission ombudsman ofsted cqc camhs
credit benefit benefits allowance section agency guardianship protection payments payment
infants juniors junior dental medical pharmacy hospice
""")

# Job titles that, with a named place, single out one person.
ROLE_NOUNS = (
    "registered manager", "deputy manager", "home manager", "care manager", "team manager",
    "unit manager", "ward manager", "manager", "night nurse", "charge nurse", "staff nurse", "nurse",
    "matron", "sister", "night worker", "night carer", "care worker", "support worker", "key worker",
    "keyworker", "social worker", "housing officer", "lettings officer", "officer", "warden",
    "caretaker", "receptionist", "head teacher", "headteacher", "head of year", "deputy head", "head",
    "teacher", "form tutor", "tutor", "senco", "teaching assistant", "coach", "instructor",
    "consultant", "psychiatrist", "doctor", "gp", "pharmacist", "driver", "cook", "chef", "owner",
    "landlord", "director", "chair", "councillor", "coordinator", "co-ordinator", "supervisor",
    "caseworker", "case worker", "advocate", "assessor", "therapist", "counsellor", "youth worker",
    "night manager", "activities coordinator", "chaplain", "vicar", "imam", "priest", "leader",
    "night porter", "porter", "security guard", "concierge", "handyman", "resettlement worker",
    "night senior", "senior carer", "team leader", "shift leader",
)

# People the writer mentions without naming ("my dad", "a man", "staff").
# When one of these stands between a name and an allegation it is taken as
# the doer, so the named person is not blamed for it.
UNNAMED_PERSON_NOUNS = (
    "dad", "mum", "mom", "father", "mother", "stepdad", "stepmum", "husband", "wife", "partner",
    "ex", "boyfriend", "girlfriend", "fella", "brother", "sister", "son", "daughter", "uncle",
    "aunt", "auntie", "nan", "gran", "grandad", "grandma", "cousin", "neighbour", "friend", "mate",
    "boss", "man", "woman", "lad", "lads", "guy", "bloke", "girl", "boy", "lodger", "landlord",
    "staff", "carer", "carers", "worker", "workers", "nurse", "nurses", "doctor", "officer",
    "officers", "teacher", "manager", "people", "residents", "resident", "council", "team",
    "service", "police", "school", "home", "ward", "provider", "agency", "department",
)

# Relationship and role nouns that may be followed by a first name written
# in lower case ("my stepdad lee keeps ...", "my social worker ivy is ...").
NAME_LEADERS = (
    "stepdad", "step dad", "stepmum", "step mum", "dad", "mum", "brother", "sister", "uncle",
    "aunt", "auntie", "cousin", "nan", "grandad", "boyfriend", "girlfriend", "partner", "husband",
    "wife", "ex", "mate", "friend", "neighbour", "boss", "manager", "worker", "social worker",
    "key worker", "keyworker", "support worker", "youth worker", "carer", "pa", "tutor",
    "form tutor", "teacher", "coach", "advocate", "lodger", "landlord",
)

# Words that follow a lower-case first name in the NAME_LEADERS pattern; they
# tell "my stepdad lee keeps" (a name) from "my dad threw" (not a name).
AFTER_NAME = (
    "is", "was", "has", "had", "keeps", "kept", "said", "says", "told", "tells", "who",
    "would", "will", "does", "did", "never", "always", "just", "also", "used", "comes", "came",
    "got", "gets", "still", "hes", "shes", "he's", "she's",
    # verbs of wrongdoing, so "my mums boyfriend steve hits me" finds "steve"
    "hits", "hit", "slaps", "punches", "kicks", "touches", "shakes", "takes", "took", "stole", "steals",
    "sells", "gives", "gave", "locks", "locked", "shouts", "shouted", "grabbed", "pushed", "lied", "lies",
)

TITLES = ("mr", "mrs", "ms", "miss", "mx", "dr", "sgt", "cllr", "nurse", "sister", "prof", "coach")

# Titles that informal notes write in lower case before a lower-case surname
# ("mr adebayo"). "nurse" and "sister" are left out: "my sister rang".
LOWER_CASE_TITLES = ("mr", "mrs", "ms", "miss", "mx", "dr")
