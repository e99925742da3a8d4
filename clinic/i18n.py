"""Locales: which languages we speak, text direction, paper size, fonts, dates.

The UI language (the clinician's) and the plan language (the patient's) are
separate: the UI follows a cookie or Accept-Language; the plan follows the
request's ``language`` and is rendered inside :func:`flask_babel.force_locale`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.dates import format_date, format_skeleton

# Catalogs we ship. A request may name a territory variant (es_MX, pt_BR,
# zh-Hans-CN); it falls back to the language's catalog.
SUPPORTED = ("en", "es", "fr", "de", "pt", "ar", "zh_Hans", "vi")

# Territories whose usual paper is US Letter (CLDR's paper-size data, which
# Babel does not expose).
LETTER_TERRITORIES = frozenset(
    {"US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "GT", "CR", "SV", "NI", "DO", "PA", "BZ"}
)

# Emergency numbers printed on the plan where the territory is known; elsewhere
# the plan says "your local emergency number".
EMERGENCY_NUMBERS = {
    "US": "911", "CA": "911", "MX": "911", "PR": "911", "PH": "911",
    "GB": "999", "IE": "112", "AU": "000", "NZ": "111",
    "FR": "112", "DE": "112", "ES": "112", "PT": "112", "IT": "112", "BE": "112",
    "NL": "112", "AT": "112", "CH": "112", "LU": "112", "VN": "115", "CN": "120",
    "BR": "192", "AR": "107", "CO": "123", "CL": "131", "EG": "123", "SA": "997",
    "MA": "15", "DZ": "14", "TN": "190", "AE": "998", "JO": "911", "LB": "140",
}


@dataclass(frozen=True)
class PlanLocale:
    """A resolved plan language: what Babel needs, what the catalog is, how it reads."""

    tag: str  # Babel's full identifier, e.g. "es_MX" or "zh_Hans_CN"
    catalog: str  # one of SUPPORTED
    language: str
    territory: str | None  # as given or, for a bare language, its likely territory
    explicit_territory: bool
    direction: str  # "ltr" or "rtl"

    @property
    def translation_tag(self) -> str:
        """The identifier to hand to ``force_locale`` so gettext finds our catalog."""
        return self.catalog if self.catalog == "zh_Hans" else self.tag

    @property
    def script(self) -> str:
        """The writing system, which decides the fonts."""
        if self.language == "ar":
            return "arabic"
        if self.catalog == "zh_Hans":
            return "han"
        return "latin"

    @property
    def canonical(self) -> str:
        """The language as a request names it: Babel's tag, with the country when CLDR has no
        locale for the pair (``ar_GB``: Arabic data, British numbers)."""
        if self.explicit_territory and self.territory not in self.tag.split("_"):
            return f"{self.tag}_{self.territory}"
        return self.tag

    @property
    def emergency_number(self) -> str | None:
        return EMERGENCY_NUMBERS.get(self.territory or "") if self.explicit_territory else None


class UnsupportedLocale(ValueError):
    """The language tag is malformed or names a language we have no catalog for."""


@lru_cache(maxsize=256)
@lru_cache(maxsize=256)  # every plan asks several times (content, render, paper)
def resolve_locale(value: str) -> PlanLocale:
    """Turn a request's ``language`` (``es``, ``es-MX``, ``zh_Hans``...) into a PlanLocale.

    Raises :class:`UnsupportedLocale` for anything we cannot print in.
    """
    raw = (value or "").strip().replace("-", "_")
    if not raw or len(raw) > 20:
        raise UnsupportedLocale(value)
    given_territory = None
    try:
        loc = Locale.parse(raw)
    except UnknownLocaleError:
        # A language of ours with a country CLDR has no locale for (ar_GB, zh_Hans_GB, fr_GB): the
        # language's own data, and the country for the emergency number, crisis line and paper.
        base, _, region = raw.rpartition("_")
        if not base or region.upper() not in Locale("en").territories or not region.isalpha():
            raise UnsupportedLocale(value) from None
        try:
            loc = Locale.parse(base)
        except (ValueError, TypeError, UnknownLocaleError) as exc:
            raise UnsupportedLocale(value) from exc
        given_territory = region.upper()
    except (ValueError, TypeError) as exc:
        raise UnsupportedLocale(value) from exc
    if raw.split("_")[0].lower() != loc.language:  # e.g. "und", which Babel reads as English
        raise UnsupportedLocale(value)
    likely = Locale.parse(get_global("likely_subtags").get(str(loc), str(loc)))
    if loc.language == "zh":
        script = loc.script or _likely_script(loc)
        if script != "Hans":
            raise UnsupportedLocale(value)
        catalog = "zh_Hans"
    else:
        catalog = loc.language
    if catalog not in SUPPORTED:
        raise UnsupportedLocale(value)
    return PlanLocale(
        tag=str(loc),
        catalog=catalog,
        language=loc.language,
        territory=given_territory or loc.territory or likely.territory,
        explicit_territory=(given_territory or loc.territory) is not None,
        direction="rtl" if loc.character_order == "right-to-left" else "ltr",
    )


def _likely_script(loc: Locale) -> str | None:
    likely = get_global("likely_subtags").get(str(loc))
    return Locale.parse(likely).script if likely else None


def is_supported(value: str) -> bool:
    """True when :func:`resolve_locale` accepts ``value``."""
    try:
        resolve_locale(value)
    except UnsupportedLocale:
        return False
    return True


def paper_for(locale: PlanLocale, choice: str, bare_english_default: str = "letter") -> str:
    """``a4`` or ``letter``: the clinician's explicit choice, else by territory.

    A bare ``en`` has no real territory (it is spoken everywhere), so it follows
    the configured default rather than the likely-subtag guess of "US".
    """
    if choice in ("a4", "letter"):
        return choice
    if locale.language == "en" and not locale.explicit_territory:
        return bare_english_default
    return "letter" if locale.territory in LETTER_TERRITORIES else "a4"


def day_label(day: date, locale: PlanLocale) -> str:
    """Weekday and date as a reader of the plan's language expects ("Mon, Nov 23", "lun, 23 nov")."""
    return format_skeleton("MMMEd", day, locale=locale.tag)


def long_date(day: date, locale: PlanLocale) -> str:
    """A full date for headings (e.g. "23 November 2026")."""
    return format_date(day, "long", locale=locale.tag)


def weekday_short(day: date, locale: PlanLocale) -> str:
    """The abbreviated weekday ("Mon", "lun", "الاثنين")."""
    return format_date(day, "EEE", locale=locale.tag)


def day_month(day: date, locale: PlanLocale) -> str:
    """Day and month in the locale's short skeleton ("23 Nov", "11月23日")."""
    return format_skeleton("MMMd", day, locale=locale.tag)


def language_name(code: str, in_locale: str) -> str:
    """A language's name in another language (for the language menus)."""
    loc = Locale.parse(code)
    name = loc.get_display_name(in_locale) or code
    return name[:1].upper() + name[1:]
