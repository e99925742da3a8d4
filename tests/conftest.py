"""Fixtures in the flaskr style: ``app``, ``client``, ``runner``; and helpers to read PDFs back."""

from __future__ import annotations

import io
import logging
from datetime import date

import pypdf
import pytest

from clinic import create_app
from clinic.model import PlanRequest


class _MissingGlyphs(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.seen: list[str] = []

    def emit(self, record):
        if ".notdef" in record.getMessage():
            self.seen.append(record.getMessage())


@pytest.fixture(autouse=True)
def no_missing_glyphs():
    """Fail any test whose PDF drew a glyph no bundled font has (WeasyPrint only logs it).

    User text cannot cause one: the form refuses characters the fonts lack.
    """
    handler = _MissingGlyphs()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    yield
    logger.removeHandler(handler)
    assert not handler.seen, handler.seen[:3]


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


def pdf_font_names(data: bytes) -> set[str]:
    """The fonts a PDF embeds, without their subset prefix ("Plan-Sans", "Plan-Symbols")."""
    return {str(font.get_object()["/BaseFont"]).split("+")[-1]
            for page in pdf_reader(data).pages for font in (page["/Resources"].get("/Font") or {}).values()}


def plan_request(**fields) -> PlanRequest:
    """A request with the contract's defaults and a fixed start date."""
    fields.setdefault("fatigue", 3)
    fields.setdefault("pain", 2)
    fields.setdefault("start_date", date(2026, 11, 23))
    return PlanRequest(**fields)
