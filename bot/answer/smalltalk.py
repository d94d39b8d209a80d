"""Greetings, thanks, goodbyes, "who are you" and complaints about the bot: short replies
that say what the bot is.

A message is small talk when, once its social phrases (a greeting, thanks, a goodbye, a
question about the bot itself or what it keeps, a complaint about its answers or a wish for a
person) and the
filler around them are taken out, nothing is left: "hey hey", "thank u so much!!", "gotta go,
thanks for the help", "r u a real doctor?", "that didnt help at all", "can i talk to a human".
Whatever else is left ("hi, how do I stretch my hamstring?") is a real question, answered.
"""

from __future__ import annotations

import re
from collections.abc import Container

from bot.query.normalise import HELD_LETTER, normalise
from bot.wording import answers as wording

_YOU = r"(?:you|u|ya|ye)"
_ARE = r"(?:are|r|re)"
_BOT = (r"(?:real |actual |live |licensed |qualified |proper |certified |trained |medical |"
        r"human |ai |artificial )*(?:doctor|doc|physician|gp|nurse|medic|bot|robot|chat ?bot|"
        r"human|person|people|ai|a\.i|machine|computer|program|programme|software|chat ?gpt|"
        r"gpt|llm|medical professional|professional|someone|somebody|expert|physio\w*|"
        r"being|intelligence)")
# Asking what the bot is, who made it, or what it can do.
_IDENTITY = re.compile(
    # asking leave to ask, first, with what about: "hey can i ask you stuff about cramps?"
    rf"\b(?:(?:can|could|may) i ask (?:{_YOU} )?(?:some |a few )?(?:stuff|something|things|questions?|"
    rf"a (?:quick )?question) about (?:cramps?|hamstrings?|leg cramps|my (?:legs?|hamstrings?))"
    # what it costs: "is this bot free" is not "is this a bot"
    rf"|is (?:this|it|the bot|this bot|this app|this site|this service) (?:really |actually |"
    rf"totally |completely )?free(?: to use)?|do (?:i|we) (?:have|need) to pay|how much does "
    rf"(?:this|it) cost|(?:{_ARE} {_YOU}|{_ARE}{_YOU}|ru) (?:a |an |just a |just an |even a |actually a |"
    rf"actually |just )?{_BOT}(?: (?:or|and) (?:a |an |just a |just an )?{_BOT})*(?: or (?:what|not))?"
    rf"(?: (?:typing|writing|replying|answering|here|there|on the other end))?"
    rf"|is (?:this|it|that) (?:a |an |just a |)?{_BOT}(?: (?:or|and) (?:a |an )?{_BOT})*"
    rf"(?: (?:typing|writing|replying|answering|here|there|on the other end))?"
    # the question in the order of a statement, as learners of English write it: "you are real
    # doctor or a robot?"
    rf"|{_YOU} {_ARE} (?:a |an |the )?{_BOT}(?: or (?:a |an |the )?{_BOT})*"
    # the languages it speaks: "you speak spanish also?"
    rf"|(?:do |can )?{_YOU} (?:speak|understand|read|talk|know) (?:any )?(?:other languages?|"
    rf"another language|[a-z]+ish|french|german|arabic|hindi|urdu|chinese|mandarin|japanese|"
    rf"korean|russian|italian|portuguese|dutch|greek|thai|vietnamese|tagalog|indonesian|malay|"
    rf"hebrew|spanish)(?: (?:also|too|as well|or only english|or just english))?"
    # what may be asked of it, and what it knows (round 28)
    rf"|what (?:sort|kind|type)s? of (?:questions?|things|stuff) (?:(?:can|could|should|do|am) i|"
    rf"i (?:can|could|should|may)) (?:allowed to |supposed to )?ask(?: {_YOU})?(?: about)?"
    # are you a doctor, or a bot, in the languages of Europe
    rf"|(?:bist du|sind sie) (?:ein |eine )?(?:echte[rn]? )?(?:arzt|arztin|doktor|bot|roboter|mensch|ki)"
    rf"|eres (?:un |una )?(?:medic[oa]|doctor[a]?|bot|robot|humano|persona)(?: de verdad| real)?"
    rf"|(?:es[- ]tu|etes[- ]vous|tu es|vous etes) (?:un |une )?(?:vrai |vraie )?(?:medecin|docteur|"
    rf"robot|bot|humain|personne)"
    rf"|(?:sei|e) (?:un |una )?(?:vero |vera )?(?:medico|dottore|dottoressa|bot|robot|persona)"
    rf"|(?:voce|tu) (?:e|es) (?:um |uma )?(?:medic[oa]|doutor[a]?|robo|bot|pessoa) ?(?:de verdade|real)?"
    rf"|(?:ben je|bent u) (?:een )?(?:echte )?(?:dokter|arts|bot|robot|mens)"
    rf"|czy jestes (?:prawdziwym )?(?:lekarzem|botem|robotem|czlowiekiem)"
    rf"|(?:gercek )?(?:bir )?(?:doktor|bot|robot|insan) m[iu]s[iu]n"
    rf"|what (?:sort|kind|type)s? of (?:stuff|things|topics) do {_YOU} (?:know|cover|do)(?: about)?"
    # what it can do, asked in the languages of Europe (round 28)
    rf"|que (?:puedes|sabes|podes) hacer|en que (?:me )?(?:puedes|podes) ayudar|qu'?est[- ]ce que "
    rf"(?:tu|vous) (?:peux|pouvez|sais|savez) faire|was kannst du|cosa (?:sai|puoi) fare|o que "
    rf"(?:voce|tu) (?:pode|podes|sabe|sabes) fazer|wat kun (?:je|jij)"
    # whether it follows at all: "can you even understand me lol"
    rf"|(?:can|do) {_YOU} (?:even |actually |really )?(?:understand|read) (?:me|what i(?:'?m| am) "
    rf"(?:saying|writing|typing))"
    # what it is measured against, and who runs it
    rf"|(?:{_ARE} {_YOU}|is (?:this|it)) (?:any )?(?:better|worse|smarter|faster|quicker|more "
    rf"accurate) than (?:google|chat ?gpt|siri|alexa|dr google|the nhs|nhs|a doctor|my gp|my doctor|"
    rf"webmd)"
    rf"|is (?:this|it) (?:an? )?(?:nhs|government|official|charity|private|commercial|company|"
    rf"council)(?: (?:thing|site|app|service|bot|tool))?(?: or (?:some |a |an |just )?(?:app |tech |"
    rf"private |random )?(?:company|business|thing|startup|app))?"

    rf"|{_YOU} (?:a |an )(?:real |actual )?{_BOT}"
    rf"|{_YOU}(?:'?re| are| r) (?:a |an |just a |just an |really a |actually a )(?:real |actual )?"
    rf"{_BOT}(?: (?:or|and) (?:a |an |just a |just an )?{_BOT})*"
    rf"|am i (?:talking|chatting|speaking|writing) (?:to|with) (?:a |an )?{_BOT}"
    rf"(?: (?:or|and) (?:to |with )?(?:a |an |just a |just an )?{_BOT})*"
    rf"|is (?:there |this )?(?:a |an |any )?{_BOT} (?:reading|answering|behind|writing|typing|"
    rf"replying|here|there|on (?:the )?other end)(?: (?:this|it|me|these|them))?"
    rf"|who (?:am i|is this) (?:talking|chatting|speaking) (?:to|with)"
    rf"|(?:i'?m |im |i am )?not sure (?:who|what) (?:i'?m|im|i am) (?:talking|chatting|speaking) (?:to|with)"
    # asking on someone else's behalf: "can i ask you stuff for my mum as well" (round 26)
    rf"|(?:can|could|may) i (?:also )?ask (?:{_YOU} )?(?:stuff|things|questions|about things) (?:for|"
    rf"about|on behalf of) (?:my|a|someone|somebody) ?[\w']*(?: as well| too)?(?: or (?:is it|is "
    rf"this|just|only) (?:only |just )?(?:for )?me)?"
    rf"|who (?:{_ARE}|is) (?:{_YOU}|this|that)"
    rf"|(?:{_ARE} {_YOU}|is (?:this|it)) (?:even |actually |for )?real(?: or (?:not|fake|a {_BOT}))?"
    rf"|how (?:can|could|do|will|would|might) {_YOU} help(?: me| us)?"
    rf"|is (?:any ?one|any ?body) (?:actually |really |even )?(?:real|human|there|reading (?:these "
    rf"messages|my messages|what i write|this|these))"
    rf"|(?:{_ARE} {_YOU}|is (?:this|it)) (?:ai|a\.?i\.?)[ -]?(?:powered|based|driven|generated)"
    rf"|is this the (?:[\w]+ )?(?:bot|chat ?bot|helper|assistant|site|app|service)"
    rf"|what(?:'?s| is) (?:your|ur) (?:purpose|job|function|role|point)|how old {_ARE} {_YOU}"
    rf"|(?:do|can) {_YOU} (?:speak|understand|talk|read) (?:any )?(?:spanish|french|german|"
    rf"portuguese|italian|dutch|polish|turkish|arabic|hindi|other languages|english)"
    rf"|hablas (?:espanol|ingles)|parlez[- ]vous (?:francais|anglais)|sprichst du (?:deutsch|englisch)"
    rf"|do {_YOU} have (?:feelings|emotions|a name|a brain)|(?:can|do) {_YOU} (?:talk|think|feel|"
    rf"speak|understand)(?: \w+)?"
    rf"|what (?:can|does|could) (?:this|the) (?:bot|thing|app|site|tool|chat ?bot|helper) do"
    # chit-chat with the bot about itself: "do you ever get cramps?", "do you like football?"
    rf"|(?:do|did|have|can) {_YOU} (?:ever |even |also |still )?(?:get|have|had|got|feel|suffer "
    rf"from) (?:cramps?|tired|bored|sleepy|hungry|sick|ill|legs|hamstrings|muscles|a body)"
    rf"(?: yourself| too| as well)?"
    rf"|(?:{_ARE} {_YOU}|r u|{_YOU} must be|{_YOU}'?re probably|(?:i )?bet {_YOU}(?:'?re| are| r)) "
    rf"(?:ever |even |also |so |really )?(?:tired|bored|sleepy|hungry|busy|ok|okay|alright|happy|"
    rf"lonely|awake|sick|fed up)(?: (?:of|with) (?:me asking|me|us|this|my questions|all my "
    rf"questions))?(?: yet| by now| already)?"
    # chit-chat asked of it: "tell me a joke", "sing me a song", "what's your favourite colour"
    rf"|(?:tell|give) (?:me|us) (?:a |another |one more )?(?:joke|story|fun fact|riddle|secret)"
    rf"|(?:(?:do|d) {_YOU} )?(?:know|have|got) (?:any )?(?:good |funny )?(?:jokes|stories|riddles)"
    rf"|(?:sing|write) (?:me|us) (?:a )?(?:song|poem|haiku)|make me (?:laugh|smile)"
    # (its favourite stretch is a question about stretching)
    rf"|what(?:'?s| is) (?:your|ur) (?:favou?rite) (?:colou?r|food|film|movie|song|band|team|"
    rf"football team|animal|book|sport|drink|game|show|season|number|place)"
    rf"|(?:{_ARE} {_YOU}|r u) (?:single|"
    rf"married|a boy or a girl|male or female|a man or a woman)"
    rf"|(?:do|did) {_YOU} (?:like|love|enjoy|watch|play|follow|support) (?:the )?[a-z]+"
    rf"|(?:can|could|may) i (?:ask|have) (?:{_YOU} )?(?:something|a (?:quick )?question|some questions|"
    rf"a few questions|questions|a sec|a minute)|(?:i |i'?ve )?(?:have|got) (?:a |some |a few )?(?:quick )?"
    rf"questions?|quick question|(?:i )?need (?:some |ur |your )?help|^help(?: me)?$"
    rf"|what (?:can|could|should|do|may) i ask(?: {_YOU})?(?: about)?"
    rf"|what (?:{_ARE} {_YOU}|is it) (?:able|designed|meant|here|for)(?: to (?:do|help with))?"
    rf"|what(?:'?s| is) this(?: thing| site| app| bot| place| page)?|(?:what|wat|wut|wht) {_ARE} {_YOU}"
    rf"|who (?:made|built|created|wrote|programmed|designed|developed|runs|owns|trained|coded|"
    rf"makes) (?:{_YOU}|this|it)(?: thing| bot| site| app)?"
    rf"|who(?:'?s| is) behind (?:this|{_YOU})"
    rf"|what(?:'?s| is) (?:your|ur) name"
    rf"|what (?:can|do|could) {_YOU} (?:actually |really |even )?(?:do|help (?:me )?with|know|answer|"
    rf"tell me about)"
    rf"|what (?:kind of|sort of|type of)? ?(?:questions|things|stuff) (?:can|could|should|do) i "
    rf"(?:ask|say|type)(?: {_YOU})?(?: about)?"
    rf"|how do(?:es)? (?:{_YOU}|this|it) work"
    rf"|(?:can|could) {_YOU} help(?: me)?"
    rf"|what do {_YOU} do"
    rf"|(?:can|could|should|do|may) (?:i|we) (?:actually |really |even |honestly |ever )?(?:trust|"
    rf"believe|rely on) (?:{_YOU}|what (?:{_YOU}|this|"
    rf"it|the bot|this bot) (?:tells?|says?|said|writes?)(?: me| us)?|this(?: bot| site| app| thing|"
    rf" advice| info| information| chat)?|(?:your|ur|the bot'?s?) (?:answers|advice|info\w*|replies))"
    rf"|how (?:do|can|would|will) (?:i|we) know (?:if |whether |that )?(?:your|ur|the|these|this "
    rf"bot'?s?) (?:answers|advice|info\w*|replies)(?: are| is)? (?:right|correct|true|accurate|"
    rf"reliable|safe|any good)"
    rf"|where (?:does|do|did) (?:your|ur|the|this|these|all (?:your|this)) (?:info\w*|data|advice|"
    rf"answers|facts|knowledge|stuff) (?:come|comes) from|where (?:do|did) {_YOU} get (?:your|ur|the|"
    rf"this|these|all (?:your|this|that)) (?:info\w*|data|advice|answers|facts|knowledge|stuff)"
    rf"(?: from)?|what(?:'?s| is| are| r| re) (?:your|ur) sources?|what sources? do {_YOU} use"
    rf"|how (?:reliable|accurate|trustworthy|correct|good|right) (?:is|are|r) (?:this|your|ur|the|"
    rf"these) (?:info\w*|advice|bot|answers?|site|app|stuff|replies)"
    rf"|do {_YOU} (?:actually |really |even )?know what {_YOU}(?:'re| are| r|r|re) (?:talking|on) about"
    rf"|(?:{_ARE} {_YOU}|is (?:this|it|the bot|this bot|(?:your|ur|this) (?:advice|info\w*|site|"
    rf"app|answers?|bot))) (?:even |always |actually |really )?(?:accurate|reliable|trustworthy|"
    rf"trusted|legit|correct|right|safe to (?:use|trust)|any good|to be trusted)"
    # what it costs, who checks it, what it covers and why so little
    rf"|who (?:checks|checked|reviews|reviewed|writes|wrote|approves|approved|verifies|verified) "
    rf"(?:your|ur|the|these|this bot'?s?) (?:answers|replies|info\w*|advice|content|stuff)"
    rf"|(?:is it|are they|is that) (?:actual |real )?(?:doctors|people|humans|experts)"
    rf"|(?:are|is) (?:your|ur|the|these) (?:answers|replies|info\w*|advice) (?:checked|reviewed|written|"
    rf"approved|verified) by (?:actual |real |proper )?(?:doctors|people|humans|experts|professionals|"
    rf"clinicians)"
    rf"|what (?:kind of |sort of |type of )?(?:questions|things|stuff|topics) (?:can|could|do) "
    rf"{_YOU} (?:help (?:me |us )?with|answer|do|cover|talk about)"
    rf"|why (?:do|can|does) (?:{_YOU}|it|this bot) only (?:know|talk|do|answer|cover)(?: about)?"
    rf"(?: hamstrings?| hamstring cramps| cramps| legs)?"
    rf"|should i (?:believe|trust) (?:what )?(?:{_YOU}|this(?: bot| site| app| thing)?|it|the bot)"
    rf"(?: (?:says?|tells? me|tell me|said|writes?))?)\b")
# A complaint about the bot or its last answer, said to the bot about the bot ("you're
# useless", "that didn't help", "not what i asked").
_COMPLAINT = re.compile(
    rf"\b(?:(?:{_YOU}(?:'?re| are| r|r)?|ur|(?:this|the|that) (?:bot|thing|app|site|chat ?bot|answer|"
    rf"reply)(?:'s| is| was)?|(?:your|ur|the|these|those|that|this) (?:last |previous |first |other )?(?:answers?|"
    rf"repl(?:y|ies)|advice|info)(?: are| is| was| were| r)?|that(?:'?s| was| is)?|this(?:'?s| is)?|it(?:'?s| was| is)?) (?:so |"
    rf"really |totally |completely |absolutely |pretty |kinda |kind of |a bit |bloody |fucking |"
    rf"f\w*ing |literally |actually )*(?:useless|rubbish|garbage|trash|crap|pointless|worthless|"
    rf"stupid|dumb|terrible|awful|wrong|no help|no use|unhelpful|annoying|frustrating|irritating|not (?:very |really |much |at all |"
    rf"that )?(?:helpful|useful|what i (?:asked|meant|wanted)|my question|an answer))"
    rf"|(?:that|this|it|{_YOU}|ur answer|(?:the|your|ur|that|this) (?:last |previous |first |other )?(?:answer|"
    rf"reply)) (?:did ?n'?t|does ?n'?t|do ?n'?t|did not|does not|do not|wo ?n'?t|will not|never|"
    rf"still (?:did ?n'?t|does ?n'?t|do ?n'?t)) "
    rf"(?:really |even |actually |at all )?(?:helps?|answers?|works?|get it|understand|make sense|"
    rf"make any sense)(?: (?:at all|me|my question|the question|anything|much|a bit|one bit|"
    rf"what i (?:actually |really )?(?:ask|asked|meant|want|wanted|need)))*"
    rf"|(?:not|wasn'?t|isn'?t) what i (?:asked|meant|wanted|was asking)"
    rf"|(?:that|this|it|(?:the|your|ur|that|this) (?:last |previous )?(?:answer|reply)) (?:made|"
    rf"makes) (?:no|zero|little) sense"
    rf"|(?:{_YOU} |it |this |the bot )?(?:keep|keeps|just keep|just|only) (?:saying|repeating|repeats?|repeated|giving me|"
    rf"telling me|quote|quoting|copy|copying) (?:the same|that|yourself|urself|yourselves|itself|articles)(?: (?:thing|answer|"
    rf"stuff|reply|things|articles|text|old|paragraphs?|quotes?|bits?|sentences?|lines?))*"
    rf"(?: (?:over and over|again and again|every time))?"
    rf"|{_YOU} (?:sound|talk|write|type) (?:just )?like (?:a |an )?(?:robot|bot|machine|computer|"
    rf"leaflet|textbook)"
    rf"|(?:{_YOU} |it |this |the bot )?(?:literally |basically |really |actually )?(?:just |only )?"
    rf"(?:copy ?(?:and )?past\w*|copy-past\w*)(?: (?:stuff|"
    rf"things|text|articles|the articles|it|bits))?"
    rf"|(?:{_YOU} |it )?(?:keep|keeps) (?:not )?(?:answering|ignoring|missing|dodging)(?: (?:what i "
    rf"(?:ask|asked|say|said)|my questions?|the question|me))?"
    rf"|{_YOU} (?:already|just) said (?:that|this)|{_YOU}(?:'?ve| have) (?:already )?said (?:that|"
    rf"this) (?:already|before)"
    rf"|{_YOU} (?:gave|give|keep giving|'?ve given|have given) me (?:the )?(?:exact |very )?same "
    rf"(?:answer|reply|thing|text)(?: (?:twice|again|two times|three times))?"
    rf"|(?:{_YOU}(?:'?re| are| r|r)?|ur|(?:this|the|that) (?:bot|thing|app|site|chat ?bot)(?:'s| is)?) "
    rf"(?:so |really |kinda |kind of |a bit |pretty |lowkey |highkey )*(?:mid|meh|mediocre|lame|"
    rf"cringe|bad|not (?:great|good|very good))"
    rf"|(?:useless|stupid|dumb|rubbish|terrible|worst|pointless) (?:bot|answer|reply|app|thing|"
    rf"site|chat ?bot)|(?:so |really |very |pretty )?(?:annoying|frustrating|irritating)"
    # how the answers read: "your answers are way too long", "too vague", "so confusing"
    rf"|(?:{_YOU}(?:'?re| are| r|r)?|ur|(?:your|ur|the|these|those|that|this) (?:answers?|"
    rf"repl(?:y|ies)|responses?|messages?|text)(?: are| is| was| were| r)?|that(?:'?s| was| is)?|"
    rf"this(?:'?s| is)?|it(?:'?s| was| is)?) (?:way |far |much |so |really |a bit |kinda |kind of |"
    rf"pretty )*(?:too |so |very |really |overly )(?:long|wordy|short|vague|generic|"
    rf"complicated|confusing|technical|repetitive|robotic|slow)"
    rf"|(?:{_YOU}|it|that|this) (?:did ?n'?t|does ?n'?t|do ?n'?t|did not|does not) (?:even |really |"
    rf"actually )?answer (?:my |the )?question (?:properly|right|correctly|at all|fully)"
    rf"|(?:try|have another go|go) again|(?:that'?s|that is|thats) not (?:right|it|true|correct)"
    # "this bot is killing me", laughing or fed up: said of the bot, to the bot
    rf"|(?:{_YOU}(?:'?re| are| r)|ur|this (?:bot|thing|app|chat ?bot)(?:'s| is)) (?:literally |"
    rf"actually |honestly |honestly just )?killing me"
    rf"|(?:just )?give me a (?:straight|proper|real|simple|clear) answer(?: for once)?"
    rf"|(?:{_YOU}(?:'?re| are| r|r)?|it(?:'?s| is)?|this(?:'?s| is)?) (?:a bit |kinda |kind of |so |really |"
    rf"very |pretty |too )+slow)\b")
# A question about what becomes of what one writes ("do you keep my messages?", "is this
# chat private?"): answered plainly, for it decides what people dare to ask.
_PRIVACY = re.compile(
    rf"\b(?:(?:do|will|can|does|did) (?:{_YOU}|this(?: bot| site| app| chat| page)?|it|the bot|"
    rf"anyone|any ?one|any ?body|someone|people|they|(?:a |an |any )?(?:real )?(?:person|human|"
    rf"doctor|staff|member of staff)) (?:[\w]+ )?(?:keep|save|store|record|log|"
    rf"remember|track|read|see|share|sell|collect|use|look at) (?:my |our |these |the |what i )"
    rf"?(?:messages?|chats?|data|questions?|conversations?|info\w*|history|details|words|it|this|"
    rf"them|these|those|(?:say|write|type|ask|tell (?:you|u)))(?: in here| here)?(?: (?:to|with) (?:advertisers|"
    rf"third parties|companies|anyone|others|google|facebook))?"
    rf"|(?:don'?t|do not|dont) want (?:my |the )?(?:boss|employer|parents?|mum|mom|dad|wife|husband|"
    rf"partner|family|gp|doctor|work|school|kids) (?:to )?(?:see|seeing|read|reading|know|knowing|"
    rf"find(?:ing)? out)(?: it| this| them| about it)?"
    rf"|(?:is|are) (?:(?:this|the|my|our) (?:chat|conversation|messages?|site|app|bot|data|info\w*|"
    rf"questions?)?|what i (?:type|write|say|ask)(?: (?:in )?here)?) ?(?:private|confidential|"
    rf"anonymous|secure|safe|encrypted|recorded|logged|saved|stored|kept)"
    rf"|who (?:can |could |will |gets to )?(?:see|sees|read|reads) (?:this|these|them|it|my (?:messages?|questions?|"
    rf"chats?)|what i (?:write|say|type))(?: (?:in )?here)?"
    rf"|(?:will|can|could|would) (?:my )?(?:gp|doctor|employer|boss|parents?|mum|mom|dad|school|"
    rf"the police|anyone|someone|insurer|insurance) (?:be able to )?(?:see|read|find out|access) "
    rf"(?:this (?:conversation|chat)|our (?:conversation|chat)|it|this|them|my messages?|what i "
    rf"(?:write|say|type))"
    rf"|what (?:do|will|happens) (?:{_YOU} do with |to )?(?:my|the) (?:data|messages?|info\w*|"
    rf"questions?)|(?:(?:a )?(?:bit |little |kind of |kinda )?(?:worried|concerned|nervous|"
    rf"anxious) about (?:my )?)?(?:privacy(?: policy)?|(?:my )?data (?:protection|privacy))"
    rf"|(?:do|can|will|did|would) {_YOU} remember (?:what|our|my|me|the|anything)(?: (?:i|we) "
    rf"(?:asked|said|talked about|told)(?: {_YOU})?)?(?: (?:yesterday|last time|before|earlier))?"
    rf"|(?:can|how do|how can) i (?:delete|clear|erase|remove|wipe) (?:my |the |this )?(?:conversation|chat|"
    rf"messages?|history|data)(?: history)?)\b")
# A wish to reach a person instead of the bot ("can i talk to a human", "agent please").
_ONE_PERSON = (r"(?:a |an |some |the )?(?:real |actual |live |proper )?(?:human(?: being)?|"
               r"person|people|someone|somebody|agent|operator|doctor|nurse|member of staff|"
               r"staff)")
_PERSON = rf"{_ONE_PERSON}(?: or {_ONE_PERSON})*"
_WANTS_PERSON = re.compile(
    rf"\b(?:(?:can|could|may) i (?:talk|speak|chat) (?:to|with) {_PERSON}(?: (?:instead|please))?"
    rf"|(?:i )?(?:want|need|wanna|would like|'?d like) (?:to (?:talk|speak|chat) (?:to|with) )?"
    rf"{_PERSON}(?: (?:instead|please))?"
    rf"|(?:get|give|put) me (?:through to )?{_PERSON}|(?:human|real person|agent|operator) please"
    rf"|is there (?:a |an )?(?:real )?(?:human|person|doctor|nurse|someone) i (?:can|could) "
    rf"(?:talk|speak|chat) (?:to|with))\b")
# "hello from the gym" is a greeting; "hello from the gym, my hamstring just cramped" is not
_NOT_A_COMPLAINT = r"(?!(?:my|cramp\w*|hamstrings?|hamm\w*|legs?|thighs?|pain\w*|hurt\w*)\b)"
_GREETING = re.compile(
    r"\b(?:(?:(?:good )?(?:morning|afternoon|evening|day)|hello|hi|hey|greetings|hola|salut)(?: all| "
    r"everyone| everybody)? from (?:a |an |the )?(?:" + _NOT_A_COMPLAINT + r"[a-z]+ ){0,4}" +
    _NOT_A_COMPLAINT + r"[a-z]+$|"
    r"h+i+|h+e+y+|hey+a|hiy+a+|heya+|hello+|hell+o|helo|hallo|hullo|howdy|yo+|sup|wass?up|"
    r"what'?s up|g'?day|greetings|hola|buenas|buenos dias|buenas tardes|bonjour|salut|ciao|namaste|hej|ahoy|salaa?m|(?:as)?salaa?mu? ?alaikum|shalom|aloha|"
    r"konnichiwa|moin|oi|oy|how do you do|servus|hei|ahoj|merhaba|kia ora|gm|(?:nice|pleased|good|great|lovely|glad) "
    r"to meet(?: (?:you|u|ya))?|how (?:you|u) (?:are|r|doing)(?: today)?|"
    r"(?:i'?m|i am|im) (?:a )?(?:new|first[- ]time)(?: (?:here|user|on here|to this|visitor|"
    r"member))?|(?:i'?m|i am|im|it'?s|its) (?:my )?first time(?: (?:here|using this|on here))?|"
    r"first time here|new here|my name(?:'s| is) [a-z]+|(?:i'?m|i am|im) (?:called|named) [a-z]+|"
    r"call me [a-z]+|(?:i'?m|i am|im) from [a-z]+(?: [a-z]+)?|nice meeting (?:you|u)|"
    r"(?:is )?any ?(?:one|body) (?:there|here|home|"
    r"around|awake)|(?:are )?(?:you|u) (?:still )?(?:there|awake|on|working|around)|is this (?:thing )?(?:on|working)|"
    r"test(?:ing)?(?: (?:test|1 2 3|123|one two three))*(?: (?:if|whether|that) (?:this|it|you|u) "
    r"(?:works?|is working|is on))?|(?:it'?s |its |it has )?been a (?:long|rough|busy|hard|tough|"
    r"mad|crazy) (?:day|week|night|shift)|(?:ugh |urgh )?mondays?,? am i right|good (?:morning|"
    r"afternoon|evening|day)|morning|afternoon|evening|how (?:are|r) (?:you|u)(?: doing| today)?|"
    r"how(?:'?s| is) it going|how(?:'?s| are) things|what'?s (?:up|new|good|cracking)|"
    r"how(?:'?s| is) (?:your|ur) day(?: going| been)?|que tal|como estas|ca va|wie geht'?s|"
    r"happy (?:new year|christmas|xmas|holidays|easter|diwali|eid|hanukkah|birthday|friday|"
    r"monday|weekend|sunday)|merry (?:christmas|xmas)|season'?s greetings|"
    r"(?:i )?(?:do )?(?:trust|hope) (?:you'?re|you are|u r|ur|this finds you) (?:keeping )?(?:well|good|"
    r"ok|okay|fine)|"
    # new to this, and asking patience: "i am rather new to these computer assistants, so
    # please bear with me"
    r"(?:i'?m|i am|im) (?:rather |quite |very |pretty |a bit |fairly |completely |totally )?new "
    r"(?:to|at|with) (?:(?:these|this|such) (?:[a-z]+ )?(?:things?|assistants?|bots?|apps?|chats?|"
    r"programs?)|this|these|all this|all of this|chat ?bots?|computers?)|(?:so )?(?:please )?bear "
    r"with me(?: please)?|"
    r"czesc|dzien dobry|jak sie masz|bom dia|boa tarde|boa noite|ola|guten (?:tag|morgen|abend)|"
    r"buongiorno|buonasera|bonsoir|goedemorgen|goedendag|hoi|nasilsin|"
    # the bot put on one's tablet by someone: "my grandson put this on my ipad", "my
    # granddaughter set this up on my tablet"
    r"come stai|tudo bem|(?:my )?(?:[a-z]+ )?(?:(?:put|installed|set up|downloaded) (?:you|this(?: bot| "
    r"app)?)|(?:set|put) (?:you|this|it)(?: bot| app)? up) (?:on|for) (?:my|me)(?: phone| tablet| "
    r"computer| ipad| laptop)?)\b")
_THANKS = re.compile(
    r"\b(?:(?:that'?s|that is|how|so|very|really) (?:very |really |so )?kind of (?:you|u)|thanks?|thank (?:you|u|ya)|thankyou|thanku|thx|thnx|thnks|thanx|tks|ty|tysm|tyvm|"
    r"cheers|ta|much appreciated|"
    # the help said to have worked, with no thing named: "that actually helped!!" (round 27)
    r"(?:that|this|it|you)(?: (?:really|actually|totally|honestly|genuinely|def(?:initely)?))? "
    r"(?:helped|helps|worked)|"
    # an advice taken up, said in closing: "ok i'll try that, ta"
    r"(?:i'?ll|ill|i will|will|gonna|going to) (?:try|give|do|test) (?:that|it|this|those|these|"
    r"them)(?: (?:a )?(?:go|try|shot|bash))?(?: then| now| tonight| later| tomorrow| next time)?|"
    r"(?:gracias|merci|danke|grazie|dziekuje|dank je|dank u) (?:por (?:la|tu|su) ayuda|pour "
    r"(?:l'aide|votre aide|ton aide)|fur (?:die|ihre|deine) hilfe|per l'aiuto|per (?:il )?tuo aiuto|za "
    r"pomoc|voor de hulp)|"
    r"merci(?: beaucoup| bien)?|(?:muchas |mil )?gracias|danke(?: schon| sehr)?|"
    r"vielen dank|grazie(?: mille)?|obrigad[oa](?: (?:pela|pelas) (?:ajuda|dicas|informac\w*))?|"
    r"dank (?:je|u)(?: wel)?|tack(?: sa mycket)?|takk|kiitos|"
    r"arigato(?: gozaimasu)?|shukran|spasibo|dziekuje|mahalo|asante|toda|tesekkurler|"
    r"(?:it|that|this|which|stretch|tip|advice)?(?: (?:has|have|really|totally|actually))? ?(?:worked|"
    r"did the (?:trick|job)|sorted it|fixed it)(?: (?:a treat|like a charm|wonders|perfectly|a charm|"
    r"great|brilliantly|nicely))?|(?:that|the|this|your|ur) (?:[a-z]+ )?(?:stretch|tip|advice|trick|"
    r"idea|suggestion)(?: (?:has|really|totally|actually))? (?:worked|helped|did the (?:trick|job))"
    r"(?: (?:a treat|like a charm|wonders|perfectly|a charm|great|brilliantly|nicely))?|"
    # the cramp said to have let go, in closing: "mums cramp has eased off now" (round 28)
    r"(?:(?:my|his|her|their|[a-z]+s|[a-z]+'s) )?(?:leg|legs|hamstrings?|thighs?|cramps?|pain)(?:'s)? "
    r"(?:has |have |is |was )?(?:eased|gone|settled|stopped|passed|calmed|let go)(?: (?:off|away|"
    r"down))?(?: (?:now|already))?|"
    r"(?:(?:my|his|her|their) )?(?:leg|legs|hamstrings?|thighs?|cramps?)(?:'s)? (?:feels?|is|are|feeling) (?:much |"
    r"loads |a lot |way |so much |heaps )?better(?: now| already)?|"
    r"(?:you |u )?(?:reply|answer|respond)\w* (?:faster|quicker|better) than (?:my |the |a )?(?:gp|"
    r"doctor|doc|nhs|physio)(?: (?:answers|replies|does|reads)(?: (?:emails?|calls?|messages?|the "
    r"phone))?)?|(?:i )?appreciate (?:it|that|you|this|the help)|grateful|"
    # a question let go, in closing: "ok never mind, thanks anyway"
    r"never ?mind|nvm|no worries|forget it|"
    # "you have been very kind to an old man", "ever so patient with me"
    r"(?:(?:you|u)(?:'?ve| have) been )?(?:very |so |really |ever so )*(?:kind|good|patient|"
    r"helpful) (?:to|with) (?:me|us|an? (?:old|older|elderly) (?:man|woman|lady|gent|fella|person|"
    r"chap))|"
    r"(?:that|this|it|you|ur)(?:'?s|'?re| is| was| were| are)?(?: really| very| so| super| the| actually|"
    r" pretty| quite| genuinely| seriously)* "
    r"(?:help(?:s|ed|ful)|useful|great|perfect|brilliant|best|amazing|awesome|a star|a legend|"
    r"a lifesaver|smart|clever|patient|kind|sweet|lovely|polite|funny|cute|a gem|"
    r"(?:pretty |really |very |so |actually )*good at this)|(?:pretty |really |"
    r"very |so |actually )*good at this|know (?:your|"
    r"ur) stuff|(?:the )?cramps?(?:'s)? (?:is |are |has |have )?(?:all )?gone|(?:it'?s|pain'?s|pain is) (?:all )?gone|"
    r"all good now|(?:all )?sorted|god bless(?: (?:you|u))?|bless (?:you|u)|feel\w* (?:much |loads |a lot )?better(?: now)?|(?:pretty |really |very |so |kinda |kind of )?(?:smart|clever|good|impressive|sweet|nice|kind|cute|funny|polite) for "
    r"a (?:computer|bot|robot|machine|ai|chat ?bot)|(?:(?:way|much|so much|far|loads|miles) )?(?:better|"
    r"more helpful|more useful|nicer|quicker|faster) than (?:my |the |a )?(?:gp|doctor|doc|google|"
    r"googling(?: it| stuff| things)?|nhs|physio|dr google)|(?:you'?ve|you have|that'?s|that has|this has|it'?s|it has) been (?:a |such a |so |"
    r"really |very )?(?:great |big |huge |real |massive )?(?:help|helpful|useful|lifesaver)|you rock|legend|lifesaver|(?:very|really|super|so) (?:helpful|useful)|helpful|useful|nice one|"
    r"good (?:bot|job|stuff)|great|perfect|awesome|brilliant|lovely|amazing|excellent|fab|cool|"
    r"nice|super|sweet|got it|noted|understood|makes sense|sounds good|fair enough|ok+|okay|"
    r"okie|k+|kk|alright|all right|right|sure|wow)\b")
# An apology for asking, for a long message or for a temper: nothing to answer but "no need"
_APOLOGY = re.compile(
    r"\b(?:apologies(?: (?:for|about) (?:[\w']+ ){0,4}?(?:questions?|bothering|earlier|that|swearing|"
    r"rambling|messages?))?|(?:so |really |very )?sorry (?:(?:for|about) (?:[\w']+ ){0,4}?(?:questions?|bothering|"
    r"swearing|rude|rant\w*|rambl\w*|messages?|spam\w*|typos?|english|earlier|going on|being (?:a |so )?"
    r"(?:pain|nuisance|annoying|rude|stupid|dumb))|to (?:bother|trouble|pester|keep bothering) "
    r"(?:you|u))(?: (?:earlier|again|before|lol))?(?:,? (?:i'?m |im )?(?:on|typing on) (?:my|a) "
    r"(?:phone|mobile|tablet))?|(?:i )?apologi[sz]e(?: for (?:[\w']+ ){0,4}?"
    r"(?:questions?|earlier|that|swearing|rambling))?)\b")
_BYE = re.compile(
    r"\b(?:bye+|bye bye|goodbye|good bye|see (?:you|ya|u)(?: later| soon| around)?|cya|later|"
    r"laters|ttyl|good ?night|gn|nite|night(?! shifts?| worker| nurse| owl)|take care|have a (?:good|nice|great|lovely) "
    r"(?:one|day|night|evening|weekend)|(?:gotta|got to|have to|i have to|need to|must) go|"
    r"i'?m off(?: to (?:bed|sleep|work))?|talk (?:to you )?(?:later|soon)|signing off|"
    r"that'?s all(?: for now)?|"
    # a return promised in closing: "might ask more tomorrow", "i'll be back later"
    r"(?:i )?(?:might|may|will|i'?ll|ill|gonna) (?:ask|come back|be back|check back|pop back)"
    r"(?: (?:more|again|some more))?(?: (?:tomorrow|later|another time|soon|next time))?|"
    r"night night|nighty night|(?:off|going|heading) to bed|bed ?time|sleep well|sweet dreams|"
    # in other languages, as the thanks are
    r"adios|hasta (?:luego|pronto|manana)|au revoir|a bientot|tschuss|auf wiedersehen|"
    r"arrivederci|adeus|tchau|do widzenia|tot ziens|doei|hoscakal|bonne (?:soiree|nuit|journee)|"
    r"buenas noches|gute nacht|buona (?:sera|notte|giornata)|goede ?nacht|welterusten|dobranoc|"
    r"gorusuruz|gorusmek uzere|iyi geceler)\b")
# Words that may sit around the phrases above without asking anything.
_FILLER = frozenset("""
a an the so much very really a lot lot for all your you u ur again and but also just then
there bot chatbot doc doctor mate friend buddy pal dude man guys folks everyone everybody sir
maam madam yes yeah yep yup no nope oh ah hmm um well hey by way this that it is was for
helping help info information answer answers reply now today tonight lol haha xx x please pls
plz i i'm im me my guess anyway though tho one bunch million many heaps loads tons always sm
here too as indeed partner fam bro bros sis team all y'all yall chief boss love hun dear
darling bud mates people world peeps gang crew exactly actually even to amigo amiga docteur
doktor ji powered based driven wait hmm hmmm btw seriously honestly quick quickly user rn atm reliable
accurate trustworthy legit trusted tbh ngl imo fr at that's thats it's its properly arent
aren't ugh argh meh ffs omg jeez geez sigh computer robot machine you're youre nah or god
be honest truthfully r him her them us right alright ok okay
""".split())
# Someone else's words passed on: "my mum wants to know if you're a real doctor", "my grandad
# says thanks". Said around small talk, it is small talk.
_RELAYED = re.compile(
    r"\b(?:my |our )?(?:mum|mom|mother|dad|father|wife|husband|partner|son|daughter|gran|granny|"
    r"grandma|grandad|granddad|grandpa|nan|nana|friend|mate|sister|brother|boyfriend|girlfriend|"
    r"kids?|family|colleague|coach|flatmate|roommate|neighbou?r|she|he|they)(?: and i)? (?:wants? to know|"
    r"(?:is |was )?(?:asking|wondering)|asks?|asked|wonders|wondered|wanted to know|says?|said|"
    r"sends? (?:(?:his|her|their) )?(?:thanks|regards|love))(?: (?:if|whether))?\b")
_WORD = re.compile(r"[a-z']+")
# A message of more words than this is small talk only where every word is (a formal hello:
# "good morning, i do hope you are keeping well, i am rather new to these assistants"), or
# where it opens with thanks and closes with a goodbye and asks nothing; longer than
# MAX_WORDS, only the second.
MAX_PLAIN_WORDS = 14
MAX_WORDS = 30

# A longer thank-you that tells how it went and says goodbye asks nothing: "thank u so much,
# the towel one worked, i was on the floor swearing for 10 minutes lol. anyway night night"
_OPENS_WITH_THANKS = re.compile(r"^\W*(?:(?:ok|okay|right|great|brilliant|perfect|amazing|aw+)\W+)?"
                                r"(?:thanks?|thank (?:you|u|ya)|thankyou|thanku|thx|ty|tysm|cheers)\b")
_ASKS = re.compile(r"\?|\b(?:how (?:do|does|long|much|many|often|can|should|to|come|about)|what "
                   r"(?:is|are|do|does|should|can|about|if|causes|helps|else|now)|why|which|"
                   r"when|where|should|could|can|would|is (?:it|that|"
                   r"this|there)|are (?:there|they)|do (?:i|you|they)|does|did (?:i|you)|any "
                   r"(?:tips|advice|ideas)|tell me|help me|wondering|but|though|tho|although|"
                   r"still|except|apart from|worried|scared)\b")


def _long_thanks(text: list[str], normalised: str) -> str | None:
    """Thanks for advice that worked, told at length, then good night: small talk."""
    closes = _BYE.search(" ".join(text))  # good night said anywhere in it, then more thanks
    if closes and _OPENS_WITH_THANKS.search(normalised) and not _ASKS.search(normalised):
        return wording.SMALLTALK_THANKS
    return None


# Greetings, thanks and goodbyes in the scripts whose words the patterns above (Latin letters
# only) cannot hold: Cyrillic, Arabic, Hebrew, Greek, Devanagari, Chinese, Japanese, Korean, Thai
_IN_SCRIPTS: dict[str, tuple[str, ...]] = {
    "greeting": ("привет", "здравствуйте", "здравствуй", "добрый день", "добрый вечер",
                 "доброе утро", "привіт", "вітаю", "добрий день", "مرحبا", "اهلا", "السلام عليكم",
                 "صباح الخير", "مساء الخير", "שלום", "היי", "γεια", "γεια σας", "γεια σου",
                 "καλημέρα", "καλησπέρα", "नमस्ते", "नमस्कार", "你好", "您好", "大家好", "こんにちは",
                 "おはよう", "おはようございます", "こんばんは", "안녕하세요", "안녕", "สวัสดี",
                 "สวัสดีครับ", "สวัสดีค่ะ"),
    "thanks": ("спасибо", "большое спасибо", "спасибо большое", "дякую", "щиро дякую", "شكرا",
               "شكرا جزيلا", "תודה", "תודה רבה", "ευχαριστώ", "ευχαριστώ πολύ", "धन्यवाद",
               "शुक्रिया", "谢谢", "謝謝", "谢谢你", "多谢", "ありがとう", "ありがとうございます",
               "ありがとうございました", "감사합니다", "고마워", "고맙습니다", "ขอบคุณ", "ขอบคุณครับ",
               "ขอบคุณค่ะ", "ขอบคุณมาก"),
    "bye": ("пока", "до свидания", "бувай", "до побачення", "مع السلامة", "להתראות", "αντίο",
            "γεια χαρά", "अलविदा", "再见", "再見", "さようなら", "안녕히 계세요", "ลาก่อน"),
}
_SCRIPT_SMALLTALK = {normalise(phrase): kind for kind, phrases in _IN_SCRIPTS.items()
                     for phrase in phrases}
_SCRIPT_PHRASE = re.compile("|".join(map(re.escape, sorted(_SCRIPT_SMALLTALK, key=len,
                                                                  reverse=True))))


def _in_another_script(normalised: str) -> set[str]:
    """The kinds of social phrase a message is wholly made of, in a script the patterns above
    cannot read; empty when anything else is left."""
    if normalised.isascii():
        return set()
    kinds = {_SCRIPT_SMALLTALK[m.group(0)] for m in _SCRIPT_PHRASE.finditer(normalised)}
    return set() if re.search(r"\w", _SCRIPT_PHRASE.sub(" ", normalised)) else kinds


def smalltalk_reply(message: str) -> str | None:
    """A reply to a greeting, thanks, goodbye or "who are you", or None for a real question.
    A letter held down ("waaay too long", "thankssss") is read cut to two letters, and where
    that reads as nothing, to one."""
    normalised = normalise(message)
    reply = _smalltalk_reply(normalised)
    if reply is None:
        in_script = _in_another_script(normalised)
        reply = _reply_to(in_script) if in_script else None
    if reply is None and HELD_LETTER.search(message):
        reply = _smalltalk_reply(normalise(message, held=1))
    return reply


def _smalltalk_reply(normalised: str) -> str | None:
    text = _WORD.findall(normalised.replace("’", "'"))
    if not text:
        return None
    if len(text) > MAX_WORDS:
        return _long_thanks(text, normalised)
    spoken = " ".join(_RELAYED.sub(" ", " ".join(text)).split())
    found = {}
    # greetings before thanks: "nice to meet you" is a greeting, not "nice" and leftovers
    for name, pattern in (("complaint", _COMPLAINT), ("person", _WANTS_PERSON),
                          ("privacy", _PRIVACY), ("identity", _IDENTITY), ("apology", _APOLOGY),
                          ("bye", _BYE), ("greeting", _GREETING), ("thanks", _THANKS)):
        if pattern.search(spoken):
            found[name] = True
            spoken = " ".join(pattern.sub(" ", spoken).split())
    if not found or any(word not in _FILLER for word in spoken.split()):
        return _long_thanks(text, normalised) if len(text) > MAX_PLAIN_WORDS else None
    return _reply_to(found)


def _reply_to(found: Container[str]) -> str:
    """The small-talk reply to the social phrases `found` (their kinds, as named above)."""
    examples = "\n".join(f"- {q}" for q in wording.EXAMPLE_QUESTIONS)
    if "person" in found:
        return wording.SMALLTALK_PERSON
    if "privacy" in found:
        return wording.SMALLTALK_PRIVACY
    if "complaint" in found:
        return f"{wording.SMALLTALK_COMPLAINT}\n\n{wording.EXAMPLES_INTRO}\n{examples}"
    if "identity" in found:
        return f"{wording.SMALLTALK_IDENTITY}\n\n{wording.EXAMPLES_INTRO}\n{examples}"
    if "bye" in found:
        return wording.SMALLTALK_BYE
    if "apology" in found and "thanks" not in found:
        return wording.SMALLTALK_APOLOGY
    if "thanks" in found:
        return wording.SMALLTALK_THANKS
    return f"{wording.SMALLTALK_GREETING}\n\n{wording.EXAMPLES_INTRO}\n{examples}"
