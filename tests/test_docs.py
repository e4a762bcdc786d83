"""The README documents every setting and command."""
from __future__ import annotations

from pathlib import Path

from wiki.settings import SETTINGS

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_documented():
    missing = [s.env for s in SETTINGS if f"`{s.env}`" not in README]
    assert missing == []


def test_quick_start_has_the_two_commands_ci_runs():
    ci = (Path(__file__).parent.parent / ".ci" / "run").read_text()
    test_command = "python3 -m pip install -e '.[test]' && python3 -m pytest"
    assert test_command in README and test_command in ci
    assert "python3 -m pip install -e . && candour serve --demo" in README
