"""The renderer touches nothing but the package's own assets; user text stays text."""

from __future__ import annotations

import http.server
import threading
import unicodedata

import pytest

from clinic import render
from clinic.forms import validate_json
from clinic.planner import build_plan
from tests.conftest import pdf_text, plan_request


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "http://127.0.0.1:9/x.css",
        "https://example.org/font.ttf",
        "data:text/css,body{}",
        render.ASSET_ROOT + "../../../../etc/passwd",
        render.ASSET_ROOT + "css/missing.css",
        "https://assets.clinic.invalid/other/x.css",
    ],
)
def test_fetcher_refuses_everything_but_package_assets(url):
    fetcher = render.make_fetcher()
    with pytest.raises(ValueError):
        fetcher.fetch(url)
    assert fetcher.refused == [url]


def test_fetcher_serves_the_packaged_font():
    response = render.make_fetcher().fetch(render.ASSET_ROOT + "fonts/NotoSans-Regular.ttf")
    assert response.read()[:4] == b"\x00\x01\x00\x00"


class _Canary(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 (http.server's name)
        _Canary.hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"body{color:red}")

    def log_message(self, *args):
        pass


@pytest.fixture
def canary():
    server = http.server.HTTPServer(("127.0.0.1", 0), _Canary)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Canary.hits = []
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_hostile_text_is_printed_as_text_and_fetches_nothing(app, canary, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("CANARY-FILE-CONTENT")
    payloads = [
        f'<base href="{canary}/base/">',
        f'<img src="{canary}/img.png">',
        f'<link rel="stylesheet" href="{canary}/x.css">',
        f"<style>@import url({canary}/import.css);</style>",
        f'<object data="file://{secret}"></object>',
        f'<svg><image href="file://{secret}"/></svg>',
    ]
    plan = build_plan(
        plan_request(notes="\n".join(payloads), clinician_name=f'<img src="{canary}/n">', clinician_contact=f"url({canary}/c)")
    )
    with app.test_request_context():
        pdf = render.render_pdf(plan)
    text = pdf_text(pdf)
    assert _Canary.hits == []
    assert b"CANARY-FILE-CONTENT" not in pdf
    assert "<base href=" in text and "@import url(" in text
    assert "<img src=" in text


def test_same_request_same_pdf_text(app):
    plan = build_plan(plan_request(conditions=("heart_failure",)))
    with app.test_request_context():
        assert pdf_text(render.render_pdf(plan)) == pdf_text(render.render_pdf(plan))


HOSTILE = {
    "base": '<base href="{canary}/base/">',
    "img": '<img src="{canary}/img.png">',
    "link": '<link rel=stylesheet href="{canary}/l.css">',
    "object": '<object data="file://{secret}">',
    "import": "<style>@import url({canary}/i.css)</style>",
    "url": "background:url({canary}/u.png)",
    "svg": '<svg><image href="file://{secret}"/></svg>',
    "file": "file://{secret}",
    "arabic_and_chinese": "سارة 王医生",
}
REFUSED = {
    "bidi": "abc\u202eevil",
    "isolate": "abc\u2066x",
    "nul": "a\x00b",
    "bell": "a\x07b",
    # No bundled font draws emoji: an empty box in the handout, and a broken text layer.
    "emoji": "Well done \U0001F642\U0001F44D",
    "emoji_flood": "\U0001F642" * 10_000,
    "line_separator": "a\u2028b",
    "paragraph_separator": "a\u2029b",
}
TEXT_FIELDS = {"notes": ("notes",), "clinician.name": ("clinician", "name"), "clinician.contact": ("clinician", "contact")}
LIMITS = {"notes": 1000, "clinician.name": 80, "clinician.contact": 120}


def _with_text(path, value):
    body = {"fatigue": 4, "pain": 3, "start_date": "2026-11-23"}
    if len(path) == 1:
        body[path[0]] = value
    else:
        body[path[0]] = {path[1]: value}
    return body


@pytest.mark.parametrize("field", TEXT_FIELDS)
def test_every_text_field_prints_hostile_text_as_text(client, canary, tmp_path, field):
    secret = tmp_path / "secret.txt"
    secret.write_text("CANARY-FILE-CONTENT")
    for name, template in HOSTILE.items():
        value = template.format(canary=canary, secret=secret)
        response = client.post("/api/v1/plans", json=_with_text(TEXT_FIELDS[field], value),
                               headers={"Accept": "application/pdf"})
        if len(value) > LIMITS[field]:  # a long temporary path: refused for its length, naming the field
            assert response.status_code == 422 and list(response.get_json()["errors"]) == [field]
            continue
        assert response.status_code == 200, (field, name, response.get_data(as_text=True))
        text = pdf_text(response.data)
        # Word by word (Arabic comes back in visual order), ignoring where lines wrapped.
        flat = "".join(text.split())
        for word in value.split():
            assert word in flat, (field, name, word)
        assert b"CANARY-FILE-CONTENT" not in response.data
    assert _Canary.hits == []


@pytest.mark.parametrize("field", TEXT_FIELDS)
@pytest.mark.parametrize("name", REFUSED)
def test_control_characters_and_floods_are_refused_naming_the_field(client, field, name):
    response = client.post("/api/v1/plans", json=_with_text(TEXT_FIELDS[field], REFUSED[name]),
                           headers={"Accept": "application/pdf"})
    assert response.status_code == 422
    errors = response.get_json()["errors"]
    assert list(errors) == [field] and errors[field][0], errors


def test_the_form_keeps_an_emoji_flood_and_says_what_to_remove(client):
    flood = "\U0001F642" * 10_000
    page = client.post("/plan", data={"fatigue": "3", "pain": "2", "notes": flood}).get_data(as_text=True)
    assert "The plan cannot print these characters: \U0001F642. Please remove them." in page
    assert flood in page


def test_an_invisible_character_is_named_by_its_code_point(client):
    response = client.post("/api/v1/plans", json={"fatigue": 3, "pain": 2, "notes": "one\ue000two"})
    assert response.get_json()["errors"]["notes"] == [
        "The plan cannot print these characters: U+E000. Please remove them."]


def test_every_invisible_character_the_form_accepts_prints_without_an_empty_box(app):
    """Spaces, joiners and marks the fonts list: accepted ones must lay out cleanly (the
    autouse fixture fails on any .notdef glyph), the rest must be refused."""
    invisible = sorted(ch for ch in render.printable_characters()
                       if unicodedata.category(ch)[0] in "CZ" and ch not in " \n")
    with app.test_request_context():
        accepted = [ch for ch in invisible if not validate_json({"fatigue": 3, "pain": 2, "notes": f"a{ch}b"})[1]]
        assert "\u200d" in accepted and "\u00a0" in accepted and "\u2028" not in accepted  # joiner, nbsp; separator
        request, errors = validate_json({"fatigue": 3, "pain": 2, "notes": "".join(f"a{ch}b " for ch in accepted)})
        assert not errors, errors
        render.render_pdf(build_plan(request))
