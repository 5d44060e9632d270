"""Import one submodule of a dependency without running its package's `__init__` until it is used.

NLTK's package `__init__` imports most of NLTK (and numpy): a third of a second, about a third of a
one-article run, for the one module we use (Punkt). TextBlob's `__init__` imports NLTK too, though
its sentiment analyser needs nothing but the standard library. `submodule` loads just the module
asked for. The packages it skips are placed in `sys.modules` as they would be mid-import, and
finish their own `__init__` the first time anyone reads a name they define: a notebook that
imports nltk after a run gets the whole of nltk, as usual.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
from types import ModuleType

__all__ = ["submodule"]

_LOCK = threading.RLock()
_IMPORTING: list[str] = []  # the `submodule` import under way (under the lock): its own imports of siblings


class _Unfinished(ModuleType):
    """A package whose `__init__` has not run yet. The first name looked up that it does not hold
    runs the `__init__`, in this same module object, as a plain import would have. Its `__path__`
    is held back too: any other import of one of its submodules (`import nltk.corpus`) asks for it
    and so finishes the package first, in the order a plain import has. Only the import `submodule`
    makes gets the path, and the sibling modules it imports, without the `__init__`."""

    def __getattr__(self, name: str) -> object:
        with _LOCK:
            spec = self.__spec__
            assert spec is not None and spec.loader is not None
            if _IMPORTING and name == "__path__":
                return spec.submodule_search_locations
            if _IMPORTING and _is_submodule(self.__name__, name):
                raise AttributeError(name)  # "from nltk import pathsec" in the module asked for: import just that
            _finish(self)
        return ModuleType.__getattribute__(self, name)


def _finish(module: ModuleType) -> None:
    """Run a package's `__init__`, its parent's first (the order of a plain import)."""
    if type(module) is not _Unfinished:
        return
    parent = sys.modules.get(module.__name__.rpartition(".")[0])
    if parent is not None:
        _finish(parent)
    spec = module.__spec__
    assert spec is not None and spec.loader is not None
    module.__class__ = ModuleType  # type: ignore[assignment]
    module.__path__ = list(spec.submodule_search_locations or ())
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(spec.name, None)  # as a failed plain import leaves it
        raise


def _is_submodule(package: str, name: str) -> bool:
    return not name.startswith("__") and importlib.util.find_spec(f"{package}.{name}") is not None


def submodule(name: str, skipped: tuple[str, ...]) -> ModuleType:
    """Import `name` ("nltk.tokenize.punkt"); the packages in `skipped` ("nltk", "nltk.tokenize"),
    parents of it that are not imported yet, are entered without their `__init__` (see module doc).

    A package already imported is used as it is; one that cannot be found is left to the plain
    import, which raises the usual ImportError.
    """
    with _LOCK:
        _IMPORTING.append(name)
        try:
            return _import(name, skipped)
        finally:
            _IMPORTING.pop()


def _import(name: str, skipped: tuple[str, ...]) -> ModuleType:
    for package in skipped:
        if package in sys.modules:
            continue
        spec = importlib.util.find_spec(package)
        if spec is None or spec.loader is None or spec.submodule_search_locations is None:
            break
        module = importlib.util.module_from_spec(spec)
        del module.__path__  # (see `_Unfinished`)
        module.__class__ = _Unfinished
        sys.modules[package] = module
        parent, _, child = package.rpartition(".")
        if parent:
            setattr(sys.modules[parent], child, module)
    return importlib.import_module(name)

