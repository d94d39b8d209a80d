"""Small talk: only messages made of greetings, thanks, goodbyes and questions about the bot."""

from __future__ import annotations

import pytest

from bot.answer.smalltalk import MAX_WORDS, smalltalk_reply
from bot.wording import answers as wording

# Written for these tests, not copied from the probe sets.
SOCIAL = {
    "greeting": ["heya", "hello again!", "good evening :)", "hey there, how are you?", "yo bot",
                 "hiyaaa", "salam", "howdy folks", "hey fam", "gm", "pleased to meet u",
                 "anybody there?", "testing 123",
                 # as non-native speakers greet, and saying who one is
                 "hello how you are", "hi, i am new here", "my name is tomasz, hello",
                 "hey, nice to meet", "good morning from lisbon"],
    "thanks": ["thanks heaps", "thank u!!", "cheers, that helped", "great, thank you so much",
               "ok cool", "ur genuinely helpful, ta", "u r much better than googling stuff",
               # the cramp said to have let go, and thanks passed on (round 28)
               "thanks a lot, dads cramp has settled now", "ty, my hamstring has eased off",
               "thank you, she says thanks as well"],
    "bye": ["bye for now", "got to go, cheers", "have a good one", "talk later", "hasta luego",
            "merci, au revoir", "tschüss!", "gracias, buenas noches", "danke, gute nacht",
            "teşekkürler, görüşürüz"],
    # a complaint about the bot or its answer, and a wish for a person instead
    "complaint": ["ur answers are rubbish", "this thing is kinda pointless", "stupid bot",
                  "that doesn't make any sense", "thats not what i meant", "you dont get it",
                  "the answer didnt help me at all ngl", "u keep giving me the same answer",
                  # how the answers read, and a second try asked for
                  "ur replies r way too wordy", "that was so confusing", "try again",
                  "u didnt answer the question properly", "you keep repeating urself",
                  "u gave me the same reply again, so annoying"],
    # what becomes of what one writes
    "privacy": ["do u save my chats", "is this conversation confidential?",
                "who gets to read my messages", "what happens to my data",
                "will anyone see what i type"],
    "person": ["could i speak with a real human please", "i'd like a person instead",
               "agent please", "put me through to someone", "is there a nurse i can talk to",
               "could i speak to a nurse or a real person"],
    "identity": ["r u a real doctor", "is this a chatbot?", "who programmed you?",
                 "am i chatting with a human", "what can u help me with", "what's your name",
                 "wat r u", "r u even real", "how could u help me", "what should i ask you",
                 "need help", "got a quick question", "r u a doctor or what", "is this ai-driven",
                 "whats ur purpose", "do u have feelings", "is this the cramp helper?",
                 # without apostrophes, or with alternatives; trust and sources
                 "whos behind this", "r u a person or a program", "is there a human answering",
                 "can i trust your answers", "where do u get your info from",
                 "is this bot reliable", "what are your sources", "how accurate is this advice",
                 "who am i talking to rn", "do u even know what ur talking about",
                 "is this a real person? be honest", "is anybody actually reading this",
                 # what it can do, in the languages of Europe (round 28)
                 "bonjour, qu'est-ce que tu sais faire ?", "hallo, was kannst du?",
                 "buenas, en qué me puedes ayudar",
                 "what kind of things can i ask u", "what sort of stuff do you know about",
                 "what kind of questions i can ask you?", "bist du ein echter arzt?",
                 "eres un robot?", "ben je een echte dokter?"],
}
QUESTIONS = [
    "hi, how long should I hold a hamstring stretch?",
    "thanks! and should I use ice?",
    "are you a doctor? my calf is swollen",
    "hello my hamstring cramps every time I sprint",
    "what can you do for a cramp right now",
    "ok so why do cramps happen",
    "testing whether heat helps a cramp",
    "anyone there? my hamstring cramps at night",
    "how can you help me stop cramps",
    "help me stretch my hamstring",
    "quick question: ice or heat?",
    "i need help, my hamstring keeps cramping",
    "can i trust that heat helps a cramp?",
    "i am new to running, why do my hamstrings cramp?",
    "is this stretch reliable for cramps",
    "my name is ana and my thigh cramps at night",
    "hello from the gym, my hamstring just cramped",
    "that stretch didnt help, what else can i try",
    "it doesnt help when i massage it, why",
    "can i talk to a physio about my hamstring cramps",
    "i need someone to check my swollen calf",
    # the words of a complaint or of privacy, about a cramp
    "is the stretch too long", "my cramps are too long and too painful",
    "do you keep stretching after a cramp", "that answer was about stretching, what about ice?",
    "is it safe to keep ice on my leg", "try again to stretch it tomorrow?",
    # thanks, then the cramp eased but something else asked or told
    "thanks, the cramp has eased but my calf is still swollen",
    "thank you, it eased off, why does it keep coming back",
]


@pytest.mark.parametrize("kind, message", [(k, m) for k, ms in SOCIAL.items() for m in ms])
def test_social_messages_get_small_talk_that_says_what_the_bot_is(kind, message):
    reply = smalltalk_reply(message)
    assert reply is not None
    expected = {"greeting": wording.SMALLTALK_GREETING, "thanks": wording.SMALLTALK_THANKS,
                "bye": wording.SMALLTALK_BYE, "identity": wording.SMALLTALK_IDENTITY,
                "complaint": wording.SMALLTALK_COMPLAINT, "person": wording.SMALLTALK_PERSON,
                "privacy": wording.SMALLTALK_PRIVACY}[kind]
    assert reply.startswith(expected)
    assert "hamstring cramps" in reply


@pytest.mark.parametrize("message", QUESTIONS)
def test_a_question_after_a_greeting_or_thanks_is_not_small_talk(message):
    assert smalltalk_reply(message) is None


def test_asked_for_a_person_the_bot_says_it_is_none_and_who_can_help():
    reply = smalltalk_reply("can i talk to a human")
    assert "not a person" in reply and "pharmacist" in reply and "emergency number" in reply


def test_the_identity_reply_says_the_bot_is_not_a_doctor():
    assert "not a doctor" in smalltalk_reply("are you a real doctor?")


def test_a_long_message_is_never_small_talk():
    assert smalltalk_reply("hi " * (MAX_WORDS + 1)) is None


@pytest.mark.parametrize("message", ["danke schön", "grazie mille!", "obrigado", "muchas gracias",
                                     "that did the trick, cheers", "worked like a charm",
                                     "merci pour votre aide", "obrigada pela ajuda!"])
def test_thanks_in_other_languages_or_a_remedy_that_worked_are_thanks(message):
    assert smalltalk_reply(message) == wording.SMALLTALK_THANKS


@pytest.mark.parametrize("message", ["ok i'll give that a go, ta", "will try it tonight thanks"])
def test_advice_taken_up_in_closing_is_thanks(message):
    assert smalltalk_reply(message) == wording.SMALLTALK_THANKS


@pytest.mark.parametrize("message", [
    "Good evening. I trust you are keeping well. I am quite new to these chat assistants, so "
    "please bear with me.", "dzień dobry! jak się masz?"])
def test_a_long_formal_hello_or_one_in_another_language_is_a_greeting(message):
    assert smalltalk_reply(message).startswith(wording.SMALLTALK_GREETING)


def test_a_long_hello_with_a_question_in_it_is_no_small_talk():
    assert smalltalk_reply("Good evening, I do hope you are keeping well. I am rather new to "
                           "this, so please bear with me: what helps a hamstring cramp?") is None


def test_off_to_bed_said_in_closing_is_a_goodbye():
    assert smalltalk_reply("right, i'm off to bed now, night night") == wording.SMALLTALK_BYE


def test_are_you_a_bot_or_a_person_typing_asks_what_the_bot_is():
    assert smalltalk_reply("r u a bot or a real person typing").startswith(
        wording.SMALLTALK_IDENTITY)


def test_advice_taken_up_then_a_question_is_no_small_talk():
    assert smalltalk_reply("i'll try that, but should i use ice or heat after") is None


def test_a_remedy_that_worked_followed_by_a_question_is_no_small_talk():
    assert smalltalk_reply("the stretch worked but why do they come back") is None


# Seen in probes_blind28 to 33 once they were scored, written here in other words: a family
# member who set the bot up, small talk in Spanish, a compliment, a sigh before a complaint,
# what happens to the conversation
@pytest.mark.parametrize("message", [
    "my son installed you on my tablet, hi there", "hola que tal", "how's your day been",
    "you're really clever for a bot", "quicker than my doctor lol", "argh you keep repeating "
    "yourself", "that last reply was rubbish", "so frustrating", "what can you really do",
    "can my boss see this chat?", "does anybody read them"])
def test_everyday_social_forms_are_small_talk(message):
    assert smalltalk_reply(message) is not None


@pytest.mark.parametrize("message", [
    "is it annoying to stretch every day", "better than my gp at stretching?",
    "what can you actually do for cramps in my hamstring", "my son installed a foam roller "
    "station, how do i use it for cramps"])
def test_a_question_with_those_words_is_still_a_question(message):
    assert smalltalk_reply(message) is None


# Seen in probes_blind34 and 35 once they were scored and read, in other words
@pytest.mark.parametrize("message", [
    "right, off to bed, night night", "you actually know your stuff", "that worked, the cramp's "
    "all gone", "will you remember what i asked last time?", "sweet dreams bot"])
def test_goodnights_compliments_relief_and_memory_are_small_talk(message):
    assert smalltalk_reply(message) is not None


@pytest.mark.parametrize("message", [
    "do u ever get cramps yourself lol", "do you like rugby?", "are you bored of me yet",
    "evening from a knackered night shift nurse"])
def test_chit_chat_with_the_bot_about_itself_and_a_long_greeting_are_small_talk(message):
    assert smalltalk_reply(message) is not None


@pytest.mark.parametrize("message", [
    "do you have tips for cramps?", "do you like the stretch with the towel, or the other one?",
    "hello from the gym, the back of my thigh just seized", "night shift tonight, how do i stop "
    "cramps on my feet all night"])
def test_a_question_inside_chit_chat_is_no_small_talk(message):
    assert smalltalk_reply(message) is None


@pytest.mark.parametrize("message", [
    "sorry to keep bothering you", "apologies for all the questions", "merry christmas chatbot",
    "i hope this finds you well", "is this bot actually free?", "who reviews the answers",
    "what topics can you cover", "why does it only talk about hamstrings",
    "you've said that already", "ngl this app is kinda lame", "you keep dodging my questions",
    "you literally just copy and paste", "that's kind of you, bless you",
    # testing it, comparing it, relief told, a long day
    "just testing whether this works", "the wall stretch worked, cheers",
    "thanks, that stretch worked a treat, you're a star", "are u smarter than chatgpt",
    "sorry for the typos, typing on my phone", "is this a bot or a person replying",
    "apologies for rambling, it's been a long week", "ty, my hamstring feels much better now",
    "mondays am i right", "you talk like a leaflet", "is this an nhs site or some company",
    "you answer quicker than my gp answers the phone",
    "you keep giving me the same quotes again and again"])
def test_apologies_greetings_comparisons_relief_and_complaints_are_small_talk(message):
    assert smalltalk_reply(message) is not None


@pytest.mark.parametrize("message", [
    "the wall stretch worked but the cramp came back, why", "is this an nhs approved stretch",
    "tell me a stretch for my hamstring", "my hamstring feels much better, can i run today"])
def test_those_words_around_a_question_leave_a_question(message):
    assert smalltalk_reply(message) is None


def test_an_apology_is_told_there_is_no_need_and_a_question_after_it_is_a_question():
    assert "No need to apologise" in smalltalk_reply("sorry for all the questions")
    assert smalltalk_reply("sorry for all the questions, but why do cramps hit at night") is None
    assert smalltalk_reply("is this free of side effects") is None


# Seen in probes_blind69 and 70 once they were scored and read, in other words: a letter
# held down, chit-chat asked of the bot, the bot said to be tired of the writer, a person
# who might read the chat
@pytest.mark.parametrize("message", [
    "your replies are soooo long", "thaaanks", "byeeee for now", "got any good jokes?",
    "sing me a song bot", "bet you're fed up with me by now", "will a human see these",
    # and in probes_blind73's way, in other words
    "will you keep my questions? a little nervous about data privacy", "you're literally "
    "killing me lol"])
def test_held_letters_chit_chat_and_who_reads_are_small_talk(message):
    assert smalltalk_reply(message) is not None


@pytest.mark.parametrize("message", [
    "tell me a joke about hamstring cramps", "whats your favourite stretch for the hamstrings",
    "what's your favourite stretch?", "this cramp is killing me", "worried about my cramps",
    "soooo how long should i hold the stretch", "will a doctor see these cramps as serious"])
def test_a_question_in_chit_chat_words_is_still_a_question(message):
    assert smalltalk_reply(message) is None


# Seen in probes_blind89 and 90 once they were scored and read, in other words: someone
# else's words passed on, trust asked with an adverb
@pytest.mark.parametrize("message", [
    "my dad wants to know if you're a real doctor", "my wife says thanks, her legs feel much "
    "better", "can i really trust what this bot says?", "my grandma says hi"])
def test_words_passed_on_from_someone_else_and_trust_asked_are_small_talk(message):
    assert smalltalk_reply(message) is not None


@pytest.mark.parametrize("message", [
    "my dad wants to know if he can stretch after a cramp", "my coach says hi and asks how "
    "long to hold a stretch", "if you're a doctor, how long should i rest"])
def test_a_question_passed_on_is_still_a_question(message):
    assert smalltalk_reply(message) is None


def test_a_long_thank_you_that_says_goodnight_and_asks_nothing_is_thanks():
    assert smalltalk_reply("thanks so much, tried the towel stretch on the floor and the cramp "
                           "let go in about a minute, what a relief honestly, goodnight") is not None


@pytest.mark.parametrize("message", [
    "thanks so much, the stretch helped a lot, how long should i keep doing it each day, bye",
    "thank you, the towel stretch worked though my calf is still a bit swollen tonight, bye"])
def test_a_long_thank_you_with_a_question_or_a_worry_in_it_is_not_small_talk(message):
    assert smalltalk_reply(message) is None


@pytest.mark.parametrize("message", [
    "what sort of things can i ask you about?", "you've been ever so patient with me, thank you",
    "no worries, forget it, thanks anyway", "that reply made no sense, you just repeated yourself",
    "thanks, you have been so kind to an old lady"])
def test_what_to_ask_about_and_kindness_thanked_are_small_talk(message):
    assert smalltalk_reply(message) is not None


# Seen in probes_blind117 to 120 once they were scored and read, in other words: a check that
# the bot is still there, being better already, asking on someone's behalf, a tablet set up by
# a grandchild, and who reads the chat
@pytest.mark.parametrize("message", [
    "u still around?", "ta, my hamstring feels much better already", "could i ask you things "
    "for my dad too or is it just for me", "my grandson put this on my ipad for me, i'm not sure "
    "who i'm chatting to", "who sees what i write in here?"])
def test_still_there_better_already_and_asking_for_someone_are_small_talk(message):
    assert smalltalk_reply(message) is not None


@pytest.mark.parametrize("message", [
    "can i ask you about my dad's night cramps", "my hamstring feels better already, should i "
    "still stretch it", "my son set this up for me, how do i stop cramps at night"])
def test_a_question_after_those_words_is_still_a_question(message):
    assert smalltalk_reply(message) is None


def test_whether_what_one_types_is_private_or_answers_are_checked_is_small_talk():
    assert smalltalk_reply("is what i write in here private?") is not None
    assert smalltalk_reply("is the advice reviewed by real clinicians") is not None
    assert smalltalk_reply("is what i write in here private? my thigh cramps at night") is None


@pytest.mark.parametrize("message, reply", [
    ("Здравствуйте!", "greeting"), ("您好", "greeting"), ("γεια σας", "greeting"),
    ("большое спасибо 🙏", "thanks"), ("תודה רבה!", "thanks"), ("고맙습니다", "thanks"),
    ("धन्यवाद", "thanks"), ("до свидания", "bye"), ("さようなら", "bye")])
def test_greetings_thanks_and_goodbyes_in_other_scripts_are_small_talk(message, reply):
    expected = {"thanks": wording.SMALLTALK_THANKS, "bye": wording.SMALLTALK_BYE}.get(reply)
    got = smalltalk_reply(message)
    assert got is not None and (expected is None or got == expected), message
    if expected is None:
        assert got.startswith(wording.SMALLTALK_GREETING)


@pytest.mark.parametrize("message", ["привет, у меня судорога в ноге ночью", "谢谢，但是我还是抽筋",
                                     "день", "שלום, איך מותחים את הירך?"])
def test_a_greeting_in_another_script_with_more_in_it_is_no_small_talk(message):
    assert smalltalk_reply(message) is None


@pytest.mark.parametrize("message", ["nite, may come back later", "cheers, i'll be back tomorrow",
                                     "do you actually understand what i'm typing?"])
def test_a_return_promised_or_whether_the_bot_follows_is_small_talk(message):
    assert smalltalk_reply(message) is not None


def test_a_return_promised_with_a_question_in_it_is_no_small_talk():
    assert smalltalk_reply("i'll be back later, but how long do i hold a stretch?") is None


@pytest.mark.parametrize("message", ["you are a robot or real person?", "u speak french too?",
                                     "can i ask a few questions about hamstrings"])
def test_a_question_about_the_bot_in_a_learners_order_or_leave_to_ask_is_small_talk(message):
    assert smalltalk_reply(message) is not None


def test_long_thanks_with_good_night_in_the_middle_is_thanks():
    message = ("ok thanks, that was really useful and quicker than searching forums for an hour. "
               "it's late so good night, and honestly you've been a big help, i might be back "
               "after the weekend once i've tried everything out")
    assert smalltalk_reply(message) == wording.SMALLTALK_THANKS


@pytest.mark.parametrize("message", ["r u just a chatbot", "ty that really helped", "you helped heaps"])
def test_the_help_said_to_work_or_what_the_bot_is_is_small_talk(message):
    assert smalltalk_reply(message) is not None
