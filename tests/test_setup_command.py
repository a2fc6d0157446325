"""`nnviz gui` options are a setup: the command "Copy setup as command" prints, parsed by the
real command line, gives back exactly the setup; a setup file and options combine; a bad
option or file is one sentence."""

import shlex

import pytest

from nnviz.__main__ import build_parser
from nnviz.core.errors import ConfigError
from nnviz.core.files import setup_file as sf
from nnviz.gui.setup_options import setup_from_args
from tests.core.test_setup_file import lesson_setup


def parsed(command):
    argv = shlex.split(command)
    assert argv[:2] == ["nnviz", "gui"]
    return build_parser().parse_args(argv[1:])


def with_preset():
    s = sf.from_options({"preset": "big-98", "training.lr": 0.01, "views": ["evaluation"]})
    s["training"]["augment"] = False
    return s


@pytest.mark.parametrize("setup", [sf.defaults(), lesson_setup(), with_preset()],
                         ids=["defaults", "lesson", "preset"])
def test_the_copied_command_gives_back_the_setup(setup):
    assert setup_from_args(parsed(sf.command(setup))) == setup


def test_options_win_over_the_file(tmp_path):
    path = tmp_path / "lesson.json"
    sf.write(path, lesson_setup())
    s = setup_from_args(parsed(f"nnviz gui --setup {path} --lr 0.5 --no-augment"))
    want = lesson_setup()
    want["training"].update(lr=0.5, augment=False)
    assert s == want


def test_bad_options_and_files_are_one_sentence(tmp_path):
    with pytest.raises(ConfigError) as e:
        setup_from_args(parsed("nnviz gui --lr 0 --batch-size 0 --views 'Point map'"))
    message = str(e.value)
    assert "--lr" in message and "--batch-size" in message and "--views" in message
    assert "\n" not in message
    path = tmp_path / "new.json"
    path.write_text('{"format": "nnviz-setup", "version": 9}')
    with pytest.raises(ConfigError, match="newer nnviz"):
        setup_from_args(parsed(f"nnviz gui --setup {path}"))
