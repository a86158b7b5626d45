"""A self-contained folder that serves one model: ``netstudio export RUN --bundle DIR``.

    DIR/model.onnx        the run's int8 variant when there is one, else its float network
    DIR/metadata.json     run id, variant, input shape, classes, scaling, test accuracy
    DIR/serve.py          serve_app.py as is: FastAPI + uvicorn + onnxruntime, no netstudio
    DIR/pixels.py         core/data/pixels.py as is: uploads converted as the training images
    DIR/requirements.txt  what serve.py needs, nothing more
    DIR/README.md         how to start it and a curl command
    DIR/example.png       a test image to try it with
    DIR/example.json      the same image as JSON pixels (the README's JSON curl sends it)
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from netstudio.core.deploy import DeployError
from netstudio.core.deploy import messages as msg
from netstudio.core.deploy.serving import METADATA, Served

REQUIREMENTS = ("onnxruntime>=1.18", "fastapi>=0.110", "uvicorn>=0.29",
                "python-multipart>=0.0.9", "pillow>=10", "numpy>=1.24")
FILES = ("model.onnx", METADATA, "serve.py", "pixels.py", "requirements.txt", "README.md",
         "example.png", "example.json")


def export_bundle(source: str | Path, target: str | Path, variant: str | None = None,
                  open_source: Callable[[], Any] | None = None,
                  progress: Callable[[str, float], None] | None = None) -> Served:
    """``netstudio export RUN --bundle DIR`` and the app's File > Export bundle: the run's
    int8 variant when it has one (else ``variant``, else the float network), with one of the
    run's test images as the example. ``source``: a run, variant or bundle folder (see
    serving.resolve_served). Returns what was shipped; raises DeployError."""
    from netstudio.core.deploy.serving import resolve_served
    from netstudio.core.deploy.variants import VariantStore

    source = Path(source)
    if variant is None and source.is_dir() and VariantStore(source).load("int8") is not None:
        variant = "int8"
    served = resolve_served(source, variant, open_source=open_source, progress=progress)
    write_bundle(served, Path(target), _example(source))
    return served


def _example(source: Path) -> Any:
    """The run's first test image (None when the source is no run or its data is gone)."""
    from netstudio.core.deploy.evaluation import load_eval_data
    from netstudio.core.deploy.source import open_run

    try:
        return load_eval_data(open_run(source), test_limit=1, calibration=1).test_x[0]
    except DeployError:
        return None


def write_bundle(served: Served, target: Path, example: Any = None) -> Path:
    """Write the bundle folder (whole or not at all). ``example``: one image [C, H, W] in
    0..1 to ship as example.png. ``target`` must not exist, or be an empty folder or an
    earlier bundle (which is replaced)."""
    target = Path(target)
    if target.exists():
        if not target.is_dir():
            raise DeployError(msg.FILE_BUNDLE_NEW_FOLDER(target=target), unusable=True)
        leftovers = {p.name for p in target.iterdir()} - set(FILES)
        if leftovers:
            names = ", ".join(sorted(leftovers)[:3])
            raise DeployError(msg.ALREADY_HOLDS_OTHER_FILES(target=target, names=names), unusable=True)
    from netstudio.core.deploy.serving import check_servable

    check_servable(served)  # a damaged model would make a bundle that cannot start
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.is_dir():
        raise DeployError(msg.FOLDER_DOES_EXIST_CREATE(parent=parent), unusable=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=parent))
    try:
        shutil.copyfile(served.model_path, tmp / "model.onnx")
        (tmp / METADATA).write_text(json.dumps(served.metadata, indent=2) + "\n",
                                    encoding="utf-8")
        shutil.copyfile(Path(__file__).with_name("serve_app.py"), tmp / "serve.py")
        shutil.copyfile(Path(__file__).parents[1] / "data" / "pixels.py", tmp / "pixels.py")
        (tmp / "requirements.txt").write_text("\n".join(REQUIREMENTS) + "\n", encoding="utf-8")
        has_example = example is not None and _write_example(example, tmp)
        (tmp / "README.md").write_text(_readme(served.metadata, has_example), encoding="utf-8")
        for p in tmp.iterdir():
            os.chmod(p, 0o644)
        os.chmod(tmp, 0o755)
        if target.exists():
            shutil.rmtree(target)
        os.replace(tmp, target)
    except OSError as e:
        raise DeployError(msg.WRITE_BUNDLE(target=target, reason=e.strerror or e),
                          unusable=True) from None
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return target


def _write_example(image: Any, folder: Path) -> bool:
    """example.png and example.json ({"pixels": [[...]]}, values 0..1) of one test image."""
    import numpy as np
    from PIL import Image

    a = np.clip(np.round(np.asarray(image, np.float32) * 255), 0, 255).astype(np.uint8)
    if a.ndim != 3 or a.shape[0] not in (1, 3):
        return False
    pixels = np.round(a.astype(np.float64) / 255, 3)
    body = {"pixels": (pixels[0] if a.shape[0] == 1 else pixels).tolist()}
    (folder / "example.json").write_text(json.dumps(body, separators=(",", ":")) + "\n",
                                         encoding="utf-8")
    Image.fromarray(a[0] if a.shape[0] == 1 else a.transpose(1, 2, 0)).save(
        folder / "example.png")
    return True


def _readme(meta: dict[str, Any], has_example: bool) -> str:
    shape = " x ".join(str(s) for s in meta.get("input_shape", []))
    accuracy = meta.get("test_accuracy")
    acc = f"{accuracy:.2%} on {meta.get('test_images', '?')} test images" if isinstance(
        accuracy, float) else "not measured"
    image = "example.png" if has_example else "digit.png"
    pixels = "@example.json" if has_example else "'{\"pixels\": [[...]]}'"
    shipped = ("`example.png` is one of the run's test images; `example.json` is the same "
               "image as JSON pixels." if has_example else
               "Put an image of your own in place of `digit.png`.")
    classes = ", ".join(str(c) for c in meta.get("class_names", []))
    return f"""# {meta.get('project', 'Model')} ({meta.get('variant', '')}), served over HTTP

Exported by netstudio from run `{meta.get('run_id', '')}`. Model: `model.onnx`
({meta.get('kind', '')}); test accuracy {acc}. Input: an image ({shape}), classes: {classes}.

## Start it (one command)

```bash
pip install -r requirements.txt && python serve.py
```

It listens on http://127.0.0.1:8000 (this machine only); `python serve.py --host 0.0.0.0
--port 8080` makes it reachable from the network; `--workers 4` answers with four processes
(one per CPU core serves the most requests per second). The API is described at
http://127.0.0.1:8000/docs.

## Ask it

From this folder, with the service started (in another terminal):

```bash
curl -F file=@{image} http://127.0.0.1:8000/predict
curl -H 'content-type: application/json' -d {pixels} http://127.0.0.1:8000/predict
curl -F files=@{image} -F files=@{image} http://127.0.0.1:8000/predict/batch
curl http://127.0.0.1:8000/health
curl http://127.0.0.1:8000/metadata
```

`/predict` answers `{{"class": 7, "label": "7", "probabilities": [...], "model": "...",
"variant": "..."}}`; `/predict/batch` answers `{{"predictions": [...]}}`, one per image.
{shipped} PNG, JPEG and BMP of any size are converted to the model's input the way its
training data was; JSON `{{"pixels": ...}}` takes {shape} values in 0..1 ([H][W] for one
channel, [C][H][W] for more). Requests over 10 MB are refused (`--max-mb` changes the limit).
"""
