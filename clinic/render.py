"""From a plan to what the couple takes home: print HTML, PDF, plan JSON and iCalendar.

One template (``templates/plan/``) renders the on-screen preview and the PDF.
WeasyPrint only ever sees the package's own stylesheets and fonts: the URL
fetcher below refuses every other URL (``file:``, ``http:``, ``data:``...),
so nothing a user typed can make the renderer read a file or call a server.
"""

from __future__ import annotations

import atexit
import itertools
import mimetypes
import threading
import unicodedata
from dataclasses import dataclass, replace
from datetime import UTC, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from flask import current_app, has_request_context, render_template, url_for
from flask_babel import force_locale
from icalendar import Calendar, Event

from clinic import i18n, plancode
from clinic.content import library as lib
from clinic.content import vocabulary as voc
from clinic.content.poses import POSES
from clinic.model import Plan
from clinic.planner import OMITTABLE_IDS

STATIC_DIR = Path(__file__).parent / "static"
# A name that can never resolve (RFC 2606 ".invalid"): the fetcher maps it to
# the package's static folder and refuses everything else.
ASSET_ROOT = "https://assets.clinic.invalid/static/"
STYLESHEETS = ("css/plan.css",)
PAPER_STYLESHEETS = {"a4": "css/paper-a4.css", "letter": "css/paper-letter.css"}

# Tagged PDF with a structure tree, title and language, for screen readers.
PDF_VARIANT = "pdf/ua-1"

# The calendar's symbol for each kind of day (with colour, so it reads in black and white).
DAY_MARKS = {"session": "●", "rest": "○", "check_in": "◆", "ritual": "♥", "appointment": "✚"}

SESSION_START = {"morning": time(10, 0), "afternoon": time(15, 0), "evening": time(19, 0)}


# --- The locked URL fetcher --------------------------------------------------------


def _weasyprint():
    # Imported lazily: WeasyPrint pulls in Pango and fonts, which the form and
    # the API's validation do not need.
    import weasyprint

    return weasyprint


class RefusedURL(ValueError):
    """A URL outside the package's own assets (WeasyPrint skips the resource)."""


def package_asset(url: str) -> Path:
    """The file under ``static/`` that an asset URL names; refuses anything else."""
    if not url.startswith(ASSET_ROOT):
        raise RefusedURL(url)
    relative = url[len(ASSET_ROOT):].split("?", 1)[0].split("#", 1)[0]
    path = (STATIC_DIR / relative).resolve()
    if STATIC_DIR.resolve() not in path.parents or not path.is_file():
        raise RefusedURL(url)
    return path


@lru_cache(maxsize=1)
def _fetcher_class():
    urls = _weasyprint().urls

    class PackageAssetFetcher(urls.URLFetcher):
        """Serves only the package's static assets; every other URL is refused."""

        def __init__(self):
            super().__init__(allowed_protocols=(), allow_redirects=False)
            self.refused: list[str] = []

        def fetch(self, url, headers=None):
            try:
                path = package_asset(url)
            except RefusedURL:
                self.refused.append(url)
                raise
            mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return urls.URLFetcherResponse(url, path.read_bytes(), {"Content-Type": mime})

    return PackageAssetFetcher


def make_fetcher():
    """A fresh locked fetcher (it records what it refused, for the tests)."""
    return _fetcher_class()()


@lru_cache(maxsize=1)
def printable_characters() -> frozenset[str]:
    """Every character the bundled fonts can draw (the plan embeds no other font)."""
    from fontTools.ttLib import TTFont

    chars: set[str] = set()
    for path in sorted((STATIC_DIR / "fonts").glob("*.[ot]tf")):
        with TTFont(str(path), lazy=True) as font:
            chars.update(map(chr, font.getBestCmap()))
    return frozenset(chars)


# --- Process-wide rendering state, built once --------------------------------------


class _Typesetter:
    """One FontConfiguration and the parsed stylesheets, shared by every render."""

    def __init__(self):
        wp = _weasyprint()
        from weasyprint.text.fonts import FontConfiguration

        self.font_config = FontConfiguration()
        fetcher = make_fetcher()
        self.base = [
            wp.CSS(url=ASSET_ROOT + name, url_fetcher=fetcher, font_config=self.font_config)
            for name in STYLESHEETS
        ]
        self.paper = {
            size: wp.CSS(url=ASSET_ROOT + name, url_fetcher=fetcher, font_config=self.font_config)
            for size, name in PAPER_STYLESHEETS.items()
        }
        self.lock = threading.Lock()


_typesetter: _Typesetter | None = None
_typesetter_lock = threading.Lock()


@atexit.register
def _release_typesetter() -> None:
    # Free the fonts before the interpreter tears down the modules Pango needs.
    global _typesetter
    _typesetter = None


def typesetter() -> _Typesetter:
    """The shared typesetter, built on first use (call at start-up to warm it)."""
    global _typesetter
    with _typesetter_lock:
        if _typesetter is None:
            _typesetter = _Typesetter()
        return _typesetter


# --- The plan in a language -----------------------------------------------------------


def plan_locale(plan: Plan) -> i18n.PlanLocale:
    return i18n.resolve_locale(plan.request.language)


def paper_of(plan: Plan) -> str:
    default = current_app.config.get("PAPER_FOR_BARE_ENGLISH", "letter")
    return i18n.paper_for(plan_locale(plan), plan.request.paper, default)


def document_title(plan: Plan) -> str:
    """The title on the cover, in the file name's spirit and in the PDF metadata."""
    from flask_babel import gettext as _

    if plan.request.discreet:
        return _("Recovery plan")
    return _("Our plan for closeness and intimacy")


def _context(plan: Plan, mode: str) -> dict[str, Any]:
    locale = plan_locale(plan)
    paper = paper_of(plan)
    if mode == "pdf":
        stylesheets = []  # handed to WeasyPrint as parsed CSS objects instead
    else:
        stylesheets = [url_for("static", filename=n, _external=True) for n in STYLESHEETS]
        stylesheets.append(url_for("static", filename=PAPER_STYLESHEETS[paper], _external=True))
    cfg = current_app.config
    return {
        "plan": plan,
        "req": plan.request,
        "locale": locale,
        "paper": paper,
        "mode": mode,
        "title": document_title(plan),
        "stylesheets": stylesheets,
        "clinic_name": cfg.get("CLINIC_NAME", ""),
        "clinic_contact": cfg.get("CLINIC_CONTACT", ""),
        "emergency_line": lib.emergency_line(locale.emergency_number),
        "step_short": lib.step_short,
        "marks": DAY_MARKS,
        "plan_code": plan_code(plan),
        "weekday": lambda d: i18n.weekday_short(d, locale),
        "day_month": lambda d: i18n.day_month(d, locale),
        "voc": voc,
        "day_label": lambda d: i18n.day_label(d, locale),
        "long_date": lambda d: i18n.long_date(d, locale),
        "today": plan.request.start_date,
        "end_date": plan.weeks[-1].days[-1].date,
        "red_flag_density": red_flag_density,
        "red_flag_groups": red_flag_groups,
        "text_dir": text_dir,
        "source_claims": lambda: source_claims(plan),
        "drawing": lambda pid: drawing_url(pid, mode),
        "seen_from_above": SEEN_FROM_ABOVE,
    }


# Drawings of people lying on their sides are seen from above (the bed drawn from the ceiling).
SEEN_FROM_ABOVE = frozenset(pid for pid, pose in POSES.items() if pose.get("props", {}).get("bed", {}).get("top"))


def drawing_url(position_id: str, mode: str) -> str:
    """A position's line drawing: the package asset for WeasyPrint, the static URL for a browser."""
    name = f"positions/{position_id}.svg"
    if mode == "pdf":
        return ASSET_ROOT + name
    # the command line has no request: the path the app serves it at
    return url_for("static", filename=name) if has_request_context() else f"/static/{name}"


def excerpt(text: str, limit: int = 48) -> str:
    """The first words of a printed text, for the sources appendix (a wide CJK character counts twice)."""
    text = " ".join(text.split())
    width, end = 0, len(text)
    for index, char in enumerate(text):
        width += 2 if unicodedata.east_asian_width(char) in "WF" else 1
        if width > limit:
            end = index
            break
    if end == len(text):
        return text
    cut = text[:end]
    if " " in cut[end // 2:]:
        cut = cut[:cut.rindex(" ")]
    return cut.rstrip(",;:.，。；：") + "…"


def source_claims(plan: Plan) -> dict[str, list[str]]:
    """For each source the plan lists, the printed things that cite it (call inside the plan's locale)."""
    found: dict[str, list[str]] = {}
    for claim in plan.claims():
        for source in claim.sources:
            found.setdefault(source, [])
            short = excerpt(str(claim.text))
            if short not in found[source]:
                found[source].append(short)
    return found


# How much red-flag text page one can hold beside the cover and the glance, in "half-em"
# units (a CJK character counts twice): a first guess that saves renders. Beyond it the box
# starts in its denser setting. Whether the box really fits is measured (render_document).
RED_FLAG_ROOM = 1300


def text_dir(text: str) -> str:
    """``rtl`` or ``ltr`` for what the clinician typed: the direction of its first strong letter.
    A phone number or an English name stays left to right inside an Arabic plan; with no letter
    at all (a number alone) it is left to right too, so its groups keep their order."""
    for ch in str(text or ""):
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def red_flag_groups(flags) -> list[tuple[tuple[str, str], list]]:
    """Runs of flags under one heading, in the plan's order: ((tier, heading), flags)."""
    return [(key, list(run)) for key, run in itertools.groupby(flags, key=lambda f: (f.tier, f.heading))]


def red_flag_density(flags) -> str:
    """The box's first guess: ``""`` or ``"dense"`` (tighter lines; 16 pt in large print)."""
    size = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for f in flags for ch in str(f.text))
    return "" if size <= RED_FLAG_ROOM else "dense"


@dataclass(frozen=True)
class PageOne:
    """How page one is laid out. The red-flag box must be on it whole; if no layout holds
    it, it is split after ``split`` flags with "continued on the next page" (the flags are
    ordered so that the patient's own emergencies come first)."""

    flags_first: bool = False  # the box before the glance, right under the title
    dense: bool = False  # the smaller setting, whatever the first guess
    may_break: bool = False  # the box may run on to page two (to measure what fits)
    split: int | None = None
    probe: bool = False  # lay out page one alone: enough to see whether the box fits


# Tried in turn until the page-one box fits: as designed, box first, box first and dense.
PAGE_ONE_LAYOUTS = (PageOne(), PageOne(flags_first=True), PageOne(flags_first=True, dense=True))


def render_html(plan: Plan, mode: str = "standalone", page_one: PageOne = PageOne()) -> str:
    """The print document. ``standalone``: linked stylesheets (absolute URLs this
    server serves); ``pdf``: for WeasyPrint, which gets the stylesheets parsed."""
    with force_locale(plan_locale(plan).translation_tag):
        return render_template("plan/document.html", **_context(plan, mode), page_one=page_one)


def render_preview_body(plan: Plan, leave_out: str = "") -> str:
    """The plan's body alone, in the plan's language, for the on-screen preview page.

    With ``leave_out`` (the button's label, in the clinician's language) each item the clinician
    may leave out carries a button that sends the preview's form again without it."""
    with force_locale(plan_locale(plan).translation_tag):
        return render_template("plan/_body.html", **_context(plan, "preview"), page_one=PageOne(),
                               leave_out=leave_out, omittable=OMITTABLE_IDS)


def _layout(plan: Plan, page_one: PageOne):
    wp = _weasyprint()
    ts = typesetter()
    html = render_html(plan, mode="pdf", page_one=page_one)
    document = wp.HTML(string=html, base_url=ASSET_ROOT, url_fetcher=make_fetcher())
    with ts.lock:  # FontConfiguration is not documented as thread-safe
        return document.render(
            stylesheets=[*ts.base, ts.paper[paper_of(plan)]],
            font_config=ts.font_config,
            pdf_variant=PDF_VARIANT,
        )


def page_one_flags(plan: Plan) -> list[str]:
    """The element ids of the flags the page-one box must hold (a discreet plan keeps the
    explicit ones for a later box)."""
    return [f"red-flag-{f.id}" for f in plan.red_flags if not (plan.request.discreet and f.explicit)]


def _ids_on_page(page) -> set[str]:
    found, stack = set(), [page._page_box]
    while stack:
        box = stack.pop()
        element = getattr(box, "element", None)
        if element is not None and element.get("id"):
            found.add(element.get("id"))
        stack.extend(getattr(box, "children", ()))
    return found


def render_document(plan: Plan):
    """The laid-out WeasyPrint document (pages and boxes), before it becomes a PDF.

    Page one must hold the whole "Stop and get help" box: each layout of
    :data:`PAGE_ONE_LAYOUTS` is tried until it does. If none does (a very heavy plan,
    large print), the box is split where page one ends, with a pointer to the rest."""
    wanted = set(page_one_flags(plan))
    with force_locale(plan_locale(plan).translation_tag):
        short = red_flag_density([f for f in plan.red_flags if not (plan.request.discreet and f.explicit)]) == ""
    if short:  # most plans: the box fits as designed, and one layout is all it takes
        document = _layout(plan, PAGE_ONE_LAYOUTS[0])
        if wanted <= _ids_on_page(document.pages[0]):
            return document
    # Otherwise each layout is tried on page one alone (a tenth of the work), and the first
    # that holds the box is laid out in full. A short box's first guess is the regular setting,
    # a long one's the dense one already, so the layouts that would repeat are skipped.
    densest = PAGE_ONE_LAYOUTS[-1]

    def effect(p: PageOne) -> tuple[bool, bool]:  # large print sets the box first; a long box is dense
        return p.flags_first or plan.request.large_print, p.dense or not short

    tried = {effect(PAGE_ONE_LAYOUTS[0])} if short else set()
    for page_one in PAGE_ONE_LAYOUTS[:-1]:
        if effect(page_one) in tried or effect(page_one) == effect(densest):
            continue
        tried.add(effect(page_one))
        if wanted <= _ids_on_page(_layout(plan, replace(page_one, probe=True)).pages[0]):
            return _layout(plan, page_one)
    # The densest layout, with the box free to break: if page one holds every flag, it holds
    # the box whole; if not, the box is split where page one ends, with the pointer to the rest
    # (one flag fewer if the pointer does not fit).
    ordered = page_one_flags(plan)
    on_page_one = _ids_on_page(_layout(plan, replace(densest, may_break=True, probe=True)).pages[0])
    if wanted <= on_page_one:
        return _layout(plan, densest)
    fitted = next((n for n, i in enumerate(ordered) if i not in on_page_one), len(ordered))
    for split in range(max(fitted, 1), 1, -1):
        probe = _layout(plan, replace(densest, split=split, probe=True))
        if {*ordered[:split], "red-flags-continued"} <= _ids_on_page(probe.pages[0]):
            break
    else:
        split = 1
    return _layout(plan, replace(densest, split=split))


def render_pdf(plan: Plan) -> bytes:
    """The PDF the couple takes home: tagged (PDF/UA-1), titled, in the plan's language."""
    document = render_document(plan)
    with typesetter().lock:
        return document.write_pdf(pdf_variant=PDF_VARIANT)


def plan_code(plan: Plan) -> str:
    """The code printed on the plan: its request, and the step its last week reaches."""
    return plancode.encode(plan.request, plan.weeks[-1].stage)


def pdf_filename(plan: Plan) -> str:
    """A file name with no patient data: the neutral title and the start date."""
    stem = "recovery-plan" if plan.request.discreet else "intimacy-pacing-plan"
    return f"{stem}-{plan.request.start_date.isoformat()}.pdf"


def omitted_excerpts(plan: Plan) -> list[tuple[str, str]]:
    """The items the clinician left out, as (id, first words in the plan's language), for the preview."""
    with force_locale(plan_locale(plan).translation_tag):
        return [(o.id, excerpt(str(o.text), 80)) for o in plan.omitted]


# --- Plan JSON ---------------------------------------------------------------------------


def plan_to_json(plan: Plan) -> dict[str, Any]:
    """The contract's plan JSON, every text in the plan's language."""
    locale = plan_locale(plan)
    with force_locale(locale.translation_tag):
        s = str
        return {
            "language": plan.request.language,
            "direction": locale.direction,
            "paper": paper_of(plan),
            "large_print": plan.request.large_print,
            "discreet": plan.request.discreet,
            "title": document_title(plan),
            "sessions_per_week": plan.sessions_per_week,
            "session_minutes": plan.session_minutes,
            "progression": plan.progression,
            "start_date": plan.request.start_date.isoformat(),
            "follow_up": plan.request.follow_up.isoformat() if plan.request.follow_up else None,
            "stages": [{"number": st.number, "title": s(st.title), "goal": s(st.goal), "sources": list(st.sources)}
                       for st in plan.stages],
            "weeks": [
                {
                    "week": w.week,
                    "stage": w.stage,
                    "days": [
                        {
                            "date": d.date.isoformat(),
                            "kind": d.kind,
                            "minutes": d.minutes,
                            "label": s(d.label),
                            **({"time_of_day": d.time_of_day} if d.time_of_day else {}),
                        }
                        for d in w.days
                    ],
                }
                for w in plan.weeks
            ],
            "positions": [_position(p, s) for p in plan.positions],
            "later_positions": [_position(p, s) for p in plan.later_positions],
            "avoid": [
                {"load": a.load, "text": s(a.text), "because": list(a.because), "reasons": [s(r) for r in a.reasons],
                 "sources": list(a.sources)}
                for a in plan.avoid
            ],
            "take_care": [_item(i) for i in plan.take_care],
            "rest": [_item(i) for i in plan.rest],
            "rituals": [_item(i, title=s(i.title)) for i in plan.rituals],
            "medication_notes": [_item(i, effect=i.effect) for i in plan.medication_notes],
            "condition_notes": [_item(i, condition=i.effect) for i in plan.condition_notes],
            "conversation_prompts": [_item(i) for i in plan.conversation_prompts],
            "consent_signals": [_item(i) for i in plan.consent_signals],
            "partner": [_item(i) for i in plan.partner],
            "questions": [_item(i) for i in plan.questions],
            "warnings": [_item(i, severity=i.severity) for i in plan.warnings],
            "red_flags": [_item(i, tier=i.tier, **({"heading": i.heading} if i.heading else {})) for i in plan.red_flags],
            "emergency_line": s(lib.emergency_line(locale.emergency_number)),
            "pacing_rules": [_item(i) for i in plan.pacing_rules],
            "clinician_alerts": alerts_to_json(plan),
            "clinician": {"name": plan.request.clinician_name, "contact": plan.request.clinician_contact},
            "notes": plan.request.notes,
            "sources": [{"id": r.id, "citation": r.citation, "gap": r.gap} for r in plan.sources]
            if plan.request.sources else [],
            "plan_code": plan_code(plan),
            # what the clinician left out in the preview: ids only, its words are printed nowhere
            "omitted": [{"id": o.id, "section": o.section} for o in plan.omitted],
        }


def _position(p, s) -> dict[str, Any]:
    """One position in the plan JSON (``s`` turns a lazy text into words)."""
    return {"id": p.id, "title": s(p.title), "how": s(p.how), "why": s(p.why),
            "why_for_you": [s(x) for x in p.why_for_you], "effort": p.effort, "loads": list(p.loads),
            "from_stage": p.from_stage, "sources": list(p.sources),
            # the line drawing printed beside it (served by the app; alt: what it shows)
            "drawing": {"url": drawing_url(p.id, "json"), "alt": s(p.alt)}}


def _item(item, **extra) -> dict[str, Any]:
    return {"id": item.id, **extra, "text": str(item.text), "sources": list(item.sources)}


def alerts_to_json(plan: Plan, only_unacknowledged_stops: bool = False) -> list[dict[str, Any]]:
    """The clinician alerts in the current locale (call inside the locale wanted)."""
    chosen = plan.unacknowledged_stops if only_unacknowledged_stops else plan.clinician_alerts
    return [{"id": a.id, "severity": a.severity, "text": str(a.text)} for a in chosen]


# --- iCalendar -----------------------------------------------------------------------------


def _calendar_label(plan: Plan, day):
    """A day's title in the calendar file; a discreet plan names no step (a shared phone shows it)."""
    if plan.request.discreet and day.kind == "session":
        return lib.DISCREET_SESSION_LABEL
    return day.label


def render_ics(plan: Plan) -> bytes:
    """The schedule as an iCalendar file: no name, no note, texts in the plan's language."""
    locale = plan_locale(plan)
    with force_locale(locale.translation_tag):
        cal = Calendar()
        cal.add("prodid", "-//Pacing plan//clinic//EN")
        cal.add("version", "2.0")
        cal.add("x-wr-calname", document_title(plan))
        stamp = datetime.combine(plan.request.start_date, time(0, 0), tzinfo=UTC)
        for week in plan.weeks:
            for index, day in enumerate(week.days):
                event = Event()
                event.add("uid", f"{day.date.isoformat()}-{day.kind}-{index}@pacing-plan.invalid")
                event.add("dtstamp", stamp)
                event.add("summary", str(_calendar_label(plan, day)))
                event.add("categories", [str(voc.DAY_KIND_LABELS[day.kind])])
                start = SESSION_START.get(day.time_of_day or "")
                if start and day.minutes:
                    begin = datetime.combine(day.date, start)  # floating local time
                    event.add("dtstart", begin)
                    event.add("dtend", begin + timedelta(minutes=day.minutes))
                else:
                    event.add("dtstart", day.date)
                    event.add("dtend", day.date + timedelta(days=1))
                cal.add_component(event)
        if plan.request.follow_up and not any(
            d.kind == "appointment" for w in plan.weeks for d in w.days
        ):
            event = Event()
            event.add("uid", f"{plan.request.follow_up.isoformat()}-appointment@pacing-plan.invalid")
            event.add("dtstamp", stamp)
            event.add("summary", str(lib.APPOINTMENT_LABEL))
            event.add("dtstart", plan.request.follow_up)
            event.add("dtend", plan.request.follow_up + timedelta(days=1))
            cal.add_component(event)
        return cal.to_ical()
