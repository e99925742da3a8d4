"""Ready for a hospital: rate limits (memory and Redis), headers, privacy of logs and disk, OpenAPI."""

from __future__ import annotations

import json
import logging
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from clinic import ROOT, create_app
from clinic.model import CONDITIONS, MEDICATIONS
from tests.test_fuzz import FIELDS

MARKER = "Zq7-PRIVATE-MARKER-4411"
VALID = {"fatigue": 3, "pain": 2, "notes": MARKER, "clinician": {"name": MARKER, "contact": MARKER}}


def limited_app(**config):
    return create_app({"TESTING": True, "WTF_CSRF_ENABLED": False, "SECRET_KEY": "t",
                       "RENDER_RATE_LIMIT": "3 per minute", **config})


def test_render_endpoints_share_a_rate_limit_and_answer_429_clearly():
    client = limited_app().test_client()
    answers = [client.post("/api/v1/plans", json={"fatigue": 1, "pain": 1}).status_code for _ in range(2)]
    answers.append(client.post("/plan", data={"fatigue": "1", "pain": "1"}).status_code)
    assert answers == [200, 200, 200]
    refused = client.post("/api/v1/plans", json={"fatigue": 1, "pain": 1})
    assert refused.status_code == 429
    assert "request" in refused.get_json()["errors"]
    assert refused.headers.get("Retry-After")
    form = client.post("/plan.pdf", data={"fatigue": "1", "pain": "1"})
    assert form.status_code == 429 and b"Too many requests" in form.data
    assert client.get("/").status_code == 200  # the form itself is never limited


@pytest.fixture
def redis_url():
    server = shutil.which("redis-server")
    if server is None:
        print("\n!!! SKIPPED: redis-server is not installed; the shared rate-limit storage is untested here !!!")
        pytest.skip("redis-server is not installed (Debian package redis-server; .ci/run installs it)")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(50):
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_two_workers_share_one_limit_through_redis(redis_url):
    first = limited_app(RATELIMIT_STORAGE_URI=redis_url).test_client()
    second = limited_app(RATELIMIT_STORAGE_URI=redis_url).test_client()
    codes = [c.post("/api/v1/plans", json={"fatigue": 1, "pain": 1}).status_code for c in (first, second, first, second)]
    assert codes == [200, 200, 200, 429]


def test_security_headers_and_no_store_on_patient_content(client):
    page = client.get("/")
    csp = page.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert page.headers["Referrer-Policy"] == "same-origin"
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    for response in (client.post("/plan", data={"fatigue": "1", "pain": "1"}),
                     client.post("/api/v1/plans", json={"fatigue": 1, "pain": 1}),
                     client.post("/plan", data={"fatigue": "x"})):
        assert response.headers["Cache-Control"] == "no-store"


def test_proxy_headers_are_trusted_only_when_configured():
    plain = create_app({"TESTING": True, "RATELIMIT_ENABLED": False}).test_client()
    proxied = create_app({"TESTING": True, "RATELIMIT_ENABLED": False, "PROXY_FIX_X_PROTO": 1}).test_client()
    headers = {"X-Forwarded-Proto": "https"}
    assert plain.get("/language/es", headers=headers).headers["Set-Cookie"].lower().count("secure") == 0
    assert "secure" in proxied.get("/language/es", headers=headers).headers["Set-Cookie"].lower()


def test_the_session_cookie_is_secure_over_https_only():
    """The form's CSRF token lives in the session cookie: it never travels in clear from an HTTPS page."""
    def session_cookie(app, headers):
        cookies = app.test_client().get("/", headers=headers).headers.getlist("Set-Cookie")
        return next(c.lower() for c in cookies if c.startswith("session="))

    https = {"X-Forwarded-Proto": "https"}
    proxied = create_app({"TESTING": True, "SECRET_KEY": "t", "PROXY_FIX_X_PROTO": 1})
    assert "; secure" in session_cookie(proxied, https)
    assert "; secure" not in session_cookie(proxied, {})
    assert "; secure" not in session_cookie(create_app({"TESTING": True, "SECRET_KEY": "t"}), https)
    # Forced by configuration, every cookie is Secure, the language preferences too.
    forced = create_app({"TESTING": True, "SECRET_KEY": "t", "SESSION_COOKIE_SECURE": True, "RATELIMIT_ENABLED": False})
    assert "; secure" in session_cookie(forced, {})
    assert "; secure" in forced.test_client().get("/language/es").headers["Set-Cookie"].lower()


def test_patient_text_never_reaches_the_logs(client, app, runner, tmp_path, caplog, monkeypatch):
    caplog.set_level(logging.DEBUG)
    client.post("/plan", data={"fatigue": "2", "pain": "2", "notes": MARKER, "clinician-name": MARKER})
    client.post("/plan", data={"fatigue": "99", "notes": MARKER + "\x00"})
    client.post("/plan.pdf", data={"fatigue": "2", "pain": "2", "notes": MARKER})
    client.post("/plan.ics", data={"fatigue": "2", "pain": "2", "notes": MARKER})
    client.post("/api/v1/plans", json=VALID, headers={"Accept": "application/pdf"})
    client.post("/api/v1/plans", json={**VALID, "fatigue": MARKER})
    client.post("/code", data={"plan_code": MARKER})
    request = tmp_path / "r.json"
    request.write_text(json.dumps({"fatigue": 1, "pain": 1, "notes": MARKER}))
    runner.invoke(args=["plan", "render", str(request), "-o", str(tmp_path / "p.pdf")])

    def explode(*args, **kwargs):
        raise ValueError(MARKER)

    monkeypatch.setattr("clinic.views.build_plan", explode)
    crashed = client.post("/plan", data={"fatigue": "2", "pain": "2", "notes": MARKER})
    assert crashed.status_code == 500
    page = crashed.get_data(as_text=True)
    assert MARKER not in page and "Traceback" not in page
    assert "ValueError" in caplog.text  # the failure is logged, without its message
    assert MARKER not in caplog.text


def test_rendering_writes_nothing_to_disk(client, tmp_path, monkeypatch):
    # Temporary files go to a directory of this test's own (the machine's /tmp is shared with
    # other processes, whose files would be counted); the project and the home directory too.
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    warm = client.post("/api/v1/plans", json=VALID, headers={"Accept": "application/pdf"})  # fonts and caches
    assert warm.data.startswith(b"%PDF-")
    watched = [private_tmp, ROOT, Path.home()]

    def snapshot():
        files = set()
        for base in watched:
            for path, dirs, names in os.walk(base):
                dirs[:] = [d for d in dirs if d not in (".git", ".venv", "node_modules", "__pycache__", ".hypothesis",
                                                        ".pytest_cache", "pytest-of-root")]
                files |= {os.path.join(path, n) for n in names}
        return files

    before = snapshot()
    for accept in ("application/pdf", "application/json", "text/calendar", "text/html"):
        answer = client.post("/api/v1/plans", json=VALID, headers={"Accept": accept})
        assert answer.status_code == 200 and answer.mimetype == accept and answer.data, accept
    client.post("/plan.pdf", data={"fatigue": "2", "pain": "2", "notes": MARKER})
    created = snapshot() - before
    assert not created, sorted(created)[:5]


def test_openapi_describes_every_field_as_the_form_defines_it(client):
    doc = client.get("/api/v1/openapi.json").get_json()
    schema = doc["paths"]["/api/v1/plans"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert set(schema["properties"]) == set(FIELDS)
    assert schema["required"] == ["fatigue", "pain"]
    assert schema["properties"]["fatigue"]["minimum"] == 0 and schema["properties"]["fatigue"]["maximum"] == 10
    assert schema["properties"]["conditions"]["items"]["enum"] == list(CONDITIONS)
    assert schema["properties"]["medications"]["items"]["enum"] == list(MEDICATIONS)
    assert schema["properties"]["notes"]["maxLength"] == 1000
    assert schema["properties"]["clinician"]["properties"]["name"]["maxLength"] == 80


def test_openapi_describes_every_key_of_the_plan_json(client):
    doc = client.get("/api/v1/openapi.json").get_json()
    plan_schema = doc["paths"]["/api/v1/plans"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    heavy = {**VALID, "conditions": ["sternotomy", "arthritis"], "weeks_since_event": 4, "pain_sites": ["lower_back"],
             "medications": ["nitrates", "pde5_inhibitor"], "follow_up": "2026-12-20", "start_date": "2026-11-23"}
    plan = client.post("/api/v1/plans", json=heavy, headers={"Accept": "application/json"}).get_json()
    assert set(plan) <= set(plan_schema["properties"]), sorted(set(plan) - set(plan_schema["properties"]))
    assert set(plan_schema["required"]) <= set(plan)
    assert plan["progression"] in plan_schema["properties"]["progression"]["enum"]
