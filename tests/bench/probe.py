"""Run a bench script again in a fresh interpreter as its probe, and read what it measured.

``run_probe(script, *args)`` runs ``python script --probe *args`` (headless Qt unless told otherwise)
and returns the JSON object the probe printed last, or raises ``ProbeFailed`` with the end of its stderr.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class ProbeFailed(Exception):
    pass


def run_probe(script: str, *args: str) -> dict:
    run = subprocess.run([sys.executable, script, "--probe", *args], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")})
    if run.returncode:
        raise ProbeFailed(run.stderr[-800:])
    return json.loads(run.stdout.strip().splitlines()[-1])
