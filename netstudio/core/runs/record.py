"""run.json: the small, versioned record of one run (what the run table lists).

Keys this version does not know are kept in ``extra`` and written back unchanged, so tools
that add their own (a hyperparameter search's "trial") survive a rename in the app.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netstudio.core.runs import messages as msg
from netstudio.core.runs.layout import RUN_FORMAT, RUN_VERSION, STATUSES
from netstudio.core.settings.fields import finite, is_int, is_number
from netstudio.core.text import text_from_dict, text_to_dict
from netstudio.core.untrusted import repair_strings

# run.json's "summary" keys and what each must be: a damaged or hand-edited record cannot put
# a text where the run table formats a number
WHOLE_SUMMARY = ("epochs", "params")
NUMBER_SUMMARY = ("test_accuracy", "test_loss", "val_loss", "val_accuracy", "seconds")

_KNOWN = {"format", "version", "id", "number", "name", "notes", "status", "message", "created",
          "finished", "device", "versions", "seed", "parent", "source", "summary",
          "message_text"}


class RunError(Exception):
    """A run or store that cannot be used; the message names the folder and what to do."""


@dataclass
class RunRecord:
    id: str
    name: str = ""
    notes: str = ""
    status: str = "running"
    message: str = ""
    created: str = ""
    finished: str | None = None
    device: str | None = None
    versions: dict[str, str] = field(default_factory=dict)
    seed: int | None = None
    parent: str | None = None
    number: int | None = None  # 1, 2, 3... in the order the store created its runs
    source: str | None = None  # the project file it was trained from (None: untitled)
    # filled when the run ends: epochs, test_accuracy, test_loss, val_loss, val_accuracy,
    # seconds, params (so listing a store reads no other file for the table)
    summary: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "format": RUN_FORMAT, "version": RUN_VERSION, "id": self.id, "number": self.number,
            "name": self.name, "notes": self.notes, "status": self.status,
            "message": self.message, "created": self.created, "finished": self.finished,
            "device": self.device, "versions": dict(self.versions), "seed": self.seed,
            "parent": self.parent, "source": self.source, "summary": copy.deepcopy(self.summary),
        }
        kept = text_to_dict(self.message)  # the app shows the message in its own language
        if kept is not None:
            out["message_text"] = kept
        out.update(copy.deepcopy(self.extra))
        return out

    def dumps(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"

    def __setattr__(self, key: str, value: Any) -> None:
        # a name, note or path that is not valid Unicode (a lone surrogate from a Latin-1
        # argv or file name) could never be written as UTF-8: keep it repaired instead
        if isinstance(value, str | dict):
            value = repair_strings(value)[0]
        super().__setattr__(key, value)

    @classmethod
    def from_dict(cls, raw: Any, where: str | Path) -> RunRecord:
        """Check and read a run.json object; RunError says what is wrong with it."""
        if not isinstance(raw, dict):
            raise RunError(msg.RUN_JSON_HOLD_JSON(where=where))
        if raw.get("format") != RUN_FORMAT:
            raise RunError(msg.RUN_JSON_NETSTUDIO_RUN(where=where,
                                                      format=raw.get('format'),
                                                      run_format=RUN_FORMAT))
        version = raw.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise RunError(msg.RUN_JSON_VALID_VERSION(where=where, version=version))
        if version > RUN_VERSION:
            raise RunError(msg.WRITTEN_NEWER_NETSTUDIO_RUN(where=where,
                                                           version=version,
                                                           run_version=RUN_VERSION))
        run_id = raw.get("id")
        if not isinstance(run_id, str) or not run_id:
            raise RunError(msg.RUN_JSON_ID(where=where))
        status = raw.get("status")
        if status not in STATUSES:
            raise RunError(msg.RUN_JSON_UNKNOWN_STATUS(where=where,
                                                       status=status,
                                                       statuses=', '.join(STATUSES)))

        def text(key: str, default: str | None = "") -> Any:
            v = raw.get(key, default)
            return v if isinstance(v, str) or v is None else str(v)

        def whole(key: str) -> int | None:
            v = raw.get(key)
            return v if isinstance(v, int) and not isinstance(v, bool) else None

        versions = raw.get("versions")
        summary = raw.get("summary")
        parent = raw.get("parent")
        return cls(
            id=run_id, name=text("name") or "", notes=text("notes") or "", status=status,
            message=text_from_dict(raw.get("message_text"), text("message") or ""),
            created=text("created") or "",
            finished=text("finished", None), device=text("device", None),
            versions={str(k): str(v) for k, v in versions.items()}
            if isinstance(versions, dict) else {},
            seed=whole("seed"), parent=parent if isinstance(parent, str) and parent else None,
            number=whole("number"), source=text("source", None),
            summary=clean_summary(summary),
            extra={k: copy.deepcopy(v) for k, v in raw.items() if k not in _KNOWN})


def clean_summary(raw: Any) -> dict[str, Any]:
    """run.json's summary with every known key of the wrong type dropped (other keys kept)."""
    if not isinstance(raw, dict):
        return {}
    out = copy.deepcopy(raw)
    for key in (*WHOLE_SUMMARY, *NUMBER_SUMMARY):
        v = out.get(key)
        if v is None:
            continue
        if not (is_number(v) and finite(v) and (key not in WHOLE_SUMMARY or is_int(v))):
            del out[key]
    return out

