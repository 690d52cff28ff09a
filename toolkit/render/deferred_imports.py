"""fontTools' subsetter and variable-font tools imported when WeasyPrint first uses them, not when it is imported.

WeasyPrint 70 imports ``fontTools.subset`` and ``fontTools.varLib.instancer`` as it loads, about a quarter of
its import time (0.15 s of a cold resume PDF measured on this machine), but uses them only to subset a font
without HarfBuzz-Subset and to flatten a variable font. jobkit's Lato is a static font, and without
HarfBuzz-Subset jobkit embeds whole faces (``pdf.py``), so neither runs. ``defer_font_tools`` registers each as
a module that imports itself the first time anything of it is used (and then is the real module, in
``sys.modules`` too), so the PDF is made from the same code either way:
tests/render/test_deferred_imports.py renders with and without it and compares the bytes.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

# Imported whole on first use: WeasyPrint reaches them as attributes (``from fontTools import subset``).
_LAZY_MODULES = ("fontTools.subset", "fontTools.varLib")
# WeasyPrint takes a function from it by name at import (``from ... import instantiateVariableFont``), which would
# load a lazy module at once: a stand-in gives that name and loads the real module when it is called.
_STAND_IN = ("fontTools.varLib.instancer", ("instantiateVariableFont",))

_registered: list[str] = []


def defer_font_tools() -> None:
    """Register the deferred modules, unless one is imported already (then there is nothing to gain)."""
    names = [*_LAZY_MODULES, _STAND_IN[0]]
    if any(name in sys.modules for name in names):
        return
    import fontTools

    for name in _LAZY_MODULES:
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            return forget_deferred()
        spec.loader = importlib.util.LazyLoader(spec.loader)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        setattr(fontTools, name.rpartition(".")[2], module)
        _registered.append(name)
    name, functions = _STAND_IN
    stand_in = _StandIn(name, functions)
    # A package's __path__ is what ``from package import name`` looks for first: found here, it loads nothing.
    folder = Path(fontTools.__file__).parent.joinpath(*name.split(".")[1:])
    if (folder / "__init__.py").is_file():
        stand_in.__path__ = [str(folder)]
    sys.modules[name] = stand_in
    _registered.append(name)


def forget_deferred() -> None:
    """Take back every deferred module not yet loaded, so an import that follows is the ordinary one."""
    import fontTools

    while _registered:
        name = _registered.pop()
        module = sys.modules.get(name)
        if isinstance(module, _StandIn) or type(module).__name__ == "_LazyModule":
            del sys.modules[name]
            if getattr(fontTools, name.rpartition(".")[2], None) is module:
                delattr(fontTools, name.rpartition(".")[2])


class _StandIn(types.ModuleType):
    """Stands in ``sys.modules`` for a module until something of it is used; then the real one is imported."""

    def __init__(self, name: str, functions: tuple[str, ...]):
        super().__init__(name)
        for function in functions:
            setattr(self, function, self._calling_the_real(function))

    def _real(self) -> types.ModuleType:
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return importlib.import_module(self.__name__)

    def _calling_the_real(self, function: str) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            return getattr(self._real(), function)(*args, **kwargs)

        call.__name__ = call.__qualname__ = function
        return call

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._real(), attribute)
