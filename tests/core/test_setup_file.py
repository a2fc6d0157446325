"""Setup files: what is saved reads back the same; a newer or damaged setup is refused as a
whole, in one sentence that names every bad field; missing fields take the defaults."""

import json

import pytest

from nnviz.core.errors import ConfigError
from nnviz.core.files import setup_file as sf


def lesson_setup():
    s = sf.defaults()
    s["network"].update(layers=[784, 30, 10], activation="relu", output="softmax",
                        cost="cross-entropy", init="scaled", seed=7)
    s["training"].update(lr=0.25, batch_size=32, momentum=0.9, l2=5.0, dropout=0.2,
                         schedule="cosine", epochs=12, augment=True, augment_noise=0.1,
                         augment_rotate=10.0, augment_shift=2, speed=40, autosave_every=3)
    s["data"]["dataset"] = "fashion-mnist"
    s.update(views=["pointmap", "backprop"], lesson="lesson-3")
    return s


def test_a_written_setup_reads_back_the_same(tmp_path):
    path = tmp_path / "class.nnviz-setup.json"
    sf.write(path, lesson_setup())
    assert sf.read(path) == lesson_setup()
    raw = json.loads(path.read_text())
    assert raw["format"] == "nnviz-setup" and raw["version"] == sf.VERSION
    assert raw["training"]["lr"] == 0.25 and raw["network"]["layers"] == [784, 30, 10]
    assert sf.loads(sf.dumps(sf.defaults())) == sf.defaults()


def test_missing_fields_take_the_defaults_or_the_presets_values():
    s = sf.loads('{"format": "nnviz-setup", "version": 1, "training": {"lr": 0.5}}')
    want = sf.defaults()
    want["training"]["lr"] = 0.5
    assert s == want
    s = sf.loads('{"format": "nnviz-setup", "version": 1, "preset": "3b1b", '
                 '"training": {"dropout": 0.1}}')
    assert s["preset"] == "3b1b-96"                     # the old name, as the CLI accepts it
    assert s["training"]["momentum"] == 0.9 and s["network"]["init"] == "scaled"
    assert s["training"]["dropout"] == 0.1


def test_a_newer_setup_is_refused_in_one_sentence():
    with pytest.raises(ConfigError) as e:
        sf.loads('{"format": "nnviz-setup", "version": 2, "training": {"lr": 0.5}}')
    message = str(e.value)
    assert "newer nnviz" in message and "version 2" in message and "\n" not in message


def test_every_bad_field_is_named_in_one_sentence():
    raw = {"format": "nnviz-setup", "version": 1,
           "network": {"layers": [784, 0, 10], "activation": "elu", "seed": 1.5},
           "training": {"lr": -1, "batch_size": "10", "augment": "yes", "colour": 3},
           "data": {"dataset": "/home/ann/mnist"}, "views": ["point map"], "extra": 1}
    with pytest.raises(ConfigError) as e:
        sf.validate(raw)
    message = str(e.value)
    assert message.startswith("this setup cannot be used: ") and message.endswith(".")
    assert "\n" not in message
    for field in ("network.layers", "network.activation", "network.seed", "training.lr",
                  "training.batch_size", "training.augment", "training.colour", "data.dataset",
                  "views", "extra"):
        assert field in message, field
    assert "(got -1)" in message and "(got \"elu\")" in message


@pytest.mark.parametrize("text, words", [
    ("{not json", "not valid JSON"),
    ("[1, 2]", "no JSON object"),
    ('{"format": "nnviz-run", "version": 1}', "not an nnviz setup"),
    ('{"format": "nnviz-setup"}', "no valid \"version\""),
    ('{"format": "nnviz-setup", "version": true}', "no valid \"version\""),
    ('{"format": "nnviz-setup", "version": 1, "training": [1]}', "training must be an object"),
    ('{"format": "nnviz-setup", "version": 1, "training": {"lr": NaN}}', "training.lr"),
    ('{"format": "nnviz-setup", "version": 1, "network": {"layers": [784, true]}}',
     "network.layers"),
])
def test_damaged_files_are_refused(text, words):
    with pytest.raises(ConfigError, match=None) as e:
        sf.loads(text)
    assert words in str(e.value)


def test_views_and_lessons_the_window_lacks_are_refused():
    raw = {"format": "nnviz-setup", "version": 1, "views": ["pointmap", "holodeck"],
           "lesson": "lesson-9"}
    with pytest.raises(ConfigError) as e:
        sf.validate(raw, known_views={"pointmap"}, known_lessons={"lesson-1"})
    assert "holodeck" in str(e.value) and "lesson-9" in str(e.value)
    assert "pointmap," not in str(e.value)


def test_files_that_cannot_be_setups(tmp_path):
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 1_000_001)
    binary = tmp_path / "bin.json"
    binary.write_bytes(b"\xff\xfe\x00")
    for path, words in ((big, "too large"), (binary, "not a text file"),
                        (tmp_path / "none.json", "cannot read")):
        with pytest.raises(ConfigError, match=words):
            sf.read(path)


def test_options_lay_over_a_preset_and_name_their_flags():
    s = sf.from_options({"preset": "3b1b-96", "training.dropout": 0.1, "views": ["pointmap"]})
    assert s["training"]["momentum"] == 0.9 and s["network"]["cost"] == "cross-entropy"
    assert s["training"]["dropout"] == 0.1 and s["preset"] == "3b1b-96"
    s = sf.from_options({"preset": "3b1b-96", "training.lr": 0.05})
    assert s["training"]["lr"] == 0.05 and s["training"]["momentum"] == 0.9
    assert s["preset"] is None            # η changed: no longer the preset's setup
    with pytest.raises(ConfigError) as e:
        sf.from_options({"training.lr": 500.0, "network.activation": "elu"})
    assert str(e.value).startswith("these options cannot be used: ")
    assert "--lr must be from 0.0001 to 100 (got 500.0)" in str(e.value)
    assert "--activation" in str(e.value)
    with pytest.raises(ConfigError, match="no preset called"):
        sf.from_options({"preset": "fastest"})


def test_the_command_names_only_what_differs():
    assert sf.command(sf.defaults()) == "nnviz gui --seed 0 --dataset mnist"
    s = sf.from_options({"preset": "3b1b-96", "data.dataset": "synthetic", "views": ["pointmap"]})
    assert sf.command(s) == "nnviz gui --preset 3b1b-96 --seed 0 --dataset synthetic --views pointmap"
    s = sf.from_options({"preset": "3b1b-96", "network.seed": 3})
    assert sf.command(s) == ("nnviz gui --output softmax --cost cross-entropy --init scaled "
                             "--seed 3 --lr 0.1 --momentum 0.9 --l2 5.0 --schedule cosine "
                             "--dataset mnist")
    assert "--no-augment" not in sf.command(lesson_setup())
    assert "--augment " in sf.command(lesson_setup()) + " "
