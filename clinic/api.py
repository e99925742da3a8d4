"""The JSON API: ``POST /api/v1/plans`` and ``GET /api/v1/vocabulary``.

The answer's format follows ``Accept``: the plan JSON, the PDF, the iCalendar
file or the exact print HTML that becomes the PDF. Errors are
``{"errors": {"field": ["message"]}}`` with status 422.
"""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, request
from flask_babel import force_locale
from flask_babel import gettext as _
from werkzeug.exceptions import BadRequest

from clinic import i18n, render, views
from clinic.content import vocabulary as voc
from clinic.forms import validate_json
from clinic.model import (
    BACK_PAIN_PATTERNS,
    BEST_TIMES,
    CONDITIONS,
    DAY_KINDS,
    LOADS,
    MEDICATION_EFFECTS,
    MEDICATIONS,
    PAIN_SITES,
    PAPERS,
    PENETRATION_ROLES,
)
from clinic.planner import build_plan

bp = Blueprint("api", __name__, url_prefix="/api/v1")

FORMATS = ("application/json", "application/pdf", "text/calendar", "text/html")


def _unprocessable(errors: dict[str, list[str]]) -> Response:
    response = jsonify(errors=errors)
    response.status_code = 422
    return response


@bp.post("/plans")
def create_plan():
    """Build a plan from a JSON request; answer in the format ``Accept`` asks for."""
    wanted = request.accept_mimetypes.best_match(FORMATS, default=None)
    if wanted is None:
        if request.accept_mimetypes.provided:
            response = jsonify(errors={"request": [_("Ask for application/json, application/pdf, text/calendar or text/html.")]})
            response.status_code = 406
            return response
        wanted = "application/json"
    if not request.is_json:
        response = jsonify(errors={"request": [_("Send the request as JSON (Content-Type: application/json).")]})
        response.status_code = 415
        return response
    try:
        data = request.get_json()
    except BadRequest:
        return _unprocessable({"request": [_("The request body is not valid JSON.")]})
    plan_request, errors = validate_json(data)
    if errors:
        return _unprocessable(errors)
    plan = build_plan(plan_request)
    if wanted in ("application/pdf", "text/html") and plan.unacknowledged_stops:
        # A handout is not printed over a harmful combination until the clinician has seen it.
        response = jsonify(alerts=render.alerts_to_json(plan, only_unacknowledged_stops=True))
        response.status_code = 409
        return response
    if wanted == "application/pdf":
        return views.pdf_response(plan)
    if wanted == "text/calendar":
        return views.ics_response(plan)
    if wanted == "text/html":
        return Response(render.render_html(plan, mode="standalone"), mimetype="text/html")
    return jsonify(render.plan_to_json(plan))


@bp.get("/openapi.json")
def openapi():
    """The API's OpenAPI 3.1 description, read off the form definition."""
    from clinic.openapi import document

    return jsonify(document())


VOCABULARY = {
    "paper": (PAPERS, voc.PAPER_LABELS),
    "pain_sites": (PAIN_SITES, voc.PAIN_SITE_LABELS),
    "back_pain_pattern": (BACK_PAIN_PATTERNS, voc.BACK_PAIN_PATTERN_LABELS),
    "medication_effects": (MEDICATION_EFFECTS, voc.MEDICATION_EFFECT_LABELS),
    "medications": (MEDICATIONS, voc.MEDICATION_LABELS),
    "conditions": (CONDITIONS, voc.CONDITION_LABELS),
    "best_time": (BEST_TIMES, voc.BEST_TIME_LABELS),
    "penetration_role": (PENETRATION_ROLES, voc.PENETRATION_ROLE_LABELS),
    "day_kinds": (DAY_KINDS, voc.DAY_KIND_LABELS),
    "loads": (LOADS, voc.LOAD_LABELS),
    "partner_medications": (MEDICATIONS, voc.MEDICATION_LABELS),
}


@bp.get("/vocabulary")
def vocabulary():
    """Every enumerated value with its label in ``lang``, and the supported languages."""
    lang = request.args.get("lang", "en")
    try:
        locale = i18n.resolve_locale(lang)
    except i18n.UnsupportedLocale:
        return _unprocessable({"lang": [_("Choose a supported language: English, Spanish, French, German, Portuguese, Arabic, Chinese (Simplified) or Vietnamese.")]})
    with force_locale(locale.translation_tag):
        body = {
            "language": lang,
            "direction": locale.direction,
            "languages": [
                {"code": code, "name": i18n.language_name(code, code), "label": i18n.language_name(code, locale.tag)}
                for code in i18n.SUPPORTED
            ],
        }
        for field, (ids, labels) in VOCABULARY.items():
            body[field] = [{"value": value, "label": str(labels[value])} for value in ids]
    return jsonify(body)
