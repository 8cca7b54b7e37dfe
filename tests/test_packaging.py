"""The packaging recipes: icons, the .deb's layout and dependency check, the Windows script,
and the About box's list of shipped libraries. (Building the real bundle takes minutes:
`make package-test` does that.)"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from services.about import COMPONENTS, VERSION

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging" / "linux"))
import build_deb  # noqa: E402  (a script folder, not a package)

needs_dpkg = pytest.mark.skipif(
    not (shutil.which("dpkg-deb") and shutil.which("objdump")), reason="needs dpkg-deb, objdump"
)


def requirement_names(path: Path) -> set[str]:
    names = set()
    for line in path.read_text().splitlines():
        line = line.split("#")[0].strip()
        if line and not line.startswith("-"):
            names.add(re.split(r"[=<>\[ ]", line)[0].lower().replace("_", "-"))
    return names


def test_the_about_box_names_every_library_the_app_ships():
    listed = {c.requirement for c in COMPONENTS if c.requirement}
    assert requirement_names(ROOT / "requirements.txt") == listed


def test_every_hicolor_icon_has_its_size_and_the_ico_and_icns_exist():
    icons = ROOT / "resources" / "icons"
    for size in build_deb.ICON_SIZES:
        with Image.open(icons / f"clientela-{size}.png") as image:
            assert image.size == (size, size)
    with Image.open(icons / "clientela.ico") as ico:
        assert (256, 256) in ico.info["sizes"] and (16, 16) in ico.info["sizes"]
    with Image.open(icons / "clientela.icns") as icns:
        assert icns.format == "ICNS"


def test_the_menu_entry_starts_the_command_with_the_icon():
    entry = (ROOT / "packaging" / "linux" / "clientela.desktop").read_text()
    fields = dict(line.split("=", 1) for line in entry.splitlines()[1:] if "=" in line)
    assert entry.startswith("[Desktop Entry]\n")
    assert fields["Type"] == "Application"
    assert fields["Exec"] == "clientela"
    assert fields["Icon"] == "clientela"
    assert fields["Categories"].endswith(";")


def test_the_windows_installer_is_per_user_with_menu_desktop_option_and_version():
    script = (ROOT / "packaging" / "windows" / "clientela.iss").read_text()
    assert f'#define AppVersion "{VERSION}"' in script
    assert "PrivilegesRequired=lowest" in script
    assert "DefaultDirName={autopf}" in script
    assert re.search(r'^Name: "\{autoprograms\}', script, re.M)
    assert re.search(r'^Name: "\{autodesktop\}.*Tasks: desktopicon', script, re.M)
    assert re.search(r'^Name: "desktopicon".*Flags: unchecked', script, re.M)


def test_the_windows_installer_ships_the_console_executable_and_can_put_it_on_path():
    script = (ROOT / "packaging" / "windows" / "clientela.iss").read_text()
    assert '#define CliExe "clientela-cli.exe"' in script
    assert re.search(r'^Source: ".*\\\{#CliExe\}"; DestDir: "\{app\}"', script, re.M)
    # The user's own PATH (no administrator rights), only when the task is ticked.
    assert re.search(
        r'^Root: HKCU; Subkey: "Environment";.*ValueName: "Path";.*Tasks: addtopath', script, re.M
    )
    assert re.search(r'^Name: "addtopath"', script, re.M)
    assert "ChangesEnvironment=yes" in script
    assert "procedure CurUninstallStepChanged" in script  # takes it off PATH again
    # The menu and desktop entries still start the windowed program.
    assert re.search(r'^Name: "\{autoprograms\}.*Filename: "\{app\}\\\{#AppExe\}"', script, re.M)


def fake_bundle(folder: Path) -> Path:
    """A bundle whose executable is a real ELF program needing only the C library."""
    bundle = folder / "clientela"
    (bundle / "_internal").mkdir(parents=True)
    shutil.copyfile(shutil.which("true"), bundle / "clientela")
    (bundle / "clientela").chmod(0o755)
    # On Linux the console executable is a link to the one executable (build.spec).
    (bundle / "clientela-cli").symlink_to("clientela")
    (bundle / "_internal" / "base_library.zip").write_bytes(b"PK")
    return bundle


@needs_dpkg
def test_the_deb_installs_the_bundle_command_menu_entry_and_icons(tmp_path):
    package = build_deb.build(fake_bundle(tmp_path), tmp_path / "dist")
    assert package.name.startswith(f"clientela_{VERSION}_")
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(package)], capture_output=True, text=True, check=True
    ).stdout
    # "... ./opt/clientela/clientela-cli -> clientela": the path, not the link's target.
    paths = {line.split(" -> ")[0].split()[-1].removeprefix(".") for line in listing.splitlines()}
    assert {
        "/opt/clientela/clientela",
        "/opt/clientela/clientela-cli",
        "/opt/clientela/_internal/base_library.zip",
        "/usr/bin/clientela",
        "/usr/share/applications/clientela.desktop",
        "/usr/share/icons/hicolor/scalable/apps/clientela.svg",
        "/usr/share/doc/clientela/copyright",
    } <= paths
    for size in build_deb.ICON_SIZES:
        assert f"/usr/share/icons/hicolor/{size}x{size}/apps/clientela.png" in paths
    assert "root/root" in listing.splitlines()[0]
    assert "./opt/clientela/clientela-cli -> clientela" in listing
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(package), "Package", "Version", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Package: clientela" in fields and f"Version: {VERSION}" in fields
    assert "libxcb-cursor0" in fields and "libxkbcommon-x11-0" in fields


@needs_dpkg
def test_the_command_runs_the_bundle_from_any_folder(tmp_path):
    tree = tmp_path / "tree"
    build_deb.stage_tree(fake_bundle(tmp_path), tree, "amd64")
    assert (tree / "usr/bin/clientela").read_text() == (
        '#!/bin/sh\nexec /opt/clientela/clientela "$@"\n'
    )
    assert (tree / "usr/bin/clientela").stat().st_mode & 0o777 == 0o755
    assert (tree / "usr/share/applications/clientela.desktop").stat().st_mode & 0o777 == 0o644
    control = (tree / "DEBIAN" / "control").read_text()
    assert re.search(r"^Installed-Size: \d+$", control, re.M)


@needs_dpkg
def test_a_library_neither_bundled_nor_declared_stops_the_build(tmp_path, monkeypatch):
    bundle = fake_bundle(tmp_path)
    build_deb.check_dependencies(bundle)  # needs only libc6, which DEPENDS names
    monkeypatch.setattr(build_deb, "DEPENDS", ("libstdc++6",))
    with pytest.raises(build_deb.PackagingError, match=r"clientela needs libc\.so\.6"):
        build_deb.check_dependencies(bundle)


@needs_dpkg
def test_a_bundle_without_the_console_executable_is_not_packaged(tmp_path):
    bundle = fake_bundle(tmp_path)
    (bundle / "clientela-cli").unlink()
    with pytest.raises(build_deb.PackagingError, match="has no clientela-cli"):
        build_deb.build(bundle, tmp_path / "dist", check=False)


def test_the_bundle_declares_a_windowed_and_a_console_executable_sharing_one_folder():
    spec = (ROOT / "build.spec").read_text()
    executables = re.findall(r"^ *(\w+) = EXE\((.*?)^ *\)", spec, re.M | re.S)
    assert [name for name, _ in executables] == ["exe", "exe_cli"]
    (_, windowed), (_, console) = executables
    assert "name=APP_ID" in windowed and "console=False" in windowed
    assert "name=CLI_ID" in console and 'console=sys.platform != "darwin"' in console
    assert re.search(r"^ +coll = COLLECT\(exe, exe_cli, ", spec, re.M)
    # Linux: one executable, the console name a link to it in the same folder.
    assert re.search(r"^ +os\.symlink\(APP_ID, os\.path\.join\(coll\.name, CLI_ID\)\)", spec, re.M)
