"""Build dist/clientela_<version>_<arch>.deb from the one-folder bundle in dist/clientela.

    python packaging/linux/build_deb.py            (after `make bundle`; `make package` does both)

The package puts the bundle in /opt/clientela (its executable `clientela`, and
`clientela-cli`, on Linux a link to it), a `clientela` command in /usr/bin, the menu entry and
the icons in the standard places, and depends on the system libraries the bundle does not
carry (build.spec leaves them out on purpose). Before building, every shared library the
bundle links to is checked: either it is inside the bundle or a package in DEPENDS provides it
on this machine, so a missing dependency fails the build, not the user's start.
Removing the package removes only what it installed: the user's data folder is never touched.
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from services.about import APP_ID, APP_NAME, CLI_ID, COPYRIGHT, VERSION  # noqa: E402

INSTALL_DIR = Path("/opt") / APP_ID
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MAINTAINER = "Clientela contributors <maintainers@clientela.invalid>"

# The system libraries the bundle links to and does not carry (Debian 12 / Ubuntu 22.04 names;
# later releases' renamed "t64" packages provide these names): the ones Qt's display plugins
# load, kept in one list beside this script (qt-system-libraries.txt, also read by .ci/run and
# shown in the README); CUPS lists the printers; the C and C++ runtimes come from the system so
# that its GL drivers find versions as new as they need.
QT_SYSTEM_LIBRARIES = Path(__file__).with_name("qt-system-libraries.txt")


def qt_system_packages() -> list[str]:
    """The Debian packages of the libraries Qt's display plugins load, in the list's order."""
    packages: list[str] = []
    for line in QT_SYSTEM_LIBRARIES.read_text(encoding="utf-8").splitlines():
        fields = line.split("#", 1)[0].split()
        if len(fields) == 2 and fields[1] not in packages:
            packages.append(fields[1])
    return packages


DEPENDS = ("libc6", "libstdc++6", "libgcc-s1", *qt_system_packages(), "libcups2")

DESCRIPTION = """\
Description: keep your clients, evaluate them and write the right letter
 Clientela keeps a small business's client book on the owner's computer,
 records what each client buys, pays and returns, walks the owner through a
 short checklist per client and recommends what to do. Spanish and English.
"""


class PackagingError(Exception):
    pass


def run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


# -- the dependency check ----------------------------------------------------------------------


def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def needed_libraries(path: Path) -> list[str]:
    dump = run("objdump", "-p", str(path))
    return [line.split()[1] for line in dump.splitlines() if line.strip().startswith("NEEDED")]


def system_library_paths() -> dict[str, str]:
    """soname -> path of the libraries this machine's dynamic linker knows, the native
    architecture's first ("(libc6,x86-64)", "(libc6,AArch64)") over a 32-bit "(libc6)"."""
    native: dict[str, str] = {}
    other: dict[str, str] = {}
    for line in run("ldconfig", "-p").splitlines()[1:]:
        name, _, path = line.partition(" => ")
        soname, _, flags = name.strip().partition(" ")
        (native if "," in flags else other).setdefault(soname, path.strip())
    return other | native


@functools.cache
def owning_package(path: str) -> str | None:
    # A merged-/usr system lists a library under either /lib or /usr/lib.
    candidates = {path, path.removeprefix("/usr"), "/usr" + path}
    for candidate in sorted(candidates):
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":")[0].strip()
    return None


def check_dependencies(bundle: Path) -> None:
    """Every library the bundle links to is in the bundle or comes from a DEPENDS package."""
    inside = {path.name for path in bundle.rglob("*")}
    system = system_library_paths()
    problems = []
    for elf in elf_files(bundle):
        for name in set(needed_libraries(elf)):
            if name in inside:
                continue
            path = system.get(name)
            package = owning_package(path) if path else None
            if package not in DEPENDS:
                where = f"{path} from package {package}" if path else "not on this machine"
                problems.append(f"{elf.relative_to(bundle)} needs {name} ({where})")
    if problems:
        raise PackagingError(
            "libraries neither bundled nor in DEPENDS:\n  " + "\n  ".join(sorted(set(problems)))
        )


# -- the package tree ------------------------------------------------------------------------


def wrapper_script() -> str:
    # A script rather than a symlink: the bundle finds its _internal folder beside the real
    # executable, whatever the user's PATH or current folder.
    return f'#!/bin/sh\nexec {INSTALL_DIR / APP_ID} "$@"\n'


def copyright_file() -> str:
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {APP_NAME}\n\n"
        f"Files: *\nCopyright: {COPYRIGHT.removeprefix('Copyright (c) ')}\nLicense: MIT\n"
        + "".join(f" {line}".rstrip() + "\n" if line else " .\n" for line in licence.splitlines())
        + "\nFiles: opt/clientela/_internal/resources/fonts/*\n"
        "Copyright: Google Inc., Google LLC\nLicense: OFL-1.1\n"
        " See opt/clientela/_internal/resources/fonts/OFL.txt.\n"
        "\nFiles: opt/clientela/_internal/PySide6/*\n"
        "Copyright: The Qt Company Ltd.\nLicense: LGPL-3.0\n"
        " See /usr/share/common-licenses/LGPL-3 and the About box for how to replace Qt.\n"
    )


def folder_size_kib(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*")) // 1024 + 1


def control_file(architecture: str, installed_kib: int) -> str:
    return (
        f"Package: {APP_ID}\n"
        f"Version: {VERSION}\n"
        f"Architecture: {architecture}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(DEPENDS)}\n"
        "Section: misc\n"
        "Priority: optional\n" + DESCRIPTION
    )


def stage_tree(bundle: Path, tree: Path, architecture: str) -> None:
    """Lay out the package's files under ``tree`` as they will sit on the user's disk."""
    shutil.copytree(bundle, tree / INSTALL_DIR.relative_to("/"), symlinks=True)
    command = tree / "usr" / "bin" / APP_ID
    command.parent.mkdir(parents=True)
    command.write_text(wrapper_script())
    command.chmod(0o755)
    applications = tree / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copyfile(
        ROOT / "packaging" / "linux" / f"{APP_ID}.desktop", applications / f"{APP_ID}.desktop"
    )
    icons = ROOT / "resources" / "icons"
    hicolor = tree / "usr" / "share" / "icons" / "hicolor"
    for size in ICON_SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True)
        shutil.copyfile(icons / f"{APP_ID}-{size}.png", target)
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True)
    shutil.copyfile(icons / f"{APP_ID}.svg", scalable)
    doc = tree / "usr" / "share" / "doc" / APP_ID
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_file())
    debian = tree / "DEBIAN"
    debian.mkdir()
    installed = folder_size_kib(tree) - folder_size_kib(debian)
    (debian / "control").write_text(control_file(architecture, installed))
    # Files 644 and folders 755 whatever the builder's umask; executables keep their x bit.
    for path in tree.rglob("*"):
        if not path.is_symlink():
            executable = path.is_dir() or os.access(path, os.X_OK)
            path.chmod(0o755 if executable else 0o644)


def build(bundle: Path, out_dir: Path, check: bool = True) -> Path:
    if not (bundle / APP_ID).is_file():
        raise PackagingError(f"no bundle at {bundle}: run `make bundle` first")
    # The self-test the installed package runs checks both executables (ui/self_test.py).
    if not (bundle / CLI_ID).is_file():
        raise PackagingError(f"{bundle} has no {CLI_ID}: a bundle from an older build.spec?")
    if check:
        check_dependencies(bundle)
    architecture = run("dpkg", "--print-architecture").strip()
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob(f"{APP_ID}_*.deb"):
        old.unlink()  # one package in dist/, so `apt-get install ./dist/clientela_*.deb` works
    package = out_dir / f"{APP_ID}_{VERSION}_{architecture}.deb"
    with tempfile.TemporaryDirectory(prefix="clientela-deb-") as scratch:
        tree = Path(scratch) / "root"
        stage_tree(bundle, tree, architecture)
        # xz keeps the download small; --root-owner-group: files belong to root, not the builder.
        run("dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(tree), str(package))
    return package


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / APP_ID)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    try:
        package = build(args.bundle, args.out)
    except PackagingError as exc:
        print(f"build_deb: {exc}", file=sys.stderr)
        return 1
    print(f"{package} ({package.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
