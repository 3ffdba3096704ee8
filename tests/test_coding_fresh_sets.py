"""Two small sets written in the third session, measured once before any rule was changed for
them, to estimate how the coder does on text it was not tuned on:

- tests/data/news_snippets_fresh.jsonl: 50 one-sentence news snippets, two per ACLED sub-event
  type, from many countries, and 20 non-events (disasters, accidents, diplomacy, crime, sport).
  First run: 40/50 sub-types right, 2/20 false alarms (a bus that plunged into a ravine, an
  appeal to respect a truce).
- tests/data/news_snippets_fresh2.jsonl: 30 harder snippets and 19 non-events in the CASE 2021
  extra classes (claims and denials of responsibility, organised crime, man-made and natural
  disasters, diplomacy). First run: 27/30 sub-types, 6/19 false alarms (a denial of involvement,
  an arrest for extortion, a plant explosion, a diplomatic protest, an appeal to investigate).
- tests/data/balochistan_protest_notes_fresh.jsonl: 15 ACLED-style protest notes from
  Balochistan. First run: 14/15.
- tests/data/news_snippets_fresh3.jsonl (fourth session): 50 more snippets, two per sub-type,
  mostly outside South Asia, and 20 non-events. First run: 39/50 sub-types, 1/20 false alarms
  (forces killing peaceful marchers coded Attack, a detonated vest coded IED, a disappearance,
  a prisoner swap, an averted bombing, a mass grave, "condemned last week's attack"). After
  the rules for those: 46/50, 0/20. Left: rival supporters with sticks (Mob violence, coded
  Armed clash), a strike ordered by militants, a base from which raids are launched, leaflets.
- tests/data/news_snippets_fresh4.jsonl (fourth session): 19 Indian news snippets and 10 from
  Africa, Latin America and the Middle East, with 20 non-events that use conflict words in
  other senses (a heart attack, a stock market rally, a tax raid, a leopard attack, a bank
  robbery). First run: 26/29 sub-types (a dharna, arrests for links with a group) and 6/20
  false alarms; now 28/29 and 0/20. Left: villagers who attack officials with sticks (Mob
  violence, coded Attack).
- tests/data/balochistan_protest_notes_fresh2.jsonl (fourth session): 15 protest notes of
  2022-24 (BYC, Haq Do Tehreek, traders, doctors) with the district a coder would give. First
  run: 14/15 sub-types (a sit-in by the relatives of a man "killed in an alleged fake
  encounter" coded a violent demonstration) and 13/15 districts (Chaman coded to Afghanistan
  for "the Pak-Afghan highway"; Hub, a district since 2022, is in Lasbela in GeoNames). Now
  15/15 and 13/15 (Chaman is in Qila Abdullah in GeoNames, which a coder may call Chaman).

Fifth session: seven sets written blind by helpers who saw neither the code nor the evaluation
data (each got only a brief on ACLED's codebook and the kind of text to write), run once before
any rule was changed for them:

- news_snippets_fresh5.jsonl: 60 CASE-style snippets and 25 non-events. First run 49/60, 3/25
  false alarms.
- news_snippets_fresh6.jsonl: 60 snippets from under-covered regions and 25 non-events
  (commemorations, threats, tallies). First run 44/60, 4/25.
- acled_style_notes_world_fresh.jsonl: 70 ACLED-style notes from around the world and 20
  non-events in CASE 2021's extra classes. First run 54/70, 2/20.
- balochistan_protest_notes_fresh3.jsonl / fresh4.jsonl: 40 + 40 protest notes of 2022-25.
  First run 34/40 and 36/40 (intransitive "dispersed", "engaged in" a trade, background killings
  told after the protest).
- bangladesh_notes_2022_25_fresh.jsonl / fresh2.jsonl: 50 + 50 notes of 2022-25 with the
  writers' full coding. First run sub-type 37/50 and 38/50, fatalities 44/50 and 46/50. The
  writers code unarmed clashes between party factions as mob violence; the dev data's older
  years code most of them as armed clashes, and the coder follows the dev data there.
- news_snippets_fresh8.jsonl and balochistan_protest_notes_fresh5.jsonl: a third round, written
  after the fixes for the first two. First run 40/60 snippets and 4/25 false alarms (less-covered
  countries), 36/40 protest notes (31/35 peaceful).
- news_snippets_fresh9.jsonl, balochistan_protest_notes_fresh6.jsonl and
  bangladesh_notes_2022_25_fresh3.jsonl: a fourth round, written after the third round's fixes.
  First run 42/60 snippets and 5/25 false alarms (wire and NGO styles), 37/40 protest notes
  (31/34 peaceful), Bangladesh sub-type 36/50 and fatalities 44/50.
- news_snippets_fresh10.jsonl and balochistan_protest_notes_fresh7.jsonl: a fifth round, written
  after the fourth round's fixes. First run 49/60 snippets and 6/25 false alarms, 32/40 protest
  notes (27/35 peaceful: background killings told in quotes, "the previous evening", "eleven
  days ago", "earlier in the month", "the 30 May attack in which ...").
- news_snippets_fresh11.jsonl and balochistan_protest_notes_fresh8.jsonl: the last round, written
  to estimate the finished coder. First run 47/60 snippets and 5/25 false alarms, 36/40 protest
  notes (31/33 peaceful).
- wikipedia_style_incidents_fresh.jsonl: 45 incident entries of 2017-24. First run date 44/45,
  deaths 27/45 (the list's figure leaves out attackers), place named 13/45 (27 name no place).

Sixth session: five more sets written blind in the same way, run once before any rule was
changed for them (first run -> after the session's fixes):

- news_snippets_fresh12.jsonl: 60 news-wire snippets worded indirectly (passive voice,
  headlines, actors by description) and 25 non-events. First run 35/60, 7/25 false alarms
  (drones and loitering munitions, struck mines, towns that "fell to" fighters, an arms purchase
  agreement, a match report) -> 52/60, 1/25 (a man killed by his brother over family land: ACLED
  codes such killings in the Bangladesh dev notes, so the coder keeps them).
- acled_style_notes_world_fresh2.jsonl: 70 ACLED-style notes from 38 countries and 20 non-events.
  First run 59/70, 2/20 -> 63/70, 0/20.
- acled_style_notes_africa_me_fresh.jsonl: 55 notes from the Sahel, Sudan, the Horn, Yemen,
  Syria and the Levant and 15 non-events. First run 47/55, 0/15 -> 50/55, 0/15.
- balochistan_protest_notes_fresh9.jsonl: 40 protest notes of 2022-25. First run 37/40 (a sit-in
  with the bodies of miners killed in a blast, killings "they said" the FC did) -> 40/40.
- bangladesh_notes_2022_25_fresh4.jsonl: 50 notes of 2022-25 with full coding. First run sub-type
  38/50, fatalities 45/50 -> 44/50, 48/50.

A second round, written after the first round's fixes (first run -> after this round's fixes):

- news_snippets_fresh13.jsonl: 60 ordinary wire snippets and 25 non-events. First run 51/60, 2/25
  -> 58/60, 0/25.
- news_snippets_fresh14.jsonl: 60 one-sentence CASE-style descriptions and 25 non-events (near
  misses: protests announced, death-toll updates). First run 56/60, 2/25 -> 56/60, 0/25.
- acled_style_notes_asia_americas_europe_fresh.jsonl: 55 notes from Asia, Latin America and
  Europe and 15 non-events. First run 43/55, 4/15 -> 50/55, 2/15 (a tribunal's charge over
  killings of 2007-08, a UN monthly toll... the second now passes; the charge and an
  announcement of a day of strikes remain).
- balochistan_protest_notes_fresh10.jsonl: 40 protest notes. First run 33/40 -> 38/40.
- bangladesh_notes_2022_25_fresh5.jsonl: 50 notes. First run sub-type 40/50, fatalities 50/50
  -> 44/50, 50/50.

A third round, written after the second round's fixes:

- news_snippets_fresh15.jsonl: 60 mixed note- and lead-style texts from 55 countries and 25
  non-events. First run 53/60, 5/25 -> 58/60, 0/25.
- acled_style_notes_world_fresh3.jsonl: 55 notes and 15 non-events. First run 50/55, 3/15 ->
  54/55, 0/15.
- balochistan_protest_notes_fresh11.jsonl: 40 protest notes. First run 36/40 -> 39/40 (left: a
  road blocked with burning tyres, which the dev notes code as violent).
- bangladesh_notes_2022_25_fresh6.jsonl: 50 notes. First run sub-type 39/50, fatalities 46/50 ->
  44/50, 48/50.

A fourth round, written after the third round's fixes:

- news_snippets_fresh16.jsonl: 60 texts in the style of local outlets and 25 non-events. First
  run 57/60, 2/25 -> 58/60, 0/25.
- acled_style_notes_world_fresh4.jsonl: 55 notes of 2016-21 and 15 non-events. First run 50/55,
  0/15 -> 54/55, 0/15.
- balochistan_protest_notes_fresh12.jsonl: 40 protest notes. First run 36/40 -> 38/40.
- bangladesh_notes_2022_25_fresh7.jsonl: 50 notes. First run sub-type 41/50, fatalities 47/50 ->
  44/50, 48/50.

A fifth round, written after the fourth round's fixes, weighted to the bars most at risk:

- news_snippets_fresh17.jsonl: 60 mixed texts and 25 non-events. First run 51/60, 3/25 -> 51/60,
  0/25.
- balochistan_protest_notes_fresh13.jsonl / fresh14.jsonl: 40 + 40 protest notes. First run 36/40
  and 32/40 (killings told first and the protest "the following day") -> 39/40 and 38/40.
- bangladesh_notes_2022_25_fresh8.jsonl / fresh9.jsonl: 50 + 50 notes. First run sub-type 42/50
  and 42/50, fatalities 50/50 and 49/50 (unchanged since).

A sixth round, written after the fifth round's fixes; a few rules were added after it (see
tests/test_coding_session6.py), but its floors stay at its first run
(`test_last_round_estimate_sets`):

- news_snippets_fresh18.jsonl: 57/60 sub-types, 1/25 false alarms.
- acled_style_notes_world_fresh5.jsonl: 49/55, 1/15.
- balochistan_protest_notes_fresh15.jsonl: 33/40, fatalities 38/40.
- bangladesh_notes_2022_25_fresh10.jsonl: sub-type 42/50, event type 44/50, fatalities 48/50.

The last round, written after those rules and run once to estimate the finished coder; no rule
was changed for it (`test_final_round_estimate`):

- news_snippets_fresh19.jsonl: 55/60 sub-types, 2/25 false alarms.
- balochistan_protest_notes_fresh16.jsonl / fresh17.jsonl: 33/40 and 36/40; fatalities 35/40 and
  38/40.
- bangladesh_notes_2022_25_fresh11.jsonl: sub-type 37/50, event type 38/50, fatalities 43/50.

Seventh session: two more rounds written blind in the same way (first run -> after the round's
fixes). Round one was run on the sixth session's final coder, round two on round one's fixes:

- balochistan_protest_notes_fresh18/19/20.jsonl: short notes, long notes, and a third set a
  writer added. First run 39/40, 39/40, 37/40 -> 40/40 each.
- bangladesh_notes_2022_25_fresh12/13.jsonl: sub-type 44/50 and 45/50, event type 44/50 and
  45/50 -> 47/50 and 45/50.
- news_snippets_fresh20.jsonl: 51/60, 3/25 false alarms -> 56/60, 0/25.
- acled_style_notes_world_fresh6.jsonl: 47/55, 2/15 -> 54/55, 0/15.
- Round two: balochistan_protest_notes_fresh21/22.jsonl 36/40 and 39/40 -> 40/40 and 39/40;
  bangladesh_notes_2022_25_fresh14/15.jsonl sub-type 43/50 and 41/50 (event type 43/50 each) ->
  46/50 each; news_snippets_fresh21.jsonl (partly translated wording) 53/60, 3/25 -> 58/60, 0/25;
  acled_style_notes_world_fresh7.jsonl 48/55, 1/15 -> 51/55, 0/15.
- Round three: balochistan_protest_notes_fresh23/24.jsonl 35/40 and 39/40 -> 39/40 and 40/40;
  bangladesh_notes_2022_25_fresh16/17.jsonl sub-type 44/50 each, fatalities 47/50 and 46/50 ->
  47/50 and 45/50, fatalities 49/50 and 48/50; news_snippets_fresh22.jsonl 50/60, 4/25 -> 57/60,
  0/25; acled_style_notes_world_fresh8.jsonl 54/55, 2/15 -> 54/55, 0/15.
- Round four, the estimate of the coder the third round left (`test_seventh_session_first_runs[fourth]`,
  floors at the first run): balochistan_protest_notes_fresh25.jsonl 38/40 (ACLED-note style) and
  fresh26.jsonl 36/40 (written as local news reports); bangladesh_notes_2022_25_fresh18/19.jsonl
  sub-type 43/50 and 46/50, event type 46/50 each; news_snippets_fresh23.jsonl 58/60, 2/25;
  acled_style_notes_world_fresh9.jsonl 50/55, 1/15.
- Round five, run on the coder the fourth round left (`test_seventh_session_first_runs[fifth]`,
  floors at the first run): balochistan_protest_notes_fresh27/28.jsonl 39/40 and 38/40;
  bangladesh_notes_2022_25_fresh20/21.jsonl sub-type 45/50 and 40/50, event type 46/50 and 41/50;
  news_snippets_fresh24.jsonl 56/60, 3/25; acled_style_notes_world_fresh10.jsonl 49/55, 0/15.
- The last round, the estimate of the finished coder (`test_seventh_session_first_runs[last]`,
  floors at the first run on commit 5f51e13): balochistan_protest_notes_fresh29/30.jsonl 40/40 and 37/40;
  bangladesh_notes_2022_25_fresh22/23.jsonl sub-type and event type 43/50 and 42/50;
  news_snippets_fresh25.jsonl (non-native and local phrasing) 51/60, 2/25;
  acled_style_notes_world_fresh11.jsonl 47/55, 2/15.

Eighth session (same briefs; the writers saw no code and no ../shared data), round one, first
run on commit 93f7175 -> after its fixes (`test_eighth_session_sets[first]`, floors after):
news_snippets_fresh26.jsonl (non-native phrasing) 59/60, 2/25 -> 59/60, 0/25;
news_snippets_fresh27.jsonl (Latin America, Africa, Middle East; close-call non-events) 51/60,
3/25 -> 57/60, 0/25; acled_style_notes_world_fresh12.jsonl (Africa and Asia) 48/55, 0/15 ->
54/55; acled_style_notes_world_fresh13.jsonl (Middle East, Latin America, Europe) 53/55, 5/15
-> 55/55, 0/15; balochistan_protest_notes_fresh31/32.jsonl 39/40 and 38/40 -> 40/40 each;
bangladesh_notes_2022_25_fresh24/25.jsonl sub-type 44/50 and 47/50, event type 46/50 and 47/50
-> 45 and 49, 47 and 49.
Round two, first run on commit a3f419c (the coder round one left) -> after its fixes
(`test_eighth_session_sets[second]`): news_snippets_fresh28.jsonl (non-native phrasing) 51/60,
3/25 -> 60/60, 0/25; news_snippets_fresh29.jsonl (South and South-East Asia, East Africa, the
Sahel) 55/60, 2/25 -> 59/60, 0/25; acled_style_notes_world_fresh14/15.jsonl 51/55 and 50/55, 1/15
each -> 54/55 and 53/55, 0/15; balochistan_protest_notes_fresh33/34.jsonl 34/40 and 37/40 ->
40/40 and 39/40; bangladesh_notes_2022_25_fresh26/27.jsonl (fresh27: the run-up to the 2024
election) sub-type 43/50 and 42/50, event type 43/50 each -> 46 and 45, 46 and 45.
The last round, the estimate of the coder round two left (first run on commit 7cd3a3f;
`test_eighth_session_sets[last]`, floors at that first run): news_snippets_fresh30.jsonl
(non-native phrasing) 52/60, 3/25; news_snippets_fresh31.jsonl (Latin America, Africa, Middle
East; close-call non-events) 58/60, 8/25; acled_style_notes_world_fresh16/17.jsonl 50/55, 0/15
and 48/55, 1/15; balochistan_protest_notes_fresh35/36.jsonl 35/40 and 40/40;
bangladesh_notes_2022_25_fresh28/29.jsonl sub-type 44/50 and 39/50, event type 44/50 and 41/50.

Ninth session, three rounds of eight blind sets, each first run on the coder the previous round
left (commits 23a0806, e82f395, e6d4346), then fixed by general rules tested in other words
(test_coding_session9.py); `test_ninth_session_sets` holds the counts after the fixes. First runs
(sub-type right; false alarms): round one news_snippets_fresh32/33.jsonl 56/60 and 52/60, 2/25 and
3/25; acled_style_notes_world_fresh18/19.jsonl 47/55 and 48/55, 2/15 and 4/15;
balochistan_protest_notes_fresh37/38.jsonl 37/40 and 38/40; bangladesh_notes_2022_25_fresh30/31.jsonl
sub-type 38/50 and 36/50, event type 41/50 and 39/50. Round two: news_snippets_fresh34/35.jsonl
57/60 and 50/60, 3/25 and 2/25; acled_style_notes_world_fresh20/21.jsonl 47/55 and 44/55, 1/15
each; balochistan_protest_notes_fresh39/40.jsonl 35/40 and 36/40; bangladesh_notes_2022_25_fresh32/33.jsonl
38/50 and 43/50, event type 40/50 and 44/50. Round three: news_snippets_fresh36/37.jsonl 54/60
and 50/60, 2/25 and 3/25; acled_style_notes_world_fresh22/23.jsonl 45/55 and 49/55, 1/15 and 2/15;
balochistan_protest_notes_fresh41/42.jsonl 37/40 and 39/40; bangladesh_notes_2022_25_fresh34/35.jsonl
41/50 each, event type 42/50 and 43/50.
Fixes made after that first run bring them to 57/60, 1/25; 59/60, 0/25; 52/55, 0/15; 51/55,
1/15; 40/40 each; 44 and 41 (event type 44 and 43).

Tenth session, three rounds of eight blind sets, each first run on the coder the previous round
left (commits 18bd7c4, ca67807, 0a5ffaf), then fixed by general rules tested in other words
(test_coding_session10.py); `test_tenth_session_sets` holds the counts after the fixes. First
runs (sub-type right; false alarms): round one news_snippets_fresh38/39.jsonl 51/60 each, 7/25
and 3/25; acled_style_notes_world_fresh24/25.jsonl 47/55 and 39/55, 1/15 and 0/15;
balochistan_protest_notes_fresh43/44.jsonl 34/40 and 36/40; bangladesh_notes_2022_25_fresh36/37.jsonl
sub-type 37/50 and 36/50, event type 40/50 each. Round two: news_snippets_fresh40/41.jsonl 47/60
and 53/60, 3/25 and 1/25; acled_style_notes_world_fresh26/27.jsonl 48/55 and 41/55, 2/15 and
0/15; balochistan_protest_notes_fresh45/46.jsonl 34/40 and 37/40; bangladesh_notes_2022_25_fresh38/39.jsonl
35/50 and 40/50, event type 38/50 and 42/50. Round three: news_snippets_fresh42/43.jsonl 43/60
and 50/60, 5/25 and 2/25; acled_style_notes_world_fresh28/29.jsonl 48/55 each, 3/15 and 1/15;
balochistan_protest_notes_fresh47/48.jsonl 38/40 and 37/40; bangladesh_notes_2022_25_fresh40/41.jsonl
39/50 and 43/50, event type 40/50 and 46/50. The writers of the Balochistan sets code tyre
burning on a road as a peaceful protest where ACLED's codebook and the dev notes make it a
violent demonstration; the coder keeps the codebook (4 of the 10 remaining misses).

Eleventh session, four rounds of eight blind sets, each first run on the coder as it stood when the
round's writers started (commits 87af130, 3aee404, 020a7bc, d33a500), then fixed by general rules
tested in other words (test_coding_session11.py); `test_eleventh_session_sets` holds the counts
after the fixes. First runs (sub-type right; false alarms): round one news_snippets_fresh44/45.jsonl
47/60 and 49/60, 1/25 each; acled_style_notes_world_fresh30/31.jsonl 47/55 and 49/55, 2/15 and
1/15; balochistan_protest_notes_fresh49/50.jsonl 37/40 and 35/40; bangladesh_notes_2022_25_fresh42/43.jsonl
sub-type 41/50 and 43/50, event type 42/50 and 43/50. Round two: news_snippets_fresh46/47.jsonl
52/60 and 43/60, 1/25 and 3/25; acled_style_notes_world_fresh32/33.jsonl 49/55 and 47/55, 1/15
each; balochistan_protest_notes_fresh51/52.jsonl 39/40 and 37/40; bangladesh_notes_2022_25_fresh44/45.jsonl
37/50 and 46/50, event type 38/50 and 46/50. Round three: news_snippets_fresh48/49.jsonl 50/60 and
54/60, 1/25 and 3/25; acled_style_notes_world_fresh34/35.jsonl 46/55 and 43/55, 2/15 each;
balochistan_protest_notes_fresh53/54.jsonl 33/40 and 35/40; bangladesh_notes_2022_25_fresh46/47.jsonl
41/50 and 44/50, event type 42/50 and 46/50. Round four: news_snippets_fresh50/51.jsonl 51/60 and
56/60, 3/25 and 5/25; acled_style_notes_world_fresh36/37.jsonl 48/55 and 51/55, 0/15 and 1/15;
balochistan_protest_notes_fresh55/56.jsonl 37/40 and 34/40; bangladesh_notes_2022_25_fresh48/49.jsonl
42/50 and 39/50, event type 44/50 and 41/50 (the fourth round was only partly worked through).

Twelfth session, blind rounds of eight sets written from prompts that name only ACLED's codebook,
the text kind, regions and styles, first run on the coder as it stood when the round's writers
started, then fixed by general rules tested in other words (test_coding_session12.py);
`test_twelfth_session_sets` holds the counts after the fixes. First runs (sub-type right; false
alarms): round one (3c6495f) news_snippets_fresh52/53.jsonl 52/60 and 53/60, 2/25 and 3/25;
acled_style_notes_world_fresh38/39.jsonl 51/55 and 44/55, 1/15 and 3/15;
balochistan_protest_notes_fresh57/58.jsonl 39/40 and 36/40; bangladesh_notes_2022_25_fresh50/51.jsonl
42/50 and 37/50, event type 44/50 and 39/50. Round two (1a3b474): news_snippets_fresh54/55.jsonl
54/60 and 49/60, 2/25 each; acled_style_notes_world_fresh40/41.jsonl 46/55 and 45/55, 3/15 and
0/15; balochistan_protest_notes_fresh59/60.jsonl 37/40 each; bangladesh_notes_2022_25_fresh52/53.jsonl
35/50 and 42/50, event type 35/50 and 43/50. Round three (619dc94): news_snippets_fresh56/57.jsonl
51/60 and 53/60, 4/25 each; acled_style_notes_world_fresh42/43.jsonl 53/55 and 50/55, 2/15 and
3/15; balochistan_protest_notes_fresh61/62.jsonl 39/40 and 37/40; bangladesh_notes_2022_25_fresh54/55.jsonl
39/50 and 36/50, event type 42/50 and 39/50. Round four (a3b3237, the session's last code but one
commit): news_snippets_fresh58/59.jsonl 57/60 and 56/60, 3/25 and 4/25;
acled_style_notes_world_fresh44/45.jsonl 47/55 and 49/55, 0/15 each;
balochistan_protest_notes_fresh63/64.jsonl 39/40 each; bangladesh_notes_2022_25_fresh56/57.jsonl
44/50 and 40/50, event type 44/50 and 42/50.

Thirteenth session, three more blind rounds written the same way (fixes in test_coding_session13.py;
`test_thirteenth_session_sets` holds the counts after them). First runs: round one (365823c)
news_snippets_fresh60/61.jsonl 53/60 and 51/60, 5/25 and 4/25; acled_style_notes_world_fresh46/47.jsonl
50/55 and 52/55, 1/15 and 2/15; balochistan_protest_notes_fresh65/66.jsonl 36/40 and 38/40;
bangladesh_notes_2022_25_fresh58/59.jsonl 41/50 and 36/50, event type 41/50 and 37/50. Round two
(845d1d8): news_snippets_fresh62/63.jsonl 50/60 and 53/60, 2/25 and 0/25;
acled_style_notes_world_fresh48/49.jsonl 51/55 and 46/55, 1/15 each; balochistan_protest_notes_fresh67/68.jsonl
37/40 and 40/40; bangladesh_notes_2022_25_fresh60/61.jsonl 46/50 and 45/50, event type 47/50 each.
Round three (8a236b7): news_snippets_fresh64/65.jsonl 53/60 and 55/60, 2/25 and 0/25;
acled_style_notes_world_fresh50/51.jsonl 54/55 each, 0/15 and 2/15; balochistan_protest_notes_fresh69/70.jsonl
39/40 and 37/40; bangladesh_notes_2022_25_fresh62/63.jsonl 37/50 and 42/50, event type 38/50 and 46/50.

Fourteenth session, four more rounds written the same way (fixes in test_coding_session14.py;
`test_fourteenth_session_sets` holds the counts after them). First runs: round one (49b3a47)
news_snippets_fresh66/67.jsonl 53/60 and 52/60, 1/25 and 2/25; acled_style_notes_world_fresh52/53.jsonl
51/55 and 45/55, 1/15 and 4/15; balochistan_protest_notes_fresh71/72.jsonl 39/40 and 40/40;
bangladesh_notes_2022_25_fresh64/65.jsonl 44/50 and 42/50, event type 45/50 and 42/50. Round two
(721fe37): news_snippets_fresh68/69.jsonl 54/60 and 56/60, 1/25 and 2/25;
acled_style_notes_world_fresh54/55.jsonl 51/55 and 50/55, 2/15 and 1/15; balochistan_protest_notes_fresh73/74.jsonl
38/40 and 36/40; bangladesh_notes_2022_25_fresh66/67.jsonl 42/50 each, event type 43/50 and 44/50.
Round three (2531587): news_snippets_fresh70/71.jsonl 55/60 and 49/60, 2/25 and 1/25;
acled_style_notes_world_fresh56/57.jsonl 52/55 and 46/55, 1/15 and 3/15; balochistan_protest_notes_fresh75/76.jsonl
39/40 and 38/40; bangladesh_notes_2022_25_fresh68/69.jsonl 41/50 and 36/50, event type 42/50 and 37/50.
Round four (26d481b): news_snippets_fresh72/73.jsonl 54/60 each, 3/25 and 4/25;
acled_style_notes_world_fresh58/59.jsonl 47/55 and 50/55, 0/15 and 1/15; balochistan_protest_notes_fresh77/78.jsonl
39/40 each; bangladesh_notes_2022_25_fresh70/71.jsonl 39/50 and 40/50, event type 43/50 and 41/50.

Fifteenth session, more rounds written the same way (fixes in test_coding_session15.py;
`test_fifteenth_session_sets` holds the counts after them). First runs: round one (6058ad4)
news_snippets_fresh74/75.jsonl 56/60 and 53/60, 1/25 each; acled_style_notes_world_fresh60/61.jsonl
47/55 and 48/55, 0/15 and 1/15; balochistan_protest_notes_fresh79/80.jsonl 38/40 and 39/40;
bangladesh_notes_2022_25_fresh72/73.jsonl 42/50 and 39/50, event type 44/50 and 42/50. Round two
(896e4a7): news_snippets_fresh76/77.jsonl 51/60 and 55/60, 2/25 and 3/25;
acled_style_notes_world_fresh62/63.jsonl 48/55 and 50/55, 0/15 each; balochistan_protest_notes_fresh81/82.jsonl
39/40 each; bangladesh_notes_2022_25_fresh74/75.jsonl 42/50 and 44/50, event type 43/50 and 45/50.
Round three (96fcaba): news_snippets_fresh78/79.jsonl 49/60 and 55/60, 5/25 and 3/25;
acled_style_notes_world_fresh64/65.jsonl 50/55 and 52/55, 0/15 each; balochistan_protest_notes_fresh83/84.jsonl
38/40 each; bangladesh_notes_2022_25_fresh76/77.jsonl 37/50 and 46/50, event type 38/50 and 46/50.

Sixteenth session, two more rounds written the same way (fixes in test_coding_session16.py;
`test_sixteenth_session_sets` holds the counts after them). First runs: round one (22b9dcf)
news_snippets_fresh80/81.jsonl 57/60 and 58/60, 2/25 each; acled_style_notes_world_fresh66/67.jsonl
49/55 and 51/55, 0/15 each; balochistan_protest_notes_fresh85/86.jsonl 39/40 each;
bangladesh_notes_2022_25_fresh78/79.jsonl 47/50 and 46/50, event type 47/50 and 46/50. Round two
(f556bb4): news_snippets_fresh82.jsonl 48/60, 5/25; acled_style_notes_world_fresh68.jsonl 51/55, 0/15;
balochistan_protest_notes_fresh87.jsonl 37/40; bangladesh_notes_2022_25_fresh80.jsonl 42/50, event type 44/50.

Seventeenth session, one round written the same way (fixes in test_coding_session17.py;
`test_seventeenth_session_sets` holds the counts after them). First runs (99b346e):
news_snippets_fresh83/84.jsonl 50/60 and 49/60, 2/25 and 3/25; acled_style_notes_world_fresh69/70.jsonl
50/55 and 45/55, 2/15 and 1/15; balochistan_protest_notes_fresh88.jsonl 39/40;
bangladesh_notes_2022_25_fresh81.jsonl 46/50, event type 47/50. Round two (c3ff6b5):
news_snippets_fresh85.jsonl 55/60, 1/25; acled_style_notes_world_fresh71.jsonl 53/55, 1/15;
balochistan_protest_notes_fresh89.jsonl 38/40; bangladesh_notes_2022_25_fresh82.jsonl 41/50, event type 43/50.

Eighteenth session, written the same way (fixes in test_coding_session18.py;
`test_eighteenth_session_sets` holds the counts after them). First runs, round one (7c5990d):
news_snippets_fresh86/87.jsonl 53/60 and 54/60, 1/25 and 3/25; acled_style_notes_world_fresh72/73.jsonl
49/55 each, 1/15 and 2/15; balochistan_protest_notes_fresh90.jsonl 40/40;
bangladesh_notes_2022_25_fresh83/84.jsonl 40/50 each, event type 44/50 and 42/50. Round two (31b6586):
news_snippets_fresh88/89.jsonl 50/60 and 59/60, 1/25 and 2/25; acled_style_notes_world_fresh74.jsonl 52/55, 0/15;
balochistan_protest_notes_fresh91.jsonl 40/40; bangladesh_notes_2022_25_fresh85.jsonl 46/50, event type 46/50.
Round three (15c9685): news_snippets_fresh90/91.jsonl 56/60 and 51/60, 2/25 each;
acled_style_notes_world_fresh75.jsonl 51/55, 0/15; balochistan_protest_notes_fresh92.jsonl 40/40;
bangladesh_notes_2022_25_fresh86/87.jsonl 43/50 and 46/50, event type 43/50 and 46/50.
Round four (7624dee): news_snippets_fresh92.jsonl 52/60, 0/25; bangladesh_notes_2022_25_fresh88/89.jsonl
42/50 and 45/50, event type 42/50 and 46/50.

Nineteenth session, written the same way (fixes in test_coding_session19.py;
`test_nineteenth_session_sets` holds the counts after them). First runs, round one (202a9d8):
news_snippets_fresh93/94.jsonl 53/60 and 59/60, 1/25 and 5/25; acled_style_notes_world_fresh76/77.jsonl
53/55 and 48/55, 0/15 each; balochistan_protest_notes_fresh93.jsonl 37/40;
bangladesh_notes_2022_25_fresh90/91.jsonl 43/50 and 47/50, event type 45/50 and 47/50. Round two (0a08f6b):
news_snippets_fresh95/96.jsonl 53/60 each, 3/25 and 0/25; acled_style_notes_world_fresh78.jsonl 51/55, 2/15;
bangladesh_notes_2022_25_fresh92/93.jsonl 35/50 and 40/50, event type 39/50 and 41/50. Round three (9e8d536):
news_snippets_fresh97.jsonl 58/60, 5/25; acled_style_notes_world_fresh79.jsonl 53/55, 0/15;
balochistan_protest_notes_fresh94.jsonl 40/40; bangladesh_notes_2022_25_fresh94.jsonl 45/50, event type 46/50.

Twentieth session, written the same way (fixes in test_coding_session20.py;
`test_twentieth_session_sets` holds the counts after them). First runs, round one (fe4db31):
news_snippets_fresh98/99.jsonl 52/60 each, 1/25 each; acled_style_notes_world_fresh80.jsonl 49/55, 0/15;
balochistan_protest_notes_fresh95.jsonl 40/40; bangladesh_notes_2022_25_fresh95/96.jsonl 45/50 and 42/50,
event type 45/50 each. Round two (7650cab): news_snippets_fresh100.jsonl 53/60, 3/25;
acled_style_notes_world_fresh81.jsonl 51/55, 0/15; bangladesh_notes_2022_25_fresh97/98.jsonl 45/50 and
41/50, event type 47/50 and 43/50. Round three (a810a63): news_snippets_fresh101.jsonl 57/60, 2/25;
acled_style_notes_world_fresh82.jsonl 52/55, 1/15; balochistan_protest_notes_fresh96.jsonl 38/40;
bangladesh_notes_2022_25_fresh99/100.jsonl 48/50 and 43/50, event type 48/50 and 44/50.

Twenty-first session, written the same way (fixes in test_coding_session21.py;
`test_twenty_first_session_sets` holds the counts after them). First runs, round one (a499841):
news_snippets_fresh102.jsonl 51/60, 1/25; acled_style_notes_world_fresh83.jsonl 48/55, 0/15;
balochistan_protest_notes_fresh97.jsonl 40/40; bangladesh_notes_2022_25_fresh101.jsonl 41/50, event
type 41/50. Round two (the round-one code less one filter, d43f2cb): news_snippets_fresh103.jsonl
47/60, 3/25; acled_style_notes_world_fresh84.jsonl 49/55, 1/15; balochistan_protest_notes_fresh98.jsonl
40/40; bangladesh_notes_2022_25_fresh102.jsonl 46/50, event type 47/50. Round three (the round-two
code): news_snippets_fresh104.jsonl 52/60, 1/25; acled_style_notes_world_fresh85.jsonl 54/55, 0/15;
balochistan_protest_notes_fresh99.jsonl 40/40; bangladesh_notes_2022_25_fresh103.jsonl 44/50, event
type 45/50. Round four (the round-three code): news_snippets_fresh105.jsonl 55/60, 1/25;
acled_style_notes_world_fresh86.jsonl 52/55, 1/15; bangladesh_notes_2022_25_fresh104.jsonl 49/50,
event type 49/50.

Twenty-second session, written the same way (fixes in test_coding_session22.py;
`test_twenty_second_session_sets` holds the counts after them). First runs (c3af0ba):
news_snippets_fresh106.jsonl 53/60, 1/25; acled_style_notes_world_fresh87.jsonl 37/55, 4/15 (its
writer was asked for notes whose coding turns on one detail: territory held or not, a side's claim,
a background killing); balochistan_protest_notes_fresh100.jsonl 40/40;
bangladesh_notes_2022_25_fresh105/106.jsonl 45/50 and 41/50, event type 46/50 and 42/50. Round
two (the round-one code before its last three no-event fixes): news_snippets_fresh107.jsonl 52/60,
0/25; acled_style_notes_world_fresh88.jsonl 47/55, 0/15; balochistan_protest_notes_fresh101.jsonl
40/40; bangladesh_notes_2022_25_fresh107/108.jsonl 42/50 and 42/50, event type 42/50 and 43/50.
Round three (the round-two code; asked for varied ways of telling fatalities):
news_snippets_fresh108.jsonl 48/60, 1/25; acled_style_notes_world_fresh89.jsonl 50/55, 0/15;
bangladesh_notes_2022_25_fresh109.jsonl 38/50, event type 41/50.

Twenty-third session, written the same way (fixes in test_coding_session23.py;
`test_twenty_third_session_sets` holds the counts after them). First runs (85992d5):
news_snippets_fresh109/110.jsonl 51/60 and 51/60, false alarms 2/25 and 4/25;
acled_style_notes_world_fresh90/91.jsonl 46/55 and 47/55, 2/15 and 1/15;
balochistan_protest_notes_fresh102.jsonl 39/40; bangladesh_notes_2022_25_fresh110/111/112.jsonl 45/50,
43/50 and 41/50, event type 46/50, 44/50 and 43/50.
Round two (the round-one code; the snippet writer asked for contested and revised tolls):
news_snippets_fresh111.jsonl 52/60, 2/25; acled_style_notes_world_fresh92.jsonl 48/55, 4/15;
balochistan_protest_notes_fresh103.jsonl 39/40; bangladesh_notes_2022_25_fresh113/114.jsonl 41/50 and
35/50, event type 44/50 and 36/50 (the second writer, on the 2023-24 blockades and uprising, calls
stick-and-machete party clashes armed clashes and crowds' looting property destruction, where most
earlier writers and the dev notes say mob violence).
Round three (the round-two code, 5864378): news_snippets_fresh112.jsonl 53/60, 2/25;
acled_style_notes_world_fresh93.jsonl 43/55, 1/15; bangladesh_notes_2022_25_fresh115/116.jsonl 39/50
and 38/50, event type 40/50 and 38/50.
Round four (4595098; plain, representative writing): news_snippets_fresh113.jsonl 59/60, 0/25;
acled_style_notes_world_fresh94.jsonl 53/55, 0/15; bangladesh_notes_2022_25_fresh117.jsonl 47/50, event
type 47/50.

Twenty-fourth session, written the same way (fixes in test_coding_session24.py;
`test_twenty_fourth_session_sets` holds the counts after them). First runs (7b174e2):
news_snippets_fresh114/115.jsonl 51/60 and 49/60, false alarms 5/25 and 4/25 (local-paper leads; full
group names and tolls from two sides); acled_style_notes_world_fresh95/96.jsonl 44/55 and 43/55, 2/15
and 0/15 (the second asked for several events told in one note and revised tolls);
balochistan_protest_notes_fresh104.jsonl 39/40; bangladesh_notes_2022_25_fresh118/119.jsonl 47/50 and
39/50, event type 47/50 and 40/50 (the second asked for the one detail that turns a sub-type).
Round two (the round-one code, fcacd49): news_snippets_fresh116/117.jsonl 53/60 and 43/60, 0/25 and 2/25
(the second on Europe, Central Asia and the Americas with many rare types);
acled_style_notes_world_fresh97/98.jsonl 44/55 and 46/55, 1/15 and 0/15;
balochistan_protest_notes_fresh105.jsonl 40/40; bangladesh_notes_2022_25_fresh120/121.jsonl 42/50 and
41/50, event type 42/50 and 41/50 (both writers call party clashes with blades armed clashes).
Round three (the round-two code, ce2fc08): news_snippets_fresh118/119.jsonl 54/60 and 53/60, 5/25 and
2/25 (African local papers, kidnappings for ransom among the non-events; Asian and Middle Eastern wire
leads); acled_style_notes_world_fresh99/100.jsonl 47/55 and 46/55, 2/15 and 2/15 (Latin America; Africa);
bangladesh_notes_2022_25_fresh122/123.jsonl 41/50 and 42/50, event type 41/50 and 44/50.
Round four (the round-three code, 9617185; plain, representative writing; measured only, no rule
changed for it): news_snippets_fresh120.jsonl 56/60, 1/25; acled_style_notes_world_fresh101.jsonl
52/55, 1/15; balochistan_protest_notes_fresh106.jsonl 40/40; bangladesh_notes_2022_25_fresh124.jsonl
40/50, event type 41/50 (seven party clashes with blades the writer calls armed clashes).

Twenty-fifth session, written the same way (fixes in test_coding_session25.py;
`test_twenty_fifth_session_sets` holds the counts after them). First runs (0cc5682):
news_snippets_fresh121/122.jsonl 48/60 and 54/60, false alarms 5/25 and 4/25 (Africa and Latin America,
neighbouring sub-types; Asia and the Middle East, explosions and their look-alikes);
acled_style_notes_world_fresh102/103.jsonl 44/55 and 49/55, 2/15 and 0/15 (Europe, Central Asia and the
Americas; the Sahel, the Horn and the Great Lakes, towns taken and retaken);
balochistan_protest_notes_fresh107.jsonl 39/40; bangladesh_notes_2022_25_fresh125/126.jsonl 44/50 and
46/50, event type 44/50 and 46/50.
Round two (the round-one code, d4f7196): news_snippets_fresh123/124.jsonl 49/60 and 53/60, 3/25 and 7/25
(Europe and the Middle East, casualty figures told in many ways; South and Southeast Asia, with police
encounters and drug-gang killings among the non-events); acled_style_notes_world_fresh104/105.jsonl
47/55 and 48/55, 5/15 and 1/15 (the Middle East and North Africa; South and Southeast Asia);
balochistan_protest_notes_fresh108.jsonl 37/40; bangladesh_notes_2022_25_fresh127/128.jsonl 40/50 and
44/50, event type 41/50 and 44/50.
Round three (the round-two code, 9a8ac98): news_snippets_fresh125/126.jsonl 55/60 and 52/60, 2/25 and
2/25 (plain worldwide leads; African local papers); acled_style_notes_world_fresh106/107.jsonl 47/55 and
48/55, 2/15 and 0/15 (Latin America; plain worldwide notes ending with a fatality count);
balochistan_protest_notes_fresh109.jsonl 39/40; bangladesh_notes_2022_25_fresh129/130.jsonl 44/50 and
48/50, event type 44/50 and 48/50.
Round four (the round-three code; plain, representative writing; measured only, no rule changed for
it): news_snippets_fresh127.jsonl 54/60, 2/25; acled_style_notes_world_fresh108.jsonl 47/55, 1/15;
balochistan_protest_notes_fresh110.jsonl 40/40; bangladesh_notes_2022_25_fresh131.jsonl 48/50, event
type 48/50.

Twenty-sixth session, written the same way (fixes in test_coding_session26.py;
`test_twenty_sixth_session_sets` holds the counts after them). First runs (29426c6, the same
codings as 456c377): news_snippets_fresh128/129.jsonl 56/60 and 44/60, false alarms 5/25 and 1/25
(South and Southeast Asia and the Middle East, second sources and revised figures; Europe, the Caucasus
and the Americas); acled_style_notes_world_fresh109/110.jsonl 44/55 and 40/55, 0/15 and 1/15 (Africa;
Asia and the Middle East, notes ending "0 killed.", which the coder read as a killing);
balochistan_protest_notes_fresh111.jsonl 40/40; bangladesh_notes_2022_25_fresh132/133.jsonl 42/50 and
42/50, event type 44/50 and 44/50.
Round two (the round-one code, 14c6105): news_snippets_fresh130/131.jsonl 53/60 and 56/60, 2/25 and
0/25 (Africa, two tolls from two sources; plain worldwide leads); acled_style_notes_world_fresh111/112.jsonl
45/55 and 48/55, 2/15 and 2/15 (Europe, the Caucasus and Latin America; plain worldwide notes);
balochistan_protest_notes_fresh112.jsonl 40/40; bangladesh_notes_2022_25_fresh134/135.jsonl 49/50 and
41/50, event type 49/50 and 42/50 (a representative sample; communal and local violence).
Round three (the round-two code, 859f5cd; measured only, no rule changed for it):
news_snippets_fresh132/133.jsonl 55/60 and 53/60, 0/25 and 3/25 (the Middle East and North Africa;
South and Southeast Asia and Latin America); acled_style_notes_world_fresh113/114.jsonl 53/55 and 47/55,
0/15 and 1/15 (Africa, notes ending with a count; South and Southeast Asia);
balochistan_protest_notes_fresh113.jsonl 40/40; bangladesh_notes_2022_25_fresh136/137.jsonl 42/50 and
40/50, event type 45/50 and 42/50 (a representative sample; the months after August 2024).

Twenty-seventh session, written the same way (fixes in test_coding_session27.py;
`test_twenty_seventh_session_sets` holds the counts after them). First runs (02adcbc):
news_snippets_fresh134/135.jsonl 57/60 and 59/60, false alarms 0/25 and 2/25 (Africa, tolls from sources
that disagree; worldwide wire leads); acled_style_notes_world_fresh115/116.jsonl 54/55 and 48/55, 1/15 and
0/15 (the Middle East, Ukraine and the Caucasus; Latin America and South and Southeast Asia);
balochistan_protest_notes_fresh114.jsonl 38/40; bangladesh_notes_2022_25_fresh138/139.jsonl 46/50 and
44/50, event type 47/50 and 47/50 (a representative sample; the 2024 election and after August 2024).
Round two (the round-one code, 4f71b14): news_snippets_fresh136/137.jsonl 55/60 and 59/60, 2/25 and 2/25
(South and Southeast Asia, protests and revised tolls; Latin America and Europe); acled_style_notes_world_fresh117/118.jsonl
54/55 and 52/55, 2/15 and 1/15 (Africa, notes ending with counts and claims; plain worldwide notes);
balochistan_protest_notes_fresh115.jsonl 39/40; bangladesh_notes_2022_25_fresh140/141.jsonl 43/50 and 46/50,
event type 43/50 and 47/50 (a representative sample; 2023's blockades and 2025).
Round three (the round-two code, 3c84b0f): news_snippets_fresh138/139.jsonl 58/60 and 57/60, 2/25 and 3/25
(plain worldwide wire leads; demonstrations of every kind); acled_style_notes_world_fresh119/120.jsonl 52/55 and
52/55, 0/15 each (plain worldwide notes; Africa and the Middle East); balochistan_protest_notes_fresh116.jsonl 40/40;
bangladesh_notes_2022_25_fresh142.jsonl 49/50, event type 49/50 (a representative sample).
Round four (the round-three code, 8dc70fa; plain, representative writing): news_snippets_fresh140.jsonl 57/60,
0/25; acled_style_notes_world_fresh121.jsonl 53/55, 0/15; balochistan_protest_notes_fresh117.jsonl 40/40;
bangladesh_notes_2022_25_fresh143.jsonl 47/50, event type 48/50.
Round five (the round-four code, 51e7497; plain, representative writing; measured only, three rules added
after it): news_snippets_fresh141.jsonl 57/60, 1/25; acled_style_notes_world_fresh122.jsonl 53/55, 0/15;
balochistan_protest_notes_fresh118.jsonl 39/40; bangladesh_notes_2022_25_fresh144.jsonl 47/50, event type 49/50.

Twenty-eighth session, written from the briefs kept in benchmarks/briefs (fixes in
test_coding_session28.py; `test_twenty_eighth_session_sets` holds the counts after them). First runs
(round one on 95a0e45, plain, representative writing): news_snippets_fresh142.jsonl 59/60, 2/25;
acled_style_notes_world_fresh123.jsonl 51/55, 0/15; balochistan_protest_notes_fresh119.jsonl 39/40;
bangladesh_notes_2022_25_fresh145.jsonl 44/50, event type 44/50.
Round two (the round-one code, 5bb7ab8): news_snippets_fresh143.jsonl 59/60, 1/25;
acled_style_notes_world_fresh124.jsonl 50/55, 1/15 (Asia, Latin America and Europe);
balochistan_protest_notes_fresh120.jsonl 39/40; bangladesh_notes_2022_25_fresh146.jsonl 49/50, event type 49/50.
Round three (the round-two code, 978b291): news_snippets_fresh144.jsonl 57/60, 3/25 (Africa and the
Middle East, tolls that sources dispute); acled_style_notes_world_fresh125.jsonl 51/55, 1/15;
balochistan_protest_notes_fresh121.jsonl 38/40; bangladesh_notes_2022_25_fresh147.jsonl 45/50, event type 46/50.
Round four (the round-three code, 249a675): news_snippets_fresh145.jsonl 57/60, 0/25;
acled_style_notes_world_fresh126.jsonl 52/55, 0/15; balochistan_protest_notes_fresh122.jsonl 40/40;
bangladesh_notes_2022_25_fresh148.jsonl 46/50, event type 46/50.
Round five (the round-four code, 8587e75): news_snippets_fresh146.jsonl 55/60, 1/25;
acled_style_notes_world_fresh127.jsonl 53/55, 0/15; balochistan_protest_notes_fresh123.jsonl 39/40;
bangladesh_notes_2022_25_fresh149.jsonl 47/50, event type 48/50.
Round six (the round-five code, f9bc7c4): news_snippets_fresh147.jsonl 55/60, 1/25;
acled_style_notes_world_fresh128.jsonl 53/55, 0/15; balochistan_protest_notes_fresh124.jsonl 39/40;
bangladesh_notes_2022_25_fresh150.jsonl 47/50, event type 47/50.
Round seven (the round-six code, 0ed93cc; measured, two rules added after it):
news_snippets_fresh148.jsonl 54/60, 2/25; acled_style_notes_world_fresh129.jsonl 51/55, 0/15;
balochistan_protest_notes_fresh125.jsonl 40/40; bangladesh_notes_2022_25_fresh151.jsonl 45/50, event type 47/50.

Twenty-ninth session, from the same briefs (fixes in test_coding_session29.py;
`test_twenty_ninth_session_sets` holds the counts after them). First runs (round one on 2cc2967, plain,
representative writing): news_snippets_fresh149.jsonl 58/60, 2/25; acled_style_notes_world_fresh130.jsonl
54/55, 0/15; balochistan_protest_notes_fresh126.jsonl 40/40; bangladesh_notes_2022_25_fresh152.jsonl 48/50,
event type 49/50.
Round two (the round-one code, 5238118): news_snippets_fresh150.jsonl 60/60, 1/25;
acled_style_notes_world_fresh131.jsonl 52/55, 0/15; balochistan_protest_notes_fresh127.jsonl 40/40;
bangladesh_notes_2022_25_fresh153.jsonl 46/50, event type 46/50.
Round three (the round-two code, 719f26c): news_snippets_fresh151.jsonl 59/60, 1/25;
acled_style_notes_world_fresh132.jsonl 54/55, 0/15; balochistan_protest_notes_fresh128.jsonl 40/40;
bangladesh_notes_2022_25_fresh154.jsonl 45/50, event type 45/50.
Round four (the round-three code, 1e48cd1): news_snippets_fresh152.jsonl 54/60, 0/25;
acled_style_notes_world_fresh133.jsonl 54/55, 0/15; balochistan_protest_notes_fresh129.jsonl 39/40;
bangladesh_notes_2022_25_fresh155.jsonl 47/50, event type 48/50.
Round five (the round-four code, 89ebb87): news_snippets_fresh153.jsonl 57/60, 1/25;
acled_style_notes_world_fresh134.jsonl 51/55, 1/15; balochistan_protest_notes_fresh130.jsonl 40/40;
bangladesh_notes_2022_25_fresh156.jsonl 48/50, event type 48/50.
Round six (the round-five code, 0d4c6f4; measured, then fixed): news_snippets_fresh154.jsonl 56/60, 2/25;
acled_style_notes_world_fresh135.jsonl 53/55, 0/15; balochistan_protest_notes_fresh131.jsonl 39/40;
bangladesh_notes_2022_25_fresh157.jsonl 46/50, event type 47/50.
Round seven (the round-six code, 27ffbe0): news_snippets_fresh155.jsonl 57/60, 1/25;
acled_style_notes_world_fresh136.jsonl 53/55, 0/15; balochistan_protest_notes_fresh132.jsonl 39/40;
bangladesh_notes_2022_25_fresh158.jsonl 47/50, event type 47/50.

Thirtieth session, from the same briefs (fixes in test_coding_session30.py;
`test_thirtieth_session_sets` holds the counts after them). First runs (round one on 2bec146):
news_snippets_fresh156.jsonl 56/60, 0/25; acled_style_notes_world_fresh137.jsonl 53/55, 0/15;
balochistan_protest_notes_fresh133.jsonl 40/40; bangladesh_notes_2022_25_fresh159.jsonl 46/50, event type 47/50.
Round two (the round-one code, 3bb0078): news_snippets_fresh157.jsonl 57/60, 0/25;
acled_style_notes_world_fresh138.jsonl 50/55, 0/15; balochistan_protest_notes_fresh134.jsonl 40/40;
bangladesh_notes_2022_25_fresh160.jsonl 45/50, event type 45/50.
Round three (the round-two code, 32d9421): news_snippets_fresh158.jsonl 59/60, 4/25;
acled_style_notes_world_fresh139.jsonl 49/55, 1/15; balochistan_protest_notes_fresh135.jsonl 40/40;
bangladesh_notes_2022_25_fresh161.jsonl 49/50, event type 49/50.
Round four (the round-three code, 3e464d8): news_snippets_fresh159.jsonl 58/60, 2/25;
acled_style_notes_world_fresh140.jsonl 51/55, 0/15; balochistan_protest_notes_fresh136.jsonl 40/40;
bangladesh_notes_2022_25_fresh162.jsonl 44/50, event type 47/50.
Round five (the round-four code, fe1af28): news_snippets_fresh160.jsonl 55/60, 0/25;
acled_style_notes_world_fresh141.jsonl 55/55, 2/15; balochistan_protest_notes_fresh137.jsonl 40/40;
bangladesh_notes_2022_25_fresh163.jsonl 40/50, event type 43/50.
Round six (the round-five code, eec4106): news_snippets_fresh161.jsonl 56/60, 0/25;
acled_style_notes_world_fresh142.jsonl 51/55, 0/15; balochistan_protest_notes_fresh138.jsonl 40/40;
bangladesh_notes_2022_25_fresh164.jsonl 46/50, event type 47/50.
Round seven (the round-six code, 52741f7): news_snippets_fresh162.jsonl 60/60, 2/25;
acled_style_notes_world_fresh143.jsonl 54/55, 0/15; balochistan_protest_notes_fresh139.jsonl 40/40;
bangladesh_notes_2022_25_fresh165.jsonl 44/50, event type 45/50.

Thirty-first session, from the same briefs (fixes in test_coding_session31.py;
`test_thirty_first_session_sets` holds the counts after them). First runs (round one on 74bca68):
news_snippets_fresh163.jsonl 58/60, 1/25; acled_style_notes_world_fresh144.jsonl 50/55, 0/15;
balochistan_protest_notes_fresh140.jsonl 40/40; bangladesh_notes_2022_25_fresh166.jsonl 48/50, event type 48/50.
Round two (the round-one code, 520befd): news_snippets_fresh164.jsonl 59/60, 2/25;
acled_style_notes_world_fresh145.jsonl 55/55, 0/15; balochistan_protest_notes_fresh141.jsonl 40/40;
bangladesh_notes_2022_25_fresh167.jsonl 44/50, event type 45/50.
Round three (the round-two code, 66723d6): news_snippets_fresh165.jsonl 59/60, 1/25;
acled_style_notes_world_fresh146.jsonl 52/55, 1/15; balochistan_protest_notes_fresh142.jsonl 39/40;
bangladesh_notes_2022_25_fresh168.jsonl 43/50, event type 43/50.
Round four (the round-three code, cb43ee1): news_snippets_fresh166.jsonl 60/60, 1/25;
acled_style_notes_world_fresh147.jsonl 53/55, 1/15; balochistan_protest_notes_fresh143.jsonl 40/40;
bangladesh_notes_2022_25_fresh169.jsonl 38/50, event type 41/50.
Round five (the round-four code, eddb759): news_snippets_fresh167.jsonl 57/60, 1/25;
acled_style_notes_world_fresh148.jsonl 53/55, 0/15; balochistan_protest_notes_fresh144.jsonl 40/40;
bangladesh_notes_2022_25_fresh170.jsonl 47/50, event type 48/50.
Round six (the round-five code, 8450160): news_snippets_fresh168.jsonl 58/60, 2/25;
acled_style_notes_world_fresh149.jsonl 53/55, 0/15; balochistan_protest_notes_fresh145.jsonl 39/40;
bangladesh_notes_2022_25_fresh171.jsonl 43/50, event type 43/50.
Round seven (the round-six code, f943120): news_snippets_fresh169.jsonl 57/60, 3/25;
acled_style_notes_world_fresh150.jsonl 54/55, 0/15; balochistan_protest_notes_fresh146.jsonl 40/40;
bangladesh_notes_2022_25_fresh172.jsonl 47/50, event type 48/50.
Round eight (the round-seven code, 412343f): news_snippets_fresh170.jsonl 60/60, 1/25;
acled_style_notes_world_fresh151.jsonl 55/55, 0/15; balochistan_protest_notes_fresh147.jsonl 40/40;
bangladesh_notes_2022_25_fresh173.jsonl 47/50, event type 48/50.
Round nine (the session's reviewed code, 603c3d2): news_snippets_fresh171.jsonl 55/60, 1/25;
acled_style_notes_world_fresh152.jsonl 54/55, 0/15; balochistan_protest_notes_fresh148.jsonl 40/40;
bangladesh_notes_2022_25_fresh174.jsonl 48/50, event type 48/50.

Thirty-second session, from the same briefs (fixes in test_coding_session32.py;
`test_thirty_second_session_sets` holds the counts after them). First runs (round one on ebad744):
news_snippets_fresh172.jsonl 60/60, 2/25; acled_style_notes_world_fresh153.jsonl 52/55, 1/15;
balochistan_protest_notes_fresh149.jsonl 40/40; bangladesh_notes_2022_25_fresh175.jsonl 48/50, event type 49/50.
Round two (the round-one code, committed with rounds two and three in bee843d): news_snippets_fresh173.jsonl 57/60, 0/25;
acled_style_notes_world_fresh154.jsonl 52/55, 0/15; balochistan_protest_notes_fresh150.jsonl 40/40;
bangladesh_notes_2022_25_fresh176.jsonl 47/50, event type 48/50.
Round three (the round-two code, likewise): news_snippets_fresh174.jsonl 57/60, 2/25;
acled_style_notes_world_fresh155.jsonl 51/55, 0/15; balochistan_protest_notes_fresh151.jsonl 40/40;
bangladesh_notes_2022_25_fresh177.jsonl 47/50, event type 49/50.
Round four (the round-three code, bee843d): news_snippets_fresh175.jsonl 57/60, 0/25;
acled_style_notes_world_fresh156.jsonl 51/55, 1/15; balochistan_protest_notes_fresh152.jsonl 40/40;
bangladesh_notes_2022_25_fresh178.jsonl 49/50, event type 49/50.
Round five (the round-four code, ce04828): news_snippets_fresh176.jsonl 59/60, 1/25;
acled_style_notes_world_fresh157.jsonl 53/55, 0/15; balochistan_protest_notes_fresh153.jsonl 40/40;
bangladesh_notes_2022_25_fresh179.jsonl 47/50, event type 48/50.
Round six (the round-five code, 24db1a6): news_snippets_fresh177.jsonl 58/60, 2/25;
acled_style_notes_world_fresh158.jsonl 50/55, 1/15; balochistan_protest_notes_fresh154.jsonl 40/40;
bangladesh_notes_2022_25_fresh180.jsonl 49/50, event type 49/50.
Round seven (the round-six code, 0a78653): news_snippets_fresh178.jsonl 59/60, 2/25;
acled_style_notes_world_fresh159.jsonl 54/55, 0/15; balochistan_protest_notes_fresh155.jsonl 39/40;
bangladesh_notes_2022_25_fresh181.jsonl 44/50, event type 46/50.
Round eight (the round-seven code, 6757687): news_snippets_fresh179.jsonl 59/60, 1/25;
acled_style_notes_world_fresh160.jsonl 53/55, 0/15; balochistan_protest_notes_fresh156.jsonl 38/40;
bangladesh_notes_2022_25_fresh182.jsonl 47/50, event type 47/50.
Round nine (the session's reviewed code, b985fd4): news_snippets_fresh180.jsonl 59/60, 4/25;
acled_style_notes_world_fresh161.jsonl 53/55, 0/15; balochistan_protest_notes_fresh157.jsonl 39/40;
bangladesh_notes_2022_25_fresh183.jsonl 46/50, event type 48/50.

Thirty-third session, from the same briefs (fixes in test_coding_session33.py;
`test_thirty_third_session_sets` holds the counts after them). First runs (round one on 0ad4a67):
news_snippets_fresh181.jsonl 59/60, 3/25; acled_style_notes_world_fresh162.jsonl 52/55, 0/15;
balochistan_protest_notes_fresh158.jsonl 40/40; bangladesh_notes_2022_25_fresh184.jsonl 49/50, event type 49/50.
Round two (the round-one code, committed with rounds two and three): news_snippets_fresh182.jsonl 59/60, 0/25;
acled_style_notes_world_fresh163.jsonl 51/55, 0/15; balochistan_protest_notes_fresh159.jsonl 40/40;
bangladesh_notes_2022_25_fresh185.jsonl 46/50, event type 47/50.
Round three (the round-two code, likewise): news_snippets_fresh183.jsonl 58/60, 2/25;
acled_style_notes_world_fresh164.jsonl 52/55, 0/15; balochistan_protest_notes_fresh160.jsonl 40/40;
bangladesh_notes_2022_25_fresh186.jsonl 47/50, event type 48/50.
Round four (the round-three code, committed with it): news_snippets_fresh184.jsonl 58/60, 0/25;
acled_style_notes_world_fresh165.jsonl 53/55, 1/15; balochistan_protest_notes_fresh161.jsonl 40/40;
bangladesh_notes_2022_25_fresh187.jsonl 46/50, event type 47/50.
Round five (the round-four code, 9dd63fa): news_snippets_fresh185.jsonl 60/60, 0/25;
acled_style_notes_world_fresh166.jsonl 53/55, 0/15; balochistan_protest_notes_fresh162.jsonl 39/40;
bangladesh_notes_2022_25_fresh188.jsonl 45/50, event type 47/50.
Round six (the round-five code, committed with it): news_snippets_fresh186.jsonl 60/60, 3/25;
acled_style_notes_world_fresh167.jsonl 53/55, 1/15; balochistan_protest_notes_fresh163.jsonl 40/40;
bangladesh_notes_2022_25_fresh189.jsonl 49/50, event type 49/50.
Round seven (the round-six code, 504adce): news_snippets_fresh187.jsonl 58/60, 2/25;
acled_style_notes_world_fresh168.jsonl 52/55, 0/15; balochistan_protest_notes_fresh164.jsonl 40/40;
bangladesh_notes_2022_25_fresh190.jsonl 42/50, event type 42/50 (six of its eight misses are 2020s party
clashes with sticks that this writer codes armed clashes; the coder, as the dev notes, mob violence).
Round eight (the round-seven code, 4a4256f): news_snippets_fresh188.jsonl 60/60, 1/25;
acled_style_notes_world_fresh169.jsonl 53/55, 0/15; balochistan_protest_notes_fresh165.jsonl 40/40;
bangladesh_notes_2022_25_fresh191.jsonl 46/50, event type 46/50.
Round nine (the round-eight code, ee9b005): news_snippets_fresh189.jsonl 59/60, 1/25;
acled_style_notes_world_fresh170.jsonl 54/55, 0/15; balochistan_protest_notes_fresh166.jsonl 39/40;
bangladesh_notes_2022_25_fresh192.jsonl 46/50, event type 48/50.
Round ten (the round-nine code, 717c4b1): news_snippets_fresh190.jsonl 58/60, 4/25;
acled_style_notes_world_fresh171.jsonl 53/55, 0/15; balochistan_protest_notes_fresh167.jsonl 40/40;
bangladesh_notes_2022_25_fresh193.jsonl 41/50, event type 44/50 (five of its misses are party or student
clashes this writer codes armed clashes or violent demonstrations; the coder, as the dev notes, mob violence).

Thirty-fourth session, from the same briefs (fixes in test_coding_session34.py;
`test_thirty_fourth_session_sets` holds the counts after them). First runs, rounds one and two both on
the session's starting code (6015d01): news_snippets_fresh191.jsonl 60/60, 0/25;
acled_style_notes_world_fresh172.jsonl 55/55, 0/15; balochistan_protest_notes_fresh168.jsonl 39/40;
bangladesh_notes_2022_25_fresh194.jsonl 47/50, event type 47/50. Round two: news_snippets_fresh192.jsonl
58/60, 1/25; acled_style_notes_world_fresh173.jsonl 54/55, 0/15; balochistan_protest_notes_fresh169.jsonl
40/40; bangladesh_notes_2022_25_fresh195.jsonl 45/50, event type 46/50.
Rounds three and four, both on the round-two code (de2fe7d): news_snippets_fresh193.jsonl 58/60, 0/25;
acled_style_notes_world_fresh174.jsonl 53/55, 0/15; balochistan_protest_notes_fresh170.jsonl 37/40;
bangladesh_notes_2022_25_fresh196.jsonl 48/50, event type 48/50. Round four: news_snippets_fresh194.jsonl
60/60, 2/25; acled_style_notes_world_fresh175.jsonl 52/55, 0/15; balochistan_protest_notes_fresh171.jsonl
38/40; bangladesh_notes_2022_25_fresh197.jsonl 41/50, event type 41/50 (seven of its nine misses are party
or student clashes with sticks and blades that this writer codes armed clashes; the coder, as the dev
notes, mob violence).
Rounds five and six, both on the round-four code (269c358): news_snippets_fresh195.jsonl 58/60, 0/25;
acled_style_notes_world_fresh176.jsonl 52/55, 0/15; balochistan_protest_notes_fresh172.jsonl 40/40;
bangladesh_notes_2022_25_fresh198.jsonl 47/50, event type 47/50. Round six: news_snippets_fresh196.jsonl
59/60, 2/25; acled_style_notes_world_fresh177.jsonl 52/55, 1/15; balochistan_protest_notes_fresh173.jsonl
39/40; bangladesh_notes_2022_25_fresh199.jsonl 44/50, event type 45/50.
Rounds seven and eight, both on the round-six code (f43977b): news_snippets_fresh197.jsonl 59/60, 1/25;
acled_style_notes_world_fresh178.jsonl 54/55, 0/15; balochistan_protest_notes_fresh174.jsonl 40/40;
bangladesh_notes_2022_25_fresh200.jsonl 47/50, event type 47/50. Round eight: news_snippets_fresh198.jsonl
58/60, 0/25; acled_style_notes_world_fresh179.jsonl 54/55, 0/15; balochistan_protest_notes_fresh175.jsonl
40/40; bangladesh_notes_2022_25_fresh201.jsonl 47/50, event type 47/50.
Rounds nine and ten, both on the round-eight code (c8a39e1): news_snippets_fresh199.jsonl 60/60, 0/25;
acled_style_notes_world_fresh180.jsonl 53/55, 0/15; balochistan_protest_notes_fresh176.jsonl 39/40;
bangladesh_notes_2022_25_fresh202.jsonl 46/50, event type 48/50. Round ten: news_snippets_fresh200.jsonl
59/60, 2/25; acled_style_notes_world_fresh181.jsonl 52/55, 0/15; balochistan_protest_notes_fresh177.jsonl
40/40; bangladesh_notes_2022_25_fresh203.jsonl 46/50, event type 46/50.
Rounds eleven and twelve, both on the round-ten code (b5550ca): news_snippets_fresh201.jsonl 58/60, 2/25;
acled_style_notes_world_fresh182.jsonl 55/55, 0/15; balochistan_protest_notes_fresh178.jsonl 40/40;
bangladesh_notes_2022_25_fresh204.jsonl 45/50, event type 46/50. Round twelve: news_snippets_fresh202.jsonl
58/60, 1/25; acled_style_notes_world_fresh183.jsonl 50/55, 1/15; balochistan_protest_notes_fresh179.jsonl
40/40; bangladesh_notes_2022_25_fresh205.jsonl 45/50, event type 45/50.
Rounds thirteen and fourteen, both on the round-twelve code (77c44a5): news_snippets_fresh203.jsonl 58/60,
0/25; acled_style_notes_world_fresh184.jsonl 54/55, 0/15; balochistan_protest_notes_fresh180.jsonl 40/40;
bangladesh_notes_2022_25_fresh206.jsonl 43/50, event type 43/50. Round fourteen: news_snippets_fresh204.jsonl
60/60, 4/25; acled_style_notes_world_fresh185.jsonl 53/55, 0/15; balochistan_protest_notes_fresh181.jsonl
39/40; bangladesh_notes_2022_25_fresh207.jsonl 44/50, event type 45/50.
Rounds fifteen and sixteen, both on the session's reviewed code (9619a1d): news_snippets_fresh205.jsonl
57/60, 0/25; acled_style_notes_world_fresh186.jsonl 53/55, 0/15; balochistan_protest_notes_fresh182.jsonl
39/40; bangladesh_notes_2022_25_fresh208.jsonl 48/50, event type 49/50. Round sixteen:
news_snippets_fresh206.jsonl 58/60, 0/25; acled_style_notes_world_fresh187.jsonl 53/55, 1/15;
balochistan_protest_notes_fresh183.jsonl 40/40; bangladesh_notes_2022_25_fresh209.jsonl 47/50, event type 49/50.

Thirty-fifth session, from the same briefs with a regional focus per set (fixes in
test_coding_session35.py; `test_thirty_fifth_session_sets` holds the counts after them). First runs,
rounds one and two both on the session's starting code (cd1184f): news_snippets_fresh207.jsonl 55/60, 2/25
(the Sahel and West Africa); acled_style_notes_world_fresh188.jsonl 48/55, 1/15 (Latin America);
balochistan_protest_notes_fresh184.jsonl 40/40; bangladesh_notes_2022_25_fresh210.jsonl 41/50, event type
42/50 (the 2024 uprising). Round two: news_snippets_fresh208.jsonl 53/60, 3/25 (the Middle East);
acled_style_notes_world_fresh189.jsonl 46/55, 0/15 (Eastern Europe and the Caucasus);
balochistan_protest_notes_fresh185.jsonl 40/40; bangladesh_notes_2022_25_fresh211.jsonl 35/50, event type
36/50 (eight of its fifteen misses are party, village and campus clashes with sticks and blades that this
writer codes armed clashes; the coder, as the dev notes, mob violence).
Rounds three and four, both on the round-two code (c17fbe0): news_snippets_fresh209.jsonl 57/60, 1/25
(South and Southeast Asia); acled_style_notes_world_fresh190.jsonl 52/55, 1/15 (Africa beyond the Sahel);
balochistan_protest_notes_fresh186.jsonl 40/40; bangladesh_notes_2022_25_fresh212.jsonl 42/50, event type
43/50 (2024). Round four, plain and representative: news_snippets_fresh210.jsonl 56/60, 1/25;
acled_style_notes_world_fresh191.jsonl 52/55, 1/15; balochistan_protest_notes_fresh187.jsonl 40/40;
bangladesh_notes_2022_25_fresh213.jsonl 49/50, event type 49/50.
Rounds five and six, both on the round-four code (36d39a4): news_snippets_fresh211.jsonl 59/60, 3/25 (East
Africa and the Horn); acled_style_notes_world_fresh192.jsonl 52/55, 1/15 (the Middle East);
balochistan_protest_notes_fresh188.jsonl 38/40; bangladesh_notes_2022_25_fresh214.jsonl 36/50, event type
39/50 (mob and communal violence: the writer codes a group's attacks on Hindu devotees, an Ahmadiyya prayer
house and Santal families, and workers' beatings of men accused of theft, as mob violence; the coder, attacks).
Round six: news_snippets_fresh212.jsonl 54/60, 7/25 (Latin America and Europe, with a general strike and a
rail walkout that the writer codes as no event, fans' flares and brawls, floods, a hunting accident and a
law); acled_style_notes_world_fresh193.jsonl 48/55, 0/15 (South and Southeast Asia);
balochistan_protest_notes_fresh189.jsonl 39/40; bangladesh_notes_2022_25_fresh215.jsonl 39/50, event type
39/50 (nine of its eleven misses are party clashes that this writer codes armed clashes).
Rounds seven and eight, both on the round-six code (956e22b): news_snippets_fresh213.jsonl 57/60, 1/25
(tolls from several sources); acled_style_notes_world_fresh194.jsonl 46/55, 0/15 (the Sahel and coastal West
Africa); balochistan_protest_notes_fresh190.jsonl 40/40; bangladesh_notes_2022_25_fresh216.jsonl 50/50, event
type 50/50. Round eight: news_snippets_fresh214.jsonl 59/60, 1/25; acled_style_notes_world_fresh195.jsonl
54/55, 1/15; balochistan_protest_notes_fresh191.jsonl 40/40; bangladesh_notes_2022_25_fresh217.jsonl 43/50,
event type 44/50 (2025).
Rounds nine and ten, both on the round-eight code (8d465fa): news_snippets_fresh215.jsonl 58/60, 2/25;
acled_style_notes_world_fresh196.jsonl 53/55, 0/15 (claims from both sides); balochistan_protest_notes_fresh192.jsonl
40/40; bangladesh_notes_2022_25_fresh218.jsonl 48/50, event type 49/50. Round ten: news_snippets_fresh216.jsonl
57/60, 1/25 (Asia-Pacific and the Americas); acled_style_notes_world_fresh197.jsonl 49/55, 0/15 (Europe, the
Caucasus and Central Asia); balochistan_protest_notes_fresh193.jsonl 38/40 (2019-21);
bangladesh_notes_2022_25_fresh219.jsonl 43/50, event type 45/50.
Rounds eleven and twelve, both on the round-ten code (4e66f1b): news_snippets_fresh217.jsonl 60/60, 0/25;
acled_style_notes_world_fresh198.jsonl 54/55, 0/15 (Africa); balochistan_protest_notes_fresh194.jsonl 40/40;
bangladesh_notes_2022_25_fresh220.jsonl 48/50, event type 49/50. Round twelve: news_snippets_fresh218.jsonl
59/60, 0/25; acled_style_notes_world_fresh199.jsonl 50/55, 0/15 (Latin America);
balochistan_protest_notes_fresh195.jsonl 40/40; bangladesh_notes_2022_25_fresh221.jsonl 47/50, event type 47/50.
Rounds thirteen and fourteen, both on the reviewed round-twelve code (03eae83): news_snippets_fresh219.jsonl
58/60, 2/25; acled_style_notes_world_fresh200.jsonl 52/55, 0/15; balochistan_protest_notes_fresh196.jsonl
39/40; bangladesh_notes_2022_25_fresh222.jsonl 38/50, event type 39/50 (ten of its twelve misses are party
clashes that this writer codes armed clashes). Round fourteen: news_snippets_fresh220.jsonl 58/60, 0/25;
acled_style_notes_world_fresh201.jsonl 50/55, 0/15 (Asia and the Middle East);
balochistan_protest_notes_fresh197.jsonl 40/40; bangladesh_notes_2022_25_fresh223.jsonl 50/50, event type 50/50.
Rounds fifteen and sixteen, both on a799eae: news_snippets_fresh221.jsonl 60/60, 3/25;
acled_style_notes_world_fresh202.jsonl 54/55, 0/15; balochistan_protest_notes_fresh198.jsonl 40/40;
bangladesh_notes_2022_25_fresh224.jsonl 48/50, event type 48/50. Round sixteen: news_snippets_fresh222.jsonl
59/60, 1/25; acled_style_notes_world_fresh203.jsonl 53/55, 2/15 (Africa and the Middle East);
balochistan_protest_notes_fresh199.jsonl 40/40; bangladesh_notes_2022_25_fresh225.jsonl 46/50, event type 46/50.

Thirty-sixth session, from the same briefs with a regional focus per set (fixes in
test_coding_session36.py; `test_thirty_sixth_session_sets` holds the counts after them). First runs, rounds
one and two both on the session's starting code (b566c4d): news_snippets_fresh223.jsonl 58/60, 1/25 (Nigeria
and the Lake Chad basin); acled_style_notes_world_fresh204.jsonl 53/55, 0/15 (Sudan, South Sudan, Ethiopia
and Somalia); balochistan_protest_notes_fresh200.jsonl 39/40; bangladesh_notes_2022_25_fresh226.jsonl 43/50,
event type 47/50 (2023, the run-up to the election). Round two: news_snippets_fresh224.jsonl 54/60, 3/25
(Myanmar, Thailand, the Philippines and Indonesia); acled_style_notes_world_fresh205.jsonl 50/55, 1/15
(Mexico, Central America, Haiti and Colombia); balochistan_protest_notes_fresh201.jsonl 40/40;
bangladesh_notes_2022_25_fresh227.jsonl 38/50, event type 39/50 (2025; eight of its twelve misses are party
and campus clashes that this writer codes armed clashes).
Rounds three and four, both on the round-two code (3b303ea): news_snippets_fresh225.jsonl 55/60, 2/25 (Ukraine,
Russia, the Caucasus and Central Asia); acled_style_notes_world_fresh206.jsonl 50/55, 1/15 (the DRC, the
Central African Republic, Burundi and Mozambique); balochistan_protest_notes_fresh202.jsonl 39/40;
bangladesh_notes_2022_25_fresh228.jsonl 47/50, event type 47/50 (2022 and 2024). Round four:
news_snippets_fresh226.jsonl 59/60, 2/25 (Israel and Palestine, Lebanon, Syria, Iraq and Yemen);
acled_style_notes_world_fresh207.jsonl 51/55, 0/15 (Afghanistan, Pakistan and India);
balochistan_protest_notes_fresh203.jsonl 40/40; bangladesh_notes_2022_25_fresh229.jsonl 46/50, event type 48/50.
Rounds five and six, both on the round-four code (821a245): news_snippets_fresh227.jsonl 55/60, 2/25 (Mexico,
Colombia, Brazil, Venezuela, Ecuador and Peru); acled_style_notes_world_fresh208.jsonl 51/55, 0/15 (Mali,
Burkina Faso, Niger and coastal West Africa); balochistan_protest_notes_fresh204.jsonl 39/40 (2018-21);
bangladesh_notes_2022_25_fresh230.jsonl 41/50, event type 42/50 (the 2024 uprising; five of its nine misses are
crowds' looting and burning of Awami League homes and offices that this writer codes looting). Round six:
news_snippets_fresh228.jsonl 56/60, 5/25 (South Asia); acled_style_notes_world_fresh209.jsonl 50/55, 1/15 (Syria,
Iraq, Yemen and Lebanon); balochistan_protest_notes_fresh205.jsonl 40/40; bangladesh_notes_2022_25_fresh231.jsonl
44/50, event type 45/50.
Rounds seven and eight, both on the round-six code (884c230 without its 'backed by' mend):
news_snippets_fresh229.jsonl 59/60, 0/25 (Africa beyond the Sahel); acled_style_notes_world_fresh210.jsonl
47/55, 0/15 (Europe and North America); balochistan_protest_notes_fresh206.jsonl 40/40;
bangladesh_notes_2022_25_fresh232.jsonl 38/50, event type 41/50 (2022-23 communal and land violence; eight of
its twelve misses are clashes with blades that this writer codes armed clashes and crude bombs thrown that it
codes IEDs). Round eight: news_snippets_fresh230.jsonl 58/60, 1/25; acled_style_notes_world_fresh211.jsonl
54/55, 0/15; balochistan_protest_notes_fresh207.jsonl 40/40; bangladesh_notes_2022_25_fresh233.jsonl 46/50,
event type 46/50.
Rounds nine and ten, both on the round-eight code (88a2687): news_snippets_fresh231.jsonl 55/60, 1/25 (the
Americas and Europe); acled_style_notes_world_fresh212.jsonl 52/55, 1/15 (East and Southeast Asia);
balochistan_protest_notes_fresh208.jsonl 40/40; bangladesh_notes_2022_25_fresh234.jsonl 39/50, event type 42/50
(student politics; nine of its eleven misses are party and campus clashes that this writer codes armed
clashes). Round ten: news_snippets_fresh232.jsonl 56/60, 0/25; acled_style_notes_world_fresh213.jsonl 48/55,
1/15 (North Africa and the Middle East); balochistan_protest_notes_fresh209.jsonl 40/40;
bangladesh_notes_2022_25_fresh235.jsonl 49/50, event type 49/50.

Thirty-seventh session, same briefs and method (fixes in test_coding_session37.py;
`test_thirty_seventh_session_sets` holds the counts after them). First runs, rounds one and two both on the
session's starting code (962b320): news_snippets_fresh233.jsonl 57/60, 3/25 (Nigeria, Cameroon, Chad and the
Central African Republic); acled_style_notes_world_fresh214.jsonl 50/55, 1/15 (Afghanistan, Pakistan and India);
balochistan_protest_notes_fresh210.jsonl 39/40 (Quetta 2019-24); bangladesh_notes_2022_25_fresh236.jsonl 41/50,
event type 44/50 (2022-23 party rallies, hartals and blockades). Round two: news_snippets_fresh234.jsonl 57/60,
1/25 (Ukraine, Russia, the Caucasus and Central Asia); acled_style_notes_world_fresh215.jsonl 52/55, 0/15 (Latin
America and the Caribbean); balochistan_protest_notes_fresh211.jsonl 40/40 (Turbat, Gwadar and Panjgur);
bangladesh_notes_2022_25_fresh237.jsonl 44/50, event type 47/50 (2024-25 mob violence and attacks on party
offices and homes).
Rounds three and four, both on the round-two code (6d541cb): news_snippets_fresh235.jsonl 58/60, 2/25 (Sudan,
South Sudan, Ethiopia, Somalia and Kenya); acled_style_notes_world_fresh216.jsonl 54/55, 1/15 (the Sahel and
coastal West Africa); balochistan_protest_notes_fresh212.jsonl 40/40; bangladesh_notes_2022_25_fresh238.jsonl
44/50, event type 44/50 (2024-25 arrests, abductions and attacks on minorities). Round four:
news_snippets_fresh236.jsonl 56/60, 2/25 (Syria, Iraq, Lebanon, Yemen, Israel and Palestine, Iran);
acled_style_notes_world_fresh217.jsonl 46/55, 2/15 (Myanmar, Thailand, the Philippines and Indonesia);
balochistan_protest_notes_fresh213.jsonl 40/40; bangladesh_notes_2022_25_fresh239.jsonl 38/50, event type 39/50
(the 2022-23 election run-up; most of its misses are crude bombs and party attacks on processions that this
writer codes grenades and attacks).
Rounds five and six, both on the round-four code (2cb8b6c before its last mend): news_snippets_fresh237.jsonl
50/60, 1/25 (Mexico, Central America, Haiti, Colombia and Brazil); acled_style_notes_world_fresh218.jsonl 55/55,
0/15 (the DRC, Burundi, Mozambique, Cameroon and the Central African Republic);
balochistan_protest_notes_fresh214.jsonl 40/40; bangladesh_notes_2022_25_fresh240.jsonl 29/50, event type 29/50
(2023-25 village, land and local-election clashes: 18 of its 21 misses are clashes with sticks, spears and
sharp weapons that this writer codes armed clashes and the coder, after the 2020-21 dev notes, mob violence).
Round six: news_snippets_fresh238.jsonl 56/60, 2/25; acled_style_notes_world_fresh219.jsonl 54/55, 1/15 (Europe,
Turkey, the Caucasus and Central Asia); balochistan_protest_notes_fresh215.jsonl 39/40;
bangladesh_notes_2022_25_fresh241.jsonl 47/50, event type 47/50.
Rounds seven and eight, both on the round-six code (e08cece): news_snippets_fresh239.jsonl 57/60, 1/25
(Afghanistan, Pakistan, Iran and Central Asia); acled_style_notes_world_fresh220.jsonl 49/55, 0/15 (Sudan, South
Sudan, Ethiopia, Somalia and Libya); balochistan_protest_notes_fresh216.jsonl 40/40 (2025 blockades and strikes);
bangladesh_notes_2022_25_fresh242.jsonl 43/50, event type 46/50 (police and RAB operations and arrests). Round
eight: news_snippets_fresh240.jsonl 55/60, 1/25 (Europe and North America); acled_style_notes_world_fresh221.jsonl
51/55, 0/15 (Iraq, Syria, Lebanon, Yemen, Israel and Palestine); balochistan_protest_notes_fresh217.jsonl 40/40;
bangladesh_notes_2022_25_fresh243.jsonl 41/50, event type 44/50 (the July-August 2024 uprising; most misses are
crowds that this writer codes mob violence).
Rounds nine and ten, both on the round-eight code (efa949e): news_snippets_fresh241.jsonl 59/60, 3/25 (India,
Nepal, Sri Lanka, Bangladesh and Myanmar); acled_style_notes_world_fresh222.jsonl 50/55, 3/15 (Nigeria, Cameroon,
Chad, Niger and Burkina Faso); balochistan_protest_notes_fresh218.jsonl 40/40; bangladesh_notes_2022_25_fresh244.jsonl
44/50, event type 44/50 (attacks on journalists, teachers and officials, campus clashes). Round ten:
news_snippets_fresh242.jsonl 59/60, 0/25; acled_style_notes_world_fresh223.jsonl 52/55, 0/15;
balochistan_protest_notes_fresh219.jsonl 40/40; bangladesh_notes_2022_25_fresh245.jsonl 43/50, event type 45/50.
Rounds eleven and twelve, both on the reviewed round-ten code (9780672): news_snippets_fresh243.jsonl 59/60, 1/25
(Mali, Burkina Faso, Niger and coastal West Africa); acled_style_notes_world_fresh224.jsonl 49/55, 0/15
(Colombia, Venezuela, Ecuador, Peru and Brazil); balochistan_protest_notes_fresh220.jsonl 39/40;
bangladesh_notes_2022_25_fresh246.jsonl 45/50, event type 45/50 (communal attacks and attacks on minorities).
Round twelve: news_snippets_fresh244.jsonl 57/60, 4/25 (Iraq, Syria, Turkey and Iran);
acled_style_notes_world_fresh225.jsonl 53/55, 1/15 (Pakistan and Afghanistan);
balochistan_protest_notes_fresh221.jsonl 40/40; bangladesh_notes_2022_25_fresh247.jsonl 34/50, event type 40/50
(2024-25 after the fall of the AL government: arrests with weapons this writer codes arrests, and crowds'
wrecking of Awami League property it codes looting).

Thirty-eighth session, same briefs and method (fixes in test_coding_session38.py;
`test_thirty_eighth_session_sets` holds the counts after them). First runs, rounds one and two both on the
session's starting code (5b66698): news_snippets_fresh245.jsonl 57/60, 3/25 (Nigeria, Benin, Togo, Ghana and
Niger); acled_style_notes_world_fresh226.jsonl 45/55, 0/15 (Myanmar, Thailand's deep south and the Philippines);
balochistan_protest_notes_fresh222.jsonl 39/40; bangladesh_notes_2022_25_fresh248.jsonl 41/50, event type 44/50
(Dhaka division 2024-25; five of its nine misses are party clashes this writer codes armed clashes, crude bombs
and crowds it codes otherwise). Round two: news_snippets_fresh246.jsonl 55/60, 3/25 (Iraq, Syria, Yemen and
Lebanon); acled_style_notes_world_fresh227.jsonl 51/55, 0/15 (the DRC, Burundi, Uganda and Mozambique);
balochistan_protest_notes_fresh223.jsonl 40/40 (Quetta and the Makran coast); bangladesh_notes_2022_25_fresh249.jsonl
47/50, event type 47/50 (Chittagong division and the Hill Tracts).
Rounds three and four, both on the round-two code (7fb1a52): news_snippets_fresh247.jsonl 51/60, 1/25 (India, Nepal,
Sri Lanka and Bangladesh); acled_style_notes_world_fresh228.jsonl 52/55, 0/15 (the Sahel and coastal West Africa);
balochistan_protest_notes_fresh224.jsonl 39/40 (Khuzdar, Kalat and Mastung); bangladesh_notes_2022_25_fresh250.jsonl
40/50, event type 42/50 (Rajshahi and Rangpur divisions; six of its ten misses are party and village clashes this
writer codes armed clashes). Round four: news_snippets_fresh248.jsonl 53/60, 3/25 (Europe, Turkey and the
Caucasus); acled_style_notes_world_fresh229.jsonl 49/55, 0/15 (Mexico, Colombia, Ecuador, Haiti and Brazil);
balochistan_protest_notes_fresh225.jsonl 40/40; bangladesh_notes_2022_25_fresh251.jsonl 42/50, event type 45/50
(Khulna and Barishal divisions; crude bombs, crowds' wrecking of AL property and party clashes).
Rounds five and six, both on the round-four code (7088af5): news_snippets_fresh249.jsonl 55/60, 2/25 (Mexico,
Colombia, Venezuela, Peru and Brazil); acled_style_notes_world_fresh230.jsonl 51/55, 0/15 (Iraq, Syria, Lebanon,
Yemen, Israel and Palestine); balochistan_protest_notes_fresh226.jsonl 38/40 (2019-21); bangladesh_notes_2022_25_fresh252.jsonl
46/50, event type 47/50 (Sylhet and Mymensingh divisions). Round six: news_snippets_fresh250.jsonl 57/60, 3/25 (Kenya,
Uganda, Tanzania, Ethiopia and Somalia); acled_style_notes_world_fresh231.jsonl 49/55, 3/15 (Manipur,
Chhattisgarh, Jammu and Kashmir and Punjab); balochistan_protest_notes_fresh227.jsonl 40/40;
bangladesh_notes_2022_25_fresh253.jsonl 47/50, event type 48/50.
Rounds seven and eight, both on the round-six code (dbd8adf): news_snippets_fresh251.jsonl 55/60, 1/25
(Afghanistan, Pakistan and Iran); acled_style_notes_world_fresh232.jsonl 54/55, 0/15 (Sudan, South Sudan, Ethiopia
and Somalia); balochistan_protest_notes_fresh228.jsonl 39/40 (Turbat, Panjgur and Kech 2022-25);
bangladesh_notes_2022_25_fresh254.jsonl 45/50, event type 46/50 (2024-25 mob violence and attacks on party
offices). Round eight: news_snippets_fresh252.jsonl 53/60, 0/25 (Ukraine, Russia and Belarus);
acled_style_notes_world_fresh233.jsonl 53/55, 1/15 (Nigeria, Cameroon, Chad and the CAR);
balochistan_protest_notes_fresh229.jsonl 39/40; bangladesh_notes_2022_25_fresh255.jsonl 41/50, event type 44/50
(2022-23 election run-up: crude bombs this writer codes grenades, blockade arson it codes attacks).
Rounds nine and ten, both on the round-eight code (e10e2ce): news_snippets_fresh253.jsonl 59/60, 0/25;
acled_style_notes_world_fresh234.jsonl 49/55, 0/15 (Mexico, Colombia, Venezuela, Haiti and Ecuador);
balochistan_protest_notes_fresh230.jsonl 39/40 (Quetta 2023-25); bangladesh_notes_2022_25_fresh256.jsonl 41/50,
event type 44/50 (the July 2024 uprising and after). Round ten: news_snippets_fresh254.jsonl 58/60, 2/25
(Myanmar, Thailand, the Philippines and Indonesia); acled_style_notes_world_fresh235.jsonl 50/55, 1/15
(Afghanistan, Pakistan and Iran); balochistan_protest_notes_fresh231.jsonl 40/40; bangladesh_notes_2022_25_fresh257.jsonl
46/50, event type 47/50.
Rounds eleven and twelve, both on the reviewed round-ten code (310a8fe): news_snippets_fresh255.jsonl 59/60, 2/25;
acled_style_notes_world_fresh236.jsonl 54/55, 0/15; balochistan_protest_notes_fresh232.jsonl 40/40;
bangladesh_notes_2022_25_fresh258.jsonl 49/50, event type 49/50. Round twelve: news_snippets_fresh256.jsonl 57/60,
1/25 (sub-Saharan Africa); acled_style_notes_world_fresh237.jsonl 47/55, 1/15 (Europe, North America and the
Caucasus); balochistan_protest_notes_fresh233.jsonl 39/40 (2025); bangladesh_notes_2022_25_fresh259.jsonl 41/50,
event type 43/50 (arrests, abductions and attacks on journalists; most misses are candidates' supporters beating
journalists, which this writer codes attacks and the coder mob violence).

Thirty-ninth session, same briefs and method (fixes in test_coding_session39.py;
`test_thirty_ninth_session_sets` holds the counts after them). First runs, rounds one and two both on the
session's starting code (93df726): news_snippets_fresh257.jsonl 57/60, 0/25 (the Sahel and Nigeria);
acled_style_notes_world_fresh238.jsonl 46/55, 0/15 (Mexico, Colombia, Venezuela, Peru and Honduras);
balochistan_protest_notes_fresh234.jsonl 40/40; bangladesh_notes_2022_25_fresh260.jsonl 50/50, event type 50/50
(Chattogram, Sylhet and the hill districts). Round two: news_snippets_fresh258.jsonl 56/60, 2/25 (Iraq, Syria,
Israel and Palestine, Yemen); acled_style_notes_world_fresh239.jsonl 52/55, 0/15 (India, Pakistan, Afghanistan
and Tajikistan); balochistan_protest_notes_fresh235.jsonl 39/40 (Quetta, Turbat and Gwadar);
bangladesh_notes_2022_25_fresh261.jsonl 47/50, event type 48/50 (Rajshahi and Khulna divisions).
Rounds three and four, both on the round-two code (c2352dd): news_snippets_fresh259.jsonl 56/60, 2/25 (East
Africa and the Horn); acled_style_notes_world_fresh240.jsonl 51/55, 1/15 (Europe, Russia and Ukraine, the
Caucasus and Turkey); balochistan_protest_notes_fresh236.jsonl 40/40 (Makran and Kech); bangladesh_notes_2022_25_fresh262.jsonl
45/50, event type 47/50 (Dhaka and Narayanganj 2024-25). Round four: news_snippets_fresh260.jsonl 58/60, 2/25 (South
and Southeast Asia); acled_style_notes_world_fresh241.jsonl 53/55, 0/15 (the DRC, the CAR, Cameroon and Burundi);
balochistan_protest_notes_fresh237.jsonl 39/40; bangladesh_notes_2022_25_fresh263.jsonl 47/50, event type 47/50
(crowds' wrecking of AL property in 2024-25, which this writer codes looting).
Rounds five and six, both on the round-four code (31dfc53): news_snippets_fresh261.jsonl 59/60, 1/25;
acled_style_notes_world_fresh242.jsonl 52/55, 0/15 (Sudan, South Sudan, Ethiopia and Somalia);
balochistan_protest_notes_fresh238.jsonl 40/40 (Quetta 2019-22); bangladesh_notes_2022_25_fresh264.jsonl 38/50, event
type 41/50 (the 2022-23 election run-up; seven of its twelve misses are party clashes with sticks, blades, bricks or
crude bombs this writer codes armed clashes, and crude bombs it codes IEDs). Round six: news_snippets_fresh262.jsonl
56/60, 3/25 (Latin America and the Caribbean); acled_style_notes_world_fresh243.jsonl 52/55, 1/15 (Myanmar,
Thailand, the Philippines and Indonesia); balochistan_protest_notes_fresh239.jsonl 40/40;
bangladesh_notes_2022_25_fresh265.jsonl 40/50, event type 43/50 (2024-25: party clashes again, and crowds' wrecking of
AL property this writer codes looting).
Rounds seven and eight, both on the round-six code (001c942): news_snippets_fresh263.jsonl 57/60, 2/25;
acled_style_notes_world_fresh244.jsonl 54/55, 1/15; balochistan_protest_notes_fresh240.jsonl 40/40 (2023-25: missing
persons, the Baloch Yakjehti Committee, traders and transporters); bangladesh_notes_2022_25_fresh266.jsonl 39/50,
event type 41/50 (campus, party and polling-centre clashes this writer codes armed clashes, July 2024 clashes, crowds'
looting of Hindu homes it codes looting). Round eight: news_snippets_fresh264.jsonl 57/60, 0/25 (Nigeria, Cameroon,
the DRC, Mozambique and the Sahel); acled_style_notes_world_fresh245.jsonl 54/55, 0/15 (Iraq, Syria, Libya, Yemen,
Israel and Palestine); balochistan_protest_notes_fresh241.jsonl 39/40; bangladesh_notes_2022_25_fresh267.jsonl 46/50,
event type 48/50 (the Chittagong Hill Tracts and Cox's Bazar).
Rounds nine and ten, both on the round-eight code (28e10c3): news_snippets_fresh265.jsonl 51/60, 1/25 (Europe,
the Caucasus and Central Asia); acled_style_notes_world_fresh246.jsonl 49/55, 0/15 (Nigeria, Mali, Burkina Faso,
Niger and Benin); balochistan_protest_notes_fresh242.jsonl 40/40; bangladesh_notes_2022_25_fresh268.jsonl 48/50, event
type 49/50 (Dhaka and Chattogram divisions 2022-23). Round ten: news_snippets_fresh266.jsonl 54/60, 2/25;
acled_style_notes_world_fresh247.jsonl 53/55, 1/15 (India, Pakistan, Bangladesh, Nepal and Sri Lanka);
balochistan_protest_notes_fresh243.jsonl 39/40 (Turbat, Panjgur and Gwadar); bangladesh_notes_2022_25_fresh269.jsonl
49/50, event type 50/50.
Rounds eleven and twelve, both on the round-ten code (af005de): news_snippets_fresh267.jsonl 59/60, 0/25;
acled_style_notes_world_fresh248.jsonl 53/55, 1/15; balochistan_protest_notes_fresh244.jsonl 40/40;
bangladesh_notes_2022_25_fresh270.jsonl 48/50, event type 49/50. Round twelve: news_snippets_fresh268.jsonl 59/60,
0/25 (the Americas, Europe and the Middle East); acled_style_notes_world_fresh249.jsonl 49/55, 0/15 (Kenya, Uganda,
Mozambique, Zimbabwe and Somalia); balochistan_protest_notes_fresh245.jsonl 40/40 (Quetta and Khuzdar 2024-25);
bangladesh_notes_2022_25_fresh271.jsonl 43/50, event type 46/50 (Barishal, Mymensingh and Rangpur divisions).
Rounds thirteen and fourteen, both on the reviewed round-twelve code (298427c): news_snippets_fresh269.jsonl
58/60, 0/25; acled_style_notes_world_fresh250.jsonl 50/55, 0/15 (Afghanistan, Pakistan and Iran);
balochistan_protest_notes_fresh246.jsonl 40/40; bangladesh_notes_2022_25_fresh272.jsonl 45/50, event type 47/50.
Round fourteen: news_snippets_fresh270.jsonl 60/60, 0/25 (Africa and the Middle East);
acled_style_notes_world_fresh251.jsonl 52/55, 0/15 (Colombia, Ecuador, Haiti and Brazil);
balochistan_protest_notes_fresh247.jsonl 39/40 (Kalat, Mastung and Nushki); bangladesh_notes_2022_25_fresh273.jsonl
45/50, event type 46/50 (Khulna and Rajshahi divisions 2024-25).

Fortieth session, same briefs and method (fixes in test_coding_session40.py; `test_fortieth_session_sets` holds
the counts after them). Rounds one and two, both on the session's starting code (2462f8f):
news_snippets_fresh271.jsonl 58/60, 0/25 (the Sahel, Nigeria and Cameroon); acled_style_notes_world_fresh252.jsonl
46/55, 1/15 (Mexico, Colombia, Ecuador, Haiti and Brazil); balochistan_protest_notes_fresh248.jsonl 39/40 (Quetta,
Turbat and Kech 2023-25); bangladesh_notes_2022_25_fresh274.jsonl 47/50, event type 49/50 (the Chittagong Hill Tracts
and the border districts). Round two: news_snippets_fresh272.jsonl 55/60, 1/25 (Iraq, Syria, Yemen and Lebanon);
acled_style_notes_world_fresh253.jsonl 49/55, 0/15 (India, Myanmar, the Philippines and Thailand);
balochistan_protest_notes_fresh249.jsonl 40/40; bangladesh_notes_2022_25_fresh275.jsonl 48/50, event type 48/50
(Dhaka, Gazipur and Narayanganj 2022-23).
Rounds three and four, both on the round-two code (25fc4b7): news_snippets_fresh273.jsonl 57/60, 1/25 (Sudan,
South Sudan, Ethiopia and Somalia); acled_style_notes_world_fresh254.jsonl 49/55, 0/15 (Europe, Russia and Ukraine,
the Caucasus); balochistan_protest_notes_fresh250.jsonl 40/40 (Gwadar, Panjgur and Awaran 2019-24);
bangladesh_notes_2022_25_fresh276.jsonl 42/50, event type 44/50 (Khulna and Barishal divisions; six of its eight
misses are union, campus and village clashes with sticks and blades this writer codes armed clashes). Round four:
news_snippets_fresh274.jsonl 54/60, 0/25 (Latin America and the Caribbean); acled_style_notes_world_fresh255.jsonl
54/55, 0/15 (Nigeria, Niger, Burkina Faso and Mali); balochistan_protest_notes_fresh251.jsonl 40/40;
bangladesh_notes_2022_25_fresh277.jsonl 45/50, event type 46/50 (Sylhet and Mymensingh divisions 2023-25).
Rounds five and six, both on the round-four code (63200b9): news_snippets_fresh275.jsonl 58/60, 1/25 (Myanmar,
Thailand, the Philippines and Indonesia); acled_style_notes_world_fresh256.jsonl 53/55, 1/15 (Sudan, South Sudan,
Ethiopia and Somalia); balochistan_protest_notes_fresh252.jsonl 40/40 (Quetta 2019-22);
bangladesh_notes_2022_25_fresh278.jsonl 46/50, event type 47/50 (Rajshahi and Rangpur divisions). Round six:
news_snippets_fresh276.jsonl 52/60, 2/25 (Europe, Russia and Ukraine, Turkey); acled_style_notes_world_fresh257.jsonl
54/55, 1/15 (Iraq, Syria, Lebanon, Yemen, Israel and Palestine); balochistan_protest_notes_fresh253.jsonl 40/40;
bangladesh_notes_2022_25_fresh279.jsonl 42/50, event type 43/50 (Chattogram division 2024-25: party, campus and
bazar clashes this writer codes armed clashes).
Rounds seven and eight, both on the round-six code (57d78cc): news_snippets_fresh277.jsonl 58/60, 1/25 (Nigeria,
Cameroon, the DRC, Mozambique and the Sahel); acled_style_notes_world_fresh258.jsonl 50/55, 1/15 (Afghanistan,
Pakistan, India and Bangladesh); balochistan_protest_notes_fresh254.jsonl 40/40 (Turbat, Kech and Makran 2020-25);
bangladesh_notes_2022_25_fresh280.jsonl 44/50, event type 45/50 (Dhaka division 2024-25). Round eight:
news_snippets_fresh278.jsonl 60/60, 3/25 (South and Southeast Asia); acled_style_notes_world_fresh259.jsonl 48/55,
0/15 (Mexico, Central America and the Caribbean); balochistan_protest_notes_fresh255.jsonl 40/40;
bangladesh_notes_2022_25_fresh281.jsonl 42/50, event type 42/50.
Rounds nine and ten, both on the round-eight code (125e10f): news_snippets_fresh279.jsonl 59/60, 0/25 (Sudan,
Libya, Egypt and the Horn of Africa); acled_style_notes_world_fresh260.jsonl 52/55, 0/15 (Venezuela, Peru, Bolivia,
Ecuador and Chile); balochistan_protest_notes_fresh256.jsonl 40/40 (Khuzdar, Kalat and Lasbela 2018-25);
bangladesh_notes_2022_25_fresh282.jsonl 48/50, event type 50/50 (Chattogram and Sylhet divisions in the 2022-23
election run-up). Round ten: news_snippets_fresh280.jsonl 58/60, 0/25; acled_style_notes_world_fresh261.jsonl
51/55, 0/15 (Kenya, Uganda, Tanzania, Mozambique and Zimbabwe); balochistan_protest_notes_fresh257.jsonl 40/40;
bangladesh_notes_2022_25_fresh283.jsonl 45/50, event type 47/50 (Rangpur and Mymensingh divisions 2024-25).
Rounds eleven and twelve, both on the round-ten code (fefd66c): news_snippets_fresh281.jsonl 55/60, 2/25 (Israel
and Palestine, Lebanon, Syria and Iraq); acled_style_notes_world_fresh262.jsonl 54/55, 2/15 (the DRC, Burundi,
Rwanda, the CAR and Chad); balochistan_protest_notes_fresh258.jsonl 40/40 (Quetta and Chaman 2024-25);
bangladesh_notes_2022_25_fresh284.jsonl 44/50, event type 47/50 (Khulna division 2022-23). Round twelve:
news_snippets_fresh282.jsonl 57/60, 3/25 (the Americas); acled_style_notes_world_fresh263.jsonl 51/55, 1/15 (Myanmar,
Bangladesh, India's northeast and Nepal); balochistan_protest_notes_fresh259.jsonl 40/40;
bangladesh_notes_2022_25_fresh285.jsonl 44/50, event type 47/50.
Rounds thirteen and fourteen, both on the round-twelve code before it landed (it landed with their fixes):
news_snippets_fresh283.jsonl 56/60, 2/25 (Ethiopia, Somalia, Kenya and Uganda); acled_style_notes_world_fresh264.jsonl
54/55, 1/15 (Iraq, Syria, Turkey and Iran); balochistan_protest_notes_fresh260.jsonl 40/40 (Gwadar and the coastal
belt 2021-25); bangladesh_notes_2022_25_fresh286.jsonl 48/50, event type 49/50 (Barishal and Khulna divisions
2024-25). Round fourteen: news_snippets_fresh284.jsonl 55/60, 2/25 (Europe and the Caucasus);
acled_style_notes_world_fresh265.jsonl 51/55, 2/15 (Nigeria, Cameroon and the Lake Chad basin);
balochistan_protest_notes_fresh261.jsonl 40/40; bangladesh_notes_2022_25_fresh287.jsonl 44/50, event type 45/50
(Dhaka and Mymensingh divisions 2022-23).
Rounds fifteen and sixteen, both on the round-fourteen code (844e86f): news_snippets_fresh285.jsonl 59/60, 1/25
(West and Central Africa); acled_style_notes_world_fresh266.jsonl 53/55, 3/15 (Yemen, Saudi Arabia, Libya and Egypt);
balochistan_protest_notes_fresh262.jsonl 39/40 (Quetta and Mastung 2022-25); bangladesh_notes_2022_25_fresh288.jsonl
45/50, event type 47/50 (Rajshahi division 2024-25). Round sixteen: news_snippets_fresh286.jsonl 58/60, 1/25;
acled_style_notes_world_fresh267.jsonl 46/55, 0/15 (Colombia, Venezuela and Ecuador);
balochistan_protest_notes_fresh263.jsonl 39/40; bangladesh_notes_2022_25_fresh289.jsonl 45/50, event type 47/50.

Forty-first session, same briefs and method (fixes in test_coding_session41.py; `test_forty_first_session_sets`
holds the counts after them). Rounds one and two, both on the session's starting code (1c29d70):
news_snippets_fresh287.jsonl 59/60, 2/25 (Nigeria, Kenya, South Africa, Ethiopia and the DRC);
acled_style_notes_world_fresh268.jsonl 49/55, 0/15 (Mozambique, Zimbabwe, Madagascar, Malawi and Southern Africa);
balochistan_protest_notes_fresh264.jsonl 40/40 (Quetta, Kech and Panjgur 2023-25); bangladesh_notes_2022_25_fresh290.jsonl
45/50, event type 47/50 (2022-23, before the election). Round two: news_snippets_fresh288.jsonl 58/60, 1/25 (Europe
and the Americas); acled_style_notes_world_fresh269.jsonl 49/55, 0/15 (Iran, Iraq, Central Asia and the Gulf);
balochistan_protest_notes_fresh265.jsonl 40/40 (Gwadar, Lasbela and the Makran coast);
bangladesh_notes_2022_25_fresh291.jsonl 45/50, event type 46/50 (2025, after the fall of the Awami League government).
Rounds three and four, both on the round-two code (07db7e0): news_snippets_fresh289.jsonl 57/60, 0/25 (Afghanistan,
Pakistan, India and Myanmar); acled_style_notes_world_fresh270.jsonl 49/55, 2/15 (Mali, Burkina Faso, Niger and Chad);
balochistan_protest_notes_fresh266.jsonl 40/40 (student and party protests 2019-21);
bangladesh_notes_2022_25_fresh292.jsonl 44/50, event type 48/50 (Sylhet, Rangpur and Mymensingh divisions). Round four:
news_snippets_fresh290.jsonl 59/60, 3/25 (many close calls); acled_style_notes_world_fresh271.jsonl 48/55, 0/15 (Brazil,
Peru, Bolivia and Central America); balochistan_protest_notes_fresh267.jsonl 40/40 (Khuzdar, Loralai, Zhob, Sibi and
Nasirabad); bangladesh_notes_2022_25_fresh293.jsonl 40/50, event type 41/50 (communal violence, mob beatings and
border incidents 2022-25; four of its ten misses are party-faction and campus clashes this writer codes armed clashes).
Rounds five and six, both on the round-four code (f01c037): news_snippets_fresh291.jsonl 56/60, 2/25 (Israel,
Palestine, Lebanon, Syria and Iran); acled_style_notes_world_fresh272.jsonl 53/55, 0/15 (Manipur, Kashmir,
Chhattisgarh and West Bengal); balochistan_protest_notes_fresh268.jsonl 39/40; bangladesh_notes_2022_25_fresh294.jsonl
48/50, event type 49/50 (Chattogram division and Cox's Bazar 2023-25). Round six: news_snippets_fresh292.jsonl 58/60,
1/25; acled_style_notes_world_fresh273.jsonl 52/55, 0/15 (Haiti, Mexico and Colombia);
balochistan_protest_notes_fresh269.jsonl 40/40 (Quetta 2024-25); bangladesh_notes_2022_25_fresh295.jsonl 45/50, event
type 47/50 (Dhaka division 2022-25: rallies, hartals and blockades).
Rounds seven and eight, both on the round-six code (52ebaa3): news_snippets_fresh293.jsonl 57/60, 2/25 (the Horn of
Africa and the Great Lakes); acled_style_notes_world_fresh274.jsonl 51/55, 0/15 (Afghanistan, Pakistan and Iran);
balochistan_protest_notes_fresh270.jsonl 40/40 (Gwadar, Kech and Awaran 2019-23); bangladesh_notes_2022_25_fresh296.jsonl
41/50, event type 43/50 (2024, the July uprising and its aftermath). Round eight: news_snippets_fresh294.jsonl 58/60,
3/25 (South and Southeast Asia); acled_style_notes_world_fresh275.jsonl 47/55, 0/15 (Ukraine, Russia, the Caucasus
and the Balkans); balochistan_protest_notes_fresh271.jsonl 40/40; bangladesh_notes_2022_25_fresh297.jsonl 47/50,
event type 48/50 (Rajshahi and Khulna divisions 2022-25).
Rounds nine and ten, both on the round-eight code (8cb6d95): news_snippets_fresh295.jsonl 56/60, 1/25 (Mexico,
Colombia, Brazil, Ecuador, Peru and Haiti); acled_style_notes_world_fresh276.jsonl 54/55, 0/15 (Nigeria, Cameroon, Niger
and the Lake Chad basin); balochistan_protest_notes_fresh272.jsonl 40/40 (teachers', doctors', traders' and labour
protests 2020-25); bangladesh_notes_2022_25_fresh298.jsonl 44/50, event type 46/50 (Barishal and Khulna divisions).
Round ten: news_snippets_fresh296.jsonl 58/60, 2/25; acled_style_notes_world_fresh277.jsonl 52/55, 0/15 (Israel and
Palestine, Lebanon and Syria); balochistan_protest_notes_fresh273.jsonl 40/40; bangladesh_notes_2022_25_fresh299.jsonl
47/50, event type 48/50 (2023, the run-up to the election).
Rounds eleven and twelve, both on the round-ten code (bc8b3cd): news_snippets_fresh297.jsonl 60/60, 0/25 (close calls
in Africa and Asia); acled_style_notes_world_fresh278.jsonl 54/55, 1/15 (Sudan, South Sudan, Ethiopia and Somalia);
balochistan_protest_notes_fresh274.jsonl 39/40 (missing persons' protests 2019-25); bangladesh_notes_2022_25_fresh300.jsonl
44/50, event type 46/50 (Sylhet and Chattogram divisions 2022-24). Round twelve: news_snippets_fresh298.jsonl 56/60,
4/25 (strategic developments); acled_style_notes_world_fresh279.jsonl 52/55, 0/15 (Myanmar, Thailand and the
Philippines); balochistan_protest_notes_fresh275.jsonl 40/40; bangladesh_notes_2022_25_fresh301.jsonl 47/50, event type
48/50 (Mymensingh, Rangpur and Dhaka divisions 2025).
Rounds thirteen and fourteen, both on the round-twelve code (f3ca127): news_snippets_fresh299.jsonl 55/60, 0/25
(Europe, Turkey and the Caucasus); acled_style_notes_world_fresh280.jsonl 52/55, 0/15 (Mali, Burkina Faso and Niger
2024-25); balochistan_protest_notes_fresh276.jsonl 40/40 (Jaffarabad, Dera Bugti and Kohlu);
bangladesh_notes_2022_25_fresh302.jsonl 43/50, event type 48/50 (Cumilla, Noakhali and Feni 2022-25). Round fourteen:
news_snippets_fresh300.jsonl 58/60, 0/25; acled_style_notes_world_fresh281.jsonl 50/55, 0/15 (Mexico and Central
America); balochistan_protest_notes_fresh277.jsonl 40/40; bangladesh_notes_2022_25_fresh303.jsonl 44/50, event type
46/50 (Dhaka city 2025).
Rounds fifteen and sixteen, both on the review-mended code (1986f2a): news_snippets_fresh301.jsonl 57/60, 1/25;
acled_style_notes_world_fresh282.jsonl 53/55, 0/15 (Somalia, Kenya and Uganda); balochistan_protest_notes_fresh278.jsonl
40/40; bangladesh_notes_2022_25_fresh304.jsonl 45/50, event type 46/50 (Khulna division 2024-25). Round sixteen:
news_snippets_fresh302.jsonl 59/60, 0/25; acled_style_notes_world_fresh283.jsonl 51/55, 0/15 (Iraq, Syria and Turkey);
balochistan_protest_notes_fresh279.jsonl 40/40; bangladesh_notes_2022_25_fresh305.jsonl 50/50, event type 50/50
(Rangpur division 2022-25).

Forty-second session, same briefs and method (fixes in test_coding_session42.py; `test_forty_second_session_sets`
holds the counts after them). Rounds one and two, both on the session's starting code (5b9fcff):
news_snippets_fresh303.jsonl 57/60, 2/25 (Afghanistan, Pakistan outside Balochistan and India's north-east);
acled_style_notes_world_fresh284.jsonl 52/55, 0/15 (Cameroon, Chad, the Central African Republic, Sudan and South
Sudan); balochistan_protest_notes_fresh280.jsonl 40/40 (Quetta, Kech, Gwadar, Panjgur and Khuzdar);
bangladesh_notes_2022_25_fresh306.jsonl 48/50, event type 48/50 (Dhaka and Chattogram divisions 2024-25). Round two:
news_snippets_fresh304.jsonl 56/60, 2/25 (Colombia, Venezuela, Ecuador, Chile, Argentina and Mexico);
acled_style_notes_world_fresh285.jsonl 47/55, 1/15 (Libya, Tunisia, Egypt, Algeria, Morocco and Western Sahara);
balochistan_protest_notes_fresh281.jsonl 40/40 (the Makran coast, Lasbela, Naseerabad and Dera Bugti);
bangladesh_notes_2022_25_fresh307.jsonl 46/50, event type 49/50 (Sylhet, Mymensingh and Barishal divisions).
Rounds three and four, both on the round-two code (c9807e5): news_snippets_fresh305.jsonl 56/60, 1/25 (Nigeria, Niger,
Burkina Faso, Mali and Cameroon); acled_style_notes_world_fresh286.jsonl 49/55, 0/15 (Myanmar, Thailand's deep south and
Mindanao); balochistan_protest_notes_fresh282.jsonl 40/40 (students', teachers' and health workers' protests);
bangladesh_notes_2022_25_fresh308.jsonl 37/50, event type 38/50 (2022-23 rallies and AL-BNP clashes; ten of its
thirteen misses are party clashes with sticks and brick-bats this writer codes armed clashes). Round four:
news_snippets_fresh306.jsonl 59/60, 1/25 (close calls worldwide); acled_style_notes_world_fresh287.jsonl 47/55, 0/15
(Ukraine, Russia, Belarus and the Caucasus); balochistan_protest_notes_fresh283.jsonl 37/40 (missing persons and BYC
sit-ins); bangladesh_notes_2022_25_fresh309.jsonl 36/50, event type 37/50 (2025 mob violence and attacks on the Awami
League; the misses are party-faction clashes this writer codes armed clashes and wrecked AL offices coded as
property destruction).
Rounds five and six, both on the round-four code (90c3b80): news_snippets_fresh307.jsonl 54/60, 3/25 (Israel, Gaza,
the West Bank, Lebanon, Syria, Iraq and Yemen); acled_style_notes_world_fresh288.jsonl 52/55, 1/15 (Haiti, the
Dominican Republic, Central America and Mexico); balochistan_protest_notes_fresh284.jsonl 40/40 (political parties'
protests); bangladesh_notes_2022_25_fresh310.jsonl 48/50, event type 49/50 (Rajshahi and Rangpur divisions). Round six:
news_snippets_fresh308.jsonl 54/60, 4/25 (Europe and North America); acled_style_notes_world_fresh289.jsonl 53/55, 0/15
(Somalia, Ethiopia, Eritrea, Djibouti and Kenya); balochistan_protest_notes_fresh285.jsonl 40/40 (traders',
transporters', farmers' and fishermen's protests); bangladesh_notes_2022_25_fresh311.jsonl 43/50, event type 44/50
(Khulna division and the Chittagong Hill Tracts).
Rounds seven and eight, both on the round-six code (6973585): news_snippets_fresh309.jsonl 59/60, 4/25 (India, Nepal
and Sri Lanka); acled_style_notes_world_fresh290.jsonl 51/55, 0/15 (Mozambique, the DRC, Burundi, Rwanda, Uganda and
the Central African Republic); balochistan_protest_notes_fresh286.jsonl 40/40 (women's, lawyers' and journalists'
protests); bangladesh_notes_2022_25_fresh312.jsonl 43/50, event type 46/50 (the 2024 uprising and its aftermath).
Round eight: news_snippets_fresh310.jsonl 54/60, 1/25 (Brazil, Peru, Bolivia, Paraguay and Central America);
acled_style_notes_world_fresh291.jsonl 53/55, 0/15 (Iran, Iraq, Syria, Turkey and the Kurdish regions);
balochistan_protest_notes_fresh287.jsonl 39/40; bangladesh_notes_2022_25_fresh313.jsonl 41/50, event type 41/50 (most
misses are party and campus clashes this writer codes armed clashes).
Rounds nine and ten, both on the docs commit cb8de65: news_snippets_fresh311.jsonl 54/60, 1/25 (Mexico, Colombia,
Ecuador and Haiti); acled_style_notes_world_fresh292.jsonl 49/55, 0/15 (Mali, Burkina Faso, Niger and Benin 2024-25);
balochistan_protest_notes_fresh288.jsonl 39/40 (Quetta 2019-22); bangladesh_notes_2022_25_fresh314.jsonl 48/50, event
type 48/50 (Dhaka division 2025). Round ten: news_snippets_fresh312.jsonl 59/60, 1/25 (strategic developments);
acled_style_notes_world_fresh293.jsonl 49/55, 1/15 (Pakistan and Afghanistan); balochistan_protest_notes_fresh289.jsonl
40/40; bangladesh_notes_2022_25_fresh315.jsonl 47/50, event type 47/50 (Chattogram division and Cox's Bazar).
Rounds eleven and twelve, both on 49d5a34: news_snippets_fresh313.jsonl 59/60, 1/25 (a mix);
acled_style_notes_world_fresh294.jsonl 52/55, 0/15 (Nigeria, Cameroon and the Lake Chad basin);
balochistan_protest_notes_fresh290.jsonl 40/40 (Turbat, Gwadar and the coastal highway); bangladesh_notes_2022_25_fresh316.jsonl
49/50, event type 49/50 (Barishal and Khulna divisions). Round twelve: news_snippets_fresh314.jsonl 56/60, 4/25 (South
and Southeast Asia); acled_style_notes_world_fresh295.jsonl 48/55, 1/15 (Yemen, Saudi Arabia, Lebanon and Jordan);
balochistan_protest_notes_fresh291.jsonl 40/40; bangladesh_notes_2022_25_fresh317.jsonl 46/50, event type 48/50 (Rangpur
and Mymensingh divisions).

Forty-third session, same briefs and method (fixes in test_coding_session43.py; `test_forty_third_session_sets`
holds the counts after them). Rounds one and two, both on the session's starting code (6c7afb8):
news_snippets_fresh315.jsonl 59/60, 1/25 (protests, riots and police responses worldwide);
acled_style_notes_world_fresh296.jsonl 50/55, 1/15 (Benin, Togo, Ghana, Cote d'Ivoire and Burkina Faso);
balochistan_protest_notes_fresh292.jsonl 40/40 (Quetta, Turbat and Gwadar); bangladesh_notes_2022_25_fresh318.jsonl
44/50, event type 44/50 (the Chittagong Hill Tracts, Cox's Bazar and the Rohingya camps). Round two:
news_snippets_fresh316.jsonl 59/60, 3/25 (bombings, IEDs, suicide and grenade attacks);
acled_style_notes_world_fresh297.jsonl 53/55, 1/15 (Somalia, Kenya and Ethiopia); balochistan_protest_notes_fresh293.jsonl
39/40 (road blockades, sit-ins and hunger strikes); bangladesh_notes_2022_25_fresh319.jsonl 43/50, event type 44/50
(Dhaka and Narayanganj 2023-25; five misses are party clashes with sticks and machetes this writer codes armed clashes).
Rounds three and four, both on 76d8abe: news_snippets_fresh317.jsonl 59/60, 6/25 (armed clashes, battles and changes
of territory; the alarms are boardroom, election and wildfire "seizures", a mission "fighting" gangs, a controlled
detonation and a year's toll); acled_style_notes_world_fresh298.jsonl 52/55, 0/15 (Sudan, South Sudan and Chad);
balochistan_protest_notes_fresh294.jsonl 40/40; bangladesh_notes_2022_25_fresh320.jsonl 49/50, event type 49/50
(Rajshahi and Khulna divisions 2022-24). Round four: news_snippets_fresh318.jsonl 58/60, 3/25 (violence against
civilians); acled_style_notes_world_fresh299.jsonl 49/55, 0/15 (Colombia, Peru, Bolivia and Brazil);
balochistan_protest_notes_fresh295.jsonl 39/40 (teachers, doctors, lawyers, traders and transporters);
bangladesh_notes_2022_25_fresh321.jsonl 44/50, event type 46/50 (Sylhet and Comilla 2024-25).
Rounds five and six, both on 484bb7c: news_snippets_fresh319.jsonl 56/60, 2/25 (strategic developments and hard
non-events); acled_style_notes_world_fresh300.jsonl 47/55, 1/15 (Ukraine and Russia);
balochistan_protest_notes_fresh296.jsonl 39/40; bangladesh_notes_2022_25_fresh322.jsonl 46/50, event type 48/50
(Chattogram and Feni 2022-23). Round six: news_snippets_fresh320.jsonl 55/60, 2/25 (India, Pakistan, Bangladesh, Nepal
and Sri Lanka); acled_style_notes_world_fresh301.jsonl 49/55, 0/15 (DR Congo, Burundi, Rwanda and Uganda);
balochistan_protest_notes_fresh297.jsonl 40/40 (the Makran coast and Lasbela); bangladesh_notes_2022_25_fresh323.jsonl
46/50, event type 48/50 (Rangpur and Dinajpur 2023-25).
Rounds seven and eight, both on 9b71548: news_snippets_fresh321.jsonl 54/60, 0/25 (Latin America and the Caribbean);
acled_style_notes_world_fresh302.jsonl 53/55, 0/15 (Iraq, Syria and Lebanon); balochistan_protest_notes_fresh298.jsonl
40/40; bangladesh_notes_2022_25_fresh324.jsonl 36/50, event type 40/50 (Barishal and Patuakhali 2022-25; nine misses
are party and election clashes this writer codes armed clashes). Round eight: news_snippets_fresh322.jsonl 57/60, 0/25
(Africa south of the Sahara); acled_style_notes_world_fresh303.jsonl 53/55, 0/15 (Mozambique, Amhara and Oromia);
balochistan_protest_notes_fresh299.jsonl 39/40 (Quetta and Khuzdar 2023-25); bangladesh_notes_2022_25_fresh325.jsonl
33/50, event type 35/50 (Mymensingh and Tangail 2023-25; twelve misses are party, faction and election clashes coded
armed clashes).
Rounds nine and ten, both on 0f5aeb1: news_snippets_fresh323.jsonl 58/60, 1/25 (a mix);
acled_style_notes_world_fresh304.jsonl 51/55, 0/15 (Myanmar, Thailand and the Philippines);
balochistan_protest_notes_fresh300.jsonl 40/40; bangladesh_notes_2022_25_fresh326.jsonl 37/50, event type 37/50 (Dhaka
division 2022-23; most misses are party, campus and village clashes coded armed clashes). Round ten:
news_snippets_fresh324.jsonl 56/60, 0/25 (close calls); acled_style_notes_world_fresh305.jsonl 50/55, 1/15 (Nigeria,
Niger and Cameroon); balochistan_protest_notes_fresh301.jsonl 40/40 (Dera Bugti, Kohlu, Sibi and Jaffarabad);
bangladesh_notes_2022_25_fresh327.jsonl 46/50, event type 46/50 (Khulna and Jashore 2024-25).
Rounds eleven and twelve, both on 71d03f2: news_snippets_fresh325.jsonl 55/60, 2/25 (the Middle East and North
Africa); acled_style_notes_world_fresh306.jsonl 52/55, 1/15 (Mali, Burkina Faso and Niger);
balochistan_protest_notes_fresh302.jsonl 40/40; bangladesh_notes_2022_25_fresh328.jsonl 36/50, event type 36/50 (Sylhet
and Moulvibazar 2022-24; most misses are party, campus and village clashes coded armed clashes). Round twelve:
news_snippets_fresh326.jsonl 55/60, 6/25 (Europe, the Caucasus and Central Asia); acled_style_notes_world_fresh307.jsonl
51/55, 1/15 (Afghanistan, Pakistan and India); balochistan_protest_notes_fresh303.jsonl 40/40 (Kech, Panjgur and
Awaran); bangladesh_notes_2022_25_fresh329.jsonl 47/50, event type 47/50 (Comilla, Noakhali and Feni 2024-25).
Rounds thirteen and fourteen, both on dea76a3: news_snippets_fresh327.jsonl 58/60, 0/25 (a mix);
acled_style_notes_world_fresh308.jsonl 51/55, 0/15 (Haiti, Mexico and Central America);
balochistan_protest_notes_fresh304.jsonl 40/40; bangladesh_notes_2022_25_fresh330.jsonl 46/50, event type 48/50 (the
Chittagong Hill Tracts and Cox's Bazar 2024-25). Round fourteen: news_snippets_fresh328.jsonl 60/60, 1/25 (the Sahel,
the Horn and the Great Lakes); acled_style_notes_world_fresh309.jsonl 47/55, 1/15 (Yemen, Gaza and the West Bank);
balochistan_protest_notes_fresh305.jsonl 40/40 (Quetta 2024-25); bangladesh_notes_2022_25_fresh331.jsonl 39/50, event
type 40/50 (Rajshahi and Bogura 2023-25; most misses are party and faction clashes with sticks and blades coded armed
clashes).

Forty-fourth session, same briefs and method (fixes in test_coding_session44.py; `test_forty_fourth_session_sets`
holds the counts after them). Rounds one and two, both on the session's starting code (c8cb4d4):
news_snippets_fresh329.jsonl 57/60, 1/25 (Nigeria, Cameroon, the Central African Republic and Chad; the alarm: food
prices that "exploded"); acled_style_notes_world_fresh310.jsonl 52/55, 0/15 (India, Myanmar, the Philippines and
Indonesia); balochistan_protest_notes_fresh306.jsonl 40/40 (Quetta, Turbat and Gwadar 2023-25);
bangladesh_notes_2022_25_fresh332.jsonl 39/50, event type 43/50 (Dhaka, Chattogram and Sylhet 2024, the July uprising
and after). Round two: news_snippets_fresh330.jsonl 59/60, 0/25 (Mexico, Colombia, Ecuador, Haiti and Venezuela);
acled_style_notes_world_fresh311.jsonl 53/55, 0/15 (Syria, Iraq, Yemen, Lebanon and Israel/Palestine);
balochistan_protest_notes_fresh307.jsonl 40/40 (Khuzdar, Kech, Panjgur, Mastung and Nushki 2019-22);
bangladesh_notes_2022_25_fresh333.jsonl 47/50, event type 48/50 (Khulna, Barishal, Rangpur and Mymensingh 2022-23).
Rounds three and four, both on c474e05: news_snippets_fresh331.jsonl 58/60, 2/25 (Sudan, South Sudan, Ethiopia and
Somalia; the alarms: a mine clearance "since the army retook the city" and a depot blast "caused by extreme heat");
acled_style_notes_world_fresh312.jsonl 50/55, 0/15 (Mali, Burkina Faso and Niger); balochistan_protest_notes_fresh308.jsonl
39/40 (Dera Bugti, Kohlu, Sibi and Jaffarabad); bangladesh_notes_2022_25_fresh334.jsonl 49/50, event type 50/50
(Rajshahi and Rangpur 2025). Round four: news_snippets_fresh332.jsonl 54/60, 1/25 (Ukraine, Russia, Georgia, Armenia
and Azerbaijan; the alarm: remains of soldiers "killed in 1942"); acled_style_notes_world_fresh313.jsonl 52/55, 1/15
(Afghanistan, Pakistan and Iran; the alarm left: a man who shot his cousins over land); balochistan_protest_notes_fresh309.jsonl
40/40 (Gwadar, Lasbela and Hub); bangladesh_notes_2022_25_fresh335.jsonl 40/50, event type 44/50 (the Chittagong Hill
Tracts and Cox's Bazar 2022-25; misses: arrests with weapons seized read as disruptions, faction clashes this writer
codes armed clashes).
Rounds five and six, both on 0031542: news_snippets_fresh333.jsonl 56/60, 1/25 (protests, strikes and riots in Africa
and Asia; the alarm: a court that "ordered striking doctors to call off" their action); acled_style_notes_world_fresh314.jsonl
54/55, 0/15 (Somalia, Kenya, Uganda and Mozambique); balochistan_protest_notes_fresh310.jsonl 40/40 (Quetta 2019-22);
bangladesh_notes_2022_25_fresh336.jsonl 44/50, event type 46/50 (Dhaka and Gazipur 2023). Round six:
news_snippets_fresh334.jsonl 57/60, 0/25 (Syria, Iraq, Lebanon, Yemen, Iran and Israel); acled_style_notes_world_fresh315.jsonl
51/55, 0/15 (Mexico, Colombia, Brazil, Peru and Ecuador); balochistan_protest_notes_fresh311.jsonl 40/40 (Chaman, Qila
Abdullah, Zhob and Loralai); bangladesh_notes_2022_25_fresh337.jsonl 41/50, event type 42/50 (Sylhet, Sunamganj and
Habiganj 2022-25).
Rounds seven and eight, both on 5b48a33: news_snippets_fresh335.jsonl 57/60, 1/25 (close calls and hard non-events;
the alarm: a parade of "captured armoured vehicles"); acled_style_notes_world_fresh316.jsonl 50/55, 0/15 (Haiti,
Guatemala, Honduras, El Salvador and Nicaragua); balochistan_protest_notes_fresh312.jsonl 40/40 (Kech, Panjgur and
Awaran 2023-25); bangladesh_notes_2022_25_fresh338.jsonl 35/50, event type 39/50 (Khulna and Jashore 2023-24; eleven
misses are party and election clashes with sticks and blades this writer codes armed clashes). Round eight:
news_snippets_fresh336.jsonl 56/60, 5/25 (Mali, Burkina Faso, Niger, Benin, Togo and Ghana; the alarms: a curfew, a
currency that "took another beating", a minister "telling a rally", a mine blast of stored dynamite, a joint force
"under the banner of" an alliance); acled_style_notes_world_fresh317.jsonl 52/55, 0/15 (Myanmar, Thailand, Cambodia and
the Philippines); balochistan_protest_notes_fresh313.jsonl 39/40 (Nasirabad, Jhal Magsi, Kachhi and Sohbatpur);
bangladesh_notes_2022_25_fresh339.jsonl 37/50, event type 40/50 (Mymensingh, Netrokona and Kishoreganj 2025; most
misses are party clashes coded armed clashes).
Rounds nine and ten, both on ec25fc1: news_snippets_fresh337.jsonl 57/60, 3/25 (India, Pakistan, Bangladesh, Nepal
and Sri Lanka; the alarms: deaths from "scorching heat", a film that "exploded at the box office", a man who killed his
brother over land, the last left); acled_style_notes_world_fresh318.jsonl 53/55, 0/15 (Ethiopia, Sudan, South Sudan and
Chad); balochistan_protest_notes_fresh314.jsonl 39/40 (Turbat, Gwadar and Pasni 2019-22); bangladesh_notes_2022_25_fresh340.jsonl
47/50, event type 48/50 (Rangpur and Dinajpur 2022-23). Round ten: news_snippets_fresh338.jsonl 53/60, 2/25 (Latin
America and the Caribbean; the alarms: a stabbing "during an argument in a bar" and a report on years of force
against demonstrators); acled_style_notes_world_fresh319.jsonl 53/55, 0/15 (Ukraine, Russia and the Caucasus);
balochistan_protest_notes_fresh315.jsonl 40/40 (Quetta 2023-25); bangladesh_notes_2022_25_fresh341.jsonl 47/50, event
type 47/50 (Dhaka city 2024-25).
Rounds eleven and twelve, both on 52b2a7c: news_snippets_fresh339.jsonl 57/60, 1/25 (Nigeria, Niger, Cameroon and
Chad; the alarm left: arrests of a gang of phone snatchers); acled_style_notes_world_fresh320.jsonl 51/55, 0/15 (Iraq,
Syria, Turkey and Iran); balochistan_protest_notes_fresh316.jsonl 40/40 (Khuzdar, Kalat, Mastung and Surab);
bangladesh_notes_2022_25_fresh342.jsonl 41/50, event type 44/50 (Chattogram and Cox's Bazar 2023). Round twelve:
news_snippets_fresh340.jsonl 57/60, 2/25 (DR Congo, Burundi, Rwanda, Uganda and South Sudan; the alarms: a Security
Council statement of concern over "the escalation of fighting" and a reburial of victims of "the killings of 1994");
acled_style_notes_world_fresh321.jsonl 48/55, 0/15 (Yemen, Saudi Arabia, Lebanon and Israel/Palestine);
balochistan_protest_notes_fresh317.jsonl 40/40 (Quetta and Chaman 2024-25); bangladesh_notes_2022_25_fresh343.jsonl
40/50, event type 42/50 (Barishal and Patuakhali 2024-25).

Forty-fifth session, same briefs and method (fixes in test_coding_session45.py; `test_forty_fifth_session_sets`
holds the counts after them). Rounds one and two, both on the session's starting code (ee9fe9b):
news_snippets_fresh341.jsonl 57/60, 2/25 (Libya, Tunisia, Egypt, Algeria and Morocco; the alarms: amendments to "the
protest law" and a cousin's stabbing over irrigation water); acled_style_notes_world_fresh322.jsonl 51/55, 1/15
(Colombia, Venezuela, Peru and Bolivia; the alarm: a gas explosion inside a mine); balochistan_protest_notes_fresh318.jsonl
40/40 (Sibi, Harnai, Ziarat and Duki 2019-25); bangladesh_notes_2022_25_fresh344.jsonl 47/50, event type 49/50 (Cumilla,
Feni, Noakhali and Chandpur 2022-25). Round two: news_snippets_fresh342.jsonl 55/60, 3/25 (Mozambique, Zimbabwe, South
Africa, Kenya and Tanzania; the alarms: a bill to "help curb cattle raids", a rugby "clash" and a court that "struck
down" a police directive); acled_style_notes_world_fresh323.jsonl 50/55, 1/15 (Khyber Pakhtunkhwa, Punjab and Sindh;
the alarm: a cousin shot dead in a land dispute); balochistan_protest_notes_fresh319.jsonl 39/40 (Quetta and Pishin
2019-21); bangladesh_notes_2022_25_fresh345.jsonl 35/50, event type 37/50 (Gazipur, Narayanganj and Tangail 2024-25;
most misses are party and election clashes with sticks or crude bombs coded armed clashes). Rounds three and four, both
on 1e1d73c: news_snippets_fresh343.jsonl 56/60, 4/25 (Ethiopia, Eritrea, Somalia, Djibouti and Sudan; the alarms: a
runner who "fought off a late challenge", a vow "to keep fighting" beside "calls for a humanitarian truce", a walkout by
lawmakers and an ammunition depot blast the army called accidental); acled_style_notes_world_fresh324.jsonl 53/55, 2/15
(Myanmar, Bangladesh and North-East India; the alarms: a camp fire where officials "ruled out arson" and a cousin killed
in a farmland dispute); balochistan_protest_notes_fresh320.jsonl 39/40 (Turbat, Kech and Gwadar 2024-25);
bangladesh_notes_2022_25_fresh346.jsonl 44/50, event type 44/50 (Sylhet, Moulvibazar and Habiganj 2024-25). Round four:
news_snippets_fresh344.jsonl 55/60, 1/25 (hard non-events beside real events; the alarm: a wildfire fought by
"water-bombing aircraft"); acled_style_notes_world_fresh325.jsonl 51/55, 0/15 (Nigeria, Niger, Burkina Faso and Mali);
balochistan_protest_notes_fresh321.jsonl 39/40 (Khuzdar, Lasbela and Awaran 2019-23);
bangladesh_notes_2022_25_fresh347.jsonl 44/50, event type 48/50 (Rajshahi, Chapainawabganj and Naogaon 2022-24).
Rounds five and six, both on f34c868: news_snippets_fresh345.jsonl 56/60, 2/25 (Iraq, Syria, Lebanon and Jordan; the
alarms: the anniversary of the fall of Mosul and a speech refusing to disarm "as long as Israel occupied" land);
acled_style_notes_world_fresh326.jsonl 49/55, 0/15 (Ukraine and Russia); balochistan_protest_notes_fresh322.jsonl 40/40
(Quetta 2021-24); bangladesh_notes_2022_25_fresh348.jsonl 41/50, event type 43/50 (Dhaka and Narayanganj 2022; most
misses are party clashes coded armed clashes). Round six: news_snippets_fresh346.jsonl 54/60, 1/25 (Haiti, Colombia,
Mexico, Brazil and Venezuela; the alarm: commanders "behind recent attacks"); acled_style_notes_world_fresh327.jsonl
54/55, 0/15 (Sudan, South Sudan, Chad and the Central African Republic); balochistan_protest_notes_fresh323.jsonl 39/40
(Panjgur, Washuk and Kharan 2019-25); bangladesh_notes_2022_25_fresh349.jsonl 38/50, event type 41/50 (Khulna, Satkhira
and Bagerhat 2024-25; most misses are party and faction clashes with sharp weapons coded armed clashes). Rounds
seven and eight, both on 4711495: news_snippets_fresh347.jsonl 58/60, 2/25 (Pakistan, Afghanistan and Iran; the
alarms: a killing "in the name of honour" and a shopkeeper who "resisted two armed robbers");
acled_style_notes_world_fresh328.jsonl 51/55, 0/15 (the Philippines, Thailand, Indonesia and Papua New Guinea);
balochistan_protest_notes_fresh324.jsonl 37/40 (Gwadar 2019-22); bangladesh_notes_2022_25_fresh350.jsonl 40/50, event
type 42/50 (Barishal, Bhola and Patuakhali 2022-23). Round eight: news_snippets_fresh348.jsonl 58/60, 0/25 (Nigeria,
Ghana, Cote d'Ivoire, Senegal and Guinea); acled_style_notes_world_fresh329.jsonl 49/55, 0/15 (Mexico, Guatemala,
Honduras and El Salvador); balochistan_protest_notes_fresh325.jsonl 38/40 (Quetta 2022-25);
bangladesh_notes_2022_25_fresh351.jsonl 43/50, event type 44/50 (Cox's Bazar and Bandarban 2024-25). Rounds nine and
ten, both on 6c4843b: news_snippets_fresh349.jsonl 53/60, 2/25 (Israel, Gaza, the West Bank and Lebanon; the alarms: a
strike that "would be answered with missiles" and air raid sirens set off by a false identification);
acled_style_notes_world_fresh330.jsonl 53/55, 0/15 (Somalia, Kenya and Ethiopia);
balochistan_protest_notes_fresh326.jsonl 39/40 (Dera Murad Jamali, Usta Muhammad and Jafarabad 2020-25);
bangladesh_notes_2022_25_fresh352.jsonl 45/50, event type 46/50 (Sylhet and Sunamganj 2022-24). Round ten:
news_snippets_fresh350.jsonl 57/60, 0/25 (close calls in Asia); acled_style_notes_world_fresh331.jsonl 52/55, 1/15 (DR
Congo, Burundi and Rwanda; the alarm: a president's accusation about "those behind the 2015 coup attempt");
balochistan_protest_notes_fresh327.jsonl 40/40 (Loralai, Musakhel and Barkhan 2019-25);
bangladesh_notes_2022_25_fresh353.jsonl 44/50, event type 47/50 (Dhaka city 2023).

Forty-sixth session, same briefs and method (fixes in test_coding_session46.py; `test_forty_sixth_session_sets`
holds the counts after them). Rounds one and two, both on the session's starting code (7955c6c):
news_snippets_fresh351.jsonl 55/60, 1/25 (Yemen, Saudi Arabia, Iran and the Gulf; the alarm: missiles counted "since the
war began"); acled_style_notes_world_fresh332.jsonl 51/55, 0/15 (Cameroon, Chad, the Central African Republic and
Nigeria's Middle Belt); balochistan_protest_notes_fresh328.jsonl 39/40 (Khuzdar, Kalat and Mastung 2020-25);
bangladesh_notes_2022_25_fresh354.jsonl 44/50, event type 45/50 (Rajshahi, Chapainawabganj and Naogaon 2022-25). Round
two: news_snippets_fresh352.jsonl 57/60, 6/25 (Manipur, Kashmir, Chhattisgarh, Punjab and West Bengal; the alarms: a
land-dispute killing by a nephew, "step up vigil", a Maoist call for a bandh "against the ongoing security offensive", a
mock drill, heroin and a pistol dropped by a drone, ex gratia for farmers who died "during the 2020-21 agitation");
acled_style_notes_world_fresh333.jsonl 52/55, 1/15 (Turkey, north-east Syria, Iraqi Kurdistan and Armenia-Azerbaijan;
the alarm: a brother-in-law shot in a dispute over irrigation water); balochistan_protest_notes_fresh329.jsonl 39/40
(Turbat, Panjgur and Awaran 2021-25); bangladesh_notes_2022_25_fresh355.jsonl 49/50, event type 49/50 (Chattogram, Feni
and Noakhali 2023-25). Rounds three and four, both on 1fe1e95: news_snippets_fresh353.jsonl 52/60, 3/25 (Europe and North
America; the alarms: a report on tear gas "during last year's pension protests", a missile that entered Polish airspace
and a bill on assaulting officers "during riots"); acled_style_notes_world_fresh334.jsonl 53/55, 0/15 (Mozambique,
Malawi, Zambia, Angola and Madagascar); balochistan_protest_notes_fresh330.jsonl 39/40 (Quetta, Chaman and Zhob
2020-25); bangladesh_notes_2022_25_fresh356.jsonl 43/50, event type 47/50 (Mymensingh, Netrokona and Kishoreganj
2022-25). Round four: news_snippets_fresh354.jsonl 55/60, 6/25 (Sri Lanka, Nepal, the Maldives and Bhutan beside hard
non-events; the alarms: a joint exercise's "ambush drills", special effects for a film, a leopard, parties that
"traded fierce attacks" in "the battle for" a mayoralty, rusted mortar shells from the war and a central bank's
"losing battle"); acled_style_notes_world_fresh335.jsonl 53/55, 1/15 (Burkina Faso, Niger, Benin and Togo; the alarm: a
neighbour stabbed in a land dispute); balochistan_protest_notes_fresh331.jsonl 40/40 (Nasirabad, Jaffarabad, Sohbatpur
and Jhal Magsi 2019-24); bangladesh_notes_2022_25_fresh357.jsonl 39/50, event type 40/50 (Rangpur, Dinajpur, Kurigram
and Lalmonirhat 2022-25; most misses are party and election clashes with sticks and machetes coded armed clashes). Rounds
five and six, both on 7b79c2f: news_snippets_fresh355.jsonl 54/60, 0/25 (Ecuador, Peru, Chile, Argentina and Brazil);
acled_style_notes_world_fresh336.jsonl 52/55, 1/15 (Afghanistan, Tajikistan, Kyrgyzstan and Iran's border provinces;
the alarm: a "note of protest" from a foreign ministry); balochistan_protest_notes_fresh332.jsonl 39/40 (Gwadar, Pasni
and Ormara 2022-25); bangladesh_notes_2022_25_fresh358.jsonl 43/50, event type 43/50 (Sylhet, Habiganj and Sunamganj
2022-25; most misses are party and election clashes with sharp weapons coded armed clashes). Round six:
news_snippets_fresh356.jsonl 58/60, 2/25 (Nigeria, Cameroon and Chad; the alarms: a price rise called a "petrol bomb"
and a video dismissed as false); acled_style_notes_world_fresh337.jsonl 52/55, 0/15 (Ethiopia's Amhara and Oromia,
Eritrea and South Sudan); balochistan_protest_notes_fresh333.jsonl 39/40 (Quetta 2019-25);
bangladesh_notes_2022_25_fresh359.jsonl 45/50, event type 46/50 (Gazipur, Narsingdi and Munshiganj 2022-25). Rounds seven
and eight, both on 57de664: news_snippets_fresh357.jsonl 57/60, 1/25 (the Sahel and coastal West Africa; the alarm: an
appeal for a doctor "kidnapped in Burkina Faso in 2016"); acled_style_notes_world_fresh338.jsonl 50/55, 2/15 (Syria after
December 2024; the alarms: crowds gathered "for official celebrations" and a cousin shot over farmland);
balochistan_protest_notes_fresh334.jsonl 40/40 (Dera Bugti, Kohlu and Sui 2019-25); bangladesh_notes_2022_25_fresh360.jsonl
40/50, event type 41/50 (Cumilla, Brahmanbaria and Chandpur 2022-25; most misses are party and election clashes coded
armed clashes). Round eight: news_snippets_fresh358.jsonl 59/60, 2/25 (close calls in Africa; the alarms: an army's count
"over the past three months" and dynamite that "detonated prematurely" in a mine); acled_style_notes_world_fresh339.jsonl
52/55, 0/15 (Haiti, the Dominican Republic, Jamaica and Trinidad and Tobago); balochistan_protest_notes_fresh335.jsonl
39/40 (Lasbela, Hub and Khuzdar 2021-25); bangladesh_notes_2022_25_fresh361.jsonl 44/50, event type 47/50 (Jessore,
Jhenaidah, Magura and Narail 2022-25). Rounds nine and ten, both on a812646: news_snippets_fresh359.jsonl 56/60, 5/25
(Bangladesh and Myanmar; the alarms: an offensive said to be "imminent", a killing with "any political motive" ruled out,
a bus carrying supporters to a rally that crashed, a diplomatic protest over shells that "landed ... last week", and
people killed "when a wild elephant attacked"); acled_style_notes_world_fresh340.jsonl 51/55, 0/15 (Colombia, Ecuador
and Peru); balochistan_protest_notes_fresh336.jsonl 40/40 (Kech, Turbat and Tump 2022-25);
bangladesh_notes_2022_25_fresh362.jsonl 43/50, event type 44/50 (Barishal, Pirojpur and Jhalokathi 2022-25). Round ten:
news_snippets_fresh360.jsonl 56/60, 3/25 (Iraq, Iran and the Gulf; the alarms: a stray bullet from wedding gunfire, a
military parade and an "honour crime"); acled_style_notes_world_fresh341.jsonl 46/55, 0/15 (the Philippines and
Indonesia); balochistan_protest_notes_fresh337.jsonl 39/40 (Quetta and Mastung 2023-25);
bangladesh_notes_2022_25_fresh363.jsonl 40/50, event type 41/50 (Dhaka, Savar and Ashulia 2024-25; most misses are party
and faction clashes coded armed clashes and crowds wrecking Awami League property coded looting).

Forty-seventh session, same briefs and method (fixes in test_coding_session47.py; `test_forty_seventh_session_sets`
holds the counts after them). Rounds one and two, both on the session's starting code (202b5e2):
news_snippets_fresh361.jsonl 54/60, 2/25 (Khyber Pakhtunkhwa and Afghanistan; the alarms: a year's count of
"intelligence-based operations" and a boy killed by "aerial firing at a wedding"); acled_style_notes_world_fresh342.jsonl
52/55, 1/15 (Mozambique, the DRC and the Great Lakes; the alarm: a genocide commemoration the president led);
balochistan_protest_notes_fresh338.jsonl 40/40 (Gwadar, Pasni and Ormara 2022-25);
bangladesh_notes_2022_25_fresh364.jsonl 45/50, event type 48/50 (Chattogram, Cox's Bazar and the Hill Tracts 2022-25).
Round two: news_snippets_fresh362.jsonl 52/60, 0/25 (Mexico and Central America); acled_style_notes_world_fresh343.jsonl
48/55, 0/15 (Ukraine, Russia, Israel and Palestine); balochistan_protest_notes_fresh339.jsonl 40/40 (Khuzdar, Kalat and
Nushki 2022-25); bangladesh_notes_2022_25_fresh365.jsonl 42/50, event type 43/50 (Rajshahi, Bogura and Naogaon 2022-25;
most misses the party and faction clashes these writers code armed clashes and the August 2024 wrecking they code
looting). Rounds three and four, both on 4e4c032: news_snippets_fresh363.jsonl 59/60, 1/25 (Sudan, South Sudan and
Ethiopia; the alarm: runners who "attacked from the front"); acled_style_notes_world_fresh344.jsonl 50/55, 1/15 (India;
the alarm: a farmer killed by his cousins over land); balochistan_protest_notes_fresh340.jsonl 40/40 (Dera Bugti, Kohlu
and Sibi 2022-25); bangladesh_notes_2022_25_fresh366.jsonl 46/50, event type 47/50 (Sylhet, Sunamganj and Moulvibazar
2022-25); news_snippets_fresh364.jsonl 58/60, 1/25 (Nigeria, Niger, Mali and Burkina Faso; the alarm: a treaty deepening
the Alliance of Sahel States); acled_style_notes_world_fresh345.jsonl 51/55, 1/15 (Colombia, Venezuela, Brazil, Haiti and
Honduras; the alarm: an ombudsman's early warning); balochistan_protest_notes_fresh341.jsonl 39/40 (Lasbela, Hub and
Uthal 2022-25); bangladesh_notes_2022_25_fresh367.jsonl 43/50, event type 44/50 (Khulna, Jessore and Satkhira 2022-25).
Rounds five and six, both on 78151d0: news_snippets_fresh365.jsonl 59/60, 1/25 (Iraq, Syria and Lebanon; the alarm: a man
who shot his brother in an inheritance dispute); acled_style_notes_world_fresh346.jsonl 48/55, 0/15 (Myanmar);
balochistan_protest_notes_fresh342.jsonl 40/40 (Chagai, Dalbandin and Taftan 2022-25);
bangladesh_notes_2022_25_fresh368.jsonl 45/50, event type 48/50 (Mymensingh, Netrokona and Kishoreganj 2022-25);
news_snippets_fresh366.jsonl 57/60, 0/25 (Kenya, Uganda, Tanzania and Somalia); acled_style_notes_world_fresh347.jsonl
50/55, 1/15 (Pakistan and Afghanistan; the alarm: a man who shot his brother over a house); balochistan_protest_notes_fresh343.jsonl
40/40 (Jaffarabad, Naseerabad and Jhal Magsi 2022-25); bangladesh_notes_2022_25_fresh369.jsonl 45/50, event type 46/50
(Cumilla, Brahmanbaria and Chandpur 2022-25). Rounds seven and eight, both on 88aca0a: news_snippets_fresh367.jsonl
52/60, 2/25 (Colombia, Peru and Bolivia; the alarms: copper output and "the lingering impact of road blockades", a
controlled detonation of expired explosives); acled_style_notes_world_fresh348.jsonl 50/55, 2/15 (Nigeria; the alarms: a
Democracy Day parade and a neighbour's stabbing over land); balochistan_protest_notes_fresh344.jsonl 40/40 (Panjgur, Washuk
and Kharan 2021-25); bangladesh_notes_2022_25_fresh370.jsonl 45/50, event type 47/50 (Dhaka city 2022-23);
news_snippets_fresh368.jsonl 56/60, 1/25 (Europe and the Caucasus; the alarm: a law "a move rights groups said targeted"
a movement); acled_style_notes_world_fresh349.jsonl 54/55, 0/15 (Sudan, Chad, Libya and the Sahel);
balochistan_protest_notes_fresh345.jsonl 40/40 (Quetta 2019-22); bangladesh_notes_2022_25_fresh371.jsonl 47/50, event
type 47/50 (Rangpur, Dinajpur and Thakurgaon 2022-25). Rounds nine and ten, both on d3584b2:
news_snippets_fresh369.jsonl 50/60, 3/25 (Israel, Gaza and the West Bank; the alarms: a secretary of state's visit "for
talks ... on a Gaza truce", sirens set off by a false identification, a record year of settler attacks in an annual
report); acled_style_notes_world_fresh350.jsonl 50/55, 0/15 (Mexico and Central America);
balochistan_protest_notes_fresh346.jsonl 40/40 (Zhob, Sherani and Killa Saifullah 2021-25);
bangladesh_notes_2022_25_fresh372.jsonl 39/50, event type 41/50 (Bhola, Patuakhali and Barguna 2022-25; 8 of the 11
misses party and faction clashes with sharp weapons this writer codes armed clashes); news_snippets_fresh370.jsonl 58/60,
3/25 (the Philippines, Indonesia and Thailand; the alarms: a gold-shop robbery, a court voiding a warrant, a hostage drill);
acled_style_notes_world_fresh351.jsonl 54/55, 0/15 (Ethiopia, Somalia and Kenya); balochistan_protest_notes_fresh347.jsonl
38/40 (Quetta and Pishin 2023-25); bangladesh_notes_2022_25_fresh373.jsonl 47/50, event type 47/50 (Gazipur, Narayanganj
and Narsingdi 2022-25).

Forty-eighth session, same briefs and method (fixes in test_coding_session48.py; `test_forty_eighth_session_sets` holds
the counts after them). First runs, two rounds at a time on the same code: rounds one and two on f5923f9:
news_snippets_fresh371.jsonl 56/60, 1/25 (Afghanistan, Iran and Yemen; the alarm: Ashura mourning crowds);
acled_style_notes_world_fresh352.jsonl 51/55, 0/15 (Burkina Faso, Niger, Benin and Togo);
balochistan_protest_notes_fresh348.jsonl 39/40 (Turbat, Kech and Tump 2022-25); bangladesh_notes_2022_25_fresh374.jsonl
35/50, event type 35/50 (Barishal, Pirojpur and Jhalokathi 2022-25; 10 of the 15 misses party, faction, election and
land clashes with sticks and machetes this writer codes armed clashes); news_snippets_fresh372.jsonl 58/60, 1/25
(Ecuador, Haiti, Peru and Brazil); acled_style_notes_world_fresh353.jsonl 51/55, 1/15 (Syria, Lebanon, Iraq and Yemen);
balochistan_protest_notes_fresh349.jsonl 40/40 (Loralai, Musakhel and Barkhan 2021-25);
bangladesh_notes_2022_25_fresh375.jsonl 46/50, event type 48/50 (Tangail, Jamalpur and Sherpur 2022-25). Rounds three
and four on 58e01c2: news_snippets_fresh373.jsonl 59/60, 1/25 (Cameroon, Chad, the CAR and Mozambique);
acled_style_notes_world_fresh354.jsonl 50/55, 0/15 (Bangladesh, Nepal, Sri Lanka and the Maldives);
balochistan_protest_notes_fresh350.jsonl 39/40 (Mastung, Kalat and Surab 2021-25); bangladesh_notes_2022_25_fresh376.jsonl
42/50, event type 46/50 (Noakhali, Feni and Lakshmipur 2022-25); news_snippets_fresh374.jsonl 52/60, 4/25 (the United
States, Canada and Western Europe; the alarms: a gas explosion, a union deal, declassified files, a commissioner's
statement); acled_style_notes_world_fresh355.jsonl 52/55, 0/15 (the DRC, Burundi, South Sudan and Uganda);
balochistan_protest_notes_fresh351.jsonl 39/40 (Gwadar and Jiwani 2019-22); bangladesh_notes_2022_25_fresh377.jsonl 42/50,
event type 44/50 (Sirajganj, Pabna and Natore 2022-25). Rounds five and six on 716d4d6: news_snippets_fresh375.jsonl
56/60, 3/25 (India and Pakistan); acled_style_notes_world_fresh356.jsonl 46/55, 0/15 (Colombia, Ecuador and Peru);
balochistan_protest_notes_fresh352.jsonl 40/40 (Hub, Lasbela and Awaran 2022-25); bangladesh_notes_2022_25_fresh378.jsonl
43/50, event type 44/50 (Cox's Bazar and Bandarban 2022-25); news_snippets_fresh376.jsonl 52/60, 5/25 (Russia, Ukraine,
Belarus and Central Asia); acled_style_notes_world_fresh357.jsonl 52/55, 0/15 (Mali, Niger and Nigeria);
balochistan_protest_notes_fresh353.jsonl 39/40 (Quetta 2023-25); bangladesh_notes_2022_25_fresh379.jsonl 37/50, event type
39/50 (Dhaka city 2024-25). Rounds seven and eight on 97e6e8d: news_snippets_fresh377.jsonl 55/60, 1/25 (Somalia, Kenya
and Ethiopia); acled_style_notes_world_fresh358.jsonl 49/55, 1/15 (Haiti, Honduras, Guatemala and Mexico);
balochistan_protest_notes_fresh354.jsonl 40/40 (Kech, Panjgur and Awaran 2019-22); bangladesh_notes_2022_25_fresh380.jsonl
48/50, event type 48/50 (Khulna, Bagerhat and Satkhira 2022-25); news_snippets_fresh378.jsonl 58/60, 3/25 (Myanmar,
Thailand and Bangladesh); acled_style_notes_world_fresh359.jsonl 45/55, 1/15 (Israel, Gaza, the West Bank and Lebanon);
balochistan_protest_notes_fresh355.jsonl 40/40 (Dera Murad Jamali, Usta Muhammad and Sibi 2022-25);
bangladesh_notes_2022_25_fresh381.jsonl 47/50, event type 48/50 (Rangpur, Kurigram and Lalmonirhat 2022-25). Rounds
nine and ten on ee047e7: news_snippets_fresh379.jsonl 58/60, 1/25 (Nigeria, Cameroon and the Sahel);
acled_style_notes_world_fresh360.jsonl 53/55, 3/15 (Pakistan); balochistan_protest_notes_fresh356.jsonl 40/40 (Chaman,
Qila Abdullah and Pishin 2022-25); bangladesh_notes_2022_25_fresh382.jsonl 36/50, event type 38/50 (Faridpur, Gopalganj
and Madaripur 2022-25; 10 of the 14 misses party and land clashes this writer codes armed clashes);
news_snippets_fresh380.jsonl 57/60, 3/25 (Latin America and the Caribbean); acled_style_notes_world_fresh361.jsonl 51/55,
1/15 (Sudan, South Sudan, Ethiopia and Somalia); balochistan_protest_notes_fresh357.jsonl 40/40 (Khuzdar and Wadh
2019-23); bangladesh_notes_2022_25_fresh383.jsonl 47/50, event type 47/50 (Jessore, Jhenaidah and Kushtia 2022-25).
Rounds eleven and twelve on b1bfca5: news_snippets_fresh381.jsonl 53/60, 1/25 (Iraq, Syria, Turkey and Iran);
acled_style_notes_world_fresh362.jsonl 50/55, 0/15 (Mozambique, Zimbabwe, Malawi and Madagascar);
balochistan_protest_notes_fresh358.jsonl 39/40 (Turbat, Gwadar and Panjgur 2023-25);
bangladesh_notes_2022_25_fresh384.jsonl 44/50, event type 47/50 (Narail, Magura and Jhenaidah 2022-25);
news_snippets_fresh382.jsonl 57/60, 2/25 (the Sahel and West Africa); acled_style_notes_world_fresh363.jsonl 51/55, 1/15
(India and Myanmar); balochistan_protest_notes_fresh359.jsonl 40/40 (Quetta, Mastung and Kalat 2019-22);
bangladesh_notes_2022_25_fresh385.jsonl 45/50, event type 47/50 (Chattogram city and Feni 2022-25).

Forty-ninth session, same briefs and method (fixes in test_coding_session49.py; `test_forty_ninth_session_sets` holds
the counts after them). First runs, two rounds at a time on the same code: rounds one and two on e395c80:
news_snippets_fresh383.jsonl 54/60, 0/25 (the Philippines, Indonesia and Thailand); acled_style_notes_world_fresh364.jsonl
48/55, 0/15 (Europe and the Caucasus); balochistan_protest_notes_fresh360.jsonl 40/40 (Zhob, Loralai and Musakhel
2019-23); bangladesh_notes_2022_25_fresh386.jsonl 46/50, event type 47/50 (Sylhet, Sunamganj and Moulvibazar 2022-25);
news_snippets_fresh384.jsonl 57/60, 3/25 (Libya, Tunisia, Egypt and Algeria); acled_style_notes_world_fresh365.jsonl 53/55,
1/15 (Yemen, Saudi Arabia, Jordan and Bahrain); balochistan_protest_notes_fresh361.jsonl 40/40 (Nushki, Chagai and Kharan
2022-25); bangladesh_notes_2022_25_fresh387.jsonl 39/50, event type 41/50 (Rajshahi, Chapainawabganj and Naogaon
2022-25). Rounds three and four on 9d3e1ae: news_snippets_fresh385.jsonl 56/60, 1/25 (Mexico and Central America);
acled_style_notes_world_fresh366.jsonl 52/55, 1/15 (Nigeria's south, Cameroon's Anglophone regions, Ghana, Guinea and
Senegal); balochistan_protest_notes_fresh362.jsonl 39/40 (Gwadar and Pasni 2021-24); bangladesh_notes_2022_25_fresh388.jsonl
45/50, event type 45/50 (Barishal, Patuakhali and Bhola 2022-25); news_snippets_fresh386.jsonl 56/60, 3/25 (Ethiopia,
Eritrea and Sudan); acled_style_notes_world_fresh367.jsonl 48/55, 2/15 (South America); balochistan_protest_notes_fresh363.jsonl
40/40 (Jaffarabad, Naseerabad and Jhal Magsi 2019-23); bangladesh_notes_2022_25_fresh389.jsonl 47/50, event type 49/50
(Mymensingh, Netrokona and Tangail 2022-25). Rounds five and six on c002cc1: news_snippets_fresh387.jsonl 58/60, 2/25
(Afghanistan and Pakistan's tribal districts); acled_style_notes_world_fresh368.jsonl 50/55, 0/15 (Central Africa);
balochistan_protest_notes_fresh364.jsonl 40/40 (Kalat, Mastung and Surab 2022-25); bangladesh_notes_2022_25_fresh390.jsonl
48/50, event type 49/50 (Gazipur, Narayanganj and Munshiganj 2022-25); news_snippets_fresh388.jsonl 55/60, 0/25
(Colombia, Venezuela and Ecuador); acled_style_notes_world_fresh369.jsonl 51/55, 0/15 (Iraq and Iran);
balochistan_protest_notes_fresh365.jsonl 39/40 (Quetta and Pishin 2019-22); bangladesh_notes_2022_25_fresh391.jsonl 47/50,
event type 48/50 (Cumilla, Brahmanbaria and Chandpur 2022-25). Rounds seven and eight on 29bdd1b:
news_snippets_fresh389.jsonl 56/60, 3/25 (Nigeria's northwest and middle belt); acled_style_notes_world_fresh370.jsonl
52/55, 1/15 (Sri Lanka, Nepal, Cambodia, Papua and Mindanao); balochistan_protest_notes_fresh366.jsonl 38/40 (Gwadar,
Turbat and Hub 2024-25); bangladesh_notes_2022_25_fresh392.jsonl 39/50, event type 39/50 (Noakhali, Lakshmipur and Feni
2022-25; most misses party clashes this writer codes armed clashes); news_snippets_fresh390.jsonl 53/60, 2/25 (Ukraine
and Russia); acled_style_notes_world_fresh371.jsonl 49/55, 2/15 (East Africa); balochistan_protest_notes_fresh367.jsonl
39/40 (Sibi, Kohlu and Dera Bugti 2020-24); bangladesh_notes_2022_25_fresh393.jsonl 39/50, event type 41/50 (Sirajganj,
Bogura and Pabna 2022-25). Rounds nine and ten on e317bc4: news_snippets_fresh391.jsonl 56/60, 0/25 (Somalia and Kenya);
acled_style_notes_world_fresh372.jsonl 45/55, 0/15 (Brazil, Mexico and Central America);
balochistan_protest_notes_fresh368.jsonl 40/40 (Khuzdar, Wadh and Nal 2023-25); bangladesh_notes_2022_25_fresh394.jsonl
46/50, event type 47/50 (Dhaka, Gazipur and Savar 2022-23); news_snippets_fresh392.jsonl 58/60, 1/25 (Lebanon, Syria and
Jordan); acled_style_notes_world_fresh373.jsonl 52/55, 1/15 (the Sahel); balochistan_protest_notes_fresh369.jsonl 40/40
(Panjgur, Washuk and Kharan 2019-23); bangladesh_notes_2022_25_fresh395.jsonl 39/50, event type 39/50 (Dhaka, October
2023 to January 2024). Rounds eleven and twelve on 88b66da: news_snippets_fresh393.jsonl 54/60, 4/25 (Mozambique, Malawi,
Zambia and Zimbabwe); acled_style_notes_world_fresh374.jsonl 49/55, 0/15 (Haiti and the Dominican Republic);
balochistan_protest_notes_fresh370.jsonl 40/40 (Loralai, Barkhan and Kohlu 2022-25); bangladesh_notes_2022_25_fresh396.jsonl
43/50, event type 43/50 (Sylhet, Habiganj and Sunamganj 2024-25); news_snippets_fresh394.jsonl 56/60, 1/25 (Iran, Iraq
and the Gulf); acled_style_notes_world_fresh375.jsonl 53/55, 0/15 (the DRC and its neighbours);
balochistan_protest_notes_fresh371.jsonl 39/40 (Quetta 2019-21); bangladesh_notes_2022_25_fresh397.jsonl 50/50, event
type 50/50 (Rangpur, Dinajpur and Thakurgaon 2022-25).

Fiftieth session, same briefs and method (fixes in test_coding_session50.py; `test_fiftieth_session_sets` holds the
counts after them). First runs, two rounds at a time on the same code: rounds one and two on cc8df8f:
news_snippets_fresh395.jsonl 56/60, 3/25 (India: Kashmir, Manipur and the Maoist belt); acled_style_notes_world_fresh376.jsonl
51/55, 0/15 (Myanmar, Thailand's deep south and the Chittagong Hill Tracts); balochistan_protest_notes_fresh372.jsonl 39/40
(Khuzdar, Kalat and Mastung 2023-25); bangladesh_notes_2022_25_fresh398.jsonl 40/50, event type 43/50 (Barishal,
Patuakhali and Bhola 2022-25); news_snippets_fresh396.jsonl 55/60, 2/25 (Israel, Gaza, the West Bank and southern
Lebanon); acled_style_notes_world_fresh377.jsonl 48/55, 0/15 (Peru, Bolivia, Chile, Argentina and Paraguay);
balochistan_protest_notes_fresh373.jsonl 40/40 (Panjgur, Kech and Awaran 2022-25); bangladesh_notes_2022_25_fresh399.jsonl
49/50, event type 49/50 (Sylhet, Sunamganj, Habiganj and Moulvibazar 2022-25). Rounds three and four on 8a2b5d8:
news_snippets_fresh397.jsonl 57/60, 4/25 (Turkey, north-east Syria and Iraqi Kurdistan); acled_style_notes_world_fresh378.jsonl
50/55, 0/15 (Kenya, Uganda, Tanzania and Burundi); balochistan_protest_notes_fresh374.jsonl 40/40 (Gwadar, Lasbela and Hub
2022-25); bangladesh_notes_2022_25_fresh400.jsonl 49/50, event type 49/50 (Khulna, Jessore and Satkhira 2022-25);
news_snippets_fresh398.jsonl 59/60, 2/25 (Khyber Pakhtunkhwa, Punjab and Sindh); acled_style_notes_world_fresh379.jsonl
54/55, 0/15 (Libya, Chad and Sudan's Darfur); balochistan_protest_notes_fresh375.jsonl 40/40 (Dera Bugti, Kohlu,
Nasirabad and Jaffarabad 2022-25); bangladesh_notes_2022_25_fresh401.jsonl 42/50, event type 43/50 (Cumilla, Feni,
Noakhali and Lakshmipur 2022-25). Rounds five and six on caf415c: news_snippets_fresh399.jsonl 58/60, 1/25 (Nigeria's
north-east and the Lake Chad basin); acled_style_notes_world_fresh380.jsonl 48/55, 0/15 (Guerrero, Michoacan, Sinaloa and
Chiapas); balochistan_protest_notes_fresh376.jsonl 40/40 (Zhob, Killa Saifullah and Sherani 2023-25);
bangladesh_notes_2022_25_fresh402.jsonl 48/50, event type 48/50 (Chattogram, Cox's Bazar and Bandarban 2022-25);
news_snippets_fresh400.jsonl 57/60, 1/25 (Ituri, North Kivu, Burundi and Rwanda); acled_style_notes_world_fresh381.jsonl
51/55, 0/15 (Afghanistan under the Taliban); balochistan_protest_notes_fresh377.jsonl 40/40 (Quetta 2023-25);
bangladesh_notes_2022_25_fresh403.jsonl 42/50, event type 44/50 (Rajshahi, Natore and Pabna 2022-25). Rounds seven and
eight on feb7d06: news_snippets_fresh401.jsonl 60/60, 1/25 (Mali, Burkina Faso and Niger); acled_style_notes_world_fresh382.jsonl
48/55, 2/15 (Colombia: the ELN, FARC dissidents and the Clan del Golfo); balochistan_protest_notes_fresh378.jsonl 39/40
(Kharan, Washuk and Nushki 2023-25); bangladesh_notes_2022_25_fresh404.jsonl 42/50, event type 46/50 (Dhaka city
2022-25); news_snippets_fresh402.jsonl 56/60, 1/25 (Somalia and Ethiopia's Amhara and Oromia);
acled_style_notes_world_fresh383.jsonl 44/55, 3/15 (the Philippines: Mindanao, the NPA and drug-war killings);
balochistan_protest_notes_fresh379.jsonl 40/40 (Turbat and Tump 2023-25); bangladesh_notes_2022_25_fresh405.jsonl 46/50,
event type 47/50 (Mymensingh, Jamalpur and Sherpur 2022-25). Rounds nine and ten on 2d2a8e4: news_snippets_fresh403.jsonl
55/60, 0/25 (Kenya, Uganda and South Sudan); acled_style_notes_world_fresh384.jsonl 53/55, 0/15 (Iraq and Syria);
balochistan_protest_notes_fresh380.jsonl 40/40 (Sibi, Ziarat and Harnai 2022-25); bangladesh_notes_2022_25_fresh406.jsonl
39/50, event type 41/50 (Bogura, Joypurhat and Sirajganj 2022-25); news_snippets_fresh404.jsonl 58/60, 0/25 (Venezuela,
Ecuador and Peru); acled_style_notes_world_fresh385.jsonl 53/55, 0/15 (Cameroon, Chad and the Central African Republic);
balochistan_protest_notes_fresh381.jsonl 40/40 (Lasbela and Awaran 2019-22); bangladesh_notes_2022_25_fresh407.jsonl 46/50,
event type 48/50 (Faridpur, Gopalganj and Madaripur 2022-25). Rounds eleven and twelve on ea96568:
news_snippets_fresh405.jsonl 56/60, 3/25 (Myanmar's Sagaing, Magway and Rakhine); acled_style_notes_world_fresh386.jsonl
51/55, 1/15 (Nigeria's Plateau, Benue and Zamfara); balochistan_protest_notes_fresh382.jsonl 40/40 (Quetta, Mastung and
Kachhi 2020-22); bangladesh_notes_2022_25_fresh408.jsonl 41/50, event type 41/50 (Narsingdi, Kishoreganj and
Brahmanbaria 2022-25); news_snippets_fresh406.jsonl 57/60, 2/25 (Haiti, Jamaica and Honduras);
acled_style_notes_world_fresh387.jsonl 49/55, 1/15 (Khyber Pakhtunkhwa, Punjab and Sindh);
balochistan_protest_notes_fresh383.jsonl 40/40 (Gwadar and Kech 2024-25); bangladesh_notes_2022_25_fresh409.jsonl 40/50,
event type 43/50 (Barishal, Jhalokathi and Pirojpur 2022-25).

Fifty-first session, same briefs and method (fixes in test_coding_session51.py; `test_fifty_first_session_sets` holds
the counts after them). First runs, two rounds at a time on the same code: rounds one and two on e1e4912:
news_snippets_fresh407.jsonl 56/60, 2/25 (Mozambique's Cabo Delgado, Malawi, Zimbabwe and Madagascar);
acled_style_notes_world_fresh388.jsonl 51/55, 1/15 (Ukraine, Russia's border regions, Georgia, Armenia and Azerbaijan);
balochistan_protest_notes_fresh384.jsonl 39/40 (Sibi, Ziarat and Harnai 2022-25); bangladesh_notes_2022_25_fresh410.jsonl
39/50, event type 42/50 (Mymensingh, Netrokona and Kishoreganj 2022-25); news_snippets_fresh408.jsonl 50/60, 1/25 (Iran,
Iraq's southern provinces and Lebanon); acled_style_notes_world_fresh389.jsonl 53/55, 0/15 (Indonesia's Papua, Thailand,
Cambodia and Papua New Guinea); balochistan_protest_notes_fresh385.jsonl 40/40 (Loralai, Musakhel and Barkhan 2022-25);
bangladesh_notes_2022_25_fresh411.jsonl 39/50, event type 39/50 (Gopalganj, Faridpur, Madaripur and Shariatpur 2022-25).
Rounds three and four on 31eb461: news_snippets_fresh409.jsonl 49/60, 2/25 (Egypt's Sinai, Algeria, Tunisia and Morocco);
acled_style_notes_world_fresh390.jsonl 51/55, 0/15 (Brazil, Guatemala and Ecuador's coastal provinces);
balochistan_protest_notes_fresh386.jsonl 40/40 (Jhal Magsi, Kachhi and Sohbatpur 2022-25);
bangladesh_notes_2022_25_fresh412.jsonl 45/50, event type 46/50 (Rangpur, Dinajpur, Lalmonirhat and Kurigram 2022-25);
news_snippets_fresh410.jsonl 56/60, 2/25 (Nepal, Sri Lanka and India's north-east); acled_style_notes_world_fresh391.jsonl
48/55, 0/15 (Yemen: Houthi fronts, Marib, Taiz, Aden and the Red Sea); balochistan_protest_notes_fresh387.jsonl 40/40 (Duki,
Chaman and Pishin 2022-25); bangladesh_notes_2022_25_fresh413.jsonl 39/50, event type 40/50 (Bogura, Joypurhat, Naogaon and
Sirajganj 2022-25). Rounds five and six on 8f2ede2: news_snippets_fresh411.jsonl 56/60, 4/25 (Sudan's war: Khartoum,
Omdurman, El Fasher, Gezira and Kordofan); acled_style_notes_world_fresh392.jsonl 46/55, 3/15 (India: Punjab,
Chhattisgarh's Bastar, Jharkhand and Odisha); balochistan_protest_notes_fresh388.jsonl 39/40 (Panjgur and Washuk 2024-25);
bangladesh_notes_2022_25_fresh414.jsonl 38/50, event type 39/50 (Chandpur, Narayanganj and Munshiganj 2022-25);
news_snippets_fresh412.jsonl 53/60, 2/25 (France, Germany, Serbia, Georgia and Greece); acled_style_notes_world_fresh393.jsonl
51/55, 0/15 (Burkina Faso, Togo, Benin and northern Ghana); balochistan_protest_notes_fresh389.jsonl 39/40 (Quetta's Hazara
Town, Sariab and Kuchlak 2022-25); bangladesh_notes_2022_25_fresh415.jsonl 47/50, event type 48/50 (Savar, Gazipur and
Tongi 2022-25). Rounds seven and eight on ae00f0d: news_snippets_fresh413.jsonl 54/60, 2/25 (Central Asia and the North
Caucasus); acled_style_notes_world_fresh394.jsonl 50/55, 0/15 (Nigeria's south-east and the Niger Delta);
balochistan_protest_notes_fresh390.jsonl 40/40 (Khuzdar's Wadh, Zehri and Nal 2022-25); bangladesh_notes_2022_25_fresh416.jsonl
49/50, event type 49/50 (Chattogram city, Hathazari and Sitakunda 2022-25); news_snippets_fresh414.jsonl 50/60, 0/25
(Guatemala, El Salvador, Nicaragua and Costa Rica); acled_style_notes_world_fresh395.jsonl 49/55, 1/15 (Syria's north-west);
balochistan_protest_notes_fresh391.jsonl 40/40 (Pasni, Ormara and Jiwani 2022-25); bangladesh_notes_2022_25_fresh417.jsonl
45/50, event type 47/50 (Rajshahi University, Chapainawabganj and Naogaon 2022-25). Rounds nine and ten on 8f7c00e, run once
to estimate the session's last code and not fixed (their floors are their first runs): news_snippets_fresh415.jsonl 59/60,
1/25 (Ethiopia's Tigray and Afar, Eritrea and Djibouti); acled_style_notes_world_fresh396.jsonl 54/55, 0/15 (Lebanon,
Jordan and southern Syria); balochistan_protest_notes_fresh392.jsonl 40/40 (Gwadar city and Haq Do Tehreek 2022-23);
bangladesh_notes_2022_25_fresh418.jsonl 46/50, event type 46/50 (Cox's Bazar and the Rohingya camps 2022-25);
news_snippets_fresh416.jsonl 55/60, 2/25 (Colombia's Cauca, Catatumbo and Arauca); acled_style_notes_world_fresh397.jsonl
50/55, 3/15 (Pakistan's Kurram, Bajaur and North Waziristan); balochistan_protest_notes_fresh393.jsonl 40/40 (Turbat and
Kech students and teachers 2023-25); bangladesh_notes_2022_25_fresh419.jsonl 43/50, event type 43/50 (Sylhet city and
Shahjalal University 2022-25).

Fifty-second session, same briefs and method (fixes in test_coding_session52.py; `test_fifty_second_session_sets` holds
the counts after them). First runs, two rounds at a time on the same code: rounds one and two on ea285f8:
news_snippets_fresh417.jsonl 53/60, 1/25 (Kenya, Uganda and Tanzania); acled_style_notes_world_fresh398.jsonl 50/55, 1/15
(Democratic Republic of Congo: North Kivu, South Kivu and Ituri); balochistan_protest_notes_fresh394.jsonl 40/40 (Nushki,
Kharan and Chagai 2022-25); bangladesh_notes_2022_25_fresh420.jsonl 41/50, event type 42/50 (Barishal, Patuakhali and Bhola
2022-25); news_snippets_fresh418.jsonl 52/60, 0/25 (Mexico: Sinaloa, Guerrero, Michoacan, Chiapas and Mexico City);
acled_style_notes_world_fresh399.jsonl 46/55, 1/15 (Philippines: Mindanao, Negros, Samar and Metro Manila);
balochistan_protest_notes_fresh395.jsonl 40/40 (Lasbela, Hub and Uthal 2022-25); bangladesh_notes_2022_25_fresh421.jsonl
48/50, event type 49/50 (Cumilla, Feni and Noakhali 2022-25). Rounds three and four on a4e419e:
news_snippets_fresh419.jsonl 58/60, 2/25 (Somalia and Kenya's north-east); acled_style_notes_world_fresh400.jsonl
52/55, 0/15 (Mali and Niger: JNIM, Islamic State Sahel, Africa Corps and the juntas);
balochistan_protest_notes_fresh396.jsonl 39/40 (Dera Bugti, Kohlu and Nasirabad 2022-25);
bangladesh_notes_2022_25_fresh422.jsonl 48/50, event type 49/50 (Khulna, Jashore and Satkhira 2022-25);
news_snippets_fresh420.jsonl 54/60, 0/25 (Haiti and the Dominican Republic); acled_style_notes_world_fresh401.jsonl 48/55,
0/15 (Myanmar: Sagaing, Rakhine, Shan and Karenni); balochistan_protest_notes_fresh397.jsonl 40/40 (Mastung, Kalat and
Surab 2022-25); bangladesh_notes_2022_25_fresh423.jsonl 42/50, event type 42/50 (Dhaka University, Jahangirnagar University
and Old Dhaka 2022-25). Rounds five and six on 5cecfd2: news_snippets_fresh421.jsonl 58/60, 3/25 (Nigeria's
north-west and Niger); acled_style_notes_world_fresh402.jsonl 50/55, 2/15 (Afghanistan under the Taliban);
balochistan_protest_notes_fresh398.jsonl 40/40 (Zhob, Qila Saifullah and Sherani 2022-25);
bangladesh_notes_2022_25_fresh424.jsonl 44/50, event type 44/50 (Tangail, Jamalpur and Sherpur 2022-25);
news_snippets_fresh422.jsonl 53/60, 2/25 (Venezuela, Peru and Bolivia); acled_style_notes_world_fresh403.jsonl 50/55, 1/15
(Iraq's Kurdistan Region and Sinjar, and north-east Syria); balochistan_protest_notes_fresh399.jsonl 38/40 (Dera Murad
Jamali, Jaffarabad and Usta Muhammad 2022-25); bangladesh_notes_2022_25_fresh425.jsonl 45/50, event type 46/50 (Habiganj,
Moulvibazar and Sunamganj 2022-25). Rounds seven and eight on 29166b7, run once to estimate the session's last code and not
fixed (their floors are their first runs): news_snippets_fresh423.jsonl 57/60, 0/25 (Cameroon's Anglophone regions, the
Far North and Chad); acled_style_notes_world_fresh404.jsonl 50/55, 1/15 (Burundi, Rwanda and the Central African
Republic); balochistan_protest_notes_fresh400.jsonl 40/40 (Quetta's press club, Hockey Chowk and Zarghoon Road 2022-25);
bangladesh_notes_2022_25_fresh426.jsonl 44/50, event type 45/50 (Kushtia, Chuadanga and Meherpur 2022-25);
news_snippets_fresh424.jsonl 55/60, 4/25 (India: Jammu and Kashmir, Manipur and Ladakh);
acled_style_notes_world_fresh405.jsonl 46/55, 1/15 (Chile's Araucania, Argentina and Bolivia);
balochistan_protest_notes_fresh401.jsonl 40/40 (Awaran, Jhal Jhao and Mashkay 2022-25);
bangladesh_notes_2022_25_fresh427.jsonl 46/50, event type 46/50 (Brahmanbaria, Narsingdi and the Kishoreganj haor
2022-25).

Fifty-third session, same briefs and method (fixes in test_coding_session53.py; `test_fifty_third_session_sets` holds
the counts after them). First runs, two rounds at a time on the same code: rounds one and two on 19af567:
news_snippets_fresh425.jsonl 57/60, 1/25 (South Sudan: Jonglei, Upper Nile, Warrap, Unity and Juba);
acled_style_notes_world_fresh412.jsonl 51/55, 1/15 (Pakistan's Sindh and Punjab); balochistan_protest_notes_fresh402.jsonl
38/40 (Quetta's Civil Hospital doctors and Balochistan University 2022-25); bangladesh_notes_2022_25_fresh432.jsonl 43/50,
event type 44/50 (Pabna, Natore and Rajbari 2022-25); news_snippets_fresh426.jsonl 54/60, 4/25 (Israel, Gaza and the West
Bank); acled_style_notes_world_fresh413.jsonl 53/55, 1/15 (Ethiopia's Amhara and Oromia, and Somalia's Puntland);
balochistan_protest_notes_fresh403.jsonl 40/40 (Kalat, Mangochar and Johan 2022-25); bangladesh_notes_2022_25_fresh433.jsonl
42/50, event type 43/50 (Bagerhat, Pirojpur and Jhalokathi 2022-25). Rounds three and four on 63a744a:
news_snippets_fresh427.jsonl 58/60, 2/25 (Sudan's Darfur and Kordofan); acled_style_notes_world_fresh414.jsonl 51/55, 1/15
(Libya, Tunisia and Chad's east); balochistan_protest_notes_fresh404.jsonl 39/40 (Quetta's Meezan Chowk, Jinnah Road and
the Assembly 2022-25); bangladesh_notes_2022_25_fresh434.jsonl 38/50, event type 39/50 (Narail, Magura and Jhenaidah
2022-25); news_snippets_fresh428.jsonl 56/60, 3/25 (Ecuador, Peru and Honduras); acled_style_notes_world_fresh415.jsonl
53/55, 2/15 (Mozambique's Nampula and Niassa, Zambia, Angola and Eswatini); balochistan_protest_notes_fresh405.jsonl 40/40
(Turbat, Tump and Mand 2022-25); bangladesh_notes_2022_25_fresh435.jsonl 41/50, event type 43/50 (Lakshmipur, Chandpur's
Haimchar and Bhola's chars 2022-25). Rounds five and six on 8873275: news_snippets_fresh429.jsonl 54/60, 0/25 (Syria after
Assad); acled_style_notes_world_fresh416.jsonl 46/55, 3/15 (Kenya's Gen Z protests); balochistan_protest_notes_fresh406.jsonl
40/40 (Dalbandin, Nokkundi and the Saindak and Reko Diq mines 2022-25); bangladesh_notes_2022_25_fresh436.jsonl 44/50, event
type 45/50 (Gaibandha, Nilphamari and Thakurgaon 2022-25); news_snippets_fresh430.jsonl 49/60, 3/25 (Ukraine's front and
Russia's Kursk and Belgorod regions); acled_style_notes_world_fresh417.jsonl 49/55, 0/15 (Indonesia's Papua, Papua New
Guinea's highlands and Solomon Islands); balochistan_protest_notes_fresh407.jsonl 40/40 (Khuzdar city, Naal and Ornach
2022-25); bangladesh_notes_2022_25_fresh437.jsonl 38/50, event type 38/50 (Lohajang, Naria and Shibchar 2022-25). Rounds
seven and eight on the rounds five and six rules before three of their filters were narrowed (3e3ffcc):
news_snippets_fresh431.jsonl 59/60, 2/25 (Mali, Burkina Faso and Niger); acled_style_notes_world_fresh418.jsonl 46/55,
0/15 (Nepal, Sri Lanka and the Maldives); balochistan_protest_notes_fresh408.jsonl 40/40 (Chaman's Friendship Gate
2022-25); bangladesh_notes_2022_25_fresh438.jsonl 38/50, event type 39/50 (Sirajganj's Enayetpur and Chauhali, Tangail's
Bhuapur 2022-25); news_snippets_fresh432.jsonl 55/60, 1/25 (Nigeria's Middle Belt); acled_style_notes_world_fresh419.jsonl
52/55, 0/15 (Iran and Iraq); balochistan_protest_notes_fresh409.jsonl 40/40 (Kharan, Besima and Washuk's Nag 2022-25);
bangladesh_notes_2022_25_fresh439.jsonl 48/50, event type 48/50 (Muradnagar, Debidwar and Nasirnagar 2022-25). Rounds nine
and ten on the rounds seven and eight rules before four of their filters were narrowed (4746a71):
news_snippets_fresh433.jsonl 58/60, 0/25 (Colombia's Pacific coast, Ecuador's border and Zulia);
acled_style_notes_world_fresh420.jsonl 51/55, 0/15 (Uganda, South Sudan's Equatoria and Haut-Uele);
balochistan_protest_notes_fresh410.jsonl 40/40 (Hub Chowki workers and Lasbela's fishermen 2022-25);
bangladesh_notes_2022_25_fresh440.jsonl 43/50, event type 45/50 (Moulvibazar, Habiganj and Sylhet's Companiganj 2022-25);
news_snippets_fresh434.jsonl 54/60, 1/25 (Khyber Pakhtunkhwa's south); acled_style_notes_world_fresh421.jsonl 53/55, 0/15
(Haiti and Jamaica); balochistan_protest_notes_fresh411.jsonl 39/40 (Quetta's Kili Ismail, Brewery Road and Spinny Road
2022-25); bangladesh_notes_2022_25_fresh441.jsonl 41/50, event type 42/50 (Kurigram, Lalmonirhat and the Teesta belt
2022-25). Rounds eleven and twelve on the rounds nine and ten rules before three mends (371fe52), then fixed:
news_snippets_fresh435.jsonl 52/60, 0/25 (Bangladesh after August 2024); acled_style_notes_world_fresh422.jsonl 45/55,
0/15 (Senegal, Guinea, Sierra Leone and Guinea-Bissau); balochistan_protest_notes_fresh412.jsonl 40/40 (Gwadar's port
road and Jiwani 2023-25); bangladesh_notes_2022_25_fresh442.jsonl 47/50, event type 49/50 (Netrokona, Tahirpur and
Haluaghat 2022-25); news_snippets_fresh436.jsonl 59/60, 1/25 (Iraq's Anbar, Diyala and Kirkuk, and Deir ez-Zor);
acled_style_notes_world_fresh423.jsonl 47/55, 2/15 (Argentina, Brazil and Paraguay); balochistan_protest_notes_fresh413.jsonl
39/40 (Zhob, Muslim Bagh and Killa Saifullah 2022-25); bangladesh_notes_2022_25_fresh443.jsonl 45/50, event type 47/50
(Bhandaria, Barguna and Kalapara 2022-25). Rounds thirteen and fourteen on 155d85d, run once to estimate the session's
last code and not fixed (their floors are their first runs): news_snippets_fresh437.jsonl 55/60, 4/25 (Ethiopia's Amhara
and Oromia); acled_style_notes_world_fresh424.jsonl 47/55, 2/15 (Mexico's Chiapas, Guerrero and Michoacan);
balochistan_protest_notes_fresh414.jsonl 39/40 (Dera Murad Jamali farmers and the Pat Feeder canal 2022-25);
bangladesh_notes_2022_25_fresh444.jsonl 46/50, event type 47/50 (Boalmari, Mohammadpur and Pangsha 2022-25);
news_snippets_fresh438.jsonl 53/60, 1/25 (Lebanon's south, the Bekaa and Beirut's southern suburbs);
acled_style_notes_world_fresh425.jsonl 45/55, 0/15 (Burundi, Tanzania and Zambia); balochistan_protest_notes_fresh415.jsonl
39/40 (Quetta's Airport Road, Samungli and Nawa Killi 2022-25); bangladesh_notes_2022_25_fresh445.jsonl 43/50, event type
44/50 (Abhaynagar, Lohagara and Dighalia 2022-25).

Fifty-fourth session, same briefs and method (fixes in test_coding_session54.py; `test_fifty_fourth_session_sets` holds
the counts after them). First runs, two rounds at a time on the same code: rounds one and two on faa82ce:
news_snippets_fresh439.jsonl 56/60, 1/25 (Myanmar's Sagaing, Magway, Rakhine and northern Shan, and Thailand's deep
south); acled_style_notes_world_fresh426.jsonl 54/55, 0/15 (Cameroon's Anglophone regions and Far North, the Central
African Republic and southern Chad); balochistan_protest_notes_fresh416.jsonl 40/40 (the Makran coast and Awaran
2022-25); bangladesh_notes_2022_25_fresh446.jsonl 43/50, event type 44/50 (the Chittagong Hill Tracts and the Rohingya
camps 2022-25); news_snippets_fresh440.jsonl 57/60, 4/25 (Manipur, Kashmir and the Maoist belt of Chhattisgarh and
Jharkhand); acled_style_notes_world_fresh427.jsonl 50/55, 0/15 (Mindanao, Sulu and Indonesia);
balochistan_protest_notes_fresh417.jsonl 39/40 (Quetta and the Kachhi plain 2022-25); bangladesh_notes_2022_25_fresh447.jsonl
44/50, event type 45/50 (Dhaka and Gazipur 2023-25). Rounds three and four on a5ef2b7: news_snippets_fresh441.jsonl
60/60, 1/25 (Somalia and north-eastern Kenya); acled_style_notes_world_fresh428.jsonl 46/55, 0/15 (Western Europe and the
Balkans); balochistan_protest_notes_fresh418.jsonl 40/40 (Zhob, Loralai and Killa Saifullah 2022-25);
bangladesh_notes_2022_25_fresh448.jsonl 45/50, event type 46/50 (Sylhet and Mymensingh divisions 2022-25);
news_snippets_fresh442.jsonl 57/60, 1/25 (the Kivus and Ituri); acled_style_notes_world_fresh429.jsonl 47/55, 0/15
(Central America and Venezuela); balochistan_protest_notes_fresh419.jsonl 40/40 (Khuzdar, Kalat, Mastung and Surab
2022-25); bangladesh_notes_2022_25_fresh449.jsonl 42/50, event type 42/50 (Rajshahi and Rangpur divisions 2022-25: five of
the eight misses are clashes with sticks, spears and sharp weapons that this writer codes as armed clashes). Rounds
five and six on ea89fec: news_snippets_fresh443.jsonl 56/60, 1/25 (Yemen and the Red Sea);
acled_style_notes_world_fresh430.jsonl 51/55, 0/15 (the Caucasus and Central Asia); balochistan_protest_notes_fresh420.jsonl
40/40 (Nushki, Chagai and Kharan 2022-25); bangladesh_notes_2022_25_fresh450.jsonl 35/50, event type 36/50 (Barisal
division 2022-25: eleven of the fifteen misses are party, faction and election clashes this writer codes as armed
clashes); news_snippets_fresh444.jsonl 56/60, 3/25 (Afghanistan under the Taliban); acled_style_notes_world_fresh431.jsonl
50/55, 1/15 (South Africa, Zimbabwe, Malawi and Madagascar); balochistan_protest_notes_fresh421.jsonl 39/40 (Dera Bugti,
Kohlu and Sui 2022-25); bangladesh_notes_2022_25_fresh451.jsonl 40/50, event type 41/50 (Comilla, Feni and Noakhali
2022-25: seven of the ten misses are the same clashes). Rounds seven and eight on bdcb48a: news_snippets_fresh445.jsonl
59/60, 2/25 (Tigray, Afar and Eritrea's border); acled_style_notes_world_fresh432.jsonl 45/55, 0/15 (Brazil, Chile and
Bolivia); balochistan_protest_notes_fresh422.jsonl 40/40 (Loralai, Musakhel and Barkhan 2022-25);
bangladesh_notes_2022_25_fresh452.jsonl 49/50, event type 49/50 (Khulna city and Satkhira 2022-25);
news_snippets_fresh446.jsonl 56/60, 3/25 (Turkey, north-east Syria and northern Iraq); acled_style_notes_world_fresh433.jsonl
52/55, 0/15 (Algeria, Morocco and Egypt); balochistan_protest_notes_fresh423.jsonl 40/40 (Jhal Magsi, Bolan and Sibi
2022-25); bangladesh_notes_2022_25_fresh453.jsonl 47/50, event type 49/50 (Chattogram city and district 2022-25).
Rounds nine and ten on 08d0162: news_snippets_fresh447.jsonl 55/60, 0/25 (Khyber, Bajaur and Kurram);
acled_style_notes_world_fresh434.jsonl 51/55, 1/15 (Bahrain, Saudi Arabia, Kuwait and Jordan);
balochistan_protest_notes_fresh424.jsonl 39/40 (Hub, Winder and Uthal 2022-25); bangladesh_notes_2022_25_fresh454.jsonl
44/50, event type 46/50 (Jessore, Jhenaidah and Chuadanga 2022-25); news_snippets_fresh448.jsonl 55/60, 5/25 (Khartoum,
Gezira and El Fasher); acled_style_notes_world_fresh435.jsonl 43/55, 0/15 (Georgia, Moldova, Belarus and Serbia);
balochistan_protest_notes_fresh425.jsonl 40/40 (Quetta's Hazara Town and Marriabad 2022-25);
bangladesh_notes_2022_25_fresh455.jsonl 43/50, event type 45/50 (Cox's Bazar town, Chakaria and Maheshkhali 2022-25).
Rounds eleven and twelve on the session's last rules, run once to estimate them and not fixed (their floors are
their first runs): news_snippets_fresh449.jsonl 58/60, 4/25 (Nigeria's north-west); acled_style_notes_world_fresh436.jsonl
47/55, 0/15 (Sinaloa, Chihuahua and Tamaulipas); balochistan_protest_notes_fresh426.jsonl 40/40 (Pishin, Chaman and
Killa Abdullah 2022-25); bangladesh_notes_2022_25_fresh456.jsonl 48/50, event type 49/50 (Narayanganj and Munshiganj
2022-25); news_snippets_fresh450.jsonl 54/60, 3/25 (Mozambique's post-election protests and Cabo Delgado);
acled_style_notes_world_fresh437.jsonl 43/55, 2/15 (Punjab, Haryana, Delhi and Kashmir);
balochistan_protest_notes_fresh427.jsonl 39/40 (Gwadar's Haq Do Tehreek and fishermen 2022-25);
bangladesh_notes_2022_25_fresh457.jsonl 37/50, event type 37/50 (Kushtia, Meherpur and Pabna 2022-25).

The rules were then revised (accidents, appeals and breaches of truces, "taken back control",
towns held since a date, arrests of people who were protesting, shots at protesters, participants
of a gathering), and then (denials, appeals, diplomatic protests, industrial explosions, organised crime), giving
45/50 and 0/20, 27/30 and 0/19, and 15/15. The floors below guard against regressions; they
are no longer an unseen measure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data"


def _rows(name):
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def _first_sub(pipeline, text):
    return [e.sub_event_type for e in pipeline.extract(text).events][:1]


@pytest.mark.parametrize(
    ("name", "n_events", "n_negatives", "floor"),
    [("news_snippets_fresh.jsonl", 50, 20, 45), ("news_snippets_fresh2.jsonl", 30, 19, 27),
     ("news_snippets_fresh3.jsonl", 50, 20, 46), ("news_snippets_fresh4.jsonl", 29, 20, 28),
     ("news_snippets_fresh5.jsonl", 60, 25, 57), ("news_snippets_fresh6.jsonl", 60, 25, 59),
     ("acled_style_notes_world_fresh.jsonl", 70, 20, 69), ("news_snippets_fresh9.jsonl", 60, 25, 56),
     ("acled_style_notes_world_fresh2.jsonl", 70, 20, 63), ("acled_style_notes_africa_me_fresh.jsonl", 55, 15, 50),
     ("news_snippets_fresh13.jsonl", 60, 25, 58), ("news_snippets_fresh14.jsonl", 60, 25, 56),
     ("news_snippets_fresh15.jsonl", 60, 25, 58), ("acled_style_notes_world_fresh3.jsonl", 55, 15, 54),
     ("news_snippets_fresh16.jsonl", 60, 25, 58), ("acled_style_notes_world_fresh4.jsonl", 55, 15, 54),
     ("news_snippets_fresh17.jsonl", 60, 25, 51), ("news_snippets_fresh20.jsonl", 60, 25, 56),
     ("acled_style_notes_world_fresh6.jsonl", 55, 15, 54), ("news_snippets_fresh21.jsonl", 60, 25, 58),
     ("acled_style_notes_world_fresh7.jsonl", 55, 15, 51), ("news_snippets_fresh22.jsonl", 60, 25, 57),
     ("acled_style_notes_world_fresh8.jsonl", 55, 15, 54)],
)
def test_fresh_snippet_sets_floor(pipeline, name, n_events, n_negatives, floor):
    _snippet_floor(pipeline, name, n_events, n_negatives, floor)


def test_fresh_snippets_from_less_covered_countries(pipeline):
    # one false alarm left: a kidnapping for ransom by a criminal gang (ACLED codes some)
    _snippet_floor(pipeline, "news_snippets_fresh8.jsonl", 60, 25, 55, max_alarms=1)
    # two left: football's "laid siege to the goal", a man who killed his brother-in-law (ACLED codes
    # family land killings in Bangladesh)
    _snippet_floor(pipeline, "news_snippets_fresh10.jsonl", 60, 25, 56, max_alarms=2)
    _snippet_floor(pipeline, "news_snippets_fresh11.jsonl", 60, 25, 54)
    # one left: a man stabbed by his brother over family land (see the module docstring)
    _snippet_floor(pipeline, "news_snippets_fresh12.jsonl", 60, 25, 52, max_alarms=1)
    # two left: a tribunal's charge over killings of 2007-08 told at length, and a call for a
    # day of strikes on a later date
    _snippet_floor(pipeline, "acled_style_notes_asia_americas_europe_fresh.jsonl", 55, 15, 50, max_alarms=2)


def _snippet_floor(pipeline, name, n_events, n_negatives, floor, max_alarms=0):
    rows = _rows(name)
    events = [r for r in rows if not r["label"].startswith("none:")]
    negatives = [r for r in rows if r["label"].startswith("none:")]
    assert (len(events), len(negatives)) == (n_events, n_negatives)
    right = sum(_first_sub(pipeline, r["text"]) == [r["label"]] for r in events)
    alarms = [r["id"] for r in negatives if pipeline.extract(r["text"]).events]
    assert right >= floor, right
    assert len(alarms) <= max_alarms, alarms


def test_fresh_balochistan_protest_notes(pipeline):
    rows = _rows("balochistan_protest_notes_fresh.jsonl")
    assert len(rows) == 15
    wrong = [(r["id"], r["label"], _first_sub(pipeline, r["text"])) for r in rows
             if _first_sub(pipeline, r["text"]) != [r["label"]]]
    assert not wrong, wrong


def test_fresh_balochistan_protest_notes_2022_24(pipeline):
    rows = _rows("balochistan_protest_notes_fresh2.jsonl")
    assert len(rows) == 15
    events = [pipeline.extract(r["text"]).events[:1] for r in rows]
    wrong = [(r["id"], r["label"], [e.sub_event_type for e in ev]) for r, ev in zip(rows, events)
             if [e.sub_event_type for e in ev] != [r["label"]]]
    assert not wrong, wrong
    districts = sum(bool(ev) and (ev[0].admin2 or "").lower() == r["admin2"].lower() for r, ev in zip(rows, events))
    assert all(ev and ev[0].admin1 == "Balochistan" for ev in events)
    assert districts >= 13, districts


@pytest.mark.parametrize(("name", "misses"), [
    ("balochistan_protest_notes_fresh3.jsonl", 0), ("balochistan_protest_notes_fresh4.jsonl", 0),
    ("balochistan_protest_notes_fresh5.jsonl", 0), ("balochistan_protest_notes_fresh6.jsonl", 0),
    # one left: a long march "halted by authorities" days before the sit-in reads as intervention
    ("balochistan_protest_notes_fresh7.jsonl", 1),
    # two left: a convoy of supporters fired on (no protest word), a 'fake encounter' told twice
    ("balochistan_protest_notes_fresh8.jsonl", 2), ("balochistan_protest_notes_fresh9.jsonl", 0),
    # two left: a road blocked by burning tyres (the dev notes code that violent), a convoy fired on
    # with 14 injured (intervention or excessive force)
    ("balochistan_protest_notes_fresh10.jsonl", 2), ("balochistan_protest_notes_fresh11.jsonl", 1),
    ("balochistan_protest_notes_fresh12.jsonl", 2), ("balochistan_protest_notes_fresh13.jsonl", 1),
    ("balochistan_protest_notes_fresh14.jsonl", 2), ("balochistan_protest_notes_fresh18.jsonl", 0),
    ("balochistan_protest_notes_fresh19.jsonl", 0), ("balochistan_protest_notes_fresh20.jsonl", 0),
    # one left: a highway blocked with burning tyres (the dev notes code that violent)
    ("balochistan_protest_notes_fresh21.jsonl", 0), ("balochistan_protest_notes_fresh22.jsonl", 1),
    # one left: a protest about gunmen who "set fire to trucks and shot dead 23 passengers" told at length
    ("balochistan_protest_notes_fresh23.jsonl", 1), ("balochistan_protest_notes_fresh24.jsonl", 0)])
def test_fresh_balochistan_protest_notes_2022_25(pipeline, name, misses):
    rows = _rows(name)
    assert len(rows) == 40
    events = [pipeline.extract(r["text"]).events[:1] for r in rows]
    wrong = [(r["id"], r["label"], [e.sub_event_type for e in ev]) for r, ev in zip(rows, events)
             if [e.sub_event_type for e in ev] != [r["label"]]]
    assert len(wrong) <= misses, wrong
    assert all(ev[0].fatalities == r["fatalities"] for r, ev in zip(rows, events))


# (Forty-eighth session: fresh6's fatalities floor 48 -> 47. Its bd10-13, a curfew "extended ... a day after deadly
# violence around a political rally", labelled Other, was coded a peaceful protest whose 0 dead matched; the rally
# named as the day before's violence is now no protest, so no event, and the sub-type was wrong either way.)
@pytest.mark.parametrize(("name", "sub_floor", "dead_floor"), [
    ("bangladesh_notes_2022_25_fresh.jsonl", 44, 49), ("bangladesh_notes_2022_25_fresh2.jsonl", 45, 50),
    ("bangladesh_notes_2022_25_fresh3.jsonl", 43, 46), ("bangladesh_notes_2022_25_fresh4.jsonl", 44, 48),
    ("bangladesh_notes_2022_25_fresh5.jsonl", 44, 50), ("bangladesh_notes_2022_25_fresh6.jsonl", 44, 47),
    ("bangladesh_notes_2022_25_fresh7.jsonl", 44, 48), ("bangladesh_notes_2022_25_fresh8.jsonl", 42, 50),
    ("bangladesh_notes_2022_25_fresh9.jsonl", 42, 49), ("bangladesh_notes_2022_25_fresh12.jsonl", 47, 49),
    # fresh14: 45, not 46, since party factions with sticks and blades riot from 2022 (this writer
    # codes one such clash as armed; over all 23 Bangladesh sets the rule gains 19 sub-types net)
    ("bangladesh_notes_2022_25_fresh13.jsonl", 45, 50), ("bangladesh_notes_2022_25_fresh14.jsonl", 45, 47),
    ("bangladesh_notes_2022_25_fresh15.jsonl", 46, 50), ("bangladesh_notes_2022_25_fresh16.jsonl", 47, 49),
    ("bangladesh_notes_2022_25_fresh17.jsonl", 45, 48)])
def test_fresh_bangladesh_notes_2022_25(pipeline, name, sub_floor, dead_floor):
    n, right = _right(pipeline, name, "label", "fatalities")
    assert n == 50
    assert right["label"] >= sub_floor and right["fatalities"] >= dead_floor, right


def _right(pipeline, name, *fields):
    """The number of rows of a set, and for each field how many rows the first predicted event
    gets right ("label" is the sub-event type)."""
    rows = _rows(name)
    first = [(pipeline.extract(r["text"]).events or [None])[0] for r in rows]
    attr = {"label": "sub_event_type"}
    return len(rows), {f: sum(e is not None and getattr(e, attr.get(f, f)) == r[f] for r, e in zip(rows, first)) for f in fields}


def test_fresh_wikipedia_style_incidents(pipeline):
    rows = _rows("wikipedia_style_incidents_fresh.jsonl")
    assert len(rows) == 45
    first = [(pipeline.extract(r["text"], published=r["event_date"]).events or [None])[0] for r in rows]
    dates = sum(e is not None and str(e.event_date) == r["event_date"] for r, e in zip(rows, first))
    deaths = sum(e is not None and e.fatalities == r["deaths"] for r, e in zip(rows, first))
    assert dates >= 45 and deaths >= 28, (dates, deaths)


@pytest.mark.parametrize(("name", "n_events", "n_negatives", "floor", "alarms"), [
    ("news_snippets_fresh18.jsonl", 60, 25, 57, 1), ("acled_style_notes_world_fresh5.jsonl", 55, 15, 49, 1)])
def test_last_round_estimate_sets(pipeline, name, n_events, n_negatives, floor, alarms):
    _snippet_floor(pipeline, name, n_events, n_negatives, floor, max_alarms=alarms)


def test_last_round_estimate_notes(pipeline):
    n, right = _right(pipeline, "balochistan_protest_notes_fresh15.jsonl", "label", "fatalities")
    assert (n, right["label"] >= 33, right["fatalities"] >= 38) == (40, True, True), right
    n, right = _right(pipeline, "bangladesh_notes_2022_25_fresh10.jsonl", "label", "event_type", "fatalities")
    assert (n, right["label"] >= 42, right["event_type"] >= 44, right["fatalities"] >= 48) == (50, True, True, True), right


def test_final_round_estimate(pipeline):
    _snippet_floor(pipeline, "news_snippets_fresh19.jsonl", 60, 25, 55, max_alarms=2)
    for name, sub_floor, dead_floor in (("balochistan_protest_notes_fresh16.jsonl", 33, 35),
                                        ("balochistan_protest_notes_fresh17.jsonl", 36, 38)):
        n, right = _right(pipeline, name, "label", "fatalities")
        assert n == 40 and right["label"] >= sub_floor and right["fatalities"] >= dead_floor, (name, right)
    n, right = _right(pipeline, "bangladesh_notes_2022_25_fresh11.jsonl", "label", "event_type", "fatalities")
    assert n == 50 and right["label"] >= 37 and right["event_type"] >= 38 and right["fatalities"] >= 43, right


# The seventh session's rounds four, five and last, each run once on the coder the previous round's
# fixes left (commits 8060256, 27bbc03 and 5f51e13): their floors stay at that first run, the
# estimate on unseen text. Per round: CASE-style snippets (name, floor, false alarms allowed),
# world notes (the same), Balochistan notes (name, sub-type floor) and Bangladesh notes (name,
# sub-type floor, event-type floor).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    (("news_snippets_fresh23.jsonl", 58, 2), ("acled_style_notes_world_fresh9.jsonl", 50, 1),
     (("balochistan_protest_notes_fresh25.jsonl", 38), ("balochistan_protest_notes_fresh26.jsonl", 36)),
     (("bangladesh_notes_2022_25_fresh18.jsonl", 43, 46), ("bangladesh_notes_2022_25_fresh19.jsonl", 46, 46))),
    (("news_snippets_fresh24.jsonl", 56, 3), ("acled_style_notes_world_fresh10.jsonl", 49, 0),
     (("balochistan_protest_notes_fresh27.jsonl", 39), ("balochistan_protest_notes_fresh28.jsonl", 38)),
     (("bangladesh_notes_2022_25_fresh20.jsonl", 45, 46), ("bangladesh_notes_2022_25_fresh21.jsonl", 40, 41))),
    (("news_snippets_fresh25.jsonl", 51, 2), ("acled_style_notes_world_fresh11.jsonl", 47, 2),
     (("balochistan_protest_notes_fresh29.jsonl", 40), ("balochistan_protest_notes_fresh30.jsonl", 37)),
     (("bangladesh_notes_2022_25_fresh22.jsonl", 43, 43), ("bangladesh_notes_2022_25_fresh23.jsonl", 42, 42))),
], ids=["fourth", "fifth", "last"])
def test_seventh_session_first_runs(pipeline, snippets, world, balochistan, bangladesh):
    _snippet_floor(pipeline, snippets[0], 60, 25, snippets[1], max_alarms=snippets[2])
    _snippet_floor(pipeline, world[0], 55, 15, world[1], max_alarms=world[2])
    _notes_floor(pipeline, balochistan, bangladesh)


def _notes_floor(pipeline, balochistan, bangladesh):
    """Balochistan sets of 40 notes at their sub-type floors, (name, floor); Bangladesh sets of 50
    at their sub-type and event-type floors, (name, sub_floor, type_floor)."""
    for name, floor in balochistan:
        n, right = _right(pipeline, name, "label")
        assert n == 40 and right["label"] >= floor, (name, right)
    for name, sub_floor, type_floor in bangladesh:
        n, right = _right(pipeline, name, "label", "event_type")
        assert n == 50 and right["label"] >= sub_floor and right["event_type"] >= type_floor, (name, right)


def _round_floors(pipeline, snippets, world, balochistan, bangladesh):
    """One round of blind sets at its floors: CASE-style snippet sets (60 events, 25 non-events) and
    world-note sets (55 and 15) as (name, floor, false alarms allowed), then the notes sets."""
    for name, floor, alarms in snippets:
        _snippet_floor(pipeline, name, 60, 25, floor, max_alarms=alarms)
    for name, floor, alarms in world:
        _snippet_floor(pipeline, name, 55, 15, floor, max_alarms=alarms)
    _notes_floor(pipeline, balochistan, bangladesh)


# The eighth session's rounds (see the module docstring): CASE-style snippet sets and world-note
# sets (name, floor, false alarms allowed), Balochistan notes (name, sub-type floor) and
# Bangladesh notes (name, sub-type floor, event-type floor).
# (Eighteenth session: three Bangladesh floors lowered by the four party brawls with crude bombs and
# blades that those sets label armed clashes; the coder now codes them as mob violence, as the
# 2020-21 dev notes and three later writers do.)
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh26.jsonl", 59, 0), ("news_snippets_fresh27.jsonl", 57, 0)),
     (("acled_style_notes_world_fresh12.jsonl", 54, 0), ("acled_style_notes_world_fresh13.jsonl", 55, 0)),
     (("balochistan_protest_notes_fresh31.jsonl", 40), ("balochistan_protest_notes_fresh32.jsonl", 40)),
     (("bangladesh_notes_2022_25_fresh24.jsonl", 45, 47), ("bangladesh_notes_2022_25_fresh25.jsonl", 48, 48))),
    ((("news_snippets_fresh28.jsonl", 60, 0), ("news_snippets_fresh29.jsonl", 59, 0)),
     (("acled_style_notes_world_fresh14.jsonl", 54, 0), ("acled_style_notes_world_fresh15.jsonl", 53, 0)),
     (("balochistan_protest_notes_fresh33.jsonl", 40), ("balochistan_protest_notes_fresh34.jsonl", 39)),
     (("bangladesh_notes_2022_25_fresh26.jsonl", 46, 46), ("bangladesh_notes_2022_25_fresh27.jsonl", 43, 43))),
    ((("news_snippets_fresh30.jsonl", 52, 3), ("news_snippets_fresh31.jsonl", 58, 8)),
     (("acled_style_notes_world_fresh16.jsonl", 50, 0), ("acled_style_notes_world_fresh17.jsonl", 48, 1)),
     (("balochistan_protest_notes_fresh35.jsonl", 35), ("balochistan_protest_notes_fresh36.jsonl", 40)),
     (("bangladesh_notes_2022_25_fresh28.jsonl", 43, 43), ("bangladesh_notes_2022_25_fresh29.jsonl", 39, 41))),
], ids=["first", "second", "last"])
def test_eighth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The ninth session's three rounds (see the module docstring), at the counts the coder reached
# after each round's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh32.jsonl", 59, 0), ("news_snippets_fresh33.jsonl", 56, 0)),
     (("acled_style_notes_world_fresh18.jsonl", 48, 1), ("acled_style_notes_world_fresh19.jsonl", 48, 1)),
     (("balochistan_protest_notes_fresh37.jsonl", 38), ("balochistan_protest_notes_fresh38.jsonl", 38)),
     (("bangladesh_notes_2022_25_fresh30.jsonl", 45, 46), ("bangladesh_notes_2022_25_fresh31.jsonl", 42, 44))),
    ((("news_snippets_fresh34.jsonl", 57, 1), ("news_snippets_fresh35.jsonl", 52, 2)),
     (("acled_style_notes_world_fresh20.jsonl", 48, 1), ("acled_style_notes_world_fresh21.jsonl", 45, 0)),
     (("balochistan_protest_notes_fresh39.jsonl", 40), ("balochistan_protest_notes_fresh40.jsonl", 39)),
     (("bangladesh_notes_2022_25_fresh32.jsonl", 44, 44), ("bangladesh_notes_2022_25_fresh33.jsonl", 43, 44))),
    ((("news_snippets_fresh36.jsonl", 55, 2), ("news_snippets_fresh37.jsonl", 53, 0)),
     (("acled_style_notes_world_fresh22.jsonl", 46, 0), ("acled_style_notes_world_fresh23.jsonl", 49, 2)),
     (("balochistan_protest_notes_fresh41.jsonl", 38), ("balochistan_protest_notes_fresh42.jsonl", 40)),
     (("bangladesh_notes_2022_25_fresh34.jsonl", 45, 46), ("bangladesh_notes_2022_25_fresh35.jsonl", 41, 43))),
], ids=["first", "second", "third"])
def test_ninth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The tenth session's three rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh38.jsonl", 56, 0), ("news_snippets_fresh39.jsonl", 57, 0)),
     (("acled_style_notes_world_fresh24.jsonl", 52, 0), ("acled_style_notes_world_fresh25.jsonl", 47, 0)),
     (("balochistan_protest_notes_fresh43.jsonl", 38), ("balochistan_protest_notes_fresh44.jsonl", 37)),
     (("bangladesh_notes_2022_25_fresh36.jsonl", 47, 48), ("bangladesh_notes_2022_25_fresh37.jsonl", 42, 45))),
    # (nineteenth session: fresh38's floors lowered by one; its writer calls armed party men who fire on a
    # student demonstration at Mohipal an attack, six other writers code it excessive force, as the coder now does)
    ((("news_snippets_fresh40.jsonl", 56, 0), ("news_snippets_fresh41.jsonl", 58, 0)),
     (("acled_style_notes_world_fresh26.jsonl", 48, 0), ("acled_style_notes_world_fresh27.jsonl", 50, 0)),
     (("balochistan_protest_notes_fresh45.jsonl", 38), ("balochistan_protest_notes_fresh46.jsonl", 37)),
     (("bangladesh_notes_2022_25_fresh38.jsonl", 38, 41), ("bangladesh_notes_2022_25_fresh39.jsonl", 41, 43))),
    ((("news_snippets_fresh42.jsonl", 50, 0), ("news_snippets_fresh43.jsonl", 55, 1)),
     (("acled_style_notes_world_fresh28.jsonl", 50, 0), ("acled_style_notes_world_fresh29.jsonl", 50, 0)),
     (("balochistan_protest_notes_fresh47.jsonl", 38), ("balochistan_protest_notes_fresh48.jsonl", 37)),
     (("bangladesh_notes_2022_25_fresh40.jsonl", 44, 45), ("bangladesh_notes_2022_25_fresh41.jsonl", 43, 46))),
], ids=["first", "second", "third"])
def test_tenth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The eleventh session's four rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring; the fourth
# round's first run was on the session's last-but-one code commit).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh44.jsonl", 50, 0), ("news_snippets_fresh45.jsonl", 50, 1)),
     (("acled_style_notes_world_fresh30.jsonl", 51, 1), ("acled_style_notes_world_fresh31.jsonl", 54, 1)),
     (("balochistan_protest_notes_fresh49.jsonl", 39), ("balochistan_protest_notes_fresh50.jsonl", 38)),
     (("bangladesh_notes_2022_25_fresh42.jsonl", 45, 46), ("bangladesh_notes_2022_25_fresh43.jsonl", 47, 47))),
    ((("news_snippets_fresh46.jsonl", 59, 0), ("news_snippets_fresh47.jsonl", 55, 1)),
     (("acled_style_notes_world_fresh32.jsonl", 52, 0), ("acled_style_notes_world_fresh33.jsonl", 52, 0)),
     (("balochistan_protest_notes_fresh51.jsonl", 39), ("balochistan_protest_notes_fresh52.jsonl", 37)),
     (("bangladesh_notes_2022_25_fresh44.jsonl", 42, 43), ("bangladesh_notes_2022_25_fresh45.jsonl", 46, 46))),
    ((("news_snippets_fresh48.jsonl", 57, 0), ("news_snippets_fresh49.jsonl", 58, 0)),
     (("acled_style_notes_world_fresh34.jsonl", 50, 1), ("acled_style_notes_world_fresh35.jsonl", 47, 1)),
     (("balochistan_protest_notes_fresh53.jsonl", 38), ("balochistan_protest_notes_fresh54.jsonl", 39)),
     (("bangladesh_notes_2022_25_fresh46.jsonl", 41, 42), ("bangladesh_notes_2022_25_fresh47.jsonl", 44, 46))),
    ((("news_snippets_fresh50.jsonl", 51, 3), ("news_snippets_fresh51.jsonl", 56, 5)),
     (("acled_style_notes_world_fresh36.jsonl", 48, 0), ("acled_style_notes_world_fresh37.jsonl", 51, 1)),
     (("balochistan_protest_notes_fresh55.jsonl", 37), ("balochistan_protest_notes_fresh56.jsonl", 38)),
     (("bangladesh_notes_2022_25_fresh48.jsonl", 42, 44), ("bangladesh_notes_2022_25_fresh49.jsonl", 40, 42))),
], ids=["first", "second", "third", "fourth"])
def test_eleventh_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The twelfth session's rounds (see the module docstring), at the counts the coder reached after
# the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh52.jsonl", 55, 2), ("news_snippets_fresh53.jsonl", 57, 2)),
     (("acled_style_notes_world_fresh38.jsonl", 51, 0), ("acled_style_notes_world_fresh39.jsonl", 52, 2)),
     (("balochistan_protest_notes_fresh57.jsonl", 39), ("balochistan_protest_notes_fresh58.jsonl", 38)),
     (("bangladesh_notes_2022_25_fresh50.jsonl", 43, 44), ("bangladesh_notes_2022_25_fresh51.jsonl", 39, 41))),
    ((("news_snippets_fresh54.jsonl", 55, 0), ("news_snippets_fresh55.jsonl", 55, 0)),
     (("acled_style_notes_world_fresh40.jsonl", 51, 2), ("acled_style_notes_world_fresh41.jsonl", 50, 0)),
     (("balochistan_protest_notes_fresh59.jsonl", 37), ("balochistan_protest_notes_fresh60.jsonl", 38)),
     (("bangladesh_notes_2022_25_fresh52.jsonl", 36, 36), ("bangladesh_notes_2022_25_fresh53.jsonl", 43, 45))),
    ((("news_snippets_fresh56.jsonl", 52, 3), ("news_snippets_fresh57.jsonl", 56, 0)),
     (("acled_style_notes_world_fresh42.jsonl", 53, 0), ("acled_style_notes_world_fresh43.jsonl", 51, 1)),
     (("balochistan_protest_notes_fresh61.jsonl", 39), ("balochistan_protest_notes_fresh62.jsonl", 39)),
     (("bangladesh_notes_2022_25_fresh54.jsonl", 41, 44), ("bangladesh_notes_2022_25_fresh55.jsonl", 37, 40))),
    ((("news_snippets_fresh58.jsonl", 57, 1), ("news_snippets_fresh59.jsonl", 59, 0)),
     (("acled_style_notes_world_fresh44.jsonl", 50, 0), ("acled_style_notes_world_fresh45.jsonl", 50, 0)),
     (("balochistan_protest_notes_fresh63.jsonl", 39), ("balochistan_protest_notes_fresh64.jsonl", 40)),
     (("bangladesh_notes_2022_25_fresh56.jsonl", 44, 44), ("bangladesh_notes_2022_25_fresh57.jsonl", 40, 42))),
], ids=["first", "second", "third", "fourth"])
def test_twelfth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The thirteenth session's three rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh60.jsonl", 57, 0), ("news_snippets_fresh61.jsonl", 56, 0)),
     (("acled_style_notes_world_fresh46.jsonl", 52, 0), ("acled_style_notes_world_fresh47.jsonl", 54, 0)),
     (("balochistan_protest_notes_fresh65.jsonl", 39), ("balochistan_protest_notes_fresh66.jsonl", 39)),
     (("bangladesh_notes_2022_25_fresh58.jsonl", 45, 45), ("bangladesh_notes_2022_25_fresh59.jsonl", 42, 42))),
    ((("news_snippets_fresh62.jsonl", 57, 0), ("news_snippets_fresh63.jsonl", 57, 0)),
     (("acled_style_notes_world_fresh48.jsonl", 53, 0), ("acled_style_notes_world_fresh49.jsonl", 52, 0)),
     (("balochistan_protest_notes_fresh67.jsonl", 39), ("balochistan_protest_notes_fresh68.jsonl", 40)),
     (("bangladesh_notes_2022_25_fresh60.jsonl", 47, 48), ("bangladesh_notes_2022_25_fresh61.jsonl", 46, 48))),
    ((("news_snippets_fresh64.jsonl", 56, 1), ("news_snippets_fresh65.jsonl", 56, 0)),
     (("acled_style_notes_world_fresh50.jsonl", 55, 0), ("acled_style_notes_world_fresh51.jsonl", 54, 0)),
     (("balochistan_protest_notes_fresh69.jsonl", 39), ("balochistan_protest_notes_fresh70.jsonl", 38)),
     (("bangladesh_notes_2022_25_fresh62.jsonl", 40, 41), ("bangladesh_notes_2022_25_fresh63.jsonl", 45, 47))),
], ids=["first", "second", "third"])
def test_thirteenth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The fourteenth session's four rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh66.jsonl", 56, 0), ("news_snippets_fresh67.jsonl", 55, 0)),
     (("acled_style_notes_world_fresh52.jsonl", 52, 1), ("acled_style_notes_world_fresh53.jsonl", 48, 1)),
     (("balochistan_protest_notes_fresh71.jsonl", 40), ("balochistan_protest_notes_fresh72.jsonl", 40)),
     (("bangladesh_notes_2022_25_fresh64.jsonl", 44, 45), ("bangladesh_notes_2022_25_fresh65.jsonl", 43, 43))),
    ((("news_snippets_fresh68.jsonl", 54, 1), ("news_snippets_fresh69.jsonl", 57, 0)),
     (("acled_style_notes_world_fresh54.jsonl", 51, 0), ("acled_style_notes_world_fresh55.jsonl", 53, 0)),
     (("balochistan_protest_notes_fresh73.jsonl", 39), ("balochistan_protest_notes_fresh74.jsonl", 37)),
     (("bangladesh_notes_2022_25_fresh66.jsonl", 42, 43), ("bangladesh_notes_2022_25_fresh67.jsonl", 43, 45))),
    ((("news_snippets_fresh70.jsonl", 56, 0), ("news_snippets_fresh71.jsonl", 51, 1)),
     (("acled_style_notes_world_fresh56.jsonl", 52, 0), ("acled_style_notes_world_fresh57.jsonl", 47, 0)),
     (("balochistan_protest_notes_fresh75.jsonl", 39), ("balochistan_protest_notes_fresh76.jsonl", 38)),
     (("bangladesh_notes_2022_25_fresh68.jsonl", 41, 42), ("bangladesh_notes_2022_25_fresh69.jsonl", 37, 38))),
    ((("news_snippets_fresh72.jsonl", 55, 0), ("news_snippets_fresh73.jsonl", 54, 1)),
     (("acled_style_notes_world_fresh58.jsonl", 48, 0), ("acled_style_notes_world_fresh59.jsonl", 50, 0)),
     (("balochistan_protest_notes_fresh77.jsonl", 39), ("balochistan_protest_notes_fresh78.jsonl", 40)),
     (("bangladesh_notes_2022_25_fresh70.jsonl", 39, 43), ("bangladesh_notes_2022_25_fresh71.jsonl", 41, 42))),
], ids=["first", "second", "third", "fourth"])
def test_fourteenth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The fifteenth session's rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh74.jsonl", 59, 0), ("news_snippets_fresh75.jsonl", 58, 0)),
     (("acled_style_notes_world_fresh60.jsonl", 52, 0), ("acled_style_notes_world_fresh61.jsonl", 52, 0)),
     (("balochistan_protest_notes_fresh79.jsonl", 40), ("balochistan_protest_notes_fresh80.jsonl", 40)),
     (("bangladesh_notes_2022_25_fresh72.jsonl", 46, 46), ("bangladesh_notes_2022_25_fresh73.jsonl", 44, 46))),
    ((("news_snippets_fresh76.jsonl", 56, 1), ("news_snippets_fresh77.jsonl", 59, 1)),
     (("acled_style_notes_world_fresh62.jsonl", 53, 0), ("acled_style_notes_world_fresh63.jsonl", 53, 0)),
     (("balochistan_protest_notes_fresh81.jsonl", 39), ("balochistan_protest_notes_fresh82.jsonl", 39)),
     (("bangladesh_notes_2022_25_fresh74.jsonl", 46, 46), ("bangladesh_notes_2022_25_fresh75.jsonl", 46, 47))),
    ((("news_snippets_fresh78.jsonl", 54, 2), ("news_snippets_fresh79.jsonl", 56, 1)),
     (("acled_style_notes_world_fresh64.jsonl", 53, 0), ("acled_style_notes_world_fresh65.jsonl", 54, 0)),
     (("balochistan_protest_notes_fresh83.jsonl", 39), ("balochistan_protest_notes_fresh84.jsonl", 38)),
     (("bangladesh_notes_2022_25_fresh76.jsonl", 41, 42), ("bangladesh_notes_2022_25_fresh77.jsonl", 46, 46))),
], ids=["first", "second", "third"])
def test_fifteenth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The sixteenth session's rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh80.jsonl", 60, 0), ("news_snippets_fresh81.jsonl", 59, 0)),
     (("acled_style_notes_world_fresh66.jsonl", 55, 0), ("acled_style_notes_world_fresh67.jsonl", 54, 0)),
     (("balochistan_protest_notes_fresh85.jsonl", 40), ("balochistan_protest_notes_fresh86.jsonl", 39)),
     (("bangladesh_notes_2022_25_fresh78.jsonl", 50, 50), ("bangladesh_notes_2022_25_fresh79.jsonl", 48, 48))),
    ((("news_snippets_fresh82.jsonl", 49, 1),),
     (("acled_style_notes_world_fresh68.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh87.jsonl", 37),),
     (("bangladesh_notes_2022_25_fresh80.jsonl", 42, 44),)),
], ids=["first", "second"])
def test_sixteenth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The seventeenth session's rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh83.jsonl", 59, 0), ("news_snippets_fresh84.jsonl", 59, 1)),
     (("acled_style_notes_world_fresh69.jsonl", 55, 0), ("acled_style_notes_world_fresh70.jsonl", 54, 0)),
     (("balochistan_protest_notes_fresh88.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh81.jsonl", 48, 48),)),
    ((("news_snippets_fresh85.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh71.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh89.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh82.jsonl", 44, 46),)),
], ids=["first", "second"])
def test_seventeenth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The eighteenth session's rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh86.jsonl", 58, 0), ("news_snippets_fresh87.jsonl", 57, 0)),
     (("acled_style_notes_world_fresh72.jsonl", 53, 0), ("acled_style_notes_world_fresh73.jsonl", 53, 0)),
     (("balochistan_protest_notes_fresh90.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh83.jsonl", 44, 47), ("bangladesh_notes_2022_25_fresh84.jsonl", 46, 46))),
    ((("news_snippets_fresh88.jsonl", 56, 0), ("news_snippets_fresh89.jsonl", 60, 0)),
     (("acled_style_notes_world_fresh74.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh91.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh85.jsonl", 48, 48),)),
    ((("news_snippets_fresh90.jsonl", 57, 1), ("news_snippets_fresh91.jsonl", 55, 1)),
     (("acled_style_notes_world_fresh75.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh92.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh86.jsonl", 46, 46), ("bangladesh_notes_2022_25_fresh87.jsonl", 48, 48))),
    ((("news_snippets_fresh92.jsonl", 52, 0),),
     (),
     (),
     (("bangladesh_notes_2022_25_fresh88.jsonl", 42, 42), ("bangladesh_notes_2022_25_fresh89.jsonl", 47, 47))),
], ids=["first", "second", "third", "fourth"])
def test_eighteenth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The nineteenth session's rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh93.jsonl", 60, 0), ("news_snippets_fresh94.jsonl", 60, 1)),
     (("acled_style_notes_world_fresh76.jsonl", 54, 0), ("acled_style_notes_world_fresh77.jsonl", 55, 0)),
     (("balochistan_protest_notes_fresh93.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh90.jsonl", 47, 49), ("bangladesh_notes_2022_25_fresh91.jsonl", 47, 47))),
    ((("news_snippets_fresh95.jsonl", 57, 0), ("news_snippets_fresh96.jsonl", 55, 0)),
     (("acled_style_notes_world_fresh78.jsonl", 54, 2),),
     (),
     (("bangladesh_notes_2022_25_fresh92.jsonl", 38, 41), ("bangladesh_notes_2022_25_fresh93.jsonl", 42, 43))),
    ((("news_snippets_fresh97.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh79.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh94.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh94.jsonl", 46, 47),)),
], ids=["first", "second", "third"])
def test_nineteenth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The twentieth session's rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring).
# (Forty-seventh session: fresh96's event-type floor lowered from 48 to 47. Its note of Chhatra
# League activists armed with sticks and rods attacking students protesting quotas is labelled
# excessive force against protesters; the coder now codes party men who come armed and attack a
# rally or marchers as an attack, as 19 other writers' notes of that kind do.)
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh98.jsonl", 59, 0), ("news_snippets_fresh99.jsonl", 59, 0)),
     (("acled_style_notes_world_fresh80.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh95.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh95.jsonl", 48, 48), ("bangladesh_notes_2022_25_fresh96.jsonl", 45, 47))),
    ((("news_snippets_fresh100.jsonl", 59, 1),),
     (("acled_style_notes_world_fresh81.jsonl", 52, 0),),
     (),
     (("bangladesh_notes_2022_25_fresh97.jsonl", 48, 49), ("bangladesh_notes_2022_25_fresh98.jsonl", 45, 46))),
    ((("news_snippets_fresh101.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh82.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh96.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh99.jsonl", 48, 48), ("bangladesh_notes_2022_25_fresh100.jsonl", 46, 47))),
], ids=["first", "second", "third"])
def test_twentieth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The twenty-first session's rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh102.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh83.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh97.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh101.jsonl", 45, 45),)),
    ((("news_snippets_fresh103.jsonl", 56, 0),),
     (("acled_style_notes_world_fresh84.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh98.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh102.jsonl", 47, 48),)),
    ((("news_snippets_fresh104.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh85.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh99.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh103.jsonl", 48, 48),)),
    ((("news_snippets_fresh105.jsonl", 57, 1),),
     (("acled_style_notes_world_fresh86.jsonl", 54, 0),),
     (),
     (("bangladesh_notes_2022_25_fresh104.jsonl", 49, 49),)),
], ids=["first", "second", "third", "fourth"])
def test_twenty_first_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The twenty-second session's rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring).
# (Forty-sixth session: fresh107 lowered from 44 to 43. Its note of police firing shotgun pellets and
# rubber bullets at a procession, injuring about 20, is labelled protest with intervention; shotgun
# pellets now make the force lethal, as five other writers' notes of pellets fired at marchers who
# were hurt label excessive force.)
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh106.jsonl", 57, 1),),
     (("acled_style_notes_world_fresh87.jsonl", 41, 2),),
     (("balochistan_protest_notes_fresh100.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh105.jsonl", 45, 46), ("bangladesh_notes_2022_25_fresh106.jsonl", 44, 45))),
    ((("news_snippets_fresh107.jsonl", 56, 0),),
     (("acled_style_notes_world_fresh88.jsonl", 51, 0),),
     (("balochistan_protest_notes_fresh101.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh107.jsonl", 43, 44), ("bangladesh_notes_2022_25_fresh108.jsonl", 44, 45))),
    ((("news_snippets_fresh108.jsonl", 54, 0),),
     (("acled_style_notes_world_fresh89.jsonl", 50, 0),),
     (),
     (("bangladesh_notes_2022_25_fresh109.jsonl", 38, 41),)),
], ids=["first", "second", "third"])
def test_twenty_second_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The twenty-third session's rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh109.jsonl", 55, 1), ("news_snippets_fresh110.jsonl", 55, 1)),
     (("acled_style_notes_world_fresh90.jsonl", 50, 2), ("acled_style_notes_world_fresh91.jsonl", 49, 1)),
     (("balochistan_protest_notes_fresh102.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh110.jsonl", 47, 48), ("bangladesh_notes_2022_25_fresh111.jsonl", 46, 47),
      ("bangladesh_notes_2022_25_fresh112.jsonl", 43, 45))),
    ((("news_snippets_fresh111.jsonl", 57, 1),),
     (("acled_style_notes_world_fresh92.jsonl", 50, 2),),
     (("balochistan_protest_notes_fresh103.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh113.jsonl", 41, 44), ("bangladesh_notes_2022_25_fresh114.jsonl", 35, 36))),
    ((("news_snippets_fresh112.jsonl", 56, 1),),
     (("acled_style_notes_world_fresh93.jsonl", 48, 1),),
     (),
     (("bangladesh_notes_2022_25_fresh115.jsonl", 41, 42), ("bangladesh_notes_2022_25_fresh116.jsonl", 38, 38))),
    ((("news_snippets_fresh113.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh94.jsonl", 53, 0),),
     (),
     (("bangladesh_notes_2022_25_fresh117.jsonl", 47, 47),)),
], ids=["first", "second", "third", "fourth"])
def test_twenty_third_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The twenty-fourth session's rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh114.jsonl", 56, 2), ("news_snippets_fresh115.jsonl", 51, 2)),
     (("acled_style_notes_world_fresh95.jsonl", 48, 1), ("acled_style_notes_world_fresh96.jsonl", 43, 0)),
     (("balochistan_protest_notes_fresh104.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh118.jsonl", 48, 48), ("bangladesh_notes_2022_25_fresh119.jsonl", 41, 42))),
    ((("news_snippets_fresh116.jsonl", 54, 0), ("news_snippets_fresh117.jsonl", 53, 0)),
     (("acled_style_notes_world_fresh97.jsonl", 50, 1), ("acled_style_notes_world_fresh98.jsonl", 51, 0)),
     (("balochistan_protest_notes_fresh105.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh120.jsonl", 42, 42), ("bangladesh_notes_2022_25_fresh121.jsonl", 44, 44))),
    ((("news_snippets_fresh118.jsonl", 55, 3), ("news_snippets_fresh119.jsonl", 53, 1)),
     (("acled_style_notes_world_fresh99.jsonl", 50, 1), ("acled_style_notes_world_fresh100.jsonl", 49, 2)),
     (),
     (("bangladesh_notes_2022_25_fresh122.jsonl", 42, 42), ("bangladesh_notes_2022_25_fresh123.jsonl", 42, 44))),
    ((("news_snippets_fresh120.jsonl", 56, 1),),
     (("acled_style_notes_world_fresh101.jsonl", 52, 1),),
     (("balochistan_protest_notes_fresh106.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh124.jsonl", 40, 41),)),
], ids=["first", "second", "third", "fourth"])
def test_twenty_fourth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The twenty-fifth session's rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh121.jsonl", 49, 4), ("news_snippets_fresh122.jsonl", 58, 3)),
     (("acled_style_notes_world_fresh102.jsonl", 51, 2), ("acled_style_notes_world_fresh103.jsonl", 54, 0)),
     (("balochistan_protest_notes_fresh107.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh125.jsonl", 48, 48), ("bangladesh_notes_2022_25_fresh126.jsonl", 47, 47))),
    ((("news_snippets_fresh123.jsonl", 49, 3), ("news_snippets_fresh124.jsonl", 53, 4)),
     (("acled_style_notes_world_fresh104.jsonl", 47, 3), ("acled_style_notes_world_fresh105.jsonl", 48, 1)),
     (("balochistan_protest_notes_fresh108.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh127.jsonl", 42, 43), ("bangladesh_notes_2022_25_fresh128.jsonl", 44, 44))),
    ((("news_snippets_fresh125.jsonl", 56, 2), ("news_snippets_fresh126.jsonl", 52, 2)),
     (("acled_style_notes_world_fresh106.jsonl", 47, 2), ("acled_style_notes_world_fresh107.jsonl", 49, 0)),
     (("balochistan_protest_notes_fresh109.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh129.jsonl", 45, 45), ("bangladesh_notes_2022_25_fresh130.jsonl", 48, 48))),
    ((("news_snippets_fresh127.jsonl", 54, 2),),
     (("acled_style_notes_world_fresh108.jsonl", 47, 1),),
     (("balochistan_protest_notes_fresh110.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh131.jsonl", 48, 48),)),
], ids=["first", "second", "third", "fourth"])
def test_twenty_fifth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The twenty-sixth session's rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh128.jsonl", 56, 4), ("news_snippets_fresh129.jsonl", 47, 1)),
     (("acled_style_notes_world_fresh109.jsonl", 48, 0), ("acled_style_notes_world_fresh110.jsonl", 52, 1)),
     (("balochistan_protest_notes_fresh111.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh132.jsonl", 42, 44), ("bangladesh_notes_2022_25_fresh133.jsonl", 42, 44))),
    ((("news_snippets_fresh130.jsonl", 54, 1), ("news_snippets_fresh131.jsonl", 57, 0)),
     (("acled_style_notes_world_fresh111.jsonl", 46, 2), ("acled_style_notes_world_fresh112.jsonl", 48, 1)),
     (("balochistan_protest_notes_fresh112.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh134.jsonl", 49, 49), ("bangladesh_notes_2022_25_fresh135.jsonl", 43, 44))),
    ((("news_snippets_fresh132.jsonl", 55, 0), ("news_snippets_fresh133.jsonl", 53, 3)),
     (("acled_style_notes_world_fresh113.jsonl", 53, 0), ("acled_style_notes_world_fresh114.jsonl", 47, 1)),
     (("balochistan_protest_notes_fresh113.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh136.jsonl", 42, 45), ("bangladesh_notes_2022_25_fresh137.jsonl", 40, 42))),
], ids=["first", "second", "third"])
def test_twenty_sixth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The twenty-seventh session's rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh134.jsonl", 57, 0), ("news_snippets_fresh135.jsonl", 59, 0)),
     (("acled_style_notes_world_fresh115.jsonl", 55, 0), ("acled_style_notes_world_fresh116.jsonl", 51, 0)),
     (("balochistan_protest_notes_fresh114.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh138.jsonl", 47, 48), ("bangladesh_notes_2022_25_fresh139.jsonl", 45, 47))),
    ((("news_snippets_fresh136.jsonl", 58, 0), ("news_snippets_fresh137.jsonl", 59, 0)),
     (("acled_style_notes_world_fresh117.jsonl", 55, 0), ("acled_style_notes_world_fresh118.jsonl", 54, 0)),
     (("balochistan_protest_notes_fresh115.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh140.jsonl", 45, 45), ("bangladesh_notes_2022_25_fresh141.jsonl", 47, 48))),
    ((("news_snippets_fresh138.jsonl", 59, 0), ("news_snippets_fresh139.jsonl", 60, 0)),
     (("acled_style_notes_world_fresh119.jsonl", 53, 0), ("acled_style_notes_world_fresh120.jsonl", 54, 0)),
     (("balochistan_protest_notes_fresh116.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh142.jsonl", 49, 49),)),
    ((("news_snippets_fresh140.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh121.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh117.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh143.jsonl", 49, 49),)),
    ((("news_snippets_fresh141.jsonl", 58, 1),),
     (("acled_style_notes_world_fresh122.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh118.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh144.jsonl", 47, 49),)),
], ids=["first", "second", "third", "fourth", "fifth"])
def test_twenty_seventh_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The twenty-eighth session's rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh142.jsonl", 60, 1),),
     (("acled_style_notes_world_fresh123.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh119.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh145.jsonl", 45, 45),)),
    ((("news_snippets_fresh143.jsonl", 60, 1),),
     (("acled_style_notes_world_fresh124.jsonl", 50, 1),),
     (("balochistan_protest_notes_fresh120.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh146.jsonl", 49, 49),)),
    ((("news_snippets_fresh144.jsonl", 58, 1),),
     (("acled_style_notes_world_fresh125.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh121.jsonl", 38),),
     (("bangladesh_notes_2022_25_fresh147.jsonl", 45, 46),)),
    ((("news_snippets_fresh145.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh126.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh122.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh148.jsonl", 48, 48),)),
    ((("news_snippets_fresh146.jsonl", 58, 1),),
     (("acled_style_notes_world_fresh127.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh123.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh149.jsonl", 49, 50),)),
    ((("news_snippets_fresh147.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh128.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh124.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh150.jsonl", 48, 48),)),
    ((("news_snippets_fresh148.jsonl", 55, 2),),
     (("acled_style_notes_world_fresh129.jsonl", 51, 0),),
     (("balochistan_protest_notes_fresh125.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh151.jsonl", 45, 47),)),
], ids=["first", "second", "third", "fourth", "fifth", "sixth", "seventh"])
def test_twenty_eighth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The twenty-ninth session's rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh149.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh130.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh126.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh152.jsonl", 48, 49),)),
    ((("news_snippets_fresh150.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh131.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh127.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh153.jsonl", 47, 47),)),
    ((("news_snippets_fresh151.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh132.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh128.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh154.jsonl", 46, 46),)),
    ((("news_snippets_fresh152.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh133.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh129.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh155.jsonl", 47, 48),)),
    ((("news_snippets_fresh153.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh134.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh130.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh156.jsonl", 48, 48),)),
    ((("news_snippets_fresh154.jsonl", 58, 1),),
     (("acled_style_notes_world_fresh135.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh131.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh157.jsonl", 46, 47),)),
    ((("news_snippets_fresh155.jsonl", 59, 1),),
     (("acled_style_notes_world_fresh136.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh132.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh158.jsonl", 48, 48),)),
], ids=["first", "second", "third", "fourth", "fifth", "sixth", "seventh"])
def test_twenty_ninth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The thirtieth session's rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh156.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh137.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh133.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh159.jsonl", 47, 48),)),
    ((("news_snippets_fresh157.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh138.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh134.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh160.jsonl", 45, 45),)),
    ((("news_snippets_fresh158.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh139.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh135.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh161.jsonl", 50, 50),)),
    ((("news_snippets_fresh159.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh140.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh136.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh162.jsonl", 44, 47),)),
    ((("news_snippets_fresh160.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh141.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh137.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh163.jsonl", 41, 43),)),
    ((("news_snippets_fresh161.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh142.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh138.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh164.jsonl", 48, 48),)),
    ((("news_snippets_fresh162.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh143.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh139.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh165.jsonl", 45, 45),)),
], ids=["first", "second", "third", "fourth", "fifth", "sixth", "seventh"])
def test_thirtieth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The thirty-first session's rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh163.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh144.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh140.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh166.jsonl", 49, 49),)),
    ((("news_snippets_fresh164.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh145.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh141.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh167.jsonl", 47, 48),)),
    ((("news_snippets_fresh165.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh146.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh142.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh168.jsonl", 44, 44),)),
    ((("news_snippets_fresh166.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh147.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh143.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh169.jsonl", 39, 42),)),
    ((("news_snippets_fresh167.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh148.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh144.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh170.jsonl", 47, 48),)),
    ((("news_snippets_fresh168.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh149.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh145.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh171.jsonl", 45, 45),)),
    ((("news_snippets_fresh169.jsonl", 60, 2),),
     (("acled_style_notes_world_fresh150.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh146.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh172.jsonl", 47, 48),)),
    ((("news_snippets_fresh170.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh151.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh147.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh173.jsonl", 48, 49),)),
    ((("news_snippets_fresh171.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh152.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh148.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh174.jsonl", 49, 49),)),
], ids=["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"])
def test_thirty_first_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The thirty-second session's rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh172.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh153.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh149.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh175.jsonl", 49, 50),)),
    ((("news_snippets_fresh173.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh154.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh150.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh176.jsonl", 48, 48),)),
    ((("news_snippets_fresh174.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh155.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh151.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh177.jsonl", 47, 49),)),
    ((("news_snippets_fresh175.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh156.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh152.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh178.jsonl", 49, 49),)),
    ((("news_snippets_fresh176.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh157.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh153.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh179.jsonl", 49, 50),)),
    ((("news_snippets_fresh177.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh158.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh154.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh180.jsonl", 49, 49),)),
    ((("news_snippets_fresh178.jsonl", 60, 1),),
     (("acled_style_notes_world_fresh159.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh155.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh181.jsonl", 46, 48),)),
    ((("news_snippets_fresh179.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh160.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh156.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh182.jsonl", 48, 48),)),
    ((("news_snippets_fresh180.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh161.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh157.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh183.jsonl", 46, 48),)),
], ids=["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"])
def test_thirty_second_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The thirty-third session's rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh181.jsonl", 60, 1),),
     (("acled_style_notes_world_fresh162.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh158.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh184.jsonl", 49, 49),)),
    ((("news_snippets_fresh182.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh163.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh159.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh185.jsonl", 47, 48),)),
    ((("news_snippets_fresh183.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh164.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh160.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh186.jsonl", 48, 49),)),
    ((("news_snippets_fresh184.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh165.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh161.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh187.jsonl", 46, 47),)),
    ((("news_snippets_fresh185.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh166.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh162.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh188.jsonl", 46, 47),)),
    ((("news_snippets_fresh186.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh167.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh163.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh189.jsonl", 50, 50),)),
    ((("news_snippets_fresh187.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh168.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh164.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh190.jsonl", 42, 42),)),
    ((("news_snippets_fresh188.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh169.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh165.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh191.jsonl", 47, 47),)),
    ((("news_snippets_fresh189.jsonl", 60, 1),),
     (("acled_style_notes_world_fresh170.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh166.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh192.jsonl", 46, 48),)),
    ((("news_snippets_fresh190.jsonl", 58, 1),),
     (("acled_style_notes_world_fresh171.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh167.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh193.jsonl", 42, 45),)),
], ids=["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"])
def test_thirty_third_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The thirty-fourth session's rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh191.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh172.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh168.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh194.jsonl", 47, 47),)),
    ((("news_snippets_fresh192.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh173.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh169.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh195.jsonl", 47, 48),)),
    ((("news_snippets_fresh193.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh174.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh170.jsonl", 38),),
     (("bangladesh_notes_2022_25_fresh196.jsonl", 48, 49),)),
    ((("news_snippets_fresh194.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh175.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh171.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh197.jsonl", 41, 41),)),
    ((("news_snippets_fresh195.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh176.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh172.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh198.jsonl", 47, 47),)),
    ((("news_snippets_fresh196.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh177.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh173.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh199.jsonl", 44, 45),)),
    ((("news_snippets_fresh197.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh178.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh174.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh200.jsonl", 47, 47),)),
    ((("news_snippets_fresh198.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh179.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh175.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh201.jsonl", 47, 47),)),
    ((("news_snippets_fresh199.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh180.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh176.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh202.jsonl", 47, 49),)),
    ((("news_snippets_fresh200.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh181.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh177.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh203.jsonl", 47, 47),)),
    ((("news_snippets_fresh201.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh182.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh178.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh204.jsonl", 46, 47),)),
    ((("news_snippets_fresh202.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh183.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh179.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh205.jsonl", 46, 46),)),
    ((("news_snippets_fresh203.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh184.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh180.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh206.jsonl", 43, 43),)),
    ((("news_snippets_fresh204.jsonl", 60, 1),),
     (("acled_style_notes_world_fresh185.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh181.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh207.jsonl", 45, 46),)),
    ((("news_snippets_fresh205.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh186.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh182.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh208.jsonl", 48, 49),)),
    ((("news_snippets_fresh206.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh187.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh183.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh209.jsonl", 47, 49),)),
], ids=["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth"])
def test_thirty_fourth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The thirty-fifth session's rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh207.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh188.jsonl", 51, 0),),
     (("balochistan_protest_notes_fresh184.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh210.jsonl", 42, 43),)),
    ((("news_snippets_fresh208.jsonl", 56, 1),),
     (("acled_style_notes_world_fresh189.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh185.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh211.jsonl", 36, 37),)),
    ((("news_snippets_fresh209.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh190.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh186.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh212.jsonl", 42, 43),)),
    ((("news_snippets_fresh210.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh191.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh187.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh213.jsonl", 49, 49),)),
    ((("news_snippets_fresh211.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh192.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh188.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh214.jsonl", 37, 40),)),
    ((("news_snippets_fresh212.jsonl", 55, 3),),
     (("acled_style_notes_world_fresh193.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh189.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh215.jsonl", 39, 39),)),
    ((("news_snippets_fresh213.jsonl", 59, 1),),
     (("acled_style_notes_world_fresh194.jsonl", 51, 0),),
     (("balochistan_protest_notes_fresh190.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh216.jsonl", 50, 50),)),
    ((("news_snippets_fresh214.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh195.jsonl", 55, 1),),
     (("balochistan_protest_notes_fresh191.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh217.jsonl", 44, 45),)),
    ((("news_snippets_fresh215.jsonl", 59, 1),),
     (("acled_style_notes_world_fresh196.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh192.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh218.jsonl", 48, 49),)),
    ((("news_snippets_fresh216.jsonl", 59, 1),),
     (("acled_style_notes_world_fresh197.jsonl", 51, 0),),
     (("balochistan_protest_notes_fresh193.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh219.jsonl", 43, 45),)),
    ((("news_snippets_fresh217.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh198.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh194.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh220.jsonl", 48, 50),)),
    ((("news_snippets_fresh218.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh199.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh195.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh221.jsonl", 48, 48),)),
    ((("news_snippets_fresh219.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh200.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh196.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh222.jsonl", 38, 39),)),
    ((("news_snippets_fresh220.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh201.jsonl", 51, 0),),
     (("balochistan_protest_notes_fresh197.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh223.jsonl", 50, 50),)),
    ((("news_snippets_fresh221.jsonl", 60, 1),),
     (("acled_style_notes_world_fresh202.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh198.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh224.jsonl", 48, 48),)),
    ((("news_snippets_fresh222.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh203.jsonl", 54, 1),),
     (("balochistan_protest_notes_fresh199.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh225.jsonl", 46, 46),)),
], ids=["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth"])
def test_thirty_fifth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The thirty-sixth session's rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh223.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh204.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh200.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh226.jsonl", 45, 48),)),
    ((("news_snippets_fresh224.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh205.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh201.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh227.jsonl", 39, 40),)),
    ((("news_snippets_fresh225.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh206.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh202.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh228.jsonl", 47, 47),)),
    ((("news_snippets_fresh226.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh207.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh203.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh229.jsonl", 46, 48),)),
    ((("news_snippets_fresh227.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh208.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh204.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh230.jsonl", 43, 44),)),
    ((("news_snippets_fresh228.jsonl", 58, 1),),
     (("acled_style_notes_world_fresh209.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh205.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh231.jsonl", 44, 45),)),
    ((("news_snippets_fresh229.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh210.jsonl", 51, 0),),
     (("balochistan_protest_notes_fresh206.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh232.jsonl", 38, 41),)),
    ((("news_snippets_fresh230.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh211.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh207.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh233.jsonl", 47, 47),)),
    ((("news_snippets_fresh231.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh212.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh208.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh234.jsonl", 39, 42),)),
    ((("news_snippets_fresh232.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh213.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh209.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh235.jsonl", 49, 49),)),
], ids=["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"])
def test_thirty_sixth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The thirty-seventh session's rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh233.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh214.jsonl", 53, 1),),
     (("balochistan_protest_notes_fresh210.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh236.jsonl", 42, 46),)),
    ((("news_snippets_fresh234.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh215.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh211.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh237.jsonl", 45, 48),)),
    ((("news_snippets_fresh235.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh216.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh212.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh238.jsonl", 47, 47),)),
    ((("news_snippets_fresh236.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh217.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh213.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh239.jsonl", 39, 41),)),
    ((("news_snippets_fresh237.jsonl", 56, 0),),
     (("acled_style_notes_world_fresh218.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh214.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh240.jsonl", 29, 29),)),
    ((("news_snippets_fresh238.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh219.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh215.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh241.jsonl", 47, 47),)),
    ((("news_snippets_fresh239.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh220.jsonl", 51, 0),),
     (("balochistan_protest_notes_fresh216.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh242.jsonl", 46, 48),)),
    ((("news_snippets_fresh240.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh221.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh217.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh243.jsonl", 41, 44),)),
    ((("news_snippets_fresh241.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh222.jsonl", 50, 1),),
     (("balochistan_protest_notes_fresh218.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh244.jsonl", 44, 44),)),
    ((("news_snippets_fresh242.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh223.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh219.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh245.jsonl", 43, 45),)),
    ((("news_snippets_fresh243.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh224.jsonl", 50, 0),),
     (("balochistan_protest_notes_fresh220.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh246.jsonl", 46, 46),)),
    ((("news_snippets_fresh244.jsonl", 58, 1),),
     (("acled_style_notes_world_fresh225.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh221.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh247.jsonl", 35, 41),)),
], ids=["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"])
def test_thirty_seventh_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The thirty-eighth session's rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh245.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh226.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh222.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh248.jsonl", 42, 45),)),
    ((("news_snippets_fresh246.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh227.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh223.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh249.jsonl", 49, 49),)),
    ((("news_snippets_fresh247.jsonl", 58, 1),),
     (("acled_style_notes_world_fresh228.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh224.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh250.jsonl", 41, 42),)),
    ((("news_snippets_fresh248.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh229.jsonl", 51, 0),),
     (("balochistan_protest_notes_fresh225.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh251.jsonl", 42, 45),)),
    ((("news_snippets_fresh249.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh230.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh226.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh252.jsonl", 46, 47),)),
    ((("news_snippets_fresh250.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh231.jsonl", 54, 1),),
     (("balochistan_protest_notes_fresh227.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh253.jsonl", 48, 49),)),
    ((("news_snippets_fresh251.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh232.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh228.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh254.jsonl", 45, 46),)),
    ((("news_snippets_fresh252.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh233.jsonl", 54, 1),),
     (("balochistan_protest_notes_fresh229.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh255.jsonl", 41, 44),)),
    ((("news_snippets_fresh253.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh234.jsonl", 51, 0),),
     (("balochistan_protest_notes_fresh230.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh256.jsonl", 42, 45),)),
    ((("news_snippets_fresh254.jsonl", 59, 1),),
     (("acled_style_notes_world_fresh235.jsonl", 54, 1),),
     (("balochistan_protest_notes_fresh231.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh257.jsonl", 46, 47),)),
    ((("news_snippets_fresh255.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh236.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh232.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh258.jsonl", 49, 49),)),
    ((("news_snippets_fresh256.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh237.jsonl", 52, 1),),
     (("balochistan_protest_notes_fresh233.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh259.jsonl", 42, 44),)),
], ids=["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"])
def test_thirty_eighth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The thirty-ninth session's rounds (see the module docstring), at the counts the coder reached
# after the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh257.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh238.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh234.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh260.jsonl", 50, 50),)),
    ((("news_snippets_fresh258.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh239.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh235.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh261.jsonl", 49, 50),)),
    ((("news_snippets_fresh259.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh240.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh236.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh262.jsonl", 46, 48),)),
    ((("news_snippets_fresh260.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh241.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh237.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh263.jsonl", 47, 47),)),
    ((("news_snippets_fresh261.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh242.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh238.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh264.jsonl", 40, 42),)),
    ((("news_snippets_fresh262.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh243.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh239.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh265.jsonl", 43, 44),)),
    ((("news_snippets_fresh263.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh244.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh240.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh266.jsonl", 39, 41),)),
    ((("news_snippets_fresh264.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh245.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh241.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh267.jsonl", 46, 48),)),
    ((("news_snippets_fresh265.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh246.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh242.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh268.jsonl", 48, 49),)),
    ((("news_snippets_fresh266.jsonl", 58, 1),),
     (("acled_style_notes_world_fresh247.jsonl", 55, 1),),
     (("balochistan_protest_notes_fresh243.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh269.jsonl", 49, 50),)),
    ((("news_snippets_fresh267.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh248.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh244.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh270.jsonl", 48, 50),)),
    ((("news_snippets_fresh268.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh249.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh245.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh271.jsonl", 44, 46),)),
    ((("news_snippets_fresh269.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh250.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh246.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh272.jsonl", 45, 47),)),
    ((("news_snippets_fresh270.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh251.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh247.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh273.jsonl", 46, 47),)),
], ids=["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth"])
def test_thirty_ninth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The fortieth session's rounds (see the module docstring), at the counts the coder reached after
# the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh271.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh252.jsonl", 52, 1),),
     (("balochistan_protest_notes_fresh248.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh274.jsonl", 49, 50),)),
    ((("news_snippets_fresh272.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh253.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh249.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh275.jsonl", 49, 49),)),
    ((("news_snippets_fresh273.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh254.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh250.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh276.jsonl", 42, 44),)),
    ((("news_snippets_fresh274.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh255.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh251.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh277.jsonl", 45, 46),)),
    ((("news_snippets_fresh275.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh256.jsonl", 54, 1),),
     (("balochistan_protest_notes_fresh252.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh278.jsonl", 46, 47),)),
    ((("news_snippets_fresh276.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh257.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh253.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh279.jsonl", 42, 43),)),
    ((("news_snippets_fresh277.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh258.jsonl", 54, 1),),
     (("balochistan_protest_notes_fresh254.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh280.jsonl", 44, 45),)),
    ((("news_snippets_fresh278.jsonl", 60, 2),),
     (("acled_style_notes_world_fresh259.jsonl", 51, 0),),
     (("balochistan_protest_notes_fresh255.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh281.jsonl", 42, 42),)),
    ((("news_snippets_fresh279.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh260.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh256.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh282.jsonl", 48, 50),)),
    ((("news_snippets_fresh280.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh261.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh257.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh283.jsonl", 45, 47),)),
    ((("news_snippets_fresh281.jsonl", 56, 0),),
     (("acled_style_notes_world_fresh262.jsonl", 54, 1),),
     (("balochistan_protest_notes_fresh258.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh284.jsonl", 44, 47),)),
    ((("news_snippets_fresh282.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh263.jsonl", 52, 1),),
     (("balochistan_protest_notes_fresh259.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh285.jsonl", 46, 48),)),
    ((("news_snippets_fresh283.jsonl", 59, 1),),
     (("acled_style_notes_world_fresh264.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh260.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh286.jsonl", 48, 49),)),
    ((("news_snippets_fresh284.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh265.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh261.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh287.jsonl", 44, 45),)),
    ((("news_snippets_fresh285.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh266.jsonl", 55, 1),),
     (("balochistan_protest_notes_fresh262.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh288.jsonl", 46, 48),)),
    ((("news_snippets_fresh286.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh267.jsonl", 48, 0),),
     (("balochistan_protest_notes_fresh263.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh289.jsonl", 46, 48),)),
], ids=["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth"])
def test_fortieth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The forty-first session's rounds (see the module docstring), at the counts the coder reached after
# the session's fixes (the first runs, the unseen estimates, are in the docstring).
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh287.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh268.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh264.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh290.jsonl", 47, 48),)),  # (53rd session: a party's men who attack marchers now attack; this set's writer called one a mob)
    ((("news_snippets_fresh288.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh269.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh265.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh291.jsonl", 45, 46),)),
    ((("news_snippets_fresh289.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh270.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh266.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh292.jsonl", 45, 48),)),
    ((("news_snippets_fresh290.jsonl", 59, 1),),
     (("acled_style_notes_world_fresh271.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh267.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh293.jsonl", 42, 42),)),
    ((("news_snippets_fresh291.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh272.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh268.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh294.jsonl", 48, 49),)),
    ((("news_snippets_fresh292.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh273.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh269.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh295.jsonl", 46, 47),)),
    ((("news_snippets_fresh293.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh274.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh270.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh296.jsonl", 42, 44),)),
    ((("news_snippets_fresh294.jsonl", 59, 1),),
     (("acled_style_notes_world_fresh275.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh271.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh297.jsonl", 48, 49),)),
    ((("news_snippets_fresh295.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh276.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh272.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh298.jsonl", 45, 46),)),
    ((("news_snippets_fresh296.jsonl", 59, 1),),
     (("acled_style_notes_world_fresh277.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh273.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh299.jsonl", 47, 48),)),
    ((("news_snippets_fresh297.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh278.jsonl", 55, 1),),
     (("balochistan_protest_notes_fresh274.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh300.jsonl", 44, 46),)),
    ((("news_snippets_fresh298.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh279.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh275.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh301.jsonl", 47, 48),)),
    ((("news_snippets_fresh299.jsonl", 56, 0),),
     (("acled_style_notes_world_fresh280.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh276.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh302.jsonl", 43, 48),)),
    ((("news_snippets_fresh300.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh281.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh277.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh303.jsonl", 44, 46),)),
    ((("news_snippets_fresh301.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh282.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh278.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh304.jsonl", 45, 46),)),
    ((("news_snippets_fresh302.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh283.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh279.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh305.jsonl", 50, 50),)),
], ids=["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth"])
def test_forty_first_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh303.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh284.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh280.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh306.jsonl", 48, 48),)),
    ((("news_snippets_fresh304.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh285.jsonl", 51, 1),),
     (("balochistan_protest_notes_fresh281.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh307.jsonl", 47, 49),)),
    ((("news_snippets_fresh305.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh286.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh282.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh308.jsonl", 38, 39),)),
    ((("news_snippets_fresh306.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh287.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh283.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh309.jsonl", 36, 37),)),
    ((("news_snippets_fresh307.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh288.jsonl", 55, 1),),
     (("balochistan_protest_notes_fresh284.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh310.jsonl", 49, 50),)),
    ((("news_snippets_fresh308.jsonl", 56, 1),),
     (("acled_style_notes_world_fresh289.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh285.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh311.jsonl", 46, 47),)),
    ((("news_snippets_fresh309.jsonl", 59, 1),),
     (("acled_style_notes_world_fresh290.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh286.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh312.jsonl", 43, 46),)),
    ((("news_snippets_fresh310.jsonl", 56, 0),),
     (("acled_style_notes_world_fresh291.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh287.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh313.jsonl", 41, 41),)),
    ((("news_snippets_fresh311.jsonl", 55, 0),),
     (("acled_style_notes_world_fresh292.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh288.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh314.jsonl", 48, 48),)),
    ((("news_snippets_fresh312.jsonl", 59, 1),),
     (("acled_style_notes_world_fresh293.jsonl", 52, 1),),
     (("balochistan_protest_notes_fresh289.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh315.jsonl", 49, 50),)),
    ((("news_snippets_fresh313.jsonl", 60, 1),),
     (("acled_style_notes_world_fresh294.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh290.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh316.jsonl", 49, 49),)),
    ((("news_snippets_fresh314.jsonl", 57, 1),),
     (("acled_style_notes_world_fresh295.jsonl", 49, 0),),
     (("balochistan_protest_notes_fresh291.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh317.jsonl", 46, 48),)),
], ids=["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"])
def test_forty_second_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh315.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh296.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh292.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh318.jsonl", 48, 48),)),
    ((("news_snippets_fresh316.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh297.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh293.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh319.jsonl", 44, 45),)),
    ((("news_snippets_fresh317.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh298.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh294.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh320.jsonl", 49, 49),)),
    ((("news_snippets_fresh318.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh299.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh295.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh321.jsonl", 44, 46),)),
    ((("news_snippets_fresh319.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh300.jsonl", 51, 0),),
     (("balochistan_protest_notes_fresh296.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh322.jsonl", 47, 49),)),
    ((("news_snippets_fresh320.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh301.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh297.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh323.jsonl", 46, 48),)),
    ((("news_snippets_fresh321.jsonl", 56, 0),),
     (("acled_style_notes_world_fresh302.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh298.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh324.jsonl", 36, 40),)),
    ((("news_snippets_fresh322.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh303.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh299.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh325.jsonl", 33, 35),)),
    ((("news_snippets_fresh323.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh304.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh300.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh326.jsonl", 37, 37),)),
    ((("news_snippets_fresh324.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh305.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh301.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh327.jsonl", 46, 46),)),
    ((("news_snippets_fresh325.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh306.jsonl", 52, 1),),
     (("balochistan_protest_notes_fresh302.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh328.jsonl", 36, 36),)),
    ((("news_snippets_fresh326.jsonl", 56, 2),),
     (("acled_style_notes_world_fresh307.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh303.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh329.jsonl", 47, 47),)),
    ((("news_snippets_fresh327.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh308.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh304.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh330.jsonl", 46, 48),)),
    ((("news_snippets_fresh328.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh309.jsonl", 50, 1),),
     (("balochistan_protest_notes_fresh305.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh331.jsonl", 39, 40),)),
], ids=["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth"])
def test_forty_third_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh329.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh310.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh306.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh332.jsonl", 41, 45),)),
    ((("news_snippets_fresh330.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh311.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh307.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh333.jsonl", 48, 49),)),
    ((("news_snippets_fresh331.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh312.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh308.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh334.jsonl", 49, 50),)),
    ((("news_snippets_fresh332.jsonl", 54, 0),),
     (("acled_style_notes_world_fresh313.jsonl", 53, 1),),
     (("balochistan_protest_notes_fresh309.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh335.jsonl", 42, 46),)),
    ((("news_snippets_fresh333.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh314.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh310.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh336.jsonl", 45, 47),)),
    ((("news_snippets_fresh334.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh315.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh311.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh337.jsonl", 44, 45),)),
    ((("news_snippets_fresh335.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh316.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh312.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh338.jsonl", 35, 39),)),
    ((("news_snippets_fresh336.jsonl", 57, 1),),
     (("acled_style_notes_world_fresh317.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh313.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh339.jsonl", 38, 42),)),
    ((("news_snippets_fresh337.jsonl", 58, 1),),
     (("acled_style_notes_world_fresh318.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh314.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh340.jsonl", 47, 48),)),
    ((("news_snippets_fresh338.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh319.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh315.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh341.jsonl", 47, 47),)),
    ((("news_snippets_fresh339.jsonl", 58, 1),),
     (("acled_style_notes_world_fresh320.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh316.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh342.jsonl", 43, 46),)),
    ((("news_snippets_fresh340.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh321.jsonl", 49, 0),),
     (("balochistan_protest_notes_fresh317.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh343.jsonl", 40, 42),)),
], ids=["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth"])
def test_forty_fourth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh341.jsonl", 60, 1),),
     (("acled_style_notes_world_fresh322.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh318.jsonl", 40),),
     # (forty-seventh session: 49 -> 48 for a mob-violence note of BCL men with sticks attacking students who had blocked a
     # highway; see the comment above the twentieth session's floors)
     (("bangladesh_notes_2022_25_fresh344.jsonl", 47, 48),)),
    ((("news_snippets_fresh342.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh323.jsonl", 52, 1),),
     (("balochistan_protest_notes_fresh319.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh345.jsonl", 38, 39),)),
    ((("news_snippets_fresh343.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh324.jsonl", 55, 1),),
     (("balochistan_protest_notes_fresh320.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh346.jsonl", 44, 44),)),
    ((("news_snippets_fresh344.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh325.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh321.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh347.jsonl", 44, 48),)),
    ((("news_snippets_fresh345.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh326.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh322.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh348.jsonl", 41, 43),)),
    ((("news_snippets_fresh346.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh327.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh323.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh349.jsonl", 39, 42),)),
    ((("news_snippets_fresh347.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh328.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh324.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh350.jsonl", 40, 42),)),
    ((("news_snippets_fresh348.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh329.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh325.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh351.jsonl", 46, 47),)),
    ((("news_snippets_fresh349.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh330.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh326.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh352.jsonl", 45, 46),)),
    ((("news_snippets_fresh350.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh331.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh327.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh353.jsonl", 44, 47),)),
], ids=["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"])
def test_forty_fifth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh351.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh332.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh328.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh354.jsonl", 45, 46),)),
    ((("news_snippets_fresh352.jsonl", 59, 2),),
     (("acled_style_notes_world_fresh333.jsonl", 53, 1),),
     (("balochistan_protest_notes_fresh329.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh355.jsonl", 50, 50),)),
    ((("news_snippets_fresh353.jsonl", 54, 1),),
     (("acled_style_notes_world_fresh334.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh330.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh356.jsonl", 44, 47),)),
    ((("news_snippets_fresh354.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh335.jsonl", 53, 1),),
     (("balochistan_protest_notes_fresh331.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh357.jsonl", 39, 40),)),
    ((("news_snippets_fresh355.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh336.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh332.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh358.jsonl", 44, 44),)),
    ((("news_snippets_fresh356.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh337.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh333.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh359.jsonl", 46, 47),)),
    ((("news_snippets_fresh357.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh338.jsonl", 54, 1),),
     (("balochistan_protest_notes_fresh334.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh360.jsonl", 40, 41),)),
    ((("news_snippets_fresh358.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh339.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh335.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh361.jsonl", 45, 47),)),
    ((("news_snippets_fresh359.jsonl", 58, 1),),
     (("acled_style_notes_world_fresh340.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh336.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh362.jsonl", 44, 45),)),
    ((("news_snippets_fresh360.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh341.jsonl", 51, 0),),
     (("balochistan_protest_notes_fresh337.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh363.jsonl", 40, 41),)),
], ids=["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"])
def test_forty_sixth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh361.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh342.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh338.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh364.jsonl", 46, 49),)),
    ((("news_snippets_fresh362.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh343.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh339.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh365.jsonl", 44, 45),)),
    ((("news_snippets_fresh363.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh344.jsonl", 53, 1),),
     (("balochistan_protest_notes_fresh340.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh366.jsonl", 46, 48),)),
    ((("news_snippets_fresh364.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh345.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh341.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh367.jsonl", 45, 46),)),
    ((("news_snippets_fresh365.jsonl", 59, 1),),
     (("acled_style_notes_world_fresh346.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh342.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh368.jsonl", 47, 49),)),
    ((("news_snippets_fresh366.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh347.jsonl", 55, 1),),
     (("balochistan_protest_notes_fresh343.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh369.jsonl", 47, 48),)),
    ((("news_snippets_fresh367.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh348.jsonl", 53, 1),),
     (("balochistan_protest_notes_fresh344.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh370.jsonl", 47, 48),)),
    ((("news_snippets_fresh368.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh349.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh345.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh371.jsonl", 47, 47),)),
    ((("news_snippets_fresh369.jsonl", 55, 0),),
     (("acled_style_notes_world_fresh350.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh346.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh372.jsonl", 39, 41),)),
    ((("news_snippets_fresh370.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh351.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh347.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh373.jsonl", 47, 47),)),
], ids=["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"])
def test_forty_seventh_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh371.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh352.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh348.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh374.jsonl", 37, 37),)),
    ((("news_snippets_fresh372.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh353.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh349.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh375.jsonl", 46, 48),)),
    ((("news_snippets_fresh373.jsonl", 59, 1),),
     (("acled_style_notes_world_fresh354.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh350.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh376.jsonl", 44, 47),)),
    ((("news_snippets_fresh374.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh355.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh351.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh377.jsonl", 43, 44),)),
    ((("news_snippets_fresh375.jsonl", 59, 1),),
     (("acled_style_notes_world_fresh356.jsonl", 50, 0),),
     (("balochistan_protest_notes_fresh352.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh378.jsonl", 43, 44),)),
    ((("news_snippets_fresh376.jsonl", 57, 1),),
     (("acled_style_notes_world_fresh357.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh353.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh379.jsonl", 37, 39),)),
    ((("news_snippets_fresh377.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh358.jsonl", 51, 1),),
     (("balochistan_protest_notes_fresh354.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh380.jsonl", 49, 49),)),
    ((("news_snippets_fresh378.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh359.jsonl", 49, 0),),
     (("balochistan_protest_notes_fresh355.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh381.jsonl", 47, 48),)),
    ((("news_snippets_fresh379.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh360.jsonl", 55, 1),),
     (("balochistan_protest_notes_fresh356.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh382.jsonl", 37, 39),)),
    ((("news_snippets_fresh380.jsonl", 60, 1),),
     (("acled_style_notes_world_fresh361.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh357.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh383.jsonl", 48, 48),)),
    ((("news_snippets_fresh381.jsonl", 56, 0),),
     (("acled_style_notes_world_fresh362.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh358.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh384.jsonl", 45, 48),)),
    ((("news_snippets_fresh382.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh363.jsonl", 53, 1),),
     (("balochistan_protest_notes_fresh359.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh385.jsonl", 45, 47),)),
], ids=["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"])
def test_forty_eighth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


# The forty-ninth session's rounds (see the module docstring), one set of each kind per round.
@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh383.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh364.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh360.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh386.jsonl", 47, 48),)),
    ((("news_snippets_fresh384.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh365.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh361.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh387.jsonl", 42, 44),)),
    ((("news_snippets_fresh385.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh366.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh362.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh388.jsonl", 45, 45),)),
    ((("news_snippets_fresh386.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh367.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh363.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh389.jsonl", 48, 50),)),
    ((("news_snippets_fresh387.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh368.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh364.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh390.jsonl", 48, 49),)),
    ((("news_snippets_fresh388.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh369.jsonl", 51, 0),),
     (("balochistan_protest_notes_fresh365.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh391.jsonl", 49, 49),)),
    ((("news_snippets_fresh389.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh370.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh366.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh392.jsonl", 39, 39),)),
    ((("news_snippets_fresh390.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh371.jsonl", 54, 1),),
     (("balochistan_protest_notes_fresh367.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh393.jsonl", 39, 41),)),
    ((("news_snippets_fresh391.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh372.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh368.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh394.jsonl", 48, 49),)),
    ((("news_snippets_fresh392.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh373.jsonl", 54, 1),),
     (("balochistan_protest_notes_fresh369.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh395.jsonl", 42, 42),)),
    ((("news_snippets_fresh393.jsonl", 55, 2),),
     (("acled_style_notes_world_fresh374.jsonl", 51, 0),),
     (("balochistan_protest_notes_fresh370.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh396.jsonl", 43, 43),)),
    ((("news_snippets_fresh394.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh375.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh371.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh397.jsonl", 50, 50),)),
], ids=["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"])
def test_forty_ninth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh395.jsonl", 58, 1),),
     (("acled_style_notes_world_fresh376.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh372.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh398.jsonl", 43, 45),)),
    ((("news_snippets_fresh396.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh377.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh373.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh399.jsonl", 49, 49),)),
    ((("news_snippets_fresh397.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh378.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh374.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh400.jsonl", 49, 49),)),
    ((("news_snippets_fresh398.jsonl", 60, 1),),
     (("acled_style_notes_world_fresh379.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh375.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh401.jsonl", 42, 43),)),
    ((("news_snippets_fresh399.jsonl", 60, 1),),
     (("acled_style_notes_world_fresh380.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh376.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh402.jsonl", 48, 48),)),
    ((("news_snippets_fresh400.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh381.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh377.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh403.jsonl", 42, 44),)),
    ((("news_snippets_fresh401.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh382.jsonl", 52, 2),),
     (("balochistan_protest_notes_fresh378.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh404.jsonl", 42, 46),)),
    ((("news_snippets_fresh402.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh383.jsonl", 49, 0),),
     (("balochistan_protest_notes_fresh379.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh405.jsonl", 46, 47),)),
    ((("news_snippets_fresh403.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh384.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh380.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh406.jsonl", 39, 41),)),
    ((("news_snippets_fresh404.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh385.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh381.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh407.jsonl", 46, 48),)),
    ((("news_snippets_fresh405.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh386.jsonl", 52, 1),),
     (("balochistan_protest_notes_fresh382.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh408.jsonl", 41, 41),)),
    ((("news_snippets_fresh406.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh387.jsonl", 53, 1),),
     (("balochistan_protest_notes_fresh383.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh409.jsonl", 40, 43),)),
], ids=["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"])
def test_fiftieth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh407.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh388.jsonl", 53, 1),),
     (("balochistan_protest_notes_fresh384.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh410.jsonl", 41, 43),)),
    ((("news_snippets_fresh408.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh389.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh385.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh411.jsonl", 40, 40),)),
    ((("news_snippets_fresh409.jsonl", 58, 1),),
     (("acled_style_notes_world_fresh390.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh386.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh412.jsonl", 45, 46),)),
    ((("news_snippets_fresh410.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh391.jsonl", 50, 0),),
     (("balochistan_protest_notes_fresh387.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh413.jsonl", 39, 40),)),
    ((("news_snippets_fresh411.jsonl", 59, 2),),
     (("acled_style_notes_world_fresh392.jsonl", 48, 1),),
     (("balochistan_protest_notes_fresh388.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh414.jsonl", 38, 39),)),
    ((("news_snippets_fresh412.jsonl", 57, 1),),
     (("acled_style_notes_world_fresh393.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh389.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh415.jsonl", 48, 48),)),
    ((("news_snippets_fresh413.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh394.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh390.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh416.jsonl", 49, 49),)),
    ((("news_snippets_fresh414.jsonl", 55, 0),),
     (("acled_style_notes_world_fresh395.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh391.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh417.jsonl", 45, 47),)),
    ((("news_snippets_fresh415.jsonl", 59, 1),),
     (("acled_style_notes_world_fresh396.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh392.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh418.jsonl", 46, 46),)),
    ((("news_snippets_fresh416.jsonl", 55, 2),),
     (("acled_style_notes_world_fresh397.jsonl", 50, 3),),
     (("balochistan_protest_notes_fresh393.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh419.jsonl", 43, 43),)),
], ids=["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"])
def test_fifty_first_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh417.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh398.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh394.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh420.jsonl", 41, 42),)),
    ((("news_snippets_fresh418.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh399.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh395.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh421.jsonl", 48, 49),)),
    ((("news_snippets_fresh419.jsonl", 58, 1),),
     (("acled_style_notes_world_fresh400.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh396.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh422.jsonl", 48, 49),)),
    ((("news_snippets_fresh420.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh401.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh397.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh423.jsonl", 43, 43),)),
    ((("news_snippets_fresh421.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh402.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh398.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh424.jsonl", 44, 44),)),
    ((("news_snippets_fresh422.jsonl", 55, 1),),
     (("acled_style_notes_world_fresh403.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh399.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh425.jsonl", 46, 47),)),
    ((("news_snippets_fresh423.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh404.jsonl", 50, 1),),
     (("balochistan_protest_notes_fresh400.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh426.jsonl", 44, 45),)),
    ((("news_snippets_fresh424.jsonl", 55, 4),),
     (("acled_style_notes_world_fresh405.jsonl", 46, 1),),
     (("balochistan_protest_notes_fresh401.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh427.jsonl", 46, 46),)),
], ids=["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"])
def test_fifty_second_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh425.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh412.jsonl", 53, 1),),
     (("balochistan_protest_notes_fresh402.jsonl", 38),),
     (("bangladesh_notes_2022_25_fresh432.jsonl", 44, 45),)),
    ((("news_snippets_fresh426.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh413.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh403.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh433.jsonl", 45, 46),)),
    ((("news_snippets_fresh427.jsonl", 59, 1),),
     (("acled_style_notes_world_fresh414.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh404.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh434.jsonl", 38, 39),)),
    ((("news_snippets_fresh428.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh415.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh405.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh435.jsonl", 42, 44),)),
    ((("news_snippets_fresh429.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh416.jsonl", 50, 0),),
     (("balochistan_protest_notes_fresh406.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh436.jsonl", 45, 46),)),
    ((("news_snippets_fresh430.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh417.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh407.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh437.jsonl", 38, 38),)),
    ((("news_snippets_fresh431.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh418.jsonl", 49, 0),),
     (("balochistan_protest_notes_fresh408.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh438.jsonl", 39, 40),)),
    ((("news_snippets_fresh432.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh419.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh409.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh439.jsonl", 49, 49),)),
    ((("news_snippets_fresh433.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh420.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh410.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh440.jsonl", 43, 45),)),
    ((("news_snippets_fresh434.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh421.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh411.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh441.jsonl", 42, 43),)),
    ((("news_snippets_fresh435.jsonl", 53, 0),),
     (("acled_style_notes_world_fresh422.jsonl", 47, 0),),
     (("balochistan_protest_notes_fresh412.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh442.jsonl", 47, 49),)),
    ((("news_snippets_fresh436.jsonl", 59, 1),),
     (("acled_style_notes_world_fresh423.jsonl", 49, 1),),
     (("balochistan_protest_notes_fresh413.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh443.jsonl", 46, 48),)),
    ((("news_snippets_fresh437.jsonl", 55, 4),),
     (("acled_style_notes_world_fresh424.jsonl", 47, 2),),
     (("balochistan_protest_notes_fresh414.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh444.jsonl", 46, 47),)),
    ((("news_snippets_fresh438.jsonl", 53, 1),),
     (("acled_style_notes_world_fresh425.jsonl", 45, 0),),
     (("balochistan_protest_notes_fresh415.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh445.jsonl", 43, 44),)),
], ids=["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth"])
def test_fifty_third_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)


@pytest.mark.parametrize(("snippets", "world", "balochistan", "bangladesh"), [
    ((("news_snippets_fresh439.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh426.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh416.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh446.jsonl", 46, 47),)),
    ((("news_snippets_fresh440.jsonl", 58, 2),),
     (("acled_style_notes_world_fresh427.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh417.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh447.jsonl", 45, 46),)),
    ((("news_snippets_fresh441.jsonl", 60, 0),),
     (("acled_style_notes_world_fresh428.jsonl", 52, 0),),
     (("balochistan_protest_notes_fresh418.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh448.jsonl", 45, 46),)),
    ((("news_snippets_fresh442.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh429.jsonl", 49, 0),),
     (("balochistan_protest_notes_fresh419.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh449.jsonl", 42, 42),)),
    ((("news_snippets_fresh443.jsonl", 57, 0),),
     (("acled_style_notes_world_fresh430.jsonl", 53, 0),),
     (("balochistan_protest_notes_fresh420.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh450.jsonl", 35, 36),)),
    ((("news_snippets_fresh444.jsonl", 56, 0),),
     (("acled_style_notes_world_fresh431.jsonl", 51, 0),),
     (("balochistan_protest_notes_fresh421.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh451.jsonl", 40, 41),)),
    ((("news_snippets_fresh445.jsonl", 59, 0),),
     (("acled_style_notes_world_fresh432.jsonl", 47, 0),),
     (("balochistan_protest_notes_fresh422.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh452.jsonl", 49, 49),)),
    ((("news_snippets_fresh446.jsonl", 56, 0),),
     (("acled_style_notes_world_fresh433.jsonl", 55, 0),),
     (("balochistan_protest_notes_fresh423.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh453.jsonl", 48, 49),)),
    ((("news_snippets_fresh447.jsonl", 58, 0),),
     (("acled_style_notes_world_fresh434.jsonl", 54, 0),),
     (("balochistan_protest_notes_fresh424.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh454.jsonl", 45, 47),)),
    ((("news_snippets_fresh448.jsonl", 59, 1),),
     (("acled_style_notes_world_fresh435.jsonl", 44, 0),),
     (("balochistan_protest_notes_fresh425.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh455.jsonl", 44, 45),)),
    ((("news_snippets_fresh449.jsonl", 58, 4),),
     (("acled_style_notes_world_fresh436.jsonl", 47, 0),),
     (("balochistan_protest_notes_fresh426.jsonl", 40),),
     (("bangladesh_notes_2022_25_fresh456.jsonl", 48, 49),)),
    ((("news_snippets_fresh450.jsonl", 54, 3),),
     (("acled_style_notes_world_fresh437.jsonl", 43, 2),),
     (("balochistan_protest_notes_fresh427.jsonl", 39),),
     (("bangladesh_notes_2022_25_fresh457.jsonl", 37, 37),)),
], ids=["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth"])
def test_fifty_fourth_session_sets(pipeline, snippets, world, balochistan, bangladesh):
    _round_floors(pipeline, snippets, world, balochistan, bangladesh)
