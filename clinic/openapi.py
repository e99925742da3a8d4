"""The OpenAPI 3.1 description of the JSON API, built from the one form definition.

Types, ranges, lengths, choices and defaults are read off :class:`PlanForm`,
so the description cannot drift from what the API accepts.
"""

from __future__ import annotations

from typing import Any

from wtforms import BooleanField, DateField, FormField, IntegerField, SelectField, SelectMultipleField
from wtforms.validators import InputRequired, Length, NumberRange

from clinic.content import vocabulary as voc
from clinic.content.alerts import ALERT_IDS
from clinic.forms import PlanForm
from clinic.i18n import SUPPORTED
from clinic.model import ALERT_SEVERITIES, DAY_KINDS, EFFORTS, LOADS, RED_FLAG_TIERS, SEVERITIES
from clinic.planner import WEEKS_PER_STEP


def _field_schema(field) -> dict[str, Any]:
    schema: dict[str, Any]
    if isinstance(field, BooleanField):
        schema = {"type": "boolean", "default": bool(field.default)}
    elif isinstance(field, IntegerField):
        schema = {"type": ["integer", "null"]}
        if field.default is not None:
            schema["default"] = field.default
    elif isinstance(field, DateField):
        schema = {"type": ["string", "null"], "format": "date"}
    elif isinstance(field, SelectMultipleField):
        schema = {"type": "array", "uniqueItems": True, "items": {"enum": [c.value for c in field.choices]}, "default": []}
    elif isinstance(field, SelectField) and field.name == "language":
        schema = {"type": "string", "default": "en",
                  "description": f"A supported locale ({', '.join(SUPPORTED)}), with or without a territory: es_MX, pt-BR."}
    elif isinstance(field, SelectField):
        schema = {"type": "string", "enum": [c.value for c in field.choices]}
        if field.default is not None:
            schema["default"] = field.default
    elif isinstance(field, FormField):
        schema = {"type": ["object", "null"], "properties": {
            name: _field_schema(sub) for name, sub in field.form._fields.items()}}
    else:
        schema = {"type": ["string", "null"]}
    for validator in field.validators:
        if isinstance(validator, NumberRange):
            schema["minimum"], schema["maximum"] = validator.min, validator.max
        if isinstance(validator, Length) and validator.max and validator.max > 0:
            schema["maxLength"] = validator.max
    schema["title"] = str(field.label.text)
    return schema


def request_schema() -> dict[str, Any]:
    form = PlanForm(formdata=None, meta={"csrf": False})
    properties = {name: _field_schema(field) for name, field in form._fields.items()}
    required = [name for name, field in form._fields.items()
                if any(isinstance(v, InputRequired) for v in field.validators)]
    return {"type": "object", "properties": properties, "required": required, "additionalProperties": True}


SOURCE_IDS = {"type": "array", "items": {"type": "string"}, "description": "ids of the plan's sources this item rests on"}


def _texts(*extra: str, **enums: tuple[str, ...]) -> dict[str, Any]:
    return {"type": "array", "items": {"type": "object", "required": ["id", "text"], "properties": {
        "id": {"type": "string"}, "text": {"type": "string"}, **{k: {"type": "string"} for k in extra},
        **{k: {"enum": list(v)} for k, v in enums.items()}, "sources": SOURCE_IDS}}}


ALERTS_SCHEMA = {"type": "array", "items": {"type": "object", "required": ["id", "severity", "text"], "properties": {
    "id": {"enum": list(ALERT_IDS)}, "severity": {"enum": list(ALERT_SEVERITIES)}, "text": {"type": "string"}}}}


POSITIONS_SCHEMA = {"type": "array", "items": {"type": "object", "properties": {
    "id": {"type": "string"}, "title": {"type": "string"}, "how": {"type": "string"},
    "why": {"type": "string"}, "effort": {"enum": list(EFFORTS)},
    "loads": {"type": "array", "items": {"enum": list(LOADS)}}, "sources": SOURCE_IDS,
    "drawing": {"type": "object", "required": ["url", "alt"], "description": "The line drawing printed beside the "
                "position (SVG, served by the app) and what it shows.",
                "properties": {"url": {"type": "string"}, "alt": {"type": "string"}}}}}}


PLAN_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["language", "direction", "paper", "large_print", "sessions_per_week", "session_minutes", "stages",
                 "weeks", "positions", "rest", "rituals", "medication_notes", "conversation_prompts",
                 "consent_signals", "warnings", "red_flags", "clinician_alerts"],
    "properties": {
        "language": {"type": "string"},
        "direction": {"enum": ["ltr", "rtl"]},
        "paper": {"enum": ["a4", "letter"]},
        "large_print": {"type": "boolean"},
        "sessions_per_week": {"type": "integer"},
        "session_minutes": {"type": "integer"},
        "stages": {"type": "array", "items": {"type": "object", "properties": {
            "number": {"type": "integer"}, "title": {"type": "string"}, "goal": {"type": "string"},
            "sources": SOURCE_IDS}}},
        "weeks": {"type": "array", "items": {"type": "object", "properties": {
            "week": {"type": "integer"}, "stage": {"type": "integer", "minimum": 1, "maximum": 5},
            "days": {"type": "array", "items": {"type": "object", "properties": {
                "date": {"type": "string", "format": "date"}, "kind": {"enum": list(DAY_KINDS)},
                "minutes": {"type": "integer"}, "label": {"type": "string"}}}}}}},
        "positions": POSITIONS_SCHEMA,
        "later_positions": POSITIONS_SCHEMA,
        "rest": _texts(),
        "rituals": _texts("title"),
        "medication_notes": _texts("effect"),
        "conversation_prompts": _texts(),
        "consent_signals": _texts(),
        "warnings": _texts(severity=SEVERITIES),
        "red_flags": _texts(tier=RED_FLAG_TIERS, heading=tuple(voc.RED_FLAG_HEADINGS)),
        "clinician_alerts": ALERTS_SCHEMA,
        "plan_code": {"type": "string"},
        "title": {"type": "string"},
        "discreet": {"type": "boolean"},
        "progression": {"enum": list(WEEKS_PER_STEP)},
        "start_date": {"type": "string", "format": "date"},
        "follow_up": {"type": ["string", "null"], "format": "date"},
        "avoid": {"type": "array", "items": {"type": "object", "properties": {
            "load": {"enum": list(LOADS)}, "text": {"type": "string"},
            "because": {"type": "array", "items": {"type": "string"}},
            "reasons": {"type": "array", "items": {"type": "string"}}, "sources": SOURCE_IDS}}},
        "take_care": _texts(),
        "condition_notes": _texts("condition"),
        "pacing_rules": _texts(),
        "partner": _texts(),
        "questions": _texts(),
        # what the request's ``omit`` left out (ids only: the words are printed nowhere)
        "omitted": {"type": "array", "items": {"type": "object", "required": ["id", "section"], "properties": {
            "id": {"type": "string"}, "section": {"type": "string"}}}},
        "emergency_line": {"type": "string"},
        "clinician": {"type": "object", "properties": {
            "name": {"type": ["string", "null"]}, "contact": {"type": ["string", "null"]}}},
        "notes": {"type": ["string", "null"]},
        "sources": {"type": "array", "items": {"type": "object", "properties": {
            "id": {"type": "string"}, "citation": {"type": "string"},
            "gap": {"type": "boolean", "description": "the claim rests on no confirmed source"}}}},
    },
    "additionalProperties": False,  # tests/test_hospital.py checks every key a plan carries is described
}

ERRORS_SCHEMA = {"type": "object", "required": ["errors"], "properties": {"errors": {
    "type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}}}}


def document() -> dict[str, Any]:
    """The OpenAPI document served at ``/api/v1/openapi.json``."""
    errors = {"application/json": {"schema": ERRORS_SCHEMA}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Pacing plan API", "version": "1",
                 "description": "Plans for rebuilding closeness after illness. Nothing sent is stored or logged."},
        "paths": {
            "/api/v1/plans": {"post": {
                "summary": "Build a plan; the answer's format follows Accept.",
                "requestBody": {"required": True, "content": {"application/json": {"schema": request_schema()}}},
                "responses": {
                    "200": {"description": "The plan", "content": {
                        "application/json": {"schema": PLAN_SCHEMA},
                        "application/pdf": {"schema": {"type": "string", "format": "binary"}},
                        "text/calendar": {"schema": {"type": "string"}},
                        "text/html": {"schema": {"type": "string"}}}},
                    "406": {"description": "Unsupported Accept", "content": errors},
                    "413": {"description": "Request too large", "content": errors},
                    "415": {"description": "Not JSON", "content": errors},
                    "409": {"description": "PDF or print HTML asked for while a stop alert is not in acknowledged_alerts",
                            "content": {"application/json": {"schema": {
                                "type": "object", "required": ["alerts"], "properties": {"alerts": ALERTS_SCHEMA}}}}},
                    "422": {"description": "Invalid fields, each named", "content": errors},
                    "429": {"description": "Rate limited", "content": errors},
                }}},
            "/api/v1/vocabulary": {"get": {
                "summary": "Every enumerated value with its label in a language.",
                "parameters": [{"name": "lang", "in": "query", "schema": {"type": "string", "default": "en"}}],
                "responses": {"200": {"description": "Labels"}, "422": {"description": "Unsupported", "content": errors}},
            }},
            "/healthz": {"get": {"summary": "200 when the app can render", "responses": {"200": {"description": "OK"}}}},
        },
    }
