"""Crisis and emergency signs in languages other than English, as the rules read them.

The crisis rule in bot.safety.lexicon.crisis reads the wish to die in Spanish, French, German,
Portuguese, Italian, Dutch, Polish, Turkish and romanised Hindi. These are the rest: the
plainest ways to say it in the world's other large languages (Russian and Ukrainian, Arabic,
Indonesian and Malay, Vietnamese, Tagalog, Hindi, Chinese, Japanese, Korean), and the
emergencies a bystander reports in a few words (not breathing, unconscious, a face that
drops or speech slurred, chest pain, a limb cold and pale, a swollen throat with breathing
trouble, breath that will not come, dark urine after exertion) in the languages of Europe; and, in those languages, the red flags most
often told beside a cramp (a pregnancy, a child, diabetes or the kidneys, cramps every night,
a statin or water tablet). Nothing else in the bot reads these languages: the reply says
where help is, and the rest of a message goes unread.

Patterns are written as bot.query.normalise leaves text: accents and vowel marks gone
("покончить с собой" reads "покончить с собои"), a script's own letters kept. Scripts
written without spaces (Chinese, Japanese), and Korean's endings, are matched inside runs of
letters.
"""

from __future__ import annotations

from bot.query.topic import CRAMP_ELSEWHERE
from bot.safety.lexicon.words import CRAMP, Rule, near, rule

# Inside a run of Chinese, Japanese or Korean letters: no spaces mark the words, or (in
# Korean) an ending follows the word without one
_RUN = r"\w*(?:{})\w*"

CRISIS_ELSEWHERE: tuple[Rule, ...] = (
    rule("crisis", "suicide",
       # ru, uk
       r"(?:хочу|хочется|хотел\w* бы|хочеться) (?:[\w']+ )?(?:умереть|умерти|померти|сдохнуть|"
       r"исчезнуть навсегда)|(?:не хочу|не хочется|не хочеться) (?:больше |більше |вже |уже )?"
       r"(?:жить|жити)|(?:жить|жити) не (?:хочу|хочется|хочеться)|покончить с собои|"
       r"покінчити (?:з|із) (?:собою|життям)|(?:убить|убью|вбити|вб'ю) себ[яе]|самоубииств\w*|"
       r"суицид\w*|самогубств\w*|повеситься|повешусь|наложить на себя руки|вскрыть вены|"
       r"(?:режу|порезать|порізати|ріжу) себе|"
       # ar
       r"(?:اريد|بدي|ابي|ابغى|عايز|عاوز|اود) (?:ان )?(?:اموت|موت)|\w*انتحار\w*|\w*انتحر\w*|"
       r"اقتل نفسي|(?:انهاء|انهي|اانهي) حياتي|(?:لا اريد|ما بدي|مش عايز) (?:ان )?(?:اعيش|عيش)|"
       # id, ms
       r"bunuh diri|(?:ingin|pengen|pingin|mau|nak|rasa nak) (?:[\w']+ )?mati\b|mengakhiri "
       r"hidup\w*|(?:tidak|gak|nggak|ga|tak) (?:ingin|mau|pengen) hidup (?:lagi)?|"
       # vi
       r"muon chet|tu sat|khong muon song|"
       # tl
       r"gusto(?:ng)? (?:[\w']+ ){0,3}mamatay|magpakamatay|ayoko (?:na|nang) "
       r"mabuhay|"
       # hi (Devanagari, with its vowel marks gone; a phrase ends before a spacing vowel sign,
       # no word character to re, or the word boundary after it never holds: "आत्महत्या")
       r"मरना चाहत|मर जाना चाहत|आतमहतय|जीना नही चाहत|खद को मार|"
       # zh, ja, ko
       + _RUN.format(r"想死|不想活|自杀|自殺|轻生|死にたい|消えたい|生きたくない|死のう|죽고 ?싶|"
                     r"자살|살고 ?싶지 ?않")),
    # Italian and German, beside the crisis rule's own: to fall asleep and not wake; to take
    # one's own life
    rule("crisis", "suicide",
       r"addormentar(?:mi|si) e non svegliar(?:mi|si)|non svegliar(?:mi|si) piu|"
       r"(?:mir|sich|ihm|ihr) das leben (?:zu )?nehmen|einschlafen und nicht (?:mehr )?aufwachen|"
       r"dormirme y no despertar|dormir et ne (?:plus|jamais) me reveiller|"
       r"dormir e nao acordar|(?:melhor|queria|quero|gostaria de|prefiro) (?:[\w']+ ){0,2}nao "
       r"acordar|nao acordar (?:mais|nunca)|(?:mejor|quiero|quisiera|ojala|prefiero) (?:[\w']+ ){0,2}"
       r"no despertar|no despertar(?:me)? (?:mas|nunca)|ne (?:plus|jamais) me reveiller|"
       # never to wake again (pt, es, fr, it, de), round 25
       r"nunca mais acordar|nao acordar nunca mais|no volver a despertar(?:me)?|nunca (?:mas )?"
       r"despertar(?:me)?|ne (?:plus jamais|jamais plus) me reveiller|non svegliar(?:mi|si) mai "
       r"(?:piu)?|nie (?:mehr|wieder) (?:auf)?wachen|"
       # an attempt told without its name (fr "une TS"), veins cut (romanised Hindi)
       r"(?:j'ai|il a|elle a) (?:deja )?fait (?:une|deux|plusieurs) (?:tentatives?|ts)\b(?! de "
       r"(?:record|connexion|paiement|reservation))|\bnas(?:en)? ka+t\w*|\bnas(?:en)? kat\w*"),
    # round 26, from the clinical categories (six crises of blind137 in these languages had gone
    # unread): the wish to be dead (de), all the pills tonight (es), ending everything with
    # pills saved up (tr), the dose that kills (pt, es), suicide named in Egyptian Arabizi, and
    # "better if i died" (romanised Hindi)
    rule("crisis", "suicide",
       r"\b(?:wunschte|wunsche|wollte) (?:ich|mir),? (?:ich )?(?:ware|war) (?:einfach |lieber |"
       r"endlich )?tot\b|\bware (?:ich )?(?:lieber|einfach|endlich) tot\b|"
       r"\b(?:me las voy a tomar|voy a tomarme|me voy a tomar) todas\b|"
       r"\bher seyi bitirece\w*|\bhaplar\w* biriktir\w*|\bkendimi oldurece\w*|"
       r"\b(?:dose|dosis|quantidade|cantidad) (?:de [\w']+ )?(?:que|pra|para) (?:mata|matar(?:me|se)?)\b|"
       r"\b(?:dose|dosis) (?:letal|mortal)\b|"
       r"\b(?:yentehar|yente7er|ente7ar|entehar|ante7er|hante7er|hantehar)\b|"
       r"\bmar (?:jaun|jaau|jaaun|jau|jaaon)\b", window=0),
)

# A cramp in those languages (bot.query.topic; English beside: many write "the cramp" in a
# sentence of their own language), and the back of the thigh
_A_CRAMP = (r"(?:" + CRAMP + r"|" + CRAMP_ELSEWHERE + r"|isquio\w*|ischio\w*|oberschenkel\w*|"
            r"muslos?|cuisses?|coxas?|cosce|coscia|dij(?:en)?|udo)")
# the muscles, in those languages, beside a cramp: what aches in muscle breakdown
_A_CRAMP_OR_MUSCLE = (_A_CRAMP + r"|musculos?|muscles?|muskel\w*|muscoli|miesni\w*|spieren|"
                      r"marat\w*|entren\w*|training|treino|allenament\w*|trening\w*")

EMERGENCY_ELSEWHERE: tuple[Rule, ...] = (
    rule("emergency", "collapse",
       # es
       r"no respira|(?:esta |se quedo )?inconsciente|perdio el conocimiento|se (?:ha )?desmayado|"
       r"se desmayo|no (?:reacciona|responde|despierta)|se (?:ha )?desplomado|"
       # fr
       r"ne respire (?:plus|pas)|(?:s'est|est) (?:effondre|evanoui)e?|perdu connaissance|"
       r"inconscient\w*|ne (?:repond|reagit|se reveille) (?:plus|pas)|"
       # de
       r"atmet (?:nicht|kaum)|bewusstlos|ohnmachtig|(?:ist )?zusammengebrochen|reagiert nicht|"
       r"wacht nicht (?:mehr )?auf|"
       # pt
       r"nao (?:esta )?respirando|nao respira|desmai\w*|nao (?:acorda|responde|reage)|"
       # it
       r"non respira|svenut[oa]|(?:e )?svenuto|incoscient\w*|non (?:risponde|reagisce|si sveglia)|"
       # nl
       r"ademt niet|bewusteloos|flauwgevallen|reageert niet|"
       # pl
       r"nie oddycha|nieprzytomn\w*|zemdlal\w*|nie reaguje|"
       # tr
       r"nefes almiyor|bayil(?:di|dim|mis|iyor)\w*|bilinci kapali|tepki vermiyor|"
       # ru, uk
       r"не дышит|без сознания|потерял\w* сознание|не реагирует|не дихає|без свідомості"),
    rule("emergency", "stroke",
       r"(?:cara|boca) (?:torcida|caida|ladeada|paralizada)|no puede hablar|habla (?:raro|mal|"
       r"arrastrando)|(?:bouche|visage) (?:de travers|tordu\w*|paralyse\w*)|(?:n'arrive|ne peut) "
       r"(?:plus|pas) (?:a )?parler|(?:gesicht|mund) (?:hangt|ist schief|schief)|kann nicht (?:mehr )?"
       r"sprechen|(?:boca|rosto|cara) (?:torta|caida)|nao consegue falar|(?:bocca|faccia) "
       r"(?:storta|cadente)|non riesce a parlare|mond (?:hangt|scheef)|kan niet (?:meer )?praten|"
       r"(?:usta|twarz) (?:krzyw\w*|opadl\w*)|nie moze mowic|agzi kay\w*|konusamiyor|"
       r"(?:лицо|рот) перекосил\w*|не может говорить|"
       # round 24: one side of the face told as it looks, speech slurred, an arm that will not lift
       r"(?:un|d'un) cote de (?:sa|la|son) (?:bouche|visage)|(?:sa|la) bouche ne bouge plus|"
       r"parle (?:bizarrement|de facon bizarre|mal)|ne peut (?:plus|pas) lever (?:le|son) bras|"
       r"(?:gesicht|mund|mundwinkel) (?:[\w']+ ){0,4}(?:hangt|herunter|runter|schief)|"
       r"(?:spricht|redet) (?:[\w']+ ){0,3}(?:verwaschen|undeutlich|lallend)|lallt|"
       r"kann (?:den|seinen|ihren|meinen) (?:rechten |linken )?arm nicht|"
       r"(?:no puede|no puedo|ya no puede) (?:mover|levantar) el brazo|(?:cara|boca) (?:[\w']+ ){0,3}"
       r"(?:caida|torcida|de lado)|nao consegue (?:mexer|levantar) o braco|"
       r"non riesce a (?:muovere|alzare) il braccio|nie moze (?:ruszyc|podniesc) rek\w*|"
       # romanised Hindi, round 25: a face gone to one side, speech that will not come
       # ("muh" is mended to "much" by triage's spelling folder: the Hindi words that follow
       # are what no English sentence holds)
       r"(?:chehra|muh|munh|mooh) (?:[\w']+ ){0,3}(?:latak|tedha|tedhi|terha|tirchha|ek taraf)\w*|"
       r"much (?:[\w']+ ){0,3}(?:latak|tedha|tedhi|terha|tirchha)\w*|"
       r"(?:theek se |thik se |sahi se )?bol nahi? pa (?:rahe|raha|rahi)|zuba+n (?:[\w']+ )?"
       r"(?:ladkhad|latpat|atak)\w*"),
    # round 24, from the clinical categories (five emergencies of the readable sets in these
    # languages had gone unread): a limb gone cold and pale or numb, a swollen mouth or throat
    # with breathing trouble, breath that will not come, urine gone dark after exertion
    rule("emergency", "cold_limb",
       r"\b(?:pierna|pie|jambe|pied|bein|fuss|perna|pe|gamba|piede|noga|stopa|been|voet)\b",
       r"\b(?:fri[ao]|helad[ao]|froide?|glacee?|eiskalt|kalt|gelad[ao]|fredd[ao]|gelid[ao]|"
       r"zimn[ay]|lodowat[ay]|koud|ijskoud)\b",
       r"\b(?:blanc[ao]|blanche?|palid[ao]|pale|blass|bleich|weiss|branc[ao]|pallid[ao]|bianc[ao]|"
       r"blad[ay]|bial[ay]|bleek|wit|azul|bleue?|blau|blu|siny|blauw|(?:no|ne|nao|non|nie) "
       r"(?:siente|sent|sente|sento|czuje)|(?:spure|spurt) (?:[\w']+ ){0,3}(?:nicht|kaum)|"
       r"taub|entumecid[ao]|engourdie?|dormente|intorpidit[ao]|dretwiej\w*|gevoelloos)\b",
       # skin chilled on purpose, as in English (words.ICED)
       unless=r"\b(?:hielo|agua fria|glace|eau froide|eis|kalte\w* wasser|gelo|agua gelada|"
              r"ghiaccio|acqua fredda|lod|zimn\w* wod\w*|ijs|koud water|compres\w*|kompresse)\b",
       window=0),
    rule("emergency", "anaphylaxis",
       r"\b(?:hinchad[oa]s?|hinch\w*|gonfle\w*|enfle\w*|geschwollen|schwillt|angeschwollen|"
       r"inchad[oa]s?|inchou|gonfi\w*|spuchl\w*|opuchl\w*|zwelt|opgezwollen|sis\w*)\b",
       r"\b(?:labios?|garganta|lengua|levres?|gorge|langue|lippen?|hals|zunge|rachen|lingua|"
       r"labbra|gola|usta|gardlo|jezyk|keel|tong|dudak\w*|bogaz\w*)\b",
       r"\b(?:respir\w*|atmen|atmet|atemnot|luft|oddych\w*|ademen|adem|nefes\w*)\b", window=0),
    rule("emergency", "breathless",
       r"(?:no (?:puede|puedo|podia) respirar|(?:le|me) cuesta (?:mucho )?respirar|se (?:esta )?"
       r"ahogando|(?:ne )?(?:peut|peux|arrive) (?:plus|pas) (?:a )?respirer|(?:du|beaucoup de) mal a "
       r"respirer|etouffe|(?:bekommt|bekomme|kriegt|kriege) (?:[\w']+ ){0,2}(?:keine|kaum) luft|"
       r"atemnot|kann (?:nicht|kaum) (?:mehr )?atmen|nao (?:consegue|consigo) respirar|falta de ar|"
       r"non riesce a respirare|non respiro|nie (?:moze|moge) oddychac|ciezko (?:mi |jej |mu )?"
       r"oddychac|brak (?:mi )?tchu|kan niet (?:meer )?ademen|benauwd|nefes alam\w*|"
       r"(?:mi|gli|le) manca (?:il )?(?:fiato|respiro)|(?:me|le|lui) manque (?:de )?(?:souffle|"
       r"l'air)|(?:me|le|te) falta (?:el )?(?:aire|aliento)|falta(?:-me)? (?:o )?ar|nefesim daral\w*|"
       r"(?:saans|sans) (?:nahi|nahin) (?:le|aa|aa rahi|aa raha)\w*|"
       r"(?:saans|sans) (?:lene )?(?:me|mein|mai) (?:dikkat|takleef|taklif|pareshani))"),
    # heat stroke: the body burning hot with the mind confused or the sweat stopped (es, fr,
    # de, pt, it, pl, nl), round 25
    rule("emergency", "heat_confusion",
       r"\b(?:ardiendo|caliente|hirviendo|brulant\w*|bouillant\w*|(?:glu|gluh)end\w*|heiss|kochend|"
       r"quente|fervendo|escaldante|bollente|scotta|rovente|gorac\w*|rozpalon\w*|gloeiend|"
       r"heet)\b",
       r"\b(?:delira\w*|deliri\w*|desvari\w*|confus\w*|desorientad\w*|desoriente\w*|"
       r"verwirrt\w*|fantasiert|redet wirr|disorientat\w*|sconnette|majacz\w*|splatan\w*|"
       r"verward\w*|(?:no|ne|nao|non|nie) (?:[\w']+ )?(?:suda|transpire|sua|poci|zweet)|"
       r"schwitzt (?:nicht|kaum)|(?:ya no|n'?est plus|nicht mehr) (?:[\w']+ )?(?:suda|transpire|"
       r"schwitzt))", window=0),
    rule("emergency", "rhabdo",
       r"(?:orina|urine|urin|urina|mocz|plas)\b (?:[\w']+ ){0,3}(?:oscura|negra|marron|color (?:de )?"
       r"(?:coca|cola|te)|foncee|noire|couleur (?:coca|cola|the)|schwarz|dunkel\w*|braun|escura|"
       r"preta|marrom|scura|nera|marrone|ciemn\w*|czarn\w*|brazow\w*|donker|zwart|bruin)|"
       r"(?:dunkler|dunklen) urin|ciemny mocz",
       _A_CRAMP_OR_MUSCLE + r"|kaum pinkeln|casi no orin\w*|presque pas urine\w*", window=0),
    rule("emergency", "chest_pain",
       r"dolor (?:[\w']+ |muy fuerte )?(?:en el|de|del) pecho|(?:douleur|mal) (?:[\w']+ )?(?:a la|dans "
       r"la) poitrine|douleur thoracique|(?:brustschmerz\w*|schmerzen in der brust)|dor (?:[\w']+ )?no "
       r"peito|dolore (?:[\w']+ )?al petto|pijn op de borst|bol w klatce|gogus agri\w*|"
       r"боль в груди|біль у грудях|"
       # a weight on the chest (round 28): es, fr, de, pt, it, nl, pl, tr
       r"(?:presion|opresion|peso) en el pecho|(?:pression|poids|serrement) (?:sur|dans) la "
       r"poitrine|(?:druck|enge|engegefuhl|stechen) (?:auf|in) der brust|(?:pressao|aperto|peso) no "
       r"peito|(?:peso|pressione|oppressione) (?:sul|al) petto|druk op (?:de|mijn) borst|ucisk w "
       r"klatce|gogsumde (?:baski|sikisma)|"
       # romanised Hindi, round 26
       r"(?:chest|seene|seeney|sine) (?:me|mein|mai) (?:[\w']+ )?dard"),
    # round 26, from the clinical categories (eight emergencies of blind137 in these languages
    # had gone unread): a face dropped on one side, an arm that will not lift, speech gone
    # wrong (tr); sepsis, a fever with confusion or mottled skin; compartment syndrome, a calf
    # hard as stone and swollen; very low blood sugar in a diabetic, sweating and shaking or
    # muddled (romanised Hindi); a collapse with no response (Egyptian Arabizi)
    rule("emergency", "stroke",
       r"\byuz\w* (?:[\w']+ ){0,2}taraf\w* (?:[\w']+ ){0,2}sark\w*|\bkolunu kaldiram\w*|"
       r"\bkonusmasi (?:bozu\w*|garip|anlasilmi\w*)", window=0),
    # round 28: speech gone unclear or an arm hanging limp (nl, de, es, fr, it, pt, pl)
    rule("emergency", "stroke",
       r"\b(?:praat|spreekt) (?:[\w']+ )?(?:onduidelijk|raar|wartaal|brabbel\w*)|\b(?:redet|spricht) "
       r"(?:[\w']+ )?(?:komisch|wirr|undeutlich)|\barm hangt (?:slap|naar beneden|schlaff|herunter)|\bhabla (?:[\w']+ )?(?:raro|trabado|arrastrado)|\bbrazo "
       r"(?:caido|colgando|sin fuerza)|\bbras (?:[\w']+ )?(?:tombe|ballant|sans force)|\bparla "
       r"(?:[\w']+ )?(?:strano|confuso|impastato)|\bbraccio (?:[\w']+ )?(?:cadente|penzoloni|"
       r"senza forza)|\bfala (?:[\w']+ )?(?:enrolad[ao]|estranh[ao]|arrastad[ao])|\bbraco "
       r"(?:caido|mole|sem forca)|\bmowi (?:[\w']+ )?(?:niewyraznie|belkot\w*)|\bbelkocze\b",
       window=0),
    # NHS poisoning: a child who has swallowed someone's tablets (round 28)
    rule("emergency", "overdose_taken",
       near(r"(?:mangiato|ingerito|gegeten|ingeslikt|geschluckt|gegessen|avale|mange|comido|"
            r"tragado|comeu|engoliu|zjadl\w*|polknal\w*|yuttu|yedi)",
            r"(?:pastiglie|pillole|compresse|tabletten|pillen|cachets|comprimes|pastillas|pildoras|"
            r"comprimidos|tabletki|tabletek|hap\w*|ilac\w*|medicijnen|medikamente|medicaments|"
            r"medicamentos|medicine)", 5),
       r"\b(?:bambin\w*|figli\w*|kind|kindje|zoon|dochter|sohn|tochter|enfant|fils|fille|bebe|"
       r"nin[oa]|hij[oa]|crianca|filh[oa]|dzieck\w*|syn|corka|cocu\w*|oglum|kizim|peuter|kleuter|"
       r"\d (?:anni|jaar|jahre|ans|anos|años|lat|yas\w*))\b", window=0),
    # coughing blood (a clot in the lung), in the languages of Europe (round 28)
    rule("emergency", "clot_breathless",
       r"\b(?:toso|tose|tosiendo|escupo|escupe) sangre|\b(?:tousse|toussé|crache|tousser) du sang|"
       r"\b(?:huste|hustet|husten) (?:[\w']+ )?blut|\bblut (?:gehustet|husten)|\b(?:tossisco|"
       r"tossisce|tossendo|sputo|sputa) sangue|\b(?:tossindo|tusso|tosse com|cuspindo|cuspo) sangue|"
       r"\b(?:hoest|hoesten|ophoesten) (?:[\w']+ )?bloed|\bbloed (?:op)?hoest\w*|\bkaszl\w* krwia|"
       r"\bkan tukur\w*|\boksur\w* (?:[\w']+ )?kan\b", window=0),
    # collapse or a racing heart while running (tr), round 28
    rule("emergency", "collapse",
       r"\bkalbim (?:[\w']+ )?(?:hizli|hizlica|deli gibi) (?:att\w*|carp\w*)|\bcarpinti\w*",
       r"\bbayil\w*|\bkosu\w*|\bkosar\w*|\bantrenman\w*|\bmac\w*|\bgogus\w*|\bnefes\w*",
       window=0),
    rule("emergency", "sepsis",
       r"\b(?:fiebre|fievre|fieber|febre|febbre|goraczk\w*|koorts|ates\w*|bukhar)\b",
       r"\b(?:confus\w*|confundid\w*|desorientad\w*|desoriente\w*|verwirrt\w*|disorientat\w*|splatan\w*|"
       r"verward\w*|a chiazze|manchas en la piel|marbrures|fleckig\w*|pele manchada|marmorat\w*|"
       r"respira (?:muy |molto )?(?:rapid\w*|velocissim\w*|veloce))\b", window=0),
    rule("emergency", "compartment",
       r"\b(?:twarda jak kamien|dur[ae]? comme (?:de la |une )?pierre|hart wie (?:ein )?stein|"
       r"dur[ao] como (?:una |uma )?(?:piedra|pedra)|dur[ao] come (?:un |una )?(?:sasso|pietra)|"
       r"hard als (?:een )?steen|tas gibi)\b",
       r"\b(?:spuchn\w*|opuchn\w*|hinchad\w*|gonfle\w*|geschwollen|inchad\w*|gonfi\w*|"
       r"opgezwollen|sis\w*)\b", window=0),
    rule("emergency", "hypoglycaemia",
       r"\b(?:diabet\w*|sugar (?:hai|ki bimari|patient)|insulin)\b",
       r"\b(?:paseen\w*|pasin\w*|pasina)\b",
       r"\b(?:kaanp\w*|kanp\w*|samajh nahi?|behosh\w*|chakkar)\b", window=0),
    rule("emergency", "collapse",
       r"\b(?:(?:mesh|mish|msh) (?:by|bi)e?rod\w*|ma ?bye?rodsh)\b", window=0),
)

# someone else's opinion, not their complaint: "mon fils dit que les crampes passent vite"
_SAYS = r"\b(?:dit|disait|dice|decia|diz|dizia|sagt|meint|zegt|mowi)\b"

SEE_DOCTOR_ELSEWHERE: tuple[Rule, ...] = (
    # NICE CKS: cramps are common in pregnancy, and worth telling the midwife or GP
    rule("see_doctor", "pregnancy",
       r"enceinte|embarazada|gravida|schwanger|incinta|zwanger|w ciazy", _A_CRAMP, window=0),
    # a child's cramps: es, fr, pt, de, it, nl
    rule("see_doctor", "child",
       r"(?:mon|notre) (?:fils|enfant|petit|bebe)|(?:ma|notre) (?:fille|petite)|mi (?:hijo|hija|"
       r"nino|nina|nene|nena|bebe)|(?:meu|nosso) (?:filho|menino|bebe)|(?:minha|nossa) (?:filha|"
       r"menina)|(?:mein|unser) (?:sohn|kind|baby)|(?:meine|unsere) tochter|(?:mio|nostro) "
       r"(?:figlio|bambino)|(?:mia|nostra) (?:figlia|bambina)|mijn (?:zoon|dochter|kind)",
       _A_CRAMP, unless=_SAYS, window=0),
    # NICE CKS secondary causes: diabetes, kidney disease and dialysis, cirrhosis, an
    # underactive thyroid
    rule("see_doctor", "condition",
       r"diabete\b|diabetique|diabetic[oa]s?|diabetiker\w*|zuckerkrank\w*|(?:tengo|tiene|tenho|"
       r"tem|habe|hat|j'ai|il a|elle a|ho|ha|heb|heeft|mam|ma) (?:[\w']+ )?diabet\w*|insuffisance "
       r"renale|maladie (?:des reins|renale)|(?:enfermedad|insuficiencia|doenca) renal|"
       r"nierenkrank\w*|niereninsuffizienz|insufficienza renale|nierziekte|dialyse[n]?\b|dialisis|"
       r"dialise|dialisi\b|hemodialis[ei]s?\b|cirrhose|cirrosis|cirrose|zirrhose|cirrosi|"
       r"hypothyro\w*|"
       r"hipotiroid\w*|ipotiroid\w*|schilddrusenunterfunktion", _A_CRAMP, window=0),
    # NICE CKS: cramps every night, disturbing sleep
    rule("see_doctor", "night_or_rest",
       r"toutes les nuits|chaque nuit|todas las noches|cada noche|todas as noites|toda (?:noite|"
       r"la noche)|jede nacht|(?:ogni|tutte le) nott[ei]|elke nacht|iedere nacht|co noc|"
       r"kazdej nocy", _A_CRAMP, window=0),
    # NICE CKS: medicines that cause cramps, named as people name them
    rule("see_doctor", "medicine",
       # taken, in the language's own verb, whatever spelling the folding leaves the name in
       r"(?:nehme|nimmt|prendo|prende|tomo|toma|prends|prend|neem|neemt|biore|bierze) "
       r"(?:[\w']+ ){0,3}(?:statin\w*|diuret\w*)|"
       r"statine[ns]?\b|estatinas?|diuretiques?|diureticos?|diuretika|diuretici|plaspil\w*|"
       r"(?:comprimes?|cachets?|medicaments?) pour (?:la )?tension|(?:pastillas?|pildoras?|"
       r"medicamentos?) para la (?:tension|presion)|remedios? (?:para|da) (?:a )?pressao|"
       r"blutdruck(?:tabletten|mittel|medikament\w*)|(?:pillole|farmaci) per la pressione|"
       r"bloeddrukpil\w*|plastabletten|"
       # a statin by its name in any of these languages ("simvastatina", "atorvastatine"), and
       # blood-pressure medicine in Turkish, round 25
       r"\w+statin[ae]?s?\b|tansiyon (?:ilac\w*|hap\w*)", _A_CRAMP, window=0),
    # a swollen, warm leg (a possible clot) told in these languages, round 25: with no
    # breathing trouble a red flag; with it, the emergency rules read it first
    rule("see_doctor", "clot_signs",
       r"\b(?:pierna|pantorrilla|jambe|mollet|bein|wade|perna|panturrilha|gamba|polpaccio|noga|"
       r"lydka|been|kuit|bacak\w*)\b",
       r"\b(?:hinchad[ao]|gonfle\w*|enfle\w*|geschwollen|angeschwollen|inchad[ao]|gonfi[ao]|"
       r"spuchniet\w*|opuchniet\w*|opgezwollen|gezwollen|sis\w*)\b",
       r"\b(?:caliente|calida|chaude?|brulante?|warm|heiss|quente|calda|caldo|ciepl[ay]|gorac[ay]|"
       r"sicak)\b", window=0),
    # round 28, from the clinical categories in these languages (es, fr, de, pt, it, nl, pl,
    # tr): fluid lost to diarrhoea or vomiting, a tear felt as a snap with bruising or no weight
    # borne, pain walking that a pause eases, weakness growing, pain spreading from the back
    rule("see_doctor", "fluid_loss",
       r"\b(?:diarr\w*|durchfall|biegunk\w*|ishal|vomit\w*|vomissement\w*|"
       r"erbrech\w*|vomito|braken|wymiot\w*|kusma\w*)\b", _A_CRAMP, window=0),
    rule("see_doctor", "tear",
       r"\b(?:chasquido|claquement|knall|estalo|schiocco|knak|trzask)\b|\b(?:no puedo|ne peux "
       r"pas|kann nicht|nao consigo|non riesco ad?|kan niet|nie moge) (?:[\w']+ ){0,2}(?:apoyar|poser|"
       r"auftreten|apoiar|appoggiare|staan|stanac)",
       r"\b(?:moraton\w*|hematoma|bleu|ecchymose|bluterguss|blauer fleck|roxo|livido|blauwe plek|"
       r"siniak|morarti|apoyar|poser|auftreten|apoiar|appoggiare|staan|stanac|" + _A_CRAMP + r")\b",
       window=0),
    rule("see_doctor", "claudication",
       r"\b(?:gehe|laufe|camin\w*|ando|marche|andar|cammin\w*|loop|lopen|chodz\w*|yuru\w*)\b",
       r"\b(?:nach (?:einer|ner|der) pause|wenn ich (?:stehen bleibe|anhalte)|al (?:parar|descansar)|"
       r"quand je m'?arrete|(?:quando|se) (?:paro|descanso|mi fermo)|als ik (?:stop|stilsta)|gdy "
       r"(?:staje|odpoczywam)|durunca|dinlenince)\b", _A_CRAMP, window=0),
    rule("see_doctor", "weakness",
       r"\b(?:cada vez mas debil\w*|de plus en plus faible\w*|immer schwacher|sempre piu debol\w*|"
       r"cada vez mais frac[ao]s?|steeds zwakker|coraz slabsz\w*|guc(?:suzluk|suz)\w* (?:[\w']+ ){0,3}"
       r"(?:artiyor|giderek))\b", window=0),
    rule("see_doctor", "nerve",
       r"\b(?:uitstraal\w*|irradia\w*|ausstrahl\w*|strahlt \w+ aus|irradie\w*|promieniuj\w*|"
       r"yayil\w*|se extiende)\b",
       r"\b(?:rug|onderrug|espalda|rucken|kreuz|dos|schiena|costas|lombar\w*|plecy|krzyz\w*|bel\w*)\b",
       window=0),
)
