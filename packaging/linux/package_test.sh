#!/usr/bin/env bash
# Install the built .deb on this machine, run the installed app's self-test offscreen, check
# the menu entry and icons are where desktops look, and uninstall: `make package-test`.
# Needs root (CI runs as root). The package is removed even when a check fails.
set -euo pipefail
cd "$(dirname "$0")/../.."

debs=(dist/clientela_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    echo "package-test: expected one dist/clientela_*.deb, found: ${debs[*]}" >&2
    exit 1
fi

remove() { apt-get remove -y -qq clientela >/dev/null 2>&1 || true; }
trap remove EXIT

export DEBIAN_FRONTEND=noninteractive
# apt resolves the package's dependencies from its lists: refresh them when one is missing.
for dep in $(dpkg-deb -f "${debs[0]}" Depends | tr ',' ' '); do
    if ! dpkg -s "$dep" >/dev/null 2>&1; then
        apt-get update -qq
        break
    fi
done
apt-get install -y -qq "./${debs[0]}"

test "$(command -v clientela)" = /usr/bin/clientela
test -x /opt/clientela/clientela
# The console executable's name (build.spec): on Linux a link to the same program.
test -x /opt/clientela/clientela-cli
/opt/clientela/clientela-cli --version | grep -q '^Clientela '
test -f /usr/share/applications/clientela.desktop
for size in 16 32 48 128 256 512; do
    test -f "/usr/share/icons/hicolor/${size}x${size}/apps/clientela.png"
done

# The self-test makes its own temporary database; HOME points at a scratch folder too, so not
# even Qt's settings can land in the real user's home. Its last step lists the demo book with
# both executables.
scratch=$(mktemp -d)
HOME="$scratch" QT_QPA_PLATFORM=offscreen clientela self-test
rm -rf "$scratch"

remove
trap - EXIT
test ! -e /opt/clientela
test ! -e /usr/bin/clientela
echo "package-test: installed, self-test passed, uninstalled"
