"""The line drawing of each position (issue 14): made from its pose, current, and printed as a tagged
figure with its words beside every printed position, read back from the PDF."""

from __future__ import annotations

import importlib.util
import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pypdf
import pytest
from flask_babel import force_locale

from clinic import render
from clinic.content.poses import POSES
from clinic.content.positions import POSITIONS
from clinic.planner import build_plan
from tests.conftest import plan_request

ROOT = Path(__file__).resolve().parent.parent
DRAWINGS = ROOT / "clinic" / "static" / "positions"


def _tool():
    spec = importlib.util.spec_from_file_location("draw_positions", ROOT / "tools" / "draw_positions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_position_has_a_pose_words_for_its_drawing_and_a_current_file():
    assert set(POSES) == {p.id for p in POSITIONS}
    assert all(str(p.alt).strip() for p in POSITIONS), [p.id for p in POSITIONS if not str(p.alt).strip()]
    made = _tool().drawings()
    assert set(made) == {f"{p.id}.svg" for p in POSITIONS}
    for name, svg in made.items():
        assert (DRAWINGS / name).read_text() == svg, f"{name} is stale: run tools/draw_positions.py"


@pytest.mark.parametrize("name", sorted(f"{p.id}.svg" for p in POSITIONS))
def test_each_drawing_is_plain_small_svg(name):
    """Plain shapes only, so the preview and WeasyPrint draw the same picture and nothing is fetched."""
    data = (DRAWINGS / name).read_bytes()
    assert len(data) < 8000
    root = ET.fromstring(data)
    tags = {el.tag.split("}")[1] for el in root.iter()}
    assert tags <= {"svg", "g", "path", "circle", "rect"}, tags
    assert b"href" not in data and b"<text" not in data and b"url(" not in data


def _figures(data: bytes) -> list[str]:
    """The alt words of every Figure in the PDF's structure tree."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    found, stack = [], [reader.trailer["/Root"]["/StructTreeRoot"]]
    while stack:
        node = stack.pop()
        if isinstance(node, pypdf.generic.IndirectObject):
            node = node.get_object()
        if isinstance(node, pypdf.generic.ArrayObject):
            stack.extend(node)
        elif isinstance(node, pypdf.generic.DictionaryObject):
            if node.get("/S") == "/Figure":
                found.append(str(node.get("/Alt", "")))
            if "/K" in node:
                stack.append(node["/K"])
    return found


@pytest.mark.parametrize(("language", "fields"), [
    ("en_GB", {"conditions": ("hip_replacement_posterior",), "weeks_since_event": 3}),  # later positions too
    ("ar", {"start_stage": 5}),
    ("zh_Hans", {"conditions": ("copd_breathlessness",), "start_stage": 4}),
])
def test_the_pdf_carries_one_tagged_figure_with_its_words_per_printed_position(app, language, fields):
    with app.test_request_context():
        plan = build_plan(plan_request(language=language, **fields))
        printed = [*plan.positions, *plan.later_positions]
        with force_locale(render.plan_locale(plan).translation_tag):
            expected = sorted(str(p.alt) for p in printed)
        figures = _figures(render.render_pdf(plan))
    assert sorted(figures) == expected
    assert all(figures)


def test_the_plan_json_names_each_drawing_and_what_it_shows(client):
    reply = client.post("/api/v1/plans", json={"fatigue": 2, "pain": 1, "start_stage": 5})
    assert reply.status_code == 200
    for p in reply.get_json()["positions"]:
        assert p["drawing"]["alt"]
        with client.get(p["drawing"]["url"]) as drawing:
            assert drawing.status_code == 200 and drawing.mimetype == "image/svg+xml"


def test_a_drawing_that_bends_your_hip_past_a_right_angle_is_kept_out_of_new_hip_plans():
    """The hip flexion measured from each pose (tools/draw_positions.py --angles): if the drawing of you
    bends the hip past 90 degrees, the position must carry the load that new-hip plans forbid."""
    tool = _tool()
    loads = {p.id: p.loads for p in POSITIONS}
    over = [(pid, figs["Y"]) for _n, pid, figs, _note in tool.angle_rows()
            if any(a is not None and a > 90.5 for a in figs["Y"])]
    assert all("hip_flexion_over_90" in loads[pid] for pid, _ in over), over
    assert tool.hip_flexion({"sh": [0, 0], "hip": [0, 38], "kn_n": [28, 38], "nose": [1, 0]}, "n") == 90
