"""Imported first by every benchmark script.

Run as ``python bench/<name>.py``, Python puts bench/ first on sys.path,
where bench/archive.py would shadow the ``archive`` package being measured.
This puts the project root there instead.
"""

import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))
