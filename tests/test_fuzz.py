"""Thousands of generated requests, valid and not: never a 5xx, every refusal names a field."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clinic.content.alerts import ALERT_IDS
from clinic.model import CONDITIONS, MEDICATION_EFFECTS, MEDICATIONS, PAIN_SITES
from clinic.planner import OMITTABLE_IDS, PROTECTED_IDS

FIELDS = ("language", "paper", "large_print", "discreet", "sources", "weeks", "start_date", "fatigue", "pain",
          "pain_sites", "back_pain_pattern", "medication_effects", "medications", "conditions",
          "weeks_since_event", "best_time", "start_stage", "clinician", "follow_up", "notes", "unstable",
          "partner_medications", "in_treatment", "post_op_check_done", "acknowledged_alerts", "sessions_per_week",
          "omit", "weeks_since_surgery", "penetration_role")

junk = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=8,
)

plausible = {
    "fatigue": st.integers(-2, 12),
    "pain": st.integers(-2, 12),
    "weeks": st.integers(0, 14),
    "language": st.sampled_from(["en", "es_MX", "ar", "zh_Hans", "zh-TW", "vi", "xx", "pt_BR", "", "EN", " es ",
                                 "und", "es_419", "zh-hans", "ar_001", "en_US_POSIX"]),
    "paper": st.sampled_from(["auto", "a4", "letter", "a3"]),
    "pain_sites": st.lists(st.sampled_from([*PAIN_SITES, "elbow"]), max_size=4),
    "conditions": st.lists(st.sampled_from([*CONDITIONS, "flu"]), max_size=5),
    "medications": st.lists(st.sampled_from([*MEDICATIONS, "aspirin"]), max_size=3),
    "partner_medications": st.lists(st.sampled_from([*MEDICATIONS, "aspirin"]), max_size=3),
    "acknowledged_alerts": st.lists(st.sampled_from([*ALERT_IDS, "all_fine"]), max_size=3),
    "medication_effects": st.lists(st.sampled_from([*MEDICATION_EFFECTS, "itch"]), max_size=3),
    "start_date": st.sampled_from(["2026-11-23", "2026-02-30", "tomorrow", "2026-11-23T10:00", "9999-12-31",
                                   "0001-01-01"]),
    "follow_up": st.sampled_from(["2026-12-01", "2025-01-01", "", "nope", "9999-12-31"]),
    "notes": st.text(max_size=1100),
    "clinician": st.fixed_dictionaries({}, optional={"name": st.text(max_size=90), "contact": junk}),
    "weeks_since_event": st.integers(-5, 600) | st.none(),
    "start_stage": st.integers(0, 6) | st.none(),
    "sessions_per_week": st.integers(-1, 5) | st.none(),
    "weeks_since_surgery": st.integers(-5, 600) | st.none(),
    "omit": st.lists(st.sampled_from(sorted(OMITTABLE_IDS | PROTECTED_IDS | {"no_such_item"})), max_size=6),
}

requests = st.fixed_dictionaries(
    {}, optional={name: (plausible.get(name, junk) | junk) for name in FIELDS}
) | junk


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])
@given(body=requests)
def test_api_never_fails_and_names_the_field(client, body):
    response = client.post("/api/v1/plans", data=json.dumps(body), content_type="application/json",
                           headers={"Accept": "application/json"})
    assert response.status_code in (200, 422), (response.status_code, body)
    if response.status_code == 200:  # a real plan came back: a week per requested week, each with its days
        plan = response.get_json()
        assert len(plan["weeks"]) == (body.get("weeks") or 6) and all(len(w["days"]) >= 7 for w in plan["weeks"])
    if response.status_code == 422:
        errors = response.get_json()["errors"]
        assert errors
        for field, messages in errors.items():
            assert field == "request" or field.split(".")[0] in FIELDS, field
            assert messages and all(isinstance(m, str) and m for m in messages)


def test_an_oversized_request_is_refused_with_413(client):
    response = client.post("/api/v1/plans", data=b'{"notes": "' + b"x" * 200_000 + b'"}',
                           content_type="application/json")
    assert response.status_code == 413
    assert "request" in response.get_json()["errors"]
    form = client.post("/plan", data={"fatigue": "1", "pain": "1", "notes": "x" * 200_000})
    assert form.status_code == 413
