"""The shared print preview: build a PDF off the GUI thread, show its pages, print or save.

Any tab calls ``show_pdf_preview(self, ctx, title, build)`` where ``build()`` returns the
PDF bytes (usually a ``clinicdesk.services.printouts`` call bound with ``functools.partial``).
The dialog opens at once with a "Preparing…" cover; the PDF is built and rasterised on a
worker, then pages appear in a scroll area. Print sends the PDF itself — to the file of
"print to file", or to CUPS — and paints page images on the ``QPrinter`` only as a
fall-back (``ui.printer_output``); Save as PDF writes the very bytes that were built, so
the saved file is the real vector document.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clinicdesk import i18n as core_i18n
from clinicdesk import private_files
from clinicdesk.domain.errors import ClinicDeskError
from ui import errors, printer_output, theme
from ui.context import AppContext
from ui.pdf_pages import POINTS_PER_INCH, RenderedPdf, render_pdf
from ui.widgets.busy import BusyOverlay
from ui.widgets.dialog import Dialog
from ui.widgets.language_choice import DocumentLanguageCombo

log = logging.getLogger(__name__)

# Pages are rasterised once, sharp enough for 200 % on a normal screen; zooming only
# rescales the pixmaps, so it is instant and needs no PDFium call.
PREVIEW_DPI = 192.0
SCREEN_DPI = 96.0
ZOOM_STEPS = (50, 75, 100, 125, 150, 200)


def _build_and_render(build: Callable[[], bytes], language: str | None = None) -> RenderedPdf:
    """Worker: the PDF bytes (in ``language``; None: the screen's) and their images.

    The language is a context variable set here, on the worker: the printout is in it,
    the screen and every other job stay in theirs (``clinicdesk.i18n.language``)."""
    with core_i18n.language(language):
        data = build()
    return render_pdf(data, PREVIEW_DPI)


class _PageLabel(QLabel):
    """One page on a white sheet with a thin border (a QLabel keeps it accessible)."""

    def __init__(self, number: int, total: int) -> None:
        super().__init__()
        self.setObjectName("PreviewPage")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)  # white paper: app.qss
        self.setAccessibleName(self.tr("Page {n} of {total}").format(n=number, total=total))


class PdfPreviewDialog(Dialog):
    """A non-modal window with the PDF's pages, zoom, Print and Save as PDF…

    ``rendered`` holds the built document once ready (``ready`` tells); tests and
    callers can read ``rendered.data`` and ``page_count()``. With ``choose_language``
    a Language box (English, Français, Nederlands; the screen's at first) rebuilds the
    document in the chosen language — a handout in the client's language.
    """

    def __init__(
        self,
        parent: QWidget | None,
        ctx: AppContext,
        title: str,
        build: Callable[[], bytes],
        *,
        suggested_name: str = "",
        choose_language: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._build = build
        self._suggested = suggested_name or _file_name(title)
        self.rendered: RenderedPdf | None = None
        self._printer: QPrinter | None = None
        self._pages: list[_PageLabel] = []
        self._key = ("print_preview", id(self))
        self.setObjectName("PrintPreview")
        self.setWindowTitle(self.tr("Print preview — {title}").format(title=title))
        self.setAccessibleName(self.windowTitle())
        self.resize(900, 760)

        self.print_button = QPushButton(theme.icon("print", on_accent=True), self.tr("&Print…"))
        self.print_button.setProperty("role", "primary")
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setToolTip(self.tr("Print (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("Save the document as a PDF file (Ctrl+S)"))
        self.zoom = QComboBox()
        self.zoom.setAccessibleName(self.tr("Zoom"))
        for step in ZOOM_STEPS:
            self.zoom.addItem(f"{step} %", step)
        self.zoom.setCurrentIndex(ZOOM_STEPS.index(100))
        self.zoom_out_button = QPushButton("−")
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+−)"))
        self.zoom_in_button = QPushButton("+")
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(max(36, button.sizeHint().width()))
        self.language: DocumentLanguageCombo | None = None
        if choose_language:
            self.language = DocumentLanguageCombo(self.tr("Language of the document"))
            self.language.setToolTip(
                self.tr("Print in another language, e.g. the client's; the screen stays as it is")
            )
            self.language.currentIndexChanged.connect(self._language_changed)
        self.page_info = QLabel(self.tr("Preparing…"))
        self.page_info.setProperty("role", "muted")
        close = QPushButton(self.tr("Close"))

        bar = QHBoxLayout()
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom)
        bar.addWidget(self.zoom_in_button)
        bar.addSpacing(12)
        if self.language is not None:
            language_label = QLabel(self.tr("&Language:"))
            language_label.setBuddy(self.language)
            bar.addWidget(language_label)
            bar.addWidget(self.language)
            bar.addSpacing(12)
        bar.addWidget(self.page_info)
        bar.addStretch()
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        bar.addWidget(close)

        self._sheet = QWidget(objectName="PreviewSheet")  # the desk colour: app.qss
        self._sheet.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._sheet_layout = QVBoxLayout(self._sheet)
        self._sheet_layout.setSpacing(16)
        self._sheet_layout.setContentsMargins(24, 24, 24, 24)
        self._sheet_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self._sheet)
        self.scroll.setAccessibleName(self.tr("Pages"))

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)

        self.busy = BusyOverlay(self.scroll)
        self.busy.track(ctx.executor, self._key, self.tr("Preparing the document…"))

        self.zoom_out_button.clicked.connect(lambda: self._step_zoom(-1))
        self.zoom_in_button.clicked.connect(lambda: self._step_zoom(+1))
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, activated=lambda: self._step_zoom(+1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, activated=lambda: self._step_zoom(-1))
        self.zoom.currentIndexChanged.connect(self._apply_zoom)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        close.clicked.connect(self.reject)
        self._set_ready(False)

    # ------------------------------------------------------------------ build

    def start(self, *, supersede: bool = False) -> None:
        """Build the PDF and its page images in the background."""
        self.ctx.executor.run_in_background(
            _build_and_render,
            self._build,
            self.document_language(),
            on_done=self._show_pages,
            on_error=self._failed,
            key=self._key,
            supersede=supersede,
        )

    def document_language(self) -> str | None:
        """The chosen language code, or None (no choice: the screen's)."""
        return None if self.language is None else self.language.value()

    def _language_changed(self) -> None:
        """Rebuild the document in the newly chosen language."""
        self.rendered = None
        self._set_ready(False)
        for label in self._pages:
            self._sheet_layout.removeWidget(label)
            label.deleteLater()
        self._pages = []
        self.page_info.setText(self.tr("Preparing…"))
        self.start(supersede=True)

    @property
    def ready(self) -> bool:
        return self.rendered is not None

    def page_count(self) -> int:
        return self.rendered.page_count if self.rendered else 0

    def zoom_percent(self) -> int:
        return int(self.zoom.currentData())

    def _set_ready(self, ready: bool) -> None:
        for widget in (self.print_button, self.save_button, self.zoom):
            widget.setEnabled(ready)

    def _show_pages(self, rendered: RenderedPdf) -> None:
        self.rendered = rendered
        total = rendered.page_count
        for number in range(1, total + 1):
            label = _PageLabel(number, total)
            self._pages.append(label)
            self._sheet_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        self.page_info.setText(self.tr("%n page(s)", "", total))
        self._set_ready(True)
        self._apply_zoom()
        self.print_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.page_info.setText(self.tr("The document could not be prepared."))
        errors.show_error(self, exc)
        if isinstance(exc, ClinicDeskError):
            self.reject()  # a refusal: nothing to preview

    # ------------------------------------------------------------------- zoom

    def _step_zoom(self, direction: int) -> None:
        index = self.zoom.currentIndex() + direction
        if 0 <= index < self.zoom.count():
            self.zoom.setCurrentIndex(index)

    def _apply_zoom(self) -> None:
        if self.rendered is None:
            return
        factor = self.zoom_percent() / 100 * SCREEN_DPI / POINTS_PER_INCH
        for label, image, size in zip(
            self._pages, self.rendered.pages, self.rendered.page_sizes, strict=True
        ):
            target = QSize(round(size.width() * factor), round(size.height() * factor))
            pixmap = QPixmap.fromImage(image).scaled(
                target,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            label.setPixmap(pixmap)
            label.setFixedSize(target + QSize(2, 2))

    # ------------------------------------------------------------ print, save

    def print_document(self) -> None:
        """Ask for a printer, then print every page."""
        if self.rendered is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count())
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
        finally:
            dialog.deleteLater()  # on the GUI thread, not whenever the GC gets to it
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Send the PDF to ``printer`` in the background (see ``ui.printer_output``)."""
        if self.rendered is None:
            return
        job = printer_output.plan(printer, self.page_count(), self.windowTitle())
        self._printer = printer  # kept alive while the worker paints on it
        self.ctx.executor.run_in_background(
            printer_output.print_pdf,
            printer,
            job,
            self.rendered.data,
            on_done=self._printed,
            key=(*self._key, "print"),
        )

    def _printed(self, route: printer_output.Route | None) -> None:
        self._printer = None
        if route is None:
            self.ctx.hub.status_message.emit(self.tr("The printer could not be opened."))
        elif route is printer_output.Route.FILE:
            self.ctx.hub.status_message.emit(self.tr("Printed to a file."))
        else:
            self.ctx.hub.status_message.emit(self.tr("Sent to the printer."))

    def save_as(self) -> None:
        if self.rendered is None:
            return
        start = str(Path(self.ctx.workstation.get("last_pdf_dir") or Path.home()) / self._suggested)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), start, self.tr("PDF documents (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write the built PDF (the vector original, not the preview images)."""
        if self.rendered is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            private_files.write_atomically(path, self.rendered.data)
        except OSError:
            log.warning("could not write a PDF file")
            errors.show_error(
                self,
                ClinicDeskError(
                    self.tr("The file could not be saved there. Choose another folder.")
                ),
            )
            return
        self.ctx.workstation.set("last_pdf_dir", str(path.parent))
        self.ctx.hub.status_message.emit(self.tr("Saved {name}.").format(name=path.name))


def _file_name(title: str) -> str:
    safe = "".join(c if c.isalnum() or c in " -_" else " " for c in title)
    return "-".join(safe.split()).lower()[:80] + ".pdf"


def show_pdf_preview(
    parent: QWidget | None,
    ctx: AppContext,
    title: str,
    build: Callable[[], bytes],
    *,
    suggested_name: str = "",
    choose_language: bool = False,
) -> PdfPreviewDialog:
    """Open a preview window for the PDF ``build()`` returns (built on a worker thread).

    The window is not modal, so staff can keep working while it is open; it deletes
    itself when closed.
    """
    dialog = PdfPreviewDialog(
        parent, ctx, title, build, suggested_name=suggested_name, choose_language=choose_language
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.start()
    return dialog
