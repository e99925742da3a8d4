"""Stages, tips, rituals, medicine notes, warnings, red flags and words for the couple.

Every entry carries the sources it rests on (keys of ``SOURCES``) and a
trigger saying when it is printed. Written for reading grade 6-8: short
sentences, "you" is the partner who is recovering.
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

from clinic.content import Entry, has
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
    1: _l("Spend easy time together and talk. No touch is expected."),
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


REST_LABEL = _l("Rest day: comfort, no plans")
CHECK_IN_LABEL = _l("Weekly check-in: talk about how the week went")
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
        _l("Move up a step only after 2 or 3 days with no crash. A crash means feeling much worse 12 to 48 hours after effort. If you crash, step back one stage and rest. This is not an emergency."),
        ("nice_ng206", "pacing_long_covid"),
        when=lambda r: r.has("long_covid_mecfs") or r.fatigue >= 7,
    ),
    Entry(
        "every_two_weeks",
        _l("Stay on each step for about two weeks before you try the next one."),
        ("four_ps", "nccn_fatigue"),
        when=lambda r: 4 <= max(r.fatigue, r.pain) <= 6 and not r.has("long_covid_mecfs"),
    ),
    Entry(
        "not_on_unwell_days",
        _l("Do not move up a step when you are breathless at rest, more unwell than usual, feverish or exhausted, or in the days after a big change in your medicines."),
        ("cardiac_symptoms",),
        when=lambda r: r.cardiac or r.has("copd_breathlessness"),
    ),
    Entry(
        "stop_before_tired",
        _l("Stop before you feel tired, not after. Sex counts as effort for the body and the mind."),
        ("pacing_long_covid", "four_ps"),
        when=lambda r: r.fatigue >= 4 or r.has("long_covid_mecfs", "cancer_treatment", "multiple_sclerosis"),
    ),
)

# --- Rest and energy ---------------------------------------------------------------

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
        _l("A warm shower or bath before can ease stiff muscles. Do not put heat on skin that feels numb."),
        ("gap",),
        when=lambda r: r.pain >= 4 or r.has("arthritis", "chronic_pain", "lower_back", "neck", "widespread"),
    ),
    Entry(
        "light_meal",
        _l("Avoid a heavy meal or alcohol just before. Both make the heart and lungs work harder."),
        ("mayo_news", "copd"),
        when=lambda r: r.cardiac or r.has("copd_breathlessness"),
    ),
    Entry(
        "inhaler_first",
        _l("If you have a reliever inhaler, use it about 15 minutes before. Clear any phlegm first. If you use oxygen, use it at your activity flow rate."),
        ("copd",),
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
        _l("Use pillows to support your weaker side. Choose positions where your stronger side does the work."),
        ("asa_stroke",),
        when=has("stroke_one_side_weak"),
    ),
    Entry(
        "hip_pillow",
        _l("When you lie on your side, keep a pillow between your knees so your new hip stays in line."),
        ("hip_precautions",),
        when=has("hip_replacement_posterior"),
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
        _l("Heat can make MS symptoms worse for a while. A cool room and a cool drink can help."),
        ("gap",),
        when=has("multiple_sclerosis"),
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
        _l("Each day, take two minutes. Each of you says one thing about your body and one about your mood today. Just listen; no fixing."),
        ("plissit", "sensate_focus"),
        title=_l("Daily two-minute check-in"),
    ),
    Entry(
        "twilight_wind_down",
        _l("In the evening, dim the lights, put phones away and lie close for ten minutes. There is no goal except resting together."),
        ("sensate_focus",),
        title=_l("Twilight wind-down"),
    ),
    Entry(
        "care_date",
        _l("Once a week, plan one small, easy thing together: tea on the sofa, music, a short walk or a photo album."),
        ("sensate_focus", "four_ps"),
        title=_l("Weekly care date"),
    ),
    Entry(
        "take_turns_asking",
        _l("Take turns asking for closeness, so neither of you is always the one who asks or the one who waits."),
        ("plissit",),
        title=_l("Take turns to start"),
    ),
    Entry(
        "small_wins",
        _l("At the end of each week, name one moment that felt good. Small wins count."),
        ("plissit",),
        title=_l("Notice small wins"),
    ),
    Entry(
        "shared_calendar",
        _l("Mark rest days, appointments and your time together on one calendar you both see, so nothing is a surprise."),
        ("four_ps",),
        title=_l("A shared calendar"),
    ),
)

# --- Medicines and their effects -------------------------------------------------------


def _any_medicine(r: PlanRequest) -> bool:
    return bool(r.medications or r.medication_effects)


MEDICATION_NOTES = (
    Entry(
        "never_stop_medicine",
        _l("Do not stop or change any medicine yourself. If a medicine affects your sex life, talk to your prescriber. A change of dose, timing or medicine can often help."),
        ("drug_sexual_effects", "aha2012"),
        when=_any_medicine,
        effect="any",
    ),
    Entry(
        "low_desire",
        _l("Lower desire is common with illness and with some medicines. It is not your fault. Closeness without a goal still counts, and desire often grows once touch begins."),
        ("drug_sexual_effects",),
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
        _l("Use a vaginal moisturiser regularly, a few times a week, and a lubricant each time you have sex. Take longer with touch before anything goes inside."),
        ("aromatase", "vaginal_care"),
        when=lambda r: r.has("vaginal_dryness", "pelvic_radiotherapy"),
        effect="vaginal_dryness",
    ),
    Entry(
        "lubricant_and_condoms",
        _l("With latex condoms, use only water-based or silicone-based lubricant. Never use oil, petroleum jelly, baby oil or lotion: they weaken latex."),
        ("lubricant_latex",),
        when=lambda r: r.has("vaginal_dryness", "pelvic_radiotherapy", "pelvis_genital", "hysterectomy", "cancer_treatment"),
        effect="vaginal_dryness",
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
        _l("Take your erection tablet only as prescribed. It never goes with nitrates."),
        ("pde5_nitrate",),
        when=has("pde5_inhibitor"),
        effect="pde5_inhibitor",
    ),
    Entry(
        "anticoagulant",
        _l("Blood thinners make you bruise and bleed more easily. Be gentle, use plenty of lubricant, and avoid firm pressure or gripping."),
        ("gap",),
        when=has("anticoagulant"),
        effect="anticoagulant",
    ),
    Entry(
        "opioid",
        _l("Strong pain medicines (opioids) can make you sleepy or dizzy and can lower desire. Talk to your prescriber if this bothers you; do not change the dose yourself."),
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
        when=lambda r: r.cardiac,
        effect="cardiac",
    ),
    Entry(
        "stroke_reassurance",
        _l("Sex is very unlikely to cause another stroke. Fear is common; talking about it with your team helps."),
        ("stroke_uk2023", "asa_stroke"),
        when=has("stroke_one_side_weak"),
        effect="stroke_one_side_weak",
    ),
    Entry(
        "copd_breathless_ok",
        _l("Getting a little out of breath during sex is expected and not dangerous. Slow down, breathe out through pursed lips, and rest. Your lung medicines do not lower sex drive."),
        ("copd",),
        when=has("copd_breathlessness"),
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
        _l("After prostate surgery, erections often take time to come back. Your urology team may suggest erection tablets, a vacuum device or injections, started early. Closeness and touch without an erection are part of the plan too."),
        ("prostatectomy",),
        when=has("prostatectomy"),
        effect="prostatectomy",
    ),
    Entry(
        "dilators",
        _l("Radiotherapy can make the vagina narrower and drier. Using a dilator keeps it open: start when your team says, usually a few weeks after treatment ends. About 3 times a week for 5 to 10 minutes, with water-based lubricant. A little spotting at first is common."),
        ("vaginal_care",),
        when=has("pelvic_radiotherapy"),
        effect="pelvic_radiotherapy",
    ),
    Entry(
        "hysterectomy_wait",
        _l("After a hysterectomy, wait until any discharge has stopped and your surgeon has checked that you have healed before anything goes inside the vagina. Other closeness is fine."),
        ("hysterectomy",),
        when=has("hysterectomy"),
        effect="hysterectomy",
    ),
    Entry(
        "joint_clearance",
        _l("Most people return to sex 4 to 6 weeks after a hip or knee replacement, once the surgeon agrees. Your partner takes the more active role. Change position if the new joint feels loaded."),
        ("joint_return",),
        when=lambda r: r.has("hip_replacement_posterior", "hip_replacement_anterior", "knee_replacement"),
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
        when=has("spinal_surgery"),
        effect="spinal_surgery",
    ),
    Entry(
        "cancer_treatment_ask",
        _l("During cancer treatment, ask your team whether you need condoms for a few days after each treatment, and whether to avoid sex when your blood counts are low."),
        ("gap",),
        when=has("cancer_treatment"),
        effect="cancer_treatment",
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
        ("plissit", "drug_sexual_effects"),
        when=has("depression_anxiety"),
        effect="depression_anxiety",
    ),
    Entry(
        "parkinsons_impulses",
        _l("Some Parkinson's medicines can cause strong urges, including sexual urges. If this happens, tell your prescriber; it can be treated."),
        ("gap",),
        when=has("parkinsons"),
        effect="parkinsons",
    ),
    Entry(
        "icd_shock",
        _l("An ICD shock during sex does not harm your partner. If you get one shock and feel well, stop, rest and call your clinic."),
        ("gap",),
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
        ("plissit", "stroke_uk2023"),
        effect="any",
    ),
)

# --- Warnings ------------------------------------------------------------------------


def _stroke_recent(r: PlanRequest) -> bool:
    return r.has("stroke_one_side_weak") and (r.weeks_since_event is None or r.weeks_since_event < 13)


def _timing_matters(r: PlanRequest) -> bool:
    return r.weeks_since_event is None and r.has(
        "heart_attack", "sternotomy", "pacemaker_icd", "hip_replacement_posterior",
        "hip_replacement_anterior", "knee_replacement", "spinal_surgery", "hysterectomy",
        "abdominal_surgery", "prostatectomy", "stroke_one_side_weak",
    )


WARNINGS = (
    Entry(
        "pde5_nitrate",
        _l("Never take erection tablets (sildenafil, tadalafil, vardenafil or avanafil) with nitrates (GTN spray or tablets, isosorbide, nitrate patches). Together they can make your blood pressure fall dangerously. If a nitrate is ever needed, it must be at least 24 hours after sildenafil or vardenafil and 48 hours after tadalafil, and only under medical care."),
        ("pde5_nitrate", "aha2012"),
        when=lambda r: r.has("nitrates") and r.has("pde5_inhibitor"),
        severity="danger",
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
        _l("If chest pain starts after you took an erection tablet, call emergency services. Tell them which tablet you took and when: this matters for the next 24 hours (sildenafil, vardenafil) or 48 hours (tadalafil). Do not take a nitrate yourself."),
        ("pde5_nitrate",),
        when=lambda r: r.has("pde5_inhibitor") and (r.cardiac or r.has("nitrates")),
        severity="danger",
    ),
    Entry(
        "pde5_after_stroke",
        _l("Do not use erection tablets in the first 3 months after a stroke, or while your blood pressure is not under control. Ask your team about erection medicines after 3 months."),
        ("stroke_uk2023",),
        when=lambda r: _stroke_recent(r) and r.has("pde5_inhibitor", "erection_difficulty"),
        severity="danger",
    ),
    Entry(
        "unstable_ask_first",
        _l("Your team has said your condition is not stable yet. Ask them before any sexual activity. For now the plan is closeness only."),
        ("aha2012",),
        when=lambda r: r.unstable,
        severity="danger",
    ),
    Entry(
        "heart_attack_timing",
        _l("After a heart attack with no problems, many people can have sex from about 1 week on if mild activity gives no symptoms. Some teams advise waiting 3 to 6 weeks. Ask your heart team what fits you."),
        ("aha2012", "scai"),
        when=has("heart_attack"),
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
        when=lambda r: r.has("sternotomy") and (r.weeks_since_event is None or r.weeks_since_event < 8),
        severity="caution",
    ),
    Entry(
        "anticoagulant_bruising",
        _l("On blood thinners, bruising is easier. Bleeding that will not stop, or blood in your urine, needs a call to your team."),
        ("gap",),
        when=has("anticoagulant"),
        severity="caution",
    ),
    Entry(
        "alpha_blocker_dizziness",
        _l("Erection tablets can lower blood pressure. If you also take tablets for blood pressure or the prostate and feel faint, sit or lie down and tell your prescriber."),
        ("gap",),
        when=lambda r: r.has("pde5_inhibitor") and (r.has("dizziness") or r.has("prostatectomy") or r.cardiac),
        severity="caution",
    ),
    Entry(
        "fatigue_check",
        _l("Fatigue this high should be checked by your team. Some causes can be treated."),
        ("nccn_fatigue",),
        when=lambda r: r.fatigue >= 7,
        severity="caution",
    ),
    Entry(
        "pain_control",
        _l("Your pain is high right now. The plan stays with closeness until it is better controlled. Ask your team about pain control."),
        ("pain_support",),
        when=lambda r: r.pain >= 7,
        severity="caution",
    ),
    Entry(
        "hysterectomy_nothing_inside",
        _l("Nothing inside the vagina (no penis, fingers, toys or tampons) for at least 6 weeks after a hysterectomy, and until your surgeon has checked that it has healed."),
        ("hysterectomy",),
        when=lambda r: r.has("hysterectomy") and (r.weeks_since_event is None or r.weeks_since_event < 12),
        severity="caution",
    ),
    Entry(
        "timing_unknown",
        _l("The date of your surgery or event was not given, so this plan keeps the early limits. Ask your team when they end."),
        ("gap",),
        when=_timing_matters,
        severity="caution",
    ),
    Entry(
        "general_guidance",
        _l("This plan is general guidance. Follow your own care team's advice."),
        ("health_literacy",),
        severity="caution",
    ),
)

# Emitted by the planner (not by a trigger) when it lowers the clinician's start stage.
def start_stage_limited(stage: int):
    return _l("The starting step was lowered to step %(stage)s because of the limits in this plan.", stage=stage)

# --- Red flags -------------------------------------------------------------------------


def _recent_surgery(r: PlanRequest) -> bool:
    surgical = r.has(
        "sternotomy", "pacemaker_icd", "hip_replacement_posterior", "hip_replacement_anterior",
        "knee_replacement", "spinal_surgery", "prostatectomy", "hysterectomy", "abdominal_surgery",
        "ostomy",
    )
    return surgical and (r.weeks_since_event is None or r.weeks_since_event < 13)


RED_FLAGS = (
    Entry(
        "chest_pain",
        _l("Chest pain, pressure or tightness, or pain spreading to the arm, neck, jaw or back: stop. If it does not go away within a few minutes of rest, call emergency services."),
        ("cardiac_symptoms", "aha2012"),
    ),
    Entry(
        "breathlessness",
        _l("Breathlessness that does not ease when you stop and rest, or that stops you finishing a sentence: call emergency services."),
        ("cardiac_symptoms",),
        when=lambda r: r.cardiac or r.has("copd_breathlessness", "long_covid_mecfs", "chest"),
    ),
    Entry(
        "blue_lips",
        _l("Blue lips, or your reliever inhaler does not help: call emergency services."),
        ("gap", "copd"),
        when=has("copd_breathlessness"),
    ),
    Entry(
        "fainting",
        _l("Fainting, or feeling you are about to faint, or a cold sweat: stop, lie down and get help."),
        ("cardiac_symptoms",),
        when=lambda r: r.cardiac or r.has("dizziness", "pde5_inhibitor", "nitrates"),
    ),
    Entry(
        "palpitations",
        _l("A racing or uneven heartbeat that does not settle with rest: get medical help."),
        ("cardiac_symptoms",),
        when=lambda r: r.cardiac,
    ),
    Entry(
        "icd_shocks",
        _l("More than one ICD shock, or a shock and you feel unwell: call emergency services."),
        ("gap",),
        when=has("pacemaker_icd"),
    ),
    Entry(
        "stroke_signs",
        _l("Sudden weakness or numbness of the face, arm or leg, trouble speaking, or a sudden severe headache: call emergency services at once."),
        ("stroke_uk2023", "gap"),
    ),
    Entry(
        "priapism",
        _l("An erection that lasts more than 4 hours: go to the emergency department now."),
        ("priapism",),
        when=has("pde5_inhibitor", "prostatectomy"),
    ),
    Entry(
        "vision_loss",
        _l("Sudden loss of sight after an erection tablet: stop taking it and get urgent medical help."),
        ("pde5_vision",),
        when=has("pde5_inhibitor"),
    ),
    Entry(
        "bleeding",
        _l("Bleeding after sex that is more than light spotting, or bleeding that will not stop: get medical help the same day."),
        ("hysterectomy", "vaginal_care"),
        when=has("hysterectomy", "pelvic_radiotherapy", "prostatectomy", "anticoagulant", "pelvis_genital", "cancer_treatment"),
    ),
    Entry(
        "wound",
        _l("A wound that opens, or gets red, hot, swollen or leaky, or a fever: call your team today."),
        ("sternal", "hysterectomy"),
        when=_recent_surgery,
    ),
    Entry(
        "breastbone_clicking",
        _l("Clicking or movement in your breastbone: stop and call your surgical team."),
        ("sternal", "gap"),
        when=lambda r: r.has("sternotomy") and (r.weeks_since_event is None or r.weeks_since_event < 13),
    ),
    Entry(
        "hip_dislocation",
        _l("Sudden severe hip pain, a leg that looks shorter or turned, or you cannot stand on it: get emergency help."),
        ("gap", "hip_precautions"),
        when=has("hip_replacement_posterior", "hip_replacement_anterior"),
    ),
    Entry(
        "hysterectomy_emergency",
        _l("Fever, bad-smelling discharge, or anything coming out of the vagina after a hysterectomy: get emergency help."),
        ("hysterectomy",),
        when=has("hysterectomy"),
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
        when=lambda r: r.cardiac or r.has("stroke_one_side_weak", "copd_breathlessness"),
    ),
    Entry(
        "body_image",
        _l("Is there anything about your body you feel shy about now? What would help you feel at ease?"),
        ("ostomy", "aromatase"),
        when=has("ostomy", "cancer_treatment", "prostatectomy", "hysterectomy", "sternotomy", "abdominal_surgery", "lymphoedema"),
    ),
    Entry(
        "desire_differs",
        _l("If one of us wants closeness more often than the other, how can we meet in the middle?"),
        ("plissit",),
        when=has("low_desire", "depression_anxiety"),
    ),
)

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
        _l("In the positions in this plan, you do more of the moving. That saves your partner's energy and protects what is healing."),
        ("joint_return", "mcgill_male"),
    ),
    Entry(
        "own_worries",
        _l("It is normal to be afraid of causing harm. Come to a visit and ask your questions; the team is there for you both."),
        ("steinke2013", "stroke_uk2023"),
    ),
    Entry(
        "look_after_yourself",
        _l("Look after yourself too: sleep, time with friends, and help with daily tasks. A rested partner is a kinder partner."),
        ("four_ps",),
    ),
)

CONSENT_SIGNALS = (
    Entry("pause_signal", _l("Agree on a pause word or signal, like a squeeze of the hand. Either of you can use it at any time, and the other stops kindly."), ("sensate_focus", "plissit")),
    Entry("slow_down", _l("'Slower' or 'gentler' is always fine to say. Check in with a look or a word."), ("sensate_focus",)),
    Entry("switch_to_comfort", _l("Either of you can switch to cuddling or rest at any time. That is not failure; it is the plan working."), ("sensate_focus",)),
    Entry("ask_first", _l("Ask before you try something new: 'Is this OK?'"), ("plissit",)),
    Entry("no_is_not_rejection", _l("Saying no to sex is never saying no to the person. Offer another kind of closeness instead."), ("plissit",)),
)
