"""The libel lexicon: words that allege wrongdoing by a person. Data only.

Each entry is (category, label, pattern, agent). The pattern is matched
case-insensitively within one sentence. `agent` says where the doer is found:

- "before": the doer is named (or referred to) earlier in the sentence:
  "Callum slapped her", "she used his bank card".
- "object": the doer is the pronoun captured as (?P<agent>...):
  "her pension goes straight to him".
- "passive": the doer follows the pattern, which ends in "by":
  "my mum was hit by Gary Stone".
- "statement": a label pinned on someone ("a liar", "that is a lie"); the
  doer may be in this sentence or the one before.

Verbs of violence and abuse require a person as object, so "the cuts hit us"
is ignored but "hit him" is not; criticism of a service has no personal doer
and is never flagged however harsh. Add entries freely; the tests in
tests/redaction/test_triage_libel.py show what each must and must not match.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_PERSON_OBJECT = (
    r"(?:me|him|her|them|us|my\s+\w+|his\s+\w+|her\s+\w+|their\s+\w+|the\s+(?:baby|child|kids?|boy|girl|"
    r"resident|residents|patient|patients|man|woman|lad|lady|young\s+people)|a\s+(?:resident|child|patient|"
    r"pupil|kid|boy|girl)|residents|patients|children|kids|pupils|(?-i:[A-Z][a-z]+))"
)
_MONEY = r"£\s?\d[\d,.]*k?"
_DRUGS = r"(?:weed|drugs|cannabis|coke|cocaine|pills|spice|ket|ketamine|heroin|crack|mdma|pills)"

ENTRIES: tuple[tuple[str, ...], ...] = (
    # crime: theft, financial abuse, exploitation, threats
    ("crime", "theft", r"\b(?:stole|steals?|stealing|nick(?:ed|s|ing)|pinch(?:ed|es|ing)|pocket(?:ed|s|ing)|"
     r"help(?:ed|ing|s)?\s+(?:him|her|them)sel(?:f|ves)\s+to|rip(?:s|ped|ping)?\s+off|con(?:s|ned|ning)\s+(?:people|me|him|her|them|us|residents|tenants))\b", "before"),
    ("crime", "theft", rf"\b(?:has|have|had)\s+taken\s+(?:\w+\s+){{0,2}}{_MONEY}|\b(?:took|takes|taking)\s+(?:\w+\s+){{0,2}}{_MONEY}\s+(?:a\s+(?:week|month)\s+|each\s+(?:week|month)\s+|every\s+(?:week|month)\s+)?(?:from|off|out\s+of)\b", "before"),
    ("crime", "theft", r"\b(?:took|takes|taking|taken|had|has\s+had)\s+(?:cash|money|notes|\w+'s\s+money)\s+(?:out\s+of|from)\s+(?:my|his|her|their|\w+'s)\b", "before"),
    ("crime", "unlawful eviction", r"\bchang(?:ed|es|ing)\s+the\s+locks\b|\b(?:put|puts|threw|throws|chucked|dumped)\s+(?:all\s+)?(?:my|our|her|his|their)\s+(?:things|stuff|belongings)\s+(?:out|on\s+the\s+street|in\s+bin\s+bags)\b|\billegal(?:ly)?\s+evict\w*|\bevict\w*\s+(?:me|us|him|her|them)\s+illegally\b", "before"),
    ("dishonesty", "keeping a deposit", r"\b(?:kept|keeps|keeping|withheld|withholding|pocketed)\s+(?:my|our|the|her|his|their)\s+(?:£[\d,]+\s+)?deposit\b", "before"),
    # theft read from its pattern: "a cash withdrawal of £60 every Thursday, and never on the fortnight he was on holiday"
    ("crime", "theft", r"\b(?:cash\s+)?withdrawals?\b[^.;]{0,60}?\b(?:every|each)\s+(?:week|day|month|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
     r"[^.;]{0,30}?\b(?:never|not|only)\s+(?:on|when|while|during|in)\b[^.;]{0,30}?\b(?P<agent>he|she)\b", "object"),
    ("crime", "loan sharking", r"\bloan\s*shark\w*|\billegal\s+(?:money\s+)?lend\w*", "before"),
    ("crime", "supplying drugs to young people", r"\boffer(?:ed|s|ing)?\s+(?:me|her|him|them|us|girls|boys|kids)\s+(?:a\s+lift\s+and\s+)?(?:free\s+)?(?:weed|drugs|vapes|alcohol|vodka|pills)\b", "before"),
    ("crime", "financial abuse", r"\b(?:used|uses|using|takes|took|taking|keeps|kept)\s+(?:his|her|their|my|\w+'s)\s+(?:bank\s+|debit\s+|credit\s+)?card\b", "before"),
    ("crime", "financial abuse", r"\b(?:pension|benefits?|money|wages|savings|allowance)\b[^.]{0,30}?\b(?:goes|go|went|going|is\s+paid|gets\s+paid)\s+"
     r"(?:straight\s+|directly\s+)?(?:in)?to\s+(?P<agent>him|her)\b", "object"),
    ("crime", "criminal exploitation", r"\b(?:ask(?:ed|ing|s)?|get(?:s|ting)?|makes?|made|started\s+asking|tells?|told)\s+"
     rf"(?:me|him|her|them|kids|young\s+people|children|the\s+younger\s+\w+)\s+to\s+(?:hold|carry|deliver|run|sell|move|drop\s+off|stash)\s+(?:stuff|things|{_DRUGS}|packages|parcels|bags|it)\b", "before"),
    ("crime", "extortion", r"\bmakes?\s+(?:them|him|her|me|residents|the\s+\w+)\s+pay\s+(?:him|her)\b"
     r"|\b(?:makes?|made|making|forces?|forced|forcing)\s+(?:me|him|her|them|us|residents|clients|the\s+\w+)\s+(?:give|hand\s+over|hand)\s+(?:him|her)\s+"
     r"(?:(?:my|his|her|their|our|the)\s+)?(?:\w+\s+)?(?:money|cash|benefits|pension|wages|bank\s+card)\b", "before"),
    ("crime", "criminal exploitation", r"\boffer(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?['‘\"]?easy\s+(?:money|cash)\b", "before"),
    # money taken by whoever holds it: "taking Ollie's PIP as 'rent'", "holds their bank cards 'for safekeeping'"
    ("crime", "financial abuse", r"\b(?:tak(?:es|ing)|took|taken|keeps|kept|keeping|pockets|pocketed)\s+(?:all\s+(?:of\s+)?)?(?:his|her|their|my|\w+'s)\s+"
     r"(?:pip|dla|esa|benefits?|pension|universal\s+credit|uc|wages|allowance|savings)\b", "before"),
    ("crime", "financial abuse", r"\b(?:holds?|holding|keeps?|keeping|has|took|takes)\s+(?:their|his|her|my|residents'?|clients'?|tenants'?)\s+(?:bank\s+|debit\s+)?cards\b"
     r"[^.;]{0,60}?\bmoney\s+(?:goes|went|keeps\s+going|has\s+gone)\s+missing\b", "before"),
    ("crime", "drug dealing", r"\bsell(?:s|ing)\s+from\s+(?:the|his|her|their|my|our)\s+(?:flat|house|room|car)\b", "before"),
    ("corruption", "bribery", r"['‘\"]sort(?:ed|ing|s)?\s+(?P<agent>him|her)\s+out['’\"]\s+with\s+(?:a\s+)?(?:drink|something|a\s+bit\s+of\s+cash|cash|money|a\s+few\s+quid|a\s+bung)\b", "object"),
    ("racism", "racist remarks", r"['‘\"]people\s+like\s+(?:you|us|them)['’\"](?=[^.;]{0,80}\b(?:mosque|church|temple|gurdwara|synagogue|english|country|race|colour|black|"
     r"asian|muslim|jewish|sikh|hindu|foreign|immigrants?|accent|travellers?|gypsies)\b)", "before"),
    ("abuse or neglect", "humiliating children", r"\bcall(?:s|ed|ing)?\s+(?:us|them|the\s+(?:kids|children|pupils|residents|boys|girls))\s+['‘\"](?![^'’\"]*\b(?:angels?|stars?|superstars?|heroes|champions?|legends?|darlings?|good|lovely|sweet|brilliant|clever)\b)[^'’\"]{2,30}['’\"]"
     r"(?=[^.;]{0,30}\b(?:in\s+front\s+of|everyone|the\s+whole\s+class))", "before"),
    # "Prothero then records it as the parents' choice. That is unlawful pressure and it is misconduct."
    ("dishonesty", "misconduct", r"\b(?:that|this|it|which)(?:'s|\s+is|\s+was)\s+(?:\w+\s+){0,2}?(?:unlawful|illegal|gross\s+misconduct|misconduct|fraud|theft|a\s+crime|criminal)\b(?!\s+(?:how|that|the\s+way))", "statement"),
    # records of visits that the next sentences say never happened: "Nobody visited."
    ("dishonesty", "false records", r"\b(?:nobody|no\s+one|no-one)\s+(?:ever\s+)?(?:visited|came|turned\s+up|was\s+there)\b|\b(?:those|the)\s+visits\s+never\s+happened\b", "statement",
     r"\b(?:recorded|logged|written\s+up|wrote\s+up|typed\s+(?:them\s+)?up|signed\s+(?:off|for)|claimed)\b[^.]{0,60}\bvisits?\b"),
    ("crime", "drug dealing", rf"\b(?:sell(?:s|ing)?|sold|deal(?:s|ing)?|dealt|suppl(?:ies|ying|ied))\s+(?:\w+\s+)?{_DRUGS}\b", "before"),
    ("crime", "supplying alcohol or drugs to young people", r"\b(?:gives?|giving|gave|suppl(?:ies|ied))\s+(?:them|girls|the\s+girls|kids|children|residents|young\s+people)\s+"
     rf"(?:free\s+)?(?:vodka|alcohol|drink|booze|{_DRUGS})\b", "before"),
    ("crime", "threats", r"\bthreaten(?:ed|s|ing)?\s+(?:to\s+\w+|me|him|her|them|us)\b", "before"),
    ("crime", "intimidation", r"\bif\s+(?:he|she|they|i|we)\s+(?:ever\s+)?(?:complained|complain|told\s+anyone|said\s+anything|reported)\b", "before"),
    ("crime", "a criminal record", r"\b(?:was|been|got)\s+(?:convicted|arrested|charged(?!\s+(?:£|\d|for\s+(?:his|her|their|my|the)\s+(?:care|placement|room|stay|meals|transport)))|cautioned|jailed|in\s+prison)\b", "before"),
    # dishonesty
    ("dishonesty", "fraud", r"\b(?:fraud(?!\s+(?:team|department|unit|line|squad|officers?|investigators?|investigation|prevention|awareness|alerts?|check)\b)|defraud\w*|embezzl\w*|scamm(?:ed|ing)|fiddl(?:ed|ing|es)\s+(?:the|his|her|their))\b", "before"),
    ("dishonesty", "forgery or falsified records", r"\b(?:forged|forging|forges|faked|faking|falsif(?:y|ied|ies|ying)|fabricat(?:ed|ing|es)|doctored)\b", "before"),
    ("dishonesty", "false records", r"\b(?:tells?|told|makes?|made|asks?|asked|gets?|got)\s+(?:us|staff|carers|workers|me|them|the\s+\w+)\s+to\s+(?:log|record|write\s+(?:down|up)|put\s+down|sign(?:\s+for|\s+off)?|claim|fill\s+in|invoice)\b"
     r"[^.;]{0,60}?\b(?:when|but|even\s+though|although|though)\b[^.;]{0,40}?\b(?:only|never|not|didn'?t|hadn'?t|wasn'?t|no)\b", "before"),
    ("dishonesty", "forgery or falsified records", r"\b(?:invented|made\s+up)\s+(?:that|it|this|half|parts?|bits|evidence|answers|quotes|(?:the|my|his|her|their)\s+(?:report|notes|records?|assessment|statement|visits?))\b", "before"),
    ("dishonesty", "false records", r"\b(?:record\w*|sign\w*(?:\s+off)?|initiall?ed|fill(?:s|ed|ing)?\s+in|claim(?:s|ed|ing)?|log(?:s|ged|ging)?|"
     r"put(?:s|ting)?\s+down)\b[^.;]{0,80}?\b(?:never|not)\s+(?:once\s+|ever\s+|actually\s+|really\s+)?(?:happened|took\s+place|staffed|worked|given|done|delivered|carried\s+out|visited|there)\b", "before"),
    ("dishonesty", "lying", r"\b(?:lied|lying\s+(?:to|about)|lies\s+(?:to|about))\b", "before"),
    ("dishonesty", "lying", r"\b(?:that|this|it|which)(?:'s|\s+is|\s+was)\s+(?:a\s+)?(?:complete\s+|total\s+|outright\s+|blatant\s+|an?\s+)?(?:lie|lies)\b", "statement"),
    ("dishonesty", "covering up", r"\bcover(?:ed|ing|s)?\s+(?:it|this|that|things|everything)\s+up\b", "before"),
    # corruption
    ("corruption", "bribery", r"\b(?:brib(?:e|es|ed|ery|ing)|backhanders?|kickbacks?|bungs?)\b", "before"),
    ("corruption", "taking cash for favours", rf"\bfor\s+{_MONEY}\s+(?:cash|in\s+cash)\b|\bpaid\s+(?:him|her|them)\s+off\b", "before"),
    ("corruption", "planting evidence", r"\bplant(?:ed|ing|s)?\s+(?:something|drugs|evidence|stuff|it)\s+on\b", "before"),
    ("corruption", "corruption", r"\b(?:is|was|are|were|'s)\s+(?:totally\s+|completely\s+)?(?:bent|corrupt)\b", "statement"),
    # violence
    ("violence", "violence", r"\b(?:hit|hits|hitting|slap(?:s|ped|ping)?|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|beat(?:s|ing)?|beaten|batter(?:ed|s|ing)|"
     r"smack(?:s|ed|ing)?|headbutt(?:ed|s|ing)?|shov(?:ed|es|ing)|strangl(?:ed|es|ing)|chok(?:ed|es|ing)|thump(?:ed|s|ing)?)\s+"
     rf"(?!(?:his|their|my)\s+(?:own\s+)?(?:head|face|hands?|arms?|legs?|fists?|knees?|chest)\b){_PERSON_OBJECT}\b(?!\s+out\b)", "before"),
    ("violence", "violence", r"\b(?:assault(?:s|ed|ing)?|attack(?:s|ed|ing)?)\s+(?:me|him|her|them|us|my|his|a|the|residents|patients)\b", "before"),
    ("violence", "violence", r"\b(?:grab(?:bed|s|bing)?|pin(?:ned|s|ning)|held|hold(?:s|ing)?|push(?:ed|es|ing)?|drag(?:ged|s|ging)?|pull(?:ed|s|ing)?|throw(?:s|ing)?|threw)\s+"
     r"(?:me|him|her|them|us|residents|(?:(?:my|his|her|their|the|a|an)\s+)?\w+(?:\s+\w+)?)\s+(?:by\s+the\s+(?:neck|throat|hair|arm|wrist|collar)|down\b|against|into\s+the|across|to\s+the\s+(?:floor|ground)|down\s+the\s+stairs)", "before"),
    ("violence", "violence", r"\b(?:was|were|been|got|being)\s+(?:hit|slapped|punched|kicked|assaulted|attacked|beaten|pushed|grabbed|strangled)\s+by\s+", "passive"),
    ("violence", "violence", r"\bthr(?:ew|ows|owing)\s+(?:a|an|the|his|her)\s+\w+\s+at\s+(?:me|him|her|them|us)\b", "before"),
    # abuse or neglect
    ("abuse or neglect", "abuse", r"\b(?:abus(?:ed|es|ing)|mistreat(?:ed|s|ing)?|ill-treat(?:ed|s|ing)?|neglect(?:ed|s|ing))\s+"
     rf"{_PERSON_OBJECT}", "before"),
    ("abuse or neglect", "abuse", r"\b(?:is|was|been|being)\s+(?:physically\s+|verbally\s+|emotionally\s+)?abusive\b", "before"),
    ("abuse or neglect", "unlawful restraint", r"\block(?:ed|s|ing)\s+(?:\w+\s+)?in\s+(?:his|her|their|a|the|my)\s+(?:rooms?|bedrooms?|flats?)\b", "before"),
    ("abuse or neglect", "neglect", r"\b(?:left|leaves|leaving)\s+(?:him|her|them|residents|\w+)\s+(?:in\s+(?:soiled|wet|dirty)|(?:lying\s+)?on\s+the\s+floor|"
     r"without\s+(?:food|water|meds|medication|care)|alone\s+for\s+(?:hours|days))", "before"),
    ("abuse or neglect", "bullying", r"\bbull(?:ied|ies|ying)\s+(?:me|him|her|them|residents|patients|staff|kids|children)\b", "before"),
    ("misconduct", "dismissal for misconduct", r"\b(?:sacked|dismissed|struck\s+off|let\s+go|suspended|barred|fired)\s+(?:from\s+[^.]{0,50}?\s+)?for\b", "before"),
    # sexual misconduct
    ("sexual misconduct", "sexual misconduct", r"\b(?:grop(?:ed|es|ing)|(?<!non-)molest\w*|rap(?:ed|es|ing)|sexual(?:ly)?\s+(?:assault\w*|abus\w*|harass\w*)|"
     r"exposed\s+(?:himself|herself)|touch(?:ed|es|ing)\s+(?:me|him|her|them|residents|kids|girls|boys|children)\s+(?:up|inappropriately|down\s+there|under|between))\b", "before"),
    ("sexual misconduct", "entering a child's room at night", r"\b(?:keeps?\s+|kept\s+)?com(?:ing|es|e)\s+(?:in|into)\s+my\s+(?:room|bed|bedroom)\s+at\s+night\b", "before"),
    ("sexual misconduct", "sexual messages", r"\b(?:sent|sends|sending|asked\s+(?:me|her|him)\s+for|asks\s+(?:me|her|him)\s+for)\s+(?:me\s+|her\s+|him\s+)?"
     r"(?:nudes|naked\s+(?:pics|pictures|photos)|explicit|dick\s+pics|sexual)\b", "before"),
    ("sexual misconduct", "sexual messages", r"\bask(?:ed|s|ing)\s+(?:me\s+|her\s+|him\s+|them\s+|girls\s+|us\s+)?(?:for\s+)?(?:pics|pictures|photos|nudes|selfies)\b|\bmature\s+for\s+(?:our|her|his|their|your|my)\s+age\b", "before"),
    ("sexual misconduct", "sexual exploitation", r"\b(?:groom(?:ed|s)|grooming\s+(?:me|him|her|them|kids|girls|boys|children)|picks?\s+up\s+(?:girls|boys|kids|young\s+people)|"
     r"takes?\s+(?:them|girls|kids|the\s+girls)\s+to\s+(?:parties|flats|a\s+flat|hotels?))\b", "before"),
    ("sexual misconduct", "a sexual relationship with someone in their care", r"\b(?:sleeping|slept|having\s+sex|in\s+a\s+relationship)\s+with\s+(?:a\s+)?(?:resident|patient|service\s+user|client|pupil|student)s?\b", "before"),
    # drink or drugs at work
    ("drink or drugs at work", "drunkenness or drug use", r"\b(?:is|was|were|turns\s+up|turned\s+up|comes\s+in|came\s+in|been)\s+(?:always\s+|often\s+|regularly\s+|completely\s+|clearly\s+)?"
     r"(?:drunk|hungover|stoned|high|off\s+(?:his|her|their)\s+face)\b", "before"),
    ("drink or drugs at work", "drunkenness or drug use", r"\b(?:turns|turned|comes|came|shows|showed|turning|coming)\s+(?:up|in)\b[^.;]{0,40}?\b(?:drunk|hungover|stoned|high|under\s+the\s+influence)\b", "before"),
    ("drink or drugs at work", "drunkenness or drug use", r"\b(?:smel(?:l|ls|led|ling|t)|stink(?:s|ing)?|stank|reek(?:s|ed|ing)?)\s+of\s+(?:alcohol|booze|drink|beer|wine|weed|cannabis|spirits)\b", "before"),
    ("drink or drugs at work", "drunkenness or drug use", rf"\b(?:drinking|drinks|drank|smok(?:ing|es)\s+weed|tak(?:ing|es)\s+{_DRUGS})\s+(?:on\s+shift|at\s+work|on\s+duty|in\s+the\s+(?:office|home|unit|car))\b", "before"),
    # racism
    ("racism", "racism", r"\b(?:racist|racially\s+abus\w*|racism\s+from)\b", "before"),
    ("racism", "racial discrimination", r"\b(?:because|cos|coz|cause)\s+(?:i'?m|we'?re|he'?s|she'?s|i\s+am|we\s+are|they'?re)\s+(?:black|asian|muslim|jewish|a\s+muslim|foreign|polish|"
     r"romanian|a\s+traveller|gypsy|a\s+refugee|an\s+immigrant)\b", "before"),
    # wider phrasings of the same allegations, as people write them
    ("crime", "theft", r"\b(?:caught\s+|been\s+)?(?:tak(?:ing|es)|took|taken|help(?:ing|ed)\s+(?:him|her|them)sel(?:f|ves)\s+to)\s+(?:\w+\s+){0,2}?(?:cash|money|jewell?ery|rings?|valuables|belongings|"
     r"bank\s+cards?|(?:her|his)\s+purse)\s+(?:from|off|out\s+of)\b", "before"),
    ("crime", "theft", r"\b(?:borrow(?:ed|ing|s)?|had)\s+(?:\w+\s+)?(?:money|cash|£\s?\d[\d,]*)\s+(?:from|off)\s+(?:residents?|clients?|patients?|service\s+users?|tenants?|(?:my|his|her)\s+\w+)\b", "before"),
    ("dishonesty", "false records", r"\b(?:signed?|signing|billed|billing|bills|invoiced|charged|claimed|claiming|recorded|logged|filled\s+in|wrote\s+up)\b[^.;]{0,200}?"
     r"\b(?:never|not|weren'?t|wasn'?t|didn'?t)\s+(?:happened|took\s+place|given|done|delivered|there|turned\s+up|carried\s+out|been\s+given)\b", "before"),
    ("dishonesty", "false records", r"\bsign(?:ed|s|ing)\s+(?:them|it|the\s+\w+|for\s+\w+(?:\s+\w+)?)\s+(?:off\s+)?(?:in\s+advance|before\s+(?:they|it)\s+(?:were|was)\s+given|without\s+(?:giving|doing|checking))\b", "before"),
    ("sexual misconduct", "sexual relationship with someone in their care", r"\b(?:having|had|has\s+been\s+having)\s+sex\s+with\b|\b(?:sleeping|slept)\s+with\s+(?:one\s+of|a|the)\b|\bsexual\s+relationship\s+with\b", "before"),
    ("sexual misconduct", "sexual comments or touching", r"\b(?:sexual|inappropriate|sexualised|dirty|lewd)\s+(?:comments?|remarks?|jokes?|touching|messages?|texts?|photos?|pictures?|behaviour|advances?)\b"
     r"|\btouch(?:ed|es|ing)\s+(?:me|her|him|them|\w+)\s+(?:inappropriately|on\s+(?:the|my|her|his)\s+(?:bum|bottom|breasts?|chest|thighs?|legs?|backside|crotch))\b"
     r"|\b(?:put|puts|putting)\s+(?:his|her)\s+hands?\s+(?:on|up|down)\s+(?:my|her|his)\s+(?:bum|bottom|breasts?|chest|thighs?|legs?|skirt|top)\b", "before"),
    ("violence", "rough handling", r"\b(?:rough(?:ly)?\s*-?\s*handl(?:ed|es|ing)|manhandl(?:ed|es|ing)|shov(?:ed|es|ing)|push(?:ed|es|ing)|yank(?:ed|s|ing)|drag(?:ged|s|ging))\s+"
     rf"{_PERSON_OBJECT}\s+(?:over|hard|into|onto|out\s+of|off|across|back|down|around|about)\b|\brough(?:ly)?\s*-?\s*handl(?:ed|ing)\b", "before"),
    ("drink or drugs at work", "drunkenness or drug use", r"\bswig(?:s|ged|ging)?\s+(?:from|of)\b|\b(?:drunk|drinking|tipsy|stoned|high|hungover)\s+(?:on\s+(?:shift|duty|the\s+job)|at\s+(?:work|the\s+wheel)|behind\s+the\s+wheel|while\s+(?:driving|working|on\s+duty))\b"
     r"|\b(?:bottle|can|cans|vodka|spirits)\s+(?:\w+\s+){0,3}in\s+(?:his|her|the)\s+(?:bag|locker|car|van|cab|coat|office)\b|\bunder\s+the\s+influence\b|\bon\s+(?:coke|cocaine|drugs|something)\s+(?:at|on|during|while)\b", "before"),
    ("racism", "discriminatory remarks", r"\b(?:told|tells|telling|said\s+to)\s+(?:me|us|him|her|them|my\s+\w+)\s+(?:that\s+)?people\s+['‘’\"]?like\s+(?:me|us|you|them|him|her)\b"
     r"|\b(?:asked|asking|asks)\s+(?:me\s+|us\s+|him\s+|her\s+)?(?:whether|if)\s+(?:i|we|he|she|they)\s*(?:'d|had|could|can|did|do)?\s*['‘’\"]?(?:understood|understand|spoke|speak)\s+(?:the\s+)?english\b"
     r"|\bgo\s+back\s+to\s+(?:your|their|his|her|my|our)\s+(?:own\s+)?country\b|\b(?:racial|racist)\s+(?:slurs?|names?|abuse|comments?|remarks?|jokes?)\b", "before"),
    ("corruption", "bribery", r"\b(?:cash|money|£\s?\d[\d,]*)\s+(?:in\s+(?:an?\s+)?envelope|under\s+the\s+table|to\s+(?:jump|skip|move\s+up)\s+(?:the\s+)?(?:list|queue))\b|\b(?:paid|pay|pays|paying)\s+(?:him|her|them)\s+(?:\w+\s+)?to\s+(?:get|jump|skip|move)\b", "before"),
    ("abuse or neglect", "neglect", r"\b(?:deliberately|purposely|on\s+purpose)\s+(?:left|leaves|leaving|withh(?:eld|olds|olding)|ignored|ignoring)\b|\bwithh(?:eld|olds|olding)\s+(?:her|his|their|my|the)\s+(?:food|meals|medication|meds|water|drinks?)\b", "before"),
    ("dishonesty", "lying to a court or panel", r"\b(?:made|making|makes)\s+(?:it|things|stuff)\s+up\s+(?:in|to|for)\s+(?:the\s+)?(?:court|report|panel|conference|judge|tribunal|assessment)\b|\b(?:lie|lies|lying|lied)\s+(?:in|under)\s+(?:court|oath|(?:his|her|the)\s+(?:report|statement|evidence))\b", "before"),
    # labels pinned on a person
    ("dishonesty", "being a liar or thief", r"\b(?:is|was|'s|a|an|total|complete|absolute|known|such\s+a)\s+(?:liar|thief|crook|fraudster|con\s?man)\b", "statement"),
    ("sexual misconduct", "being a sex offender", r"\b(?:is|was|'s|a|an|known|total)\s+(?:paedo|paedophile|nonce|pervert|perv|sex\s+offender)\b", "statement"),
    ("drink or drugs at work", "being a drunk or addict", r"\b(?:is|was|'s|a|an|total|known)\s+(?:drunk|alcoholic|junkie|druggie|smackhead|crackhead)\b", "statement"),
)


# Broader phrasings, grouped by what is alleged rather than by one verb. Each
# still needs an identifiable doer (see libel.py), so "my dad hit me" and
# "the council lies" are never flagged by them.
_BODY = (r"(?:knee|knees|thigh|thighs|leg|legs|bum|bottom|backside|breasts?|chest|crotch|groin|privates|skirt|top|shirt|"
         r"trousers|dress|waist|hips?|lap|bra|pants|knickers|boobs)")
_TAKE = r"(?:takes?|took|taken|taking|keeps?|kept|keeping|pockets?|pocketed|spends?|spent|spending|collects?|collected|draws?|drew|drawn|cashe[sd]|help(?:s|ed|ing)?\s+(?:him|her|them)sel(?:f|ves)\s+to)"
BROAD: tuple[tuple[str, ...], ...] = (
    # violence, in the words people use
    ("violence", "violence", r"\bhands?\s+(?:round|around|on|over)\s+(?:my|her|his|their|the\s+\w+'?s)\s+(?:throat|neck|mouth)\b"
     r"|\bknock(?:s|ed|ing)?\s+(?:me|her|him|them|us)\s+(?:about|around|flying|out\s+cold)\b"
     r"|\b(?:slap|punch|kick|hit|thump|smack|shove|push|grab|throttle|strangle|choke|headbutt|pinch|shake|twist|yank|drag|batter|beat|bite|elbow|trip)"
     r"(?:s|es|ed|ped|bed|ged|ing|ping|bing|ging)?\s+(?:me|her|him|them|us|(?:my|his|her|their|a|the|one\s+of\s+the)\s+(?:\w+\s+)?(?:arm|wrist|hair|face|head|son|daughter|dad|mum|mother|father|brother|sister|child|kid|boy|girl|resident|residents|patient|patients|lad|lads|tenant|client|baby|grandson|granddaughter|nan|gran|husband|wife|partner|uncle|aunt|friend))\b"
     r"|\b(?:slam(?:s|med|ming)?|thr(?:ew|ows?|owing)|dragg?(?:ed|s|ing)?|shov(?:ed|es|ing)|push(?:ed|es|ing)|pinn(?:ed|ing)|pins|chuck(?:ed|s|ing)?)\s+(?:me|him|her|them|us)\s+(?:out|into|against|onto|on\s+to|down|across|along|by\s+(?:my|his|her|their|the))\b"
     r"|\b(?:grab(?:s|bed|bing)?|hold(?:s|ing)?|held|pinn(?:ed|ing))\s+(?:me|him|her|them)\s+by\s+the\s+(?:throat|neck|hair)\b"
     r"|\b(?:kneel(?:s|ed|ing)?|knelt|sit(?:s|ting)?|sat)\s+on\s+(?:my|his|her|their|\w+'s)\s+(?:\w+\s+)?(?:neck|chest|back|legs?|head|arms?)\b"
     r"|\b(?:slap(?:s|ped|ping)?|knock(?:s|ed|ing)?|smack(?:s|ed|ing)?|hit|hits)\s+(?:the|a|his|her|my)\s+\w+\s+out\s+of\s+(?:his|her|my|their)\s+hands?\b"
     r"|\bacross\s+the\s+face\b|\bin\s+the\s+face\b|\bprone\s+restraint\b|\brestrain(?:s|ed|ing)\s+(?:me|her|him|them|residents|patients|the\s+\w+)\b", "before"),
    ("violence", "violence", r"\b(?:it|this|that)\s+was\s+(?:done|carried\s+out)\s+by\s+", "passive"),
    ("violence", "violence", r"\b(?:was|were|been|being|got|get|gets)\s+(?:\w+\s+)?(?:slapped|punched|kicked|hit|assaulted|attacked|beaten|battered|shoved|pushed|grabbed|strangled|throttled|bitten|pinched|restrained|manhandled|thrown|dragged|shaken|knocked\s+about)\b"
     r"[^.;]{0,80}?\bby\s+", "passive"),
    # theft, fraud and money
    ("crime", "theft", r"\b(?:was|were|been|got|being)\s+(?:taken|stolen|withdrawn|nicked|removed|pinched|drained)\s+(?:from|out\s+of|off)\b[^.;]{0,60}?\bby\s+", "passive"),
    ("crime", "theft", r"\b(?:slip(?:s|ped|ping)?|tuck(?:s|ed|ing)?|put(?:s|ting)?|stuff(?:s|ed|ing)?)\s+(?:\w+\s+){0,7}?(?:into|in)\s+(?:his|her|their)\s+(?:own\s+)?(?:handbag|bag|pocket|coat|locker|car|tunic|rucksack)\b"
     r"|\busing\s+(?:her|his|their|my|\w+'s)\s+(?:\w+\s+){0,2}?(?:car|card|bank\s+card|money|pension|benefits|account)\b[^.;]{0,30}?\bfor\s+(?:his|her|their)\s+own\b"
     r"|\brob(?:s|bed|bing)\b", "before"),
    ("crime", "breaking a court order", r"\bbreach(?:ed|es|ing)?\s+(?:the|his|her|a|an|my|our)\s+(?:\w+[\s-]+){0,2}?(?:order|injunction|bail\s+conditions|conditions)\b", "before"),
    ("crime", "theft", r"\b(?:steal|steals|stole|stolen|stealing|theft|thieving|nick(?:s|ed|ing)|pinch(?:es|ed|ing)\s+(?:money|cash|things|stuff|from)|swip(?:es|ed|ing)|embezzl\w+|swindl\w+)\b", "before"),
    # "collects her pension" may be her own; "collects the whole pension", "pockets his pension" are not
    ("crime", "theft", rf"\b(?:{_TAKE}\s+(?:(?!his\b|her\b|their\b)\w+\s+){{0,3}}?(?:the\s+|all\s+(?:of\s+)?(?:the\s+|his\s+|her\s+|their\s+)?|my\s+|our\s+|residents'?\s+|\w+'s\s+)?(?:whole\s+|entire\s+)?"
     r"|(?:pockets?|pocketed|spends?|spent|keeps?|kept|help(?:s|ed|ing)?\s+(?:him|her|them)sel(?:f|ves)\s+to)\s+(?:his|her|their)\s+)(?:pension|benefits|savings|wages|allowance|rent\s+money|pocket\s+money|cash|money|bank\s+cards?|card|jewell?ery|rings?|purse|wallet|valuables|(?:\w+-)?pound\s+notes|notes\s+from)\b"
     r"(?![^.;]{0,30}\b(?:to\s+the\s+bank|for\s+(?:her|him|them)\b|with\s+(?:her|his|their)\s+(?:agreement|consent|permission)))", "before"),
    ("crime", "selling someone's medication or belongings", r"\b(?:sell(?:s|ing)?|sold|flog(?:s|ged|ging)?)\s+(?:\w+\s+){0,2}?(?:my|her|his|their|residents'?|the\s+residents'?|\w+'s)\s+(?:tablets|meds|medication|pills|prescriptions?|painkillers|belongings|things|stuff|jewell?ery)\b"
     r"|\b(?:sell(?:s|ing)?|sold)\s+(?:strips|packets|boxes)\s+of\b", "before"),
    ("dishonesty", "fraud", r"\busing\s+(?:his|her|their)\s+(?:late|dead|dead\s+\w+'s|late\s+\w+'s|\w+'s)\s+(?:\w+'s\s+)?(?:blue\s+)?(?:badge|bus\s+pass|benefits?|pension|card|identity)\b"
     r"|\b(?:misus(?:es|ed|ing)|abus(?:es|ed|ing))\s+(?:a|the|his|her|their)\s+(?:blue\s+)?(?:badge|position|power|authority)\b|\b(?:fraud\w*(?!\s+(?:team|department|unit|line|squad|officers?|investigators?|investigation|prevention|awareness|alerts?|check)\b)|defraud\w*|scam(?:s|med|ming)?|fiddl(?:ed|es|ing)|cook(?:ed|ing|s)\s+the\s+books|false\s+(?:claims?|invoices?|expenses|timesheets?|records?|entries)|fake\s+(?:invoices?|receipts?|timesheets?|claims?))\b", "before"),
    ("dishonesty", "false records", r"\b(?:timesheets?|time\s+sheets?|invoices?|claims?|expenses|mileage|records?|checks?|charts?|notes?|logs?|visits?|sheets?|forms?)\b[^.;]{0,100}?"
     r"\b(?:before\s+(?:the\s+\w+\s+)?(?:had|have|has)\s+happened|before\s+(?:they|it|the\s+\w+)\s+(?:happened|were\s+done|was\s+done|took\s+place)|that\s+(?:never|didn'?t|did\s+not)\s+(?:happen|happened|take\s+place|took\s+place)"
     r"|when\s+(?:she|he|they)\s+(?:was|were)\s+(?:on\s+holiday|away|abroad|off\s+sick|not\s+there)|(?:while|during)\s+[^.;]{0,80}?\bon\s+holiday)\b", "before"),
    ("dishonesty", "false records", r"\bsign\w*\s+(?:the\s+|our\s+)?(?:timesheets?|time\s+sheets?|forms?|sheets?|records?|charts?)\s+blank\b|\bblank\s+timesheets?\b"
     r"|\bfill(?:s|ed|ing)?\s+them\s+in\s+(?:later|afterwards|himself|herself|themselves|after)\b"
     r"|\b(?:bill(?:s|ed|ing)?|charg(?:es|ed|ing)|invoic(?:es|ed|ing)|claim(?:s|ed|ing)?)\s+(?:us|the\s+council|the\s+(?:local\s+)?authority|for)\b[^.;]{0,60}?\b(?:only\s+one|never\s+(?:came|come|turned\s+up|happened)|didn'?t\s+(?:come|happen|turn\s+up))\b", "before"),
    ("dishonesty", "false records", r"\b(?:logg(?:ed|ing)|logs|record(?:ed|ing|s)|writ(?:es|ing)|wrote|put(?:s|ting)?)\s+(?:it|them|this|that|each\s+one|every\s+one)\s+(?:up\s+|down\s+)?as\s+['‘’\"]", "before"),
    ("dishonesty", "making things up", r"\bmade\s+(?:it|that|this|the\s+whole\s+thing|things|stuff)\s+up\b", "before"),
    ("corruption", "using a position for favours", r"\b(?:ahead\s+of|jump(?:ed|ing|s)?|skip(?:ped|ping|s)?|bypass(?:ed|ing)?)\s+the\s+(?:waiting\s+)?(?:list|queue)\b", "before"),
    ("dishonesty", "altering evidence", r"\b(?:altered|changed|doctored|edited|tampered\s+with|rewrote|rewritten)\s+(?:an?\s+|the\s+|my\s+|our\s+|his\s+|her\s+)?(?:\w+'s\s+|\w+s'\s+)?(?:words|report|evidence|records?|statement|notes|minutes|assessment|findings)\b"
     r"|\bleft\s+out\s+(?:the|a|any)\s+(?:paragraph|part|bit|section|sentence|page)\b|\bchanged\s+['‘’\"]\w+['‘’\"]\s+to\s+['‘’\"]", "before"),
    ("dishonesty", "covering up", r"\b(?:overwr(?:ote|itten|iting)|deleted|wiped|shredded|destroyed|binned)\s+(?:the\s+)?(?:footage|cctv|records?|notes?|logs?|evidence|messages|texts|incident\s+forms?)\b|\b(?:footage|cctv|records?|evidence)\s+(?:has\s+been|had\s+been|was|were)\s+['‘’\"]?(?:overwritten|deleted|wiped|lost)\b", "before"),
    # corruption
    ("corruption", "bribery or kickbacks", r"\b(?:backhanders?|kickbacks?|bribe[sd]?|bribing|bribery|bungs?|sweeteners?|consultancy\s+fees|paid\s+for\s+by\s+the\s+(?:director|owner|company|provider|bidder))\b"
     r"|\b(?:paying|paid|pays|went|goes|going|transferred)\s+[^.;]{0,40}?\b(?:into|to)\s+(?:an\s+account\s+in\s+)?(?:his|her|their)\s+(?:own\s+|wife'?s\s+|husband'?s\s+|partner'?s\s+|son'?s\s+|daughter'?s\s+|brother'?s\s+|sister'?s\s+)?(?:company|account|business|firm|name)\b"
     r"|\b(?:never|didn'?t|did\s+not|failed\s+to|without)\s+declar\w+|\bundeclared\b|\bconflict\s+of\s+interest\b"
     r"|\b(?:steer(?:s|ed|ing)?|push(?:es|ed|ing)|sen(?:ds|t|ding))\s+(?:\w+\s+){0,3}(?:packages|contracts|work|referrals|placements|clients)\s+(?:to|towards)\s+(?:one|his|her|their|a\s+friend'?s|the\s+same)\b", "before"),
    # drink or drugs at work
    ("drink or drugs at work", "drunkenness or drug use", r"\b(?:smel(?:l|ls|led|ling|t)|stink(?:s|ing)?|stank|reek(?:s|ed|ing)?)\s+(?:strongly\s+)?(?:of|like)\s+(?:a\s+)?(?:alcohol|booze|drink|beer|wine|vodka|spirits|brewery|distillery|pub|weed|cannabis|skunk)\b"
     r"|\bslurr(?:ing|ed|s)\b|\bunsteady\s+on\s+(?:his|her|their)\s+feet\b|\bdoing\s+lines\b|\b(?:totally|completely|absolutely)\s+(?:wired|wasted|hammered|smashed|off\s+(?:his|her)\s+(?:face|head))\b"
     r"|\b(?:drunk|pissed|hammered|tipsy|stoned|wasted)\s+(?:on|at|during|while|when|in)\s+(?:shift|duty|work|the\s+(?:job|wheel|school\s+run|morning|night))\b|\bdrinks?\s+(?:on|at|during)\s+(?:shift|work|duty)\b"
     r"|\b(?:taking|takes|took|doing|does|using|uses|snorting|smoking)\s+(?:cocaine|coke|drugs|ketamine|ket|spice|mdma|weed|cannabis)\b", "before"),
    # sexual misconduct
    ("sexual misconduct", "sexual touching or messages", rf"\b(?:put(?:s|ting)?|ha[sd]|rest(?:s|ed|ing)?|plac(?:es|ed|ing)|run(?:s|ning)?|ran|slid(?:es|ing)?)\s+(?:his|her)\s+hands?\s+(?:on|up|down|over|inside|between|under|round|around)\s+(?:my|her|his|their)\s+{_BODY}\b"
     rf"|\b(?:up|down)\s+(?:my|her|his)\s+(?:skirt|top|shirt|dress|trousers|pants|knickers)\b|\b(?:our|a)\s+(?:little\s+)?secret\b"
     r"|\b(?:kiss(?:es|ed|ing)?|touch(?:es|ed|ing)?|fondl\w+|strok(?:es|ed|ing))\s+(?:me|her|him|them|girls|boys|kids|residents|pupils)\b(?!\s+(?:base|wood))"
     r"|\b(?:messag(?:es|ed|ing)|text(?:s|ed|ing)|dm(?:s|ed|ing)?|snapchat(?:s|ted|ting)?)\s+(?:girls|boys|kids|children|pupils|students|young\s+people|me|her|him)\b[^.;]{0,80}?\b(?:late\s+at\s+night|pics|pictures|photos|nudes|selfies|sexy|sexual|kisses|babe|gorgeous)\b"
     r"|\b(?:indecent|sexually|flash(?:ed|es|ing)\s+(?:at\s+)?(?:me|her|him|them|kids|girls))\b"
     r"|\b(?:send(?:s|ing)?|sent)\s+(?:\w+\s+){0,3}(?:messages|texts|snaps|dms)\b[^.;]{0,60}?\b(?:late\s+at\s+night|mature\s+for|delete|secret|pics|photos)\b"
     r"|\bwants?\s+(?:her|him|me|them)\s+to\s+(?:meet|come\s+and\s+meet|come\s+round|come\s+over)\b(?=[^.]{0,80}\b(?:1[0-7]|under\s*age|year\s+\d|school)\b)"
     r"|\b(?:keeps?|kept)\s+messag(?:ing|es)\s+(?:my\s+(?:little\s+)?(?:cousin|sister|brother|daughter|son|friend)|girls|boys|kids)\b", "before"),
    # racism
    ("racism", "racist abuse", r"\bcall(?:s|ed|ing)?\s+(?:the\s+|our\s+|my\s+)?(?:black|asian|brown|muslim|polish|jewish|romanian|african|somali|chinese|gypsy|traveller|foreign)?\s*(?:\w+\s+)?['‘’\"]?(?:monkeys?|apes?|pakis?|gollies?|coons?|wogs?|n[-\s]?word|slurs?|terrorists?|immigrants?|gypos?|pikeys?)\b"
     r"|\bgo\s+back\s+(?:to\s+)?where\s+(?:you|they|u|we)\s+(?:came|come)\s+from\b|\b(?:don'?t|do\s+not|won'?t)\s+(?:take|serve|want|help)\s+(?:people|your\s+lot)\s+like\s+(?:you|u|them|us)\b"
     r"|\bplay(?:s|ed|ing)?\s+the\s+race\s+card\b|\b(?:sits?|sat|puts?|keeps?|kept|seats?|seated)\s+(?:the\s+)?(?:black|asian|muslim|brown|traveller|polish|romanian|disabled|foreign)\s+(?:children|kids|residents|pupils|families|people|tenants)\s+(?:on|at|in)\s+(?:a\s+)?separate\b"
     r"|\b(?:racial|racist|racially)\b|\b(?:because|cos|coz|cause|for\s+being)\s+(?:(?:she|he|they|i|we)(?:'?s|'?re|'?m|\s+is|\s+are|\s+was|\s+am)\s+)?(?:black|asian|muslim|jewish|brown|foreign|polish|romanian|a\s+muslim|a\s+refugee|gay|trans)\b", "before"),
    # cruelty, control and neglect
    ("abuse or neglect", "cruelty or control", r"\block(?:s|ed|ing)?\s+(?:me|her|him|them|us|residents|the\s+(?:kids|children|fridge|cupboards|food|kitchen))\b(?:\s+(?:in|out|up|away))?"
     r"|\b(?:mak(?:es|ing)|made)\s+(?:me|her|him|them|us)\s+(?:sleep|stand|sit|eat|stay|wait|beg|kneel|wear|clean)\b"
     r"|\b(?:won'?t|wont|doesn'?t|never|will\s+not)\s+let\s+(?:me|her|him|them|us)\s+(?:eat|see|go|visit|out|have|leave|speak|talk|phone|ring)\b|\b(?:nobody|no\s+one|no-one)\s+(?:has\s+been|is|was)\s+allowed\s+to\s+(?:visit|see)\b"
     r"|\bwithh(?:e|o)ld(?:s|ing)?\s+(?:food|meals|medication|meds|money|water|heating|drinks?)\b|\b(?:covert(?:ly)?|secretly)\s+(?:medicat\w+|sedat\w+|crush\w+)\b|\bsedat(?:es|ed|ing)\s+(?:her|him|them|residents|patients)\b"
     r"|\bgave\s+(?:her|him|them)\s+(?:\w+\s+)?(?:tablets|meds|medication|pills)\s+(?:from|meant\s+for)\s+(?:another|someone|a\s+different)\b"
     r"|\b(?:put(?:s|ting)?|slip(?:s|ped|ping)?|hid(?:es|ing|den)?|mix(?:es|ed|ing)?|crush(?:es|ed|ing)?)\s+(?:crushed\s+)?(?:\w+\s+){0,2}?(?:lorazepam|diazepam|zopiclone|haloperidol|sedatives?|sleeping\s+(?:pills|tablets)|tablets|meds|medication|pills)\s+(?:in|into)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:\w+\s+){0,2}?(?:tea|drinks?|food|meals?|juice|coffee|yoghurt|dinner|porridge)\b"
     r"|\b(?:scream(?:s|ed|ing)|shout(?:s|ed|ing)|swear(?:s|ing)|swore)\s+(?:at|in\s+the\s+face\s+of)\s+(?:him|her|them|residents|patients|the\s+(?:residents|kids|children|patients)|my\s+(?:mum|dad|mother|father|son|daughter|brother|sister|nan|gran))\b"
     r"|\bhumiliat(?:es|ed|ing)\s+(?:me|her|him|them|residents)\b|(?<!\bof )(?<!\bthe )(?<!\babout )(?<!\bfor )\bbull(?:ies|ied|ying)\b|\bintimidat(?:es|ed|ing)\s+(?:me|her|him|them|us|residents|tenants)\b|\bblackmail\w*\b|\bcontrol(?:s|led|ling)\s+(?:all\s+)?(?:her|his|their|my)\s+(?:money|phone|post|benefits|pension|card)\b", "before"),
    # dangerous conduct with people in their care
    ("misconduct", "endangering people in their care", r"\b(?:driv(?:es|ing|en)|drove)\s+[^.;]{0,40}?\b(?:on\s+(?:his|her)\s+phone|drunk|over\s+the\s+limit|at\s+\d+\s*mph|like\s+a\s+maniac)\b"
     r"|\b(?:on|texting\s+on|scrolling)\s+(?:his|her)\s+phone\s+(?:while|whilst|when)\s+(?:driving|at\s+the\s+wheel)\b", "before"),
)


# Entries that count only when the note also says something else (the
# fifth item, matched anywhere in the note): "he's parked outside" is an
# allegation only in a note that mentions an order keeping him away.
_ORDER = (r"\b(?:non-molestation|restraining|occupation|protection)\s+order\b|\binjunction\b|\bbail\s+conditions\b"
          r"|\bnot\s+(?:allowed|supposed|meant)\s+(?:to\s+(?:come|contact|go|be)|within|near)\b")
CONTEXTUAL: tuple[tuple[str, ...], ...] = (
    # waiting somewhere, or getting in touch, despite an order: "sat outside", "texted her" ("sat between me and the screen" is support)
    ("crime", "breaking a court order", r"\b(?:parked|waiting|sat|sitting|standing|hanging\s+around)\s+(?:\w+\s+){0,2}?(?:outside|at\s+the\s+(?:gates?|school|door|house|flat|nursery))\b"
     r"|\b(?:turn(?:ed|s|ing)?\s+up|c(?:a|o)me\s+(?:round|to)|coming\s+(?:round|to)|messag(?:ed|es|ing)|text(?:ed|s|ing)|ring(?:s|ing)|rang|contact(?:ed|s|ing))\s+"
     r"(?:\w+\s+){0,2}?(?:outside|me|her|him|us|the\s+kids|my|our|at\s+the\s+(?:gates?|school|door|house|flat|nursery))\b", "before", _ORDER),
)


@dataclass(frozen=True)
class Allegation:
    category: str
    label: str
    pattern: re.Pattern[str]
    agent: str
    needs: re.Pattern[str] | None = None


ALLEGATIONS: tuple[Allegation, ...] = tuple(
    Allegation(entry[0], entry[1], re.compile(entry[2], re.I), entry[3], re.compile(entry[4], re.I) if len(entry) > 4 else None)
    for entry in ENTRIES + BROAD + CONTEXTUAL
)
