"""Help > Documentation: the guides shipped with netstudio (docs/*.md, in the wheel as
netstudio/_docs), read inside the app, pictures included; links between guides follow,
links to the web open in the browser. Works offline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from netstudio.gui import resources

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
# The guides a user reads, in reading order (the others are for developers).
GUIDES = ("gui.md", "training-app.md", "runs.md", "training.md", "tuning.md", "layers.md",
          "import.md", "cli.md", "project-format.md")


def _title(path: Path) -> str:
    """A guide's first heading, or its file name."""
    try:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# "):
                return line[2:].strip()
    except OSError:
        pass
    return path.stem


class HelpBrowser(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpBrowser")
        self.setWindowTitle(self.tr("netstudio documentation"))
        self.list = QListWidget()
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)  # we decide: a guide here, the web in the browser
        self.text.anchorClicked.connect(self._on_link)
        folder = resources.docs_dir()
        self.folder = folder
        if folder is not None:
            self.text.setSearchPaths([str(folder)])
            for name in GUIDES:
                path = folder / name
                if path.exists():
                    item = QListWidgetItem(_title(path))
                    item.setData(PATH_ROLE, str(path))
                    self.list.addItem(item)
        self.list.currentItemChanged.connect(
            lambda item, _old: item is not None and self.show_guide(Path(item.data(PATH_ROLE))))
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.text)
        split.setSizes([200, 700])
        layout = QVBoxLayout(self)
        if folder is None:
            layout.addWidget(QLabel(self.tr("The documentation is not installed with this copy "
                                            "of netstudio.")))
        layout.addWidget(split, 1)
        self.resize(1000, 700)
        if self.list.count():
            self.list.setCurrentRow(0)

    @property
    def shown(self) -> Path | None:
        url = self.text.source()
        return Path(url.toLocalFile()) if url.isLocalFile() else None

    def show_guide(self, path: Path, anchor: str = "") -> None:
        url = QUrl.fromLocalFile(str(path))
        if anchor:
            url.setFragment(anchor)
        self.text.setSource(url, QTextDocument.ResourceType.MarkdownResource)
        self._fit_images()

    def _fit_images(self) -> None:
        """Screenshots shrink to the reading width (the guides' pictures are 1600 wide)."""
        width = max(200, self.text.viewport().width() - 40)
        cursor = QTextCursor(self.text.document())
        block = self.text.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    picture = self.text.document().resource(
                        QTextDocument.ResourceType.ImageResource, QUrl(image.name()))
                    natural = getattr(picture, "width", lambda: 0)() or width
                    shown = min(natural, width)
                    if abs(image.width() - shown) > 1:
                        image.setWidth(shown)
                        image.setHeight(picture.height() * shown / natural)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(),
                                           QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(image)
                it += 1
            block = block.next()

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        self._fit_images()

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        target = Path(self.text.source().toLocalFile()).parent / url.path() if (
            url.isRelative()) else Path(url.toLocalFile())
        if target.suffix == ".md" and target.exists():
            self.show_guide(target, url.fragment())
        elif url.fragment() and not url.path():
            self.text.scrollToAnchor(url.fragment())
        elif target.exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))


def show_help(parent: QWidget, guide: str = "gui.md", modal: bool = False) -> HelpBrowser:
    browser = HelpBrowser(parent)
    folder = resources.docs_dir()
    if folder is not None and (folder / guide).exists():
        browser.show_guide(folder / guide)
    if modal:
        browser.exec()
    else:
        browser.show()
    return browser
