"""Render the app icon's PNGs, .ico and .icns from resources/icons/clientela.svg.

Run after changing the SVG: ``.venv/bin/python packaging/make_icons.py``. The outputs are
committed, so building a bundle or a package needs neither this script nor a display.
Qt draws the SVG (Pillow cannot read SVG); Pillow writes the Windows and macOS containers.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "clientela.svg"
# The freedesktop hicolor theme's usual sizes; the .deb installs each one.
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest a Windows .ico holds


def png_path(size: int) -> Path:
    return ICONS / f"clientela-{size}.png"


def render_pngs() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    for size in HICOLOR_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(png_path(size)))


def write_containers() -> None:
    from PIL import Image

    largest = Image.open(png_path(max(HICOLOR_SIZES)))
    # Each size drawn by Qt from the vector, not scaled down by Pillow: small sizes stay sharp.
    ico_frames = [Image.open(png_path(size)) for size in ICO_SIZES]
    ico_frames[-1].save(
        ICONS / "clientela.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=ico_frames[:-1],
    )
    # macOS picks the frame closest to what it draws; give it Qt's renderings, not upscales.
    largest.save(
        ICONS / "clientela.icns",
        append_images=[Image.open(png_path(size)) for size in HICOLOR_SIZES[:-1]],
    )


if __name__ == "__main__":
    render_pngs()
    write_containers()
    print(f"icons written to {ICONS}")
