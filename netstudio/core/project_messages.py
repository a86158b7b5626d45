"""Sentences about project files that cannot be used (ProjectError) and what loading repaired
(Project.load_notes), as translatable templates (see netstudio.core.text)."""

from netstudio.core.text import QT_TRANSLATE_NOOP

GRAPH_NOT_OBJECT = QT_TRANSLATE_NOOP(
    "Project", "{source}: 'graph' must be an object with 'nodes' and 'edges'.")
GRAPH_NOT_LISTS = QT_TRANSLATE_NOOP(
    "Project", "{source}: 'graph.nodes' and 'graph.edges' must be lists.")
SECTION_NOT_OBJECT = QT_TRANSLATE_NOOP("Project", "{source}: '{key}' must be an object.")
NAME_NOT_TEXT = QT_TRANSLATE_NOOP("Project", "name: {value} is not text; it is used as text")
BAD_WEIGHTS_NAME = QT_TRANSLATE_NOOP(
    "Project", "{source}: 'initial_weights' must be the name of a weights file next to the "
               "project (a string).")
NO_SUCH_FILE = QT_TRANSLATE_NOOP("Project", "{path}: no such file. Check the path.")
IS_FOLDER = QT_TRANSLATE_NOOP("Project", "{path}: is a folder, not a project file.")
CANNOT_READ = QT_TRANSLATE_NOOP("Project", "{path}: cannot be read ({reason}).")
NO_SAVE_NAME = QT_TRANSLATE_NOOP("Project", "no file name given to save the project to.")
TOP_NOT_OBJECT = QT_TRANSLATE_NOOP(
    "Project", "{source}: not a netstudio project (the top level must be an object).")
WRONG_FORMAT = QT_TRANSLATE_NOOP(
    "Project", "{source}: not a netstudio project (expected \"format\": \"netstudio\", "
               "found {found}).")
BAD_VERSION = QT_TRANSLATE_NOOP(
    "Project", "{source}: 'version' must be a whole number >= 1, got {version}.")
NEWER_VERSION = QT_TRANSLATE_NOOP(
    "Project", "{source}: written by a newer netstudio (file version {version}, this one reads "
               "up to {supported}). Update netstudio to open it.")
NO_MIGRATION = QT_TRANSLATE_NOOP("Project", "{source}: no migration from version {version}.")
BLOCKS_NOT_OBJECT = QT_TRANSLATE_NOOP(
    "Project", "{source}: 'blocks' must be an object mapping block names to "
               "{{\"nodes\": [...], \"edges\": [...]}}.")
BLOCK_WHERE = QT_TRANSLATE_NOOP("Project", "{source}: block '{name}'")
BLOCK_NOT_GRAPH = QT_TRANSLATE_NOOP(
    "Project", "{where} must be an object with 'nodes' and 'edges' lists.")
NODE_NOT_OBJECT = QT_TRANSLATE_NOOP("Project", "{source}: graph.nodes[{index}] must be an object.")
NODE_NO_ID = QT_TRANSLATE_NOOP("Project", "{source}: graph.nodes[{index}] has no string 'id'.")
NODE_NO_TYPE = QT_TRANSLATE_NOOP("Project", "{source}: node '{node}' has no string 'type'.")
NODE_BAD_PARAMS = QT_TRANSLATE_NOOP(
    "Project", "{source}: node '{node}': 'params' must be an object.")
NODE_BAD_POS = QT_TRANSLATE_NOOP(
    "Project", "{source}: node '{node}': 'pos' must be [x, y] numbers.")
DUPLICATE_RENAMED = QT_TRANSLATE_NOOP(
    "Project", "graph.nodes[{index}]: a second node with the id {old} was renamed {new} (ids "
               "must be unique; its edges, if any, stay on the first); connect it again")
EDGE_NOT_OBJECT = QT_TRANSLATE_NOOP("Project", "{source}: graph.edges[{index}] must be an object.")
EDGE_NO_ENDS = QT_TRANSLATE_NOOP(
    "Project", "{source}: graph.edges[{index}] needs string 'from' and 'to'.")
EDGE_BAD_PORT = QT_TRANSLATE_NOOP(
    "Project", "{source}: edge {src}->{dst}: 'port' must be an integer >= 0.")
