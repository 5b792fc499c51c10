"""PDF pages as QImages, and page subsets, via PDFium (pypdfium2).

QtPdf is not part of the wheels we ship, and ReportLab only writes PDFs, so PDFium
rasterises them — for the preview, and for printing only when a printer cannot take
the PDF itself. Rendering runs on worker threads (QImage is safe off the GUI thread;
QPixmap is not), but PDFium itself is not thread-safe: every call goes through one lock.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator, Sequence
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


def render_pages(data: bytes, numbers: Sequence[int], dpi: float) -> Iterator[QImage]:
    """The pages ``numbers`` (1-based) one at a time, at ``dpi`` (bounded memory)."""
    scale = dpi / POINTS_PER_INCH
    for number in numbers:
        with _PDFIUM:
            document = pdfium.PdfDocument(data)
            try:
                page = document[number - 1]
                try:
                    image = _to_qimage(page, scale)
                finally:
                    page.close()
            finally:
                document.close()
        yield image


def select_pages(data: bytes, numbers: Sequence[int]) -> bytes:
    """A PDF of just the pages ``numbers`` (1-based), still vector (PDFium copies the
    page objects, fonts and all). All pages in order → ``data`` itself."""
    with _PDFIUM:
        source = pdfium.PdfDocument(data)
        try:
            if list(numbers) == list(range(1, len(source) + 1)):
                return data
            subset = pdfium.PdfDocument.new()
            try:
                subset.import_pages(source, [n - 1 for n in numbers])
                out = io.BytesIO()
                subset.save(out)
                return out.getvalue()
            finally:
                subset.close()
        finally:
            source.close()


def page_count(data: bytes) -> int:
    with _PDFIUM:
        document = pdfium.PdfDocument(data)
        try:
            return len(document)
        finally:
            document.close()
