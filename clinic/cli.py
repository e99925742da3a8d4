"""Command line: ``flask --app wsgi plan render REQUEST.json -o plan.pdf [--json plan.json]``
and ``flask --app wsgi translate extract|update|compile|init``."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from clinic import ROOT, render
from clinic.content.alerts import ALERT_IDS
from clinic.forms import validate_json
from clinic.planner import build_plan

plan_cli = AppGroup("plan", help="Make plans from the command line.")
translate_cli = AppGroup("translate", help="Translation catalogs (pybabel with the right settings).")


@plan_cli.command("render")
@click.argument("request_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True, help="Where to write the PDF.")
@click.option("--json", "json_output", type=click.Path(dir_okay=False, path_type=Path), help="Also write the plan JSON here.")
@click.option("--acknowledge", "acknowledged", multiple=True, metavar="ID",
              help="A stop alert you have reviewed (repeat for each); without it such a plan is not printed.")
def render_command(request_file: Path, output: Path, json_output: Path | None, acknowledged: tuple[str, ...]) -> None:
    """Render REQUEST_FILE (the contract's JSON request) to a PDF.

    Exit 0 on success, 2 on bad input, 3 when a stop alert is not acknowledged
    (the alerts are listed; the plan JSON is still written).
    """
    # Forms, translations and url_for expect a request: give them a local one.
    with current_app.test_request_context():
        _render(request_file, output, json_output, acknowledged)


def _render(request_file: Path, output: Path, json_output: Path | None, acknowledged: tuple[str, ...] = ()) -> None:
    problems = []
    try:
        data = json.loads(request_file.read_text(encoding="utf-8"))
    except OSError as exc:
        problems.append(f"{request_file}: cannot read the file ({exc.strerror or exc})")
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        problems.append(f"{request_file}: not valid JSON ({exc})")
    else:
        plan_request, errors = validate_json(data)
        for field, messages in errors.items():
            problems.extend(f"{field}: {message}" for message in messages)
    if problems:
        for line in problems:
            click.echo(line, err=True)
        sys.exit(2)
    if acknowledged:
        unknown = [a for a in acknowledged if a not in ALERT_IDS]
        if unknown:
            click.echo(f"--acknowledge: unknown alert {', '.join(unknown)} (known: {', '.join(ALERT_IDS)})", err=True)
            sys.exit(2)
        plan_request = replace(plan_request, acknowledged_alerts=tuple(
            dict.fromkeys((*plan_request.acknowledged_alerts, *acknowledged))))
    plan = build_plan(plan_request)
    stops = plan.unacknowledged_stops
    try:
        if json_output:
            json_output.write_text(json.dumps(render.plan_to_json(plan), ensure_ascii=False, indent=2), encoding="utf-8")
        if not stops:
            output.write_bytes(render.render_pdf(plan))
    except OSError as exc:
        click.echo(f"{exc.filename}: cannot write ({exc.strerror})", err=True)
        sys.exit(2)
    if stops:
        for alert in render.alerts_to_json(plan, only_unacknowledged_stops=True):
            click.echo(f"stop {alert['id']}: {alert['text']}", err=True)
        click.echo(f"not printed: review the alerts above, then add --acknowledge ID for each ({', '.join(a.id for a in stops)})",
                   err=True)
        sys.exit(3)
    click.echo(f"wrote {output}")


def _pybabel(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", *args], check=True, cwd=ROOT)


POT = "translations/messages.pot"


@translate_cli.command("extract")
def extract() -> None:
    """Collect every marked string into translations/messages.pot."""
    _pybabel("extract", "-F", "babel.cfg", "-k", "_l", "-k", "lazy_gettext", "-k", "lazy_ngettext:1,2", "--no-location",
             "--sort-output", "--project", "pacing-plan", "-o", POT, ".")


@translate_cli.command("update")
def update() -> None:
    """Extract, then merge new strings into every language's catalog."""
    extract.callback()
    _pybabel("update", "-i", POT, "-d", "translations", "--no-fuzzy-matching", "--ignore-obsolete")


@translate_cli.command("compile")
def compile_catalogs() -> None:
    """Compile every catalog to .mo (the app reads these)."""
    _pybabel("compile", "-d", "translations", "--statistics")


@translate_cli.command("init")
@click.argument("lang")
def init(lang: str) -> None:
    """Start a catalog for a new language."""
    _pybabel("init", "-i", POT, "-d", "translations", "-l", lang)


def init_app(app: Flask) -> None:
    app.cli.add_command(plan_cli)
    app.cli.add_command(translate_cli)

