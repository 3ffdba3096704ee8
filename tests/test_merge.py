"""Merge rules (issue 5): same incident across reports, never across places or days."""

from __future__ import annotations

import random

from test_store_factories import ARMY, BLA, POLICE, claim, event

from eventatlas import merge
from eventatlas.merge import MergePolicy, assign, combine, fatalities, match


def test_same_day_same_place_merges_with_reason():
    m = match(event("Quetta"), event("Quetta", actor2=POLICE, inter2=1))
    assert m is not None
    assert "same day (2026-01-31)" in m.reason
    assert "same place (Quetta" in m.reason
    assert "BLA" in m.reason or "balochistan liberation army" in m.reason


def test_different_day_or_place_or_country_never_merges():
    assert match(event("Quetta"), event("Quetta", date="2026-02-01")) is None
    assert match(event("Quetta"), event("Mastung")) is None
    assert match(event("Quetta"), event("Quetta", country="Afghanistan")) is None
    assert match(event("Quetta", date=None), event("Quetta", date=None)) is None


def test_time_precision_widens_the_window():
    week = event("Quetta", date="2026-02-02", time_precision=2)
    assert match(event("Quetta"), week) is not None
    assert match(event("Quetta"), event("Quetta", date="2026-02-08", time_precision=2)) is None
    month = event("Quetta", date="2026-01-15", time_precision=3)
    assert match(event("Quetta"), month) is not None


def test_same_district_only_when_one_is_imprecise_and_names_no_other_town():
    # the district itself (imprecise) and a precise town in it: one incident
    assert match(event("Turbat"), event("Kech")) is not None
    # two different unresolved towns of one district stay apart
    assert match(event("Tump"), event("Buleda")) is None
    # an unresolved spelling of the same town merges
    m = match(event("Dalbandin"), event("Dalbadin"))
    assert m is not None and "same district" in m.reason
    # a precise town and an unresolved, different town in the same district stay apart
    assert match(event("Turbat"), event("Tump")) is None


def test_types_must_be_compatible():
    bomb = event("Quetta", event_type="Explosions/Remote violence", sub_event_type="Suicide bomb")
    assert match(event("Quetta"), bomb) is not None
    protest = event(
        "Quetta", event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Pakistan)", inter1=6
    )
    assert match(event("Quetta"), protest) is None


def test_different_named_groups_do_not_merge():
    ttp = event("Quetta", actor1="TTP: Tehrik-i-Taliban Pakistan")
    assert match(event("Quetta"), ttp) is None
    unknown = event("Quetta", actor1="Unidentified Armed Group (Pakistan)", inter1=3)
    assert match(event("Quetta"), unknown) is not None
    # actor order flipped by the other source still shares the group
    flipped = event("Quetta", actor1=ARMY, inter1=1, actor2=BLA, inter2=2)
    assert match(event("Quetta"), flipped) is not None


def test_assign_never_puts_two_events_of_one_document_together():
    stored = [(1, event("Quetta"))]
    new = [event("Quetta"), event("Quetta", event_type="Violence against civilians", sub_event_type="Attack")]
    out = assign(new, stored)
    assert list(out) == [0]  # the better match (same sub-event type) wins; the other is new


def test_fatalities_lowest_credible_per_victim_group():
    bla = event(
        "Quetta",
        claims=[claim(13, claimant="BLA", stance="perpetrator_claim", qualifier="more_than", low=13, high=None)],
    )
    reports = event(
        "Quetta",
        claims=[
            claim(12, claimant="reports", stance="media_report", qualifier="approximately", low=10, high=14),
            claim(3, claimant="reports", stance="media_report", victims="BLA fighters", victim_kind="rebel"),
        ],
    )
    army = event(
        "Quetta",
        claims=[
            claim(5, claimant="ISPR", stance="official"),
            claim(0, claimant="ISPR", stance="denial", victims="civilians", victim_kind="civilian"),
            claim(37, claimant="ISPR", victims="militants", victim_kind="rebel", scope="campaign"),
        ],
    )
    f = fatalities([bla, reports, army])
    assert f.best == 5 + 3  # lowest soldiers figure + the only rebel figure; campaign total left out
    assert f.low == 5 + 3
    assert f.high == 14 + 3
    assert fatalities([bla]).best == 13
    # an unspecified total overlapping the groups only raises the count when larger
    total = event("Quetta", claims=[claim(20, victims="people", victim_kind=None, claimant="hospital")])
    assert fatalities([reports, total]).best == 20


def test_combine_keeps_all_claims_precise_place_and_type_precedence():
    bomb = event(
        "Dalbadin",
        event_type="Explosions/Remote violence",
        sub_event_type="Suicide bomb",
        claims=[claim(4, claimant="BLA", stance="perpetrator_claim")],
    )
    clash = event("Dalbandin", claims=[claim(2, claimant="police")], assoc_actor_1="BLA: Majeed Brigade")
    merged = combine([bomb, clash])
    assert merged.event_type == "Battles"
    assert merged.location == "Dalbandin" and merged.geo_precision == 1
    assert {c.claimant for c in merged.claims} == {"BLA", "police"}
    assert merged.fatalities == 2 and merged.fatalities_high == 4
    assert any("sources differ on the type" in w for w in merged.warnings)
    assert merged.assoc_actor_1 == "BLA: Majeed Brigade"
    # order of arrival does not change the figures
    assert combine([clash, bomb]).fatalities == merged.fatalities


def test_random_events_at_different_places_or_days_never_merge():
    rng = random.Random(5)
    places = ["Quetta", "Mastung", "Kalat", "Gwadar", "Turbat", "Tump", "Buleda"]
    policy = MergePolicy()
    for _ in range(500):
        a = event(rng.choice(places), date=f"2026-01-{rng.randint(1, 28):02d}")
        b = event(rng.choice(places), date=f"2026-01-{rng.randint(1, 28):02d}")
        m = match(a, b, policy)
        if a.location != b.location or a.event_date != b.event_date:
            assert m is None, (a.location, a.event_date, b.location, b.event_date)
        else:
            assert m is not None


def test_candidate_range_is_bounded():
    lo, hi = merge.candidate_range(event("Quetta", time_precision=3), MergePolicy())
    assert (lo, hi) == ("2025-12-30", "2026-03-04")
