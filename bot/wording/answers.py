"""Every sentence the bot writes itself. None of them makes a medical claim: those are quoted."""

from __future__ import annotations

LEADS = {
    "definition": "Here is how the articles describe a hamstring cramp:",
    "symptoms": "Here is what the articles say a hamstring cramp is like:",
    "relief": "Here is what the articles suggest doing when a cramp strikes:",
    "stretch": "Here is how the articles describe stretching the hamstring:",
    "heat_cold": "Here is what the articles say about heat and cold:",
    "massage": "Here is what the articles say about massage:",
    "causes": "Here is what the articles say about causes:",
    "prevention": "Here is what the articles suggest for preventing cramps:",
    "food_drink": "Here is what the articles say about food and drink:",
    "hydration": "Here is what the articles say about drinking enough:",
    "when_doctor": "Here is when the articles say to get medical advice:",
    "anatomy": "Here is what the articles say about the hamstring muscles:",
    "duration": "Here is what the articles say about how long it lasts:",
    "strain": "Here is what the articles say about cramps and muscle strains:",
}
GENERIC_LEAD = "Here is what the articles say:"
DISAGREE = "Not all the articles agree on this:"
SEE_DOCTOR = "When to see a doctor:"
SAFETY_NET = "General information from the articles, not a diagnosis."

NOT_COVERED = (
    "The articles I answer from don't cover {what}, so I can't tell you about it. I can tell "
    "you what a hamstring cramp is, how to stretch or massage it, when to use heat or ice, "
    "what causes cramps, how to prevent them, and when to see a doctor."
)
NOT_COVERED_WHAT = "that"
NOT_COVERED_FIGURES = "the numbers you ask for"
OUT_OF_SCOPE_ELSEWHERE = (
    "I can only help with hamstring cramps, at the back of the thigh: the articles I answer "
    "from don't cover cramps in the {part}. For those, a pharmacist, physiotherapist or doctor "
    "can help. I can tell you what a hamstring cramp is, how to stretch or massage it, when to "
    "use heat or ice, what causes cramps, how to prevent them, and when to see a doctor."
)

OUT_OF_SCOPE = (
    "I can only help with hamstring cramps: what they are, how to relieve and prevent them, "
    "and when to see a doctor. For anything else, please ask someone else."
)

# A message in another language (bot.query.language): it may be about anything, an emergency
# too, so it is told where help is, in English and in its own language.
_HELP_IN_ANY_CASE = (
    "If you or someone else may be in danger, call your local emergency number now (112 in "
    "Europe, 911 in the US). If you are thinking about suicide or hurting yourself, "
    "findahelpline.com lists free, confidential helplines in your country."
)
OTHER_LANGUAGE = ("I can only read and answer questions in English, so I couldn't read your "
                  f"message. {_HELP_IN_ANY_CASE}")
# The same, to one that names a cramp or the hamstring: on topic, but not read here
OTHER_LANGUAGE_ON_TOPIC = ("I can only read and answer questions in English, so I can't answer "
                           "this one from the articles. If you ask it again in English, I'll "
                           f"answer with what they say. {_HELP_IN_ANY_CASE}")
OTHER_LANGUAGE_IN = {
    "es": "Solo puedo leer y responder en inglés. Si usted u otra persona está en peligro, llame "
          "ahora al número de emergencias (112 en Europa). Si piensa en el suicidio o en hacerse "
          "daño, en findahelpline.com encontrará líneas de ayuda gratuitas en su país.",
    "fr": "Je ne peux lire et répondre qu'en anglais. Si vous ou quelqu'un d'autre êtes en "
          "danger, appelez maintenant le numéro d'urgence (112 en Europe). Si vous pensez au "
          "suicide ou à vous faire du mal, findahelpline.com indique des lignes d'écoute "
          "gratuites dans votre pays.",
    "de": "Ich kann nur Englisch lesen und beantworten. Wenn Sie oder jemand anderes in Gefahr "
          "sind, rufen Sie jetzt den Notruf an (112 in Europa). Wenn Sie an Suizid denken oder "
          "daran, sich etwas anzutun, finden Sie auf findahelpline.com kostenlose Hilfetelefone "
          "in Ihrem Land.",
    "pt": "Só consigo ler e responder em inglês. Se você ou outra pessoa estiver em perigo, "
          "ligue agora para o número de emergência (112 na Europa, 192 no Brasil). Se estiver "
          "pensando em suicídio ou em se machucar, o findahelpline.com mostra linhas de apoio "
          "gratuitas no seu país.",
    "it": "Posso leggere e rispondere solo in inglese. Se tu o un'altra persona siete in "
          "pericolo, chiama subito il numero di emergenza (112 in Europa). Se pensi al suicidio "
          "o a farti del male, su findahelpline.com trovi linee di ascolto gratuite nel tuo "
          "paese.",
    "nl": "Ik kan alleen Engels lezen en beantwoorden. Als u of iemand anders in gevaar is, bel "
          "dan nu het alarmnummer (112 in Europa). Als u aan zelfdoding denkt of eraan denkt "
          "uzelf pijn te doen, vindt u op findahelpline.com gratis hulplijnen in uw land.",
    "pl": "Potrafię czytać i odpowiadać tylko po angielsku. Jeśli ty lub ktoś inny jesteście w "
          "niebezpieczeństwie, zadzwoń teraz pod numer alarmowy 112. Jeśli myślisz o "
          "samobójstwie lub o zrobieniu sobie krzywdy, na findahelpline.com znajdziesz "
          "bezpłatne telefony zaufania w twoim kraju.",
    "tr": "Yalnızca İngilizce okuyup yanıt verebiliyorum. Siz ya da başka biri tehlikedeyse "
          "hemen acil durum numarasını arayın (112). İntiharı ya da kendinize zarar vermeyi "
          "düşünüyorsanız, findahelpline.com ülkenizdeki ücretsiz yardım hatlarını listeler.",
    "ru": "Я могу читать и отвечать только на английском языке. Если вы или кто-то другой в "
          "опасности, позвоните сейчас по номеру экстренной помощи (112). Если вы думаете о "
          "самоубийстве или о том, чтобы причинить себе вред, на сайте findahelpline.com есть "
          "бесплатные телефоны доверия в вашей стране.",
    "uk": "Я можу читати й відповідати лише англійською. Якщо ви або хтось інший у небезпеці, "
          "зателефонуйте зараз на номер екстреної допомоги (112). Якщо ви думаєте про "
          "самогубство або про те, щоб заподіяти собі шкоду, на сайті findahelpline.com є "
          "безкоштовні гарячі лінії у вашій країні.",
    "ar": "لا أستطيع القراءة والرد إلا باللغة الإنجليزية. إذا كنت أنت أو شخص آخر في خطر، فاتصل "
          "الآن برقم الطوارئ. إذا كنت تفكر في الانتحار أو في إيذاء نفسك، ستجد على موقع "
          "findahelpline.com خطوط مساعدة مجانية في بلدك.",
    "id": "Saya hanya bisa membaca dan menjawab dalam bahasa Inggris. Jika Anda atau orang lain "
          "dalam bahaya, segera hubungi nomor darurat (112). Jika Anda berpikir untuk bunuh diri "
          "atau menyakiti diri sendiri, findahelpline.com memuat layanan bantuan gratis di negara "
          "Anda.",
    "vi": "Tôi chỉ có thể đọc và trả lời bằng tiếng Anh. Nếu bạn hoặc người khác đang gặp nguy "
          "hiểm, hãy gọi ngay số cấp cứu (115 ở Việt Nam). Nếu bạn đang nghĩ đến việc tự tử hoặc "
          "tự làm hại bản thân, findahelpline.com có danh sách các đường dây hỗ trợ miễn phí ở "
          "nước bạn.",
    "fil": "Sa Ingles lang ako nakakabasa at nakakasagot. Kung ikaw o ibang tao ay nasa "
           "panganib, tumawag agad sa emergency number (911 sa Pilipinas). Kung iniisip mong "
           "magpakamatay o saktan ang sarili mo, may libreng helpline sa bansa mo sa "
           "findahelpline.com.",
    "sv": "Jag kan bara läsa och svara på engelska. Om du eller någon annan är i fara, ring "
          "larmnumret 112 nu. Om du tänker på självmord eller på att skada dig själv finns "
          "kostnadsfria stödlinjer i ditt land på findahelpline.com.",
    "da": "Jeg kan kun læse og svare på engelsk. Hvis du eller en anden er i fare, så ring til "
          "alarmnummeret 112 nu. Hvis du tænker på selvmord eller på at skade dig selv, kan du "
          "finde gratis hjælpelinjer i dit land på findahelpline.com.",
    "nb": "Jeg kan bare lese og svare på engelsk. Hvis du eller noen andre er i fare, ring "
          "nødnummeret nå (113 i Norge, 112 i resten av Europa). Hvis du tenker på selvmord "
          "eller på å skade deg selv, finner du gratis hjelpetelefoner i landet ditt på "
          "findahelpline.com.",
    "fi": "Osaan lukea ja vastata vain englanniksi. Jos sinä tai joku muu on vaarassa, soita "
          "heti hätänumeroon 112. Jos ajattelet itsemurhaa tai itsesi vahingoittamista, "
          "findahelpline.com kertoo maasi maksuttomat auttavat puhelimet.",
    "ro": "Pot citi și răspunde doar în engleză. Dacă dumneavoastră sau altcineva sunteți în "
          "pericol, sunați acum la numărul de urgență 112. Dacă vă gândiți la sinucidere sau "
          "să vă faceți rău, pe findahelpline.com găsiți linii de sprijin gratuite din țara "
          "dumneavoastră.",
    "cs": "Umím číst a odpovídat jen anglicky. Pokud jste vy nebo někdo jiný v nebezpečí, "
          "zavolejte hned na tísňovou linku 112 (záchranná služba 155). Pokud myslíte na "
          "sebevraždu nebo na to, že si ublížíte, na findahelpline.com najdete bezplatné linky "
          "pomoci ve vaší zemi.",
    "sk": "Viem čítať a odpovedať iba po anglicky. Ak ste vy alebo niekto iný v nebezpečenstve, "
          "zavolajte hneď na tiesňovú linku 112. Ak myslíte na samovraždu alebo na to, že si "
          "ublížite, na findahelpline.com nájdete bezplatné linky pomoci vo vašej krajine.",
    "hu": "Csak angolul tudok olvasni és válaszolni. Ha Ön vagy valaki más veszélyben van, "
          "hívja most a 112-es segélyhívó számot. Ha öngyilkosságra vagy önsértésre gondol, a "
          "findahelpline.com oldalon ingyenes lelki segélyvonalakat talál az Ön országában.",
    "sh": "Mogu čitati i odgovarati samo na engleskom. Ako ste vi ili netko drugi u opasnosti, "
          "odmah nazovite broj hitne službe 112. Ako razmišljate o samoubojstvu ili o tome da "
          "sebi naudite, na findahelpline.com naći ćete besplatne linije za pomoć u svojoj "
          "zemlji.",
    "sl": "Berem in odgovarjam lahko samo v angleščini. Če ste vi ali kdo drug v nevarnosti, "
          "takoj pokličite številko za klic v sili 112. Če razmišljate o samomoru ali o tem, da "
          "bi se poškodovali, na findahelpline.com najdete brezplačne telefone za pomoč v vaši "
          "državi.",
    "ca": "Només puc llegir i respondre en anglès. Si vostè o una altra persona està en perill, "
          "truqui ara al telèfon d'emergències 112. Si pensa en el suïcidi o en fer-se mal, a "
          "findahelpline.com trobarà línies d'ajuda gratuïtes al seu país.",
    "lt": "Galiu skaityti ir atsakyti tik angliškai. Jei jums ar kam nors kitam gresia "
          "pavojus, nedelsdami skambinkite bendruoju pagalbos telefonu 112. Jei galvojate apie "
          "savižudybę ar apie tai, kad galite sau pakenkti, findahelpline.com rasite nemokamas "
          "pagalbos linijas savo šalyje.",
    "lv": "Es varu lasīt un atbildēt tikai angliski. Ja jums vai kādam citam draud briesmas, "
          "tūlīt zvaniet uz ārkārtas tālruni 112. Ja domājat par pašnāvību vai par to, lai sev "
          "kaitētu, vietnē findahelpline.com atradīsiet bezmaksas palīdzības tālruņus savā "
          "valstī.",
    "hi": "मैं केवल अंग्रेज़ी में पढ़ और जवाब दे सकता हूँ। अगर आप या कोई और खतरे में है, तो अभी "
          "आपातकालीन नंबर (भारत में 112) पर कॉल करें। अगर आप आत्महत्या या खुद को नुकसान पहुँचाने "
          "के बारे में सोच रहे हैं, तो findahelpline.com पर आपके देश की मुफ़्त हेल्पलाइन मिलेंगी।",
    "zh": "我只能阅读和回答英文。如果您或其他人有危险，请立即拨打急救电话（中国大陆为120）。如果您"
          "有自杀或伤害自己的想法，可以在 findahelpline.com 找到您所在国家的免费求助热线。",
    "ja": "私は英語でしか読んだり答えたりできません。あなたや他の人が危険な状態にある場合は、すぐに"
          "救急番号（日本では119）に電話してください。自殺や自傷について考えている場合は、"
          "findahelpline.com でお住まいの国の無料相談窓口を探せます。",
    "ko": "저는 영어로만 읽고 답할 수 있습니다. 본인이나 다른 사람이 위험하다면 지금 바로 긴급 "
          "번호(한국은 119)로 전화하세요. 자살이나 자해를 생각하고 있다면 findahelpline.com에서 "
          "거주 국가의 무료 상담 전화를 찾을 수 있습니다.",
}
SMALLTALK_GREETING = "Hello! I answer questions about hamstring cramps, quoting trusted articles."
SMALLTALK_THANKS = ("You're welcome. I hope your hamstring feels better soon. I'm here for any "
                    "other question about hamstring cramps.")
SMALLTALK_IDENTITY = (
    "I'm a small helper that answers questions about hamstring cramps. Everything medical I "
    "say is quoted, word for word, from five articles, with a link to each source. I'm not a "
    "doctor and can't examine you."
)
SMALLTALK_COMPLAINT = (
    "Sorry that didn't help. I can only quote what five articles about hamstring cramps say, so "
    "some questions have no answer here; asking in other words sometimes finds one."
)
SMALLTALK_PERSON = (
    "I'm an automated helper that answers questions about hamstring cramps, not a person, and "
    "I can't put you through to anyone. A pharmacist or your doctor can talk your situation "
    "through with you; if it's urgent, call your local emergency number."
)
# True of this project: the page keeps the conversation in the browser tab, the logs record
# the kind of each reply and never its words (ChatbotConfig.log_messages, for debugging, is
# off), and a thumbs rating stores the question with the passages cited (web/feedback.py).
SMALLTALK_PRIVACY = (
    "I don't save what you write. Your conversation stays in this page and is gone when you "
    "close it, and the computer running me logs only what kind of reply I gave, not your "
    "words. If you rate an answer with a thumb, that question and the passages I quoted are "
    "kept on that computer to improve the answers, with nothing about who you are. Ask me "
    "anything about hamstring cramps."
)
SMALLTALK_APOLOGY = ("No need to apologise: ask as many questions about hamstring cramps as "
                     "you like.")
SMALLTALK_BYE = "Take care! Come back any time you have a question about hamstring cramps."
EXAMPLES_INTRO = "You could ask, for example:"
# Shown on the empty page and in the greeting: one list, so both offer the same questions.
EXAMPLE_QUESTIONS = (
    "What is a hamstring cramp?",
    "What helps a hamstring cramp right now?",
    "How long should I hold a hamstring stretch?",
    "Should I use heat or ice?",
    "When should I see a doctor?",
)

# What a message that cannot be read at all gets instead of an answer.
NOT_TEXT = "I can only read text messages. Please type your question."
EMPTY_MESSAGE = "Your message looks empty. Please type a question about hamstring cramps."
TOO_LONG = ("Your message is {length:,} characters long; please keep it under {limit:,} "
            "characters and ask one question at a time.")
NO_WORDS = "I couldn't find any words in that. Please type your question in words."
