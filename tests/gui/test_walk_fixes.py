"""What a newcomer walking the app at 1280x720 met: the Feature maps tab's Input box stays
empty until a layer is chosen; a blank line in the projector before its first drawing."""

from __future__ import annotations

import numpy as np
import pytest

pytestmark = pytest.mark.gui


def test_the_chosen_test_image_shows_before_a_layer_is_selected(main_window, qtbot):
    window = main_window(sample="mnist_cnn", extensions=True)
    hub = window.training.inspector
    hub.ensure_samples()
    qtbot.waitUntil(lambda: hub.samples is not None, timeout=30_000)
    assert hub.node_id is None  # nothing selected on the canvas
    shown = hub.feature_maps.input_item.image
    assert shown is not None
    assert np.allclose(shown, np.squeeze(hub.image01))


def test_projector_counts_line_appears_with_the_first_projection(qtbot):
    from netstudio.gui.app import make_app
    from netstudio.gui.inspect.projector_view import ProjectorView

    make_app()
    view = ProjectorView()
    qtbot.addWidget(view)
    view.show()
    assert not view.summary.isVisible()
    rng = np.random.default_rng(0)
    view.set_data(np.zeros((20, 1, 28, 28), np.uint8), rng.integers(0, 10, 20),
                  [str(i) for i in range(10)])
    view.show_projection(rng.random((20, 2)), rng.integers(0, 10, 20), rng.integers(0, 10, 20))
    assert view.summary.isVisible() and view.summary.text().startswith("20 images")
