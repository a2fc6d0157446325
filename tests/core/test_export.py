"""Exported networks: JSON round trip exact, ONNX valid and equal to nnviz's outputs to 1e-5."""

import json

import numpy as np
import pytest

from nnviz.core.errors import ModelFileError
from nnviz.core.files.export import export_json, export_onnx, import_json
from nnviz.core.network import Network

COMBINATIONS = [(h, o) for h in ("sigmoid", "relu", "tanh") for o in ("sigmoid", "softmax")]
CLASSES = tuple("0123456789")


def trained_like(activation, output, seed=0):
    net = Network.create((784, 16, 16, 10), activation, output, "cross-entropy", "scaled", seed)
    rng = np.random.default_rng(seed)
    net.b = [rng.standard_normal(b.shape).astype(np.float32) * 0.5 for b in net.b]
    return net


def images(n=64):
    return np.random.default_rng(7).random((n, 784), dtype=np.float32)


@pytest.mark.parametrize("activation, output", COMBINATIONS)
def test_json_round_trip_is_exact(tmp_path, activation, output):
    net = trained_like(activation, output)
    path = export_json(tmp_path / "net.json", net, CLASSES)
    d = json.loads(path.read_text())
    assert d["sizes"] == [784, 16, 16, 10] and d["activation"] == activation
    assert len(d["w"][0]) == 16 and len(d["w"][0][0]) == 784     # plain nested lists
    back, classes = import_json(path)
    assert classes == CLASSES
    assert (back.sizes, back.activation, back.output, back.cost) == \
        (net.sizes, net.activation, net.output, net.cost)
    for a, b in zip(back.w + back.b, net.w + net.b):
        assert a.dtype == b.dtype and a.tobytes() == b.tobytes()


def test_bad_json_gives_one_sentence(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(ModelFileError, match="not readable JSON"):
        import_json(bad)
    bad.write_text(json.dumps({"format": "something else"}))
    with pytest.raises(ModelFileError, match="format"):
        import_json(bad)
    net = trained_like("relu", "softmax")
    path = export_json(tmp_path / "net.json", net)
    d = json.loads(path.read_text())
    d["w"][1] = d["w"][1][:3]
    bad.write_text(json.dumps(d))
    with pytest.raises(ModelFileError, match="do not match"):
        import_json(bad)


def run_onnx(path, x):
    try:
        import onnxruntime
    except ImportError:
        from onnx.reference import ReferenceEvaluator
        return ReferenceEvaluator(str(path)).run(None, {"image": x})[0]
    session = onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    return session.run(None, {"image": x})[0]


@pytest.mark.parametrize("activation, output", COMBINATIONS)
def test_onnx_runs_and_matches_feedforward(tmp_path, activation, output):
    onnx = pytest.importorskip("onnx", reason="the optional onnx package is not installed")
    net = trained_like(activation, output, seed=3)
    path = export_onnx(tmp_path / "net.onnx", net, CLASSES)
    model = onnx.load(str(path))
    onnx.checker.check_model(model, full_check=True)       # also infers every shape
    assert model.opset_import[0].version == 13
    assert [n.op_type for n in model.graph.node][:2] == ["Gemm", {"sigmoid": "Sigmoid",
                                                                  "relu": "Relu",
                                                                  "tanh": "Tanh"}[activation]]
    assert model.metadata_props[0].value == ",".join(CLASSES)
    x = images()
    got = run_onnx(path, x)
    want = net.feedforward(x)
    assert got.shape == (64, 10) and got.dtype == np.float32
    np.testing.assert_allclose(got, want, atol=1e-5, rtol=0)
    one = run_onnx(path, x[:1])                              # the batch dimension is free
    np.testing.assert_allclose(one, want[:1], atol=1e-5, rtol=0)


def test_onnx_reference_evaluator_agrees_too(tmp_path):
    pytest.importorskip("onnx", reason="the optional onnx package is not installed")
    from onnx.reference import ReferenceEvaluator
    net = trained_like("tanh", "softmax", seed=5)
    path = export_onnx(tmp_path / "net.onnx", net)
    got = ReferenceEvaluator(str(path)).run(None, {"image": images(8)})[0]
    np.testing.assert_allclose(got, net.feedforward(images(8)), atol=1e-5, rtol=0)
