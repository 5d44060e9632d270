"""The architecture is easy to see: data flows one way, and lexicons are data."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Each module may import only modules to its left (stages before it). cli wires everything.
ORDER = ["errors", "deferred", "lexicons", "wordclass", "model", "acronyms", "tokens", "marks", "punkt", "appositions", "quantities", "titles", "speechverbs", "verbgroups", "forwardphrases", "nounphrases", "phrases", "verbslots", "clauses", "writerclauses", "cuegaps", "proforms", "nextacts", "addressees", "sentences", "kinds", "records", "contentcommas", "contents", "sources", "resumptions", "claims", "mentions", "sieve", "carried", "attribution", "continuations", "cuewords", "accordingto", "reported", "names", "chains", "companies", "reporters", "entities", "cast", "castlookups", "epithets", "heads", "earlierspeakers", "speakers", "pipeline",
         "webpages", "inputs", "frames", "evaluation", "dask", "cli", "__main__", "__init__"]
_SOURCES = sorted([*(ROOT / "quotes").glob("*.py"), *(ROOT / "analysis").glob("*.py")])
ANALYSIS_ORDER = ["cells", "utterances", "namegender", "corpusnames", "partitions", "patternscore", "sentiment", "counts", "charts", "pages", "overview", "reports", "__init__"]


def imports_of(path: Path) -> set[str]:
    """The package modules `path` imports ("attribution", "tokens"), and "analysis" if it imports that."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1 and node.module:
                found.add(node.module.split(".")[0])
            elif node.level == 1:
                found.update(alias.name for alias in node.names)
            elif node.module and node.module.split(".")[0] == "quotes":
                found.add(node.module.split(".")[1] if "." in node.module else "__init__")
            elif node.module and node.module.split(".")[0] == "analysis":
                found.add("analysis")
        elif isinstance(node, ast.Import):
            found.update("analysis" for alias in node.names if alias.name.split(".")[0] == "analysis")
    return found


@pytest.mark.parametrize("path", sorted((ROOT / "quotes").glob("*.py")), ids=lambda path: path.name)
def test_quotes_modules_import_only_earlier_stages(path):
    name = path.stem
    if name not in ORDER:
        pytest.fail(f"quotes/{path.name} is not placed in the architecture ORDER of this test")
    allowed = set(ORDER[:ORDER.index(name)])
    local = {module for module in imports_of(path) if module in ORDER}
    assert local <= allowed, f"{name} imports later stages: {sorted(local - allowed)}"
    if name not in ("cli", "__main__"):
        assert "analysis" not in imports_of(path), f"quotes/{name} must not import analysis/"


@pytest.mark.parametrize("path", sorted((ROOT / "analysis").glob("*.py")), ids=lambda path: path.name)
def test_analysis_modules_import_only_earlier_stages(path):
    name = path.stem
    assert name in ANALYSIS_ORDER, f"analysis/{path.name} is not placed in ANALYSIS_ORDER"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    local = {node.module.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
             and node.level == 1 and node.module}
    assert local <= set(ANALYSIS_ORDER[:ANALYSIS_ORDER.index(name)]), f"{name} imports later stages"


# The modules that read the language: a list of three English words in them is a lexicon.
LANGUAGE_MODULES = {"wordclass", "tokens", "marks", "punkt", "sentences", "kinds", "appositions", "speechverbs", "forwardphrases", "nounphrases", "phrases", "verbslots", "clauses", "writerclauses", "cuegaps", "proforms", "nextacts", "addressees", "resumptions", "addressees", "mentions", "sieve", "carried", "attribution", "records", "contentcommas", "cuewords", "accordingto", "reported", "names", "chains", "companies", "reporters", "entities", "cast",
                    "castlookups", "epithets", "heads", "earlierspeakers", "speakers"}


def _word_lists(tree: ast.AST):
    """(line, words) of each set, list or tuple literal of lower-case words, except the names of our
    own values (`Literal[...]`, `__all__`, `__slots__`) and word endings (`str.endswith(("ing", "ed"))`)."""
    exempt: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript) and getattr(node.value, "id", "") == "Literal":
            exempt.update(id(child) for child in ast.walk(node.slice))
        elif isinstance(node, ast.Assign) and any(getattr(target, "id", "") in ("__all__", "__slots__") for target in node.targets):
            exempt.add(id(node.value))
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") in ("endswith", "startswith", "removesuffix"):
            exempt.update(id(argument) for argument in node.args)
    for node in ast.walk(tree):
        if isinstance(node, (ast.Set, ast.List, ast.Tuple)) and id(node) not in exempt:
            words = [element.value for element in node.elts if isinstance(element, ast.Constant)
                     and isinstance(element.value, str) and element.value.isalpha() and element.value.islower()]
            yield node.lineno, words


@pytest.mark.parametrize("path", _SOURCES, ids=lambda path: path.name)
def test_no_word_lists_in_code(path):
    """Lexicons are data files: three words of the language in a tuple belong in lexicons/ (elsewhere,
    where tuples name our own columns and options, a run of twelve)."""
    limit = 3 if path.parent.name == "quotes" and path.stem in LANGUAGE_MODULES else 12
    for line, words in _word_lists(ast.parse(path.read_text(encoding="utf-8"))):
        assert len(words) < limit, f"{path.name}:{line} holds a word list {words}; move it to lexicons/"


def test_no_catch_all_modules():
    for package in ("quotes", "analysis"):
        names = {path.stem for path in (ROOT / package).glob("*.py")}
        assert not names & {"utils", "helpers", "misc", "common"}



@pytest.mark.parametrize("path", _SOURCES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_modules_and_functions_stay_small(path):
    """A module past 800 lines holds more than one job, a function past 60 more than one step."""
    source = path.read_text(encoding="utf-8")
    assert len(source.splitlines()) <= 800, f"{path.name} has grown past 800 lines: split it along its sections"
    long = [f"{node.name} ({node.end_lineno - node.lineno + 1} lines)" for node in ast.walk(ast.parse(source))
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno >= 60]
    assert not long, f"{path.name}: functions over 60 lines: {long}"
