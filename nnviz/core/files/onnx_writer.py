"""A network as an ONNX model, encoded by hand so exporting needs no extra package.

ONNX files are Protocol Buffers messages (onnx.proto). A fully-connected network needs only a
few of its messages — a model, a graph, nodes, tensors and value infos — and protobuf's wire
format is simple (a varint key of field number and type, then a varint or a length-prefixed
payload), so a hundred lines write a file that onnx.checker accepts and every runtime runs,
without making the `onnx` package (and protobuf) a dependency of the app. The graph is the
notation: per layer a Gemm z = a wᵀ + b (w stored (n_out, n_in), hence transB = 1) and the
activation (Sigmoid, Relu or Tanh); the output layer's Sigmoid or Softmax(axis = 1). Opset 13,
float32, a dynamic batch dimension "n".
"""

import numpy as np

OPSET = 13
IR_VERSION = 7              # the IR version that goes with opset 13
FLOAT, INT_ATTR = 1, 2      # TensorProto.FLOAT, AttributeProto.INT
OPS = {"sigmoid": "Sigmoid", "relu": "Relu", "tanh": "Tanh", "softmax": "Softmax"}


def _varint(v):
    v &= (1 << 64) - 1      # negative int64s are written as their two's complement
    out = bytearray()
    while True:
        byte, v = v & 0x7F, v >> 7
        out.append(byte | (0x80 if v else 0))
        if not v:
            return bytes(out)


def _int(field, v):
    return _varint(field << 3) + _varint(v)


def _bytes(field, payload):
    if isinstance(payload, str):
        payload = payload.encode("utf-8")
    return _varint(field << 3 | 2) + _varint(len(payload)) + payload


def _tensor(name, array):
    a = np.ascontiguousarray(array, dtype="<f4")
    return (b"".join(_int(1, d) for d in a.shape) + _int(2, FLOAT) + _bytes(8, name)
            + _bytes(9, a.tobytes()))


def _value_info(name, n_out):
    dims = _bytes(1, _bytes(2, "n")) + _bytes(1, _int(1, n_out))   # (n, n_out)
    tensor_type = _int(1, FLOAT) + _bytes(2, dims)
    return _bytes(1, name) + _bytes(2, _bytes(1, tensor_type))


def _node(op, inputs, output, name, **ints):
    body = b"".join(_bytes(1, i) for i in inputs) + _bytes(2, output) + _bytes(3, name)
    body += _bytes(4, op)
    for key, value in ints.items():
        body += _bytes(5, _bytes(1, key) + _int(3, value) + _int(20, INT_ATTR))
    return body


def network_to_onnx(net, classes=None):
    """The serialized ONNX ModelProto of `net`: input "image" (n, n_in) → "probabilities"."""
    nodes, weights = [], []
    a = "image"
    last = len(net.w) - 1
    for l, (w, b) in enumerate(zip(net.w, net.b)):
        z = f"z{l + 1}"
        weights += [_tensor(f"w{l}", w), _tensor(f"b{l}", b)]
        nodes.append(_node("Gemm", [a, f"w{l}", f"b{l}"], z, f"layer{l + 1}_weighted_sum",
                           transB=1))
        kind = net.output if l == last else net.activation
        a = "probabilities" if l == last else f"a{l + 1}"
        extra = {"axis": 1} if kind == "softmax" else {}
        nodes.append(_node(OPS[kind], [z], a, f"layer{l + 1}_{kind}", **extra))
    graph = b"".join(_bytes(1, n) for n in nodes) + _bytes(2, "nnviz_" + "_".join(
        map(str, net.sizes)))
    graph += b"".join(_bytes(5, t) for t in weights)
    graph += _bytes(10, f"{'-'.join(map(str, net.sizes))} network, {net.activation} hidden "
                        f"layers, {net.output} output, trained with the {net.cost} cost")
    graph += _bytes(11, _value_info("image", net.sizes[0]))
    graph += _bytes(12, _value_info("probabilities", net.sizes[-1]))
    opset = _bytes(1, "") + _int(2, OPSET)
    model = _int(1, IR_VERSION) + _bytes(2, "nnviz") + _bytes(3, "0.1") + _bytes(7, graph)
    model += _bytes(8, opset)
    if classes:
        model += _bytes(14, _bytes(1, "classes") + _bytes(2, ",".join(map(str, classes))))
    return model
