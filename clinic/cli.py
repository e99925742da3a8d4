"""Command line: ``flask --app wsgi plan render REQUEST.json -o plan.pdf [--json plan.json]``
and ``flask --app wsgi translate extract|update|compile|init``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from clinic import ROOT, render
from clinic.forms import validate_json
from clinic.planner import build_plan

plan_cli = AppGroup("plan", help="Make plans from the command line.")
translate_cli = AppGroup("translate", help="Translation catalogs (pybabel with the right settings).")


@plan_cli.command("render")
@click.argument("request_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True, help="Where to write the PDF.")
@click.option("--json", "json_output", type=click.Path(dir_okay=False, path_type=Path), help="Also write the plan JSON here.")
def render_command(request_file: Path, output: Path, json_output: Path | None) -> None:
    """Render REQUEST_FILE (the contract's JSON request) to a PDF."""
    # Forms, translations and url_for expect a request: give them a local one.
    with current_app.test_request_context():
        _render(request_file, output, json_output)


def _render(request_file: Path, output: Path, json_output: Path | None) -> None:
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
    plan = build_plan(plan_request)
    try:
        output.write_bytes(render.render_pdf(plan))
        if json_output:
            json_output.write_text(json.dumps(render.plan_to_json(plan), ensure_ascii=False, indent=2), encoding="utf-8")
    except OSError as exc:
        click.echo(f"{exc.filename}: cannot write ({exc.strerror})", err=True)
        sys.exit(2)
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

