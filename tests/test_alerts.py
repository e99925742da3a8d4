"""Clinician alerts: computed from the request, shown above the preview in the clinician's
language, never printed in the handout, and a stop holds the PDF back in every interface."""

from __future__ import annotations

import json

from flask_babel import force_locale
from icalendar import Calendar

from clinic import render
from clinic.content import library as lib
from clinic.planner import build_plan
from tests.conftest import pdf_reader, pdf_text, plan_request

NITRATE_AND_TABLET = {
    "fatigue": 4, "pain": 3, "conditions": ["heart_attack"], "weeks_since_event": 6,
    "medications": ["nitrates", "pde5_inhibitor"], "start_date": "2026-11-23", "language": "en_GB",
}
FORM = {"fatigue": "4", "pain": "3", "conditions": "heart_attack", "weeks_since_event": "6",
        "medications": ["nitrates", "pde5_inhibitor"], "start_date": "2026-11-23", "language": "es"}


def api(client, body, accept):
    return client.post("/api/v1/plans", json=body, headers={"Accept": accept})


def test_a_stop_alert_holds_the_api_pdf_until_acknowledged(client):
    for accept in ("application/pdf", "text/html"):
        refused = api(client, NITRATE_AND_TABLET, accept)
        assert refused.status_code == 409, accept
        assert [a["id"] for a in refused.get_json()["alerts"]] == ["nitrate_pde5"]
        assert all(a["severity"] == "stop" and a["text"] for a in refused.get_json()["alerts"])
    plan = api(client, NITRATE_AND_TABLET, "application/json")
    assert plan.status_code == 200
    stops = {a["id"] for a in plan.get_json()["clinician_alerts"] if a["severity"] == "stop"}
    assert stops == {"nitrate_pde5"}
    pdf = api(client, {**NITRATE_AND_TABLET, "acknowledged_alerts": ["nitrate_pde5"]}, "application/pdf")
    assert pdf.status_code == 200 and pdf.mimetype == "application/pdf"
    text = pdf_text(pdf.data)
    assert "Do not take your erection tablet" in text and "Do not stop your heart medicine" in text
    assert "Take your erection tablet only as prescribed" not in text
    alert = plan.get_json()["clinician_alerts"][0]["text"]
    assert alert[:40] not in text, "clinician alerts are never printed for the couple"


def test_an_unknown_alert_id_is_refused_by_name(client):
    answer = api(client, {**NITRATE_AND_TABLET, "acknowledged_alerts": ["all_fine"]}, "application/json")
    assert answer.status_code == 422 and "acknowledged_alerts" in answer.get_json()["errors"]


def test_the_form_pdf_button_shows_the_alert_instead_of_downloading(client):
    held = client.post("/plan.pdf", data=FORM, headers={"Accept-Language": "en"})
    html = held.get_data(as_text=True)
    assert held.status_code == 409 and held.mimetype == "text/html"
    assert 'name="acknowledged_alerts" value="nitrate_pde5"' in html
    assert "Stop before printing" in html and "A nitrate and an erection tablet" in html  # the clinician's English
    assert 'lang="es"' in html  # the plan below it stays in the patient's language
    assert 'name="acknowledged_alerts" type="hidden"' not in html and 'type="hidden" name="acknowledged_alerts"' not in html
    pdf = client.post("/plan.pdf", data={**FORM, "acknowledged_alerts": "nitrate_pde5"})
    assert pdf.status_code == 200 and pdf.mimetype == "application/pdf"
    with client.application.test_request_context(), force_locale("es"):
        safe_action = str(next(w.text for w in lib.WARNINGS if w.id == "pde5_nitrate"))
    assert " ".join(safe_action.split()[:6]) in pdf_text(pdf.data)


def test_the_preview_lists_every_alert_with_its_severity(client):
    page = client.post("/plan", data={**FORM, "medications": ["nitrates"], "conditions": "sternotomy",
                                      "weeks_since_event": ""}).get_data(as_text=True)
    assert 'id="alert-timing_unknown"' in page and "Check:" in page
    assert 'name="acknowledged_alerts"' not in page  # a check needs no tick


def test_the_cli_exits_3_and_lists_the_alerts_unless_acknowledged(runner, tmp_path):
    request = tmp_path / "request.json"
    request.write_text(json.dumps(NITRATE_AND_TABLET))
    pdf, plan = tmp_path / "plan.pdf", tmp_path / "plan.json"
    held = runner.invoke(args=["plan", "render", str(request), "-o", str(pdf), "--json", str(plan)])
    assert held.exit_code == 3, held.output
    assert "stop nitrate_pde5:" in held.output and not pdf.exists()
    assert json.loads(plan.read_text())["clinician_alerts"][0]["id"] == "nitrate_pde5"
    wrong = runner.invoke(args=["plan", "render", str(request), "-o", str(pdf), "--acknowledge", "fine"])
    assert wrong.exit_code == 2 and not pdf.exists()
    done = runner.invoke(args=["plan", "render", str(request), "-o", str(pdf), "--acknowledge", "nitrate_pde5"])
    assert done.exit_code == 0, done.output
    assert "Do not take your erection tablet" in pdf_text(pdf.read_bytes())


def test_a_partners_tablet_gives_the_household_line_and_no_patient_flags(app):
    plan = build_plan(plan_request(conditions=("heart_attack",), weeks_since_event=8, medications=("nitrates",),
                                   partner_medications=("pde5_inhibitor",), language="en_US"))
    with app.test_request_context():
        data = render.plan_to_json(plan)
        text = pdf_text(render.render_pdf(plan))
    assert "Never take anyone else's erection tablets" in text
    assert {"priapism", "vision_loss"}.isdisjoint(f["id"] for f in data["red_flags"])
    assert "more than 4 hours" not in text and "loss of sight" not in text
    assert "Keep them away from your partner's medicines" in text  # the partner's page
    assert [a["id"] for a in data["clinician_alerts"]] == ["partner_tablets"]


def test_a_discreet_calendar_file_names_no_step_in_any_language(app):
    plan = build_plan(plan_request(discreet=True, weeks=12, start_stage=4, conditions=("arthritis",)))
    for language in ("en", "es", "fr", "de", "pt", "ar", "zh_Hans", "vi"):
        from dataclasses import replace

        localized = build_plan(replace(plan.request, language=language))
        with app.test_request_context():
            calendar = Calendar.from_ical(render.render_ics(localized))
            with force_locale(language):
                explicit = {str(t) for t in lib.STAGE_TITLES.values()} | {str(lib.session_label(n)) for n in range(1, 6)}
        summaries = [str(e.get("summary")) for e in calendar.walk("VEVENT")]
        assert max(w.stage for w in localized.weeks) == 5
        assert summaries and not any(title in s for s in summaries for title in explicit), language
        assert not any(str(e.get("description") or "") for e in calendar.walk("VEVENT"))


def test_a_discreet_plan_keeps_its_red_flags_on_page_one_without_explicit_words(app):
    plan = build_plan(plan_request(discreet=True, conditions=("prostatectomy", "spinal_surgery"), weeks_since_event=3,
                                   medications=("pde5_inhibitor", "anticoagulant")))
    with app.test_request_context():
        reader = pdf_reader(render.render_pdf(plan))
    first = " ".join(reader.pages[0].extract_text().split())
    assert "Stop and get help" in first and "Go to the emergency department now" in first
    for word in ("erection", "sex", "genital", "vagina", "penis"):
        assert word not in first.lower(), word
    # the patient's own emergency stays on page one, in neutral words
    assert "stiffness that lasts more than 4 hours" in first
    rest = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages[1:])
    assert "More signs to act on" in rest and "Sudden loss of sight after an erection tablet" in rest
    assert "An erection that lasts" not in first + rest


def test_a_plan_with_no_emergency_number_tells_the_clinician(app):
    bare, british = (build_plan(plan_request(language=lang)) for lang in ("es", "es_GB"))
    assert "emergency_number_unknown" in {a.id for a in bare.clinician_alerts}
    assert "emergency_number_unknown" not in {a.id for a in british.clinician_alerts}


def test_the_british_gtn_plan_is_nice_s_two_doses_and_elsewhere_the_call_comes_after_one(app):
    def chest(language):
        plan = build_plan(plan_request(medications=("nitrates",), conditions=("heart_attack",), weeks_since_event=8,
                                       language=language))
        with app.test_request_context():
            return str(next(f.text for f in plan.red_flags if f.id == "chest_pain"))

    assert "2nd dose" in chest("en_GB") and "2nd dose" not in chest("en_US")
    for text in (chest("en_GB"), chest("en_US")):  # the erection-tablet exception always comes first
        assert text.index("sildenafil") < text.index("1 dose of GTN")


def test_every_spelling_of_a_country_gives_the_same_lines_as_the_emergency_number(app):
    # crisis line, GTN plan and emergency number all read the country from one place (i18n)
    for language in ("en_GB", "en-gb", "ar_GB"):
        plan = build_plan(plan_request(language=language, conditions=("heart_attack", "depression_anxiety"),
                                       medications=("nitrates",), weeks_since_event=8))
        with app.test_request_context():
            flags = {f.id: str(f.text) for f in plan.red_flags}
        assert "2nd dose" in flags["chest_pain"], language
        assert "crisis_line_missing" not in {a.id for a in plan.clinician_alerts}, language
        assert "emergency_number_unknown" not in {a.id for a in plan.clinician_alerts}, language


def test_hormone_tablets_alone_bring_no_fever_line_and_the_clinician_is_asked():
    """Tamoxifen or ADT with "cancer treatment going on": the counts are not lowered, so no 24-hour
    cancer-line fever box; an alert asks whether a drug that lowers the counts is given too."""
    from clinic.planner import build_plan
    from tests.conftest import plan_request
    hormone = build_plan(plan_request(conditions=("breast_cancer", "cancer_treatment"), medications=("tamoxifen",),
                                      in_treatment=True, weeks_since_event=5))
    assert "neutropenic_fever" not in {f.id for f in hormone.red_flags}
    assert "hormone_treatment_fever" in {a.id for a in hormone.clinician_alerts}
    chemo = build_plan(plan_request(conditions=("breast_cancer", "chemotherapy"), medications=("tamoxifen",),
                                    in_treatment=True, weeks_since_event=5))
    assert "neutropenic_fever" in {f.id for f in chemo.red_flags}
    assert "hormone_treatment_fever" not in {a.id for a in chemo.clinician_alerts}


def test_an_erection_tablet_beside_a_heart_that_is_not_stable_waits_for_the_heart_team():
    """AHA 2012: an unstable heart condition is treated before sex (facts 1); the tablet's
    "as prescribed" line would tell them to go ahead."""
    plan = build_plan(plan_request(conditions=("angina",), medications=("pde5_inhibitor",), unstable=True))
    assert "pde5_unstable_heart" in {a.id for a in plan.clinician_alerts}
    notes = {n.id: str(n.text) for n in plan.medication_notes}
    assert notes["pde5_inhibitor"].startswith("Before you use your erection tablet again, ask your heart team")
    stable = build_plan(plan_request(conditions=("angina",), medications=("pde5_inhibitor",)))
    assert "pde5_unstable_heart" not in {a.id for a in stable.clinician_alerts}
    # with a nitrate the stop says it all
    both = build_plan(plan_request(conditions=("angina",), medications=("pde5_inhibitor", "nitrates"), unstable=True))
    assert "pde5_unstable_heart" not in {a.id for a in both.clinician_alerts}


def test_a_couple_with_nothing_recent_to_wait_for_is_asked_where_they_are():
    """No starting step chosen: a stable couple years after an operation, or living with arthritis,
    may be further on than their symptoms suggest (facts 13.10); a recent operation has its wait."""
    years_after = build_plan(plan_request(conditions=("sternotomy",), weeks_since_event=520, pain=4))
    assert "start_step_by_pace" in {a.id for a in years_after.clinician_alerts}
    arthritis = build_plan(plan_request(conditions=("arthritis",), pain=5))
    assert "start_step_by_pace" in {a.id for a in arthritis.clinician_alerts}
    recent = build_plan(plan_request(conditions=("hysterectomy",), weeks_since_event=3))
    assert "start_step_by_pace" not in {a.id for a in recent.clinician_alerts}
    chosen = build_plan(plan_request(conditions=("arthritis",), pain=5, start_stage=3))
    assert "start_step_by_pace" not in {a.id for a in chosen.clinician_alerts}


def test_one_stroke_entered_as_two_boxes_is_one_event():
    plan = build_plan(plan_request(conditions=("stroke_one_side_weak", "stroke_bleed"), weeks_since_event=20))
    assert "one_date_many_events" not in {a.id for a in plan.clinician_alerts}
