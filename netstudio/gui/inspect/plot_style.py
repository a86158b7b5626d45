"""pyqtgraph widgets in the application's colours (light or dark), not pyqtgraph's black."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


def colours() -> tuple[QColor, QColor, QColor]:
    """(background, text, grid) from the application palette."""
    app = QApplication.instance()
    pal = app.palette() if app is not None else QPalette()  # type: ignore[union-attr]
    bg = pal.color(QPalette.ColorRole.Base)
    fg = pal.color(QPalette.ColorRole.Text)
    grid = QColor(fg)
    grid.setAlpha(60)
    return bg, fg, grid


def style_plot(plot: pg.PlotItem) -> None:
    _, fg, _ = colours()
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(fg))
        axis.setTextPen(pg.mkPen(fg))
    plot.titleLabel.opts["color"] = fg.name()
    if plot.titleLabel.text:
        plot.titleLabel.setText(plot.titleLabel.text)


def style_widget(widget: pg.GraphicsView | pg.PlotWidget | pg.GraphicsLayoutWidget) -> None:
    """Background of the view and the axes of every plot in it."""
    bg, _, _ = colours()
    widget.setBackground(bg)
    items = widget.scene().items() if widget.scene() is not None else []
    for item in items:
        if isinstance(item, pg.PlotItem):
            style_plot(item)
