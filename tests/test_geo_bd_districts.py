"""Issue 3: the districts and upazilas a note names settle which namesake a village is.

Sentences and towns are invented for these tests (the towns sit at made-up points near real
districts); the upazilas and districts come from the default index."""

from __future__ import annotations

import pytest
from test_gazetteer_support import copy_default_index, index_with_file, postal_zip

from eventatlas.config import Config
from eventatlas.gazetteer import Gazetteer
from eventatlas.places import find_places
from eventatlas.text import make_document

pytestmark = pytest.mark.slow

# name, latitude, longitude, country, admin1, admin2, aliases
_CSV = """name,latitude,longitude,country,admin1,admin2,aliases
Shonpur,24.25,89.85,BD,Dhaka,Tangail,
Kholapara,23.10,88.95,BD,Khulna,Jessore,
Kholapara,23.20,88.70,IN,West Bengal,Nadia,
"""


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    yield from index_with_file(tmp_path_factory, "towns.csv", _CSV)


def by_text(text, gaz):
    return {m.text: m for m in find_places(make_document(text), gaz)}


def test_a_namesake_next_door_is_not_in_the_upazila_the_note_names(gaz):
    # Shonpur (Tangail) lies some 20 km from Belkuchi upazila, but in another district: the
    # village of the note is an unindexed one in Belkuchi, not the Tangail town
    ms = by_text("Villagers clashed at Shonpur village in Belkuchi upazila (Sirajganj) on Friday.", gaz)
    m = ms["Shonpur"]
    assert m.place is None and "not_in_gazetteer" in m.flags
    assert m.area is not None and m.area.admin2 == "Sirajganj"
    # without a qualifier the town is taken
    ms = by_text("Villagers clashed at Shonpur village on Friday.", gaz)
    assert ms["Shonpur"].place is not None and ms["Shonpur"].place.admin2 == "Tangail"


def test_an_unindexed_village_lies_in_the_reading_the_note_gives_its_qualifier(gaz):
    # "Nawabganj" names an upazila of Dhaka district and the seat of Chapai Nababganj; the note
    # reads it as the town (a place of the report), so the unknown village lies there too
    ms = by_text("Border guards found a body near Kalupara border (Shibganj, Nawabganj) on Sunday.", gaz)
    assert ms["Nawabganj"].place is not None
    town = ms["Nawabganj"].place.admin2
    m = ms["Kalupara"]
    assert m.place is None and m.area is not None
    assert m.area.admin2 == town == "Chapai Nababganj"


def test_every_named_area_that_holds_a_reading_counts(gaz):
    # Kaliganj: a town of Jhenaidah and upazilas of several districts, all but one outside
    # Satkhira; Khulna (the division) holds two of them, Satkhira only one
    ms = by_text("Police recovered two bombs in Kaliganj upazila (Satkhira, Khulna) on Monday.", gaz)
    p = ms["Kaliganj"].place
    assert p is not None and p.admin2 == "Satkhira"


def test_a_name_written_with_upazila_is_the_sub_district(gaz):
    # Mohammadpur: a large town of Naogaon by that name, and an upazila of Magura
    ms = by_text("Two rival groups fought at Kalibari village in Mohammadpur upazila on Sunday.", gaz)
    p = ms["Mohammadpur"].place
    assert p is not None and p.feature_code == "ADM3" and p.admin2 == "Magura"
    assert ms["Kalibari"].area is not None and ms["Kalibari"].area.admin2 == "Magura"
    # written alone, the town
    p = by_text("Police raided a house in Mohammadpur on Sunday.", gaz)["Mohammadpur"].place
    assert p is not None and p.feature_class == "P"


def test_a_village_outside_every_district_the_note_names_is_a_namesake(gaz):
    # the note names only Sirajganj (through its Sadar upazila); Shonpur of Tangail is another
    ms = by_text("Bombs were thrown at Shonpur village, Sirajganj Sadar on Friday.", gaz)
    m = ms["Shonpur"]
    assert m.place is None and "not_in_gazetteer" in m.flags
    assert m.area is not None and m.area.admin2 == "Sirajganj"
    # an upazila of another district is no reading of a word the text does not call one
    ms = by_text("A bomb went off at Gopalpur Colony on Sunday. Police of Belkuchi upazila are "
                 "investigating.", gaz)
    assert all(m.place is None or m.place.admin2 == "Sirajganj" for m in ms.values())
    # the areas the text names itself stay, whatever the other places
    ms = by_text("Two groups clashed in Belkuchi upazila and in Gopalpur upazila on Monday.", gaz)
    assert {m.place.admin2 for m in ms.values() if m.place is not None} == {"Sirajganj", "Tangail"}


def test_the_country_whose_border_force_acted_is_not_where_it_happened(gaz):
    # "India's Border Security Force", "Indian BSF": whose forces, as "US troops" is; the
    # victims are Bangladeshi, and so is the border village of the name
    for text in ("India's Border Security Force shot dead a Bangladeshi farmer near Kholapara "
                 "border on Friday.",
                 "Indian BSF men beat a Bangladeshi cattle trader at Kholapara border."):
        p = by_text(text, gaz)["Kholapara"].place
        assert p is not None and p.country_code == "BD", text
    # a report about a place in India stays there
    p = by_text("Indian police said a man was killed at Kholapara in West Bengal.", gaz)["Kholapara"].place
    assert p is not None and p.country_code == "IN"


def test_a_town_named_in_an_institution_is_where_it_happened_only_when_alone(gaz):
    ms = by_text("Activists of the Comilla unit of the party rallied in Feni town on Sunday.", gaz)
    assert ms["Comilla"].role == "context" and ms["Feni"].role == "location"
    ms = by_text("A youth stabbed in a clash at Madaripur died later at Dhaka Medical College "
                 "Hospital.", gaz)
    assert ms["Dhaka"].role == "context" and ms["Madaripur"].role == "location"
    # the only place named stays the location
    ms = by_text("A patient was assaulted at Dhaka Medical College Hospital on Monday.", gaz)
    assert ms["Dhaka"].role == "location"


def test_the_place_a_protest_is_about_is_not_where_it_was_held(gaz):
    ms = by_text("Students formed a human chain in Feni town demanding justice for the murder of a "
                 "teacher in Comilla.", gaz)
    assert ms["Feni"].role == "location" and ms["Comilla"].role == "context"
    # the cause ends with its clause
    ms = by_text("Protesting the arrest of their leader, activists blocked a road in Comilla on "
                 "Monday.", gaz)
    assert ms["Comilla"].role == "location"
    # alone, the place is still where it happened
    ms = by_text("Students rallied demanding justice for a teacher killed in Comilla.", gaz)
    assert ms["Comilla"].role == "location"


def test_postal_district_spellings_are_the_index_districts(tmp_path):
    # postal dumps write "Hobiganj" for Habiganj and may garble a district name; the rows
    # join the indexed district (by its established name, else by their sub-district)
    home = copy_default_index(tmp_path / "h")
    txt = "\n".join([
        "BD\t3399\tKholagram\t\t\tHobiganj\t\tMadhabpur\t\t24.30\t91.45\t4",
        "BD\t3398\tDhanpur Bazar\t\t\tZzz Qqq\t\tMadhabpur\t\t24.32\t91.46\t4",
    ]) + "\n"
    z = postal_zip(tmp_path / "BD.zip", "BD", txt)
    g = Gazetteer.open(Config(home=home))
    try:
        g.add([z])
        for name in ("Kholagram", "Dhanpur Bazar"):
            (p,) = [q for q in g.lookup(name) if q.country_code == "BD"]
            assert (p.admin2, p.admin1, p.source) == ("Habiganj", "Sylhet", "postal"), name
        assert not any(q.feature_code == "ADM2" and q.name in ("Hobiganj", "Zzz Qqq")
                       for n in ("Hobiganj", "Zzz Qqq") for q in g.lookup(n))
    finally:
        g.close()


def test_a_garbled_district_label_stands_for_the_district_its_rows_lie_in(tmp_path):
    # every row of a postal block carries the same nonsense district name; the rows whose
    # sub-district the index knows all lie in Habiganj, so the others (a sub-district spelt
    # unlike the index) lie there too, not in whatever division lies nearest their point
    home = copy_default_index(tmp_path / "h")
    txt = "\n".join([
        "BD\t3301\tKholagram\t\t\tQq Was Here\t\tMadhabpur\t\t24.12\t91.34\t4",
        "BD\t3302\tPurbapara\t\t\tQq Was Here\t\tChunarughat\t\t24.18\t91.52\t4",
        "BD\t3303\tDakhinpara\t\t\tQq Was Here\t\tBahubal\t\t24.36\t91.54\t4",
        "BD\t3304\tShonatola Bazar\t\t\tQq Was Here\t\tNobbigonj\t\t24.57\t91.55\t4",
    ]) + "\n"
    z = postal_zip(tmp_path / "BD.zip", "BD", txt)
    g = Gazetteer.open(Config(home=home))
    try:
        g.add([z])
        for name in ("Kholagram", "Shonatola Bazar"):
            (p,) = [q for q in g.lookup(name) if q.country_code == "BD"]
            assert (p.admin2, p.admin1) == ("Habiganj", "Sylhet"), name
        assert not g.lookup("Qq Was Here")
    finally:
        g.close()


def test_an_upazila_is_not_moved_to_a_post_office_of_its_name(tmp_path):
    # postal points are approximate; an upazila of the default index keeps its own point
    home = copy_default_index(tmp_path / "h")
    g = Gazetteer.open(Config(home=home))
    try:
        (upa,) = [q for q in g.lookup("Homna") if q.feature_code == "ADM3"]
        txt = (f"BD\t3546\tHomna\t\t\tComilla\t\tHomna\t\t{upa.latitude + 0.15:.4f}\t"
               f"{upa.longitude:.4f}\t4\n")
        z = postal_zip(tmp_path / "BD.zip", "BD", txt)
        g.add([z])
        ms = {m.text: m for m in find_places(make_document("Rivals clashed in Homna upazila on Monday."), g)}
        p = ms["Homna"].place
        assert p is not None and (round(p.latitude, 4), round(p.longitude, 4)) == (
            round(upa.latitude, 4), round(upa.longitude, 4))
    finally:
        g.close()


_CUE_CSV = """name,latitude,longitude,country,admin1,admin2,aliases
Kanaighat,26.51,93.95,IN,Assam,Golaghat,
"""


@pytest.fixture(scope="module")
def gaz_cue(tmp_path_factory):
    yield from index_with_file(tmp_path_factory, "cue.csv", _CUE_CSV)


def test_an_upazila_stays_in_bangladesh_in_a_report_that_names_india(gaz_cue):
    text = ("Indian Khasias kidnapped a Bangladeshi farmer from Lobhachhara in Kanaighat upazila "
            "and dragged him across the border to India.")
    m = by_text(text, gaz_cue)["Kanaighat"]
    assert m.place is not None and m.place.country_code == "BD", m.place


def test_a_post_office_near_its_own_upazila_keeps_its_point(tmp_path):
    # a long district: a post office at its far end lies 70 km from the district town but
    # beside the upazila the file names; it is not moved to the district town
    home = copy_default_index(tmp_path / "h")
    g = Gazetteer.open(Config(home=home))
    try:
        (upa,) = [q for q in g.lookup("Patgram") if q.feature_code == "ADM3"]
        lat, lon = upa.latitude + 0.04, upa.longitude - 0.04
        txt = (f"BD\t5549\tKholahati Bazar\t\t\tLalmonirhat\t\tPatgram\t\t{lat:.4f}\t{lon:.4f}\t4\n"
               f"BD\t5548\tDhanbari Hat\t\t\tLalmonirhat\t\tHatibandha\t\t{lat:.4f}\t{lon:.4f}\t4\n")
        z = postal_zip(tmp_path / "BD.zip", "BD", txt)
        g.add([z])
        (p,) = [q for q in g.lookup("Kholahati Bazar") if q.source == "postal"]
        assert (round(p.latitude, 4), round(p.longitude, 4)) == (round(lat, 4), round(lon, 4))
        # one that its own upazila does not vouch for still moves
        (q,) = [q for q in g.lookup("Dhanbari Hat") if q.source == "postal"]
        assert (round(q.latitude, 4), round(q.longitude, 4)) != (round(lat, 4), round(lon, 4))
    finally:
        g.close()
