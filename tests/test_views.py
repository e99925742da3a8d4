"""The clinician's form: preview, PDF in one click, every value kept on error, CSRF."""

from __future__ import annotations

import re

from clinic import create_app
from tests.conftest import pdf_text

GOOD = {
    "fatigue": "6",
    "pain": "3",
    "pain_sites": ["lower_back", "knee"],
    "back_pain_pattern": "worse_arching_back",
    "conditions": ["knee_replacement", "heart_failure"],
    "weeks_since_event": "7",
    "medications": ["anticoagulant"],
    "language": "en",
    "weeks": "8",
    "start_date": "2026-11-23",
    "follow_up": "2026-12-21",
    "clinician-name": "Dana O'Neill",
    "clinician-contact": "Physio, room 12",
    "notes": "Keep the pillow under the knee.",
}


def test_form_shows_every_contract_field(client):
    html = client.get("/").get_data(as_text=True)
    for name in ("fatigue", "pain", "pain_sites", "back_pain_pattern", "medication_effects", "medications",
                 "conditions", "weeks_since_event", "best_time", "start_stage", "language", "paper", "weeks",
                 "start_date", "large_print", "discreet", "sources", "clinician-name", "clinician-contact",
                 "follow_up", "notes"):
        assert f'name="{name}"' in html, name


def test_preview_is_the_plan_and_the_pdf_is_one_click_away(client):
    response = client.post("/plan", data=GOOD)
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    assert "Week 1: up to step" in html and "Stop and get help" in html
    # The preview carries the request in a form whose button posts to the PDF.
    assert 'formaction="/plan.pdf"' in html
    hidden = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', html))
    assert hidden["clinician-name"] == "Dana O&#39;Neill"
    pdf = client.post("/plan.pdf", data=GOOD)
    assert pdf.mimetype == "application/pdf"
    assert "Keep the pillow under the knee." in pdf_text(pdf.data)


def test_invalid_form_keeps_every_value_and_puts_each_error_by_its_field(client):
    bad = {**GOOD, "fatigue": "", "pain": "14", "weeks": "40", "clinician-name": "D" * 81}
    response = client.post("/plan", data=bad)
    html = response.get_data(as_text=True)
    assert response.status_code == 422
    for field_id in ("fatigue", "pain", "weeks", "clinician-name"):
        assert f'id="{field_id}-error"' in html, field_id
        assert f'href="#{field_id}"' in html, field_id
    assert 'value="D' + "D" * 80 + '"' in html
    assert "Keep the pillow under the knee." in html
    assert 'value="2026-12-21"' in html and 'value="7"' in html
    assert re.search(r'value="knee_replacement" checked', html)
    assert re.search(r'value="lower_back" checked', html)
    assert re.search(r'<option selected value="worse_arching_back">|value="worse_arching_back" selected', html)


def test_edit_goes_back_to_the_form_with_everything(client):
    html = client.post("/edit", data=GOOD).get_data(as_text=True)
    assert "Keep the pillow under the knee." in html
    assert re.search(r'value="heart_failure" checked', html)


def test_user_text_is_escaped_in_the_preview(client):
    html = client.post("/plan", data={**GOOD, "notes": "<script>alert(1)</script>"}).get_data(as_text=True)
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_with_csrf_on_a_post_without_token_keeps_the_form(tmp_path):
    app = create_app({"TESTING": True, "SECRET_KEY": "test"})
    client = app.test_client()
    response = client.post("/plan", data=GOOD)
    html = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "session had expired" in html
    assert "Keep the pillow under the knee." in html
    page = client.get("/").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    ok = client.post("/plan", data={**GOOD, "csrf_token": token})
    assert ok.status_code == 200 and "Week 1: up to step" in ok.get_data(as_text=True)


def test_calendar_download_from_the_form(client):
    response = client.post("/plan.ics", data=GOOD)
    assert response.mimetype == "text/calendar"
    assert b"BEGIN:VEVENT" in response.data and b"Dana" not in response.data


def test_plan_language_is_remembered_for_the_next_form(client):
    client.post("/plan", data={**GOOD, "language": "es"})
    html = client.get("/").get_data(as_text=True)
    assert re.search(r'<option value="es" lang="es" selected>', html)


def test_unknown_page_is_a_friendly_404(client):
    response = client.get("/nowhere")
    assert response.status_code == 404
    assert "Traceback" not in response.get_data(as_text=True)



def test_every_medicine_and_condition_is_in_exactly_one_group_of_the_form(client):
    from clinic.content import vocabulary as voc
    from clinic.model import CONDITIONS, MEDICATIONS

    for groups, values in ((voc.MEDICATION_GROUPS, MEDICATIONS), (voc.CONDITION_GROUPS, CONDITIONS)):
        grouped = [v for _, _, members in groups for v in members]
        assert sorted(grouped) == sorted(values), set(grouped) ^ set(values)
    html = client.get("/").get_data(as_text=True)
    for value in (*MEDICATIONS, *CONDITIONS):  # every box is in the page once per list it belongs to
        assert html.count(f'value="{value}"') == (2 if value in MEDICATIONS else 1), value
    # without script the groups still open and close: real <details>, real checkboxes
    assert html.count('<details class="system"') == len(voc.MEDICATION_GROUPS) + len(voc.CONDITION_GROUPS)
