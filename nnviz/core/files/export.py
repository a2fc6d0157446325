"""Taking a trained network away: plain JSON anyone can read, and ONNX for model viewers/runtimes.

JSON holds the layer sizes, the activation, output layer and cost, the class names and every
array as nested lists (w[l] as (n_out, n_in) rows, as in `network.py`), so a student can load it
in any language. Floats are written with Python's shortest round-trip repr, so `import_json`
gives back bit-identical float32 parameters. ONNX (`to_onnx`) is written by `onnx_writer.py`
without the `onnx` package; the tests check it with `onnx` and a runtime when they are installed.
"""

import json
from pathlib import Path

import numpy as np

from nnviz.core.errors import ConfigError, ModelFileError
from nnviz.core.files.atomic import write_atomically
from nnviz.core.network import Network, check_architecture
from nnviz.core.files.onnx_writer import network_to_onnx
from nnviz.core.text import clean_name
from nnviz.core.messages import QT_TRANSLATE_NOOP

FORMAT = "nnviz-network-json"


def to_dict(net, classes=None):
    return {
        "format": FORMAT, "version": 1, "sizes": list(net.sizes),
        "activation": net.activation, "output": net.output, "cost": net.cost,
        "dtype": str(net.dtype),
        "classes": [str(c) for c in (classes or range(net.sizes[-1]))],
        "formula": "a[l+1] = f(w[l] @ a[l] + b[l]); f is the activation, the output layer's "
                   "for the last layer",
        "w": [w.tolist() for w in net.w], "b": [b.tolist() for b in net.b],
    }


def export_json(path, net, classes=None):
    """Write `net` as JSON; floats keep their exact value (float32 → double → float32)."""
    text = json.dumps(to_dict(net, classes), separators=(",", ":")).encode("utf-8")
    return write_atomically(Path(path), lambda f: f.write(text))


def import_json(path):
    """Read `export_json`'s file back; returns (Network, classes)."""
    name = Path(path).name
    try:
        d = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: not readable JSON ({e})."),
                             name=name, e=e) from None
    if not isinstance(d, dict) or d.get("format") != FORMAT:
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: not an nnviz network in JSON "
                                                         "(no 'format' marker)."), name=name)
    try:
        sizes = tuple(int(s) for s in d["sizes"])
        check_architecture(sizes, d["activation"], d["output"], d["cost"])
        dtype = np.dtype(d.get("dtype", "float32"))
        w = [np.array(a, dtype) for a in d["w"]]
        b = [np.array(a, dtype) for a in d["b"]]
    except (KeyError, TypeError, ValueError) as e:
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: incomplete or malformed ({e})."),
                             name=name, e=e) from None
    except ConfigError as e:
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: {e}"), name=name, e=e) from None
    expected = [((o, i), (o,)) for i, o in zip(sizes[:-1], sizes[1:])]
    if [(a.shape, c.shape) for a, c in zip(w, b)] != expected or len(w) != len(expected):
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: the arrays do not match the "
                                                         "layer sizes {sizes}."),
                             name=name, sizes=sizes)
    classes = d.get("classes")
    if not isinstance(classes, list) or len(classes) != sizes[-1]:
        classes = [str(i) for i in range(sizes[-1])]
    return (Network(sizes, d["activation"], d["output"], d["cost"], w, b),
            tuple(clean_name(c) for c in classes))


def export_onnx(path, net, classes=None):
    """Write `net` as an ONNX model: input "image" (n, n_in) float32, output "probabilities"."""
    data = network_to_onnx(net, classes)
    return write_atomically(Path(path), lambda f: f.write(data))
