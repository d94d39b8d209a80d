"""Crisis and emergency signs in scripts the encoder cannot read.

The encoder (an English model) reads Cyrillic, Arabic, Hebrew, Greek and Devanagari letter by
letter, and Chinese, Japanese, Korean and Thai mostly as unknown, so triage's learned layers
leave such a message to the rules (bot.query.language.another_script). languages.py holds the
plainest wish to die in Cyrillic, Arabic, Devanagari, Chinese, Japanese and Korean, and a few
emergencies in Cyrillic, among those of its other languages; these are the other forms the
Columbia screener
asks about (ending one's life, self-harm, a method, not waking up, someone else's wish) and the
emergencies a bystander reports in a few words (breath that will not come, chest pain or
pressure, coughing blood, a face that drops or speech that slurs, a collapse with no response,
lips or throat swelling, urine the colour of cola, a leg gone cold and pale, a racing heart
with a faint), in Russian, Ukrainian, Arabic, Hebrew, Greek, Hindi, Chinese, Japanese, Korean
and Thai: the large languages written in these scripts.

Each phrase is written as people write it and folded here as bot.query.normalise folds a
message (Hindi's and Thai's vowel signs and Greek's accents go, "ς" becomes "σ"); "*" stands
for the rest of a word and "~ " for up to two words between. Chinese, Japanese and Thai have
no spaces between words, and Korean's endings follow a word without one: their phrases are
matched inside runs of letters.
"""

from __future__ import annotations

import re
import unicodedata

from bot.query.normalise import normalise
from bot.safety.lexicon.words import Rule, rule


def _said(*phrases: str) -> str:
    """The alternation of `phrases` as normalise leaves them, "*" for the rest of a word."""
    return "|".join(_folded(p) for p in phrases)


def _inside(*phrases: str) -> str:
    """`_said`, matched inside a run of letters (scripts written without spaces)."""
    return r"\w*(?:" + _said(*phrases) + r")\w*"


# Hebrew and Arabic write "and", "the", "in" and the like as a letter joined to the word
# ("והשפתיים", "وشاحبة"): a phrase in them may begin with one or two such letters
_HEBREW_PREFIX = r"[ובלשהמכ]{0,2}"
_ARABIC_PREFIX = r"(?:و|ف|ب|ل|ال|وال){0,1}"


def _folded(phrase: str) -> str:
    """One phrase as a pattern: "*" the rest of a word, "~" up to two words between."""
    body = r"(?:\w+ ){0,2}".join(
        r"\w*".join(_fold_keeping_spaces(piece) for piece in part.split("*"))
        for part in phrase.split("~ "))
    if "\u0590" <= phrase[0] <= "\u05ff":
        return _HEBREW_PREFIX + body
    if "\u0600" <= phrase[0] <= "\u06ff":
        return _ARABIC_PREFIX + body
    return body


def _fold_keeping_spaces(piece: str) -> str:
    core = piece.strip()
    if not core:
        return re.escape(piece)
    lead, trail = piece[:piece.index(core[0])], piece[len(piece.rstrip()):]
    # a vowel sign that spaces (Hindi's "ा") is no word character to Python's re, so a phrase
    # ending in one would never meet the word boundary after it: end before it
    folded = normalise(core)
    while folded and unicodedata.category(folded[-1]).startswith("M"):
        folded = folded[:-1]
    return re.escape(lead + folded + trail)


CRISIS_IN_SCRIPTS: tuple[Rule, ...] = (
    rule("crisis", "suicide", _said(
        # ru, uk: ending one's life, not waking, pills all at once, someone else's wish
        "покончить с жизнью", "свести счеты с жизнью", "свести счёты с жизнью",
        "накласти на себе руки", "лучше бы меня не было",
        "краще б мене не було", "лучше бы я не проснул*", "лучше бы я просто не проснул*",
        "лучше бы не проснуться", "заснуть и не проснуться", "краще б я не прокину*",
        "краще б я просто не прокину*", "заснути і не прокинутися", "не хочу просыпаться",
        "не хочу прокидатися", "все таблетки разом", "все таблетки сразу", "всі таблетки разом",
        "наглотаться таблеток",
        "хочет ~ умереть", "хоче ~ померти", "хочет покончить", "хоче покінчити",
        # ar: to kill oneself (I, he, she), to end one's life, not to wake, all the pills
        "يقتل نفسه", "تقتل نفسها", "اقتل حالي", "ينهي حياته", "تنهي حياتها", "نفسي اموت", "اتمنى الموت", "اتمنى اموت", "ما ابي اعيش", "ما ابغى اعيش",
        "لا اريد ان استيقظ", "كل الحبوب مرة وحدة",
        # he
        "להתאבד", "התאבדות", "מתאבד*", "רוצה ~ למות", "בא לי ~ למות", "רוצה לשים קץ", "לשים קץ לחיי",
        "לא רוצה לחיות", "לא רוצה להתעורר", "לישון ולא להתעורר",
        # el
        "θέλω ~ να πεθάνω", "αυτοκτον*", "τέλος στη ζωή μου", "τελος στη ζωη μου",
        "δεν θέλω να ζω", "δε θέλω να ζω", "δεν θέλω να ξυπνήσω", "και να μην ξυπνήσω",
        # hi
        "ख़ुदकुशी", "खुदकुशी", "अपनी जान ले", "जान दे दूं", "जान दे दूँ", "जान देना चाहत", "मर जाऊं",
        "मर जाऊँ", "जीने का मन नहीं", "सारी गोलियां", "सारी गोलियाँ"), window=0),
    rule("crisis", "suicide", _inside(
        # zh
        "活不下去", "活着没意思", "活著沒意思", "结束自己的生命", "结束我的生命",
        "結束自己的生命", "了结自己", "不想醒来", "不想醒來", "跳楼", "跳樓", "药全吃", "藥全吃",
        "所有的药都吃", "吃光所有的药",
        # death as the end of the pain: "would it stop hurting if I were dead"
        "死了就不会", "死了就解脱", "死了就好了", "死了就不痛", "死んだら楽", "死ねば楽",
        # ja
        "生きていたくない", "命を絶", "目が覚めなければ",
        "目覚めなければ", "薬を全部", "全部まとめて飲",
        # ko
        "살기 싫", "사라지고 싶", "목숨을 끊", "약을 다 먹",
        "ㅈㅅ",
        # th
        "อยากตาย", "ฆ่าตัวตาย", "ไม่อยากอยู่แล้ว", "ไม่อยากมีชีวิต", "จบชีวิต")),
    rule("crisis", "self_harm", _said(
        "режу себя", "режу руки", "порезы на руках", "порезала себя", "порезал себя", "ріжу руки",
        "порізала себе", "причиняю себе боль", "завдаю собі болю",
        "اجرح نفسي", "اجرح حالي", "اذي نفسي", "اذيت نفسي", "اذية نفسي",
        "חותכת את עצמי", "חותך את עצמי", "לפגוע בעצמי", "פוגע בעצמי", "פוגעת בעצמי",
        "κόβω τον εαυτό μου", "βλάπτω τον εαυτό μου", "αυτοτραυματ*",
        "खुद को नुकसान", "ख़ुद को नुकसान", "खुद को चोट", "कलाई काट"), window=0),
    rule("crisis", "self_harm", _inside(
        "割腕", "割过一次腕", "割過一次腕", "自残", "自殘", "伤害自己", "傷害自己", "自傷", "リストカット", "リスカ", "手首を切",
        "자해", "손목을 긋", "손목 긋", "กรีดแขน", "กรีดข้อมือ", "ทำร้ายตัวเอง")),
)

EMERGENCY_IN_SCRIPTS: tuple[Rule, ...] = (
    rule("emergency", "breathless", _said(
        "задыхаюсь", "задыхается", "не могу дышать", "не может дышать",
        "задихаюся", "задихається", "не можу дихати", "не може дихати",
        "لا استطيع التنفس", "ما اقدر اتنفس", "مش قادر اتنفس", "صعوبة في التنفس",
        "קשה לי לנשום", "לא יכול לנשום", "לא יכולה לנשום", "לא נושם", "לא נושמת",
        "δεν μπορώ να αναπνεύσω", "δυσκολεύομαι να αναπνεύσω", "δεν αναπνέει", "πνίγομαι",
        "सांस नहीं ले पा", "साँस नहीं ले पा", "सांस लेने में तकलीफ", "सांस लेने में दिक्कत"),
        window=0),
    rule("emergency", "breathless", _inside(
        "喘不上气", "喘不過氣", "喘不过气", "呼吸困难", "呼吸困難", "不能呼吸", "无法呼吸", "息ができない",
        "息が苦しい", "呼吸が苦しい", "息ができません", "숨을 못 쉬", "숨을 쉴 수 없", "숨쉬기 힘들",
        "숨이 안 쉬어", "หายใจไม่ออก", "หายใจลำบาก", "หายใจไม่ได้")),
    rule("emergency", "chest_pain", _said(
        "давит в груди", "давит грудь", "сжимает грудь", "жжет в груди", "тисне в грудях",
        "стискає груди", "отдает в левую руку", "віддає в ліву руку",
        "الم في الصدر", "الم بالصدر", "وجع في الصدر", "ضغط على الصدر", "כאב בחזה", "לחץ בחזה",
        "πόνος στο στήθος", "πονάει το στήθος", "σφίξιμο στο στήθος", "σφίγγει το στήθος",
        "सीने में दर्द", "छाती में दर्द", "सीने में दबाव", "छाती में दबाव"), window=0),
    rule("emergency", "chest_pain", _inside(
        "胸痛", "胸口疼", "胸口痛", "胸口很闷", "胸が痛", "胸の痛み", "胸が締め付け", "가슴이 아프",
        "가슴 통증", "가슴이 조이", "가슴을 쥐어", "เจ็บหน้าอก", "แน่นหน้าอก")),
    rule("emergency", "coughing_blood", _said(
        "кашляю кровью", "кашель с кровью", "откашливаю кровь", "кашляю кров'ю", "кашель з кров'ю",
        "اكح دم", "اسعل دم", "كحة دم", "سعال دموي", "משתעל דם", "משתעלת דם",
        "βήχω αίμα", "βήχας με αίμα", "खांसी में खून", "खून की खांसी", "खांसते हुए खून"), window=0),
    rule("emergency", "coughing_blood", _inside(
        "咳血", "咳出了一点血", "咳出血", "咯血", "血を吐", "血痰", "咳で血", "피를 토하", "기침에 피",
        "피가 섞인 기침", "ไอเป็นเลือด")),
    rule("emergency", "stroke", _said(
        "перекосило лицо", "перекосило рот", "обличчя перекосило",
        "перекосило обличчя", "говорит невнятно", "невнятно говорит", "говорить невнятно",
        "говорить нерозбірливо", "не может поднять руку",
        "وجهه مايل", "وجهها مايل", "فمه مايل", "الوجه مايل", "ما يقدر يتكلم", "كلامه مش مفهوم",
        "הפנים צנחו", "הפה עקום", "מדבר לא ברור", "מדברת לא ברור",
        "στράβωσε το πρόσωπο", "στραβό το στόμα", "μπερδεύεται η μιλιά", "δεν μπορεί να μιλήσει",
        "चेहरा टेढ़ा", "मुंह टेढ़ा", "बोल नहीं पा"), window=0),
    rule("emergency", "stroke", _inside(
        "脸歪", "嘴歪", "口齿不清", "口齒不清", "说话不清", "說話不清", "顔の片側", "顔がゆが",
        "ろれつが回らな", "얼굴 한쪽", "입이 돌아", "말이 어눌", "ปากเบี้ยว", "หน้าเบี้ยว", "พูดไม่ชัด")),
    rule("emergency", "collapse", _said(
        "упал в обморок", "упала в обморок", "не приходит в себя", "знепритомнів", "знепритомніла",
        "فقد الوعي", "فقدت الوعي", "اغمي عليه", "اغمي عليها", "مغمى عليه", "איבד הכרה", "איבדה הכרה",
        "התעלף", "התעלפה",
        "κατέρρευσε", "λιποθύμησε", "έχασε τις αισθήσεις", "δεν ανταποκρίνεται", "δεν αντιδρά",
        "बेहोश", "होश नहीं"), window=0),
    rule("emergency", "collapse", _inside(
        "晕倒", "暈倒", "昏迷", "失去意识", "失去意識", "叫不醒", "意識がない", "意識を失",
        "意識がありません", "의식이 없", "정신을 잃",
        "หมดสติ", "ไม่รู้สึกตัว")),
    # muscle breakdown: urine the colour of cola or tea, or dark, with the muscles aching
    rule("emergency", "rhabdo", _said(
        "цвета колы", "цвета кока-колы", "моча темная", "тёмная моча", "темная моча", "моча бурая",
        "кольору коли", "темна сеча", "сеча темна", "بلون الكولا", "لون الكولا", "بول داكن",
        "البول غامق", "בצבע של קולה", "בצבע קולה", "שתן כהה", "χρώμα κόκα κόλα", "σκούρα ούρα",
        "कोला जैसा", "गहरा पेशाब", "पेशाब काला"), window=0),
    rule("emergency", "rhabdo", _inside(
        "可乐色", "可樂色", "酱油色", "醬油色", "コーラ色", "コーラのような色", "콜라색", "콜라 색",
        "สีโคล่า", "สีเหมือนโค้ก")),
    # a leg gone cold and pale, or numb, at once (acute limb ischaemia)
    rule("emergency", "cold_limb",
         _said("холодн*", "холодна", "холодне", "بارد*", "קר", "קרה", "קרה מאוד", "κρύο", "κρύα",
               "ठंडा", "ठंडी") + "|" + _inside("冰凉", "冰冷", "冷たく", "차갑", "เย็นเฉียบ"),
         _said("бледн*", "бліда", "бліде", "شاحب*", "ازرق*", "חיוורת", "חיוור", "כחולה",
               "χλωμ*", "μελαν*", "पीला पड़", "नीला पड़") + "|" + _inside(
             "苍白", "蒼白", "发紫", "青白", "창백", "ซีด"),
         window=0),
    # a racing heart with a faint, or near one, during exercise
    rule("emergency", "palpitations_faint",
         _said("сердце колотится", "сердце бешено", "серце калатає", "قلبي يدق بسرعة",
               "ضربات قلبي سريعة", "הלב דופק מהר", "דפיקות לב", "η καρδιά μου χτυπάει",
               "ταχυπαλμία", "दिल तेज़ धड़क", "धड़कन तेज़") + "|" + _inside(
             "心跳很快", "心跳得很快", "心慌", "心臓がバクバク", "動悸", "심장이 너무 빨리", "심장이 빨리",
             "가슴이 두근", "ใจสั่น", "หัวใจเต้นเร็ว"),
         _said("чуть не потерял* сознание", "чуть не упал* в обморок", "темнеет в глазах",
               "ледь не знепритомні*", "كدت اغمى", "كنت راح يغمى", "כמעט התעלפתי", "σχεδόν λιποθύμησα",
               "बेहोश", "चक्कर") + "|" + _inside(
             "差点晕倒", "差點暈倒", "快晕倒", "気を失いそう", "倒れそう", "기절할 것 같", "쓰러질 것 같",
             "เกือบเป็นลม", "จะเป็นลม"),
         window=0),
    rule("emergency", "anaphylaxis", _said(
        "губы опухли", "опухли губы", "отекло горло", "горло отекает", "губи набрякли",
        "شفايفي تنتفخ", "تورم في الشفاه", "تورم الحلق", "השפתיים מתנפחות", "השפתיים שלי מתנפחות",
        "הגרון מתנפח", "πρήζονται τα χείλη", "πρήστηκαν τα χείλη", "πρήζεται ο λαιμός",
        "होंठ सूज", "गला सूज"), window=0),
    rule("emergency", "anaphylaxis", _inside(
        "嘴唇肿", "嘴唇腫", "喉咙肿", "喉嚨腫", "唇が腫れ", "喉が腫れ", "입술이 붓", "목이 붓",
        "ปากบวม", "คอบวม")),
)
