"""What to serve: a run's float network, one of its variants, or a bundle folder.

Every served model is an ONNX file (taking images in 0..1) plus a metadata dict: run id,
variant, input shape, class names, scaling, output kind, test accuracy. serve_app.py serves
it; bundle.py writes both into a folder.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from netstudio.core.deploy import DeployError
from netstudio.core.deploy import messages as msg
from netstudio.core.deploy.variants import MODEL, ORIGINAL, RECORD, VariantRecord, VariantStore
from netstudio.core.text import message_of

METADATA = "metadata.json"


@dataclass(frozen=True)
class Served:
    model_path: Path
    metadata: dict[str, Any]


def metadata_for(record: VariantRecord) -> dict[str, Any]:
    f = record.figures
    return {**record.serving, "variant": record.name, "kind": record.kind,
            "test_accuracy": f.test_accuracy, "test_images": f.test_images,
            "size_bytes": f.size_bytes}


def resolve_served(path: str | Path, variant: str | None = None,
                   open_source: Callable[[], Any] | None = None,
                   progress: Callable[[str, float], None] | None = None) -> Served:
    """``path``: a run folder (``variant`` picks one of its variants; default: the float
    network, measured and stored as variants/original on first use), a variant folder or a
    bundle folder. ``open_source()``: a RunSource for ``FILE --run ID`` (or None)."""
    source = open_source() if open_source is not None else None
    folder = source.run_dir if source is not None else Path(path)
    if source is None:
        if folder.is_file() and folder.suffix == ".onnx":
            meta = folder.with_name(METADATA)
            if not meta.is_file():
                raise DeployError(msg.BESIDE_NAMES_CLASSES_INPUT(folder=folder, metadata=METADATA),
                                  unusable=True)
            return Served(folder, _read_metadata(meta))
        if folder.is_file() and folder.name.endswith(".nsproj.json"):
            raise DeployError(msg.PROJECT_FILE_NEEDS_RUN(file=folder), unusable=True)
        if not folder.is_dir():
            raise DeployError(msg.SUCH_RUN_VARIANT_BUNDLE(folder=folder),
                              unusable=True)
        if (folder / METADATA).is_file() and (folder / MODEL).is_file():
            return Served(folder / MODEL, _read_metadata(folder / METADATA))
        if (folder / RECORD).is_file():
            record = VariantStore(folder.parent.parent).load(folder.name)
            if record is None:
                raise DeployError(msg.DAMAGED_VARIANT_UNREADABLE_MAKE(folder=folder,
                                                                      record=RECORD,
                                                                      model=MODEL),
                                  unusable=True)
            return Served(record.path, metadata_for(record))
    return served_from_run(folder, variant, source, progress)


def served_from_run(run_dir: Path, variant: str | None = None, source: Any = None,
                    progress: Callable[[str, float], None] | None = None) -> Served:
    store = VariantStore(run_dir)
    name = variant or ORIGINAL
    record = store.load(name)
    if record is None and name != ORIGINAL and store.folder(name).is_dir():
        raise DeployError(msg.DAMAGED_VARIANT_UNREADABLE_MAKE(
            folder=store.folder(name), record=RECORD, model=MODEL), unusable=True)
    if record is None and name != ORIGINAL:
        records, _ = store.list()
        names = ", ".join(r.name for r in records) or "none yet"
        raise DeployError(msg.VARIANT_VARIANTS_MAKE_NETSTUDIO(run_dir=run_dir,
                                                              name=name,
                                                              names=names), unusable=True)
    if record is None:
        from netstudio.core.deploy.compress import Workbench
        from netstudio.core.deploy.source import open_run

        bench = Workbench(source or open_run(run_dir), progress=progress)
        record = bench.original()
    return Served(record.path, metadata_for(record))


def check_servable(served: Served) -> None:
    """Raise DeployError (unusable) when onnxruntime cannot load the model or its metadata
    cannot describe the input: a variant damaged after it was made, say."""
    from netstudio.core.deploy.serve_app import Model, Unservable

    try:
        Model(served.model_path, served.metadata)
    except (Unservable, OSError) as e:
        raise DeployError(msg.MODEL_CANNOT_BE_SERVED(error=message_of(e)),
                          unusable=True) from None


# what netstudio says of each serve_app.address_problem kind (serve.py: ADDRESS_SENTENCES)
ADDRESS_MESSAGES = {"unresolved": msg.HOST_NOT_RESOLVED, "not_here": msg.HOST_NOT_THIS_MACHINE,
                    "in_use": msg.PORT_IN_USE, "other": msg.CANNOT_LISTEN}


def check_address(host: str, port: int) -> None:
    """Raise DeployError when a server could not listen on ``host``:``port``: a host name
    that does not resolve or is not this machine's (unusable), a port in use (failed)."""
    from netstudio.core.deploy.serve_app import ADDRESS_UNUSABLE, address_problem

    problem = address_problem(host, port)
    if problem is not None:
        kind, reason = problem
        raise DeployError(ADDRESS_MESSAGES[kind](host=host, port=port, reason=reason),
                          unusable=kind in ADDRESS_UNUSABLE)


def _read_metadata(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise DeployError(msg.READ(path=path, error=message_of(e)), unusable=True) from None
    if not isinstance(data, dict):
        raise DeployError(msg.JSON_OBJECT(path=path), unusable=True)
    return data
