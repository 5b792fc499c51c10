"""Send a built PDF to the printer the user chose — as vector pages.

ReportLab builds every printout as a PDF; painting that PDF's pages as images onto a
``QPrinter`` made a two-page sign-in sheet 1 MB instead of 46 KB, blurred the text
and was slow to spool. So, in order of preference:

1. **Print to file** (the print dialog's PDF output): the PDF itself, or the chosen
   pages copied out of it, written owner-only (it names clients).
2. **A CUPS printer** (Linux, macOS): the PDF goes to ``lp``, which every CUPS
   system has; CUPS's filters render it at the printer's own resolution. Copies,
   collation, two-sided printing, colour mode and the page range follow the dialog.
3. **Otherwise** (Windows, or ``lp`` refused the job): the pages are rendered at the
   printer's resolution, one at a time, and painted on the ``QPrinter``.

Everything here runs on a worker thread (``Executor.run_in_background``): QPainter
may paint on a ``QPrinter`` outside the GUI thread, and nothing touches a widget.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtPrintSupport import QPrinter

from clinicdesk import private_files
from ui import pdf_pages

log = logging.getLogger(__name__)

RASTER_DPI_CAP = 600.0  # an A4 page at 600 dpi is already a 139 MB bitmap
LP_TIMEOUT_S = 60


class Route(Enum):
    FILE = "file"
    CUPS = "cups"
    RASTER = "raster"


@dataclass(frozen=True)
class Job:
    """What the print dialog chose, read on the GUI thread (plain values only)."""

    route: Route
    pages: tuple[int, ...]  # 1-based, in print order
    title: str
    file: str = ""
    printer: str = ""
    copies: int = 1
    collate: bool = True
    duplex: str = ""  # "", "one-sided", "two-sided-long-edge", "two-sided-short-edge"
    grayscale: bool = False


def lp_command() -> str | None:
    return None if sys.platform == "win32" else shutil.which("lp")


def chosen_pages(printer: QPrinter, total: int) -> tuple[int, ...]:
    first, last = printer.fromPage(), printer.toPage()
    if first > 0 and last >= first:  # the user chose a range
        return tuple(range(first, min(last, total) + 1))
    return tuple(range(1, total + 1))


_DUPLEX = {
    QPrinter.DuplexMode.DuplexNone: "one-sided",
    QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
}


def plan(printer: QPrinter, total: int, title: str) -> Job:
    """Decide how to print, from the printer the dialog configured (GUI thread)."""
    pages = chosen_pages(printer, total)
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return Job(Route.FILE, pages, title, file=printer.outputFileName())
    name = printer.printerName()
    route = Route.CUPS if name and lp_command() else Route.RASTER
    return Job(
        route,
        pages,
        title,
        printer=name,
        copies=max(1, printer.copyCount()),
        collate=printer.collateCopies(),
        duplex=_DUPLEX.get(printer.duplex(), ""),
        grayscale=printer.colorMode() == QPrinter.ColorMode.GrayScale,
    )


def lp_arguments(job: Job) -> list[str]:
    args = [lp_command() or "lp", "-d", job.printer, "-t", job.title[:100]]
    if job.copies > 1:
        args += ["-n", str(job.copies), "-o", f"collate={'true' if job.collate else 'false'}"]
    if job.duplex:
        args += ["-o", f"sides={job.duplex}"]
    if job.grayscale:
        args += ["-o", "print-color-mode=monochrome"]
    return [*args, "-o", "fit-to-page"]  # no file name: the PDF comes on standard input


def send_to_cups(job: Job, data: bytes) -> bool:
    """``lp`` the PDF (the chosen pages); False if CUPS refused it."""
    try:
        done = subprocess.run(
            lp_arguments(job),
            input=pdf_pages.select_pages(data, job.pages),
            capture_output=True,
            timeout=LP_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        log.warning("lp could not be run")
        return False
    if done.returncode != 0:
        log.warning("lp refused the print job (exit %s)", done.returncode)
        return False
    return True


def paint_raster(printer: QPrinter, data: bytes, pages: Sequence[int]) -> bool:
    """The fall-back: each page rendered at the printer's resolution, then painted."""
    from PySide6.QtGui import QPainter

    dpi = min(float(printer.resolution()), RASTER_DPI_CAP)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for i, image in enumerate(pdf_pages.render_pages(data, pages, dpi)):
            if i:
                printer.newPage()
            area = QRectF(painter.viewport())
            # Keep the page's proportions inside the printable area.
            scale = min(area.width() / image.width(), area.height() / image.height())
            painter.drawImage(QRectF(0, 0, image.width() * scale, image.height() * scale), image)
    finally:
        painter.end()
    return True


def print_pdf(printer: QPrinter, job: Job, data: bytes) -> Route | None:
    """Worker: print ``data`` as ``job`` says; the route taken, or None on failure."""
    if job.route is Route.FILE:
        private_files.write_atomically(Path(job.file), pdf_pages.select_pages(data, job.pages))
        return Route.FILE
    if job.route is Route.CUPS and send_to_cups(job, data):
        return Route.CUPS
    return Route.RASTER if paint_raster(printer, data, job.pages) else None
