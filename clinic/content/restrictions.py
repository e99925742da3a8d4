"""What the patient's constraints rule out, and for how long.

A restriction names the loads (see ``clinic.model.LOADS``) it forbids, the
loads it only discourages (ranked lower, not banned), and the highest stage of
the ladder it allows. Time-limited restrictions count weeks from the event;
when the clinician left ``weeks_since_event`` empty, the plan assumes the
event was recent (the safe reading) and says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask_babel import lazy_gettext as _l

from clinic.content import (
    Trigger,
    always,
    check_pending,
    has,
    has_penis,
    long_standing,
    operation_weeks,
    symptoms_limit_effort,
)
from clinic.model import PlanRequest


@dataclass(frozen=True)
class Restriction:
    id: str
    reason: Any  # one short sentence, shown under "avoid for now" and "why the plan holds"
    sources: tuple[str, ...]
    when: Trigger = always
    within_weeks: int | None = None  # None: for as long as the constraint is there
    forbids: tuple[str, ...] = ()
    discourages: tuple[str, ...] = ()
    stage_cap: int | None = None
    # While the treatment is still going on, ``weeks_since_event`` counts from its start,
    # so a window "after treatment" has not begun: the restriction holds all plan long.
    holds_in_treatment: bool = False
    # A cap from today's symptoms (severe fatigue or pain), not from healing: where the clinician says a
    # stable couple with no recent event is already at a higher step (start_stage), the plan keeps
    # that step and does not climb past it (issue 13; facts 13.10: meet the couple where they are).
    yields_to_start_stage: bool = False
    # The window counts from the operation (``weeks_since_surgery`` when given), not from a treatment.
    after_operation: bool = False

    def active(self, request: PlanRequest, week_index: int = 0) -> bool:
        """Whether this restriction holds in week ``week_index`` (0 = the plan's first week)."""
        if not self.when(request):
            return False
        if self.holds_in_treatment and request.in_treatment:
            return True
        weeks_since = operation_weeks(request) if self.after_operation else request.weeks_since_event
        if self.within_weeks is None or weeks_since is None:
            return True
        return weeks_since + week_index < self.within_weeks


def _back(pattern: str) -> Trigger:
    return lambda r: "lower_back" in r.pain_sites and r.back_pain_pattern == pattern


def _joint_replacement(r: PlanRequest) -> bool:
    return r.has("hip_replacement_posterior", "hip_replacement_anterior", "knee_replacement")


RESTRICTIONS: tuple[Restriction, ...] = (
    # --- Heart -------------------------------------------------------------
    Restriction(
        "unstable",
        _l("Your team has said your condition is not yet stable. Ask them before any sexual activity."),
        ("aha2012",),
        when=lambda r: r.unstable,
        forbids=("high_exertion",),
        stage_cap=2,
    ),
    Restriction(
        "heart_attack_first_week",
        _l("Your heart attack was less than a week ago. The first week is for rest and closeness."),
        ("aha2012", "scai"),
        when=has("heart_attack"),
        within_weeks=1,
        stage_cap=2,
    ),
    Restriction(
        "heart_attack_early",
        _l("Your heart is still recovering from the heart attack, so hard effort waits."),
        ("scai", "aha2012"),
        when=has("heart_attack"),
        within_weeks=6,
        forbids=("high_exertion",),
    ),
    Restriction(
        "pci_first_days",
        _l("Your stent was put in less than a week ago. Wait at least 5 days before sex."),
        ("pci", "scai"),
        when=has("pci_stent"),
        within_weeks=1,
        stage_cap=2,
    ),
    Restriction(
        "pci_access",
        _l("If the stent tube went in at your groin, avoid positions that press on or bend that groin for 2 weeks. If it went in at your wrist, do not lean on that hand for 2 days."),
        ("pci",),
        when=has("pci_stent"),
        within_weeks=2,
        discourages=("hip_flexion_over_90", "arm_weight_bearing"),
    ),
    Restriction(
        "sternotomy",
        _l("Your breastbone takes about 8 weeks to heal. Until then, no pushing or pulling with your arms and no weight on your chest."),
        ("sternal", "scai", "aha2012"),
        when=has("sternotomy"),
        within_weeks=8,
        after_operation=True,
        forbids=("arm_weight_bearing", "chest_pressure"),
        stage_cap=4,
    ),
    Restriction(
        "pacemaker_icd_new",
        _l("For about 6 weeks after a new pacemaker or ICD, keep the arm on that side below shoulder height. Do not lean on it, push up with it or press on the device."),
        ("device_arm",),
        when=has("pacemaker_icd"),
        within_weeks=6,
        after_operation=True,
        forbids=("arm_weight_bearing", "chest_pressure"),
    ),
    Restriction(
        "heart_failure",
        _l("With heart failure, your partner does the harder work and you stay with gentle effort."),
        ("hf2007", "aha2012"),
        when=has("heart_failure"),
        forbids=("high_exertion",),
    ),
    # --- Lungs -------------------------------------------------------------
    Restriction(
        "breathlessness",
        _l("Lying flat, weight on your chest and hard effort make breathing harder."),
        ("copd",),
        when=has("copd_breathlessness"),
        forbids=("lying_flat", "chest_pressure", "high_exertion"),
    ),
    # --- Joints and spine --------------------------------------------------
    Restriction(
        "hip_posterior_precautions",
        _l("Your new hip needs its precautions for about 3 months, unless your surgeon says otherwise. No deep bending, no crossing the legs, no turning the leg inward, and no kneeling or sitting astride."),
        # "gap": the kneeling part rests on no confirmed source (below)
        ("hip_precautions", "hip_precautions_duration", "charbonnier2014", "gap"),
        when=has("hip_replacement_posterior"),
        # the sources give 6 weeks to 3 months: the longer time, unless the surgeon says less (facts 13.4)
        within_weeks=12,
        after_operation=True,
        # kneeling astride or on all fours: the deep bend is in getting into and out of it (reviewer
        # judgement, no confirmed source; the anterior sheets name straddling: facts 13.4)
        forbids=("hip_flexion_over_90", "hip_adduction_rotation", "kneeling"),
    ),
    Restriction(
        "hip_anterior_precautions",
        _l("For about 3 months, unless your surgeon says otherwise, do not stretch your new hip far back with the foot turned out, and do not kneel or sit astride."),
        ("hip_precautions", "hip_precautions_duration", "charbonnier2014"),
        when=has("hip_replacement_anterior"),
        within_weeks=12,
        after_operation=True,
        # straddling and kneeling on the new side are on the anterior sheets (facts 13.4)
        forbids=("hip_extension_rotation", "kneeling"),
    ),
    Restriction(
        "hip_after_precautions",
        _l("Even after the first weeks, very deep bending or turning of a new hip carries more risk, so positions that ask for it come lower on your list."),
        ("charbonnier2014",),
        when=has("hip_replacement_posterior", "hip_replacement_anterior"),
        forbids=(),
        discourages=("hip_flexion_over_90", "hip_extension_rotation", "hip_adduction_rotation"),
    ),
    Restriction(
        "joint_replacement_early",
        _l("Most surgeons clear sex about 4 to 6 weeks after a hip or knee replacement. Until then, the plan stays with closeness and touch."),
        ("joint_return",),
        when=_joint_replacement,
        within_weeks=4,
        after_operation=True,
        stage_cap=3,
    ),
    Restriction(
        "knee_replacement_kneeling",
        _l("Do not kneel on your new knee for about 3 months."),
        ("alberta_tka", "joint_return"),
        when=has("knee_replacement"),
        within_weeks=13,
        after_operation=True,
        forbids=("kneeling",),
    ),
    Restriction(
        "knee_replacement_later",
        _l("Once your knee has healed, kneeling may feel odd or sore, but it will not harm the new joint. Use a soft cushion, and have something to hold when you get up."),
        ("tkr_kneeling", "joint_return"),
        when=has("knee_replacement"),
        discourages=("kneeling",),
    ),
    Restriction(
        "spinal_surgery",
        _l("After spinal surgery your back should stay still and supported until your surgeon says otherwise."),
        # the 12 weeks are the top of the range clinics give (6 weeks to 3 months): no guideline (facts 13.3)
        ("spine_surgery_sex", "gap"),
        when=has("spinal_surgery"),
        within_weeks=12,
        after_operation=True,
        forbids=("spine_flexion", "spine_extension", "high_exertion", "pelvic_movement"),
    ),
    Restriction(
        "spinal_surgery_early",
        _l("In the first weeks after spinal surgery, the plan stays with closeness and touch until your surgeon clears you."),
        ("gap",),
        when=has("spinal_surgery"),
        within_weeks=4,
        after_operation=True,
        stage_cap=3,
    ),
    Restriction(
        "spinal_surgery_step_5",
        _l("After spinal surgery, sex waits at least 6 weeks, and until your surgeon says it is OK."),
        # the clinic default for a discectomy or decompression; a fusion may need longer (facts 13.3,
        # inference from clinic defaults: no guideline)
        ("spine_surgery_sex", "gap"),
        when=has("spinal_surgery"),
        within_weeks=6,
        after_operation=True,
        stage_cap=4,
    ),
    Restriction(
        "back_worse_bending_forward",
        _l("Your back pain is worse when you bend forward, so keep your back long."),
        ("mcgill_male", "mcgill_female"),
        when=_back("worse_bending_forward"),
        forbids=("spine_flexion",),
    ),
    Restriction(
        "back_worse_arching",
        _l("Your back pain is worse when you arch your back, so keep it gently rounded."),
        ("mcgill_female",),
        when=_back("worse_arching_back"),
        forbids=("spine_extension",),
    ),
    Restriction(
        "back_unsure",
        _l("Keep your back still and move from your hips; let your partner do more of the moving."),
        ("mcgill_male", "mcgill_female"),
        # with a sore hip too, "move from your hips" is not for them (the line below)
        when=lambda r: _back("unsure")(r) and "hip" not in r.pain_sites,
        discourages=("spine_flexion", "spine_extension", "pelvic_movement"),
    ),
    Restriction(
        "back_unsure_sore_hip",
        _l("Keep your back and your sore hip still. Let pillows hold you, and let your partner do more of the moving."),
        ("mcgill_male", "mcgill_female", "joint_return"),
        when=lambda r: _back("unsure")(r) and "hip" in r.pain_sites,
        discourages=("spine_flexion", "spine_extension", "pelvic_movement"),
    ),
    Restriction(
        "neck_pain",
        _l("Your neck hurts, so keep it supported and avoid bending it forward for long."),
        ("pain_support",),
        when=has("neck"),
        forbids=("neck_flexion",),
    ),
    Restriction(
        "hands_shoulders",
        _l("Your hands, wrists or shoulders hurt, so they should not carry your weight."),
        ("pain_support", "joint_return"),
        when=has("hands_wrists", "shoulder"),
        forbids=("arm_weight_bearing",),
    ),
    Restriction(
        "hip_pain",
        _l("Your hip hurts, so avoid deep bending and twisting of the hip."),
        ("joint_return",),
        # a painful hip, not a new one: ranked lower, not the dislocation precautions
        when=has("hip"),
        discourages=("hip_flexion_over_90", "hip_adduction_rotation"),
    ),
    Restriction(
        "knee_pain",
        _l("Your knee hurts, so it should not carry your weight."),
        ("joint_return",),
        when=has("knee"),
        forbids=("kneeling",),
    ),
    Restriction(
        "chest_pain_site",
        _l("Your chest hurts, so nothing should press on it."),
        ("pain_support",),
        when=has("chest"),
        forbids=("chest_pressure",),
    ),
    Restriction(
        "breast_surgery_chest",
        _l("If you have had breast surgery, nothing needs to press on your chest until it has healed and feels fine."),
        ("breast_surgery", "gap"),
        when=has("breast_cancer"),
        within_weeks=8,
        after_operation=True,
        discourages=("chest_pressure",),
    ),
    Restriction(
        "widespread_pain",
        _l("Pain in many places means your body rests on pillows, not on your joints."),
        ("joint_return",),
        when=has("widespread"),
        forbids=("arm_weight_bearing", "kneeling", "high_exertion"),
    ),
    Restriction(
        "arthritis",
        _l("With arthritis, positions that load your hands or knees come lower on your list."),
        ("joint_return",),
        when=has("arthritis"),
        discourages=("kneeling", "arm_weight_bearing"),
    ),
    Restriction(
        "numb_feet",
        _l("Numb or painful feet make standing and balancing less safe."),
        ("gap",),
        when=has("feet_neuropathy"),
        forbids=("standing",),
    ),
    # --- Belly, pelvis and surgery ------------------------------------------
    Restriction(
        "ostomy",
        _l("Nothing should press on your stoma."),
        ("ostomy", "stoma_care"),
        when=has("ostomy"),
        forbids=("abdominal_pressure",),
    ),
    Restriction(
        "belly_pain",
        _l("Your belly hurts, so nothing should press on it."),
        ("pain_support",),
        when=has("abdomen"),
        forbids=("abdominal_pressure",),
    ),
    Restriction(
        "abdominal_surgery",
        _l("Your belly wound is still healing, so nothing should press on it."),
        ("gap",),
        when=has("abdominal_surgery", "hysterectomy", "prostatectomy"),
        within_weeks=8,
        after_operation=True,
        forbids=("abdominal_pressure",),
    ),
    Restriction(
        "hysterectomy",
        _l("After a hysterectomy, nothing goes inside the vagina for at least 6 weeks and until your surgeon has checked that it has healed."),
        ("hysterectomy",),
        when=has("hysterectomy"),
        within_weeks=6,
        after_operation=True,
        stage_cap=4,
    ),
    Restriction(
        "post_op_check",
        _l("Step 5 starts after your check: your surgical team must see that you have healed and say that penetration is OK."),
        ("hysterectomy_check", "prostatectomy_return"),
        # beyond 13 weeks the check has normally happened: the clinician is asked (post_op_check_assumed)
        when=check_pending,
        stage_cap=4,
    ),
    Restriction(
        "nothing_inside_after_radiotherapy",
        _l("During pelvic radiotherapy and for a few weeks after, the skin inside is sore and easy to hurt. Touch stays outside the body."),
        ("pelvic_radiotherapy",),
        # with a penis (prostate treatment) only receptive anal sex waits: a warning, not a cap (facts 12.3)
        when=lambda r: r.has("pelvic_radiotherapy") and not has_penis(r),
        within_weeks=4,
        holds_in_treatment=True,
        stage_cap=4,
    ),
    Restriction(
        "prostatectomy_early",
        _l("In the first weeks after prostate surgery, the plan stays with touch. Your team will say when more is fine."),
        ("gap", "prostatectomy"),
        when=has("prostatectomy"),
        within_weeks=6,
        after_operation=True,
        stage_cap=4,
    ),
    Restriction(
        "rectum_removed_not_entered",
        _l("Your rectum and anus have been removed, so positions for being entered are left out."),
        ("apr",),
        # with a penis, being entered would be anal sex, which is no longer possible (facts 12.6);
        # with a vagina or no anatomy shown, the positions stay
        when=lambda r: r.has("rectum_removed") and has_penis(r),
        forbids=("being_entered",),
    ),
    # With a penis, being entered is anal sex: after bowel surgery with the anus kept (a stoma without
    # the rectum removed: an anterior resection's join, a rectal stump) it waits for the surgeon, who
    # knows the join (facts 12.6; no time frame found); during pelvic radiotherapy and for 8 weeks after
    # it the back passage bleeds easily (facts 12.3, the prostate consensus's 8 weeks). The receiving
    # positions then wait too, not only the line that says so.
    Restriction(
        "bowel_join_not_entered",
        _l("After bowel surgery, anal sex waits until your surgeon says it is OK, so positions for being entered are left out."),
        ("apr", "gap"),
        when=lambda r: r.has("ostomy") and not r.has("rectum_removed") and has_penis(r),
        forbids=("being_entered",),
    ),
    Restriction(
        "radiotherapy_not_entered",
        _l("After radiotherapy to the pelvis, the back passage needs time to heal, so positions for being entered are left out for now."),
        ("pelvic_radiotherapy",),
        when=lambda r: r.has("pelvic_radiotherapy") and not r.has("rectum_removed") and has_penis(r),
        within_weeks=8,
        holds_in_treatment=True,
        forbids=("being_entered",),
    ),
    # --- Nerves, balance, strength -----------------------------------------
    Restriction(
        "one_side_weak",
        _l("One side of your body is weaker, so it should not have to hold you up or keep your balance."),
        ("asa_stroke",),
        when=has("stroke_one_side_weak"),
        forbids=("one_side_strength", "standing"),
    ),
    Restriction(
        "balance",
        _l("Balance can be harder with your condition, so stay lying or sitting."),
        ("gap",),
        when=has("multiple_sclerosis", "parkinsons"),
        forbids=("standing",),
    ),
    Restriction(
        "dizziness",
        _l("Dizziness makes standing risky, so stay lying or sitting."),
        ("gap",),
        when=has("dizziness"),
        forbids=("standing",),
    ),
    Restriction(
        "drowsy_medicines",
        _l("Medicines that make you sleepy can affect balance, so standing positions come lower on your list."),
        ("gap",),
        when=has("opioid", "sedative", "drowsiness"),
        discourages=("standing",),
    ),
    Restriction(
        "lymphoedema",
        _l("Your swollen limb should rest on a pillow, not carry weight or be squeezed."),
        ("gap",),
        when=has("lymphoedema"),
        forbids=("arm_weight_bearing",),
        discourages=("kneeling",),
    ),
    # --- Energy and pain -----------------------------------------------------
    Restriction(
        "energy_limited",
        _l("Your energy or pain means your partner does the harder moving."),
        ("four_ps", "nccn_fatigue"),
        when=lambda r: symptoms_limit_effort(r) and not r.partner_takes("nitrates"),
        forbids=("high_exertion",),
    ),
    # Both have limits: the moving cannot be handed to a partner with a heart condition either
    # (the partner page says share the moving: facts 1, the household GTN plan).
    Restriction(
        "both_limited",
        _l("Your partner has a heart condition too, so neither of you should do all the moving."),
        ("four_ps", "aha2012", "gtn_plan"),
        when=lambda r: symptoms_limit_effort(r) and r.partner_takes("nitrates"),
        forbids=("high_exertion", "partner_moves"),
    ),
    Restriction(
        "post_exertional",
        _l("With long COVID or ME/CFS, effort can cause a crash a day or two later, so you keep effort low."),
        ("nice_ng206", "pacing_long_covid"),
        when=has("long_covid_mecfs"),
        forbids=("high_exertion",),
    ),
    Restriction(
        "severe_fatigue",
        _l("Your fatigue is severe, so the plan stays with closeness and non-genital touch for now."),
        ("nccn_fatigue", "four_ps"),
        # a long-standing condition's everyday fatigue sets the dose and positions, not the ladder
        when=lambda r: r.fatigue >= 7 and not long_standing(r),
        stage_cap=3,
        yields_to_start_stage=True,
    ),
    Restriction(
        "severe_pain",
        _l("Your pain is severe, so the plan stays with closeness until your pain is better controlled."),
        ("pain_support",),
        when=lambda r: r.pain >= 7 and not long_standing(r),
        stage_cap=2,
        yields_to_start_stage=True,
    ),
)
