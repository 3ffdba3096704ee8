"""Coder-style notes on protests in Balochistan (issue 4: most such notes are peaceful
protests). Written for this project in the style of ACLED's notes, tags included; not taken
from any evaluation set."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

NOTES = [
    ('Peaceful protest',
     'On 3 January 2022, members of the Baloch Yakjehti Committee held a protest in Turbat (Kech, Balochistan) against the enforced disappearance of a Baloch student.'),
    ('Peaceful protest',
     'On 14 February 2021, traders staged a sit-in outside the press club in Quetta (Quetta, Balochistan), demanding the reopening of border crossings with Iran.'),
    ('Peaceful protest',
     'On 9 March 2023, PTI workers held a rally in Khuzdar (Khuzdar, Balochistan) against the arrest of party leaders.'),
    ('Peaceful protest',
     'On 2 August 2022, relatives of missing persons protested outside the Gwadar press club (Gwadar, Balochistan) demanding the recovery of their family members.'),
    ('Peaceful protest',
     'On 21 May 2021, a protest was held in Panjgur (Panjgur, Balochistan) by farmers over water shortages.'),
    ('Peaceful protest',
     'On 7 June 2020, students of the University of Balochistan boycotted classes and protested in Quetta against online classes.'),
    ('Peaceful protest',
     'On 11 November 2022, fishermen of the Haq Do Tehreek blocked the coastal highway in Gwadar (Gwadar, Balochistan) demanding an end to illegal trawling.'),
    ('Peaceful protest',
     'On 30 April 2021, doctors in Quetta (Quetta, Balochistan) held a demonstration demanding security after a colleague was abducted.'),
    ('Protest with intervention',
     'On 15 October 2022, police baton-charged and arrested BYC protesters in Quetta (Quetta, Balochistan) who had been staging a sit-in.'),
    ('Peaceful protest',
     'On 19 September 2021, lawyers boycotted court proceedings in Sibi (Sibi, Balochistan) to protest the killing of a colleague.'),
    ('Peaceful protest',
     'On 6 July 2023, members of the Hazara community held a sit-in on the Western Bypass in Quetta with the coffins of miners killed in an attack, demanding justice.'),
    ('Peaceful protest',
     'On 28 December 2022, JUI-F workers protested in Zhob (Zhob, Balochistan) against rising inflation and power outages.'),
    ('Peaceful protest',
     'On 1 March 2022, the BNP-M held a protest rally in Nushki (Nushki, Balochistan) against load shedding.'),
    ('Peaceful protest',
     'On 4 April 2023, teachers staged a protest in front of the Balochistan Assembly in Quetta demanding regularisation of their jobs.'),
    ('Peaceful protest',
     "On 12 June 2021, a women's rally was held in Kech (Kech, Balochistan) to condemn the killing of a Baloch woman by unidentified gunmen."),
    ('Peaceful protest',
     'On 5 March 2023, around 50 teachers held a protest in front of the press club in Quetta (Quetta, Balochistan) demanding regularisation of their jobs. [size=around 50]'),
    ('Peaceful protest',
     'On 12 January 2023, members of the Baloch Yakjehti Committee (BYC) staged a sit-in in Turbat (Kech, Balochistan) against the alleged extrajudicial killing of a Baloch youth by CTD. [size=no report]'),
    ('Peaceful protest',
     'On 7 August 2022, students protested in Khuzdar (Khuzdar, Balochistan) against the shortage of teachers at the university. [size=no report]'),
    ('Peaceful protest',
     'On 19 May 2022, traders observed a shutter-down strike and protested in Chaman (Killa Abdullah, Balochistan) against the closure of the Pak-Afghan border. [size=hundreds]'),
    ('Peaceful protest',
     'On 2 June 2023, women: members of the Haq Do Tehreek held a rally in Gwadar (Gwadar, Balochistan) demanding the release of their leader. [women targeted: none] [size=no report]'),
    ('Protest with intervention',
     "On 25 September 2022, police baton charged protesting nurses outside the Chief Minister's House in Quetta (Quetta, Balochistan). Several nurses were detained. [size=no report]"),
    ('Peaceful protest',
     'On 14 April 2023, PTI supporters protested outside the district court in Sibi (Sibi, Balochistan) against the arrest of party leaders. [size=around 100]'),
    ('Peaceful protest',
     'On 1 November 2022, levies personnel protested in Loralai (Loralai, Balochistan) over the non-payment of salaries. [size=no report]'),
    ('Peaceful protest',
     'On 3 December 2022, Hazara community members protested in Quetta (Quetta, Balochistan) against the killing of a shopkeeper by unidentified gunmen. [size=no report]'),
    ('Peaceful protest',
     'On 8 February 2023, farmers blocked the N-25 highway in Mastung (Mastung, Balochistan) to protest against power outages. [size=around 200]'),
]


@pytest.mark.parametrize("sub, text", NOTES)
def test_protest_note(pipeline, sub, text):
    (ev,) = pipeline.extract(text).events
    assert ev.sub_event_type == sub
    assert ev.actor1 == "Protesters (Pakistan)"
    assert ev.country == "Pakistan" and ev.admin1 == "Balochistan"
