"""The build's one step beyond pyproject.toml: compile the translations.

``build_py`` compiles every ``.ts`` (``pyside6-lrelease`` → ``.qm``) and ``.po``
(Babel → ``.mo``) into the build directory, so the wheel — and the installer, which
bundles the installed package — ships them. The compiled files are not in git.
"""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "scripts"))


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        import i18n_tools

        target = Path(self.build_lib)
        for path in i18n_tools.compile_all(ROOT, target):
            self.announce(f"compiled {path.relative_to(target)}", level=2)


setup(cmdclass={"build_py": BuildPyWithTranslations})
