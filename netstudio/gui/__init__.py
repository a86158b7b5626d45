"""The desktop app: a thin Qt layer over netstudio.core (the only package importing PySide6)."""
