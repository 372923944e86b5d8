#!/usr/bin/env bash
# The browser SwaggerUiIT drives: Debian's Chromium at /usr/bin/chromium (Playwright's own download is not reachable
# from the build machines). Run by the build before the system tests; installs the package when it is missing, as
# root or through sudo, and fails with what to do when it cannot.
set -euo pipefail
source "$(dirname "$0")/debian-packages.sh"
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
install_debian_packages SwaggerUiIT chromium
[ -x /usr/bin/chromium ] || { echo "chromium was installed but /usr/bin/chromium is missing" >&2; exit 1; }
