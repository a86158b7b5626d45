"""File > Import: bring existing networks in (netstudio.core.importers) from the app."""
