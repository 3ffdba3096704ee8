"""Capitalised words and phrases that name places somewhere but are almost never toponyms in
news of political violence (months, titles, organisations, common nouns at a sentence start).
Keys are in :func:`eventatlas.gazetteer.normalize.fold` form."""

from __future__ import annotations

NOT_TOPONYMS = frozenset(
    """
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday
the a an in on at of for from to by with and or but as after before during since until
this that these those there here it its he she they we i you his her their our
police army navy air force forces military government ministry minister president prime
state islamic state islamic republic party league union council court assembly parliament
national international central federal provincial district division province city town
governorate agency county prefecture
village area region zone camp border bridge road highway street market bazar bazaar school
college university hospital mosque temple church station office headquarters
north south east west northern southern eastern western central upper lower new old
mr mrs ms dr gen general col colonel maj major capt captain lt sgt chief deputy
commissioner inspector superintendent officer commander leader chairman secretary
sheikh imam maulana mullah haji sardar nawab king queen prince saint st
god allah muslim muslims hindu hindus christian christians buddhist sikh sunni shia shiite
kurdish kurd kurds arab arabs turkmen yazidi yazidis druze alawite alawites ahmadi ahmadis ahmadiyya
eid ramadan christmas diwali puja day
brgy
reports report according however meanwhile also another other some many several
armed unidentified unknown local security sources source official officials witnesses
people civilians students workers farmers protesters activists supporters members
police station thana jail prison
molotov
bla bnp awami awami league jamaat jamaat e islami al qaeda taliban
daesh isis isil hamas hezbollah hizbullah
home victory liberty freedom unity peace hope justice progress independence
many most all none every each both either no not yes
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
dozens hundreds thousands scores
press media news online post times daily tribune star herald
un eu nato saarc
rab bgb bsf bgp
chhatra jubo sramik krishak mohila swechchhasebak jatiyatabadi shibir hefazat parishad
dal sadar upazila upazilla corp corporation municipality pourashava union
"""
    .replace("\n", " ")
    .split()
) | frozenset(
    {
        "islamic state", "awami league", "jatiya party", "chhatra league", "jubo league",
        "jubo dal", "chhatra dal", "swechchhasebak league", "jamaat e islami",
        "islami chhatra shibir", "hefazat e islam", "border guard", "coast guard",
        "supreme court", "high court", "prime minister", "home minister", "deputy commissioner",
        "united nations", "red cross", "human rights", "human rights watch",
        "amnesty international", "new year", "al qaeda", "boko haram", "al shabaab",
        "baloch liberation army", "balochistan liberation army", "majeed brigade",
        "fatah squad", "free syrian army", "islamic state of iraq", "white house", "pentagon", "kremlin",
    }
)

# Titles and roles: a capitalised word after one of these is part of a person's name.
TITLES = frozenset(
    """
mr mrs ms miss dr prof gen general col colonel maj major capt captain lt lieutenant sgt
sergeant cpl commissioner inspector superintendent sp asp oc si asi chairman chairperson
secretary minister president governor mayor senator mp mla mna mpa judge justice imam
maulana mullah sheikh haji sardar nawab king queen prince princess pope bishop father
brother sister leader chief commander spokesman spokesperson councillor councilor
member ambassador envoy officer constable advocate barrister editor reporter journalist
""".split()
)

# Common first names: a run of capitalised words starting with one is a person.
FIRST_NAMES = frozenset(
    """
mohammad mohammed muhammad md mohd abdul abu ali ahmed ahmad hassan hussain husain
mahmud mahmood rahman rashid karim jamal kamal nur noor syed sayed shah khan
john james david michael robert william richard joseph thomas charles mary
""".split()
)

# Words that, written right after a place name, say what kind of place it is.
PLACE_WORDS = frozenset(
    """
village villages town city upazila upazilla union thana district division province
area areas bazar bazaar market municipality tehsil tahsil sub district subdistrict
region valley border crossing checkpoint camp sadar pourashava ward para tola char
""".split()
)

# Words that make a capitalised phrase an organisation or a building, not a place.
ORG_WORDS = frozenset(
    """
association federation society party league front council committee union club university
college school hospital mosque temple church press forum alliance movement organisation
organization foundation trust bank company group brigade army force forces police
ministry office mission parishad samiti samaj jote sangh mela owners workers
battalion regiment corps squad guards command agency commission tribunal court
directorate department bureau dam barrage
""".split()
)

NEAR_WORDS = frozenset({"near", "outskirts", "outside", "around", "vicinity", "nearby"})
AREA_AFTER = frozenset({"area", "areas", "region", "outskirts", "vicinity", "surroundings"})
