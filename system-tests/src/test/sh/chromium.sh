#!/usr/bin/env bash
# The browser SwaggerUiIT drives: Debian's Chromium at /usr/bin/chromium (Playwright's own download is not reachable
# from the build machines). Run by the build before the system tests; installs the package when it is missing, as
# root or through sudo, and fails with what to do when it cannot.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "SwaggerUiIT needs Chromium at /usr/bin/chromium, and this machine has no apt-get: install it, or skip the" \
       "system tests with -DskipITs" >&2
  exit 1
fi
as_root=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "installing chromium needs root (or sudo); or -DskipITs" >&2; exit 1; }
  as_root="sudo -n"
fi
echo "installing Debian's chromium (for SwaggerUiIT)"
$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1 \
  || { $as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null \
       && $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
[ -x /usr/bin/chromium ] || { echo "chromium was installed but /usr/bin/chromium is missing" >&2; exit 1; }
