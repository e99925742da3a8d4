"""The JSON API: one request, three agreeing answers; errors that name the field."""

from __future__ import annotations

import pytest
from icalendar import Calendar

from tests.conftest import pdf_reader, pdf_text

REQUEST = {
    "fatigue": 5,
    "pain": 4,
    "conditions": ["sternotomy"],
    "weeks_since_event": 5,
    "medications": ["nitrates", "pde5_inhibitor"],
    "pain_sites": ["lower_back"],
    "back_pain_pattern": "worse_bending_forward",
    "start_date": "2026-11-23",
    "follow_up": "2026-12-09",
    "best_time": "evening",
    "clinician": {"name": "Sam Rivera", "contact": "Cardiac rehab, ext. 4411"},
    "notes": "Walk daily; bring this plan to your next visit.",
    "acknowledged_alerts": ["nitrate_pde5"],  # the clinician has reviewed the nitrate + erection tablet stop
}


def post(client, body, accept):
    return client.post("/api/v1/plans", json=body, headers={"Accept": accept})


def test_json_pdf_and_html_agree(client):
    plan = post(client, REQUEST, "application/json").get_json()
    pdf = post(client, REQUEST, "application/pdf")
    html = post(client, REQUEST, "text/html").get_data(as_text=True)
    assert pdf.mimetype == "application/pdf"
    assert pdf.headers["Content-Disposition"].startswith("attachment;")
    assert pdf.headers["Cache-Control"] == "no-store"
    text = pdf_text(pdf.data)
    for section in ("positions", "rest", "rituals", "medication_notes", "warnings", "red_flags",
                    "conversation_prompts", "consent_signals"):
        assert plan[section], section
        for item in plan[section]:
            words = item.get("title") or item["text"]
            snippet = " ".join(words.split()[:5])
            assert snippet in text, (section, snippet)
            assert snippet in html, (section, snippet)
    for week in plan["weeks"]:
        assert f"Week {week['week']}: up to step {week['stage']}" in text
    assert "Sam Rivera" in text and "Walk daily" in text
    assert any(w["id"] == "pde5_nitrate" and w["severity"] == "danger" for w in plan["warnings"])
    pages = len(pdf_reader(pdf.data).pages)
    assert f"1 / {pages}" in text and f"{pages} / {pages}" in text  # page numbers "n / N"


def test_plan_json_has_the_contract_shape(client):
    plan = post(client, REQUEST, "application/json").get_json()
    assert plan["language"] == "en" and plan["direction"] == "ltr"
    assert plan["paper"] in ("a4", "letter")
    assert plan["sessions_per_week"] >= 1 and plan["session_minutes"] > 0
    assert [s["number"] for s in plan["stages"]] == [1, 2, 3, 4, 5]
    kinds = {d["kind"] for w in plan["weeks"] for d in w["days"]}
    assert kinds == {"session", "rest", "check_in", "ritual", "appointment"}
    for p in plan["positions"]:
        assert set(p) >= {"id", "title", "how", "why", "effort", "loads"}
        assert p["effort"] in ("low", "moderate")
    assert plan["sources"], "the clinician's appendix is on by default"


def test_calendar_has_every_scheduled_day_and_no_personal_text(client):
    plan = post(client, REQUEST, "application/json").get_json()
    response = post(client, REQUEST, "text/calendar")
    assert response.mimetype == "text/calendar"
    calendar = Calendar.from_ical(response.data)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == sum(len(w["days"]) for w in plan["weeks"])
    body = response.get_data(as_text=True)
    assert "Sam Rivera" not in body and "Walk daily" not in body
    starts = sorted(str(e.decoded("dtstart"))[:10] for e in events)
    assert starts[0] == "2026-11-23"


def test_sources_appendix_can_be_switched_off(client):
    on = pdf_text(post(client, REQUEST, "application/pdf").data)
    off = pdf_text(post(client, {**REQUEST, "sources": False}, "application/pdf").data)
    assert "sources behind this plan" in on
    assert "sources behind this plan" not in off


def test_paper_follows_the_territory_unless_chosen(client):
    def size(body):
        box = pdf_reader(post(client, body, "application/pdf").data).pages[0].mediabox
        return round(float(box.width)), round(float(box.height))

    assert size({**REQUEST, "language": "en_GB"}) == (595, 842)  # A4
    assert size({**REQUEST, "language": "en_US"}) == (612, 792)  # Letter
    assert size({**REQUEST, "language": "en_US", "paper": "a4"}) == (595, 842)


def test_discreet_plan_has_a_neutral_title_everywhere(client):
    response = post(client, {**REQUEST, "discreet": True}, "application/pdf")
    reader = pdf_reader(response.data)
    assert reader.metadata.title == "Recovery plan"
    assert "recovery-plan" in response.headers["Content-Disposition"]
    first_page = reader.pages[0].extract_text()
    for word in ("sex", "intimacy", "erection", "intercourse"):
        assert word not in first_page.lower()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"pain": 3}, "fatigue"),
        ({"fatigue": 11, "pain": 3}, "fatigue"),
        ({"fatigue": "5", "pain": 3}, "fatigue"),
        ({"fatigue": True, "pain": 3}, "fatigue"),
        ({"fatigue": 5.5, "pain": 3}, "fatigue"),
        ({"fatigue": 5, "pain": -1}, "pain"),
        ({"fatigue": 5, "pain": 3, "weeks": 1}, "weeks"),
        ({"fatigue": 5, "pain": 3, "weeks": 13}, "weeks"),
        ({"fatigue": 5, "pain": 3, "language": "klingon"}, "language"),
        ({"fatigue": 5, "pain": 3, "language": "zh_TW"}, "language"),
        ({"fatigue": 5, "pain": 3, "paper": "a3"}, "paper"),
        ({"fatigue": 5, "pain": 3, "pain_sites": ["elbow"]}, "pain_sites"),
        ({"fatigue": 5, "pain": 3, "pain_sites": "neck"}, "pain_sites"),
        ({"fatigue": 5, "pain": 3, "conditions": ["flu"]}, "conditions"),
        ({"fatigue": 5, "pain": 3, "medications": [1]}, "medications"),
        ({"fatigue": 5, "pain": 3, "medication_effects": ["hiccups"]}, "medication_effects"),
        ({"fatigue": 5, "pain": 3, "weeks_since_event": 521}, "weeks_since_event"),
        ({"fatigue": 5, "pain": 3, "start_stage": 6}, "start_stage"),
        ({"fatigue": 5, "pain": 3, "sessions_per_week": 4}, "sessions_per_week"),
        ({"fatigue": 5, "pain": 3, "sessions_per_week": 0}, "sessions_per_week"),
        ({"fatigue": 5, "pain": 3, "best_time": "midnight"}, "best_time"),
        ({"fatigue": 5, "pain": 3, "start_date": "23/11/2026"}, "start_date"),
        ({"fatigue": 5, "pain": 3, "start_date": "9999-12-31"}, "start_date"),
        ({"fatigue": 5, "pain": 3, "follow_up": "9999-12-31"}, "follow_up"),
        ({"fatigue": 5, "pain": 3, "follow_up": "2020-01-01", "start_date": "2026-11-23"}, "follow_up"),
        ({"fatigue": 5, "pain": 3, "large_print": "yes"}, "large_print"),
        ({"fatigue": 5, "pain": 3, "clinician": "Dr Who"}, "clinician"),
        ({"fatigue": 5, "pain": 3, "clinician": {"name": "x" * 81}}, "clinician.name"),
        ({"fatigue": 5, "pain": 3, "clinician": {"contact": "x" * 121}}, "clinician.contact"),
        ({"fatigue": 5, "pain": 3, "notes": "x" * 1001}, "notes"),
        ({"fatigue": 5, "pain": 3, "notes": "bell\x07"}, "notes"),
        ({"fatigue": 5, "pain": 3, "notes": "\u202eevil"}, "notes"),
        ({"fatigue": 5, "pain": 3, "clinician": {"name": "Dr\u2067X"}}, "clinician.name"),
        ({"fatigue": 5, "pain": 3, "clinician": {"contact": "555\x000"}}, "clinician.contact"),
        ({"fatigue": 5, "pain": 3, "back_pain_pattern": "sideways"}, "back_pain_pattern"),
        ({"fatigue": 5, "pain": 3, "back_pain_pattern": "worse_arching_back"}, "back_pain_pattern"),
    ],
)
def test_each_kind_of_bad_value_is_refused_naming_its_field(client, body, field):
    response = post(client, body, "application/json")
    assert response.status_code == 422
    errors = response.get_json()["errors"]
    assert field in errors, errors
    assert all(isinstance(m, str) and m for m in errors[field])


def test_unknown_fields_are_ignored(client):
    response = post(client, {"fatigue": 1, "pain": 1, "favourite_colour": "blue"}, "application/json")
    assert response.status_code == 200


def test_not_json_and_not_an_object_are_refused_clearly(client):
    r = client.post("/api/v1/plans", data="fatigue=3", content_type="text/plain")
    assert r.status_code == 415 and "request" in r.get_json()["errors"]
    r = client.post("/api/v1/plans", data="{broken", content_type="application/json")
    assert r.status_code == 422 and "request" in r.get_json()["errors"]
    r = client.post("/api/v1/plans", json=[1, 2])
    assert r.status_code == 422 and "request" in r.get_json()["errors"]


def test_unsupported_accept_gets_406(client):
    r = client.post("/api/v1/plans", json=REQUEST, headers={"Accept": "image/png"})
    assert r.status_code == 406


def test_vocabulary_lists_every_value_with_a_label(client):
    body = client.get("/api/v1/vocabulary?lang=es").get_json()
    assert {c["value"] for c in body["conditions"]} >= {"heart_attack", "lymphoedema"}
    assert all(c["label"] for c in body["conditions"])
    assert [lang["code"] for lang in body["languages"]] == ["en", "es", "fr", "de", "pt", "ar", "zh_Hans", "vi"]
    assert client.get("/api/v1/vocabulary?lang=ar").get_json()["direction"] == "rtl"
    assert client.get("/api/v1/vocabulary?lang=xx").status_code == 422


def test_healthz_renders(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.get_json()["status"] == "ok"
