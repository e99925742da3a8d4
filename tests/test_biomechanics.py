"""Positions against the biomechanics, over the whole input space (issue 14).

What each position asks of the body is written here again, from how the position is described to
the couple and from the facts (clinical-facts.md 2, 3, 11.8, 13.3-13.5), not from the content's own
``loads`` tags: if a tag goes missing from the content, these tests catch the position that slips
through.
"""

from __future__ import annotations

import os
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st
from test_safety import requests

from clinic.content.positions import POSITIONS
from clinic.model import CONDITIONS, PAIN_SITES, PlanRequest
from clinic.planner import build_plan

EXAMPLES = max(50, int(os.environ.get("SAFETY_EXAMPLES", "1500")) // 5)

# What each position asks, read from its description:
#   you_move     the partner who is recovering drives the movement (pelvic rocking: facts 13.3)
#   flexed       lying on the back with hips and knees bent, propped semi-sitting, or sitting: lumbar
#                flexion (facts 2, 13.5)
#   balance      sitting astride, on a lap, kneeling upright or on all fours: trunk balance or weight
#                through both arms, which one weak side cannot give (facts 11.8)
#   hip_avoid    best avoided with a new hip (Medscape after Charbonnier 2014, facts 13.4): rear
#                entry, on top leaning forward, spooning, on the back with knees bent and apart
#   entered      the partner who is recovering is the one entered
#   enters       the partner who is recovering enters (or is ridden by) the other
#   partner_moves  the other partner does the moving alone ("your partner ... does the moving", or
#                stands behind)
BIOMECHANICS: dict[str, frozenset[str]] = {
    "resting_together": frozenset(),
    "cuddle_spoon": frozenset(),
    "touch_propped_up": frozenset({"flexed"}),  # semi-sitting on pillows (facts 13.5)
    "pleasure_propped_up": frozenset({"flexed"}),
    "touch_lying_down": frozenset(),
    "pleasure_lying_down": frozenset(),
    "spoon_partner_behind": frozenset({"hip_avoid", "entered", "partner_moves"}),
    "spoon_you_behind": frozenset({"you_move", "hip_avoid", "enters"}),
    "on_back_propped_partner_kneels": frozenset({"flexed", "hip_avoid", "entered", "partner_moves"}),
    "partner_astride_you_propped": frozenset({"flexed", "enters", "partner_moves"}),
    "edge_of_bed": frozenset({"entered", "partner_moves"}),
    "t_shape": frozenset(),
    "sitting_partner_on_lap": frozenset({"flexed", "balance", "enters", "partner_moves"}),
    "side_face_to_face": frozenset({"you_move"}),
    "you_on_top_upright": frozenset({"you_move", "balance", "entered"}),
    "you_on_top_leaning": frozenset({"you_move", "balance", "hip_avoid", "entered"}),
    "on_back_partner_on_top": frozenset({"entered", "partner_moves"}),
    "you_over_partner": frozenset({"you_move", "balance", "enters"}),
    "on_back_knees_up": frozenset({"flexed", "hip_avoid", "entered", "partner_moves"}),
    "hands_and_knees": frozenset({"balance", "hip_avoid", "entered", "partner_moves"}),
    "forearms_and_knees": frozenset({"balance", "hip_avoid", "entered", "partner_moves"}),
    "kneeling_behind": frozenset({"you_move", "balance", "enters"}),
    "standing_leaning": frozenset({"hip_avoid", "entered", "partner_moves"}),
}

# "Move slowly together": the moving is shared, not the recovering partner's alone.
SHARED_MOVING = frozenset({"side_face_to_face"})


def with_condition(request: PlanRequest, *values: str) -> PlanRequest:
    chosen = set(request.conditions) | set(values)
    return replace(request, conditions=tuple(c for c in CONDITIONS if c in chosen))


def printed(plan) -> dict[str, frozenset[str]]:
    return {p.id: BIOMECHANICS[p.id] for p in (*plan.positions, *plan.later_positions)}


def weeks_since_operation(r: PlanRequest) -> int | None:
    return r.weeks_since_surgery if r.weeks_since_surgery is not None else r.weeks_since_event


@settings(max_examples=EXAMPLES, deadline=None)
@given(requests)
def test_when_both_have_limits_neither_is_left_to_do_the_moving_alone(request):
    """Tired (fatigue 4 or more) and a partner with a heart condition (nitrates): the moving can go to
    neither of them alone, so no printed position has one partner driving it (facts 1, 13.3)."""
    request = replace(request, fatigue=max(request.fatigue, 4),
                      partner_medications=tuple(sorted(set(request.partner_medications) | {"nitrates"})))
    for position, biomechanics in printed(build_plan(request)).items():
        assert "partner_moves" not in biomechanics, position
        assert "you_move" not in biomechanics or position in SHARED_MOVING, position


def test_every_position_is_described_here():
    """A new position must be read and written into the table above before it can print."""
    assert {p.id for p in POSITIONS} == set(BIOMECHANICS)


@settings(max_examples=EXAMPLES, deadline=None)
@given(requests)
def test_after_spinal_surgery_the_recovering_partner_never_drives_the_movement(request):
    request = with_condition(request, "spinal_surgery")
    weeks = weeks_since_operation(request)
    plan = build_plan(request)
    if weeks is None or weeks < 12:  # up to 3 months (facts 13.3)
        assert not [p for p, tags in printed(plan).items() if "you_move" in tags]


@settings(max_examples=EXAMPLES, deadline=None)
@given(requests, st.booleans())
def test_a_back_that_hurts_bending_forward_gets_no_flexed_position(request, spinal):
    request = replace(request, pain_sites=tuple(s for s in PAIN_SITES if s in {*request.pain_sites, "lower_back"}),
                      back_pain_pattern="worse_bending_forward")
    if spinal:
        request = with_condition(request, "spinal_surgery")
    assert not [p for p, tags in printed(build_plan(request)).items() if "flexed" in tags]


@settings(max_examples=EXAMPLES, deadline=None)
@given(requests)
def test_one_weak_side_gets_no_astride_lap_or_all_fours_position(request):
    plan = build_plan(with_condition(request, "stroke_one_side_weak"))
    assert not [p for p, tags in printed(plan).items() if "balance" in tags]


@settings(max_examples=EXAMPLES, deadline=None)
@given(requests, st.sampled_from(("hip_replacement_posterior", "hip_replacement_anterior")))
def test_a_new_hip_gets_the_guard_rules_and_early_on_no_position_best_avoided(request, approach):
    request = with_condition(request, approach)
    plan = build_plan(request)
    weeks = weeks_since_operation(request)
    if approach == "hip_replacement_posterior" and (weeks is None or weeks < 6):  # facts 3
        assert not [p for p, tags in printed(plan).items() if "hip_avoid" in tags]
    # the printed hospital sheet's rules, with the positions, whatever the week (facts 13.4), for the approach
    guards = [i for i in plan.take_care if i.id == "hip_guards"]
    assert guards, [i.id for i in plan.take_care]
    from flask_babel import force_locale

    from clinic import create_app
    with create_app({"TESTING": True}).test_request_context(), force_locale("en"):
        text = str(guards[0].text)
    assert "getting out of a position" in text
    if "hip_replacement_posterior" in request.conditions:  # the stricter rules when both are ticked
        assert "knee level with or lower than your hip" in text and "cross the middle of your body" in text
    else:
        assert "stretch far back" in text and "knee level" not in text


@settings(max_examples=EXAMPLES, deadline=None)
@given(requests)
def test_without_a_rectum_a_man_is_never_offered_a_position_for_being_entered(request):
    request = with_condition(request, "rectum_removed", "prostatectomy")
    assert not [p for p, tags in printed(build_plan(request)).items() if "entered" in tags]


# Entered face up, lying on the back: for anal entry the hips are lifted and bent past a right angle.
FACE_UP_ENTERED = frozenset({"on_back_propped_partner_kneels", "edge_of_bed", "on_back_partner_on_top", "on_back_knees_up"})


def shows_penis(r: PlanRequest) -> bool:
    """Written again here: what in the request shows that the partner who is recovering has a penis."""
    return bool({"prostatectomy"} & set(r.conditions) or {"androgen_deprivation", "pde5_inhibitor"} & set(r.medications)
                or "erection_difficulty" in r.medication_effects)


@settings(max_examples=EXAMPLES, deadline=None)
@given(requests, st.sampled_from(("prostatectomy", "erection_difficulty")))
def test_a_man_with_a_new_posterior_hip_is_not_entered_face_up_in_its_first_three_months(request, sign):
    """Being entered is anal for him, and face up that bends the new hip past 90 degrees (facts 13.4:
    the precautions last 6 weeks to 3 months; the longer time is kept)."""
    request = with_condition(request, "hip_replacement_posterior")
    if sign == "prostatectomy":
        request = with_condition(request, "prostatectomy")
    else:
        request = replace(request, medication_effects=(*request.medication_effects, "erection_difficulty"))
    weeks = weeks_since_operation(request)
    if weeks is None or weeks < 12:
        assert not set(printed(build_plan(request))) & FACE_UP_ENTERED


@settings(max_examples=EXAMPLES, deadline=None)
@given(requests, st.sampled_from(("ostomy", "pelvic_radiotherapy")))
def test_after_bowel_surgery_or_pelvic_radiotherapy_a_man_is_not_offered_being_entered(request, condition):
    """With a penis, being entered is anal sex: after bowel surgery with the anus kept it waits for the
    surgeon (facts 12.6); during pelvic radiotherapy and for 8 weeks after, the back passage heals (12.3)."""
    request = with_condition(request, condition)
    if not shows_penis(request) or "rectum_removed" in request.conditions:
        return
    if condition == "pelvic_radiotherapy" and not request.in_treatment and (
            request.weeks_since_event is not None and request.weeks_since_event >= 8):
        return
    assert not [p for p, tags in printed(build_plan(request)).items() if "entered" in tags]


@settings(max_examples=EXAMPLES, deadline=None)
@given(requests)
def test_the_couples_answer_on_roles_is_kept(request):
    """Who enters whom, when the couple said: no position of the other role, here or for later."""
    tags = [BIOMECHANICS[p.id] for p in (*build_plan(request).positions, *build_plan(request).later_positions)]
    if request.penetration_role == "enters":
        assert not [t for t in tags if "entered" in t]
    if request.penetration_role == "is_entered":
        assert not [t for t in tags if "enters" in t]


@settings(max_examples=EXAMPLES, deadline=None)
@given(requests.filter(lambda r: r.penetration_role in ("not_asked", "either")))
def test_sexual_positions_offer_each_role_the_limits_allow(request):
    """Roles are never assumed: when the limits allow a position in which the recovering partner is
    not the one entered, and one in which they are, the plan lists both."""
    plan = build_plan(request)
    sexual = [p for p in plan.positions if p.from_stage == 5]
    allowed = {p.id for p in POSITIONS if p.from_stage == 5 and not set(p.loads_for(request)) & {a.load for a in plan.avoid}}
    if len(sexual) >= 2:
        kinds = {"entered" in BIOMECHANICS[p.id] for p in sexual}
        possible = {"entered" in BIOMECHANICS[p] for p in allowed}
        assert kinds == possible, ([p.id for p in sexual], sorted(allowed))
    # and where the limits let the partner who is recovering do the moving, one such position is there
    if len(sexual) >= 3 and any("you_move" in BIOMECHANICS[p] for p in allowed):
        assert any("you_move" in BIOMECHANICS[p.id] for p in sexual), ([p.id for p in sexual], sorted(allowed))


@settings(max_examples=EXAMPLES, deadline=None)
@given(requests)
def test_a_plan_that_reaches_step_4_offers_pleasure_without_intercourse(request):
    """Hands and mouth: what a man with erection trouble on a nitrate, or two women, may need most."""
    plan = build_plan(request)
    if plan.max_stage >= 4:
        assert {"pleasure_propped_up", "pleasure_lying_down"} & {p.id for p in plan.positions}
