"""The HTTP service's refusals (serve_app.py's 4xx ``detail``), as the app shows them; and
why ``netstudio serve``, started by the app, stopped.

The service answers programs in English by design, so its sentences stay in serve_app.py (a
bundle ships that file alone). The app, which asks the service about a drawing, recognises
each of them here and shows it in the user's language; a sentence it does not know is quoted
as it came. tests/deploy/test_service_answers.py makes the service refuse every kind of bad
input and checks that each answer is recognised, so the two cannot drift apart.
"""

from __future__ import annotations

from netstudio.core.deploy import messages
from netstudio.core.text import QT_TRANSLATE_NOOP, Template, Text, recognise

REFUSED = QT_TRANSLATE_NOOP("Deploy", "The served model refused the drawing (HTTP {status}): "
                            "{detail}")

# serve_app.py's sentences, word for word (fields where it puts values)
DETAILS = (
    QT_TRANSLATE_NOOP("Deploy", "the uploaded file is empty; send a PNG, JPEG or BMP image."),
    QT_TRANSLATE_NOOP("Deploy", "this model takes {channels}-channel input; send JSON pixels "
                      "instead of an image."),
    QT_TRANSLATE_NOOP("Deploy", "{kind} images are not accepted; send PNG, JPEG or BMP."),
    QT_TRANSLATE_NOOP("Deploy", "the image is {width}x{height} pixels; at most {millions} "
                      "million pixels are accepted."),
    QT_TRANSLATE_NOOP("Deploy", "the image declares more pixels than can be decoded safely; at "
                      "most {millions} million pixels are accepted."),
    QT_TRANSLATE_NOOP("Deploy", "the file is not an image that can be read (PNG, JPEG or BMP "
                      "expected)."),
    QT_TRANSLATE_NOOP("Deploy", "the JSON needs \"pixels\": an array of {height} rows of "
                      "{width} numbers."),
    QT_TRANSLATE_NOOP("Deploy", "\"pixels\" must be a rectangular array of numbers (every row "
                      "the same length)."),
    QT_TRANSLATE_NOOP("Deploy", "\"pixels\" must be an array of numbers (no text, true/false "
                      "or null)."),
    QT_TRANSLATE_NOOP("Deploy", "\"pixels\" is empty."),
    QT_TRANSLATE_NOOP("Deploy", "\"pixels\" has {dims} dimensions; send [H][W] or [C][H][W] "
                      "({channels} x {height} x {width})."),
    QT_TRANSLATE_NOOP("Deploy", "wrong channels: \"pixels\" has {got} channel(s) but this "
                      "model takes {channels}."),
    QT_TRANSLATE_NOOP("Deploy", "\"pixels\" is {got_height} x {got_width}; this model takes "
                      "{height} x {width}."),
    QT_TRANSLATE_NOOP("Deploy", "\"pixels\" holds NaN or infinite values."),
    QT_TRANSLATE_NOOP("Deploy", "\"pixels\" values must be in 0..1 (or 0..255)."),
    QT_TRANSLATE_NOOP("Deploy", "the request is too large: at most {size} are accepted."),
    QT_TRANSLATE_NOOP("Deploy", "the form could not be read ({error})."),
    QT_TRANSLATE_NOOP("Deploy", "no image in the form: send it in the field {field} (fields "
                      "received: {fields})."),
    QT_TRANSLATE_NOOP("Deploy", "send one image to /predict, or several to /predict/batch."),
    QT_TRANSLATE_NOOP("Deploy", "the request is empty: send an image (multipart field 'file') "
                      "or JSON {{\"pixels\": [...]}}."),
    QT_TRANSLATE_NOOP("Deploy", "unsupported content type {kind}: send multipart/form-data (an "
                      "image file) or application/json (pixels)."),
    QT_TRANSLATE_NOOP("Deploy", "the body is not valid JSON."),
    QT_TRANSLATE_NOOP("Deploy", "send a JSON object such as {{\"pixels\": [[...]]}}."),
    QT_TRANSLATE_NOOP("Deploy", "the JSON needs \"images\": a list of pixel arrays."),
    QT_TRANSLATE_NOOP("Deploy", "{count} images: at most {most} per request."),
    QT_TRANSLATE_NOOP("Deploy", "image {number}: {detail}"),
)
IMAGE_NUMBER = DETAILS[-1]


def detail_text(detail: str) -> Text | str:
    """One of the service's sentences as a translatable Text, or as it came when unknown."""
    text = recognise(detail, DETAILS)
    if text is not None and text.template is IMAGE_NUMBER:  # a batch names its bad image
        return IMAGE_NUMBER(number=text.args["number"],
                            detail=detail_text(str(text.args["detail"])))
    return detail if text is None else text


def refusal(status: int, detail: object) -> Text:
    """What the app says when the service answers a drawing with ``status`` (4xx/5xx) and
    ``detail`` (its JSON's "detail": usually one sentence; FastAPI's own validation gives a
    list, quoted as it is)."""
    sentence = detail if isinstance(detail, str) else str(detail)
    return REFUSED(status=status, detail=detail_text(sentence))


def server_line_text(line: str) -> Text | str:
    """The last line ``netstudio serve`` printed before it stopped ("netstudio: " and one of
    the deploy package's sentences, e.g. a damaged variant) as a translatable Text; any
    other line as it is (the command line speaks English)."""
    sentence = line.removeprefix("netstudio: ")
    known = [t for t in vars(messages).values() if isinstance(t, Template)]
    return recognise(sentence, known) or line
