"""PDF pages as QImages, via PDFium (pypdfium2): the print preview's only renderer.

QtPdf is not part of the wheels we ship, and ReportLab only writes PDFs, so PDFium
rasterises them. Rendering runs on worker threads (QImage is safe off the GUI thread;
QPixmap is not), but PDFium itself is not thread-safe: every call goes through one lock.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import pypdfium2 as pdfium
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage

_PDFIUM = threading.Lock()
POINTS_PER_INCH = 72.0


@dataclass(frozen=True, slots=True)
class RenderedPdf:
    """The PDF bytes and each page rasterised at ``dpi`` (plus its size in points)."""

    data: bytes
    dpi: float
    pages: tuple[QImage, ...]
    page_sizes: tuple[QSizeF, ...]

    @property
    def page_count(self) -> int:
        return len(self.pages)


def _to_qimage(page: pdfium.PdfPage, scale: float) -> QImage:
    # rev_byteorder + prefer_bgrx → 4-byte RGBX, which QImage reads without conversion.
    bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
    image = QImage(
        bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
    )
    return image.copy()  # detach from PDFium's buffer before it is freed


def render_pdf(data: bytes, dpi: float) -> RenderedPdf:
    """Every page of ``data`` as a QImage at ``dpi`` (call from a worker thread)."""
    scale = dpi / POINTS_PER_INCH
    images: list[QImage] = []
    sizes: list[QSizeF] = []
    with _PDFIUM:
        document = pdfium.PdfDocument(data)
        try:
            for index in range(len(document)):
                page = document[index]
                try:
                    width, height = page.get_size()
                    sizes.append(QSizeF(width, height))
                    images.append(_to_qimage(page, scale))
                finally:
                    page.close()
        finally:
            document.close()
    return RenderedPdf(data, dpi, tuple(images), tuple(sizes))
