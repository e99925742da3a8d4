"""Every catalog complete: nothing untranslated, fuzzy or obsolete, placeholders intact."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from clinic import ROOT
from clinic.i18n import SUPPORTED

PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd]")
TEMPLATE = ROOT / "translations" / "messages.pot"


def catalog_path(lang: str) -> Path:
    return ROOT / "translations" / lang / "LC_MESSAGES" / "messages.po"


def load(path: Path):
    with path.open("rb") as handle:
        return read_po(handle)


@pytest.mark.parametrize("lang", SUPPORTED)
def test_catalog_is_complete_and_placeholders_match(lang):
    catalog = load(catalog_path(lang))
    template_ids = {m.id for m in load(TEMPLATE) if m.id}
    problems = []
    assert not catalog.obsolete, f"obsolete entries in {lang}: {list(catalog.obsolete)[:3]}"
    ids = set()
    for message in catalog:
        if not message.id:
            continue
        ids.add(message.id)
        singular = message.id[0] if isinstance(message.id, tuple) else message.id
        label = singular[:60]
        if message.fuzzy:
            problems.append(f"fuzzy: {label}")
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(s.strip() for s in strings):
            problems.append(f"untranslated: {label}")
            continue
        expected = sorted(PLACEHOLDER.findall(singular))
        for s in strings:
            found = sorted(PLACEHOLDER.findall(s))
            # A plural form may drop the count placeholder, never add a foreign one.
            if found != expected and not set(found) <= set(expected):
                problems.append(f"placeholders {found} != {expected}: {label}")
    assert ids == template_ids, f"catalog out of date: run make translate-update ({len(template_ids ^ ids)} differ)"
    assert not problems, f"{lang}: {len(problems)} problems, e.g. {problems[:5]}"


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="msgfmt (gettext) is not installed")
@pytest.mark.parametrize("lang", SUPPORTED)
def test_msgfmt_check_passes(lang, tmp_path):
    result = subprocess.run(
        ["msgfmt", "--check", "-o", str(tmp_path / "out.mo"), str(catalog_path(lang))],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
