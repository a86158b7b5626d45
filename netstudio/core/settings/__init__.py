"""The project's settings schemas: the ``training`` and ``data`` sections, checked.

Torch-free and Qt-free, so that ``netstudio check`` validates settings without importing
torch, and the checker, the trainer and the GUI share one set of rules.
"""
