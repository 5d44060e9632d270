"""Loading one module of a dependency without its package's __init__, and the package still whole
for anyone who uses it afterwards. Each case runs in a fresh interpreter: imports are process state."""

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(code: str, path: Path | None = None) -> dict:
    """Run `code` in a new interpreter (the project and `path` importable); it prints one JSON value."""
    paths = [str(ROOT)] + ([str(path)] if path else [])
    prelude = f"import sys, json\nsys.path[:0] = {paths!r}\n"
    done = subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def _package(tmp_path: Path) -> Path:
    """pkg/__init__.py records that it ran and imports pkg.heavy; pkg/sub/leaf.py imports a sibling
    module of pkg the way Punkt does ("from nltk import pathsec")."""
    (tmp_path / "pkg" / "sub").mkdir(parents=True)
    (tmp_path / "pkg" / "__init__.py").write_text(
        "import sys\nsys.ran = getattr(sys, 'ran', []) + ['pkg']\nfrom pkg import heavy\nVALUE = 'from init'\n")
    (tmp_path / "pkg" / "heavy.py").write_text("import sys\nsys.ran = getattr(sys, 'ran', []) + ['heavy']\n")
    (tmp_path / "pkg" / "helper.py").write_text("NAME = 'helper'\n")
    (tmp_path / "pkg" / "other.py").write_text("import sys\nimport pkg\nORDER = list(sys.ran)\n")
    (tmp_path / "pkg" / "sub" / "__init__.py").write_text("import sys\nsys.ran = getattr(sys, 'ran', []) + ['sub']\n")
    (tmp_path / "pkg" / "sub" / "leaf.py").write_text("from pkg import helper\nLEAF = helper.NAME + ' leaf'\n")
    return tmp_path


def test_the_module_loads_without_its_packages_init(tmp_path):
    found = _run("""
        from quotes.deferred import submodule
        leaf = submodule("pkg.sub.leaf", ("pkg", "pkg.sub"))
        print(json.dumps([leaf.LEAF, getattr(sys, "ran", [])]))
    """, _package(tmp_path))
    assert found == ["helper leaf", []]


def test_the_package_finishes_its_init_when_a_name_of_it_is_used(tmp_path):
    found = _run("""
        from quotes.deferred import submodule
        submodule("pkg.sub.leaf", ("pkg", "pkg.sub"))
        import pkg
        from pkg.sub import leaf
        print(json.dumps([pkg.VALUE, pkg.heavy.__name__, leaf.LEAF, sys.ran]))
    """, _package(tmp_path))
    assert found == ["from init", "pkg.heavy", "helper leaf", ["pkg", "heavy", "sub"]]  # parents first


def test_another_submodule_import_runs_the_package_init_first(tmp_path):
    found = _run("""
        from quotes.deferred import submodule
        submodule("pkg.sub.leaf", ("pkg", "pkg.sub"))
        import pkg.other
        print(json.dumps(pkg.other.ORDER))
    """, _package(tmp_path))
    assert found == ["pkg", "heavy"]


def test_a_run_loads_neither_nltk_whole_nor_textblob_whole():
    """Punkt and TextBlob's analyser alone: nltk's __init__ (a third of a second, and numpy) stays out."""
    found = _run("""
        import quotes
        from analysis.sentiment import score
        found = quotes.extract('"It is a fine plan," Mr. Smith said. He said it would fail. She left.')
        tone = score("a great day")
        print(json.dumps([len(found), tone, "nltk.corpus" in sys.modules, "numpy" in sys.modules,
                          "textblob.blob" in sys.modules]))
    """)
    assert found == [2, [0.8, 0.75], False, False, False]


def test_nltk_and_textblob_are_whole_for_a_user_after_a_run():
    found = _run("""
        import quotes
        from analysis.sentiment import score
        quotes.extract('"It is a fine plan," Mr. Smith said.')
        score("a great day")
        import nltk
        from nltk import FreqDist
        from textblob import TextBlob
        print(json.dumps([FreqDist("aab")["a"], nltk.tokenize.punkt.__name__, "nltk.corpus" in sys.modules,
                          list(TextBlob("a great day").sentiment)]))
    """)
    assert found == [2, "nltk.tokenize.punkt", True, [0.8, 0.75]]
