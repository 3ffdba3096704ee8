"""Dates: explicit, relative, weekday checks, year inference, precision, event dates."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventatlas.dates import event_date_for, find_dates
from eventatlas.models import DateMention, Document, Sentence

D = dt.date
TODAY = D(2026, 6, 1)  # fixed "today" so that year guesses are reproducible
SHARED = Path(__file__).resolve().parents[2] / "shared"


def make_doc(text: str, published: dt.date | None = None) -> Document:
    sentences = [
        Sentence(i, m.start(), m.end(), m.group(0))
        for i, m in enumerate(re.finditer(r"\S[^.!?]*(?:[.!?]+|$)", text))
    ]
    return Document(text=text, sentences=sentences, published=published)


def dates_in(text: str, published: dt.date | None = None, **kw) -> list[DateMention]:
    return find_dates(make_doc(text, published), today=kw.pop("today", TODAY), **kw)


def only(text: str, published: dt.date | None = None, **kw) -> DateMention:
    found = dates_in(text, published, **kw)
    assert len(found) == 1, [(text[d.span.start : d.span.end], d.date) for d in found]
    return found[0]


# --------------------------------------------------------------------------------------------
# Explicit dates
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, date, span_text",
    [
        ("On 31 December 2021, BSF forces shot a man.", D(2021, 12, 31), "31 December 2021"),
        ("Clashes broke out on January 31, 2021 in the city.", D(2021, 1, 31), "January 31, 2021"),
        ("Clashes broke out on Jan. 31, 2021 in the city.", D(2021, 1, 31), "Jan. 31, 2021"),
        ("It happened on the 31st of January 2021.", D(2021, 1, 31), "the 31st of January 2021"),
        ("Police said 31-Jan-2021 was calm.", D(2021, 1, 31), "31-Jan-2021"),
        ("The report is dated 2021-01-31.", D(2021, 1, 31), "2021-01-31"),
        ("The report is dated 31/01/2021.", D(2021, 1, 31), "31/01/2021"),
        ("The report is dated 01/31/2021.", D(2021, 1, 31), "01/31/2021"),
        ("On Sep 20, 2019 activists staged a protest.", D(2019, 9, 20), "Sep 20, 2019"),
        ("The body was found in the early morning of 5 March 2020.", D(2020, 3, 5), "5 March 2020"),
        # hand-typed notes misspell months
        ("On 23 Febuary 2012, a motorcade came under attack.", D(2012, 2, 23), "23 Febuary 2012"),
        ("On 4 Agust 2015, activists staged a protest.", D(2015, 8, 4), "4 Agust 2015"),
    ],
)
def test_explicit_day(text, date, span_text):
    dm = only(text)
    assert dm.date == date
    assert text[dm.span.start : dm.span.end] == span_text
    assert (dm.precision, dm.kind, dm.year_inferred) == (1, "explicit", False)


def test_ambiguous_numeric_date_reads_day_first_unless_told():
    assert only("Dated 03/04/2021.").date == D(2021, 4, 3)
    assert only("Dated 03/04/2021.", dayfirst=False).date == D(2021, 3, 4)


def test_acled_note_style():
    doc = make_doc(
        "On 31 December 2021, Indian BSF forces shot and injured a Bangladeshi national "
        "along the border. The reason of incident is yet unclear."
    )
    dates = find_dates(doc, today=TODAY)
    assert [d.date for d in dates] == [D(2021, 12, 31)]
    assert event_date_for(1, dates, doc).date == D(2021, 12, 31)


def test_weekday_in_brackets_is_checked():
    dm = only("A leader was shot on Sunday [4 October 2015] night.")
    assert dm.date == D(2015, 10, 4) and dm.weekday_mismatch is None
    dm = only("A leader was shot on Monday [4 October 2015] night.")
    assert dm.weekday_mismatch == "text says Monday; 2015-10-04 is a Sunday"


# --------------------------------------------------------------------------------------------
# The seed case: "on Friday, January 31" (January 31, 2026 was a Saturday)
# --------------------------------------------------------------------------------------------

SEED_LIKE = (
    "Militants struck several towns on Friday, January 31, the group said. "
    "Its fighters have been fighting since 6 a.m. on Friday."
)


@pytest.mark.parametrize("published", [D(2026, 1, 31), D(2026, 2, 1)])
def test_friday_january_31_with_publication_date(published):
    dates = dates_in(SEED_LIKE, published)
    assert [d.date for d in dates] == [D(2026, 1, 31), D(2026, 1, 31)]
    explicit, weekday = dates
    assert explicit.kind == "explicit" and not explicit.year_inferred
    assert explicit.weekday_mismatch == "text says Friday; 2026-01-31 is a Saturday"
    # "since 6 a.m. on Friday" is a time on the same day, not 2026-01-30
    assert weekday.kind == "weekday" and weekday.weekday_mismatch == explicit.weekday_mismatch


def test_friday_january_31_without_publication_date_says_year_is_inferred():
    dates = dates_in(SEED_LIKE, None, today=D(2026, 6, 1))
    assert all(d.year_inferred for d in dates)
    # the most recent January 31 that was a Friday
    assert [d.date for d in dates] == [D(2025, 1, 31), D(2025, 1, 31)]
    assert dates[0].weekday_mismatch is None


@pytest.mark.skipif(not (SHARED / "seed" / "article.txt").exists(), reason="../shared/seed absent")
@pytest.mark.parametrize("published", [D(2026, 1, 31), D(2026, 2, 1), None])
def test_seed_article_dates(published):
    text = (SHARED / "seed" / "article.txt").read_text(encoding="utf-8")
    doc = make_doc(text, published)
    dates = find_dates(doc, today=D(2026, 6, 1))
    assert dates, "the seed states a date"
    assert len({d.date for d in dates}) == 1, "every date of the seed is the same day"
    if published is None:
        assert all(d.year_inferred for d in dates)
    else:
        assert dates[0].date == D(2026, 1, 31) and "Saturday" in dates[0].weekday_mismatch
    for i in range(len(doc.sentences)):
        assert event_date_for(i, dates, doc).date == dates[0].date


# --------------------------------------------------------------------------------------------
# Year inference
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, published, date",
    [
        ("Clashes on December 30 left two dead.", D(2026, 1, 2), D(2025, 12, 30)),
        ("Clashes on January 3 left two dead.", D(2026, 1, 2), D(2026, 1, 3)),  # 1 day after
        ("Clashes on January 10 left two dead.", D(2026, 1, 2), D(2025, 1, 10)),
        ("Clashes on 29 February left two dead.", D(2026, 3, 5), D(2024, 2, 29)),
    ],
)
def test_year_from_publication_date(text, published, date):
    dm = only(text, published)
    assert dm.date == date and not dm.year_inferred


def test_year_from_another_date_of_the_text():
    text = "On 30 July 2018, a man went missing. His body was found on 2 August."
    dates = dates_in(text)
    assert [d.date for d in dates] == [D(2018, 7, 30), D(2018, 8, 2)]
    assert not any(d.year_inferred for d in dates)


def test_year_guess_without_any_year_is_flagged_and_uses_today():
    dm = only("On Sep 20, activists staged a protest.", today=D(2026, 11, 25))
    assert dm.date == D(2026, 9, 20) and dm.year_inferred
    dm = only("On Sep 20, activists staged a protest.", today=D(2026, 9, 1))
    assert dm.date == D(2025, 9, 20) and dm.year_inferred


# --------------------------------------------------------------------------------------------
# Relative dates
# --------------------------------------------------------------------------------------------

PUB = D(2026, 2, 1)  # a Sunday


@pytest.mark.parametrize(
    "phrase, date, precision",
    [
        ("yesterday", D(2026, 1, 31), 1),
        ("today", D(2026, 2, 1), 1),
        ("last night", D(2026, 1, 31), 1),
        ("the day before yesterday", D(2026, 1, 30), 1),
        ("two days ago", D(2026, 1, 30), 1),
        ("on Friday", D(2026, 1, 30), 1),
        ("early Friday", D(2026, 1, 30), 1),
        ("on Sunday", D(2026, 2, 1), 1),
        ("last Sunday", D(2026, 1, 25), 1),
        ("last week", D(2026, 1, 22), 2),  # Thursday of the week before
        ("earlier this week", D(2026, 1, 28), 2),  # middle of Monday to Saturday
        ("last weekend", D(2026, 1, 31), 2),
        ("a few days ago", D(2026, 1, 29), 2),
        ("last month", D(2026, 1, 15), 3),
    ],
)
def test_relative_to_publication(phrase, date, precision):
    dm = only(f"Gunmen attacked a police post {phrase} in the district.", PUB)
    assert (dm.date, dm.precision) == (date, precision)
    assert dm.kind in ("relative", "weekday") and not dm.year_inferred


def test_earlier_this_month_is_the_middle_of_the_days_past():
    dm = only("Two were killed earlier this month.", D(2026, 2, 20))
    assert (dm.date, dm.precision) == (D(2026, 2, 10), 3)


def test_yesterday_with_weekday_is_checked():
    dm = only("A strike was observed yesterday (Monday).", D(2015, 10, 6))  # a Tuesday
    assert dm.date == D(2015, 10, 5) and dm.weekday_mismatch is None
    dm = only("A strike was observed yesterday (Friday).", D(2015, 10, 6))
    assert dm.weekday_mismatch == "text says Friday; 2015-10-05 is a Monday"


def test_relative_dates_need_a_publication_date():
    assert dates_in("Gunmen attacked a police post yesterday and on Friday night.") == []


def test_weekday_binds_to_a_stated_day_of_that_weekday():
    text = "On 5 March 2015, a man was killed. Police said the attack began on Thursday."
    assert [d.date for d in dates_in(text)] == [D(2015, 3, 5), D(2015, 3, 5)]


def test_dates_counted_from_the_previous_date():
    text = "On 5 May 2020, police raided the camp. The next day, militants struck back."
    assert [d.date for d in dates_in(text)] == [D(2020, 5, 5), D(2020, 5, 6)]


# --------------------------------------------------------------------------------------------
# Ranges, weeks, months
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("Clashes went on between 3 and 5 May 2021.", D(2021, 5, 3), D(2021, 5, 5)),
        ("On the night of 3-4 May 2021, militants attacked.", D(2021, 5, 3), D(2021, 5, 4)),
        ("Between July 22 and 23, 2010, twenty were injured.", D(2010, 7, 22), D(2010, 7, 23)),
        ("It happened on September 5 or 6, 2014.", D(2014, 9, 5), D(2014, 9, 6)),
        ("Clashes from 30 December to 2 January 2022.", D(2021, 12, 30), D(2022, 1, 2)),
    ],
)
def test_ranges_give_first_day_and_end(text, start, end):
    dm = only(text)
    assert (dm.date, dm.end, dm.precision) == (start, end, 1)


@pytest.mark.parametrize(
    "text, date, precision",
    [
        ("Protests were held in March 2019 across the country.", D(2019, 3, 15), 3),
        ("Clashes in mid-March 2019 left two dead.", D(2019, 3, 15), 3),
        ("Clashes in the first week of February 2010.", D(2010, 2, 4), 2),
        ("Around 18 September 2020 (as reported), a man was killed.", D(2020, 9, 18), 2),
        ("In the week of 15 November 2018, a driver was tortured.", D(2018, 11, 15), 2),
    ],
)
def test_week_and_month_precision(text, date, precision):
    dm = only(text)
    assert (dm.date, dm.precision) == (date, precision)


# --------------------------------------------------------------------------------------------
# Things that are not dates
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Militants killed 2,000 people in the offensive.",
        "Section 144 was imposed in the district.",
        "The group was founded in 2019.",
        "Fighting continued since 6 a.m. and ended at 10.30 pm.",
        "The vote was 3/4 in favour.",
        "Three quarters (3/4) of the houses burned.",
        "Worshippers gathered for Good Friday.",
        "Protesters may march to the capital.",
    ],
)
def test_no_false_dates(text):
    assert dates_in(text, D(2021, 6, 1)) == []


# --------------------------------------------------------------------------------------------
# The date that governs a sentence
# --------------------------------------------------------------------------------------------


def test_event_date_for_sentences():
    text = (
        "Police clashed with protesters. On 3 May 2021, two were killed in Dhaka. "
        "Later, shops were looted. On 5 May 2021, a strike was called."
    )
    doc = make_doc(text)
    dates = find_dates(doc, today=TODAY)
    assert [event_date_for(i, dates, doc).date for i in range(4)] == [
        D(2021, 5, 3),  # no earlier date: the first date of the document
        D(2021, 5, 3),
        D(2021, 5, 3),  # the closest earlier date
        D(2021, 5, 5),
    ]


def test_event_date_for_wikipedia_style_falls_back_to_publication_date():
    doc = make_doc("A suicide bomber killed 12 people at a market in Quetta.", D(2016, 8, 15))
    dates = find_dates(doc, today=TODAY)
    assert dates == []
    dm = event_date_for(0, dates, doc)
    assert (dm.date, dm.kind, dm.precision) == (D(2016, 8, 15), "published", 1)
    assert event_date_for(0, [], make_doc("No date here.")) is None


def test_event_date_for_wikipedia_style_with_weekday():
    doc = make_doc("Gunmen killed 12 people at a market in Quetta on Sunday.", D(2016, 8, 15))
    dates = find_dates(doc, today=TODAY)
    assert event_date_for(0, dates, doc).date == D(2016, 8, 14)


def test_event_date_for_passes_over_since():
    doc = make_doc(
        "Attacks killed 93 people, the bloodiest day since coordinated attacks in January 2011.",
        D(2012, 6, 13),
    )
    dates = find_dates(doc, today=TODAY)
    assert [d.date for d in dates] == [D(2011, 1, 15)]
    assert event_date_for(0, dates, doc).kind == "published"


# --------------------------------------------------------------------------------------------
# dateparser: a fallback only, never imported with the module
# --------------------------------------------------------------------------------------------


def test_import_does_not_load_dateparser():
    code = "import sys, eventatlas.dates; print('dateparser' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_fallback_reads_what_rules_miss():
    text = "The statement dated Jan-31-2021 was read out."
    assert dates_in(text, fallback=False) == []
    assert [d.date for d in dates_in(text)] == [D(2021, 1, 31)]


def test_speed_of_a_note():
    note = (
        "On 14 March 2019, at least 12 people were injured when activists of two rival "
        "factions of the ruling party clashed with sharp weapons over establishing supremacy "
        "at a village in Sadar upazila of the district on Thursday night. Police said the "
        "situation was under control and no case was filed until yesterday evening."
    )
    doc = make_doc(note, D(2019, 3, 16))
    find_dates(doc)  # warm up
    n = 300
    start = time.perf_counter()
    for _ in range(n):
        find_dates(doc)
    per_note = (time.perf_counter() - start) / n
    assert per_note < 0.002, f"{per_note * 1e3:.3f} ms per note"
