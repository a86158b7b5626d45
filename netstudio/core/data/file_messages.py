"""Sentences of this package as translatable templates (see netstudio.core.text)."""

from netstudio.core.text import QT_TRANSLATE_NOOP

IDX_FILE_START_TWO = QT_TRANSLATE_NOOP(
    "Data",
    "{path}: not an IDX file (it must start with two zero bytes)."
)
IDX_TYPE_CODE_SUPPORTED = QT_TRANSLATE_NOOP(
    "Data",
    "{path}: IDX type code 0x{head:02x} is not supported; netstudio "
    "reads unsigned-byte IDX files (type 0x08)."
)
IDX_HEADER_CUT_SHORT = QT_TRANSLATE_NOOP("Data", "{path}: the IDX header is cut short.")
EXPECTED_LABELS_SHAPE_FOUND = QT_TRANSLATE_NOOP(
    "Data",
    "{labels}: expected labels of shape [N], found {list}."
)
IMAGES_BUT_LABELS_THEY = QT_TRANSLATE_NOOP(
    "Data",
    "{images} has {count} images but {labels} has {count2} labels; they "
    "must match one to one."
)
SUCH_FILE_CHECK_PATH = QT_TRANSLATE_NOOP("Data", "{path}: no such file. Check the path.")
READ = QT_TRANSLATE_NOOP("Data", "{path}: cannot be read ({reason}).")
DAMAGED_GZ_FILE_DOWNLOAD = QT_TRANSLATE_NOOP(
    "Data",
    "{path}: a damaged .gz file; download it again."
)
EXPECTED_IMAGES_SHAPE_ROWS = QT_TRANSLATE_NOOP(
    "Data",
    "{images}: expected images of shape [N, rows, cols], found {list}."
)
HEADER_DECLARES_VALUES_SHAPE = QT_TRANSLATE_NOOP(
    "Data",
    "{path}: the header declares {count:,} values of shape {list}, more "
    "than the {max_values:,} netstudio loads from one file; the file is "
    "damaged or too big."
)
DATA_RESIZE_MAKES_IMAGES = QT_TRANSLATE_NOOP(
    "Data",
    "data.resize {list} makes the images take {value:.1f} GB of memory, "
    "more than netstudio loads ({value2:.0f} GB); choose a smaller size "
    "such as [64, 64]."
)
