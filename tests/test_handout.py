"""The handout the couple takes home: every part present, readable, tagged and within the page."""

from __future__ import annotations

import io
from statistics import median

import pypdf
import pytest

from clinic import render
from clinic.forms import validate_json
from clinic.planner import build_plan
from tests.conftest import pdf_font_names, pdf_reader, pdf_text

BASE = {"fatigue": 4, "pain": 3, "start_date": "2026-11-23", "follow_up": "2026-12-03",
        "conditions": ["heart_failure"], "clinician": {"name": "Robin Marsh", "contact": "Heart clinic 555-0142"},
        "notes": "Private remark for the couple."}
VARIANTS = {
    "default": {},
    "large_print": {"large_print": True},
    "discreet": {"discreet": True},
    "heavy": {"weeks": 12, "conditions": ["sternotomy", "copd_breathlessness", "ostomy", "arthritis"],
              "weeks_since_event": 5, "medications": ["nitrates", "pde5_inhibitor", "anticoagulant"],
              "medication_effects": ["vaginal_dryness", "dizziness"], "pain_sites": ["lower_back", "knee"],
              "back_pain_pattern": "worse_bending_forward", "notes": "Long note. " * 90},
}


def plan_for(body):
    request, errors = validate_json(body)
    assert not errors, errors
    return build_plan(request)


@pytest.fixture
def ctx(app):
    with app.test_request_context():
        yield


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("variant", VARIANTS)
def test_nothing_overflows_the_page(ctx, variant, paper):
    document = render.render_document(plan_for({**BASE, **VARIANTS[variant], "paper": paper}))
    checked = 0
    for number, page in enumerate(document.pages, 1):
        right = page.width - page._page_box.margin_right + 0.5
        bottom = page.height - page._page_box.margin_bottom + 0.5
        for box in _boxes(page._page_box):
            if getattr(box, "element_tag", None) in (None, "html", "body") or not box.width:
                continue
            # The border box must sit inside the page's content area (a margin may run past it).
            x_end = box.position_x + box.margin_left + box.border_width()
            y_end = box.position_y + box.margin_top + box.border_height()
            assert x_end <= right + 1, (variant, paper, number, box.element_tag, x_end, right)
            assert y_end <= bottom + 1, (variant, paper, number, box.element_tag, y_end, bottom)
            checked += 1
    assert checked > 200, "the layout walk found too few boxes to mean anything"


def _boxes(box):
    for child in getattr(box, "children", ()) or ():
        if type(child).__name__ in ("MarginBox",):
            continue
        yield child
        yield from _boxes(child)


def test_every_part_of_the_handout_is_printed(ctx):
    plan = plan_for({**BASE, **VARIANTS["heavy"]})
    data = render.plan_to_json(plan)
    text = pdf_text(render.render_pdf(plan))
    for heading in ("Your plan at a glance", "Stop and get help", "Important for you", "The five steps",
                    "Week by week", "Positions that suit you", "Avoid for now", "Rest and energy", "Small rituals",
                    "Your medicines", "Good to know", "Things to talk about", "Consent and comfort",
                    "A note from your clinician", "For the partner", "Daily tracking sheet",
                    "For the clinician: sources behind this plan"):
        assert heading in text, heading
    for item in data["partner"]:
        assert " ".join(item["text"].split()[:4]) in text
    assert "Energy (0-10)" in text and "Pain (0-10)" in text
    assert "Week 12: up to step" in text


def test_calendar_marks_every_day_with_a_symbol_and_a_word(ctx):
    """Colour plus a symbol plus a word: the calendar reads in black and white and to a screen reader."""
    pdf = render.render_pdf(plan_for(BASE))
    text = " ".join(pdf_text(pdf).split())
    assert "Nov 23 ● Step" in text
    for mark, word in (("○", "Rest day"), ("◆", "Check-in"), ("♥", "Ritual"), ("✚", "Follow-up visit")):
        assert f"{mark} {word}" in text, word
    fonts = pdf_font_names(pdf)
    # The symbols come from their own small font; a Latin plan never embeds the Chinese font.
    assert "Plan-Symbols" in fonts and not any("CJK" in name for name in fonts), fonts


@pytest.mark.parametrize("body", [{}, {"large_print": True}, {"language": "ar"}, {"language": "zh_Hans"},
                                  VARIANTS["heavy"]], ids=["default", "large", "ar", "zh", "heavy"])
def test_no_text_is_set_with_opentype_features(ctx, body):
    """WeasyPrint 70 leaks native memory for every line set with a font feature
    (e.g. the tabular numbers its UA sheet gives list markers): none may have one."""
    from weasyprint.text.fonts import font_features

    document = render.render_document(plan_for({**BASE, **body}))
    checked = 0
    for page in document.pages:
        for box in _boxes(page._page_box):
            if type(box).__name__ != "TextBox":
                continue
            style = box.style
            features = font_features(
                style["font_kerning"], style["font_variant_ligatures"], style["font_variant_position"],
                style["font_variant_caps"], style["font_variant_numeric"], style["font_variant_alternates"],
                style["font_variant_east_asian"], style["font_feature_settings"])
            assert not features, (box.element_tag, box.text, features)
            checked += 1
    assert checked > 100


def test_page_one_is_the_plan_at_a_glance(ctx):
    reader = pdf_reader(render.render_pdf(plan_for(BASE)))
    first = " ".join(reader.pages[0].extract_text().split())
    for words in ("This week:", "How often:", "Rest days:", "Pause signal:", "Follow-up visit:", "Heart clinic 555-0142",
                  "call your local emergency number", "Stop and get help"):
        assert words in first, words


def test_large_print_is_18_point_reflowed_not_scaled(ctx):
    normal = pdf_reader(render.render_pdf(plan_for(BASE)))
    large = pdf_reader(render.render_pdf(plan_for({**BASE, "large_print": True})))
    assert median(_font_sizes(large, "Chest pain")) >= 18
    assert 12 <= median(_font_sizes(normal, "Chest pain")) <= 14
    assert len(large.pages) > len(normal.pages)
    assert large.pages[0].mediabox.width == normal.pages[0].mediabox.width  # same paper, more pages


def _font_sizes(reader, containing):
    """The font sizes of the text runs that contain ``containing`` (the couple's pages: the sources
    appendix for the clinician quotes the plan's lines in a smaller face)."""
    sizes = []

    def visit(text, cm, tm, font, size):
        if containing in text:
            sizes.append(round(size * abs(tm[0]) * abs(cm[0] or 1), 1))

    for page in reader.pages:
        if "For the clinician: sources" in page.extract_text():
            break
        page.extract_text(visitor_text=visit)
    return sizes


def test_discreet_plan_says_nothing_explicit_on_page_one(ctx):
    reader = pdf_reader(render.render_pdf(plan_for({**BASE, "discreet": True, "start_stage": 5})))
    first = reader.pages[0].extract_text().lower()
    for word in ("sex", "intima", "erection", "intercourse", "genital", "orgasm"):
        assert word not in first, word
    assert reader.metadata.title == "Recovery plan"


def test_pdf_is_tagged_titled_in_its_language_and_keeps_names_out_of_metadata(ctx):
    data = render.render_pdf(plan_for({**BASE, "language": "es"}))
    reader = pdf_reader(data)
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"]
    assert root["/Lang"] == "es"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    assert reader.metadata.title
    metadata = [str(v) for v in reader.metadata.values()]
    xmp = reader.xmp_metadata
    if xmp is not None:
        metadata.append(xmp.stream.get_data().decode("utf-8", "replace"))
    for secret in ("Robin", "Marsh", "555-0142", "Private remark"):
        assert not any(secret in m for m in metadata), secret


def test_calendar_file_has_the_plan_s_events_on_its_dates(client):
    from icalendar import Calendar

    body = {**BASE, "weeks": 2, "best_time": "morning"}
    plan = client.post("/api/v1/plans", json=body).get_json()
    ics = client.post("/api/v1/plans", json=body, headers={"Accept": "text/calendar"}).data
    events = list(Calendar.from_ical(ics).walk("VEVENT"))
    assert len(events) == sum(len(w["days"]) for w in plan["weeks"]) == 15  # 14 days and the visit
    sessions = [e for e in events if "Step" in str(e["summary"])]
    assert sessions and all(e.decoded("dtstart").hour == 10 for e in sessions)
    visit = [e for e in events if str(e.decoded("dtstart"))[:10] == "2026-12-03" and "visit" in str(e["summary"])]
    assert visit
    assert b"Robin" not in ics and b"Private" not in ics


def test_pdf_streams_never_embed_a_file_or_script(ctx):
    data = render.render_pdf(plan_for(BASE))
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert "/EmbeddedFiles" not in str(reader.trailer["/Root"].get("/Names", {}))
    assert b"/JavaScript" not in data and b"/JS " not in data


# Plans that collect many red flags: a recent operation, three medicines, a follow-up and a note.
HEAVY_ON_PAGE_ONE = {
    "bypass": {"fatigue": 5, "pain": 4, "pain_sites": ["chest"], "conditions": ["sternotomy"],
               "weeks_since_event": 5, "medications": ["nitrates", "anticoagulant", "opioid"]},
    "hip": {"fatigue": 4, "pain": 5, "pain_sites": ["hip"], "conditions": ["hip_replacement_posterior", "arthritis"],
            "weeks_since_event": 3, "medications": ["anticoagulant", "opioid", "sedative"]},
    "pelvic_cancer": {"fatigue": 6, "pain": 5, "conditions": ["cancer_treatment", "pelvic_radiotherapy",
                                                               "depression_anxiety"],
                      "in_treatment": True, "weeks_since_event": 3, "medications": ["anticoagulant", "opioid", "sedative"]},
    "stoma": {"fatigue": 5, "pain": 4, "pain_sites": ["abdomen"], "conditions": ["abdominal_surgery", "ostomy"],
              "weeks_since_event": 4, "medications": ["anticoagulant", "opioid", "sedative"]},
}
# Beyond a typical heavy plan (five conditions): the box may run on, but it starts on page one.
EXTREME_ON_PAGE_ONE = {
    # a reviewer's: rectal cancer, radiotherapy, colostomy, on chemotherapy, blood thinner, erection tablet, low mood
    "rectal_cancer": {"fatigue": 6, "pain": 4, "pain_sites": ["abdomen", "pelvis_genital"],
                      "medication_effects": ["erection_difficulty", "low_desire", "nausea"],
                      "medications": ["anticoagulant", "pde5_inhibitor"], "in_treatment": True,
                      "conditions": ["cancer_treatment", "ostomy", "abdominal_surgery", "pelvic_radiotherapy",
                                     "depression_anxiety"], "weeks_since_event": 10, "post_op_check_done": True,
                      "clinician": {"name": "Dr Priya Nair, Oncology Physiotherapy", "contact": "0161 555 0142"}},
}


def _pages_holding(document, css_class: str) -> list[int]:
    found = []
    for number, page in enumerate(document.pages, 1):
        for box in _boxes(page._page_box):
            element = getattr(box, "element", None)
            if element is not None and css_class in (element.get("class") or "").split() and number not in found:
                found.append(number)
    return found


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("name", HEAVY_ON_PAGE_ONE)
def test_the_stop_and_get_help_box_stays_whole_on_page_one(ctx, name, paper):
    body = {**HEAVY_ON_PAGE_ONE[name], "paper": paper, "start_date": "2026-11-23", "follow_up": "2026-12-14",
            "notes": "Walk 20 minutes daily. Bring this plan to your next visit."}
    document = render.render_document(plan_for(body))
    assert _pages_holding(document, "glance") == [1]
    assert _pages_holding(document, "red-flags") == [1], name


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_an_extreme_plans_red_flags_start_on_page_one(ctx, paper):
    for name, fields in EXTREME_ON_PAGE_ONE.items():
        body = {**fields, "paper": paper, "start_date": "2026-11-23", "follow_up": "2026-12-14"}
        document = render.render_document(plan_for(body))
        assert _pages_holding(document, "red-flags")[0] == 1, name
        # the box comes first when it is this long; the glance follows it
        assert _pages_holding(document, "glance")[0] <= 2, name


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_box_too_tall_for_page_one_is_split_with_a_pointer_and_the_patient_s_own_flags_first(ctx, paper):
    body = {**EXTREME_ON_PAGE_ONE["rectal_cancer"], "large_print": True, "paper": paper, "start_date": "2026-11-23"}
    plan = plan_for(body)
    document = render.render_document(plan)
    ids = [f"red-flag-{f.id}" for f in plan.red_flags]
    pages = [render._ids_on_page(page) for page in document.pages]
    assert "red-flags-continued" in pages[0]  # at 18 pt this box cannot fit: it says where it goes on
    page_of = [next(n for n, on in enumerate(pages, 1) if i in on) for i in ids]
    assert page_of == sorted(page_of), "in order, none skipped"
    assert page_of.count(1) >= 3 and page_of[page_of.count(1)] == 2, "the rest follows straight after"
    assert ids[0] == "red-flag-neutropenic_fever"  # on chemotherapy, the fever line leads


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("language", ["es", "fr", "de", "pt", "ar", "zh_Hans", "vi"])
def test_the_stop_and_get_help_box_stays_on_page_one_in_every_language(ctx, language, paper):
    body = {**HEAVY_ON_PAGE_ONE["bypass"], "language": language, "paper": paper, "start_date": "2026-11-23",
            "follow_up": "2026-12-14", "notes": "Walk 20 minutes daily."}
    assert _pages_holding(render.render_document(plan_for(body)), "red-flags") == [1], language


def test_a_plan_that_stops_short_of_step_5_still_shows_what_the_couple_came_for(ctx):
    """Issue 13: the step-5 positions its limits allow, marked for later; the couple's own weekly goal;
    on chemotherapy, a place to write the 24-hour cancer line under its heading."""
    body = {"fatigue": 3, "pain": 2, "start_date": "2026-11-23", "conditions": ["sternotomy", "chemotherapy"],
            "weeks_since_event": 2, "in_treatment": True, "weeks": 4, "language": "en-gb"}
    plan = plan_for(body)
    assert plan.max_stage < 5 and plan.later_positions
    text = " ".join(pdf_text(render.render_pdf(plan)).split())
    assert "For when you are both ready: step 5 (not in this plan yet)" in text
    for p in plan.later_positions:
        assert str(p.title) in text
        assert "chest_pressure" not in p.loads  # the breastbone's limit holds for later too
    assert "One goal of our own for this week" in text
    assert "Your 24-hour cancer line:" in text
