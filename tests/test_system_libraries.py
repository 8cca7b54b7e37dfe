"""Qt's display plugins find every system library they load on this machine, and each of those
libraries is in the one list (packaging/linux/qt-system-libraries.txt) that .ci/run installs on
a bare machine, the .deb depends on and the README names."""

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LIBRARY_LIST = ROOT / "packaging" / "linux" / "qt-system-libraries.txt"
# Present on every Debian system; the list leaves them out.
BASE_LIBRARIES = re.compile(
    r"^(ld-linux.*|libc|libm|libdl|libpthread|librt|libresolv|libgcc_s|libstdc\+\+|libz|libzstd)"
    r"\.so\b"
)
# The plugins that draw the window: X11 (xcb) with its GL integrations, Wayland, and the
# offscreen/minimal ones the tests use.
DISPLAY_PLUGIN_FOLDERS = (
    "platforms",
    "xcbglintegrations",
    "wayland-shell-integration",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
)

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not shutil.which("objdump"),
    reason="the system libraries are listed for Debian/Ubuntu (needs objdump from binutils)",
)


def qt_folder() -> Path:
    spec = importlib.util.find_spec("PySide6")
    assert spec and spec.origin
    return Path(spec.origin).parent / "Qt"


def display_plugins() -> list[Path]:
    plugins = qt_folder() / "plugins"
    return sorted(p for folder in DISPLAY_PLUGIN_FOLDERS for p in (plugins / folder).glob("*.so"))


def needed(binary: Path) -> list[str]:
    dump = subprocess.run(["objdump", "-p", str(binary)], capture_output=True, text=True).stdout
    return re.findall(r"^\s+NEEDED\s+(\S+)$", dump, re.MULTILINE)


def listed_libraries() -> dict[str, str]:
    listed = {}
    for line in LIBRARY_LIST.read_text(encoding="utf-8").splitlines():
        fields = line.split("#", 1)[0].split()
        if len(fields) == 2:
            listed[fields[0]] = fields[1]
    return listed


def system_libraries_of_display_plugins() -> dict[str, set[str]]:
    """Every library outside Qt that a display plugin loads, directly or through the Qt
    libraries of the wheel, with the plugins that need it."""
    qt_libraries = qt_folder() / "lib"
    needs: dict[str, set[str]] = {}
    for plugin in display_plugins():
        seen: set[str] = set()
        pending = [plugin]
        while pending:
            binary = pending.pop()
            for name in needed(binary):
                if name in seen:
                    continue
                seen.add(name)
                if (qt_libraries / name).exists():
                    pending.append(qt_libraries / name)
                elif not BASE_LIBRARIES.match(name):
                    needs.setdefault(name, set()).add(plugin.name)
    return needs


def test_the_display_plugins_are_found():
    assert any(p.name == "libqxcb.so" for p in display_plugins())


def test_every_library_a_display_plugin_loads_is_in_the_list():
    missing = {
        name: sorted(plugins)
        for name, plugins in system_libraries_of_display_plugins().items()
        if name not in listed_libraries()
    }
    assert not missing, f"add to {LIBRARY_LIST.name} with their Debian packages: {missing}"


def test_no_display_plugin_has_an_unresolved_library_on_this_machine():
    unresolved = {}
    for plugin in display_plugins():
        report = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
        lost = [line.split()[0] for line in report.splitlines() if "not found" in line]
        if lost:
            unresolved[plugin.name] = lost
    assert not unresolved, f"missing system libraries (run .ci/run or apt-get): {unresolved}"


def test_the_readme_names_the_same_packages():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = re.search(r"```sh\nsudo apt-get install (.*?)\n```", readme, re.DOTALL)
    assert line, "the README's bare-machine apt-get line is missing"
    named = set(line.group(1).replace("\\\n", " ").split())
    assert set(listed_libraries().values()) <= named
