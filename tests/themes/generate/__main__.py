"""Regenerate every theme under tests/themes/ from the repository root:

    python -m tests.themes.generate

Each examiner's generator deletes and rewrites its own theme directories;
the run is deterministic, so `git status tests/themes` stays clean unless a
generator changed.
"""

from __future__ import annotations

from . import first_examiner, second_examiner, third_examiner
from .portal import check_real_article


def main() -> None:
    check_real_article()
    first_examiner.generate()
    second_examiner.generate()
    third_examiner.generate()


if __name__ == "__main__":
    main()
