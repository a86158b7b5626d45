"""A layer's documentation: what it does, its shapes, every setting with its default and
what it accepts, and a link to the PyTorch page (right-click > About, in the canvas and the
palette). Built from the registry, so it never disagrees with the property form."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from netstudio.core.layers.registry import get_layer
from netstudio.gui.html_dialog import show_html
from netstudio.gui.i18n import core_text

TORCH_DOCS = "https://pytorch.org/docs/stable/generated/torch.{0}.html"


def layer_docs_html(layer_type: str) -> str:
    spec = get_layer(layer_type)
    if spec is None:
        unknown = QCoreApplication.translate("LayerDocs", "Unknown layer type: netstudio "
                                             "cannot build it.")
        return f"<p>{html.escape(unknown)}</p>"
    parts = [f"<h2>{html.escape(spec.type)} <small style='color:gray'>· "
             f"{html.escape(core_text(spec.category))}</small></h2>",
             f"<p>{html.escape(core_text(spec.description))}</p>"]
    shapes = spec.extras.get("shapes") if isinstance(spec.extras, dict) else None
    if shapes:
        parts.append(f"<p><code>{html.escape(str(shapes))}</code></p>")
    if spec.params:
        heads = (QCoreApplication.translate("LayerDocs", "Setting"),
                 QCoreApplication.translate("LayerDocs", "Default"),
                 QCoreApplication.translate("LayerDocs", "What it is"))
        rows = ["<tr>" + "".join(f"<th align='left'>{html.escape(h)}</th>" for h in heads)
                + "</tr>"]
        for p in spec.params:
            if p.inferred:
                default = QCoreApplication.translate("LayerDocs", "auto (from the incoming shape)")
            elif p.default is None:
                default = QCoreApplication.translate("LayerDocs", "none")
            else:
                default = str(p.default)
            what = html.escape(core_text(p.help))
            accepts = core_text(p.requirement())
            if accepts:
                what += f" <span style='color:gray'>({html.escape(accepts)})</span>"
            rows.append(f"<tr><td><b>{html.escape(p.name)}</b></td>"
                        f"<td>{html.escape(default)}</td><td>{what}</td></tr>")
        parts.append("<table cellpadding='4'>" + "".join(rows) + "</table>")
    if spec.torch_name:
        url = TORCH_DOCS.format(spec.torch_name)
        link = f"<a href='{url}'>torch.{html.escape(spec.torch_name)}</a>"
        ref = QCoreApplication.translate("LayerDocs", "PyTorch reference: %1")
        parts.append("<p>" + ref.replace("%1", link) + "</p>")
    return "".join(parts)


def show_layer_docs(parent: QWidget, layer_type: str, modal: bool = True) -> QDialog:
    title = QCoreApplication.translate("LayerDocs", "About %1").replace("%1", layer_type)
    return show_html(parent, title, layer_docs_html(layer_type), (620, 440), modal)
