"""The diagnostics panel: every problem the checker found, worst first, each with its fix.

Clicking one selects its node on the canvas and centres the view on it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget

from netstudio.gui.i18n import core_text
from netstudio.gui.panels.explain import why

NODE_ROLE = Qt.ItemDataRole.UserRole + 1
_ORDER = {"error": 0, "warning": 1, "info": 2}


class DiagnosticsPanel(QListWidget):
    node_requested = Signal(str)  # node id to select and centre

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setUniformItemSizes(False)
        self.itemClicked.connect(self._on_item_clicked)
        self.itemActivated.connect(self._on_item_clicked)
        self._shown: tuple = ()

    def set_analysis(self, analysis, graph=None) -> None:  # noqa: ANN001
        diags = tuple(sorted(analysis.diagnostics, key=lambda d: _ORDER.get(d.severity, 3)))
        if diags == self._shown:
            return  # unchanged: keep the user's scroll position and selection
        self._shown = diags
        self.clear()
        style = self.style()
        icons = {"error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                 "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
                 "info": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)}
        for d in diags:
            # Messages usually start with the node id already ("fc1 receives ...").
            where = f"{d.node}: " if d.node and not d.message.startswith(d.node) else ""
            text = where + core_text(d.message)
            if d.fix:
                text += "\n" + self.tr("Fix: %1").replace("%1", core_text(d.fix))
            reason = why(d, analysis, graph)
            if reason:
                text += "\n" + reason
            item = QListWidgetItem(icons.get(d.severity, icons["info"]), text)
            item.setData(NODE_ROLE, d.node)
            item.setToolTip(text)
            self.addItem(item)
        if not diags:
            item = QListWidgetItem(self.tr("No problems found."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)

    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        node = item.data(NODE_ROLE)
        if node:
            self.node_requested.emit(str(node))
