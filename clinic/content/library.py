"""Stages, tips, rituals, medicine notes, warnings, red flags and words for the couple.

Every entry carries the sources it rests on (keys of ``SOURCES``) and a
trigger saying when it is printed. Written for reading grade 6-8: short
sentences, "you" is the partner who is recovering.
"""

from __future__ import annotations

from dataclasses import replace

from flask_babel import lazy_gettext as _l
from flask_babel import lazy_ngettext

from clinic.content import (
    CRISIS_LINES,
    HORMONE_THERAPIES,
    TIMED_CONDITIONS,
    Entry,
    check_pending,
    chemo_now,
    cite_for,
    event_date_missing,
    has,
    has_penis,
    has_vagina,
    infection_risk,
    long_standing,
    may_be_entered,
    operation_weeks,
    pregnancy_possible,
    self_harm_risk,
    stroke_recent,
    symptoms_limit_effort,
    territory,
    two_weekly_steps,
    within,
    within_operation,
)
from clinic.content.restrictions import RESTRICTIONS
from clinic.model import PlanRequest

# --- The ladder -----------------------------------------------------------------

STAGE_TITLES = {
    1: _l("Being together"),
    2: _l("Affectionate touch"),
    3: _l("Sensual touch"),
    4: _l("Intimate touch, no goal"),
    5: _l("Sex, your way"),
}

STAGE_GOALS = {
    1: _l("Spend easy time together and talk. No sexual touch is expected; holding hands and a gentle hug are fine."),
    2: _l("Hold hands, hug and cuddle, with no sexual goal."),
    3: _l("Take turns touching each other's body, but not the genitals or breasts. Notice how touch feels; there is nothing to achieve."),
    4: _l("Touch can include the genitals and breasts, with no aim of intercourse or orgasm."),
    5: _l("Sexual activity with the changes in this plan, including intercourse if you both want it."),
}

STAGE_SOURCES = ("sensate_focus", "kitomi")



def step_short(number: int):
    """The short calendar cell label of a session (e.g. "Step 2")."""
    return _l("Step %(number)s", number=number)


def session_label(number: int):
    """The calendar label of a session at a given step (e.g. "Step 2: Affectionate touch")."""
    return _l("Step %(number)s: %(title)s", number=number, title=STAGE_TITLES[number])


# A discreet plan's calendar file names no step: it may land on a shared phone.
DISCREET_SESSION_LABEL = _l("Time together")
REST_LABEL = _l("Rest day: comfort, no plans")
CHECK_IN_LABEL = _l("Weekly check-in: talk about how the week went, and look at your goal again")
APPOINTMENT_LABEL = _l("Follow-up visit with your care team")

# --- Avoid for now: one plain sentence per load -----------------------------------

AVOID_TEXTS = {
    "arm_weight_bearing": _l("Taking your weight on your hands or arms, or pushing and pulling with them (for example on all fours, or leaning over your partner)."),
    "chest_pressure": _l("Your partner's weight on your chest, or lying on your front."),
    "abdominal_pressure": _l("Pressure on your belly, such as your partner lying on top of you or lying on your front."),
    "hip_flexion_over_90": _l("Bending your hip past a right angle, such as knees pulled up to your chest or sitting in low seats."),
    "hip_adduction_rotation": _l("Crossing your legs, bringing your knee across your body, or turning your leg or foot inward."),
    "hip_extension_rotation": _l("Stretching your leg far back with your foot turned out."),
    "kneeling": _l("Kneeling."),
    "spine_flexion": _l("Bending or rounding your back forward, or moving by curling your back."),
    "spine_extension": _l("Arching your back, such as on all fours or lying on your front."),
    "lying_flat": _l("Lying flat on your back. Keep your head and shoulders raised on pillows."),
    "neck_flexion": _l("Bending your head forward for a long time."),
    "one_side_strength": _l("Positions where you must hold yourself up or balance on your weaker side."),
    "high_exertion": _l("Positions where you do most of the moving, or anything that leaves you too out of breath to talk."),
    "standing": _l("Standing up or balancing during sex. Stay lying down or sitting."),
    "pelvic_movement": _l("Positions where you rock your hips to do the moving. Let your partner move while you keep still."),
    "being_entered": _l("Positions in which you are the one who is entered."),
    "partner_moves": _l("Positions where your partner does all the moving. Lie side by side and move gently together."),
}


# --- Pacing: how to climb, and what to do on a bad day -----------------------------

PACING_RULES = (
    Entry(
        "bad_day",
        _l("On a bad day, with more tiredness or pain: step back one stage, or swap the session for comfort and company, like a cuddle, a film or holding hands. Rest. There is no guilt and no catching up."),
        ("four_ps", "pacing_long_covid"),
    ),
    Entry(
        "move_up_when_ready",
        _l("Move up a step only when the last one felt good for both of you. You can stay on a step for longer. The weeks are a guide, not a rule."),
        ("sensate_focus", "kitomi"),
    ),
    Entry(
        "symptom_led",
        _l("Move up a step only after at least 2 weeks with no crash, and 2 or 3 days after your last time together. A crash means feeling much worse 12 to 48 hours after effort. If you crash, step back one stage and rest. This is not an emergency."),
        # the 2 weeks and 2-3 days are team judgement (facts 13.6): "gap"
        ("nice_ng206", "pacing_long_covid", "gap"),
        # The crash model is ME/CFS and long COVID's (NICE NG206), not every kind of tiredness.
        when=has("long_covid_mecfs"),
        excludes=("chronic_pain_flare",),
    ),
    Entry(
        "steady_energy",
        _l("Move up a step only after a few days when your energy has been steady. On a worse day, stay where you are or step back."),
        ("four_ps", "nccn_fatigue"),
        when=lambda r: r.fatigue >= 7 and not r.has("long_covid_mecfs"),
    ),
    Entry(
        "every_two_weeks",
        _l("Stay on each step for about two weeks before you try the next one."),
        ("four_ps", "sensate_focus"),
        when=two_weekly_steps,
        stages=(1, 2, 3, 4),
    ),
    Entry(
        "not_on_unwell_days",
        _l("Do not move up a step when you are breathless at rest, more unwell than usual, feverish or exhausted, or in the days after a big change in your medicines."),
        ("cardiac_symptoms",),
        when=lambda r: r.cardiac or r.has("copd_breathlessness"),
    ),
    Entry(
        "after_icd_shock",
        _l("If you have an ICD: after any shock, do not move up a step until your device clinic has checked you."),
        ("icd_shock_plan",),
        when=has("pacemaker_icd"),
    ),
    Entry(
        "stop_before_tired",
        _l("Stop before you feel tired, not after. Sex counts as effort for the body and the mind."),
        ("pacing_long_covid", "four_ps"),
        when=lambda r: r.fatigue >= 4 or r.has("long_covid_mecfs", "cancer_treatment", "multiple_sclerosis"),
    ),
)

# --- Rest and energy ---------------------------------------------------------------


def _recent(r: PlanRequest, weeks: int) -> bool:
    """The operation or the event (or treatment) is fewer than ``weeks`` weeks ago, by either date."""
    return within(r, weeks) or within_operation(r, weeks)


def _nothing_inside_now(r: PlanRequest) -> bool:
    """Nothing may go inside the vagina at the plan's start: before the check after a hysterectomy,
    or during pelvic radiotherapy and its first 4 weeks after."""
    after_hysterectomy = r.has("hysterectomy") and (check_pending(r) or within_operation(r, 6))
    radiotherapy = r.has("pelvic_radiotherapy") and (r.in_treatment or within(r, 4))
    return after_hysterectomy or radiotherapy


def _stiff(r: PlanRequest) -> bool:
    # Not while pelvic radiotherapy is going on: the treated skin is reacting (no heat tip then).
    stiff = r.pain >= 4 or r.has("arthritis", "chronic_pain", "lower_back", "neck", "widespread")
    return stiff and not (r.has("pelvic_radiotherapy") and r.in_treatment)


REST = (
    Entry(
        "best_time_morning",
        _l("Plan your time together for the morning, when you have the most energy."),
        ("four_ps",),
        when=lambda r: r.best_time == "morning",
    ),
    Entry(
        "best_time_afternoon",
        _l("Plan your time together for the afternoon, when you have the most energy. A short rest first helps."),
        ("four_ps",),
        when=lambda r: r.best_time == "afternoon",
    ),
    Entry(
        "best_time_evening",
        _l("Plan your time together for the early evening, before you get too tired."),
        ("four_ps",),
        when=lambda r: r.best_time == "evening",
    ),
    Entry(
        "best_time_varies",
        _l("Your energy changes from day to day. Choose the time when you feel most rested, and move a session if you need to."),
        ("four_ps",),
        when=lambda r: r.best_time == "varies",
    ),
    Entry(
        "four_ps",
        _l("Use the 4 Ps. Prioritise: choose what matters most to you both. Plan: pick your best time. Pace: take breaks before you tire. Position: let pillows, not muscles, hold you up."),
        ("four_ps",),
        when=lambda r: r.fatigue >= 1 or r.has("long_covid_mecfs", "cancer_treatment"),
    ),
    Entry(
        "rest_before_after",
        _l("Rest before and after your time together. Lie down, or sit with your feet up."),
        ("four_ps",),
        when=lambda r: r.fatigue >= 4 or r.cardiac or r.has("copd_breathlessness", "long_covid_mecfs", "cancer_treatment", "multiple_sclerosis"),
    ),
    # Variants of one tip: the first that fits is printed (ibuprofen is named only where it is safe).
    Entry(
        "pain_relief_timing",
        _l("If you take a strong painkiller like morphine, take it as your team planned, with any extra doses they allow. Do not take more than that for sex. Plan time together for when your pain is at its best. Take your temperature first: painkillers can hide a fever."),
        ("analgesic_timing", "neutropenic_sepsis"),
        when=lambda r: r.pain >= 4 and r.has("opioid") and infection_risk(r),
    ),
    Entry(
        "pain_relief_timing",
        _l("If you take a strong painkiller like morphine, take it as your team planned, with any extra doses they allow. Do not take more than that for sex. Plan time together for when your pain is at its best."),
        ("analgesic_timing",),
        when=lambda r: r.pain >= 4 and r.has("opioid"),
    ),
    Entry(
        "pain_relief_timing",
        _l("If you already take paracetamol (acetaminophen) for pain, your usual dose about 30 to 60 minutes before may help. Take your temperature first: painkillers can hide a fever. Do not take ibuprofen unless your cancer team says it is fine."),
        ("analgesic_timing", "nsaid_caution"),
        when=lambda r: r.pain >= 4 and infection_risk(r),
    ),
    Entry(
        "pain_relief_timing",
        _l("If you already take a painkiller your doctor has said is fine for you, your usual dose about 30 to 60 minutes before may help. Paracetamol (acetaminophen) is usually the safer choice. Do not take ibuprofen or similar pills unless your doctor says so."),
        ("analgesic_timing", "nsaid_caution"),
        # Not named after spinal surgery either: many spinal surgeons bar anti-inflammatories after a
        # fusion (a reviewer's clinical judgement, no confirmed source: the safer text costs nothing).
        when=lambda r: r.pain >= 4 and (r.cardiac or r.stroke or r.has("anticoagulant", "riociguat", "spinal_surgery",
                                                                         "cancer_treatment")),
    ),
    Entry(
        "pain_relief_timing",
        _l("If you already take paracetamol (acetaminophen) or ibuprofen for pain, your usual dose about 30 to 60 minutes before may help. Follow the label or your prescriber. Do not start a new medicine for this."),
        ("analgesic_timing",),
        when=lambda r: r.pain >= 4,
    ),
    Entry(
        "pillows",
        _l("Keep plenty of pillows close. Use them to support any sore or weak part of your body, so no painful joint carries weight."),
        ("pain_support",),
        when=lambda r: bool(r.pain_sites) or r.pain >= 1 or r.has(
            "arthritis", "chronic_pain", "hip_replacement_posterior", "hip_replacement_anterior",
            "knee_replacement", "spinal_surgery", "stroke_one_side_weak", "lymphoedema"),
    ),
    Entry(
        "warmth",
        _l("A warm shower before can ease stiff muscles. Skip baths for now. Do not put heat on skin that feels numb."),
        ("gap",),
        # getting in and out of a bath strains a new joint or a healing wound; hot water swells a limb
        when=lambda r: _stiff(r) and (_recent_surgery(r) or r.has("lymphoedema")),
    ),
    Entry(
        "warmth",
        _l("A warm shower or bath before can ease stiff muscles. Do not put heat on skin that feels numb."),
        ("gap",),
        when=_stiff,
    ),
    Entry(
        "warm_not_hot",
        _l("A warm, not hot, shower earlier in the day can ease stiff muscles. Do not have sex straight after a hot bath, a big meal or alcohol."),
        ("hot_bath_heart",),
        # Hot water lowers blood pressure while the heart speeds up; heart medicines add to it.
        when=lambda r: _stiff(r) and (r.cardiac or r.has("nitrates", "pde5_inhibitor", "riociguat") or infection_risk(r)
                                      or r.fatigue >= 7),
        excludes=("warmth",),
    ),
    Entry(
        "light_meal",
        _l("Avoid a heavy meal or alcohol just before. Both make the heart and lungs work harder."),
        ("mayo_news", "copd"),
        when=lambda r: r.cardiac or r.has("copd_breathlessness"),
    ),
    Entry(
        "inhaler_first",
        _l("If you have a reliever inhaler, use it about 15 minutes before. Clear any phlegm first. If you use oxygen, keep it on at your activity flow rate, and never smoke or light candles near it."),
        ("copd", "copd_action"),
        when=has("copd_breathlessness"),
    ),
    Entry(
        "cool_room",
        _l("Keep the room cool, with a fan if it helps. Avoid scented candles and sprays."),
        ("copd",),
        when=has("copd_breathlessness"),
    ),
    Entry(
        "pouch_care",
        _l("Empty and check your pouch just before. A pouch cover, a smaller pouch or a wrap can help you feel at ease."),
        ("ostomy",),
        when=has("ostomy"),
    ),
    Entry(
        "weak_side_pillows",
        _l("Use pillows to support your weaker side. Choose positions where your stronger side does the work. You can lie on either side: on your weak side, ease that shoulder forward so you are not lying on it, and rest your weak arm on a pillow."),
        ("asa_stroke", "stroke_positioning"),
        when=has("stroke_one_side_weak"),
    ),
    Entry(
        "hip_pillow",
        _l("When you lie on your side, keep a pillow between your knees so your new hip stays in line."),
        ("hip_precautions",),
        when=has("hip_replacement_posterior"),
    ),
    Entry(
        "keep_cool_upright",
        _l("Skip hot showers before. Keep cool, lie down rather than stand, and sit up slowly afterwards. Keep a drink nearby, within your fluid allowance."),
        ("orthostatic", "heart_failure_signs"),
        when=lambda r: r.has("long_covid_mecfs", "dizziness") and r.has("heart_failure"),
        excludes=("warmth", "warm_not_hot"),
    ),
    Entry(
        "keep_cool_upright",
        _l("Skip hot showers before. Keep cool, lie down rather than stand, and sit up slowly afterwards. Keep water nearby."),
        ("orthostatic",),
        when=has("long_covid_mecfs", "dizziness"),
        excludes=("warmth", "warm_not_hot"),
    ),
    Entry(
        "gentle_activity",
        _l("Gentle activity, like a short walk on most days, can ease tiredness from cancer treatment. Ask your team what suits you."),
        ("cancer_activity", "nccn_fatigue"),
        when=lambda r: r.has("cancer_treatment") and not r.has("long_covid_mecfs"),
    ),
    Entry(
        "stroke_fatigue",
        _l("Tiredness after a stroke is common, even after a small one, and rest does not always ease it. Plan closeness for when you have the most energy, often after a rest."),
        ("stroke_uk2023", "asa_stroke"),
        when=lambda r: r.stroke and r.fatigue >= 3,
    ),
    Entry(
        "energy_envelope",
        _l("Stay inside your energy envelope: the amount you can do without a crash afterwards. A good day is not a day to do more."),
        ("pacing_long_covid", "nice_ng206"),
        when=has("long_covid_mecfs"),
    ),
    Entry(
        "numb_skin",
        _l("Feeling may be changed in your feet or hands. Check your skin afterwards, and keep hot things away."),
        ("gap",),
        when=has("feet_neuropathy", "multiple_sclerosis"),
    ),
    Entry(
        "keep_cool_ms",
        _l("Heat can make MS symptoms worse for a while. Keep the room cool, use a fan, and skip hot baths before. Symptoms from heat settle as you cool down."),
        ("ms_heat",),
        when=has("multiple_sclerosis"),
        excludes=("warmth", "warm_not_hot"),
    ),
    Entry(
        "on_time_parkinsons",
        _l("Plan time together for when your medicines work best, your good or 'on' time."),
        ("gap",),
        when=has("parkinsons"),
    ),
    Entry(
        "swollen_limb",
        _l("Rest the swollen arm or leg on a pillow. Avoid pressure or tight bands on it. Keep your compression sleeve on if that feels better."),
        ("gap",),
        when=has("lymphoedema"),
    ),
    Entry(
        "empty_bladder",
        _l("Empty your bladder before you start. It can make you more comfortable."),
        ("gap",),
        when=has("multiple_sclerosis", "prostatectomy", "pelvic_radiotherapy"),
    ),
)

# --- Rituals ---------------------------------------------------------------------

RITUALS = (
    Entry(
        "two_minute_check_in",
        _l("On any day you like, take two minutes. Each of you says one thing about your body and one about your mood today. Just listen; no fixing. It is never homework."),
        ("article",),
        title=_l("A two-minute check-in"),
    ),
    Entry(
        "twilight_wind_down",
        _l("In the evening, dim the lights, put phones away and lie close for ten minutes. There is no goal except resting together."),
        ("article",),
        title=_l("Twilight wind-down"),
    ),
    Entry(
        "care_date",
        _l("Once a week, plan one small, easy thing together: tea on the sofa, music, a short walk or a photo album."),
        ("article",),
        title=_l("Weekly care date"),
    ),
    Entry(
        "take_turns_asking",
        _l("Take turns asking for closeness, so neither of you is always the one who asks or the one who waits."),
        ("article",),
        title=_l("Take turns to start"),
    ),
    Entry(
        "small_wins",
        _l("At the end of each week, name one moment that felt good. Small wins count."),
        ("article",),
        title=_l("Notice small wins"),
    ),
    Entry(
        "shared_calendar",
        _l("Mark rest days, appointments and your time together on one calendar you both see, so nothing is a surprise."),
        ("article", "four_ps"),
        title=_l("A shared calendar"),
    ),
)

# --- Medicines and their effects -------------------------------------------------------


def _any_medicine(r: PlanRequest) -> bool:
    return bool(r.medications or r.medication_effects)


def _pde5_must_wait(r: PlanRequest) -> bool:
    """The patient's erection tablet clashes with another input: the plan says not to take it."""
    return r.has("pde5_inhibitor") and (r.has("nitrates", "riociguat", "vericiguat") or stroke_recent(r))


MEDICATION_NOTES = (
    Entry(
        "never_stop_medicine",
        _l("Apart from the erection tablet, do not stop or change any medicine yourself. If a medicine affects your sex life, talk to your prescriber. A change of dose, timing or medicine can often help."),
        ("drug_sexual_effects", "aha2012"),
        when=_pde5_must_wait,
        effect="any",
    ),
    Entry(
        "never_stop_medicine",
        _l("Do not stop or change any medicine yourself. If a medicine affects your sex life, talk to your prescriber. A change of dose, timing or medicine can often help."),
        cite_for(("drug_sexual_effects",), nitrates=("drug_sexual_effects", "aha2012"), beta_blocker=("drug_sexual_effects", "aha2012"),
                 ssri_snri=("drug_sexual_effects", "ssri_sexual"), dopamine_agonist=("drug_sexual_effects", "impulse_control")),
        when=_any_medicine,
        effect="any",
    ),
    Entry(
        "low_desire",
        _l("Lower desire is common with illness and with some medicines. It is not your fault. Closeness without a goal still counts."),
        ("drug_sexual_effects", "depression_desire"),
        when=has("low_desire"),
        effect="low_desire",
    ),
    Entry(
        "erection_difficulty",
        _l("Erection problems can come from illness, stress or medicines. Touch, kissing, hands and mouth can give pleasure without a firm erection. Ask your doctor which treatments are safe for you."),
        ("drug_sexual_effects", "aha2012"),
        when=has("erection_difficulty"),
        effect="erection_difficulty",
    ),
    Entry(
        "vaginal_dryness",
        _l("For now nothing goes inside the vagina, not even a moisturiser. Ask your team when you can start one. A water-based lubricant can ease touch on the outside."),
        ("hysterectomy_check", "pelvic_radiotherapy", "vaginal_care"),
        when=lambda r: r.has("vaginal_dryness", "aromatase_inhibitor") and _nothing_inside_now(r),
        effect="vaginal_dryness",
    ),
    Entry(
        "vaginal_dryness",
        _l("Use a vaginal moisturiser regularly, a few times a week, but not on the days your blood counts are low. Use a lubricant whenever the genitals are touched. Take your time."),
        ("aromatase", "vaginal_care", "chemo_sex"),
        when=lambda r: r.has("vaginal_dryness", "aromatase_inhibitor") and chemo_now(r),
        effect="vaginal_dryness",
    ),
    Entry(
        "vaginal_dryness",
        _l("Use a vaginal moisturiser regularly, a few times a week, and a lubricant whenever the genitals are touched. Take your time."),
        ("aromatase", "vaginal_care"),
        when=has("vaginal_dryness", "aromatase_inhibitor"),
        effect="vaginal_dryness",
    ),
    Entry(
        "radiotherapy_erections",
        _l("Changes to erections after radiotherapy can come on slowly, over months or years: ask your team about help early."),
        ("pelvic_radiotherapy",),
        # long after treatment: only the late effect, not the stinging of the first weeks
        when=lambda r: r.has("pelvic_radiotherapy") and (r.has("erection_difficulty") or has_penis(r))
        and not r.in_treatment and not within(r, 8),
        effect="pelvic_radiotherapy",
    ),
    Entry(
        "radiotherapy_erections",
        _l("Sex is most often fine during and after this treatment. Changes to erections can come on slowly, over months: ask about help early. Coming may sting for a while; this usually settles a few weeks after treatment."),
        ("pelvic_radiotherapy",),
        # no back passage after an abdominoperineal resection: no line about the anus
        when=lambda r: r.has("pelvic_radiotherapy") and r.has("rectum_removed")
        and (r.has("erection_difficulty") or has_penis(r)),
        effect="pelvic_radiotherapy",
    ),
    Entry(
        "radiotherapy_erections",
        _l("Apart from anything inside the anus, sex is most often fine during and after this treatment. Changes to erections can come on slowly, over months: ask about help early. Coming may sting for a while; this usually settles a few weeks after treatment."),
        ("pelvic_radiotherapy",),
        when=lambda r: r.has("pelvic_radiotherapy") and (r.has("erection_difficulty") or has_penis(r)),
        effect="pelvic_radiotherapy",
    ),
    Entry(
        "lubricant_and_condoms",
        _l("With latex condoms, use only water-based or silicone-based lubricant. Never use oil, petroleum jelly, baby oil or lotion: they weaken latex."),
        ("lubricant_latex",),
        when=lambda r: r.has("vaginal_dryness", "pelvic_radiotherapy", "pelvis_genital", "hysterectomy", "chemotherapy",
                             "aromatase_inhibitor", "tamoxifen") or chemo_now(r),
        effect="vaginal_dryness",
    ),
    Entry(
        "orgasm_difficulty",
        _l("Illness, surgery and some medicines can delay orgasm or make it harder. Enjoy touch without aiming for orgasm, and tell your team: there is often help."),
        ("drug_sexual_effects",),
        when=lambda r: r.has("orgasm_difficulty") and (r.has("ssri_snri") or not r.has("depression_anxiety")),
        effect="orgasm_difficulty",
    ),
    Entry(
        "orgasm_difficulty",
        _l("Some medicines, such as some antidepressants, can delay orgasm or make it harder. Enjoy touch without aiming for orgasm. Talk to your prescriber; never stop an antidepressant suddenly."),
        ("drug_sexual_effects",),
        when=has("orgasm_difficulty"),
        effect="orgasm_difficulty",
    ),
    Entry(
        "drowsiness",
        _l("If a medicine makes you drowsy, plan closeness for the time of day when you are most alert. Ask your prescriber whether the timing of your doses can help."),
        ("asa_stroke", "four_ps"),
        when=has("drowsiness"),
        effect="drowsiness",
    ),
    Entry(
        "dizziness",
        _l("If you feel dizzy, get up slowly: sit on the edge of the bed for a minute before you stand. Choose lying or sitting positions."),
        ("gap",),
        when=has("dizziness"),
        effect="dizziness",
    ),
    Entry(
        "nausea",
        _l("If you feel sick, keep the meal before light and the room fresh. You can always swap a session for quiet closeness."),
        ("gap",),
        when=has("nausea"),
        effect="nausea",
    ),
    Entry(
        "added_fatigue",
        _l("Medicines can add to tiredness. Rest first, and plan closeness for the time when the medicine's tiredness is lowest."),
        ("four_ps",),
        when=has("added_fatigue"),
        effect="added_fatigue",
    ),
    Entry(
        "nitrates",
        _l("You take a nitrate, such as a GTN spray or tablet. Erection tablets are never safe with it. Tell every doctor and pharmacist that you use a nitrate."),
        ("pde5_nitrate", "aha2012"),
        when=has("nitrates"),
        effect="nitrates",
    ),
    Entry(
        "pde5_inhibitor",
        _l("Before you use your erection tablet again, ask your heart team whether it is safe for you yet. It never goes with nitrates."),
        ("stroke_pde5_label", "heart_failure_signs", "aha2012"),
        # labels advise against them within 6 months of a heart attack or revascularisation (facts 11.3);
        # any heart condition that is not stable is treated before sex (AHA 2012, facts 1, 11.4)
        when=lambda r: r.has("pde5_inhibitor") and (
            (r.has("heart_attack", "sternotomy", "pci_stent") and within(r, 26)) or (r.cardiac and r.unstable)),
        effect="pde5_inhibitor",
    ),
    Entry(
        "pde5_inhibitor",
        _l("Take your erection tablet only as prescribed. It never goes with nitrates or poppers."),
        ("pde5_nitrate",),
        when=has("pde5_inhibitor"),
        effect="pde5_inhibitor",
    ),
    Entry(
        "riociguat",
        _l("You take riociguat. Erection tablets, nitrates and poppers are never safe with it. Tell every doctor and pharmacist that you take it."),
        ("riociguat",),
        when=has("riociguat"),
        effect="riociguat",
    ),
    Entry(
        "vericiguat",
        _l("You take vericiguat. Erection tablets are never safe with it. Tell every doctor and pharmacist that you take it."),
        ("riociguat",),
        when=has("vericiguat"),
        effect="vericiguat",
    ),
    Entry(
        "anticoagulant",
        _l("Blood thinners make you bruise and bleed more easily. Be gentle, use plenty of lubricant, avoid firm pressure or gripping, and stop if there is blood."),
        ("anticoagulant_bleeding", "gap"),
        when=has("anticoagulant"),
        effect="anticoagulant",
    ),
    Entry(
        "opioid",
        _l("Strong pain medicines (opioids) can make you sleepy or dizzy and can lower desire. Do not drink alcohol with them. Talk to your prescriber if this bothers you; do not change the dose yourself."),
        ("drug_sexual_effects", "gap"),
        when=has("opioid"),
        effect="opioid",
    ),
    Entry(
        "sedative",
        _l("Medicines for sleep or calm can make you drowsy and unsteady. Plan closeness for before your dose takes effect, and stay lying or sitting."),
        ("drug_sexual_effects",),
        when=has("sedative"),
        effect="sedative",
    ),
    Entry(
        "ssri_snri",
        _l("Your antidepressant can lower desire and make arousal and orgasm slower or harder to reach. This is the medicine, not you, and it can often be helped. Talk to your prescriber about the dose, the timing or another medicine. Never stop it all at once: that can make you unwell."),
        ("ssri_sexual",),
        when=lambda r: r.has("ssri_snri") and has_vagina(r),
        effect="ssri_snri",
    ),
    Entry(
        "ssri_snri",
        _l("Your antidepressant can lower desire and make arousal and orgasm slower or harder to reach. For some people it makes erections harder to keep. This is the medicine, not you, and it can often be helped. Talk to your prescriber about the dose, the timing or another medicine. Never stop it all at once: that can make you unwell."),
        ("ssri_sexual",),
        when=has("ssri_snri"),
        effect="ssri_snri",
    ),
    # Tone rule (facts 11.10): never "beta-blockers cause erection problems"; the balanced line only
    # when a sexual problem is entered.
    Entry(
        "beta_blocker",
        # no sign of a penis: the line does not speak of erections (facts 11.10)
        _l("Heart tablets such as beta-blockers are not often the real cause of low desire or other sexual problems; worry can be. Tell your doctor about any change: there are often other options. Do not stop or skip your beta-blocker: stopping all at once can be harmful."),
        ("beta_blocker",),
        when=lambda r: r.has("beta_blocker") and r.has("low_desire") and not has_penis(r),
        effect="beta_blocker",
    ),
    Entry(
        "beta_blocker",
        _l("Heart tablets such as beta-blockers are not often the real cause of erection or desire problems; worry can be. Tell your doctor about any change: there are often other options. Do not stop or skip your beta-blocker: stopping all at once can be harmful."),
        ("beta_blocker",),
        when=lambda r: r.has("beta_blocker") and r.has("erection_difficulty", "low_desire"),
        effect="beta_blocker",
    ),
    Entry(
        "beta_blocker",
        _l("Do not stop or skip your beta-blocker: stopping all at once can be harmful. If you notice any side effect, tell your doctor: there are often other options."),
        ("beta_blocker",),
        when=has("beta_blocker"),
        effect="beta_blocker",
    ),
    Entry(
        "androgen_deprivation",
        _l("Hormone treatment for prostate cancer often lowers the wish for sex, and erections and orgasms may be weaker. This is the medicine, not a sign about your relationship. Plan time to be close on purpose rather than waiting to feel like it. Ask your team about help for erections and ways to enjoy touch."),
        ("adt",),
        when=has("androgen_deprivation"),
        effect="androgen_deprivation",
    ),
    Entry(
        "aromatase_inhibitor",
        _l("This medicine lowers oestrogen. Dryness, pain during sex and lower desire are common, and they can be helped. If dryness or pain does not get better, ask your cancer doctor what else can help."),
        ("endocrine_breast", "aromatase"),
        when=has("aromatase_inhibitor"),
        effect="aromatase_inhibitor",
    ),
    Entry(
        "tamoxifen",
        _l("Tamoxifen can bring dryness or pain during sex for some people, though less often than some other hormone treatments. A lubricant during sex helps. Tell your team if sex hurts: it can be helped. Do not stop tamoxifen yourself."),
        ("endocrine_breast",),
        when=has("tamoxifen"),
        effect="tamoxifen",
    ),
    Entry(
        "dopamine_agonist",
        _l("Some medicines for Parkinson's or restless legs can cause strong urges: to have sex, gamble, shop or eat. If you or your partner notice this, tell your doctor or nurse soon. It is a side effect, not a fault. Do not stop or cut down your medicine yourself: stopping all at once can make you unwell."),
        ("impulse_control",),
        when=has("dopamine_agonist"),
        effect="dopamine_agonist",
    ),
    Entry(
        "alpha_blocker",
        _l("Tablets such as tamsulosin can mean less semen, or none, when you come. This is harmless and stops if the medicine stops, but it can affect trying for a baby. Do not stop it yourself: ask your doctor."),
        ("alpha_blocker",),
        when=lambda r: r.has("alpha_blocker") and not r.has("prostatectomy"),
        effect="alpha_blocker",
    ),
)

# --- Notes for the condition ---------------------------------------------------------

CONDITION_NOTES = (
    Entry(
        "heart_low_risk",
        _l("For most people with heart disease, sex is safe once the condition is stable. Sex takes about the effort of brisk walking or climbing two flights of stairs."),
        ("aha2012", "mayo_news"),
        when=lambda r: r.cardiac,
        effect="cardiac",
    ),
    Entry(
        "cardiac_rehab",
        _l("Cardiac rehabilitation and regular exercise make sex easier and safer. Ask your team about a programme."),
        ("aha2012",),
        when=lambda r: r.cardiac and not r.unstable,
        effect="cardiac",
    ),
    Entry(
        "stroke_reassurance",
        _l("Sex is very unlikely to cause another stroke. Fear is common; talking about it with your team helps."),
        ("stroke_uk2023", "asa_stroke"),
        when=lambda r: r.stroke,
        effect="stroke",
    ),
    Entry(
        "stroke_bleed_first",
        _l("After a stroke caused by bleeding, ask your doctor before sex if your blood pressure is high or not yet under control. If the bleed came from a swollen blood vessel (an aneurysm) that has not been treated yet, keep to closeness without sex until your team says it is safe."),
        ("stroke_bleed",),
        when=has("stroke_bleed"),
        effect="stroke_bleed",
    ),
    Entry(
        "stent_wait",
        _l("Sex is usually fine from 5 days after a stent, once the place where the tube went in feels fine."),
        ("pci", "scai"),
        when=lambda r: r.has("pci_stent") and not r.has("heart_attack") and within(r, 2),
        effect="pci_stent",
    ),
    Entry(
        "angina_gtn_before",
        _l("If sex brings on your angina, ask your heart team whether you can use your GTN 5 to 10 minutes before. Never use GTN within 24 hours of an erection tablet, or 48 hours of tadalafil."),
        ("angina_plan", "gtn_plan"),
        # never suggested where either partner has erection tablets (facts 11.6)
        when=lambda r: r.has("angina") and r.has("nitrates") and not r.household_takes("pde5_inhibitor") and not r.unstable,
        effect="angina",
    ),
    Entry(
        "copd_breathless_ok",
        _l("Getting a little out of breath during sex is expected and not dangerous. Slow down, breathe out through pursed lips, and rest. Your lung medicines do not lower sex drive."),
        ("copd",),
        # with heart failure, or while unsettled, more breathlessness is the warning sign itself
        when=lambda r: r.has("copd_breathlessness") and not r.has("heart_failure") and not r.unstable,
        effect="copd_breathlessness",
    ),
    Entry(
        "ostomy_safe",
        _l("Sex will not harm your stoma. If you feel shy about your body, start with touching and kissing, at your own pace."),
        ("ostomy",),
        when=has("ostomy"),
        effect="ostomy",
    ),
    Entry(
        "prostatectomy_rehab",
        _l("After prostate surgery, erections often take time to come back. Your urology team can suggest help that is safe with your other medicines, started early. Closeness and touch without an erection are part of the plan too."),
        ("prostatectomy", "nitrate_pde5_action"),
        when=lambda r: r.has("prostatectomy") and r.has("nitrates", "riociguat", "vericiguat") and within_operation(r, 52),
        effect="prostatectomy",
    ),
    Entry(
        "prostatectomy_rehab",
        _l("After prostate surgery, erections often take time to come back. Your urology team may suggest erection tablets, a vacuum device or injections, started early. Closeness and touch without an erection are part of the plan too."),
        ("prostatectomy",),
        when=lambda r: r.has("prostatectomy") and within_operation(r, 52),
        effect="prostatectomy",
    ),
    Entry(
        "first_penetration",
        _l("If you want penetration again, start slowly and use lube. You set the pace and can stop at any time. If deep movement hurts, choose a position where you control how deep, or use a soft ring or a cushion to limit depth."),
        ("hysterectomy", "vaginal_care"),
        when=lambda r: may_be_entered(r) and (
            (r.has("hysterectomy") and r.post_op_check_done) or r.has("pelvis_genital")
            or (r.has("pelvic_radiotherapy") and not r.in_treatment and not within(r, 4))),
        effect="first_penetration",
        stages=(5,),
        needs=("being_entered",),
    ),
    Entry(
        "prostatectomy_orgasm",
        _l("You can still have an orgasm. Nothing may come out: this is expected after this surgery. Some people leak a little pee when they come. It is common and not harmful. Pee first, keep a towel close, or try a condom. Ask your team about pelvic floor exercises."),
        ("prostatectomy",),
        when=has("prostatectomy"),
        effect="prostatectomy",
    ),
    Entry(
        "prostatectomy_touch",
        _l("Touch and pleasure with nothing going inside are fine once you feel ready. Ask your surgeon when more is OK."),
        ("prostatectomy", "prostatectomy_return"),
        when=lambda r: r.has("prostatectomy") and r.has("rectum_removed") and (check_pending(r) or within_operation(r, 6)),
        effect="prostatectomy",
    ),
    Entry(
        "prostatectomy_touch",
        _l("Touch and pleasure without penetration are fine once you feel ready. Ask your surgeon when penetration is OK, and wait at least 6 weeks before anything goes inside your anus."),
        ("prostatectomy", "prostatectomy_return"),
        when=lambda r: r.has("prostatectomy") and (check_pending(r) or within_operation(r, 6)),
        effect="prostatectomy",
    ),
    Entry(
        "prostatectomy_receptive",
        _l("If you enjoy receptive anal sex: ask your surgeon first. Without the prostate it may feel different. Go slowly, use plenty of lube and a condom, and stop if it hurts or bleeds."),
        ("prostatectomy_return", "gap"),
        when=lambda r: r.has("prostatectomy") and not r.has("rectum_removed") and not within_operation(r, 6),
        effect="prostatectomy",
        stages=(5,),
    ),
    Entry(
        "dilators",
        _l("If you have a vagina, your team may suggest a dilator. Many teams find it helps keep the vagina comfortable for check-ups and sex. Research has not proven that it stops narrowing. Start only when your team says, never during radiotherapy. Be gentle and use water-based lubricant. A little spotting is common; call your team if there is a lot of bleeding or pain."),
        ("dilator_evidence", "vaginal_care"),
        when=lambda r: r.has("pelvic_radiotherapy") and not has_penis(r),
        effect="pelvic_radiotherapy",
    ),
    Entry(
        "hysterectomy_wait",
        _l("After a hysterectomy, wait until any discharge has stopped and your surgeon has checked that you have healed before anything goes inside the vagina. Other closeness is fine."),
        ("hysterectomy",),
        when=lambda r: r.has("hysterectomy") and (check_pending(r) or within_operation(r, 6)),
        effect="hysterectomy",
    ),
    Entry(
        "joint_clearance",
        # the other partner has heart disease too (a nitrate): neither is told to take the effort alone
        _l("Most people return to sex 4 to 6 weeks after a hip or knee replacement, once the surgeon agrees. You both have limits, so share the moving, and change position if the new joint feels loaded."),
        ("joint_return",),
        when=lambda r: _new_joint(r) and r.partner_takes("nitrates"),
        effect="joint_replacement",
    ),
    Entry(
        "joint_clearance",
        _l("Most people return to sex 4 to 6 weeks after a hip or knee replacement, once the surgeon agrees. Your partner takes the more active role. Change position if the new joint feels loaded."),
        ("joint_return",),
        # only where the positions have the partner moving (a limit keeps the patient still)
        when=lambda r: _new_joint(r) and patient_kept_still(r),
        effect="joint_replacement",
    ),
    Entry(
        "joint_clearance",
        _l("Most people return to sex 4 to 6 weeks after a hip or knee replacement, once the surgeon agrees. Change position if the new joint feels loaded."),
        ("joint_return",),
        when=lambda r: _new_joint(r),
        effect="joint_replacement",
    ),
    Entry(
        "hip_lower_risk",
        _l("The positions in this plan are lower-risk suggestions for a new hip, not guarantees. Stop if your hip hurts or feels unstable."),
        ("charbonnier2014",),
        when=has("hip_replacement_posterior", "hip_replacement_anterior"),
        effect="joint_replacement",
    ),
    Entry(
        "spinal_surgery_ask",
        _l("Ask your surgeon which movements are safe for your back and when. Until then, keep your back still and let your partner do the moving."),
        ("gap",),
        # while the spinal restriction holds (12 weeks, the top of the range clinics give: facts 13.3);
        # years after a healed fusion the back rules of the pain pattern speak instead
        when=lambda r: r.has("spinal_surgery") and within_operation(r, 12),
        effect="spinal_surgery",
    ),
    Entry(
        "cancer_treatment_ask",
        _l("Use a condom or dental dam for oral, vaginal and anal sex during chemotherapy and for about a week after each dose, unless your team gives you a different time. Do not give oral sex if you have sores or cuts in your mouth. When your blood counts are low, nothing goes inside the vagina or anus, not even fingers or toys, and that includes touching yourself. Hugs, kisses and gentle touch are fine."),
        ("chemo_barrier", "chemo_sex"),
        when=lambda r: r.has("chemotherapy") and chemo_now(r) and not r.unstable,
        effect="chemotherapy",
    ),
    Entry(
        "cancer_treatment_ask",
        _l("If you are having chemotherapy: use a condom or dental dam for oral, vaginal and anal sex during treatment and for about a week after each dose, unless your team gives you a different time. When your blood counts are low, nothing goes inside the vagina or anus, not even fingers or toys, and that includes touching yourself. Hugs, kisses and gentle touch are fine."),
        ("chemo_barrier", "chemo_sex"),
        when=lambda r: chemo_now(r) and not r.unstable,
        effect="cancer_treatment",
    ),
    Entry(
        "chemo_sex_safe",
        _l("Sex is usually safe during chemotherapy, and cancer cannot pass to a partner through sex. Tiredness and sickness often lower desire; cuddling and touch count too."),
        ("chemo_sex",),
        when=lambda r: r.has("chemotherapy") and chemo_now(r) and not r.unstable,
        effect="chemotherapy",
    ),
    Entry(
        "rectum_removed",
        _l("After this operation there is no back passage, so anal sex is not possible any more. That can be a real loss. Many couples find new ways to give and get pleasure, and your stoma nurse or a sex therapist can talk this through with you."),
        ("apr",),
        when=has("rectum_removed"),
        effect="rectum_removed",
    ),
    Entry(
        "anal_after_bowel_surgery",
        _l("After bowel surgery, ask your surgeon before anything goes inside the anus."),
        ("apr", "gap"),
        when=lambda r: r.has("ostomy") and not r.has("rectum_removed"),
        effect="ostomy",
    ),
    Entry(
        "anal_after_radiotherapy",
        _l("After radiotherapy to the pelvis, the back passage heals slowly and can bleed easily. When your team says anything can go inside the anus, go slowly, use plenty of lube, and stop if it hurts or bleeds."),
        ("pelvic_radiotherapy",),
        when=lambda r: r.has("pelvic_radiotherapy") and not r.has("rectum_removed") and not r.in_treatment and not within(r, 8),
        effect="pelvic_radiotherapy",
    ),
    Entry(
        "breast_body_image",
        _l("After breast surgery your chest may look and feel different, or be numb, and many people feel shy about being seen. If that is you: your partner can ask before touching your chest. Keep a top on if you like, and go at your own pace."),
        ("breast_surgery",),
        when=has("breast_cancer"),
        effect="breast_cancer",
    ),
    Entry(
        "pelvic_physio",
        _l("A pelvic health physiotherapist can help with pain during sex. Ask your team for a referral."),
        ("pelvic_physio",),
        when=lambda r: r.has("aromatase_inhibitor", "pelvic_radiotherapy") or (r.pain >= 4 and r.has("pelvis_genital")),
        effect="pelvic_physio",
    ),
    Entry(
        "solo_touch",
        _l("At steps 3 and 4 you can also touch yourself, alone or with your partner. It is safe, and it can help you learn how your body feels now, at your own pace. There is no test to pass."),
        ("solo_touch",),
        # not while a hysterectomy is unchecked (orgasm may wait), nor on low-count days (the chemotherapy line says it)
        when=lambda r: r.has("cancer_treatment", "pelvic_radiotherapy", "prostatectomy", "breast_cancer", *HORMONE_THERAPIES)
        and not (r.has("hysterectomy") and check_pending(r)),
        effect="solo_touch",
        stages=(3, 4),
    ),
    Entry(
        "fatigue_check_cancer",
        _l("Tiredness from cancer or its treatment should be checked at every visit. Some causes, like anaemia, poor sleep or pain, can be treated."),
        ("nccn_fatigue",),
        when=lambda r: r.has("cancer_treatment") and r.fatigue >= 4,
        effect="cancer_treatment",
    ),
    Entry(
        "mood",
        _l("Low mood and worry often affect desire and closeness. They can get better with help. A counsellor or sex therapist can help you both."),
        ("depression_desire", "plissit"),
        when=has("depression_anxiety"),
        effect="depression_anxiety",
    ),
    Entry(
        "parkinsons_impulses",
        _l("Some Parkinson's medicines can cause strong urges, including sexual urges. If this happens, tell your prescriber; it can be treated."),
        ("impulse_control",),
        # the medicine note says it already when a dopamine agonist is entered
        when=lambda r: r.has("parkinsons") and not r.has("dopamine_agonist"),
        effect="parkinsons",
    ),
    Entry(
        "icd_shock",
        _l("If you have an ICD: a shock during sex does not harm your partner. If you get one shock and feel well, stop, rest and call your clinic."),
        ("icd_shock_plan",),
        when=has("pacemaker_icd"),
        effect="pacemaker_icd",
    ),
    Entry(
        "chronic_pain_flare",
        _l("A small rise in pain after closeness is common and usually settles. Plan a gentle day after, and tell your team if pain stays higher."),
        ("gap",),
        when=lambda r: r.has("chronic_pain", "arthritis", "widespread"),
        effect="chronic_pain",
    ),
    Entry(
        "specialist_help",
        _l("If problems with sex last or worry you, ask for a referral to a sex therapist or psychosexual service. This is a normal part of care."),
        cite_for(("plissit",), stroke_one_side_weak=("plissit", "stroke_uk2023"), stroke_bleed=("plissit", "stroke_uk2023"),
                 cancer_treatment=("plissit", "pelvic_physio")),
        effect="any",
    ),
)

# --- Warnings ------------------------------------------------------------------------


WARNINGS = (
    Entry(
        "daily_tadalafil",
        _l("If you take tadalafil every day, even a low dose for the prostate, there is never a safe gap: no GTN or any other nitrate at any time. Tell every doctor, nurse or paramedic who treats you."),
        ("nitrate_pde5_action", "pde5_nitrate"),
        when=lambda r: r.has("pde5_inhibitor") and (r.cardiac or r.household_takes("nitrates")),
        # a caution, not a danger: the clinician who knows the tablet is not tadalafil can leave it out
        # (the danger line with a nitrate, daily_tadalafil_nitrate, stays)
        severity="caution",
    ),
    # The one safe action where the inputs conflict; each excludes the lines it would contradict.
    Entry(
        "pde5_nitrate",
        _l("Do not take your erection tablet. It is not safe with your nitrate (GTN spray or tablets, isosorbide or patches): together they can make your blood pressure fall dangerously. Talk to your doctor before you take any more. Do not stop your heart medicine. If you have taken both and feel dizzy or faint, lie down with your legs raised and call emergency services: say which tablets and when."),
        ("nitrate_pde5_action", "aha2012"),
        when=lambda r: r.has("nitrates") and r.has("pde5_inhibitor"),
        severity="danger",
        # the GTN plan (chest_pain) carries the erection-tablet exception for nitrate users
        excludes=("pde5_inhibitor", "alpha_blocker_dizziness", "pde5_chest_pain", "daily_tadalafil"),
    ),
    # Right after the one safe action it adds to (printed in this order). No nitrate within 48 hours of tadalafil (facts 11.2): taken every day, that is never.
    Entry(
        "daily_tadalafil_nitrate",
        _l("This includes tadalafil taken every day, even a low dose for the prostate: do not take it with your nitrate either. Ask your doctor about another medicine for the prostate."),
        ("nitrate_pde5_action", "pde5_nitrate"),
        when=lambda r: r.has("pde5_inhibitor") and r.has("nitrates"),
        severity="danger",
    ),
    Entry(
        "riociguat_pde5",
        _l("Do not take your erection tablet. It does not mix with riociguat or vericiguat: together they can make your blood pressure fall dangerously. Talk to your doctor before you take any more. Do not stop your heart or lung medicine yourself."),
        ("riociguat",),
        when=lambda r: r.has("riociguat", "vericiguat") and r.has("pde5_inhibitor"),
        severity="danger",
        # the daily-tadalafil caution is about nitrates: beside "do not take your erection tablet" it confuses
        excludes=("pde5_inhibitor", "alpha_blocker_dizziness", "daily_tadalafil"),
    ),
    Entry(
        "riociguat_nitrate",
        _l("Riociguat and nitrates must not be taken together. Call your doctor today. Until you have spoken, do not use GTN for chest pain: call emergency services instead. If you take a nitrate tablet or patch every day, call your doctor before your next dose of it. Do not stop any other medicine yourself."),
        ("riociguat",),
        when=lambda r: r.has("riociguat") and r.has("nitrates"),
        severity="danger",
    ),
    Entry(
        "partner_tablets",
        _l("Never use your partner's GTN or any other nitrate. After an erection tablet it can make your blood pressure fall dangerously. If you get chest pain, call emergency services and say which tablet you took and when. Never share tablets, and do not use poppers."),
        ("shared_tablets", "nitrate_pde5_action"),
        when=lambda r: r.has("pde5_inhibitor") and r.partner_takes("nitrates"),
        severity="danger",
    ),
    Entry(
        "partner_tablets",
        _l("Never take anyone else's erection tablets. Do not use 'herbal' sex pills or poppers. With riociguat, vericiguat or a nitrate they can make blood pressure drop fast."),
        ("shared_tablets", "riociguat"),
        when=lambda r: r.household_takes("riociguat", "vericiguat"),
        severity="danger",
    ),
    Entry(
        "partner_tablets",
        _l("Never take anyone else's erection tablets. Do not use 'herbal' sex pills or poppers. With a nitrate they can make blood pressure drop fast."),
        ("shared_tablets",),
        when=lambda r: r.household_takes("nitrates", "riociguat", "vericiguat"),
        severity="danger",
    ),
    Entry(
        "partner_tablets",
        _l("Never take anyone else's erection tablets: each of you takes only your own, as prescribed."),
        ("shared_tablets",),
        when=lambda r: r.partner_takes("pde5_inhibitor"),
        severity="caution",
    ),
    Entry(
        "nitrates_no_pde5",
        _l("Because you take a nitrate, erection tablets are not safe for you. Tell any doctor who offers them."),
        ("pde5_nitrate", "aha2012"),
        when=lambda r: r.has("nitrates") and not r.has("pde5_inhibitor"),
        severity="danger",
    ),
    Entry(
        "pde5_chest_pain",
        _l("If chest pain starts after you took an erection tablet, call emergency services. Tell them which tablet you took and when: this matters for the next 24 hours (sildenafil, vardenafil, avanafil) or 48 hours (tadalafil). Do not take a nitrate yourself."),
        ("pde5_nitrate",),
        when=lambda r: r.has("pde5_inhibitor") and (r.cardiac or r.has("nitrates")),
        severity="danger",
    ),
    Entry(
        "pde5_after_stroke",
        _l("Do not use erection tablets in the first 3 months after a stroke, or while your blood pressure is not under control. Ask your team about erection medicines after 3 months."),
        ("stroke_uk2023",),
        when=lambda r: stroke_recent(r) and r.has("pde5_inhibitor", "erection_difficulty"),
        severity="danger",
        excludes=("pde5_inhibitor", "alpha_blocker_dizziness"),
    ),
    Entry(
        "unstable_ask_first",
        _l("Your team has said your condition is not stable yet. Ask them before any sexual activity. For now the plan is closeness only."),
        ("aha2012",),
        when=lambda r: r.unstable,
        severity="danger",
        excludes=("heart_attack_timing",),  # "many people can have sex from week 1" does not fit
    ),
    Entry(
        "heart_attack_timing",
        _l("The date of your heart attack was not given, so this plan keeps the limits of the first weeks. After a heart attack with no problems, many people can have sex from about 1 week on if mild activity gives no symptoms. Ask your heart team what fits you."),
        ("aha2012", "scai"),
        when=lambda r: r.has("heart_attack") and not r.has("sternotomy") and r.weeks_since_event is None,
        severity="caution",
    ),
    Entry(
        "heart_attack_timing",
        _l("Your heart attack was less than a week ago. This first week is for rest and closeness. After a heart attack with no problems, many people can have sex from about 1 week on if mild activity gives no symptoms. Ask your heart team what fits you."),
        ("aha2012", "scai"),
        when=lambda r: r.has("heart_attack") and not r.has("sternotomy") and within(r, 1),
        severity="caution",
    ),
    Entry(
        "heart_attack_timing",
        _l("After a heart attack with no problems, many people can have sex from about 1 week on if mild activity gives no symptoms. Some teams advise waiting 3 to 6 weeks. Ask your heart team what fits you."),
        ("aha2012", "scai"),
        # Not after open-heart surgery (the breastbone's 8 weeks decide) nor once 6 weeks have passed.
        when=lambda r: r.has("heart_attack") and not r.has("sternotomy") and within(r, 6),
        severity="caution",
    ),
    Entry(
        "stairs_check",
        _l("Do not test yourself with stairs or fast walking for now. Your heart team will tell you when you are ready."),
        ("aha2012",),
        when=lambda r: r.cardiac and r.unstable,
        severity="caution",
    ),
    Entry(
        "stairs_check",
        _l("Before sex becomes part of your plan, check that you can walk briskly or climb two flights of stairs without chest pain, an uneven heartbeat or bad breathlessness. If you cannot, tell your team first."),
        ("aha2012",),
        when=lambda r: r.cardiac,
        severity="caution",
    ),
    Entry(
        "sternal_precautions",
        _l("Your breastbone needs about 8 weeks to heal. Until your surgical team says so, do not push up with your arms, pull on things, or reach both arms overhead or behind you."),
        ("sternal",),
        when=lambda r: r.has("sternotomy") and within_operation(r, 8),
        severity="caution",
    ),
    Entry(
        "wound_or_heart_pain",
        # with GTN beside a new chest wound, the GTN steps should not be used for wound pain (cardiac
        # reviewer's judgement: no confirmed source for the wording)
        _l("Soreness along your wound that gets worse when you move, cough or press on it is usually the wound healing: your usual painkiller helps. The GTN steps are for pain, pressure or tightness deep in your chest."),
        ("sternal", "gap"),
        when=lambda r: r.has("sternotomy") and r.has("nitrates") and within_operation(r, 13),
        severity="caution",
    ),
    Entry(
        "anticoagulant_bruising",
        _l("On blood thinners, bruising is easier. For bleeding that will not stop, see the red box \"Stop and get help\"."),
        ("gap",),
        when=has("anticoagulant"),
        severity="caution",
    ),
    Entry(
        "alpha_blocker_dizziness",
        _l("Your erection tablet and your alpha-blocker together can make you dizzy when you stand up. Your doctor may start you on a low dose. If you feel faint, lie down with your legs raised, and get up slowly."),
        ("alpha_blocker",),
        when=lambda r: r.has("pde5_inhibitor") and r.has("alpha_blocker"),
        severity="caution",
    ),
    Entry(
        "alpha_blocker_dizziness",
        _l("Erection tablets can lower blood pressure. If you also take tablets for blood pressure or the prostate and feel faint, sit or lie down and tell your prescriber."),
        ("gap",),
        when=lambda r: r.has("pde5_inhibitor") and (r.has("dizziness") or r.cardiac),
        severity="caution",
    ),
    Entry(
        "fatigue_check",
        _l("Fatigue this high should be checked by your team. Some causes can be treated."),
        ("nccn_fatigue",),
        # not for the everyday fatigue of a long-standing condition, or ME/CFS: the team knows it
        when=lambda r: r.fatigue >= 7 and not long_standing(r) and not r.has("long_covid_mecfs"),
        severity="caution",
    ),
    Entry(
        "pain_control",
        _l("Your pain is high right now. The plan stays with closeness until it is better controlled. Ask your team about pain control."),
        ("pain_support",),
        when=lambda r: r.pain >= 7 and not long_standing(r),
        severity="caution",
    ),
    Entry(
        "hysterectomy_nothing_inside",
        lambda r: _l("Your check is done, but wait until 6 weeks after the operation: nothing inside the vagina or the anus before week %(week)s of this plan. That means no penis, fingers, toys or tampons. Kissing, cuddling and massage are fine.", week=7 - (operation_weeks(r) or 0)),
        ("hysterectomy", "hysterectomy_check"),
        # the check is done and the 6 weeks end within this plan: say in which week
        when=lambda r: r.has("hysterectomy") and r.post_op_check_done and operation_weeks(r) is not None
        and (r.weeks_since_surgery is not None or not r.in_treatment) and operation_weeks(r) < 6 < operation_weeks(r) + r.weeks,
        severity="caution",
    ),
    Entry(
        "hysterectomy_nothing_inside",
        _l("For now, nothing inside the vagina or the anus: no penis, fingers, toys or tampons. This lasts at least 6 weeks after a hysterectomy, and until your surgeon or nurse has checked you and said yes. Kissing, cuddling and massage are fine."),
        ("hysterectomy", "hysterectomy_check"),
        when=lambda r: r.has("hysterectomy") and (check_pending(r) or within_operation(r, 6)),
        severity="caution",
    ),
    Entry(
        "low_count_days",
        _l("Your blood counts are often lowest 1 to 2 weeks after each treatment. Ask your team which days these are for you."),
        ("neutropenic_sepsis",),
        when=chemo_now,
        severity="caution",
    ),
    Entry(
        "pregnancy_on_treatment",
        _l("Do not start a pregnancy while you take tamoxifen, or for some months after you stop: it can harm a baby. Ask your team how long, and which birth control is safe for you: usually not the pill or other hormones."),
        ("gap",),
        when=lambda r: r.has("tamoxifen") and not chemo_now(r) and pregnancy_possible(r) and not r.unstable,
        severity="caution",
    ),
    Entry(
        "pregnancy_on_treatment",
        _l("Do not start a pregnancy during treatment. This matters whichever partner is being treated. Ask your team which birth control is safe for you and how long to keep using it. Even if periods stop, a pregnancy can still start."),
        ("chemo_barrier",),
        # contraception may be needed for months after chemotherapy (facts 12.2)
        when=lambda r: (chemo_now(r) or (r.has("chemotherapy") and within(r, 26))) and pregnancy_possible(r)
        and not r.unstable,
        severity="caution",
    ),
    Entry(
        "orgasm_after_hysterectomy",
        _l("After the operation, some teams say to wait a while before having an orgasm, too. Ask yours."),
        ("hysterectomy",),
        when=lambda r: r.has("hysterectomy") and check_pending(r),
        severity="caution",
    ),
    Entry(
        "post_op_check_first",
        _l("Step 5 starts after your check. Your surgical team needs to see that you have healed and say that penetration is OK. Ask about it at your follow-up visit."),
        ("hysterectomy_check", "prostatectomy_return"),
        when=check_pending,
        severity="caution",
    ),
    Entry(
        "nothing_inside_after_radiotherapy",
        _l("During radiotherapy to the pelvis and for 8 weeks after it ends, the back passage heals slowly and can bleed easily: nothing inside your anus, no penis, fingers or toys. Other sex is usually fine if you both want it. Ask your team if your times are different."),
        ("pelvic_radiotherapy",),
        when=lambda r: r.has("pelvic_radiotherapy") and has_penis(r) and not r.has("rectum_removed")
        and (r.in_treatment or within(r, 8)),
        severity="caution",
    ),
    Entry(
        "nothing_inside_after_radiotherapy",
        _l("During radiotherapy to the pelvis and for about 4 weeks after it ends, the skin inside can be sore and easy to hurt. Keep to touch outside the body: nothing inside the vagina, no fingers or toys. If your team has asked you to use a dilator, follow their advice. Ask your team if your times are different."),
        ("pelvic_radiotherapy",),
        # no back passage after an abdominoperineal resection: no line about the anus (facts 12.6)
        when=lambda r: r.has("pelvic_radiotherapy") and r.has("rectum_removed") and not has_penis(r)
        and (r.in_treatment or within(r, 4)),
        severity="caution",
    ),
    Entry(
        "nothing_inside_after_radiotherapy",
        _l("During radiotherapy to the pelvis and for about 4 weeks after it ends, the skin inside can be sore and easy to hurt. Keep to touch outside the body: nothing inside the vagina or anus, no fingers or toys. If your team has asked you to use a dilator, follow their advice. Wait at least 8 weeks after treatment for anything inside the anus. Ask your team if your times are different."),
        ("pelvic_radiotherapy",),
        when=lambda r: r.has("pelvic_radiotherapy") and not r.has("rectum_removed") and (r.in_treatment or within(r, 8)),
        severity="caution",
    ),
    Entry(
        "stoma_nothing_inside",
        _l("Never put anything into the stoma: not a finger, a toy or a penis. It can be badly hurt."),
        ("stoma_care",),
        when=has("ostomy"),
        severity="caution",
    ),
    Entry(
        "timing_unknown",
        _l("The date of your surgery or event was not given, so this plan keeps the early limits. Ask your team when they end."),
        ("gap",),
        when=event_date_missing,
        severity="caution",
    ),
    Entry(
        "general_guidance",
        _l("This plan is general guidance. Follow your own care team's advice."),
        ("health_literacy",),
        severity="caution",
    ),
)

# Emitted by the planner when the plan stops below step 5 only because of a dated limit.
def step_5_later(weeks: int):
    return lazy_ngettext(
        "Step 5 (sex, your way) can come about %(num)s week after this plan ends, when the limits of your operation or event are over, if you both feel ready.",
        "Step 5 (sex, your way) can come about %(num)s weeks after this plan ends, when the limits of your operation or event are over, if you both feel ready.",
        weeks)


# Emitted by the planner when only the pace (no date, no check) holds step 5 beyond this plan.
STEP_5_PACE_SOURCES = ("four_ps", "sensate_focus")

# Printed after "at this pace, step 5 could come ..." when only the pace holds step 5 back: for a heart
# condition, the AHA's functional test says when sex is reasonable, not the ladder's weeks (facts 1).
AFTER_STEP_5_PACE: tuple[Entry, ...] = (
    Entry(
        "heart_may_allow_sooner",
        _l("Once the limits in this plan allow it, you can move up sooner than the weeks here if your team agrees. You need to be able to walk briskly or climb two flights of stairs without chest pain, an uneven heartbeat or bad breathlessness."),
        ("aha2012",),
        when=lambda r: r.cardiac and not r.unstable and not r.has("heart_failure"),
    ),
)


def step_5_pace(weeks: int):
    return lazy_ngettext(
        "At this pace, step 5 (sex, your way) could come about %(num)s week after this plan ends, if each step keeps feeling good for you both.",
        "At this pace, step 5 (sex, your way) could come about %(num)s weeks after this plan ends, if each step keeps feeling good for you both.",
        weeks)


# Emitted by the planner (not by a trigger) when it lowers the clinician's start stage.
def start_stage_limited(stage: int):
    return _l("For now the plan starts at step %(stage)s. That may be lower than where you are, but your body needs it for now. The plan moves up as it allows.", stage=stage)

# --- Red flags -------------------------------------------------------------------------


def _bone_pain_sites(r: PlanRequest) -> bool:
    """Pain where cancer in the spine shows itself; chest pain in the weeks after breast surgery is the
    operation's, not a sign of spinal-cord compression."""
    chest = r.has("chest") and not (r.has("breast_cancer") and within_operation(r, 8))
    return chest or r.has("lower_back", "neck", "spinal_surgery", "hip", "widespread")


def _new_joint(r: PlanRequest) -> bool:
    """A hip or knee replacement in its first 13 weeks: "most people return 4 to 6 weeks after" is
    about the return, not for a joint replaced long ago."""
    return r.has("hip_replacement_posterior", "hip_replacement_anterior", "knee_replacement") and within_operation(r, 13)


def patient_kept_still(r: PlanRequest) -> bool:
    """A limit this week rules out the recovering partner's moving (effort or rocking the pelvis): the
    positions then have the other partner moving, and lines that say so agree with them."""
    return any(x.active(r) and {"high_exertion", "pelvic_movement"} & set(x.forbids) for x in RESTRICTIONS)


def _recent_surgery(r: PlanRequest) -> bool:
    surgical = r.has(
        "sternotomy", "pacemaker_icd", "hip_replacement_posterior", "hip_replacement_anterior",
        "knee_replacement", "spinal_surgery", "prostatectomy", "hysterectomy", "abdominal_surgery",
        "ostomy",
    )
    return surgical and within_operation(r, 13)


def _clot_risk(r: PlanRequest) -> bool:
    """Blood-clot risk stays up for about 3 months after an operation, and during cancer treatment."""
    operation = r.has(
        "sternotomy", "hip_replacement_posterior", "hip_replacement_anterior", "knee_replacement",
        "spinal_surgery", "prostatectomy", "hysterectomy", "abdominal_surgery", "ostomy",
    )
    cancer = r.has("cancer_treatment", "pelvic_radiotherapy", "breast_cancer", *HORMONE_THERAPIES) and (
        r.in_treatment or within(r, 26))
    # tamoxifen raises the risk of clots for as long as it is taken (no source in the research file yet)
    return (operation and within_operation(r, 13)) or cancer or r.has("tamoxifen")


# On tamoxifen alone the clot lines rest on no source in the research file yet (facts 13.2 names
# operations and cancer treatment): the appendix says so.
def _clot_sources(r: PlanRequest) -> tuple[str, ...]:
    operation_or_cancer = _clot_risk(replace(r, medications=tuple(m for m in r.medications if m != "tamoxifen")))
    return ("blood_clots",) if operation_or_cancer else ("blood_clots", "gap")


def _self_harm_text(r: PlanRequest):
    line = CRISIS_LINES.get(territory(r) or "")
    if line:
        return _l("Thoughts of ending your life or hurting yourself: if you are in danger, call emergency services now. If not, tell someone today, or call %(line)s at any time, free.", line=line)
    return _l("Thoughts of ending your life or hurting yourself: if you are in danger, call emergency services now. If not, tell someone today. A crisis line you can call at any time: ____________")


# Two groups in the "Stop and get help" box: "emergency" (call emergency services now)
# and "urgent" (get medical help today). Entries that share an id are variants.
def not_only_lungs(r: PlanRequest) -> bool:
    """"COPD or breathlessness" ticked beside heart failure or riociguat (high blood pressure in the lungs):
    the breathlessness may not be COPD, so no reliever or rescue pack is assumed."""
    return r.has("heart_failure", "riociguat")


RED_FLAGS = (
    # --- Call emergency services now ------------------------------------------------
    # On chemotherapy a fever comes first: it can be sepsis within hours (facts 12.1).
    Entry(
        "neutropenic_fever",
        _l("On cancer treatment, a fever is an emergency: a temperature of 38.0 °C (100.4 °F) or more, or you feel shivery, hot and cold, or very unwell. Do not wait."),
        ("neutropenic_sepsis",),
        # North American fever cards use 38.0 °C
        when=lambda r: infection_risk(r) and territory(r) in ("US", "CA"),
        tier="emergency",
        heading="cancer_line",
    ),
    Entry(
        "neutropenic_fever",
        _l("On cancer treatment, a fever is an emergency: a temperature of 37.5 °C (99.5 °F) or more, or under 36 °C (96.8 °F), or you feel shivery, hot and cold, or very unwell. Do not wait."),
        ("neutropenic_sepsis",),
        when=infection_risk,
        tier="emergency",
        heading="cancer_line",
    ),
    Entry(
        "chest_pain",
        _l("Chest pain, pressure or tightness (it may spread to the arm, neck, jaw or back), or a cold sweat, that does not go away after a few minutes of rest. You take riociguat: never use GTN or any other nitrate, and tell the crew that you take it."),
        ("cardiac_symptoms", "riociguat"),
        when=has("riociguat"),
        tier="emergency",
    ),
    Entry(
        "chest_pain",
        _l("Chest pain, pressure or tightness (it may spread to the arm, neck, jaw or back): stop and sit down. Did you take an erection tablet yourself, even one of your partner's: sildenafil, vardenafil or avanafil in the last 24 hours, or tadalafil in the last 48? Then no GTN: call emergency services and say which tablet and when. Otherwise use 1 dose of GTN under your tongue. Still there after 5 minutes: use a 2nd dose. Not gone 5 minutes after the 2nd dose: call emergency services. Your partner taking their own tablet does not stop you using GTN."),
        ("gtn_plan", "shared_tablets"),
        when=lambda r: r.has("nitrates") and r.partner_takes("pde5_inhibitor") and not r.has("pde5_inhibitor")
        and territory(r) == "GB",
        tier="emergency",
    ),
    Entry(
        "chest_pain",
        _l("Chest pain, pressure or tightness (it may spread to the arm, neck, jaw or back): stop and sit down. Did you take an erection tablet yourself, even one of your partner's: sildenafil, vardenafil or avanafil in the last 24 hours, or tadalafil in the last 48? Then no GTN: call emergency services and say which tablet and when. Otherwise use 1 dose of GTN (nitroglycerin) under your tongue. Not better in 5 minutes: call emergency services, and take up to 2 more doses, 5 minutes apart, while you wait. Your partner taking their own tablet does not stop you using GTN."),
        ("gtn_plan", "shared_tablets"),
        when=lambda r: r.has("nitrates") and r.partner_takes("pde5_inhibitor") and not r.has("pde5_inhibitor"),
        tier="emergency",
    ),
    Entry(
        "chest_pain",
        _l("Chest pain, pressure or tightness (it may spread to the arm, neck, jaw or back): stop and sit down. Did you take sildenafil, vardenafil or avanafil in the last 24 hours, or tadalafil in the last 48? Then no GTN: call emergency services and say which tablet and when. Otherwise use 1 dose of GTN under your tongue. Still there after 5 minutes: use a 2nd dose. Not gone 5 minutes after the 2nd dose: call emergency services."),
        ("gtn_plan", "nitrate_pde5_action"),
        # the NICE two-dose rule for the UK; elsewhere, call after the first dose (never the unsafe error)
        when=lambda r: r.has("nitrates") and territory(r) == "GB",
        tier="emergency",
    ),
    Entry(
        "chest_pain",
        _l("Chest pain, pressure or tightness (it may spread to the arm, neck, jaw or back): stop and sit down. Took sildenafil, vardenafil or avanafil in the last 24 hours, or tadalafil in the last 48? Then no GTN: call emergency services and say which tablet and when. Otherwise use 1 dose of GTN (nitroglycerin) under your tongue. Not better in 5 minutes: call emergency services, and take up to 2 more doses, 5 minutes apart, while you wait."),
        ("gtn_plan", "nitrate_pde5_action"),
        when=has("nitrates"),
        tier="emergency",
    ),
    Entry(
        "chest_pain",
        _l("Chest pain, pressure or tightness (it may spread to the arm, neck, jaw or back), or a cold sweat, that does not go away after a few minutes of rest. If you took sildenafil, tadalafil, vardenafil or avanafil, tell the crew which one and when: you must not be given a nitrate."),
        ("cardiac_symptoms", "nitrate_pde5_action"),
        when=has("pde5_inhibitor"),
        tier="emergency",
    ),
    Entry(
        "chest_pain",
        _l("New chest pain, pressure or tightness, or a cold sweat, that does not go away after a few minutes of rest. It may feel different from your usual wound soreness and may spread to the arm, neck, jaw or back."),
        ("cardiac_symptoms", "sternal"),
        # the wound's soreness is for the months after the operation, not years on
        when=lambda r: r.has("sternotomy") and within_operation(r, 13),
        tier="emergency",
    ),
    Entry(
        "chest_pain",
        _l("Chest pain, pressure or tightness (it may spread to the arm, neck, jaw or back), or a cold sweat, that does not go away after a few minutes of rest."),
        ("cardiac_symptoms", "aha2012"),
        when=lambda r: r.cardiac,
        tier="emergency",
    ),
    Entry(
        "chest_pain",
        _l("Chest pain, pressure or tightness (it may spread to the arm, neck, jaw or back), or a cold sweat, that does not go away after a few minutes of rest."),
        ("cardiac_symptoms",),
        tier="emergency",
    ),
    Entry(
        "breathlessness",
        _l("Breathlessness at rest that does not ease, or coughing up pink froth."),
        ("heart_failure_signs",),
        when=lambda r: r.has("heart_failure") and not r.has("copd_breathlessness"),
        tier="emergency",
    ),
    Entry(
        "breathlessness",
        # "COPD or breathlessness" beside heart failure may be the heart's breathlessness: no inhaler assumed
        _l("Breathing that does not settle with rest (or with your reliever inhaler, if you have one), blue lips, pink froth when you cough, or feeling confused or much sleepier than usual."),
        ("heart_failure_signs", "copd_action"),
        when=lambda r: r.has("heart_failure") and r.has("copd_breathlessness"),
        tier="emergency",
    ),
    Entry(
        "breathlessness",
        # with riociguat the breathlessness may be high blood pressure in the lungs: no inhaler assumed
        _l("Breathing that does not settle with rest (or with your reliever inhaler, if you have one), blue lips, or feeling confused or much sleepier than usual."),
        ("copd_action",),
        when=lambda r: r.has("copd_breathlessness") and not_only_lungs(r),
        tier="emergency",
    ),
    Entry(
        "breathlessness",
        _l("Breathing that does not settle with rest and your reliever, blue lips, or feeling confused or much sleepier than usual."),
        ("copd_action",),
        when=has("copd_breathlessness"),
        tier="emergency",
    ),
    Entry(
        "breathlessness",
        _l("Breathlessness that does not ease with rest, or that stops you finishing a sentence."),
        ("cardiac_symptoms",),
        when=lambda r: r.cardiac or r.has("copd_breathlessness", "long_covid_mecfs", "chest"),
        tier="emergency",
    ),
    Entry(
        "blood_clot",
        _l("Blood clot in the lung: sudden breathlessness, chest pain that is worse when you breathe in, or coughing up blood."),
        _clot_sources,
        when=_clot_risk,
        tier="emergency",
    ),
    Entry(
        "icd_shocks",
        _l("If you have an ICD: two or more shocks, or one shock and you feel unwell. (One shock and you feel well: rest and call your device clinic. Your partner is not harmed.)"),
        ("icd_shock_plan",),
        when=has("pacemaker_icd"),
        tier="emergency",
    ),
    Entry(
        "stroke_signs",
        _l("Stroke signs: new or worse weakness or numbness of the face, arm or leg (more than your usual weak side), new trouble speaking, or a sudden severe headache. Note the time, and call even if the signs go away."),
        ("stroke_uk2023", "gap"),
        when=lambda r: r.stroke,
        tier="emergency",
    ),
    Entry(
        "stroke_signs",
        # with MS, heat brings old symptoms back for a while and they settle on cooling (facts 13.8):
        # the flag names new signs, so it does not clash with the heat line
        _l("Stroke signs: sudden weakness or numbness of the face, arm or leg that is not one of your usual MS symptoms, new trouble speaking, or a sudden severe headache. Note the time, and call even if the signs go away."),
        ("stroke_uk2023", "gap"),
        when=has("multiple_sclerosis"),
        tier="emergency",
    ),
    Entry(
        "stroke_signs",
        _l("Stroke signs: sudden weakness or numbness of the face, arm or leg, trouble speaking, or a sudden severe headache. Call even if the signs go away."),
        ("stroke_uk2023", "gap"),
        tier="emergency",
    ),
    Entry(
        "fainting",
        _l("You pass out, or a racing or uneven heartbeat does not settle with rest or comes with chest pain, breathlessness or feeling faint."),
        ("cardiac_symptoms",),
        # passing out is an emergency too for anyone on erection tablets, riociguat or after a stroke
        when=lambda r: r.cardiac or r.stroke or r.has("pde5_inhibitor", "riociguat", "vericiguat", "alpha_blocker", "dizziness"),
        tier="emergency",
        excludes=("palpitations",),
    ),
    Entry(
        "spinal_cord_compression",
        # beside the cauda equina flag, weak or numb legs are its sign (the emergency department now):
        # one action for one sign
        _l("With cancer: new or worse back or neck pain, pain like a band around your chest or belly, or pain that is worse when you lie down or cough."),
        ("gap",),
        when=lambda r: r.has("cancer_treatment", "pelvic_radiotherapy", "breast_cancer", "prostatectomy", *HORMONE_THERAPIES)
        and _bone_pain_sites(r) and r.has("spinal_surgery", "lower_back"),
        tier="emergency",
        heading="cancer_line",
        excludes=("chronic_pain_flare",),
    ),
    Entry(
        "spinal_cord_compression",
        _l("With cancer: new or worse back or neck pain, or pain like a band around your chest or belly. Or pain that is worse when you lie down or cough, or legs that feel weak or numb."),
        ("gap",),
        when=lambda r: r.has("cancer_treatment", "pelvic_radiotherapy", "breast_cancer", "prostatectomy", *HORMONE_THERAPIES)
        and _bone_pain_sites(r),
        tier="emergency",
        heading="cancer_line",
        excludes=("chronic_pain_flare",),
    ),
    Entry(
        "sepsis",
        _l("On cancer treatment: confusion, very fast breathing, blotchy skin, no pee all day, or a feeling that something is badly wrong."),
        ("neutropenic_sepsis",),
        when=infection_risk,
        tier="emergency",
    ),
    Entry(
        "cauda_equina",
        _l("New or suddenly worse: numbness between your legs or around your bottom, trouble with your bladder or bowels, or weak legs. Go to the emergency department now, even for one of these."),
        ("cauda_equina",),
        # a discreet plan's page one; the sexual signs follow in the second box (cauda_equina_sex)
        when=lambda r: r.has("spinal_surgery", "lower_back") and r.discreet,
        tier="emergency",
    ),
    Entry(
        "cauda_equina",
        _l("New or suddenly worse: numbness between your legs or around your bottom, trouble with your bladder or bowels, weak legs, or less feeling in your genitals during sex. Go to the emergency department now, even for one of these."),
        ("cauda_equina",),
        # erection trouble is known already (prostate treatment, erection difficulty or tablets): it cannot
        # serve as a new sign, and would send a man with ordinary erection trouble to the emergency
        # department; the numbness signs stay (facts 13.1: known, stable symptoms are not the red flag)
        when=lambda r: r.has("spinal_surgery", "lower_back") and r.has(
            "prostatectomy", "erection_difficulty", "pde5_inhibitor", "androgen_deprivation"),
        tier="emergency",
    ),
    Entry(
        "cauda_equina",
        _l("New or suddenly worse: numbness between your legs or around your bottom, trouble with your bladder or bowels, weak legs, or less feeling in your genitals during sex. Go to the emergency department now, even for one of these."),
        ("cauda_equina",),
        when=lambda r: r.has("spinal_surgery", "lower_back") and has_vagina(r),
        tier="emergency",
    ),
    Entry(
        "cauda_equina",
        _l("New or suddenly worse: numbness between your legs or around your bottom, trouble with your bladder or bowels, weak legs, less feeling in your genitals during sex, or a new problem with erection or ejaculation. Go to the emergency department now, even for one of these."),
        ("cauda_equina",),
        when=lambda r: r.has("spinal_surgery", "lower_back"),
        tier="emergency",
    ),
    Entry(
        "self_harm",
        _self_harm_text,
        ("mental_health_crisis",),
        when=self_harm_risk,
        tier="emergency",
    ),
    Entry(
        "cauda_equina_sex",
        _l("After back surgery or with back pain: less feeling in your genitals during sex. Go to the emergency department now."),
        ("cauda_equina",),
        when=lambda r: r.has("spinal_surgery", "lower_back") and r.discreet and has_vagina(r),
        tier="emergency",
        explicit=True,
    ),
    Entry(
        "cauda_equina_sex",
        _l("After back surgery or with back pain: less feeling in your genitals during sex, or a new problem with erection or ejaculation. Go to the emergency department now."),
        ("cauda_equina",),
        # a discreet plan's page-one flag leaves these signs out: they follow in the second box
        when=lambda r: r.has("spinal_surgery", "lower_back") and r.discreet,
        tier="emergency",
        explicit=True,
    ),
    Entry(
        "priapism",
        _l("After your tablet: stiffness that lasts more than 4 hours, even if it does not hurt. Go to the emergency department now."),
        ("priapism",),
        when=lambda r: r.has("pde5_inhibitor") and r.discreet,
        tier="emergency",
    ),
    Entry(
        "priapism",
        _l("An erection that lasts more than 4 hours, even if it does not hurt. Go to the emergency department now."),
        ("priapism",),
        when=has("pde5_inhibitor", "prostatectomy"),
        tier="emergency",
        explicit=True,
    ),
    Entry(
        "hip_dislocation",
        _l("Sudden bad pain in your new hip, a 'clunk', a leg that looks shorter or twisted, or you cannot stand on it. Do not try to move it back."),
        ("hip_dislocation",),
        when=has("hip_replacement_posterior", "hip_replacement_anterior"),
        tier="emergency",
    ),
    Entry(
        "hysterectomy_emergency",
        _l("After a hysterectomy: a bad-smelling discharge, or something pushing out of the vagina."),
        ("hysterectomy",),
        when=lambda r: r.has("hysterectomy") and within_operation(r, 13) and infection_risk(r) and not r.discreet,
        tier="emergency",
        explicit=True,
    ),
    Entry(
        "hysterectomy_emergency",
        _l("After your operation: a bad-smelling discharge, or something pushing out from below."),
        ("hysterectomy",),
        when=lambda r: r.has("hysterectomy") and within_operation(r, 13) and infection_risk(r) and r.discreet,
        tier="emergency",
    ),
    Entry(
        "hysterectomy_emergency",
        _l("After your operation: fever, a bad-smelling discharge, or something pushing out from below."),
        ("hysterectomy",),
        when=lambda r: r.has("hysterectomy") and within_operation(r, 13) and r.discreet,
        tier="emergency",
    ),
    Entry(
        "hysterectomy_emergency",
        _l("After a hysterectomy: fever, a bad-smelling discharge, or something pushing out of the vagina."),
        ("hysterectomy",),
        when=lambda r: r.has("hysterectomy") and within_operation(r, 13),
        tier="emergency",
        explicit=True,
    ),
    # --- Get medical help today ------------------------------------------------------
    Entry(
        "angina_during_sex",
        # the team has said the condition is not stable: any new pain is for today (earlier is never
        # the unsafe error; facts 11.1 give 24 hours for stable angina only)
        _l("Chest pain at rest or at night, even if it goes away, or chest pain that comes more often or more easily: call your heart team or doctor today. If it does not go away, follow the chest pain steps above."),
        ("angina_plan", "gap"),
        when=lambda r: r.has("angina") and r.unstable,
        tier="urgent",
    ),
    Entry(
        "angina_during_sex",
        _l("Chest pain during or after time together, at rest or at night, even if it goes away. Or angina that comes more often or more easily than usual. Tell your heart team within a day, and do not move up a step."),
        ("angina_plan",),
        when=lambda r: r.has("angina") and r.discreet and not r.has("nitrates"),
        tier="urgent",
    ),
    Entry(
        "angina_during_sex",
        _l("Chest pain during or after sex, at rest or at night, even if it goes away. Or angina that comes more often or more easily than usual. Tell your heart team within a day, and do not move up a step."),
        ("angina_plan",),
        when=lambda r: r.has("angina") and not r.has("nitrates"),
        tier="urgent",
        explicit=True,
    ),
    Entry(
        "angina_during_sex",
        _l("Chest pain during or after time together, at rest or at night, even if it goes away. Or you need your GTN more often than usual. Tell your heart team within a day, and do not move up a step."),
        ("gtn_plan", "angina_plan"),
        when=lambda r: r.has("angina") and r.discreet,
        tier="urgent",
    ),
    Entry(
        "angina_during_sex",
        _l("Chest pain during or after sex, at rest or at night, even if it goes away. Or you need your GTN more often than usual. Tell your heart team within a day, and do not move up a step."),
        ("gtn_plan", "angina_plan"),
        when=has("angina"),
        tier="urgent",
        explicit=True,
    ),
    Entry(
        "angina_during_sex",
        _l("Chest pain during or after time together, even if it goes away: tell your heart team within a day, and do not move up a step."),
        ("gtn_plan",),
        when=lambda r: r.cardiac and r.discreet,
        tier="urgent",
    ),
    Entry(
        "angina_during_sex",
        _l("Chest pain during or after sex, even if it goes away: tell your heart team within a day, and do not move up a step."),
        ("gtn_plan",),
        when=lambda r: r.cardiac,
        tier="urgent",
        explicit=True,
    ),
    Entry(
        "stent_site",
        _l("Where the stent tube went in (groin or wrist): a lump that grows, redness, leaking, or pain at rest, or that leg or arm swells: call your heart team today."),
        ("pci",),
        when=lambda r: r.has("pci_stent") and within(r, 4),
        tier="urgent",
    ),
    Entry(
        "heart_failure_worse",
        _l("Heart failure getting worse (weigh yourself each morning): 2 kg (4 lb) more in 3 days, more breathless, more swelling, or more pillows needed at night: call your heart team today."),
        ("heart_failure_signs",),
        when=has("heart_failure"),
        tier="urgent",
    ),
    Entry(
        "palpitations",
        _l("A racing or uneven heartbeat that does not settle with rest."),
        ("cardiac_symptoms",),
        when=lambda r: r.cardiac,
        tier="urgent",
    ),
    Entry(
        "tamoxifen_bleeding",
        _l("On tamoxifen: new or odd bleeding or spotting from the vagina, or any bleeding once your periods have stopped: tell your team soon."),
        ("gap",),
        when=lambda r: r.has("tamoxifen") and not has_penis(r),
        tier="urgent",
        explicit=True,
    ),
    Entry(
        "lymphoedema_infection",
        # on cancer treatment the fever is the cancer line's (one route for one sign)
        _l("The swollen arm or leg turns red or hot, or hurts or swells more: call your team or GP today. If they are closed, go to the emergency department."),
        ("gap",),
        when=lambda r: r.has("lymphoedema") and infection_risk(r),
        tier="urgent",
    ),
    Entry(
        "lymphoedema_infection",
        _l("The swollen arm or leg turns red or hot, or hurts or swells more, or you have a fever or the shivers: call your team or GP today. If they are closed, go to the emergency department."),
        ("gap",),
        when=has("lymphoedema"),
        tier="urgent",
    ),
    Entry(
        "blood_clot_leg",
        _l("Blood clot in the leg: one leg painful, swollen, warm, or red or darker."),
        _clot_sources,
        when=_clot_risk,
        tier="urgent",
    ),
    Entry(
        "head_knock_anticoagulant",
        _l("A knock to the head while on a blood thinner, even if you feel fine: go to the emergency department."),
        ("head_injury_anticoagulant",),
        when=has("anticoagulant"),
        tier="urgent",
    ),
    Entry(
        "stoma_emergency",
        _l("Stoma purple or black, bulging and painful, bleeding that will not stop, or not working while you are being sick. Call your stoma nurse or doctor now. If you cannot reach them, go to the emergency department."),
        ("stoma_care",),
        when=has("ostomy"),
        tier="urgent",
    ),
    Entry(
        "vision_loss",
        _l("Sudden loss of sight after an erection tablet: stop taking it and get your eyes checked today."),
        ("pde5_vision",),
        when=has("pde5_inhibitor"),
        tier="urgent",
        explicit=True,
    ),
    # Two flags: bleeding on a blood thinner, and bleeding from below or after sex (both may print).
    Entry(
        "bleeding_after_sex",
        _l("Bleeding from the wound between your legs, or after sex, that is more than light spotting: tell your team the same day."),
        ("pelvic_radiotherapy", "apr"),
        when=lambda r: r.has("pelvic_radiotherapy") and r.has("rectum_removed") and has_penis(r),
        tier="urgent",
        explicit=True,
    ),
    Entry(
        "bleeding_after_sex",
        _l("Bleeding from the wound between your legs, from the vagina if you have one, or after sex, that is more than light spotting: tell your team the same day."),
        ("pelvic_radiotherapy", "apr"),
        when=lambda r: r.has("pelvic_radiotherapy") and r.has("rectum_removed"),
        tier="urgent",
        explicit=True,
    ),
    Entry(
        "bleeding_after_sex",
        _l("Bleeding from the back passage, or after sex, that is more than light spotting: tell your team the same day."),
        ("pelvic_radiotherapy",),
        when=lambda r: r.has("pelvic_radiotherapy") and has_penis(r),
        tier="urgent",
        explicit=True,
    ),
    Entry(
        "bleeding_after_sex",
        _l("Bleeding from the back passage, or from the vagina, or after sex, that is more than light spotting: tell your team the same day."),
        ("pelvic_radiotherapy", "vaginal_care"),
        when=has("pelvic_radiotherapy"),
        tier="urgent",
        explicit=True,
    ),
    Entry(
        "bleeding",
        _l("Bleeding that does not stop after 10 minutes of firm pressure, black or bloody output in your pouch, red or dark urine, or a large bruise that grows."),
        ("head_injury_anticoagulant", "ostomy"),
        when=lambda r: r.has("anticoagulant") and r.has("ostomy"),
        tier="urgent",
    ),
    Entry(
        "bleeding",
        _l("Bleeding that does not stop after 10 minutes of firm pressure, black stools, red or dark urine, or a large bruise that grows."),
        ("head_injury_anticoagulant",),
        when=has("anticoagulant"),
        tier="urgent",
    ),
    Entry(
        "bleeding_after_sex",
        _l("Bleeding after sex that is more than light spotting, or bleeding that will not stop."),
        ("hysterectomy", "vaginal_care"),
        when=has("hysterectomy", "prostatectomy", "pelvis_genital", "cancer_treatment"),
        tier="urgent",
        explicit=True,
    ),
    Entry(
        "abdominal_leak",
        _l("After bowel or belly surgery: belly pain that gets worse, a swollen, hard belly, being sick, or not passing wind or stools, with or without a fever. Go to the emergency department now."),
        ("gap",),
        when=lambda r: r.has("abdominal_surgery") and within_operation(r, 6),
        tier="emergency",
    ),
    Entry(
        "breast_wound",
        # on chemotherapy a fever is the cancer line's emergency (neutropenic_fever): one route for it
        _l("After breast surgery: the wound, breast or arm gets red, hot, more swollen or leaky. Or a lump under the arm that grows. Call your breast team the same day."),
        ("breast_surgery", "gap"),
        when=lambda r: r.has("breast_cancer") and within_operation(r, 13) and infection_risk(r),
        tier="urgent",
    ),
    Entry(
        "breast_wound",
        _l("After breast surgery: the wound, breast or arm gets red, hot, more swollen or leaky, or you have a fever. Or a lump under the arm that grows. Call your breast team the same day."),
        ("breast_surgery", "gap"),
        when=lambda r: r.has("breast_cancer") and within_operation(r, 13),
        tier="urgent",
    ),
    Entry(
        "stoma_output",
        _l("With a stoma on chemo: far more output than usual, or very watery output. Or signs of drying out: great thirst, feeling dizzy, or very little pee."),
        ("ostomy", "gap"),
        when=lambda r: r.has("ostomy") and chemo_now(r),
        tier="emergency",
        heading="cancer_line",
    ),
    Entry(
        "wound",
        # on cancer treatment the fever is the cancer line's (one route for one sign)
        _l("A wound that opens or turns red, hot, swollen or leaky, or clicking in your breastbone: call your surgical team."),
        ("sternal",),
        when=lambda r: r.has("sternotomy") and within_operation(r, 13) and infection_risk(r),
        tier="urgent",
        excludes=("breastbone_clicking",),
    ),
    Entry(
        "wound",
        _l("A wound that opens or turns red, hot, swollen or leaky, a fever, or clicking in your breastbone: call your surgical team."),
        ("sternal",),
        when=lambda r: r.has("sternotomy") and within_operation(r, 13),
        tier="urgent",
        excludes=("breastbone_clicking",),
    ),
    Entry(
        "wound",
        _l("A wound that opens or turns red, hot, swollen or leaky: call your team."),
        cite_for(("gap",), hysterectomy=("hysterectomy",), prostatectomy=("prostatectomy_return",), ostomy=("stoma_care",),
                 sternotomy=("sternal",)),
        # after a hysterectomy, and on cancer treatment, fever has a line of its own already
        when=lambda r: (r.has("hysterectomy") or infection_risk(r)) and _recent_surgery(r),
        tier="urgent",
    ),
    Entry(
        "wound",
        _l("A wound that opens or turns red, hot, swollen or leaky, or a fever: call your team."),
        cite_for(("gap",), sternotomy=("sternal",), hysterectomy=("hysterectomy",), prostatectomy=("prostatectomy_return",),
                 ostomy=("stoma_care",)),
        when=_recent_surgery,
        tier="urgent",
    ),
    Entry(
        "copd_flare",
        _l("A high temperature: call your doctor today. If you have steroid or antibiotic tablets for lung flare-ups and are no better 48 hours after you start them, call your doctor today."),
        ("copd_action",),
        when=lambda r: r.has("copd_breathlessness") and not_only_lungs(r) and territory(r) == "US",
        tier="urgent",
    ),
    Entry(
        "copd_flare",
        _l("A high temperature: call your GP today. If you have a rescue pack for lung flare-ups and are no better 48 hours after you start it, call your GP or lung nurse today."),
        ("copd_action",),
        when=lambda r: r.has("copd_breathlessness") and not_only_lungs(r),
        tier="urgent",
    ),
    Entry(
        "copd_flare",
        _l("A high temperature, or no better 48 hours after you start the steroid or antibiotic tablets for flare-ups: call your doctor today."),
        ("copd_action",),
        when=lambda r: r.has("copd_breathlessness") and territory(r) == "US",
        tier="urgent",
    ),
    Entry(
        "copd_flare",
        _l("A high temperature, or no better 48 hours after you start your rescue pack: call your GP or lung nurse today."),
        ("copd_action",),
        when=has("copd_breathlessness"),
        tier="urgent",
    ),
    Entry(
        "breastbone_clicking",
        _l("Clicking or movement in your breastbone: call your surgical team."),
        ("sternal", "gap"),
        when=lambda r: r.has("sternotomy") and within_operation(r, 13),
        tier="urgent",
    ),
)

def emergency_line(number: str | None):
    """The emergency line printed at the top and the end of every plan."""
    if number:
        return _l("If you think it is an emergency, call %(number)s now.", number=number)
    return _l("If you think it is an emergency, call your local emergency number now.")

# --- Words between you ----------------------------------------------------------------

CONVERSATION_PROMPTS = (
    Entry("what_feels_good", _l("What kind of touch feels good to you this week, and what should I avoid?"), ("sensate_focus",)),
    Entry("worries", _l("What worries you most about being close again, and what would help?"), ("plissit",)),
    Entry("say_not_today", _l("How can we say 'not today' to each other in a kind way?"), ("plissit",)),
    Entry("more_less", _l("What would you like more of, and less of?"), ("plissit",)),
    Entry(
        "fear_of_harm",
        _l("Is either of us afraid that sex could harm you? Shall we ask the team together?"),
        ("stroke_uk2023", "steinke2013"),
        when=lambda r: r.cardiac or r.stroke or r.has("copd_breathlessness"),
    ),
    Entry(
        "body_image",
        _l("Is there anything about your body you feel shy about now? What would help you feel at ease?"),
        # the body-image source for this patient's own change; else the question rests on the sex-therapy
        # model (PLISSIT: permission to talk about it)
        cite_for(("plissit",), ostomy=("ostomy",), breast_cancer=("breast_surgery",), aromatase_inhibitor=("aromatase",)),
        when=has("ostomy", "cancer_treatment", "prostatectomy", "hysterectomy", "sternotomy", "abdominal_surgery", "lymphoedema",
                 "breast_cancer", "androgen_deprivation"),
    ),
    Entry(
        "desire_differs",
        _l("If one of us wants closeness more often than the other, how can we meet in the middle?"),
        ("plissit",),
        when=has("low_desire", "depression_anxiety"),
    ),
)

# --- Questions for the team (facts 12.8): a few, chosen by condition; the general one last ------


def _starting_cancer_treatment(r: PlanRequest) -> bool:
    """Cancer treatment that has just started (or is about to): the time to ask about fertility."""
    treated = r.has("cancer_treatment", "pelvic_radiotherapy", "androgen_deprivation", "tamoxifen", "aromatase_inhibitor")
    return treated and r.in_treatment and within(r, 2)


QUESTIONS = (
    Entry(
        "ask_counts_barrier",
        _l("Which days are my blood counts lowest, and how long after each dose should we use condoms?"),
        ("question_lists", "chemo_barrier"),
        when=chemo_now,
    ),
    Entry(
        "ask_fertility",
        _l("Could this treatment affect having children? What can we do before it goes further?"),
        ("question_lists",),
        when=_starting_cancer_treatment,
    ),
    Entry(
        "ask_inside",
        _l("When is it OK for anything to go inside again, and when should I start a dilator?"),
        ("question_lists", "dilator_evidence"),
        # dilators are for a vagina, and a question for the months around treatment, not years on
        when=lambda r: r.has("pelvic_radiotherapy") and not has_penis(r) and not r.has("rectum_removed")
        and (r.in_treatment or within(r, 26)),
    ),
    Entry(
        "ask_inside",
        _l("When is it OK for anything to go inside again?"),
        ("question_lists",),
        when=lambda r: (r.has("hysterectomy") and check_pending(r)) or (r.has("ostomy") and not r.has("rectum_removed"))
        or (r.has("pelvic_radiotherapy") and has_penis(r) and not r.has("rectum_removed") and (r.in_treatment or within(r, 8))),
    ),
    Entry(
        "ask_erections",
        _l("What can help with erections, and with leaking when I come?"),
        ("question_lists", "prostatectomy"),
        when=has("prostatectomy"),
    ),
    Entry(
        "ask_erections",
        _l("What can help with desire and erections while I am on hormone treatment?"),
        ("question_lists", "adt"),
        when=has("androgen_deprivation"),
    ),
    Entry(
        "ask_vaginal_hormone",
        _l("If dryness or pain does not get better, is a low-dose vaginal hormone cream or tablet an option for me?"),
        ("question_lists", "endocrine_breast"),
        when=lambda r: r.has("aromatase_inhibitor", "tamoxifen") and (r.has("vaginal_dryness", "pelvis_genital") or r.pain >= 4),
    ),
    Entry(
        "ask_referral",
        _l("Can you refer us to someone who helps with sex after cancer?"),
        ("question_lists",),
        when=has("cancer_treatment", "pelvic_radiotherapy", "prostatectomy", "breast_cancer", "androgen_deprivation",
                 "tamoxifen", "aromatase_inhibitor"),
    ),
    Entry(
        "ask_erection_treatment",
        _l("Which treatments for erections are safe with my heart medicines?"),
        ("question_lists", "nitrate_pde5_action"),
        # also when the tablet had to be stopped: other help exists (facts 11.2)
        when=lambda r: (r.has("erection_difficulty") and (r.cardiac or r.has("riociguat", "vericiguat")))
        or (r.has("pde5_inhibitor") and r.has("nitrates", "riociguat", "vericiguat")),
    ),
    Entry(
        "ask_blood_pressure",
        _l("Is my blood pressure under control enough for sex and for erection tablets?"),
        ("question_lists", "stroke_uk2023", "stroke_bleed"),
        when=lambda r: r.stroke and r.has("erection_difficulty", "pde5_inhibitor"),
    ),
    Entry(
        "ask_when",
        _l("Is anything unsafe for us right now, and when can we have sex again?"),
        ("question_lists",),
        when=lambda r: (r.has(*TIMED_CONDITIONS, "pelvic_radiotherapy", "chemotherapy", "ostomy") and _recent(r, 26))
        or r.in_treatment or r.unstable,
    ),
)
# --- Guard rules: printed under the positions they concern ("Take care") ---------------------
# The rules of the printed hospital sheets (facts 13.4, 13.5): how to hold a new joint or a sore back
# in any position, not only the ones listed.
POSITION_GUARDS = (
    Entry(
        "hip_guards",
        _l("With a new hip: keep that knee level with or lower than your hip, and do not let it cross the middle of your body. Use pillows to hold your legs in place. Take as much care getting out of a position as getting into it."),
        ("krames_joint", "hip_precautions"),
        when=has("hip_replacement_posterior"),
    ),
    Entry(
        "hip_guards",
        # the front (anterior) approach: no stretching the leg back with the foot turned out (facts 3, 13.4)
        _l("With a new hip: do not let that leg stretch far back behind you or turn out. Use pillows to hold your legs in place. Take as much care getting out of a position as getting into it."),
        ("krames_joint", "hip_precautions"),
        when=has("hip_replacement_anterior"),
    ),
    Entry(
        "knee_guards",
        _l("With a new knee: use pillows so it does not carry much weight, and take as much care getting out of a position as getting into it."),
        ("krames_joint",),
        when=has("knee_replacement"),
    ),
    Entry(
        "back_guards",
        # a sore hip and a back that hurts when it arches: no towel in the curve (facts 13.5)
        _l("Keep your lower back and your sore hip still, and let pillows support you."),
        ("spine_sparing", "pain_support"),
        when=lambda r: "hip" in r.pain_sites and "lower_back" in r.pain_sites and r.back_pain_pattern == "worse_arching_back",
    ),
    Entry(
        "back_guards",
        # a sore hip too: the spine-sparing "move from your hips" is not for them (facts 13.5, 8)
        _l("Keep your lower back and your sore hip still, and let pillows support you. If you are the one lying still, put a small rolled towel under the curve of your lower back."),
        ("spine_sparing", "pain_support"),
        when=lambda r: "hip" in r.pain_sites and ("lower_back" in r.pain_sites or r.has("spinal_surgery")),
    ),
    Entry(
        "back_guards",
        _l("Move from your hips and knees, not your lower back."),
        ("spine_sparing",),
        when=lambda r: "lower_back" in r.pain_sites and r.back_pain_pattern == "worse_arching_back",
    ),
    Entry(
        "back_guards",
        # surgery on the neck, not the low back: the spinal-surgery rules without the lumbar roll (facts 13.3)
        _l("Keep your back still. Bend at your hips and knees, not your waist, and do not twist."),
        ("spine_surgery_sex",),
        when=lambda r: r.has("spinal_surgery") and "neck" in r.pain_sites and "lower_back" not in r.pain_sites,
    ),
    Entry(
        "back_guards",
        _l("Move from your hips and knees, not your lower back. If you are the one lying still, put a small rolled towel under the curve of your lower back."),
        ("spine_sparing", "mcgill_female"),
        when=lambda r: r.has("spinal_surgery") or "lower_back" in r.pain_sites,
    ),
)

# Safety lines that are cautions, not dangers, yet hold the plan together: the preview cannot leave
# them out (red flags, dangers, clinician alerts and the "avoid for now" list never can either).
# The limits they explain are enforced by the plan's steps and positions; the couple must read why.
KEPT_IN_REVIEW = (
    "bad_day", "general_guidance", "stairs_check", "sternal_precautions", "partner_tablets",
    "hysterectomy_nothing_inside", "nothing_inside_after_radiotherapy", "stoma_nothing_inside",
    "post_op_check_first", "never_stop_medicine", "partner_own_tablets",
    "timing_unknown", "symptom_led", "hip_guards",
)
# Sections the preview may thin out but never empty: the last one left has no "Leave out" button.
NEVER_EMPTY = ("positions", "rituals", "consent_signals", "conversation_prompts", "pacing_rules")

MAX_QUESTIONS = 5

# --- A page for the partner ----------------------------------------------------------

PARTNER = (
    Entry(
        "no_pressure",
        _l("Your support matters most when it comes without pressure. Offer closeness, and let your partner choose how much."),
        ("sensate_focus", "steinke2013"),
    ),
    Entry(
        "read_cues",
        _l("Watch for signs of tiredness or pain: a change in breathing, a pause, a tense face. Ask, 'Shall we slow down?' and rest together if so."),
        ("cardiac_symptoms", "sensate_focus"),
    ),
    Entry(
        "take_turns",
        _l("Take turns to suggest time together, so your partner can ask too and never feels they owe you."),
        ("plissit",),
    ),
    Entry(
        "do_the_moving",
        # both partners have limits: the positions may have either one moving, so the line says share it
        _l("You have a heart condition too. Share the moving between you, go gently, rest when you need to, and stop if you get chest pain. Keep your GTN close."),
        ("gtn_plan", "aha2012"),
        when=lambda r: r.partner_takes("nitrates") and symptoms_limit_effort(r),
    ),
    Entry(
        "do_the_moving",
        # the partner who is recovering has no limit on effort, but their condition may give the other
        # partner the moving (a new hip): no "share the moving" beside positions that say otherwise
        _l("You have a heart condition too. Go gently, rest when you need to, and stop if you get chest pain. Keep your GTN close."),
        ("gtn_plan", "aha2012"),
        when=lambda r: r.partner_takes("nitrates"),
    ),
    Entry(
        "do_the_moving",
        _l("In the positions in this plan, you do more of the moving, so your partner can save their strength."),
        ("four_ps",),
        # nothing is healing (no operation, event or radiotherapy in the last 13 weeks) but energy is short
        when=lambda r: not (r.has(*TIMED_CONDITIONS, "pelvic_radiotherapy", "ostomy") and _recent(r, 13))
        and (r.fatigue >= 4 or r.pain >= 4 or r.cardiac or r.has("copd_breathlessness", "long_covid_mecfs", "multiple_sclerosis"))
        and patient_kept_still(r),
    ),
    Entry(
        "do_the_moving",
        _l("In the positions in this plan, you do more of the moving. That saves your partner's energy and protects what is healing."),
        when=lambda r: r.has(*TIMED_CONDITIONS, "pelvic_radiotherapy", "ostomy") and _recent(r, 13)
        and patient_kept_still(r),
        sources=cite_for(("four_ps",), hip_replacement_posterior=("joint_return",), hip_replacement_anterior=("joint_return",),
                 knee_replacement=("joint_return",), lower_back=("mcgill_male", "mcgill_female"), spinal_surgery=("pain_support",),
                 sternotomy=("sternal",), heart_attack=("aha2012",), heart_failure=("aha2012",)),
    ),
    Entry(
        "own_worries",
        _l("It is normal to be afraid of causing harm. Come to a visit and ask your questions; the team is there for you both."),
        ("steinke2013", "stroke_uk2023"),
    ),
    Entry(
        "partner_own_tablets",
        _l("You take a nitrate and an erection tablet. They are not safe together: do not take the erection tablet, and talk to your own doctor. Do not stop your heart medicine. If you get chest pain within 24 hours of an erection tablet (48 hours of tadalafil), do not use your GTN: call emergency services and say which tablet and when."),
        ("nitrate_pde5_action",),
        when=lambda r: r.partner_takes("nitrates") and r.partner_takes("pde5_inhibitor"),
    ),
    Entry(
        "partner_own_tablets",
        _l("You take erection tablets. Keep them away from your partner's medicines and never share them. Never use your partner's GTN or poppers: after your erection tablet they can make your blood pressure fall dangerously."),
        ("shared_tablets", "nitrate_pde5_action"),
        when=lambda r: r.partner_takes("pde5_inhibitor") and r.has("nitrates"),
    ),
    Entry(
        "partner_own_tablets",
        _l("You take erection tablets. Keep them away from your partner's medicines and never share them: with your partner's heart medicine they could be dangerous. Never use poppers with your tablets."),
        ("shared_tablets", "riociguat"),
        when=lambda r: r.partner_takes("pde5_inhibitor") and r.has("riociguat", "vericiguat"),
    ),
    Entry(
        "partner_own_tablets",
        _l("You take a nitrate, such as GTN. Never take your partner's erection tablets, and do not use poppers or 'herbal' sex pills. If you get chest pain, stop and follow the plan your own team gave you."),
        ("shared_tablets",),
        when=lambda r: r.partner_takes("nitrates") and not r.partner_takes("riociguat", "vericiguat"),
    ),
    Entry(
        "partner_own_tablets",
        _l("You take a nitrate, riociguat or vericiguat. Never take your partner's erection tablets, and do not use poppers or 'herbal' sex pills. If you get chest pain, stop and follow the plan your own team gave you."),
        ("shared_tablets", "riociguat"),
        when=lambda r: r.partner_takes("nitrates", "riociguat", "vericiguat"),
    ),
    Entry(
        "partner_own_tablets",
        _l("You take erection tablets. Never share them, and never use poppers with them: together they can make your blood pressure drop very low."),
        ("shared_tablets",),
        when=lambda r: r.partner_takes("pde5_inhibitor"),
    ),
    Entry(
        "partner_antidepressant",
        _l("Your own antidepressant can lower desire or delay orgasm too. That is common and can be helped: talk to your prescriber. Never stop it all at once."),
        ("ssri_sexual",),
        when=lambda r: r.partner_takes("ssri_snri"),
    ),
    Entry(
        "partner_dizziness",
        _l("Your own alpha-blocker (such as tamsulosin or doxazosin) can make you dizzy when you stand up, more so with an erection tablet. Get up slowly after sex; if you feel faint, lie down with your legs raised."),
        ("alpha_blocker",),
        when=lambda r: r.partner_takes("alpha_blocker"),
    ),
    Entry(
        "weak_arm",
        _l("Never pull on the weak arm to move or turn your partner, or lift under that armpit. Move the body, not the arm, and rest the weak arm on a pillow."),
        ("stroke_positioning",),
        when=has("stroke_one_side_weak"),
    ),
    Entry(
        "low_mood_signs",
        _l("If your partner talks about dying, or seems suddenly calm after a low time, ask them straight out whether they are thinking of ending their life. Asking does not make suicide more likely. Get help the same day."),
        ("mental_health_crisis",),
        when=has("depression_anxiety", "ssri_snri"),
    ),
    Entry(
        "partner_tamoxifen",
        _l("You take tamoxifen. Do not start a pregnancy while you take it, or for some months after you stop: ask your own team how long, and which birth control is safe for you."),
        ("endocrine_breast", "gap"),
        when=lambda r: r.partner_takes("tamoxifen") and pregnancy_possible(r),
    ),
    Entry(
        "partner_hormone_therapy",
        _l("Hormone treatment often lowers your partner's wish for sex. It is the medicine, not a sign about you or your relationship. Closeness without sex still matters."),
        ("adt",),
        when=has("androgen_deprivation"),
    ),
    Entry(
        "partner_urges",
        _l("Some of your partner's medicines can cause strong urges: for sex, gambling, shopping or food. Your partner may not see it as a problem. If you notice a change, tell their doctor or nurse. It is a side effect, not a fault. You never have to agree to sex you do not want. If you feel pressured or unsafe, you can speak to the nurse or doctor on your own."),
        ("impulse_control", "article"),
        when=has("dopamine_agonist"),
    ),
    Entry(
        "icd_touch",
        _l("If your partner has an ICD: a shock while you are touching them cannot harm you."),
        ("icd_shock_plan",),
        when=has("pacemaker_icd"),
    ),
    Entry(
        "if_unwell",
        _l("If your partner feels unwell when you are close, stop and help them sit up. Then follow the red box \"Stop and get help\". If they collapse and are not breathing normally, call for an ambulance and start CPR if you can."),
        ("gap",),
        when=lambda r: r.cardiac or r.stroke,
    ),
    Entry(
        "look_after_yourself",
        _l("Look after yourself too: sleep, time with friends, and help with daily tasks. A rested partner is a kinder partner."),
        ("four_ps",),
    ),
)

# The pause signal on page one ("Pause signal: ..."), in a few words; the first that fits is printed.
GLANCE_PAUSE_SIGNALS = (
    Entry(
        "pause_signal",
        _l("a tap with the stronger hand, a shake of the head or a card, that either of you can use at any time."),
        ("stroke_positioning",),
        when=has("stroke_one_side_weak"),
    ),
    Entry(
        "pause_signal",
        _l("a word or a squeeze of the hand that either of you can use at any time."),
        ("sensate_focus", "plissit"),
    ),
)

CONSENT_SIGNALS = (
    Entry(
        "pause_signal",
        _l("Agree on a stop sign before you start that needs no words: a tap with the stronger hand, a shake of the head, or a card by the bed. Stop at once when you see it."),
        ("stroke_positioning", "asa_stroke"),
        when=has("stroke_one_side_weak"),
    ),
    Entry("pause_signal", _l("Agree on a pause word or signal, like a squeeze of the hand. Either of you can use it at any time, and the other stops kindly."), ("sensate_focus", "plissit")),
    Entry("slow_down", _l("'Slower' or 'gentler' is always fine to say. Check in with a look or a word."), ("sensate_focus",)),
    Entry("switch_to_comfort", _l("Either of you can switch to cuddling or rest at any time. That is not failure; it is the plan working."), ("sensate_focus",)),
    Entry("ask_first", _l("Ask before you try something new: 'Is this OK?'"), ("plissit",)),
    Entry("no_is_not_rejection", _l("Saying no to sex is never saying no to the person. Offer another kind of closeness instead."), ("plissit",)),
)
