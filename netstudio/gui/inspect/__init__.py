"""Views that look inside a network: feature maps, filters, results, drawing pad, histograms.

Each view is a plain widget fed with numpy arrays, so it can be shown and tested alone; the
training package (netstudio.gui.training.install) wires them to the running model.
"""
