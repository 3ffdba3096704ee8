"""Name keys and naming conventions shared by the gazetteer and the places stage.

``fold`` turns a written name into the key the index stores: accents removed, case folded,
apostrophes dropped, other punctuation turned into single spaces. ACLED writes some country
names differently from GeoNames; :data:`ACLED_COUNTRY_NAMES` holds those differences.
"""

from __future__ import annotations

import re
import unicodedata
from types import MappingProxyType

_APOS = re.compile(r"[’'`ʼʻ‘]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


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
_ADMIN_SUFFIX = re.compile(
    r"\s+(district|division|zila|zilla|governorate|province)$", re.IGNORECASE
)


def admin_base(name: str) -> str:
    """An area name without its kind word: ``"Quetta District"`` -> ``"Quetta"``."""
    base = _ADMIN_SUFFIX.sub("", name.strip())
    return base or name


def acled_admin(name: str) -> str:
    """An admin name as ACLED writes it: no kind word, no diacritics (``"Chāgai District"``
    -> ``"Chagai"``)."""
    base = admin_base(name)
    if base.isascii():
        return base
    s = unicodedata.normalize("NFKD", base)
    return "".join(c for c in s if not unicodedata.combining(c))


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
        "syrian": "SY", "nigerian": "NG", "somali": "SO", "iranian": "IR", "turkish": "TR",
        "yemeni": "YE", "libyan": "LY", "egyptian": "EG", "sudanese": "SD", "malian": "ML",
        "burkinabe": "BF", "nepali": "NP", "nepalese": "NP", "sri lankan": "LK",
        "burmese": "MM", "myanmar": "MM", "kenyan": "KE", "ethiopian": "ET", "ugandan": "UG",
        "congolese": "CD", "cameroonian": "CM", "mozambican": "MZ", "israeli": "IL",
        "palestinian": "PS", "lebanese": "LB", "ukrainian": "UA", "russian": "RU",
        "american": "US", "british": "GB", "mexican": "MX", "colombian": "CO",
        "filipino": "PH", "philippine": "PH", "thai": "TH", "chinese": "CN", "saudi": "SA",
        "jordanian": "JO", "tunisian": "TN", "algerian": "DZ", "moroccan": "MA",
        "nigerien": "NE", "chadian": "TD", "baloch": "PK", "baluch": "PK", "pashtun": "PK",
        "kashmiri": "IN", "bengali": "BD", "rohingya": "MM", "kurdish": "IQ",
    }
)
