"""A gallery of misclassified test images: predicted vs true label and the confidence."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from netstudio.gui.inspect.images import to_pixmap


class MisclassifiedGallery(QWidget):
    """Thumbnails with "said 7 (93%), is 2". ``show_cell`` filters to one confusion cell.
    ``image_chosen(test index)`` when one is clicked (the Explain dock shows why)."""

    image_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None, thumb: int = 56, limit: int = 120) -> None:
        super().__init__(parent)
        self.thumb, self.limit = thumb, limit
        self.images: np.ndarray | None = None
        self.items: Sequence[object] = ()
        self.total = 0  # mistakes in all; a stored run keeps only the most confident
        self.names: Sequence[str] = ()
        self.caption = QLabel(
            self.tr("The test images the network got wrong, most confident first."))
        self.caption.setWordWrap(True)
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setIconSize(QSize(thumb, thumb))
        self.list.setGridSize(QSize(thumb + 56, thumb + 44))
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.list, 1)
        self.list.itemClicked.connect(self._on_item_clicked)

    def set_items(self, images: np.ndarray, items: Sequence[object],
                  class_names: Sequence[str], total: int | None = None) -> None:
        """images: the test images [N, (1,) H, W]; items: Misclassified (index, predicted,
        true, confidence), most confident first; total: how many the network got wrong in
        all (a stored run keeps only its most confident mistakes)."""
        self.images, self.items, self.names = np.asarray(images), items, class_names
        self.total = max(len(items), total or 0)
        self._fill(items, self.tr("{0} test images were misclassified, most confident "
                                  "mistakes first.").format(self.total))

    def clear(self) -> None:
        """No images (a new project or a new run: no stale mistakes)."""
        self.images, self.items, self.names = None, (), ()
        self.total = 0
        self.list.clear()
        self.caption.setText(
            self.tr("The test images the network got wrong, most confident first."))

    def show_cell(self, true: int, pred: int) -> None:
        """Only the images of true class ``true`` predicted as ``pred`` (a confusion cell)."""
        chosen = [m for m in self.items
                  if getattr(m, "true", None) == true and getattr(m, "predicted", None) == pred]
        t, p = self._name(true), self._name(pred)
        if true == pred:
            text = self.tr("Correct predictions of {0} are not listed here; this gallery shows "
                           "mistakes only.").format(t)
        else:
            text = self.tr("{0} images of {1} that the network took for {2}.").format(
                len(chosen), t, p)
        self._fill(chosen, text)

    def show_all(self) -> None:
        self._fill(self.items, self.tr("{0} misclassified test images.").format(
            max(self.total, len(self.items))))

    @property
    def count(self) -> int:
        return self.list.count()

    def _name(self, i: int) -> str:
        return self.names[i] if 0 <= i < len(self.names) else str(i)

    def _fill(self, items: Sequence[object], caption: str) -> None:
        self.list.clear()
        shown = list(items)[: self.limit]
        whole = self.total if items is self.items else len(items)
        if whole > len(shown):  # a limit here, or only those kept with a stored run
            caption += self.tr(" Showing the first {0}.").format(len(shown))
        self.caption.setText(caption)
        if self.images is None:
            return
        for m in shown:
            img = np.squeeze(self.images[m.index])  # type: ignore[attr-defined]
            text = self.tr("said {0} ({1})\nis {2}").format(
                self._name(m.predicted), f"{m.confidence:.0%}",  # type: ignore[attr-defined]
                self._name(m.true))  # type: ignore[attr-defined]
            item = QListWidgetItem(QIcon(to_pixmap(img, self.thumb)), text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            item.setToolTip(self.tr("test image #{0}").format(m.index))  # type: ignore[attr-defined]
            item.setData(Qt.ItemDataRole.UserRole, int(m.index))  # type: ignore[attr-defined]
            self.list.addItem(item)

    @Slot(QListWidgetItem)
    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if index is not None:
            self.image_chosen.emit(int(index))
