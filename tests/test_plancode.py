"""The plan code: printed on the plan, typed in at the next visit, no names or notes in it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clinic import plancode
from clinic.model import (
    BACK_PAIN_PATTERNS,
    BEST_TIMES,
    CONDITIONS,
    MEDICATION_EFFECTS,
    MEDICATIONS,
    PAIN_SITES,
    PAPERS,
    PENETRATION_ROLES,
    PlanRequest,
)
from tests.conftest import pdf_text
from tests.test_safety import subset

requests = st.builds(
    PlanRequest,
    fatigue=st.integers(0, 10), pain=st.integers(0, 10), weeks=st.integers(2, 12),
    language=st.sampled_from(["en", "en_US", "es_MX", "pt_BR", "ar", "zh_Hans", "vi", "de_AT", "fr"]),
    paper=st.sampled_from(PAPERS), large_print=st.booleans(), discreet=st.booleans(), sources=st.booleans(),
    unstable=st.booleans(), start_date=st.dates(date(2024, 1, 1), date(2080, 12, 31)),
    pain_sites=subset(PAIN_SITES), back_pain_pattern=st.sampled_from(BACK_PAIN_PATTERNS),
    medication_effects=subset(MEDICATION_EFFECTS), medications=subset(MEDICATIONS), conditions=subset(CONDITIONS),
    weeks_since_event=st.none() | st.integers(0, 520), best_time=st.sampled_from(BEST_TIMES),
    partner_medications=subset(MEDICATIONS), in_treatment=st.booleans(), post_op_check_done=st.booleans(),
    sessions_per_week=st.none() | st.integers(1, 3), weeks_since_surgery=st.none() | st.integers(0, 520),
    penetration_role=st.sampled_from(PENETRATION_ROLES),
)


@settings(max_examples=500, deadline=None)
@given(requests, st.integers(1, 5))
def test_every_request_round_trips_through_its_code(request, end_stage):
    code = plancode.encode(request, end_stage)
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})+", code)
    assert len(code.replace("-", "")) <= 32
    decoded = plancode.decode(code.lower().replace("-", " "))
    # acknowledged alerts are never carried: each new plan's alerts are reviewed again
    assert decoded.request == request
    assert decoded.end_stage == end_stage


@pytest.mark.parametrize("request_", [
    PlanRequest(fatigue=3, pain=2, start_date=date(2026, 11, 23)),
    PlanRequest(fatigue=7, pain=5, weeks=12, language="ar", conditions=("sternotomy", "heart_failure"),
                medications=("nitrates",), weeks_since_event=4, start_date=date(2027, 3, 1)),
], ids=["default", "heavy"])
def test_a_mistyped_symbol_is_caught(request_):
    """Every single-symbol typo at every position: the checksum catches at least 99%."""
    code = plancode.encode(request_, 3).replace("-", "")
    typos = [code[:i] + c + code[i + 1:] for i in range(len(code)) for c in plancode.ALPHABET if c != code[i]]
    slipped = 0
    for typo in typos:
        try:
            plancode.decode(typo)
        except plancode.InvalidCode:
            continue
        slipped += 1
    assert slipped <= len(typos) // 100, (slipped, len(typos))


def test_a_code_printed_by_the_first_version_still_fills_the_form():
    old = PlanRequest(fatigue=4, pain=3, conditions=("hysterectomy",), medications=("nitrates", "sedative"),
                      weeks_since_event=5, start_date=date(2026, 11, 23))
    code = plancode.encode(old, 4, version=1)
    assert len(code.replace("-", "")) == plancode.BODY_LENGTHS[1] + 2 != plancode.BODY_LENGTHS[2] + 2
    assert plancode.decode(code).request == old
    assert plancode.decode(plancode.encode(old, 4)).request == old


def test_a_code_printed_before_the_v2_vocabulary_still_fills_the_form():
    """Version 3 (vericiguat, 23 conditions, 16-byte checksum) reads back unchanged after version 4 grew both lists."""
    old = PlanRequest(fatigue=2, pain=6, conditions=("heart_attack", "lymphoedema"), medications=("vericiguat",),
                      partner_medications=("pde5_inhibitor",), weeks_since_event=30, start_date=date(2026, 10, 5))
    code = plancode.encode(old, 5, version=3)
    assert len(code.replace("-", "")) == plancode.BODY_LENGTHS[3] + 2 < plancode.BODY_LENGTHS[4] + 2
    assert plancode.decode(code).request == old


def test_a_version_4_code_still_fills_the_form_without_the_operations_date():
    old = PlanRequest(fatigue=2, pain=6, conditions=("hysterectomy", "chemotherapy"), sessions_per_week=1,
                      weeks_since_event=3, in_treatment=True, start_date=date(2026, 10, 5))
    code = plancode.encode(old, 3, version=4)
    assert len(code.replace("-", "")) == plancode.BODY_LENGTHS[4] + 2 < plancode.BODY_LENGTHS[5] + 2
    assert plancode.decode(code).request == old


def test_the_code_carries_no_free_text():
    base = PlanRequest(fatigue=3, pain=2, start_date=date(2026, 11, 23))
    named = PlanRequest(fatigue=3, pain=2, start_date=date(2026, 11, 23), clinician_name="Ann", clinician_contact="555",
                        notes="private", follow_up=date(2026, 12, 1))
    assert plancode.encode(base, 2) == plancode.encode(named, 2)


def test_next_visit_moves_time_on_and_starts_where_the_plan_ended():
    request = PlanRequest(fatigue=4, pain=2, conditions=("sternotomy",), weeks_since_event=3, start_date=date(2026, 11, 2))
    later = plancode.next_visit(plancode.decode(plancode.encode(request, 4)), date(2026, 11, 2) + timedelta(weeks=6, days=3))
    assert later.weeks_since_event == 9
    assert later.start_stage == 4
    both = replace(request, conditions=("hysterectomy", "chemotherapy"), weeks_since_event=2, weeks_since_surgery=20)
    again = plancode.next_visit(plancode.decode(plancode.encode(both, 3)), date(2026, 11, 2) + timedelta(weeks=6))
    assert (again.weeks_since_event, again.weeks_since_surgery) == (8, 26)  # both dates move on
    assert later.start_date == date(2026, 12, 17)


def test_code_from_the_pdf_fills_the_form_again(client):
    pdf = client.post("/plan.pdf", data={"fatigue": "5", "pain": "4", "conditions": ["hip_replacement_posterior"],
                                         "weeks_since_event": "2", "language": "es", "weeks": "4",
                                         "notes": "secret words", "start_date": "2026-11-23"}).data
    code = re.search(r"([0-9A-Z]{4}(?:-[0-9A-Z]{1,4})+)", pdf_text(pdf)).group(1)
    html = client.post("/code", data={"plan_code": code}).get_data(as_text=True)
    assert 'value="hip_replacement_posterior" checked' in html
    assert re.search(r'<option value="es" lang="es" selected>', html)
    assert "secret words" not in html
    assert re.search(r'<option value="\d" selected>', html)  # the starting step moved on


def test_a_wrong_code_is_refused_next_to_its_field(client):
    response = client.post("/code", data={"plan_code": "ABCD-EFGH"})
    html = response.get_data(as_text=True)
    assert response.status_code == 422
    assert 'id="plan_code-error"' in html and 'value="ABCD-EFGH"' in html


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(requests, st.text("abc xyz", max_size=30), st.integers(1, 5) | st.none())
def test_a_request_survives_the_form_both_ways(app, request, text, start_stage):  # app is read-only here
    """from_request and to_request are two hand-written mappings: every field must come back."""
    from dataclasses import replace

    from clinic.forms import PlanForm

    text = text.strip()  # the form trims what is typed; "" means none, as in PlanRequest
    request = replace(request, notes=text, clinician_name=text, clinician_contact=text,
                      start_stage=start_stage, follow_up=request.start_date + timedelta(days=14))
    with app.test_request_context():
        assert PlanForm.from_request(request).to_request() == request
