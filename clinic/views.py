"""The clinician's screens: the form, the preview, the downloads, the error pages.

Thin delivery only: validate through :class:`PlanForm`, call the planner and
the renderer, answer. Nothing the clinician typed is logged or stored; an
invalid form comes back with every value kept.
"""

from __future__ import annotations

import logging
from datetime import date

from flask import (
    Blueprint,
    Response,
    current_app,
    jsonify,
    make_response,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext as _
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import HTTPException, InternalServerError

from clinic import UI_LANGUAGE_COOKIE, i18n, plancode, render
from clinic.content import vocabulary as voc
from clinic.forms import PlanCodeForm, PlanForm
from clinic.planner import build_plan

bp = Blueprint("views", __name__)
log = logging.getLogger(__name__)

PLAN_LANGUAGE_COOKIE = "plan_lang"
COOKIE_AGE = 400 * 24 * 3600


def _form_page(form: PlanForm, status: int = 200, notice: str | None = None, code_form=None) -> Response:
    code_form = code_form or PlanCodeForm(formdata=None)
    return make_response(
        render_template("form.html", form=form, code_form=code_form, voc=voc, notice=notice), status
    )


@bp.get("/")
def form_page():
    form = PlanForm(formdata=None)
    remembered = request.cookies.get(PLAN_LANGUAGE_COOKIE)
    if remembered and i18n.is_supported(remembered):
        form.language.data = remembered
    return _form_page(form)


@bp.post("/code")
def from_code():
    """Fill the form from a plan code: the same couple, time moved on, the step where they got to."""
    code_form = PlanCodeForm()
    if not code_form.validate():
        return _form_page(PlanForm(formdata=None), 422, code_form=code_form)
    form = PlanForm.from_request(plancode.next_visit(code_form.decoded, date.today()))
    return _form_page(
        form, notice=_("The form is filled in from the plan code, with time moved on. Check it, then make the new plan.")
    )


@bp.post("/edit")
def edit():
    """Back from the preview to the form, everything kept."""
    return _form_page(_posted_form())


def _posted_form() -> PlanForm:
    """The posted form; a "put back" button in the preview takes its item out of ``omit``."""
    put_back = request.form.getlist("put_back")
    if not put_back:
        return PlanForm()
    data = MultiDict((k, v) for k, v in request.form.items(multi=True)
                     if k != "put_back" and not (k == "omit" and v in put_back))
    return PlanForm(formdata=data)


def _validated_plan():
    form = _posted_form()
    if not form.validate():
        return form, None
    return form, build_plan(form.to_request())


def _set_preference(response: Response, name: str, value: str) -> None:
    """A long-lived preference cookie, Secure exactly when the session cookie is."""
    secure = current_app.session_interface.get_cookie_secure(current_app)
    response.set_cookie(name, value, max_age=COOKIE_AGE, samesite="Lax", httponly=True, secure=secure)


def _remember_language(response: Response, plan) -> Response:
    _set_preference(response, PLAN_LANGUAGE_COOKIE, plan.request.language)
    return response


@bp.post("/plan")
def preview():
    form, plan = _validated_plan()
    if plan is None:
        return _form_page(form, 422)
    return _remember_language(_preview_page(form, plan), plan)


def _preview_page(form: PlanForm, plan, blocked: bool = False) -> Response:
    """The preview: clinician alerts (screen language) above the plan (the patient's)."""
    # The acknowledgement boxes are drawn by the alerts, not carried as hidden fields.
    # So are the left-out items: drawn from the plan, so a "put back" is not carried on.
    hidden = [(k, v) for k, v in request.form.items(multi=True)
              if k not in ("csrf_token", "acknowledged_alerts", "omit", "put_back")]
    hidden += [("omit", i) for i in plan.request.omit]
    body = render.render_preview_body(plan, leave_out=_("Leave out"))
    page = render_template(
        "preview.html", body=body, hidden=hidden, form=form, plan=plan, voc=voc, blocked=blocked,
        paper=render.paper_of(plan), left_out=render.omitted_excerpts(plan),
        plan_lang=render.plan_locale(plan).tag.replace("_", "-"),
    )
    return make_response(page, 409 if blocked else 200)


@bp.post("/plan.pdf")
def pdf():
    """The PDF, unless a stop alert is not yet acknowledged: then the preview shows it."""
    form, plan = _validated_plan()
    if plan is None:
        return _form_page(form, 422)
    if plan.unacknowledged_stops:
        return _preview_page(form, plan, blocked=True)
    return _remember_language(pdf_response(plan), plan)


@bp.post("/plan.ics")
def ics():
    return _download(ics_response)


def _download(respond) -> Response:
    """A validated form straight to a file; an invalid one back to the form, everything kept."""
    form, plan = _validated_plan()
    if plan is None:
        return _form_page(form, 422)
    return _remember_language(respond(plan), plan)


def pdf_response(plan) -> Response:
    return _attachment(render.render_pdf(plan), "application/pdf", render.pdf_filename(plan))


def ics_response(plan) -> Response:
    name = render.pdf_filename(plan).removesuffix(".pdf") + ".ics"
    return _attachment(render.render_ics(plan), "text/calendar", name)


def _attachment(body: bytes, mimetype: str, filename: str) -> Response:
    response = Response(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/language/<code>")
def ui_language(code: str):
    """Switch the clinician's screens to another language (remembered in a cookie)."""
    response = redirect(url_for("views.form_page"))
    if code in i18n.SUPPORTED:
        _set_preference(response, UI_LANGUAGE_COOKIE, code)
    return response


_healthy = False


@bp.get("/healthz")
def healthz():
    """200 when the app can render: one small PDF is made the first time and checked."""
    global _healthy
    if not _healthy:
        from clinic.model import PlanRequest

        pdf = render.render_pdf(build_plan(PlanRequest(fatigue=0, pain=0)))
        _healthy = pdf.startswith(b"%PDF")
    return jsonify(status="ok" if _healthy else "failing"), 200 if _healthy else 503


# --- Errors ---------------------------------------------------------------------------


def error_page(error):
    """A localized error page (or JSON for the API); never a stack trace, never request data."""
    if not isinstance(error, HTTPException):
        # Only the kind of failure and where: no message, no values (they may hold patient text).
        log.error("unhandled %s on %s %s", type(error).__name__, request.method, request.url_rule)
        error = InternalServerError()
    messages = {
        400: _("The request could not be read."),
        404: _("This page does not exist."),
        405: _("This address does not accept that kind of request."),
        406: _("Ask for application/json, application/pdf, text/calendar or text/html."),
        413: _("The request is too large. Shorten the note and try again."),
        415: _("Send the request as JSON (Content-Type: application/json)."),
        429: _("Too many requests. Wait a moment and try again."),
        500: _("Something went wrong on our side. Nothing you entered was kept. Please try again."),
    }
    code = error.code or 500
    message = messages.get(code, _("Something went wrong. Please try again."))
    if request.path.startswith("/api/"):
        response = jsonify(errors={"request": [message]})
        response.status_code = code
    else:
        try:
            page = render_template("error.html", code=code, message=message)
        except Exception:  # the error page itself must never fail
            page = message
        response = make_response(page, code)
    if code == 405 and hasattr(error, "valid_methods") and error.valid_methods:
        response.headers["Allow"] = ", ".join(error.valid_methods)
    return response
