"""Desktop integration: the shipped entry and metainfo pass the freedesktop validators, and
`nnviz desktop --install/--uninstall` writes a working entry into XDG_DATA_HOME and takes back
exactly what it wrote. The validators are Debian's desktop-file-utils and appstream; where they
are missing those checks skip and say so."""

import configparser
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from nnviz.cli import desktop
from nnviz.gui.resources import APP_ID

REPO = Path(__file__).resolve().parents[1]
RESOURCES = REPO / "resources"
ENTRY = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"

needs_dfv = pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                               reason="desktop-file-validate absent (apt install desktop-file-utils)")
needs_asc = pytest.mark.skipif(shutil.which("appstreamcli") is None,
                               reason="appstreamcli absent (apt install appstream)")


def validate_entry(path):
    r = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "error:" not in r.stdout, r.stdout


def read_entry(path):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def exec_argv(raw):
    """An Exec value back to argv, by the Desktop Entry spec: the string escapes, then the quoting
    (inside double quotes a backslash escapes the next character), then %% → %."""
    value = raw.replace("\\\\", "\\")
    argv, i = [], 0
    while i < len(value):
        if value[i] == " ":
            i += 1
            continue
        arg = ""
        if value[i] == '"':
            i += 1
            while value[i] != '"':
                if value[i] == "\\":
                    i += 1
                arg += value[i]
                i += 1
            i += 1
        else:
            while i < len(value) and value[i] != " ":
                arg += value[i]
                i += 1
        argv.append(arg.replace("%%", "%"))
    return argv


def nnviz(*args, env=None):
    env = dict(os.environ, **(env or {}), PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "nnviz", *args], env=env, capture_output=True,
                          text=True, timeout=60)


def tree(folder):
    return sorted(str(p.relative_to(folder)) for p in Path(folder).rglob("*"))


@needs_dfv
def test_shipped_entry_validates():
    validate_entry(ENTRY)


@needs_asc
def test_shipped_metainfo_validates_offline():
    r = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_entry_metainfo_and_icon_share_one_id():
    entry = read_entry(ENTRY)
    assert entry["Icon"] == APP_ID
    assert {"Education", "Science"} <= set(entry["Categories"].strip(";").split(";"))
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == ENTRY.name
    assert root.find("content_rating").get("type").startswith("oars-")
    assert (RESOURCES / f"{APP_ID}.svg").is_file()


def test_every_screenshot_in_the_metainfo_is_a_file_of_the_repository():
    images = [i.text for i in ET.parse(METAINFO).getroot().iter("image")]
    assert images
    for url in images:
        tail = url.split("/resources/", 1)[1]
        assert (RESOURCES / tail).is_file(), url


def test_install_writes_a_valid_entry_that_starts_this_nnviz_and_uninstall_removes_all(tmp_path):
    home = tmp_path / "data"
    home.mkdir()
    (home / "applications").mkdir()            # a folder that was there before stays
    before = tree(home)
    r = nnviz("desktop", "--install", env={"XDG_DATA_HOME": str(home)})
    assert r.returncode == 0, r.stderr
    entry_path = home / "applications" / f"{APP_ID}.desktop"
    icon_path = home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert str(entry_path) in r.stdout and str(icon_path) in r.stdout
    assert icon_path.read_bytes() == (RESOURCES / f"{APP_ID}.svg").read_bytes()
    if shutil.which("desktop-file-validate"):
        validate_entry(entry_path)
    argv = exec_argv(read_entry(entry_path)["Exec"])
    assert os.path.isabs(argv[0]) and argv[-1] == "gui"
    started = subprocess.run(argv[:-1] + ["--help"], capture_output=True, text=True, timeout=60,
                             env=dict(os.environ, PYTHONPATH=str(REPO)))
    assert started.returncode == 0 and "usage: nnviz" in started.stdout, started.stderr

    r = nnviz("desktop", "--uninstall", env={"XDG_DATA_HOME": str(home)})
    assert r.returncode == 0, r.stderr
    assert tree(home) == before


def test_uninstall_keeps_a_file_changed_since_install(tmp_path):
    entry, icon = desktop.install(tmp_path, argv=["/opt/nnviz/bin/nnviz"])
    icon.write_text("<svg/>")
    removed, kept = desktop.uninstall(tmp_path)
    assert removed == [entry] and kept == [icon]
    assert icon.is_file() and not entry.exists()
    assert not (tmp_path / desktop.MANIFEST).exists()


def test_uninstall_without_install_is_one_sentence(tmp_path):
    r = nnviz("desktop", "--uninstall", env={"XDG_DATA_HOME": str(tmp_path)})
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert len(r.stderr.splitlines()) == 1 and "nothing to uninstall" in r.stderr


def test_install_twice_then_uninstall_leaves_nothing(tmp_path):
    desktop.install(tmp_path, argv=["/a/nnviz"])
    desktop.install(tmp_path, argv=["/b/nnviz"])
    assert "Exec=/b/nnviz gui" in (tmp_path / "applications" / f"{APP_ID}.desktop").read_text()
    desktop.uninstall(tmp_path)
    assert tree(tmp_path) == []


@pytest.mark.parametrize("path", ["/home/ann/my apps/bin/nnviz", "/opt/100%/nnviz",
                                  '/srv/a"b$c`d\\e/nnviz'])
def test_exec_quotes_awkward_paths(tmp_path, path):
    desktop.install(tmp_path, argv=[path])
    entry_path = tmp_path / "applications" / f"{APP_ID}.desktop"
    if shutil.which("desktop-file-validate"):
        validate_entry(entry_path)
    assert exec_argv(read_entry(entry_path)["Exec"]) == [path, "gui"]


def test_relative_xdg_data_home_is_ignored(monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    assert desktop.data_home() == Path.home() / ".local" / "share"
    monkeypatch.setenv("XDG_DATA_HOME", "/x/share")
    assert desktop.data_home() == Path("/x/share")


def test_shipped_entry_exec_line_is_replaced_not_duplicated():
    text = desktop.desktop_entry(["/usr/local/bin/nnviz"])
    assert re.findall(r"^Exec=.*$", text, flags=re.M) == ["Exec=/usr/local/bin/nnviz gui"]


def test_the_desktop_files_are_installed_with_the_package():
    tomllib = pytest.importorskip("tomllib", reason="tomllib is in the standard library from 3.11")
    from fnmatch import fnmatch
    patterns = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"]["nnviz.resources"]
    for name in (ENTRY.name, METAINFO.name, f"{APP_ID}.svg"):
        assert any(fnmatch(name, p) for p in patterns), name


def test_the_compiled_translations_are_installed_with_the_package():
    tomllib = pytest.importorskip("tomllib", reason="tomllib is in the standard library from 3.11")
    from fnmatch import fnmatch
    patterns = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"]["nnviz.resources"]
    shipped = sorted((RESOURCES / "translations").glob("*.qm"))
    assert shipped
    for qm in shipped:
        assert any(fnmatch(f"translations/{qm.name}", p) for p in patterns), qm.name
