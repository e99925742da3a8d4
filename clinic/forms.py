"""The one definition of every input: type, range, choices, default and message.

The HTML form posts straight into :class:`PlanForm`; the JSON API and the
command line go through :func:`validate_json`, which checks JSON types (a
number must be a number) and then feeds the same form, so every rule and
every message is written once.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import Any

from flask import current_app
from flask_babel import get_domain, lazy_ngettext
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from werkzeug.datastructures import MultiDict
from wtforms import (
    BooleanField,
    DateField,
    FormField,
    IntegerField,
    SelectChoice,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms import Form as BaseForm
from wtforms.validators import InputRequired, Length, NumberRange, Optional, ValidationError
from wtforms.widgets import CheckboxInput, ListWidget

from clinic import i18n, plancode, render
from clinic.content import OPERATIONS
from clinic.content import vocabulary as voc
from clinic.content.alerts import ALERT_IDS
from clinic.model import (
    BACK_PAIN_PATTERNS,
    BEST_TIMES,
    CONDITIONS,
    MEDICATION_EFFECTS,
    MEDICATIONS,
    PAIN_SITES,
    PAPERS,
    PENETRATION_ROLES,
    PlanRequest,
)
from clinic.planner import OMITTABLE_IDS, PROTECTED_IDS

NAME_MAX = 80
CONTACT_MAX = 120
NOTES_MAX = 1000


class CatalogTranslations:
    """WTForms' own messages ("Not a valid integer value.") through our catalogs,
    so every message a clinician sees is translated in one place."""

    def gettext(self, string):
        return get_domain().get_translations().gettext(string)

    def ngettext(self, singular, plural, n):
        return get_domain().get_translations().ngettext(singular, plural, n)


_translations = CatalogTranslations()


class TranslatedMeta:
    def get_translations(self, form):
        return _translations


# WTForms' built-in messages that our fields can raise, listed so that
# `pybabel extract` copies them into our catalogs (never used directly).
WTFORMS_MESSAGES = (
    _l("Not a valid integer value."),
    _l("Not a valid date value."),
    _l("Not a valid choice."),
    _l("Invalid Choice: could not coerce."),
    _l("Invalid choice(s): one or more data inputs could not be coerced."),
    _l("This field is required."),
    lazy_ngettext("'%(value)s' is not a valid choice for this field.", "'%(value)s' are not valid choices for this field.", 1),
)


class MultiCheckboxField(SelectMultipleField):
    """A list of check boxes: one value per ticked box."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


def _choices(ids: tuple[str, ...], labels: dict) -> list[SelectChoice]:
    return [SelectChoice(i, labels[i]) for i in ids]


# Explicit direction controls (embeddings, overrides, isolates): invisible, and able to
# reorder the printed line around them. Letters carry their own direction; these are refused.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def plain_text(multiline: bool):
    """Refuse control characters, direction overrides and broken surrogates: user text stays plain text."""
    allowed = {"\n", "\r", "\t"} if multiline else set()

    def check(form, field):
        value = field.data or ""
        for ch in value:
            if ch in allowed:
                continue
            if unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") or ch in BIDI_CONTROLS:
                raise ValidationError(_l("Remove the control characters from this text."))
        # A character no bundled font has would print as an empty box (and spoil the
        # PDF's text layer), so it is refused here, where the clinician can fix it.
        printable = render.printable_characters()
        missing = list(dict.fromkeys(ch for ch in value if ch not in printable and ch not in allowed))
        if missing:
            shown = (ch if ch.isprintable() else f"U+{ord(ch):04X}" for ch in missing[:5])  # e.g. U+E000
            raise ValidationError(_l("The plan cannot print these characters: %(chars)s. Please remove them.",
                                     chars=" ".join(shown)))

    return check


def plausible_date(form, field):
    """Dates the calendar can count from (a plan runs 12 weeks past its start at most)."""
    if field.data and not date(1900, 1, 1) <= field.data <= date(2200, 12, 31):
        raise ValidationError(field.gettext("Not a valid date value."))


def _with_clinic_country(locale: i18n.PlanLocale) -> str:
    """The request's language, canonical ("EN " -> "en"), with the clinic's country when it names none."""
    country = (current_app.config.get("CLINIC_COUNTRY") or "").strip().upper()
    if country and not locale.explicit_territory:
        try:
            return i18n.resolve_locale(f"{locale.catalog}_{country}").canonical
        except i18n.UnsupportedLocale:
            pass  # a mistyped setting must not stop the form
    return locale.canonical


def supported_language(form, field):
    if not i18n.is_supported(field.data or ""):
        raise ValidationError(
            _l("Choose a supported language: English, Spanish, French, German, Portuguese, Arabic, Chinese (Simplified) or Vietnamese.")
        )


class ClinicianForm(BaseForm):
    """Who made the plan: printed on it, never logged."""

    class Meta(TranslatedMeta):
        pass

    name = StringField(
        _l("Your name"),
        validators=[Optional(), Length(max=NAME_MAX, message=_l("Use at most %(max)d characters.")), plain_text(False)],
    )
    contact = StringField(
        _l("How to reach you"),
        validators=[Optional(), Length(max=CONTACT_MAX, message=_l("Use at most %(max)d characters.")), plain_text(False)],
    )


SCALE_MESSAGE = _l("Choose a number from 0 to 10.")


class PlanForm(FlaskForm):
    """Every field of the contract's request."""

    class Meta(TranslatedMeta):
        pass

    # The patient's energy and pain
    fatigue = IntegerField(
        _l("Fatigue today (0 none, 10 worst)"),
        validators=[InputRequired(message=SCALE_MESSAGE), NumberRange(0, 10, message=SCALE_MESSAGE)],
    )
    pain = IntegerField(
        _l("Pain today (0 none, 10 worst)"),
        validators=[InputRequired(message=SCALE_MESSAGE), NumberRange(0, 10, message=SCALE_MESSAGE)],
    )
    pain_sites = MultiCheckboxField(_l("Where it hurts"), choices=_choices(PAIN_SITES, voc.PAIN_SITE_LABELS))
    back_pain_pattern = SelectField(
        _l("Lower back pain is"),
        choices=_choices(BACK_PAIN_PATTERNS, voc.BACK_PAIN_PATTERN_LABELS),
        default="unsure",
    )
    # Medicines
    medications = MultiCheckboxField(_l("Medicines"), choices=_choices(MEDICATIONS, voc.MEDICATION_LABELS))
    medication_effects = MultiCheckboxField(
        _l("Medicine side effects"), choices=_choices(MEDICATION_EFFECTS, voc.MEDICATION_EFFECT_LABELS)
    )
    partner_medications = MultiCheckboxField(
        _l("The partner's medicines"), choices=_choices(MEDICATIONS, voc.MEDICATION_LABELS)
    )
    # Condition and timing
    conditions = MultiCheckboxField(_l("Conditions"), choices=_choices(CONDITIONS, voc.CONDITION_LABELS))
    weeks_since_event = IntegerField(
        _l("Weeks since the surgery, heart event or end of treatment"),
        validators=[Optional(), NumberRange(0, 520, message=_l("Enter a number of weeks from 0 to 520."))],
    )
    weeks_since_surgery = IntegerField(
        _l("Weeks since the operation, if the weeks above count from another event or a treatment"),
        validators=[Optional(), NumberRange(0, 520, message=_l("Enter a number of weeks from 0 to 520."))],
    )
    unstable = BooleanField(_l("Condition not yet stable (decompensated or severe symptoms)"))
    in_treatment = BooleanField(_l("Treatment still going on (chemotherapy, radiotherapy or hormone therapy)"))
    post_op_check_done = BooleanField(_l("Post-operative check done: the surgical team has cleared penetration"))
    best_time = SelectField(
        _l("Best time of day"), choices=_choices(BEST_TIMES, voc.BEST_TIME_LABELS), default="varies"
    )
    penetration_role = SelectField(
        _l("In intercourse, the partner who is recovering usually"),
        choices=_choices(PENETRATION_ROLES, voc.PENETRATION_ROLE_LABELS), default="not_asked",
    )
    start_stage = IntegerField(
        _l("Starting step"),
        validators=[Optional(), NumberRange(1, 5, message=_l("Choose a step from 1 to 5."))],
    )
    sessions_per_week = IntegerField(
        _l("Sessions a week"),
        validators=[Optional(), NumberRange(1, 3, message=_l("Choose 1, 2 or 3 sessions a week."))],
    )
    # The plan itself
    language = SelectField(
        _l("Language of the plan"),
        choices=[SelectChoice(code) for code in i18n.SUPPORTED],
        default="en",
        validate_choice=False,
        validators=[supported_language],
    )
    paper = SelectField(_l("Paper"), choices=_choices(PAPERS, voc.PAPER_LABELS), default="auto")
    weeks = IntegerField(
        _l("Length of the plan (weeks)"),
        default=6,
        validators=[Optional(), NumberRange(2, 12, message=_l("Choose from 2 to 12 weeks."))],
    )
    start_date = DateField(_l("Start date"), default=date.today, validators=[Optional(), plausible_date])
    large_print = BooleanField(_l("Large print"))
    discreet = BooleanField(_l("Discreet cover (neutral title)"))
    sources = BooleanField(_l("Add the clinician's list of sources"), default=True)
    # Clinician
    clinician = FormField(ClinicianForm, label=_l("Clinician"))
    follow_up = DateField(_l("Follow-up date"), validators=[Optional(), plausible_date])
    notes = TextAreaField(
        _l("Note for the couple"),
        validators=[Optional(), Length(max=NOTES_MAX, message=_l("Use at most %(max)d characters.")), plain_text(True)],
    )
    # Ticked in the preview: the stop alerts the clinician has reviewed (never in the plan code).
    acknowledged_alerts = MultiCheckboxField(
        _l("I have reviewed this"), choices=[SelectChoice(i, i) for i in ALERT_IDS]
    )
    # Left out in the preview (never in the plan code): the safety items cannot be.
    omit = SelectMultipleField(
        _l("Left out of the plan"), choices=[SelectChoice(i, i) for i in sorted(OMITTABLE_IDS)],
        validate_choice=False,
    )

    def validate_omit(self, field):
        asked = field.data or ()
        locked = [i for i in asked if i in PROTECTED_IDS]
        if locked:
            raise ValidationError(_l("Red flags, dangers, alerts, what to avoid and the main safety lines stay in every plan: they cannot be left out (%(ids)s).", ids=", ".join(locked[:5])))
        unknown = [i for i in asked if i not in OMITTABLE_IDS]
        if unknown:
            raise ValidationError(_l("Not an item a plan can leave out: %(ids)s.", ids=", ".join(unknown[:5])))

    def validate_back_pain_pattern(self, field):
        if field.data not in (None, "", "unsure") and "lower_back" not in (self.pain_sites.data or ()):
            raise ValidationError(_l("Tick 'Lower back' under where it hurts, or set this to 'Not sure'."))

    def validate_weeks_since_surgery(self, field):
        if field.data is not None and not set(self.conditions.data or ()) & set(OPERATIONS):
            raise ValidationError(_l("Tick the operation under conditions, or leave this empty."))

    def validate_follow_up(self, field):
        start = self.start_date.data or date.today()
        if field.data and field.data < start:
            raise ValidationError(_l("The follow-up date cannot be before the start date."))

    @classmethod
    def from_request(cls, request: PlanRequest) -> PlanForm:
        """A form filled in from a request (used by the plan code)."""
        return cls(formdata=None, data={
            "fatigue": request.fatigue, "pain": request.pain, "language": request.language,
            "paper": request.paper, "large_print": request.large_print, "discreet": request.discreet,
            "sources": request.sources, "weeks": request.weeks, "start_date": request.start_date,
            "pain_sites": list(request.pain_sites), "back_pain_pattern": request.back_pain_pattern,
            "medication_effects": list(request.medication_effects), "medications": list(request.medications),
            "conditions": list(request.conditions), "weeks_since_event": request.weeks_since_event,
            "weeks_since_surgery": request.weeks_since_surgery,
            "best_time": request.best_time, "start_stage": request.start_stage, "unstable": request.unstable,
            "penetration_role": request.penetration_role,
            "sessions_per_week": request.sessions_per_week,
            "clinician": {"name": request.clinician_name, "contact": request.clinician_contact},
            "follow_up": request.follow_up, "notes": request.notes,
            "partner_medications": list(request.partner_medications), "in_treatment": request.in_treatment,
            "post_op_check_done": request.post_op_check_done,
            "acknowledged_alerts": list(request.acknowledged_alerts),
            "omit": list(request.omit),
        })

    def to_request(self) -> PlanRequest:
        """The validated form as an immutable :class:`PlanRequest`."""

        def ordered(values, vocabulary):
            chosen = set(values or ())
            return tuple(v for v in vocabulary if v in chosen)

        pain_sites = ordered(self.pain_sites.data, PAIN_SITES)
        return PlanRequest(
            fatigue=self.fatigue.data,
            pain=self.pain.data,
            language=_with_clinic_country(i18n.resolve_locale(self.language.data)),
            paper=self.paper.data or "auto",
            large_print=bool(self.large_print.data),
            discreet=bool(self.discreet.data),
            sources=bool(self.sources.data),
            weeks=self.weeks.data if self.weeks.data is not None else 6,
            start_date=self.start_date.data or date.today(),
            pain_sites=pain_sites,
            back_pain_pattern=self.back_pain_pattern.data or "unsure",
            medication_effects=ordered(self.medication_effects.data, MEDICATION_EFFECTS),
            medications=ordered(self.medications.data, MEDICATIONS),
            conditions=ordered(self.conditions.data, CONDITIONS),
            weeks_since_event=self.weeks_since_event.data,
            weeks_since_surgery=self.weeks_since_surgery.data,
            best_time=self.best_time.data or "varies",
            penetration_role=self.penetration_role.data or "not_asked",
            start_stage=self.start_stage.data,
            sessions_per_week=self.sessions_per_week.data,
            unstable=bool(self.unstable.data),
            clinician_name=(self.clinician.form.name.data or "").strip(),
            clinician_contact=(self.clinician.form.contact.data or "").strip(),
            follow_up=self.follow_up.data,
            notes=(self.notes.data or "").strip(),
            partner_medications=ordered(self.partner_medications.data, MEDICATIONS),
            in_treatment=bool(self.in_treatment.data),
            post_op_check_done=bool(self.post_op_check_done.data),
            acknowledged_alerts=ordered(self.acknowledged_alerts.data, ALERT_IDS),
            omit=tuple(sorted(set(self.omit.data or ()))),
        )


def valid_plan_code(form, field):
    try:
        form.decoded = plancode.decode(field.data or "")
    except plancode.InvalidCode:
        raise ValidationError(_l("That plan code is not valid. Check it against the printed plan and try again.")) from None


class PlanCodeForm(FlaskForm):
    """The code printed on an earlier plan: it fills the form in again."""

    class Meta(TranslatedMeta):
        pass

    decoded: plancode.Decoded | None = None  # set when the code validates

    plan_code = StringField(
        _l("Plan code from an earlier plan"),
        validators=[InputRequired(message=_l("Type the code printed on the plan.")), Length(max=60), valid_plan_code],
    )


# --- JSON and the command line go through the same form ------------------------------------

WRONG_TYPE = {
    "int": _l("Must be a whole number."),
    "bool": _l("Must be true or false."),
    "list": _l("Must be a list of values."),
    "str": _l("Must be text."),
    "object": _l("Must be an object with \"name\" and \"contact\"."),
}


def _kind(field) -> str:
    if isinstance(field, BooleanField):
        return "bool"
    if isinstance(field, IntegerField):
        return "int"
    if isinstance(field, SelectMultipleField):
        return "list"
    if isinstance(field, FormField):
        return "object"
    return "str"


def _type_ok(kind: str, value: Any) -> bool:
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "list":
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind == "object":
        return isinstance(value, dict)
    return isinstance(value, str)


def validate_json(data: Any) -> tuple[PlanRequest | None, dict[str, list[str]]]:
    """Validate a JSON request body: the request, or errors keyed by field name.

    Unknown fields are ignored; ``null`` means "use the default".
    """
    if not isinstance(data, dict):
        return None, {"request": [str(_l("Send a JSON object with the plan's fields."))]}
    form = PlanForm(formdata=None, meta={"csrf": False})
    errors: dict[str, list[str]] = {}
    formdata = MultiDict()
    for name, field in form._fields.items():
        value = data.get(name)
        kind = _kind(field)
        if value is None:
            if kind == "bool":
                formdata.add(name, "y" if field.default else "false")
            continue
        if not _type_ok(kind, value):
            errors[name] = [str(WRONG_TYPE[kind])]
            continue
        if kind == "object":
            for sub in ("name", "contact"):
                subvalue = value.get(sub)
                if subvalue is None:
                    continue
                if not isinstance(subvalue, str):
                    errors[f"{name}.{sub}"] = [str(WRONG_TYPE["str"])]
                else:
                    formdata.add(f"{name}-{sub}", subvalue)
        elif kind == "list":
            for item in value:
                formdata.add(name, item)
        elif kind == "bool":
            formdata.add(name, "y" if value else "false")
        else:
            formdata.add(name, str(value))
    form = PlanForm(formdata=formdata, meta={"csrf": False})
    form.validate()
    for name, messages in flatten_errors(form.errors).items():
        if name not in errors:
            errors[name] = messages
    if errors:
        return None, errors
    return form.to_request(), {}


def flatten_errors(errors: dict, prefix: str = "") -> dict[str, list[str]]:
    """WTForms' nested errors as ``{"clinician.name": ["..."]}``, messages as plain strings."""
    flat: dict[str, list[str]] = {}
    for name, value in errors.items():
        key = f"{prefix}{name}" if name is not None else prefix.rstrip(".") or "request"
        if isinstance(value, dict):
            flat.update(flatten_errors(value, f"{key}."))
        else:
            flat[key] = [str(m) for m in value]
    return flat
