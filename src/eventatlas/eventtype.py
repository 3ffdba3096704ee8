"""Stage: event triggers and ACLED event typing with the codebook's precedence.

Triggers are words and phrases that signal one of ACLED's 25 sub-event types. The typing
function weighs the triggers of the sentences that describe one event and applies the
codebook's precedence rules:

- a battle outranks the shelling, bombing or attack that is part of it;
- a suicide bomb is coded as such only when no armed clash happened at the same place and day;
- an abduction in which someone is killed is an attack;
- territory is "overtaken" only when control is held, so a same-day capture is an armed clash;
- looting and property destruction are coded separately only outside other violence;
- a protest met by force is a protest with intervention, or excessive force when protesters
  are killed or seriously hurt; protesters who turn violent make a riot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import fastre
from .models import Document, Trigger

EVENT_TYPES: dict[str, str] = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}


def disorder_type(event_type: str, sub_event_type: str) -> str:
    """ACLED's disorder_type for an event type."""
    if event_type in {"Protests", "Riots"}:
        if sub_event_type in {"Excessive force against protesters", "Mob violence"}:
            return "Political violence; Demonstrations"
        return "Demonstrations"
    if event_type == "Strategic developments":
        return "Strategic developments"
    return "Political violence"


# (sub-type or pseudo-type, pattern). Pseudo-types: "_violence" (generic attack verbs),
# "_clash_words" (two-sided fighting), "_force" (force against a crowd), "_protest_violence"
# (destruction or attacks by a crowd), "_capture" (territory or buildings seized).
# "supporters of an independent candidate stormed the returning officer's office": demonstrators
# who storm protest (and riot); a crowd of villagers who storm is violent, not yet a protest
_STORMED = r" (?:of (?:an? |the )?(?:[\w-]+ ){1,4}?)?(?:(?:in|from) (?-i:[A-Z])[\w'’-]+ )?(?:(?:protesting|demanding|angered by|angry (?:at|over)) (?:[\w-]+ ){1,6}?)?(?:\w+ )?(?:stormed|forced their way into)"
_DEMONSTRATORS_STORMED = r"(?:supporters|protesters|demonstrators|activists|students|workers)" + _STORMED
_CROWD_STORMED = r"(?:supporters|protesters|demonstrators|activists|students|workers|crowds?|villagers|residents|(?<!armed )(?<!Armed )youths)" + _STORMED

# a statue or mural smashed: property destroyed, and a crowd's violence when a crowd did it
_MONUMENT_SMASHED = (r"(?:smash(?:ed|ing)|defac(?:ed|ing)|toppl(?:ed|ing)|knock(?:ed|ing) (?:the head )?off|broke) (?:a |an |the |two |three |several )?"
                     r"(?:[\w'’-]+ ){0,3}(?:murals?|sculptures?|statues?|monuments?|memorials?|busts?)\b")
# the deployment verbs of the "Change to group/activity" lexicon (and DEPLOY_WORD, which assemble reads)
_DEPLOY_VERBS = r"(?:deployed|deploys|redeployed|dispatched|rushed)"
# what armed men destroy on farms (the looting lexicon; assemble reads the same words at a trigger's end)
CROP_STORES = r"(?:crops|granar(?:y|ies)|harvests?|farmland|fields|orchards|(?:olive|fruit) trees|grain stores|food stores)"
# "after a suspect", "following the": where a riot's cause is told (a death, in the trigger filter and in casualties)
AFTER_A_CAUSE = r"\b(?:after|following|over) (?:a|an|the|his|her|their) (?:[\w'’-]+ ){0,3}$"
# "... after a commercial motorcyclist was allegedly ": a passive cause clause up to its verb (the trigger
# filter reads it before a violence word, assemble before the agent of a crowd's grievance)
AFTER_SOMEONE_WAS = r"\b(?:after|following) (?:a|an|the|his|her|their) (?:[\w'’-]+ ){1,3}(?:was|were|had been) (?:allegedly |reportedly |apparently )?"
# an armed movement whose factions or groups are armed men, not a crowd ("rival factions of the former Seleka rebellion")
ARMED_MOVEMENT = r"(?:rebellion|rebels?|militias?|armed groups?|coalition|insurgen\w+|jihadists?)\b"

_LEXICON: list[tuple[str, str]] = [
    ("Suicide bomb", r"detonated (?:the )?(?:explosives?|bomb|device|charge) (?:that )?(?:he|she) (?:was|had been) (?:carrying|wearing) (?:on|under|around) (?:his|her) (?:body|clothes|waist)\b|(?:wearing|wore) (?:a |an )?(?:[\w-]+ )?(?:vest|belt) (?:packed|laden|rigged|filled|fitted) with (?:[\w-]+ ){0,2}?explosives\b[^.;]{0,80}?\bdetonat\w+|(?:were |was )?(?:killed|died) along with the (?:suicide )?bomber\b|detonated (?:himself|herself|themselves)\b|detonated (?:an? )?(?:explosive (?:device|vest|belt)|bomb|explosives) strapped to (?:his|her|their) (?:body|bodies|chest|waist)\b|(?:explosives|a bomb|an explosive (?:vest|belt|device)) strapped to (?:his|her|their) (?:body|bodies|chest|waist)\b[^.;]{0,60}?\bdetonated\b|drove (?:a |an |the )?(?:[\w-]+ )?(?:car|truck|pickup|pick-up|vehicle|van|minivan|lorry|tanker) (?:packed|laden|loaded|rigged|filled) with (?:[\w-]+ ){0,5}?(?:explosives|pentolite|TNT|ammonium nitrate|C-4) into\b(?![^.;]{0,80}\b(?:left the|escaped|fled|parked|abandoned)\b)|the bomber\b(?:,[^,.;]{1,80},)? (?:also )?(?:died|was killed) (?:in the (?:blast|explosion|attack)|on the spot|instantly)|rammed (?:an? |the |his |their )?(?:explosives?|bomb)[- ](?:laden|packed|rigged|loaded|filled) (?:[\w-]+ )?(?:car|truck|pickup|pick-up|vehicle|van|minivan|lorry|tanker|motorcycle|motorbike|bike|rickshaw) into\b|(?:packed|laden|loaded|rigged) with explosives (?:was |were )?(?:driven|rammed|crashed) (?:into|at)\b|suicide[- ](?:car[- ]|truck[- ]|vehicle[- ]|motorcycle[- ])?bomb(?:ings|ing|ers|er|s)?|suicide (?:bomb(?:ings|ing|ers|er|s)?|attacks?|blasts?|vests?|attackers?|car bomb(?:ing)?)|self-detonat\w*|(?:blew|blown) (?:himself|herself|themselves) up|fidayeen|"
                     r"(?:detonat\w+|blew up|exploded|triggered) (?:his|her|their|an?) (?:explosives? |suicide |bomb )?(?:vests?|belts?)|"
                     r"(?:vests?|belts?) (?:exploded|detonated|went off)|killing (?:himself|herself|themselves)|"
                     r"(?:rammed|drove|crashed|steered) (?:an? |his |her |their |the )?explosives?[- ](?:laden|packed|rigged|filled) (?:car|vehicle|truck|van|lorry|minibus|pick-?up)s? into"),
    ("Air/drone strike", r"drones? (?:exploded|detonated|blew up) (?:over|above|on|in|at|near|inside)\b|(?:helicopters?|gunships?|warplanes?|fighter jets?|aircraft)(?: of (?:the )?(?:[\w'’()-]+ ){0,5}?[\w'’()-]+)? (?:fired|launched) (?:\w+ )?(?:rockets|missiles)\b|used (?:a |an )?(?:[\w-]+ )?(?:drones?|quadcopters?|UAVs?) to drop\b|\b(?:an? |the )?helicopter (?:gunship )?strikes?\b|drones? (?:launched|fired|sent) from (?:[\w'’-]+ ){1,3}?(?:crashed|slammed|smashed|plunged) into\b|drones?\b[^.;]{0,60}?\b(?:crashed|slammed|smashed) into\b[^.;]{0,80}?\b(?:wounding|killing|injuring)\b|(?:aircraft|warplanes?|jets?|drones?|planes?), (?:which|believed|suspected|reportedly|allegedly)\b[^.;()]{0,80}?, (?:struck|bombed|hit|targeted|attacked)\b|(?:quadcopters?|drones?) (?:carrying|loaded with|laden with|packed with|fitted with|armed with) (?:an? )?(?:[\w-]+ ){0,2}?(?:explosives?|bombs?|charges?|grenades?|munitions?)\b|attacks? by (?:[\w-]+ ){0,3}?(?:quadcopters?|drones|UAVs)\b|(?:helicopters?|gunships?|aircraft|jets?|drones?) (?:reportedly |allegedly )?(?:operated|flown|piloted) by\b[^.;]{0,100}?\b(?:fired (?:on|at|upon)|struck|bombed|strafed|dropped (?:an? |two |three |several )?(?:[\w-]+ )?(?:explosive|bombs?|grenades?|devices?|munitions?))\b|(?:AFRICOM|Africa Command|CENTCOM|Central Command)\b[^.;]{0,40}?\b(?:an? )?(?:air ?)?strikes?\b|aircraft (?:[\w-]+ ){0,2}?(?:flattened|levell?ed|razed)\b|helicopters?\b[^.;]{0,80}?\b(?:struck|strafed|bombed)\b(?! (?:a |the )?(?:power ?lines?|cables?|wires?|trees?|mountains?|hills?(?:ide)?|ground|building|tower|mast))|drones? (?:[\w-]+ ){0,2}?(?:released|dropped) (?:[\w-]+ ){0,3}?(?:explosive charges|explosives|bombs|grenades|munitions)\b|drones?(?:, [^,.;]{1,40},)? (?:hit|struck|targeted) (?:their|his|her|a|an|the) (?:[\w-]+ )?(?:vehicle|car|motorcycle|convoy|pickup|truck)\b|(?:F-16s?|Sukhois?|warplanes|fighter jets) (?:destroyed|struck|hit|bombed) (?:an? |the )?(?:[\w'’-]+ ){0,3}?(?:hideouts?|camps?|positions?|bases?|convoys?)\b|(?:conducted|carried out|launched) (?:[\w-]+ )?air interdiction (?:missions?|operations?|strikes?)\b|(?:an? )?(?:Israeli|Russian|Syrian|Saudi-led|coalition|US|American|Turkish|Pakistani|Ukrainian) (?:air ?)?strikes? (?:flattened|destroyed|levelled|leveled|demolished|hit|struck) (?:a |an |the |two |three )?(?:[\w-]+ ){0,2}?(?:buildings?|houses?|homes?|tents?|apartments?|blocks?|schools?|shelters?)\b|bomb(?:ed|ing) (?:[\w'’-]+ ){0,8}?with (?:aircraft|warplanes|fighter jets|jets|helicopters|drones|planes)\b|"
                         r"(?:its|their|the army's|the military's|military|army|air force) (?:combat |fighter |attack )?(?:aircraft|warplanes|jets|planes|helicopters|gunships) (?:had )?(?:destroyed|struck|hit|targeted|pounded|neutrali[sz]ed|wiped out)\b|"
                         r"(?:helicopters?|aircraft|planes?|warplanes|jets|gunships) (?:had )?dropped (?:[\w-]+ ){0,2}?(?:explosives|bombs|grenades|mortars?|munitions)\b|(?:Sukhoi(?:-\d+)?|Su-\d{2}|MiG-\d{2}|Mirage|Rafale|F-16|(?:Super )?Tucano|L-39|Alpha Jet|Mi-(?:8|17|24|35)|Bayraktar(?: TB2)?)s?\b[^.;]{0,80}?\b(?:struck|bombed|strafed|pounded|fired on|fired at)\b|(?:launched|fired) (?:[\w-]+ )?missiles from (?:the air|aircraft|warplanes|(?:fighter )?jets)\b|launched (?:a wave of |dozens of |several |\d+ |two |three |four |five )?(?:[\w-]+ )?drones (?:toward|towards|at|against|on|into)\b|(?:drones?|quadcopters?|UAVs?) to drop (?:[\w-]+ ){0,3}?(?:mortar (?:shells|rounds|bombs)|shells|explosives|bombs|grenades|munitions)\b|(?:drones?|quadcopters?|UAVs?) (?:[\w:'’-]+ ){1,8}?dropped (?:[\w-]+ ){0,2}?(?:mortar (?:shells|rounds|bombs)|shells|explosives|bombs|grenades|munitions)\b|(?:helicopters?|gunships?|warplanes?|fighter jets?|military aircraft) (?:[\w-]+ ){0,2}?(?:opened fire|fired) (?:on|at|upon)\b|drones? (?:[\w-]+ ){0,2}?(?:set fire to|set ablaze|ignited)\b|(?:armed|attack|combat|kamikaze) drones? (?:[\w-]+ ){0,2}?(?:killed|struck|hit|targeted|destroyed)\b|(?:explosives?-laden|bomb-laden|armed|weaponi[sz]ed|kamikaze) (?:quadcopters?|drones?) (?:[\w'’()-]+ ){0,10}?(?:hit|struck|slammed into|crashed into|exploded|targeted)\b|(?:aircraft|warplanes|fighter jets|jets|helicopters|helicopter gunships|drones?) (?:of|attributed to|belonging to|operated by|flown by) (?:the )?(?:[\w'’():-]+ ){1,10}?(?:struck|bombed|hit|strafed|pounded|fired (?:missiles|rockets|on|at))\b|(?:paramotors?|paragliders?|powered paragliders?) (?:[\w'’()-]+ ){0,9}?dropped\b|dropped (?:[\w-]+ ){0,2}?(?:bombs|explosives|munitions|grenades) from (?:a |an |two |three |several )?(?:[\w-]+ )?(?:paragliders?|paramotors?)\b|drones? (?:[\w'’:-]+ ){0,12}?(?:and )?dropped (?:[\w-]+ ){0,2}?(?:mortar (?:rounds|shells|bombs)|explosives|bombs|grenades|munitions)\b|air force (?:(?-i:[A-Z0-9])[\w'’-]+ ){1,4}?dropped (?:[\w-]+ )?(?:bombs|munitions|explosives)\b|air force (?:of (?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)? )?(?:carried out|conducted|launched) (?:several |a series of |multiple |new |an? )?(?:air ?)?(?:strikes?|bombing raids?|air raids?|bombardments?)\b|(?:drones?|quadcopters?|UAVs?) to drop (?:explosives|bombs|grenades|munitions|mortar (?:shells|rounds|bombs)|(?:an? )?(?:improvised )?explosive devices?)\b|dropped (?:explosives|bombs|grenades|munitions) from (?:[\w-]+ ){0,2}drones?\b|(?:the |its |an? )?(?:[\w-]+ )?air force (?:jets? |aircraft |warplanes? |planes? )?(?:destroyed|bombed|struck|pounded|hit) (?:a |an |the |two |three |several )?(?:[\w-]+ )?(?:convoy|column|camp|hideout|base|position|gathering|vehicles?|boats?|motorcycles?)s?\b|(?:its |their |the )?(?:fighter )?jets (?:had |have |has )?(?:killed|struck|hit|pounded|bombed|destroyed)\b|(?:an? |the )(?:[\w-]+ )?drones? (?:(?!(?:and|but|while|after|when)\b)[\w'’()-]+ ){0,8}?(?:struck|hit|targeted|attacked|bombed)\b|(?:struck|hit|targeted|attacked) (?:[\w'’(),-]+ ){1,12}?with (?:an? |several |two |three |\d+ )?(?:(?:wave|swarm|barrage|salvo|volley|series|dozens|scores|hundreds)s? of )?(?:[\w-]+ ){0,2}?(?:drones?|UAVs?|loitering munitions?)\b|(?:attack|kamikaze|one-way|Shahed(?:-type)?|Geran(?:-type)?) drones? (?:at|on|against|into|struck|hit)\b|(?:drones?|warplanes?|fighter jets?|aircraft|helicopters?|UAVs?|air force)(?: (?:[\w()'’-]+ ){0,6}?)bombed\b|drones? (?:carrying|armed with|loaded with|laden with|fitted with) (?:[\w'’-]+ ){0,4}?(?:mortar rounds?|mortar shells?|mortar bombs?|grenades?|bombs?|explosives|munitions)\b|(?:hit|struck|bombed|attacked|targeted) from the air\b|drones? (?:loaded|packed|laden|rigged|armed|fitted) with (?:[\w-]+ ){0,2}?(?:explosives?|bombs?|grenades?)\b|drones?\b[^.;]{0,100}?\b(?:slammed|crashed|smashed|ploughed|plowed) into (?:an? |the )?(?:[\w-]+ ){0,2}?(?:buildings?|homes?|houses?|apartments?|blocks?|districts?|neighbou?rhoods?|streets?|markets?|stations?|plants?|depots?|facilit(?:y|ies))\b|(?:Israeli|Russian|US|U\.S\.|American|Turkish|Saudi|Saudi-led|coalition|Ukrainian|Pakistani|Azerbaijani|Jordanian|Iranian) strikes? (?:on|against) (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)\b)(?:an? |the |two |three |several )?(?:[\w-]+ ){0,2}?(?:cars?|vehicles?|homes?|houses?|buildings?|apartments?|positions?|camps?|bases?|convoys?|trucks?|motorcycles?|targets?|sites?|villages?|towns?|outposts?|depots?|hideouts?)\b|(?:hit|struck|targeted|attacked) by (?:an? |two |three |several )?(?:[\w-]+ ){0,2}?(?:drones?|UAVs?|air ?strikes?)\b|(?:explosives?|bombs?|grenades?|munitions) (?:[\w-]+ ){0,2}?dropped (?:[\w-]+ ){0,2}?(?:from|by) (?:an? |their )?(?:[\w-]+ )?(?:drones?|UAVs?|quadcopters?)|air force (?:air ?strikes?|strikes?|raids?|bombing)|air force (?:\((?:[^()]|\([^()]*\)){1,80}\) )?(?:air ?)?strikes? (?:targeting|aimed at|on)\b|drones? (?:destroying|destroyed|hitting|targeting)\b|(?:explosives?|bomb|grenade)[- ](?:laden|carrying|armed) (?:aerial |attack |kamikaze |suicide |unmanned )?drones?|(?:used|using|deployed) (?:an? |two |three |several )?drones? to (?:drop|dropping) (?:[\w-]+ ){0,2}?(?:bombs?|explosives?|grenades?|munitions|charges)|(?:dropped|dropping|drop) (?:[\w-]+ ){0,4}?(?:explosives?|bombs?|grenades?|munitions) (?:[\w-]+ ){0,2}?from (?:an? |their )?(?:[\w-]+ )?(?:drones?|UAVs?|quadcopters?)|strikes? (?:was |were )?(?:carried out|conducted|launched) by (?:[\w-]+ ){0,3}?(?:jets?|aircraft|warplanes?|drones?|planes|helicopters?|Mirages?|Rafales?|F-16s?)\b|(?:jets?|warplanes?|aircraft|planes|helicopters?) (?:[\w-]+ ){0,2}?(?:carried out|conducted|launched|staged) (?:[\w-]+ ){0,4}?(?:raids?|sorties|strikes?|bombing runs?)\b|(?:dropped|dropping|drop) (?:[\w-]+ ){0,4}?barrel[- ]bombs?|barrel[- ]bomb(?:s|ing|ings)?|(?:jets?|warplanes?|aircrafts?|planes|helicopters?|gunships?) (?:[\w-]+ ){0,3}?(?:bombarded|pounded|strafed|rocketed)\b|drones? (?:\w+ ){0,2}(?:struck|strikes?|hit|attacked|fired|targeted|bombed)|drones? (?:believed to (?:be |have been )?|reportedly |allegedly )?(?:operated by|launched by|flown by|deployed by|sent by|belong(?:ing)? to|of) (?:[\w()'’-]+ ){1,12}?(?:struck|hit|attacked|targeted|bombed)\b|(?:struck|hit|attacked|targeted|bombed) (?:[\w'’-]+ ){1,6}?with (?:armed |attack |kamikaze |combat |suicide )?drones?\b|drones? (?:launched|fired|flown|sent) from (?:[\w'’-]+ ){1,4}?(?:struck|hit|targeted|attacked|bombed)\b|drones? of the (?:[\w-]+ ){1,3}?(?:army|air force|military|forces) (?:struck|hit|attacked|targeted|bombed)|(?:aircraft|jets?|warplanes?|planes?|helicopters?|gunships?|air force)(?: \((?:[^()]|\([^()]*\)){1,80}\))?(?: (?:operated|flown|piloted) by (?:the )?[\w'’-]+(?: [\w'’-]+){0,2}?)? (?:\w+ ){0,2}(?:bombed|struck|strafed|attacked|fired|pounded|targeted|hit|dropped (?:\w+ ){0,2}bombs?)|(?:fighter jets?|warplanes?|military aircraft|helicopter gunships?)\b[^.;]{0,80}?\bdropped (?:\w+ ){0,2}bombs?\b|air ?strikes?|air raids?|drone (?:strikes?|attacks?)|(?:FPV|first-person-view) drones?|airstrikes?|warplanes?|fighter jets? (?:struck|bombed)|(?:jets?|warplanes?|aircraft) (?:(?!(?:was|were|is|are|been) )[\w-]+ ){3,5}?(?:bombed|struck|pounded|strafed)\b|(?:drones?|quadcopters?) (?:[\w()-]+ ){0,7}?dropped (?:(?:at least|about|around|some|more than|up to|nearly) )?(?:[\w-]+ ){0,2}?(?:explosives?|charges|bombs?|grenades?|munitions|mortar (?:rounds?|shells?|bombs?))\b|(?:drones?|quadcopters?) (?:operated|flown|deployed|launched) by\b[^.;]{0,120}?\bdropped (?:[\w-]+ ){0,2}?(?:explosives?|explosive devices?|bombs?|grenades?|charges|munitions|mortar (?:rounds?|shells?|bombs?))\b|(?:flew|flying|flown) (?:an? |two |three )?(?:armed )?(?:drones?|quadcopters?)\b[^.;]{0,140}?\bdropp(?:ed|ing) (?:[\w-]+ ){0,2}?(?:explosives?|explosive devices?|bombs?|grenades?|charges|munitions)\b|aerial (?:bombardments?|attacks?|strikes?)|(?:military|aerial|air) bombing raids?|(?:flew|flying|flown|used|using|deployed|deploying) drones? (?:loaded|laden|armed|fitted|rigged) with (?:[\w-]+ ){0,2}(?:bombs?|explosives?|grenades?|charges?)|(?:guided|glide|gliding) (?:aerial )?bombs?|helicopter gunships?|bombed from the air|"
                         r"(?:aircraft|jets?|warplanes?|planes?|helicopters?) (?:[\w-]+ ){0,4}?(?:carried out|conducted|launched) (?:\w+ ){0,2}(?:raids?|strikes?|sorties|attacks?)|"
                         r"(?:launched|sent|fired|dispatched) (?:[\w-]+ ){0,4}drones? (?:at|on|against|towards)|"
                         r"loitering munitions?|unmanned (?:aerial vehicles?|aircraft|combat aerial vehicles?)|(?:UAV|UCAV) strikes?|precision (?:air ?)?strikes?|"
                         r"(?:Shahed|kamikaze|FPV|attack|suicide|combat|armed)[- ](?:type |\d+ )?drones? (?:\w+ ){0,3}(?:struck|slammed|crashed|smashed|hit|exploded|attacked|targeted)|"
                         r"drones? (?:\w+ ){0,2}(?:slammed|crashed|smashed) into"),
    ("Shelling/artillery/missile attack", r"(?:fired|launched) (?:several |a number of |dozens of |\d+ |two |three |four |five )?(?:military |ballistic )?projectiles (?:toward|towards|at|into|on)\b|(?:[\w-]+ )?projectiles? (?:struck|hit|landed (?:on|in)|slammed into)\b|(?:HIMARS|MLRS|Grad|Smerch|Uragan|Iskander|ATACMS|Tochka)(?: rocket| missile)? (?:strikes?|attacks?)\b|fired (?:several |a number of |dozens of |\d+ |two |three |four |five )?projectiles (?:at|on|into|towards)\b|fired (?:a |an )?(?:[\w-]+ ){0,2}?(?:artillery |mortar )?(?:shell|mortar round|mortar bomb)s? (?:into|at|on)\b|launched (?:at least |about |some |several )?(?:\w+ )?(?:improvised |homemade |home-made )?(?:cylinder bombs|gas cylinder bombs|explosive cylinders)\b|cylinder (?:bombs?|mortars?|rockets?|projectiles?) (?:were |was )?(?:fired|launched|lobbed)\b|(?:explosive )?projectiles (?:were |was )?(?:launched|fired|lobbed) (?:at|on|into|towards?)\b|(?:launched|fired|lobbed) (?:several |two |three |four |five |\d+ |a number of |a dozen )?(?:improvised |homemade )?(?:explosive |explosives?-(?:filled|packed|laden) )?(?:gas )?cylinders\b|fired (?:improvised |homemade )?(?:explosive )?projectiles from\b|projectiles? (?:that was |which was |that were |which were )?(?:fired|launched) (?:from|by)\b|(?:tanks?) (?:[\w-]+ ){0,2}?(?:fired|opened fire|shelled) (?:at|on|upon)\b|(?:launched|fired|lobbed) (?:[\w-]+ ){0,2}?(?:gas )?cylinders? (?:packed|filled|loaded|laden|stuffed) with explosives (?:at|on|into|against)\b|(?:launched|fired|lobbed|hurled) (?:[\w-]+ ){0,4}?(?:gas[- ]cylinder|cylinder) (?:bombs?|mortars?|rockets?|projectiles?) (?:\([^().;]{1,30}\) )?(?:at|on|into|against)\b|(?:gas[- ]cylinder|cylinder) (?:bombs?|mortars?|rockets?|projectiles?) (?:launched|fired) by (?:[\w'’-]+ ){1,3}?(?:landed|fell|hit|struck|exploded)\b|bombs (?:landed|fell|slammed|crashed) (?:on|in|into)\b(?![^.;]*\b(?:aircraft|jets?|warplanes?|planes?|drones?|helicopters?)\b)|(?:bombs|shells|rounds|projectiles|rockets|mortars) (?:[\w-]+ ){0,2}?fired (?:by (?:[\w'’-]+ ){1,3}?)?from (?:[\w:'’-]+ ){0,5}?(?:hills?|positions?|territory|areas?|side|heights)\b|fired (?:several |a number of |\d+ |two |three |four |five )?bombs (?:on|at|into) (?-i:[A-Z])[\w'’-]+|(?:tank|artillery|mortar) (?:fire|rounds?|shells?) (?:hit|struck|killed|landed on|slammed into)\b|(?:an? |the |two |three |several )?(?:artillery |mortar |tank )?shells? (?:crashed|landed|slammed|fell|smashed|tore) (?:into|on|onto|through|near)\b|(?:bombs|shells|projectiles) (?:were )?fired from (?:the )?(?:hills?|heights|positions?|mountains?)|(?<!gas )(?<!tear )(?<!teargas-)(?<!sound )shell(?:ing|ed|s)|(?<!gas )(?<!tear )shell (?:fired|landed|hit|struck|exploded|fell|slammed)|artillery|mortars?|rockets?|missiles?|howitzers?|katyusha"),
    ("Remote explosive/landmine/IED", r"booby-?trapped (?:[\w-]+ ){0,3}?(?:blew up|exploded|detonated|went off)\b|explosive (?:charges?|devices?) (?:brought down|toppled|destroyed|damaged|blew up|felled) (?:an? |the |two |three )?(?:[\w-]+ )?(?:pylons?|towers?|bridges?|pipelines?)\b|(?<!coal )(?<!gold )(?<!salt )(?<!copper )(?:a|an|the) (?:land ?|anti-personnel |anti-tank |naval )?mine (?:went off|exploded|blew up|detonated)\b|booby-trapped (?:car|motorcycle|motorbike|vehicle|bicycle|cart|truck)s? (?:blew up|exploded|detonated|went off)\b|explosive charges? (?:[\w-]+ ){0,2}?(?:damaged|destroyed|exploded|went off|blew up|wrecked)\b|bombs? (?:fitted|attached|planted|hidden|placed) (?:to|on|in) (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:motorcycle|motorbike|car|vehicle|bicycle|cart|rickshaw)\b[^.;]{0,40}?\b(?:went off|exploded|detonated|blew up)\b|blew up (?:a |the )?(?:section|stretch|part|segment) of (?:the |a )?(?:[\w'’-]+ ){0,4}?(?:pipeline|railway|rail line|railway line|tracks|power line|bridge)\b|stepp(?:ed|ing) on (?:an? |the )?(?:[\w-]+ ){0,2}?(?:bomb|mine|landmine|IED|explosive device|explosive)\b|(?:unexploded|old|abandoned) (?:mortar |artillery )?(?:shell|ordnance|bomb|device|grenade|rocket)s? (?:[\w'’-]+ ){0,5}?(?:went off|exploded)\b|pressure(?:[- ]activated)? (?:bombs?|IEDs?|mines?)\b|set off (?:a |an )?(?:homemade |home-made |improvised |roadside |crude |remote-controlled )?(?:bomb|explosive device|IED)s? (?:as|under|beneath|near|against|when|while)\b|set off (?:a|an) (?:homemade|home-made|improvised|roadside|remote-controlled) (?:bomb|explosive device) (?:in|at|on|along|inside)\b|bl(?:ew|own|owing) up (?:a |the )?(?:(?:section|part|stretch|segment|portion) of (?:a |the )?)?(?:[\w-]+ )?(?:gas |oil |water )?(?:pipelines?|railway (?:line|track)s?|rail (?:line|track)s?|power (?:lines?|pylons?)|electricity pylons?|pylons?|transmission towers?)\b|(?:land)?mines? (?:laid|planted|placed|left) by\b|(?:bombs?|explosive devices?|IEDs?|explosives) (?:planted|placed|hidden|attached|fixed|strapped) (?:under|in|on|beneath|inside|to)\b|(?:set off|detonated|triggered|exploded) (?:by remote(?: control)?|remotely|from a distance)|remotely (?:detonated|triggered)|(?:bombs?|devices?|explosives?) (?:had been |was |were )?(?:hidden|planted|buried|concealed) (?:by|beside|along|under|in|near|on|at) (?:the |a )?(?:[\w-]+ )?(?:road(?:side)?|highway|track|path|bridge|culvert)|sticky bombs?|magnetic bombs?|limpet mines?|(?:rigged|loaded|laden|filled|stuffed|fitted|wired) with explosives|explosives?[- ](?:laden|packed|rigged)|packed with explosives|(?:is|was|were|are) bombed|bomb(?:ed|s)? (?:a|an|the)\b|IEDs?|improvised explosive|land ?mines?|anti-?(?:personnel|tank|vehicle) mines?|(?:stepped|stepping|trod|treading) on (?:a|an) (?:\w+ )?mine|(?:struck|hit|ran over|drove over|rolled over|set off) (?:a|an) (?:\w+ )?(?:land ?)?mine\b|(?:vehicle|car|truck|convoy|bus|patrol|motorcycle|van|jeep|lorry)s? (?:struck|hit|ran over|drove over|rolled over|set off) (?:a|an) (?:[\w-]+ ){0,2}?(?:bomb|explosive device|IED)\b|(?:devices?|explosives?|bombs?) (?:hidden|planted|concealed|placed|left) (?:[\w-]+ ){0,6}?(?:went off|exploded|detonated)|roadside bombs?|(?:roadside |anti-personnel |directional )?claymore(?: mines?| bombs?)?|(?:roadside |anti-tank |anti-personnel )?(?:land ?)?mines? (?:ripped|tore) through\b|car bombs?|bomb blasts?|bombings?|bomb attacks?|explosions?|blasts?(?![- ](?:walls?|proof|resistant|doors?|barriers?|shields?|furnaces?))|explosive devices?|remote[- ]controlled|crude bombs?|cocktails?|petrol bombs?|explod\w+|detonat\w+|bomb (?:went off|exploded)|time bombs?|bombs (?:went off|exploded)|bombs? (?:tore|ripped) through"),
    ("Grenade", r"(?<!stun )(?<!flash )(?<!smoke )(?<!sound )grenades?(?![- ]launchers?\b)|(?:hurl\w*|threw|thrown|throwing|lobb\w+|charged)\s+(?:\w+\s+){0,3}?(?:crude |hand-made |handmade |petrol |cocktail |sound )?(?:bombs?|cocktails?|explosives?|molotov\w*)|(?:bombs?|cocktails?)\s+(?:were |was )?(?:hurled|thrown|lobbed|charged)"),
    ("Chemical weapon", r"(?:bandits|gunmen|attackers|assailants|militants|insurgents)\b[^.;]{0,40}?\bsprayed (?:an? )?(?:unidentified |unknown |toxic |noxious |poisonous )?(?:chemical|substance|gas)\b|(?:barrels?|barrel bombs?|canisters?|cylinders?)\b[^.;]{0,80}?\b(?:released|emitted|gave off) (?:a |an )?(?:[\w-]+ )?(?:yellowish|yellow|greenish|green|toxic|poisonous|choking|chlorine) (?:gas|cloud|smoke)\b|(?:rockets?|shells?|mortars?|bombs?|grenades?|missiles?|projectiles?|drones?) (?:fitted|loaded|armed|packed|rigged) with (?:[\w-]+ )?(?:chlorine|sarin|mustard|toxic|poison(?:ous)?|chemical) (?:gas )?(?:canisters|cylinders|gas|agents?|payloads?)\b|(?:rockets?|shells?|mortars?|bombs?|grenades?|missiles?|projectiles?)\b[^.;]{0,100}?\bthat (?:reportedly |allegedly |apparently )?(?:released|emitted|gave off) (?:a |an )?(?:[\w-]+ )?(?:yellowish|yellow|greenish|green|toxic|poisonous|choking|chlorine) (?:gas|cloud|smoke)\b|(?:fired|firing|used|using|dropped|dropping|launched) (?!tear\b)(?:[\w-]+ )?gas (?:munitions|shells|bombs|rounds|grenades)\b(?! (?:at|on|to disperse) (?:the )?(?:protesters|demonstrators|crowds?|marchers|students))|sprayed (?:an? |the )?(?:[\w-]+ ){0,2}?(?:chemical|toxic|noxious|poisonous|caustic) (?:substance|agent|liquid|gas|spray)\b|released (?:[\w'’-]+ ){0,8}?(?:chemical|caustic|toxic|poisonous) (?:substance|agent|liquid|gas)\b|(?:rockets?|shells?|bombs?|munitions?|projectiles?|missiles?|canisters?) (?:carrying|containing|filled with|loaded with|packed with) (?:what (?:they|medics|residents|witnesses|activists) (?:described|identified) as )?(?:an? )?(?:chlorine(?:-like)?|sarin|mustard gas|toxic gas|poison gas|chemical)(?: (?:agents?|gas|substance))?\b|(?:dropped|released|dispersed|sprayed) (?:[\w-]+ ){0,2}?(?:canisters?|containers?|bombs?|cylinders?) (?:of|containing|filled with) (?:a |an )?(?:[\w-]+ ){0,2}?(?:chemical|toxic|caustic|poisonous) (?:substance|agent|gas|liquid|powder)s?\b|released (?:a |an )?(?:[\w-]+ )?(?:yellowish|yellow|greenish|green|toxic|poisonous|choking) (?:gas|smoke|cloud) from (?:[\w-]+ )?(?:canisters?|cylinders?|containers?|drones?)\b|(?:used|using|uses) (?:an? )?(?:chlorine|sarin|mustard|chloropicrin|phosgene)(?:-based| based)? (?:gas|agent|munitions?)\b|(?:gas|fumes) (?:spread|rose|billowed)\b[^.;]{0,40}?\b(?:after|when) (?:a |an |the )?(?:bombs?|shells?|rockets?|missiles?|barrel bombs?)\b[^.;]{0,30}?\b(?:dropped|fired|exploded|fell|landed)\b(?=[^.;]{0,120}\b(?:vomit\w*|breathing|breathe|suffocat\w*|chok\w*|faint\w*|nausea)\b)|(?:rounds?|shells?|bombs?|munitions?|projectiles?|canisters?|grenades?) (?:[\w'’()-]+ ){0,12}?(?:released|emitted|gave off) (?:a |an )?(?:[\w,'’-]+ )?(?:choking|toxic|poisonous|noxious|suffocating)\b(?: [\w,'’-]+){0,2}? (?:gas|fumes)\b|(?:rounds|shells|bombs|munitions|projectiles|canisters|grenades) (?:[\w'’()-]+ ){0,8}?(?:released|emitted|gave off) (?:a |an )?(?:[\w,'’-]+ ){0,4}?(?:gas|fumes)\b(?=[^.;]{0,120}\b(?:vomit\w*|breathing|breathe|suffocat\w*|chok\w*|faint\w*|nausea)\b)|(?:hurled|threw|thrown|dropped|drop|fired|launched) (?:[\w-]+ ){0,2}?(?:containers?|bottles?|canisters?|jerrycans?) (?:of|filled with|containing) (?:an? )?(?:unidentified |unknown |toxic |noxious |poisonous |[\w-]+-like )?chemicals?(?: (?:substance|agent|liquid)s?)?\b|(?:projectiles|shells|rockets|bombs|munitions|canisters)\b[^.;]{0,80}?\b(?:that |which )?(?:released|releasing|emitted|emitting|gave off|giving off) (?:an? )?(?:(?!tear\b)[\w-]+ ){0,3}?(?:gas|fumes)\b|(?:rounds|shells|munitions|bombs|rockets|barrels?|canisters?) (?:that |which )?(?:released|emitted|gave off|spread) (?:a |an )?(?:[\w-]+ )?(?:yellowish|yellow|greenish|green|toxic|poisonous|choking|chlorine) (?:gas|cloud|smoke)\b|(?:munitions|grenades?|canisters?|shells?|bombs?) (?:containing|filled with|loaded with|laced with|packed with) (?:[\w-]+ ){0,2}?(?:irritants?|chemical agents?|chemical substances?)\b|(?:(?<=barrels )|(?<=barrel )|(?<=canisters )|(?<=cylinders )|(?<=bombs )|(?<=shells )|(?<=bomb )|(?<=shell )|(?<=canister )|(?<=cylinder ))(?:of|containing|filled with|loaded with|packed with|laden with|laced with) (?:chlorine|sarin|mustard gas|toxic gas|poison(?:ous)? gas|nerve agents?)\b|(?:bombs?|shells?|munitions|canisters?|grenades?|rockets?)(?= (?:(?!(?:and|but|while|after)\b)[\w'’-]+ ){0,9}?(?:that |which )?(?:released|emitted|gave off|spread|releasing|emitting|giving off|spreading) (?:an? )?(?!tear\b)(?:(?:[\w,-]+ ){0,4}?(?:gas|fumes)|(?:[\w,-]+ ){0,3}?(?:toxic|poisonous|chemical|choking|yellow\w*|green\w*|foul-smelling|noxious),? (?:[\w-]+ )?(?:smoke|cloud|substance))\b)|chlorine agents?|(?:suffocat\w+|chok\w+) (?:after|when) (?:an? |the )?(?:[\w-]+ )?(?:canisters?|cylinders?|barrels?) (?:was |were )?dropped\b|(?:grenades?|munitions|canisters?|shells?|bombs?) (?:filled|loaded|laced|packed|containing) (?:with )?(?:[\w-]+ ){0,2}?(?:CS|CN|tear|irritant|riot-control|riot control|toxic|poison(?:ous)?) (?:[\w-]+ )?gas\b|(?:dropped|dropping|drops) (?:[\w-]+ ){0,3}?(?:tear|CS|irritant) gas (?:grenades?|munitions|canisters?|shells?) (?:[\w-]+ ){0,3}?from (?:drones?|UAVs?|quadcopters?)\b|(?:canisters?|cylinders?|barrels?) (?:filled|loaded|laden|packed) with (?:a |an )?(?:[\w-]+ )?(?<!tear )gas\b|(?:bombs?|shells?|rockets?|canisters?|barrels?) (?:[\w-]+ ){0,6}?(?:that|which) (?:released|emitted|gave off|spread) (?:[\w-]+ ){0,3}?(?:smoke|fumes)\b(?=[^.;]{0,40}[.;][^.;]{0,160}?\b(?:blister\w*|chok\w+|suffocat\w+|vomit\w*|breathing difficult\w*|difficulty breathing))|(?:canisters?|shells?|munitions|rockets?|bombs?) (?:[\w,'’-]+ ){0,12}?(?:released|releasing|emitted|emitting) (?:a |an )?(?:[\w-]+ ){0,2}?(?<!tear )gas\b(?= smelling| that smelled| with| which| causing| leaving)|(?:symptoms|signs|difficult(?:y|ies)|problems) (?:[\w-]+ ){0,2}?(?:of|matched|matching|consistent with) (?:chlorine|sarin|nerve agent|chemical) (?:exposure|poisoning)|(?:irritant|toxic|poison(?:ous)?|CS|CN) gas\b[^.;]{0,80}?\bdropp(?:ed|ing) (?:them |it )?from (?:UAVs?|drones?|quadcopters?)|(?:munitions|grenades?) (?:[\w-]+ ){0,2}?with (?:irritant|toxic|poison(?:ous)?|CS) gas\b|(?:released|dropped|dropping|releasing) (?:[\w-]+ ){0,2}?(?:canisters?|cylinders?) of (?:a |an )?(?:[\w-]+ ){0,2}?(?<!tear )gas\b|(?:canisters?|shells?|bombs?|barrels?|rockets?|munitions|containers?) (?:[\w-]+ ){0,6}?(?:released|releasing|emitted|emitting|spewed|spewing) (?:a |an )?(?:[\w-]+ ){0,2}?(?<!tear )gas\b|chlorine[- ](?:laden|filled|gas|barrel) (?:[\w-]+ )?(?:munitions|shells|rockets|canisters|bombs?|barrels?)\b|(?:canisters?|barrels?|cylinders?|bombs?|shells?) (?:that |which )?(?:released|emitted|gave off|leaked) (?:a |an )?(?:[\w-]+ ){0,2}?(?:gas|fumes|substance|smoke)\b|chemical (?:weapons?|attacks?|munitions|agents?)|sarin|chlorine(?:[- ]like)? (?:gas|smell|odou?r)|chlorine-(?:based|smelling) (?:gas|agent|substance|chemical)s?|(?:smell|odou?r|stench) of chlorine|smell(?:ing|ed|s)? (?:strongly )?of chlorine|chlorine-filled|chloropicrin|phosgene|novichok|chlorine (?:barrels?|bombs?|attacks?)|toxic (?:chemicals?|substances?|agents?)|(?:gas |chlorine )?cylinders? (?:[\w,-]+ ){0,4}?(?:dropped|released)|dropped (?:a |an |two |several |at least (?:one|two|\d+) )?(?:gas |chlorine |toxic )?cylinders?|mustard (?:gas|agents?)|toxic gas|poison(?:ous)? gas|choking gas|nerve agents?|gas attacks?|"
                        r"(?:filled|laden|loaded) with (?:a |an )?(?:CS gas|chlorine|sarin|(?:a )?toxic (?:gas|chemicals?|substance)|chemicals?)|carrying (?:CS gas|chlorine|sarin|toxic gas|poison(?:ous)? gas)|suffocation symptoms|symptoms of suffocation|contain(?:ing|ed)? (?:an? )?(?:CS gas|chlorine|sarin|toxic gas|poison(?:ous)? gas)(?:[- ]like (?:substance|gas|agent))?|CS gas (?:grenades?|munitions|canisters?)|(?:tear gas|CS gas|riot[- ]control agents?|irritant gas)\b[^.;]{0,40}?\bon (?:[\w-]+ ){0,2}(?:positions|trenches|troops|soldiers|dugouts)\b|riot[- ]control agents?"),
    ("Sexual violence", r"(?:stripped|disrobed) (?:naked )?and paraded\b(?=[^.;]{0,60}?\bby (?:a group of |a gang of )?(?:armed |masked )?(?:men|gunmen|militiamen|soldiers|fighters|police(?:men)?)\b)|forced (?:her|him|them|the women|women|girls|detainees|prisoners) to (?:undress|strip)\b|\bgroped (?:her|him|them|women|girls)\b|violated (?:her|a (?:girl|woman|minor))|rap(?:ed|e|ing)|gang-?raped?|sexual(?:ly)? (?:assault|abuse|violence)\w*|molest\w*"),
    ("Abduction/forced disappearance", r"(?:refused|declined) to (?:tell|say|disclose|reveal) (?:[\w-]+ ){0,2}?where (?:he|she|they) (?:is|are|was|were) (?:being )?(?:held|kept|detained)\b|(?:family|families|relatives|lawyers?|wife|parents)\b[^.;]{0,40}?\b(?:were|was) (?:denied|refused) (?:any )?information (?:on|about|of) (?:his|her|their) whereabouts\b|(?:plain-?clothes(?:d)?|unidentified|masked|hooded) (?:[\w-]+ ){0,2}?(?:operatives|officers|agents|men|persons)\b[^.;]{0,40}?\b(?:picked up|took away|whisked away|bundled)\b|(?:men|persons|people)\b[^.;]{0,20}?\b(?:identifying themselves as|claiming to be|posing as)\b[^.;]{0,40}?\b(?:took away|picked up|whisked away|abducted|led away)\b(?! (?:fish|goods|cattle|money|cash|valuables)\b)|(?:picked up|taken away|whisked away|bundled into a (?:[\w-]+ )?(?:car|van|vehicle))\b[^.;]{0,100}?\bby (?:unidentified |plain-?clothes(?:d)? |armed )?(?:men|people|persons|officers)\b[^.;]{0,30}?\b(?:believed|suspected|thought|said) to (?:be|have been)\b|(?:detained|seized|arrested|picked up|took)\b[^.;]{0,120}?\b(?:(?:have|has|had) )?(?:not|never|refused to) (?:disclosed|revealed|said|told (?:[\w-]+ ){0,2}?) where (?:he|she|they) (?:is|are|was|were) (?:being )?(?:held|kept|detained)\b|(?:gunmen|armed men|masked men|men|assailants|kidnappers|attackers)\b[^.;]{0,30}?\bforced (?:a |an |the |two |three |\d+ )?(?:[\w'’-]+ ){0,6}?into (?:a |an |their |the )?(?:[\w-]+ )?(?:van|car|vehicle|truck|pickup|SUV|minibus|jeep|microbus)\b|(?:has|have|had) been missing since\b(?=[^.;]{0,40}?\b(?:when|after)\s+(?:[\w-]+\s+){0,2}?(?:armed|masked|unidentified|uniformed|unknown)\s+(?:men|gunmen|individuals|people|assailants|agents)\b)|(?:family|relatives|parents|wife|lawyers?)\b[^.;]{0,20}?\b(?:was|were) not (?:told|informed|notified) (?:of )?where (?:he|she|they) (?:was|were) (?:taken|held|being held)\b(?=[^.]{0,160}\bdenied (?:holding|detaining|having (?:him|her|them))\b)|(?:plainclothes|plain-clothes|unidentified|unknown) (?:security )?(?:operatives|agents|men|officers)\b[^.;]{0,120}?\bpicked up\b(?=[\s\S]{0,200}?\bnot been produced\b)|(?:seized|grabbed|snatched) (?:a |an |the )?(?:[\w-]+ ){0,3}?(?:nurse|doctor|health worker|midwife|teacher|worker|trader|farmer|woman|man|girl|boy)s? from (?:a|an|the|his|her|their) (?:[\w-]+ ){0,2}?(?:centre|center|clinic|hospital|health post|school|camp|market|mine|church|mosque)\b|held (?:(?:him|her|them|captive|hostage) )?for (?:a )?ransom\b|refused to confirm where (?:he|she|they) (?:is|are|was|were) (?:being )?(?:held|detained)\b|(?:went|gone|were|was) missing\b[^.]{0,160}?\b(?:had been|were|was|have been) (?:taken|seized|picked up|abducted|kidnapped) by\b|(?:pulled|dragged|taken|forced) (?:off|out of|from) (?:a |an |the |their )?(?:[\w-]+ ){0,2}?(?:bus|buses|vehicles?|cars?|trucks?|vans?|boats?|trains?)\b[^.;]{0,60}?\band (?:were |was )?(?:taken away|driven away|carried off|led away)\b|(?:gunmen|armed men|masked men|unidentified men|unknown men|assailants|kidnappers|abductors|miscreants) (?:[\w-]+ ){0,2}?forced (?:[\w'’-]+ ){1,4}?into (?:a |an |their |the |waiting )?(?:[\w-]+ )?(?:microbus(?:es)?|cars?|vehicles?|vans?|trucks?|jeeps?|SUVs?|pickups?|minibus(?:es)?)\b|\bmen in (?:plain ?clothes|plain-clothes|civilian clothes)\b[^.;]{0,80}?\bpicked up\b(?=[\s\S]{0,200}?\b(?:denied|missing|whereabouts|not been (?:heard|seen|found)|disappear\w*)\b)(?![\s\S]{0,400}?\b(?:shown arrested|confirmed (?:[\w'’-]+ ){0,5}?custody)\b)|(?:unidentified|unknown|masked|plainclothes|plain-clothes) (?:people|men|persons|individuals|assailants|gunmen) (?:[\w-]+ ){0,2}?picked up (?:a |an |the |two |three )?(?:[\w'’-]+ ){0,4}?(?:organi[sz]er|leader|activist|member|student|journalist|official|trader|man|youth)s?\b|seized (?:two|three|four|five|six|\d+|a|an|several) (?:[\w-]+ ){0,2}?(?:nationals|foreigners|expatriates|engineers|tourists|aid workers|missionaries)\b|took (?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|\d+|several) (?:[\w-]+ ){0,3}?(?:residents?|m[ae]n|wom[ae]n|representatives?|activists?|members?|leaders?|journalists?|teachers?|students?|farmers?|officials?|traders?|youths?|villagers)\b[^.;]{0,80}?\bfrom (?:his|her|their|a|an|the|(?-i:[A-Z])[\w'’-]+) (?:[\w'’-]+ ){0,2}?(?:home|house|apartment|flat|shop|office|bar|restaurant|car|vehicle|village)\b(?=[\s\S]{0,260}?\b(?:whereabouts|no (?:information|news|word)|without (?:finding|locating|trace)|drove (?:off|away)|missing|disappear\w*)\b)|(?:took|taken|taking|carried off|carrying off) [^.;]{1,140}?\bfor (?:forced |their |his |her )?recruitment\b|took (?:[\w-]+ ){0,3}?(?:fishermen|sailors|crew members) (?:away )?(?:to|into|across|towards)\b(?! (?:a |the )?(?:hospital|safety|shore|port|clinic))|forced (?:[\w'’-]+ ){1,4}?into (?:a |an |two |three |several |waiting |their )?(?:[\w-]+ )?(?:pickup trucks?|pick-ups?|vehicles?|cars?|vans?|SUVs?|trucks?|microbus(?:es)?)\b(?=[^.]*\.\s+(?:[\w'’-]+ ){0,6}(?:has|have|had) (?:been )?(?:not been |n[o']t been )?(?:heard|seen|found|located)\b|[^.]*\b(?:whereabouts|no news|missing|not been (?:heard|seen)|been heard from)\b)|(?:unidentified|unknown|armed|masked) (?:men|persons|people|gunmen|individuals)\b[^.;]{0,20}?\bpicked up\b(?=.{0,220}?\bransom\b)|took (?:two |three |four |five |several |\d+ )?(?:[\w-]+ ){0,2}?(?:civilians|men|women|villagers|residents|people) from their homes\b(?=[^.]{0,160}\b(?:whereabouts|no word|no news|not been heard|unknown location|have not returned)\b)|(?:gunmen|armed men|assailants|kidnappers|abductors)\b[^.;]{0,100}?\btook away (?:at least |about |some )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a number of|dozens of)? ?(?:[\w-]+ ){0,2}?(?:migrants|passengers|people|men|women|workers|labourers|villagers|travellers|students)\b|picked up (?:[\w'’(),-]+ ){1,20}?and demanded (?:a |BDT |Tk\.? |Taka |Rs\.? )?(?:ransom|money|\d)|(?:rounded up|seized|took) (?:[\w'’(),-]+ ){1,12}?and forced them to (?:carry|porter|walk ahead|act as|serve as|work as)\b|(?:gunmen|armed men|assailants|kidnappers|abductors)\b[^.;]{0,80}?\bdrove (?:him|her|them) away\b|(?:armed commando|commando|gunmen|armed men|kidnappers|abductors) (?:[\w-]+ ){0,2}?took (?:him|her|them) (?:away )?from (?:a|an|the|his|her|their) (?:[\w-]+ )?(?:house|home|residence|car|vehicle|farm|shop|office|bus)\b|(?:family|relatives|parents|wife|lawyers?)\b[^.;]{0,20}?\b(?:have|has|had|were|was) not been (?:told|informed|notified) (?:of )?(?:where (?:he|she|they) (?:is|are|was|were) (?:being )?(?:held|detained)|(?:of )?(?:his|her|their) whereabouts|why (?:he|she|they) (?:was|were|is|are) (?:being )?(?:held|detained) or where)\b|(?:took|taken|seized) (?:[\w'’-]+ ){1,10}?from (?:his|her|their) (?:home|house|residence|hostel|flat|apartment)\b[^.;]{0,60}?\bto an? (?:unknown|undisclosed|secret) (?:location|place|destination)\b|(?:took|taken|seized|picked up) (?:[\w'’:-]+ ){1,10}?from (?:his|her|their|an? (?:relative|friend|cousin|brother|sister|neighbou?r)['’]s) (?:home|house|residence|hostel)\b(?=[^.;]*\.\s+(?:[\w'’-]+ ){0,4}(?:(?:has|have|had) (?:had )?no (?:news|information|word) (?:of|about|on) (?:him|her|them|his|her|their)|(?:has|have|had) been unable to (?:locate|find|trace) (?:him|her|them)|(?:has|have|had) not (?:heard|seen) (?:from |of )?(?:him|her|them)|did not know (?:his|her|their) whereabouts|(?:his|her|their) bod(?:y|ies) (?:was|were) (?:later )?found|(?:had|has|have) not been produced (?:before|in) (?:any |a )?court|(?:remain(?:s|ed)?|(?:is|was|were|are) still) missing|(?:has|have|had) not been able to (?:locate|find|trace) (?:him|her|them)|(?:had|have|has) been given no (?:news|information|word) (?:of|about|on) (?:him|her|them|his|her|their))\b)|(?:BSF|Border Security Force)(?: (?:members|men|personnel|jawans|troops|soldiers))? (?:picked up|took away|whisked away)\b(?! (?:the |his |her |their |a )?(?:dead )?(?:bod(?:y|ies)|corpses?|remains)\b)|(?:took|dragged|led) (?:him|her|them) away\b|took (?:the |two |three |four |five |six |several |\d+ )?(?:[\w-]+ )?(?:drivers|passengers|travell?ers|villagers|workers|men|women) away\b(?! (?:to|for) (?:hospital|treatment|safety|questioning))|(?:put|placed|pulled) (?:a |black )?(?:bag|hood|sack) over (?:the |his |her |their )head (?:of )?(?:[\w'’-]+ ){0,6}?(?:and (?:led|took|dragged|drove|bundled) (?:him|her|them) (?:out|away|off)\b)?|(?:seized|snatched|grabbed) (?:the |its |their )?(?:[\w'’-]+ ){0,2}?(?:parents|father|mother|wife|husband|son|daughter|children|relatives|family members|brother|sister|pilots?|crew|passengers|tourists|foreigners|engineers|aid workers)\b(?!['’]s)|(?:seized|snatched|grabbed) (?:[\w'’-]+ )?(?:mayor|governor|councillor|official|journalist|activist|priest|imam|chief|district commissioner) (?-i:[A-Z])[\w'’-]+|took (?:away )?(?:about |around |some |at least |more than |nearly )?(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+) (?:[\w-]+ )?(?:men|women|people|youths|boys|girls|teenagers|villagers|residents|guests|pupils|passengers|workers|students|children|farmers|traders)(?:, including [^,.;]{1,60},)? (?:away )?from (?:a|an|the|their|his|her)\b|(?:Arakan Army|AA|ARSA|KNF|gunmen|militants|rebels|insurgents|armed men|miscreants|kidnappers|pirates|robbers|terrorists)(?: (?:members|men|fighters|cadres))?\)? (?:allegedly |reportedly )?picked up (?:[\w'’-]+ ){0,3}?(?:fishermen|villagers|woodcutters|farmers|civilians|traders|people|men|youths|labou?rers|workers|tourists|boatmen)\b|(?:unable|not been able|no longer able) to (?:learn|find out|establish|discover|trace) (?:where (?:he|she|they) (?:is|are|was|were) (?:being )?(?:held|detained|kept)|(?:his|her|their) whereabouts)|(?:not|never) (?:acknowledged|admitted) (?:(?:holding|detaining|arresting) (?:him|her|them)|(?:his|her|their) (?:detention|arrest|custody))|seized (?:the |a |an )?(?:[\w-]+ )?(?:mayor|governor|official|journalist|activist|priest|chief|leader|head|commander|councill?or|doctor|teacher|judge|lawmaker|MP)s? of\b|took (?:[\w'’-]+ ){1,4}away with (?:them|him)\b|seized (?:at least |more than |about |some |around )?(?:[\d,]+ |\w+ )?(?:Catholic |Christian |foreign |local |American |French )?(?:nuns|priests|missionaries|monks|clerics|worshippers|passengers|villagers|students|schoolchildren|pupils|civilians|travell?ers|farmers|women|children|motorists|aid workers)\b|seized the (?:[\w-]+ )?(?:father|mother|son|daughter|wife|husband|brother|sister|uncle|relatives?|family) of\b|took (?:him|her|them) (?:away )?from (?:his|her|their) (?:[\w-]+ ){0,2}?(?:homes?|houses?|hostels?|rooms?|offices?|shops?|workplaces?|villages?|dormitor(?:y|ies))\b|(?:was|were) seized (?:at sea |from [\w-]+ )?(?:[\w-]+ ){0,3}?by (?:suspected )?(?:[\w-]+ ){0,3}?(?:gunmen|militants|kidnappers|pirates|armed men|rebels|fighters|men in plain ?clothes|men in plain-clothes)\b|(?:gunmen|armed men|hooded men|masked men|men in civilian clothes|men in balaclavas|unidentified (?:armed )?men|unknown (?:armed )?men)\b[^.;]{0,40}?\btook (?:[\w'’-]+ ){0,5}?from (?:his|her|their|a|an|the) (?:[\w-]+ )?(?:home|house|flat|apartment|residence|office|shop|car|meeting|market|church|mosque|school|bus|vehicle|farm|field)\b|(?:seized|snatched|grabbed|kidnapped|taken away) at gunpoint|(?:was|were) (?:seized|snatched|grabbed|taken(?: away)?) by (?:[\w-]+ ){0,2}?(?:armed men|gunmen|masked men|hooded men|unidentified men|unknown men|men in (?:civilian|plain) clothes|plainclothes (?:men|officers|agents)|armed groups?|cartel (?:members|gunmen)|gang members)\b|(?:seized|snatched|grabbed) (?:a |an |the |two |three )?(?:[\w'’-]+ ){1,5}?at gunpoint|took away (?:around |about |some |nearly |more than |at least |over )?(?:[\w,-]+ ){0,3}?(?:students|pupils|schoolchildren|children|girls|boys|people|villagers|passengers|workers|teachers|worshippers|women|farmers|residents|staff|employees|officials|engineers|drivers)\b|(?:drove|sped) off with (?:him|her|them)\b|(?:armed men|gunmen|masked men|hooded men|unidentified men|unknown men|kidnappers)\b[^.;]{0,80}?\btook away (?:a |an |the |two |three )?(?:[\w-]+ )?(?:man|woman|couple|family|boy|girl|teenager|youth)\b|led (?:[\w-]+ ){0,5}?away at gunpoint|led away (?:[\w-]+ ){0,5}?at gunpoint|(?:demanded|demanding|sought|seeking) (?:a |an )?(?:[\w.,-]+ ){0,5}?ransom\b|bundled (?:[\w'’-]+ ){0,10}?into (?:an? )?(?:unmarked |white |black |waiting |private )?(?:car|vehicle|van|minivan|SUV|jeep|minibus|microbus)\b|(?:was|were|had been|have been|has been) (?:seized|snatched|grabbed|taken) from (?:his|her|their) (?:[\w-]+ )?(?:home|house|compound|farm|car|vehicle|office|shop|bed)\b|(?:seized|snatched|grabbed) (?:a |an |two |three |four |\d+ )?(?:[\w-]+ )?(?:shepherds?|herders?|fishermen|woodcutters?|goatherds?)\b|(?:took|taking) away (?:at least |some |about )?(?:two |three |four |five |six |several |\d+ )?(?:[\w-]+ )?(?:woodcutters|fishermen|farmers|villagers|civilians|herders|shepherds|labourers|traders|boatmen)\b|(?:marched|took|led|herded|forced) (?:[\w-]+ ){0,4}?(?:travell?ers|passengers|villagers|people|hostages|captives|motorists|farmers|students|worshippers|pupils|schoolchildren|children|girls|boys|teachers)(?: [\w-]+){0,6}? (?:into|to) the (?:nearby )?(?:bush|forest|jungle|hills|mountains)\b|(?:seized|grabbed|snatched) (?:a |an |the )?(?:[\w-]+ ){0,5}?(?:from|outside) (?:his|her|their|a|an|the) (?:[\w-]+ )?(?:home|house|school|office|car|shop|farm|vehicle|bed|classroom|workplace|minibus|bus|taxi|church|mosque)\b|forc(?:ed|ing) (?:[\w'’,-]+ ){1,12}?into (?:waiting|unmarked|several|two|three|their) (?:cars|vehicles|vans|trucks|SUVs|pickups)\b|(?:forced|forcing|(?<=men )force) (?:(?:him|her|them) )?into (?:an? )?(?:unmarked |white |black |private |waiting )?(?:car|vehicle|van|SUV|minibus|microbus)\b|seized (?:[\w-]+ ){0,4}?(?:boats|trawlers|vessels|ships|dhows) (?:with|carrying) (?:[\w-]+ ){0,3}?(?:fishermen|crew|crew members|sailors|passengers|people)\b|not been (?:seen or )?heard from since|(?:have|has|had) heard nothing (?:of|from) (?:him|her|them) since\b|(?:took|taken|taking) (?:[\w'’-]+ ){1,8}?from (?:his|her|their|the) (?:[\w'’-]+ ){0,2}?(?:home|house|flat|apartment)\b[^.;]{0,40}?\bwithout (?:saying|telling (?:anyone|them|the family)) where\b|(?:took|taken|carried|marched) (?:away|off) (?:more than |at least |some |about |nearly |over )?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|scores of|hundreds of|several) (?:[\w-]+ ){0,2}?(?:schoolgirls|schoolchildren|students|pupils|children|villagers|passengers|women|girls|boys|people|workers|worshippers|farmers|hostages)\b|abduct(?!ors?\b)\w*|kidnap(?!pers?\b)\w*|hijack\w*(?! (?:the |a |an |its |their |his |her )?(?:[\w-]+ ){0,2}?(?:websites?|accounts?|pages?|servers?|systems?|domains?|networks?|feeds?|broadcasts?|signals?|emails?)\b)|taken hostage|took \w+(?: \w+){0,5} hostage|held (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a|an) (?:[\w-]+ ){0,3}?(?:workers|employees|officials|people|men|women|engineers|tourists|staff|villagers|farmers|police officers|policemen|soldiers) captive\b|took (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of|a|an) (?:[\w-]+ ){0,2}captive\b|held hostage|hostages?|forc(?:ed(?:ly)?|ibly) disappear\w*|(?:seized|snatched|grabbed) (?:a |an |the )?(?:[\w'’-]+ ){0,2}?(?:candidates?|councill?ors?|mayors?|journalists?|reporters?|priests?|pastors?|imams?|teachers?|doctors?|businessm[ae]n|lawyers?|judges?)\b(?! (?:of|from) (?:the )?(?:[\w'’-]+ )?(?:home|house|office|car|school|village|town|community)\b)|picked up by|taken away by|whisked away|(?:seized|grabbed|snatched) (?:\d+ |two |three |four |five |six |seven |eight |nine |ten |several |dozens of |a |an )(?:[\w-]+ ){0,2}?(?:drivers?|people|men|women|passengers?|civilians?|workers?|villagers?|traders?|students?|children|herders?|farmers?|fishermen|tourists?|engineers?|travell?ers|activists?|journalists?|reporters?|bloggers?|lawyers?|police officers?|policem[ae]n|soldiers?|officials?|guards|border guards|security guards|employees|staff members|staffers|technicians|contractors)\b|taken to an (?:unknown|undisclosed|secret) (?:location|destination|place)|(?:took|taking|drove|driven|driving) (?:him|her|them) (?:away )?to an (?:unknown|undisclosed|secret) (?:location|destination|place)|"
                                       r"(?:has|have|had) not been seen since|(?:took|taken|dragged) (?:him|her|them) (?:away )?from (?:his|her|their) (?:home|house)|"
                                       # "gunmen seized at least a dozen people ... from homes", "gunmen stopped a bus and forced 20 migrants off the vehicle"
                                       r"(?:took|led|carried|whisked) away (?:\d+|two|three|four|five|six|several) (?:[\w-]+ )?relatives of\b|"
                                       # "Arakan Army fighters took away a village administrator and his son from their home"
                                       r"(?:fighters|militants|gunmen|rebels|insurgents|guerrillas|armed men|cadres) (?:took|led|dragged) (?:away )?(?!part\b|control\b|over\b|up\b)(?:[\w'’:-]+ ){1,8}?from (?:his|her|their) (?:[\w-]+ )?(?:homes?|houses?)\b|"
                                       r"(?:gunmen|armed men|masked men|kidnappers|abductors)\b[^.;]{0,80}?\b(?:seized|grabbed|snatched) (?:at least |more than |some |about |around )?(?:a dozen|dozens of|several|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:[\w-]+ ){0,3}?(?:people|persons|residents|men|women|villagers|migrants|passengers|travell?ers)\b|"
                                       r"(?:gunmen|armed men|masked men|kidnappers|abductors)\b[^.;]{0,80}?\bforced (?:at least |more than |some |about |around )?(?:a dozen|dozens of|several|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:[\w-]+ ){0,3}?(?:people|persons|residents|men|women|villagers|migrants|passengers|travell?ers) (?:off|out of|from) (?:a |an |the |their )?(?:[\w-]+ )?(?:bus|buses|vehicles?|cars?|trucks?|vans?|boats?|trains?)\b|"
                                       r"(?:was|were|being) (?:taken|dragged|snatched|seized|picked up) from (?:his|her|their|an?) (?:rented |own |family |village |ancestral |student |guest |boarding )?(?:homes?|houses?|hostel|room|office|shop|farm|workplace|car|vehicle)\b[^.;]{0,60}?\bby\b|"
                                       r"(?:took|led|carried|whisked) away (?:\d+ |two |three |four |five |six |seven |eight |nine |ten |several |dozens of |a |an )(?:[\w-]+ ){0,2}?(?:drivers?|people|persons|men|women|passengers?|civilians?|workers?|villagers?|traders?|students?|children|boys|girls|herders?|farmers?|fishermen|tourists?|engineers?|travell?ers|worshippers)\b|"
                                       r"whereabouts (?:still |have |has )?(?:remain|remained|are|is|were|was|been) (?:still )?unknown|"
                                       # "detained a returning refugee ..., and his family has had no word of his whereabouts"
                                       r"(?:has|have|had) (?:had |received )?no (?:word|news|information) (?:of|about|on) (?:his|her|their) whereabouts"),
    ("Arrests", r"captured (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:alleged |suspected )?(?:[\w-]+ )?(?:members|fighters|militants|rebels|guerrillas|insurgents|commanders|leaders) of\b|captured (?:the )?alias ['‘\x22“]?(?-i:[A-Z])[\w'’-]*|bundled (?:[\w,'’-]+ ){1,8}?into (?:police |prison |waiting police )(?:vans?|trucks?|buses|vehicles)\b|took (?:at least |more than |some |about |around )?(?:[\w,'’()-]+ ){1,12}?into (?:police )?custody\b|(?:was|were) (?:later )?shown arrested|picked up (?:at least |more than |some |about |around )?(?:[\w-]+ ){0,4}?(?:activists|leaders|workers|members|supporters|students|organi[sz]ers) from (?:their|his|her) (?:[\w-]+ )?(?:homes?|houses?|residences?)\b|(?:police|policemen|officers|detectives|RAB|DB|CID|Detective Branch|security agents) (?:[\w-]+ ){0,2}?took (?:[\w\'’-]+ ){1,8}?from (?:his|her|their) (?:[\w-]+ ){0,2}?(?:home|house|residence|office|flat)\b|placed (?:[\w-]+ ){0,6}?in (?:police |judicial |preventive |pre-trial )?custody|(?:police|policemen|officers|detectives|RAB|DB|CID|Detective Branch(?: officers)?|security agents|agents|joint forces|troops|soldiers|army|security forces|law enforcers) (?:[\w-]+ ){0,2}?picked up\b(?! (?:the )?(?:bod(?:y|ies)|corpses?|remains|pieces|shells?|casings))|arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|apprehend\w*|nabbed|netted (?:at least |more than |over |some )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens)\b|held in custody|t(?:aken|ook|akes|aking) (?:[\w-]+ ){0,10}?into custody|rounded up|remanded|(?:is|are) (?:now )?being (?:held|detained) by (?:the )?(?:[\w-]+ ){0,2}?(?:security services|intelligence services|state security)\b"),
    ("Disrupted weapons use", r"shot down (?:several |two |three |\d+ |an? )?(?:unidentified )?aerial (?:objects|targets)\b|(?:defused|disarmed|dismantled|neutrali[sz]ed) (?:an? |the |two |three )?unexploded\b|\ban? (?:[\w-]+ )?(?:drone|UAV)\b[^.;]{0,60}?\bwas shot down\b|(?:seized|intercepted|impounded) (?:a |an |two |three )?(?:[\w-]+ )?(?:dhows?|boats?|vessels?|ships?|trucks?|lorr(?:y|ies)|vehicles?)\b[^.;]{0,60}?\b(?:carrying|laden with|loaded with) (?:[\w-]+ ){0,4}?(?:weapons|arms|ammunition|munitions|explosives|missile components|rockets|rifles|firearms|guns)\b|shot down (?:\d+|two|three|four|five|six|several|dozens of) (?:[\w'’-]+ ){0,4}?(?:drones|missiles|UAVs|rockets)\b|(?:found|discovered|seized|located) and (?:dismantled|defused|disabled|neutrali[sz]ed) (?:a |an |the )?(?:[\w-]+ ){0,3}?(?:launch ?pads?|launchers?|launch platforms?|launching pads?)\b|(?:bomb (?:disposal )?squad|bomb disposal (?:team|unit|experts)|EOD (?:team|unit|technicians)|Explosive Ordnance Disposal (?:team|unit|technicians)|sappers|bomb experts)\b[^.;]{0,80}?\b(?:and )?detonated\b|dismantled (?:them|it|the (?:rockets|launchers?|devices?|bombs?|mines?|explosives?)) before (?:they|it) could (?:be fired|be launched|explode|go off|be detonated)\b|detonated (?:it |them )?in a controlled (?:manner|explosion|way)\b|detonated (?:an? |the )?(?:explosive device|bomb|IED|mine|landmine)s? (?:that |which )?(?:they|it|troops|soldiers) (?:had )?(?:found|discovered|located)\b|(?:located|found) and detonated in a controlled (?:manner|way)\b|(?:located|found|discovered|detected) and (?:destroyed|deactivated|defused|dismantled|neutrali[sz]ed) (?:a |an )?(?:[\w-]+ )?(?:minefield|cache|arms cache)\b|(?:uncovered|unearthed|found|located|discovered) and (?:detonated|destroyed|defused|dismantled) (?:several |two |three |four |five |\d+ |a |an )?(?:[\w-]+ )?(?:explosive devices?|IEDs?|bombs?|mines?|roadside bombs?)\b|(?:intercept\w*|(?:bring|brought|shot|shooting) down|downed|jammed)\b[^.;]{0,40}?\bdrones? (?:loaded|laden|packed|rigged|armed|carrying) with (?:[\w-]+ )?explosives?\b|made safe (?:an? |the |two |three )?(?:[\w-]+ ){0,2}?(?:pipe bombs?|bombs?|devices?|IEDs?|explosives?)\b|destroyed (?:an? |the |two |three )?(?:[\w-]+ ){0,2}?(?:explosive devices?|IEDs?|bombs?|mines?|landmines?) (?:found|discovered|planted)\b|intercept(?:ed|ing) (?:a |an |the |two |three )?(?:[\w-]+ ){0,2}?(?:cars?|vehicles?|trucks?|lorr(?:y|ies)|vans?|motorcycles?|(?:mini)?bus(?:es)?|pickups?) (?:packed|loaded|laden|rigged|filled|carrying|fitted) with (?:[\w-]+ ){0,2}?(?:explosives?|bombs?|IEDs?)\b|(?:found|discovered|dismantled|defused|seized)(?: and (?:dismantled|defused|disabled))? (?:a|an|the) (?:[\w-]+ )?(?:launch(?:ing)? (?:platform|pad|ramp)|rocket launcher)s?\b|intercepted (?:over (?:the )?(?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*)? )(?:a|an|two|three|several|\d+) (?:[\w-]+ )?(?:drones?|missiles?|rockets?|UAVs?)\b|(?:seized|confiscated|recovered|found|uncovered|discovered) (?:an? |the )?(?:[\w-]+ )?arsenal\b|(?:shot dead|shot|killed|gunned down|neutrali[sz]ed|intercepted|stopped|overpowered|arrested|caught|detained) (?:an? |the |two |three )?would-be (?:suicide )?(?:bombers?|attackers?)\b|intercept(?:ed|ing) (?:a |an |the |two |three )?(?:[\w-]+ ){0,2}?(?:trucks?|lorr(?:y|ies)|vehicles?|boats?|shipments?|consignments?|cars?|vans?|pick-?ups?) (?:carrying|loaded with|laden with|transporting|containing) (?:[\w,-]+ ){0,4}?(?:rifles|weapons|arms|ammunition|explosives|guns|grenades|AK-47s?)\b|while (?:[\w-]+ ){0,3}?(?:making|assembling|manufacturing|preparing|handling) (?:crude |home-?made )?(?:bombs?|explosives?|IEDs?)\b|while (?:crude |home-?made )?(?:bombs?|explosives?|IEDs?) (?:were|was) being (?:made|assembled|manufactured|prepared)\b|(?:found|seized|dismantled|destroyed|recovered|discovered) (?:and (?:dismantled|destroyed|defused|seized) )?(?:[\w-]+ ){0,3}?(?:rocket|mortar|missile) launchers?\b|(?:shot down|shooting down|intercepted|downed|destroyed) (?:\d+ |\w+ )?(?:of (?:the )?)?(?:\d+ )?(?:[\w-]+ ){0,2}(?:drones?|missiles?|rockets?|UAVs?)|(?:all|every one of the) (?:[\w-]+ ){0,3}(?:drones|missiles|rockets|UAVs) (?:[\w-]+ ){0,9}?were (?:shot down|intercepted|downed)\b|recovered (?:[\w,-]+ ){0,6}?(?:bombs?|arms|firearms|weapons|explosives?|grenades?|guns?|pistols?|rifles?|ammunition|bullets|SMGs?)|(?:bombs?|explosives|grenades|IEDs) and (?:[\w-]+ ){1,3}(?:were|was) (?:also )?(?:recovered|seized|confiscated)\b|dismantled (?:\d+ |two |three |four |five |several |an? )?(?:[\w-]+ )?(?:rockets?|missiles?|rocket launchers?|explosive devices?|IEDs?)\b|intercepted (?:a |an )?(?:[\w-]+ )?(?:vehicle|car|truck|van|pickup|motorcycle) (?:packed|laden|loaded|rigged) with (?:[\w,.-]+ ){0,5}?(?:explosives|bombs|IEDs|detonators)\b|(?:bombs?|arms|firearms|weapons|explosives?|grenades?|ammunition|IEDs?) (?:were |was )?(?:recovered|seized|defused|found|confiscated)|defus\w+|(?:dismantled|neutrali[sz]ed|deactivated) (?:an? |the |two |three |several )?(?:[\w-]+ ){0,2}(?:IEDs?|bombs?|explosive devices?|landmines?|mines)\b|(?:IEDs?|bombs?|explosive devices?|landmines?|mines) (?:were |was )?(?:safely )?(?:dismantled|neutrali[sz]ed|deactivated)\b|bomb disposal|seized (?:[\w-]+ ){0,4}(?:arms|firearms|weapons|explosives?|bombs?|grenades?|ammunition|pistols?|revolvers?|rifles?|shotguns?|guns)|(?:found|discovered|seized|located) (?:a |an )?(?:rocket |missile )?launch(?:ing)? (?:platform|pad|site|ramp)s?|(?:found|discovered|located) (?:\d+ |two |three |four |several )?(?:rockets?|missiles?|mortar (?:rounds|shells)) (?:mounted|primed|rigged|ready|hidden|set up)\b|(?:discovered|found|uncovered|dismantled|raided) (?:a |an )?(?:[\w-]+ ){0,3}?(?:hideout|cache|depot|workshop|bomb-making (?:facility|factory)) (?:containing|with|stocked with)|(?:found|discovered|located|detected) and (?:destroyed|defused|detonated|disposed of|dismantled) (?:[\w-]+ ){0,3}(?:land ?mines?|mines|IEDs?|explosive devices?|bombs?|explosives)|(?:seized|recovered|found|discovered|unearthed|uncovered) (?:a |an |the )?(?:large |huge |big |massive |secret |hidden )?(?:arms |weapons? |ammunition )?(?:cache|caches|stockpile|dump)s? of|(?:seized|recovered|found|discovered|unearthed|uncovered|located) (?:a |an |the )?(?:large |huge |big |massive |secret |hidden )?(?:arms|weapons?|ammunition|explosives) (?:cache|stockpile|dump)s?\b|(?:arms|weapons?|ammunition) (?:cache|caches|dump|dumps) (?:was |were )?(?:seized|found|discovered|recovered|unearthed)|foil(?:ed|ing)|thwart(?:ed|ing)|avert(?:ed|ing)|(?:safely|deliberately) detonat\w+|controlled (?:detonation|explosion)|detonated (?:it|them) safely"),
    ("Looting/property destruction", r"(?:broke|vandali[sz]ed|smashed|damaged|desecrated) (?:the )?(?:[\w-]+ ){0,2}?idols?\b|(?:emptying|emptied|stripp(?:ed|ing)) (?:the )?(?:[\w'’-]+ ){0,3}?(?:grain silos|silos|warehouses?|stores|hospitals?|clinics?|pharmac(?:y|ies))\b|(?:smashed|desecrated|vandali[sz]ed|toppled|damaged|destroyed|knocked over) (?:at least |some |about |more than )?(?:\d+ |dozens of |several |a number of )?(?:[\w-]+ )?(?:headstones|gravestones|tombstones|graves)\b|(?:fighters|rebels|militants|gunmen|pirates|insurgents|militiamen)\b[^.;]{0,40}?\bseized (?:\d+|two|three|four|five|six|several|a|an) (?:[\w-]+ )?(?:boats|vessels|trawlers|ships)\b|(?:drove|led|herded) (?:their )?(?:cattle|cows|herds?|livestock|animals) (?:into|onto|through) (?:[\w-]+ ){0,3}?(?:farms?|fields?|crops?|farmlands?)\b(?=[^.;]{0,80}\b(?:destroy\w*|damag\w*|ruin\w*)\b)|(?:destroyed|burned|burnt|torched|razed|demolished)(?: and (?:burned|burnt|destroyed|torched|demolished))? (?:about |around |some |at least |more than )?(?:\d+ |dozens of |several )?(?:shacks|huts|shanties|tents)\b|made off with (?:about |around |some |more than |at least |over )?(?:[\d,]+ |hundreds of |dozens of )?(?:[\w-]+ )?(?:goats|camels|cattle|cows|sheep|livestock|animals|head of cattle)\b|(?:sprayed|daubed|scrawled) (?:[\w'’-]+ ){0,4}?(?:swastikas?|graffiti|slogans) (?:[\w'’-]+ ){0,3}?on (?:the )?(?:walls? |gates? |doors? |facade )?(?:of )?(?:a |an |the )?(?:[\w'’-]+ ){0,2}?(?:mosques?|churches?|synagogues?|temples?|shrines?|cemeter(?:y|ies)|graves?|offices?|homes?|houses?|monuments?|memorials?|schools?)\b|(?:insurgents|militants|jihadists|fighters|rebels|gunmen)\b[^.;]{0,60}?\b(?:burned|burnt|torched|set fire to) (?:a |an |the )?(?:[\w-]+ )?(?:chapels?|churches|church|mosques?|temples?)(?: and (?:around |about |some |at least )?(?:\d+|dozens of|several)? ?(?:houses|homes|huts))?\b|(?:took over|seized|occupied|took control of|grabbed|captured) (?:a |an |the )?(?:[\w'’-]+ ){0,3}?(?:fish farms?|fisher(?:y|ies)|fish ponds?|ponds?|jalmahals?|water ?bod(?:y|ies)|shrimp (?:farms?|enclosures|ghers?)|ghers?)\b(?=[^.]{0,200}?\b(?:catching|caught|harvest\w*|sold|selling|netting|netted)\b)|(?:carried|carted) away (?:[\w,'’-]+ ){1,4}?worth (?:around |about |some |over |more than |nearly )?(?:BDT|Tk|Rs\.?|INR|PKR|\$|USD)?\s?[\d,.]+\b|\b(?:office|offices|house|houses|home|homes|shop|shops|headquarters)\b(?:(?! by )[^.;]){0,100}?\b(?:was|were|had been) set (?:on fire|ablaze|alight) overnight\b|pillag(?:ed|ing) (?:[\w'’-]+ ){0,3}?(?:shops|stores|homes|houses|markets?|villages?|warehouses?|offices)\b|(?:carried|carted) off (?:[\w,'’-]+ ){1,10}?from (?:their|the|his|her|its) (?:homes?|houses?|shops?|stores?|villages?|offices?)\b|(?:blew up|blown up|blowing up|dynamited) (?:the |a |an |his |her |their )?(?:[\w'’-]+ ){0,3}?(?:house|home|residence)s?\b|(?:burned|burnt) (?:down )?(?:at least |about |some |nearly |more than |over |around )?(?:a |an |the |their |his |her |two |three |four |five |six |seven |eight |nine |ten |several |dozens of |scores of |hundreds of |a dozen |\d+ )?(?:[\w'’-]+ ){0,2}?(?:houses|homes|huts|dwellings|shops|shanties|trucks?|lorr(?:y|ies)|excavators?|bulldozers?|backhoes?|dump trucks?|graders?|cranes?|tractors?|machinery|heavy equipment)\b|(?:removed|took|carted off|stole) (?:[\w'’-]+ ){0,6}?(?:machinery|grain|livestock|cattle|equipment|tractors)\b[^.;]{0,100}?\b(?:loading|loaded) (?:it|them) (?:onto|on|into) (?:trucks|lorries)\b|seized and (?:sold|confiscated|appropriated) (?:the )?(?:[\w-]+ ){0,2}?(?:harvests?|crops?|olives|produce|livestock|propert(?:y|ies)|houses|homes|land)\b|(?:destroyed|burned|burnt|torched|set fire to|toppled|vandali[sz]ed|pulled down) (?:a |an |the |two |three |several |its )?(?:[\w'’-]+ ){0,2}?(?:telecom(?:munications?)? (?:masts?|towers?)|(?:mobile|cell(?:ular)?|phone|telephone|communications?) (?:phone )?(?:masts?|towers?|antennas?))\b|(?:cut down|uprooted|chopped down|felled|set fire to|burned|burnt|torched|destroyed|vandali[sz]ed)(?: and (?:took|carried|hauled) (?:away|off))? (?:about |around |some |more than |at least |dozens of |hundreds of |scores of |\d+ )?(?:[\w-]+ )?(?:olive (?:trees|saplings|groves)|orchards|fruit trees|date palms)\b|(?:houses|homes|huts|dwellings|buildings|shops) (?:were |had been |have been )?(?:burned|burnt|torched|set ablaze|set on fire) (?:down )?by (?:[\w-]+ ){0,3}?(?:troops|soldiers|forces|militants|fighters|rebels|militiamen|gunmen|insurgents|militia)\b|(?:knocked over|toppled|daubed (?:[\w-]+ ){0,3}?on) (?:[\w-]+ ){0,3}?(?:graves|headstones|gravestones|tombstones)\b|desecrat(?:ed|ing) (?:[\w-]+ ){0,3}?(?:graves|tombs|cemetery|cemeteries|mosques?|church(?:es)?|temples?|synagogues?|shrines?|monuments?)\b|(?:smash(?:ed|ing)|wreck(?:ed|ing)) (?:the |its |their )?(?:[\w-]+ ){0,2}(?:windows?|window panes|furniture|doors?|computers?|equipment|glass (?:doors?|front|facade))\b|" + _MONUMENT_SMASHED + r"|(?:removed|took|carted off|stole|looted|plundered|seized) (?:[\w,-]+ ){0,4}?(?:artworks|artefacts|artifacts|exhibits|paintings|treasures|collections?) from (?:the )?(?:[\w'’-]+ ){0,4}?(?:museum|gallery|library|archive)s?\b|broke into (?:[\w-]+ ){0,4}?(?:shops|stores|warehouses?|pharmac(?:y|ies)|houses|homes|granar(?:y|ies)|depots?|offices|health (?:cent(?:re|er)s?|posts?)|clinics?)\b[^.;]{0,100}?\b(?:loaded|carried|took|made off|stole|stealing|taking|emptied|destroying|smashing|wrecking|ransacking)\b|(?:idols?|statues?|murtis?|deities|images of (?:the )?(?:goddess|god|deity))\b[^.;]{0,80}?\b(?:were|was) (?:found )?(?:broken|smashed|vandali[sz]ed|desecrated|damaged|beheaded)\b|loot\w*|rustl(?:ed|ing) (?:[\w-]+ ){0,4}?(?:cattle|cows|goats|sheep|camels|livestock|herds?)\b|(?:cattle|cows|goats|sheep|camels|livestock) (?:were |was |had been )?rustled\b|burn(?:ed|t) (?:down )?(?:about |some |around |at least |more than |over )?(?:\d+ |dozens of |hundreds of |several |scores of )(?:[\w-]+ )?(?:houses|homes|huts|shops|dwellings)|(?:took|taking|carried|carrying|carted|carting|drove|driven) (?:away|off) (?:[\w-]+ ){0,4}?(?:fish|cattle|cows|goats|camels|sheep|crops|paddy|rice|goods|livestock|valuables|medicines?|supplies|equipment|food|fuel|grain|sorghum|maize|wheat|flour|aid|furniture|electronics|belongings|appliances|computers|jewell?ery)\b|(?:seized|took over|grabbed|occupied|took control of|seized control of)(?: and (?:drained|fenced|netted|padlocked))? (?:a |an |the |their |his |her )?(?:[\w-]+ ){0,2}(?:fish |shrimp |prawn )?(?:enclosures?|ponds?|gher|farmland|shops?|ghats?)\b|emptied (?:the |its |their )?(?:[\w-]+ ){0,2}?(?:safes?|vaults?|warehouses?|stores?|coffers|depots?|granar(?:y|ies))|(?:had been|were|was) emptied of|uprooted (?:and (?:cut|chopped) down )?(?:[\w-]+ ){0,3}(?:trees|crops|orchards?|saplings|seedlings|vines|plants)|burn(?:ed|t) (?:down )?(?:a |an |the |their |its |his |her |several |two |three )?(?:[\w'’-]+ ){0,2}?(?:houses?|homes?|shops?|buildings?|church(?:es)?|mosques?|temples?|schools?|clinics?|outposts?|police (?:posts?|stations?|divisions?)|offices?)\b|(?:broke|smashed|desecrated) (?:the )?(?:\w+ ){0,4}(?:idols?|statues?|images?|deit(?:y|ies))|(?:broke|smashed|damaged|vandali[sz]ed|chopped off) (?:the )?(?:heads?|hands?|arms?|limbs?|faces?|noses?)(?: and (?:heads?|hands?|arms?|limbs?|faces?|noses?))? of (?:[\w-]+ ){0,4}?(?:idols?|statues?|deit(?:y|ies)|murtis?)\b|(?:seized|took|carried off|made off with) (?:\w+ ){0,2}(?:furniture|documents|equipment|computers|property|belongings|valuables|cash)|vandali[sz]\w*|ransack\w*|torch(?!light|bearer|[- ]bearing|[- ]lit\b|es\b|(?:es)? (?:rall|procession|march|parade|vigil))\w*|set(?:ting)? (?!to fire\b)(?:[\w'’-]+ ){0,6}(?:on )?(?:fire|afire|ablaze)|set ablaze|arson|burnt down|burned down|demolish\w*|bulldoz(?:ed|ing) (?:the |their |his |her |a |an |several |\d+ )?(?:[\w'’-]+ ){0,3}?(?:houses?|homes?|shops?|buildings?|properties|structures|residences?)\b|(?:tore|tear|tearing|pulled|pulling) down (?:the |its |their |his |her |a |an |much of the |part of the |parts of the )?(?:[\w'’-]+ ){0,2}(?:gates?|houses?|homes?|buildings?|walls?|offices?|shops?|statues?|murals?|structures?|residences?|sculptures?|monuments?|portraits?|posters?|signboards?|billboards?|festoons?)\b|destroy(?:ed|ing)? (?:the |an? )?(?-i:[A-Z][\w-]*): (?:[\w'’-]+ ){1,6}?(?:houses?|homes?|shops?|offices?|buildings?|headquarters|premises)\b|destroy(?:ed|ing)? (?:\w+ ){0,3}(?:houses?|homes?|shops?|vehicles?|property|offices?|buildings?|idols?|temples?|crops|plantations?|orchards?|granar(?:y|ies)|roofs?)|robb(?:ed|ery|ing)|plunder\w*|gutted|damag\w+ (?:\w+ ){0,3}(?:houses?|homes?|shops?|vehicles?|property|offices?|idols?|temples?|roofs?)|(?:herders|gunmen|militants|fighters|rebels|militiamen|militias?|attackers|assailants|soldiers|troops|raiders|bandits|settlers|mobs?|youths)\b[^.;]{0,40}?\b(?:destroy(?:ed|ing)|burn(?:ed|t|ing)|torch(?:ed|ing)|uproot(?:ed|ing)|raz(?:ed|ing)|trampl(?:ed|ing)|set fire to) (?:[\w-]+ ){0,2}" + CROP_STORES + r"\b"),
    ("Change to group/activity", r"(?:would|will|to) suspend (?:all )?(?:its |their )?(?:air |military |combat |aerial )operations\b|announced (?:the )?suspension of (?:the |their |all )?(?:[\w-]+ (?:and )?){0,4}?(?:marches|protests|demonstrations|rallies|sit-ins)\b|(?:peacekeepers|peacekeeping (?:contingent|force|mission|troops))\b[^.;]{0,80}?\b(?:began|started|completed|begun) (?:withdrawing|its withdrawal|their withdrawal|to withdraw|pulling out)\b|(?:members|fighters|militants|cadres|rebels|combatants|insurgents)\b[^.;]{0,60}?\b(?:publicly |formally |collectively )?renounced (?:violence|armed struggle|the armed struggle|terrorism|extremism)\b|"
                                 r"announced the formation of (?:a |an )?(?:new )?(?:[\w-]+ )?(?:unit|brigade|battalion|wing|force)\b|announced (?:a |an )?(?:general |partial |full )?mobili[sz]ation\b|formed (?:an? )?armed (?:self-defen[cs]e )?(?:wing|unit|group|force)\b|(?:announced|said|agreed|decided) (?:on \w+ |in (?-i:[A-Z])[\w'’-]+ )?(?:that )?(?:it|they) (?:would lay|was laying|were laying|had laid) down (?:its|their) (?:arms|weapons)\b|(?:sit-at-home|armed strike)(?: order| directive)?s? (?:had been|has been|was|were|is) (?:suspended|called off)\b|(?:was |is |were |are )?(?:pulling|pulled|withdrawing|withdrew|walking|walked) out of (?:its|their|the) (?:unilateral |bilateral |year-long |months-long )?(?:ceasefire|cease-fire|truce)\b|order(?:ed|s|ing)? the closure of (?:all )?(?-i:[A-Z])[\w'’-]*(?: [\w'’-]+){0,3} (?:offices|headquarters|bases)\b|peacekeep(?:ing|ers?) (?:[\w-]+ ){0,2}?(?:contingent|force|mission|troops)?\b[^.;]{0,30}?\b(?:began|begun|started|completed|finished) (?:withdrawing|(?:its|their|the) (?:withdrawal|pull-?out))\b(?![^.;]{0,160}\bhand(?:ed|ing|s)?\b)|(?:formally )?integrated into (?:the )?(?:[\w-]+ ){0,3}?(?:army|armed forces|military|police)\b|(?:fighters|combatants|militiamen|troops|members)\b[^.;]{0,60}?\b(?:were |was |had been |have been )?(?:formally |officially )?(?:integrated|absorbed|incorporated) into (?:the )?(?-i:[A-Z]{3,7})\b|(?:new )?armed group calling itself (?:the )?(?:[\w'’-]+ ){1,10}?(?:presented itself|appeared|emerged)\b|(?:would|will) (?:henceforth |now |from now on )?operate under (?:a |the )?(?:new )?(?:joint )?(?:umbrella|banner|command|name)\b|(?:announced|completed|began) (?:the )?reorgani[sz]ation of (?:its|their) (?:[\w-]+ )?(?:battalions|brigades|units|forces|fighters|columns)\b|dissolved its (?:separate |own )?command\b|(?:withdrew|pulled out) (?:most of |all of |some of )?(?:its|their) (?:personnel|forces|troops|fighters|units|contingent|mercenaries) from (?:its|their|the) (?:[\w-]+ )?(?:base|bases|camp|positions?)\b[^.;]{0,80}?\bredeploy\w*|(?:breaking|broken|broke) (?:away )?with (?:the )?(?:group['’]s |gang['’]s |cartel['’]s |movement['’]s |its |their )?(?:central )?(?:leadership|commanders|command)\b|(?:declared|announced|ordered|observe|observing|called) (?:[\w'’-]+ ){0,6}?(?:a |an |its |their )?unilateral (?:[\w-]+ )?(?:ceasefire|cease-fire|truce)\b|suspend(?:ed|ing|s)? (?:all |its |their )?(?:offensive (?:military )?operations|['‘\x22“]?(?:armed|resistance|sabotage) (?:actions|campaign|struggle))\b|announced the (?:launch|start|beginning) of (?:its |their |a |an )?(?:annual |new )?(?:spring |summer |winter )?offensive\b|(?:group|brigade|battalion|militia|formation|movement|faction) calling itself (?:the )?(?:[\w'’-]+ ){1,8}?announced its (?:formation|establishment|creation|founding)\b|(?:had |has )?absorbed (?:a |an |the )?(?:smaller |rival |small )?(?:[\w'’-]+ ){0,4}?(?:group|faction|militia|battalion|unit|brigade)\b|(?:announced|said|declared|stated) (?:[\w'’,()-]+ ){0,10}?(?:that )?(?:they|it) would (?:henceforth |now |from now on )?(?:operate|fight|act|work) (?:jointly|together|as one) under (?:the )?(?:banner|name|flag) of\b|(?:announced|said|declared|stated) (?:[\w'’,()-]+ ){0,8}?(?:that )?(?:it|they) (?:was|were|is|are|would be) (?:separating|splitting|breaking away|withdrawing) from (?:the )?(?-i:[A-Z])[\w'’-]*|(?:announc\w+|declar\w+) (?:[\w'’-]+ ){0,3}?(?:the )?(?:formation|creation|establishment|founding) of (?:a |an )?new (?:armed )?(?:[\w-]+ ){0,3}?(?:group|militia|coordination|alliance|coalition|force|movement|front|battalion|brigade)\b|armed (?:formation|group|battalion|militia|brigade)\b[^.;]{0,60}?\bannounced its (?:establishment|formation|creation|founding)\b|(?:was |were |is |are )?leaving the (?:[\w'’-]+ ){0,3}?(?:federation|coalition|alliance)\b(?= and join)|(?:dissolved|disbanded) and joined (?:its|their|the group's) ranks\b|united (?:under|into) (?:a |one )?(?:single|new|unified|joint|common) (?:[\w-]+ )?(?:body|command|umbrella|organi[sz]ation|force|front|structure|leadership)\b|(?:formed|created|set up|launched|established|(?:creation|formation) of) (?:a |an )?(?:new|separate) (?:[\w-]+ ){0,2}?(?:armed wing|armed unit|armed outfit|outfit|wing|battalion|brigade|faction|militia)\b(?! (?:headquarters|base|camp|post|office|training))|(?:(?:would|will|to) )?(?:abandon(?:ed|ing)?|end(?:ed|ing)?|drop(?:ped|ping)?) (?:its|their) neutrality\b|(?:announced|said)(?: [\w-]+){0,3}? (?:that )?(?:it|they) (?:had )?elected a new (?:chairman|leader|commander|chief|head)\b|would resume (?:its |the |their )?armed struggle\b|(?:pulling|withdrawing|pulled|withdrew) (?:its|their) (?:fighters|troops|units|forces) (?:out of|from) (?:the )?(?:[\w-]+ ){0,2}?front\b|(?:announced|declared) (?:a |an )?(?:[\w-]+ )?(?:unilateral )?(?:[\w-]+ )?(?:halt|suspension|pause) (?:to|of|in) (?:its |all )?['‘\x22“]?(?:offensive )?(?:operations|attacks|hostilities|armed actions)\b|(?:would|will) suspend (?:its |all )?(?:offensive|armed|military) (?:actions|operations|attacks)\b|(?:announced|said)(?: [\w-]+){0,4}? (?:that )?(?:it|they) (?:was |were |had |would be )?(?:breaking|broken|broke|splitting|split) (?:away )?(?:with|from) (?:the |its |their )?(?:group's |movement's |organi[sz]ation's )?(?:leadership|command|central command)\b|(?:announced|said) (?:on \w+ )?(?:that )?(?:it|they) (?:had )?replaced (?:its|their) (?:leader|commander|chief|head)\b|(?:being |been |was |were )?(?:expanded|upgraded|reorgani[sz]ed|restructured|transformed) into (?:a |an )?(?:new )?(?:[\w-]+ )?(?:corps|division|brigade|regiment)\b|(?:accepted|took up) (?:the )?(?:[\w'’-]+ ){0,2}?(?:peace offer|amnesty offer|offer of amnesty)\b|(?:two|three|four|five|\d+|several) new (?:[\w-]+ ){0,2}?(?:battalions|brigades|units|regiments|companies) (?:had been|have been|were) (?:formed|created|established|raised)\b|(?:announced|said) (?:that )?(?:it|they) (?:had )?(?:formed|created|established|set up) (?:a |an )?new (?:[\w-]+ ){0,2}?(?:battalion|brigade|unit|wing|faction|company|regiment|front)\b(?! (?:headquarters|base|camp|post|outpost)\b)|(?:fighters|commanders?|members|troops|soldiers|officers|men)\b[^.;]{0,40}?\b(?:were |was |had |have )?defect(?:ing|ed) to\b|(?:had |have )?defected and joined\b|(?:would|will) (?:henceforth |now |from now on )?(?:call|name) itself\b|(?:renamed|rebranded) itself\b|changed its name to\b|announced the (?:creation|formation|establishment) of (?:a |an |its )?(?:new |separate )?['‘]?(?:wilayat|wilaya|province|wing|units?|brigades?|battalions?|fronts?|command|chapters?|factions?)\b|restructured (?:its|their) (?:[\w-]+ )?(?:command|units|leadership|forces|structure|wing)\b|would merge (?:their|its) (?:fighters|forces|units|groups|militias)\b|announced (?:[\w'’-]+ ){0,5}?(?:that )?it was (?:leaving|quitting|breaking away from|splitting from) (?:the )?(?:[\w'’-]+ ){0,3}?(?:bloc|group|coalition|alliance|movement|front|organi[sz]ation)\b|announced (?:[\w'’()-]+ ){0,5}?a blockade (?:of|on) (?-i:[A-Z])[\w'’-]*|(?:had |has )?(?:formally |officially )?joined the (?:[\w'’-]+ ){0,3}?(?:coalition|alliance)\b|(?:was|were|is|are) (?:formally |officially )?joining the (?:[\w'’-]+ ){0,3}?(?:coalition|alliance)\b|(?:had |has )?rejoined (?:the )?(?-i:[A-Z])[\w'’-]*|(?:announced|announcing|declared|declaring|said|saying)\b[^.;]{0,60}?\b(?:it was |they were |it would be |it is )?(?:halting|suspending|ending|stopping|ceasing|freezing) (?:(?:its|their|all) )?(?:[\w\x22“”'’-]+ (?:and )?){0,3}?[\x22“'‘]?(?:operations|attacks|strikes|activities|orders?|patrols|truce|ceasefire|participation in (?:the )?(?:[\w'’-]+ ){0,3}?(?:offensive|operations?|campaign|fighting|war|coalition))\b|announced (?:his|her|their|its) defection (?:from (?:[\w'’()-]+ ){1,8}?)?to\b|(?:announced|declared|said|ordered)\b[^.;]{0,100}?\b(?:would|will|to) (?:halt|suspend|cease|freeze) (?:all )?(?:its |their )?(?:[\w-]+ ){0,2}?(?:armed actions|military actions|offensive operations|military operations|armed operations|attacks|hostilities)\b|(?:being |been |was |were |is )?restructured into\b|(?:had )?(?:dissolved|disbanded) (?:two |three |four |several |its |their )?(?:affiliated )?(?:brigades|battalions|factions|wings)\b|(?:turn|transform|convert)(?:ed|ing|s)? itself into a (?:legal |legitimate )?political party\b|(?:abandon(?:ed|ing)?|end(?:ed|ing)?|gave up|giving up|renounc(?:ed|ing)) (?:its|their) (?:armed )?(?:campaign|struggle|fight|demand|call) for (?:the )?(?:secession|independence|self-determination|a separate state)\b|(?:ending|ended|breaking|broke|broken|severing|severed|quitting) (?:its|their) (?:alliance|partnership|ties) with\b|(?:would|will|to) (?:register|re-register) (?:itself )?as (?:a |an )?(?:legal |legitimate |registered )?political party\b|(?:abandon(?:ed|ing)|end(?:ed|ing)|dropp(?:ed|ing)|gave up|giving up|renounc(?:ed|ing)) (?:its|their) neutrality\b|(?:announced|declared|said) (?:on \w+ )?(?:that )?(?:it|they) (?:was|were|is|are|would be|had been|had) (?:reorgani[sz]\w*|restructur\w*) (?:its|their) (?:battalions|brigades|units|fighters|forces|armed wing|command structure|commands?)\b|(?:faction|militia|rebel group|armed group|rebels|insurgents|armed movement)\b[^.;]{0,80}?\b(?:announced|named|appointed|unveiled) (?:[^.;]{0,40}? )?(?:the )?appointment of (?:a |its )?new (?:overall |supreme |top |military )?(?:commander|leader|chief|emir|amir)\b|(?:named|appointed|chose) (?:a |its )?new (?:emir|amir)\b|(?:announced|said) (?:[\w'’-]+ ){0,5}?(?:that )?(?:it|they) had (?:appointed|named|chosen) (?:a |its )?new (?:chief |overall |supreme |top |military )?(?:commander|leader|chief|emir|amir)\b|announced the appointment of (?:a |its )?new (?:[\w-]+ )?(?:commander|leader|chief|emir|amir) (?:for|of) its\b|(?:formed|created|established|set up|announced) (?:a |an )?(?:new )?(?:joint|unified|single|common) (?:military )?['‘\x22“]?(?:command|operations room)(?: council)?\b|announced the (?:formation|creation|establishment) of (?:a |an )?(?:new )?(?:joint|unified|single|common) (?:military )?(?:command|operations room)\b|(?:gunmen|fighters|militants|rebels|insurgents|armed men|masked men)\b[^.;]{0,120}?\bannounced the (?:formation|creation|establishment|founding) of (?:a |an |the )?(?:new )?(?:armed )?['‘\x22“]?(?-i:[A-Z])[\w'’-]*|sent (?:a |an )?(?:[\w-]+ )?(?:columns?|convoys?) of (?:[\w-]+ )?(?:reinforcements|troops|soldiers)\b|sent (?:several hundred|hundreds of|thousands of|[\d,]+|more|additional|extra) (?:more )?(?:[\w-]+ )?(?:fighters|troops|soldiers)\b[^.;]{0,80}?\bto (?:the )?(?:[\w'’-]+ ){0,3}?(?:province|region|border|frontier|front|front ?lines?|district)\b(?![^.;]{0,60}\b(?:relief|rescue|flood\w*|earthquake|quake|disaster|evacuat\w*|peacekeeping)\b)(?=[^.;]{0,120}\b(?:attacks?|offensives?|fighting|militants|insurgents|jihadists|rebels|clashes|battles?)\b)|(?:breaking|broke|broken|split(?:ting)?) (?:away )?(?:with|from) (?:the |its |their )?(?:[\w'’-]+ ){0,3}?(?:organi[sz]ation|group|movement|gang|cartel|faction)\b[^.;]{0,30}?\band (?:joining|joined|would join|to join) (?:the )?(?:rival )?(?-i:[A-Z])[\w'’-]*|(?:JNIM|militants|jihadists|insurgents|fighters|rebels|armed groups?|Al[- ]Shabaab|gunmen)\b[^.;]{0,100}?\b(?:announced|declared|ordered)\b[^.;]{0,160}?\b(?:traffic|movements?|travel)\b[^.;]{0,60}?\b(?:was|were|is|are|would be) (?:prohibited|banned|forbidden)\b(?:[^.;]{0,60}?\b(?:imposing|enforcing) (?:a |an )?blockade\b)?|(?:announced|declared|proclaimed) (?:in [^.;]{1,80}? )?(?:a |an )?(?:[\w-]+ ){0,2}?unilateral (?:[\w-]+ )?(?:ceasefire|truce)\b|(?:would|will|to|agreed to|decided to|announced (?:that )?(?:it|they) would) merge with (?:[\w'’-]+ ){0,4}?(?:factions?|groups?|movements?|militias?|organi[sz]ations?|parties)\b|(?:would|will|agreed to|decided to) merge with (?:the )?(?-i:[A-Z])[\w-]+(?: (?-i:[A-Z])[\w-]+)*|(?:held|hosted|organi[sz]ed|staged) (?:a |an )?graduation (?:ceremony|parade) for (?:[\w-]+ ){0,4}?(?:recruits|fighters|militiamen|combatants)\b|(?:would|will|agreed to|decided to) join forces\b|(?:would|will|to|agreed to|decided to) merge under (?:a |one )?(?:single|unified|joint|common) (?:[\w-]+ )?command\b|(?:would|will) be merged into (?:a |one )?(?:new|single|unified|joint) (?:[\w-]+ )?(?:division|brigade|command|force|group|unit|front)\b|(?:would|will|to|agreed to|decided to) merge into (?:a |one )?(?:single|unified|new|joint) (?:[\w-]+ )?(?:group|movement|faction|coalition|alliance|organi[sz]ation|force|front|command)\b|(?:would|will|to|agreed to|decided to) merge into the (?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*)* (?:Regiment|Brigade|Battalion|Legion|Corps|Division|Front|Army)\b|(?:would be|will be|were|was|to be|had been|have been) integrated into the (?:[\w-]+ ){0,3}(?:army|armed forces|military|police|security forces)\b|(?:would|will) (?:henceforth |from now on |now )?be (?:known|called) as (?-i:[A-Z])[\w'’-]*|(?:would|will) (?:stop|cease) (?:operating|to operate) under (?:that|its|the) name|(?:announc\w+|declar\w+) (?:on \w+ |(?:at|in|during) (?:[\w(),'’-]+ ){1,8}?)?(?:their|its|a) merger\b|(?:announc\w+|declar\w+|said) (?:on \w+ )?(?:that )?(?:it|they) (?:was|were|is|are|would be) (?:leaving|withdrawing from|pulling out of) (?-i:[A-Z])\w+|(?:announc\w+|declar\w+)\b[^.;]{0,80}?\bthat the (?:group|movement|faction|militia|organi[sz]ation) (?:was|were|is|would be) (?:leaving|withdrawing from|pulling out of|quitting) (?:the )?(?-i:[A-Z])[\w-]+|(?:announc\w+|declar\w+|said)\b[^.;]{0,80}?\bthat (?:it|they|the (?:group|movement|faction|militia|organi[sz]ation)) had (?:left|quit|withdrawn from|pulled out of|broken away from|split from) (?:the )?(?-i:[A-Z])[\w-]+(?!(?: (?-i:[A-Z])[\w-]+)* (?:town|city|region|area|province|district|country|camp|base|valley|state)\b)|(?:announc\w+|declar\w+) (?:the |its |their )?(?:group's |movement's |cartel's |faction's )?(?:new )?alliance with (?:the )?(?-i:[A-Z])[\w-]+|(?:announc\w+|declar\w+|said) (?:on \w+ )?(?:that )?(?:it|they) (?:was|were|would be|had) (?:disbanding|demobili[sz]ing|disbanded)\b|(?:taking|take|took|taken) up arms again|(?:return|returned|returning) to arms\b|(?:announc\w+|declar\w+) (?:[\w'’-]+ ){0,3}?(?:return to (?:the )?armed struggle|resumption of (?:the )?armed struggle)|new phase of (?:the )?armed struggle|took up arms again|(?:would|will) take up arms again|(?:suspension|halt|cessation) of (?:all |its |their )?(?:military |armed )?(?:and security )?(?:operations|attacks|activities) against|banned (?:[\w'’()-]+ ){1,5}?under (?:the )?(?:[\w-]+ ){0,3}(?:Act|law|ordinance|decree)\b|(?:to|would) ban (?:all )?(?:the )?(?:political )?activities of|dissolv(?:ed|ing) (?:all )?(?:the )?(?:political )?(?:parties|organi[sz]ations of a political character)\b|(?:was|were|has been|have been|had been) (?:formally |officially )?(?:banned|outlawed|proscribed) (?:by (?:an? |the )?(?:interim |military |federal |new )?(?:executive order|government|gazette|notification|decree|home ministry|interior ministry)|under)\b|(?:a |the )?ban on (?:all )?(?:the )?(?:political |online )?activities of\b|impos(?:ed|es|ing) (?:a |the )?Section 144|impos(?:ed|es|ing) (?:a |the )?prohibitory orders?\b(?=[^.;]{0,80}?\bbanning (?:all )?(?:gatherings|assemblies|rallies|protests|demonstrations))|Section 144 (?:was |had been |has been )?imposed|"
                                 r"(?:(?:re)?impos(?:ed|es|ing)|declared|announced|clamped) (?:a |an |the )?(?:[\w-]+ ){0,2}curfew|curfew (?:was |had been |has been )?(?:(?:re)?imposed|declared|clamped)|"
                                 r"dissolv(?:ed|es|ing) (?:its |their |the )(?:[\w-]+ ){0,4}(?:committees?|units?|branch(?:es)?|wings?)\b|(?:ending|end|ended) (?!without\b|with no\b)(?:the |its |their )?(?:[\w-]+ ){0,2}(?:ceasefire|truce)|(?:formally |officially )?(?:ended|concluded|wound up|terminated) (?:its|their) (?:[\w-]+ ){0,2}?(?:deployment|mission)\b|(?:agreed|decided|voted) to (?:unite|merge|unify) under (?:a |one )?(?:single |unified |joint )?(?:command|leadership|banner)\b|(?:would|will) (?:henceforth |now |from now on )?operate under the (?:banner|flag|umbrella) of\b|(?:would|will) (?:henceforth |now |from now on )?operate (?:as (?:an? )?(?:[\w-]+ ){0,2}?(?:group|faction|unit|force) )?under a new name\b|(?:it|they) (?:was|were|is|are|would be) (?:leaving|quitting) the (?-i:[A-Z])[\w'’:-]*\b|(?:was |were |is |are )?(?:breaking|broke|break) with (?:the )?(?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*){0,3}(?= and\b| to\b|[,.;])|(?:announced|declared|proclaimed) the end of (?:its |their |the )(?:[\w-]+ ){0,2}(?:ceasefire|truce)\b|(?:were|are|was|is) merging|merg(?:ed|ing|e) (?:into|under|with)|(?:formed|forming|launched|created|announced (?:in (?:a |an |the )?(?:[\w-]+ ){0,3})?the (?:creation|formation) of) (?:a |an |the )?(?:new )?(?:[\w-]+ ){0,3}(?:coalition|alliance)|(?<!newly )(?:formed|forming|launched|created|set up) (?:a |an )?(?:new )?(?:[\w-]+ ){0,2}?(?:vigilante (?:group|force|outfit)|self-defen[cs]e (?:group|force|militia|unit)|(?:community |local )?militia)\b|(?:announced|declared)(?: on [^.;,]{1,25}?)? the (?:creation|formation|establishment|founding|launch) of (?:a |an |the )?(?:new )?(?:[\w'’-]+ |\d[\d,]*-strong (?=vigilante|militia|self-defen[cs]e)){0,4}(?:forces?|militias?|army|front|brigades?|self-defen[cs]e groups?|defen[cs]e groups?|armed groups?|armed wing|armed movements?|rebel (?:movements?|groups?))\b|(?:call(?:ed|ing) off|ended|scrapped|abandoned|withdrew from) (?!without\b|with no\b)(?:its |their |the )?(?:[\w-]+ ){0,2}(?:ceasefire|truce)|(?:broke|broken|breaking) away\b|(?:named|appointed|announced) (?:a |its )?new (?:governor|wali|emir|amir|leader|commander|chief|spokesman) (?:to lead|of|for)\b|(?:named|appointed|chose|elected) (?:a |its )?new (?:deputy|acting) (?:leader|commander|chief|emir|amir|head)\b|(?:has |have )?named (?:a |its )?new (?:leader|emir|amir)\b|(?:it|they) (?:had |has |have )(?:formally |officially )?dissolved(?: itself| themselves)?(?=\s*(?:[,.;]|and\b|$))|(?:fighters|members|units|brigades|combatants) would be (?:absorbed|integrated|incorporated) into\b|named (?:-?[\w'’-]+ ){1,5}?as (?:its|their) new (?:leader|emir|amir|commander|chief|spokesman)\b|(?:standing|stood|stand) down (?:all )?(?:its|their) (?:members|fighters|volunteers|units|cadres|combatants)\b|(?:faction|group|wing|unit)['’]s (?:break|split|breakaway|separation) (?:from|with)\b|(?:pursue|pursuing) (?:its|their) (?:aims|goals|objectives|cause) (?:by|through) (?:exclusively |purely |only |strictly )?(?:peaceful|political|democratic) means\b|(?:it|they) (?:had |has |have )?(?:left|quit|withdrawn from|withdrew from) the (?:[\w'’-]+ ){0,3}?(?:coalition|alliance)\b|(?:announced|ordered) (?:[\w'’(),-]+ ){0,6}?the restructuring of\b|(?:had been|has been|have been|was|were) reorgani[sz]ed into\b|merg(?:ed|ing) (?:its|their|the) (?:[\w-]+ ){0,2}?(?:units|brigades|battalions|factions|forces|fighters) into\b|separat(?:ed|ing|es) from (?:the )?(?:[\w-]+ ){0,2}?(?:structures?|command|ranks|leadership|movement|organi[sz]ation|faction|bloc)\b|splinter(?:ed)? from|(?:announced|declared|agreed on) (?:their |its |the )?(?:merger|dissolution|disbandment)|(?:was|is|were|are) joining (?:the )?(?:[\w'’-]+ ){1,4}?(?:alliance|coalition)\b|announced the formation of (?:an? |the )?(?:new |unified |joint |single )?(?:[\w-]+ ){0,3}?(?:command|front|alliance|coalition|force|council|faction|group|militia|brigade)\b|reorgani[sz]ed (?:itself |its units |its fighters )?into (?:two|three|four|five|several|\d+) (?:[\w-]+ )?(?:battalions|brigades|units|regiments|companies|groups)\b|announced\b[^.;]{0,40}?\bthe (?:dissolution|disbandment) of|(?:was|were|is|are) disbanding|join(?:ed)? forces|suspend(?:ed|ing|s)? (?:all |its |their )?[\"“']?(?:military |armed )?(?:and security )?(?:operations|attacks|activities)[\"”']? against|surrender(?:ed|s)?(?! (?:himself|herself)\b)(?!['’\x22”])|handed (?:themselves|himself|herself) over to\b|(?:has |have )?(?:split(?![- ]decision)|merged|disbanded|renamed)|splitting (?:away )?from\b|(?<!the )(?<!a )ban(?:s|ned|ning)? (?:the )?(?:\w+ ){0,4}(?:group|organi[sz]ation|party|outfit|movement|coalitions?)|(?<!\ba )(?<!\ban )(?<!\bthe )ban(?:s|ned|ning)? (?:all|any) (?:public |political |street |unauthori[sz]ed )?(?:demonstrations|protests|rallies|marches|gatherings|sit-ins)\b|(?:imposed|declared|announced|issued) (?:an? |the )?(?:[\w-]+ ){0,2}?ban on (?:all|any) (?:public |political |street )?(?:demonstrations|protests|rallies|marches|gatherings|sit-ins)\b|(?:ban(?:s|ned|ning)?|outlaw(?:s|ed|ing)?|proscrib\w+) (?:all )?(?:the )?(?:activities of (?:the )?)?(?-i:[A-Z][\w-]+ ){0,5}(?-i:League|Party|Front|Army|Movement|Brotherhood|Dal|Shibir|Tahrir|Jamaat|Islami|Council|Committee|Organi[sz]ation)\b|proscrib\w+|(?:declared|announced) (?:a |an )?(?:\w+ )?(?:ceasefire|boycott|truce)|joined (?:the )?(?:group|party)|(?:militants|jihadists|insurgents|rebels|JNIM|Shabaab|ISWAP|Boko Haram|Islamic State|Muslims)\b[^.;]{0,40}?\b(?:announced|declared)(?: on [^.;,]{1,25}?(?= a ))?(?: that (?:it|they) (?:was|were|would be|is|are|had been) (?:imposing|enforcing))? (?:a |an )?(?:total |full )?blockade (?:of|on|against)\b|(?:announced|declared|said) (?:on \w+ |in (?:a |an )?(?:[\w'’(),-]+ ){1,8}?)?(?:that )?(?:it|they) (?:had joined|joined|would join|will join) (?:the )?(?:[\w'’-]+ ){0,3}?(?:coalition|alliance|movement|front)\b|(?:place|placed|put|placing|putting) (?:its|their) (?:fighters|combatants|men|forces|troops) under (?:the )?command of\b|(?:announced|declared|said) (?:that )?(?:it|they) would (?:cease|halt|stop|suspend) (?:all |its |their )?(?:offensive |military )?(?:operations|attacks|hostilities)\b|(?:launched|began|started|conducted|stepped up) (?:a |an |its |their )?(?:forced |new |mass )?(?:recruitment|conscription) (?:drive|campaign)s?\b|(?:launched|began|started|conducted|stepped up) (?:[\w-]+ ){1,4}?(?:drills|training) and (?:a |an )?(?:forced |new |mass )?(?:recruitment|conscription) (?:drive|campaign)s?\b|(?:fighters|militants|combatants|rebels|militiamen|members)\b[^.;]{0,60}?\b(?:handed in|turned in|laid down|gave up) (?:their |its )?(?:weapons|arms|guns|rifles)\b|(?:\d[\d,]*|hundreds|dozens|scores) (?:of )?(?:new )?(?:recruits|fighters|youths?|young men|combatants) (?:[\w'’-]+ ){0,2}?joined (?:the )?(?:[\w'’-]+ ){0,3}?(?:militia|rebels|rebel group|armed group|movement)\b|announced (?:its |their )?(?:dissolution|formation|creation|founding)|(?:would|will|to) (?:lift|end|break) (?:its|their) (?:unilateral )?(?:ceasefire|truce)\b|presented (?:a |an )?new (?:armed )?(?:[\w-]+ ){0,2}?(?:self-defen[cs]e group|vigilante group|militia|armed group|brigade|force)\b|"
                                 r"defected to (?:the )?(?:[\w-]+ ){0,3}(?:army|military|forces|government|(?-i:[A-Z]{2,}))|demobili[sz](?:ed|ing|ation)|(?:were|was) dissolving|(?:decided|agreed|voted|announced|declared) (?:that )?(?:it |they )?(?:would |will |to )(?:dissolve|disband) (?:itself|themselves|the (?:organi[sz]ation|group|movement|party|militia))\b|(?:announced|declared|said) (?:on [^.;,]{1,25}? )?(?:that )?(?:it|they) would (?:dissolve|disband)\b|dissolved (?:itself|themselves)|(?:decided|agreed|voted) (?:[\w-]+ ){1,6}?to (?:dissolve|disband) (?:itself|themselves)\b|(?:completely |formally |fully )?dissolved all (?:of )?its (?:[\w-]+ )?structures|pledg(?:ed|ing|es) (?:its |their |his )?(?:[\w-]+ )?allegiance to\b|re-?joined (?:the )?(?:[\w-]+ ){0,3}(?:movement|group|organi[sz]ation|militia|alliance)\b|(?:combatants|fighters|rebels|guerrillas|militants|members)\b[^.;]{0,80}?\b(?:were|was|been|being|formally|officially) decommissioned\b|(?:handed over|laid down|laying down|turned in|turned over|gave up) (?:their |its |his )?(?:[\w-]+ ){0,2}(?:weapons|arms|firearms|rifles|guns)\b(?= [^.;]{0,80}\b(?:army|military|forces|government|authorities|disarmament|ceasefire|peace|amnesty|surrender|police|officials|rehabilitation|campaign|scheme|programme|program))|(?:announc\w+|declar\w+|said) (?:on \w+,? )?(?:[\w'’,-]+ ){0,4}?(?:that )?(?:it|they) (?:was|were|is|are|would be|will be) (?:ending|end) (?:its|their) (?:[\w-]+ )?(?:mission|operations|deployment|presence) in\b|(?:its|their) (?:fighters|troops|personnel|forces|mercenaries|contractors) (?:were|are|would be|will be) (?:leaving|withdrawing from|pulling out of)\b|" + _DEPLOY_VERBS + r" (?:its |their |an? )?(?:(?:additional |more |extra |fresh )(?:[\d,]+ )?|(?:around |about |some |nearly |roughly |approximately |more than |over |at least )?[\d,]+ (?:additional |more |extra )?)(?:forces|troops|soldiers|personnel|policemen|reinforcements|battalions?|brigades?|regiments?|units|contingents|armou?red vehicles)\b(?=[^.;]{0,100}\b(?:(?:to|along|at|in|on|near) (?:the |its |their )?(?:[\w-]+ ){0,3}?(?:border|frontier|region|district|province|state|island|area|town|city|zone)s?\b|(?:to|in) (?-i:[A-Z])[\w'’-]+))"),
    ("Agreement", r"ended (?:a |the |their )?(?:[\w-]+ ){0,2}?(?:blood feud|vendetta|tribal feud|clan feud|family feud)\b|agreed,? (?:[\w,'’()-]+ ){0,8}?to (?:withdraw|pull back|pull out) (?:their |its |all )?(?:troops|forces|heavy weapons|heavy equipment)\b|(?:agreement|deal|accord|truce|ceasefire) (?:was|has been|had been) (?:reached|signed|concluded) between\b|signed (?:a |an )?(?:[\w'’-]+, (?:a |an )?)?(?:[\w-]+ )?(?:pact|accord|agreement|deal|covenant|compact|charter)\b(?=[^.;]{0,140}?\b(?:pledg\w+|agree\w*|commit\w*|promis\w+) to (?:end|stop|halt|cease|renounce)\b[^.;]{0,30}?\b(?:raids|attacks|fighting|violence|hostilities|killings|clashes|rustling)\b)|agreed,? (?:[\w'’,-]+ ){0,10}?to an? (?:local |new |temporary |humanitarian )?(?:ceasefire|cease-fire|truce)\b|agreed,? (?:[\w'’,-]+ ){0,6}?to an? (?:temporary |humanitarian |brief |local |[\w]+-(?:day|hour|week) )?(?:pause|halt|lull) in (?:the )?fighting\b|agreed,? (?:[\w'’,-]+ ){0,6}?to (?:each )?(?:release|free|exchange|swap|hand over) (?:[\w-]+ ){0,3}?(?:detainees|prisoners|captives|hostages|bodies)\b|agreed (?:[\w'’,-]+ ){0,8}?(?:on|to) (?:a |the )?(?:joint |new )?(?:plan|roadmap|framework|mechanism|measures) to (?:reduce|curb|end|halt|stop|de-escalate|contain) (?:the )?(?:violence|fighting|hostilities|clashes|attacks)\b|(?:flag meeting|border commanders|sector commanders)\b[^.;]{0,120}?\bagreed (?:[\w'’,-]+ ){0,4}?to (?:reopen|halt|stop|suspend|end)\b|agreed (?:[\w'’,-]+ ){0,6}?to (?:renew|extend|prolong) (?:the |a |an |their )?(?:[\w'’-]+ ){0,5}?(?:pact|agreement|ceasefire|truce|accord|deal)\b|agreed to (?:a |an )?(?:reduction|reduce|de-escalation|de-escalate)(?: of| in)? (?:the )?(?:violence|hostilities|attacks)\b|agreed to (?:halt|stop|cease|suspend|end) (?:all )?(?:armed activities|hostilities|fighting|attacks|military operations)\b|(?:agreed|agreeing) (?:to )?(?:a|an) (?:[\w-]+ )?(?:ceasefire|cease-fire|truce|non-aggression pact|peace (?:pact|deal|accord))\b|signed an? (?:[\w-]+ )?(?:peace|non-aggression) (?:covenant|pact)\b|(?:two sides|both sides|the parties|the sides) agreed that (?:[\w'’-]+ ){1,4}?would (?:halt|stop|cease|end|suspend)\b|agreed (?:[^.;]{0,60}? )?to (?:exchange|swap) (?:about |around |some |more than |nearly |over )?(?:[\d,]+|hundreds of|dozens of) (?:[\w-]+ )?(?:prisoners|detainees|captives)\b|agreed (?:at (?:a |the )?(?:[\w-]+ )?(?:meeting|talks)\b[^.;]{0,60}? )to (?:a |an )?(?:ceasefire|truce|cessation of hostilities)\b|(?:following|after|at) (?:a |the )?(?:[\w-]+ )?flag meeting\b[^.;]{0,120}?\bagreed to (?:suspend|halt|stop|resume|reopen|jointly|allow|return|withdraw)\b|(?:exchanged|returned|swapped|handed over) (?:\d+|dozens of|hundreds of) (?:[\w-]+ )?(?:prisoners of war|POWs)\b(?=[^.;]{0,60}\b(?:exchange|swap)\b)|agreed (?:on \w+ )?to hand over (?:their |its )?(?:[\w-]+ ){0,2}?(?:weapons|arms)\b|concluded (?:an? |the )?(?:[\w-]+ )?(?:agreement|deal|pact|truce|accord)\b|signed an? (?:[\w-]+ ){0,2}?(?:arrangement|agreement|deal|accord)\b[^.;]{0,80}?\bto (?:release|free|exchange|swap|hand over) (?:[\w-]+ ){0,3}?(?:detainees|prisoners|captives|hostages|bodies|prisoners of war|POWs)\b|signed an? (?:[\w-]+ )?protocol\b(?! (?:ending|to end|on ending)\b)|signed an? (?:[\w-]+ )?(?:commitment|pledge|declaration|undertaking)\b[^.;]{0,60}? to (?:cease|end|stop|halt) (?:all )?(?:[\w-]+ )?(?:hostilities|fighting|attacks|violence|clashes)\b|agreed (?:at (?:an? |the )?(?:[\w-]+ ){0,2}?(?:meeting|talks)(?: (?:at|in) [^.;]{1,60}?)? )?to (?:[^.;]{0,80}? and )?reopen (?:the )?(?:[\w'’()-]+ ){0,5}?(?:road|crossing|highway|route)\b(?! (?:to|for) (?:trade|traders|commerce|commercial|tourists|travel)\b)|(?:secured|brokered|mediated) an? (?:[\w-]+ ){0,2}(?:ceasefire|truce)\b|(?:an |the )?agreement to (?:extend|renew|prolong) (?:the |a |their )?(?:[\w-]+ )?(?:ceasefire|truce)\b|agreed (?:at (?:peace |the |their )?(?:talks|a meeting) )?(?:in (?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)? )?(?:on \w+ )?to (?:reduce|halt|stop|end|cease|suspend|scale down) (?:the )?(?:violence|hostilities|fighting|attacks|offensive operations)\b|agreed (?:in (?-i:[A-Z])[\w'’-]+ |on \w+ |in (?-i:[A-Z])[\w'’-]+ on \w+ )?to (?:a |an )?(?:[\w-]+ ){0,3}?(?:bilateral |mutual |nationwide |humanitarian )?(?:ceasefire|truce|cessation of hostilities)\b|signed,? with (?:[\w'’-]+ ){1,8}?(?:and (?:[\w'’-]+ ){1,8}?)?\w+, (?:a |an |the )?(?:[\w-]+ ){0,3}(?:statement|declaration|agreement|accord|deal)\b"
     r"(?: (?:ending|to end|halting|to halt) (?:the )?(?:[\w-]+ ){0,3}?(?:fighting|war|hostilities|conflict)\b)?|"
     r"agreed (?:[\w'’-]+ ){0,6}?on (?:a |an |the )?(?:joint )?(?:plan|roadmap|framework|mechanism) (?:to|for) (?:reduc\w+|end\w*|halt\w*|stop\w*|curb\w*) (?:the )?violence\b|"
     r"agreed (?:on \w+ )?to (?:exchange|swap|release) (?:[\w,-]+ ){0,4}?(?:detainees|prisoners|captives|hostages|POWs)\b|agreed\b[^.;]{0,60}?\bto (?:exchange|swap|hand over|return) (?:the )?(?:bodies|remains|corpses) of\b|peace (?:deal|agreement|accord|pact)|signed (?:a |an |the )?(?:[\w-]+ ){0,3}(?:statement|declaration|protocol|document|memorandum)(?: [\w-]+){0,3}? (?:ending|to end) (?:the )?(?:[\w-]+ ){0,3}?(?:fighting|war|hostilities|conflict)|(?:exchange|swap) of (?:some |nearly |about |more than |over |around )?(?:(?:[\d,]+|\w+) )?(?:prisoners|captives|detainees|hostages)|(?:finali[sz]ed|signed|concluded|agreed on) (?:the (?:text|wording) of )?(?:a |an |the )?(?:[\w-]+ ){0,2}(?:peace )?treaty|brokered (?:a |an |the )?(?:[\w-]+ ){0,2}(?:agreement|deal|truce|ceasefire|accord)|(?:initialled|initialed|signed) (?:a |an |the )?(?:[\w-]+ ){0,2}(?:declaration|framework|roadmap)|ceasefire (?:agreement|deal)|signed (?:an |a |the )?(?:[\w-]+ ){0,6}(?:agreement|accord|deal|pact|charter|treaty|ceasefire|truce|armistice|memorandum)|prisoner (?:exchange|swap)|(?:exchanged|swapped|exchanging|swapping|traded) (?:some |nearly |about |more than |over |around |the )?(?:[\d,]+ |\w+ )?(?:prisoners(?: of war)?|POWs|captives|detainees|hostages)|truce|"
                  r"agreed (?:\w+ ){0,3}?(?:to|on) (?:an? |the )?(?:[\w-]+ ){0,2}(?:ceasefire|truce|peace)|agreed (?:in|at) (?-i:[A-Z])[\w'’-]*(?: \([^()]{1,40}\))? (?:to|on) (?:an? |the )?(?:[\w-]+ ){0,2}(?:ceasefire|truce|peace)|agreed\b[^;]{0,80}?\bto (?:extend|renew|prolong) (?:the |their |its |a )?(?:[\w-]+ ){0,2}(?:ceasefire|truce)|"
                  r"(?:ceasefire|cease-fire|truce|peace (?:deal|agreement|accord)) (?:[\w(),'’-]+ ){0,12}?(?:took|takes|came into|went into|comes into|goes into|entered into|enters into) (?:effect|force)\b|"
                  r"agreed (?:on|to) (?:the )?(?:[\w-]+ ){0,3}?(?:section|sections|stretch|part|segment)s? of (?:their|the) (?:shared |common |disputed )?(?:border|boundary|frontier)|agreed (?:[\w-]+ ){0,3}?to (?:exchange|swap|release|free) (?:[\w-]+ ){0,3}(?:prisoners|captives|detainees|hostages)|agreed, (?:[\w'’-]+ ){2,14}?(?:[\w'’-]+, )to (?:exchange|swap|release|free) (?:[\w-]+ ){0,3}(?:prisoners|captives|detainees|hostages)|cessation of hostilities|reached (?:an? |the )?(?:[\w-]+ ){0,2}(?:understanding|agreement|deal|accord|settlement|arrangement)\b(?! (?:with (?:the |its |their )?(?:creditors|lenders|bondholders|insurers|employers|unions?|workers|employees|landlords|tenants)|of (?:the |a |an |its |their )?(?:[\w-]+ )?(?:debts?|loans?|claims?|dispute over (?:wages|pay|salaries)|lawsuits?|cases?))\b)|(?:both sides|the two sides|both parties|the two parties|the two groups|the parties) (?:also )?agreed to (?:refrain|stop|cease|end|halt|lay down|return|allow|withdraw)|agreed,? (?:[\w,-]+ ){0,14}?to refrain from (?:any )?(?:violence|attacks|clashes|fighting|confrontations?)|(?:exchanged|swapped) (?:\d+ |\w+ )?(?:\w+ )?(?:prisoners|captives|detainees)|agreed (?:on )?(?:a |an |the )?(?:[\w-]+ ){0,2}(?:pact|accord)|released (?:[\w-]+ ){0,4}in exchange for (?:[\w-]+ ){0,4}(?:fighters|prisoners|soldiers|detainees|captives|hostages|members)|(?:freed|released|swapped) (?:[\w-]+ ){0,3}?(?:prisoners|detainees|captives)\b[^.;]{0,60}?\bin an? (?:[\w-]+ )?(?:exchange|swap)\b"),
    ("Other", r"(?:armed )?(?:fighters|militants|gunmen|insurgents|rebels)\b[^.;]{0,40}?\bparaded (?:through|in|around) (?:the )?(?:[\w-]+ ){0,3}?(?:bazaar|market|streets?|town|village|city)\b|order(?:ed|s|ing) the forced (?:relocation|evacuation|displacement|removal) of (?:the )?(?:[\w-]+ )?(?:residents|civilians|villagers|inhabitants|population|families)\b|handed (?:[\w'’-]+ ){0,4}?(?:hostages|captives|prisoners|detainees|soldiers|civilians)(?: over)? to (?:the )?(?:ICRC|Red Cross|International Committee of the Red Cross)\b|gave (?:them|the (?:residents|villagers|inhabitants|families)|residents|villagers) (?:\d+|two|three|four|five|seven|ten|forty-eight|seventy-two) (?:hours|days) to (?:leave|vacate|abandon|quit)\b|(?:inmates|prisoners|detainees|convicts)\b[^.;]{0,80}?\bescaped from (?:the )?(?:[\w'’-]+ ){0,3}?(?:prison|jail|camp|detention (?:centre|center|facility))\b|impos(?:ed|ing) (?:a |an )?(?:[\w-]+ )?(?:levy|levies|taxe?s?) (?:of |on )\b|enforc(?:ed|ing) (?:a |an |the |its |their )?(?:[\w-]+ )?(?:sit-at-home|stay-at-home) (?:order|directive|rule)\b|(?:soldiers|troops)\b[^.;]{0,80}?\b(?:took control of|seized control of|seized) (?:their|its) (?:own )?(?:camp|barracks|base|garrison)\b|(?:banners|narco-?banners|narcomantas|messages) (?:signed by|attributed to) (?:[\w'’-]+ ){1,4}?(?:were |was )?(?:hung|placed|left|put up|displayed)\b(?=[^.;]{0,160}?\b(?:threat\w*|warn\w*)\b)|left threatening letters at the (?:houses|homes) of (?:[\w'’-]+ ){0,4}?(?:families|residents|villagers|farmers)\b(?=[^.;]{0,120}\b(?:demand\w*|warn\w*|to leave)\b)|(?:sent|delivered|wrote|dropped) (?:threatening )?letters to (?:[\w'’()-]+ ){0,5}?(?:communities|villages|residents|villagers|farmers)\b(?=[^.;]{0,120}\b(?:demand|warn|levy|threat)\w*)|handed over (?:\d+ |two |three |four |five |six |seven |eight |nine |ten |several |dozens of )?captured (?:[\w()'’-]+ ){0,7}?(?:soldiers|troops|policemen|fighters|prisoners|personnel)\b|(?:fighters|militants|jihadists|gunmen|insurgents|rebels|bandits)\b[^.;]{0,30}?\border(?:ed|ing) (?:them|everyone|all (?:the )?residents|the population) to (?:leave|vacate|abandon|evacuate|quit)\b|(?:exhumed|exhuming|unearthed) the (?:bodies|remains|skeletons?) of (?:[\w'’()-]+ ){1,14}?from (?:a |an |the )?(?:[\w-]+ )?(?:pit|well|trench|ditch|graves?)\b|(?:inmates|prisoners|detainees)\b[^.;]{0,60}?\b(?:members|militants|fighters)\b[^.;]{0,40}?\b(?:escaped|broke out)\b|(?:broke|breaking|break) the sound barrier|sonic booms?|(?:enforced|enforcing|imposed|imposing|declared|announced|called|calling|began|begun|started|launched) (?:an? )?(?:[\w-]+ )?[\x22“'‘]?armed strike\b|armed strike[\x22”'’]? (?:(?:that|which) (?:was|had been) )?(?:declared|called|imposed|enforced|ordered) by\b|(?:set up|erected|mounted|put up) (?:a |an )?(?:temporary|makeshift|illegal|snap|mobile) (?:checkpoint|roadblock|check post|barricade)s?\b|(?:militants|fighters|jihadists|insurgents|gunmen|rebels|armed men)\b[^.;]{0,60}?\b(?:set up|erected|mounted|put up) (?:a |an )?(?:[\w-]+ )?(?:checkpoints?|roadblocks?)\b|members (?:put up|erected|mounted) (?:a |an )?(?:[\w-]+ )?(?:checkpoints?|roadblocks?)\b|paraded (?:about |some |around |more than |nearly )?(?:\d[\d,]* |hundreds of |dozens of |scores of )?(?:new |newly trained )?(?:recruits|fighters|graduates|cadets)\b|(?:set up|erected|mounted) (?:an? )?(?:[\w-]+ )?(?:checkpoints?|roadblocks?)\b[^.;]{0,80}?\b(?:levied|levying|collected|collecting|extorted|extorting|demanded|demanding) (?:[\w-]+ ){0,2}?(?:taxes|tolls|levies|money|fees|payments)\b|(?:fighters|militants|jihadists|insurgents|gunmen|members)\b[^.;]{0,100}?\b(?:preached|preaching|delivered (?:a )?sermons?|gave (?:a )?sermons?)\b|balloons? (?:carrying|filled with|laden with|loaded with|full of) (?:[\w-]+ ){0,3}?(?:trash|rubbish|garbage|manure|waste|leaflets|propaganda)\b|(?:paraded|drove|rode|marched|moved|toured|deployed)\b[^.;]{0,140}?\bin (?:a |an )?show of force\b|(?:staged|stage|staging|mounted|put on|held) (?:a |an )?(?:[\w-]+ )?show of force\b|(?:separatists|militants|rebels|fighters|insurgents|jihadists|armed groups?) (?:[\w-]+ ){0,2}?(?:enforced|imposed|declared|ordered) (?:a |an )?(?:[\w-]+ )?['‘\x22“]?(?:lockdowns?|ghost towns?)\b|(?:ordering|ordered|forcing|forced) (?:[\w'’-]+ ){1,4}?to (?:close|shut)\b[^.;]{0,40}?\bto enforce (?:a |an |the |their )?(?:[\w-]+ ){0,2}?['‘\x22“]?(?:lockdown|ghost town)s?\b|(?:stopped|blocked|halted|turned back|held up|denied passage to) (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:humanitarian|aid|relief|UN|WFP|food) (?:[\w-]+ )?convoys?\b|(?:blocked|stopped|halted|turned back) (?:[\w-]+ ){0,2}?(?:trucks|lorries|vehicles|convoys) carrying (?:food|fuel|aid|supplies|medicine)\b|push(?:ed|ing) in (?:at least |about |around |more than |some |nearly )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|several) (?:[\w-]+ ){0,2}?(?:people|persons|individuals|men|women|children|Bangladeshis|nationals|migrants|refugees|Rohingyas?|civilians)\b|(?:leaflets|pamphlets|flyers|night letters|tracts) (?:signed|issued) by\b[^.;]{0,120}?\b(?:ordered|ordering|banned|banning|forbade|forbidding|imposed|imposing)\b|(?:leaflets|pamphlets|flyers|night letters|tracts)\b[^.;]{0,80}?\b(?:were|was|had been|have been) (?:found )?(?:distributed|circulated|left|posted|pasted|dropped|handed out)\b(?=[^.;]{0,120}?\b(?:warn|order|threat|telling|told|forbid|ban|not to|to leave|to close|to stop|to stay)\w*)|(?:put up|pasted|posted|left) (?:[\w-]+ )?(?:banners and posters|posters and banners|posters|handwritten letters)\b(?=[^.;]{0,120}?\b(?:warn\w*|order\w*|threat\w*|not to\b|to leave\b|to stop\b|to boycott\b|calling for (?:a )?boycott))|(?:distributed|distributing|circulated|circulating|dropped|left|posted|pasted|handed out|handing out) (?:threatening |warning )?(?:leaflets|pamphlets|flyers|night letters|tracts)\b(?=[^.;]{0,120}?\b(?:warn|order|threat|impos|curfew|telling|told|forbid|ban|not to|to leave|to close|to stop|to go|urg\w+ (?:[\w:'’-]+ ){0,8}?to (?:surrender|defect|lay down|move|evacuate|flee))\w*)|push(?:ed|ing)? (?:in )?(?:at least |about |around |more than |some |nearly )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|several) (?:[\w-]+ ){0,2}?(?:people|persons|individuals|men|women|children|Bangladeshis|nationals|migrants|refugees|Rohingyas?|civilians)(?:,[^,.;]{1,50},)? (?:back )?(?:across the (?:border|frontier) )?into (?-i:[A-Z])\w+|push-?ins?\b|(?:inmates|prisoners|detainees|convicts)\b(?:,[^.;,]{1,80},| \([^().;]{1,50}\))? (?:[\w-]+ ){0,2}?(?:escaped|broke out|fled) (?:from |of )?(?:a |an |the )?(?:[\w'’-]+ ){0,4}?(?:prisons?|jails?|gaols?|penitentiar(?:y|ies)|(?:detention|custodial|correctional) (?:centres?|centers?|facilit(?:y|ies)|institutions?))\b|(?:inmates|prisoners|detainees|convicts) (?:at|in|of) (?:the |a )?(?:[\w'’-]+ ){0,3}?(?:prisons?|jails?|gaols?|penitentiar(?:y|ies))\b[^.;]{0,80}?\b(?:escaped|broke out)\b|(?:inmates|prisoners|detainees|convicts) (?:[\w'’-]+ ){0,2}?walked (?:out|free) (?:of|from) (?:the |a )?(?:[\w'’-]+ ){0,3}?(?:prisons?|jails?|gaols?|penitentiar(?:y|ies))\b|(?:mass )?(?:jail ?break|prison ?break)s?\b|(?:released|freed|set free) (?:[\w'’-]+ ){1,10}?(?:who|whom|that) (?:had been|were) (?:abducted|kidnapped|taken hostage|seized)\b|handed over (?:[\w'’-]+ ){1,4}?(?:soldiers|hostages|captives|policemen|police officers|civilians|people|prisoners|men|women|workers) (?:it|they) had (?:abducted|kidnapped|captured|held|seized)\b|(?:released|freed) (?:[\w,'’()-]+ ){1,12}?[\w'’()-]+,? (?:handing|and handed) them (?:over )?to (?:the )?(?:ICRC|Red Cross|International Committee of the Red Cross)\b|(?:abducted|kidnapped)\b[^.;]{0,60}?\b(?:on \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|last (?:week|month)|earlier this (?:week|month))\b[^.;]{0,80}?\b(?:were|was|have been|had been) (?:released|freed|set free)\b|(?:released|freed|set free) (?:all |the )?(?:\d+ |two |three |four |five |six |seven |eight |nine |ten |several |a group of )?(?:[\w'’-]+ )?(?:hostages|captives|detainees|prisoners)\b|(?:released|freed|set free|handed over) (?:a |an |the |two |three |four |\d+ )?(?:kidnapped|abducted) (?:[\w-]+ ){0,2}?(?:merchant|trader|man|woman|soldier|policeman|engineer|worker|farmer|businessman|person|people|men|women|soldiers|policemen|officials?|journalists?|teachers?|students?)\b|(?:released|freed|set free) (?:all |the )?(?:remaining )?(?:\d+ |two |three |four |five |six |seven |eight |nine |ten |several |a group of )?(?:[\w'’-]+ ){1,3}?(?:abducted|kidnapped|seized)\b(?= (?:last|earlier|in|on|from|during|more|two|three|four|several|a|\d)\b)|(?:gave|issued|served) [^.;]{0,60}?\bultimatum (?:[\w'’-]+ ){0,4}?to (?:leave|vacate|abandon|evacuate|quit)\b|(?:armed men|gunmen|militants|fighters|rebels|insurgents|jihadists|cartel members|gang members)\b[^.;]{0,30}?\bwarned (?:them|residents|villagers|families|the (?:residents|villagers|families|inhabitants)) to (?:leave|vacate|abandon|evacuate|quit)\b|order(?:ed|ing) (?:the )?(?:residents|villagers|inhabitants|families|people|population|communities) (?:(?:of|in) [^.;]{1,60}? |who [^.;,]{1,50}? )?to (?:leave|vacate|abandon|evacuate|quit)\b|(?:issued|issuing|gave|giving|sent) (?:[\w-]+ )?(?:warnings?|ultimatums?|orders?|threats?) to (?:the )?(?:residents|villagers|inhabitants|families|people|population|communities) to (?:leave|vacate|abandon|evacuate|quit)\b|(?:released|freed|set free) (?:[\w'’()-]+ ){1,9}?(?:it|they|he|she) had (?:held|kept|detained|abducted|kidnapped|captured|seized|taken)\b|(?:released|freed|set free) (?:around |about |some |more than |over |nearly |at least )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|several) (?:[\w-]+ ){0,3}?(?:soldiers|fighters|prisoners|detainees|men|policemen|officers) from (?:a |the )?(?:[\w-]+ )?(?:prisons?|jails?|detention|custody)\b|(?:collect\w*|lev(?:y|ies|ied|ying)|impos\w*|demand\w*|extort\w*|pay|paid|paying) (?:[\w'’,-]+ ){0,6}?['‘\x22“]?zakat\b|zakat (?:levy|levies|tax|taxes)\b|(?:fighters|militants|rebels|insurgents|jihadists|gunmen|militiamen)\b[^.;]{0,160}?\b(?:announced|imposed|introduced|levied) (?:new )?(?:taxes|levies) on (?:[\w-]+ )?(?:farmers|traders|residents|villagers|miners|herders|fishermen|shopkeepers|transporters|motorists)\b|\bas (?:so-called )?['‘\x22“]?zakat\b|(?:announc\w+|(?:re)?impos\w+|declar\w+|enforc\w+) (?:a |an )?(?:[\w-]+ ){0,2}?curfew\b|(?:announc\w+|impos\w+|declar\w+) (?:a |an )?ban on (?:all )?(?:civilian )?(?:movement|travel)\b|mutin(?:ied|ying|ous)\b|(?:soldiers|troops|servicemen|gendarmes|policemen)\b[^.;]{0,120}?\bfired (?:shots |their (?:weapons|guns|rifles) )?(?:in|into) the air\b(?!\s+to (?:scatter|disperse|break up|drive (?:away|off|back)))[^.;]{0,60}?\bto (?:demand|protest|press for|claim)\b|(?:took over|seized|stormed) the (?:state |national |public )?(?:broadcaster|television|radio|tv station)\b|dissolv(?:ed|ing|es) the government\b|(?:staged|launched|started|began) a mutiny\b|(?:imposed|declared|proclaimed) (?:a |an )?(?:[\w-]+ )?martial law|martial law (?:was |has been |had been )?(?:imposed|declared)|(?:highest|high|full|maximum) (?:level|state) of combat readiness|(?:discovered|found|uncovered|unearthed) (?:a |an |the )?mass burial sites?|(?:exhum(?:ed|ing)|exhumation of) (?:at least |more than |some |about |around |over )?(?:\d[\d,]*|hundreds of|dozens of|scores of) (?:graves|bodies)\b|imposed (?:a |an )?(?:[\w-]+ )?(?:blockade|siege) (?:on|of)|(?:discovered|found|unearthed|exhumed|exhuming|uncovered) (?:at least |more than |some |about |around )?(?:a |an |the |two |three |several |\d+ )?(?:\w+ )?(?:mass|clandestine|secret) graves?|discover(?:y|ies) of (?:a |an |the |two |three |several |\d+ )?(?:\w+ )?(?:mass|clandestine|secret) graves?|discover(?:y|ies) of (?:a |an )?mass burial sites?|(?:exhumed|recovered|unearthed|found|discovered) (?:[\w,-]+ ){0,7}(?:from|in) (?:a |the |two |three |several |\d+ )?(?:\w+ )?(?:mass|clandestine|secret) graves?|(?:exhumed|exhuming) the (?:bodies|remains) of (?:[\w-]+ ){1,3}?(?:from|in) (?:a |an |the )?(?:[\w-]+ )?graves?\b|(?:mass|clandestine|secret) graves? (?:[\w,-]+ ){0,6}?(?:was|were|had been|has been|have been) (?:discovered|found|unearthed|uncovered|located)|mass graves?|(?:clandestine|secret|unmarked|common) graves? containing\b|(?:a |the )?(?:grave|burial site) (?:containing|holding|with) (?:the )?(?:remains|bodies) of\b|(?:exhum\w+|discovered|found|unearthed|uncovered) (?:[\w-]+ ){0,4}?(?:from |at |in )?(?:a |the )?mass burial (?:sites?|grounds?|places?)|(?:explosions?|blasts?|fire) of unknown (?:cause|origin)|(?:staged|carried out|launched|announced) (?:a |an )?(?:military )?coup|(?:an? |the )(?:attempted|failed|abortive) (?:military )?coup|coup attempt|dissolved (?:all )?(?:state |government )?institutions|seized power|(?:military|army|armed forces|junta) (?:was|were|is|had) (?:taking|taken|seizing|seized) power|(?:removed|ousted|deposed) (?:the |President |\w+ ){0,3}from power|(?:resigned|stepped down) and (?:fled|left) (?:the country|for)\b|announc\w* (?:the |a )?(?:removal|overthrow|ouster|deposition) of (?:the )?(?:(?-i:President|Prime Minister)|government|head of state)\b|(?:suspension|suspended|dissolution|dissolved) (?:of )?the constitution\b"),  # ACLED: the discovery of a mass grave is a strategic development (other)
    ("Headquarters or base established", r"(?:moved|relocated|shifted) (?:its|their) (?:[\w-]+ ){0,3}?headquarters (?:in)?to\b|(?:set up|established|opened) (?:a |an )?(?:military )?commandant['’]s office\b|(?:began|started|begun) (?:building|constructing) (?:a |an )?(?:new )?(?:military |army )?(?:base|outpost)\b|opened (?:a |an |its |their )?(?:new )?(?:[\w-]+ ){0,4}?(?:and )?(?:police|military|army) headquarters\b|(?:commissioned|inaugurated) (?:a |an |the |its )?(?:new )?(?:[\w-]+ ){0,2}?(?:operating base|military base|army base|base|outpost|forward post|military camp|army camp)\b(?! stations?\b)|(?:set up|established) (?:a |an |its |their )?(?:permanent |military )?presence at (?:the )?(?:[\w'’-]+ ){0,4}?(?:air ?base|base|airfield|airport)\b|(?:officially |formally )?(?:opened|established) (?:a |an |its )?(?:new )?(?:permanent )?(?:naval |military |air |logistics )?(?:base|point of basing|naval point|outpost)\b|inaugurated (?:a |an |its |their )?(?:new )?(?:[\w-]+ ){0,2}?(?:base|outpost|barracks)\b|set up (?:a )?camp (?:in|at|near|around|inside)\b|using (?:it|the (?:village|town|area)) as a base\b|turned (?:[\w'’-]+,? ){0,12}?into (?:a |an |its |their )?(?:new )?(?:headquarters|base|military base|barracks|command post|command centre)\b|(?:using|use|uses|used) (?:it|the \w+) as (?:their|its|a|the) (?:\w+ ){0,2}(?:base|headquarters)|made (?:it|the \w+) (?:their|its) (?:new )?(?:headquarters|base)\b|moved into (?:the )?(?:former )?(?:[\w-]+ ){0,2}(?:camp|base|barracks)|(?:established|set up|opened) (?:a |an |its |their )?(?:new )?(?:[\w-]+ ){0,2}?(?:office|offices|headquarters|administration) and (?:a |an )?(?:new )?(?:[\w-]+ ){0,2}?(?:bases?|camps?|outposts?)\b|(?:established|set up|setting up|opened|built|installed) (?:a |an |its |their )?(?:[\w-]+ ){0,4}(?:bases?|detachments?|headquarters|command cent(?:re|er)s?(?! (?:to|for) )|camps?|outposts?|posts?(?! office)|position|observation points?|military points?|checkpoint)|moved (?:its|their|the) (?:[\w-]+ ){0,2}(?:headquarters|command cent(?:re|er)|command post|base) to\b|"
                                         r"turned (?:[\w-]+ ){1,10}?into (?:a |an |their |its )?(?:\w+ )?(?:base|headquarters|camp|command post)"),
    ("Non-violent transfer of territory", r"entered (?:the )?(?:village|town|city|settlement)(?: of)? (?-i:[A-Z])[\w'’-]+(?: \([^)]{0,40}\))? after (?:[\w'’()-]+ ){0,8}?(?:withdrew|pulled out|retreated)\b|(?:pulled out of|withdrew from|vacated) [^.;]{0,80}?\bwithout (?:any )?(?:fighting|a fight|resistance|clashes)\b[^.;]{0,40}?\b(?:deployed|moved in|took over|took control|took up positions)\b|(?:pulled out of|withdrew from|left) (?:their|its|the|two|three|four|five|several|\d+) (?:[\w-]+ )?(?:checkpoints?|posts?|positions?|bases?)\b[^.;]{0,80}?\bhanded (?:them|it) (?:over )?to (?:the )?(?:[\w'’-]+ ){0,2}?(?:army|forces|troops|police|military|fighters|militiamen|militia|tribesmen|rebels)\b|(?:base|camp|post|garrison)\b[^.;]{0,40}?\b(?:was|were) (?:then |later )?handed over to\b|withdrew (?:its |their )?(?:troops|forces|soldiers|units|personnel) from (?:a |an |the |its |their )?(?:[\w-]+ ){0,2}?(?:post|base|position|outpost|camp|checkpoint)\b[^.;]{0,160}?\b(?:moved in|took over|took up positions)\b(?=[^.]*\.\s+(?:There was|There were) no (?:fighting|clashes|resistance)\b)|vacated (?:[\w-]+ ){0,3}?(?:check ?posts?|posts?|positions?|bases?|camps?|outposts?)\b[^.;]{0,60}?\bunder (?:an? |the )(?:[\w-]+ )?(?:arrangement|agreement|deal|accord)\b|(?:pulled out of|withdrew from) (?:the )?(?:[\w'’-]+ ){0,5}?(?:corridor|area|town|city|zone|positions?|villages?)\b[^.;]{0,80}?\b(?:under the terms of|as part of|in line with) (?:the |a )?(?:[\w-]+ )?(?:ceasefire|truce|agreement|deal)\b|(?:entered|moved into|took over|occupied) (?:the )?(?:[\w'’-]+ ){0,3}?(?:camp|base|town|post|village|barracks|building|station|sub-station|compound)\b[^.;]{0,60}?\bwithout (?:any )?(?:fighting|a fight|resistance|clashes|firing a shot)\b|(?:pulled out of|withdrew from|vacated) [^.;]{0,120}?\b(?:moved (?:back )?into|re-?entered|took (?:back )?(?:over|control of)) (?:the |their |its )?(?:[\w'’-]+ ){0,3}?(?:unopposed|without (?:a fight|resistance|firing a shot))|(?:formally |officially )?turned over (?:the )?(?:(?:camp|base) (?-i:[A-Z])[\w'’-]+|(?:-?[\w'’-]+ ){0,3}?(?:camp|base|headquarters|barracks)\b)(?: \([^().;]{1,60}\))? to (?:the )?(?:[\w'’-]+ ){0,4}?(?:government|authorities|administration|army|military|police)\b|hand(?:ed|ing|s)? over (?:[\w'’-]+ ){0,3}?(?:land|villages?|territor(?:y|ies)|(?:border )?(?:sections|parts|stretches|areas|plots) of (?:land|territory|the border))\b(?: (?:near|around|in|at|along)(?: [\w'’(),-]+){1,6}?)? to (?:the )?(?:[\w'’-]+ ){0,4}?(?:State Border Service|border (?:guards|service)|authorities|government|forces|army|troops|side)\b|(?:pulled out of|withdrew from) (?:the )?(?:[\w'’-]+ ){0,4}?(?:town|city|village|area|district|positions?)\b[^.;]{0,80}?\b(?:deployed|moved in|took over|took up positions) in (?:their|its) place\b|(?:entered|moved into|marched into|rode into|walked into) (?:the (?:town|city|village|district|area) of )?(?-i:[A-Z])[\w'’-]+(?: \([^().;]{1,60}\))? after (?:[\w'’:-]+ ){1,8}?(?:had )?(?:pulled out|withdrew|withdrawn|retreated|abandoned)\b|(?:had )?(?:withdrawn|pulled out|retreated) before (?:the )?(?:[\w-]+ )?(?:troops|soldiers|forces|army|police|fighters|militants|rebels|gunmen) (?:arrived|came|entered|moved in)\b|handing (?:the |a |an |its |their )?(?:[\w-]+ )?(?:base|facility|camp|post|airbase|compound|barracks) over to\b|handed (?:over )?control of (?:several |\d+ |two |three |four |five |some )?(?:[\w-]+ )?(?:positions|posts|bases|villages|checkpoints|areas)\b|handed (?:over )?control of (?:the )?(?:town|city|village|district|area|base|airport|territory|region|province|crossing|port)\b|turned over (?:the |a )?(?:[\w-]+ )?(?:area|camp|detachment|post|base|town|village|territory|checkpoints?) to\b|handed (?:over )?control of (?:the )?(?:[\w'’-]+ ){1,4}?(?:town|city|village|district|area|base|airport|territory|region|province|crossing|port|post|checkpoint|camp)s? to\b|moved into (?:the |a )?(?:[\w-]+ )?(?:area|town|village|territory|zone|district) without (?:a |any )?(?:fight|fighting|resistance)\b|(?:took|taking|taken) (?:over|control of) (?:[\w'’-]+ ){0,8}?after (?:it|they) (?:was|were|had been) (?:vacated|abandoned|handed over|evacuated) by\b|(?:took|taking|taken) (?:over|control of) (?:[\w'’.,-]+ ){0,12}?(?:that|which) (?:was|were|had been|has been) (?:vacated|abandoned|handed over|evacuated) by\b|(?:took|taking|taken) (?:over|control of) (?:[\w'’.,()-]+ ){0,10}?after (?:the )?(?:[\w'’.-]+ ){0,3}?(?:peacekeepers|peacekeeping (?:troops|forces)|mission) (?:had )?(?:completed (?:their|its) )?(?:withdrawal|withdrew|pulled out|left|vacated|evacuated)\b|(?:(?:took|taking|taken) (?:over|control of)|(?:moved|marched|went|came) into|entered) (?:[\w'’.,-]+ ){0,12}?after (?:[\w'’.-]+ ){1,4}?(?:had )?(?:handed (?:it|them) (?:back |over)|vacated (?:it|them)|abandoned (?:it|them)|evacuated (?:it|them))\b|entered (?:it|the (?:[\w-]+ ){0,2}?(?:town|city|village|district|base|camp)|(?-i:[A-Z])[\w'’-]+)(?: [\w'’-]+){0,3}? without (?:meeting |encountering |facing )?(?:any |a )?(?:fighting|fight|resistance|clashes|shots? (?:being )?fired)\b|(?:took|taking|taken) (?:over|control of) (?:[\w'’.,-]+ ){0,6}?without (?:any |a )?(?:confrontation|fighting|fight|resistance|clashes)\b|entered (?:the )?(?:[\w-]+ ){0,3}(?:town|city|village|district|base|camp)\b[^.;]{0,80}?\bafter (?:[\w'’-]+ ){1,6}?(?:had )?(?:pulled out|withdrew|withdrawn|retreated|abandoned)\b|(?:moved|marched|came|rode|walked) in(?:to(?: [\w'’-]+){1,4}?)?(?: (?:the next|the following|later that|that) (?:morning|day|night|evening|afternoon)| on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)| overnight| later)? without (?:any |a )?(?:fighting|fight|resistance|clashes|shots? (?:being )?fired)\b|hand(?:ed|ing|s)? (?:the |its |their )?(?:[\w'’-]+ ){0,5}?(?:base|camp|town|city|positions?|posts?|airport|barracks) (?:[\w'’(),-]+ ){0,5}?over to\b|ordered (?:[\w'’-]+ ){0,3}?(?:troops|forces|soldiers|units) to (?:withdraw|pull out|retreat) from\b|(?:entered|moved into) (?:the )?(?:[\w'’-]+ ){0,3}?(?:district|town|city|region|province|area)\b[^.;]{0,100}?\bunder (?:the |a |an )?(?:[\w'’-]+ ){0,3}?(?:deal|agreement|accord|truce|ceasefire|statement)\b|(?:moved|marched|came) in(?:to (?:the |a )?(?:[\w-]+ ){0,2}?(?:town|city|village|area|camp|base))? and took over (?:the |a |its |their )?(?:[\w-]+ ){0,3}?(?:camps?|bases?|town|city|positions?|posts?|barracks|facilit(?:y|ies))\b|hand(?:ed|ing|s)? (?:over )?control of (?:[\w'’-]+ ){1,4}?to (?-i:[A-Z])[\w'’-]+|(?:entered|moved into|deployed (?:in|into|to)) (?:the )?(?:[\w-]+ ){0,3}?(?:district|town|city|village|region|area|province|county|(?-i:[A-Z])[\w'’-]+)\b[^.;]{0,150}?\b(?:agreed|had agreed) to (?:let|allow) (?:them|the (?:[\w-]+ ){0,3}?(?:troops|forces|army|soldiers))\b|hand(?:ing|ed|s)? (?:the |its |their )?(?:area|villages?|towns?|territory|positions?|bases?|region|district|posts?) over to\b|(?:occupied|took over|entered|seized|captured|moved into|took) (?:[\w'’-]+ ){0,4}?unopposed\b|(?:entered|moved into|deployed (?:in|into|to)) (?:the )?(?:[\w-]+ ){0,3}?(?:district|town|city|village|region|area|province|county|(?-i:[A-Z])[\w'’-]+)\b[^.;]{0,120}?\b(?:after|following|as|once) (?:[\w'’(),-]+ ){0,10}?(?:agreed|had agreed|began) to (?:hand over|withdraw|pull out|cede|leave)\b|"
                                          r"hand(?:ed|ing|s)? over (?:their|its|the) (?:[\w-]+ ){0,2}(?:camp|base|positions?|garrison)\b(?: (?:[\w'’(),-]+ ){0,6}?to (?:the )?(?:[\w'’-]+ ){0,3}(?:forces|army|troops|military|FAMa|FARDC|SAF))|(?:deployed|took up positions|moved|took over) (?:into )?(?:[\w-]+ ){0,3}?(?:positions?|posts?|bases?|camps?)(?: (?:west|east|north|south|near|outside|around) (?:of )?(?-i:[A-Z])[\w'’-]+)? (?:previously |formerly |once )?(?:held|vacated|occupied|manned) by|took up positions\b[^.;]{0,100}?\bafter (?:[\w'’-]+ ){1,3}?(?:troops|forces|soldiers|fighters|units) (?:had )?(?:withdrew|withdrawn|pulled out|left)\b|(?:districts?|towns?|territor(?:y|ies)|villages?|areas?|regions?) (?:[\w-]+ ){0,3}?handed (?:back|over) by (?:the )?(?:[\w-]+ ){0,2}?(?:forces|troops|army|rebels|fighters|militia)\b|hand(?:ed)?[- ]?over of (?:the )?(?:[\w'’-]+ ){0,3}?(?:district|town|city|village|base|province|area|territory|region|county|outpost|garrison)\b|(?:entered|moved into|deployed (?:in|into|to)) (?:the )?(?:[\w-]+ ){0,3}?(?:district|town|city|village|region|area|province|county)\b[^.;]{0,60}?\b(?:after|following) (?:the )?(?:[\w-]+ ){0,4}?(?:withdrawal|pull-?out)\b|(?:took over|took control of) (?:a |an |the )?(?:[\w'’-]+ ){0,4}?(?:camp|base|barracks|positions?)\b[^.;]{0,60}?\b(?:after|following) (?:the )?(?:departure|withdrawal|pull-?out|exit) of\b|handover of (?:their|its|the) (?:[\w-]+ ){0,2}(?:camp|base|positions?|garrison)\b|without (?:meeting |encountering |facing )?(?:any )?resistance|(?:meeting|met|encountering|encountered|facing|faced) no (?:resistance|opposition)\b|without (?:a fight|(?:significant |serious |major |much |armed |any real )?resistance|any confrontation|firing a shot|fighting|a shot (?:being )?fired|clashes)|not (?:a single|one) shot (?:was |being )?fired|abandoned (?:their |its |the )?(?:[\w-]+ ){0,2}(?:bases?|positions?|posts?|camps?|garrisons?|barracks)\b|no (?:fighting|clashes|resistance) (?:took place|was reported|were reported|occurred)|(?:entered|took over|took control of|captured|seized) (?:[\w-]+ ){1,8}?(?:after|as) (?:[\w-]+ ){0,8}?(?:withdrew|had withdrawn|pulled out|had pulled out|retreated|had retreated) without (?:a fight|fighting|resistance)|negotiated (?:the |its |their )?(?:[\w-]+ ){0,3}?(?:surrender|handover|hand-over|withdrawal)|entered (?:[\w'’-]+ ){1,8}?[\w'’-]+, (?:[\w-]+ ){0,2}?(?:hours|days|a day|shortly|soon) after (?:[\w-]+ ){0,8}?(?:withdrew|had withdrawn|pulled out|had pulled out|completed (?:their|its|the) withdrawal)|(?:entered|moved into|took over|rolled into|drove into|marched into) (?:(?!without\b)[\w.,'’-]+ ){1,14}?(?:after|as) (?:[\w-]+ ){0,8}?(?:withdrew|had withdrawn|pulled out|had pulled out|retreated|had retreated|completed (?:their|its|the) withdrawal)|handed (?:the |their |its )?(?:[\w-]+ )?(?:town|city|village|base|camp|area|district|positions?|garrison) over\b|vacated (?:their |its |the )?(?:bases?|positions?|posts?|camps?|barracks)|(?:deployed|entered|moved)\b[^.;]{0,60}?\bunder an? (?:\w+ )?(?:agreement|deal|arrangement)|handed (?!themselves|himself|herself|him\b|her\b|them\b)(?:\w+ ){1,3}over to|handed over (?:the |a |several |its |their )?(?:[\w-]+ ){0,4}(?:bases?|camps?|posts?|positions?|checkpoints?|villages?|towns?|city|airport|control|area|territory)|pulled out peacefully|(?:withdrew|withdrawn|pulled out) from(?! (?:the |a |an |his |her |their |its )?(?:[\w-]+ )?(?:case|trial|race|talks|negotiations|elections?|polls?|deal|agreement|accord|treaty|competition|tournament|contest|coalition|government|cabinet|hearing|proceedings|panel|bench)\b)|handed over (?:control|the town|the city|the area)"),
    ("Government regains territory", r"(?:retaken|retook|recaptured) (?:\d+|two|three|four|five|six|several|the) (?:[\w-]+ )?(?:hamlets|villages|towns|communities|localities|settlements)\b|dislodged (?:[\w:'’-]+ ){1,4}?who had (?:occupied|held|seized|controlled) (?:at least |some |about )?(?:[\w-]+ )?(?:villages|towns|communities|localities|settlements|areas)\b|dislodged (?:[\w:'’-]+ ){1,6}?from (?:a |an |the |their )?(?:[\w-]+ )?(?:camp|base|stronghold|town|village|hamlet|position|enclave)s?\b(?=[^.]{0,120}\b(?:had (?:controlled|held|occupied)|to hold the area)\b)|(?:cleared|secured) and (?:had )?(?:taken|took|regained|retaken|retook) control of\b|(?:cleared|secured) (?:the )?(?:[\w'’-]+ ){0,6}?(?:area|valley|district|town|village|region)\b[^.;]{0,80}?\band (?:re-established|reestablished|restored|regained) (?:full )?(?:state |government )?(?:control|authority|writ)\b|(?:retook|recaptured|regained control of|took back|won back) (?:the |a )?(?:[\w'’-]+ ){0,4}?(?:border post|(?:border )?crossing|outpost|checkposts?|check posts?|posts|base|camp|hilltop|hill|island)\b|(?:retook|recaptured|took back|won back) (?:(?:several|two|three|four|five|\d+) )?(?:[\w'’-]+ ){0,2}?(?:villages|towns|districts|localities|islands)\b|recovered (?:the |a )?(?:[\w-]+ ){0,3}?(?:site|town|village|locality|area|base|post|camp|hill|district|mine)\b(?=[^.;]{0,120}\b(?:held|controlled|occupied) by\b)|(?:retook|recaptured|regained|reclaimed|took back|won back) (?:it|them) from\b|"
     # "took control of a Maute Group camp in Butig that the militants had held for about 2 years"
     r"(?:took|taken|seized|captured) control of (?:an? |the )?(?:[\w'’-]+ ){0,6}?(?:camp|base|stronghold|hideout|enclave|town|village)\b[^.;]{0,80}?\b(?:that|which) the (?:militants|rebels|insurgents|jihadists|fighters|terrorists|gunmen|extremists) had (?:held|occupied|controlled)\b|(?:drove|driven|pushed|forced) (?:the )?(?:[\w'’-]+ ){0,2}?(?:forces|troops|fighters|militants|rebels|insurgents) out of (?:the )?(?:village|town|city|settlement|locality) of (?-i:[A-Z])[\w'’-]+(?=[^.;]{0,120}\b(?:now|still) (?:held|holds?|controls?|controlled|in control)\b)|(?:re-established|reestablished|restored|reinstalled) (?:a |its |the )?(?:permanent |military )?(?:garrison|military presence|military post|army post) in (?:the )?(?:town|city|village|locality|commune)\b|(?:the )?(?:town|city|village|district|port|capital|base) had been (?:recovered|regained)\b|(?:forces|troops|army|military|soldiers|units|government)\b[^.;]{0,80}?\b(?:are|were|is|was) back in (?:full )?control of (?-i:[A-Z])[\w'’-]+|(?:t(?:ook|aken|akes?|aking)|won) back (?-i:[A-Z])[\w'’-]+(?: (?:da|de|del|al|el|(?-i:[A-Z])[\w'’-]+)){0,3},? (?:the |a )?(?:[\w-]+ )?(?:town|city|village|district|region|province|port|capital)\b|(?:restored|re-established|reestablished) (?:full )?(?:security|state authority|state control|control)(?: and (?:stability|order|calm))?['’\"”]? (?:to|in|over) (?-i:[A-Z])[\w'’-]+|(?:recaptur(?:ed|ing)|retook|retaken|regained) (?:the )?(?:towns|cities|villages|districts|areas) of (?-i:[A-Z])[\w'’-]+|(?:was|were|had been|has been) (?:recaptured|retaken|reclaimed|liberated) (?:[\w,-]+ ){0,6}?by (?:[\w-]+ ){0,3}?(?:troops|forces|soldiers|army|military|government|SNA|FARDC|SAF|FAMa)\b|reoccup(?:ied|y|ies|ying) (?:\w+ ){0,3}(?:town|city|village|district|area|territory|base|(?-i:[A-Z]\w+))|cleared['’]?(?! (?:the |a )?(?:purchase|acquisition|sale|deal|way|bill|proposal|plan|procurement|order)\b) (?:\w+ ){0,4}of (?:\w+ ){0,3}(?:fighters|militants|rebels|insurgents|terrorists|gangs?)|restored (?:its |the |state |government )?(?:\w+ )?(?:administration|authority|control) (?:over|in|there)|(?:restored|re-established) (?:state|government) (?:control|authority)\b|cleared (?:[\w'’-]+ ){0,5}?(?:fighters|militants|insurgents|terrorists|rebels) from (?:the )?(?:[\w'’-]+ ){0,4}?(?:area|town|village|valley|district|locality)\b|(?:regain(?:ed|s)?|recaptur\w+|retak(?:en|e|es|ing)|retook|reclaim(?:ed|s)?|liberat(?:ed|es)|t(?:ook|aken|akes?|aking) back)['’]? (?:[\w'’-]+:? ){0,6}?(?:control|town|city|village|valleys?|area|district|territory|commune|municipality|locality|county|province|region|base|stronghold|outpost|community|hamlet|settlement|island|camp|centre|center|citadel|capital|neighbou?rhood|quarter|suburb|airport|bridge|hills?|hilltops?|mountains?|mountain ranges?|ridges?|heights|camps?|hideouts?|positions|(?<!cell )blocks|compound|headquarters|police stations?|barracks)|(?:regain(?:ed|s)?|recaptur\w+|retak(?:en|e|es|ing)|retook|reclaim(?:ed|s)?|took back) (?-i:[A-Z]\w+)|liberated['’]? (?-i:[A-Z]\w+)|"
                                     r"back (?:in|under) (?:the )?(?:government|state|army|military|federal) (?:hands|control)"),
    ("_territory", r"\band held the (?:community|town|village|area|locality|district)\b|overt(?:ook|aken) (?-i:[A-Z])[\w'’-]+|\band (?:were|was) (?:reported |said )?(?:to )?still (?:be )?(?:holding|occupying|in control of)\b|(?:were|was) (?:reported|said) to (?:still be|be still) (?:holding|occupying|in control of)\b|(?:the )?(?:militants|fighters|rebels|insurgents|jihadists|gunmen|group) (?:were|was) still (?:holding|occupying|in control of)\b|(?:the )?(?:militants|fighters|rebels|insurgents|jihadists) (?:have |had )?(?:stayed|remained) on the (?:island|islands|hill|hilltop|peninsula)\b|took over (?-i:[A-Z])[\w'’-]+(?=[^.;]{0,120}\b(?:firefight|fighting|clashes|battle|gunfight)\b[^.;]{0,80}\b(?:fell back|retreated|withdrew|pulled back)\b)|(?:held|controlled) the (?:[\w-]+ ){0,2}?(?:town|village|district cent(?:re|er)|area|post|base) (?:over|for) (?:the )?(?:following|next|several|two|three) (?:days|weeks)\b|(?:have|has|had) occupied (?:the |a )?(?:[\w'’-]+ ){0,4}?(?:town|city|village|ward|district|area|territory|community|locality|commune)\b[^.;]{0,80}?\bsince\b|(?:which|that) (?:they|it|the (?:rebels|militants|fighters|group|insurgents)) (?:continued|continue|continues) to (?:hold|control)\b|(?:said|claimed|announced|added) (?:that )?(?:they|it) (?:now|still) (?:held|holds?|controlled|controls?) (?:it|them|the (?:base|town|post|camp|area|position|hill|hilltop|village|township))\b|(?:the )?(?:whole |entire )?(?:town|township|city|district|area|base) (?:was|were|is|are) (?:now )?(?:fully |entirely |completely |wholly )?under (?:its|their|the group's) (?:full |complete |total )?control\b|(?:the )?(?:militants|fighters|rebels|insurgents|jihadists) (?:have |had )?(?:stayed|remained) in the (?:town|village|city|locality)\b|(?:the )?(?:group|militants|fighters|rebels|insurgents|jihadists|gunmen) (?:have |had )?(?:stayed|remained) in (?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)? for (?:several|a few|two|three|four|five|\d+) (?:days|weeks)\b|"
                   r"(?:have|has) (?:since )?(?:controlled|held) (?:the )?(?:[\w'’-]+ ){0,3}?(?:roads?|area|town|village|hamlet|zone|district|territory|mines?)\s+since\b(?!\s+\w)|"
                   r"(?:occupied|seized|captured|took|entered|overran) (?:the |a )?(?:[\w-]+ )?(?:town|village|city|locality|area|base|post|camp|island),? where they (?:remained|stayed)\b|"
                   r"(?:overran|overrun|seized|captured|stormed|took) (?:the |a |an )?(?:[\w'’-]+ ){0,5}?(?:police station|station|post|outpost|base|camp|garrison|barracks|compound|headquarters)\b[^.;]{0,80}?\band (?:then )?(?:raised|hoisted|planted) (?:their|its|the group's|a) (?:[\w-]+ )?flags? (?:over|on|above|at)\b|"
                   # "overran the army detachment in Diapaga after hours of fighting, then held the town for several days"
                   r"(?<=, )(?:and )?(?:then|subsequently|later) (?:held|controlled) the (?:town|village|city|locality) for (?:several|a few|two|three|four|five|\d+) (?:days|weeks)\b|"
     r"(?:the )?(?:militants|fighters|rebels|insurgents|jihadists|gunmen) (?:then |subsequently |later )?(?:held|controlled) the (?:town|village|city|locality|area|base|camp) for (?:several|two|three|four|five|six|\d+|a few|many|some) (?:days|weeks|months)\b|"
     r"\b(?:overran|seized|captured|stormed)\b[^.;]{0,120}?\band (?:have |had )?(?:stayed|remained) (?:in|on|at) the (?:town|village|city|locality|island|area|base|post|camp)\b|(?:raised|hoisted|planted) (?:their|its) (?:black |own )?flags? (?:over (?:the )?(?:town|village|city|post|base) )?and (?:have |had )?(?:stayed|remained)\b|re-?entered (?:the (?:town|city|village|commune|municipal seat|district (?:centre|center|headquarters)|provincial capital) of )?(?-i:[A-Z])[\w'’-]+(?=[^.;]{0,110}\b(?:had (?:held|controlled|occupied|seized|taken)|had been under (?:[\w-]+ )?control|since)\b)|t(?:ook|aking|akes) over (?:the |a )?(?:[\w-]+ )?(?:neighbou?rhood|district|town|village|commune|suburb|locality)\b(?! (?:council|administration|office|hall|police|market|chief|government)\b)|(?:captured|seized|overran|t(?:ook|akes|aking) (?:full |complete |total )?control of) (?:al|el|ad|as|ar|an|ash|az)-(?-i:[A-Z])[\w'’-]+|t(?:ook|akes|aking) (?:full|complete|total) control of (?-i:[A-Z])[\w'’-]+|declared (?:the )?(?:[\w-]+ ){0,2}?(?:town|township|city|district|area|region|village|province)s? under (?:its|their) control\b|"
     r"redeployed (?:its|their) (?:units|forces|troops) outside the (?:city|town)\b|kept control of (?:the |a )?(?:[\w-]+ ){0,2}?(?:town|city|village|port|district|area|base|capital)\b|(?:which|who) (?:then )?(?:pulled|withdrew|retreated) (?:out )?(?:of|from) the (?:town|city|village|district|port|base|capital)\b|by (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|nightfall|dawn|morning|evening|the next day|the following day),? (?:the )?(?:[\w-]+ ){0,3}?(?:controlled|held|were in control of|had taken control of) (?:the |most of the |much of the )?(?:town|city|village|district|area)\b|(?:taking|took|taken|wresting|wrested) (?:control of )?(?:the |a )?(?:[\w-]+ ){0,3}?(?:town|city|village|district|base|capital|port) from\b|(?:now|still) (?:hold|holds|held|control|controls|controlled) (?:the |both )?(?:[\w-]+ ){0,2}?(?:camps?|towns?|city|cities|villages?|bases?|district|area)\b|(?:were|was|are|is) now (?:holding|controlling) (?:the |both )?(?:[\w-]+ ){0,2}?(?:positions?|posts?|hilltops?|outposts?|bases?|camps?)\b|(?:has|have|had) since (?:held|controlled|occupied) (?:the |a |an )?(?:[\w-]+ ){0,3}?(?:town|city|village|district|area|region|base|positions?|territory|border|community|locality)\b|went on to hold\b|(?:has|have|had) (?:held|controlled) (?:the |this |that |their |its )?(?:[\w-]+ )?(?:positions?|camps?|bases?|(?<!held the )(?<!held this )posts?|outposts?|hills?|hilltops?|towns?|village|ground) (?:ever )?since\b|complet(?:ed|ing) (?:their|its|the) (?:takeover|capture|seizure) of (?:the )?(?:[\w-]+ ){0,2}?(?:town|city|village|district|area|region|province)\b|established (?:their|its) (?:own )?administration (?:there|in|over)\b|(?<=\bthey )(?:held|controlled) (?-i:[A-Z])[\w'’-]+|(?:were|was) still holding (?:them|it|both|the (?:area|village|town|locality|hamlet|base|positions?))\b|(?:were|was) still (?:controlling|in control of) (?:them|it|both|the (?:area|village|town|locality|hamlet|base|positions?|post))\b|(?:which|that) (?:they|it) still (?:held|controlled|holds?|controls?)\b|seized and (?:were|was|are|is) (?:still )?holding\b|(?:wrest(?:ed|ing)|seized|captured|t(?:ook|aken|akes|aking) over) (?:full |back )?(?:control of )?(?-i:[A-Z])[\w'’-]+, an? (?:[\w'’-]+ ){0,4}?(?:village|town|hamlet|locality|settlement)\b|entered (?-i:[A-Z])[\w'’é-]+\b[^.;]{0,120}?\b(?:raised|hoisted|planted) (?:the |their )?(?:national )?flags?\b|(?:pushed|forced|drove|expelled) (?:[\w'’-]+ ){1,4}?out of (?-i:[A-Z])[\w'’-]+(?: in (?-i:[A-Z])[\w'’-]+ (?:region|province|oblast|district))? and (?:now |still )?(?:hold|held|control|controlled) (?:the |it|them)|consolidat(?:ed|ing|es) (?:its|their|his) (?:control|hold|grip) (?:over|of|on)\b|(?:had |has |have )?(?:taken|took|seized|captured) (?:the )?(?:(?!(?:to|into|from|at|over|refuge|shelter|them|him|her)\b)[\w'’-]+ ){0,3}?(?:headquarters|garrison|barracks)\b|drove (?:[\w-]+ ){1,5}?out of (?:the |a |an |several |two |three )?(?:[\w-]+ ){0,3}?(?:villages?|towns?|city|area|district|neighbou?rhoods?|region|zone|municipality|hamlets?|localit(?:y|ies))\b|(?:have|has|had) been in (?:full |complete |total )?control of|(?:is|are|was|were) (?:now )?(?:fully |completely )?under (?:the )?(?:full |complete |total |effective )?control of|(?:remained|remains|is now|was now|came|fell) under (?:the )?(?:[\w-]+ ){0,2}control|(?:still|remained|remain|stayed) in control|(?<!neither side )(?<!no side )(?<!neither )(?:was|were|is|are) (?:now |firmly |fully )?in (?:full |complete |total )?control of|(?:claimed|declared|assumed|announced|proclaimed) (?:full |total |complete )?control (?:of|over) (?:the |a )?(?:(?:[\w'’-]+ )?(?:town|city|village|district|area|camp|base|airport)\b|(?:central |eastern |western |northern |southern |all of )?(?-i:[A-Z])[\w'’-]+)(?![^.;]{0,40}\b(?:denied|disputed|rejected|contested)\b)|(?:were|was|are|is) still (?:holding|occupying|in) (?:the )?(?:[\w-]+ ){0,2}?(?:base|camp|town|city|village|garrison|barracks|post|outpost|district)\b|(?:had |has |have )?taken (?:full |complete |total )?control of (?-i:[A-Z])\w+|"
                   r"fell to (?:the )?(?:[\w-]+ ){0,3}(?:fighters|militants|rebels|insurgents|jihadists|gunmen|militiamen)|(?<=\w )fell to (?:the )?(?-i:[A-Z][\w'’-]+)(?: (?-i:[A-Z][\w'’-]+)){0,3}(?= (?:on|in|at|after|when|as|late|early|overnight)\b|[,.;])|"
                   r"flags? (?:was |were )?(?:seen |later )?(?:flying|hoisted|raised) (?:over|above|on) (?:the )?(?:[\w-]+ ){0,2}(?:town|city|village|district|base|camp|hall|headquarters|building)|(?:captured|seized|overran|took control of|taken control of) (?:the )?(?:[\w-]+ ){0,3}(?:and (?:the )?(?:nearby |neighbou?ring |adjacent )?)?(?:town|city|village|hamlet|district|county|locality|commune) of (?-i:[A-Z])\w*|(?:was|is|were|are) back (?:in|under) (?:[\w-]+ ){1,2}(?:hands|control)\b|rais(?:ed|ing) (?:the |their |its )?(?:national |\w+ )?flags? (?:over|above|in) (?:the )?(?:[\w'’-]+ ){0,2}(?:town|city|village|district|area|base|territory|residence|palace|compound|positions|hilltops|hills|heights|outposts|post|(?-i:[A-Z]\w+))|raised (?:the |their |its )?(?:national |\w+ )?flags? (?:there|on (?:the |a |its )?(?:hill|hilltop|outpost|post|base|camp|position))\b|giv(?:ing|es|en) (?:it|them|the \w+) (?:full |complete |total )?control (?:of|over)|(?:captured|seized|overran|overrun|took control of|taken control of) (?:a |an |the |their |its )?(?:[\w'’-]+ ){0,4}?(?:\(\d{4}-(?:\d{4})?\) )?(?:outposts?|military posts?|border posts?|garrisons?|barracks|(?:battalion |brigade |regional |military |county |district |provincial |command )headquarters|(?:district|provincial|county|sub-district) (?:centres?|centers?|compounds?))|(?:captured|seized|overran|took over|took (?:full |complete |total )?control of) the (?:centre|center|headquarters|capital|seat) of (?:[\w'’-]+ ){1,3}(?:district|province|county|region|municipality)\b|(?:captured|seized|overran|took (?:full |complete |total )?control of) (?:a |an |the )?(?:[\w'’-]+ ){0,4}?\(\d{4}-(?:\d{4})?\) (?:[\w-]+ ){0,2}?(?:bases?|camps?|headquarters|garrisons?|outposts?)\b|(?:ha(?:ve|s|d) )?(?:held|controlled) (?:the |a )?(?:(?!(?:in|at|on|near|inside|across|around)\b)\w+ ){0,2}(?:town|city|village|district|area|territory|commune) (?:ever )?since|(?-i:(?:captured|seized|overran|took control of) [A-Z]\w+)(?![\w ]{0,20}, (?:the |a |an )?(?:young |local |prominent |former |well-known )?(?:mayor|governor|head|leader|chief|journalist|activist|official|deputy|director|commander|priest|imam|teacher|doctor|man|woman|boy|girl|student|youth|lawyer|blogger|critic|trader|businessman|farmer|politician|member)\b)(?! (?:mayor|governor|chief|leader|official|commander|councillor|journalist|activist|priest|imam|deputy|MP)\b)|(?:took|taken|take|taking|seiz(?:ed|es|ing)|gain(?:ed)?|assumed|declared) (?:full |complete |total )?control (?:of|over) (?:the )?(?:[\w-]+ ){0,3}(?:town|city|village|district|area|territory|region|province|county|locality|commune|garrison|base|township|neighbou?rhoods|quarters|suburbs|border|frontier)|(?:took|seized|gained|assumed) (?:full |complete |total )?control of (?:(?:most|much|all|parts?|large parts|the rest) of )?(?-i:[A-Z])\w+|(?:seiz(?:ed|es|ing)|captur(?:ed|es|ing)|overran|overrun|took over) (?:the |their |its |several |two |three |a )?(?:\w+ ){0,3}(?:towns?|city|cities|villages?|district|territory|region|province|county|township)"),
    ("_capture", r"(?:established|asserted|imposed) (?:full |complete |total )?control (?:over|of) (?:the |a )?(?:[\w'’-]+ ){0,3}?(?:towns?|city|village|district|area|locality|commune)\b|seiz(?:ed|es|ing) (?:the |their |its |an? )?(?:[\w-]+ ){0,4}(?:\(\d{4}-(?:\d{4})?\) )?(?:town|city|village|district|area|territory|base|region|headquarters|garrison|barracks|camp|outpost|hilltop|position|community|communities|settlement|hamlet|municipal seat)s?\b|captur(?:ed|es|ing)(?! (?:\d+|[a-z]+) (?:of|out of) (?:the )?(?:\d+|[a-z]+) )(?! (?:[\w-]+ ){0,3}?(?:seats|councils|constituencies|votes|mandates|wards|municipalities|majority)\b)|seiz(?:ed|es|ing) control(?! of (?:the |a |an )?(?:[\w'’-]+ ){0,3}?(?:boards?|boardrooms?|compan(?:y|ies)|firms?|banks?|clubs?|shares|stakes?|conglomerates?|fields?|enclosures?|ghers?|farms?|ponds?|plots?|lands?|markets?|bazaars?|ghats?|terminals?|businesses|leases?|shops?)\b)|took (?:full |complete |total )?control(?! of (?:a |an |the )?(?:[\w'’-]+ ){0,3}?(?:terminals?|bus stands?|stands?|ghats?|businesses|leases?|tolls?|associations?|committees?|shops?|stalls?|factor(?:y|ies)|warehouses?)\b(?! (?:town|city|village)))|taken (?:full |complete |total )?control|overran|overrunning|overrun|infiltrat\w+|stormed(?!\s+to\b)(?!\s+into\s+(?:the\s+)?(?:semi|quarter|final|knockout|last|round|next round|play-?offs?|lead|top)\w*)(?!\s+and\s+(?:set|burn|torch|vandali|ransack|loot))(?!\s+(?:into\s+)?(?:the |a |an |their |his |its )?(?:[\w'’-]+ ){0,4}?(?:offices?|houses?|homes?|residences?|building|hall|campus|court|courthouse|parliament|assembly|shops?|market|school|college|university|hospital|mosque|temple|church|stage|venue|pitch|field|arena|(?:burial |funeral |wedding |naming )?ceremon(?:y|ies)|funerals?|weddings?|hotels?|restaurants?|factor(?:y|ies)|showrooms?|stations?)\b)|forced the evacuation|(?:then|and) occupied the (?:town|city|village|locality|commune)\b|(?<!in )(?<!the )(?<!of )(?<!-)(?<!who )(?<!who had )occupied(?! (?:their|his|her|the|a|an) (?:[\w-]+ )?(?:land|lands|plot|property|ponds?|shop|houses?|homes?|(?:fish |shrimp |prawn )?(?:enclosures?|ghers?|farms?))\b)(?! (?:the |a |an )?(?:[\w-]+ )?(?:rail ?(?:way )?lines?|railway|(?:railway |rail )?tracks|roads?|highways?|streets?|squares?|intersections?|junctions?|roundabouts?|bridges?|campus|premises|runways?)\b)(?! (?:the |a )?[\w-]+['’]s (?:offices?|halls?|buildings?)\b)(?! the (?:offices?|premises|headquarters) of\b)(?! (?:areas?|territor(?:y|ies)|zones?|regions?|lands?|parts?)\b)"),
    ("_clash_words", r"engaged (?:them|the (?:troops|soldiers|forces|unit|patrol)) with (?:small[- ]arms|gunfire|rifles|machine[- ]guns|automatic weapons)(?: fire)?\b|chases? and counter-?chases?|(?:killed|died|wounded|injured) in combat (?:with|against)\b|(?:died|was killed|were killed)\b[^.;]{0,60}?\bin combat (?:with|against)\b|(?:was|were) engaged by (?:[\w-]+ ){0,3}?(?:troops|forces|guards|soldiers|police|army|servicemen|units)\b|(?:gunfire|mortar|artillery|rocket) (?:and (?:gunfire|mortar|artillery|rocket) )?exchanges\b|(?:followed by|then launched|before launching|and launched|and then) (?:an? )?(?:armed|ground|gun|infantry|commando) (?:assault|attack|raid)\b|scuffled (?:with|over|outside|near|at|in)\b|scuffles? (?:broke out|erupted) between\b|sh(?:o|oo)t it out\b|brawl (?:broke out |erupted )?between\b|fired (?:on|at|upon) (?:each other|one another)\b|(?:came|come|coming|comes) to blows|(?:gunshots|shots|gunfire|bullets|fire) (?:were|was) exchanged\b|(?:to |would |began to |started to )?fight (?:each other|one another|among themselves|with (?:sticks|rods|iron rods|bricks|brickbats|machetes|knives|sharp weapons|local weapons|lathis|bamboo sticks|spears))\b|(?:gunfire|shooting|firing|fighting|gunfighting|gun-?fights?|a gun-?fight|gun ?battles?|a gun ?battle|clashes?) (?:broke out|erupted) between\b|(?:opened fire|fired) (?:on|at) (?:the |their |its )?(?:[\w-]+ ){0,2}(?:positions|outposts|trenches|frontline posts)\b|(?:gunfire|fire|shots|gunshots|bullets) (?:was |were )?exchanged|(?:are|were|was|is|remain|remained) in combat\b|confronted (?:each other|one another)|(?:answered|responded|replied) with (?:(?:pistol|rifle|gun|small[- ]arms|automatic|machine[- ]gun|return|live|their own) )?(?:fire(?! (?:extinguishers?|hoses?|trucks?|engines?))|gunfire|gunshots|shots|bullets)|both sides (?:firing|fired|opened fire)|confrontations? with (?:a |an |the )?(?:rival|armed|criminal|security|police|army|military) (?:[\w-]+ )?(?:groups?|gangs?|cells?|forces|troops|men|units?|patrols?|officers)?\b|(?:tried|attempted|trying|attempting) to storm (?:[\w'’-]+ ){0,3}?(?:positions?|lines|trenches|defen[cs]es|posts?|bases?)\b|confronted (?:an? |the )?(?:[\w-]+ ){0,3}?(?:units?|forces|troops|soldiers|patrols?|columns?|infantry|fighters|militants)\b|engaged (?:the )?(?:[\w-]+ |\((?-i:[A-Z]{2,8})\) ){0,6}?(?:forces|troops|soldiers|army|military|police|fighters|militants|rebels|insurgents|gunmen)\b(?! (?:in|for) (?:talks|negotiations|dialogue))|combats? between|enfrentamientos?|(?<!verbal )confrontations? between|(?:units|forces|troops|fighters|soldiers) (?:[\w-]+ ){0,2}fought\b|(?:fired|opened fire|shot|shooting) (?:[\w-]+ ){0,5}?at (?:each other|one another)|retaliat\w* (?:with )?(?:gun ?fire|fire|firing|bullets|shots)|(?:police|forces|law[- ]?enforcers?|troops|personnel) to retaliate|returned (?:the )?fire|fired back|opened fire in return|shot back|exchanges? of gun ?fire|(?<!state of )siege|clash\w*|gun ?fights?|gun ?battles?|fire ?fights?|exchanges? of fire|exchanged fire|(?:are|were|is|was|been) exchanging (?:heavy |sporadic |intense )?(?:gun)?fire|cross-?fire|encounter(?:s|ed)?|fighting|fought|battles?(?! damage)|battled|battling|skirmish\w*|ambush\w*|engag(?:ed|ement) with|engaged in (?:an? |heavy |fierce |intense |armed |\w+ )?(?:clash|clashes|fight|fighting|firefight|gun ?battle|battle|combat|skirmish\w*|exchange|chas(?:e|es|ing)|scuffles?|brawls?)|counter-?attack\w*|repulsed|repelled|(?:beat|beaten|beating) back (?:an? |the )?(?:[\w-]+ ){0,3}?(?:assaults?|attacks?|offensives?|advances?|attempts?|raids?)\b|offensive|engaged (?:the )?(?:[\w-]+ ){0,2}(?:forces|troops|militants|fighters|rebels|insurgents|positions)|besieged|attacked (?:each other|one another)|chas(?:ed|ing) (?:each other|one another)|pelted each other|(?:threw|hurled) (?:stones|bricks|brickbats) at each other|fierce fight\w*|(?<!penalty )shoot[- ]?outs?|traded (?:\w+ )?(?:fire|bullets|gunfire|shots)|traded (?:[\w-]+ ){1,4}?(?:fire|gunfire|shots)\b|exchanged (?:\w+ )?(?:gun\w*|fire|shots|bullets)|exchanged (?:[\w-]+,? ){1,6}?fire\b|gunfire between|(?:gun ?fire|firing|shooting) broke out\b(?=[^.;]{0,80}\bbetween\b)|in-?fighting"),
    ("_protest", r"held a silent (?:stand|protest|march|sit-in)\b|drove (?:some |about |around |more than |over |at least )?(?:[\d,]+ |hundreds of |thousands of |dozens of )?tractors (?:in)?to\b|tractor (?:convoys?|protests?|rall(?:y|ies)|blockades?|parades?|cavalcades?)\b|"
                  r"(?:national |nationwide |\w+ )?day of action (?:against|over|to protest)\b|sat down (?:on|in|across) (?:the )?(?:[\w-]+ ){0,3}?(?:road|street|boulevard|avenue|highway|square|bridge|intersection|junction)s?\b|(?:families|farmers|peasants|campesinos|landless|workers|students|villagers|squatters)\b(?:[\w'’(),-]+ ){0,8}?occupied (?:an? |the )?(?:[\w-]+ ){0,2}?(?:estate|farm|land|plantation|ranch|hacienda|building|campus|square)\b(?=[^.]{0,120}\b(?:demand\w*|protest\w*|expropriat\w+|agrarian reform|mobili[sz]ations?)\b)|(?:workers|supporters|activists|marchers|students)(?= (?:[\w-]+ ){0,2}?(?:attempting|trying|who tried|who attempted) to (?:reach|march to|gather at|assemble at|converge on)\b(?! (?:the |a |an )?[^.;,]{0,40}?\b(?:gathering|rally|march|sit-in|protest|meeting|convention|jalsa)\b))|(?:tried|attempted|were trying|was trying|sought) to (?:deliver|present|hand over|submit) (?:a |an |their |the )?(?:[\w-]+ )?petition\b|(?:tracks?|roads?|highways?|motorways?|expressways?|streets?|bridges?|railway lines?|intersections?|junctions?) (?:that |which )?they had been (?:blocking|occupying|barricading)\b|(?:with|held|organi[sz]ed|staged|took out|brought out) (?:a |an )?(?:[\w'’-]+ ){0,3}?walk\b(?=[^.;]{0,120}?\b(?:calling for|demand\w*|to demand|to protest|in protest|urging|to mobili[sz]e|mobili[sz]ing)\b)|barricade of (?:[\w-]+ ){0,3}?(?:farmers|workers|residents|villagers|students|drivers|traders|miners|teachers)\b|caravan\b(?=[^.;]{0,80}?\bdemanding\b)|riot(?:ed|ing) (?:over|against) (?:the |a |an )?(?:[\w-]+ )?(?:cuts?|shortages?|price|prices|rises?|hikes?|increases?|rations?|evictions?|closure|ban|tax|taxes|fees|fares|delays?|dismissals?|results?)\b|(?:regional|provincial|civic|departmental) strikes? (?:against|over|in protest|to protest|demanding|called by)\b|joined (?:a |an |the )?(?:\d+-hour |indefinite |one-day |two-day |three-day )?(?:nationwide|national|general|regional|provincial|civic) strikes?\b|(?:student|students['’]|workers['’]|pupils['’]) (?:occupation|sit-in)\b|occupation of (?:the )?(?:[\w'’-]+ ){0,3}?by (?:students|pupils|workers|protesters|activists|teachers)\b|(?:staged|held|observed) (?:a |an )?(?:[\w-]+ ){0,2}?(?:silent )?standstills?\b|held up (?:a |an )?(?:[\w-]+ )?(?:sign|placard|poster|banner)s? (?:reading|saying|that read)\b|\bsat in (?:outside|in front of|at|near|before)\b|holding (?:up )?(?:an? )?['‘\x22“][^'’\x22”.;]{1,40}['’\x22”] (?:sign|placard|poster|banner)s?\b|unfurl(?:ed|ing) (?:a |an |the )?(?:[\w'’-]+ ){0,3}?(?:opposition|protest|banned) (?:flag|banner)s?\b|unfurl(?:ed|ing) (?:a |an )?(?:[\w'’-]+ )?banners?\b|kept (?:the |a )?(?:[\w'’-]+ ){0,6}?(?:road|highway|street|access|entrance)s? (?:[\w'’-]+ ){0,8}?blocked\b|(?:supporters|activists|workers|members|protesters|students) (?:[\w'’-]+ ){0,2}?gathering (?:in front of|outside|at|near|on)\b|(?:families|landless (?:workers|farmers|peasants)|peasants|squatters|activists|members) (?:[\w'’()-]+ ){0,4}?occupied (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:farm|estate|plantation|ranch|hacienda|land|plot)\b|(?:women|men|students|workers|residents|activists|people|girls|youths|mothers|families) (?:[\w-]+ ){0,2}?chanted (?:[\x22“'‘]|(?:anti-[\w-]+ |political )?slogans\b)|(?:brought out|bring out|bringing out|held|staged) (?:an? |the )?['‘]?(?:gono |gana )?michil\b|(?:residents|youths|villagers|locals|supporters|voters|farmers|traders|workers|students) (?:who were )?(?:angry|angered|outraged|incensed|furious) (?:over|at|about|by) (?=(?:the |a |an |their )?(?:[\w-]+ ){0,3}?(?:results?|election|vote|count|tally|decision|ruling|killing|death|arrest|shooting|eviction|demolition|price|fares?|tax|ban)\b)|(?:blocked|locked|padlocked) (?:the )?(?:main )?(?:gates?|entrance)\b(?=[^.;]{0,160}?\b(?:demand\w*|in protest|protesting)\b)|joined (?:the )?(?:[\w'’-]+ ){0,6}?(?:protest |hunger[- ]strike )?camp\b(?=[^.;]{0,150}?\b(?:demand\w*|to protest|protesting|against)\b)|(?:workers|activists|supporters|protesters|marchers) (?:who were )?trying to (?:reach|march to|march on)\b|"
     r"camping (?:outside|in front of|at) (?:[\w'’-]+ ){1,6}?to (?:oppose|protest|demand|denounce)\b|"
     r"(?:camped|encamped) (?:in|at|outside|on|in front of) (?=(?:the )?(?:[\w'’-]+ ){0,2}?(?:square|plaza|park|parliament|congress|ministry|offices?)\b)[^.;,]{3,60}? for (?:days|weeks|months|(?:two|three|four|five|six|\d+|several) (?:days|weeks|months))\b|"
     r"(?<=dispersed a )gathering\b|(?<=dispersed the )gathering\b|"
     r"sat in (?:on|at|outside|in front of) (?:the )?(?:[\w'’-]+ ){0,4}?(?:highway|road|street|square|chowk|bypass|press club|offices?|secretariat|assembly|building|gate)\b|"
     r"laid (?:[\w-]+ ){0,2}?(?:flowers|carnations|wreaths|roses|candles)\b(?=[^.;]{0,160}\b(?:demand\w*|protest\w*|calling for)\b)|"
     r"(?:people|activists|residents|supporters|women|men|youths|students) gathered (?:with|carrying|holding|waving) (?:[\w'’-]+ ){0,3}?(?:flags|banners|placards|portraits)\b|"
     r"staged an? ['‘\"“]?die-in\b|glued (?:their hands|themselves|their palms) to\b|blocked (?:[\w-]+ ){0,3}?(?:intersections|junctions|crossroads)\b[^.;]{0,160}?\b(?:demand\w*|in protest|to protest)\b|(?:people|mourners|activists|residents|women|students) who (?:had )?(?:laid|placed) (?:flowers|wreaths|candles) at (?:a|the) (?:[\w-]+ )?(?:memorial|monument)\b|(?:waving|carrying|holding) (?:[\w-]+ )?(?:banners|placards|signs) (?:against|denouncing|protesting|demanding|calling for)\b|with an? (?:walk|march|rally|procession)\b[^.;]{0,100}?,? demanding\b|(?:(?:gathered|assembled) (?:in|at|on|outside|near|in front of|around|before)|laid (?:flowers|wreaths))\b(?:(?!\bsaid\b)[^.;]){0,120}?,? (?:demanding|calling on (?:the )?(?:authorities|government|state)|calling for)\b|(?:set up|pitched|erected|established) (?:an? |their |a new )?(?:[\w-]+ )?(?:encampment|protest camp|tents)\b(?=[^.;]{0,150}?\b(?:demand|protest|solidarity|against|call)\w*)|(?:baton[- ]charged|lathi[- ]charged|tear[- ]?gassed|dispersed) (?:[\w'’-]+ ){0,8}?(?:supporters|activists|workers|members|students|people|residents|villagers|crowds?) (?:[\w'’-]+ ){0,8}?who (?:had )?(?:gathered|assembled|converged|congregated)\b|(?:activists|supporters|leaders|workers|members|volunteers)\b[^.;]{0,60}?\b(?:distributed|distributing|handed out|handing out) (?:[\w-]+ ){0,2}?leaflets\b(?=[^.;]{0,100}?\b(?:urg|call|demand|protest|against|boycott|shun))|took (?:up )?positions? (?:on|at|in front of) (?:the )?(?:[\w'’-]+ ){0,3}?(?:road|highway|street|square|intersection|crossing|chowk|gate)s?\b(?=[^.;]{0,120}\b(?:demand\w*|protest\w*|against|to press)\b)|(?:filled|packed|thronged) (?:the |[\w'’-]+ ){0,3}?(?:streets|squares?|avenues?|boulevards?|plazas?)\b(?=[^.;]{0,120}\b(?:protest\w*|demand\w*|against|in defen[cs]e of|denounc\w+|condemn\w*|urg(?:ed|ing))\b)|['‘\"“](?-i:March) (?:to|for|on|against)\b|(?:body|bodies|coffins?) (?:of (?:[\w'’-]+ ){1,6}?)?(?:was|were) placed on (?:the |a )?(?:[\w-]+ ){0,2}(?:road|highway|street|square|chowk|intersection)s?\b|placed (?:the |his |her |their )?(?:body|bodies|coffins?) (?:[\w'’-]+ ){0,6}?on (?:the |a )?(?:[\w-]+ ){0,2}(?:road|highway|street|square|chowk|intersection)s?\b|(?:held|staged|took part in|joined|participated in|organi[sz]ed|marched in|with) (?:the |a |an |their |its )?(?:annual |weekly |yearly |traditional |monthly )?['‘\"“]?(?-i:[A-Z][\w'’-]*) (?:(?-i:[A-Z][\w'’-]*) ){0,2}(?-i:March|Strike|Rally)\b(?!\s*\d)|(?-i:[A-Z][\w'’-]*) (?-i:March|Rally)['’\"”]? (?:was|were) (?:held|staged|organi[sz]ed|taken out)\b|block(?:ed|ing|aded) (?:the )?(?-i:[A-Z]{1,2}-?\d{1,3})\b(?: (?:highway|road|motorway))?|gathered (?:[\w'’(),-]+ ){1,12}?to (?:chant|protest|denounce|condemn|demand|express solidarity|show solidarity|voice)\b|camped (?:in|on) (?:[\w'’-]+ ){0,4}?(?:square|plaza|z[oó]calo|park|avenue|street)\b[^.;]{0,40}?\bto (?:demand|protest|press for)\b|camped (?:outside|in front of|before|at) (?:the |a )?(?:[\w'’-]+ ){0,4}?(?:office|offices|headquarters|secretariat|assembly|parliament|press club|court|complex|residence|gates?)\b|(?:glued|chained|locked) themselves to|cleared (?:a |an |the )?(?:[\w'’-]+ ){0,3}(?:encampments?|protest camps?|sit-ins?|blockades?)\b|cleared the (?:protest |sit-in )?(?:site|camp|square)(?= and (?:detained|arrested|rounded up)\b)|(?:arrested|detained|rounded up) (?:[\w()-]+ ){0,8}?(?:attempting|trying|who (?:had )?tried|who (?:had )?attempted|as they tried|as they attempted) to (?:join|reach)\b|(?:arrested|detained|rounded up) (?:[\w()-]+ ){0,8}?(?:taking part|participating) in (?:a |an |the )?(?:['‘\x22“]?[\w'’-]+['’\x22”]? ){0,3}?(?:sit-in|protest|rally|march|demonstration|chain|vigil|strike|procession)\b|turned out\b(?=[^.;]{0,80}\b(?:in support of|to support|against|to protest|to denounce|to demand|demanding)\b)|(?:(?:walked|paraded|marched|rode|cycled|streamed|poured)|led (?:[\w-]+ ){1,4}?(?:supporters|followers|people|protesters|demonstrators|marchers|students|workers)) (?:through|down|along|into|to|towards|from)\b(?=[^.;]{0,100}\b(?:demanding|urging|calling (?:on|for)|carrying (?:photographs|photos|placards|banners|portraits)|chanting|to protest|in protest)\b)|gathered (?:outside|in front of) (?:the )?(?:[\w'’-]+ ){0,4}?(?:parliament|headquarters|embassy|ministry|offices?|palace|courts?|courthouse|city hall|town hall|secretariat|assembly|press club|consulate|presidency|governorate|buildings?|municipality|prefecture|council|(?:factory|mill|plant|company|university|campus|college|hospital|port) gates?|administration block|administrative block|vice-chancellor's office)\b|(?:attempting|trying|tried|attempted) (?:to (?:stage|hold|bring out|take out) )?(?:a |an )?(?:[\w'’-]+ )?(?:sit-in|rally|march|procession|protest|demonstration|human chain)\b|(?:tried|attempted|were trying|sought) to (?:gather|assemble|rally|march|regroup)\b(?! (?:the|their|his|her|its|evidence|information|bodies|intelligence|support)\b)|protest(?:s|ed|ing|ers?|ors?)?|gathered\b[^.;]{0,80}?\bfor the \w+ (?:day|night) in a row|gathered peacefully|(?:gathered|camped|massed)\b[^.;]{0,100}?\bchanting\b|(?:rioted|rioting|riots?|unrest) (?:[\w-]+ ){0,6}?(?:over|after|following|against) the (?:police (?:killing|shooting)|killing (?:of (?:a |an |the )?(?:[\w-]+ ){0,3})?by (?:the )?police|arrest of)|gathered (?:[\w,-]+ ){1,6}?(?:in support of|in solidarity with)|camp\b[^.;]{0,80}?\bcompleted (?:its )?(?:[\d,]+|\w+) days|camp(?:ed|ing) (?:out )?(?:at|outside|in front of|on) (?:[\w-]+ ){1,6}?for (?:a|the) (?:\w+ )?(?:straight |consecutive |successive )?(?:day|week|night)s?\b|demonstrat(?:ion|ions|ed|ing|ors|e)|(?:a|peaceful|street|protest) demos?|(?:who|which) (?:were|are|had been) (?:demanding|protesting)|rall(?:y|ies|ied)|human chains?|solidarity chains?|padayatras?|(?:went|go|gone|going) on (?:a )?(?:[\w-]+ )?strike\b(?=[^.;]{0,80}\b(?:demand\w*|over|against|protest\w*)\b)|(?<!religious )(?<!funeral )(?<!wedding )(?<!durbar )(?<!Durbar )processions?|(?-i:[Mm]archers|marches|(?<!were )(?<!was )(?<!been )marched(?! (?:[\w-]+ ){0,4}?(?:travell?ers|passengers|villagers|people|hostages|captives|pupils|schoolchildren|children|girls|boys|students|them|him|her)(?: [\w-]+){0,6}? (?:into|to) the (?:nearby )?(?:bush|forest|jungle|hills|mountains)\b)|[Mm]arching|march)|dharnas?|bandhs?|rasta roko|chakka jam|jail bharo|morchas?|sit-?ins?|hartal|general strike|laid (?:a )?siege to|besieg(?:ed|ing) (?:the )?(?:[\w-]+ ){0,3}(?:office|offices|police station|station|building|residence|campus|hall|secretariat|headquarters)|(?:shutter[- ]down|wheel[- ]jam|token|transport|pen[- ]down|sit[- ]down) strikes?|strike(?:s)? (?:called|enforced|observed)|observed (?:a )?(?:\w+[- ]?\w* )?strike|blockades?|blockad(?:ed|ing)|road blockades?|barricad(?:ed|ing) (?:the )?(?:[\w-]+ ){0,3}(?:road|roads|highway|street|railway|intersection)|gherao\w*|work abstentions?|work stoppages?|abstained from work|(?<!police )(?<!army )(?<!security )(?<!military )(?<!anti-)picket\w*|hunger[- ]strik\w*|fast(?:ing)?[- ]unto[- ]death|camped (?:[\w-]+ ){0,12}?to (?:oppose|protest|demand|denounce|reject)|concentrat(?:ed|ing) (?:in front of|outside|at the (?:gates?|doors?) of)|(?:held|staged|carried out|performed) an? (?:[\w-]+ )?act (?:of protest|in front of|outside)|refus(?:ed|ing|e) to bury|" + _DEMONSTRATORS_STORMED + r"|(?:placed|put|kept|laid|placing|putting|keeping|laying) (?:the |their )?(?:bod(?:y|ies)|coffins?) (?:[\w,-]+ ){0,8}?on (?:the )?(?:[\w-]+ )?(?:road|highway|street)s?\b|public (?:gathering|meeting)s?|jalsas?|mahapanchayats?|(?:kept|keeping|keep) (?:their |the )?(?:shops|businesses|markets|stores|shutters) (?:shut|closed|down) (?:in|as|for) (?:a |an )?(?:[\w-]+ ){0,2}?(?:strike|protest|shutdown|hartal)\b|(?:convoy|caravan)s? of (?:[\w-]+ ){0,2}(?:supporters|activists|protesters|participants|marchers)|(?:convoy|caravan)s? of (?:[\w()-]+ ){0,5}?(?:supporters|activists|protesters|participants|marchers) (?:on (?:their|its|the) way to|heading (?:to|for|towards)|bound for|en route to)|(?:[A-Z]{2,6} |protest |supporters' )(?:convoy|caravan) (?:heading (?:to|for|towards)|bound for|en route to|on (?:its|the|their) way to)|walk-?outs?|walk(?:ed|s|ing) off the job|(?:in|on) an? (?:\d+-hours?|twenty-four-hour|forty-eight-hour|indefinite|one-day|two-day|three-day) (?:general |nationwide |work )?strike\b|holding (?:up )?(?:an? )?(?:[\w-]+ ){0,2}(?:sign|placard|poster|banner)s? (?:reading|saying|that read|demanding|calling|supporting|backing|in support of)\b|unfurl(?:ed|ing) (?:an? |the |their )?(?:[\w-]+ )?banners?\b|in a show of (?:support|solidarity|defiance)\b|(?:held|holding|raised|raising) (?:up )?(?:photographs|photos|pictures|portraits|placards|banners) of\b|(?:gathered|assembled|rallied)\b[^.;]{0,100}?\b(?:holding|carrying|waving|raising) (?:up )?(?:photographs|photos|pictures|portraits|placards|banners|flags)\b(?=[^.;]{0,60}?\b(?:urging|demanding|calling (?:on|for))\b)|(?:parked|placed|put|lined) (?:their |up )?(?:[\w-]+ ){0,2}(?:tractors|trucks|lorries|vehicles|buses|rickshaws|carts|boats) (?:across|on|along) (?:the )?(?:[\w'’-]+ ){0,3}(?:road|highway|street|bridge|bypass|harbour)\b|(?<!-)(?:observed|enforced|called|held) (?:an? )?(?:complete |total |partial |province-wide |citywide |city-wide )?(?:shutter[- ]down|wheel[- ]jam|hartal|bandh)\b|camp\b[^.;]{0,80}?\b(?:lasted|entered|marked|reached) (?:its |more than |over )?(?:[\d,]+|\w+)(?:th)? days?\b|(?:stopped|halted|held up|disrupted) (?:the )?traffic\b|kept (?:the )?(?:[\w'’-]+ ){0,3}?(?:road|highway|street|bypass|motorway|chowk)(?: (?:at|near|in|through)(?: [\w'’-]+){1,3}?)? blocked\b|(?:laid|put|lay|laying) down (?:their )?(?:tools|pens)\b|downed tools|(?:protest |pro-[\w-]+ |anti-[\w-]+ |student |solidarity )encampments?|boycott(?:ed|ing|s)? (?:the )?(?:\w+ ){0,2}(?:classes|exams|OPDs?|outpatient departments?|duties|courts?|court proceedings|hospitals?|work|offices?)|torch(?:light)? (?:rall\w*|procession\w*|march\w*)|meeting demanding|mass gathering|bike rally|effigy|placards?|slogans?|agitation|mourning procession|vigil|long march|stone[- ]?(?:pelting|throwing|pelters)|pelted stones(?! at (?:each other|one another))|burn(?:ing|ed|t)? t[yi]res|set t[yi]res (?:and (?:[\w-]+ ){1,3}?)?(?:on fire|ablaze|alight)|agitat\w+|block(?:ed|s|ing)? (?:[\w'’–-]+ ){0,5}?(?:road|roads|highways?|streets?|railway|rail line|lane|intersection|junction|crossroads|roundabout|bridges?|motorway|traffic|bypass|expressway|chowk|avenues?|avenidas?|boulevards?|(?-i:Drive|Avenue|Boulevard))|block(?:ed|ing) (?:the )?(?-i:[A-Z][\w'’-]*)(?: (?-i:[A-Z][\w'’-]*)){0,3}\b(?=[^.;]{0,120}\b(?:to demand|demanding|in protest|to protest|to press for)\b)|lined up (?:along|on|beside|across|by) (?:the )?(?:[\w'’-]+ ){0,6}?(?=[^.;]{0,120}\b(?:demanding|to demand|calling for|to protest|in protest)\b)|(?:walked|marched|headed|went|walking|marching|heading|going) (?:[\w'’-]+ ){0,8}?to (?:deliver|present|hand over|submit) (?:a |an |their |the )?(?:[\w-]+ )?petition\b|(?:residents|people|mourners|supporters|activists|citizens|students|women|hundreds|dozens|thousands|crowds?)\b[^.;]{0,60}?\b(?:laid|left|placed|brought) (?:flowers|candles) (?:[\w'’-]+ ){0,10}?(?:in memory of|in tribute to|to commemorate|to honou?r|in mourning for)\b|took to (?:the )?streets|lined (?:the )?(?:[\w-]+ ){0,3}(?:road|roads|streets?|highway|route)\b(?=[^.;]{0,80}\b(?:calling for|demanding|to protest|in protest|chanting|carrying placards)\b)|walked out\b(?= (?:and|in protest|to protest|of (?:the |a |an |their |its )?(?:[\w-]+ )?(?:parliament|session|meeting|talks|class(?:es)?|assembly|hall|chamber|negotiations|court|sitting|house|senate|council|exam)))|(?:sitting|sat|standing|stood) peacefully\b|(?:sat|sitting|squatted) (?:down )?(?:in front of|outside) (?:the |a |an |their )?(?:[\w'’-]+ ){0,3}?(?:gates?|offices?|headquarters|factory|mill|premises|buildings?|residence|secretariat|ministry|parliament|court|courthouse|press club|hospital|campus)\b(?=[^.;]{0,150}?\b(?:demand\w*|to protest|in protest|to press|calling for|against)\b)|(?:an? |the )crowds? (?:of [\w-]+ )?chanting\b|(?:started|began|staged|held|went on|observed) (?:on \w+ )?(?:an? |the |their )?(?:\d+-hours?|twenty-four-hour|forty-eight-hour|seventy-two-hour|indefinite|general|nationwide|work|sit-in|transport) strikes?\b|(?:(?<=who had )|(?<=who ))occupied\b|bang(?:ed|ing) (?:pots|pans|saucepans)|cacerolazos?|(?:gathered|assembled|rallied|turned out|filled|thronged|massed|packed|drove|rode|walked|converged|lined up|honk\w*) [^.;]{0,120}?\bto (?:(?:voice|express|show) (?:their )?(?:support|anger|opposition|solidarity|outrage|discontent)|demand|protest|denounce|condemn|press for|oppose|reject|resist)\b|(?:students|people|residents|activists|supporters|workers|women|villagers|families|relatives|hundreds|thousands|dozens|crowds?)\b[^.;]{0,60}?\b(?:gathered|assembled|rallied|massed|turned out)\b[^.;]{0,120}?\bto call (?:for|on)\b|(?:tried|attempted|trying|attempting) to (?:enter|storm|break into|force (?:their|its) way into) (?:the )?(?:[\w'’-]+ ){0,4}?(?:office|offices|secretariat|headquarters|building|compound|premises|residence|gates?)\b(?=[^.;]{0,120}\b(?:demand\w*|protest\w*|chant\w*|calling for)\b)|came out (?:on|onto|into|to|in) (?:the )?(?:streets?|squares?)\b|occupied (?:the |a |an )?(?:[\w-]+ )?(?:rail ?(?:way )?lines?|railway tracks|tracks|roads?|highways?|streets?|squares?|intersections?|junctions?|roundabouts?|bridges?)\b|climate strikes?|(?:anger|outrage|fury|protests?) (?:[\w-]+ ){0,5}?(?:spilled|poured) (?:out )?(?:into|onto) the streets|(?:sat|sitting|squatted) (?:down )?(?:on|across) (?:the )?(?:[\w-]+ ){0,3}(?:road|roads|highway|street|railway|rail line|tracks|intersection|motorway|carriageway|expressway|bridge)|(?:enforced|observed) (?:an? )?(?:indefinite |[\w-]+ )?(?:strike|shutdown)|under the (?:banner|slogan)s?\b|pelt(?:ed|ing) (?:the )?(?:riot |anti-riot )?(?:police|policemen|officers|security forces|forces|troops|soldiers|vehicles?|trains?|buses?|cars?) with (?:stones|rocks|bricks|brickbats|bottles|projectiles)|(?:threw|hurled|pelting|pelted) (?:\w+ ){0,2}stones at (?:the )?(?:[\w-]+ ){0,2}(?:gates?|police|security forces|forces|troops|soldiers|camp|offices?|station|check ?posts?|checkpoints?|convoy|vehicles?)|gathering of (?:[\w-]+ ){0,3}(?:activists|supporters|protesters|demonstrators)|(?:\w*workers|students|teachers|traders|farmers|residents|villagers|employees|labou?rers|drivers|transporters|doctors|nurses|pensioners|retirees|miners) (?:who were |are |were )?demanding\b|striking (?:[\w-]+ )?(?:workers|miners|teachers|doctors|nurses|drivers|employees|labou?rers|dockers|staff|truckers)\b|(?:supporters|protesters|demonstrators|activists) (?:of (?:[\w-]+ ){1,4})?gathered,? (?:singing|chanting|waving|shouting)|(?:people|crowds?|residents|supporters|protesters|activists|students|workers|members|journalists|lawyers|teachers|doctors|traders|farmers|shepherds|herders|fishermen|tribesmen|women|families|relatives|depositors|savers|pensioners|retirees|veterans|mothers) (?:(?:of|from) (?:the )?(?:[\w(),-]+ ){1,8}?)?(?:(?:who|that) )?(?:had )?(?:gathered|assembled) (?:in|at|outside|near|in front of)(?! the (?:scene|site|spot))|dispers(?:e|ed|ing) (?:a |the |hundreds of |thousands of |dozens of |[\w-]+ ){0,3}(?:crowds?|supporters|people|students|workers|residents|traders|activists|farmers|teachers) (?:(?:of|from) (?:the )?(?:[\w()-]+ ){1,8}?)?(?:who (?:had )?)?(?:gathered|assembled|rallying|marching|chanting)|dispers(?:e|ed|ing) (?:[\w-]+ ){0,3}?(?:supporters|activists|marchers) (?:who were |as they were |as they )?(?:trying|attempting|tried|attempted) to (?:reach|march (?:on|to|towards)|enter)\b|gathered (?:\w+,? ){0,6}?(?:demanding|to protest|protesting|to demand)|anti-\w+ (?:rally|protest)|gathered (?:in|at|on|outside|near|along|around|in front of) (?:[\w'’,()-]+ ){1,8}?against\b|rallying (?:in (?:his|her|their) (?:defen[cs]e|support)|behind (?:him|her|them|the|their))\b|(?:students|protesters|demonstrators|supporters|workers|people|activists|residents|crowds?|thousands|hundreds|dozens|women|farmers|teachers|traders) (?:who were )?rallying (?:against|over|outside|in front of|near|at|in)\b|participants (?:of|in|at) (?:the |a |an )?(?:[\w'-]+ ){0,4}?(?:gathering|jirga|convention|march|rally)|chant(?:ed|ing) (?:[\w-]+ ){0,2}?(?:for|against) (?:the )?(?:release|resignation|ouster|removal|return|end|justice|freedom|downfall)\b|(?:families|workers|farmers|peasants|villagers|activists|students|residents|squatters|landless)(?: (?:from|of) (?:the )?[\w()'’-]+(?: [\w()'’-]+){0,5}?)? occupied (?:an? |the )?(?:[\w-]+ ){0,3}(?:estate|farm|farmland|land|plantation|ranch|building|campus|offices?|factory|square|park|ministry|headquarters)\b(?=[^.;]{0,120}\b(?:demand\w*|protest\w*|calling for|to press)\b)|(?:activists|protesters|demonstrators|campaigners|workers|residents|villagers|students|farmers)\b[^.;]{0,60}?\bblock(?:ed|ing|aded) (?:the )?(?:main )?(?:entrances?|gates?|access roads?|access) (?:to|of)\b|(?:roadblocks?|blockades?|barricades?) (?:set up|erected|mounted|put up|manned) by (?:[\w'’-]+ ){0,4}?(?:supporters|protesters|demonstrators|residents|farmers|workers|drivers|truckers|villagers|miners|teachers|students|activists|coca growers)\b|occupied (?:the |a |an )?(?:[\w'’()-]+ ){0,4}?(?:offices?|headquarters|ministry|building|secretariat|town hall|city hall|premises)\b(?=[^.;]{0,100}?\bto (?:demand|protest|press for)\b)|occupied (?:the )?(?:grounds|premises|lobby|courtyard|compound) of (?:the |a |an )?(?:[\w'’()-]+ ){0,5}?(?:offices?|headquarters|ministry|building|secretariat|institute|agency|town hall|city hall)\b(?=[^.;]{0,160}\b(?:demand\w*|protest\w*|calling for|to press|to demand)\b)|(?:held|staged|organi[sz]ed|took out|led) (?:a |an |their |its )?(?:[\w'’-]+ ){0,2}?walks?\b(?=[^.;]{0,160}?\b(?:demand\w*|protest\w*|against|calling for|to call for|condemn\w*|denounc\w*)\b)|(?:held|staged|organi[sz]ed|convened) (?:a |an |their |its )?(?:[\w-]+ ){0,2}gathering\b(?=[^.;]{0,160}\b(?:demand\w*|against|protest\w*|in support of|in solidarity with|calling for|to press|condemn\w*|denounc\w*)\b)|"
                 # "held 'Genocide Remembrance Day' gatherings ..., where participants displayed photographs of missing persons"
                 r"(?:held|staged|organi[sz]ed) (?:a |an |their |its )?(?:['‘\"“][^'’\"”.;]{1,60}['’\"”] )?(?:[\w-]+ ){0,2}gatherings?\b(?=[^.;]{0,160}\b(?:photographs|photos|portraits|pictures|images) of (?:the )?(?:missing|disappeared|abducted|killed|victims)\b)"),
    ("_force", r"dismantled (?:a |the |their )?(?:tent camp|protest camp|encampment|protest tents|sit-in camp)\b|removed (?:the )?(?:[\w-]+ ){0,3}?(?:workers|protesters|demonstrators|students|people|activists|villagers|residents|farmers|traders|miners|drivers|vendors|teachers) (?:staging|holding) (?:a |an )?(?:sit-in|protest|demonstration|blockade|vigil)\b|"
               r"fired live (?:ammunition|rounds|bullets) (?:while|as|when) (?:trying|attempting|seeking) to (?:clear|break up|disperse|remove|lift) (?:a |the )?(?:road )?(?:blockades?|protests?|demonstrations?|sit-ins?|roadblocks?|crowds?)\b|(?:police|policemen|officers|riot police|troops|soldiers|gendarmes|(?-i:Police Forces of) [\w()' -]{2,40}?) (?:[\w-]+ ){0,2}?blocked them with (?:[\w-]+ )?(?:barricades|shields|cordons?|trucks|vehicles|barbed wire)\b|(?:arrested|arresting|detained|detaining) (?:[\w-]+ ){0,8}?when they refused to (?:leave|clear|disperse|end|move|vacate)\b|(?:were|was) (?:cleared|removed|evicted) by (?:riot |anti-riot )?(?:police|policemen|officers|troops|soldiers|gendarmes)\b|(?:police|policemen|officers|riot police|troops|soldiers|gendarmes|security forces|(?-i:Police Forces of) [\w()' -]{2,40}?) (?:[\w-]+ ){0,2}?blocked (?:a |an |the )?(?:[\w'’-]+ ){0,2}?(?:demonstrations?|protests?|march(?:es)?|rall(?:y|ies)|processions?)\b|to (?:end|break up|clear|lift) (?:a |an |the |their )?(?:student |students['’] |workers['’] |pupils['’] )(?:occupation|sit-in|encampment)\b|to (?:end|break up|clear|lift) (?:the |an? )?occupation of (?:the )?(?:[\w'’-]+ ){0,3}?by (?:students|pupils|workers|protesters|activists|teachers)\b|(?:police|policemen|officers|riot police|troops|soldiers|gendarmes|security forces)(?: on horseback)? (?:[\w-]+ ){0,2}?moved in (?:on \w+ |early |at dawn |overnight )?to (?:clear|disperse|break up|remove|evict) (?:the |a |an )?(?:[\w'’-]+ ){0,6}?(?:protesters|demonstrators|marchers|men|women|students|workers|farmers|settlers|residents|villagers|activists|youths|families|squatters|vendors|teachers|pilgrims|crowd|sit-in|occupation|camp|blockade|encampment)\b|blocked (?:their|the (?:marchers['’]|protesters['’]|demonstrators['’]|teachers['’]|march['’]s)) advance\b|push(?:ed|ing) (?:the (?:group|crowd|villagers|residents|people|protesters|demonstrators)|them) (?:away|back) from (?:the )?(?:[\w-]+ )?(?:gate|gates|entrance|building|office|hall|compound|road)\b|fired (?:[\w-]+ ){0,2}?(?:in|into) the air to (?:scatter|disperse|break up)\b|(?:some|several|two|three|four|five|a few|dozens of|many|scores of) (?:of the )?(?:protesters|demonstrators|marchers|participants|students)(?:, [^,.;]{1,40},)? (?:were|had been) (?:briefly )?(?:arrested|detained|held)\b|(?:detained|arrested|rounded up) (?:[\w,'’-]+ ){0,14}?after (?:a |an |the )?(?:[\w,'’-]+ ){0,3}?(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?)(?: (?:against|over)(?: [\w'’-]+){1,4}?)? (?:broke out|erupted)\b|(?:chased|charged at|ran after) (?:the |peaceful |fleeing )*(?:protesters|demonstrators|marchers)\b|push(?:ed|ing)? back (?:hundreds of |thousands of |dozens of |the )?(?:[\w'’-]+ ){0,3}?(?:protesters|demonstrators|marchers|teachers|students|workers|farmers)\b|(?:police|policemen|officers|riot police)\s+(?:[\w-]+\s+){0,2}?dragged away (?:a |an |the )?(?:[\w'’-]+ ){0,2}?(?:woman|man|protester|demonstrator|activist|pensioner|student)s?\b|chased (?:the |a )?(?:group|procession|processionists|rally|marchers|them) (?:off|away)\b(?=[^.;]{0,60}?\b(?:procession|rally|march|protest)\w*)|(?:police|policemen|officers|forces|troops|law enforcers)\s+(?:[\w-]+\s+){0,2}?(?:stopped|blocked|halted|obstructed) (?:[\w'’()-]+ ){0,5}?(?:protesters|demonstrators|marchers)\b|(?:pushing|pushed|shoving|shoved) (?:them|the (?:protesters|demonstrators|marchers|students)) (?:off|away from|back from) the (?:road|street|highway|square)\b|(?:blocked|stopped|halted) (?:a|the) (?:[\w'’-]+ ){0,2}?(?:march|procession|rally) (?:by|of)\b|dispers(?:ed|ing) (?:about |around |some |nearly |more than |over |at least )?(?:\d+ |hundreds of |dozens of |thousands of )?(?:[\w-]+ )?(?:farmers|workers|students|protesters|demonstrators|activists|residents|villagers|teachers|traders|marchers|women|families|relatives) (?:from (?:the )?(?:[\w'’-]+ ){1,5}?)?(?:who|as they) (?:were|had (?:been )?)?\b|cleared (?:[\w'’-]+ ){1,4}?(?=(?:blocking|occupying)\b)|evicted (?:[\w,'’-]+ ){0,8}?(?=who (?:had )?(?:been )?(?:camped|camping|encamped|occupying|staging a sit-in|protesting)\b)|(?:detained|arrested|rounded up|picked up) (?:[\w,'’-]+ ){0,14}?(?:when|as|after|while) (?:they |he |she )?(?:tried|attempted|were trying|was trying|sought) to (?:gherao|march|storm|besiege|block|rally|protest|picket|lay siege)\b|(?:detained|arrested|picked up|rounded up) (?:[\w'’()-]+ ){0,10}?from (?:their|the|a|its) (?:[\w-]+ )?(?:sit-in|protest camp|protest|rally|march|demonstration)\b|stopped (?:[\w'’:()-]+ ){0,10}?(?:workers|activists|protesters|supporters|students|marchers|members|demonstrators) (?:from )?(?:marching|walking|proceeding|heading|blocking)\b|blocked (?:[\w'’-]+ ){0,3}?(?:students|protesters|demonstrators|marchers|people|supporters|activists|workers|group|participants) from (?:marching|approaching|reaching|entering|proceeding|advancing)\b|prevent(?:ed|ing) (?:the )?(?:[\w'’-]+ ){1,4}?from (?:gathering|assembling|marching|holding (?:a |an |their |its )?(?:rally|protest|vigil|march|sit-in|demonstration))\b|shov(?:ed|ing) (?:the )?(?:[\w-]+ )?(?:demonstrators|protesters|marchers|students|crowds?) back\b|(?:detained|arrested|rounded up) (?:[\w,'’-]+ ){0,14}?(?:who|after|as|when|while) (?:they )?(?:had )?(?:blocked|marched|rallied|protested|demonstrated|staged|occupied|chanted|picketed|sat down|sat in)\b|(?:dozens|scores|hundreds|several|many|some|a number)(?: of (?:them|those|the (?:protesters|demonstrators|marchers|participants|youths|students)))? (?:were|had been|have been) (?:arrested|detained|rounded up)\b|(?:carried|dragged|removed|lifted) (?:off|away from|from) (?:the )?(?:[\w-]+ ){0,2}(?:carriageway|road|roadway|street|highway|motorway|tracks|square|bridge) by (?:the )?police\b|(?:detained|arrested) (?:[\w,'’-]+ ){0,8}?who (?:had )?(?:came|come|gathered|went|turned out) to lay (?:flowers|wreaths|candles)\b|(?:tear ?gas|rubber(?:[- ](?:coated|tipped))? bullets|water cannons?|live (?:rounds|ammunition)|shots|pellets|stun grenades) (?:was|were) (?:fired|used) (?:at|on|into|against) (?:[\w'’-]+ ){0,4}?(?:protesters|demonstrators|marchers|crowds?|students|mourners)\b|fired (?:live (?:rounds|ammunition|bullets)|rubber(?:[- ](?:coated|tipped))? bullets|pellets|shots|bullets) (?:at|on|into) (?:[\w'’-]+ ){0,4}?(?:students|protesters|demonstrators|crowds?|marchers|workers|residents)\b|moved in (?:and|to) (?:detain|arrest|disperse|clear|break up)\w*\b|moved in on (?:[\w'’-]+ ){0,6}?(?:protesters|demonstrators|marchers|activists|crowds?|students|workers|supporters|participants|mourners|nurses|teachers|doctors|farmers|traders|women|vendors|people)\b|(?:detained|arrested|rounded up) (?:[\w'’-]+ ){1,8}?(?:who were )?(?:marching|rallying) (?:towards|to|on)\b|(?:detained|arrested|held|rounded up) (?:[\w'’-]+ ){0,8}?(?:(?:who were|as they were|while) (?:trying|attempting)|(?:after|when|as) they (?:attempted|tried)) to\b|(?:arrested|detained|held) (?:[\w'’-]+,? ){0,12}?(?:where|after) (?:crowds|protesters|demonstrators|people|supporters) (?:had )?gathered\b|pulled (?:[\w-]+ ){0,2}(?:demonstrators|protesters|marchers|participants) (?:into|from|out)\b|(?:arrested|detained|held(?! (?:an?|the|their|its|his|her) )|rounded up) (?:[\w'’-]+ ){0,12}?(?:as|while|when) (?:they|the \w+|(?:tens of |hundreds of )?(?:thousands|hundreds|crowds|protesters|demonstrators|supporters|marchers)(?: of (?:[\w'’-]+ ){0,7}?[\w'’-]+)?) (?:sat|marched|gathered|rallied|protested|demonstrated|staged|held|stood|chanted|blocked)\b|dragged (?:out|away|off) (?:[\w-]+ ){0,4}?(?:activists|protesters|demonstrators|participants|marchers|people|students|workers|supporters)\b|dragged (?:[\w-]+ ){0,2}?(?:activists|protesters|demonstrators|participants|marchers) (?:into|to|from|out|away|off)\b|police firing|(?:live rounds|live ammunition|bullets|pellets|shots) (?:[\w-]+ ){0,3}?fired by (?:the )?(?:police|officers|policemen|troops|soldiers|security forces)\b|came under (?:heavy )?(?:police|security forces'?|troops'?|army) (?:fire|firing|gunfire)|dispers(?:ed|ing) (?!(?:after|before|when|as|at|following|peacefully|quietly)\b)(?:the |a |an )?(?:[\w'’-]+ ){0,3}?(?:protesters|demonstrators|marchers|sit-in participants|picketers|mourners|rallies|rally)\b|(?:shot|fired|opened fire) (?:with )?(?:live (?:ammunition|rounds|bullets) )?(?:at|on) (?:the |a )?(?:peaceful )?(?:[\w-]+ ){0,4}?(?:protesters|demonstrators|mourners|marchers|crowds?|procession|(?:protest )?(?:rally|sit-in)|(?:peaceful|protest) gathering|march(?:es)?|demonstrations?)\b|came under (?:live )?fire from (?:the )?(?:riot )?(?:police|policemen|security forces|troops|soldiers|army|paramilitar\w*)\b|fired (?:[\w-]+ ){0,2}(?:pellets|rounds|bullets|ammunition) and (?:[\w-]+ ){0,2}(?:pellets|rounds|bullets|ammunition) (?:at|on|into) (?:[\w'’-]+ ){0,4}?(?:protesters|demonstrators|marchers|crowds?|procession|rally)\b|fired (?:live (?:rounds|ammunition|bullets)|rubber(?:[- ](?:coated|tipped))? bullets|pellets|shots|bullets),(?: [\w-]+){1,7}, (?:at|on|into) (?:[\w'’-]+ ){0,4}?(?:protesters|demonstrators|crowds?|marchers|people protesting)\b|pushed back (?:a |the )?(?:[\w'’-]+ ){0,3}?(?:procession|march|rally|protesters|demonstrators|marchers)\b|pushed back (?:[\w'’-]+ ){1,8}?(?:trying|attempting|who tried) to (?:march|rally|reach|gather|enter)\b|pushed back (?:[\w'’-]+ ){1,8}?(?:who were )?(?:marching|proceeding|heading) (?:towards|to|on)\b|(?:broke|break|breaking|broken) up (?:an |the |a )?(?:attempts?|bids?|efforts?) by (?:[\w'’-]+ ){1,6}?to (?:march|rally|protest|demonstrate|gather|assemble|stage|hold)\b|(?:broke|break|breaking|broken) up (?:the |a |an |their |its )?(?:[\w'’-]+ ){0,4}?(?:vigils?|pickets?|protests?|rall(?:y|ies)|demonstrations?|march(?:es)?|sit-ins?|gatherings?|processions?|human chains?|blockades?|(?:protest )?camps?|hunger strikes?|crowds?)\b|(?:pull|tore|tear)\w* down (?:the |their |a )?(?:protest |protesters' )?(?:camps?|tents?|stages?|encampments?)\b|(?:detained|arrested) (?:[\w,'’-]+ ){0,14}?at (?:an? |the )?(?:[\w-]+ ){0,3}(?:rall(?:y|ies)|protests?|march(?:es)?|demonstrations?|sit-ins?|vigils?|pickets?)\b|firing (?:live (?:rounds|ammunition|bullets)|rubber(?:[- ](?:coated|tipped))? bullets|pellets|shots|bullets) (?:at|on|into) (?:[\w'’-]+ ){0,4}?(?:students|protesters|demonstrators|crowds?|marchers|workers|residents)\b|(?:stormed|raided) (?:the |a |an )?(?:[\w-]+ )?(?:sit-ins?|protest camps?|encampments?)\b|wield(?:ed|ing) (?:batons|sticks|truncheons|clubs) (?:against|on|at)\b|(?:took|taken|taking) (?:[\w-]+ ){0,3}?of them into custody\b|(?:arrested|detained|rounded up) (?:[\w()-]+ ){0,8}?who (?:staged|held|joined|took part in|participated in) (?:a |an |the |their )?(?:[\w-]+ )?(?:sit-in|protest|rally|march|demonstration|hunger strike|procession|vigil|blockade)\b|(?:police|policemen|officers|troops|soldiers|gendarmes|units|guardsmen)\b[^.;]{0,30}?\b(?:removed|cleared|lifted|dismantled) (?:part of |parts of |some of )?(?:the |a |their )?(?:[\w-]+ )?(?:blockades?|roadblocks?|barricades?)\b|(?:protesters|marchers|demonstrators|participants|activists|procession|march)\b[^.;]{0,60}?\b(?:were|was) (?:stopped|halted|blocked|intercepted) by (?:the )?(?:police|security forces|officers|troops|levies)\b|(?:arrested|detained|rounded up) (?:[\w()'’-]+ ){0,8}?(?:staging|holding|during) (?:a |an |the |their )?(?:[\w'’-]+ )?(?:sit-in|protest|rally|march|demonstration|hunger strike|vigil|picket)\b|dismantl(?:ed|ing) (?:the |their |a |an )?(?:[\w'’-]+ ){0,3}?(?:protest camps?|encampments?|sit-in camps?|tents?)\b|placed (?:[\w-]+ ){0,4}?in (?:preventive |preventative |police )?custody\b|push(?:ed|ing) (?:the )?(?:marchers|protesters|demonstrators|crowds?|participants) (?:back|aside|away)\b|forcibly (?:reopened|cleared|dispersed|removed|evicted)\b|cleared (?:the |a |an )?(?:[\w'’-]+ ){0,3}?(?:road|roads|highway|street|streets|square|intersection|junction|blockade|bridge)s? (?:with|using) (?:batons|sticks|truncheons|tear ?gas|water ?cannons?|force|rubber bullets)\b|beat (?:back|off) (?:a |the )?(?:[\w-]+ )?crowd\b|(?:while |as |after )?clear(?:ing|ed) (?:a |the )?crowd of\b|(?:police|officers|troops) chased (?:them|the (?:protesters|demonstrators|marchers|participants|crowds?|procession|rally|march))\b|chased (?:them|the (?:protesters|demonstrators|marchers|participants|crowds?)) (?:down|through|into|out of|from)\b|(?:took|taking|taken) (?:[\w-]+ ){0,3}?(?:participants|protesters|demonstrators|marchers) (?:away|into custody)\b|remov(?:ed|ing) (?:[\w-]+ ){0,6}?(?:protesters|demonstrators|supporters|activists|participants|students|residents|villagers|workers|farmers|teachers|traders|miners|families)\b[^.;]{0,90}?\b(?:who (?:were|had been|had (?:taken over|occupied|blocked|seized|chained|glued|locked))|from)\b|dispers(?:ed|ing|es) (?:[\w,-]+ ){1,5}?who (?:were|had been) (?:protesting|demonstrating|rallying|marching)|dispers(?:ed|ing|es) (?:[\w,'’-]+ ){1,6}?(?:protesting|demonstrating|rallying|marching)\b|chased (?:[\w'’-]+ ){1,4}?who (?:had )?(?:staged|held|joined)\b|dispers(?:ed|ing|es) (?:[\w'’(),-]+ ){1,10}?who (?:had )?(?:gathered|assembled|rallied|marched|converged|blocked|blockaded|occupied)\b|dispers(?:ed|ing|es) (?:[\w,-]+ ){1,5}?who had (?:brought out|taken out|staged|held) (?:a |an |the )?(?:[\w-]+ )?(?:procession|rally|march|protest|sit-in|human chain)\b|firing on (?:the )?(?:\w+ )?(?:protesters|demonstrators|crowd|procession)|chased (?:them )?(?:away|off)|police action|charged? batons?|baton[- ]charged|(?<!sides )(?<!groups )(?<!factions )used (?:batons|sticks|truncheons|water ?cannons?|force) (?:to|and|on|against)\b|interven\w+|prevent(?:ed|s)? (?:[\w-]+ ){0,12}?from|(?:tried|attempted|trying|attempting|sought|moved|moving) to (?:stop|block|halt|prevent|break up|disperse) (?:the |a |an |their )?(?:[\w'’-]+ ){0,4}?(?:march(?:es)?|protests?|rall(?:y|ies)|demonstrations?|sit-ins?|processions?|parades?|vigils?)\b|barred (?:[\w-]+ ){0,6}?from|evict(?:ed|ing) (?:[\w'’()-]+ ){1,10}?who (?:had )?(?:occupied|been occupying|were occupying)\b|(?:stopped|prevented|blocked|obstructed|foiled) (?:[\w'’-]+ ){1,5}?from (?:bringing out|taking out|holding|staging|carrying out|proceeding with) (?:a |an |their |the |its )?(?:[\w-]+ )?(?:procession|rally|march|protest|demonstration|human chain|sit-in|programme)\b|(?:peeled|prised|pried|unglued|cut loose) (?:[\w'’-]+ ){0,4}?(?:activists|protesters|demonstrators|campaigners) (?:off|from)\b|(?:brought|bring) the situation under control|clubbed|resorted to (?:the )?(?:use of )?force|use of force|"
               r"attacked (?:the |a |an |their )?(?:\w+ ){0,2}(?:demonstration|protest|procession|rally|human chain|sit-in|march)|"
               r"chased (?:them|the (?:\w+ )?(?:protesters|demonstrators|workers|students|crowds?|marchers)) (?:away )?with (?:sticks|batons|canes|clubs)|(?:were|was) (?:forcibly )?removed by|"
               r"removed (?:them|the (?:\w+ )?(?:protesters|demonstrators|workers|students|crowds?)) (?:by force|forcibly)|forcibly (?:removed|evicted|dragged away)|"
               r"removed (?:[\w-]+ ){0,3}?(?:protesters|demonstrators|students|workers|activists|people|residents) who (?:had been|were) (?:blocking|protesting|occupying|sitting)|"
               r"(?:were|was) (?:arrested|detained|rounded up|picked up) (?:[\w-]+ ){0,6}?(?:as|when|while) they (?:attempted|tried|were trying|gathered) to|"
               r"(?:arrested|detained|rounded up) (?:[\w-]+ ){0,8}?who had (?:gathered|assembled)|"
               r"(?:arrested|detained|rounded up) (?:[\w(),-]+ ){0,8}?who (?:were|had been) (?:(?:staging|holding|protesting|demonstrating|marching|rallying|taking part in|participating in) (?:a |an |the |their )?(?:[\w-]+ )?(?:sit-in|protest|rally|march|demonstration|hunger strike|strike|procession)|(?:protesting|demonstrating) (?:outside|in front of|at|near|on|against)\b)|"
               r"opened live fire on (?:the |a )?(?:\w+ ){0,2}(?:protesters|demonstrators|crowds?|rally|procession|sit-in|march|marchers)|"
               r"(?:arrested|detained|picked up) (?:[\w-]+ ){0,4}(?:protesters|demonstrators|activists|participants|marchers)|"
               r"(?:protesters|demonstrators|marchers|participants) (?:were|was) (?:later )?(?:taken into custody|arrested|detained|rounded up)\b|"
               r"(?:arrested|detained|rounded up) (?:[\w'’-]+ ){1,10}?who were (?:blocking|protesting|demonstrating|marching|picketing|rallying)\b|"
               r"(?:arrested|detained|rounded up|picked up) (?:dozens|scores|hundreds|several|many|some|most|\d+|two|three|four|five|six|seven|eight|nine|ten) of (?:the|their) (?:[\w-]+ )?(?:students|workers|teachers|participants|women|villagers|residents|farmers|traders|doctors|nurses|lawyers|organi[sz]ers|leaders)\b|"
               r"(?:arrested|detained) (?:several|some|a few|dozens of|\d+|two|three|four|five|six|seven|eight|nine|ten) (?:[\w-]+ )?(?:students|organi[sz]ers)\b|"
               r"removed (?:the )?(?:[\w-]+ ){0,5}?(?:workers|protesters|demonstrators|students|people|activists|villagers|residents|farmers|traders|miners|drivers|vendors|teachers) who had (?:blocked|occupied|gathered|barricaded|glued|chained|locked|sat)\b|"
               r"(?:arrested|detained|picked up|rounded up) (?:[\w-]+ ){0,2}of them\b|"
               r"(?:arrested|detained|rounded up) (?:[\w-]+ ){0,8}?who (?:were|had been) (?:\w+ ){0,2}?(?:protesting|demonstrating|rallying|marching|slow-marching|(?:holding|staging) (?:a |an )?(?:[\w-]+ )?(?:protest|demonstration|rally|sit-in|march))|(?:arrested|arresting|detained|detaining) (?:[\w-]+ ){0,8}?who (?:refused|declined) to (?:leave|end|quit|abandon) (?:the |their )?(?:[\w-]+ )?(?:protest|demonstration|blockade|sit-in|encampment|occupation)\b|tear[ -]?gas(?:s(?:ed|ing))?|tear ?shells?|pepper[- ]spray(?:ed)?|rubber bullets?|(?:stun|sound) grenades?|flash-?bangs?|(?:detained|arrested|rounded up) (?:\d+ |dozens of |hundreds of |scores of |several |some )?(?:protesters|demonstrators|marchers)\b|(?:detained|arrested) (?:[\w-]+ ){0,4}?(?:people|protesters|demonstrators|activists|participants|women|men|students|supporters)(?:, including [^,.;]{1,40},)? (?:at|during|from) (?:a |an |the )?(?:[\w'’-]+ ){0,3}(?:pickets?|protests?|rall(?:y|ies)|demonstrations?|march(?:es)?|sit-ins?|gatherings?|vigils?)|(?:detained|arrested) (?:[\w-]+ ){0,4}?(?:people|protesters|demonstrators|activists|participants|women|men|students|supporters) (?:who were )?(?:marching|protesting|demonstrating|rallying|picketing)|(?:arrested|detained) (?:[\w,-]+ ){0,8}?(?:who|as they) (?:attempted|tried|were trying) to (?:march|protest|demonstrate|rally|gather|hold)|(?:arrested|detained|rounded up) [^.;]{0,120}?\b(?:who|as they) (?:had )?(?:gathered|assembled|were gathering|were assembling|converged) (?:at|in|on|outside|near|for|to)\b|(?:arrested|detained|rounded up) [^.;]{0,60}?\bas (?:[\w-]+ ){0,5}?(?:supporters|protesters|demonstrators|activists|marchers|students|workers) (?:marched|rallied|protested|demonstrated|gathered)\b|(?:protesters|marchers|demonstrators|the march|the rally|the procession) (?:were|was) (?:intercepted|stopped|blocked)|(?:stopped|halted|obstructed|foiled|intercepted) (?:a |an |the |their |its )?(?:[\w'’-]+ ){0,3}?(?:processions?|march(?:es)?|rall(?:y|ies)|sit-ins?|human chains?|demonstrations?)\b|(?:were|was) (?:pushed|driven|chased|beaten) back by (?:the )?(?:riot )?(?:police|law enforcers|security forces|troops|BGB|army)\b|pushed (?:them|the (?:students|protesters|demonstrators|marchers|crowd|activists)) back\b|pushed back (?:the )?(?:[\w-]+ ){0,3}(?:protesters|demonstrators|students|marchers|crowds?|activists)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of|some|a dozen) (?:[\w-]+ )?(?:people|protesters|demonstrators|activists|students|participants|marchers) (?:were|had been) (?:detained|arrested)|(?:forcibly )?(?:removed|evicted|cleared) (?:the |a |an |some |dozens of |hundreds of )?(?:protesters|demonstrators|sit-in|protest camp|encampment|them)|baton[- ]?charg\w*|lathi[- ]?charg\w*|charged batons|water cannons?|dispersal|disperse\b|(?:were|was|been|being|got|are|is) (?:\w+ )?dispersed|dispers(?:ed|ing) (?:the|them|a|an|hundreds|thousands|dozens|protesters|demonstrators|crowds?|students|activists|workers|supporters|people|by(?! (?:noon|midday|evening|night|nightfall|dusk|dawn|afternoon|\d)))\b|fired (?:\w+ ){0,3}(?:rounds|shots|bullets)|opened (?:live )?fire on (?:the |a )?(?:\w+ ){0,2}(?:protesters|demonstrators|demonstration|crowds?|rally|procession|sit-in|march|protest|participants|marchers|mourners)|(?:fired|shot) (?:[\w-]+ ){0,3}(?:at|on|into) (?:a |the )?(?:\w+ ){0,3}(?:protesters|demonstrators|crowd|youths|students|rally|marchers)|br(?:oke|eak|eaking) up (?:a |the )?(?:\w+ ){0,2}(?:sit-in|protest|rally|demonstration|gathering|march|procession)|charged (?:them |the \w+ )?with batons|swung batons|obstructed|foiled (?:the )?(?:rally|protest|procession)|prevented (?:them|the)|blocked (?:the )?(?:rally|procession)|(?<=police )(?:stopped|halted|blocked|intercepted) (?:the )?(?:[\w-]+ ){0,2}?(?:marchers|protesters|demonstrators|procession|rally|march|participants)\b|(?:arrested|detained|rounded up) (?:[\w'’()-]+ ){0,5}?[\w-]+s (?:who were )?(?:protesting|demonstrating|rallying|picketing)\b|(?:briefly )?(?:detaining|arresting) (?:several|some|a few|dozens of|scores of|\d+|two|three|four|five|six|seven|eight|nine|ten) (?:of the )?(?:protesters|demonstrators|marchers|participants)\b|(?:arrested|detained|rounded up|picked up) (?:[\w'’()-]+ ){0,15}?(?:as|while|when) they (?:were )?(?:tried to |attempted to |trying to |attempting to )?(?:protest(?:ed|ing)?|demonstrat\w+|march(?:ed|ing)?|rall(?:ied|ying)|gather(?:ed|ing)?|gherao\w*|stag(?:ed|ing) (?:a |an )?(?:sit-in|protest|demonstration))\b|(?:blocked|halted) (?:some |about |around |nearly |over |more than |hundreds of |thousands of )?[\d,]{1,7} (?:Protesters|protesters|demonstrators|marchers)\b|(?:blocked|stopped|prevented) (?:some |about |around |nearly |over |more than |hundreds of |dozens of )?(?:[\d,]{1,7} )?(?:[\w-]+ (?:and )?){0,3}?(?:students|activists|protesters|demonstrators|marchers|workers|supporters|villagers|farmers|teachers) from (?:marching|rallying|protesting|demonstrating|holding (?:a |an |their )?(?:rally|march|protest|demonstration|procession))\b|push(?:ed|ing) (?:the |their )?(?:front (?:lines?|rows?|ranks?)|crowds?|marchers|protesters|demonstrators) back\b"),
    ("_protest_violence", _CROWD_STORMED + "|" + _MONUMENT_SMASHED + r"|(?:overturned|overturning|flipped over) (?:a |an |the |two |three |several )?(?:[\w'’-]+ ){0,2}?(?:vehicles?|cars?|trucks?|buses?|lorr(?:y|ies)|vans?)\b|(?:threw|hurled|lobbed|tossed) (?:home-?made |hand-?made )?['‘\x22“][\w\s-]{2,25}['’\x22”] at (?:the )?(?:riot |anti-riot )?(?:police|policemen|officers|gendarmes|security forces)\b|(?:stoned|pelted) (?:the |a |an )?(?:(?-i:[A-Z])[\w'’-]*['’]s |[\w-]+['’]s )?(?:[\w-]+ )?(?:office|offices|headquarters|town hall|city hall|governorate|prefecture|police station|residence)\b|(?:threw|hurled|lobbed|tossed|throwing|hurling) (?:petrol bombs|molotov cocktails|firebombs|fire bombs) at (?:the )?(?:riot |security |anti-riot )?(?:police|officers|policemen|troops|soldiers|security forces|gendarmes|riot police)\b|burn(?:ed|t|ing) (?:down )?(?:a |an |the |two |three |several )?(?:[\w'’-]+ ){0,2}?(?:police (?:stations?|posts?|vehicles?|vans?|cars?)|courthouses?|town halls?)\b|ston(?:ed|ing) (?:a |an |the |several |two |three )?(?:[\w-]+ ){0,2}?(?:posts?|stations?|offices?|vehicles?|buses|cars|police|policemen|gendarmes|security forces|soldiers|troops|officers|buildings?|headquarters|factories|factory|shops|houses|homes|convoys?)\b|(?:projectiles|stones|rocks|bricks|bottles|missiles|petrol bombs|fireworks) (?:rained|showered) (?:down )?on|hurl(?:ed|ing) (?:[\w,-]+ ){0,4}?(?:stones|rocks|bricks|bottles|projectiles|molotov\w*|petrol bombs|firecrackers|fireworks|flares|dynamite)\b|(?:tried|attempted|trying|attempting) to (?:force their way|break) into\b|(?:threw|throwing) (?:[\w,-]+ ){0,5}?(?:stones|bricks|brickbats|brick ?chunks|chunks|bottles|flares|rocks|projectiles|molotov\w*|firecrackers|fireworks) at|(?:smash(?:ed|ing)|broke|breaking) (?:the |its |their )?(?:[\w-]+ ){0,2}(?:windows|windscreens?|windshields?|window panes|glass|doors|gates?|furniture|cars?|vehicles?)|(?:erect\w*|put up|set up|plac(?:ed|ing)|rais(?:ed|ing)|buil[dt]\w*) (?:a |the |several |some )?(?:\w+ )?barricades?|barricad(?:ed|ing) (?:the )?(?:[\w-]+ ){0,3}(?:road|roads|highway|street|railway|intersection)|vandali[sz]\w*|torch(?!light|bearer|[- ]bearing|[- ]lit\b|es\b|(?:es)? (?:rall|procession|march|parade|vigil))\w*|set(?:ting)? (?!to fire\b)(?:[\w'’-]+ ){0,8}(?:fire|afire|ablaze|alight)|(?:projectiles|missiles|rocks|bottles|stones|bricks|fireworks) (?:were )?(?:hurled|thrown) at (?:the )?(?:riot )?(?:police|officers|gendarmes|troops|security forces)|(?:fired|shot|launched|aimed) (?:[\w-]+ ){0,2}?(?:fireworks|firecrackers|flares|rockets) at (?:the )?(?:riot )?(?:police|officers|gendarmes|troops|security forces)\b|burn(?:ed|t) (?:down )?(?:an? |the |two |three |several |some |\w+ ){0,3}(?:vehicles?|cars?|buses|bus|vans?|trucks?|houses?|shops?|offices?|motorcycles?|motorbikes?|bikes?|rickshaws?)|ston(?:ed|ing) (?:a |an |the |several |two )?(?:[\w-]+ ){0,2}(?:trains?|buses|bus|vehicles?|cars?|convoys?|offices?|shops?|police stations?)\b|damag(?:ed|ing) (?:\w+ ){0,3}(?:property|vehicles?|cars?|buses|shops?|offices?)|clash\w* with (?:the )?(?:law enforcers|law enforcement|security forces)|hurled (?:brick|stone)\w*|brick ?bat\w*|pelted|threw (?:stones|bricks|brickbats|brick ?(?:chunks|chips|bats)|rocks)\b|(?:demonstrating|protesting|rallying) (?:for|against|over) [^.;]{0,120}?\band (?:then )?(?:attacked|assaulted)\b|stone[- ]pelting|ransack\w*|attacked (?:the )?(?:police|vehicles|shops|offices)|clash\w* with (?:the )?police|went on a rampage|blocked (?:the )?road (?:and|by) (?:burning|setting)|burn(?:ed|t|ing) tyres|crude bombs?|cocktails?"),
    ("_riot", r"(?:confined|locked up|locked|held) (?:the |a |an )?(?:[\w'’-]+ ){0,5}?(?:headmaster|headmistress|principal|teacher|vice-chancellor|chairman|officer|official)s? (?:of (?:[\w'’()-]+ ){1,9}?)?in (?:his|her|their|the) (?:office|room|chamber)\b[^.;]{0,120}?\bforced (?:him|her|them) to (?:sign|resign|step down)\b|(?<!anti-)riot(?![\s-]+(?:police(?:men|women)?|gear|control|squad|units?|shields?|act|officers?|cops|troops|forces|personnel))\w*|(?<!flash-)(?<!flash )mob|(?:crowds?|(?:enraged|angry|irate|furious|frenzied) (?:men|youths|villagers|residents|people|locals)) (?:armed with|carrying|wielding) (?:[\w,'’-]+ ){0,5}?(?:looted|ransacked|torched|rampaged)|lynch\w*|(?:beaten|thrashed|lynched|assaulted) (?:up )?by (?:angry |irate |enraged )?(?:locals|villagers|residents|a crowd|the crowd|people)\b|(?:angry|irate|enraged|furious|frenzied) (?:crowds?|youths|villagers|residents|locals)(?= (?:[\w-]+ ){0,3}?(?:dragged|beat|lynched|set upon|hacked|stoned|killed)\b)|(?:dozens|scores|hundreds) of (?:young men|youths|villagers|residents|locals)(?= (?:[\w-]+ ){0,2}?(?:attacked|stormed|set upon|ransacked|stoned)\b(?![^.;]{0,60}\b(?:shot|gunfire|rifles|guns)\b))|rampage|rival (?:groups|factions|supporters)(?! of (?:the )?(?:former |ex-)?(?:[\w-]+ ){0,2}?" + ARMED_MOVEMENT + r")|supporters of (?:two )?rival|(?:two|rival) (?:groups|factions)(?! of (?:the )?(?:former |ex-)?(?:[\w-]+ ){0,2}?" + ARMED_MOVEMENT + r") (?:of )?\w*|vandalism|unrest"),
    ("_weapons", r"shotgun (?:pellets?|rounds?|cartridges?)|birdshot|(?:with|used|using|carrying|wielding) (?!(?:his|her|their|its|my|our|your) arms\b)(?:\w+ ){0,2}(?:arms|weapons)|country[- ]made (?:weapons|arms|guns?|pistols?)|chopp\w+ to death|hacked to death|lethal weapons?|sharp weapons?|firearms?|fire ?arms|guns?|gunfire|gun ?shots?|shot|shoot\w*|pistols?|rifles?|(?<!rubber )(?<!plastic )(?<!rubber-coated )(?<!rubber-tipped )(?<!sponge-tipped )bullets?|armed (?:[\w-]+ ){0,4}?(?:clash\w*|men|groups?|factions?|villagers|supporters|cadres|activists|actors|members|followers|youths|miscreants)|two armed|opened fire|opening fire|open fire|gun ?battles?|battle(?! damage)|machetes?|swords?|daggers?|spears?|rods?|sticks?|choppers?|knives|ramdaos?|bombs?|exchange of fire|gun ?fights?|gun ?battles?|fired (?:\w+ ){0,4}(?:at|on|upon|shots|bullets|rounds|into|gunshots|in the air|indiscriminately)"),
    ("_violence", r"(?:confined|locked up|locked|held) (?:the |a |an )?(?:[\w'’-]+ ){0,5}?(?:headmaster|headmistress|principal|teacher|vice-chancellor|chairman|officer|official)s? (?:of (?:[\w'’()-]+ ){1,9}?)?in (?:his|her|their|the) (?:office|room|chamber)\b[^.;]{0,120}?\bforced (?:him|her|them) to (?:sign|resign|step down)\b|stoned (?:an? |the |two |three )?(?:[\w-]+ ){0,2}?(?:man|woman|men|women|youths?|boys?|girls?|persons?|suspects?|thie(?:f|ves)|teenagers?)\b|(?:threw|thrown|hurled|splashed|poured|flung) acid (?:on|at|over|into)\b|(?:drove|rammed|ploughed|plowed|slammed|steered) (?:his |her |their |a |an |the )?(?:[\w-]+ ){0,2}?(?:car|truck|vehicle|van|SUV|lorry|pickup|pick-up|bus)s? (?:into|through) (?:a |the )?(?:crowds?|groups?|lines?) of (?:[\w-]+ ){0,2}?(?:protesters|demonstrators|marchers|worshippers|pedestrians|people|activists|students|supporters|mourners)\b|sprayed (?:[\w'’-]+ ){1,9}?with (?:bullets|gunfire)\b|(?:gang members|gangsters|gunmen|armed men|militiamen|bandits|attackers|militants) (?:[\w-]+ ){0,2}?(?:swept|rampaged) through\b|acid attack|whipp(?:ed|ing)(?! up\b)|flogg(?:ed|ing)|thrash(?:ed|ing) (?:him|her|them|the|two|three|four|five|several|a|an)\b|punch(?:ed|ing)(?! above)|kick(?:ed|ing)(?! (?:off|out|in|back|up|the (?:ball|bucket|habit|can))\b)|slapp(?:ed|ing)(?! (?:a |an |with |on )?(?:[\w-]+ )?(?:bans?|fines?|charges?|sanctions?|tariffs?|duties|curbs|restrictions|lawsuits?|notices?)\b)|died (?:[\w-]+ ){0,2}?in (?:police |jail |prison |RAB |army |military |BGB |DB )custody\b|set upon|ston(?:ed|ing) (?:them|him|her)\b|doused (?:them|him|her) (?:in|with) (?:petrol|kerosene|gasoline|fuel)|rough(?:ed|ing) (?:\w+ ){0,2}up\b|ston(?:ed|ing) and (?:then )?(?:burn|beat|lynch|kill|set)\w*|ston(?:ed|ing) (?:\d+ |two |three |four |five |a |an |the )?(?:[\w-]+ ){0,2}(?:suspects?|men|man|members|thie(?:f|ves)|robbers?|kidnappers?|bandits)\b|"
                  r"set (?:him|her|them|the (?:\w+ )?(?:men|man|suspects?|bodies)) (?:on fire|alight|ablaze|afire)|set (?:fire to|ablaze) (?:\w+ ){0,3}(?:men|man|people|suspects|women|him|her|them|thie(?:f|ves)|robbers?)\b|slash(?:ed|ing) (?:them|him|her|the (?:\w+ )?(?:victims?|men|women|villagers)) with|slash(?:ed|ing) (?:[\w-]+ ){1,6}?with (?:machetes?|knives|a knife|blades?|swords?|sharp weapons?|daggers?|ramdaos?)\b|hit by (?:[\w-]+ ){0,2}(?:gunfire|bullets?|pellets|shotgun fire|live fire)\b|(?:hammer|club|bludgeon|batter|burn|bur|strangl|stabb|beat|hack|chopp|shot|torture|stone|lynch)\w* (?:[\w'-]+ ){0,4}?to death|cut (?:off )?(?:[\w'’]+ ){0,3}?(?:veins|tendons|wrists)|(?:tendons|veins|wrists) (?:[\w'’]+ ){0,6}?(?:were|was) (?:\w+ )?(?:cut|severed|slit)|died in (?:police |RAB |jail |prison )?custody|custodial death|gunned|ston(?:ed|ing) (?:\w+ ){0,4}?to death|crucif\w+|butcher(?:ed|ing)|boiled (?:\w+ ){0,2}to death|(?:burn(?:ed|t|s|ing)?|buried) (?:\w+ ){0,5}alive|poisoned|killings|cuts? (?!(?:their|his|her|its|our|the) (?:livelihoods?|incomes?|salar\w+|wages?|pay|earnings?|budgets?|prices?|costs?|supply|supplies|output|production|numbers?|rations?)\b)(?:\w+ ){0,5}in half|execut(?:ed|ing|es|ion|ions)|buried (?:\w+ ){0,3}alive|opened (?:their |his )?fire|strangl\w+|strangul\w+|burn(?:ed|t) (?:\w+ ){0,4}to death|sever(?:ed|ing|s)|slit|chopp\w+|knifed|manhandl\w+|sprayed bullets|came under (?:an )?attack|(?:patrols?|convoys?|troops|soldiers|servicemen|positions?|posts?|outposts?|bases?|units?|columns?|checkpoints?) (?:[\w-]+ ){0,3}?came under (?:heavy |intense |sustained |sporadic )?(?:gun ?)?fire\b|cut (?:off )?(?:his|her|the|their) (?:[\w-]+ )?(?:throats?|hands?|fingers?|ears?|noses?|heads?|tongues?|legs?|arms?|veins|tendons?|limbs|feet|foot)\b|found (?:\w+ ){0,2}dead|bod(?:y|ies) of\b[^.]{0,140}?\b(?:was|were) (?:found|recovered|fished out)|bod(?:y|ies) (?:was |were )?(?:recovered|found)|attack(?:ed|s|ing)?|kill(?:ed|ing|s)?|shot|shoot\w*|gunned down|gunning down|stabb\w+|hack(?:ed|ing) to death|beat(?:en)? to death|beat(?:en|ing)?(?! (?:the |their |a |an )?(?:[\w-]+ )?(?:drums?|the heat|heat|deadlines?|expectations|traffic|strikes?|blockades?|hartals?|rush|queues?|odds|curfew|record))|assault\w*|hacked(?! (?:\w+ )?(?:accounts?|websites?|pages?|phones?|e-?mails?|servers?|systems?|profiles?|Facebook|data|database))|murder\w*|lynch\w*|slaughter\w*|massacre\w*(?! of (?:the )?(?:democracy|constitution|truth|justice|freedom|law|rule of law|the law)\b)|fired (?:upon|at|on)|opened fire|opening fire|injur\w+|wound\w+|torture\w*|behead\w*|assassinat\w+|struck|targeted|raid(?:ed|s)?|hurled|chopped|killing|tortured"),
]

# Words without which a pattern cannot match (lower case): a pattern whose words are all
# absent from a text is not run on it. Every alternative of the pattern holds one of them.
_ANCHORS: dict[str, tuple[str, ...]] = {
    "Suicide bomb": ("strapped to", "bomber", "drove", "rammed ", "driven into", "driven at", "rammed into", "rammed at", "crashed into", "crashed at", "suicide", "self-detonat", "blew ", "fidayeen", "vest", "belt", "himself", "herself", "themselves", "explosive"),
    "Air/drone strike": ("africom", "africa command", "centcom", "central command", "flattened", "levelled", "leveled", "razed", "air force", "drone", "quadcopter", "paramotor", "paraglider", "bombing raid", "aircraft", "jet", "plane", "helicopter", "gunship", "air", "aerial", "guided", "glide", "gliding", "loitering", "unmanned", "uav", "ucav", "precision", "barrel", "mirage", "rafale", "f-16", "strike", "sukhoi", "su-", "mig-", "tucano", "l-39", "alpha jet", "mi-", "bayraktar"),
    "Shelling/artillery/missile attack": ("himars", "mlrs", "grad ", "smerch", "uragan", "iskander", "atacms", "tochka", "projectile", "projectiles from", "tanks ", "cylinder", "cylinder bomb", "cylinder mortar", "cylinder rocket", "cylinder projectile", "bombs on", "bombs at", "bombs into", "bombs landed", "bombs fell", "bombs slammed", "bombs crashed", "tank ", "shell", "artiller", "mortar", "rocket", "missile", "howitzer", "katyusha", "fired from", "fired by", "launched from", "launched by"),
    "Chemical weapon": ("packed with", "sprayed", "chemical substance", "chemical agent", "chemical liquid", "released", "emitted", "gave off", "spread", "bomb", "shell", "munition", "grenade", "rocket", "suffocat", "chok", "canister", "chemical", "mustard", "smoke", "fumes", "sarin", "gas", "toxic", "riot control", "riot-control", "nerve agent", "chlorine", "chloropicrin", "phosgene", "novichok", "suffocation", "cylinder"),
    "Sexual violence": ("violated", "rap", "sexual", "molest", "to undress", "to strip", "stripped", "disrobed", "groped"),
    "Agreement": ("feud", "vendetta", "to renew", "to extend", "to prolong", "hand over", "concluded", "reopen", "secured", "mediated", "peace", "ceasefire", "signed", "brokered", "initial", "prisoner", "truce", "agreed", "agreeing", "cessation", "exchanged", "swapped", "exchang", "swap", "traded", "reached", "treaty"),
    "Headquarters or base established": ("commandant", "base", "detachment", "outpost", "point of basing", "naval point", "headquarters", "command", "camp", "post", "position", "observation point", "military point", "checkpoint"),
    "Non-violent transfer of territory": ("turned over", "handed over", "handing over", "hands over", "hand over", "over to", "no resistance", "no opposition", "handed control", "handed over control", "took over", "handed it", "handed them", " without ", "pulled out", "withdrew", "withdrawn", "retreated", "abandoned", "to withdraw", "to pull out", "to retreat", "under the", "under a", "control of", "agreed to let", "agreed to allow", "withdrawal", "unopposed", " over to", "previously held", "formerly held", "once held", "held by", "vacated by", "occupied by", "manned by", "hand-over", "pull-out", "pullout", "handover", "without", "shot was fired", "shot fired", "shot being fired", "no fighting", "no clashes", "handed", "withdr", "vacated", "negotiated", "completed"),
    "Government regains territory": ("dislodged", "had held", "had occupied", "had controlled", "out of the village", "out of the town", "out of the city", "out of the settlement", "out of the locality", "re-established", "reestablished", "reinstalled", "regain", "recovered", "recaptur", "retak", "retook", "reclaim", "liberat", "back", "cleared", "restored", "reoccup"),
    "Disrupted weapons use": ("unexploded", "squad", "disposal", "eod", "sappers", "bomb experts", "dismantled", "and detonated", "minefield", "made safe", "would-be", "shot down", "shooting down", "intercept", "downed", "destroyed", "recovered", "seized", "confiscated", "found", "defus",
                              "disposal", "launch", "hideout", "cache", "depot", "workshop", "bomb-making", "being made", "making", "assembl", "manufactur", "prepar", "handling", "detected", "located",
                              "discovered", "uncovered", "unearthed", "neutrali", "deactivated", "raided", "stockpile", "dump", "foil", "thwart",
                              "avert", "detonat", "controlled"),
    "_territory": ("overt", "following", "next", "occupied", "continue", "now held", "now hold", "now controlled", "now control", "still held", "still hold", "under its", "under their", "under the group's", "where they remained", "where they stayed", "remained in ", "stayed in ", "stayed in the", "remained in the", "stayed on the", "remained on the", "stayed at the", "remained at the", "flag", "re-entered", "reentered", "held", "controlled", "took over", "taking over", "takes over", "redeployed", "withdrew from the", "retreated from the", "pulled out of the", "controlled the", "held the", "in control of", "taking the", "took the", "taken the", "wrest", "since held", "since controlled", "went on to hold", "takeover of", "capture of", "seizure of", "administration", "holding", "out of", "control", "back in", "back under", "fell to", "captur", "seiz", "overran", "overrun", "consolidat", "headquarters", "garrison", "barracks", "still"),
    "_capture": ("seiz", "captur", "control", "overran", "overrun", "infiltrat", "stormed", "evacuation", "occupied"),
    "Looting/property destruction": ("emptied", "emptying", "stripped", "stripping", "idol", "cattle", "cows", "herds", "livestock", "animals", "shacks", "huts", "shanties", "tents", "sprayed", "daubed", "scrawled", "fish", "pond", "jalmahal", "water bod", "gher", "fisher", "blew up", "blown up", "blowing up", "dynamited", "burned", "burnt", "loading", "loaded", "bulldoz", "rustl", "cut down", "uproot", "chopped down", "felled", "museum", "pillag", "carried off", "carted off", "desecrat", "knocked over", "toppled", "daubed", "gallery", "library", "archive", "loot", "beheaded", "seized", "took", "grabbed", "occupied", "carried", "carted", "carting", "carrying", "taking", "drove", "driven", "emptied", "uprooted", "broke", "smashed",
                                     "desecrated", "made off", "vandali", "ransack", "torch", "set ", "setting ", "arson", "demolish", "destroy", "robb", "plunder", "gutted", "damag", "tore down", "tear down", "tearing down", "pulled down", "pulling down",
                                     "defac", "toppl", "knock", "smash", "wreck"),
    "Other": ("forced relocation", "forced evacuation", "forced displacement", "forced removal", "gave ", "handed ", "handing out", "paraded", "escaped from", "levy", "levies", "tax", "sit-at-home", "stay-at-home", "signed by", "attributed to", "letters to", "handed over", "had captured", "had seized", "had taken", "to leave", "to vacate", "to abandon", "to evacuate", "to quit", "exhum", "unearthed the", "grave containing", "graves containing", "burial site containing", "burial site holding", "burial site with", "grave holding", "grave with", "posters", "handwritten letters", "handing them", "carrying food", "carrying fuel", "carrying aid", "carrying supplies", "carrying medicine", "sound barrier", "sonic boom", "armed strike", "checkpoint", "roadblock", "check post", "barricade", "balloon", "preach", "sermon", "warning", "show of force", "lockdown", "ghost town", "convoy", "leaflet", "pamphlet", "flyer", "night letter", "tracts", "push", "inmates", "prisoners", "detainees", "convicts", "jail", "prison", "released", "freed", "set free", "ultimatum", "order", "zakat", "taxes on", "levies on", "threatening letters", "control of their", "control of its", "seized their", "seized its", "curfew", "ban on", "mutin", "into the air", "in the air", "broadcaster", "television", "radio", "tv station", "dissolv", "martial law", "combat readiness", "mass burial", "blockade", "siege", "mass grave", "clandestine grave", "secret grave", "unknown", "coup", "seized power", "from power", "institutions", "taking power", "taken power", "seizing power", "removal of", "overthrow", "ouster of", "deposition of", "constitution", "resigned and", "stepped down and"),
    "Change to group/activity": ("mobili", "new name", "closure of", "peacekeep", "handed in", "turned in", "gave up", "presented a new", "integrated into", "calling itself", "operate under", "dissolved its", "redeploy", "breaking", "unilateral", "offensive", "absorbed", "banner of", "name of", "flag of", "separating from", "splitting from", "breaking away from", "withdrawing from", "formation of", "creation of", "establishment of", "founding of", "announced its", "'s break", "’s break", "'s split", "’s split", "'s breakaway", "’s breakaway", "'s separation", "’s separation", "dissolved", "absorbed into", "integrated into", "incorporated into", "down its", "down their", "down all", "peaceful means", "political means", "democratic means", "leaving the", "joined its ranks", "joined their ranks", "joined the group's ranks", "armed unit", "united under", "united into", "neutrality", "wing", "battalion", "brigade", "faction", "militia", "quitting the", "deployment", "mission", "operate under", "to unite", "to merge", "to unify", "new deputy", "new acting", "new leader", "new emir", "new amir", "elected", "resume", "pulling", "withdrawing", "pulled", "withdrew", "halt", "suspension", "pause", "breaking", "broken", "broke", "splitting", "split", "replaced", "expanded", "upgraded", "reorganis", "reorganiz", "restructured", "transformed", "peace offer", "amnesty", "formed", "created", "established", "set up", "defect", "joining the", "disbanded", "appointment of", "participation in", "defection from", "be merged into", "would halt", "will halt", "to halt", "would suspend", "will suspend", "to suspend", "would cease", "to cease", "would freeze", "had left", "had quit", "had withdrawn from", "had pulled out of", "had broken away from", "had split from", "new governor", "new wali", "new commander", "new chief", "new spokesman", "separat", "call itself", "name itself", "renamed itself", "rebranded itself", "changed its name", "announced the creation", "announced the formation", "announced the establishment", "would merge", "a blockade", "joined the", "rejoined", "halting", "ceasing", "stopping", "ending", "freezing", "defection to", "itself into", "graduation", "emir", "amir", "restructur", "blockade", "vigilante", "self-defen", "would stop", "recruitment", "conscription", "command", "sent ", "unilateral", "deploy", "dispatched", "rushed", "merge", "armed struggle", "known as", "called as", "under that name", "under its name", "under the name", "outlaw", "merger", "proscribed", "section 144", "prohibitory", "up arms", "to arms", "curfew", "ceasefire", "truce", "merg", "coalition", "alliance", "break", "splinter", "dissol", "disband",
                                 "join", "suspend", "surrender", "renamed", "ban", "proscrib", "boycott", "formation", "creation", "establishment", "founding", "launch",
                                 "defected", "demobili", "sever", "quitting", "abandon", "renounc", "gave up", "giving up", "register", "cessation", "allegiance", "rejoin", "re-join", "handed over", "turned over", "decommissioned", "handed themselves", "handed himself", "handed herself", "laid down", "laying down", "turned in", "up arms again", "end their", "end its", "leaving", "pulling out"),
    "Abduction/forced disappearance": ("identifying themselves", "claiming to be", "posing as", "believed to be", "suspected to be", "thought to be", "said to be", "where he", "where she", "where they", "into a", "into an", "into their", "into the", "not informed", "not told", "not notified", "ransom", "confirm where", "missing", "pulled off", "pulled out of", "pulled from", "dragged off", "dragged out of", "dragged from", "taken off", "taken out of", "taken from", "forced off", "forced out of", "forced from", "picked up", "undisclosed", "secret ", "forced ", "from their homes", "forced them to", "into waiting", "into unmarked", "into several", "into two", "into three", "into their", "taken by", "seized by", "snatched by", "heard nothing", "grabbed by", "force him into", "force her into", "force them into", "forcing", "not been told", "not been informed", "not been notified", "from his", "from her", "from their", "bsf", "border security force", "over the head", "over his head", "over her head", "abduct", "unable to", "able to", "acknowledged", "admitted", "seized", "took him", "took her", "took them", "captive", "kidnap", "hijack", "hostage", "disappear", "picked up by", "marched",
                                       "taken away by", "away", "forced into", "forced him into", "forced her into", "forced them into", "bundled", "recruitment", "nationals", "foreigners", "expatriates", "engineers", "tourists", "aid workers", "missionaries", "took ", "fishermen", "sailors", "crew members", "heard from", "carried off", "marched off", "took off", "not been seen", " from ", "whereabouts", "unknown", "grabbed", "snatched", "gunpoint", "ransom", "drove off", "sped off", "the bush", "the forest", "the jungle", "the hills", "the mountains"),
    "Remote explosive/landmine/IED": ("stepp", "booby", "pressure", "blew up", "blown up", "blowing up", "remote", "distance", "explo", "detonat", "bomb", "device", "ied", "mine", "blast", "cocktail", "rigged", "claymore"),
    "_clash_words": ("engaged them", "engaged the", "chase", "engaged by", "exchanges", "beat back", "beaten back", "beating back", "followed by", "launch", "and then", "scuffl", "to blows", "confront", "storm", "engag", "combat", "enfrentamiento", "fought", "each other", "one another", "retaliat", "fire", "firing",
                     "shot back", "exchange", "siege", "clash", "gun", "fight", "battl", "encounter", "skirmish", "ambush", "counter", "repulsed",
                     "repelled", "offensive", "shoot", "traded", "answered", "responded", "replied", "both sides", "it out", "brawl"),
    "_protest_violence": ("overturn", "throwing", "flipped over", "flares", "stoned", "pelted", "petrol bombs", "molotov", "firebombs", "fire bombs", "burned", "burnt", "rained", "showered", "storm", "forced their way", "force their way", "break into", "hurl", "thrown", "threw", "smash", "broke", "breaking",
                          "barricad", "vandali", "torch", "fire", "ablaze", "alight", "burn", "ston", "damag", "clash", "brick", "ransack",
                          "attacked", "rampage", "blocked", "crude bomb", "cocktail", "defac", "toppl", "knock"),
    "_force": ("cleared by", "removed by", "evicted by", "occupation", "moved in", "away from", "back from", "the air to", "were briefly", "had been briefly", "broke out", "erupted", "chased", "charged at", "ran after", "stopped", "blocked", "halted", "obstructed", "pushing them", "pushed them", "push back", "pushed back", "pushing back", "shoving them", "shoved them", "pushing the", "pushed the", "shoving the", "shoved the", "bringing out", "taking out", "peeled", "prised", "pried", "unglued", "cut loose", "evicted", "clearing a crowd", "cleared a crowd", "beat back", "beat off", "forcibly", "intercepted by", "from marching", "from gathering", "from assembling", "from holding", "back", "fire", "firing", "to stop", "to block", "to halt", "to prevent", "to break up", "to disperse", "moved in", "detain", "arrest", "held", "rounded", "pull", "dragged", "dispers", "shot", "push", "broke", "break",
               "tore", "tear", "took", "taking", "taken", "removed", "removing", "charg", "baton", "used", "interven", "prevent", "barred",
               "under control", "clubbed", "resorted", "force", "attacked", "picked up", "pepper", "rubber", "grenade", "flash", "intercepted",
               "foiled", "cleared", "lathi", "cannon", "swung", "back by", "police action",
               "dismantl", "custody", "wield", "stormed", "raided", "carried", "lifted"),
}
# "(?<!\w)" rather than a leading "\b": the same matches (every word starts with a word
# character), but the regex engine scans these large alternations about twice as fast
# the lexicon as one scanner: each sub-type's alternation is searched only in its branches whose
# words occur in the text (see fastre.Alternations); the matches are the whole pattern's
_SCANNER = fastre.Alternations(_LEXICON, re.I, prefix=r"(?<!\w)", suffix=r"\b")


# A trigger right after these words reports no event: "vowed to attack", "no one was killed",
# "threatened to launch protests". (Foiled attacks are disrupted weapons use, handled by the lexicon.)
_NEGATED = fastre.compile(
    r"\b(?:no (?:one|body) (?:was|were|has been|had been) (?:reported |said to have been )?(?:killed|dead|hurt|wounded|injured) or|no (?:one|body) (?:was|were|has been|had been)|no (?:indication|sign|signs|evidence|trace|traces) of|no (?:indication|sign|evidence|suggestion) (?:that )?(?:it|they|the \w+)|nobody (?:was|has been|had been)|no(?!\.\s*\d)|not|never|without(?! (?:any )?(?:warning|provocation|notice|trial|charges?|due process|number plates?|licen[cs]e plates?|registration plates?|plates|markings|insignia|uniforms?)\b)|(?<!bail was )(?<!bail had been )denied(?!\W+(?:\w+\W+){0,3}?bail\b)|(?<!-)plann(?:ed|ing)(?=\s+(?:[\w-]+\s+)?(?:to|an?|the|attacks?|bombings?)\b|\s+(?:[\w-]+\s*)?$)|to plan|plot(?:ted|ting)?|threat\w*|(?<!without )(?<!without any )warn\w*|vow\w*|fear\w*|(?:stated |declared )?(?:aims?|goals?|purpose|objectives?) of|"
    r"(?:would|will) (?:hold|stage|organi[sz]e|bring out|take out|launch|observe|enforce)|imminent|impending|looming|potential|would|could|might|(?-i:may)|will|shall|intend\w*|(?<!answered a )(?<!heeded a )(?<!answered the )(?<!heeded the )call(?:ed|ing)? for|(?<!answered )(?<!heeded )(?<!answered the )(?<!heeded the )(?<!answering )(?<!heeding )calls for|urg\w+|condemn\w*|risk['’]? of|exposed to|vulnerable to|discuss\w*|efforts? towards?|possible|prepar\w+ to|instruct(?:ed|ing|s)|refrain(?:ed|ing|s)? from|anyone|whoever|(?:threat\w*|vow\w*|warn\w*|plann?\w*|promis\w*)(?: on \w+)? to (?:carry out|launch|stage|mount|conduct|step up|lead|hold)|call(?:ed|ing|s)? on (?:[\w-]+ ){1,3}to|rul(?:ed|ing|es) out)\b(?:\W+\w+(?:['’]s)?){0,2}\W*$",
    re.I,
)
# an attack ruled out: the bomb word is denied ("civil defence said, ruling out any attack")
_RULED_OUT = fastre.compile(r"\bdenied (?:[\w-]+ ){0,3}reports? of an? (?:attack|bombing|explosion)\b|\brul(?:ed|ing|es) out (?:any |an )?(?:attack|bombing|sabotage|foul play|terror\w*|(?:links?|connections?) (?:to|with) (?:any )?(?:militan\w*|terror\w*|insurgen\w*|armed groups?))\b", re.I)
# a count of none right before the word ("0 killed.", "zero deaths"): nobody died
_ZERO_BEFORE = fastre.compile(r"(?:(?<![\w.,])0|\bzero)\s+(?:people\s+|persons\s+)?$", re.I)
_DISASTER = fastre.compile(
    r"\b(?:trucks?|buses|bus|lorr(?:y|ies)|minibus|vehicles?|cars?|vans?|boats?|ferry|train)\b[^.;]{0,80}?\boverturned\b|\bexcessive speed\b|\boverloading\b|\blost (?:its|their|his) brakes\b|"
    r"\b(?:(?:gas|LPG|cooking gas|oxygen|CNG) (?:cylinders?|tanks?) (?:explosion|blast|exploded|burst)|exploding (?:gas |LPG |oxygen |fuel )?(?:cylinders?|tanks?|boilers?)|exploding (?:power |electric(?:al|ity) )?transformers?|controlled (?:detonations?|explosions?|blasts?) of (?:[\w.,-]+ ){0,4}?(?:old|unexploded|expired|obsolete|seized|confiscated) (?:ordnance|munitions|ammunition|explosives|shells|bombs)|(?:during|in) an? (?:[\w-]+ ){0,2}?hunt\b|hunting (?:accident|party|trip)|(?:from|due to|because of) (?:[\w-]+ )?(?:fainting|crowding|heat ?stroke|heat exhaustion|dehydration)\b|cylinder (?:explosion|blast)|rul(?:ed|ing) out (?:any |an )?(?:attack|sabotage|foul play|terror\w*)|(?<!\bstones and )(?<!\bsticks and )(?<!\bwith )fireworks?|firecrackers?|pyrotechnic\w*|accidental(?:ly)?|belly-land\w*|(?:power |electric(?:al|ity) )?transformers? (?:had )?(?:exploded|explosion|blast|blew up)|crash-land\w*|overshot the runway|torrential rains?|heavy rains?|downpours?|monsoon rains?|swollen rivers?|pipelines? (?:[\w-]+ ){0,6}?exploded|(?:dam|embankment|levee|dyke) (?:collapse|burst|breach|failure)|(?:train|bus|truck|lorry|tanker|coach) (?:\w+ )?rammed into|rammed into the rear of|collapse of (?:the |a )?(?:[\w-]+ ){0,2}(?:dam|embankment|levee|building|bridge|mine)|lava|magma|pyroclastic|(?:rocks|debris) and ash|ash and (?:rocks|smoke|lava|debris)|(?:dynamite|explosives?|ammonium nitrate|fertili[sz]ers?|chemicals|gunpowder|black powder) (?:stored|kept)|storage of (?:dynamite|explosives|ammunition|munitions)|explosives? used (?:for|in) (?:[\w-]+ )?mining|hunting (?:accident|companion|trip|party)|mistook (?:him|her|them) for|(?:mistaken|mistook \w+) for (?:a |an )?(?:wild )?(?:boar|deer|animal|game|bear)|floods?(?![- ](?:victims|affectees|survivors|affected|relief|camps?)\b)|flooding|wildfires?|bush ?fires?|forest fires?|water-bomb\w*|cloudbursts?|earthquakes?|aftershocks?|landslides?|mud ?slides?|mud ?flows?|debris flows?|rock ?slides?|rock ?falls?|leak (?:in|from) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:pipeline|pipe|gas main|tank|well)\b[^.;]{0,40}?\b(?:set off|caused|triggered|sparked)|(?:wind|sand|rain|dust|snow|thunder|hail)storms?|avalanches?|cyclones?|storms?(?! (?:the |a |an |into |inside )?(?:[\w'’-]+ ){0,2}?(?:schools?|villages?|camps?|bases?|offices?|buildings?|towns?|compounds?|prisons?|stations?|houses?|homes?|churche?s?|mosques?|hotels?|parliament|premises|markets?|courts?|hospitals?)\b)|lightning|(?:volcanic )?eruptions?|volcano\w*|tsunami|hurricanes?|typhoons?|drown\w*|road accidents?|accident\w*|floodwaters?|flash floods?|"
    r"practice (?:charges?|grenades?|mines?|rounds?)|during (?:a |an )?(?:routine )?(?:training|drill) (?:exercise|session)|"
    r"during (?:a |an )?routine (?:take-?off|landing|flight|training flight)|caught fire on the runway|"
    r"tyres? burst|tires? burst|burst tyres?|burst tires?|tyre blowout|tire blowout|blown tyre|collision|collid\w+|(?:fuel |oil |gas |petrol )?tankers? (?:(?:overturned|crashed|flipped|skidded) and )?(?:exploded|explosion|blast|caught fire|burst into flames)|crash(?:ed|es)?|methane|(?:coal )?mine (?:explosion|blast|collapse)|cave-ins?|caved in|gas explosion|(?:a |the )?(?:massive |huge |major |deadly )?fire (?:that |which )?(?:gutted|engulfed|swept through|ripped through|tore through)|(?:truck|lorry|tanker|vehicle|bowser) (?:carrying|loaded with|laden with) (?:[\w-]+ ){0,2}?(?:gas|fuel|petrol|diesel|oil|LPG|LNG)\b[^.;]{0,20}?\b(?:exploded|explosion|caught fire|burst into flames)|derail\w*|capsiz\w*|stampede|heat ?wave|heat ?strokes?|cold wave|epidemic|outbreak|disease|"
    r"(?:fault|malfunction|failure) in the (?:[\w'’-]+ ){0,3}?(?:electrical|engine|brake|braking|fuel|wiring|steering)|electrical fault|mechanical (?:fault|failure)|brake failure|"
    r"covid|dengue|cholera|electrocut\w*|wildfires?|forest fires?|bush ?fires?|grass ?fires?|(?:steppe|peat|brush|scrub) fires?|volcano\w*|volcanic eruptions?|(?:Mount|Mt\.?) (?-i:[A-Z])[\w'’-]*(?: [\w'’-]+){0,2} erupted|(?:furnace|boiler|kiln|smelter) (?:had )?(?:blown up|blew up|exploded|burst)|droughts?|failed (?:rainy seasons?|rains|harvests?)|(?:after|following|caused by|due to|because of) (?:a |an )?(?:suspected )?(?:fuel|gas|oil|petrol|diesel|LPG) leak|firedamp|lost control|gas-laden|fireball|(?:fire|blaze) (?:that )?(?:tore|swept|ripped|raced) through|improperly stored|stored chemicals|stored unsafely|unsafely stored|ammonium nitrate|rul(?:ed|ing) out sabotage|crowd crush|(?:gas|fuel|petrol|LPG) (?:refilling |filling )?(?:station|depot|truck)s? (?:that )?(?:caught fire|exploded|explosion)|explosion at a (?:gas|fuel|petrol|LPG) (?:refilling |filling )?(?:station|depot)|tanker(?: truck| lorry)? (?:[\w-]+ )?(?:exploded|caught fire|burst into flames) after (?:overturning|crashing|colliding|skidding)|a crush (?:at|in|near)|(?:scorching|extreme|searing|blistering|intense) heat\b|(?:blamed on|caused by) (?:a |an |the )?(?:gas|leak\w*|short circuit|electrical|(?:extreme |high |intense |excessive )(?:heat|temperatures?))|(?:gas|methane) (?:had )?accumulated|hard landing|crash[- ]land\w*|emergency landing|building collapse|collapsed|suicide by|committed suicide|hit by a (?:bus|truck|train|car)|"
    r"(?:struck|hit|run over|knocked down) by a (?:\w+ )?(?:vehicle|car|truck|bus|train|lorry)|brakes (?:had )?(?:reportedly |apparently )?failed|fell (?:into|down) (?:a |the )?(?:ravine|gorge|cliff|precipice)|no hostile action|gas canisters?|(?:a |the )?(?:gas )?leak (?:appeared|appears|seemed|was (?:believed|thought|suspected)) to (?:be|have been) (?:the )?cause|"
    r"fire (?:started|caused|sparked) by (?:a |an )?(?:[\w-]+ )?(?:stove|heater|candle|cigarette|cooker|lamp|lantern)|kite[- ]strings?|(?:glass|metal)-coated (?:kite )?strings?|(?:tree|wall|roof) (?:fell|collapsed)|collapse of (?:the |a |an )?(?:[\w-]+ ){0,4}(?:canopy|roof|building|bridge|wall|ceiling|stand|tower|dam|mine|station|gallery|galleries|pit|shaft|tunnel)|gas (?:explosion|leak|cylinder)|cylinder (?:blast|explosion)|boiler|transformer|blaze|fire broke out|(?:fire|blaze) that broke out|firefighters|short circuit|an? (?:huge |massive |major )?fire (?:at|in|swept|engulfed|gutted|broke)|"
    r"(?:at|in|(?:ripped|tore|swept) through) (?:an?|the) (?:[\w'’-]+ ){0,3}(?:plant|factory|mill|warehouse|refinery|depot|workshop|refining (?:site|camp|facility))|(?:rips|rip|tears|sweeps) through (?:[\w'’-]+ ){0,3}(?:plant|factory|mill|warehouse|refinery|depot|workshop)|mine (?:collapse|explosion)|cylinder|"
    r"(?:train|bus|truck|lorry|tanker|coach) (?:\w+ )?(?:slammed|ploughed|plowed|smashed) into (?:a |an |the )?(?:stationary |parked |oncoming )?(?:goods |freight |passenger )?(?:train|bus|truck|lorry|tanker|coach|car|wagon)|"
    r"erupted\b(?=[^.;]{0,30}\b(?:ash|lava|smoke|rocks))|spew\w* (?:ash|lava)|lava (?:from|flows?|streams?)|volcanic eruption|"
    r"plung(?:ed|es|ing) (?:\w+ ){0,3}?(?:into|off|down)|skidded|veered off|turned turtle|fell (?:\w+ ){0,2}?into (?:a |the )?(?:ravine|gorge|river|canal|ditch|gully|valley)|brake failure|brakes? failed|"
    r"(?:plant|factory|mill|refinery|mine|boiler|reactor|fireworks?|firecrackers?|warehouse|depot|pipeline|tanker) (?:explosion|blast|fire)s?|"
    r"(?:bus|minibus|microbus|car|coach|truck|lorry|van|jeep|vehicle|train|boat|ferry|plane|helicopter|aircraft|pick-?up) (?:\w+ ){0,3}?(?:overturned|fell (?:into|off)|went down|sank))\b",
    re.I,
)
# an explosion or fire at an industrial site with no attacker: an accident
_INDUSTRIAL_RX = (r"(?:fuel|gas|oil|petrol|chemical) (?:depot|tanker|pipeline|plant|cylinder|warehouse) (?:explosion|blast|fire)|ruled out sabotage|"
                  r"(?:fireworks?|firecrackers?|pyrotechnics?) (?:workshop|factory|warehouse|plant|store|market)s?|"
                  r"(?:fire|explosion|blast) (?:[\w-]+ ){0,3}?at (?:an? |the )?(?:[\w'’-]+ ){0,2}?(?:fuel|oil|gas|chemical) (?:depot|plant|warehouse|refinery)")
_INDUSTRIAL = fastre.compile(rf"\b(?:{_INDUSTRIAL_RX})\b", re.I)
_NATURAL = fastre.compile(r"\b(?:(?:heavy|torrential|monsoon) rains?|(?:burst|overflowed|broke) (?:its|their) banks|floods?|flooding|cloudbursts?|earthquakes?|aftershocks?|landslides?|mud ?(?:slides?|flows?)|cyclones?|typhoons?|hurricanes?|made landfall|storms?|tornado\w*|wildfires?|forest fires?|bush ?fires?|fire broke out|blaze|tremors?|lava|volcano\w*|volcanic eruptions?|(?:wild )?elephants?|locusts?|wild boars?|hailstorms?)\b", re.I)
# an explosion that names no bomb may be an accident ("an explosion at a chemical plant")
_SABOTAGE = fastre.compile(r"\b(?<!ruled out )(?<!ruling out )(?<!out any act of )(?<!out an act of )(?<!sign of )(?<!signs of )(?<!evidence of )(?<!indication of )(?<!not )(?:sabotage|saboteurs?|partisans)\b", re.I)
_LEAK = fastre.compile(r"\b(?:leak(?:ing|ed|y)|ruptured|burst) (?:[\w-]+ )?(?:pipelines?|pipes?|tanks?|cylinders?|gas mains?)\b", re.I)
_NO_BOMB = fastre.compile(r"(?:explosions?|blasts?|explod\w+|detonat\w+)$", re.I)
# ("... caused by a leaking gas cylinder and not by a bomb": a bomb ruled out)
_FIREDAMP = fastre.compile(r"\b(?:methane|firedamp|coal ?dust|(?<!tear )(?<!nerve )(?<!mustard )(?<!chlorine )gas|transformers?)\b[^.;]{0,20}\b(?:explo\w+|blast|ignited|blew up)\b|\bexploding (?:[\w-]+ ){0,2}?transformers?\b", re.I)  # a mine that is a pit (a transformer that blew up: no bomb)
_BOMB_WORD = fastre.compile(r"(?<!not by a )(?<!not by an )(?<!not a )(?<!no )(?<!sign of an )(?<!sign of a )(?<!indication of an )(?<!indication of a )(?<!evidence of an )(?<!evidence of a )\b(?:bombs?(?![- ](?:disposal|squads?|experts?|technicians?))|bomber|bombing|IEDs?|explosive devices?|grenades?|landmines?|(?<!coal )(?<!gold )(?<!salt )mines?(?!['’]? (?:workers|owners|labou?rers|department|ministry|minister|inspectors?|inspectorate|authority|directorate)\b)|suicide|militants?|terror\w*|attack\w*)\b", re.I)
# looting by robbers or thieves is crime; ACLED codes the mob that beats them, not the robbery
# "two guards were shot dead during a cash-in-transit heist ... the robbers escaped": a robbery (when no political actor is named)
# words that make a robbery more than crime (a group's fund-raising, a riot's looting)
_NOT_JUST_ROBBERS = fastre.compile(
    r"\b(?:militants?|insurgents?|rebels?|party|league|dal|activists?|candidate|election|army|soldiers|troops|communal|sectarian|political|protest\w*|"
    r"militia|separatists?|jihadists?|cartel|terror\w*|mobs?|crowds?|villagers|locals|residents)\b"
    r"|(?-i:\b[A-Z]{2,6}) (?:gunmen|fighters|cadres|militiamen)\b", re.I)  # ("KNF gunmen robbed two banks": an armed group's raid)
_HEIST = fastre.compile(r"\b(?:fle(?:eing|d)|escap(?:ing|ed)) with (?:[\w'’-]+ ){0,3}?(?:jewell?e?ry|gold|cash|money|valuables)\b|\b(?:two|three|four|five|several|masked|armed|unidentified|unknown)\s+(?:masked\s+|armed\s+)?(?:gunmen|robbers|men|thieves)\s+(?:[\w-]+\s+){0,3}?robbed\s+an?\s+(?:[\w'’-]+\s+){0,2}?(?:gold shop|jewell?e?ry (?:shop|store)|jewell?ers|pawn ?shop|bank|money changer|exchange bureau|currency exchange (?:shop|office|bureau)|petrol station|filling station|gas station|supermarket)\b|\b(?:cash-in-transit|heist|(?:bank|jewel(?:le)?ry|armed) robbery|robbers (?:escaped|fled|made off)|armed robbers (?:raided|stormed|attacked|held up))\b|\b(?:resisted|resisting|tried to stop|fought off) (?:[\w-]+ ){0,2}?(?:armed )?(?:robbers|muggers|thieves|snatchers|dacoits|carjackers)\b|\b(?:gunmen|robbers|a man|two men|three men|assailants|attackers)\b[^.;]{0,60}?\b(?:shot dead|shot|killed|stabbed)\b[^.;]{0,60}?\bduring an? (?:armed |attempted )?(?:robbery|hold-?up|mugging|carjacking)\b", re.I)
_CRIMINALS = fastre.compile(r"\b(?:robbers|thieves|burglars|criminal (?:rings?|gangs?|networks?))\b", re.I)
_ROBBERY = fastre.compile(r"\b(?:robbers?|dacoits?|thieves|burglars?|bandits?|robb(?:ed|ery|eries|ing)|heists?)\b", re.I)
# "blamed the opposition for last week's bombing": a claim about an event, not a report of it
_DAY_OF_WEEK = fastre.compile(r"\bon (?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|overnight|last night)\b", re.I)
# who accuse when a deed is first reported: monitors, rights groups, residents, survivors
_WITNESS_ACCUSERS = fastre.compile(
    r"\b(?:(?:human )?rights (?:groups?|organi[sz]ations?|monitors?|activists|watchdogs?|defenders)|Amnesty International|Human Rights Watch|HRW|"
    r"residents|villagers|survivors|witnesses|relatives|neighbou?rs|families|local (?:sources|officials|leaders))\s+(?:(?:of|in|from) (?:[\w'’-]+ ){1,5}?)?(?:on \w+day\s+)?(?:have\s+|had\s+)?accused\b", re.I)
_COUNTED_VICTIMS = fastre.compile(
    r"\s+(?:dead\s+)?(?:at least |more than |some |about |around |nearly |over )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|scores of|hundreds of)\s+"
    r"(?:[\w-]+\s+)?(?:men|women|people|civilians|villagers|residents|herders|farmers|children|worshippers|traders)\b", re.I)
_BLAME = fastre.compile(
    r"(?:\b(?:blam(?:ed|es|ing)|accus(?:ed|es|ing)|held)\b[^.;]{0,80}\b(?:for|of)|\b(?:was|were|is|are) behind|\bresponsib(?:ility|le) for|\b(?:involvement|role|hand|part) in)\s+"
    r"(?:the\s+|a\s+|last\s+\w+'s\s+|\w+'s\s+|recent\s+|spate\s+of\s+|series\s+of\s+|wave\s+of\s+|(?:19|20)\d\d\s+)*(?:[\w-]+\s+)?(?:(?:deaths?|killings?|murders?) of\s+)?$",
    re.I,
)
# "denied accusations that its troops are fighting ...": what is denied is not reported as news;
# "jailed an activist for speeches at rallies in 2020": what a court punishes happened before
_DENIED_OR_SENTENCED = fastre.compile(
    r"\bdenie[sd] (?:on \w+ )?that (?:its|their|his|her) (?:[\w-]+ )?(?:fighters|forces|troops|men|members|units|soldiers|supporters)\b[^.;]{0,40}$|"
    r"\b(?:denie[sd]|dismiss(?:ed|es|ing)|reject(?:ed|s|ing)|debunk(?:ed|s|ing))\b[^.;]{0,30}\b(?:accusations?|allegations?|reports?|claims?|charges?|suggestions?|rumou?rs?|speculation|videos?|footage|posts?|images?|photos?|pictures?)\b[^.;]{0,100}$|"
    r"\bclaimed\b[^.;]{0,50}\bthat\s+(?:its|their)\s+(?:fighters|militants|members|men|forces)\s+(?:had\s+)?carried out\b[^.;]{0,40}$|"
    r"\bwarn(?:ed|s|ing)?\b[^.;]{0,60}\bthat\b[^.;]{0,40}$|\bwarn(?:ed|s|ing)?\b[^.;]{0,60}\bthat (?:the |it |they |he |she )?(?:[\w-]+ ){0,3}(?:would|will)\b[^.;]{0,120}$|"
    r"\b(?:jailed|sentenced|sentences|convicted|imprisoned|fined|acquitted|indicted|(?<!baton-)(?<!baton )(?<!lathi-)(?<!lathi )charged(?! (?:\w+ )?with (?:batons|sticks|truncheons|lathis))(?! (?:batons?|lathis?|truncheons?|the (?:crowd|protesters|demonstrators|marchers))\b)|found (?:[\w'’-]+ ){0,8}?guilty)\b[^.;]{0,100}?\b(?:for|over|with)\s+(?:(?!and\b)[\w'’-]+\s+){0,12}$|\bfound (?:[\w'’-]+ ){0,9}?guilty of\b[^.;]{0,160}?\bincluding\s+(?:(?!and\b)[\w'’-]+,?\s+){0,6}$|"
    r"\b(?:found (?:[\w'’-]+ ){0,8}?guilty|convicted|acquitted) of\s+(?:[\w'’-]+\s+){0,3}$|"
    r"\b(?:proceedings|trial|hearing|case|indictment)s? (?:\w+ ){0,2}against\b[^.;]{0,80}\baccused (?:over|of|in)\s+(?:(?!and\b)[\w'’-]+\s+){0,6}$|"
    # "filed indictments on Sunday against three teenagers over the arson of a home"
    r"\b(?:filed|brought|issued|lodged) (?:an? )?(?:indictments?|charges?|charge sheets?) (?:on \w+ )?against\b[^.;]{0,80}?\b(?:over|for|in)\s+(?:(?!and\b)[\w'’-]+\s+){0,6}$|"
    r"\b(?:trial|proceedings|hearings?)(?: of (?:[\w-]+ ){0,3}?[\w-]+)? (?:over|for|into|in|in connection with) (?:(?!and\b)[\w'’-]+\s+){0,5}"
    r"(?:[\w-]+,? (?:in which|which|that) (?:[\w-]+\s+){0,5})?$|"
    r"\b(?:would|will|to)\s+join\s+(?:[\w'’-]+\s+){0,5}?in\s+$|"  # "saying it would join Wazalendo groups in fighting M23"
    r"\b(?:threaten\w*|vow\w*|pledg\w*|promis\w*)\b[^.;]{0,60}\bto\s+(?:(?:resume|launch|carry out|step up|intensify|renew|escalate|stage|mount|unleash|target|attack|disrupt|hit|expand|widen|extend)\s+(?:[\w'’-]+\s+){0,2}?)?$|\b(?:threaten\w*|vow\w*|pledg\w*|promis\w*)\s+(?:on \w+\s+)?to\s+(?:[\w'’-]+\s+){1,6}?(?:with|by (?:staging|holding|calling))\s+(?:[\w'’-]+\s+){0,5}$|\bin solidarity with (?:the )?(?:(?!(?:who|whose|was|were|had|has)\b)[\w'’-]+ ){0,5}$|\bto discuss\b[^.;]{0,60}$|\b(?:to discuss|discussed|discussing|to consider|considered|considering)\s+(?:a |an |the )?(?:new |fresh |revised |draft |latest )?(?:proposals?|plans?|drafts?|framework|ideas?)\s+(?:for|on)\s+(?:a |an |the )?(?:[\w'’-]+\s+){0,2}?(?:(?:truce|ceasefire|deal)\s+and\s+)?$|\bcharged with\b[^.;]{0,60}\bincluding\s+(?:the\s+)?$|\b(?:ways|efforts?|bids?|plans?|talks|push|attempts?) to end\s+(?:the\s+)?$|\b(?:respond|retaliate|react) to (?:the )?$|\b(?:tried|prosecuted|punished|held accountable|brought to justice) for (?:the )?$|\breserves? the right to\b[^.;]{0,60}$|\b(?:law|bill|legislation|decree)\b[^.;]{0,40}\b(?:makes?|making|criminali[sz]\w*|bans?|banning|outlaws?|outlawing|punish\w*)\b[^.;]{0,60}$|\bciting (?:its |their |his |her |the )?(?:[\w'’-]+ ){0,6}(?:[\w-]+,\s+(?:[\w-]+\s+)?)*$|\baccus(?:ed|ing)\s+(?:them|him|her|it|the group|the party)\s+of\s+(?:(?!and\b)[\w'’-]+\s+){0,8}['‘\x22“]?$|"
    r"\b(?:condemn\w*|deplor\w*|denounc\w*)\s+(?:the\s+)?(?:recent\s+|latest\s+|ongoing\s+|continued\s+|continuing\s+)?(?:wave|spate|series|string|surge|upsurge)\s+of\s+(?:[\w-]+\s+)?$|"
    r"\b(?:condemn\w*|deplor\w*|denounc\w*|decr(?:y|ied|ies))\s+(?:a|the)\s+(?:sharp\s+|steep\s+|recent\s+)?(?:rise|increase|surge|upsurge)\s+in\s+(?:[\w-]+\s+)?$|"
    r"\b(?:last|previous) (?:month|year)['’]s (?:[\w-]+ )?$|\b(?:alarmed|concerned|appalled|troubled|disturbed|shocked|horrified)['\x22”’]? (?:by|at|over) (?:the |a )?(?:(?:reports?|allegations?|accounts?) of|(?:recent )?(?:surge|rise|spate|wave|increase|upsurge|escalation) (?:in|of))\s+(?:[\w-]+\s+){0,6}$|\bcases? (?:filed )?(?:over|for|of) (?:[\w'’-]+\s+){0,3}$|\bcases? filed (?:over|for) (?:the )?(?:alleged )?(?:[\w'’-]+\s+){0,8}$",
    re.I,
)
# "to mark five years since the bombings that killed 260": a past attack remembered
# "Fifty years ago this week, troops landed ...": a sentence that opens in the past is history
# ("Ten years after the Islamic State seized Mosul, residents say ...")
_YEARS_AGO_START = fastre.compile(r"\W*(?:[\w-]+\s+)?(?:years|decades)\s+(?:ago|after|since)\b", re.I)
# "during a crackdown on protests two years ago": the trigger's own time, long past
_YEARS_AGO_AFTER = fastre.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a few)\s+(?:years|decades)\s+ago\b", re.I)
_REMEMBERED = fastre.compile(
    r"\b(?:to mark|marking|marked (?:the )?(?:\w+ )?(?:anniversary|day|occasion|death|deaths|killing|killings|massacre|years?)|commemorat\w+|pa(?:id|ys|ying) (?:tribute|homage|(?:their )?respects)(?: on \w+)? to|anniversary of|years since|years ago|years after|in memory of|memorial (?:to|for)|(?:monument|memorial|plaque|wreaths?) (?:to|for|at|in honou?r of) (?:the )?(?:victims|dead|fallen|martyrs)|(?:families|relatives) of (?:the )?victims of|"
    r"(?:recall(?:s|ed|ing)?|recount(?:s|ed|ing)?|remember(?:s|ed)?) (?:how|that)|looks? back (?:at|on)|(?:to |and )?(?:remember|honou?r|mourn)(?:ing)? (?:the|those)\b(?=[^.;]{0,120}\b(?:in|of|since) (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:19|20)\d\d\b))\b[^.;]{0,140}$", re.I
)
# "could strike ... if missiles were used": a condition, not a report
_IF_CLAUSE = fastre.compile(r"\b(?:if|unless|should|until)\s+(?:[\w'’-]+\s+){0,8}$", re.I)
# month names as a regex alternation (assemble.py uses them too), and a day of a month
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAY_AND_MONTH = rf"\d{{1,2}} (?:{MONTHS})|(?:{MONTHS}) \d{{1,2}}"  # "24 January", "January 24"
# "more than 10,000 civilians have been killed since February 2022", "189 were killed in 2023,
# according to an annual report": a tally over months or years, not one event
TALLY = fastre.compile(
    # (not "have been killed since Friday in fighting between ...": days of one fight, told as such)
    r"\b(?:ha(?:ve|s|d) been (?:killed|kidnapped|abducted|displaced|wounded|injured|arrested)\b[^.;]{0,60}\bsince\b"
    r"(?! (?:(?:late |early )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|the weekend|last (?:night|week|weekend)|dawn|this (?:morning|week))\b)|"
    r"in (?:19|20)\d\d,? according to|(?:in|during|over|for) the (?:first|second) half of (?:the |a )?(?:year|(?:19|20)\d\d)|"
    r"(?:in|during|over) the (?:first|past|last) (?:\w+ )?(?:months|weeks) of (?:the |this |last )?(?:year|(?:19|20)\d\d)|"
    r"(?:in|during) the (?:first|second|third|fourth|last) quarter of|report (?:released|published)|"
    r"(?:annual|yearly|monthly|quarterly|mid-?year|half-?yearly) (?:[\w-]+ )?(?:report|tally|count|figures|brief|briefing|review)|between (?:January|February|March|April|May|June|July|August|September|October|November|December) and (?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)|so far this year|(?:the )?deadliest year (?:on record|since|in|for)\b|"
    r"since the (?:start|beginning) of the (?:war|conflict|year|invasion)|(?:the )?(?:highest|lowest|largest) (?:annual )?(?:figure|number|toll|tally|level|count)s? (?:in|since|on record|for)\b|"
    r"(?:months|weeks|years|days) of (?:clashes|fighting|violence|feuding|attacks)\b[^.;,]{0,30}\b(?:had|have|has) (?:left|killed|claimed)\b|"
    r"(?:attacks|killings|murders|homicides|abductions|kidnappings|violence|incidents|clashes|banditry|insecurity|insurgency)\b[^.;]{0,60}?\b(?:have|has|had) (?:\w+ )?(?:risen|increased|doubled|tripled|surged|grown|fallen|declined|dropped|spiked)\b|"
    r"(?:attacks|killings|violence|banditry|insecurity|insurgency)\b[^.;]{0,60}?\b(?:have|has) (?:\w+ )?(?:worsened|escalated) (?:since (?:19|20)\d\d|over the (?:past|last)|in recent)|"
    r"\b(?:killed|abducted|kidnapped|displaced)\b[^.;]{0,60}\bover the (?:past|last) (?:\w+ )?(?:months?|weeks?|years?)\b|"
    r"\b(?:killed|died)\s+(?:across|throughout|around) the country\b|"  # "Six people were killed across the country that day"
    r"\d{1,3},\d{3}\s+(?:[\w-]+\s+){0,3}(?:victims|people|civilians|terrorists|militants|fighters|soldiers|hostages|insurgents|bandits)\b[^.;]{0,60}\bsince\b|"
    r"(?:killed|injured|wounded)\b[^.;]{0,40}\b(?:during|throughout|in the month of) (?:" + MONTHS + r")\b(?!\s+\d{1,2}\b))",
    re.I,
)
# "a landmine left over from the 2019-2020 fighting": the fighting is long over
_LEFTOVER = fastre.compile(r"\b(?:left over|leftover|remnants?|unexploded)\s+(?:\w+\s+){0,2}(?:from|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# "in apparent retaliation for the killing of a gendarme", "ahead of missile strikes on Kharkiv":
# violence named as the reason for, or the occasion of, what is reported
_REASON_FOR = fastre.compile(
    r"\b(?:(?:retaliation|revenge|reprisal|reprisals)\s+for|ahead of|in advance of|prior to)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_NOT_JUST_CRIME = fastre.compile(
    r"\b(?:militants?|insurgents?|rebels?|jihadists?|terrorists?|party|activists?|protesters?|soldiers|troops|gunmen|bandits|"
    r"villagers|locals|mob|residents|crowd|people)\b", re.I)
_ARMED_ROBBERS = fastre.compile(
    r"\b(?:armed robbers|robbers|bank robbers|burglars|muggers)\b[^.;]{0,80}\b(?:stormed|raided|broke into|attacked|targeted|ambushed|held up|shot|killed|stabbed|blew open|used explosives)\b|"
    r"\b(?:during|in) an? (?:\w+ )?(?:robbery|mugging|burglary|hold-?up|(?:theft|carjacking)(?! cases?\b| charges?\b))\b|"
    # "investigators said the motive was robbery"
    r"\bmotive (?:was|is|appeared to be|seemed to be|had been) (?:a |an )?(?:armed )?(?:robbery|theft)\b|"
    # "a trader was shot dead by armed robbers at his shop"; "snatched a bag containing Rs1.2 million from a trader"
    r"\bsnatched (?:a |his |her |the )?(?:[\w-]+ ){0,2}?(?:bags?|purses?|phones?|handbags?|gold chains?|chains?)\b|"
    r"\b(?:shot(?: dead)?|killed|stabbed(?: to death)?|murdered|hacked to death|gunned down|injured|wounded) by (?:a gang of |a group of )?(?:armed |suspected |unidentified |masked )?(?:robbers|burglars|muggers)\b|"
    # "Four armed men robbed a jewellery store ..., shooting dead a security guard"
    r"\b(?:armed men|gunmen|men|robbers|thieves|assailants) (?:[\w-]+ ){0,4}?(?:robbed|looted|held up|raided|broke into) (?:a|an|the) (?:[\w'’-]+ ){0,3}(?:store|shop|pawnshop|pawn shop|bank|jewell?e?ry|jewell?ers|petrol station|filling station|gas station|supermarket|pharmacy|exchange bureau|bureau|money changer|cash-in-transit|van|security van|armoured car)\b|\b(?:escaped|fled|made off|got away) with (?:[\w-]+ ){0,3}(?:jewell?e?ry|cash|money|valuables|gold|mobile phones|watches|jewels|the takings)\b|"
    # "the armed robbery of a jewellery store, in which a security guard was shot"
    r"\b(?:robbery|heist|burglary|mugging|carjacking|theft|hold-?up)\b[^.;]{0,60}\bin which\b", re.I)
# "hacking his wife to death after a domestic dispute": a family crime, no political violence
_DOMESTIC = fastre.compile(
    r"\b(?:kill\w*|hack\w*|stabb\w*|beat\w*|strangl\w*|murder\w*|shot|shooting|slit the throat of|burn\w*)\s+(?:to death\s+|dead\s+)?(?:his|her) (?:own )?"
    r"(?:(?:former )?(?:wife|husband|partner|girlfriend|boyfriend)|ex-wife|ex-husband)\b|\bdomestic (?:dispute|violence|quarrel)\b|\bhonou?r[- ]killings?\b|\bhonou?r[- ](?:crimes?|murders?)\b|\bin the name of honou?r\b|\bmurder-suicide\b|\bturn(?:ed|ing|s) the (?:gun|weapon|rifle|pistol) on (?:himself|herself)\b|\bshot (?:himself|herself)(?: dead)?\b|\b(?:hanged|hung) (?:himself|herself)\b|\btook (?:his|her) own life\b|\b(?:killing|murder|death) of (?:his|her) (?:own )?(?:former )?(?:wife|husband|partner|girlfriend|boyfriend)\b|"
    r"\b(?:killed|murdered|stabbed|strangled|shot|beaten|hacked)\s+(?:to death\s+)?by (?:her|his) (?:own )?"
    r"(?:husband|wife|(?:former )?(?:partner|boyfriend|girlfriend)|ex-husband|ex-wife)\b|\broad[- ]rage\b|\b(?:femicide|feminicide)\b|"
    r"\b(?:shot|killed|stabbed|hacked|beat) (?:dead )?(?:his|her) (?:own )?(?:brother-in-law|sister-in-law|father-in-law|mother-in-law|son-in-law|cousin|nephew|uncle|stepfather|stepson)\b(?![^.;]{0,40}\b(?:poll|election|vote|political|party)\w*)(?=[^.;]{0,40}\b(?:quarrel|dispute|row|argument|feud)\b)", re.I)
# "after the arrest of the opposition leader": an arrest told as background
_ARREST_BEFORE = fastre.compile(r"\b(?:after|following|since|over|before|against|protest|protesting|condemning|demanding)\s+(?:the\s+)?$", re.I)
_PROTEST_NOT_YET = fastre.compile(
    r"\b(?:planned|proposed|scheduled|upcoming|expected|threatened|called-for)\s+(?:[\w-]+\s+){0,2}$|\bannounced\s+(?:an?\s+|the\s+|their\s+|its\s+|plans for\s+)(?:[\w-]+\s+){0,4}$|\bannounced\s+$|"
    r"\b(?:called off|cancel(?:l)?ed|postponed|suspended|deferred)\s+(?:a |an |the |their |its )?(?:planned |proposed |scheduled )?(?:(?!(?:and|or)\b)[\w-]+\s+){0,2}"
    r"(?:(?:and|or)\s+(?!(?:staged|held|took|began|started|launched|organi[sz]ed|marched|blocked|joined|protested|rallied|demonstrated|gathered)\b)(?:[\w-]+\s+){0,2})?$|"
    r"\b(?:organi[sz]ing|preparing|planning)\s+(?:a |an |the |their |its )?(?:[\w-]+\s+){0,2}$|"
    # "intercepted a trawler carrying BNP leaders from Kathalia to the BNP divisional rally": where they were going
    r"\b(?:carrying|ferrying|transporting|bringing) (?:[\w'’-]+ ){1,8}?(?:(?:from (?:[\w'’()-]+ ){1,5}?)?to|back from) (?:the |a |an |its |their )?(?:[\w'’-]+ ){0,3}$|"
    # "near the stage set up for a BNP rally ... the night before the rally": not held yet
    r"\b(?:stage|dais|platform|podium|pandal|venue|gate)s? (?:being )?(?:set up|erected|built|prepared|decorated) for (?:a |an |the |its |their )?(?:[\w'’-]+\s+){0,2}$|"
    r"\bthe (?:night|evening|day|eve) before (?:a |an |the |its |their )?(?:[\w'’-]+\s+){0,2}$|"
    r"\b(?:preparing|making|painting|printing|hanging|putting up|pasting|erecting)\s+(?:[\w-]+\s+){1,2}?for\s+(?:a |an |the |their |its )?(?:[\w'’-]+\s+){0,4}$|"
    # "accusing the government of trying to stop a rally": one that has not happened
    r"\baccus\w+ (?:[\w'’-]+ ){0,4}?of (?:trying|attempting|seeking|wanting) to (?:stop|block|prevent|thwart|foil|disrupt|ban) (?:a |an |the |their |his |her |its )?(?:[\w'’-]+ ){0,2}$|"
    # "as they prepared to travel to Dhaka for the party's divisional rally": on their way, none held yet
    r"\b(?:prepar(?:ed|ing) to (?:travel|go|leave|head|set off|set out)|on (?:their|his|her|the|its) way) (?:to (?:[\w'’-]+ ){1,3}?)?(?:for|to join|to attend) (?:the |a |an |its |their |his |her |(?-i:[A-Z])[\w'’-]*['’]s )?(?:[\w'’-]+ ){0,3}$|"
    r"\b(?:preparatory|preparation|planning) meetings? (?:for|of|ahead of) (?:the |a |an |its |their )?(?:[\w-]+ )?$|"
    r"\bahead of (?:the |a |an |its |their )?(?:[\w'’-]+ ){0,5}$|"
    # "an attempt to scare people away from the rally", "to stop people attending the rally": one yet to come
    r"\b(?:scare|frighten|keep|deter|discourage) (?:people|supporters|activists|them) (?:away )?from (?:attending |joining )?(?:the |a |an |its |their )?(?:[\w'’-]+ ){0,3}$|"
    # "two days before BNP's grand rally", "hours before he was due to lead a procession"
    r"\b(?:days?|hours?|weeks?|a day|a week) before (?:the |a |an |its |their |(?-i:[A-Z])[\w'’-]*['’]s )?(?:[\w'’-]+ ){0,4}$|"
    r"\b(?:was|were|is|are) due to (?:lead|hold|stage|join|address|attend|head) (?:a |an |the |its |their |his |her )?(?:[\w'’-]+ ){0,3}$|"
    r"\bcall(?:ed|s)\s+(?:a|an)\s+(?:(?:new|fresh|nationwide|countrywide|dawn-to-dusk|half-day|day-long|\d+-hour|protest|general)\s+){0,3}$|"
    r"\b(?:charges? of|charged with|accused of|accusing (?:him|her|them) of|for)\s+(?:organi[sz]ing|holding|leading|staging|calling|inciting|participating in|taking part in)\s+(?:[\w-]+\s+){0,3}$|"
    r"\bof (?:financing|funding|bankrolling|sponsoring|orchestrating|inciting|fomenting|stoking) (?:the |these )?(?:[\w-]+\s+){0,2}$|"
    r"\bimposed (?:a |an )?(?:[\w-]+ )?$|"
    r"\b(?:would|will|plans? to|planned to|intends? to|intended to|vowed to|decided to) (?:hold|stage|organi[sz]e|launch|observe|call|go ahead with|begin|start|commence|resume|embark on|go on) (?:an? |the |their |its )?(?:new )?(?:[\w-]+ ){0,3}(?:(?:and|or) (?:[\w-]+ ){0,2})?$|"
    r"\bcall(?:ed|s|ing)? (?:for|on people to join) (?:an? |the )?(?:new )?(?:[\w-]+ ){0,6}$", re.I)
# "Thousands are expected to set off from Nezuk on Thursday on a three-day peace march": ahead
_PROTEST_EXPECTED = fastre.compile(
    r"\b(?:(?:are|is) (?:expected|due|set|scheduled) to|will) (?:set off|start|begin|gather|march|join|walk|take part|retrace|climb|attend|converge|assemble|turn out|flock)\b[^.;]{0,80}$", re.I)
# the participles that go on from the forces' deed: ", firing tear gas and " (not "who ...", "while ...")
_FORCE_CHAIN = fastre.compile(r"(?:(?!\b(?:who|which|while|as|after|when|before|until|but|then|whereupon)\b)[^.;]){0,160}?(?:,\s*|\s+and\s+)", re.I)
GOT_THROUGH = fastre.compile(r"\b(?:got|slipped|broke) through\b|\bsetting (?:a |the )?(?:[\w-]+ ){0,3}on fire\b|\bcausing (?:a |an )?(?:[\w-]+ )?(?:power outage|blackout)\b|\bintercepted (?:most|many|the (?:vast )?majority|all but (?:one|two|three|four|five|\d+)) of\b|\bevaded (?:the )?air defen[cs]es\b|\b(?:were|was) not (?:intercepted|shot down|downed)\b", re.I)
_FORCES_AS_SUBJECT = fastre.compile(
    r"\b(?:police|policemen|security forces|forces|troops|soldiers|army|paramilitar\w*|rangers|officers|gendarmes|RSF|RAB|BGB)\b"
    r"(?!\s+(?:posts?|stations?|camps?|vans?|vehicles?|headquarters|offices?|checkpoints?|barracks|lines?|cordons?)\b)"
    r"(?:(?!\b(?:protesters|demonstrators|students|crowds?|marchers|activists|supporters|people|who|which)\b)[^.;]){0,60}$", re.I)
_SCENE_OPENER = fastre.compile(r"\b(?:after|when|as|because|following|since|while|before|until|once)\b", re.I)
_INTERVAL_BEFORE = fastre.compile(r"\b(?:a|an|one|two|three|four|five|six|several|\d+) (?:days?|hours?|weeks?|months?) (?:after|before)\s+(?:the\s+)?$", re.I)
_FROM_FORCES = fastre.compile(
    r"\s+(?:[\w-]+\s+){0,3}?from (?:the )?(?:[\w-]+ ){0,2}?(?:police|policemen|officers|guards?|soldiers|troops|army|forces|Ansar|security|personnel|armou?ry|armou?ries|posts?|station|camp)\b", re.I)
_COURT_WORDS = fastre.compile(r"\b(?:sentenc\w+|guilty|convict\w*|verdict|acquitt\w+|court|trial)\b", re.I)
_BATTLED_NATURE = fastre.compile(
    r"\s+(?:the\s+)?(?:[\w-]+\s+)?(?:rain|snow|cold|heat|flames?|fires?|blazes?|floods?|flood ?waters|waves|winds?|storms?|weather|"
    r"time|odds|traffic|illness|cancer|disease|injur(?:y|ies)|rubble|debris|mud)\b", re.I)
# the war a deed happens in, told in the present: ", as the federal military battles Fano militia in the region"
_AS_ONGOING = fastre.compile(r",\s+as\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:battles|fights|is fighting|are fighting|continues? to fight|clashes)\b", re.I)
_UNKNOWN_DOERS = fastre.compile(r"\b(?:unidentified|unknown|masked) (?:persons|people|men|assailants|attackers|individuals|vandals|youths)\b|\b(?:vandals|miscreants)\b", re.I)
_GRAFFITI_BEFORE = fastre.compile(r"\b(?:sprayed|spray-painted|painted|scrawled|daubed|wrote)\s+(?:[\w-]+\s+){0,3}$", re.I)
_DAY_BEFORES = fastre.compile(r"\b(?:the )?(?:previous|preceding|last|earlier) (?:day|night|week|weekend)['’]s (?:[\w-]+ )?$", re.I)
_HAD_BEEN_BEFORE = fastre.compile(r"\b(?:that|which|who) had been\s+$", re.I)
_CALLED_IT = fastre.compile(r"\b(?:calling|called|describing|described|terming|termed) (?:it|the (?:attack|blast|killing|incident)) (?:as )?(?:an? |the )?(?:[\w-]+ ){0,2}$", re.I)
_ORDER_FOLLOWED = fastre.compile(r"\W*The (?:decision|ban|move|order|announcement|step|measure)\b[^.;]{0,60}?\b(?:followed|came after|came amid|came in response to)\b", re.I)
_PAST_DEED = fastre.compile(r"\b(?:19|20)\d\d (?:[\w'’-]+ ){0,4}?(?:bombings?|attacks?|massacres?|shootings?|blasts?|killings?|riots?|war|uprising)\b", re.I)
# "President Paul Kagame led ceremonies at the memorial": a ceremony the state holds, not a protest
_STATE_CEREMONY = fastre.compile(
    r"\b(?:President|Prime Minister|King|Queen|[Mm]inisters?|[Gg]overnment|[Aa]uthorities|[Oo]fficials)\b(?:\s+[\w'’-]+){0,3}?\s+(?:led|opened|presided over|hosted)\s+"
    r"(?:the\s+)?(?:official\s+|national\s+|state\s+)?(?:[\w-]+\s+)?(?:ceremon(?:y|ies)|commemorations?|celebrations|memorial services?)\b")
_COMMEMORATION = fastre.compile(r"\b(?:remember\w*|commemorat\w*|anniversary|tribute|fell silent|minute'?s silence|moment of silence|laid wreaths)\b", re.I)
_DEMANDED_BEFORE = fastre.compile(r"\b(?:calling for|called for|calls for|demand(?:ing|ed|s)?|urg(?:ing|ed)|seeking|sought|pressing for)\b[^.;]{0,70}$", re.I)
_FORCED_CHANT = fastre.compile(r"\b(?:forced|forcing|made|compelled|coerced)\s+(?:\w+\s+){0,2}?to\s+(?:chant|shout|say|utter|recite)\s+(?:[\w-]+\s+){0,2}$", re.I)
_PROTEST_AS_MODIFIER = fastre.compile(r"['’]?\s+(?:movements?|leaders?|organi[sz]ers?|groups?|songs?|slogans?)\b", re.I)
# tallies of rarer wordings, looked for only where their words occur: "a new report by the
# Nigeria Security Tracker showed", "murders had fallen by 13 percent"
_TALLY_MORE = fastre.compile(
    r"\b(?:(?:new|latest|annual|recent) )?(?:report|study|survey|tally|data|figures) (?:by|from|of) [^.;]{0,60}?\b(?:showed|shows|found|finds)\b|"
    r"\b(?:fallen|fell|risen|rose|increased|decreased|dropped|declined|grew|grown) by (?:nearly |almost |about |around |some |over |more than |roughly )?(?:\d+(?:\.\d+)?|\w+) ?(?:percent|per cent|%)|"
    r"\bsaid in (?:a|its) (?:new |latest |annual |quarterly )?report\b|\b(?:\d[\d,]*|thousands of|hundreds of) (?:people )?(?:have )?fled (?:their )?homes\b|"
    r"\bbetween (?:January|February|March|April|May|June|July|August|September|October|November|December) (?:19|20)\d\d and (?:January|February|March|April|May|June|July|August|September|October|November|December) (?:19|20)\d\d\b|"
    r"\b(?:annual|yearly) (?:death )?toll\b|\b(?:highest|lowest|worst|deadliest) (?:\w+ )?(?:toll|year|figure|total|number|level) since\b|"
    # "its troops had killed more than 200 terrorists ... over the past three months": a period's count
    r"\b(?:killed|neutrali[sz]ed|arrested|captured|rescued)\b[^.;]{0,120}?\b(?:over|in|during|within) the (?:past|last|previous) "
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few) )?(?:months|years)\b|"
    # "settler attacks reached a record level in 2024, with more than 1,400 incidents documented": a year's tally
    r"\breached (?:a |an )?(?:record|all-time) (?:level|high|number)\b|\b(?:more than |over |some )?\d[\d,]{2,} (?:incidents|attacks|cases) (?:were )?documented\b|"
    # "conducted more than 22,000 intelligence-based operations across the province over the past year": a year's count
    r"\b(?:conducted|carried out|launched|mounted)\b (?:more than |over |at least |some |about |nearly |almost |a total of )?\d[\d,]{2,} "
    r"[^.;]{0,100}?\b(?:over|in|during|within) the (?:past|last|previous) (?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few) (?:months|years)|year)\b|"
    # "had fired more than 400 ballistic missiles and 850 drones at the kingdom since the war began": a war's count
    r"\b(?:fired|launched|carried out|conducted|shot down|intercepted)\b (?:more than |over |at least |some |about |nearly |almost |a total of )?[\d,]{3,} [^.;]{0,100}?\bsince (?:the (?:war|conflict|fighting|invasion|offensive) (?:began|started|broke out|erupted)|the (?:start|beginning|outbreak) of the (?:war|conflict|fighting|invasion))\b",
    re.I,
)
_TALLY_MORE_WORDS = ("report", "study", "survey", "tally", "data", "figures", "percent", "per cent", "%", "toll", "year since", "since", "fled", "between",
                     " months", " years", "past year", "last year", "previous year", "record", "documented")


def tally_spans_in(text: str) -> list[tuple[int, int]]:
    """The spans of the tallies in ``text`` (a sentence): "more than 3,000 civilians have been
    killed since ...", "a new report by ... showed"."""
    spans = [(m.start(), m.end()) for m in TALLY.finditer(text)]
    low = text.lower()
    if any(w in low for w in _TALLY_MORE_WORDS):
        spans += [(m.start(), m.end()) for m in _TALLY_MORE.finditer(text)]
    return spans


def _in_tally(tallies: list[tuple[int, int]], t: Trigger) -> bool:
    """The trigger is part of a tally's clause ("more than 3,000 civilians have been killed since
    ..."); ``tallies`` are the document spans of the tallies in the trigger's sentence."""
    return any(a - 100 <= t.span.start <= b + 150 for a, b in tallies)


# a match told in words of war: "shelled Benin's goal"
_AT_THE_GOAL = fastre.compile(r"\s+(?:(?-i:[A-Z])[\w'’-]*['’]s?\s+|the\s+(?:[\w'’-]+\s+)?|their\s+|(?:his|her|its)\s+)(?:goal|goalmouth|goalkeeper|penalty area)\b", re.I)
# hackers who break into websites ("defaced the home pages with political slogans")
_DEFACERS = fastre.compile(r"\b(?:hackers?|defac(?:ed|ing|ement)\b(?: of)? (?:[\w'’-]+ ){0,4}?(?:websites?|web ?pages?|home ?pages?|pages|sites|accounts?|portals?))\b", re.I)  # (not "hacked": "hacked a journalist to death")
# weapons destroyed in public: "publicly destroyed 3,000 recovered small arms at a ceremony"
_ARMS_CEREMONY = fastre.compile(
    r"\b(?:publicly|ceremonially) (?:destroyed|burned|burnt|crushed|torched)\b|"
    r"\b(?:destroyed|burned|burnt|crushed|torched|melted down|smelted) (?:[\w,'’-]+ ){0,6}?(?:arms|weapons|guns|firearms|rifles|pistols|ammunition)\b[^.;]{0,60}?\b(?:at|in) an? (?:public |official )?ceremony\b", re.I)
# protests that a measure might bring: "unions warned could spark a fresh wave of street protests"
_COULD_SPARK_BEFORE = fastre.compile(
    r"\b(?:could|might|may|would|threaten(?:s|ed|ing)? to|risks?|likely to) (?:be used to )?(?:spark|trigger|prompt|provoke|fuel|set off|touch off|lead to|unleash|reignite|crack down on|suppress|stifle|curb)\b[^.;]{0,50}$", re.I)
# a flood, a river or a storm as the doer of a violent verb
_NATURE_AS_DOER = fastre.compile(
    r"(?:^|[\x22“‘,;(]\s*)(?:the |a )?(?:(?:flood|rain|river|sea|storm|lake)?waters?|floods?|river|rains|storm|waves|wind|locusts|disease)\s+(?:(?:has|have|had|again|then)\s+)?$", re.I)
# what an arrest was over: "arrested ... over social media posts criticising the military's air strikes"
_CRITICISED_IN = fastre.compile(
    r"\b(?:posts?|remarks|comments?|articles?|speech(?:es)?|statements?|videos?|songs?|poems?|cartoons?|writings?)\s+(?:that\s+)?"
    r"(?:criticis\w+|criticiz\w+|condemn\w+|mock\w+|denounc\w+|question\w*|about)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)
# "One bomb went off ...; the other was defused by police": the defused one is the attack's remainder
_THE_OTHER_BEFORE = fastre.compile(
    r"\b(?:the other(?:s| one| two| bombs?| devices?)?|another (?:one|bomb|device)|the (?:second|remaining) (?:one|bomb|device|bombs|devices))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:was|were|had been|has been)\s+(?:later\s+|safely\s+)?$", re.I)
# "the 'final battle' against Maoism had begun": a word of war in scare quotes
_QUOTED_WAR_WORD = fastre.compile(r"(?:battle|war|fight|offensive|onslaught|siege)s?", re.I)
# "in connection with the killing of a teacher by a mob": the deed an arrest is over
_DEED_BY_BEFORE = fastre.compile(
    r"\b(?:in connection with|over|for) the (?:killing|lynching|murder|beating|death|torture) of (?:[\w'’,-]+\s+){1,6}?by (?:a |an |the )?(?:[\w-]+\s+)?$", re.I)
_DISPUTE_OVER = fastre.compile(r"\b(?:dispute|quarrel|row|feud|argument)s? over\b", re.I)
_PAY_FOR_BEFORE = fastre.compile(r"\b(?:to pay for|to fund|to finance|funding for|budget for|spending on|the cost of) (?:the |its |a |an )?(?:[\w'’-]+ ){0,2}$", re.I)
_UNITS_MOVED = fastre.compile(r"[^.;]{0,40}?\b(?:were|was|had been|have been) (?:moved|deployed|redeployed|sent|brought|transferred) (?:to|into|near|towards)\b", re.I)
_WAS_ACCIDENTAL = fastre.compile(r"\s+(?:was|had been|appeared to be|appears to be|was probably)\s+(?:accidental|an accident)\b", re.I)
_TIME_BOMB_AFTER = fastre.compile(r"\s+(?:what (?:it|they|he|she|officials|experts) (?:called|described as) |what was called )?(?:a |the )?(?:ticking )?time ?bomb\b", re.I)
_EQUIPMENT_AFTER = fastre.compile(r"\s+(?:[\w-]+ ){0,2}?(?:Humvees|vehicles|tanks|weapons|helicopters|equipment|aircraft|armou?red vehicles|guns|artillery)\b", re.I)
# "Police said robbery appeared to be the motive"
_ROBBERY_MOTIVE_RX = r"\b(?:robbery|theft) (?:appeared|appears|seemed|seems|was believed|is believed) to (?:have been|be) the (?:likely |main |only )?motive\b"
_ROBBERY_MOTIVE = fastre.compile(_ROBBERY_MOTIVE_RX, re.I)
_HANDED_OVER_BEFORE = fastre.compile(r"\b(?:handed over|handing over|hand over|surrendered|turned over|turned in|handed in|gave up|giving up)\b[^.;]{0,80}$", re.I)
_NEW_REPORT_SAYS = fastre.compile(
    r"\b(?:an? |the )?(?:new |latest |annual |recent )(?:[\w'’-]+ ){0,3}?report\b[^.;]{0,60}?\b(?:documents|documented|details|detailed|says|said|finds|found|describes|records|recorded|tallies)\b[^.;]{0,100}$", re.I)
_PAST_PERIOD = fastre.compile(r"[^.;]*?\b(?:in (?:19|20)\d\d|last year|the previous year|over the past (?:\w+ )?(?:years?|months|decade)|since (?:19|20)\d\d|between (?:19|20)\d\d)\b", re.I)
_SUSPECT_WAS_BEFORE = fastre.compile(
    r"\b(?:suspects?|accused|killers?|gunm[ae]n|attackers?|assailants?|culprits?|fugitives?|the man|the men)\s+(?:was|were|had been|has been)\s+(?:later\s+|finally\s+|eventually\s+)?$", re.I)
_FIRECRACKERS_AFTER = fastre.compile(r"\s+(?:[\w-]+\s+)?(?:firecrackers|fireworks|petards|flares)\b", re.I)
_EVIDENCE_OF_BEFORE = fastre.compile(
    r"\b(?:gathering|collecting|documenting|gathered|collected|documented|preserving) (?:the )?evidence (?:of|on|about) (?:[\w'’-]+ (?:and )?){0,4}$", re.I)
_USED_IN_BEFORE = fastre.compile(r"\b(?:weapons|arms|drones|equipment|ammunition|vehicles) (?:that were |which were )?used in (?:the |a |an )?(?:[\w-]+ )?$", re.I)
_SUPPLYING = fastre.compile(r"\b(?:supply\w*|supplied|provid\w+|sell\w*|sold|ship\w*|deliver\w*|export\w*)\b", re.I)
_DEPLOYED_BEFORE = fastre.compile(r"\b(?:deployed|deploying|redeployed|sent|moved|transferred) (?:additional |more |extra |further )?(?:[\w'’,-]+ ){0,10}?(?:and )?$", re.I)
_DEMANDED_BE_BEFORE = fastre.compile(r"\b(?:demand\w*|call\w* for|urged?|asked) (?:that )?(?:the )?(?:[\w'’-]+ ){0,3}?(?:be|are|were) $", re.I)
_PROTEST_AS_TOPIC = fastre.compile(
    r"\b(?:suspected of|accused of|in connection with|linked to|tied to|investigations? into|conduct during)\b[^.;]{0,70}$"
    r"|\b(?:ban|banning|prohibition) on (?:all |public |street )?$", re.I)
_DURING_BEFORE = fastre.compile(r"\bduring (?:the )?(?:[\w'’-]+ ){0,4}$", re.I)
_DATED_BEFORE = fastre.compile(r"\bduring (?:the )?\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) $")
_PRACTICE_MISHAP = fastre.compile(
    r"\bpractice (?:charges?|grenades?|mines?|rounds?|bombs?)\b|\bduring (?:a |an )?(?:[\w-]+ )?training (?:exercise|session|drill)s?\b", re.I)
_SINCE_BEGAN = fastre.compile(r"\bsince (?:the )?(?:[\w'’-]+ ){1,3}(?:began|started) $", re.I)
_WHOSE_WERE = fastre.compile(r"\bwhose (?:[\w'’-]+ ){1,3}(?:were|was|had been|have been) $", re.I)
_MONTHLY_TOLL = fastre.compile(
    r"\bin (?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?,? with (?:most|the majority) (?:of (?:the |them)?)?(?:casualties|deaths|victims|of them)?\b")
_ARREST_CONFIRMED = fastre.compile(r"\b(?:confirmed|admitted|acknowledged|said) (?:that )?(?:he|she|they) (?:had been|was|were) (?:formally )?(?:arrested|detained|in (?:police )?custody|taken into (?:police )?custody)\b", re.I)
_RUMOUR_OF = fastre.compile(r"\brumou?rs? (?:(?:had )?(?:spread|circulated|swirled) )?(?:of|about) (?:an? |the )?(?:alleged |attempted )?$", re.I)
_PLACE_OF_OCCUPIED = fastre.compile(r"\b(?:in|outside|near|of|from|around|across|into|to|at)\s+(?:Russian-|Israeli-)?$", re.I)
_COOPERATION_DEAL = fastre.compile(
    r"[^.;]{0,40}?\bto (?:share|exchange) (?:intelligence|information|data)\b|[^.;]{0,40}?\bon (?:security |defen[cs]e |police |military |trade |economic |border )?cooperation\b", re.I)
_WAR_TERMS = fastre.compile(r"\b(?:ceasefire|cease-fire|truce|fighting|hostilities|war|peace|rebels?|insurgents?|prisoners?|hostages?|armistice)\b", re.I)
_COMMITTED_TO = fastre.compile(r"\b(?:committed|commitment|adherence|adhere|abide|abiding|respect(?:ing|ed)?|loyal) to (?:the |its |their )?(?:[\w+.'’-]+ ){0,3}$", re.I)
_SIMULATED = fastre.compile(r"\bsimulat\w+ (?:an? |the )?(?:[\w-]+ ){0,2}$", re.I)
_WHOSE_TREATMENT = fastre.compile(r"\b(?:treatment|plight|conditions|rights|fate|deportation) of (?:[\w'’-]+ ){0,3}$", re.I)
_LEADER_ADDRESSED = fastre.compile(
    r"\b(?:President|Prime Minister|Minister|Governor|Chief Minister|Premier|Vice[- ]President)\b[^.;]{0,60}?\baddressed (?:[\w'’-]+ ){0,4}?(?:at|during) (?:a |an |the )?(?:[\w-]+ )?$")
# property whose control changes hands (a business, a pond, a market), not territory
_PROPERTY_TAKEN = fastre.compile(
    r"(?: of)?(?: and (?:[\w-]+ ){1,4}?(?:from|in|at))?\s+(?:the |a |an |his |her |their |its )?(?:[\w'’-]+ ){0,3}?"
    r"(?:enclosures?|ghers?|ponds?|fisher(?:y|ies)|fish farms?|shrimp farms?|shops?|markets?|bazaar committees?|bus (?:terminals?|stands?)|ghats?|sand quarr(?:y|ies)|stone quarr(?:y|ies)|hat leases?)\b", re.I)
# a crowd come for a feast, not a cause (unless it chants or protests there)
_FOR_A_FESTIVAL = fastre.compile(
    r"[^.;]{0,80}?\bfor (?:the |an? |their )?(?:annual |yearly |traditional |weekly )?(?:[\w'’-]+ ){0,3}?"
    r"(?:festival|celebrations?|pilgrimage|thanksgiving|feast|carnival|concert|wedding|holiday|new year|mass|service)\b", re.I)
_PROTEST_IN_FESTIVAL = fastre.compile(r"\b(?:protest\w*|chant\w*|slogans?|demand\w*|denounc\w*|condemn\w*|against|banners?|placards?)\b", re.I)
_VIOLENT_TRIGGERS = frozenset({
    "_violence", "_weapons", "_clash_words", "Attack", "Suicide bomb", "Remote explosive/landmine/IED", "Grenade",
    "Air/drone strike", "Shelling/artillery/missile attack", "Chemical weapon", "Abduction/forced disappearance",
    "Sexual violence"})
_SPORT = fastre.compile(
    r"\b(?:match(?:es)?|tournament|qualifiers?|crashed out|league table|runners|marathon|(?:final|last) (?:kilometre|kilometer|lap)|goals?|scored|strikers?|wickets?|innings|cricket|football|soccer|tennis|one-day international|"
    r"Wimbledon|Roland Garros|grand slam|(?:three|four|five)-set|straight sets|tie-?break|Cl[aá]sico|derby|(?:beat|crushed|thrashed|defeated|edged|hammered|routed|demolished|humbled|stunned) (?:[\w'’-]+ ){1,2}\d{1,3}-\d{1,3}\b|(?<=\d-\d) at (?:the )?(?-i:[A-Z])\w*|"
    r"(?:national|premier|super|football|soccer) league|title hopes|(?:home|away|visiting) (?:side|team|coach)|sound clash|selectors|"
    r"champions?(?:hip)?|olympic\w*|footballers?|cricketers?|trophy|\d-\d (?:win|victory|defeat|rout|thrashing)|(?:first|final) whistle|boxing|boxers?|heavyweight|(?:split|unanimous) decision|knock-?out|title fight|world cup|(?:head |national |team |football |cricket )coach(?:es)?|coach(?:es)? (?:said|of the (?:national|team|club))|squad|season|fixture|penalty|semi-?final|quarter-?finals?|on(?:to)? the pitch|\bstade\b|in the stands|\bcoach (?-i:[A-Z])\w+ (?-i:[A-Z])\w*|final whistle|"
    r"centur(?:y|ies)|unbeaten|top-of-the-table|rival fans|derby|kick-?off|national (?:football |cricket |rugby )?team|copa america|(?:asia|africa|euro|gold|davis|fa|asian|gulf|arab|king['’]s|league) cup|cup final|by \d+ points|(?:first|second|third|fourth|final) quarter|half-?time|(?:stormed|invaded) the pitch|pitch invasion|"
    r"beat \w+ \d+-\d+|scoring (?:twice|once|a brace|a hat-?trick|a goal|the (?:opener|winner|equali[sz]er)|\w+ goals)|eurovision|song contest|to watch the (?:\w+ )?(?:final|match|game)|"
    r"bowlers?|batsm[ae]n|batting|bowling|top order|line-up|test match|odi|t20|runs|innings|(?:first|second) half|visitors|"
    r"fought back to (?:win|draw|level)|equali[sz]er|clean sheet|(?:red|yellow) cards?|sent off|with ten men|stoppage time|injury time|hat-?tricks?|marathon|podium|runners|(?:world|course|national|personal|Olympic) record|(?:women|men)['’]s (?:[\d,]+ ?(?:metres|meters|m)\b|sprint|relay|steeplechase)|(?:metres|meters) (?:race|final|hurdles|steeplechase)|(?:sprint|relay|road|cross-country|bruising|gruelling|thrilling|tactical) race|peloton|sprinters?|finish line|grand prix|\d{1,3}(?:st|nd|rd|th) minute|"
    r"(?:goalless|scoreless|bruising|\d[-–]\d) draw|points? clear (?:at the top|of)|(?:stormed|fought|battled|came) back to (?:beat|win|draw|level|snatch)|came from behind to|\d+-point (?:deficit|lead|margin|win|victory|defeat)|fought off (?:a |the )?(?:late |final )?(?:challenge|charge|sprint)|(?:first|last|final) lap\b|"
    r"(?<![\d/.-])\d{1,2}[-–]\d{1,2}(?![\d/-]|\.\d))\b",
    re.I,
)
_VERBAL = fastre.compile(
    r"\b(?:attack(?:ed|s|ing)?|slam\w*|lash(?:ed|es)? out at|criticis\w*|criticiz\w*)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?"
    r"(?:government|opposition|policy|policies|decision|minister|ministry|remarks?|statement|budget|bill|law|plan|critics?)\b"
    r"[^.]{0,40}\b(?:over|for|saying|calling|accus\w+|verbal\w*|in parliament|in a speech|on (?:twitter|x|social media))\b"
    # "Speakers attacked the federal government": a rally's speeches
    r"|\b(?:speakers|speaker|orators|addressing the (?:rally|gathering|meeting|crowd))\b[^.;]{0,30}?\b(?:attack(?:ed|s|ing)?|slam\w*|lash(?:ed|es)? out at|criticis\w*|criticiz\w*)\s+"
    r"(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+)?(?:government|rulers|regime|establishment|opposition|authorities|prime minister|policies|leadership)\b",
    re.I,
)
# "traders accused of smuggling fuel and food to SPLM-N-held areas", "accusing them of supplying fuel to JNIM"
_SUPPLYING_ARMED_RX = (r"(?:accused|accusing|suspected|on suspicion|charged) (?:[\w-]+ ){0,2}?of (?:supplying|smuggling|selling|providing|delivering) "
                       r"(?:[\w,-]+ ){0,5}?to (?:[\w'’-]+ ){0,2}?(?:[\w-]+-held|held|controlled|rebels?|militants?|insurgents?|jihadists?|(?-i:[A-Z]{3,}))")
_SUPPLYING_ARMED = fastre.compile(_SUPPLYING_ARMED_RX, re.I)
_POLITICAL = fastre.compile(
    r"\b(?:activists?|leaders?|militants?|members?|cadres?|(?:regional |local |area |zonal |senior |top |finance |military )?(?:commanders?|chiefs?) of|(?:president|head|chairman|leader|secretary|spokesman) of (?:the )?(?:[\w'’-]+ ){0,3}?(?-i:Front|Movement|Party|Union|Committee|Federation)\b|protesters?|unions?|unionists?|demonstrators?|opposition|extremists?|terrorists?|"
    r"suspects (?:in|over) (?:the )?(?:[\w'’-]+ ){0,4}?(?:attacks?|bombings?|massacre)|suspects (?:[\w'’(),-]+ ){0,6}?in connection with (?:the )?(?:recent |latest |[\w-]+ )?(?:killings|attacks|massacres?|bombings|clashes|violence)\b|in connection with the (?:killing|killings|murder|murders|abduction|massacre) of (?:\w+ )?(?:civilians|villagers|soldiers|policemen|people|residents|worshippers)\b|"
    r"(?:Houthi|Houthi-run|Taliban|Hamas|Hamas-run|rebel|rebel-run|de facto) (?:authorities|intelligence)|plot(?:ting|ted)? to (?:assassinate|kill|overthrow|topple)\b|plot(?:ting|ted)? (?:an? |to )(?:[\w-]+ )?(?:attacks?|bombings?|bomb)\b|(?:supporting|support for|aiding|helping|links to) (?:the )?(?:armed )?resistance(?: groups?| forces| fighters)?\b|in the name of (?:the )?Islamic State|tortur\w* (?:of )?(?:detainees|prisoners|protesters|inmates)|(?:former|ex-) (?:[\w-]+ ){0,2}?(?:intelligence|army|military|security|regime) officers?|former regime|(?:evad\w+|dodg\w+|avoid\w*|escap\w+|desert\w*) (?:the )?(?:[\w'’-]+ )?(?:national|military|compulsory|Military) (?:service|Service)|(?:failing|failure) to register (?:their )?(?:overnight )?guests|household (?:checks|inspections|registration)|conscription|draft (?:evasion|dodg\w+)|U\.?N\.? (?:staff|agencies|employees|workers|personnel)|(?:aid|humanitarian|NGO) (?:staff|workers|employees)|(?:renewed|communal|inter-?communal|ethnic|sectarian|tribal|chieftaincy) (?:violence|clashes|fighting|unrest|conflict)|"
    r"(?:attacks?|arson|violence|vandali[sz]\w*) (?:on|against|of) (?:the )?(?:[\w'’-]+ ){0,2}?(?:Hindus?|Ahmadiyya|Ahmadis?|Christians?|Buddhists?|Sikhs?|minorit(?:y|ies)|Rohingyas?|temples?|churches|mosques?)\b|"
    r"insurgents?|rebels?|separatists?|jihadists?|(?:people's|peoples|liberation|independence|revolutionary|resistance|national|democratic) (?:army|front|movement|alliance)|Arakan Army|junta|sectarian|inciting (?:[\w-]+ )?hatred|emergency response rooms?|resistance committees?|(?:local |people's )defen[cs]e forces?|in connection with the (?:killing|lynching|murder|beating|death) of (?:[\w'’-]+ ){1,5}?by (?:a |the )?mob|(?:of|from) (?:the |an? )?(?:outlawed|banned|proscribed) (?-i:[A-Z])\w*|"
    r"(?:high )?treason|espionage|spying for|(?:passing|passed|sending|sent|sharing|shared|handing|handed) (?:[\w'’-]+ ){0,6}?to (?:(?-i:[A-Z])\w+ |foreign |enemy )?(?:intelligence|special services|security services)\b|"
    r"plot to (?:overturn|topple|overthrow|assassinate|keep (?:[\w'’-]+ ){1,3}in power|seize power|stage a coup)|organi[sz]ing (?:the |a |an )?(?:[\w'’-]+ ){0,3}?(?:strikes?|protests?|demonstrations?|rall(?:y|ies)|marches|blockades?|boycotts?)|collaborat\w+ with (?:the )?(?-i:[A-Z])\w*|overturn the (?:result|outcome) of the (?:\d{4} )?(?:election|vote)|"
    r"(?:on suspicion of|suspected of|accused of|charged with) (?:supporting|aiding|helping|financing|funding|having links (?:to|with)|links (?:to|with)|belonging to|being members? of|membership (?:in|of))|suspected|accused|wanted|outlaw\w*|party|parties|league|dal|shibir|jamaat|"
    r"occupation forces|Israeli (?:forces|troops|soldiers|army)|Palestinians?|"
    r"journalists?|reporters?|correspondents?|bloggers?|students?|workers?|weapons?|arms|explosives?|bombs?|candidates?|councillors?|chairman|mp|mayors?|governors?|ministers?|lawmakers?|officials?|"
    r"(?:former|ex-|deposed|ousted) (?:president|prime minister|premier|head of state)|International Criminal Court|crimes against humanity|war crimes|"
    r"union parishad|up member|politician|secretar(?:y|ies)(?:[- ]general)?|advis[eo]rs?|bnp|awami|jubo|chhatra|swechchhasebak|ansar|ulfa|jmb|hizb\w*|huji|pbcp|links?|linked|affiliat\w*|operatives?|"
    r"head of (?:[\w'’-]+ ){0,3}(?:office|campaign|movement|foundation|organi[sz]ation|coalition|network|platform|association)|civil society|poets?|hijab|veil|dress code|propagation of virtue|vice and virtue|virtue and vice|bishops?|priests?|clergy\w*|deput(?:y|ies)|false information|fake news|discredit\w*|sympathi[sz]ers?|overthrow\w*|putsch|insurrection|suspicion of (?:involvement|complicity|links|taking part)|overground workers?|ogws?|lashkar\w*|jaish\w*|maoists?|naxal\w*|"
    r"critici[sz]\w*|critics?|critical of|anti-(?:regime|junta|government|coup)|pro-(?-i:[A-Z])[\w-]+|in connection with (?:the )?(?:[\w'’-]+ ){0,3}(?:gatherings?|protests?|demonstrations?|rall(?:y|ies))|dissidents?|dissent|sedition|treason|social media|insult\w*|blasphemy|proselyti[sz]\w*|fake votes|polling (?:centre|center|station)s?|armed uprising|military mobili[sz]ation|l[eè]se[- ]majest[eé]|"
    r"supporters?|commanders?|organi[sz]ers?|coordinators?|convener|spokes(?:man|person|woman)|founder|espionage|spying|spies|collusion|colluding|head of (?:the )?(?:finances?|logistics|operations|intelligence|recruitment) (?:of|for)|passing (?:\w+ ){0,2}information|" + _SUPPLYING_ARMED_RX + r"|looted (?:[\w-]+ ){0,2}?(?:pistols?|weapons|firearms|arms|rifles?|guns?|ammunition)|(?:collecting|gathering|providing|supplying) (?:[\w-]+ ){0,2}?information (?:for|to)\b|(?:for|on behalf of|working for) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:agents|handlers|intelligence (?:officers|operatives|services?|agenc(?:y|ies)))|sensitive (?:military |security )?(?:sites|locations|installations|facilities)|incitement|national security|pro-democracy|publishers?|editors?|tycoon|(?:trade )?unionists?|union leaders?|photographers?|(?:ICT|Digital Security|Cyber ?Security|Special Powers|Anti-Terrorism) Act|rights (?:defenders?|activists?|lawyers?)|human rights|unlawful activities|terror\w*|intelligence (?:ministry|agency|agencies|services?)|ministry of intelligence|(?:breaking|broke|smashing|smashed|vandali[sz]\w*|desecrat\w*|damaging) (?:[\w-]+ ){0,2}?(?:idols?|deit(?:y|ies))|political (?:retaliation|persecution|revenge|vendetta|reprisal)|(?:raising|collecting) (?:funds|money|donations) for|conscription|forced recruitment|politically motivated|anti-(?:regime|government|junta|coup|military|state) (?:content|posts?|messages?|materials?|leaflets?|slogans?|graffiti|songs?|videos?|comments?)|(?:former|ex-) (?:[\w-]+ ){0,2}?(?:police ?(?:officers?|m[ae]n|wom[ae]n)|policem[ae]n|soldiers?|army officers?|security officials?|(?:government|army|military) (?:employees|officials|officers))|(?:former|previous) (?:government|regime)['’]s? (?:[\w-]+ )?(?:forces|army|officials|employees|officers|soldiers))\b",
    re.I,
)
_PAST_OR_POLICY = fastre.compile(
    r"\b(?:charged (?:[\w'’-]+ ){0,5}?with (?:war crimes|crimes against humanity|genocide)|sentenced|sentencing|(?:prison|jail) terms?|found (?:[\w-]+ ){0,4}?guilty|convicted(?!\s+(?:[\w-]+\s+){0,2}?(?:militants?|members?|leaders?|terrorists?|killers?|prisoners?|criminals?|inmates?|cadres?|men)\b)|conviction|overturned(?! (?:a |an |the |two |three |several )?(?:[\w-]+ )?(?:vehicles?|cars?|trucks?|buses?|lorr(?:y|ies)|vans?|carts?|stalls?|tables?|pickups?|motorcycles?|bins?)\b)|appeals? court|jury|(?<!public )(?<!state )prosecutors? (?:sought|demanded|charged|indicted|appealed|argued|told the court)|acquitted|verdict|indicted|court (?:on \w+ )?(?:ordered|ruled|sentenced|convicted)|(?:opened|began|started|resumed|adjourned) the trial of|"
    r"(?:amnesty|rehabilitation|de-?radicali[sz]ation|reintegration) (?:programme|program|scheme|policy|offer)|"
    r"programme for (?:repentant|former)|"
    # "the cabinet approved a draft bill that would tighten controls on gun ownership following a spate of shootings"
    r"(?:approved|passed|adopted|tabled|introduced|signed|unveiled|debated|proposed) (?:a |an |the )?(?:draft |new |proposed )?(?:bill|law|legislation|amendments?|decree)\b(?: [\w'’-]+){0,4}? (?:(?:that|which|to) (?:would |will )?(?:tighten|restrict|regulat\w*|ban|curb|control|toughen|strengthen|double|triple|increase|raise|lengthen|stiffen|impose)|banning|outlawing|prohibiting|restricting|criminali[sz]ing|toughening|tightening|stiffening|increasing|raising|strengthening|requiring|obliging))\b",
    re.I,
)
# a riot that answers a verdict: "rioted after their leader was sentenced", "clashes following the verdict"
# a protest over a death, whatever the death's story ("a driver whose vehicle overturned"): the riot is today's
_PROTEST_OVER_DEATH = fastre.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies)|sit-ins?) (?:over|against|after|following) the (?:death|killing|murder) of\b", re.I)
_VERDICT_CAUSE = fastre.compile(
    r"\b(?:in response to|in reaction to|protest(?:ing|ed|s)?(?: against)?|against|after|following|over|demanding (?:the )?(?:cancellation|annulment|reversal|withdrawal) of|(?:angry|angered|incensed|furious|enraged|outraged) (?:at|by|over))\s+(?:[\w'-]+\s+){0,6}?"
    r"(?:(?:was|were|being|been)\s+)?(?:sentenc\w+|verdicts?|convict\w+)\b",
    re.I,
)
# what a trigger word means outside a fight: a policy that "targeted" banks, units "fighting" somewhere
# that recruits reinforce, a corps' members "fighting on Ukraine's side", bombs found unexploded
_MEASURE_TARGETED = fastre.compile(
    r"\b(?:sanctions?|tariffs?|measures?|restrictions?|legislation|laws?|bills?|polic(?:y|ies)|audits?|probes?|investigations?|reforms?|"
    r"regulations?|fines?|tax(?:es)?|cuts?|ads?|advertisements?) (?:[\w'’-]+ ){0,2}?(?:have |has |had |were |was |are |is )?(?:specifically |directly |also )?$", re.I)
_UNITS_FIGHTING = fastre.compile(
    r"\b(?:to (?:reinforce|support|bolster|back|relieve|resupply)|reinforc\w+|bolster\w*) (?:the )?(?:[\w-]+ ){0,2}?(?:units|troops|soldiers|forces|brigades|battalions|contingents?) $"
    # "for allegedly transferring money to a Ukrainian army unit fighting in the region": whom it paid
    r"|\b(?:transferr\w+|sen[dt]\w*|donat\w+|sending) (?:money|funds|cash|drones|supplies) to (?:a |an |the )?(?:[\w-]+ ){0,3}?(?:units?|brigades?|battalions?|troops|forces) $", re.I)
_WHO_FIGHT = fastre.compile(r"\b(?:nationals|volunteers|citizens|foreigners|mercenaries|exiles|emigres|émigrés|recruits|veterans|men) $", re.I)
_FOR_A_SIDE = fastre.compile(r"\s+(?:on (?:[\w'’-]+ ){1,2}?side|alongside|for (?:the )?(?-i:[A-Z]))", re.I)
_UNEXPLODED = fastre.compile(r"\bunexploded\b", re.I)
_RIOT_KINDS = {"_riot", "_protest_violence", "_clash_words", "Looting/property destruction"}
# "called on the government to investigate the killing of ...": an appeal about an event, not its report
_APPEAL = fastre.compile(
    r"\b(?:call(?:ed|s|ing)? (?:on|upon)|urg(?:ed|es|ing)|appeal(?:ed|s|ing)|ask(?:ed|s|ing)|press(?:ed|es|ing))\b[^.;]{0,80}?\bto "
    r"(?:(?:[\w-]+ ){1,3}|(?:investigate|probe|look into|punish|prosecute|arrest|identify|trace)\b[^.;]{0,60})$",
    re.I,
)
# "respect the truce", "violated the ceasefire": the agreement is not made here
_NOT_AGREED = fastre.compile(
    r"\b(?:respect\w*|observ\w+|honou?r\w*|uphold\w*|abid\w+ by|adher\w+ to|violat\w+|breach\w*|broke|break\w*|collapse of|despite|unravel\w*|threaten\w*|jeopardi[sz]\w*|undermin\w+|endanger\w*|imperil\w*|derail\w*)\s+(?:the |a |an |their |its )?(?:[\w-]+ ){0,2}$",
    re.I,
)
# "summoned the envoy to protest", "lodged a strong protest": a government's diplomatic protest
_STREET = fastre.compile(r"(?:procession|rall|march|sit-?in|human chain|demonstrat|blockad|hartal|gather|dharna|picket)", re.I)
_DIPLOMATIC = fastre.compile(
    r"\b(?:summon\w*|lodg\w+|conve\w+|register\w*|recall\w*|expel\w*)\b[^.;]{0,60}\b(?:envoy|ambassador|diplomats?|high commissioner|charg[eé] d'affaires|protest note|note verbale)\b"
    r"|\b(?:diplomatic protest|protest note|protest letter|letter of protest|note of protest|lodg\w+ (?:a |an )?[\x22“'‘]?(?:\w+ )?protest|protest['\"”’]? (?:was|were|had been|has been) lodged)",
    re.I,
)
# words before a trigger that give it a sense other than conflict
_NOT_CONFLICT_SENSE = fastre.compile(
    r"\b(?:(?:heart|panic|asthma|anxiety)\s+|(?:tax|customs|revenue|income[- ]tax|anti-?corruption|excise|health|food[- ]safety)"
    r"\s+(?:officials?|officers?|inspectors?|authorities|department|teams?)\s+(?:\w+\s+)?|(?:gave|give|gives|giving|offered|live|"
    r"product|practical|cooking|software)\s+(?:an?\s+)?|(?:blistering|scathing|stinging|withering|verbal|rhetorical|fierce verbal)\s+)$",
    re.I,
)
# history told from archives: "Newly declassified government files released on Friday show that ... in 1983"
_ARCHIVES_SHOW = fastre.compile(r"\b(?:newly |recently )?declassified\b|\barchives? (?:show|shows|reveal|reveals|showed|revealed)\b", re.I)
_OLD_YEAR = fastre.compile(r"\b(?:in|of|since) (?:the )?(?:1[89]\d\d|200\d)s?\b", re.I)
_RAMMED = fastre.compile(r"(?:drove|rammed|ploughed|plowed|slammed|steered)\b", re.I)
# a denial or a charge about a deed, not the deed: "denied responsibility for last week's killings", "accusing
# government forces of staging the massacre", "on suspicion of involvement in the firing of rockets"
_DENIAL_OR_CHARGE = fastre.compile(
    r"\bdenied (?:any )?(?:responsibility|involvement) (?:for|in) (?:the |last \w+['’]s |[\w'’-]+ )?(?:[\w'’-]+ ){0,2}$|"
    r"\baccus\w+ (?:[\w'’-]+ ){1,4}?of (?:staging|orchestrating|fabricating|faking) (?:the |a |an )?(?:[\w'’-]+ )?$|"
    r"\b(?:suspicion|suspected|accused) of (?:involvement|being involved|taking part|participating) in (?:the )?(?:[\w'’-]+ ){0,2}$", re.I)
_PROBE_INTO = fastre.compile(r"\b(?:(?:investigat\w+|inquiry|enquiry|probe) into (?:the |last \w+['’]s )?|investigating (?:the |last \w+['’]s ))(?:[\w'’-]+ ){0,3}$", re.I)
_EVIDENCE_OF_PAST = fastre.compile(r"\b(?:gathered|collected|found|documented) (?:new |fresh )?(?:evidence|proof) (?:that|of)\b[^.;]*\b(?:during|over|in) the (?:past|last|previous) (?:year|two years|months|decade|\d+ months)\b", re.I)
_ENVOY_SUMMONED = fastre.compile(r"\bsummon\w* (?:[\w'’-]+ ){0,4}?(?:ambassador|envoy|charg[eé] d['’]affaires|diplomats?)\b", re.I)
_NOT_A_DEED = fastre.compile(
    r"\bcompensation (?:package|payments?|scheme)\b|\b(?:approved|passed|adopted|debat\w+|tabled) (?:a |the )?(?:[\w-]+ )?bill\b|"
    r"\bparad(?:ed|ing) (?:[\w-]+ ){0,3}?(?:tanks|missile launchers|missiles|armoured vehicles|troops)\b", re.I)
# a court's ruling on people accused of an earlier deed
_BAIL_HEARING = fastre.compile(r"\b(?:court|judge|tribunal)\b[^.;]{0,60}?\b(?:granted|grants|denied|denies|rejected|rejects|approved|approves|cancelled|cancels) (?:post-arrest |pre-arrest |interim |transit |protective )?bail (?:to|for|of)\b[^.;]{0,80}?\b(?:accused|charged|suspected|cases?)\b", re.I)
# a court voiding a rule: "struck down the minority quota seats"
_STRUCK_DOWN_RULE = fastre.compile(
    r"\s+down (?:the |a |an |its |their |parts of the )?(?:[\w'’-]+ ){0,3}?(?:laws?|quotas?|seats|provisions?|bans?|rules?|rulings?|decrees?|orders?|measures?|amendments?|"
    r"articles?|acts?|bills?|clauses?|regulations?|polic(?:y|ies)|results?|verdicts?|sections?|requirements?|restrictions?|sentences?|convictions?)\b", re.I)
# what a rally backs: "in support of Houthi attacks on shipping"
_IN_SUPPORT_OF = fastre.compile(r"\b(?:in support of|supporting|in praise of|praising|celebrating|to celebrate|hailing|to back) (?:the |its |their )?(?:[\w'’-]+ ){0,2}$", re.I)
# a religious day's crowds: "took to the streets on Ashura to mourn the martyrdom of Imam Hussein"
_OBSERVANCE = fastre.compile(
    r"\bon (?:Ashura|Arbaeen|Arbaeen day|Muharram|Good Friday|Palm Sunday|Maundy Thursday)\b|\bto (?:mourn|commemorate|mark) the (?:martyrdom|birth|death anniversary) of (?:Imam|Prophet|Saint|St\.?|Guru|Lord)\b|"
    r"\b(?:mourning|Ashura|Arbaeen|Muharram|Tazia) processions?\b", re.I)
# a religious procession's crowd, unless it demands something
_DEVOTEES = fastre.compile(r"\b(?:devotees|pilgrims|worshippers|the faithful|believers|parishioners)\b", re.I)
_DEMANDING = fastre.compile(r"\b(?:demand\w*|protest\w*|against|denounc\w+|condemn\w*|calling for|call for|urg\w+)\b", re.I)
_OFFICIALS_END = fastre.compile(r"(?:officials?|officers?|inspectors?|authorities|department|teams?)\s+(?:\w+\s+)?$", re.I)
_MARKET_RALLY = fastre.compile(
    r"\b(?:stocks?|shares?|markets?|prices?|index|indices|bonds?|currenc(?:y|ies)|rupee|dollar|euro|oil|gold|bitcoin|"
    r"Wall Street|Sensex|Nifty|equities)\b(?:\s+\w+){0,4}\s+$",
    re.I,
)
_ANIMAL_BEFORE = fastre.compile(
    r"\b(?:leopards?|tigers?|tigress|elephants?|bears?|crocodiles?|wild boars?|boars?|stray dogs?|dogs?|snakes?|lions?|"
    r"lioness|hyenas?|wolf|wolves|monkeys?|bulls?|buffalo(?:es)?|jackals?|hippos?|hippopotamus)\s+(?:\w+\s+){0,3}$",
    re.I,
)
_CODER_TAG = fastre.compile(r"\[(?:size|women targeted|[a-z][a-z ]{2,30})\s*[=:][^\]\n]{0,120}\]", re.I)
_WARRANT_AFTER = fastre.compile(r"\s+(?:warrants?|bail|orders?)\b", re.I)
_SPELL_OF = fastre.compile(
    r"\b(?:to end|ending|end|ended|after|following|followed|amid|despite) (?:the )?(?:\w+ ){0,2}(?:months?|years?|weeks?|decades?|days) of (?:[\w-]+ )?$|"
    r"\b(?:months?|years?|weeks?|decades?) of (?:[\w-]+ )?(?:fighting|clashes|violence|war|conflict|attacks|bombardment|shelling) (?:in which|during which|that)\b[^.;]{0,80}$|"
    r"\b(?:during|through|over) (?:the )?(?:\w+ ){0,2}(?:years|decades) of (?:[\w-]+ )?$|"  # "mines laid during years of fighting"
    r"\b(?:fled|fleeing|escaping|escaped|displaced by) (?:the )?(?:[\w-]+ )?$|\b(?:an )?end to (?:the )?(?:[\w-]+ )?$|"
    # "a deal aimed at ending months of revenge killings linked to cattle raids": what the killings grew from
    r"\b(?:to end|ending|end) (?:the )?(?:\w+ ){0,2}(?:months?|years?|weeks?|decades?) of (?:[\w-]+ ){0,2}(?:killings|violence|fighting|clashes|attacks|feuds?) "
    r"(?:linked to|tied to|over|sparked by|fuell?ed by|driven by|triggered by|caused by) (?:[\w-]+ ){0,2}$|"
    # "a mine believed to date from earlier fighting", "shells left over from the war": a remnant of then
    r"\b(?:dat(?:e|es|ed|ing) (?:back )?(?:from|to)|left (?:over |behind )?(?:from|by|during)|leftovers? (?:from|of)|remnants? of) (?:the )?(?:\w+ ){0,2}$", re.I)
# "families sheltering in the school after two days of combat between ...": days of fighting the
# report tells, unless a truce or a return ends them ("a truce agreed after three days of fighting")
_DAYS_OF_FIGHTING = fastre.compile(r"(?:after|following) (?:the )?(?:(?:two|three|four|five|six|several|a few|\d) )?days of", re.I)
_SPELL_ENDED = fastre.compile(r"\b(?:truce|ceasefire|cease-fire|agreement|accord|deal|talks|calm|returned|return|restored|ended|lull|peace)\b", re.I)
_LONG_SIEGE = fastre.compile(r"\s+(?:the |a |an |its |their )?(?:[\w'’-]+ ){0,3}?(?:for|since) (?:(?:many|several|two|three|four|five|six|\d+) )?(?:months|weeks|years|(?-i:[A-Z])\w+ \d{4}|\d{4})\b", re.I)
_IN_A_WAR = fastre.compile(r"\s+(?:in|during) (?:the |a |both )?(?:[\w-]+ ){0,3}?(?:wars?|revolution|struggle|resistance)\b", re.I)
_OFFENSIVE_TOLD = fastre.compile(r"\b(?:announc\w+|declar\w+|threaten\w*|vow\w*|plann\w+|promis\w+|call\w* for) (?:a |an |the |its |their )?(?:new |major |final |fresh |ground |general )?$", re.I)
_ATTACK_ON_RIGHTS = fastre.compile(
    r"\s+on (?:the )?(?:press |media |academic |religious |civil |fundamental |human |constitutional )?(?:freedoms?|democracy|rights|liberties|the constitution|journalism|free speech|the judiciary)\b|"
    r"['’\"”]?\s+on (?:working|ordinary|poor|middle-class|low-income) (?:families|people|workers|households|citizens)\b", re.I)
_NOT_HELD_AFTER = fastre.compile(
    r"\s+(?:(?:did not|didn't|never|could not|couldn't|failed to) (?:take place|go ahead|happen|be held)|(?:was|were) (?:later )?(?:called off|cancel(?:l)?ed|postponed))\b", re.I)
_LATER_AFTER = fastre.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:to (?:begin|start|be held|take place)|(?:planned |scheduled |set )?for next|next (?:week|month|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"for (?:" + _DAY_AND_MONTH + r")(?!,? (?:19|20)\d\d)|"
    r"(?:planned|scheduled|set) for the (?:following|coming) (?:day|week|month))\b",
    re.I,
)
# "anyone planning to ... by staging demonstrations would be dealt with firmly": a warning, no protest
_ANYONE_WHO = fastre.compile(r"\b(?:anyone|anybody|whoever|any (?:group|party|person|one)) (?:who |that )?(?:plans?|planning|tries|trying|intends?|intending|attempts?|attempting|dares?|daring|seeks?|seeking)\b[^.;]{0,80}$", re.I)
# a coming day named by its weekday: "for Monday", "for next Friday", "for tomorrow"
_COMING_DAY = r"(?:this |next |the coming )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)"
# "have called a nationwide strike for Monday to protest ...": a call for a coming day
_CALLED_FOR_DAY = fastre.compile(
    r"\bcall(?:ed|s|ing) (?:for )?(?:a |an )?(?:[\w-]+ ){0,3}?(?:strikes?|hartals?|shutdowns?|stoppages?|walkouts?|protests?|rall(?:y|ies)|"
    r"march(?:es)?|demonstrations?) for " + _COMING_DAY + r"\b", re.I)
# "called a general strike for 24 January 2024": a call for a day named, whatever its year
_CALLED_BEFORE = fastre.compile(r"\bcall(?:ed|s|ing) (?:for )?(?:a |an )?(?:[\w-]+ ){0,3}$", re.I)
_FOR_DATE_AFTER = fastre.compile(
    r"\s+(?:[\w-]+\s+){0,3}?for (?:" + _DAY_AND_MONTH + "|" + _COMING_DAY + r")\b",
    re.I,
)
_YEARS_AFTER_THE = fastre.compile(r"\b(?:years|decades) (?:after|since) the (?:[\w'’-]+ ){0,2}$", re.I)
# "announced a general strike ... on 16 June to protest the refusal": the purpose of a strike called
_ANNOUNCED_TO = fastre.compile(r"\b(?:announced|planned|threatened|vowed|call(?:ed|s|ing) for)\b[^.;]{0,100}\bto $", re.I)
_EXISTING_TRUCE = fastre.compile(r"(?:truce|ceasefire|cessation|peace (?:deal|agreement|accord|pact))", re.I)
_AGREEING = fastre.compile(r"\b(?:signed|agreed|reached|announced|declared|brokered|struck|sealed|concluded|initial+ed)\b", re.I)
_COMMERCIAL = fastre.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:to (?:buy|purchase|supply|sell|procure|acquire|import|export|build|invest|lease|deliver|manufacture)|"
    r"on (?:trade|gas|oil|loans?|investment|tariffs?|visas?|fishing|energy|electricity|arms sales?|(?:road|rail|railway|port|transport) (?:infrastructure|links?|construction)|infrastructure)|worth)\b",
    re.I,
)
# "found dead ... died of a heart condition": no violence, whatever rumours said
_NATURAL_DEATH = fastre.compile(
    r"\bdied (?:of|from) (?:a |an )?(?:[\w-]+ )?(?:heart|cardiac|natural causes|illness|disease|overdose|stroke|cancer|asthma|complications|hypothermia)", re.I
)
_ARMED_MEN = fastre.compile(r"\b(?:gunmen|armed men|bandits|kidnappers|militants|insurgents|jihadists|terrorists)\b", re.I)
_PROTEST_WORD = fastre.compile(r"\b(?:protest\w*|demonstrat\w+|demand\w*|rall(?:y|ies|ied)|strike|agitat\w+)\b", re.I)
# "a cholera outbreak that had killed at least 10 people": deaths of a disaster, no toll of violence
# (assemble.py drops such claims)
DISASTER_DEAD = fastre.compile(
    r"\b(?:outbreak|epidemic|disease|floods?|flooding|earthquake|cyclone|landslide|cholera|dengue|diarrh?o?ea|heat ?wave|"
    r"accident|crash|collapse|(?<!exchange of )(?<!exchanges of )(?<!exchanging )(?<!heavy )(?<!gun)(?<!cross)(?<!return )(?<!returned )fire|blaze)\s+(?:that|which)\s+(?:had\s+|has\s+)?(?:\w+\s+)?$|"
    # "a methane gas explosion in a coal mine at Shahrag on Sunday left four miners dead"
    r"\b(?:(?:methane|gas|cylinder|boiler|industrial)\s+(?:gas\s+)?(?:explosion|blast|leak)|(?:leak(?:ing|ed|y)|ruptured|burst)\s+(?:[\w-]+\s+)?(?:pipelines?|pipes?|tanks?|cylinders?|gas mains?)|accident|collapse(?! of (?:the |a )?(?:[\w-]+ )?(?:ceasefire|truce|talks|negotiations|government|deal|agreement|regime|peace))|landslide|earthquake)\b"
    r"[^.;]{0,70}?(?:\b(?:left|killing|killed|claimed the lives of))?\s+$", re.I)
# weapons found after the event ("police recovered a machete from the spot"); assemble.py uses it too
_FOUND_VERBS = "recovered|seized|found|confiscated|collected"
RECOVERED = rf"\b(?:{_FOUND_VERBS})\s+(?:a |an |the |two |three |\d+ )?"
_LANDED = fastre.compile(r"\blanded\s+(?:in|on|near|inside)\b", re.I)
_RELEASE_OF_BEFORE = fastre.compile(r"\b(?:release|freedom|freeing) of (?:[\w'’,-]+ ){0,5}?(?:still |already |previously |currently |wrongfully |unjustly )$|"
                                # "demanding the release of an activist detained over a Facebook post": the arrest they protest
                                r"\b(?:demand\w*|call\w* for|press\w* for|seek\w*) the (?:release|freedom|freeing) of (?:an? |the |their |his |her |its |two |three |several )?(?:[\w'’-]+ ){0,2}?(?:activists?|leaders?|students?|members?|workers?|journalists?|colleagues?|comrades?|men|youths?|people|persons|protesters) (?:who (?:was|were|had been) )?$", re.I)
# "after a man arrested over a traffic dispute died in custody": a death told as a crowd's cause (the
# trigger filter drops the death's trigger; assemble drops its toll and the forces named in it)
DIED_IN_CUSTODY = r"\bdied (?:[\w-]+ ){0,2}?in (?:[\w-]+ )?custody\b"
AFTER_SOMEONE = r"\b(?:after|following)\s+(?:the death of\s+)?(?:(?:a|an|the|his|her|their)\s+(?:[\w'’-]+\s+){0,8})?$"
_IN_CUSTODY = fastre.compile(DIED_IN_CUSTODY, re.I)
_AFTER_SOMEONE = fastre.compile(AFTER_SOMEONE, re.I)
_CLAIMED_RESPONSIBILITY = fastre.compile(r"\bclaim\w*\s+(?:\w+\s+)?responsib", re.I)
_ARRESTED_TAKEN = fastre.compile(r"\b(?:arrested|detained|detainees)\s+(?:\w+\s+){0,2}?(?:were|was|had been|have been)\s+(?:later\s+)?$", re.I)
_AHEAD_OF_PLANNED = fastre.compile(
    r"\s+(?:[\w'’(),-]+\s+){0,10}?(?:ahead of|before|in preparation for|to prepare for) (?:a |an |the |their |its )?(?:planned |scheduled |proposed |upcoming )"
    r"(?:[\w-]+ )?(?:rall(?:y|ies)|march|protests?|demonstrations?|procession)\b", re.I)
_ON_THE_FIELD = fastre.compile(
    r"\b(?:players|referee|umpire|linesman|captain)\b[^.;]{0,60}\bin protest\b[^.;]{0,60}\b(?:penalty|red card|yellow card|goal|decision|call|whistle|referee|umpire)\b", re.I)
_WALKED_OFF = fastre.compile(r"\b(?:stormed|walked|stomped) off (?:the )?(?:court|pitch|field|stage|set|ring|track|course)\b[^.;]{0,20}$", re.I)
# what worshippers march for: "in solidarity with Palestinians ... called for a boycott"
_MARCHED_FOR = fastre.compile(r"\b(?:in solidarity with|call(?:ed|ing) for|to protest|protesting|condemn\w*|denounc\w*)\b", re.I)
_FESTIVAL_BEFORE = fastre.compile(
    r"\b(?:Ram Navami|Navami|Durga Puja|Puja|Muharram|Ashura|Tazia|Eid|Holi|Ganesh\w*|Hanuman Jayanti|Jayanti|Rath Yatra|Yatra|Diwali|"
    r"Christmas|Easter|Good Friday|carnival|festival|religious|funeral|wedding|Milad|Milad-un-Nabi|Urs|temple|church|shrine|saint['’]s|idol|immersion|Ganpati|Kanwar|Shobha)\s+(?:\w+\s+)?$", re.I)
# a blaze or blast as the subject of the damage ("A series of blasts at a fireworks workshop ... destroyed")
_BLAZE_SUBJECT = fastre.compile(r"(?:^|[.;]\s*|\b(?:a|the|an)\s+)(?:(?:massive|huge|big|major|series of|devastating|raging)\s+)*(?:gas\s+|forest\s+|bush\s+|chemical\s+|boiler\s+)?(?:fires?|blazes?|blasts?|explosions?|flames|quake|earthquake|floods?|floodwaters|storm|cyclone|landslides?)\b[^.;]{0,90}$", re.I)
_ARSON_WORD = fastre.compile(
    r"\b(?:arson\w*|set (?:\w+ ){0,4}(?:on )?(?:fire|ablaze|alight)|(?:set|started|lit) by|torch\w*|miscreants|attackers|assailants|unidentified|"
    r"deliberate\w*|bombs?|grenades?|militants)\b", re.I)
# fans who fight (ACLED: rioters), not a match report: "fan groups of two rival clubs fought with iron bars"
_FANS_FIGHT = fastre.compile(
    r"\b(?:hooligans|ultras|fan groups|fan clubs|(?:rival |opposing )?(?:fans|supporters))\b[^.;]{0,100}?\b(?:fought|clashed|brawled|rioted)\b|"
    r"\b(?:supporter|fan)s? (?:was|were) (?:stabbed|shot|beaten|hacked) to death\b", re.I)
_FICTION = fastre.compile(
    r"\b(?:series|film|movie|novel|thriller|drama|sitcom|miniseries|documentary|video game|play|saga|epic|biopic|blockbuster|memoir|autobiography|book)\b[^.]{0,140}\b(?:follows|stars|starring|tells the story|recounts|"
    r"directed by|premieres?|premiered|battle scenes|(?:drawn|drew|won|earned) (?:praise|acclaim|rave reviews)|topped (?:the )?(?:[\w-]+ )?(?:charts|rankings)|viewing figures|opened to (?:packed|full|sold-out|empty) (?:theatres|theaters|cinemas|houses)|is set in|opens in (?:[\w-]+ ){0,2}?cinemas|the viewer|drops players|players|gameplay|campaign mode|shortlisted|longlisted|film festival|standing ovation)\b|"
    r"\b(?:box[- ]office|grossed|ticket sales)\b[^.]{0,60}\b(?:film|movie|biopic|thriller|blockbuster)\b|\b(?:bombed|flopped|tanked) at the box[- ]office\b|"
    r"\b(?:recounts|published|publisher)\b[^.]{0,120}\b(?:memoir|novel|book)\b|"
    # "men firing rifles in a courtyard ... were extras shooting a film about the 1944 battle"
    r"\b(?:extras|actors|a film crew)\b[^.]{0,40}\b(?:shooting|filming) (?:a|an|the) (?:[\w-]+ ){0,2}(?:film|movie|series|scene|documentary|drama)\b|\bbattle royale\b|\b(?:shooter|video) games?\b[^.]{0,80}\b(?:players|gamers)\b", re.I)
GATHERED = fastre.compile(r"\b(?:gathered|assembled|gathering|assembling|converged)\b")
_ACROSS_BORDER = fastre.compile(r"\b(?:from across the border|across the border|on the other side(?: of the border)?|inside Myanmar)\b", re.I)
_CROSS_BORDER = fastre.compile(r"\b(?:from across|across the (?:\w+ )?border|cross-border|from the (?:\w+ )?side of the border|fired from (?:inside |neighbouring )?(?-i:[A-Z])\w+)\b", re.I)
_FOILED_NOT_ARMS = fastre.compile(r"\s+(?:the |a |an |their |its |his |her )?(?:[\w'’-]+\s+){0,3}?(?:movements?|programmes?|programs?|agenda|plans?|rall(?:y|ies)|protests?|campaigns?|elections?|conspirac(?:y|ies)|march(?:es)?|hartals?|blockades?|padayatras?|processions?|sit-ins?|gatherings?|meetings?|conventions?)\b", re.I)
_WHERE_ONGOING = fastre.compile(r",\s+where\b[^.;]*$", re.I)
_ONGOING_AFTER = fastre.compile(r"\s+(?:[\w-]+\s+){0,8}?(?:has|have)\s+(?:\w+\s+)?(?:intensified|escalated|raged|continued|persisted|flared|spread|worsened|been raging|been going on)\b", re.I)
_REPEATED_AFTER = fastre.compile(r"\s+(?:\w+\s+){0,2}?(?:repeatedly|since|for (?:months|years|weeks|decades)|in the past|over the years|several times)\b", re.I)
_ARMS_KINDS = frozenset({"Shelling/artillery/missile attack", "Suicide bomb", "Grenade", "Remote explosive/landmine/IED",
                         "Chemical weapon", "Air/drone strike", "_weapons"})
_CACHE_BEFORE = fastre.compile(r"\b(?:cache|stockpile|depot|haul|consignment|arsenal|dump)s?\s+(?:containing|including|of|with|comprising)\b[^.;]*$", re.I)
_PLEDGE = fastre.compile(r"\b(?:commit\w*|pledg\w*|agree\w*|promis\w*|undert(?:ook|ake|aking)|vow\w*|(?:to|would) (?:end|stop|halt|cease))\b", re.I)
_DEFUSED_BEFORE = fastre.compile(rf"\b(?:{_FOUND_VERBS}|defused|disposed of|unearthed|detected|made safe)\s+(?:a |an |the |two |three |\d+ |\w+ )?(?:[\w-]+ )?$", re.I)
_RECOVERED_BEFORE = fastre.compile(RECOVERED + r"(?:[\w-]+ )?$", re.I)
_ANAPHORIC = fastre.compile(r"\b(?:before|after|during|since|in|of) the\s+$", re.I)
_POST_PICKET = fastre.compile(r"\b(?:police|army|security|military|CRPF|BSF|paramilitary) pickets?\b", re.I)
_AGAINST_BEFORE = fastre.compile(r"\b(?:against|protest\w*|oppos\w+|removal of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_ARMS_TRADE = fastre.compile(r"\b(?:parade[ds]?|displayed|unveiled|showcased|exercises?(?! yards?)|drills?|manoeuvres|maneuvers|war games|aid package|military aid|(?:security|military|defen[cs]e) assistance|assistance package|(?:weapons|arms) package|deliver(?:y|ies|ed|ing)?|suppl(?:y|ies|ied|ying)|purchase\w*|procure\w*|sale of|sells?|bought|buy|order(?:ed)? (?:\w+ )?(?:more|new))\b", re.I)
_MAKERS_AFTER = fastre.compile(r"\s+(?:makers?|manufacturers?|producers?|factor(?:y|ies)|industry|programmes?|programs?|exports?|suppliers?)\b|\s+(?:[\w-]+\s+){0,2}?capable of\b", re.I)  # "missiles capable of striking", "missile makers"
# "the names of detained activists": the people held, after the participle
_HELD_PEOPLE_AFTER = fastre.compile(r"\s*(?:[\w-]+ )?(?:activists|journalists|leaders|members|protesters|students|men|women|people|relatives|colleagues|comrades)\b", re.I)
_HARMLESS = fastre.compile(r"\b(?:declared (?:it |them |the (?:[\w-]+ )?(?:package|device|bag|object|item) )?(?:harmless|safe)|(?:turned out|proved) to be (?:harmless|a hoax|a false alarm|a dummy|fake))\b", re.I)
_THE_ARRESTED = fastre.compile(
    r"(?:(?:Police|The police|Officials|RAB|The army|Officers) (?:said|say) (?:that )?)?(?:Most|All|Many|Some|Several|Those|They|The (?:detainees|arrestees|arrested|suspects)|(?-i:m)ost of them)\b")
_MARKED_ANNIVERSARY = fastre.compile(r"\b(?:mark(?:ed|s|ing)|commemorat(?:ed|es|ing)|observ(?:ed|es|ing)) (?:the )?(?:[\w-]+ )?anniversary of\b", re.I)
_INSIDE_WALLS = fastre.compile(r"\s+(?:of|over|in) (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:wing|prison|jail|gaol|penitentiary|cell ?blocks?|pavilion|block|facility|detention cent(?:re|er))\b", re.I)
_RIOT_RECALLED = fastre.compile(r"\s+(?:that|which) (?:had )?(?:erupted|broke out|followed|swept)\b", re.I)
_SUPPLIED_TO = fastre.compile(r"\b(?:suppl(?:y|ies|ied|ying)|sell\w*|sold|deliver\w*|provid\w*)\b[^.;]{0,60}\bto\s+(?:[\w-]+\s+){0,4}$", re.I)
# "a contract to buy additional air-defence missile batteries": the missiles bought
_BOUGHT_BEFORE = fastre.compile(r"\b(?:buy|bought|purchas\w*|procur\w*|acquir\w*|order(?:ed|s)?|deliver\w*|suppl(?:y|ied|ies|ying)|sell\w*|sold)\s+(?:[\w-]+\s+){0,4}$", re.I)
_EXERCISE = fastre.compile(
    r"\b(?:during|in|as|as part of|part of|launch(?:ed|es)?|h[eo]ld|holds|conduct(?:ed|s)?|carr(?:y|ied|ies|ying) out|beg[ia]n|begins|stag(?:ed|es?)|start(?:ed|s)?) (?:a |an |the |its |their )?(?:[\w'’-]+ ){0,6}?"
    r"(?<!domination )(?:exercises?|drills?|manoeuvres|maneuvers|war games)\b|\b(?:hypothetical|simulated|mock|imaginary|simulating an?) (?:[\w-]+ )?(?:attack|invasion|assault|enemy|strike|hostage[- ]taking|bombing|rescue|raid)s?\b|\bfiring blanks\b"
    r"|\b(?:wrapped up|concluded|ended|completed|closed) (?:a |an |the |its |their )?(?:[\w'’-]+ ){0,5}?(?:exercises?|drills?|manoeuvres|maneuvers|war games)\b"
    # "fired a ballistic missile into the sea ..., the latest in a series of weapons tests"
    r"|\b(?:weapons?|missile|rocket|nuclear) tests?\b|\btest[- ](?:fir|launch)\w*"
    # "stormed a mall and took 'hostages', but it was only a counterterrorism drill"
    r"|\b(?:was|were) (?:only |just |merely )?(?:a |an )(?:[\w-]+ ){0,2}?(?:drills?|exercises?|simulations?)\b"
    r"|\b(?:fired|launched) (?:a |an |two |three |several )?(?:[\w-]+ ){0,2}missiles? into the (?:sea|waters)\b", re.I)
_GOODS_SEIZED = fastre.compile(
    r"(?:seized|grabbed|snatched) (?:the |a |an |their |his |her )?(?:[\w-]+ (?:and )?){0,3}?(?:grain|wheat|harvest|crops|machinery|equipment|tractors?|livestock|cattle|goats|sheep|"
    r"goods|merchandise|cash|money|valuables|jewellery|property|documents|phones|laptops|fuel|food|supplies|medicines?)\b", re.I)
_FORCES_REPLY_BEFORE = fastre.compile(r"\b(?:police|policemen|officers|troops|soldiers|security forces|gendarmes|riot police)\s+$", re.I)
_APPEAL_BEFORE = fastre.compile(r"\b(?:(?:to|for) those who|call(?:ed|ing|s)? on|urg(?:ed|ing|es)|appeal(?:ed|ing|s)? to|grant(?:ed|ing|s)? (?:an? )?amnesty|amnesty (?:to|for))\b", re.I)
_DAYS_AFTER_DEED_BEFORE = fastre.compile(r"\b(?:days|weeks|months|a day|a week|a month|hours) after (?:[\w'’:()-]+ ){1,8}?$", re.I)
_WHICH_IT_BEFORE = fastre.compile(r"\bwhich (?:the (?:group|rebels|militia|army|junta|fighters)|it|they) (?:had )?$", re.I)
_EARLIER_WHEN_AFTER = fastre.compile(r"\s+(?:in (?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)|last (?:year|month|week))\b", re.I)
_SHELTERED = fastre.compile(r"\b(?:deport\w+|expelled|refugees|migrants|returnees|displaced|evacuees|flood\w*|earthquake)\b", re.I)
_WAS_BEFORE = fastre.compile(r"\b(?:was|were|been|being|is|are|had|have|has)\s+(?:\w+\s+)?$", re.I)
_CAME_HOME_AFTER = fastre.compile(r"\s+(?:from|in|by|last|earlier|during|on|near)\b[^.;]{0,80}?\b(?:returned home|returned to their (?:homes|families|villages?)|(?:were|have been|had been) (?:released|freed)|regained their freedom)\b", re.I)
_MOVEMENT_OF_VEHICLES_AFTER = fastre.compile(r"\s+of\s+(?:commercial\s+)?(?:motorcycles|motorbikes|vehicles|tricycles|okadas?|trucks|cars)\b", re.I)
_WERE_AFTER = fastre.compile(r"\s+(?:were|was|are|is|had|have)\b", re.I)
_ONLY_WHEN_BEFORE = fastre.compile(r"\b(?:only )?(?:when|until|unless|once) (?:the |their |his |her )?(?:[\w'’-]+ ){0,3}$", re.I)
_WOULD_BEFORE = fastre.compile(
    r"\b(?:said|announced|warned|vowed) (?:that )?(?:it|they) would (?:shift|move|launch|carry out|step up|intensify|conduct|begin|start|resume|expand|focus) "
    r"(?:(?!(?:after|when|as|because|following|since|but|and)\b)[\w'’,-]+ ){0,12}$", re.I)
_WILL_STOP_AFTER = fastre.compile(r"\s+(?:[\w'’-]+ ){0,4}?(?:will|would) (?:stop|end|cease|halt)\b", re.I)
_USE_OF_BEFORE = fastre.compile(r"\b(?:protest\w*|denounc\w*|condemn\w*|against|over) (?:the )?(?:repeated |continued )?use of (?:[\w-]+ )?$", re.I)
_HAUL_SEIZED = fastre.compile(r"seized (?:[\w-]+,? (?:and )?){0,3}?(?:leaflets|books|literature|pamphlets|banners|documents|weapons|arms|ammunition|explosives|drugs)\b", re.I)
_THINGS_SEIZED_BEFORE = fastre.compile(
    r"\b(?:arms|weapons|guns|rifles|pistols|ammunition|explosives?|bombs|grenades|detonators|components|materials|devices|drugs|contraband|"
    r"documents|cash|phones|laptops)\s+(?:were|was|had been|have been)\s+(?:reportedly |allegedly |also |later )?$", re.I)
_COMMEMORATED = fastre.compile(r"\b(?:(?:annual|official|national|state) (?:commemoration|remembrance|memorial)|commemoration ceremony|memorial (?:ceremony|service)|ceremony)\b", re.I)
_PRESSED = fastre.compile(r"\b(?:demand\w*|protest\w*|justice|condemn\w*|call(?:ed|ing)? for|urg(?:ed|ing))\b", re.I)
_PAST_ARREST = fastre.compile(r"\b(?:people|persons|men|women|activists|protesters|students|those|others|\d+|detention of (?:[\w-]+ ){0,3})\s+$", re.I)
_COURT_RULED = fastre.compile(r"\b(?:court|judge|tribunal|magistrate)\b[^.;]{0,80}\b(?:ruled|granted (?:them )?bail|acquitted|ordered (?:the |their )?release|declared)\b", re.I)
_ARRESTED_FOR_PAST = fastre.compile(
    r"\b(?:claim\w*|alleg\w*|sa(?:id|ying)) (?:that )?they (?:had been|were) planning (?:to carry out )?(?:sabotage|attacks?|violence|subversive)\b|"
    r"\bin connection with (?:the )?(?:[\w'’-]+ ){0,3}?(?:violence|attacks?|arson|vandalism|clash(?:es)?|killing|murder|unrest)\b|"
    r"\b(?:claiming|alleging|saying) (?:that )?they (?:had )?(?:gathered|met|assembled|convened) to (?:plan|plot|conspire|prepare)\b", re.I)
_REPORTED_PERIOD = fastre.compile(r"\b(?:over|in|during) the (?:past|last) (?:\w+ )?(?:years?|months?|decades?)\b[^.;]*\breport\b|\breport\b[^.;]*\b(?:over|in|during) the (?:past|last) (?:\w+ )?(?:years?|months?|decades?)\b|"
                              # "killed more than 200 people during protests and operations last year, Amnesty said in its annual report"
                              r"\blast year\b[^.;]*\b(?:annual|yearly) report\b|\b(?:annual|yearly) report\b[^.;]*\blast year\b|"
                              # "At least 1,300 civilians were killed ... last year, a monitoring group said in a report"
                              r"\blast year\b[^.;]*\b(?:said|says) in (?:a|an|its) (?:[\w-]+ ){0,2}report\b|"
                              # "at least 165 civilians had been killed ... across the country in March, the highest monthly toll this year"
                              r"\b(?:highest|lowest|deadliest) monthly (?:death )?toll\b|"
                              # "said in a report that police in 21 European countries had used excessive force against protesters"
                              r"\breport\b[^.;]*\bin (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens of) (?:[\w-]+ )?countries\b|"
                              r"\bin (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens of) (?:[\w-]+ )?countries\b[^.;]*\breport\b", re.I)
_CELEBRATION = fastre.compile(r"\bcelebrat\w+ (?:the |their |a |an )?(?:[\w'’-]+ ){0,3}(?:victory|win|title|championship|cup|final)\b|"
                            r"\bfans (?:poured|took|flooded|filled|thronged)\b", re.I)
_WHITE_COLLAR = fastre.compile(r"\b(?:launder\w*|fraud\w*|embezzl\w+|tax evasion|counterfeit\w*|bribery|corruption|scams?|cybercrime)\b", re.I)
_CAUGHT_WITH = fastre.compile(r"\b(?:arrested|detained|caught|nabbed|apprehended|picked up) (?:[\w'’()-]+ ){0,8}?(?:with|carrying|possessing|in possession of) (?:[\w,-]+ ){0,5}$|"
                          # "lynched a man ... after he was found carrying a machete": the victim's, no weapon used
                          r"\b(?:was|were) (?:found|seen) (?:carrying|possessing|in possession of) (?:[\w-]+ ){0,2}$", re.I)
_INQUIRY_INTO = fastre.compile(
    r"\b(?:(?:public|independent|judicial|parliamentary|official|coroner['’]s|government|internal|military|army) (?:inquiry|enquiry|inquest|investigation|commission|review)|inquest|commission of inquiry)"
    r" (?:into|on|of) (?:the |a |an )?(?:[\w'’-]+ ){0,5}$", re.I)
_STRIKE_VERB = fastre.compile(r"\b(?:fired|launched|struck|hit|killed|wounded|injured|landed|shelled|targeted|attacked|exploded|(?:carried out|conducted) (?:an? )?(?:(?:series|wave|number) of )?(?:[\w-]+ )?(?:air ?strikes|strikes|raids|bombings?))\b", re.I)
_ARMED_SUBJECT = fastre.compile(
    r"\b(?:gunmen|armed (?:men|groups?|bandits|assailants)|bandits|militants|attackers|assailants|kidnappers|insurgents|fighters|"
    r"jihadists|terrorists|rebels|gang(?:s| members)?)\s+(?:who\s+|that\s+|had\s+|reportedly\s+|allegedly\s+|first\s+)*$",
    re.I,
)
_EFFIGY = fastre.compile(r"\s+(?:\w+\s+){0,3}?(?:an?\s+|the\s+|their\s+)?(?:effig|(?:electricity\s+|utility\s+|power\s+|gas\s+|inflated\s+)?bills\b|copies\s+of\b)", re.I)
_ANNIVERSARY = fastre.compile(r"\banniversary of (?:the |a |an )?(?:[\w.'’-]+ ){0,4}$", re.I)  # ("the 1998 U.S. embassy bombing")
# a later sentence that gives a private cause: "Police said the incident followed a personal dispute"
_PRIVATE_CAUSE = fastre.compile(
    r"\b(?:incident|attack|assault|stabbing|shooting|killing|fight|brawl|murder)\s+(?:\w+\s+){0,2}?(?:followed|stemmed from|arose from|resulted from|was (?:over|linked to|the result of|caused by|due to))\s+"
    r"(?:an? |the )?(?:personal|private|family|domestic|business|financial|romantic) (?:dispute|feud|grudge|quarrel|rivalry|enmity|row|matter)\b", re.I)
_PRIVATE = fastre.compile(
    r"\b(?:parking(?! (?:lots?|garages?|areas?|structures?)\b)|dowry|honou?r[- ]killings?|domestic (?:violence|incident|dispute|matter|quarrel|row)|(?<![\w-])family (?:dispute|feud|quarrel|row)|debt|love affair|drunken|road rage|(?<!hand )over money|unpaid loan|(?:personal|private) (?:dispute|feud|grudge|quarrel|matter|affair)|choice of (?:husband|spouse|partner|groom|bride)|(?:quarrel|dispute|argument) between (?:relatives|family members|in-laws)|(?:dispute|row|quarrel|feud|argument) over (?:[\w'’-]+ ){0,4}?(?:property|inheritance|money|debts?|loans?|dowry|boundary|wages|salary|salaries|pay|rent)"
    r"|\b(?:outside|inside|at|near|in) an? (?:nightclub|night club|bar|pub|club|restaurant|party|disco|karaoke bar|cafe|café)\b[^.;]{0,100}?\b(?:after|following) an? (?:row|argument|altercation|scuffle|quarrel)(?=\s*[,.;])"
    # "stabbed to death during a brawl outside a bar"; "police said alcohol was a factor"
    r"|(?:during|in|after) an? (?:drunken |late-night )?(?:brawl|bar fight|fight|scuffle|argument|altercation|quarrel) (?:outside|inside|at|in|near) an? (?:nightclub|night club|bar|pub|club|restaurant|party|disco|karaoke bar|cafe|café|tavern|cantina|canteen)\b|alcohol (?:was|had been) (?:a |the )?(?:\w+ )?(?:factor|cause)"
    r"|unpaid (?:[\w-]+ )?loan|(?:arrested|held|detained)(?: [\w'’-]+){0,4}? on suspicion of (?:murder|manslaughter)|(?:family |personal )?money dispute|stabbed (?:[\w-]+ ){0,3}?at random|(?:unhappy|frustrated|dissatisfied) with (?:his|her) life"
    r"|(?:his|her) (?:estranged )?(?:wife|husband|girlfriend|boyfriend|ex-wife|ex-husband) (?:was|had been) (?:found )?(?:shot|stabbed|killed|murdered|strangled|beaten|dead)"
    r"|(?:killed|murdered|stabbed|shot|strangled) (?:his|her) (?:estranged )?(?:wife|husband|girlfriend|boyfriend|ex-wife|ex-husband)"
    r"|(?:killed|murdered|stabbed|shot|strangled) (?:his|her) neighbou?r (?:[\w-]+ ){0,6}?(?:during|in|after|over) (?:a |an )?(?:(?!land\b|property\b|political\b)[\w-]+ )?(?:dispute|quarrel|row|argument))\b",
    re.I,
)
_POLITICAL_ACTOR = fastre.compile(
    r"\b(?:militants?|insurgents?|rebels?|party|league|dal|activists?|leader|candidate|election|police (?:fired|opened)|"
    r"army|soldiers?|troops|communal|sectarian|political|protest\w*|gang|cartel|bandits|militia|gunmen|masked men|armed men|MPs?|lawmakers?|parliamentarians?|senators?)\b",
    re.I,
)
# "clashed over a cricket match", "a dispute centering a football game": the game is what the
# violence was about, not a match report
_SPORT_CAUSE = fastre.compile(
    r"\b(?:over|centering|centring|around|during|after|following|about|watching|playing|dispute (?:over|at))\s+"
    r"(?:a\s+|an\s+|the\s+)?(?:[\w'-]+\s+){0,6}?(?:cricket|football|soccer|match|tournament|game)\b",
    re.I,
)
_PARTY_MEN = fastre.compile(r"\b(?:activists?|cadres?|shibir|faction\w*|militants?|assailants?|gunmen)\b", re.I)
_BODY_FOUND = fastre.compile(r"(?:found (?:\w+ ){0,2}dead|bod(?:y|ies)\b)", re.I)
_FOUL_PLAY = fastre.compile(
    r"\b(?:bullet\w*|stab\w*|hack\w*|slit|murder\w*|killed|killers?|tortur\w*|wounds?|injur\w*|marks|strangl\w*|"
    r"abduct\w*|kidnap\w*|blindfold\w*|hands (?:bound|tied)|beheaded|leader|activist|member|cadre|militant|party|league|shot|critic|dumped|"
    r"unidentified|assailants|miscreants|rivals?|enmity|dispute|seized|gang members|gunmen|armed men)\b",
    re.I,
)
# what a drug haul is made of: an arrest with it is crime (here in the arrest's sentence, and in
# assemble.py over the whole frame when no political actor is named)
DRUG_TERMS = r"cocaine|heroin|yaba|methamphetamine|meth|narcotics?|(?<!anti-)drug\w*|marijuana|cannabis|hashish|phensedyl|contraband|smuggled goods"
# a side's account that the report says is false
_CLAIM_DISPROVED = fastre.compile(
    r"\b(?:claimed|alleged|said)\b[^.;]{0,150}?\b(?:a claim|an allegation|an account|which was|claims? that (?:was|were))\s+(?:later\s+)?"
    r"(?:contradicted|refuted|disproved|debunked|disputed|rejected|denied)\b", re.I)
# the date an ACLED note opens with, and a deed dated to an earlier year ("the August 2016 ... bombing")
_NOTE_DATE = fastre.compile(rf"\s*On (?P<day>\d{{1,2}}) (?P<month>{MONTHS}) (?P<year>(?:19|20)\d\d)\b")
_YEAR_AFTER = fastre.compile(r"\s+(?:in|during) (?:late |early |mid-)?(?P<year>(?:19|20)\d\d)\b")
_DATED_PAST = fastre.compile(
    rf"\bthe (?:(?P<day>\d{{1,2}}) (?P<month>{MONTHS})(?: (?P<year1>(?:19|20)\d\d))?|(?:(?:{MONTHS}) )?(?P<year2>(?:19|20)\d\d)) (?:[\w'’-]+ ){{0,4}}$")


def _month_number(name: str) -> int:
    """1-12 for a month name of MONTHS."""
    return MONTHS.split("|").index(name) + 1


def _dated_before(m: re.Match, note: tuple[int, int, int]) -> bool:
    """Whether the date ``m`` (of _DATED_PAST) falls before the note's own (year, month, day)."""
    if m.group("year2"):
        return int(m.group("year2")) < note[0]
    year = int(m.group("year1")) if m.group("year1") else note[0]
    return (year, _month_number(m.group("month")), int(m.group("day"))) < note
# a seizure of drugs or smuggled goods, and arms among the goods
_CONTRABAND = fastre.compile(rf"\b(?:{DRUG_TERMS}|captagon|pills|tablets|smuggl\w+)\b", re.I)
# drugs seized (a haul, not a person taken; goods an armed group seizes are looting: _GOODS_SEIZED)
_DRUGS_SEIZED = fastre.compile(rf"(?:seiz|snatch|grabb)\w*\s+(?:[\w-]+\s+){{0,3}}?(?:{DRUG_TERMS}|captagon|pills|tablets|liquor|cigarettes)\b", re.I)
_ARMS_SEIZED = fastre.compile(r"\b(?:arms|weapons?|guns?|rifles?|pistols?|ammunition|rounds|explosives?|bombs?|grenades?|detonators?|IEDs?|missiles?|rockets?|mortars?)\b", re.I)
_OR_FACE = fastre.compile(r"\b(?:or|else) (?:face|risk|be)\s+(?:[\w-]+\s+)?$", re.I)
# "the toll rose to", "had risen to" (casualties and claims read the same words)
ROSE_VERB = r"(?:rose|risen|climbed|jumped|increased)"
_TOLL_ROSE = fastre.compile(
    r"\b(?:death )?toll from (?:last (?:week|month|year)['’]s|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s|an earlier|the earlier)\b"
    rf"[^.;]{{0,80}}\b(?:(?:has |had )?{ROSE_VERB}|reached)\b", re.I)
_LEGACY = r"(?:dating (?:back )?(?:from|to)|left over from|leftover from) the (?:[\w-]+ ){0,2}war"  # "a shell dating from the Vietnam War"
# protests after the deed: "residents staged protests in the following days"
_AFTERMATH = fastre.compile(r"\b(?:in|over|during) the (?:following|next|subsequent|ensuing) (?:(?:two|three|four|five|few) )?(?:days|weeks)\b|\bin the (?:days|weeks) (?:that )?(?:followed|after)\b|\bin subsequent (?:days|weeks)\b", re.I)
# a deed told as what came days before: "..., days after a drone attack killed three soldiers"
_WENT_UP = fastre.compile(r"\s+up\b(?!\s+(?:an?|the|his|her|their|its|several|two|three|\w+'s)\s)", re.I)
_AMOUNT_BEFORE = fastre.compile(r"\b(?:prices?|rates?|costs?|stocks?|shares?|inflation|index|indices|demand|sales|yields?|crude|Brent|temperatures?|unemployment|numbers?|figures?|bills?|fares?|rents?)\s+(?:have\s+|had\s+)?$", re.I)
_BUILDING_BEFORE = fastre.compile(r"\b(?:apartment|residential|housing|tower|office|flats?|storey|story|high-rise|cell|hostel|classroom|academic|administrative|hospital)\s+$", re.I)
_HOSTAGE_DEAL = fastre.compile(r"s?\s+(?:release\s+|exchange\s+)?(?:deal|talks|negotiations|agreement|accord|swap|exchange)\b", re.I)
_AMOUNT_TO = fastre.compile(r"[^.;]{0,80}?\b(?:could|may|might|would|can) (?:well )?amount to\b", re.I)
_HAS_SEEN = fastre.compile(r"\b(?:has|have|had) (?:long )?(?:seen|witnessed|experienced) (?:frequent |repeated |several |many |regular |recurrent |periodic |sporadic |(?:days|weeks|months|years|decades) of )?$", re.I)
_REPORTED_SINCE = fastre.compile(r"[^.;]{0,60}?\b(?:had|have|has) been (?:reported|recorded|going on|taking place|occurring)\s+(?:since|for|over)\b", re.I)
_TO_STOP = fastre.compile(r"\b(?:pledg\w+|promis\w+|vow\w*|agree\w*|undert\w+|committ\w+|in order|aimed|efforts?|bid|steps|measures) to (?:stop|end|halt|cease|avoid|prevent|curb|refrain from) (?:all |any |the |further |future )?$|"
                      # "have set up a base on the island and are using it to launch raids": what the base is for
                      r"\b(?:using|use|used|uses) (?:it|them|(?:the|this|that) (?:[\w-]+ )?(?:base|camp|island|area|forest|hideout)) (?:as (?:a |an )?(?:[\w-]+ )?(?:base|launchpad|launch pad|springboard|staging (?:ground|post)) )?to (?:launch|stage|carry out|mount|conduct) (?:[\w-]+ )?$|"
                      # "MPs saying the measure would help curb cattle raids": a law's purpose
                      r"\b(?:help|helps|helped|helping) (?:to )?(?:curb|reduce|tackle|combat|prevent|deter) (?:[\w-]+ )?$|"
                      # "deployed 1,000 troops to curb a wave of attacks on farming communities": the purpose
                      r"\bto (?:curb|stem|quell|contain|stop|halt|prevent|end|counter) (?:a |the )?(?:recent |growing |rising |new |deadly )?(?:wave|spate|series|surge|string|cycle|rise) of (?:[\w-]+ )?$", re.I)
_TO_REPORT_ON = fastre.compile(r"\bto (?:report|cover|investigate|document|film) (?:on )?(?:the )?(?:[\w'’-]+ ){0,2}$", re.I)
_WHOSE_WORK_BACKED = fastre.compile(r"\bwhose (?:[\w'’-]+ ){1,3}(?:had |have )?(?:backed|supported|championed|inspired|fuell?ed|galvani[sz]ed|become anthems of) (?:the )?(?:[\w'’-]+ ){0,2}$", re.I)
_BRIEFLY_IN = fastre.compile(r"\bbriefly (?:entered|seized|took|occupied|captured|held|overran)\b[^.]{0,120}?\b(?:withdr[ae]wn?|pulled out|retreated|left)\b", re.I)
_ACCUSED_OF_DEED = fastre.compile(r"\baccused of (?:carrying out|staging|committing|perpetrating|launching|mounting|attempting to|trying to|planning to) (?:[\w'’-]+\s+){0,3}$", re.I)
_IN_MONTH = fastre.compile(rf"\s+(?:in|last) (?:{MONTHS})\b(?!\s+\d)")
_BOMB_KINDS = frozenset({"Remote explosive/landmine/IED", "Grenade", "Suicide bomb"})
_BOMB_PARTS = fastre.compile(r"\b(?:components?|parts|materials?|ingredients|precursors|manuals?|instructions) (?:for|to make|used (?:to make|in|for)) (?:making )?(?:an? |the )?$", re.I)
_SUSPECTS_IN = fastre.compile(r"\bsuspects? (?:in|over|for) (?:the )?(?:[\w'’-]+ ){0,4}$", re.I)
_DAYS_AFTER = fastre.compile(r"\b(?:(?:two|three|four|five|several|a few|\d+) )?(?:days|weeks|months|a day|a week|hours|the (?:day|night|morning|week)) (?:after|since) (?:an? |the )?(?:[\w'’-]+ ){0,10}$", re.I)
# unarmed people caught in an ambush: "farmers ... were ambushed", "ambushed a bus carrying traders"
_CIVILIANS_AMBUSHED = fastre.compile(
    r"\b(?:civilians|farmers|villagers|passengers|travell?ers|worshippers|residents|herders|traders|motorists|commuters|pilgrims|"
    r"women|children|families|mourners|wedding guests)\b(?:[^.;]{0,80}?)\b(?:were|was|had been|being) ambushed\b|"
    r"\bambush(?:ed|ing)? (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:civilians|farmers|villagers|passengers|travell?ers|worshippers|traders|motorists|commuters|pilgrims|"
    r"(?:bus|vehicle|truck|convoy) (?:carrying|of|with) (?:[\w-]+ ){0,2}?(?:civilians|passengers|traders|pilgrims|farmers|villagers|workers)|"
    r"convoy of (?:civilian|commercial|merchant|cargo|supply) (?:trucks|lorries|vehicles|buses)|(?:civilian|commercial) (?:trucks|lorries|vehicles|buses|convoy))\b", re.I)
# a fight that only describes who the perpetrators are or what the place has been through
_SETTING_FIGHT = fastre.compile(
    r"\b(?:(?:which|who|that) (?:is|are|has been|have been) (?:\w+ )?|"
    r"(?:area|region|district|town|village|city|province|zone) (?:had |has )?(?:saw|seen|witnessed|experienced) (?:heavy |fierce |intense |sporadic )?)$", re.I)
_FIGHTING_GROUPS = fastre.compile(r"\b(?:groups|gangs|cartels|factions|militias) (?:that are |which are |who are )?$", re.I)  # "groups fighting over the area"
_TIME_SHIFT = fastre.compile(r"\b(?:later|then|afterwards|subsequently|next day|following day|the day after|a day after|days? later|earlier|before|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)
_FORCES_WORD = fastre.compile(r"\b(?:police|policemen|officers|security forces|troops|soldiers|agents|gendarmes|riot police)\b", re.I)
# an aim someone alleges: "the attack was meant to prevent ...", "the arrests were meant to obstruct the rally"
MEANT_TO = r"\b(?:meant|aimed|intended|designed|planned|calculated)\s+to\s+"
_MEANT_TO = fastre.compile(MEANT_TO + "$", re.I)
_MEANT_TO_STOP = fastre.compile(
    r"(?:" + MEANT_TO + r"|\b(?:aimed at|in order to|in a bid to|an attempt to|an effort to|a plot to|a ploy to)\s+)"
    r"(?:obstruct|foil|stop|block|thwart|disrupt|sabotage|prevent|derail)(?:ing)?\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
# "approved a bill allowing police to use drones to monitor street protests": a law about protests
_LAW_LETTING = fastre.compile(r"\b(?:bill|law|legislation|decree|ordinance|rules?|measures?|protocols?)\b[^.;]{0,40}?\b(?:allowing|permitting|authori[sz]ing|enabling|letting|giving)\b[^.;]{0,60}$", re.I)
_STRUCK_DOWN = fastre.compile(
    r"\s+down\s+(?:an? |the |two |three |several |parts of |key |\w+ )?(?:[\w'’-]+ ){0,4}?(?:laws?|articles?|provisions?|bans?|rules?|decrees?|bills?|rulings?|orders?|directives?|ordinances?|polic(?:y|ies)|clauses?|regulations?|amendments?|acts?|reforms?|sections?)\b", re.I)
_RELEASED_END = fastre.compile(r"\b(?:released|freed|set free)$|^handed\b", re.I)
# "died in hospital of wounds he sustained during an Israeli raid on Nablus last month": an earlier raid's toll
_DIED_OF_EARLIER_WOUNDS = fastre.compile(
    r"\bdied\b[^.;]{0,60}?\bof (?:the |his |her |their )?(?:wounds|injuries) (?:he |she |they )?(?:had )?(?:sustained|suffered|received)\b"
    r"[^.;]{0,100}?\b(?:last (?:week|month|year)|(?:weeks|months) ago|earlier this (?:month|year))\b", re.I)
_SPARE_BOMB = fastre.compile(r"\b(?:another|a second|a third|the second|the third|the other|the remaining|one more|two more|two other)\b,?\s+(?:unexploded|live|undetonated|intact)\b", re.I)
_EXPLOSIVE_WORD = fastre.compile(r"\b(?:bombs?|explosives?|explosive-making|bomb-making|grenades?|IEDs?|mines?|gunpowder|detonators?|cocktails?|shells?|rockets?|mortars?)\b", re.I)
_ANIMAL_SHOT = fastre.compile(r"\s+(?:dead\s+)?(?:an?|the|two|three|several)\s+(?:[\w-]+\s+)?(?:lions?|lioness(?:es)?|elephants?|leopards?|tigers?|crocodiles?|hippos?|hippopotamus(?:es)?|wolf|wolves|bears?|snakes?|dogs?|hyenas?|buffalo(?:es)?|rhinos?|baboons?|monkeys?|boars?)\b", re.I)
_DEBRIS_OF = fastre.compile(r"\b(?:remains|remnants|fragments|splinters|pieces|debris|parts|shells|casings|pins) of\b", re.I)
# "arrested nine activists ..., recovering 11 crude bombs": weapons an arrest yields, not set off
_SEIZING_BEFORE = fastre.compile(r"\b(?:recovering|seizing|confiscating|finding)\s+(?:a |an |the |some |several |\d+ |two |three |four |five |six |seven |eight |nine |ten )?(?:[\w-]+ ){0,2}?$", re.I)
# "said in a report that security forces had killed dozens during a crackdown on protests last year": the past, reported
# (the span it reports on, told after the deed)
_OVER_THE_PAST = fastre.compile(
    r"[^.;]{0,80}?(?<!since )\b(?:last (?:year|month)|the (?:previous|year) (?:year|before)|in (?:19|20)\d\d|(?:over|during|in) the (?:past|last|previous) (?:year|month|(?:\w+ )?(?:years|months)))\b", re.I)
_IN_A_REPORT = fastre.compile(r"\b(?:in|issued|published|released) (?:a |an |its |their )?(?:new |annual |latest )?report\b|\b(?:Amnesty International|Human Rights Watch|HRW|rights groups?|human rights (?:groups?|organi[sz]ations?|office|commission|watchdog))\b[^.;]{0,40}?\b(?:said|says|reported|documented)\b", re.I)
# weapons "recovered from them": from the people just arrested
_WEAPONS_FOUND_AFTER = fastre.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:were|was|had been|have been|has been) (?:also |later )?(?:recovered|seized|found|confiscated|discovered|impounded)\b", re.I)
_FROM_THE_HELD = fastre.compile(r"\s+(?:[\w-]+\s+){0,2}?from\s+(?:him|her|them|one of them|two of them|their possession|his possession|her possession|the (?:arrested|detained|detainees|arrestees|suspects|accused))\b", re.I)
# the hackers' own words; _CYBER also reads "hacking" (a machete's word too) and websites knocked offline
_HACKER_WORDS = r"hackers?|cyber-?\w*|DDoS|denial-of-service|ransomware"
_HACKERS = fastre.compile(rf"\b(?:{_HACKER_WORDS})\b", re.I)
_CYBER = fastre.compile(rf"\b(?:{_HACKER_WORDS}|hacking|websites? (?:offline|down)|knock\w* [^.;]{{0,40}}?\boffline)\b", re.I)
# "Police made a small number of arrests for unrelated offences": not the march's
_UNRELATED = fastre.compile(r"\bunrelated (?:offen[cs]es|charges|matters|crimes|incidents)\b|\bnot (?:related|connected|linked) to the (?:protest|march|rally|demonstration)\b", re.I)
_ARREST_WISHED = fastre.compile(r"\b(?:demand\w*|call\w* for|urg\w*|should|must|be arrested|to arrest|until|unless|threaten\w*)\b", re.I)
_KILLED_WORD = fastre.compile(r"kill|massacre|shot|gunned|murder|dead|died|death|stabbed|hacked", re.I)
# "A day after police broke up the sit-in, ...": a sentence that opens with what came before
_OPENING_AFTER = fastre.compile(
    r"\s*(?:(?:a|an|one|two|three|four|five|six|seven|several|a few|\d+) )?(?:days?|weeks?|months?|hours?|nights?) (?:after|since) [^,;]*$|"
    r"\s*(?:following|after) (?:[\w-]+ ){0,2}(?:days?|weeks?|months?|nights?) of [^,;]*$", re.I)  # "Following three days of sit-ins by NCP, ..."
# "... after students were beaten at his house two days earlier"
_EARLIER_AFTER = fastre.compile(r"[^.;,]{0,80}?\b(?:(?:a|an|one|two|three|four|five|six|seven|several|a few|\d+) (?:days?|weeks?|months?|hours?|nights?) (?:earlier|before)|the (?:previous|day before)\b)", re.I)
# "The statement followed a drone attack ...": what a decision told before answered
_FOLLOWED = fastre.compile(r"\s*(?:the|this|that|its|their|his|her) (?:[\w-]+ )?(?:statement|announcement|decision|move|suspension|pause|declaration|order|ban|step) (?:came|comes|followed|follows)\b[^.;]{0,60}$", re.I)
_INTERVENTION_SOUGHT = fastre.compile(
    r"\b(?:to|foreign|military|armed|any|international|external|outside|divine|judicial|urgent|immediate|(?:demand|seek|sought|call|appeal|ask|request|urg|plead|press)\w*(?: for)?(?: the| an?| their| his| her| its)?(?: [\w'’-]+){0,3})\s+$", re.I)
# a deal as the frame of something else: "withdrew under a US-brokered ceasefire"
_UNDER_DEAL = fastre.compile(r"\b(?:under|per|in line with|despite|in violation of|violating|in breach of|breaching) (?:a |an |the |their |its )?(?:[\w-]+ ){0,2}(?:\w+-)?$", re.I)
# an exhortation: "calling on the armed groups ... to attack"
_URGED_TO = fastre.compile(r"\b(?:call(?:ed|ing|s)? (?:on|upon)|urg(?:ed|ing|es)|order(?:ed|ing|s)|exhort(?:ed|ing|s)?|incit(?:ed|ing|es)|appeal(?:ed|ing|s)? to|instruct(?:ed|ing|s)?|encourag(?:ed|ing|es)) (?:[\w'’-]+,? ){1,10}?to (?:carry out |launch |stage |conduct |mount |step up |resume )?$", re.I)
# protests as the setting of a charge: "blamed them for violence during the student protests"
_PAST_SETTING = fastre.compile(
    r"\b(?:blam\w+|accus\w+|responsib\w+|charg\w+|held|in connection with|suspicion|suspected|citing|cited|alleged)\b[^.;]{0,40}\b(?:violence|attacks?|unrest|killings?|deaths?|crimes?|abuses?|role|sabotage|arson|vandalism|involvement)\b"
    r"(?: on [^.;]{0,40}?)? (?:during|in|at) (?:the |last year's |last month's )?(?:[\w'’-]+ ){0,3}$", re.I)
# a strike or march called for a day to come: "a nationwide stoppage for next Monday"
_NEXT_DAY = fastre.compile(r"\b(?:next|coming) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)\b|\bfor tomorrow\b", re.I)
_CALLED_FOR = fastre.compile(r"\b(?:called|calls|announced|plans?|planned|will|would|urged|set)\b", re.I)
# the dead of an old war: "soldiers killed in the 1999 conflict"
_MOURNED = fastre.compile(r"\b(?:remembrance|mourning|memorial|anniversary|commemorat\w+|tribute|in memory of|wreaths?|vigils?)\b", re.I)
_IN_YEAR_WAR = fastre.compile(r"\s+(?:[\w-]+ ){0,3}?(?:in|during|of) (?:the|a|an) (?:19|20)\d\d (?:[\w-]+ )?(?:war|conflict|fighting|clashes|uprising|massacre|insurgency|riots|genocide)\b", re.I)
# an arrest feared or risked, not made: "to expose participants to arrest", "they risk arrest"
_RISK_OF = fastre.compile(r"\b(?:expos\w+ (?:[\w-]+ ){0,3}to|risk(?:s|ed|ing)?|fac(?:e|es|ed|ing)|fear(?:s|ed|ing)?(?: of)?|avoid(?:s|ed|ing)?|evad(?:e|ed|ing)|escap(?:e|ed|ing)|threat(?:s|ened)? of|threatened with|liable to|for fear of) (?:possible |immediate |further )?$", re.I)
# the dead of an earlier day, mourned: "attended the funeral in Kasserine on Tuesday of two soldiers killed"
_FUNERAL_OF = fastre.compile(r"\b(?:funerals?|burials?|(?<!in the )wakes?|memorial services?|(?:day|days|ceremony) of (?:tribute|mourning|remembrance)) (?:[^.;]{0,60}? )?(?:of|for) (?:the )?(?:[\w'’-]+,? ){0,8}$", re.I)
_DEMINING = fastre.compile(r"\b(?:deminers?|demining|mine[- ]clearance|controlled (?:detonations?|explosions?|blasts?) of (?:[\w.,-]+ ){0,4}?(?:unexploded|old|expired|obsolete)|mine action(?! (?:agency|centre|center|authority|agency's)\b)|(?:cleared|removed|destroyed|neutrali[sz]ed) (?:more than |over |some |about |nearly )?\d[\d,]{2,} (?:[\w-]+ ){0,2}(?:mines|landmines|items|shells|ordnance|munitions|bombs|devices))\b", re.I)
# a device laid in the present fight, not old ordnance: "army deminers defused an IED planted on the N380 road"
_FRESH_DEVICE = fastre.compile(
    r"\b(?:army|military|Military Forces|troops|soldiers|police)\b[^.;]{0,40}?\bdeminers?\b|\b(?:freshly|newly|recently) (?:planted|laid|buried)\b|"
    r"\bplanted (?:on|along|under|beside|by) (?:the |a )?(?:[\w-]+ ){0,2}?(?:road|highway|track|bridge)\b|"
    # "defused an unexploded cruise missile that had fallen into a field": a strike of this war that failed
    r"\b(?:missiles?|rockets?|drones?|warheads?|glide bombs?)\b[^.;]{0,30}?\b(?:that|which) (?:had )?(?:fallen|landed|crashed|come down)\b", re.I)
# what a reporter was covering when attacked
_COVERING = fastre.compile(r"\b(?:filming|photographing|covering|recording|reporting on|livestreaming|live-streaming) (?:an? |the )?(?:[\w'’-]+ ){0,3}$", re.I)
# a relative clause that says who a group is by a past fight ("factions that took part in the offensive")
_TOOK_PART_IN = fastre.compile(
    r"\b(?:that|which|who) (?:had )?(?:took part|taken part|participated|fought|were involved|had been involved) in (?:the |an? |its |their )?(?:[\w'’-]+ ){0,3}$", re.I)
# what an election, a market or a contest captures ("captured 42 seats", "seized the title")
_WON_NOT_HELD = fastre.compile(
    r"\s+(?:[\w'’,-]+\s+){0,5}?(?:seats|votes|ballots|constituenc(?:y|ies)|mandates?|market share|titles?|championships?|trophy|trophies|medals?|"
    r"imagination|attention|hearts|headlines)\b", re.I)
_ARMS_DEAL = fastre.compile(r"\b(?:contracts?|deals?|purchas\w+|procure\w*|bought|buy|acquir\w+|deliver\w+|exports?|imports?|sales?|sell|sells|selling|sold) (?:[^.;]{0,120}? )?(?:missiles?|rockets?|drones?|batter(?:y|ies))\b|\btest[- ]?(?:fired|fires|firing|launch\w*)\b|\bmissile tests?\b|"
    # "completed a test of the Arrow 3 missile defence system ..., intercepting a target"
    r"\ba (?:successful |first |new |live )?test of (?:the |an? |its |their )?(?:[\w'’-]+ ){0,4}?(?:missiles?|rockets?|interceptors?|(?:missile|air|rocket) defen[cs]e (?:systems?|shields?))\b|"
    r"\btested (?:a |an |the |its )?(?:new |latest |upgraded )?(?:[\w-]+ ){0,2}?(?:missiles?|rockets?)\b|\bmissile programmes?\b|"
    r"\bmock targets?\b|\b(?:naval|military|joint|live-fire|large-scale|annual) (?:[\w-]+ )?(?:drills|exercises|war games)\b|"
    # "a second shipment of military equipment arrived ..., including armoured vehicles and artillery"
    r"\b(?:shipments?|consignments?|deliver(?:y|ies)) of (?:military |defen[cs]e )?(?:equipment|weapons|arms|hardware)\b[^.;]{0,160}?\bartillery\b", re.I)
# a threat to strike: "will strike any ship linked to Israel ..., a senior leader warned, saying its missiles could reach 'any target'"
_THREATENED_STRIKE = fastre.compile(
    r"\b(?:will|would|could|can) (?:strike|hit|target|reach|attack|destroy)\b[^.;]{0,120}?\b(?:warn|threaten|vow)\w*|\b(?:warn|threaten|vow)\w*\b[^.;]{0,120}?\b(?:will|would|could|can) (?:strike|hit|target|reach|attack|destroy)\b", re.I)
_LABOUR_STRIKE = fastre.compile(r"\b(?:workers|union|trade union|employees|staff|miners|wage|wages|pay|collective agreement)\b", re.I)
_LABOUR_DEAL = fastre.compile(r"\b(?:collective (?:bargaining |labou?r )?agreements?|(?:wage|pay|salary) (?:deals?|agreements?|accords?)|trade unions?|labou?r unions?)\b", re.I)
_LEGACY_ORDNANCE = fastre.compile(rf"\b{_LEGACY}\b", re.I)
_WORLD_WAR_NAMES = r"(?:Second|First) World War|World War (?:II|2|Two|I|1|One)|WWII|WW2|WWI"
_OLD_WAR = fastre.compile(
    rf"\b(?:{_LEGACY}|{_WORLD_WAR_NAMES}|(?:19[0-4]\d|wartime|war-era|Allied|Nazi)[- ](?:era )?(?:aerial )?(?:bombs?|shells?|ordnance|munitions?|mines?))\b", re.I)
_KILLED_OR_MAIMED = fastre.compile(r"\b(?:kill\w*|dead|died|injur\w*|wound\w*|lost (?:a|his|her|their|both) (?:legs?|arms?|hands?|feet|foot|limbs?))\b", re.I)
_WORLD_WARS = fastre.compile(rf"\b(?:{_WORLD_WAR_NAMES}|19[0-4]\d)\b", re.I)
# "arrested four activists who had taken part in the sit-ins": the protest the arrested had joined before
_HAD_TAKEN_PART = fastre.compile(
    r"\b(?:who|that|which) (?:had|have|has) (?:taken part|participated|joined|led|organi[sz]ed|been part|been organi[sz]ing|been leading|been involved)\s+(?:in\s+)?(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w'’-]+\s+){0,4}$", re.I)
_PROTECT_FROM = fastre.compile(
    r"\b(?:protect\w*|defend\w*|shield\w*|sav(?:e|ing)|guard\w*|safeguard\w*|secur(?:e|ing))\s+(?:[\w'’-]+\s+){0,4}?(?:from|against)\s+"
    r"(?:the\s+|further\s+|future\s+|possible\s+|any\s+)?$", re.I)
# "marched their captives": whom abductors lead away; "the protest camp" a place someone left
_CAPTIVES_AFTER = fastre.compile(r"\s+(?:their|the|his|its|\d+|some|all|several) (?:[\w-]+ )?(?:captives|hostages|abductees|prisoners|congregation|worshippers|passengers|pupils|schoolchildren|villagers|victims)\b(?= into| to| through| off| away)", re.I)
_PROTEST_PLACE = fastre.compile(r"\s+(?:camp|site|tent|venue|ground)s?\b", re.I)
# a case or charge over a past protest: "in a murder case linked to the July protests"
_CASE_OVER = fastre.compile(
    r"\b(?:cases?|charges?|suits?|lawsuits?|warrants?)\b[^.;]{0,50}?\b(?:linked to|related to|in connection with|connected (?:to|with)|over|"
    r"(?:filed|lodged|registered) (?:over|after|for)|stemming from|arising from)\s+"
    r"(?:the\s+|a\s+|an\s+|last\s+year's\s+)?(?:[\w'’-]+\s+){0,9}(?:[\w'’-]+,\s+including\s+(?:the\s+)?)?$", re.I)
_MISHAP = fastre.compile(r"\b(?:accident\w*|fireworks?|firecrackers?|hunting|hunters?|mistook|mistaken for (?:a |an )?(?:wild )?(?:boar|deer|animal|game|bear)|misfir\w*|stray bullets?|celebratory|crash\w*|collid\w*|collision|electrocut\w*)\b", re.I)
_ECONOMIC_DEAL = fastre.compile(
    # (and diplomacy: "signed a treaty deepening their Alliance of Sahel States")
    r"\btreat(?:y|ies) (?:deepening|establishing|creating|strengthening|founding)\b|\b(?:deepen|strengthen|expand)\w* (?:their|the|its) (?:[\w-]+ )?(?:alliance|confederation|cooperation|ties|partnership|union)\b|"
    r"\b(?:debts?|creditors?|loans?|IMF|bondholders|restructur\w+|tariffs?|trade deal|free[- ]trade|exports?|imports?|investments?|investors|"
    r"wages?|salar(?:y|ies)|pay (?:deal|rise)|collective bargaining|employers?|airlines?|merger|acquisition|shareholders|unions? representing|avert(?:ing|ed|s)? (?:a |the )?(?:[\w-]+ )?strike|(?:on )?sharing water|railways?|rail (?:links?|lines?|corridors?)|pipelines?|power lines?|transit corridors?|water[- ]sharing|irrigation season|"
    r"to (?:buy|purchase|procure|acquire) (?:\d+ |[\w-]+ ){0,4}?(?:helicopters|jets|aircraft|tanks|drones|missiles|submarines|warships|rifles))\b", re.I)
_CONFLICT_DEAL = fastre.compile(
    r"\b(?:lift|end|call off|suspend)\w* (?:a |the |their )?(?:[\w-]+ ){0,2}?(?:blockade|strike|protest|sit-in)s?\b|\b(?:ceasefire|truce|peace|rebels?|militants?|insurgents?|armed|fighting|hostilities|prisoners?|hostages?|captives|war|militias?|disarm\w*)\b", re.I)
_ARMED_WORD = fastre.compile(r"\b(?:police|policemen|army|troops|soldiers|forces|custody|detectives?|militants?|gunmen|rebels|RAB|guards?)\b", re.I)
# "Police said a fault in the wiring was the likely cause": the police as a source arm no one
_FORCES_SAID = fastre.compile(r"\b(?:the )?(?:police|army|military) (?:spokes(?:man|woman|person) )?(?:said|says|told|reported|added|believes?|suspects?)\b", re.I)
_CASUALTY_WORD = fastre.compile(r"killed|injured|wounded|died|dead|killing|injuring|wounding|injuries|wounds", re.I)
_CUMULATIVE_TOLL = fastre.compile(r"\b(?:cumulative|overall|total) (?:death )?toll|\bdeath toll (?:since|has|had|rose|risen|surpassed|climbed|stood)", re.I)
_TALLY_REPORT = fastre.compile(
    r"\b(?:verified|documented|recorded|registered|counted|logged) (?:more than |over |at least |some |about |nearly )?[\d,]{3,} (?:grave )?"
    r"(?:violations|incidents|cases|attacks|abuses|demonstrations|protests|rallies)\b|"
    r"\b(?:groups?|organi[sz]ations?|agency|commission|watchdogs?|monitors?|UN|office) (?:on \w+ )?(?:published|released|issued) a report\b[^.;]{0,40}?\b(?:saying|said|found|concluded)\b|"
    # "civilian casualties from the conflict rose by a fifth last year, driven by ... clan fighting, a UN report said"
    r"\b(?:casualties|deaths|killings|attacks|violence|abductions|incidents) (?:[\w'’-]+ ){0,5}?(?:rose|fell|increased|decreased|dropped|doubled|declined|jumped) (?:by )?(?:[\w%-]+ ){0,3}?(?:last|this|in the past) year\b|\bsaid in its (?:monthly|weekly|quarterly|annual) (?:update|report|bulletin|tally|briefing)\b|\b(?:neutrali[sz]ed|killed|arrested|rescued|apprehended) (?:\d[\d,]*|hundreds of) [^.;]{0,120}?\b(?:over|in|during) the (?:past|last|previous) (?:week|fortnight|month|two weeks|three weeks)\b", re.I)
_ATTACK_CRAFT = fastre.compile(r"\s+(?:aircraft|helicopters?|jets?|drones?|planes?|submarines?|boats?|craft|dogs?|rifles?|vehicles?)\b", re.I)
# a prisoner handed over: "to the custody of the NAB", "to Kotwali police", "to the federal Attorney General's Office"
_TO_CUSTODY = fastre.compile(
    r"\s*(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:custody|police|court|jail|prison|authorities|investigators|families|relatives|Red Cross|ICRC|"
    r"(?:attorney|prosecutor)(?: general)?['’]s office|prosecutors?)\b", re.I)


def _territory_context(text: str) -> bool:
    """Whether ``text`` tells of a place changing hands (a prisoner handed over is no place)."""
    for m in _TERRITORY_CONTEXT.finditer(text):
        if m.group(0).lower() == "handed over" and (
                _TO_CUSTODY.match(text, m.end())
                or fastre.search(r"\b(?:he|she|they|him|her|them)\s+(?:was |were )?$", text[max(0, m.start() - 12) : m.start()], re.I)):
            continue  # "he was handed over to Kotwali police"
        return True
    return False


_TERRITORY_CONTEXT = fastre.compile(
    r"\b(?:entered|moved in|took over|taken over|took control|control|captur\w+|withdr\w+|handed over|vacated|evacuated|abandoned|pulled out|"
    # (a common noun, not the end of a name: "in Quezon City")
    r"(?:the|a|an|its|their|his|of|several|two|three|\d+) (?:[\w-]+ )?(?:towns?|city|cities|villages?|"
    r"districts?|areas?|bases?|camps?|positions?|territory|region|province|outposts?|garrison|barracks|checkpoints?))\b", re.I)
# charges the text calls a pretext: "charges their lawyer called fabricated to silence critical reporting"
_PRETEXT = fastre.compile(r"\b(?:fabricated|trumped[- ]up|politically motivated|bogus|spurious|false charges|to silence|to muzzle|to intimidate|"
                          r"(?:posts?|comments?|remarks|articles?|videos?|songs?) (?:[\w'’-]+ ){0,3}?critici[sz]\w+ (?:the )?(?:government|authorities|president|prime minister|king|monarchy|regime|army|military|junta)|"
                          r"(?:retaliation|reprisal|revenge) for (?:the |its |their |his |her )?(?:[\w'’-]+ ){0,2}?(?:reporting|coverage|journalism|criticism|investigations?))\b", re.I)
# a military exercise: "warships practising blockades" in drills
_MET_INDOORS = fastre.compile(r"\b(?:gathered|gathering|assembled|assembling|met|meeting) (?:for|to hold|to attend|at) (?:a |an |the |their |its )?(?:[\w-]+ ){0,2}?"
                             r"(?:meetings?|conferences?|congress|convention|prayers?|weddings?|funerals?|workshops?|training)\b", re.I)
# a deed only rumoured: "after rumours spread that a Syrian youth had stabbed a teenager" (also read by assemble's mob test)
RUMOURED_DEED = fastre.compile(r"\brumou?rs?\b[^.;]{0,60}?\bthat\b[^.;]*", re.I)
_VICTIM_NOUN_AFTER = fastre.compile(r"\s+(?:persons|people|activists|youths|men|women|students|relatives|victims|family members)\b", re.I)
_ARMED_SUBJECT_BEFORE = fastre.compile(
    r"(?:^|[.;]\s+)(?:[\w'’-]+\s+){0,3}?(?:armed men|gunmen|militants|rebels|bandits|guerrillas|dissidents|fighters|insurgents|attackers|assailants)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
_DRILLS = fastre.compile(r"\b(?:drills?|military exercises?|war ?games|manoeuvres|maneuvers)\b", re.I)
# a siege's towns ("blockaded towns"), not a blockade by protesters
_BLOCKADED_PLACE = fastre.compile(r"\s+(?:towns?|cities|city|areas?|enclaves?|regions?|provinces?|strip|territor(?:y|ies)|communities|villages?|populations?|localities)\b", re.I)
# explosive devices to be cleared or destroyed, as a deal's term or a demining team's work
_CLEARANCE_BEFORE = fastre.compile(r"\b(?:destruction|destroying|removal|removing|clearance|clearing|disposal|demining|de-mining)\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_FIGHTING_ON_SIDE = fastre.compile(
    r"\b(?:volunteers|fighters|mercenaries|foreigners|contractors|units?|regiments?|battalions?|brigades?|formations?|militias?|groups?|corps|movements|factions)\s+"
    r"fighting\s+(?:on the side of|alongside|in the ranks of|for|on (?-i:[A-Z])[\w-]+['’]s side\b)\s*(?:the\s+)?(?:(?-i:[A-Z])|[,;.])", re.I)
_STATE_CELEBRATION = fastre.compile(r"\bto (?:mark|celebrate|commemorate) (?:the )?(?:\d+\w* )?(?:anniversary of (?:[\w'’-]+ ){0,2}independence|independence day|national day|republic day)\b", re.I)
_DEMANDS = fastre.compile(r"\b(?:against|demand\w*|protest\w*|denounc\w*|condemn\w*|chant\w*|slogans?|opposition)\b", re.I)
_REPORTED_ON = fastre.compile(r"\b(?:report(?:ed|ing)? on|cover(?:ed|ing)|film(?:ed|ing)|photograph(?:ed|ing)|livestream(?:ed|ing)) (?:(?:a|an|the) )?(?:[\w'’-]+ ){0,2}$", re.I)
_TO_RENOUNCE = fastre.compile(r"\bto (?:suspend|halt|stop|end|renounce|cease|abandon|give up) (?:all |its |their )?(?:[\w-]+ ){0,2}$", re.I)
_THREATENING = fastre.compile(r"\bthreatening\s+$", re.I)
_LAWMAKERS_WALKOUT = fastre.compile(r"\b(?:lawmakers|legislators|MPs|members of parliament|senators|deputies|opposition members|councillors|delegates|delegation|ministers)\b(?:\s+who)?\s+(?:[\w-]+\s+){0,4}?"
                                r"walked out of (?:the |a )?(?:chamber|parliament|house|assembly|session|senate|sitting|debate|council|meeting)\b"
                                # "despite a walkout by opposition lawmakers"
                                r"|\bwalk-?outs? by (?:the )?(?:[\w-]+ ){0,2}?(?:lawmakers|legislators|MPs|members of parliament|senators|deputies|councillors)\b", re.I)
_ELEMENTS = fastre.compile(r"\s+(?:the\s+)?(?:rising\s+|flood\s+|strong\s+|fierce\s+)?(?:waters|floods?|flames|fires?|blazes?|winds|snow|heat|mud)\b", re.I)
_HALTED_OPERATIONS = fastre.compile(r"\b(?:halt(?:ing|ed|s)?|suspend(?:ing|ed|s)?|end(?:ing|ed|s)?|stop(?:ping|ped|s)?|ceas(?:ing|ed|es)?|freez(?:ing|es)?|froze) (?:(?:its|their|all) (?:[\w-]+ (?:and )?){0,2})?$", re.I)
_OPERATIONS_AFTER = fastre.compile(r"(?:\s+and\s+[\w-]+)?\s+(?:operations|attacks|strikes|activities)\b", re.I)
_SIEGE_BEFORE = fastre.compile(r"\bunder\s+(?:a |an |the |its |their )?(?:[\w'’()-]+\s+){0,2}?$", re.I)
# "a mortar round exploded prematurely during training, killing a soldier": an accident of the forces' own
_PREMATURE_BLAST = fastre.compile(r"\b(?:went off|exploded|detonated) (?:accidentally|prematurely)\b[^.;]{0,40}?\bduring (?:a |an )?(?:[\w-]+ )?training\b", re.I)
_TRAINING_MISHAP = fastre.compile(r"\b(?:went off|exploded|detonated) accidentally\b|\baccidentally (?:went off|exploded|detonated)\b|\bduring (?:a |an )?(?:[\w-]+ )?training (?:exercise|session|drill)s?\b|\bduring (?:a |an )?(?:[\w-]+ )?training\b(?=[^.;]{0,160}\baccident\b)", re.I)
_PAST_UNREST = fastre.compile(r"\b(?:after|during|since|over|in) the (?:(?-i:[A-Z])[a-z]+ )?(?:19|20)\d\d (?:[\w-]+ )?$", re.I)
_BY_AGREEMENT = fastre.compile(r"\b(?:in line with|under|as part of|in accordance with|following) (?:the |a |an )?(?:[\w-]+ ){0,3}?(?:agreement|deal|delimitation|accord|demarcation|ceasefire|truce)\b", re.I)
_UNKNOWN_BOMBERS = fastre.compile(r"\b(?:unidentified|unknown) (?:persons|people|men|assailants|miscreants|youths)\b|\bmiscreants\b", re.I)
_COOPERATION_MEMO_AFTER = fastre.compile(
    r"\s+(?:of understanding\s+)?(?:to|on|for)\s+(?:step(?:ping)? up|boost\w*|strengthen\w*|enhanc\w*|expand\w*|deepen\w*|(?:closer|greater|more) )\s*(?:[\w-]+\s+)?cooperation\b", re.I)
_PLANNED_DURING = fastre.compile(r"\b(?:planned|planning|plotted|intended|were going|had been preparing) to\b[^.;]{0,80}\bduring (?:the |a )?(?:[\w'’-]+ )?(?:(?:hartal|blockade|strike|rally|march)s? and (?:the |a )?)?$", re.I)
_IN_A_YEAR = fastre.compile(r"\s+in\s+(?:19|20)\d\d\b")
_OCCUPIED_TO_DEMAND = fastre.compile(
    r" (?:the |a |an )?(?:[\w'’()-]+ ){0,4}?(?:offices?|headquarters|ministry|building|secretariat|town hall|city hall|premises)\b[^.;]{0,100}?\bto (?:demand|protest|press for)\b", re.I)
# "beating three men with sticks after a dispute over a traffic accident": the accident is the quarrel's cause
_ROW_OVER_ACCIDENT = fastre.compile(r"\b(?:dispute|argument|row|quarrel|altercation|fight|brawl) (?:over|about|following|after) (?:a |an |the )?(?:minor )?(?:road |traffic |car |motorcycle |motorbike |bike |bus )?(?:accident|collision|crash)\b", re.I)
_REENACTED = fastre.compile(r"\bre-?enact(?:ors?|ments?|ed|ing)\b", re.I)
_NATIONWIDE_TALLY = fastre.compile(r"[^.;]{0,60}?\b(?:across the country|nationwide|across the (?:north|south|east|west|region|state|states))\b[^.;]{0,30}?\b(?:in|over|during) the (?:past|last|previous) (?:week|month|year|\d+ (?:weeks|months|days))\b", re.I)
_CIVIL_ACCORD = fastre.compile(r"\b(?:project|trade|water|energy|investment|economic|infrastructure|development|tourism|education|health)\b", re.I)
_CONFLICT_ACCORD = fastre.compile(r"\b(?:ceasefire|cease-fire|truce|peace|hostilities|prisoners?|hostages?|armed|rebels?|militants?|fighters|disarm\w*)\b", re.I)
_WILL_SEND = fastre.compile(r"\b(?:will|would|to|plans to|pledged to|agreed to) (?:send|ship|donate|provide|deliver|supply)\b[^.;]{0,90}$", re.I)
_RIVAL_PARTY_MEN = fastre.compile(r"\b(?:AL|Awami League|Jubo League|Chhatra League|BCL)\b")
_POLICE_WORD = fastre.compile(r"\bpolice\b", re.I)
_POWERS_TO = fastre.compile(r"\b(?:powers?|authority|right) to (?:[\w-]+ (?:and|or) )?$", re.I)
_SINCE_A_YEAR = fastre.compile(r"[^.;]{0,60}?\bsince (?:19|20)\d\d\b", re.I)
_ANGERED_BY = fastre.compile(r"\b(?:angered|outraged|incensed|enraged|infuriated|angry) (?:by|over|at|about) (?:the |a |an )?$", re.I)
_IN_A_PAST_YEAR = fastre.compile(r"[^.;]{0,60}?\bin (?:19|20)\d\d\b", re.I)
_STILL_NEGOTIATED = fastre.compile(r"\b(?:remain(?:ed|s)? unresolved|yet to be (?:agreed|resolved)|still being negotiated|(?:progress|steps?) (?:toward|towards) (?:a |an )?(?:[\w-]+ )?(?:ceasefire|truce|deal|agreement))\b", re.I)
_INQUIRY_AFTER = fastre.compile(r"\s+(?:investigation|inquiry|probe|case|trial)\b", re.I)
_CAUSE_KILLED_IN = fastre.compile(r"\b(?:killings?|deaths?|murders?) of\b[^.;]{0,60}?\b(?:in|during|by) (?:the |a )?(?:recent |earlier |last |previous )?$", re.I)
_METAPHOR_BATTLE = fastre.compile(r"\bwon the battle\b|\bfight against (?:crime|corruption|poverty|inflation|drugs|hunger|disease)\b", re.I)
_CHARGE_AT_A_RALLY = fastre.compile(r"\b(?:over|for) (?:alleged |their |his |her )?(?:incitement|hate speech|inflammatory (?:remarks|speeches)|remarks|speeches) (?:made |delivered )?(?:during|at) (?:a|an|the) $", re.I)
_NOT_CARRIED_OUT = fastre.compile(r"\b(?:not|never|no longer) (?:carried out|conducted|performed) (?:an? |any )?$", re.I)
_DESPITE_BEFORE = fastre.compile(r"\bdespite (?:the )?(?:[\w-]+ )?$", re.I)
_UNIT_NOUN_AFTER = fastre.compile(r"\s+(?:companies|company|brigades?|battalions?|regiments?|detachments?|squads?|units?)\b", re.I)
_GANG_BLOCKERS = fastre.compile(r"\b(?:members of (?:the )?(?:[\w'’-]+ ){0,3}?(?:cartel|gang)|cartel (?:members|gunmen)|gang members|gunmen|armed men)\b", re.I)
_HAD_BEFORE = fastre.compile(r"\bwhich (?:it|they|the \w+) had\s+$|\bwhich (?:its|their) (?:forces|fighters|troops|men|units) (?:had\s+)?$", re.I)
_CAPTURED_EARLIER = fastre.compile(r"\s+(?:earlier|previously|last|months? (?:earlier|before|ago)|weeks? (?:earlier|before|ago)|in (?:an? )?(?:earlier|previous))\b", re.I)
# members of an armed group arrested in an operation launched over a crime ("suspected KNF members ... after the bank robberies")
# an armed group's backers and bosses: "on a warrant accusing him of financing armed gangs", "trafficking rifles ...
# to Haitian gangs", "funding the PDF", "a lieutenant of the Gran Grif gang", "a suspected Sinaloa Cartel cell leader"
# (an arrest with these words is political without any other word)
_GROUP_BACKERS = (
    r"\b(?:financ|fund|arm|supply|supplie|traffick)\w* (?:[\w'’-]+ ){0,8}?(?:(?:armed |criminal |(?-i:[A-Z])\w+ )?gangs|militias|rebels|insurgents|the (?-i:[A-Z]{2,6}))\b|"
    r"\b(?:lieutenant|leader|commander|chief|boss|member)s? of (?:the )?(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+){0,2} (?:gang|cartel)\b|"
    r"(?-i:[A-Z])[\w'’-]+ (?:Cartel|cartel|Gang|gang) (?:cell |regional |plaza |local )?(?:leaders?|commanders?|chiefs?|bosses|boss|lieutenants?)\b|"
    # the enemy's agents in a war: "on suspicion of treason", "sent coordinates ... to Russian handlers"
    r"\b(?:suspicion of|charged with|accused of) (?:high )?(?:treason|espionage|spying|sabotage)\b|\b(?:Russian|Ukrainian|Israeli|Iranian|enemy|foreign) handlers\b")
_GROUP_BACKERS_RX = fastre.compile(_GROUP_BACKERS, re.I)
_GROUP_SUSPECTS = fastre.compile(
    _GROUP_BACKERS + r"|"
    r"\bhead of (?:the )?(?:finances?|logistics|operations|intelligence|recruitment) (?:of|for) (?:the )?(?-i:[A-Z])|\b(?:colluding|collusion|collaborating|links?) with (?:the )?(?:[\w'’-]+ ){0,3}?(?:cartel|gang|militia|armed group)\b|\bsuspected (?:members of (?:the )?(?-i:[A-Z])|(?-i:[A-Z]{2,6}) (?:members|militants|cadres|fighters|operatives)\b)|"
                             # "arrested four UPDF members, seizing ... extortion receipts"
                             r"\b(?:arrested|detained|captured|held|picked up) (?:\w+ ){0,2}?(?-i:[A-Z]{3,6}) (?:members|militants|cadres|fighters|operatives)\b|"
                             r"\b(?:active |hardcore |armed )?(?:cadres|militants|operatives|linkm[ae]n|over-?ground workers|couriers|sympathi[sz]ers|(?:regional |local |area |zonal |senior |top )?commanders?) of (?:the )?(?:outlawed |banned |proscribed )?(?-i:[A-Z]{2,})(?![\w-]* (?:arrested|detained|raided|apprehended|nabbed|picked up)\b)|"
                             # "arrested 12 people on suspicion of links to KNF following the bank robberies": the group's
                             r"\b(?:suspicion of|suspected of|over) (?:having )?(?:links|ties|connections) (?:to|with) (?:the )?(?-i:[A-Z]{2,6})\b|"
                             # "a self-styled lieutenant of the proscribed Kanglei Yawol Kanna Lup"
                             r"\b(?:members?|cadres|militants|operatives|lieutenants?|commanders?|leaders?) of (?:the |an? )?(?:outlawed|banned|proscribed) (?-i:[A-Z])|"
                             # "detained the municipal police director ... over his alleged links to La Familia Michoacana"
                             r"\b(?:over|for) (?:his|her|their) (?:alleged |suspected )?(?:links|ties|connections) (?:to|with) (?:the )?(?-i:[A-Z])|"
                             # "the mayor ... on charges of collaborating with a drug trafficking group", "charges of inciting violence"
                             r"\b(?:charges? of|accused of|suspicion of|suspected of) (?:collaborat\w+ with (?:an? |the )?(?:[\w-]+ ){0,2}?(?:groups?|cartels?|militias?|organi[sz]ations?)|"
                             r"incit(?:ing|ement to) (?:violence|rebellion|unrest|riots?|insurrection|terrorism))\b|"
                             # "a spokesman for the Coordinadora Arauco-Malleco": a named organisation's voice
                             r"\bspokes(?:man|woman|person) (?:for|of) (?:the )?(?-i:[A-Z])")
_CRIME_ONLY = fastre.compile(
    r"\b(?:thie(?:f|ves)|theft|robbers?|robb(?:ing|ed|ery|eries)|mugg\w+|stolen|steal(?:ing|s)?|stole|burglar\w*|breaking into|broke into|" + DRUG_TERMS + r"|smuggl\w+|fraud\w*|scam\w*|bribe\w*|embezzl\w+|gambl\w+|"
    r"cheating|dup(?:ed|ing)|defraud\w*|call cent(?:re|er)s?|traffick\w+|counterfeit\w*|cyber ?crime|extortion\w*|gangsters?|gang leaders?|cartels?|mafia|kingpins?|pickpocket\w*|shoplift\w*|hold-?ups?|heists?|carjack\w*)\b",
    re.I,
)


def _fight_abroad(t: Trigger, sent, text: str, triggers: list[Trigger], has) -> bool:
    """The fighting a shelling came from lies across the border: "shells fired from across the
    border during its fighting with the AA", "a mortar shell fired from Myanmar during fighting
    between the army and the AA landed on a house". The event is the shelling, not the battle."""
    if _ACROSS_BORDER.search(sent.text) and fastre.search(r"\bduring (?:its |their |the )?$", text[max(sent.start, t.span.start - 20) : t.span.start]):
        return True
    return bool(
        (_CROSS_BORDER.search(text) or has(_LANDED, t.sentence) and "border" in text.lower())
        and fastre.search(r"\b(?:during|amid)\s+(?:the\s+)?(?:[\w-]+\s+)?$", text[max(sent.start, t.span.start - 25) : t.span.start])
        and any(u.sub_event_type == "Shelling/artillery/missile attack" for u in triggers)
    )


# an order of the authorities (a curfew, Section 144) or an agreement, and what prompted it
# later in its sentence: "imposed Section 144 after the AL and the BNP called rallies at the
# same spot"
# (bans as acts, not "the banned Chhatra League", "outlawed PBCP")
_ORDER = fastre.compile(r"section 144|curfew|^(?:to|would) ban\b|\bban on\b|\bunder (?:the )?(?:[\w-]+ ){0,3}(?:Act|law|ordinance|decree)\b|^dissolv|^suspen|^(?:halt|cessation) of", re.I)
_ORDER_CAUSE = fastre.compile(r"\b(?:after|following|in the wake of|amid|due to|because of|(?<!handed )(?<!taken )(?<!took )(?<!handing )over|in (?:response|reaction) to|blaming (?:it|them) for|accusing (?:it|them) of|for (?:its|their) role in)\b", re.I)
# a protest named as the cause of a ban or a curfew told in another sentence: "The measure came a
# week after the activities of parties were suspended in response to pro-democracy rallies"
_ORDER_CAUSE_BEFORE = fastre.compile(r"\b(?:after|following|in the wake of|amid|because of|in (?:response|reaction) to)\s+(?:(?:the|days|weeks|months) (?:of )?)?(?:[\w-]+ ){0,2}$", re.I)
_DEATHS = fastre.compile(r"\b(?:kill\w*|dead|died|deaths?|lives)\b", re.I)


# a crowd's deed and the killing it answers, named after it: "... after the police shooting of a teenager"
_RIOT_CAUSE_BEFORE = fastre.compile(r"\b(?:after|following|over|sparked by|triggered by|in anger at) (?:the |a |an )?(?:[\w'’-]+ ){0,2}$", re.I)
_OF_VICTIM = fastre.compile(r"\s+of (?:a|an|the|his|her|their|\d+|two|three) ", re.I)
# a place named by what happened there before: "where a pilot had been taken hostage in February"
_WHERE_HAD_BEEN = fastre.compile(r"\bwhere (?:[\w'’-]+ ){1,6}?had been\s+$", re.I)
_EARLIER_MONTH = fastre.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:in|since|last) (?:(?:early |late |mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December)|\d{4}|year|month)\b")
# "the 2015 gun attack on the hotel": a past event named by its year
_NAMED_BY_YEAR = fastre.compile(r"\bthe (?:19|20)\d\d (?:[\w'’-]+ ){0,2}$")
_WOULD = fastre.compile(r"\b(?:would|will)\b")
_UNLESS = fastre.compile(r"\bunless\b")
_FOR_CONTROL = fastre.compile(r"\s+(?:for|over)\b", re.I)  # (what they fight for: control, turf, the area)
_MARCHED_OFF = fastre.compile(
    r"\s+(?:them|him|her|the (?:[\w'’-]+ ){0,2}?(?:children|pupils|students|schoolgirls|captives|hostages|prisoners|villagers|passengers|girls|boys|women|men|detainees|victims))"
    r"\s+(?:away\s+|off\s+)?(?:into|to|towards|through|across)\b", re.I)
_CROWD_KINDS = {"_riot", "_protest", "_protest_violence"}
# (an arrest "on charges of" or "accused of" a deed; any deed "in connection with" which something else is told)
_CHARGE_BEFORE = fastre.compile(
    r"\b(?:on (?:the )?charges? of|charged with|accused of|accusing (?:them|him|her) of|for allegedly|(in connection with)|on suspicion of|involved in|(?:who |had )?took part in|over the)\s+(?:[\w'’-]+,?\s+){0,3}$", re.I)
# a candidate's canvassing, and what would make its rally a protest
_CAMPAIGN_BEFORE = fastre.compile(r"\b(?:(?:final|closing|last|opening|first|main|biggest|presidential|election) )?campaign\s+$", re.I)
_RALLY_PROTESTS = fastre.compile(r"\b(?:protest\w*|against|demand\w*|condemn\w*|slogans?|denounc\w*|chant\w*|attack\w*|clash\w*)\b", re.I)
# an earlier event something is said to be linked to
# a stray shell's source: fighting in the next country ("The shelling was linked to fighting between ...")
# "Fighting between the Myanmar army and the Arakan Army has intensified across the border": the backdrop
_FIGHT_GOES_ON = fastre.compile(r"[^.;]{0,80}?\b(?:has|have|had) (?:\w+ )?(?:intensified|escalated|raged|continued|been raging|been going on)\b", re.I)
_LINKED_TO_FIGHT = fastre.compile(r"\b(?:was|were|is|are)\s+(?:\w+\s+)?(?:linked|connected|tied|related|attributed)\s+to\s+(?:the\s+)?(?:ongoing\s+|intense\s+|heavy\s+|fierce\s+)?$", re.I)
_LINKED_TO_EARLIER = fastre.compile(
    r"\b(?:linked|connected|tied|related)\s+(?:it\s+|them\s+|him\s+|her\s+)?to\s+(?:the\s+)?(?:recent|earlier|previous|last (?:week|month|year)['’]s)\s+(?:[\w'’-]+\s+){0,2}$", re.I)


@dataclass(frozen=True)
class _LateCues:
    """Whether a text holds the words of the rarer filters below, asked once per text so that the
    per-trigger checks are skipped for most texts."""

    linked: bool
    previous: bool
    wave: bool
    years: bool
    any_one: bool
    who: bool
    work: bool
    stay: bool
    morcha: bool
    case: bool
    stepped: bool
    pay: bool
    shot: bool
    prepare: bool
    walkout: bool
    sonic: bool
    captured: bool
    against: bool
    could: bool
    ban: bool
    about_work: bool
    bail: bool
    hired: bool
    under_attack: bool
    to_come: bool
    towards: bool
    demand_or_charge: bool
    simile: bool
    predecessor: bool
    premature: bool
    kin: bool

    @classmethod
    def of(cls, text: str) -> _LateCues:
        low = text.lower()
        return cls(
            linked=any(w in low for w in ("linked", "connected", "tied", "related")),
            previous=any(w in low for w in ("previous", "preceding", "last ")),
            wave="respon" in low or "react" in low or "surge" in low or "spate" in low or "upsurge" in low or "spike" in low,
            years=any(w in low for w in (" and 19", " and 20", " to 19", " to 20")),
            any_one="any " in low,
            who="who " in low,
            work=any(w in low for w in ("documentar", "film", "movie", "novel", "memoir", "play", "exhibition", "podcast", "series", "book", "musical")),
            stay="stay " in low,
            morcha="morcha" in low,
            case="case " in low,
            stepped=any(w in low for w in ("intensified", "stepped up", "escalated", "increased")),
            pay="pay" in low,
            shot="shot" in low,
            prepare=any(w in low for w in ("prepar", "planning", "organis", "organiz")),
            walkout="walk" in low,
            sonic="sonic" in low or "sound barrier" in low,
            captured=any(w in low for w in ("captured", "prisoner", "captive", "detained", "held")),
            against="against" in low,
            could=any(w in low for w in ("could", "might", "may", "would", "threaten", "risk", "likely")),
            ban="ban" in low or "prohibit" in low,
            about_work=any(w in low for w in ("documentar", "film", "movie", "book", "novel", "exhibition", "play", "series", "podcast")),
            bail="bail" in low,
            hired=any(w in low for w in ("recruited", "hired", "paid", "tasked", "instructed")),
            under_attack="under attack" in low,
            to_come=any(w in low for w in ("threat", "preparing", "planning", "plotting")),
            towards=any(w in low for w in ("heading", "going", "travel", "on their way", "on his way", "on her way", "returning", "joining", "attending")),
            demand_or_charge="demand" in low or any(w in low for w in ("accused in", "charged in", "named in", "implicated in")),
            simile="like " in low,
            predecessor=any(w in low for w in ("predecessor", "successor", "the late ")),
            premature="prematurely" in low or "accidentally" in low,
            kin=any(w in low for w in ("famil", "relatives", "parents", "widows", "mothers", "kin ")),
        )


def _late_violent_drop(t: Trigger, sent_start: int, text: str, before: str, has, cues: _LateCues) -> bool:
    """The later rules for a violent trigger told as background, a trend, a threat or a past."""
    if cues.linked and _LINKED_TO_EARLIER.search(text, max(sent_start, t.span.start - 70), t.span.start):
        return True  # "after the detention of a woman, which they linked to the recent suicide attack": the background
    if t.sub_event_type == "_clash_words" and has(_ACROSS_BORDER, t.sentence) and (cues.linked and _LINKED_TO_FIGHT.search(before) or t.sentence > 0 and _FIGHT_GOES_ON.search(
            text, t.span.end, t.span.end + 120)):
        return True  # "a mortar shell landed in a paddy field ... The shelling was linked to fighting ... on the other side of the border"
    if t.sub_event_type == "_clash_words" and has(_ACROSS_BORDER, t.sentence) and fastre.search(
            r"\b(?:came|fired|launched|originated) from\b[^.;]{0,60}\b(?:positions?|posts?|camps?|bases?|forces|troops|units)\s+(?:that\s+were\s+|which\s+were\s+)?$",
            text[max(sent_start, t.span.start - 100) : t.span.start]):
        return True  # "the shells came from Myanmar military positions engaged in fighting with the AA across the border"
    if cues.stepped and has(_STEPPED_UP_OVER_PERIOD, t.sentence):
        return True  # "Russian forces had intensified assaults along the axis over the past week": a period's trend
    if cues.wave and _WAVE_ANSWERED.search(before):
        return True  # "a bill ..., as lawmakers responded to a wave of extortion killings": the reason for a policy
    if cues.years and _YEARS_SPAN_AFTER.match(text, t.span.end):
        return True  # "victims of extrajudicial killings by the army between 2002 and 2008": history
    if cues.any_one and _ANY_ONE_WHO.search(before):
        return True  # "would hit with full force any group that attacked civilians": a warning, no attack
    if cues.who and _COMMANDED_BEFORE.search(text, max(sent_start, t.span.start - 50), t.span.start):
        return True  # "replacing a general who had commanded the battle against Islamic State": his past
    # "the European court ordered Russia to pay 30,000 euros to a man who was tortured in custody in 2009"
    return cues.pay and has(_COURT_AWARD, t.sentence)


def _late_protest_drop(t: Trigger, sent_start: int, text: str, before: str, has, cues: _LateCues) -> bool:
    """The later rules for a protest word that names no protest held today."""
    if cues.stay and _STAY_AWAY_FROM.search(before) or cues.morcha and t.text == "Morcha" and has(_UNLESS_DEMANDS_MET, t.sentence):
        return True  # "urged civilians to stay away from their rallies": a threat; "Samyukt Kisan Morcha": a front's name
    if "armed strike" in text[max(0, t.span.start - 6) : t.span.end + 14].lower():
        return True  # "the ELN enforced an armed strike": an armed group's order, no workers' strike
    if cues.prepare and _PREPARING_FOR.search(text, max(sent_start, t.span.start - 90), t.span.start):
        return True  # "factions clashed during a preparatory meeting for the party's divisional rally": a rally still to come
    # "granted bail in a case related to the violent protests of May 9": a court case's subject
    return cues.case and _CASE_RELATED_TO.search(before) is not None


# fighting told as a trend over a period, not an incident
_STEPPED_UP_OVER_PERIOD = fastre.compile(
    r"\b(?:intensified|stepped up|escalated|increased)\s+(?:its\s+|their\s+)?(?:[\w-]+\s+)?(?:assaults|attacks|offensives?|shelling|strikes|bombardments?|operations)\b"
    r"[^.;]{0,80}?\b(?:over|in|during) the (?:past|last) (?:\w+ )?(?:weeks?|months?|days)\b|"
    # "said that insurgents had intensified attacks on farming communities and urged the government to deploy troops"
    r"\bhad (?:intensified|stepped up|escalated|increased)\s+(?:its\s+|their\s+)?(?:[\w-]+\s+)?(?:assaults|attacks|raids)\s+on\b[^.;]{0,80}?\b(?:urged|called on|appealed to)\b", re.I)
_PREVIOUS_DAYS = fastre.compile(r"\b(?:during|in|amid) (?:the )?(?:previous|preceding|last) (?:day|night|week|month)['’]s (?:[\w-]+ )?$", re.I)
_WAVE_ANSWERED = fastre.compile(
    r"\b(?:respond(?:ed|ing)|response|react(?:ed|ing)|reaction)\s+to\s+(?:a|the)\s+(?:wave|spate|surge|rise|series|string)\s+of\s+(?:[\w-]+\s+)?$"
    # "deployed soldiers ... following a surge in tribal killings": the reason for a deployment
    r"|\b(?:following|after|amid|in the wake of)\s+(?:a|the)\s+(?:recent\s+)?(?:surge|spate|upsurge|spike)\s+(?:in|of)\s+(?:[\w-]+\s+)?$", re.I)
_BEFORE_WITHDRAWING = fastre.compile(r"\bbefore (?:withdrawing|pulling out|leaving the (?:town|village|area|city))\b", re.I)
# "police said the killing had no political or communal link"
_NO_LINK_SAID = fastre.compile(r"\b(?:killing|murder|attack|incident|stabbing|shooting|death|assault)\s+(?:(?:had|has|bore)\s+no\s+(?:political|communal|sectarian)\b|"
                           r"(?:was|had been)\s+(?:a\s+)?(?:private|personal|domestic|family)\s+(?:quarrel|dispute|matter|affair)\b)|"
                           # "police described the case as a personal dispute", "no link to organised crime or any political motive"
                           r"\b(?:described|called|termed) (?:it|the (?:case|killing|incident|stabbing|shooting|attack)) (?:as )?(?:a )?personal (?:quarrel|dispute|matter|feud)\b|"
                           r"\bno (?:link|links|connection) to (?:[\w-]+ ){0,4}?(?:any )?(?:political|terrorist|militant) motives?\b|"
                           # "Police said robbery appeared to be the motive"
                           + _ROBBERY_MOTIVE_RX + r"|\b(?:ruled out|rul(?:ing|es) out|no sign of|no evidence of|no indication of) (?:any |a )?(?:political|terrorist) motives?\b", re.I)
_UNLESS_DEMANDS_MET = fastre.compile(r"\bif (?:their|its|the|our) demands (?:are|were|was|is) not (?:met|accepted)\b|\bunless (?:their|its|the|our) demands\b", re.I)
_PREPARING_FOR = fastre.compile(
    r"\b(?:preparatory|preparation|planning|organi[sz]ing) (?:meeting|session)s? (?:for|of|ahead of) (?:the |a |an )?(?:[\w'’-]+ ){0,4}$", re.I)
_ON_CHARGES_AFTER = fastre.compile(r"[^.;]{0,20}?\s+(?:on (?:the )?charges? of|in (?:a |the )?cases? (?:filed|lodged))\b", re.I)
_CAPTIVE_NOUN_AFTER = fastre.compile(r"\s+(?:[\w-]+\s+)?(?:servicemen|soldiers|fighters|troops|prisoners|militants|combatants|personnel|pilots|sailors)\b", re.I)
_COUNT_BEFORE = fastre.compile(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|the|its|their|all|of)\s+$", re.I)
_AS_FIGHTING_GREW = fastre.compile(r"\s+(?:with [^.;]{0,40}?\s+)?(?:intensified|escalated|raged|continued|spread|flared)\b", re.I)
_VICTIMS_OF_BEFORE = fastre.compile(r"\b(?:killed|killing|shot|shooting|wounded|wounding|injured|injuring)\s+(?:[\w-]+\s+){0,3}$", re.I)
_TOWARDS_RALLY_BEFORE = fastre.compile(
    r"\bas (?:they|he|she) (?:were|was) (?:heading|going|travell?ing|on (?:their|his|her) way|returning) (?:to|towards|for|from) (?:the |a |an |their )?(?:[\w'’-]+ ){0,3}$|\bfrom (?:joining|attending) (?:the |a |an |their )?(?:[\w'’-]+ ){0,3}$", re.I)
_DEMANDED_THAT_BEFORE = fastre.compile(r"\bdemand(?:ed|ing|s)? that\b[^.;]*$", re.I)
_ACCUSED_IN_BEFORE = fastre.compile(r"\b(?:accused|charged|named|implicated) in (?:the )?(?:[\w-]+,? (?:and )?){0,3}$", re.I)
_URGING_BEFORE = fastre.compile(r"\b(?:urg(?:ed|ing|es)|call(?:ed|ing) on|appeal(?:ed|ing) to|encourag(?:ed|ing)|ask(?:ed|ing)) (?:[\w:'’()-]+ ){0,8}?to $", re.I)
_DRONE_MISHAP = fastre.compile(r"\b(?:test|training|trial|surveillance|reconnaissance) (?:flight|drone|mission)s?\b|\bmalfunction\w*", re.I)
_SOUNDED_LIKE_BEFORE = fastre.compile(r"\b(?:sounded|felt|looked|was) (?:just )?like (?:an? )?(?:[\w-]+ )?$", re.I)
_STRUCK_AT_BEFORE = fastre.compile(r"\b(?:at|on|targeting|struck|hit|targeted) (?:a |the )?(?:group|crowd|gathering) of (?:[\w-]+ )?$", re.I)
_IN_EARLIER_YEAR = fastre.compile(r"[^.;]{0,30}?\bin ((?:19|20)\d\d)\b")
_GROUP_EXECUTION = fastre.compile(
    r"\b(?:Al[- ]Shabaab|Shabaab|Taliban|Islamic State|ISWAP|JNIM|HTS|Boko Haram|militants|jihadists|insurgents|rebels)\b[^.;]{0,40}?\b(?:publicly executed|executed (?:\w+ ){0,4}?by (?:a )?firing squad)\b", re.I)
_PREDECESSOR_BEFORE = fastre.compile(r"\b(?:predecessor|successor|the late (?:\w+ ){0,2}?)[,]? (?:who|whom) (?:was|had been) $", re.I)
_DEADLINE_TO = fastre.compile(r"\b(?:days|weeks|months|deadline|time|grace period) to (?:[\w-]+ or )?$", re.I)
_PREP_MEETING_AFTER = fastre.compile(r"\s+(?:preparation|preparatory|planning) (?:meetings?|sessions?)\b", re.I)
_HALTING = fastre.compile(r"\b(?:halting|suspending|ending|stopping|ceasing|freezing)\b", re.I)
_ANY_ONE_WHO = fastre.compile(
    r"\bany (?:[\w-]+ )?(?:group|gang|militia|faction|organi[sz]ation|one|person|side|force|attacker)s? (?:that|who|which) (?:dares? to )?$", re.I)
_STAY_AWAY_FROM = fastre.compile(r"\bstay (?:away|clear) from (?:their |the |its |such |all )?(?:[\w-]+ )?$", re.I)
_CASE_RELATED_TO = fastre.compile(r"\bcase (?:related|relating|linked) to (?:the )?(?:[\w-]+ ){0,3}$", re.I)
_NO_SHOT = fastre.compile(r"\bwithout (?:a (?:single )?shot being fired|firing a (?:single )?shot)\b|\bno shots? (?:was|were) fired\b", re.I)
_YEARS_SPAN_AFTER = fastre.compile(r"[^.;]{0,60}?\b(?:between (?:19|20)\d\d and|from (?:19|20)\d\d to) (?:19|20)\d\d\b", re.I)
# someone's past command of a battle; a court's award for an old wrong; what an arrested man had said at a rally
_COMMANDED_BEFORE = fastre.compile(r"\bwho (?:had )?(?:commanded|led|directed|oversaw|overseen|headed) (?:the |a )?(?:[\w-]+ )?$", re.I)
_COURT_AWARD = fastre.compile(
    r"\b(?:court|tribunal|judges?)\b[^.;]{0,60}?\b(?:ordered|awarded|told)\b[^.;]{0,40}?\bto pay\b|\bordered to pay (?:[\w,.]+ )?(?:compensation|damages)\b", re.I)
_AFTER_HE_SPOKE = fastre.compile(
    r"\bafter (?:he|she|they) (?:had )?(?:criticised|criticized|spoke|addressed|denounced|attacked the government|accused)\b[^.;]{0,60}$", re.I)
# a film's, a book's or an exhibition's subject, up to the trigger
_WORK_ABOUT = fastre.compile(
    r"\b(?:documentary|documentaries|film|movie|novel|memoir|play|exhibition|podcast|docuseries)\s+(?:about|depicting|chronicling|telling the story of|on the lives of)\s+(?:[\w'’-]+\s+){0,6}$|"
    r"\b(?:series|documentary|film|movie|drama|novel|play)\s+(?:about|depicting|on)\b[^.;]{0,70},\s+featuring\s+(?:[\w'’-]+\s+){0,4}$|"
    # "a documentary about the 2010 military crackdown on Red Shirt protesters premiered": a longer subject, no comma in it
    r"\b(?:documentar(?:y|ies)|film|movie|exhibition|book|novel|play|musical)\s+(?:about|on|depicting|recounting|chronicling)\b[^.;,]{0,80}$", re.I)
# what the police say of the man they arrested, in the next sentence: "Police said he had been involved in ..."
_SAID_OF_ARRESTED = fastre.compile(
    r"(?:[\w'’-]+\s+){1,3}(?:said|says|claimed|alleged|added)\s+(?:that\s+)?(?:he|she|they|the (?:man|men|suspects?|accused))\b", re.I)
# what the arrested are charged with, up to a protest word in the same clause
_ARREST_CHARGE = fastre.compile(
    r"\b(?:for allegedly|on charges? of|charged with(?! (?:batons|sticks|lathis|truncheons|clubs)\b)|on suspicion of|(?:had been|was|were|being) involved in)\s[^.;:]{0,95}$", re.I)
# events told of other places than the report's ("killed in unrest in other counties"; casualties
# reads the same words after a toll)
OTHER_PLACES = r"(?:in other (?:counties|towns|cities|districts|provinces|regions|states|areas|parts of (?:the )?(?:country|city|capital|town|district|region|province))|elsewhere in the country|in (?:a |another )?separate (?:incident|attack|clash|shooting) (?:elsewhere|in another)|elsewhere (?:that|the same|on the same) day|in the wider (?:[\w'’-]+ ){0,3}?(?:area|region|district|city))"
_ELSEWHERE = fastre.compile(rf"\b{OTHER_PLACES}\b", re.I)
# the arrested said to have taken part in an earlier day's violence
_EARLIER_DEEDS_CHARGED = fastre.compile(
    r"\b(?:involved in|took part in|taking part in|blamed for|accused of|suspected of)\s+(?:the\s+)?(?:previous day's|day-earlier|last week's|last month's|earlier|recent|previous)\b", re.I)
_ARRESTED = fastre.compile(r"\b(?:arrest(?:ed|s)?|detain(?:ed|s)?|held|nabbed|remanded|picked up)\b", re.I)
_DESTRUCTIVE_TRIGGERS = frozenset({"_protest_violence", "Looting/property destruction", "_riot"})
_LAUNCHED_AFTER = fastre.compile(
    r"\b(?:(?:launched|began|started|mounted|initiated)\s+(?:[\w-]+\s+){0,3}?after|followed|came (?:(?:days|a day|hours|weeks) )?after|"
    r"came in (?:response|retaliation) to)\b[^.;]{0,150}$", re.I)
_RELEASE_TALKS = fastre.compile(
    r"\b(?:talks?|discuss\w*|negotiat\w*|efforts?|met|meeting|mediat\w*)\b[^.;]{0,100}\brelease of (?:the )?(?:remaining )?(?:[\w-]+ )?$", re.I)
_RELEASE_APPEAL = fastre.compile(
    r"\b(?:call(?:ed|ing|s)?|urg(?:ed|ing|es)|demand(?:ed|ing|s)?|appeal(?:ed|ing|s)?|press(?:ed|ing)?) (?:for )?(?:[\w'’-]+ ){0,8}?"
    r"(?:the )?release of (?:the |all |remaining )?$", re.I)
_RETURN_OF = fastre.compile(r"\b(?:return\w*|releas\w*|hand\w* over|free\w*|exchang\w*)\s+(?:of\s+)?(?:the\s+)?(?:\d+\s+|\w+\s+)?$", re.I)
_DRUG_FEUD = fastre.compile(r"\b(?:settling of scores|score-settling|rival drug (?:dealers|gangs|traffickers|cartels)|drug turf)\b", re.I)
# a police raid that ends in arrests, and harm done in it
_POLICE_ARREST = fastre.compile(
    r"\b(?:police|policemen|officers|detectives|law enforcers?|gendarmes?|CTD|RAB|DB|CID|FIA|personnel|forces|troops|soldiers)\b[^.;]{0,160}\b(?:arrest\w*|detain\w*|nabbed|held)\b"
    r"|\b(?:arrested|detained|held|picked up|rounded up)\s+by\s+(?:the\s+)?(?:police|officers|detectives|law enforcers|gendarmes|RAB|DB|CTD|forces|troops|soldiers|joint forces)\b", re.I)
_POLICE_SEARCH = fastre.compile(r"\braids?\b[^.;]{0,40}\b(?:(?:being|were|are|was) (?:being )?conducted|to (?:recover|rescue|arrest|nab|find|trace|locate))\b", re.I)
_HARMED = fastre.compile(r"\b(?<!playing )(?<!played )(?<!posing as )(?:kill\w*|dead|died|injur\w*|wound\w*|hurt|shot|beat\w*|tortur\w*|gunfight|clash\w*|exchange of fire)\b", re.I)


# a battle word for a struggle with a disaster, rubble, prices or a drama's script
_DISASTER_AFTER = fastre.compile(
    r"[^.;]{0,40}?\b(?:floods?|flooding|fires?|flames|blazes?|wildfires?|pandemic|epidemic|outbreak|drought|heat ?wave|disease|storms?|cholera|covid(?:-19)?|measles|malaria|ebola|dengue|virus|infections?|famine|hunger|inflation|corruption|addiction|cancer)\b", re.I)
_STRUGGLE_AFTER = fastre.compile(
    r"\s+(?:to (?:contain|control|save|rescue|stem|curb|tame|put out|douse|find|keep|stay|survive|price(?: in)?|value|sell|buy|meet|cope|raise)|through (?:the )?(?:rubble|debris|flames|snow|mud)|scenes|sequences)\b", re.I)


_OFFICE_RACE_AFTER = fastre.compile(
    r"s?\s+for\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:mayoralty|mayor's office|presidency|premiership|governorship|leadership|nomination|seats?|votes?|chair(?:manship)?)\b", re.I)


# the sentence of a battle word is about an election ("a two-phase assembly poll ..., setting the
# stage for a fierce battle between the ruling alliance and the BJP")
_POLL_TALK = fastre.compile(r"\b(?:polls?|elections?|electoral|by-elections?|votes?|voting|voters|ballots?|campaign(?:s|ing)?|candidates?|constituenc(?:y|ies)|seats?)\b", re.I)
_FOUGHT_BY_PEOPLE_AFTER = fastre.compile(r"\s+(?:[\w-]+\s+){0,2}?between\s+(?:[\w'’-]+\s+){0,6}?(?:supporters|activists|workers|cadres|men|youths|members|followers|groups)\b", re.I)


def _figurative_battle(text: str, t: Trigger, before: str, sent_start: int, sent_end: int) -> bool:
    """A clash word used of no fight: "Bangladesh battled the worst floods in a century",
    "rescuers battled through rubble", "the central bank battled to contain inflation", "the
    drama's battle scenes", "the army joined the rescue battle"."""
    word = t.text.lower()
    if word.startswith(("battl", "fought", "fight")) and _DISASTER_AFTER.match(text[t.span.end : sent_end]):
        return True
    if word.startswith("battl") and _ILLNESS_AS_BEFORE.search(before):
        return True  # "describing the cholera outbreak as a battle the country could not afford to lose"
    if word.startswith("battl") and fastre.search(r"\b(?:losing|uphill|legal|court|courtroom|custody|bidding|ratings|price|political|electoral|ballot)\s+$", before, re.I):
        return True  # "a losing battle against cholera", "a legal battle over the land"
    if word.startswith(("fought", "fight", "battl", "wag")) and fastre.match(
            r"(?:\s+\w+)?\s+(?:an?\s+)?(?:losing|uphill|legal|court|courtroom|custody|bidding|ratings|price|political|electoral|ballot)\s+battles?\b", text[t.span.end : t.span.end + 50], re.I):
        return True  # "the central bank fought a losing battle to defend the rupee"
    if word.startswith(("battl", "fought", "fight")) and _OFFICE_RACE_AFTER.match(text, t.span.end):
        return True  # "campaigning for the battle for Kathmandu's mayoralty": an election race
    if word.startswith(("battl", "fight", "fought")) and fastre.match(
            r"\s+(?:in|at|before) (?:the )?(?:parliament|courts?|senate|congress|national assembly|assembly|polls|ballot box|supreme court|high court)\b", text[t.span.end : t.span.end + 40], re.I):
        return True  # "prepare for a long battle in parliament"
    if word.startswith("battle") and fastre.search(r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}$", before, re.I) and _has_poll_talk(
            text, sent_start, sent_end) and not _FOUGHT_BY_PEOPLE_AFTER.match(text, t.span.end, sent_end):
        return True  # "setting the stage for a fierce battle between the ruling alliance and the BJP" in a poll
    return word.startswith(("battl", "siege")) and bool(
        _STRUGGLE_AFTER.match(text[t.span.end : t.span.end + 40]) or fastre.search(r"\brescue\s+$", before, re.I))


def _victims_account(text: str, t: Trigger, sent_start: int) -> bool:
    """A rape told as the victim's own accusation ("a woman accused them of raping her while
    she was held at a police station"): the report of the event, not blame for one told elsewhere."""
    return t.sub_event_type == "Sexual violence" and bool(
        _VICTIM_ACCUSED.search(text, max(sent_start, t.span.start - 120), t.span.start)
        and fastre.match(r"\s+(?:her|them)\b", text[t.span.end : t.span.end + 6]))


def _has_poll_talk(text: str, sent_start: int, sent_end: int) -> bool:
    """The sentence speaks of an election and of no one hurt."""
    sent = text[sent_start:sent_end]
    return bool(_POLL_TALK.search(sent)) and not _HARMED.search(sent)


def _order_cause(text: str, order: Trigger, t: Trigger) -> bool:
    """Whether ``t`` is what prompted ``order``, an order or an agreement (told after it in its
    sentence, with no deaths)."""
    if t.sentence != order.sentence or t.span.start <= order.span.end:
        return False
    between = text[order.span.end : t.span.start]
    return bool(_ORDER_CAUSE.search(between)) and not _DEATHS.search(text, order.span.end, t.span.end + 60)


# an explosion's cause given as a mishap, in any sentence of the report
# "'It was like an atomic bomb,' said one resident": a comparison, no bomb
_VICTIM_ACCUSED = fastre.compile(
    r"\b(?:woman|girl|teenager|student|detainee|she)\b(?:[^.;]{0,20}?\baccused|[^.;]{0,40}?\b(?:filed|lodged) (?:a |an )?(?:[\w-]+ )?(?:complaint|case|report)\b[^.;]{0,20}?\baccusing) "
    r"(?:them|him|(?:the |two |three |four |\d+ )?(?:[\w-]+ )?(?:men|officers|policemen|soldiers|guards))(?: \([^()]{0,40}\))? of\s+$", re.I)
# "Erdogan warned that Turkish troops could launch a fresh ground offensive": one that may come
_MODAL_LAUNCH_BEFORE = fastre.compile(r"\b(?:could|would|will|may|might|ready to|poised to|threaten\w* to) (?:soon )?(?:launch|begin|start|mount|stage|unleash) (?:a |an |its |their )?(?:(?:new|fresh|major|full-scale|large-scale|ground|military|wider|long-awaited|final) )*$", re.I)
# "A decade after Islamic State fighters swept into Sinjar, killing ...": a retrospective
_YEARS_AFTER_LEAD = fastre.compile(r"^\W*(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|\d+|several|many|some) (?:decades?|years?) (?:after|since)\b[^.;]*$", re.I)
_ANNOUNCED_THEY_WOULD_CHANGE = fastre.compile(r"\b(?:announced|declared|said|stated|agreed)\b(?: on \w+)?(?: that)? (?:they|it|the (?:two |three )?(?:groups?|factions?|movements?|brigades?)) would $", re.I)
_PREPARING_BEFORE = fastre.compile(r"\b(?:prepar(?:ed|ing)|(?:were|was) getting ready|(?:were|was) about) (?:to (?:hold|stage|start|begin|lead|launch|join) |for )?(?:a |an |the |their |its )?(?:[\w'’-]+ ){0,2}$", re.I)
_ARMED_RANKS = fastre.compile(r"\b(?:army|armed|militias?|brigades?|battalions?|rebels?|fighters|insurgents?|jihadists?|militants?|guerrillas?)\b", re.I)
_PERSUADED_AFTER = fastre.compile(r"\s+(?:and|to)\s+(?:persuad\w+|convinc\w+|assur\w+|negotiat\w+ with|talk\w* (?:to|with)|calm\w*)\b", re.I)
_NO_HOSTILE = fastre.compile(r"\bno (?:hostile|enemy|insurgent|militant) (?:action|fire|activity|involvement)\b", re.I)
_REMEMBER_BEFORE = fastre.compile(r"\b(?:remember|honou?r|mourn|commemorate)(?:ing)? (?:the|those)\b[^.;]{0,100}$", re.I)
_REMEMBER_PURPOSE = fastre.compile(r"\bto (?:remember|honou?r|mourn|commemorate) (?:the|those)\b", re.I)
_PAST_YEAR_AFTER = fastre.compile(r"[^.;]{0,60}?\b(?:in|of|since) (?:the )?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:19|20)\d\d\b", re.I)
_DEMAND_WORDS = fastre.compile(r"\b(?:demand\w*|call(?:ed|ing)? (?:for|on)|urg\w+|protest\w*|justice|slogans?|accountability|chant\w*)\b", re.I)
_MEMBERS_CAPTURED_AFTER = fastre.compile(r"\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:alleged |suspected )?(?:[\w-]+ )?(?:members|fighters|militants|rebels|guerrillas|insurgents|commanders|leaders) of\b", re.I)
_RELEASED_A_BEFORE = fastre.compile(r"\b(?:released|freed|set free|handed over) (?:a |an |the |two |three |four |\d+ )?$", re.I)
_RESUME_AFTER_LIFT_BEFORE = fastre.compile(r"\b(?:would|will|to) (?:lift|end|break) (?:its|their) (?:unilateral )?(?:ceasefire|truce) and (?:resume|restart|relaunch) (?:[\w-]+ )?$", re.I)
_ECONOMIC_BLOCKADE_AFTER = fastre.compile(r"\s+(?:on|of) (?:fuel |food |goods )?(?:imports|supplies|fuel|trade|goods|exports)\b", re.I)
_RISK_EDUCATION = fastre.compile(r"\b(?:mine|explosive|ordnance)[- ]risk (?:education|awareness)\b|\bawareness (?:sessions?|campaigns?) (?:on|about) (?:[\w-]+ ){0,2}?(?:mines|explosives|ordnance)\b", re.I)
_CUSTOMS = fastre.compile(r"\bcustoms (?:officers|officials|agents|agency|authorities|service)\b", re.I)
_ACCOUNTS_OF_BEFORE = fastre.compile(r"\b(?:accounts|reports|claims|allegations|stories) (?:of|that) (?:[\w'’-]+ ){0,5}$", re.I)
_CALLED_FAKE_AFTER = fastre.compile(r"[^.;]{0,60}?\b(?:was|were|are|is) (?:[\x22“'‘])?(?:fake|false|fabricated|baseless|untrue|lies|propaganda)\b", re.I)
_WHOSE_HAVE_BEFORE = fastre.compile(r"\bwhose (?:[\w-]+ ){1,3}(?:have|had|has) (?:long |repeatedly |often |frequently )?$", re.I)
_BYLAW = fastre.compile(r"\b(?:ordinances?|by-?laws?|city council|municipal council|council approved)\b", re.I)
_REPORT_SAYS_BEFORE = fastre.compile(r"\breport\b[^.;]{0,60}?\b(?:says?|said|found|finds|alleges?|alleged|accuses?|concluded)\b[^.;]{0,60}\b(?:have|has|had) been $", re.I)
# "The victim ... had been found carrying a machete": the lynched man's arms (assemble reads it too)
VICTIM_CARRYING = (r"(?:\b(?:the victim|the deceased|the dead man|the slain man)\b[^.;]{0,40}?\b(?:found|caught|seen) (?:[\w-]+ )?carrying "
                   # "a crowd beat to death a man ... after he was found with a machete": his arms, not the crowd's
                   r"|\b(?:after|when|as) (?:he|she|they) (?:was|were|had been) (?:found|caught|seen) (?:with|carrying) )")
_VICTIM_CARRYING_BEFORE = fastre.compile(VICTIM_CARRYING + r"(?:a |an |two |several )?(?:[\w-]+ )?$", re.I)
_STICKS_OF = fastre.compile(r"\s+of\s+(?:dynamite|explosives?|gelignite|TNT|incense)\b", re.I)
_SIMILE = fastre.compile(r"\blike (?:an? )?(?:atomic |nuclear |huge |massive )?(?:bomb|bombing|explosion|war zone)\b", re.I)
# "An ammunition depot at an army base exploded ... The army said the blast was accidental and blamed high temperatures"
_BLAST_WAS_ACCIDENTAL_RX = r"\b(?:blast|explosion|fire|blaze|detonation)s? (?:was|were|had been) (?:purely |an? )?accident(?:al)?\b"
_BLAST_WAS_ACCIDENTAL = fastre.compile(_BLAST_WAS_ACCIDENTAL_RX, re.I)
_CAUSED_BY_MISHAP = fastre.compile(
    _BLAST_WAS_ACCIDENTAL_RX + "|"
    r"\b(?:came from|caused by|was|were|part of|during) (?:the |a |an )?(?:planned )?controlled demolitions?\b|"  # "a loud blast heard across the city came from the controlled demolition of a damaged block"
    # "engineers brought down the old stadium stand with a controlled explosion"
    r"\b(?:brought down|demolished|knocked down|took down|pulled down|razed)\b[^.;]{0,80}?\bwith (?:a |an )?(?:series of )?controlled (?:explosions?|detonations?|blasts?|demolitions?)\b|"
    r"\b(?:gunpowder|black powder|explosives|fireworks|chemicals|fuel)\s+(?:[\w-]+\s+){0,2}?(?:stored|kept)\b[^.;]{0,60}?\b(?:set off|caused|triggered|sparked)\s+the\s+(?:blast|explosion|fire|blaze)\b|"
    # "after dynamite used to break rock detonated prematurely": a mining accident
    r"\b(?:dynamite|explosives?|charges?|blasting caps?)\b[^.;]{0,60}?\b(?:detonated|exploded|went off|ignited) (?:prematurely|accidentally)\b|"
    # "An explosion at an artisanal gold mining site ... Officials said dynamite stored at the site had caught fire"
    r"\b(?:dynamite|gunpowder|explosives|ammonium nitrate)\s+(?:[\w-]+\s+){0,1}?(?:stored|kept)\s+(?:at|in|on)\s+(?:[\w-]+\s+){1,3}?(?:had\s+)?(?:caught fire|exploded|ignited)\b|"
    r"\b(?:ammonium nitrate|chemicals|explosives|fireworks|fuel)\b[^.;]{0,60}?\b(?:stored|kept|left) (?:unsafely|improperly|carelessly)\b|"
    r"\b(?:stored|kept|left) (?:unsafely|improperly)\b[^.;]{0,60}?\b(?:ammonium nitrate|chemicals|explosives|fireworks|fuel)\b|"
    r"\battributed (?:the )?(?:blast|explosion|fire|blaze) to (?:an? |the )?(?:[\w-]+ ){0,3}?(?:firedamp|methane|gas|leak\w*|short circuit|electrical|chemicals?)\b|"
    # "Firefighters said a gas leak was the most likely cause"
    r"\b(?:a |the )?gas leak (?:was|is|as) (?:the |a )?(?:most |more )?(?:likely|probable|suspected|possible|apparent) cause\b|"
    # "An explosion at a coal mine killed seven miners. Authorities suspect a build-up of methane gas"
    r"\b(?:suspect\w*|blam\w+|believ\w+|said|cited|attributed)\b[^.;]{0,40}?\b(?:build-?up|accumulation|pocket|leak) of (?:[\w-]+ )?(?:methane|firedamp|gas)\b|"
    r"\bblamed (?:the (?:blast|explosion|fire) on )?(?:[\w,]+ ){0,5}?(?:ammonium nitrate|chemicals|explosives|fireworks|fuel|dynamite|gunpowder|munitions|ammunition)\b[^.;]{0,40}?\b(?:stored|kept|left)\b|"
    r"\b(?:blast|explosion|fire|blaze|it)s? (?:was|were|had been) (?:\w+ )?(?:caused|triggered|sparked|set off) by\b[^.;]{0,80}?"
    r"\b(?:stored|storage|gas|leak\w*|short circuit|electrical|ammonium nitrate|chemicals?|fireworks?|boiler|cylinder|fuel|welding|negligence)\b", re.I)
# people who could have set a fire or thrown stones
_CROWD_DOERS = fastre.compile(r"\b(?:protesters|demonstrators|crowds?|mobs?|rioters|residents|villagers|supporters|activists|students|workers|farmers|traders|drivers|youths?|men|locals|attackers|assailants|arsonists)\b", re.I)
# a later sentence that dates the report by an earlier deed: "The reports came after two soldiers were killed ..."
# (casualties reads it too: "The incident came days after ..., in which 7 died" is another event's toll)
CAME_AFTER = fastre.compile(r"\W*(?:The|This|That|It|These|Those)\s+(?:[\w-]+\s+){0,2}?(?:came|comes|followed|follows)\s+(?:(?:(?:a|one|two|three|several|\w+)\s+)?(?:hours?|days?|weeks?)\s+)?(?:after|amid|following)\b", re.I)
# a war's course told in the present perfect: "have exchanged fire along the border almost daily since 8 October"
_ONGOING_SINCE = fastre.compile(r"\b(?:have|has) (?:\w+ ){0,2}?(?:exchanged|fought|clashed|traded|battled|been (?:fighting|clashing|exchanging))\b[^.;]*\bsince\b", re.I)
# the toll of a spell of fighting told as its relative clause: "after days of fighting that killed dozens"
_SPELL_THAT = fastre.compile(r"\b(?:after|following|amid|despite|ending|to end) (?:the )?(?:\w+ ){0,2}(?:days?|weeks?|months?|years?) of [^.;,]{0,60}?\b(?:that|which)\s+(?:had\s+|have\s+)?$", re.I)
_NO_POLITICS = fastre.compile(
    r"\b(?:with )?(?:no|without(?: any)?) (?:known |apparent |obvious |clear )?political (?:or [\w-]+(?: [\w-]+)? )?(?:affiliations?|motives?|links?|connections?|ties)\b"
    # "neither man was linked to any gang or armed group"
    r"|\b(?:neither (?:man|woman|suspect|of them)|none of them|(?:he|she|they|the (?:suspect|victim|accused)s?) (?:was|were) not) (?:was |were )?(?:known to be )?"
    r"(?:linked|tied|connected|affiliated) (?:to|with) any (?:[\w-]+ )?(?:gangs?|armed groups?|militias?|part(?:y|ies)|groups?)(?: or (?:[\w-]+ )?(?:gangs?|armed groups?|militias?|part(?:y|ies)|groups?))?\b"
    # "ruling out any link to militant activity"
    r"|\brul(?:ed|ing|es) out (?:any )?(?:links?|connections?|involvement) (?:to|with|of) (?:any |the )?(?:militants?|militant activity|militancy|terrorism|terrorists?|insurgents?|insurgency|separatists?|rebels?|armed groups?|foul play|sabotage)\b", re.I)
# a crowd that went home, after "dispersed" or "dispersed by": "by early afternoon", "without incident"
_WENT_HOME = fastre.compile(
    r"(?:\s+by)?\s+(?:early|late|mid|noon|midday|evening|afternoon|night|nightfall|dusk|the (?:evening|afternoon)|\d)|\s+(?:peacefully|without incident|quietly)", re.I)
_VEHICLE_AFTER = fastre.compile(r"\s+(?:bus|car|vehicle|lorry|truck|van|minibus|tanker)\b", re.I)
# the object of a call: "called on 22 June for 'millioniya' marches across Sudan on 30 June"
_CALL_OBJECT = fastre.compile(r"(?<!answered a )(?<!heeded a )(?<!answered the )(?<!heeded the )(?<!responded to a )(?<!responded to the )"
                          r"(?<!answering )(?<!answering a )(?<!answering the )(?<!heeding )(?<!heeding a )(?<!heeding the )(?<!answered )(?<!heeded )"
                          r"(?<!responding to )(?<!responding to a )(?<!responding to the )(?<!in response to )(?<!in response to a )(?<!in response to the )\bcall(?:ed|ing|s)?\s+(?:on\s+(?:[\w,]+\s+){1,6}?)?for\b(?![^.;]*\b(?:while|as|when|after|before)\b)(?![^.;]*\b(?:staged|held|took out|brought out|organi[sz]ed|carried out)\b)[^.;]*$", re.I)
# people a participle "captured" describes ("soldiers captured during the defence of ..."), and what follows it
_PEOPLE_BEFORE = fastre.compile(r"\b(?:soldiers|troops|servicemen|guardsmen|fighters|militants|combatants|prisoners|POWs|civilians|those|people|men|sailors|marines|pilots|defenders)\s+$", re.I)
_CAPTURED_WHEN = fastre.compile(
    r"\s+(?:during|by|in (?:the )?(?:battle|fighting|defen[cs]e|siege|war|offensive)|earlier|last|since|when|after|while|on the (?:front|battlefield)"
    r"|(?:in|at|near) (?:(?-i:[A-Z])[\w'’-]+ ){1,2}in (?:19|20)\d\d)\b", re.I)  # ("captured in Mariupol in 2022")


# A protest not yet held, told by the words before it: "a day before the party was due to hold
# a rally", "would begin an indefinite strike next week, with plans for a sit-in", "announced that
# a general strike would be held on 16 June", "announced that they would hold a third day of
# strikes", "urging supporters to join marches in Haifa", "Organisers of the Tel Aviv rallies
# announced a day of disruption the following Thursday", "called on Thursday for a general strike
# and street demonstrations starting Monday".
_DUE_TO_HOLD = fastre.compile(
    r"\b(?:was|were|is|are) (?:due|scheduled|set|expected|planning) to (?:hold|stage|organi[sz]e|launch|begin|start) (?:a |an |the |its |their )?(?:[\w-]+ )?$"
    r"|\bwould (?:begin|start|launch|hold|stage) (?:an? |the |its |their )?(?:[\w-]+ ){0,3}?(?:strike|protest|march|rally|sit-in)[^.;]{0,60}?\bplans? for (?:a |an )?(?:[\w-]+ )?$",
    re.I)
_ANNOUNCED_THAT = fastre.compile(r"\bannounced (?:on [\w ]+ )?that (?:an? |the |its )?(?:[\w-]+ ){0,3}?$", re.I)
_TO_BE_HELD = fastre.compile(r"[^.;]{0,60}?\b(?:would|will|is to|was to) be (?:held|staged|observed)\b", re.I)
_ANNOUNCED_THEY_WOULD = fastre.compile(
    r"\bannounced (?:on [\w ]+ )?that (?:they|it|the \w+) would (?:hold|stage|launch|begin|start|organi[sz]e) (?:an? |the |its |their )?(?:[\w-]+ ){0,7}?$", re.I)
_URGED_TO_JOIN = fastre.compile(
    r"\b(?:urg\w+|call\w* on|asked|appeal\w* to|invit\w+) (?:[\w'’-]+ ){0,3}?to (?:join|attend|take part in|participate in)\s+(?:the\s+|a\s+)?(?:[\w-]+ )?$", re.I)
# "called on supporters to gather outside parliament on Saturday for ... the largest rally"
_CALLED_TO_GATHER = fastre.compile(
    r"\b(?:urg\w+|call\w* on|asked|appeal\w* to) (?:[\w'’-]+ ){0,3}?to (?:gather|assemble|rally|come out|turn out|converge|march|flood|fill|pour into|take to)\b[^.;]{0,100}$", re.I)
_HELD_AFTER_ALL = fastre.compile(r"\b(?:and|but) (?:[\w'’-]+ ){0,3}?(?:did|came|gathered|turned out|marched|heeded)\b", re.I)
_ORGANISERS_OF = fastre.compile(r"\b(?:organi[sz]ers|leaders|conveners) of (?:the )?(?:[\w'’-]+ ){0,3}$", re.I)
# "announced on Thursday a 24-hour general strike for later this month": called, not held
_ANNOUNCED_BEFORE = fastre.compile(r"\b(?:announced|called|declared|set)\b[^.;]{0,60}$", re.I)
_FOR_LATER = fastre.compile(
    r"[^.;]{0,40}?\b(?:for|on|from|starting) (?:later this (?:month|week|year)|next (?:week|month|year|\w+day)|the (?:coming|following) (?:week|month|days)"
    r"|this (?:coming )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b", re.I)
_LATER_DAY = fastre.compile(
    r"\b(?:announced|would be held|will be held|plann\w+|scheduled|next (?:week|\w+day)|the following (?:\w+day|week))\b", re.I)


# words around a trigger that make it no event (see filter_triggers)
_RULES_ON_BEFORE = fastre.compile(
    r"\b(?:rules?|laws?|restrictions?|curbs?|limits?|regulations?|bill|legislation) (?:on|governing|restricting|regulating) (?:the )?(?:right to )?(?:[\w-]+ )?$", re.I)
_DEBATE = fastre.compile(r"\b(?:lawmakers|legislators|senators|parliamentary (?:battle|debate|session)|debate|war of words|verbal(?:ly)?)\b", re.I)
# words around a trigger that make it told rather than done (each read once in filter_triggers, with an
# example at the rule): a report's subject, a charge, the dead of an earlier fight, a date, a gesture in a
# chamber, a sonic boom, a shelling duel
_REPORTED_ABOUT = fastre.compile(r"\b(?:reported|reporting|wrote|writing|posted|covering|covered|coverage|filmed|filming|photographed) (?:on |about |of )?(?:the )?$", re.I)
_CASES_AFTER = fastre.compile(r"(?:\s+(?:and|or)\s+[\w-]+)?\s+cases?\b", re.I)
_DEED_NOUN = fastre.compile(r"(?:murders?|abductions?|kidnappings?|killings?|robber(?:y|ies)|rapes?|assaults?|attacks?|extortion|arson)", re.I)
_BODIES_OF = fastre.compile(r"\b(?:bodies|remains|corpses) of (?:the )?(?:[\w'’-]+ ){0,3}$", re.I)
_KILLED_ONE_BEFORE = fastre.compile(r"\b(?:a|the|its|their|his) (?:[\w-]+ ){0,2}?(?:commander|leader|chief|governor|emir|amir|wali|deputy|predecessor)s? $", re.I)
_LAST_PERIOD = fastre.compile(r"\s+(?:last|earlier this|the previous) (?:week|month|year)\b", re.I)
_LIFT_BEFORE = fastre.compile(r"\b(?:lift|lifted|lifting|ease|eased|easing) (?:the |its |their )?$", re.I)
_MIGHT_BEGIN = fastre.compile(r"\s+(?:could|would|will|may|might) (?:begin|start|be launched|come)\b", re.I)
_RUMOUR_BEFORE = fastre.compile(r"\brumou?rs?\b[^.;]{0,70}$", re.I)
_WAS_DONE_BEFORE = fastre.compile(r"\b(?:after|over|against) (?:an? |the )?(?:[\w'’-]+ ){0,5}?(?:was|were|had been|has been|have been) $", re.I)
_SINCE_BEFORE = fastre.compile(r"\bsince (?:the )?(?:[\w'’-]+ ){0,2}$", re.I)
_ILLNESS_AS_BEFORE = fastre.compile(r"\b(?:outbreak|epidemic|pandemic|disease|virus|cholera|malaria|measles|drought|famine|inflation|poverty)s? as (?:an? |the )(?:[\w-]+ )?$", re.I)
_GUARD_AGAINST_BEFORE = fastre.compile(r"\b(?:against|prevent|preventing|stop|stopping|curb|curbing|counter|countering|deter|deterring)\s+(?:any\s+|further\s+|the\s+)?$", re.I)
_SWAPPED_MEN_AFTER = fastre.compile(r"\s+(?:soldiers|servicemen|prisoners|fighters|troops|POWs|captives|men|women|civilians)\b", re.I)
_RETURNED = fastre.compile(r"\b(?:returned|released|freed|exchanged|swapped|repatriated|handed over)\b", re.I)
_AUTHORITIES_SAID_BEFORE = fastre.compile(r"\b(?:police|authorities|officials|the administration)\s+said,\s+$", re.I)
_PAST_YEAR_DEED_WHICH = fastre.compile(
    r"\bthe (?:19|20)\d\d (?:[\w'’-]+ ){0,3}?(?:bombings?|attacks?|massacres?|killings?|riots?|blasts?|shootings?),? (?:which|that|in which)\s+(?:\w+\s+){0,2}$", re.I)
_ELECTRICAL_FIRE = fastre.compile(r"\b(?:short[- ]circuits?|electrical (?:fault|short)|faulty (?:electrical )?wiring)\b", re.I)
_DETAINED_ADJ_BEFORE = fastre.compile(r"\b(?:of|for|about) (?:the )?(?:[\w-]+ ){0,2}?(?:men|people|relatives|sons|husbands|prisoners|activists|youths|students|those) $", re.I)
_DETAINED_ADJ_AFTER = fastre.compile(r"\s+(?:in|at|since|during|over|under|without)\b", re.I)
_ARRESTS_TREND_AFTER = fastre.compile(r"\s+(?:fell|rose|dropped|declined|increased|decreased|doubled|halved|jumped|climbed|have (?:fallen|risen|dropped|increased))\b", re.I)
_SINCE_FORCES_BEFORE = fastre.compile(r"\bsince (?:the )?(?:army|troops|military|government forces|forces|rebels|militants|fighters|[\w-]+ forces) $", re.I)
_IF_ATTACKED_BEFORE = fastre.compile(r"\bif (?:[\w'’-]+ ){0,5}?(?:were|was|are|is|got|get|came under) ['‘\x22“]?$", re.I)
_SURRENDER_PASSPORT = fastre.compile(r"surrender (?:his|her|their) (?:passports?|travel documents?)\b", re.I)
_LOOTED_ARMS_AFTER = fastre.compile(r"\s+(?:pistols?|weapons|firearms|rifles?|guns?|arms|ammunition|shotguns?|revolvers?)\b", re.I)
_BANK_ROBBERY = fastre.compile(r"\bfrom (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:banks?|bank branch|jewell?ery (?:shop|store)|ATM|cash van|money changer|petrol pump)\b", re.I)
_ROBBERY_WORD = fastre.compile(r"\b(?:robber(?:y|ies|s)?|robbed|heists?|hold-?ups?)\b", re.I)
_GROUP_THAT_LED_BEFORE = fastre.compile(r"\b(?:movement|group|union|alliance|coalition|platform|network|committee) (?:that|which) (?:has |have |had )?(?:led|organi[sz]ed|spearheaded|been leading) $", re.I)
_NO_MENTION_BEFORE = fastre.compile(r"\b(?:no mention of|did not mention|without (?:any )?mention of)\s+(?:an?\s+|any\s+)?$", re.I)
_PROTEST_NOUN_ADJUNCT_AFTER = fastre.compile(r"\s+(?:zones?|permits?|laws?|rules?|bans?|restrictions?|regulations?)\b", re.I)
_DISASTER_ANNIVERSARY = fastre.compile(r"\b(?:to mark|marking) the (?:[\w-]+ )?anniversary of the (?:[\w-]+ )?(?:earthquake|quake|floods?|tsunami|cyclone|typhoon|hurricane|landslide|disaster|fire|explosion)\b", re.I)
_SUSPECTS_FOUND_WITH_BEFORE = fastre.compile(r"\bthe (?:two |three |four )?(?:men|man|suspects?)\b (?:had been|were|was) found (?:with|carrying) (?:a |an |two )?(?:[\w-]+ ){0,2}$", re.I)
_MOB_WORD = fastre.compile(r"\b(?:mob|mobs|angry crowd|lynch\w*)\b", re.I)
_FIRST_TIME_SINCE = fastre.compile(r"\bfor the first time since (?:an? |the )?(?:[\w'’-]+ ){0,2}$", re.I)
_MEMBER_OF_BEFORE = fastre.compile(r"\b(?:a|one|two|three|\d+) (?:suspected |alleged )?members? of (?:an? |the )$", re.I)
_DAYS_AFTER_BEFORE = fastre.compile(r"\b(?:days|weeks|a day|a week|hours) after (?:the )?(?:deadly |fierce |heavy |armed |recent )?$", re.I)
_PUNISH_THOSE_WHO = fastre.compile(
    r"\b(?:demand\w*|call\w* for|urg\w*|seek\w*)\s+(?:the\s+)?(?:arrest|punishment|trial|prosecution)\s+of\s+(?:those|the (?:people|men|persons|culprits|miscreants|youths|vandals))\s+(?:who|responsible for)\s+(?:had\s+)?$", re.I)
_FOR_BEFORE = fastre.compile(r"\b(?:for|over) (?:allegedly )?$", re.I)
_CHAMBER_WALKOUT = fastre.compile(
    r"\b(?:lawmakers|legislators|MPs|senators|deputies|councillors|blocs|opposition(?: members| parties| lawmakers)?)\b[^.;]{0,60}?\b(?:walkout|walked out)\b[^.;]{0,30}?\b(?:from|of) (?:the )?"
    r"(?:Lok Sabha|Rajya Sabha|parliament|assembly|senate|house|chamber|session|sitting|debate)\b", re.I)
_DEMONSTRATORS_WORD = fastre.compile(r"\b(?:protesters|demonstrators|marchers|crowds?|rally|march|streets)\b", re.I)
_SONIC_BOOM = fastre.compile(r"\b(?:broke|breaking|break) the sound barrier\b|\bsonic booms?\b", re.I)
_ARTILLERY_DUEL = fastre.compile(r"(?:traded|trading|exchanged|exchanging|exchange of) (?:heavy |intense |cross-border )?(?:artillery|mortar|shell|rocket)(?: and (?:mortar|artillery|rocket))? (?:fire|rounds|shells)\b", re.I)
# "held on suspicion of murdering a child", "a man suspected of killing three people": the charge
SUSPECTED_OF = fastre.compile(
    r"\b(?:on suspicion of|suspected of|accused of|charged with|convicted of)\s+(?:allegedly\s+|having\s+)?(?:(?:involvement|a role|complicity|taking part|participating) in\s+)?(?:the\s+)?$", re.I)
_CHARGED_WITH_BEFORE = fastre.compile(r"\b(?:(?:on |under )?(?:the )?(?:charges?|suspicion) of|accused of)\s+$", re.I)
_NO_DEAL_BEFORE = fastre.compile(
    r"\b(?:without (?:an? |any )?(?:agreement|deal|accord)|fail(?:ed|ing|s)? to (?:agree|reach (?:an? |any )?(?:agreement|deal|accord))|no (?:agreement|deal|accord)) "
    r"(?:on|over|about) (?:a |an |the |any )?(?:[\w-]+ ){0,2}$|"
    # "held a fresh round of talks aimed at extending a truce": talks, no deal yet
    r"\b(?:would|will) not agree to (?:extend(?:ing)?|renew(?:ing)?|sign(?:ing)?|accept(?:ing)?) (?:the |a |an |any )?(?:[\w-]+ ){0,3}(?:\w+-)?$|"
    r"\btalks\b[^.;]{0,60}?\b(?:aimed at|seeking to|meant to|intended to) (?:(?:extend(?:ing)?|reach(?:ing)?|secur(?:e|ing)|renew(?:ing)?|restor(?:e|ing)|agree(?:ing)? on) )?(?:a |an |the )?(?:[\w-]+ ){0,2}$|"
    # "both sides saying they hoped to reach a ceasefire deal": a deal hoped for
    r"\b(?:hop(?:e|ed|es|ing)|expect(?:s|ed|ing)?|aim(?:s|ed|ing)?|seek(?:s|ing)?|sought|wants?|wanted|tr(?:y|ies|ied|ying)|push(?:es|ed|ing)?) to (?:reach|secure|strike|clinch|seal|finali[sz]e|conclude|agree on) (?:a |an |the )?(?:[\w-]+ ){0,2}$", re.I)
_QUIT_BEFORE = fastre.compile(
    r"\b(?:withdr[ae]w(?:ing)?|withdrawn|pull(?:ed|ing)? out|exit(?:ed|ing)?|quit(?:ting)?|renounc(?:ed|ing)|abandon(?:ed|ing)|tore up|tearing up|scrapp(?:ed|ing)) "
    r"(?:from |of )?(?:the |its |their )?(?:[\w-]+ ){0,3}$", re.I)
_NO_DEMONSTRATION_SAID = fastre.compile(
    r"\bno (?:street )?(?:demonstrations?|protests?|rall(?:y|ies)|march(?:es)?|gatherings?) (?:were|was|had been|have been) (?:reported|held|staged|seen)\b", re.I)
_LATEST_IN_A_SERIES = fastre.compile(r"\b(?:the )?(?:latest|last|newest|third|fourth|fifth) (?:in|of) an? (?:string|series|spate|wave|run|number) of (?:[\w-]+ )?$|"
                                 # "days after Baghdad came under pressure over a spate of drone attacks": the background
                                 r"\b(?:over|amid|following) (?:a |the )?(?:recent )?(?:spate|series|wave|string) of (?:[\w-]+ )?$", re.I)
_IN_A_PAST_PERIOD = fastre.compile(r"\s+(?:in|during) (?:last|the previous|the past) (?:week|month|year|weekend)['’]s\b", re.I)
_DEFUSE_FIGURATIVE = fastre.compile(r"defus\w* (?:the |a |an |rising |growing |mounting )?(?:[\w-]+ )?(?:tensions?|crisis|situation|standoff|stand-off|row|dispute|conflict|anger)\b", re.I)
# a market report: "traders weighed the risk of supply disruptions from attacks on shipping"
_RISK_OF_BEFORE = fastre.compile(r"\b(?:risks?|threats?|fears?|prospects?|dangers?|possibility) of\b[^.;]{0,50}$", re.I)
_MARKET_REPORT = fastre.compile(r"\b(?:oil|crude|gold|wheat|stock|share|bond) (?:prices?|futures|markets?)\b|\b(?:traders|investors|insurers|premiums|Brent|benchmark index)\b", re.I)
# a court's verdict, the main clause of its sentence, and what came after it in that clause
_COURT_VERDICT = fastre.compile(
    r"\b(?:courts?|judges?|tribunals?|jury|magistrates?)\b[^.;]{0,60}?\b(?:convicted|sentenced|acquitted|found (?:[\w'’-]+ ){0,4}?guilty|jailed)\b", re.I)
_VERDICT_AS_CAUSE = fastre.compile(r"\b(?:after|when|as|since|following|over|against|because|protest\w*|demonstrat\w*|rall\w*)\b", re.I)


_NOT_TAKING_PLACE = fastre.compile(r"\s+from (?:taking place|being held|going ahead)\b", re.I)
# "who had helped mobilise the protests": the person's past, not the event
_MOBILISED_BEFORE = fastre.compile(
    r"\bwho (?:had )?helped (?:to )?(?:mobili[sz]e|organi[sz]e|lead|coordinate) (?:the |a |an )?(?:[\w'’-]+ ){0,3}$|\bwho had (?:mobili[sz]ed|organi[sz]ed|led|coordinated) (?:the |a |an )?(?:[\w'’-]+ ){0,3}$", re.I)


_TARGET_OF = fastre.compile(r"\b(?:target(?:ed|ing)|kill(?:ed|ing)|eliminat\w+|shot|intercept\w+|arrest\w*|detain\w*|capture\w*) (?:an? |the |two |three )(?:(?!(?:when|as|after|before|by|while)\b)[\w'’-]+ ){0,3}$", re.I)
_DECLARED = fastre.compile(r"\b(?:declared|ruled|deemed|found|called) (?:that )?(?:the |his |her |their )?$", re.I)
_RULED_UNLAWFUL = fastre.compile(r"\s+(?:of\s+)?(?:[\w'’-]+\s+){0,6}?(?:unlawful|illegal|invalid|null and void)\b", re.I)
_RESUMED = fastre.compile(r"\b(?:resum\w+|renew\w+|continu\w+|expand\w+|launch\w+|press\w+ (?:on|ahead) with) (?:its|their|the|a) (?:[\w-]+ )?$", re.I)
_COUNT_CAPTURED = fastre.compile(
    r"\b(?:killed|dead|wounded|injured|arrested)\s+(?:,\s*)?and\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens|others?|more|some|many)\s+(?:\w+\s+)?(?:were\s+)?$",
    re.I)
_CAPTURED_PERSON = fastre.compile(
    r"\s+(?:the |an? |one |two |three |\d+ )?(?:alleged |suspected |presumed |main |prime )?"
    r"(?:aggressors?|suspects?|perpetrators?|assailants?|attackers?|killers?|murderers?|culprits?|robbers?|thie(?:f|ves))\b", re.I)
_HOLDING_OBJECT = fastre.compile(
    r"\s*(?:(?:took|seized|taken) control|took over|occupied|seized)?\s*(?:of\s+)?(?:a |an |the |their |his |her )?(?:[\w-]+ ){0,2}?(?:fish |shrimp |prawn )?(?:enclosures?|ponds?|ghers?|farmland|farms?|bazars?|ghats?|shops?)\b", re.I)
_DURING_ITS = fastre.compile(r"\b(?:during|amid|as part of|in) (?:its|their|the|a|an) (?:[\w-]+ )?$", re.I)
_AMID = fastre.compile(r"\bamid (?:the |a |ongoing |continuing |widespread |nationwide |mass )?(?:[\w-]+ )?$", re.I)
_PARADED = fastre.compile(r"\b(?:paraded|released|freed|exchanged|swapped|handed over|returned) (?:[\w-]+ ){0,3}?(?:of )?(?:the |their |its )?$", re.I)
_CAPTIVES = fastre.compile(r"\s+(?:[\w-]+ ){0,2}?(?:soldiers|troops|servicemen|fighters|militants|prisoners|POWs|combatants|officers)\b", re.I)


_HAD_ENDED = fastre.compile(r"[^.;,]{0,30}?\b(?:had|has|have) (?:ended|stopped|subsided|ceased|died down|abated)\b", re.I)


# gunmen as the subject of a sentence whose roads are "blocked": no demonstrators
_ARMED_BLOCKERS = fastre.compile(r"\s*(?:On [^,]{3,30},\s*)?(?:(?:the|some|several|dozens of|scores of|a group of|groups of|heavily|unidentified|masked|an|\d+) ){0,3}(?:armed (?:men|groups?|gangs?)|gunmen|hitmen|bandits|kidnappers|cartel (?:members|gunmen)|gang members|militants)\b", re.I)
# what a brawling crowd carries, no arms: "fought with sticks and stones"
_BLUNT = fastre.compile(r"(?:bamboo |wooden |iron )?(?:sticks?|stones?|rocks?|bricks?|brickbats?|clubs?|rods?|poles?|batons?|canes?|lathis?)", re.I)
_BACK_IN_STATE_HANDS = fastre.compile(
    r"\bback (?:in|under) (?:the )?(?:junta|government|army|regime|military|state|federal)(?:['’]s)? (?:hands|control)\b", re.I)
_DAYS_AFTER_LEAD = fastre.compile(r"\s*(?:[\w-]+ ){1,2}(?:days?|weeks?|months?|years?) after (?:[\w'’-]+ ){1,6}$", re.I)
_ARMS_INDUSTRY = fastre.compile(
    r"\s+(?:shells?\s+|ammunition\s+|munitions?\s+)?(?:plants?|factory|factories|production|producers?|makers?|manufactur\w*|contracts?|orders?|stocks?|exports?|imports?|deliver\w*|supplies|sales)\b", re.I)
_WILDLIFE = fastre.compile(
    r"\b(?:trampled|mauled|gored|bitten|dragged|attacked|killed)\b[^.;]{0,40}?\bby (?:an? |the |wild |rogue |a wild |a rogue )*"
    r"(?:elephants?|lions?|leopards?|tigers?|crocodiles?|hippos?|hippopotamus|bears?|snakes?|buffalo(?:es)?|hyenas?|wolves|wolf|stray dogs?)\b", re.I)
_ARREST_RAIDS = fastre.compile(r"\b(?:raids?|from (?:their|his|her) homes?|overnight|drives?|crackdown)\b", re.I)
# a protest named by when it happened, before another deed it explains: "since the blockade began",
# "filed over ... at an October rally"
_PROTEST_AS_BACKDROP = fastre.compile(
    r"\bsince (?:the|a|an|last year's|last month's) (?:[\w'’-]+ ){0,2}$"
    r"|\b(?:an?|the|that|its|their) (?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"earlier|previous|prior) $", re.I)
# protests told as what a measure or an accord followed: "... following sit-ins led by the NCP"
_PROTESTS_BEFORE_MEASURE = fastre.compile(
    r"\b(?:following|after|in the wake of|in response to) (?:the |weeks of |days of |months of |a wave of |a series of )?(?:[\w'’-]+ ){0,3}$", re.I)
_BACKDROPPED_DEEDS = frozenset({"Sexual violence", "Arrests", "Abduction/forced disappearance", "Change to group/activity", "Attack"})
_HAD_PROTESTED = fastre.compile(
    r"(?<!\bwho )\bhad (?:been )?(?:staged|staging|held|holding|organi[sz]ed|organi[sz]ing|launched|protested|protesting|demonstrated|"
    r"demonstrating|marched|marching) (?:[\w'’-]+ ){0,3}$", re.I)
# prisoners named by the battle they were taken in
_CAPTURED_DURING_BEFORE = fastre.compile(r"\b(?:captured|taken prisoner|taken captive|detained|held) (?:[\w-]+ ){0,3}?(?:during|in) the (?:[\w-]+ )?$|\b(?:captured|taken prisoner|taken captive) during (?:heavy |fierce |recent )?$", re.I)
# the measure a protest is against: "against the blocking of roads ... to prevent participants from"
_GRIEVANCE_OF_BEFORE = fastre.compile(
    r"\bagainst (?:the )?(?:[\w-]+ ){0,2}?(?:blocking|closure|closing|ban|banning|suspension|shutdown|blockade|cutting) of\b[^.;]{0,80}$", re.I)
_POLICY_NOUN_AFTER = fastre.compile(r"\s+(?:and\s+rehabilitation\s+)?(?:policy|policies|scheme|programme|program|package|offer|plan)\b", re.I)
_EXPERTS_JUDGED = fastre.compile(r"\s+(?:experts?|squad|team|unit|officials?)\s+(?:later\s+)?(?:said|estimated|examined|confirmed|collected|believed|found)\b", re.I)
_SMALL_ARMS = fastre.compile(r"\b(?:small arms|rifles|guns|gunfire|automatic weapons|machine ?guns)\b", re.I)  # (RPGs fired into a town shell it)
_STAGED_ABDUCTION = fastre.compile(r"\b(?:staged|faked|fabricated) (?:his|her|their) own (?:abduction|kidnapping|disappearance)\b", re.I)
_BOMB_SCARE = fastre.compile(r"\b(?:bomb scare|bomb threat|suspicious (?:bag|package|parcel|suitcase|object))\b", re.I)
_PUBLIC_FUNDS_AFTER = fastre.compile(r"\w*\s+(?:the\s+)?(?:public\s+|state\s+)?(?:funds|money|coffers|treasury|resources|budget)\b", re.I)
_BAIL_BEFORE = fastre.compile(r"\b(?:granted|grants|granting|denied|refused) bail to\b[^.;]{0,60}$", re.I)
_PAID_TO_BEFORE = fastre.compile(r"\b(?:recruited|hired|paid|tasked|instructed)\b[^.;]{0,60}?\bto $", re.I)
_FIGHTERS_AFTER = fastre.compile(r"\s+(?:militants|fighters|terrorists|rebels|insurgents|gunmen|infiltrators)\b", re.I)
_CURRENCY_ATTACKED = fastre.compile(
    r"\b(?:shilling|currency|lira|rupee|naira|cedi|peso|rand|kwacha|birr|dollar|euro|pound|yen|stocks|shares|bonds)\b[^.;]{0,30}?\b(?:came|come|comes|coming|was|were|is|are) under attack\b", re.I)
_FOOTAGE_OF_BEFORE = fastre.compile(r"\b(?:footage|images|scenes|photographs|photos) of (?:[\w-]+ ){0,3}$", re.I)  # (in a film's description)
_ABOUT_A_WORK_BEFORE = fastre.compile(r"\b(?:documentar(?:y|ies)|film|movie|book|novel|exhibition|play|series|podcast) (?:about|on|of) (?:the )?(?:[\w-]+ ){0,3}$", re.I)
# a suspect package that held nothing dangerous
_HARMLESS_FIND = fastre.compile(
    r"\b(?:contained only|(?:turned out|proved|was found) to (?:be|contain) (?:only |harmless|empty|nothing)|false alarm|(?:was|were) (?:found to be )?harmless|"
    r"no explosives? (?:was|were) found|nothing (?:dangerous|suspicious|explosive))", re.I)
# "offensive" as a word of insult: "a post deemed offensive", "offensive remarks"
_TAKEN_AS_BEFORE = fastre.compile(r"\b(?:deemed|considered|found|seen as|regarded as|viewed as|as|was|were|is|are|so|highly|deeply|grossly|more|most|very|religiously|culturally)\s+$", re.I)
_GIVES_OFFENCE_AFTER = fastre.compile(r"\s+(?:to|posts?|remarks?|comments?|content|language|material|videos?|cartoons?|images?|slogans?|messages?|words?)\b", re.I)
_REPORTS_OF_BEFORE = fastre.compile(r"\b(?:following|after|amid|over) (?:the )?(?:reports?|news|rumou?rs?|claims?) (?:of|that) (?:an? |the )?(?:[\w-]+ ){0,2}$", re.I)
_COUP_AFTER = fastre.compile(r"\s+(?:[\w-]+\s+)?(?:coup|putsch)\b", re.I)
# "was taken away by men in plain clothes ... and is being held by the security services": state custody
_HELD_BY_FORCES = fastre.compile(
    r"\b(?:is|are|was|were) (?:now )?being (?:held|detained) by (?:the )?(?:[\w-]+ ){0,2}?(?:security services|intelligence services|state security|security forces|gendarmerie|police)\b", re.I)
_BEFORE_A_JUDGE = fastre.compile(r"\bbefore being (?:presented|brought|produced|taken) (?:to|before) (?:a |the )?(?:judge|court|magistrate|prosecutor)", re.I)
_VANISHED = fastre.compile(r"\b(?:whereabouts|disappear\w*|no (?:news|word|information) (?:of|about|on|since)|(?:received|had|got) no (?:news|word|information)|not been (?:seen|heard|produced)|denied (?:holding|detaining|arresting|having)|incommunicado)\b", re.I)
_FOR_QUESTIONING = fastre.compile(r" for (?:questioning|interrogation)\b", re.I)
# protests that an order forbids: "banned all demonstrations, marches and", "a ban on rallies"
# (not "a banned demonstration", "defied a ban on gatherings", "a court ban on their vehicles")
_BANNED_BEFORE = fastre.compile(
    r"(?:\b(?:imposed|announced|declared|issued|ordered) (?:an? |the )?(?:[\w-]+ ){0,2}?ban on|(?<!\ba )(?<!\ban )(?<!\bthe )\bban(?:s|ned|ning)?|\bprohibit(?:ed|s|ing)?) "
    r"(?:all |any )?(?:public |political |street |unauthori[sz]ed )?(?:(?:demonstrations|protests|rallies|marches|processions|gatherings|sit-ins|meetings|press statements),? (?:and |or )?)*$", re.I)
_BACKDROP_BEFORE = fastre.compile(
    r"\bto (?:contain|quell|suppress|curb|tackle|control|crush|counter) (?:the |a |an |any |further |ongoing )?(?:[\w-]+ ){0,3}$"
    r"|\bthe (?:day|eve|morning|night) (?:of|before) (?:a |an |the |its |their )?(?:[\w-]+ ){0,3}$", re.I)
_SPARKED = fastre.compile(r"\b(?:spark(?:ed|ing)|trigger(?:ed|ing)|prompt(?:ed|ing)|provok(?:ed|ing)|fuell?(?:ed|ing)|set(?:ting)? off(?! on)|touch(?:ed|ing) off) (?:a |an |the )?(?:wave of )?(?:[\w-]+ ){0,2}$", re.I)
# strikes from afar that an offensive or a siege only sets the scene of
_STRIKE_KINDS = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Chemical weapon"})
_IN_AN_OLD_YEAR = fastre.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:in|during|of) (?:19\d\d|the (?:Second|First) World War)\b", re.I)
_REMAINS_FOUND = fastre.compile(r"\b(?:remains|exhum\w+|rebur\w+|mass graves?|unearthed)\b", re.I)
_UNEXPLODED_BEFORE = fastre.compile(r"\b(?:unexploded|leftover|old|abandoned|discarded)\s+(?:[\w-]+\s+)?$", re.I)
_LEFT_OVER_AFTER = fastre.compile(r"(?:\s+(?:shells?|rounds?|bombs?))?\s+(?:left over|leftover|(?:remaining )?from (?:a |the )?(?:past|previous|earlier|former|old) (?:fighting|wars?|conflicts?))\b", re.I)
_WENT_OFF = fastre.compile(r"\b(?:detonat\w+|exploded|went off|blew up)\b", re.I)
_ANNIVERSARY_OF = fastre.compile(r"\banniversary of\b", re.I)
# a day of remembrance: "observed Memorial Day for fallen soldiers and victims of attacks"
_REMEMBRANCE = fastre.compile(r"\b(?:observed|observes|marked|marks|marking|observing) (?:a |its |the )?(?:national )?(?:Memorial|Remembrance|Martyrs['’]?) Day\b|"
                          r"\b(?:minutes?|moment) of silence\b", re.I)
_SAFE_CRACKING = fastre.compile(r"\b(?:thie(?:f|ves)|robbers?|burglars?|gangs? of thieves)\b[^.;]{0,80}\b(?:cash machines?|ATMs?|safes?|vaults?|cash dispensers?)\b", re.I)
_FIGURATIVE_BLAST = fastre.compile(r"\b(?:fears?|tensions?|wars?|prices?|row|scandal|anger|debate|popularity|sales|demand|controversy|bubble|inflation|costs?|debts?|deficits?|unemployment|rents?)\s+"
                              # "food prices in Maiduguri markets have exploded" (read over 80 characters, not ``before``)
                              r"(?:(?:in|of|for|at|across) (?:[\w'’-]+\s+){1,4}?){0,2}(?:\w+\s+)?[\"“‘']?$", re.I)
# "Assam Rifles personnel", "the Rashtriya Rifles": a unit's name, no weapon
_UNIT_BEFORE_RIFLES = fastre.compile(r"\b[A-Z][\w'’-]+ $")
_CASE_NOUN = fastre.compile(r"\s+(?:cases?|charges?|trials?|suspects?|accused|convicts?)\b", re.I)
_WAR_TOLL = fastre.compile(r"\b(?:war|conflict|insurgency|fighting|violence|crisis|uprising|unrest)s? (?:that|which) (?:has|had|have) (?:\w+ )?$|"
                       # "two years into a war researchers estimate killed hundreds of thousands"
                       r"\b(?:war|conflict|insurgency)s? (?:that |which )?(?:[\w'’-]+ ){1,3}?(?:estimate|estimates|say|says|believe|believes) (?:has |have |had )?$", re.I)


def _forces_lead(text: str, start: int, end: int) -> bool:
    """The forces are the subject of the main clause before ``end`` ("Police dispersed the sit-in,
    firing ..."), not of a clause that only sets the scene ("... after police fired on the crowd")
    nor a place ("villagers attacked the police post")."""
    m = _FORCES_AS_SUBJECT.search(text, start, end)
    return m is not None and not _SCENE_OPENER.search(text, start, m.start()) and len(text[start : m.start()].split()) <= 8


def _not_yet_held(text: str, t: Trigger, sent, before: str) -> bool:
    """A protest trigger the words around it put in the future (due, announced, urged, called for)."""
    wide = text[max(sent.start, t.span.start - 120) : t.span.start]
    return bool(
        _DUE_TO_HOLD.search(before)
        or EVE_OF_BEFORE.search(before)  # "hurled crude bombs ... on the eve of a hartal": not yet held
        or _PREPARING_BEFORE.search(before)  # "arrested 14 supporters as they prepared a procession": stopped before it began
        or _ANNOUNCED_THAT.search(wide) and _TO_BE_HELD.match(text[t.span.end : sent.end])
        or _ANNOUNCED_THEY_WOULD.search(wide)
        or _URGED_TO_JOIN.search(before)
        or _CALLED_TO_GATHER.search(wide) and not _HELD_AFTER_ALL.search(sent.text)
        # "workers would shut down the country with a general strike from Monday unless ...": an ultimatum
        or _WOULD.search(text, sent.start, t.span.start) is not None and _UNLESS.search(text, t.span.end, sent.end) is not None
        or _ORGANISERS_OF.search(text[max(sent.start, t.span.start - 80) : t.span.start]) and _LATER_DAY.search(sent.text)
        or _CALL_OBJECT.search(text, sent.start, t.span.start)
        or _NOT_TAKING_PLACE.match(text, t.span.end)  # "the raids aimed to stop the rally from taking place"
        or _MOBILISED_BEFORE.search(text, max(sent.start, t.span.start - 80), t.span.start)
        or _ANNOUNCED_BEFORE.search(wide) is not None and _FOR_LATER.match(text, t.span.end) is not None
    )


def filter_triggers(doc: Document, triggers: list[Trigger]) -> list[Trigger]:
    """Drop triggers that report no political violence or demonstration.

    Negated or hypothetical mentions ("vowed to attack"), deaths in disasters and accidents,
    sports reports, verbal attacks on a government or policy, and arrests with no political or
    armed context (ordinary crime) are not events.
    """
    if not triggers:
        return triggers
    text = doc.text
    out: list[Trigger] = []
    # a match report; but party men who clash over a cricket match are political violence
    sport = len(_SPORT.findall(text)) >= 2 and not any(
        t.sub_event_type in _HARD - {"_capture"} and not (t.sub_event_type == "_protest" and fastre.match(r"laid|besieg", t.text, re.I))
        for t in triggers) and not (
        _PARTY_MEN.search(text) or _SPORT_CAUSE.search(text) or _FANS_FIGHT.search(text))
    fiction = bool(_FICTION.search(text))
    # a killing at home, told with no political actor anywhere: the killer's surrender, the
    # year's count of such murders are no events either
    depoliticised = _NO_POLITICS.sub(" ", text)  # ("a man with no known political affiliation")
    no_politics_said = depoliticised != text
    political = _POLITICAL_ACTOR.search(depoliticised) is not None
    if political and no_politics_said and all(
            fastre.fullmatch(r"gangs?|cartels?|bandits", m.group(0), re.I) for m in _POLITICAL_ACTOR.finditer(depoliticised)):
        political = False  # "arrested members of a gang ...; authorities said the group had no political links": crime
    domestic = not political and bool(_DOMESTIC.search(text))
    drug_feud = not political and bool(_DRUG_FEUD.search(text))
    orders = [t for t in triggers if t.sub_event_type == "Agreement" or t.sub_event_type == "Change to group/activity" and _ORDER.search(t.text)]
    # "nine farmers abducted by gunmen on 28 May ... were released": the release told, the abduction its past
    releases = [t.span for t in triggers if t.sub_event_type == "Other" and _RELEASED_END.search(t.text)]
    tags = [(m.start(), m.end()) for m in _CODER_TAG.finditer(text)]
    if tags:  # "[women targeted: girls]", "[size=no report]": the coder's tags, not the report
        triggers = [t for t in triggers if not any(a <= t.span.start < b for a, b in tags)]
    triggers = [t for t in triggers if not (t.sub_event_type == "_weapons" and t.text == "Rifles" and _UNIT_BEFORE_RIFLES.search(
        text, max(0, t.span.start - 30), t.span.start))]
    seen: dict[tuple[int, int], bool] = {}

    tally_spans: dict[int, list[tuple[int, int]]] = {}

    def tallies(i: int) -> list[tuple[int, int]]:
        """The document spans of the tallies in sentence ``i`` (found once per sentence)."""
        if i not in tally_spans:
            s0 = doc.sentences[i].start
            tally_spans[i] = [(s0 + a, s0 + b) for a, b in tally_spans_in(doc.sentences[i].text)]
        return tally_spans[i]

    def has(rx: re.Pattern, i: int) -> bool:
        """Whether sentence ``i`` (-1: the whole text) matches ``rx`` (each asked once)."""
        key = (id(rx), i)
        hit = seen.get(key)
        if hit is None:
            hit = seen[key] = bool(rx.search(text if i < 0 else doc.sentences[i].text))
        return hit

    cues = _LateCues.of(text)  # which of the late rules' words the text holds (most texts: none)
    first_arrest: dict[int, int] = {}  # sentence -> where its first arrest word starts
    for u in triggers:
        if u.sub_event_type == "Arrests":
            first_arrest[u.sentence] = min(first_arrest.get(u.sentence, u.span.start), u.span.start)

    def arrest_before(t: Trigger) -> bool:
        """Whether an arrest word comes before ``t`` in its sentence."""
        return first_arrest.get(t.sentence, t.span.start) < t.span.start
    no_arrest = len(text) + 1
    halting = [(u.span.start, u.span.end) for u in triggers
               if u.sub_event_type == "Change to group/activity" and _HALTING.search(u.text)]
    sabotage = bool(_SABOTAGE.search(text))  # "... derailing a freight train. Media attributed the sabotage to partisans"
    # a killing the police or prosecutors say had no political motive (the same words as the private-crime rule below)
    no_motive = ("motive" in text or "personal" in text or "political" in text) and bool(_NO_LINK_SAID.search(text))
    accidents = {
        id(t) for t in triggers
        if _NO_BOMB.match(t.text) and (has(_DISASTER, t.sentence) or has(_LEAK, t.sentence)) and not sabotage
        and (not has(_BOMB_WORD, t.sentence) or has(_FIREDAMP, t.sentence) or has(_RULED_OUT, t.sentence))
        or t.sub_event_type in {"Grenade", "Remote explosive/landmine/IED"} and has(_TRAINING_MISHAP, t.sentence)
        or t.sub_event_type == "_violence" and _CASUALTY_WORD.fullmatch(t.text) and has(_TRAINING_MISHAP, t.sentence) and any(
            u.sentence == t.sentence and u.sub_event_type in {"Grenade", "Remote explosive/landmine/IED"} for u in triggers)
    }  # "a gas cylinder explosion at a restaurant", "a grenade went off accidentally during a training exercise"
    if _CAUSED_BY_MISHAP.search(text) and not _BOMB_WORD.search(_SIMILE.sub(" ", text)):
        # "a massive explosion tore through the harbour. Officials said the blast was caused by
        # ammonium nitrate stored unsafely": the cause told in a later sentence
        accidents |= {id(t) for t in triggers if _NO_BOMB.match(t.text) or (
            t.sub_event_type == "Disrupted weapons use" and fastre.match(r"controlled (?:explosion|detonation|blast)", t.text, re.I))}
        # (and the "controlled explosion" a bomb squad would carry out: "brought down the stand with a controlled explosion")
    note_date = _NOTE_DATE.match(text)  # "On 14 March 2018, ...": an ACLED note's own date
    note_ymd = (int(note_date.group("year")), _month_number(note_date.group("month")), int(note_date.group("day"))) if note_date else None
    past_ends: list[int] = []  # where triggers of an earlier year's deed end
    negated = {
        id(t) for t in triggers if _NEGATED.search(text[max(doc.sentences[t.sentence].start, t.span.start - 40) : t.span.start])
        or _ZERO_BEFORE.search(text, max(0, t.span.start - 20), t.span.start)
    } - {  # ("threatening pamphlets signed by the group were distributed": the pamphlets threaten; they were handed out)
        id(t) for t in triggers if t.sub_event_type == "Other" and _LEAFLETS.match(t.text) and _THREATENING.search(text, max(0, t.span.start - 15), t.span.start)
    } - {  # "prevented relatives of prisoners from setting out on a planned march": the march the police stopped
        id(t) for t in triggers if t.sub_event_type == "_protest" and any(
            u.sub_event_type == "_force" and u.sentence == t.sentence and u.text.lower().endswith(" from")
            and 0 <= t.span.start - u.span.end <= 50 for u in triggers)
    } - {  # "announced on Thursday that they would merge into a single formation": the announcement is the change
        id(t) for t in triggers if t.sub_event_type == "Change to group/activity" and _ANNOUNCED_THEY_WOULD_CHANGE.search(
            text, max(doc.sentences[t.sentence].start, t.span.start - 60), t.span.start) and _ARMED_RANKS.search(doc.sentences[t.sentence].text)
    }  # "no one was hurt", "no sign of an explosive device"
    for t in triggers:
        sent = doc.sentences[t.sentence]
        before = text[max(sent.start, t.span.start - 40) : t.span.start]
        if id(t) in negated:
            continue
        if t.sub_event_type in {"Remote explosive/landmine/IED", "Grenade", "Suicide bomb"} and _WAS_ACCIDENTAL.match(text, t.span.end):
            continue  # "Police said the blast was accidental and ruled out any militant involvement"
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_clash_words"} and _NEW_REPORT_SAYS.search(text, sent.start, t.span.start) and _PAST_PERIOD.search(
                text, t.span.end, sent.end):
            continue  # "A new Amnesty report documents the killing of hundreds of civilians ... in 2020": the report is the news
        if t.sub_event_type == "_protest" and (fastre.search(r"\bsuspension of (?:the |their |all )?(?:[\w-]+ (?:and )?){0,4}?$", before, re.I) or fastre.search(
                r"\b(?:ending|ended|to end) (?:more than |over |nearly |almost )?(?:a |an |one |two |three |\w+ )?(?:years?|months|weeks) of (?:[\w-]+ ){0,3}$", text[max(sent.start, t.span.start - 80) : t.span.start], re.I)):
            continue  # "announced the suspension of the Friday and Tuesday marches": the marches stop
        if t.sub_event_type in {"_territory", "_capture"} and fastre.match(r"captured\b", t.text, re.I) and _SUSPECT_WAS_BEFORE.search(before):
            continue  # "the suspect was captured hiding in a relative's house": a man caught, no place taken
        if t.sub_event_type == "Remote explosive/landmine/IED" and _FIRECRACKERS_AFTER.match(text, t.span.end):
            continue  # "marched ..., detonating firecrackers": noise at a march
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_clash_words"} and (_EVIDENCE_OF_BEFORE.search(text, max(sent.start, t.span.start - 100), t.span.start)
                                                                       or _USED_IN_BEFORE.search(before) and _SUPPLYING.search(text, sent.start, t.span.start)):
            continue  # "gathering evidence of mass killings and sexual violence", "weapons used in the siege of El Fasher"
        if t.sub_event_type == "_protest" and fastre.match(r"[^.;]{0,50}?\bto (?:receive|welcome|greet|meet|collect|await) (?:their |the )?(?:released |freed |pardoned |returning )?(?:relatives|prisoners|detainees|loved ones|family members|sons|daughters|husbands|children)\b", text[t.span.end : t.span.end + 120]) and not fastre.search(
                r"protest|demand|slogan|against", sent.text, re.I):
            continue  # "Families gathered outside Jau prison to receive released relatives"
        if t.sub_event_type == "Arrests" and _DEMANDED_BE_BEFORE.search(before):
            continue  # "Hindu leaders demanded that the culprits be arrested": an arrest asked for
        if t.sub_event_type == "Disrupted weapons use" and _TIME_BOMB_AFTER.match(text, t.span.end) or t.sub_event_type in {
                "Remote explosive/landmine/IED", "_weapons"} and fastre.search(r"\bticking (?:time )?$", before, re.I):
            continue  # "the transfer of the oil, defusing what it called a ticking time bomb": a figure of speech
        if t.sub_event_type in _VIOLENT_TRIGGERS and _PAY_FOR_BEFORE.search(before):
            continue  # "approved a budget that raises defence spending to pay for the offensive against al-Shabaab": policy
        if t.sub_event_type == "Shelling/artillery/missile attack" and t.text.lower() == "artillery" and (
                _UNITS_MOVED.match(text, t.span.end, min(sent.end, t.span.end + 80))
                or _HANDED_OVER_BEFORE.search(text, max(sent.start, t.span.start - 100), t.span.start)
                or _DEPLOYED_BEFORE.search(text, max(sent.start, t.span.start - 120), t.span.start)):
            # artillery named, not fired: "tanks and artillery were moved to positions", "handed over ... tanks and
            # artillery pieces to the federal army", "had deployed ... special forces and artillery to Homiel region"
            continue
        if t.sub_event_type not in {"Arrests", "_protest"} and _CRITICISED_IN.search(text, max(sent.start, t.span.start - 80), t.span.start) and arrest_before(t):
            continue  # "arrested a monk over social media posts criticising the military's air strikes": what he wrote about
        if t.sub_event_type in {"_riot", "_violence", "_protest_violence"} and _DEED_BY_BEFORE.search(
                text, max(sent.start, t.span.start - 100), t.span.start) and arrest_before(t):
            continue  # "arrested four people in connection with the killing of a teacher by a mob": the arrest's cause
        if t.sub_event_type == "Disrupted weapons use" and _THE_OTHER_BEFORE.search(before) and any(
                u.sub_event_type in {"Remote explosive/landmine/IED", "Grenade"} and u.span.start < t.span.start and (
                    fastre.search(r"went off|exploded|detonated|blew up", u.text, re.I)
                    or _WENT_OFF.search(text, u.span.end, t.span.start)) for u in triggers):
            continue  # "One bomb went off, injuring a tea-stall owner; the other was defused": the blast is the event
        if t.sub_event_type in {"_clash_words", "_weapons"} and _QUOTED_WAR_WORD.fullmatch(t.text) and fastre.search(
                r"['‘\x22“](?:[\w-]+ ){0,2}$", before) and fastre.match(r"(?: [\w-]+){0,4}['’\x22”]", text[t.span.end : t.span.end + 40]):
            continue  # "said that the 'final battle' against Maoism had begun": a figure of speech
        if t.sub_event_type == "Change to group/activity" and fastre.match(r"(?:proscribed|banned|outlawed)\b", t.text, re.I) and fastre.search(
                r"\b(?:of|from|with|to|for) the\s+$", before, re.I):
            continue  # "a self-styled lieutenant of the proscribed KYKL was arrested": the group's standing, no ban today
        if t.sub_event_type in _VIOLENT_TRIGGERS and note_ymd and (
            (past := _DATED_PAST.search(text, max(sent.start, t.span.start - 60), t.span.start)) and _dated_before(past, note_ymd)
            or (year := _YEAR_AFTER.match(text, t.span.end)) and int(year.group("year")) < note_ymd[0]  # "deadly fighting in 2021 and 2022"
            or fastre.match(r"kill", t.text, re.I) and any(sent.start <= e <= t.span.start <= e + 90 for e in past_ends)
            # "The blast, claimed by the Islamic State, killed ...": the earlier deed told again
            or past_ends and past_ends[-1] < sent.start and fastre.match(r"\s*(?:The|That|This) (?:blast|bombing|attack|explosion)\b", text[sent.start : t.span.end])
        ):
            past_ends.append(t.span.end)  # "recalling the August 2016 Civil Hospital bombing that killed dozens": an earlier deed
            continue
        if t.sub_event_type in _VIOLENT_TRIGGERS | _DESTRUCTIVE_TRIGGERS | {"_protest"} and _EARLIER_DEEDS_CHARGED.search(
                text, sent.start, t.span.start) and any(u.sub_event_type == "Arrests" and u.span.start < t.span.start for u in triggers):
            continue  # "arrested 25 ... most of them activists involved in the previous day's attacks on the rally and the clashes": the charge
        if t.sub_event_type in _VIOLENT_TRIGGERS | _RIOT_KINDS and t.sentence > 0 and has(_ELSEWHERE, t.sentence):
            continue  # "Six people were reported killed in unrest in other counties the same day": other events
        if t.sub_event_type in _VIOLENT_TRIGGERS | _RIOT_KINDS and has(_AFTERMATH, t.sentence) and any(
                u.sub_event_type == "Arrests" and u.sentence < t.sentence for u in triggers):
            continue  # "News of his arrest set off riots over the following two days in which 54 were killed": later events
        if t.sub_event_type == "Abduction/forced disappearance" and fastre.match(r"(?:was |were )?taken from\b", t.text, re.I) and arrest_before(t):
            continue  # "detained 106 PFI leaders in dawn raids; in Manjeri, its chairman was taken from his home": one of the arrests
        if t.sub_event_type == "Arrests" and fastre.search(
                r"\b(?:allow\w*|permit\w*|empower\w*|authori[sz]\w*|enabl\w*) (?:[\w-]+ ){0,3}?to be $|\b(?:powers?|right|authority) (?:of (?:[\w-]+ ){1,3}?)?to $", before, re.I):
            continue  # "a bill that allows suspects to be detained without charge": a power, not an arrest
        if t.sub_event_type == "Arrests" and (
            fastre.match(r"arrests?$", t.text, re.I) and fastre.search(
                r"\b(?:demand\w*|call\w* for|seek\w*|sought|urg\w*)\s+(?:the\s+)?(?:immediate\s+|swift\s+)?$", before, re.I)
            or fastre.match(r"arrested$", t.text, re.I) and fastre.search(
                r"\b(?:demand\w*|call\w* for|urg\w*|want\w*|ask\w*)\s+(?:[\w'’-]+\s+){0,4}?to be\s+$", before, re.I)
        ):
            continue  # "demanded the arrest of the men ...", "called for the culprits to be arrested": wanted, not made
        if t.sub_event_type == "Arrests" and fastre.match(r"(?:detained|arrested|jailed|imprisoned)$", t.text, re.I) and fastre.search(
                r"\b(?:release|freedom|freeing) of (?:the |all |their |its )?(?:[\w-]+ )?$", before, re.I) and (any(
                u is not t and u.sentence == t.sentence for u in triggers) or _RELEASE_APPEAL.search(text[max(sent.start, t.span.start - 100) : t.span.start])):
            continue  # "called a strike to demand the release of detained journalists": people held before, the demand's object
        if t.sub_event_type in ("Arrests", "_force") and fastre.match(r"(?:detained|arrested|jailed|imprisoned)\b", t.text, re.I) and fastre.search(
                r"\b(?:of|for|free)\s+$", before, re.I) and _HELD_PEOPLE_AFTER.match(text, t.span.start + len(t.text.split()[0])):
            continue  # "reading out the names of detained activists": people held before, not an arrest here
        if t.sub_event_type == "Suicide bomb" and _TARGET_OF.search(before) and fastre.search(r"bombers?$", t.text, re.I):
            continue  # "the Pentagon said it had targeted an Islamic State suicide bomber": the strike's target
        if t.sub_event_type == "Arrests" and fastre.match(r"(?:arrests?|detentions?)$", t.text, re.I) and _DECLARED.search(before) and _RULED_UNLAWFUL.match(text, t.span.end):
            continue  # "the Supreme Court declared the arrest of the former prime minister unlawful"
        if t.sub_event_type == "_clash_words" and t.text.lower() == "offensive" and (_RESUMED.search(before) or _DURING_ITS.search(before)) and any(
                u.sentence == t.sentence and u.sub_event_type in _STRIKE_KINDS for u in triggers):
            continue  # "warplanes struck a building as Israel resumed its offensive": the strike is the event
        if t.sub_event_type == "_protest" and _AMID.search(before) and any(
                u.sentence == t.sentence and u.sub_event_type == "Arrests" for u in triggers) and not any(
                u.sentence == t.sentence and u.sub_event_type in {"_force", "_protest_violence"} for u in triggers):
            continue  # "arrested the opposition leader in Caracas amid post-election protests": the arrest's setting
        if fastre.match(r"captured\b", t.text, re.I) and _PARADED.search(before) and (
                _CAPTIVES.match(text, t.span.start + 8)
                or t.sub_event_type in {"_territory", "_capture"} and _EQUIPMENT_AFTER.match(text, t.span.start + 8)):
            # "paraded thousands of captured soldiers through the streets": prisoners, no capture; "paraded captured
            # US-made Humvees ... to mark the anniversary": trophies, no place taken
            continue
        if t.sub_event_type == "Non-violent transfer of territory" and t.text.lower().startswith("abandoned") and fastre.search(
                r"\b(?:from|in|into|at|inside) (?:the |an? |its |their )?$", before, re.I):
            continue  # "looted the abandoned headquarters", "set up a base in an abandoned post": a place, not a handover
        if t.sub_event_type == "Non-violent transfer of territory" and t.text.lower().startswith("abandoned") and fastre.search(
                r"\b(?:guards|wardens|warders|jailers|prison (?:officers|staff)|staff|employees|workers|doctors|nurses|teachers|officials)\s+(?:had\s+)?(?:\w+ly\s+)?$", before, re.I):
            continue  # "escaped after guards abandoned their posts in a pay dispute": staff left work, no place changed hands
        if t.sub_event_type in {"_protest", "_force"} and (
                t.sub_event_type == "_protest" and fastre.fullmatch(r"protesters|demonstrators", t.text, re.I)
                and fastre.search(r"\b(?:detained|arrested|jailed|imprisoned|captured)\s+$", before, re.I)
                or t.sub_event_type == "_force" and fastre.match(r"(?:detained|arrested|jailed)\s+(?:protesters|demonstrators)$", t.text, re.I)
                and fastre.search(r"\b(?:\d+|two|three|four|five|several|many|some|the|of|other)\s+$", before, re.I)) and any(
                u.sub_event_type == "Sexual violence" for u in triggers):
            continue  # "police sexually assaulted two detained protesters at the detention centre": who the victims are
        if t.sub_event_type == "Shelling/artillery/missile attack" and _ARMS_INDUSTRY.match(text, t.span.end):
            continue  # "announced it would build a new artillery shell plant": an industry, not a bombardment
        if t.sub_event_type == "_clash_words" and fastre.search(
                r"\b(?:away from|far from|beyond|outside) (?:the |any )?(?:[\w-]+ )?$|\b(?:would|will|to|could|may|might) (?:go|launch|mount|begin|start) (?:on )?(?:the |an? |a new )?$", before, re.I):
            continue  # "hit a petrol station well away from the border fighting"; "the army would go on the offensive"
        if t.sub_event_type == "_clash_words" and fastre.search(r"\b(?:after|once|when|since) (?:the )?$", before, re.I) and _HAD_ENDED.match(text, t.span.end):
            continue  # "looted the abandoned headquarters after fighting in the area had ended": the fight is over
        if t.sub_event_type == "_protest" and _BACKDROP_BEFORE.search(before) and any(
                u.sentence == t.sentence and u.sub_event_type in {"Change to group/activity", "Arrests"} for u in triggers):
            continue  # "imposed a curfew to contain the protests", "arrested on the day of a hartal": the setting of the measure
        if t.sub_event_type == "_protest" and fastre.search(r"\bduring (?:the |a |an )?(?:[\w-]+ ){0,3}$", before, re.I) and any(
                u.sentence == t.sentence and u.sub_event_type == "Disrupted weapons use" and u.span.start < t.span.start for u in triggers):
            continue  # "police recovered 30 crude bombs during the blockade": the find, in the blockade's time
        if t.sub_event_type in _VIOLENT_TRIGGERS and fastre.search(r"massacre|bloodbath|carnage|slaughter", t.text, re.I) and has(_MARKET_REPORT, t.sentence):
            continue  # "traders describing a 'massacre' on Borsa Istanbul": a market's fall
        if (t.sub_event_type == "Disrupted weapons use" or t.sub_event_type == "Remote explosive/landmine/IED" and fastre.search(
                r"\bcontrolled $", before, re.I)) and _HARMLESS_FIND.search(text):
            continue  # "a controlled explosion revealed it contained only clothes": nothing dangerous was found
        if t.sub_event_type == "_clash_words" and t.text.lower() == "offensive" and (_TAKEN_AS_BEFORE.search(before) or _GIVES_OFFENCE_AFTER.match(text, t.span.end)):
            continue  # "after a social media post deemed offensive went viral": the adjective, no military offensive
        if t.sub_event_type in {"Disrupted weapons use", "Other"} and _REPORTS_OF_BEFORE.search(before) and any(
                u.sub_event_type == "_protest" and u.sentence == t.sentence and u.span.start < t.span.start for u in triggers):
            continue  # "gathered in support of the captain following reports of a foiled coup attempt": the rally's cause
        if t.sub_event_type == "Disrupted weapons use" and fastre.match(r"(?:foil|thwart|avert)\w*$", t.text, re.I) and _COUP_AFTER.match(text, t.span.end):
            continue  # "a foiled coup attempt": a plot against the state, no weapons seized
        if t.sub_event_type == "Abduction/forced disappearance" and (_BEFORE_A_JUDGE.search(text, t.span.end, sent.end) or _HELD_BY_FORCES.search(text, t.span.end, sent.end) or (
                (_FOR_QUESTIONING.match(text, t.span.end) or fastre.match(r"taken to an? (?:unknown|undisclosed|secret) ", t.text, re.I) and not _VANISHED.search(text))
                and any(u.sub_event_type == "Arrests" and u.span.start < t.span.start for u in triggers))):
            continue  # "taken to an unknown location before being presented to a judge": held, then charged (an arrest)
            # ("arrested a cleric at his home ... He was reportedly taken to an unknown location for questioning")
        if cues.captured and t.sub_event_type in {"_clash_words", "_violence"} and _CAPTURED_DURING_BEFORE.search(text, max(sent.start, t.span.start - 60), t.span.start):
            continue  # "bringing home soldiers captured during the siege of Mariupol": where the prisoners were taken, long before
        if cues.against and t.sub_event_type == "_force" and _GRIEVANCE_OF_BEFORE.search(text, max(sent.start, t.span.start - 90), t.span.start):
            continue  # "a protest against the blocking of roads and internet to prevent participants from travelling": the grievance
        if t.sub_event_type == "_capture" and fastre.match(r"infiltrating$", t.text, re.I) and _FIGHTERS_AFTER.match(text, t.span.end):
            continue  # "providing shelter to infiltrating militants": who the men are, no post stormed
        if cues.under_attack and t.sub_event_type == "_violence" and fastre.search(r"attack$", t.text, re.I) and _CURRENCY_ATTACKED.search(text, max(sent.start, t.span.start - 60), t.span.end):
            continue  # "Tanzania's shilling came under attack from surging dollar demand": a market
        if t.sub_event_type == "_protest" and (cues.about_work and _ABOUT_A_WORK_BEFORE.search(before) or fiction and _FOOTAGE_OF_BEFORE.search(before)):
            continue  # "A documentary about the 2021 protests in Cali ... premiered": the film's subject
        if t.sub_event_type == "Disrupted weapons use" and fastre.match(r"bomb disposal", t.text, re.I) and _EXPERTS_JUDGED.match(text, t.span.end) and any(
                u.sub_event_type == "Remote explosive/landmine/IED" and u.sentence < t.sentence for u in triggers):
            continue  # "A roadside bomb tore through a police vehicle ... Bomb disposal experts estimated the device held 5 kg": the bomb's size
        if t.sub_event_type == "Abduction/forced disappearance" and has(_STAGED_ABDUCTION, t.sentence):
            continue  # "had staged his own abduction to escape gambling debts": no one was taken
        if t.sub_event_type == "Shelling/artillery/missile attack" and fastre.match(r"rockets?$", t.text, re.I) and fastre.match(
                r"[- ]propelled", text[t.span.end : t.span.end + 10], re.I) and has(_SMALL_ARMS, t.sentence):
            continue  # "attacked the post with small arms and rocket-propelled grenades": a close fight's weapon, no shelling
        if t.sub_event_type == "Grenade" and fastre.search(r"\brocket[- ]propelled $", before, re.I):
            continue  # (nor a hand grenade)
        if t.sub_event_type == "_capture" and t.text.lower().startswith("forced the evacuation") and (has(_BOMB_SCARE, t.sentence) or _HARMLESS_FIND.search(text)):
            continue  # "A bomb scare forced the evacuation of Brussels-Midi station": no place was taken
        if t.sub_event_type == "Looting/property destruction" and fastre.match(r"plunder", t.text, re.I) and _PUBLIC_FUNDS_AFTER.match(text, t.span.end):
            continue  # "officials who plundered public funds": corruption
        if cues.bail and t.sub_event_type == "Arrests" and _BAIL_BEFORE.search(text, max(sent.start, t.span.start - 80), t.span.start):
            continue  # "the High Court granted bail to a rights activist arrested last month": the court's order
        if cues.hired and t.sub_event_type in {"Looting/property destruction", "_protest_violence"} and _PAID_TO_BEFORE.search(text, max(sent.start, t.span.start - 90), t.span.start):
            continue  # "detained a man allegedly recruited by Russian intelligence to set fire to military vehicles": the plot
        if cues.ban and t.sub_event_type == "_protest" and _BANNED_BEFORE.search(text, max(sent.start, t.span.start - 80), t.span.start):
            continue  # "banned all demonstrations, marches and press statements for 15 days": the ban is the event
        if t.sub_event_type == "_protest" and _SPARKED.search(before) and "[size=" not in text and any(
                u.sub_event_type not in {"_protest", "_force", "_protest_violence", "_riot"} and u.span.start < t.span.start for u in triggers):
            continue  # "the arrest ... sparked nationwide protests": the deed's consequence (a note tagged with a crowd size is a protest's)
        if t.sub_event_type == "_protest" and fastre.match(r"stone[- ]?pelting|pelted stones", t.text, re.I) and fastre.search(
                r"\bbetween (?:[\w-]+ ){0,4}?(?:groups|communities|sides|villagers|factions|residents)\b|\bcommunal\b", sent.text, re.I):
            continue  # "stone pelting broke out between Hindu and Muslim groups": communities fight, nobody demonstrates
        if t.sub_event_type in {"_capture", "_territory"} and _HOLDING_OBJECT.match(text, t.span.end if t.text.lower().endswith(("control", "over", "occupied", "seized")) else t.span.start):
            continue  # "took control of a fish enclosure owned by a rival": property seized, no territory
        if t.sub_event_type == "_territory" and fastre.match(r"remain\w* (?:firmly )?(?:under|in) (?:the )?(?:military|army|government|junta|regime|state|troops['’]?|federal|national|security forces['’]?) ", t.text + " ", re.I):
            continue  # "the outpost remained under military control": nothing changed hands
        if t.sub_event_type in {"Remote explosive/landmine/IED", "_weapons"} and has(_SAFE_CRACKING, -1):
            continue  # "thieves used explosives to blow open a cash machine": a robbery
        if t.sub_event_type in _VIOLENT_TRIGGERS and fastre.match(r"\s+(?:[\w-]+\s+){0,2}?in (?:19|20)\d\d\b", text[t.span.end : t.span.end + 40]) and has(_ANNIVERSARY_OF, -1):
            continue  # "a Mass at one of the churches targeted in 2019", on the bombings' anniversary: remembered
        if t.sub_event_type in _VIOLENT_TRIGGERS and _IN_AN_OLD_YEAR.match(text, t.span.end) and has(_REMAINS_FOUND, t.sentence):
            continue  # "uncovered the remains of 38 soldiers killed in 1942": a war long past, its dead found
        if t.sub_event_type == "Shelling/artillery/missile attack" and (_UNEXPLODED_BEFORE.search(before) or _LEFT_OVER_AFTER.match(
                text, t.span.end)) and has(_WENT_OFF, t.sentence):
            continue  # "an unexploded mortar shell left over from past fighting detonated": the device went off, no shelling
        if t.sub_event_type in _VIOLENT_TRIGGERS and has(_REMEMBRANCE, t.sentence) and not has(_HARMED, t.sentence):
            continue  # "as the country observed Memorial Day for fallen soldiers and victims of attacks": the dead remembered
        if t.sub_event_type in {"Shelling/artillery/missile attack", "Air/drone strike"} and (fastre.search(
                r"\b(?:had )?(?:overseen|oversaw|masterminded)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", before, re.I)
                or fastre.match(r"\s+(?:units?|regiments?|brigades?|battalions?|divisions?|officers?|commanders?|corps)\b(?!\s+(?:(?:also|then|later|again)\s+)?(?:pounded|shelled|fired|struck|hit|targeted|bombarded|opened fire|destroyed|rained))",
                                text[t.span.end : t.span.end + 40], re.I)):
            continue  # "the colonel had overseen missile strikes", "he had commanded artillery units": his past, a unit
        if t.sub_event_type == "Remote explosive/landmine/IED" and fastre.match(r"explod", t.text, re.I) and _FIGURATIVE_BLAST.search(
                text, max(sent.start, t.span.start - 80), t.span.start) and not fastre.search(
                r"\bfrom (?:the|a|an) (?:[\w-]+ )?wars? $", before, re.I):
            continue  # "as fears of a global trade war exploded": a figure of speech ("a mine left over from the war exploded" is none)
        if t.sub_event_type == "_clash_words" and fastre.match(r"besieg|siege", t.text, re.I) and (
                fastre.match(r"\s+(?:[\w-]+\s+){0,2}?since\b", text[t.span.end : t.span.end + 40], re.I)
                or fastre.search(r"\b(?:has|have|had) (?:been )?$", before, re.I)
                or fastre.search(r"\b(?:press(?:ed|ing)?|tighten(?:ed|ing)?|maintain(?:ed|ing)?|continu(?:ed|ing)|kept up|keeping up|enforc(?:ed|ing)) (?:their|its|the|a) (?:[\w-]+ )?$", before, re.I)) and any(
                u.sentence == t.sentence and u.sub_event_type in {"Shelling/artillery/missile attack", "Air/drone strike", "Chemical weapon"} for u in triggers):
            continue  # "shelled a city the group has besieged since May": the siege is the setting of the shelling
        if t.sub_event_type in {"_territory", "_capture"} and fastre.search(
                r"\b(?:wildfires?|bush ?fires?|forest fires?|fires?|blazes?|flames|floods?|floodwaters?|locusts?|lava)\s+(?:that\s+|which\s+)?(?:had\s+|has\s+)?$", before, re.I):
            continue  # "a wildfire that overran several villages": the fire took them
        if t.sub_event_type in {"_territory", "Non-state actor overtakes territory"} and fastre.match(r"fell to\b", t.text, re.I) and fastre.search(
                r"\b(?:after|since|when|before) (?:it|they|the (?:[\w-]+ ){0,2}?(?:post|town|village|base|city|camp|outpost)) (?:had )?$", before, re.I) and any(
                u.sub_event_type == "Government regains territory" or u.sub_event_type == "_capture" and fastre.match(r"re", u.text, re.I) for u in triggers):
            continue  # "Security forces retook the post, two days after it fell to TTP fighters": the loss before the recapture
        if t.sub_event_type in {"_capture", "_territory"} and fastre.match(r"captured\s+(?:in|during|at|near|while|on)\b", text[t.span.start : t.span.start + 20], re.I) and fastre.search(
                r"\b(?:servicemen|soldiers|troops|fighters|prisoners|personnel|men|marines|defenders|civilians)\s+$", before, re.I):
            continue  # "the released included National Guard servicemen captured in Kursk region": who they are
        if t.sub_event_type in _VIOLENT_TRIGGERS and fastre.search(
                r"\b(?:talks|discussions|meeting|dialogue|summit|negotiations)\b[^.;]{0,60}?\b(?:covering|on|about|addressing|discussing|focused on|focusing on)\s+(?:[\w'’-]+\s+){0,3}$",
                text[max(sent.start, t.span.start - 100) : t.span.start], re.I):
            continue  # "held talks covering killings along the border": a topic of talks
        if t.sub_event_type == "_protest_violence" and fastre.search(r"\b(?:tyres?|tires?)\b", t.text, re.I) and fastre.search(
                r"\b(?:remained|was|stayed|were) (?:entirely |largely |otherwise )?peaceful\b", sent.text, re.I):
            continue  # "Protesters burnt tyres but the demonstration remained peaceful": the writer's word
        if t.sub_event_type == "_protest_violence" and fastre.search(
                r"\b(?:officials|police|authorities|the army|security (?:forces|officials)|ISPR|the military|the government)\s+(?:said|claimed|alleged|maintained)\s+(?:that\s+)?(?:the\s+)?(?:firing|shooting|force|action|fire)\s+(?:was\s+|had been\s+)?(?:in response to|a response to|in reply to|provoked by|because of)\s+(?:[\w-]+\s+)?$",
                text[max(sent.start, t.span.start - 120) : t.span.start], re.I):
            continue  # "Officials said the firing was in response to stone-pelting": the shooters' account
        if t.sub_event_type == "Grenade" and fastre.match(r"s?(?: and (?:[\w-]+ ){0,2}?(?:ammunition|rounds|bullets|magazines))?\s+(?:were|was|had been|have been) (?:reportedly |allegedly |also |later )?(?:recovered|seized|found|confiscated)\b",
                                                         text[t.span.end : t.span.end + 80], re.I):
            continue  # "A pistol and grenade were reportedly recovered": a haul, not a grenade attack
        if t.sub_event_type == "_violence" and t.sentence > 0 and t.text.lower() == "attack" and fastre.search(
                r"\b(?:claimed|claim|claims)\s+(?:responsibility\s+for\s+)?the\s+$", before, re.I) and any(u.sentence < t.sentence for u in triggers):
            continue  # "... set fire to the INEC office. No one was hurt, and no group claimed the attack": the deed told back
        if t.sub_event_type == "_protest" and fastre.search(
                r"\b(?:rules|laws?|restrictions|curbs|regulations|bill|ban) (?:on|governing|regulating) (?:[\w-]+ )?$|\bbarring (?:[\w-]+ )?$", before, re.I):
            continue  # "voted to tighten rules on street rallies, ... barring demonstrations near government buildings": a law
        if t.sub_event_type in {"Shelling/artillery/missile attack", "Air/drone strike"} and fastre.search(
                r"\b(?:pledged|pledges|package of|shipment of|deliver(?:y|ies) of|supply of|supplies of|donated|donating)\b[^.;]{0,80}$",
                text[max(sent.start, t.span.start - 100) : t.span.start], re.I) and not fastre.search(r"\b(?:struck|hit|fired|killed|landed|launched|shelled)\b", sent.text, re.I):
            continue  # "pledged another package of air defence systems and 155mm artillery shells to Ukraine": arms supplied
        if t.sub_event_type in _VIOLENT_TRIGGERS and fastre.search(r"\bno (?:link|links|connection|involvement|role) (?:to|with|in) (?:the |any )?(?:recent |latest )?$", before, re.I):
            continue  # "said they had no link to recent rocket attacks": a denial
        if t.sub_event_type in _VIOLENT_TRIGGERS and has(_DIED_OF_EARLIER_WOUNDS, t.sentence):
            continue  # "died in hospital of wounds he sustained during an Israeli raid on Nablus last month": an earlier raid's toll
        if t.sub_event_type == "_violence" and fastre.search(r"\bfamil(?:y|ies) of (?:[\w-]+ ){0,3}$", before, re.I) and fastre.match(r"\s+(?:on duty|in the line of duty)\b", text[t.span.end : t.span.end + 24], re.I):
            continue  # "a compensation package for families of police personnel killed on duty": a policy
        if t.sub_event_type == "Abduction/forced disappearance" and fastre.search(r"\bhostage", t.text + text[t.span.end : t.span.end + 20], re.I) and has(_CRIME_ONLY, -1) and not political:
            continue  # "held two employees hostage at a bank ... the suspect had gambling debts": a crime
        if t.sub_event_type == "_clash_words" and fastre.match(r"ambush", t.text, re.I) and fastre.search(r"\b(?:following|after)\s+(?:an?|the)\s+(?:[\w-]+\s+)?$", before, re.I) and any(
                u.sentence == t.sentence and u.span.end <= t.span.start and u.sub_event_type in {"_violence", "_weapons"} for u in triggers):
            continue  # "opened fire on residents during an operation following a separatist ambush nearby": the reason for the operation
        if t.sub_event_type == "_protest" and fastre.search(r"\b(?:enforc\w+|impos\w+|order\w*)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+)?$", before, re.I) and fastre.match(r"boycott|lockdown|strike|shutdown", t.text, re.I):
            continue  # "a region where separatist fighters have enforced a boycott of classes": the fighters' order, no protest
        if t.sub_event_type == "_clash_words" and t.text.lower() == "fighting" and fastre.search(r"\b(?:has|have|had) been\s+$", before, re.I) and fastre.match(
                r"[^.;]{0,80}?\b(?:for (?:more than |over |nearly |almost |about )?(?:a|one|two|three|four|\d+|several|many) (?:years?|months?)|since (?:19|20)\d\d)\b", text[t.span.end : t.span.end + 120], re.I) and any(
                u.sentence < t.sentence and u.sub_event_type in _VIOLENT_TRIGGERS - {"_clash_words"} for u in triggers):
            continue  # "... when a drone struck a minibus. The military has been fighting Fano militiamen ... for more than a year": the war's backdrop
        if t.sub_event_type == "_protest" and fastre.search(
                r"\b(?:keep|kept|keeping) (?:[\w'’-]+ ){0,4}?away from (?:joining |attending )?(?:the |a |an |its |their )?(?:[\w'’-]+ ){0,2}$",
                text[max(sent.start, t.span.start - 80) : t.span.start], re.I) and any(u.sub_event_type == "Arrests" for u in triggers):
            continue  # "BNP said the arrests were meant to keep its workers away from the party's divisional rally": a rally to come
        if t.sub_event_type == "_clash_words" and t.text.lower() == "fighting" and fastre.search(
                r"\b(?:mission|force|coalition|operation|contingent)\s+$", before, re.I) and fastre.search(
                r"\b(?:will|would|to|plans? to|agreed to) (?:send|deploy|bolster|reinforce|join|support|fund|extend)\b", sent.text, re.I):
            continue  # "will send 600 more officers to bolster the multinational mission fighting armed gangs": what the mission does
        if t.sub_event_type == "Abduction/forced disappearance" and fastre.match(r"kidnapp|abduct", t.text, re.I) and fastre.match(
                r"[^.;]{0,80}?\b(?:last (?:week|month|year)|(?:weeks|months|days) ago|earlier this (?:week|month|year))\b[^.;]{0,40}?\b"
                r"(?:regained (?:their|his|her) freedom|(?:have|has|had|were|was) (?:been )?(?:freed|released))\b", text[t.span.end : t.span.end + 200], re.I):
            continue  # "Fifteen students kidnapped from a school last month have regained their freedom": an earlier kidnapping's end
        if t.sub_event_type == "Abduction/forced disappearance" and fastre.match(
                r"(?:[- ](?:and|&)[- ]ransom)?[- ](?:insurance|insurers?|cover|policies|premiums)\b", text[t.span.end : t.span.end + 30], re.I):
            continue  # "premiums for kidnap-and-ransom insurance": a market, no kidnapping
        if t.sub_event_type in {"_violence", "_weapons"} and fastre.search(
                r"\b(?:accused of|suspected of|for allegedly|blamed for|alleged to have)\s+(?:\w+\s+)?$", before, re.I) and any(
                u.sentence == t.sentence and u.span.start > t.span.end and u.sub_event_type == "_violence" for u in triggers):
            continue  # "seized a man accused of stabbing a rider and beat him to death": his alleged deed, not the event
        if t.sub_event_type == "_protest" and fastre.search(r"\b(?:accus\w+|suspected|charged|arrested|detained) (?:\w+ )?(?:of|for|with) (?:joining|taking part in|participating in|attending)\s+(?:the |a |an )?(?:[\w'’-]+\s+){0,3}$", before, re.I):
            continue  # "detained 30 people accused of joining the demonstrations of 20 September": the charge
        if t.sub_event_type == "_protest" and fastre.fullmatch(r"(?:the |a )?blockades?", t.text, re.I) and has(_DRILLS, t.sentence):
            continue  # "warships and fighter jets practising blockades" in military drills: an exercise
        if t.sub_event_type == "_protest" and fastre.match(r"stopp|block|halt", t.text, re.I) and _ARMED_SUBJECT_BEFORE.search(text, sent.start, t.span.start):
            continue  # "Armed men stopped traffic on the highway and set fire to five trucks": gunmen's roadblock, no protest
        if t.sub_event_type == "_violence" and fastre.fullmatch(r"killed|slain|murdered", t.text, re.I) and _VICTIM_NOUN_AFTER.match(text, t.span.end) and fastre.search(
                r"\b(?:(?:missing|disappeared|abducted|detained|jailed)\s+and|(?:photos|photographs|pictures|portraits|images|names|list|families|relatives)\s+of(?:\s+the)?)\s+$", before, re.I):
            continue  # "displayed photographs of missing and killed persons": who they were, no killing told
        if t.sub_event_type == "_force" and _ARREST_WORD.match(t.text) and _MET_INDOORS.search(text, t.span.start, min(sent.end, t.span.end + 60)):
            continue  # "arrested 14 members of the movement as they gathered for a meeting": a meeting, no protest
        if t.sub_event_type in {"_violence", "_clash_words"} and fastre.search(r"\b(?:group|movement|faction|militia|organi[sz]ation|outfit|front) (?:that|which) (?:has|have) (?:(?:repeatedly|previously|often|long|also|frequently) )?$", before, re.I) and any(
                u.sub_event_type in {"Agreement", "Change to group/activity", "Arrests"} and u.sentence == t.sentence for u in triggers):
            continue  # "signed a ceasefire with the Patriotic Liberation Front, a rebel group that has attacked oil installations": who they are
        if t.sub_event_type == "Change to group/activity" and fastre.search(r"\b(?:demand\w*|call(?:s|ed|ing)? for|urg(?:e|ed|es|ing)|press(?:ed|ing)? for) (?:the |an? |their |its )?(?:[\w-]+ ){0,2}$", before, re.I):
            continue  # "demanding the demobilisation of their relatives": what they ask for
        if t.sub_event_type == "Disrupted weapons use" and fastre.match(r"(?:all |every )?(?:[\w-]+ ){0,3}?(?:were|was) (?:all )?(?:intercepted|shot down)", t.text, re.I) and fastre.match(
                r"[^.;]{0,20}?\bbut\b[^.;]{0,100}?\b(?:damage[ds]?|destroyed|hit|struck|killed|wounded|injured)\b", text[t.span.end : sent.end], re.I):
            continue  # "claimed all missiles were intercepted, but satellite images later showed damage": they got through
        if t.sub_event_type in {"_clash_words", "_violence"} and any(u.sentence == t.sentence and u.sub_event_type == "_protest" for u in triggers) and fastre.search(
                r"\baccus(?:ed|ing) (?:[\w'’-]+ ){1,4}?of (?:failing|having failed|doing nothing|not doing enough)\b[^.;]{0,80}$|,\s+(?:[\w'’-]+\s+){0,12}?(?:and\s+)?alleging\s+[^.;]{0,80}$", text[sent.start : t.span.start], re.I):
            continue  # "accusing peacekeepers of failing to protect Armenians during the offensive", "alleging ... an attack on their candidate": the grievance
        if t.sub_event_type in {"_force", "Arrests"} and fastre.search(r"\b(?:went missing|disappeared|vanished|was tortured|died|was killed)\s+(?:\w+\s+)?after being\s+$", before, re.I):
            continue  # "relatives of a shopkeeper who went missing after being detained at a checkpoint staged a sit-in": the grievance
        if t.sub_event_type in _VIOLENT_TRIGGERS and fastre.search(r"\b(?:destroyed|damaged|ruined|levell?ed|flattened|razed|devastated|emptied) (?:\w+ )?(?:in|during|by) (?:the )?(?:[\w-]+ )?$", before, re.I) and fastre.match(
                r"\s+(?:to|for|against) (?:drive out|expel|oust|retake|recapture|liberate|free) ", text[t.span.end : t.span.end + 30], re.I):
            continue  # "the old city, which was largely destroyed in the battle to drive out Islamic State": its past
        if t.sub_event_type in _VIOLENT_TRIGGERS and fastre.search(r"\b(?:that|which) (?:was|were|had been) (?:[\w-]+ )?(?:flattened|destroyed|levell?ed|hit|struck|damaged|reduced to rubble) by (?:an? |the )?$", before, re.I) and fastre.match(
                rf"\s+(?:in (?:{MONTHS})|(?:last|earlier this) (?:year|month)|(?:weeks|months) (?:ago|earlier))\b", text[t.span.end : t.span.end + 30], re.I):
            continue  # "recovered 23 bodies from the ruins of a building that was flattened by an airstrike in March": a past strike's dead
        if t.sub_event_type == "_protest" and fastre.fullmatch(r"blockades?", t.text, re.I) and fastre.search(r"\b(?:naval|maritime|sea|air|economic|trade|aerial)\s+$", before, re.I):
            continue  # "a new phase of the group's naval blockade": shipping, no protesters
        if t.sub_event_type in {"_clash_words", "_violence", "_force"} and fastre.search(r"(?:^|[.;]\s*|,\s*)no (?:(?:(?!(?:for|of|behind|about|why|to)\b)[\w'’-]+ ){1,3}(?:or|nor|and) )?$", text[sent.start : t.span.start], re.I) and fastre.match(
                r"\s+(?:were|was) (?:\w+ )?(?:reported|recorded|seen|observed)\b|\s+(?:took place|occurred)\b", text[t.span.end : t.span.end + 30], re.I):
            continue  # "No police presence or clashes were reported": none
        if t.sub_event_type == "_protest" and fastre.fullmatch(r"protests?", t.text, re.I) and fastre.search(r"\b(?:drawing|drew|draws|prompting|prompted|sparking|sparked) (?:angry |strong |fierce )?$", before, re.I) and fastre.match(
                r"\s+from (?:[\w'’-]+ ){0,3}?(?:groups?|organi[sz]ations|activists|critics|the opposition|lawmakers|diplomats|governments?|countries|campaigners)\b", text[t.span.end : t.span.end + 50], re.I):
            continue  # "passed a law ..., drawing protests from rights groups": objections, no demonstration told
        if t.sub_event_type == "_protest" and fastre.search(r"\b(?:sparked|triggered|prompted|provoked|set off)\s+(?:(?:deadly|mass|violent|nationwide|street|weeks of|days of|large)\s+){0,3}$", before, re.I) and fastre.match(
                r"[^.;]{0,30}?\b(?:last year|in (?:19|20)\d\d|(?:a|one|two|three|\d+) years? ago)\b", text[t.span.end : t.span.end + 60], re.I):
            continue  # "a finance bill ..., a measure that sparked deadly street protests last year": the past, no protest today
        if t.sub_event_type in {"_protest", "_force"} and fastre.search(r"\bsanctions? (?:on|against) [^.;]{1,80}?\bover (?:what (?:it|they) called )?(?:the )?(?:[\w-]+ ){0,3}$", text[max(sent.start, t.span.start - 160) : t.span.start], re.I):
            continue  # "imposed sanctions on 12 officials over the violent crackdown on protesters": their punishment, no protest
        if t.sub_event_type == "_violence" and fastre.search(r"\b(?:date|time|circumstances|cause|details)(?: and (?:[\w-]+ ){0,2}?(?:date|time|circumstances|cause|details))? of (?:the )?$", before, re.I) and fastre.match(
                r"\s+(?:are|were|remain(?:ed)?|is|was) (?:still )?(?:unknown|unclear|not known)\b", text[t.span.end : t.span.end + 30], re.I):
            continue  # "(a grave with 11 bodies was found.) The date and circumstances of the killings are unknown": no killing told
        if t.sub_event_type in {"_violence", "_clash_words"} and fastre.search(r"\b(?:that|which) (?:had|has) (?:led to|caused|sparked|fuell?ed|triggered|claimed) (?:[\w-]+ ){0,2}?$", before, re.I) and any(
                u.sub_event_type == "Agreement" and u.sentence == t.sentence for u in triggers):
            continue  # "signed a non-aggression pact ... ending a dispute that had led to repeated armed attacks": what the deal ends
        if t.sub_event_type == "_violence" and fastre.search(r"\b(?:deny|denying|denied|denies|rejecting|rejected) (?:[\w'’-]+ ){0,3}?(?:involvement|role|hand) in (?:the )?(?:[\w'’-]+ ){0,2}$", text[max(sent.start, t.span.start - 90) : t.span.start], re.I):
            continue  # "held a rally denying UPDF involvement in the Panchhari killings": the denial, not a killing
        if t.sub_event_type == "_protest" and fastre.search(r"\b(?:agreement|deal|accord|pact)\b[^.;]{0,40}?\bto (?:lift|end|call off|suspend|halt) (?:a |an |the |their |its )?(?:[\w-]+ ){0,3}$", text[max(sent.start, t.span.start - 90) : t.span.start], re.I) and any(
                u.sub_event_type == "Agreement" and u.sentence == t.sentence for u in triggers):
            continue  # "signed an agreement late on Friday to lift a 16-day highway blockade": what the deal ends
        if t.sub_event_type == "_protest" and fastre.fullmatch(r"protest", t.text, re.I) and fastre.match(r"\s+(?:committees?|movements?|groups?|fronts?|networks?|platforms?|coalitions?)\b", text[t.span.end : t.span.end + 15], re.I) and fastre.search(
                r"\b(?:leaders?|heads?|members?|spokes(?:man|woman|person)|coordinators?|organi[sz]ers?|chairm[ae]n|convenors?|conveners?) of (?:an? |the )?(?:[\w-]+ ){0,2}$", before, re.I):
            continue  # "arrested the leader of a regional protest committee": who he is, no protest today
        if t.sub_event_type == "Looting/property destruction" and fastre.search(r"\b(?:recovery|return|surrender|retrieval) of (?:the )?(?:[\w-]+ ){0,2}$", before, re.I):
            continue  # "a status report on the recovery of weapons looted from police armouries": loot of the past
        if t.sub_event_type in {"Arrests", "_force"} and fastre.search(r"\b(?:has|have|had) been (?:used|misused|abused) to $", before, re.I):
            continue  # "a law which rights groups say has been used to detain Tamils without charge": its record, no arrest
        if t.sub_event_type in {"_violence", "_weapons"} and any(m.start() < t.span.start < m.end() for m in RUMOURED_DEED.finditer(text, sent.start, sent.end)) and any(
                u.sub_event_type in {"_riot", "_protest_violence", "Looting/property destruction"} and u.sentence == t.sentence and u.span.start < t.span.start for u in triggers):
            continue  # "Rioters attacked shops of Syrian refugees after rumours spread online that a Syrian man had stabbed a youth": the rumour's knife
        if t.sub_event_type == "Abduction/forced disappearance" and (fastre.search(r"\b(?:claim\w*|pretend\w*) to have $", before, re.I) or fastre.search(
                r"\b(?:virtual|fake|staged|self-)[- ]?kidnapp\w*|\bkidnapping (?:scams?|hoax(?:es)?)\b", text, re.I)):
            continue  # "virtual kidnapping calls, in which extortionists claim to have abducted a relative": a hoax
        if t.sub_event_type == "Abduction/forced disappearance" and _DRUGS_SEIZED.match(t.text):
            continue  # "seized heroin worth Rs 12 crore from a vehicle": goods, not a person taken
        if t.sub_event_type == "_protest" and t.text.lower() == "blockaded" and _BLOCKADED_PLACE.match(text, t.span.end):
            continue  # "people in Burkina Faso's blockaded towns face hunger": a siege's towns, no protest
        if t.sub_event_type in {"Remote explosive/landmine/IED", "Grenade"} and _CLEARANCE_BEFORE.search(text, max(sent.start, t.span.start - 60), t.span.start):
            continue  # "an agreement ... for joint destruction of explosive devices": the devices are to be cleared
        if t.sub_event_type == "_clash_words" and t.text.lower() == "fighting" and _FIGHTING_ON_SIDE.search(text, max(sent.start, t.span.start - 30), t.span.end + 40):
            continue  # "a formation of Belarusian volunteers fighting on the side of Ukraine": who they are
        if t.sub_event_type == "Change to group/activity" and fastre.search(
                r"\b(?:following|after|amid|due to|because of) (?:an? |the |its )?(?:internal |recent |bitter )?$", before, re.I) and any(
                u.sentence == t.sentence and u.sub_event_type == "Non-violent transfer of territory" for u in triggers):
            continue  # "withdrew from Roberto Payán following an internal split, and ... moved in": the withdrawal's cause
        if t.sub_event_type == "_protest" and _STATE_CELEBRATION.search(sent.text) and not _DEMANDS.search(sent.text):
            continue  # "crowds gathered at the mausoleum to mark the anniversary of independence": a celebration
        if t.sub_event_type == "_protest" and _REPORTED_ON.search(before) and any(
                u.sub_event_type == "Arrests" and u.sentence == t.sentence and u.span.end <= t.span.start for u in triggers):
            continue  # "detained a journalist after he reported on a women's protest": the arrest's cause
        if t.sub_event_type in _VIOLENT_TRIGGERS and _TO_RENOUNCE.search(before) and any(
                u.sub_event_type == "Agreement" and u.sentence == t.sentence and u.span.end <= t.span.start for u in triggers):
            continue  # "agreed to extend the ceasefire and to suspend kidnappings": a term of the deal
        if t.sub_event_type == "_protest" and fastre.fullmatch(r"walk(?:ed|s|ing)? out|walk-?outs?|(?:in )?protest", t.text, re.I) and _LAWMAKERS_WALKOUT.search(sent.text):
            continue  # "opposition lawmakers who walked out of the chamber in protest": a parliament's business
        if t.sub_event_type == "_clash_words" and fastre.match(r"battl", t.text, re.I) and _ELEMENTS.match(text, t.span.end):
            continue  # "rescue teams battled rising waters": no battle
        if t.sub_event_type in _VIOLENT_TRIGGERS and _HALTED_OPERATIONS.search(before) and (
                _OPERATIONS_AFTER.match(text, t.span.end) or fastre.fullmatch(r"attacks|strikes|operations", t.text, re.I)):
            continue  # "halting its drone and rocket operations": a group's decision, no strike
        if t.sub_event_type == "Headquarters or base established" and (fastre.search(
                r"\b(?:temporary|makeshift|illegal|snap|mobile) (?:checkpoint|roadblock|check post|barricade)", t.text, re.I) or fastre.search(
                r"\b(?:checkpoint|roadblock|check post)$", t.text, re.I) and fastre.match(r"[^.;]{0,80}?\bfor (?:several|a few|two|three|some) hours\b", text[t.span.end : t.span.end + 90], re.I)):
            continue  # "set up a temporary checkpoint, searched vehicles": a show of presence, no base
        if t.sub_event_type == "_protest" and (fastre.fullmatch(r"(?:the |a )?(?:blockades?|sieges?)", t.text, re.I) and (_SIEGE_BEFORE.search(before) or any(
                u.sub_event_type == "Change to group/activity" and u.span.start <= t.span.start and t.span.end <= u.span.end for u in triggers))):
            continue  # "a town under a JNIM blockade", "JNIM announced ... a blockade of Bourzanga": no protest held
        if t.sub_event_type in {"_riot", "_protest"} and _PAST_UNREST.search(before) and not fastre.fullmatch(r"protested|demonstrated|rallied|marched|rioted", t.text, re.I):
            continue  # "activists detained after the January 2022 unrest": an earlier year's unrest named (not "families ... after the 2022 floods protested")
        if t.sub_event_type in {"_capture", "_territory"} and has(_BY_AGREEMENT, t.sentence) and any(
                u.sub_event_type == "Non-violent transfer of territory" and u.sentence == t.sentence for u in triggers):
            continue  # "border guards withdrew, and the other side took control of the area in line with the delimitation"
        if t.sub_event_type == "_protest" and (_DURING_THE.search(before) and has(_UNKNOWN_BOMBERS, t.sentence) and any(
                u.sub_event_type in {"Grenade", "Remote explosive/landmine/IED"} and u.sentence == t.sentence for u in triggers)
                or _PLANNED_DURING.search(text, sent.start, t.span.start)):
            continue  # "unidentified persons exploded crude bombs ... during the blockade", "had planned to torch vehicles during the blockade": its setting
        if t.sub_event_type == "_capture" and (_IN_A_YEAR.match(text, t.span.end) or _HAD_BEFORE.search(before) and _CAPTURED_EARLIER.match(text, t.span.end)):
            continue  # "border guards captured in 2022" (returned in a prisoner swap), "which it had captured earlier in the year": an old capture
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_clash_words", "_protest", "_weapons", "_violence"} and has(_REENACTED, t.sentence):
            continue  # "re-enactors staged the Battle of Borodino": no battle today
        if t.sub_event_type in {"Looting/property destruction", "_protest_violence"} and t.text.lower() == "torch" and fastre.match(r"\s+of\b", text[t.span.end : t.span.end + 4]):
            continue  # "a ceremony to light the torch of the revolution anniversary": a torch, not arson
        if t.sub_event_type == "Change to group/activity" and fastre.match(r"handed (?:himself|herself) over", t.text, re.I) and fastre.match(r"\s*(?:to )?(?:the )?police\b", text[t.span.end : t.span.end + 16], re.I):
            continue  # "The suspect handed himself over to police": a suspect, not a group's surrender
        if t.sub_event_type in {"Arrests", "_violence"} and _NATIONWIDE_TALLY.match(text, t.span.end):
            continue  # "troops had 'neutralised' 187 terrorists and arrested 203 suspects across the country in the past month": a tally
        if t.sub_event_type == "Agreement" and fastre.search(r"\b(?:who|which) (?:had )?$", before, re.I):
            continue  # "a former FARC combatant who signed the 2016 peace agreement was shot dead": who he was
        if t.sub_event_type == "_protest" and fastre.search(r"\bbans? on (?:all |public |street )?$", before, re.I):
            continue  # "ruled that a police ban on demonstrations ... was unconstitutional": no one demonstrated
        if t.sub_event_type == "Agreement" and fastre.search(r"memorand|understanding", t.text + text[t.span.end : t.span.end + 30], re.I) and has(_CIVIL_ACCORD, t.sentence) and not has(_CONFLICT_ACCORD, t.sentence):
            continue  # "signed a memorandum of understanding on the Development Road project and water management": no conflict's accord
        if t.sub_event_type in {"Shelling/artillery/missile attack", "Air/drone strike"} and _WILL_SEND.search(text, max(sent.start, t.span.start - 100), t.span.start):
            continue  # "Germany will send two more Patriot air-defence systems and 100 additional missiles to Ukraine": aid, no strike
        if t.sub_event_type == "_protest" and fastre.match(r"padayatra", t.text, re.I) and has(_RIVAL_PARTY_MEN, t.sentence) and not has(_POLICE_WORD, t.sentence):
            continue  # "AL and BNP supporters clashed ... when BNP's padayatra passed near an AL office": the rivals' brawl, not the march's
        if t.sub_event_type == "Arrests" and _POWERS_TO.search(before):
            continue  # "a bill giving police wider powers to search and detain terrorism suspects": a law
        if t.sub_event_type == "Change to group/activity" and fastre.match(r"surrender|defect|laid down|gave up", t.text, re.I) and _SINCE_A_YEAR.match(text, t.span.end):
            continue  # "more than 100,000 Boko Haram members ... had surrendered to troops in the North East since 2021": a tally
        if t.sub_event_type in {"_violence", "_weapons"} and _ANGERED_BY.search(before) and any(
                u.sub_event_type == "_protest_violence" and u.sentence == t.sentence and fastre.search(r"pelt|ston|barricad|brick", u.text, re.I) for u in triggers):
            continue  # "youths angered by the killing of a motorcycle rider by a soldier mounted burning barricades": the riot's cause
        if t.sub_event_type == "Arrests" and has(_COURT_WORDS, t.sentence) and _IN_A_PAST_YEAR.match(text, t.span.end):
            continue  # "the court ruled that Russia violated the rights of Georgians detained ... in 2019": a ruling on an old arrest
        if t.sub_event_type == "Agreement" and has(_STILL_NEGOTIATED, t.sentence):
            continue  # "progress toward a Gaza ceasefire ..., but key issues including the exchange of prisoners remained unresolved": talks
        if t.sub_event_type in _VIOLENT_TRIGGERS and _INQUIRY_AFTER.match(text, t.span.end):
            continue  # "the judge leading the Beirut port blast investigation": a named past event's inquiry
        if t.sub_event_type == "_force" and t.text.lower() == "police action" and _CAUSE_KILLED_IN.search(text, max(sent.start, t.span.start - 90), t.span.start):
            continue  # "protesting the killings of party activists in recent police action": the protest's cause
        if t.sub_event_type in {"_clash_words", "_weapons"} and fastre.match(r"battle|fight", t.text, re.I) and _METAPHOR_BATTLE.search(text, max(sent.start, t.span.start - 12), min(sent.end, t.span.end + 40)):
            continue  # "told supporters they had 'won the battle' but that the fight against crime was just beginning": words
        if t.sub_event_type == "_protest" and _CHARGE_AT_A_RALLY.search(before):
            continue  # "arrested three MCAs over alleged incitement during a rally the previous weekend": the charge's setting
        if t.sub_event_type == "_violence" and fastre.match(r"execution", t.text, re.I) and _NOT_CARRIED_OUT.search(before):
            continue  # "Congo has not carried out an execution in decades": none today
        if t.sub_event_type == "_protest" and fastre.fullmatch(r"protests?", t.text, re.I) and _DESPITE_BEFORE.search(before) and fastre.match(r"\s+(?:from|by)\b", text[t.span.end : t.span.end + 6]):
            continue  # "parliament passed the bill despite protests from rights groups": objections, no protest told
        if t.sub_event_type == "_violence" and t.text.lower() == "assault" and _UNIT_NOUN_AFTER.match(text, t.span.end):
            continue  # "formed a new assault company": a unit's name
        if t.sub_event_type == "Abduction/forced disappearance" and fastre.match(r"\s+victims\b", text[t.span.end : t.span.end + 10]) and any(
                u.sub_event_type == "Headquarters or base established" and u.sentence == t.sentence for u in triggers):
            continue  # "set up a base in an abandoned school ..., using it to store weapons and hold kidnapping victims": the base's use
        if t.sub_event_type == "_protest" and fastre.search(r"\bto\s+$", before) and fastre.match(r"block", t.text, re.I) and has(_GANG_BLOCKERS, t.sentence):
            continue  # "members of the Sinaloa Cartel set fire to vehicles ... to block roads": the gang's barricade, no protest
        if t.sub_event_type == "_violence" and fastre.fullmatch(r"murders?|killings?", t.text, re.I) and _CASE_NOUN.match(text, t.span.end):
            continue  # "shown arrested in a murder case", "three murder suspects": the charge, not a deed told
        if t.sub_event_type == "_violence" and _WAR_TOLL.search(before):
            continue  # "two years into a war that has killed tens of thousands": the war's toll, no event
        if t.sub_event_type == "_clash_words" and fastre.match(r"battl(?:ed|ing|es?) (?:to (?:reach|rescue|save|contain|control|douse|put out|extinguish|evacuate)|(?:the )?(?:flames|fire|blaze|floods?|floodwaters))\b", t.text + text[t.span.end : t.span.end + 30], re.I):
            continue  # "rescuers battled to reach submerged villages": no fight
        if t.sub_event_type == "_protest" and _not_yet_held(text, t, sent, before):
            continue  # due, announced, urged or called for: not yet held
        if t.sub_event_type in {"_riot", "_protest"} and not fastre.match(r"\w+ed\b", t.text) and fastre.search(
                r"\b(?:in|during|of) (?:the )?(?:earlier|previous|past|recent|last year's|last month's)\s+$|\b(?:in|during|of) the (?:19|20)\d\d\s+$", before, re.I):
            continue  # "photographs of people killed in earlier unrest": another time's unrest
        if t.sub_event_type in {"Disrupted weapons use", "Remote explosive/landmine/IED"} and has(_OLD_WAR, t.sentence) and not (
            # "a landmine left over from the war exploded ..., killing a shepherd": a mine of a recent war that harms
            t.sub_event_type == "Remote explosive/landmine/IED" and has(_KILLED_OR_MAIMED, t.sentence) and not has(_WORLD_WARS, t.sentence)
        ) or (
            t.sub_event_type in {"Shelling/artillery/missile attack", "Air/drone strike"} and has(_LEGACY_ORDNANCE, t.sentence)
        ):
            continue  # "experts defused a Second World War bomb found at a building site": no conflict now
        if t.sub_event_type == "_force" and fastre.match(r"disperse\b", t.text, re.I) and fastre.search(
                r"\b(?:refus\w*|declin\w*|vow\w*|pledg\w*)\s+(?:not\s+)?to\s+$|\bnot\s+to\s+$", before, re.I):
            continue  # "refusing to disperse until the government ...": the protesters' resolve, no force
        if t.sub_event_type == "_force" and fastre.match(r"dispers", t.text, re.I) and (
            fastre.search(r"\b(?:organi[sz]ers|protesters|demonstrators|marchers|participants|they|crowds?)\s+(?:later\s+|then\s+|eventually\s+)?$", before, re.I)
            or fastre.match(r"[^.;]{0,40}?\b(?:themselves|peacefully|on their own|voluntarily)\b", text[t.span.end : t.span.end + 60], re.I)
        ):
            continue  # "Organisers dispersed the crowd themselves", "the marchers dispersed peacefully"
        if t.sub_event_type in {"_clash_words", "_violence"} and _MODAL_LAUNCH_BEFORE.search(text, max(sent.start, t.span.start - 60), t.span.start):
            continue  # "troops could launch a fresh ground offensive 'at any moment'": a threat
        if t.sub_event_type in _VIOLENT_TRIGGERS and _YEARS_AFTER_LEAD.search(text, sent.start, t.span.start):
            continue  # "A decade after Islamic State fighters swept into Sinjar, killing and enslaving thousands": the past
        if t.sub_event_type == "_riot" and fastre.search(r"\bfactions?\b", t.text, re.I) and not any(
                u is not t and u.sentence == t.sentence and u.sub_event_type in _VIOLENT_TRIGGERS | {"_clash_words", "_protest_violence", "_weapons"}
                for u in triggers) and not has(_HARMED, t.sentence):
            continue  # "Two factions of the Syrian National Army announced they would merge": no fight
        if t.sub_event_type == "_force" and fastre.match(r"intervened$", t.text, re.I) and _PERSUADED_AFTER.match(text, t.span.end):
            continue  # "Police intervened and persuaded them to withdraw the blockade": talk, no force
        if has(_TOLL_ROSE, t.sentence):
            continue  # "The death toll from last week's market attack rose to 27": an earlier event's toll
        if t.sub_event_type == "_protest" and has(_AFTERMATH, t.sentence) and any(
                u.sub_event_type in _VIOLENT_TRIGGERS and u.sentence < t.sentence for u in triggers):
            continue  # "... raped her. Residents staged protests in the following days": the deed's aftermath
        if t.sub_event_type in {"_protest", "_riot"} and _PAST_SETTING.search(text, max(sent.start, t.span.start - 130), t.span.start):
            continue  # "blamed them for violence during the student protests": the protests are the setting of a charge
        if t.sub_event_type == "_territory" and fastre.match(r"(?:remained|remain|remains|still) in control", t.text, re.I) and fastre.search(
                r"\b(?:troops|soldiers|army|forces|police|military|government)\s+$", before, re.I):
            continue  # "Troops remained in control of the town" after a raid: nothing changed hands
        if t.sub_event_type in {"_violence", "_clash_words"} and _WILDLIFE.search(text) and not has(_POLITICAL, t.sentence):
            continue  # "a farmer was trampled to death by an elephant ..., the third such attack this year"
        if t.sub_event_type == "_protest" and fastre.search(
                r"\b(?:not|never|no longer)\s+(?:holding|staging|taking part in|part of|joining|at)\s+(?:any|a|an)\s+(?:[\w-]+\s+or\s+)?$", before, re.I):
            continue  # "The group was not holding any march or protest": said to rule one out
        if t.sub_event_type == "_protest" and fastre.match(r"\s*During\b", text[sent.start : t.span.start]) and any(
                u.sentence == t.sentence and u.span.start > t.span.end and u.sub_event_type == "Arrests" for u in triggers
        ) and _ARREST_RAIDS.search(text, t.span.end, sent.end):
            continue  # "During the road blockade, police arrested 27 activists in overnight raids": the raids' time
        if t.sub_event_type == "_protest" and (fastre.match(r"\s+in\s+(?:19|20)\d\d\b", text[t.span.end : t.span.end + 10]) or (
                _IN_MONTH.match(text, t.span.end) and fastre.search(r"\bat (?:a|an|the) $", before))) and arrest_before(t):
            continue  # "detained 82 people ... over deadly protests in 2014": the protests of another year, the arrests' case
        if t.sub_event_type == "_protest" and _PROTESTS_BEFORE_MEASURE.search(before) and any(
                u.sub_event_type in {"Change to group/activity", "Agreement"} and u.span.start < t.span.start for u in triggers):
            continue  # "banned the party's activities ... following sit-ins led by the NCP": what led to the measure
        if t.sub_event_type == "_protest" and _PROTEST_AS_BACKDROP.search(before) and any(
                u.sub_event_type in _BACKDROPPED_DEEDS for u in triggers):
            continue  # "in hiding since the blockade began", "over ... at an October rally": another day's protest
        if t.sub_event_type == "_protest" and _HAD_PROTESTED.search(before) and any(
                u.sentence > t.sentence and u.sub_event_type in {"Change to group/activity", "Arrests", "Agreement"} for u in triggers):
            continue  # "For two days the NCP had staged sit-ins demanding a ban. ... decided to ban": the ban's background
        if (t.sub_event_type in _VIOLENT_TRIGGERS or t.sub_event_type == "_riot") and fastre.search(
                r"\bsince (?:the|last year's|last month's) (?:[\w'’-]+ ){0,3}$", before, re.I):
            continue  # "soldiers held by the militants since the Arsal battle": the battle dates the captivity
            # ("the largest march since the unrest began": the unrest dates the march)
        if t.sub_event_type in _VIOLENT_TRIGGERS and fastre.search(
                r"\b(?:in support of|to support|supporting|backing|in solidarity with|to honou?r|honou?ring|to salute|saluting) (?:the )?(?:[\w'’-]+ ){0,3}(?:troops|soldiers|army|forces|fighters)\s+$", before, re.I):
            continue  # "marched in support of troops fighting Boko Haram": the war is what they support
        if (t.sub_event_type == "Looting/property destruction" or t.sub_event_type == "_protest_violence" and fastre.match(r"set\b", t.text, re.I)) and _BLAZE_SUBJECT.search(
                text, max(sent.start, t.span.start - 120), t.span.start) and not any(
                u.sub_event_type != "Looting/property destruction" and u.sentence == t.sentence and u.span.start < t.span.start
                and u.sub_event_type not in {"_violence", "_weapons"} for u in out) and not (
                _ARSON_WORD.search(text, sent.start, t.span.start) or _ARSON_WORD.search(text, t.span.end, sent.end)):
            continue  # "blasts at a fireworks workshop destroyed several houses", "fire gutted a shopping complex": no one wrecked them
        if t.sub_event_type == "Looting/property destruction" and fastre.match(r"\w+ing$", t.text) and before.endswith("the ") and text.startswith(" of", t.span.end) and any(
                u.sub_event_type == "_protest" and u.sentence == t.sentence for u in triggers):
            continue  # "demanding a commission after the plundering of the social security institute": a grievance
        if t.sub_event_type == "_protest" and _NEXT_DAY.search(text, max(sent.start, t.span.start - 60), min(sent.end, t.span.end + 60)) and has(
                _CALLED_FOR, t.sentence) and not fastre.match(r"(?:protested|rallied|marched|demonstrated)\b", t.text, re.I) and not fastre.search(
                r"\b(?:held|staged|organi[sz]ed|took out|brought out)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}$", before, re.I):
            continue  # "unions called a nationwide stoppage for next Monday to protest fuel prices": not yet
        if t.sub_event_type == "_clash_words" and (
                fastre.search(r"\b(?:ending|ended|to end|halting|halted) (?:\w+ ){0,3}(?:days|weeks|months|hours|years|nights) of $", before, re.I)
                or fastre.search(r"\bwhere (?:the )?(?:[\w'’-]+ ){0,4}(?:was|were|is|are|had been|have been) $", before, re.I)):
            continue  # "agreed to a ceasefire, ending five days of clashes"; "shells fired from the side where the army was fighting"
        if t.sub_event_type == "_clash_words" and t.text.lower() == "fighting" and fastre.search(
                r"\b(?:factions|groups|gangs|militias|rebels|forces|militants|cartels|sides)\s+$", before, re.I) and any(
                u.sub_event_type == "Agreement" and u.sentence == t.sentence for u in triggers):
            continue  # "Fatah and the Islamist factions fighting it ... agreed to a ceasefire": who agreed
        if (t.sub_event_type in {"Shelling/artillery/missile attack", "Air/drone strike"} and fastre.match(r"(?:mortars?|rockets?|missiles?|shells)$", t.text, re.I)
                or t.sub_event_type == "Grenade" and fastre.match(r"(?:hand )?grenades?$", t.text, re.I)) and fastre.search(
                r"\b(?:bring(?:ing)?|brought|tak(?:ing|en)|took|carr(?:ying|ied)(?! out)|turn(?:ed|ing) over|hand(?:ed|ing) over|surrender(?:ed|ing)|seiz(?:ed|ing)|recover(?:ed|ing)|confiscat(?:ed|ing)|captur(?:ed|ing)|found|dismantl(?:ed|ing)|discover(?:ed|ing)|destroy(?:ed|ing)|including|haul of|cache of)\b[^.;]{0,50}$",
                text[max(sent.start, t.span.start - 60) : t.span.start], re.I):
            continue  # "surrendered ..., turning over 30 firearms including 2 mortars": weapons handed in, none fired
        if (t.sub_event_type in {"Shelling/artillery/missile attack", "Air/drone strike"} and fastre.match(r"(?:mortars?|rockets?|missiles?|shells)$", t.text, re.I)
                or t.sub_event_type == "Grenade" and fastre.match(r"(?:hand )?grenades?$", t.text, re.I)) and _WEAPONS_FOUND_AFTER.match(text, t.span.end):
            continue  # "a pistol and two grenades were recovered from them": weapons found, none thrown
        if t.sub_event_type in {"Remote explosive/landmine/IED", "_protest_violence", "_weapons"} and fastre.match(
                r"(?:crude |cocktail |petrol |hand-?made |home-?made )?bombs?$", t.text, re.I) and _WEAPONS_FOUND_AFTER.match(text, t.span.end) and any(
                u.sub_event_type == "Arrests" for u in triggers):
            continue  # "arrested nine Shibir activists ... Police said 4 crude bombs and some petrol were recovered": the arrest's haul
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_capture", "_territory"} and _DAYS_AFTER_LEAD.match(text, sent.start, t.span.start) and any(
                u.sentence == t.sentence and u.span.start > t.span.end and u.sub_event_type in _VIOLENT_TRIGGERS | {"_capture", "_territory"} for u in triggers):
            continue  # "Ten days after rebels overran it, the base was back in junta hands": the earlier taking
        if t.sub_event_type == "_capture" and t.text.lower() == "occupied" and fastre.search(
                r"\b(?:an?|the|in|of|every|all|our|their|its|newly|temporarily|Russian-|Israeli-)\s*$", before, re.I):
            continue  # "the school in an occupied village", "the occupied territories": a state, not a taking
        if t.sub_event_type == "_capture" and t.text.lower() == "occupied" and _OCCUPIED_TO_DEMAND.match(text, t.span.end):
            continue  # "members of the Landless Workers' Movement occupied the INCRA headquarters ... to demand": a protest (its own trigger)
        if t.sub_event_type == "_capture" and fastre.match(r"captured$", t.text, re.I) and _CAPTURED_PERSON.match(text, t.span.end):
            continue  # "the police, which captured the alleged aggressor": a person taken, not a place
        if t.sub_event_type == "_capture" and fastre.match(r"captured$", t.text, re.I) and _PEOPLE_BEFORE.search(before) and _CAPTURED_WHEN.match(text, t.span.end):
            continue  # "those returned included soldiers captured during the defence of Mariupol": people taken, told back
        if t.sub_event_type == "_clash_words" and t.sentence > 0 and t.text.lower() == "fighting" and fastre.search(
                r"\b(?:militants|fighters|rebels|insurgents|jihadists|volunteers|mercenaries|forces|troops)\s+$", before, re.I) and fastre.match(
                r"\s+(?:in|for|alongside|on behalf of|the)\s", text[t.span.end : t.span.end + 20], re.I):
            continue  # "ordered by Uyghur militants fighting in Syria": who they are, not a battle
        if t.sub_event_type == "_clash_words" and fastre.search(
                r"\b(?:fleeing|fled|escaping|escaped|displaced by|(?:criticis|criticiz|condemn|oppos|denounc)(?:ed|ing)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?|"
                r"part of (?:a|an|the) (?:[\w-]+\s+){0,3}?)$", before, re.I):
            continue  # "civilians fleeing fighting", "had criticised the LNA offensive", "part of a coordinated offensive": told, not fought here
        if t.sub_event_type == "_clash_words" and fastre.search(r"\b(?:that|who|which) had (?:long |previously |repeatedly |earlier |once )?$", before, re.I) and any(
                u.sentence == t.sentence and u.sub_event_type == "Agreement" for u in triggers):
            continue  # "elders of two sub-clans that had fought over farmland signed a peace agreement": who signed
        if t.sub_event_type == "_clash_words" and t.sentence > 0 and fastre.search(
                r"\bhad been (?:reported|heard|going on|under way|raging)\b[^.;]{0,60}\b(?:the day before|the previous (?:day|night|week)|earlier|for (?:days|weeks|months))\b", sent.text, re.I) and any(
                u.sentence < t.sentence and u.sub_event_type not in {"_clash_words", "_weapons"} for u in triggers):
            continue  # "... killed them. Fighting between the KNDF and the military had been reported in the area the day before"
        if t.sub_event_type == "_protest" and t.sentence > 0 and (
                fastre.search(r"\b(?:went on to|later|subsequently|afterwards)\s+(?:[\w-]+\s+){0,2}$", before, re.I)
                or fastre.search(r"\b(?:that|the same|the following) (?:evening|night|afternoon)\b", sent.text, re.I)) and any(
                u.sub_event_type == "Arrests" and u.sentence < t.sentence for u in triggers):
            continue  # "arrested Imran Khan ... His supporters went on to protest across the country": what followed the arrest
        if t.sub_event_type == "Abduction/forced disappearance" and fastre.match(r"took (?:him|her|them) away", t.text, re.I) and fastre.search(
                r"\b(?:police\w*|officers|detectives|constables)\b", text, re.I):
            continue  # "policemen arrived at 3am and took him away without a warrant": an arrest, told with the arrest
        if t.sub_event_type == "_protest" and fastre.search(r"\bin connection with (?:(?:a|an|the) )?['‘\"]?(?:[\w-]+ )?$", before, re.I) and any(
                u.sub_event_type == "Arrests" and u.span.start < t.span.start for u in triggers):
            continue  # "arrested 14 activists in connection with a 'flash procession' held the previous morning": the charge
        if t.sentence > 0 and fastre.match(r"\s*Earlier (?:that|the same|on the same) (?:day|morning|afternoon|evening)\b", sent.text) and any(
                u.sentence < t.sentence and u.sub_event_type not in {"_violence", "_weapons", "_clash_words", "_protest"} for u in triggers):
            continue  # "... signed the charter. Earlier that day, a group protesting near the venue clashed with police": another event
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"Sexual violence"} and fastre.search(
                r"\b(?:after|following|over) (?:reports|rumou?rs|claims|allegations|accusations) that\b[^.;]{0,80}$", text[max(sent.start, t.span.start - 120) : t.span.start], re.I):
            continue  # "attacked Syrian-owned shops after reports that a Syrian man had sexually abused a child": the rumour
        if t.sub_event_type == "_force" and fastre.search(
                r"\b(?:earlier|previous|past|other) (?:protests?|demonstrations?|rallies|marches)\b[^.;]{0,80}$", text[max(sent.start, t.span.start - 120) : t.span.start], re.I):
            continue  # "unlike earlier protests in Tel Aviv where police used water cannon": another day's force
        if t.sub_event_type in _VIOLENT_TRIGGERS | _RIOT_KINDS and fastre.match(
                r"[^.;,]{0,40}?\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+) (?:months|years) ago|last year|in recent (?:months|years))\b", text[t.span.end : t.span.end + 80], re.I):
            continue  # "freed from prison by supporters during unrest three months ago", "an arson attack ... last year": the past
        if t.sub_event_type in _VIOLENT_TRIGGERS and fastre.match(r"[^.;]{0,40}?\b(?:over|during|across) (?:the (?:past|last) )?(?:\w+ )?decades\b", text[t.span.end : t.span.end + 80], re.I):
            continue  # "a campaign that killed more than 800 people over four decades": a campaign's past, not an event
        if t.sub_event_type == "_violence" and fastre.match(r"(?:raids?|attacks?|assault)$", t.text, re.I) and (
                fastre.match(r"\s+rifles?\b", text[t.span.end : t.span.end + 8], re.I)
                or fastre.search(r"\b(?:base|launch ?pad|staging (?:post|ground)|springboard) for\s+(?:[\w-]+\s+)?$", before, re.I)):
            continue  # "85 assault rifles"; "using it as a base for raids along the coast": what the base is for
        if t.sub_event_type in {"Looting/property destruction", "_riot"} and fastre.search(
                r"\b(?:prevent(?:ed|ing|s)?|to stop|deter|curb|avert|guard against)\s+(?:any\s+|further\s+|possible\s+)?$", before, re.I):
            continue  # "deployed soldiers and police to help with rescue work and prevent looting": none happened
        if t.sub_event_type == "_territory" and fastre.search(r"\bsince$", t.text, re.I) and any(
                u.sub_event_type == "Headquarters or base established" for u in triggers):
            continue  # "rebels, who have controlled this town since June, have opened a headquarters": the base is the news
        if t.sub_event_type == "_capture" and fastre.match(r"captured$", t.text, re.I) and _MEMBERS_CAPTURED_AFTER.match(text, t.span.end):
            continue  # "soldiers captured four alleged members of the ELN's Domingo Lain Front": people held (an arrest), no place
        if t.sub_event_type == "_capture" and fastre.match(r"captured$", t.text, re.I) and _COUNT_CAPTURED.search(before):
            continue  # "ten dissidents were killed and three captured": people taken, not a place
        if t.sub_event_type == "_capture" and fastre.match(r"(?:stormed|raided)", t.text, re.I) and has(_POLICE_ARREST, t.sentence) and not has(_HARMED, t.sentence):
            continue  # "police stormed the party headquarters and detained its chairman": an arrest
        if t.sub_event_type == "_protest" and (any(
                u.sub_event_type == "Abduction/forced disappearance" and u.span.start <= t.span.start < u.span.end for u in triggers)
                or _CAPTIVES_AFTER.match(text, t.span.end)):
            continue  # "marched at least 15 passengers into the bush", "marched their captives into a forest": captives, not marchers
        if t.sub_event_type == "_protest" and fastre.search(r"\b(?:gathered|assembled|thronged|flocked|took to the streets|poured into the streets)\b", t.text, re.I) and fastre.match(
                r"[^.;]{0,90}?\bto (?:watch|celebrate|cheer|dance|enjoy)\b", text[t.span.end : sent.end], re.I):
            continue  # "gathered in the town square to watch the final": a crowd, not a demonstration
        if t.sub_event_type == "_protest" and t.text.lower().startswith("occup") and fastre.search(
                r"\b(?:soldiers|troops|forces|fighters|militants|rebels|gunmen|army|militia\w*|insurgents|jihadists)\b(?: who| that| which)?\s+(?:had |have |has )?$", before, re.I):
            continue  # "soldiers who occupied a village": armed men hold it, nobody protests
        if t.sub_event_type == "_violence" and fastre.match(r"attack(?:ed|ing)$|assaults?$", t.text, re.I) and has(_HACKERS, t.sentence):
            continue  # "hackers attacked the websites of several ministries ... a denial-of-service assault"
        if t.sub_event_type == "_violence" and fastre.match(r"attacks?$", t.text, re.I) and (fastre.search(
                r"\b(?:phishing|malware|computer|online)\s+(?:[\w-]+\s+)?$", before, re.I)
                or has(_CYBER, t.sentence)):  # (the hackers' own words before it are _CYBER's; "Hackers ... knocked websites offline in what officials called a coordinated attack")
            continue  # "knocked offline by what its chief executive called a powerful hacker attack"
        if t.sub_event_type == "_protest" and fastre.match(r"march\w*$", t.text, re.I) and fastre.match(
                r" (?:them|him|her|the (?:captives|hostages|victims|abductees|prisoners))\b", text[t.span.end : t.span.end + 20]):
            continue  # "abducted 287 pupils ... and marched them into the bush": captives led away, no march
        if t.sub_event_type == "_protest" and fastre.search(r"\bsimulat\w* (?:an? |the )?(?:[\w-]+ )?$", before, re.I):
            continue  # "exercises around Taiwan ... to simulate a blockade": a war game, no protest
        if (t.sub_event_type in {"_protest", "_force"} or t.sub_event_type in _VIOLENT_TRIGGERS) and fastre.search(
                r"\b(?:years?(?: \w+){0,2}? since|anniversary of) (?:the )?(?:[\w'’-]+ ){0,5}$", text[max(sent.start, t.span.start - 80) : t.span.start], re.I):
            continue  # "marking four years since the dispersal of the Khartoum sit-in": a past crackdown remembered
        if t.sub_event_type == "_protest" and fastre.match(r"march", t.text, re.I) and (
                fastre.search(r"\b(?:troops|soldiers|cadets|bands?|contingents?|servicemen|sailors|guards(?:men)?|veterans)\s+$", before, re.I)
                or fastre.match(r"\s+(?:troops|soldiers|cadets|bands?|contingents?|columns of (?:troops|soldiers))\b", text[t.span.end : t.span.end + 30], re.I)) and not (
                fastre.search(r"veterans\s+$", before, re.I) and has(_DEMANDING, t.sentence)):  # (veterans who "marched ... to demand the payment of pensions" protest)
            continue  # "tanks, missile launchers and marching troops passed the president": a military parade
        if t.sub_event_type == "Change to group/activity" and fastre.match(r"surrender", t.text, re.I) and fastre.search(
                r"\b(?:the|a|one|another) (?:[\w-]+ )?(?:suspect|accused|man|woman|driver|robber|thief|fugitive|gunman|shooter|killer|murderer|youth)\s+(?:later |then |eventually |also |had |has )?$", before, re.I):
            continue  # "The suspect surrendered without resistance": one man's arrest, no group's change
        if t.sub_event_type == "_clash_words" and fastre.match(r"(?:opened fire|fired) (?:on|at)", t.text, re.I) and any(
                u.sentence == t.sentence and u.sub_event_type in _STRIKE_KINDS for u in triggers):
            continue  # "helicopter gunships fired on rebel positions", "gas canisters fired at their positions": no fight of two sides
        if t.sub_event_type in _VIOLENT_TRIGGERS and t.sentence > 0 and has(_ONGOING_SINCE, t.sentence) and any(u.sentence < t.sentence for u in triggers):
            continue  # "... killing two members. The two sides have exchanged fire almost daily since October": the war's course
        if t.sub_event_type in {"Government regains territory", "_territory", "_capture", "Non-state actor overtakes territory"} and fastre.search(
                r"\bhad\s+(?:\w+\s+)?$", before) and any(u.sentence < t.sentence for u in triggers) and not fastre.fullmatch(
                r"\s*(?:[\w'’()-]+ ){1,5}?(?:announced|said|stated|declared|claimed|confirmed) (?:that )?(?:it|they) had\s+(?:\w+\s+)?", text[sent.start : t.span.start], re.I):
            # ("The army announced it had re-established a permanent garrison in the town": the news, in reported speech)
            continue  # "... shelled central Kherson. Ukrainian forces had retaken the city on 11 November": told back
        if t.sub_event_type == "_violence" and _SPELL_THAT.search(text, max(sent.start, t.span.start - 120), t.span.start):
            continue  # "following several days of fighting that killed dozens, ... signed a protocol": the spell's toll
        if t.sub_event_type in {"_clash_words", "_riot"} and _COVERING.search(text, max(sent.start, t.span.start - 50), t.span.start):
            continue  # "beat a correspondent while he was filming a clash between two factions": what he covered
        if t.sub_event_type in {"_clash_words", "_violence", "_capture"} and _TOOK_PART_IN.search(text, max(sent.start, t.span.start - 60), t.span.start):
            continue  # "armed factions that took part in the offensive that toppled Assad": who they are, not this event
        if t.sub_event_type in {"_clash_words", "_violence", "Air/drone strike", "Shelling/artillery/missile attack"} and fastre.search(
                r"\b(?:(?:fears?|threat|prospect|risk|possibility|spectre|specter|danger|warnings?) of|(?:worr(?:y|ied|ies|ying)|concerns?|concerned|anxious|nervous) (?:about|over|that)) (?:an? |the )?(?:new |fresh |renewed |major |possible |imminent |wider |full-scale |further |more )?$", before, re.I):
            continue  # "raising fears of a new offensive after months of calm", "traders worried about attacks on shipping": feared, not fought
        if t.sub_event_type in {"_clash_words", "_violence"} and fastre.search(
                r"\bto\s+(?:withstand|repel|counter|fend off|ward off|deter|(?:defend|protect|shield)(?:\s+\w+)?\s+(?:against|from))\s+(?:[\w'’-]+\s+){0,2}$", before, re.I):
            continue  # "would need more air defence systems to withstand Russian attacks this winter": what is to come
        if t.sub_event_type in _VIOLENT_TRIGGERS | _RIOT_KINDS | {"_force", "_protest"} and (came := CAME_AFTER.match(sent.text)) and sent.start + came.end() <= t.span.start and any(
                u.sentence < t.sentence and u.sub_event_type not in {"_violence", "_weapons", "_clash_words"} for u in triggers):
            continue  # "JNIM had set up a base in the park. The reports came after 2 soldiers were killed near Porga": background
            # ("Two bombs dropped by a jet hit a village ... The strike came two days after a PDF ambush")
        if t.sub_event_type == "_force" and fastre.match(r"dispers", t.text, re.I) and _WENT_HOME.match(text, t.span.end):
            continue  # "the procession ... dispersed by early afternoon without incident": the crowd went home
        if t.sub_event_type == "Abduction/forced disappearance" and fastre.match(r"hijacked$", t.text, re.I) and fastre.search(r"\b(?:a|the|an)\s+$", before) and (
                _VEHICLE_AFTER.match(text, t.span.end)):
            continue  # "a hijacked bus was set on fire": a vehicle taken for the riot, no captives
        if t.sub_event_type == "_territory" and fastre.search(
                r"\b(?:situation|fire|blaze|flames|crowds?|traffic|matters?|things|prices|inflation|outbreak|epidemic|disease|spread)\s+$", before, re.I):
            continue  # "the situation came under the control of the police": order restored, no place taken
        if (t.sub_event_type == "_clash_words" or t.sub_event_type == "_weapons" and t.text.lower() == "battle") and _figurative_battle(text, t, before, sent.start, sent.end):
            continue  # "battled the worst floods", "battled through rubble", "the rescue battle": no fight
        if t.sub_event_type == "_protest" and fastre.search(
                r"\b(?:spark(?:ed|ing)|trigger(?:ed|ing)|prompt(?:ed|ing)|set(?:ting)? off)\s+(?:days|weeks|a wave|waves|a series|months)\s+of\s+(?:[\w-]+\s+)?$", before, re.I) and any(
                u.sub_event_type in _VIOLENT_TRIGGERS and u.sentence == t.sentence and u.span.end <= t.span.start for u in triggers):
            continue  # "a schoolgirl was raped ..., sparking days of protests": the deed is the event, the protests came after
        if t.sub_event_type == "_protest" and fastre.search(
                r"\b(?:ending|ended|end(?:s)? to|called off|calling off|call off|suspend\w*) (?:the |their |its )?(?:[\w'’-]+ ){0,3}$", before, re.I) and any(
                u.sub_event_type in {"Agreement", "Change to group/activity"} and u.sentence == t.sentence and u.span.start < t.span.start for u in triggers):
            continue  # "reached an agreement, ending the group's march on Islamabad": what the deal ends
        if t.sub_event_type in _VIOLENT_TRIGGERS and fastre.search(
                r"\b(?:with|carrying|placed|placing) (?:the )?bod(?:y|ies) of\b[^.;,]{0,50}$", text[max(sent.start, t.span.start - 70) : t.span.start], re.I) and any(
                u.sub_event_type == "_protest" and u.sentence == t.sentence for u in triggers):
            continue  # "With the body of a driver shot dead overnight, transporters blocked the N-50": the protest's cause
        if t.sub_event_type == "Abduction/forced disappearance" and any(
                u.sub_event_type == "Other" and u.span.start < t.span.start and (
                    t.span.end == u.span.end  # "freed six hostages": a release that ends on the captives' word
                    or u.sentence == t.sentence and fastre.match(r"released|freed|set free", u.text, re.I) and _HAD_BEEN_HELD.search(before))
                for u in triggers):
            continue  # "released 7 students who had been abducted from their hostel the previous week": the release is today's
        if t.sub_event_type == "Agreement" and fastre.search(r"\bunilateral (?:[\w-]+ )?$", before, re.I):
            continue  # "declared a unilateral truce": one side's decision (a change to its activity), no agreement
        if t.sub_event_type == "_protest" and _ORDER_DEFIED_OR_GIVEN.search(before) and fastre.match(r"boycott|(?:general )?strike|shutdown|hartal|lockdown|ghost", t.text, re.I):
            continue  # "teachers whom they accused of defying a boycott of classes": the rule an armed group enforces
        if t.sub_event_type == "_protest" and t.text == "Rally" and t.span.start > sent.start and fastre.search(r"(?-i:[A-Z])\w+\s+$", before):
            continue  # "the National Rally of Independents won 102 seats": a party's name
        if t.sub_event_type == "_protest" and _PROTEST_PLACE.match(text, t.span.end) and fastre.search(
                r"\b(?:left|leaving|leave|near|from|outside|returning from|on (?:his|her|their) way (?:to|from)) (?:the |a |their |his |her )?$", before, re.I):
            continue  # "snatched an activist as he left the protest camp": the camp is where, not a protest today
        if t.sub_event_type in _VIOLENT_TRIGGERS and _IN_YEAR_WAR.match(text, t.span.end):
            continue  # "paying tribute to soldiers killed in the 1999 conflict": an old war remembered
        if t.sub_event_type == "Arrests" and note_ymd and (year := _YEAR_AFTER.match(text, t.span.end)) and int(year.group("year")) < note_ymd[0]:
            continue  # "ruled that Turkey had violated the rights of a former mayor detained in 2016": an old arrest
        if t.sub_event_type in _VIOLENT_TRIGGERS and _YEAR_AFTER.match(text, t.span.end) and has(_MOURNED, t.sentence):
            continue  # "opening a week of mourning for the 800,000 people killed in 1994": the dead remembered
        if t.sub_event_type in _VIOLENT_TRIGGERS and fastre.search(
                r"\b(?:failure|failing|failed|inability|unable) to (?:stop|prevent|curb|end|halt|contain) (?:the )?(?:[\w'’-]+ ){0,2}$", before, re.I):
            continue  # "angered by the army's failure to stop jihadist attacks": the grievance, not the event
        if t.sub_event_type == "Arrests" and fastre.search(
                r"\b(?:angry|angered|incensed|furious|enraged|outraged|anger) (?:at|by|over) (?:the )?$", before, re.I) and any(
                u.sub_event_type in _RIOT_KINDS | {"_protest"} and u.sentence == t.sentence and u.span.start > t.span.end for u in triggers):
            continue  # "crowds angered by the arrest of a blogger set fire to police cars": the riot's cause
        if t.sub_event_type == "Arrests" and fastre.search(r"\bhad (?:already|earlier|previously) (?:been )?$", before, re.I):
            continue  # "although police had already taken the youth into custody": an earlier arrest
        if t.sub_event_type == "_clash_words" and fastre.search(r"\bamid (?:the )?(?:[\w'’-]+ ){0,3}$", before, re.I):
            continue  # "The strike came amid the Houthis' months-long offensive": the campaign around it
        if t.sub_event_type == "Chemical weapon" and fastre.search(r"\b(?:treated for|recovering from|recovered from|survived|surviving)\s+(?:an? |the |his |her )?$", before, re.I):
            continue  # "where he had been treated for Novichok poisoning": an earlier poisoning
        if t.sub_event_type == "_violence" and fastre.fullmatch(r"injured|wounded", t.text, re.I) and before.lower().endswith("the ") and _DISASTER.search(text):
            continue  # "A minibus collided with a truck ... The injured were taken to hospital": the accident's casualties
        if t.sub_event_type == "_protest" and fastre.search(r"\bgathered\b", text[max(sent.start, t.span.start - 40) : t.span.end], re.I) and fastre.match(
                r"[^.;]{0,60}?\bto (?:welcome|celebrate|greet|cheer|watch|receive) (?:home |back )?(?:the |their )?(?:[\w-]+ ){0,2}(?:team|squad|athletes|players|champions|medallists|medalists|pilgrims|them|prisoners|detainees)\b",
                text[t.span.end : t.span.end + 100], re.I):
            continue  # "supporters gathered in Addis Ababa to welcome home the athletics team": a welcome, no protest
        if t.sub_event_type == "Arrests" and _RISK_OF.search(before):
            continue  # "did not want to expose participants to arrest", "risk arrest": an arrest feared, none made
        if t.sub_event_type in _VIOLENT_TRIGGERS and _FUNERAL_OF.search(text, max(sent.start, t.span.start - 120), t.span.start):
            continue  # "mourners attended the funeral ... of two soldiers killed by a landmine last week": the dead mourned
        if (t.sub_event_type in {"Remote explosive/landmine/IED", "Disrupted weapons use"} or t.sub_event_type == "Shelling/artillery/missile attack" and fastre.search(
                r"\bunexploded (?:[\w-]+ )?$", before, re.I)) and has(_DEMINING, t.sentence) and not (
                t.sub_event_type == "Remote explosive/landmine/IED" and has(_HARMED, t.sentence)) and not has(  # (deminers a mine killed: a blast)
                _FRESH_DEVICE, t.sentence):  # ("army deminers defused an IED planted on the road": a device of the war, disrupted)
            continue  # "its teams cleared more than 1,000 anti-personnel mines during 2017": humanitarian demining
        if t.sub_event_type in {"Government regains territory", "Non-state actor overtakes territory", "_territory", "_capture"} and has(
                _DEMINING, t.sentence) and fastre.search(r"\b(?:since|after) (?:the )?(?:[\w'’-]+ ){0,3}$", before, re.I):
            continue  # "cleared more than 300 unexploded shells ... since the army retook the city": the clearance's time
            # ("deminers have cleared more than 1,200 landmines and unexploded shells from farmland")
        if (t.sub_event_type in {"Shelling/artillery/missile attack", "Air/drone strike"} or t.sub_event_type == "_weapons" and "missile" in t.text.lower()) and (
                has(_ARMS_DEAL, t.sentence) or has(_THREATENED_STRIKE, t.sentence) and not has(_HARMED, t.sentence)):
            continue  # "signed a contract for three batteries of BrahMos missiles", "test-fired a ballistic missile"
        if t.sub_event_type == "Disrupted weapons use" and fastre.match(r"avert", t.text, re.I) and has(_LABOUR_STRIKE, t.sentence) or (
                t.sub_event_type == "Agreement" and has(_LABOUR_DEAL, t.sentence)):
            continue  # "a strike planned by workers ... was averted ... signed a new collective agreement": labour, no conflict
        if t.sub_event_type in {"_violence", "_weapons", "Attack"} and fastre.search(r"\bcit(?:ed|ing|es)\s+(?:[\w'’-]+\s+){0,3}$", before, re.I) or (
                t.sub_event_type in _VIOLENT_TRIGGERS | {"_protest"} and fastre.search(r"\bcit(?:ed|ing|es)\b[^.;]{0,160}$", text[max(sent.start, t.span.start - 170) : t.span.start], re.I)
                and any(u.sub_event_type in {"Change to group/activity", "Agreement", "Arrests"} and u.sentence == t.sentence and u.span.start < t.span.start for u in triggers)):
            continue  # "It cited the group's attacks on students": a reason given for a decision
        if t.sub_event_type in {"_violence", "_weapons"} and t.text.lower() == "shot" and _WENT_UP.match(text, t.span.end) and _AMOUNT_BEFORE.search(before):
            continue  # "Oil prices shot up more than 7 percent": a rise, not a shooting
        if t.sub_event_type == "_protest" and fastre.match(r"block\s", t.text, re.I) and _BUILDING_BEFORE.search(before):
            continue  # "a missile struck a nine-storey apartment block on Peremohy street": a building
        if t.sub_event_type in {"_protest_violence", "_riot"} and fastre.search(r"\b(?:their|his|her) own\b", t.text, re.I):
            continue  # "residents burned their own houses before leaving": no attack on anyone
        if t.sub_event_type == "_capture" and t.text.lower() == "infiltration" and fastre.search(r"\b(?:counter|anti)-$", before, re.I):
            continue  # "step up counter-infiltration measures": a policy, no incursion
        if t.sub_event_type == "Abduction/forced disappearance" and _HOSTAGE_DEAL.match(text, t.span.end):
            continue  # "to discuss a proposed ceasefire and hostage deal": talks, no one seized
        if t.sub_event_type == "_protest" and fastre.match(r"\s+votes?\b", text[t.span.end : t.span.end + 8], re.I):
            continue  # "delivered a protest vote against the coalition": an election, no demonstration
        if t.sub_event_type == "_violence" and _AMOUNT_TO.match(text, t.span.end):
            continue  # "killings of civilians in Darfur could amount to war crimes": a legal reading, no report
        if t.sub_event_type == "_clash_words" and t.text.lower() == "encounter" and fastre.search(r"['‘\x22“]$", text[max(0, t.span.start - 1) : t.span.start]):
            continue  # "allegedly killed in a CTD 'encounter'": the word the relatives doubt, no fight
        if t.sub_event_type == "_clash_words" and t.text.lower() == "encounter" and fastre.search(
                r"\b(?:footage|video|videos|recording|recordings|images|account|accounts|details) of the $", text[max(sent.start, t.span.start - 30) : t.span.start], re.I):
            continue  # "demanding that the city release body camera footage of the encounter": the killing told again
        if t.sub_event_type == "_clash_words" and _HAS_SEEN.search(text, max(sent.start, t.span.start - 50), t.span.start):
            continue  # "the area has seen frequent clashes between rival groups": its past, the scene of this event
        if t.sub_event_type == "_clash_words" and _REPORTED_SINCE.match(text, t.span.end):
            continue  # "Several clashes between the factions had been reported since January": the background
        if t.sub_event_type in {"_clash_words", "_violence"} and _TO_STOP.search(before):
            continue  # "signed a written agreement ..., pledging to stop clashes over the bazaar": a goal, not a deed
        if t.sub_event_type == "_clash_words" and _TO_REPORT_ON.search(before):
            continue  # "arrested as they travelled to report on clashes ... the previous day": another event, the reason
        if t.sub_event_type == "_protest" and _WHOSE_WORK_BACKED.search(before):
            continue  # "arrested rapper Toomaj Salehi, whose songs had backed nationwide protests": who he is
        if t.sub_event_type == "_territory" and has(_BRIEFLY_IN, -1):
            continue  # "Fano fighters briefly entered the area but had withdrawn by evening, when the army said it was in full control": nothing changed hands
        if t.sub_event_type in _BOMB_KINDS and _BOMB_PARTS.search(before):
            continue  # "components for improvised explosive devices were seized": no bomb went off
        if t.sub_event_type in _VIOLENT_TRIGGERS and _SUSPECTS_IN.search(before) and arrest_before(t):
            continue  # "detained four suspects in the Crocus City Hall attack": the charge, not the event
        if t.sub_event_type == "Arrests" and fastre.search(r"\bnews of (?:the )?(?:[\w'’-]+ ){0,5}$", before, re.I):
            continue  # "setting vehicles alight as news of the former prime minister's arrest spread": the riot's cause
        # "..., days after a drone attack killed three soldiers": one search serves both checks below
        after = _DAYS_AFTER.search(text, max(sent.start, t.span.start - 90), t.span.start) if t.sub_event_type in _TOLD_AFTER_KINDS else None
        if after and any(
                u.sentence == t.sentence and u.span.start < t.span.start and u.sub_event_type not in _VIOLENT_TRIGGERS | {"_protest", "_force"}
                for u in triggers):
            continue  # "said it was suspending operations ..., days after a drone attack killed three soldiers": background
        if after and t.sub_event_type in _VIOLENT_TRIGGERS and fastre.search(
                r",\s*$", text[max(sent.start, after.start() - 3) : after.start()]) and any(
                u.sentence == t.sentence and u.span.end <= after.start() and (u.sub_event_type in _VIOLENT_TRIGGERS - {"_violence"} or (
                    u.sub_event_type == "_violence" and fastre.match(r"attack|assault|beat|raid|storm|torch|vandali", u.text, re.I))) for u in triggers):
            continue  # "fired rockets at Belgorod, hitting the centre, a day after a Russian missile and drone attack": the earlier one
        if t.sub_event_type == "_clash_words" and fastre.search(r"\b(?:who|which) (?:had )?spent (?:\w+ ){0,2}(?:years|decades|months) $", before, re.I) and any(
                u is not t and u.sub_event_type in _VIOLENT_TRIGGERS - {"_clash_words", "_weapons"} for u in triggers):
            continue  # "Massoud, who spent years fighting Soviet occupation, is killed by suicide bombers": a life told
        if t.sub_event_type == "_clash_words" and (
                _SETTING_FIGHT.search(before) or t.text.lower() == "fighting" and _FIGHTING_GROUPS.search(before)) and any(
                u.span.start < t.span.start and u.sub_event_type in _VIOLENT_TRIGGERS - {"_clash_words", "_weapons"}
                and (u.sub_event_type != "_violence" or _KILLED_WORD.match(u.text)) for u in triggers):
            continue  # "a drone struck a market ...; residents blamed the army, which is fighting Fano militias": the setting
            # ("attributed the massacre to groups fighting over the area", "the area saw heavy fighting in 2018-2019")
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_protest", "_force"} and _OPENING_AFTER.match(text, sent.start, t.span.start) and any(
                u.sentence == t.sentence and u.span.start > t.span.end and "," in text[t.span.end : u.span.start] for u in triggers):
            continue  # "A day after the dispersal of the sit-in, police arrested its leader": the opening clause is background
        if t.sub_event_type in _VIOLENT_TRIGGERS and fastre.search(r"\bafter\b[^,;]{0,60}$", before, re.I) and _EARLIER_AFTER.match(
                text, t.span.end, sent.end) and any(u.sentence == t.sentence and u.span.end <= t.span.start and u.sub_event_type not in _VIOLENT_TRIGGERS for u in triggers):
            continue  # "arrested 40 people after students were beaten at a minister's house two days earlier": background
        if t.sub_event_type == "Non-violent transfer of territory" and fastre.search(r"\bwho (?:had |then |later |eventually )?$", before, re.I) and any(
                u.sentence == t.sentence and u.sub_event_type in {"_territory", "_capture", "Government regains territory"} for u in triggers):
            continue  # "took control of the town after days of fighting with insurgents, who withdrew": the losers' retreat
        if t.sub_event_type in {"_clash_words", "_violence"} and fastre.search(
                r"\b(?:halt|end|stop|cessation|suspension|freeze|pause)s? (?:to|of|in) (?:all |the |further )?$", before, re.I):
            continue  # "a truce including a halt to offensive operations": what the deal stops
        if t.sub_event_type in _VIOLENT_TRIGGERS and _FOLLOWED.search(text, sent.start, t.span.start) and any(
                u.sentence < t.sentence and u.sub_event_type in {"Agreement", "Change to group/activity"} for u in triggers):
            continue  # "... suspended its operations. The statement followed a drone attack that killed three soldiers": the cause
        if t.sub_event_type == "_force" and t.text.lower().startswith("interven") and _INTERVENTION_SOUGHT.search(before):
            continue  # "urging the council to intervene", "rejecting any foreign military intervention": no force used
        if t.sub_event_type == "_clash_words" and fastre.search(r"\b(?:during|amid) (?:the |an? |its |their )?(?:[\w'’-]+ ){0,3}$", before, re.I) and fastre.match(
                r"(?:offensive|war|campaign|siege)$", t.text, re.I) and any(
                u.sentence == t.sentence and u.sub_event_type in {"Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED", "Grenade", "Suicide bomb"} for u in triggers):
            continue  # "During the LNA offensive on Tripoli, rockets landed in Abu Salim": the campaign is the setting
        if t.sub_event_type in {"_clash_words", "_weapons"} and fastre.search(
                r"\b(?:(?:hard|closely|keenly|bitterly)[- ](?:fought )?|(?:electoral|legal|uphill|custody|court(?:room)?|verbal|ratings|boardroom) )$", before, re.I):
            continue  # "beating his rival in a hard-fought battle": an election, not a fight
        if t.sub_event_type == "Disrupted weapons use" and t.text.lower().startswith("bomb disposal") and (
                _DISASTER.search(text) or fastre.search(r"\baccidental\b", text, re.I)):
            continue  # "the bomb disposal squad said the cylinder blast was accidental": no bomb
        if t.sub_event_type == "_protest" and fastre.search(
                r"\b(?:would|will|plans? to|planned to|intends? to|intended to|threaten(?:ed|s|ing)? (?:on \w+ )?to) (?:hold|stage|organi[sz]e|launch|observe|take out|bring out|lead|call) (?:a |an |the |its |their |his )?(?:[\w'’-]+ ){0,4}$",
                text[max(sent.start, t.span.start - 70) : t.span.start], re.I):
            continue  # "announced that the party would hold a 'final call' protest march": not yet
        if t.sub_event_type in _VIOLENT_TRIGGERS and (fastre.search(
                r"\b(?:victims?|heirs|families|relatives|survivors|kin) of (?:the |a |an |last \w+'s )?(?:[\w'’-]+ ){0,3}$", before, re.I) or fastre.search(
                # "relatives of passengers killed in the Musakhel highway attack held a sit-in"
                r"\b(?:victims?|heirs|families|relatives|survivors|kin) of (?:the )?(?:[\w'’-]+ ){0,3}?(?:killed|slain|(?:who|that) (?:died|were killed)|wounded|injured|abducted) "
                r"(?:in|during|by) (?:the |a |an |last \w+'s )?(?:[\w'’-]+ ){0,4}$", text[max(sent.start, t.span.start - 100) : t.span.start], re.I)) and any(
                u.sub_event_type == "_protest" for u in triggers):
            continue  # "heirs of victims of the 13 July suicide bombing gathered outside the office": the protest's cause
        if t.sub_event_type == "Remote explosive/landmine/IED" and fastre.fullmatch(r"(?:land ?)?mines?", t.text, re.I) and fastre.search(
                r"\b(?:clear(?:ing|ed|ance)?|remov(?:al|ing|ed|e)|demin\w*|de-min\w*) (?:of )?(?:the |unexploded |remaining |all )?$", before, re.I):
            continue  # "a protocol for clearing landmines in three veredas": demining, no blast
        if t.sub_event_type == "_clash_words" and t.text.lower() == "fighting" and fastre.search(
                r"\b(?:forces|troops|soldiers|army|militias?|rebels|fighters|insurgents)\s+$", before, re.I) and any(
                u.sub_event_type in {"Air/drone strike", "Shelling/artillery/missile attack"} and u.sentence == t.sentence and u.span.start < t.span.start
                for u in triggers):
            continue  # "a drone strike hit a market ..., blaming government forces fighting Fano militias in the area": who they are
        if t.sub_event_type in _VIOLENT_TRIGGERS and fastre.search(
                r"\b(?:an? end to|end to|a halt to|stop to|to (?:end|stop|halt))\s+(?:the\s+)?(?:[\w'’-]+\s+(?:and\s+)?){0,4}$", before, re.I) and any(
                u.sub_event_type == "_protest" for u in triggers):
            continue  # "a rally calling for an end to domestic violence and honour killings": the demand
        if t.sub_event_type == "_protest" and fastre.search(
                r"\b(?:outlaws|outlawing|bans|banning|prohibits|prohibiting|criminali[sz](?:es|ing))\s+(?:[\w'’-]+\s+(?:and\s+)?){0,4}$",
                text[max(sent.start, t.span.start - 80) : t.span.start], re.I):
            continue  # "a criminal code that outlaws insulting the president and holding demonstrations": a law, no protest
        if t.sub_event_type == "_protest" and fastre.match(r"Protesters \(", text[t.span.start : t.span.start + 12]) and any(
                u.sub_event_type == "Agreement" and u.sentence == t.sentence and u.span.start > t.span.end for u in triggers):
            continue  # "representatives of the Government of Peru and Protesters (Peru) ... signed an agreement": a party to the deal
        if t.sub_event_type == "Looting/property destruction" and fastre.search(r"\b(?:for|of|over|while) (?:allegedly )?(?:trying|attempting) to $", before, re.I) and any(
                u.sub_event_type == "Arrests" and u.sentence == t.sentence and u.span.end <= t.span.start for u in triggers):
            continue  # "arrested two men at a temple for trying to damage idols": the charge of an arrest
        if t.sub_event_type in {"Looting/property destruction", "_violence"} and t.span.start - sent.start <= 90 and _DEBRIS_SUBJECT.match(text, sent.start) and any(
                u.sub_event_type == "Disrupted weapons use" and u.span.end <= t.span.start for u in out):
            continue  # "air defences intercepted and destroyed eight drones ... Falling debris damaged a roof": the interception's aftermath
        if t.sub_event_type == "_force" and fastre.match(r"police action\b", t.text, re.I) and fastre.search(
                r"\b(?:demand\w*|seek\w*|sought|call\w* for|urg\w*) (?:swift |prompt |immediate |strict |stern |legal )?$", before, re.I):
            continue  # "protesting alleged extortion ... demanding police action": what they want, no force used
        if t.sub_event_type == "Change to group/activity" and fastre.match(r"(?:laid|lay|laying) down (?:its|their) (?:arms|weapons)", t.text, re.I) and any(
                u.sub_event_type == "Non-violent transfer of territory" and u.sentence == t.sentence and u.span.end <= t.span.start for u in triggers):
            continue  # "entered Khankendi without resistance after the Defense Army laid down its arms": the handover's cause
        if t.sub_event_type == "_violence" and _IN_WHICH_CAUSE.search(text, max(sent.start, t.span.start - 90), t.span.start) and any(
                u.sentence == t.sentence and u.span.end <= t.span.start and u.sub_event_type in {"_violence", "_riot", "_protest_violence"} for u in out):
            continue  # "attacked a dormitory ... after a fight in which a local teenager was stabbed": the crowd's cause
        if t.sub_event_type in {"_capture", "_violence", "_clash_words"} and fastre.match(r"storm(?:ed|ing|s)?$", t.text, re.I) and fastre.match(r"['’\"”]?\s+out\b", text[t.span.end : t.span.end + 8]):
            continue  # "rebel MLAs 'stormed out' of a party meeting": they left in anger
        if t.sub_event_type in _VIOLENT_TRIGGERS and fastre.search(r"\b(?:to|against|for|over) any (?:further |future |fresh |new |more |such )?(?:[\w-]+ )?$", before, re.I):
            continue  # "would 'not hesitate to respond' to any further air raids": a warning about raids to come
        if t.sub_event_type in _VIOLENT_TRIGGERS and fastre.search(r"\b(?:rise|increase|surge|spike|upsurge|uptick)['’]? in (?:the )?$", before, re.I):
            continue  # "condemned an 'alarming rise' in killings of civilians": a trend, no event
        if t.sub_event_type == "_violence" and _WEEKS_AFTER_WAS.search(text, max(sent.start, t.span.start - 90), t.span.start):
            continue  # "named a new deputy leader, weeks after the group's previous second-in-command was killed": a time reference
        if t.sub_event_type == "Arrests" and _DETAINED_EARLIER.match(text, t.span.end):
            continue  # "ordered the release on bail of a former prime minister detained last year": an old arrest
        if t.sub_event_type == "Change to group/activity" and fastre.search(r"\bmerger\b", t.text, re.I) and has(_BUSINESS, t.sentence):
            continue  # "two gold miners announced a merger": a business deal
        if t.sub_event_type == "_capture" and _OF_A_LEGISLATURE.match(text, t.span.end):
            continue  # "the ruling party seized control of parliament in Sunday's election": seats, not ground
        if t.sub_event_type == "_riot" and t.span.start > 0 and text[t.span.start - 1] in "\"“'‘" and text[t.span.end : t.span.end + 1] in ("\"", "”", "'", "’"):
            continue  # 'officials said "rioters" had provoked the shooting': a side's word in quotation marks, no riot told
        if t.sub_event_type == "Shelling/artillery/missile attack" and fastre.fullmatch(r"rockets?", t.text, re.I) and fastre.match(
                r"\s+launchers?\b", text[t.span.end : t.span.end + 12], re.I) and _MOVED_IN.search(text, max(sent.start, t.span.start - 60), t.span.start):
            continue  # "set up a new base ..., moving in rocket launchers and around 50 fighters": equipment, no fire
        if t.sub_event_type in _VIOLENT_TRIGGERS and _INQUIRY_FOUND.search(text, sent.start, t.span.start):
            continue  # "a military investigation concluded that a soldier had most likely fired the shot that killed a teenager": its finding
        if t.sub_event_type in _VIOLENT_TRIGGERS and fastre.search(r"\bvictims of (?:past |previous |terror |terrorist )?$", before, re.I) and _HONOURING.search(sent.text):
            continue  # "as the country fell silent for Memorial Day, honouring fallen soldiers and victims of attacks": remembrance
        if t.sub_event_type in {"Air/drone strike", "Shelling/artillery/missile attack"} and fastre.search(r"\bamid (?:the |continuing |ongoing |renewed )?(?:[\w'’-]+ )?$", before, re.I) and any(
                u.sub_event_type == "_protest" and u.sentence == t.sentence and u.span.end <= t.span.start for u in triggers):
            continue  # "held a rally ... in solidarity with Palestinians amid Israeli air strikes on Gaza": the protest's cause
        if t.sub_event_type == "_violence" and (beast := _ANIMAL_DIED_BEFORE.search(before)) and not fastre.search(
                r"\b(?:steal\w*|stole|stolen|theft|rustl\w*|smuggl\w*|lift\w*|sell\w*|buy\w*|of|with)\s+$", before[: beast.start()], re.I):
            continue  # "set fire to a Hindu farmer's cowshed. A cow burned to death": an animal, no person
        if t.sub_event_type == "_violence" and (fastre.match(r"set it (?:on fire|ablaze|alight)", t.text, re.I) or fastre.match(
                r"set them (?:on fire|ablaze|alight)", t.text, re.I) and _things_before(text[max(sent.start, t.span.start - 100) : t.span.start])):
            continue  # "stopped a convoy of six trucks ... and set them on fire": the trucks burned, no one in them
        if t.sub_event_type == "Change to group/activity" and fastre.match(r"(?:named|appointed)\b", t.text, re.I) and (
                _STATE_APPOINTER.search(text, max(sent.start, t.span.start - 60), t.span.start) or fastre.search(r"\bby decree\b", sent.text, re.I)):
            continue  # "the transitional president appointed a new governor for the Est region by decree": the state's administration
        if t.sub_event_type == "_protest_violence" and fastre.search(r"bombs?$", t.text, re.I) and _PLANTED_AFTER.match(text, t.span.end):
            continue  # "a crude bomb planted near the gate of the election office exploded": a hidden device, no crowd threw it
        if t.sub_event_type in {"_protest", "_force"} and _SERVED_PROTESTERS.search(before) and fastre.match(r"(?:[\w-]+ )?(?:protesters|demonstrators|marchers)\b", t.text, re.I):
            continue  # "a lawyer known for defending detained protesters": whom he served, not a protest
        if t.sub_event_type in {"_protest", "_force"} and (_LAW_ON_PROTESTS.search(text, sent.start, t.span.start) or t.sub_event_type == "_protest" and fastre.fullmatch(
                r"protests?", t.text, re.I) and _A_LAW_NAMED.match(text, t.span.end)):
            continue  # "a reform of the 'gag law' on Thursday that restricts the use of rubber bullets by police at demonstrations",
            # "passed a bill requiring organisers of demonstrations to notify police ... designating protest zones": a law
        if t.sub_event_type == "_protest" and fastre.match(r"(?:candlelight )?vigils?$", t.text, re.I) and _COMMEMORATED.search(text) and not _PRESSED.search(text):
            continue  # "gathered at the memorial site to open the annual commemoration ... a candlelight vigil": remembrance, no demand
        if t.sub_event_type == "_protest" and fastre.fullmatch(r"vigil", t.text, re.I) and (
            _VIGILANCE_BEFORE.search(text, max(sent.start, t.span.start - 40), t.span.start) or _VIGILANCE_AFTER.match(text, t.span.end)
        ):
            continue  # "prompting police to step up vigil at border checkposts", "kept a close vigil on the border": watchfulness
        if t.sub_event_type == "_protest" and _CHARGED_WITH_PROTEST.search(text, max(sent.start, t.span.start - 100), t.span.start) and any(
            u.sentence == t.sentence and u.sub_event_type == "Arrests" and u.span.end <= t.span.start for u in triggers):
            continue  # "arrested 15 people accused of organising road blockades during the protests": the charge, no protest that day
        if t.sub_event_type == "_force" and _GRIEVANCE_BEFORE.search(text, max(sent.start, t.span.start - 60), t.span.start) and any(
            u.sub_event_type == "_protest" and u.span.end <= t.span.start for u in triggers):
            continue  # "staged a protest condemning the previous day's firing on protesters": the grievance, not this protest's
        if t.sub_event_type == "_force" and _PAST_PROTESTS_AFTER.search(text, t.span.end, sent.end):
            continue  # "accused police of excessive use of tear gas during last year's pension protests in a report": the past
        if fastre.search(r"(?:attacks|bombings|blasts|killings|explosions|shootings)$", t.text, re.I) and _LINKED_TO_BEFORE.search(text, max(sent.start, t.span.start - 60), t.span.start):
            continue  # "a campaign police have linked to several pipe bomb attacks": past deeds laid at a group's door
        if _PAST_DEED_IN_WHICH.search(text, max(sent.start, t.span.start - 150), t.span.start):
            continue  # "jailed for their part in last November's riot, in which a tram was set alight": that riot's deeds
        if t.sub_event_type == "_protest" and _ON_THE_WAY_FROM.search(text, max(sent.start, t.span.start - 90), t.span.start):
            continue  # "activists returning from a preparatory meeting for the party's rally were attacked": no protest where it happened
        if t.sub_event_type == "Non-violent transfer of territory" and fastre.search(
                r"\bbefore (?:leaving|withdrawing|retreating|pulling out)\b|\b(?:took|taking) over (?:about |some |nearly |over |more than )?[\d,.]+ (?:million |billion )?[a-z]+\b", t.text, re.I):
            continue  # "looted the bank, taking over 4 million birr, before leaving without any confrontation": a raid, not a handover
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_weapons"} and text[t.span.start - 1 : t.span.start] in {'"', "“", "‘", "'"} and text[
                t.span.end : t.span.end + 1] in {'"', "”", "’", "'"} and has(_PRICE_WORDS, t.sentence):
            continue  # 'another "petrol bomb" as pump prices jumped by 40 percent': a price rise
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_violence", "_clash_words", "_weapons"} and t.text[:1].isupper() and t.span.start > sent.start + 1 and _FEATURE_NAME_AFTER.match(text, t.span.end):
            continue  # "a canal on the Massacre River", "Bloody Sunday Street": a name, no event
        if t.sub_event_type == "_protest" and fastre.search(r"gathered|assembled|thronged|massed", t.text, re.I) and _CELEBRATION_AFTER.match(text, t.span.end) and not has(_PRESSED, t.sentence):
            continue  # "thousands gathered at Umayyad Square for official celebrations marking one year since the fall": a festivity
        if t.sub_event_type == "_protest" and fastre.match(r"(?:night |candlelight |candle-light )?vigils?$|gathered|assembled|attended|thronged", t.text, re.I) and _STATE_CEREMONY.search(
                text) and not has(_PRESSED, t.sentence):
            continue  # "the President led ceremonies opening the commemoration ... Thousands attended a night vigil": a state ceremony
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_clash_words"} and _COMING_AFTER.match(text, t.span.end):
            continue  # "warned residents to leave, saying a major offensive was imminent": a threat, no battle yet
        if t.sub_event_type == "_violence" and _ANIMAL_CAUSE_AFTER.match(text, t.span.end):
            continue  # "two people were killed when a wild elephant attacked a shelter": wildlife
        if t.sub_event_type == "_protest" and fastre.search(r"(?:blockade|hartal|shutdown|strike|rally|rallies)s?$", t.text, re.I) and fastre.search(
                r"\bduring (?:the |a |an )?(?:[\w'’,-]+ ){0,9}$", text[max(sent.start, t.span.start - 100) : t.span.start], re.I) and has(_RAIDS, t.sentence) and any(
                u.sub_event_type == "Arrests" and u.sentence == t.sentence and u.span.end < t.span.start for u in triggers):
            continue  # "arrested 35 BNP and Jamaat men in overnight raids during the opposition's blockade": the blockade's time
        if t.sub_event_type in _VIOLENT_TRIGGERS and fastre.search(
                r"\bvow(?:ed|ing|s)? to (?:confront|fight|resist|repel|counter|respond to|avenge|stop|end) (?:the |any |further )?(?:[\w'’-]+ ){0,2}$", before, re.I):
            continue  # "announced its formation ..., vowing to confront Israeli raids": raids it means to fight, none told
        if t.sub_event_type == "Agreement" and fastre.search(r"\btalks\b[^.;]{0,60}?\bon (?:a |an |the )?(?:[\w'’-]+ )?$", text[max(sent.start, t.span.start - 90) : t.span.start], re.I):
            continue  # "arrived in Tel Aviv for talks with Israeli leaders on a Gaza truce": diplomacy, no deal
        if t.sub_event_type in {"Shelling/artillery/missile attack", "Air/drone strike", "_violence", "_weapons"} and has(_FALSE_ALARM, t.sentence):
            continue  # "rocket sirens sounded ..., but the army said they had been triggered by a false identification"
        if t.sub_event_type == "Arrests" and t.text.lower() == "arrest" and fastre.search(r"\b(?:his|her|their) $", before) and has(_COURT_WORDS, t.sentence):
            continue  # "a court ordered the release of an organiser, ruling that the warrant used in his arrest was void"
        if t.sub_event_type == "Government regains territory" and fastre.search(
                r"\b(?:preparing|planning|plans?|planned|vow\w*|promis\w*|intends?|would|will)\b[^.;]{0,30}?\bto $", text[max(sent.start, t.span.start - 50) : t.span.start], re.I):
            continue  # "the army said it was preparing an operation to retake the area": not yet retaken
        if t.sub_event_type in {"_clash_words", "_violence"} and fastre.search(
                r"\b(?:follows|followed|comes after|came after) (?:(?:several|many|two|three|\d+) )?(?:months|weeks|years|days) of (?:[\w-]+ )?$", before, re.I):
            continue  # "The deal follows months of deadly clashes along the border": the past a deal ends
        if t.sub_event_type == "_protest" and fastre.search(
                r"\b(?:impact|effects?|costs?|aftermath|legacy) of (?:the |a |last year's |earlier )?(?:[\w'’-]+ ){0,2}$|\brole in (?:organi[sz]ing|leading|planning|staging|calling) (?:the |a |an )?(?:[#\w'’-]+ ){0,3}$|"
                r"\bhad been (?:hit|affected|disrupted|hampered|crippled|halted|shut) by (?:the |a |last year's |earlier )?(?:[\w'’-]+ ){0,2}$|"
                r"\b(?:handling|policing|management) of (?:the |a |an )?(?:[\w'’-]+ ){0,3}$",
                text[max(sent.start, t.span.start - 60) : t.span.start], re.I):
            continue  # "the lingering impact of road blockades earlier in the year"; "arrested ... over their role in organising the protests";
            # "output recovered at mines that had been hit by road blockades last year"; "defended his officers' handling of last weekend's demonstrations"
        if t.sub_event_type == "_force" and t.text.lower() == "intervened" and fastre.match(r"\s+to (?:mediate|negotiate|talk|resolve|settle|calm|broker)\b", text[t.span.end : t.span.end + 20], re.I):
            continue  # "police and BGMEA officials intervened to mediate with the owners": talks, no force
        if t.sub_event_type == "_violence" and t.text.lower() == "targeted" and fastre.search(
                r"\b(?:move|law|bill|measure|decision|polic(?:y|ies)|rules?|legislation|amendment|decree|ban)\b[^.;]{0,60}$", text[max(sent.start, t.span.start - 80) : t.span.start], re.I):
            continue  # "passed a law ..., a move rights groups said targeted the student protest movement": a law, no attack
        if t.sub_event_type == "_capture" and t.text.lower() == "occupied" and fastre.match(r"\s+by\b", text[t.span.end : t.span.end + 4]):
            continue  # "houses occupied by Roma families": who lives there
        if t.sub_event_type == "_protest" and fastre.search(r"\bincit(?:ed|ing|es|ement of)\s+(?:[\w'’-]+\s+){0,3}$", text[max(sent.start, t.span.start - 60) : t.span.start], re.I) and any(
                u.sub_event_type == "Arrests" and u.sentence == t.sentence for u in triggers):
            continue  # "arrested an opposition MP over allegations that he incited last week's anti-tax protests": the charge
        if t.sub_event_type in {"_protest", "_capture", "_territory"} and any(
                (u.sub_event_type in {"Other", "Change to group/activity"} or u.sub_event_type == "Looting/property destruction" and t.sub_event_type != "_protest")
                and u.span.start <= t.span.start and t.span.end <= u.span.end
                and u is not t for u in triggers):
            continue  # "freed 10 soldiers it had captured", "would operate jointly under the banner of ...": words of the release or the merger
        if t.sub_event_type == "_protest" and fastre.search(
                r"\b(?:to plan|planning|plotting|to prepare|preparing)\b[^.;]{0,40}?\b(?:during|ahead of|before)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}$",
                text[max(sent.start, t.span.start - 90) : t.span.start], re.I):
            continue  # "holding a 'secret meeting' to plan sabotage during the blockade": the blockade is their plan's time
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_clash_words", "_capture", "_territory"} and has(_EARLY_WARNING, t.sentence):
            continue  # "issued an early warning ..., stating that an escalation of confrontations was likely in the coming weeks"
        if t.sub_event_type == "Government regains territory" and fastre.search(r"\bland[\s-]+$", text[max(sent.start, t.span.start - 6) : t.span.start], re.I):
            continue  # "attacked a Guarani Kaiowá land retaking camp": the name of an occupation, nothing regained
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_weapons"} and _WHO_HAD_DONE.search(text, max(sent.start, t.span.start - 60), t.span.start):
            continue  # "demolished the family home of a Palestinian who had carried out a shooting attack": the earlier deed
        if t.sub_event_type in {"_violence", "_weapons"} and has(_CELEBRATORY_FIRE, t.sentence):
            continue  # "killed by a stray bullet as men fired into the air to celebrate a wedding": no attack
        if t.sub_event_type == "_protest" and has(_PARADE, t.sentence) and not has(_PRESSED, t.sentence):
            continue  # "fighters marched with tanks ... in a military parade", "gathered ... to mark Democracy Day with a parade"
        if t.sub_event_type == "_violence" and _PROTESTED_DEED.search(text, max(sent.start, t.span.start - 80), t.span.start):
            continue  # "transport workers on strike against extortion and the killing of drivers": the grievance
        if t.sub_event_type in {"_weapons", "Grenade"} and has(_PLANTED_EVIDENCE, t.sentence):
            continue  # "the group said the guns and grenades presented were planted": the arrest's disputed pretext
        if t.sub_event_type == "_protest" and _BOUND_FOR.search(text, max(sent.start, t.span.start - 80), t.span.start):
            continue  # "a bus carrying Awami League supporters to a rally plunged into a ditch": no rally where it happened
        if t.sub_event_type == "Abduction/forced disappearance" and _IN_A_PAST_YEAR_AFTER.match(text, t.span.end) and has(_RELEASE_CALL, t.sentence):
            continue  # "the family of a doctor kidnapped in Burkina Faso in 2016 made a fresh appeal for his release": years ago
        if t.sub_event_type == "Abduction/forced disappearance" and _ACCUSED_OF_BEFORE.search(text, max(sent.start, t.span.start - 40), t.span.start):
            continue  # "two men accused of kidnapping a child were set on fire by a crowd": the accusation, not a kidnapping told
        if fastre.fullmatch(r"blasts?", t.text, re.I) and fastre.search(r"\b(?:horn|car-horn|whistle|trumpet|siren|air-horn|vuvuzela|shofar)s?\s+$", text[max(sent.start, t.span.start - 20) : t.span.start], re.I):
            continue  # "drawing horn blasts of support from passing drivers": a sound, no explosion
        if t.sub_event_type == "_violence" and fastre.fullmatch(r"attacks", t.text, re.I) and _TRADED_BEFORE.search(text, max(sent.start, t.span.start - 40), t.span.start):
            continue  # "the two parties traded fierce attacks as campaigning entered its final week": words
        if t.sub_event_type == "_protest" and fastre.fullmatch(r"(?-i:Morchas?|Andolan)", t.text) and _NAME_WORD_BEFORE.search(text, max(sent.start, t.span.start - 30), t.span.start):
            continue  # "the Janatantrik Terai Mukti Morcha", "Gorkha Janmukti Morcha": a party's name, no march
        if t.sub_event_type == "_protest" and _A_PAST_SPAN_BEFORE.search(text, max(sent.start, t.span.start - 60), t.span.start):
            continue  # "families of farmers who died during the 2020-21 agitation": a movement of a finished span of years
        if t.sub_event_type in {"_protest", "_protest_violence"} and fastre.search(r"(?:stormed|forced their way into)$", t.text, re.I) and _A_HOME_OF.match(
            text, t.span.end) and any(u.sentence == t.sentence and u.sub_event_type == "_violence" and u.span.start > t.span.end for u in triggers):
            continue  # "activists stormed the home of a rival candidate's supporter and beat him": an attack on him, no demonstration
        if t.sub_event_type == "Arrests" and _PAST_ARREST.search(text, max(sent.start, t.span.start - 30), t.span.start) and has(_COURT_RULED, t.sentence):
            continue  # "a court ruled that the continued detention of 11 people arrested during the protests was unlawful"
        if t.sub_event_type == "Disrupted weapons use" and (fastre.search(r"\b(?:remnants|splinters|fragments|debris|pieces|parts)\b", t.text, re.I) or fastre.match(
                r"\s+(?:remnants|splinters|fragments|debris|pieces|shrapnel)\b", text[t.span.end : t.span.end + 20], re.I)):
            continue  # "police said they had recovered remnants of the bombs", "recovered bomb fragments": what the blast left, no seizure
        if t.sub_event_type == "Arrests" and _RELEASE_OF_BEFORE.search(text, max(sent.start, t.span.start - 80), t.span.start):
            continue  # "demanding the release of people still detained over the 2019 unrest": detained before, not today
        if (t.sub_event_type == "_force" and fastre.match(r"(?:arrested|detained)\b", t.text, re.I) or t.sub_event_type == "_protest" and any(
                u.sub_event_type == "Arrests" and not _RELEASE_OF_BEFORE.search(text, max(0, u.span.start - 80), u.span.start)
                for u in triggers)) and has(_ARRESTED_FOR_PAST, t.sentence):
            continue  # "arrested 14 activists ... in connection with the violence during the rally": arrests for a past deed (and its rally)
        if t.sub_event_type == "_protest" and fastre.search(
                r"\b(?:penalt(?:y|ies)|punishments?|fines|jail terms|sentences) for (?:[\w'’-]+ ){0,4}$", text[max(sent.start, t.span.start - 70) : t.span.start], re.I):
            continue  # "a bill raising penalties for blocking roads during demonstrations": a law, no protest
        if t.sub_event_type == "_clash_words" and _VOWED_TO_KEEP.search(text, max(sent.start, t.span.start - 100), t.span.start):
            continue  # "vowed in a speech to troops to keep fighting 'until the last rebel is crushed'": a vow, no battle
        if t.sub_event_type == "_clash_words" and _PROTESTED_OFFENSIVE.search(text, max(sent.start, t.span.start - 80), t.span.start):
            continue  # "called for a shutdown against the ongoing security offensive": what a protest opposes, no battle told
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_violence", "_clash_words", "Other"} and fastre.search(
                r"\bbehind (?:the )?(?:recent|latest|several|many|a (?:series|wave|spate|string) of|(?:19|20)\d\d) (?:[\w-]+ )?$", before, re.I):
            continue  # "would go after the dissident commanders behind recent attacks in Cauca": the attacks are background
        if t.sub_event_type in _STRIKE_KINDS | {"_weapons"} and fastre.search(r"\b(?:would|will) be (?:answered|met|responded to) with (?:[\w-]+ )?$", before, re.I):
            continue  # "any Israeli strike on Beirut would be answered with missiles on Tel Aviv": a threat
        if t.sub_event_type == "_clash_words" and fastre.search(r"\b(?:area|zone|region|place|village|town|locality)s? where (?:[\w'’-]+ ){1,5}?had (?:recently |previously |earlier )?$",
                                                               text[max(sent.start, t.span.start - 90) : t.span.start], re.I):
            continue  # "a landmine in his field ..., an area where M23 and Wazalendo had recently fought": the place's past
        if t.sub_event_type == "_clash_words" and fastre.fullmatch(r"(?-i:Fighting)", t.text) and fastre.match(r"\s+(?-i:Forces?|Front|Groups?|Brigades?|Units?)\b", text[t.span.end : t.span.end + 12]):
            continue  # "Abacunguzi Fighting Forces": a group's name
        if fastre.search(r"\braids?$", t.text, re.I) and fastre.match(r"\s+(?:sirens?|alerts?|alarms?|warnings?|shelters?|drills?)\b", text[t.span.end : t.span.end + 12], re.I):
            continue  # "air raid sirens sounded in Haifa ... triggered by a false identification": a warning, no strike
        if t.sub_event_type == "Abduction/forced disappearance" and fastre.match(r"\s+(?-i:Square|Plaza|Street|Forum)\b", text[t.span.end : t.span.end + 10]):
            continue  # "packed Hostages Square in Tel Aviv": a square's name
        if t.sub_event_type == "Abduction/forced disappearance" and fastre.match(r"hijack", t.text, re.I) and _VEHICLES_AFTER.match(text, t.span.end) and not has(_PEOPLE_ABOARD, t.sentence):
            continue  # "armed men hijacked and set fire to eight vehicles to block the roads": vehicles, nobody taken
        if t.sub_event_type == "Abduction/forced disappearance" and (
                fastre.search(r"\b(?:rescued|freed|recovered) (?:[\w'’-]+ ){0,3}$", before, re.I) and fastre.match(r"abducted|kidnapped", t.text, re.I)
                or fastre.fullmatch(r"kidnapping", t.text, re.I) and fastre.match(r"(?:[- ]for[- ]ransom)?[\s-]+(?:gangs?|rings?|rackets?|syndicates?)\b", text[t.span.end : t.span.end + 24], re.I)):
            continue  # "arrested five members of a kidnapping gang and rescued two abducted traders": the arrest, its past
        if t.sub_event_type == "Arrests" and fastre.search(r"\bsolidarity with\b[^.;]{0,90}$", text[sent.start : t.span.start], re.I):
            continue  # "gathered to express solidarity with the long march participants detained in Islamabad": whom they back
        if t.sub_event_type in {"_capture", "_territory"} and fastre.search(r"\b(?:as long as|so long as|unless) (?:[\w'’-]+ ){1,3}$", before, re.I):
            continue  # "would not disarm as long as Israel occupied Lebanese territory": a condition, no capture
        if t.sub_event_type == "_protest" and fastre.fullmatch(r"protesters?|demonstrators?", t.text, re.I) and fastre.search(r"\b(?:fellow|other)\s+$", before, re.I) and fastre.match(
                r"\s+(?:said|say|says|told|reported)\b", text[t.span.end : t.span.end + 12], re.I):
            continue  # "his whereabouts remain unknown, fellow protesters said": who tells it, no protest
        if fastre.match(r"bomb", t.text, re.I) and text[max(0, t.span.start - 6) : t.span.start].lower() == "water-":
            continue  # "water-bombing aircraft fought the flames": firefighting planes
        if t.sub_event_type in {"_protest", "_force"} and fastre.search(r"\bgathered(?: at| in)?$", t.text, re.I) and _AT_A_HOME.match(text, t.span.end):
            continue  # "arrested 17 opposition activists who had gathered at a private home, accusing them of planning a protest": a meeting
        if t.sub_event_type == "_clash_words" and fastre.match(r"(?:answered|responded|replied) with", t.text, re.I) and _FORCES_REPLY_BEFORE.search(before) and any(
                u.sentence == t.sentence and u.sub_event_type == "_protest_violence" and u.span.start < t.span.start for u in triggers):
            continue  # "angry residents torched a police post ..., and police responded with live bullets": force on a riot, no exchange
        if t.sub_event_type == "Change to group/activity" and _APPEAL_BEFORE.search(text, sent.start, t.span.start):
            continue  # "calling on members of armed groups to lay down their weapons and join the demobilisation programme", an amnesty offer
        if t.sub_event_type in {"_territory", "_capture"} and _DAYS_AFTER_DEED_BEFORE.search(text, max(sent.start, t.span.start - 120), t.span.start) and any(
                u.sentence == t.sentence and u.span.end <= t.span.start and u.sub_event_type in _EXPLOSIVE_KINDS | {"_violence", "_clash_words"} for u in triggers):
            continue  # "jets struck residential areas of Namtu, days after TNLA forces took control of the town": the strike's background
        if t.sub_event_type == "_capture" and _WHICH_IT_BEFORE.search(before) and _EARLIER_WHEN_AFTER.match(text, t.span.end):
            continue  # "opened an office in Mrauk-U, which the group captured in February": a past capture
        if t.sub_event_type == "Abduction/forced disappearance" and t.text.lower() == "abducted" and not _WAS_BEFORE.search(before) and _CAME_HOME_AFTER.match(text, t.span.end):
            continue  # "seventeen farmers abducted from Tsafe in January returned home ... after a ransom": a release told
        if t.sub_event_type == "Change to group/activity" and fastre.match(r"banned the movement", t.text, re.I) and _MOVEMENT_OF_VEHICLES_AFTER.match(text, t.span.end):
            continue  # "the state government banned the movement of motorcycles at night": a security measure
        if t.sub_event_type == "_protest" and fastre.match(r"blocked\b", t.text, re.I) and _WERE_AFTER.match(text, t.span.end):
            continue  # "blocked roads were hampering relief efforts": roads cut, no blockade
        if t.sub_event_type == "Headquarters or base established" and fastre.search(r"\b(?:temporary|relief|transit|refugee|displacement) camps?\b", t.text, re.I) and (
                has(_SHELTERED, t.sentence) or t.sentence > 0 and has(_SHELTERED, t.sentence - 1)):
            continue  # "set up temporary camps near the crossing" for deportees: shelter, no base
        if t.sub_event_type == "Change to group/activity" and _ONLY_WHEN_BEFORE.search(before):
            continue  # "they would be freed only when the commander surrendered": a condition, no surrender
        if t.sub_event_type in {"_violence", "_clash_words"} and _WOULD_BEFORE.search(text, sent.start, t.span.start):
            continue  # "said it would shift part of its operations to small-unit attacks inside Kabul": a plan
        if t.sub_event_type == "_clash_words" and _WILL_STOP_AFTER.match(text, t.span.end):
            continue  # "under the deal, fighting in the eastern countryside will stop": the deal's terms
        if t.sub_event_type == "_force" and _USE_OF_BEFORE.search(before):
            continue  # "picketed the consulate to protest the use of water cannons by the coast guard": what they protest
        if t.sub_event_type in {"_territory", "_capture"} and _OFFICE_HOLDER_AFTER.match(text, t.span.end):
            continue  # "armed men seized a district administrator and his driver": a person taken, no district
        if t.sub_event_type == "_violence" and t.text.lower() == "hurled" and any(
                u.sub_event_type == "_protest_violence" and u.span.start == t.span.start and u.span.end > t.span.end for u in triggers) and any(
                u.sub_event_type in {"_protest_violence", "Looting/property destruction", "_riot", "_protest"} and u.span.start != t.span.start for u in triggers):
            continue  # "students hurled stones at a bus and smashed windows": the stones are the crowd's violence, no attack of its own
        if t.sub_event_type == "_violence" and fastre.fullmatch(r"injured|wounded|killed", t.text, re.I) and _VIGIL_FOR.search(text, sent.start, t.span.start):
            continue  # "held a candle-light vigil ... for participants of the march injured in Gwadar": whom the vigil is for
        if t.sub_event_type == "_protest" and fastre.fullmatch(r"protesters?|demonstrators?|marchers?", t.text, re.I) and fastre.search(
                r"\b(?:father|mother|parents?|family|relatives?|son|daughter|brother|sister|widow|wife|husband) of (?:a |an |the )?(?:[\w-]+ ){0,2}$", before, re.I):
            continue  # "arrested the father of a young protester killed last year": who he is, no protest
        if t.sub_event_type == "_protest" and fastre.search(
                r"\b(?:cases?|charges?|complaints?) (?:[\w-]+ ){0,2}?(?:filed|lodged|registered|brought) (?:during|over|in connection with|for) (?:the )?(?:ongoing |recent |last |previous |opposition['’]s )?$",
                text[max(sent.start, t.span.start - 80) : t.span.start], re.I):
            continue  # "arrested 11 activists in connection with sabotage cases filed during the ongoing blockade": the cases' time
        if t.sub_event_type == "_protest" and fastre.search(
                r"\b(?:former |ex-)?(?:organi[sz]ers?|organi[sz]ing committee|founders?) of (?:an? |the )?(?:annual|yearly|banned|now-banned|defunct|now-defunct|former) (?:[\w'’-]+ ){0,3}$",
                text[max(sent.start, t.span.start - 80) : t.span.start], re.I):
            continue  # "arrested four former organisers of an annual candlelight vigil at their homes": who they are, no vigil held
        if t.sub_event_type in {"_protest", "_force", "Arrests"} | _VIOLENT_TRIGGERS and has(_REPORTED_PERIOD, t.sentence):
            continue  # "police used excessive force against protesters over the past two years, Amnesty said in a report"
        if t.sub_event_type == "_protest" and has(_CELEBRATION, t.sentence) and not _RENEWED_DEMAND.search(sent.text):
            continue  # "fans poured into the streets after the World Cup final, blocking traffic": a celebration
        if t.sub_event_type == "_violence" and fastre.match(r"raid", t.text, re.I) and has(_WHITE_COLLAR, t.sentence) and not has(_HARMED, t.sentence):
            continue  # "police raided 40 addresses in an operation against a gang accused of laundering": a fraud case
        if t.sub_event_type in {"Remote explosive/landmine/IED", "Grenade", "_protest_violence", "_weapons"} and _CAUGHT_WITH.search(
                text, max(sent.start, t.span.start - 100), t.span.start):
            continue  # "RAB arrested three activists with six crude bombs": bombs found on them, no blast
        if t.sub_event_type in _VIOLENT_TRIGGERS and _INQUIRY_INTO.search(text, max(sent.start, t.span.start - 80), t.span.start):
            continue  # "a public inquiry into the Manchester Arena bombing said in its final report": the inquiry is the news
        if t.sub_event_type == "Agreement" and _UNDER_DEAL.search(before):
            continue  # "days after SDF fighters withdrew under a US-brokered ceasefire": the deal is background
        if t.sub_event_type in _VIOLENT_TRIGGERS and _URGED_TO.search(text, max(sent.start, t.span.start - 100), t.span.start):
            continue  # "calling on People's Defence Forces ... to attack military targets": an exhortation
        if _OR_FACE.search(before):
            continue  # "warning Chinese nationals to leave the province or face attacks": a threat
        if t.sub_event_type in {"_violence", "Attack"} and fastre.search(r" (?:from|against) (?:\S+ )?$", before) and _PROTECT_FROM.search(
                text, max(sent.start, t.span.start - 80), t.span.start):
            continue  # "saying it would protect civilians from attacks by the military": what is guarded against
        if t.sub_event_type == "_violence" and fastre.match(r"raid", t.text, re.I) and (has(_POLICE_ARREST, t.sentence) or has(_POLICE_SEARCH, t.sentence)) and not has(_HARMED, t.sentence):
            continue  # "police raided a drug den, arresting 14": a search and arrests, no violence
        if t.sub_event_type in {"_violence", "_weapons"} and _OF_VICTIM.match(text, t.span.end) and _RIOT_CAUSE_BEFORE.search(
            text, max(sent.start, t.span.start - 80), t.span.start
        ) and any(u.sentence == t.sentence and u.span.end <= t.span.start and u.sub_event_type in _CROWD_KINDS for u in triggers):
            continue  # "rioters set cars ablaze ... after the police shooting of a teenager": the riot's cause
        if t.sub_event_type in {"_protest", "_riot", "_protest_violence", "_violence", "_clash_words"} and any(
            u.sub_event_type == "Arrests" and u.span.start < t.span.start for u in triggers
        ) and (
            _CASE_OVER.search(text, max(sent.start, t.span.start - 120), t.span.start)
            or t.sub_event_type == "_protest" and _HAD_TAKEN_PART.search(text, max(sent.start, t.span.start - 80), t.span.start)
        ):
            continue  # "shown arrested in a murder case linked to the July protests": the case's background (as the charge below)
        if t.sub_event_type in _VIOLENT_TRIGGERS | _DESTRUCTIVE_TRIGGERS and (
            charge := _CHARGE_BEFORE.search(text, max(sent.start, t.span.start - 100), t.span.start)
        ) and (
            charge.group(1) or _ARRESTED.search(text, sent.start, t.span.start) or _SAID_OF_ARRESTED.match(sent.text) and any(
                u.sub_event_type == "Arrests" and u.sentence == t.sentence - 1 for u in triggers)
        ) and not (t.sub_event_type == "Sexual violence" and charge.group(0)[:3].lower() == "for") and not (
            charge.group(0)[:4].lower() == "over" and t.sub_event_type in {"_riot", "_protest"}):  # ("67 people were detained over the unrest": the riot)
            # (an arrest "for allegedly raping" a woman is how the rape is reported: ACLED codes the rape)
            continue  # "arrested six activists on charges of setting fire to a train": the charge, not the event
        if t.sub_event_type in _VIOLENT_TRIGGERS and _ACCUSED_OF_DEED.search(text, max(sent.start, t.span.start - 100), t.span.start):
            continue  # "demolished the homes of two Palestinians accused of carrying out a shooting attack": the charge
        if t.sub_event_type in _VIOLENT_TRIGGERS and any(
            u.sub_event_type == "Arrests" and u.sentence < t.sentence for u in triggers
        ) and _LAUNCHED_AFTER.search(text, max(sent.start, t.span.start - 250), t.span.start):
            continue  # "arrested 40 ... The operation was launched after students were attacked": the drive's cause
        if t.sub_event_type == "Non-violent transfer of territory" and t.text[:3].lower() == "no " and not any(
            u.sub_event_type in {"_territory", "_capture", "Government regains territory"} and (u.span.start > t.span.start or u in out) for u in triggers
        ):  # (a takeover the filter dropped, "looted shops days after taking control of the town", is no handover now)
            continue  # "no clashes were reported" of a blockade: no territory changed hands
        if t.sub_event_type == "Abduction/forced disappearance" and (
            _RELEASE_TALKS.search(text, max(sent.start, t.span.start - 200), t.span.start)
            or any(u.sub_event_type == "Agreement" for u in triggers) and _RETURN_OF.search(text, max(sent.start, t.span.start - 60), t.span.start)
            or fastre.match(r"hostages?$", t.text, re.I) and _RELEASE_APPEAL.search(text[max(sent.start, t.span.start - 100) : t.span.start])
        ):
            # "met ... to discuss efforts toward a ceasefire and the release of hostages": talks; "a
            # statement calling for restraint and for the release of hostages": an appeal
            continue
        if t.sub_event_type == "_protest" and _RULES_ON_BEFORE.search(before):
            continue  # "voted to tighten rules on demonstrations near places of worship": a law about protests
        if t.sub_event_type in {"_clash_words", "_weapons"} and fastre.match(r"clash|battl|fight|fought", t.text, re.I) and has(
                _DEBATE, t.sentence) and not any(u.sentence == t.sentence and u.sub_event_type in {"_violence", "_protest_violence"} for u in triggers):
            continue  # "lawmakers clashed over the budget in a marathon parliamentary battle": a debate
        if t.sub_event_type == "_protest" and _CHARGED_WITH_BEFORE.search(before):
            continue  # "arrested ... on charges of attempting to hold a flash procession": the charge, not a protest held
        if t.sub_event_type == "Other" and "grave" in t.text.lower() and has(_COMMEMORATION, t.sentence) and fastre.search(
                r"\b(?:tsunami|earthquake|quake|floods?|cyclone|typhoon|hurricane|landslides?|epidemic|pandemic|famine)\b", sent.text, re.I):
            continue  # "a remembrance ceremony at the mass grave to mark the anniversary of the 2004 tsunami": a memorial
        if t.sub_event_type == "Agreement" and _NO_DEAL_BEFORE.search(text, max(sent.start, t.span.start - 120), t.span.start):
            continue  # "talks were adjourned without agreement on a humanitarian truce": none made
        if t.sub_event_type == "Agreement" and _QUIT_BEFORE.search(before):
            # "announced that it was withdrawing from the 2015 Algiers peace agreement": a group's change, no agreement
            t = replace(t, sub_event_type="Change to group/activity")
        if t.sub_event_type == "_protest" and "strike" in t.text.lower() and _NO_DEMONSTRATION_SAID.search(text):
            continue  # "doctors began an indefinite strike ... No demonstrations were reported": a work stoppage, no protest event
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_violence"} and _LATEST_IN_A_SERIES.search(before) and len(triggers) > 1:
            continue  # "burned down a school, the latest in a string of attacks on schools": the series, not this event
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_violence"} and _IN_A_PAST_PERIOD.match(text, t.span.end):
            continue  # "compensation to families of those killed in last month's bus bombing": a past event's dead
        if t.sub_event_type == "Disrupted weapons use" and _DEFUSE_FIGURATIVE.match(text, t.span.start):
            continue  # "talks aimed at defusing tensions": a figure of speech
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_violence"} and _RISK_OF_BEFORE.search(text, sent.start, t.span.start) and has(_MARKET_REPORT, t.sentence):
            continue  # "oil prices jumped as traders weighed the risk of disruptions from attacks on shipping": markets
        if t.sub_event_type in {"_protest", "Arrests"} and (verdict := _COURT_VERDICT.search(text, sent.start, t.span.start)) is not None and not _VERDICT_AS_CAUSE.search(
                text, sent.start, verdict.start()):
            continue  # "a court convicted an officer of murdering a protester during demonstrations in 2020 and ordered him held": a trial
        if t.sub_event_type in _VIOLENT_TRIGGERS and drug_feud:
            continue  # "a settling of scores between rival drug dealers": crime
        if orders and t.sub_event_type == "_protest" and _ORDER_CAUSE_BEFORE.search(before) and not any(
                u.sub_event_type == "_protest" and u.sentence == t.sentence and u is not t and u.span.start < t.span.start for u in triggers):
            continue  # "Following days of sit-ins ..., the council decided to ban all activities of the party"
        if orders and t not in orders and any(_order_cause(text, o, t) for o in orders):
            continue  # "imposed Section 144 after clashes between two groups", "agreed ... to refrain from
            # violence following the clash last month": the order or the agreement is the event
        if sport and (t.sub_event_type in {"_violence", "_clash_words", "_weapons", "_riot", "Arrests", "_capture", "_territory", "Change to group/activity", "_force"}
                      or t.sub_event_type == "_protest" and fastre.match(r"laid|besieg", t.text, re.I)):
            continue
        if t.sub_event_type in {"Shelling/artillery/missile attack", "Air/drone strike", "_clash_words", "_violence"} and _AT_THE_GOAL.match(text, t.span.end):
            continue  # "the Super Eagles shelled Benin's goal from the opening whistle": a match
        if t.sub_event_type == "Disrupted weapons use" and has(_ARMS_CEREMONY, t.sentence):
            continue  # "publicly destroyed more than 3,000 recovered small arms at a ceremony": disarmament, no seizure
        if cues.could and t.sub_event_type == "_protest" and _COULD_SPARK_BEFORE.search(text, max(sent.start, t.span.start - 90), t.span.start):
            continue  # "a move unions warned could spark a fresh wave of street protests": a warning, none held
        if t.sub_event_type == "_protest" and has(_DEFACERS, t.sentence) and not t.text.lower().startswith(("protest", "demonstr", "rall", "march")):
            continue  # "hackers defaced the ministries' home pages with political slogans": no one gathered
        if t.sub_event_type in {"_clash_words", "_violence"} and fastre.search(
                r"\b(?:following|after|amid|in the wake of) (?:the |recent |renewed |fresh )?$", text[max(sent.start, t.span.start - 25) : t.span.start], re.I) and any(
                u.sub_event_type == "Change to group/activity" and u.sentence == t.sentence and u.span.start < t.span.start
                and fastre.search(r"prohibitory|Section 144|curfew", u.text, re.I) for u in triggers):
            continue  # "imposed a prohibitory order ... for three days following clashes between party supporters": the order's reason
        if t.sub_event_type == "Government regains territory" and fastre.search(r"\bwhich (?:[\w-]+ ){0,2}$", text[max(sent.start, t.span.start - 30) : t.span.start], re.I) and (
                _CAPTURED_EARLIER.match(text, t.span.end) or fastre.match(r"\s+(?:[\w-]+ ){0,3}?(?:last (?:week|month|year)|earlier)\b", text[t.span.end : t.span.end + 40], re.I)):
            continue  # "set up a new camp in the Bagh Maidan area, which troops cleared of militants last month": its past
        if t.sub_event_type in _VIOLENT_TRIGGERS and _SINCE_BEGAN.search(text, max(sent.start, t.span.start - 50), t.span.start):
            continue  # "petrol has tripled in price since JNIM began attacking fuel tankers": a campaign as the background
        if t.sub_event_type in {"_protest", "Looting/property destruction"} and t.text.lower().startswith("occupied") and fastre.search(
                r"\b(?:armed|gunmen|herders|herdsmen|militants|fighters|rebels|bandits|insurgents|militiamen|troops|soldiers)\b[^.;]{0,25}\bwho had $",
                text[max(sent.start, t.span.start - 45) : t.span.start], re.I):
            continue  # "armed herders who had occupied farmland ... withdrew without a fight": what they held before
        if t.sub_event_type == "Looting/property destruction" and _WHOSE_WERE.search(text, max(sent.start, t.span.start - 60), t.span.start):
            continue  # "compensate shop owners whose establishments were demolished": the grievance's past
        if t.sub_event_type in _VIOLENT_TRIGGERS and has(_MONTHLY_TOLL, t.sentence):
            continue  # "at least 160 civilians were killed ... in Ukraine in October, with most casualties in ...": a month's toll
        if t.sub_event_type in {"Disrupted weapons use", "Remote explosive/landmine/IED"} and has(_PRACTICE_MISHAP, t.sentence):
            continue  # "sappers were injured when a practice charge detonated prematurely during a training exercise"
        if t.sub_event_type in {"_violence", "_weapons", "_capture"} and has(_DISASTER, t.sentence) and not has(_ROW_OVER_ACCIDENT, t.sentence) and not any(
            u is not t and u.sentence == t.sentence and u.sub_event_type in _HARD - {"_protest"} and id(u) not in accidents and id(u) not in negated
            for u in triggers
        ) and not (any(u.sentence == t.sentence and u.sub_event_type == "_protest" for u in triggers) and has(_PROTESTERS_HURT, t.sentence)) and not (
            _HANDS_ON.match(t.text) and not t.text.lower().startswith("attacked") and not has(_MISHAP, t.sentence)
        ):  # (soldiers enforcing a Covid curfew who shot a man dead, fighters who hacked villagers to death near the
            # Volcanoes National Park: a killing by hand or gun is no accident unless the report says so)
            continue
        if id(t) in accidents:
            continue
        if (t.sub_event_type == "_protest_violence" or t.sub_event_type == "Looting/property destruction" and fastre.match(r"(?:set|setting|sparked|sparking) off\b", t.text, re.I)) and has(
                _DISASTER, t.sentence) and not has(_CROWD_DOERS, t.sentence) and not any(
            u.sub_event_type in {"_protest", "_riot", "_force"} for u in triggers
        ):
            continue  # "fireworks set ceiling decorations alight", a volcano "hurling burning rocks and ash": no crowd did it
        if t.sub_event_type == "Looting/property destruction" and (
            (has(_NATURAL, t.sentence) or has(_INDUSTRIAL, t.sentence)) and not has(_POLITICAL_ACTOR, t.sentence)
            and not fastre.match(r"(?:loot|cart|carr|took|made off|stole|broke into|plunder)", t.text, re.I)  # ("carted away grain meant for flood victims")
            or fastre.match(r"damag", t.text, re.I) and _NATURAL.search(text) and not political
            or fastre.match(r"setting|sparking|causing|destroying|damaging|gutting", t.text, re.I) and has(_DISASTER, t.sentence) and not has(_POLITICAL_ACTOR, t.sentence)
            and not has(_CROWD_DOERS, t.sentence) and not any(
                u.sub_event_type in {"_protest", "_riot", "_force"} for u in triggers)
            or has(_ROBBERY, t.sentence) and not (political and _NOT_JUST_CRIME.search(text))
            or has(_HEIST, t.sentence) and not _NOT_JUST_ROBBERS.search(text)  # "two masked gunmen robbed a gold shop"
            or fastre.match(r"robber", t.text, re.I) and has(_HEIST, -1) and not _NOT_JUST_ROBBERS.search(text)  # ("The motive was robbery, police said")
            # "an armed gang broke into a mobile money agency and made off with cash. Police said the robbers ..."
            or has(_ARMED_ROBBERS, t.sentence) and has(_CRIMINALS, -1) and not _NOT_JUST_ROBBERS.search(text)
            # "a trader was shot dead by armed robbers ... Police said the attackers took cash": the robbery told on
            or t.sentence > 0 and has(_ARMED_ROBBERS, 0) and not _NOT_JUST_CRIME.search(text)
        ):
            continue  # homes destroyed by an earthquake; a shop looted by robbers
        if _BLAME.search(text[max(sent.start, t.span.start - 220) : t.span.start]) and not any(
            u.sentence == t.sentence and u is not t and u.span.start > t.span.end + (
                # ("accused of responsibility for missile attacks": the attacks the missile word heads are the same blame)
                0 if _CLAIMED_RESPONSIBILITY.search(text, max(sent.start, t.span.start - 220), t.span.start) else 1) and not (
                u.sub_event_type == "_protest" and fastre.search(r"\b(?:on|against)\s+$", text[max(0, u.span.start - 9) : u.span.start]))
            for u in triggers
        ) and not (t.sub_event_type == "_protest" and fastre.search(r"\b(?:took|take|takes|taking) part in\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", text[max(0, t.span.start - 40) : t.span.start])
                   ) and not (t.sub_event_type == "Chemical weapon" and (has(_DAY_OF_WEEK, t.sentence) or _NOTE_DATE.match(doc.sentences[t.sentence].text))) and not (
                       # "On 25 September 2023, soldiers ... were accused of raping two young women during a search operation"
                       # (or "were accused of raping a 15-year-old girl at gunpoint on Tuesday, her family said")
                       t.sub_event_type == "Sexual violence" and (_NOTE_DATE.match(doc.sentences[t.sentence].text) or has(_DAY_OF_WEEK, t.sentence))
                       and fastre.search(r"\b(?:was|were|is|are|has been|have been|had been) (?:\w+ )?accused of\s+$", before, re.I)) and not (
                       # "a woman accused them of raping her while she was held at a police station": the victim's own account
                       _victims_account(text, t, sent.start)) and not (
                       # "Human rights groups accused Malian soldiers of killing at least 20 men in a village ... last week"
                       t.sub_event_type in {"_violence", "Sexual violence"} and _WITNESS_ACCUSERS.search(text, sent.start, t.span.start) and _COUNTED_VICTIMS.match(text, t.span.end)):
            # blame for an attack reported elsewhere (not "took part in a rally"; an accusation of a chemical
            # attack "on Thursday" is how such attacks are reported, and ACLED codes them)
            continue
        if _DENIED_OR_SENTENCED.search(text[max(sent.start, t.span.start - 200) : t.span.start]) and not _victims_account(text, t, sent.start):
            continue
        if t.sub_event_type == "Non-violent transfer of territory" and fastre.search(r"\bafter\s+(?:[\w'’()-]+\s+){1,6}$", before) and any(
                u.sentence == t.sentence and u.span.end <= t.span.start and u.sub_event_type == "Headquarters or base established" for u in triggers):
            continue  # "set up a base at the airport, shortly after French troops withdrew from their camp": the base is the event
        if t.sub_event_type in {"_violence", "Attack"} and fastre.search(r"\b(?:after|following|over) (?:an?|the) (?:[\w-]+ )?$", before, re.I) and fastre.search(
                r"\b(?:arrest(?:ed|ing)|detain(?:ed|ing)|rounded up|picked up)\b", text[sent.start : t.span.start], re.I):
            continue  # "detaining at least 40 people in overnight raids after an attack on students": the arrests' cause
        if t.sub_event_type in {"Disrupted weapons use", "Remote explosive/landmine/IED"} and _HARMLESS.search(text):
            continue  # "a suspicious package ... Army bomb disposal experts later declared it harmless": a scare
        if t.sub_event_type == "Government regains territory" and _INSIDE_WALLS.match(text, t.span.end):
            continue  # "police regained control of the wing": a prison or building, not territory
        if t.sub_event_type == "Disrupted weapons use" and fastre.search(r"\bafter\s+(?:[\w'’-]+\s+){1,12}$", text[max(sent.start, t.span.start - 120) : t.span.start]) and any(
                u.sentence == t.sentence and u.span.end <= t.span.start and u.sub_event_type in _VIOLENT_TRIGGERS for u in triggers):
            continue  # "residents stoned and burned 13 suspected gang members, after police stopped the minibus and seized weapons"
        if t.sub_event_type == "_riot" and _RIOT_RECALLED.match(text, t.span.end) and fastre.search(
                r"\b(?:following|after|over|since|amid|during|for|in)\s+the\s+$", before, re.I):
            continue  # "a crackdown following the unrest that erupted after Imran Khan's arrest": an earlier riot
        if t.sub_event_type not in {"_protest", "_force", "Arrests"} and (
            _ANNIVERSARY.search(text[max(sent.start, t.span.start - 120) : t.span.start])
            # ("Iraq marked the 10th anniversary of the massacre ..., where relatives laid wreaths for the cadets killed")
            or t.sub_event_type in _VIOLENT_TRIGGERS | {"Government regains territory", "Non-state actor overtakes territory"} and _MARKED_ANNIVERSARY.search(text, sent.start, t.span.start)
            or t.sub_event_type in _VIOLENT_TRIGGERS | {"_territory", "_capture", "Other"} and (
                _REMEMBERED.search(text[max(sent.start, t.span.start - 200) : t.span.start]) or _in_tally(tallies(t.sentence), t))
            or _YEARS_AGO_START.match(sent.text)
        ) or _YEARS_AGO_AFTER.match(text, t.span.end):
            continue  # "on the anniversary of the 2008 attacks", a past attack remembered, a war's tally
        if t.sub_event_type == "Arrests" and has(_PERIOD_COUNT, t.sentence) and _in_tally(tallies(t.sentence), t):
            continue  # "had killed more than 1,000 terrorists and arrested 600 suspects ... over the past three months": a count
        if t.sub_event_type in _VIOLENT_TRIGGERS and fastre.search(
                r"\b(?:victims|survivors|anniversary|roles?) (?:of|in) (?:the|a|an) (?:19|20)\d\d (?:[\w'’-]+ ){0,4}$",
                text[max(sent.start, t.span.start - 80) : t.span.start], re.I):
            continue  # "the remains of victims of the 1995 Srebrenica massacre": an event of a past year
        if _IF_CLAUSE.search(text[max(sent.start, t.span.start - 80) : t.span.start]):
            continue
        if t.sub_event_type == "_clash_words" and _LEFTOVER.search(text[max(sent.start, t.span.start - 60) : t.span.start]):
            continue
        if t.sub_event_type in {"_territory", "_capture"} and fastre.search(r"\bafter\s+$", before) and any(
                u.sub_event_type == "Looting/property destruction" and u.sentence == t.sentence and u.span.end <= t.span.start for u in out):
            continue  # "RSF members looted shops ... after taking over the town": the looting is the event, the takeover its past
        if t.sub_event_type == "_clash_words" and _AS_FIGHTING_GREW.match(text, t.span.end) and fastre.search(r"\bas\s+$", before) and any(
                u.sub_event_type in {"Shelling/artillery/missile attack", "Air/drone strike"} and u.sentence == t.sentence and u.span.end <= t.span.start for u in triggers):
            continue  # "Federal forces shelled the outskirts of Lalibela as fighting with Fano militias intensified": the war around the shelling
        if t.sub_event_type == "_clash_words" and t.text.lower().endswith("fought") and fastre.match(r"\s+alongside\b", text[t.span.end : t.span.end + 12]):
            continue  # "clan militia fighters who fought alongside the army": their past, no battle today
        if t.sub_event_type in _VIOLENT_TRIGGERS and _REASON_FOR.search(text[max(sent.start, t.span.start - 60) : t.span.start]):
            continue
        if no_motive and t.sub_event_type in _VIOLENT_TRIGGERS and not _POLITICAL_ACTOR.search(_NO_LINK_SAID.sub(" ", sent.text)):
            continue  # "stabbed by his brother-in-law ...; prosecutors said there was no link to ... any political motive"
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"Arrests"} and has(_DOMESTIC, t.sentence) and not has(_POLITICAL_ACTOR, t.sentence) or (
            t.sub_event_type in _VIOLENT_TRIGGERS | {"Arrests", "Change to group/activity"} and domestic
        ):
            continue
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_capture"} and (has(_ARMED_ROBBERS, t.sentence) or t.sentence > 0 and has(_ARMED_ROBBERS, 0)) and not _NOT_JUST_CRIME.search(text):
            continue  # "armed robbers stormed a bureau de change and shot dead a guard": crime
        if t.sub_event_type == "_violence" and t.text.lower().startswith("target") and has(_CRIME_ONLY, t.sentence) and not political:
            continue  # "a telephone scam ring that targeted pensioners": a fraud's victims, no attack
        if t.sub_event_type == "_violence" and t.text.lower().startswith("target") and _MEASURE_TARGETED.search(text, max(sent.start, t.span.start - 60), t.span.start):
            continue  # "after new Western sanctions targeted Russian banks": a policy's object, no attack
        if t.sub_event_type == "_clash_words" and (_UNITS_FIGHTING.search(text, max(sent.start, t.span.start - 60), t.span.start) or (
                _WHO_FIGHT.search(text, max(sent.start, t.span.start - 40), t.span.start) and _FOR_A_SIDE.match(text, t.span.end))):
            # "made up of Russian nationals fighting on Ukraine's side": who its members are
            continue  # "the recruitment of 9,500 soldiers to reinforce units fighting in the Far North": no battle told
        if t.sub_event_type == "Arrests" and fastre.match(r"arrest\b", t.text, re.I) and _ARREST_BEFORE.search(
            text[max(sent.start, t.span.start - 30) : t.span.start]
        ):
            continue  # "after the arrest of the opposition leader"
        if t.sub_event_type in _VIOLENT_TRIGGERS and t.sentence > 0 and has(_DISASTER, t.sentence - 1) and not has(_BOMB_WORD, t.sentence) and not (
            has(_POLITICAL_ACTOR, t.sentence - 1) and not _NO_HOSTILE.search(text)  # ("The army said no hostile action was involved")
        ):
            continue  # "An earthquake struck ... The disaster ministry said 112 people were killed"
        if t.sub_event_type in _VIOLENT_TRIGGERS and t.span.start - sent.start < 200 and _NATURE_AS_DOER.search(text[sent.start : t.span.start]):
            continue  # ""The water attacked us at night," said a farmer": a flood's doing, told as an attack
        if t.sub_event_type == "_protest" and (
            (_PROTEST_NOT_YET.search(text[max(sent.start, t.span.start - 120) : t.span.start])
             or _PROTEST_EXPECTED.search(text[max(sent.start, t.span.start - 120) : t.span.start]))
            and not fastre.match(r"(?:protested|rallied|marched|demonstrated)\b", t.text, re.I)  # "suspended work and protested"
            and not any(u.sub_event_type == "_force" and u.sentence == t.sentence and u.span.start < t.span.start
                        and fastre.match(r"(?:barred|prevent|foiled|obstruct|stopp|blocked)", u.text, re.I) for u in triggers)
            or _PROTEST_AS_MODIFIER.match(text, t.span.end)
            or not fastre.search(r"\bto protest$", t.text, re.I) and fastre.match(r"\s+(?:(?:are|were|is|was)\s+)?(?:planned|scheduled|expected)\b|\s+(?:would|will) be (?:held|organi[sz]ed|staged)\b|\s+(?:will|(?:is|are) (?:due|set) to)\s+(?:set off|start|begin|leave|go|march|take place|be held)\b", text[t.span.end : t.span.end + 25], re.I)
        ):
            continue  # "hours before a planned rally", "leaders of the protest movement"
        if t.sub_event_type == "_protest" and fastre.fullmatch(r"protests?|demonstrations?|protesters|rall(?:y|ies)|marches", t.text, re.I) and (
                _PROTEST_AS_TOPIC.search(text, max(sent.start, t.span.start - 90), t.span.start)
                or fastre.search(r"\borgani[sz]ers? of (?:the |a )?(?:[\w'’-]+ ){0,4}$", text[max(sent.start, t.span.start - 60) : t.span.start], re.I)
                and fastre.match(r"\s+(?:was|were|had been|has been) (?:[\w-]+ )?(?:picked up|arrested|detained|abducted|taken|seized|killed|shot)\b", text[t.span.end : t.span.end + 40])
                or t.text.lower() == "protesters" and fastre.search(  # "families of protesters killed in 2024 held a press conference"
                    r"\b(?:families|relatives|parents|mothers|widows) of (?:the )?$", text[max(sent.start, t.span.start - 30) : t.span.start], re.I)
                or _DURING_BEFORE.search(text, max(sent.start, t.span.start - 40), t.span.start) and (
                    _EARLIER_AFTER.match(text, t.span.end) or _DATED_BEFORE.search(text, max(sent.start, t.span.start - 40), t.span.start))):
            # "arrested 12 youths suspected of looting shops during protests the previous day", "an organiser of
            # the Mombasa protests was picked up", "police conduct during the 25 June protests", "the ban on demonstrations"
            continue
        if t.sub_event_type == "Abduction/forced disappearance" and has(_ARREST_CONFIRMED, -1) and not any(
                u.sub_event_type == "_violence" for u in triggers):
            continue  # "men identifying themselves as CID members picked up a reporter ... police confirmed he had been arrested"
        if t.sub_event_type == "Abduction/forced disappearance" and _RUMOUR_OF.search(text, max(sent.start, t.span.start - 40), t.span.start):
            continue  # "attacked the homes ... after rumours spread of a kidnapping": the rumour that set off the mob
        if t.sub_event_type == "_capture" and t.text.lower() == "occupied" and _PLACE_OF_OCCUPIED.search(
                text, max(sent.start, t.span.start - 12), t.span.start) and fastre.match(r"\s+(?-i:[A-Z])", text[t.span.end : t.span.end + 3]):
            continue  # "a road outside occupied Tokmak": the town's state, not its capture
        if t.sub_event_type == "Agreement" and _COOPERATION_DEAL.match(text, t.span.end) and not has(_WAR_TERMS, t.sentence):
            continue  # "Ecuador and Honduras signed a memorandum to share intelligence on gang financing": cooperation, no warring sides
        if t.sub_event_type == "Agreement" and _COMMITTED_TO.search(text, max(sent.start, t.span.start - 60), t.span.start):
            continue  # "remained committed to the 5+5 ceasefire agreement": an old agreement upheld in words
        if t.sub_event_type in _VIOLENT_TRIGGERS and _SIMULATED.search(text, max(sent.start, t.span.start - 40), t.span.start):
            continue  # "joint training ..., simulating assaults on drug-trafficking camps"
        if t.sub_event_type == "Arrests" and _WHOSE_TREATMENT.search(text, max(sent.start, t.span.start - 60), t.span.start):
            continue  # "remarks about the treatment of Venezuelan migrants detained in raids": the detention as a topic
        if t.sub_event_type == "_protest" and _LEADER_ADDRESSED.search(text, max(sent.start, t.span.start - 120), t.span.start):
            continue  # "President Chapo addressed residents at a rally in Nampula": an official's meeting, no protest
        if t.sub_event_type == "_protest" and fastre.match(r"demonstrated\b", t.text, re.I) and fastre.search(
                r"\b(?:been|was|were|is|are|be)\s+$", text[max(sent.start, t.span.start - 10) : t.span.start]):
            continue  # "no exceptional circumstances had been demonstrated": shown, not protested
        if t.sub_event_type == "_protest" and fastre.fullmatch(r"rall(?:y|ies)|meeting|procession|rally's", t.text, re.I) and fastre.match(
                r"[^.;]{0,60}?\b(?:shortly|just|hours|minutes|moments) before it (?:began|started|was (?:due|set|scheduled) to (?:begin|start))\b", text[t.span.end : t.span.end + 110], re.I):
            continue  # "crude bombs exploded near the stage of an AL peace rally shortly before it began": none held yet
        if t.sub_event_type in _VIOLENT_TRIGGERS and fastre.search(
                r"\b(?:disputed|denied|rejected|contested|questioned) (?:the )?(?:police |army |military |official )?(?:account|version|claim|story) of (?:a |an )?$",
                text[max(sent.start, t.span.start - 60) : t.span.start], re.I):
            continue  # "witnesses said he was unarmed and disputed the police account of a shootout": the shootout denied
        if t.sub_event_type == "_capture" and t.text.lower() == "occupied" and any(
                u.sub_event_type == "_protest" and u.span.start <= t.span.start < u.span.end for u in triggers):
            continue  # "300 landless families occupied an estate ..., demanding its expropriation": a protest occupation
        if t.sub_event_type == "_capture" and t.text.lower() == "occupied" and (_IN_A_PAST_YEAR_AFTER.match(text, t.span.end) or fastre.match(
                r"\s+on \d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) (?:19|20)\d\d\b", text[t.span.end : t.span.end + 30])):
            continue  # "areas occupied on 5 October 1988": a past state named in a ruling
        if t.sub_event_type == "_capture" and _PROPERTY_TAKEN.match(text, t.span.end):
            continue  # "took control of and looted fish from the shrimp enclosures of an AL leader": property, no territory
        if t.sub_event_type == "_protest" and fastre.search(r"\b(?:gathered|assembled|converged|thronged)\b", t.text, re.I) and _FOR_A_FESTIVAL.match(
                text, t.span.end) and not has(_PROTEST_IN_FESTIVAL, t.sentence):
            continue  # "hundreds of thousands gathered at Hora Harsadi for the annual Irreecha thanksgiving festival"
        if t.sub_event_type in {"_protest_violence", "Looting/property destruction"} and fastre.match(r"\w+ing\b", t.text) and any(
            u.sub_event_type == "_force" and u.sentence == t.sentence and u.span.end <= t.span.start
            and _FORCE_CHAIN.fullmatch(text, u.span.end, t.span.start) and _forces_lead(text, sent.start, u.span.start)
            for u in triggers
        ):
            continue  # "police dispersed the sit-in, firing tear gas and setting tents on fire": the forces burned them
        if t.sub_event_type == "_clash_words" and _INTERVAL_BEFORE.search(text, max(sent.start, t.span.start - 40), t.span.start) and any(
            u.sentence == t.sentence and u.span != t.span and u.sub_event_type in _VIOLENT_TRIGGERS - {"_clash_words"} for u in triggers
        ):
            continue  # "soldiers executed civilians in Merawi, a day after fighting Fano militiamen there": the earlier battle
        if t.sub_event_type == "Disrupted weapons use" and fastre.match(r"seiz|snatch|loot|took|grabb", t.text, re.I) and _FROM_FORCES.match(text, t.span.end):
            continue  # "raided the bank and seized 14 firearms from police and Ansar guards": arms taken from the forces, not seized by them
        if t.sub_event_type == "_clash_words" and fastre.match(r"battl", t.text, re.I) and _BATTLED_NATURE.match(text, t.span.end):
            continue  # "rescuers battled freezing rain", "firefighters battled the blaze": no fight
        if t.sub_event_type == "_clash_words" and _AS_ONGOING.search(text, max(sent.start, t.span.start - 60), t.span.end) and any(
                u.sentence == t.sentence and u.span.end <= t.span.start and u.sub_event_type in _VIOLENT_TRIGGERS - {"_clash_words"} for u in triggers):
            continue  # "a drone strike killed 17 ..., as the federal military battles Fano militia in the region": the war around it
        if t.sub_event_type == "Looting/property destruction" and fastre.match(r"smash|wreck", t.text, re.I) and not _UNKNOWN_DOERS.search(
                text, sent.start, t.span.start):
            continue  # a crowd that smashes windows riots or demonstrates; "unknown persons smashed the windows" destroyed property
        if t.sub_event_type in {"_clash_words", "_violence"} and _DAY_BEFORES.search(text, max(sent.start, t.span.start - 40), t.span.start):
            continue  # "in a case over the attack ... during the previous day's clashes": an earlier deed
        if t.sub_event_type == "_clash_words" and _HAD_BEEN_BEFORE.search(text, max(sent.start, t.span.start - 30), t.span.start):
            continue  # "leaders of two clans that had been fighting in the valley signed a peace agreement": the sides' past
        if t.sub_event_type == "_clash_words" and _CALLED_IT.search(text, max(sent.start, t.span.start - 50), t.span.start):
            continue  # "the governor said, calling it a cowardly ambush by organised crime": a word for the deed told before
        if orders and t.sub_event_type == "_protest" and t not in orders and _ORDER_FOLLOWED.match(sent.text):
            continue  # "The decision followed two days of sit-ins by students": the order is the event
        if (t.sub_event_type in _VIOLENT_TRIGGERS or t.sub_event_type in _ARMS_KINDS) and has(_COMMEMORATION, t.sentence) and has(_PAST_DEED, t.sentence):
            continue  # "fell silent to remember the 193 people killed in the 2004 Madrid train bombings": a memorial
        if t.sub_event_type == "Change to group/activity" and fastre.match(r"ban|outlaw|proscri", t.text, re.I) and _DEMANDED_BEFORE.search(
                text, max(sent.start, t.span.start - 80), t.span.start):
            continue  # "calling for proportional representation and a ban on the Jatiya Party": a demand, no ban
        if t.sub_event_type == "_protest" and fastre.match(r"march", t.text, re.I) and fastre.search(r"\b(?:forced|death) $", text[max(0, t.span.start - 7) : t.span.start], re.I):
            continue  # "forced marches", "death marches": captives driven on, no protest
        if t.sub_event_type == "_protest" and (_FORCED_CHANT.search(text, max(sent.start, t.span.start - 50), t.span.start)
                                               or _GRAFFITI_BEFORE.search(text, max(sent.start, t.span.start - 40), t.span.start)):
            continue  # "beaten by a crowd ... forced to chant religious slogans": the victim's ordeal; "sprayed slogans": graffiti
        if _APPEAL.search(text[max(sent.start, t.span.start - 140) : t.span.start]):
            continue  # "urged both sides to honour the truce", "called on police to investigate the killing"
        if t.sub_event_type in {"Abduction/forced disappearance", "_capture"} and any(s.start <= t.span.start < s.end for s in releases):
            continue  # (the release above; "handed over three policemen they had captured": no place taken)
        if t.sub_event_type == "Non-violent transfer of territory" and releases and fastre.fullmatch(r"hand\w* over to", t.text, re.I):
            continue  # "... were released on Saturday and handed over to the state government": the captives, no territory
        if t.sub_event_type in _VIOLENT_TRIGGERS and fastre.fullmatch(r"struck|strikes?|striking", t.text, re.I) and _STRUCK_DOWN.match(text, t.span.end):
            continue  # "the Constitutional Court struck down two articles of the tax reform": a ruling
        if t.sub_event_type == "Disrupted weapons use" and (
                _SPARE_BOMB.search(text, max(sent.start, t.span.start - 10), t.span.end + 30) and any(u.sub_event_type in _BOMB_KINDS and u.sentence < t.sentence for u in triggers)):
            continue  # "a crude bomb ... exploded, damaging the gate. Police recovered another unexploded crude bomb": the blast is the event
        if t.sub_event_type == "Disrupted weapons use" and fastre.match(r"(?:recovered|seized|confiscated)\b", t.text, re.I) and fastre.search(
                r"\band\s+$", text[max(sent.start, t.span.start - 6) : t.span.start]) and any(
                u.sub_event_type == "Arrests" and u.sentence == t.sentence and u.span.end <= t.span.start for u in out) and not _EXPLOSIVE_WORD.search(
                text, t.span.start, min(sent.end, t.span.end + 100)):
            continue  # "arrested a former councillor ... and recovered a pistol and 6 rounds": the arrest's yield (explosives seized stay a disruption)
        if t.sub_event_type == "Disrupted weapons use" and fastre.search(r"\b(?:was|were) (?:also )?(?:recovered|seized|confiscated)$", t.text, re.I) and any(
                u.sub_event_type == "Arrests" and u.sentence == t.sentence - 1 for u in out) and not has(_EXPLOSIVE_WORD, t.sentence) and not fastre.search(
                r"\b(?:caches?|dumps?|stockpiles?|hauls?|consignments?|factory|factories)\b", doc.sentences[t.sentence].text, re.I):
            continue  # "police arrested nine activists .... Leaflets and several sharp weapons were seized": the same yield, told next
        if t.sub_event_type == "_violence" and fastre.fullmatch(r"chopped|cut|hacked", t.text, re.I) and fastre.match(r"\s+down\b", text[t.span.end : t.span.end + 6]):
            continue  # "settlers chopped down some 40 olive trees": trees felled, no one hurt
        if t.sub_event_type in {"_territory", "_capture"} and (fastre.search(r"\bvillage$", t.text, re.I) and fastre.match(
                r"\s+(?:chief|head|headman|elder|leader|official|councillor|imam|priest|teacher)s?\b", text[t.span.end : t.span.end + 20], re.I)
                or fastre.search(r"\bvillage (?:chief|head|headman|elder|leader|official|councillor|imam|priest|teacher)s?\b", t.text, re.I)):
            continue  # "armed men seized a village chief from his home": a man taken, no village
        if t.sub_event_type == "_protest" and fastre.match(r"block", t.text, re.I) and fastre.match(
                r"\s+(?:culverts?|drains?|drainage|pipes?|sewers?|canals?|channels?|gutters?)\b", text[t.span.end : t.span.end + 14], re.I):
            continue  # "after a blocked railway culvert gave way": a flood's cause
        if t.sub_event_type == "_clash_words" and fastre.search(
                r"\b(?:during|in|since|after) (?:the )?(?:recent|earlier|previous|past|last (?:week|month|year)['’]s) $", text[max(sent.start, t.span.start - 40) : t.span.start], re.I):
            continue  # "the bomb had been planted during recent clashes between two groups": a past fight, the blast's background
        if t.sub_event_type in {"_violence", "_weapons"} and _ANIMAL_SHOT.match(text, t.span.end):
            continue  # "rangers shot dead a lion that had killed livestock": wildlife
        if t.sub_event_type in _VIOLENT_TRIGGERS and fastre.search(r"\bnames of (?:the )?(?:[\w'’-]+ ){0,4}$", text[max(sent.start, t.span.start - 50) : t.span.start], re.I):
            continue  # "organisers read out names of Palestinians killed in the war": the dead remembered
        if t.sub_event_type == "_protest" and fastre.match(r"rall(?:y|ies)\b", t.text, re.I) and _CAMPAIGN_BEFORE.search(
                text, max(sent.start, t.span.start - 30), t.span.start) and not has(_RALLY_PROTESTS, t.sentence):
            continue  # "supporters packed a stadium for the final campaign rally of a presidential candidate": canvassing, no protest
        if t.sub_event_type in _VIOLENT_TRIGGERS and _late_violent_drop(t, sent.start, text, before, has, cues):
            continue
        if t.sub_event_type == "_protest" and _late_protest_drop(t, sent.start, text, before, has, cues):
            continue
        if t.sub_event_type == "_protest" and _DURING_THE.search(before) and _ON_CHARGES_AFTER.match(text, t.span.end) and any(
                u.sub_event_type == "Arrests" and u.sentence == t.sentence and u.span.end <= t.span.start for u in triggers):
            continue  # "police arrested 23 BNP activists in Bogra during the blockade on charges of vandalism": when, not where, they were held
        if t.sub_event_type == "_capture" and t.text.lower() == "captured" and _CAPTIVE_NOUN_AFTER.match(text, t.span.end) and _COUNT_BEFORE.search(before):
            continue  # "each side returning 95 captured servicemen": the captives, taken long before
        if t.sub_event_type == "_protest" and fastre.fullmatch(r"protesters|demonstrators|marchers", t.text, re.I) and _VICTIMS_OF_BEFORE.search(before) and any(
                u.sentence == t.sentence and u.sub_event_type == "_violence" and u.span.end <= t.span.start and t.span.start - u.span.end < 30 and u not in out
                for u in triggers):
            continue  # "HRW said security forces killed dozens of protesters during the 2022 unrest": the victims of a past killing
        if cues.to_come and t.sub_event_type == "_protest" and fastre.search(r"\b(?:threat(?:s|ened)?|preparing|planning|plotting) to (?:call|stage|hold|launch|organi[sz]e|bring out) (?:an? )?(?:[\w-]+ )?$", before, re.I):
            continue  # "despite opposition threats to call mass protests": none held
        if cues.towards and t.sub_event_type == "_protest" and _TOWARDS_RALLY_BEFORE.search(text, max(sent.start, t.span.start - 90), t.span.start):
            continue  # "attacked BNP supporters as they were heading to the divisional rally", "to stop activists from joining the rally": a rally elsewhere or to come
        if cues.demand_or_charge and t.sub_event_type in {"_force", "_protest_violence", "_riot", "Looting/property destruction"} and (
                _DEMANDED_THAT_BEFORE.search(text, max(sent.start, t.span.start - 80), t.span.start) or _ACCUSED_IN_BEFORE.search(before) and _CASES_AFTER.match(text, t.span.end)):
            continue  # "demanding that AL be banned from politics and barred from the election"; "accused in sabotage and vandalism cases"
        if t.sub_event_type == "Air/drone strike" and "crash" in t.text.lower() and has(_DRONE_MISHAP, t.sentence):
            continue  # "an army surveillance drone crashed into a field during a test flight": an accident
        if cues.simile and t.sub_event_type in {"Remote explosive/landmine/IED", "_weapons", "Grenade"} and _SOUNDED_LIKE_BEFORE.search(before):
            continue  # "'It sounded like a bomb went off,' one resident said": a simile
        if t.sub_event_type == "_protest" and GATHERED.search(t.text) and _STRUCK_AT_BEFORE.search(before) and any(
                u.sentence == t.sentence and u.sub_event_type in {"Air/drone strike", "Shelling/artillery/missile attack"} for u in triggers):
            continue  # "a drone fired a missile at a group of people gathered near a school": the strike's target
        if t.sub_event_type == "Agreement" and fastre.search(r"\bcooperation\b", t.text, re.I):
            continue  # "signed a cooperation roadmap on green hydrogen": diplomacy, no conflict settled
        if t.sub_event_type == "Looting/property destruction" and note_ymd and (y := _IN_EARLIER_YEAR.match(text, t.span.end)) is not None and int(y.group(1)) < note_ymd[0]:
            continue  # "(in a note of 2024) houses demolished without notice in 2021": an old demolition
        if cues.predecessor and t.sub_event_type in _VIOLENT_TRIGGERS and _PREDECESSOR_BEFORE.search(before):
            continue  # "replacing his predecessor, who was killed in a security operation": a past death
        if cues.premature and t.sub_event_type in _VIOLENT_TRIGGERS and has(_PREMATURE_BLAST, t.sentence):
            continue  # "a mortar round exploded prematurely during training, killing a soldier": an accident
        if t.sub_event_type == "Government regains territory" and fastre.search(r"\b(?:a|the) (?:recently |newly |only just )$", before):
            continue  # "a mass grave ... near a recently recaptured village": the village's past, not today's recapture
        if t.sub_event_type == "Headquarters or base established" and fastre.search(r"checkpoint|roadblock", t.text, re.I) and any(
                u.sub_event_type == "Other" and u.sentence == t.sentence for u in triggers):
            continue  # "set up a checkpoint ... and levied illegal taxes on traders": an armed group's toll (Other), no base
        if t.sub_event_type == "Change to group/activity" and t.text.lower() == "surrender" and _URGING_BEFORE.search(text, max(sent.start, t.span.start - 90), t.span.start):
            continue  # "dropped leaflets urging MNDAA fighters to surrender": an appeal, no surrender
        if t.sub_event_type == "Change to group/activity" and t.text.lower() == "surrender" and _DEADLINE_TO.search(text, max(sent.start, t.span.start - 60), t.span.start):
            continue  # "a draft law ..., giving owners six months to register or surrender them": a deadline, no surrender
        if cues.prepare and t.sub_event_type in {"_protest", "_force"} and _PREP_MEETING_AFTER.match(text, t.span.end):
            continue  # "attacked a BNP rally preparation meeting at a party leader's residence": a party meeting, no rally
        if t.sub_event_type in _RIOT_KINDS | _VIOLENT_TRIGGERS | {"_protest"} and cues.previous and first_arrest.get(
                t.sentence, no_arrest) < t.span.start and _PREVIOUS_DAYS.search(before):
            continue  # "detained 23 people over the torching of a toll plaza during the previous week's unrest": the charge's time
        if t.sub_event_type in {"Non-violent transfer of territory", "_territory"} and has(_BEFORE_WITHDRAWING, t.sentence):
            continue  # "entered Djibasso without meeting resistance, looted shops ... before withdrawing": a raid, no town held
        if cues.shot and t.sub_event_type in {"_violence", "_clash_words"} and has(_NO_SHOT, t.sentence):
            continue  # "arrested a cartel leader in a raid without a shot being fired": no fight
        if t.sub_event_type == "_protest" and first_arrest.get(t.sentence, no_arrest) < t.span.start and _AFTER_HE_SPOKE.search(
                text, max(sent.start, t.span.start - 80), t.span.start):
            continue  # "arrested a Brotherhood leader after he criticised the government at a rally": why, not a protest stopped
        if halting and t.sub_event_type != "Change to group/activity" and any(a <= t.span.start and t.span.end <= b for a, b in halting):
            continue  # "announced it was suspending drone attacks on US bases": the attacks it stops, none today
        if cues.work and _WORK_ABOUT.search(text, max(sent.start, t.span.start - 90), t.span.start):
            continue  # "a documentary about young protesters who took up arms won a prize": a film's subject
        if t.sub_event_type in {"_protest", "_force"} and fastre.search(r"\baccused of\b[^.;]{0,50}$", text[max(sent.start, t.span.start - 60) : t.span.start], re.I):
            continue  # "he was accused of opening fire on protesters on 4 August": the charge, no protest today
        if t.sub_event_type in {"_protest", "_force"} and (
                first_arrest.get(t.sentence, no_arrest) < t.span.start or t.sentence - 1 in first_arrest) and _ARREST_CHARGE.search(
                text, max(0, sent.start - 1, t.span.start - 110), t.span.start):
            # "arrested two activists for allegedly setting fire to a bus on the first day of the
            # blockade"; "he had been involved in firing on student protesters in August 2024": the charge
            continue
        if t.sub_event_type == "Disrupted weapons use" and _DEBRIS_OF.search(t.text):
            continue  # "police recovered remains of the bombs from the spot": what was left after they went off
        if t.sub_event_type == "Shelling/artillery/missile attack" and fastre.match(r"shells?$", t.text, re.I) and (
                fastre.search(r"\b(?:empty|spent|bullet|cartridge|used)\s+$", before, re.I)
                or fastre.match(r"\s+(?:were|was|had been)\s+(?:also\s+)?(?:recovered|found|collected|seized)\b", text[t.span.end : t.span.end + 40], re.I)):
            continue  # "three empty shells were recovered from the scene": bullet casings, no artillery
        if t.sub_event_type == "_weapons" and _VICTIM_CARRYING_BEFORE.search(text, max(sent.start, t.span.start - 80), t.span.start):
            continue  # "The victim ... had been found carrying a machete": what the lynched man carried, no attackers' arms
        if t.sub_event_type == "_weapons" and fastre.fullmatch(r"sticks?", t.text, re.I) and _STICKS_OF.match(text, t.span.end):
            continue  # "detonated sticks of dynamite": the explosive (its own trigger), no club
        if t.sub_event_type == "_weapons" and _RECOVERED_BEFORE.search(text[max(sent.start, t.span.start - 40) : t.span.start]):
            continue  # "police recovered a machete from the spot": found afterwards, not wielded in the fight
        if t.sub_event_type == "Disrupted weapons use" and fastre.match(r"foil|thwart|avert", t.text, re.I) and _FOILED_NOT_ARMS.match(text, t.span.end):
            continue  # "the arrests were aimed at foiling the party's movement": politics, no bomb
        if t.sub_event_type == "Disrupted weapons use" and fastre.match(r"foil|thwart", t.text, re.I) and has(_CONTRABAND, t.sentence) and not has(_ARMS_SEIZED, t.sentence):
            continue  # "customs foiled an attempt to smuggle 12 million Captagon pills": a drug seizure, no arms
        if t.sub_event_type in {"_clash_words", "_violence"} and _WHERE_ONGOING.search(text[sent.start : t.span.start]) and _ONGOING_AFTER.match(text, t.span.end):
            continue  # "near the border with Myanmar, where fighting between the junta and the AA has intensified"
        if t.sub_event_type in {"_clash_words", "_violence"} and fastre.search(r"\bhad\s+(?:\w+\s+)?$", text[max(sent.start, t.span.start - 15) : t.span.start]) and _REPEATED_AFTER.match(text, t.span.end):
            continue  # "two factions, whose supporters had clashed repeatedly since the elections, signed ..."
        if t.sub_event_type == "_clash_words" and _fight_abroad(t, sent, text, triggers, has):
            continue  # "shells fired from across the border ... during clashes with the Arakan Army": the fight is abroad
        if t.sub_event_type in {"Government regains territory", "_territory", "_capture", "Non-state actor overtakes territory"} and fastre.search(
            r"\b(?:sought|seeking|seek|tried|trying|try|attempt\w*|bid|struggl\w+|failed)\s+to\s+$", text[max(sent.start, t.span.start - 20) : t.span.start], re.I
        ):
            continue  # "as security forces sought to regain control": an attempt, no territory changed hands
        if t.sub_event_type in {"_capture", "_territory"} and _WON_NOT_HELD.match(text, t.span.end):
            continue  # "the ruling alliance had captured a majority of directly elected seats": votes, not ground
        if t.sub_event_type == "_clash_words" and fastre.match(r"offensives?|operations?|campaigns?", t.text, re.I) and fastre.search(
            r"\b(?:cooperat\w+|collaborat\w+|support\w*|join\w*|back\w*|assist\w*)\s+(?:with\s+|in\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}$",
            text[max(sent.start, t.span.start - 50) : t.span.start], re.I
        ):
            continue  # "clans cooperating with the government offensive": a side taken, no fight reported
        if t.sub_event_type == "_violence" and DISASTER_DEAD.search(text[max(sent.start, t.span.start - 60) : t.span.start]):
            continue  # "a cholera outbreak that had killed at least 10 people"
        if t.sub_event_type == "_protest" and (t.text.lower().startswith("procession") and _FESTIVAL_BEFORE.search(
            text[max(sent.start, t.span.start - 40) : t.span.start]
        ) or t.text.lower().startswith(("procession", "marched")) and _DEVOTEES.search(text, max(sent.start, t.span.start - 80), t.span.start) and not has(_DEMANDING, t.sentence) and not has(_MARCHED_FOR, t.sentence)):
            # ("millions of devotees joined the Traslacion procession of the Black Nazarene", "pilgrims marched barefoot")
            continue  # "during a Ram Navami procession": a festival, no demonstration
        if t.sub_event_type == "_protest" and any(u.sub_event_type == "_violence" and u.span.start < t.span.start and t.span.end <= u.span.end and _RAMMED.match(u.text)
                                                  for u in triggers):
            continue  # "drove his pickup truck into a crowd of marchers": the marchers are the victims of a ramming
        if t.sub_event_type == "Change to group/activity" and fastre.search(r"dissol\w*$", t.text, re.I) and fastre.match(
                r"\s+of (?:the |all )?(?:government|parliament|national assembly|cabinet|senate|state institutions|institutions)\b", text[t.span.end : t.span.end + 40], re.I):
            continue  # "soldiers ... announced the dissolution of the government": a coup's decree, not a group's change
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"Disrupted weapons use", "_protest"} and has(_ARCHIVES_SHOW, t.sentence) and has(_OLD_YEAR, t.sentence):
            continue  # "newly declassified files show that intelligence foiled an IRA plot ... in 1983": history, no event now
        if t.sub_event_type == "_clash_words" and t.text.lower() == "fighting" and fastre.search(r"\bwhere\b[^.;]{1,120}?\b(?:were|was|had been) $", text[max(sent.start, t.span.start - 140) : t.span.start], re.I) and any(
                u.sentence == t.sentence and u.sub_event_type in {"Shelling/artillery/missile attack", "Air/drone strike"} and u.span.start < t.span.start for u in triggers):
            continue  # "two mortar shells fired from the Myanmar side, where the army and the Arakan Army were fighting, landed ...": the shells' origin
        if t.sub_event_type in {"Grenade", "Remote explosive/landmine/IED"} and fastre.fullmatch(r"(?:hand )?grenades?|explosives?|IEDs?|(?:crude )?bombs?", t.text, re.I) and fastre.search(
                r"\b(?:were|was|had been|have been) (?:seized|recovered|confiscated|found)\b", text[t.span.end : sent.end], re.I):
            continue  # "Rifles, two grenades and several kilos of explosive material were seized": a haul, no blast
        if t.sub_event_type == "_capture" and t.text.lower() == "captured" and fastre.match(r"\s+(?:the )?alias\b", text[t.span.end : t.span.end + 12], re.I):
            continue  # "Police captured alias 'Jeison'": a man arrested, no ground taken
        if t.sub_event_type == "_violence" and fastre.fullmatch(r"massacres?|bloodbaths?|carnage", t.text, re.I) and (fastre.search(r"['‘\x22“](?:an? |the )?$", text[max(0, t.span.start - 6) : t.span.start]) or fastre.search(
                r"\b(?:called|calling|described|describing|dubbed) (?:it |this |that |the (?:[\w-]+ ){1,2})(?:as )?(?:an? |the )?$", before, re.I)):
            continue  # 'described the session as "a massacre" for importers': a figure of speech in quotes
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_riot", "_protest", "_protest_violence", "Arrests"} and (
                bail := _BAIL_HEARING.search(text, sent.start, sent.end)) and bail.start() < t.span.start:
            continue  # "the court granted bail to 14 workers accused of attacking the building during the May 9 riots": a court's day
        if t.sub_event_type in _VIOLENT_TRIGGERS and (
                _DENIAL_OR_CHARGE.search(text, max(sent.start, t.span.start - 120), t.span.start) or _PROBE_INTO.search(text, max(sent.start, t.span.start - 60), t.span.start)):
            continue  # "denied responsibility for last week's killings, accusing government forces of staging the massacre";
            # "arrested three men on suspicion of involvement in the firing of rockets"; "the investigator into the port explosion"
        if t.sub_event_type in _VIOLENT_TRIGGERS and (
                has(_EVIDENCE_OF_PAST, t.sentence) or has(_ENVOY_SUMMONED, t.sentence) and fastre.search(r"\bto protest\b", text[sent.start : t.span.start], re.I)):
            continue  # "said it had gathered evidence that the military carried out air strikes ... during the past year";
            # "summoned Myanmar's ambassador to protest against mortar shells that landed": diplomacy about a past deed
        if t.sub_event_type == "_clash_words" and fastre.search(r"\b(?:that|who|which) (?:have|had) (?:been )?$", before, re.I) and any(
                u.sentence == t.sentence and u.sub_event_type == "Agreement" for u in triggers):
            continue  # "elders from two clans that have fought over farmland for months signed a peace agreement": the past a deal ends
        if t.sub_event_type == "_protest" and fastre.search(r"\bwho (?:had )?(?:took|taken) part in (?:the |a |an )?(?:[\w'’-]+ ){0,3}$", text[max(sent.start, t.span.start - 60) : t.span.start], re.I):
            continue  # "three young men who took part in anti-tax demonstrations were seized from their homes": who the victims are
        if t.sub_event_type in {"_violence", "_weapons"} and t.text.lower() == "shooter" and text[max(0, t.span.start - 4) : t.span.start].lower() == "one-":
            continue  # "a one-shooter gun": a homemade gun's name, no shooting
        if t.sub_event_type == "Change to group/activity" and t.text.lower().startswith("outlawed ") and fastre.search(r"\b(?:of|the|an|a)\s+$", before, re.I):
            continue  # "members of the outlawed Purba Banglar Communist Party": what the party is, not a ban that day
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"Arrests", "Change to group/activity"} and has(_NOT_A_DEED, t.sentence):
            continue  # "a compensation package for families of civilians killed in attacks"; "the Senate approved a bill to negotiate the
            # surrender of criminal groups"; "parading tanks and missile launchers": a policy, a bill or a parade
        if t.sub_event_type == "Arrests" and fastre.search(r"\b(?:barred|restrained|stopped|prevented|forbade) (?:the )?police from $", before, re.I):
            continue  # "barred police from arresting them": no arrest
        if t.sub_event_type == "Change to group/activity" and fastre.search(r"new governor(?: for| of)?$", t.text, re.I) and fastre.match(
                r"\s+(?:(?:for|of) )?(?:[\w'’-]+ ){1,3}?(?:state|province|region|county)\b", text[t.span.end : t.span.end + 50], re.I):
            continue  # "appointed a new governor for Kassala state": the state's own appointment
        if t.sub_event_type == "_protest" and fastre.search(r"\b(?:violence|clashes|unrest|attacks?) (?:around|during|at|over|on) (?:the |a )?(?:[\w'’-]+ ){0,2}$", before, re.I):
            continue  # "raids following the violence around the NCP march two days earlier": the march is the background
        if t.sub_event_type in {"_clash_words", "_violence"} and (any(
                u.sub_event_type == "Change to group/activity" and u.span.start <= t.span.start and t.span.end <= u.span.end for u in triggers) or fastre.search(
                r"\b(?:directing|ordering|urging|instructing|calling on) (?:its |their )?(?:fighters|members|cadres|units)? ?to (?:[\w-]+ ){0,2}$", before, re.I)):
            continue  # "announced the launch of its annual spring offensive ..., directing fighters to concentrate attacks on ...": a plan announced
        if t.sub_event_type in {"_clash_words", "_protest"} and fastre.search(
                r"\b(?:threaten\w*|threatened) (?:to (?:launch|impose|enforce|start) )?(?:a |an )?(?:new )?(?:(?!and |then |later )[\w-]+ )?$", before, re.I) or (
                t.sub_event_type == "_clash_words" and fastre.search(r"\bending (?:a |the )?(?:[\w-]+ )?$", before, re.I)):
            continue  # "threatening a new ground offensive", "threatened to impose a blockade": a threat; "ending a months-long siege": the deal's
        if t.sub_event_type == "_protest" and any(u.sentence == t.sentence and u.sub_event_type == "Agreement" and u.span.end <= t.span.start for u in triggers) and fastre.search(
                r"\b(?:under which|whereby|in exchange for|on condition that)\b", text[sent.start : t.span.start], re.I):
            continue  # "reached an agreement under which road blockades around the town would be lifted": the deal's terms
        if t.sub_event_type == "Arrests" and fastre.search(
                r"\b(?:released|freed) (?:about |around |some |at least |more than |nearly |over )?(?:[\d,]+ |two |three |four |five |six |seven |eight |nine |ten |dozens of |hundreds of |several )?(?:[\w'’-]+ ){0,3}?"
                r"(?:people|prisoners|detainees|activists|protesters|men|women|students|journalists|members|supporters|leaders|politicians|ministers|officials|soldiers|civilians) $",
                text[max(sent.start, t.span.start - 80) : t.span.start], re.I):
            continue  # "the junta released around 50 people detained since last year's coup": a release
        if t.sub_event_type == "_violence" and t.text.lower() == "struck" and _STRUCK_DOWN_RULE.match(text, t.span.end):
            continue  # "the court ruled ... and struck down the minority quota seats": a ruling, no blow
        if t.sub_event_type == "_violence" and fastre.fullmatch(r"attacks|strikes|operations", t.text, re.I) and _IN_SUPPORT_OF.search(
                text, max(sent.start, t.span.start - 50), t.span.start) and any(u.sentence == t.sentence and u.sub_event_type == "_protest" for u in triggers):
            continue  # "rallied ... in support of Houthi attacks on shipping": what the rally backs, no attack that day
        if t.sub_event_type == "_protest" and t.text.lower() == "occupied" and fastre.search(r"\bwho had (?:[\w-]+ )?$", before, re.I) and any(
                u.sentence == t.sentence and u.span.end <= t.span.start and u.sub_event_type == "_violence" for u in triggers):
            continue  # "attacked indigenous people who had occupied a farm": the victims' earlier deed, not a protest held
        if t.sub_event_type == "_protest" and has(_OBSERVANCE, t.sentence) and not has(_DEMANDING, t.sentence) and not has(_MARCHED_FOR, t.sentence):
            continue  # "Millions took to the streets on Ashura to mourn the martyrdom of Imam Hussein": a rite, no demonstration
        if t.sub_event_type == "_violence" and t.text.lower() == "beating" and fastre.match(r"\s+(?:their|his|her) (?:chests|breasts|chest|breast)\b", text[t.span.end : t.span.end + 20], re.I):
            continue  # "beating their chests in processions": mourning, no assault
        if t.sub_event_type == "_violence" and _IN_CUSTODY.match(t.text) and _AFTER_SOMEONE.search(text, sent.start, t.span.start) and any(
                u.sentence == t.sentence and u.span.end <= t.span.start and u.sub_event_type in _RIOT_KINDS for u in triggers):
            continue  # "youths burned a police station after a man arrested over a dispute died in custody": the crowd's cause
        if t.sub_event_type == "Abduction/forced disappearance" and _ARRESTED_TAKEN.search(text, max(sent.start, t.span.start - 60), t.span.start):
            continue  # "those arrested were taken to an unknown location": the arrests, told on
        if t.sub_event_type in {"_force", "_protest"} and fastre.search(r"(?:gathered|assembled)(?: (?:in|at|outside|near|in front of))?$", t.text, re.I) and _AHEAD_OF_PLANNED.match(text, t.span.end) and not fastre.match(
                r"dispers|baton|lathi|tear", t.text, re.I):  # (a gathering dispersed is a protest met with force)
            continue  # "arrested 34 supporters who had gathered ahead of a planned rally": no protest held yet, arrests
        if t.sub_event_type == "_violence" and t.sentence in first_arrest and first_arrest[t.sentence] < t.span.start and SUSPECTED_OF.search(before):
            continue  # "police arrested a man suspected of killing three people during burglaries": the charge, not a new attack
        if t.sub_event_type in _VIOLENT_TRIGGERS and _REMEMBER_BEFORE.search(text, max(sent.start, t.span.start - 120), t.span.start) and _PAST_YEAR_AFTER.match(text, t.span.end):
            continue  # "gathered to remember the 44 officers killed in the 2015 clash": a past deed remembered
        if t.sub_event_type == "_protest" and _REMEMBER_PURPOSE.search(text, t.span.end, sent.end) and _PAST_YEAR_AFTER.search(text, t.span.end, sent.end) and not has(_DEMAND_WORDS, t.sentence):
            continue  # "residents gathered to remember the hundreds killed in the truck bombing there in October 2017": a commemoration
        if t.sub_event_type == "Abduction/forced disappearance" and fastre.match(r"(?:kidnapped|abducted)$", t.text, re.I) and _RELEASED_A_BEFORE.search(before):
            continue  # "the ELN released a kidnapped merchant to a humanitarian commission": the release (other), not the kidnapping
        if t.sub_event_type in {"_clash_words", "_violence"} and _RESUME_AFTER_LIFT_BEFORE.search(text, max(sent.start, t.span.start - 100), t.span.start):
            continue  # "announced that it would lift its unilateral ceasefire and resume offensive operations": a change announced
        if t.sub_event_type == "_protest" and fastre.fullmatch(r"blockade", t.text, re.I) and _ECONOMIC_BLOCKADE_AFTER.match(text, t.span.end):
            continue  # "fuel prices exploded as the blockade on imports bit": a siege's effect, no protest
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"Disrupted weapons use", "_weapons"} and has(_RISK_EDUCATION, t.sentence):
            continue  # "volunteers ran mine-risk education sessions, teaching them to recognise explosive devices": no blast
        if t.sub_event_type == "Disrupted weapons use" and has(_CUSTOMS, t.sentence) and not has(_ARMED_RANKS, t.sentence):
            continue  # "customs officers seized 11 firearms hidden in a barrel shipped from Florida": smuggling, no armed actor
        if t.sub_event_type == "_violence" and fastre.search(r"\b(?:only|never|always) (?:ever )?$", before, re.I):
            continue  # "said the army only targeted armed groups": a claim about conduct, no deed told
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"Looting/property destruction", "_protest_violence"} and _CALLED_FAKE_AFTER.match(text, t.span.end) and _ACCOUNTS_OF_BEFORE.search(text, max(sent.start, t.span.start - 60), t.span.start):
            continue  # "said accounts of troops burning villages were 'fake news'": a denial, no deed told
        if t.sub_event_type == "_clash_words" and _WHOSE_HAVE_BEFORE.search(text, max(sent.start, t.span.start - 60), t.span.start):
            continue  # "a ceasefire between two sub-clans whose militias have fought over farmland": who they are
        if t.sub_event_type in {"Change to group/activity", "Other"} and fastre.search(r"\bcurfew\b", t.text, re.I) and has(_BYLAW, t.sentence):
            continue  # "the city council approved an ordinance imposing a 10pm curfew on minors": a by-law
        if t.sub_event_type == "_clash_words" and _REPORT_SAYS_BEFORE.search(text, sent.start, t.span.start):
            continue  # "a report by UN experts says Rwandan troops have been fighting alongside M23": a finding, no battle told
        if t.sub_event_type in {"_clash_words", "_violence"} and fastre.search(r"\b(?:coverage of|(?:had |has )?reported on|wrote about|written about) (?:the )?(?:[\w-]+ ){0,2}$", before, re.I):
            continue  # "detained a journalist over his coverage of clashes linked to poppy eradication": what he wrote about
        if t.sub_event_type == "_protest" and (before.lower().endswith("pre-") or _REPORTED_ABOUT.search(before)):
            continue  # "a pre-rally meeting", "arrested after he reported on protests by teachers": no protest held
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"Abduction/forced disappearance"} and _DEED_NOUN.fullmatch(t.text) and _CASES_AFTER.match(text, t.span.end):
            continue  # "accused in several murder and abduction cases": charges, not deeds told
        if t.sub_event_type == "_violence" and _BODIES_OF.search(before) and any(
                u.sentence == t.sentence and u.sub_event_type == "Agreement" for u in triggers):
            continue  # "agreed to exchange the bodies of fighters killed on the frontline": the dead of earlier fighting
        if t.sub_event_type in _VIOLENT_TRIGGERS and _KILLED_ONE_BEFORE.search(before) and _LAST_PERIOD.match(text, t.span.end):
            continue  # "replacing a commander killed last month": who he was, not today's event
        if t.sub_event_type == "_protest" and _LIFT_BEFORE.search(before):
            continue  # "agreeing to lift the blockade on several villages": an armed group's siege ended, no protest
        if t.sub_event_type == "_clash_words" and _MIGHT_BEGIN.match(text, t.span.end):
            continue  # "a new cross-border offensive could begin 'one night, without warning'": a threat
        if t.sub_event_type == "Sexual violence" and _RUMOUR_BEFORE.search(text, max(sent.start, t.span.start - 80), t.span.start):
            continue  # "attacked shops of Syrians after rumours spread ... about a sexual assault": the crowd's cause
        if t.sub_event_type in {"Looting/property destruction", "_protest_violence"} and _WAS_DONE_BEFORE.search(before) and any(
                u.sentence == t.sentence and u.sub_event_type == "_protest" and u.span.end <= t.span.start for u in triggers):
            continue  # "formed a human chain demanding protection after an idol of a temple was vandalised": its cause
        if t.sub_event_type == "Other" and _SINCE_BEFORE.search(before):
            continue  # "6,000 civilians killed since the military seized power": the coup as a date
        if t.sub_event_type in {"Looting/property destruction", "_protest_violence"} and t.sentence in first_arrest and first_arrest[t.sentence] < t.span.start and _FOR_BEFORE.search(before):
            continue  # "arrested three men for vandalising and stealing electricity cables": the charge
        if cues.walkout and t.sub_event_type == "_protest" and _CHAMBER_WALKOUT.search(sent.text) and not has(_DEMONSTRATORS_WORD, t.sentence):
            continue  # "opposition lawmakers staged a walkout from the Lok Sabha in protest": a parliamentary gesture
        if cues.sonic and t.sub_event_type == "Air/drone strike" and _SONIC_BOOM.search(sent.text) and not has(_HARMED, t.sentence):
            continue  # "warplanes broke the sound barrier over Sidon, shattering windows": no strike (Other)
        if t.sub_event_type == "_clash_words" and _ARTILLERY_DUEL.match(t.text) and any(
                u.sentence == t.sentence and u.sub_event_type == "Shelling/artillery/missile attack" for u in triggers):
            continue  # "troops traded artillery fire across the Line of Control": a shelling duel, no ground fight
        if t.sub_event_type == "_protest" and t.text.lower() == "protest" and _ON_THE_FIELD.search(sent.text):
            continue  # "players surrounded the referee in protest after a late penalty": a match's row
        if t.sub_event_type == "_protest" and _WALKED_OFF.search(text, max(sent.start, t.span.start - 60), t.span.start):
            continue  # "stormed off court in protest at a line call": a player's gesture, no demonstration
        if fiction and t.sub_event_type != "_protest":
            continue  # "the new streaming series follows a police officer ... car bombs, kidnappings and shootouts"
        if t.sub_event_type in _ARMS_KINDS and _CACHE_BEFORE.search(text[max(sent.start, t.span.start - 80) : t.span.start]):
            continue  # "dismantled an arms cache containing 4 explosive belts and 30 mortar rounds": arms found, not used
        if t.sub_event_type in {"_violence", "_clash_words", "Abduction/forced disappearance"} and any(
            u.sub_event_type == "Agreement" and (
                u.sentence == t.sentence and u.span.end <= t.span.start and _PLEDGE.search(text, u.span.end, t.span.start)
                or u.sentence == t.sentence - 1 and _PLEDGE.search(text, sent.start, t.span.start)) for u in triggers
        ):
            continue  # "signed a peace agreement, committing to end cattle raids and return abducted children" (or
            # "... signed a peace agreement. The parties committed to end cattle raids")
        if t.sub_event_type == "_protest_violence" and t.text[:5].lower() in {"crude", "cockt"} and _DEFUSED_BEFORE.search(
            text[max(sent.start, t.span.start - 40) : t.span.start]
        ):
            continue  # "police defused 5 crude bombs found in a bag": bombs made safe, no riot
        if t.sub_event_type == "_violence" and t.text.lower() in {"attack", "attacks"} and _ANAPHORIC.search(text[max(sent.start, t.span.start - 20) : t.span.start]) and any(
            u.sentence < t.sentence and u.sub_event_type != "_protest" for u in triggers
        ):
            continue  # "the family had fled before the attack": the deed told earlier, named again
        if t.sub_event_type == "_protest" and t.text.lower().startswith("picket") and _POST_PICKET.search(text):
            continue  # "a grenade hurled at a police picket": a post, not a picket line
        if t.sub_event_type == "Headquarters or base established" and fastre.search(r"\b(?:protest|sit-in|peace|solidarity) camps?\b", t.text, re.I):
            continue  # "relatives who had set up a protest camp": a sit-in
        if t.sub_event_type == "Headquarters or base established" and _AGAINST_BEFORE.search(text[max(sent.start, t.span.start - 40) : t.span.start]):
            continue  # "a sit-in against the newly established camp": the grievance, not the event
        if (t.sub_event_type in _VIOLENT_TRIGGERS | {"_capture", "_territory", "Government regains territory", "Headquarters or base established"} or t.sub_event_type in {"_force", "_protest"} and has(_DRILLS, t.sentence)) and (has(_EXERCISE, t.sentence) or has(_EXERCISE, 0)) and not has(_HARMED, t.sentence):
            continue  # "the navy fired cruise missiles during the Zolfaghar-99 exercise", "stormed a mock camp during drills": a drill
            # ("held a mock drill ... testing radars installed at border posts": no base set up)
        if t.sub_event_type == "_weapons" and has(_ARMS_TRADE, t.sentence) and _SUPPLIED_TO.search(text[max(sent.start, t.span.start - 80) : t.span.start]):
            continue  # "companies that supply drones and missiles to Russia and armed groups": the buyers
        if t.sub_event_type in {"Shelling/artillery/missile attack", "Air/drone strike"} and (
            has(_ARMS_TRADE, t.sentence) and not has(_STRIKE_VERB, t.sentence)
            or _BOUGHT_BEFORE.search(text[max(sent.start, t.span.start - 60) : t.span.start])
            or _MAKERS_AFTER.match(text, t.span.end)
        ):
            continue  # "an aid package including IRIS-T missiles": arms delivered, not fired
        if t.sub_event_type == "Arrests" and (
            fastre.search(r"\b(?:post|pre)-$", text[max(0, t.span.start - 5) : t.span.start], re.I) or _WARRANT_AFTER.match(text, t.span.end)
        ):
            continue  # "granted post-arrest bail", "an arrest warrant": a court's act, no arrest today
        if t.sub_event_type in {"_clash_words", "_violence"} and (spell := _SPELL_OF.search(text[max(sent.start, t.span.start - 130) : t.span.start])) and not (
            _DAYS_OF_FIGHTING.match(spell.group()) and not _SPELL_ENDED.search(sent.text)
        ):
            continue  # "a peace accord to end months of clashes": the past the accord ends
        if t.sub_event_type == "_clash_words" and fastre.match(r"fought\b", t.text, re.I) and fastre.search(r"\bwho (?:had )?(?:once )?$", before, re.I) and _IN_A_WAR.match(text, t.span.end):
            continue  # "portraits of relatives who had fought in the war": veterans, no fight today
        if t.sub_event_type == "_violence" and fastre.fullmatch(r"(?:attacks?|raids?|incursions?)", t.text, re.I) and fastre.search(
                r"\b(?:after|following|since|because of|fleeing) (?:the )?(?:earlier|previous|repeated|recent|past|frequent) $", before, re.I):
            continue  # "a village residents had abandoned after earlier attacks" ("had already fled the area after earlier raids"): the past that emptied it
        if t.sub_event_type == "_clash_words" and fastre.match(r"besieg", t.text, re.I) and _LONG_SIEGE.match(text, t.span.end):
            continue  # "the RSF, which has besieged the city for months": the war's course, no fight told
        if t.sub_event_type == "_clash_words" and t.text.lower() == "offensive" and _OFFENSIVE_TOLD.search(before):
            continue  # "announced an offensive on the city that morning": words of war, no fight told
        if t.sub_event_type == "_violence" and _ATTACK_ON_RIGHTS.match(text, t.span.end):
            continue  # "an attack on press freedom": a figure of speech
        if t.sub_event_type == "_protest" and _YEARS_AFTER_THE.search(text, max(sent.start, t.span.start - 80), t.span.start):
            continue  # "Ten years after the Maidan protests, survivors ...": history
        if t.sub_event_type == "_protest" and (
            _LATER_AFTER.match(text, t.span.end) or _NOT_HELD_AFTER.match(text, t.span.end) or _ANYONE_WHO.search(text, max(sent.start, t.span.start - 120), t.span.start)
            or before.endswith("to ") and fastre.match(r"protest", t.text, re.I) and (any(
                u.sentence == t.sentence and u.sub_event_type == "_protest" and u.span.end <= t.span.start and u not in out for u in triggers)
                or _CALLED_FOR_DAY.search(text, sent.start, t.span.start))
            or _CALLED_BEFORE.search(before) and _FOR_DATE_AFTER.match(text, t.span.end)
            or _ANNOUNCED_TO.search(text, max(sent.start, t.span.start - 200), t.span.start)
        ):
            continue  # "a nationwide strike and street protests to begin next Wednesday": not yet
        if t.sub_event_type == "Agreement" and _EXISTING_TRUCE.match(t.text) and fastre.search(
            r"\b(?:the|since the|under the)\s+(?:[\w-]+\s+){0,2}$", text[max(sent.start, t.span.start - 30) : t.span.start]
        ) and not _AGREEING.search(text[sent.start : t.span.start]):
            continue  # "the nationwide truce had largely held", "since the cessation of hostilities agreement was signed"
        if t.sub_event_type == "Agreement" and fastre.search(r"(?<!since )(?<!since early )(?<!since late )\b(?:19|20)\d\d\s+$", before) and not _AGREEING.search(before):
            continue  # "a blow to Colombia's 2016 peace deal": an agreement of an earlier year, the background
        if t.sub_event_type in {"_capture", "_territory"} and fastre.search(r"\bwhere (?:[\w'’-]+ ){0,4}(?:had|have|has) (?:already |long |previously |since )?$", before, re.I):
            continue  # "bombed Kanan village, an area where local PDF units had taken control": the place's past
        if t.sub_event_type == "Non-violent transfer of territory" and fastre.match(r"handed (?:him |her |them |it )?over", t.text, re.I) and _TO_CUSTODY.match(
                text, t.span.end) and not fastre.search(r"\b(?:bases?|camps?|positions?|posts?|outposts?|barracks|town|city|territory|areas?)\b", t.text, re.I):
            continue  # "he was handed over to the custody of the NAB": a prisoner, not a place, changed hands
        if t.sub_event_type == "Agreement" and _COMMERCIAL.match(text, t.span.end):
            continue  # "signed an agreement to buy 180 tanks": a purchase, not a deal between warring sides
        if t.sub_event_type == "Agreement" and _NOT_AGREED.search(text[max(sent.start, t.span.start - 60) : t.span.start]):
            continue  # a breach of a truce, or its respect, is no new agreement
        if t.sub_event_type == "_protest" and has(_DIPLOMATIC, t.sentence) and (
            any(m.start() <= t.span.start - sent.start < m.end() for m in _DIPLOMATIC.finditer(sent.text))
            or not any(u.sentence == t.sentence and u.sub_event_type == "_protest" and _STREET.match(u.text) for u in triggers)
        ):
            # a government's protest to another's envoy is diplomacy, not a demonstration; a
            # procession "demanding that the government lodge a protest with New Delhi" is one
            continue
        if t.sub_event_type in {"_protest", "_protest_violence"} and fastre.match(r"block|barricad", t.text, re.I) and (
            _ARMED_SUBJECT.search(text[max(sent.start, t.span.start - 50) : t.span.start])
            or _ARMED_MEN.search(text[max(sent.start, t.span.start - 120) : t.span.start]) and not _PROTEST_WORD.search(sent.text)
        ) and not fastre.search(r"\b(?:famil(?:y|ies)|relatives|mothers|wives|parents|kin) of\b", text[max(sent.start, t.span.start - 120) : t.span.start], re.I):
            # ("relatives of a man allegedly killed by landlords' gunmen blocked the highway with his body": mourners)
            continue  # "armed men who blocked a bus on the highway": an ambush, not a road blockade
        if t.sub_event_type == "_protest_violence" and fastre.match(r"(?:put|set|erected|putting|setting|erecting) up barricades", t.text, re.I) and fastre.search(
                r"\b(?:police|policemen|officers|troops|soldiers|security forces|authorities|law enforcers)\s+(?:had\s+)?$", before, re.I):
            continue  # "police put up barricades near the intersection": the forces block the march
        if t.sub_event_type == "_protest_violence" and _CLAIM_DISPROVED.search(sent.text):
            continue  # "police claimed he died from brickbats thrown by protesters, a claim contradicted by video footage"
        if t.sub_event_type == "_protest_violence" and _EFFIGY.match(text, t.span.end):
            continue  # "set afire an effigy of the minister": a peaceful protest's gesture
        if t.sub_event_type in {"_violence", "_clash_words"} and has(_VERBAL, t.sentence):
            continue
        if t.sub_event_type == "_protest" and fastre.match(r"block", t.text, re.I) and _ARMED_BLOCKERS.match(text, sent.start, t.span.start):
            continue  # "Armed men set fire to ten vehicles ..., blocking roads with the burning cars": no demonstration
        if t.sub_event_type == "_protest" and fastre.search(r"\b(?:over|for|of) (?:their |his |her |its )?(?:alleged |suspected |purported )?(?:role|roles|involvement|participation) in (?:the )?(?:[\w'’-]+ ){0,4}$", before, re.I):
            continue  # "detained 17 officials over their alleged role in the 2014 protests": the charge, not a protest
        if t.sub_event_type in {"_riot", "_violence", "_clash_words"} and fastre.search(
                r"\b(?:cases?|charges?|FIRs?) (?:\w+ )?(?:registered |filed |lodged |brought )?(?:over|for|in connection with) (?:the )?(?:[\w'’-]+ ){0,3}$", before, re.I):
            continue  # "bail in cases registered over the December unrest": the charge, not the event
        if t.sub_event_type == "_force" and fastre.search(r"\b(?:persuaded|convinced|asked|urged|requested|appealed to) (?:them|the \w+) to $", before, re.I):
            continue  # "the Assistant Commissioner persuaded them to disperse": talks, not force
        if t.sub_event_type == "_force" and fastre.match(r"(?:the )?use of force\b", t.text, re.I) and fastre.search(
                r"\b(?:against|condemn\w*|denounc\w*|decr(?:y|ied|ying)|protest\w*(?: against| over)?|over)\s+(?:the\s+)?(?:alleged\s+|excessive\s+)?$", before, re.I):
            continue  # "raising slogans against the use of force on the sit-in's participants": the grievance, not force here
        if t.sub_event_type in {"_clash_words", "_violence"} and any(
            o.sub_event_type in {"Agreement", "_protest"} and o.span.start <= t.span.start and t.span.end <= o.span.end for o in triggers
        ):
            continue  # "signed a protocol ending the fighting", "placed the body of a murdered shopkeeper on the road"
        if t.sub_event_type == "_force" and fastre.search(r"\b(?:had|had already|had earlier) (?:been )?$", before, re.I):
            continue  # "the sit-in, where authorities had stopped the long march with containers": the earlier obstruction
        if t.sub_event_type == "Other" and fastre.match(r"seized power", t.text, re.I) and fastre.search(r"\b(?:who|which|that) $", before):
            continue  # "in support of the officers who seized power last month": the coup is the background
        if t.sub_event_type == "_clash_words" and fastre.search(r"\b(?:came|comes|come) (?:as|amid|while) [^.;]{0,60}$", before, re.I):
            continue  # "The strike came as federal forces and Fano militiamen battled ...": the war around it
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_protest", "Abduction/forced disappearance", "Arrests"} and has(_TALLY_REPORT, t.sentence):
            continue  # "the UN verified more than 2,000 grave violations ... last year", "police registered 2,300 demonstrations"
        if t.sub_event_type == "_violence" and t.text.lower() == "attack" and _ATTACK_CRAFT.match(text, t.span.end):
            continue  # "light attack aircraft", "attack helicopters": a kind of weapon
        if t.sub_event_type == "Agreement" and fastre.search(
                r"\b(?:under|in line with|as part of|pursuant to|in accordance with) (?:the )?(?:terms of )?(?:the |a |an )?(?:[\w]+[ -]){0,4}$", before, re.I):
            continue  # "withdrew under the terms of the 10 November ceasefire agreement": the agreement is the context
        if t.sub_event_type == "Agreement" and _COOPERATION_MEMO_AFTER.match(text, t.span.end):
            continue  # "signed a memorandum to step up cooperation against illegal mining": diplomacy, no conflict settled
        if t.sub_event_type == "Agreement" and has(_ECONOMIC_DEAL, t.sentence) and not has(_CONFLICT_DEAL, t.sentence):
            continue  # "reached an agreement with creditors to restructure its debt"
        if t.sub_event_type == "Non-violent transfer of territory" and fastre.match(r"without|no ", t.text, re.I) and not _territory_context(text):
            continue  # "two smugglers were detained without a shot being fired": no place changed hands
        # an arrest with no political word and no protest in its sentence, told right after a march
        # ("... demonstrated on Pushkinskaya Square. Police detained over 1,300 people in the city."):
        # the march makes it political here and may make it force against the march below
        unprompted = t.sub_event_type == "Arrests" and not has(_POLITICAL, t.sentence) and not has(_GROUP_BACKERS_RX, t.sentence) and not any(
            u.sentence == t.sentence and u.sub_event_type == "_protest" for u in triggers) and not (
            # "Joint forces arrested 62 people ... Most were Awami League activists": who they are, next
            t.sentence + 1 < len(doc.sentences) and _THE_ARRESTED.match(doc.sentences[t.sentence + 1].text) and has(_POLITICAL, t.sentence + 1))
        after_march = unprompted and any(u.sentence == t.sentence - 1 and u.sub_event_type == "_protest" for u in out)
        if t.sub_event_type == "Arrests" and (
            unprompted and not after_march or has(_CRIME_ONLY, t.sentence) and not has(_PRETEXT, t.sentence) and not has(_GROUP_SUSPECTS, t.sentence) and not has(_HIGH_OFFICE, t.sentence) and not has(_SUPPLYING_ARMED, t.sentence) and not (
                t.sentence + 1 < len(doc.sentences) and has(_PRETEXT, t.sentence + 1))  # ("Colleagues said the case was retaliation for ...")
        ):
            continue  # (detained "as they tried to march on parliament": a protest is political)
        if t.sub_event_type in {"_weapons", "_violence"} and any(
                u.sub_event_type == "Disrupted weapons use" and "would-be" in u.text and u.span.start <= t.span.start and t.span.end <= u.span.end
                for u in triggers):
            continue  # "shot dead a would-be suicide bomber": the shot is how the attack was stopped
        if _BODY_FOUND.match(t.text) and (not _FOUL_PLAY.search(text) or _NATURAL_DEATH.search(text)) and not (
                # "soldiers arrested 5 men at a checkpoint. Their bodies were found two days later": killed in custody
                any(u.sub_event_type in {"Arrests", "Abduction/forced disappearance"} and u.sentence < t.sentence for u in triggers)
                and not _NATURAL_DEATH.search(text)):
            continue  # a body found, with no sign of violence or of a political motive, is no event
        if t.sub_event_type not in {"_protest", "_force", "Arrests"} and has(_PAST_OR_POLICY, t.sentence) and not (
            t.sub_event_type in _RIOT_KINDS and (has(_VERDICT_CAUSE, t.sentence) or has(_PROTEST_OVER_DEATH, t.sentence))
        ) and not (  # "laid down their weapons ... under a rehabilitation scheme": the surrender is the event
            t.sub_event_type == "Change to group/activity" and (fastre.match(r"laid down|surrender|handed over|turned in|gave up|accepted", t.text, re.I)
                                                                 or fastre.search(r"\b(?:handed in|turned in|laid down|gave up) (?:their |its )?(?:weapons|arms|guns|rifles)$", t.text, re.I))
            and not has(_COURT_WORDS, t.sentence) and not _POLICY_NOUN_AFTER.match(text, t.span.end)  # (not "a new surrender and rehabilitation policy")
        ) and not (t.sub_event_type == "Other" and fastre.match(r"(?:inmates|prisoners|detainees|convicts)\b", t.text, re.I)) and not (
            # "Al Shabaab publicly executed a man by firing squad after one of its courts convicted him": a killing today
            t.sub_event_type == "_violence" and has(_GROUP_EXECUTION, t.sentence)):
            # (inmates "including people convicted of links to a group" who escaped: a jailbreak today)
            continue  # a verdict on a past bombing, an amnesty programme: not an event today
        if t.sub_event_type in {"_violence", "_weapons", "_clash_words"} and has(_HEIST, t.sentence) and not _NOT_JUST_ROBBERS.search(text):
            continue  # "shot dead when armed robbers raided a jewellery shop ... The gang escaped": a robbery, whoever chased them
        if (t.sub_event_type in {"_violence", "_weapons", "Arrests"} or t.sub_event_type == "Disrupted weapons use" and has(_PRIVATE, -1)) and not political and (
            has(_PRIVATE, t.sentence) or t.sub_event_type == "Disrupted weapons use" or has(_PRIVATE_CAUSE, -1) or has(_HEIST, t.sentence) or has(_NO_LINK_SAID, -1) or t.sub_event_type == "Arrests" and (has(_PRIVATE, -1) or no_politics_said)
            # "shot dead in a dispute over a land sale, police said, ruling out any link to the insurgency"
            or no_politics_said and t.sub_event_type != "Arrests" and has(_DISPUTE_OVER, t.sentence)
        ):
            # a quarrel over a parking space, a dowry killing (and the killer's arrest, told in the
            # same sentence or a later one): crime, not political violence
            continue
        if t.sub_event_type == "Looting/property destruction" and _ROBBERY_MOTIVE.search(text):
            continue  # "took cash and a car ... Police said robbery appeared to be the motive": a robbery
        if (sense := _NOT_CONFLICT_SENSE.search(text, max(sent.start, t.span.start - 40), t.span.start)) and not (
            # "a local health official was shot dead": the officials' sense is their raid, not a shooting of them
            _OFFICIALS_END.search(sense.group(0)) and not fastre.match(r"raid|swoop|crackdown", t.text, re.I)
        ) or (
            t.sub_event_type == "_protest" and t.text.lower().startswith("rall")
            and _MARKET_RALLY.search(text, max(sent.start, t.span.start - 60), t.span.start)
            and not fastre.search(r"\b(?:shut|closed|closing|shutting)\s+(?:down\s+)?(?:their\s+|the\s+)?(?:\w+\s+and\s+)?markets?\b|\bmarkets?\s+(?:and\s+\w+\s+)?(?:closed|shut)\b",
                              text[max(sent.start, t.span.start - 60) : t.span.start], re.I)
        ):
            continue  # a heart attack, a tax raid, a product demonstration, a stock market rally
        if t.sub_event_type == "_violence" and _ANIMAL_SUBJECT.match(text, sent.start) and not has(_HUMAN_ATTACKERS, t.sentence):
            continue  # "A leopard dragged a four-year-old girl from the courtyard and killed her": wildlife
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_weapons", "_violence", "_clash_words"} and has(_STAGED_FOR_FILM, t.sentence):
            continue  # "explosions and bursts of gunfire that turned out to be special effects for a film": staged
        if t.sub_event_type == "Shelling/artillery/missile attack" and _OLD_ORDNANCE_FOUND.search(text, max(sent.start, t.span.start - 60), t.span.start):
            continue  # "police recovered 16 rusted mortar shells from an abandoned well": old ordnance found, nothing fired
        if t.sub_event_type in {"Disrupted weapons use", "Shelling/artillery/missile attack"} and has(_LEGACY_WAR, -1) and not has(_HARMED, -1):
            continue  # "recovered 12 rusted mortar bombs ..., believed to date from the war": a past war's leftovers
        if t.sub_event_type in {"_violence", "_riot", "_protest_violence", "Looting/property destruction"} and _ANIMAL_BEFORE.search(
                text, max(sent.start, t.span.start - 40), t.span.start):
            continue  # "a leopard attacked three villagers": wildlife, not political violence
        if t.sub_event_type in _VIOLENT_TRIGGERS and fastre.search(
                r"\bdespite (?:the |a |an |this |last \w+'s )?(?:recent |latest |last |earlier )?(?:suicide |car |roadside |deadly )?$", before, re.I):
            continue  # "said his policy would not change despite the recent attack on the police chief"
        if t.sub_event_type in _VIOLENT_TRIGGERS and _WHERE_HAD_BEEN.search(before) and _EARLIER_MONTH.match(text, t.span.end):
            continue  # "... in Papua, where a pilot had been taken hostage in February": the place's past
        if t.sub_event_type == "_clash_words" and t.text.lower() == "fighting" and fastre.search(
                r"\b(?:groups?|gangs?|cartels?|factions?|militias?|organi[sz]ations?)\s+(?:that (?:is|are|has been|have been) |which (?:is|are) )?$", before, re.I
        ) and _FOR_CONTROL.match(text, t.span.end):
            continue  # "blamed a criminal group fighting for control of the area", "... fighting for the area": who the group is
        if t.sub_event_type == "_clash_words" and fastre.search(r"\b(?:have|has|had) been\s+$", before, re.I) and fastre.search(
                r"\bfor (?:(?:many|several|some|the past|the last) )?(?:months|weeks|years|decades)\b|\bsince (?:(?:early|late|mid-)?\w+ )?(?:19|20)\d\d\b", text[t.span.end : sent.end]):
            continue  # "federal forces have been fighting Fano militiamen across the zone for months": the war, told as background
        if t.sub_event_type == "_clash_words" and t.text.lower() == "besieged" and fastre.search(r"\b(?:the|a|an)\s+$", before, re.I):
            continue  # "food for the besieged town of Djibo": the town's state, no battle told here
        if t.sub_event_type in _VIOLENT_TRIGGERS and _NAMED_BY_YEAR.search(before):
            continue  # "the trial of men accused of planning the 2015 gun attack on the hotel": a past event's name
        if t.sub_event_type == "Shelling/artillery/missile attack" and fastre.fullmatch(r"artillery|tanks?|howitzers?|rocket launchers?", t.text, re.I) and fastre.search(
                r"\b(?:deploy\w*|moved|moving|sent|send\w*|mass(?:ed|ing)|build-?up|reinforc\w*)\b[^.;]{0,50}$", text[max(sent.start, t.span.start - 60) : t.span.start], re.I
        ) and not _HARMED.search(text, sent.start, min(sent.end, t.span.end + 40)):
            continue  # "deployed additional troops, artillery and tanks along the line": a build-up, no shelling
        if t.sub_event_type == "Change to group/activity" and fastre.match(r"banned (?-i:[A-Z])", t.text) and fastre.search(r"\b(?:the|its|their)\s+(?:now-)?$", before, re.I):
            continue  # "supporters of the banned Awami League": what the party is, not a ban
        if t.sub_event_type == "_protest" and t.text.lower().startswith("blockade") and fastre.search(
                r"\b(?:months|weeks|years) of (?:a |the )?(?:[\w'’-]+ ){0,2}$", before, re.I):
            continue  # "to secure the road after months of a JNIM blockade of the area": a siege, told as background
        if t.sub_event_type == "_protest" and t.text.lower().startswith("blockad") and fastre.search(r"\bsince\s+$", before, re.I):
            continue  # "JNIM has laid mines on the route since blockading Boni": a siege, told as background
        if t.sub_event_type == "Arrests" and fastre.search(r"\b(?:previously|already|formerly|earlier)\s+$", before, re.I):
            continue  # "sentenced a previously detained activist": who he is, no arrest today
        if t.sub_event_type == "Abduction/forced disappearance" and _HAUL_SEIZED.match(t.text):
            continue  # "police said they seized leaflets and books from the house": a haul, not a person
        if t.sub_event_type == "Abduction/forced disappearance" and _THINGS_SEIZED_BEFORE.search(before):
            continue  # "components for improvised explosives were reportedly seized from his house": a haul, not a person
        if t.sub_event_type == "Abduction/forced disappearance" and _GOODS_SEIZED.match(t.text):
            t = replace(t, sub_event_type="Looting/property destruction")  # "seized grain and agricultural machinery from a farm": goods, not people
        if t.sub_event_type == "_protest" and t.text.lower().startswith("march") and _MARCHED_OFF.match(text, t.span.end):
            continue  # "marching the children into nearby forest": captors driving captives, no march
        if after_march and not _TIME_SHIFT.search(sent.text) and _FORCES_WORD.search(sent.text) and not _ARREST_WISHED.search(
                sent.text) and not _UNRELATED.search(sent.text) and not any(u.sentence == t.sentence - 1 and u.sub_event_type in _VIOLENT_TRIGGERS for u in out):
            t = replace(t, sub_event_type="_force")  # "... marched in Minsk. Police detained more than 200 people in the city.": the march was stopped
        if t.sub_event_type == "_force" and fastre.match(r"halted for\b", t.text, re.I):
            continue  # "marchers halted for a rally at the bypass": a stop on their way, no force
        if t.sub_event_type == "_clash_words" and fastre.match(r"ambush", t.text, re.I) and _CIVILIANS_AMBUSHED.search(sent.text):
            t = replace(t, sub_event_type="_violence")  # "farmers returning from their fields were ambushed": attacked, not fought
        if t.sub_event_type in {"_weapons", "_violence", "_clash_words"} and fastre.match(r"shoot", t.text, re.I) and before.lower().endswith("penalty "):
            continue  # "a penalty shoot-out victory": football
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_clash_words", "_weapons", "_violence"} and _PURPOSE_TO_STOP.search(before) and any(
                u.sentence == t.sentence and u.sub_event_type == "Change to group/activity" and u.span.end <= t.span.start
                and DEPLOY_WORD.match(u.text) for u in triggers):
            continue  # "deployed 800 soldiers to its border to stop raids by armed groups": the deployment's purpose
        if t.sub_event_type in {"_violence", "_weapons"} and (AFTER_A_CAUSE_RX.search(before) or _AFTER_A_CAUSE_AND.search(before) or _AFTER_A_CAUSE_WAS.search(
                text, max(sent.start, t.span.start - 80), t.span.start)) and any(
                u.sub_event_type in {"_protest_violence", "_riot", "Looting/property destruction"} and u.sentence == t.sentence and u.span.end <= t.span.start for u in triggers):
            continue  # "youths torched a police station after a suspect died in custody", "... after a colleague was shot and wounded": the riot's cause
        if t.sub_event_type in {"_violence", "_weapons"} and _AFTER_A_CAUSE_WAS.search(text, max(sent.start, t.span.start - 80), t.span.start) and any(
                u.sub_event_type in {"_protest_violence", "_riot"} and u.sentence == t.sentence and u.span.start > t.span.end
                and fastre.match(r"[^.;]{0,80}?,\s*$", text[t.span.end : u.span.start]) for u in triggers):
            continue  # "drivers rampaged ... after a colleague was shot dead by a police officer, torching a police post": the riot's cause
        if t.sub_event_type in {"_violence", "_weapons"} and AFTER_A_CAUSE_RX.search(before) and any(
                u.sub_event_type == "_riot" and u.sentence == t.sentence and u.span.start > t.span.end and "," in text[t.span.end : u.span.start]
                for u in triggers):
            continue  # "after the shooting outside the police station, an angry crowd dragged out a constable": the crowd's cause
        if t.sub_event_type in _VIOLENT_TRIGGERS and _TOLD_AS_EARLIER.match(text, t.span.end) and any(
                u.sub_event_type == "_protest" and u.sentence == t.sentence and u.span.end <= t.span.start for u in triggers):
            continue  # "blocked the road demanding the rescue of a teacher abducted two days earlier": the protest's cause
        if t.sub_event_type == "_protest" and note_ymd and note_ymd[0] >= BOMBS_IN_BLOCKADE_FROM and _DURING_THE.search(text, max(sent.start, t.span.start - 70), t.span.start) and any(
                u.sub_event_type in {"Grenade", "Remote explosive/landmine/IED"} and u.sentence == t.sentence and not _INCENDIARY.search(u.text)
                for u in triggers) and not has(_BLOCKADERS, t.sentence):
            # "unidentified persons hurled crude bombs at a police checkpoint during the BNP-Jamaat blockade":
            # the blockade is the setting; from 2022 ACLED codes such bombs as the bombing (earlier notes:
            # a violent demonstration)
            continue
        if t.sub_event_type in _VIOLENT_TRIGGERS and _MARKET_MOVE_AFTER.match(text, t.span.end):
            continue  # "shares in defence firms exploded higher": a market
        if t.sub_event_type == "_force" and fastre.match(r"barred", t.text, re.I) and _WHICH_HAS.search(before):
            continue  # "the new passport regime, which has barred them from crossing": a policy, no force used
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"Disrupted weapons use"} and _ACCUSED_OF_PLAN.search(
                text, max(sent.start, t.span.start - 120), t.span.start):
            continue  # "opened the trial of four men accused of helping plan a foiled attack": the charge
        if t.sub_event_type == "_protest" and fastre.match(r"under the banner", t.text, re.I) and not has(_CROWD_DEED, t.sentence):
            continue  # "a joint force to fight jihadists under the banner of the Alliance of Sahel States": no march
        if t.sub_event_type == "_protest" and (_RALLY_OF_A_YEAR.search(before) or _TOLD_A_RALLY.search(before)) and fastre.match(r"rall", t.text, re.I):
            continue  # "charges relating to a speech at a 2021 rally"; the prime minister "telling a rally" in Sikasso
        if t.sub_event_type == "_capture" and t.text.lower() == "captured" and _SHOWN_OFF.search(before) and _SPOILS_AFTER.match(text, t.span.end):
            continue  # "a parade of captured armoured vehicles": spoils shown, nothing taken today
        if t.sub_event_type == "Sexual violence" and _NOUN_ACCUSED_OF.search(text, max(sent.start, t.span.start - 80), t.span.start):
            continue  # "stormed the house of a man accused of raping a child": the charge, the crowd's cause
        if t.sub_event_type == "Arrests" and _AFTER_THEY_PROTESTED.match(text, t.span.end, sent.end):
            t = replace(t, sub_event_type="_force")  # "police detained a dozen people after residents took to the streets": the protest stopped
        if t.sub_event_type == "Arrests" and has(_HELD_IN_SECRET, -1):
            t = replace(t, sub_event_type="Abduction/forced disappearance")  # "... took a critic from his home. Authorities have not said where he is being held"
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_clash_words"} and _CONCERN_OVER.search(before):
            continue  # "the Security Council expressed deep concern over the escalation of fighting": a statement
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_protest_violence", "Looting/property destruction", "_protest"} and _INVOLVED_IN.search(before):
            continue  # "arrested ... over alleged involvement in vandalism and arson", "the commander was involved in several killings": the charge
        if t.sub_event_type == "_clash_words" and fastre.match(r"ambush", t.text, re.I) and _CIVIL_VEHICLE_AFTER.match(text, t.span.end):
            t = replace(t, sub_event_type="_violence")  # "gunmen ambushed a passenger vehicle, killing three civilians": an attack
        if t.sub_event_type == "Remote explosive/landmine/IED" and _BOX_OFFICE_AFTER.match(text, t.span.end):
            continue  # "the action thriller exploded at the box office": a hit film
        if t.sub_event_type in {"_protest", "_force"} and has(_REPORT_ON_YEARS, t.sentence):
            continue  # "Amnesty said in a report that forces had used violence against demonstrators in recent years": a review
        if t.sub_event_type in {"Remote explosive/landmine/IED", "_protest_violence", "_weapons"} and _MAKING_AFTER.match(text, t.span.end):
            continue  # "recovering a pistol and crude bomb-making materials": what a raid found, no bomb thrown
        if t.sub_event_type in {"_capture", "_territory"} and _NO_FIGHT_AFTER.match(text, t.span.end) and any(
                u.sub_event_type == "Non-violent transfer of territory" and u.sentence == t.sentence for u in triggers):
            continue  # "withdrew from several villages, and the EMC moved in and took control of the area without any reported fighting"
        if t.sub_event_type == "_protest" and (_COVERAGE_OF.search(before) or has(_COURT_ORDERED_STOP, t.sentence)):
            continue  # "detained six journalists over their coverage of protests"; "the court ordered striking doctors to call off ..."
        if t.sub_event_type == "_protest" and fastre.match(r"blockade", t.text, re.I) and _LIFTING_OF.search(before):
            continue  # "villagers agreed to pay zakat in exchange for the lifting of the blockade": a siege's end, no protest
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_force", "_protest"} and _ACCUSED_OF_ROLE.search(
                text, max(sent.start, t.span.start - 90), t.span.start):
            continue  # "a mob beat him to death ... He was accused of being involved in the firing on protesters": his past
        if t.sub_event_type == "_protest_violence" and fastre.search(r"barricad", t.text, re.I) and _FORCES_BEFORE.search(before):
            continue  # "army personnel put up barricades and pushed back protesters": the forces' barricades
        if t.sub_event_type == "_protest" and _OVER_CRACKDOWN.search(before):
            continue  # "imposed sanctions on officials over the crackdown on protesters": the cause, no protest today
        if t.sub_event_type in _VIOLENT_TRIGGERS and (_RELATIVES_OF_NAMED.search(text, max(sent.start, t.span.start - 100), t.span.start)
                                                      or cues.kin and _RELATIVES_OF_VICTIMS.search(text, max(sent.start, t.span.start - 140), t.span.start)) and any(
                u.sub_event_type == "_protest" and u.sentence == t.sentence and u.span.start > t.span.end for u in triggers):
            continue  # "family members of Balach, killed allegedly in an encounter by the CTD, staged a sit-in": the dead man's story
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"Other"} and has(_HISTORIC_WAR, t.sentence):
            continue  # "exhuming a mass grave from the Spanish Civil War": history, no development of today's conflict
        if t.sub_event_type == "_force" and fastre.match(r"prevent", t.text, re.I) and _MEANT_TO.search(before):
            continue  # "alleged that the attack was meant to prevent its members from mobilising": a motive, no dispersal
        if t.sub_event_type in {"_protest", "_force"} and _MEANT_TO_STOP.search(before):
            continue  # "BNP claimed the arrests were meant to obstruct the rally": the rally is the alleged aim's object
            # (and "alleged the arrests were aimed at foiling the rally")
        if t.sub_event_type == "_clash_words" and t.text.lower().startswith("offensive") and fastre.search(
                r"(?<![\w-])(?:support\w*|back(?:s|ed|ing)|join\w*|aid(?:s|ed|ing)|assist\w*|fund\w*|financ\w*)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$", before, re.I):
            continue  # "threatened to attack any company that supports the government's offensive": whom it threatens
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_clash_words"} and fastre.search(
                r"\b(?:protect|defend|shield|safeguard|guard)\w*\s+[^.;]{0,80}?\b(?:from|against)\s+(?:[\w'’-]+\s+){0,2}$", text[max(sent.start, t.span.start - 120) : t.span.start], re.I):
            continue  # "a new movement claiming it would protect communities in Djugu from militia attacks": its stated aim
        if t.sub_event_type in {"_force", "_protest"} and fastre.search(
                r"\b(?:powers?|authority|mandate|licen[cs]e|right)\s+to\s+(?:[\w-]+\s+){0,3}$", before, re.I) or t.sub_event_type in {"_force", "_protest"} and _LAW_LETTING.search(
                    text, max(sent.start, t.span.start - 110), t.span.start):
            continue  # "a bill granting police broader powers to disperse protests": a law, no protest dispersed
        if t.sub_event_type == "Disrupted weapons use" and fastre.search(r"recovered|seized|found", t.text, re.I) and _FROM_THE_HELD.match(
                text, t.span.end) and any(u.sub_event_type == "Arrests" for u in out):
            continue  # "arrested seven suspected KNF members ... Two firearms were recovered from them": the arrest's yield
        if t.sub_event_type == "_protest" and fastre.search(
                r"\b(?:investigat\w+|inquiry|inquest|probe|trial|case|charges?|indict\w*|compensation)\b[^.;]{0,40}?\b(?:deaths?|killings?|shootings?) of (?:the )?(?:[\w-]+ )?$",
                text[max(sent.start, t.span.start - 100) : t.span.start], re.I):
            continue  # "opened an investigation into the deaths of protesters in Juliaca last year": an inquiry, no protest
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_protest", "_force"} and _IN_A_REPORT.search(text, sent.start, t.span.start) and _OVER_THE_PAST.match(
                text, t.span.end, min(sent.end, t.span.end + 90)):
            continue  # "said in a report ... killed dozens during a crackdown on protests last year": a report on the past
        if t.sub_event_type in {"_protest_violence", "_weapons", "Remote explosive/landmine/IED", "Grenade", "Suicide bomb"} and _SEIZING_BEFORE.search(
                text, max(sent.start, t.span.start - 50), t.span.start):
            continue  # "arrested nine Jamaat activists ..., recovering 11 crude bombs", "..., recovering suicide vests": what the arrest found
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_clash_words"} and fastre.search(r"\b(?:where|when|which|that)\s+(?:[\w'’-]+\s+){0,3}$", before, re.I) and fastre.match(
                r"\s+(?:[\w-]+\s+){0,2}?in\s+(?:19|20)\d\d\b(?!\s*[-–])", text[t.span.end : t.span.end + 40]) and not note_ymd:
            continue  # "the disputed border, where troops clashed in 2020": a past clash, told as the place's story
        if t.sub_event_type == "_capture" and fastre.match(
                r"\s+(?:the\s+)?(?:state\s+|national\s+|public\s+)?(?:radio|television|tv|broadcaster)\b", text[t.span.end : t.span.end + 40], re.I) and any(
                u.sub_event_type == "Other" for u in triggers):
            continue  # "mutinous soldiers briefly occupied the national radio and television building": the mutiny, no battle
        if t.sub_event_type == "_protest" and t.text.lower().startswith("blockade") and any(
                u.sub_event_type == "Change to group/activity" and u.span.start <= t.span.start and t.span.end <= u.span.end for u in triggers):
            continue  # "JNIM declared a blockade of Gao city": an armed group's siege, no protest
        if t.sub_event_type == "_protest" and fastre.fullmatch(r"march(?:es)?", t.text, re.I) and fastre.search(r"\bveterans['’]?\s+$", before, re.I):
            continue  # "the dawn service, followed by a veterans' march along Anzac Parade": a ceremony, no demonstration
        if t.sub_event_type == "_protest" and fastre.fullmatch(r"march", t.text, re.I) and fastre.match(r"[-\s]past\b", text[t.span.end : t.span.end + 6], re.I):
            continue  # "the veterans' march past": a parade at a ceremony, no demonstration
        if t.sub_event_type == "_clash_words" and t.text.lower().startswith("infighting") and fastre.search(
                r"\b(?:suspect\w*|blam\w+|attribut\w+(?: (?:it|the \w+))? to|believ\w+ (?:it was |to be )?|linked to|due to|result of|because of|motive (?:was |is )?)(?:\s+(?:internal|intra-party|party|factional|political))?\s*$", before, re.I):
            continue  # "police suspect infighting over the area's businesses": a killing's motive, no fight
        if t.sub_event_type == "_protest" and t.text.lower().startswith("protest") and fastre.search(r"\bpetitions?\s+$", before, re.I):
            continue  # "signed an online petition protesting a fee increase": a petition, no gathering
        if t.sub_event_type == "_protest" and _WORKS_SUPPORTING.search(before):
            continue  # "detained a rapper over songs supporting anti-government protests": the charge, no protest
        if t.sub_event_type in {"Shelling/artillery/missile attack", "_weapons"} and has(_MISSILE_TEST, t.sentence) and not has(_HARMED, t.sentence):
            continue  # "fired a short-range ballistic missile off its east coast ... the latest in a string of launches": a test
        if t.sub_event_type == "Agreement" and _NO_DEAL.search(t.text):
            continue  # "held talks ... but reached no agreement": no agreement
        if t.sub_event_type == "Agreement" and (_CIVIL_DEAL.search(t.text) or fastre.search(r"memorand(?:um|a)$", t.text, re.I) and _CIVIL_SUBJECT_AFTER.match(text, t.span.end)
                                                 or fastre.match(r"signed an? (?:[\w-]+ )?agreement$", t.text, re.I) and _CIVIL_DEAL_AFTER.match(text, t.span.end)):
            continue  # "signed a grant agreement for irrigation projects": aid, trade or loans, no conflict's agreement
        if t.sub_event_type == "_protest" and _SUSPECTED_PRO.search(before):
            continue  # "police said they suspected pro-hartal activists": whom they suspect, not a protest
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_capture"} and _CONDEMNED_AS.search(text, max(sent.start, t.span.start - 90), t.span.start):
            continue  # "the UN rights chief condemned what he called the 'relentless killing' of civilians": a statement
        if t.sub_event_type == "_violence" and _TOOK_A.search(before) and has(_MARKET_WORDS, t.sentence):
            continue  # "Asian shares took a beating as the yen surged": a market
        if t.sub_event_type == "Agreement" and any(
                u.sub_event_type == "Change to group/activity" and u.span.start <= t.span.start and t.span.end <= u.span.end
                and _AGREEMENT_ENDED.match(u.text) for u in triggers):
            continue  # "announced it was ending its truce with the government": the truce's end, a change of activity
        if t.sub_event_type in {"_force", "_protest"} and (
                t.sub_event_type == "_force" and _ARREST_START.match(t.text) and has(_BEFORE_THE_RALLY, t.sentence)
                or t.sub_event_type == "_protest" and _TO_PREVENT.search(before)):
            continue  # "arrested 12 activists three days before the party's rally ... meant to prevent the rally": arrests, no rally yet
        if t.sub_event_type == "_clash_words" and _LEFT_FROM.search(before):
            continue  # "a landmine left over from earlier fighting": the mine's history, not a battle now
        if t.sub_event_type == "_violence" and (
                _THE_RAID.fullmatch(t.text) and before.lower().endswith("the ") or _THE_ATTACK.fullmatch(t.text) and _THE_BEFORE.search(before)) and any(
                u.sub_event_type == "Looting/property destruction" and u.span.end <= t.span.start for u in out) and not any(
                u.sub_event_type in _VIOLENT_TRIGGERS | {"_violence", "_weapons", "_clash_words"} for u in out):
            continue  # "bandits rustled 40 cows from herders. No one was injured during the raid": the raid is the theft;
            # "sprayed swastikas on the walls of a mosque. The attack is being investigated": the vandalism, told again
        if t.sub_event_type == "Government regains territory" and (fastre.fullmatch(r"(?:retaken|retaking|reclaimed) (?:area|land|camp|territory|village|estate)s?", t.text, re.I) or fastre.fullmatch(
                r"retaken|retaking|reclaimed", t.text, re.I) and fastre.match(r"\s+(?:area|land|camp|territory|village|estate)s?\b", text[t.span.end : t.span.end + 12], re.I)):
            continue  # "burned shacks at a Guarani Kaiowa retaken area": the name of an occupation, nothing regained
        if t.sub_event_type in {"Remote explosive/landmine/IED", "Grenade"} and fastre.fullmatch(r"(?:crude |petrol |cocktail )?bombs?|explosives?", t.text, re.I) and fastre.search(
                r"\bwith\b[^.;]{0,60}$", before) and any(u.sub_event_type == "Arrests" and u.sentence == t.sentence and u.span.end <= t.span.start for u in triggers):
            continue  # "arrested 6 people with petrol-filled bottles and a bag of crude bombs": the arrest's haul
        if t.sub_event_type == "_capture" and t.text.lower() == "occupied" and _OCCUPIED_PLACE.search(before) and fastre.match(r"\s+(?-i:[A-Z])", text[t.span.end : t.span.end + 3]):
            continue  # "pasted leaflets across occupied Mariupol": whose town it is, not a capture
        if t.sub_event_type == "_capture" and t.text.lower() == "captured" and _PEOPLE_CAPTURED_BEFORE.search(before) and fastre.match(
                r"\s+(?:in|during|at|by|near|on|since)\b", text[t.span.end : t.span.end + 8]):
            continue  # "border guards captured in the first days of the invasion": the men, not a place taken
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_violence", "_protest", "Looting/property destruction"} and any(
                m.start() < t.span.start < m.end() for m in _DESCRIBING_AS.finditer(text, sent.start, sent.end)):
            continue  # "describing recent arson attacks as 'terrorism disguised as protest'": words, no deed
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_violence", "_weapons"} and _END_CALLED_FOR.search(text, max(sent.start, t.span.start - 100), t.span.start):
            continue  # "an Aurat March calling for an end to harassment, honour killings": what the marchers demand
        if t.sub_event_type in {"_violence", "_weapons", "_clash_words", "_force", "_protest"} and _COMMEMORATED_YEAR.search(text, sent.start, t.span.start) or (
                t.sub_event_type == "_protest" and _TO_COMMEMORATE_YEAR.search(t.text)):
            continue  # "gathered to commemorate the 1960 massacre in which colonial troops opened fire on villagers", "to mark the
            # anniversary of the 1968 Tlatelolco massacre, in which soldiers opened fire on a rally": history
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_violence", "_clash_words"} and _SINCE_BEFORE.search(before) and _SINCE_IN_A_PAST_YEAR.match(text, t.span.end):
            continue  # "suspended since insurgents attacked nearby Palma in 2021": a past year's attack
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_violence", "_clash_words"} and _FIRST_TIME_SINCE.search(text, max(sent.start, t.span.start - 80), t.span.start):
            continue  # "resumed food distributions for the first time since an insurgent attack on the town in May": the resumption
        if t.sub_event_type in {"Government regains territory", "_territory", "_capture"} and _SINCE_FORCES_BEFORE.search(text, max(sent.start, t.span.start - 40), t.span.start):
            continue  # "thousands of displaced families have returned to Wad Madani since the army retook the city": its past
        if t.sub_event_type == "_violence" and _IF_ATTACKED_BEFORE.search(text, max(sent.start, t.span.start - 60), t.span.start):
            continue  # "would send the army if Serbs in the north were 'attacked'": a condition
        if t.sub_event_type == "Change to group/activity" and _SURRENDER_PASSPORT.match(text, t.span.start):
            continue  # "directed him to surrender his passport": a bail condition
        if t.sub_event_type == "Looting/property destruction" and t.text.lower() == "looted" and _LOOTED_ARMS_AFTER.match(text, t.span.end):
            continue  # "arrested four people with two looted pistols": the arms they held, not a looting
        if t.sub_event_type == "Looting/property destruction" and has(_BANK_ROBBERY, t.sentence) and has(_ROBBERY_WORD, -1):
            continue  # "four armed men looted Rs 18 lakh from a bank branch ...; police said the gang ...": a robbery
        if t.sub_event_type == "_protest" and _GROUP_THAT_LED_BEFORE.search(text, max(sent.start, t.span.start - 40), t.span.start):
            continue  # "a member of the student movement that has led protests in Nis was bundled into a van": who he is
        if t.sub_event_type == "_weapons" and t.text.lower().startswith("armed") and _MEMBER_OF_BEFORE.search(text, max(sent.start, t.span.start - 30), t.span.start):
            continue  # "arrested a member of an armed faction": who he is, not arms used
        if t.sub_event_type == "_clash_words" and _NO_MENTION_BEFORE.search(text, max(sent.start, t.span.start - 30), t.span.start):
            continue  # "police said he resisted arrest but made no mention of an exchange of fire": none reported
        if t.sub_event_type == "_protest" and t.text.lower() == "protest" and _PROTEST_NOUN_ADJUNCT_AFTER.match(text, t.span.end):
            continue  # "designated protest zones remain far from city centres": a rule about protests
        if t.sub_event_type == "_protest" and has(_DISASTER_ANNIVERSARY, t.sentence) and not has(_DEMANDING, t.sentence):
            continue  # "held a candlelit vigil to mark the first anniversary of the earthquake": remembrance of a disaster
        if t.sub_event_type == "_weapons" and _SUSPECTS_FOUND_WITH_BEFORE.search(text, max(sent.start, t.span.start - 60), t.span.start) and has(_MOB_WORD, -1):
            continue  # "a mob beat two men to death ... Police said the men had been found with a locally made pistol": the victims'
        if t.sub_event_type == "Change to group/activity" and t.text.lower().startswith("peacekeep") and any(
                u.sub_event_type in {"Non-violent transfer of territory", "_territory", "_capture"} for u in triggers):
            continue  # "troops took over the camp after the UN peacekeepers completed their withdrawal": the handover is the event
        if t.sub_event_type in {"Change to group/activity", "Other"} and "curfew" in t.text.lower() and _AUTHORITIES_SAID_BEFORE.search(
                text, max(sent.start, t.span.start - 40), t.span.start) and any(
                u.sub_event_type in {"_riot", "_violence", "_protest_violence", "_clash_words"} and u.sentence == t.sentence and u.span.start < t.span.start for u in triggers):
            continue  # "a mob attacked shops ..., police said, imposing a curfew in the area": the state's answer to the riot
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_violence"} and _PAST_YEAR_DEED_WHICH.search(text, max(sent.start, t.span.start - 120), t.span.start):
            continue  # "accused of involvement in the 2019 Easter Sunday bombings, which killed more than 260 people": history
        if t.sub_event_type in {"Looting/property destruction", "_protest_violence"} and not political and has(_ELECTRICAL_FIRE, t.sentence):
            continue  # "shops were gutted when a fire swept through a market ...; officials suspect an electrical short circuit"
        if t.sub_event_type == "Arrests" and t.text.lower() == "detained" and _DETAINED_ADJ_BEFORE.search(text, max(sent.start, t.span.start - 40), t.span.start) and (
                _DETAINED_ADJ_AFTER.match(text, t.span.end)):
            continue  # "mothers and wives of men detained in North Sinai gathered": whom they ask about
        if t.sub_event_type == "Arrests" and _ARRESTS_TREND_AFTER.match(text, t.span.end):
            continue  # "terrorism-related arrests fell by a third last year": a statistic
        if t.sub_event_type == "_capture" and t.text.lower().startswith("infiltrat") and _GUARD_AGAINST_BEFORE.search(text, max(sent.start, t.span.start - 40), t.span.start):
            continue  # "a new headquarters that would help secure the area against infiltration": a purpose, no incursion
        if t.sub_event_type == "_violence" and t.text.lower() in {"wounded", "injured"} and _SWAPPED_MEN_AFTER.match(text, t.span.end) and any(
                u.sub_event_type == "Agreement" for u in triggers) and has(_RETURNED, t.sentence):
            continue  # "exchanged 22 prisoners of war ... Among the returned Ukrainians were 2 wounded soldiers": who came home
        if t.sub_event_type == "_clash_words" and _DAYS_AFTER_BEFORE.search(text, max(sent.start, t.span.start - 40), t.span.start) and any(
                u.sub_event_type not in {"_clash_words", "_violence", "_weapons"} and u.sentence == t.sentence and u.span.start < t.span.start for u in triggers):
            continue  # "ordered the closure of its offices, days after deadly clashes with a rival group": the clashes its cause
        if t.sub_event_type in {"Looting/property destruction", "_protest_violence"} and _PUNISH_THOSE_WHO.search(text, max(sent.start, t.span.start - 100), t.span.start):
            continue  # "demanding the arrest of those who defaced a memorial earlier in the week": the protest's cause
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_violence", "_weapons"} and _SUSPECTED_OF_GUIDING.search(text, max(sent.start, t.span.start - 80), t.span.start):
            continue  # "detained a resident suspected of guiding Russian missile strikes on the port": the charge, not a strike today
        if _HOAX.search(text) and t.sub_event_type in {"Abduction/forced disappearance", "Arrests"}:
            continue  # "a student who faked his own kidnapping to extract a ransom has been arrested": a hoax and a fraud
        if t.sub_event_type in _VIOLENT_TRIGGERS | {"_violence"} and _TO_TACKLE_BEFORE.search(before):
            continue  # "resolved to set up a joint security fund to tackle banditry and kidnapping": the aim of a policy
        if t.sub_event_type == "Change to group/activity" and fastre.match(r"form\w*\b[^.;]*\bcoalition", t.text, re.I) and has(_CABINET_WORDS, -1):
            continue  # "reshuffled his cabinet after forming a new coalition": government politics
        if t.sub_event_type == "Change to group/activity" and t.text.lower() == "surrendered" and _SURRENDERED_EARLIER_AFTER.match(text, t.span.end):
            continue  # "a former TTP commander who surrendered to authorities last year told a press conference": his past
        if t.sub_event_type == "Change to group/activity" and _HE_HAD_BEFORE.search(before) and fastre.match(r"renounc|g[ai]ve[n]? up", t.text, re.I) and has(_FORMER, t.sentence):
            continue  # "told a press conference that he had renounced violence": one man's word
        if t.sub_event_type == "Abduction/forced disappearance" and _CALLED_IT_BEFORE.search(before) and any(u.sub_event_type == "Arrests" for u in triggers):
            continue  # "arrested 13 members ...; the party denounced a 'political kidnapping'": the arrest, named by its critics
        if t.sub_event_type == "Government regains territory" and t.text.lower().startswith("regain") and has(_PRISON_WORDS, t.sentence):
            continue  # "inmates battled with guns ... before soldiers regained control": of a prison, no territory
        if t.sub_event_type == "_clash_words" and _KEPT_FOR_BEFORE.search(before):
            continue  # "crude bombs ... stockpiled for a clash between two local groups": a clash not fought
        if t.sub_event_type == "Abduction/forced disappearance" and t.text.lower() == "abducted" and _OF_AN_BEFORE.search(before) and any(
                u.sentence == t.sentence and u.sub_event_type in {"_violence", "_weapons"} and u.span.end <= t.span.start for u in out):
            continue  # "beat to death a young man found with the phone of an abducted trader": whose phone, not this event
        if t.sub_event_type == "Agreement" and _AIMING_FOR_BEFORE.search(before):
            continue  # "would convene a new round of talks ..., aiming for a humanitarian truce": the goal, no deal
        if t.sub_event_type == "_clash_words" and _WHICH_IS_BEFORE.search(before):
            continue  # "villagers blamed the cartel, which is fighting for control of the area": who the group is
        if t.sub_event_type == "_force" and not fastre.match(r"\w+(?:ed|ing)\b", t.text) and _PROTESTED_FORCE_BEFORE.search(text, max(sent.start, t.span.start - 160), t.span.start):
            continue  # "held a protest against the arrest of a leader and the use of force on protesters in Gwadar": the cause
        if t.sub_event_type in {"_protest", "_capture"} and t.text.lower().endswith("stormed") and _PROPERTY_OF_AFTER.match(text, t.span.end):
            continue  # "Jubo Dal activists stormed the grocery shop of an AL supporter, beat him": no demonstration
        if t.sub_event_type in {"_territory", "_capture"} and any(
                u.sub_event_type == "Abduction/forced disappearance" and u.span.start == t.span.start for u in triggers):
            continue  # "seized a midwife from a village health centre": a person taken, not the village
        if t.sub_event_type == "Sexual violence" and _ALLEGED_CAUSE_BEFORE.search(before) and any(
                u.sub_event_type in _VIOLENT_TRIGGERS | {"_violence", "Looting/property destruction", "_protest_violence"} for u in out):
            continue  # "a crowd attacked homes of migrant families ... following an alleged sexual assault": the crowd's cause
        if t.sub_event_type == "_protest_violence" and _BARRIER_WORDS.search(t.text) and _FORCES_SUBJECT_BEFORE.match(text, sent.start, t.span.start):
            continue  # "Police in Bangkok put up container barricades ...": the police's barriers, no crowd's violence
        if t.sub_event_type == "_protest" and _AT_THE_VENUE_BEFORE.search(text, max(sent.start, t.span.start - 80), t.span.start) and any(
                u.sentence == t.sentence and u.sub_event_type in _EXPLOSIVE_KINDS for u in triggers):
            continue  # "exploded two crude bombs near the venue of a BNP rally": where the bombs went off
        if t.sub_event_type == "Arrests" and _PARDONED_BEFORE.search(text, sent.start, t.span.start):
            continue  # "pardoned 4,000 prisoners, including several people detained over posts": the pardon
        if t.sub_event_type == "_protest" and _NEITHER_BEFORE.search(before) and _TOOK_PLACE_AFTER.match(text, t.span.end):
            continue  # "neither rally took place": none held
        if t.sub_event_type in {"_violence", "_weapons"} and _GUNMAN_NOUN.fullmatch(t.text) and t.sentence > 0 and _CELEBRATORY_FIRE.search(text, 0, sent.start):
            continue  # "killed by a stray bullet from celebratory gunfire at a wedding. ... the shooter, a relative of the groom"
        out.append(t)
    if out and all(t.sub_event_type == "_violence" and _CASUALTY_WORD.fullmatch(t.text) for t in out) and (
        (_DISASTER.search(text) or _CAUSED_BY_MISHAP.search(text) and not _BOMB_WORD.search(text))
        and not political and not _ARMED_WORD.search(_FORCES_SAID.sub(" ", text)) or _CUMULATIVE_TOLL.search(text) or _BLAST_WAS_ACCIDENTAL.search(text)
        or _ARMED_ROBBERS.search(text) and not _NOT_JUST_CRIME.search(text)
    ):
        return []  # "A bus overturned ... Officials said 28 passengers were killed"; a war's cumulative toll
    if out and all(t.sub_event_type == "_protest" and _GATHERED_AT.search(t.text) for t in out) and _MOURNING.search(text) and not _PRESSING.search(text):
        return []  # "survivors and relatives gathered at the memorial to mark the 30th anniversary ...; wreaths were laid": a commemoration
    if out and all(t.sub_event_type == "_protest" and _STRIKE_WORD.fullmatch(t.text) for t in out) and _STAY_HOME.search(text):
        return []  # "doctors began an indefinite strike ...; members would stay at home": a strike with no gathering
    if any(t.sub_event_type == "Arrests" for t in out):
        claimed = [t for t in out if t.sub_event_type in _VIOLENT_TRIGGERS and _CLAIMED_THE.search(text, max(0, t.span.start - 40), t.span.start)]
        if claimed and all(t in claimed for t in out if t.sub_event_type in _VIOLENT_TRIGGERS):
            # "detained four suspects in the concert hall attack ... Islamic State claimed the attack": the
            # attack the arrests follow, told again
            out = [t for t in out if t not in claimed]
    return out


_PURPOSE_TO_STOP = fastre.compile(r"\bto (?:stop|prevent|deter|counter|curb|thwart|repel|fend off|ward off|guard against|protect against) (?:[\w'’-]+ ){0,3}$", re.I)
DEPLOY_WORD = fastre.compile(_DEPLOY_VERBS + r"\b", re.I)
_DEBRIS_SUBJECT = fastre.compile(r"(?:falling |the |its )?(?:debris|fragments|wreckage|shrapnel)\b", re.I)
_IN_WHICH_CAUSE = fastre.compile(
    r"\b(?:after|following) (?:a|an|the) (?:[\w-]+ )?(?:fight|brawl|quarrel|altercation|row|scuffle|incident|dispute) in which (?:[\w'’-]+ ){1,5}(?:was|were|had been) $", re.I)
_MOVED_IN = fastre.compile(r"\b(?:moving|moved|bringing|brought|deploying|deployed|stationing|stationed|installing|installed)\s+in\b|\b(?:deploy\w*|station\w*|install\w*|stor(?:ed|ing))\b", re.I)
_INQUIRY_FOUND = fastre.compile(r"\b(?:investigation|inquiry|probe|report|review|inquest)\s+(?:has\s+|had\s+)?(?:concluded|found|determined|established|showed|revealed)\s+(?:on \w+\s+)?that\b[^.;]*$", re.I)
_HONOURING = fastre.compile(r"\b(?:honou?r(?:ing|ed|s)?|commemorat\w+|memorial|remembrance|remember(?:ing|ed)?|fell silent|minute['’]s silence|moment of silence)\b", re.I)
_WEEKS_AFTER_WAS = fastre.compile(r"\b(?:weeks|days|months|a week|a month|years) after (?:the |its |his |their |a )?(?:[\w'’-]+ ){0,5}?(?:was|were|had been) (?:\w+ )?$", re.I)
_DETAINED_EARLIER = fastre.compile(r"\s+(?:last (?:year|month|week)|in (?:19|20)\d\d|earlier this year|months ago|years ago)\b", re.I)
_BUSINESS = fastre.compile(r"\b(?:compan(?:y|ies)|firms?|miners|banks?|shareholders?|corporat\w+|business\w*|management|billion|market value|listed)\b", re.I)
_OF_A_LEGISLATURE = fastre.compile(r"\s+of\s+(?:the\s+)?(?:parliament|assembly|senate|legislature|congress|city council|council)\b(?![^.;]{0,40}\b(?:building|chamber|compound)\b)", re.I)
# what a state's contract is about, after "signed an agreement": "leasing land to a foreign navy for a new base"
_CIVIL_DEAL_AFTER = fastre.compile(r"(?:\s+on\s+\w+)?\s+(?:leasing|to lease|on trade|on (?:economic |defen[cs]e |military )?cooperation|to build|to supply|to buy|to sell|on the sale|for the (?:construction|sale|supply|purchase)|on investment)\b", re.I)
_ANIMAL_DIED_BEFORE = fastre.compile(
    r"\b(?:a|an|the|two|three|four|five|several|some|many|dozens of|\d+|his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?:cows?|cattle|calf|calves|goats?|sheep|buffalo(?:es)?|oxen|bulls?|horses?|camels?|donkeys?|dogs?|chickens?|livestock|animals?|poultry)\s+(?:also\s+)?(?:were\s+|was\s+)?$", re.I)
_THINGS = fastre.compile(r"\b(?:trucks|lorries|vehicles|buses|cars|motorcycles|motorbikes|tankers|trailers|boats|houses|homes|huts|shops|stalls|kiosks|offices|buildings|granaries|crops)\b", re.I)
_PEOPLE_NOUNS = fastre.compile(r"\b(?:people|persons|men|women|children|villagers|civilians|residents|passengers|drivers|travellers|travelers|victims|him|her|them|family|families)\b", re.I)


def _things_before(window: str) -> bool:
    """Whether the last noun "them" or "it" can refer to in ``window`` is a thing, not people."""
    thing = [m.start() for m in _THINGS.finditer(window)]
    people = [m.start() for m in _PEOPLE_NOUNS.finditer(window)]
    return bool(thing) and (not people or thing[-1] > people[-1])


_STATE_APPOINTER = fastre.compile(r"\b(?:president|prime minister|premier|government|cabinet|ministry|minister|king|junta|council of ministers)\b[^.;]{0,50}$", re.I)
_PLANTED_AFTER = fastre.compile(r"\s+(?:that |which )?(?:had been |was |were |been )?(?:planted|hidden|placed|left) (?:near|at|in|on|under|inside|outside|beside|by)\b", re.I)
_SERVED_PROTESTERS = fastre.compile(
    r"\b(?:defend(?:ed|ing|s)?|represent(?:ed|ing|s)?|(?:lawyer|counsel|advocate)s? (?:for|of)) (?:the |jailed |arrested |detained )?$", re.I)
_LAW_ON_PROTESTS = fastre.compile(
    r"\b(?:bill|law|decree|legislation|amendments?|ordinance|regulations?)['’\"]? (?:on \w+ )?(?:that (?:would )?)?(?:requir|regulat|restrict|designat|govern|limit|ban|curb)\w*\b[^.;,]{0,120}$|"
    # "passed amendments to the Public Order Act on Wednesday that would require organisers of demonstrations to ..."
    r"\b(?:bill|law|decree|legislation|amendments?|ordinance|regulations?) (?:to|of) (?:the )?(?:[\w'’-]+ ){1,6}?(?:that|which) (?:would |will )?(?:requir|regulat|restrict|designat|govern|limit|ban|curb)\w*\b[^.;,]{0,120}$", re.I)
AFTER_A_CAUSE_RX = fastre.compile(AFTER_A_CAUSE, re.I)
# "seized a district administrator": a person after the place word
_OFFICE_HOLDER_AFTER = fastre.compile(
    r"\s+(?:administrators?|commissioners?|officers?|officials?|chiefs?|governors?|heads?|commanders?|judges?|councillors?|chairm[ae]n|coordinators?|engineers?|staff)\b", re.I)
# "step up vigil", "intensified vigil", "kept (a) close vigil on/over": the guard's watchfulness, not a protest vigil
_VIGILANCE_BEFORE = fastre.compile(r"\b(?:step(?:s|ped|ping)? up|intensif(?:y|ied|ies|ying)|tighten(?:ed|s|ing)?|heighten(?:ed|s|ing)?|increas(?:ed|es|ing)|strengthen(?:ed|s|ing)?|maintain(?:ed|s|ing)?|round-the-clock|strict|tight|close) (?:the |a |their |its )?(?:strict |close |tight |round-the-clock )?$", re.I)
_VIGILANCE_AFTER = fastre.compile(r"\s+(?:on|over)\s+(?:the\s+)?(?:border|frontier|coast|situation|movement|area|region|activities)\b", re.I)
_ANIMAL_SUBJECT = fastre.compile(
    r"\W*(?:an?|the|two|three)\s+(?:[\w-]+\s+)?(?:leopards?|tigers?|tigress|elephants?|bears?|crocodiles?|wild boars?|lions?|lioness|hyenas?|wolf|wolves)\s+"
    r"(?:that\s+\w+\s+)?(?:had\s+)?(?:dragged|mauled|attacked|killed|trampled|gored|snatched|pounced|seized|carried)\b", re.I)
_HUMAN_ATTACKERS = fastre.compile(r"\b(?:gunmen|militants|assailants|attackers|rebels|fighters|soldiers|troops|police|mob|men)\b", re.I)
_STAGED_FOR_FILM = fastre.compile(r"\bspecial effects\b|\b(?:for|of) (?:a|an|the) (?:[\w-]+ ){0,2}?(?:film|movie|TV series|television series|web series)\b[^.;]{0,40}?\b(?:being (?:shot|filmed|made)|shoot(?:ing)?|set)\b|\bfilm (?:shoot|set|crew)\b", re.I)
_OLD_ORDNANCE_FOUND = fastre.compile(
    r"\b(?:recovered|found|discovered|unearthed|dug up|retrieved|stumbled upon)\s+(?:[\w,-]+\s+){0,3}?(?:rust(?:ed|y)|old|war-era|decades-old|vintage|unexploded|abandoned|disused)\s+(?:[\w-]+\s+)?$", re.I)
_LEGACY_WAR = fastre.compile(
    r"\b(?:dat(?:e|ed|es|ing) (?:back )?(?:from|to) (?:the )?(?:[\w-]+ ){0,2}war|left (?:over )?from (?:the )?(?:[\w-]+ ){0,2}war|war-era|World War (?:I|II|One|Two)|"
    r"(?:First|Second) World War|remnants? of (?:the )?(?:[\w-]+ ){0,2}war|legacy of (?:the )?(?:[\w-]+ ){0,2}war)\b", re.I)
_CHARGED_WITH_PROTEST = fastre.compile(
    r"\b(?:accus(?:ed|ing)(?: (?:him|her|them))? of|charged with|suspected of|on charges of|for allegedly|on suspicion of)\s+(?:organi[sz]ing|leading|inciting|instigating|taking part in|participating in|staging|blocking|coercing|forcing|paying|pressuring|mobili[sz]ing)\b[^.;]{0,80}$", re.I)
_GRIEVANCE_BEFORE = fastre.compile(
    r"\b(?:condemn(?:ing|ed|s)?|denounc(?:ing|ed|es)|decry(?:ing)?|decried|against|protesting)\s+(?:the\s+)?(?:(?:previous|last|yesterday)\s+(?:day|night|week)['’]s\s+|(?:recent|alleged|brutal)\s+)?(?:police\s+)?$", re.I)
_PAST_PROTESTS_AFTER = fastre.compile(
    r"[^.;]{0,60}?\bduring (?:the )?(?:(?:last|previous) (?:year|month)['’]s|(?:19|20)\d\d) (?:[\w-]+ ){0,2}?(?:protests|demonstrations|rallies|riots|unrest|uprising)\b", re.I)
_LINKED_TO_BEFORE = fastre.compile(
    r"\b(?:linked|tied|connected)\s+(?:\w+\s+)?to\s+(?:several|a series of|a string of|a number of|a spate of|a wave of|dozens of|scores of|numerous|many|recent|past|previous|earlier)\s+(?:[\w-]+\s+){0,2}$", re.I)
_PAST_DEED_IN_WHICH = fastre.compile(
    r"\b(?:last|previous) (?:week|month|year|\w+day|January|February|March|April|May|June|July|August|September|October|November|December)['’]s "
    r"(?:[\w-]+ ){0,3}?(?:riots?|unrest|protests?|attacks?|violence|clashes|bombings?),? in which\b[^.;]*$", re.I)
# "returning from", "on their way back from": read here before a protest word and in assemble before an attack
ON_THE_WAY_BACK_FROM_RX = r"(?:returning|coming back|heading (?:back|home)|on (?:their|the|his|her) way (?:back|home)|(?:as|when|while) (?:they|he|she) (?:returned|came back)) from"
_ON_THE_WAY_FROM = fastre.compile(
    r"\b(?:" + ON_THE_WAY_BACK_FROM_RX + r"|(?:discourage|deter|stop|prevent)\w* (?:[\w'’-]+ ){0,3}?from (?:going|travell?ing) to)\b"
    r"(?:(?!\b(?:staged|stage|held|hold|took|brought|organi[sz]ed|began|started|launched|joined|blocked|gathered|marched|protested|rallied)\b)[^.;]){0,80}$", re.I)
# "arrested a former prime minister over allegations of embezzlement": whom the state holds makes it political
_HIGH_OFFICE = fastre.compile(r"\b(?:former|ex-|deposed|ousted|exiled) (?:president|prime minister|premier|head of state|vice[- ]president|minister|speaker|army chief)\b|"
                          r"\b(?:collusion|colluding) with\b|\bopposition (?:leader|figure|politician|lawmaker|MP)s?\b", re.I)
_IN_A_PAST_YEAR_AFTER = fastre.compile(r"(?:\s+(?:in|near|from|by)(?:\s+[\w'’-]+){1,4}?)?\s+in\s+(?:19|20)\d\d\b", re.I)
_RELEASE_CALL = fastre.compile(r"\b(?:appeal\w*|call\w*|urg\w+|plea|pleaded|campaign\w*)\b[^.;]{0,60}\b(?:release|freedom|return)\b|\bstill (?:held|missing|in captivity)\b", re.I)
_FEATURE_NAME_AFTER = fastre.compile(r"\s+(?-i:River|Street|Road|Bridge|Square|Avenue|Lake|Creek|Canyon|Valley|Hill|Island|Bay|Memorial|Museum)\b")
_CELEBRATION_AFTER = fastre.compile(
    r"[^.;]{0,60}?\b(?:(?:for|to join|to watch|in) (?:the )?(?:(?:official|national|annual|victory|independence|new year|anniversary) )*(?:celebrations?|festivities|fireworks|concert)|to celebrate)\b", re.I)
_PERIOD_COUNT = fastre.compile(r"\b(?:over|in|during|within) the (?:past|last|previous) (?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few) )?(?:weeks|months|years)\b", re.I)
_COMING_AFTER = fastre.compile(r"\s+(?:was|is|were|are) (?:imminent|looming|coming|expected|about to (?:begin|start))\b", re.I)
_ANIMAL_CAUSE_AFTER = fastre.compile(
    r"\s+(?:\w+\s+){0,3}?(?:when|after|as) (?:an? |the |two |three )?(?:wild |rogue |stray )?(?:elephants?|leopards?|tigers?|tigress|bears?|crocodiles?|lions?|hyenas?|wild boars?|bulls?|buffalo(?:es)?|hippos?)\b", re.I)
_FALSE_ALARM = fastre.compile(r"\bfalse (?:alarm|identification|alert|detection)\b|\bno launch (?:had )?(?:taken place|occurred|been detected)\b", re.I)
_EARLY_WARNING = fastre.compile(
    r"\b(?:issued|issues|issuing|released) an? (?:early )?(?:warning|alert)\b(?=[^.;]{0,200}?\b(?:likely|risk|could|may|possible|in the coming)\b)", re.I)
_RAIDS = fastre.compile(r"\braids?\b", re.I)
_WHO_HAD_DONE = fastre.compile(r"\b(?:who|that) had (?:carried out|committed|perpetrated|staged|mounted) (?:an? |the )?(?:[\w-]+ ){0,2}?$", re.I)
_CELEBRATORY_FIRE = fastre.compile(r"\bcelebratory (?:gun)?fire\b|\bfiring (?:[\w-]+ ){0,2}?(?:in|into) the air (?:after|to celebrate|in celebration)\b|\b(?:aerial|celebratory) (?:firing|shooting|gunshots) (?:at|during) (?:a |the )?(?:[\w'’-]+ )?(?:wedding|marriage|celebrations?)\b|\bfired (?:[\w-]+ ){0,2}?(?:in|into) the air (?:to celebrate|in celebration|(?:during|at) (?:a |the )?(?:wedding|celebrations?|marriage))\b", re.I)
# a parade: "a military parade", "gathered ... to mark Democracy Day with a parade"
_PARADE = fastre.compile(r"\b(?:military|army|victory|independence day|national day|anniversary) parade\b|"
                         r"\bto (?:mark|celebrate|commemorate) (?:the )?(?:[\w'’-]+ ){0,3}?(?-i:[A-Z])\w+ Day\b[^.;]{0,40}?\bparades?\b", re.I)
_PROTESTED_DEED = fastre.compile(
    r"\b(?:strike|strikes|protests?|protesting|march(?:es|ed)?|rall(?:y|ies|ied)|demonstrat\w+|sit-ins?)\s+(?:\w+\s+){0,2}?(?:against|over|condemning|denouncing)\s+(?:[\w'’-]+\s+){0,4}?(?:and|or)\s+(?:the\s+)?$", re.I)
_PLANTED_EVIDENCE = fastre.compile(
    r"\b(?:said|says|claimed|insisted|alleged|denied)\b[^.;]{0,60}\b(?:guns|weapons|firearms|grenades|arms|evidence|explosives)\b[^.;]{0,40}\b(?:were|had been) planted\b", re.I)
_BOUND_FOR = fastre.compile(
    r"\b(?:carrying|taking|ferrying|transporting|bringing)\s+(?:[\w'’-]+\s+){1,6}?to\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?"
    r"(?:(?!(?:staged|held|took|brought|blocked|fought|clashed|marched|protested|rallied)\b)[\w'’-]+\s+){0,4}$|"
    r"\b(?:bound|headed) for\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)
_PRICE_WORDS = fastre.compile(r"\b(?:prices?|tariffs?|fares?|budgets?|inflation|cost of living|percent|per cent|subsid\w+|taxe?s?)\b", re.I)
_ACCUSED_OF_BEFORE = fastre.compile(r"\b(?:accused|suspected|alleged|accusing (?:them|him|her)|on suspicion|on charges) of\s+(?:[\w-]+\s+)?$", re.I)
_TRADED_BEFORE = fastre.compile(r"\b(?:traded|trading|trade|exchanged|exchanging) (?:fierce |bitter |sharp |personal |angry |verbal |stinging |scathing )?(?:political )?$", re.I)
_NAME_WORD_BEFORE = fastre.compile(r"(?-i:[A-Z])[\w'’-]+\s+$")
_A_PAST_SPAN_BEFORE = fastre.compile(r"\b(?:during|in|of|since) the (?:19|20)\d\d\s?[-–/]\s?(?:\d\d|(?:19|20)\d\d) (?:[\w'’-]+ ){0,2}$", re.I)
_PROTESTED_OFFENSIVE = fastre.compile(r"\b(?:bandh|hartal|shutdown|strike|protests?|rall(?:y|ies)|marche?s?|demonstrations?|sit-ins?)['’\x22”]? (?:[\w-]+ ){0,3}?against (?:the |a )?(?:ongoing |continuing |continued |recent |latest |new |renewed )?(?:security |military |army |counter-insurgency |anti-Maoist |anti-rebel )?$", re.I)
_LIVE_ROUNDS = fastre.compile(r"\blive (?:rounds|ammunition|bullets|fire)\b", re.I)
_BODY_DUMPED = fastre.compile(
    r"\b(?:his|her|their) (?:[\w-]+ )?bod(?:y|ies) (?:was|were) (?:later )?(?:dumped|found|recovered|discovered|left)\b|"
    r"\bthe bod(?:y|ies) of (?:a|an|the)\b[^.;]{0,40}?\b(?:abducted|kidnapped|seized)\b[^.;]{0,60}?\b(?:has|have|had) been (?:found|recovered|discovered)\b", re.I)
_POLICE_PROPERTY_AFTER = fastre.compile(r"\s+(?:to |on )?(?:the |a |an |two |three |several )?(?:local )?(?:police (?:station|post|outpost|vehicles?|cars?|vans?|trucks?)s?|patrol cars?)\b", re.I)
_PEACEFUL_BEFORE = fastre.compile(r"\b(?:peaceful|non-?violent) (?:[\w-]+ )?$", re.I)
_PEACEFULLY_AFTER = fastre.compile(r"\s+peacefully\b", re.I)
_AS_CROWD_BEFORE = fastre.compile(r"\b(?:as|while) (?:a |the )?(?:[\w-]+ )?(?:crowds?|protesters|demonstrators|marchers|mourners|students) (?:were )?$", re.I)
_NEXT_DAY_AFTER = fastre.compile(r"\s+(?:on )?(?:the )?(?:next|following) (?:day|morning|evening)\b", re.I)
_AMBUSHED_CIVILIANS_AFTER = fastre.compile(
    r"\s+(?:a |an |the |two |three |four |five |\d+ )?(?:[\w-]+ )?(?:woman|women|children|child|girls?|boys?|family|families|farmers?|villagers|traders?|civilians|passengers|worshippers|pupils|students|teachers?|mourners)\b", re.I)
_POLICE_AMMO = fastre.compile(r"shotgun|pellet|birdshot|rubber|tear|warning shots", re.I)
_EXPLOSIVE_KINDS = frozenset({"Grenade", "Remote explosive/landmine/IED", "Suicide bomb", "Shelling/artillery/missile attack", "Air/drone strike"})
# "BNP and JeI activists attacked the vehicle ... during a BNP blockade": the attackers' own protest, not their victims'
_OWN_MARCH_BETWEEN = fastre.compile(r"\b(?:during|amid|as part of|while|in support of|enforcing|to enforce)\b", re.I)
_ARMED_FIGHT = fastre.compile(r"ambush|gun|fire|shoot|shot|battle|offensive|siege|counter", re.I)
# "fighting between the Luanyjang and Jalwau sections of Tonj East County": two named clans or
# sections, each a communal militia, fight (an armed clash, not a brawl)
NAMED_SECTIONS = fastre.compile(
    r"\bbetween (?:the )?(?P<a>(?-i:[A-Z][\w'’-]+)(?: (?-i:[A-Z][\w'’-]+))?) and (?:the )?(?P<b>(?-i:[A-Z][\w'’-]+)(?: (?-i:[A-Z][\w'’-]+))?) "
    r"(?:sub-?)?(?:sections|clans|age-?sets)\b", re.I)
_A_HOME_OF = fastre.compile(r"\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:home|house|residence|homestead)s?\s+of\b", re.I)
_VOWED_TO_KEEP = fastre.compile(r"\b(?:vow\w*|pledg\w*|promis\w*|swore|sworn|swear\w*)\b[^.;]{0,60}?\bto (?:keep|continue|go on|carry on) (?:on )?$", re.I)
_AT_A_HOME = fastre.compile(r"(?:\s+(?:at|in))?\s+(?:a |an |the |his |her |their |one )?(?:private |(?:[\w-]+ )?[\w'’-]+['’]s )?(?:home|house|residence|flat|apartment)\b", re.I)
# "a rally celebrating their win ..., and renewed their call to ban trawling": a celebration that presses a demand
_RENEWED_DEMAND = fastre.compile(r"\b(?:renew\w*|repeat\w*|reiterat\w*|press\w*|rais\w*) (?:their|its|the) (?:call|calls|demands?)\b", re.I)
_VEHICLES_AFTER = fastre.compile(
    r"(?:\s+and\s+(?:set fire to|burned|burnt|torched|set ablaze))?\s+(?:a |an |the |at least |several |some |two |three |four |five |\d+ )*(?:[\w-]+ )?"
    r"(?:trucks?|buses|bus|vehicles?|cars?|lorr(?:y|ies)|tractor-trailers?|trailers?|tankers?|pickups?|minibuses|vans?)\b", re.I)
_PEOPLE_ABOARD = fastre.compile(r"\b(?:passengers|hostages?|carrying (?:\d+|dozens|several|[a-z]+) (?:people|passengers)|drivers? (?:was|were) (?:taken|abducted|kidnapped|held))\b", re.I)
_VIGIL_FOR = fastre.compile(
    r"\b(?:vigils?|prayers?|prayer meetings?|rall(?:y|ies)|sit-ins?|human chains?|processions?)\b[^.;]{0,80}?\bfor (?:the )?(?:(?!(?:and|were|was|been|when|while|after|who|had)\b)[\w'’-]+ ){1,8}$", re.I)
# "approved amendments to the protest law": the law's name
_A_LAW_NAMED = fastre.compile(r"\s+(?:laws?|bills?|legislation|ordinances?|decrees?|rules)\b", re.I)
_AFTER_A_CAUSE_AND = fastre.compile(r"\b(?:after|following) (?:a|an|the|his|her|their) (?:[\w'’-]+ ){0,3}(?:shot|beaten|stabbed|hit|attacked|assaulted) and $", re.I)
# "... after a commercial motorcyclist was allegedly shot dead by an officer"
_AFTER_A_CAUSE_WAS = fastre.compile(AFTER_SOMEONE_WAS + "$", re.I)
_HAD_BEEN_HELD = fastre.compile(r"\b(?:who|whom|that) (?:had been|were) $|\b(?:it|they|he|she) had $", re.I)
_LIVE_FIRE = fastre.compile(r"\b(?:fire|fired|firing|live (?:ammunition|rounds|bullets)|bullets?|shots)\b", re.I)
# an army's leaflets over a war zone ("dropped leaflets ... ordering residents to evacuate") are its act of war
_LEAFLETS = fastre.compile(r"\b(?:leaflets|pamphlets|flyers)\b", re.I)
# an armed group's rule over residents, a strategic development only when an armed group makes it (a
# government's curfew, evacuation order, amnesty or drills are no event): a curfew or a ban on movement,
# an order or ultimatum to leave ("ordered villagers to vacate"), a release of detainees or prisoners,
# leaflets that warn or order residents, a parade "in a show of force"
_ARMED_GROUP_RULE = fastre.compile(r"\b(?:curfew|levy|levies|tax|taxes|sit-at-home|stay-at-home|ban on|ultimatum|show of force|leaflets|pamphlets|flyers|night letters|tracts|checkpoints?|roadblocks?|check posts?|barricades?)\b|^order(?:ed|ing) (?:the )?(?:residents|villagers|inhabitants|families|people|population|communities)\b|(?:detainees|prisoners)$", re.I)
# a boycott or strike told as a rule that someone defied or an armed group ordered, not as a protest
_ORDER_DEFIED_OR_GIVEN = fastre.compile(r"\b(?:defy\w*|defied|violat\w+|flout\w*|ignor\w+|break\w*|broke|(?:separatists?|fighters|militants|rebels|gunmen) (?:who )?(?:have |had )?(?:ordered|imposed)) (?:a|an|the|their|its|his|her) (?:[\w'’-]+ ){0,2}$", re.I)
_TOLD_AS_EARLIER = fastre.compile(r"\s+(?:(?:two|three|four|five|six|several|a few|\d+) (?:days|weeks|months)|a (?:day|week|month)) (?:earlier|ago|before)\b|\s+(?:on )?the (?:previous|preceding) (?:day|night|week)\b|\s+the day before\b", re.I)
BOMBS_IN_BLOCKADE_FROM = 2022
_DURING_THE = fastre.compile(r"\bduring (?:the|an?|their) (?:(?:first|second|third|fourth|fifth|final|last|next) phase of (?:the |an? )?)?(?:[\w'’-]+ ){0,3}$|\b(?:on )?the \w+ (?:day|morning|night|evening) of (?:the|an?|their) (?:[\w'’-]+ ){0,3}$", re.I)
_BLOCKADERS = fastre.compile(r"\b(?:activists|supporters|cadres|leaders|workers|protesters|demonstrators|pickete?rs|blockaders)\b", re.I)
# "on the eve of a hartal": before it is held (assemble's bombing rule reads the same words before the hartal)
EVE_OF = r"\b(?:on the eve of|in the (?:run-up|lead-up|build-up) to) (?:a |an |the |their |its )?(?:[\w'’-]+ ){0,3}?"
EVE_OF_BEFORE = fastre.compile(EVE_OF + "$", re.I)
_WHICH_HAS = fastre.compile(r"\b(?:which|that) (?:has |have |had )?(?:\w+ )?$", re.I)
_ACCUSED_OF_PLAN = fastre.compile(r"\b(?:trial|tried|indicted|charged|convicted|sentenced|prosecut\w+)\b[^.;]{0,60}?\baccused of (?:[\w-]+ ){0,3}?(?:plann?\w*|plotting|preparing|conspiring|helping)\s+(?:[\w-]+\s+){0,5}$", re.I)
_CROWD_DEED = fastre.compile(r"\b(?:march\w*|rall(?:y|ies|ied)|protest\w*|demonstrat\w+|gather\w*|processions?|sit-ins?|chant\w*|took to the streets|throng\w*|"
                         r"crowds?|hundreds|thousands|supporters|activists|members|people)\b", re.I)
_RALLY_OF_A_YEAR = fastre.compile(r"\b(?:a|an|the) (?:19|20)\d\d (?:[\w-]+ )?$", re.I)
_TOLD_A_RALLY = fastre.compile(r"\b(?:telling|told|tells) (?:a|an|the) (?:[\w-]+ )?$|\b(?:recruitment|enlistment|job|jobs|career|employment) $", re.I)
_SHOWN_OFF = fastre.compile(r"\b(?:parade|display|exhibition|show|array|convoy|column) of (?:the )?$|\b(?:displayed|paraded|showcased|exhibited|showed off|showing off) (?:the |its |their )?$", re.I)
_SPOILS_AFTER = fastre.compile(r"\s+(?:[\w-]+\s+)?(?:vehicles|tanks|weapons|equipment|arms|hardware|armou?r|trophies|guns|munitions|helicopters|aircraft)\b", re.I)
_NOUN_ACCUSED_OF = fastre.compile(r"\b(?:a|an|the|two|three)\s+(?:[\w-]+\s+){0,2}?(?:man|men|youth|youths|boy|teacher|person|people|suspect|suspects|cleric|imam|driver|guard|"
                                  r"neighbou?r|relative|worker)\s+(?:who\s+(?:was|had\s+been)\s+)?(?:accused|suspected)\s+of\s+(?:allegedly\s+)?$", re.I)
_HELD_IN_SECRET = fastre.compile(r"\b(?:ha(?:ve|s) not (?:said|disclosed|revealed|confirmed) where (?:he|she|they) (?:is|are|was|were) (?:being )?held|"
                                 r"whereabouts (?:remain|remained|are|is) (?:still )?unknown|(?:ha(?:ve|s)|had) (?:had |received )?no (?:word|news) (?:of|about|on) (?:his|her|their) whereabouts|"
                                 r"(?:ha(?:ve|s)|had) (?:had |received |been given )?no (?:information|word|news) (?:about|on|of|as to) where (?:he|she|they) (?:is|are|was|were) (?:being )?(?:held|detained|kept)|"
                                 r"refused to (?:disclose|say|reveal) where (?:he|she|they) (?:is|are|was|were) (?:being )?(?:held|detained|kept))\b", re.I)
_AFTER_THEY_PROTESTED = fastre.compile(r"[^.;]{0,60}?\bafter (?:hundreds of |thousands of |dozens of )?(?:residents|people|protesters|demonstrators|crowds?|villagers|workers|students)\b"
                                       r"[^.;]{0,40}?\b(?:took to the streets|protested|marched|demonstrated|rallied)\b", re.I)
_CONCERN_OVER = fastre.compile(r"\b(?:concern|alarm|worry)\W?\s+(?:over|about|at|regarding) (?:the )?(?:escalation|upsurge|resurgence|intensification|renewed|ongoing|continued) (?:of )?(?:[\w-]+ )?$", re.I)
_INVOLVED_IN = fastre.compile(r"\b(?:(?:alleged|suspected|his|her|their) (?:involvement|role)|complicity|implicated) in (?:the |a |an |recent |past )?(?:[\w-]+ )?$|"
                           r"\b(?:had been|has been|was|were|is|are) involved in (?:several|a number of|many|numerous|past|previous|earlier) (?:[\w-]+ )?$", re.I)
_CIVIL_VEHICLE_AFTER = fastre.compile(r"\s+(?:an? |the )?(?:passenger |commuter |civilian |private |public |commercial )(?:vehicle|bus|minibus|car|truck|lorry|taxi|van)s?\b", re.I)
_BOX_OFFICE_AFTER = fastre.compile(r"\s+(?:[\w-]+\s+)?(?:at|on) the box[- ]office\b", re.I)
_REPORT_ON_YEARS = fastre.compile(r"\bin a (?:new |damning |annual )?report\b[^.;]{0,160}?\b(?:in recent years|over the (?:past|last) (?:\w+ )?(?:years?|decade|months))\b", re.I)
_MAKING_AFTER = fastre.compile(r"-?(?:making|manufacturing) (?:materials|equipment|components|kits?|parts)\b", re.I)
_NO_FIGHT_AFTER = fastre.compile(r"\s+(?:[\w-]+\s+){0,4}?without (?:any |a )?(?:reported )?(?:fighting|fight|resistance|clashes|shots? (?:being )?fired|bloodshed)\b", re.I)
_COVERAGE_OF = fastre.compile(r"\b(?:coverage of|covering|reporting on|reports? on|footage of|photographs? of|posts? about|livestream(?:ing|ed)? of) (?:the |recent |last \w+'?s? )?(?:[\w-]+ )?$", re.I)
_COURT_ORDERED_STOP = fastre.compile(r"\b(?:court|tribunal|judge)\b[^.;]{0,60}\b(?:ordered|directed|told|barred|restrained)\b[^.;]{0,80}?\b(?:call off|end|suspend|stop|return to work|resume work)", re.I)
_LIFTING_OF = fastre.compile(r"\b(?:lift(?:ing|ed)?|end(?:ing|ed)?|eas(?:ing|ed)) (?:of )?(?:the |a |its |their )?(?:[\w-]+ )?$", re.I)
_ACCUSED_OF_ROLE = fastre.compile(r"\baccused (?:[\w-]+ ){0,3}?of (?:being involved in|involvement in|(?:having )?(?:taken|taking) part in|"
                                   r"participating in|(?:his|her|their|a) role in|(?:having )?(?:led|leading|ordered|ordering|orchestrat\w+)) (?:[\w-]+ ){0,3}?$", re.I)
_FORCES_BEFORE = fastre.compile(r"\b(?:police(?:men)?|army|soldiers|troops|personnel|forces|officers|guards|gendarmes|RAB|BGB)\s+(?:(?:personnel|officers|men|also|then|had|quickly)\s+){0,2}$", re.I)
_OVER_CRACKDOWN = fastre.compile(r"\b(?:over|for|condemn\w*|denounc\w*|criticis\w*|criticiz\w*)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w-]+\s+)?crackdowns?\s+(?:on|against)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
# "family members of people killed during the July uprising formed a human chain": the dead are the protest's cause
_RELATIVES_OF_VICTIMS = fastre.compile(
    r"\b(?:family members|relatives|families|parents|widows|mothers|kin) of (?:the )?(?:[\w-]+ ){0,2}?(?:people|those|victims|students|protesters|activists|youths|martyrs|men|workers)(?: who were)?\s+$|"
    r"\b(?:the )?(?:family|relatives|parents) of (?:a|an) (?:young )?(?:man|woman|student|boy|girl|youth|teacher|activist|worker)\b[^.;]{0,110}?$", re.I)
_RELATIVES_OF_NAMED = fastre.compile(
    r"\b(?:family members|relatives|families|family|parents|mother|father|widow|wife|sons?|daughters?|brothers?|sisters?|heirs) of "
    r"(?:(?-i:[A-Z])[\w'’-]*\s+){1,4}?(?:(?-i:[A-Z])[\w'’-]*),\s+(?:[\w-]+\s+){0,8}$", re.I)
_HISTORIC_WAR = fastre.compile(r"\b(?:Spanish|American|Greek|Finnish|Irish) Civil War\b|\bthe (?:19\d0s|200\ds) (?:[\w-]+ )?(?:wars?|conflict)\b|\b(?:wars?|conflict) of the (?:19\d0s|200\ds)\b|\bduring the (?:[\w-]+ )?(?:19|20)\d0s\b|\b(?:1[0-9]|[2-9])(?:st|nd|rd|th)[- ]century\b|\barchaeolog\w+|\b(?:First|Second) World War\b|\bWorld War (?:I|II|One|Two)\b|\b(?:Franco['’]s|Francoist|Franco regime|Khmer Rouge|Pinochet (?:era|regime|dictatorship)|Nazi (?:era|Germany|occupation))\b|\bfrom (?:the )?(?:18|19)\d\d\b|\bthe (?:19\d\d|200\d)[-–](?:19)?\d\d (?:war|civil war|conflict)\b|\b(?:victims|survivors) of (?:the|a|an) (?:19\d\d|200\d)(?:[-–](?:19|20)?\d\d)? (?:[\w'’-]+ ){0,2}?(?:massacre|war|genocide|conflict|killings)\b", re.I)
_WORKS_SUPPORTING = fastre.compile(r"\b(?:songs?|posts?|comments?|videos?|articles?|tweets?|messages?|lyrics|poems?|cartoons?)\s+(?:[\w-]+\s+){0,2}?(?:supporting|backing|praising|glorifying|about|on)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
_MISSILE_TEST = fastre.compile(r"\bfired (?:[\w-]+ ){0,4}?missiles? (?:off (?:its|the) (?:\w+ )?coast|into (?:the )?(?:sea|waters|ocean))\b|\b(?:missile|weapons?) (?:tests?|test-firing|test launch(?:es)?)\b|\b(?:training|test|trial) launch(?:es)? of\b|\b(?:string|series) of (?:missile )?launches\b", re.I)
_NO_DEAL = fastre.compile(r"\bno (?:\w+ )?(?:agreement|deal|accord)\b|\bfail\w* to (?:reach|agree|sign)\b", re.I)
_CIVIL_DEAL = fastre.compile(r"\b(?:grant|loan|trade|investment|financing|credit|cooperation|economic|visa|tax|energy|gas|oil|aviation|fisheries|free[- ]trade|customs|debt|procurement|purchase) (?:agreements?|deals?|accords?|pacts?|memorand(?:um|a))\b", re.I)
# "signed a memorandum on academic exchanges": the memorandum's civil subject, told after it
_CIVIL_SUBJECT_AFTER = fastre.compile(r"\s+(?:of understanding\s+)?on (?:[\w-]+ ){0,2}?(?:academic|trade|cultural|educational|economic|energy|tourism|health|scientific|technical|investment|student)\b|"
                                  r"\s+(?:of understanding\s+)?(?:on \w+day\s+)?to (?:extend|build|construct|upgrade|expand|develop|finance|fund) (?:the |a |an )?(?:[\w-]+ ){0,3}?(?:railway|railroad|road|highway|pipeline|port|airport|bridge|dam|power|grid|line)\b", re.I)
_SUSPECTED_PRO = fastre.compile(r"\bsuspect\w*\s+(?:that\s+)?(?:the\s+|some\s+)?(?:pro|anti)-$", re.I)
_CONDEMNED_AS = fastre.compile(r"\b(?:condemn\w*|deplor\w*|denounc\w*|decr(?:y|ies|ied|ying))\s+what\s+(?:he|she|they|it|the\s+\w+)\s+(?:called|calls|described as|termed)\s+(?:an?\s+|the\s+)?['‘\x22“]?(?:[\w-]+['’\x22”]?\s+){0,2}$"
                           # "vowing to defend Alawite villages against what it called sectarian attacks"
                           r"|\b(?:against|from|over|about) what (?:he|she|they|it) (?:called|calls|termed|described as) (?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$"
                           # "a move Palestinian officials denounced as an assault on their statehood"
                           r"|\b(?:a |the )?(?:move|decision|plan|policy|law|bill|ruling|measure|step)\b[^.;]{0,50}?\b(?:denounc\w*|condemn\w*|decried|branded|described|called)\s+as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_TOOK_A = fastre.compile(r"\b(?:took|take|takes|taking|suffered|suffers|got) (?:an?|another) (?:\w+ )?$", re.I)
_MARKET_WORDS = fastre.compile(r"\b(?:shares|stocks|markets?|bourses?|index|indices|currenc(?:y|ies)|bonds|investors|traders|exporters|Nikkei|Dow|Nasdaq|FTSE|DAX|Sensex|rupee|naira|peso|lira|yen|cedi|ringgit|rand)\b", re.I)
_THE_RAID = fastre.compile(r"raids?", re.I)
_THE_ATTACK = fastre.compile(r"attacks?", re.I)
_SWOOPED_ON_PROTEST = fastre.compile(r"\b(?:swooped|pounced) (?:up)?on (?:a |an |the )?(?:[\w'’-]+ ){0,3}?(?:procession|rally|march|human chain|sit-in)\b", re.I)
_FELL_BACK = fastre.compile(r"\b(?:fell back|retreated|withdrew|pulled back|pulled out|fled)\b", re.I)
_END_CALLED_FOR = fastre.compile(r"\b(?:calling|called|calls|call|demanding|demanded|demand) for an end to (?:[\w'’-]+,? ){0,5}?(?:and |or )?$", re.I)
_COMMEMORATED_YEAR = fastre.compile(r"\b(?:anniversary of|commemorat\w+|remember\w*|mark(?:ed|ing)?) (?:the )?(?:\d+\w* anniversary of the )?(?:19|20)\d\d\b[^.;]{0,80}?\b(?:in which|during which|when)\b[^.;]{0,80}$", re.I)
_TO_COMMEMORATE_YEAR = fastre.compile(r"\bto (?:commemorate|mark|remember) (?:the )?(?:\d+\w* anniversary of the )?(?:19|20)\d\d\b", re.I)
_SINCE_IN_A_PAST_YEAR = fastre.compile(r"[^.;]{0,40}?\bin (?:19|20)\d\d\b", re.I)
_SUSPECTED_OF_GUIDING = fastre.compile(
    r"\b(?:suspected|accused|charged|convicted) (?:him |her |them )?(?:of|with) (?:guiding|directing|spotting|correcting|adjusting|coordinating|helping|aiding|assisting|facilitating|preparing|plotting|planning) (?:the )?(?:[\w-]+ ){0,2}$", re.I)
_GRAVE_OPENED = fastre.compile(r"\b(?:exhum\w*|unearth\w*|excavat\w*)\b[^.;]{0,80}\b(?:mass|clandestine|secret|common) graves?\b", re.I)
_OCCUPIED_PLACE = fastre.compile(r"\b(?:across|in|of|from|into|inside|throughout|near|around|to) (?:the )?$", re.I)
_PEOPLE_CAPTURED_BEFORE = fastre.compile(r"\b(?:guards|soldiers|fighters|troops|servicemen|marines|sailors|seamen|crew|pilots|policemen|men|women|prisoners|people|civilians|defenders|officers|hostages|prisoners of war|POWs)\s+$", re.I)
_DESCRIBING_AS = fastre.compile(r"\bdescrib\w+ [^.;]{0,60}? as ['‘\x22“][^'’\x22”.;]{0,60}['’\x22”]", re.I)
_OF_GAS_AFTER = fastre.compile(r"\s+of\s+(?:tear ?gas|rubber|blanks?|sound|stun|pepper)", re.I)
_AT_FORCES_AFTER = fastre.compile(r"\s+at\s+(?:the\s+)?(?:riot\s+)?(?:police|policemen|officers|gendarmes|security forces|troops|soldiers)\b", re.I)
_HOAX = fastre.compile(r"\b(?:faked|staged|feigned|fabricated) (?:his|her|their) own (?:kidnapping|abduction|disappearance)\b", re.I)
_TO_TACKLE_BEFORE = fastre.compile(r"\bto (?:tackle|combat|fight|curb|address|counter|end|check|stem|halt) (?:the )?(?:[\w-]+ ){0,2}?(?:and |or )?$", re.I)
_CABINET_WORDS = fastre.compile(r"\b(?:cabinet|ministers?|prime minister|parliament|sworn in|swearing in|swore in)\b", re.I)
_SURRENDERED_EARLIER_AFTER = fastre.compile(
    r"(?:\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?(?:authorities|police|army|military|security forces|troops|government))?\s+(?:last (?:year|month|week)|in (?:19|20)\d\d|earlier this year|(?:months|years) ago)\b", re.I)
_FORMER = fastre.compile(r"\bformer\b", re.I)
_HE_HAD_BEFORE = fastre.compile(r"\bthat (?:he|she) (?:had )?$", re.I)
_CALLED_IT_BEFORE = fastre.compile(r"\b(?:denounc\w+|call\w*|describ\w+|condemn\w*|term\w*|label\w*)\b[^.;]{0,30}?(?:\bas )?(?:an? )?['‘\x22“](?:[\w-]+ )?$", re.I)
_PRISON_WORDS = fastre.compile(r"\b(?:prisons?|penitentiar(?:y|ies)|jails?|inmates|prisoners|detention cent(?:re|er)s?|cell ?blocks?|pavilions?)\b", re.I)
_KEPT_FOR_BEFORE = fastre.compile(r"\b(?:stockpiled|stored|kept|meant|intended|prepared|collected|hoarded|amassed) for (?:a |an |the |use in (?:a |an |the )?)?(?:[\w-]+ ){0,2}$", re.I)
_OF_AN_BEFORE = fastre.compile(r"\bof (?:an?|the) $", re.I)
_AIMING_FOR_BEFORE = fastre.compile(r"\b(?:aiming|aimed|seeking|hoping|pushing|pressing|working) (?:for|at|to (?:secure|reach|agree on|broker)) (?:a |an |the )?(?:[\w-]+ ){0,2}$", re.I)
_WHICH_IS_BEFORE = fastre.compile(r",\s+(?:which|who|whose (?:[\w-]+ ){0,2}?)(?:is|are|has been|have been|have|has|had) (?:still |repeatedly |long |often )?$", re.I)
_PROTESTED_FORCE_BEFORE = fastre.compile(
    r"\b(?:protest\w*|rall(?:y|ies)|demonstrat\w+|sit-ins?|march\w*)\b[^.;]{0,80}?\b(?:against|over|condemning|denouncing)\s+(?:(?:[\w'’-]+\s+){0,7}?(?:and|or)\s+)?(?:the\s+)?$", re.I)
_PROPERTY_OF_AFTER = fastre.compile(r"\s+(?:the |a |an )?(?:[\w-]+ ){0,2}?(?:shop|business|store|pharmacy|restaurant|hotel|godown|warehouse)s? of\b", re.I)
_FORCES_AFTER = fastre.compile(r"\s+(?:the\s+)?(?:riot\s+)?(?:police|policemen|officers|gendarmes|security forces|troops|soldiers)\b", re.I)
_THE_BEFORE = fastre.compile(r"\bthe (?:arson |hate |suspected |latest )?$", re.I)
# the cause of a crowd's violence, told after it: "following an alleged sexual assault"
_ALLEGED_CAUSE_BEFORE = fastre.compile(r"\b(?:following|after|over) (?:an? |the )?(?:alleged|reported|suspected|rumou?red) $", re.I)
_BARRIER_WORDS = fastre.compile(r"\b(?:put up|erected|set up|placed|installed)\b[^.;]*\bbarri(?:cades?|ers?)\b", re.I)
_FORCES_SUBJECT_BEFORE = fastre.compile(
    r"\s*(?:the\s+)?(?:riot\s+)?(?:police|policemen|officers|authorities|troops|soldiers|security forces|gendarmes)\b(?:\s+in\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:have\s+|had\s+)?$", re.I)
_AT_THE_VENUE_BEFORE = fastre.compile(r"\b(?:near|at|outside|close to|beside) the (?:meeting |rally |programme |proposed )?venue of (?:a |an |the )?(?:[\w'’-]+ ){0,4}$", re.I)
_PARDONED_BEFORE = fastre.compile(r"\bpardon(?:ed|s|ing)?\b[^.;]{0,140}$", re.I)
_NEITHER_BEFORE = fastre.compile(r"(?:^|\W)(?:neither|no) $", re.I)
_TOOK_PLACE_AFTER = fastre.compile(r"\s+(?:took place|was held|were held|went ahead|happened)\b", re.I)
_GUNMAN_NOUN = fastre.compile(r"shooters?|gunm[ae]n", re.I)
_MARKET_MOVE_AFTER = fastre.compile(r"\s+(?:higher|lower|upwards?|downwards?)\b", re.I)
_AGREEMENT_ENDED = fastre.compile(r"(?:end|ending|ended|ends|scrap\w*|abandon\w*|call\w* off|withdr\w* from) ", re.I)
_ARREST_START = fastre.compile(r"(?:arrested|detained|picked up|rounded up)\b", re.I)
_BEFORE_THE_RALLY = fastre.compile(r"\b(?:(?:\w+ )?(?:days?|hours?|weeks?)|a day|the (?:day|night)) (?:before|ahead of) (?:the|a|an|its|their|his|her) (?:[\w'’-]+ ){0,3}?(?:rall(?:y|ies)|march|protests?|programmes?|demonstrations?|processions?|gatherings?|meetings?)\b", re.I)
_TO_PREVENT = fastre.compile(r"\b(?:meant|aimed|intended|designed|in order|an attempt|a bid) to (?:prevent|stop|thwart|foil|disrupt|sabotage) (?:the |a |an |its |their |his |her )?(?:[\w'’-]+ ){0,2}$", re.I)
_LEFT_FROM = fastre.compile(r"\b(?:left(?: over| behind)?|leftover|remnants?|remaining|laid|planted) (?:from|during|in) (?:the |an? )?(?:(?:earlier|previous|past|former|old|last year's|years of|decades of) )?$", re.I)
_CROWD_GATHERED = fastre.compile(r"(?:people|residents|locals|villagers|crowds?|youths|men)\b[^.;]{0,20}\b(?:gathered|assembled) (?:in|at|outside|near|in front of)$", re.I)
_GATHERED_AT = fastre.compile(r"\b(?:gathered|assembled) (?:in|at|outside|near|in front of)$", re.I)
_MOURNING = fastre.compile(r"\b(?:memorial|anniversary|to mark (?:[\w-]+ ){1,3}years? since|commemorat\w+|mass|prayers|wreaths?|minute of silence|candles|cemetery|graves?)\b", re.I)
_PRESSING = fastre.compile(r"\[size=|\b(?:demand\w*|protest\w*|(?<!genocide )(?<!crimes )(?<!atrocities )against|justice|accountability|call(?:s|ing|ed)? for|reject\w*|oppos\w+|support\w*|solidarity|slogans?|placards?|banners?|chant\w*|rall(?:y|ies)|(?-i:march\w*)|condemn\w*|denounc\w*|urg\w+|release|recovery)\b", re.I)
_STRIKE_WORD = fastre.compile(r"(?:(?:started|began|staged|held|went on|observed|enforced) )?(?:an? |the |their )?(?:[\w-]+ )?(?:strikes?|work stoppages?|walk-?outs?)", re.I)
_STAY_HOME = fastre.compile(r"\b(?:stay(?:ed|ing)? (?:at )?home|stay(?:ed|ing)? away from (?:work|their (?:posts|jobs|offices|duties))|stay-at-home)\b", re.I)
_CLAIMED_THE = fastre.compile(r"\bclaimed (?:responsibility for )?the (?:[\w'’-]+ ){0,2}$", re.I)


# a protest after an accident: hurt in the accident, unless the protesters are said to be hurt
_PROTESTERS_HURT = fastre.compile(r"\b(?:protesters|demonstrators|marchers|participants)\b[^.;]{0,40}\b(?:injured|wounded|hurt)\b", re.I)
# kinds of trigger that "days after" an earlier deed can make background
_TOLD_AFTER_KINDS = _VIOLENT_TRIGGERS | {"_protest", "_territory", "_capture", "Non-violent transfer of territory"}
_HARD = {"Suicide bomb", "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade",
         "Chemical weapon", "Abduction/forced disappearance", "Sexual violence", "_protest", "_capture"}


def find_triggers(doc: Document) -> list[Trigger]:
    """Every trigger in ``doc``, in text order."""
    out: list[Trigger] = []
    labelled = note_label(doc.text)
    if labelled is not None and doc.sentences:
        label = _LABEL.match(doc.text)
        out.append(Trigger(span=_span(0, label), text=label.group(1), sentence=0, sub_event_type=labelled))
    if not doc.sentences:
        return out
    text = doc.text
    # each sub-type's pattern over the whole text (cheaper than sentence by sentence), searched
    # only in the branches whose words occur; a match that runs past the end of its sentence is
    # dropped, as a per-sentence search would
    lower = text.lower()

    def unanchored(name: str) -> bool:
        anchors = _ANCHORS.get(name)
        return anchors is not None and not any(a in lower for a in anchors)

    for name, m in _SCANNER.finditer(text, skip=unanchored):
        sent = doc.sentence_at(m.start())
        if m.start() < sent.start or m.end() > sent.end:
            continue
        out.append(Trigger(span=_span(0, m), text=m.group(0), sub_event_type=name, sentence=sent.index))
    out.sort(key=lambda t: t.span.start)
    return out


def _span(offset: int, m: re.Match):
    from .models import Span

    return Span(offset + m.start(), offset + m.end())


@dataclass(frozen=True)
class TypingInput:
    """What the typing rules need to know about one event."""

    triggers: list[Trigger]
    killed: int  # best fatality figure for the event
    injured: bool
    actor_kinds: frozenset[str]  # kinds of the named or generic actors on either side
    two_sided: bool  # two armed sides fight (both can shoot back)
    victims_civilian: bool
    protesters_killed: bool = False
    perp_kind: str | None = None  # kind of the side that acts (actor 1), when known
    armed: bool = False  # the report says the sides bore arms ("both groups were armed", "stabbed")
    crowd_size: bool = False  # the note carries ACLED's crowd-size tag ("[size=no report]")
    maimed: bool = False  # someone was blinded or critically hurt ("one lost the sight of an eye")
    got_through: bool = False  # some of the drones or missiles were not intercepted ("but several got through")
    fought_police: bool = False  # the crowd fought the police ("clashed with gardaí", "clashed with police")
    text: str = ""  # the document's text (the triggers' spans index it)


# harm done by hand or gun, beside which a thrown bomb is only one weapon of an attack
# serious harm (ACLED's excessive force: lethal force or serious injuries)
MAIMED = fastre.compile(
    r"\bseverely (?:beat|beaten|injured|wounded|assaulted)\b|\bhead injuries\b|\blost (?:the )?(?:sight|vision|use) of\b|\blost (?:an|one|his|her|their|both) (?:eyes?|legs?|arms?|hands?)\b|\bblinded\b|"
    r"\bpellet wounds? (?:to|in) (?:the |their |his |her )?eyes?\b|\bfractur(?:es|ed)\b|\bbroken (?:bones|limbs|skulls?|arms?|legs?|ribs)\b|\blost (?:the )?(?:sight|vision) in\b|\bcritically (?:injured|wounded|hurt)\b|\b(?:some|several|many|one|two|three|four|five|\d+) (?:of them )?critically\b|\bin (?:a )?critical condition\b|\blife-threatening (?:injuries|wounds)\b", re.I)
_HANDS_ON = fastre.compile(
    r"(?:hack|stabb|chopp|strangl|beat|assault|shot|gunned|attacked|vandali|set (?:\w+ ){0,4}(?:on )?(?:fire|afire|ablaze)|"
    r"fired (?:\w+ )?(?:shots|gunshots|bullets|at|on|upon)|open(?:ed)? fire|gunshots?)", re.I
)
_INCENDIARY = fastre.compile(r"petrol|molotov|cocktail|fire ?bomb|incendiar", re.I)
_HELD = fastre.compile(r"\b(?:remained|stayed) on the (?:island|islands|hill|hilltop|peninsula)\b|\boccupied\b[^.;]*\bsince\b|(?:over|for) (?:the )?(?:following|next|several|two|three) (?:days|weeks)|control|\bhold|\bheld\b|takeover|administration|hands|flags?|outposts?|posts?|garrisons?|barracks|headquarters|still (?:holding|occupying|in)|town|city|village|hamlet|neighbou?rhood|district|territory|region|province|county|township|(?-i:[A-Z])", re.I)
_THROWN = fastre.compile(r"crude|cocktail|petrol bomb|explod|blast", re.I)
_EXCHANGE = fastre.compile(
    r"gun ?fights?|gun ?battles?|fire ?fights?|exchanges? of fire|exchanged|traded|shoot[- ]?outs?|gunfire between|"
    r"(?:fired|opened fire|shot|shooting) (?:[\w-]+ ){0,5}?at (?:each other|one another)|"
    r"(?:answered|responded|replied) with (?:(?:pistol|rifle|gun|small[- ]arms|automatic|machine[- ]gun|return|live|their own) )?(?:fire(?! (?:extinguishers?|hoses?|trucks?|engines?))|gunfire|gunshots|shots|bullets)|both sides (?:firing|fired|opened fire)", re.I)
# lethal arms in an assault: blades and guns, not the sticks and rods of a brawl
_BLADES = fastre.compile(r"hack|stab|chopp|machete|sharp|knife|knives|dagger|sword|ramdao|shot|gun|pistol|bullet", re.I)
_FIREARMS = fastre.compile(r"gun|fire|bullet|shot|shoot|pistol|rifle|battle", re.I)


# force that names the crowd it met ("opened fire on participants", "baton-charged the marchers")
# "detained 98 people as supporters of the movement blocked intersections": the force names a protest
_FORCE_AS_THEY = fastre.compile(r"\b(?:as|while|when)\b.*\b(?:sat|marched|rallied|protested|demonstrated|chanted|blocked)$", re.I)
# "National Guard fired at Protesters (Venezuela) rejecting the results": force whose object is the marchers
_AT_PROTESTERS = fastre.compile(r"\b(?:at|on|upon|into) (?:the )?(?:protesters|demonstrators|marchers)$", re.I)
_AT_CROWD = fastre.compile(r"\b(?:protesters|demonstrators|marchers|participants|crowds?|processions?|rall(?:y|ies)|sit-ins?|march(?:es)?|gatherings?|mourners)\b", re.I)
_PELTED = fastre.compile(r"pelted|ston(?:ed|ing)|stone[- ]pelting|hurl|threw|brick|fired fireworks|fireworks|firecrackers|flares|(?:projectiles|missiles|rocks|bottles|stones|bricks)", re.I)
_STONES_AT = fastre.compile(r"pelt(?:ed|ing) (?:the )?(?:riot |anti-riot )?(?:police|policemen|officers|security forces|forces|troops|soldiers)\b|"
                            r"(?:threw|hurled|pelting|pelted) (?:\w+ ){0,2}stones at", re.I)
_CROWD_CONTROL = fastre.compile(r"tear ?(?:gas|shells?)|rubber bullets?|water ?cannons?|dispers|baton|lathi|pepper|stun grenade|sound grenade", re.I)
_ARREST_WORD = fastre.compile(r"(?:arrested|detained|picked up|rounded up|held|took|taking|taken)\b", re.I)
_NON_LETHAL = fastre.compile(r"rubber|blank|tear|warning|air|(?<!shotgun )pellet|sound", re.I)  # "fired tear gas shells", "fired rubber bullets"
# whom an attack hits: "attacked students protesting the quota system", "attacked a procession"
_PROTEST_OBJECT = fastre.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:students|protesters|demonstrators|marchers|activists|supporters|people)\s+(?:who were\s+)?(?:protesting|demonstrating|marching|rallying|holding)\b|"
    r"\s+(?:a |an |the )?(?:[\w'’-]+\s+){0,3}?(?:rally|procession|march|protest|demonstration|human chain|sit-in)\b", re.I)
# between an arrest and the protest it stops: "... who had blocked", "... as wives of soldiers laid flowers"
_ARRESTED_PROTESTERS = fastre.compile(
    r"\bwho (?:had |were |was |have )?(?:[\w-]+ )?(?:to )?$|\b(?:taking part|participating) in (?:an? |the |their )?(?:[\w'’-]+ ){0,4}?$|\bwho (?:had |were |was )?(?:walking|marching|heading|travell?ing|going|gathering)\b[^.;]{0,60}?\bto $|\b(?:as|when) (?:[\w'’-]+ ){0,4}?(?:people|supporters|protesters|demonstrators|activists|wives|mothers|"
    r"relatives|families|students|workers|residents|women|men|crowds?|hundreds|thousands|dozens)\b", re.I)
_DEMONSTRATION_TYPES = {"Peaceful protest", "Protest with intervention", "Excessive force against protesters", "Violent demonstration", "Mob violence"}


_ASSAULT_AFTER = fastre.compile(r"(?:followed by|then launched|before launching|and launched|and then) ", re.I)


def _taken_and_held(t: Trigger) -> bool:
    """A trigger that says control of a place was taken ("seized control of", "seized Mirebalais")."""
    return t.sub_event_type in {"_territory", "_capture"} and bool(
        fastre.search(r"\bcontrol\b|\b(?:now|still) (?:held|holds?)\b", t.text, re.I) or t.sub_event_type == "_capture" and fastre.match(
            r"seized (?:[\w'’-]+ ){1,4}and the (?:town|city|village|commune|locality)$", t.text)  # "seized the gendarmerie post and the town"
        # "drove out an army detachment from Lulingu, then occupied the village"
        or t.sub_event_type == "_capture" and fastre.match(r"(?:then|and) occupied the (?:town|city|village|commune|locality)$", t.text)
        or t.sub_event_type == "_territory" and fastre.match(
            r"seized (?:(?-i:[A-Z])|the (?:town|city|village|commune|locality|district (?:capital|headquarters)) of (?-i:[A-Z]))", t.text))


def classify(inp: TypingInput) -> str | None:
    """ACLED sub_event_type for one event, or None when the triggers describe no event."""
    if not inp.actor_kinds & {"state_military", "state_police"} and any(
            t.sub_event_type == "_clash_words" and _ASSAULT_AFTER.match(t.text) for t in inp.triggers):
        # "rammed a truck bomb into the post, followed by an armed assault": a battle when the post's
        # troops or police fight it, not when the gunmen's targets are civilians
        inp = replace(inp, triggers=[t for t in inp.triggers if not (t.sub_event_type == "_clash_words" and _ASSAULT_AFTER.match(t.text))])
    sub = _classify(inp)
    kinds = {t.sub_event_type for t in inp.triggers}
    if sub in {"Attack", "Violent demonstration"} and inp.perp_kind is None and not inp.killed and "_protest" in kinds and all(
            _CROWD_GATHERED.match(t.text) for t in inp.triggers if t.sub_event_type == "_protest") and not kinds & {"_force", "_protest_violence", "_riot"} and any(
            u.sub_event_type == "_violence" and t.sub_event_type == "_protest" and u.sentence == t.sentence and 0 < u.span.start - t.span.end <= 70
            for t in inp.triggers for u in inp.triggers):
        return "Mob violence"  # "people gathered at the bus stand chased and beat five party men": the gathered crowd's own violence
    if not inp.crowd_size or sub is None or sub in _DEMONSTRATION_TYPES:
        return sub
    # ACLED's coders record a crowd size for demonstrations only: a note tagged "[size=...]"
    # reports a protest or a riot, and the killings, arrests and shootings it tells are the
    # protest's background or the force used against it
    state = (inp.perp_kind or "").startswith("state")
    # force that names the crowd, or force the state used in a demonstration (not arrests alone:
    # "arrested six activists a day before the rally" is its own event)
    on_crowd = any(
        t.sub_event_type == "_force" and (_AT_CROWD.search(t.text) or state and not _ARREST_WORD.match(t.text)) for t in inp.triggers
    )
    wrecked = bool(kinds & {"_protest_violence", "_riot"})
    if "_protest" not in kinds and not on_crowd and not wrecked:
        return sub  # no protest among the triggers: the writer's tag alone decides nothing
    if state:
        if sub not in {"Attack", "Armed clash", "Arrests"} or sub == "Armed clash" and "_protest" not in kinds:
            return sub  # (two crowds that fight each other until the police end it are no protest)
        if wrecked:
            return "Violent demonstration"  # stones and fire met by the police
        if on_crowd:
            if inp.killed > 0 or inp.protesters_killed or inp.injured and any(
                    t.sub_event_type == "_force" and _LIVE_FIRE.search(t.text) and not _NON_LETHAL.search(t.text) for t in inp.triggers):
                # deaths, or wounds from live fire ("opened fire on participants ..., wounding several")
                return "Excessive force against protesters"
            return "Protest with intervention"  # arrests at a protest, shots fired at the crowd
        return "Peaceful protest" if "_protest" in kinds else sub  # the killings the sit-in protests
    if wrecked and inp.perp_kind in {"rioters", "protesters", "party"} and sub in {"Attack", "Armed clash"} and inp.actor_kinds & {"state_military", "state_police"} and any(
            t.sub_event_type in {"_weapons", "_force", "_violence"} and fastre.search(r"\bfire\b|\bfired\b", t.text, re.I) for t in inp.triggers) and (
            "_protest" in kinds or "_clash_words" not in kinds):  # (two factions that clash until the police fire: no demonstration)
        return "Violent demonstration"  # "supporters tried to storm the airport, throwing stones at soldiers ... [size=thousands]"
        # (and party men who wreck a rival's rally until the police fire on them)
    if "_protest" in kinds and inp.perp_kind in {None, "unidentified", "rebel", "political_militia", "identity_militia", "civilians"} and (
        sub in {"Attack", "Armed clash"} and not (inp.killed > 0 and on_crowd)
    ):
        # gunmen whose killing the marchers protest; or who broke up the march, killing nobody
        return "Protest with intervention" if on_crowd else "Peaceful protest"
    return sub


def _classify(inp: TypingInput) -> str | None:
    kinds = {t.sub_event_type for t in inp.triggers}
    if not kinds:
        return None
    if any(t.sub_event_type == "Disrupted weapons use" and t.text.lower().startswith("while") for t in inp.triggers):
        return "Disrupted weapons use"  # "an explosion while crude bombs were being made killed the bomb-maker" (ACLED: an accident of the perpetrators)
    taken = [t.sentence for t in inp.triggers if t.sub_event_type in {"Sexual violence", "Abduction/forced disappearance"}]
    if taken and not inp.crowd_size and "_protest" in kinds and not kinds & {"_force", "_protest_violence", "_riot", "_clash_words"} and all(
        t.sentence > min(taken) for t in inp.triggers if t.sub_event_type == "_protest"
    ):
        # "three men gang-raped a schoolgirl ... The incident sparked road blockades": the deed is the event
        return "Sexual violence" if any(t.sub_event_type == "Sexual violence" for t in inp.triggers) else "Abduction/forced disappearance"
    if kinds == {"Change to group/activity"} and (inp.perp_kind or "").startswith("state") and all(
            fastre.search(r"graduat", t.text, re.I) for t in inp.triggers):
        return None  # "the army held a graduation ceremony for a new batch of recruits": a state's training, no event
    wrecked = [t.sentence for t in inp.triggers if t.sub_event_type == "Looting/property destruction"]
    if wrecked and not inp.crowd_size and "_protest" in kinds and not kinds & {"_force", "_protest_violence", "_riot", "_clash_words", "_violence"} and all(
            t.sentence > min(wrecked) and _NEXT_DAY_AFTER.match(inp.text, t.span.end) for t in inp.triggers if t.sub_event_type == "_protest"):
        return "Looting/property destruction"  # "unidentified people broke two idols at a temple. Hindu leaders protested the next day"
    if "Government regains territory" in kinds and kinds & {"_protest_violence", "_riot", "_protest"} and all(
        fastre.fullmatch(r"regain\w* control", t.text, re.I) for t in inp.triggers if t.sub_event_type == "Government regains territory"
    ):
        kinds = kinds - {"Government regains territory"}  # "police regained control after several hours": of the rioters' square
    if inp.killed == 0 and not inp.injured and "_clash_words" not in kinds and any(
            t.sub_event_type == "Other" and fastre.match(r"mutin(?:ied|ying)|(?:soldiers|troops)\b", t.text, re.I) for t in inp.triggers):
        return "Other"  # "soldiers mutinied over unpaid bonuses, blocking the main road": a mutiny, not their protest
    if any(t.sub_event_type == "_protest" and _STONES_AT.match(t.text) for t in inp.triggers):
        kinds = kinds | {"_protest_violence"}  # "pelting police with stones": the crowd's own violence
    explosive = [t for t in inp.triggers if t.sub_event_type in {"Grenade", "Remote explosive/landmine/IED"}]
    if any(fastre.search(r"\b(?:stones|rocks|bricks|brickbats)\b", t.text, re.I) for t in explosive) and "_protest" in kinds:
        # "throwing stones and homemade explosives at police": the marchers riot
        kinds = kinds | {"_protest_violence"}
    elif explosive and "_riot" in kinds and all(fastre.match(r"(?:throwing|threw|hurling|hurled)\b", t.text, re.I) for t in explosive):
        kinds = (kinds - {"Grenade", "Remote explosive/landmine/IED"}) | {"_protest_violence"}  # "students rioted at the gate, throwing homemade explosives at riot police"
    firebombs = bool(explosive) and all(_INCENDIARY.search(t.text) for t in explosive)
    if firebombs:
        # ACLED: incendiary devices (petrol bombs, Molotov cocktails) are no explosives; throwing
        # them at people, vehicles or buildings is an attack or a riot
        kinds = (kinds - {"Grenade", "Remote explosive/landmine/IED"}) | {"_violence"}
        if "Disrupted weapons use" not in kinds and "_clash_words" not in kinds and (
            inp.perp_kind is None or inp.perp_kind in {"party", "rioters", "protesters", "civilians", "unidentified"}
        ) and any(fastre.search(r"petrol|molotov", t.text, re.I) for t in explosive):
            # "assailants hurled petrol bombs at a bus"; during a hartal, a violent demonstration
            return "Violent demonstration" if "_protest" in kinds or any(
                _AT_FORCES_AFTER.match(inp.text, t.span.end) for t in explosive) else "Mob violence"
    armed_kinds = {"state_military", "state_police", "rebel", "political_militia", "identity_militia", "external", "unidentified"}
    if (kinds == {"_force"} or kinds == {"_force", "_violence"} and all(
        fastre.match(r"injur|wound|hurt", t.text, re.I) for t in inp.triggers if t.sub_event_type == "_violence"
    )) and (inp.perp_kind or "").startswith("state") and any(
        t.sub_event_type == "_force" and _CROWD_CONTROL.search(t.text) for t in inp.triggers
    ):
        # "police fired tear gas and rubber bullets to disperse youths trying to deliver petitions": the
        # weapons of crowd control name a gathering the report does not call a protest
        return "Excessive force against protesters" if inp.killed > 0 else "Protest with intervention"
    struck = any(t.sub_event_type == "Air/drone strike" and fastre.search(r"\b(?:hit|struck|bombed)\b", t.text, re.I) for t in inp.triggers) or (
        "Air/drone strike" in kinds and inp.got_through)  # "air defences downed most, but several got through"
    # "exploded 3 crude bombs ... police recovered 2 unexploded bombs": the blast is the event, the bombs found its sequel
    leftovers = "Disrupted weapons use" in kinds and any(
        t.sub_event_type == "Remote explosive/landmine/IED" and fastre.match(r"explod|blast|went off", t.text, re.I) for t in inp.triggers
    ) and all(_UNEXPLODED.search(t.text) for t in inp.triggers if t.sub_event_type == "Disrupted weapons use") or (
        # "took control of Pauktaw town ... and had seized weapons and ammunition": the spoils of the capture
        "Disrupted weapons use" in kinds and any(t.sub_event_type == "_territory" and not any(
            u.sub_event_type == "Disrupted weapons use" and u.span.start <= t.span.start < u.span.end for u in inp.triggers) for t in inp.triggers)
        and all(fastre.match(r"seiz|captur", t.text, re.I) for t in inp.triggers if t.sub_event_type == "Disrupted weapons use"))
    if "Disrupted weapons use" in kinds and not leftovers and inp.killed == 0 and not inp.injured and not struck and not kinds & {"_violence", "_clash_words", "_riot", "_force"} and all(
        fastre.search(r"bomb|cocktail|explosive", t.text, re.I) for t in inp.triggers if t.sub_event_type == "_protest_violence"
    ):
        if "Arrests" in kinds and all(fastre.match(r"seiz|confiscat", t.text, re.I) and not fastre.search(r"explos|bomb|IED|grenade|detonator", t.text, re.I)
                                      for t in inp.triggers if t.sub_event_type == "Disrupted weapons use") and any(
                t.sub_event_type == "Arrests" and t.span.start < min(u.span.start for u in inp.triggers if u.sub_event_type == "Disrupted weapons use")
                for t in inp.triggers):
            return "Arrests"  # "arrested 3 PJAK members ... and seized weapons and ammunition": the arrest, its haul (explosives seized stay disrupted)
        return "Disrupted weapons use"  # "found seven crude bombs under a culvert during the blockade and defused them"
    if any(t.sub_event_type == "Other" and fastre.match(r"discover(?:ed|y|ies)|found|unearthed|exhum|uncovered|recovered|(?:mass|clandestine|secret) graves? .*(?:discovered|found|unearthed|uncovered|located)$", t.text, re.I) for t in inp.triggers):
        return "Other"  # "residents discovered a mass grave": the find, of killings told only as its past
    if any(t.sub_event_type == "Other" and fastre.fullmatch(r"(?:mass|clandestine|secret|common) graves?", t.text, re.I) for t in inp.triggers) and (any(
            t.sub_event_type == "_violence" and fastre.search(r"\b(?:found|discovered|unearthed|exhumed|uncovered)$", t.text, re.I) for t in inp.triggers)
            or _GRAVE_OPENED.search(inp.text)):  # ("exhumed the bodies of 19 people ... from a mass grave")
        return "Other"  # "a mass grave containing the bodies of 16 people was found ... after Ukrainian forces retook the area"
    # "detained dozens of supporters who had gathered on Pushkin Square": the gathering is a protest
    protest = "_protest" in kinds or any(
        t.sub_event_type == "_force" and (GATHERED.search(t.text) or _FORCE_AS_THEY.search(t.text) or t.text.endswith(("flowers", "wreaths", "candles"))
                                          or fastre.search(r"who had (?:taken over|occupied|blocked|seized)$", t.text)
                                          or t.text.endswith("who were") and fastre.match(r"\s+(?:occupying|blocking|camping|squatting)\b", inp.text[t.span.end : t.span.end + 14])
                                          or _AT_PROTESTERS.search(t.text))
        for t in inp.triggers)
    riotish = "_riot" in kinds
    if riotish and "_clash_words" not in kinds and all(
        fastre.match(r"rival|supporters of (?:two )?rival", t.text, re.I) for t in inp.triggers if t.sub_event_type == "_riot"
    ):
        riotish = False  # "ambushed by a rival group": rivals who attack, not a crowd that riots
    if "_clash_words" in kinds and not inp.two_sided and (not inp.actor_kinds & {"state_military", "state_police", "rebel"} or inp.victims_civilian and all(
        _AMBUSHED_CIVILIANS_AFTER.match(inp.text, t.span.end) for t in inp.triggers if t.sub_event_type == "_clash_words"
    )) and all(
        t.text.lower().startswith("ambush") for t in inp.triggers if t.sub_event_type == "_clash_words"
    ):  # ("ambushed a woman and her two children ..., in what police described as payback": the police only tell it)
        kinds = (kinds - {"_clash_words"}) | {"_violence"}  # an ambush on people who cannot fight back is an attack
    if "_clash_words" in kinds and "_protest" in kinds and not inp.armed and all(
        fastre.match(r"siege|besieg", t.text, re.I) for t in inp.triggers if t.sub_event_type == "_clash_words"
    ):
        kinds = kinds - {"_clash_words"}  # protesters who besiege an office or a police station (gherao)
    # the crowd's weapons (the police's shotgun pellets and rubber rounds arm no crowd)
    crowd_weapons = [t for t in inp.triggers if t.sub_event_type == "_weapons" and not _POLICE_AMMO.search(t.text)]
    clash = "_clash_words" in kinds or (riotish and "_weapons" in kinds and any(  # (rubber bullets are the police's crowd control)
        _FIREARMS.search(t.text) and not _NON_LETHAL.search(t.text) for t in crowd_weapons)) or (
        # "marines killed six suspected cartel gunmen after their patrol came under fire": the forces fought back
        (inp.perp_kind or "").startswith("state") and inp.killed > 0 and bool(inp.actor_kinds & (armed_kinds - {"state_military", "state_police"}))
        and any(t.sub_event_type == "_violence" and fastre.search(r"\bcame under (?:[\w-]+ )?(?:gun ?)?fire\b", t.text, re.I) for t in inp.triggers))
    violent = "_violence" in kinds or clash or inp.killed > 0 or inp.injured

    # demonstrators who clash, unarmed, with the police or the troops sent against them riot: a
    # violent demonstration
    police_clash = clash and bool(inp.actor_kinds & {"state_police", "state_military"}) and not (inp.armed or crowd_weapons)
    # both sides shoot ("a gunfight between police and Jamaat activists", "exchanged bullets"), or
    # both sides bear arms ("two factions attacked each other with lethal weapons"): armed men
    # fight, whatever march or strike they came from (ACLED: armed clash)
    exchange = any(t.sub_event_type == "_clash_words" and _EXCHANGE.search(t.text) for t in inp.triggers) or any(
        t.sub_event_type == "_clash_words" and fastre.search(r"each other|one another", t.text, re.I) for t in inp.triggers
    ) and (inp.armed or bool(crowd_weapons))
    bladed = any(
        t.sub_event_type in {"_weapons", "_violence"} and fastre.search(r"\b(?:armed|lethal|sharp|machete|sword|dagger|ramdao|stabb|hack|chopp)", t.text, re.I)
        for t in inp.triggers
    )
    if exchange and protest or protest and clash and "state_police" in inp.actor_kinds and bladed:
        protest = False  # demonstrators who fight the police with blades or lethal weapons are armed men
    if (
        protest and not clash and not riotish and (inp.perp_kind or "").startswith("state")
        and ("protesters" in inp.actor_kinds or inp.protesters_killed or any(
            t.sub_event_type == "_protest" and (_AS_CROWD_BEFORE.search(inp.text, max(0, t.span.start - 40), t.span.start) or _PEACEFULLY_AFTER.match(inp.text, t.span.end)
                                          or _PEACEFUL_BEFORE.search(inp.text, max(0, t.span.start - 30), t.span.start))
            for t in inp.triggers))
        and "_protest_violence" not in kinds and kinds & {"_violence", "_weapons"}
    ):
        # the forces kill or shoot the marchers of a protest that does no violence: force
        # against the protest ("troops shot dead two unarmed demonstrators during a march"),
        # not an attack on one person at the scene
        kinds = kinds | {"_force"}
    if protest and "Looting/property destruction" in kinds and not (inp.perp_kind or "").startswith("state") and any(
        t.sub_event_type == "Looting/property destruction" and fastre.match(r"(?:demolish|vandali[sz]|ransack|loot)ed\b|(?:pulled|tore|knocked) down|toppled", t.text, re.I)
        for t in inp.triggers
    ):
        kinds = kinds | {"_protest_violence"}  # a crowd that demolishes or loots a house demonstrates violently
    if protest and any(
        t.sub_event_type == "_protest" and fastre.match(r"(?:cleared|arrested|detained|rounded up)\b", t.text, re.I) for t in inp.triggers
    ) or protest and "Arrests" in kinds and any(
        t.sub_event_type == "_protest" and fastre.search(r"\b(?:tried|attempted|attempting|trying|sought) to\b|\bwho (?:had )?(?:gathered|laid|placed)\b|^(?:people |residents |activists |mourners )?gathered\b|\bpetition$|^held up\b", t.text, re.I)
        for t in inp.triggers
    ):
        kinds = kinds | {"_force"}  # "detained more than 100 people as supporters tried to gather": the gathering stopped
    if protest and "Arrests" in kinds and any(
        a.sub_event_type == "Arrests" and u.sub_event_type == "_protest" and u.sentence == a.sentence
        and a.span.end < u.span.start <= a.span.end + 160 and _ARRESTED_PROTESTERS.search(inp.text[a.span.end : u.span.start])
        for a in inp.triggers for u in inp.triggers
    ):
        # "police detained 14 people after scuffling with porters who had blocked the highway to protest",
        # "detained 20 people as wives of soldiers laid flowers to demand ...": the protesters arrested
        kinds = kinds | {"_force"}
    if protest and not clash and inp.killed == 0 and not kinds & {"_protest_violence", "_riot"} and all(
            _ARREST_WORD.match(t.text) for t in inp.triggers if t.sub_event_type == "_force") and any(
            t.sub_event_type == "Sexual violence" and fastre.match(r"(?:gang-?)?raped|sexually (?:assaulted|abused)", t.text, re.I) for t in inp.triggers):
        return "Sexual violence"  # "a girl detained during protests was raped by security agents in custody": the rape, not the protests
    if protest and not clash and inp.perp_kind == "party" and inp.injured and not inp.actor_kinds & {"state_police", "state_military"} and any(
            t.sub_event_type == "_weapons" for t in inp.triggers) and (any(
            t.sub_event_type == "_violence" and fastre.match(r"attack", t.text, re.I) and (any(
                u.sub_event_type == "_protest" and u.sentence == t.sentence and t.span.end < u.span.start <= t.span.end + 100
                and not fastre.search(r"\b(?:during|as|while|when|after|before|against|in|at)\b", inp.text[t.span.end : u.span.start]) for u in inp.triggers)
            or _PROTEST_OBJECT.match(inp.text, t.span.end))
            for t in inp.triggers) or _SWOOPED_ON_PROTEST.search(inp.text)):
        # "Chhatra League activists armed with sticks and iron rods attacked students holding a rally, injuring 12":
        # party men who come armed and hurt the marchers attack them
        return "Attack"
    if protest and not clash or protest and (riotish or police_clash):
        if "_force" in kinds and not ("_protest_violence" in kinds or riotish or police_clash):
            # (a firing word inside "Tear gas was fired at the protesters" is no gunfire)
            gassed = [u.span for u in inp.triggers if u.sub_event_type == "_force" and fastre.search(r"tear|water|rubber", u.text, re.I)]
            lethal = any(t.sub_event_type == "_weapons" and _FIREARMS.search(t.text) and not _NON_LETHAL.search(t.text) and not _OF_GAS_AFTER.match(inp.text, t.span.end)
                         and not any(g.start <= t.span.start < g.end for g in gassed) for t in inp.triggers) or any(
                t.sub_event_type == "_force" and fastre.search(r"firing|\bfire\b|\bfired (?:at|on|upon|into)\b|live|bullets?|rounds|shots", t.text, re.I)
                and not _NON_LETHAL.search(t.text) and not _OF_GAS_AFTER.match(inp.text, t.span.end) for t in inp.triggers) or any(
                t.sub_event_type in {"_force", "_weapons"} and _LIVE_ROUNDS.search(t.text) for t in inp.triggers)  # "fired rubber bullets and live rounds"
            if not (inp.perp_kind or "").startswith("state") and any(
                t.sub_event_type == "_force" and fastre.match(r"attack", t.text, re.I) for t in inp.triggers
            ) and any(t.sub_event_type == "_weapons" for t in inp.triggers) and (inp.injured or any(
                t.sub_event_type == "_violence" and fastre.match(r"beat|hack|stabb|injur|wound", t.text, re.I) for t in inp.triggers
            )):
                # "BCL men attacked a JCD procession, beating six with sticks and iron rods": party men
                # who come armed and hurt the marchers attack them (force against a protest is the state's)
                return "Attack"
            if inp.protesters_killed or inp.killed > 0 or (lethal and inp.injured) or inp.maimed:
                return "Excessive force against protesters"  # lethal force, deaths or maiming at a protest met by force
            return "Protest with intervention"
        if inp.perp_kind == "party" and not riotish and "_protest_violence" not in kinds and "_force" not in kinds and inp.injured and not inp.actor_kinds & {"state_police", "state_military"}:
            marchers_at = min(u.span.start for u in inp.triggers if u.sub_event_type == "_protest")
            if any(t.sub_event_type == "_violence" and fastre.match(r"attack|beat|chas|assault", t.text, re.I) and t.span.start < marchers_at
                   and not _OWN_MARCH_BETWEEN.search(inp.text[t.span.end : marchers_at]) for t in inp.triggers):
                return "Attack"  # "Chhatra League activists attacked students of the quota reform movement with sticks": party men on marchers
        if "_protest_violence" in kinds or riotish or police_clash or (violent and not "_force" in kinds and inp.injured and not kinds & {
                "Suicide bomb", "Remote explosive/landmine/IED", "Grenade", "Air/drone strike", "Shelling/artillery/missile attack", "Chemical weapon"}):
            # (a bomb that goes off at a rally is the bombing, not the rally's violence)
            return "Violent demonstration"
        if "_force" in kinds:
            return "Protest with intervention"  # police broke up the sit-in, or arrested the marchers
        if (not violent or kinds == {"_protest"} and not inp.injured and any(
                not fastre.fullmatch(r"protesters?|demonstrators?|marchers?", t.text, re.I) for t in inp.triggers)) and not kinds & {"Suicide bomb", "Remote explosive/landmine/IED", "Grenade", "Air/drone strike"}:
            # (deaths with no deed kept beside the sit-in are its cause: "carrying three bodies found
            # in a well, tribesmen staged a sit-in")
            return "Peaceful protest"
    if kinds & {"_territory", "_capture"} and inp.killed == 0 and not inp.injured and not clash and any(
        t.sub_event_type == "Non-violent transfer of territory" and fastre.search(r"^no |\bwithout\b", t.text, re.I) for t in inp.triggers
    ):
        return "Non-violent transfer of territory"  # "without a fight, the Taliban took control of the district centre"
    if "_territory" in kinds and not clash and inp.killed == 0 and "Government regains territory" not in kinds and not (
        # "moved into the former governorate building and made it their headquarters, raising their black flag over the compound"
        "Headquarters or base established" in kinds and all(fastre.search(r"\bflags?\b", t.text, re.I) for t in inp.triggers if t.sub_event_type == "_territory")
    ) and not any(
        t.sub_event_type == "Non-violent transfer of territory" and t.text.lower().startswith("negotiated") for t in inp.triggers
    ):
        if (inp.perp_kind or "").startswith("state") and any(
            t.sub_event_type == "_territory" and _HELD.search(t.text) for t in inp.triggers
        ):
            # (not "entered Aghdam district ... after Armenian forces pulled out ... troops raising the flag": a handover)
            return "Non-violent transfer of territory" if "Non-violent transfer of territory" in kinds and any(
                t.sub_event_type == "_territory" and fastre.search(r"\bflags?\b", t.text, re.I) for t in inp.triggers) else "Government regains territory"
        return "Non-state actor overtakes territory"  # control taken without a fight being reported
    if clash or ("_capture" in kinds or "_territory" in kinds or "Government regains territory" in kinds) and violent and not (
        inp.victims_civilian and not inp.two_sided and not (
            # "M23 seized the town after two days of fighting with the army; seven people were killed":
            # a town taken from the troops is a battle, whoever died in it
            kinds & {"_territory", "Government regains territory"} and "state_military" in inp.actor_kinds
            and inp.perp_kind in armed_kinds
            # "gangs seized Mirebalais after overrunning the police station", "ELN guerrillas seized
            # control of several hamlets": a place taken and held, whoever died in the taking
            or inp.perp_kind in armed_kinds and inp.perp_kind != "state_police" and any(_taken_and_held(t) for t in inp.triggers))
    ):
        organised = inp.actor_kinds & (armed_kinds - {"unidentified", "state_police"})
        police = "state_police" in inp.actor_kinds
        if organised == {"state_military"} and inp.actor_kinds & {"party", "rioters", "protesters"} and not "_capture" in kinds:
            # party men or a crowd who fight the troops sent to restore order face them as they
            # face the police ("fought army and police personnel sent to escort the leaders out")
            organised, police = set(), True
        if "Government regains territory" in kinds:
            return "Government regains territory"
        if any(t.sub_event_type == "_territory" and _BACK_IN_STATE_HANDS.search(t.text) for t in inp.triggers):
            return "Government regains territory"  # "the base was back in junta hands ... as regime troops retook it"
        if any(t.sub_event_type == "_territory" and (_HELD.search(t.text) or fastre.match(r"took over (?-i:[A-Z])", t.text) and _FELL_BACK.search(inp.text))
               or _taken_and_held(t) for t in inp.triggers) and inp.perp_kind:
            # a battle in which a town changes hands is coded by who took it
            if inp.perp_kind.startswith("state"):
                return "Government regains territory"
            if inp.perp_kind in {"rebel", "political_militia", "identity_militia", "unidentified", "external"}:
                return "Non-state actor overtakes territory"
        # a crowd that fights the police and wrecks something besides (not the fight alone) riots
        armed_fight = any(
            t.sub_event_type == "_clash_words" and _ARMED_FIGHT.search(t.text) for t in inp.triggers
        )  # an ambush, a gunfight, an exchange of fire: armed men
        arms = any(not _BLUNT.fullmatch(t.text) for t in crowd_weapons)  # (sticks and stones arm no side)
        wrecking = police and inp.fought_police and any(
            t.sub_event_type == "_protest_violence" and not fastre.search(r"clash|fought|scuffl", t.text, re.I) for t in inp.triggers
        ) and not any(fastre.search(r"each other|one another", t.text, re.I) for t in inp.triggers) and not kinds & _EXPLOSIVE_KINDS
        if wrecking and not organised and not (inp.armed or "_capture" in kinds or arms or armed_fight):
            return "Violent demonstration"  # "clashed with police outside a cinema, smashing its glass front": a riot, armed with nothing
        if organised or inp.two_sided and not inp.actor_kinds & {"party", "rioters", "protesters"}:
            return "Armed clash"
        if police and inp.actor_kinds & {"party", "rioters", "protesters"}:
            # party men and the police: armed with lethal weapons, an armed clash; with guns, an
            # armed clash unless at a protest; unarmed, a violent demonstration at a protest and
            # mob violence elsewhere
            weapons = [t.text.lower() for t in inp.triggers if t.sub_event_type == "_weapons"]
            lethal = any(fastre.search(r"\b(?:armed|lethal|sharp|machete|sword|dagger|ramdao)", w) for w in weapons)
            firearms = any(t.sub_event_type == "_weapons" and _FIREARMS.search(t.text.lower()) and not (
                "Rioters (" in inp.text and fastre.match(r"gunshot|bullet", t.text, re.I) and fastre.match(r"\s*(?:wounds?|injur)", inp.text[t.span.end : t.span.end + 12], re.I))
                for t in inp.triggers)  # ("two rioters died of gunshot wounds": the police's fire, not the crowd's arms)
            if lethal or firearms and not protest:
                return "Armed clash"
            return "Violent demonstration" if protest or wrecking else "Mob violence"
        if arms or inp.armed or armed_fight or "_capture" in kinds or police and "unidentified" in inp.actor_kinds or kinds & {
                "Shelling/artillery/missile attack", "Air/drone strike"} or (
                inp.killed > 0 and "_clash_words" in kinds and NAMED_SECTIONS.search(inp.text)):  # "artillery pounded the trenches before columns advanced, sparking fierce fighting"
            return "Armed clash"  # groups that fight with arms are armed groups (communal militias, factions)
        return "Mob violence"  # an unarmed crowd, even one the police fire tear gas at to end the brawl
    # "a crude bomb exploded while two children played with it, injuring both; police recovered two
    # more": the blast that hurt is the event, the bombs found beside it its sequel
    blast_hurt = any(t.sub_event_type == "Remote explosive/landmine/IED" and fastre.match(r"explod|blast|went off|detonat", t.text, re.I)
                     for t in inp.triggers) and (inp.killed > 0 or inp.injured or any(
                         t.sub_event_type == "_violence" and fastre.match(r"injur|wound|maim|hurt", t.text, re.I) for t in inp.triggers))
    if "Disrupted weapons use" in kinds and not leftovers and inp.killed == 0 and not struck and not blast_hurt and (not inp.injured or any(
        t.sub_event_type == "Disrupted weapons use" and fastre.match(r"intercept|shot down|downed", t.text, re.I) for t in inp.triggers
    )):
        return "Disrupted weapons use"  # "defused a bomb, averting an attack"
    if "Government regains territory" in kinds and inp.killed == 0 and not inp.injured and not clash and any(
        t.sub_event_type == "Non-violent transfer of territory" and fastre.match(r"no ", t.text, re.I) for t in inp.triggers
    ):
        return "Non-violent transfer of territory"  # "took back the town after the rebels pulled out; no fighting was reported"
    if "Government regains territory" in kinds and (inp.perp_kind or "").startswith("state") and not kinds & {"Suicide bomb", "Chemical weapon"}:
        # "supported by airstrikes, regained control of the town": the strikes backed the battle;
        # "dislodged the fighters and regained control of the town; 30 were killed"
        return "Government regains territory"
    if "Suicide bomb" in kinds:
        return "Suicide bomb"
    if "Chemical weapon" in kinds:
        return "Chemical weapon"
    if "Air/drone strike" in kinds:
        return "Air/drone strike"
    if "Shelling/artillery/missile attack" in kinds:
        return "Shelling/artillery/missile attack"
    hands_on = any(
        t.sub_event_type in {"_violence", "_weapons", "_protest_violence"} and _HANDS_ON.match(t.text) for t in inp.triggers
    )
    if "Grenade" in kinds and not hands_on:
        return "Grenade"  # bombs thrown while others hack, shoot or beat the victim: an attack
    if inp.perp_kind == "state_military" and any(t.sub_event_type == "Remote explosive/landmine/IED" for t in inp.triggers) and all(
        fastre.match(r"bombed ", t.text, re.I) for t in inp.triggers if t.sub_event_type == "Remote explosive/landmine/IED"
    ):
        return "Air/drone strike"  # "the military bombed a rebel camp": from the air
    if "Remote explosive/landmine/IED" in kinds and ("Disrupted weapons use" not in kinds or blast_hurt or leftovers) and not (
        hands_on and all(_THROWN.search(t.text) for t in inp.triggers if t.sub_event_type == "Remote explosive/landmine/IED")
    ):
        return "Remote explosive/landmine/IED"
    if "Sexual violence" in kinds:
        return "Sexual violence"
    if "Abduction/forced disappearance" in kinds:
        body = any(t.sub_event_type == "_violence" and fastre.match(r"bod(?:y|ies)\b|found (?:\w+ ){0,2}dead", t.text, re.I) for t in inp.triggers) or bool(
            _BODY_DUMPED.search(inp.text))  # "seized a tribal elder from his home ... His bullet-riddled body was dumped on the road"
        # "the body of a chairman seized by armed men last Friday was found": abducted, then killed
        return "Attack" if inp.killed > 0 or body else "Abduction/forced disappearance"
    if riotish and violent:
        if any(t.sub_event_type == "_riot" and t.text == "Rioters" and fastre.match(r"\s*\((?-i:[A-Z])", inp.text[t.span.end : t.span.end + 4])
               for t in inp.triggers):
            return "Mob violence"  # "Rioters (Tunisia) armed with knives attacked migrants": the note names the mob
        if any(t.sub_event_type in {"_violence", "_weapons"} and _BLADES.search(t.text) and not _NON_LETHAL.search(t.text) for t in inp.triggers):
            return "Attack"  # men who hack, stab or shoot their victims are an armed group, not a mob
        return "Mob violence"
    if riotish and "_protest_violence" in kinds and inp.killed == 0 and not inp.injured:
        # rioters burning shops and cars, nobody attacked: party men or protesters who wreck make a
        # violent demonstration; a crowd with no cause that wrecks a temple or a stage riots; rioters
        # who throw things at the police fight the state as a demonstration does
        return "Violent demonstration" if inp.perp_kind in {"party", "protesters"} or any(
            t.sub_event_type == "_protest_violence" and t.text.lower().endswith(" at") and _FORCES_AFTER.match(inp.text, t.span.end)
            or t.sub_event_type == "_force" and (_CROWD_CONTROL.search(t.text) or t.text.lower().endswith("warning shots")) for t in inp.triggers) else "Mob violence"
    if "_protest_violence" in kinds and "_force" in kinds and not inp.armed and inp.killed == 0 and not kinds & {"_clash_words", "_weapons"} and (
            inp.perp_kind not in {"rebel", "political_militia", "identity_militia", "external"}):  # (not "Maoist cadres chased the workers away and torched the vehicles")
        # "supporters threw stones at gendarmes and burned a fuel station; the gendarmerie replied
        # with tear gas": a crowd that the forces meet as a demonstration
        return "Violent demonstration"
    if "_protest_violence" in kinds and inp.killed > 0 and inp.perp_kind == "state_police" and not kinds & {"_clash_words", "_riot"} and inp.actor_kinds & {
            "civilians", "rioters", "protesters"} and any(
            t.sub_event_type == "_protest_violence" and _POLICE_PROPERTY_AFTER.match(inp.text, t.span.end) for t in inp.triggers):
        return "Violent demonstration"  # "angry residents torched a police post ...; police fired, killing one": a riot against the state, the shooting its end
    if "_violence" in kinds and (violent or inp.victims_civilian):
        if "Arrests" in kinds and inp.killed == 0 and not inp.injured:
            if kinds & {"Looting/property destruction", "_protest_violence"} and not inp.actor_kinds & armed_kinds and min(
                    t.sentence for t in inp.triggers if t.sub_event_type == "Arrests") > min(
                    t.sentence for t in inp.triggers if t.sub_event_type == "_violence"):
                # "hundreds of people attacked a Hindu neighbourhood ... houses were vandalised and looted.
                # Police took the youth into custody": the crowd's wrecking, then the arrest
                return "Mob violence"
            return "Arrests"
        if kinds & {"Looting/property destruction", "_protest_violence"} and inp.killed == 0 and not inp.injured and not inp.actor_kinds & {"state_military", "state_police"} and all(
                fastre.match(r"raid|storm|swoop", t.text, re.I) for t in inp.triggers if t.sub_event_type == "_violence"):
            return "Looting/property destruction"  # "raided the bazar, looted cash and goods from shops ... No one was injured"
        return "Attack"
    if "Government regains territory" in kinds:
        return "Government regains territory"  # "cleared the town of PDF fighters ... after the rebels overran it"
    if "_capture" in kinds and "_protest_violence" in kinds and inp.perp_kind in {"rioters", "protesters", "party", "civilians", None} and not (
        inp.actor_kinds & armed_kinds
    ):
        # "supporters of a defeated candidate stormed the counting centre, setting fire to vehicles"
        return "Violent demonstration" if inp.perp_kind in {"party", "protesters"} else "Mob violence"
    if "_capture" in kinds and "Non-violent transfer of territory" in kinds and inp.killed == 0 and not inp.injured and not kinds & {
        "_clash_words", "_violence", "_weapons", "Shelling/artillery/missile attack", "Air/drone strike"
    }:
        return "Non-violent transfer of territory"  # "took control of the palace without significant resistance"
    if "_capture" in kinds:
        return "Armed clash" if inp.actor_kinds & armed_kinds else "Non-state actor overtakes territory"
    if "Non-violent transfer of territory" in kinds and all(
        fastre.match(r"surrender", t.text, re.I) for t in inp.triggers if t.sub_event_type == "Change to group/activity"
    ):
        return "Non-violent transfer of territory"  # "took over the district centre after elders negotiated the surrender"
    pelting = any(t.sub_event_type == "_protest_violence" and _PELTED.match(t.text) for t in inp.triggers)
    if "Looting/property destruction" in kinds and inp.killed > 0 and not pelting and not kinds & {"_riot", "_protest"} and any(
        t.sub_event_type == "Looting/property destruction" and fastre.search(r"\bset\b|fire|ablaze|alight|torch|burn|arson", t.text, re.I)
        for t in inp.triggers
    ):
        return "Attack"  # "hooded men set fire to the house; six of the family died": arson that kills
    if "Looting/property destruction" in kinds and inp.actor_kinds & {"protesters", "rioters", "party", "civilians"} and (
        pelting or "Arrests" in kinds and "_protest_violence" in kinds and not (inp.perp_kind or "").startswith("state")
    ):
        # "students pelted the police with stones and set a motorbike on fire": a crowd that
        # stones people and burns riots; its arson is part of the riot (a police station burned: against the state)
        return "Violent demonstration" if inp.perp_kind in {"party", "protesters"} or any(
            t.sub_event_type == "Looting/property destruction" and _POLICE_PROPERTY_AFTER.match(inp.text, t.span.end) for t in inp.triggers) else "Mob violence"
    if kinds == {"Other"} and inp.perp_kind not in {"rebel", "political_militia", "identity_militia", "unidentified"} and all(
            _ARMED_GROUP_RULE.search(t.text) for t in inp.triggers if t.sub_event_type == "Other") and not (
            (inp.perp_kind in {"state_military", "external"} or any(fastre.match(r"dropped\b", t.text, re.I) for t in inp.triggers))
            and any(_LEAFLETS.search(t.text) for t in inp.triggers)):
        # ("Israeli aircraft dropped leaflets over Beit Lahia ...": only an air force drops them)
        # (an army's leaflets over a war zone ordering residents out are its act of war: Other)
        return None  # a government's curfew, order to leave or release (see _ARMED_GROUP_RULE)
    if "Other" in kinds and inp.perp_kind in {"rebel", "political_militia", "identity_militia", "unidentified"} and kinds <= {
            "Other", "Change to group/activity", "_weapons"} and all(
            _ARMED_GROUP_RULE.search(t.text) for t in inp.triggers if t.sub_event_type in {"Other", "Change to group/activity"}):
        return "Other"  # "JNIM militants imposed a curfew on the town": an armed group's rule over residents
    for sd in ("Disrupted weapons use", "Agreement", "Arrests", "Looting/property destruction",
               "Change to group/activity", "Headquarters or base established",
               "Non-violent transfer of territory", "Government regains territory", "Other"):
        if sd in kinds and not (sd == "Disrupted weapons use" and leftovers):
            return sd
    if hands_on and kinds & {"Grenade", "Remote explosive/landmine/IED"}:
        return "Attack"  # bombs thrown and shots fired at a house, nobody hurt: still an attack
    if "Remote explosive/landmine/IED" in kinds:
        return "Disrupted weapons use"
    if riotish:
        return "Mob violence"
    if "_protest_violence" in kinds and inp.actor_kinds & {"protesters", "rioters", "party", "civilians"}:
        # "residents ... stormed the power office, smashing windows and setting furniture alight":
        # a crowd's wrecking with no word of a protest or a riot (the grievance may make it a demonstration)
        return "Violent demonstration" if inp.perp_kind in {"party", "protesters"} else "Mob violence"
    if any(t.sub_event_type == "_weapons" and fastre.match(r"(?:fired|gunshots?|gunfire|shots?)", t.text, re.I) for t in inp.triggers):
        return "Attack"  # "fired gunshots at the car of an ex-MP": an attack, even when nobody was hit
    return None


def event_type_of(sub_event_type: str) -> str:
    return EVENT_TYPES[sub_event_type]


# ACLED coders open the notes of strategic developments with a label naming what happened
# ("Arrests: On 3 March, ..."). A label is the coder's own category and decides the sub-type.
_NOTE_LABELS: dict[str, str] = {
    "arrests": "Arrests",
    "arrest": "Arrests",
    "weapons seizure": "Disrupted weapons use",
    "defusal": "Disrupted weapons use",
    "detonation": "Disrupted weapons use",
    "disrupted weapons use": "Disrupted weapons use",
    "property destruction": "Looting/property destruction",
    "looting": "Looting/property destruction",
    "security measures": "Change to group/activity",
    "movement of forces": "Change to group/activity",
    "change to group/activity": "Change to group/activity",
    "headquarters established": "Headquarters or base established",
    "base established": "Headquarters or base established",
    "agreement": "Agreement",
    "non-violent transfer of territory": "Non-violent transfer of territory",
    "displacement": "Other",
    "non-violent activity": "Other",
    "other": "Other",
}
_LABEL = fastre.compile(r"\s*([A-Za-z][A-Za-z/ -]{2,40}?)\s*:\s")


def note_label(text: str) -> str | None:
    """The sub-event type an ACLED-style label at the start of ``text`` names, if any."""
    m = _LABEL.match(text)
    return _NOTE_LABELS.get(m.group(1).strip().lower()) if m else None

