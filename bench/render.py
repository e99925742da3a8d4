"""Render timings for the contract's default request: plan build, HTML and PDF separately.

Run: .venv/bin/python bench/render.py [--runs 10]
Prints medians over warm runs (the first render, which loads fonts, is reported apart).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pypdf  # noqa: E402

from clinic import create_app, render  # noqa: E402
from clinic.forms import validate_json  # noqa: E402
from clinic.planner import build_plan  # noqa: E402

DEFAULT = {"fatigue": 3, "pain": 2}
# "Heavy": 12 weeks, many constraints, a long note (the --languages run adds Arabic and Chinese).
HEAVY = {
    "fatigue": 6, "pain": 5, "weeks": 12, "language": "en",
    "conditions": ["sternotomy", "heart_failure", "copd_breathlessness", "arthritis", "ostomy"],
    "weeks_since_event": 5, "medications": ["nitrates", "pde5_inhibitor", "anticoagulant"],
    "medication_effects": ["vaginal_dryness", "dizziness", "low_desire"],
    "pain_sites": ["lower_back", "knee", "shoulder"], "back_pain_pattern": "worse_bending_forward",
    "clinician": {"name": "A. Clinician", "contact": "Cardiac rehab, ext. 1234"}, "notes": "Note " * 190,
}

# A box too tall for page one in large print: every page-one layout is tried, then the split
# (render.render_document lays out page one alone for each try, then the chosen layout in full).
SPLIT = {
    "fatigue": 6, "pain": 4, "large_print": True, "in_treatment": True, "weeks_since_event": 10,
    "conditions": ["cancer_treatment", "ostomy", "abdominal_surgery", "pelvic_radiotherapy", "depression_anxiety"],
    "medications": ["anticoagulant", "pde5_inhibitor"], "post_op_check_done": True,
}


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def measure(app, name: str, body: dict, runs: int) -> None:
    with app.test_request_context():
        request, errors = validate_json(body)
        assert not errors, errors
        t0 = time.perf_counter()
        first = render.render_pdf(build_plan(request))
        first_time = time.perf_counter() - t0
        builds, htmls, pdfs = [], [], []
        for _ in range(runs):
            t0 = time.perf_counter()
            plan = build_plan(request)
            t1 = time.perf_counter()
            render.render_html(plan, mode="pdf")
            t2 = time.perf_counter()
            pdf = render.render_pdf(plan)
            t3 = time.perf_counter()
            builds.append(t1 - t0)
            htmls.append(t2 - t1)
            pdfs.append(t3 - t2)
        pages = len(pypdf.PdfReader(__import__("io").BytesIO(pdf)).pages)
    print(f"{name}: first PDF {ms(first_time)}; median of {runs} warm: build {ms(statistics.median(builds))}, "
          f"HTML {ms(statistics.median(htmls))}, PDF {ms(statistics.median(pdfs))}; "
          f"{pages} pages, {len(pdf):,} bytes (first {len(first):,})")


def compare(app, name: str, body: dict, runs: int) -> None:
    """The same print HTML through our WeasyPrint setup, WeasyPrint's defaults and headless Chromium."""
    import weasyprint

    from clinic.render import STATIC_DIR

    with app.test_request_context():
        request, _ = validate_json(body)
        plan = build_plan(request)
        render.render_pdf(plan)
        ours = []
        for _ in range(runs):
            t0 = time.perf_counter()
            render.render_pdf(plan)
            ours.append(time.perf_counter() - t0)
        standalone = render.render_html(plan, mode="standalone")
        css = [weasyprint.CSS(filename=str(STATIC_DIR / "css" / "plan.css")),
               weasyprint.CSS(filename=str(STATIC_DIR / "css" / f"paper-{render.paper_of(plan)}.css"))]
        html = render.render_html(plan, mode="pdf")
        defaults = []
        for _ in range(runs):
            t0 = time.perf_counter()
            weasyprint.HTML(string=html, base_url=str(STATIC_DIR / "css") + "/").write_pdf(stylesheets=css)
            defaults.append(time.perf_counter() - t0)
    chromium = _chromium_times(standalone, runs)
    ours_ms = statistics.median(ours) * 1000
    line = f"{name}: ours {ours_ms:.0f} ms, WeasyPrint defaults {statistics.median(defaults) * 1000:.0f} ms"
    if chromium:
        chrome_ms = statistics.median(chromium) * 1000
        line += f", Chromium page.pdf {chrome_ms:.0f} ms; ours / Chromium = {ours_ms / chrome_ms:.1f}x"
    else:
        line += ", Chromium not available"
    print(line)


def _chromium_times(html: str, runs: int) -> list[float]:
    """Median-ready timings of Chromium printing the same document (warm browser); [] without Chromium."""
    from clinic.render import STATIC_DIR

    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return []
    if not Path("/usr/bin/chromium").exists():
        return []

    def serve_static(route):
        path = STATIC_DIR / route.request.url.split("/static/", 1)[1]
        route.fulfill(body=path.read_bytes(), content_type="text/css" if path.suffix == ".css" else "font/ttf")

    times = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                     args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page()
        page.route("http://localhost/static/**", serve_static)
        page.set_content(html, wait_until="load")
        page.pdf(prefer_css_page_size=True)
        for _ in range(runs):
            t0 = time.perf_counter()
            page.set_content(html, wait_until="load")
            page.pdf(prefer_css_page_size=True)
            times.append(time.perf_counter() - t0)
        browser.close()
    return times


def languages(app, runs: int) -> None:
    """The default plan in every language: strings in the catalog, PDF size and time."""
    from babel.messages.pofile import read_po

    from clinic import ROOT
    from clinic.i18n import SUPPORTED

    for lang in SUPPORTED:
        with (ROOT / "translations" / lang / "LC_MESSAGES" / "messages.po").open("rb") as handle:
            catalog = read_po(handle)
        strings = sum(1 for m in catalog if m.id)
        translated = sum(1 for m in catalog if m.id and all(m.string if isinstance(m.string, tuple) else (m.string,)))
        with app.test_request_context():
            request, _ = validate_json({**DEFAULT, "language": lang})
            plan = build_plan(request)
            render.render_pdf(plan)
            times = []
            for _ in range(runs):
                t0 = time.perf_counter()
                pdf = render.render_pdf(plan)
                times.append(time.perf_counter() - t0)
        print(f"  {lang:8} {translated}/{strings} strings translated; default plan PDF {len(pdf):,} bytes, "
              f"median {ms(statistics.median(times))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--languages", action="store_true", help="also the default plan in every language")
    parser.add_argument("--compare", action="store_true", help="also Chromium and WeasyPrint's defaults on the same HTML")
    args = parser.parse_args()
    # As production runs it (README): warmed up at start-up, start-up objects frozen out of GC.
    t0 = time.perf_counter()
    app = create_app({"TESTING": True, "SERVER_NAME": "localhost", "WARM_UP": True})
    print(f"start-up with warm-up: {ms(time.perf_counter() - t0)}")
    measure(app, "default", DEFAULT, args.runs)
    measure(app, "heavy", HEAVY, args.runs)
    measure(app, "heavy ar", {**HEAVY, "language": "ar", "notes": "ملاحظة " * 140}, args.runs)
    measure(app, "heavy zh_Hans", {**HEAVY, "language": "zh_Hans", "notes": "请按计划慢慢来。" * 120}, args.runs)
    measure(app, "split (large print)", SPLIT, args.runs)
    if args.compare:
        compare(app, "default", DEFAULT, args.runs)
        compare(app, "heavy", HEAVY, args.runs)
        compare(app, "split (large print)", SPLIT, args.runs)
    if args.languages:
        languages(app, max(3, args.runs // 2))


if __name__ == "__main__":
    main()
