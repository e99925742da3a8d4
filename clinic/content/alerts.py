"""Messages for the clinician, shown above the preview and never printed in the handout.

``stop``: the inputs contradict each other in a way that could harm; the PDF
waits until the clinician has acknowledged the alert (the handout itself then
gives the couple the one safe action). ``check``: worth a second look. Texts
say what was found and what to do; they are shown in the clinician's screen
language.
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

from clinic.content import (
    CRISIS_LINES,
    OPERATIONS,
    TIMED_CONDITIONS,
    Entry,
    cancer_type_unknown,
    check_pending,
    emergency_number,
    event_date_missing,
    hormone_treatment_only,
    operation_weeks,
    self_harm_risk,
    stroke_recent,
    territory,
    within,
    within_operation,
)
from clinic.content.library import RED_FLAGS
from clinic.model import PlanRequest


def _one_date_many_events(r: PlanRequest) -> bool:
    """Two dated things share one date: an operation and a treatment with no date of the operation's
    own, or two operations, or two events (a stent put in for a heart attack is one event), or an
    operation beside heart failure or cancer treatment."""
    dated = [c for c in (*TIMED_CONDITIONS, "pelvic_radiotherapy") if r.has(c)
             and not (c == "pci_stent" and r.has("heart_attack"))
             # a stroke with one side weaker that was a bleed is one stroke
             and not (c == "stroke_bleed" and r.has("stroke_one_side_weak"))]
    if r.weeks_since_surgery is None:
        # an operation beside a condition with events or treatments of its own (a heart-failure
        # admission, chemotherapy): the one date may be the other's, and make an old device "new"
        other_events = r.has("heart_failure", "chemotherapy", "cancer_treatment") and any(c in OPERATIONS for c in dated)
        return (len(dated) >= 2 or other_events) and r.weeks_since_event is not None
    operations = [c for c in dated if c in OPERATIONS]
    return len(operations) >= 2 or (len(dated) - len(operations) >= 2 and r.weeks_since_event is not None)


def _shared_tablet_risk(r: PlanRequest) -> bool:
    return (r.partner_takes("pde5_inhibitor") and r.has("nitrates", "riociguat", "vericiguat")) or (
        r.partner_takes("nitrates", "riociguat", "vericiguat") and r.has("pde5_inhibitor")
    )


ALERTS = (
    Entry(
        "nitrate_pde5",
        _l("A nitrate and an erection tablet (PDE5 inhibitor) are both entered. Together they can cause a dangerous fall in blood pressure (AHA 2012: contraindicated). The handout tells the patient not to take the erection tablet, to talk to a doctor before taking any more and not to stop the heart medicine. Before printing: ask cardiology whether the nitrate is still needed, or consider an erection treatment that is not a PDE5 inhibitor."),
        ("nitrate_pde5_action", "aha2012"),
        when=lambda r: r.has("nitrates") and r.has("pde5_inhibitor"),
        severity="stop",
        excludes=("pde5_after_heart_event", "pde5_unstable_heart"),
    ),
    Entry(
        "pde5_after_stroke",
        _l("An erection tablet is entered less than 13 weeks after a stroke, or with no date. UK stroke guidance advises against PDE5 inhibitors for 3 months and until blood pressure is controlled. The handout tells the patient not to use it yet. Review with the prescriber before printing."),
        ("stroke_uk2023",),
        when=lambda r: stroke_recent(r) and r.has("pde5_inhibitor"),
        severity="stop",
    ),
    Entry(
        "riociguat_pde5",
        _l("Riociguat or vericiguat and an erection tablet are both entered: contraindicated (severe low blood pressure). The handout tells the patient not to take the erection tablet and to talk to a doctor before taking any more. Check with the prescriber before printing."),
        ("riociguat",),
        when=lambda r: r.has("riociguat", "vericiguat") and r.has("pde5_inhibitor"),
        severity="stop",
    ),
    Entry(
        "riociguat_nitrate",
        _l("Riociguat and a nitrate are both entered: contraindicated. The handout asks the patient to call the prescriber today, not to use GTN for chest pain until then (call emergency services instead), and to keep taking their other medicines until they have spoken. Check the medicine list before printing."),
        ("riociguat",),
        when=lambda r: r.has("riociguat") and r.has("nitrates"),
        severity="stop",
    ),
    Entry(
        "crisis_line_missing",
        _l("The plan has the self-harm warning, but no crisis line is known for this language and country. Write one on the line in the red box before you hand the plan over."),
        ("mental_health_crisis",),
        when=lambda r: self_harm_risk(r) and territory(r) not in CRISIS_LINES,
        severity="check",
    ),
    Entry(
        "hormone_treatment_fever",
        _l("Cancer treatment going on is ticked with a hormone medicine, so the handout has no fever line: hormone tablets do not lower the blood counts. If the patient also has chemotherapy or a drug that can lower the counts (such as palbociclib), tick chemotherapy so the fever line prints."),
        ("neutropenic_sepsis",),
        when=hormone_treatment_only,
        severity="check",
    ),
    Entry(
        "cancer_line_number",
        _l("The plan tells the patient to call their 24-hour cancer line (for a fever, or for back pain with cancer). Check that they have its number (alert card), or write it in the notes."),
        ("neutropenic_sepsis",),
        # whenever the red box prints the cancer line's blank
        when=lambda r: any(e.heading == "cancer_line" and e.when(r) for e in RED_FLAGS),
        severity="check",
    ),
    Entry(
        "emergency_number_unknown",
        _l("No emergency number is printed: the plan's language names no country. Write the number in the notes, or choose the language with its country (such as ar_GB). Your service can set its country once for every plan."),
        ("gap",),
        when=lambda r: emergency_number(r) is None,
        severity="check",
    ),
    Entry(
        "partner_tablets",
        _l("One partner takes an erection tablet and the other a nitrate, riociguat or vericiguat. The handout tells them never to share tablets and not to use poppers. Make sure both have heard it."),
        ("shared_tablets",),
        when=_shared_tablet_risk,
        severity="check",
    ),
    Entry(
        "pde5_after_heart_event",
        _l("An erection tablet is entered within 6 months of a heart attack, a stent or heart surgery. The avanafil label does not recommend it then. Check that the prescriber knows, and that no nitrate (GTN) was given at discharge."),
        ("stroke_pde5_label", "nitrate_pde5_action"),
        when=lambda r: r.has("pde5_inhibitor") and r.has("heart_attack", "sternotomy", "pci_stent") and within(r, 26),
        severity="check",
    ),
    Entry(
        "pde5_unstable_heart",
        _l("An erection tablet is entered while the heart condition is marked not stable. AHA 2012: treat and stabilise before sex. GTN may be needed at short notice and cannot be given after the tablet. The handout tells the patient to ask the heart team before using it."),
        ("aha2012", "nitrate_pde5_action"),
        when=lambda r: r.has("pde5_inhibitor") and r.cardiac and r.unstable,
        severity="check",
    ),
    Entry(
        "partner_nitrate_and_tablet",
        _l("The partner takes both a nitrate and an erection tablet: contraindicated. The partner's page tells them not to take the erection tablet and to talk to their own doctor."),
        ("nitrate_pde5_action",),
        when=lambda r: r.partner_takes("nitrates") and r.partner_takes("pde5_inhibitor"),
        severity="check",
    ),
    Entry(
        "pde5_stroke_label",
        _l("An erection tablet is entered 3 to 6 months after a stroke. Labels are stricter than the UK 3-month rule: avanafil is not recommended within 6 months of a stroke, and ISSM agrees. Print only once the prescriber knows about the stroke and this 6-month caution."),
        ("stroke_pde5_label",),
        when=lambda r: r.stroke and r.has("pde5_inhibitor")
        and r.weeks_since_event is not None and 13 <= r.weeks_since_event < 26,
        # facts 11.3: weeks 13-26, the tablet's lines print only once the clinician confirms the
        # prescriber knows the label's 6-month caution (the acknowledgement is that tick)
        severity="stop",
    ),
    Entry(
        "post_op_check_pending",
        _l("After a hysterectomy or prostate surgery, this plan stays at step 4 or below (nothing inside the body) until you tick that the post-operative check is done and penetration is cleared."),
        ("hysterectomy_check", "prostatectomy_return"),
        when=check_pending,
        severity="check",
    ),
    Entry(
        "post_op_check_assumed",
        _l("The operation was 13 weeks ago or more and the post-operative check is not ticked. The plan assumes the check has happened and lets penetration back in. If it has not, ask the surgical team before you print."),
        ("hysterectomy_check", "prostatectomy_return", "gap"),
        when=lambda r: r.has("hysterectomy", "prostatectomy") and not r.post_op_check_done and not within_operation(r, 13),
        severity="check",
    ),
    Entry(
        "one_date_many_events",
        _l("More than one operation, event or treatment with time limits is ticked, and every limit counts from the one date. If an operation (such as a new ICD, a bypass or a hysterectomy) was at another time, give its weeks in 'Weeks since the operation': the other limits still count from 'Weeks since the surgery, heart event or end of treatment'."),
        ("gap",),
        # a stent put in for a heart attack is one event
        when=_one_date_many_events,
        severity="check",
    ),
    Entry(
        "post_op_check_early",
        _l("The post-operative check is ticked, but the surgery was less than 6 weeks ago. The plan still keeps penetration for week 6 or later. Make sure the check cleared penetration, not only the wound."),
        ("hysterectomy_check",),
        when=lambda r: r.has("hysterectomy", "prostatectomy") and r.post_op_check_done
        and operation_weeks(r) is not None and operation_weeks(r) < 6,
        severity="check",
    ),
    Entry(
        "radiotherapy_step_5",
        _l("After pelvic radiotherapy this plan allows step 5 from 4 weeks after treatment ends, and anal penetration from 8 weeks (research-file defaults). If the team advises otherwise, change the weeks since treatment or the starting step."),
        ("pelvic_radiotherapy",),
        # only when this plan's weeks cross the 4-week default (with no date, nothing opens)
        when=lambda r: r.has("pelvic_radiotherapy") and not r.in_treatment and r.weeks_since_event is not None
        and r.weeks_since_event < 8 and r.weeks_since_event + r.weeks > 4,
        severity="check",
    ),
    Entry(
        "pde5_heart_failure",
        _l("An erection tablet with heart failure: the avanafil label does not recommend it from NYHA class II, stricter than AHA 2012. Check the label's heart-failure cautions for this tablet."),
        ("heart_failure_signs", "stroke_pde5_label"),
        when=lambda r: r.has("heart_failure") and r.has("pde5_inhibitor"),
        severity="check",
    ),
    Entry(
        "tamoxifen_antidepressant",
        _l("Tamoxifen with an SSRI or SNRI: paroxetine and fluoxetine strongly inhibit CYP2D6 (so does bupropion, sometimes offered instead) and may lower tamoxifen's effect. Check which antidepressant it is with the prescriber (no source in the project's research file yet)."),
        ("gap",),
        when=lambda r: r.has("tamoxifen") and r.has("ssri_snri"),
        severity="check",
    ),
    Entry(
        "impulse_control_present",
        _l("A dopamine agonist is entered. If new urges (sexual, gambling, shopping, eating) are already there, tick 'not stable' so the plan stays with closeness, and tell the prescriber: the dose is the prescriber's to change, never stopped suddenly (NICE QS164)."),
        ("impulse_control",),
        when=lambda r: r.has("dopamine_agonist") and not r.unstable,
        severity="check",
    ),
    Entry(
        "riociguat_or_vericiguat",
        _l("Riociguat is entered with heart failure. If the patient takes vericiguat (for heart failure), enter vericiguat instead: the handout names the medicine, and only riociguat bars GTN."),
        ("riociguat",),
        # a stop: the handout would name the wrong medicine and bar GTN for a heart that may need it
        when=lambda r: r.has("riociguat") and r.has("heart_failure") and not r.has("vericiguat"),
        severity="stop",
    ),
    Entry(
        "radiotherapy_and_hormones_one_date",
        _l("Pelvic radiotherapy with another treatment still going on (chemotherapy or a hormone medicine): the plan treats radiotherapy as still going, with nothing inside the body all plan long. If radiotherapy has ended, check these limits with the team, or give the weeks since radiotherapy ended and untick 'treatment still going on' if only a hormone medicine continues."),
        ("pelvic_radiotherapy",),
        when=lambda r: r.has("pelvic_radiotherapy") and r.in_treatment
        and r.has("androgen_deprivation", "tamoxifen", "aromatase_inhibitor", "chemotherapy"),
        severity="check",
    ),
    Entry(
        "alpha_blocker_pde5",
        _l("An alpha-blocker and an erection tablet: low blood pressure on standing can occur, more with doxazosin or terazosin. The patient should be stable on the alpha-blocker before starting the PDE5 inhibitor, at the lowest dose (e.g. sildenafil 25 mg); consider spacing the doses."),
        ("alpha_blocker",),
        when=lambda r: (r.has("alpha_blocker") and r.has("pde5_inhibitor"))
        or (r.partner_takes("alpha_blocker") and r.partner_takes("pde5_inhibitor")),
        severity="check",
    ),
    Entry(
        "beta_blocker_sexual_effects",
        _l("A beta-blocker with erection or desire problems: in trials the excess is small (about 5 per 1000 a year) and partly an expectation effect. If a review is needed, consider another class or nebivolol with the prescriber. The handout names no switch and says not to stop it."),
        ("beta_blocker",),
        when=lambda r: r.has("beta_blocker") and r.has("erection_difficulty", "low_desire"),
        severity="check",
    ),
    Entry(
        "antidepressant_options",
        _l("An SSRI or SNRI with sexual side effects: MHRA advises asking at review, then timing or dose, counselling or erection treatment, then another drug if it persists (ISSM names bupropion and vortioxetine; mirtazapine is also lower-risk). Any change through the prescriber, tapered. The handout names no alternative."),
        ("ssri_sexual",),
        # with tamoxifen, bupropion is no option (tamoxifen_antidepressant)
        when=lambda r: r.has("ssri_snri") and r.has("low_desire", "erection_difficulty", "orgasm_difficulty")
        and not r.has("tamoxifen"),
        severity="check",
    ),
    Entry(
        "stroke_bleed_check",
        _l("A stroke caused by bleeding: if it came from an aneurysm not yet coiled or clipped, or blood pressure is not controlled, tick 'not stable' so the plan stays with closeness until the team clears sex (NHS stroke service advice)."),
        ("stroke_bleed",),
        when=lambda r: r.has("stroke_bleed") and not r.unstable,
        severity="check",
    ),
    Entry(
        "cancer_type_unknown",
        _l("Cancer treatment is ticked without saying which: the handout prints the chemotherapy lines (fever, barrier days, low counts, pregnancy) to be safe. Tick chemotherapy, or the hormone medicine if that is the only treatment, so only what applies is printed."),
        ("neutropenic_sepsis", "chemo_barrier"),
        when=lambda r: cancer_type_unknown(r) and r.in_treatment,
        severity="check",
    ),
    Entry(
        "angina_without_gtn",
        _l("Angina is ticked but no nitrate: if the patient carries GTN, tick nitrates so the handout prints the GTN steps for chest pain."),
        ("gtn_plan",),
        when=lambda r: r.has("angina") and not r.has("nitrates"),
        severity="check",
    ),
    Entry(
        "timing_unknown",
        _l("No date is given for the surgery or event, so the plan keeps every early limit for all its weeks. Enter the weeks since the event if you know them."),
        ("gap",),
        when=event_date_missing,
        severity="check",
    ),
)

STOP_ALERT_IDS = tuple(a.id for a in ALERTS if a.severity == "stop")
ALERT_IDS = tuple(dict.fromkeys(a.id for a in ALERTS)) + ("start_stage_lowered", "start_step_by_pace")


def start_step_by_pace(start: int, stage: int):
    """The check alert raised when no starting step was chosen and the plan starts below step 5 with no
    recent event to wait for, or ends below step 5 by its pace alone."""
    return _l("No starting step was chosen, so this plan starts at step %(start)s, from the symptoms entered, and reaches step %(stage)s. If the couple is already further on, choose where they are now: the plan then starts there.", start=start, stage=stage)


def start_stage_lowered(stage: int):
    """The check alert raised when the planner lowers the clinician's starting step."""
    return _l("The starting step you chose was lowered to step %(stage)s because of the limits in this plan.", stage=stage)
