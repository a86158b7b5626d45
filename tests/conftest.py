import os

# Qt runs headless in tests; set before anything imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Two cores are shared by tests: keep torch from oversubscribing them.
os.environ.setdefault("OMP_NUM_THREADS", "2")
