"""Plain language: the English handout reads at grade 7 or below (textstat, offline)."""

from __future__ import annotations

import textstat

from clinic import render
from clinic.content import library as lib
from clinic.content import positions as pos
from clinic.content import restrictions as rs
from clinic.model import PlanRequest
from clinic.planner import build_plan
from tests.conftest import plan_request

SECTIONS = ("rest", "rituals", "medication_notes", "condition_notes", "conversation_prompts",
            "consent_signals", "warnings", "red_flags", "pacing_rules")


def library_texts() -> list[str]:
    groups = (lib.REST, lib.RITUALS, lib.MEDICATION_NOTES, lib.CONDITION_NOTES, lib.WARNINGS,
              lib.RED_FLAGS, lib.CONVERSATION_PROMPTS, lib.CONSENT_SIGNALS, lib.PACING_RULES, lib.PARTNER)
    # Texts that depend on the request (a territory's crisis line) are read both ways.
    texts = list(dict.fromkeys(str(e.text_for(PlanRequest(fatigue=0, pain=0, language=language)))
                               for language in ("en", "en_GB") for group in groups for e in group))
    texts += [str(t) for p in pos.POSITIONS for t in (p.how, p.why, p.alt, *(v for _, v in p.how_variants))]
    texts += [str(f.reason) for f in pos.FITS]
    texts += [str(r.reason) for r in rs.RESTRICTIONS] + [str(t) for t in lib.AVOID_TEXTS.values()]
    return texts + [str(t) for t in lib.STAGE_GOALS.values()]


def test_the_whole_content_library_reads_at_grade_7_or_below(app):
    with app.app_context():
        text = " ".join(library_texts())
    assert textstat.flesch_kincaid_grade(text) <= 7
    assert textstat.smog_index(text) <= 7


def test_no_single_text_is_far_above_the_target(app):
    with app.app_context():
        worst = max(library_texts(), key=textstat.flesch_kincaid_grade)
    assert textstat.flesch_kincaid_grade(worst) <= 12, worst


def test_a_complex_plan_reads_at_grade_7_or_below(app):
    plan = build_plan(plan_request(
        fatigue=6, pain=5, conditions=("sternotomy", "heart_failure", "copd_breathlessness", "arthritis"),
        weeks_since_event=5, medications=("nitrates", "pde5_inhibitor", "anticoagulant"),
        medication_effects=("vaginal_dryness", "dizziness"), pain_sites=("lower_back", "knee"),
    ))
    with app.test_request_context():
        data = render.plan_to_json(plan)
    text = " ".join(item["text"] for section in SECTIONS for item in data[section])
    text += " " + " ".join(p["how"] + " " + p["why"] for p in data["positions"])
    assert textstat.flesch_kincaid_grade(text) <= 7
