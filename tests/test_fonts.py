"""Every character the plan can print in each language has a glyph in the fonts we ship,
so no machine shows empty boxes, whatever fonts it has installed."""

from __future__ import annotations

import shutil
import subprocess
from functools import cache

import pytest
from babel.messages.pofile import read_po
from fontTools.ttLib import TTFont

from clinic import ROOT
from clinic.forms import validate_json
from clinic.i18n import SUPPORTED, resolve_locale
from clinic.planner import build_plan
from clinic.render import STATIC_DIR, render_html, render_pdf
from tests.conftest import pdf_font_names, pdf_text

FONTS = STATIC_DIR / "fonts"
BY_SCRIPT = {
    "latin": ("NotoSans-Regular.ttf",),
    "arabic": ("NotoSansArabic-Regular.ttf", "NotoSans-Regular.ttf"),
    "han": ("NotoSansSC-Subset.otf", "NotoSans-Regular.ttf"),
}
# Characters that need no glyph (spacing and control of layout).
INVISIBLE = {"\n", "\t", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u00ad"}


@cache
def cmap(name: str) -> frozenset[int]:
    return frozenset(TTFont(FONTS / name).getBestCmap())


def covered(script: str) -> frozenset[int]:
    return frozenset().union(*(cmap(name) for name in BY_SCRIPT[script]))


@pytest.mark.parametrize("lang", SUPPORTED)
def test_every_catalog_character_has_a_glyph_in_the_shipped_fonts(lang):
    with (ROOT / "translations" / lang / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        catalog = read_po(handle)
    glyphs = covered(resolve_locale(lang).script)
    missing = set()
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in strings:
            missing |= {ch for ch in text if ch not in INVISIBLE and ord(ch) not in glyphs}
    assert not missing, f"{lang}: no glyph for {sorted(missing)[:20]}"


def test_the_symbols_of_the_calendar_have_glyphs():
    css = (STATIC_DIR / "css" / "plan.css").read_text()
    for symbol in "●○◆♥✚⚠":
        if symbol in css:
            assert ord(symbol) in cmap("NotoSansSymbols2-Subset.ttf"), symbol


@pytest.mark.parametrize("lang", SUPPORTED)
def test_each_language_prints_with_our_fonts_only(app, lang):
    with app.test_request_context():
        request, errors = validate_json({"fatigue": 4, "pain": 4, "language": lang,
                                         "conditions": ["heart_attack"], "weeks_since_event": 3})
        assert not errors
        pdf = render_pdf(build_plan(request))
    names = pdf_font_names(pdf)
    assert names, "no fonts embedded"
    assert all(n.startswith("Plan-") for n in names), names  # our @font-face families only


def test_chinese_names_beyond_the_commonest_hanzi_print_and_cost_only_when_used(client):
    """婷 and 鑫 are GB2312 level 2: printed from the extra font, which a plan without them never loads."""
    def pdf(body):
        response = client.post("/api/v1/plans", json={"fatigue": 3, "pain": 2, "language": "zh_Hans", **body},
                               headers={"Accept": "application/pdf"})
        assert response.status_code == 200, response.get_data(as_text=True)
        return response.data

    named = pdf({"clinician": {"name": "王婷", "contact": "李鑫医生"}})
    assert "王婷" in pdf_text(named) and "李鑫医生" in pdf_text(named)
    assert "Plan-CJK-Extra" in pdf_font_names(named)
    assert "Plan-CJK-Extra" not in pdf_font_names(pdf({}))


def test_arabic_plan_reads_right_to_left(app, tmp_path):
    with app.test_request_context():
        request, _ = validate_json({"fatigue": 2, "pain": 2, "language": "ar"})
        plan = build_plan(request)
        html = render_html(plan, mode="pdf")
        pdf = render_pdf(plan)
    assert 'dir="rtl"' in html and 'lang="ar"' in html
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed: the picture check needs it")
    (tmp_path / "plan.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-gray", "-r", "40", "-f", "1", "-l", "1", str(tmp_path / "plan.pdf"),
                    str(tmp_path / "page")], check=True)
    image = next(tmp_path.glob("page*.pgm")).read_bytes()
    width, height, pixels = _pgm(image)
    # The title is the first line of ink: in a right-to-left page it hugs the right margin.
    rows = [pixels[y * width:(y + 1) * width] for y in range(height)]
    first = next(y for y, row in enumerate(rows) if min(row) < 128)
    ink = [x for y in range(first, first + 12) for x, v in enumerate(rows[y]) if v < 128]
    left_gap, right_gap = min(ink), width - 1 - max(ink)
    assert right_gap < left_gap, (left_gap, right_gap)


def _pgm(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and pixels of a binary PGM (P5) from pdftoppm -gray."""
    fields, index = [], 0
    while len(fields) < 4:
        while data[index:index + 1].isspace():
            index += 1
        start = index
        while not data[index:index + 1].isspace():
            index += 1
        fields.append(data[start:index])
    width, height = int(fields[1]), int(fields[2])
    return width, height, data[index + 1:]


def test_a_phone_number_keeps_its_order_in_an_arabic_plan(app):
    from clinic import render
    from clinic.forms import validate_json
    from clinic.planner import build_plan

    with app.test_request_context():
        for contact in ("+44 20 7946 0018 ext. 22", "+44 20 7946 0018"):
            request, _ = validate_json({"fatigue": 2, "pain": 1, "language": "ar_GB",
                                        "clinician": {"name": "A. Physio", "contact": contact}})
            text = " ".join(pdf_text(render.render_pdf(build_plan(request))).split())
            assert contact in text, contact
