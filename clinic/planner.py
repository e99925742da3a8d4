"""The rules engine: ``build_plan(PlanRequest) -> Plan``, pure and deterministic.

No I/O, no Flask, no locale: the plan holds lazy texts that the renderer turns
into words in the patient's language. The content it chooses from lives in
``clinic.content``; this module only decides which entries apply, how fast the
couple climbs the ladder, and when each session falls.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from clinic.content import (
    OPERATIONS,
    SEXUAL_DIFFICULTIES,
    TIMED_CONDITIONS,
    Entry,
    alerts,
    always,
    long_standing,
    no_recent_event,
    select,
    steps_on_good_days,
    two_weekly_steps,
)
from clinic.content import library as lib
from clinic.content.positions import FITS, POSITIONS, RESTFUL, ROLES_FOR_ANSWER, Position
from clinic.content.restrictions import RESTRICTIONS, Restriction
from clinic.content.sources import SOURCES
from clinic.model import (
    ALERT_SEVERITIES,
    LOADS,
    RED_FLAG_TIERS,
    STAGE_COUNT,
    Alert,
    Avoid,
    Day,
    Item,
    Omitted,
    Plan,
    PlanRequest,
    PositionChoice,
    SourceRef,
    Stage,
    Week,
)

# Day patterns for one week, by sessions per week: S session, R rest,
# C check-in, T ritual. Sessions never fall on consecutive days.
WEEK_PATTERNS = {
    3: "SRSCSRT",
    2: "SRCSRTR",
    1: "SRRCRTR",
}
KIND_OF = {"S": "session", "R": "rest", "C": "check_in", "T": "ritual"}
CHECK_IN_MINUTES = 10

MAX_POSITIONS = 5


def dated(request: PlanRequest) -> PlanRequest:
    """The request with the operation's date standing for the plan's date when it is the only date
    given ("weeks since the operation" filled in for a bypass, the other left empty) and nothing else
    ticked has a date of its own: the limits count from it, and the plan does not say that no date was
    given."""
    events = [c for c in (*TIMED_CONDITIONS, "pelvic_radiotherapy", "chemotherapy", "cancer_treatment")
              if request.has(c) and c not in OPERATIONS]
    # a heart attack, a stroke or a treatment keeps its own unknown date: the safe reading stays
    if request.weeks_since_event is None and request.weeks_since_surgery is not None and not events:
        return replace(request, weeks_since_event=request.weeks_since_surgery)
    return request


def build_plan(request: PlanRequest) -> Plan:
    """Build the week-by-week pacing plan for one request."""
    given, request = request, dated(request)
    forbidden = forbidden_loads(request)
    caps = [stage_cap(request, week) for week in range(request.weeks)]
    progression = progression_for(request)
    sessions, minutes = dose(request)
    stages_by_week, start_limited = climb(request, caps, progression, sessions)
    max_stage = max(stages_by_week)
    positions = choose_positions(request, forbidden, max_stage, first_stage=stages_by_week[0])
    # The positions the couple came for, for when they are both ready, when this plan stops short of step 5
    later = () if max_stage >= STAGE_COUNT or request.unstable else tuple(
        p for p in choose_positions(request, forbidden, STAGE_COUNT) if p.from_stage == STAGE_COUNT)

    # Every section is chosen first, then what any chosen entry excludes is taken out of
    # all of them (content declares its conflicts), and only then are sources listed.
    chosen = {name: select(entries, request) for name, entries in SECTIONS.items()}
    excluded = {x for entries in chosen.values() for e in entries for x in e.excludes}

    def items(entries: tuple[Entry, ...]) -> tuple[Item, ...]:
        kept = tuple(e for e in entries if e.id not in excluded
                     and (not e.stages or set(e.stages) & set(stages_by_week))
                     and not set(e.needs) & forbidden.keys())
        return tuple(
            Item(id=e.id, text=e.text_for(request), title=e.title, effect=e.effect, severity=e.severity,
                 tier=e.tier, sources=e.sources_for(request), explicit=e.explicit, heading=e.heading)
            for e in kept
        )

    chosen["questions"] = chosen["questions"][:lib.MAX_QUESTIONS]
    sections = {name: items(entries) for name, entries in chosen.items()}
    pace_weeks = weeks_to_step_5_at_pace(request, caps, stages_by_week, progression, sessions)
    if pace_weeks is not None:
        sections["pacing_rules"] += (
            Item(id="step_5_pace", text=lib.step_5_pace(pace_weeks), sources=lib.STEP_5_PACE_SOURCES),
            *(Item(id=e.id, text=e.text_for(request), sources=e.sources_for(request))
              for e in select(lib.AFTER_STEP_5_PACE, request)),
        )
    warnings = sections.pop("warnings")
    step_5_wait = weeks_until_step_5(request, caps, stages_by_week)
    if step_5_wait is not None:
        warnings = (
            Item(
                id="step_5_later",
                text=lib.step_5_later(step_5_wait),
                severity="caution",
                sources=cap_sources(request, request.weeks - 1),
            ),
            *warnings,
        )
    if start_limited is not None:
        warnings = (
            Item(
                id="start_stage_limited",
                text=lib.start_stage_limited(start_limited),
                severity="caution",
                sources=cap_sources(request, 0),  # the limits that lowered it
            ),
            *warnings,
        )
    # Dangers first, so the eye meets them before the cautions.
    warnings = tuple(sorted(warnings, key=lambda w: w.severity != "danger"))
    # Red flags grouped: call emergency services now, then get help today; in each group the
    # flags of this patient's own conditions and medicines come before those printed for everyone.
    general = {e.id for e in chosen["red_flags"] if e.when is always}
    # flags under a heading of their own (the cancer line) stay together, first in their tier
    sections["red_flags"] = tuple(
        sorted(sections["red_flags"], key=lambda f: (RED_FLAG_TIERS.index(f.tier), not f.heading, f.heading,
                                                     f.id in general))
    )
    chosen_alerts = select(alerts.ALERTS, request)
    alerts_excluded = {x for e in chosen_alerts for x in e.excludes}  # a stop makes its checks moot
    clinician_alerts = tuple(
        Alert(id=e.id, severity=e.severity, text=e.text_for(request), sources=e.sources_for(request))
        for e in chosen_alerts
        if e.id not in alerts_excluded
    )
    if start_limited is not None:
        clinician_alerts += (Alert("start_stage_lowered", "check", alerts.start_stage_lowered(start_limited)),)
    pace_weeks = weeks_to_step_5_at_pace(request, caps, stages_by_week, progression, sessions)
    # a couple with no recent event may already be further on than their symptoms suggest (facts 13.10)
    if request.start_stage is None and (pace_weeks is not None or (stages_by_week[0] < STAGE_COUNT and no_recent_event(request))):
        clinician_alerts += (Alert("start_step_by_pace", "check", alerts.start_step_by_pace(stages_by_week[0], max_stage)),)
    clinician_alerts = tuple(sorted(clinician_alerts, key=lambda a: ALERT_SEVERITIES.index(a.severity)))

    # The clinician's review: what was left out in the preview is printed nowhere (the calendar's
    # rituals included); the safety items are never left out, whatever the request says.
    omit = OMITTABLE_IDS.intersection(request.omit)
    left_out: list[Omitted] = []

    def keep(section: str, things: tuple, text=lambda t: t.text) -> tuple:
        kept = tuple(t for t in things if t.id not in omit)
        if not kept and things and section in lib.NEVER_EMPTY:
            kept = things[:1]  # the preview offers no button on the last one; the API is held to it too
        left_out.extend(Omitted(section, t.id, text(t)) for t in things if t not in kept)
        return kept

    warnings = keep("warnings", warnings)
    sections = {name: keep(name, found) for name, found in sections.items()}
    # a position left out makes room for the next best one the limits allow; the others stay
    chosen_positions, chosen_later = positions, later
    positions = refill(positions, omit, choose_positions(request, forbidden, max_stage, leave_out=omit,
                                                         first_stage=stages_by_week[0]))
    later = refill(later, omit, tuple(p for p in choose_positions(request, forbidden, STAGE_COUNT, leave_out=omit)
                                      if p.from_stage == STAGE_COUNT))
    for section, before, after in (("positions", chosen_positions, positions), ("later_positions", chosen_later, later)):
        printed = {p.id for p in after}
        left_out.extend(Omitted(section, p.id, p.title) for p in before if p.id in omit and p.id not in printed)
    weeks = schedule(request, stages_by_week, sessions, minutes, sections["rituals"])
    if steps_on_good_days(request):
        weeks = tuple(replace(w, next_after_good_days=w.stage < caps[i]) for i, w in enumerate(weeks))

    plan = Plan(
        request=given,
        sessions_per_week=sessions,
        session_minutes=minutes,
        progression=progression,
        stages=tuple(
            Stage(number=n, title=lib.STAGE_TITLES[n], goal=lib.STAGE_GOALS[n], sources=lib.STAGE_SOURCES)
            for n in range(1, STAGE_COUNT + 1)
        ),
        weeks=weeks,
        positions=positions,
        later_positions=later,
        avoid=avoid_list(request, forbidden),
        take_care=keep("take_care", take_care(request)),
        warnings=warnings,
        **sections,
        sources=(),
        max_stage=max_stage,
        reachable_stage=max(caps) if steps_on_good_days(request) else max_stage,
        clinician_alerts=clinician_alerts,
        pause_signal=select(lib.GLANCE_PAUSE_SIGNALS, request)[0].text,
        omitted=tuple(left_out),
    )
    # The appendix lists exactly what the printed items cite ("gap": resting on no confirmed source).
    cited = sorted({s for claim in plan.claims() for s in claim.sources})
    return replace(plan, sources=tuple(SourceRef(id=s, citation=SOURCES[s], gap=s == "gap") for s in cited))


# The plan's text sections and the library entries each is chosen from.
SECTIONS = {
    "warnings": lib.WARNINGS,
    "rest": lib.REST,
    "rituals": lib.RITUALS,
    "medication_notes": lib.MEDICATION_NOTES,
    "condition_notes": lib.CONDITION_NOTES,
    "conversation_prompts": lib.CONVERSATION_PROMPTS,
    "consent_signals": lib.CONSENT_SIGNALS,
    "partner": lib.PARTNER,
    "questions": lib.QUESTIONS,
    "red_flags": lib.RED_FLAGS,
    "pacing_rules": lib.PACING_RULES,
}


# --- The clinician's review: what the preview can leave out ----------------------------
# Red flags, dangers and clinician alerts cannot be left out (contract v2), nor the "avoid for now"
# list: it is what the restrictions forbid. An id that is a danger in any of its variants is a danger.
PROTECTED_IDS = frozenset(
    {e.id for e in lib.RED_FLAGS}
    | {e.id for e in lib.WARNINGS if e.severity == "danger"}
    | set(alerts.ALERT_IDS)
    | set(LOADS)
    | set(lib.KEPT_IN_REVIEW)
)
OMITTABLE_IDS = frozenset(
    {e.id for name, entries in SECTIONS.items() for e in entries}
    | {e.id for e in lib.POSITION_GUARDS}
    | {p.id for p in POSITIONS}
    | {r.id for r in RESTRICTIONS if r.discourages}
    | {"step_5_later", "start_stage_limited"}
    | {e.id for e in lib.AFTER_STEP_5_PACE}
) - PROTECTED_IDS


# --- What the constraints rule out ---------------------------------------------------


def active_restrictions(request: PlanRequest, week_index: int = 0) -> tuple[Restriction, ...]:
    """The restrictions that hold in a given week of the plan."""
    return tuple(r for r in RESTRICTIONS if r.active(request, week_index))


def forbidden_loads(request: PlanRequest) -> dict[str, tuple[Restriction, ...]]:
    """Each forbidden load with the restrictions that forbid it, as of the plan's first week.

    Restrictions only ever lift with time, so what is safe in week one stays
    safe; the plan does not add positions mid-way (the team decides that).
    """
    found: dict[str, list[Restriction]] = {}
    for restriction in active_restrictions(request):
        for load in restriction.forbids:
            found.setdefault(load, []).append(restriction)
    return {load: tuple(found[load]) for load in LOADS if load in found}


def discouraged_loads(request: PlanRequest) -> frozenset[str]:
    return frozenset(load for r in active_restrictions(request) for load in r.discourages)


def caps_in_week(request: PlanRequest, week_index: int) -> list[tuple[Restriction, int]]:
    """The restrictions that cap the ladder in that week, each with the step it allows.

    The clinician's start step outranks a symptom cap for a stable couple with no recent event."""
    kept = request.start_stage if request.start_stage and not request.unstable and not any(
        r.within_weeks is not None for r in active_restrictions(request)) else 0
    found = [(r, max(r.stage_cap, kept) if r.yields_to_start_stage else r.stage_cap)
             for r in active_restrictions(request, week_index) if r.stage_cap is not None]
    return [(r, cap) for r, cap in found if cap < STAGE_COUNT]


def cap_sources(request: PlanRequest, week_index: int) -> tuple[str, ...]:
    """The sources of the restrictions that cap the ladder in that week."""
    return tuple(dict.fromkeys(s for r, _ in caps_in_week(request, week_index) for s in r.sources))


def stage_cap(request: PlanRequest, week_index: int) -> int:
    """The highest stage any active restriction allows in that week."""
    return min((cap for _, cap in caps_in_week(request, week_index)), default=STAGE_COUNT)


# --- How fast to climb -------------------------------------------------------------------


def progression_for(request: PlanRequest) -> str:
    """``weekly``, ``every_2_weeks`` or ``symptom_led`` (ME/CFS, long COVID, severe fatigue; the
    everyday severe fatigue of a long-standing condition climbs every two weeks)."""
    if steps_on_good_days(request) or (request.fatigue >= 7 and not long_standing(request)):
        return "symptom_led"
    if two_weekly_steps(request) or max(request.fatigue, request.pain) >= 7:
        return "every_2_weeks"
    return "weekly"


WEEKS_PER_STEP = {"weekly": 1, "every_2_weeks": 2, "symptom_led": 3}


def default_start(request: PlanRequest, first_cap: int) -> int:
    """Where a couple starts when the clinician does not say (the caps still hold).

    Step 2 (holding hands, embracing with permission: the article's first step) when the condition is
    unstable or a symptom is severe; step 3 (non-genital touch, sensate focus stage 1) with moderate
    symptoms, low mood, ME/CFS or a sexual difficulty, where the sensate-focus sources start (facts 5, 13.10);
    a long-standing condition's everyday severe pain or fatigue counts as moderate (it is their level,
    not a flare to wait out); step 4 for a stable couple with mild symptoms, so that sex comes in the second week once the limits
    allow it: most people with a stable condition can have sex (AHA 2012, facts 1), and lack of advice on
    resuming predicts giving up (TRIUMPH). Step 1 only when the clinician picks it."""
    worst = max(request.fatigue, request.pain)
    if request.unstable or (worst >= 7 and not long_standing(request)):
        return 2
    if worst >= 4 or request.has(*SEXUAL_DIFFICULTIES, "depression_anxiety", "long_covid_mecfs"):
        return 3
    return 4


def climb(request: PlanRequest, caps: list[int], progression: str, sessions: int = 2) -> tuple[list[int], int | None]:
    """The stage of each week: one step at most each ``WEEKS_PER_STEP``, never above the cap.

    Returns the stages and, when the clinician's start stage had to be
    lowered, the stage actually used.
    """
    wanted = request.start_stage or default_start(request, caps[0])
    start = min(wanted, caps[0])
    limited = start if request.start_stage and start < request.start_stage else None
    # at least two sessions on a step before the next (facts 13.10): one a week climbs every 2 weeks
    step_every = max(WEEKS_PER_STEP[progression], -(-2 // sessions))
    stages = [start]
    for week in range(1, len(caps)):
        # ME/CFS and long COVID never step up on a date: the step is a ceiling, and the couple moves
        # up after good days, by the pacing rule (NICE NG206, facts 13.6)
        climb_now = week % step_every == 0 and not steps_on_good_days(request)
        stages.append(min(caps[week], stages[-1] + (1 if climb_now else 0)))
    return stages, limited


def weeks_to_step_5_at_pace(
    request: PlanRequest, caps: list[int], stages: list[int], progression: str, sessions: int
) -> int | None:
    """When only the pace holds step 5 beyond this plan (the limits allow it by the last week, the
    condition is stable, and the steps climb on dates): about how many weeks after the plan it comes."""
    if stages[-1] >= STAGE_COUNT or caps[-1] < STAGE_COUNT or request.unstable or steps_on_good_days(request):
        return None
    step_every = max(WEEKS_PER_STEP[progression], -(-2 // sessions))
    held = len(stages) - max(i for i, s in enumerate(stages) if s < stages[-1]) - 1 if stages[0] < stages[-1] else len(stages)
    return max(1, step_every * (STAGE_COUNT - stages[-1]) - held + 1)


def weeks_until_step_5(request: PlanRequest, caps: list[int], stages: list[int]) -> int | None:
    """How many weeks after this plan ends the dated limits let step 5 in, when the plan stops
    below step 5 only because of a date (not the pace, not a check still to come); else None."""
    if stages[-1] >= STAGE_COUNT or caps[-1] >= STAGE_COUNT or request.weeks_since_event is None or request.in_treatment:
        return None
    for extra in range(1, 53):
        if stage_cap(request, request.weeks - 1 + extra) >= STAGE_COUNT:
            return extra
    return None


# --- The dose: how often, how long --------------------------------------------------------


def dose(request: PlanRequest) -> tuple[int, int]:
    """Sessions per week and minutes per session (facts 13.10: the sources say two or three
    sessions a week, the article one modest goal; two by default, shorter as fatigue or pain
    rise). The clinician's ``sessions_per_week`` wins; the minutes follow the symptoms."""
    worst = max(request.fatigue, request.pain)
    if worst >= 7 or request.unstable or request.has("long_covid_mecfs"):
        sessions, minutes = 2, 10
    elif worst >= 4:
        sessions, minutes = 2, 15
    else:
        sessions, minutes = 2, 20
    return request.sessions_per_week or sessions, minutes


def schedule(
    request: PlanRequest, stages: list[int], sessions: int, minutes: int, printed_rituals: tuple[Item, ...]
) -> tuple[Week, ...]:
    """Real dates from the start date: sessions, rest days, a check-in and a ritual each week.

    The ritual days take turns through the rituals the plan prints (none left: a rest day)."""
    pattern = WEEK_PATTERNS[sessions]
    # the two-minute check-in is a daily habit, not a ritual day, unless it is the only one printed
    rituals = [i for i in printed_rituals if i.id != "two_minute_check_in"] or list(printed_rituals)
    weeks = []
    for index, stage in enumerate(stages):
        first = request.start_date + timedelta(days=7 * index)
        ritual = rituals[index % len(rituals)] if rituals else None
        days = []
        for offset, code in enumerate(pattern):
            day = first + timedelta(days=offset)
            kind = KIND_OF[code]
            if kind == "session":
                days.append(Day(day, kind, minutes, lib.session_label(stage), request.best_time))
            elif kind == "rest" or ritual is None:
                days.append(Day(day, "rest", 0, lib.REST_LABEL))
            elif kind == "check_in":
                days.append(Day(day, kind, CHECK_IN_MINUTES, lib.CHECK_IN_LABEL))
            else:
                days.append(Day(day, kind, minutes, ritual.title, request.best_time))
        if request.follow_up and first <= request.follow_up < first + timedelta(days=7):
            days.append(Day(request.follow_up, "appointment", 0, lib.APPOINTMENT_LABEL))
            days.sort(key=lambda d: (d.date, d.kind != "appointment"))
        weeks.append(Week(week=index + 1, stage=stage, days=tuple(days)))
    return tuple(weeks)


# --- Positions ------------------------------------------------------------------------


def allowed(position: Position, forbidden: dict[str, object], request: PlanRequest) -> bool:
    return not any(load in forbidden for load in position.loads_for(request))


def choose_positions(
    request: PlanRequest, forbidden: dict[str, object], max_stage: int, leave_out: frozenset[str] = frozenset(),
    first_stage: int = 1,
) -> tuple[PositionChoice, ...]:
    """The best 3-5 allowed positions for the steps this plan's weeks are at (``first_stage`` to
    ``max_stage``), with reasons (none of ``leave_out``, the clinician's omissions, unless nothing else
    is left)."""
    # the reasons from this patient's own pain sites and conditions come first (issue 14)
    fits = sorted((fit for fit in FITS if fit.when(request)), key=lambda fit: fit.general)
    discouraged = discouraged_loads(request)
    energy_limited = any(fit.id == "saves_energy" for fit in fits)

    def score(position: Position) -> int:
        matched = sum(1 for fit in fits if fit.id in position.good_for)
        value = 3 * matched - 4 * len(discouraged.intersection(position.loads_for(request)))
        if position.effort == "low" and energy_limited:
            value += 2
        return value

    roles = ROLES_FOR_ANSWER[request.penetration_role]
    candidates = [
        p for p in POSITIONS if p.from_stage <= max_stage and allowed(p, forbidden, request) and p.id not in leave_out
        and p.role in roles
    ]
    # a position written for when another cannot be offered (lying down, when propped up is ruled out)
    offered = {p.id for p in candidates}
    candidates = [p for p in candidates if not p.instead_of or p.instead_of not in offered]
    ranked = sorted(candidates, key=lambda p: -score(p))  # stable: library order breaks ties
    closeness = [p for p in ranked if p.from_stage < 5]
    sexual = [p for p in ranked if p.from_stage == 5]
    # Closeness: the best position of each step the weeks are at, the highest first (step 4 is
    # pleasure without intercourse, which a couple may need most), then the best of the rest.
    top = min(max_stage, 4)
    by_step: list[Position] = []
    for step in range(top, min(first_stage, top) - 1, -1):
        best = next((p for p in closeness if p.from_stage == step), None)
        if best is not None:
            by_step.append(best)
    closeness = by_step + [p for p in closeness if p not in by_step]
    if max_stage >= 5 and sexual:
        # roles are never assumed: after the best position, the best one in which the partner who is
        # recovering is not entered, the best in which they are, and the best in which they do the moving
        # (where the limits allow it) each take a place if none of the picks covers them yet
        picked: list[Position] = []
        for needed in (lambda p: True, lambda p: p.role != "receives", lambda p: p.role == "receives",
                       lambda p: "pelvic_movement" in p.loads_for(request)):
            if len(picked) < 3 and not any(needed(p) for p in picked):
                picked += [p for p in sexual if needed(p)][:1]
        picked = (picked + [p for p in sexual if p not in picked])[:3]
        chosen = closeness[:2] + picked
    else:
        chosen = closeness[:4]
    if not chosen:  # cannot happen while a restful position has no loads; kept as a guard
        chosen = [p for p in POSITIONS if p.id in RESTFUL][:1]
    chosen.sort(key=lambda p: (p.from_stage, -score(p)))
    return tuple(
        PositionChoice(
            id=p.id,
            title=p.title,
            how=p.how_for(request),
            why=p.why,
            effort=p.effort,
            loads=p.loads_for(request),
            why_for_you=tuple(fit.reason for fit in fits if fit.id in p.good_for)[:3],
            from_stage=p.from_stage,
            alt=p.alt,
            sources=tuple(dict.fromkeys(
                (*p.sources, *(s for fit in fits if fit.id in p.good_for for s in fit.sources)))),
        )
        for p in chosen[:MAX_POSITIONS]
    )


def refill(chosen: tuple[PositionChoice, ...], omit: frozenset[str] | set[str],
           rechosen: tuple[PositionChoice, ...]) -> tuple[PositionChoice, ...]:
    """``chosen`` without the omitted positions, topped up to its length from ``rechosen`` (the choice
    made without them); the last one stays if nothing can take its place."""
    kept = [p for p in chosen if p.id not in omit]
    if len(kept) == len(chosen):
        return chosen
    extra = [p for p in rechosen if p.id not in {k.id for k in kept}][:len(chosen) - len(kept)]
    found = kept + extra or list(chosen[:1])
    return tuple(sorted(found, key=lambda p: p.from_stage))


def take_care(request: PlanRequest) -> tuple[Item, ...]:
    """Restrictions that only rank positions lower: their advice still deserves a line,
    unless every load it ranks lower is forbidden outright for now ("use padding if you
    kneel" beside "do not kneel" would contradict it)."""
    forbidden = set(forbidden_loads(request))
    return tuple(
        Item(id=r.id, text=r.reason, sources=r.sources)
        for r in active_restrictions(request)
        if r.discourages and not r.forbids and r.stage_cap is None and not set(r.discourages) <= forbidden
    ) + tuple(Item(id=e.id, text=e.text_for(request), sources=e.sources_for(request))
              for e in select(lib.POSITION_GUARDS, request))


def avoid_list(request: PlanRequest, forbidden: dict[str, tuple[Restriction, ...]]) -> tuple[Avoid, ...]:
    """What to avoid for now, one entry per forbidden load, with the reasons."""
    return tuple(
        Avoid(
            load=load,
            text=lib.AVOID_TEXTS[load],
            because=tuple(r.id for r in restrictions),
            reasons=tuple(r.reason for r in restrictions),
            sources=tuple(dict.fromkeys(s for r in restrictions for s in r.sources)),
        )
        for load, restrictions in forbidden.items()
    )
