"""Numbers: digits, number words, vague quantities and the shared regex fragment."""

from __future__ import annotations

import re

import pytest

from eventatlas.numbers import NUMBER_PATTERN, NUMBER_RE, RANGE_PATTERN, VAGUE_RE, parse_number, parse_range, vague_figure


@pytest.mark.parametrize(
    "text, value",
    [
        ("12", 12),
        ("1,200", 1200),
        ("12,345,678", 12345678),
        ("seven", 7),
        ("Seven", 7),
        ("twenty-one", 21),
        ("twenty one", 21),
        ("ninety-nine", 99),
        ("one hundred and five", 105),
        ("a hundred", 100),
        ("twelve hundred", 1200),
        ("two thousand three hundred", 2300),
        ("two thousand and five", 2005),
        ("three hundred thousand", 300000),
        ("a dozen", 12),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("3 dozen", 36),
        ("1.5 million", 1500000),
        ("2 lakh", 200000),
        ("10k", 10000),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == value
    # the shared fragment matches every expression parse_number accepts
    assert re.fullmatch(NUMBER_PATTERN, text), text


@pytest.mark.parametrize(
    "text",
    ["", "a", "thousand", "two and three", "seven five", "2.5", "dozens", "several", "many"],
)
def test_not_a_number(text):
    assert parse_number(text) is None


def test_pattern_finds_numbers_in_running_text():
    text = (
        "Gunmen killed 1,200 people, seven policemen and twenty-one soldiers; "
        "one hundred and five were hurt in a 3.5 km zone."
    )
    found = [m.group(0) for m in NUMBER_RE.finditer(text)]
    assert found == ["1,200", "seven", "twenty-one", "one hundred and five"]


def test_pattern_has_no_capturing_groups():
    assert re.compile(NUMBER_PATTERN).groups == 0
    assert re.compile(NUMBER_PATTERN + "|(?P<x>y)").groupindex == {"x": 1}


@pytest.mark.parametrize(
    "word, expected",
    [
        ("dozens", (12, 12, None)),
        ("Dozens of", (12, 12, None)),
        ("tens", (10, 10, 99)),
        ("scores", (20, 20, None)),
        ("hundreds", (100, 100, None)),
        ("thousands", (1000, 1000, None)),
        ("tens of thousands", (10000, 10000, None)),
        ("several", (3, 3, 9)),
        ("a few", (3, 2, 9)),
        ("some", (3, 2, None)),
        ("many", (3, 2, None)),
        ("a number of", (3, 2, None)),
        ("an unknown number of", (3, 1, None)),
        ("several hundred", (300, 300, 900)),
        ("a few dozen", (36, 24, 108)),
    ],
)
def test_vague_figure(word, expected):
    assert vague_figure(word) == expected


def test_vague_figure_large_scale_gives_ten_for_plurals_only():
    assert vague_figure("several", scale="hundreds")[0] == 10
    assert vague_figure("a few", scale="large")[0] == 10
    assert vague_figure("several", scale="small")[0] == 3
    # magnitude words keep their own figure
    assert vague_figure("dozens", scale="hundreds") == (12, 12, None)


def test_vague_figure_keeps_figure_within_range():
    for word in ("several", "a few", "many", "some", "a handful of", "a couple of"):
        for scale in (None, "large"):
            fig, low, high = vague_figure(word, scale)
            assert low <= fig and (high is None or fig <= high), (word, scale)


def test_vague_figure_unknown_word_and_bad_scale():
    assert vague_figure("seven") is None
    assert vague_figure("people") is None
    with pytest.raises(ValueError, match="unknown scale"):
        vague_figure("several", scale="huge-ish")


def test_vague_pattern():
    text = "Dozens of people, several hundred others, some 20 rockets and a number of soldiers."
    found = [m.group(0) for m in VAGUE_RE.finditer(text)]
    # "some 20" is an approximate number, not a vague quantity
    assert found == ["Dozens", "several hundred", "a number of"]


@pytest.mark.parametrize(
    "text, bounds",
    [
        ("between nine and twelve", (9, 12)),
        ("Between 15 and 20", (15, 20)),
        ("10 to 15", (10, 15)),
        ("two or three", (2, 3)),
        ("9-12", (9, 12)),
        ("30 \u2013 40", (30, 40)),
        ("twenty-five to thirty", (25, 30)),
    ],
)
def test_parse_range(text, bounds):
    assert parse_range(text) == bounds
    assert re.fullmatch(RANGE_PATTERN, text), text


@pytest.mark.parametrize("text", ["12", "one hundred and twenty", "12 to 3", "seven", "2019-2020", ""])
def test_not_a_range(text):
    assert parse_range(text) is None


def test_range_pattern_leaves_changes_and_years_alone():
    rx = re.compile(RANGE_PATTERN)
    assert rx.search("the toll rose from 10 to 15") is None
    assert rx.search("in the 2019-2020 season") is None
    assert rx.search("a clash on the N-25 highway") is None
