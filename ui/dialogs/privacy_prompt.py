"""The privacy check's prompt (issue 17): names of other members found in a text.

Shown when signing (``NamesInNotes``) or producing a group letter (``NamesInLetter``)
was refused because the text names group members. Each text with hits is shown with
the names highlighted and where the text goes ("copied into every attendee's chart",
"in Ana Ruiz's chart"). The writer either goes back to edit, or goes ahead with a
reason, which the service records. The decision itself is the service's: this dialog
only collects the reason.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.name_check import NameHit, TextKind
from ui import theme
from ui.widgets.dialog import Dialog


def highlighted_html(text: str, hits: Sequence[NameHit]) -> str:
    """``text`` as HTML with each hit marked (hits may overlap: the first wins)."""
    colour = theme.colors().warning_border
    out: list[str] = []
    pos = 0
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if hit.start < pos:
            continue
        out.append(html.escape(text[pos : hit.start]))
        out.append(
            f'<span style="background-color:{colour}; font-weight:bold">'
            f"{html.escape(text[hit.start : hit.end])}</span>"
        )
        pos = hit.end
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br>")


class PrivacyPromptDialog(Dialog):
    """Hits per text, highlighted; "Edit" (reject) or "… anyway" with a reason (accept).

    ``texts`` maps (kind, subject id) to the text checked; ``names`` maps a client id to
    the name shown to the writer (staff see full names; the member never sees this).
    """

    def __init__(
        self,
        hits: Sequence[NameHit],
        texts: Mapping[tuple[TextKind, str], str],
        names: Mapping[str, str],
        *,
        anyway_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PrivacyPromptDialog")
        self.setWindowTitle(self.tr("Other members are named"))
        self.resize(640, 520)
        intro = QLabel(
            self.tr(
                "These texts name other group members. An individual note lands in one "
                "client's chart; the group note and a letter reach every member. Edit the "
                "text, or go ahead and give the reason (it is recorded)."
            )
        )
        intro.setWordWrap(True)
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Texts with the names found"))
        self.view.setHtml(self._html(hits, texts, names))
        reason_label = QLabel(self.tr("&Reason to go ahead anyway:"))
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(
            self.tr("e.g. the member asked to be mentioned; consent is on file")
        )
        self.reason.setFixedHeight(70)
        reason_label.setBuddy(self.reason)
        buttons = QDialogButtonBox()
        self.edit_button = QPushButton(self.tr("&Edit the text"))
        self.anyway_button = QPushButton(anyway_text)
        self.anyway_button.setProperty("role", "danger")
        self.anyway_button.setEnabled(False)
        buttons.addButton(self.edit_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.anyway_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.edit_button.clicked.connect(self.reject)
        self.anyway_button.clicked.connect(self.accept)
        self.reason.textChanged.connect(
            lambda: self.anyway_button.setEnabled(bool(self.reason.toPlainText().strip()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.edit_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def _where(self, kind: TextKind, subject_id: str, names: Mapping[str, str]) -> str:
        if kind is TextKind.GROUP_NOTE:
            return self.tr("Group note — copied into every attendee's chart")
        if kind is TextKind.LETTER:
            return self.tr("The letter — every member receives it")
        return self.tr("Individual note — in {name}'s chart").format(
            name=names.get(subject_id, self.tr("a client"))
        )

    def _html(
        self,
        hits: Sequence[NameHit],
        texts: Mapping[tuple[TextKind, str], str],
        names: Mapping[str, str],
    ) -> str:
        parts: list[str] = []
        order: list[tuple[TextKind, str]] = []
        for hit in hits:
            key = (hit.kind, hit.subject_id)
            if key not in order:
                order.append(key)
        for key in order:
            these = [h for h in hits if (h.kind, h.subject_id) == key]
            named = sorted({names.get(h.person_id, "?") for h in these})
            parts.append(f"<h4>{html.escape(self._where(key[0], key[1], names))}</h4>")
            parts.append(f"<p>{highlighted_html(texts.get(key, ''), these)}</p>")
            parts.append(
                "<p><i>"
                + html.escape(self.tr("Names: {names}").format(names=", ".join(named)))
                + "</i></p>"
            )
        return "".join(parts)


def ask_to_go_ahead(
    parent: QWidget,
    hits: Sequence[NameHit],
    texts: Mapping[tuple[TextKind, str], str],
    names: Mapping[str, str],
    *,
    anyway_text: str,
    on_reason: Callable[[str], None],
) -> PrivacyPromptDialog:
    """Open the prompt (window-modal); ``on_reason(reason)`` when the writer goes ahead."""
    dialog = PrivacyPromptDialog(hits, texts, names, anyway_text=anyway_text, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: on_reason(dialog.reason_text()))
    dialog.open()
    return dialog


def sign_refused(view, exc: BaseException, password: str, sign: Callable[..., None]) -> None:
    """The session view's sign failed: on a privacy-check refusal, show the hits and sign
    again with the reason when the leader goes ahead; any other error as before."""
    from clinicdesk.services.privacy import NamesInNotes

    if not isinstance(exc, NamesInNotes):
        view._failed_reload(exc)
        return
    detail = view.detail
    texts: dict[tuple[TextKind, str], str] = {(TextKind.GROUP_NOTE, ""): detail.group_note or ""}
    names: dict[str, str] = {}
    for row in detail.roster:
        names[str(row.client_id)] = f"{row.first_name} {row.last_name}"
        texts[(TextKind.INDIVIDUAL_NOTE, str(row.client_id))] = row.individual_note or ""
    view.privacy_prompt = ask_to_go_ahead(
        view,
        exc.hits,
        texts,
        names,
        anyway_text=view.tr("&Sign anyway"),
        on_reason=lambda reason: sign(password, reason),
    )
