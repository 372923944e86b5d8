#!/usr/bin/env bash
# The official AsyncAPI parser that AsyncApiDocumentIT runs on docs/asyncapi.yaml: @asyncapi/parser from the npm
# registry, at the version of src/test/asyncapi/package-lock.json, into target/asyncapi-parser. Node.js and npm come
# from Debian when missing (as root or through sudo); fails with what to do when they cannot be had.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
target="$(cd "$here/../.." && pwd)/target/asyncapi-parser"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "AsyncApiDocumentIT needs Node.js and npm, and this machine has no apt-get: install them, or skip the" \
         "system tests with -DskipITs" >&2
    exit 1
  fi
  as_root=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "installing nodejs needs root (or sudo); or -DskipITs" >&2; exit 1; }
    as_root="sudo -n"
  fi
  echo "installing Debian's nodejs and npm (for AsyncApiDocumentIT)"
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null 2>&1 \
    || { $as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null \
         && $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; }
fi
mkdir -p "$target"
cp "$here/asyncapi/package.json" "$here/asyncapi/package-lock.json" "$here/asyncapi/parse.mjs" "$target/"
if [ ! -f "$target/node_modules/@asyncapi/parser/package.json" ] \
   || ! cmp -s "$here/asyncapi/package-lock.json" "$target/node_modules/.package-lock.json.installed" 2>/dev/null; then
  echo "installing @asyncapi/parser (for AsyncApiDocumentIT)"
  (cd "$target" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null)
  cp "$here/asyncapi/package-lock.json" "$target/node_modules/.package-lock.json.installed"
fi
