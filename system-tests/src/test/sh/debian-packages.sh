# shellcheck shell=bash
# Sourced by the scripts that prepare what a system test needs from Debian. install_debian_packages WHO PACKAGE...:
# installs the packages with apt-get, as root or through sudo (refreshing the package lists once if the first attempt
# fails), or fails saying what to do; WHO names the test that needs them.
install_debian_packages() {
  local who="$1"; shift
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "$who needs $*, and this machine has no apt-get: install them, or skip the system tests with -DskipITs" >&2
    exit 1
  fi
  local as_root=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "installing $* needs root (or sudo); or -DskipITs" >&2; exit 1; }
    as_root="sudo -n"
  fi
  echo "installing Debian's $* (for $who)"
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1 \
    || { $as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null \
         && $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; }
}
