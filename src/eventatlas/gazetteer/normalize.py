"""Name keys and naming conventions shared by the gazetteer and the places stage.

``fold`` turns a written name into the key the index stores: accents removed, case folded,
apostrophes dropped, other punctuation turned into single spaces. ACLED writes some country
names differently from GeoNames; :data:`ACLED_COUNTRY_NAMES` holds those differences.
"""

from __future__ import annotations

import re
from .. import fastre
import unicodedata
from types import MappingProxyType

_APOS = fastre.compile(r"[’'`ʼʻ‘]")
_NON_ALNUM = fastre.compile(r"[^0-9a-z]+")


def fold(name: str) -> str:
    """Index key of a name: ``"Khārān District"`` -> ``"kharan district"``."""
    if name.isascii():
        s = name.casefold()
    else:
        s = unicodedata.normalize("NFKD", name)
        s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
        s = s.replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("đ", "d")
        s = s.replace("ł", "l").replace("æ", "ae").replace("œ", "oe").replace("ħ", "h")
    s = _APOS.sub("", s)
    return _NON_ALNUM.sub(" ", s).strip()


def is_latin(name: str) -> bool:
    """True when every letter of ``name`` is Latin script (so it can match English text)."""
    for c in name:
        o = ord(c)
        if o < 0x250 or 0x1E00 <= o <= 0x1EFF or c in "’ʼʻ‘":
            continue
        return False
    return True


# Words that name a kind of administrative area, after the name ("Kech District").
ADMIN_WORDS = frozenset(
    {
        "district", "division", "province", "governorate", "region", "state", "county",
        "upazila", "upazilla", "thana", "tehsil", "tahsil", "zila", "zilla", "parish",
        "prefecture", "municipality", "department", "oblast", "agency", "territory",
    }
)
_ADMIN_SUFFIX = fastre.compile(
    r"\s+(district|division|zila|zilla|governorate|province)$", re.IGNORECASE
)
# Kind words that GeoNames writes after first-level names in some countries ("Borno State",
# "Mandera County", "Tillabéri Region", "Cauca Department") but that news and ACLED leave out
# ("Borno", "Mandera", "South Waziristan", "Cross River"). Dropped only when what is left
# is more than common words ("Free State", "Central Region", "Rivers State", "Unity State"
# keep their kind word).
_ADMIN_SUFFIX_2 = fastre.compile(
    r"\s+(?:regional\s+)?(state|region|county|department|prefecture|oblast|agency)$", re.IGNORECASE
)
_GENERIC_BASES = frozenset(
    """
free central northern southern eastern western north south east west upper lower middle
capital coast coastal lakes rivers river plateau highlands lowlands islands island mountain
mountains valley unity national federal greater new old great
""".split()
)


def admin_base(name: str) -> str:
    """An area name without its kind word: ``"Quetta District"`` -> ``"Quetta"``,
    ``"Borno State"`` -> ``"Borno"``; ``"Free State"`` stays whole."""
    name = name.strip()
    base = _ADMIN_SUFFIX.sub("", name)
    if base == name:
        m = _ADMIN_SUFFIX_2.search(name)
        if m is not None:
            rest = name[: m.start()]
            words = fold(rest).split()
            if len(rest) >= 3 and words and not all(w in _GENERIC_BASES for w in words):
                base = rest
    return base or name


def acled_admin(name: str, country_code: str | None = None) -> str:
    """An admin name as ACLED writes it: no kind word, no diacritics (``"Chāgai District"``
    -> ``"Chagai"``), the established English name of a renamed area (``"Cumilla"`` ->
    ``"Comilla"``), and the spelling ACLED uses in ``country_code`` where GeoNames spells a
    district otherwise (``"Qila Abdullah"`` in PK -> ``"Killa Abdullah"``)."""
    base = admin_base(name)
    if not base.isascii():
        s = unicodedata.normalize("NFKD", base)
        base = "".join(c for c in s if not unicodedata.combining(c))
    key = fold(base)
    local = ACLED_ADMIN_SPELLINGS.get(country_code or "", {}).get(key)
    return local or ESTABLISHED_NAMES.get(key, base)


# Official renamings and common spellings of Bangladeshi district and division names (the
# 2018 spellings, and the forms newspapers and postal files use) -> the established English
# name, which ACLED and GeoNames' code tables mostly keep. Hand-written from the renaming
# decisions; both spellings are looked up (``NAME_VARIANTS``).
ESTABLISHED_NAMES = MappingProxyType(
    {
        "chattogram": "Chittagong", "bogura": "Bogra", "cumilla": "Comilla",
        "jashore": "Jessore", "barishal": "Barisal", "jhenidah": "Jhenaidah",
        "jhenaida": "Jhenaidah", "kustia": "Kushtia", "netrokona": "Netrakona",
        "moulvibazar": "Maulvibazar", "narshingdi": "Narsingdi", "jhalakathi": "Jhalokati",
        "jhalakati": "Jhalokati", "chapainawabganj": "Chapai Nababganj",
        "chapai nawabganj": "Chapai Nababganj",
        "laxmipur": "Lakshmipur", "lakshmipur": "Lakshmipur", "kishoreganj": "Kishoregonj",
        "khagrachari": "Khagrachhari", "manikgonj": "Manikganj", "munshigonj": "Munshiganj",
        "gopalgonj": "Gopalganj", "sirajgonj": "Sirajganj", "habigonj": "Habiganj",
        "sunamgonj": "Sunamganj", "narayangonj": "Narayanganj", "nilphamari": "Nilphamari Zila",
        "coxs bazar": "Cox's Bazar", "hobiganj": "Habiganj", "jinaidaha": "Jhenaidah",
        "chapinawabganj": "Chapai Nababganj", "jhalokathi": "Jhalokati",
    }
)


def _variants_table() -> dict[str, tuple[str, ...]]:
    groups: dict[str, set[str]] = {}
    for k, v in ESTABLISHED_NAMES.items():
        groups.setdefault(fold(v), {fold(v)}).add(k)
    out: dict[str, tuple[str, ...]] = {}
    for g in groups.values():
        for k in g:
            out[k] = tuple(sorted(g - {k}))
    return out


# key -> the other keys of the same Bangladeshi area name ("jhenidah" -> "jhenaidah", ...)
NAME_VARIANTS = MappingProxyType(_variants_table())


# Districts GeoNames spells otherwise than ACLED, by country: folded GeoNames base name ->
# ACLED's spelling (Pakistan's districts follow the official lists: "Killa Abdullah", not
# GeoNames' "Qila Abdullah"). Hand-written from the official district names.
ACLED_ADMIN_SPELLINGS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "PK": MappingProxyType(
            {
                "qila abdullah": "Killa Abdullah", "qila saifullah": "Killa Saifullah",
                "jafarabad": "Jaffarabad", "musa khel": "Musakhel",
            }
        ),
    }
)

# ISO alpha-2 -> the name ACLED uses where it differs from GeoNames' countryInfo name.
ACLED_COUNTRY_NAMES = MappingProxyType(
    {
        "CD": "Democratic Republic of Congo",
        "CG": "Republic of Congo",
        "CZ": "Czech Republic",
        "SZ": "eSwatini",
        "PS": "Palestine",
        "CV": "Cape Verde",
        "TL": "East Timor",
        "VA": "Vatican City",
        "MO": "Macau",
        "BQ": "Caribbean Netherlands",
        "MK": "North Macedonia",
    }
)

# Adjectives of nationality that tell which country a report is about (not toponyms).
DEMONYMS = MappingProxyType(
    {
        "afghan": "AF", "bangladeshi": "BD", "pakistani": "PK", "indian": "IN", "iraqi": "IQ",
        "syrian": "SY", "nigerian": "NG", "somali": "SO", "somalian": "SO", "iranian": "IR", "turkish": "TR",
        "yemeni": "YE", "libyan": "LY", "egyptian": "EG", "sudanese": "SD", "malian": "ML",
        "burkinabe": "BF", "nepali": "NP", "nepalese": "NP", "sri lankan": "LK",
        "burmese": "MM", "myanmar": "MM", "kenyan": "KE", "ethiopian": "ET", "ugandan": "UG",
        "congolese": "CD", "cameroonian": "CM", "mozambican": "MZ", "israeli": "IL",
        "palestinian": "PS", "lebanese": "LB", "ukrainian": "UA", "russian": "RU",
        "american": "US", "british": "GB", "mexican": "MX", "colombian": "CO",
        "filipino": "PH", "philippine": "PH", "thai": "TH", "chinese": "CN", "saudi": "SA",
        "jordanian": "JO", "tunisian": "TN", "algerian": "DZ", "moroccan": "MA",
        "nigerien": "NE", "chadian": "TD", "baloch": "PK", "baluch": "PK", "pashtun": "PK",
        "kashmiri": "IN", "bengali": "BD", "rohingya": "MM",
    }
)


# Nationality words of countries outside DEMONYMS, and of peoples: never a place by themselves
# ("A Canadian and a Briton were killed": not Canadian, Texas, nor Britton), and, unlike
# DEMONYMS, no vote for a country (a foreign victim says nothing about where it happened).
NATIONALITY_WORDS = frozenset({
    "canadian", "canadians", "briton", "britons", "french", "frenchman", "german", "germans", "australian", "australians",
    "italian", "italians", "spanish", "spaniard", "dutch", "belgian", "swiss", "swedish", "swede", "norwegian", "danish",
    "finnish", "polish", "japanese", "korean", "koreans", "vietnamese", "indonesian", "indonesians", "malaysian",
    "brazilian", "argentine", "argentinian", "chilean", "peruvian", "venezuelan", "cuban", "haitian", "greek", "irish",
    "scottish", "welsh", "european", "europeans", "african", "africans", "asian", "asians", "arab", "arabs", "kurdish",
    "kurd", "kurds", "turkmen", "yazidi", "yazidis", "druze", "tamil", "tamils", "sikh", "sikhs", "hindu", "hindus",
    "austrian", "hungarian", "romanian", "bulgarian", "serbian", "serb", "serbs", "croatian", "croat", "bosnian",
    "albanian", "georgian", "armenian", "azerbaijani", "azeri", "uzbek", "kazakh", "tajik", "kyrgyz", "turkmens",
    "emirati", "qatari", "kuwaiti", "omani", "bahraini", "ghanaian", "senegalese", "ivorian", "liberian", "guinean",
    "rwandan", "burundian", "tanzanian", "zambian", "zimbabwean", "angolan", "namibian", "south african",
    # peoples of Manipur named like towns elsewhere ("a Kuki militant group": not Kuki, Japan)
    "kuki", "kukis", "meitei", "meiteis", "zomi", "hmar",
})

# The Arabic article as English texts write it ("al-", "Al ", "el-") and as GeoNames
# transliterates it before sun letters ("Ar Rifā‘ī", "As Suwaydā’", "Ash Shaykh", "An Najaf").
ARTICLES = frozenset({"al", "el", "ar", "as", "ad", "an", "at", "az", "ash", "ath", "adh"})
# Where place names carry that article (Arabic-speaking countries and their neighbours that
# use Arabic names): only there are the variants below looked up.
ARTICLE_COUNTRIES = (
    "IQ", "SY", "LB", "JO", "PS", "IL", "SA", "YE", "OM", "AE", "QA", "BH", "KW", "EG", "LY",
    "TN", "DZ", "MA", "SD", "MR", "SO", "DJ", "TD", "EH", "AF", "IR", "TR",
)
_SUN = ("sh", "th", "dh", "t", "d", "r", "z", "s", "n")


def _with_article(key: str) -> list[str]:
    out = ["al " + key]
    for sun in _SUN:
        if key.startswith(sun):
            out.append(f"a{sun} {key}")
            break
    return out


def spelling_variants(key: str) -> tuple[str, ...]:
    """Other keys the same Arabic-script name may be indexed under: with or without the
    article ("qamishli" -> "al qamishli", "al suwayda" -> "as suwayda"), and with "ou"
    written "u" ("mahmoudiyah" -> "al mahmudiyah"). Empty for short or multi-part keys
    where a guess would be loose."""
    bases = [key]
    if "ou" in key:
        bases.append(key.replace("ou", "u"))
    if " " not in key and len(key) >= 5:  # "Haditha" / "Ḩadīthah": the final h is optional
        bases.extend(b[:-1] if b.endswith("ah") else b + "h" for b in list(bases) if b.endswith("a"))
    out: list[str] = []
    for b in bases:
        head, _, rest = b.partition(" ")
        if head in ARTICLES and rest and len(rest) >= 4:
            out.append(rest)
            out.extend(_with_article(rest))
        elif len(b) >= 4 and " " not in b:
            out.extend(_with_article(b))
        if b != key:
            out.append(b)
    seen = dict.fromkeys(k for k in out if k != key)
    return tuple(seen)


# Words that GeoNames puts before or after an Arabic or Persian place name for the kind of
# place ("Nāḩiyat al Iskandarīyah": the sub-district of Iskandariya), that English omits.
_KIND_WORDS = frozenset({"nahiyat", "nahiyah", "qadaa", "markaz", "mintaqat", "muhafazat",
                         "qaryat", "madinat", "district", "province", "governorate"})
_DOUBLE = fastre.compile(r"(.)\1+")


def translit_key(name: str) -> str:
    """A loose key under which transliterations of one name meet: no article, no kind word,
    no final h, "ou" and "oo" as "u", "ee" as "i", doubled letters single (``"Nāḩiyat al
    Iskandarīyah"`` and ``"Iskandariya"`` -> ``"iskandariya"``; ``"Baqouba"`` and
    ``"Baqubah"`` -> ``"baquba"``)."""
    words = [w for w in fold(name).split()
             if w not in ARTICLES and w not in _KIND_WORDS and w not in ("e", "i")]
    out = []
    for w in words:
        w = w.replace("ou", "u").replace("oo", "u").replace("ee", "i")
        w = _DOUBLE.sub(r"\1", w)
        if len(w) > 3 and w.endswith("h") and w[-2] in "aeiou":
            w = w[:-1]
        out.append(w)
    return "".join(out)


_SOUND_RULES = (("sh", "s"), ("ph", "f"), ("z", "j"), ("kh", "k"), ("gh", "g"), ("bh", "b"),
                ("dh", "d"), ("th", "t"), ("w", "o"), ("y", "i"), ("q", "k"))


def sound_key(name: str) -> str:
    """A coarse key for how a South Asian name sounds, so that English spellings of one name
    meet: "sh" as "s", "ph" as "f", "z" as "j", aspirates plain, doubled letters single, no
    vowels after the first letter (``"Ashashuni"`` and ``"Assasuni"`` -> ``"assn"``;
    ``"Baufal"`` and ``"Bauphal"`` -> ``"bfl"``). Loose on purpose: callers match it only
    against the admin areas of one country."""
    s = fold(name).replace(" ", "")
    for a, b in _SOUND_RULES:
        s = s.replace(a, b)
    s = _DOUBLE.sub(r"\1", s)
    return s[:1] + fastre.sub(r"[aeiou]", "", s[1:]) if s else ""
