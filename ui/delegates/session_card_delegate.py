"""Draws a session as a card on the day board: time, title, group, leaders, badges."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from clinicdesk.domain.enums import SessionStatus
from clinicdesk.services.sessions import SessionCard
from ui import theme
from ui.models.columns import RecordRole
from ui.models.sessions_models import time_range

CARD_HEIGHT = 104
MARGIN = 6
PAD = 10


class SessionCardDelegate(QStyledItemDelegate):
    """Paints ``RecordRole`` (a ``SessionCard``); cancelled cards are muted and struck."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(max(option.rect.width(), 200), CARD_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        card: SessionCard | None = index.data(RecordRole)
        if card is None:
            return super().paint(painter, option, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(MARGIN, MARGIN // 2, -MARGIN, -MARGIN // 2)
        cancelled = card.status == SessionStatus.CANCELLED
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        accent_text, accent_bg = theme.status_colours(card.status)
        colors = theme.colors()

        path = QPainterPath()
        path.addRoundedRect(rect, 6, 6)
        painter.fillPath(path, QColor(colors.selection if selected else colors.surface))
        painter.setPen(QPen(QColor(colors.accent if selected or focused else colors.border), 1.2))
        painter.drawPath(path)
        stripe = QRect(rect.left(), rect.top() + 6, 4, rect.height() - 12)
        painter.fillRect(stripe, QColor(accent_text if not cancelled else colors.border_strong))

        text_colour = QColor(colors.disabled_text if cancelled else colors.text)
        muted_colour = QColor(colors.disabled_text if cancelled else colors.muted)
        base = QFont(option.font)
        left = rect.left() + PAD + 4
        width = rect.width() - PAD * 2 - 4
        y = rect.top() + PAD

        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.9)
        painter.setFont(small)
        painter.setPen(muted_colour)
        fm_small = QFontMetrics(small)
        painter.drawText(
            QRect(left, y, width, fm_small.height()), Qt.AlignmentFlag.AlignLeft, time_range(card)
        )
        self._badge(painter, card, rect, y, small, accent_text, accent_bg)
        y += fm_small.height() + 2

        bold = QFont(base)
        bold.setBold(True)
        bold.setStrikeOut(cancelled)
        fm_bold = QFontMetrics(bold)
        painter.setFont(bold)
        painter.setPen(text_colour)
        title = fm_bold.elidedText(card.title, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(left, y, width, fm_bold.height()), Qt.AlignmentFlag.AlignLeft, title)
        y += fm_bold.height() + 2

        painter.setFont(small)
        painter.setPen(muted_colour)
        place = " · ".join(p for p in (card.group_name or "", card.location) if p)
        for line in (place, ", ".join(card.leaders) or self.tr("No leader yet")):
            if not line:
                continue
            painter.drawText(
                QRect(left, y, width, fm_small.height()),
                Qt.AlignmentFlag.AlignLeft,
                fm_small.elidedText(line, Qt.TextElideMode.ElideRight, width),
            )
            y += fm_small.height() + 1
        enrolled = self.tr("%n enrolled", "", card.enrolled_count)
        painter.drawText(
            QRect(left, rect.bottom() - PAD - fm_small.height() + 2, width, fm_small.height()),
            Qt.AlignmentFlag.AlignRight,
            enrolled,
        )
        painter.restore()

    def _badge(self, painter, card, rect, y, font, colour, background) -> None:
        text = ""
        if card.needs_my_signature:
            text = self.tr("Needs your signature")
        elif card.needs_my_review:
            text = self.tr("Needs your review")
        if not text:
            return
        fm = QFontMetrics(font)
        w = fm.horizontalAdvance(text) + 12
        box = QRect(rect.right() - PAD - w, y - 1, w, fm.height() + 2)
        path = QPainterPath()
        path.addRoundedRect(box, 4, 4)
        painter.fillPath(path, QColor(background))
        painter.setPen(QColor(colour))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
