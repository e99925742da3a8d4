"""Plans in the patient's language while the screens stay in the clinician's."""

from __future__ import annotations

from datetime import date

import pytest
from babel.messages.pofile import read_po

from clinic import ROOT, i18n, render
from clinic.forms import validate_json
from clinic.i18n import SUPPORTED, paper_for, resolve_locale
from clinic.planner import build_plan
from tests.conftest import pdf_reader, pdf_text

REQUEST = {
    "fatigue": 5, "pain": 5, "language": "en", "start_date": "2026-11-23", "follow_up": "2026-12-01",
    "conditions": ["sternotomy", "copd_breathlessness", "pelvic_radiotherapy"], "weeks_since_event": 5,
    "medications": ["nitrates", "pde5_inhibitor"], "medication_effects": ["vaginal_dryness", "low_desire"],
    "pain_sites": ["lower_back"], "back_pain_pattern": "worse_bending_forward",
}
# A second plan that reaches the texts of red flags, alerts and household lines the first does not.
SECOND_REQUEST = {
    "fatigue": 6, "pain": 5, "language": "en", "start_date": "2026-11-23", "weeks_since_event": 3,
    "conditions": ["cancer_treatment", "ostomy", "spinal_surgery", "depression_anxiety", "heart_failure",
                   "pacemaker_icd", "hysterectomy", "stroke_one_side_weak"],
    "in_treatment": True, "medications": ["anticoagulant", "opioid", "riociguat", "pde5_inhibitor"],
    "partner_medications": ["nitrates"], "medication_effects": ["orgasm_difficulty", "dizziness", "vaginal_dryness"],
    "acknowledged_alerts": ["riociguat_pde5", "pde5_after_stroke"],
}


@pytest.mark.parametrize(
    ("tag", "catalog", "direction", "paper"),
    [
        ("en", "en", "ltr", "letter"),
        ("en_GB", "en", "ltr", "a4"),
        ("en-US", "en", "ltr", "letter"),
        ("es", "es", "ltr", "a4"),
        ("es_MX", "es", "ltr", "letter"),
        ("pt_BR", "pt", "ltr", "a4"),
        ("fr_CA", "fr", "ltr", "letter"),
        ("ar", "ar", "rtl", "a4"),
        ("zh_Hans", "zh_Hans", "ltr", "a4"),
        ("zh-Hans-CN", "zh_Hans", "ltr", "a4"),
        ("zh_CN", "zh_Hans", "ltr", "a4"),
        ("vi", "vi", "ltr", "a4"),
        ("de_AT", "de", "ltr", "a4"),
        ("EN", "en", "ltr", "letter"),
        (" es ", "es", "ltr", "a4"),
        ("es-419", "es", "ltr", "a4"),
        ("es-US", "es", "ltr", "letter"),
        ("zh-hans", "zh_Hans", "ltr", "a4"),
        ("ar_001", "ar", "rtl", "a4"),
    ],
)
def test_locales_resolve_to_a_catalog_a_direction_and_a_paper(tag, catalog, direction, paper):
    locale = resolve_locale(tag)
    assert (locale.catalog, locale.direction) == (catalog, direction)
    assert paper_for(locale, "auto") == paper


@pytest.mark.parametrize("tag", ["", "xx", "und", "root", "zh_TW", "zh_Hant", "ja", "en_", "e", "es__MX", "-es",
                                 "../../etc", "en_US_POSIX_x" * 3])
def test_unsupported_locales_are_refused(tag):
    assert not i18n.is_supported(tag)


@pytest.mark.parametrize("tag", ["EN", " es ", "en-gb", "zh-hans", "es_419", "pt-PT", "ar_001", "en_US_POSIX"])
def test_any_accepted_spelling_renders_a_plan(client, tag):
    response = client.post("/api/v1/plans", json={"fatigue": 1, "pain": 1, "language": tag},
                           headers={"Accept": "application/pdf"})
    assert response.status_code == 200 and response.data.startswith(b"%PDF")
    language = str(pdf_reader(response.data).trailer["/Root"]["/Lang"])  # the PDF says which language it is in
    assert language.lower().split("-")[0] == tag.strip().lower()[:2], language


def test_bare_english_follows_the_configured_default():
    assert paper_for(resolve_locale("en"), "auto", "a4") == "a4"
    assert paper_for(resolve_locale("en_US"), "auto", "a4") == "letter"


def _plan_json(app, lang, base=None):
    with app.test_request_context():
        request, errors = validate_json({**(base or REQUEST), "language": lang})
        assert not errors
        plan = build_plan(request)
        return render.plan_to_json(plan), render.render_pdf(plan)


def _texts(plan_json) -> list[str]:
    texts = [plan_json["title"], plan_json["emergency_line"]]
    for section in ("rest", "medication_notes", "condition_notes", "conversation_prompts", "consent_signals",
                    "warnings", "red_flags", "pacing_rules", "rituals", "avoid", "partner", "take_care",
                    "clinician_alerts"):
        texts += [item["text"] for item in plan_json[section]]
    texts += [s[k] for s in plan_json["stages"] for k in ("title", "goal")]
    texts += [p[k] for p in plan_json["positions"] for k in ("title", "how", "why")]
    texts += [d["label"] for w in plan_json["weeks"] for d in w["days"]]
    return texts


@pytest.mark.parametrize("base", [REQUEST, SECOND_REQUEST], ids=["heart", "many"])
@pytest.mark.parametrize("lang", [code for code in SUPPORTED if code != "en"])
def test_a_plan_is_wholly_in_its_language(app, lang, base):
    english, _ = _plan_json(app, "en", base)
    translated, pdf = _plan_json(app, lang, base)
    with (ROOT / "translations" / lang / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        same_in_both = {m.id for m in read_po(handle) if m.id and m.string == m.id}
    untranslated = [
        en for en, tr in zip(_texts(english), _texts(translated), strict=True) if en == tr and en not in same_in_both
    ]
    assert not untranslated, f"{lang}: still English: {untranslated[:3]}"
    text = pdf_text(pdf)
    for heading in ("Stop and get help", "Week by week", "Positions that suit you", "Rest and energy",
                    "Call emergency services now", "Get medical help quickly"):
        assert heading not in text, (lang, heading)
    assert translated["title"] in text


def test_dates_are_written_the_way_the_reader_expects(app):
    monday = date(2026, 11, 23)
    assert i18n.day_label(monday, resolve_locale("es")) == "lun, 23 nov"
    assert i18n.day_label(monday, resolve_locale("de")) == "Mo., 23. Nov."
    assert i18n.day_label(monday, resolve_locale("en_US")) == "Mon, Nov 23"
    assert i18n.day_label(monday, resolve_locale("zh_Hans")) == "11月23日周一"


def test_the_screens_follow_the_clinician_not_the_plan(client):
    html = client.get("/", headers={"Accept-Language": "ar"}).get_data(as_text=True)
    assert '<html lang="ar" dir="rtl">' in html
    client.get("/language/es")
    html = client.get("/", headers={"Accept-Language": "ar"}).get_data(as_text=True)
    assert '<html lang="es" dir="ltr">' in html


def test_vocabulary_labels_are_in_the_requested_language(client):
    english = client.get("/api/v1/vocabulary?lang=en").get_json()
    for lang in ("es", "ar", "zh_Hans", "vi"):
        other = client.get(f"/api/v1/vocabulary?lang={lang}").get_json()
        assert [c["label"] for c in other["conditions"]] != [c["label"] for c in english["conditions"]], lang


def test_a_language_with_a_country_cldr_has_no_locale_for_prints_that_country_s_numbers(client):
    # an Arabic-speaking patient of a British clinic: Arabic text, 999, Samaritans, A4
    response = client.post("/api/v1/plans", json={"fatigue": 1, "pain": 1, "language": "ar_GB",
                                                  "conditions": ["depression_anxiety"]})
    plan = response.get_json()
    assert response.status_code == 200 and plan["direction"] == "rtl" and plan["paper"] == "a4"
    assert "999" in plan["emergency_line"]
    assert "116 123" in next(f["text"] for f in plan["red_flags"] if f["id"] == "self_harm")


def test_the_clinic_s_country_gives_the_form_s_plans_their_emergency_number():
    from clinic import create_app

    for country, number in (("GB", "999"), ("", None)):
        app = create_app({"TESTING": True, "WTF_CSRF_ENABLED": False, "CLINIC_COUNTRY": country})
        text = pdf_text(app.test_client().post("/plan.pdf", data={"fatigue": "2", "pain": "1", "language": "es"}).data)
        if number:
            assert f"llama ahora al {number}" in text.replace("\n", " ") or f"al {number}" in text, country
        else:
            assert "999" not in text
