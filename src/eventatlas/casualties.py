"""Stage: casualty mentions ("around 12 Pakistani soldiers ... have been killed").

A mention is a number expression (digits, number words, vague words like "dozens", or "a
man" for one person), the victim group it counts, the outcome (killed, injured, abducted ...)
and a qualifier (more than, around, exact ...). Sub-groups introduced by "including" are
flagged so that they are never added to the total they belong to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from . import fastre
from .eventtype import AFTER_A_CAUSE, CAME_AFTER, OTHER_PLACES, ROSE_VERB, SUSPECTED_OF
from .models import CasualtyMention, Document, Span
from .numbers import (
    BETWEEN_RANGE_PATTERN,
    DIGIT_RANGE_PATTERN,
    NUMBER_PATTERN,
    RANGE_TAIL_PATTERN,
    VAGUE_PATTERN,
    parse_number,
    parse_range,
    vague_figure,
)

_QUAL = {
    "more than": "more_than", "over": "more_than", "above": "more_than", "upwards of": "more_than",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least", "a minimum of": "at_least",
    "around": "approximately", "about": "approximately", "nearly": "approximately", "almost": "approximately",
    "approximately": "approximately", "roughly": "approximately", "some": "approximately", "an estimated": "approximately",
    "close to": "approximately", "as many as": "up_to", "up to": "up_to", "less than": "less_than",
    "fewer than": "less_than", "under": "less_than",
}
_QUAL_RX = "|".join(sorted((re.escape(q) for q in _QUAL), key=len, reverse=True))

# "lost their lives", "lost his life": a death told without a death verb
# words of quantity that ACLED's conventions turn into a figure ("dozens" 12, "several" 3); "many" or "scores" give none
_COUNTED_VAGUE = fastre.compile(r"['‘\"“]?(?:several dozen|dozens|a dozen|several|a few|some)\b", re.I)
_LOST_LIFE = r"lost (?:their|his|her) lives|lost (?:his|her) life"
_OUTCOMES = [
    ("killed", r"(?:kidnapped|abducted|rounded up|lined up|detained|arrested|captured) and (?:then )?(?:murdered|killed|executed|beheaded|shot dead)|"
               r"(?:shot|stabbed|hacked|beaten|beaten up|assaulted|attacked|chopped|tortured)(?: at)? and (?:then )?(?:killed|murdered|died)|"
               r"(?:fatally|mortally) (?:shot|stabbed|hacked|wounded|injured|hit|beaten)|killed|dead|died|die|dies|slain|murdered|massacred|executed|lynched|perished|" + _LOST_LIFE + r"|"
               r"shot dead|gunned down|(?:stabbed|speared|hacked|beaten|burnt|burned|bludgeoned|tortured|shot|lynched|stoned|boiled)(?: (?:or|and) (?:stabbed|hacked|beaten|burnt|burned|stoned|lynched))? to death|crucified|"
               r"succumbed(?: to (?:his|her|their) (?:injuries|wounds))?|fatalities|deaths|killings|"
               r"(?:(?<=\bone )|(?<=\b1 )|(?<=\ba )|(?<=\banother )|(?<=\bsecond )|(?<=\bthird ))(?:death|fatality)(?!\s+(?:threats?|sentences?|penalty|squads?|row|tolls?|certificates?|anniversary|warrants?|march|camps?|wish|of)\b)|"
               r"bodies|martyred|beheaded|drowned|embraced (?:shahadat|martyrdom)|sent to hell|paid the (?:supreme|ultimate) (?:price|sacrifice)|"
               r"['‘\"“]?neutrali[sz]ed\b['’\"”]?"),
    ("injured", r"injured|wounded|hurt|maimed|hospitali[sz]ed|critically injured|seriously injured|(?:sustained|suffered|received) (?:[\w-]+ ){0,2}(?:injuries|wounds)|"
                r"treated for (?:[\w-]+ ){0,2}?(?:injuries|wounds)"),
    ("abducted", r"abducted|kidnapped|taken hostage|held hostage|taken captive|captured|missing|disappeared"),
    ("arrested", r"arrested|detained|held|apprehended|picked up|nabbed"),
]
_OUTCOME_RX = "|".join(f"(?P<o_{name}>{rx})" for name, rx in _OUTCOMES)

_SINGULAR = (
    r"(?:a|an|one|its|the(?=\s+\d{1,3}-year-old)|the\s+[\w-]+['’]s)\s+(?:(?:\d{1,3}-year-old|local|young|former|senior|top|retired|female|male|minor|teenage|school|college|"
    r"university|madrasa|elderly|suspected|alleged|Hindu|Muslim|Buddhist|Christian|(?-i:[A-Z][\w'’-]*))\s+){0,5}"
    r"(?:(?-i:[a-z][\w-]*)\s+)?"  # one more word of the noun: "a local government official", "a security guard"
    r"(?:man|woman|youth|boy|girl|child|person|people|leader|activist|worker|member|student|farmer|trader|national|citizen|"
    r"priest|muezzin|muazzin|imam|vendor|employee|manager|chairman|councillor|councilor|official|businessman|contractor|"
    r"businessman|shopkeeper|policeman|police(?:\s+officer|\s+constable)?|constable|soldier|officer|villager|"
    r"journalist|teacher|driver|labou?rer|cadre|supporter|councillor|chairman|official|imam|priest|monk|"
    r"housewife|rickshaw[- ]puller|fisherman|guard|resident|civilian|militant|rebel|fighter|insurgent|"
    r"terrorist|criminal|robber|smuggler|dacoit|bomber|attacker|commander|politician|candidate|engineer|doctor|"
    r"secretary|president|headmaster|principal|lawyer|advocate|cleric|elder|chief|ruler|king|emir|monarch|nurse|shepherd|herder|teenager|pilgrim|passenger|pedestrian|vaccinator|volunteer|medic|paramedic|rider|occupant|pilot|"
    r"passer-?by|bystander|mother|father|wife|husband|son|daughter|brother|sister|grandmother|grandfather)\b"
)
# a range ("between nine and twelve", "9-12", "10 to 15") or one number, a vague quantity, "a man";
# a number is matched once, with its range's upper bound optional ("rose from 7 to 13": not 7)
_B = r"(?:\b|(?<=\s)(?=['‘\"“]))"  # a word boundary, or the opening quote of a quoted number
# (a number in quotation marks is the number: "spoke of 'dozens' of dead"; a quoted "'several'" or
# "'many'" is a side's word the writer doubts, and no count)
# ('"about fifteen" people'; not a side's "'more than 30' militants", quoted as its boast)
_NUM = (rf"(?P<oq0>(?<=\s)['‘\"“](?=(?:about|around|approximately|roughly|nearly|almost|at least)\s+(?!(?:several|many|some|a few|few|numerous)\b)))?"
        rf"(?:(?P<qual>{_QUAL_RX})\s+)?(?<!\bhow )(?(oq0)|(?P<oq>(?<=\s)['‘\"“](?!(?:several|many|some|a few|few|numerous)\b))?)(?P<num>{BETWEEN_RANGE_PATTERN}|{DIGIT_RANGE_PATTERN}|{VAGUE_PATTERN}|"
        rf"(?<!\bfrom\s){NUMBER_PATTERN}(?:{RANGE_TAIL_PATTERN})?|{_SINGULAR})(?(oq)['’\"”])(?(oq0)['’\"”])")
_STOP = (r"(?!(?:and|or|but|were|was|have|has|had|been|are|(?-i:is|Is)|in|on|at|by|from|after|when|while|during|as|said|says|told|claimed|claiming|saying|alleging|reported|acknowledged|admitted|conceded|stated|spoke|speaks|suffered|sustained|(?:confirmed|recorded|counted)(?=\s+(?:\d|(?:at least|about|only|some|more than|over|nearly|almost|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|dozens?)\b))|added|"
         r"dead|killed|died|injured|wounded|hurt|abducted|kidnapped|including|seriously|critically|severely|badly|grievously|gravely|slightly|mildly)\b)")
_W = rf"(?:{_STOP}[\w'’-]+|\([A-Za-z0-9][^()]{{0,30}}\)|(?-i:[A-Z]\.){{2,3}})"  # "Central Reserve Police Force (CRPF) personnel", "U.N. peacekeepers"
_VICTIM = rf"(?P<victims>(?![-–]\s)(?:{_W}\s+){{0,11}}?{_W})?"  # (not from a lone dash: "KHARTOUM, Aug 3 - Dozens were killed")
_LINK = (r"[\x22”]?(?:\s*,\s*|\s+)(?:(?:were|was|have|has|had|been|being|got|are|is|reportedly|reported|also|later|allegedly|all|critically|seriously|severely|badly|subsequently|believed|feared|confirmed|said|thought|(?:found|brought)(?=\s+dead\b)|to have)\s+){0,5}"
         r"(?:(?:trapped|caught)\s+(?:(?:in|inside|under)\s+(?:[\w'’-]+\s+){0,4})?and\s+)?")  # "were trapped in the burning building and died"

_INCLUDING = (r"(?:,?\s+(?:including|among them|mostly|most of them)\s+[^,;.]{1,80}?,?|"
              r"\s+[-–—]\s+(?:including|among them|mostly)\s+[^-–—,;.]{1,80}?\s+[-–—]|"  # "50 people - including four policemen - were injured"
              r"\s+[-–—]\s+(?:an?|the|one)\s+[^-–—,;.]{1,80}?\s+[-–—](?=\s)|"  # "Two protesters - a college student and a shop assistant - died"
              # "Two AL activists who were inside the house were beaten to death"
              r"\s+who\s+(?:were|was)\s+(?:inside|in|at|on|near|aboard|travelling|riding|sleeping|staying|working)\b[^,;.]{0,40}?(?=\s+(?:were|was|had been)\s)|,\s+[^,;.]{1,60}?\s+among them,|,\s+(?:who|all of whom) (?:were|was|are|is)\s+[^,;.]{1,50},"
              r"|,\s+(?:identified|described|named)\s+(?:by\s+[^,;.]{1,30}?\s+)?as\s+[^,;.]{1,50},"  # "Two Rohingya men, identified by APBn as RSO members, were killed"
              # "Two men said by local sources to be UPDF (Democratic) activists were killed"
              r"|,?\s+(?:said|believed|thought|reported|alleged|suspected)\s+(?:by\s+[^,;.]{1,30}?\s+)?to\s+(?:be|have\s+been)\s+(?P<desc>[^,;.]{1,50}?)(?=,?\s+(?:were|was|had been)\s)(?:,)?"
              r"|,\s+(?:aged\s+)?(?:about\s+|between\s+)?\d{1,3}(?:\s*(?:,|and|&|to|-)\s*\d{1,3})*\s*,"
              r"|\s+aged\s+(?:about\s+|between\s+)?\d{1,3}(?:\s*(?:,|and|&|to|-)\s*\d{1,3})+(?=\s+(?:died|were|had)\b)"  # "Two men aged 45 and 52 died"
              r"|,\s+(?:one|two|three|both|all|most|some|several)\s+(?:of\s+(?:them|whom)\s+|(?=an?\s))[^,;.]{1,50},"  # "Two students, one of them in class nine, were killed"
              r"|,\s+(?:many|most|some|several|all|both)(?:\s+of\s+them)?\s+(?:trapped|caught|sleeping|asleep|inside|women|children|students|workers)\b[^,;.]{0,50},)?")  # "two students, aged 17 and 19, were"
# "17 soldiers and VDP were killed": a second group without its own figure joins the first
_VICTIM_AND = (rf"(?P<victims>(?![-–]\s)(?:{_W}\s+){{0,11}}?{_W}(?:\s+and\s+(?:(?:his|her|their|its)\s+(?:{_W}\s+)?{_STOP}(?-i:[a-z][\w-]*[^s\W])(?=\s)|(?!(?:{NUMBER_PATTERN}|a|an|one|his|her|their|its|some|another|others?|all|both|only|just|around|about|at|nearly|almost|over|more|up|roughly|approximately|dozens|scores|hundreds|tens|several|many|(?:the\s+)?(?:bodies|remains))\b)"
               rf"(?:the\s+(?:{_W}\s+)?{_W}|(?:{_W}\s+){{0,2}}?(?-i:[A-Z]{{2,6}}|[a-z][\w-]*(?:s|men|ren|ple)|police|personnel|staff|crew)\b)))?)?")  # (a plural, an acronym or "the bomber")
# one more person after a count, singular and not an attacker: "... and the civilian driver", "... and their driver"
_AND_ONE = r"and\s+(?:the|their|his|her|its)\s+(?P<who>(?:[\w-]+\s+)?(?!(?:suicide\s+)?bombers?\b|attackers?\b|assailants?\b|gunm[ae]n\b|perpetrators?\b)(?-i:[a-z][\w-]*[^s\W]))"
# at the end of a passive's victims ("10 DRG personnel and the civilian driver were killed")
_AND_ONE_MORE = fastre.compile(rf"\b{_AND_ONE}$", re.I)
_ONE_AND_KIN_BEFORE = fastre.compile(r"(?:^|[,;]\s+|\b(?:when|as)\s+)(?:a|an|one)\s+(?:[\w-]+\s+)?(?:woman|man|mother|father|farmer|teacher|trader)\s+and\s+(?:her|his|their)\s+$", re.I)
# after an active verb's count ("killing eight police personnel and their civilian driver")
_AND_ONE_PERSON = fastre.compile(
    rf"(?:\s+(?-i:[A-Z])[\w-]*){{0,3}}(?:\s+(?:personnel|members|officers|men|troops|workers))?\s+{_AND_ONE}(?=\s*[,.;]|\s*$|\s+(?:in|at|on|near|inside|as|while|when|who)\b)", re.I)
_PASSIVE = fastre.compile(rf"{_B}{_NUM}(?:\s+(?:of\s+)?{_VICTIM_AND})?{_INCLUDING}(?P<link>{_LINK})(?:{_OUTCOME_RX})\b(?P<next>\s+\S+)?", re.I)
# "Five passengers on a minibus were killed": a place or vehicle phrase between the victims and
# the verb (only with a form of "be": a passive)
_PASSIVE_PP = fastre.compile(
    rf"{_B}{_NUM}\s+(?:of\s+)?{_VICTIM}(?P<pp>\s+(?:on|in|at|from|aboard|inside|near|outside|returning\s+from|"
    rf"travell?ing\s+(?:in|to|from|on))\s+(?:(?!(?:who|which|that|whom|and|after|before|following|when|while|because|since|until)\b)(?:[\w'’-]+|\([A-Za-z][^()]{{0,30}}\))\s+){{0,8}}?(?!(?:who|which|that|whom|and)\b)[\w'’-]+){_INCLUDING}(?P<link>{_LINK})"
    rf"(?:{_OUTCOME_RX})\b(?P<next>\s+\S+)?",
    re.I,
)
# "Eight people, seven police officers and the district police chief, were killed": a breakdown in
# apposition between the figure and the verb
_APPOS_BE = r",\s*(?:(?:were|was|have\s+been|had\s+been)\s|(?=(?:lost|died|perished)\b))"  # the comma that closes the apposition, then the verb
_PASSIVE_APPOS = fastre.compile(
    rf"{_B}{_NUM}\s+(?:of\s+)?{_VICTIM},\s+(?P<appos>(?:including\s+)?[^,;.()]{{3,90}}?\band\b[^,;.()]{{1,60}}?|"
    # "Two Rohingya men, reportedly RSO members, were shot dead": who they were, said by the way
    rf"(?:reportedly|allegedly|believed to be|said to be|both|all)\s+[^,;.()]{{3,60}}?)"
    rf"(?P<link>{_APPOS_BE}\s*)(?:{_OUTCOME_RX})\b(?P<next>\s+\S+)?",
    re.I,
)
_APPOS_LINK = fastre.compile(_APPOS_BE, re.I)  # the cheap test that the sentence can hold one
# "shooting eight people to death", "burned five civilians alive", "crucified three men",
# "claimed another 20 lives"
_ACTIVE_DEATH = tuple(fastre.compile(rx, re.I) for rx in (
    # "stoned and burned 13 suspected gang members": a lynching's dead
    rf"\b(?:ston(?:ed|ing)|beat(?:en|ing)?|hack(?:ed|ing)|lynch(?:ed|ing))(?: to death)? and (?:then )?burn(?:ed|t|ing)\s+{_NUM}"
    rf"(?:\s+(?:of\s+)?(?P<victims>(?:{_W}\s+){{0,4}}?{_W}))?\b(?!\s+(?:houses?|homes?|shops?|vehicles?|cars?|buses?|trucks?|motorcycles?))",
    rf"\b(?:shooting|shot|shoots|burn(?:ed|ing|s|t)|bur(?:ied|ying|ies)|ston(?:ed|ing|es)|beat(?:ing|s)?|hack(?:ed|ing|s)|"
    rf"stabb?(?:ed|ing|s)|boil(?:ed|ing|s)|tortur(?:ed|ing|es)|bludgeon(?:ed|ing|s)|batter(?:ed|ing|s)?)\s+{_NUM}"
    rf"(?:\s+(?:of\s+)?(?P<victims>(?:{_W}\s+){{0,4}}?{_W}))?\s+(?:to\s+death|alive)\b",
    rf"\b(?:crucif(?:ied|ying|ies)|behead(?:ed|ing|s))\s+{_NUM}(?:\s+(?:of\s+)?(?P<victims>(?:{_W}\s+){{0,3}}?{_W}))?",
    # "burned alive two men", "recovered the bodies of 29 Maoists", "the bodies of all six were recovered"
    rf"\b(?:burn(?:ed|t)|buried|beat(?:en)?) (?:to death|alive) {_NUM}(?:\s+(?:of\s+)?(?P<victims>(?:{_W}\s+){{0,3}}?{_W}))?",
    rf"\b(?:recovered|recovering|found|finding|retrieved|exhumed|fished out|discovered|discovering) (?:the )?(?:bodies|remains) of {_NUM}(?:\s+(?:of\s+)?(?P<victims>(?:{_W}\s+){{0,3}}?{_W}))?",
    # "rescuers had pulled 46 bodies from the rubble"
    rf"\b(?:pulled|recovered|retrieved|dug out|fished out|confirmed|counted|identified)\s+(?:out\s+)?{_NUM}\s+(?:more\s+)?(?P<victims>bodies)\b",
    # "officials attended the burial of 43 victims", "85 people were buried"
    rf"\b(?:burials?|funerals?) of (?!(?:a|an|one)\b){_NUM}(?:\s+(?:of\s+)?(?P<victims>(?:{_W}\s+){{0,2}}?{_W}))?",
    rf"(?<![\w-]){_NUM}\s+(?P<victims>people|victims|bodies|villagers|civilians)\s+(?:were|had been|have been)\s+buried\b(?!\s+alive)",
    rf"\bbodies of (?:all |the )?(?!(?:some|several|many|most|few|a few|the rest)\b){_NUM}(?:\s+(?:of\s+)?(?P<victims>(?:{_W}\s+){{0,2}}?{_W}))? (?:were|had been) (?:\w+ )?(?:recovered|found|fished out|retrieved|exhumed|brought (?:in|to))\b",
    rf"\bclaim(?:ed|ing|s)\s+(?:another\s+|a\s+further\s+|the\s+)?{_NUM}\s+(?:more\s+)?lives\b",
))
# "caught two men they suspected of stealing cattle and beat them to death": the figure told
# before, the killing told of "them"
_THEM_KILLED = fastre.compile(
    rf"{_B}{_NUM}\s+(?:of\s+)?(?P<victims>(?:{_W}\s+){{0,3}}?{_W})\b[^.;]{{0,120}}?\b(?:"
    rf"(?:beat(?:ing)?|beaten|hack(?:ed|ing)|stabb(?:ed|ing)|ston(?:ed|ing)|burn(?:ed|t|ing)|tortur(?:ed|ing)|bludgeon(?:ed|ing)|club(?:bed|bing))"
    rf"\s+(?:both\s+|all\s+)?them(?:\s+both|\s+all)?\s+to\s+death|leaving\s+(?:both\s+|all\s+)?them(?:\s+both|\s+all)?\s+dead|burn(?:ed|t|ing)\s+(?:both\s+|all\s+)?them(?:\s+both|\s+all)?\s+alive|(?:lynch(?:ed|ing)|murder(?:ed|ing)|kill(?:ed|ing)|behead(?:ed|ing)|execut(?:ed|ing)|shot|shooting)\s+(?:both\s+|all\s+)?them(?:\s+both|\s+all)?(?:\s+dead)?)\b",
    re.I,
)
_BE = fastre.compile(r"\b(?:were|was|been|being|got|are|is)\b", re.I)
_DEATH_WORDS = fastre.compile(r"to death|alive|crucif|behead|lives|bodies|remains of|burial|buried|funeral|(?:ston|beat|hack|lynch)\w* and (?:then )?burn", re.I)
# "11 fighters from both sides died": the place phrase that a death verb with no "be" may follow
_BOTH_SIDES_WORDS = r"(?:from|on)\s+(?:both|either|each)\s+sides?"
_FROM_BOTH_SIDES = rf"\b{_BOTH_SIDES_WORDS}"
_BOTH_SIDES_PP = fastre.compile(rf"\s+{_BOTH_SIDES_WORDS}$", re.I)
_BE_OUTCOME = fastre.compile(rf"\b(?:were|was|been|being|are|is)\s+(?:\w+\s+){{0,2}}?(?:{_OUTCOME_RX})\b|{_FROM_BOTH_SIDES}\s+(?:later\s+)?(?:died|perished)\b", re.I)


def _pp_needed(text: str, offset: int, found) -> bool:
    """Whether a passive outcome ("were killed") in the sentence has no figure yet: only then is
    the slower search for a place phrase between the figure and the verb worth it."""
    for m in _BE_OUTCOME.finditer(text):
        end = offset + m.end()
        if not any(cm.span.start < end <= cm.span.end + 1 for _, _, cm in found):
            return True
    return False
# the verbs of a source that gives a toll ("a rights group put the death toll at 61"); claims reads the
# source before them
TOLL_VERB = r"(?:put|puts|putting|placed|places|estimated|estimates|gave|gives)"
# "first said more than 100 were dead, then revised the toll to 84": the figure that replaces the first
_REVISED_VERB = r"(?:revised|revising|lowered|lowering|corrected|correcting|raised|raising|updated|updating|bringing|brought|pushing|pushed) (?:down(?:wards?)? )?(?:the |its |their )?(?:death |fatality )?(?:toll|figure|count) (?:down(?:wards?)? )?(?:from (?:[\w'’-]+ ){1,8}?)?to"
_REVISED_BEFORE = fastre.compile(_REVISED_VERB + r"\s+$", re.I)
# "The government at first said five people died ...; after an inquiry it acknowledged 13": a first account, replaced
# ... and the same source correcting it ("after an inquiry it acknowledged that 13 ...")
_CORRECTED = fastre.compile(r"\b(?:it|they|he|she|then|later|subsequently)\b[^.;]{0,30}?\b(?:acknowledged|admitted|conceded|revised|corrected|updated|raised|lowered)\b", re.I)
# the verbs of a first account ("initially said", "at first put"); claims reads the same words across sentences
TELL_VERB = r"(?:said|reported|put|gave|counted|claimed|announced|spoke of)"
_FIRST_SAID = fastre.compile(rf"\b(?:at first|initially|first|originally) {TELL_VERB}\s+(?:that\s+)?(?:the toll at\s+)?(?:[\w'’-]+\s+){{0,2}}$", re.I)
_ACTIVE_OBJECT = fastre.compile(rf"\s+(?:a|an|the|his|her|their|its|at least|more than|some|{NUMBER_PATTERN})\b", re.I)
_ACTIVE = fastre.compile(
    rf"\b(?:(?:(?:shooting|shot) and )?(?:hacked|stabbed|speared|beaten|beat|bludgeoned|clubbed|burnt|burned|stoned|tortured|strangled|shot|hacking|stabbing|beating|clubbing) to death|killing|killed|kills|kill|massacre|shooting dead|shot dead|shoots? dead|guns? down|murder(?:s|ed|ing)?|lynch(?:ed|ing)(?: and (?:then )?(?:set (?:on fire|ablaze|alight)|set fire to|burn(?:ed|t)(?: alive)?))?|gunning down|hacking|executed|executing|executes|neutrali[sz](?:ed|ing)|slaughter(?:ed|ing|s)?|massacr(?:ed|ing|es)|(?:fatally|mortally) (?:shot|stabbed|wounded|injured|wounding|injuring|shooting|stabbing)|(?:led to|caused|causing|resulting in) the deaths? of|deaths? of|(?:received|recovered|retrieved|collected|counted|pulled out) the bodies of|leaving|left|leaves|injuring|injured|wounding|wounded|abducting|abducted|kidnapping|"
    rf"kidnapped|shot dead|gunned down|claimed the lives of|claiming the lives of|death toll (?:rose|climbed|reached|stood|rises|is|was)(?: to| at)?|"
    rf"(?:death )?toll (?:from|of|in) (?:[\w'’-]+ ){{1,16}}?(?:rose|climbed|jumped|had risen|has risen|(?:was|has been|had been) (?:revised|raised|lowered|(?:re)?adjusted)(?: (?:up|down)(?:wards?)?)?) to|"
    rf"death toll of|(?:gave|gives|give|giving|cited|cites|citing) (?:a |the )?(?:(?:much |far |slightly )?(?:lower|higher|smaller|larger) )?(?:death |fatality )?(?:toll|figure|count) of|{_REVISED_VERB}|{TOLL_VERB} (?:the |its |their )?(?:(?P<tollpos>army|military|police)['’]s )?(?:(?:total|final) )?(?:(?:(?P<tollof>insurgent|militant|rebel|civilian|military|army|police) |official )?(?:death |fatality ))?toll (?:(?:from|in|of) (?:the |this |that )?(?:[\w'’-]+ ){0,3}?)?(?:(?:much |far |slightly )?(?:lower|higher),? )?at|(?:death )?toll (?:had |has )?{ROSE_VERB} to|"
    rf"(?:put|puts|putting|placed|places|placing|estimated|estimating) the (?:number of (?:the )?)?(?:number killed|(?<=\bput the )number(?= at \d)|total (?:number of )?(?:dead|deaths)|dead|deaths|those killed|people killed|dead (?:soldiers|civilians|fighters|troops|policemen|militants|rebels)|(?P<killedof>soldiers|civilians|fighters|troops|policemen|militants|rebels|insurgents|bandits|gunmen|attackers|villagers|Maoists|cadres|terrorists|extremists|jihadists) killed|number of ['‘\x22“][\w-]+['’\x22”] killed)(?: on (?:both|either|each) sides?)? at(?: between)?)\s+(?:(?:himself|herself|themselves)\s+and\s+)?(?:all\s+)?(?:the\s+(?=\d|(?:two|three|four|five|six|seven|eight|nine|ten)\b))?[\x22“]?{_NUM}(?:\s+(?:of\s+(?:the\s+|their\s+)?)?(?P<victims2>(?:{_W}\s+){{0,3}}?{_W}))?"
    rf"(?:\s+(?:(?:seriously|critically|severely|badly|grievously|gravely|slightly|mildly)\s+)?(?:(?P<o2_killed>dead)|(?P<o2_injured>injured|wounded|hurt)))?",
    re.I,
)
# deaths told of other places than the event's: "in unrest in other counties the same day"
# ... and "in a separate incident" (here only: the trigger filter keeps such sentences' events)
_SEPARATE = r"in (?:a|another) separate (?:incident|attack|clash|shooting)"
_OTHER_PLACES = fastre.compile(rf"[^.;]{{0,40}}?\b(?:{OTHER_PLACES}|{_SEPARATE})\b", re.I)
# a vague quantity, no count of its own ("Some of the dead bore signs of torture")
_VAGUE_WORD = fastre.compile(r"(?:some|many|several|most|all|dozens|scores|hundreds|a few|few)\b", re.I)
_INCLUDED = fastre.compile(r"(?:including|among them|among whom|of whom|of them|out of)\s*$", re.I)

_VICTIM_KINDS = [
    ("police", r"police|policem[ae]n|constables?|cops?|officers?|RAB|levies|patrolm[ae]n"),
    ("military", r"soldiers?|troops?|army|servicem[ae]n|personnel|security forces|paramilitar|FC|frontier corps|sepoys?|jawans?|BGB|BSF|marines?"),
    ("perpetrator", r"bombers?|attackers?|assailants?|gunm[ae]n|hijackers?|bandits?|kidnappers?"),
    ("militia", r"vigilant\w*|vigilance|militiam[ae]n|militias?|dozos?|koglweogo|CJTF|VDPs?|Wazalendo"),
    ("rebel", r"armed(?: m[ae]n)?|militants?|fighters?|rebels?|insurgents?|terrorists?|jihadists?|separatists?|guerrillas?|extremists?|cadres?|Maoists?"),
    ("civilian", r"civilians?|people|persons?|villagers?|residents?|passengers?|worshippers?|children|students?|women|men|farmers?|workers?|"
                 r"traders?|journalists?|pilgrims?|devotees?|shoppers?|family|man|woman|youth|boy|girl|child|individuals?|"
                 r"managers?|shopkeepers?|businessm[ae]n|vendors?|drivers?|teachers?|doctors?|nurses?|labou?rers?|fishermen|employees?|vaccinators?|volunteers?|medics?|paramedics?|lawyers?|judges?|clerics?|imams?|priests?|monks?"),
]
_KIND_RX = [(k, fastre.compile(rf"\b(?:{rx})\b", re.I)) for k, rx in _VICTIM_KINDS]

_NOT_VICTIM = fastre.compile(
    r"^(?:years?|days?|hours?|minutes?|km|kilometres?|kilometers?|miles?|metres?|meters?|percent|per cent|%|am|pm|a\.m|p\.m|"
    r"rounds?|bullets?|shots?|times?|bombs?|houses?|shops?|vehicles?|cars?|buildings?|taka|tk|rupees?|dollars?|months?|weeks?|"
    r"head of cattle|livestock|cows|goats|sheep|camels|donkeys|horses|animals|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b",
    re.I,
)


_DATELINE_DAY = fastre.compile(
    r"^(?-i:[A-Z])[\w .'’-]{1,40},\s+(?-i:[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})(?:,\s+\d{4})?\s*(?:\([^()]{1,30}\)\s*)?[-–—]\s", re.I)


# the charge against someone: "on suspicion of murdering a child"
# a single victim, then a comma that opens an apposition: "One Rohingya man, "
_ONE_THEN_APPOS = fastre.compile(
    r"\b(?:one|an?)\s+(?:[\w'’-]+\s+){0,2}?(?:man|woman|boy|girl|youth|person|civilian|member|resident|villager|refugee|worker|"
    r"student|farmer|soldier|policeman|officer|child|teenager|activist|leader)\b,\s*$", re.I)


_NOT_PEOPLE = fastre.compile(
    r"(?:a|an|one) (?:[\w-]+ )?(?:station|office|building|vehicle|car|bus|truck|shop|checkpoint|box|bridge|mosque|church|temple|school|market)\b,? (?:and|or)\b", re.I)
_ACRONYM_COLON = fastre.compile(r"\b((?-i:[A-Z][A-Za-z0-9()-]{1,14})):(?= (?-i:[A-Z]))")
_QUOTED_FIGURE = fastre.compile(
    r"[\"“”](?=(?:(?:more than|at least|over|about|some|nearly|up to|around|almost) )?\d[\d,]*[\"“”])|(?<=\d)[\"“”]|"
    r"(?<=\w )[\"“](?=[\w-]+[\"”]\s+(?:were|was|had been|have been|are)\b)|(?<=\w)[\"”](?=\s+(?:were|was|had been|have been|are)\b)")


def find_casualties(doc: Document) -> list[CasualtyMention]:
    """All casualty mentions of ``doc``, in text order, without duplicates."""
    out: list[CasualtyMention] = []
    seen: list[tuple[int, int]] = []
    for sent in doc.sentences:
        text = sent.text
        if sent.index == 0 and (dl := _DATELINE_DAY.match(text)) is not None:
            # "BAMAKO, Aug 20 (Reuters) - Eleven Malian soldiers were killed": the day is no count (masked, same length)
            text = text[: dl.start("day")] + "#" * len(dl.group("day")) + text[dl.end("day") :]
        if ": " in text:
            text = _ACRONYM_COLON.sub(r"\1 ", text)  # "two members of the SDF: Syrian Democratic Forces": one name (masked, same length)
        if '"' in text or "“" in text:
            text = _QUOTED_FIGURE.sub(" ", text)  # 'killed "more than 30" militants': the quoted figure (masked, same length)
        found: list[tuple[int, int, CasualtyMention]] = []
        death_words = _DEATH_WORDS.search(text) is not None  # asked once, not once per pattern
        for rx in (_ACTIVE, _PASSIVE, *_ACTIVE_DEATH, _PASSIVE_PP, _PASSIVE_APPOS):
            if rx is _PASSIVE_PP and not _pp_needed(text, sent.start, found):
                continue
            if rx is _PASSIVE_APPOS and not _APPOS_LINK.search(text):
                continue
            if not death_words and rx in _ACTIVE_DEATH:
                continue
            for m in rx.finditer(text):
                if rx is _PASSIVE_PP and not (m.group("victims") and (_BE.search(m.group("link")) or _BOTH_SIDES_PP.match(m.group("pp")))):
                    continue
                if rx is _PASSIVE_APPOS and (not m.group("victims") or _is_age(text, m.start("num"))):
                    continue
                if rx is _ACTIVE and SUSPECTED_OF.search(text, max(0, m.start() - 40), m.start()):
                    continue  # "lynched a man held on suspicion of murdering a child": the charge, not a death today
                if rx is _PASSIVE and _KIN_OF.search(text, max(0, m.start("num") - 40), m.start("num")):
                    continue  # "The father and brother of one of the women were killed": her kin, not she
                if rx is _PASSIVE and _RIOT_CAUSE.search(text[max(0, m.end("num") - 300) : m.end("num")] + " "):
                    continue  # "youths burnt a police outpost after a rider was shot dead by a policeman": the riot's cause
                if rx is _PASSIVE and (whole := _TOTAL_THEN_YOUNGEST.search(text, 0, m.start("num"))) is not None:
                    # "Twenty-two people, the youngest an eight-year-old girl, were killed": the total, not the girl
                    if (n := parse_number(whole.group("total"))) and not any(whole.start() < e and m.end() > s0 for s0, e, _ in found):
                        found.append(_someone_killed(whole.start(), m.end(), n, sent.start, sent.index))
                    continue
                cm = _mention(m, sent.start, sent.index, text)
                if cm is None:
                    if rx is _PASSIVE and _UNCOUNTED.match(text, m.start("num")) and (
                            outcome := next((k[2:] for k, v in m.groupdict().items() if v and k.startswith("o_")), None)):
                        # "leaving 11 soldiers and an unknown number of attackers dead": the soldiers' count stands
                        found.extend(_coordinated(m, _Outcome(outcome), sent.start, sent.index, text, found))
                    continue
                if _UNCOUNTED.match(text, m.start("num")):
                    # "4 soldiers and an undisclosed number of militants were killed": no count
                    # of its own, though the groups coordinated with it have theirs
                    if rx is _PASSIVE:
                        found.extend(_coordinated(m, cm, sent.start, sent.index, text, found))
                    continue
                if rx is _PASSIVE_APPOS:
                    # the groups listed in the apposition are the total's breakdown, not more dead
                    found[:] = [f for f in found if not m.start("appos") <= f[0] < m.end("link")]
                a, b = m.start("num"), m.end("num")
                if any(a < e and b > s for s, e, _ in found):
                    continue
                if m.group("num").lower().split()[0] in ("a", "an") and _ONE_THEN_APPOS.search(text, max(0, a - 60), a):
                    continue  # "One Rohingya man, a volunteer, was killed": who the one was, not a second death
                if rx is _PASSIVE and cm.outcome == "killed" and _AND_ONE_MORE.search(cm.victims):
                    # "10 DRG personnel and the civilian driver were killed": eleven (a bomber is
                    # counted where the bombing is coded)
                    cm = _one_more(cm)
                if rx is _PASSIVE and cm.outcome == "killed" and _ONE_AND_KIN_BEFORE.search(text, max(0, a - 40), a):
                    cm = _one_more(cm)  # "A woman and her two children were killed": three
                found.append((a, b, cm))
                if rx is _PASSIVE and (along := _ALONG_WITH.match(text, m.end())) is not None and (n := parse_number(along.group("num"))):
                    # "nine soldiers were killed, along with 14 of the attackers": another group, the same outcome
                    v = along.group("victims").strip()
                    found.append((along.start("num"), along.end("num"), replace(
                        cm, span=Span(sent.start + along.start("num"), sent.start + along.end()), figure=n, low=n, high=n,
                        qualifier="exact", victims=v, victim_kind=victim_kind(v))))
                if rx is _PASSIVE:
                    found.extend(_coordinated(m, cm, sent.start, sent.index, text, found))
                elif rx is _ACTIVE:
                    if cm.figure == 1 and (kin := _KIN_LIST.match(text, m.end())) is not None and "," in kin.group(0):
                        # "beat to death a woman, her son and her daughter": each of her kin is one more
                        # ("a mother and her young son" is two groups, as _following reads them)
                        n = 1 + len(fastre.findall(r"(?:,|\band)\s+(?:his|her|their|an?)\b", kin.group(0), re.I)) + (
                            parse_number(kin.group("many")) - 1 if kin.group("many") else 0)  # ("and their five children": five)
                        found[-1] = (a, b, replace(cm, figure=n, low=n, high=n))
                    else:
                        more = _following(m, cm, sent.start, sent.index, text, found)
                        one = None if more else _AND_ONE_PERSON.match(text, m.end())
                        if one is not None and victim_kind(one.group("who")) != "unknown":
                            # "killing eight police personnel and their civilian driver": nine
                            found[-1] = (a, b, _one_more(cm))
                        found.extend(more)
        if not any(cm.outcome == "killed" for _, _, cm in found) and " them" in text:
            pos = 0
            while (m := _THEM_KILLED.search(text, pos)) is not None:
                cm = _mention(m, sent.start, sent.index, text)
                if cm is not None and (_CROWD_OF.search(text, max(0, m.start("num") - 40), m.start("num")) or (
                        m.group("num").isdigit() and _NAME_BEFORE.search(text, max(0, m.start("num") - 30), m.start("num")))):
                    # ("residents of Delmas 32 caught six suspected gang members ...": a place's number)
                    cm = None  # "A crowd of more than 100 people ... dragged two men out ... and burned them alive": the crowd
                if cm is not None and not any(m.start("num") < e and m.end("num") > s0 for s0, e, _ in found):
                    found.append((m.start("num"), m.end("num"), cm))
                    break
                pos = m.end("num")  # "On 9 June 2023, locals caught two ...": the next figure
        # a toll told in an earlier sentence
        earlier = any(cm.outcome == "killed" and not is_included(cm) for cm in out)
        if earlier:
            # "killing three policemen. ... a fourth officer had died of his wounds": one more, after the toll
            found[:] = [(a, b, replace(cm, victims="(later) " + cm.victims)) if cm.outcome == "killed" and cm.figure == 1
                        and _ORDINAL_VICTIM.match(text, a) and not _CLAIMED_WORD.search(text) else (a, b, cm) for a, b, cm in found]
        revised = [a for a, _, cm in found if cm.outcome == "killed" and _REVISED_BEFORE.search(text, max(0, a - 60), a)] or [
            a for a, _, cm in found if cm.outcome == "killed" and any(
                f[2].outcome == "killed" and f[1] < a and _FIRST_SAID.search(text, max(0, f[0] - 40), f[0])
                and _CORRECTED.search(text, f[1], a) for f in found)]
        if revised:  # the revised toll replaces the figures given before it
            found[:] = [f for f in found if f[2].outcome != "killed" or f[0] >= revised[-1]]
        elif (" initially " in text or " at first " in text or " originally " in text) and (rose := [
                a for a, _, cm in found if cm.outcome == "killed" and _ROSE_BEFORE.search(text, max(0, a - 50), a)]):
            # "The ICRC initially said a hospital had received the bodies of 29 children; over the
            # following days the toll rose to 51": the first account, replaced
            found[:] = [f for f in found if f[2].outcome != "killed" or f[0] >= rose[-1]
                        or not _INITIALLY_BEFORE.search(text, max(0, f[0] - 100), f[0])]
        if not any(cm.outcome == "killed" for _, _, cm in found):
            # a death told without a figure after an earlier sentence gave one retells it ("A leader
            # was killed in a gunfight. ... the gunfire resulted in his death")
            found.extend(_named_killed(text, sent.start, sent.index) or _named_deaths(text, sent.start, sent.index) or (
                (_bombers_died(text, sent.start, sent.index) or _later_deaths(text, sent.start, sent.index)
                 or _another_named(doc, sent, out) or _also_one(text, sent.start, sent.index)) if earlier
                else _implicit_killed(text, sent.start, sent.index)))
        elif (" other " in text or " another " in text or " the third " in text or " the fourth " in text) and (other := _THE_OTHER_DIED.search(text)) is not None and any(
            cm.outcome == "killed" and cm.figure == _DIED_BEFORE_NTH.get((other.group(1) or "").lower(), 1) and b <= other.start()
            for _, b, cm in found
        ):  # "One died on the spot and the other died in hospital": a second victim
            found.append(_someone_killed(other.start(), other.end(), 1, sent.start, sent.index))
        if " while " in text and (named := _WHILE_NAMED_DIED.search(text)) is not None and any(
            cm.outcome == "killed" and b <= named.start() for _, b, cm in found
        ) and not any(named.start() <= a < named.end() for a, _, _ in found):
            # "Four terrorists were killed while Sepoy Muhammad Imran embraced shahadat": one more
            found.append(_someone_killed(named.start(), named.end(), 1, sent.start, sent.index))
        for a, b, cm in sorted(found, key=lambda t: t[0]):
            if _NOT_PEOPLE.match(text, a):
                continue  # "attacked a police station, and a police constable was killed": the station is no victim
            key = (sent.start + a, sent.start + b)
            if key not in seen:
                seen.append(key)
                out.append(cm)
    early = [c for c in out if c.outcome == "killed" and _EARLY_ACCOUNT.search(doc.text, doc.sentences[c.sentence].start, c.span.start)]
    if early and any(c.outcome == "killed" and c not in early for c in out):
        out = [c for c in out if c not in early]  # "killing 14 ...; early reports had put the toll at 10": replaced
    # "killed a couple and their three children": a couple is two
    out = [replace(c, figure=2, low=2, high=2) if c.figure == 1 and c.qualifier == "exact" and _COUPLE.fullmatch(c.victims) else c for c in out]
    # "Posts claimed several students had been killed, but the ministry said ... no one died": refuted;
    # "Elsewhere on the same day, three people were killed in clashes in Chattogram": another event's
    # (as the trigger filter reads such a later sentence)
    return [c for c in out if c.outcome != "killed" or not (
        _REFUTED_AFTER.search(doc.text, c.span.end, doc.sentences[c.sentence].end)
        or c.sentence > 0 and _OTHER_PLACES_LEAD.match(doc.sentences[c.sentence].text))]


def _one_more(cm: CasualtyMention) -> CasualtyMention:
    """``cm`` with one more victim counted (a driver named after a passive's count, a mother before her children)."""
    return replace(cm, figure=cm.figure + 1, low=cm.low + 1, high=None if cm.high is None else cm.high + 1)


_COUPLE = fastre.compile(r"(?:(?:elderly|young|married|old|local) )?couple", re.I)
# a figure given with no word of death, after another outcome in the sentence: that outcome's figure
_PLAIN_FIGURE = fastre.compile(r"\b(?:gave|gives|give|giving|cited|cites|citing) (?:a |the )?(?:(?:lower|higher|smaller|larger) )?(?:figure|count) of\b", re.I)
_OTHER_OUTCOME = fastre.compile(r"\b(?:missing|abducted|kidnapped|detained|arrested|displaced|injured|wounded|hurt)\b", re.I)


_KIN_OF = fastre.compile(r"\b(?:father|mother|brother|sister|son|daughter|wife|husband|relatives?|parents?|uncle|cousin|nephew)\s+of\s+$", re.I)
_KIN_OF_THE_DEAD = fastre.compile(r"\b(?:relatives|family members|family|kin|kinsmen|attendants|parents) of (?:an? |the )(?:[\w-]+ ){0,2}?"
                                   r"(?:patient|person|man|woman|boy|girl|child|baby|infant|youth|student|worker|labourer|mother)\s+(?:who\s+(?:had\s+)?)?$", re.I)
_TOTAL_THEN_YOUNGEST = fastre.compile(rf"\b(?P<total>{NUMBER_PATTERN})\s+(?:[\w-]+\s+){{0,2}}?(?:people|persons|civilians|children|victims),\s+(?:the\s+)?(?:youngest|oldest|eldest)\s+$", re.I)
_WHILE_NAMED_DIED = fastre.compile(
    r"\bwhile\s+(?:[\w'’-]+\s+){0,3}?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}\s+(?:embraced\s+(?:shahadat|martyrdom)|was\s+martyred)\b")
_NAME_BEFORE = fastre.compile(r"\b(?-i:[A-Z])[\w'’-]*\s+$")
_CROWD_OF = fastre.compile(r"\b(?:crowds?|mobs?|groups?|gatherings?|throngs?|hundreds|thousands) of (?:(?:more than|over|about|around|some|nearly|at least) )?$", re.I)
_OTHER_PLACES_LEAD = fastre.compile(
    rf"\s*(?:(?:the same|that) (?:day|evening|night|morning|afternoon),?\s+)?(?:{OTHER_PLACES}|{_SEPARATE})\b", re.I)
# a later source in the same sentence who says no one died
_REFUTED_AFTER = fastre.compile(
    r"\bbut\s+(?:the\s+)?(?:[\w'’-]+\s+){1,5}?(?:said|says|stated|confirmed|insisted|reported)\s+(?:that\s+)?[^.;]{0,80}?"
    r"\b(?:no\s?one|no-one|nobody)\s+(?:had\s+)?(?:died|been\s+killed|was\s+killed)\b", re.I)


# a first figure the report says was replaced: "early reports had put the toll at 10" (not "Early
# reports said at least 100 ...; later figures put the toll at 170": two accounts, the lowest counts)
_EARLY_ACCOUNT = fastre.compile(
    r"\b(?:early|earlier|initial|first|preliminary) (?:(?:local|media|news|official|press|police|government) ){0,2}(?:reports?|figures?|estimates?|accounts?|tolls?) had "
    r"(?:(?:put|said|gave|spoke of|suggested|reported|indicated)\b[^.;]{0,30})?$", re.I)


# "..., and the other died at the hospital": the second of two victims, after the first's death
_THE_OTHER_DIED = fastre.compile(r"(?:\band|;)\s+(?:the\s+other|another)\s+(?:one\s+|(?!of\b)(?-i:[A-Z]{2,6}\s+|[A-Z][a-z]+\s+[A-Z][a-z]+\s+|[a-z]+\s+){0,2}(?:activist|supporter|leader|member|protester|student|man|woman|worker|villager|soldier|policeman|officer|civilian)\s+)?(?:later\s+)?(?:died|succumbed|was\s+(?:also\s+)?(?:killed|found\s+dead))\b|"
    # "Two died at the scene and the third at Narail Sadar Hospital": the last of three, its verb left out
    r"\band\s+the\s+(third|fourth)\s+(?:(?:later|soon after|on the way)\s+)?(?:died\b|succumbed\b|(?=(?:at|in)\s+(?:[\w'’-]+\s+){0,4}?(?:hospital|clinic|medical)))", re.I)


# how many died before "the third" or "the fourth" who died later ("the other" follows one)
_DIED_BEFORE_NTH = {"third": 2, "fourth": 3}
_ROSE_BEFORE = fastre.compile(rf"\btoll\s+(?:had\s+|has\s+)?(?:{ROSE_VERB}|reached)\s+(?:to\s+)?(?:at least\s+|more than\s+)?$", re.I)
_INITIALLY_BEFORE = fastre.compile(rf"\b(?:initially|at first|originally)\s+{TELL_VERB}\b[^.;]{{0,90}}$", re.I)
_NO_BE = r"(?!(?:were|was|are|is|had|have|has|been)\b)"  # a word of a name, not the verb after it
# ("11 militants, including the bomber, and 3 soldiers were killed": the first group's breakdown skipped)
_COORD = fastre.compile(rf"{_B}{_NUM}(?:\s+(?:of\s+)?{_VICTIM}(?:\s+(?:from|of)\s+(?:the\s+)?(?:{_NO_BE}[\w'’-]+\s+){{0,5}}?{_NO_BE}[\w'’-]+)?)?(?:,\s+including\s+[^,;.]{{1,40}})?\s*(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)


def _listed_group(
    c: re.Match, span: Span, outcome: str, victims: str, kind_of: str, sentence: int
) -> CasualtyMention | None:
    """One more group of a list ("12 soldiers and three fighters"), with the list's outcome."""
    qualifier = _QUAL.get((c.group("qual") or "").lower(), "exact")
    figure, low, high = _value(c.group("num"), qualifier)
    if figure is None:
        return None
    return CasualtyMention(
        span=span, figure=figure, low=low, high=high, qualifier=qualifier, outcome=outcome,
        victims=victims, victim_kind=victim_kind(kind_of), sentence=sentence,
    )


_AGE = fastre.compile(r"\d{1,2}\s*[,)]")
# what a crowd did, then the death it did it over ("torched a police station after a suspect")
_RIOT_CAUSE = fastre.compile(r"\b(?:torched|torching|set fire to|setting fire to|set ablaze|burned|burnt|stormed|ransacked|ransacking|vandali[sz]ed|vandali[sz]ing|pelted|rioted|blocked|protested|demonstrated)\b"
                             r"[^.;]{0,120}" + AFTER_A_CAUSE, re.I)
_CAUSE_BEFORE = fastre.compile(
    r"\b(?:following|after|over|against|protesting|in protest (?:at|of|against|over)|(?:angered|outraged|incensed|enraged|infuriated) (?:by|over|at)|angry (?:at|over|about)|demanding (?:justice|a probe|an investigation|trial) (?:for|into)|mourning|"
    r"(?:retaliation|revenge|reprisal|reprisals) for|"
    # "vandalised the hospital, alleging negligence in the death of a fellow student": the grievance
    r"(?:alleging|alleged|over|blaming|citing) (?:[\w-]+ ){0,2}?(?:negligence|wrong treatment|maltreatment|mistreatment) (?:in|over|behind|for|leading to|that led to))\s+"
    r"(?:(?:the|an?)\s+)?(?:(?:earlier|recent|previous|alleged|suspicious|mysterious|sudden)\s+)?$",  # ("over an earlier death of a student")
    re.I,
)


# a crowd's deed, then "after" and the death it answered (the figure's clause starts right there)
_AFTER_WORD = fastre.compile(r"\b(?:after|following)\s+")
_RIOT_AFTER = fastre.compile(r"\b(?:torched|set fire to|set ablaze|stormed|ransacked|vandali[sz]ed|pelted|rioted)\b[^.;]{0,120}\b(?:after|following)\s+$", re.I)


_AGED_BEFORE = fastre.compile(
    r"\b(?:aged|age(?: of)?)\s+(?:about\s+|around\s+|nearly\s+|some\s+|approximately\s+|roughly\s+|between\s+)?"
    r"(?:\d{1,3}\s*(?:,|and|or|&|to|-)\s*)*$", re.I)


def _is_age(text: str, start: int) -> bool:
    """The number at ``start`` is an age in apposition: "Saber Ahmed, 29, ...", "(35)"."""
    return bool(_AGE.match(text, start)) and bool(fastre.search(r"(?:[\w)],|\()\s*$", text[max(0, start - 3) : start]))
_MONTH_BEFORE = fastre.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}\s+(?:or|and|to|-)\s+)?$", re.I
)


_RUMOURED = fastre.compile(r"\brumou?rs? (?:that|of)\b[^.;]{0,80}$", re.I)


@dataclass(frozen=True)
class _Outcome:
    """What happened to an uncounted group, all its coordinated groups need of it."""

    outcome: str


# a part that died, told in a clause of its own after a total that met another fate
_WHOM_DIED = fastre.compile(r"\s*of\s+whom\s+(?:later\s+|subsequently\s+|eventually\s+)?(?:died|succumbed|(?:was|were)\s+(?:later\s+)?(?:killed|declared dead|pronounced dead))\b", re.I)


def _coordinated(m: re.Match, cm: CasualtyMention | _Outcome, offset: int, sent_index: int, text: str, found) -> list:
    """Groups listed before a passive match share its outcome: "12 soldiers and three fighters were killed"."""
    out = []
    outcome = cm.outcome
    if isinstance(cm, CasualtyMention) and _WHOM_DIED.match(text, m.end("num")):
        outcome = "injured"  # "beat two men ..., one of whom later died": the two were hurt, the one died
    end = m.start()
    for _ in range(4):
        c = _COORD.search(text, max(0, end - 120), end)
        if not c or any(c.start("num") < e and c.end("num") > s for s, e, _ in found + out):
            break
        if _MONTH_BEFORE.search(text, max(0, c.start("num") - 20), c.start("num")):
            break  # "On Sep 20, a leader ... was killed": a day of the month, not a group of victims
        if _is_age(text, c.start("num")) or _AGED_BEFORE.search(text[max(0, c.start("num") - 40) : c.start("num")]):
            break  # "Ujjal, 40, a bus passenger, was killed", "aged 17 and 19": ages
        victims = (c.group("victims") or "").strip()
        if victims and _NOT_VICTIM.match(victims):
            break
        span = Span(offset + c.start(), offset + (m.start("next") if m.group("next") else m.end()))
        group = _listed_group(c, span, outcome, victims or "people", victims or c.group("num"), sent_index)
        if group is None:
            break
        out.append((c.start("num"), c.end("num"), group))
        end = c.start()
    return out


_SPEECH_VERB = r"(?:said|says|told|added|claimed|reported|stated)"
_SPEECH = fastre.compile(rf"\b{_SPEECH_VERB}\b", re.I)
# a speech verb right after a listed group: "killing 56 people, two aid workers told Reuters"
_SPEECH_NEXT = fastre.compile(rf"\s+(?:[\w'-]+\s+){{0,2}}?{_SPEECH_VERB}\b", re.I)
# the rest of the first group's noun may come first: "killing three Indian security personnel and a civilian"
_FOLLOW = fastre.compile(
    rf"(?:\s+(?!(?:{NUMBER_PATTERN})\b){_STOP}[A-Za-z][\w'’]*){{0,3}}?\s*(?:,\s*(?:and\s+)?|\s+and\s+){_NUM}"
    rf"(?:\s+(?:of\s+(?:the\s+|their\s+)?)?{_VICTIM})?",  # ("... and two of the attackers": attackers)
    re.I,
)


# a listed group's own outcome word right after it: "... and 3 others injured"
# "left four suspects and a military police officer dead": the outcome after a second group
_AND_GROUP_OUTCOME = fastre.compile(
    r"\s+and\s+(?:a|an|one|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w'-]+\s+){0,3}?(?:(?P<dead>dead)|injured|wounded)\b", re.I)
_OWN_OUTCOME = fastre.compile(
    r"(?:\s+(?!(?:and|or|were|was|in|at|on|by|when|while|as)\b)[\w'-]+){0,2}?(?:\s*,\s*including [^,;.]{1,60},)?\s+"
    r"(?:(?:seriously|critically|severely|badly|grievously|gravely|slightly|mildly)\s+)?"
    r"(?:(?P<dead>dead|killed)|injured|wounded|hurt|burn(?:ed|t)|hospitali[sz]ed|(?:with )?(?:serious |severe |critical |minor |bullet |burn )*injur(?:y|ies))\b", re.I
)


def _following(m: re.Match, cm: CasualtyMention, offset: int, sent_index: int, text: str, found) -> list:
    """Groups listed after an active verb share its outcome: "killing two soldiers and three civilians"."""
    out = []
    pos = m.end()
    for _ in range(4):
        c = _FOLLOW.match(text, pos)
        if not c:
            break
        victims = (c.group("victims") or "").strip()
        if not victims and fastre.match(r"(?:a|an|one)\s", c.group("num"), re.I) and parse_number(c.group("num")) is None:
            victims = c.group("num").split(None, 1)[1]  # "..., a soldier and a security guard"
        if not victims or _NOT_VICTIM.match(victims) or fastre.match(r"(?:injur|wound|abduct|kidnap)", victims, re.I):
            break
        sep = text[pos : c.start("num")]
        if fastre.match(r"\s*of\s+(?:them|whom)\b", text[c.end("num") :]) or _SPEECH_NEXT.match(text, c.end()):
            break  # "killed 11 villagers, some of them teenagers": a part; "killing 56 people, two aid workers told Reuters": the source
        if _SPEECH.search(victims) or "and" not in sep and fastre.match(r"(?:a|an|one)\s", c.group("num"), re.I) and (
            victim_kind(victims) == "unknown" or not fastre.search(r"\band\s+(?:a|an|one|\d+|\w+)\s", text[c.end() : c.end() + 40])
        ):
            break  # ", a local official said": the source, not another group of victims
        if fastre.match(rf"{_LINK}(?:{_OUTCOME_RX})", text[c.end():], re.I) and fastre.match(r"\s*(?:were|was|have|had)\b", text[c.end():]):
            break  # "killed 1 and 6 others were injured": the next group has its own outcome
        end = c.end() - (len(c.group(0)) - len(c.group(0).rstrip()))  # the group's end, before any trailing space
        own = _OWN_OUTCOME.match(text, end)  # "left 3 officers dead and 3 others injured"
        outcome = cm.outcome if own is None else ("killed" if own.group("dead") else "injured")
        group = _listed_group(c, Span(offset + c.start("num"), offset + c.end()), outcome, victims, victims, sent_index)
        if group is None:
            break
        out.append((c.start("num"), c.end("num"), group))
        pos = end
    if out and fastre.fullmatch(r"(?:others|other people|people|persons)", cm.victims.strip(), re.I) and fastre.match(r"\s*,", text[m.end():]) and (
        sum(g.figure for _, _, g in out) == cm.figure
    ):
        return []  # "killing himself and five others, three soldiers and two civilians": who the five were
    kin = _KIN_FOLLOW.match(text, pos)
    if kin is not None and cm.outcome == "killed" and not out and (cm.figure == 1 or kin.group("their")):
        # "killed an AL leader and his driver", "hacked to death a woman and her daughter", "killing
        # a woman and her two children" (three), "killing ten guards and their driver" (eleven)
        g = "kins" if kin.group("many") else "kin"
        n = parse_number(kin.group("many")) if kin.group("many") else 1
        if n:
            out.append((kin.start(g), kin.end(g), CasualtyMention(
                span=Span(offset + kin.start(g), offset + kin.end()), figure=n, low=n, high=n, qualifier="exact",
                outcome="killed", victims=kin.group(g), victim_kind="civilian", sentence=sent_index)))
    return out


# one more victim named by his or her tie to the first: "and his driver", "and her teenage daughter"
_KIN_FOLLOW = fastre.compile(
    r"(?:\s+(?:of\s+(?:the\s+)?)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,5}?(?-i:[A-Z])[\w'’-]*|(?:\s+(?-i:[a-z])[\w'’-]*){1,2}?)?"  # ("a senior commander of the Sinjar Resistance Units and his driver", "a district administrator and his driver")
    r"\s+and\s+(?:his|her|(?P<their>their))\s+(?:(?P<many>two|three|four|five|six|seven|eight|2|3|4|5|6|7|8)\s+(?:[\w-]+\s+)?"
    r"(?P<kins>children|sons|daughters|brothers|sisters|grandchildren)\b|(?:[\w-]+\s+){0,2}?"
    r"(?P<kin>wife|husband|son|daughter|brother|sister|father|mother|driver|"
    r"bodyguard|guard|friend|nephew|niece|cousin|grandson|granddaughter|associate|aide|companion|colleague|child)\b)"
    r"(?!\s+(?:was|were|is|are|has|had|got|sustained|received|escaped|survived|managed)\b)",
    re.I,
)


_KILL_PASSIVE = (
    r"(?:killed|shot dead|gunned down|murdered|slaughtered|lynched|found dead|assassinated|beheaded|martyred|"
    r"(?:hacked|stabbed|speared|beaten|burnt|burned|bludgeoned|tortured|strangled|strangulated|shot|hit|stoned|boiled|hammered|chopped|clubbed|assaulted) to death|crucified|"
    r"(?:shot|stabbed|hacked|beaten|beaten up|assaulted|attacked|chopped|tortured)(?: at)? and (?:then )?(?:killed|murdered)|"
    r"(?:fatally|mortally) (?:shot|stabbed|hacked|wounded|injured|hit|beaten))"
)
# the two suicide attackers told as the dead (claims reads it to know they are counted)
BOMBERS_DIED = fastre.compile(r"\b(?:both|(?:only\s+)?the\s+two)\s+(?:suicide\s+)?(?:bombers|attackers)\s+(?:later\s+)?(?:died|were\s+killed)\b", re.I)
_KIN_NOUN = r"(?:son|daughter|wife|husband|father|mother|brother|sister|nephew|niece|cousin|grandson|granddaughter|uncle|aunt)"
_KIN_LIST = fastre.compile(rf"(?:,\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:{_KIN_NOUN}|child|children))*"
                       rf",?\s+and\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+)?{_KIN_NOUN}|(?:his|her|their)\s+(?P<many>two|three|four|five|six|seven|eight|nine|2|3|4|5|6|7|8|9)\s+"
                       r"(?:[\w-]+\s+)?(?:children|sons|daughters|grandchildren)|an?\s+(?:[\w-]+\s+){0,2}?(?:boy|girl|baby|infant|toddler|child))\b"
                       r"(?!\s+(?:was|were|is|are|had|has)\b)", re.I)
# "an unspecified number of gunmen": no count ("killed an undisclosed number" names no one)
_NO_COUNT_WORD = r"(?:unspecified|unknown|undisclosed|undetermined|unconfirmed|uncertain)"
_UNCOUNTED = fastre.compile(rf"an?\s+{_NO_COUNT_WORD}\s+number\b", re.I)
# the one suicide bomber told as dead ("The bomber, a man of 20, was killed"): counted where told
BOMBER_DIED = fastre.compile(
    r"\bthe\s+(?:suicide\s+)?(?:bomber\b(?:,[^,.;]{1,80},)?\s+(?:also\s+)?(?:later\s+)?(?:died|was\s+(?:also\s+)?killed)"
    r"|attacker\b(?:,[^,.;]{1,80},)?\s+(?:also\s+(?:later\s+)?(?:died|was\s+(?:also\s+)?killed)|(?:later\s+)?died))\b", re.I)
# ("the attacker ... was killed" only with "also": "The attacker was killed in the police shooting" may be one of a
# toll told before; "the attacker died at the scene" is the bomber's own death)
_IMPLICIT = [
    # "Both bombers died", "Only the two attackers died": the suicide pair (the bombing's count)
    (2, BOMBERS_DIED),
    # "Armed men killed a family of five": five
    (None, fastre.compile(rf"\b(?:killed|killing|murdered|murdering|massacred|massacring|shot dead|slaughtered|wiped out) (?:an? |the )?(?:entire |whole )?family of (?P<num>{NUMBER_PATTERN})\b", re.I)),
    # "leaving one village volunteer from each side dead": one on each of two sides
    (2, fastre.compile(r"\b(?:one|a)\s+(?:[\w-]+\s+){0,3}?(?:from|on)\s+(?:each|either)\s+side\s+(?:dead|killed)\b", re.I)),
    # "killing both riders", "shot dead both men", "killing both.": two victims
    (2, fastre.compile(r"\b(?:killing|killed|shot dead|shooting dead|gunned down|murdering|murdered)\s+both(?:\s+(?!sides\b|groups\b|camps\b|parties\b)(?:of\s+them|(?-i:[a-z][\w'-]*s|(?:[a-z][\w'-]*)?men))\b(?!\s+and\s+(?-i:[a-z]\w*(?:s|men|ren))\b)|(?=\s*[,.;]|\s+(?:before|after|as|when|while|instantly|immediately|on the spot)\b))", re.I)),
    # "Both men died before police arrived", "both of them were killed": two victims
    (2, fastre.compile(rf"(?<!\bfrom )(?<!\bof )(?<!\bon )(?<!\bby )\bboth\s+(?!sides\b|groups\b|camps\b|parties\b|(?:suicide\s+)?(?:bombers|attackers)\b)(?:of\s+them\s+|(?:[\w'-]+\s+){{0,2}}?)(?:later\s+)?(?:died|succumbed|were\s+(?:\w+\s+)?{_KILL_PASSIVE})\b", re.I)),
    # "Courier worker Nahid Mia and shop employee Morsalin were killed": two people named
    # (and "Students Jack Pintado, 22, and Jordan Sotelo, 24, were killed": their ages told)
    (2, fastre.compile(rf"^(?:[\w'’-]+\s+){{0,3}}?(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){{0,3}}(?:,\s+\d{{1,3}},)?\s+and\s+(?:[\w'’-]+\s+){{0,3}}?"
                   rf"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){{0,3}}(?:,\s+\d{{1,3}},)?\s+were\s+(?:\w+\s+)?{_KILL_PASSIVE}\b", re.I)),
    # "The father and brother of one of the women were killed", "His nephew and a neighbour died": two victims
    (2, fastre.compile(rf"(?:^|(?<=[.;,]\s))(?:the|his|her|their)\s+(?:[\w-]+\s+)?{_KIN_NOUN}\s+and\s+(?:(?:a|an|his|her|their|the)\s+)?(?:[\w-]+\s+)?"
                   rf"(?:{_KIN_NOUN}|neighbou?r|friend|driver|guard|bodyguard|colleague)(?:\s+of\s+[^.;,]{{1,40}}?)?\s+(?:died|were\s+(?:\w+\s+)?{_KILL_PASSIVE})\b", re.I)),
    # "he and another young man died": two victims
    (2, fastre.compile(rf"\b(?:he|she)\s+and\s+another\s+(?:[\w-]+\s+){{0,2}}?(?:man|woman|boy|girl|student|youth|person|protester|worker)\s+(?:(?:later\s+)?died|were\s+(?:\w+\s+)?{_KILL_PASSIVE})\b", re.I)),
    # "blew up under a motorcycle, killing the rider and his passenger": two victims named by their roles
    (2, fastre.compile(rf"\b(?:killing|killed|shot dead|shooting dead|gunned down|gunning down)\s+the\s+(?:[\w-]+\s+)?(?:driver|rider|motorcyclist|owner|guard|farmer|trader|shopkeeper|"
                       rf"teacher|imam|priest|chairman|official|officer|policeman|soldier)\s+and\s+(?:his|her)\s+(?:[\w-]+\s+)?(?:{_KIN_NOUN}|passenger|assistant|helper|"
                       rf"guard|bodyguard|driver|friend|colleague|companion|pillion rider)\b(?!['’]s)", re.I)),
    # "a sticky bomb ... exploded, killing the driver": one victim named by his role
    (1, fastre.compile(r"\b(?:killing|killed|shot dead|shooting dead|gunned down|gunning down)\s+the\s+(?:[\w-]+\s+)?(?:driver|owner|guard|watchman|imam|priest|headman|chairman|leader|commander|journalist|teacher|principal|mayor|official|officer|policeman|soldier|farmer|trader|shopkeeper|passenger|victim)\b(?!['’]s\b|\s+and\b(?!\s+[a-z]+ing\b))", re.I)),  # ("... and injuring his wife")
    # "A and his son were killed": two victims
    # ("A motorcycle taxi driver and his passenger died")
    (2, fastre.compile(rf"\b(?:a|an|one)\s+[^.;,]{{0,40}}?\s+and\s+(?:his|her|their)\s+[^.;,]{{0,30}}?\s+(?:were\s+(?:\w+\s+)?{_KILL_PASSIVE}|died)\b", re.I)),
    # "was taken from his home in Khost province and shot dead by Taliban fighters": one abducted and killed
    (1, fastre.compile(r"\bwas (?:taken|abducted|dragged|seized|kidnapped|picked up) from (?:his|her) (?:home|house|car|shop|office|bed)\b[^.;]{0,60}?\band (?:later |then )?(?:shot dead|killed|executed|beheaded|murdered|hacked to death)\b", re.I)),
    # "X, a leader of ..., was killed" / "district commander of the PBCP was killed"
    (1, fastre.compile(rf"\b(?<!no one )(?<!nobody )(?<!none )(?<!no-one )(?:was|is|has been|had been)\s+(?:\w+\s+){{0,2}}?{_KILL_PASSIVE}\b", re.I)),
    (1, fastre.compile(r"\bfound (?:\w+ ){0,2}dead\b", re.I)),
    # "His family found his body two days later, dumped near a hospital"
    (1, fastre.compile(r"\bfound (?:his|her) (?:[\w-]+ )?body\b", re.I)),
    # "Councillor Marielle Franco and her driver, Anderson Gomes, were killed": two named
    (2, fastre.compile(rf"(?-i:[A-Z][\w'’-]+)\s+and\s+(?:his|her)\s+(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+,\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){{0,3}},\s+"
                   rf"were\s+(?:\w+\s+)?{_KILL_PASSIVE}\b", re.I)),
    (1, fastre.compile(r"\b(?:was|had been) (?:later )?declared dead\b", re.I)),
    (2, fastre.compile(rf"\band (?:an? |his |her )?\w+(?: of (?:his|hers))? were\s+(?:\w+\s+){{0,2}}?{_KILL_PASSIVE}\b", re.I)),
    # "took him from his home and shot him dead"
    # ("attacked a suspected thief, beating him to death")
    (1, fastre.compile(r"\b(?:shot|gunned|beat|beaten|stabbed|hacked|burned|burnt|stoned|tortured|strangled|clubbed|"
                       r"shooting|beating|stabbing|hacking|burning|stoning|torturing|strangling|clubbing)\s+(?:him|her)\s+(?:dead|to death)\b", re.I)),
    # "unidentified men killed a PBCP leader" / "hacked a local leader of Awami League to death"
    (1, fastre.compile(rf"\b(?:killed|murdered|assassinated|shot dead|gunned down|slaughtered|lynched)\s+(?:a|an|one|him|her)\b(?!\s+{_NO_COUNT_WORD}\b)", re.I)),
    # "gunmen shot dead photojournalist Margarito Martinez Esquivel": a role and a full name
    (1, fastre.compile(r"\b(?:killed|murdered|assassinated|shot dead|gunned down|stabbed to death|hacked to death|beat to death)\s+"
                   r"(?!(?:several|many|dozens|scores|hundreds|some|numerous|at|more|over|about|around|nearly|up|two|three|four|five|six|seven|eight|nine|ten|all|both)\b)"
                   r"(?:(?!(?:in|on|at|by|near|during|after|before|from|with|outside|inside|the|a|an|his|her|their|its|and|when|while|as|of|for|to|over|under|into|across|along)\b)"
                   r"(?-i:[a-z][\w'-]+)\s+){1,2}(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){1,3}\b")),
    # "shot dead the AL councillor of ...", "stabbed and killed the caretaker", "hacked to death an AL leader"
    (1, fastre.compile(
        r"\b(?:killed|murdered|assassinated|shot dead|gunned down|slaughtered|lynched|"
        r"(?:shot|stabbed|hacked|beat|beaten|assaulted|attacked|chopped)(?: at)? and (?:then )?(?:killed|murdered)|"
        r"(?:hacked|stabbed|beat|beaten|strangled|hammered|chopped|clubbed|bludgeoned|tortured|stoned|shot|burned|burnt) to death)\s+"
        r"(?:the|an?|his|her)\s+(?!(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b(?!-year-old))" rf"(?!{_NO_COUNT_WORD}\s+number\b)"
        r"(?:\d{1,3}-year-old\s+)?(?:(?!(?:of|in|at|from|on|near|and|the)\b)(?-i:[a-z][\w'-]*[^s\W]|[A-Z][\w'-]*)\s+){0,5}?"
        r"(?-i:[a-z][\w'-]*[^s\W]|[A-Z][\w'-]*)(?=\s+(?:of|in|at|from|on|near|and|who|while|when|as|after|over|by|for|during|with|"
        r"because|following|inside|outside|to|into|under|amid|before)\b|\s*[,.;(]|$)", re.I)),
    # "attacked a youth with sharp weapons leading to his death", "resulting in the death of a passer-by"
    (1, fastre.compile(r"\b(?:leading to|led to|resulting in|resulted in|causing|caused|which caused|that caused) "
                   r"(?:(?:his|her|one) death\b|the death of (?:a|an|the|his|her)\b)", re.I)),
    # "shot a local journalist dead", "shot him dead", "leaving him dead", "stabbed to his death"
    (1, fastre.compile(r"\b(?:shot|gunned)\s+(?:him|her|an?\s+(?:[\w'-]+\s+){0,4}?|the\s+(?:[\w'-]+\s+){0,3}?(?-i:[a-z][\w'-]*[^s\W]|[A-Z][\w'-]*)\s+|"
                   r"(?-i:[A-Z])[\w'-]*\s+(?:[\w'-]+\s+){0,3}?)dead\b", re.I)),
    (1, fastre.compile(r"\b(?:leaving|left)\s+(?:him|her|the\s+(?:[\w'-]+\s+){0,3}?(?-i:[a-z][\w'-]*[^s\W]))\s+dead\b", re.I)),
    (1, fastre.compile(r"\bto (?:his|her) death\b", re.I)),
    # "hacked him to death", "two armed men killed their brother", "abducted and strangled a police official"
    (1, fastre.compile(r"\b(?:hacked|stabbed|beat|beaten|strangled|hammered|chopped|clubbed|tortured|burned|burnt|shot)\s+(?:him|her)\s+to death\b", re.I)),
    (1, fastre.compile(r"\b(?:killed|murdered|strangled)\s+(?:his|her|their)\s+(?!two|three|four|five|\w+s\b)\w+\b", re.I)),
    (1, fastre.compile(r"\bstrangled\s+(?:an?|him|her)\b", re.I)),
    (1, fastre.compile(r"\b(?:hacked|stabbed|beat|beaten|strangled|strangulated|burnt|burned|bludgeoned|tortured|stoned)(?: and (?:shot|stabbed|hacked|beat|beaten|bludgeoned))?\s+(?:a|an|one|the|his|her)\s+[^.;]{0,100}?\bto death\b", re.I)),
    # "a crowd beat Taslima Begum Renu, 40, to death"
    (1, fastre.compile(r"\b(?:hacked|stabbed|beat|beaten|strangled|burnt|burned|bludgeoned|tortured|stoned)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}(?:,\s+\d{1,3},)?\s+to death\b", re.I)),
    # "a young lawyer was dragged into an alley and hacked to death", "its helper ... burned to death"
    (1, fastre.compile(rf"\b(?:was|had been)\s+(?:[\w'-]+\s+){{1,6}}?and\s+(?:then\s+)?{_KILL_PASSIVE}\b|\b(?:burned|burnt)\s+to\s+death\b", re.I)),
    (1, fastre.compile(r"(?<!\bno one )(?<!\bnobody )(?<!\bnone )(?<!\bno-one )(?<!\bno one had )(?<!\bnobody had )(?<!\bno one has )(?<!\bnobody has )(?<!\bnone had )(?<!\bnone have )\b(?:died|succumbed)\b", re.I)),
    # "taken to hospital, where doctors declared him dead"; "shot dead 14-year-old Swarna Das"
    (1, fastre.compile(r"\b(?:declared|pronounced)\s+(?:him|her)\s+(?:brought\s+)?dead\b", re.I)),
    (1, fastre.compile(r"\b(?:shot dead|gunned down|killed|murdered|beat to death|hacked to death|stabbed to death)\s+(?:an?\s+)?\d{1,2}-year-old\s+(?:[\w-]+\s+)?(?-i:[A-Z])", re.I)),
    # "said they had neutralised 20 terrorists and lost two soldiers": their own dead
    (None, fastre.compile(rf"\b(?:lost|losing) (?P<num>{NUMBER_PATTERN}) (?:of (?:its|their) (?:own )?)?(?:soldiers|troops|men|servicemen|policemen|officers|fighters|members)\b", re.I)),
    # "a Ukrainian commander acknowledged the loss of six soldiers": their own dead, admitted
    (None, fastre.compile(rf"\b(?:acknowledged|admitted|confirmed|conceded|reported|announced) the (?:deaths?|loss) of (?P<num>{NUMBER_PATTERN}) (?:of (?:its|their) (?:own )?)?(?:soldiers|troops|men|servicemen|policemen|officers|fighters|members|personnel)\b", re.I)),
    # "killing him and his driver": two
    (2, fastre.compile(r"\b(?:killing|killed|shot dead|shooting dead|gunned down|murdering|murdered) (?:him|her|the (?:[\w-]+ ){0,2}?(?:candidate|mayor|leader|chairman|councillor|councilor|official|commander|chief|journalist|lawyer|judge|politician|activist|priest|imam|businessman|trader|officer|deputy|lawmaker|governor)) and (?:his|her) (?:[\w-]+ )?(?:driver|bodyguard|guard|wife|husband|son|daughter|brother|sister|father|mother|nephew|niece|cousin|aide|assistant|companion|friend|colleague|escort)\b(?!\s*,?\s+and\b)", re.I)),
    # "killing him", "killing his son", "slew a ward leader"
    (1, fastre.compile(r"\b(?:killing|slew|slaying) (?:him(?!self)|her(?!self)|his (?!two|three|four|\w+s\b)\w+|her (?!two|three|four|\w+s\b)\w+|an?\b)", re.I)),
    # "police recovered the body of ...", "found the beheaded body of ..."
    (1, fastre.compile(r"\b(?:recovered|found|fished out|retrieved)\s+(?:the|a)\s+(?:[\w-]+\s+){0,3}?body\b", re.I)),
    # "the bodies of several gunmen were recovered": several, three
    (3, fastre.compile(r"\bbodies of several (?:[\w-]+ ){0,6}?(?:were|had been) (?:\w+ )?(?:found|recovered|fished out|discovered|retrieved)\b", re.I)),
    # "The bodies of four of the seven men seized ... were found": their number
    (None, fastre.compile(rf"\bbodies of (?P<num>{NUMBER_PATTERN})\b[^.;]{{0,130}}?\bwere (?:\w+ )?(?:found|recovered|fished out|discovered|retrieved)\b", re.I)),
    # "abducted two truffle hunters in the desert ...; their bodies were found the following day": the two taken
    (None, fastre.compile(rf"\b(?:abducted|kidnapped|seized|took away|captured|picked up)\s+(?P<num>{NUMBER_PATTERN})\b[^.]{{0,140}}?\btheir bodies (?:were|had been) (?:\w+ )?(?:found|recovered|fished out|discovered|retrieved)\b", re.I)),
    # "The body of a community leader taken from his home in rural Tumaco by armed men on Thursday was found"
    (1, fastre.compile(r"\bbod(?:y|ies)\b[^.;]{0,130}?\b(?:was|were) (?:\w+ )?(?:found|recovered|fished out|discovered|retrieved)\b", re.I)),
]


# "and 15 others", "and two of his bodyguards": the others killed with a named person or an office holder
_OTHERS_TAIL = r"(?:others?|of (?:his|her|their) (?:bodyguards|guards|aides|companions|escorts|associates|men|fighters|deputies))"
# "killed Punjab Chief Minister Beant Singh and 15 others": one named victim and the others
_NAMED_VERB = (r"\b(?:killing|killed|kills|shot dead|shoots? dead|gunned down|guns? down|assassinat(?:ed|ing|es)|murder(?:ed|ing|s)|beheaded|executed|"
               r"(?:beat|beaten|hacked|stabbed|bludgeoned|lynched) to death|lynched)\s+")
_NAMED = fastre.compile(
    _NAMED_VERB + r"(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,5}"
    r"(?:\s*,[^,.;]{1,60},)?(?:\s+and\s+(?P<num>" + NUMBER_PATTERN + r")\s+" + _OTHERS_TAIL + r")?",
)
_TITLE = fastre.compile(
    r"\b(?:leader|official|minister|commander|chief|governor|mayor|MP|lawmaker|senator|politician|cleric|judge|general|colonel|"
    r"journalist|chairman|councillor|president|prince|king|emir|founder|spokesman|head|mufti|imam|sheikh|bin|al|[A-Z][a-z]+)\b"
)


# "killing the minister and at least 21 other people", "killed a commander and two of his bodyguards": one person by office, and the others
_OFFICE_AND_OTHERS = fastre.compile(
    r"\b(?:killing|killed|kills)\s+(?:the|a|an|his|her)\s+(?:[\w-]+\s+){0,3}?(?:leader|official|minister|commander|"
    r"chief|governor|mayor|lawmaker|politician|cleric|judge|journalist|chairman|head|president|target)\s+and\s+"
    r"(?:(?:at least|some|about|around)\s+)?(?P<num>" + NUMBER_PATTERN + r")\s+" + _OTHERS_TAIL + r"\b",
    re.I,
)


# the first named victim up to the comma or "and" of a list after it
_NAMED_HEAD = fastre.compile(
    _NAMED_VERB + r"(?:the\s+)?(?:[\w'’.-]+\s+){0,6}?(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*|al-[\w-]+|bin|ibn)){0,5}(?=\s*,|\s+and\b)")
_LIST_END = r"(?=\s*(?:,|\band\b|[.;)]|$)|\s+(?:in|at|near|on|outside|inside|as|while|when|during|after|before|among|who|whose)\b)"
_LIST_JOIN = fastre.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_LIST_NAME = fastre.compile(r"(?:(?:(?![\w'’-]*(?:ed|ing)\b)[\w'’-]+\s+){0,4}?)(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*|al-[\w-]+|bin|ibn|de|van|von)){1,5}" + _LIST_END)
_LIST_ROLE = fastre.compile(
    r"(?:the|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:driver|bodyguard|guard|son|daughter|wife|husband|brother|sister|nephew|niece|"
    r"aide|assistant|deputy|companion|escort|secretary|cousin|father|mother|uncle)s?" + _LIST_END, re.I)
# a lower-case plural right after a capitalised word: "Amhara residents", "Fulani herders"
_PEOPLE_NOUN_NEXT = fastre.compile(
    r"\s+(?!(?:this|was|has|his|its|hers|thus|across|unless|always|perhaps|whereas|besides|towards|afterwards)\b)(?-i:[a-z]{3,}s)\b(?!\s+(?:of|who|and)\b)")
_LIST_OTHERS = fastre.compile(r"(?:(?:at least|some|about|around|another)\s+)?(?P<num>" + NUMBER_PATTERN + r")\s+others?\b", re.I)


def _someone_killed(start: int, end: int, n: int, offset: int, sent_index: int) -> tuple[int, int, CasualtyMention]:
    """``n`` killed, told without a victim noun (a name, "died"), at ``start:end`` of the sentence."""
    cm = CasualtyMention(
        span=Span(offset + start, offset + end), figure=n, low=n, high=n, qualifier="exact",
        outcome="killed", victims="person" if n == 1 else "people", victim_kind="unknown", sentence=sent_index,
    )
    return start, end, cm


def _listed_after(text: str, pos: int) -> tuple[int, int]:
    """How many more victims a list after a named victim adds, and where it ends: names and
    relatives joined by "and" or commas count one each, "N others" N; a name after a relative
    (or a relative after a name) set off by a comma is the same person ("the car's driver,
    Mohammad Azam")."""
    more, kind, end = 0, "name", pos
    while True:
        j = _LIST_JOIN.match(text, end)
        if j is None:
            break
        comma = "," in j.group()
        start = j.end()
        if (o := _LIST_OTHERS.match(text, start)) is not None:
            n = parse_number(o.group("num"))
            if n is None:
                break
            return more + n, o.end()
        if (r := _LIST_ROLE.match(text, start)) is not None:
            this, stop = "role", r.end()
        elif (nm := _LIST_NAME.match(text, start)) is not None:
            this, stop = "name", nm.end()
        else:
            break
        if comma and fastre.match(r"(?:a|an)\s", text[start:], re.I):
            pass  # "Sami al-Hassan, a leader of the PMF,": who he was
        elif not (comma and this != kind and not fastre.match(r"(?:his|her|their)\b", text[start:], re.I)):
            more += 1  # ("his wife" after a name is another victim; "the car's driver" a name's role)
        kind, end = this, stop
    return more, end


def _named_killed(text: str, offset: int, sent_index: int) -> list:
    """A named person killed, with any "and N others": "killed bin Laden and 4 others"."""
    m = _NAMED.search(text)
    if m is not None and "," not in m.group(0) and _PEOPLE_NOUN_NEXT.match(text, m.end()):
        m = None  # "killed Amhara residents": a people's name before its noun, no person named
    office = _OFFICE_AND_OTHERS.search(text)
    if office is not None and (m is None or not m.group("num")):
        m = office  # "killed a senior al Shabaab commander and two of his bodyguards": the office and the others
    elif m is None or not _TITLE.search(m.group(0)):
        m = office
        if m is None:
            return []
    first = fastre.match(r"\S+\s+(?:(?:to death|dead|down)\s+)?(?:the\s+)?(\S+)", m.group(0))  # the word after the verb
    if first and first.group(1)[:1].islower() and not m.group("num") and not fastre.search(
        r"\b(?:leader|official|minister|commander|chief|governor|mayor|lawmaker|politician|cleric|judge|journalist|chairman)\b", m.group(0)
    ) and not fastre.search(  # "killing student coordinator Abu Sayed": a role, then the name
        r"\b(?:coordinator|activist|organi[sz]er|secretary|lecturer|professor|teacher|lawyer|councillor|president|"
        r"students?|workers?|priests?|pastors?|monks?|farmers?|traders?|guides?|drivers?)\s+(?:of\s+(?:\w+\s+){0,2})?[A-Z]", m.group(0)
    ):
        return []  # "killed several people in Kano": no named person
    others = parse_number(m.group("num")) if m.group("num") else 0
    if others is None:
        return []
    n, start, end = others + 1, m.start(), m.end()
    if not m.group("num") and (head := _NAMED_HEAD.match(text, start)) is not None:
        # "killing Soleimani, PMF deputy chairman al-Muhandis and eight others", "killing the
        # leader and the car's driver, Mohammad Azam": the others listed after the first
        more, listed_end = _listed_after(text, head.end())
        if more:
            n, end = 1 + more, listed_end
    return [_someone_killed(start, end, n, offset, sent_index)]


_AND_HIS_KIN = fastre.compile(
    r"(?:\s+(?!and\b|or\b|with\b)[\w'’-]+){0,5}?\s+and\s+(?:his|her)\s+(?:[\w'’-]+\s+)?(?:son|daughter|wife|husband|brother|sister|nephew|niece|father|mother|cousin|uncle|driver|bodyguard|guard|aide)\b"
    r"(?=\s*[,.;]|\s*$|\s+(?:in|at|on|near|inside|outside|as|while|when|who|during|after|before|from|by)\b)", re.I)


# a death by accident, illness or neglect that a protest or riot is about
_ACCIDENTAL = fastre.compile(
    r"\b(?:road (?:accident|crash)|accident\w*|negligence|illness|disease|natural causes|heart attack|hit by an? (?:[\w-]+ ){0,2}?(?:vehicle|car|truck|bus|train|lorry|motorcycle|motorbike|tractor|van|pickup|jeep|microbus|trolley|tanker)s?\b|run over|electrocut\w+|drown\w*|"
    r"(?:canopy|roof|building|bridge|wall|ceiling|structure) collaps\w+|collapsed)", re.I
)


# a person named as the subject who died: "Swechchhasebak Dal leader Abdur Rahim was shot and died
# at hospital", "Shop employee Morsalin, beaten on the head, died on 20 April"
_NAMED_DIED = fastre.compile(
    r"(?:^|(?<=[,;]\s)(?:while|and|but)\s+|(?<=;\s)|(?<=\w\sand\s))(?:[\w'’-]+\s+){0,4}?(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,3}"
    r"(?:,\s+[^,.;]{1,60},)?\s+(?:was\s+(?:[\w-]+\s+){1,4}?and\s+)?(?:later\s+)?(?:died|succumbed)\b")


def _named_deaths(text: str, offset: int, sent_index: int) -> list:
    """People named as the ones who died, one each, when the sentence gives no figure."""
    out = []
    for m in _NAMED_DIED.finditer(text):
        if fastre.match(r"(?:No|None|Nobody|Neither|The|A|An|One|He|She|They|It|Both|All)\b", m.group(0).lstrip()):
            continue  # "No one died", "The girl died": no one named ("Both died": two, as _IMPLICIT reads it)
        if _accident_near(text, m.end(), m.end() + 60):
            continue
        out.append(_someone_killed(m.start(), m.end(), 1, offset, sent_index))
    return out


def _bombers_died(text: str, offset: int, sent_index: int) -> list:
    """The two suicide attackers who died, told after the others' toll ("... killing three
    traders. Both bombers died in the blasts"): more dead, not the toll retold."""
    m = BOMBERS_DIED.search(text)
    n = 2
    if m is None:
        m, n = BOMBER_DIED.search(text), 1  # "... killing 53 people. The bomber died in the blast"
    if m is None:
        return []
    a, b, cm = _someone_killed(m.start(), m.end(), n, offset, sent_index)
    return [(a, b, replace(cm, victims="(later) bombers", victim_kind="perpetrator"))]  # added to the toll, whoever's it is


# a victim of the event who died after the toll was told: "A second man shot in the chest died in
# hospital", "One of two soldiers wounded in the encounter died", "five more of the wounded died"
_SOME_OF = fastre.compile(r"\b(?:number|some|several|many|most|all|dozens|scores|hundreds|few) of\s+$", re.I)
_LATER_DEATHS = [
    # "Pakistani authorities said the driver of the vehicle, a local man, also died"
    (1, fastre.compile(r"\bthe\s+(?!(?:suicide\s+)?bomber\b)(?:[\w'’-]+\s+){0,4}?[\w'’-]+(?:,[^,.;]{1,60},)?\s+also\s+died\b")),
    # "The body of a fourth rebel was recovered by a patrol the following morning"
    (1, fastre.compile(r"^(?:The|A)\s+body\s+of\s+(?:a|an|the)\s+(?:second|third|fourth|fifth|sixth)\b[^.;]{0,60}?\b(?:was)\s+(?:later\s+)?(?:recovered|found|retrieved)\b")),
    (1, fastre.compile(r"^(?:A|The)\s+(?:second|third|fourth|fifth)\s+(?:[\w'’-]+\s+){0,8}?(?:later\s+)?(?:died|succumbed)\b")),
    (1, fastre.compile(r"^(?:One|Another)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:wounded|injured)\b[^.;]{0,60}?\b(?:later\s+)?(?:died|succumbed)\b")),
    (None, fastre.compile(rf"\b(?P<num>{NUMBER_PATTERN})\s+more\s+of\s+the\s+(?:wounded|injured)\s+(?:later\s+)?(?:died|succumbed)\b", re.I)),
    # "A National Guard officer wounded in the gunfight later died in hospital"
    (1, fastre.compile(r"^(?:A|An|The|One)\s+(?:[\w'’-]+\s+){0,5}?(?:wounded|injured|hurt)\s+(?:in|during)\s+the\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:gunfight|clash(?:es)?|fighting|attack|shootout|exchange(?: of fire)?|battle|ambush|blast|explosion|raid)\s+(?:later\s+)?(?:died|succumbed)\b")),
]


def _later_deaths(text: str, offset: int, sent_index: int) -> list:
    """Victims who died after the toll an earlier sentence gave, marked to be added to it."""
    for n, rx in _LATER_DEATHS:
        m = rx.search(text)
        k = None if m is None else n or parse_number(m.group("num"))
        if not k:
            continue
        if _SOME_OF.search(text, max(0, m.start() - 40), m.start()):
            continue  # "an unspecified number of the assailants also died": no count
        a, b, cm = _someone_killed(m.start(), m.end(), k, offset, sent_index)
        return [(a, b, replace(cm, victims="(later) " + cm.victims))]
    return []


# "Samia Afran Preeti, a college student who was passing by, was hit and killed on the spot":
# a person named as killed, at the head of the sentence
_NAMED_KILLED_HEAD = fastre.compile(
    r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){1,3}(?:,\s+[^.;]{1,100}?,)?\s+was\s+(?:[\w-]+\s+){0,3}?(?:and\s+)?"
    r"(?:killed|shot dead|hacked to death|stabbed to death|beaten to death)\b")


def _another_named(doc, sent, out: list[CasualtyMention]) -> list:
    """A second named victim killed, told after the sentence that named the first who died
    ("Tipu died on the way to hospital. Samia ..., a student passing by, was hit and killed"):
    another death, not the first retold."""
    m = _NAMED_KILLED_HEAD.match(sent.text)
    if m is None or not any(c.outcome == "killed" and c.figure == 1 for c in out):
        return []
    before = doc.text[: sent.start]
    if not any(_NAMED_DIED.search(s.text) for s in doc.sentences[: sent.index]) or m.group(0).split()[0] in before:
        return []  # no one named died before, or the same person told again
    a, b, cm = _someone_killed(m.start(), m.end(), 1, sent.start, sent.index)
    return [(a, b, replace(cm, victims="(later) " + cm.victims))]


def is_later(c: CasualtyMention) -> bool:
    """Whether ``c`` counts victims told after the toll, who died later or another named one (added to it)."""
    return c.victims.startswith("(later)")


_VEHICLE_KILLED = fastre.compile(
    r"(?:\bwhose\s+(?:[\w-]+\s+)?|\b(?:a|the)\s+(?:speeding|reckless|recklessly driven|runaway)\s+)(?:vehicle|bus|truck|lorry|car|train|microbus|tractor|van|trawler|tanker)s?\s+(?:had\s+|allegedly\s+)?$", re.I)


def _vehicle_killed(text: str, at: int) -> bool:
    """A vehicle is the subject of the death verb at ``at`` ("whose bus killed a classmate"): a road death."""
    return _VEHICLE_KILLED.search(text, max(0, at - 30), at) is not None


def _accident_near(text: str, start: int, end: int) -> bool:
    """Whether an accident word begins between ``start`` and ``end`` (read in the whole text, so
    that "hit by a Russian missile" is seen to the end)."""
    m = _ACCIDENTAL.search(text, start, end + 60)  # (room for "hit by a speeding bus" begun near the end)
    return m is not None and m.start() < end


# ("BNP leaders claimed a second man had died": their word; "... which police did not confirm": doubted)
_CLAIMED_WORD = fastre.compile(r"\b(?:claim\w*|alleg\w*|insist\w*|maintain\w*|(?:not|never) (?:been )?confirm\w*|unconfirmed|denied|"
                               r"still (?:undergoing|receiving|under) (?:treatment|medical)|(?:was|is) (?:still )?alive)\b", re.I)
_ORDINAL_VICTIM = fastre.compile(r"(?:a|an|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s", re.I)
# "A 24-year-old sepoy was also martyred in the gunfight": one more victim after the toll
_ALSO_ONE = fastre.compile(
    rf"\b(?:a|an|one)\s+(?!{_NO_COUNT_WORD}\s+number\b)(?:[\w'’-]+\s+){{0,5}}?(?:(?:was|had been|has been)\s+also\s+{_KILL_PASSIVE}|also\s+(?:died|succumbed|lost (?:his|her) life))\b", re.I)


def _also_one(text: str, offset: int, sent_index: int) -> list:
    m = _ALSO_ONE.search(text)
    if m is None or _told_elsewhere(text, m):
        return []
    a, b, cm = _someone_killed(m.start(), m.end(), 1, offset, sent_index)
    return [(a, b, replace(cm, victims="(later) person"))]  # added to the toll, whoever's it is


def _implicit_killed(text: str, offset: int, sent_index: int) -> list:
    """One (or two) killed when a sentence reports a death without a number."""
    for n, rx in _IMPLICIT:
        m = rx.search(text)
        if m and (_accident_near(text, m.start(), m.end() + 80) or _vehicle_killed(text, m.start())):
            continue  # "alleging that the patient died due to doctors' negligence", "whose vehicle killed a classmate"
        if m and fastre.fullmatch(r"died|succumbed", m.group(0), re.I) and _PLURAL_SUBJECT.match(text[: m.start()]):
            return []  # "People trapped on the upper floors died in the blaze": some, not one
        if m and _told_elsewhere(text, m):
            return []  # "A police officer was killed in a separate incident elsewhere in the city": another event
        if m and _RIOT_CAUSE.search(text, 0, m.start()):
            return []  # "youths torched a police station after a suspect died in custody": the riot's cause
        if m and _NOT_SAID.search(text, max(0, m.start() - 60), m.start()):
            return []  # "it did not say how many militants, if any, died": no death told
        if m and _RUMOURED.search(text, max(0, m.start() - 100), m.start()):
            return []  # "following a rumour that a co-worker had died": a rumour, the crowd's cause
        if m and _ANIMALS_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return []  # "Two cows died in the fire": animals, not people
        if m and SUSPECTED_OF.search(text, max(0, m.start() - 40), m.start()):
            return []  # "houses of relatives of a man accused of killing a schoolteacher": the charge, no death today
        if m and _KIN_OF_THE_DEAD.search(text, max(0, m.start() - 60), m.start()):
            return []  # "relatives of a patient who died at the hospital beat up two doctors": the crowd's grief, its cause
        if m:
            k = n or parse_number(m.group("num"))
            if k == 1 and (kin := _AND_HIS_KIN.match(text, m.end())) is not None:
                return [_someone_killed(m.start(), kin.end(), 2, offset, sent_index)]  # "a former chairman and his nephew": two
            if k:
                return [_someone_killed(m.start(), m.end(), k, offset, sent_index)]
    return []


def _told_elsewhere(text: str, m: re.Match) -> bool:
    """Whether the deaths ``m`` tells are another place's ("... were killed in unrest in other
    counties"); the match may have taken the "in" that starts the place."""
    return _OTHER_PLACES.match(text, m.end() - 3 if m.group(0).endswith(" in") else m.end()) is not None


_NOT_SAID = fastre.compile(r"\b(?:did not|didn't|would not|could not) (?:say|confirm|specify|disclose)\b[^.;]{0,50}$|\bif any,?\s+$", re.I)
_ANIMALS_BEFORE = fastre.compile(
    r"\b(?:cows?|cattle|calves|goats?|sheep|buffal(?:o|oes)|animals?|livestock|horses?|camels?|donkeys?|chickens|hens|poultry|dogs?|pigs?|ducks)"
    r"\s+(?:also\s+|later\s+|were\s+|was\s+)?$", re.I)
_PLURAL_SUBJECT = fastre.compile(r"\W*(?:People|Many|Several|Some|Others|Dozens|Scores|Hundreds|Those|Residents|Villagers|Civilians|Passengers|Guests|Workers|Children|Women|Men)\b[^.;,]*$")
# another group that shared a passive outcome: "nine soldiers were killed, along with 14 of the attackers"
_ALONG_WITH = fastre.compile(
    rf",?\s+(?:along with|together with|as well as)\s+(?P<num>{NUMBER_PATTERN})\s+(?:of\s+(?:the|their)\s+)?"
    r"(?P<victims>(?:[\w'-]+\s+)?(?:attackers|assailants|militants|gunmen|fighters|insurgents|rebels|soldiers|troops|civilians|policemen|police officers|people|others|bombers))\b",
    re.I)
_OVER_DECADES = fastre.compile(r"[^.;]{0,30}?\b(?:over|during|in) (?:the (?:past|last) )?(?:\w+ )?(?:decades|years of)\b|"
                           r"[^.;]{0,30}?\b(?:over |during |in )?the course of the (?:[\w-]+ )?(?:offensive|campaign|operation|war|conflict|insurgency|siege)\b|[^.;]{0,30}?\bsince (?:19|20)\d\d\b", re.I)
# "... a day after twin blasts in the capital killed almost 30 people": an earlier event's toll
_EARLIER = fastre.compile(
    r"\b(?-i:E)arlier (?:that|the same|this|on the same) (?:morning|day|afternoon|evening|night|week),[^.;]{0,100}$|"
    r"\bthe last time\b[^.;]{0,40}$|\b(?:amid|amidst) (?:[\w-]+ ){0,3}?(?:tensions?|anger|outrage|unrest) (?:following|after|over) (?:the |a |an )?(?:[\w-]+ ){0,2}$|\b(?:(?:a|one|two|three|four|several|\d+) (?:days?|weeks?|months?|hours?|years?) after|(?:just|shortly) after(?!,| (?:midnight|dawn|noon|midday|sunrise|sunset|daybreak|nightfall|dusk|\d|(?:morning|evening|afternoon|friday) prayers))|"
    r"(?:days|weeks|months|years) after)\b(?:(?!,\s+(?:and|then)\s)[^.;]){0,80}$",  # (", and shot dead 12": the event's own toll)
    re.I,
)


# any count told earlier in the sentence ("caught two of the robbers and killed one of them"), dates aside
_COUNT_BEFORE = fastre.compile(rf"\b(?:{NUMBER_PATTERN})\b", re.I)
_DATE_WORDS = fastre.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:,?\s+\d{4})?|"
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\b(?:19|20)\d\d\b")
_INTRANSITIVE = fastre.compile(r"(?:died|dies|perished|succumbed|" + _LOST_LIFE + r")\b", re.I)


_DEATH_TOLD = fastre.compile(r"\b(?:kill\w*|dead|died|deaths?|fatalit\w+)\b", re.I)


def _mention(m: re.Match, offset: int, sent_index: int, text: str) -> CasualtyMention | None:
    if _EARLIER.search(text[max(0, m.start() - 100) : m.start()]):
        return None
    if (came := CAME_AFTER.match(text)) is not None and came.end() <= m.start():
        return None  # "The incident came days after a ceasefire ended a week of fighting, in which 7 died"
    num_text = m.group("num")
    if fastre.match(r"put the number at", m.group(0), re.I) and not _DEATH_TOLD.search(text, 0, m.start()):
        return None  # "Residents said 30 people were taken; police put the number at 17": a count of the abducted
    if fastre.search(r"\bno\s+$", text[max(0, m.start("num") - 4) : m.start("num")], re.I):
        return None  # "no one was injured": nobody
    if _is_age(text, m.start("num")):
        return None  # "Saber Ahmed, 29, was shot dead": an age, not a count
    if fastre.search(r"\b(?:burn(?:ing|ed|t)|mutilat\w+|dump(?:ing|ed)|dismember\w+|desecrat\w+)\s+$", text[max(0, m.start("num") - 20) : m.start("num")], re.I) and fastre.search(
            r"\b(?:bod(?:y|ies)|corpses?|remains)\b", m.group(0), re.I):
        return None  # "killed residents over two days, burning some of the bodies": what was done to the dead
    if _AGED_BEFORE.search(text[max(0, m.start("num") - 40) : m.start("num")]):
        return None  # "one worker, aged 26, was killed": his age; "two students, aged 17 and 19, were killed"
    if fastre.search(r"(?:-|\bNo\.?\s*|\bWard\s+)$", text[max(0, m.start("num") - 6) : m.start("num")], re.I):
        return None  # "a Jubo League activist from Ward-18": a number in a name
    link = m.groupdict().get("link")
    said = next((v for k, v in m.groupdict().items() if v and k.startswith("o_")), "")
    if ("neutrali" in said.lower() or m.group(0)[:8].lower() == "neutrali") and (
        fastre.search(r"\bclaim", text[max(0, m.start() - 60) : m.start("num")], re.I) or parse_number(num_text) is None and not _COUNTED_VAGUE.match(num_text)
    ):
        # "the army claimed 46 assailants 'neutralised'", "many terrorists were neutralised": a side's boast
        # ("dozens"/"several" neutralised count as words of quantity do: 12, 3)
        return None
    if link is not None and not _BE.search(link) and not (
        _INTRANSITIVE.match(said) and "," not in m.group(0)
        and not fastre.search(r"\b(?:unknown|unspecified|undetermined|undisclosed) number\b", m.group(0), re.I)
    ):
        # "A suicide bomber killed ..." / "three gunmen killed two ...": active voice, not victims
        # ("a Jubo Dal leader died of his injuries": a verb with no object tells of the victim)
        if fastre.match(r"(?:a|an|one)\s", num_text, re.I) or _ACTIVE_OBJECT.match(m.group("next") or ""):
            return None
    victims = (m.groupdict().get("victims") or m.groupdict().get("victims2") or "").strip()
    if victims.endswith((" it", " they")) and fastre.match(r"\s+said\b", text[m.end("victims"):]):
        victims = victims.rsplit(" ", 1)[0]  # "the names of 4 of its members it said died": its members, its word
    if not victims and m.groupdict().get("killedof"):
        victims = m.group("killedof")  # "putting the number of bandits killed at between nine and 14": bandits
    if not victims and (toll_of := m.groupdict().get("tollof") or m.groupdict().get("tollpos")):
        # "put the militant death toll at ten": ten militants; "put the army's death toll at 15": fifteen soldiers
        victims = _TOLL_OF[toll_of.lower()]
    if victims and _NOT_VICTIM.match(victims):
        return None
    if fastre.fullmatch(r"(?:19|20)\d\d", num_text.strip()) and fastre.search(r"(?:\b(?:the|a|an|its|their|his|her)|\w['’]s?)\s+$", text[max(0, m.start("num") - 7) : m.start("num")], re.I):
        return None  # "a former guerrilla who had signed up to the 2016 peace accord was shot dead", "Iraq's 2019 protest movement": a year
    if fastre.search(r"\brevis\w+ (?:the |its |their )?(?:figure|count) to\b", m.group(0), re.I) and not fastre.search(r"\b(?:kill\w*|dead|died|deaths?|toll|fatalit\w*|bodies)\b", text[max(0, m.start() - 120) : m.start()], re.I):
        return None  # "first said 287 were taken, then revised the figure to 137": no one died
    if _PLAIN_FIGURE.search(m.group(0)) and _OTHER_OUTCOME.search(text, 0, m.start()):
        return None  # "first said 287 were missing; the governor later gave a figure of 137": the missing
    if _RUMOURED.search(text, max(0, m.start() - 80), m.start("num")):
        return None  # "following a rumour that a co-worker had died": a rumour, the crowd's cause
    if any(_RIOT_AFTER.search(text, max(0, at - 160), at) for at in (m.start("num"), *(
            a.end() for a in _AFTER_WORD.finditer(text, m.start("num"), m.end())))):
        # "pelted a checkpoint with stones ... after a local youth was found dead in police custody": the riot's
        # cause (also where the figure's phrase took in the crowd's target: "a police station ... after a man was found dead")
        return None
    if _OVER_DECADES.match(text, m.end()):
        return None  # "a campaign that killed more than 800 people over four decades": a campaign's dead, not this event's
    if _told_elsewhere(text, m):
        return None  # "Six people were reported killed in unrest in other counties": not this event's dead
    if fastre.fullmatch(r"\d{4}", num_text.strip()) and (not victims or fastre.match(r"(?:that|which|when|who)\b", victims, re.I)):
        return None  # a year, not a count ("a clash in February 2011 that left ...")
    if fastre.fullmatch(r"(?:19|20)\d\d", num_text.strip()) and fastre.search(
        r"(?:\b\d{1,2},?|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)\s*$", text[max(0, m.start("num") - 12) : m.start("num")]
    ):
        return None  # "TURBAT, Nov 26, 2023 - Relatives of a young man killed": the year of a dateline
    outcome = next((k[2:] for k, v in m.groupdict().items() if v and k.startswith("o_")), None)
    verb0 = m.group(0).lower()
    if fastre.match(r"deaths? of", verb0) and _accident_near(text, m.end(), m.end() + 80):
        return None  # "protesting the death of a student in a road accident": no violence killed him
    if fastre.match(r"deaths? of|killing\b", verb0) and _CAUSE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return None  # "attacked the police station following the death of a detainee": the cause of the riot
    if fastre.match(r"(?:leav|left)", verb0):  # "leaving 5 dead and 12 injured": the word after the figure decides
        outcome = outcome or next((k[3:] for k, v in m.groupdict().items() if v and k.startswith("o2_")), None)
        own = None if outcome else (_OWN_OUTCOME.match(text, m.end()) or _AND_GROUP_OUTCOME.match(text, m.end()))
        if own is not None:  # "leaving three BNP activists seriously injured"
            outcome = "killed" if own.group("dead") else "injured"
        if outcome is None:
            return None  # "leaving nine people." says neither dead nor hurt
    if outcome is None:
        verb = m.group(0).lower()
        outcome = (
            "injured" if fastre.match(r"(injur|wound)", verb) else
            "abducted" if fastre.match(r"(abduct|kidnap)", verb) else "killed"
        )
    if outcome == "injured" and fastre.match(r"\s+(?:later\s+)?(?:died|succumbed)\b", (m.groupdict().get("next") or "") + text[m.end() :]) and not fastre.search(
            r"\bthe\s+$", text[max(0, m.start("o_injured") - 5) : m.start("o_injured")] if m.groupdict().get("o_injured") else ""):
        outcome = "killed"  # "a Jubo Dal activist who was critically injured died at a Dhaka hospital"
    if fastre.search(r"\bother\b", m.group(0), re.I) and fastre.search(r"\b(?:the same day|that day)\b", text):
        return None  # "Five other people were killed in clashes in Dhaka and Chittagong the same day": other events
    if outcome == "killed" and _vehicle_killed(text, m.start()):
        return None  # "vandalised buses of the company whose vehicle killed a classmate": an accident, the riot's cause
    if outcome == "killed" and _accident_near(text, m.end(), m.end() + 60):
        return None  # "one of their fellows succumbed to injuries he suffered in a road accident"
    qual_word = (m.group("qual") or "").lower()
    qualifier = _QUAL.get(qual_word, "exact")
    figure, low, high = _value(num_text, qualifier)
    if figure is None:
        return None
    if figure > 100_000:
        return None
    prefix = text[max(0, m.start("num") - 30) : m.start("num") - (len(m.group("qual")) + 1 if m.group("qual") else 0)]
    part_of = r"\s*(?:of them|of whom)\b" if _VAGUE_WORD.match(num_text) else r"\s*(?:of them|of whom|of the (?:dead|victims|fatalities|slain|killed|those killed))\b"
    if _INCLUDED.search(prefix) or fastre.match(part_of, text[m.end("num") :]) and not (
        fastre.match(r"(?:killing|killed|kills|shooting dead|shot dead)\s", verb0)
        and not _COUNT_BEFORE.search(_DATE_WORDS.sub(" ", text[: m.start()]))
    ):
        # ("holed up in a compound ... killing four of them": the four are the toll of those not
        # counted before, unless a toll came earlier in the sentence)
        # a part of a total stated nearby: kept as a claim, never added to that total
        victims = "(included) " + victims
    if fastre.match(r"(?:a|an|one|the)\s", num_text, re.I) and parse_number(num_text) is None:
        victims = num_text.split(None, 1)[1]
    kind = victim_kind(victims or num_text)
    vgroup = "victims" if m.groupdict().get("victims") else "victims2" if m.groupdict().get("victims2") else None
    if kind == "unknown" and vgroup and (named := _NAME_THEN_NOUN.match(text, m.end(vgroup))) is not None and (
            fastre.fullmatch(r"(?-i:[A-Z])[\w'’-]*|al-[\w'’-]+", victims)):
        # "killed 14 Boko Haram fighters": the group's name, then who they are
        kind = victim_kind(f"{victims}{named.group(0)}")
    if desc := m.groupdict().get("desc"):
        victims, kind = desc.strip(), victim_kind(desc)  # "two men said to be UPDF activists": who they were
    if kind == "civilian" and _BOTH_SIDES.match(text, m.start("next") if m.groupdict().get("next") else m.end()):
        kind = "unknown"  # "seven people were killed on both sides": a total of the fight, no side's count
    return CasualtyMention(
        span=Span(offset + m.start(), offset + (m.start("next") if m.groupdict().get("next") else m.end())),
        figure=figure,
        low=low,
        high=high,
        qualifier=qualifier if figure else "exact",
        outcome=outcome,
        victims=victims or "people",
        victim_kind=kind,
        sentence=sent_index,
    )


_NAME_THEN_NOUN = fastre.compile(r"(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\s+(?-i:[a-z][\w-]*)\b")
_TOLL_OF = {"insurgent": "insurgents", "militant": "militants", "rebel": "rebels", "civilian": "civilians",
            "military": "soldiers", "army": "soldiers", "police": "policemen"}
_BOTH_SIDES = fastre.compile(r"\s+(?:in all\s+|in total\s+|altogether\s+)?(?:on|from|among) (?:both|either|each|all) sides\b", re.I)


def _value(num_text: str, qualifier: str) -> tuple[int | None, int, int | None]:
    t = num_text.strip()
    bounds = parse_range(t)
    if bounds is not None:
        return bounds[0], bounds[0], bounds[1]  # "between nine and twelve": the lowest credible figure
    if fastre.match(r"(?:a|an|one|the|its)\s", t, re.I) and parse_number(t) is None:
        n = 1  # "a local leader", "the 45-year-old secretary": one person ("a dozen" is a number)
    else:
        vague = vague_figure(t)
        if vague is not None:
            fig, low, high = vague
            return fig, low, high
        n = parse_number(t)
        if n is None:
            return None, 0, None
    return _range(n, qualifier)


@lru_cache(maxsize=4096)
def _range(n: int, qualifier: str) -> tuple[int, int, int | None]:
    if qualifier == "more_than":
        return n + 1, n + 1, None
    if qualifier == "at_least":
        return n, n, None
    if qualifier == "approximately":
        spread = max(1, round(n * 0.1))
        return n, max(0, n - spread), n + spread
    if qualifier == "up_to":
        return n, 0, n
    if qualifier == "less_than":
        return max(0, n - 1), 0, max(0, n - 1)
    return n, n, n


def victim_kind(victims: str) -> str:
    for kind, rx in _KIND_RX:
        if rx.search(victims):
            return kind
    return "unknown"


def is_included(c: CasualtyMention) -> bool:
    return c.victims.startswith("(included)")

