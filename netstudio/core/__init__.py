"""The Qt-free core: project model, layers, shape inference, compiler, training, data, export.

Nothing under this package may import PySide6, pyqtgraph or netstudio.gui (tests/test_boundaries.py).
"""
