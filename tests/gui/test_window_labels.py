"""The status line and the network controls describe the network on screen, never an earlier one."""

import numpy as np

from nnviz.core.training import Snapshot


def fake_epoch_end(window, accuracy=0.9264):
    net = window.model.network
    return Snapshot(epoch=1, batch=10, batches_per_epoch=10, step=10, samples_seen=100,
                    batch_costs=np.full(10, 0.5), train_cost=0.5, lr=7.615e-12, batch_size=10,
                    seconds=1.0, epoch_end=True, test_cost=0.4, test_accuracy=accuracy,
                    w=[w.copy() for w in net.w], b=[b.copy() for b in net.b])


def test_at_start_the_status_and_controls_describe_the_pretrained_network(window):
    status = window.training.status.text()
    assert status.startswith("pretrained 784-16-16-10 (3b1b-96 preset")
    assert "softmax" in status and "cross-entropy" in status
    values = window.controls.values()
    assert (values["output"], values["cost"]) == ("softmax", "cross-entropy")
    assert values["layers"] == (784, 16, 16, 10)
    assert not window.controls.arch_note.isVisible()


def test_no_accuracy_is_shown_after_reset(window):
    window.training._on_snapshot(fake_epoch_end(window))
    status = window.training.status.text()
    assert "test accuracy 92.64 %" in status and "η = 7.6 × 10⁻¹²" in status
    window.training.reset()
    status = window.training.status.text()
    assert "accuracy" not in status and "92.64" not in status
    assert status.startswith("new network, random weights")
