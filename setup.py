"""Build: the hot modules compiled to C with mypyc where a C compiler is at hand, else pure Python.

Everything else about the package is in setup.cfg. Extraction is rule code over tokens, where the
interpreter's overhead is most of the time; compiled, the same source runs about twice as fast and
gives the same output (tests/test_compiled.py compares the two). Compiling needs gcc or clang and
the Python headers: without them, or with QUOTES_PURE_PYTHON=1 set, the package installs as plain
Python and works the same, only slower.
"""

from __future__ import annotations

import os
import sys

from setuptools import setup
from setuptools.command.build_ext import build_ext

# The modules a run spends its time in (see benchmarks/bench.py); each must type-check cleanly.
COMPILED = [*(f"quotes/{name}.py" for name in ("model", "tokens", "wordclass", "sentences", "names", "chains", "speechverbs", "verbgroups",
                                               "forwardphrases", "nounphrases", "phrases", "appositions", "quantities", "titles", "verbslots", "clauses", "writerclauses", "cuegaps", "proforms", "nextacts", "addressees", "contentcommas", "contents", "sources", "resumptions", "marks",
                                               "kinds", "records", "claims", "mentions", "cuewords", "accordingto", "reported", "sieve", "carried", "attribution", "continuations",
                                               "companies", "reporters", "entities", "cast", "castlookups", "epithets", "heads", "earlierspeakers", "speakers", "frames", "acronyms")),
            "analysis/patternscore.py", "analysis/utterances.py", "analysis/cells.py", "analysis/counts.py",
            "analysis/sentiment.py", "analysis/reports.py"]


class OptionalBuildExt(build_ext):
    """Compiles what it can; on any compiler failure it leaves the pure-Python modules in place."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:  # no compiler, no headers: the .py files are the package
            self._fall_back(error)

    def _fall_back(self, error: Exception) -> None:
        print(f"quotes: compiling skipped ({error}); installing pure Python", file=sys.stderr)
        for extension in self.extensions:
            built = self.get_ext_fullpath(extension.name)
            if os.path.exists(built):
                os.remove(built)
        self.extensions = []


def _extensions() -> list:
    if os.environ.get("QUOTES_PURE_PYTHON"):
        return []
    try:
        from mypyc.build import mypycify

        # Only the compiled modules are type-checked: the modules they import are read, not judged.
        return mypycify(["--ignore-missing-imports", "--follow-imports=silent",
                         *COMPILED], opt_level="3")
    except (SystemExit, Exception) as error:  # mypyc missing, or refusing a module
        print(f"quotes: compiling skipped ({error!r}); installing pure Python", file=sys.stderr)
        return []


setup(ext_modules=_extensions(), cmdclass={"build_ext": OptionalBuildExt})
