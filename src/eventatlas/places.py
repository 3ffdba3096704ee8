"""The places stage: find toponyms in a document and resolve them with the whole document.

1. Capitalised word runs are looked up in the gazetteer, longest n-gram first (stop words,
   titles + person names, acronyms are skipped).
2. The document's countries (named, or by nationality adjectives) and its named areas
   (provinces, districts, parenthesised qualifiers such as "(Sylhet)" or "(coded to X, Y)")
   form the context.
3. Each toponym's candidates are scored: in a country of the document, inside a named area,
   near the other places, population, feature class against the word that follows
   ("Kech district" wants the district), primary name against an alternate spelling.
   A best candidate in a country the document is not about is refused, never taken; so is a
   village outside every district the document names ("X village, Y Sadar").
   A town in an institution's name or in a protest's cause is context, not the location,
   unless nothing else is named.
4. A capitalised word in a place context (a list of places, "X village", "in X (Y)") that
   the index lacks gets a restricted fuzzy match inside the document's country (with no
   country known, the country where alone a district or sub-district is spelt like it);
   failing that, it is kept with place=None, the best enclosing area that can be proved, and the
   flag ``not_in_gazetteer``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from . import fastre
from .gazetteer import Gazetteer
from .gazetteer.normalize import ARTICLES, DEMONYMS, NATIONALITY_WORDS, admin_base, fold
from .gazetteer.stopwords import (
    AREA_AFTER,
    FIRST_NAMES,
    NEAR_WORDS,
    NOT_TOPONYMS,
    ORG_WORDS,
    PLACE_WORDS,
    TITLES,
)
from .gazetteer.writer import haversine_km
from .models import Candidate, Document, Place, PlaceMention, Span

# a capitalised word, accented letters included ("Hīt", "Bogotá", "Şanlıurfa")
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚḤṢṬẒ"
_CAP = fastre.compile(rf"(?<![^\W_])[{_UPPER}][^\W\d_]*(?:['’][^\W\d_]+)*")
_PREV = fastre.compile(r"([A-Za-z]+)[^A-Za-z]*$")
_NEXT = fastre.compile(r"^[^A-Za-z(]{0,3}([A-Za-z]+)")
_PAREN = fastre.compile(  # ("Mirpur-10 (Dhaka)": a numbered section of the place keeps its qualifier)
    r"^(?:-\d{1,3}\b)?\s*(?:(?:[a-z]+|(?i:upazila|upazilla|thana|district|sub-district|union|sadar|village|town|"
    r"city|municipality|division|bazar|bazaar|area))\s+){0,2}\(([^()]{1,120})\)"
)  # "Daulatpur Upazila (Manikganj, Dhaka)"
_CODED = fastre.compile(r"coded (?:to|as)\s+", re.I)
_PAREN_PREPOSITION = fastre.compile(r"^\s*(?:in|of|under|at)\s+(?:the\s+)?(?=[A-Z])")
_LIST_AFTER = fastre.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)[A-Z]")
_LIST_BEFORE = fastre.compile(r"[A-Za-z]\s*(?:,|\band|&)\s*$")
_ADMIN_KIND = {
    "district": "ADM2", "zila": "ADM2", "zilla": "ADM2", "division": "ADM1",
    "province": "ADM1", "state": "ADM1", "governorate": "ADM1", "region": "ADM1",
    "county": "ADM2",
}
_MAX_WORDS = 4
_CITY_KM = 25  # the reach of a city's quarters and suburbs from its centre
# ACLED writes a part of a city as "Dhaka - Mirpur"
_CITY_BEFORE = fastre.compile(r"(?<![A-Za-z-])([A-Z][A-Za-z'’]+(?: [A-Z][A-Za-z'’]+)?) - \Z")
_CITY_AFTER = fastre.compile(r" - [A-Z]")
_SUBURB_AFTER = fastre.compile(r"\s+(?:suburb|neighbou?rhood|quarter|township)\s+of\s+[A-Z]")
_DIRECTED_BEFORE = fastre.compile(
    r"[A-Za-z]\s*,\s*(?:in\s+)?(?i:north|south|east|west|northern|southern|eastern|western|north-?east|north-?west|south-?east|south-?west|central)\s+\Z")
_SUBURB_OF_BEFORE = fastre.compile(
    r"\b[Tt]he\s+(?:(?:north|south|east|west)(?:ern|-?east|-?west)?\s+)?([A-Z][A-Za-z'’]+)\s+(?:suburb|neighbou?rhood|quarter|district|township)\s+of\s+\Z")
_DIRECTED_CITY_AFTER = fastre.compile(
    r"\s*,\s*(?:in\s+)?(?i:north|south|east|west|northern|southern|eastern|western|north-?east|north-?west|south-?east|south-?west|central)(?:ern)?\s+([A-Z][A-Za-z'’]+)\b")
_CITY_PART = fastre.compile(r"\s*([A-Z][A-Za-z'’]+(?: [A-Z][A-Za-z'’]+)?) - [A-Z]")
# "the Dhaka-Mymensingh highway": the ends of a road, not where something happened
_ROAD_WORDS = r"(?i:highway|road|railway|rail|route|expressway|motorway)\b"
_ROAD_AFTER = fastre.compile(rf"(?:\s?-\s?[A-Z][A-Za-z'’]+)+\s+{_ROAD_WORDS}")  # "Dhaka -Chittagong highway"
# "X-Y village": a village whose name joins two words, not the area named by the first
_COMPOUND_VILLAGE = fastre.compile(r"-[A-Z][a-z]+\s+(?i:village|para|bazar|bazaar|hat|union)\b")
# "the Mile 4 neighbourhood of Bamenda": a numbered quarter of the town named after it
_NUMBERED_QUARTER = fastre.compile(r"\s+\d{1,3}\s+(?i:neighbou?rhood|quarter|sector|block)\s+of\s+[A-Z]")
_ROAD_REST = fastre.compile(rf"(?:\s?-\s?[A-Z][A-Za-z'’]+)*\s+{_ROAD_WORDS}")
# "Mehendiganj upazila in Barisal", "Kulaura upazila, Maulvibazar", "Jashore's Jhikargachha
# upazila": the district the sub-district lies in, not a town
_SUB_WORDS = r"(?i:upazila|upazilla|thana|sub-?district|municipality|pourashava)"
_AFTER_SUB = fastre.compile(rf"\b{_SUB_WORDS}\s*(?:,\s*|\s+in\s+|\s+of\s+|\s+under\s+)(?:the\s+)?\Z")
_OWNS_SUB = fastre.compile(rf"['’]s\s+[A-Z][A-Za-z'’]+(?:\s[A-Z][A-Za-z'’]+)?\s+{_SUB_WORDS}\b")
_SUB_TAIL = fastre.compile(
    rf"\s+{_SUB_WORDS}\s*(?:,\s*|\s+in\s+|\s+of\s+)(?:the\s+)?([A-Z][A-Za-z'’]+(?:\s[A-Z][A-Za-z'’]+)?)")
_OWNER_BEFORE = fastre.compile(r"(?<![A-Za-z])([A-Z][A-Za-z]+)['’]s\s+\Z")
_TOWN_WORD = fastre.compile(rf"\s+{_SUB_WORDS}\s+(?i:town|sadar|headquarters?|HQ)\b")
_DISTRICT_LAST = fastre.compile(
    rf"(?:{_SUB_WORDS}|(?i:sadar))\s*,\s*[A-Z]|(?i:sadar)\s+{_SUB_WORDS}\s+(?:in|of)\s+(?:the\s+)?[A-Z]")
_ENCLOSED_GAP = fastre.compile(r"\s*(?:(?i:district|division|zila)\s*)?(?:,|\bin\b|\bof\b)\s*(?:the\s+)?")
_SADAR = fastre.compile(r"\s+(?:sadar|shadar|sadr)\b.*$", re.I)
# Lower-case particles inside a name: the Arabic article ("Deir ez-Zor", "Khan al-Baghdadi")
# and the Persian/Urdu ezafe ("Mazar-i-Sharif", "Pul-e Khumri").
_PARTICLES = r"(?:al|el|ar|as|ad|an|at|az|ash|ath|adh|ez|es|ed|ul|ud|ur|i|e|au|aux|du|de|des|la|le|les|sur|en)"  # "Port-au-Prince"
_PARTICLE_GAP = fastre.compile(  # written with spaces, only particles that are no English word
    rf"[ -]{_PARTICLES}-|-{_PARTICLES} | (?:al|el|ar|ad|az|ash|ath|adh|ez|es|ed|ul|ud|ur) "
)
# "Lagos de Moreno", "Rio do Sul", "San Juan de los Lagos", "Jammu and Kashmir", "Democratic
# Republic of the Congo": joined only when the whole name is indexed ("Dhaka and Chittagong" stays
# two names)
_ROMANCE_GAP = fastre.compile(r" (?:de|del|da|do|dos|das|di|du|de la|de las|de los|y|and|of|of the) ")
# "An Ahmadi youth": after an article at a sentence's start, a word for a people names no place
_PERSON_NOUN_AFTER = fastre.compile(
    r"\s+(?:youths?|man|men|woman|women|boy|girl|child|leader|activist|member|family|community|worker|student|official|"
    r"cleric|teacher|trader|villager|farmer|journalist|businessman|shopkeeper|driver|couple|mob|crowd)\b")
# peoples whose name is also a town's, told as people ("Roma families", "a Roma youth")
_PEOPLES_NAMED_LIKE_PLACES = frozenset({"Roma", "Sinti"})
_PEOPLE_NOUN_AFTER = fastre.compile(
    r"\s+(?:famil(?:y|ies)|youths?|people|communit(?:y|ies)|settlements?|houses?|homes?|neighbou?rhoods?|children|men|women|man|woman|"
    r"residents|minority|camps?|encampments?|boys?|girls?)\b")
_LOWER_ARTICLE = fastre.compile(r"(?<![A-Za-z'’-])(?:al|el|ar|as|ad|an|at|az|ash|ath|adh|ez|es|ed)-\Z")
# "Mahmoudiyah, south of Baghdad", "al-Refai in the area of Arab Jabour, south of Baghdad",
# "a village near Kirkuk": the town it lies near (within _NEAR_KM).
_NEAR_AFTER = fastre.compile(
    r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|near|outside)\s+"
    r"(?:the\s+)?(?:(?:capital|city|town|province)\s+(?:city\s+)?(?:of\s+)?)?"
    r"([A-Z][A-Za-z'’]+(?:\s[A-Z][A-Za-z'’]+)?)"
)
_NEAR_KM = 120.0
# Nouns for people and arms: a nationality or country written before one says whose they are
# ("Russian soldiers", "a US drone", "the German consulate"), not where it happened.
_ACTOR_NOUNS = frozenset(
    """
soldier soldiers troops forces force military army navy marines police policemen officers
drone drones missile missiles aircraft jet jets warplanes warplane helicopter helicopters
airstrike airstrikes
contractors contractor advisers advisor advisors adviser journalist journalists
workers engineers convoy personnel special service servicemen coalition-led
""".split()
)
def _longest_first(words) -> list[str]:
    """Words for an alternation, longest first (so "guards" is tried before "guard"), then
    alphabetically, so that the pattern is the same string in every run."""
    return sorted(words, key=lambda w: (-len(w), w))


_ACTOR_AFTER = fastre.compile(r"\s+(?:" + "|".join(_longest_first(_ACTOR_NOUNS)) + r")\b")
# "India's Border Security Force", "Indian BSF", "the Indian border guards": the country's
# forces (named ones too), written after its name or adjective
_FORCE_AFTER = fastre.compile(
    r"(?:['’]s)?\s+(?:(?i:border|security|armed|special|paramilitary|frontier)\s+){0,2}"
    r"(?i:" + "|".join(_longest_first(_ACTOR_NOUNS)) + r"|guards?|rangers)\b"
    r"|(?:['’]s)?\s+(?:BSF|BGF|BDR)\b"
    # "Russia's Wagner Group", "Iran's Revolutionary Guards": a country's named force
    r"|['’]s\s+(?:[A-Z][\w-]+\s+){1,3}(?i:group|brigade|corps|guards?|division|regiment|battalion|mercenaries|militia)\b"
)
# Nouns that put a country's people or premises abroad: "the Egyptian embassy in Islamabad",
# "a Chinese national", "near the Afghan border" say the event's country is another one.
_ABROAD_NOUNS = frozenset(
    """
embassy embassies consulate consulates consul diplomat diplomats diplomatic envoy ambassador
nationals citizen citizens expatriate expatriates tourist tourists border frontier
""".split()
)
_ABROAD_AFTER = fastre.compile(r"\s+(?i:" + "|".join(_longest_first(_ABROAD_NOUNS)) + r")\b")
_DISTANCE = fastre.compile(r"^\s*(?:about\s+|some\s+)?\d[\d.,]*\s*(?:km|kms|kilometres|kilometers|miles|mi)"
                       r"\s+(?:(?:north|south|east|west)\S*\s+)?(?:of|from)\s+", re.I)
_CAPITAL = fastre.compile(r"\b([A-Z][a-z]+)(?:['’]s)?\s+(capital)\b(?!\s+(?:city\s+)?of\s+[A-Z])")
_LOWER_NAMED = fastre.compile(r"\b(?:town|city|village|district|province) of ([a-z][a-z'-]{3,})\b")
_NAMED_PLACE_BEFORE = fastre.compile(
    r"\b(?:village|town|hamlet|settlement|locality|neighbou?rhood|suburb|township|area)\s+(?:of|called|named|known as)\s+(?:the\s+)?$", re.I
)
_PERSON_BEFORE = fastre.compile(
    r"\b(?:(?:led|headed|chaired|owned|commanded)\s+by|identified\s+as|(?:son|daughter|wife|husband|brother|"
    r"sister|nephew|niece|father|mother|followers|loyalists)\s+of|loyal\s+to)\s+$"
)
# an office of a town or province, whose holder's name may follow the place's
_OFFICE_OF = fastre.compile(r"\b(?:mayor|governor|police chief|chief of police|commissioner|administrator)\s+of\s+$", re.I)
_ORG_NAME_BEFORE = fastre.compile(
    r"\b(?:FC|AC|SC|CF|CD|AS|SS|Real|Atl[eé]tico|Sporting|Olympique|Dynamo|Dinamo|"
    r"(?i:company|firm|contractor|corporation|airline|carrier|newspaper|daily|channel|brand))\s+$"
)  # "FC Barcelona"; "the US company Blackwater"
# "the Citizens Coalition for Change", "the Movement for Democratic Change": the end of a party's
# name, not the French town of Change
_ORG_FOR_BEFORE = fastre.compile(
    r"\b(?:Coalition|Movement|Alliance|Party|Front|Union|Congress|Council|Forum|Committee|Association|"
    r"League|Organi[sz]ation|Federation|Cent(?:re|er)|Campaign|Network|Foundation|Fund|Commission|Rally)"
    r"\s+for\s+(?:the\s+)?$")
_ORG_NAME_AFTER = fastre.compile(r"\s+(?:FC|CF|AFC|SC)\b")
_BARE_CAPITAL = fastre.compile(
    r"\b(?:in|at|of|near|around|across|from)\s+the\s+([Cc]apital)(?:['’]s|\s+city)?\b"
    r"(?!\s+(?:city\s+)?(?:of|punishment)\b)(?!\s*,\s*[A-Z])(?!(?<!['’]s)\s+(?:city\s+)?[A-Z])"  # "the capital Kabul"
    r"|\b(?:[Tt]he\s+)?([Cc]apital)['’]s\s"
)
_NAMED_AFTER = fastre.compile(r"\s*(?:,\s*|\s+city\s+)?(?:of\s+)?[A-Z]")
# "eastern Afghanistan": somewhere in that country (an area known, geo_precision 3)
_REGION_WORDS = frozenset(
    "eastern western northern southern central northeastern northwestern southeastern "
    "southwestern east west north south".split()
)
_OF_PLACE = fastre.compile(r"\b(?:village|villages|town|city|township|suburb|district|province|area|"
                       r"neighbourhood|neighborhood|hamlet)\s+of\s+(?:the\s+)?\Z")
# Administrative words used in one country only: as telling as a nationality adjective.
_CUE_COUNTRY = {"upazila": "BD", "upazilla": "BD", "pourashava": "BD", "zila": "BD"}
_CUES = fastre.compile(r"\b(upazilla|upazila|pourashava|zila)\b", re.I)
_CAPITAL_PLACE_WORDS = frozenset({"upazila", "district", "village", "bazar", "thana", "tehsil"})
# "X village in Y union of Z upazila": the places a place is said to lie in, hop by hop.
_CHAIN_WORDS = (
    r"village|villages|union|upazila|upazilla|sub-?district|thana|area|bazar|bazaar|market|town|"
    r"city|ward|para|municipality|pourashava|tehsil|tahsil|border|district|bridge|intersection|"
    r"road|street|highway|crossing|camp|checkpoint|neighbourhood|neighborhood|locality|frontier|"
    r"outpost"
)
_CHAIN = fastre.compile(
    rf"^\s*(?:(?i:{_CHAIN_WORDS})'?s?\s+)*"
    r"(?:in|of|under)\s+(?:the\s+)?(?:(?i:sadar|shadar)\s+(?i:upazila|upazilla|thana)(?:\s+in|\s+of|\s*,)\s+)?"
    r"(?:(?i:downtown|central|suburban|outer|inner|old|heart\s+of)\s+)?"  # "at Kalikapur in downtown Patuakhali"
    r"([A-Z][A-Za-z'’]+(?:\s(?:and\s)?[A-Z][A-Za-z'’]+){0,2})"  # "in the Jammu and Kashmir state"
)
_CHAIN_PAREN = fastre.compile(
    r"\s*(?:(?i:upazila|upazilla|thana|union|district|sub-?district|town|city|sadar|municipality)"
    r"\s+){0,2}\(([^()]{1,80})\)"
)
# "X area in the district town, Y": Y names the district whose town X lies in
_CHAIN_TOWN = fastre.compile(
    rf"^\s*(?:(?i:{_CHAIN_WORDS})\s+)*(?:in|of)\s+the\s+(?i:district|upazila|upazilla)\s+town\s*,\s*"
    r"([A-Z][A-Za-z'’]+(?:\s[A-Z][A-Za-z'’]+)?)")
# "Chuadanga's Damurhuda": the owner of a possessive is the area the rest lies in
_POSSESSIVE = fastre.compile(r"([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?)['’]s\s+(?=[A-Z])")
# "X area, Y upazila (Z)": a comma joins a chain only when an admin word follows Y
_CHAIN_COMMA = fastre.compile(
    rf"^\s*(?:(?i:{_CHAIN_WORDS})\s*)*,\s*([A-Z][A-Za-z'’]+(?:\s[A-Z][A-Za-z'’]+){{0,2}})"
    r"(?=\s+(?i:upazila|upazilla|district|thana|sub-?district|tehsil|tahsil|union|province|city)\b(?!-))"
)
# "at X, in Y" and "in X village, Y.": the words after the comma name the area X lies in when
# "in" leads them, or when Y ends the clause ("in Kamalpur, Kushtia.": a list would go on)
_CHAIN_COMMA_IN = fastre.compile(
    r"^\s*,\s*in\s+(?:the\s+)?([A-Z][A-Za-z'’]+(?:\s[A-Z][A-Za-z'’]+){0,2})(?=\s*(?:[.;]|$))")
# "in Mirpur, Dhaka during the blockade": the words after the comma, then a preposition or a
# time word (no "and" of a list), name the area X lies in
_CHAIN_COMMA_PREP = fastre.compile(
    r"^\s*,\s*([A-Z][A-Za-z'’]+(?:\s[A-Z][A-Za-z'’]+){0,2})(?=,?\s+(?:during|on|at|after|before|when|while|amid|"
    r"following|where|last|this|yesterday|today|early|late|in\s+the\s+(?:morning|afternoon|evening|night))\b)")
_CHAIN_COMMA_END = fastre.compile(
    rf"^\s*(?:(?i:{_CHAIN_WORDS})\s*)*,\s*([A-Z][A-Za-z'’]+(?:\s[A-Z][A-Za-z'’]+){{0,2}})(?=\s*(?:[.;]|$))")
# Written right after a name, these make it the name of a building, a group or a feature,
# not of the town ("Jagannath university", "Chakma community", "Bhadra intersection").
_GROUP_AFTER = frozenset(
    """
university college school madrasa madrasha mosque temple church pagoda monastery shrine
community communities clan clans family tribe tribes puja hospital clinic bridge intersection
crossing road street avenue highway river canal lake forest hill hills party league group
minar stadium park hotel club factory mill company union's
""".split()
)
# Sub-district words: "Khoksa upazila" names the upazila, not only its town.
_SUBDISTRICT_AFTER = frozenset({"upazila", "upazilla", "thana", "union", "tehsil", "tahsil",
                                "subdistrict", "sub", "municipality", "pourashava"})
_SMALL_TOWN = 10_000
# A place smaller than this that lies outside every district the report names is a namesake
_ELSEWHERE_POP = 50_000
# Written after a name, these make it the name of a sub-district (GeoNames ADM3)
_UPAZILA_WORDS = frozenset({"upazila", "upazilla", "thana", "subdistrict", "tehsil", "tahsil"})
# Written after a name, these make it the name of an area the report places things in
_AREA_CUES = _UPAZILA_WORDS | _ADMIN_KIND.keys() | {"sadar", "shadar"}
# Written after a town's name, these make it part of an organisation's name
_BRANCH_WORDS = frozenset({"branch", "unit", "chapter", "metropolitan", "cantonment"})
# "Al Quds Brigades", "the Tulkarm Battalion", "the Jenin Brigade": an armed group's name, not
# where it fought (a province or district's name too: Al Quds is Jerusalem's governorate)
_UNIT_NAME_WORDS = frozenset({"brigade", "brigades", "battalion", "battalions"})
# A protest's or a clash's cause: a place named after these words (in the same sentence) is
# what it is about ("protesting the murder of a trader in Comilla"), not where it happened
_TOPIC_BEFORE = fastre.compile(
    r"\b(?:protest(?:ing|ed|s)?\s+(?:against|over|at)|protesting|in\s+protest|demand(?:ing|ed)|condemning|"
    r"(?:alleged\s+)?desecration|denouncing|solidarity\s+with)\b", re.I)
# where someone fled to is no place of the event and says nothing of its country ("after the
# president fled to India, crowds stormed his residence in Colombo")
_FLED_TO = fastre.compile(r"\b(?:(?:fled|escaped|flew|was flown|sought refuge|went into exile)\s+(?:to|into|in)|left for)\s+(?:neighbouring\s+|neighboring\s+)?$", re.I)
# an organisation's seat is no place of the event either ("A rights group based in London said he was detained")
_SEAT_BEFORE = fastre.compile(
    r"\b(?:group|organi[sz]ation|watchdog|monitor|NGO|observatory|institute|cent(?:re|er)|network|agency|think[- ]tank|charity|outlet|"
    r"newspaper|broadcaster|channel|website|magazine|firm|company)s?,? (?:which is |that is |is |are )?(?:based|headquartered)\s+in\s+$", re.I)
_CLAUSE_END = fastre.compile(r"[,;:(]|\bon\s+(?:\d|[A-Z][a-z]+day\b)|\b(?:when|while|as|after)\b")
_THANA_AFTER = fastre.compile(r"\s+(?i:model\s+)?(?i:police\s+station|thana)\b")
# A name after these words is a deity's or prophet's, not a place's ("goddess Kali", "Lord Shiva")
_DEITY_BEFORE = frozenset({"goddess", "god", "lord", "deity", "prophet"})
# A town at least this large that bears a name as its own outranks a bigger city known by it
# only as an alternate name ("Bombay", a hamlet in New Zealand, does not outrank Mumbai).
_OWN_NAME_TOWN = 20_000
# Capitalised at a sentence start, these words do not lengthen the name that follows.
_FUNCTION_WORDS = frozenset(
    "the a an in on at of for from to by with and but near outside inside".split()
)
# A word of a longer name ("Cristal Grand Ishtar Hotel") names a place abroad only when the
# place is this large.
_PARTIAL_ABROAD = 100_000
# Institutions that South Asian (and most) usage names after the town they stand in, the
# town's name first: "Rajshahi University", "Jamalpur General Hospital", "Sylhet Press Club"
_TOWN_INSTITUTIONS = frozenset({"university", "college", "hospital", "polytechnic", "institute",
                                "club", "court", "office", "stadium", "station", "terminal",
                                "airport", "airfield", "airbase", "cantonment", "prison", "jail"})
_KIND_AFTER = fastre.compile(r"\s+(state|province|governorate|district|region)\b")
# A village abroad this small is not taken by one of its alternate names when nothing in the
# report points to its country.
_ALIAS_HAMLET = 10_000
_SEAT_POP = 20_000  # the most a district seat borrows from its district to beat a namesake abroad
# "Gazaria upazila", "Sonaimuri sub-District": the words before name a sub-district (the
# group holds the kind word, which says the country where it says one: upazilas are
# Bangladeshi)
_SUBDISTRICT_NAMED = fastre.compile(
    r"\s+(?:(upazila|upazilla)|thana|sub-?district|tehsil|tahsil)\b", re.I)
_SUBDISTRICT_NAMES = fastre.compile(
    r"(?<![A-Za-z'’])([A-Z][A-Za-z'’]+(?:\s[A-Z][A-Za-z'’]+)?)(?=\s+(?i:upazila|upazilla|thana|"
    r"sub-?district|tehsil|tahsil)\b)")
# A first-level area loses to a town of its name unless the town holds under this share of
# the area's people ("Iowa" is the state, not Iowa, Louisiana)
_NAMESAKE_TOWN_SHARE = 0.05
# How far a postal town may lie from the indexed point of the sub-district it seats.
_POSTAL_REACH = 45.0
# How far a place known only from a postal file may lie from the point of the upazila or
# district the text puts it in before that area's point is taken instead.
_POSTAL_QUAL_REACH = 25.0


@dataclass(slots=True)
class _Item:
    """A capitalised n-gram: a gazetteer hit (cands) or an unknown word in a run."""

    start: int
    end: int
    text: str
    key: str
    cands: tuple[Place, ...]
    prev: str = ""
    next: str = ""
    next_lower: bool = False
    sent_start: bool = False
    quals: list[str] = field(default_factory=list)
    in_list: bool = False
    in_paren: bool = False
    in_org: bool = False
    inst: bool = False  # the name of an institution that bears its town's name ends the run
    compound: bool = False  # "Laxmipur" of "Laxmipur-Belemath village"
    group_word: bool = False
    partial: bool = False  # one word of a longer capitalised name ("Green" of "Green Zone")
    named_as_place: bool = False  # "the village of X", "the Syrian town of X"
    near: list[str] = field(default_factory=list)  # "X, south of Baghdad": Baghdad
    chain: list[str] = field(default_factory=list)
    city: str = ""  # "Dhaka - Mirpur", "(coded to Dhaka - Shahbagh)": the city it is a part of
    city_head: bool = False  # "Dhaka" of "Dhaka - Mirpur"
    road_end: bool = False  # "Dhaka" of "the Dhaka-Mymensingh highway"
    glued: bool = False  # one word, a capitalised word right after it ("Algir Char")
    encloses: bool = False  # "Barisal" of "Mehendiganj upazila in Barisal", "Jashore's X upazila"
    owner: str = ""  # "Harinakunda" of "Harinakunda's Bishkhali village"
    town_word: bool = False  # "Lalpur upazila town", "Sreepur upazila sadar"
    run_end: int = 0  # the end of the capitalised run the words are part of
    district_last: bool = False  # "(Sadar upazila, Sherpur)": the last qualifier is a district
    list_id: int = -1
    best: Place | None = None
    score: float = 0.0
    ranked: list[tuple[Place, float]] = field(default_factory=list)
    flags: tuple[str, ...] = ()
    elsewhere: bool = False  # refused: it lies outside every district the report names
    forces: bool = False  # "India's Border Security Force": whose forces, not where
    thana: bool = False  # "Mirpur Police Station": the thana (an area), not an institution
    topic: bool = False  # "... protesting the killing of a trader in X": what it is about
    destination: bool = False  # "fled to India": where someone went, not where it happened
    seat: bool = False  # "a rights group based in London": an organisation's seat, no place of the event
    sub_named: str | None = None  # "X upazila": X names a sub-district ("" country unsaid)
    # keys of the names the document writes as sub-districts -> the country the kind word says
    sub_keys: Mapping[str, str] = field(default_factory=dict)
    dateline: bool = False  # "KOHLU: Residents staged ...": the town the report was filed from


def find_places(doc: Document, gaz: Gazetteer, hints: Mapping[str, float] | None = None) -> list[PlaceMention]:
    """Every toponym in ``doc`` with the place it resolves to (or the area it lies in).

    ``hints`` are votes for countries (ISO alpha-2 code -> weight) from outside the place
    names, such as the home country of the named groups ("BNP activists": Bangladesh).
    """
    text = doc.text
    if not text:
        return []
    items, unknown, demonyms, weak = _scan(text, doc, gaz)
    items = [it for it in items if not it.seat]
    if not items and not unknown:
        return []
    _link_lists(text, items + unknown)
    _enclosing(text, items)
    ctx = _Context.build(items, unknown, demonyms, gaz, hints or {}, weak)
    for it in items:
        _add_subdistricts(it, ctx)
    items.extend(_bare_capitals(text, gaz, ctx, items + unknown))
    for it in items:
        _rank(it, ctx)
    ctx.add_neighbours(items)
    for it in items:
        _rank(it, ctx)
    _consistent(items)
    ctx.districts = set(ctx.admin2) | {
        (it.best.country_code or "", gaz.base_key(it.best.admin2)) for it in items
        if it.best is not None and it.best.source != "postal" and it.best.admin2
        and it.best.country_code in ctx.countries}
    ctx.said_districts = {gaz.base_key(it.text) for it in items if _ADMIN_KIND.get(it.next) == "ADM2"}
    ctx.area_districts = [("", c, a) for c, a in ctx.admin2] + [
        (it.key, it.best.country_code or "", gaz.base_key(
            it.best.name if it.best.feature_code == "ADM2" else it.best.admin2 or ""))
        for it in items
        if it.best is not None and it.best.source != "postal" and it.best.country_code in ctx.countries
        and (it.best.feature_code == "ADM2" or it.in_paren or it.encloses or it.next in _AREA_CUES
             or (it.best.feature_code == "ADM3" and bool(_SADAR.search(it.text))))
        and (it.best.admin2 or it.best.feature_code == "ADM2")]
    kept: list[_Item] = []
    for it in items:
        why = _refused(it, ctx) if it.best is not None else "drop"
        if why == "unknown":
            why = _at_home(it, ctx)  # None: a reading at home was taken
        if why is not None:
            if why == "unknown":
                it.best = None
                unknown.append(it)
            continue
        kept.append(it)
    resolved_lists = {it.list_id for it in kept if it.list_id >= 0 and _in_focus(it.best, ctx)}
    ctx.place_ccs = {it.best.country_code or "" for it in kept if it.best is not None}
    for it in sorted(kept, key=lambda t: not t.in_paren):
        if it.best is not None and it.best.feature_code != "PCLI" and it.best.source != "postal":
            ctx.resolved.setdefault(it.key, it.best)
    ctx.below_country = any(it.best is not None and it.best.feature_code != "PCLI" for it in kept)
    qualifiers = {q for it in items for q in it.quals} | {it.city for it in unknown if it.city}
    out = [_mention(it, ctx, qualifiers) for it in kept]
    out.extend(_unknowns(unknown, resolved_lists, ctx, gaz, text))
    out.sort(key=lambda m: m.span.start)
    return _ensure_location(_appositive_context(out, text), text)


def _ensure_location(out: list[PlaceMention], text: str = "") -> list[PlaceMention]:
    """When every place is a qualifier ("... in the town (Chuadanga sadar)"), the finest of
    them is where it happened; when only countries are named, one written as a part of it
    ("in eastern Afghanistan") is where it happened, known to the country."""
    if not out or any(m.role == "location" for m in out):
        return out
    rank = {"ADM3": 0, "ADM2": 2, "ADM1": 3}
    best_i, best_r = None, 99
    for i, m in enumerate(out):
        p = m.place
        if p is None or p.feature_code == "PCLI":
            continue
        # a group's namesake ("Al Quds Brigades") only when nothing else is named ("the Jenin Brigade")
        r = rank.get(p.feature_code or "", 1 if p.feature_class == "P" else 4) + (10 if "group_name" in m.flags else 0)
        if r < best_r:
            best_i, best_r = i, r
    if best_i is not None:
        out[best_i] = replace(out[best_i], role="location")
        return out
    for i, m in enumerate(out):
        before = _PREV.search(text[max(0, m.span.start - 20) : m.span.start])
        if m.role == "country" and before and before.group(1).lower() in _REGION_WORDS and (
            not text.startswith(("'s", "’s"), m.span.end)
        ):
            out[i] = replace(m, role="location", geo_precision=3)
            return out
    return out


def resolve_given(doc: Document, spans: list[Span], gaz: Gazetteer) -> list[PlaceMention | None]:
    """Resolve toponyms whose spans are already known (geoparsing evaluation "given
    toponyms"): same context and scoring as :func:`find_places`, no detection step."""
    text = doc.text
    found, unknown, demonyms, weak = _scan(text, doc, gaz)
    sent_starts = {s.start for s in doc.sentences}
    items = []
    for sp in spans:
        phrase = text[sp.start : sp.end]
        it = _Item(sp.start, sp.end, phrase, gaz.key(phrase), gaz.lookup(phrase))
        _surroundings(text, it, sent_starts)
        items.append(it)
    given = [it for it in items if it.cands]
    context = given + [f for f in found if not any(f.start < g.end and g.start < f.end for g in items)]
    _link_lists(text, list(context))
    ctx = _Context.build(context, unknown, demonyms, gaz, {}, weak)
    for it in context:
        _rank(it, ctx)
    ctx.add_neighbours(context)
    out: list[PlaceMention | None] = []
    for it in items:
        if not it.cands and it.key in DEMONYMS:  # "Turkish" given as a toponym: the country
            country = gaz.country(DEMONYMS[it.key])
            it.cands = (country,) if country else ()
        if not it.cands and ctx.main:
            it.cands = tuple(p for p, _ in gaz.fuzzy(it.text, ctx.main))
        if not it.cands:
            out.append(None)
            continue
        _rank(it, ctx)
        out.append(_mention(it, ctx, set()))
    return out


# ----------------------------------------------------------------------------- scanning
def _scan(text: str, doc: Document, gaz: Gazetteer):
    sent_starts = {s.start for s in doc.sentences}
    words = []
    ends = {}
    for m in _CAP.finditer(text):
        s, e = m.span()
        w = m.group()
        if w.endswith(("'s", "’s")):  # "Cox's Bazar" stays whole, "Pakistan's" loses 's
            ends[s] = e
            e -= 2
            w = w[:-2]
        art = _LOWER_ARTICLE.search(text, max(0, s - 5), s)
        if art is not None and (not words or words[-1][1] < art.start()):
            s = art.start()  # "the town of al-Rai": the article is part of the name
            w = text[s:e]
        words.append((s, e, w))
        if s in ends:  # "Cox's bazar": a place word in lower case that completes an indexed name
            low = fastre.match(r" ([a-z]+)\b", text[ends[s] : ends[s] + 20])
            if low and fold(low.group(1)) in PLACE_WORDS and gaz.lookup(text[s : ends[s]] + low.group(0)):
                words.append((ends[s] + 1, ends[s] + low.end(), low.group(1)))
    for m in _LOWER_NAMED.finditer(text):  # "the Syrian town of manbij": a town in lower case
        w = m.group(1)
        if fold(w) not in NOT_TOPONYMS and any(p.population >= 10_000 for p in gaz.lookup(w)):
            words.append((m.start(1), m.end(1), w))
    words.sort()
    runs: list[list[tuple[int, int, str]]] = []
    for w in words:
        if runs:
            last = runs[-1][-1]
            gap = text[ends.get(last[0], last[1]) : w[0]]
            if last[0] in ends and gap == " " and fold(w[2]) not in PLACE_WORDS:
                pass  # "Atgharia's Jumaikhiri": two names ("Cox's Bazar" is one)
            elif gap == " " or (gap == "-" and (last[2].lower() in ARTICLES or gaz.lookup(text[last[0] : w[1]]) or _capital_chain(
                text, runs[-1][0][0], gaz))) or _PARTICLE_GAP.fullmatch(gap) or (
                _ROMANCE_GAP.fullmatch(gap) and (gaz.lookup(text[last[0] : w[1]]) or gaz.lookup(text[runs[-1][0][0] : w[1]]))
            ):
                runs[-1].append(w)  # "Al-Suwayda", "Deir ez-Zor", "Mazar-i-Sharif", "Lagos de Moreno"
                continue
        runs.append([w])
    items: list[_Item] = []
    unknown: list[_Item] = []
    demonyms: Counter[str] = Counter()
    weak: Counter[str] = Counter()  # "Russian soldiers", "US forces": whose, not where
    numbered = _NUMBERED_QUARTER.search(text) is not None  # (asked once: most texts name no numbered quarter)
    for r_i, run in enumerate(runs):
        if _PERSON_BEFORE.search(text, max(0, run[0][0] - 25), run[0][0]) and gaz.key(
            run[0][2]) not in DEMONYMS and gaz.country(run[0][2]) is None:
            continue  # "a faction led by Kamal", "son of Abdul Karim": a person
        if len(run) == 2 and run[0][2] in ("A", "An") and _PERSON_NOUN_AFTER.match(text, run[-1][1]):
            continue  # "An Ahmadi youth was hacked to death": an article and a word for a people, not An Ahmadi (Kuwait)
        if len(run) == 1 and run[0][2] in _PEOPLES_NAMED_LIKE_PLACES and _PEOPLE_NOUN_AFTER.match(text, run[0][1]):
            continue  # "houses belonging to Roma families": a people, not Roma (Rome)
        if _ORG_FOR_BEFORE.search(text, max(0, run[0][0] - 40), run[0][0]) and gaz.country(run[0][2]) is None:
            continue  # "the Citizens Coalition for Change": an organisation's name
        if numbered and _NUMBERED_QUARTER.match(text, run[-1][1]):
            continue  # "the Mile 4 neighbourhood of Bamenda": a quarter's name, not Mile (Ethiopia)
        if 2 <= len(run) <= 3 and _unindexed_town_of(text, run, gaz):
            unknown.append(_unknown(text, run, run[-1][1]))  # "in Khan Beni Saad, Iraq": one name
            continue
        i, n = 0, len(run)
        pending: list[tuple[int, int, str]] = []
        # "Sahebganj-Bagdafarm Sangram Committee", "Anti-Corruption Commission": the runs a
        # hyphen joins are one name, an organisation's when a word of theirs says so
        joined = list(run)
        k = r_i
        while k + 1 < len(runs) and text[runs[k][-1][1] : runs[k + 1][0][0]] == "-":
            k += 1
            joined.extend(runs[k])
        while i < n:
            s0, e0, w0 = run[i]
            k0 = gaz.key(w0)
            if k0 in TITLES and not (w0.isupper() and gaz.country(text[s0 : run[-1][1]])) or (  # ("DR Congo": no doctor)
                i == 0 and k0 in FIRST_NAMES and n > 1 and not _named_town(text, run, gaz)
            ):
                pending = []
                break  # the rest of the run is a person's name
            if k0 in DEMONYMS:
                if _ABROAD_AFTER.match(text, e0):
                    pass  # "the Egyptian embassy": not where it happened
                elif _hyphen_paired(text, s0, e0):
                    pass  # "the Pak-Afghan highway", "Indo-Bangla": between two countries, in neither
                elif _FORCE_AFTER.match(text, e0):  # covers _ACTOR_AFTER (any case, 's, qualifiers)
                    weak[DEMONYMS[k0]] += 1
                else:
                    demonyms[DEMONYMS[k0]] += 1
                if n == 1:
                    i += 1  # "Somali soldiers": an adjective, not the Somali Region of Ethiopia
                    continue
            hit = None
            for j in range(min(n, i + _MAX_WORDS), i, -1):
                if j == i + 1 and (k0 in DEMONYMS or k0 in NATIONALITY_WORDS):
                    continue  # "A Canadian and a Briton": a nationality, not Canadian (Texas)
                s, e = run[i][0], run[j - 1][1]
                if j > i + 1 and any(run[x][0] in ends for x in range(i, j - 1)):
                    e = ends.get(run[j - 1][0], e)
                phrase = text[s:e]
                key = gaz.key(phrase)
                if key in NOT_TOPONYMS or _acronym(phrase, j - i) and not is_dateline(text, s, e):
                    continue
                cands = gaz.lookup(phrase)
                kind = _KIND_AFTER.match(text, e) if j == i + 1 else None
                if kind is not None:  # "Borno state": the area GeoNames calls "Borno State"
                    cands = tuple(dict.fromkeys(gaz.lookup(f"{phrase} {kind.group(1).title()}") + cands))
                    cands = _province_of_town(phrase, kind.group(1), cands, gaz) + cands
                if cands:
                    hit = _Item(s, e, phrase, key, cands)
                    i = j
                    break
            if hit is None:
                if k0 not in NOT_TOPONYMS and k0 not in DEMONYMS and k0 not in NATIONALITY_WORDS and not _acronym(w0, 1):
                    pending.append(run[i])
                elif pending:
                    unknown.append(_unknown(text, pending, run[-1][1]))
                    pending = []
                i += 1
                continue
            is_country = any(p.feature_code == "PCLI" for p in hit.cands) and gaz.country(
                hit.text) is not None
            big = any(p.feature_class == "P" and p.population >= 1_000_000
                      and gaz.is_primary_name(hit.text, p) for p in hit.cands)
            # "the acting mayor of Kandahar Ghulam Haidar Hameedi": the town, then who holds the office
            holder = i < n and _OFFICE_OF.search(text, max(0, hit.start - 30), hit.start) is not None
            if " " not in hit.text and not is_country and not holder and not any(
                gaz.key(x[2]) in ORG_WORDS for x in run
            ):
                # "Khalida Zia", "Hajir Hat", "Char Kewar": one word of a longer unknown name
                nxt = run[i] if i < n else None
                glued = bool(pending) or (
                    not big and nxt is not None and text[hit.end : nxt[0]] == " "
                    and gaz.key(nxt[2]) not in NOT_TOPONYMS and gaz.key(nxt[2]) not in TITLES
                    and gaz.key(nxt[2]) not in _TOWN_INSTITUTIONS  # "Kandahar Airfield": in Kandahar
                    and not _acronym(nxt[2], 1) and not gaz.lookup(nxt[2])
                )  # "Jalalabad NATO air base": an acronym after a town glues nothing
                if glued:
                    pending.append(run[i - 1])
                    continue
            if pending:
                unknown.append(_unknown(text, pending, run[-1][1]))
                pending = []
            hit.in_org = any(gaz.key(x[2]) in ORG_WORDS for x in run[i:]) or (
                len(joined) > n and any(gaz.key(x[2]) in ORG_WORDS for x in joined[n:])
            ) or bool(  # "FC Barcelona", "Real Madrid CF", "the US company Blackwater"
                _ORG_NAME_BEFORE.search(text, max(0, hit.start - 12), hit.start)
                or _ORG_NAME_AFTER.match(text, hit.end)
            )
            hit.inst = i < len(run) and gaz.key(run[-1][2]) in _TOWN_INSTITUTIONS
            hit.run_end = run[-1][1]
            hit.partial = _partial(run, i, hit, ends, gaz)
            items.append(hit)
            if holder:
                break  # the rest of the run is the office holder's name
        if pending:
            unknown.append(_unknown(text, pending, run[-1][1]))
    sub_keys = _subdistrict_keys(text)
    for it in items + unknown:
        _surroundings(text, it, sent_starts)
        it.sub_keys = sub_keys
        if it.owner and gaz.country(it.owner) is None:
            # "Harinakunda's Bishkhali village" lies in Harinakunda; "Pakistan's X" says little
            it.quals.append(it.owner)
    items.extend(_capitals(text, gaz))
    for m in _CUES.finditer(text):
        # "Sharsha upazila" says Bangladesh more surely than "Indian" before the border force
        # that did the shooting says India
        if demonyms[_CUE_COUNTRY[m.group(1).lower()]] < 3:
            demonyms[_CUE_COUNTRY[m.group(1).lower()]] += 2
    return items, unknown, demonyms, weak


_CAPITAL_CHAIN = fastre.compile(r"[A-Z]+(?:-[A-Z]+)+(?![\w-])")


def _capital_chain(text: str, start: int, gaz: Gazetteer) -> bool:
    """A hyphenated name in capitals at ``start`` is indexed whole ("PORT-AU-PRINCE —")."""
    m = _CAPITAL_CHAIN.match(text, start)
    return m is not None and bool(gaz.lookup(m.group()))


def _subdistrict_keys(text: str) -> dict[str, str]:
    """Keys of the names a text writes as sub-districts ("in Gazaria upazila", "Nawabganj's
    Shibganj upazila") -> the country their kind word says ("BD" for upazila), else ""."""
    out: dict[str, str] = {}
    for m in _SUBDISTRICT_NAMES.finditer(text):
        name = fastre.split(r"['’]s\s+", m.group(1))[-1]
        kind = _SUBDISTRICT_NAMED.match(text, m.end())
        cc = _CUE_COUNTRY.get(kind.group(1).lower(), "") if kind and kind.group(1) else ""
        words = [w for w in name.split() if w.lower() not in PLACE_WORDS]
        for key in {fold(name), fold(" ".join(words))}:
            if key and key not in NOT_TOPONYMS:
                out.setdefault(key, cc)
    return out


def _capitals(text: str, gaz: Gazetteer) -> list[_Item]:
    """"the Syrian capital", "Afghanistan's capital": the capital city of that country, when
    the text does not name it right after ("the Somali capital, Mogadishu")."""
    out = []
    for m in _CAPITAL.finditer(text):
        if _NAMED_AFTER.match(text, m.end()):
            continue
        word = fold(m.group(1))
        country = gaz.country(DEMONYMS[word]) if word in DEMONYMS else gaz.country(m.group(1))
        if country is None or country.country_code is None:
            continue
        city = gaz.capital(country.country_code)
        if city is not None:
            s, e = m.span(2)
            out.append(_Item(s, e, text[s:e], "capital " + country.country_code.lower(), (city,)))
    return out


def _bare_capitals(text: str, gaz: Gazetteer, ctx: _Context, named: list[_Item]) -> list[_Item]:
    """"in the capital", "the capital's Mohammadpur area": the capital of the report's country
    when the report is surely about one; the place after "capital's" lies in it."""
    if not ctx.strong or ctx.weak_only or ctx.main is None:
        return []
    city = gaz.capital(ctx.main)
    if city is None:
        return []
    out = []
    for m in _BARE_CAPITAL.finditer(text):
        g = 1 if m.group(1) else 2
        s, e = m.span(g)
        after = fastre.match(r"['’]s\s+", text[e:])
        for it in named:
            if after and it.start == e + after.end():
                it.quals.append(gaz.key(city.name))
        out.append(_Item(s, e, text[s:e], "capital " + ctx.main.lower(), (city,),
                         prev=m.group(0).split()[0].lower(), next=""))
    return out


def _partial(run: list[tuple[int, int, str]], j: int, hit: _Item, ends: dict[int, int],
             gaz: Gazetteer) -> bool:
    """Whether ``hit`` (words up to run[j]) is glued to a word of a longer name, before or
    after it: "Green" of "the Green Zone" (a possessive ends a name: "Khagrachhari's Dighinala")."""
    first = next(k for k, x in enumerate(run) if x[0] == hit.start)
    if first > 0 and run[first - 1][0] not in ends and gaz.key(run[first - 1][2]) not in _FUNCTION_WORDS:
        return True
    if j >= len(run) or run[j - 1][0] in ends:
        return False
    nxt = gaz.key(run[j][2])  # "Kech District", "Dhunat Upazila" name the place itself
    return not (nxt in PLACE_WORDS or nxt in AREA_AFTER or nxt in _ADMIN_KIND)


_TOWN_BEFORE = frozenset({"in", "near", "at", "of", "from", "outside", "around", "to",
                          "towards", "toward", "the", "across", "into"})


_COMMA_NAME = fastre.compile(r"\s*,\s*([A-Z][A-Za-z]+(?: [A-Z][a-z]+)?)\b")


def _country_follows(text: str, end: int, gaz: Gazetteer) -> bool:
    """A comma and a country's name follow ``end`` (", Iraq")."""
    after = _COMMA_NAME.match(text, end, end + 40)
    return after is not None and gaz.country(after.group(1)) is not None


def _named_town(text: str, run: list[tuple[int, int, str]], gaz: Gazetteer) -> bool:
    """A run led by a first name ("Abu Ghraib", "Ali Khel") is a town when the words before
    it point to a place ("near Abu Ghraib", "the Abu Ghraib prison") and the index holds it,
    or a country's name follows it ("in Khan Beni Saad, Iraq")."""
    m = _PREV.search(text[max(0, run[0][0] - 20) : run[0][0]])
    if m is None or m.group(1).lower() not in _TOWN_BEFORE:
        return False
    if _country_follows(text, run[-1][1], gaz):
        return True  # "in Khan Beni Saad, Iraq": a town of that country, though the index lacks it
    for j in range(min(len(run), _MAX_WORDS), 1, -1):
        if any(p.population >= 1000 for p in gaz.lookup(text[run[0][0] : run[j - 1][1]])):
            return True
    return False


def _province_of_town(phrase: str, kind: str, cands: tuple[Place, ...], gaz: Gazetteer) -> tuple[Place, ...]:
    """"Uruzgan province" where the index spells the province otherwise (Oruzgan) and holds a
    town Uruzgan in it: the province, ahead of the town. Empty when an area is among ``cands``."""
    if kind.lower() not in {"province", "state", "governorate", "region"} or any(
        p.feature_class == "A" for p in cands
    ):
        return ()
    key = fold(phrase)
    out: list[Place] = []
    for p in cands:
        if p.feature_class != "P" or not p.admin1 or not p.country_code:
            continue
        area = gaz.area(p.country_code, p.admin1)
        if area is not None and area not in out and _close_spelling(key, fold(admin_base(area.name))):
            out.append(area)
    return tuple(out)


_VOWELS = fastre.compile(r"[aeiouy]")


def _close_spelling(a: str, b: str) -> bool:
    """Two spellings of one name that differ in a vowel or two ("uruzgan", "oruzgan")."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 5:
        return False
    return _VOWELS.sub("", a) == _VOWELS.sub("", b) and a[-2:] == b[-2:]


def _unindexed_town_of(text: str, run: list[tuple[int, int, str]], gaz: Gazetteer) -> bool:
    """A name of several words the index lacks, after "in" or "near" and before a country's
    name ("in Khan Beni Saad, Iraq") or after "the village of": one town, not the namesakes
    of each of its words."""
    if not _NAMED_PLACE_BEFORE.search(text, max(0, run[0][0] - 40), run[0][0]):
        m = _PREV.search(text[max(0, run[0][0] - 20) : run[0][0]])
        if m is None or m.group(1).lower() not in {"in", "near", "at", "outside"}:
            return False
        if not _country_follows(text, run[-1][1], gaz):
            return False
    phrase = text[run[0][0] : run[-1][1]]
    return not gaz.lookup(phrase) and gaz.country(phrase) is None and not any(
        gaz.key(w) in PLACE_WORDS or gaz.key(w) in ORG_WORDS or gaz.key(w) in NOT_TOPONYMS
        or gaz.key(w) in _FUNCTION_WORDS for _, _, w in run
    )  # "the town of Dikwa The blasts": a sentence run on, not one name


# what follows a dateline's place: "QUETTA:", "KABUL, Jan 3 (Reuters) -", "DHAKA (AFP) -"
DATELINE_AFTER = fastre.compile(
    r"\s*(?::|,\s+[A-Z][a-z]{2,8}\.? \d{1,2}\b[^.\n]{0,30}?(?:\([A-Za-z. ]{2,12}\))?\s*[-–—]"
    r"|\s*\((?:AFP|AP|Reuters|IANS|APP|PTI|UNB|BSS|dpa)\)\s*[-–—:]"
    r"|\s*\([A-Z][\w .'’-]{1,30}\)\s*[-–—]{1,2}\s+(?=[A-Z])"  # "OUAGADOUGOU (Burkina Faso) — Gunmen ..."
    r"|\s+[-–—]{1,2}\s+(?=[A-Z])"  # "ROME — Activists ..."
    r"|,\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?\s+[-–—]{1,2}\s+(?=[A-Z]))")  # "ODESA, Ukraine — Russia launched ..."


# a dateline up to the report's first word: "JOHANNESBURG - ", "KABUL, Jan 3 (Reuters) - "
_DATELINE_HEAD = fastre.compile(r"(?-i:[A-Z][A-Z .'’-]*[A-Z])(?:,[^\n.]{0,50}?)?(?:\s*\([\w .'’-]{2,30}\))?\s*[-–—:]{1,2}\s*")


def is_dateline(text: str, start: int, end: int) -> bool:
    """The words at ``start:end`` open a line and a dateline's punctuation follows ("QUETTA:",
    "KABUL, Jan 3 (Reuters) -"): where the report was filed."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and bool(DATELINE_AFTER.match(text, end))


def _acronym(phrase: str, nwords: int) -> bool:
    return nwords == 1 and phrase.isupper() and len(phrase) <= 5 and fold(phrase) not in (
        "us", "usa", "uk", "uae", "drc"
    )


def _unknown(text: str, words: list[tuple[int, int, str]], run_end: int = 0) -> _Item:
    words = words[:3]
    s, e = words[0][0], words[-1][1]
    return _Item(s, e, text[s:e], fold(text[s:e]), (), run_end=run_end)


def _surroundings(text: str, it: _Item, sent_starts: set[int]) -> None:
    before = text[max(0, it.start - 30) : it.start]
    after = text[it.end : it.end + 160]
    m = _PREV.search(before)
    it.prev = m.group(1).lower() if m else ""
    m = _NEXT.match(after)
    it.next = m.group(1).lower() if m else ""
    it.next_lower = bool(m) and m.group(1)[0].islower()
    # "JOHANNESBURG - Crowds looted ...": the report's first word, not a quarter of the city
    after_dateline = _DATELINE_HEAD.fullmatch(text, text.rfind("\n", 0, it.start) + 1, it.start) is not None
    it.sent_start = it.start in sent_starts or not before.strip() or before.rstrip()[-1:] in ".!?\n" or after_dateline
    it.dateline = is_dateline(text, it.start, it.end)
    m = _PAREN.match(after)
    if m and fastre.fullmatch(r"\s*(?-i:[A-Z][A-Z0-9&-]{1,7})\s*", m.group(1)):
        m = None  # "the Rapid Action Battalion (RAB)": an abbreviation of the name, not a place
    if m:
        inner = _CODED.sub("", m.group(1))
        for piece in fastre.split(r",|\s-\s|;", inner):
            piece = _DISTANCE.sub("", piece)  # "(17 km northeast of Baqubah)": Baqubah
            piece = _PAREN_PREPOSITION.sub("", piece)  # "(in Mukshudpur upazila, Gopalganj)"
            words = [w for w in piece.split() if w.lower() not in PLACE_WORDS]
            if words and (fold(" ".join(words)) in NOT_TOPONYMS or not any(w[:1].isupper() for w in words)):
                continue  # "yesterday (Monday)": a day, no place; "(northwest)": a direction
            if words and len(words) < len(piece.split()) and piece.split()[-1][:1].isupper():
                it.quals.append(fold(piece))  # "(Cox's Bazar Sadar)": a place word of the name
            if words:
                it.quals.append(fold(" ".join(words)))
    it.group_word = it.next in _GROUP_AFTER
    it.forces = bool(_FORCE_AFTER.match(text, it.end))
    it.thana = bool(_THANA_AFTER.match(text, it.end))
    m = _SUBDISTRICT_NAMED.match(text, it.end)
    if m:
        it.sub_named = _CUE_COUNTRY.get(m.group(1).lower(), "") if m.group(1) else ""
    clause = text[max(0, it.start - 160) : it.start].split(". ")[-1]
    cue = None
    for cue in _TOPIC_BEFORE.finditer(clause):
        pass
    # the cause runs to the end of its clause: a comma or a date ends it ("protesting the
    # killing of members, activists attacked ... at X"; "protests against the price hike on
    # 6 May in X, Y and Z")
    it.topic = cue is not None and not _CLAUSE_END.search(clause, cue.end())
    it.destination = bool(_FLED_TO.search(text, max(0, it.start - 40), it.start))
    it.seat = bool(_SEAT_BEFORE.search(text, max(0, it.start - 60), it.start))
    m = (None if after_dateline else _CITY_BEFORE.search(before)) or _SUBURB_OF_BEFORE.search(text, max(0, it.start - 60), it.start) or (
        _DIRECTED_CITY_AFTER.match(after))
    if m:  # ACLED's "Dhaka - Mirpur", "the Baghdad suburb of Suwaib", "Al-Dawrah, south Baghdad": in that city
        it.city = fold(m.group(1))
        it.quals.append(it.city)
    m = _PAREN.match(after)
    if m and not it.city:
        m = _CITY_PART.match(_CODED.sub("", m.group(1)))
        if m:
            it.city = fold(m.group(1))
    it.city_head = bool(_CITY_AFTER.match(after) or _SUBURB_AFTER.match(after) or _DIRECTED_BEFORE.search(before))
    it.glued = " " not in it.text and bool(fastre.match(r" [A-Z][a-z]", after))
    it.encloses = bool(_AFTER_SUB.search(before) or _OWNS_SUB.match(after))
    m = _SUB_TAIL.match(after)
    if m:  # "Kaliganj upazila, Satkhira": Satkhira settles which Kaliganj
        words = [w for w in m.group(1).split() if w.lower() not in PLACE_WORDS]
        if words:
            it.quals.append(fold(" ".join(words)))
    it.town_word = bool(_TOWN_WORD.match(after))
    it.district_last = bool(_DISTRICT_LAST.search(after.split(")")[0].split(".")[0]))
    it.compound = bool(_COMPOUND_VILLAGE.match(after))
    it.road_end = bool(_ROAD_AFTER.match(after) or (before.rstrip().endswith("-") and _ROAD_REST.match(after)))
    it.chain = _chain(text, it.end)
    if not it.chain and it.run_end > it.end:
        # "the Rajapur Government Primary School in X union of Y upazila": where the
        # longer name lies, its first word lies too (a chain of two places at least)
        chain = _chain(text, it.run_end)
        if len(chain) >= 2:
            it.chain = chain
    m = _OWNER_BEFORE.search(before)
    it.owner = fold(m.group(1)) if m and fold(m.group(1)) not in NOT_TOPONYMS else ""
    m = _NEAR_AFTER.search(text[it.end : it.end + 100].split(".")[0].split(";")[0])
    if m:
        it.near = [fold(m.group(1))]
    it.in_list = bool(_LIST_AFTER.match(after) or _LIST_BEFORE.search(before))
    it.in_paren = before.rfind("(") > before.rfind(")")
    it.named_as_place = bool(_OF_PLACE.search(before))


def _chain(text: str, end: int) -> list[str]:
    """Keys of the places "X village in Y union of Z upazila" says X lies in (Y, Z)."""
    out: list[str] = []
    for _ in range(3):
        m = _CHAIN.match(text[end : end + 120]) or _CHAIN_COMMA.match(text[end : end + 120]) or (
            _CHAIN_COMMA_IN.match(text[end : end + 120]) or _CHAIN_COMMA_END.match(text[end : end + 120])
            or _CHAIN_COMMA_PREP.match(text[end : end + 120])
            or _CHAIN_TOWN.match(text[end : end + 120]))
        if not m:
            break
        name = m.group(1)
        if " and " in name:  # "Jammu and Kashmir" (one area), or "Dhaka and Khulna" (its first)
            out.append(fold(name))
            name = name.split(" and ", 1)[0]
        while " " in name and fold(name.rsplit(" ", 1)[1]) in NOT_TOPONYMS and fold(
            name.rsplit(" ", 1)[1]) not in PLACE_WORDS:
            name = name.rsplit(" ", 1)[0]  # "of Magura Monday": Magura
        owner = _POSSESSIVE.match(name)
        if owner and all(w.lower() in PLACE_WORDS for w in name[owner.end():].split()):
            owner = None  # "Cox's Bazar" is one name
        if owner:  # "in Chuadanga's Damurhuda upazila": Damurhuda, in Chuadanga
            name = name[owner.end():]
        name = fastre.sub(r"['’]s$", "", name)  # "in Pakistan's northwest": Pakistan
        words = [w for w in name.split() if w.lower() not in PLACE_WORDS]
        key = fold(" ".join(words))
        if not words or key in NOT_TOPONYMS:
            break
        if len(words) < len(name.split()):  # "Cox's Bazar": a place word of the name
            out.append(fold(name))
        out.append(key)
        if owner:
            out.append(fold(owner.group(1)))
            break
        end += m.end()
        m = _SUB_TAIL.match(text, end, end + 120)
        if m:  # "X village in Y upazila, Z"
            words = [w for w in m.group(1).split() if w.lower() not in PLACE_WORDS]
            if words:
                out.append(fold(" ".join(words)))
            break
        m = _CHAIN_PAREN.match(text, end, end + 120)
        if m:  # "... Kaliganj upazila (Lalmonirhat)": the district settles which Kaliganj
            for piece in fastre.split(r",|\s-\s|;", _CODED.sub("", m.group(1))):
                words = [w for w in piece.split() if w.lower() not in PLACE_WORDS]
                if words:
                    out.append(fold(" ".join(words)))
            break
    return out


def _enclosing(text: str, items: list[_Item]) -> None:
    """"X upazila in Pabna in Rajshahi", "X upazila in Gazipur, Dhaka": an area after an
    enclosing area encloses too."""
    prev = None
    for it in sorted(items, key=lambda t: t.start):
        if prev is not None and prev.encloses and _ENCLOSED_GAP.fullmatch(text[prev.end : it.start]):
            it.encloses = True
        prev = it


def _link_lists(text: str, items: list[_Item]) -> None:
    """Give items joined by ', ' / ' and ' a common list id."""
    items.sort(key=lambda t: t.start)
    lid = -1
    prev: _Item | None = None
    for it in items:
        joined = prev is not None and fastre.fullmatch(
            r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)", text[prev.end : it.start] + " "
        )
        if joined and prev is not None:
            if prev.list_id < 0:
                lid += 1
                prev.list_id = lid
            it.list_id = prev.list_id
        prev = it


# ----------------------------------------------------------------------------- context
@dataclass
class _Context:
    gaz: Gazetteer
    countries: dict[str, float]
    strong: bool
    admin1: set[tuple[str, str]]
    admin2: set[tuple[str, str]]
    main: str | None = None
    named: set[str] = field(default_factory=set)
    main_weight: float = 0.0
    inside: list[tuple[str, float, float, Place]] = field(default_factory=list)
    place_ccs: set[str] = field(default_factory=set)  # countries of the places kept
    below_country: bool = False  # a place other than a country was kept
    weak_only: bool = False  # the only countries are those of actors ("US forces")
    # countries the report's actors belong to alone ("Awami League", "BCL"): as telling as
    # a country's name for where a one-word place spelt unlike the index lies
    hinted: set[str] = field(default_factory=set)
    points: list[tuple[str, float, float]] = field(default_factory=list)
    # per toponym: the countries where it is some place's own name (not an alternate one)
    own_ccs: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    # districts of the places the report names that a gazetteer (not only a postal file) knows
    districts: set[tuple[str, str]] = field(default_factory=set)
    # name key -> the place the report's words resolve to ("Nawabganj" of "(Shibganj,
    # Nawabganj)"): an unindexed village qualified by that name lies there, not in a namesake
    resolved: dict[str, Place] = field(default_factory=dict)
    # (name key, country, district key) of the districts and sub-districts the report names
    area_districts: list[tuple[str, str, str]] = field(default_factory=list)
    # keys of the names the report calls districts ("Rajshahi District")
    said_districts: set[str] = field(default_factory=set)

    @classmethod
    def build(
        cls, items: list[_Item], unknown: list[_Item], demonyms: Counter[str], gaz: Gazetteer,
        hints: Mapping[str, float], weak: Counter[str] | None = None,
    ) -> _Context:
        countries: Counter[str] = Counter()
        for cc, n in demonyms.items():
            countries[cc] += min(n, 2)  # a nationality said five times is no more telling
        weak = Counter(weak or {})
        for it in items:  # "US forces", "a US drone": the country's people or arms, not a place
            if ((it.next_lower and it.next in _ACTOR_NOUNS) or it.forces) and gaz.country(it.text) is not None and any(
                p.feature_code == "PCLI" for p in it.cands
            ):
                weak[next(p.country_code for p in it.cands if p.feature_code == "PCLI") or ""] += 1
        for cc, n in weak.items():
            countries[cc] += 1.0
        for cc, w in hints.items():
            countries[cc] += w
        named = False
        named_ccs = {cc for cc in demonyms}
        own_ccs = _own_countries(items, gaz)
        for it in items:
            if any(p.feature_code == "PCLI" for p in it.cands) and gaz.country(it.text) is not None:
                if (it.next_lower and it.next in _ACTOR_NOUNS) or it.next in _ABROAD_NOUNS or it.forces:
                    continue  # counted above, as a nationality of actors; or premises abroad
                cc = next(p.country_code for p in it.cands if p.feature_code == "PCLI") or ""
                if it.destination:
                    continue  # "fled to India": not where it happened, nor its country
                if it.topic:  # "protested in Feni demanding the opening of a dam in India"
                    countries[cc] += 1
                    continue
                countries[cc] += 3
                named_ccs.add(cc)
                named = True
                continue
            initial = it.sent_start and " " not in it.text
            if it.in_org or it.group_word or (
                (it.partial or initial) and all(p.population < _PARTIAL_ABROAD for p in it.cands)
            ) or (initial and not any(gaz.is_primary_name(it.text, p) for p in it.cands)):
                continue  # "Jagannath university", "Green Zone": no evidence of a country
            if _alias_abroad(it, own_ccs, gaz, named_ccs):
                continue  # "an Ansar camp ... in Teknaf": not Insar, Russia, by an alternate name
            # a post office of the name abroad is no vote against a place a gazetteer knows, and
            # a big namesake abroad by an alternate name decides nothing when a town has the
            # name as its own ("Feni", not "Feignies" in France)
            cc, weight = _country_vote(_gazetteer_readings(_by_own_name(it, gaz)))
            if cc is not None and all(p.feature_class == "P" and p.population < _ALIAS_HAMLET
                                      and not gaz.is_primary_name(it.text, p) for p in it.cands):
                weight = min(weight, 0.25)  # "Kashmir" is also a name of Cashmere, Washington
            cue = _CUE_COUNTRY.get(it.next.lower())
            if cue is not None and cc != cue:
                continue  # "Bera upazila": upazilas are Bangladeshi, whatever the namesake abroad
            # (a postal file's sub-districts are its post offices' admin names: no proof)
            acc = {p.country_code for p in it.cands if p.feature_class == "A" and p.source != "postal"}
            if (_ADMIN_KIND.get(it.next) or it.next in _SUBDISTRICT_AFTER) and len(acc) == 1:
                cc, weight = acc.pop(), 2.0  # "Bhola district": an area of one country only
            if cc is not None:
                countries[cc] += weight
            own = {p.country_code or "" for p in it.cands if p.source != "postal" and _names_own_area(it.quals, p)}
            if len(own) == 1:
                countries[own.pop()] += 3.0  # "Mbengwi (Momo, Northwest)": the bracket spells the town's own region
        for it in items + unknown:
            for q in it.quals:  # "(Sylhet)": a qualifier names an area of the country
                readings = _gazetteer_readings(gaz.lookup(q))
                qcc = {p.country_code for p in readings if p.feature_class == "A"}
                if len(qcc) == 1:
                    countries[qcc.pop() or ""] += 2.0
                elif not qcc and len({p.country_code for p in readings}) == 1:
                    big = any(p.population >= 1000 and (p.population >= _ALIAS_HAMLET or gaz.is_primary_name(q, p))
                              for p in readings)
                    countries[readings[0].country_code or ""] += 1.5 if big else 0.25
        ranked = countries.most_common(2)
        top = ranked[0][1] if ranked else 1.0
        second = ranked[1][1] if len(ranked) > 1 else 0.0
        strong = named or bool(demonyms) or (top >= 2 and top >= 2 * second)
        weak_only = not strong and bool(weak)
        strong = strong or weak_only
        named_ccs |= set(weak)
        shares = {cc: w / top for cc, w in countries.items() if w / top >= 0.5}
        main = ranked[0][0] if ranked else None
        ctx = cls(gaz, shares, strong, set(), set(), main=main, named=named_ccs,
                  main_weight=top if ranked else 0.0, weak_only=weak_only, own_ccs=own_ccs,
                  hinted={cc for cc, w in hints.items() if w >= 1.5})
        for it in items:
            want = _ADMIN_KIND.get(it.next)
            if want is None and not it.in_paren and any(
                p.feature_class == "P" and p.country_code in shares for p in it.cands
            ):
                continue  # a town that shares its name with its district names no area yet
            for p in it.cands:
                if p.feature_class != "A" or p.country_code not in shares:
                    continue
                if p.feature_code == "ADM1" and want in (None, "ADM1"):
                    ctx.admin1.add((p.country_code or "", gaz.key(p.admin1 or p.name)))
                elif p.feature_code == "ADM2" and want in (None, "ADM2"):
                    ctx.admin2.add((p.country_code or "", gaz.base_key(p.name)))
        for it in items + unknown:
            for q in it.quals:
                for p in gaz.lookup(q):
                    if p.country_code in shares and p.feature_code == "ADM1":
                        ctx.admin1.add((p.country_code or "", gaz.key(p.admin1 or p.name)))
                    if p.country_code in shares and p.feature_code == "ADM2":
                        ctx.admin2.add((p.country_code or "", gaz.base_key(p.name)))
        return ctx

    def add_neighbours(self, items: list[_Item]) -> None:
        for it in items:
            p = it.best
            if p is not None and p.country_code in self.countries and it.score > 0:
                if p.feature_code == "ADM1":
                    self.admin1.add((p.country_code or "", self.gaz.key(p.admin1 or p.name)))
                elif p.feature_code == "ADM2":
                    self.admin2.add((p.country_code or "", self.gaz.base_key(p.name)))
            if p is not None and p.feature_class == "P" and p.latitude is not None:
                self.points.append((it.key, p.latitude, p.longitude or 0.0))
                self.inside.append((it.key, p.latitude, p.longitude or 0.0, p))


def _own_countries(items: list[_Item], gaz: Gazetteer) -> list[tuple[str, frozenset[str]]]:
    """Per toponym, the countries where it is the own name of a place that not only a postal
    file knows."""
    return [(it.key, frozenset(p.country_code or "" for p in it.cands
                               if p.feature_code != "PCLI" and p.source != "postal"
                               and gaz.is_primary_name(it.text, p)))
            for it in items]


def _alias_abroad(it: _Item, own_ccs: list[tuple[str, frozenset[str]]], gaz: Gazetteer,
                  named: set[str], place: Place | None = None) -> bool:
    """The words name a small place (``place``, else every reading) only by an alternate name,
    in a country the text does not name, while every other toponym of the report is a place's
    own name in one other country ("Ansar camp ... in Teknaf of Cox's Bazar" is not Insar,
    Russia)."""
    readings = [place] if place is not None else [
        p for p in _gazetteer_readings(it.cands) if p.feature_code != "PCLI"]
    if not readings or any(p.population >= _PARTIAL_ABROAD or p.country_code in named
                           or gaz.is_primary_name(it.text, p) for p in readings):
        return False
    others = [ccs for k, ccs in own_ccs if k != it.key and ccs]
    if not others:
        return False
    common = frozenset.intersection(*others)
    return bool(common) and not any(p.country_code in common for p in readings)


def _gazetteer_readings(cands: tuple[Place, ...]) -> tuple[Place, ...]:
    """The readings a gazetteer knows, when there are any: postal dumps hold hundreds of
    thousands of post offices, so one spelt like a place of another country says little
    about which country a report is about."""
    known = tuple(p for p in cands if p.source != "postal")
    return known or cands


def _country_vote(cands: tuple[Place, ...]) -> tuple[str | None, float]:
    """The country a toponym speaks for: the only one it exists in (a hamlet known only to a
    postal file counts little), or the one where it names a city far larger than any namesake
    ("Dhaka": the capital, not a village in Bihar)."""
    size: dict[str, int] = {}
    for p in cands:
        v = p.population if p.feature_class == "P" else max(p.population, 1000)
        size[p.country_code or ""] = max(size.get(p.country_code or "", 0), v)
    if not size:
        return None, 0.0
    if len(size) == 1:
        cc, v = next(iter(size.items()))
        return cc, 1.0 if v >= 1000 else 0.25
    ranked = sorted(size.items(), key=lambda t: -t[1])
    if ranked[0][1] >= 100_000 and ranked[0][1] >= 20 * max(ranked[1][1], 1):
        return ranked[0][0], 1.0
    return None, 0.0


def _by_own_name(it: _Item, gaz: Gazetteer) -> tuple[Place, ...]:
    """The readings of a toponym, without the towns that only have it as an alternate name
    when a town has it as its own ("Islamabad" is no vote for Bangladesh)."""
    own = [p for p in it.cands if p.feature_class != "P" or gaz.is_primary_name(it.text, p)]
    if any(p.feature_class == "P" and p.population >= _OWN_NAME_TOWN for p in own):
        return tuple(own)
    return it.cands


def _in_focus(p: Place | None, ctx: _Context) -> bool:
    return p is not None and p.country_code in ctx.countries


def _rank(it: _Item, ctx: _Context) -> None:
    gaz = ctx.gaz
    # "Mohammadpur upazila" names the sub-district, not a large town of the name elsewhere
    # (a district's name may mean its Sadar upazila: "Faridpur upazila" stays open)
    want = _ADMIN_KIND.get(it.next) or ("ADM2" if it.encloses else None) or (
        "ADM3" if (it.next in _UPAZILA_WORDS or it.sub_named is not None)
        and not any(p.feature_code == "ADM2" for p in it.cands) else None)
    qual_groups = _qual_groups(it, gaz, ctx.main, ctx.main)
    # towns among the readings: a district named like one of them is the lesser reading
    # (a postal file's hamlet of the name in another district is no such town: "Munshiganj")
    towns: dict[tuple[str | None, str], int] = {}  # (country, name key) -> population
    for p in it.cands:
        if p.feature_class == "P" and (p.source != "postal" or any(
                q.feature_code == "ADM2" and gaz.base_key(q.name) == gaz.base_key(p.admin2 or "")
                for q in it.cands)):
            k = (p.country_code, gaz.key(p.name))
            towns[k] = max(towns.get(k, 0), p.population)
    # a town called so beats a bigger one that only has it as an alternate name ("Islamabad"
    # is an old name of Chattogram; "Iskandariya" is how Arabic writes Alexandria)
    primary = {id(p) for p in it.cands if gaz.is_primary_name(it.text, p)}
    own_name = any(id(p) in primary for p in it.cands
                   if p.feature_class == "P" and p.population >= _OWN_NAME_TOWN)
    # countries where the words name a place that not only a postal file knows
    home = {p.country_code for p in it.cands if p.source != "postal"} or {
        p.country_code for p in it.cands}
    # a sub-district is as large as the town of its name in its district (its seat)
    seats: dict[tuple[str | None, str], int] = {}
    if want == "ADM3":
        for p in it.cands:
            if p.feature_class == "P" and p.admin2:
                k = (p.country_code, gaz.base_key(p.admin2))
                seats[k] = max(seats.get(k, 0), p.population)
    # a town that seats the district of its name ("Ziarat", in Ziarat District) is as large as
    # its district for the ranking: more than a namesake village abroad
    districts = {(q.country_code, gaz.base_key(q.name)): q.population for q in it.cands
                 if q.feature_code == "ADM2" and q.source != "postal"}
    abroad = len({q.country_code for q in it.cands}) > 1  # only to choose between countries
    ranked = []
    for p in it.cands:
        cc = p.country_code or ""
        s = 3.0 * ctx.countries.get(cc, 0.0)
        if (cc, gaz.key(p.admin1 or "")) in ctx.admin1:
            s += 2.0
        if (cc, gaz.key(p.admin2 or "")) in ctx.admin2:
            s += 2.0
        pop = p.population
        if p.feature_code == "ADM3" and p.admin2:
            pop = max(pop, seats.get((p.country_code, gaz.base_key(p.admin2)), 0))
        elif p.feature_class == "P" and p.admin2 and abroad and gaz.base_key(p.admin2) == gaz.base_key(p.name):
            pop = max(pop, min(districts.get((p.country_code, gaz.base_key(p.admin2)), 0), _SEAT_POP))
        s += min(math.log10(pop + 1), 7.0) * 0.45
        if p.feature_class == "P" and (id(p) in primary or not own_name):
            # a major city rarely loses to a hamlet namesake
            s += 1.5 if p.population >= 1_000_000 else (0.5 if p.population >= 100_000 else 0.0)
        s += 0.6 if id(p) in primary else 0.0
        if p.feature_code == "PCLI":
            s += 3.0
        elif want is not None:
            s += 3.0 if p.feature_code == want else (-1.0 if p.feature_class == "P" else 0.0)
        elif p.feature_class == "A" and p.feature_code != "ADM3":
            # "Abu Ghraib": the district and the town Abū Ghurayb; a town of a twentieth of a
            # province's people or less does not make its name its own ("California", Maryland)
            least = _NAMESAKE_TOWN_SHARE * p.population if p.feature_code == "ADM1" else 0
            named_like_town = any(
                t[0] == cc and (t[1] == gaz.base_key(p.name) or gaz.base_key(p.name) == it.key)
                and pop_t >= least for t, pop_t in towns.items())
            s += 1.5 if it.in_paren else (-1.5 if named_like_town else 0.3)
        if p.source == "postal":
            s -= 0.8
            if cc not in home:
                s -= 3.0  # a postal file's hamlet loses to a namesake a gazetteer knows abroad
        # each area the text puts it in that holds the reading counts: "Kaliganj upazila
        # (Satkhira, Khulna)" is the Kaliganj of Satkhira district, not one elsewhere in Khulna
        for group in qual_groups:
            fit = max((_inside(p, q, gaz) for q in group if q is not p), default=0)
            if fit:
                s += 4.0 if fit == 2 else 3.0
        if _near_fit(it, p, gaz) is True:
            s += 2.0
        if ctx.points and p.latitude is not None:
            near = sum(
                1 for k, la, lo in ctx.points
                if k != it.key and abs(la - p.latitude) < 2 and abs(lo - (p.longitude or 0)) < 2
            )
            s += min(near, 3) * 0.5
        ranked.append((p, s))
    ranked.sort(key=lambda t: (-t[1], -t[0].population))
    it.ranked = ranked
    it.best, it.score = ranked[0] if ranked else (None, 0.0)


def _near_fit(it: _Item, p: Place, gaz: Gazetteer) -> bool | None:
    """Whether ``p`` lies within _NEAR_KM of a town the text says ``it`` is near (None when
    the text names none of p's country)."""
    if not it.near or p.latitude is None:
        return None
    towns = [q for k in it.near for q in gaz.lookup(k) if q.country_code == p.country_code
             and q.latitude is not None and q.feature_code != "PCLI" and q is not p
             and q.source != "postal"]
    if not towns:
        return None
    return any(haversine_km(q.latitude, q.longitude or 0, p.latitude, p.longitude or 0) < _NEAR_KM
               for q in towns)


def _qual_places(it: _Item, gaz: Gazetteer, cc: str | None = None, main: str | None = None) -> list[Place]:
    """Readings of the places the text says ``it`` lies in: "(Y, Z)" and "in Y", "of Z"; with
    ``cc``, a qualifier spelt unlike any place is read by its close spellings in that country."""
    return [q for group in _qual_groups(it, gaz, cc, main) for q in group]


def _qual_groups(it: _Item, gaz: Gazetteer, cc: str | None = None, main: str | None = None) -> list[list[Place]]:
    """:func:`_qual_places`, one list of readings per qualifier."""
    if not it.quals and not it.chain:
        return []
    out = []
    keys = tuple(dict.fromkeys((*it.quals, *it.chain)))
    exact = {k: [q for q in gaz.lookup(k) if q.feature_code != "PCLI"] for k in keys}
    # spell-match only in a country some other qualifier is read in: a misspelt upazila beside
    # its district, not a search of every country a namesake candidate happens to lie in
    spell = cc is not None and (cc == main or any(q.country_code == cc for f in exact.values() for q in f))
    for k in keys:
        found = exact[k]
        sub_cc = it.sub_keys[k] or cc or main if k in it.sub_keys else None
        if sub_cc and not _gazetteer_knows(found, sub_cc):
            # "X village in Kochua upazila": the sub-district spelt closest, not a post office
            subs = _subdistrict_readings(k, sub_cc, gaz)
            if subs:
                found = subs + [q for q in found if q.source != "postal"]
        if spell and not any(q.country_code == cc for q in found) and not any(
            w in PLACE_WORDS for w in k.split()
        ):
            found.extend(q for q, _ in gaz.fuzzy(k, cc) if q.feature_class == "A" and q.feature_code != "PCLI")
            if not any(q.country_code == cc for q in found):
                found.extend(_sound_readings(k, cc, gaz, [*it.quals, *it.chain]))
        out.append(found)
    return out


def _inside(p: Place, q: Place, gaz: Gazetteer) -> int:
    """2 when area ``q`` is one of ``p``'s admin areas, 1 when ``q`` lies close to ``p``, else 0."""
    if q.country_code != p.country_code:
        return 0
    if q.feature_class == "A" and gaz.base_key(q.name) in (
        gaz.key(p.admin1 or ""), gaz.key(p.admin2 or ""), gaz.key(p.admin3 or "")
    ):
        return 2
    if q.feature_class != "A" and p.admin2 and gaz.base_key(p.admin2) == gaz.base_key(q.admin2 or ""):
        return 1  # "Rajshahi city (Boalia)": a town and its thana share the district
    district = q.name if q.feature_code == "ADM2" else q.admin2
    if p.admin2 and district and gaz.base_key(p.admin2) != gaz.base_key(district):
        return 0  # both districts are known and differ: a namesake next door, however close
    if q.latitude is None or p.latitude is None or "postal" in (p.source, q.source):
        return 0  # postal points can be far off: only their admin names tell
    reach = 60.0 if q.feature_code in ("ADM1", "ADM2") else 40.0
    if q.feature_code == "ADM1":
        return 0
    return int(haversine_km(q.latitude, q.longitude or 0, p.latitude, p.longitude or 0) < reach)


def _gazetteer_knows(readings, cc: str) -> bool:
    """Whether a gazetteer (not only a postal file) knows a place of ``cc`` among the
    readings (a town of an upazila's name is its seat; a post office may be anywhere)."""
    return any(p.country_code == cc and p.source != "postal" and p.feature_code != "PCLI"
               for p in readings)


def _subdistrict_readings(name: str, cc: str, gaz: Gazetteer) -> list[Place]:
    """The sub-districts (ADM3) of ``cc`` that a gazetteer knows, spelt ``name``, else spelt
    closely, else sounding alike ("Gozaria": Gajaria, "Morelganj": Morrelganj): what "X
    upazila" means when X is also, or only, the name of a post office."""
    def area(p: Place) -> bool:
        return p.country_code == cc and p.feature_code == "ADM3" and p.source != "postal"

    found = [p for p in gaz.lookup(name) if area(p)]
    if not found:
        found = [p for p, _ in gaz.fuzzy(name, cc) if area(p)]
    if not found:
        found = [p for p in gaz.sounds_like(name, cc) if area(p)]
    return found


def _add_subdistricts(it: _Item, ctx: _Context) -> None:
    """"Gazaria upazila" names a sub-district: when the words name only post offices in the
    country the kind word (or the report) says, the sub-districts spelt closest join the
    readings, where they outrank a post office of the very spelling."""
    if it.sub_named is None:
        return
    cc = it.sub_named or ctx.main
    if not cc or _gazetteer_knows(it.cands, cc):
        return
    extra = [p for p in _subdistrict_readings(it.text, cc, ctx.gaz) if not any(p is q for q in it.cands)]
    if extra:
        it.cands = (*it.cands, *extra)


def _outside_qualifiers(it: _Item, p: Place, gaz: Gazetteer, main: str | None = None) -> bool:
    """The text puts ``it`` inside places of p's country and p lies in none of them."""
    groups = _qual_groups(it, gaz, p.country_code, main)
    quals = [q for group in groups for q in group if q.country_code == p.country_code]
    if not quals:
        return False
    if not any(q is p or _inside(p, q, gaz) for q in quals):
        return True
    return False


def _postal_elsewhere(p: Place, ctx: _Context) -> bool:
    """``p`` is known only from a postal file and the report's other places of its country
    all lie in one other district ("Duttapara" of "Jessore Sadar upazila's Duttapara Bazar"
    is not the post office of that name in Lakshmipur)."""
    if p.source != "postal" or p.feature_code in ("ADM1", "ADM2"):
        return False
    districts = _drop_divisions({a for c, a in ctx.districts if c == p.country_code},
                                p.country_code or "", ctx.gaz, ctx.said_districts)
    return len(districts) == 1 and ctx.gaz.base_key(p.admin2 or "") not in districts


def _outside_named_districts(it: _Item, p: Place, ctx: _Context, fuzzy: bool = False) -> bool:
    """``p`` is a village or small town, and the districts and sub-districts the report names
    in its country (other words than ``it``) all lie in other districts: "Kashimnagar
    village, Jhenidah Sadar" is not the Kashimnagar of another district."""
    if (p.feature_class != "P" and p.feature_code != "ADM3") or not p.admin2 or (
        it.next in _AREA_CUES or it.in_paren or it.encloses or it.sub_named is not None
    ):
        return False  # "Chhatak upazila": an area the report names itself
    if p.population >= _ELSEWHERE_POP and not fuzzy:
        return False
    named = _drop_divisions({d for k, c, d in ctx.area_districts if c == p.country_code and k != it.key and d},
                            p.country_code or "", ctx.gaz, ctx.said_districts)
    # a district named like its division ("in Chittagong") may mean the division: no proof
    if not named or any(q.feature_code == "ADM1" and q.country_code == p.country_code
                        for d in named for q in ctx.gaz.lookup(d)):
        return False
    return ctx.gaz.base_key(p.admin2) not in named


def _drop_divisions(districts: set[str], cc: str, gaz: Gazetteer, said: set[str] = frozenset()) -> set[str]:
    """District keys without those that name the division another of them lies in: in
    "Bera upazila in Pabna (Rajshahi)" and "Sunamganj Sadar (Sylhet)", Rajshahi and Sylhet
    are divisions, not districts the place may lie in (unless the text calls them districts,
    ``said``: "Rajshahi District")."""
    if len(districts) < 2:
        return districts
    divisions = {d: {gaz.key(q.admin1 or q.name) for q in gaz.lookup(d)
                     if q.feature_code == "ADM1" and q.country_code == cc} for d in districts}
    if not any(divisions.values()):
        return districts
    held = {d: {gaz.key(q.admin1 or "") for q in gaz.lookup(d)
                if q.feature_code == "ADM2" and q.country_code == cc} for d in districts}
    return {d for d in districts if not divisions[d] or d in said or not any(
        divisions[d] & held[o] for o in districts if o != d)}


def _far_postal(it: _Item, p: Place, gaz: Gazetteer) -> bool:
    """``p`` is known only from a postal file and lies far from the point of the upazila or
    district the text puts it in: that area's point is the better guess."""
    if p.source != "postal" or p.feature_code in ("ADM1", "ADM2") or p.latitude is None:
        return False
    for q in _qual_places(it, gaz, p.country_code):
        if q.source == "postal" or q.feature_code not in ("ADM2", "ADM3") or (
            _inside(p, q, gaz) != 2 and not (q.feature_code == "ADM3" and _same_district(p, q, gaz))
        ):  # (a postal place's sub-district is unknown: one of its district the text names)
            continue
        seat = _seat(q, gaz)
        # an upazila seated at its own town is a close guess; a district (or an upazila that
        # has only its district's point) is large: a postal point may well lie 30 km off
        own = q.feature_code == "ADM3" and (seat.latitude, seat.longitude) != (q.latitude, q.longitude)
        reach = _POSTAL_QUAL_REACH if own else _POSTAL_QUAL_REACH * 1.6
        if seat.latitude is not None and (far := haversine_km(
                seat.latitude, seat.longitude or 0, p.latitude, p.longitude or 0)) > reach:
            if not own and not _nearer_elsewhere(p, q, far, gaz):
                continue  # a large district: no other district's point lies nearer
            return True
    return False


def _nearer_elsewhere(p: Place, q: Place, far: float, gaz: Gazetteer) -> bool:
    """Whether a point or seat of another district than ``q``'s lies nearer ``p`` than
    ``far`` km: a post office far from a small district's point is misplaced, one at the far
    end of a large district (Tump, 40 km from Kech's point) is not."""
    own = gaz.base_key(q.name if q.feature_code == "ADM2" else q.admin2 or "")
    here = [(la, lo) for k, la, lo in gaz.district_points(p.country_code or "") if k == own]
    if here:
        far = min(far, min(haversine_km(la, lo, p.latitude or 0, p.longitude or 0) for la, lo in here))
    return any(k != own and haversine_km(la, lo, p.latitude or 0, p.longitude or 0) < far
               for k, la, lo in gaz.district_points(p.country_code or ""))


def _consistent(items: list[_Item]) -> None:
    """The same words name the same place throughout a document: the best reading wins."""
    best: dict[tuple[str, bool], _Item] = {}
    for it in items:
        cur = best.get((it.key, it.in_paren))
        if cur is None or it.score > cur.score:
            best[(it.key, it.in_paren)] = it
    for it in items:
        b = best[(it.key, it.in_paren)]
        if b is not it and b.best is not None and it.best is not b.best:
            it.best, it.ranked = b.best, b.ranked


def _compact(name: str) -> str:
    return fastre.sub(r"[^a-z]", "", fold(name))


_ADMIN_PREFIX = fastre.compile(r"^(?:province|provincia|departamento|department|district|governorate|region) (?:of|de|del|du) ")
_DIRECTION_PREFIX = fastre.compile(r"^(?:north|south|east|west|northern|southern|eastern|western|upper|lower|central) ")


def _names_own_area(quals: list[str], p: Place) -> bool:
    """A qualifier spells the reading's own region or district ("Mbengwi (Momo, Northwest)": the
    North-West region of Cameroon), whatever namesakes it has elsewhere."""
    own = {_compact(a) for a in (p.admin1, p.admin2) if a}
    if any(_compact(q) in own for q in quals):
        return True
    # "Las Navas, Northern Samar": GeoNames' "Province of Northern Samar", read without its kind
    # and direction words ("samar"), but not as the town's own name ("Ambo (Ambo, West Shewa)"
    # is no proof of Peru's Provincia de Ambo)
    bare = {fold(a) for a in (p.admin1, p.admin2) if a}
    bare = {_compact(_ADMIN_PREFIX.sub("", a)) for a in bare} | {_compact(_DIRECTION_PREFIX.sub("", _ADMIN_PREFIX.sub("", a))) for a in bare}
    name = _compact(p.name)
    return any(_compact(q) in bare and _compact(q) != name for q in quals)


def _at_home(it: _Item, ctx: _Context) -> str | None:
    """When the best reading is a namesake abroad, the next best one in a country of the
    report, if the rules take it: a town at home beats a namesake abroad. None when taken."""
    best = it.best
    quals = _qual_places(it, ctx.gaz)
    for p, sc in it.ranked:
        if p is best or p.country_code not in ctx.countries or p.feature_code == "PCLI":
            continue
        if (p.country_code != ctx.main and p.country_code not in ctx.named) or (
            quals and not any(q.country_code == p.country_code for q in quals)
        ):
            break  # home is the report's main or named country, inside the areas it names
        it.best, it.score = p, sc
        if _refused(it, ctx) is None:
            it.ranked = [(p, sc)] + [t for t in it.ranked if t[0] is not p]
            return None
        break
    it.best = best
    return "unknown"


def _outside_city(city: str, p: Place, gaz: Gazetteer) -> bool:
    """Whether ``p`` lies away from the city ACLED's "City - Part" names (the largest town
    of that name in ``p``'s country); False when no such town is known."""
    towns = [q for q in gaz.lookup(city) if q.feature_class == "P" and q.latitude is not None
             and q.country_code == p.country_code and q.source != "postal"]
    if not towns or p.latitude is None:
        return False
    town = max(towns, key=lambda q: q.population)
    return haversine_km(town.latitude, town.longitude or 0, p.latitude, p.longitude or 0) > _CITY_KM


def _big_city_abroad(it: _Item, p: Place, ccs: set[str], gaz: Gazetteer) -> bool:
    """``p`` is a city of a million written by its own name of several words, and no place of
    that name lies in the countries ``ccs`` the qualifiers point to: "Quezon City (Metropolitan
    Manila, National Capital Region)" is no namesake of a place in Papua New Guinea, whose
    "National Capital" the qualifier's words also spell. (One word, "Basra village in Shahjadpur
    upazila", may well be a namesake.)"""
    return " " in it.text.strip() and p.population >= 1_000_000 and gaz.is_primary_name(it.text, p) and not any(
        q.country_code in ccs for q in it.cands)


def _refused(it: _Item, ctx: _Context) -> str | None:
    """Why a reading is not taken: "drop" (the words name no place: a building, a group, an
    organisation) or "unknown" (a namesake abroad or outside the areas the text puts it in:
    the words may still name an unindexed place), else None."""
    p = it.best
    assert p is not None
    if p.feature_code == "PCLI":
        return None
    town_inst = (
        it.inst and p.feature_class == "P" and p.population >= _PARTIAL_ABROAD
        and (ctx.main is None or p.country_code == ctx.main)
    )  # "Rajshahi University", "Barisal Polytechnic Institute": in that town
    if it.in_org and not _in_focus(p, ctx) and not town_inst and not (
        it.partial and p.feature_class == "P" and p.population >= 1_000_000
        and (ctx.main is None or p.country_code == ctx.main)
    ):  # "Kali Temple", "Red Crescent"; but "Baghdad Health Directorate" is in Baghdad, while
        # "Bangladesh Sanatan Kalyan Jote" is no Indian city
        return "drop"
    if it.prev in _DEITY_BEFORE:
        return "drop"
    if it.compound and p.feature_code != "PCLI" and p.population < 1_000_000:
        return "unknown"  # "Laxmipur-Belemath village": one village's name, not the district  # "the idol of goddess Kali" is not Cali, Colombia
    if it.city and _outside_city(it.city, p, ctx.gaz):
        return "unknown"  # "Dhaka - Mohammadpur": the quarter of Dhaka, not a namesake elsewhere
    if it.partial and not town_inst and (p.population < _PARTIAL_ABROAD or it.next in ARTICLES
                       or not ctx.gaz.is_primary_name(it.text, p)) and (
        not _in_focus(p, ctx) or p.country_code != ctx.main
    ) or (it.glued and p.country_code != ctx.main and not ctx.gaz.is_primary_name(it.text, p)):
        # "Makka al-Mukarama hotel": the first word of a longer Arabic name; "Algir Char
        # village" is not Algiers
        return "drop"  # "Green Zone", "Cristal Grand Ishtar Hotel": no town abroad
    if it.group_word and (not (p.country_code == ctx.main and p.population >= _SMALL_TOWN) and not (
        ctx.main is None and p.population >= 100_000
    ) or (" " in it.text and not ctx.gaz.is_primary_name(it.text, p))):
        # "Jagannath university", "Chakma community"; "the Quetta Press Club" is in Quetta;
        # a hotel called by a city's honorific name ("Makka al-Mukarama hotel") is no city
        return "drop"
    cue = _CUE_COUNTRY.get(it.next.lower())
    if cue is not None and p.country_code != cue:
        return "unknown"  # "Bera upazila" is not Bera, Malaysia
    if it.quals:
        qcc = {q.country_code for k in it.quals for q in ctx.gaz.lookup(k) if not (
            q.feature_class == "P" and q.population < _ALIAS_HAMLET and not ctx.gaz.is_primary_name(k, q))}
        if ctx.strong and ctx.main in qcc:
            qcc = {ctx.main}  # "Motijheel thana of Dhaka": the Dhaka of the report's country
        if qcc and p.country_code not in qcc and not _names_own_area(it.quals, p) and not _big_city_abroad(it, p, qcc, ctx.gaz):
            return "unknown"
    if it.chain and p.population < 1_000_000:
        # "the Manoharpur border in Chapainawabganj": the areas the text puts a village in
        # settle its country (a big city is rarely the village the words mean)
        ccc = {q.country_code for k in it.chain for q in ctx.gaz.lookup(k)
               if q.feature_class == "A" and q.source != "postal"}
        if ccc and p.country_code not in ccc:
            return "unknown"
    if _outside_qualifiers(it, p, ctx.gaz, ctx.main) or _far_postal(it, p, ctx.gaz) or _postal_elsewhere(p, ctx):
        return "unknown"
    if p.country_code == ctx.main and _outside_named_districts(it, p, ctx):
        it.elsewhere = True
        return "unknown"
    if _near_fit(it, p, ctx.gaz) is False and p.population < 1_000_000:
        return "unknown"  # "al-Refai ..., south of Baghdad": not Ar Rifā‘ī 300 km away
    if p.country_code != ctx.main and _alias_abroad(it, ctx.own_ccs, ctx.gaz, ctx.named, p):
        return "unknown"
    others = [q for k, _la, _lo, q in ctx.inside if k != it.key]
    if (
        p.feature_class == "P" and p.population < _PARTIAL_ABROAD
        and p.country_code not in ctx.named
        and not any(q.country_code == p.country_code for q in others)
        and any(q.population >= 1_000_000 and q.country_code != p.country_code for q in others)
    ):
        return "unknown"  # "al-Darwa district in southern Baghdad": not Ad Darwa, Morocco
    if ctx.main is not None and p.country_code != ctx.main and any(
        q.country_code == ctx.main for q in _qual_places(it, ctx.gaz)
    ) and not _big_city_abroad(it, p, {ctx.main}, ctx.gaz):
        return "unknown"  # "the Bihar union of Shibganj upazila (Bogra)"
    # a town of several words and some size ("Dera Ismail Khan") is no accidental namesake: a
    # report (or a digest of reports) may well be about it though it is abroad
    distinctive = " " in it.text.strip() and p.population >= 50_000 and p.source != "postal"
    if ctx.strong and p.country_code not in ctx.countries and not distinctive:
        if p.population < (_OWN_NAME_TOWN if ctx.weak_only else 1_000_000):
            return "unknown"
        if ctx.weak_only and not ctx.gaz.is_primary_name(it.text, p):
            return "unknown"
    # only actors' homes are known ("Russian soldiers ... Syrian army soldiers"): each of the
    # strongest is as likely as the first
    tied = ctx.weak_only and ctx.countries.get(p.country_code or "", 0.0) >= 1.0
    if ctx.main is not None and ctx.main_weight >= 1.0 and p.country_code != ctx.main and not tied and not distinctive and (
        p.feature_class == "P" or p.feature_code in ("ADM3", "ADM4")
    ):
        # a second country the document names holds its towns, not its hamlets; one only
        # guessed from names holds neither
        limit = _SMALL_TOWN if p.country_code in ctx.named else 1_000_000
        if ctx.weak_only:  # only the home of some actors is known ("US forces")
            limit = _OWN_NAME_TOWN if ctx.gaz.is_primary_name(it.text, p) else 1_000_000
        if p.population < limit or p.source == "postal":
            return "unknown"
        if (ctx.main in ctx.named and p.country_code not in ctx.named
                and not ctx.gaz.is_primary_name(it.text, p)):
            return "unknown"  # "Puná island in Guayas province, Ecuador" is not Pune (also "Puna")
    if it.sent_start and not it.dateline and it.end - it.start < 12 and " " not in it.text:
        if not _in_focus(p, ctx) and p.population < 100_000:
            return "unknown"
        if p.country_code != ctx.main and not ctx.gaz.is_primary_name(it.text, p):
            return "unknown"  # "Part of ...", "Twin bombings": a word, not Perth or Thuin
    if p.population == 0 and p.feature_class == "P" and not _in_focus(p, ctx):
        return "unknown"
    if p.feature_class == "P" and p.population < _ALIAS_HAMLET and not _in_focus(p, ctx) and not (
        ctx.gaz.is_primary_name(it.text, p)
    ):
        return "unknown"  # "south Kashmir" is not Cashmere, Washington, by a name it is also known by
    return None


# ----------------------------------------------------------------------------- output
def _precision(it: _Item, p: Place) -> int:
    if it.town_word and (p.feature_code == "ADM3" or p.feature_class == "P"):
        return 1  # "Lalpur upazila town": the town itself
    if p.feature_code == "ADM3":
        return 2
    if p.feature_class == "A":
        return 3
    if it.prev in NEAR_WORDS or it.next in AREA_AFTER or it.next in _SUBDISTRICT_AFTER:
        return 2  # "near X", "X area", "X upazila": somewhere around the town
    return 1


def _role(it: _Item, p: Place, ctx: _Context, qualifiers: set[str]) -> str:
    if p.feature_code == "PCLI":
        return "country"
    if it.in_paren or it.road_end or it.encloses or (it.city_head and p.feature_class == "P") or it.next in _UNIT_NAME_WORDS:
        return "context"
    if it.topic and not it.town_word or it.destination:
        return "context"  # what a protest is about (where someone fled to); where, only when nothing else is named
    if p.feature_class == "P" and (it.in_org or it.group_word or it.next in _BRANCH_WORDS) and not it.thana:
        # "the Faridpur branch of the party", "died at Dhaka Medical College Hospital": an
        # institution's name; where it happened only when nothing else is named ("Mirpur
        # police station" is a place, the thana)
        return "context"
    if p.feature_class == "A" and p.feature_code != "ADM3":
        if it.prev == "of":
            return "context"
        a1, a2 = ctx.gaz.key(p.admin1 or p.name), ctx.gaz.base_key(p.name)
        level2 = p.feature_code == "ADM2"
        for k, _la, _lo, q in ctx.inside:
            if k != it.key and q.country_code == p.country_code and (
                ctx.gaz.key(q.admin2 or "") == a2 if level2 else ctx.gaz.key(q.admin1 or "") == a1
            ):
                return "context"
    return "location"


def _mention(it: _Item, ctx: _Context, qualifiers: set[str]) -> PlaceMention:
    p = it.best
    assert p is not None
    top = it.ranked[0][1] if it.ranked else 1.0
    cands = tuple(
        Candidate(q, round(s / top, 3) if top > 0 else 0.0) for q, s in it.ranked[1:6]
    )
    role = _role(it, p, ctx, qualifiers)
    flags = it.flags
    if len(it.ranked) > 1 and it.ranked[1][1] >= it.ranked[0][1] - 0.3 and (
        it.ranked[1][0].country_code != p.country_code or it.ranked[1][0].admin1 != p.admin1
    ):
        flags = (*flags, "ambiguous")
    if it.next in _UNIT_NAME_WORDS:
        flags = (*flags, "group_name")
    return PlaceMention(
        span=Span(it.start, it.end), text=it.text, place=_seat(p, ctx.gaz),
        geo_precision=_precision(it, p), role=role, area=None, candidates=cands, flags=flags,
    )


_PAREN_AFTER = fastre.compile(r"\s*\(")


def _unknowns(
    unknown: list[_Item], resolved_lists: set[int], ctx: _Context, gaz: Gazetteer, text: str
) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    main = ctx.main if ctx.strong else None
    kept_keys: dict[str, PlaceMention] = {}
    # "Mirpur town (coded to Dhaka - Mirpur)": a name the text places inside a city is that
    # city's quarter wherever it is written, never a namesake elsewhere
    in_city = {it.key for it in unknown if it.city}
    # the names other unknown places are said to lie in go first: "Brahmagasha of Raiganj
    # upazila" needs the reading of Raiganj (a close spelling of Raigonj) to place Brahmagasha
    quals = {k for it in unknown for k in (*it.quals, *it.chain)}
    # the country of the places that name an unknown one as their area: "Kalikapur village in
    # Jhenidah district" placed in a country settles where Jhenidah is spelt
    placed: dict[str, str] = {}
    deferred: list[_Item] = []
    order = sorted(unknown, key=lambda t: (t.key not in in_city or not t.city, t.key not in quals, t.start))
    for it in _then(order, deferred):
        placey = (
            (it.list_id >= 0 and it.list_id in resolved_lists)
            or (it.next in PLACE_WORDS and (it.next_lower or it.next in _CAPITAL_PLACE_WORDS))
            or (it.prev in ("in", "at", "near", "from") and bool(it.quals or it.chain))
            # "residents of Basima (Washuk, Balochistan)": a bracket of areas after it
            or (it.prev == "of" and bool(it.quals) and _PAREN_AFTER.match(text, it.end) is not None)
            or bool(it.near and it.prev in ("in", "at", "of", "near"))
            or bool(it.city)
            or (it.named_as_place and (ctx.main in ctx.place_ccs or bool(it.quals or it.near)))
            or (it.named_as_place and ctx.main is not None and _said_of(text, it) == ctx.main)
            # "in the village of Gumsuri" in a report whose country a name or a group settles
            or (it.named_as_place and main is not None and not ctx.weak_only
                and (main in ctx.named or main in ctx.hinted))
            or bool(_APPOS_IN.match(text, it.end))
        )
        if it.key in kept_keys:
            prev = kept_keys[it.key]
            out.append(
                PlaceMention(
                    span=Span(it.start, it.end), text=it.text, place=prev.place,
                    geo_precision=prev.geo_precision, role=prev.role, area=prev.area,
                    candidates=prev.candidates, flags=prev.flags,
                )
            )
            continue
        # "were injured in Jalawla": a spelling of a town of the report's country, or nothing
        spelled = not placey and it.prev == "in" and not it.sent_start and not it.in_paren and (
            (ctx.main in ctx.named or ctx.main in ctx.hinted) and not ctx.weak_only
            and " " not in it.key and not it.in_org)
        # "stormed a police station in Talafar", "in the village of Teeba" with no country known:
        # the place as written, unplaced
        bare = main is None and not ctx.place_ccs and (it.prev in ("in", "at") or it.named_as_place) and not it.sent_start and (
            not it.in_paren and not it.in_org and len(it.key) >= 4)
        if not (placey or spelled or bare) or len(it.key) < 3 or it.next in ORG_WORDS or any(
            w in ORG_WORDS for w in it.key.split()
        ):
            continue
        # "Kanaighat upazila": the kind word says the country, whatever the report's others say
        cc = _CUE_COUNTRY.get(it.next.lower()) or _resolved_country(it, ctx) or _qualified_country(
            it, gaz, ctx.main) or main or (ctx.main if it.elsewhere else None) or placed.get(it.key)
        if cc is None and it.key in quals and it not in deferred:
            deferred.append(it)
            continue
        if cc is None and (it.named_as_place or _APPOS_IN.match(text, it.end)) and len(ctx.place_ccs) == 1:
            cc = next(iter(ctx.place_ccs))  # "the Baghdad suburb of X", "X, a village in Paktika"
        if cc is None and it not in deferred and any(d.key in (*it.quals, *it.chain) for d in deferred):
            deferred.append(it)  # after the areas it is said to lie in
            continue
        if cc is None and (placey or bare) and not ctx.place_ccs and not it.in_org:
            # "clashed in Panchgarh district" with no country named: a district or sub-district
            # spelt by ear, when all its close spellings lie in one country
            # ("X village under Y sub-district": the country Y was so read in)
            read = [ctx.resolved[k] for k in (*it.quals, *it.chain) if k in ctx.resolved]
            ccs = {p.country_code for p in read} or {
                p.country_code for k in (it.text, *it.quals, *it.chain) for p in gaz.admin_spellings(k)}
            if len(ccs) == 1:
                cc = ccs.pop()
        if cc is None:
            if (placey or bare) and not ctx.place_ccs:
                m = PlaceMention(span=Span(it.start, it.end), text=it.text, place=None, geo_precision=3,
                                 role="location", area=None, flags=("not_in_gazetteer",))
                kept_keys[it.key] = m
                out.append(m)
            continue
        m = None if it.key in in_city else _fuzzy(it, [cc], ctx, gaz)
        if m is not None and m.place is not None and m.place.source != "postal":
            ctx.resolved.setdefault(it.key, m.place)
        if m is None and spelled and ctx.below_country:
            continue  # a place of the report is known: the words are more likely no place
        if m is None:
            area = _area_for(it, ctx, gaz, cc)
            fine = area is not None and area.feature_code not in ("ADM1", "ADM2", "PCLI")
            m = PlaceMention(
                span=Span(it.start, it.end), text=it.text, place=None,
                geo_precision=2 if fine else 3, role="location", area=area,
                flags=("not_in_gazetteer",),
            )
        kept_keys[it.key] = m
        out.append(m)
        where = m.place or m.area
        if where is not None and where.country_code and where.feature_code != "PCLI":
            for k in (*it.quals, *it.chain):
                placed.setdefault(k, where.country_code)
    return out


def _then(first: list[_Item], later: list[_Item]):
    """The items of ``first``, then those appended to ``later`` meanwhile."""
    yield from first
    i = 0
    while i < len(later):
        yield later[i]
        i += 1


def _fuzzy(it: _Item, focus: list[str], ctx: _Context, gaz: Gazetteer) -> PlaceMention | None:
    found: list[tuple[Place, float]] = []
    for cc in focus:
        found.extend(gaz.fuzzy(it.text, cc))
    if it.sub_named is not None and not any(p.source != "postal" for p, _ in found):
        # "Gozaria upazila": a sub-district spelt by ear, before a post office spelt closely
        areas = [(p, 0.0) for cc in focus for p in _sound_readings(
            it.text, cc, gaz, [*it.quals, *it.chain], ctx.admin2) if p.feature_code == "ADM3"]
        found = areas or found
    if not found and (it.in_paren or it.next.lower() in _SUBDISTRICT_AFTER or _ADMIN_KIND.get(it.next)):
        # "Ashashuni upazila (Satkhira)": an area of the country spelt by ear, in a district
        # the text names
        found = [(p, 0.0) for cc in focus for p in _sound_readings(
            it.text, cc, gaz, [*it.quals, *it.chain], ctx.admin2)]
    if not found:
        return None
    it.cands = tuple(p for p, _ in found if not _outside_qualifiers(it, p, gaz, ctx.main)
                     and not _far_postal(it, p, gaz) and not _postal_elsewhere(p, ctx)
                     and not _outside_named_districts(it, p, ctx, fuzzy=True)
                     and _near_fit(it, p, gaz) is not False)
    if not it.cands:
        return None
    _rank(it, ctx)
    if it.best is None:
        return None
    p = it.best
    top = it.ranked[0][1] or 1.0
    return PlaceMention(
        span=Span(it.start, it.end), text=it.text, place=p, geo_precision=_precision(it, p),
        role="location", candidates=tuple(Candidate(q, round(s / top, 3)) for q, s in it.ranked[1:6]),
        flags=("fuzzy_match",),
    )


def _resolved_country(it: _Item, ctx: _Context) -> str | None:
    """The country where the report's words resolve the places the unknown one is said to lie
    in: the main country when one of them lies there, else their one country ("shot at X
    border under Dhamairhat upazila by the BSF of India": Dhamairhat is read in Bangladesh,
    so X lies there whatever country the report names most)."""
    ccs = {p.country_code for k in (*it.quals, *it.chain)
           if (p := ctx.resolved.get(k)) is not None and p.country_code}
    if ctx.main is not None and ctx.main in ccs:
        return ctx.main
    return ccs.pop() if len(ccs) == 1 else None


def _qualified_country(it: _Item, gaz: Gazetteer, main: str | None) -> str | None:
    """The country of the areas a "(District, Province)" qualifier names, when one (a hamlet
    known only to a postal file abroad proves nothing)."""
    if it.city:  # "(coded as Dhaka - Gulshan)": the country of that city
        ccs = {p.country_code for p in gaz.lookup(it.city)
               if p.feature_class == "P" and p.population >= 100_000}
        if len(ccs) == 1:
            return ccs.pop()
    keys = [*it.quals, *it.chain] or it.near
    readings = [p for q in keys for p in gaz.lookup(q)]
    if main is not None and any(p.country_code == main and p.source != "postal" for p in readings):
        return main  # "Koitala village in Bera upazila": the Bera of the report's country
    ccs = {p.country_code for p in readings if p.feature_class == "A" and p.source != "postal"} or {
        p.country_code for p in readings if p.feature_class == "A"}  # a postal file's areas are coarse
    if not ccs:
        ccs = {p.country_code for q in keys for p in gaz.lookup(q)
               if p.population > 0 and p.source != "postal"}
        if main is not None and main not in ccs:
            return None  # a town abroad named like the qualifier does not move the place
    if main in ccs:
        return main
    return ccs.pop() if len(ccs) == 1 else None


def _area_for(it: _Item, ctx: _Context, gaz: Gazetteer, cc: str) -> Place | None:
    """The smallest area the document proves the unknown place lies in: a qualifier that
    names a sub-district or town ("(Singra, Natore)", "(coded to Dhaka - Shahbagh)"), else a
    district or province the qualifiers or the document name, else the country."""
    if it.city:  # "Dhaka - Shahbagh": somewhere in the city
        towns = [p for p in gaz.lookup(it.city) if p.country_code == cc and p.feature_class == "P"
                 and p.latitude is not None]
        if towns:
            return max(towns, key=lambda p: (p.source != "postal", p.population))
    keys = [*it.quals, *it.chain] or it.near
    if keys:
        per_key = []
        pk_keys: list[str] = []
        for q in keys:
            readings = _readings(q, cc, gaz, keys, ctx.admin2, it.sub_keys)
            here = ctx.resolved.get(q)
            if here is not None and here.country_code == cc:
                # the reading the report gives the name elsewhere ("(Shibganj, Nawabganj)":
                # the Nawabganj the rest of the note settles), or an area of its district
                readings = [p for p in readings if p is here or _same_district(p, here, gaz)] or [here]
            if readings:
                per_key.append(readings)
                pk_keys.append(q)
        while per_key:
            # the finest qualifier that lies in the coarsest one ("Y union of Z upazila"); the
            # coarsest one's towns count too ("Shibganj upazila, Nawabganj": the district town)
            anchor_all = per_key[-1]
            anchor = [p for p in anchor_all if p.feature_class == "A"] or anchor_all
            if it.district_last and any(p.feature_code == "ADM2" for p in anchor):
                anchor = [p for p in anchor if p.feature_code == "ADM2"]  # "(Sadar upazila, Sherpur)"
            for readings in per_key:
                if readings is anchor_all and len(per_key) > 1 and any(
                        p.feature_code == "ADM1" and p.country_code == cc
                        for p in gaz.lookup(pk_keys[len(per_key) - 1])) and any(
                        p.feature_code == "ADM2" for p in per_key[-2]):
                    # a district that does not lie in the province named after it: the
                    # province is the slip ("Rupganj upazila (Narayanganj, Rajshahi)")
                    break
                if readings is anchor_all:
                    fits = anchor
                else:
                    areas = [p for p in readings if p.feature_class == "A"] or readings
                    fits = [p for p in areas if any(_inside(p, a, gaz) for a in anchor_all)]
                if fits:
                    rank = {"ADM3": 0, "ADM2": 2, "ADM1": 3}
                    best = min(fits, key=lambda p: (
                        rank.get(p.feature_code or "", 1), -p.population, p.source == "postal"))
                    return _seat(best, gaz)
            per_key = per_key[:-1]
    a2 = sorted({a for k, c, a in ctx.area_districts if c == cc and k != it.key and a})
    if len(a2) == 1:
        a1 = [a for c, a in ctx.admin1 if c == cc]
        for p in gaz.lookup(a2[0]):
            if p.country_code == cc and p.feature_code == "ADM2" and (
                not a1 or gaz.key(p.admin1 or "") in a1
            ):
                return _seat(p, gaz)
    a1 = [a for c, a in ctx.admin1 if c == cc]
    if len(a1) == 1:
        area = gaz.area(cc, a1[0])
        if area is not None:
            return _seat(area, gaz)
    return gaz.country(cc)


def _same_district(p: Place, q: Place, gaz: Gazetteer) -> bool:
    """Both places lie in one district (an ``ADM2`` is its own district)."""
    a = p.name if p.feature_code == "ADM2" else p.admin2
    b = q.name if q.feature_code == "ADM2" else q.admin2
    return bool(a and b) and p.country_code == q.country_code and gaz.base_key(a) == gaz.base_key(b)


def _sound_readings(key: str, cc: str, gaz: Gazetteer, others: list[str],
                    admin2: set[tuple[str, str]] | None = None) -> list[Place]:
    """The districts and upazilas of ``cc`` whose names sound like ``key`` ("Baufal":
    Bauphal), unless the other qualifiers name areas of ``cc`` none of which holds them
    ("Balchhari union of Matiranga upazila" is not Belaichari of another district), or the
    document (``admin2``) names only other districts."""
    areas = [q for k in others if k != key for q in gaz.lookup(k)
             if q.country_code == cc and q.feature_class == "A"]
    districts = {a for c, a in admin2 or () if c == cc}
    found = []
    for p in gaz.sounds_like(key, cc):
        if areas and not any(q is p or _inside(p, q, gaz) == 2 for q in areas):
            continue
        if not areas and districts and gaz.base_key(p.admin2 or "") not in districts:
            continue
        found.append(p)
    return found


def _readings(key: str, cc: str, gaz: Gazetteer, others: list[str] | None = None,
              admin2: set[tuple[str, str]] | None = None,
              sub_keys: Mapping[str, str] | None = None) -> list[Place]:
    """A qualifier's readings in one country, areas first ("(Sylhet)" means the district); a
    close spelling when none is spelt so ("Bianibazar upazila": Beanibazar), or a spelling by
    ear inside another qualifier ("Ashashuni upazila, Satkhira"); for a name the text writes
    as a sub-district, the sub-district spelt closest before a post office of its spelling."""
    readings = [p for p in gaz.lookup(key) if p.country_code == cc and p.feature_code != "PCLI"]
    if sub_keys and key in sub_keys and not _gazetteer_knows(readings, cc):
        subs = _subdistrict_readings(key, cc, gaz)
        if subs:
            readings = subs + [p for p in readings if p.source != "postal"]
    if not readings and not any(w in PLACE_WORDS for w in key.split()):
        readings = [p for p, _ in gaz.fuzzy(key, cc)] or _sound_readings(
            key, cc, gaz, others or [], admin2)
    if any(p.feature_class == "A" for p in readings):
        readings = [p for p in readings if p.feature_class == "A"]
    return readings


def _seat(area: Place, gaz: Gazetteer) -> Place:
    """A district or province placed at its namesake seat town ("Bhola" at the town of Bhola,
    where coders put district-level events) instead of the mean of its places."""
    if area.feature_code == "ADM3" or (area.feature_class == "P" and _SADAR.search(area.name)):
        return _sub_seat(area, gaz)
    if area.feature_code not in ("ADM1", "ADM2"):
        return area
    key = gaz.base_key(area.name)
    towns = [
        p for p in gaz.lookup(area.name if key == gaz.key(area.name) else key)
        if p.feature_class == "P" and p.country_code == area.country_code
        and p.latitude is not None and gaz.key(p.admin1 or "") == gaz.key(area.admin1 or "")
        and (area.feature_code == "ADM1" or gaz.base_key(p.admin2 or "") == gaz.base_key(area.admin2 or area.name))
        and p.source != "postal"
    ]
    if not towns:
        # "Kech": the district's seat is a town of another name (GeoNames' PPLA2, Turbat)
        at = gaz.district_seat(area.country_code or "", area.name) if area.feature_code == "ADM2" else None
        return replace(area, latitude=at[0], longitude=at[1]) if at else area
    seat = max(towns, key=lambda p: p.population)
    return replace(area, latitude=seat.latitude, longitude=seat.longitude)


def _sub_seat(area: Place, gaz: Gazetteer) -> Place:
    """A sub-district (an upazila) at the town of its name in its district, where coders put
    upazila-level events; a postal file's sub-district point is the mean of its post offices,
    often far from the seat."""
    names = [area.name, *(_SADAR.sub("", area.name) for _ in [0] if _SADAR.search(area.name))]
    def in_district(p: Place) -> bool:
        return (p.feature_class == "P" and p.country_code == area.country_code and p.latitude is not None
                and gaz.base_key(p.admin2 or "") == gaz.base_key(area.admin2 or ""))

    towns = [p for n in names for p in gaz.lookup(n) if in_district(p)]
    if not towns and area.country_code:
        # "Ukhiya" upazila at the town a loaded file spells "Ukhia", in the same district
        towns = [p for n in names[-1:] for p, _ in gaz.fuzzy(n, area.country_code) if in_district(p)]
    if area.source != "postal" and area.latitude is not None:
        # a postal file's point far from the district's own point is a misplaced post office;
        # an upazila placed at its boundary's centre (bd-admin) is better than any post office
        reach = _POSTAL_REACH if area.source != "bd-admin" else 0.0
        towns = [p for p in towns if p.source != "postal" or haversine_km(
            area.latitude, area.longitude or 0, p.latitude or 0, p.longitude or 0) <= reach]
    if not towns:
        return area
    seat = max(towns, key=lambda p: (p.source != "postal", not _SADAR.search(p.name), p.population))
    return replace(area, latitude=seat.latitude, longitude=seat.longitude)


# ----------------------------------------------------------------------------- spelling
def written_name(words: str, place: Place, gaz: Gazetteer) -> str | None:
    """The report's spelling of ``place`` when ``words`` are one of the names the index holds
    for it ("Lashkargah" for Lashkar Gāh, "Makhmour" for Makhmūr District, "Ghor" of "Ghor
    Province"): the name as the report's readers know it. None when the words are no indexed
    name of that place (a close spelling matched by fuzzy search, "the capital"), or are
    written in capitals only (a dateline). A name spaced or hyphenated otherwise than the
    gazetteer's ("Balad Ruz" for Baladrūz) is the same name."""
    words = words.strip()
    if not words or words.isupper() or not words[:1].isupper():
        return None
    if any(w.islower() and fold(w) in PLACE_WORDS for w in words.split()[1:]):
        return None  # "Cox's bazar": the index's "Cox's Bazar"
    base = admin_base(words)
    for form in dict.fromkeys((words, base)):
        if any(_same_place(p, place) for p in gaz.lookup(form)):
            return base
    if gaz.key(base).replace(" ", "") == gaz.base_key(place.name).replace(" ", ""):
        return base  # the same letters, spaced otherwise ("Balad Ruz" for Baladrūz)
    if place.feature_code == "ADM1" and _close_spelling(gaz.key(base), gaz.base_key(place.name)):
        return base  # a province spelt with another vowel ("Uruzgan" for Oruzgan)
    return None


def _same_place(a: Place, b: Place) -> bool:
    if a.geonameid is not None or b.geonameid is not None:
        return a.geonameid == b.geonameid
    return (a.name, a.feature_code, a.country_code) == (b.name, b.feature_code, b.country_code)


# ----------------------------------------------------------------------------- nationalities
_DEMONYM_WORD = fastre.compile(
    r"(?<![A-Za-z'’-])(" + "|".join(_longest_first(re.escape(k.title()) for k in DEMONYMS))
    + r")(?![A-Za-z'’-])"
)


# Soldiers and police after a nationality ("Iraqi forces"): weaker evidence of where than
# people or things described by it. (Not ``_FORCE_AFTER``, whose forces: any actor noun.)
_TROOPS_AFTER = fastre.compile(r"\s+(?:soldiers?|troops|forces?|military|army|police|policemen|"
                           r"officers|personnel|servicemen)\b")


def _hyphen_paired(text: str, start: int, end: int) -> bool:
    """The word is joined by a hyphen to another word ("Pak-Afghan", "Afghan-Iran")."""
    return (start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha()) or (
        text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha()
    )


def nationalities(text: str) -> tuple[Counter[str], Counter[str]]:
    """Countries (ISO alpha-2) of the nationality adjectives of a report, as evidence of where
    it happened for a report that names no place: those that describe people or things there
    ("a Nigerian lawmaker", "a restive Pakistani tribal area"), then, weaker, those of soldiers
    and police ("Iraqi forces"). Adjectives before arms ("US drones") or before premises and
    people abroad ("the Egyptian embassy", "near the Afghan border") are not counted, nor are
    hyphened pairs ("the Pak-Afghan highway")."""
    plain: Counter[str] = Counter()
    forces: Counter[str] = Counter()
    for m in _DEMONYM_WORD.finditer(text):
        cc = DEMONYMS[m.group(1).lower()]
        if _ABROAD_AFTER.match(text, m.end()):
            continue
        if _TROOPS_AFTER.match(text, m.end()):
            forces[cc] += 1
        elif not _ACTOR_AFTER.match(text, m.end()):
            plain[cc] += 1
    return plain, forces


def names_whose(text: str, end: int) -> bool:
    """Whether a country named just before ``end`` says whose people, arms or premises these
    are ("US drones", "the US embassy"), not where something happened."""
    return bool(_ACTOR_AFTER.match(text, end) or _ABROAD_AFTER.match(text, end))


_SAID_OF = fastre.compile(
    r"\b([A-Z][a-z]+)\s+(?:[a-z-]+\s+){0,2}(?:village|town|city|township|suburb|district|province|area|"
    r"region|neighbourhood|neighborhood)\s+of\s+(?:the\s+)?\Z"
)


def _said_of(text: str, it: _Item) -> str | None:
    """The country (ISO alpha-2) whose nationality adjective qualifies the words "... of X"
    that introduce ``it`` ("the northern Iraqi city of X", "the remote Afghan province of X")."""
    m = _SAID_OF.search(text, max(0, it.start - 60), it.start)
    return DEMONYMS.get(m.group(1).lower()) if m else None


# "X, a village in Y", "X, located in Y province": Y is where X lies, not a second place
_APPOS_IN = fastre.compile(
    r"\s*,\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:village|town|city|suburb|district|hamlet|area|locality|"
    r"township|neighbourhood|neighborhood)\s+|(?:which\s+is\s+|that\s+is\s+)?(?:located|situated|lying)\s+)"
    r"(?:in|of)\s+(?:the\s+)?"
)


def _appositive_context(out: list[PlaceMention], text: str) -> list[PlaceMention]:
    """The area an appositive after a place names ("Jumuma, a village in Paktika Province") is
    that place's context."""
    for i, m in enumerate(out[:-1]):
        a = _APPOS_IN.match(text, m.span.end)
        if a is None:
            continue
        for j in range(i + 1, len(out)):
            q = out[j]
            if q.span.start == a.end() and q.role == "location":
                out[j] = replace(q, role="context")
                break
    return out
