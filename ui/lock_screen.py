"""What a locked ClinicDesk shows: an opaque curtain over every window, one unlock form.

The curtain is a child widget laid over a window's whole area, so the widgets below
(and whatever is typed in them) stay exactly as they were; they are only hidden.
``ui.autolock.AutoLock`` decides when to put curtains up and take them down.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import theme


class LockPanel(QFrame):
    """The unlock form: who is logged in, a password field, Unlock, Log out.

    Emits ``unlock_requested(password)``; the controller checks it in the background
    and calls ``show_error`` / ``set_checking``. Log out needs a second click, because
    unsaved work in open windows is discarded.
    """

    unlock_requested = Signal(str)
    logout_requested = Signal()

    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LockPanel")
        self.setFixedWidth(400)
        icon = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        icon.setPixmap(theme.icon("lock").pixmap(QSize(48, 48)))
        title = QLabel(self.tr("ClinicDesk is locked"), alignment=Qt.AlignmentFlag.AlignCenter)
        title.setProperty("role", "title")
        self.who = QLabel(who, alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.who.setProperty("role", "muted")
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setAccessibleName(self.tr("Password"))
        self.error = QLabel(wordWrap=True)
        self.error.setProperty("role", "error")
        self.error.setAccessibleName(self.tr("Unlock error"))
        self.error.hide()
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setProperty("role", "primary")
        self.unlock_button.setDefault(True)
        self.logout_button = QPushButton(self.tr("Log out instead"))
        self.logout_button.setFlat(True)
        self.logout_button.setProperty("role", "danger")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(10)
        layout.addWidget(icon)
        layout.addWidget(title)
        layout.addWidget(self.who)
        layout.addSpacing(8)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addWidget(self.unlock_button)
        layout.addSpacing(4)
        layout.addWidget(self.logout_button, 0, Qt.AlignmentFlag.AlignHCenter)

        self.password.returnPressed.connect(self._submit)
        self.unlock_button.clicked.connect(self._submit)
        self.logout_button.clicked.connect(self._logout_clicked)
        self._logout_armed = False

    def reset(self) -> None:
        self.password.clear()
        self.error.hide()
        self._logout_armed = False
        self.logout_button.setText(self.tr("Log out instead"))
        self.set_checking(False)

    def set_checking(self, checking: bool) -> None:
        self.password.setEnabled(not checking)
        self.unlock_button.setEnabled(not checking)
        self.unlock_button.setText(self.tr("Checking…") if checking else self.tr("&Unlock"))

    def show_error(self, message: str) -> None:
        self.set_checking(False)
        self.error.setText(message)
        self.error.show()
        self.password.selectAll()
        self.password.setFocus()

    def _submit(self) -> None:
        if not self.password.text():
            self.show_error(self.tr("Type your password to unlock."))
            return
        self.set_checking(True)
        self.unlock_requested.emit(self.password.text())

    def _logout_clicked(self) -> None:
        if not self._logout_armed:
            self._logout_armed = True
            self.logout_button.setText(self.tr("Click again to log out (unsaved changes are lost)"))
            return
        self.logout_requested.emit()


class LockCurtain(QWidget):
    """Opaque cover over one window; holds the ``LockPanel`` when it is the input window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("LockCurtain")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("ClinicDesk is locked"))
        self._note = QLabel(
            self.tr("ClinicDesk is locked.\nUnlock it in the main window."),
            alignment=Qt.AlignmentFlag.AlignCenter,
        )
        self._note.setProperty("role", "muted")
        self._layout = QVBoxLayout(self)
        self._layout.addStretch()
        self._layout.addWidget(self._note, 0, Qt.AlignmentFlag.AlignCenter)
        self._layout.addStretch()
        self.panel: LockPanel | None = None
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def hold_panel(self, panel: LockPanel) -> None:
        """Host the unlock form (it moves to whichever window can take input)."""
        self.panel = panel
        self._note.hide()
        self._layout.insertWidget(1, panel, 0, Qt.AlignmentFlag.AlignCenter)
        panel.show()
        panel.password.setFocus()

    def release_panel(self) -> None:
        if self.panel is not None:
            self._layout.removeWidget(self.panel)
            self.panel.setParent(None)
            self.panel = None
        self._note.show()
        self.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.parentWidget():
            self.setGeometry(self.parentWidget().rect())
            self.raise_()
        elif event.type() == QEvent.Type.ChildAdded and watched is self.parentWidget():
            self.raise_()  # a widget added under a locked window must not appear on top
        return False

    def focusNextPrevChild(self, next_: bool) -> bool:
        # Tab cycles inside the curtain; it never walks into the hidden widgets below.
        chain = [w for w in self.findChildren(QWidget) if w.isVisible() and w.isEnabled()]
        chain = [w for w in chain if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        if not chain:
            self.setFocus()
            return True
        current = QApplication.focusWidget()
        i = chain.index(current) if current in chain else -1
        chain[(i + (1 if next_ else -1)) % len(chain)].setFocus(Qt.FocusReason.TabFocusReason)
        return True
