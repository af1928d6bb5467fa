"""The data tests read the annotation files with scripts/annotaties_check.py: load it once,
as the module `annotaties_check`, so every test module imports the same one."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

if "annotaties_check" not in sys.modules:
    _spec = importlib.util.spec_from_file_location("annotaties_check", ROOT / "scripts" / "annotaties_check.py")
    _module = importlib.util.module_from_spec(_spec)
    sys.modules["annotaties_check"] = _module  # dataclasses need the module registered
    _spec.loader.exec_module(_module)
