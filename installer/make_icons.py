"""Render the application icon for every platform from its one source, the SVG.

``python installer/make_icons.py`` (``make icons``) writes, from
``clinicdesk/resources/icons/clinicdesk.svg`` (the icon the running application uses):

* ``installer/icons/hicolor/<N>x<N>/apps/org.clinicdesk.ClinicDesk.png`` for the
  freedesktop icon theme (16 … 512) and ``…/scalable/apps/…svg``;
* ``installer/icons/clinicdesk.ico`` (Windows: 16 … 256 in one file);
* ``installer/icons/clinicdesk.icns`` (macOS: 16 … 1024).

The outputs are committed, so the Windows and macOS builds need nothing but Python;
``tests/packaging/test_installer_files.py`` fails when they are older than the SVG.
Qt renders the SVG (as the application does); Pillow writes the ICO and ICNS files.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "clinicdesk" / "resources" / "icons" / "clinicdesk.svg"
OUT = ROOT / "installer" / "icons"
APP_ID = "org.clinicdesk.ClinicDesk"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
STAMP = OUT / "SOURCE.sha256"


def source_digest() -> str:
    return hashlib.sha256(SOURCE.read_bytes()).hexdigest()


def render(size: int) -> bytes:
    """PNG bytes of the SVG at ``size``×``size`` pixels."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    pngs = {size: render(size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    hicolor = OUT / "hicolor"
    if hicolor.exists():
        shutil.rmtree(hicolor)
    for size in PNG_SIZES:
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        (folder / f"{APP_ID}.png").write_bytes(pngs[size])
    scalable = hicolor / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copyfile(SOURCE, scalable / f"{APP_ID}.svg")

    images = {size: Image.open(io.BytesIO(pngs[size])).convert("RGBA") for size in pngs}
    largest = images[max(ICO_SIZES)]
    largest.save(
        OUT / "clinicdesk.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    images[max(ICNS_SIZES)].save(
        OUT / "clinicdesk.icns",
        format="ICNS",
        append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)],
    )
    STAMP.write_text(f"{source_digest()}  clinicdesk/resources/icons/clinicdesk.svg\n")
    print(f"icons written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
