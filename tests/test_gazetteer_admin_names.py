"""First-level areas that GeoNames names with a kind word ("Borno State", "Mandera County",
"Tillabéri Region") are found by the name news uses ("in Borno", "in Yobe"), unless that name
is a common word ("Free State") or a country's name ("Niger State" is not "Niger")."""

from __future__ import annotations

import pytest

from eventatlas.config import Config
from eventatlas.gazetteer import Gazetteer
from eventatlas.gazetteer.normalize import acled_admin, admin_base

from test_gazetteer_support import gaz, places, row19  # noqa: F401  (gaz is a fixture)


@pytest.mark.parametrize(
    ("name", "base"),
    [
        ("Borno State", "Borno"), ("Mandera County", "Mandera"), ("Cauca Department", "Cauca"),
        ("Tillabéri Region", "Tillabéri"), ("Quetta District", "Quetta"),
        ("Free State", "Free State"), ("Central Region", "Central Region"),
        ("Rivers State", "Rivers State"), ("Western Region", "Western Region"),
        # a name with a common word in it still loses the kind word, as ACLED writes it
        ("Northern Borders Region", "Northern Borders"), ("Cross River State", "Cross River"),
        ("Upper Nile State", "Upper Nile"), ("South Waziristan Agency", "South Waziristan"),
    ],
)
def test_admin_base_drops_the_kind_word_only_before_a_name(name, base):
    assert admin_base(name) == base


def test_acled_writes_states_without_the_kind_word():
    assert acled_admin("Borno State") == "Borno"


def test_default_index_finds_states_by_their_bare_name(gaz):  # noqa: F811
    assert any(p.country_code == "NG" and p.feature_code == "ADM1" for p in gaz.lookup("Yobe"))
    assert any(p.country_code == "NG" and p.feature_code == "ADM1" for p in gaz.lookup("Borno"))
    # a country's name is not an alias of an area that bears it
    assert not any(p.country_code == "NG" for p in gaz.lookup("Niger"))


def test_bare_state_name_in_a_report_resolves_in_its_country(gaz):  # noqa: F811
    found = places("Gunmen killed 12 villagers in Yobe on Monday.", gaz)
    hit = next(m for m in found if m.text == "Yobe")
    assert hit.place is not None and hit.place.country_code == "NG" and hit.place.admin1 == "Yobe"


def test_loaded_admin1_table_adds_the_bare_name(tmp_path):
    codes = tmp_path / "admin1CodesASCII.txt"
    codes.write_text("XK.07\tZuba State\tZuba State\t9990001\nXK.08\tFree State\tFree State\t9990002\n",
                     encoding="utf-8")
    dump = tmp_path / "XK.txt"
    dump.write_text(row19(9990101, "Tamsa", 10.5, 12.5, "XK", "07", pop=900) + "\n", encoding="utf-8")
    with Gazetteer.open(Config(home=tmp_path / "home"), defaults=False) as g:
        g.add([dump, codes])
        assert [p.name for p in g.lookup("Zuba")] == ["Zuba State"]
        assert g.lookup("Free") == ()
