"""One-sentence news snippets from anywhere, one per ACLED sub-event type (issue 4). Written
for this project in the style of wire reports; not taken from any evaluation set."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

SNIPPETS = [
    ('Armed clash',
     'Government troops and Al-Shabaab fighters exchanged fire for several hours near the town of Afgooye, leaving six dead.'),
    ('Government regains territory',
     'The Iraqi army said it had recaptured the town of Rutba from Islamic State militants after a three-day operation.'),
    ('Non-state actor overtakes territory',
     'Taliban fighters seized control of the district headquarters in Badakhshan after government forces withdrew.'),
    ('Chemical weapon',
     'Dozens of civilians suffered breathing difficulties after a chlorine gas attack on a village in Idlib province.'),
    ('Air/drone strike',
     'A US drone strike killed four suspected militants in a vehicle in North Waziristan on Thursday.'),
    ('Suicide bomb',
     'A suicide bomber blew himself up at a checkpoint in Kabul, killing three police officers.'),
    ('Shelling/artillery/missile attack',
     'Rebel artillery shelled residential areas of Donetsk overnight, wounding five civilians.'),
    ('Remote explosive/landmine/IED',
     'A roadside bomb struck a military convoy in Kunar province, killing two soldiers.'),
    ('Grenade',
     'Unknown attackers hurled a grenade at a police post in Srinagar, injuring two policemen.'),
    ('Sexual violence',
     'Soldiers raped three women during a raid on a village in South Kivu, a UN report said.'),
    ('Attack',
     'Gunmen on motorcycles shot dead a village chief in Zamfara state on Saturday.'),
    ('Abduction/forced disappearance',
     'Armed men kidnapped 15 students from a school in Kaduna state early on Friday.'),
    ('Peaceful protest',
     'Thousands of teachers marched peacefully through Nairobi demanding higher pay.'),
    ('Protest with intervention',
     'Police fired tear gas to disperse hundreds of opposition supporters gathered outside the electoral commission in Kampala.'),
    ('Excessive force against protesters',
     'Security forces opened fire on demonstrators in Khartoum, killing seven people.'),
    ('Violent demonstration',
     'Protesters threw stones at police and set tyres on fire in the streets of Conakry.'),
    ('Mob violence',
     'A mob lynched a man accused of blasphemy in Sialkot.'),
    ('Agreement',
     'The government and the rebels signed a ceasefire agreement in Juba on Tuesday.'),
    ('Arrests',
     'Police arrested 40 opposition activists ahead of a planned rally in Harare.'),
    ('Disrupted weapons use',
     'Security forces defused a bomb planted near a market in Peshawar.'),
    ('Headquarters or base established',
     'Islamist militants set up a new base in the forest near the border with Niger.'),
    ('Looting/property destruction',
     'Militants burned down a government school in Borno state overnight.'),
    ('Non-violent transfer of territory',
     'Russian forces handed over control of the airport to Syrian government troops without any fighting.'),
]


@pytest.mark.parametrize("sub, text", SNIPPETS)
def test_snippet_sub_event_type(pipeline, sub, text):
    events = pipeline.extract(text).events
    assert [e.sub_event_type for e in events][:1] == [sub]
