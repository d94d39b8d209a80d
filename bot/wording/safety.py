"""What the safety replies say: their fixed lines, and about each sign a label, why it
matters, how soon, and what to avoid meanwhile. Plain words, no figures, no doses.

`{number}` is the emergency number, `{line}` how to reach the crisis line and `{finder}`
where to find one outside the US (all from SafetyConfig); `{label}`, `{when}` and
`{meanwhile}` come from a sign's SignText.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SignText:
    label: str  # how a reminder names it: "Earlier you mentioned {label}."
    why: str  # one sentence: what it can mean
    when: str = ""  # how soon, and where to go (see_doctor signs)
    meanwhile: str = ""  # what to do or avoid until seen
    remind: str = "please do get that checked by a doctor soon"  # the reminder's short `when`


EMERGENCY_SIGNS: dict[str, SignText] = {
    "chest_pain": SignText(
        "chest pain or pressure",
        "Chest pain, pressure or tightness, especially with sweating, sickness, breathlessness "
        "or pain spreading to the arm, jaw or back, can be a heart attack.",
        meanwhile="Stop what you are doing and sit down while you wait."),
    "breathless": SignText(
        "trouble breathing",
        "Severe trouble breathing, or lips turning blue or grey, needs help straight away.",
        meanwhile="Sit upright and loosen tight clothing while you wait."),
    "stroke": SignText(
        "signs of a stroke (face, arm or speech)",
        "A drooping face, a weak arm or slurred or muddled speech that comes on suddenly can "
        "be a stroke, and every minute counts.",
        meanwhile="Note the time the signs started, and don't give food, drink or medicines."),
    "cold_limb": SignText(
        "a cold, pale or blue limb",
        "A limb that turns cold, pale or blue, or that you can barely feel, can mean its blood "
        "supply is blocked."),
    "clot_breathless": SignText(
        "a swollen leg with breathlessness",
        "A swollen, painful leg together with breathlessness or chest pain can be a blood clot "
        "that has travelled to the lungs."),
    "coughing_blood": SignText(
        "coughing up blood",
        "Coughing up blood, especially with pain when breathing in, needs checking straight "
        "away."),
    "rhabdo": SignText(
        "very dark urine with severe muscle pain or weakness",
        "Very dark (cola- or tea-coloured) urine with severe muscle pain, swelling or weakness "
        "after hard exercise can be muscle breakdown (rhabdomyolysis), which can harm the "
        "kidneys. Drinking water at home is not enough treatment."),
    "cauda_equina": SignText(
        "loss of bladder or bowel control with back pain",
        "Losing control of your bladder or bowels, or numbness around the groin or bottom, "
        "together with back pain can mean the nerves at the base of the spine are squeezed "
        "(cauda equina syndrome), which needs treatment within hours."),
    "heat_confusion": SignText(
        "confusion in the heat",
        "Confusion, odd behaviour or collapse after exercising in the heat can be heat stroke.",
        meanwhile="While you wait, move them somewhere cool, take off extra clothing and cool "
                  "them with water and fanning."),
    "fracture": SignText(
        "a leg that may be broken",
        "A crack or snap heard with a leg that looks bent or will not move can be a broken "
        "bone, and a broken thigh bone can bleed heavily inside.",
        meanwhile="Keep still and don't try to straighten or walk on it."),
    "preeclampsia": SignText(
        "signs of pre-eclampsia in pregnancy",
        "A bad headache, changes in your sight, pain below the ribs or a face, hands or feet "
        "swelling suddenly, in the second half of pregnancy or just after the birth, can be "
        "pre-eclampsia, which needs checking straight away. Your maternity unit or midwife "
        "can be called too.",
        meanwhile="Take your maternity notes with you if you can."),
    "long_lie": SignText(
        "an older person found after hours on the floor",
        "Lying on the floor for hours can damage the muscles and the kidneys, and new "
        "confusion may be what caused the fall.",
        meanwhile="Keep them warm and comfortable where they are; don't lift them if they may "
                  "be hurt."),
    "collapse": SignText(
        "a collapse, a seizure or someone who won't wake",
        "Someone who has collapsed, fainted, had a seizure or won't wake up needs emergency "
        "help.",
        meanwhile="If they are not breathing normally, start CPR: the call handler will talk "
                  "you through it."),
    "palpitations_faint": SignText(
        "a racing or irregular heartbeat with fainting",
        "A racing or irregular heartbeat with fainting, near-fainting or chest pain needs "
        "checking straight away."),
    "anaphylaxis": SignText(
        "swelling of the face, lips or throat",
        "Swelling of the face, lips, tongue or throat, or trouble breathing after a medicine, "
        "food or sting, can be a severe allergic reaction.",
        meanwhile="If you have an adrenaline auto-injector (such as an EpiPen), use it now."),
    "overdose_taken": SignText(
        "taking too much of a medicine",
        "Taking too much of a medicine can be dangerous even if you feel all right now.",
        meanwhile="Keep the packets to show the paramedics."),
    "bleeding": SignText(
        "heavy bleeding",
        "Heavy bleeding that won't stop needs emergency help.",
        meanwhile="Press firmly on the wound with a clean cloth while you wait."),
    "hypoglycaemia": SignText(
        "signs of a very low blood sugar",
        "Shaking, sweating, confusion, drowsiness or acting drunk in someone with diabetes can "
        "be a very low blood sugar (a hypo), which can lead to a seizure or passing out.",
        meanwhile="If they are awake and can swallow safely, give them a sugary drink or sweets "
                  "while you wait; if they are drowsy, give nothing by mouth and lay them on "
                  "their side."),
    "sepsis": SignText(
        "signs of a serious infection",
        "An infection or fever with violent shivering, confusion, slurred speech, blotchy skin, "
        "fast breathing or passing little or no urine can be sepsis, which needs treatment "
        "straight away."),
    "compartment": SignText(
        "a tight, swollen, very painful muscle after an injury",
        "Severe pain that keeps getting worse in a tight, swollen calf, shin or thigh after an "
        "injury can mean pressure building inside the muscle (compartment syndrome), which "
        "needs treatment within hours.",
        meanwhile="Loosen anything tight around the leg and keep it at heart level, not raised."),
    "meningitis": SignText(
        "signs of meningitis",
        "A stiff neck with a bad headache or vomiting, or spots or a rash with a fever, or a "
        "child who is floppy or hard to wake, can be meningitis or sepsis, which needs "
        "treatment straight away."),
    "poisoning": SignText(
        "a poison swallowed",
        "Something poisonous swallowed, such as a household chemical, a muscle rub, a wild "
        "mushroom or someone else's medicine, needs urgent advice even before any sign shows.",
        meanwhile="Don't make them sick. Keep the container or the packet to show the "
                  "paramedics or the poisons service."),
    "battery_swallowed": SignText(
        "a button battery or magnet swallowed",
        "A swallowed button battery can burn through the food pipe within hours, and swallowed "
        "magnets can pinch the gut together, even while the child still seems well.",
        meanwhile="Don't make them sick, and give nothing to eat or drink. Take the packet or "
                  "a battery like it if it is to hand, but don't wait to find it."),
    "carbon_monoxide": SignText(
        "signs of carbon monoxide poisoning",
        "Headaches, dizziness or sickness in more than one person, or a pet, near a heater, "
        "boiler, stove or engine can be carbon monoxide poisoning.",
        meanwhile="Turn off the appliance if you can, open doors and windows and get everyone "
                  "into fresh air."),
    "low_sodium": SignText(
        "confusion or vomiting after drinking a lot of water",
        "Drinking a lot of plain water during long exercise, then confusion, vomiting, a bad "
        "headache or swollen hands, can be dangerously low salt in the blood (hyponatraemia).",
        meanwhile="Don't drink any more water while you wait."),
    "drug_reaction": SignText(
        "a reaction to a medicine: stiff or twitching muscles with a fever",
        "Muscles that twitch, jerk or go rigid, with a fever, sweating, a racing heart or "
        "confusion, after starting or combining medicines such as antidepressants, tramadol or "
        "antipsychotics, can be a dangerous drug reaction that needs treatment straight away."),
    "aortic": SignText(
        "a sudden tearing pain through to the back",
        "A sudden, severe tearing or ripping pain in the chest, belly or back, especially with "
        "legs going cold, weak or numb, can be a tear in the body's main artery."),
    "electrolytes": SignText(
        "a slow or irregular heartbeat with weak muscles",
        "A heartbeat that turns slow or irregular, with muscles weak, heavy or cramping, in "
        "someone taking potassium or water tablets, with kidney trouble, or after days of "
        "vomiting or diarrhoea, can be a dangerous level of potassium or other salts in the "
        "blood, which affects the heart.",
        meanwhile="Don't take any more potassium tablets or supplements while you wait."),
    "stimulant": SignText(
        "a racing or skipping heart after a lot of caffeine",
        "A heart that races, flutters or skips after a lot of energy drinks, caffeine or a "
        "pre-workout, with tingling, shaking, dizziness or chest pain, can be a dangerous "
        "overdose of a stimulant.",
        meanwhile="Don't have any more caffeine or stimulants, and sit down while you wait."),
    "withdrawal": SignText(
        "shaking or seeing things after stopping drinking",
        "Shaking, sweating, confusion, seeing or hearing things, or fits in the days after "
        "stopping heavy drinking can be dangerous alcohol withdrawal, which needs treatment "
        "straight away."),
    "head_injury": SignText(
        "a knock to the head on blood thinners, or with sickness or drowsiness",
        "A knock to the head in someone on blood thinners, or followed by being sick, "
        "drowsiness or confusion, can mean bleeding inside the head, which needs checking "
        "straight away."),
    "low_calcium": SignText(
        "tingling and spasms after neck surgery",
        "Tingling around the mouth or in the fingers, with cramps or spasms, after thyroid or "
        "parathyroid surgery can be a low calcium level, which needs treatment straight away."),
    "tetanus": SignText(
        "a stiff jaw and spasms after a wound",
        "A jaw that stiffens or locks, with painful muscle spasms, days after a cut, a nail or a "
        "bite, can be tetanus, which needs hospital treatment straight away."),
    "ketoacidosis": SignText(
        "sickness, hard breathing and fruity-smelling breath",
        "Being sick, breathing fast or deeply, and breath that smells fruity or of pear drops, "
        "especially with diabetes, can be diabetic ketoacidosis, which needs hospital "
        "treatment straight away."),
    "envenoming": SignText(
        "a bite or sting with cramps or sweating",
        "Cramps, heavy sweating, swelling or pain spreading after a bite or sting from a spider, "
        "snake, scorpion or jellyfish can mean venom is acting, which needs treatment straight "
        "away.",
        meanwhile="Keep still and keep the bitten part still and below the heart; don't cut or "
                  "suck the bite."),
    "dialysis_missed": SignText(
        "a missed dialysis with a fluttering heart or weakness",
        "After missed dialysis, a fluttering or irregular heartbeat, weakness or breathlessness "
        "can be a dangerous potassium level, which needs treatment straight away."),
    "sudden_weakness": SignText(
        "legs that suddenly went weak",
        "Both legs going weak or giving way within hours can mean pressure on the nerves of the "
        "spine or another serious problem, which needs checking straight away."),
    "ascending_weakness": SignText(
        "weakness spreading up from the legs",
        "Weakness, numbness or tingling that starts in the legs and spreads up into the arms "
        "over hours or days can be a nerve condition (such as Guillain-Barre syndrome) that "
        "needs treatment straight away."),
    "bleeding_on_thinners": SignText(
        "a growing swelling or bruise on blood thinners",
        "On blood thinners, a swelling or bruise that keeps growing after a fall or a knock can "
        "be bleeding into the muscle, which needs checking straight away.",
        meanwhile="Rest the leg and raise it if you can while you wait."),
    "emergency": SignText(
        "symptoms that can be an emergency",
        "What you describe can be a sign of a serious problem that needs help straight away."),
}

SEE_DOCTOR_SIGNS: dict[str, SignText] = {
    "clot_signs": SignText(
        "a swollen, red or warm leg",
        "A calf or leg that is swollen, warm, red or tender, especially on one side, can be a "
        "blood clot (deep vein thrombosis).",
        "Please get it checked today: call your doctor or go to urgent care. If you become "
        "short of breath or get chest pain, call {number} at once.",
        "Until it has been checked, don't massage it, stretch it hard or put heat on it.",
        "please do get that checked by a doctor today"),
    "skin_colour": SignText(
        "skin turning blotchy or purple",
        "Skin on the leg that turns blotchy, purple or discoloured can be a sign of a problem "
        "with the circulation.",
        "Please get it checked today. If the leg turns cold, pale or blue, call {number}.",
        "Until then, don't massage it or put heat on it.",
        "please do get that checked by a doctor today"),
    "infection": SignText(
        "a fever with a red or swollen leg",
        "A fever with a red, hot or swollen leg can be an infection.",
        "Please see a doctor today.", "Don't massage it or put heat on it meanwhile.",
        "please do get that checked by a doctor today"),
    "nerve": SignText(
        "numbness or tingling",
        "Numbness, tingling or pins and needles with cramps can mean a nerve is irritated or "
        "squeezed.",
        "See a doctor within the next day or two, sooner if it spreads or gets worse. If you "
        "also lose control of your bladder or bowels, call {number}.",
        "Numb skin can't feel heat or cold properly, so take care with heat packs and ice.",
        "please do get that checked by a doctor within a day or two"),
    "weakness": SignText(
        "weakness in your leg",
        "New weakness, such as a leg that gives way, a foot that drags or slaps, or a muscle "
        "weaker than before, is not part of an ordinary cramp.",
        "See a doctor within the next day or two. If it came on suddenly, or one side of your "
        "face or body is affected, call {number}.", "",
        "please do get that checked by a doctor within a day or two"),
    "persistent_pain": SignText(
        "pain that hasn't settled",
        "Pain that lasts for days after a cramp, or keeps getting worse, should be checked: "
        "it may be an injury rather than a cramp.",
        "Book an appointment with your doctor or a physiotherapist in the next few days.", "",
        "please do get that checked by a doctor or physiotherapist in the next few days"),
    "swallowing": SignText(
        "a hoarse voice or choking on food or drink",
        "A voice gone hoarse, or choking on food or drink, beside cramps should be checked: "
        "the nerves and muscles of the throat can be involved.",
        "See a doctor within the next week or two, sooner if it is getting worse. If you can't "
        "swallow at all or can't breathe, call {number}.", "",
        "please do have the hoarseness and choking checked by a doctor"),
    "recurring": SignText(
        "cramps that keep coming back",
        "Cramps that keep coming back can be linked to medicines or to conditions that affect "
        "the nerves, blood vessels or the body's salts.",
        "Book a routine appointment with your doctor in the next week or two.", "",
        "please do mention them to your doctor in the next week or two"),
    "night_or_rest": SignText(
        "cramps at night or at rest",
        "Cramps at night or at rest, not linked to exercise, are worth a check: they can be "
        "linked to medicines or conditions that affect the nerves, blood vessels or salts.",
        "Book a routine appointment with your doctor in the next week or two.", "",
        "please do mention them to your doctor in the next week or two"),
    "tear": SignText(
        "a possible muscle tear",
        "A pop or snap, bruising, a dent in the muscle, or not being able to walk or bear "
        "weight can mean a torn muscle rather than a cramp.",
        "See a doctor or physiotherapist within a day or two, sooner if you can't bear weight.",
        "Until then, rest it and use a cold pack wrapped in a cloth; avoid heat, massage and "
        "stretching for the first few days.",
        "please do get that checked by a doctor or physiotherapist within a day or two"),
    "medicine": SignText(
        "cramps since starting a medicine",
        "Some medicines, such as statins, water pills (diuretics) and some blood pressure or "
        "asthma medicines, can cause cramps.",
        "Talk to the doctor or pharmacist who prescribed it soon.",
        "Don't stop or change the medicine on your own.",
        "please do talk to the doctor or pharmacist who prescribed it"),
    "pregnancy": SignText(
        "being pregnant",
        "Leg cramps are common in pregnancy, but your midwife or doctor should know, so they "
        "can check for causes and tell you what is safe for you.",
        "Mention it at your next appointment or call them sooner. If one calf is swollen, red, "
        "warm or painful, get checked the same day.",
        "Please don't take supplements or medicines for cramps without asking them first.",
        "please do mention the cramps to your midwife or doctor"),
    "child": SignText(
        "cramps in a child",
        "Cramps in a child should be checked by a doctor, especially if they are frequent, "
        "wake the child at night, or come with weakness, limping, swelling or fever.",
        "Book an appointment with the child's doctor.",
        "Don't give medicines or supplements for cramps without asking a doctor or pharmacist "
        "first.", "please do have a doctor check the child"),
    "dark_urine": SignText(
        "dark urine",
        "Dark brown, red or cola-coloured urine needs checking.",
        "See a doctor today. If you also have severe muscle pain or weakness, call {number}.",
        "", "please do get that checked by a doctor today"),
    "little_urine": SignText(
        "passing little or no urine",
        "Passing little or no urine, especially with cramps, sickness or after hard exercise, "
        "can mean you are very short of fluid or your kidneys are struggling.",
        "See a doctor today. If you also have severe muscle pain, weakness or confusion, call "
        "{number}.", "", "please do get that checked by a doctor today"),
    "fluid_loss": SignText(
        "vomiting or diarrhoea",
        "Vomiting or diarrhoea drains the body's water and salts, which can bring on cramps.",
        "If you can't keep fluids down, pass little urine, or feel faint or confused, see a "
        "doctor today; otherwise ask a pharmacist or doctor soon, sooner if it lasts more than "
        "a day or two.",
        "Please don't take medicines or supplements for the cramps without asking first.",
        "please do get that checked by a doctor or pharmacist soon"),
    "allergy": SignText(
        "a rash or hives after a medicine or supplement",
        "A rash, hives or itching after starting a medicine or supplement can be an allergic "
        "reaction.",
        "Speak to a pharmacist or doctor today before taking any more of it. If your lips, "
        "tongue or throat swell or breathing gets hard, call {number}.", "",
        "please do speak to a pharmacist or doctor today"),
    "chest_symptom": SignText(
        "an odd feeling in your chest",
        "A chest that feels tight, heavy or odd, even if it comes and goes, is not part of a "
        "hamstring cramp and should be checked by a doctor.",
        "Please see a doctor soon, today if it keeps happening. If it comes with pain spreading "
        "to your arm, jaw or back, sweating, sickness or breathlessness, call {number} at once.",
        "", "please do get that checked by a doctor soon"),
    "other_symptom": SignText(
        "a symptom besides the cramps",
        "Frothy or cloudy urine, a fever, or losing your words are not part of a hamstring "
        "cramp and should be checked by a doctor.",
        "Please see a doctor soon, in the next day or two. If words stop making sense, one side "
        "of the face or body goes weak, or a fever comes with confusion, call {number}.", "",
        "please do get that checked by a doctor soon"),
    "breathing_symptom": SignText(
        "trouble with your breathing",
        "Getting breathless more easily than usual, or wheezing, is not part of a hamstring "
        "cramp and should be checked by a doctor.",
        "Please see a doctor soon. If breathing gets hard, your lips turn blue or grey, or you "
        "also have chest pain or a swollen leg, call {number}.", "",
        "please do get that checked by a doctor soon"),
    "dizziness": SignText(
        "dizzy spells",
        "Dizzy or faint spells that keep happening should be checked, especially with cramps: "
        "they can be linked to blood pressure, the body's salts or the heart.",
        "See a doctor soon. If you faint, or it comes with chest pain, a racing heart or "
        "breathlessness, call {number}.", "", "please do get that checked by a doctor soon"),
    "vision": SignText(
        "changes in your eyesight",
        "Blurred or double vision is not part of a hamstring cramp and should be checked.",
        "See a doctor today. If it came on suddenly, or with a drooping face, a weak arm or "
        "trouble speaking, call {number}.", "",
        "please do get that checked by a doctor today"),
    "twitching": SignText(
        "muscle twitching or weight loss",
        "Muscle twitching that doesn't settle, new weakness, or losing weight without trying, "
        "together with cramps, should be checked by a doctor.",
        "Book an appointment with your doctor in the next week or two.", "",
        "please do mention them to your doctor in the next week or two"),
    "bladder": SignText(
        "bladder or bowel problems",
        "Trouble controlling your bladder or bowels needs checking.",
        "See a doctor today. If you also have back pain or numbness around the groin, call "
        "{number}.", "", "please do get that checked by a doctor today"),
    "palpitations": SignText(
        "a racing or irregular heartbeat",
        "A racing or irregular heartbeat at rest should be checked.",
        "See a doctor soon. If it comes with chest pain, fainting or breathlessness, call "
        "{number}.", ""),
    "condition": SignText(
        "cramps with a long-term condition",
        "With a long-term condition such as diabetes or kidney, liver or thyroid disease, "
        "cramps can be linked to the condition or its treatment.",
        "Mention them to your doctor, sooner if they are getting worse.", "",
        "please do mention the cramps to your doctor"),
    "alcohol": SignText(
        "cramps with regular heavy drinking",
        "Drinking a lot, day after day, is linked to cramps, and can also affect the liver, the "
        "nerves and the body's salts.",
        "Mention the cramps and the drinking to your doctor; they can check for a cause and, if "
        "you want, help you cut down.", "",
        "please do mention the cramps and the drinking to your doctor"),
    "lump": SignText(
        "a lump that is growing or not going away",
        "The knot a cramp makes softens within minutes. A lump in the leg that is getting "
        "bigger, is still there after a few weeks, or feels hard and fixed should be looked at.",
        "Book an appointment with your doctor soon; they may arrange a scan.", "",
        "please do have that lump checked by a doctor soon"),
    "restless_legs": SignText(
        "an urge to move your legs with a crawling feeling",
        "An urge to move your legs with a crawling, creeping or fizzing feeling inside them, "
        "worse when resting and eased by moving, can be restless legs syndrome rather than "
        "cramp. It can be linked to low iron, the kidneys or some medicines, and it can be "
        "treated.",
        "Mention it to your doctor, who can check for those causes.", "",
        "please do mention that feeling to your doctor"),
    "falls": SignText(
        "falls in an older person",
        "When an older person falls, or their legs give way, the reason should be looked "
        "into: muscle weakness, medicines, blood pressure and cramps can all play a part.",
        "See a doctor soon, and sooner if they hit their head, can't get up, or seem confused "
        "or unwell. If they are badly hurt, call {number}.", "",
        "please do have the falls looked into by a doctor"),
    "swelling": SignText(
        "a swelling behind the knee",
        "A swelling or soft lump behind the knee is often a fluid-filled cyst, but a swollen "
        "leg can also be a blood clot, so it should be looked at.",
        "See a doctor soon. If the calf or thigh becomes red, hot or painfully swollen, or "
        "you are short of breath, call {number}.", "",
        "please do have that swelling checked by a doctor soon"),
    "claudication": SignText(
        "leg pain when walking",
        "Leg pain or cramps that come on when walking and ease with rest can be a sign of "
        "narrowed arteries.",
        "Book an appointment with your doctor."),
    "see_doctor": SignText(
        "symptoms a doctor should check",
        "What you describe is worth having checked by a doctor rather than treating as an "
        "ordinary cramp.",
        "Please book an appointment soon."),
}

CRISIS_SIGN = SignText("how hard things have been", "")


# Emergency: the first line, then the sign's why and what to do while help comes.
EMERGENCY_FIRST = "Call {number} now (or your local emergency number): this could be an emergency."
EMERGENCY_FIRST_AGAIN = ("Please call {number} now if you haven't already. What you described "
                         "earlier, {label}, needs emergency care, not home treatment or waiting.")
EMERGENCY_DONT_WAIT = ("- Don't wait to see if it passes, and don't drive yourself. If someone is "
                       "with you, ask them to make the call and stay with you.")
EMERGENCY_AND_CRISIS = ("- When you are safe, you can also {line} at any time; outside the US, "
                        "{finder} lists free local lines.")

# Crisis: to the person themselves, and to someone worried about another person.
CRISIS_SELF = (
    "I'm really sorry you're going through this, and I'm glad you told me. You deserve "
    "support right now, and you don't have to face this alone.",
    "- You can {line} at any time; it's free and confidential. Outside the US, {finder} lists "
    "free local lines.",
    "- If you might act on these thoughts or you are not safe right now, call {number} (or "
    "your local emergency number) or go to the nearest emergency department.",
    "- If you can, reach out to someone you trust, a friend, a family member or someone "
    "nearby, and tell them how you are feeling, or ask them to stay with you.",
    "I'm only an information helper, so I can't give you the support you deserve, but the "
    "people on those lines can, and they want to hear from you.",
)
CRISIS_OTHER = (
    "It's good that you're looking out for them. This is serious, and you don't have to "
    "handle it alone.",
    "- If they are in immediate danger or have already hurt themselves, call {number} now (or "
    "your local emergency number) and stay with them if it is safe.",
    "- You or they can {line} at any time; outside the US, {finder} lists free local lines.",
    "- Ask them how they are feeling and listen without judging; asking about suicide does not "
    "put the idea in their head. Help them reach a crisis line, a doctor or someone else they "
    "trust.",
    "- Look after yourself too, and talk to someone you trust about it.",
)

# Dosing: no figure, ever; where to ask instead.
# A dose asked for someone a dose is not the usual one for (see bot.safety.route.WHO_SIGNS).
DOSING_FOR = {
    "child": ("For a child, ask the child's doctor or a pharmacist before giving any medicine or "
              "supplement: a child's dose is not an adult's, and some are not for children at "
              "all."),
    "pregnancy": ("In pregnancy, ask your midwife, doctor or pharmacist before taking any "
                  "medicine or supplement for cramps."),
}
DOSING_NO_PRESCRIBING = "I can't prescribe or recommend medicines"
DOSING_NO_DOSES = "I can't suggest doses or amounts of any medicine or supplement"
DOSING_WHY = ("{what}: what is safe depends on your age, weight, kidneys, other medicines and "
              "health conditions. A pharmacist can tell you quickly, usually without an "
              "appointment, or ask your doctor. Always follow the label or your prescriber's "
              "instructions.")

# Reminders of a sign raised earlier in the conversation.
REMIND_CRISIS = ("I haven't forgotten what you shared earlier. If those feelings come back, you "
                 "can {line} at any time ({finder} lists lines outside the US).")
REMIND_EMERGENCY = ("Earlier you mentioned {label}. If that hasn't been checked yet, please call "
                    "{number} now or go to the nearest emergency department.")
REMIND_SEE_DOCTOR = "Earlier you mentioned {label}: {remind}."

# See-doctor and dosing replies: the article points kept, then the closing line.
SAFE_POINTS = "What the articles say that is safe here:\n\n{points}"
# The floor under an ordinary reply (bot.safety.replies.near_line): said in case, at its end,
# since the message may be harmless
NEAR = {
    "crisis": ("If you are going through something painful or having thoughts of ending your "
               "life, you don't have to face it alone: you can {line} at any time; outside the "
               "US, {finder} lists free, confidential lines."),
    "emergency": ("If anything you describe came on suddenly or is severe, or someone is very "
                  "unwell right now, don't wait: call {number} (or your local emergency "
                  "number)."),
    "both": ("If someone is in danger or very unwell right now, call {number} (or your local "
             "emergency number). If you are having thoughts of ending your life, you can {line} "
             "at any time; outside the US, {finder} lists free, confidential lines."),
}
CLOSING_DOSING = ("If you have already taken more than the label allows, contact a pharmacist or "
                  "poison control now, or call {number} if you feel unwell.")
CLOSING_SEE_DOCTOR = ("This is general information, not a diagnosis. If things get suddenly "
                      "worse, call {number}.")
