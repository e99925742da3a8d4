"""``flask plan render``: the same request, the same validation, from a terminal."""

from __future__ import annotations

import json

from tests.conftest import pdf_text


def test_render_writes_a_pdf_and_the_plan_json(runner, tmp_path):
    request = tmp_path / "request.json"
    request.write_text(json.dumps({"fatigue": 2, "pain": 1, "conditions": ["copd_breathlessness"], "start_date": "2026-11-23"}))
    pdf, plan = tmp_path / "plan.pdf", tmp_path / "plan.json"
    result = runner.invoke(args=["plan", "render", str(request), "-o", str(pdf), "--json", str(plan)])
    assert result.exit_code == 0, result.output
    data = json.loads(plan.read_text())
    assert "inhaler_first" in {r["id"] for r in data["rest"]}
    assert "reliever inhaler" in pdf_text(pdf.read_bytes())


def test_bad_input_exits_2_with_one_line_per_problem(runner, tmp_path):
    request = tmp_path / "request.json"
    request.write_text(json.dumps({"fatigue": 12, "weeks": "six", "conditions": ["flu"]}))
    result = runner.invoke(args=["plan", "render", str(request), "-o", str(tmp_path / "x.pdf")])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert {line.split(":")[0] for line in lines} == {"fatigue", "pain", "weeks", "conditions"}
    assert not (tmp_path / "x.pdf").exists()


def test_not_json_exits_2(runner, tmp_path):
    request = tmp_path / "request.json"
    request.write_text("{fatigue: 3")
    result = runner.invoke(args=["plan", "render", str(request), "-o", str(tmp_path / "x.pdf")])
    assert result.exit_code == 2
    assert "not valid JSON" in result.output


def test_missing_file_exits_2(runner, tmp_path):
    result = runner.invoke(args=["plan", "render", str(tmp_path / "none.json"), "-o", str(tmp_path / "x.pdf")])
    assert result.exit_code == 2
    assert "cannot read" in result.output
