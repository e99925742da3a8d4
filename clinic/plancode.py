"""The plan code: a short, checksummed code printed on the plan that fills the form again.

It holds the request without any free text or names (no clinician, contact,
note or follow-up), plus the step the plan ended on, so that at the next visit
the clinician types it in and adjusts rather than starting over. Nothing is
stored on the server: the code *is* the data.

Format: the fields packed into one integer (mixed radix), written in Crockford
base 32 (no I, L, O, U; case and dashes ignored when read), with a two-symbol
checksum. About 24 symbols, printed in groups of four.

Version 2 adds the partner's medicines, "treatment still going on", "post-operative
check done" and the medicines added since (riociguat); version 3 adds vericiguat; version 4 the
medicines and conditions of contract v2 (antidepressants to a stent). Codes printed
by older versions still read: the version is the lowest digit, and each version has its own length.
Acknowledged alerts are never in a code: each plan's alerts are reviewed afresh.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, replace
from datetime import date, timedelta

from clinic.i18n import SUPPORTED
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

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
VERSION = 6
# How many values of each growing vocabulary a version knew (new values are appended).
VOCABULARY_SIZES = {
    1: {"medications": 5, "conditions": 23},
    2: {"medications": 6, "conditions": 23},
    3: {"medications": 7, "conditions": 23},
    4: {"medications": len(MEDICATIONS), "conditions": len(CONDITIONS)},
    5: {"medications": len(MEDICATIONS), "conditions": len(CONDITIONS)},
    6: {"medications": len(MEDICATIONS), "conditions": len(CONDITIONS)},
}
EPOCH = date(2024, 1, 1)
DAYS = 1 << 15  # about 89 years of start dates
# Territory variants the code can carry (others fall back to the bare language).
TERRITORIES = ("", "US", "GB", "CA", "AU", "IE", "MX", "ES", "AR", "CO", "CL", "BR", "PT", "FR", "BE", "CH",
               "DE", "AT", "EG", "SA", "MA", "CN", "SG", "VN")


class InvalidCode(ValueError):
    """The code is mistyped, of another version, or its checksum does not match."""


@dataclass(frozen=True)
class Decoded:
    """What a plan code gives back: the request (without free text) and where the plan ended."""

    request: PlanRequest
    end_stage: int


def _fields(request: PlanRequest, end_stage: int, version: int = VERSION) -> list[tuple[int, int]]:
    """(value, radix) pairs, in a fixed order; changing the order needs a new VERSION."""
    language, _, territory = request.language.replace("-", "_").partition("_")
    catalog = "zh_Hans" if language == "zh" else language
    territory = territory.removeprefix("Hans_").removeprefix("Hans")
    wse = request.weeks_since_event
    start = (request.start_date - EPOCH).days

    def bits(chosen: tuple[str, ...], vocabulary: tuple[str, ...]) -> tuple[int, int]:
        return sum(1 << i for i, v in enumerate(vocabulary) if v in chosen), 1 << len(vocabulary)

    medications = MEDICATIONS[:VOCABULARY_SIZES[version]["medications"]]
    conditions = CONDITIONS[:VOCABULARY_SIZES[version]["conditions"]]
    fields = [
        (version, 16),
        (request.fatigue, 11),
        (request.pain, 11),
        (request.weeks - 2, 11),
        (SUPPORTED.index(catalog), len(SUPPORTED)),
        (TERRITORIES.index(territory) if territory in TERRITORIES else 0, len(TERRITORIES)),
        (PAPERS.index(request.paper), len(PAPERS)),
        (int(request.large_print) | int(request.discreet) << 1 | int(request.sources) << 2 | int(request.unstable) << 3, 16),
        bits(request.pain_sites, PAIN_SITES),
        (BACK_PAIN_PATTERNS.index(request.back_pain_pattern), len(BACK_PAIN_PATTERNS)),
        bits(request.medication_effects, MEDICATION_EFFECTS),
        bits(request.medications, medications),
        bits(request.conditions, conditions),
        (0 if wse is None else wse + 1, 522),
        (BEST_TIMES.index(request.best_time), len(BEST_TIMES)),
        (end_stage - 1, 5),
        (min(max(start, 0), DAYS - 1), DAYS),
    ]
    if version >= 2:
        fields += [
            bits(request.partner_medications, medications),
            (int(request.in_treatment) | int(request.post_op_check_done) << 1, 4),
        ]
    if version >= 4:
        fields.append((request.sessions_per_week or 0, 4))
    if version >= 5:
        wss = request.weeks_since_surgery
        fields.append((0 if wss is None else wss + 1, 522))
    if version >= 6:
        fields.append((PENETRATION_ROLES.index(request.penetration_role), len(PENETRATION_ROLES)))
    return fields


def _checksum(number: int) -> int:
    # 16 bytes held every code up to version 3; longer codes hash more bytes (short ones as before).
    return zlib.crc32(number.to_bytes(max(16, (number.bit_length() + 7) // 8), "big")) % (32 * 32)


def encode(request: PlanRequest, end_stage: int, version: int = VERSION) -> str:
    """The printed code for a request whose plan reached ``end_stage`` (older versions: for tests)."""
    number = 0
    for value, radix in reversed(_fields(request, end_stage, version)):
        if not 0 <= value < radix:
            raise ValueError("value out of range for the plan code")
        number = number * radix + value
    check = _checksum(number)
    symbols = []
    for _ in range(BODY_LENGTHS[version]):
        number, digit = divmod(number, 32)
        symbols.append(ALPHABET[digit])
    code = "".join(reversed(symbols)) + ALPHABET[check // 32] + ALPHABET[check % 32]
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


RADICES = {v: tuple(radix for _, radix in _fields(PlanRequest(fatigue=0, pain=0), 1, v)) for v in VOCABULARY_SIZES}


def _body_length(radices: tuple[int, ...]) -> int:
    capacity, length = 1, 0
    for radix in radices:
        capacity *= radix
    while 32**length < capacity:
        length += 1
    return length


# Every code of a version has the same length, so a dropped symbol is caught.
BODY_LENGTHS = {v: _body_length(r) for v, r in RADICES.items()}


def _read_symbols(code: str) -> str:
    cleaned = code.upper().replace("-", "").replace(" ", "").replace("O", "0").replace("I", "1").replace("L", "1")
    if len(cleaned) - 2 not in BODY_LENGTHS.values() or any(c not in ALPHABET for c in cleaned):
        raise InvalidCode(code)
    return cleaned


def decode(code: str) -> Decoded:
    """Read a code back; raises :class:`InvalidCode` on any mistake."""
    symbols = _read_symbols(code)
    number = 0
    for c in symbols[:-2]:
        number = number * 32 + ALPHABET.index(c)
    check = ALPHABET.index(symbols[-2]) * 32 + ALPHABET.index(symbols[-1])
    if _checksum(number) != check:
        raise InvalidCode(code)
    version = number % 16
    if version not in RADICES or len(symbols) - 2 != BODY_LENGTHS[version]:
        raise InvalidCode(code)
    values = []
    for radix in RADICES[version]:
        number, value = divmod(number, radix)
        values.append(value)
    if number:
        raise InvalidCode(code)
    (_, fatigue, pain, weeks, lang, territory, paper, flags, sites, back, effects, meds, conditions, wse, best,
     end_stage, start, *added) = values
    partner_meds, treatment, sessions, wss, role = (list(added) + [0, 0, 0, 0, 0])[:5]
    if fatigue > 10 or pain > 10 or weeks > 10 or lang >= len(SUPPORTED) or wse > 521 or wss > 521:
        raise InvalidCode(code)

    def chosen(mask: int, vocabulary: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(v for i, v in enumerate(vocabulary) if mask >> i & 1)

    language = SUPPORTED[lang] + (f"_{TERRITORIES[territory]}" if TERRITORIES[territory] else "")
    request = PlanRequest(
        fatigue=fatigue, pain=pain, weeks=weeks + 2, language=language, paper=PAPERS[paper],
        large_print=bool(flags & 1), discreet=bool(flags & 2), sources=bool(flags & 4), unstable=bool(flags & 8),
        pain_sites=chosen(sites, PAIN_SITES), back_pain_pattern=BACK_PAIN_PATTERNS[back],
        medication_effects=chosen(effects, MEDICATION_EFFECTS), medications=chosen(meds, MEDICATIONS),
        conditions=chosen(conditions, CONDITIONS), weeks_since_event=None if wse == 0 else wse - 1,
        best_time=BEST_TIMES[best], start_date=EPOCH + timedelta(days=start),
        partner_medications=chosen(partner_meds, MEDICATIONS), in_treatment=bool(treatment & 1),
        post_op_check_done=bool(treatment & 2), sessions_per_week=sessions or None,
        weeks_since_surgery=None if wss == 0 else wss - 1, penetration_role=PENETRATION_ROLES[role],
    )
    return Decoded(request=request, end_stage=end_stage + 1)


def next_visit(decoded: Decoded, today: date) -> PlanRequest:
    """The request for the next plan: time moved on, starting where the last plan ended."""
    elapsed = max(0, (today - decoded.request.start_date).days // 7)
    wse = decoded.request.weeks_since_event
    wss = decoded.request.weeks_since_surgery
    return replace(
        decoded.request,
        start_date=today,
        start_stage=decoded.end_stage,
        weeks_since_event=None if wse is None else min(520, wse + elapsed),
        weeks_since_surgery=None if wss is None else min(520, wss + elapsed),
    )
