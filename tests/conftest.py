"""Fixtures in the flaskr style: ``app``, ``client``, ``runner``; and helpers to read PDFs back."""

from __future__ import annotations

import io
from datetime import date

import pypdf
import pytest

from clinic import create_app
from clinic.model import PlanRequest


@pytest.fixture
def app():
    return create_app({"TESTING": True, "WTF_CSRF_ENABLED": False, "SECRET_KEY": "test", "RATELIMIT_ENABLED": False})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


def pdf_text(data: bytes) -> str:
    """All text of a PDF, pages joined, whitespace folded (the way a reader sees it)."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def pdf_reader(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def plan_request(**fields) -> PlanRequest:
    """A request with the contract's defaults and a fixed start date."""
    fields.setdefault("fatigue", 3)
    fields.setdefault("pain", 2)
    fields.setdefault("start_date", date(2026, 11, 23))
    return PlanRequest(**fields)
