"""The preview is the clinician's review step: what is left out is printed nowhere, and the
safety items cannot be left out. The oracle (what counts as a safety item) is written here from
the contract, not read from the engine's tables."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clinic import create_app, render
from clinic.planner import build_plan
from tests.conftest import pdf_text, plan_request
from tests.test_safety import EXAMPLES, requests

# Contract v2: red flags, danger warnings and clinician alerts cannot be left out. Beyond it, the
# "avoid for now" list and these lines, which explain limits the plan enforces or keep a household
# safe, stay too (what a careful clinician would not want a stray click to remove).
SAFETY_LINES = {
    "bad_day", "general_guidance", "stairs_check", "sternal_precautions", "partner_tablets",
    "partner_own_tablets", "never_stop_medicine", "stoma_nothing_inside", "hysterectomy_nothing_inside",
    "nothing_inside_after_radiotherapy", "post_op_check_first", "timing_unknown", "symptom_led",
}
# (the pregnancy line may be left out: only the clinician knows whether a pregnancy could start)
ITEM_SECTIONS = ("warnings", "red_flags", "take_care", "rest", "rituals", "medication_notes", "condition_notes",
                 "conversation_prompts", "consent_signals", "partner", "questions", "pacing_rules")
NEVER_EMPTY = ("positions", "rituals", "consent_signals", "conversation_prompts", "pacing_rules")

APP = create_app({"TESTING": True, "WTF_CSRF_ENABLED": False, "SECRET_KEY": "test", "RATELIMIT_ENABLED": False})


def items(plan):
    """(section, id, thing) for everything the plan prints that has an id."""
    found = [(name, i.id, i) for name in ITEM_SECTIONS for i in getattr(plan, name)]
    found += [(name, p.id, p) for name in ("positions", "later_positions") for p in getattr(plan, name)]
    return found


def is_safety(section, thing) -> bool:
    return (section == "red_flags" or (section == "warnings" and thing.severity == "danger")
            or thing.id in SAFETY_LINES)


def words(thing) -> list[str]:
    """The texts of one item as printed (a position by its description, a ritual by its title too)."""
    texts = [thing.how] if hasattr(thing, "how") else [thing.text]
    if getattr(thing, "title", "") and not hasattr(thing, "how"):
        texts.append(thing.title)
    return [str(t) for t in texts]


def folded(text: str) -> str:
    return re.sub(r"\s+", "", text)


def json_texts(plan) -> str:
    return json.dumps(render.plan_to_json(plan), ensure_ascii=False)


def ics_texts(plan) -> str:
    calendar = icalendar.Calendar.from_ical(render.render_ics(plan))
    return " ".join(str(c.get(k, "")) for c in calendar.walk("VEVENT") for k in ("summary", "description"))


@settings(max_examples=EXAMPLES // 3, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(request=requests, data=st.data())
def test_what_is_left_out_is_printed_nowhere_and_the_safety_items_always_stay(request, data):
    full = build_plan(request)
    present = items(full)
    asked = data.draw(st.lists(st.sampled_from([i for _, i, _ in present]), unique=True, max_size=15), "omit")
    plan = build_plan(replace(request, omit=tuple(sorted(asked))))
    kept = {(s, i) for s, i, _ in items(plan)}
    # every safety item of the full plan is still there, and the clinician alerts are unchanged
    for section, item_id, thing in present:
        if is_safety(section, thing):
            assert (section, item_id) in kept, (section, item_id)
    assert plan.avoid == full.avoid
    assert plan.clinician_alerts == full.clinician_alerts
    assert plan.unacknowledged_stops == full.unacknowledged_stops
    # a section that must not be empty keeps one item; nothing is left out that was not asked for
    for section in NEVER_EMPTY:
        assert bool(getattr(plan, section)) == bool(getattr(full, section)), section
    for section, item_id, _thing in present:
        if (section, item_id) not in kept:
            assert item_id in asked, (section, item_id)
    with APP.test_request_context():
        everywhere = folded(json_texts(plan) + ics_texts(plan))
        removed = [(s, i, t) for s, i, t in present if (s, i) not in kept]
        for section, item_id, thing in removed:
            for text in words(thing):
                assert folded(text) not in everywhere, (section, item_id, text)
        listed = {(o.section, o.id) for o in plan.omitted}
        assert listed == {(s, i) for s, i, _ in removed}
        # what was not asked for is printed as before
        for section, item_id, _thing in present:
            if item_id not in asked:
                assert (section, item_id) in kept, (section, item_id)


@settings(max_examples=max(4, EXAMPLES // 200), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(request=requests.filter(lambda r: r.language in ("en", "en_GB", "en_US", "es")), data=st.data())
def test_the_pdf_holds_nothing_that_was_left_out(request, data):
    full = build_plan(request)
    present = [(s, i, t) for s, i, t in items(full) if not is_safety(s, t)]
    if not present:
        return
    asked = data.draw(st.lists(st.sampled_from([i for _, i, _ in present]), unique=True, min_size=1, max_size=8))
    plan = build_plan(replace(request, omit=tuple(sorted(asked))))
    kept = {(s, i) for s, i, _ in items(plan)}
    with APP.test_request_context():
        text = folded(pdf_text(render.render_pdf(plan)))
        removed = [(s, i, t) for s, i, t in present if (s, i) not in kept]
        assert removed
        for section, item_id, thing in removed:
            for words_ in words(thing):
                # the first 40 characters: a long text may break across a page in the PDF
                assert folded(words_)[:40] not in text, (section, item_id, words_)


@pytest.mark.parametrize("safety_id", ["chest_pain", "pde5_nitrate", "nitrate_pde5", "kneeling", "bad_day"])
def test_the_api_refuses_to_leave_out_a_safety_item_with_an_error_on_omit(client, safety_id):
    """A red flag, a danger warning, a clinician alert, an avoid entry, a safety line."""
    response = client.post("/api/v1/plans", json={"fatigue": 2, "pain": 1, "omit": [safety_id]})
    assert response.status_code == 422
    assert set(response.get_json()["errors"]) == {"omit"}


def test_an_unknown_id_is_refused_and_a_known_one_is_listed_as_left_out(client):
    assert client.post("/api/v1/plans", json={"fatigue": 2, "pain": 1, "omit": ["no_such_item"]}).status_code == 422
    body = {"fatigue": 2, "pain": 1, "start_date": "2026-11-23"}
    full = client.post("/api/v1/plans", json=body).get_json()
    ritual = full["rituals"][1]
    plan = client.post("/api/v1/plans", json={**body, "omit": [ritual["id"]]}).get_json()
    assert {"id": ritual["id"], "section": "rituals"} in plan["omitted"]
    assert ritual["id"] not in {r["id"] for r in plan["rituals"]}
    assert ritual["title"] not in {d["label"] for w in plan["weeks"] for d in w["days"]}


def test_the_preview_offers_leave_out_on_all_but_the_safety_items_and_puts_back(client):
    form = {"fatigue": "3", "pain": "2", "conditions": "heart_attack", "weeks_since_event": "8",
            "medications": "nitrates"}
    html = client.post("/plan", data=form).get_data(as_text=True)
    offered = set(re.findall(r'name="omit" value="([^"]+)"', html))
    plan = build_plan(plan_request(fatigue=3, pain=2, conditions=("heart_attack",), weeks_since_event=8,
                                   medications=("nitrates",)))
    for section, item_id, thing in items(plan):
        assert (item_id in offered) == (not is_safety(section, thing)), (section, item_id)
    position = plan.positions[-1].id
    html = client.post("/plan", data={**form, "omit": position}).get_data(as_text=True)
    assert f'id="position-{position}"' not in html
    assert f'name="put_back" value="{position}"' in html
    assert f'<input type="hidden" name="omit" value="{position}">' in html
    # back to the form and on to the preview again: still left out; then put back
    html = client.post("/edit", data={**form, "omit": position}).get_data(as_text=True)
    assert f'<input type="hidden" name="omit" value="{position}">' in html
    html = client.post("/plan", data={**form, "omit": position, "put_back": position}).get_data(as_text=True)
    assert f'id="position-{position}"' in html


def test_a_form_post_with_a_safety_id_comes_back_with_the_error_by_the_field(client):
    response = client.post("/plan", data={"fatigue": "3", "pain": "2", "omit": "chest_pain", "notes": "kept text"})
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert 'id="omit-error"' in html and "kept text" in html
