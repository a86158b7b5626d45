"""Sentences of this package as translatable templates (see netstudio.core.text)."""

from netstudio.core.text import QT_TRANSLATE_NOOP

THERE_STUDY_STORAGE = QT_TRANSLATE_NOOP("Search", "there is no study {name!r} in this storage.")
STUDY_MADE_NETSTUDIO_ANOTHER = QT_TRANSLATE_NOOP(
    "Search",
    "the study {name!r} was not made by netstudio; give another --study "
    "name."
)
STUDY_SEARCHES_ANOTHER_SPACE = QT_TRANSLATE_NOOP(
    "Search",
    "the study {name!r} searches another space or metric than this "
    "project's search section; give a new --study name (or undo the "
    "change to the section to resume it)."
)
STORAGE_DATABASE_DRIVER_INSTALLED = QT_TRANSLATE_NOOP(
    "Search",
    "--storage {safe}: the database driver is not installed ({reason}); "
    "install it (e.g. pip install psycopg2-binary for postgresql://) or "
    "use the default SQLite file."
)
STORAGE_OPEN_STORAGE_URL = QT_TRANSLATE_NOOP(
    "Search",
    "--storage {safe}: cannot open this storage ({first_line}). Give a "
    "URL such as sqlite:///search.db or postgresql://user@host/db."
)
STORAGE_OPEN_STORAGE_CHECK = QT_TRANSLATE_NOOP(
    "Search",
    "--storage {safe}: cannot open this storage ({first_line}). Check "
    "the URL and that the database can be reached."
)
THERE_SEARCH_RESUME_STORAGE = QT_TRANSLATE_NOOP(
    "Search",
    "there is no search to resume in this storage; run without --resume "
    "to start one."
)
STUDY_TRAINED_OTHERWISE = QT_TRANSLATE_NOOP(
    "Search",
    "the study {name!r} trains its trials otherwise ({changes}); its trials would not be "
    "comparable. Resume it with the settings it was started with (drop --subset and "
    "--epochs-per-trial, or set them and the project back), or start a new study (leave out "
    "--resume and --study)."
)
