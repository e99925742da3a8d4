"""The contract's vocabulary, the typed request and the plan it becomes.

Nothing here knows Flask: the planner, the renderer and the tests all share
these types. Texts inside a :class:`Plan` are lazy gettext strings; they turn
into words only when rendered inside the plan's locale.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

# --- Enumerations of the contract (ids are stable; labels live in content.vocabulary)

PAPERS = ("auto", "a4", "letter")
PAIN_SITES = (
    "lower_back", "neck", "shoulder", "hands_wrists", "hip", "knee", "chest",
    "abdomen", "pelvis_genital", "feet_neuropathy", "widespread",
)
BACK_PAIN_PATTERNS = ("worse_bending_forward", "worse_arching_back", "unsure")
MEDICATION_EFFECTS = (
    "low_desire", "erection_difficulty", "vaginal_dryness", "orgasm_difficulty",
    "drowsiness", "dizziness", "nausea", "added_fatigue",
)
# New values go at the end (plan codes read the vocabulary by position).
MEDICATIONS = (
    "nitrates", "pde5_inhibitor", "anticoagulant", "opioid", "sedative", "riociguat", "vericiguat",
    "ssri_snri", "beta_blocker", "androgen_deprivation", "tamoxifen", "aromatase_inhibitor",
    "dopamine_agonist", "alpha_blocker",
)
CONDITIONS = (
    "heart_attack", "heart_failure", "sternotomy", "pacemaker_icd",
    "hip_replacement_posterior", "hip_replacement_anterior", "knee_replacement",
    "spinal_surgery", "copd_breathlessness", "cancer_treatment", "pelvic_radiotherapy",
    "prostatectomy", "hysterectomy", "abdominal_surgery", "ostomy",
    "stroke_one_side_weak", "multiple_sclerosis", "parkinsons", "arthritis",
    "chronic_pain", "long_covid_mecfs", "depression_anxiety", "lymphoedema",
    "pci_stent", "angina", "stroke_bleed", "chemotherapy", "rectum_removed", "breast_cancer",
)
BEST_TIMES = ("morning", "afternoon", "evening", "varies")
# In intercourse, the partner who is recovering usually enters, is entered, or either (the couple's
# own answer; not asked: the plan offers each role the limits allow).
PENETRATION_ROLES = ("not_asked", "enters", "is_entered", "either")
DAY_KINDS = ("session", "rest", "check_in", "ritual", "appointment")
EFFORTS = ("low", "moderate")
SEVERITIES = ("danger", "caution")
ALERT_SEVERITIES = ("stop", "check")
# Red flags in two groups: call emergency services now, or get medical help today.
RED_FLAG_TIERS = ("emergency", "urgent")

# What a position asks of the recovering partner's body. The first twelve are
# the contract's; the last two extend it (the contract allows new values).
LOADS = (
    "arm_weight_bearing", "chest_pressure", "abdominal_pressure",
    "hip_flexion_over_90", "hip_adduction_rotation", "kneeling", "spine_flexion",
    "spine_extension", "lying_flat", "neck_flexion", "one_side_strength",
    "high_exertion",
    # hip extension with the leg turned outward: the anterior-approach hip risk
    "hip_extension_rotation",
    # standing or balancing upright: a fall risk with dizziness or weakness
    "standing",
    # the recovering partner drives the movement by rocking the pelvis (lumbar motion; facts 13.3)
    "pelvic_movement",
    # the recovering partner is the one who is entered (a position's role, as a load: facts 12.6)
    "being_entered",
    # the other partner does the moving alone: too much for a partner with a heart condition when the
    # partner who is recovering cannot take the moving over either (both have limits)
    "partner_moves",
)

CARDIAC_CONDITIONS = frozenset({"heart_attack", "heart_failure", "sternotomy", "pacemaker_icd", "pci_stent", "angina"})

# A value that always brings others: removing the rectum and anus (abdominoperineal resection) leaves
# a permanent stoma after bowel surgery (facts 12.6); chemotherapy is a cancer treatment. The request
# keeps what was ticked; ``has`` answers for the implied values too.
IMPLIED = {
    "rectum_removed": ("ostomy", "abdominal_surgery"),
    "chemotherapy": ("cancer_treatment",),
}

STAGE_COUNT = 5


@dataclass(frozen=True)
class PlanRequest:
    """One validated request of the contract, typed and immutable.

    Lists are stored as tuples in the vocabulary's order, so two requests that
    differ only by the order the boxes were ticked are equal.
    """

    fatigue: int
    pain: int
    language: str = "en"
    paper: str = "auto"
    large_print: bool = False
    discreet: bool = False
    sources: bool = True
    weeks: int = 6
    start_date: date = field(default_factory=date.today)
    pain_sites: tuple[str, ...] = ()
    back_pain_pattern: str = "unsure"
    medication_effects: tuple[str, ...] = ()
    medications: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    weeks_since_event: int | None = None
    best_time: str = "varies"
    start_stage: int | None = None
    unstable: bool = False
    clinician_name: str = ""
    clinician_contact: str = ""
    follow_up: date | None = None
    notes: str = ""
    partner_medications: tuple[str, ...] = ()
    in_treatment: bool = False
    post_op_check_done: bool = False
    acknowledged_alerts: tuple[str, ...] = ()
    sessions_per_week: int | None = None  # 1-3; None: chosen from the constraints
    omit: tuple[str, ...] = ()  # item ids the clinician left out in the preview (never a safety item)
    # Weeks since the operation, when ``weeks_since_event`` is a treatment's date (chemotherapy after a
    # hysterectomy): the operation's limits count from it. None: they count from ``weeks_since_event``.
    weeks_since_surgery: int | None = None
    penetration_role: str = "not_asked"  # PENETRATION_ROLES

    def has(self, *ids: str) -> bool:
        """True when any of ``ids`` is among the patient's conditions, medicines, effects or sites.

        The partner's medicines are not the patient's: see :meth:`household_takes`.
        """
        ticked = set(self.conditions) | set(self.medications) | set(self.medication_effects) | set(
            self.pain_sites
        )
        ticked |= {implied for value in self.conditions for implied in IMPLIED.get(value, ())}
        return any(i in ticked for i in ids)

    def partner_takes(self, *ids: str) -> bool:
        """True when the other partner takes any of the medicines ``ids``."""
        return any(i in self.partner_medications for i in ids)

    def household_takes(self, *ids: str) -> bool:
        """True when either partner takes any of the medicines ``ids``."""
        return any(i in self.medications or i in self.partner_medications for i in ids)

    @property
    def stroke(self) -> bool:
        """A stroke of either kind: a clot with one side weaker, or a bleed."""
        return self.has("stroke_one_side_weak", "stroke_bleed")

    @property
    def cardiac(self) -> bool:
        """Any heart condition among the conditions, a nitrate (taken for angina) or vericiguat (heart failure)."""
        return bool(CARDIAC_CONDITIONS.intersection(self.conditions)) or bool(
            {"nitrates", "vericiguat"}.intersection(self.medications))


# --- The plan ----------------------------------------------------------------


@dataclass(frozen=True)
class Stage:
    number: int
    title: Any
    goal: Any
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Day:
    date: date
    kind: str
    minutes: int
    label: Any
    time_of_day: str | None = None


@dataclass(frozen=True)
class Week:
    week: int
    stage: int
    days: tuple[Day, ...]
    focus: Any = ""
    # ME/CFS and long COVID: the step is a ceiling, and the next one comes after good days, not on a date
    next_after_good_days: bool = False


@dataclass(frozen=True)
class PositionChoice:
    id: str
    title: Any
    how: Any
    why: Any
    effort: str
    loads: tuple[str, ...]
    why_for_you: tuple[Any, ...] = ()
    from_stage: int = 5
    sources: tuple[str, ...] = ()
    alt: Any = ""  # what its line drawing shows (static/positions/<id>.svg)


@dataclass(frozen=True)
class Avoid:
    load: str
    text: Any
    because: tuple[str, ...]
    reasons: tuple[Any, ...] = ()
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Item:
    """A text item of the plan (rest tip, prompt, consent signal, red flag)."""

    id: str
    text: Any
    title: Any = ""
    effect: str = ""
    severity: str = ""
    tier: str = ""  # red flags: one of RED_FLAG_TIERS
    sources: tuple[str, ...] = ()
    explicit: bool = False  # names sex or the body: a discreet plan keeps it off page one
    heading: str = ""  # red flags: a heading of its own in the box (e.g. "cancer_line"), else the tier's


@dataclass(frozen=True)
class Alert:
    """A message for the clinician, never printed in the couple's handout.

    ``stop``: the inputs contradict each other in a way that could harm; printing
    waits until the clinician has acknowledged it. ``check``: worth a second look.
    """

    id: str
    severity: str  # one of ALERT_SEVERITIES
    text: Any
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceRef:
    id: str
    citation: str
    gap: bool = False  # the claim rests on no confirmed source


@dataclass(frozen=True)
class Omitted:
    """An item the clinician left out in the preview: named there so it can be put back, printed nowhere."""

    section: str  # the plan JSON's section it came from
    id: str
    text: Any


@dataclass(frozen=True)
class Claim:
    """One printed thing and the sources it cites (for the sources appendix)."""

    text: Any
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Plan:
    """What :func:`clinic.planner.build_plan` returns: everything the handout says."""

    request: PlanRequest
    sessions_per_week: int
    session_minutes: int
    progression: str
    stages: tuple[Stage, ...]
    weeks: tuple[Week, ...]
    positions: tuple[PositionChoice, ...]
    later_positions: tuple[PositionChoice, ...]  # step 5, for when both are ready (the plan stops short)
    avoid: tuple[Avoid, ...]
    take_care: tuple[Item, ...]
    rest: tuple[Item, ...]
    rituals: tuple[Item, ...]
    medication_notes: tuple[Item, ...]
    condition_notes: tuple[Item, ...]
    conversation_prompts: tuple[Item, ...]
    consent_signals: tuple[Item, ...]
    partner: tuple[Item, ...]
    questions: tuple[Item, ...]
    warnings: tuple[Item, ...]
    red_flags: tuple[Item, ...]
    pacing_rules: tuple[Item, ...]
    sources: tuple[SourceRef, ...]
    max_stage: int
    clinician_alerts: tuple[Alert, ...] = ()
    pause_signal: Any = ""  # the few words on page one
    omitted: tuple[Omitted, ...] = ()  # left out by the clinician: for the preview's list only
    reachable_stage: int = 0  # the highest step the limits allow by the plan's end (ME/CFS: after good days)

    @property
    def unacknowledged_stops(self) -> tuple[Alert, ...]:
        """Stop alerts the clinician has not acknowledged: the handout is not printed until they are."""
        seen = set(self.request.acknowledged_alerts)
        return tuple(a for a in self.clinician_alerts if a.severity == "stop" and a.id not in seen)

    def claims(self) -> tuple[Claim, ...]:
        """Everything the handout prints that rests on sources, in print order."""
        found = [Claim(s.title, s.sources) for s in self.stages]
        found += [Claim(p.title, p.sources) for p in (*self.positions, *self.later_positions)]
        found += [Claim(a.text, a.sources) for a in self.avoid]
        for section in (self.warnings, self.red_flags, self.take_care, self.pacing_rules, self.rest, self.rituals,
                        self.medication_notes, self.condition_notes, self.conversation_prompts,
                        self.consent_signals, self.questions, self.partner):
            found += [Claim(i.title or i.text, i.sources) for i in section]
        return tuple(found)
