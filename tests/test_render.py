"""The renderer touches nothing but the package's own assets; user text stays text."""

from __future__ import annotations

import http.server
import threading

import pytest

from clinic import render
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
