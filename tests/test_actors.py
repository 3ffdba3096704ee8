"""Actors stage: lexicon loading and extension, ACLED naming by country and date, roles, units."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventatlas.actors import ActorLexicon, interaction_code
from eventatlas.config import Config
from eventatlas.errors import ConfigError
from eventatlas.models import Document

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "article.txt"

BLA = "BLA: Balochistan Liberation Army"


@pytest.fixture(scope="module")
def lex(tmp_path_factory) -> ActorLexicon:
    return ActorLexicon.load(Config(home=tmp_path_factory.mktemp("actors-home")))


def find(lex: ActorLexicon, text: str, country: str | None, date: dt.date | None = None):
    return lex.find(Document(text=text, sentences=[]), country, date=date)


def by_text(mentions):
    return {m.text: m for m in mentions}


# --- named groups and their units -------------------------------------------------------------

OWN_REPORT = (
    "The Baloch Liberation Army (BLA) said its Majeed Brigade and Fatah Squad stormed a camp "
    "near Turbat, while ZIRAB and STOS units blocked roads. The Balochistan Liberation Army "
    "said Pakistani soldiers and seven policemen were killed."
)


def test_bla_variants_and_units_resolve_to_one_actor(lex):
    found = find(lex, OWN_REPORT, "Pakistan", dt.date(2026, 1, 31))
    names = by_text(found)
    for variant in ("Baloch Liberation Army", "BLA", "Balochistan Liberation Army"):
        assert names[variant].name == BLA
        assert names[variant].inter == 2 and names[variant].kind == "rebel"
    for unit in ("Majeed Brigade", "Fatah Squad", "ZIRAB", "STOS"):
        assert names[unit].parent == BLA, unit
        coded = lex.code_as(names[unit])
        assert coded.actor == BLA and coded.assoc == unit and coded.inter == 2
    groups = {lex.code_as(m).actor for m in found if not m.generic}
    assert groups == {BLA}


@pytest.mark.skipif(not SEED.is_file(), reason="shared/seed/article.txt is absent")
def test_seed_article_actors(lex):
    text = SEED.read_text(encoding="utf-8")
    found = find(lex, text, "Pakistan", dt.date(2026, 1, 31))
    named = [m for m in found if not m.generic]
    assert {m.parent or m.name for m in named if m.inter == 2} == {BLA}
    units = {m.name for m in named if m.parent == BLA}
    assert units == {"Majeed Brigade", "Fatah Squad", "ZIRAB", "STOS"}
    state = {m.name for m in found if m.inter == 1}
    assert "Military Forces of Pakistan (2024-)" in state
    assert "Police Forces of Pakistan (2024-)" in state
    isi = [m for m in found if m.text == "ISI"]
    assert isi and isi[0].name == "Military Forces of Pakistan (2024-)"


def test_acronyms_are_case_sensitive_names_are_not(lex):
    assert find(lex, "he said bla bla about the rab", "Bangladesh") == []
    found = find(lex, "the baloch liberation army claimed it", "Pakistan")
    assert [m.name for m in found] == [BLA]


def test_country_restricted_alias(lex):
    assert [m.name for m in find(lex, "RAB arrested two men", "Bangladesh")][0].endswith("Rapid Action Battalion")
    assert all("Rapid Action" not in m.name for m in find(lex, "RAB arrested two men", "Pakistan"))


def test_templated_and_country_specific_names(lex):
    assert find(lex, "Islamic State claimed the bombing", "Iraq")[0].name == "Islamic State (Iraq)"
    assert find(lex, "ISIS claimed the bombing", "Nigeria")[0].name == "Islamic State (West Africa)"
    assert find(lex, "ISWAP fighters overran the base", "Nigeria")[0].name == "Islamic State (West Africa)"
    assert find(lex, "IS-K claimed it", "Afghanistan")[0].name == "Islamic State (Afghanistan)"
    assert find(lex, "Fulani herdsmen attacked the village", "Nigeria")[0].name == "Fulani Ethnic Militia (Nigeria)"
    assert find(lex, "Jamaat-e-Islami held a rally", "Pakistan")[0].name == "JI: Jamaat-e-Islami"
    assert find(lex, "Jamaat-e-Islami held a rally", "Bangladesh")[0].name == "JeI: Jamaat-e-Islami"


def test_group_that_became_government(lex):
    before = find(lex, "Taliban attacked a checkpoint", "Afghanistan", dt.date(2020, 5, 1))[0]
    after = find(lex, "Taliban attacked a checkpoint", "Afghanistan", dt.date(2022, 5, 1))[0]
    assert (before.name, before.inter) == ("Taliban", 2)
    assert (after.name, after.inter, after.kind) == ("Military Forces of Afghanistan (2021-)", 1, "state_military")


# --- state forces -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "branch", "date", "expected"),
    [
        ("Pakistan", "military", dt.date(2020, 1, 1), "Military Forces of Pakistan (2018-2022)"),
        ("Pakistan", "military", dt.date(2018, 8, 17), "Military Forces of Pakistan (2013-2018)"),
        ("Pakistan", "military", dt.date(2018, 8, 18), "Military Forces of Pakistan (2018-2022)"),
        ("Pakistan", "police", None, "Police Forces of Pakistan (2024-)"),
        ("Bangladesh", "police", dt.date(2015, 6, 1), "Police Forces of Bangladesh (2009-2024)"),
        ("Bangladesh", "police", dt.date(2024, 9, 1), "Police Forces of Bangladesh (2024-)"),
        ("India", "police", dt.date(2010, 1, 1), "Police Forces of India (2004-2014)"),
        ("Nigeria", "military", dt.date(2016, 1, 1), "Military Forces of Nigeria (2015-2023)"),
        ("United States", "military", dt.date(2019, 1, 1), "Military Forces of the United States (2017-2021)"),
        ("Bangladesh", "military", dt.date(1990, 1, 1), "Military Forces of Bangladesh"),
        ("Atlantis", "police", dt.date(2020, 1, 1), "Police Forces of Atlantis"),
    ],
)
def test_state_forces_by_period(lex, country, branch, date, expected):
    assert lex.state_forces(country, branch, date) == expected


def test_state_forces_rejects_unknown_branch(lex):
    with pytest.raises(ConfigError, match="military' or 'police"):
        lex.state_forces("Pakistan", "navy", None)  # type: ignore[arg-type]


def test_state_units_and_foreign_forces(lex):
    text = "RAB and BGB members clashed with smugglers; Indian BSF later shot a Bangladeshi national."
    found = by_text(find(lex, text, "Bangladesh", dt.date(2016, 3, 1)))
    rab = found["RAB"]
    assert rab.name == "Police Forces of Bangladesh (2009-2024) Rapid Action Battalion"
    assert rab.parent == "Police Forces of Bangladesh (2009-2024)" and rab.inter == 1
    assert lex.code_as(rab).actor == rab.name
    assert found["BGB"].name == "Police Forces of Bangladesh (2009-2024) Border Guards Bangladesh"
    bsf = found["Indian BSF"]
    assert bsf.name == "Police Forces of India (2014-) Border Security Force"
    assert (bsf.inter, bsf.kind, bsf.country) == (8, "external", "India")
    assert found["Bangladeshi national"].name == "Civilians (Bangladesh)"
    # the same force at home is inter 1, and its period follows the date
    home = find(lex, "BSF jawans patrolled", "India", dt.date(2010, 1, 1))[0]
    assert (home.name, home.inter) == ("Police Forces of India (2004-2014) Border Security Force", 1)


# --- generic roles ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("villagers", ("Civilians (Bangladesh)", 7)),
        ("a woman", ("Civilians (Bangladesh)", 7)),
        ("civilians", ("Civilians (Bangladesh)", 7)),
        ("gunmen", ("Unidentified Armed Group (Bangladesh)", 3)),
        ("unidentified attackers", ("Unidentified Armed Group (Bangladesh)", 3)),
        ("demonstrators", ("Protesters (Bangladesh)", 6)),
        ("mob", ("Rioters (Bangladesh)", 5)),
        ("policemen", ("Police Forces of Bangladesh (2024-)", 1)),
        ("troops", ("Military Forces of Bangladesh (2024-)", 1)),
    ],
)
def test_generic_roles(lex, role, expected):
    assert lex.generic(role, "Bangladesh") == expected


def test_generic_unknown_role_says_how_to_fix(lex):
    with pytest.raises(ConfigError, match="actors.json"):
        lex.generic("astronauts", "Bangladesh")


def test_roles_in_text_with_nationality(lex):
    text = "Pakistani soldiers exchanged fire with Indian troops while unidentified gunmen shot a farmer."
    found = by_text(find(lex, text, "Pakistan", dt.date(2020, 1, 1)))
    assert found["Pakistani soldiers"].name == "Military Forces of Pakistan (2018-2022)"
    assert found["Pakistani soldiers"].inter == 1 and found["Pakistani soldiers"].generic
    assert (found["Indian troops"].name, found["Indian troops"].inter) == ("Military Forces of India (2014-)", 8)
    assert found["unidentified gunmen"].name == "Unidentified Armed Group (Pakistan)"
    assert found["farmer"].name == "Civilians (Pakistan)"
    spans_ok = all(text[m.span.start : m.span.end] == m.text for m in found.values())
    assert spans_ok


def test_party_members_are_the_party_and_can_be_coded_as_rioters(lex):
    text = "BCL activists attacked supporters of the BNP at the college."
    found = find(lex, text, "Bangladesh", dt.date(2012, 1, 1))
    assert [m.name for m in found] == ["BCL: Bangladesh Chhatra League", "BNP: Bangladesh Nationalist Party"]
    assert all(m.kind == "party" and m.inter == 3 for m in found)
    rioters = lex.code_as(found[1], "rioters", "Bangladesh")
    assert (rioters.actor, rioters.inter, rioters.assoc) == ("Rioters (Bangladesh)", 5, "BNP: Bangladesh Nationalist Party")


def test_possessive_member_word_refers_to_the_group_before(lex):
    found = find(lex, "The BLA said its fighters struck a camp.", "Pakistan")
    assert [m.name for m in found] == [BLA, BLA]
    assert found[1].text == "its fighters"


def test_date_defaults_to_publication_date(lex):
    doc = Document(text="Police opened fire.", sentences=[], published=dt.date(2016, 1, 1))
    assert lex.find(doc, "Bangladesh")[0].name == "Police Forces of Bangladesh (2009-2024)"


# --- interaction codes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("i1", "i2", "code"), [(1, 2, 12), (2, 1, 12), (7, 1, 17), (6, 0, 60), (0, 5, 50), (3, 3, 33), (8, 7, 78)]
)
def test_interaction_code(i1, i2, code):
    assert interaction_code(i1, i2) == code


def test_interaction_code_rejects_bad_inter():
    with pytest.raises(ConfigError):
        interaction_code(9, 1)


# --- user extension ---------------------------------------------------------------------------


def test_user_file_adds_and_overrides(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "actors.json").write_text(
        json.dumps(
            {
                "format": "eventatlas-actors/1",
                "states": {"Pakistan": {"periods": [["2008-03-25", "2008-2013"], ["2013-06-05", "2013-"]]}},
                "actors": [
                    {"name": "XLF: Example Liberation Front", "kind": "rebel", "countries": ["Pakistan"],
                     "aliases": ["Example Liberation Front", "XLF"],
                     "units": [{"name": "Night Squad", "aliases": ["Night Squad"]}]},
                    {"name": BLA, "add_aliases": ["Baloch Freedom Army"]},
                    {"name": "JP: Jatiya Party", "disabled": True},
                ],
                "roles": {"civilians": {"words": ["tea sellers"], "remove_words": ["locals"]}},
            }
        ),
        encoding="utf-8",
    )
    lex = ActorLexicon.load(Config(home=home))
    text = "The XLF Night Squad and the Baloch Freedom Army attacked soldiers; tea sellers fled. Locals watched."
    found = by_text(find(lex, text, "Pakistan", dt.date(2020, 1, 1)))
    assert found["XLF"].name == "XLF: Example Liberation Front" and found["XLF"].inter == 2
    assert found["Night Squad"].parent == "XLF: Example Liberation Front"
    assert found["Baloch Freedom Army"].name == BLA
    assert found["soldiers"].name == "Military Forces of Pakistan (2013-)"
    assert found["tea sellers"].name == "Civilians (Pakistan)"
    assert "Locals" not in found
    assert all("Jatiya" not in m.name for m in find(lex, "Jatiya Party rally", "Bangladesh"))
    # built-in entries the user did not touch are still there
    assert find(lex, "TTP claimed it", "Pakistan")[0].name == "TTP: Tehreek-i-Taliban Pakistan"


def test_extra_file_is_merged_after_home(tmp_path):
    extra = tmp_path / "more.json"
    extra.write_text(json.dumps({"actors": [{"name": "New Group", "kind": "identity_militia", "aliases": ["Newgroup"]}]}))
    lex = ActorLexicon.load(Config(home=tmp_path / "empty"), extra=extra)
    m = find(lex, "Newgroup raided it", "Somalia")[0]
    assert (m.name, m.inter, m.kind) == ("New Group", 4, "identity_militia")


def test_an_alias_marked_match_case_matches_only_as_written(tmp_path, lex):
    # built in: "Lebanese Forces" is the party, "Lebanese forces" the army
    assert [m.name for m in find(lex, "a Lebanese Forces official was killed", "Lebanon")] == ["LF: Lebanese Forces"]
    assert all(not m.name.startswith("LF:") for m in find(lex, "Israeli and Lebanese forces exchanged fire", "Lebanon"))
    extra = tmp_path / "case.json"
    extra.write_text(json.dumps({"actors": [{"name": "Wing", "kind": "political_militia",
                                             "aliases": [{"text": "Iron Wing", "match_case": True}]}]}))
    user = ActorLexicon.load(Config(home=tmp_path / "empty"), extra=extra)
    assert [m.name for m in find(user, "the Iron Wing raided it", "Somalia")] == ["Wing"]
    assert not any(m.name == "Wing" for m in find(user, "an iron wing of the plant", "Somalia"))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        (json.dumps({"actors": [{"name": "X", "kind": "gang", "aliases": ["X"]}]}), "kind 'gang'"),
        (json.dumps({"actors": [{"name": "X", "kind": "rebel", "inter": 12, "aliases": ["X"]}]}), "inter 12"),
        (json.dumps({"states": {"Pakistan": {"periods": [["2018/08/18", "2018-"]]}}}), "YYYY-MM-DD"),
        (json.dumps({"format": "other/9"}), "format"),
        (json.dumps({"actors": [{"name": "X", "kind": "rebel", "aliases": [{"text": "X", "match_case": "yes"}]}]}), "match_case"),
    ],
)
def test_bad_user_file_raises_config_error(tmp_path, content, message):
    extra = tmp_path / "bad.json"
    extra.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        ActorLexicon.load(Config(home=tmp_path / "empty"), extra=extra)


def test_builtin_data_is_consistent(lex):
    kinds = {"rebel", "political_militia", "identity_militia", "party", "external", "state_police", "state_military"}
    for entry in lex.actors:
        assert entry.kind in kinds, entry.name
        assert entry.aliases, f"{entry.name} has no alias"
    for country in ("Pakistan", "Bangladesh", "India", "Afghanistan", "Iraq", "Syria", "Nigeria", "Somalia"):
        assert lex.states[country.lower()].periods, country
        assert any(country in e.countries for e in lex.actors), country


def test_bangladeshi_outlawed_groups_and_the_counter_terrorism_unit(pipeline):
    (ev,) = pipeline.extract("On 19 June 2015, a cadre of Gono Mukti Fouz was killed in a shootout with police in Kushtia.").events
    assert ev.sub_event_type == "Armed clash"
    assert "GMF: Gono Mukti Fouz" in (ev.actor1, ev.actor2)
    (ev,) = pipeline.extract("On 24 December 2016, two JMB militants were killed in a raid by the Counter Terrorism Unit in Dhaka city.").events
    assert "Counter Terrorism and Transnational Crime Unit" in (ev.actor1 or "") + (ev.actor2 or "") + (ev.assoc_actor_1 or "") + (ev.assoc_actor_2 or "")


def test_military_of_names_whose_troops_a_bare_soldiers_means(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "actors.json").write_text(json.dumps({
        "format": "eventatlas-actors/1",
        "states": {"Western Sahara": {"demonyms": ["Sahrawi"], "military_of": "Morocco"}}}), encoding="utf-8")
    lex = ActorLexicon.load(Config(home=home))
    found = by_text(find(lex, "Soldiers fired on a crowd near Smara.", "Western Sahara", dt.date(2021, 1, 1)))
    assert found["Soldiers"].name.startswith("Military Forces of Morocco")
    assert (found["Soldiers"].inter, found["Soldiers"].kind) == (8, "external")
    # without it a bare "soldiers" are the country's own
    plain = by_text(find(ActorLexicon.load(Config(home=tmp_path / "empty")), "Soldiers fired on a crowd near Smara.",
                         "Western Sahara", dt.date(2021, 1, 1)))
    assert plain["Soldiers"].name == "Military Forces of Western Sahara"


def test_military_of_must_be_a_country_name(tmp_path):
    extra = tmp_path / "bad.json"
    extra.write_text(json.dumps({"states": {"Palestine": {"military_of": 7}}}), encoding="utf-8")
    with pytest.raises(ConfigError, match="military_of must be a country name"):
        ActorLexicon.load(Config(home=tmp_path / "empty"), extra=extra)
