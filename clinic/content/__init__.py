"""The content library: everything the plan can say, as data with its source.

Each module holds entries, not logic: adding a position, a tip or a red flag
means adding an entry with its trigger (``when``) and its ``sources`` (keys of
:data:`clinic.content.sources.SOURCES`). Texts are lazy gettext strings so
``pybabel extract`` finds them and they render in the plan's language.

Conflicts between entries are data too:

- ``excludes`` names the ids of entries (in any section) that must not be
  printed beside this one, because they would contradict it. "Do not take your
  erection tablet" excludes "Take your erection tablet as prescribed".
- Entries that share an ``id`` are variants of one item: the first whose trigger
  fires is printed, the others are not (the GTN action plan is the ``chest_pain``
  red flag for anyone who carries GTN; the plain text for everyone else).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from clinic.i18n import UnsupportedLocale, resolve_locale
from clinic.model import PlanRequest

Trigger = Callable[[PlanRequest], bool]


def always(_request: PlanRequest) -> bool:
    """A trigger that always fires."""
    return True


def has(*ids: str) -> Trigger:
    """A trigger that fires when any of ``ids`` is ticked (condition, medicine, effect or site)."""
    return lambda r: r.has(*ids)


def within(r: PlanRequest, weeks: int) -> bool:
    """The event is (or, with no date given, may be) fewer than ``weeks`` weeks ago."""
    return r.weeks_since_event is None or r.weeks_since_event < weeks


def operation_weeks(r: PlanRequest) -> int | None:
    """Weeks since the operation: its own date when the clinician gave one (a treatment then has
    ``weeks_since_event``), else the plan's one date."""
    return r.weeks_since_surgery if r.weeks_since_surgery is not None else r.weeks_since_event


def within_operation(r: PlanRequest, weeks: int) -> bool:
    """The operation is (or, with no date given, may be) fewer than ``weeks`` weeks ago."""
    weeks_since = operation_weeks(r)
    return weeks_since is None or weeks_since < weeks


def stroke_recent(r: PlanRequest) -> bool:
    """A stroke less than 13 weeks ago, or with no date: no erection tablets yet (facts 11.3)."""
    return r.stroke and within(r, 13)


def check_pending(r: PlanRequest) -> bool:
    """After a hysterectomy or prostatectomy, the post-operative check is not ticked yet, and the
    operation is recent enough (13 weeks, or no date) that it may still be to come."""
    return r.has("hysterectomy", "prostatectomy") and not r.post_op_check_done and within_operation(r, 13)


def territory(r: PlanRequest) -> str | None:
    """The country the plan's language names (``en-gb`` and ``ar_GB`` give ``GB``), if any: it
    picks crisis lines, fever thresholds and the GTN plan, as i18n picks the emergency number."""
    try:
        locale = resolve_locale(r.language)
    except UnsupportedLocale:
        return None
    return locale.territory if locale.explicit_territory else None


def emergency_number(r: PlanRequest) -> str | None:
    """The emergency number the handout prints, if the plan's language names a country we know."""
    try:
        return resolve_locale(r.language).emergency_number
    except UnsupportedLocale:
        return None


HORMONE_THERAPIES = ("androgen_deprivation", "tamoxifen", "aromatase_inhibitor")


# Cancer operations: a fever soon after them is the surgical team's, not the chemotherapy line's.
CANCER_SURGERY = ("prostatectomy", "hysterectomy", "rectum_removed", "abdominal_surgery", "ostomy")


def cancer_type_unknown(r: PlanRequest) -> bool:
    """"Cancer treatment" ticked without chemotherapy or a hormone medicine: chemotherapy cannot be
    ruled out (radiotherapy is often given with it)."""
    return r.has("cancer_treatment") and not r.has("chemotherapy", *HORMONE_THERAPIES)


def chemo_now(r: PlanRequest) -> bool:
    """Chemotherapy going on (or a cancer treatment that may be chemotherapy), or its last dose under
    2 weeks ago: barrier days, low-count days and pregnancy apply (facts 12.2)."""
    chemo = r.has("chemotherapy") or (cancer_type_unknown(r) and r.in_treatment)
    return chemo and (r.in_treatment or within(r, 2))


def infection_risk(r: PlanRequest) -> bool:
    """Chemotherapy, radiotherapy or an unnamed cancer treatment now or in the last 6 weeks: a fever
    can be neutropenic sepsis (facts 12.1, the acute-oncology alert card). Hormone tablets alone do
    not lower the blood counts."""
    # with a hormone medicine, "still going on" may be the hormone treatment alone: radiotherapy then
    # counts only in the first 6 weeks the date gives
    radiotherapy = r.has("pelvic_radiotherapy") and (
        within(r, 6) if r.has(*HORMONE_THERAPIES) else (r.in_treatment or within(r, 6)))
    named = (r.has("chemotherapy") and (r.in_treatment or within(r, 6))) or radiotherapy
    # "cancer treatment" beside a cancer operation and not going on: most likely the operation itself.
    # Beside a hormone medicine, "going on" is most often the hormone treatment, which does not lower the
    # counts (both oncology reviewers): no fever line; the clinician is asked (hormone_treatment_fever)
    unnamed = cancer_type_unknown(r) and (r.in_treatment or (within(r, 6) and not r.has(*CANCER_SURGERY)))
    return named or unnamed


def hormone_treatment_only(r: PlanRequest) -> bool:
    """"Cancer treatment" going on beside a hormone medicine, with no chemotherapy ticked: the handout
    has no fever line, and the clinician is asked whether a drug that lowers the counts is given too."""
    return r.has("cancer_treatment") and r.in_treatment and r.has(*HORMONE_THERAPIES) and not infection_risk(r)


def steps_on_good_days(r: PlanRequest) -> bool:
    """ME/CFS and long COVID never step up on a date: the step is a ceiling, and the couple moves up
    after a steady spell with no crash (NICE NG206, facts 13.6)."""
    return r.has("long_covid_mecfs")


def back_pain_alone(r: PlanRequest) -> bool:
    """Low back pain is the only pain and its pattern is known: the back rules (facts 13.5, McGill's
    spine-sparing positions) say how to move, and the ones that suit it best often have the patient
    moving, so the pain level alone does not hand the moving to the partner."""
    return tuple(r.pain_sites) == ("lower_back",) and r.back_pain_pattern in (
        "worse_bending_forward", "worse_arching_back") and not r.has("spinal_surgery")


def symptoms_limit_effort(r: PlanRequest) -> bool:
    """Fatigue or pain of 4 or more limits the recovering partner's effort (low back pain alone with a
    known pattern excepted: the back rules say how to move)."""
    return r.fatigue >= 4 or (r.pain >= 4 and not back_pain_alone(r))


# Long-term conditions whose pain or fatigue is the couple's everyday level, not a flare to wait out.
LONG_TERM_CONDITIONS = ("chronic_pain", "arthritis", "multiple_sclerosis", "parkinsons")


def long_standing(r: PlanRequest) -> bool:
    """A stable couple living with a long-term condition (chronic pain, arthritis, MS, Parkinson's) and
    no recent operation, event or treatment: severe pain or fatigue is their everyday level, so it sets
    the dose and the positions, not a ladder held at cuddling (facts 13.10: chronic stable conditions
    start at the couple's stage; 13.6: fatigue is managed by pacing, not by waiting)."""
    # beside a heart or lung condition, severe fatigue or pain may be it getting worse: never a baseline
    heart_or_lungs = r.cardiac or r.has("copd_breathlessness", "riociguat")
    return (r.has(*LONG_TERM_CONDITIONS) and no_recent_event(r) and not heart_or_lungs
            and not r.has("chemotherapy", "pelvic_radiotherapy", "cancer_treatment", "long_covid_mecfs"))


def no_recent_event(r: PlanRequest) -> bool:
    """Stable, no treatment going on, and no operation, event or treatment in the last 13 weeks (nor
    one with no date): nothing to wait for, so the couple may already be further on than the symptoms
    suggest, and the clinician is asked where they are (facts 13.10)."""
    dated = r.has(*TIMED_CONDITIONS, "pelvic_radiotherapy", "chemotherapy", "cancer_treatment")
    recent = dated and (within(r, 13) or (r.has(*OPERATIONS) and within_operation(r, 13)))
    return not r.unstable and not r.in_treatment and not recent


def two_weekly_steps(r: PlanRequest) -> bool:
    """Moderate fatigue or pain (4-6), or tiredness after a stroke: about two weeks on each step
    (facts: the fatigue bands; 13.6, post-stroke fatigue has slower calendar steps)."""
    return not steps_on_good_days(r) and max(r.fatigue, r.pain) < 7 and (
        4 <= max(r.fatigue, r.pain) or (r.stroke and r.fatigue >= 3))


# Sexual difficulties a couple may have come with: the sensate-focus ladder starts below genital touch
# for them (facts 5).
SEXUAL_DIFFICULTIES = ("low_desire", "erection_difficulty", "vaginal_dryness", "orgasm_difficulty")


def has_penis(r: PlanRequest) -> bool:
    """The inputs show that the partner who is recovering has a penis: prostate surgery, hormone
    treatment for prostate cancer, an erection tablet of their own or erection trouble. Lines about a
    vagina are then not theirs (no anatomy is assumed otherwise: the hedged wording stays)."""
    return r.has("prostatectomy", "androgen_deprivation", "pde5_inhibitor", "erection_difficulty")


def may_be_entered(r: PlanRequest) -> bool:
    """The couple did not say the partner who is recovering only enters. Whether the body allows it
    for now (the rectum removed, a bowel join, radiotherapy) is the restrictions' to say: a line about
    being entered declares ``needs=("being_entered",)`` and goes when they forbid it."""
    return r.penetration_role != "enters"


def has_vagina(r: PlanRequest) -> bool:
    """The inputs show a vagina: a hysterectomy or vaginal dryness (erection lines are then not theirs)."""
    return r.has("hysterectomy", "vaginal_dryness") and not has_penis(r)


def pregnancy_possible(r: PlanRequest) -> bool:
    """After a hysterectomy or a prostatectomy the couple cannot start a pregnancy by sex (facts 12.4,
    12.5): no pregnancy lines then."""
    return not r.has("hysterectomy", "prostatectomy")


def self_harm_risk(r: PlanRequest) -> bool:
    """Low mood, an antidepressant, a dopamine agonist or severe chronic pain: the plan carries the
    self-harm warning (facts 13.7)."""
    return r.has("depression_anxiety", "ssri_snri", "dopamine_agonist") or (r.has("chronic_pain") and r.pain >= 7)


# Crisis lines the research file gives, by the plan's territory (facts 13.7).
CRISIS_LINES = {"GB": "Samaritans 116 123", "US": "988"}


# Operations and events whose limits are counted from the date (weeks_since_event).
TIMED_CONDITIONS = (
    "heart_attack", "sternotomy", "pacemaker_icd", "hip_replacement_posterior",
    "hip_replacement_anterior", "knee_replacement", "spinal_surgery", "hysterectomy",
    "abdominal_surgery", "prostatectomy", "stroke_one_side_weak", "pci_stent", "stroke_bleed",
)


# Operations whose limits count from ``weeks_since_surgery`` when the clinician gives it (the breast
# cancer value stands for its operation's chest limits; the stoma for its operation).
OPERATIONS = (
    "sternotomy", "pacemaker_icd", "hip_replacement_posterior", "hip_replacement_anterior", "knee_replacement",
    "spinal_surgery", "hysterectomy", "abdominal_surgery", "prostatectomy", "rectum_removed", "ostomy",
    "breast_cancer",
)


def event_date_missing(r: PlanRequest) -> bool:
    """An operation or event whose time limits matter, entered without its date."""
    return r.weeks_since_event is None and r.has(*TIMED_CONDITIONS)


@dataclass(frozen=True)
class Entry:
    """One text the plan may print, with the rule that selects it and its sources."""

    id: str
    text: Any  # a lazy text, or a function of the request giving one (e.g. with a crisis line)
    sources: Any  # source ids, or a function of the request giving them (see cite_for)
    when: Trigger = always
    title: Any = ""
    effect: str = ""  # medication notes: the effect or medicine it answers
    severity: str = ""  # warnings: "danger" or "caution"; clinician alerts: "stop" or "check"
    tier: str = ""  # red flags: "emergency" (call now) or "urgent" (get help today)
    excludes: tuple[str, ...] = ()  # ids this entry contradicts: never printed beside it
    explicit: bool = False  # red flags that name sex or the genitals: off page one in a discreet plan
    heading: str = ""  # red flags: printed under a heading of their own (vocabulary.RED_FLAG_HEADINGS)
    stages: tuple[int, ...] = ()  # printed only if some week of the plan is at one of these steps
    # loads the line is about (e.g. "being_entered"): while a restriction forbids one of them the
    # line is not printed, as the positions that carry it are not (one rule for both)
    needs: tuple[str, ...] = ()

    def text_for(self, request: PlanRequest) -> Any:
        """The text to print for this request."""
        return self.text(request) if callable(self.text) else self.text

    def sources_for(self, request: PlanRequest) -> tuple[str, ...]:
        """The sources behind this text for this request."""
        return self.sources(request) if callable(self.sources) else self.sources


def cite_for(default: tuple[str, ...], **by_value: tuple[str, ...]) -> Callable[[PlanRequest], tuple[str, ...]]:
    """Sources chosen by what is ticked: a general line cites the source for this patient's
    condition (the wound line after a sternotomy cites the sternal sources, not the hysterectomy
    ones), and ``default`` when none of the values applies."""
    def sources(r: PlanRequest) -> tuple[str, ...]:
        chosen = tuple(dict.fromkeys(s for value, cited in by_value.items() if r.has(value) for s in cited))
        return chosen or default
    return sources


def select(entries: tuple[Entry, ...], request: PlanRequest) -> tuple[Entry, ...]:
    """The entries whose trigger fires, keeping only the first variant of each id."""
    seen: set[str] = set()
    chosen = []
    for entry in entries:
        if entry.id not in seen and entry.when(request):
            seen.add(entry.id)
            chosen.append(entry)
    return tuple(chosen)
