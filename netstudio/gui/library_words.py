"""Words the window shows that come from elsewhere (a library, the sample files), declared
here so that lupdate puts them in netstudio's .ts and the zh_CN translation covers them.

pyqtgraph names the entries of a plot's right-click menu (the training curves keep theirs)
with ``QCoreApplication.translate`` in its own contexts ("ViewBox", "PlotItem",
"GraphicsScene", and "Form" for the axis and plot-options panels); netstudio's translator
answers those too. Qt's own file dialog has a few words its zh_CN catalogue lacks (the
labels with a shortcut, the kind of a file). The sample projects' names (File > Samples) are translated in context
"Samples"; a name not listed here is shown as the file has it.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

SAMPLE_NAMES = (
    QT_TRANSLATE_NOOP("Samples", "Conv autoencoder"),
    QT_TRANSLATE_NOOP("Samples", "LSTM rows"),
    QT_TRANSLATE_NOOP("Samples", "Small ResNet"),
    QT_TRANSLATE_NOOP("Samples", "Tutorial mistakes"),
    QT_TRANSLATE_NOOP("Samples", "PyTorch MNIST example"),
    QT_TRANSLATE_NOOP("Samples", "MNIST CNN"),
)
PYQTGRAPH_MENU = (
    QT_TRANSLATE_NOOP("ViewBox", "View All"),
    QT_TRANSLATE_NOOP("ViewBox", "axis"),
    QT_TRANSLATE_NOOP("ViewBox", "Mouse Mode"),
    QT_TRANSLATE_NOOP("ViewBox", "3 button"),
    QT_TRANSLATE_NOOP("ViewBox", "1 button"),
    QT_TRANSLATE_NOOP("PlotItem", "Plot Options"),
    QT_TRANSLATE_NOOP("PlotItem", "Transforms"),
    QT_TRANSLATE_NOOP("PlotItem", "Downsample"),
    QT_TRANSLATE_NOOP("PlotItem", "Average"),
    QT_TRANSLATE_NOOP("PlotItem", "Alpha"),
    QT_TRANSLATE_NOOP("PlotItem", "Grid"),
    QT_TRANSLATE_NOOP("PlotItem", "Points"),
    QT_TRANSLATE_NOOP("GraphicsScene", "Export..."),
)
PYQTGRAPH_PANELS = (
    QT_TRANSLATE_NOOP("Form", "Manual"),
    QT_TRANSLATE_NOOP("Form", "Auto"),
    QT_TRANSLATE_NOOP("Form", "Visible Data Only"),
    QT_TRANSLATE_NOOP("Form", "Auto Pan Only"),
    QT_TRANSLATE_NOOP("Form", "Mouse Enabled"),
    QT_TRANSLATE_NOOP("Form", "Invert Axis"),
    QT_TRANSLATE_NOOP("Form", "Link Axis:"),
    QT_TRANSLATE_NOOP("Form", "Log X"),
    QT_TRANSLATE_NOOP("Form", "Log Y"),
    QT_TRANSLATE_NOOP("Form", "Power Spectrum (FFT)"),
    QT_TRANSLATE_NOOP("Form", "dy/dx"),
    QT_TRANSLATE_NOOP("Form", "Y vs. Y'"),
    QT_TRANSLATE_NOOP("Form", "Downsample"),
    QT_TRANSLATE_NOOP("Form", "Peak"),
    QT_TRANSLATE_NOOP("Form", "Mean"),
    QT_TRANSLATE_NOOP("Form", "Subsample"),
    QT_TRANSLATE_NOOP("Form", "Clip to View"),
    QT_TRANSLATE_NOOP("Form", "Max Traces:"),
    QT_TRANSLATE_NOOP("Form", "Forget hidden traces"),
    QT_TRANSLATE_NOOP("Form", "Average"),
    QT_TRANSLATE_NOOP("Form", "Alpha"),
    QT_TRANSLATE_NOOP("Form", "Opacity"),
    QT_TRANSLATE_NOOP("Form", "Show X Grid"),
    QT_TRANSLATE_NOOP("Form", "Show Y Grid"),
    QT_TRANSLATE_NOOP("Form", "Points"),
    QT_TRANSLATE_NOOP("Form", "Subtract Mean"),
)
QT_FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
)
