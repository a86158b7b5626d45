"""A small window showing rich text with a Close button (shortcuts, a layer's documentation)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


def show_html(parent: QWidget, title: str, html: str, size: tuple[int, int],
              modal: bool = True, name: str = "") -> QDialog:
    """Show ``html`` (links open in the browser); modal blocks until closed, else returns."""
    dialog = QDialog(parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    text = QTextBrowser(dialog)
    text.setOpenExternalLinks(True)
    text.setHtml(html)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(buttons)
    dialog.resize(*size)
    if modal:
        dialog.exec()
    else:
        dialog.show()
    return dialog
