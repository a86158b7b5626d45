"""ImportDialog: what to import (torchvision name, Python file and class, ONNX file), with
which input shape and weights, and where to save the project."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from netstudio.gui.importing.worker import ImportRequest

# Offered in the list (any torchvision classification model name can be typed).
TORCHVISION = ("resnet18", "resnet34", "resnet50", "mobilenet_v3_small", "mobilenet_v3_large",
               "mobilenet_v2", "vgg11", "vgg16", "squeezenet1_0", "squeezenet1_1",
               "shufflenet_v2_x1_0", "efficientnet_b0", "densenet121", "alexnet", "googlenet",
               "regnet_y_400mf", "convnext_tiny")


class ImportDialog(QDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a Network"))
        self.folder = folder
        self._output_edited = False
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Bring in a network someone already built. Its layers become "
                               "netstudio layers; the weights come along."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.kind = QButtonGroup(self)
        self.torchvision_button = QRadioButton(self.tr("A &torchvision architecture"))
        self.python_button = QRadioButton(self.tr("A class in a &Python file"))
        self.onnx_button = QRadioButton(self.tr("An &ONNX file"))
        form = QFormLayout()
        self.model_name = QComboBox()
        self.model_name.setEditable(True)
        self.model_name.addItems(TORCHVISION)
        self.python_file, python_row = self._file_row(self.tr("Python files (*.py)"))
        self.class_name = QLineEdit("Net")
        self.onnx_file, onnx_row = self._file_row(self.tr("ONNX models (*.onnx)"))
        for i, button in enumerate((self.torchvision_button, self.python_button,
                                    self.onnx_button)):
            self.kind.addButton(button, i)
        form.addRow(self.torchvision_button, self.model_name)
        form.addRow(self.python_button, python_row)
        form.addRow(self.tr("Class:"), self.class_name)
        form.addRow(self.onnx_button, onnx_row)
        self.input_shape = QLineEdit()
        self.input_shape.setPlaceholderText(self.tr("e.g. 3,224,224 (empty: the source's own)"))
        form.addRow(self.tr("Input shape:"), self.input_shape)
        self.weights, weights_row = self._file_row(self.tr("PyTorch weights (*.pt *.pth)"))
        self.weights.setPlaceholderText(self.tr("optional: a state_dict to start from"))
        form.addRow(self.tr("Weights:"), weights_row)
        self.output, output_row = self._file_row(
            self.tr("netstudio projects (*.nsproj.json *.json)"), save=True)
        form.addRow(self.tr("Save as:"), output_row)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.torchvision_button.setChecked(True)
        self.kind.idToggled.connect(self._on_kind_toggled)
        self.model_name.currentTextChanged.connect(self._suggest_output)
        self.python_file.textChanged.connect(self._suggest_output)
        self.class_name.textChanged.connect(self._suggest_output)
        self.onnx_file.textChanged.connect(self._suggest_output)
        self.output.textEdited.connect(self._on_output_edited)
        self.request: ImportRequest | None = None
        self._suggest_output()
        self.resize(560, self.sizeHint().height())

    def _file_row(self, file_filter: str, save: bool = False) -> tuple[QLineEdit, QWidget]:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        box.addWidget(edit, 1)
        box.addWidget(browse)

        def pick() -> None:
            start = edit.text() or str(self.folder)
            if save:
                name, _ = QFileDialog.getSaveFileName(self, self.tr("Save project as"), start,
                                                      file_filter)
            else:
                name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), start,
                                                      file_filter)
            if name:
                edit.setText(name)
                if save:
                    self._output_edited = True

        browse.clicked.connect(pick)
        return edit, row

    def _on_kind_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._suggest_output()

    def _on_output_edited(self, _text: str) -> None:
        self._output_edited = True

    def _suggest_output(self) -> None:
        if self._output_edited:
            return
        kind = self.kind.checkedId()
        if kind == 0:
            stem = self.model_name.currentText().strip() or "network"
        elif kind == 1:
            stem = self.class_name.text().strip() or Path(self.python_file.text()).stem
        else:
            stem = Path(self.onnx_file.text()).name.split(".")[0]
        self.output.setText(str(self.folder / f"{stem or 'network'}.nsproj.json"))

    def source_text(self) -> str:
        kind = self.kind.checkedId()
        if kind == 0:
            return f"torchvision:{self.model_name.currentText().strip()}"
        if kind == 1:
            return f"{self.python_file.text().strip()}:{self.class_name.text().strip()}"
        return self.onnx_file.text().strip()

    def _on_accept(self) -> None:
        from netstudio.cli.import_cmd import parse_shape

        try:
            shape = parse_shape(self.input_shape.text().strip() or None)
        except ValueError as e:
            self.problem.setText(str(e).replace("--input-shape", self.tr("Input shape")))
            return
        output = self.output.text().strip()
        if not output:
            self.problem.setText(self.tr("Choose where to save the project."))
            return
        if not output.endswith(".json"):
            output += ".nsproj.json"
        weights = self.weights.text().strip()
        self.request = ImportRequest(self.source_text(), Path(output), shape,
                                     Path(weights) if weights else None)
        self.accept()
