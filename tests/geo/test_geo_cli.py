"""``python -m app geocode``: one line per name, JSON or readable, exit 0 on no match."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app.__main__ import main

REPO = Path(__file__).resolve().parents[2]


def lines(capsys) -> list[str]:
    return capsys.readouterr().out.splitlines()


def test_json_lines_in_order(capsys):
    assert main(["geocode", "--json", "Tonalá", "Xyzzyville", "Mexico", "ZMG"]) == 0
    out = [json.loads(line) for line in lines(capsys)]
    assert len(out) == 4
    assert out[0]["admin1"] == "Jalisco" and out[0]["geo_precision"] == 1
    assert out[1] is None
    assert out[2]["geo_precision"] == 4 and out[2]["country"] == "MX"
    assert out[3]["location"] == "Guadalajara" and out[3]["geo_precision"] == 2
    for record in (out[0], out[2], out[3]):
        assert {"location", "admin2", "admin1", "country", "latitude", "longitude",
                "geo_precision"} <= set(record)


def test_state_option(capsys):
    assert main(["geocode", "--json", "--state", "Chiapas", "Tonalá", "Guadalajara"]) == 0
    first, second = (json.loads(line) for line in lines(capsys))
    assert first["admin1"] == "Chiapas"
    assert second is None


def test_readable_output(capsys):
    assert main(["geocode", "La Piedad, Michoacán", "Xyzzyville"]) == 0
    first, second = lines(capsys)
    assert "La Piedad" in first and "Michoacán de Ocampo" in first and "precision 1" in first
    assert second == "Xyzzyville: no match"


def test_unknown_state_is_a_usage_error(capsys):
    assert main(["geocode", "--state", "Narnia", "Tonalá"]) == 2
    assert "unknown state" in capsys.readouterr().err


def test_as_a_subprocess():
    proc = subprocess.run([sys.executable, "-m", "app", "geocode", "--json", "Mexico-Stad", "Nowhere Town"],
                          cwd=REPO, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    first, second = proc.stdout.splitlines()
    assert json.loads(first)["admin1"] == "Ciudad de México"
    assert second == "null"
