"""The clinician's pacing-plan generator: ``create_app`` and nothing else."""

from __future__ import annotations

import gc
import logging
import os
import secrets
from pathlib import Path

from flask import Flask, has_request_context, request
from flask.sessions import SecureCookieSessionInterface
from flask_babel import Babel, get_locale
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from werkzeug.middleware.proxy_fix import ProxyFix

from clinic import i18n

ROOT = Path(__file__).resolve().parent.parent
UI_LANGUAGE_COOKIE = "ui_lang"

babel = Babel()

# The endpoints that render a plan share one budget per client address.
RENDER_ENDPOINTS = ("views.preview", "views.pdf", "views.ics", "api.create_plan")
log = logging.getLogger(__name__)


def create_app(test_config: dict | None = None) -> Flask:
    """Build the app: configuration, Babel, limiter, blueprints, error pages and headers."""
    app = Flask(__name__, template_folder=str(ROOT / "templates"))
    configure(app, test_config)
    configure_proxy(app)
    configure_babel(app)
    add_blueprints(app)
    add_rate_limits(app)
    add_error_pages(app)
    add_security_headers(app)
    if app.config.get("WARM_UP"):
        warm_up(app)
    return app


class _SecureOverHTTPS(SecureCookieSessionInterface):
    """The session cookie (it carries the form's CSRF token) is Secure whenever the
    request came over HTTPS, directly or through a trusted proxy (see ProxyFix)."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return super().get_cookie_secure(app) or (has_request_context() and request.is_secure)


def configure_proxy(app: Flask) -> None:
    """Trust X-Forwarded-* only as far as the configuration says (hospital proxy)."""
    app.session_interface = _SecureOverHTTPS()
    hops = {key: int(app.config.get(f"PROXY_FIX_X_{key.upper()}", 0)) for key in ("for", "proto", "host", "prefix")}
    if any(hops.values()):
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops["for"], x_proto=hops["proto"], x_host=hops["host"],
                                x_prefix=hops["prefix"])


def warm_up(app: Flask) -> None:
    """Load fonts and stylesheets and lay out one plan, once per process, at start-up."""
    from clinic import render
    from clinic.model import PlanRequest
    from clinic.planner import build_plan

    with app.test_request_context():
        render.render_pdf(build_plan(PlanRequest(fatigue=0, pain=0)))
    render.printable_characters()  # the fonts' character maps, read by the form's text checks
    freeze_start_up_objects()


def freeze_start_up_objects() -> None:
    """Keep what start-up built (fonts, stylesheets, templates) out of garbage collection.

    A PDF allocates a few hundred thousand short-lived objects, so Python runs many
    collections per render, and each full one used to walk every module object too:
    about 50 ms of a 490 ms render (bench/render.py). Frozen, they are skipped.
    """
    gc.collect()
    gc.freeze()


def configure(app: Flask, test_config: dict | None) -> None:
    app.config.from_object("clinic.config")
    app.config.from_prefixed_env("CLINIC")
    if test_config:
        app.config.update(test_config)
    if not app.config.get("SECRET_KEY"):
        # Fine for one process on a laptop; several workers need one shared key.
        app.config["SECRET_KEY"] = secrets.token_hex(32)
        if not app.config.get("TESTING") and os.environ.get("CLINIC_QUIET_KEY") is None:
            log.info("CLINIC_SECRET_KEY is not set: using a random key for this process only.")


# Accept-Language values we recognise, and the catalog each one means.
UI_MATCHES = {code: code for code in i18n.SUPPORTED} | {
    "zh-Hans": "zh_Hans", "zh-CN": "zh_Hans", "zh-SG": "zh_Hans", "zh": "zh_Hans",
}


def select_ui_locale() -> str:
    """The clinician's language: their saved choice, else the browser's."""
    if not has_request_context():
        return "en"
    chosen = request.cookies.get(UI_LANGUAGE_COOKIE)
    if chosen in i18n.SUPPORTED:
        return chosen
    best = request.accept_languages.best_match(list(UI_MATCHES), default="en")
    return UI_MATCHES.get(best, "en")


def configure_babel(app: Flask) -> None:
    app.config.setdefault("BABEL_TRANSLATION_DIRECTORIES", str(ROOT / "translations"))
    babel.init_app(app, locale_selector=select_ui_locale)

    @app.context_processor
    def ui_language():
        from clinic.content import library as lib
        from clinic.content import vocabulary as voc

        locale = get_locale()
        return {
            "ui_locale": str(locale),
            "ui_direction": "rtl" if locale.character_order == "right-to-left" else "ltr",
            "ui_languages": [(code, i18n.language_name(code, code)) for code in i18n.SUPPORTED],
            "form_groups": {"medications": voc.MEDICATION_GROUPS, "conditions": voc.CONDITION_GROUPS},
            "stage_titles": lib.STAGE_TITLES,
        }


def add_blueprints(app: Flask) -> None:
    from clinic import api, cli, views

    app.register_blueprint(views.bp)
    app.register_blueprint(api.bp)
    cli.init_app(app)


def add_rate_limits(app: Flask) -> None:
    """One limiter per app (its storage from the configuration) on the render endpoints."""
    limiter = Limiter(key_func=get_remote_address, app=app, default_limits=[])
    app.extensions["clinic.limiter"] = limiter  # the decorators only hold a weak reference
    shared = limiter.shared_limit(lambda: app.config["RENDER_RATE_LIMIT"], scope="render")
    for endpoint in RENDER_ENDPOINTS:
        app.view_functions[endpoint] = shared(app.view_functions[endpoint])


def add_error_pages(app: Flask) -> None:
    from clinic import views

    app.register_error_handler(Exception, views.error_page)


def add_security_headers(app: Flask) -> None:
    @app.after_request
    def headers(response):
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            "frame-ancestors 'none'",
        )
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        if request.method == "POST" or request.path.startswith("/api/"):
            # Anything answering a request may hold patient content.
            response.headers["Cache-Control"] = "no-store"
        return response
