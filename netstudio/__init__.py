"""netstudio: design, train and inspect neural networks visually."""

__version__ = "0.1.0"
