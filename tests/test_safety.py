"""Safety over the whole input space (hypothesis), against an oracle written here from
the clinical rules, not read back from the engine's own tables."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clinic.model import (
    BACK_PAIN_PATTERNS,
    BEST_TIMES,
    CARDIAC_CONDITIONS,
    CONDITIONS,
    MEDICATION_EFFECTS,
    MEDICATIONS,
    PAIN_SITES,
    PlanRequest,
)
from clinic.planner import build_plan, forbidden_loads

EXAMPLES = 1500


def subset(values):
    return st.lists(st.sampled_from(values), unique=True).map(lambda xs: tuple(v for v in values if v in xs))


requests = st.builds(
    PlanRequest,
    fatigue=st.integers(0, 10),
    pain=st.integers(0, 10),
    weeks=st.integers(2, 12),
    start_date=st.dates(date(2024, 1, 1), date(2030, 12, 31)),
    pain_sites=subset(PAIN_SITES),
    back_pain_pattern=st.sampled_from(BACK_PAIN_PATTERNS),
    medication_effects=subset(MEDICATION_EFFECTS),
    medications=subset(MEDICATIONS),
    conditions=subset(CONDITIONS),
    weeks_since_event=st.none() | st.integers(0, 520),
    best_time=st.sampled_from(BEST_TIMES),
    start_stage=st.none() | st.integers(1, 5),
    unstable=st.booleans(),
    follow_up=st.none() | st.dates(date(2024, 1, 1), date(2031, 6, 30)),
)


def within(request: PlanRequest, weeks: int) -> bool:
    """The event is (or may be, when unknown) fewer than ``weeks`` weeks ago."""
    return request.weeks_since_event is None or request.weeks_since_event < weeks


def must_forbid(r: PlanRequest) -> set[str]:
    """The loads the clinical rules (clinical-facts.md, issue 3) rule out, as of week one."""
    out: set[str] = set()
    if "sternotomy" in r.conditions and within(r, 8):
        out |= {"arm_weight_bearing", "chest_pressure"}
    if "hip_replacement_posterior" in r.conditions and within(r, 6):
        out |= {"hip_flexion_over_90", "hip_adduction_rotation"}
    if "hip_replacement_anterior" in r.conditions and within(r, 6):
        out |= {"hip_extension_rotation"}
    if ("knee_replacement" in r.conditions and within(r, 13)) or "knee" in r.pain_sites:
        out.add("kneeling")
    if "lower_back" in r.pain_sites and r.back_pain_pattern == "worse_bending_forward":
        out.add("spine_flexion")
    if "lower_back" in r.pain_sites and r.back_pain_pattern == "worse_arching_back":
        out.add("spine_extension")
    if "copd_breathlessness" in r.conditions:
        out |= {"lying_flat", "chest_pressure", "high_exertion"}
    if "ostomy" in r.conditions or ("abdominal_surgery" in r.conditions and within(r, 8)):
        out.add("abdominal_pressure")
    if "stroke_one_side_weak" in r.conditions:
        out.add("one_side_strength")
    if "heart_failure" in r.conditions or r.fatigue >= 4 or r.unstable:
        out.add("high_exertion")
    if {"hands_wrists", "shoulder"} & set(r.pain_sites):
        out.add("arm_weight_bearing")
    if "chest" in r.pain_sites:
        out.add("chest_pressure")
    if "dizziness" in r.medication_effects:
        out.add("standing")
    return out


def max_stage_allowed(r: PlanRequest, week_index: int) -> int:
    """The highest step the rules allow in a given week of the plan."""
    wse = None if r.weeks_since_event is None else r.weeks_since_event + week_index

    def recent(weeks: int) -> bool:
        return wse is None or wse < weeks

    cap = 5
    if r.unstable or r.pain >= 7:
        cap = min(cap, 2)
    if "heart_attack" in r.conditions and recent(1):
        cap = min(cap, 2)
    if r.fatigue >= 7:
        cap = min(cap, 3)
    if {"hip_replacement_posterior", "hip_replacement_anterior", "knee_replacement"} & set(r.conditions) and recent(4):
        cap = min(cap, 3)
    if "sternotomy" in r.conditions and recent(8):
        cap = min(cap, 4)
    if "hysterectomy" in r.conditions and recent(6):
        cap = min(cap, 4)
    return cap


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(requests)
def test_no_plan_ever_suggests_a_position_its_constraints_forbid(request):
    plan = build_plan(request)
    expected = must_forbid(request)
    engine = set(forbidden_loads(request))
    assert expected <= engine, f"rules forbid {expected - engine} but the engine does not"
    for position in plan.positions:
        assert not set(position.loads) & engine, (position.id, set(position.loads) & engine)
    assert {a.load for a in plan.avoid} == engine


@settings(max_examples=EXAMPLES, deadline=None)
@given(requests)
def test_every_plan_has_a_safe_suggestion_and_the_words_that_keep_it_safe(request):
    plan = build_plan(request)
    assert plan.positions, "at least one safe suggestion"
    assert "chest_pain" in {f.id for f in plan.red_flags}
    assert "stroke_signs" in {f.id for f in plan.red_flags}
    assert plan.consent_signals and plan.conversation_prompts
    assert "bad_day" in {r.id for r in plan.pacing_rules}
    assert "general_guidance" in {w.id for w in plan.warnings}
    if set(request.conditions) & CARDIAC_CONDITIONS:
        assert "stairs_check" in {w.id for w in plan.warnings}


@settings(max_examples=EXAMPLES, deadline=None)
@given(requests)
def test_the_ladder_never_jumps_and_never_passes_what_the_rules_allow(request):
    plan = build_plan(request)
    stages = [w.stage for w in plan.weeks]
    assert len(stages) == request.weeks
    assert all(1 <= s <= 5 for s in stages)
    assert all(b - a in (0, 1) for a, b in zip(stages, stages[1:], strict=False))
    for index, stage in enumerate(stages):
        assert stage <= max_stage_allowed(request, index), (index, stage)
    if request.start_stage is None:
        assert stages[0] <= 2, "the ladder starts with closeness"
    if request.fatigue >= 7 or "long_covid_mecfs" in request.conditions:
        assert plan.progression == "symptom_led"
        assert "symptom_led" in {r.id for r in plan.pacing_rules}


@settings(max_examples=EXAMPLES, deadline=None)
@given(requests)
def test_every_week_has_rest_a_check_in_and_a_ritual_on_real_dates(request):
    plan = build_plan(request)
    expected_day = request.start_date
    for week in plan.weeks:
        kinds = [d.kind for d in week.days if d.kind != "appointment"]
        assert kinds.count("rest") >= (2 if request.fatigue >= 7 else 1)
        assert "check_in" in kinds and "ritual" in kinds
        dates = [d.date for d in week.days if d.kind != "appointment"]
        assert dates == [expected_day + timedelta(days=i) for i in range(7)]
        expected_day += timedelta(days=7)
        sessions = [d for d in week.days if d.kind == "session"]
        assert all(d.time_of_day == request.best_time for d in sessions)
        assert not any(b.date - a.date == timedelta(days=1) for a, b in zip(sessions, sessions[1:], strict=False))
    if request.fatigue >= 7:
        assert plan.sessions_per_week <= 2
    appointments = [d.date for w in plan.weeks for d in w.days if d.kind == "appointment"]
    end = request.start_date + timedelta(days=7 * request.weeks - 1)
    in_plan = request.follow_up is not None and request.start_date <= request.follow_up <= end
    assert appointments == ([request.follow_up] if in_plan else [])


@settings(max_examples=EXAMPLES, deadline=None)
@given(requests)
def test_interaction_warnings_appear_exactly_when_their_drugs_do(request):
    plan = build_plan(request)
    warnings = {w.id for w in plan.warnings}
    red_flags = {f.id for f in plan.red_flags}
    both = "nitrates" in request.medications and "pde5_inhibitor" in request.medications
    assert ("pde5_nitrate" in warnings) == both
    assert ("priapism" in red_flags) >= ("pde5_inhibitor" in request.medications)
    cardiac = bool(set(request.conditions) & CARDIAC_CONDITIONS)
    if "pde5_inhibitor" in request.medications and cardiac:
        assert "pde5_chest_pain" in warnings
    if (
        "stroke_one_side_weak" in request.conditions
        and within(request, 13)
        and "pde5_inhibitor" in request.medications
    ):
        assert "pde5_after_stroke" in warnings
    if "anticoagulant" in request.medications:
        assert "anticoagulant_bruising" in warnings
    if request.medications or request.medication_effects:
        assert "never_stop_medicine" in {n.id for n in plan.medication_notes}
    for effect in request.medication_effects:
        assert any(n.effect == effect for n in plan.medication_notes), effect


@settings(max_examples=300, deadline=None)
@given(requests)
def test_equal_requests_give_equal_plans(request):
    assert build_plan(request) == build_plan(request)
