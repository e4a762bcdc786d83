"""Build the name, word and place lists in redaction/data/ (committed; the app needs none of these packages).

    pip install faker wordfreq english-words && python scripts/build_name_data.py

- First names and surnames: faker (MIT), every locale with Latin-script names,
  so that names from the UK's many communities are known. Accents are folded
  ("Siobhán" is stored as "siobhan"); the name finder folds text the same way.
- Names that are also ordinary English words ("Grace", "Will", "Rain") go to
  the ambiguous lists: a name counts as a word when Webster's Second (public
  domain, via the english-words package, MIT) has it in lower case *and*
  wordfreq (data CC-BY-SA 4.0) says it is common. The name finder takes those
  only with context.
- common_words.txt: common lower-case English words (the same two sources),
  to judge whether an unknown capitalised word is just a word.
- places.txt: UK council areas (wiki/data/local_authorities.txt) and towns,
  which the name finder does not take for surnames ("Hull", "Tamworth").
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

import faker
from english_words import get_english_words_set
from faker import Faker
from wordfreq import top_n_list, zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "redaction" / "data"
COMMON = 3.0  # zipf: a lower-case dictionary word at least this frequent is an ordinary word first
TOWNS = """aberdeen aberystwyth accrington aldershot altrincham andover ashford aylesbury ayr bangor barking barnsley
barrow basildon basingstoke bath bedford belfast birkenhead birmingham blackburn blackpool bolton bootle
bournemouth bradford brentwood brighton bristol bromley burnley burton bury cambridge canterbury cardiff carlisle
chatham chelmsford cheltenham chester chesterfield colchester coventry crawley crewe croydon darlington derby
derry doncaster dover dudley dundee durham eastbourne edinburgh exeter falkirk gateshead glasgow gloucester
grimsby guildford halifax harlow harrogate hartlepool hastings hemel hereford huddersfield hull inverness ipswich
keighley kendal kettering kilmarnock kingston leeds leicester leith lincoln liverpool llanelli london luton
maidstone manchester mansfield margate middlesbrough milton newcastle newport newry northampton norwich nottingham
oldham oxford paisley perth peterborough plymouth poole portsmouth preston reading redditch rochdale rotherham
rugby runcorn salford salisbury scarborough scunthorpe sheffield shrewsbury slough solihull southampton southend
southport stafford stevenage stirling stockport stockton stoke sunderland swansea swindon tamworth taunton telford
torquay truro wakefield walsall warrington watford wigan winchester wolverhampton worcester worthing wrexham york
hackney lambeth southwark lewisham islington camden brixton peckham tottenham walthamstow ilford harrow ealing
hounslow enfield wembley stratford hammersmith fulham chelsea kensington westminster greenwich woolwich
""".split()
# Cities and countries abroad that notes mention ("her nursing course in Lagos").
# Places that are also given names or surnames (India, Georgia, Jordan, Sofia, Milan, Paris,
# Sydney, Boston, Lyon) are left out, as are single words of longer names ("Hong").
ABROAD = """lagos abuja accra kumasi nairobi kampala kigali harare lusaka addis ababa mogadishu hargeisa asmara khartoum cairo
tripoli tunis algiers casablanca rabat dakar freetown monrovia kinshasa luanda johannesburg durban karachi lahore
islamabad rawalpindi peshawar mirpur sylhet dhaka chittagong kolkata mumbai delhi chennai bangalore hyderabad
amritsar jalandhar ludhiana ahmedabad kerala punjab gujarat colombo jaffna kathmandu kabul kandahar tehran baghdad
mosul erbil damascus aleppo beirut amman riyadh jeddah dubai doha sanaa istanbul ankara izmir warsaw krakow gdansk
wroclaw poznan lodz lublin vilnius kaunas riga tallinn bucharest cluj iasi timisoara budapest prague bratislava
belgrade zagreb sarajevo tirana skopje pristina kyiv kiev kharkiv odesa lviv minsk moscow lisbon porto madrid
barcelona seville marseille berlin munich hamburg rome naples athens amsterdam rotterdam brussels dublin cork
galway limerick bridgetown port-of-spain georgetown castries kong beijing shanghai guangzhou shenzhen fuzhou taipei
manila hanoi saigon bangkok lumpur singapore jakarta tokyo seoul melbourne auckland toronto montreal vancouver york
chicago nigeria ghana somalia somaliland eritrea ethiopia sudan uganda zimbabwe zambia malawi rwanda congo angola
cameroon senegal gambia leone liberia morocco algeria tunisia libya egypt pakistan bangladesh afghanistan iran iraq
syria lebanon yemen turkey kurdistan poland lithuania latvia estonia romania bulgaria hungary slovakia czechia
albania kosovo serbia croatia bosnia ukraine russia portugal spain italy greece germany netherlands belgium jamaica
trinidad barbados guyana philippines vietnam thailand malaysia indonesia nepal lanka
""".split()


def fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()


def latin(word: str) -> bool:
    return all(unicodedata.name(c, "").startswith("LATIN") for c in word if c.isalpha())


def names(locale: str, attrs: tuple[str, ...]) -> set[str]:
    try:
        provider = Faker(locale)
    except AttributeError:
        return set()
    found: set[str] = set()
    for attr in attrs:
        for source in (getattr(p, attr, None) for p in provider.providers):
            if isinstance(source, (dict, list, tuple)):
                found.update(source)
    return {fold(n) for n in found if isinstance(n, str) and n[:1].isupper() and len(n) >= 2 and latin(n)
            and n.replace("-", "").replace("'", "").isalpha()}


def in_dictionary(word: str, dictionary: set[str]) -> bool:
    """In the dictionary, or an inflection of a word in it ("continuing", "stops", "carried")."""
    if word in dictionary:
        return True
    for suffix, stems in (("ies", ("y",)), ("ied", ("y",)), ("ing", ("", "e")), ("ed", ("", "e")), ("es", ("",)),
                          ("s", ("",)), ("er", ("", "e")), ("est", ("", "e")), ("ly", ("", "le"))):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[:-len(suffix)]
            if any(stem + s in dictionary for s in stems) or (stem[-1:] == stem[-2:-1] and stem[:-1] in dictionary):
                return True
    return False


def main() -> None:
    locales = sorted(p.name for p in (Path(faker.__file__).parent / "providers" / "person").iterdir()
                     if p.is_dir() and not p.name.startswith("_"))
    first, last = set(), set()
    for locale in locales:
        first |= names(locale, ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"))
        last |= names(locale, ("last_names",))
    dictionary = {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
    common = {w for w in top_n_list("en", 40000)
              if w.isalpha() and in_dictionary(w, dictionary) and zipf_frequency(w, "en") >= COMMON}
    OUT.mkdir(exist_ok=True)
    for filename, words in (("first_names.txt", first), ("surnames.txt", last)):
        plain = sorted(w for w in words if w not in common)
        ambiguous = sorted(w for w in words if w in common)
        (OUT / filename).write_text("\n".join(plain) + "\n", encoding="utf-8")
        (OUT / ("ambiguous_" + filename)).write_text("\n".join(ambiguous) + "\n", encoding="utf-8")
        print(f"{filename}: {len(plain)} names, {len(ambiguous)} also common words")
    (OUT / "common_words.txt").write_text("\n".join(sorted(common)) + "\n", encoding="utf-8")
    councils = [line.strip() for line in (ROOT / "wiki" / "data" / "local_authorities.txt").read_text().splitlines()
                if line.strip() and not line.startswith("#")]
    places = set(TOWNS) | set(ABROAD) | {fold(w) for c in councils for w in c.replace(",", " ").split()
                           if w[:1].isupper() and fold(w) not in common}
    places -= {"and", "of", "the", "city", "county", "council", "borough", "north", "south", "east", "west"}
    (OUT / "places.txt").write_text("\n".join(sorted(places)) + "\n", encoding="utf-8")
    print(f"common_words.txt: {len(common)} words; places.txt: {len(places)} places")


if __name__ == "__main__":
    main()
