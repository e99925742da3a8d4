"""Positions for closeness and sex, written for any couple.

"You" is the partner who is recovering; "your partner" is the other. ``loads``
say what a position asks of your body (the safety vocabulary of
``clinic.model.LOADS``); the planner never suggests a position with a load the
constraints forbid. ``from_stage`` is the first step of the ladder it belongs
to. ``good_for`` names the fit tags below that make it rank higher, and each
tag's sentence becomes part of "why this suits you".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask_babel import lazy_gettext as _l

from clinic.content import Trigger, has_penis, symptoms_limit_effort, within_operation
from clinic.model import PlanRequest


@dataclass(frozen=True)
class Position:
    id: str
    title: Any
    how: Any
    why: Any
    effort: str
    loads: tuple[str, ...]
    from_stage: int
    good_for: tuple[str, ...]
    sources: tuple[str, ...]
    # Step-5 positions: whether the partner who is recovering is the one entered ("receives"),
    # the one who enters or is ridden ("gives"), or either. A plan offers more than one role.
    role: str = "either"
    # What the line drawing shows (clinic/static/positions/<id>.svg, drawn from its pose in poses.py),
    # for screen readers and the PDF's structure tree.
    alt: Any = ""
    # Loads the position adds when the partner who is recovering has a penis and is the one entered:
    # the entry is then anal, and face to face on the back that needs the hips lifted and bent past a
    # right angle (how the bodies fit; no confirmed source, see LOAD_BASIS).
    loads_if_anal: tuple[str, ...] = ()
    # Offered only when this position is not (allowed, or left in by the clinician): the same touch
    # another way, so a plan never prints both
    instead_of: str = ""
    # Other wordings of ``how`` for some patients, the first whose trigger fires (e.g. no pillow under
    # a new knee)
    how_variants: tuple[tuple[Trigger, Any], ...] = ()

    def how_for(self, request: PlanRequest) -> Any:
        """How to get into it, worded for this patient."""
        return next((text for when, text in self.how_variants if when(request)), self.how)

    def loads_for(self, request: PlanRequest) -> tuple[str, ...]:
        """What the position asks of this patient's body."""
        return self.loads + self.loads_if_anal if self.loads_if_anal and has_penis(request) else self.loads


@dataclass(frozen=True)
class Fit:
    """A reason a position suits this patient: when it applies and how to say it."""

    id: str
    when: Trigger
    reason: Any
    sources: tuple[str, ...]
    # A reason from the patient's effort level, not from their own pain sites or conditions: said after those.
    general: bool = False


def _new_knee(r: PlanRequest) -> bool:
    return r.has("knee_replacement") and within_operation(r, 13)


def _energy_limited(r: PlanRequest) -> bool:
    return (
        symptoms_limit_effort(r)
        or r.cardiac
        or r.has("copd_breathlessness", "long_covid_mecfs", "cancer_treatment", "multiple_sclerosis")
    )


FITS: tuple[Fit, ...] = (
    Fit(
        "saves_energy",
        _energy_limited,
        _l("It asks little effort of you, so you save energy and breath."),
        ("four_ps", "joint_return"),
        general=True,
    ),
    Fit(
        "chest_free",
        lambda r: r.has("sternotomy", "pacemaker_icd", "chest", "copd_breathlessness"),
        _l("Nothing presses on your chest, and your arms do not hold you up."),
        ("sternal", "copd"),
    ),
    Fit(
        "upright_breathing",
        lambda r: r.has("copd_breathlessness", "heart_failure"),
        _l("Being propped up or sitting makes breathing easier."),
        ("copd",),
    ),
    Fit(
        "hip_safe",
        lambda r: r.has("hip_replacement_posterior", "hip_replacement_anterior", "hip"),
        _l("Your hip bends less than a right angle and does not twist."),
        ("hip_precautions", "medscape_hip"),
    ),
    Fit(
        "back_long",
        lambda r: "lower_back" in r.pain_sites and r.back_pain_pattern == "worse_bending_forward",
        _l("Your back stays long rather than bent forward, which suits your back pain."),
        ("mcgill_male", "mcgill_female"),
    ),
    Fit(
        "back_rounded",
        lambda r: "lower_back" in r.pain_sites and r.back_pain_pattern == "worse_arching_back",
        _l("Your hips and knees are bent, so your back does not arch."),
        ("mcgill_female",),
    ),
    Fit(
        "back_still",
        lambda r: r.has("spinal_surgery")
        or ("lower_back" in r.pain_sites and r.back_pain_pattern == "unsure"),
        _l("Pillows keep your back still and supported."),
        ("mcgill_male", "mcgill_female"),
    ),
    Fit(
        "you_control",
        lambda r: r.has("pelvis_genital", "vaginal_dryness", "pelvic_radiotherapy", "hysterectomy"),
        _l("You control how deep, how fast and at what angle, so you can ease off at once."),
        ("vaginal_care", "gap"),
    ),
    Fit(
        "weak_side_supported",
        lambda r: r.has("stroke_one_side_weak"),
        _l("Pillows support your weaker side, and your stronger side does the work."),
        ("asa_stroke",),
    ),
    Fit(
        "knees_free",
        lambda r: r.has("knee_replacement", "knee", "arthritis"),
        _l("No weight goes through your knees."),
        ("alberta_tka", "joint_return"),
    ),
    Fit(
        "stoma_free",
        lambda r: r.has("ostomy"),
        _l("Nothing presses on your belly or stoma."),
        ("ostomy", "stoma_care"),
    ),
    Fit(
        "belly_free",
        # Only where there is no stoma: "stoma_free" says it for those who have one.
        lambda r: r.has("abdominal_surgery", "hysterectomy", "prostatectomy", "abdomen") and not r.has("ostomy"),
        _l("Nothing presses on your belly."),
        ("pain_support",),
    ),
    Fit(
        "partner_rests",
        # the other partner uses a nitrate: they have heart disease too, so positions in which the
        # partner who is recovering does the moving rank higher (no confirmed source for the ranking)
        lambda r: r.partner_takes("nitrates"),
        _l("Your partner has a heart condition too, and here you do more of the moving."),
        ("aha2012", "gap"),
    ),
    Fit(
        "hands_free",
        lambda r: r.has("hands_wrists", "shoulder", "arthritis", "lymphoedema"),
        _l("Your hands, wrists and shoulders rest; they do not hold your weight."),
        ("pain_support",),
    ),
)

# The step-5 roles a couple's answer keeps (PlanRequest.penetration_role): "gives" positions have the
# partner who is recovering enter or be ridden, "receives" ones have them entered.
ROLES_FOR_ANSWER = {
    "not_asked": ("gives", "receives", "either"),
    "either": ("gives", "receives", "either"),
    "enters": ("gives", "either"),
    "is_entered": ("receives", "either"),
}

# Restful positions that ask nothing of the body: whatever the constraints,
# at least one of these is always allowed (a property test checks it).
RESTFUL = ("resting_together", "cuddle_spoon")

POSITIONS: tuple[Position, ...] = (
    Position(
        "resting_together",
        _l("Resting close, propped up"),
        _l("Lie back side by side with pillows behind your head and back. Rest a hand on your partner, or just lie close and talk. A pillow under your knees can ease your back."),
        _l("Being close with no effort and no goal is where every step starts."),
        "low", (), 1,
        ("saves_energy", "chest_free", "upright_breathing", "hip_safe", "back_still", "knees_free", "belly_free", "stoma_free", "hands_free", "weak_side_supported"),
        ("sensate_focus", "pain_support"),
        # a new knee: no pillow under it is suggested (reviewer's judgement, no confirmed source: the
        # line is left out rather than replaced)
        how_variants=((_new_knee, _l("Lie back side by side with pillows behind your head and back. Rest a hand on your partner, or just lie close and talk.")),),
        alt=_l("You and your partner sit back side by side on pillows at the head of the bed. Your partner's hand rests on your arm."),
    ),
    Position(
        "cuddle_spoon",
        _l("Spooning cuddle"),
        _l("Lie on your sides, facing the same way, one behind the other. Put a pillow between your knees and one under your head. The partner behind wraps an arm around the one in front."),
        _l("A warm, restful way to hold each other that takes no effort."),
        "low", (), 2,
        ("saves_energy", "knees_free", "belly_free", "stoma_free", "hands_free"),
        ("sensate_focus", "hip_precautions"),
        alt=_l("Seen from above: you both lie on your sides, facing the same way, with your partner behind you and an arm around you. A pillow is between your knees."),
    ),
    Position(
        "touch_propped_up",
        _l("Taking turns to touch, propped up"),
        _l("Lie back on pillows, propped up, while your partner slowly strokes your arms, hands, back or feet. Then swap if you both want to. Notice how the touch feels; there is nothing to achieve."),
        _l("Gentle touch with no goal builds closeness and trust without effort."),
        "low", ("spine_flexion",), 3,
        ("saves_energy", "chest_free", "upright_breathing", "hip_safe", "back_still", "knees_free", "belly_free", "stoma_free", "hands_free", "weak_side_supported"),
        ("sensate_focus",),
        alt=_l("You lie back on pillows. Your partner kneels beside you and rests a hand on your arm."),
    ),
    # The same touch lying down, for a back that is worse bending forward: propped semi-sitting is a
    # flexion load (facts 13.5), and the one lying still supports the low back's curve (spine_sparing)
    Position(
        "touch_lying_down",
        _l("Taking turns to touch, lying down"),
        _l("Lie on your back with one pillow under your head. If lying flat makes you short of breath, lie on your side with pillows under your head instead. Your partner slowly strokes your arms, hands, legs or feet. Then swap if you both want to. Notice how the touch feels; there is nothing to achieve."),
        _l("Gentle touch with no goal builds closeness and trust, and your back stays still."),
        "low", (), 3,
        ("saves_energy", "back_long", "back_still", "hip_safe", "knees_free", "belly_free", "stoma_free", "hands_free"),
        ("sensate_focus", "spine_sparing", "copd"),
        alt=_l("You lie on your back with a pillow under your head. Your partner kneels beside you and rests a hand on your arm."),
        instead_of="touch_propped_up",
    ),
    Position(
        "pleasure_propped_up",
        _l("Pleasure with hands or mouth, propped up"),
        _l("Lie back on pillows, propped up. Your partner uses their hands or mouth, at your pace. You can do the same for your partner from where you lie, or simply enjoy."),
        _l("Pleasure and closeness do not need intercourse. This asks almost nothing of your body."),
        "low", ("spine_flexion",), 4,
        ("saves_energy", "chest_free", "upright_breathing", "hip_safe", "back_still", "knees_free", "belly_free", "stoma_free", "hands_free", "weak_side_supported"),
        ("kitomi", "sensate_focus"),
        alt=_l("You lie back on pillows. Your partner lies beside you, propped on one elbow."),
    ),
    Position(
        "pleasure_lying_down",
        _l("Pleasure with hands or mouth, lying down"),
        _l("Lie on your back with one pillow under your head. If lying flat makes you short of breath, lie on your side with pillows under your head instead. Your partner uses their hands or mouth, at your pace. You can do the same for your partner from where you lie, or simply enjoy."),
        _l("Pleasure and closeness do not need intercourse. Your back stays still and supported."),
        "low", (), 4,
        ("saves_energy", "back_long", "back_still", "hip_safe", "knees_free", "belly_free", "stoma_free", "hands_free"),
        ("kitomi", "sensate_focus", "spine_sparing", "copd"),
        alt=_l("You lie on your back with a pillow under your head. Your partner lies beside you, propped on one elbow."),
        instead_of="pleasure_propped_up",
    ),
    Position(
        "spoon_partner_behind",
        _l("Spooning, your partner behind"),
        _l("Both lie on your sides, facing the same way, with you in front. Put a pillow between your knees and one under your head. Your partner, behind you, does the moving."),
        _l("You lie fully supported on your side while your partner sets the pace."),
        "low", ("spine_extension", "hip_adduction_rotation", "being_entered", "partner_moves"), 5,
        ("saves_energy", "chest_free", "knees_free", "belly_free", "stoma_free", "hands_free", "back_long"),
        ("mcgill_female", "pain_support"),
        role="receives",
        alt=_l("Seen from above: you both lie on your sides, facing the same way, with your partner close behind you. A pillow is between your knees."),
    ),
    Position(
        "spoon_you_behind",
        _l("Spooning, you behind"),
        _l("Both lie on your sides, facing the same way, with you behind. Pillows go under your head and between your knees. You move gently from your hips."),
        _l("Side-lying keeps weight off your chest, belly and knees."),
        "moderate", ("spine_flexion", "spine_extension", "pelvic_movement", "high_exertion", "hip_adduction_rotation"), 5,
        ("partner_rests", "chest_free", "knees_free", "belly_free", "stoma_free", "hands_free"),
        ("mcgill_male",),
        role="gives",
        alt=_l("Seen from above: you both lie on your sides, facing the same way, with you behind your partner. A pillow is between your knees."),
    ),
    Position(
        "on_back_propped_partner_kneels",
        _l("On your back, propped up, partner kneeling"),
        _l("Lie on your back with your head and shoulders raised on pillows, knees bent and apart, feet flat. Your partner kneels upright between your knees and does the moving, without leaning on you."),
        _l("You stay supported and still; nothing rests on your chest or belly."),
        "low", ("spine_flexion", "hip_flexion_over_90", "being_entered", "partner_moves"), 5,
        ("saves_energy", "chest_free", "back_rounded", "hands_free", "knees_free", "belly_free", "stoma_free"),
        ("sternal", "mcgill_female"),
        role="receives",
        alt=_l("You lie on your back with your head and shoulders on pillows, knees bent and feet flat. Your partner kneels upright between your knees."),
    ),
    Position(
        "partner_astride_you_propped",
        _l("Partner astride, you propped up"),
        _l("Lie back on pillows with your head and shoulders raised and your legs straight or a pillow under your knees. Your partner kneels astride your hips, sits upright on their own knees and does the moving, without leaning on your chest."),
        _l("You lie supported and still, and your partner sets the pace and takes the effort."),
        "low", ("abdominal_pressure", "spine_flexion", "partner_moves"), 5,
        ("saves_energy", "chest_free", "hip_safe", "back_still", "hands_free", "knees_free", "weak_side_supported"),
        # the partner takes the active role (facts 13.3, 2); this exact position has no source yet
        ("pain_support", "gap"),
        role="gives",
        alt=_l("You lie back on pillows with your legs straight and a pillow under your knees. Your partner kneels over your hips, sitting upright."),
        how_variants=((_new_knee, _l("Lie back on pillows with your head and shoulders raised and your legs straight. Your partner kneels astride your hips, sits upright on their own knees and does the moving, without leaning on your chest.")),),
    ),
    Position(
        "edge_of_bed",
        _l("At the edge of the bed"),
        _l("Lie on your back across the bed with your hips near the edge and your feet resting on a low stool. Pillows go under your head. Your partner stands or kneels on a cushion on the floor and does the moving."),
        _l("Your hips bend only a little and your partner takes the effort."),
        "low", ("hip_extension_rotation", "being_entered", "lying_flat", "spine_extension", "partner_moves"), 5,
        ("saves_energy", "hip_safe", "knees_free", "hands_free", "chest_free"),
        ("hip_precautions", "joint_return"),
        role="receives",
        alt=_l("You lie on your back across the bed, hips near the edge and feet on a low stool. Your partner stands at the edge of the bed."),
        loads_if_anal=("hip_flexion_over_90",),
    ),
    Position(
        "t_shape",
        _l("Crosswise (T-shape)"),
        _l("Lie on your back with your head on pillows. Your partner lies on their side at a right angle to you, with their legs across or under yours. Neither of you carries the other's weight."),
        _l("No one's weight is on your body, and both of you can rest."),
        "low", ("lying_flat",), 5,
        ("saves_energy", "chest_free", "hip_safe", "belly_free", "stoma_free", "hands_free", "knees_free", "back_still"),
        ("pain_support",),
        alt=_l("Seen from above: you lie on your back with your head on a pillow. Your partner lies on their side at a right angle to you, legs under yours."),
    ),
    Position(
        "sitting_partner_on_lap",
        _l("Sitting in a firm chair, partner on your lap"),
        _l("Sit well back in a firm, high chair without arms, feet flat on the floor. Your partner sits on your lap facing away from you and does the moving."),
        _l("Sitting upright helps breathing, and your chest stays free."),
        "low", ("hip_flexion_over_90", "spine_flexion", "one_side_strength", "partner_moves"), 5,
        ("upright_breathing", "saves_energy", "chest_free", "knees_free", "hands_free"),
        ("copd",),
        role="gives",
        alt=_l("You sit well back in a firm chair with no arms, feet flat on the floor. Your partner sits on your lap, facing away from you."),
    ),
    Position(
        "side_face_to_face",
        _l("On your sides, face to face"),
        _l("Lie on your sides facing each other, with pillows under your heads. Your legs can rest between each other's. Move slowly together."),
        _l("A close, gentle position where neither of you carries weight."),
        "low", ("hip_adduction_rotation", "pelvic_movement"), 5,
        ("saves_energy", "knees_free", "hands_free", "back_still"),
        ("pain_support",),
        alt=_l("Seen from above: you both lie on your sides, facing each other, with your heads on pillows."),
    ),
    Position(
        "you_on_top_upright",
        _l("You on top, sitting upright"),
        _l("Your partner lies on their back. You kneel astride them and sit upright, keeping your hands free or resting lightly. You control depth and speed."),
        _l("You are in charge of how deep and how fast, so you can stop or ease off at once."),
        "moderate", ("kneeling", "one_side_strength", "pelvic_movement", "high_exertion", "spine_flexion", "spine_extension", "being_entered"), 5,
        ("partner_rests", "you_control", "chest_free", "belly_free", "stoma_free"),
        # the research file has only patients' experience for "on top" with painful sex (facts 6)
        ("gap",),
        role="receives",
        alt=_l("Your partner lies on their back. You kneel over their hips and sit upright."),
    ),
    Position(
        "you_on_top_leaning",
        _l("You on top, leaning forward"),
        _l("Your partner lies on their back. You kneel astride them and lean forward onto your hands or forearms."),
        _l("Leaning forward lets you control the angle and pace."),
        "moderate", ("kneeling", "arm_weight_bearing", "one_side_strength", "hip_flexion_over_90", "pelvic_movement", "high_exertion", "spine_flexion", "spine_extension", "being_entered"), 5,
        ("partner_rests", "you_control", "belly_free", "stoma_free"),
        ("gap",),
        role="receives",
        alt=_l("Your partner lies on their back. You kneel over them and lean forward on your hands."),
    ),
    Position(
        "on_back_partner_on_top",
        _l("On your back, partner on top"),
        _l("Lie on your back with a pillow under your head. Your partner lies over you, taking their weight on their arms, and does the moving."),
        _l("A familiar position where your partner does the moving."),
        "low", ("lying_flat", "chest_pressure", "abdominal_pressure", "being_entered", "partner_moves"), 5,
        ("saves_energy", "hip_safe"),
        ("mcgill_female",),
        role="receives",
        alt=_l("You lie on your back with a pillow under your head. Your partner is over you, holding their weight on their arms."),
        loads_if_anal=("hip_flexion_over_90",),
    ),
    Position(
        "you_over_partner",
        _l("You on top, lying over your partner"),
        # on the hands, not the elbows: McGill's mMISS1 (second best for a back that hurts bending
        # forward) against mMISS2 (on the elbows, second worst)
        _l("Your partner lies on their back with a pillow under their head. You lie over them, holding your weight on your hands, and move from your hips."),
        _l("A familiar position in which you set the pace."),
        "moderate", ("arm_weight_bearing", "one_side_strength", "pelvic_movement", "high_exertion"), 5,
        ("partner_rests", "back_long", "hip_safe", "knees_free", "belly_free", "stoma_free"),
        # on top, supported on the hands: second best of five for a back that hurts bending forward
        # (McGill mMISS1); on top with the hips bent less than 70 degrees: accepted after a new hip (Dahm)
        ("mcgill_male", "medscape_hip"),
        role="gives",
        alt=_l("Your partner lies on their back. You are over them, holding your weight on your arms."),
    ),
    Position(
        "on_back_knees_up",
        _l("On your back, knees drawn up"),
        _l("Lie on your back and draw your knees up towards your chest. Your partner kneels in front of you and does the moving."),
        _l("Your partner does the work while you lie back."),
        "low", ("lying_flat", "hip_flexion_over_90", "spine_flexion", "being_entered", "partner_moves"), 5,
        ("back_rounded",),
        ("mcgill_female", "charbonnier2014"),
        role="receives",
        alt=_l("You lie on your back with your knees drawn up towards your chest. Your partner kneels in front of you."),
    ),
    Position(
        "hands_and_knees",
        _l("On hands and knees, partner behind"),
        _l("Kneel on the bed and rest on your hands, back level. Your partner kneels behind you and does the moving. A pillow under your knees helps."),
        _l("Your back stays long rather than bent forward."),
        "moderate", ("kneeling", "arm_weight_bearing", "spine_extension", "hip_flexion_over_90", "one_side_strength", "being_entered", "partner_moves"), 5,
        ("back_long", "belly_free", "stoma_free"),
        ("mcgill_female",),
        role="receives",
        alt=_l("You are on your hands and knees on the bed, with your back level. Your partner kneels behind you."),
    ),
    Position(
        "forearms_and_knees",
        _l("On forearms and knees, partner behind"),
        _l("Kneel on the bed and rest on your forearms on a pile of pillows. Your partner kneels behind you and does the moving."),
        _l("Resting on pillows takes some weight off your arms."),
        "moderate", ("kneeling", "arm_weight_bearing", "spine_extension", "hip_flexion_over_90", "one_side_strength", "being_entered", "partner_moves"), 5,
        ("back_long",),
        ("mcgill_female",),
        role="receives",
        alt=_l("You kneel and lean forward on your forearms on a pile of pillows. Your partner kneels behind you."),
    ),
    Position(
        "kneeling_behind",
        _l("You kneeling behind your partner"),
        _l("Your partner rests on hands and knees or lies at the edge of the bed. You kneel or stand behind and do the moving."),
        _l("You set the pace from a steady base."),
        "moderate", ("kneeling", "high_exertion", "pelvic_movement", "one_side_strength"), 5,
        ("partner_rests", "back_long"),
        ("mcgill_male",),
        role="gives",
        alt=_l("Your partner is on their hands and knees. You kneel upright behind them."),
    ),
    Position(
        "standing_leaning",
        _l("Standing, leaning on the bed"),
        _l("Stand and lean forward onto the bed or a sturdy table, resting on your forearms. Your partner stands behind you."),
        _l("Some people find leaning forward on their forearms eases breathing."),
        "moderate", ("standing", "arm_weight_bearing", "high_exertion", "spine_extension", "hip_flexion_over_90", "being_entered", "partner_moves"), 5,
        (),
        ("copd",),
        role="receives",
        alt=_l("You stand and lean forward onto the bed, resting on your forearms. Your partner stands behind you."),
    ),
)

# --- The audit: the fact behind each load tag (docs/positions-audit.md is made from it) -----------
# Every load of every position has a line here (a content test checks it), naming the section of
# shared/clinical-facts.md and the source it rests on; "description" means the tag follows from how
# the position is described to the couple (who lies where, who moves).
_ENTERED = "description: the partner who is recovering is the one entered (role `receives`)"
_YOU_MOVE = ("facts 13.3 (spine_surgery_sex): the partner who is recovering rocks the pelvis to do the moving, "
             "which is lumbar motion plus exertion")
_ON_TOP = "facts 13.3: on top, the partner who is recovering does the moving and sets the pace: tag it exertion"
_ANAL_HIPS = ("inference, no confirmed source (only when the partner who is recovering has a penis, so the "
              "entry is anal; `loads_if_anal`): face to face on the back, the hips are lifted and bent past 90 degrees")
_PARTNER_MOVES = "description: the other partner does the moving alone (\"your partner ... does the moving\", or stands behind)"
LOAD_BASIS: dict[str, dict[str, str]] = {
    "touch_propped_up": {"spine_flexion": "facts 13.5: propped semi-sitting is a flexion load (reviewer judgement in the facts)"},
    "pleasure_propped_up": {"spine_flexion": "facts 13.5: propped semi-sitting is a flexion load (reviewer judgement in the facts)"},
    "spoon_partner_behind": {
        "spine_extension": "facts 2 (mcgill_female): in side-lying the woman's lumbar motion was mostly extension",
        "hip_adduction_rotation": "facts 13.4 (medscape_hip): spooning is best avoided with a new hip; the top leg can fall across the body",
        "being_entered": _ENTERED,
        "partner_moves": _PARTNER_MOVES,
    },
    "spoon_you_behind": {
        "spine_flexion": "facts 2 (mcgill_male): side-lying was the worst position for a flexion-intolerant man",
        "spine_extension": "facts 13.3: pelvic rocking from behind moves the lumbar spine both ways",
        "pelvic_movement": _YOU_MOVE,
        "high_exertion": "facts 13.3: tagged high_exertion with the other positions where the patient drives the movement",
        "hip_adduction_rotation": "facts 13.4 (medscape_hip): spooning is best avoided with a new hip",
    },
    "on_back_propped_partner_kneels": {
        "spine_flexion": "facts 13.5 (mcgill_female): on the back with hips and knees bent (fMISS2) is a flexion load; propped semi-sitting too",
        "hip_flexion_over_90": "facts 13.4 (medscape_hip): on the back with knees bent and apart, partner between, is best avoided with a new hip",
        "being_entered": _ENTERED,
        "partner_moves": _PARTNER_MOVES,
    },
    "partner_astride_you_propped": {
        "abdominal_pressure": "description: the partner sits astride the hips, close to the belly",
        "spine_flexion": "facts 13.5: propped semi-sitting is a flexion load (reviewer judgement in the facts)",
        "partner_moves": _PARTNER_MOVES,
    },
    "edge_of_bed": {
        "hip_extension_rotation": "facts 3 (hip_precautions): the leg can drop back off the edge and turn out (anterior approach risk)",
        "being_entered": _ENTERED,
        "lying_flat": "description: lying on the back across the bed with only the head on pillows (facts 11.9)",
        "spine_extension": "facts 2, 13.5: with the hips at the edge and the feet low, the hips extend and the low back arches",
        "partner_moves": _PARTNER_MOVES,
        "hip_flexion_over_90": _ANAL_HIPS,
    },
    "t_shape": {
        "lying_flat": "description: lying on the back with only the head on pillows (facts 11.9: breathless lying flat)",
    },
    "sitting_partner_on_lap": {
        "hip_flexion_over_90": "facts 3 (hip_precautions): sitting with a partner's weight on the thighs bends the hip to a right angle or more",
        "spine_flexion": "facts 2: sitting is a flexed posture; flexion-intolerant backs hurt bending forward and sitting",
        "one_side_strength": "facts 11.8 (stroke_positioning): a lap chair needs trunk balance, which one weak side cannot give",
        "partner_moves": _PARTNER_MOVES,
    },
    "side_face_to_face": {
        "hip_adduction_rotation": "facts 3 (hip_precautions): legs between each other's bring the top knee across the body",
        "pelvic_movement": "facts 13.3: both move together, so the partner who is recovering moves the pelvis too",
    },
    "you_on_top_upright": {
        "kneeling": "description: kneeling astride",
        "one_side_strength": "facts 11.8: sitting upright astride needs trunk balance on both sides",
        "pelvic_movement": _YOU_MOVE,
        "high_exertion": _ON_TOP,
        "spine_flexion": "facts 13.3: pelvic rocking is lumbar motion (tagged flexion and extension)",
        "spine_extension": "facts 13.3: pelvic rocking is lumbar motion (tagged flexion and extension)",
        "being_entered": _ENTERED,
    },
    "you_on_top_leaning": {
        "kneeling": "description: kneeling astride",
        "arm_weight_bearing": "description: leaning forward onto the hands or forearms",
        "one_side_strength": "facts 11.8: weight on both arms and balance on both sides",
        "hip_flexion_over_90": "facts 13.4 (medscape_hip): on top leaning forward is best avoided with a new hip (deep flexion)",
        "pelvic_movement": _YOU_MOVE,
        "high_exertion": _ON_TOP,
        "spine_flexion": "facts 13.3: pelvic rocking is lumbar motion (tagged flexion and extension)",
        "spine_extension": "facts 13.3: pelvic rocking is lumbar motion (tagged flexion and extension)",
        "being_entered": _ENTERED,
    },
    "on_back_partner_on_top": {
        "lying_flat": "description: lying on the back with one pillow (facts 11.9: breathless lying flat)",
        "chest_pressure": "description: the partner lies over the chest (facts 1: sternal precautions)",
        "abdominal_pressure": "description: the partner lies over the belly",
        "being_entered": _ENTERED,
        "partner_moves": _PARTNER_MOVES,
        "hip_flexion_over_90": _ANAL_HIPS,
    },
    "you_over_partner": {
        "arm_weight_bearing": "description: holding the body up on the hands or forearms",
        "one_side_strength": "facts 11.8: weight through both arms",
        "pelvic_movement": _YOU_MOVE,
        "high_exertion": _ON_TOP,
    },
    "on_back_knees_up": {
        "lying_flat": "description: lying on the back",
        "hip_flexion_over_90": "facts 3 (charbonnier2014): knees drawn up towards the chest is deep hip flexion",
        "spine_flexion": "facts 13.5 (mcgill_female): much hip and knee flexion (fMISS2) was least recommended for a flexion-intolerant back",
        "being_entered": _ENTERED,
        "partner_moves": _PARTNER_MOVES,
    },
    "hands_and_knees": {
        "kneeling": "description: kneeling on the bed",
        "arm_weight_bearing": "description: resting on the hands",
        "spine_extension": "facts 2 (mcgill_female): on all fours the woman's lumbar motion was mostly extension",
        "hip_flexion_over_90": "facts 13.4 (medscape_hip): rear entry is best avoided with a new hip (hips bent to a right angle)",
        "one_side_strength": "facts 11.8: weight through both arms and both knees",
        "being_entered": _ENTERED,
        "partner_moves": _PARTNER_MOVES,
    },
    "forearms_and_knees": {
        "kneeling": "description: kneeling on the bed",
        "arm_weight_bearing": "description: resting on the forearms",
        "spine_extension": "facts 2 (mcgill_female): quadruped on the elbows (fQUAD1) is mostly extension",
        "hip_flexion_over_90": "facts 13.4 (medscape_hip): rear entry with the hips bent past a right angle",
        "one_side_strength": "facts 11.8: weight through both arms and both knees",
        "being_entered": _ENTERED,
        "partner_moves": _PARTNER_MOVES,
    },
    "kneeling_behind": {
        "kneeling": "description: kneeling behind",
        "high_exertion": "facts 13.3: the partner who is recovering does the moving",
        "pelvic_movement": _YOU_MOVE,
        "one_side_strength": "facts 11.8: kneeling upright needs balance on both sides",
    },
    "standing_leaning": {
        "standing": "description: standing (facts 8: falls with dizziness, weakness, numb feet)",
        "arm_weight_bearing": "description: leaning on the forearms",
        "high_exertion": "description: standing takes more effort than lying",
        "spine_extension": "facts 2: leaning forward and being entered from behind is mostly extension for the one in front",
        "hip_flexion_over_90": "facts 13.4 (medscape_hip): rear entry, trunk bent forward to the bed",
        "being_entered": _ENTERED,
        "partner_moves": _PARTNER_MOVES,
    },
}
# Why the positions with no load carry none.
NO_LOAD_BASIS = ("description: lying supported, with nobody's weight on the partner who is recovering, no kneeling, "
                 "no weight on the arms and no pelvic movement asked of them")
