"""The content library's own bookkeeping: ids, variants, exclusions and sources agree."""

from __future__ import annotations

from clinic.content import alerts
from clinic.content import library as lib
from clinic.content.positions import FITS, POSITIONS
from clinic.content.restrictions import RESTRICTIONS
from clinic.content.sources import SOURCES
from clinic.model import ALERT_SEVERITIES, CONDITIONS, MEDICATIONS, PAIN_SITES, RED_FLAG_TIERS, PlanRequest
from clinic.planner import SECTIONS


def test_an_id_means_one_item_in_one_section():
    """Variants share an id inside a section; across sections an id is unique, so excludes are unambiguous."""
    home: dict[str, str] = {}
    for name, entries in SECTIONS.items():
        for entry in entries:
            assert home.setdefault(entry.id, name) == name, (entry.id, home[entry.id], name)


def test_every_exclusion_names_an_entry_that_exists_and_not_itself():
    known = {e.id for entries in SECTIONS.values() for e in entries}
    for entries in SECTIONS.values():
        for entry in entries:
            assert set(entry.excludes) <= known, (entry.id, set(entry.excludes) - known)
            assert entry.id not in entry.excludes


def test_every_red_flag_has_a_tier_and_every_alert_a_severity():
    assert all(f.tier in RED_FLAG_TIERS for f in lib.RED_FLAGS)
    assert all(a.severity in ALERT_SEVERITIES for a in alerts.ALERTS)
    assert {"nitrate_pde5", "pde5_after_stroke", "riociguat_pde5"} <= set(alerts.STOP_ALERT_IDS)


def test_every_source_named_is_a_known_source():
    everything = PlanRequest(fatigue=5, pain=5, conditions=CONDITIONS, medications=MEDICATIONS, pain_sites=PAIN_SITES)
    named = {s for entries in (*SECTIONS.values(), alerts.ALERTS) for e in entries
             for request in (everything, PlanRequest(fatigue=0, pain=0)) for s in e.sources_for(request)}
    named |= {s for r in RESTRICTIONS for s in r.sources} | {s for p in POSITIONS for s in p.sources}
    named |= {s for f in FITS for s in f.sources}
    named |= {s for e in lib.POSITION_GUARDS for s in e.sources}
    assert named <= set(SOURCES), named - set(SOURCES)


def test_every_load_tag_of_every_position_names_the_fact_behind_it():
    """The positions audit (issue 14): one line per tag, citing known sources; no line for a tag the
    position does not carry."""
    import re

    from clinic.content.positions import LOAD_BASIS
    for p in POSITIONS:
        assert set(LOAD_BASIS.get(p.id, {})) == set(p.loads) | set(p.loads_if_anal), p.id
        # the role and its load say the same thing
        assert ("being_entered" in p.loads) == (p.role == "receives"), p.id
    cited = {key for basis in LOAD_BASIS.values() for text in basis.values()
             for key in re.findall(r"\(([a-z_0-9]+)\)", text)}
    assert cited <= set(SOURCES), cited - set(SOURCES)


def test_the_positions_audit_in_docs_is_the_one_the_content_makes():
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent
    made = subprocess.run([sys.executable, str(root / "tools" / "positions_audit.py")], capture_output=True,
                          text=True, check=True).stdout
    assert (root / "docs" / "positions-audit.md").read_text() == made, "run tools/positions_audit.py"
