"""Coding fixes found by the fifty-fourth session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import no_event as _none

pytestmark = pytest.mark.slow


def _sub(pipeline, text):
    return _first(pipeline, text).sub_event_type


# -- rounds one and two (both first run on the session's starting code, faa82ce) -------------------


def test_members_of_a_kidnapping_for_ransom_gang_detained_are_an_arrest(pipeline):
    assert _sub(pipeline, "On 2 May 2023, RAB-7 detained four members of a kidnapping-for-ransom gang from a forest "
                          "hideout in Whykong union of Teknaf (Cox's Bazar). Two pistols were seized.") == "Arrests"


def test_arrests_over_a_killing_by_a_mob_are_arrests_not_the_mob(pipeline):
    ev = _first(pipeline, "On 9 June 2024, police arrested three men in Rangamati town (Rangamati) in connection with "
                          "the killing of a shopkeeper by a mob at the bus terminal.")
    assert ev.sub_event_type == "Arrests"


def test_a_protest_against_planned_cuts_is_held_not_planned(pipeline):
    assert _sub(pipeline, "On 4 April 2025, hundreds of refugees gathered in Camp 12 in Ukhiya (Cox's Bazar) to protest "
                          "planned reductions in their monthly food vouchers. [size=hundreds]") == "Peaceful protest"


def test_soldiers_detaining_men_accused_of_backing_defence_forces_is_an_arrest(pipeline):
    assert _sub(pipeline, "Junta troops detained nine young men in a raid on Kani township on Tuesday, accusing them of "
                          "feeding local defence forces, a villager said.") == "Arrests"


def test_fighters_who_take_a_man_away_from_his_home_abduct_him(pipeline):
    assert _sub(pipeline, "Insurgents took away a village headman from his home in Maungdaw township late on Friday, "
                          "his brother said. Nothing has been heard of him since.") == "Abduction/forced disappearance"


def test_a_group_moving_its_headquarters_into_a_captured_town_establishes_a_base(pipeline):
    assert _sub(pipeline, "The Ta'ang National Liberation Army has moved its political headquarters into the old "
                          "district court building in Namhsan, a spokesman said on Tuesday."
                ) == "Headquarters or base established"


def test_strikes_criticised_in_posts_that_led_to_an_arrest_are_not_the_event(pipeline):
    assert _sub(pipeline, "Police detained a schoolteacher in Pakokku on Sunday over Facebook posts criticising the "
                          "junta's air strikes on villages, relatives said.") == "Arrests"


def test_a_land_killing_said_to_have_no_link_to_the_insurgency_is_crime(pipeline):
    _none(pipeline, "A rubber tapper was shot dead in a dispute over a plot of land in Yala's Bannang Sata district on "
                    "Monday, police said, ruling out any link to the insurgency.")


def test_a_pact_signed_by_clans_feuding_since_a_year_is_an_agreement(pipeline):
    assert _sub(pipeline, "On 3 March 2024, two clans whose leaders had been locked in a feud since 2019 signed a peace "
                          "pact in Buldon (Maguindanao del Norte), agreeing to withdraw their armed men from the rice "
                          "fields.") == "Agreement"


def test_former_militants_renouncing_violence_at_a_ceremony_change_the_group(pipeline):
    assert _sub(pipeline, "On 12 May 2024, some 60 former members of Jamaah Ansharut Daulah in Poso (Central Sulawesi) "
                          "formally renounced violence and swore loyalty to the state at a ceremony."
                ) == "Change to group/activity"


def test_a_bomb_that_went_off_outranks_its_twin_defused_later(pipeline):
    ev = _first(pipeline, "On 2 November 2023, men on a motorbike hurled two crude bombs at the AL office in Tongi "
                          "(Gazipur). One bomb went off, injuring a rickshaw puller; the other was defused by police.")
    assert ev.sub_event_type == "Grenade"


def test_a_lieutenant_of_a_proscribed_group_arrested_for_extortion_is_an_arrest(pipeline):
    assert _sub(pipeline, "A self-styled lieutenant of the proscribed Kuki Yawol Lup was "
                          "arrested in Kakching on Monday for extorting money from shopkeepers, police said.") == "Arrests"


def test_a_final_battle_in_scare_quotes_is_a_figure_of_speech(pipeline):
    _none(pipeline, "The state's home minister said on Friday that the 'final battle' against the Maoists had begun "
                    "and that the districts would be free of armed rebels by March.")


def test_wild_elephants_on_a_rampage_are_no_riot(pipeline):
    _none(pipeline, "A herd of wild elephants went on a rampage in a village of Simdega district overnight, "
                    "trampling a woman to death and destroying several huts, forest officials said.")
