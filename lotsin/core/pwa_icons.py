"""Draws the app icons of the installable web app (PNG, standard library only).

Run once after changing the design and commit the files: `python -m lotsin.core.pwa_icons`.
Chromium installs a web app only with PNG icons of 192 and 512 pixels; Android crops a
"maskable" icon to a circle or squircle, so its glyph stays inside the inner 80 %.
"""

from __future__ import annotations

import math
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

ACCENT = (0x5A, 0x2D, 0x82)  # --accent in lotsin.css
WHITE = (0xFF, 0xFF, 0xFF)
FOLDER = Path(__file__).resolve().parent / "static" / "lotsin" / "icons"
SAMPLES = 4  # per axis: 16 samples per pixel smooth the edges


def _glyph(x: float, y: float) -> bool:
    """A bold "L" above a wave: the guide through unfamiliar waters. Unit square coordinates."""
    if 0.30 <= x <= 0.44 and 0.20 <= y <= 0.64:
        return True
    if 0.30 <= x <= 0.72 and 0.52 <= y <= 0.64:
        return True
    if 0.24 <= x <= 0.76:
        middle = 0.78 + 0.035 * math.sin(2 * math.pi * (x - 0.24) / 0.26)
        return abs(y - middle) <= 0.028
    return False


def _rounded_square(x: float, y: float, radius: float = 0.22) -> bool:
    dx = max(radius - x, 0.0, x - (1 - radius))
    dy = max(radius - y, 0.0, y - (1 - radius))
    return dx * dx + dy * dy <= radius * radius


def _pixels(size: int, inside_background: Callable[[float, float], bool], scale: float) -> bytes:
    rows = bytearray()
    step = 1 / (size * SAMPLES)
    for row in range(size):
        rows.append(0)  # PNG filter type "none"
        for column in range(size):
            background = glyph = 0
            for sy in range(SAMPLES):
                y = (row * SAMPLES + sy + 0.5) * step
                for sx in range(SAMPLES):
                    x = (column * SAMPLES + sx + 0.5) * step
                    if not inside_background(x, y):
                        continue
                    background += 1
                    if _glyph(0.5 + (x - 0.5) / scale, 0.5 + (y - 0.5) / scale):
                        glyph += 1
            if not background:
                rows += b"\0\0\0\0"
                continue
            share = glyph / background
            colour = [round(a + (b - a) * share) for a, b in zip(ACCENT, WHITE, strict=True)]
            rows += bytes([*colour, round(255 * background / SAMPLES**2)])
    return bytes(rows)


def png(size: int, *, purpose: str = "any") -> bytes:
    """An RGBA PNG: "any" is a rounded square, "maskable" and "apple" fill the whole square."""
    if purpose == "any":
        data = _pixels(size, _rounded_square, scale=1.0)
    else:
        data = _pixels(size, lambda x, y: True, scale=0.8 if purpose == "maskable" else 0.9)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(data, 9))
        + chunk(b"IEND", b"")
    )


ICONS = {
    "icon-192.png": (192, "any"),
    "icon-512.png": (512, "any"),
    "icon-maskable-512.png": (512, "maskable"),
    "apple-touch-icon.png": (180, "apple"),
}


def main() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for name, (size, purpose) in ICONS.items():
        (FOLDER / name).write_bytes(png(size, purpose=purpose))
        print(FOLDER / name)


if __name__ == "__main__":
    main()
