"""Numbers as news reports write them: digits, number words and vague quantities.

Three things for the casualty stage:

* :func:`parse_number` turns one number expression ("1,200", "twenty-one", "one hundred and
  five", "two dozen", "1.5 lakh") into an ``int``;
* :data:`NUMBER_PATTERN` is a regular-expression fragment (a string, case-insensitive through a
  scoped ``(?i:...)`` flag, no capturing groups) matching every expression :func:`parse_number`
  parses, to embed in larger patterns; :data:`VAGUE_PATTERN` does the same for vague
  quantities;
* :func:`vague_figure` gives the figure ACLED codes for a vague quantity ("dozens", "several")
  with the lowest and highest values the wording allows.

ACLED conventions used (sources found with the project's reference search):

* ACLED's fatalities FAQ ("How does ACLED code fatalities?", acleddata.com knowledge base,
  2023, as mirrored at amorecanecorsos.com/article/fatalities-acled/3805): "When sources report
  estimates such as 'tens' or 'dozens' or 'hundreds', ACLED codes 10 for 'tens', 12 for
  'dozens', 100 for 'hundreds', and so on"; where reports differ or are vague "ACLED uses the
  most conservative estimate available". By the same rule: 20 for "scores", 1,000 for
  "thousands".
* "Several" is coded 3: an ACLED note reads "Several Taliban militants (coded as three) were
  killed" (ACLED notes as published in the huggingface dataset
  vinaykudari/acled-information-extraction). The project's issue on coding accuracy states the
  convention as '"several"/"a few" 3 or 10 by scale': the unnumbered plurals (several, a few,
  some, many, a number of, an unknown number) give 3, or 10 where the report's scale is large
  (a battle with losses in the dozens or hundreds); pass ``scale`` to choose. The follow-up
  FAQ section on unknown numbers could not be read verbatim here, so the 10-by-scale branch is
  the issue's statement, not a quotation.

Every result keeps ``low <= figure`` and ``figure <= high`` when ``high`` is not None.
"""

from __future__ import annotations

from . import fastre

__all__ = [
    "NUMBER_PATTERN",
    "NUMBER_RE",
    "BETWEEN_RANGE_PATTERN",
    "DIGIT_RANGE_PATTERN",
    "RANGE_PATTERN",
    "RANGE_TAIL_PATTERN",
    "VAGUE_PATTERN",
    "VAGUE_RE",
    "parse_number",
    "parse_range",
    "vague_figure",
]

_UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
# Words that multiply what precedes them. South Asian lakh and crore are common in the
# reports this project reads.
_SCALES: dict[str, int] = {
    "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "lakh": 100_000, "lakhs": 100_000, "lac": 100_000, "crore": 10_000_000,
    "crores": 10_000_000,
}  # fmt: skip


def _alt(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_UNIT_RE = _alt(_UNITS)
_TEN_RE = _alt(_TENS)
_SCALE_RE = _alt(_SCALES)
_SMALL = rf"(?:(?:{_TEN_RE})(?:[\s-]+(?:{_UNIT_RE}))?|(?:{_UNIT_RE}))"
_HUNDREDS = rf"(?:(?:{_SMALL}|an?)\s+hundred(?:\s+(?:and\s+)?{_SMALL})?)"
_GROUP = rf"(?:{_HUNDREDS}|{_SMALL})"
_WORDS = (
    rf"(?:(?:{_GROUP}|an?)\s+(?:{_SCALE_RE})(?:,?\s+(?:and\s+)?{_GROUP})?"
    rf"|(?:half\s+a|an?|{_SMALL})\s+dozen"
    rf"|{_GROUP})"
)
_DIGIT_SCALE = rf"(?:hundred|dozen|{_SCALE_RE}|mn|bn|k)\b"
_DIGITS = (
    rf"(?:(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\s*{_DIGIT_SCALE})?"
    rf"|\d+\.\d+\s*{_DIGIT_SCALE})"
)

NUMBER_PATTERN: str = rf"(?i:(?<![\w.,])(?:{_DIGITS}|{_WORDS})(?![\w-]|[.,]\d))"
"""Regex fragment matching one number expression that :func:`parse_number` parses."""

NUMBER_RE = fastre.compile(NUMBER_PATTERN)

BETWEEN_RANGE_PATTERN: str = rf"(?i:between\s+{NUMBER_PATTERN}\s+and\s+{NUMBER_PATTERN}|ranging\s+from\s+{NUMBER_PATTERN}\s+to\s+{NUMBER_PATTERN})"
"""Regex fragment for "between nine and twelve" and "ranging from 15 to 24" (part of :data:`RANGE_PATTERN`)."""
DIGIT_RANGE_PATTERN: str = r"(?<![\w.,-])\d{1,3}\s?[-\u2013]\s?\d{1,3}(?![\w-]|[.,]\d)"
"""Regex fragment for "9-12" (part of :data:`RANGE_PATTERN`)."""
RANGE_TAIL_PATTERN: str = rf"(?i:\s+(?:to|or)\s+{NUMBER_PATTERN})"
"""Regex fragment for the " to 15" of "10 to 15" (part of :data:`RANGE_PATTERN`): a pattern that
already matches a number can make its upper bound optional and match the number only once."""
RANGE_PATTERN: str = (
    rf"(?:{BETWEEN_RANGE_PATTERN}|(?<!from\s){NUMBER_PATTERN}{RANGE_TAIL_PATTERN}|{DIGIT_RANGE_PATTERN})"
)
"""Regex fragment matching a range of two numbers that :func:`parse_range` parses:
"between nine and twelve", "10 to 15", "two or three", "9-12". "from 10 to 15" is a change,
not a range, and does not match."""

_RANGE_RE = fastre.compile(RANGE_PATTERN)
_RANGE_SPLIT = fastre.compile(r"\s+(?:and|to|or)\s+|\s?[-\u2013]\s?(?=\d)")


def parse_range(text: str) -> tuple[int, int] | None:
    """The (low, high) bounds of a range expression, or None if it is not one.

    The low bound must be below the high one: "between nine and twelve" is (9, 12), while
    "one hundred and twenty" is one number, not a range.

    >>> parse_range("between nine and twelve"), parse_range("9-12"), parse_range("two or three")
    ((9, 12), (9, 12), (2, 3))
    """
    if _RANGE_RE.fullmatch(text.strip()) is None:
        return None
    s = _norm(text)
    if s.startswith("between "):
        s = s[len("between ") :]
    elif s.startswith("ranging from "):
        s = s[len("ranging from ") :]
    for sep in _RANGE_SPLIT.finditer(s):
        low, high = parse_number(s[: sep.start()]), parse_number(s[sep.end() :])
        if low is not None and high is not None and low < high:
            return low, high
    return None

# Vague quantities: (ACLED figure, low, high) when the report gives no number.
# "plural" wording (several, a few, some, many ...) is 3 by default, 10 at a large scale.
_PLURAL_VAGUE: dict[str, tuple[int, int | None]] = {
    # word: (low, high) the wording allows
    "several": (3, 9),
    "a few": (2, 9),
    "few": (2, 9),
    "some": (2, None),
    "many": (2, None),
    "numerous": (2, None),
    "multiple": (2, None),
    "a number of": (2, None),
    "a handful of": (2, 6),
    "a handful": (2, 6),
    "an unknown number of": (1, None),
    "an unspecified number of": (1, None),
    "an undisclosed number of": (1, None),
    "unknown number of": (1, None),
    "unspecified number of": (1, None),
    "undisclosed number of": (1, None),
    "an undetermined number of": (1, None),
    "undetermined number of": (1, None),
    "an unknown number": (1, None),
    "unknown": (1, None),
    "unspecified": (1, None),
}
_MAGNITUDE_VAGUE: dict[str, tuple[int, int, int | None]] = {
    "tens": (10, 10, 99),
    "dozens": (12, 12, None),
    "scores": (20, 20, None),
    "hundreds": (100, 100, None),
    "tens of thousands": (10_000, 10_000, None),
    "hundreds of thousands": (100_000, 100_000, None),
    "thousands": (1_000, 1_000, None),
    "millions": (1_000_000, 1_000_000, None),
    "a couple of": (2, 2, 3),
    "a couple": (2, 2, 3),
}
# "several hundred", "a few dozen": multiplier word times a magnitude.
_MULTIPLIERS: dict[str, tuple[int, int, int | None]] = {
    # word: (figure multiplier, low multiplier, high multiplier)
    "several": (3, 3, 9),
    "a few": (3, 2, 9),
    "few": (3, 2, 9),
    "some": (3, 2, None),
    "many": (3, 2, None),
    "a couple of": (2, 2, 3),
    "a couple": (2, 2, 3),
}
_MAGNITUDE_UNITS: dict[str, int] = {"dozen": 12, "hundred": 100, **_SCALES}

_LARGE_SCALES = frozenset(
    {"large", "tens", "dozens", "scores", "hundreds", "thousands", "millions", "massacre"}
)
_SMALL_SCALES = frozenset({"small"})



def _phrases(words) -> str:
    return _alt(words).replace(" ", r"\s+")


VAGUE_PATTERN: str = (
    r"(?i:(?<![\w-])(?:"
    + rf"(?:{_phrases(_MULTIPLIERS)})\s+(?:{_alt(_MAGNITUDE_UNITS)})"
    + rf"|{_phrases(_MAGNITUDE_VAGUE)}"
    + rf"|(?:{_phrases(_PLURAL_VAGUE)})(?!\s+(?:\d|(?:{_UNIT_RE}|{_TEN_RE})\b))"
    + r")(?![\w-]))"
)
"""Regex fragment matching a vague quantity that :func:`vague_figure` knows.

An unnumbered plural followed by a number ("some 20 rockets") is an approximation of that
number, not a vague quantity, and does not match."""

VAGUE_RE = fastre.compile(VAGUE_PATTERN)

_WS_RE = fastre.compile(r"[\s\u00a0]+")
_DIGIT_RE = fastre.compile(
    r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(hundred|dozen|mn|bn|k|" + _SCALE_RE + r")?"
)
_DIGIT_SUFFIX = {"hundred": 100, "dozen": 12, "mn": 1_000_000, "bn": 1_000_000_000,
                 "k": 1_000, **_SCALES}  # fmt: skip


def _norm(text: str) -> str:
    return _WS_RE.sub(" ", text.strip().lower())


def parse_number(text: str) -> int | None:
    """The integer a number expression denotes, or None if it is not one.

    Digits with thousands separators and decimals with a scale ("1,200", "12", "1.5 million",
    "2 lakh"), number words ("seven", "twenty-one", "one hundred and five",
    "two thousand three hundred"), dozens ("a dozen", "two dozen", "half a dozen").
    Vague words ("dozens", "several") are not numbers: see :func:`vague_figure`.

    >>> parse_number("one hundred and five"), parse_number("1,200"), parse_number("a dozen")
    (105, 1200, 12)
    """
    s = _norm(text)
    if not s:
        return None
    m = _DIGIT_RE.fullmatch(s)
    if m:
        value = float(m.group(1).replace(",", ""))
        if m.group(2):
            value *= _DIGIT_SUFFIX[m.group(2)]
        elif "." in m.group(1):
            return None  # "2.5" people is not a count
        return int(round(value))
    if s == "half a dozen":
        return 6
    return _parse_words(s.replace("-", " ").replace(",", " ").split())


def _parse_words(tokens: list[str]) -> int | None:
    total = 0
    current = 0
    prev = None  # class of the previous token: article, unit, ten, hundred, scale, dozen, and
    for i, tok in enumerate(tokens):
        if tok in ("a", "an"):
            if prev is not None or i + 1 >= len(tokens):
                return None
            prev = "article"
        elif tok == "and":
            if prev not in ("hundred", "scale") or i + 1 >= len(tokens):
                return None
            prev = "and"
        elif tok in _UNITS:
            if prev in ("unit", "article", "dozen") or (prev == "ten" and _UNITS[tok] >= 10):
                return None
            if prev == "ten" and _UNITS[tok] == 0:
                return None
            current += _UNITS[tok]
            prev = "unit"
        elif tok in _TENS:
            if prev in ("unit", "ten", "article", "dozen"):
                return None
            current += _TENS[tok]
            prev = "ten"
        elif tok == "hundred":
            if prev not in ("unit", "article") or current >= 100:
                return None
            current = max(current, 1) * 100
            prev = "hundred"
        elif tok in _SCALES:
            if prev in (None, "and", "scale", "dozen"):
                return None
            current = max(current, 1)
            total += current * _SCALES[tok]
            current = 0
            prev = "scale"
        elif tok == "dozen":
            if prev not in ("unit", "ten", "article"):
                return None
            current = max(current, 1) * 12
            prev = "dozen"
        else:
            return None
    if prev in (None, "article", "and"):
        return None
    return total + current


def vague_figure(word: str, scale: str | None = None) -> tuple[int, int, int | None] | None:
    """ACLED's figure for a vague quantity, with the range the wording allows.

    Returns ``(figure, low, high)``; ``high`` is None when the wording sets no upper bound.
    ``word`` is the vague expression as written ("dozens", "dozens of", "several",
    "a few hundred", "an unknown number of"); None when it is not a vague quantity this module
    knows (plain numbers go to :func:`parse_number`).

    ``scale`` applies ACLED's "3 or 10 by scale" rule to unnumbered plurals (several, a few,
    some, many, a number of, unknown): None or "small" gives 3; "large", or a magnitude word
    describing the report ("tens", "dozens", "scores", "hundreds", "thousands", "millions",
    "massacre") gives 10. Magnitude words themselves ("dozens" 12, "hundreds" 100) ignore it.

    >>> vague_figure("dozens"), vague_figure("several"), vague_figure("several", "hundreds")
    ((12, 12, None), (3, 3, 9), (10, 3, 10))
    """
    if scale is not None:
        scale_key = _norm(scale)
        if scale_key not in _LARGE_SCALES and scale_key not in _SMALL_SCALES:
            allowed = ", ".join(sorted(_LARGE_SCALES | _SMALL_SCALES))
            raise ValueError(f"unknown scale {scale!r}: use None or one of {allowed}")
        large = scale_key in _LARGE_SCALES
    else:
        large = False
    w = _norm(word)
    if w.endswith(" of") and w not in _PLURAL_VAGUE and w not in _MAGNITUDE_VAGUE:
        w = w[:-3]
    if w in _MAGNITUDE_VAGUE:
        return _MAGNITUDE_VAGUE[w]
    if w in _PLURAL_VAGUE:
        low, high = _PLURAL_VAGUE[w]
        figure = 10 if large else 3
        if high is not None and figure > high:
            high = figure
        return figure, min(low, figure), high
    head, _, unit = w.rpartition(" ")
    if head in _MULTIPLIERS and unit in _MAGNITUDE_UNITS:
        f, lo, hi = _MULTIPLIERS[head]
        base = _MAGNITUDE_UNITS[unit]
        return f * base, lo * base, (hi * base if hi is not None else None)
    return None
